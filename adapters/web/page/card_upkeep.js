// The upkeep of a child's archive card (档案卡) as a coordinator keeps it:
// who filled it in, reviewed and approved it (填表人、复核人、负责人), three
// different people, with the forms recording a review and then an approval;
// the update of the card after a survey, which starts the sign-off over
// (child_forms.js); and the end of the child's time in the programme:
// leaving it, and erasing the child's personal data once the guardian
// withdrew consent to processing (an admin decides it otherwise, elsewhere).

import { post } from './api.js';
import { t } from './i18n.js';
import { act, badge, field, formButton, h, reasonButton, section, values } from './ui.js';
import { erasureButton } from './erasure.js';
import { updateCardButton } from './child_forms.js';

// A form naming who signs the card as `step` ('review' or 'approve'), `me` unless they name someone else.
function signForm(card, step, me, redraw) {
  const name = step === 'review' ? 'reviewed_by' : 'approved_by';
  return formButton(`${step}_card`, () => {
    const form = h('form', { class: 'inline-form', 'data-form': `${step}-card` },
      field(name, { name, required: true, maxlength: 100, value: me.name }),
      h('button', {}, t(`${step}_card`)));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      act((fill) => post(`/v1/children/${encodeURIComponent(card.child_id)}/${step}-card`,
        { [name]: values(form)[name] }, fill.key()), redraw, form);
    });
    return form;
  });
}

// Who signed the card so far, and the form of the next signature.
function signOff(card, me, redraw) {
  const signed = (word, who) => h('li', { 'data-signed': word }, `${t(word)}: `,
    who ? h('strong', {}, who) : badge(t('not_yet'), 'overdue'));
  return h('ul', { class: 'facts sign-off' },
    signed('filled_by', card.filled_by),
    signed('reviewed_by', card.reviewed_by),
    card.reviewed_by ? signed('approved_by', card.approved_by) : null,
    card.reviewed_by ? (card.approved_by ? null : signForm(card, 'approve', me, redraw))
      : signForm(card, 'review', me, redraw));
}

// The child leaving the programme (their roles and pairs end), while they have not.
function leaveButton(card, redraw) {
  if (card.left) return badge(t('child_left'));
  return reasonButton('child_leaves', 'child_leaves_why', card.card?.name ?? card.child_id, (reason, fill) =>
    post(`/v1/children/${encodeURIComponent(card.child_id)}/leave`, { reason }, fill.key()), redraw);
}

// Erasing the child's personal data, offered once the guardian withdrew the
// consent to processing (and did not give it again); asked to be sure of,
// since the key that sealed it is destroyed.
function eraseButton(card, redraw) {
  if (!card.consent_withdrawn) return null;
  return erasureButton('child', { word: 'erase_child', warning: 'erase_child_warning',
    reason: 'erase_child_reason', question: 'erase_child_sure' }, card.card?.name ?? card.child_id,
  `/v1/children/${encodeURIComponent(card.child_id)}/erase`, redraw);
}

// The card's upkeep for coordinators and admins, below the card they read.
export function cardUpkeep(card, me, redraw) {
  const upkeep = card.erased ? section(t('card_upkeep'), badge(t('child_erased')))
    : section(t('card_upkeep'), signOff(card, me, redraw),
      h('div', { class: 'row' }, card.left ? null : updateCardButton(card, me, redraw),
        leaveButton(card, redraw), eraseButton(card, redraw)));
  upkeep.dataset.upkeep = card.child_id;
  return upkeep;
}
