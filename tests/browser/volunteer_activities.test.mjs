// A volunteer's list of activities comes from the list and her schedule: a
// roster (other volunteers' names, the children enrolled) is fetched only for
// the activity she opens. A refusal because her view was out of date (she
// had signed up meanwhile, on another phone) redraws it; a token the server
// no longer takes returns her to sign-in. The activity's calendar file is a
// plain signed link, for browsers that cannot send her token.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { day, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('rosters are fetched only when opened; a 409 redraws; a 401 signs out', async () => {
  const { server, browser } = w;
  await recorded('volunteer-activities', browser, async () => {
    // Given a reading club recruiting for three places (not on 1 June, the trip's day)
    const id = 'reading-club-refused';
    const path = `/v1/activities/${id}`;
    const date = [10, 11].map(day).find((d) => !d.endsWith('-06-01'));
    await server.post('county', '/v1/activities', {
      activity_id: id, unit_id: 'xiaocao', kind: 'other', title: '周末读书会 冲突', place: '马岭村活动室',
      starts_at_us: `${date}T09:00:00+08:00`, ends_at_us: `${date}T11:00:00+08:00`,
    });
    await server.post('county', `${path}/slots`, { slot_id: 's1', role: '陪读', capacity: 3 });
    await server.post('county', `${path}/open-recruitment`, {});

    // When 王芳 opens her activities
    const wang = await signedIn(browser, server, 'wang');
    const rosters = [];
    wang.on('request', (r) => {
      const { pathname } = new URL(r.url());
      if (pathname.endsWith('/roster')) rosters.push(decodeURIComponent(pathname));
    });
    await wang.reload();
    const club = wang.locator(`[data-activity="${id}"]`);
    await club.getByText('周末读书会 冲突').waitFor();

    // Then the list asked for no roster
    assert.deepEqual(rosters, []);
    await screenshots(wang, 'activities-1-list');

    // and opening the club fetches its roster alone
    await club.locator('summary').click();
    const slot = club.locator('[data-slot=s1]');
    await slot.getByText('空位 3/3').waitFor();
    assert.deepEqual(rosters, [`${path}/roster`]);

    // and its calendar file is a plain link, which opens without her token
    const ics = club.locator('a[data-signed]');
    const href = await eventually(() => ics.getAttribute('href'), (v) => v.startsWith('/v1/links/'));
    assert.match(href, /^\/v1\/links\/[\w-]+\.[\w-]+\.ics$/);
    const bare = await fetch(new URL(href, server.url));
    assert.equal(bare.status, 200);
    assert.match(await bare.text(), /BEGIN:VEVENT[\s\S]*SUMMARY:周末读书会 冲突/);
    const [download] = await Promise.all([wang.waitForEvent('download'), ics.click()]);
    assert.equal(download.suggestedFilename(), `${id}.ics`);
    assert.match(readFileSync(await download.path(), 'utf8'), /^BEGIN:VCALENDAR/);

    // When she signs up on another phone, then taps 报名 on this one
    await server.post('wang', `${path}/sign-up`, { slot_id: 's1' });
    await slot.getByRole('button', { name: '报名', exact: true }).click();

    // Then the refusal is said and the view shows her place
    await wang.locator('#toast.bad', { hasText: /^已经报名：/ }).waitFor();
    await slot.getByRole('button', { name: '退出报名', exact: true }).waitFor();
    assert.equal(await slot.getByRole('button', { name: '报名', exact: true }).count(), 0);
    await slot.getByText('空位 2/3').waitFor();
    await screenshots(wang, 'activities-2-refused-redrawn');

    // When her token is no longer taken as she withdraws
    await wang.route((url) => url.pathname === `${path}/withdraw`, (route) => route.fulfill({
      status: 401, contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'unauthorized', message: 'the token was revoked', details: {} } }),
    }));
    await slot.getByRole('button', { name: '退出报名', exact: true }).click();

    // Then the page asks her to sign in again, saying why, and forgot the token
    await wang.locator('#sign-in').getByText('请重新登录：the token was revoked').waitFor();
    assert.equal(await wang.evaluate(() => sessionStorage.getItem('homeward.token')
      ?? localStorage.getItem('homeward.token')), null);
    await screenshots(wang, 'activities-3-signed-out');
    assert.deepEqual(wang.errors, []);
  });
});
