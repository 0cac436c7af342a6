// The county office registers a new volunteer on the volunteers tab, sees
// that she has no criminal-record check yet (未成年人保护法 Art. 62), records
// one, and sees it good for a year; the demo's volunteers, checked when they
// joined, show their checks good, and the party member among them is marked.
// A coordinator suspends and reinstates a volunteer, moves one to another
// unit, and corrects one's details from what is recorded (a correction from
// details someone else changed meanwhile is refused).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a new volunteer is registered, shown unchecked, and checked', async () => {
  const { server, browser } = w;
  await recorded('volunteers', browser, async () => {
    // Given the county coordinator on the volunteers tab
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=volunteers]');
    const table = page.locator('table.volunteers');
    await table.waitFor();

    // Then the demo's volunteers show their checks good, 李强 marked a party member
    const listed = (await server.get('county', '/v1/volunteers')).data;
    assert.equal(await table.locator('tbody tr').count(), listed.length);
    for (const v of listed) {
      assert.match(await table.locator(`tr[data-volunteer=${v.volunteer_id}] .badge.ok`).textContent(),
        new RegExp(`有效至 ${v.vetted_until}`));
    }
    assert.match(await table.locator('tr[data-volunteer=v-li] th').textContent(), /党员干部/);
    assert.doesNotMatch(await table.locator('tr[data-volunteer=v-wang] th').textContent(), /党员干部/);

    // When they register 赵敏, a teacher, with the association
    await page.locator('summary', { hasText: '登记志愿者' }).click();
    const form = page.locator('form[data-form=register-volunteer]');
    await form.locator('input[name=name]').fill('赵敏');
    await form.locator('input[name=date_of_birth]').fill('1990-05-01');
    await form.locator('select[name=unit_id]').selectOption('xiaocao');
    await form.locator('input[name=contact]').fill('13700000001');
    await form.locator('input[name=kind_teacher]').check();
    await form.getByRole('button', { name: '登记志愿者', exact: true }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();

    // Then she is listed with no check
    const row = table.locator('tr', { hasText: '赵敏' });
    await row.waitFor();
    assert.match(await row.locator('.badge.overdue').textContent(), /未审核/);
    await screenshots(page, 'volunteers-1-unchecked');

    // When they record her check, issued today by the district police
    await row.getByRole('button', { name: '记录审核', exact: true }).click();
    await row.locator('input[name=checked_by]').fill('郧阳区公安分局');
    await row.getByRole('button', { name: '记录审核', exact: true }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();

    // Then it is good for a year, on the page and on the server
    const id = await table.locator('tr', { hasText: '赵敏' }).getAttribute('data-volunteer');
    const zhao = await eventually(async () => (await server.get('county', '/v1/volunteers')).data
      .find((v) => v.volunteer_id === id), (v) => v.vetted_until);  // once the view has the check
    assert.ok(zhao.vetted_until > day(360), zhao.vetted_until);
    await table.locator(`tr[data-volunteer="${id}"] .badge.ok`, { hasText: `有效至 ${zhao.vetted_until}` }).waitFor();
    await screenshots(page, 'volunteers-2-checked');
    assert.deepEqual(page.errors, []);
  });
});

test('a coordinator suspends a volunteer saying why, then reinstates her', async () => {
  const { server, browser } = w;
  await recorded('volunteer-suspend', browser, async () => {
    // Given the county coordinator on the volunteers tab, 张丽 in good standing
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=volunteers]');
    const row = page.locator('tr[data-volunteer=v-zhang]');
    await row.waitFor();
    assert.equal(await row.locator('th .badge.overdue').count(), 0);

    // When they suspend her, saying why
    await row.getByRole('button', { name: '暂停服务', exact: true }).click();
    await row.locator('input[name=reason]').fill('年度复查材料未交');
    await row.getByRole('button', { name: '暂停服务', exact: true }).click();

    // Then she is marked suspended, and the server says so
    await row.locator('th .badge.overdue', { hasText: '已暂停' }).waitFor();
    let zhang = (await server.get('county', '/v1/volunteers')).data.find((v) => v.volunteer_id === 'v-zhang');
    assert.equal(zhang.suspended, true);
    await screenshots(page, 'volunteers-3-suspended');

    // When they reinstate her once the papers came
    await row.getByRole('button', { name: '恢复服务', exact: true }).click();
    await row.locator('input[name=reason]').fill('复查材料已补交');
    await row.getByRole('button', { name: '恢复服务', exact: true }).click();
    await row.getByRole('button', { name: '暂停服务', exact: true }).waitFor();
    zhang = (await server.get('county', '/v1/volunteers')).data.find((v) => v.volunteer_id === 'v-zhang');
    assert.equal(zhang.suspended, false);
    assert.deepEqual(page.errors, []);
  });
});

