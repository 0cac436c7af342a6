// A school's six actions this term (六个一) on the report view: per unit, the
// flag ceremonies (升旗仪式) held and their days, the class meetings (主题班会)
// and forums (座谈会), and of its children how many wrote to their parents
// (亲情书信), whose parents had a call (电话) and whose archive card (档案卡)
// is approved, each short of all marked; folded, and read only once opened.

import { get } from './api.js';
import { t } from './i18n.js';
import { badge, h } from './ui.js';
import { foldedRead } from './folded_read.js';

// "n/m" of a per-child action, marked when it reached fewer than all.
function reached(n, of) {
  return h('td', { class: `num${n < of ? ' short' : ''}` }, `${n}/${of}`);
}

// The table of checklist `c` (GET /v1/units/{id}/school-actions).
function checklist(c) {
  return h('div', { class: 'scroll' }, h('table', { class: 'figures school-actions' },
    h('thead', {}, h('tr', {}, h('th', {}, t('unit')), h('th', {}, t('flag_ceremonies')),
      h('th', { class: 'num' }, t('class_meetings')), h('th', { class: 'num' }, t('forums')),
      h('th', { class: 'num' }, t('letters_written')), h('th', { class: 'num' }, t('parents_called')),
      h('th', { class: 'num' }, t('cards_approved')), h('th', {}, ''))),
    h('tbody', {}, c.units.map((u) => h('tr', { 'data-school': u.unit_id },
      h('th', { scope: 'row' }, u.name),
      h('td', { class: u.flag_ceremonies.length ? '' : 'short' }, u.flag_ceremonies.join('、') || '—'),
      h('td', { class: `num${u.class_meetings ? '' : ' short'}` }, String(u.class_meetings)),
      h('td', { class: `num${u.forums ? '' : ' short'}` }, String(u.forums)),
      reached(u.letters, u.children), reached(u.calls, u.children), reached(u.cards, u.children),
      h('td', {}, u.done ? badge(t('all_six_done'), 'ok') : badge(t('not_yet_done'), 'due')))))));
}

// The folded section of unit `unitId`'s six actions in the present term.
export function schoolActionsSection(unitId) {
  return foldedRead({ 'data-school-actions': unitId }, t('school_actions'), async () => {
    const c = await get(`/v1/units/${encodeURIComponent(unitId)}/school-actions`);
    return [h('p', { class: 'meta' }, t('term_days', { from: c.from, to: c.to })), checklist(c)];
  }).part;
}
