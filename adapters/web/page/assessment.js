// The year's assessment (年度考核) on the report view: for the county office
// (or a unit's coordinator, over their units), each unit's work over the
// year, its monthly reports on time, late and missing, its activity stations
// open at the year's end (new this year) and the working days they opened short, with its CSV
// download for the county leadership. Folded until
// opened: it is read from the server only then, and a failure to read it is
// said without taking the monthly report with it.

import { get } from './api.js';
import { t } from './i18n.js';
import { downloadLink } from './downloads.js';
import { h } from './ui.js';
import { foldedRead } from './folded_read.js';

const keys = ['activities_held', 'children_reached', 'volunteer_hours', 'contacts_made',
  'reports_on_time', 'reports_late', 'reports_missing', 'stations', 'stations_new', 'short_opening_days'];

// A count as it is, hours to one decimal (the report's figures too).
export const figure = (v) => (Number.isInteger(v) ? String(v) : Number(v).toFixed(1));

// The table of assessment `a` (GET /v1/units/{id}/assessment).
function assessmentTable(a) {
  return h('div', { class: 'scroll' },
    h('table', { class: 'figures assessment' },
      h('thead', {}, h('tr', {}, h('th', {}, t('unit')), keys.map((k) => h('th', { class: 'num' }, t(k))))),
      h('tbody', {}, a.units.map((u) => h('tr', { 'data-assessed': u.unit_id },
        h('th', { scope: 'row' }, u.name), keys.map((k) => h('td', { class: 'num', 'data-field': k }, figure(u[k])))))),
      h('tfoot', {}, h('tr', {}, h('th', {}, 'Σ'),
        keys.map((k) => h('td', { class: 'num' }, figure(a.total[k])))))));
}

// The folded section of unit `unitId`'s assessment of `year` ("YYYY").
export function assessmentSection(unitId, year) {
  const path = `/v1/units/${encodeURIComponent(unitId)}/assessment`;
  return foldedRead({ 'data-assessment': year }, `${t('assessment')} · ${year}`, async () => [
    assessmentTable(await get(path, { year })),
    h('p', { class: 'row downloads' },
      downloadLink('download_csv', `${path}?format=csv&year=${year}`, `assessment-${unitId}-${year}.csv`))]).part;
}
