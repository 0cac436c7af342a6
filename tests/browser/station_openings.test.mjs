// A station's keeper (马岭小学's coordinator) records a missed day's opening
// on a phone: the station's last fortnight shows the working days short of
// the daily minimum (每天不少于2小时), and the day recorded is short no more.
// The demo was recorded 16 days ago, so the station has a history.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, phone, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world({ daysAgo: 16 });

// Saturday or Sunday, for a "YYYY-MM-DD".
const weekend = (d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

test('a station keeper records a missed day and it is short no more', async () => {
  const { server, browser } = w;
  await recorded('station-openings', browser, async () => {
    // Given 马岭村's station, registered with the demo 16 days ago and open
    // that day only: every working day since, to yesterday, is short.
    const expectedShort = [];
    for (let n = 13; n >= 1; --n) if (!weekend(day(-n))) expectedShort.push(day(-n));
    assert.ok(expectedShort.length >= 9);
    const page = await signedIn(browser, server, 'school', phone);

    // When the keeper opens the stations tab
    await page.click('[data-tab=stations]');
    const card = page.locator('section[data-station=station-maling]');
    await card.waitFor();

    // Then the card shows 14 days, today first, with exactly those marked short
    const rows = card.locator('table.station-days tbody tr');
    assert.equal(await rows.count(), 14);
    assert.equal(await rows.first().getAttribute('data-day'), day(0));
    const shortDays = await card.locator('tr.short').evaluateAll((trs) => trs.map((tr) => tr.dataset.day));
    assert.deepEqual([...shortDays].sort(), expectedShort);
    await card.getByText(`近两周 ${expectedShort.length} 个工作日开放不足`).waitFor();
    for (const d of shortDays) {
      assert.match(await card.locator(`tr[data-day="${d}"]`).textContent(), /开放不足/);
    }
    await screenshots(page, 'station-1-short-days');

    // When they record the latest short day's opening: 2 hours, 15 children
    const missed = expectedShort[expectedShort.length - 1];
    const form = card.locator('form[data-form=record-opening]');
    await form.locator('input[name=day]').fill(missed);
    await form.locator('input[name=minutes]').fill('120');
    await form.locator('input[name=children]').fill('15');
    await form.locator('input[name=staff]').fill('李秀英，张老师');
    await form.getByRole('button', { name: '记录开放', exact: true }).click();

    // Then the page says saved, and that day shows 120 minutes, met, not short
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    const done = page.locator(`section[data-station=station-maling] tr[data-day="${missed}"]:not(.short)`);
    await done.waitFor();
    assert.match(await done.textContent(), /120/);
    assert.match(await done.textContent(), /达标/);
    await page.getByText(`近两周 ${expectedShort.length - 1} 个工作日开放不足`).waitFor();
    await screenshots(page, 'station-2-recorded');

    // and the server holds the same: that day no longer short
    const stations = (await server.get('school', '/v1/stations')).data;
    const recordedDay = stations[0].days.find((d) => d.day === missed);
    assert.deepEqual([recordedDay.minutes, recordedDay.short], [120, false]);
    assert.deepEqual(page.errors, []);
  });
});

test('a day ahead is refused with the reason, and nothing is recorded', async () => {
  const { server, browser } = w;
  await recorded('station-opening-refused', browser, async () => {
    // Given the keeper on the stations tab
    const before = (await server.get('school', '/v1/stations')).data[0].days;
    const page = await signedIn(browser, server, 'school', phone);
    await page.click('[data-tab=stations]');
    const form = page.locator('section[data-station=station-maling] form[data-form=record-opening]');
    await form.waitFor();

    // When they record tomorrow's opening (the day field lets a typed date past its maximum through)
    await form.locator('input[name=day]').evaluate((input, d) => { input.removeAttribute('max'); input.value = d; }, day(1));
    await form.getByRole('button', { name: '记录开放', exact: true }).click();

    // Then the page says why, and the station's days are as they were
    await page.locator('#toast.bad', { hasText: 'past day' }).waitFor();
    assert.deepEqual((await server.get('school', '/v1/stations')).data[0].days, before);
    assert.deepEqual(page.errors, []);
  });
});

test('a coordinator registers a station with its four rooms; one under 100 m² is refused', async () => {
  const { server, browser } = w;
  await recorded('station-register', browser, async () => {
    // Given 马岭小学's coordinator with the registration form open
    const page = await signedIn(browser, server, 'school', phone);
    await page.click('[data-tab=stations]');
    await page.locator('section[data-station=station-maling]').waitFor();
    await page.locator('summary', { hasText: '新建活动站' }).click();
    const form = page.locator('form[data-form=register-station]');
    await form.waitFor();

    // When they register one of 80 m²
    await form.locator('input[name=name]').fill('马岭村第二活动站');
    await form.locator('input[name=area_m2]').fill('80');
    await form.locator('input[name=room_reading]').fill('书香阅览室');
    await form.getByRole('button', { name: '新建活动站', exact: true }).click();

    // Then the browser holds the form back, and no station was added
    const area = form.locator('input[name=area_m2]');
    assert.equal(await area.evaluate((input) => input.validity.rangeUnderflow), true);
    assert.equal((await server.get('school', '/v1/stations')).data.length, 1);

    // and, the page's limit taken away, the server refuses it with the reason
    await area.evaluate((input) => input.removeAttribute('min'));
    await form.getByRole('button', { name: '新建活动站', exact: true }).click();
    await page.locator('#toast.bad', { hasText: '100 m²' }).waitFor();
    assert.equal((await server.get('school', '/v1/stations')).data.length, 1);

    // When they correct the area to 120 m² and register it again
    await area.fill('120');
    await form.getByRole('button', { name: '新建活动站', exact: true }).click();

    // Then it has a card of its own, registered today, with today not over yet
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    const card = page.locator('section[data-station]', { hasText: '马岭村第二活动站' });
    await card.waitFor();
    assert.match(await card.textContent(), new RegExp(`${day(0)} 建站`));
    assert.equal(await card.locator('table.station-days tbody tr').count(), 1);
    assert.equal(await card.locator('tr.short').count(), 0);
    await screenshots(page, 'station-3-registered');

    // and the log holds its rooms, the reading room by the name given, the others by their kind's
    const id = await card.getAttribute('data-station');
    const stream = JSON.stringify(await server.get('admin', `/v1/streams/station/${id}`));
    for (const room of ['书香阅览室', '文体活动室', '音乐舞蹈室', '谈心工作室或心理咨询室']) assert.ok(stream.includes(room), room);
    assert.deepEqual(page.errors, []);
  });
});
