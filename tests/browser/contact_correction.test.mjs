// A caring mother corrects a contact she recorded with the wrong kind, from
// the child's card on her phone, saying why: the card then shows it
// corrected, and nothing was overwritten. Someone else's contact offers her
// no correction; the coordinator may correct any from the care board.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, fromNow, recorded, screenshots, settled, signedIn, world } from './harness.mjs';

const w = world();

test('a volunteer corrects her own contact and not another’s', async () => {
  const { server, browser } = w;
  await recorded('contact-correction', browser, async () => {
    // Given a phone call 王芳 recorded with 小花 an hour ago, and one 张丽 recorded
    await server.post('wang', '/v1/children/xiaohua/contacts', {
      contact_id: 'c-wang-1', kind: 'phone_call', at_us: fromNow(-3600), minutes: 10, summary: '问了期中考试',
    });
    const theirs = await server.post('zhang', '/v1/children/xiaohua/contacts', {
      contact_id: 'c-zhang-1', kind: 'talk', at_us: fromNow(-7200), minutes: 20, summary: '谈心',
    });
    await settled(server, theirs);

    // When she opens 小花's card and corrects her call: it was a home visit of 40 minutes
    const wang = await signedIn(browser, server, 'wang');
    await wang.click('[data-tab=children]');
    const child = wang.locator('details.child[data-child=xiaohua]');
    await child.locator('summary').click();
    const mine = child.locator('li[data-contact=c-wang-1]');
    assert.equal(await child.locator('li[data-contact=c-zhang-1] button').count(), 0);
    await mine.getByRole('button', { name: '更正', exact: true }).click();
    const form = child.locator('form[data-form=correct-contact]');
    assert.equal(await form.locator('input[name=summary]').inputValue(), '问了期中考试');
    await form.locator('select[name=kind]').selectOption('home_visit');
    await form.locator('input[name=minutes]').fill('40');
    await form.locator('input[name=reason]').fill('实为家访，类型记错了');
    await form.getByRole('button', { name: '更正', exact: true }).click();

    // Then the card shows it corrected, as a home visit
    const corrected = wang.locator('details.child[data-child=xiaohua] li[data-contact=c-wang-1]');
    await corrected.locator('.badge', { hasText: '已更正' }).waitFor();
    assert.match(await corrected.textContent(), /家访/);
    await screenshots(wang, 'contact-correction-1');
    const card = (await server.get('county', '/v1/children/xiaohua/card')).data;
    const call = card.contacts.find((x) => x.contact_id === 'c-wang-1');
    assert.equal(call.kind, 'home_visit');
    assert.equal(call.minutes, 40);
    assert.equal(call.corrections, 1);

    // And the county coordinator may correct 张丽's from the care board
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=care]');
    await page.locator('tr[data-child=xiaohua] th button.link').click();
    await page.locator('li[data-contact=c-zhang-1]').getByRole('button', { name: '更正', exact: true }).waitFor();
    assert.deepEqual([...wang.errors, ...page.errors], []);
  });
});
