// A coordinator's sign-ins for the volunteers of their units: a volunteer
// gets an account of their own, whose token is shown once, with a link that
// signs them in on their phone (sent over WeChat, say); a lost phone's
// sign-ins are revoked, with the reason on record.

import { get, post } from './api.js';
import { t } from './i18n.js';
import { act, h, reasonButton, say } from './ui.js';

// The accounts this coordinator sees (their volunteers'), by volunteer id,
// only those not revoked.
export async function signInsByVolunteer() {
  const accounts = await get('/v1/accounts');
  const by = new Map();
  for (const a of accounts) {
    if (a.revoked || a.role !== 'volunteer') continue;  // an admin reads every account
    by.set(a.volunteer_id, [...(by.get(a.volunteer_id) ?? []), a]);
  }
  return by;
}

// The link that signs in with `token` on this page's server.
export function signInLink(token) {
  return `${location.origin}${location.pathname}#token=${token}`;
}

// Copies `text` to the clipboard where the page may (a secure context),
// else selects `el` for the person to copy.
async function copy(text, el) {
  try {
    await navigator.clipboard.writeText(text);
    say(t('copied'));
  } catch {
    getSelection().selectAllChildren(el);
  }
}

// What shows a token just made, once: the sign-in link as text (following it
// here would sign this coordinator out and the volunteer in), with a button
// to copy it, and the token itself.
function issuedToken(name, token) {
  const link = signInLink(token);
  const shown = h('code', { class: 'secret', 'data-sign-in-link': '' }, link);
  return h('div', { class: 'issued', 'data-issued': '' },
    h('p', { class: 'warn' }, t('sign_in_issued', { name })), shown,
    h('button', { class: 'secondary', type: 'button', onclick: () => copy(link, shown) }, t('copy_link')),
    h('code', { class: 'secret', 'data-token': '' }, token));
}

// The cell of volunteer `v`'s sign-ins: how many are in use, a button that
// makes one (the cell then shows it once) and one that revokes those in use.
export function signInCell(v, accounts, redraw) {
  const cell = h('td', { class: 'sign-ins', 'data-sign-ins': v.volunteer_id });
  const give = h('button', { class: 'secondary', type: 'button' }, t('give_sign_in'));
  give.addEventListener('click', () => {
    let token = null;
    act(async (fill) => {
      const made = await post('/v1/accounts', {
        account_id: fill.id(v.volunteer_id), name: v.name, role: 'volunteer', volunteer_id: v.volunteer_id,
      }, fill.key());
      token = made.token;
    }, async () => {
      if (!token) return;
      await redraw();
      document.querySelector(`td[data-sign-ins="${CSS.escape(v.volunteer_id)}"]`)?.append(issuedToken(v.name, token));
    }, cell);
  });
  const revoke = accounts.length === 0 ? null : reasonButton('revoke_sign_ins', 'revoke_why', v.name,
    async (reason, fill) => {
      for (const a of accounts) {
        await post(`/v1/accounts/${encodeURIComponent(a.account_id)}/revoke`, { reason }, fill.key(a.account_id));
      }
    }, redraw);
  cell.append(h('span', { class: 'meta' }, t('sign_ins_in_use', { n: accounts.length })), ' ', give,
    revoke ? ' ' : '', revoke ?? '');
  return cell;
}
