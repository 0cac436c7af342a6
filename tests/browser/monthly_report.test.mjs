// A member unit's coordinator submits the unit's monthly report from the
// report page (每月30号之前上报), its figures filled in as the report counts
// them; the county office then sees it reported on time, also in the year's
// assessment.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a school submits its monthly report and the county sees it on time', async () => {
  const { server, browser } = w;
  await recorded('monthly-report', browser, async () => {
    // Given 马岭小学's coordinator on this month's report
    const page = await signedIn(browser, server, 'school', desktop);
    await page.click('[data-tab=report]');
    const form = page.locator('form[data-form=submit-report]');
    await form.waitFor();
    const row = page.locator('tr[data-unit=maling]');
    assert.match(await row.textContent(), /未到期|未上报/);

    // When they submit it with a narrative
    await form.locator('textarea[name=narrative]').fill('本月开展图书屋筹备，完成小花家访一次。');
    await screenshots(page, 'report-1-form');
    await form.getByRole('button', { name: '上报本月报告', exact: true }).click();

    // Then the report says it came in on time, and the form is gone
    await row.getByText('按时上报').waitFor();
    assert.equal(await page.locator('form[data-form=submit-report]').count(), 0);
    await screenshots(page, 'report-2-submitted');

    // and the county office sees 马岭小学 on time
    const county = await signedIn(browser, server, 'county', desktop);
    await county.click('[data-tab=report]');
    await county.locator('tr[data-unit=maling]').getByText('按时上报').waitFor();
    // and counts it on time in the year's assessment (年度考核)
    await county.locator('details[data-assessment] summary').click();
    const assessed = county.locator('table.assessment tr[data-assessed=maling] td[data-field=reports_on_time]');
    await assessed.waitFor();
    assert.equal(await assessed.textContent(), '1');
    const year = day().slice(0, 4);
    await county.locator(`a[data-download="assessment-yunyang-fulian-${year}.csv"]`).waitFor();
    await screenshots(county, 'report-3-assessment');
    for (const p of [page, county]) assert.deepEqual(p.errors, []);
  });
});
