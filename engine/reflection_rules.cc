#include "engine/reflection_rules.h"

namespace homeward {

Result<Decision> Decide(std::string_view org, const ActivityState& a, const VolunteerState& v,
                        Now now, const PostReflection& c) {
  if (Status s = RequireActivity(a, c.activity_id); !s.ok()) return s;
  if (a.cancelled) return Refuse(reason::kInactive, "\"" + a.plan.title + "\" was cancelled");
  if (now.utc_us < a.plan.ends_at_us) {
    return Refuse(reason::kNotOver,
                  "\"" + a.plan.title + "\" has not ended: a reflection is written afterwards");
  }
  if (v.left) return Refuse(reason::kInactive, c.volunteer_id + " has left");
  if (!a.TookPart(c.volunteer_id)) {
    return Missing(c.volunteer_id + " took no part in \"" + a.plan.title + "\"");
  }
  if (c.text.empty() || c.text.size() > kMaxReflectionBytes) {
    return Invalid("a reflection has text, at most " + std::to_string(kMaxReflectionBytes) +
                   " bytes");
  }
  return ToActivity(org, c.activity_id, ReflectionPosted{c.activity_id, c.volunteer_id, c.text});
}

}  // namespace homeward
