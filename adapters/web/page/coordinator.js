// What a coordinator (or an admin) works with at a desk: the activities of
// their units and a form to plan one, the roster of each (roster.js), the
// care board (care.js), the reminders due and overdue, the monthly
// report with its charts (report.js), the activity stations' openings
// (stations.js), the volunteers and their checks (volunteers.js) and the
// year's holidays (holidays.js).

import { get, post } from './api.js';
import { activityKinds, nameOf, t } from './i18n.js';
import { downloadLink } from './downloads.js';
import { act, badge, choice, field, h, section, show, soonestFirst, values } from './ui.js';
import { localToRfc3339, today, when, zoneLabel, zoneOr } from './zone.js';
import { rosterView } from './roster.js';
import { careBoard } from './care.js';
import { reportView } from './report.js';
import { holidaysView } from './holidays.js';
import { stationsView } from './stations.js';
import { volunteersView } from './volunteers.js';
import { remindersView } from './reminders.js';
import { accountsView } from './accounts.js';
import { unitsView } from './units.js';

// The units this account may plan for, as [id, name, zone]: the zone is the
// unit's IANA time zone (Asia/Shanghai when it names none).
export async function unitChoices() {
  const units = await get('/v1/units');
  return units.map((u) => [u.unit_id, u.name, zoneOr(u.time_zone)]);
}

function slotInputs(n) {
  return h('div', { class: 'row slot-input' },
    h('input', { name: `slot_role_${n}`, placeholder: t('slot_role'), 'aria-label': t('slot_role') }),
    h('input', { name: `slot_capacity_${n}`, type: 'number', min: 1, max: 10000, value: 1,
      'aria-label': t('capacity') }));
}

// Plans the activity the form describes, its times read on the clock of the
// chosen unit (`zones`: unit id to zone): the plan, its slots, then
// recruitment when asked. Each step is its own command with its own
// Idempotency-Key from `fill` (ui.js), and the activity's id is the fill's,
// so a try repeated after a lost answer plans nothing twice. A refusal of the
// plan leaves nothing; a later failure leaves the planned activity, whose
// roster then opens so the coordinator can add the slots or open
// recruitment there.
async function planFrom(form, fill, zones) {
  const v = values(form);
  const id = fill.id('act');
  const zone = zones.get(v.unit_id);
  await post('/v1/activities', {
    activity_id: id, unit_id: v.unit_id, kind: v.kind, title: v.title, place: v.place,
    starts_at_us: localToRfc3339(v.starts, zone), ends_at_us: localToRfc3339(v.ends, zone),
    children_capacity: Number(v.children_capacity || 0),
    children_per_adult: Number(v.children_per_adult || 5),
  }, fill.key('plan'));
  try {
    const slots = [...form.querySelectorAll('.slot-input')];
    for (let i = 0; i < slots.length; ++i) {
      const role = v[`slot_role_${i}`];
      if (!role) continue;
      await post(`/v1/activities/${encodeURIComponent(id)}/slots`, {
        slot_id: `s${i + 1}`, role, capacity: Number(v[`slot_capacity_${i}`] || 1),
      }, fill.key(`slot-${i + 1}`));
    }
    if (v.open_now) await post(`/v1/activities/${encodeURIComponent(id)}/open-recruitment`, {}, fill.key('open'));
  } finally {
    location.hash = `#/roster/${encodeURIComponent(id)}`;
  }
}

// Says in `hint` on which clock the plan's times are read: `zone`, the
// chosen unit's, named when it is not Beijing time.
function sayZone(hint, zone) {
  const label = zoneLabel(zone);
  hint.textContent = label ? t('times_in_zone', { zone }) : '';
  hint.hidden = !label;
  hint.dataset.zone = zoneOr(zone);
}

