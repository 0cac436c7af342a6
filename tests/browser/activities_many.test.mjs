// A county with years of activities behind it: the coordinator's activities
// tab shows every one ahead, and of those completed or cancelled only the
// latest 50, saying so; the page asks the server for no more than that.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, fromNow, recorded, screenshots, settled, signedIn, world } from './harness.mjs';

const w = world();

test('the activities tab shows those ahead and the latest 50 of those over', async () => {
  const { server, browser } = w;
  await recorded('activities-many', browser, async () => {
    // Given 56 talks, a day apart, each cancelled
    let last = null;
    for (let i = 0; i < 56; ++i) {
      const id = `talk-${i}`;
      const starts = (3 + i) * 86400;
      await server.post('county', '/v1/activities', {
        activity_id: id, unit_id: 'xiaocao', kind: 'other', title: `家长课堂 ${i}`, place: '小草义工站',
        starts_at_us: fromNow(starts), ends_at_us: fromNow(starts + 1800),
      });
      last = await server.post('county', `/v1/activities/${id}/cancel`, { reason: '场地维修' });
    }
    await settled(server, last);
    const ahead = (await server.get('county', '/v1/activities?status=planned,recruiting,full,closed')).data
      .map((a) => a.activity_id);
    assert.ok(ahead.length > 0, 'the seed has activities ahead');
    const latest = (await server.get('county', '/v1/activities?status=completed,cancelled&order=latest')).data
      .map((a) => a.activity_id);
    assert.ok(latest.length >= 56, `${latest.length} over`);

    // When the coordinator opens the activities tab
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=volunteers]');
    await page.locator('li[data-activity]').first().waitFor({ state: 'detached' });
    const asked = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname === '/v1/activities') asked.push(url.search);
    });
    await page.click('[data-tab=activities]');
    await page.locator('li[data-activity]').first().waitFor();

    // Then it lists every activity ahead and the latest 50 of those over, and says so
    const shown = await page.locator('li[data-activity]').evaluateAll((lis) => lis.map((li) => li.dataset.activity));
    assert.deepEqual([...shown].sort(), [...ahead, ...latest.slice(0, 50)].sort());
    assert.ok(!shown.includes(latest[50]), `${latest[50]} is past the latest 50`);
    assert.match(await page.locator('[data-more=activities]').innerText(), /只显示最近的 50 个/);
    // (the server cut the list: the page asked for one more than it shows)
    assert.deepEqual(asked.sort(), ['?status=completed%2Ccancelled&order=latest&limit=51',
      '?status=planned%2Crecruiting%2Cfull%2Cclosed']);
    await screenshots(page, 'activities-many-1-latest-50');
    assert.deepEqual(page.errors, []);
  });
});
