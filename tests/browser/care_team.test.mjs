// The county office keeps a child's care team from the card it opens on the
// care board: it records the school visit that a long silence called for,
// ends a caring mother's role when she moves away (the role becomes a gap to
// fill again), and forms a help pair (帮扶对子) with a party member.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, eventually, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('a coordinator records a visit, ends a role and forms a help pair from the card', async () => {
  const { server, browser } = w;
  await recorded('care-team', browser, async () => {
    // Given the county coordinator on the care board, where 婷婷 (张丽 her
    // caring mother) has had no contact for 40 days
    const page = await signedIn(browser, server, 'county', desktop);
    await page.click('[data-tab=care]');
    const row = page.locator('tr[data-child=tingting]');
    await row.waitFor();
    assert.equal(await row.locator('.badge.overdue').count(), 1);
    const openCard = async () => {
      await row.getByRole('button', { name: '婷婷', exact: true }).click();
      const team = page.locator('[data-team=tingting]');
      await team.waitFor();
      return team;
    };

    // When they open her card and record a school visit
    let team = await openCard();
    assert.match(await team.locator('li[data-held=caring_mother]').textContent(), /张丽/);
    const contact = team.locator('form.contact-form');
    await contact.locator('select[name=kind]').selectOption('school_visit');
    await contact.locator('input[name=summary]').fill('到城关小学走访，婷婷学习稳定');
    await contact.getByRole('button', { name: '记录一次联系', exact: true }).click();

    // Then the board no longer marks her out of contact, and her card holds the visit
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    await page.locator('tr[data-child=tingting]:not(:has(.badge.overdue))').waitFor();
    const card = await eventually(async () => (await server.get('county', '/v1/children/tingting/card')).data,
      (c) => c.contacts.some((x) => x.summary === '到城关小学走访，婷婷学习稳定'));
    assert.ok(card.contacts.some((c) => c.summary === '到城关小学走访，婷婷学习稳定' && c.kind === 'school_visit'));
    await screenshots(page, 'care-team-1-visit');

    // When they end 张丽's role as caring mother, saying why
    team = await openCard();
    const held = team.locator('li[data-held=caring_mother]');
    await held.getByRole('button', { name: '结束', exact: true }).click();
    await held.locator('input[name=reason]').fill('张丽外出务工，不能继续');
    await held.getByRole('button', { name: '结束', exact: true }).click();

    // Then the role is a gap on the board again, offering to assign someone
    const gap = row.locator('td[data-role=caring_mother].gap');
    await gap.waitFor();
    await gap.getByRole('button', { name: '指派', exact: true }).waitFor();
    assert.match(await row.getAttribute('class'), /missing/);

    // When they form a help pair between her and 李强, the one party member
    // among the demo's volunteers (结对帮扶 pairs a child with a party member or cadre)
    team = await openCard();
    const pair = team.locator('form[data-form=help-pair]');
    const offered = await pair.locator('select[name=volunteer_id] option').evaluateAll((os) =>
      os.map((o) => o.value).filter(Boolean));
    assert.deepEqual(offered, ['v-li']);
    await pair.locator('select[name=volunteer_id]').selectOption('v-li');
    await pair.getByRole('button', { name: '结成帮扶对子', exact: true }).click();

    // Then the board shows 李强 as her help pair, and the server agrees
    await row.locator('td.pairs', { hasText: '李强' }).waitFor();
    const board = (await server.get('county', '/v1/care-board')).data;
    const tingting = board.children.find((c) => c.child_id === 'tingting');
    assert.equal(tingting.roles.caring_mother ?? null, null);
    assert.deepEqual(tingting.help_pairs.map((p) => p.volunteer_id), ['v-li']);
    await screenshots(page, 'care-team-2-pair');
    assert.deepEqual(page.errors, []);
  });
});
