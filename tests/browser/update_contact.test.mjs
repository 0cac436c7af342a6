// A volunteer updates her own phone, residence and skills on her phone
// (更新联系方式); who she is (name, identity number) stays as registered.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a volunteer updates how to reach her and nothing of who she is', async () => {
  const { server, browser } = w;
  await recorded('update-contact', browser, async () => {
    // Given 王芳, registered with her name and details
    const before = (await server.get('county', '/v1/volunteers/v-wang')).data.details;

    // When she opens her contact details under her schedule and saves a new phone,
    // residence and skills
    const wang = await signedIn(browser, server, 'wang');
    await wang.click('[data-tab=schedule]');
    await wang.getByRole('button', { name: '更新联系方式', exact: true }).click();
    const form = wang.locator('form[data-form=update-contact]');
    await form.waitFor();
    assert.equal(await form.locator('input[name=contact]').inputValue(), before.contact ?? '');
    await form.locator('input[name=contact]').fill('13912345678');
    await form.locator('input[name=residence_area]').fill('十堰市茅箭区');
    await form.locator('input[name=skills]').fill('急救，绘画');
    await screenshots(wang, 'update-contact-1-phone');
    await form.getByRole('button', { name: '更新联系方式', exact: true }).click();
    await form.waitFor({ state: 'detached' });

    // Then the server holds them, and her name and identity number as registered
    const after = (await server.get('county', '/v1/volunteers/v-wang')).data.details;
    assert.equal(after.contact, '13912345678');
    assert.equal(after.residence_area, '十堰市茅箭区');
    assert.deepEqual(after.skills, ['急救', '绘画']);
    assert.equal(after.name, before.name);
    assert.equal(after.id_number, before.id_number);
    assert.equal(after.date_of_birth, before.date_of_birth);

    // and saving the same again is refused as nothing changed, said on the page
    await wang.getByRole('button', { name: '更新联系方式', exact: true }).click();
    const again = wang.locator('form[data-form=update-contact]');
    await again.waitFor();
    await again.getByRole('button', { name: '更新联系方式', exact: true }).click();
    await wang.locator('#toast.bad').filter({ hasText: '填写有误' }).waitFor();
  });
});
