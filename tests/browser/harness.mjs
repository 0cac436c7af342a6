// The browser tests' world: a store holding the demo organization recorded
// two days ago by default (under faketime, so "the day before" has a history), accounts
// for each role, `homeward serve` on a loopback port, and headless Chromium
// driven by playwright-core. Every test saves screenshots at phone and
// desktop widths to the output folder.

import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const bin = process.env.HOMEWARD_BIN ?? 'build/release/homeward';
export const outputDir = process.env.HOMEWARD_TEST_OUTPUT ?? join(process.cwd(), 'browser-output');

export const phone = { width: 360, height: 740 };
export const desktop = { width: 1280, height: 900 };

// libfaketime, preloaded directly: the `faketime` wrapper names a semaphore
// after its own pid, and one left behind by a killed wrapper makes a later
// wrapper that happens to get the same pid fail with "sem_open: File exists".
const fakeTimeLibrary = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']
  .map((dir) => join(dir, 'faketime', 'libfaketime.so.1')).find((path) => existsSync(path));

// Runs homeward with `args`, on a clock `daysAgo` days behind (none: now).
function run(args, daysAgo = 0) {
  const env = { ...process.env };
  if (daysAgo > 0) {
    if (!fakeTimeLibrary) throw new Error('libfaketime.so.1 not found: install the faketime package');
    Object.assign(env, { FAKETIME: `-${daysAgo}d`,
      LD_PRELOAD: [fakeTimeLibrary, process.env.LD_PRELOAD].filter(Boolean).join(':') });
    // libfaketime loads ahead of AddressSanitizer's runtime in the sanitizer build.
    env.ASAN_OPTIONS = [process.env.ASAN_OPTIONS, 'verify_asan_link_order=0'].filter(Boolean).join(':');
  }
  return execFileSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env });
}

// Starts a server on a fresh store, the demo recorded `daysAgo` days ago.
// Returns {url, tokens, stop()}; tokens has admin, county (coordinator of
// every unit), school (马岭小学's), wang and zhang (volunteers), xu (a
// counselor) and auditor.
export async function startServer({ daysAgo = 2 } = {}) {
  const data = mkdtempSync(join(tmpdir(), 'homeward-browser-'));
  run(['demo', '--data', data], daysAgo);
  const accounts = {
    admin: ['管理员', 'admin'], county: ['县妇联 高主任', 'coordinator', '--unit', 'yunyang-fulian'],
    school: ['马岭小学 周老师', 'coordinator', '--unit', 'maling'],
    wang: ['王芳', 'volunteer', '--volunteer', 'v-wang'], zhang: ['张丽', 'volunteer', '--volunteer', 'v-zhang'],
    xu: ['徐敏', 'counselor', '--volunteer', 'v-xu'],
    auditor: ['审计 刘', 'auditor'],
  };
  const tokens = {};
  for (const [key, [name, role, ...rest]] of Object.entries(accounts)) {
    const out = run(['user', 'add', name, '--role', role, ...rest, '--data', data, '--json'], daysAgo);
    tokens[key] = JSON.parse(out).token;
  }
  const server = spawn(bin, ['serve', '--data', data, '--listen', '127.0.0.1:0', '--workers', '4'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const m = seen.match(/at (http:\/\/\S+\/)/);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`homeward serve exited with ${code}: ${seen}`)));
  });
  // Sends a request as account `who` and returns its JSON answer, failing on
  // a refusal; past the account's rate (429) it waits as told and sends
  // again, 30 times at most.
  async function send(who, path, init) {
    for (let tries = 0; ; ++tries) {
      const r = await fetch(new URL(path, url), { ...init, headers: { Authorization: `Bearer ${tokens[who]}` } });
      const doc = await r.json();
      if (r.status === 429 && tries < 30) {
        await new Promise((resolve) => setTimeout(resolve, 1000 * Number(r.headers.get('retry-after') ?? 1)));
        continue;
      }
      if (!r.ok) throw new Error(`${path}: ${JSON.stringify(doc)}`);
      return doc;
    }
  }
  return {
    url,
    tokens,
    // POSTs a command as account `who` (for a test's setup), failing on a refusal.
    async post(who, path, body) {
      return send(who, path, { method: 'POST', body: JSON.stringify(body) });
    },
    // GETs `path` as account `who` (for a test's checks), failing on a
    // refusal; returns the whole answer ({data, ...}).
    async get(who, path) {
      return send(who, path, {});
    },
    async stop() {
      try {
        await recordAnswered(url, tokens.admin);
      } finally {
        server.kill('SIGTERM');
        await new Promise((resolve) => { if (server.exitCode !== null) resolve(); else server.on('exit', resolve); });
        rmSync(data, { recursive: true, force: true });
      }
    },
  };
}

// Where the tests record the routes their servers answered, one JSON line a
// server: {test, answered: ["POST /v1/...", ...]} (the routes with a 2xx
// answer, from the server's /metrics). `adapters.every_route_over_socket`
// holds them to the API document once every test that records has run.
const ledger = process.env.HOMEWARD_ROUTE_LEDGER;

