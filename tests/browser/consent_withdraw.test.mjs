// 小花's grandmother withdraws her consent to trips: the coordinator records
// it from her card on the care board with the reason, and 小花 comes off the
// Children's Day trip at once; her consent to the data stays in force.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();
const trip = 'trip-childrens-day';

test('a guardian’s withdrawn consent to trips takes the child off the trip', async () => {
  const { server, browser } = w;
  await recorded('consent-withdraw', browser, async () => {
    // Given 小花 on the trip, her card showing both consents in force
    const before = (await server.get('county', `/v1/activities/${trip}/roster`)).data;
    assert.ok(before.children.includes('xiaohua'));
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=care]');
    await page.locator('tr[data-child=xiaohua] th button.link').click();
    const trips = page.locator('li[data-consent=trips]');
    await trips.waitFor();
    await page.locator('li[data-consent=data_processing]').waitFor();

    // When the coordinator records that her grandmother withdrew it, saying why
    await trips.getByRole('button', { name: '撤回', exact: true }).click();
    await trips.locator('input[name=reason]').fill('奶奶担心路途安全，不同意外出');
    await trips.getByRole('button', { name: '撤回', exact: true }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();

    // Then she is off the trip and the card asks for that consent again
    const roster = await eventually(async () => (await server.get('county', `/v1/activities/${trip}/roster`)).data,
      (r) => !r.children.includes('xiaohua'));
    assert.ok(!roster.children.includes('xiaohua'), JSON.stringify(roster.children));
    const card = await eventually(async () => (await server.get('county', '/v1/children/xiaohua/card')).data,
      (c) => c.consents.length === 1);
    assert.deepEqual(card.consents.map((c) => c.kind), ['data_processing']);
    await screenshots(page, 'consent-withdraw-1');
    assert.deepEqual(page.errors, []);
  });
});
