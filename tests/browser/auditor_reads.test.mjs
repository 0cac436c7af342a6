// An auditor checks who read 小花's personal data: after the county
// coordinator opened her card, the auditor's access records list that read,
// by role and route, naming the fields and never their values. The auditor
// also reads the monthly report, which auditors produce, with nothing to
// submit from it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('an auditor lists who read a child’s personal data, and reads the report', async () => {
  const { server, browser } = w;
  await recorded('auditor-reads', browser, async () => {
    // Given the county coordinator read 小花's card
    await server.get('county', '/v1/children/xiaohua/card');

    // When the auditor asks for her access records
    const page = await signedIn(browser, server, 'auditor', desktop);
    await page.click('[data-tab=reads]');
    const form = page.locator('form[data-form=reads]');
    await form.locator('input[name=child]').fill('xiaohua');
    await form.getByRole('button', { name: '查看访问记录', exact: true }).click();

    // Then the coordinator's read is listed, its role and route named, and no value of hers shown
    const row = page.locator('#reads-result tr', { hasText: '/v1/children/{child_id}/card' }).filter({ hasText: '协调员' });
    await row.first().waitFor();
    assert.match(await row.first().textContent(), /card\.name/);
    assert.doesNotMatch(await page.locator('#reads-result').textContent(), /小花|刘奶奶|139/);
    await screenshots(page, 'auditor-reads');

    // When the auditor opens the monthly report
    await page.click('[data-tab=report]');
    await page.locator('h2', { hasText: '月报' }).first().waitFor();
    // Then it shows the figures, and offers no report to submit nor the service records
    assert.equal(await page.locator('form[data-form=submit-report]').count(), 0);
    assert.equal(await page.getByText('下载志愿服务记录').count(), 0);
    assert.deepEqual(page.errors, []);
  });
});
