// The county coordinator narrows the reminders to one volunteer's: the list
// shows exactly the open ones the server holds for 王芳, each naming her
// rather than her id, and its download carries the same filter.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a coordinator filters the reminders to one volunteer', async () => {
  const { server, browser } = w;
  await recorded('reminder-filter', browser, async () => {
    // Given the reminders the server holds for 王芳, still open
    const open = (await server.get('county', '/v1/reminders?for=v-wang')).data
      .filter((r) => r.state !== 'done').map((r) => r.id).sort();
    assert.ok(open.length > 0, 'the demo holds reminders for 王芳');

    // When the coordinator filters the reminders tab to her
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=reminders]');
    const form = page.locator('form[data-form=reminder-filter]');
    await form.locator('select[name=for]').selectOption('v-wang');
    await form.getByRole('button', { name: '筛选', exact: true }).click();
    await page.locator('h2', { hasText: /^提醒$/ }).waitFor();

    // Then the list holds exactly hers, each by her name
    const items = page.locator('li[data-reminder]');
    const shown = (await items.evaluateAll((lis) => lis.map((li) => li.dataset.reminder))).sort();
    assert.deepEqual(shown, open);
    for (const meta of await items.locator('.meta').allTextContents()) assert.match(meta, /王芳/);
    assert.match(await page.locator('a', { hasText: '下载表格' }).getAttribute('href'), /for=v-wang/);
    await screenshots(page, 'reminder-filter');
    assert.deepEqual(page.errors, []);
  });
});
