// The page on a station's shared tablet and on a small phone: signing in
// keeps the token for the tab only unless "stay signed in" is ticked; fields
// use text large enough that a phone does not zoom into them; a chart keeps
// its natural size and scrolls sideways instead of shrinking its words.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phone, recorded, screenshots, signedIn, world } from './harness.mjs';

const w = world();

test('on a shared tablet the token stays with the tab', async () => {
  const { server, browser } = w;
  await recorded('shared-tablet', browser, async () => {
    // Given the sign-in form on a station's tablet
    const context = await browser.newContext({ viewport: phone, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    await page.goto(server.url);
    const keep = page.locator('#sign-in input[name=keep]');
    await keep.waitFor();

    // Then "stay signed in" starts unticked
    assert.equal(await keep.isChecked(), false);
    await screenshots(page, 'shared-1-sign-in');

    // When a volunteer signs in without ticking it
    await page.fill('input[name=token]', server.tokens.wang);
    await page.click('#sign-in button');
    await page.waitForSelector('#nav a');

    // Then the token is kept for this tab only
    assert.equal(await page.evaluate(() => localStorage.getItem('homeward.token')), null);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('homeward.token')), server.tokens.wang);

    // and the next person to open the page in another tab is asked to sign in
    const next = await context.newPage();
    await next.goto(server.url);
    await next.locator('#sign-in').waitFor();
    assert.equal(await next.locator('#nav a').count(), 0);
    await context.close();
  });
});

test('on a 360 px phone fields do not zoom and charts keep readable words', async () => {
  const { server, browser } = w;
  await recorded('small-phone', browser, async () => {
    // Given the county coordinator's monthly report on a phone
    const page = await signedIn(browser, server, 'county', phone);
    await page.click('[data-tab=report]');
    const chart = page.locator('svg.chart').first();
    await chart.waitFor();

    // Then its fields' text is 16 px at least
    const sizes = await page.locator('main input, main select').evaluateAll((els) =>
      els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    assert.ok(sizes.length > 0);
    for (const size of sizes) assert.ok(size >= 16, `a field's text is ${size}px`);

    // and the chart is drawn at its natural width, in a box that scrolls sideways
    const drawn = await chart.evaluate((svg) => ({
      natural: svg.viewBox.baseVal.width,
      shown: svg.getBoundingClientRect().width,
      box: svg.parentElement.clientWidth,
      scrolls: svg.parentElement.scrollWidth > svg.parentElement.clientWidth,
      overflow: getComputedStyle(svg.parentElement).overflowX,
    }));
    assert.ok(Math.abs(drawn.shown - drawn.natural) < 1, `drawn ${drawn.shown}px wide, natural ${drawn.natural}px`);
    assert.ok(drawn.box < drawn.natural && drawn.scrolls, 'the chart scrolls inside its box');
    assert.equal(drawn.overflow, 'auto');
    // the page itself does not scroll sideways
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
    await screenshots(page, 'phone-1-report');
    assert.deepEqual(page.errors, []);
  });
});
