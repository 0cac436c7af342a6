// What a volunteer sees on their phone: open activities with free places per
// slot (sign up, withdraw, the waitlist), their schedule and hours (and the
// service record, with its proof to print), the
// children in their care with their cards, their reminders and calendar link.
// A child's contacts are on the clock of the child's unit (zone.js).

import { get, post } from './api.js';
import { nameOf, t } from './i18n.js';
import { signedLink } from './downloads.js';
import { act, attempt, badge, field, h, section, show, soonestFirst, values } from './ui.js';
import { homeZone, unitZones, when } from './zone.js';
import { reminderList } from './reminders.js';
import { hoursOnSchedule } from './hours.js';
import { serviceRecordSection } from './service_record.js';
import { updateContactButton } from './volunteer_details.js';
import { reflectionOnSchedule } from './reflections.js';
import { contactForm, correctButton } from './contacts.js';

const open = new Set(['recruiting', 'full']);

// What the volunteer holds in an activity: a place or a waitlist place.
function mineBadge(mine) {
  if (!mine) return null;
  return mine.waiting ? badge(t('waitlist_place', { place: mine.waitlist_place }), 'waiting')
    : badge(`${t('signed_up')} · ${roleName(mine.role)}`, 'ok');
}

// An activity of the list (/v1/activities), with the volunteer's place in it.
function activityHeading(a, mine) {
  return [h('h3', {}, a.title),
    h('p', { class: 'meta' }, `${nameOf(a.kind)} · ${when(a.starts_at, a.time_zone)} · ${a.place}`, ' ',
      badge(nameOf(a.status), a.status), ' ',
      a.status === 'cancelled' ? null : t('free_places', { free: a.free_places }), ' ', mineBadge(mine))];
}

// A sign-up refused for a waiver not yet accepted (特别承诺, often another
// unit's): shows under the slot the waiver the refusal names, to read and
// accept, and then sends the same sign-up again.
async function offerWaiver(row, refusal, me, signUp, redraw) {
  const unit = refusal.details.unit_id;
  const waiver = await get(`/v1/units/${encodeURIComponent(unit)}/waiver`);
  const title = t('waiver_of', { name: waiver.name });
  row.querySelector('.waiver')?.remove();
  row.append(h('div', { class: 'waiver', role: 'group', 'aria-label': title }, h('h4', {}, title),
    h('p', { class: 'waiver-text' }, waiver.text),
    h('button', { onclick: (e) => act(async (f) => {
      try {
        await post(`/v1/volunteers/${encodeURIComponent(me.volunteer_id)}/accept-waiver`,
          { waiver_version: waiver.version, unit_id: unit }, f.key('waiver'));
      } catch (error) {
        if (error.code !== 'already_exists') throw error;  // accepted on an earlier tap
      }
      await signUp(f.key('sign-up'));
    }, redraw, e.currentTarget) }, t('accept_waiver_and_sign_up'))));
}

// One slot of an activity, with what this volunteer can do in it.
function slotRow(a, slot, mine, me, redraw) {
  const free = Math.max(0, slot.capacity - slot.holders.length);
  const path = `/v1/activities/${encodeURIComponent(a.activity_id)}`;
  let action;
  if (mine && mine.slot_id === slot.slot_id) {
    action = [badge(mine.waiting ? t('waitlist_place', { place: mine.waitlist_place }) : t('signed_up'),
      mine.waiting ? 'waiting' : 'ok'),
    h('button', { class: 'secondary', onclick: (e) => act((f) => post(`${path}/withdraw`, {}, f.key()), redraw,
      e.currentTarget) }, t('withdraw'))];
  } else if (!mine) {
    const signUp = (key) => post(`${path}/sign-up`, { slot_id: slot.slot_id }, key);
    action = h('button', { onclick: (e) => {
      const row = e.currentTarget.closest('li');
      act((f) => signUp(f.key()), (refusal) => (refusal?.code === 'waiver_missing' && refusal.details.unit_id
        ? offerWaiver(row, refusal, me, signUp, redraw) : redraw()), e.currentTarget);
    } }, free > 0 ? t('sign_up') : t('join_waitlist'));
  }
  return h('li', { class: 'slot', 'data-slot': slot.slot_id },
    h('span', { class: 'grow' }, slot.role, ' ',
      h('span', { class: 'meta' }, t('free_of', { free, capacity: slot.capacity }),
        slot.waitlist.length ? ` · ${t('waitlist')} ${slot.waitlist.length}` : '')),
    action);
}

