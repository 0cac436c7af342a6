// The county office keeps its units on the units tab: it publishes the
// association's new waiver, counts travel in its service hours, creates a
// village home under the school, renames it and, once merged, closes it
// saying why.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a coordinator publishes a waiver, changes a setting and creates, renames and closes a unit', async () => {
  const { server, browser } = w;
  await recorded('units', browser, async () => {
    // Given the county coordinator on the units tab, where 小草 has waiver 2027-1
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=units]');
    const xiaocao = page.locator('section[data-unit=xiaocao]');
    await xiaocao.getByText('特别承诺（第 2027-1 版）').waitFor();

    // When they publish version 2027-2
    const publish = xiaocao.locator('form[data-form=publish-waiver]');
    await publish.locator('input[name=version]').fill('2027-2');
    await publish.locator('textarea[name=text]').fill('参加活动的志愿者同意遵守安全须知，服从带队老师安排。');
    await publish.getByRole('button', { name: '发布新版承诺', exact: true }).click();
    // Then it is the unit's waiver
    await page.locator('section[data-unit=xiaocao]').getByText('特别承诺（第 2027-2 版）').waitFor();
    const waiver = (await server.get('wang', '/v1/units/xiaocao/waiver')).data;
    assert.equal(waiver.version, '2027-2');

    // When they count travel in 小草's service hours, leaving its limits as they are
    await page.locator('section[data-unit=xiaocao] summary', { hasText: '单位设置' }).click();
    const settings = page.locator('section[data-unit=xiaocao] form[data-form=unit-settings]');
    await settings.locator('select[name=hours_include_travel]').selectOption('yes');
    await settings.getByRole('button', { name: '保存设置', exact: true }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    // Then the log's last change of 小草's settings is that one
    // (the toast may still be the waiver's: wait for the write itself)
    const events = await eventually(async () =>
      (await server.get('admin', '/v1/events?type=unit.settings_changed&stream=unit/xiaocao&limit=100')).data,
    (list) => list.length > 0 && list[list.length - 1].event.hours_include_travel === true);
    const last = events[events.length - 1];
    assert.ok(last, 'no settings change of 小草 in the log');
    assert.equal(last.event.hours_include_travel, true, JSON.stringify(events));
    assert.equal(last.event.role_limit, 3, JSON.stringify(last));  // kept: the default
    // (the saved settings draw the units again, the settings folded: a form
    // opened before that would be replaced under the typing)
    await settings.waitFor({ state: 'hidden' });

    // When they create 马岭村留守儿童之家 under the school
    await page.locator('summary', { hasText: '新建下级单位' }).click();
    const create = page.locator('form[data-form=create-unit]');
    await create.locator('input[name=name]').fill('马岭村留守儿童之家');
    await create.locator('select[name=kind]').selectOption('village');
    await create.locator('select[name=parent_id]').selectOption('maling');
    await create.getByRole('button', { name: '新建下级单位', exact: true }).click();
    const home = page.locator('section[data-unit]', { hasText: '马岭村留守儿童之家' });
    await home.getByText('隶属：马岭小学').waitFor();
    await screenshots(page, 'units-1-created');

    // And rename it, then close it once merged into the school
    await home.locator('form[data-form=rename-unit] input[name=name]').fill('马岭村儿童之家');
    await home.locator('form[data-form=rename-unit]').getByRole('button', { name: '改名', exact: true }).click();
    const renamed = page.locator('section[data-unit]', { hasText: '马岭村儿童之家' });
    await renamed.getByRole('button', { name: '撤销单位', exact: true }).click();
    await renamed.locator('input[name=reason]').fill('并入马岭小学');
    await renamed.getByRole('button', { name: '撤销单位', exact: true }).click();
    await page.locator('section[data-unit]', { hasText: '马岭村儿童之家' }).locator('.badge', { hasText: '已撤销' }).waitFor();
    const units = (await server.get('county', '/v1/units')).data;
    const closed = units.find((u) => u.name === '马岭村儿童之家');
    assert.ok(closed && closed.closed && closed.parent_id === 'maling', JSON.stringify(units));
    assert.deepEqual(page.errors, []);
  });
});

test('a coordinator moves a unit under another, never under itself or its own', async () => {
  const { server, browser } = w;
  // Given a village home created under the county office, with a unit of its own under it
  await server.post('county', '/v1/units',
    { unit_id: 'home-1', name: '柳陂村儿童之家', kind: 'village', parent_id: 'yunyang-fulian' });
  await server.post('county', '/v1/units',
    { unit_id: 'home-1a', name: '柳陂村二组', kind: 'village', parent_id: 'home-1' });
  const page = await signedIn(browser, server, 'county', desktop);
  await page.click('[data-tab=units]');
  const home = page.locator('section[data-unit=home-1]');
  await home.getByRole('button', { name: '调整隶属关系', exact: true }).click();
  const form = home.locator('form[data-form=move-unit]');
  // Then it can not go under itself, its own unit, or where it is; nor to the top (an admin's)
  const offered = await form.locator('select[name=parent_id] option').evaluateAll(
    (options) => options.map((o) => o.value));
  assert.ok(offered.includes('maling'), JSON.stringify(offered));
  for (const no of ['home-1', 'home-1a', 'yunyang-fulian', '']) assert.ok(!offered.includes(no), no);

  // When they move it under 马岭小学
  await form.locator('select[name=parent_id]').selectOption('maling');
  await form.getByRole('button', { name: '调整隶属关系', exact: true }).click();
  // Then it is under the school, its own unit still under it
  await page.locator('section[data-unit=home-1]').getByText('隶属：马岭小学').waitFor();
  const units = (await server.get('county', '/v1/units')).data;
  assert.equal(units.find((u) => u.unit_id === 'home-1').parent_id, 'maling');
  assert.equal(units.find((u) => u.unit_id === 'home-1a').parent_id, 'home-1');
  assert.deepEqual(page.errors, []);
});