test('a coordinator moves a volunteer to another unit, saying why', async () => {
  const { server, browser } = w;
  await recorded('volunteer-transfer', browser, async () => {
    // Given 陈小雨 with the association
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=volunteers]');
    const row = page.locator('tr[data-volunteer=v-chen]');
    await row.waitFor();

    // When the county office moves her to the school, where she now studies
    await row.getByRole('button', { name: '转到其他单位', exact: true }).click();
    await row.locator('select[name=unit_id]').selectOption('maling');
    await row.locator('input[name=reason]').fill('转学到马岭小学');
    await row.getByRole('button', { name: '转到其他单位', exact: true }).click();

    // Then she is listed with the school (the unit cell: the open transfer
    // form's choices name the school too)
    await page.locator('tr[data-volunteer=v-chen] td:nth-child(2)', { hasText: '马岭小学' }).waitFor();
    const chen = (await server.get('county', '/v1/volunteers')).data.find((v) => v.volunteer_id === 'v-chen');
    assert.equal(chen.unit_id, 'maling');
    assert.deepEqual(page.errors, []);
  });
});

test('a coordinator corrects a volunteer’s details from what is recorded, and a stale correction is refused', async () => {
  const { server, browser } = w;
  await recorded('volunteer-details', browser, async () => {
    // Given the county coordinator on the volunteers tab
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=volunteers]');
    const row = page.locator('tr[data-volunteer=v-wang]');
    await row.waitFor();

    // When they open 王芳's details, the form holds what is recorded
    await row.getByRole('button', { name: '更正信息', exact: true }).click();
    const form = row.locator('form[data-form=correct-details]');
    assert.equal(await form.locator('input[name=name]').inputValue(), '王芳');
    assert.equal(await form.locator('input[name=date_of_birth]').inputValue(), '1982-03-08');
    assert.equal(await form.locator('input[name=kind_caring_family]').isChecked(), true);
    assert.equal(await form.locator('input[name=kind_teacher]').isChecked(), false);
    // and they add her phone, saying why
    await form.locator('input[name=contact]').fill('13900000009');
    await form.locator('input[name=reason]').fill('补登联系电话');
    await screenshots(page, 'volunteers-5-details');
    await form.getByRole('button', { name: '更正信息', exact: true }).click();
    await form.waitFor({ state: 'detached' });

    // Then the server holds the phone, and the rest as it was
    let wang = (await server.get('county', '/v1/volunteers/v-wang')).data;
    assert.equal(wang.details.contact, '13900000009');
    assert.equal(wang.details.name, '王芳');
    assert.deepEqual(wang.details.kinds, ['caring_family']);
    assert.deepEqual(wang.details.service_categories, ['关爱留守儿童']);

    // When someone else corrects her while the form is open again
    await row.getByRole('button', { name: '更正信息', exact: true }).click();
    await form.locator('input[name=contact]').fill('13900000010');
    await form.locator('input[name=reason]').fill('电话变更');
    await server.post('county', '/v1/volunteers/v-wang/details',
      { details: { ...wang.details, residence_area: '郧阳区城关镇' }, reason: '住址变更' });
    await form.getByRole('button', { name: '更正信息', exact: true }).click();

    // Then the form's correction is refused, and the other one stands
    await page.locator('#toast.bad', { hasText: '数据已被他人修改' }).waitFor();
    wang = (await server.get('county', '/v1/volunteers/v-wang')).data;
    assert.equal(wang.details.contact, '13900000009');
    assert.equal(wang.details.residence_area, '郧阳区城关镇');
    assert.deepEqual(page.errors, []);
  });
});
