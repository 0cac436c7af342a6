// A volunteer's service record (志愿服务记录): each activity with confirmed
// hours and the total, over a period, with its rows for the national
// volunteer system as a CSV download, and a proof of service (志愿服务证明)
// to print and stamp, as the record rules ask an organization to give a
// volunteer on request. The volunteer finds it under their schedule; a
// coordinator prints a volunteer's proof from the volunteers list.

import { get } from './api.js';
import { nameOf, t } from './i18n.js';
import { downloadLink } from './downloads.js';
import { attempt, field, h, values } from './ui.js';
import { foldedRead } from './folded_read.js';
import { homeZone, unitList } from './zone.js';

// "2027-04-15" of an instant, in Beijing time, as the national system counts days.
const dayOf = (rfc3339) => new Date(rfc3339).toLocaleDateString('sv-SE', { timeZone: homeZone });

// The record's table: activity, unit, day, hours; the total in its foot.
function recordTable(r) {
  return h('div', { class: 'scroll' }, h('table', { class: 'figures service-record' },
    h('thead', {}, h('tr', {}, h('th', {}, t('service_project')), h('th', {}, t('unit')),
      h('th', {}, t('service_day')), h('th', { class: 'num' }, t('hours_served')))),
    h('tbody', {}, r.records.map((x) => h('tr', { 'data-served': x.activity_id },
      h('th', { scope: 'row' }, x.title), h('td', {}, x.unit), h('td', {}, dayOf(x.starts_at)),
      h('td', { class: 'num' }, x.hours)))),
    h('tfoot', {}, h('tr', {}, h('th', { colspan: 3 }, t('total_hours')),
      h('td', { class: 'num', 'data-total': '' }, r.total_hours)))));
}

// The proof of record `r`, issued by `issuer` (the volunteer's unit's name):
// who, over which days, how many activities and hours, each listed, and
// where the issuing unit stamps it.
export function proofOf(r, issuer) {
  const days = r.records.map((x) => dayOf(x.starts_at)).sort();
  const from = r.from ?? days[0] ?? r.issued_on;
  const to = r.to ?? days[days.length - 1] ?? r.issued_on;
  const who = [r.name, r.sex !== 'unspecified' ? nameOf(r.sex) : '', r.id_number].filter(Boolean);
  return h('article', { class: 'proof', 'data-proof': r.volunteer_id },
    h('h1', {}, t('proof_title')),
    h('p', {}, t('proof_text', { who: who.join('，'), from, to, n: r.records.length, hours: r.total_hours })),
    recordTable(r),
    h('p', { class: 'proof-issuer' }, t('proof_issuer', { unit: issuer })),
    h('p', { class: 'proof-issuer' }, t('proof_issued_on', { day: r.issued_on })));
}

// Prints the proof of `r`: the page shows only it while the print dialog is open.
export async function printProof(r) {
  const units = await unitList();
  const issuer = units.find((u) => u.unit_id === r.unit_id)?.name ?? r.unit_id;
  document.querySelector('article.proof')?.remove();
  const proof = proofOf(r, issuer);
  document.body.append(proof);
  document.body.classList.add('printing');
  const done = () => {
    document.body.classList.remove('printing');
    proof.remove();
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}

// The path of volunteer `id`'s record, over `period` ({from, to}, either empty).
function recordPath(id, period, csv = false) {
  const query = new URLSearchParams(Object.entries(period).filter(([, v]) => v));
  if (csv) {
    query.set('format', 'csv');
    query.set('volunteer', id);
    return `/v1/service-records?${query}`;
  }
  const rest = query.toString();
  return `/v1/volunteers/${encodeURIComponent(id)}/service-record${rest ? `?${rest}` : ''}`;
}

// The folded section of volunteer `id`'s record, read once opened: a period
// to choose, the table, its CSV download and the button printing its proof.
export function serviceRecordSection(id) {
  const period = h('form', { class: 'inline-form', 'data-form': 'service-period' },
    field('from_day', { name: 'from', type: 'date' }), field('to_day', { name: 'to', type: 'date' }),
    h('button', { class: 'secondary' }, t('filter')));
  const { part, reload } = foldedRead({ 'data-service-record': id }, t('service_record'), async () => {
    const chosen = values(period);
    const r = await get(recordPath(id, chosen));
    return [r.records.length ? recordTable(r) : h('p', {}, t('nothing')),
      h('p', { class: 'row downloads' },
        downloadLink('download_csv', recordPath(id, chosen, true), `service-records-${id}.csv`), ' ',
        h('button', { class: 'secondary', type: 'button', onclick: () => printProof(r) }, t('print_proof')))];
  }, period);
  period.addEventListener('submit', (e) => {
    e.preventDefault();
    reload();
  });
  return part;
}

// A button printing volunteer `id`'s proof over every activity on record.
export function proofButton(id) {
  const button = h('button', { class: 'secondary', type: 'button', 'data-proof-of': id }, t('print_proof'));
  button.addEventListener('click', () => attempt(async () => printProof(await get(recordPath(id, {}))), button));
  return button;
}
