// After an activity, a volunteer who took part writes her reflection (活动心得)
// from her schedule on her phone, and writes it again; the coordinator reads
// it on the roster under her name.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, endedActivity, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a volunteer writes her reflection after the activity and the coordinator reads it', async () => {
  const { server, browser } = w;
  await recorded('reflections', browser, async () => {
    // Given a talk 王芳 held a place in, now over
    const id = 'talk-reflected';
    await endedActivity(server, id, '亲子座谈', ['wang']);

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

    // And the coordinator reads the latest on the roster, under her name
    const roster = await eventually(() => server.get('county', `/v1/activities/${id}/roster`),
      (r) => r.data.reflections?.[0]?.text.includes('下次请家长一起来'));
    assert.equal(roster.data.reflections.length, 1);
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
