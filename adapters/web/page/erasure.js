// Erasing a person's personal data (a child's once the guardian withdrew
// consent; a volunteer's at their request): the key that sealed it is
// destroyed, so the form warns, asks for the reason, and asks to be sure.

import { post } from './api.js';
import { t } from './i18n.js';
import { act, field, formButton, h, sure, values } from './ui.js';

// A button labelled t(`word`) opening the erasure form for `who` at
// `path` (POST {reason}): the t(`warning`) text, the reason (t(`reason`) as
// a suggestion), and a confirmation (t(`question`)) before it is sent.
// `kind` names the form (data-form="erase-KIND").
export function erasureButton(kind, { word, warning, reason, question }, who, path, redraw) {
  return formButton(word, () => {
    const form = h('form', { class: 'inline-form end-form', 'data-form': `erase-${kind}` },
      h('p', { class: 'warn wide' }, t(warning, { who })),
      field('reason', { name: 'reason', required: true, maxlength: 500, value: reason ? t(reason) : '' }),
      h('button', {}, t(word)));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!sure(t(question, { who }))) return;
      act((fill) => post(path, { reason: values(form).reason }, fill.key()), redraw, form);
    });
    return form;
  });
}
