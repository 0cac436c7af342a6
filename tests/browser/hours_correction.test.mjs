// A volunteer whose confirmed hours are wrong asks for a correction from her
// schedule, with the hours and why; the coordinator sees it on the roster
// and accepts it, or refuses another saying why.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { begunActivity, desktop, recorded, screenshots, settled, signedIn, world } from './harness.mjs';

const w = world();

test('a volunteer asks for her hours to be corrected and the coordinator decides', async () => {
  const { server, browser } = w;
  await recorded('hours-correction', browser, async () => {
    // Given a talk that began a moment ago, where 王芳 and 张丽 each had 60 minutes confirmed
    const id = 'talk-corrected';
    const path = await begunActivity(server, id, '亲子座谈', ['wang', 'zhang']);
    let confirmed = null;
    for (const v of ['v-wang', 'v-zhang']) {
      confirmed = await server.post('county', `${path}/confirm-hours`, { volunteer_id: v, confirmed_by: '高主任', minutes: 60 });
    }
    await settled(server, confirmed);

    // When 王芳 asks, from her schedule, for 90 minutes: she came early to set up
    const wang = await signedIn(browser, server, 'wang');
    await wang.click('[data-tab=schedule]');
    const item = wang.locator(`li[data-activity=${id}]`);
    await item.getByText('已确认 1.0 小时').waitFor();
    await item.getByRole('button', { name: '申请更正时长', exact: true }).click();
    const form = item.locator('form[data-form=hours-correction]');
    await form.locator('input[name=minutes]').fill('90');
    await form.locator('input[name=reason]').fill('提前半小时到场布置');
    await form.getByRole('button', { name: '申请更正时长', exact: true }).click();
    // Then her schedule shows the correction asked for
    await item.getByText('已申请更正为 1.5 小时：提前半小时到场布置').waitFor();
    await screenshots(wang, 'hours-correction-1-asked');

    // When 张丽 asks for 120 minutes, and the coordinator opens the roster
    await settled(server, await server.post('zhang', `${path}/hours-corrections`,
      { volunteer_id: 'v-zhang', minutes: 120, reason: '包含路上时间' }));
    const page = await signedIn(browser, server, 'county', desktop);
    await page.goto(`${server.url}#/roster/${id}`);
    const wangRow = page.locator('li[data-volunteer=v-wang]');
    await wangRow.getByText('提前半小时到场布置').waitFor();
    await screenshots(page, 'hours-correction-2-roster');

    // Then accepting 王芳's makes her 1.5 hours stand
    await wangRow.getByRole('button', { name: '同意更正', exact: true }).click();
    await wangRow.getByText('已确认 1.5 小时').waitFor();
    // and refusing 张丽's, saying why, leaves her 1 hour
    const zhangRow = page.locator('li[data-volunteer=v-zhang]');
    await zhangRow.getByRole('button', { name: '不同意更正', exact: true }).click();
    await zhangRow.locator('input[name=reason]').fill('路上时间本单位不计入服务时长');
    await zhangRow.getByRole('button', { name: '不同意更正', exact: true }).click();
    // (the row is drawn again without the correction asked for)
    await zhangRow.getByText(/已申请更正/).waitFor({ state: 'detached' });
    await zhangRow.getByText('已确认 1.0 小时').waitFor();

    const mine = (await server.get('wang', '/v1/volunteers/v-wang/schedule')).data;
    const entry = [...mine.upcoming, ...mine.past].find((x) => x.activity_id === id);
    assert.equal(entry.confirmed_minutes, 90);
    assert.equal(entry.correction, undefined);
    const hers = (await server.get('zhang', '/v1/volunteers/v-zhang/schedule')).data;
    assert.equal([...hers.upcoming, ...hers.past].find((x) => x.activity_id === id).confirmed_minutes, 60);
    assert.deepEqual([...wang.errors, ...page.errors], []);
  });
});
