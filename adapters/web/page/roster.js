// One activity's roster for its coordinator: slots with holders and the
// waitlist, groups, children (put on and taken off, enrolment.js) and
// sponsors' pledges, a library build's
// families, books and city friends, and what can be done to it: slots,
// groups, pledges, attendance, the day's check-in, hours to confirm,
// recruitment, cancelling for the weather, rescheduling and completing. Its
// times are on the clock of the activity's unit (zone.js). The writes that
// depend on what the roster showed (rescheduling, cancelling, completing)
// send its version as If-Match, so a change made meanwhile by someone else is
// not overwritten: the server refuses with 412 and the roster is drawn again
// as it is now.

import { get, post } from './api.js';
import { nameOf, t } from './i18n.js';
import { downloadLink } from './downloads.js';
import { act, badge, choice, commandForm, field, h, reasonButton, section, show, sure } from './ui.js';
import { localToRfc3339, period, rfc3339ToLocal, today, zoneLabel, zoneOr } from './zone.js';
import { childNames, childrenSection } from './enrolment.js';
import { hoursOnRoster } from './hours.js';
import { reflectionsSection } from './reflections.js';
import { capacityForm, detailsForm } from './activity_edit.js';

// The first slot id "sN" the activity does not use yet.
function freeSlotId(a) {
  const taken = new Set(a.slots.map((s) => s.slot_id));
  let n = a.slots.length + 1;
  while (taken.has(`s${n}`)) n += 1;
  return `s${n}`;
}

// A form adding a slot to the activity (the slots a plan could not add).
function slotForm(a, path, redraw) {
  const slotId = freeSlotId(a);
  return commandForm('add-slot', redraw, (v, fill) => post(`${path}/slots`, {
    slot_id: slotId, role: v.role, capacity: Number(v.capacity || 1),
  }, fill.key()),
  field('slot_role', { name: 'role', required: true, maxlength: 100 }),
  field('capacity', { name: 'capacity', type: 'number', min: 1, max: 10000, value: 1, required: true }),
  h('button', { class: 'secondary' }, t('add_slot')));
}

// Whether attendance of activity `a` is taken now: on its day, once its
// check-in has opened, or once it has begun; never once it is cancelled.
function takesAttendance(a) {
  if (a.status === 'cancelled') return false;
  return Date.parse(a.starts_at) <= Date.now() || a.check_in?.day === today(0, a.time_zone);
}

// A button taking volunteer `p` off the activity (their place, or their
// spot on the waitlist) for the coordinator, with the reason: after the
// sign-up cut-off only a coordinator does so (one fallen ill the night before).
function removeButton(a, p, path, redraw) {
  if (a.status === 'cancelled' || a.status === 'completed') return null;
  return reasonButton('remove_volunteer', 'remove_volunteer_why', p.name || p.volunteer_id, (reason, fill) =>
    post(`${path}/withdraw`, { volunteer_id: p.volunteer_id, by_coordinator: true, reason }, fill.key()), redraw);
}

function slotSection(a, me, path, redraw) {
  const attendance = (p) => commandForm('attendance', redraw,
    (v, fill) => post(`${path}/attendance`,
      { volunteer_id: p.volunteer_id, status: v.status, recorded_by: me.name || me.account_id }, fill.key()),
    h('select', { name: 'status', 'aria-label': t('attendance') },
      ['present', 'absent', 'no_show'].map((s) => h('option', { value: s }, nameOf(s)))),
    h('button', { class: 'secondary' }, t('attendance')));
  const hours = hoursOnRoster(a, me, path, redraw);
  return section(t('slots'), a.slots.map((s) => h('div', { class: 'slot-block', 'data-slot': s.slot_id },
    h('h3', {}, s.role, ' ', h('span', { class: 'meta' },
      t('free_of', { free: Math.max(0, s.capacity - s.holders.length), capacity: s.capacity }))),
    h('ol', { class: 'list holders' }, s.holders.map((p) => h('li', { 'data-volunteer': p.volunteer_id },
      h('span', { class: 'grow' }, p.name || p.volunteer_id,
        p.group ? ` · ${a.groups.find((g) => g.group_id === p.group)?.name ?? p.group}` : ''),
      takesAttendance(a) ? attendance(p) : null,
      hours ? hours(p) : null,
      takesAttendance(a) ? null : removeButton(a, p, path, redraw)))),
    s.waitlist.length ? h('div', {}, h('h4', {}, t('waitlist')),
      h('ol', { class: 'list waitlist' }, s.waitlist.map((p) => h('li', { 'data-volunteer': p.volunteer_id },
        h('span', { class: 'grow' }, p.name || p.volunteer_id), removeButton(a, p, path, redraw)))))
      : null,
    a.status === 'cancelled' || a.status === 'completed' ? null : capacityForm(a, s, path, redraw))),
    a.slots.length ? null : h('p', {}, t('nothing')),
    a.status === 'cancelled' || a.status === 'completed' ? null : slotForm(a, path, redraw));
}

