// A counselor's tab (心理辅导): the counseling activities they hold a place
// in, soonest first, each with the children enrolled by name, the sessions recorded
// (with their confidential notes, which the server shows to counselors
// only), a form to record a session and one to ask for a follow-up, which
// stands on the counselor's reminders until a session held with the child
// in a later counseling activity answers it.

import { get, post } from './api.js';
import { nameOf, t } from './i18n.js';
import { badge, choice, commandForm, field, h, section, show, soonestFirst } from './ui.js';
import { period, today } from './zone.js';
import { volunteerTabs } from './volunteer.js';

const outcomes = ['held', 'cancelled', 'no_show'];

// The sessions recorded for one activity, in the order they were recorded;
// `names` maps a child's id to their name.
function sessionList(sessions, names) {
  if (!sessions.length) return h('p', { class: 'meta' }, t('no_sessions'));
  return h('ol', { class: 'list sessions' }, sessions.map((s, i) => h('li', { 'data-session': i },
    badge(nameOf(s.outcome), s.outcome === 'held' ? 'ok' : ''), ' ',
    s.group ? badge(t('group_session')) : null, ' ',
    h('span', {}, s.children.length ? s.children.map((c) => names.get(c) || c).join('、') : t('no_children_named')),
    s.confidential_notes ? h('p', { class: 'notes' }, s.confidential_notes) : null)));
}

// The children enrolled (`children`: child_id and name), each a box to tick
// for a session.
function childBoxes(children) {
  return h('fieldset', { class: 'children-pick' }, h('legend', {}, t('children')),
    children.map((c) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: `child:${c.child_id}`, 'data-child': c.child_id }), c.name || c.child_id)));
}

// The ticked children of a session form's values.
function ticked(v) {
  return Object.keys(v).filter((k) => k.startsWith('child:') && v[k]).map((k) => k.slice(6));
}

// Records a session of `a` by counselor `me`: outcome, one child or a group,
// the children it saw, and notes for counselors only.
function sessionForm(a, children, me, path, redraw) {
  return commandForm('session', redraw, (v, fill) => post(`${path}/sessions`, {
    counselor_id: me.volunteer_id, outcome: v.outcome, group: v.group,
    children: ticked(v), confidential_notes: v.notes,
  }, fill.key()),
  choice('session_outcome', 'outcome', outcomes.map((o) => [o, nameOf(o)])),
  h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'group' }), t('group_session')),
  children.length ? childBoxes(children) : null,
  h('label', { class: 'field' }, h('span', {}, t('confidential_notes')),
    h('textarea', { name: 'notes', rows: 3, maxlength: 4000 })),
  h('button', {}, t('record_session')));
}

// Asks for a follow-up visit to one enrolled child of `a`, due on a coming
// day of the activity's unit.
function followUpForm(a, children, me, path, redraw) {
  if (!children.length) return null;
  const first = today(1, a.time_zone);
  return commandForm('follow-up', redraw, (v, fill) => post(`${path}/follow-ups`, {
    child_id: v.child_id, counselor_id: me.volunteer_id, due: v.due,
  }, fill.key()),
  choice('child', 'child_id', children.map((c) => [c.child_id, c.name || c.child_id])),
  field('follow_up_due', { name: 'due', type: 'date', min: today(0, a.time_zone), value: first, required: true }),
  h('button', { class: 'secondary' }, t('request_follow_up')));
}

// One counseling activity: when and where, then its sessions and forms;
// `children` are those enrolled, with their names.
function activityPart(a, children, sessions, me, redraw) {
  const names = new Map(children.map((c) => [c.child_id, c.name]));
  const path = `/v1/activities/${encodeURIComponent(a.activity_id)}`;
  const live = a.status !== 'cancelled';
  return h('section', { class: 'card', 'data-activity': a.activity_id },
    h('h2', {}, a.title, ' ', badge(nameOf(a.status), a.status)),
    h('p', { class: 'meta' }, `${period(a.starts_at, a.ends_at, a.time_zone)} · ${a.place}`),
    h('h3', {}, t('counseling_sessions')),
    sessionList(sessions, names),
    // A session is recorded once it was held, not ahead of the day.
    live && Date.parse(a.starts_at) <= Date.now() ? sessionForm(a, children, me, path, redraw)
      : h('p', { class: 'meta', 'data-session-form': 'later' }, t('session_later')),
    live ? followUpForm(a, children, me, path, redraw) : null);
}

// The counselor's counseling activities, from their schedule.
async function counseling(main, me) {
  const s = await get(`/v1/volunteers/${encodeURIComponent(me.volunteer_id)}/schedule`);
  const mine = soonestFirst([...s.upcoming, ...s.past]
    .filter((a) => a.kind === 'counseling' && !a.waiting));
  const redraw = () => counseling(main, me);
  const parts = await Promise.all(mine.map(async (a) => {
    const path = `/v1/activities/${encodeURIComponent(a.activity_id)}`;
    const [enrolled, sessions] = await Promise.all([get(`${path}/children`), get(`${path}/sessions`)]);
    return activityPart(a, enrolled.children, sessions, me, redraw);
  }));
  show(main, ...(parts.length ? parts : [section(t('counseling_work'), h('p', {}, t('no_counseling')))]));
}

// A counselor's tabs: a volunteer's, with their counseling after the schedule.
export const counselorTabs = [...volunteerTabs.slice(0, 2), ['counseling', 'counseling_work', counseling],
  ...volunteerTabs.slice(2)];
