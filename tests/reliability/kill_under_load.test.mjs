// Kill under load: `homeward serve` is SIGKILLed at random moments while
// eight clients send sign-ups, withdrawals, care assignments and their ends
// over HTTP, each with its own Idempotency-Key. After every kill, before the
// restart, `homeward verify --projections` checks the chain and that every
// saved view equals a rebuild; after the restart:
//   - every request that got a 2xx is in the log, at the positions it was
//     told, under its key;
//   - positions run 1..head without a gap;
//   - no slot holds more volunteers than its capacity;
//   - no volunteer holds places in two activities at the same time;
//   - no child has one volunteer in two roles, and no volunteer holds a role
//     for more children than the unit allows.
// HOMEWARD_KILLS sets the number of kills (30 by default; more for a longer run).

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { account, homeward, killAll, serve, verifyReport } from '../support/homeward.mjs';

const KILLS = Number(process.env.HOMEWARD_KILLS ?? 30);
const CLIENTS = 8;
const VOLUNTEERS = 16;
const CHILDREN = 4;
const ROLES = ['caring_mother', 'proxy_parent', 'happy_companion'];
const ROLE_LIMIT = 3; // the unit's default
const DAY = 86400e6;
const HOUR = 3600e6;
// Two pairs of activities; the two of a pair overlap in time.
const start = Math.floor((Date.now() * 1000) / DAY) * DAY + 30 * DAY + HOUR;
const ACTIVITIES = [
  { id: 'a1', starts: start, waitlist: true },
  { id: 'a2', starts: start + HOUR, waitlist: false },
  { id: 'a3', starts: start + DAY, waitlist: true },
  { id: 'a4', starts: start + DAY + HOUR, waitlist: false },
];
const LENGTH = 3 * HOUR;
const PLACES = 3;

const root = mkdtempSync(join(tmpdir(), 'homeward-kill-'));
const data = join(root, 'data');
after(async () => {
  await killAll();
  rmSync(root, { recursive: true, force: true });
});

const pick = (n) => Math.floor(Math.random() * n);
const volunteer = () => `v${pick(VOLUNTEERS)}`;

// One random write: [path, body].
function randomWrite() {
  const a = ACTIVITIES[pick(ACTIVITIES.length)].id;
  const c = `c${pick(CHILDREN)}`;
  const role = ROLES[pick(ROLES.length)];
  switch (pick(4)) {
    case 0: return [`/v1/activities/${a}/sign-up`, { slot_id: 's', volunteer_id: volunteer() }];
    case 1: return [`/v1/activities/${a}/withdraw`, { volunteer_id: volunteer() }];
    case 2: return [`/v1/children/${c}/care-roles`, { role, volunteer_id: volunteer() }];
    default: return [`/v1/children/${c}/end-care-role`, { role, reason: '调整' }];
  }
}

async function setUp(server, admin) {
  const write = async (path, body) => {
    const r = await server.call(admin, 'POST', path, body);
    assert.equal(r.status, 201, `${path}: ${r.text}`);
  };
  for (const a of ACTIVITIES) {
    await write('/v1/activities', {
      activity_id: a.id, unit_id: 'unit0', kind: 'trip', title: `活动 ${a.id}`, place: '十堰',
      starts_at_us: a.starts, ends_at_us: a.starts + LENGTH, children_capacity: 10, cutoff_minutes: 60,
      children_per_adult: 5 });
    await write(`/v1/activities/${a.id}/slots`, { slot_id: 's', role: '义工', capacity: PLACES, waitlist: a.waitlist });
    await write(`/v1/activities/${a.id}/open-recruitment`, {});
  }
  for (let i = 0; i < CHILDREN; i += 1) {
    await write('/v1/children', { child_id: `c${i}`, unit_id: 'unit0', filled_by: '班主任',
      card: { name: `儿童${i}`, date_of_birth: '2016-04-01' } });
    await write(`/v1/children/c${i}/consents`, { kind: 'data_processing', guardian_name: '祖母',
      purpose: '关爱帮扶', retention: '离开项目后一年', given_on: '2026-11-01' });
  }
}

// Sends random writes until `stop.now`; records each 2xx as {key, positions}.
async function client(id, current, admin, acked, stop) {
  for (let n = 0; !stop.now; n += 1) {
    const key = `k${id}-${n}-${Math.random().toString(36).slice(2)}`;
    const [path, body] = randomWrite();
    let r;
    try {
      r = await current.server.call(admin, 'POST', path, body, { 'Idempotency-Key': key });
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 5)); // the server is down: no answer
      continue;
    }
    if (r.status >= 200 && r.status < 300) acked.push({ key, path, positions: r.json.data.positions });
    else assert.ok(r.status === 409 || r.status === 404, `${path}: ${r.status} ${r.text}`);
  }
}

