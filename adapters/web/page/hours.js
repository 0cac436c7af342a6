// Service hours (服务时长) on the page: the coordinator confirms each
// person's hours on the roster; a volunteer who finds them wrong asks for a
// correction from their schedule, with the hours and why; the coordinator
// accepts it, or refuses it saying why, on the roster. Hours are those
// actually given (record rules, Art. 7), so none before an activity begins.

import { post } from './api.js';
import { t } from './i18n.js';
import { act, badge, commandForm, formButton, h, reasonButton } from './ui.js';

const inHours = (minutes) => (minutes / 60).toFixed(1);

// The hours confirmed, and a correction waiting for a decision, of `p` (a
// roster holder or a schedule entry).
function standing(p) {
  return [
    badge(t('hours_confirmed', { hours: inHours(p.confirmed_minutes) }), 'ok'),
    p.correction ? h('span', { class: 'meta correction' }, ' ',
      t('correction_pending', { hours: inHours(p.correction.minutes), reason: p.correction.reason })) : null,
  ];
}

// What shows the hours of a person `p` (a holder or a family) of activity
// `a` on its roster: once confirmed, how many, and a correction they asked
// for with the buttons that decide it; else the form its coordinator
// confirms them with, minutes left empty counting from check-in to
// check-out (10 working days after the activity, by the record rules'
// deadline). Null before `a` has begun, or once it is cancelled.
export function hoursOnRoster(a, me, path, redraw) {
  if (Date.parse(a.starts_at) > Date.now() || a.status === 'cancelled') return null;
  const by = me.name || me.account_id;
  return (p) => {
    if (p.confirmed_minutes !== undefined) {
      if (!p.correction) return h('span', {}, ...standing(p));
      const decide = (accept, reason = '') => (fill) => post(`${path}/decide-hours-correction`,
        { volunteer_id: p.volunteer_id, accept, decided_by: by, reason }, fill.key());
      return h('span', { class: 'decide-correction' }, ...standing(p), ' ',
        h('button', { type: 'button', class: 'secondary', onclick: (e) => act(decide(true), redraw, e.currentTarget) },
          t('accept_correction')),
        reasonButton('refuse_correction', 'refuse_correction_why', p.name || p.volunteer_id,
          (reason, fill) => decide(false, reason)(fill), redraw));
    }
    return commandForm('confirm-hours', redraw, (v, fill) => post(`${path}/confirm-hours`, {
      volunteer_id: p.volunteer_id, confirmed_by: by,
      ...(v.minutes ? { minutes: Number(v.minutes) } : {}),
    }, fill.key()),
    h('input', { name: 'minutes', type: 'number', min: 0, max: 1440, placeholder: t('minutes'), 'aria-label': t('minutes') }),
    h('button', { class: 'secondary' }, t('confirm_hours')));
  };
}

// The hours of schedule entry `s` for volunteer `volunteerId`: once
// confirmed, how many, and the form that asks for a correction (the hours
// and why) until one is waiting. Null while none are confirmed.
export function hoursOnSchedule(s, volunteerId, redraw) {
  if (s.confirmed_minutes === undefined) return null;
  if (s.correction) return h('div', { class: 'hours' }, ...standing(s));
  const ask = formButton('ask_correction', () => commandForm('hours-correction', redraw,
    (v, fill) => post(`/v1/activities/${encodeURIComponent(s.activity_id)}/hours-corrections`,
      { volunteer_id: volunteerId, minutes: Number(v.minutes), reason: v.reason }, fill.key()),
    h('input', { name: 'minutes', type: 'number', min: 0, max: 1440, required: true,
      value: s.confirmed_minutes, 'aria-label': t('minutes') }),
    h('input', { name: 'reason', required: true, maxlength: 500, placeholder: t('correction_reason'),
      'aria-label': t('correction_reason') }),
    h('button', {}, t('ask_correction'))));
  return h('div', { class: 'hours' }, ...standing(s), ' ', ask);
}
