// An auditor replays the trip's roster as it stood the day before it was
// cancelled, finds the cancellation in the history, and verifies the chain;
// the page switches to English on the way. A double tap on "更多" in the
// history loads the next page once.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

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

test('a double tap on 更多 lists each event once', async () => {
  const { server, browser } = w;
  await recorded('audit-more', browser, async () => {
    // Given a log of more than two pages of the history (100 events each)
    let head = (await server.get('auditor', '/v1/events?limit=1')).head;
    for (let n = 0; head < 230; n += 1) {
      const answer = await server.post('admin', '/v1/activities', {
        activity_id: `filler-${n}`, unit_id: 'xiaocao', kind: 'other', title: `填充活动 ${n}`, place: '马岭村',
        starts_at_us: `${day(20)}T09:00:00+08:00`, ends_at_us: `${day(20)}T10:00:00+08:00`,
      });
      head = answer.data.position;
    }
    // whose first two pages hold these events
    const first = await server.get('auditor', '/v1/events?limit=100');
    const second = await server.get('auditor', `/v1/events?limit=100&from=${first.next}`);
    const expected = [...first.data, ...second.data].map((e) => String(e.position));
    const page = await signedIn(browser, server, 'auditor', desktop);
    const rows = page.locator('.events tbody tr');
    await page.waitForFunction((n) => document.querySelectorAll('.events tbody tr').length === n,
      first.data.length);
    // on a slow connection, so that a second tap comes while the first loads
    await page.route((url) => url.pathname === '/v1/events', async (route) => {
      await new Promise((resolve) => { setTimeout(resolve, 400); });
      await route.continue();
    });

    // When the auditor taps 更多 twice in quick succession
    await page.getByRole('button', { name: '更多', exact: true }).dblclick();

    // Then the next page is listed once: the two pages, no event twice
    await page.waitForFunction((n) => document.querySelectorAll('.events tbody tr').length >= n, expected.length);
    await page.waitForTimeout(1500);
    const positions = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.position));
    assert.equal(new Set(positions).size, positions.length, 'an event is listed twice');
    assert.deepEqual(positions, expected);
    await screenshots(page, 'audit-4-more');
    assert.deepEqual(page.errors, []);
  });
});
