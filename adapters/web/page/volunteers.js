// The volunteers of a coordinator's units: who they are (a party member or
// cadre pairs children, 结对帮扶), how many children each cares for, and
// whether their criminal-record check still counts (未成年人保护法 Art. 62:
// at the start and every year), with the form to record a check, what may
// be done to their standing and their details, and their sign-ins to the
// page (sign_ins.js); the form registering a new volunteer; and those who
// left, whose personal data an admin erases at their request (个人信息删除).

import { get, post } from './api.js';
import { nameOf, t } from './i18n.js';
import { act, badge, choice, commandForm, field, formButton, h, reasonButton, section, show, values } from './ui.js';
import { erasureButton } from './erasure.js';
import { proofButton } from './service_record.js';
import { signInCell, signInsByVolunteer } from './sign_ins.js';
import { correctDetailsButton, detailFields, detailsFrom } from './volunteer_details.js';
import { today, unitList } from './zone.js';

// The state of a volunteer's check on `on`: none, lapsed, lapsing within 30
// days, or good until its last day.
function checkState(v, on) {
  if (!v.vetted_until) return badge(t('no_check'), 'overdue');
  if (v.vetted_until < on) return badge(t('check_lapsed', { day: v.vetted_until }), 'overdue');
  if (v.vetted_until <= today(30)) return badge(t('check_until', { day: v.vetted_until }), 'due');
  return badge(t('check_until', { day: v.vetted_until }), 'ok');
}

// A button opening the form that records a check of `v` done today by the
// office named (the police station that issued the record).
function checkButton(v, redraw) {
  return formButton('record_check', () => commandForm('vet', redraw,
    (f, fill) => post(`/v1/volunteers/${encodeURIComponent(v.volunteer_id)}/vet`,
      { checked_on: f.checked_on, checked_by: f.checked_by }, fill.key()),
    field('checked_on', { name: 'checked_on', type: 'date', required: true, value: today(), max: today() }),
    field('checked_by', { name: 'checked_by', required: true, maxlength: 200 }),
    h('button', {}, t('record_check'))));
}

// Moves volunteer `v` to another of `units`, with the reason: their record,
// roles and places stay.
function transferButton(v, units, redraw) {
  const others = units.filter((u) => !u.closed && u.unit_id !== v.unit_id);
  if (others.length === 0) return null;
  return formButton('transfer_volunteer', () => commandForm('transfer-volunteer', redraw,
    (f, fill) => post(`/v1/volunteers/${encodeURIComponent(v.volunteer_id)}/transfer`,
      { unit_id: f.unit_id, reason: f.reason }, fill.key()),
    choice('to_unit', 'unit_id', others.map((u) => [u.unit_id, u.name])),
    field('reason', { name: 'reason', required: true, maxlength: 500 }),
    h('button', {}, t('transfer_volunteer'))));
}

// The form registering a volunteer in one of `units`.
function registerForm(units, redraw) {
  const form = h('form', { class: 'grid-form', 'data-form': 'register-volunteer' },
    detailFields(null, choice('unit', 'unit_id', units.filter((u) => !u.closed).map((u) => [u.unit_id, u.name]))),
    h('button', {}, t('register_volunteer')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    act((fill) => post('/v1/volunteers', {
      volunteer_id: fill.id('v'), unit_id: v.unit_id, details: detailsFrom(v),
    }, fill.key()), redraw, form);
  });
  return form;
}

// For an admin (`me`), erasing volunteer `v`'s personal data at their
// request: they leave, and their name and contact details can not be read
// again.
function eraseButton(v, me, redraw) {
  if (me.role !== 'admin' || v.erased) return null;
  return erasureButton('volunteer', { word: 'erase_volunteer', warning: 'erase_volunteer_warning',
    reason: 'erase_volunteer_reason', question: 'erase_volunteer_sure' }, v.name,
  `/v1/volunteers/${encodeURIComponent(v.volunteer_id)}/erase`, redraw);
}

