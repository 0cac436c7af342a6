// A counselor (心理咨询师) finds the group talk she holds a place in on her
// Counseling tab, records the session held with the children she ticks and
// notes only counselors read, and asks for a follow-up with one child, which
// then stands on her reminders.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

// The demo recorded 8 days ago: its group talk (a week after) was yesterday.
const w = world({ daysAgo: 8 });
const talk = 'talk-maling';

test('a counselor records a group session with its notes and asks for a follow-up', async () => {
  const { server, browser } = w;
  await recorded('counseling', browser, async () => {
    // Given 徐敏, the counselor of 马岭小学's group talk, on her phone
    const xu = await signedIn(browser, server, 'xu');
    await xu.click('[data-tab=counseling]');
    const part = xu.locator(`section[data-activity=${talk}]`);
    await part.getByText('还没有辅导记录').waitFor();
    await screenshots(xu, 'counseling-1-talk');

    // (the children enrolled show by name)
    await part.locator('label', { hasText: '小花' }).locator('input[data-child=xiaohua]').waitFor();
    await part.locator('label', { hasText: '小军' }).locator('input[data-child=xiaojun]').waitFor();

    // When she records the group session held with both children, and her notes
    const form = part.locator('form[data-form=session]');
    await form.locator('select[name=outcome]').selectOption('held');
    await form.locator('input[name=group]').check();
    await form.locator('input[data-child=xiaohua]').check();
    await form.locator('input[data-child=xiaojun]').check();
    await form.locator('textarea[name=notes]').fill('两个孩子都说想念在外打工的妈妈');
    await form.getByRole('button', { name: '记录辅导', exact: true }).click();

    // Then the session shows with its notes, and the server holds it
    const session = part.locator('li[data-session="0"]');
    await session.getByText('两个孩子都说想念在外打工的妈妈').waitFor();
    await session.getByText('团体', { exact: true }).waitFor();
    await session.getByText('小花、小军').waitFor();
    await screenshots(xu, 'counseling-2-session');
    const sessions = (await server.get('xu', `/v1/activities/${talk}/sessions`)).data;
    assert.equal(sessions.length, 1);
    assert.deepEqual([...sessions[0].children].sort(), ['xiaohua', 'xiaojun']);
    assert.equal(sessions[0].group, true);

    // When she asks for a follow-up with 小花 in a week
    const due = day(7);
    const follow = part.locator('form[data-form=follow-up]');
    await follow.locator('select[name=child_id]').selectOption('xiaohua');
    await follow.locator('input[name=due]').fill(due);
    await follow.getByRole('button', { name: '安排随访', exact: true }).click();
    await xu.locator('#toast', { hasText: '已保存' }).waitFor();

    // Then it stands on her reminders, due that day (once the reminders view has it)
    const mine = await eventually(async () => (await server.get('xu', '/v1/reminders?for=v-xu')).data,
      (list) => list.some((r) => r.kind === 'counseling_follow_up'));
    const reminder = mine.find((r) => r.kind === 'counseling_follow_up');
    assert.ok(reminder, JSON.stringify(mine));
    assert.equal(reminder.subject, 'xiaohua');
    assert.equal(reminder.due, due);
    await xu.click('[data-tab=reminders]');
    await xu.getByText('心理随访').first().waitFor();
    assert.deepEqual(xu.errors, []);
  });
});

test('a volunteer has no Counseling tab, and a coordinator cannot read the notes', async () => {
  const { server, browser } = w;
  const wang = await signedIn(browser, server, 'wang');
  assert.equal(await wang.locator('[data-tab=counseling]').count(), 0);
  const r = await fetch(new URL(`/v1/activities/${talk}/sessions`, server.url),
    { headers: { Authorization: `Bearer ${server.tokens.county}` } });
  assert.equal(r.status, 403);
});
