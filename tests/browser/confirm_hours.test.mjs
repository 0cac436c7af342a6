// Once an activity has begun, its coordinator confirms each volunteer's
// service hours from the roster (服务时长, within 10 working days by the
// record rules); the roster then shows them confirmed, and the volunteer's
// schedule counts them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { begunActivity, desktop, recorded, screenshots, settled, signedIn, world } from './harness.mjs';

const w = world();

test('a coordinator confirms a volunteer’s hours from the roster once the activity began', async () => {
  const { server, browser } = w;
  await recorded('confirm-hours', browser, async () => {
    // Given a talk that began a moment ago, 王芳 holding a place, recorded present
    const id = 'talk-now';
    const path = await begunActivity(server, id, '亲子座谈', ['wang']);
    await settled(server, await server.post('county', `${path}/attendance`,
      { volunteer_id: 'v-wang', status: 'present', recorded_by: '高主任' }));

    // When the coordinator confirms 90 minutes for her on the roster
    const page = await signedIn(browser, server, 'county', desktop);
    await page.goto(`${server.url}#/roster/${id}`);
    const holder = page.locator('li[data-volunteer=v-wang]');
    const form = holder.locator('form[data-form=confirm-hours]');
    await form.locator('input[name=minutes]').fill('90');
    await form.getByRole('button', { name: '确认服务时长', exact: true }).click();

    // Then the roster shows them confirmed, and her schedule counts 1.5 hours
    await holder.getByText('已确认 1.5 小时').waitFor();
    await screenshots(page, 'hours-1-confirmed');
    const mine = (await server.get('wang', '/v1/volunteers/v-wang/schedule')).data;
    const { starts_at: starts } = [...mine.upcoming, ...mine.past].find((x) => x.activity_id === id);
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.parse(starts))).slice(0, 7);
    assert.equal(mine.hours_by_month[month], 1.5, JSON.stringify(mine.hours_by_month));
    assert.deepEqual(page.errors, []);
  });
});
