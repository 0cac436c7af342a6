// A library build's roster shows what the build brought: the caring
// families, the books on the shelf and each child's city friend; a family
// finds the build among its activities. (That volunteers never see a
// friend's name is tested at the API: authorization_test.)

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a library build shows its families, books and friends; a family finds it as theirs', async () => {
  const { server, browser } = w;
  await recorded('library-build', browser, async () => {
    // Given the county coordinator on the seed's library build at 马岭小学
    const page = await signedIn(browser, server, 'county', desktop);
    await page.goto(`${server.url}#/roster/library-maling`);
    const books = page.locator('[data-books]');
    await books.waitFor();

    // Then the roster counts the 280 donated books, 王芳's family and 小军's friend
    assert.match(await books.textContent(), /280/);
    await page.getByText(/爱心家庭：.*王芳/).waitFor();
    assert.match(await page.locator('li[data-friend=xiaojun]').textContent(), /城里朋友小雅/);
    await screenshots(page, 'library-1-coordinator');

    // And 王芳 on her phone finds the build among her activities, as a caring family
    const wang = await signedIn(browser, server, 'wang');
    await wang.getByText('已报名 · 爱心家庭').waitFor();
    await screenshots(wang, 'library-2-volunteer');
    for (const p of [page, wang]) assert.deepEqual(p.errors, []);
  });
});
