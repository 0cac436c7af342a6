// The activity stations (留守儿童快乐成长活动站) of a coordinator's units: each
// station's last fortnight, with the working days that fell short of its
// daily minimum (每天不少于2小时) marked, and the form its keeper records a
// day's opening with, at the day's end, often on a phone or the station's
// shared tablet. A coordinator registers a new station here too (一站四室:
// reading, sports, music and dance, and a room to talk; at least 100 m²),
// closes one (its school merged, or for repairs) and opens it again, or
// withdraws a closing recorded by mistake.

import { get, post } from './api.js';
import { t } from './i18n.js';
import { act, badge, choice, field, formButton, h, section, show, values } from './ui.js';
import { today, unitList, zoneOr } from './zone.js';
import { withWeekday } from './holidays.js';

// The four rooms, each with the name the server gives a room left unnamed.
const rooms = [['reading', '图书阅览室'], ['sports', '文体活动室'], ['music_dance', '音乐舞蹈室'],
  ['counseling', '谈心工作室或心理咨询室']];

// What a day was: short of the minimum on a working day it owed it, open at
// least the minimum, a weekend or holiday, not over yet, or one the station was closed.
function dayState(day, station, todayThere) {
  if (day.short) return badge(t('short_day'), 'overdue');
  if (day.closed) return badge(t('day_closed'));
  if (day.minutes >= station.min_daily_minutes) return badge(t('day_met'), 'ok');
  if (!day.working_day) return badge(t('rest_day'));
  return day.day === todayThere ? badge(t('day_not_over')) : null;
}

// The station's days, newest first, each as "12-03 周四" with its minutes and state.
function daysTable(station, todayThere) {
  return h('div', { class: 'scroll' }, h('table', { class: 'figures station-days' },
    h('thead', {}, h('tr', {}, h('th', {}, t('day')), h('th', { class: 'num' }, t('minutes')), h('th', {}))),
    h('tbody', {}, station.days.map((d) => h('tr', { 'data-day': d.day, class: d.short ? 'short' : '' },
      h('th', { scope: 'row' }, withWeekday(d.day).slice(5)), h('td', { class: 'num' }, String(d.minutes)),
      h('td', {}, dayState(d, station, todayThere)))))));
}

