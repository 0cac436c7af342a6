// The units tab: the coordinator's units (an admin's: all), each parent
// before those under it, with its time zone; for each, its waiver (特别承诺,
// which volunteers accept before serving with it) and the form that
// publishes a new version, its limits and hours rule (a field left empty
// keeps its value), a new name, moving it under another unit, and closing
// it with the reason; and the form that creates a unit under one of them.

import { get, post } from './api.js';
import { nameOf, t } from './i18n.js';
import { badge, choice, commandForm, field, formButton, h, reasonButton, section, show } from './ui.js';
import { homeZone, unitList } from './zone.js';

const kinds = ['federation', 'township', 'school', 'village', 'association', 'company', 'other'];

// Unit `id`'s current waiver, or null when it published none (404).
async function waiverOf(id) {
  try {
    return await get(`/v1/units/${encodeURIComponent(id)}/waiver`);
  } catch (e) {
    if (e.status === 404) return null;
    throw e;
  }
}

// The waiver `w` of a unit and the form publishing its next version.
function waiverPart(u, w, path, redraw) {
  return h('div', { class: 'waiver' },
    w ? h('details', {}, h('summary', {}, t('waiver_version', { version: w.version })),
      h('p', { class: 'waiver-text' }, w.text)) : h('p', { class: 'meta' }, t('no_waiver')),
    commandForm('publish-waiver', redraw, (v, fill) => post(`${path}/waivers`,
      { version: v.version, text: v.text }, fill.key()),
    field('waiver_new_version', { name: 'version', required: true, maxlength: 40 }),
    h('label', { class: 'field' }, h('span', {}, t('waiver_text')),
      h('textarea', { name: 'text', required: true, rows: 4, maxlength: 20000 }, w?.text ?? '')),
    h('button', { class: 'secondary' }, t('publish_waiver'))));
}

// The unit's limits and hours rule; an empty field is left out, keeping its value.
function settingsForm(path, redraw) {
  const number = (name) => field(name, { name, type: 'number', min: 0, max: 1000, placeholder: t('keep_value') });
  return commandForm('unit-settings', redraw, (v, fill) => {
    const change = {};
    for (const name of ['role_limit', 'help_pair_limit', 'daily_slot_limit']) {
      if (v[name] !== '') change[name] = Number(v[name]);
    }
    if (v.hours_include_travel !== '') change.hours_include_travel = v.hours_include_travel === 'yes';
    return post(`${path}/settings`, change, fill.key());
  },
  number('role_limit'), number('help_pair_limit'), number('daily_slot_limit'),
  choice('hours_include_travel', 'hours_include_travel',
    [['', t('keep_value')], ['yes', t('yes')], ['no', t('no')]]),
  h('button', { class: 'secondary' }, t('save_settings')));
}

// Unit `id` and every unit under it, of `units`: where it can not move.
function withUnitsUnder(units, id) {
  const found = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const u of units) {
      if (u.parent_id && found.has(u.parent_id) && !found.has(u.unit_id)) {
        found.add(u.unit_id);
        grew = true;
      }
    }
  }
  return found;
}

// Moving unit `u` under another open unit of `units` (its people and records
// stay with it), or, for an admin,
// to the top; null when there is nowhere to move it.
function moveButton(u, units, me, redraw) {
  const excluded = withUnitsUnder(units, u.unit_id);
  const targets = units.filter((x) => !x.closed && !excluded.has(x.unit_id) && x.unit_id !== u.parent_id)
    .map((x) => [x.unit_id, x.name]);
  if (me.role === 'admin' && u.parent_id) targets.push(['', t('top_level')]);
  if (targets.length === 0) return null;
  return formButton('move_unit', () => commandForm('move-unit', redraw,
    (v, fill) => post(`/v1/units/${encodeURIComponent(u.unit_id)}/move`, { parent_id: v.parent_id }, fill.key()),
    choice('move_under', 'parent_id', targets),
    h('button', {}, t('move_unit'))));
}

// One unit: its name, zone and standing, and what can be done to it.
function unitCard(u, names, w, units, me, redraw) {
  const path = `/v1/units/${encodeURIComponent(u.unit_id)}`;
  return h('section', { class: 'card', 'data-unit': u.unit_id },
    h('h2', {}, u.name, ' ', u.closed ? badge(t('closed_unit'), 'overdue') : null),
    h('p', { class: 'meta' }, [u.parent_id ? t('under_unit', { name: names.get(u.parent_id) ?? u.parent_id }) : '',
      u.time_zone !== homeZone ? u.time_zone : ''].filter(Boolean).join(' · ')),
    u.closed ? null : [
      waiverPart(u, w, path, redraw),
      h('details', {}, h('summary', {}, t('unit_settings')), settingsForm(path, redraw)),
      commandForm('rename-unit', redraw, (v, fill) => post(`${path}/rename`, { name: v.name }, fill.key()),
        field('new_name', { name: 'name', required: true, maxlength: 100, value: u.name }),
        h('button', { class: 'secondary' }, t('rename'))),
      moveButton(u, units, me, redraw), ' ',
      reasonButton('close_unit', 'close_unit_why', u.name,
        (reason, fill) => post(`${path}/close`, { reason }, fill.key()), redraw)]);
}

// The form creating a unit under one of `open` (the units not closed).
function createForm(open, redraw) {
  return commandForm('create-unit', redraw, (v, fill) => post('/v1/units', {
    unit_id: fill.id('unit'), name: v.name, kind: v.kind, parent_id: v.parent_id,
    ...(v.time_zone ? { time_zone: v.time_zone } : {}),
  }, fill.key()),
  field('name', { name: 'name', required: true, maxlength: 100 }),
  choice('unit_kind', 'kind', kinds.map((k) => [k, nameOf(k)]), 'school'),
  choice('parent_unit', 'parent_id', open.map((u) => [u.unit_id, u.name])),
  field('time_zone', { name: 'time_zone', maxlength: 64, placeholder: homeZone }),
  h('button', {}, t('create_unit')));
}

export async function unitsView(main, me) {
  const units = await unitList(true);
  const waivers = await Promise.all(units.map((u) => (u.closed ? null : waiverOf(u.unit_id))));
  const names = new Map(units.map((u) => [u.unit_id, u.name]));
  const redraw = () => unitsView(main, me);
  const open = units.filter((u) => !u.closed);
  show(main,
    units.length === 0 ? section(t('units'), h('p', {}, t('nothing'))) : null,
    units.map((u, i) => unitCard(u, names, waivers[i], units, me, redraw)),
    open.length ? h('details', { class: 'card' }, h('summary', {}, h('h2', {}, t('create_unit'))),
      createForm(open, redraw)) : null);
}
