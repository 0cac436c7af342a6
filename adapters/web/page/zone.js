// Times on a unit's clock: every activity carries the IANA zone of its unit
// ("time_zone"), and a child's contacts are on the clock of the child's unit
// (from /v1/units); their times are shown and entered on that zone's clock,
// with the zone's name beside them when it is not Beijing time, so a
// volunteer knows which clock is meant. A zone that is missing, or that this
// browser does not know, is taken as Asia/Shanghai.

import { get, token } from './api.js';
import { language } from './i18n.js';

// The zone of the units that name none: Beijing time.
export const homeZone = 'Asia/Shanghai';

// Whether this browser knows each zone asked about, by name.
const known = new Map();

// `zone` when it names a zone this browser knows; homeZone otherwise.
export function zoneOr(zone) {
  if (!zone) return homeZone;
  if (!known.has(zone)) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone }).format(0);
      known.set(zone, true);
    } catch {
      known.set(zone, false);
    }
  }
  return known.get(zone) ? zone : homeZone;
}

// " (Asia/Urumqi)", the label after a time on `zone`'s clock; "" for Beijing time.
export function zoneLabel(zone) {
  const z = zoneOr(zone);
  return z === homeZone ? '' : ` (${z})`;
}

function pad(n, width = 2) {
  return String(n).padStart(width, '0');
}

// What the clock of `zone` (a known zone) shows at instant `ms`: {year,
// month, day, hour, minute, second} as numbers.
function clockAt(ms, zone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hour12: false, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(ms));
  const clock = {};
  for (const p of parts) if (p.type !== 'literal') clock[p.type] = Number(p.value);
  // Some engines write midnight as 24 when hour12 is false.
  if (clock.hour === 24) clock.hour = 0;
  return clock;
}

// How far the clock of `zone` is ahead of UTC at instant `ms`, in milliseconds.
function offsetAt(ms, zone) {
  const c = clockAt(ms, zone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(ms / 1000) * 1000;
}

// `rfc3339` as `zone`'s clock shows it, in the page's language, unlabelled.
function clock(rfc3339, zone) {
  return new Intl.DateTimeFormat(language(), { timeZone: zoneOr(zone), dateStyle: 'medium', timeStyle: 'short' })
    .format(new Date(rfc3339));
}

// "2026-12-13T01:00:00Z" as the date and time on `zone`'s clock (Beijing
// time by default), labelled with the zone when it is not Beijing time;
// "—" for no time.
export function when(rfc3339, zone = homeZone) {
  if (!rfc3339) return '—';
  return `${clock(rfc3339, zone)}${zoneLabel(zone)}`;
}

// From `starts` to `ends` (RFC 3339) on `zone`'s clock, labelled once with
// the zone when it is not Beijing time.
export function period(starts, ends, zone = homeZone) {
  if (!starts || !ends) return `${when(starts, zone)} – ${when(ends, zone)}`;
  return `${clock(starts, zone)} – ${clock(ends, zone)}${zoneLabel(zone)}`;
}

// The date on `zone`'s clock (Beijing time by default) `days` from now, "YYYY-MM-DD".
export function today(days = 0, zone = homeZone) {
  const c = clockAt(Date.now() + days * 86400000, zoneOr(zone));
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

// A datetime-local value ("2026-12-20T09:00") read on `zone`'s clock (Beijing
// time by default), as the RFC 3339 UTC instant it names ("" for no value; a
// value that is not a date and time is returned as it is, for the server to
// refuse). The zone's offset is found at a first guess of the instant and
// then at the instant that offset gives, so a time near a change of offset
// settles on the offset in force then.
export function localToRfc3339(value, zone = homeZone) {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return value;
  const z = zoneOr(zone);
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  let offset = offsetAt(wall, z);
  for (let pass = 0; pass < 2; ++pass) {
    const settled = offsetAt(wall - offset, z);
    if (settled === offset) break;
    offset = settled;
  }
  return new Date(wall - offset).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// An RFC 3339 time as a datetime-local value on `zone`'s clock (Beijing time
// by default); "" for no time or one that cannot be read.
export function rfc3339ToLocal(rfc3339, zone = homeZone) {
  const ms = Date.parse(rfc3339 ?? '');
  if (Number.isNaN(ms)) return '';
  const c = clockAt(ms, zoneOr(zone));
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

// The units' zones: unit id to zone (as zoneOr gives it), from `units` as
// /v1/units lists them.
export function zonesOf(units) {
  return new Map(units.map((u) => [u.unit_id, zoneOr(u.time_zone)]));
}

// The units list of the signed-in account, fetched once per page load and
// token ({key, list}: list is the promise of the answer); a failed fetch is
// forgotten, so the next call asks again.
let fetched = null;
// The unit ids the list was fetched again for, having not named them.
const refetchedFor = new Set();

// The units the signed-in account reads (/v1/units), fetched once per page
// load (again when another token signs in, or when `fresh`).
export function unitList(fresh = false) {
  const key = token();
  if (fresh || fetched?.key !== key) {
    const list = get('/v1/units');
    fetched = { key, list };
    list.catch(() => { if (fetched?.list === list) fetched = null; });
  }
  return fetched.list;
}

// The zones of the units (unit id to zone) from unitList. When one of `ids`
// is not in the list (a unit created since it was fetched), the list is
// fetched again, once per such id; a unit still missing is on Beijing time.
export async function unitZones(ids = []) {
  let units = await unitList();
  const missing = ids.filter((id) => id && !refetchedFor.has(id) && !units.some((u) => u.unit_id === id));
  if (missing.length) {
    for (const id of missing) refetchedFor.add(id);
    units = await unitList(true);
  }
  return zonesOf(units);
}
