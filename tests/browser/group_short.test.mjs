// A group with a child and two adults keeps the two-adult rule; when the
// coordinator removes one of the adults from the roster page, with the reason
// (which the coordinator may do even though it leaves the group short), the roster says which rule the group now
// breaks, the page warns under that group in Chinese, and the coordinator has
// a reminder to make the group whole.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a group left with a child and one adult is flagged on the roster', async () => {
  const { server, browser } = w;
  await recorded('group-short', browser, async () => {
    // Given an outing of 小草 (away from the Children's Day trip its volunteers hold),
    // with a slot for two vetted adults
    const id = 'group-short-outing';
    const path = `/v1/activities/${id}`;
    const when = [9, 10].map(day).find((d) => !d.endsWith('-06-01'));
    await server.post('county', '/v1/activities', {
      activity_id: id, unit_id: 'xiaocao', kind: 'trip', title: '周末郊游 分组陪伴', place: '马岭村后山',
      starts_at_us: `${when}T09:00:00+08:00`, ends_at_us: `${when}T12:00:00+08:00`, children_capacity: 5,
    });
    await server.post('county', `${path}/slots`, {
      slot_id: 'escorts', role: '陪同', capacity: 2, adults_only: true, vetted_only: true,
    });
    await server.post('county', `${path}/open-recruitment`, {});
    // and 王芳 and 张丽, vetted adults, signed up for it
    for (const volunteer of ['v-wang', 'v-zhang']) {
      await server.post('county', `${path}/sign-up`, { slot_id: 'escorts', volunteer_id: volunteer });
    }
    // and a group with both of them and 小花, enrolled with her guardian's trip consent
    await server.post('county', `${path}/groups`, { group_id: 'g1', name: '第一组' });
    for (const volunteer of ['v-wang', 'v-zhang']) {
      await server.post('county', `${path}/assign-to-group`, { group_id: 'g1', person_id: volunteer });
    }
    await server.post('county', `${path}/enroll`, { child_id: 'xiaohua' });
    const formed = await server.post('county', `${path}/assign-to-group`,
      { group_id: 'g1', person_id: 'xiaohua', child: true });
    const before = (await server.get('county', `${path}/roster?min_position=${formed.data.position}`)).data;
    assert.deepEqual(before.groups.map((g) => [g.group_id, g.adults, g.children, g.broken_rule]),
      [['g1', ['v-wang', 'v-zhang'], ['xiaohua'], '']]);

    // Then the coordinator's roster shows the group with no warning
    const page = await signedIn(browser, server, 'county', desktop);
    await page.goto(`${server.url}#/roster/${id}`);
    const group = page.locator('section.card li').filter({ has: page.locator('strong', { hasText: /^第一组$/ }) });
    await group.locator('span.meta', { hasText: 'xiaohua' }).waitFor();
    // by its volunteers' names, and each holder by the group's name
    assert.match(await group.innerText(), /王芳、张丽、xiaohua/);
    await page.locator('li[data-volunteer="v-wang"]', { hasText: '王芳 · 第一组' }).waitFor();
    assert.equal(await page.locator('p.warn').count(), 0, 'a group keeping the rule shows no warning');
    await screenshots(page, 'group-short-1-two-adults');

    // When the coordinator removes 张丽 from the outing on the roster, giving a reason
    const zhang = page.locator('li[data-volunteer="v-zhang"]');
    await zhang.getByRole('button', { name: '移出', exact: true }).click();
    await zhang.locator('input[name=reason]').fill('临时身体不适，无法参加');
    await zhang.getByRole('button', { name: '移出', exact: true }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();

    // Then the roster names the rule the group now breaks
    const after = await eventually(async () => (await server.get('county', `${path}/roster`)).data,
      (r) => r.groups[0].broken_rule !== '');
    assert.deepEqual(after.groups.map((g) => [g.group_id, g.adults, g.children, g.broken_rule]),
      [['g1', ['v-wang'], ['xiaohua'], 'two_adult_rule']]);
    assert.deepEqual(after.slots.find((s) => s.slot_id === 'escorts').holders.map((p) => p.volunteer_id),
      ['v-wang']);
    // and the page, opened again, warns under that group in Chinese
    await page.reload();
    await group.locator('span.meta', { hasText: 'xiaohua' }).waitFor();
    const warning = group.locator('p.warn[role=alert]');
    await warning.waitFor();
    assert.equal((await warning.textContent()).trim(), '该组有儿童，但成人不足两名');
    assert.equal(await page.locator('p.warn').count(), 1, 'only the short group is flagged');
    assert.doesNotMatch(await group.innerText(), /张丽|v-zhang/);
    await screenshots(page, 'group-short-2-one-adult');

    // and the coordinator has a reminder to make the group whole before the outing
    await eventually(async () => (await server.get('county', '/v1/reminders')).data,
      (list) => JSON.stringify(list).includes(`group_short/${id}/g1`));
    await page.click('[data-tab=reminders]');
    const reminder = page.locator(`li[data-reminder="group_short/${id}/g1"]`);
    await reminder.waitFor();
    assert.match(await reminder.innerText(), /分组成人不足/);
    assert.match(await reminder.innerText(), new RegExp(when));
    await screenshots(page, 'group-short-3-reminder');

    // When the coordinator rearranges the group, taking 小花 out of it until
    // another adult joins
    await page.goto(`${server.url}#/roster/${id}`);
    await group.locator('summary', { hasText: '调整本组' }).click();
    await group.getByRole('button', { name: '把xiaohua移出本组' }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    // Then the group keeps the rule again, and the page no longer warns
    const whole = await eventually(async () => (await server.get('county', `${path}/roster`)).data,
      (r) => r.groups[0].broken_rule === '');
    assert.deepEqual(whole.groups.map((g) => [g.group_id, g.adults, g.children, g.broken_rule]),
      [['g1', ['v-wang'], [], '']]);
    await page.reload();
    await group.locator('span.meta', { hasText: '王芳' }).waitFor();
    assert.equal(await page.locator('p.warn').count(), 0, 'a group with no child is not short');
    // and the reminder to make it whole is done
    const reminders = (await server.get('county', '/v1/reminders')).data;
    assert.equal(reminders.find((r) => r.id === `group_short/${id}/g1`)?.state, 'done',
      JSON.stringify(reminders.filter((r) => r.kind === 'group_short')));
    await screenshots(page, 'group-short-4-rearranged');
    assert.deepEqual(page.errors, []);
  });
});
