// The forms a coordinator keeps a child's archive with (建立留守学生每人一张
// 档案卡): registering a child with the card's facts and, when the guardian
// signed it, their consent to process the child's data; the half-yearly
// survey (每半年进行一次摸底调查); and the guardian's consents: to process
// the child's data, which care roles wait for, and to trips, recorded and
// withdrawn.

import { post } from './api.js';
import { nameOf, t } from './i18n.js';
import { act, choice, field, formButton, h, reasonButton, section, values } from './ui.js';
import { today } from './zone.js';

const ratings = ['good', 'fair', 'poor', 'unrated'];
const defaultPurpose = '关爱帮扶';
const defaultRetention = '离开项目后一年删除';

// A fieldset of a person on the card, `p` as recorded: `who` names its inputs (`who`_name ...).
function person(who, parts, p = {}) {
  return h('fieldset', { class: 'wide person' }, h('legend', {}, t(who)),
    parts.map((part) => field(part, { name: `${who}_${part}`, maxlength: 200, value: p?.[part] ?? '',
      required: who === 'guardian' && (part === 'name' || part === 'relation') })));
}

// The card's fields a form asks for, filled from card `c` as recorded (empty
// for a new child); `unit` (a field) goes after the ethnicity when given.
function cardFields(c = {}, unit = null) {
  return [
    field('child_name', { name: 'name', required: true, maxlength: 100, value: c.name ?? '' }),
    // A sex not given when registered stays so unless one is chosen.
    choice('sex', 'sex', ['female', 'male', ...(c.sex === 'unspecified' ? ['unspecified'] : [])]
      .map((x) => [x, nameOf(x)]), c.sex ?? 'female'),
    field('date_of_birth', { name: 'date_of_birth', type: 'date', required: true, max: today(), value: c.date_of_birth ?? '' }),
    field('ethnicity', { name: 'ethnicity', maxlength: 50, value: c.ethnicity ?? '汉族' }),
    unit,
    field('school', { name: 'school', maxlength: 200, value: c.school ?? '' }),
    field('class_name', { name: 'class_name', maxlength: 100, value: c.class_name ?? '' }),
    field('schooling_status', { name: 'schooling_status', maxlength: 50, value: c.schooling_status ?? '在校' }),
    field('residence', { name: 'residence', maxlength: 200, value: c.residence ?? '' }),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'boarding', checked: Boolean(c.boarding) }), t('boarding')),
    person('father', ['name', 'work_city', 'phone'], c.father),
    person('mother', ['name', 'work_city', 'phone'], c.mother),
    person('guardian', ['name', 'relation', 'phone', 'address'], c.guardian),
    choice('guardianship_rating', 'guardianship_rating', ratings.map((r) => [r, nameOf(r)]), c.guardianship_rating ?? ''),
    field('health', { name: 'health', maxlength: 200, value: c.health ?? '' }),
  ];
}

// The card the form values `v` (values(form)) give, over `kept` (what the
// form does not show, such as the ID number or the teacher's notes, stays as recorded).
function cardFrom(v, kept = {}) {
  const parent = (who) => ({ ...kept[who], name: v[`${who}_name`], work_city: v[`${who}_work_city`], phone: v[`${who}_phone`] });
  return { ...kept, name: v.name, sex: v.sex, ethnicity: v.ethnicity, date_of_birth: v.date_of_birth,
    residence: v.residence, school: v.school, class_name: v.class_name, boarding: v.boarding,
    schooling_status: v.schooling_status, health: v.health, father: parent('father'), mother: parent('mother'),
    guardian: { name: v.guardian_name, relation: v.guardian_relation, phone: v.guardian_phone,
      address: v.guardian_address },
    guardianship_rating: v.guardianship_rating };
}

// The consent's inputs: the day the guardian signed, what for and how long kept.
function consentInputs() {
  return [field('given_on', { name: 'given_on', type: 'date', value: today(), max: today() }),
    field('purpose', { name: 'purpose', maxlength: 200, value: defaultPurpose }),
    field('retention', { name: 'retention', maxlength: 200, value: defaultRetention })];
}

function consentBody(v, guardianName) {
  return { kind: 'data_processing', guardian_name: guardianName, purpose: v.purpose,
    retention: v.retention, given_on: v.given_on };
}

