// The edge's side of STS federation: it asks the federation Worker, through the FEDERATION service binding, for the
// SigV4 headers of one origin request (contracts/worker-bindings.md, "STS federation bindings") and puts them on the
// forwarded request. The edge itself never holds the credential cache key or a secret access key.
import { EdgeError } from "./problem.js";

/** The headers a signature consists of; the federation Worker's answer may set nothing else. */
const SIGNATURE_HEADERS = new Set(["authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256"]);
/** A header value: visible ASCII, inner spaces allowed, nothing Headers would refuse. */
const HEADER_VALUE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
const SOURCES = new Set(["memory", "kv", "sts"]);
/** The problem codes a refusal may carry (the contract's); any other answer is not one. */
const REFUSALS = new Set(["edge-misconfigured", "federation-denied", "federation-unavailable"]);
/** A log reason the federation Worker gives: a short code (it may name a catalog role), never free text. */
const REASON = /^[A-Za-z0-9._:-]{1,128}$/;

function checkedHeaders(headers) {
  if (headers === null || typeof headers !== "object") return null;
  const entries = Object.entries(headers);
  if (!entries.some(([name]) => name === "authorization")) return null;
  for (const [name, value] of entries) {
    if (!SIGNATURE_HEADERS.has(name) || typeof value !== "string" || !HEADER_VALUE.test(value)) return null;
  }
  return headers;
}

/**
 * The SigV4 headers for one origin request and where the credentials came from.
 * @param {{ signedHeaders?: Function } | undefined} binding env.FEDERATION
 * @param {{ roleArn: string, issuer: string, subject: string, token: string, method: string, url: string }} ask
 * @returns {Promise<{ headers: Record<string, string>, source: string }>}
 * @throws {EdgeError} edge-misconfigured (no binding, or the federation Worker's configuration), federation-denied,
 *   federation-unavailable (the call failed, or its answer is not one the contract allows)
 */
export async function federatedHeaders(binding, ask) {
  if (!binding || typeof binding.signedHeaders !== "function") throw new EdgeError("edge-misconfigured", "federation-binding-missing");
  let answer;
  try {
    answer = await binding.signedHeaders(ask);
  } catch {
    throw new EdgeError("federation-unavailable", "federation-call-failed");
  }
  if (answer?.ok === true) {
    const headers = checkedHeaders(answer.headers);
    if (headers && SOURCES.has(answer.source)) return { headers, source: answer.source };
  } else if (answer?.ok === false && REFUSALS.has(answer.code) && REASON.test(answer.reason ?? "")) {
    throw new EdgeError(answer.code, answer.reason);
  }
  throw new EdgeError("federation-unavailable", "federation-answer-invalid");
}

/**
 * Puts a signature on outbound headers, first removing every authorization and
 * x-amz-* header already there: a client must not choose the payload hash, the
 * date or the token the edge's signature covers.
 */
export function applySignature(headers, signatureHeaders) {
  for (const name of [...headers.keys()]) {
    if (name === "authorization" || name.startsWith("x-amz-")) headers.delete(name);
  }
  for (const [name, value] of Object.entries(signatureHeaders)) headers.set(name, value);
  return headers;
}
