// Structured JSON logs: one line per event with a reason code, the request id
// and the trace id. Tokens, secrets and signatures never reach a log line: keys
// that name them are dropped and any value shaped like a JWT is redacted.
// On routes whose service handles personal data the subject is replaced by a
// keyed hash (subjectHash), so one caller's requests still line up in the logs
// without the logs naming the caller.

import { Buffer } from "node:buffer";
import { createHmac, createSecretKey } from "node:crypto";

const SENSITIVE_KEY = /token|authorization|secret|signature|assertion|cookie|password|jwt/i;
// Field names that match SENSITIVE_KEY but hold no secret: where the token came from, never the token.
const NAMES_NOT_SECRET = new Set(["tokenSource"]);
const JWT_SHAPE = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.?[A-Za-z0-9_-]*/g;
export const REDACTED = "[redacted]";

// Whether a field name is sensitive, remembered per name: log records reuse a few
// dozen field names, so each is tested against SENSITIVE_KEY once per isolate.
const sensitiveNames = new Map();
const MAX_REMEMBERED_NAMES = 256;

function isSensitiveName(name) {
  let sensitive = sensitiveNames.get(name);
  if (sensitive === undefined) {
    sensitive = SENSITIVE_KEY.test(name) && !NAMES_NOT_SECRET.has(name);
    if (sensitiveNames.size < MAX_REMEMBERED_NAMES) sensitiveNames.set(name, sensitive);
  }
  return sensitive;
}

// Every JWT_SHAPE match starts with "eyJ", so a string without it has nothing to redact.
function cleanString(value) {
  return value.includes("eyJ") ? value.replace(JWT_SHAPE, REDACTED) : value;
}

function clean(value, depth) {
  if (typeof value === "string") return cleanString(value);
  if (value === null || typeof value !== "object") return value;
  if (depth > 4) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  return cleanInto({}, value, depth);
}

// Copies a field into a cleaned object: undefined is left out, a sensitive name is redacted whatever its value.
function put(out, name, value, depth) {
  if (value !== undefined) out[name] = isSensitiveName(name) ? REDACTED : clean(value, depth + 1);
}

function cleanInto(out, value, depth) {
  for (const name of Object.keys(value)) put(out, name, value[name], depth);
  return out;
}

// The time of a line, formatted once per millisecond (workerd's clock only moves
// between I/O, so a request's lines share one).
let lastMs = NaN;
let lastTs = "";
function timestamp() {
  const ms = Date.now();
  if (ms !== lastMs) {
    lastTs = new Date(ms).toISOString();
    lastMs = ms;
  }
  return lastTs;
}

/** The log record for an event, with sensitive content removed. */
export function logRecord(level, event, reason, fields = {}) {
  // Built in place rather than spread and then copied: one object per line.
  const record = { ts: timestamp() };
  put(record, "level", level, 0);
  put(record, "event", event, 0);
  put(record, "reason", reason, 0);
  if (fields !== null && typeof fields === "object") cleanInto(record, fields, 0);
  return record;
}

/**
 * Writes one structured log line.
 * @param {"info"|"warn"|"error"} level
 * @param {string} event e.g. "request.denied"
 * @param {string} reason stable reason code, e.g. "token-expired"
 * @param {object} fields requestId, traceId, route, method, path, status, subject, ...
 */
export function logEvent(level, event, reason, fields) {
  write(level, JSON.stringify(logRecord(level, event, reason, fields)));
}

function write(level, line) {
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

// The fields of a request's own line (request.forwarded, .denied, .failed), in their order. None is sensitive: the
// tests compare requestRecord with logRecord, which would redact one that were.
const REQUEST_FIELDS = [
  "requestId", "traceId", "method", "host", "path", "route", "policyVersion", "provider", "tokenSource", "subject",
  "subjectHash", "roles", "federatedRole", "federation", "decision", "status", "code", "error",
];

/**
 * The record of a request's own line: what logRecord makes of the same fields, in the same order, without testing
 * each name (every request writes one). Every value is still cleaned as logRecord cleans it.
 * @param {object} r requestId, traceId, method, host, path, route, policyVersion, provider, tokenSource,
 *   subject, subjectHash, roles, federatedRole, federation, decision, status, code, error
 */
export function requestRecord(level, event, reason, r) {
  const record = { ts: timestamp(), level: clean(level, 1), event: clean(event, 1), reason: clean(reason, 1) };
  for (const name of REQUEST_FIELDS) {
    const value = r[name];
    if (value !== undefined) record[name] = clean(value, 1);
  }
  return record;
}

/** Writes a request's own line: requestRecord, serialized (undefined fields are left out). */
export function logRequest(level, event, reason, fields) {
  write(level, JSON.stringify(requestRecord(level, event, reason, fields)));
}

/** Hex characters kept of the subject's HMAC-SHA256: 128 bits, enough to tell callers apart. */
export const SUBJECT_HASH_HEX_LENGTH = 32;

/**
 * The keyed hash that stands for a subject in the logs: lowercase hex of
 * HMAC-SHA256(LOG_SUBJECT_KEY, subject), truncated. Without a key there is no
 * hash (null), and the subject is still never logged: an unkeyed hash of a
 * user id or email can be reversed by hashing candidates. Synchronous
 * (node:crypto, as the assertion signer) so it costs no round trip per request.
 * @param {string|undefined} secret the LOG_SUBJECT_KEY binding
 * @param {string} subject
 * @returns {string|null}
 */
export function subjectHash(secret, subject) {
  if (typeof secret !== "string" || secret.length === 0 || typeof subject !== "string") return null;
  return createHmac("sha256", subjectKey(secret)).update(subject).digest("hex").slice(0, SUBJECT_HASH_HEX_LENGTH);
}

// The key object of the binding's value (its UTF-8 bytes, as createHmac takes a string key), made once per value.
let lastSecret = null;
let lastKey = null;
function subjectKey(secret) {
  if (secret !== lastSecret) {
    lastKey = createSecretKey(Buffer.from(secret, "utf8"));
    lastSecret = secret;
  }
  return lastKey;
}
