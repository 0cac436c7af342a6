// A volunteer signs up on her phone for an outing another unit organizes: the
// sign-up is refused for the organizer's waiver (特别承诺), which the page
// then shows under the slot; she reads it, accepts it, and the page sends the
// sign-up again, which now gives her the place.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a sign-up refused for the organizer\'s waiver goes through once she accepts it', async () => {
  const { server, browser } = w;
  await recorded('waiver-on-sign-up', browser, async () => {
    // Given 马岭小学, which publishes its own waiver
    const text = '参加马岭小学活动的志愿者同意：途中听从带队老师安排，不单独带孩子离队。';
    await server.post('admin', '/v1/units/maling/waivers', { version: '马岭-2031', text });
    // and plans an outing (away from the Children's Day trip 王芳 holds), with a
    // slot for vetted volunteers, open for sign-ups
    const id = 'waiver-maling-outing';
    const path = `/v1/activities/${id}`;
    const when = [9, 10].map(day).find((d) => !d.endsWith('-06-01'));
    await server.post('admin', '/v1/activities', {
      activity_id: id, unit_id: 'maling', kind: 'trip', title: '马岭小学 秋游陪伴', place: '马岭村后山',
      starts_at_us: `${when}T09:00:00+08:00`, ends_at_us: `${when}T12:00:00+08:00`, children_capacity: 10,
    });
    await server.post('admin', `${path}/slots`, { slot_id: 'escorts', role: '陪同', capacity: 2 });
    await server.post('admin', `${path}/open-recruitment`, {});
    // and 王芳 (of 小草义工协会), who accepted only her own unit's waiver
    const events = async (stream) => (await server.get('auditor',
      `/v1/events?type=volunteer.waiver_accepted&stream=${stream}&limit=1000`)).data;
    assert.deepEqual((await events('volunteer/v-wang')).map((e) => e.event.unit_id), ['xiaocao']);

    // When 王芳 opens the outing on her phone and taps 报名
    const wang = await signedIn(browser, server, 'wang');
    await wang.locator(`[data-activity="${id}"] summary`).click();
    const slot = wang.locator(`[data-activity="${id}"] [data-slot=escorts]`);
    await slot.getByText('空位 2/2').waitFor();
    await slot.getByRole('button', { name: '报名', exact: true }).click();

    // Then the refusal is said
    const refusal = wang.locator('#toast.bad');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /^志愿者尚未签署承诺书/);
    // and the school's waiver is shown under that slot, to read
    const waiver = slot.locator('div.waiver[role=group]');
    await waiver.waitFor();
    assert.equal((await waiver.locator('h4').textContent()).trim(), '马岭小学的特别承诺');
    assert.equal(await waiver.locator('p.waiver-text').textContent(), text);
    assert.equal(await wang.locator('div.waiver').count(), 1, 'the waiver is shown under one slot only');
    assert.equal(await slot.getByText('已报名').count(), 0);
    await screenshots(wang, 'waiver-on-sign-up-1-waiver');

    // When she accepts it
    await waiver.getByRole('button', { name: '我已阅读并同意，报名', exact: true }).click();

    // Then she holds the place: the page shows it, the waiver gone
    await slot.getByText('已报名').waitFor();
    await slot.getByText('空位 1/2').waitFor();
    assert.equal(await wang.locator('div.waiver').count(), 0, 'the waiver is still shown after signing up');
    await screenshots(wang, 'waiver-on-sign-up-2-signed-up');
    // and the roster lists her among the slot's holders
    const roster = (await server.get('admin', `${path}/roster`)).data;
    assert.deepEqual(roster.slots.find((s) => s.slot_id === 'escorts').holders.map((p) => p.volunteer_id),
      ['v-wang']);
    // and the log records her accepting the school's waiver
    const accepted = (await events('volunteer/v-wang')).map((e) => [e.event.unit_id, e.event.waiver_version]);
    assert.deepEqual(accepted, [['xiaocao', '2027-1'], ['maling', '马岭-2031']]);
    assert.deepEqual(wang.errors, []);
  });
});
