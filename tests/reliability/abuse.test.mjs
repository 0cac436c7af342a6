// Abuse, against the real server on a loopback port: a body announced over
// 1 MiB (413, before it is sent), a header over 8 KiB (431), a client that
// trickles bytes (cut off while another is served), one account past its
// rate (429 while another account is served), a volunteer past the daily
// limit of places, tokens in URLs, and a revoked token.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { account, homeward, killAll, serve } from '../support/homeward.mjs';

const root = mkdtempSync(join(tmpdir(), 'homeward-abuse-'));
const data = join(root, 'data');
let server;
const tokens = {};

before(async () => {
  homeward('bench', 'setup-signups', '--data', data, '--volunteers', '4', '--activities', '10', '--places', '5');
  tokens.admin = account(data, 'root', '--role', 'admin');
  tokens.auditor = account(data, 'audit', '--role', 'auditor');
  tokens.v0 = account(data, '志愿者0', '--role', 'volunteer', '--volunteer', 'v0');
  tokens.v1 = account(data, '志愿者1', '--role', 'volunteer', '--volunteer', 'v1');
  server = await serve(data, { args: ['--rate-limit', '20'] });
});
after(async () => {
  await killAll();
  rmSync(root, { recursive: true, force: true });
});

// Sends raw bytes; resolves with what came back and whether the server
// closed the connection, once it closed or `wait` ms passed.
function raw(bytes, { wait = 3000, trickle = null } = {}) {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let got = '';
    let timer;
    const done = (closed) => { clearTimeout(timer); clearInterval(trickle?.timer); socket.destroy(); resolve({ got, closed }); };
    socket.on('data', (c) => { got += c; });
    socket.on('close', () => done(true));
    socket.on('error', () => done(true));
    socket.on('connect', () => {
      if (trickle) {
        let i = 0;
        trickle.timer = setInterval(() => { if (i < bytes.length) socket.write(bytes[i++]); }, trickle.every);
      } else {
        socket.write(bytes);
      }
      timer = setTimeout(() => done(false), wait);
    });
  });
}

test('a body announced over 1 MiB is refused with 413 before it is sent', async () => {
  const { got } = await raw('POST /v1/activities HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer '
    + `${tokens.admin}\r\nContent-Type: application/json\r\nContent-Length: ${2 << 20}\r\n\r\n{`);
  assert.match(got, /^HTTP\/1\.1 413/);
});

test('a header over 8 KiB is refused with 431', async () => {
  const { got } = await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(9000)}\r\n\r\n`);
  assert.match(got, /^HTTP\/1\.1 431/);
});

test('a client that trickles its request is cut off while another is served', async () => {
  const started = Date.now();
  const slow = raw('GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'z'.repeat(200) + '\r\n\r\n',
    { wait: 20000, trickle: { every: 200 } });
  for (let i = 0; i < 5; i += 1) {
    const r = await server.call('', 'GET', '/healthz');
    assert.equal(r.status, 200);
  }
  const { closed } = await slow;
  assert.ok(closed, 'the trickling connection is still open');
  assert.ok(Date.now() - started < 19000, `cut off only after ${Date.now() - started} ms`);
});

test('an account past its rate gets 429 with Retry-After while another account is served', async () => {
  const answers = await Promise.all(Array.from({ length: 120 },
    () => server.call(tokens.auditor, 'GET', '/v1/activities')));
  const limited = answers.filter((a) => a.status === 429);
  assert.ok(limited.length > 0, 'no 429 after 120 requests at once');
  assert.ok(limited[0].headers.get('retry-after'), 'a 429 says when to come back');
  assert.equal(limited[0].json.error.code, 'rate_limited');
  assert.equal((await server.call(tokens.admin, 'GET', '/v1/activities')).status, 200);
});

test('a volunteer holds no more than the daily limit of places', async () => {
  const days = new Map(); // local day -> places taken
  let refused = 0;
  const list = await server.call(tokens.admin, 'GET', '/v1/activities');
  assert.equal(list.status, 200, list.text);
  const startOf = new Map(list.json.data.map((a) => [a.activity_id, Date.parse(a.starts_at)]));
  for (let i = 0; i < 10; i += 1) {
    const r = await server.call(tokens.v0, 'POST', `/v1/activities/a${i}/sign-up`, { slot_id: 's', volunteer_id: 'v0' });
    const day = new Date(startOf.get(`a${i}`) + 8 * 3600e3).toISOString().slice(0, 10); // in Shiyan
    if (r.status === 201) {
      days.set(day, (days.get(day) ?? 0) + 1);
    } else {
      assert.equal(r.status, 409, r.text);
      assert.equal(r.json.error.code, 'daily_limit', r.text);
      assert.equal(days.get(day), 4, `refused on ${day} after ${days.get(day)} places`);
      refused += 1;
    }
  }
  assert.ok(refused > 0, 'ten activities within ten hours and none refused');
  for (const [day, n] of days) assert.ok(n <= 4, `${n} places on ${day}`);
  // And a volunteer signs up only themself.
  const other = await server.call(tokens.v0, 'POST', '/v1/activities/a9/sign-up', { slot_id: 's', volunteer_id: 'v2' });
  assert.equal(other.status, 403, other.text);
});

test('a token in a URL is refused, and never printed', async () => {
  for (const query of [`access_token=${tokens.admin}`, `token=${tokens.admin}`, `x=${tokens.admin}`]) {
    const r = await server.call(tokens.admin, 'GET', `/v1/care-board?${query}`);
    assert.equal(r.status, 400, r.text);
    assert.equal(r.json.error.code, 'token_in_url');
    assert.ok(!r.text.includes(tokens.admin));
  }
  assert.ok(!server.output().includes(tokens.admin), 'the server printed a token');
});

test('a revoked token stops working at once', async () => {
  assert.equal((await server.call(tokens.v1, 'GET', '/v1/me')).status, 200);
  const me = await server.call(tokens.v1, 'GET', '/v1/me');
  const revoked = await server.call(tokens.admin, 'POST', `/v1/accounts/${me.json.data.account_id}/revoke`,
    { reason: '离开' });
  assert.equal(revoked.status, 201, revoked.text);
  const after = await server.call(tokens.v1, 'GET', `/v1/me?min_position=${revoked.json.data.position}`);
  assert.equal(after.status, 401, after.text);
});
