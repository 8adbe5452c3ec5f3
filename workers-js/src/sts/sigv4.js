// Signs the request to the origin with AWS Signature Version 4, for VPC Lattice's
// IAM auth. Only host and the x-amz-* headers are signed: Cloudflare may rewrite
// other headers (accept-encoding, for one) on the way out, which would break a
// signature over them. Lattice does not sign payloads, so the payload hash is the
// literal UNSIGNED-PAYLOAD, and the request body can stream untouched.
// The HMACs and the hash come from node:crypto (nodejs_compat): synchronous, so
// signing costs no round trip per step.
import { createHmac } from "node:crypto";
import { sha256Hex } from "./sha256-hex.js";

export const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

const hmac = (key, text, encoding) => createHmac("sha256", key).update(text, "utf8").digest(encoding);

// encodeURIComponent leaves !'()* alone; RFC 3986 (and SigV4) encode them.
const rfc3986 = (text) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

// Every service but S3 signs the path encoded once more than it travels (AWS: "URI-encode each path segment
// twice"), with runs of slashes collapsed.
const canonicalPath = (pathname) => rfc3986(pathname.replace(/\/+/g, "/")).replace(/%2F/g, "/");

// Query parameters by encoded name, then encoded value; parameters without a name are not signed.
function canonicalQuery(searchParams) {
  const pairs = [];
  for (const [name, value] of searchParams) if (name) pairs.push([rfc3986(name), rfc3986(value)]);
  pairs.sort(([n1, v1], [n2, v2]) => (n1 < n2 ? -1 : n1 > n2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0));
  return pairs.map(([name, value]) => `${name}=${value}`).join("&");
}

/**
 * The headers that authenticate one request: authorization, x-amz-date,
 * x-amz-security-token (with temporary credentials) and x-amz-content-sha256.
 * @param {{ method: string, url: string, credentials: { accessKeyId: string, secretAccessKey: string,
 *   sessionToken?: string }, region: string, service: string, datetime?: string, payloadHash?: string|null }} request
 *   `datetime` (YYYYMMDDTHHMMSSZ) defaults to now; `payloadHash` defaults to UNSIGNED-PAYLOAD, null hashes an empty body.
 * @returns {Promise<Record<string, string>>} lower-case header names
 */
export async function sigV4Headers({ method, url, credentials, region, service, datetime, payloadHash = UNSIGNED_PAYLOAD }) {
  const { accessKeyId, secretAccessKey, sessionToken } = credentials;
  if (!accessKeyId || !secretAccessKey) throw new TypeError("credentials");
  const target = new URL(url);
  const when = datetime ?? new Date().toISOString().replace(/[:-]|\.\d{3}/g, "");
  const signed = {};
  if (payloadHash !== null) signed["x-amz-content-sha256"] = payloadHash;
  signed["x-amz-date"] = when;
  if (sessionToken) signed["x-amz-security-token"] = sessionToken;

  const names = ["host", ...Object.keys(signed)].sort();
  const values = { ...signed, host: target.host };
  const canonicalHeaders = names.map((name) => `${name}:${String(values[name]).trim().replace(/\s+/g, " ")}\n`).join("");
  const signedHeaders = names.join(";");
  const canonicalRequest = [
    (method || "GET").toUpperCase(), canonicalPath(target.pathname), canonicalQuery(target.searchParams),
    canonicalHeaders, signedHeaders, payloadHash ?? sha256Hex(""),
  ].join("\n");

  const date = when.slice(0, 8);
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", when, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), service), "aws4_request");
  const signature = hmac(signingKey, stringToSign, "hex");
  return {
    ...signed,
    authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}
