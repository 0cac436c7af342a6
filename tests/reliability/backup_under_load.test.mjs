// Backup under load: `homeward backup` runs twice while clients sign up over
// HTTP. Each backup restores (`homeward restore` checks the chain), holds
// no view (views hold opened personal data), verifies with every view
// rebuilt, holds every sign-up acknowledged before it started, and is a
// prefix of the live log, event for event.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { account, homeward, homewardAsync, killAll, serve, verifyReport } from '../support/homeward.mjs';

const root = mkdtempSync(join(tmpdir(), 'homeward-backup-'));
const data = join(root, 'data');
after(async () => {
  await killAll();
  rmSync(root, { recursive: true, force: true });
});

const VOLUNTEERS = 2000;
const ACTIVITIES = 200;

function events(dir) {
  return homeward('log', '--data', dir, '--limit', '1000000', '--json')
    .split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

test('backups taken under load restore, verify, and hold every earlier acknowledged write', async () => {
  homeward('bench', 'setup-signups', '--data', data, '--volunteers', String(VOLUNTEERS),
    '--activities', String(ACTIVITIES), '--places', '20');
  const admin = account(data, 'root', '--role', 'admin');
  const server = await serve(data, { args: ['--rate-limit', '0'] });

  const acked = []; // {key, positions}
  const stop = { now: false };
  let next = 0;
  const client = async () => {
    while (!stop.now) {
      const n = next++;
      const key = `backup-${n}`;
      const activity = (Math.floor(n / VOLUNTEERS) * 37 + n) % ACTIVITIES;
      const r = await server.call(admin, 'POST', `/v1/activities/a${activity}/sign-up`,
        { slot_id: 's', volunteer_id: `v${n % VOLUNTEERS}` }, { 'Idempotency-Key': key });
      if (r.status === 201) acked.push({ key, positions: r.json.data.positions });
      else assert.equal(r.status, 409, r.text);
    }
  };
  const clients = Array.from({ length: 6 }, client);

  const backups = [];
  for (const name of ['first', 'second']) {
    await new Promise((resolve) => setTimeout(resolve, 700));
    const before = acked.length;
    const dest = join(root, name);
    const report = JSON.parse(await homewardAsync('backup', '--data', data, '--to', dest, '--json'));
    backups.push({ dest, before: acked.slice(0, before), head: report.head, during: acked.length - before });
  }
  stop.now = true;
  await Promise.all(clients);
  await server.stop();
  assert.ok(acked.length > 100, `too little load: ${acked.length} sign-ups`);

  const live = events(data);
  for (const [i, b] of backups.entries()) {
    const restored = join(root, `restored-${i}`);
    const done = JSON.parse(homeward('restore', '--from', b.dest, '--data', restored, '--json'));
    assert.equal(done.head, b.head);
    // The backup carries no views (they hold opened personal data): rebuilt, they verify.
    const copied = verifyReport(restored);
    assert.ok(copied.ok, JSON.stringify(copied));
    assert.ok(copied.projections.every((p) => p.outcome === 'none'), JSON.stringify(copied.projections));
    homeward('rebuild', '--data', restored);
    const verified = verifyReport(restored);
    assert.ok(verified.ok && verified.projections_ok, JSON.stringify(verified));
    assert.ok(verified.projections.every((p) => p.outcome === 'equal'), JSON.stringify(verified.projections));
    const copy = events(restored);
    assert.equal(copy.length, b.head);
    copy.forEach((e, at) => assert.equal(e.hash, live[at].hash, `backup ${i} differs at ${e.position}`));
    for (const { key, positions } of b.before) {
      for (const p of positions) {
        assert.ok(p <= b.head && copy[p - 1].idempotency_key.endsWith(`/${key}`),
          `backup ${i} misses ${key} acknowledged at ${p} before it began`);
      }
    }
    console.log(JSON.stringify({ test: 'backup_under_load', backup: i, head: b.head,
      acknowledged_before: b.before.length, acknowledged_during: b.during, live_head: live.length }));
    assert.ok(b.during > 0, `backup ${i}: no write was acknowledged while it ran`);
  }
  assert.ok(backups[1].head > backups[0].head, 'the second backup holds more than the first');
});
