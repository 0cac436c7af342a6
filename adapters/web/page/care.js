// The "3+1" care board as a grid: one row per child, one column per role
// (caring mother, proxy parent, happy companion) and the help pairs. A gap
// is marked and offers to assign a volunteer; a child without a recent
// contact is marked too. A child's row opens the archive card, and for a
// coordinator the card's sign-off, update, the child's leaving and erasure
// (card_upkeep.js), the guardian's consent while none is in force, the child's
// care team to end a role or a help pair, form a pair and record a contact
// (care_team.js), the half-yearly survey (child_forms.js), and a form that
// hands the child over to another unit; a coordinator registers a child
// below the board; the board of
// one unit offers to move all of its people at once. Contact times
// are on the clock of the child's unit, labelled with its zone when it is
// not Beijing time (zone.js).

import { get, post } from './api.js';
import { careRoles, explain, nameOf, t } from './i18n.js';
import { downloadLink } from './downloads.js';
import { act, badge, field, h, section, show, values } from './ui.js';
import { today, when, zonesOf } from './zone.js';
import { cardView } from './volunteer.js';
import { careTeam } from './care_team.js';
import { correctButton } from './contacts.js';
import { consentSection, registerChildForm, surveyForm } from './child_forms.js';
import { cardUpkeep } from './card_upkeep.js';

// A mark on the carer of `child` in `role` ("help_pair" for a pair) who cares
// for more children that way than the child's unit allows, or null.
function overLimit(child, role, volunteerId) {
  const over = (child.over_limit || []).find((o) => o.role === role && o.volunteer_id === volunteerId);
  return over ? badge(t('over_limit', over), 'overdue') : null;
}

// The cell of `role` for `child`: its holder, or a gap whose "assign" button
// opens a choice of volunteers (least loaded first) for that gap only.
function roleCell(child, role, volunteers, redraw) {
  const holder = child.roles[role];
  if (holder) {
    return h('td', { class: 'held', 'data-role': role, 'data-label': nameOf(role) },
      holder.name || holder.volunteer_id, overLimit(child, role, holder.volunteer_id));
  }
  const cell = h('td', { class: 'gap', 'data-role': role }, h('span', { class: 'gap-mark' }, nameOf(role)));
  const open = h('button', { class: 'secondary', onclick: () => {
    const form = h('form', { class: 'assign' },
      h('select', { name: 'volunteer_id', required: true, 'aria-label': `${t('choose_volunteer')} ${nameOf(role)}` },
        h('option', { value: '' }, t('choose_volunteer')),
        volunteers.map((v) => h('option', { value: v.volunteer_id }, `${v.name} (${v.roles + v.help_pairs})`))),
      h('button', {}, t('assign')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      act((fill) => post(`/v1/children/${encodeURIComponent(child.child_id)}/care-roles`,
        { role, volunteer_id: form.elements.volunteer_id.value }, fill.key()), redraw, form);
    });
    open.replaceWith(form);
    form.elements.volunteer_id.focus();
  } }, t('assign'));
  cell.append(open);
  return cell;
}

// A required choice, labelled `label`, of the open units other than `from`.
function otherUnitChoice(label, name, units, from) {
  return h('label', { class: 'field' }, h('span', {}, t(label)),
    h('select', { name, required: true },
      h('option', { value: '' }, t('choose_unit')),
      units.filter((u) => u.unit_id !== from && !u.closed)
        .map((u) => h('option', { value: u.unit_id }, u.name))));
}

// The day a move took effect, for one recorded late: empty means today, on
// the clock of `zone`, the unit moved from (zone.js: Beijing time when not known).
function effectiveDay(zone) {
  return field('effective_on', { name: 'effective_on', type: 'date', max: today(0, zone) });
}

// The values of a transfer form, without an effective day left empty.
function transferValues(form) {
  const out = values(form);
  if (!out.effective_on) delete out.effective_on;
  return out;
}

// A form that hands `child` over to another unit (转学, a school merged into
// another): the unit, a reason, and the day it took effect when that was
// before today. Their card, team and contacts go along.
function transferForm(child, units, redraw, zone) {
  const form = h('form', { class: 'inline-form transfer' },
    otherUnitChoice('transfer_to', 'unit_id', units, child.unit_id),
    field('reason', { name: 'reason', required: true, maxlength: 200 }),
    effectiveDay(zone),
    h('button', { class: 'secondary' }, t('transfer')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    act((fill) => post(`/v1/children/${encodeURIComponent(child.child_id)}/transfer`,
      transferValues(form), fill.key()), redraw, form);
  });
  return form;
}

// A form that moves everyone of `unit` to another unit at once (撤点并校):
// the unit, a reason, and whether children without their guardian's consent
// stay behind (without it, they hold the move up and are named, and the form
// stays as it was filled in, for the box to be ticked).
function moveMembersForm(unit, units, redraw, zone) {
  const form = h('form', { class: 'inline-form move-members' },
    otherUnitChoice('move_members_to', 'to_unit_id', units, unit),
    field('reason', { name: 'reason', required: true, maxlength: 200 }),
    effectiveDay(zone),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'skip_refused' }),
      t('leave_without_consent')),
    h('button', { class: 'secondary' }, t('move')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    act((fill) => post(`/v1/units/${encodeURIComponent(unit)}/transfer-members`,
      transferValues(form), fill.key()), (refusal) => (refusal ? undefined : redraw()), form);
  });
  return h('details', { class: 'move' }, h('summary', {}, t('move_members')), form);
}

