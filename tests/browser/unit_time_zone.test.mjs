// An activity's times are on the clock of its unit: a station in Xinjiang
// keeps Asia/Urumqi time (UTC+6, two hours behind Beijing). Planned there
// from the page at 09:00, the activity starts at 03:00 UTC, and the page
// shows it at 09:00 with the zone's name, so a volunteer knows which clock
// is meant; an activity on Beijing time carries no label.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { day, desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('an activity planned in a unit on Urumqi time is entered and shown on that clock', async () => {
  const { server, browser } = w;
  await recorded('unit-time-zone', browser, async () => {
    // Given a station under the county federation whose unit keeps Urumqi time
    const unit = await server.post('admin', '/v1/units', {
      unit_id: 'urumqi-station', name: '乌鲁木齐 石榴籽驿站', kind: 'association',
      parent_id: 'yunyang-fulian', time_zone: 'Asia/Urumqi',
    });
    const units = (await server.get('county', `/v1/units?min_position=${unit.data.position}`)).data;
    assert.equal(units.find((u) => u.unit_id === 'urumqi-station')?.time_zone, 'Asia/Urumqi');

    // When the coordinator plans an activity there on the page, 09:00 to 11:00
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('details.card summary');
    const date = day(9);
    await page.fill('#plan input[name=title]', '石榴籽 周末读书会');
    await page.selectOption('#plan select[name=kind]', 'other');
    await page.selectOption('#plan select[name=unit_id]', 'urumqi-station');
    // (the form says which clock its times are on)
    await page.locator('#plan [data-zone="Asia/Urumqi"]', { hasText: 'Asia/Urumqi' }).waitFor();
    await page.fill('#plan input[name=place]', '石榴籽驿站活动室');
    await page.fill('#plan input[name=starts]', `${date}T09:00`);
    await page.fill('#plan input[name=ends]', `${date}T11:00`);
    await page.uncheck('#plan input[name=open_now]');
    const planning = page.waitForResponse((r) => r.request().method() === 'POST'
      && new URL(r.url()).pathname === '/v1/activities');
    await page.click('#plan button[type=submit]');
    const planned = await planning;
    assert.equal(planned.status(), 201);
    const id = planned.request().postDataJSON().activity_id;

    // Then the server holds it at 03:00 UTC, in the unit's zone
    const position = (await planned.json()).data.position;
    const roster = (await server.get('county', `/v1/activities/${id}/roster?min_position=${position}`)).data;
    assert.equal(roster.starts_at, `${date}T03:00:00Z`);
    assert.equal(roster.ends_at, `${date}T05:00:00Z`);
    assert.equal(roster.time_zone, 'Asia/Urumqi');

    // and its roster shows 09:00 to 11:00 labelled with the zone
    await page.waitForURL(/#\/roster\//);
    const heading = page.locator(`section[data-activity="${id}"] p.meta`);
    await heading.filter({ hasText: '(Asia/Urumqi)' }).waitFor();
    assert.match(await heading.innerText(), /09:00 – .*11:00 \(Asia\/Urumqi\)/);
    // and its reschedule form is on the same clock
    assert.equal(await page.inputValue('form[data-form=reschedule] input[name=starts]'), `${date}T09:00`);
    assert.equal(await page.inputValue('form[data-form=reschedule] input[name=ends]'), `${date}T11:00`);
    await page.locator('form[data-form=reschedule] [data-zone="Asia/Urumqi"]').waitFor();
    await screenshots(page, 'unit-time-zone-1-roster');

    // and the list of activities shows it at 09:00 (Asia/Urumqi), while the
    // trip of a unit on Beijing time carries no label
    await page.click('[data-tab=activities]');
    await page.locator(`li[data-activity="${id}"] .meta`, { hasText: '09:00 (Asia/Urumqi)' }).waitFor();
    const trip = await page.locator('li[data-activity="trip-childrens-day"] .meta').innerText();
    assert.doesNotMatch(trip, /\(Asia\//);
    await screenshots(page, 'unit-time-zone-2-list');
    assert.deepEqual(page.errors, []);
  });
});
