// A coordinator corrects an activity on its roster: more places in a slot
// (fewer than those holding one is refused, saying why), and a new place
// and itinerary, keeping the contacts it had.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, fromNow, recorded, screenshots, settled, signedIn, world } from './harness.mjs';

const w = world();

test('a coordinator changes a slot’s places and the activity’s place on the roster', async () => {
  const { server, browser } = w;
  await recorded('activity-edit', browser, async () => {
    // Given a reading club next week with two places, both held
    const id = 'reading-club';
    const path = `/v1/activities/${id}`;
    await server.post('county', '/v1/activities', {
      activity_id: id, unit_id: 'xiaocao', kind: 'other', title: '周末读书会', place: '马岭村活动室',
      starts_at_us: fromNow(7 * 86400), ends_at_us: fromNow(7 * 86400 + 7200), person_in_charge: '高主任',
    });
    await server.post('county', `${path}/slots`, { slot_id: 'reader', role: '领读', capacity: 2, vetted_only: false });
    await server.post('county', `${path}/open-recruitment`, {});
    await server.post('wang', `${path}/sign-up`, { slot_id: 'reader' });
    await settled(server, await server.post('zhang', `${path}/sign-up`, { slot_id: 'reader' }));
    const page = await signedIn(browser, server, 'county', desktop);
    await page.goto(`${server.url}#/roster/${id}`);
    const slot = page.locator('[data-slot=reader]');
    await slot.getByText('空位 0/2').waitFor();

    // When the coordinator lowers it to one place, it is refused: two hold one
    const places = slot.locator('form[data-form=capacity]');
    await places.locator('input[name=capacity]').fill('1');
    await places.getByRole('button', { name: '修改名额', exact: true }).click();
    await page.locator('#toast.bad', { hasText: '人数不能少于已报名人数' }).waitFor();
    // (the refusal draws the roster again as it stands: two places)
    await page.waitForFunction(() =>
      document.querySelector('[data-slot=reader] form[data-form=capacity] input[name=capacity]')?.value === '2');

    // When they raise it to four
    await slot.locator('form[data-form=capacity] input[name=capacity]').fill('4');
    await slot.locator('form[data-form=capacity]').getByRole('button', { name: '修改名额', exact: true }).click();
    // Then two places are free
    await slot.getByText('空位 2/4').waitFor();

    // When they move it to the school's second floor with an itinerary
    await page.locator('summary', { hasText: '修改活动信息' }).click();
    const form = page.locator('form[data-form=details]');
    assert.equal(await form.locator('input[name=person_in_charge]').inputValue(), '高主任');
    await form.locator('input[name=place]').fill('马岭小学二楼图书室');
    await form.locator('textarea[name=itinerary]').fill('14:00 签到\n14:30 共读《小王子》');
    await form.getByRole('button', { name: '保存修改', exact: true }).click();

    // Then the roster shows the new place, and the contacts it had are kept
    await page.locator('[data-activity] .meta', { hasText: '马岭小学二楼图书室' }).waitFor();
    await screenshots(page, 'activity-edit-1-saved');
    const roster = (await server.get('county', `${path}/roster`)).data;
    assert.equal(roster.place, '马岭小学二楼图书室');
    assert.deepEqual(roster.itinerary, ['14:00 签到', '14:30 共读《小王子》']);
    assert.equal(roster.person_in_charge, '高主任');
    assert.equal(roster.slots[0].capacity, 4);
    assert.deepEqual(page.errors, []);
  });
});
