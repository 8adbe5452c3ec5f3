// W3C trace context at the edge: a valid inbound traceparent is kept as it is
// (with its tracestate); anything else is replaced by a new sampled trace. The
// AWS X-Ray header is always derived from the traceparent, never taken from the
// client, so the trace id in the edge log and in every AWS hop is the same.

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ALL_ZERO_TRACE = "0".repeat(32);
const ALL_ZERO_SPAN = "0".repeat(16);
const MAX_TRACESTATE_LENGTH = 512;

function hex(bytes) {
  let out = "";
  for (const b of bytes) out += (b < 16 ? "0" : "") + b.toString(16);
  return out;
}

/** Parses a version-00 traceparent; null when absent or invalid. */
export function parseTraceparent(value) {
  if (typeof value !== "string") return null;
  const m = TRACEPARENT.exec(value.trim());
  if (!m) return null;
  const [, traceId, parentId, flags] = m;
  if (traceId === ALL_ZERO_TRACE || parentId === ALL_ZERO_SPAN) return null;
  return { traceId, parentId, flags };
}

/** A new sampled trace context with random ids (one draw of 24 random bytes). */
export function newTraceContext() {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    const traceId = hex(bytes.subarray(0, 16));
    const parentId = hex(bytes.subarray(16));
    if (traceId !== ALL_ZERO_TRACE && parentId !== ALL_ZERO_SPAN) return { traceId, parentId, flags: "01" };
  }
}

export function formatTraceparent({ traceId, parentId, flags }) {
  return `00-${traceId}-${parentId}-${flags}`;
}

/** X-Amzn-Trace-Id derived from a trace context: Root=1-<8 hex>-<24 hex>;Parent=<16 hex>;Sampled=<0|1>. */
export function amznTraceId({ traceId, parentId, flags }) {
  const sampled = parseInt(flags, 16) & 1;
  return `Root=1-${traceId.slice(0, 8)}-${traceId.slice(8)};Parent=${parentId};Sampled=${sampled}`;
}

/**
 * The trace context for one request, from its headers.
 * @returns {{ traceId, parentId, flags, traceparent, tracestate: string|null, amznTraceId, inherited: boolean }}
 */
export function traceContextFrom(headers) {
  return traceContextOf(headers.get("traceparent"), headers.get("tracestate"));
}

/** traceContextFrom, from the values of the traceparent and tracestate headers (null when absent). */
export function traceContextOf(traceparent, state) {
  const inbound = parseTraceparent(traceparent);
  const context = inbound ?? newTraceContext();
  let tracestate = null;
  if (inbound && state && state.length <= MAX_TRACESTATE_LENGTH) tracestate = state;
  // Named properties rather than a spread of `context`: this runs on every request,
  // and V8 copies a spread object on a slow path here (microseconds, not nanoseconds).
  return {
    traceId: context.traceId,
    parentId: context.parentId,
    flags: context.flags,
    traceparent: formatTraceparent(context),
    tracestate,
    amznTraceId: amznTraceId(context),
    inherited: inbound !== null,
  };
}