function groupSection(a, path, redraw) {
  const people = [...a.slots.flatMap((s) => s.holders.map((p) => [p.volunteer_id, p.name || p.volunteer_id])),
    ...a.children.map((c) => [`child:${c}`, c])];
  // Volunteers by name where the roster has it (a removed one keeps their id).
  const named = new Map(people);
  const label = (id) => named.get(id) ?? id;
  // What takes each member out of group `g`, folded away, so a group can be rearranged.
  const rearrange = (g, members) => (members.length === 0 ? null : h('details', { class: 'rearrange' },
    h('summary', {}, t('rearrange_group')), members.map((id) => h('button', { type: 'button', class: 'secondary',
      'data-member': id, onclick: (e) => act((fill) => post(`${path}/remove-from-group`,
        { group_id: g.group_id, person_id: id }, fill.key()), redraw, e.currentTarget) },
    t('remove_from_group', { who: label(id) })))));
  const done = a.status === 'cancelled' || a.status === 'completed';
  return section(t('groups'),
    h('ul', { class: 'list' }, a.groups.map((g) => h('li', { 'data-group': g.group_id }, h('strong', {}, g.name), ' ',
      h('span', { class: 'meta' }, [...g.adults, ...g.others].map(label).concat(g.children).join('、')),
      g.broken_rule ? h('p', { class: 'warn', role: 'alert' }, t(`group_${g.broken_rule}`)) : null,
      done ? null : rearrange(g, [...g.adults, ...g.others, ...g.children])))),
    commandForm('form-group', redraw,
      (v, fill) => post(`${path}/groups`, { group_id: fill.id('g'), name: v.name }, fill.key()),
      field('group_name', { name: 'name', required: true, maxlength: 100 }),
      h('button', {}, t('form_group'))),
    a.groups.length && people.length ? commandForm('assign-group', redraw, (v, fill) => post(`${path}/assign-to-group`, {
      group_id: v.group_id, person_id: v.person.replace(/^child:/, ''), child: v.person.startsWith('child:'),
    }, fill.key()), choice('assign_to_group', 'person', people), choice('groups', 'group_id',
      a.groups.map((g) => [g.group_id, g.name])), h('button', {}, t('assign_to_group'))) : null);
}

function pledgeSection(a, path, redraw) {
  return section(t('pledges'),
    h('ul', { class: 'list' }, a.pledges.map((p) => h('li', {},
      h('span', { class: 'grow' }, `${p.sponsor}：${p.what} (${p.delivered}/${p.quantity}) `,
        p.fulfilled ? badge(t('fulfil'), 'ok') : null),
      p.fulfilled ? null : h('button', { class: 'secondary', onclick: (e) => act((fill) =>
        post(`${path}/fulfil-pledge`, { pledge_id: p.pledge_id, quantity: 1 }, fill.key()), redraw, e.currentTarget) },
      t('fulfil_one'))))),
    commandForm('pledge', redraw, (v, fill) => post(`${path}/pledges`, {
      pledge_id: fill.id('p'), sponsor: v.sponsor, what: v.what, quantity: Number(v.quantity || 1),
    }, fill.key()), field('sponsor', { name: 'sponsor', required: true, maxlength: 200 }),
    field('what', { name: 'what', required: true, maxlength: 500 }),
    field('quantity', { name: 'quantity', type: 'number', min: 1, value: 1 }),
    h('button', {}, t('record_pledge'))));
}

