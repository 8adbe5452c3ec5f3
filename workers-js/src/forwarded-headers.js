// Which of the client's headers travel on to the mesh: contracts/forwarded-headers.md.
// Everything is copied except the strip list: identity headers (identity-assertion.md §7),
// headers the hops behind the edge set themselves, method and URL overrides, and the
// headers the edge consumes or sets. Names are compared folded (lower case, "_" as "-").
import { foldHeaderName, SPOOFABLE_NAMES, SPOOFABLE_PREFIXES } from "./assertion.js";
import { ACCESS_HEADER } from "./verify-token.js";

/** Headers that the hops between the edge and the service set (mesh, proxies terminating client certificates). */
export const HOP_PREFIXES = Object.freeze(["x-amzn-lattice-", "x-envoy-", "x-amzn-mtls-clientcert", "x-ssl-client-"]);
export const HOP_NAMES = Object.freeze([
  "x-forwarded-client-cert", "x-client-cert", "ssl-client-cert", "x-arr-clientcert", "ssl-client-verify", "x-client-verify",
  "x-forwarded-for", "x-real-ip", "forwarded", "true-client-ip", "x-client-ip", "x-cluster-client-ip", "client-ip",
  "x-originating-ip", "x-forwarded", "forwarded-for", "x-forwarded-port", "x-forwarded-server", "x-forwarded-scheme",
  "x-forwarded-ssl", "x-url-scheme", "front-end-https", "x-host",
]);
/** Headers that ask an origin to run another method or path than the one the route authorized. */
export const OVERRIDE_NAMES = Object.freeze([
  "x-http-method-override", "x-http-method", "x-method-override", "x-original-method", "x-forwarded-method",
  "x-original-url", "x-rewrite-url", "x-original-uri", "x-forwarded-uri", "x-forwarded-path", "x-forwarded-prefix",
  "x-original-path", "x-request-uri",
]);
/** Headers the edge consumes (credentials) or sets with its own value. */
export const EDGE_NAMES = Object.freeze([
  "authorization", "cf-access-jwt-assertion", "traceparent", "tracestate", "x-amzn-trace-id", "x-request-id",
  "x-forwarded-host", "x-forwarded-proto", "cf-connecting-ip",
]);
/** Query parameters that frameworks read as a method override (Rails, Laravel, Symfony, Spring, method-override). */
export const OVERRIDE_QUERY_PARAMETERS = Object.freeze(["_method"]);

// One set and one prefix list: this runs for every header of every request. Every prefix
// starts with "x-" (the shared fixture's test checks each), so other names skip the loop.
const STRIPPED_NAMES = new Set([...SPOOFABLE_NAMES, ...HOP_NAMES, ...OVERRIDE_NAMES, ...EDGE_NAMES]);
const STRIPPED_PREFIXES = [...SPOOFABLE_PREFIXES, ...HOP_PREFIXES];

function foldedIsStripped(folded) {
  if (STRIPPED_NAMES.has(folded)) return true;
  if (!folded.startsWith("x-")) return false;
  for (const prefix of STRIPPED_PREFIXES) if (folded.startsWith(prefix)) return true;
  return false;
}

// The verdict per header name as the Headers iteration spells it (lower case), remembered: clients send the same
// few dozen names on every request. Bounded, so a client sending ever new names only costs the fold again.
const strippedByName = new Map();
const MAX_REMEMBERED_NAMES = 512;

/** True for a client header that never reaches the origin as the client sent it. */
export function isStrippedHeader(name) {
  let stripped = strippedByName.get(name);
  if (stripped === undefined) {
    stripped = foldedIsStripped(foldHeaderName(name));
    if (typeof name === "string" && strippedByName.size < MAX_REMEMBERED_NAMES) strippedByName.set(name, stripped);
  }
  return stripped;
}

/**
 * One pass over the client's headers: the copy that travels on (without the strip list), and the values of the
 * headers the edge reads itself, each as `headers.get` returns it (null when absent).
 * @returns {{ forward: Headers, authorization: string|null, access: string|null, traceparent: string|null,
 *   tracestate: string|null, connectingIp: string|null }}
 */
export function readClientHeaders(inbound) {
  const read = { forward: new Headers(), authorization: null, access: null, traceparent: null, tracestate: null, connectingIp: null };
  inbound.forEach((value, name) => {
    // Read whether or not the name is on the strip list, so the two never depend on each other.
    if (name === "authorization") read.authorization = value;
    else if (name === ACCESS_HEADER) read.access = value;
    else if (name === "traceparent") read.traceparent = value;
    else if (name === "tracestate") read.tracestate = value;
    else if (name === "cf-connecting-ip") read.connectingIp = value;
    if (!isStrippedHeader(name)) read.forward.append(name, value);
  });
  return read;
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * The client's address as Cloudflare reports it, when it is an IP address; else null.
 * @param {string|null} connectingIp the CF-Connecting-IP header's value
 */
export function clientAddress(connectingIp) {
  const value = connectingIp?.trim();
  if (!value) return null;
  if (IPV4.test(value)) return value;
  if (IPV6.test(value) && value.includes(":")) {
    try {
      return new URL(`http://[${value}]/`).hostname.slice(1, -1); // the parser accepts only a valid IPv6 address
    } catch {
      return null;
    }
  }
  return null;
}

// A query parameter's name as frameworks read it: percent-decoded ("+" is a space), trimmed,
// cut at a NUL or at a "[" that opens an array suffix, lower case, with PHP's conversion of
// ".", " " and a leading "[" to "_" applied.
function parameterName(raw) {
  let name = raw.replaceAll("+", " ");
  try {
    name = decodeURIComponent(name);
  } catch {
    // a malformed escape is kept as sent: it cannot decode to an override name
  }
  name = name.trim();
  if (name.startsWith("[")) name = "_" + name.slice(1);
  const cut = name.search(/[\0[]/);
  if (cut >= 0) name = name.slice(0, cut);
  return name.toLowerCase().replace(/[. ]/g, "_");
}

/** True when a query string (URL.search) carries a method-override parameter, in any spelling. */
export function hasOverrideParameter(search) {
  if (search.length < 2 || !/_|%5f|\.|%2e|\[|%5b/i.test(search)) return false;
  for (const pair of search.slice(1).split(/[&;]/)) {
    const eq = pair.indexOf("=");
    if (OVERRIDE_QUERY_PARAMETERS.includes(parameterName(eq >= 0 ? pair.slice(0, eq) : pair))) return true;
  }
  return false;
}