// The roster part of an opened activity: its cancellation or its slots, and
// for a library build not yet joined, joining it as a caring family (爱心家庭).
function rosterPart(roster, mine, me, redraw) {
  if (roster.status === 'cancelled') {
    return h('p', { class: 'warn' }, t('cancelled_because', { reason: roster.cancel_reason }));
  }
  const path = `/v1/activities/${encodeURIComponent(roster.activity_id)}`;
  const join = roster.families && !mine && roster.status === 'recruiting'
    ? h('button', { class: 'secondary', 'data-join': 'family', onclick: (e) => act((f) =>
      post(`${path}/join-library-build`, {}, f.key()), redraw, e.currentTarget) }, t('join_as_family'))
    : null;
  return [h('ul', { class: 'slots' }, roster.slots.map((s) => slotRow(roster, s, mine, me, redraw))), join];
}

// An activity of the list, folded: its roster (the slots, who holds them) is
// fetched only when the volunteer opens it. `roster` is given when it opens
// already fetched.
function activityItem(a, mine, roster, me, redraw) {
  const path = `/v1/activities/${encodeURIComponent(a.activity_id)}`;
  const body = h('div', { class: 'roster-part' },
    roster ? rosterPart(roster, mine, me, redraw) : h('p', { class: 'meta' }, t('loading')));
  let asked = Boolean(roster);
  // The calendar file is a plain link, so a phone's browser can open it.
  const ics = signedLink('download_ics', `${path}/calendar-link`);
  const item = h('details', { class: 'activity', 'data-activity': a.activity_id, open: Boolean(roster) },
    h('summary', {}, activityHeading(a, mine)), body, ics.link);
  item.addEventListener('toggle', async () => {
    if (!item.open) return;
    ics.arm().catch(() => {});  // a tap asks again
    if (asked) return;
    asked = true;
    // A failed fetch is said; opening the activity again tries again.
    asked = await attempt(async () => {
      show(body, rosterPart(await get(`${path}/roster`), mine, me, redraw));
    });
  });
  return item;
}

// The activities open to the volunteer and those they hold a place in, from
// the list (but completed ones, neither open nor ahead) and their schedule;
// `opened` names one to show unfolded, with its roster.
async function activities(main, me, opened = '') {
  const [list, schedule, roster] = await Promise.all([
    get('/v1/activities', { status: 'planned,recruiting,full,closed,cancelled' }),
    get(`/v1/volunteers/${encodeURIComponent(me.volunteer_id)}/schedule`),
    opened ? get(`/v1/activities/${encodeURIComponent(opened)}/roster`) : null]);
  const mine = new Map(schedule.upcoming.map((s) => [s.activity_id, s]));
  const shown = soonestFirst(list.filter((a) => open.has(a.status) || mine.has(a.activity_id)));
  show(main, section(t('open_activities'),
    shown.length === 0 ? h('p', {}, t('nothing')) : null,
    shown.map((a) => activityItem(a, mine.get(a.activity_id), a.activity_id === opened ? roster : null, me,
      () => activities(main, me, a.activity_id)))));
}


// An activity on the volunteer's schedule; `attend` (for one to come) adds
// its check-in or check-out on the day; `hours` its confirmed hours and,
// once over, the volunteer's reflection.
function scheduleItem(s, attend = null, hours = null) {
  return h('li', { 'data-activity': s.activity_id },
    h('strong', {}, s.title), ' ', badge(nameOf(s.status), s.status), ' ',
    s.waiting ? badge(t('waitlist_place', { place: s.waitlist_place }), 'waiting') : null,
    s.checked_in_at ? badge(t('checked_in', { at: when(s.checked_in_at, s.time_zone) }), 'ok') : null,
    h('div', { class: 'meta' }, `${when(s.starts_at, s.time_zone)} · ${roleName(s.role)} · ${s.place}`),
    dayPlan(s),
    attend ? attend(s) : null,
    hours ? hours(s) : null);
}

