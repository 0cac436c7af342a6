// The county office puts 婷婷 on the Children's Day trip from its roster: the
// trip takes her only once her guardian's consent to trips is recorded, from
// her card on the care board; then she is on the roster by name, and taken
// off again with the reason.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();
const trip = 'trip-childrens-day';

test('a child goes on the trip once her guardian consents to trips, and comes off it', async () => {
  const { server, browser } = w;
  await recorded('enrolment', browser, async () => {
    // Given the county coordinator on the trip's roster, where 小花 is enrolled
    const page = await signedIn(browser, server, 'county', desktop);
    const openRoster = async () => {
      await page.goto(`${server.url}#/roster/${trip}`);
      const form = page.locator('form[data-form=enroll]');
      await form.waitFor();
      return form;
    };
    let enrol = await openRoster();
    await page.locator('li[data-enrolled=xiaohua]', { hasText: '小花' }).waitFor();
    // (the trip has not begun: no attendance to take yet, and check-in opens on the day)
    assert.equal(await page.locator('form[data-form=attendance]').count(), 0);
    await page.locator('[data-check-in=later]').waitFor();
    const choices = await enrol.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    assert.ok(choices.includes('tingting') && !choices.includes('xiaohua'), String(choices));

    // When they put 婷婷 on it
    await enrol.locator('select[name=child_id]').selectOption('tingting');
    await enrol.getByRole('button', { name: '报名儿童', exact: true }).click();

    // Then it is refused: her guardian has not consented to trips
    await page.locator('#toast.bad', { hasText: 'consented to trips' }).waitFor();
    assert.equal(await page.locator('li[data-enrolled=tingting]').count(), 0);

    // When they record that consent from her card on the care board
    await page.click('[data-tab=care]');
    await page.locator('tr[data-child=tingting]').getByRole('button', { name: '婷婷', exact: true }).click();
    const consent = page.locator('form[data-form=consent]');
    await consent.waitFor();
    assert.deepEqual(await consent.locator('select[name=kind] option').evaluateAll((os) => os.map((o) => o.value)),
      ['trips']);
    await consent.locator('input[name=purpose]').fill('六一“走出大山看世界”外出活动');
    await consent.getByRole('button', { name: '记录监护人同意书', exact: true }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();

    // and put her on the trip again
    enrol = await openRoster();
    await enrol.locator('select[name=child_id]').selectOption('tingting');
    await enrol.getByRole('button', { name: '报名儿童', exact: true }).click();

    // Then she is on the roster by name
    const listed = page.locator('li[data-enrolled=tingting]', { hasText: '婷婷' });
    await listed.waitFor();
    let roster = (await server.get('county', `/v1/activities/${trip}/roster`)).data;
    assert.ok(roster.children.includes('tingting'));
    await screenshots(page, 'enrolment-1-on');

    // When they take her off, saying why
    await listed.getByRole('button', { name: '退出', exact: true }).click();
    await listed.locator('input[name=reason]').fill('婷婷生病，家长要求取消');
    await listed.getByRole('button', { name: '退出', exact: true }).click();

    // Then she is off it
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    await page.locator('li[data-enrolled=tingting]').waitFor({ state: 'detached' });
    await page.locator('li[data-enrolled=xiaohua]').waitFor();
    roster = (await server.get('county', `/v1/activities/${trip}/roster`)).data;
    assert.ok(!roster.children.includes('tingting'));

    // When they record a sponsor's school bag given to 小花 on the trip
    const aid = page.locator('form[data-form=aid]');
    await aid.locator('select[name=child_id]').selectOption('xiaohua');
    await aid.locator('input[name=donor]').fill('爱心企业');
    await aid.locator('input[name=what]').fill('书包');
    await aid.getByRole('button', { name: '发放物资', exact: true }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    // Then her card lists it
    const card = await eventually(async () => (await server.get('county', '/v1/children/xiaohua/card')).data,
      (c) => c.aid.length > 0);
    assert.deepEqual(card.aid.map((x) => [x.donor, x.what, x.quantity]), [['爱心企业', '书包', 1]]);
    assert.deepEqual(page.errors, []);
  });
});
