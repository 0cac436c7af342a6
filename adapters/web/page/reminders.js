// The reminders list both volunteers and coordinators read: each with its
// kind, subject, the person or unit it is for (by name where the reader has
// it), due day and state; overdue ones stand out. A coordinator's tab filters
// them as the API does: of one of their units, for one person or unit, due
// between two days, overdue only; with a download of what it shows.

import { get } from './api.js';
import { nameOf, t } from './i18n.js';
import { downloadLink } from './downloads.js';
import { badge, choice, field, h, section, show, values } from './ui.js';

// The reminders matching `query` (the API's unit/for/from/to/overdue) in one of
// `states` as a list, soonest due first; `names` maps whom each is for to a
// name. With a `limit`, at most that many, and a note when there are more
// (the server sorts and cuts them, so a large organization's list stays small).
export async function reminderList(query, states = ['upcoming', 'due', 'overdue'], names = new Map(), limit = 0) {
  const asked = { ...query, state: states.join(',') };
  if (limit) asked.limit = String(limit + 1);  // one more says whether there are more
  const list = await get('/v1/reminders', asked);
  const shown = limit ? list.slice(0, limit) : list;
  if (shown.length === 0) return h('p', {}, t('nothing'));
  const items = h('ul', { class: 'list reminders' }, shown.map((r) =>
    h('li', { class: r.state, 'data-reminder': r.id },
      badge(nameOf(r.state), r.state), ' ', h('strong', {}, nameOf(r.kind)), ' ', r.subject,
      h('div', { class: 'meta' }, `${r.due} · ${names.get(r.for) ?? r.for}`))));
  if (list.length <= shown.length) return items;
  return h('div', {}, items, h('p', { class: 'meta', 'data-more': 'reminders' }, t('first_only', { n: limit })));
}

// How many reminders a list of the coordinator's tab shows; the filter
// narrows it, the download has every open one.
const kShown = 200;

// The query `filter` gives, without its empty parts.
function queryOf(filter) {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '' && v !== false && v !== undefined));
}

// The coordinator's reminders tab: unfiltered, those due and overdue, then
// those upcoming; filtered, every one still open that matches.
export async function remindersView(main, me, arg, filter = {}) {
  const [volunteers, units] = await Promise.all([get('/v1/volunteers'), get('/v1/units')]);
  const names = new Map([...volunteers.map((v) => [v.volunteer_id, v.name]), ...units.map((u) => [u.unit_id, u.name])]);
  const query = queryOf(filter);
  const form = h('form', { class: 'inline-form', 'data-form': 'reminder-filter' },
    units.length > 1 ? choice('unit', 'unit', [['', t('all_units')], ...units.map((u) => [u.unit_id, u.name])],
      filter.unit ?? '') : null,
    choice('reminder_for', 'for', [['', t('everyone')], ...units.map((u) => [u.unit_id, u.name]),
      ...volunteers.map((v) => [v.volunteer_id, v.name])], filter.for ?? ''),
    field('due_from', { name: 'from', type: 'date', value: filter.from ?? '' }),
    field('due_to', { name: 'to', type: 'date', value: filter.to ?? '' }),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'overdue', checked: Boolean(filter.overdue) }),
      t('overdue_only')),
    h('button', { class: 'secondary' }, t('filter')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    remindersView(main, me, arg, values(form));
  });
  const csv = `/v1/reminders?${new URLSearchParams({ ...query, state: 'upcoming,due,overdue', format: 'csv' })}`;
  const download = downloadLink('download_csv', csv, 'reminders.csv');
  if (Object.keys(query).length) {
    show(main, section(t('reminders'), form, download,
      await reminderList(query, ['upcoming', 'due', 'overdue'], names, kShown)));
    return;
  }
  const [due, upcoming] = await Promise.all([reminderList({}, ['due', 'overdue'], names, kShown),
    reminderList({}, ['upcoming'], names, kShown)]);
  show(main, section(t('due_overdue'), form, download, due), section(t('upcoming'), upcoming));
}
