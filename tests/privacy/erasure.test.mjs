// A child's personal data, erased: after the erasure and the compaction that
// follows it, neither the child's name nor a family phone number is anywhere
// in the data directory (table files read through sst_dump, since they are
// compressed), the server's output, any API answer or any export; other
// children still read; rebuild and verify pass; a backup taken before the
// erasure, restored after it, does not bring the child back. Each read of
// the child's data was recorded for the auditor.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { homeward, killAll, serve as serveData } from '../support/homeward.mjs';

const root = mkdtempSync(join(tmpdir(), 'homeward-privacy-'));
const data = join(root, 'data');
const NAME = '童欣怡';
const PHONE = '13712345678';
const GUARDIAN_PHONE = '13912345678';
const secrets = [NAME, PHONE, GUARDIAN_PHONE];
after(async () => {
  await killAll();
  rmSync(root, { recursive: true, force: true });
});

// Every file under `dir`, read as bytes, plus what sst_dump decodes of each
// table file: what a person with the disk could read.
function diskText(dir) {
  const chunks = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      chunks.push(readFileSync(path).toString('latin1'));
      chunks.push(readFileSync(path).toString('utf8'));
      if (name.endsWith('.sst')) {
        chunks.push(execFileSync('sst_dump', [`--file=${path}`, '--command=scan'],
          { encoding: 'utf8', maxBuffer: 256 << 20 }));
      }
    }
  };
  walk(dir);
  return chunks.join('\n');
}

function found(text) {
  return secrets.filter((s) => text.includes(s) || text.includes(Buffer.from(s).toString('latin1')));
}

const serve = () => serveData(data);

