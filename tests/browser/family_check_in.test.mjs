// A caring family (爱心家庭) comes to the library build it joined: on the
// day it finds the build on its phone, as a family, and checks in with the
// code the coordinator reads out, as a volunteer holding a place does.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromNow, openCheckIn, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a caring family checks in at the library build it joined', async () => {
  const { server, browser } = w;
  await recorded('family-check-in', browser, async () => {
    // Given a library build at 马岭小学 in two hours, which 王芳's family joined
    const id = 'library-shelving';
    const path = `/v1/activities/${id}`;
    await server.post('county', '/v1/activities', {
      activity_id: id, unit_id: 'maling', kind: 'library_build', title: '图书屋上架', place: '马岭小学',
      starts_at_us: fromNow(2 * 3600), ends_at_us: fromNow(4 * 3600),
    });
    await server.post('wang', `${path}/join-library-build`, { volunteer_id: 'v-wang' });

    // When the coordinator opens today's check-in on the build's roster
    const { page, code } = await openCheckIn(browser, server, 'county', id);

    // Then 王芳 finds the build on her schedule as a caring family, with its check-in
    const wang = await signedIn(browser, server, 'wang');
    await wang.click('[data-tab=schedule]');
    const item = wang.locator(`li[data-activity=${id}]`);
    await item.getByText(/爱心家庭/).waitFor();
    const form = item.locator('form[data-form=check-in]');
    await form.locator('input[name=code]').fill(code);
    await screenshots(wang, 'family-check-in-1-code');
    await form.getByRole('button', { name: '签到', exact: true }).click();

    // and the code read out checks the family in
    await item.getByText(/已签到/).waitFor();
    await screenshots(wang, 'family-check-in-2-checked-in');
    const mine = (await server.get('wang', '/v1/volunteers/v-wang/schedule')).data;
    const entry = mine.upcoming.find((a) => a.activity_id === id);
    assert.equal(entry.role, 'family', JSON.stringify(entry));
    assert.ok(entry.checked_in_at, JSON.stringify(entry));
    for (const p of [page, wang]) assert.deepEqual(p.errors, []);
  });
});
