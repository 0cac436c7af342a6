// The admin declares National Day 2027 (the weekdays off and the Saturday
// worked in their place, 调休) on the holidays tab; a coordinator reads the
// same dates there without a form; a Saturday typed as a day off is refused
// with the server's reason, and the declaration stays as it was.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('the admin declares a year\'s holidays and a coordinator reads them', async () => {
  const { server, browser } = w;
  await recorded('holidays', browser, async () => {
    const path = '/v1/holidays/2027';
    const daysOff = ['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'];
    const workdays = ['2027-10-09'];
    const source = '国办发明电〔2026〕7号';
    // The status and body of GET /v1/holidays/2027, refusals included.
    const read = async () => {
      const r = await fetch(new URL(path, server.url), { headers: { Authorization: `Bearer ${server.tokens.admin}` } });
      return { status: r.status, doc: await r.json() };
    };
    const shownDays = (page, kind) => page.locator(`[data-days=${kind}] li[data-day]`)
      .evaluateAll((items) => items.map((li) => li.dataset.day));

    // Given the admin signed in at a desk, and no holidays declared for 2027
    assert.equal((await read()).status, 404);
    const admin = await signedIn(browser, server, 'admin', desktop);

    // When they open the holidays tab for 2027
    await admin.click('[data-tab=holidays]');
    const year = admin.locator('form[data-form=year]');
    await year.waitFor();
    await year.locator('input[name=year]').fill('2027');
    await year.getByRole('button', { name: '查看', exact: true }).click();

    // Then it says 2027 is not declared, and offers the admin the form
    await admin.getByRole('heading', { name: '2027 年节假日安排' }).waitFor();
    assert.match(await admin.locator('.not-declared').textContent(), /尚未登记/);
    const form = admin.locator('form[data-form=declare-holidays]');
    await form.waitFor();
    await screenshots(admin, 'holidays-1-not-declared');

    // When they enter National Day 2027, the dates typed with the separators people use, and save
    await form.locator('textarea[name=days_off]').fill('2027-10-01\n2027-10-04、2027-10-05, 2027-10-06 2027-10-07\n');
    await form.locator('textarea[name=workdays]').fill(' 2027-10-09 ');
    await form.locator('input[name=source]').fill(source);
    await form.getByRole('button', { name: '保存', exact: true }).click();

    // Then the page says saved and shows those dates with their weekdays, and the source
    await admin.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    await admin.locator('[data-days=days_off] li[data-day="2027-10-07"]').waitFor();
    assert.deepEqual(await shownDays(admin, 'days_off'), daysOff);
    assert.deepEqual(await shownDays(admin, 'workdays'), workdays);
    assert.equal((await admin.locator('li[data-day="2027-10-01"]').textContent()).trim(), '2027-10-01 周五');
    assert.equal((await admin.locator('li[data-day="2027-10-09"]').textContent()).trim(), '2027-10-09 周六');
    assert.equal((await admin.locator('[data-source]').textContent()).trim(), `依据：${source}`);
    assert.equal(await admin.locator('.not-declared').count(), 0);
    // and the server holds exactly them
    const declared = await read();
    assert.equal(declared.status, 200);
    assert.deepEqual(declared.doc.data, { year: '2027', days_off: daysOff, workdays, source });
    await screenshots(admin, 'holidays-2-declared');

    // And a coordinator opening the same tab for 2027 sees the dates, but no form
    const county = await signedIn(browser, server, 'county', desktop);
    assert.equal(await county.locator('#nav [data-tab=holidays]').textContent(), '节假日安排');
    await county.goto(`${server.url}#/holidays/2027`);
    await county.locator('[data-days=days_off] li[data-day="2027-10-01"]').waitFor();
    assert.deepEqual(await shownDays(county, 'days_off'), daysOff);
    assert.deepEqual(await shownDays(county, 'workdays'), workdays);
    assert.equal(await county.locator('form[data-form=declare-holidays]').count(), 0);
    assert.equal(await county.locator('textarea').count(), 0);
    await screenshots(county, 'holidays-3-coordinator');

    // When the admin types Saturday 2027-10-02 as a day off and saves
    const again = admin.locator('form[data-form=declare-holidays]');
    await again.locator('textarea[name=days_off]').fill([...daysOff, '2027-10-02'].join('\n'));
    await again.getByRole('button', { name: '保存', exact: true }).click();

    // Then the server's reason is shown, naming the day
    const refusal = admin.locator('#toast.bad');
    await refusal.waitFor();
    assert.match(await refusal.textContent(),
      /^填写有误：2027-10-02 is a Saturday or Sunday: only a weekday can be declared a day off/);
    await screenshots(admin, 'holidays-4-saturday-refused');
    // and nothing is recorded: the earlier declaration stands, on the server and on the page
    assert.deepEqual((await read()).doc.data, { year: '2027', days_off: daysOff, workdays, source });
    assert.deepEqual(await shownDays(admin, 'days_off'), daysOff);
    for (const p of [admin, county]) assert.deepEqual(p.errors, []);
  });
});