// What a coordinator may do to volunteer `v`'s standing, each asking why:
// suspend them (they take no new place and count as no adult in a group) or
// reinstate them, record that they left, move them to another unit, and
// correct their details; print their proof of service; and, for an admin,
// erase their personal data.
function standing(v, units, redraw, me) {
  const path = `/v1/volunteers/${encodeURIComponent(v.volunteer_id)}`;
  const send = (action) => (reason, fill) => post(`${path}/${action}`, { reason }, fill.key());
  return [
    v.suspended
      ? reasonButton('reinstate', 'reinstate_why', v.name, send('reinstate'), redraw)
      : reasonButton('suspend', 'suspend_why', v.name, send('suspend'), redraw),
    ' ',
    reasonButton('volunteer_leaves', 'leave_why', v.name, send('leave'), redraw),
    ' ',
    transferButton(v, units, redraw),
    ' ',
    correctDetailsButton(v.volunteer_id, redraw),
    ' ',
    proofButton(v.volunteer_id),
    ' ',
    eraseButton(v, me, redraw),
  ];
}

// Those of `left` (the volunteers who left) in the units of `names`: their
// unit, and whether their personal data was erased (an admin may erase it,
// and the list stays open after: `open`).
function leftSection(left, names, me, open, redraw) {
  const mine = left.filter((v) => names.has(v.unit_id));
  if (mine.length === 0) return null;
  return h('details', { class: 'card', 'data-list': 'volunteers-left', open },
    h('summary', {}, h('h2', {}, t('volunteers_left', { n: mine.length }))),
    h('div', { class: 'scroll' }, h('table', { class: 'volunteers-left' },
      h('thead', {}, h('tr', {}, h('th', {}, t('name')), h('th', {}, t('unit')), h('th', {}, ''))),
      h('tbody', {}, mine.map((v) => h('tr', { 'data-volunteer': v.volunteer_id },
        h('th', { scope: 'row' }, v.erased ? badge(t('volunteer_erased')) : v.name),
        h('td', {}, names.get(v.unit_id)),
        h('td', { class: 'actions' }, eraseButton(v, me, redraw))))))));
}

// The volunteers view: those of the units this account reads, and those who
// left (`leftOpen`: that list shown open).
export async function volunteersView(main, me, _arg = '', leftOpen = false) {
  const [all, left, units, signIns] = await Promise.all([get('/v1/volunteers'),
    get('/v1/volunteers', { left: 'true' }), unitList(), signInsByVolunteer()]);
  const names = new Map(units.map((u) => [u.unit_id, u.name]));
  const mine = all.filter((v) => names.has(v.unit_id)).sort((x, y) => x.name.localeCompare(y.name, 'zh-CN'));
  const redraw = () => volunteersView(main, me, _arg);
  const on = today();
  show(main,
    section(t('volunteers'), mine.length === 0 ? h('p', {}, t('nothing')) : h('div', { class: 'scroll' },
      h('table', { class: 'volunteers' },
        h('thead', {}, h('tr', {}, h('th', {}, t('name')), h('th', {}, t('unit')),
          h('th', { class: 'num' }, t('children_cared')), h('th', {}, t('criminal_check')),
          h('th', {}, t('service_standing')), h('th', {}, t('sign_ins')))),
        h('tbody', {}, mine.map((v) => h('tr', { 'data-volunteer': v.volunteer_id },
          h('th', { scope: 'row' }, v.name, v.party_member ? [' ', badge(nameOf('party_member'))] : null,
            v.suspended ? [' ', badge(t('suspended_badge'), 'overdue')] : null),
          h('td', {}, names.get(v.unit_id)),
          h('td', { class: 'num' }, String(v.roles + v.help_pairs)),
          h('td', { class: 'check-cell' }, checkState(v, on), ' ', checkButton(v, redraw)),
          h('td', { class: 'actions' }, standing(v, units, redraw, me)),
          signInCell(v, signIns.get(v.volunteer_id) ?? [], redraw))))))),
    units.some((u) => !u.closed)
      ? h('details', { class: 'card' }, h('summary', {}, h('h2', {}, t('register_volunteer'))), registerForm(units, redraw))
      : null,
    leftSection(left, names, me, leftOpen, () => volunteersView(main, me, _arg, true)));
}