// Registering a child in one of `units` ([{unit_id, name}]), filled by `me`.
// The card first, then the consent when ticked: two commands, each with its
// own key of the one fill, so a retried registration registers once.
export function registerChildForm(units, me, redraw) {
  const form = h('form', { class: 'grid-form', 'data-form': 'register-child' },
    cardFields({}, choice('unit', 'unit_id', units.filter((u) => !u.closed).map((u) => [u.unit_id, u.name]))),
    field('filled_by', { name: 'filled_by', required: true, maxlength: 100, value: me.name }),
    h('label', { class: 'check wide' }, h('input', { type: 'checkbox', name: 'consent' }), t('consent_given')),
    consentInputs(),
    h('button', {}, t('register_child')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    act(async (fill) => {
      const id = fill.id('child');
      await post('/v1/children', { child_id: id, unit_id: v.unit_id, filled_by: v.filled_by, card: cardFrom(v) },
        fill.key('register'));
      if (v.consent) {
        await post(`/v1/children/${encodeURIComponent(id)}/consents`, consentBody(v, v.guardian_name), fill.key('consent'));
      }
    }, redraw, form);
  });
  return form;
}

// A button opening the update of the card `card` holds (after a survey, 及时
// 更新), filled from the card as the server holds it, with who filled it in
// (`me` unless they name someone else) and why; it sends the child's version
// as If-Match, so an update made meanwhile by someone else is not
// overwritten. An update starts the card's sign-off over.
export function updateCardButton(card, me, redraw) {
  return formButton('update_card', () => {
    const form = h('form', { class: 'grid-form', 'data-form': 'update-card' },
      cardFields(card.card),
      field('filled_by', { name: 'filled_by', required: true, maxlength: 100, value: me.name }),
      field('reason', { name: 'reason', required: true, maxlength: 500 }),
      h('button', {}, t('update_card')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const v = values(form);
      act((fill) => post(`/v1/children/${encodeURIComponent(card.child_id)}/card`,
        { card: cardFrom(v, card.card), filled_by: v.filled_by, reason: v.reason }, fill.key(), card.version),
      redraw, form);
    });
    return form;
  });
}

// The half-yearly survey of `childId`, made by `me` unless they name someone else.
export function surveyForm(childId, me, redraw) {
  const form = h('form', { class: 'grid-form', 'data-form': 'survey' },
    field('surveyed_on', { name: 'surveyed_on', type: 'date', required: true, value: today(), max: today() }),
    field('surveyed_by', { name: 'surveyed_by', required: true, maxlength: 100, value: me.name }),
    choice('guardianship_rating', 'guardianship_rating', ratings.map((r) => [r, nameOf(r)])),
    field('notes', { name: 'notes', maxlength: 2000 }),
    h('button', {}, t('record_survey')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    act((fill) => post(`/v1/children/${encodeURIComponent(childId)}/surveys`, {
      surveyed_on: v.surveyed_on, surveyed_by: v.surveyed_by, guardianship_rating: v.guardianship_rating,
      notes: v.notes,
    }, fill.key()), redraw, form);
  });
  return section(t('record_survey'), form);
}

// The guardian's consents of the child `card` describes: each in force with
// what withdraws it (the day it was withdrawn is today, and the reason; a
// withdrawn consent to trips takes the child off every trip), and the form
// for those still to record: to process the child's data (which care roles
// wait for, offered first) and to take the child on trips (which a trip's
// enrolment waits for).
export function consentSection(card, redraw) {
  const inForce = card.consents ?? [];
  const given = new Set(inForce.map((c) => c.kind));
  const missing = ['data_processing', 'trips'].filter((k) => !given.has(k));
  const path = `/v1/children/${encodeURIComponent(card.child_id)}`;
  const form = missing.length === 0 ? null : h('form', { class: 'grid-form', 'data-form': 'consent' },
    choice('consent_kind', 'kind', missing.map((k) => [k, nameOf(`consent_${k}`)])),
    field('guardian_name', { name: 'guardian_name', required: true, maxlength: 100,
      value: card.card?.guardian?.name ?? '' }),
    consentInputs(),
    h('button', {}, t('record_consent')));
  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    act((fill) => post(`${path}/consents`, { ...consentBody(v, v.guardian_name), kind: v.kind }, fill.key()),
      redraw, form);
  });
  return section(t('consents'),
    inForce.length ? h('ul', { class: 'list' }, inForce.map((c) => h('li', { 'data-consent': c.kind },
      `${nameOf(`consent_${c.kind}`)} · ${c.guardian_name} · ${c.given_on} `,
      reasonButton('withdraw_consent', 'withdraw_consent_why', c.guardian_name, (reason, fill) =>
        post(`${path}/withdraw-consent`, { kind: c.kind, withdrawn_on: today(), reason }, fill.key()), redraw))))
      : null,
    missing.includes('data_processing') ? h('p', { class: 'warn' }, t('no_consent_yet')) : null, form);
}
