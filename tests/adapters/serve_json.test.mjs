// `homeward serve --demo --json` as a script starts it: one JSON line with
// the address and the demo accounts, whose tokens work at once; a stop on
// SIGTERM exits 0. A bad address is a JSON error and exit code 2. Without
// --json, as a person starts it (the README's first command): the address
// and each demo account's token, which works, in plain text.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bin } from '../support/homeward.mjs';

test('serve --json prints the address and the demo accounts on one line', async () => {
  const data = mkdtempSync(join(tmpdir(), 'homeward-serve-json-'));
  const server = spawn(bin, ['serve', '--data', data, '--listen', '127.0.0.1:0', '--demo', '--json'],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const line = await new Promise((resolve, reject) => {
      let seen = '';
      server.stdout.on('data', (chunk) => {
        seen += chunk;
        if (seen.includes('\n')) resolve(seen.slice(0, seen.indexOf('\n')));
      });
      server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${seen}`)));
    });
    const started = JSON.parse(line);
    assert.match(started.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.equal(started.data, data);
    const roles = started.demo_accounts.map((a) => a.role).sort();
    assert.deepEqual([...new Set(roles)].sort(), ['admin', 'auditor', 'coordinator', 'counselor', 'volunteer']);
    for (const account of started.demo_accounts) {
      const me = await fetch(new URL('/v1/me', started.url), { headers: { Authorization: `Bearer ${account.token}` } });
      assert.equal(me.status, 200, account.account_id);
      assert.equal((await me.json()).data.account_id, account.account_id);
    }
  } finally {
    server.kill('SIGTERM');
    const code = await new Promise((resolve) => {
      if (server.exitCode !== null) resolve(server.exitCode); else server.on('exit', resolve);
    });
    rmSync(data, { recursive: true, force: true });
    assert.equal(code, 0);
  }
});

test('serve --json says what was wrong with its arguments as JSON', () => {
  const run = spawnSync(bin, ['serve', '--listen', 'nowhere', '--json'], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  const { error } = JSON.parse(run.stdout);
  assert.equal(error.code, 'invalid_argument');
  assert.match(error.message, /nowhere/);
});

test('serve --demo prints the address and each demo account\'s token for a person', async () => {
  const data = mkdtempSync(join(tmpdir(), 'homeward-serve-text-'));
  const server = spawn(bin, ['serve', '--data', data, '--listen', '127.0.0.1:0', '--demo'],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const text = await new Promise((resolve, reject) => {
      let seen = '';
      server.stdout.on('data', (chunk) => {
        seen += chunk;
        if (seen.includes('v1/care-board\n')) resolve(seen);  // the last line it prints
      });
      server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${seen}`)));
    });
    const url = text.match(/^homeward serves \S+ at (http:\/\/127\.0\.0\.1:\d+\/) \(stop with Ctrl-C\)$/m)?.[1];
    assert.ok(url, text);
    // Each account: its role and id on one line, its token on the next.
    const accounts = [...text.matchAll(/^ {2}(\w+) (\S+) \(.*\)\n {4}(\S+)$/gm)];
    assert.ok(accounts.length >= 5, text);
    for (const [, role, accountId, token] of accounts) {
      const me = await fetch(new URL('/v1/me', url), { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(me.status, 200, accountId);
      const { data: account } = await me.json();
      assert.equal(account.account_id, accountId);
      assert.equal(account.role, role);
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => {
      if (server.exitCode !== null) resolve(); else server.on('exit', resolve);
    });
    rmSync(data, { recursive: true, force: true });
  }
});
