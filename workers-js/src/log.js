// Structured JSON logs: one line per event with a reason code, the request id
// and the trace id. Tokens, secrets and signatures never reach a log line: keys
// that name them are dropped and any value shaped like a JWT is redacted.

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
