// The county coordinator narrows the reminders to one member unit: the list
// shows exactly the open ones the server holds of 马岭小学, and the download
// carries the same filter.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a coordinator narrows the reminders to one of their units', async () => {
  const { server, browser } = w;
  await recorded('reminder-unit', browser, async () => {
    // Given the open reminders the server holds of the school's unit, and others
    const all = (await server.get('county', '/v1/reminders')).data.filter((r) => r.state !== 'done');
    const open = all.filter((r) => r.unit_id === 'maling').map((r) => r.id).sort();
    assert.ok(open.length > 0 && open.length < all.length, 'the demo holds reminders of several units');

    // When the coordinator filters the reminders tab to that unit
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=reminders]');
    const form = page.locator('form[data-form=reminder-filter]');
    await form.locator('select[name=unit]').selectOption('maling');
    await form.getByRole('button', { name: '筛选', exact: true }).click();
    await page.locator('h2', { hasText: /^提醒$/ }).waitFor();

    // Then the list holds exactly that unit's, and so does the download
    const items = page.locator('li[data-reminder]');
    const shown = (await items.evaluateAll((lis) => lis.map((li) => li.dataset.reminder))).sort();
    assert.deepEqual(shown, open);
    assert.match(await page.locator('a', { hasText: '下载表格' }).getAttribute('href'), /unit=maling/);
    await screenshots(page, 'reminder-unit');
    assert.deepEqual(page.errors, []);
  });
});
