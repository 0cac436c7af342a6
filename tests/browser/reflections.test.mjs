// After an activity, a volunteer who took part writes her reflection (活动心得)
// from her schedule on her phone, writes it again, and reads what the other
// volunteer wrote; the coordinator reads them on the roster under their names.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, endedActivity, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a volunteer writes her reflection after the activity and the coordinator reads it', async () => {
  const { server, browser } = w;
  await recorded('reflections', browser, async () => {
    // Given a talk 王芳 and 张丽 held places in, now over
    const id = 'talk-reflected';
    const path = await endedActivity(server, id, '亲子座谈', ['wang', 'zhang']);

    // When she writes about it from her schedule
    const wang = await signedIn(browser, server, 'wang');
    await wang.click('[data-tab=schedule]');
    const item = wang.locator(`li[data-activity=${id}]`);
    await item.getByRole('button', { name: '写活动心得', exact: true }).click();
    const form = item.locator('form[data-form=reflection]');
    await form.locator('textarea[name=text]').fill('孩子们说出了想念爸爸妈妈的话，家长也很感动。');
    await form.getByRole('button', { name: '发表心得', exact: true }).click();

    // Then her schedule shows it, and she may write it again from it
    await item.locator(`p[data-reflection=${id}]`, { hasText: '孩子们说出了想念爸爸妈妈的话' }).waitFor();
    await screenshots(wang, 'reflections-1-written');
    await item.getByRole('button', { name: '修改心得', exact: true }).click();
    assert.match(await form.locator('textarea[name=text]').inputValue(), /家长也很感动/);
    await form.locator('textarea[name=text]').fill('孩子们说出了想念爸爸妈妈的话。下次请家长一起来。');
    await form.getByRole('button', { name: '发表心得', exact: true }).click();
    await item.locator(`p[data-reflection=${id}]`, { hasText: '下次请家长一起来' }).waitFor();

    // When 张丽 has written hers, 王芳 reads it from her schedule (and not her own again)
    await server.post('zhang', `${path}/reflections`, { text: '小组游戏环节孩子们最投入。' });
    const team = () => server.get('county', `${path}/roster`);
    const both = await eventually(team, (r) => r.data.reflections?.length === 2);
    assert.equal(both.data.reflections.length, 2);
    await item.getByRole('button', { name: '同伴心得', exact: true }).click();
    await item.locator('li[data-reflection=v-zhang]', { hasText: '小组游戏环节孩子们最投入' }).waitFor();
    assert.equal(await item.locator('li[data-reflection=v-wang]').count(), 0);

    // And the coordinator reads the latest of each on the roster, under their names
    const roster = await eventually(team,
      (r) => r.data.reflections.some((x) => x.text.includes('下次请家长一起来')));
    assert.equal(roster.data.reflections.length, 2);
    const page = await signedIn(browser, server, 'county', desktop);
    await page.goto(`${server.url}#/roster/${id}`);
    const line = page.locator('li[data-reflection=v-wang]');
    await line.getByText('下次请家长一起来').waitFor();
    assert.match(await line.textContent(), /王芳/);
    await screenshots(page, 'reflections-2-roster');
    assert.deepEqual(wang.errors, []);
    assert.deepEqual(page.errors, []);
  });
});
