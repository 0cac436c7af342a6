#include "projections/archive.h"

#include <algorithm>
#include <boost/json/object.hpp>

#include "events/personal.h"
#include "projections/json_support.h"
#include "projections/view_support.h"

namespace homeward {
namespace {

namespace json = boost::json;

json::object ParentJson(const Parent& p) {
  return {{"name", p.name}, {"work_city", p.work_city}, {"phone", p.phone}};
}

json::object CardJson(const ArchiveCard& c) {
  return {{"name", c.name},
          {"sex", EnumJson(c.sex)},
          {"ethnicity", c.ethnicity},
          {"date_of_birth", FormatDate(c.date_of_birth)},
          {"id_number", c.id_number},
          {"household_registration", c.household_registration},
          {"residence", c.residence},
          {"school", c.school},
          {"class_name", c.class_name},
          {"boarding", c.boarding},
          {"schooling_status", c.schooling_status},
          {"health", c.health},
          {"disability", c.disability},
          {"father", ParentJson(c.father)},
          {"mother", ParentJson(c.mother)},
          {"guardian",
           {{"name", c.guardian.name},
            {"relation", c.guardian.relation},
            {"phone", c.guardian.phone},
            {"address", c.guardian.address}}},
          {"guardianship_rating", EnumJson(c.guardianship_rating)},
          {"support_received", c.support_received},
          {"teacher_notes", c.teacher_notes}};
}

}  // namespace

void ArchiveState::Apply(const Envelope& envelope, const Event& event) {
  const StreamParts stream = SplitStream(envelope.stream_id);
  const std::int64_t at = envelope.recorded_at_us;
  if (stream.category == "activity") {
    // A session is in the activity's stream only: each child in it gets a line.
    if (const auto* e = std::get_if<SessionRecorded>(&event)) {
      for (const std::string& child : e->children) {
        if (CardRecord* r = Find(records, OrgKey(stream.org, child)))
          r->counseling.push_back(
              CardSession{e->activity_id, e->counselor_id, e->outcome, e->group, at});
      }
    }
    return;
  }
  if (stream.category != "child") return;
  const std::string key = OrgKey(stream.org, stream.id);
  auto it = children.find(key);
  if (it == children.end()) {
    if (!std::holds_alternative<ChildRegistered>(event)) return;
    it = children.try_emplace(key).first;
    records.try_emplace(key);
  }
  homeward::Apply(it->second, event, at);
  CardRecord& record = records[key];
  record.version = envelope.stream_version;
  if (const auto* e = std::get_if<ConsentWithdrawn>(&event)) {
    if (e->kind == ConsentKind::kDataProcessing) record.processing_withdrawn = true;
  } else if (const auto* e = std::get_if<ConsentGiven>(&event)) {
    if (e->kind == ConsentKind::kDataProcessing) record.processing_withdrawn = false;
  }
  if (const auto* e = std::get_if<SurveyRecorded>(&event)) {
    record.surveys.push_back(
        CardSurvey{e->surveyed_on, e->surveyed_by, e->guardianship_rating, e->notes});
  } else if (const auto* e = std::get_if<AidDistributed>(&event)) {
    record.aid.push_back(CardAid{e->activity_id, e->donor, e->what, e->quantity, at});
  } else if (std::holds_alternative<ChildDataErased>(event)) {
    for (CardSurvey& survey : record.surveys) survey.notes = kErased;
  }
}

Result<json::value> ArchiveCardOf(const ArchiveState& state, std::string_view org,
                                  std::string_view child_id) {
  auto it = state.children.find(OrgKey(org, child_id));
  if (it == state.children.end()) {
    return NotFound("there is no child '" + std::string(child_id) + "'");
  }
  const ChildState& c = it->second;
  json::array consents, contacts, help_pairs;
  for (const auto& [kind, given] : c.consents) {
    consents.push_back(json::object{{"kind", EnumJson(kind)},
                                    {"guardian_name", given.guardian_name},
                                    {"purpose", given.purpose},
                                    {"retention", given.retention},
                                    {"given_on", FormatDate(given.given_on)}});
  }
  for (const Contact& contact : c.contacts) {
    contacts.push_back(json::object{{"contact_id", contact.contact_id},
                                    {"kind", EnumJson(contact.kind)},
                                    {"by", contact.by},
                                    {"at", FormatUtc(contact.at_us)},
                                    {"minutes", contact.minutes},
                                    {"summary", contact.summary},
                                    {"corrections", contact.corrections}});
  }
  json::array surveys, counseling, aid;
  std::uint64_t version = 0;
  bool withdrawn = false;
  if (auto record = state.records.find(OrgKey(org, child_id)); record != state.records.end()) {
    version = record->second.version;
    withdrawn = record->second.processing_withdrawn;
    std::vector<const CardSurvey*> done;
    for (const CardSurvey& survey : record->second.surveys) done.push_back(&survey);
    std::stable_sort(done.begin(), done.end(), [](const CardSurvey* x, const CardSurvey* y) {
      return x->surveyed_on < y->surveyed_on;
    });
    for (const CardSurvey* survey : done) {
      surveys.push_back(json::object{{"surveyed_on", FormatDate(survey->surveyed_on)},
                                     {"surveyed_by", survey->surveyed_by},
                                     {"guardianship_rating", EnumJson(survey->rating)},
                                     {"notes", survey->notes}});
    }
    for (const CardSession& session : record->second.counseling) {
      counseling.push_back(json::object{{"activity_id", session.activity_id},
                                        {"counselor_id", session.counselor_id},
                                        {"outcome", EnumJson(session.outcome)},
                                        {"group", session.group},
                                        {"at", FormatUtc(session.at_us)}});
    }
    for (const CardAid& given : record->second.aid) {
      aid.push_back(json::object{{"activity_id", given.activity_id},
                                 {"donor", given.donor},
                                 {"what", given.what},
                                 {"quantity", given.quantity},
                                 {"at", FormatUtc(given.at_us)}});
    }
  }
  json::object roles;
  for (std::size_t r = 0; r < c.roles.size(); ++r) {
    const auto& holder = c.roles[r];
    roles[NameOf(static_cast<CareRole>(r))] =
        holder ? json::value(json::object{{"volunteer_id", holder->volunteer_id},
                                          {"since", FormatUtc(holder->since_us)}})
               : json::value(nullptr);
  }
  return json::value(
      json::object{{"child_id", c.child_id},
                   {"unit_id", c.unit_id},
                   {"left", c.left},
                   {"erased", c.erased},
                   {"consent_withdrawn", withdrawn},
                   {"version", version},
                   {"card", CardJson(c.card)},
                   {"filled_by", c.filled_by},
                   {"reviewed_by", c.reviewed_by},
                   {"approved_by", c.approved_by},
                   {"last_survey", c.last_survey ? FormatDate(*c.last_survey) : std::string()},
                   {"consents", std::move(consents)},
                   {"roles", std::move(roles)},
                   {"help_pairs", StringArray(c.help_pairs)},
                   {"contacts", std::move(contacts)},
                   {"surveys", std::move(surveys)},
                   {"counseling", std::move(counseling)},
                   {"aid", std::move(aid)}});
}

json::value ArchiveList(const ArchiveState& state, std::string_view org, std::string_view unit_id) {
  json::array out;
  ForOrg(state.children, org, [&](std::string_view id, const ChildState& c) {
    if (!unit_id.empty() && c.unit_id != unit_id) return;
    out.push_back(json::object{{"child_id", id},
                               {"name", c.card.name},
                               {"unit_id", c.unit_id},
                               {"school", c.card.school},
                               {"left", c.left},
                               {"contacts", c.contacts.size()}});
  });
  return out;
}

}  // namespace homeward
