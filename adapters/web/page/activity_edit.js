// Correcting an activity on its roster: its title, place, itinerary and
// contacts (a correction is a new event; volunteers' calendars show the
// change), and the places of each slot (never below those who hold one).
// Both send the roster's version as If-Match, so a change made meanwhile by
// someone else is not overwritten.

import { post } from './api.js';
import { t } from './i18n.js';
import { commandForm, field, h } from './ui.js';

// The form that changes activity `a`'s details, filled with what it has now.
export function detailsForm(a, path, redraw) {
  const form = commandForm('details', redraw, (v, fill) => post(`${path}/details`, {
    title: v.title, place: v.place,
    itinerary: v.itinerary.split('\n').map((s) => s.trim()).filter(Boolean),
    person_in_charge: v.person_in_charge, coordinator: v.coordinator, children_contact: v.children_contact,
  }, fill.key(), a.version),
  field('title', { name: 'title', required: true, maxlength: 200, value: a.title }),
  field('place', { name: 'place', maxlength: 200, value: a.place }),
  h('label', { class: 'field' }, h('span', {}, t('itinerary')),
    h('textarea', { name: 'itinerary', rows: 3 }, (a.itinerary ?? []).join('\n'))),
  field('person_in_charge', { name: 'person_in_charge', maxlength: 100, value: a.person_in_charge ?? '' }),
  field('activity_coordinator', { name: 'coordinator', maxlength: 100, value: a.coordinator ?? '' }),
  field('children_contact', { name: 'children_contact', maxlength: 100, value: a.children_contact ?? '' }),
  h('button', { class: 'secondary' }, t('save_details')));
  return h('details', { class: 'edit-details' }, h('summary', {}, t('edit_details')), form);
}

// The form that changes slot `s`'s places.
export function capacityForm(a, s, path, redraw) {
  return commandForm('capacity', redraw, (v, fill) => post(`${path}/capacity`,
    { slot_id: s.slot_id, capacity: Number(v.capacity) }, fill.key(), a.version),
  h('input', { name: 'capacity', type: 'number', min: 1, max: 10000, required: true, value: s.capacity,
    'aria-label': t('capacity') }),
  h('button', { class: 'secondary' }, t('change_capacity')));
}
