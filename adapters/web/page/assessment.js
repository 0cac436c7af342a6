// The year's assessment (年度考核) on the report view: for the county office
// (or a unit's coordinator, over their units), each unit's work over the
// year, its monthly reports on time, late and missing, its activity stations
// (new this year) and the working days they opened short.

import { h, section } from './ui.js';
import { t } from './i18n.js';

const keys = ['activities_held', 'children_reached', 'volunteer_hours', 'contacts_made',
  'reports_on_time', 'reports_late', 'reports_missing', 'stations', 'stations_new', 'short_opening_days'];

// A count as it is, hours to one decimal.
const figure = (v) => (Number.isInteger(v) ? String(v) : Number(v).toFixed(1));

// The section showing assessment `a` (GET /v1/units/{id}/assessment).
export function assessmentSection(a) {
  return section(`${t('assessment')} · ${a.year}`, h('div', { class: 'scroll' },
    h('table', { class: 'figures assessment' },
      h('thead', {}, h('tr', {}, h('th', {}, t('unit')), keys.map((k) => h('th', { class: 'num' }, t(k))))),
      h('tbody', {}, a.units.map((u) => h('tr', { 'data-assessed': u.unit_id },
        h('th', { scope: 'row' }, u.name), keys.map((k) => h('td', { class: 'num', 'data-field': k }, figure(u[k])))))),
      h('tfoot', {}, h('tr', {}, h('th', {}, 'Σ'),
        keys.map((k) => h('td', { class: 'num' }, figure(a.total[k]))))))));
}
