// Every route of the API document was answered with success over a real
// loopback socket by the real program, in one run of the tests that drive it
// from outside (the page's browser tests and adapters.routes_over_socket).
// Each of their servers records, as it stops, the routes it answered with a
// 2xx (tests/browser/harness.mjs); this reads that ledger once they all ran.
//   node every_route_over_socket.mjs LEDGER TEST_NAME...
// Exits 0 when every route was answered, 1 naming the routes none answered,
// and 77 (CTest's "skipped") when not every recording test ran, as when a
// run picks a few tests by name, or when the ledger is older than the
// program (this test run alone): the ledger then cannot speak for all routes.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { bin, homeward } from '../support/homeward.mjs';

const [ledgerPath, ...expected] = process.argv.slice(2);
if (existsSync(ledgerPath) && statSync(ledgerPath).mtimeMs < statSync(bin).mtimeMs) {
  console.log(`not checked: ${ledgerPath} is older than ${bin}`);
  process.exit(77);
}
const lines = existsSync(ledgerPath)
  ? readFileSync(ledgerPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  : [];
const ran = new Set(lines.map((l) => l.test));
const absent = expected.filter((name) => !ran.has(name));
if (absent.length > 0) {
  console.log(`not checked: ${absent.length} of ${expected.length} recording tests did not run ` +
    `(${absent.slice(0, 5).join(', ')}${absent.length > 5 ? ', ...' : ''})`);
  process.exit(77);
}

// The router names a parameter that takes the rest of the path `{name*}`,
// which the document writes `{name}`.
const answered = new Set(lines.flatMap((l) => l.answered).map((r) => r.replace('*}', '}')));
const doc = JSON.parse(homeward('openapi', '--json'));
const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.keys(ops).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
    .map((m) => `${m.toUpperCase()} ${path}`));
const missing = routes.filter((r) => !answered.has(r));
// A route the servers answered that the document does not list would be a
// recording fault (or a router that serves more than it documents).
const unknown = [...answered].filter((r) => !routes.includes(r));
if (missing.length > 0 || unknown.length > 0) {
  if (missing.length > 0) {
    console.log(`${missing.length} of ${routes.length} routes never answered with success over a socket:`);
    for (const r of missing) console.log(`  ${r}`);
  }
  for (const r of unknown) console.log(`answered but not in the API document: ${r}`);
  process.exit(1);
}
console.log(`all ${routes.length} routes of the API document answered with success over a socket ` +
  `by ${expected.length} tests`);
