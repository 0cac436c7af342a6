#include "adapters/ical/calendar.h"

#include <libical/ical.h>

#include <memory>
#include <mutex>
#include <set>

namespace homeward::ical {
namespace {

// libical's built-in time zones are loaded lazily into shared tables.
std::mutex& LibicalMutex() {
  static std::mutex mu;
  return mu;
}

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

icaltimetype Utc(std::int64_t us) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(us / 1000000), 0,
                                       icaltimezone_get_utc_timezone());
}

// A DATE-TIME property in `zone`, with the TZID `tzid`: the plain IANA name
// ("Asia/Shanghai"), which every calendar knows, rather than libical's
// prefixed one.
icalproperty* Zoned(icalproperty* (*make)(icaltimetype), std::int64_t us, icaltimezone* zone,
                    const std::string& tzid) {
  icaltimetype t = icaltime_convert_to_zone(Utc(us), zone);
  t.zone = nullptr;  // written as local time with the TZID below
  icalproperty* p = make(t);
  icalproperty_remove_parameter_by_kind(p, ICAL_TZID_PARAMETER);
  icalproperty_add_parameter(p, icalparameter_new_tzid(tzid.c_str()));
  return p;
}

// The zone's VTIMEZONE, named by its plain IANA name.
icalcomponent* Vtimezone(icaltimezone* zone, const std::string& tzid) {
  icalcomponent* vtz = icalcomponent_new_clone(icaltimezone_get_component(zone));
  icalproperty* id = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY);
  if (id != nullptr) icalproperty_set_tzid(id, tzid.c_str());
  return vtz;
}

icalproperty* Day(icalproperty* (*make)(icaltimetype), Date day) {
  icaltimetype t = icaltime_null_date();
  const YearMonth month = MonthOf(day);
  t.year = month.year;
  t.month = month.month;
  t.day = day.days - FirstDay(month).days + 1;
  return make(t);
}

// A display alarm 24 hours before the event's start.
icalcomponent* DayBeforeAlarm(const std::string& summary) {
  icalcomponent* alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
  icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
  icaltriggertype trigger = icaltriggertype_from_int(0);
  trigger.duration = icaldurationtype_from_int(-24 * 3600);
  icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
  icalcomponent_add_property(alarm, icalproperty_new_description(("明天: " + summary).c_str()));
  return alarm;
}

}  // namespace

Result<std::string> RenderCalendar(std::string_view name, const std::vector<CalendarEntry>& entries,
                                   std::int64_t stamp_us) {
  std::lock_guard lock(LibicalMutex());
  Component cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//homeward//homeward//ZH"));
  icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
  icalproperty* title = icalproperty_new_x(std::string(name).c_str());
  icalproperty_set_x_name(title, "X-WR-CALNAME");
  icalcomponent_add_property(cal.get(), title);

  std::set<std::string> zones_added;
  for (const CalendarEntry& e : entries) {
    icaltimezone* zone = icaltimezone_get_builtin_timezone(e.time_zone.c_str());
    if (zone == nullptr) {
      return InvalidArgument("time zone '" + e.time_zone + "' is unknown to the calendar");
    }
    const bool utc = zone == icaltimezone_get_utc_timezone();
    if (!e.all_day && !utc && zones_added.insert(e.time_zone).second) {
      icalcomponent_add_component(cal.get(), Vtimezone(zone, e.time_zone));
    }
    icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(e.uid.c_str()));
    icalcomponent_add_property(event, icalproperty_new_sequence(static_cast<int>(e.sequence)));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(Utc(stamp_us)));
    icalcomponent_add_property(event, icalproperty_new_summary(e.summary.c_str()));
    if (!e.location.empty()) {
      icalcomponent_add_property(event, icalproperty_new_location(e.location.c_str()));
    }
    if (!e.description.empty()) {
      icalcomponent_add_property(event, icalproperty_new_description(e.description.c_str()));
    }
    if (e.all_day) {
      icalcomponent_add_property(event, Day(icalproperty_new_dtstart, *e.all_day));
      icalcomponent_add_property(event, Day(icalproperty_new_dtend, Date{e.all_day->days + 1}));
      icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    } else if (utc) {
      icalcomponent_add_property(event, icalproperty_new_dtstart(Utc(e.starts_at_us)));
      icalcomponent_add_property(event, icalproperty_new_dtend(Utc(e.ends_at_us)));
    } else {
      icalcomponent_add_property(
          event, Zoned(icalproperty_new_dtstart, e.starts_at_us, zone, e.time_zone));
      icalcomponent_add_property(event,
                                 Zoned(icalproperty_new_dtend, e.ends_at_us, zone, e.time_zone));
    }
    icalcomponent_add_property(event,
                               icalproperty_new_status(e.cancelled   ? ICAL_STATUS_CANCELLED
                                                       : e.tentative ? ICAL_STATUS_TENTATIVE
                                                                     : ICAL_STATUS_CONFIRMED));
    if (e.alarm_day_before && !e.cancelled && !e.all_day) {
      icalcomponent_add_component(event, DayBeforeAlarm(e.summary));
    }
    icalcomponent_add_component(cal.get(), event);
  }
  char* text = icalcomponent_as_ical_string_r(cal.get());
  if (text == nullptr) return Internal("libical could not write the calendar");
  std::string out(text);
  icalmemory_free_buffer(text);
  return out;
}

}  // namespace homeward::ical
