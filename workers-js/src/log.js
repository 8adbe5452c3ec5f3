// Structured JSON logs: one line per event with a reason code, the request id
// and the trace id. Tokens, secrets and signatures never reach a log line: keys
// that name them are dropped and any value shaped like a JWT is redacted.
// On routes whose service handles personal data the subject is replaced by a
// keyed hash (subjectHash), so one caller's requests still line up in the logs
// without the logs naming the caller.

const SENSITIVE_KEY = /token|authorization|secret|signature|assertion|cookie|password|jwt/i;
const JWT_SHAPE = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.?[A-Za-z0-9_-]*/g;
export const REDACTED = "[redacted]";

function clean(value, depth) {
  if (typeof value === "string") return value.replace(JWT_SHAPE, REDACTED);
  if (value === null || typeof value !== "object") return value;
  if (depth > 4) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[k] = SENSITIVE_KEY.test(k) ? REDACTED : clean(v, depth + 1);
  }
  return out;
}

/** The log record for an event, with sensitive content removed. */
export function logRecord(level, event, reason, fields = {}) {
  return clean({ ts: new Date().toISOString(), level, event, reason, ...fields }, 0);
}

/**
 * Writes one structured log line.
 * @param {"info"|"warn"|"error"} level
 * @param {string} event e.g. "request.denied"
 * @param {string} reason stable reason code, e.g. "token-expired"
 * @param {object} fields requestId, traceId, route, method, path, status, subject, ...
 */
export function logEvent(level, event, reason, fields) {
  const line = JSON.stringify(logRecord(level, event, reason, fields));
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/** Hex characters kept of the subject's HMAC-SHA256: 128 bits, enough to tell callers apart. */
export const SUBJECT_HASH_HEX_LENGTH = 32;

let subjectKeyCache = { secret: undefined, key: undefined };

async function subjectKey(secret) {
  if (secret !== subjectKeyCache.secret) {
    const key = await crypto.subtle.importKey(
      "raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    subjectKeyCache = { secret, key };
  }
  return subjectKeyCache.key;
}

/**
 * The keyed hash that stands for a subject in the logs: lowercase hex of
 * HMAC-SHA256(LOG_SUBJECT_KEY, subject), truncated. Without a key there is no
 * hash (null), and the subject is still never logged: an unkeyed hash of a
 * user id or email can be reversed by hashing candidates.
 * @param {string|undefined} secret the LOG_SUBJECT_KEY binding
 * @param {string} subject
 * @returns {Promise<string|null>}
 */
export async function subjectHash(secret, subject) {
  if (typeof secret !== "string" || secret.length === 0 || typeof subject !== "string") return null;
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await subjectKey(secret), new TextEncoder().encode(subject)));
  let hex = "";
  for (let i = 0; i < SUBJECT_HASH_HEX_LENGTH / 2; i++) hex += mac[i].toString(16).padStart(2, "0");
  return hex;
}
