// A card folded until it is opened, whose body is read from the server only
// then: the report's sections (the six actions, the assessment, the
// sponsors) and a volunteer's service record.

import { t } from './i18n.js';
import { attempt, h, show } from './ui.js';

// A folded card titled `title`, with `attrs` and the `controls` above its
// body, whose body shows what `read()` resolves to (a list of nodes): read
// only once the card is first opened (again on opening after a failed read,
// which is said), and whenever the returned `reload()` is called; an answer
// that comes after a later read began is dropped, its failure too.
export function foldedRead(attrs, title, read, ...controls) {
  const body = h('div', {});
  const part = h('details', { class: 'card', ...attrs }, h('summary', {}, h('h2', {}, title)), ...controls, body);
  let asking = 0;
  const reload = async () => {
    const mine = ++asking;
    show(body, h('p', { class: 'meta' }, t('loading')));
    return attempt(async () => {
      try {
        const shown = await read();
        if (mine === asking) show(body, ...shown);
      } catch (e) {
        if (mine === asking) throw e;
      }
    }, body);
  };
  let asked = false;
  part.addEventListener('toggle', async () => {
    if (!part.open || asked) return;
    asked = true;
    asked = await reload();
  });
  return { part, reload };
}
