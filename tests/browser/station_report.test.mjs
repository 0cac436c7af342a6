// The county office's monthly report lists each working day 马岭村's station
// was open under its minimum, by station and day, and the station's weekends
// and holidays (周末、节假日全天开放) with how many it opened. The demo was
// recorded 16 days ago, with the station and that day's 150 minutes, so the
// report's month holds both kinds of day.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world({ daysAgo: 16 });

// Saturday or Sunday, for a "YYYY-MM-DD" (the demo declares no holidays).
const weekend = (d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

test('the county report lists the short working days and the rest days of the station', async () => {
  const { server, browser } = w;
  await recorded('station-report', browser, async () => {
    // Given the days the station owed since its registration, to yesterday,
    // and the month holding the most of them (at least 8: a weekend and weekdays)
    const owed = [];
    for (let n = 16; n >= 1; --n) owed.push(day(-n));
    const byMonth = new Map();
    for (const d of owed) byMonth.set(d.slice(0, 7), [...(byMonth.get(d.slice(0, 7)) ?? []), d]);
    const [month, days] = [...byMonth].sort((a, b) => b[1].length - a[1].length)[0];
    const registeredOn = day(-16);  // open 150 minutes that day, no other
    const expectedShort = days.filter((d) => !weekend(d) && d !== registeredOn);
    const restDays = days.filter(weekend);
    assert.ok(expectedShort.length > 0 && restDays.length > 0);

    // When the county office opens that month's report
    const page = await signedIn(browser, server, 'county', desktop);
    await page.goto(`${server.url}#/report/${month}`);
    const shortRows = page.locator('table.short-openings tbody tr');
    await shortRows.first().waitFor();

    // Then each short working day is a row of the station, with 0 minutes
    const shown = await shortRows.evaluateAll((trs) => trs.map((tr) => [tr.dataset.station, tr.dataset.day,
      tr.querySelector('td.num').textContent]));
    assert.deepEqual(shown, expectedShort.map((d) => ['station-maling', d, '0']));
    assert.match(await shortRows.first().textContent(), /马岭村留守儿童快乐成长活动站/);

    // and the station's rest days are counted, open on the registration day if it was one
    const rest = page.locator('table.rest-days tr[data-station=station-maling]');
    const cells = await rest.locator('td').allTextContents();
    assert.deepEqual(cells, [String(restDays.length), restDays.includes(registeredOn) ? '1' : '0', '0']);
    await screenshots(page, 'station-report');
    assert.deepEqual(page.errors, []);
  });
});
