#pragma once
// Hiding personal data in any JSON document the adapters send: a field is
// named by the end of its dotted path ("card.guardian.phone" ends with
// "guardian.phone" and with "phone"; array elements add nothing to a path),
// so one rule covers a view, an event and an export alike.

#include <boost/json/value.hpp>
#include <map>
#include <set>
#include <span>
#include <string_view>

namespace homeward::jsonc {

// What a hidden value reads as.
inline constexpr std::string_view kMasked = "[masked]";

// Replaces, in `doc`, every non-empty string at or under a path that ends
// with one of `patterns` (on a '.' boundary; "field@sibling": that field of
// an object that also has `sibling`) with kMasked. Numbers and
// booleans under a matched path are left as they are; they carry no identity.
void MaskPaths(boost::json::value& doc, std::span<const std::string_view> patterns);

// What of children's personal data `doc` shows: for each child (by the
// "child_id" of the nearest object around a field, or each id in its
// "children" list of ids, as a counseling session has, else `child_id`), the
// paths of the fields under one of `patterns` that hold a non-empty string
// that is neither masked nor erased.
std::map<std::string, std::set<std::string>> PersonalDataIn(
    const boost::json::value& doc, std::span<const std::string_view> patterns,
    std::string_view child_id = {});

// A child's personal fields: name, birth, identity and household numbers,
// address, health, family members and their phones, the teacher's notes,
// contact summaries, survey notes, counseling notes and friends' names.
std::span<const std::string_view> ChildPersonalFields();

// Fields a volunteer or counselor never sees of anyone else: phone numbers,
// identity numbers, household registrations, contacts and addresses.
std::span<const std::string_view> PersonalContactFields();

// Counseling notes: for counselors only.
std::span<const std::string_view> CounselingNoteFields();

}  // namespace homeward::jsonc
