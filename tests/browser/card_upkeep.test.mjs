// 小花's card after she moved up a class: the county coordinator updates it
// from the care board, which starts its sign-off over (填表人、复核人、负责人,
// three different people); the review by whoever filled it in is refused, a
// colleague reviews it and the head approves it. An update sent after someone
// else changed the card is refused rather than overwriting theirs. When her
// grandmother withdraws the consent to process her data, the coordinator
// erases it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();
const cardOf = async (server) => (await server.get('county', '/v1/children/xiaohua/card')).data;

// Opens 小花's card on the care board and returns its upkeep section.
async function openCard(page) {
  await page.locator('tr[data-child=xiaohua] th button.link').click();
  const upkeep = page.locator('section[data-upkeep=xiaohua]');
  await upkeep.waitFor();
  return upkeep;
}

test('an update starts the sign-off over, and three people sign it again', async () => {
  const { server, browser } = w;
  await recorded('card-upkeep', browser, async () => {
    // Given 小花's card filled in, reviewed and approved
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=care]');
    let upkeep = await openCard(page);
    assert.match(await upkeep.locator('li[data-signed=approved_by]').textContent(), /校长郑老师/);
    // (her grandmother's consent to processing is in force: no erasure is offered)
    assert.equal(await upkeep.getByRole('button', { name: '删除个人信息', exact: true }).count(), 0);

    // When the coordinator updates her class, filled in by her class teacher
    await upkeep.getByRole('button', { name: '更新档案卡', exact: true }).click();
    const form = upkeep.locator('form[data-form=update-card]');
    assert.equal(await form.locator('input[name=class_name]').inputValue(), '四(1)班');
    await form.locator('input[name=class_name]').fill('五(1)班');
    await form.locator('input[name=filled_by]').fill('班主任周老师');
    await form.locator('input[name=reason]').fill('升入五年级');
    await form.getByRole('button', { name: '更新档案卡', exact: true }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();

    // Then the card holds the new class and keeps what the form did not show,
    // and its sign-off starts over
    let card = await eventually(() => cardOf(server), (c) => c.card.class_name !== '四(1)班');
    assert.equal(card.card.class_name, '五(1)班');
    assert.equal(card.card.teacher_notes, '学习认真，性格内向，想念父母');
    assert.equal(card.card.household_registration, '郧阳区马岭村');
    assert.equal(card.reviewed_by, '');
    assert.equal(card.approved_by, '');
    upkeep = await openCard(page);
    assert.match(await upkeep.locator('li[data-signed=reviewed_by]').textContent(), /未签/);

    // When whoever filled it in reviews it, the page says why not
    await upkeep.getByRole('button', { name: '复核档案卡', exact: true }).click();
    await upkeep.locator('input[name=reviewed_by]').fill('班主任周老师');
    await upkeep.locator('form[data-form=review-card]').getByRole('button', { name: '复核档案卡' }).click();
    await page.locator('#toast.bad', { hasText: '不能是同一人' }).waitFor();

    // and a colleague reviews it, then the head approves it
    upkeep = await openCard(page);
    await upkeep.getByRole('button', { name: '复核档案卡', exact: true }).click();
    await upkeep.locator('input[name=reviewed_by]').fill('教导主任吴老师');
    await upkeep.locator('form[data-form=review-card]').getByRole('button', { name: '复核档案卡' }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    upkeep = await openCard(page);
    await upkeep.getByRole('button', { name: '审批档案卡', exact: true }).click();
    await upkeep.locator('input[name=approved_by]').fill('校长郑老师');
    await upkeep.locator('form[data-form=approve-card]').getByRole('button', { name: '审批档案卡' }).click();
    // (the review's toast may still show: the view is read until it holds the approval)
    card = await eventually(() => cardOf(server), (c) => c.approved_by !== '');
    assert.equal(card.reviewed_by, '教导主任吴老师');
    assert.equal(card.approved_by, '校长郑老师');
    upkeep = await openCard(page);
    assert.match(await upkeep.locator('li[data-signed=approved_by]').textContent(), /校长郑老师/);
    await screenshots(page, 'card-upkeep');

    // When someone else updates the card while the form is open
    await upkeep.getByRole('button', { name: '更新档案卡', exact: true }).click();
    const stale = upkeep.locator('form[data-form=update-card]');
    await stale.locator('input[name=health]').fill('近视');
    await server.post('county', '/v1/children/xiaohua/card',
      { card: { ...card.card, residence: '马岭村五组' }, filled_by: '班主任周老师', reason: '搬家' });
    await stale.locator('input[name=reason]').fill('体检');
    await stale.getByRole('button', { name: '更新档案卡', exact: true }).click();

    // Then the update is refused, and theirs stands
    await page.locator('#toast.bad', { hasText: '数据已被他人修改' }).waitFor();
    card = await eventually(() => cardOf(server), (c) => c.card.residence === '马岭村五组');
    assert.equal(card.card.residence, '马岭村五组');
    assert.equal(card.card.health, '良好');
    assert.deepEqual(page.errors, []);
  });
});

test('once the guardian withdrew consent, the coordinator erases the child’s data', async () => {
  const { server, browser } = w;
  // Given the grandmother withdrew her consent to process 小花's data
  await server.post('county', '/v1/children/xiaohua/withdraw-consent',
    { kind: 'data_processing', withdrawn_on: day(0), reason: '不再参加' });
  const page = await signedIn(browser, server, 'county', desktop);
  page.on('dialog', (dialog) => dialog.accept());
  await page.click('[data-tab=care]');
  const upkeep = await openCard(page);

  // When the coordinator erases it, with the reason offered
  await upkeep.getByRole('button', { name: '删除个人信息', exact: true }).click();
  const form = upkeep.locator('form[data-form=erase-child]');
  assert.equal(await form.locator('input[name=reason]').inputValue(), '监护人撤回个人信息处理同意');
  await form.getByRole('button', { name: '删除个人信息', exact: true }).click();
  await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();

  // Then the card's personal data is gone and her care ended
  const card = await eventually(() => cardOf(server), (c) => c.erased);
  assert.equal(card.erased, true);
  assert.notEqual(card.card.name, '小花');
  assert.equal(card.roles.caring_mother, null);
  assert.deepEqual(page.errors, []);
});
