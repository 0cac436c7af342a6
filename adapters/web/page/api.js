// The JSON API of the server that served this page: GET and POST with the
// account's token. A refusal throws an ApiError carrying the server's message.

const tokenKey = 'homeward.token';
// The log position of this page's latest write: reads wait for it, so the
// page always shows its own writes.
let lastPosition = 0;

// A refusal from the server: `status` (HTTP), `code` (the domain's code) and
// the domain's own message.
export class ApiError extends Error {
  constructor(status, code, message, details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details ?? {};
  }
}

// The token this device signed in with, or "".
export function token() {
  return localStorage.getItem(tokenKey) ?? '';
}

// Remembers `value` as this device's token; "" forgets it.
export function setToken(value) {
  if (value) localStorage.setItem(tokenKey, value);
  else localStorage.removeItem(tokenKey);
}

async function call(method, path, body, headers = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { Authorization: `Bearer ${token()}`, ...headers,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiError(0, 'network', `${e.message}`);
  }
  const text = await response.text();
  let doc = null;
  try {
    doc = text ? JSON.parse(text) : null;
  } catch {
    doc = null;
  }
  if (!response.ok) {
    const error = doc?.error ?? {};
    throw new ApiError(response.status, error.code ?? String(response.status),
      error.message ?? response.statusText, error.details);
  }
  return doc;
}

// The whole answer of GET `path` (with `query` as its parameters, empty ones left out).
export function getDocument(path, query = {}) {
  const params = new URLSearchParams();
  if (lastPosition > 0) params.set('min_position', lastPosition);
  for (const [k, v] of Object.entries(query)) if (v !== '' && v !== undefined && v !== null) params.set(k, v);
  const q = params.toString();
  return call('GET', q ? `${path}?${q}` : path);
}

// The `data` of GET `path`.
export async function get(path, query = {}) {
  return (await getDocument(path, query)).data;
}

// The body of GET `path` as a file (an .ics download), with the token.
export async function getFile(path) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token()}` } });
  if (!response.ok) throw new ApiError(response.status, String(response.status), response.statusText);
  return response.blob();
}

// POSTs command `body` to `path`; returns the answer's data: {position,
// positions, ...}. A fresh
// Idempotency-Key per command makes a repeated network retry write once.
export async function post(path, body = {}) {
  const answer = (await call('POST', path, body, { 'Idempotency-Key': crypto.randomUUID() })).data;
  lastPosition = Math.max(lastPosition, answer.position);
  return answer;
}
