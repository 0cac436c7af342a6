// A year's working calendar (节假日安排): the weekdays that are public
// holidays and the weekend days worked in their place (调休), as the State
// Council's yearly notice sets them. The reminders count the 10 working days
// for confirming hours by it, and the monthly report the days a station owes
// its 2 hours. Coordinators read it; an admin declares it, a later
// declaration replacing the year's earlier one.

import { get, post } from './api.js';
import { language, t } from './i18n.js';
import { act, field, h, section, show, values } from './ui.js';
import { today } from './zone.js';

// The declaration of `year`, or null when none was declared (404).
async function declared(year) {
  try {
    return await get(`/v1/holidays/${year}`);
  } catch (e) {
    if (e.status === 404) return null;
    throw e;
  }
}

// The dates typed in `text`: one a line, or separated by spaces, commas or 、.
function datesIn(text) {
  return text.split(/[\s,，、;；]+/).map((d) => d.trim()).filter(Boolean);
}

// "2027-10-01 周五": a date with its weekday in the page's language.
export function withWeekday(date) {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return `${date} ${new Intl.DateTimeFormat(language(), { weekday: 'short', timeZone: 'UTC' }).format(at)}`;
}

function dayList(kind, days) {
  return h('div', { 'data-days': kind }, h('h3', {}, t(kind)),
    days.length
      ? h('ul', { class: 'list' }, days.map((d) => h('li', { 'data-day': d }, withWeekday(d))))
      : h('p', { class: 'meta' }, t('nothing')));
}

function dateArea(name, days) {
  return h('label', { class: 'field' }, h('span', {}, t(name)),
    h('textarea', { name, rows: 5 }, days.join('\n')));
}

// The admin's form declaring (or replacing) the calendar of `year`, filled
// with `shown`, the declaration in force (null when none).
function declareForm(year, shown, redraw) {
  const form = h('form', { class: 'grid-form', 'data-form': 'declare-holidays' },
    dateArea('days_off', shown?.days_off ?? []),
    dateArea('workdays', shown?.workdays ?? []),
    h('div', { class: 'wide' }, field('source', { name: 'source', maxlength: 200, value: shown?.source ?? '' })),
    h('p', { class: 'meta wide' }, t('dates_hint')),
    h('button', { type: 'submit' }, t('save')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    act((fill) => post('/v1/holidays', {
      year, days_off: datesIn(v.days_off), workdays: datesIn(v.workdays), source: v.source,
    }, fill.key()), redraw, form);
  });
  return form;
}

// The holidays view; `arg` may name a year ("2027"), this year by default.
export async function holidaysView(main, me, arg) {
  const year = /^\d{4}$/.test(arg ?? '') ? arg : today().slice(0, 4);
  const shown = await declared(year);
  const redraw = () => holidaysView(main, me, year);
  const picker = h('form', { class: 'inline-form', 'data-form': 'year' },
    field('year', { name: 'year', type: 'number', min: 2000, max: 2199, value: year, required: true }),
    h('button', { class: 'secondary' }, t('show')));
  picker.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/holidays/${picker.elements.year.value}`;
  });
  show(main,
    section(t('holidays_of', { year }), picker, shown
      ? [dayList('days_off', shown.days_off), dayList('workdays', shown.workdays),
        h('p', { class: 'meta', 'data-source': '' }, t('source_is', { source: shown.source || '—' }))]
      : h('p', { class: 'not-declared' }, t('not_declared'))),
    me.role === 'admin' ? section(t('declare_holidays'), declareForm(year, shown, redraw)) : null);
}
