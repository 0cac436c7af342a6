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

// The token this page signed in with, or "".
export function token() {
  return sessionStorage.getItem(tokenKey) ?? localStorage.getItem(tokenKey) ?? '';
}

// Remembers `value` as the token: on this device until sign-out when
// `keep`, else for this tab only (a shared tablet at a station). "" forgets it.
export function setToken(value, keep = true) {
  localStorage.removeItem(tokenKey);
  sessionStorage.removeItem(tokenKey);
  if (value) (keep ? localStorage : sessionStorage).setItem(tokenKey, value);
}

// A random id: crypto.randomUUID where the page is a secure context, and
// the same from crypto.getRandomValues where it is not (plain HTTP on a LAN).
export function randomId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
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
// positions, ...}. When the network fails before an answer arrives, it sends
// the command again (twice at most) with the same Idempotency-Key, so a write
// that did land the first time is not written again.
export async function post(path, body = {}) {
  const headers = { 'Idempotency-Key': randomId() };
  for (let attempt = 0; ; ++attempt) {
    try {
      const answer = (await call('POST', path, body, headers)).data;
      lastPosition = Math.max(lastPosition, answer.position);
      return answer;
    } catch (e) {
      if (e.status !== 0 || attempt >= 2) throw e;
      await new Promise((resolve) => { setTimeout(resolve, 500 * (attempt + 1)); });
    }
  }
}