// A form moving the activity to another time, pre-filled with the times the
// roster shows on the activity's clock; sent with the roster's version.
function rescheduleForm(a, path, redraw) {
  const zone = zoneOr(a.time_zone);
  return commandForm('reschedule', redraw, (v, fill) => post(`${path}/reschedule`, {
    starts_at_us: localToRfc3339(v.starts, zone), ends_at_us: localToRfc3339(v.ends, zone),
  }, fill.key(), a.version),
  field('starts', { name: 'starts', type: 'datetime-local', required: true, value: rfc3339ToLocal(a.starts_at, zone) }),
  field('ends', { name: 'ends', type: 'datetime-local', required: true, value: rfc3339ToLocal(a.ends_at, zone) }),
  zoneLabel(zone) ? h('span', { class: 'meta', 'data-zone': zone }, t('times_in_zone', { zone })) : null,
  h('button', { class: 'secondary' }, t('reschedule')));
}

function actionSection(a, path, redraw) {
  if (a.status === 'cancelled' || a.status === 'completed') return null;
  return section(t('manage'),
    h('div', { class: 'row' },
      a.status === 'planned' || a.status === 'closed'
        ? h('button', { onclick: (e) => act((fill) => post(`${path}/open-recruitment`, {}, fill.key()), redraw,
          e.currentTarget) },
          t('open_recruitment'))
        : h('button', { class: 'secondary',
          onclick: (e) => act((fill) => post(`${path}/close-recruitment`, {}, fill.key()), redraw, e.currentTarget) },
        t('close_recruitment')),
      h('button', { class: 'secondary', onclick: (e) => sure(t('confirm_complete', { title: a.title }))
        && act((fill) => post(`${path}/complete`, {}, fill.key(), a.version), redraw, e.currentTarget) },
      t('complete'))),
    commandForm('cancel', redraw, (v, fill) => (sure(t('confirm_cancel', { title: a.title }))
      ? post(`${path}/cancel`, { reason: v.reason, weather: v.weather }, fill.key(), a.version)
      : Promise.reject(new Error(t('not_done')))),
    field('reason', { name: 'reason', required: true, maxlength: 500 }),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'weather' }), t('weather')),
    h('button', { class: 'danger' }, t('cancel_activity'))),
    rescheduleForm(a, path, redraw),
    detailsForm(a, path, redraw));
}

// The roster at `path` once it shows stream version `atLeast` or a later
// one. The roster view applies a write a moment after the write is
// answered, so after a 412 that named the stream's current version the
// roster is read again, a few times at most, until it shows that version;
// then it is shown as it is.
async function rosterAt(path, atLeast = 0) {
  let a = await get(`${path}/roster`);
  for (let tries = 0; a.version < atLeast && tries < 10; ++tries) {
    await new Promise((resolve) => { setTimeout(resolve, 200); });
    a = await get(`${path}/roster`);
  }
  return a;
}

// The roster of activity `id` with its actions. After a refusal of one of
// its writes (`refusal`, an ApiError) it is fetched afresh, at least at the
// version a 412 named, and every form is filled again from it.
export async function rosterView(main, me, id, refusal = null) {
  const path = `/v1/activities/${encodeURIComponent(id)}`;
  const a = await rosterAt(path, Number(refusal?.details?.actual) || 0);
  const redraw = (error = null) => rosterView(main, me, id, error);
  const names = await childNames(me);
  show(main,
    h('section', { class: 'card', 'data-activity': a.activity_id },
      h('h2', {}, a.title, ' ', badge(nameOf(a.status), a.status)),
      h('p', { class: 'meta' },
        `${nameOf(a.kind)} · ${period(a.starts_at, a.ends_at, a.time_zone)} · ${a.place}`),
      a.status === 'cancelled'
        ? h('p', { class: 'warn' }, t('cancelled_because', { reason: a.cancel_reason }),
          a.weather ? ` (${t('weather')})` : '') : null,
      downloadLink('download_csv', `${path}/roster?format=csv`, `roster-${a.activity_id}.csv`)),
    slotSection(a, me, path, redraw),
    groupSection(a, path, redraw),
    childrenSection(a, names, path, redraw),
    pledgeSection(a, path, redraw),
    librarySection(a, me, path, redraw, names),
    checkInSection(a, me, path, redraw),
    reflectionsSection(a),
    actionSection(a, path, redraw));
}

