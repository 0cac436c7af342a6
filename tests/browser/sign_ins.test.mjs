// A coordinator gives a volunteer a sign-in from the volunteers list: its
// token shows once, with a link that signs the volunteer in on her phone
// and leaves no token in the address bar (a device signed in as someone
// else asks first); when her phone is lost the
// coordinator revokes her sign-ins, and the phone is signed out.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, phone, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a volunteer signs in from the link her coordinator sent, until it is revoked', async () => {
  const { server, browser } = w;
  await recorded('sign-ins', browser, async () => {
    // Given the county coordinator on the volunteers list, 张丽 with one sign-in in use
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=volunteers]');
    const cell = page.locator('td[data-sign-ins=v-zhang]');
    await cell.getByText('使用中 1 个').waitFor();

    // When they give her a sign-in
    await cell.getByRole('button', { name: '发放登录令牌', exact: true }).click();

    // Then its token and link show once, and she has two in use
    const issued = page.locator('td[data-sign-ins=v-zhang] [data-issued]');
    await issued.waitFor();
    await page.locator('td[data-sign-ins=v-zhang]').getByText('使用中 2 个').waitFor();
    const token = await issued.locator('[data-token]').textContent();
    assert.match(token, /^hw_[0-9a-f]{64}$/);
    const link = await issued.locator('[data-sign-in-link]').textContent();
    assert.equal(link, `${server.url.replace(/\/$/, '')}/#token=${token}`);
    await screenshots(page, 'sign-ins-1-issued');

    // When the link is opened on a device signed in as someone else (here, the
    // coordinator's), it asks first; declined, the coordinator stays signed
    // in, and the token is gone from the address
    const other = await signedIn(browser, server, 'school', desktop);
    let asked = '';
    other.once('dialog', (d) => { asked = d.message(); d.dismiss(); });
    await other.goto(link);
    await other.locator('#nav a').first().waitFor();
    assert.match(asked, /另一个人的身份登录/);
    assert.match(await other.locator('#who').textContent(), /周老师/);
    assert.ok(!other.url().includes(token), other.url());

    // When she opens the link on her phone
    const context = await browser.newContext({ viewport: phone, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const zhang = await context.newPage();
    zhang.errors = [];
    zhang.on('pageerror', (e) => zhang.errors.push(e.message));
    await zhang.goto(link);
    // Then she is signed in as herself, and the token is gone from the address
    await zhang.locator('#who', { hasText: '张丽' }).waitFor();
    assert.ok(!zhang.url().includes(token), zhang.url());
    assert.equal(await zhang.evaluate(() => localStorage.length), 1, 'kept on her phone');

    // When the coordinator revokes her sign-ins, saying why
    await page.locator('td[data-sign-ins=v-zhang]').getByRole('button', { name: '停用登录', exact: true }).click();
    const form = page.locator('td[data-sign-ins=v-zhang] form');
    await form.locator('input[name=reason]').fill('手机丢失');
    await form.getByRole('button', { name: '停用登录', exact: true }).click();
    await page.locator('td[data-sign-ins=v-zhang]').getByText('使用中 0 个').waitFor();

    // Then her phone is asked to sign in again
    await zhang.reload();
    await zhang.locator('#sign-in').waitFor();
    assert.deepEqual(page.errors, []);
    assert.deepEqual(zhang.errors, []);
  });
});
