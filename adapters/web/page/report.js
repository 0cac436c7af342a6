// The monthly report of a unit and the units under it (every unit for the
// county office): the figures per unit, reports submitted late, short
// station openings and stations' weekends and holidays, and two charts drawn in the page: volunteer hours over
// the last six months, and children reached and contacts by unit. A member
// unit's coordinator submits the unit's own report of a month it owes here.
// Below, the assessment of the month's year (assessment.js).

import { get, post } from './api.js';
import { nameOf, t } from './i18n.js';
import { barChart } from './charts.js';
import { downloadLink } from './downloads.js';
import { act, badge, choice, field, h, section, show, values } from './ui.js';
import { today } from './zone.js';
import { withWeekday } from './holidays.js';
import { assessmentSection, figure } from './assessment.js';
import { schoolActionsSection } from './school_actions.js';
import { sponsorsSection } from './sponsors.js';

const colours = ['#2f7d5b', '#d9822b', '#3a6ea5'];

// "YYYY-MM" of `month` shifted by `delta` months.
function shiftMonth(month, delta) {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

// Each station's weekends and holidays of the month (全天开放 for the children
// who need it): how many, on how many it opened, and on how many all day.
function restDaysTable(report) {
  const keys = ['rest_days', 'days_open', 'days_open_all_day'];
  if (!report.rest_day_openings.length) return h('p', {}, t('nothing'));
  return h('div', { class: 'scroll' }, h('table', { class: 'figures rest-days' },
    h('thead', {}, h('tr', {}, h('th', {}, t('station')), keys.map((k) => h('th', { class: 'num' }, t(k))))),
    h('tbody', {}, report.rest_day_openings.map((r) => h('tr', { 'data-station': r.station_id },
      h('th', { scope: 'row' }, r.name), keys.map((k) => h('td', { class: 'num' }, String(r[k]))))))));
}

// Each working day a station of the month was open less than its minimum
// (0 minutes: not at all), by station and day.
function shortTable(report) {
  if (!report.short_openings.length) return h('p', {}, t('nothing'));
  return h('div', { class: 'scroll' }, h('table', { class: 'figures short-openings' },
    h('thead', {}, h('tr', {}, h('th', {}, t('station')), h('th', {}, t('day')), h('th', { class: 'num' }, t('minutes')))),
    h('tbody', {}, report.short_openings.map((o) => h('tr', { 'data-station': o.station_id, 'data-day': o.day },
      h('th', { scope: 'row' }, o.name), h('td', {}, withWeekday(o.day)), h('td', { class: 'num' }, String(o.minutes)))))));
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

// The form a member unit's coordinator submits the unit's own report of
// `month` with (每月30号之前上报): its figures as the report counts them,
// which they may correct, and a narrative. Only for a month begun that the
// unit owes and has not reported yet.
function submitForm(row, month, unitId, redraw) {
  if (!row || !row.owes || (row.report !== 'missing' && row.report !== 'not_due')) return null;
  if (month > today().slice(0, 7)) return null;
  const number = (name, label, value) =>
    field(label, { name, type: 'number', min: 0, step: 1, value: Math.round(value), required: true });
  const form = h('form', { class: 'grid-form', 'data-form': 'submit-report' },
    number('activities', 'activities_held', row.activities_held),
    number('children_reached', 'children_reached', row.children_reached),
    number('volunteer_hours', 'volunteer_hours', row.volunteer_hours),
    h('label', { class: 'field wide' }, h('span', {}, t('narrative')),
      h('textarea', { name: 'narrative', maxlength: 5000, rows: 3 })),
    h('button', {}, t('submit_report')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    act((fill) => post(`/v1/units/${encodeURIComponent(unitId)}/reports`, {
      month, narrative: v.narrative, activities: Number(v.activities),
      children_reached: Number(v.children_reached), volunteer_hours: Number(v.volunteer_hours),
    }, fill.key()), redraw, form);
  });
  return section(t('submit_report'), form);
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
  // A member unit's coordinator reports their own unit's month from here.
  const own = me.unit_id && units.find((u) => u.unit_id === me.unit_id)?.parent_id
    ? report.units.find((u) => u.unit_id === me.unit_id) : null;
  show(main,
    section(`${t('report')} · ${units.find((u) => u.unit_id === root)?.name ?? root} · ${month}`, picker,
      figuresTable(report),
      h('p', { class: 'row downloads' },
        downloadLink('download_csv', `${path}?format=csv&month=${month}`, `report-${root}-${month}.csv`),
        // The national volunteer system takes these rows; auditors do not read them.
        me.role === 'auditor' ? null
          : downloadLink('download_service_records', '/v1/service-records?format=csv', 'service-records.csv'))),
    submitForm(own, month, me.unit_id, () => reportView(main, me, month)),
    section(t('hours_by_month'), barChart(t('hours_by_month'), months,
      [{ name: t('volunteer_hours'), values: reports.map((r) => r.total.volunteer_hours), colour: colours[0] }])),
    section(t('reach_by_unit'), barChart(t('reach_by_unit'), report.units.map((u) => u.name), [
      { name: t('children_reached'), values: report.units.map((u) => u.children_reached), colour: colours[1] },
      { name: t('contacts_made'), values: report.units.map((u) => u.contacts_made), colour: colours[2] }])),
    section(t('late_reports'), report.late_reports.length
      ? h('ul', { class: 'list' }, report.late_reports.map((l) => h('li', {}, l.name, ' ', badge(nameOf(l.report), 'overdue'))))
      : h('p', {}, t('nothing'))),
    section(t('short_openings'), shortTable(report)),
    section(t('rest_day_openings'), restDaysTable(report)),
    schoolActionsSection(root),
    assessmentSection(root, month.slice(0, 4)),
    sponsorsSection(month.slice(0, 4)));
}
