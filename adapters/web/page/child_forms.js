// The forms a coordinator keeps a child's archive with (建立留守学生每人一张
// 档案卡): registering a child with the card's facts and, when the guardian
// signed it, their consent to process the child's data; the half-yearly
// survey (每半年进行一次摸底调查); and the guardian's consents: to process
// the child's data, which care roles wait for, and to trips, recorded and
// withdrawn.

import { post } from './api.js';
import { nameOf, t } from './i18n.js';
import { act, choice, field, h, reasonButton, section, values } from './ui.js';
import { today } from './zone.js';

const ratings = ['good', 'fair', 'poor', 'unrated'];
const defaultPurpose = '关爱帮扶';
const defaultRetention = '离开项目后一年删除';

// A fieldset of a person on the card: `who` names its inputs (`who`_name ...).
function person(who, parts) {
  return h('fieldset', { class: 'wide person' }, h('legend', {}, t(who)),
    parts.map((part) => field(part, { name: `${who}_${part}`, maxlength: 200,
      required: who === 'guardian' && (part === 'name' || part === 'relation') })));
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
    field('child_name', { name: 'name', required: true, maxlength: 100 }),
    choice('sex', 'sex', [['female', nameOf('female')], ['male', nameOf('male')]]),
    field('date_of_birth', { name: 'date_of_birth', type: 'date', required: true, max: today() }),
    field('ethnicity', { name: 'ethnicity', maxlength: 50, value: '汉族' }),
    choice('unit', 'unit_id', units.filter((u) => !u.closed).map((u) => [u.unit_id, u.name])),
    field('school', { name: 'school', maxlength: 200 }),
    field('class_name', { name: 'class_name', maxlength: 100 }),
    field('schooling_status', { name: 'schooling_status', maxlength: 50, value: '在校' }),
    field('residence', { name: 'residence', maxlength: 200 }),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'boarding' }), t('boarding')),
    person('father', ['name', 'work_city', 'phone']),
    person('mother', ['name', 'work_city', 'phone']),
    person('guardian', ['name', 'relation', 'phone', 'address']),
    choice('guardianship_rating', 'guardianship_rating', ratings.map((r) => [r, nameOf(r)])),
    field('health', { name: 'health', maxlength: 200 }),
    field('filled_by', { name: 'filled_by', required: true, maxlength: 100, value: me.name }),
    h('label', { class: 'check wide' }, h('input', { type: 'checkbox', name: 'consent' }), t('consent_given')),
    consentInputs(),
    h('button', {}, t('register_child')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    const parent = (who) => ({ name: v[`${who}_name`], work_city: v[`${who}_work_city`], phone: v[`${who}_phone`] });
    act(async (fill) => {
      const id = fill.id('child');
      await post('/v1/children', {
        child_id: id, unit_id: v.unit_id, filled_by: v.filled_by,
        card: { name: v.name, sex: v.sex, ethnicity: v.ethnicity, date_of_birth: v.date_of_birth,
          residence: v.residence, school: v.school, class_name: v.class_name, boarding: v.boarding,
          schooling_status: v.schooling_status, health: v.health, father: parent('father'), mother: parent('mother'),
          guardian: { name: v.guardian_name, relation: v.guardian_relation, phone: v.guardian_phone,
            address: v.guardian_address },
          guardianship_rating: v.guardianship_rating },
      }, fill.key('register'));
      if (v.consent) {
        await post(`/v1/children/${encodeURIComponent(id)}/consents`, consentBody(v, v.guardian_name), fill.key('consent'));
      }
    }, redraw, form);
  });
  return form;
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
