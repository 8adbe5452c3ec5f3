// Public JWKs to WebCrypto verification keys (RFC 7517/7518, RFC 8037 for EdDSA).
// The JWS algorithm fixes the key type, the curve and the hash, so a key can only
// be imported for the algorithm it was published for: an RS256 token under an EC
// key's kid, or an ES256 token under a P-384 key's kid, finds no key. The key is
// imported for "verify" only and is not extractable; private members are refused.

const rsa = (name, bits) => ({ kty: "RSA", params: { name, hash: `SHA-${bits}` } });
const ec = (curve) => ({ kty: "EC", crv: curve, params: { name: "ECDSA", namedCurve: curve } });

const BY_ALGORITHM = Object.freeze({
  RS256: rsa("RSASSA-PKCS1-v1_5", 256),
  RS384: rsa("RSASSA-PKCS1-v1_5", 384),
  RS512: rsa("RSASSA-PKCS1-v1_5", 512),
  PS256: rsa("RSA-PSS", 256),
  PS384: rsa("RSA-PSS", 384),
  PS512: rsa("RSA-PSS", 512),
  ES256: ec("P-256"),
  ES384: ec("P-384"),
  ES512: ec("P-521"),
  EdDSA: { kty: "OKP", crv: "Ed25519", params: { name: "Ed25519" } },
});

// Members that only a private key (RSA, EC, OKP) or a symmetric key carries.
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

/**
 * Imports a public JWK as a verification key for one JWS algorithm.
 * @param {object} jwk a key of a JWKS document
 * @param {string} alg the token's algorithm
 * @returns {Promise<CryptoKey>}
 * @throws {TypeError} the algorithm is unknown, or the key's type or curve is not the algorithm's, or it is private
 * @throws {DOMException} WebCrypto refuses the key material (or its key_ops exclude "verify")
 */
export async function importVerifyKey(jwk, alg) {
  const entry = Object.hasOwn(BY_ALGORITHM, alg) ? BY_ALGORITHM[alg] : undefined;
  if (!entry || jwk === null || typeof jwk !== "object") throw new TypeError("jwk-unsupported");
  if (jwk.kty !== entry.kty || (entry.crv !== undefined && jwk.crv !== entry.crv)) throw new TypeError("jwk-alg-mismatch");
  for (const member of PRIVATE_MEMBERS) if (member in jwk) throw new TypeError("jwk-private");
  // "alg" and "use" were checked by the key set and the caller; WebCrypto reads the rest (and its key_ops, ext).
  const { alg: _alg, use: _use, ...keyData } = jwk;
  return await crypto.subtle.importKey("jwk", keyData, entry.params, false, ["verify"]);
}
