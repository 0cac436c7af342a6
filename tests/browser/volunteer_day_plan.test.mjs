// 王芳 holds a place on the Children's Day trip: on her phone's schedule she
// reads what she needs on the day, as the organizer wrote it: who is in
// charge, the coordinator, when it ends and the itinerary's stops; once the
// coordinator puts her in a group, its name too.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recorded, screenshots, settled, signedIn, world } from './harness.mjs';

const w = world();
const trip = 'trip-childrens-day';

test('a volunteer reads the day’s plan and her group on her schedule', async () => {
  const { server, browser } = w;
  await recorded('volunteer-day-plan', browser, async () => {
    // Given the coordinator put 王芳 in the trip's first group
    await server.post('county', `/v1/activities/${trip}/groups`, { group_id: 'g1', name: '第一组' });
    const put = await server.post('county', `/v1/activities/${trip}/assign-to-group`,
      { group_id: 'g1', person_id: 'v-wang' });
    await settled(server, put);

    // When she opens her schedule on her phone
    const page = await signedIn(browser, server, 'wang');
    await page.click('[data-tab=schedule]');
    const item = page.locator(`li[data-activity=${trip}]`);
    const plan = item.locator('.day-plan');
    await plan.waitFor();

    // Then it names her group, who is in charge and the coordinator, and lists every stop in order
    const line = await plan.locator('.meta').textContent();
    for (const part of ['分在第一组', '总负责人：总负责人', '协调人：总协调人', '结束于']) {
      assert.ok(line.includes(part), `${part} in ${line}`);
    }
    const stops = await plan.locator('ol.itinerary li').allTextContents();
    assert.deepEqual(stops, ['人民公园(动物园)', '十堰市博物馆', '十堰市图书馆少儿部',
      '湖北工业职业技术学院', '亚新国际影院', '豆蔻文化餐厅']);
    await screenshots(page, 'volunteer-day-plan');
    assert.deepEqual(page.errors, []);
  });
});
