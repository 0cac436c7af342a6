// A child changes schools (转学): the coordinator opens the child's archive
// card on the care board and hands the child over to another unit; the
// child's "3+1" team goes along, and the board filtered by unit shows the
// child under the new one. A transfer without a reason is not sent; one
// recorded late names the day it took effect. A carer over the new unit's
// limit is marked.

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

    // 小草 allows one child per role; her happy companion 陈小雨 is 小军's too
    await server.post('admin', '/v1/units/xiaocao/settings', { role_limit: 1 });

    // When the coordinator opens her card, picks 小草 and gives no reason
    await row.getByRole('button', { name: '小花' }).click();
    const form = page.locator('form.transfer');
    await form.waitFor();
    // (her card shows the head teacher's half-yearly survey, with its notes)
    assert.match(await page.locator('li[data-survey]').first().textContent(), /班主任周老师 · 较好 · 学习认真/);
    const choices = await form.locator('select[name=unit_id] option').allTextContents();
    assert.ok(!choices.includes('马岭小学'), `her own unit is no choice: ${choices}`);
    await form.locator('select[name=unit_id]').selectOption('xiaocao');
    const head = async () => (await server.get('auditor', '/v1/events?limit=1')).head;
    const before = await head();
    const sent = [];
    page.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('/transfer')) sent.push(r.url()); });
    await form.getByRole('button', { name: '转出', exact: true }).click();
    // Then the page does not send it
    assert.equal(await form.locator('input[name=reason]').evaluate((i) => i.validity.valueMissing), true);
    assert.deepEqual(sent, [], 'nothing is sent without a reason');
    assert.equal(await head(), before);
    await screenshots(page, 'child-transfer-1-form');

    // When she gives the reason, the day it took effect (three days ago), and sends it
    await form.locator('input[name=reason]').fill('随祖母搬到城关，转学');
    const effective = await page.evaluate(() => {
      const d = new Date(Date.now() - 3 * 86400000);
      return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
    });
    await form.locator('input[name=effective_on]').fill(effective);
    await form.getByRole('button', { name: '转出', exact: true }).click();
    await form.waitFor({ state: 'detached' });  // the board is drawn again once it went through
    assert.equal(sent.length, 1);

    // Then 小花 is 小草's, with her caring mother still 王芳
    const events = (await server.get('auditor', `/v1/events?from=${before + 1}&limit=100`)).data;
    // (beside the records of who read children's data on the board)
    assert.deepEqual(events.map((e) => e.type).filter((type) => !type.startsWith('access.')),
      ['child.transferred']);
    const moved = events.find((e) => e.type === 'child.transferred');
    assert.equal(moved.event.effective_on, effective);
    const at = moved.position;
    const board = async (unit) =>
      (await server.get('county', `/v1/care-board?unit=${unit}&min_position=${at}`)).data;
    const xiaohua = (await board('xiaocao')).children.find((c) => c.child_id === 'xiaohua');
    assert.equal(xiaohua?.unit_id, 'xiaocao');
    assert.equal(xiaohua?.roles.caring_mother?.volunteer_id, 'v-wang');
    // and the page's board for each unit lists that unit's children: 小花 under 小草 only
    const filterTo = async (unit) => {
      const expected = (await board(unit)).children.map((c) => c.child_id).sort();
      await page.locator('select[name=unit]').selectOption(unit);
      await page.getByRole('button', { name: '筛选', exact: true }).click();
      await page.waitForFunction((ids) => JSON.stringify(
        [...document.querySelectorAll('tr[data-child]')].map((r) => r.dataset.child).sort()) === ids,
      JSON.stringify(expected));
      return expected;
    };
    assert.ok((await filterTo('xiaocao')).includes('xiaohua'));
    await page.locator('tr[data-child=xiaohua] td[data-role=caring_mother].held').getByText('王芳')
      .waitFor();
    // and 陈小雨, happy companion to two children where 小草 allows one, is marked
    await page.locator('tr[data-child=xiaohua] td[data-role=happy_companion] .badge')
      .getByText('超出本单位上限 2/1').waitFor();
    assert.equal(await page.locator('tr[data-child=xiaohua] td[data-role=caring_mother] .badge').count(), 0);
    await screenshots(page, 'child-transfer-2-moved');
    assert.ok(!(await filterTo('maling')).includes('xiaohua'));
    assert.deepEqual(page.errors, []);
  });
});
