// A library build's roster shows what the build brought: the caring
// families, the books on the shelf and each child's city friend; its
// coordinator records donated books and pairs a child with a city friend
// there; a family finds the build among its activities. (That volunteers never see a
// friend's name is tested at the API: authorization_test.)

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a library build shows its families, books and friends, takes more of both; a family finds it as theirs', async () => {
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

    // When the coordinator records 50 books from the county library
    const donate = page.locator('form[data-form=donate-books]');
    await donate.locator('input[name=donor]').fill('郧阳区图书馆');
    await donate.locator('input[name=category]').fill('绘本');
    await donate.locator('input[name=count]').fill('50');
    await donate.getByRole('button', { name: '记录捐书', exact: true }).click();

    // Then the shelf holds 330
    await page.locator('[data-books="330"]').waitFor();

    // When they put 小花 on the build and pair her with a city friend
    const enrol = page.locator('form[data-form=enroll]');
    await enrol.locator('select[name=child_id]').selectOption('xiaohua');
    await enrol.getByRole('button', { name: '报名儿童', exact: true }).click();
    const pair = page.locator('form[data-form=pair-friend]');
    await pair.waitFor();
    assert.deepEqual(await pair.locator('select[name=child_id] option').evaluateAll((os) => os.map((o) => o.value)),
      ['xiaohua']);  // 小军 has his friend already
    await pair.locator('input[name=friend_name]').fill('城里朋友小林');
    await pair.getByRole('button', { name: '结对城里朋友', exact: true }).click();

    // Then she is listed by name with her friend, and the server holds the pair
    await page.locator('li[data-friend=xiaohua]', { hasText: '小花 · 城里朋友小林' }).waitFor();
    const roster = (await server.get('county', '/v1/activities/library-maling/roster')).data;
    assert.equal(roster.books_on_shelf, 330);
    assert.deepEqual(roster.paired_friends.map((p) => [p.child_id, p.friend_name]).sort(),
      [['xiaohua', '城里朋友小林'], ['xiaojun', '城里朋友小雅']]);
    await screenshots(page, 'library-3-books-and-friend');

    // And 王芳 on her phone finds the build among her activities, as a caring family
    const wang = await signedIn(browser, server, 'wang');
    await wang.getByText('已报名 · 爱心家庭').waitFor();
    await screenshots(wang, 'library-2-volunteer');
    await wang.locator('details[data-activity=library-maling] summary').click();
    await wang.locator('details[data-activity=library-maling] ul.slots').waitFor();
    assert.equal(await wang.locator('button[data-join=family]').count(), 0);  // she has joined

    // And 张丽, a teacher, is offered to join it as a family, and refused: she is not one
    const zhang = await signedIn(browser, server, 'zhang');
    await zhang.locator('details[data-activity=library-maling] summary').click();
    await zhang.locator('button[data-join=family]').click();
    await zhang.locator('#toast.bad', { hasText: '爱心家庭' }).waitFor();
    const families = (await server.get('county', '/v1/activities/library-maling/roster')).data.families;
    assert.deepEqual(families.map((f) => f.volunteer_id), ['v-wang']);
    for (const p of [page, wang, zhang]) assert.deepEqual(p.errors, []);
  });
});
