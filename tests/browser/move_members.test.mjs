// A school is merged into another (撤点并校): the county coordinator opens
// the care board of 马岭小学 and moves all of its people to 小草 at once. A
// child whose guardian withdrew consent to processing holds the move up and
// is named; left behind on request, the others move.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a unit moves everyone at once, leaving a child without consent behind when asked', async () => {
  const { server, browser } = w;
  await recorded('move-members', browser, async () => {
    // Given 小军's grandfather withdrew consent to processing his data
    await server.post('admin', '/v1/children/xiaojun/withdraw-consent',
      { kind: 'data_processing', withdrawn_on: day(), reason: '监护人撤回' });
    const head = async () => (await server.get('auditor', '/v1/events?limit=1')).head;
    const written = async (from) =>
      (await server.get('auditor', `/v1/events?from=${from + 1}&limit=100`)).data
        .filter((e) => !e.type.startsWith('access.'));  // beside who read children's data

    // and the county coordinator on the care board of 马岭小学
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=care]');
    await page.locator('tr[data-child=xiaohua]').waitFor();
    assert.equal(await page.locator('form.move-members').count(), 0, "only one unit's board offers it");
    await page.locator('select[name=unit]').selectOption('maling');
    await page.getByRole('button', { name: '筛选', exact: true }).click();
    const rows = () => page.evaluate(() =>
      [...document.querySelectorAll('tr[data-child]')].map((r) => r.dataset.child).sort());
    await page.waitForFunction(() => !document.querySelector('tr[data-child=tingting]'));
    assert.deepEqual(await rows(), ['xiaohua', 'xiaojun']);

    // When the coordinator moves everyone to 小草
    await page.getByText('整体转出本单位人员（撤点并校）').click();
    const form = page.locator('form.move-members');
    const choices = await form.locator('select[name=to_unit_id] option').allTextContents();
    assert.ok(!choices.includes('马岭小学'), `its own unit is no choice: ${choices}`);
    await form.locator('select[name=to_unit_id]').selectOption('xiaocao');
    await form.locator('input[name=reason]').fill('撤点并校，并入小草');
    const before = await head();
    await form.getByRole('button', { name: '全部转出', exact: true }).click();
    // Then the page says 小军 holds the move up, nothing moved, and the form
    // keeps what was filled in
    const toast = page.locator('#toast.bad');
    await toast.waitFor();
    assert.match(await toast.textContent(), /缺少监护人同意书.*xiaojun/);
    assert.deepEqual(await written(before), []);
    assert.equal(await form.locator('input[name=reason]').inputValue(), '撤点并校，并入小草');
    await screenshots(page, 'move-members-1-refused');

    // When the coordinator leaves him behind
    await form.locator('input[name=skip_refused]').check();
    await form.getByRole('button', { name: '全部转出', exact: true }).click();
    // Then 小花 moved to 小草, and 马岭小学's board lists 小军 alone
    await page.waitForFunction(() => !document.querySelector('tr[data-child=xiaohua]'));
    const events = await written(before);
    assert.deepEqual(events.map((e) => e.type), ['child.transferred']);
    assert.ok(events[0].stream_id.endsWith('/child/xiaohua'), events[0].stream_id);
    assert.deepEqual(await rows(), ['xiaojun']);
    const at = events[0].position;
    const board = (await server.get('county', `/v1/care-board?unit=xiaocao&min_position=${at}`)).data;
    assert.ok(board.children.some((c) => c.child_id === 'xiaohua'));
    await screenshots(page, 'move-members-2-moved');
    assert.deepEqual(page.errors, []);
  });
});
