// A write whose answers are lost is recorded once: the page's automatic
// retries and the person's second tap send the same request (the same
// Idempotency-Key and the same new ids), which the server answers with the
// first one's result. The answers are lost on the way back: each request
// reaches the server (route.fetch), and the page gets a dropped connection
// or a proxy's 504 page instead.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { desktop, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

// Lets requests to `pathname` reach the server and records each in `sent`;
// the answers to the first `lost` of them never reach the page: `lose(route)`
// answers in their place.
async function loseAnswers(page, pathname, lost, lose) {
  const sent = [];
  await page.route((url) => url.pathname === pathname, async (route) => {
    const request = route.request();
    const response = await route.fetch();
    sent.push({ key: request.headers()['idempotency-key'], body: request.postDataJSON(),
      status: response.status(), replayed: response.headers()['idempotent-replayed'] === 'true' });
    if (sent.length <= lost) await lose(route);
    else await route.fulfill({ response });
  });
  return sent;
}

test('a pledge whose answers were lost is recorded once when tapped again', async () => {
  const { server, browser } = w;
  await recorded('retry-pledge', browser, async () => {
    // Given the trip's roster at the coordinator's desk, on a connection
    // that drops the answers of the tap and of its two automatic retries
    const page = await signedIn(browser, server, 'county', desktop);
    const path = '/v1/activities/trip-childrens-day/pledges';
    const sent = await loseAnswers(page, path, 3, (route) => route.abort('connectionreset'));
    await page.goto(`${server.url}#/roster/trip-childrens-day`);
    const form = page.locator('form[data-form=pledge]');
    await form.locator('input[name=sponsor]').fill('云阳爱心书店');
    await form.locator('input[name=what]').fill('课外读物 50 册');

    // When the coordinator records the pledge and no answer arrives
    await form.getByRole('button', { name: '记录赞助', exact: true }).click();
    await page.locator('#toast.bad', { hasText: /^网络连接失败：\S/ }).waitFor();
    assert.equal(sent.length, 3, 'the tap and its two automatic retries reach the server');
    await screenshots(page, 'retry-1-pledge-lost');

    // and taps again
    await form.getByRole('button', { name: '记录赞助', exact: true }).click();
    await page.locator('#toast:not(.bad)', { hasText: '已保存' }).waitFor();
    await page.getByText('云阳爱心书店：课外读物 50 册').waitFor();

    // Then every request was the same one, and all but the first were replays
    assert.equal(sent.length, 4);
    assert.deepEqual(sent.map((s) => s.status), [201, 201, 201, 201]);
    assert.equal(new Set(sent.map((s) => s.key)).size, 1, 'one Idempotency-Key');
    assert.equal(new Set(sent.map((s) => s.body.pledge_id)).size, 1, 'one pledge id');
    assert.deepEqual(sent.map((s) => s.replayed), [false, true, true, true]);

    // and the roster holds the pledge once
    const roster = (await server.get('county', '/v1/activities/trip-childrens-day/roster')).data;
    assert.equal(roster.pledges.filter((p) => p.sponsor === '云阳爱心书店').length, 1);
    await screenshots(page, 'retry-2-pledge-once');
    assert.deepEqual(page.errors, []);
  });
});

test('a contact answered by a proxy\'s 504 page is said in words and recorded once', async () => {
  const { server, browser } = w;
  await recorded('retry-contact', browser, async () => {
    // Given 王芳 caring for 小军, on a network whose proxy answers 504 with
    // its own page while the server did record the contact
    await server.post('county', '/v1/children/xiaojun/care-roles', { role: 'caring_mother', volunteer_id: 'v-wang' });
    const wang = await signedIn(browser, server, 'wang');
    const sent = await loseAnswers(wang, '/v1/children/xiaojun/contacts', 3, (route) => route.fulfill({
      status: 504, contentType: 'text/html', body: '<html><body><h1>504 Gateway Time-out</h1></body></html>' }));
    await wang.click('[data-tab=children]');
    const xiaojun = wang.locator('details.child[data-child=xiaojun]');
    await xiaojun.locator('summary').click();
    const contact = xiaojun.locator('form.contact-form');
    await contact.locator('select[name=kind]').selectOption('phone_call');
    await contact.locator('input[name=summary]').fill('问了期中考试的情况');

    // When she records the call: the page retries the 504s and then says so
    await contact.getByRole('button', { name: '记录一次联系', exact: true }).click();
    await wang.locator('#toast.bad', { hasText: /^服务暂不可用：\S/ }).waitFor();
    assert.equal(sent.length, 3, 'a 504 is retried like a lost answer');
    await screenshots(wang, 'retry-3-contact-504');

    // and when she taps again, the call is recorded once
    await contact.getByRole('button', { name: '记录一次联系', exact: true }).click();
    await wang.locator('details.child[data-child=xiaojun]').getByText('问了期中考试的情况').waitFor();
    assert.equal(sent.length, 4);
    assert.equal(new Set(sent.map((s) => s.key)).size, 1, 'one Idempotency-Key');
    assert.equal(new Set(sent.map((s) => s.body.contact_id)).size, 1, 'one contact id');
    assert.deepEqual(sent.map((s) => s.replayed), [false, true, true, true]);
    const card = (await server.get('wang', '/v1/children/xiaojun/card')).data;
    assert.equal(card.contacts.filter((c) => c.summary === '问了期中考试的情况').length, 1);
    assert.deepEqual(wang.errors, []);
  });
});
