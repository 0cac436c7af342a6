// A coordinator downloads what they see as spreadsheets (CSV in UTF-8 with a
// BOM, so Chinese opens correctly): the care board, a roster, and from the
// report the service records a unit loads into the national volunteer system.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { begunActivity, desktop, recorded, settled, signedIn, world } from './harness.mjs';

const w = world();

// Clicks `link` and returns the text of the file it downloads, and its name.
async function downloaded(page, link) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const text = readFileSync(await download.path(), 'utf8');
  return { text, name: download.suggestedFilename() };
}

test('a coordinator downloads the care board, a roster and the service records', async () => {
  const { server, browser } = w;
  await recorded('csv-download', browser, async () => {
    // Given a talk that began a moment ago, where 王芳 served 90 minutes
    const id = 'talk-served';
    const path = await begunActivity(server, id, '亲子阅读分享会', ['wang']);
    await settled(server, await server.post('county', `${path}/confirm-hours`,
      { volunteer_id: 'v-wang', confirmed_by: '高主任', minutes: 90 }));

    // When the county coordinator downloads the care board
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=care]');
    const board = await downloaded(page, page.locator('a[data-download="care-board.csv"]'));
    // Then it is a spreadsheet with a BOM, its heading and 小花's row in Chinese
    assert.equal(board.name, 'care-board.csv');
    assert.ok(board.text.startsWith('\uFEFF'), 'no BOM');
    assert.match(board.text, /"儿童编号","姓名"/);
    assert.match(board.text, /"xiaohua","小花"/);

    // When they download the talk's roster
    await page.goto(`${server.url}#/roster/${id}`);
    const roster = await downloaded(page, page.locator(`a[data-download="roster-${id}.csv"]`));
    assert.match(roster.text, /"亲子阅读分享会","主持","v-wang","王芳"/);

    // And the service records from the report
    await page.click('[data-tab=report]');
    const records = await downloaded(page, page.locator('a[data-download="service-records.csv"]'));
    // Then her 1.5 hours are there with the national record fields
    const lines = records.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.match(lines[0], /"姓名","性别","出生日期","证件类型","证件号码"/);
    const served = lines.find((l) => l.includes('亲子阅读分享会'));
    assert.ok(served, records.text);
    assert.match(served, /"王芳"/);
    assert.match(served, /"1\.50"/);
    assert.deepEqual(page.errors, []);
  });
});

test('a volunteer downloads her own service records and no one else\'s', async () => {
  const { server } = w;
  const as = (path) => fetch(new URL(path, server.url), { headers: { Authorization: `Bearer ${server.tokens.zhang}` } });
  // 张丽 served nothing confirmed: her download holds the header alone, never 王芳's row
  const own = await as('/v1/service-records?format=csv');
  assert.equal(own.status, 200);
  const text = await own.text();
  assert.match(text, /服务时长\(小时\)/);
  assert.doesNotMatch(text, /王芳/);
  assert.equal((await as('/v1/service-records?format=csv&volunteer=v-wang')).status, 403);
});
