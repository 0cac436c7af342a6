// A volunteer reads her service record (志愿服务记录) under her schedule on
// her phone, narrows it to a period, and prints her proof of service
// (志愿服务证明); a coordinator prints a volunteer's proof from the
// volunteers list.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, endedActivity, recorded, screenshots, settled, signedIn, world } from './harness.mjs';

const w = world();

// Replaces the page's print dialog: each print keeps the proof's text in
// window.printed, then ends as a real dialog's close does.
async function catchPrints(page) {
  await page.evaluate(() => {
    window.printed = [];
    window.print = () => {
      window.printed.push(document.querySelector('article.proof')?.textContent ?? '');
      window.dispatchEvent(new Event('afterprint'));
    };
  });
}

test('a volunteer prints her proof of service from her confirmed hours', async () => {
  const { server, browser } = w;
  await recorded('service-record', browser, async () => {
    // Given a talk 王芳 held a place in, over, with 90 minutes confirmed
    const id = 'talk-served';
    const path = await endedActivity(server, id, '家庭教育讲座', ['wang']);
    await settled(server, await server.post('county', `${path}/confirm-hours`,
      { volunteer_id: 'v-wang', confirmed_by: '高主任', minutes: 90 }));
    const unit = (await server.get('county', '/v1/units')).data.find((u) => u.unit_id === 'xiaocao').name;

    // When she opens her service record under her schedule
    const wang = await signedIn(browser, server, 'wang');
    await wang.click('[data-tab=schedule]');
    const part = wang.locator('details[data-service-record=v-wang]');
    await part.locator('summary').click();

    // Then it lists the talk with its hours, and the total
    const row = part.locator(`tr[data-served=${id}]`);
    await row.waitFor();
    assert.match(await row.textContent(), /家庭教育讲座/);
    assert.match(await row.textContent(), /1\.50/);
    assert.equal(await part.locator('td[data-total]').textContent(), '1.50');
    assert.equal(await part.locator('a[data-download="service-records-v-wang.csv"]').count(), 1);
    await screenshots(wang, 'service-record-1-phone');

    // When she prints her proof
    await catchPrints(wang);
    await part.getByRole('button', { name: '打印服务证明', exact: true }).click();
    // Then it names her, the days, the count and the hours, and her unit to stamp it
    await wang.waitForFunction(() => window.printed.length === 1);
    const proof = await wang.evaluate(() => window.printed[0]);
    assert.match(proof, /志愿服务证明/);
    assert.match(proof, /兹证明 王芳，女/);
    assert.match(proof, new RegExp(`于 ${day(0)} 至 ${day(0)} 期间参加志愿服务 1 次，累计志愿服务时长 1\\.50 小时`));
    assert.match(proof, new RegExp(`出具单位：${unit}（盖章）`));
    assert.equal(await wang.locator('article.proof').count(), 0, 'the proof leaves the page once printed');

    // When she narrows the record to days after the talk, it holds nothing
    const period = part.locator('form[data-form=service-period]');
    await period.locator('input[name=from]').fill(day(1));
    await period.getByRole('button', { name: '筛选', exact: true }).click();
    await row.waitFor({ state: 'detached' });
    await part.getByText('暂无').waitFor();
    assert.deepEqual(wang.errors, []);
  });
});

test('a coordinator prints a volunteer\'s proof from the volunteers list', async () => {
  const { server, browser } = w;
  await recorded('service-proof', browser, async () => {
    // Given 张丽's 60 minutes confirmed on a talk
    const path = await endedActivity(server, 'talk-proof', '亲子阅读', ['zhang']);
    await settled(server, await server.post('county', `${path}/confirm-hours`,
      { volunteer_id: 'v-zhang', confirmed_by: '高主任', minutes: 60 }));

    // When the county coordinator prints her proof from the volunteers list
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=volunteers]');
    await catchPrints(page);
    await page.locator('button[data-proof-of=v-zhang]').click();

    // Then the proof lists the talk and its hour
    await page.waitForFunction(() => window.printed.length === 1);
    const proof = await page.evaluate(() => window.printed[0]);
    assert.match(proof, /兹证明 张丽，女/);
    assert.match(proof, /亲子阅读/);
    assert.match(proof, /累计志愿服务时长 1\.00 小时/);
    assert.deepEqual(page.errors, []);
  });
});
