// A volunteer's details (志愿者信息) as forms take them: the fields a
// registration fills in, the correction of what is recorded, and the
// volunteer's own update of how to reach them. A
// correction starts from the details as the server holds them (personal
// fields and all, GET /v1/volunteers/{id}) and sends their version as
// If-Match, so one made meanwhile by someone else is not overwritten: the
// server refuses it (412, said as such), the list is drawn again, and the
// next correction starts from what is now recorded.

import { get, post } from './api.js';
import { nameOf, t } from './i18n.js';
import { act, choice, field, formButton, h, values } from './ui.js';
import { today } from './zone.js';

// The kinds of volunteer a form offers to tick (VolunteerKind).
export const kinds = ['party_member', 'caring_family', 'teacher', 'student', 'retired_elder', 'counselor', 'other'];

// The fields of details `d` (null for a new volunteer, whose phone is
// required; a correction may leave one never recorded empty), in the order a
// registration form asks for them; `unit` (a field) goes after the date of
// birth when given.
export function detailFields(recorded = null, unit = null) {
  const d = recorded ?? {};
  const has = new Set(d.kinds ?? []);
  return [
    field('name', { name: 'name', required: true, maxlength: 100, value: d.name ?? '' }),
    // A sex not given when registered stays so unless one is chosen.
    choice('sex', 'sex', ['female', 'male', ...(d.sex === 'unspecified' ? ['unspecified'] : [])]
      .map((s) => [s, nameOf(s)]), d.sex ?? 'female'),
    field('date_of_birth', { name: 'date_of_birth', type: 'date', required: true, max: today(), value: d.date_of_birth ?? '' }),
    unit,
    d.id_number === undefined ? null : field('id_number', { name: 'id_number', maxlength: 30, value: d.id_number }),
    ...contactFields(d, !recorded),
    h('fieldset', { class: 'wide' }, h('legend', {}, t('volunteer_kinds')),
      kinds.map((k) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: `kind_${k}`, checked: has.has(k) }), nameOf(k)))),
    field('family_members', { name: 'family_members', type: 'number', min: 0, max: 20, value: d.family_members ?? 0 }),
  ];
}

// The fields of how to reach a volunteer of details `d`: their phone
// (`phoneRequired` or not), residence area and skills.
function contactFields(d, phoneRequired) {
  return [
    field('phone', { name: 'contact', type: 'tel', required: phoneRequired, maxlength: 50, value: d.contact ?? '' }),
    field('residence', { name: 'residence_area', maxlength: 200, value: d.residence_area ?? '' }),
    field('skills', { name: 'skills', maxlength: 500, placeholder: t('skills_hint'), value: (d.skills ?? []).join('、') }),
  ];
}

// The skills a skills field's text lists, however they are separated.
function skillsFrom(text) {
  return text.split(/[,，、;；]+/).map((s) => s.trim()).filter(Boolean);
}

// The details form values `v` (values(form)) name, over `kept` (what the
// form does not show, such as the service categories, stays as recorded).
export function detailsFrom(v, kept = {}) {
  const chosen = kinds.filter((k) => v[`kind_${k}`]);
  const details = {
    ...kept,
    name: v.name, sex: v.sex, date_of_birth: v.date_of_birth, contact: v.contact,
    residence_area: v.residence_area,
    skills: skillsFrom(v.skills),
    kinds: chosen, family_members: chosen.includes('caring_family') ? Number(v.family_members || 0) : 0,
  };
  if (v.id_number !== undefined) details.id_number = v.id_number;
  return details;
}

// A button opening the correction of volunteer `id`'s details (更正信息),
// read from the server when it is pressed, with the reason the correction
// records; `redraw` after it is saved.
export function correctDetailsButton(id, redraw) {
  const path = `/v1/volunteers/${encodeURIComponent(id)}`;
  return formButton('correct_details', async () => {
    const recorded = await get(path);
    const form = h('form', { class: 'grid-form', 'data-form': 'correct-details' },
      detailFields(recorded.details),
      field('reason', { name: 'reason', required: true, maxlength: 500 }),
      h('button', {}, t('correct_details')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const v = values(form);
      act((fill) => post(`${path}/details`, { details: detailsFrom(v, recorded.details), reason: v.reason },
        fill.key(), recorded.version), redraw, form);
    });
    return form;
  });
}

// A button opening a volunteer's own update of how to reach them (更新联系方式):
// phone, residence area and skills, starting from what the server holds;
// who they are stays as registered. `redraw` after it is saved.
export function updateContactButton(id, redraw) {
  const path = `/v1/volunteers/${encodeURIComponent(id)}`;
  return formButton('update_contact', async () => {
    const recorded = await get(path);
    const form = h('form', { class: 'grid-form', 'data-form': 'update-contact' },
      contactFields(recorded.details, true), h('button', {}, t('update_contact')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const v = values(form);
      act((fill) => post(`${path}/contact-details`,
        { contact: v.contact, residence_area: v.residence_area, skills: skillsFrom(v.skills) },
        fill.key(), recorded.version),
      redraw, form);
    });
    return form;
  });
}
