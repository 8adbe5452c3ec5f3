// Public JWKs to WebCrypto verification keys (RFC 7517/7518, RFC 8037 for EdDSA).
// The JWS algorithm fixes the key type, the curve and the hash, so a key can only
// be imported for the algorithm it was published for: an RS256 token under an EC
// key's kid, or an ES256 token under a P-384 key's kid, finds no key. The key is
// imported for "verify" only and is not extractable; private members are refused.

// RS*, PS* and ES* for SHA-256, -384 and -512 (ES512 is P-521), and EdDSA (Ed25519): how a key of each algorithm
// is imported (`params`) and how its signatures are checked (`verify`, with the hash and PSS salt length the JWS
// algorithm fixes).
const EDDSA = { name: "Ed25519" };
const BY_ALGORITHM = { EdDSA: { kty: "OKP", crv: "Ed25519", params: EDDSA, verify: EDDSA } };
for (const bits of [256, 384, 512]) {
  const hash = `SHA-${bits}`;
  const curve = `P-${bits === 512 ? 521 : bits}`;
  const pkcs1 = { name: "RSASSA-PKCS1-v1_5" };
  BY_ALGORITHM[`RS${bits}`] = { kty: "RSA", params: { ...pkcs1, hash }, verify: pkcs1 };
  BY_ALGORITHM[`PS${bits}`] = { kty: "RSA", params: { name: "RSA-PSS", hash }, verify: { name: "RSA-PSS", saltLength: bits / 8 } };
  BY_ALGORITHM[`ES${bits}`] = { kty: "EC", crv: curve, params: { name: "ECDSA", namedCurve: curve }, verify: { name: "ECDSA", hash } };
}
Object.freeze(BY_ALGORITHM);

/** The WebCrypto parameters that check a signature of a JWS algorithm, or undefined for an algorithm not listed. */
export function verifyParams(alg) {
  return Object.hasOwn(BY_ALGORITHM, alg) ? BY_ALGORITHM[alg].verify : undefined;
}

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
