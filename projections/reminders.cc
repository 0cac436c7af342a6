// The reminders query: turns the facts of reminder_facts.cc into reminders
// as they stand at one moment, in each unit's time zone (reminder_items.h).

#include "projections/reminders.h"

#include <algorithm>
#include <boost/json/object.hpp>
#include <tuple>

#include "projections/reminder_items.h"

namespace homeward {
namespace {

namespace json = boost::json;
using reminder_items::Builder;
using reminder_items::Item;

std::string_view StateOf(const Item& item, std::int64_t now_us) {
  if (item.done != 0) return "done";
  if (now_us >= item.due_us) return "overdue";
  if (now_us >= item.opens_us) return "due";
  return "upcoming";
}

}  // namespace

json::value Reminders(const RemindersState& state, std::string_view org, std::int64_t now_us,
                      const ReminderFilter& filter) {
  std::vector<Item> items = Builder(state, org, now_us, filter.person).Build();
  // Those asked for first: the sort then orders only them.
  std::erase_if(items, [&](const Item& item) {
    const std::string_view status = StateOf(item, now_us);
    return (filter.due_from.known() && item.due < filter.due_from) ||
           (filter.due_to.known() && item.due > filter.due_to) ||
           (!filter.person.empty() && item.for_person != filter.person) ||
           (filter.overdue_only && status != "overdue") ||
           (!filter.states.empty() &&
            std::find(filter.states.begin(), filter.states.end(), status) == filter.states.end()) ||
           (filter.unit_kept && !filter.unit_kept(item.unit_id));
  });
  std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
    return std::tie(x.due_us, x.id) < std::tie(y.due_us, y.id);
  });
  if (filter.limit != 0 && items.size() > filter.limit) {
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(filter.limit), items.end());
  }
  json::array out;
  out.reserve(items.size());
  for (const Item& item : items) {
    const std::string_view status = StateOf(item, now_us);
    json::object o{{"id", item.id},
                   {"kind", item.kind},
                   {"subject", item.subject},
                   {"for", item.for_person},
                   {"unit_id", item.unit_id},
                   {"due", FormatDate(item.due)},
                   {"due_at", FormatUtc(item.due_us)},
                   {"source_position", item.source},
                   {"state", status}};
    if (item.done != 0) o["done_position"] = item.done;
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace homeward
