// A coordinator cancels the trip for the weather; a volunteer signed up for
// it sees it cancelled, with the reason, on her phone.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a trip cancelled for the weather shows cancelled to its volunteers', async () => {
  const { server, browser } = w;
  await recorded('cancel', browser, async () => {
    // Given the trip's roster open at the coordinator's desk
    const coordinator = await signedIn(browser, server, 'county', desktop);
    await coordinator.goto(`${server.url}#/roster/trip-childrens-day`);
    const cancel = coordinator.locator('form[data-form=cancel]');
    await cancel.waitFor();

    // When the coordinator cancels it because of a rainstorm warning, and confirms
    await cancel.locator('input[name=reason]').fill('暴雨预警，山路危险');
    assert.equal(await cancel.locator('input[name=weather]').isChecked(), false);
    await cancel.locator('input[name=weather]').check();
    const questions = [];
    coordinator.on('dialog', (d) => { questions.push(d.message()); d.accept(); });
    await cancel.getByRole('button', { name: '取消活动', exact: true }).click();

    // Then the roster says so, for the weather
    await coordinator.getByText('已取消：暴雨预警，山路危险').waitFor();
    await coordinator.getByText('(因天气取消)').waitFor();
    assert.match(questions[0], /确定取消“走出大山看世界 关爱留守儿童”/);
    await screenshots(coordinator, 'cancel-1-coordinator');

    // and 王芳, signed up for it, sees it cancelled in her activities and schedule
    const wang = await signedIn(browser, server, 'wang');
    const trip = wang.locator('[data-activity=trip-childrens-day]');
    await trip.locator('.badge.cancelled').waitFor();
    await trip.locator('summary').click();
    await trip.getByText('已取消：暴雨预警，山路危险').waitFor();
    assert.equal(await trip.getByRole('button', { name: '报名', exact: true }).count(), 0);
    await screenshots(wang, 'cancel-2-volunteer');
    await wang.click('[data-tab=schedule]');
    await wang.locator('li[data-activity=trip-childrens-day] .badge.cancelled').waitFor();
    await screenshots(wang, 'cancel-3-schedule');
    for (const p of [coordinator, wang]) assert.deepEqual(p.errors, []);
  });
});
