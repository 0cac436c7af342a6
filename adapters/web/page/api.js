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
export function setToken(value, keep = false) {
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

// How long a request may take, its answer included, before the page gives
// up on it as a network failure (a stalled mobile connection).
const timeoutMs = 20000;

// The domain's code for a refusal whose body is not the API's JSON (a proxy's
// error page): a gateway's failure counts as the server being unavailable.
function codeOf(status) {
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status === 401) return 'unauthorized';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate_limited';
  return String(status);
}

// The ApiError of a refused `response` whose body is `text`: the server's
// JSON error when the body is one, else the status in words.
function refusal(response, text) {
  let doc = null;
  try {
    doc = text ? JSON.parse(text) : null;
  } catch {
    doc = null;
  }
  const error = doc?.error ?? {};
  return new ApiError(response.status, error.code || codeOf(response.status),
    error.message || response.statusText || `HTTP ${response.status}`, error.details);
}

// Sends a request and reads its whole answer (as text, or as a Blob when
// `blob`) within timeoutMs. A failure before the answer is complete (no
// connection, a connection dropped mid-body, the timeout) throws an ApiError
// with status 0; a refusal throws the server's ApiError.
async function exchange(method, path, { body, headers = {}, blob = false } = {}) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let response;
  let content;
  try {
    response = await fetch(path, {
      method,
      headers: { Authorization: `Bearer ${token()}`, ...headers,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      signal: abort.signal,
    });
    content = blob && response.ok ? await response.blob() : await response.text();
  } catch (e) {
    if (abort.signal.aborted) throw new ApiError(0, 'timeout', `no answer within ${timeoutMs / 1000} s`);
    throw new ApiError(0, 'network', e.message || String(e));
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw refusal(response, content);
  return content;
}

async function call(method, path, body, headers = {}) {
  const text = await exchange(method, path, { body, headers });
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(0, 'network', `the answer to ${method} ${path} is not JSON`);
  }
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

// The body of GET `path` as a file (an .ics download), with the token; a
// refusal throws the server's ApiError as get() does.
export async function getFile(path) {
  return exchange('GET', path, { blob: true });
}

// Whether `error` is a definite answer that the same request would get again:
// a refusal with a 4xx status other than 408 (timeout) and 429 (too many
// requests). After any other failure (the network, 408, 429, 5xx) the write
// may or may not have been recorded.
export function definite(error) {
  return error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
}

// Whether a POST that failed with `error` is sent again at once with the same
// Idempotency-Key: no answer arrived, or a gateway or the server was briefly
// unavailable (502, 503, 504).
function retried(error) {
  return error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504;
}

// POSTs command `body` to `path` with Idempotency-Key `key`; returns the
// answer's data: {position, positions, ...}. When no answer arrives (the
// network, the timeout) or a gateway answers 502, 503 or 504, it sends the
// command again (twice at most) with the same key, so a write that did land
// the first time is not written again. A caller that lets the person try
// again after a failure passes the same `key` (see ui.js act), for the same
// reason. A command that depends on what the page showed passes `version`,
// the version of the path's stream it showed (a roster's "version"): it is
// sent as If-Match, and the server refuses with 412 (precondition_failed)
// and writes nothing when the stream has moved since.
export async function post(path, body = {}, key = randomId(), version = null) {
  const headers = { 'Idempotency-Key': key };
  if (version !== null && version !== undefined) headers['If-Match'] = `"${version}"`;
  for (let attempt = 0; ; ++attempt) {
    try {
      const answer = (await call('POST', path, body, headers)).data;
      lastPosition = Math.max(lastPosition, answer.position);
      return answer;
    } catch (e) {
      if (!retried(e) || attempt >= 2) throw e;
      await new Promise((resolve) => { setTimeout(resolve, 500 * (attempt + 1)); });
    }
  }
}
