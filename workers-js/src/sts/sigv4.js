// Signs the request to the origin with SigV4 (aws4fetch), for VPC Lattice's IAM
// auth. Only host and the x-amz-* headers are signed: Cloudflare may rewrite other
// headers (accept-encoding, for one) on the way out, which would break a
// signature over them. Lattice does not sign payloads, so the payload hash is the
// literal UNSIGNED-PAYLOAD, and the request body can stream untouched.
import { AwsV4Signer } from "aws4fetch";

export const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

/**
 * The headers that authenticate one request: authorization, x-amz-date,
 * x-amz-security-token (with temporary credentials) and x-amz-content-sha256.
 * @param {{ method: string, url: string, credentials: { accessKeyId: string, secretAccessKey: string,
 *   sessionToken?: string }, region: string, service: string, datetime?: string, payloadHash?: string|null }} request
 *   `datetime` (YYYYMMDDTHHMMSSZ) defaults to now; `payloadHash` defaults to UNSIGNED-PAYLOAD, null hashes an empty body.
 * @returns {Promise<Record<string, string>>} lower-case header names
 */
export async function sigV4Headers({ method, url, credentials, region, service, datetime, payloadHash = UNSIGNED_PAYLOAD }) {
  const headers = new Headers();
  if (payloadHash !== null) headers.set("x-amz-content-sha256", payloadHash);
  const signer = new AwsV4Signer({
    method,
    url,
    headers,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    sessionToken: credentials.sessionToken,
    service,
    region,
    datetime,
  });
  const signed = await signer.sign();
  const out = {};
  for (const [name, value] of signed.headers) out[name.toLowerCase()] = value;
  return out;
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
