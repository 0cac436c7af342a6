// A coordinator finds on the care board a child missing a caring mother,
// assigns a volunteer to the role, and the gap closes.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a child missing a caring mother gets one', async () => {
  const { server, browser } = w;
  await recorded('care', browser, async () => {
    // Given the county coordinator on the care board
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=care]');
    const row = page.locator('tr[data-child=xiaojun]');
    await row.waitFor();

    // Then 小军 is marked as missing a caring mother, and counted
    const gap = row.locator('td[data-role=caring_mother]');
    assert.match(await gap.getAttribute('class'), /gap/);
    assert.match(await row.getAttribute('class'), /missing/);
    const before = await page.getByText(/缺少角色的儿童：\d+/).textContent();
    await screenshots(page, 'care-1-gap');

    // When the coordinator assigns 王芳 as his caring mother
    await gap.getByRole('button', { name: '指派', exact: true }).click();
    await gap.locator('select').selectOption('v-wang');
    await gap.getByRole('button', { name: '指派', exact: true }).click();

    // Then the cell shows her and the gap is gone
    await row.locator('td[data-role=caring_mother].held').getByText('王芳').waitFor();
    assert.doesNotMatch(await row.getAttribute('class') ?? '', /missing/);
    const afterText = await page.getByText(/缺少角色的儿童：\d+/).textContent();
    assert.equal(Number(afterText.match(/\d+/)[0]), Number(before.match(/\d+/)[0]) - 1);
    await screenshots(page, 'care-2-assigned');

    // and 王芳 finds him among her children on her phone
    const wang = await signedIn(browser, server, 'wang');
    await wang.click('[data-tab=children]');
    await screenshots(wang, 'care-3-volunteer-children');
    const xiaojun = wang.locator('details.child[data-child=xiaojun]');
    await xiaojun.getByText('小军').waitFor();

    // When she records her first phone call with him
    assert.equal(await row.locator('.badge.overdue').count(), 1, '小军 starts without a recent contact');
    await xiaojun.locator('summary').click();
    const contact = xiaojun.locator('form.contact-form');
    await contact.locator('select[name=kind]').selectOption('phone_call');
    await contact.locator('input[name=summary]').fill('第一次通话，聊了学校的事');
    await contact.getByRole('button', { name: '记录一次联系', exact: true }).click();
    await wang.locator('details.child[data-child=xiaojun]').getByText('第一次通话，聊了学校的事').waitFor();
    await screenshots(wang, 'care-3-volunteer-contact');

    // Then the coordinator's board no longer marks him as out of contact
    await page.reload();
    await row.waitFor();
    assert.equal(await row.locator('.badge.overdue').count(), 0);
    for (const p of [page, wang]) assert.deepEqual(p.errors, []);
  });
});
