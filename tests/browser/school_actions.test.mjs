// A school's coordinator checks the term's six actions (六个一) from the
// report page: the flag ceremony held today, and of its pupils how many
// wrote home, whose parents had a call and whose card is approved; what
// falls short is marked.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, fromNow, recorded, screenshots, settled, signedIn, world } from './harness.mjs';

const w = world();

test('a school reads its six actions this term from the report page', async () => {
  const { server, browser } = w;
  await recorded('school-actions', browser, async () => {
    // Given 马岭小学's flag ceremony, begun a moment ago, and a letter and a call for 小花
    await server.post('school', '/v1/activities', {
      activity_id: 'flag-raising', unit_id: 'maling', kind: 'flag_ceremony', title: '关爱留守学生升旗仪式',
      place: '操场', starts_at_us: fromNow(2), ends_at_us: fromNow(1800),
    });
    await server.post('school', '/v1/children/xiaohua/contacts', {
      contact_id: 'letter-home', kind: 'letter', by: '班主任周老师', at_us: fromNow(-60), minutes: 30, summary: '给在东莞的妈妈写信',
    });
    await settled(server, await server.post('school', '/v1/children/xiaohua/contacts', {
      contact_id: 'call-home', kind: 'phone_call', by: '班主任周老师', at_us: fromNow(-30), minutes: 10, summary: '班主任与父亲通话',
    }));
    await new Promise((resolve) => setTimeout(resolve, 3000));

    // When the school's coordinator opens the six actions on the report page
    const page = await signedIn(browser, server, 'school', desktop);
    await page.click('[data-tab=report]');
    await page.locator('details[data-school-actions] summary').click();

    // Then the school's row shows today's ceremony and what its pupils were reached by, as the API counts it
    const row = page.locator('table.school-actions tr[data-school=maling]');
    await row.waitFor();
    const api = (await server.get('school', '/v1/units/maling/school-actions')).data.units
      .find((u) => u.unit_id === 'maling');
    assert.deepEqual(api.flag_ceremonies, [day(0)]);
    assert.ok(api.letters >= 1 && api.calls >= 1, JSON.stringify(api));
    const cells = await row.locator('td').allTextContents();
    assert.deepEqual(cells.slice(0, 6), [day(0), '0', '0', `${api.letters}/${api.children}`,
      `${api.calls}/${api.children}`, `${api.cards}/${api.children}`]);
    // and marks what falls short: no class meeting or forum yet, so not done
    assert.match(await row.locator('td').nth(1).getAttribute('class'), /short/);
    assert.equal(await row.locator('td').nth(0).getAttribute('class'), '');
    await row.getByText('未完成').waitFor();
    await screenshots(page, 'school-actions-1');
    assert.deepEqual(page.errors, []);
  });
});
