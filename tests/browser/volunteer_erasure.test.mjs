// A volunteer asks for their personal data to be erased (个人信息删除): the
// admin erases it from the volunteers tab, whether they are still serving or
// left before; the volunteers who left are listed apart, the erased ones by
// no name. A coordinator sees that list but is not offered the erasure.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, signedIn, world } from './harness.mjs';

const w = world();

test('the admin erases a serving volunteer’s data, and one who left', async () => {
  const { server, browser } = w;
  // Given 李强 left the association earlier
  await server.post('county', '/v1/volunteers/v-li/leave', { reason: '调往外地' });
  const page = await signedIn(browser, server, 'admin', desktop);
  page.on('dialog', (dialog) => dialog.accept());
  await page.click('[data-tab=volunteers]');

  // When the admin erases 王芳's data from her row, with the reason offered
  const row = page.locator('table.volunteers tr[data-volunteer=v-wang]');
  await row.getByRole('button', { name: '删除个人信息', exact: true }).click();
  const form = row.locator('form[data-form=erase-volunteer]');
  assert.equal(await form.locator('input[name=reason]').inputValue(), '本人申请删除个人信息');
  await form.getByRole('button', { name: '删除个人信息', exact: true }).click();
  await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();

  // Then she is no longer among those serving, and is listed among those who left, by no name
  await page.locator('table.volunteers tr[data-volunteer=v-wang]').waitFor({ state: 'detached' });
  await page.locator('summary', { hasText: '已离开的志愿者' }).click();
  const left = page.locator('table.volunteers-left');
  assert.match(await left.locator('tr[data-volunteer=v-wang] th').textContent(), /个人信息已删除/);
  assert.doesNotMatch(await left.textContent(), /王芳/);

  // When the admin erases 李强's data among those who left
  const li = left.locator('tr[data-volunteer=v-li]');
  assert.match(await li.locator('th').textContent(), /李强/);
  await li.getByRole('button', { name: '删除个人信息', exact: true }).click();
  await li.locator('form[data-form=erase-volunteer] button', { hasText: '删除个人信息' }).click();
  await page.locator('table.volunteers-left tr[data-volunteer=v-li] .badge', { hasText: '个人信息已删除' })
    .waitFor();

  // Then the store names neither any more
  const gone = (await server.get('admin', '/v1/volunteers?left=true')).data;
  for (const id of ['v-wang', 'v-li']) {
    const v = gone.find((x) => x.volunteer_id === id);
    assert.equal(v.erased, true);
  }
  assert.deepEqual(page.errors, []);
});

test('a coordinator sees who left but is not offered the erasure', async () => {
  const { server, browser } = w;
  // Given the two who left in the test above
  const page = await signedIn(browser, server, 'county', desktop);
  await page.click('[data-tab=volunteers]');
  await page.locator('table.volunteers').waitFor();
  assert.equal(await page.locator('table.volunteers').getByRole('button', { name: '删除个人信息' }).count(), 0);
  await page.locator('summary', { hasText: '已离开的志愿者' }).click();
  const left = page.locator('table.volunteers-left');
  await left.waitFor();
  assert.equal(await left.getByRole('button', { name: '删除个人信息' }).count(), 0);
  assert.deepEqual(page.errors, []);
});
