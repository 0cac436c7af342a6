// A child's care team as a coordinator keeps it, under the card opened from
// the care board: each "3+1" role holder and help pair can be ended with a
// reason (a carer who moves away, a pairing that lapsed), which leaves the
// role a gap on the board to assign again; a new help pair (帮扶对子) is
// formed with a volunteer who is a party member or cadre (党员干部结对帮扶); and a contact (a school visit, a call to the
// guardian) is recorded there, as the carers record theirs.

import { post } from './api.js';
import { nameOf, t } from './i18n.js';
import { act, h, reasonButton, section } from './ui.js';
import { contactForm } from './contacts.js';

// The team of `child` (a care board row: roles and help_pairs with names),
// the volunteers to pair it with, and its contact form on the clock of
// `zone`, made by `me` (the signed-in account) unless they name someone else.
export function careTeam(child, volunteers, zone, me, redraw) {
  const id = encodeURIComponent(child.child_id);
  const held = Object.entries(child.roles).filter(([, holder]) => holder);
  const pair = h('form', { class: 'inline-form', 'data-form': 'help-pair' },
    h('label', { class: 'field' }, h('span', {}, t('form_pair')),
      h('select', { name: 'volunteer_id', required: true },
        h('option', { value: '' }, t('choose_volunteer')),
        volunteers.filter((v) => v.party_member && !child.help_pairs.some((p) => p.volunteer_id === v.volunteer_id))
          .map((v) => h('option', { value: v.volunteer_id }, `${v.name} (${v.roles + v.help_pairs})`)))),
    h('button', { class: 'secondary' }, t('form_pair')));
  pair.addEventListener('submit', (e) => {
    e.preventDefault();
    act((fill) => post(`/v1/children/${id}/help-pairs`, { volunteer_id: pair.elements.volunteer_id.value },
      fill.key()), redraw, pair);
  });
  return h('div', { class: 'care-team', 'data-team': child.child_id },
    section(t('care_team'),
      h('ul', { class: 'list' },
        held.map(([role, holder]) => h('li', { 'data-held': role }, `${nameOf(role)}：${holder.name || holder.volunteer_id} `,
          reasonButton('end', 'end_reason', holder.name, (reason, fill) => post(`/v1/children/${id}/end-care-role`, { role, reason },
            fill.key()), redraw))),
        child.help_pairs.map((p) => h('li', { 'data-pair': p.volunteer_id }, `${t('help_pair')}：${p.name || p.volunteer_id} `,
          reasonButton('end', 'end_reason', p.name, (reason, fill) => post(`/v1/children/${id}/end-help-pair`,
            { volunteer_id: p.volunteer_id, reason }, fill.key()), redraw)))),
      pair),
    section(t('record_contact'), contactForm(child.child_id, zone, redraw, me.name)));
}