async function recordAnswered(url, adminToken) {
  if (!ledger) return;
  const r = await fetch(new URL('/metrics', url), {
    headers: { Authorization: `Bearer ${adminToken}` }, signal: AbortSignal.timeout(10000),
  });
  if (!r.ok) throw new Error(`/metrics answered ${r.status}`);
  const answered = [];
  for (const m of (await r.text()).matchAll(
    /^homeward_http_requests_total\{method="(\w+)",route="([^"]+)",code="2\d\d"\} [1-9]/gm)) {
    answered.push(`${m[1]} ${m[2]}`);
  }
  appendFileSync(ledger, `${JSON.stringify({ test: process.env.HOMEWARD_TEST_NAME, answered })}\n`);
}

// A server and a browser for the tests of one file: started before them,
// stopped after. Its `server` and `browser` are set once `before` ran.
// `options` go to startServer.
export function world(options = {}) {
  const w = { server: null, browser: null };
  before(async () => {
    w.server = await startServer(options);
    w.browser = await launch();
  });
  after(async () => {
    await w.browser?.close();
    await w.server?.stop();
  });
  return w;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.HOMEWARD_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

// The units' local date `days` from today, "YYYY-MM-DD".
export function day(days = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86400000));
}

// RFC 3339 (whole seconds, UTC) of the moment `seconds` from now.
export function fromNow(seconds) {
  return new Date(Date.now() + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// Activity `id` of 小草 with `title`, `lasting` seconds long (an hour by
// default), that began a moment ago, with one slot "host" (主持) held by each
// account of `holders` ("wang", "zhang"): it is planned to start 3 seconds
// from now, and this waits until it has, and until the views hold the
// sign-ups. Returns the activity's API path.
export async function begunActivity(server, id, title, holders, lasting = 3600) {
  const path = `/v1/activities/${id}`;
  const starts = fromNow(3);
  await server.post('county', '/v1/activities', {
    activity_id: id, unit_id: 'xiaocao', kind: 'other', title, place: '小草义工站',
    starts_at_us: starts, ends_at_us: fromNow(3 + lasting),
  });
  await server.post('county', `${path}/slots`, { slot_id: 'host', role: '主持', capacity: holders.length, vetted_only: false });
  await server.post('county', `${path}/open-recruitment`, {});
  let last = null;
  for (const who of holders) last = await server.post(who, `${path}/sign-up`, { slot_id: 'host' });
  await settled(server, last);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(starts) - Date.now() + 500)));
  return path;
}

// As begunActivity, for an activity of 2 seconds, returned once it is over.
export async function endedActivity(server, id, title, holders) {
  const path = await begunActivity(server, id, title, holders, 2);
  // Its times are whole seconds: it ends 1 to 3 seconds after it begins.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  return path;
}

// What `read()` answers once `ok(answer)` holds, asked every 100 ms for 5 s
// at most (a view applies a write a moment after the write is answered);
// the last answer when it never does, for the test's assertion to show.
export async function eventually(read, ok) {
  let answer = await read();
  for (let tries = 0; tries < 50 && !ok(answer); ++tries) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    answer = await read();
  }
  return answer;
}

// Waits until every view holds the write `answer` ({data: {position}})
// answered, so a page opened next reads it (a page's first read waits for
// no position): /healthz names each projection's position.
export async function settled(server, answer) {
  const position = answer.data.position;
  for (let tries = 0; tries < 100; ++tries) {
    const health = await (await fetch(new URL('/healthz', server.url))).json();
    if (health.projections.every((p) => p.position >= position)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the views did not reach position ${position}`);
}

// A page signed in as `who`, `size` wide, in Chinese unless `lang` is "en".
export async function signedIn(browser, server, who, size = phone, lang = 'zh-CN') {
  const context = await browser.newContext({ viewport: size, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(server.url);
  if (lang === 'en') await page.click('#lang');
  await page.fill('input[name=token]', server.tokens[who]);
  await page.click('#sign-in button');
  await page.waitForSelector('#nav a');
  return page;
}

// Activity `id`'s roster opened by the coordinator `who`, today's check-in
// started there; returns the page and the six-digit code it shows, the one
// read out to volunteers.
export async function openCheckIn(browser, server, who, id) {
  const page = await signedIn(browser, server, who, desktop);
  await page.goto(`${server.url}#/roster/${id}`);
  await page.getByRole('button', { name: '开始今天的签到', exact: true }).click();
  const shown = page.locator('[data-check-in]');
  await shown.waitFor();
  return { page, code: (await shown.textContent()).match(/签到码：(\d{6})/)[1] };
}

// Runs `body`; when it fails, saves each open page as failure-NAME-N.png
// with the page's text before rethrowing, so a red run shows what was on screen.
export async function recorded(name, browser, body) {
  try {
    await body();
  } catch (e) {
    mkdirSync(outputDir, { recursive: true });
    let n = 0;
    for (const context of browser.contexts()) {
      for (const page of context.pages()) {
        n += 1;
        await page.screenshot({ path: join(outputDir, `failure-${name}-${n}.png`), fullPage: true }).catch(() => {});
        const text = await page.locator('body').innerText().catch(() => '');
        e.message += `\n--- page ${n} (${page.url()}):\n${text.slice(0, 2000)}`;
      }
    }
    throw e;
  }
}

// Saves `page` at phone and desktop widths as NAME-phone.png and NAME-desktop.png.
export async function screenshots(page, name) {
  mkdirSync(outputDir, { recursive: true });
  const size = page.viewportSize();
  for (const [label, viewport] of [['phone', phone], ['desktop', desktop]]) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(outputDir, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}