async function everyEvent(server, token) {
  const events = [];
  for (let from = 1; ;) {
    const r = await server.call(token, 'GET', `/v1/events?from=${from}&limit=1000`);
    assert.equal(r.status, 200, r.text);
    events.push(...r.json.data);
    if (r.json.next > r.json.head) return { events, head: r.json.head };
    from = r.json.next;
  }
}

async function checkInvariants(server, token, acked, round) {
  const { events, head } = await everyEvent(server, token);
  // Gap-free positions.
  assert.equal(events.length, head, `round ${round}: ${events.length} events for head ${head}`);
  events.forEach((e, i) => assert.equal(e.position, i + 1, `round ${round}: a gap before ${e.position}`));
  // Every acknowledged write is there, under its key.
  for (const { key, path, positions } of acked) {
    for (const p of positions) {
      const e = events[p - 1];
      assert.ok(e && e.idempotency_key.endsWith(`/${key}`),
        `round ${round}: ${path} acknowledged at ${p} is missing (found ${e && e.idempotency_key})`);
    }
  }
  // Capacity and overlaps, as the rosters show them once caught up with the log.
  const places = new Map(); // volunteer -> activities held
  for (const a of ACTIVITIES) {
    const r = await server.call(token, 'GET', `/v1/activities/${a.id}/roster?min_position=${head}`);
    assert.equal(r.status, 200, r.text);
    for (const slot of r.json.data.slots) {
      assert.ok(slot.holders.length <= slot.capacity,
        `round ${round}: ${a.id} holds ${slot.holders.length} of ${slot.capacity}`);
      for (const h of slot.holders) places.set(h.volunteer_id, [...(places.get(h.volunteer_id) ?? []), a]);
    }
  }
  for (const [v, held] of places) {
    for (const x of held) {
      for (const y of held) {
        assert.ok(x === y || x.starts + LENGTH <= y.starts || y.starts + LENGTH <= x.starts,
          `round ${round}: ${v} holds ${x.id} and ${y.id} at the same time`);
      }
    }
  }
  // Care roles.
  const board = await server.call(token, 'GET', `/v1/care-board?min_position=${head}`);
  assert.equal(board.status, 200, board.text);
  const perRole = new Map();
  for (const child of board.json.data.children) {
    const holders = ROLES.map((role) => child.roles[role]?.volunteer_id).filter(Boolean);
    assert.equal(new Set(holders).size, holders.length, `round ${round}: ${child.child_id} has one volunteer twice`);
    for (const role of ROLES) {
      const v = child.roles[role]?.volunteer_id;
      if (v) perRole.set(`${v}/${role}`, (perRole.get(`${v}/${role}`) ?? 0) + 1);
    }
  }
  for (const [who, count] of perRole) assert.ok(count <= ROLE_LIMIT, `round ${round}: ${who} holds ${count}`);
  return head;
}

test(`acknowledged writes survive ${KILLS} SIGKILLs under load, and the rules hold`, async () => {
  homeward('bench', 'setup-signups', '--data', data, '--volunteers', String(VOLUNTEERS),
    '--activities', '0', '--places', String(PLACES));
  const admin = account(data, 'root', '--role', 'admin');
  const current = { server: await serve(data, { args: ['--rate-limit', '0', '--checkpoint-ms', '100'] }) };
  await setUp(current.server, admin);

  const acked = [];
  let head = 0;
  let compared = 0; // saved views found equal to a rebuild
  for (let round = 1; round <= KILLS; round += 1) {
    const stop = { now: false };
    const clients = Array.from({ length: CLIENTS }, (_, i) => client(i, current, admin, acked, stop));
    await new Promise((resolve) => setTimeout(resolve, 150 + pick(500)));
    await current.server.kill('SIGKILL');
    stop.now = true;
    await Promise.all(clients);

    const verified = verifyReport(data);
    assert.ok(verified.ok, `round ${round}: the chain: ${JSON.stringify(verified)}`);
    assert.ok(verified.projections_ok, `round ${round}: views: ${JSON.stringify(verified.projections)}`);
    compared += verified.projections.filter((p) => p.outcome === 'equal').length;

    current.server = await serve(data, { args: ['--rate-limit', '0', '--checkpoint-ms', '100'] });
    const now = await checkInvariants(current.server, admin, acked, round);
    assert.ok(now >= head, `round ${round}: the head went back from ${head} to ${now}`);
    head = now;
  }
  await current.server.stop();
  console.log(JSON.stringify({ test: 'kill_under_load', kills: KILLS, acknowledged: acked.length, events: head,
    views_compared: compared }));
  assert.ok(acked.length > KILLS * 10, `too little load: ${acked.length} acknowledged writes`);
  assert.ok(compared >= KILLS, `only ${compared} saved views were compared with a rebuild`);
});
