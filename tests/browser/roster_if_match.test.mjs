// A change made from a roster is sent with the version of the roster the
// page showed (If-Match): when another coordinator moved the activity in the
// meantime, the server refuses with 412 and writes nothing, so the other
// coordinator's time is not silently put back; the page says so and draws
// the roster again as it is now, its reschedule form filled with the new
// times. Sent again from there, the change goes through.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

// Waits until the element `selector` holds `value` (a form drawn again).
async function valueShown(page, selector, value) {
  await page.waitForFunction(([s, v]) => document.querySelector(s)?.value === v, [selector, value]);
}

// The answer to the next POST to `pathname` that `page` sends.
function answerTo(page, pathname) {
  return page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === pathname);
}

test('a reschedule from a roster another coordinator changed is refused with 412 and redrawn', async () => {
  const { server, browser } = w;
  await recorded('roster-if-match', browser, async () => {
    // Given a reading club on one day, its roster open at coordinator A's desk
    const id = 'reading-club-moved';
    const path = `/v1/activities/${id}`;
    const [first, second] = [12, 13].map(day);
    const plan = await server.post('county', '/v1/activities', {
      activity_id: id, unit_id: 'xiaocao', kind: 'other', title: '周末读书会 改期', place: '马岭村活动室',
      starts_at_us: `${first}T09:00:00+08:00`, ends_at_us: `${first}T11:00:00+08:00`,
    });
    const shown = (await server.get('county', `${path}/roster?min_position=${plan.data.position}`)).data;
    assert.equal(typeof shown.version, 'number', 'a roster carries its stream version');
    const page = await signedIn(browser, server, 'county', desktop);
    await page.goto(`${server.url}#/roster/${id}`);
    const starts = 'form[data-form=reschedule] input[name=starts]';
    const ends = 'form[data-form=reschedule] input[name=ends]';
    await valueShown(page, starts, `${first}T09:00`);

    // When coordinator B (the admin) moves it to the next day, 10:00 to 12:00
    const moved = await server.post('admin', `${path}/reschedule`, {
      starts_at_us: `${second}T10:00:00+08:00`, ends_at_us: `${second}T12:00:00+08:00`,
    });
    // and A, on the roster still showing the first day, changes only the end and saves
    await page.fill(ends, `${first}T11:30`);
    const refusal = answerTo(page, `${path}/reschedule`);
    await page.locator('form[data-form=reschedule]').getByRole('button', { name: '改期', exact: true }).click();
    const refused = await refusal;

    // Then the server refused A's change, which named the version A saw
    assert.equal(refused.status(), 412);
    assert.equal(refused.request().headers()['if-match'], `"${shown.version}"`);
    assert.equal((await refused.json()).error.code, 'precondition_failed');
    // and the page says so in Chinese
    await page.locator('#toast.bad', { hasText: /^数据已被他人修改/ }).waitFor();
    // and nothing of A's was written: the activity keeps B's time
    const now = (await server.get('county', `${path}/roster?min_position=${moved.data.position}`)).data;
    assert.equal(now.starts_at, `${second}T02:00:00Z`);
    assert.equal(now.ends_at, `${second}T04:00:00Z`);
    assert.ok(now.version > shown.version);
    // and the roster is drawn again with B's time in the reschedule form
    await valueShown(page, starts, `${second}T10:00`);
    await valueShown(page, ends, `${second}T12:00`);
    await page.locator(`section[data-activity="${id}"] p.meta`, { hasText: '10:00' }).waitFor();
    await screenshots(page, 'roster-if-match-1-refused-redrawn');

    // When A changes the end on the redrawn form and saves again
    await page.fill(ends, `${second}T12:30`);
    const acceptance = answerTo(page, `${path}/reschedule`);
    await page.locator('form[data-form=reschedule]').getByRole('button', { name: '改期', exact: true }).click();
    const accepted = await acceptance;

    // Then it goes through, sent with the version the redrawn roster showed,
    // and keeps B's start
    assert.equal(accepted.status(), 201);
    assert.equal(accepted.request().headers()['if-match'], `"${now.version}"`);
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    const written = (await accepted.json()).data.position;
    const last = (await server.get('county', `${path}/roster?min_position=${written}`)).data;
    assert.equal(last.starts_at, `${second}T02:00:00Z`);
    assert.equal(last.ends_at, `${second}T04:30:00Z`);
    await valueShown(page, ends, `${second}T12:30`);
    await screenshots(page, 'roster-if-match-2-saved');
    assert.deepEqual(page.errors, []);
  });
});
