// Small DOM helpers shared by every view: element building, forms, times in
// the units' zone, and the message line that reports success or a refusal.

import { randomId } from './api.js';
import { explain, language, t } from './i18n.js';

// An element: h('button', {onclick, class: 'x'}, 'text', child...). Attributes
// starting with "on" are listeners; null children are skipped.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// Replaces what `el` shows with `children`.
export function show(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

const zone = 'Asia/Shanghai';

// "2026-12-13T01:00:00Z" as the units' local date and time.
export function when(rfc3339) {
  if (!rfc3339) return '—';
  return new Intl.DateTimeFormat(language(), { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' })
    .format(new Date(rfc3339));
}

// The units' local date today, "YYYY-MM-DD", `days` from now.
export function today(days = 0) {
  const d = new Date(Date.now() + days * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(d);
}

// A datetime-local value ("2026-12-20T09:00") in the units' zone as RFC 3339.
export function localToRfc3339(value) {
  return value ? `${value}:00+08:00` : '';
}

// An RFC 3339 time as a datetime-local value in the units' zone.
export function rfc3339ToLocal(rfc3339) {
  const d = new Date(new Date(rfc3339).getTime() + 8 * 3600000);
  return d.toISOString().slice(0, 16);
}

let toastTimer = 0;

// Asks the person to confirm `question` before something that cannot be undone.
export function sure(question) {
  return window.confirm(question);
}

// Shows `text` in the message line; `bad` marks a refusal.
export function say(text, bad = false) {
  const el = document.getElementById('toast');
  el.textContent = text;
  el.className = bad ? 'toast bad' : 'toast';
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, bad ? 8000 : 3000);
}

// The buttons to hold while `target` (a form, a button or nothing) works.
function buttonsOf(target) {
  if (!target) return [];
  return target.tagName === 'BUTTON' ? [target] : [...target.querySelectorAll('button')];
}

// Runs `action` with the buttons of `target` (a form, the button pressed, or
// nothing) disabled, so a double tap sends once; says the refusal when it
// fails. Returns whether it succeeded.
async function holding(action, target) {
  const buttons = buttonsOf(target);
  buttons.forEach((b) => { b.disabled = true; });
  try {
    await action();
    return true;
  } catch (e) {
    say(explain(e), true);
    return false;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

// Runs `action` (an async write) as holding() does; says "saved", then runs
// `after` (usually a redraw), whose own failure is told apart from the write's.
export async function act(action, after, target = null) {
  if (!(await holding(action, target))) return false;
  say(t('done_ok'));
  if (after) {
    try {
      await after();
    } catch (e) {
      say(`${t('done_ok')} · ${explain(e)}`, true);
    }
  }
  return true;
}

// Runs `action` (a read) as holding() does: only a failure is said.
export async function attempt(action, target = null) {
  await holding(action, target);
}

// A labelled input: field('title', {name, type, value, required}).
export function field(label, attrs = {}) {
  return h('label', { class: 'field' }, h('span', {}, t(label)), h('input', attrs));
}

// A labelled choice among `options` ([value, text] pairs).
export function choice(label, name, options, selected = '') {
  return h('label', { class: 'field' }, h('span', {}, t(label)),
    h('select', { name }, options.map(([v, text]) => h('option', { value: v, selected: v === selected }, text))));
}

// A section with a heading.
export function section(title, ...children) {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children);
}

// A small coloured label.
export function badge(text, kind = '') {
  return h('span', { class: `badge ${kind}` }, text);
}

// The values of `form` as an object (checkboxes as booleans).
export function values(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    out[el.name] = el.type === 'checkbox' ? el.checked : el.value.trim();
  }
  return out;
}

// A short random id with `prefix`, for the things a coordinator creates.
export function newId(prefix) {
  return `${prefix}-${today().replaceAll('-', '')}-${randomId().slice(0, 6)}`;
}
