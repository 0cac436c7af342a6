// A coordinator plans an activity on the page; a volunteer takes its last
// place on a phone; a second volunteer joins the waitlist and sees her place;
// when the first withdraws, the second is promoted and sees it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('the last place, the waitlist and a promotion', async () => {
  const { server, browser } = w;
  await recorded('waitlist', browser, async () => {
    // Given a coordinator who plans a two-place activity on the page
    const coordinator = await signedIn(browser, server, 'county', desktop);
    await coordinator.click('details.card summary');
    await coordinator.fill('#plan input[name=title]', '周末陪伴 读书会');
    await coordinator.selectOption('#plan select[name=kind]', 'other');
    await coordinator.selectOption('#plan select[name=unit_id]', 'xiaocao');
    await coordinator.fill('#plan input[name=place]', '马岭村活动室');
    await coordinator.fill('#plan input[name=slot_role_0]', '陪读');
    await coordinator.fill('#plan input[name=slot_capacity_0]', '2');
    // (a plan that ends before it starts is refused in words, and nothing is planned)
    const starts = await coordinator.inputValue('#plan input[name=starts]');
    await coordinator.fill('#plan input[name=ends]', starts.replace(/T.*/, 'T08:00'));
    await coordinator.click('#plan button[type=submit]');
    const refusal = coordinator.locator('#toast.bad');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /^填写有误：.*\S/);
    await screenshots(coordinator, 'waitlist-0-refused');
    await coordinator.fill('#plan input[name=ends]', starts.replace(/T.*/, 'T16:00'));
    await coordinator.click('#plan button[type=submit]');
    await coordinator.waitForURL(/#\/roster\//);
    const activity = decodeURIComponent(coordinator.url().split('#/roster/')[1]);
    await coordinator.waitForSelector('[data-slot=s1]');
    await screenshots(coordinator, 'waitlist-1-planned');
    // and one of its places already taken
    await server.post('county', `/v1/activities/${activity}/sign-up`, { slot_id: 's1', volunteer_id: 'v-li' });

    // When 王芳 takes the last place on her phone
    const wang = await signedIn(browser, server, 'wang');
    await wang.locator(`[data-activity="${activity}"] summary`).click();
    const wangSlot = wang.locator(`[data-activity="${activity}"] [data-slot=s1]`);
    await assert.doesNotReject(wangSlot.getByText('空位 1/2').waitFor());
    await wangSlot.getByRole('button', { name: '报名', exact: true }).click();
    await wangSlot.getByText('已报名').waitFor();
    await wangSlot.getByText('空位 0/2').waitFor();
    await screenshots(wang, 'waitlist-2-last-place');

    // Then 张丽 finds it full and joins the waitlist, first in line
    const zhang = await signedIn(browser, server, 'zhang');
    await zhang.locator(`[data-activity="${activity}"] summary`).click();
    const zhangSlot = zhang.locator(`[data-activity="${activity}"] [data-slot=s1]`);
    await zhangSlot.getByRole('button', { name: '加入候补', exact: true }).click();
    await zhangSlot.getByText('候补第 1 位').waitFor();
    await screenshots(zhang, 'waitlist-3-waiting');

    // When 王芳 withdraws, her place goes to 张丽 and the slot stays full
    await wangSlot.getByRole('button', { name: '退出报名', exact: true }).click();
    await wangSlot.getByRole('button', { name: '加入候补', exact: true }).waitFor();
    assert.equal(await wangSlot.getByText('已报名').count(), 0);

    // Then 张丽's schedule shows her place, no longer waiting
    await zhang.click('[data-tab=schedule]');
    const item = zhang.locator(`li[data-activity="${activity}"]`);
    await item.waitFor();
    assert.equal(await item.getByText('候补第').count(), 0, 'still shown as waiting after promotion');
    await zhang.click('[data-tab=activities]');
    await zhang.locator(`[data-activity="${activity}"] summary`).click();
    await zhangSlot.getByText('已报名').waitFor();
    await screenshots(zhang, 'waitlist-4-promoted');

    // and the coordinator's roster lists her as a holder, with an empty waitlist
    await coordinator.reload();
    const holders = coordinator.locator('[data-slot=s1] .holders');
    await holders.getByText('张丽').waitFor();
    assert.equal(await coordinator.locator('[data-slot=s1] .waitlist').count(), 0);
    for (const page of [coordinator, wang, zhang]) assert.deepEqual(page.errors, []);
  });
});
