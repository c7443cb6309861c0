// The console's one way to the API. The key the user signed in with lives only in this module's
// memory: never in localStorage, sessionStorage, cookies or the URL, so a reload asks again.

let session = null;
const listeners = new Set();

/** An answer other than 2xx, in Plugboard's error envelope {code, codeDescription?, message, data?}. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `The server answered ${status}.`);
    this.status = status;
    this.body = body || {};
    this.codeDescription = this.body.codeDescription || null;
  }

  /** Pluggy's 403 for a missing, forged or expired key (it has no codeDescription). */
  get keyRefused() {
    return this.status === 403 && !this.codeDescription;
  }

  /** The problems a refused connector or catalog lists, each naming its field. */
  get problems() {
    return (this.body.data && Array.isArray(this.body.data.problems)) ? this.body.data.problems : [];
  }
}

/** Who is signed in: {role: application|admin|ingest, kind: api_key|connect_token, clientId, expiresAt}. */
export function currentSession() {
  return session;
}

export function isAdmin() {
  return Boolean(session && session.role === 'admin' && session.kind === 'api_key');
}

export function onSessionChange(listener) {
  listeners.add(listener);
}

function setSession(next, reason) {
  session = next;
  listeners.forEach((listener) => listener(session, reason));
}

export function signOut(reason) {
  setSession(null, reason || null);
}

/** POST /auth with an application's or an operator's client keys; keeps the API key it returns. */
export async function signInWithClientKeys(clientId, clientSecret) {
  const response = await fetch('/auth', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ clientId, clientSecret }),
    cache: 'no-store',
    credentials: 'omit',
  });
  const body = await readJson(response);
  if (!response.ok) throw new ApiError(response.status, body);
  useKey(body.apiKey);
}

/** Uses an API key or a connect token the user pasted; its claims say what it may do. */
export function signInWithKey(key) {
  useKey(key.trim());
}

function useKey(key) {
  const claims = decodeClaims(key);
  if (!claims) {
    throw new Error('This is not a Plugboard API key or connect token: those are JWTs, three parts separated by dots.');
  }
  setSession({
    key,
    role: typeof claims.role === 'string' ? claims.role : 'application',
    kind: typeof claims.kind === 'string' ? claims.kind : 'api_key',
    clientId: typeof claims.clientId === 'string' ? claims.clientId : '',
    expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null,
  });
}

/** The JWT's claims, read (not verified: the server verifies every call). */
function decodeClaims(token) {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' ? claims : null;
  } catch {
    return null;
  }
}

/**
 * Calls the API with the session's key. Resolves {status, etag, body}; rejects with ApiError for
 * any other status. A refused key ends the session, and the console asks to sign in again.
 */
export async function api(path, options = {}) {
  if (!session) throw new ApiError(403, { code: 403, message: 'Not signed in.' });
  const headers = { 'X-API-KEY': session.key, ...(options.headers || {}) };
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = headers['Content-Type'] || 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    body = options.body;
  }
  const response = await fetch(path, {
    method: options.method || 'GET',
    headers,
    body,
    signal: options.signal,
    cache: 'no-store',
    credentials: 'omit',
  });
  const parsed = await readJson(response);
  if (!response.ok) {
    const error = new ApiError(response.status, parsed);
    if (error.keyRefused) {
      signOut('The server refused your key: it may have expired (API keys last 2 hours, connect tokens 30 minutes). Sign in again.');
    }
    throw error;
  }
  return { status: response.status, etag: response.headers.get('ETag'), body: parsed };
}

async function readJson(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return { message: text };
  }
}

/** Whether an error is the abort of a request the page no longer needs. */
export function aborted(error) {
  return error && error.name === 'AbortError';
}
