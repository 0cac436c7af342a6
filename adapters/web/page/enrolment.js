// The children on an activity's roster, by name for a coordinator, who puts
// a child of their units on it (留守儿童 on the trip, at the library build)
// and takes one off with the reason. A trip takes a child only with the
// guardian's consent to trips, recorded from the child's card on the care
// board; the server says so when it is missing.

import { get, post } from './api.js';
import { t } from './i18n.js';
import { act, commandForm, field, h, reasonButton, section } from './ui.js';

// The children this account may read on the care board, by id; none for
// those who may not (the board is for coordinators).
export async function childNames(me) {
  if (me.role !== 'coordinator' && me.role !== 'admin') return new Map();
  const board = await get('/v1/care-board');
  return new Map(board.children.map((c) => [c.child_id, c.name]));
}

// The children section of activity `a` (at API `path`), with `names` from
// childNames: by name, and the forms, when there are any.
export function childrenSection(a, names, path, redraw) {
  const count = ` (${a.children.length}/${a.children_capacity})`;
  if (names.size === 0) {
    return section(t('children'), h('p', {}, a.children.length ? a.children.join('、') : t('nothing'), count));
  }
  const live = a.status !== 'cancelled' && a.status !== 'completed';
  const enrol = h('form', { class: 'inline-form', 'data-form': 'enroll' },
    h('label', { class: 'field' }, h('span', {}, t('enroll_child')),
      h('select', { name: 'child_id', required: true },
        h('option', { value: '' }, t('choose_child')),
        [...names].filter(([id]) => !a.children.includes(id))
          .map(([id, name]) => h('option', { value: id }, name)))),
    h('button', { class: 'secondary' }, t('enroll_child')));
  enrol.addEventListener('submit', (e) => {
    e.preventDefault();
    act((fill) => post(`${path}/enroll`, { child_id: enrol.elements.child_id.value }, fill.key()), redraw, enrol);
  });
  const aid = a.status === 'cancelled' || a.children.length === 0 ? null : aidForm(a, names, path, redraw);
  return section(`${t('children')}${count}`,
    a.children.length === 0 ? h('p', {}, t('nothing')) : h('ul', { class: 'list' }, a.children.map((id) =>
      h('li', { 'data-enrolled': id }, `${names.get(id) ?? id} `,
        live ? reasonButton('unenroll', 'unenroll_reason', names.get(id) ?? id, (reason, fill) =>
          post(`${path}/unenroll`, { child_id: id, reason }, fill.key()), redraw) : null))),
    live && a.children.length < a.children_capacity ? enrol : null,
    aid);
}

// The form that records aid given to an enrolled child of `a` (发放物资: a
// school bag from a sponsor), which their card then lists.
function aidForm(a, names, path, redraw) {
  return commandForm('aid', redraw, (v, fill) => post(`${path}/aid`, {
    child_id: v.child_id, donor: v.donor, what: v.what, quantity: Number(v.quantity || 1),
  }, fill.key()),
  h('label', { class: 'field' }, h('span', {}, t('child')),
    h('select', { name: 'child_id', required: true },
      a.children.map((id) => h('option', { value: id }, names.get(id) ?? id)))),
  field('donor', { name: 'donor', required: true, maxlength: 100 }),
  field('aid_what', { name: 'what', required: true, maxlength: 200 }),
  field('quantity', { name: 'quantity', type: 'number', min: 1, max: 100000, value: 1, required: true }),
  h('button', { class: 'secondary' }, t('give_aid')));
}
