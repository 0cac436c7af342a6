// Small DOM helpers shared by every view: element building, forms, and the
// message line that reports success or a refusal. Times are in zone.js.

import { definite, randomId } from './api.js';
import { explain, t } from './i18n.js';
import { today } from './zone.js';

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

// Replaces what `el` shows with `children` (as replaceChildren does, which
// older phones' browsers lack).
export function show(el, ...children) {
  el.textContent = '';
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

// Counts the views drawn, so work for a view the person left can stop.
let views = 0;

// Starts a new view (app.js, on each navigation and at sign-in); returns its number.
export function nextView() {
  views += 1;
  return views;
}

// The number of the view being shown or drawn.
export function currentView() {
  return views;
}

let signedOut = () => {};

// Sets what happens when the server no longer takes the token (401) during
// an action: app.js returns to the sign-in form with `handler(error)`.
export function whenSignedOut(handler) {
  signedOut = handler;
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

// One fill of a form, or the presses of one button, as the server sees them:
// the Idempotency-Key of each of its writes and the ids it creates. They stay
// the same from one try to the next until a try gets a definite answer, so a
// tap repeated after a lost answer is the same request, which the server
// answers with the first one's result instead of recording it again.
class Fill {
  constructor() {
    this.base = randomId();
    this.ids = new Map();
  }

  // The Idempotency-Key of this fill's write `step` ("" when it sends one).
  key(step = '') {
    return step ? `${this.base}-${step}` : this.base;
  }

  // The id with `prefix` this fill creates: the same on every try.
  id(prefix) {
    if (!this.ids.has(prefix)) this.ids.set(prefix, newId(prefix));
    return this.ids.get(prefix);
  }
}

// The fill of each form or button whose last try had no definite answer.
const fills = new WeakMap();

function fillOf(target) {
  if (!target) return new Fill();
  if (!fills.has(target)) fills.set(target, new Fill());
  return fills.get(target);
}

// Runs `action(fill)` with the buttons of `target` (a form, the button
// pressed, or nothing) disabled, so a double tap sends once. `fill` is the
// target's Fill: kept after a failure without a definite answer (the
// network, 408, 429, 5xx), renewed after a success or a definite refusal.
// Says the refusal when it fails, or returns to sign-in on a 401. Returns
// the error, or null when it succeeded; with `tell` false a refusal other
// than a 401 is left for the caller to say.
async function holding(action, target, tell = true) {
  const buttons = buttonsOf(target);
  buttons.forEach((b) => { b.disabled = true; });
  try {
    await action(fillOf(target));
    if (target) fills.delete(target);
    return null;
  } catch (e) {
    if (target && definite(e)) fills.delete(target);
    if (e.status === 401) signedOut(e);
    else if (tell) say(explain(e), true);
    return e;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

// Runs `action(fill)` (an async write; `fill` gives its Idempotency-Key and
// ids, see Fill) as holding() does, then runs `after` (usually a redraw),
// and says "saved" once the page shows what was saved; a failure of `after`
// is told apart from the write's. A refusal because the view was out of
// date (409, 412) runs `after(refusal)` too, with the ApiError, so the
// person sees what is there now (a 412 names the stream's current version in
// details.actual, for a redraw to wait for), and is said once it is drawn.
// Returns whether the write succeeded.
export async function act(action, after, target = null) {
  const error = await holding(action, target, false);
  if (error?.status === 401) return false;
  const told = error ? explain(error) : t('done_ok');
  const redraw = error ? (error.status === 409 || error.status === 412) && after : after;
  if (redraw) {
    try {
      await (error ? after(error) : after());
    } catch (e) {
      say(`${told} · ${explain(e)}`, true);
      return !error;
    }
  }
  say(told, Boolean(error));
  return !error;
}

// Runs `action` (a read) as holding() does: only a failure is said.
// Returns whether it succeeded.
export async function attempt(action, target = null) {
  return (await holding(action, target)) === null;
}

// A form named `name` (its data-form) of `fields`, whose submit runs
// `command(values, fill)` as act() does and then `redraw`; `fill` gives the
// command's Idempotency-Key and the ids it creates, the same on each try
// until one gets a definite answer.
export function commandForm(name, redraw, command, ...fields) {
  const form = h('form', { class: 'inline-form', 'data-form': name }, ...fields);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    act((fill) => command(values(form), fill), redraw, form);
  });
  return form;
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
  return `${prefix}-${today().replace(/-/g, '')}-${randomId().slice(0, 6)}`;
}

// `list` (activities, with starts_at, ends_at and status) in the order people
// look for them: those still ahead first, soonest first, then those over
// (ended or completed), the most recent first.
export function soonestFirst(list, now = Date.now()) {
  const start = (a) => Date.parse(a.starts_at);
  const over = (a) => a.status === 'completed' || Date.parse(a.ends_at) <= now;
  return [...list.filter((a) => !over(a)).sort((x, y) => start(x) - start(y)),
    ...list.filter(over).sort((x, y) => start(y) - start(x))];
}

// A button labelled t(`word`) that turns into a form asking t(`question`,
// {who}) (why someone stops or leaves), then sends `send(reason, fill)` as
// act() does and runs `redraw`.
export function reasonButton(word, question, who, send, redraw) {
  return formButton(word, () => {
    const form = h('form', { class: 'inline-form end-form' },
      h('label', { class: 'field' }, h('span', {}, t(question, { who })),
        h('input', { name: 'reason', required: true, maxlength: 500 })),
      h('button', {}, t(word)));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      act((fill) => send(form.elements.reason.value.trim(), fill), redraw, form);
    });
    return form;
  });
}

// A button labelled t(`word`) that turns into the form `make()` builds (or
// the promise of it, for a form filled from a read: a failed read is said
// and the button stays), its first field focused: a form shown only to
// whoever asks for it.
export function formButton(word, make) {
  const button = h('button', { type: 'button', class: 'secondary' }, t(word));
  button.addEventListener('click', async () => {
    button.disabled = true;
    let form;
    try {
      form = await make();
    } catch (error) {
      say(explain(error), true);
      return;
    } finally {
      button.disabled = false;
    }
    button.replaceWith(form);
    form.querySelector('input, select, textarea')?.focus();
  });
  return button;
}