// The day before "YYYY-MM-DD".
const dayBefore = (d) => new Date(Date.parse(`${d}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);

// The form recording one opening of `station` (a day opened twice, morning
// and afternoon, counts both), on a day up to today and, while it is closed,
// before it closed: a day missed may be recorded late.
function openingForm(station, todayThere, redraw) {
  const last = station.closed_on && station.closed_on <= todayThere ? dayBefore(station.closed_on) : todayThere;
  const form = h('form', { class: 'grid-form', 'data-form': 'record-opening' },
    field('day', { name: 'day', type: 'date', required: true, value: last, max: last }),
    field('minutes_open', { name: 'minutes', type: 'number', required: true, min: 1, max: 1440,
      value: station.min_daily_minutes }),
    field('children_came', { name: 'children', type: 'number', min: 0, value: 0 }),
    field('staff_on_duty', { name: 'staff', maxlength: 200, placeholder: t('staff_hint') }),
    h('p', { class: 'meta wide' }, t('opening_hint')),
    h('button', {}, t('record_opening')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    act((fill) => post(`/v1/stations/${encodeURIComponent(station.station_id)}/openings`, {
      day: v.day, minutes: Number(v.minutes), children: Number(v.children || 0),
      staff: v.staff.split(/[,，、;；]+/).map((s) => s.trim()).filter(Boolean),
    }, fill.key()), redraw, form);
  });
  return form;
}

// The two changes of a station's standing, each recorded from a day (today
// unless said, not after it) with the reason: a closing (its school merged, its
// rooms given up or under repair), on or after the day it last opened again;
// a reopening, from the day it closed (which withdraws a closing recorded by
// mistake) on.
const standing = {
  close: { word: 'close_station', form: 'close-station', day: 'closed_on', label: 'closed_from',
    why: 'close_station_why', min: (st) => st.reopened_on || st.registered_on },
  reopen: { word: 'reopen_station', form: 'reopen-station', day: 'reopened_on', label: 'reopened_from',
    why: 'reopen_station_why', min: (st) => st.closed_on, hint: 'reopen_hint' },
};

// The button that turns into the form of `action` ('close' or 'reopen') on `station`.
function standingButton(action, station, todayThere, redraw) {
  const s = standing[action];
  return formButton(s.word, () => {
    const form = h('form', { class: 'inline-form end-form', 'data-form': s.form },
      field(s.label, { name: s.day, type: 'date', required: true, value: todayThere, min: s.min(station), max: todayThere }),
      h('label', { class: 'field' }, h('span', {}, t(s.why, { who: station.name })),
        h('input', { name: 'reason', required: true, maxlength: 500 })),
      s.hint ? h('p', { class: 'meta wide' }, t(s.hint)) : null,
      h('button', {}, t(s.word)));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const v = values(form);
      act((fill) => post(`/v1/stations/${encodeURIComponent(station.station_id)}/${action}`,
        { [s.day]: v[s.day], reason: v.reason }, fill.key()), redraw, form);
    });
    return form;
  });
}

// The form registering a station in one of `units` (from /v1/units).
function registerForm(units, redraw) {
  const form = h('form', { class: 'grid-form', 'data-form': 'register-station' },
    field('station_name', { name: 'name', required: true, maxlength: 200 }),
    choice('unit', 'unit_id', units.filter((u) => !u.closed).map((u) => [u.unit_id, u.name])),
    field('area_m2', { name: 'area_m2', type: 'number', required: true, min: 100, value: 100 }),
    rooms.map(([kind, name]) => field(kind === 'counseling' ? 'talk_room' : `${kind}_room`,
      { name: `room_${kind}`, maxlength: 100, placeholder: name })),
    h('button', {}, t('register_station')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    act((fill) => post('/v1/stations', {
      station_id: fill.id('station'), unit_id: v.unit_id, name: v.name, area_m2: Number(v.area_m2),
      rooms: rooms.map(([kind]) => ({ kind, name: v[`room_${kind}`] })),
    }, fill.key()), redraw, form);
  });
  return form;
}

// The stations view.
export async function stationsView(main) {
  const [stations, units] = await Promise.all([get('/v1/stations', { days: 14 }), unitList()]);
  const unitOf = new Map(units.map((u) => [u.unit_id, u]));
  const redraw = () => stationsView(main);
  show(main,
    stations.length === 0 ? section(t('stations'), h('p', {}, t('nothing'))) : null,
    stations.map((st) => {
      const unit = unitOf.get(st.unit_id);
      const todayThere = today(0, zoneOr(unit?.time_zone));
      const short = st.days.filter((d) => d.short).length;
      return h('section', { class: 'card', 'data-station': st.station_id },
        h('h2', {}, st.name),
        h('p', { class: 'meta' }, `${unit?.name ?? st.unit_id} · `,
          t('min_daily', { minutes: st.min_daily_minutes }), ' · ', t('registered_on', { day: st.registered_on }),
          short ? [' · ', badge(t('short_days', { n: short }), 'overdue')] : null,
          st.closed_on ? [' · ', badge(t('station_closed', { day: st.closed_on }))] : null,
          !st.closed_on && st.reopened_on ? [' · ', badge(t('station_reopened', { day: st.reopened_on }))] : null),
        openingForm(st, todayThere, redraw),
        daysTable(st, todayThere),
        // A closed unit's stations are past closing or opening again.
        unit?.closed ? null : standingButton(st.closed_on ? 'reopen' : 'close', st, todayThere, redraw));
    }),
    units.some((u) => !u.closed)
      ? h('details', { class: 'card' }, h('summary', {}, h('h2', {}, t('register_station'))), registerForm(units, redraw))
      : null);
}
