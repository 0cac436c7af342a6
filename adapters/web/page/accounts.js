// The admin's accounts tab: every account with its role, unit or volunteer
// and standing; an account made here shows its token once, since only its
// hash is kept; a revoked token stops at once; an auditor's account may be
// granted children's personal fields, or have the grant withdrawn, each with
// the reason on record.

import { get, post } from './api.js';
import { nameOf, t } from './i18n.js';
import { act, badge, choice, field, h, reasonButton, section, show, values } from './ui.js';

const roles = ['coordinator', 'volunteer', 'counselor', 'auditor', 'admin'];

// What the admin may do to account `a`, each asking why.
function actions(a, redraw) {
  if (a.revoked) return null;
  const path = `/v1/accounts/${encodeURIComponent(a.account_id)}`;
  const send = (action) => (reason, fill) => post(`${path}/${action}`, { reason }, fill.key());
  return [
    reasonButton('revoke_account', 'revoke_why', a.name, send('revoke'), redraw),
    a.role !== 'auditor' ? null : ' ',
    a.role !== 'auditor' ? null : a.personal_data
      ? reasonButton('withdraw_grant', 'withdraw_grant_why', a.name, send('withdraw-personal-data'), redraw)
      : reasonButton('grant_personal_data', 'grant_why', a.name, send('grant-personal-data'), redraw),
  ];
}

// The form that makes an account: a coordinator acts for a unit (and those
// under it), a volunteer or counselor is one registered volunteer.
function createForm(units, volunteers, redraw) {
  const form = h('form', { class: 'inline-form', 'data-form': 'create-account' },
    field('name', { name: 'name', required: true, maxlength: 100 }),
    choice('role', 'role', roles.map((r) => [r, nameOf(r)])),
    choice('unit', 'unit_id', [['', '—'], ...units.map((u) => [u.unit_id, u.name])]),
    choice('volunteer_of', 'volunteer_id', [['', '—'], ...volunteers.map((v) => [v.volunteer_id, v.name])]),
    h('button', {}, t('create_account')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    let issued = null;
    act(async (fill) => {
      const made = await post('/v1/accounts', {
        account_id: fill.id('acct'), name: v.name, role: v.role,
        ...(v.unit_id ? { unit_id: v.unit_id } : {}), ...(v.volunteer_id ? { volunteer_id: v.volunteer_id } : {}),
      }, fill.key());
      issued = { name: v.name, token: made.token };
    }, () => redraw(issued), form);
  });
  return form;
}

// The accounts view; `issued` ({name, token}) is a token just made, shown once.
export async function accountsView(main, me, _arg, issued = null) {
  const [accounts, units, volunteers] = await Promise.all([get('/v1/accounts'), get('/v1/units'),
    get('/v1/volunteers')]);
  const unitName = new Map(units.map((u) => [u.unit_id, u.name]));
  const volunteerName = new Map(volunteers.map((v) => [v.volunteer_id, v.name]));
  const redraw = (made = null) => accountsView(main, me, _arg, made?.token ? made : null);
  show(main,
    issued ? section(t('token_issued', { name: issued.name }),
      h('p', { class: 'warn' }, t('token_once')), h('code', { class: 'secret', 'data-token': '' }, issued.token)) : null,
    section(t('accounts'), h('div', { class: 'scroll' }, h('table', { class: 'accounts' },
      h('thead', {}, h('tr', {}, h('th', {}, t('name')), h('th', {}, t('role')), h('th', {}, t('unit')),
        h('th', {}, t('volunteer_of')), h('th', {}, ''))),
      h('tbody', {}, accounts.map((a) => h('tr', { 'data-account': a.account_id, class: a.revoked ? 'revoked' : '' },
        h('th', { scope: 'row' }, a.name, a.revoked ? [' ', badge(t('revoked'), 'overdue')] : null,
          a.personal_data ? [' ', badge(t('granted'), 'waiting')] : null),
        h('td', {}, nameOf(a.role)),
        h('td', {}, a.unit_id ? unitName.get(a.unit_id) ?? a.unit_id : ''),
        h('td', {}, a.volunteer_id ? volunteerName.get(a.volunteer_id) ?? a.volunteer_id : ''),
        h('td', { class: 'actions' }, me.role === 'admin' ? actions(a, redraw) : null))))))),
    me.role === 'admin'
      ? h('details', { class: 'card' }, h('summary', {}, h('h2', {}, t('create_account'))),
        createForm(units, volunteers, redraw))
      : null);
}
