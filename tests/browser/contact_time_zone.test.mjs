// A child's contacts are on the clock of the child's unit: a station in
// Xinjiang keeps Asia/Urumqi time (UTC+6, two hours behind Beijing). A call
// its caring mother records from the page at 00:30 on the 1st of a month is
// 18:30 UTC the day before, and falls in that month on the unit's clock, the
// month the monthly report and reminders count it in; the page shows it at
// 00:30 with the zone's name, while a child on Beijing time carries no label.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

// The first day of the month before this one, and the day before it, as
// "YYYY-MM-DD", with the month of the first as "YYYY-MM".
function lastMonthsFirst() {
  const [y, m] = day().split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 2, 1));
  const before = new Date(first.getTime() - 86400000);
  const iso = (d) => d.toISOString().slice(0, 10);
  return { first: iso(first), before: iso(before), month: iso(first).slice(0, 7) };
}

test('a contact with a child of a unit on Urumqi time is entered and shown on that clock', async () => {
  const { server, browser } = w;
  await recorded('contact-time-zone', browser, async () => {
    // Given a station on Urumqi time with a child registered there, whose
    // guardian consented, and 王芳 as her caring mother
    await server.post('admin', '/v1/units', {
      unit_id: 'urumqi-station', name: '乌鲁木齐 石榴籽驿站', kind: 'association',
      parent_id: 'yunyang-fulian', time_zone: 'Asia/Urumqi',
    });
    await server.post('admin', '/v1/children', {
      child_id: 'ayigul', unit_id: 'urumqi-station', filled_by: '驿站 古丽老师',
      card: { name: '阿依古丽', sex: 'female', date_of_birth: '2016-05-04', school: '石榴籽小学', class_name: '四(1)班',
        guardian: { name: '买买提爷爷', relation: '祖父', address: '天山区' } },
    });
    await server.post('admin', '/v1/children/ayigul/consents', {
      kind: 'data_processing', guardian_name: '买买提爷爷', purpose: '关爱帮扶',
      retention: '离开项目后一年删除', given_on: day(-1),
    });
    const assigned = await server.post('admin', '/v1/children/ayigul/care-roles',
      { role: 'caring_mother', volunteer_id: 'v-wang' });
    const ready = `min_position=${assigned.data.position}`;
    for (const path of ['/v1/volunteers/v-wang/care', '/v1/children/ayigul/card', '/v1/units']) {
      await server.get('wang', `${path}?${ready}`);
    }

    // When she records a phone call at 00:30 on the 1st of last month, on her phone
    const { first, before, month } = lastMonthsFirst();
    const wang = await signedIn(browser, server, 'wang');
    await wang.click('[data-tab=children]');
    const child = wang.locator('details.child[data-child=ayigul]');
    await child.locator('summary').click();
    const form = child.locator('form.contact-form');
    // (the form says which clock its time is on)
    await form.locator('[data-zone="Asia/Urumqi"]', { hasText: 'Asia/Urumqi' }).waitFor();
    await form.locator('select[name=kind]').selectOption('phone_call');
    await form.locator('input[name=at]').fill(`${first}T00:30`);
    await form.locator('input[name=summary]').fill('月初的电话，聊了开学');
    const recording = wang.waitForResponse((r) => r.request().method() === 'POST'
      && new URL(r.url()).pathname === '/v1/children/ayigul/contacts');
    await form.getByRole('button', { name: '记录一次联系', exact: true }).click();
    const answer = await recording;
    assert.equal(answer.status(), 201);
    const sent = answer.request().postDataJSON();
    assert.equal(sent.at_us, `${before}T18:30:00Z`);

    // Then the server holds it at 18:30 UTC the day before
    const position = (await answer.json()).data.position;
    const card = (await server.get('county', `/v1/children/ayigul/card?min_position=${position}`)).data;
    const stored = card.contacts.find((c) => c.contact_id === sent.contact_id);
    assert.equal(stored?.at, `${before}T18:30:00Z`);
    // and counts it in last month on the unit's clock
    const report = (await server.get('county',
      `/v1/units/urumqi-station/report?month=${month}&min_position=${position}`)).data;
    assert.equal(report.units.find((u) => u.unit_id === 'urumqi-station')?.contacts_made, 1);

    // and her card of the child shows it at 00:30 on the 1st, labelled with the zone
    const [y, m] = first.split('-').map(Number);
    const shown = new RegExp(`(${y}年${m}月1日|${y}/${m}/1) 00:30 \\(Asia/Urumqi\\)`);
    const item = wang.locator(`details.child[data-child=ayigul] li[data-contact="${sent.contact_id}"]`);
    await item.filter({ hasText: '(Asia/Urumqi)' }).waitFor();
    assert.match(await item.innerText(), shown);
    await screenshots(wang, 'contact-time-zone-1-volunteer');

    // and the coordinator's care board shows her last contact the same way,
    // while a child on Beijing time carries no label
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=care]');
    const row = page.locator('tr[data-child=ayigul]');
    await row.waitFor();
    assert.match(await row.locator('td.meta').innerText(), shown);
    assert.doesNotMatch(await page.locator('tr[data-child=tingting] td.meta').innerText(), /\(Asia\//);
    // and so does the archive card the row opens
    await row.getByRole('button', { name: '阿依古丽', exact: true }).click();
    const opened = page.locator(`tr.card-row li[data-contact="${sent.contact_id}"]`);
    await opened.waitFor();
    assert.match(await opened.innerText(), shown);
    await screenshots(page, 'contact-time-zone-2-board');
    for (const p of [page, wang]) assert.deepEqual(p.errors, []);
  });
});