// The day's check-in: its code, for the coordinator to read out on the
// spot, and, until one serves today (on the activity's clock), a button that
// opens it with a code the server draws. Opening it again would draw a new
// code and void the one read out. Check-in opens at most 12 hours before the
// activity begins (the server's rule); until then, a line saying so.
const checkInLeadMs = 12 * 3600 * 1000;
function checkInSection(a, me, path, redraw) {
  if (a.status === 'cancelled' || a.status === 'completed') return null;
  if (Date.parse(a.starts_at) - checkInLeadMs > Date.now()) {
    return section(t('check_in'), h('p', { class: 'meta', 'data-check-in': 'later' }, t('check_in_later')));
  }
  // None opens once the activity has ended; a code opened the evening
  // before serves on the day until the end (the server's rule).
  const ended = Date.parse(a.ends_at) < Date.now();
  const day = a.check_in?.day;
  const serves = day === today(0, a.time_zone) || (day === today(-1, a.time_zone) && !ended);
  const openToday = serves || ended;
  return section(t('check_in'),
    a.check_in ? h('p', { class: 'code', 'data-check-in': a.check_in.day },
      t('todays_code', { day: a.check_in.day, code: a.check_in.code })) : null,
    openToday ? null : h('button', { class: 'secondary', onclick: (e) => act((fill) => post(`${path}/open-check-in`,
      { opened_by: me.name || me.account_id }, fill.key()), redraw, e.currentTarget) },
    t('open_check_in')));
}

// A library build's caring families (each one's hours to confirm once it
// has begun), books on the shelf and each child's city friend (masked for
// volunteers), children named from `names` (enrolment.js); for its
// coordinator, forms to record donated books (a restock, 图书补充, clears
// the build's restock reminder) and to pair an enrolled child with a city
// friend (结对城里朋友). Nothing for other activities.
function librarySection(a, me, path, redraw, names) {
  if (!a.families) return null;
  const hours = hoursOnRoster(a, me, path, redraw);
  const staff = names.size > 0 && a.status !== 'cancelled';
  const books = staff ? commandForm('donate-books', redraw, (v, fill) => post(`${path}/books`, {
    donor: v.donor, category: v.category, count: Number(v.count), restock: v.restock,
  }, fill.key()),
  field('donor', { name: 'donor', required: true, maxlength: 200 }),
  field('book_category', { name: 'category', maxlength: 100 }),
  field('book_count', { name: 'count', type: 'number', required: true, min: 1, max: 100000, value: 1 }),
  h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'restock' }), t('restock')),
  h('button', { class: 'secondary' }, t('record_books'))) : null;
  const unpaired = a.children.filter((c) => !a.paired_friends.some((p) => p.child_id === c));
  const friend = staff && unpaired.length ? commandForm('pair-friend', redraw, (v, fill) => post(`${path}/friends`,
    { child_id: v.child_id, friend_name: v.friend_name }, fill.key()),
  choice('child', 'child_id', unpaired.map((c) => [c, names.get(c) ?? c])),
  field('friend_name', { name: 'friend_name', required: true, maxlength: 100 }),
  h('button', { class: 'secondary' }, t('pair_friend'))) : null;
  return section(t('library'),
    h('ul', { class: 'facts' },
      h('li', { 'data-books': a.books_on_shelf }, t('books_on_shelf', { n: a.books_on_shelf })),
      h('li', {}, `${t('families')}：`, a.families.length ? a.families.map((f) => f.name || f.volunteer_id).join('、') : t('nothing')),
      a.paired_friends.map((p) => h('li', { 'data-friend': p.child_id }, `${names.get(p.child_id) ?? p.child_id} · ${p.friend_name}`))),
    hours && a.families.length ? h('ol', { class: 'list holders' }, a.families.map((f) =>
      h('li', { 'data-volunteer': f.volunteer_id }, h('span', { class: 'grow' }, f.name || f.volunteer_id), hours(f))))
      : null,
    books, friend);
}
