// Every read route of the API document answered over a real loopback socket
// by the real program on the demo organization, each as a reader it is for
// (a calendar feed and an activity's signed link with no token at all), and
// each JSON answer held to the schema the document gives it;
// and the commands no page test sends: closing recruitment, completing an
// activity, a child leaving the programme, and a volunteer's calendar feed
// issued, read and closed (then served empty).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { answerChecker } from '../support/answer_schemas.mjs';
import { homeward } from '../support/homeward.mjs';
import { day, endedActivity, settled, startServer } from '../browser/harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

// What each path parameter is on the demo organization.
const ids = {
  activity_id: 'trip-childrens-day', child_id: 'xiaohua', volunteer_id: 'v-wang',
  unit_id: 'xiaocao', stream_id: 'shiyan/volunteer/v-wang', year: day().slice(0, 4),
};
const queries = { child: 'xiaohua' };
// Who reads a route where not every account may: [path pattern, account, query].
const readers = [
  [/^\/v1\/(events|streams|audit|replay)/, 'auditor'],
  [/\/sessions$/, 'xu'],
  [/^\/v1\/volunteers\/\{volunteer_id\}\/(schedule|care)$/, 'wang'],
];

// GET `path` as account `who` (none for null): status, type and body.
async function fetchAs(who, path) {
  const headers = who ? { Authorization: `Bearer ${server.tokens[who]}` } : {};
  const r = await fetch(new URL(path, server.url), { headers });
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: await r.text() };
}

// POST `body` to `path` as `who`, answering the parsed document.
async function postAs(who, path, body = {}) {
  const r = await fetch(new URL(path, server.url), {
    method: 'POST', headers: { Authorization: `Bearer ${server.tokens[who]}` }, body: JSON.stringify(body),
  });
  return { status: r.status, doc: await r.json() };
}

const doc = JSON.parse(homeward('openapi', '--json'));
const meetsSchema = answerChecker(doc);

