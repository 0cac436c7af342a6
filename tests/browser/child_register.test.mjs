// A coordinator registers a left-behind child from the care board (建档: the
// archive card's facts and the guardian's signed consent), finds her on the
// board with every "3+1" role still to fill, and records her half-yearly
// survey; a child registered without the consent gets no carer until the
// consent is recorded from her card.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

// Fills the registration form under the board for `name`, consent ticked or not.
async function register(page, name, consent) {
  await page.locator('summary', { hasText: '登记儿童（建档）' }).click();
  const form = page.locator('form[data-form=register-child]');
  await form.locator('input[name=name]').fill(name);
  await form.locator('select[name=sex]').selectOption('female');
  await form.locator('input[name=date_of_birth]').fill('2016-03-08');
  await form.locator('select[name=unit_id]').selectOption('maling');
  await form.locator('input[name=school]').fill('马岭小学');
  await form.locator('input[name=class_name]').fill('四(1)班');
  await form.locator('input[name=father_name]').fill('刘大海');
  await form.locator('input[name=father_work_city]').fill('广东东莞');
  await form.locator('input[name=guardian_name]').fill('刘奶奶');
  await form.locator('input[name=guardian_relation]').fill('祖母');
  await form.locator('input[name=guardian_phone]').fill('13900000012');
  await form.locator('select[name=guardianship_rating]').selectOption('fair');
  if (consent) await form.locator('input[name=consent]').check();
  await form.getByRole('button', { name: '登记儿童（建档）', exact: true }).click();
  await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
  const row = page.locator('tr[data-child]').filter({ has: page.getByRole('button', { name, exact: true }) });
  await row.waitFor();
  return row;
}

test('a child registered with the consent is on the board and gets her survey', async () => {
  const { server, browser } = w;
  await recorded('child-register', browser, async () => {
    // Given 马岭小学's coordinator on the care board
    const page = await signedIn(browser, server, 'school', desktop);
    await page.click('[data-tab=care]');
    await page.locator('table.board').waitFor();

    // When they register 小雨 with her guardian's consent
    const row = await register(page, '小雨', true);

    // Then the board lists her missing all three roles
    for (const role of ['caring_mother', 'proxy_parent', 'happy_companion']) {
      assert.match(await row.locator(`td[data-role=${role}]`).getAttribute('class'), /gap/);
    }
    const id = await row.getAttribute('data-child');
    const card = await eventually(async () => (await server.get('school', `/v1/children/${id}/card`)).data,
      (c) => c.consents.length > 0);  // once the view has both
    assert.equal(card.card.school, '马岭小学');
    assert.equal(card.card.guardian.name, '刘奶奶');
    assert.deepEqual(card.consents.map((c) => [c.kind, c.guardian_name, c.given_on]), [['data_processing', '刘奶奶', day(0)]]);
    await screenshots(page, 'child-register-1-board');

    // When they open her card: only the consent to trips is still to ask
    // for, and they record her survey
    await row.getByRole('button', { name: '小雨', exact: true }).click();
    const survey = page.locator('form[data-form=survey]');
    await survey.waitFor();
    const kinds = await page.locator('form[data-form=consent] select[name=kind] option')
      .evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(kinds, ['trips']);
    await survey.locator('select[name=guardianship_rating]').selectOption('poor');
    await survey.locator('input[name=notes]').fill('奶奶年迈，作业无人辅导');
    await survey.getByRole('button', { name: '记录半年摸底调查', exact: true }).click();

    // Then her card holds the survey
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    const after = await eventually(async () => (await server.get('school', `/v1/children/${id}/card`)).data,
      (c) => c.last_survey === day(0));
    assert.equal(after.last_survey, day(0));
    assert.deepEqual(page.errors, []);
  });
});

test('a child without the consent gets a carer only once it is recorded', async () => {
  const { server, browser } = w;
  await recorded('child-consent', browser, async () => {
    // Given 小梅 registered without her guardian's consent
    const page = await signedIn(browser, server, 'school', desktop);
    await page.click('[data-tab=care]');
    await page.locator('table.board').waitFor();
    let row = await register(page, '小梅', false);
    const id = await row.getAttribute('data-child');

    // When the coordinator assigns her a caring mother
    const assign = async () => {
      const gap = row.locator('td[data-role=caring_mother]');
      await gap.getByRole('button', { name: '指派', exact: true }).click();
      await gap.locator('select').selectOption('v-zhang');
      await gap.getByRole('button', { name: '指派', exact: true }).click();
    };
    await assign();

    // Then it is refused for want of the consent
    await page.locator('#toast.bad', { hasText: '缺少监护人同意书' }).waitFor();
    // (a refusal draws the board again: her name is clicked once it is redrawn)
    await row.locator('td[data-role=caring_mother] form.assign').waitFor({ state: 'detached' });

    // When they open her card, which asks for the consent, and record it
    await row.getByRole('button', { name: '小梅', exact: true }).click();
    const consent = page.locator('form[data-form=consent]');
    await consent.waitFor();
    assert.equal(await consent.locator('input[name=guardian_name]').inputValue(), '刘奶奶');
    await screenshots(page, 'child-register-2-consent');
    await consent.getByRole('button', { name: '记录监护人同意书', exact: true }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    // (the board is drawn again, her card closed: a button of the board as it
    // was would be replaced under the click)
    await consent.waitFor({ state: 'detached' });

    // Then a caring mother can be assigned
    row = page.locator(`tr[data-child="${id}"]`);
    await row.waitFor();
    await assign();
    await row.locator('td[data-role=caring_mother].held').getByText('张丽').waitFor();
    assert.deepEqual(page.errors, []);
  });
});
