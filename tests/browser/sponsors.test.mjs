// The county office reads the sponsors' pledges (爱心单位认捐) of the year of
// the Children's Day trip on the report page: each sponsor with what they
// pledged and how much of it came, and the spreadsheet to download.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, settled, signedIn, world } from './harness.mjs';

const w = world();

test('the county office reads the year\'s sponsors and what each delivered', async () => {
  const { server, browser } = w;
  await recorded('sponsors', browser, async () => {
    // Given 12 of the 20 school bags pledged to the trip delivered
    const trip = (await server.get('county', '/v1/activities/trip-childrens-day/roster')).data;
    const year = trip.starts_at.slice(0, 4);
    await settled(server, await server.post('county', '/v1/activities/trip-childrens-day/fulfil-pledge',
      { pledge_id: 'bags', quantity: 12 }));

    // When the county coordinator opens the sponsors on the report page, for the trip's year
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=report]');
    const part = page.locator('details[data-sponsors]');
    await part.locator('summary').click();
    await part.locator('select[name=year]').selectOption(year);

    // Then the bags' sponsor shows 12 of 20 delivered, not yet in full
    const bags = part.locator('tr[data-sponsor="东城经济开发区国税局"]');
    await bags.waitFor();
    assert.match(await bags.textContent(), /爱心书包/);
    assert.match(await bags.textContent(), /12\/20/);
    assert.match(await bags.textContent(), /未落实/);
    assert.equal(await part.locator('tr[data-sponsor]').count(), 7);
    assert.equal(await part.locator(`a[data-download="sponsors-${year}.csv"]`).count(), 1);
    await screenshots(page, 'sponsors-1');
    assert.deepEqual(page.errors, []);
  });
});
