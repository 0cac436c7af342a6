// Sponsors (爱心单位) over a year on the report view: each one's pledges to
// the year's activities, what was delivered of each and whether in full, with
// the spreadsheet for the county office's thanks and accounts. Folded, and
// read only once opened.

import { get } from './api.js';
import { nameOf, t } from './i18n.js';
import { downloadLink } from './downloads.js';
import { badge, h } from './ui.js';
import { foldedRead } from './folded_read.js';
import { when } from './zone.js';

// The table of sponsor list `s` (GET /v1/sponsors): a sponsor's first pledge
// names them, their later ones follow under it.
function sponsorTable(s) {
  if (s.sponsors.length === 0) return h('p', {}, t('nothing'));
  return h('div', { class: 'scroll' }, h('table', { class: 'figures sponsors' },
    h('thead', {}, h('tr', {}, h('th', {}, t('sponsor_unit')), h('th', {}, t('activity_col')), h('th', {}, t('pledged_what')),
      h('th', { class: 'num' }, t('delivered_of')), h('th', {}, ''))),
    h('tbody', {}, s.sponsors.flatMap((sp) => sp.pledges.map((p, i) => h('tr', { 'data-sponsor': sp.sponsor },
      i === 0 ? h('th', { scope: 'row', rowspan: sp.pledges.length }, sp.sponsor,
        h('div', { class: 'meta' }, t('pledges_fulfilled', { n: sp.fulfilled, of: sp.pledged }))) : null,
      h('td', {}, p.title, h('div', { class: 'meta' }, when(p.starts_at, p.time_zone),
        p.status === 'cancelled' ? [' ', badge(nameOf('cancelled'), 'overdue')] : null)),
      h('td', {}, p.what),
      h('td', { class: 'num' }, `${p.delivered}/${p.quantity}`),
      h('td', {}, p.fulfilled ? badge(t('fulfilled'), 'ok') : badge(t('not_fulfilled'), 'due'))))))));
}

// The folded section of the sponsors of `year` ("YYYY"), with a choice of
// the year before and after (a trip's pledges come in the year before it).
export function sponsorsSection(year) {
  const years = [1, 0, -1, -2].map((d) => String(Number(year) + d));
  const pick = h('select', { name: 'year', 'aria-label': t('year') },
    years.map((y) => h('option', { value: y, selected: y === year }, y)));
  const { part, reload } = foldedRead({ 'data-sponsors': '' }, t('sponsors'), async () => {
    const chosen = pick.value;
    return [sponsorTable(await get('/v1/sponsors', { year: chosen })), h('p', { class: 'row downloads' },
      downloadLink('download_csv', `/v1/sponsors?format=csv&year=${chosen}`, `sponsors-${chosen}.csv`))];
  }, h('label', { class: 'field' }, h('span', {}, t('year')), pick));
  pick.addEventListener('change', reload);
  return part;
}