// The form planning an activity in one of `units` ([id, name, zone]).
function planForm(units) {
  const zones = new Map(units.map(([id, , zone]) => [id, zone]));
  const slots = h('div', { class: 'slots-input' }, slotInputs(0));
  const hint = h('p', { class: 'meta wide zone-hint' });
  sayZone(hint, units[0]?.[2]);
  const unit = choice('unit', 'unit_id', units.map(([id, name, zone]) => [id, `${name}${zoneLabel(zone)}`]));
  unit.addEventListener('change', (e) => sayZone(hint, zones.get(e.target.value)));
  const form = h('form', { class: 'grid-form', id: 'plan' },
    field('title', { name: 'title', required: true, maxlength: 200 }),
    choice('kind', 'kind', activityKinds.map((k) => [k, nameOf(k)])),
    unit,
    field('place', { name: 'place', maxlength: 200 }),
    field('starts', { name: 'starts', type: 'datetime-local', required: true, value: `${today(7)}T09:00` }),
    field('ends', { name: 'ends', type: 'datetime-local', required: true, value: `${today(7)}T16:00` }),
    hint,
    field('children_places', { name: 'children_capacity', type: 'number', min: 0, value: 0 }),
    field('ratio', { name: 'children_per_adult', type: 'number', min: 1, value: 5 }),
    h('fieldset', { class: 'wide' }, h('legend', {}, t('slots')), slots,
      h('button', { type: 'button', class: 'secondary',
        onclick: () => slots.append(slotInputs(slots.children.length)) }, t('add_slot'))),
    h('label', { class: 'check wide' }, h('input', { type: 'checkbox', name: 'open_now', checked: true }),
      t('open_now')),
    h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    act((fill) => planFrom(form, fill, zones), null, form);
  });
  return form;
}

// How many of the activities completed or cancelled the tab shows, latest
// first: years of them would make the page slow on a phone.
const kDoneShown = 50;

// The activities of the coordinator's units: every one neither completed
// nor cancelled, and the latest kDoneShown of those completed or cancelled;
// those ahead first (soonest first), then those over (most recent first),
// and the form to plan one.
async function activities(main) {
  const [ahead, done, units] = await Promise.all([
    get('/v1/activities', { status: 'planned,recruiting,full,closed' }),
    get('/v1/activities', { status: 'completed,cancelled', order: 'latest', limit: kDoneShown + 1 }),
    unitChoices()]);
  const list = [...ahead, ...done.slice(0, kDoneShown)];
  const names = new Map(units.map(([id, name]) => [id, name]));
  show(main,
    section(t('activities'), list.length === 0 ? h('p', {}, t('nothing'))
      : downloadLink('download_csv', '/v1/activities?format=csv', 'activities.csv'),
      h('ul', { class: 'list' }, soonestFirst(list).map((a) => h('li', { 'data-activity': a.activity_id },
        h('a', { href: `#/roster/${encodeURIComponent(a.activity_id)}` }, h('strong', {}, a.title)), ' ',
        badge(nameOf(a.status), a.status),
        h('div', { class: 'meta' },
          `${nameOf(a.kind)} · ${when(a.starts_at, a.time_zone)} · ${names.get(a.unit_id) ?? a.unit_id} · `,
          t('free_places', { free: a.free_places }))))),
      done.length > kDoneShown
        ? h('p', { class: 'meta', 'data-more': 'activities' }, t('latest_only', { n: kDoneShown }))
        : null),
    h('details', { class: 'card' }, h('summary', {}, h('h2', {}, t('plan'))), planForm(units)));
}

// The coordinator's tabs: [id, word, view]; "roster" opens from an activity.
export const coordinatorTabs = [
  ['activities', 'activities', activities],
  ['care', 'care_board', careBoard],
  ['volunteers', 'volunteers', volunteersView],
  ['reminders', 'reminders', remindersView],
  ['report', 'report', reportView],
  ['stations', 'stations', stationsView],
  ['holidays', 'holidays', holidaysView],
  ['units', 'units', unitsView],
  ['roster', null, rosterView],
];

// The admin's tabs: a coordinator's over every unit, and the accounts.
export const adminTabs = [...coordinatorTabs.slice(0, -1), ['accounts', 'accounts', accountsView],
  coordinatorTabs[coordinatorTabs.length - 1]];
