// Files to download: a spreadsheet or calendar file fetched with the token
// and saved from the page, or a plain signed link for browsers that can
// neither send a token nor save a file the page made.

import { get, getFile } from './api.js';
import { explain, t } from './i18n.js';
import { h, say } from './ui.js';

// A link labelled t(`word`) that downloads `path` (a route and its query) as
// the file `filename`: the page fetches it with the token, which never goes
// in a URL, and hands the browser the file; a failure is said.
export function downloadLink(word, path, filename) {
  const link = h('a', { class: 'small download', href: path, 'data-download': filename }, t(word));
  link.addEventListener('click', async (e) => {
    e.preventDefault();
    try {
      const url = URL.createObjectURL(await getFile(path));
      const save = h('a', { href: url, download: filename });
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (error) {
      say(explain(error), true);
    }
  });
  return link;
}

// A plain link to a file that opens without a token (an activity's .ics),
// for browsers that cannot save a file the page makes (a messaging app's):
// `asked` answers {url, expires_at}. arm() asks for it (when the item the
// link belongs to opens), so a long press can copy it; a tap before that, or
// after it expired, asks first and then goes there.
export function signedLink(word, asked) {
  const link = h('a', { class: 'small download', href: '#', 'data-signed': asked }, t(word));
  let expires = 0;
  const arm = async () => {
    if (Date.now() < expires) return link.href;
    const { url, expires_at: until } = await get(asked);
    link.href = url;
    expires = Date.parse(until) - 60000;
    return url;
  };
  link.addEventListener('click', async (e) => {
    if (Date.now() < expires) return;
    e.preventDefault();
    try {
      location.assign(await arm());
    } catch (error) {
      say(explain(error), true);
    }
  });
  return { link, arm };
}