// What a volunteer holding a place needs on the day, as the organizer wrote
// it (行程、总负责人): their group, who is in charge, the coordinator, when it
// ends and the itinerary's stops; nothing once it is over or cancelled.
function dayPlan(s) {
  if (s.waiting || s.status === 'cancelled' || Date.parse(s.ends_at) <= Date.now()) return null;
  const parts = [s.group_name ? t('your_group', { group: s.group_name }) : null,
    s.person_in_charge ? t('in_charge', { who: s.person_in_charge }) : null,
    s.coordinator ? t('coordinated_by', { who: s.coordinator }) : null,
    t('ends_at', { at: when(s.ends_at, s.time_zone) })].filter(Boolean);
  return h('div', { class: 'day-plan' }, h('div', { class: 'meta' }, parts.join(' · ')),
    s.itinerary?.length ? h('ol', { class: 'itinerary' }, s.itinerary.map((stop) => h('li', {}, stop))) : null);
}

// A slot's role as its organizer named it; a caring family's part, in words.
function roleName(role) {
  return role === 'family' ? nameOf('family') : role;
}

// Within this many hours of its start, a place held offers its check-in
// (the server takes none earlier).
const checkInHours = 2;

// The check-in (or, once in, the check-out) form of `s` for volunteer
// `volunteerId`, on the day: the code is the one the coordinator reads out.
// A caring family checks in to the library build it joined as a holder
// does; an activity past its planned end still offers the check-out to
// whoever checked in.
function attendForm(volunteerId, redraw) {
  return (s) => {
    const soon = Date.parse(s.starts_at) - Date.now() < checkInHours * 3600e3;
    const over = Date.parse(s.ends_at) <= Date.now();
    if (s.waiting || s.status === 'cancelled' || s.checked_out_at || !soon) return null;
    if (over && !s.checked_in_at) return null;
    const leaving = Boolean(s.checked_in_at);
    const form = h('form', { class: 'row check-in', 'data-form': leaving ? 'check-out' : 'check-in' },
      field('check_in_code', { name: 'code', required: true, inputmode: 'numeric', maxlength: 12, autocomplete: 'off' }),
      h('button', {}, t(leaving ? 'check_out' : 'check_in')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      act((f) => post(`/v1/activities/${encodeURIComponent(s.activity_id)}/${leaving ? 'check-out' : 'check-in'}`,
        { volunteer_id: volunteerId, code: values(form).code.trim() }, f.key()), redraw, form);
    });
    return form;
  };
}

async function schedule(main, me) {
  const s = await get(`/v1/volunteers/${encodeURIComponent(me.volunteer_id)}/schedule`);
  const months = Object.entries(s.hours_by_month).sort();
  const redraw = () => schedule(main, me);
  const attend = attendForm(me.volunteer_id, redraw);
  const hours = (x) => [hoursOnSchedule(x, me.volunteer_id, redraw), reflectionOnSchedule(x, me.volunteer_id, redraw)];
  show(main,
    section(t('upcoming'), s.upcoming.length
      ? h('ul', { class: 'list' }, soonestFirst(s.upcoming).map((x) => scheduleItem(x, attend, hours)))
      : h('p', {}, t('nothing'))),
    section(t('past'), s.past.length ? h('ul', { class: 'list' }, soonestFirst(s.past).map((x) => scheduleItem(x, attend, hours)))
      : h('p', {}, t('nothing'))),
    section(t('hours_served'), months.length
      ? h('table', {}, months.map(([m, hours]) => h('tr', {}, h('td', {}, m), h('td', { class: 'num' }, Number(hours).toFixed(1)))))
      : h('p', {}, t('nothing'))),
    serviceRecordSection(me.volunteer_id),
    section(t('my_contact'), h('p', {}, t('my_contact_text')), updateContactButton(me.volunteer_id, redraw)));
}

