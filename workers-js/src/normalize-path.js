// Turns a request path into the one canonical spelling that is both matched
// against the route policy and forwarded to the origin, so no spelling of a path
// can be authorized as one resource and served as another.
//
// Rules (contracts/route-policy.md, "Path normalization"):
//  - percent-escapes are decoded (UTF-8); malformed escapes and invalid UTF-8 are rejected;
//  - escapes that would change the path's structure for a decoding origin are rejected:
//    %2F (/), %5C (\), %3B (;), %25 (%), and encoded control characters;
//  - raw backslashes and control characters are rejected;
//  - ";" parameters are removed from every segment (/admin;x=1 -> /admin);
//  - empty segments (//) are dropped, "." and ".." are resolved (never above the root);
//  - look-alike segments are rejected: a segment that is "." or ".." (or empty, or holds
//    "/" or "\") once Unicode compatibility folding (NFKC) and the removal of spaces
//    and invisible characters are applied, and any non-ASCII character that folds or
//    case-maps to ASCII (fullwidth letters, the Kelvin sign, dotless i, ...): an origin
//    that folds would read another path than the one authorized;
//  - the match key is lower-cased (ASCII letters only) and has no trailing slash;
//    the forwarded path keeps the letter case and a trailing slash.
import { EdgeError } from "./problem.js";

export const MAX_PATH_LENGTH = 4096;

const HEX = /^[0-9A-Fa-f]{2}$/;
const FORBIDDEN_ESCAPES = new Set([0x2f, 0x5c, 0x3b, 0x25]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

function reject(reason) {
  throw new EdgeError("path-invalid", reason);
}

function decodeSegment(raw) {
  if (!raw.includes("%")) return raw;
  const bytes = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 0x25) {
      // Non-ASCII characters arrive percent-encoded from the URL parser; encode
      // any that did not so the decoder sees one consistent byte stream.
      if (c < 0x80) bytes.push(c);
      else for (const b of new TextEncoder().encode(raw[i])) bytes.push(b);
      continue;
    }
    const hex = raw.slice(i + 1, i + 3);
    if (!HEX.test(hex)) reject("malformed-escape");
    const b = parseInt(hex, 16);
    if (FORBIDDEN_ESCAPES.has(b)) reject("ambiguous-escape");
    if (b < 0x20 || b === 0x7f) reject("control-character");
    bytes.push(b);
    i += 2;
  }
  try {
    return utf8.decode(new Uint8Array(bytes));
  } catch {
    return reject("invalid-utf8");
  }
}

// Characters an origin may drop or trim from a segment: every White_Space character
// and the default-ignorable code points (zero-width spaces and joiners, soft hyphen,
// bidirectional controls, variation selectors, ...).
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu;
const ONLY_VISIBLE_ASCII = /^[\x21-\x7e]*$/;
// The only non-ASCII code points whose simple case mapping is ASCII, NFKC aside:
// U+0130 (lower case "i") and U+0131 (upper case "I").
const CASE_MAPS_TO_ASCII = new Set([0x130, 0x131]);
const HAS_ASCII = /[\x00-\x7f]/;

/**
 * Refuses a decoded segment that is one thing to this Worker and another to an
 * origin that applies Unicode or whitespace folding. Segments of visible ASCII
 * (nearly all of them) pass without any work.
 */
function checkLookalike(segment) {
  if (ONLY_VISIBLE_ASCII.test(segment)) return;
  const folded = segment.normalize("NFKC").replace(INVISIBLE, "");
  if (folded === "" || folded === "." || folded === ".." || folded.includes("/") || folded.includes("\\")) {
    reject("lookalike-dot-segment");
  }
  for (const c of segment) {
    const cp = c.codePointAt(0);
    if (cp < 0x80) continue;
    if (HAS_ASCII.test(c.normalize("NFKC")) || CASE_MAPS_TO_ASCII.has(cp)) reject("lookalike-character");
  }
}

/** Lower-cases ASCII letters only, so no Unicode case folding (e.g. U+212A KELVIN SIGN -> "k") can alias a route. */
export function asciiLower(s) {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}

const KEEP_ESCAPED = /%(24|26|2B|2C|3D|3A|40)/g;
const UNESCAPE = { "%24": "$", "%26": "&", "%2B": "+", "%2C": ",", "%3D": "=", "%3A": ":", "%40": "@" };
// Exactly the characters encodeSegment leaves literal: most segments are made of these only.
const LITERAL_SEGMENT = /^[A-Za-z0-9\-_.!~*'()$&+,=:@]*$/;

/** Percent-encodes one decoded segment for forwarding (unreserved characters and sub-delimiters other than ";" stay literal). */
export function encodeSegment(segment) {
  if (LITERAL_SEGMENT.test(segment)) return segment;
  return encodeURIComponent(segment).replace(KEEP_ESCAPED, (m) => UNESCAPE[m]);
}

// A path made only of segments that need no decoding, no re-encoding and no
// resolution: literal characters (those encodeSegment keeps), no empty segment
// except an optional trailing slash, and (checked apart) no "." or ".." segment.
// Most requests have such a path, and its normalized forms are the path itself
// and its lower-cased spelling.
const PLAIN_PATH = /^(?:\/[A-Za-z0-9\-_.!~*'()$&+,=:@]+)*\/?$/;
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;

function checkRawPath(rawPath) {
  if (typeof rawPath !== "string" || rawPath.length === 0 || rawPath[0] !== "/") reject("not-absolute");
  if (rawPath.length > MAX_PATH_LENGTH) reject("too-long");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\?#]/.test(rawPath)) reject("forbidden-character");
}

function plainPath(rawPath) {
  const body = rawPath.length > 1 && rawPath.endsWith("/") ? rawPath.slice(0, -1) : rawPath;
  const key = asciiLower(body);
  return { path: rawPath, key, segments: key === "/" ? [] : key.slice(1).split("/") };
}

function walkSegments(rawPath) {
  const segments = [];
  let trailingSlash = false;
  const rawSegments = rawPath.split("/");
  for (let i = 1; i < rawSegments.length; i++) {
    let raw = rawSegments[i];
    const semicolon = raw.indexOf(";");
    if (semicolon >= 0) raw = raw.slice(0, semicolon);
    const segment = decodeSegment(raw);
    if (segment !== "") checkLookalike(segment);
    if (segment === "" || segment === ".") {
      trailingSlash = true;
    } else if (segment === "..") {
      segments.pop();
      trailingSlash = true;
    } else {
      segments.push(segment);
      trailingSlash = false;
    }
  }

  const lowered = segments.map(asciiLower);
  let path = "/" + segments.map(encodeSegment).join("/");
  if (trailingSlash && segments.length > 0) path += "/";
  return { path, key: "/" + lowered.join("/"), segments: lowered };
}

/**
 * Normalizes a raw request path (as in URL.pathname, still percent-encoded).
 * @returns {{ path: string, key: string, segments: string[] }} path: forwarded spelling; key: match key
 * @throws {EdgeError} path-invalid, with the internal reason
 */
export function normalizePath(rawPath) {
  checkRawPath(rawPath);
  return PLAIN_PATH.test(rawPath) && !DOT_SEGMENT.test(rawPath) ? plainPath(rawPath) : walkSegments(rawPath);
}

/** normalizePath by the segment walk alone, without the plain-path shortcut: the reference the tests hold the shortcut to. */
export function normalizePathBySegments(rawPath) {
  checkRawPath(rawPath);
  return walkSegments(rawPath);
}
