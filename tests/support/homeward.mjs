// The real program, for tests that drive it from outside: its command line,
// and `homeward serve` as a child process with a small HTTP client.

import { execFile, execFileSync, spawn } from 'node:child_process';

export const bin = process.env.HOMEWARD_BIN ?? 'build/release/homeward';

// Runs `homeward ARGS...` and returns its standard output; throws on a
// non-zero exit, with the program's error output in the message.
export function homeward(...args) {
  return execFileSync(bin, args, { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
}

// The same, without blocking: resolves with the standard output, so the
// test's clients go on sending while the command runs.
export function homewardAsync(...args) {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { encoding: 'utf8', maxBuffer: 256 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`homeward ${args.join(' ')}: ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

// `homeward verify --data DIR --projections --json`, parsed, whatever its exit status.
export function verifyReport(data) {
  try {
    return JSON.parse(homeward('verify', '--data', data, '--projections', '--json'));
  } catch (e) {
    if (!e.stdout) throw e;
    return JSON.parse(e.stdout);
  }
}

// Adds an account and returns its token: account('root', '--role', 'admin').
export function account(data, name, ...options) {
  return JSON.parse(homeward('user', 'add', name, ...options, '--data', data, '--json')).token;
}

const running = new Set();

// Kills every server still running (a failed test's), so the test process
// can end; call it from the test file's `after`.
export async function killAll() {
  await Promise.all([...running].map((server) => new Promise((resolve) => {
    server.on('exit', resolve);
    server.kill('SIGKILL');
  })));
}

// Starts `homeward serve` on `data` (a free loopback port unless `listen` is
// given) and resolves once it prints its address. The result:
//   url, output() (everything it printed), call(token, method, path, body, headers),
//   kill(signal) (resolves when it exited), stop() (SIGTERM and wait), exited.
export async function serve(data, { listen = '127.0.0.1:0', args = [] } = {}) {
  const server = spawn(bin, ['serve', '--data', data, '--listen', listen, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (c) => { output += c; });
  server.stderr.on('data', (c) => { output += c; });
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  running.add(server);
  exited.then(() => running.delete(server));
  const url = await new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const m = output.match(/at (http:\/\/\S+\/)/);
      if (m) { clearInterval(poll); resolve(m[1]); }
    }, 10);
    exited.then(({ code, signal }) => {
      clearInterval(poll);
      reject(new Error(`homeward serve exited (${code ?? signal}): ${output}`));
    });
  });
  return {
    url,
    exited,
    output: () => output,
    async call(token, method, path, body, headers = {}) {
      const r = await fetch(new URL(path, url), {
        method,
        headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      let json = null;
      try { json = text ? JSON.parse(text) : null; } catch { json = null; }
      return { status: r.status, text, json, headers: r.headers };
    },
    async kill(signal = 'SIGKILL') {
      if (server.exitCode === null && server.signalCode === null) server.kill(signal);
      return exited;
    },
    async stop() { return this.kill('SIGTERM'); },
  };
}
