// A county with many activities coming: the coordinator's reminders tab
// shows the 200 soonest due of each list, in the server's order, and says
// there are more; narrowed to one volunteer, it shows all of hers.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, fromNow, recorded, screenshots, settled, signedIn, world } from './harness.mjs';

const w = world();

test('a long reminders list shows the soonest 200 and says there are more', async () => {
  const { server, browser } = w;
  await recorded('reminder-many', browser, async () => {
    // Given 110 talks on the days to come, each with 王芳 and 张伟 signed up
    let last = null;
    for (let i = 0; i < 110; ++i) {
      const id = `talk-${i}`;
      const path = `/v1/activities/${id}`;
      const starts = (3 + i) * 86400;  // a day apart: a unit allows a volunteer 4 places a day
      await server.post('county', '/v1/activities', {
        activity_id: id, unit_id: 'xiaocao', kind: 'other', title: `家长课堂 ${i}`, place: '小草义工站',
        starts_at_us: fromNow(starts), ends_at_us: fromNow(starts + 1800),
      });
      await server.post('county', `${path}/slots`, { slot_id: 'host', role: '主持', capacity: 2, vetted_only: false });
      await server.post('county', `${path}/open-recruitment`, {});
      await server.post('wang', `${path}/sign-up`, { slot_id: 'host' });
      last = await server.post('zhang', `${path}/sign-up`, { slot_id: 'host' });
    }
    await settled(server, last);
    const upcoming = (await server.get('county', '/v1/reminders?state=upcoming')).data.map((r) => r.id);
    assert.ok(upcoming.length > 220, `${upcoming.length} upcoming`);

    // When the coordinator opens the reminders tab
    const page = await signedIn(browser, server, 'county', desktop);
    const asked = [];
    page.on('request', (r) => { if (new URL(r.url()).pathname === '/v1/reminders') asked.push(new URL(r.url()).search); });
    await page.click('[data-tab=reminders]');
    const lists = page.locator('section');
    const coming = lists.filter({ has: page.locator('h2', { hasText: /^即将参加$/ }) });
    await coming.locator('li[data-reminder]').first().waitFor();

    // Then the upcoming list holds the server's 200 soonest, in its order, and says there are more
    const shown = await coming.locator('li[data-reminder]').evaluateAll((lis) => lis.map((li) => li.dataset.reminder));
    assert.deepEqual(shown, upcoming.slice(0, 200));
    assert.match(await coming.locator('[data-more=reminders]').innerText(), /只显示最先到期的 200 条/);
    // (the server cut each list: the page asked for one more than it shows)
    assert.deepEqual(asked.sort(), ['?state=due%2Coverdue&limit=201', '?state=upcoming&limit=201']);
    await screenshots(page, 'reminder-many-1-first-200');

    // When it is narrowed to 王芳, every open one of hers is shown, with no note
    const form = page.locator('form[data-form=reminder-filter]');
    await form.locator('select[name=for]').selectOption('v-wang');
    await form.getByRole('button', { name: '筛选', exact: true }).click();
    await page.locator('h2', { hasText: /^提醒$/ }).waitFor();
    const hers = (await server.get('county', '/v1/reminders?for=v-wang&state=upcoming,due,overdue')).data
      .map((r) => r.id);
    assert.ok(hers.length > 110 && hers.length <= 200, `${hers.length} of hers`);
    const items = page.locator('li[data-reminder]');
    assert.deepEqual(await items.evaluateAll((lis) => lis.map((li) => li.dataset.reminder)), hers);
    assert.equal(await page.locator('[data-more=reminders]').count(), 0);
    await screenshots(page, 'reminder-many-2-hers');
    assert.deepEqual(page.errors, []);
  });
});
