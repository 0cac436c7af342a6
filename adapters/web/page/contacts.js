// Contacts with a child on the page (the "3+1" carers' monthly duty): the
// form that records one, and the one that corrects one already recorded (a
// new event with the reason; nothing is overwritten), its time entered on
// the clock of the child's unit, so the month it falls in is the one the
// server's monthly reminders count it in.

import { post } from './api.js';
import { contactKinds, nameOf, t } from './i18n.js';
import { act, choice, field, formButton, h, values } from './ui.js';
import { localToRfc3339, rfc3339ToLocal, zoneLabel, zoneOr } from './zone.js';

// A form to record a contact with `childId` on the clock of `zone`, then run
// `redraw`. A volunteer's contact is theirs; for anyone else (a coordinator
// recording a school visit, a head teacher's call) the form asks who made
// it, `by` first. With `contact` (one on the child's card) it corrects that
// one instead: filled with what it says, asking why, keeping who made it.
export function contactForm(childId, zone, redraw, by = null, contact = null) {
  const z = zoneOr(zone);
  const form = h('form', { class: 'grid-form contact-form', 'data-child': childId,
    'data-form': contact ? 'correct-contact' : 'contact' },
    choice('contact_kind', 'kind', contactKinds.map((k) => [k, nameOf(k)]), contact?.kind ?? ''),
    field('when', { name: 'at', type: 'datetime-local', required: true,
      value: rfc3339ToLocal(contact?.at ?? new Date().toISOString(), z) }),
    zoneLabel(z) ? h('span', { class: 'meta', 'data-zone': z }, t('times_in_zone', { zone: z })) : null,
    by === null || contact ? null : field('contact_by', { name: 'by', required: true, maxlength: 100, value: by }),
    field('minutes', { name: 'minutes', type: 'number', min: 0, max: 1440, value: contact?.minutes ?? 15 }),
    field('summary', { name: 'summary', maxlength: 2000, value: contact?.summary ?? '' }),
    contact ? field('correction_why', { name: 'reason', required: true, maxlength: 500 }) : null,
    h('button', {}, t(contact ? 'correct_contact' : 'record_contact')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = values(form);
    const what = { kind: v.kind, at_us: localToRfc3339(v.at, z), minutes: Number(v.minutes || 0), summary: v.summary };
    const path = `/v1/children/${encodeURIComponent(childId)}`;
    act((f) => (contact
      ? post(`${path}/correct-contact`, { contact_id: contact.contact_id, by: contact.by, reason: v.reason, ...what }, f.key())
      : post(`${path}/contacts`, { contact_id: f.id('contact'), ...what, ...(by === null ? {} : { by: v.by }) }, f.key())),
    redraw, form);
  });
  return form;
}

// A button that turns into the form correcting `contact` of `childId`.
export function correctButton(childId, zone, redraw, contact) {
  return formButton('correct_contact', () => contactForm(childId, zone, redraw, null, contact));
}
