// The page's entry: sign-in with a token, the tabs each role may use, and a
// small router over the location's hash ("#/tab/argument").

import { get, setToken, token } from './api.js';
import { explain, language, nameOf, setLanguage, t } from './i18n.js';
import { currentView, h, nextView, say, show, sure, whenSignedOut } from './ui.js';
import { volunteerTabs } from './volunteer.js';
import { counselorTabs } from './counseling.js';
import { adminTabs, coordinatorTabs } from './coordinator.js';
import { auditorTabs } from './auditor.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
let me = null;

function tabsFor(role) {
  if (role === 'volunteer') return volunteerTabs;
  if (role === 'counselor') return counselorTabs;
  if (role === 'auditor') return auditorTabs;
  if (role === 'admin') return adminTabs;
  return coordinatorTabs;
}

// The sign-in form, with `problem` (why the last token was not taken) said.
// "Stay signed in" starts unticked: a shared tablet keeps the token for this
// tab only unless someone chooses otherwise.
function signInForm(problem = '') {
  nextView();
  const form = h('form', { class: 'card sign-in', id: 'sign-in' },
    h('h2', {}, t('sign_in')),
    h('label', { class: 'field' }, h('span', {}, t('token')),
      h('input', { name: 'token', type: 'password', autocomplete: 'current-password', required: true,
        placeholder: 'hw_…' })),
    h('p', { class: 'meta' }, t('token_hint')),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'keep' }), t('keep_signed_in')),
    problem ? h('p', { class: 'warn', role: 'alert' }, problem) : null,
    h('button', {}, t('sign_in')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    setToken(form.elements.token.value.trim(), form.elements.keep.checked);
    start();
  });
  nav.hidden = true;
  document.getElementById('sign-out').hidden = true;
  document.getElementById('who').textContent = '';
  show(main, form);
}

function drawNav() {
  const [current] = location.hash.replace(/^#\/?/, '').split('/');
  show(nav, tabsFor(me.role).filter(([, word]) => word).map(([id, word]) =>
    h('a', { href: `#/${id}`, class: id === current ? 'active' : '', 'data-tab': id }, t(word))));
  nav.hidden = false;
}

// Shows the view the hash names (the role's first tab by default).
async function route() {
  if (!me) return;
  // A slow view that answers after the person moved on does not draw over
  // the view they moved to.
  const current = nextView();
  const tabs = tabsFor(me.role);
  const [id, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  const tab = tabs.find(([name]) => name === id) ?? tabs[0];
  drawNav();
  show(main, h('p', { class: 'meta' }, t('loading')));
  // Each view draws into its own element, shown only while still current.
  const view = h('div');
  try {
    await tab[2](view, me, rest.map(decodeURIComponent).join('/'));
    if (current === currentView()) show(main, view);
  } catch (e) {
    if (current !== currentView()) return;
    if (e.status === 401) {
      signOut(e);
      return;
    }
    show(main, h('p', { class: 'warn', role: 'alert' }, explain(e)));
  }
}

// Forgets the token the server no longer takes and asks for one, saying why.
function signOut(error) {
  setToken('');
  me = null;
  signInForm(explain(error));
}

// A sign-in link (…/#token=hw_…, as a coordinator sends it to a volunteer)
// signs in on this device, kept (it was sent to the volunteer's own phone);
// on a device already signed in as someone else it asks first. Either way
// the token leaves the address bar and this tab's history at once.
function signInFromLink() {
  const link = location.hash.match(/^#token=(hw_[0-9a-f]{64})$/);
  if (!link) return;
  history.replaceState(null, '', location.pathname + location.search);
  if (token() && token() !== link[1] && !sure(t('switch_sign_in'))) return;
  setToken(link[1], true);
}

async function start() {
  signInFromLink();
  if (!token()) {
    signInForm();
    return;
  }
  try {
    me = await get('/v1/me');
  } catch (e) {
    me = null;
    if (e.status === 401) setToken('');
    signInForm(explain(e));
    return;
  }
  document.getElementById('who').textContent = `${me.name} · ${nameOf(me.role)}`;
  document.getElementById('sign-out').hidden = false;
  route();
}

function drawLanguage() {
  document.documentElement.lang = language();
  document.getElementById('lang').textContent = language() === 'en' ? '中文' : 'English';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
}

document.getElementById('lang').addEventListener('click', () => {
  setLanguage(language() === 'en' ? 'zh-CN' : 'en');
  drawLanguage();
  if (me) {
    document.getElementById('who').textContent = `${me.name} · ${nameOf(me.role)}`;
    route();
  } else {
    signInForm();
  }
});
document.getElementById('sign-out').addEventListener('click', () => {
  setToken('');
  me = null;
  location.hash = '';
  signInForm();
});
// A sign-in link opened in a tab already showing the page arrives as a hash change.
window.addEventListener('hashchange', () => (location.hash.startsWith('#token=') ? start() : route()));
whenSignedOut(signOut);
// Tells too_old.js that this browser runs the page.
window.homewardStarted = true;
window.addEventListener('unhandledrejection', (e) => say(e.reason?.message ?? String(e.reason), true));
drawLanguage();
start();