// Opens (or folds again) the archive card of `child` under its `row`, its
// contacts on the clock of `zone`, the child's unit's, each with what
// `correct(contact)` gives, and what `extra(card)` gives (a coordinator's
// forms) below it.
async function openCard(row, child, zone, extra = () => null, correct = null) {
  const next = row.nextElementSibling;
  if (next?.classList.contains('card-row')) {
    next.remove();
    return;
  }
  try {
    const card = await get(`/v1/children/${encodeURIComponent(child.child_id)}/card`);
    row.after(h('tr', { class: 'card-row' }, h('td', { colspan: 6 }, cardView(card, zone, correct), extra(card))));
  } catch (e) {
    row.after(h('tr', { class: 'card-row' }, h('td', { colspan: 6, class: 'warn' }, explain(e))));
  }
}

// The board, optionally for one unit and with its own "recent" window.
export async function careBoard(main, me, _arg, options = { days: 30, unit: '' }) {
  const [board, volunteers, units] = await Promise.all([
    get('/v1/care-board', { contact_days: options.days, unit: options.unit }),
    me.role === 'auditor' ? Promise.resolve([]) : get('/v1/volunteers'),
    get('/v1/units')]);
  const zones = zonesOf(units);
  volunteers.sort((x, y) => (x.roles + x.help_pairs) - (y.roles + y.help_pairs) || x.name.localeCompare(y.name, 'zh-CN'));
  const redraw = () => careBoard(main, me, _arg, options);
  const filter = h('form', { class: 'inline-form' },
    h('label', { class: 'field' }, h('span', {}, t('unit')),
      h('select', { name: 'unit' }, h('option', { value: '' }, t('all_units')),
        units.map((u) => h('option', { value: u.unit_id, selected: u.unit_id === options.unit }, u.name)))),
    h('label', { class: 'field' }, h('span', {}, t('contact_days')),
      h('input', { name: 'days', type: 'number', min: 1, max: 3650, value: options.days })),
    h('button', { class: 'secondary' }, t('filter')));
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    careBoard(main, me, _arg, { unit: filter.elements.unit.value, days: Number(filter.elements.days.value) || 30 });
  });
  const rows = board.children.map((c) => {
    const zone = zones.get(c.unit_id);
    const row = h('tr', { 'data-child': c.child_id, class: c.missing.length ? 'missing' : '' },
      h('th', { scope: 'row' },
        h('button', { class: 'link', onclick: (e) => openCard(e.target.closest('tr'), c, zone,
          me.role === 'auditor' ? undefined : (card) => (card.erased ? cardUpkeep(card, me, redraw)
            : [cardUpkeep(card, me, redraw), consentSection(card, redraw), careTeam(c, volunteers, zone, me, redraw),
              surveyForm(c.child_id, me, redraw), transferForm(c, units, redraw, zone)]),
          me.role === 'auditor' ? null : (x) => correctButton(c.child_id, zone, redraw, x)) }, c.name),
        c.no_recent_contact ? badge(t('no_contact', { days: options.days }), 'overdue') : null),
      careRoles.map((role) => (me.role === 'auditor'
        ? h('td', { class: c.roles[role] ? 'held' : 'gap', 'data-role': role, 'data-label': nameOf(role) },
          c.roles[role]?.name ?? '—', c.roles[role] ? overLimit(c, role, c.roles[role].volunteer_id) : null)
        : roleCell(c, role, volunteers, redraw))),
      h('td', { class: 'pairs', 'data-label': t('help_pair') },
        c.help_pairs.length ? c.help_pairs.flatMap((p, i) => [i ? '、' : '', p.name || p.volunteer_id,
          overLimit(c, 'help_pair', p.volunteer_id)]) : '—'),
      h('td', { class: 'meta', 'data-label': t('last_contact') }, when(c.last_contact, zone)));
    return row;
  });
  const move = options.unit && me.role !== 'auditor' ? moveMembersForm(options.unit, units, redraw, zones.get(options.unit)) : null;
  const csv = `/v1/care-board?${new URLSearchParams({ format: 'csv', contact_days: options.days, ...(options.unit ? { unit: options.unit } : {}) })}`;
  show(main, section(t('care_board'), filter, downloadLink('download_csv', csv, 'care-board.csv'), move,
    h('p', { class: board.missing_role.length ? 'warn' : '' }, t('missing_roles', { n: board.missing_role.length })),
    h('div', { class: 'scroll' }, h('table', { class: 'board' },
      h('thead', {}, h('tr', {}, h('th', {}, t('child')), careRoles.map((r) => h('th', {}, nameOf(r))),
        h('th', {}, t('help_pair')), h('th', {}, t('last_contact')))),
      h('tbody', {}, rows)))),
  me.role === 'auditor' ? null : h('details', { class: 'card' },
    h('summary', {}, h('h2', {}, t('register_child'))), registerChildForm(units, me, redraw)));
}