test('every read route of the API document answers its reader over a socket', async () => {
  const feed = (await postAs('wang', '/v1/volunteers/v-wang/calendar-feed')).doc.data;
  const asked = await fetchAs('wang', `/v1/activities/${ids.activity_id}/calendar-link`);
  const link = JSON.parse(asked.body).data.url;
  const year = ids.year;
  const declared = await postAs('admin', '/v1/holidays', {
    year, days_off: [`${year}-10-01`, `${year}-10-02`], workdays: [`${year}-10-10`], source: '国务院办公厅通知',
  });
  assert.equal(declared.status, 201, JSON.stringify(declared.doc));
  await settled(server, declared.doc);
  const reads = Object.entries(doc.paths).filter(([, ops]) => ops.get).map(([path]) => path);
  assert.ok(reads.length >= 30, `the document lists ${reads.length} read routes`);
  for (const pattern of reads) {
    const who = readers.find(([re]) => re.test(pattern))?.[1] ?? 'admin';
    let path = pattern.replace(/\{(\w+)\}/g, (_, name) => {
      if (name === 'feed') return feed.feed.replace('/v1/calendar/', '');
      if (name === 'link') return link.replace('/v1/links/', '');
      // A counselor reads the sessions of the talk they hold a place in.
      if (name === 'activity_id' && pattern.endsWith('/sessions')) return 'talk-maling';
      if (name === 'name') return 'roster';
      assert.ok(name in ids, `${pattern}: no demo value for {${name}}`);
      return encodeURIComponent(ids[name]).replaceAll('%2F', '/');
    });
    // The query parameters the document says a route needs, and a replay's day.
    const query = new URLSearchParams();
    for (const p of doc.paths[pattern].get.parameters ?? []) {
      if (p.in !== 'query' || !p.required) continue;
      assert.ok(p.name in queries, `${pattern}: no demo value for ?${p.name}`);
      query.set(p.name, queries[p.name]);
    }
    if (pattern === '/v1/replay/{name}') { query.set('id', ids.activity_id); query.set('as_of', day()); }
    if (query.size) path += `?${query}`;
    const secret = pattern.startsWith('/v1/calendar/') || pattern.startsWith('/v1/links/');
    const answer = await fetchAs(secret ? null : who, path);
    assert.equal(answer.status, 200, `GET ${path} as ${who}: ${answer.body.slice(0, 300)}`);
    if (path.endsWith('.ics')) {
      assert.match(answer.type, /^text\/calendar/, path);
      assert.match(answer.body, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/, path);
    } else if (path === '/metrics') {
      // Requests and latency by route, appends, batch sizes, write-and-fsync
      // time and each projection's lag: the test's own writes are among them.
      for (const series of [/^homeward_http_requests_total\{/m, /^homeward_http_request_seconds_bucket\{/m,
        /^homeward_log_batch_appends_bucket\{/m, /^homeward_log_write_seconds_count [1-9]/m,
        /^homeward_projection_lag_events\{projection="roster"\} \d+$/m]) {
        assert.match(answer.body, series);
      }
      const appends = Number(answer.body.match(/^homeward_log_appends_total (\d+)$/m)?.[1]);
      assert.ok(appends >= 2, `appends made durable: ${appends}`);
    } else {
      assert.match(answer.type, /^application\/json/, path);
      assert.ok(path === '/healthz' || 'data' in JSON.parse(answer.body), `${path}: ${answer.body.slice(0, 200)}`);
      meetsSchema('get', pattern, 200, JSON.parse(answer.body));
      // Other readers see other fields (masked, left out): their answers too.
      for (const other of ['auditor', 'county', 'wang']) {
        const seen = await fetchAs(other, path);
        // A reader a route is not for is refused (403, or 404 for what it may
        // not know of); any other answer is checked like the first.
        if ([403, 404].includes(seen.status)) continue;
        assert.equal(seen.status, 200, `GET ${path} as ${other}: ${seen.body.slice(0, 300)}`);
        meetsSchema('get', pattern, 200, JSON.parse(seen.body));
      }
    }
  }
});

test('each view replays as it stood', async () => {
  const views = ['roster', 'care', 'reminders', 'archive', 'report', 'accounts', 'volunteers',
    'stations', 'assessment', 'sponsors', 'school-actions', 'service-records'];
  for (const name of views) {
    const query = {
      roster: `id=${ids.activity_id}`, archive: `id=${ids.child_id}`, report: `id=${ids.unit_id}`,
      assessment: `id=${ids.unit_id}&year=${ids.year}`, 'school-actions': `id=${ids.unit_id}`,
    }[name] ?? '';
    const answer = await fetchAs('auditor', `/v1/replay/${name}?as_of=${day()}&${query}`);
    assert.equal(answer.status, 200, `${name}: ${answer.body.slice(0, 300)}`);
    assert.equal(JSON.parse(answer.body).data.projection, name);
    meetsSchema('get', '/v1/replay/{name}', 200, JSON.parse(answer.body));
  }
  const stations = JSON.parse((await fetchAs('auditor', `/v1/replay/stations?as_of=${day()}`)).body).data.view;
  assert.ok(stations.some((s) => s.station_id === 'station-maling'), JSON.stringify(stations).slice(0, 300));
  const sponsors = JSON.parse((await fetchAs('auditor', `/v1/replay/sponsors?as_of=${day()}&year=2027`)).body).data.view;
  assert.ok(sponsors.sponsors.length > 0, 'the demo trip has sponsors in 2027');
  const actions = JSON.parse((await fetchAs('auditor',
    `/v1/replay/school-actions?as_of=${day()}&id=${ids.unit_id}&term=2027-spring`)).body).data.view;
  assert.equal(actions.term, '2027-spring');
  assert.ok(Array.isArray(actions.units), JSON.stringify(actions).slice(0, 300));
  const records = JSON.parse((await fetchAs('auditor', `/v1/replay/service-records?as_of=${day()}`)).body).data.view;
  assert.ok(Array.isArray(records.records), JSON.stringify(records).slice(0, 300));
  assert.equal((await fetchAs('auditor', `/v1/replay/weather?as_of=${day()}`)).status, 400);
  assert.equal((await fetchAs('auditor', `/v1/replay/school-actions?as_of=${day()}`)).status, 400);
});

test('a volunteer\'s calendar feed is issued, read and closed over a socket', async () => {
  const issued = await postAs('wang', '/v1/volunteers/v-wang/calendar-feed');
  assert.equal(issued.status, 201, JSON.stringify(issued.doc));
  const feed = issued.doc.data.feed;
  const calendar = await fetchAs(null, feed);
  assert.equal(calendar.status, 200);
  assert.match(calendar.body, /SUMMARY:走出大山看世界/);
  const closed = await postAs('wang', '/v1/volunteers/v-wang/revoke-calendar-feed');
  assert.equal(closed.status, 201, JSON.stringify(closed.doc));
  await settled(server, closed.doc);
  // Closed, it is served empty, so a subscribed phone drops what it gave.
  const emptied = await fetchAs(null, feed);
  assert.equal(emptied.status, 200);
  assert.match(emptied.body, /^BEGIN:VCALENDAR/);
  assert.doesNotMatch(emptied.body, /BEGIN:VEVENT/);
  // Someone else's feed is not theirs to issue.
  assert.equal((await postAs('wang', '/v1/volunteers/v-zhang/calendar-feed')).status, 403);
});

test('recruitment closes, an activity completes and a child leaves, over a socket', async () => {
  // Before its end an activity does not complete: a rule's refusal, 409.
  const early = await postAs('county', `/v1/activities/${ids.activity_id}/complete`);
  assert.equal(early.status, 409, JSON.stringify(early.doc));
  assert.equal(early.doc.error.code, 'not_over');
  meetsSchema('post', '/v1/activities/{activity_id}/complete', 409, early.doc);
  // A volunteer withdraws themself only.
  const other = await postAs('wang', `/v1/activities/${ids.activity_id}/withdraw`, { volunteer_id: 'v-zhang' });
  assert.equal(other.status, 403, JSON.stringify(other.doc));
  const path = await endedActivity(server, 'socket-day', '义务清扫', ['wang']);
  const closing = await postAs('county', `${path}/close-recruitment`);
  assert.equal(closing.status, 201, JSON.stringify(closing.doc));
  const done = await postAs('county', `${path}/complete`);
  assert.equal(done.status, 201, JSON.stringify(done.doc));
  meetsSchema('post', '/v1/activities/{activity_id}/complete', 201, done.doc);
  await settled(server, done.doc);
  const roster = JSON.parse((await fetchAs('county', `${path}/roster`)).body).data;
  assert.equal(roster.status, 'completed');
  // Completed, it takes no more sign-ups: the domain's refusal, 409.
  assert.equal((await postAs('zhang', `${path}/sign-up`, { slot_id: 'host' })).status, 409);

  const before = JSON.parse((await fetchAs('county', '/v1/care-board')).body).data;
  assert.ok(before.children.some((c) => c.child_id === 'tingting'), 'tingting is on the board');
  const left = await postAs('county', '/v1/children/tingting/leave', { reason: '随父母进城读书' });
  assert.equal(left.status, 201, JSON.stringify(left.doc));
  await settled(server, left.doc);
  const board = JSON.parse((await fetchAs('county', '/v1/care-board')).body).data;
  assert.ok(!board.children.some((c) => c.child_id === 'tingting'), 'a child who left is off the board');
  assert.ok(board.children.some((c) => c.child_id === 'xiaohua'));
  assert.equal((await postAs('county', '/v1/children/tingting/leave', { reason: '再次' })).status, 409);
});

test('a help pair ends, and an auditor is granted children\'s data and has it withdrawn, over a socket', async () => {
  // 李强 (v-li) and 小花 are a help pair (结对帮扶) in the demo.
  const pairs = async () => JSON.parse((await fetchAs('county', '/v1/care-board')).body).data
    .children.find((c) => c.child_id === 'xiaohua').help_pairs.map((p) => p.volunteer_id);
  assert.deepEqual(await pairs(), ['v-li']);
  const ended = await postAs('county', '/v1/children/xiaohua/end-help-pair', { volunteer_id: 'v-li', reason: '结对期满' });
  assert.equal(ended.status, 201, JSON.stringify(ended.doc));
  meetsSchema('post', '/v1/children/{child_id}/end-help-pair', 201, ended.doc);
  await settled(server, ended.doc);
  assert.deepEqual(await pairs(), []);
  // A pair that ended is not there to end again.
  const again = await postAs('county', '/v1/children/xiaohua/end-help-pair', { volunteer_id: 'v-li', reason: '再次' });
  assert.equal(again.status, 404, JSON.stringify(again.doc));
  meetsSchema('post', '/v1/children/{child_id}/end-help-pair', 404, again.doc);

  // An auditor reads children masked until an admin grants them, and again once withdrawn.
  const me = JSON.parse((await fetchAs('auditor', '/v1/me')).body).data.account_id;
  const childName = async () => JSON.parse((await fetchAs('auditor', '/v1/children/xiaohua/card')).body).data.card.name;
  assert.equal(await childName(), '[masked]');
  const granted = await postAs('admin', `/v1/accounts/${me}/grant-personal-data`, { reason: '年度审计' });
  assert.equal(granted.status, 201, JSON.stringify(granted.doc));
  await settled(server, granted.doc);
  assert.equal(await childName(), '小花');
  const withdrawn = await postAs('admin', `/v1/accounts/${me}/withdraw-personal-data`, { reason: '审计结束' });
  assert.equal(withdrawn.status, 201, JSON.stringify(withdrawn.doc));
  meetsSchema('post', '/v1/accounts/{account_id}/withdraw-personal-data', 201, withdrawn.doc);
  await settled(server, withdrawn.doc);
  assert.equal(await childName(), '[masked]');
  // Only an admin withdraws a grant.
  assert.equal((await postAs('county', `/v1/accounts/${me}/withdraw-personal-data`, { reason: 'x' })).status, 403);
});
