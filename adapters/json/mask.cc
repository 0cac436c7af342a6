#include "adapters/json/mask.h"

#include <array>
#include <string>
#include <vector>

#include "events/personal.h"

namespace homeward::jsonc {
namespace {

namespace json = boost::json;

bool EndsWithPart(std::string_view path, std::string_view pattern) {
  if (!path.ends_with(pattern)) return false;
  return path.size() == pattern.size() || path[path.size() - pattern.size() - 1] == '.';
}

// Whether the field at `path`, in `object`, is under one of `patterns`. A
// pattern "field@sibling" names a field of an object that also has a field
// `sibling`: "name@child_id" is the name in a child's record, wherever a view
// puts that record, and only there.
bool Matches(std::string_view path, const json::object& object,
             std::span<const std::string_view> patterns) {
  for (std::string_view p : patterns) {
    const std::size_t at = p.find('@');
    if (at == std::string_view::npos) {
      if (EndsWithPart(path, p)) return true;
    } else if (EndsWithPart(path, p.substr(0, at)) && object.contains(p.substr(at + 1))) {
      return true;
    }
  }
  return false;
}

void MaskAll(json::value& node) {
  if (node.is_string()) {
    if (!node.get_string().empty()) node = json::string(kMasked);
  } else if (node.is_object()) {
    for (auto& [key, value] : node.get_object()) MaskAll(value);
  } else if (node.is_array()) {
    for (json::value& item : node.get_array()) MaskAll(item);
  }
}

void Walk(json::value& node, std::string& path, std::span<const std::string_view> patterns) {
  if (node.is_array()) {
    for (json::value& item : node.get_array()) Walk(item, path, patterns);
    return;
  }
  if (!node.is_object()) return;
  json::object& object = node.get_object();
  for (auto& [key, value] : object) {
    const std::size_t size = path.size();
    if (!path.empty()) path += '.';
    path.append(key.data(), key.size());
    if (Matches(path, object, patterns)) {
      MaskAll(value);
    } else {
      Walk(value, path, patterns);
    }
    path.resize(size);
  }
}

// Whether `node` holds a string that shows something: not empty, not masked,
// not erased.
bool Shows(const json::value& node) {
  if (node.is_string()) {
    const std::string_view s = node.get_string();
    return !s.empty() && s != kMasked && s != kErased;
  }
  if (node.is_object()) {
    for (const auto& [key, value] : node.get_object())
      if (Shows(value)) return true;
  }
  if (node.is_array()) {
    for (const json::value& item : node.get_array())
      if (Shows(item)) return true;
  }
  return false;
}

// The children a field of `object` is about: its "child_id", else the ids in
// its "children" (a counseling session's), else those of the objects around
// it. Only an object that names children fills `own`; the rest share `around`.
const std::vector<std::string_view>& ChildrenOf(const json::object& object,
                                                const std::vector<std::string_view>& around,
                                                std::vector<std::string_view>& own) {
  if (const json::value* id = object.if_contains("child_id"); id && id->is_string()) {
    own.assign(1, id->get_string());
    return own;
  }
  const json::value* ids = object.if_contains("children");
  if (ids == nullptr || !ids->is_array() || ids->get_array().empty()) return around;
  for (const json::value& id : ids->get_array()) {
    if (!id.is_string()) return around;  // a list of children's records, each with its id
  }
  for (const json::value& id : ids->get_array()) own.push_back(id.get_string());
  return own;
}

void Find(const json::value& node, std::string& path, const std::vector<std::string_view>& around,
          std::span<const std::string_view> patterns,
          std::map<std::string, std::set<std::string>>& out) {
  if (node.is_array()) {
    for (const json::value& item : node.get_array()) Find(item, path, around, patterns, out);
    return;
  }
  if (!node.is_object()) return;
  const json::object& object = node.get_object();
  std::vector<std::string_view> own;
  const std::vector<std::string_view>& children = ChildrenOf(object, around, own);
  for (const auto& [key, value] : object) {
    const std::size_t size = path.size();
    if (!path.empty()) path += '.';
    path.append(key.data(), key.size());
    if (Matches(path, object, patterns)) {
      if (Shows(value))
        for (std::string_view child : children) out[std::string(child)].insert(path);
    } else {
      Find(value, path, children, patterns, out);
    }
    path.resize(size);
  }
}

constexpr auto kChildPersonal = std::to_array<std::string_view>(
    {"card.name", "card.ethnicity", "card.date_of_birth", "card.id_number",
     "card.household_registration", "card.residence", "card.health", "card.disability",
     "card.father", "card.mother", "card.guardian", "card.support_received", "card.teacher_notes",
     "guardian_name", "summary", "children.name", "event.notes", "surveys.notes",
     "confidential_notes", "friend_name",
     // A child's record in any view (the care board's, a volunteer's care,
     // the archive's list, an activity's children), and there only: a
     // station's, an account's or a volunteer's name is not a child's.
     "name@child_id"});

constexpr auto kContacts = std::to_array<std::string_view>(
    {"phone", "id_number", "household_registration", "contact", "address"});

constexpr auto kCounseling = std::to_array<std::string_view>({"confidential_notes"});

}  // namespace

std::map<std::string, std::set<std::string>> PersonalDataIn(
    const json::value& doc, std::span<const std::string_view> patterns, std::string_view child_id) {
  std::map<std::string, std::set<std::string>> out;
  std::string path;
  std::vector<std::string_view> around;
  if (!child_id.empty()) around.push_back(child_id);
  Find(doc, path, around, patterns, out);
  return out;
}

void MaskPaths(json::value& doc, std::span<const std::string_view> patterns) {
  std::string path;
  Walk(doc, path, patterns);
}

std::span<const std::string_view> ChildPersonalFields() { return kChildPersonal; }
std::span<const std::string_view> PersonalContactFields() { return kContacts; }
std::span<const std::string_view> CounselingNoteFields() { return kCounseling; }

}  // namespace homeward::jsonc
