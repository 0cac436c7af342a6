// 马岭小学's station closed ten days ago for repairs; its coordinator opens it
// again from four days ago. The days it was closed stay closed, the working
// days since are owed again (short, with no opening recorded), and the card
// offers a closing again instead of a reopening. The demo was recorded 16
// days ago, the station open on that day only.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, phone, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world({ daysAgo: 16 });

// Saturday or Sunday, for a "YYYY-MM-DD".
const weekend = (d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

test('a coordinator reopens a closed station and its days are owed again', async () => {
  const { server, browser } = w;
  await server.post('school', '/v1/stations/station-maling/close', { closed_on: day(-10), reason: '校舍修缮' });
  await recorded('station-reopen', browser, async () => {
    // Given the coordinator on the stations tab, the reopen form open
    const page = await signedIn(browser, server, 'school', phone);
    await page.click('[data-tab=stations]');
    const card = page.locator('section[data-station=station-maling]');
    await card.getByText(`${day(-10)} 起已关闭`).waitFor();
    await card.getByRole('button', { name: '重新开放活动站', exact: true }).click();
    const form = card.locator('form[data-form=reopen-station]');
    await form.waitFor();
    const dayField = form.locator('input[name=reopened_on]');
    assert.equal(await dayField.getAttribute('min'), day(-10));
    assert.equal(await dayField.getAttribute('max'), day(0));

    // When they reopen it from four days ago
    await dayField.fill(day(-4));
    await form.locator('input[name=reason]').fill('修缮完毕');
    await form.getByRole('button', { name: '重新开放活动站', exact: true }).click();

    // Then the card says since when, the days it was closed read closed, and
    // the working days since it reopened (today not over) are short again
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    await card.getByText(`${day(-4)} 起重新开放`).waitFor();
    for (let n = 10; n >= 5; --n) {
      assert.match(await card.locator(`tr[data-day="${day(-n)}"]`).textContent(), /已关闭/);
    }
    for (let n = 4; n >= 0; --n) {
      assert.doesNotMatch(await card.locator(`tr[data-day="${day(-n)}"]`).textContent(), /已关闭/);
    }
    const expectedShort = [];
    for (let n = 13; n >= 11; --n) if (!weekend(day(-n))) expectedShort.push(day(-n));
    for (let n = 4; n >= 1; --n) if (!weekend(day(-n))) expectedShort.push(day(-n));
    const shortDays = await card.locator('tr.short').evaluateAll((trs) => trs.map((tr) => tr.dataset.day));
    assert.deepEqual([...shortDays].sort(), expectedShort);
    // and it may be closed again, from the day it reopened on
    assert.equal(await card.getByRole('button', { name: '重新开放活动站', exact: true }).count(), 0);
    await card.getByRole('button', { name: '关闭活动站', exact: true }).click();
    const closeDay = card.locator('form[data-form=close-station] input[name=closed_on]');
    assert.equal(await closeDay.getAttribute('min'), day(-4));
    assert.equal(await card.locator('form[data-form=record-opening] input[name=day]').getAttribute('max'), day(0));
    await screenshots(page, 'station-reopened');

    // and the server holds the same
    const station = (await server.get('school', '/v1/stations')).data[0];
    assert.equal(station.closed_on, '');
    assert.equal(station.reopened_on, day(-4));
    assert.deepEqual(station.days.filter((d) => d.short).map((d) => d.day).sort(), expectedShort);
    assert.deepEqual(page.errors, []);
  });
});
