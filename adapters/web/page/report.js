// The monthly report of a unit and the units under it (every unit for the
// county office): the figures per unit, reports submitted late, short
// station openings, and two charts drawn in the page: volunteer hours over
// the last six months, and children reached and contacts by unit.

import { get } from './api.js';
import { nameOf, t } from './i18n.js';
import { barChart } from './charts.js';
import { badge, choice, h, section, show } from './ui.js';
import { today } from './zone.js';

const colours = ['#2f7d5b', '#d9822b', '#3a6ea5'];

// "YYYY-MM" of `month` shifted by `delta` months.
function shiftMonth(month, delta) {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

// A count as it is, hours to one decimal.
function figure(v) {
  return Number.isInteger(v) ? String(v) : Number(v).toFixed(1);
}

function figuresTable(report) {
  const keys = ['activities_held', 'children_reached', 'volunteer_hours', 'contacts_made'];
  return h('div', { class: 'scroll' }, h('table', { class: 'figures' },
    h('thead', {}, h('tr', {}, h('th', {}, t('unit')), keys.map((k) => h('th', { class: 'num' }, t(k))), h('th', {}, t('report_state')))),
    h('tbody', {}, report.units.map((u) => h('tr', { 'data-unit': u.unit_id },
      h('th', { scope: 'row' }, u.name), keys.map((k) => h('td', { class: 'num' }, figure(u[k]))),
      h('td', {}, badge(nameOf(u.report), u.report))))),
    h('tfoot', {}, h('tr', {}, h('th', {}, 'Σ'), keys.map((k) => h('td', { class: 'num' }, figure(report.total[k]))),
      h('td')))));
}

// The report view; `arg` may name a month ("2026-11").
export async function reportView(main, me, arg) {
  const units = await get('/v1/units');
  const root = me.unit_id || units.find((u) => !u.parent_id)?.unit_id;
  if (!root) {
    show(main, section(t('report'), h('p', {}, t('nothing'))));
    return;
  }
  const month = /^\d{4}-\d{2}$/.test(arg ?? '') ? arg : today().slice(0, 7);
  const months = [5, 4, 3, 2, 1, 0].map((n) => shiftMonth(month, -n));
  const path = `/v1/units/${encodeURIComponent(root)}/report`;
  const reports = await Promise.all(months.map((m) => get(path, { month: m })));
  const report = reports[reports.length - 1];
  const picker = choice('month', 'month',
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => shiftMonth(today().slice(0, 7), -n)).map((m) => [m, m]), month);
  picker.querySelector('select').addEventListener('change', (e) => { location.hash = `#/report/${e.target.value}`; });
  show(main,
    section(`${t('report')} · ${units.find((u) => u.unit_id === root)?.name ?? root} · ${month}`, picker,
      figuresTable(report)),
    section(t('hours_by_month'), barChart(t('hours_by_month'), months,
      [{ name: t('volunteer_hours'), values: reports.map((r) => r.total.volunteer_hours), colour: colours[0] }])),
    section(t('reach_by_unit'), barChart(t('reach_by_unit'), report.units.map((u) => u.name), [
      { name: t('children_reached'), values: report.units.map((u) => u.children_reached), colour: colours[1] },
      { name: t('contacts_made'), values: report.units.map((u) => u.contacts_made), colour: colours[2] }])),
    section(t('late_reports'), report.late_reports.length
      ? h('ul', { class: 'list' }, report.late_reports.map((l) => h('li', {}, l.name, ' ', badge(nameOf(l.report), 'overdue'))))
      : h('p', {}, t('nothing'))),
    section(t('short_openings'), report.short_openings.length
      ? h('ul', { class: 'list' }, report.short_openings.map((o) => h('li', {},
        Object.values(o).join(' · '))))
      : h('p', {}, t('nothing'))));
}
