// On the day, a coordinator opens check-in and reads the code out; a
// volunteer holding a place types it on her phone and is checked in, and
// later checks out the same way. A wrong code is refused and says why.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromNow, openCheckIn, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a volunteer checks in and out on her phone with the code the coordinator reads out', async () => {
  const { server, browser } = w;
  await recorded('check-in', browser, async () => {
    // Given an evening reading club in two hours, with 王芳 holding a place
    const id = 'reading-tonight';
    const path = `/v1/activities/${id}`;
    await server.post('county', '/v1/activities', {
      activity_id: id, unit_id: 'xiaocao', kind: 'other', title: '晚间读书会', place: '马岭村活动室',
      starts_at_us: fromNow(2 * 3600), ends_at_us: fromNow(4 * 3600),
    });
    await server.post('county', `${path}/slots`, { slot_id: 'reader', role: '领读', capacity: 2, vetted_only: false });
    await server.post('county', `${path}/open-recruitment`, {});
    await server.post('wang', `${path}/sign-up`, { slot_id: 'reader' });

    // When the coordinator opens today's check-in on the roster
    const { page, code } = await openCheckIn(browser, server, 'county', id);
    await screenshots(page, 'check-in-1-code');

    // Then 王芳 finds the check-in on her schedule; a wrong code is refused
    const wang = await signedIn(browser, server, 'wang');
    await wang.click('[data-tab=schedule]');
    const item = wang.locator(`li[data-activity=${id}]`);
    const form = item.locator('form[data-form=check-in]');
    await form.locator('input[name=code]').fill(code === '000000' ? '111111' : '000000');
    await form.getByRole('button', { name: '签到', exact: true }).click();
    await wang.getByText(/签到码不正确/).waitFor();
    // (the refusal draws the schedule again, with an empty form)
    await wang.waitForFunction((sel) => document.querySelector(sel)?.value === '',
      `li[data-activity=${id}] form[data-form=check-in] input[name=code]`);

    // and the code read out checks her in
    await form.locator('input[name=code]').fill(code);
    await form.getByRole('button', { name: '签到', exact: true }).click();
    await item.getByText(/已签到/).waitFor();
    await screenshots(wang, 'check-in-2-checked-in');

    // And she checks out with the same code
    const out = item.locator('form[data-form=check-out]');
    await out.locator('input[name=code]').fill(code);
    await out.getByRole('button', { name: '签退', exact: true }).click();
    await item.locator('form').waitFor({ state: 'detached' });
    const mine = (await server.get('wang', `/v1/volunteers/v-wang/schedule`)).data;
    const entry = mine.upcoming.find((a) => a.activity_id === id);
    assert.ok(entry.checked_in_at && entry.checked_out_at, JSON.stringify(entry));
    // and the code is never in what her phone reads
    const roster = (await server.get('wang', `${path}/roster`)).data;
    assert.notEqual(roster.check_in.code, code);
    for (const p of [page, wang]) assert.deepEqual(p.errors, []);
  });
});
