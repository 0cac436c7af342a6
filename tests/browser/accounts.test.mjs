// The admin makes an account for a new coordinator on the accounts tab and
// sees its token once; the token signs in at once; revoked, saying why, it
// stops at once. An auditor reads the accounts and changes nothing.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('an admin makes a coordinator account, hands over its token once, then revokes it', async () => {
  const { server, browser } = w;
  await recorded('accounts', browser, async () => {
    // Given the admin on the accounts tab
    const page = await signedIn(browser, server, 'admin', desktop);
    await page.click('[data-tab=accounts]');
    await page.locator('table.accounts').waitFor();

    // When they make an account for 林老师, coordinator of the school
    await page.locator('summary', { hasText: '新建账号' }).click();
    const form = page.locator('form[data-form=create-account]');
    await form.locator('input[name=name]').fill('林老师');
    await form.locator('select[name=role]').selectOption('coordinator');
    await form.locator('select[name=unit_id]').selectOption('maling');
    await form.getByRole('button', { name: '新建账号', exact: true }).click();

    // Then its token shows once, and signs in as the school's coordinator
    const shown = page.locator('code[data-token]');
    await shown.waitFor();
    const token = (await shown.textContent()).trim();
    assert.match(token, /^hw_/);
    await screenshots(page, 'accounts-1-token');
    const me = await fetch(new URL('/v1/me', server.url), { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(me.status, 200);
    const mine = (await me.json()).data;
    assert.equal(mine.role, 'coordinator');
    assert.equal(mine.unit_id, 'maling');
    const row = page.locator('tr', { hasText: '林老师' });
    assert.match(await row.textContent(), /协调员/);
    assert.match(await row.textContent(), /马岭小学/);

    // When they revoke it, saying why
    await page.reload();
    await page.locator('table.accounts').waitFor();
    assert.equal(await page.locator('code[data-token]').count(), 0);  // shown once only
    await row.getByRole('button', { name: '停用账号', exact: true }).click();
    await row.locator('input[name=reason]').fill('调离本校');
    await row.getByRole('button', { name: '停用账号', exact: true }).click();

    // Then it is marked revoked and its token stops at once
    await row.locator('.badge', { hasText: '已停用' }).waitFor();
    const after = await fetch(new URL('/v1/me', server.url), { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(after.status, 401);
    assert.deepEqual(page.errors, []);
  });
});

test('an auditor reads the accounts and is offered nothing to change', async () => {
  const { server, browser } = w;
  const page = await signedIn(browser, server, 'auditor', desktop);
  await page.click('[data-tab=accounts]');
  await page.locator('table.accounts tbody tr').first().waitFor();
  assert.equal(await page.locator('table.accounts button').count(), 0);
  assert.equal(await page.locator('form[data-form=create-account]').count(), 0);
});
