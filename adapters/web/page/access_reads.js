// Who read a child's personal data (个人信息访问记录), for an auditor: name
// a child by id (as the history shows it, child/ID; a child who left or was
// erased too) and read every answer that showed their personal fields
// unmasked, oldest first: when, which account in which role, by which route,
// and which fields (never the values). Each was recorded before it was sent
// (docs/privacy.md "Access records"). Nothing here reads a child's data.

import { get } from './api.js';
import { nameOf, t } from './i18n.js';
import { attempt, field, h, section, show } from './ui.js';
import { when } from './zone.js';

// The most records one reading shows (the server's bound).
const limit = 1000;

// The table of `reads` ([{at, account_id, role, route, fields}]).
function readsTable(reads) {
  if (reads.length === 0) return h('p', {}, t('nothing'));
  return h('div', { class: 'scroll' }, h('table', { class: 'figures reads' },
    h('thead', {}, h('tr', {}, ['read_at', 'account', 'role', 'route', 'fields_read'].map((w) => h('th', {}, t(w))))),
    h('tbody', {}, reads.map((r) => h('tr', { 'data-position': r.position },
      h('td', {}, when(r.at)), h('td', {}, r.account_id), h('td', {}, nameOf(r.role)),
      h('td', {}, h('code', {}, r.route)), h('td', {}, r.fields.join('、')))))),
    reads.length === limit ? h('p', { class: 'meta' }, t('reads_first', { n: limit })) : null);
}

// The access records view.
export async function readsView(main) {
  const out = h('div', { id: 'reads-result' });
  const form = h('form', { class: 'inline-form', 'data-form': 'reads' },
    field('child_id', { name: 'child', required: true, maxlength: 100, autocomplete: 'off' }),
    h('button', {}, t('show_reads')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    attempt(async () => {
      show(out, readsTable(await get('/v1/audit/reads', { child: form.elements.child.value.trim(), limit })));
    }, form);
  });
  show(main, section(t('access_reads'), h('p', { class: 'meta' }, t('access_reads_text')), form, out));
}
