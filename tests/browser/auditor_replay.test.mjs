// An auditor replays the trip's roster as it stood the day before it was
// cancelled, finds the cancellation in the history, and verifies the chain;
// the page switches to English on the way.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('the roster as of the day before, the history and the chain', async () => {
  const { server, browser } = w;
  await recorded('audit', browser, async () => {
    // Given a trip recorded two days ago and cancelled today
    await server.post('county', '/v1/activities/trip-childrens-day/cancel', { reason: '暴雨预警', weather: true });
    const page = await signedIn(browser, server, 'auditor', desktop);

    // When the auditor replays the roster as of yesterday
    await page.click('[data-tab=replay]');
    await page.selectOption('#replay select[name=name]', 'roster');
    await page.fill('#replay input[name=id]', 'trip-childrens-day');
    await page.click('#replay button');

    // Then it was still recruiting, with its volunteers
    const replayed = page.locator('.replayed');
    await replayed.waitFor();
    assert.equal(await replayed.getAttribute('data-status'), 'recruiting');
    await replayed.getByText('王芳').first().waitFor();
    await screenshots(page, 'audit-1-replay-yesterday');

    // and as of today it is cancelled
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    await page.fill('#replay input[name=as_of]', today);
    await page.click('#replay button');
    await page.locator('.replayed[data-status=cancelled]').waitFor();

    // When the auditor filters the history by type and stream
    await page.click('[data-tab=history]');
    await page.fill('#history-filter input[name=type]', 'activity.cancelled');
    await page.fill('#history-filter input[name=stream]', 'activity/trip-childrens-day');
    await page.click('#history-filter button');
    // Then exactly the trip's cancellation is listed, with who recorded it
    await page.waitForFunction(() => document.querySelectorAll('.events tbody tr').length === 1);
    const row = page.locator('.events tbody tr');
    await row.getByText('activity.cancelled').waitFor();
    await row.getByText('activity/trip-childrens-day').waitFor();
    await screenshots(page, 'audit-2-history');

    // and in English the chain verification reports an unaltered log
    await page.click('#lang');
    await page.click('[data-tab=verify]');
    await page.getByRole('button', { name: 'Verify the hash chain', exact: true }).click();
    await page.getByText(/The chain holds: \d+ events, none altered/).waitFor();
    assert.equal(await page.locator('#nav [data-tab=history]').textContent(), 'History');
    await screenshots(page, 'audit-3-verify-en');
    assert.deepEqual(page.errors, []);
  });
});
