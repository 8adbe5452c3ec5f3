// A published key becomes a verification key for the algorithm it belongs to and
// for nothing else: wrong key types, wrong curves, private or symmetric material,
// and key_ops without "verify" are refused before any signature is checked.
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { importVerifyKey, verifyParams } from "../src/jwk-import.js";

const VERIFY = {
  RS256: { name: "RSASSA-PKCS1-v1_5" },
  PS256: { name: "RSA-PSS", saltLength: 32 },
  PS512: { name: "RSA-PSS", saltLength: 64 },
  ES256: { name: "ECDSA", hash: "SHA-256" },
  ES384: { name: "ECDSA", hash: "SHA-384" },
  ES512: { name: "ECDSA", hash: "SHA-512" },
  EdDSA: { name: "Ed25519" },
};

async function pair(alg) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, crv: alg === "EdDSA" ? "Ed25519" : undefined });
  return { jwk: await exportJWK(publicKey), privateJwk: await exportJWK(privateKey), privateKey };
}

async function verifies(key, alg, token) {
  const [h, p, s] = token.split(".");
  return crypto.subtle.verify(VERIFY[alg], key, Buffer.from(s, "base64url"), new TextEncoder().encode(`${h}.${p}`));
}

async function refusal(promise) {
  try {
    await promise;
    return "imported";
  } catch (err) {
    return err instanceof TypeError ? err.message : err?.name ?? "error";
  }
}

describe("a published JWK", () => {
  for (const alg of Object.keys(VERIFY)) {
    it(`imports as a verify-only, non-extractable ${alg} key that checks that algorithm's signatures`, async () => {
      const { jwk, privateKey } = await pair(alg);
      const key = await importVerifyKey({ ...jwk, alg, use: "sig", kid: "k1" }, alg);
      expect(key.usages).toEqual(["verify"]);
      expect(key.extractable).toBe(false);
      const token = await new SignJWT({ sub: "alice" }).setProtectedHeader({ alg }).sign(privateKey);
      expect(await verifies(key, alg, token)).toBe(true);
      const [h, , s] = token.split(".");
      expect(await verifies(key, alg, `${h}.${Buffer.from('{"sub":"root"}').toString("base64url")}.${s}`)).toBe(false);
    });
  }
});

describe("the signature parameters of an algorithm", () => {
  it("fix the hash and the PSS salt length the JWS algorithm names, and exist for no other name", () => {
    for (const [alg, params] of Object.entries(VERIFY)) expect(verifyParams(alg), alg).toEqual(params);
    expect(verifyParams("PS384")).toEqual({ name: "RSA-PSS", saltLength: 48 });
    expect(verifyParams("RS512")).toEqual({ name: "RSASSA-PKCS1-v1_5" });
    for (const alg of ["HS256", "none", "ES256K", "constructor", "__proto__", undefined]) expect(verifyParams(alg), String(alg)).toBeUndefined();
  });
});

describe("a JWK is refused", () => {
  it("for an algorithm of another key type (RS256 on an EC key, ES256 on an RSA key, EdDSA on either)", async () => {
    const ec = (await pair("ES256")).jwk;
    const rsa = (await pair("RS256")).jwk;
    expect(await refusal(importVerifyKey(ec, "RS256"))).toBe("jwk-alg-mismatch");
    expect(await refusal(importVerifyKey(ec, "PS256"))).toBe("jwk-alg-mismatch");
    expect(await refusal(importVerifyKey(rsa, "ES256"))).toBe("jwk-alg-mismatch");
    expect(await refusal(importVerifyKey(rsa, "EdDSA"))).toBe("jwk-alg-mismatch");
    expect(await refusal(importVerifyKey(ec, "EdDSA"))).toBe("jwk-alg-mismatch");
  });

  it("for an EC algorithm of another curve (ES256 on P-384, ES512 on P-256), or a curve label that lies", async () => {
    const p384 = (await pair("ES384")).jwk;
    const p256 = (await pair("ES256")).jwk;
    expect(await refusal(importVerifyKey(p384, "ES256"))).toBe("jwk-alg-mismatch");
    expect(await refusal(importVerifyKey(p256, "ES512"))).toBe("jwk-alg-mismatch");
    expect(await refusal(importVerifyKey({ ...p384, crv: "P-256" }, "ES256"))).not.toBe("imported");
  });

  it("for symmetric algorithms, none, unknown names and prototype names", async () => {
    const rsa = (await pair("RS256")).jwk;
    const secret = { kty: "oct", k: "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA" };
    for (const alg of ["HS256", "none", "RS1", "constructor", "__proto__", "toString", undefined]) {
      expect(await refusal(importVerifyKey(rsa, alg))).toBe("jwk-unsupported");
      expect(await refusal(importVerifyKey(secret, alg))).not.toBe("imported");
    }
    expect(await refusal(importVerifyKey(secret, "RS256"))).toBe("jwk-alg-mismatch");
  });

  it("when it carries private or symmetric members", async () => {
    for (const alg of ["RS256", "ES256", "EdDSA"]) {
      const { privateJwk } = await pair(alg);
      expect(await refusal(importVerifyKey(privateJwk, alg))).toBe("jwk-private");
    }
    const rsa = (await pair("RS256")).jwk;
    expect(await refusal(importVerifyKey({ ...rsa, k: "AAAA" }, "RS256"))).toBe("jwk-private");
  });

  it("when its key_ops do not include verify", async () => {
    const rsa = (await pair("RS256")).jwk;
    expect(await refusal(importVerifyKey({ ...rsa, key_ops: ["encrypt"] }, "RS256"))).not.toBe("imported");
    expect(await refusal(importVerifyKey({ ...rsa, key_ops: ["verify"] }, "RS256"))).toBe("imported");
  });

  it("when it is no object, or its material is broken", async () => {
    const rsa = (await pair("RS256")).jwk;
    expect(await refusal(importVerifyKey(null, "RS256"))).toBe("jwk-unsupported");
    expect(await refusal(importVerifyKey("RSA", "RS256"))).toBe("jwk-unsupported");
    expect(await refusal(importVerifyKey({ ...rsa, n: "" }, "RS256"))).not.toBe("imported");
    expect(await refusal(importVerifyKey({ kty: "EC", crv: "P-256", x: "AAAA", y: "AAAA" }, "ES256"))).not.toBe("imported");
  });
});
