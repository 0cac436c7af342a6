// A child changes schools (转学): the coordinator opens the child's archive
// card on the care board and hands the child over to another unit; the
// child's "3+1" team goes along, and the board filtered by unit shows the
// child under the new one. A transfer without a reason is not sent.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a child handed over to another unit keeps the team and shows under it', async () => {
  const { server, browser } = w;
  await recorded('child-transfer', browser, async () => {
    // Given the county coordinator on the care board, 小花 of 马岭小学 with her full team
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=care]');
    const row = page.locator('tr[data-child=xiaohua]');
    await row.waitFor();
    await row.locator('td[data-role=caring_mother].held').getByText('王芳').waitFor();

    // When the coordinator opens her card, picks 小草 and gives no reason
    await row.getByRole('button', { name: '小花' }).click();
    const form = page.locator('form.transfer');
    await form.waitFor();
    const choices = await form.locator('select[name=unit_id] option').allTextContents();
    assert.ok(!choices.includes('马岭小学'), `her own unit is no choice: ${choices}`);
    await form.locator('select[name=unit_id]').selectOption('xiaocao');
    const head = async () => (await server.get('auditor', '/v1/events?limit=1')).head;
    const before = await head();
    await form.getByRole('button', { name: '转出', exact: true }).click();
    // Then the page does not send it
    assert.equal(await form.locator('input[name=reason]').evaluate((i) => i.validity.valueMissing), true);
    assert.equal(await head(), before, 'nothing is recorded without a reason');
    await screenshots(page, 'child-transfer-1-form');

    // When she gives the reason and sends it
    await form.locator('input[name=reason]').fill('随祖母搬到城关，转学');
    await form.getByRole('button', { name: '转出', exact: true }).click();

    // Then 小花 is 小草's, with her caring mother still 王芳
    const mine = page.locator('tr[data-child=xiaohua]');
    await page.locator('select[name=unit]').selectOption('xiaocao');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await mine.locator('td[data-role=caring_mother].held').getByText('王芳').waitFor();
    const board = (await server.get('county', '/v1/care-board?unit=xiaocao')).data;
    const xiaohua = board.children.find((c) => c.child_id === 'xiaohua');
    assert.equal(xiaohua?.unit_id, 'xiaocao');
    const events = (await server.get('auditor', `/v1/events?from=${before + 1}&limit=100`)).data;
    // (beside the records of who read children's data on the board)
    assert.deepEqual(events.map((e) => e.type).filter((type) => !type.startsWith('access.')),
      ['child.transferred']);
    await screenshots(page, 'child-transfer-2-moved');

    // and no longer under 马岭小学
    await page.locator('select[name=unit]').selectOption('maling');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    await page.locator('tr[data-child]').first().waitFor();
    assert.equal(await page.locator('tr[data-child=xiaohua]').count(), 0);
    assert.deepEqual(page.errors, []);
  });
});