// A child's card, limited as the API limits it, its contacts' times on the
// clock of `zone` (the child's unit's; Beijing time by default), labelled
// with the zone when it is not Beijing time.
// `correct(contact)`, when given, adds what corrects a contact to its line.
export function cardView(card, zone = homeZone, correct = null) {
  const c = card.card;
  const person = (label, p) => (p && p.name ? h('li', {}, `${label}: ${p.name}`,
    p.phone ? ` · ${p.phone}` : '', p.work_city ? ` · ${p.work_city}` : '') : null);
  return h('div', { class: 'archive' },
    h('ul', { class: 'facts' },
      h('li', {}, `${c.school ?? ''} ${c.class_name ?? ''}`),
      person('父亲 / father', c.father), person('母亲 / mother', c.mother), person('监护人 / guardian', c.guardian),
      c.teacher_notes ? h('li', {}, c.teacher_notes) : null),
    h('h4', {}, t('contacts')),
    card.contacts?.length ? h('ol', { class: 'list' }, card.contacts.map((x) =>
      h('li', { 'data-contact': x.contact_id },
        `${when(x.at ?? x.happened_at, zone)} · ${nameOf(x.kind)} · ${x.summary ?? ''}`,
        x.corrections ? [' ', badge(t('corrected'))] : null, correct ? [' ', correct(x)] : null)))
      : h('p', {}, t('nothing')),
    // What else the card keeps, each shown only when there is some.
    cardList(t('surveys'), card.surveys, 'data-survey', (x) =>
      [x.surveyed_on, `${x.surveyed_on} · ${x.surveyed_by} · ${nameOf(x.guardianship_rating)}${x.notes ? ` · ${x.notes}` : ''}`]),
    cardList(t('counseling_sessions'), card.counseling, 'data-session', (x) =>
      [x.activity_id, `${when(x.at, zone)} · ${x.counselor_id} · ${nameOf(x.outcome)}${x.group ? ` · ${t('group_session')}` : ''}`]),
    cardList(t('aid_received'), card.aid, 'data-aid', (x) =>
      [x.activity_id, `${when(x.at, zone)} · ${x.donor} · ${x.what} × ${x.quantity}`]));
}

// A titled list of a card's `items`, each line by `line(item)` ([id, text]),
// the id in attribute `attr`; nothing when there are none.
function cardList(title, items, attr, line) {
  if (!items?.length) return null;
  return h('div', {}, h('h4', {}, title), h('ol', { class: 'list' }, items.map((x) => {
    const [id, text] = line(x);
    return h('li', { [attr]: id }, text);
  })));
}

// The children in the volunteer's care; `open` names one to show unfolded.
// Each child's contacts are on the clock of the unit its card names (Beijing
// time when the card cannot be read).
async function children(main, me, open = '') {
  const care = await get(`/v1/volunteers/${encodeURIComponent(me.volunteer_id)}/care`);
  const rows = [...care.roles.map((r) => ({ ...r, what: nameOf(r.role) })),
    ...care.help_pairs.map((p) => ({ ...p, what: t('help_pair') }))];
  const cards = await Promise.all(rows.map((r) =>
    get(`/v1/children/${encodeURIComponent(r.child_id)}/card`).catch(() => null)));
  const zones = await unitZones(cards.map((c) => c?.unit_id));
  const zoneOfChild = (i) => zones.get(cards[i]?.unit_id) ?? homeZone;
  show(main, section(t('my_children'), rows.length === 0 ? h('p', {}, t('nothing')) : null,
    rows.map((r, i) => h('details', { class: 'child', 'data-child': r.child_id, open: r.child_id === open },
      h('summary', {}, h('strong', {}, r.name), ' ', badge(r.what)),
      cards[i] ? cardView(cards[i], zoneOfChild(i), (x) => (x.by === me.volunteer_id
        ? correctButton(r.child_id, zoneOfChild(i), () => children(main, me, r.child_id), x) : null)) : null,
      h('h4', {}, t('record_contact')),
      contactForm(r.child_id, zoneOfChild(i), () => children(main, me, r.child_id))))));
}

async function reminders(main, me) {
  show(main, section(t('reminders'), await reminderList({ for: me.volunteer_id })));
}

async function calendar(main, me) {
  const path = `/v1/volunteers/${encodeURIComponent(me.volunteer_id)}`;
  const out = h('p', { class: 'feed' });
  show(main, section(t('calendar'), h('p', {}, t('calendar_text')), out,
    h('div', { class: 'row' },
      h('button', { onclick: (e) => act(async (f) => {
        const answer = await post(`${path}/calendar-feed`, {}, f.key());
        const url = new URL(answer.feed, location.href).href;
        show(out, h('code', { class: 'secret' }, url));
      }, null, e.currentTarget) }, t('new_feed')),
      h('button', { class: 'secondary', onclick: (e) => act((f) => post(`${path}/revoke-calendar-feed`, {}, f.key()),
        () => show(out), e.currentTarget) }, t('revoke_feed')))));
}

// The volunteer's tabs: [id, word, view].
export const volunteerTabs = [
  ['activities', 'activities', activities],
  ['schedule', 'schedule', schedule],
  ['children', 'my_children', children],
  ['reminders', 'reminders', reminders],
  ['calendar', 'calendar', calendar],
];
