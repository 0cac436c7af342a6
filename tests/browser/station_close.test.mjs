// 马岭小学's coordinator closes the village's station (its school merged into
// the township's): a day it was open is refused with the reason,
// then from the day chosen it owes no opening, so no day since is short and
// the card offers no opening form. The demo was recorded 16 days ago, the
// station open on that day only.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, phone, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world({ daysAgo: 16 });

// Saturday or Sunday, for a "YYYY-MM-DD".
const weekend = (d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

test('a coordinator closes a station and no day since is short', async () => {
  const { server, browser } = w;
  await recorded('station-close', browser, async () => {
    // Given the coordinator on the stations tab, the close form open
    const page = await signedIn(browser, server, 'school', phone);
    await page.click('[data-tab=stations]');
    const card = page.locator('section[data-station=station-maling]');
    await card.waitFor();
    await card.getByRole('button', { name: '关闭活动站', exact: true }).click();
    const form = card.locator('form[data-form=close-station]');
    await form.waitFor();
    assert.equal(await form.locator('input[name=closed_on]').inputValue(), day(0));

    // When they close it from the day it opened
    await form.locator('input[name=closed_on]').fill(day(-16));
    await form.locator('input[name=reason]').fill('并入茅塔乡中心校');
    await form.getByRole('button', { name: '关闭活动站', exact: true }).click();

    // Then the page says why and shows the station as it stands: nothing is recorded
    await page.locator('#toast.bad', { hasText: '活动站在该日或之后还有开放记录' }).waitFor();
    assert.equal((await server.get('school', '/v1/stations')).data[0].closed_on, '');

    // When they close it from ten days ago instead
    await card.getByRole('button', { name: '关闭活动站', exact: true }).click();
    await form.locator('input[name=closed_on]').fill(day(-10));
    await form.locator('input[name=reason]').fill('并入茅塔乡中心校');
    await form.getByRole('button', { name: '关闭活动站', exact: true }).click();

    // Then the card says since when, each day since reads closed, and only
    // the working days before it closed are short
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    await card.getByText(`${day(-10)} 起已关闭`).waitFor();
    assert.equal(await card.getByRole('button', { name: '关闭活动站', exact: true }).count(), 0);
    for (let n = 10; n >= 0; --n) {
      assert.match(await card.locator(`tr[data-day="${day(-n)}"]`).textContent(), /已关闭/);
    }
    const expectedShort = [];
    for (let n = 13; n >= 11; --n) if (!weekend(day(-n))) expectedShort.push(day(-n));
    const shortDays = await card.locator('tr.short').evaluateAll((trs) => trs.map((tr) => tr.dataset.day));
    assert.deepEqual([...shortDays].sort(), expectedShort);
    await screenshots(page, 'station-closed');

    // and the opening form reaches no later than the day before it closed,
    // so a day missed before can still be recorded
    const opening = card.locator('form[data-form=record-opening]');
    const dayField = opening.locator('input[name=day]');
    assert.equal(await dayField.getAttribute('max'), day(-11));
    const missed = expectedShort.pop();
    await dayField.fill(missed);
    await opening.getByRole('button', { name: '记录开放', exact: true }).click();
    await page.locator(`section[data-station=station-maling] tr[data-day="${missed}"]:not(.short)`).waitFor();

    // and the server holds the same
    const station = (await server.get('school', '/v1/stations')).data[0];
    assert.equal(station.closed_on, day(-10));
    assert.deepEqual(station.days.filter((d) => d.short).map((d) => d.day).sort(), expectedShort);
    assert.deepEqual(page.errors, []);
  });
});
