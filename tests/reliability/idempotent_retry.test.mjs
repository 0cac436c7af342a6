// Idempotency across a restart: the same sign-up with the same
// Idempotency-Key sent 100 times at once, and again after a SIGKILL and a
// restart, writes exactly one set of events and every answer is the first.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { account, homeward, killAll, serve } from '../support/homeward.mjs';

const root = mkdtempSync(join(tmpdir(), 'homeward-retry-'));
const data = join(root, 'data');
after(async () => {
  await killAll();
  rmSync(root, { recursive: true, force: true });
});

const KEY = 'phone-tap-7f3a9c';

async function eventsWithKey(server, token) {
  const r = await server.call(token, 'GET', '/v1/events?from=1&limit=1000');
  assert.equal(r.status, 200, r.text);
  assert.ok(r.json.next > r.json.head, 'the log fits one page');
  return r.json.data.filter((e) => e.idempotency_key.endsWith(`/${KEY}`));
}

test('one key sent 100 times at once and again after a SIGKILL writes once, with one answer', async () => {
  homeward('bench', 'setup-signups', '--data', data, '--volunteers', '3', '--activities', '2', '--places', '5');
  const admin = account(data, 'root', '--role', 'admin');
  const volunteer = account(data, '志愿者0', '--role', 'volunteer', '--volunteer', 'v0');
  let server = await serve(data, { args: ['--rate-limit', '0'] });
  const signUp = () => server.call(volunteer, 'POST', '/v1/activities/a0/sign-up',
    { slot_id: 's', volunteer_id: 'v0' }, { 'Idempotency-Key': KEY });

  // When the same request arrives 100 times at once
  const answers = await Promise.all(Array.from({ length: 100 }, signUp));
  // Then every answer is the same success, and one of them wrote it
  for (const a of answers) assert.equal(a.status, 201, a.text);
  const bodies = new Set(answers.map((a) => JSON.stringify(a.json.data)));
  assert.equal(bodies.size, 1, `different answers: ${[...bodies].join(' | ')}`);
  const first = answers[0].json.data;
  assert.equal(answers.filter((a) => a.headers.get('idempotent-replayed') !== 'true').length, 1);
  const written = await eventsWithKey(server, admin);
  assert.deepEqual(written.map((e) => e.position), first.positions);

  // When the server dies and the client retries after the restart
  await server.kill('SIGKILL');
  server = await serve(data, { args: ['--rate-limit', '0'] });
  const again = await Promise.all(Array.from({ length: 20 }, signUp));
  // Then it gets the first answer again, marked as a replay, and nothing new is written
  for (const a of again) {
    assert.equal(a.status, 201, a.text);
    assert.deepEqual(a.json.data, first);
    assert.equal(a.headers.get('idempotent-replayed'), 'true');
  }
  assert.deepEqual((await eventsWithKey(server, admin)).map((e) => e.position), first.positions);

  // A different request under the same key is not written as a second one
  const other = await server.call(volunteer, 'POST', '/v1/activities/a1/sign-up',
    { slot_id: 's', volunteer_id: 'v0' }, { 'Idempotency-Key': KEY });
  assert.ok(other.status === 201 || other.status === 409, `${other.status} ${other.text}`);
  if (other.status === 201) assert.deepEqual(other.json.data, first, 'a 201 can only be the first answer');
  assert.deepEqual((await eventsWithKey(server, admin)).map((e) => e.position), first.positions);
  await server.stop();
});