test('an erased child is nowhere, and everyone else still is', async () => {
  homeward('demo', '--data', data);
  const token = (name, ...rest) =>
    JSON.parse(homeward('user', 'add', name, ...rest, '--data', data, '--json')).token;
  const admin = token('root', '--role', 'admin');
  const coordinator = token('gao', '--role', 'coordinator', '--unit', 'yunyang-fulian');
  const auditor = token('audit', '--role', 'auditor', '--id', 'auditor-1');

  // Given a child with a family, a consent, a contact and a carer
  let server = await serve();
  const write = async (path, body) => {
    const r = await server.call(admin, 'POST', path, body);
    assert.equal(r.status, 201, `${path}: ${r.text}`);
  };
  await write('/v1/children', {
    child_id: 'c-secret', unit_id: 'maling', filled_by: '班主任',
    card: { name: NAME, date_of_birth: '2015-03-08', school: '马岭小学',
      father: { name: '童大海', work_city: '东莞', phone: PHONE },
      guardian: { name: '李秀兰', relation: '祖母', phone: GUARDIAN_PHONE, address: '马岭村五组' } },
  });
  await write('/v1/children/c-secret/consents', {
    kind: 'data_processing', guardian_name: '李秀兰', purpose: '关爱帮扶', retention: '离开项目后一年',
    given_on: '2026-11-01' });
  await write('/v1/children/c-secret/contacts', {
    contact_id: 'k1', kind: 'phone_call', by: '班主任', at_us: new Date().toISOString(), minutes: 10,
    summary: `给${NAME}的爸爸打电话` });
  await write('/v1/children/c-secret/care-roles', { role: 'caring_mother', volunteer_id: 'v-wang' });
  // and a coordinator who read the child's card
  const card = await server.call(coordinator, 'GET', '/v1/children/c-secret/card');
  assert.equal(card.json.data.card.name, NAME);
  // and an auditor who saw it masked, then read it under an admin's grant
  const masked = await server.call(auditor, 'GET', '/v1/children/c-secret/card');
  assert.equal(masked.json.data.card.name, '[masked]');
  await write('/v1/accounts/auditor-1/grant-personal-data', { reason: '年度审计' });
  const granted = await server.call(auditor, 'GET', '/v1/children/c-secret/card');
  assert.equal(granted.json.data.card.name, NAME);
  await server.stop();
  // The views hold the name in the clear on disk, and the search sees it:
  assert.deepEqual(found(diskText(data)).includes(NAME), true, 'the search must see the name before');
  homeward('backup', '--data', data, '--to', join(root, 'before'));

  // When an admin erases the child's data
  server = await serve();
  const erased = await server.call(admin, 'POST', '/v1/children/c-secret/erase',
    { reason: '监护人要求删除', admin_decision: true });
  assert.equal(erased.status, 201, erased.text);
  for (let i = 0; i < 300 && !server.output().includes('compacted the store after the erasure'); ++i) {
    await new Promise((r) => { setTimeout(r, 100); });
  }
  assert.match(server.output(), /compacted the store after the erasure/);

  // Then no answer shows it, while the fact of it stays
  const answers = [];
  for (const [who, path] of [[admin, '/v1/children/c-secret/card'], [admin, '/v1/events?limit=1000'],
    [admin, '/v1/streams/child/c-secret'], [coordinator, '/v1/care-board'], [admin, '/v1/reminders'],
    [coordinator, '/v1/volunteers/v-wang/care'], [auditor, '/v1/replay/archive?position=1000000&id=c-secret'],
    [admin, '/v1/units/yunyang-fulian/report']]) {
    const r = await server.call(who, 'GET', path);
    assert.equal(r.status, 200, `${path}: ${r.text}`);
    answers.push(r.text);
  }
  assert.deepEqual(found(answers.join('\n')), []);
  const after = (await server.call(admin, 'GET', '/v1/children/c-secret/card')).json.data;
  assert.equal(after.card.name, '[erased]');
  assert.equal(after.card.guardian.phone, '[erased]');
  assert.equal(after.card.school, '马岭小学');
  assert.equal(after.contacts[0].summary, '[erased]');
  assert.equal(after.contacts[0].minutes, 10);
  // other children still read
  assert.equal((await server.call(admin, 'GET', '/v1/children/xiaohua/card')).json.data.card.name, '小花');
  // and the auditor sees who read the child's data, but not the data
  const reads = await server.call(auditor, 'GET', '/v1/audit/reads?child=c-secret');
  assert.equal(reads.status, 200, reads.text);
  assert.ok(reads.json.data.some((r) => r.role === 'coordinator' && r.fields.includes('card.name')), reads.text);
  assert.ok(reads.json.data.some((r) => r.role === 'auditor' && r.fields.includes('card.name')), reads.text);
  assert.deepEqual(found(reads.text), []);
  await server.stop();
  assert.deepEqual(found(server.output()), []);

  // Exports, rebuild and verify
  const exports = ['care-board', 'roster', 'reminders', 'report', 'service-records']
    .map((kind) => homeward('export', kind, '--data', data));
  assert.deepEqual(found(exports.join('\n')), []);
  homeward('rebuild', '--data', data);
  assert.match(homeward('verify', '--data', data), /holds|ok/i);
  assert.deepEqual(found(homeward('log', '--data', data, '--json')), []);

  // The disk: every file, table files decoded
  assert.deepEqual(found(diskText(data)), []);

  // A backup from before the erasure, restored with today's keys, shows nothing of the child
  const restored = join(root, 'restored');
  homeward('restore', '--from', join(root, 'before'), '--data', restored, '--keys', join(data, 'keys'));
  const log = homeward('log', '--data', restored, '--json');
  assert.deepEqual(found(log), []);
  assert.ok(log.includes('小花'), 'other children read in the restored store');
  assert.deepEqual(found(homeward('export', 'care-board', '--data', restored)), []);
  assert.deepEqual(found(homeward('replay', 'archive', '--data', restored, '--position', '1000000', '--json')), []);
  // and nothing of the child is in its files either (backups carry no saved views)
  assert.deepEqual(found(diskText(restored)), []);
});
