// What an auditor looks back at: the event history with filters (stream,
// type, actor, days), any view replayed as it stood at the end of a day, the
// result of walking the log's hash chain, who read a child's personal data
// (access_reads.js), and the monthly report with the year's assessment
// (report.js), which auditors produce.

import { get, getDocument } from './api.js';
import { nameOf, t } from './i18n.js';
import { attempt, badge, choice, currentView, field, h, section, show, values } from './ui.js';
import { today, when } from './zone.js';
import { accountsView } from './accounts.js';
import { readsView } from './access_reads.js';
import { reportView } from './report.js';

function eventRow(e) {
  return h('tr', { 'data-position': e.position },
    h('td', { class: 'num' }, e.position), h('td', {}, when(e.recorded_at)), h('td', {}, e.type),
    h('td', {}, e.stream_id.split('/').slice(1).join('/')), h('td', {}, e.actor),
    h('td', {}, h('details', {}, h('summary', {}, '…'), h('pre', {}, JSON.stringify(e.event, null, 1)))));
}

async function history(main) {
  const rows = h('tbody');
  const more = h('button', { class: 'secondary', hidden: true }, t('more'));
  const form = h('form', { class: 'grid-form', id: 'history-filter' },
    field('stream', { name: 'stream', placeholder: 'activity/trip-childrens-day' }),
    field('type', { name: 'type', placeholder: 'activity.cancelled' }),
    field('actor', { name: 'actor' }),
    field('from_day', { name: 'since', type: 'date' }),
    field('to_day', { name: 'until', type: 'date' }),
    h('button', {}, t('filter')));
  const view = currentView();
  let filter = {};
  let next = 1;
  let scan = 0;  // counts the filters asked for: a newer one ends an older scan
  let loading = false;
  // A page of matches; a narrow filter may need several scans of the log
  // (each looks at 1,000 events), so it keeps asking until it found some. It
  // stops when the person left the view or asked for another filter, and a
  // second "more" while one loads is ignored: it would ask from the same
  // position and list the same events twice.
  const page = async (fresh) => {
    if (!fresh && loading) return;
    const mine = fresh ? ++scan : scan;
    if (fresh) {
      filter = values(form);
      next = 1;
    }
    loading = true;
    try {
      let doc;
      let found = 0;
      do {
        doc = await getDocument('/v1/events', { ...filter, from: next, limit: 100 });
        if (mine !== scan || view !== currentView()) return;
        if (fresh && found === 0) show(rows);
        rows.append(...doc.data.map(eventRow));
        found += doc.data.length;
        next = doc.next;
      } while (found === 0 && next <= doc.head);
      more.hidden = next > doc.head;
    } finally {
      if (mine === scan) loading = false;
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    attempt(() => page(true), form);
  });
  more.addEventListener('click', () => attempt(() => page(false), more));
  show(main, section(t('history'), form, h('div', { class: 'scroll' }, h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, [t('position'), t('when'), t('type'), t('stream'), t('actor'), ''].map((x) =>
      h('th', {}, x)))), rows)), more));
  await page(true);
}

// A replayed roster in words; any other view as its JSON. `replay` is
// {projection, position, as_of, view}.
function replayed(name, replay) {
  const data = replay.view;
  const heading = h('p', { class: 'meta' }, `${t('as_of')} ${when(replay.as_of)} · ${t('position')} ${replay.position}`);
  if (name === 'roster' && data?.slots) {
    return h('div', { class: 'replayed', 'data-status': data.status }, heading,
      h('h3', {}, data.title, ' ', badge(nameOf(data.status), data.status)),
      h('p', { class: 'meta' }, `${when(data.starts_at, data.time_zone)} · ${data.place}`),
      h('ul', { class: 'list' }, data.slots.map((s) => h('li', {},
        `${s.role}: ${s.holders.map((p) => p.name || p.volunteer_id).join('、') || '—'}`,
        s.waitlist.length ? ` · ${t('waitlist')}: ${s.waitlist.map((p) => p.name || p.volunteer_id).join('、')}` : ''))),
      h('details', {}, h('summary', {}, 'JSON'), h('pre', {}, JSON.stringify(data, null, 1))));
  }
  return h('div', { class: 'replayed' }, heading, h('pre', {}, JSON.stringify(data, null, 1)));
}

async function replay(main) {
  const out = h('div');
  const form = h('form', { class: 'grid-form', id: 'replay' },
    choice('view', 'name', ['roster', 'care', 'reminders', 'archive', 'report', 'accounts', 'volunteers',
      'stations', 'assessment', 'sponsors', 'school-actions', 'service-records'].map((v) => [v, v])),
    field('as_of', { name: 'as_of', type: 'date', required: true, value: today(-1) }),
    field('subject', { name: 'id', placeholder: 'trip-childrens-day' }),
    h('button', {}, t('show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    attempt(async () => {
      const data = await get(`/v1/replay/${encodeURIComponent(v.name)}`, { as_of: v.as_of, id: v.id });
      show(out, replayed(v.name, data));
    }, form);
  });
  show(main, section(t('replay'), form, out));
}

async function verify(main) {
  const out = h('div', { id: 'verify-result' });
  const run = async () => {
    const r = await get('/v1/audit/verify');
    show(out, h('p', { class: r.ok ? 'ok' : 'warn' }, r.ok ? t('chain_ok', { n: r.count })
      : t('chain_broken', { at: r.bad_position, problem: r.problem })),
    h('p', { class: 'meta' }, `head ${r.head_position} · ${r.head_hash}`));
  };
  // Walking the chain reads the whole log: only when asked.
  show(main, section(t('verify'), h('button', { onclick: (e) => attempt(run, e.currentTarget) }, t('verify_run')),
    out));
}

// The auditor's tabs: [id, word, view].
export const auditorTabs = [
  ['history', 'history', history],
  ['replay', 'replay', replay],
  ['verify', 'verify', verify],
  ['reads', 'access_reads', readsView],
  ['report', 'report', reportView],
  ['accounts', 'accounts', accountsView],
];
