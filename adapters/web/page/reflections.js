// Reflections (活动心得): once an activity is over, each volunteer who took
// part writes about it for the team, from their schedule; writing again
// replaces what they wrote. They read the others' there too, and the
// coordinator reads them all on the roster.
// The server takes one only after the activity's end, never for one called
// off, and only from someone who took part (a place held, not recorded
// absent or a no-show).

import { get, post } from './api.js';
import { t } from './i18n.js';
import { commandForm, formButton, h, section } from './ui.js';

// The reflection of schedule entry `s` for volunteer `volunteerId`: what
// they wrote, the button that opens the form to write it (or write it
// again, starting from it), and the one that shows what the others who took
// part wrote. Null before `s` has ended, for a place they were
// still waiting for, or for an activity called off.
export function reflectionOnSchedule(s, volunteerId, redraw) {
  if (Date.parse(s.ends_at) > Date.now() || s.waiting || s.status === 'cancelled') return null;
  const write = formButton(s.reflection ? 'rewrite_reflection' : 'write_reflection', () =>
    commandForm('reflection', redraw,
      (v, fill) => post(`/v1/activities/${encodeURIComponent(s.activity_id)}/reflections`,
        { volunteer_id: volunteerId, text: v.text }, fill.key()),
      h('label', { class: 'field wide' }, h('span', {}, t('reflection')),
        h('textarea', { name: 'text', rows: 4, required: true, maxlength: 3000 }, s.reflection ?? '')),
      h('button', {}, t('post_reflection'))));
  // What the others who took part wrote, read from the roster when asked.
  const team = formButton('team_reflections', async () => {
    const roster = await get(`/v1/activities/${encodeURIComponent(s.activity_id)}/roster`);
    const others = (roster.reflections ?? []).filter((r) => r.volunteer_id !== volunteerId);
    return others.length ? reflectionList(others) : h('p', { class: 'meta' }, t('nothing'));
  });
  return h('div', { class: 'reflection' },
    s.reflection ? h('p', { class: 'quote', 'data-reflection': s.activity_id }, s.reflection) : null,
    write, ' ', team);
}

// Reflections `list` ({volunteer_id, name, text}), each under its writer's name.
function reflectionList(list) {
  return h('ul', { class: 'list reflections' }, list.map((r) =>
    h('li', { 'data-reflection': r.volunteer_id },
      h('strong', {}, r.name || r.volunteer_id), h('p', { class: 'quote' }, r.text))));
}

// The reflections on activity `a`'s roster, each under its writer's name;
// null while there are none.
export function reflectionsSection(a) {
  if (!a.reflections?.length) return null;
  return section(t('reflections'), reflectionList(a.reflections));
}
