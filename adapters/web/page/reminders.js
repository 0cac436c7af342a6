// The reminders list both volunteers and coordinators read: each with its
// kind, subject, person, due day and state; overdue ones stand out.

import { get } from './api.js';
import { nameOf, t } from './i18n.js';
import { badge, h } from './ui.js';

// The reminders matching `query` (the API's for/from/to/overdue) in one of
// `states` as a list.
export async function reminderList(query, states = ['upcoming', 'due', 'overdue']) {
  const list = await get('/v1/reminders', query);
  const open = list.filter((r) => states.includes(r.state));
  if (open.length === 0) return h('p', {}, t('nothing'));
  return h('ul', { class: 'list reminders' }, open.map((r) =>
    h('li', { class: r.state, 'data-reminder': r.id },
      badge(nameOf(r.state), r.state), ' ', h('strong', {}, nameOf(r.kind)), ' ', r.subject,
      h('div', { class: 'meta' }, `${r.due} · ${r.for}`))));
}
