// base64url without padding (RFC 7515 §2), the one spelling of binary data in tokens, keys and secrets.
// Decoded natively: Uint8Array.fromBase64 where the runtime has it (workerd; node:buffer's decoder costs twice as
// much there), node:buffer elsewhere (Node 20). Both take the alphabet alike; both would quietly decode a length of
// 4n+1, which is never base64, so that is refused here as atob would.
import { Buffer } from "node:buffer";

const ALPHABET = /^[A-Za-z0-9_-]*$/;
const decode = typeof Uint8Array.fromBase64 === "function"
  ? (text) => Uint8Array.fromBase64(text, { alphabet: "base64url" })
  : (text) => Buffer.from(text, "base64url");

/**
 * The bytes of base64url text.
 * @param {string} text
 * @param {boolean} [alphabetChecked] the caller has already matched the text against the base64url alphabet
 * @throws {TypeError} not base64url (another character, a length of 4n+1)
 */
export function base64UrlBytes(text, alphabetChecked = false) {
  if (typeof text !== "string" || (!alphabetChecked && !ALPHABET.test(text)) || text.length % 4 === 1) {
    throw new TypeError("not base64url");
  }
  return decode(text);
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The JSON object a base64url segment of a compact JWS encodes (its header or its payload).
 * @param {string} segment base64url text whose characters the caller has already checked
 * @throws {TypeError|SyntaxError} not base64url, not UTF-8, not JSON, or not an object
 */
export function base64UrlJsonObject(segment) {
  const value = JSON.parse(UTF8.decode(base64UrlBytes(segment, true)));
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new TypeError("not an object");
  return value;
}

/** base64url text of bytes, without padding. */
export function base64UrlText(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64url");
}
