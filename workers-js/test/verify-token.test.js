// The attack corpus against token verification. Each refusal is checked for its
// internal reason, so a test cannot pass because an earlier check failed by accident.
import { base64url, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { parseAuthConfig } from "../src/auth-config.js";
import { EdgeError } from "../src/problem.js";
import { extractToken, identityFromClaims, MAX_TOKEN_LENGTH } from "../src/verify-token.js";
import {
  ACCESS_AUDIENCE, ACCESS_ISSUER, ACCESS_JWKS, AUTH_CONFIG, makeKey, mintToken, OIDC_JWKS,
} from "./support/harness.js";
import { makeVerifier, reasonOf } from "./support/token-verifier.js";

const config = parseAuthConfig(AUTH_CONFIG);
let rsa, ec, accessKey, stranger;

beforeAll(async () => {
  rsa = await makeKey("RS256", "okta-rsa-1");
  ec = await makeKey("ES256", "okta-ec-1");
  accessKey = await makeKey("RS256", "access-rsa-1");
  stranger = await makeKey("RS256", "okta-rsa-1"); // same kid, different key: a forgery
});

function setup() {
  return makeVerifier(config, { [OIDC_JWKS]: [rsa, ec], [ACCESS_JWKS]: [accessKey] });
}

function unsigned(header, payload, signature = "") {
  const enc = (o) => base64url.encode(JSON.stringify(o));
  return `${enc(header)}.${enc(payload)}.${signature}`;
}

describe("token verification accepts", () => {
  it("an RS256 token from the configured issuer and audience", async () => {
    const { verify } = setup();
    const { provider, claims } = await verify(await mintToken(rsa, { claims: { groups: ["okta-admins"] } }));
    expect(provider.name).toBe("okta");
    expect(claims.groups).toEqual(["okta-admins"]);
  });

  it("an ES256 token when the provider allows ES256", async () => {
    const { verify } = setup();
    expect((await verify(await mintToken(ec))).claims.sub).toBe("00u-alice");
  });

  it("an Access token only from Cf-Access-Jwt-Assertion, and an OIDC token only as Bearer", async () => {
    const { verify } = setup();
    const access = await mintToken(accessKey, { issuer: ACCESS_ISSUER, audience: ACCESS_AUDIENCE });
    expect((await verify(access, "access")).provider.name).toBe("access");
    expect(await reasonOf(verify(access, "oidc"))).toBe("token-invalid/issuer-unknown");
    expect(await reasonOf(verify(await mintToken(rsa), "access"))).toBe("token-invalid/issuer-unknown");
  });

  it("a token that expired within the allowed clock skew", async () => {
    const { verify, clock } = setup();
    const token = await mintToken(rsa, { now: clock.now() - 620_000 }); // exp 20 s ago, skew 30 s
    expect((await verify(token)).claims.sub).toBe("00u-alice");
  });
});

describe("token verification refuses", () => {
  it("alg none, in any letter case", async () => {
    const { verify, clock } = setup();
    const payload = { iss: AUTH_CONFIG.identityProviders[0].issuer, aud: "api://identity-fabric", sub: "x", iat: clock.now() / 1000, exp: clock.now() / 1000 + 60 };
    expect(await reasonOf(verify(unsigned({ alg: "none", kid: "okta-rsa-1" }, payload)))).toBe("token-invalid/token-malformed");
    expect(await reasonOf(verify(unsigned({ alg: "NoNe", kid: "okta-rsa-1" }, payload, "c2ln")))).toBe("token-invalid/alg-not-allowed");
  });

  it("HS256 signed with the provider's RSA public key as the HMAC secret", async () => {
    const { verify } = setup();
    const spki = new TextEncoder().encode(JSON.stringify(rsa.jwk));
    const token = await new SignJWT({ sub: "mallory", groups: ["okta-admins"], iss: AUTH_CONFIG.identityProviders[0].issuer, aud: "api://identity-fabric" })
      .setProtectedHeader({ alg: "HS256", kid: "okta-rsa-1" }).setIssuedAt(Math.floor(Date.UTC(2026, 4, 1, 12) / 1000)).setExpirationTime("10m").sign(spki);
    expect(await reasonOf(verify(token))).toBe("token-invalid/alg-not-allowed");
  });

  it("an allowlisted algorithm that the key does not match (RS256 header on the EC key)", async () => {
    const { verify } = setup();
    const token = await mintToken({ ...rsa, kid: "okta-ec-1" });
    expect(await reasonOf(verify(token))).toBe("token-invalid/alg-key-mismatch");
  });

  it("a signature by a key the provider never published, under a known kid", async () => {
    const { verify } = setup();
    expect(await reasonOf(verify(await mintToken(stranger)))).toBe("token-invalid/signature-invalid");
  });

  it("forgeries whose protected header is that of a token verified just before", async () => {
    const { verify } = setup();
    const genuine = await mintToken(rsa);
    expect(await reasonOf(verify(genuine))).toBe("accepted");
    const [h, , s] = genuine.split(".");
    const forged = base64url.encode(JSON.stringify({ iss: AUTH_CONFIG.identityProviders[0].issuer, aud: "api://identity-fabric", sub: "root", groups: ["okta-admins"], iat: 1777636800, exp: 1777637400 }));
    expect(await reasonOf(verify(`${h}.${forged}.${s}`))).toBe("token-invalid/signature-invalid");
    const byStranger = await mintToken(stranger); // same alg, kid and typ: the same header segment
    expect(byStranger.split(".")[0]).toBe(h);
    expect(await reasonOf(verify(byStranger))).toBe("token-invalid/signature-invalid");
    expect(await reasonOf(verify(genuine))).toBe("accepted");
  });

  it("a tampered payload", async () => {
    const { verify } = setup();
    const [h, , s] = (await mintToken(rsa)).split(".");
    const forged = base64url.encode(JSON.stringify({ iss: AUTH_CONFIG.identityProviders[0].issuer, aud: "api://identity-fabric", sub: "root", groups: ["okta-admins"], iat: 1777636800, exp: 1777637400 }));
    expect(await reasonOf(verify(`${h}.${forged}.${s}`))).toBe("token-invalid/signature-invalid");
  });

  it("an unknown kid, and kids built to inject paths or queries", async () => {
    const { verify } = setup();
    expect(await reasonOf(verify(await mintToken({ ...rsa, kid: "rotated-away" })))).toBe("token-invalid/kid-unknown");
    for (const kid of ["../../etc/passwd", "x' OR '1'='1", "a b", "k".repeat(200), ""]) {
      expect(await reasonOf(verify(await mintToken({ ...rsa, kid })))).toBe("token-invalid/kid-invalid");
    }
    expect(await reasonOf(verify(await mintToken(rsa, { header: { kid: 7 } })))).toBe("token-invalid/kid-invalid");
  });

  it("headers that carry their own key (jwk, jku, x5u, x5c)", async () => {
    const { verify } = setup();
    const token = await mintToken(stranger, { header: { jwk: { kty: stranger.jwk.kty, n: stranger.jwk.n, e: stranger.jwk.e } } });
    expect(await reasonOf(verify(token))).toBe("token-invalid/header-key-injection");
    const jku = await mintToken(stranger, { header: { jku: "https://evil.example/keys" } });
    expect(await reasonOf(verify(jku))).toBe("token-invalid/header-key-injection");
  });

  it("a critical header extension it does not understand", async () => {
    const { verify } = setup();
    const token = await mintToken(rsa, { header: { crit: ["b64"], b64: true } });
    expect(await reasonOf(verify(token))).toBe("token-invalid/crit-unsupported");
  });

  it("a payload that is not a JSON object, and a header that is not JSON", async () => {
    const { verify } = setup();
    const [h, , s] = (await mintToken(rsa)).split(".");
    expect(await reasonOf(verify(`${h}.${base64url.encode("[1,2]")}.${s}`))).toBe("token-invalid/token-malformed");
    expect(await reasonOf(verify(`${base64url.encode("{alg")}.${base64url.encode("{}")}.${s}`))).toBe("token-invalid/token-malformed");
  });

  it("an audience list that does not name the provider's audience", async () => {
    const { verify } = setup();
    expect(await reasonOf(verify(await mintToken(rsa, { audience: ["api://other", "api://more"] })))).toBe("token-invalid/audience-mismatch");
    await expect(verify(await mintToken(rsa, { audience: ["api://other", "api://identity-fabric"] }))).resolves.toBeDefined();
  });

  it("an expired token, a not-yet-valid one, and one issued in the future", async () => {
    const { verify, clock } = setup();
    expect(await reasonOf(verify(await mintToken(rsa, { now: clock.now() - 700_000 })))).toBe("token-invalid/token-expired");
    expect(await reasonOf(verify(await mintToken(rsa, { claims: { nbf: clock.now() / 1000 + 120 } })))).toBe("token-invalid/token-not-yet-valid");
    expect(await reasonOf(verify(await mintToken(rsa, { now: clock.now() + 120_000 })))).toBe("token-invalid/token-issued-in-future");
  });

  it("a token older than the provider's maximum age even when not yet expired", async () => {
    const { verify, clock } = setup();
    const iat = Math.floor(clock.now() / 1000) - 7200;
    const token = await mintToken(rsa, { claims: { iat, exp: iat + 86400 } });
    expect(await reasonOf(verify(token))).toBe("token-invalid/token-too-old");
  });

  it("tokens without exp or iat", async () => {
    const { verify } = setup();
    expect(await reasonOf(verify(await mintToken(rsa, { claims: { exp: undefined } })))).toBe("token-invalid/claim-exp-invalid");
    expect(await reasonOf(verify(await mintToken(rsa, { claims: { iat: undefined } })))).toBe("token-invalid/claim-iat-invalid");
  });

  it("a wrong issuer or audience", async () => {
    const { verify } = setup();
    expect(await reasonOf(verify(await mintToken(rsa, { issuer: "https://evil.example" })))).toBe("token-invalid/issuer-unknown");
    expect(await reasonOf(verify(await mintToken(rsa, { audience: "api://other" })))).toBe("token-invalid/audience-mismatch");
  });

  it("oversized and malformed tokens", async () => {
    const { verify } = setup();
    expect(await reasonOf(verify("a".repeat(MAX_TOKEN_LENGTH + 1)))).toBe("token-invalid/token-too-large");
    for (const junk of ["abc", "a.b", "a.b.c.d", "eyJ!.e30.x", "e30.e30.", "Zm9v.YmFy.YmF6"]) {
      expect(await reasonOf(verify(junk))).toBe("token-invalid/token-malformed");
    }
  });

  it("a subject that cannot travel in an identity assertion", async () => {
    const { verify } = setup();
    const provider = config.providers[0];
    const { claims } = await verify(await mintToken(rsa, { claims: { sub: "alice\r\nx-fabric-roles: admin" } }));
    expect(() => identityFromClaims(provider, claims)).toThrow(EdgeError);
    expect(() => identityFromClaims(provider, { sub: "" })).toThrow(EdgeError);
  });
});

describe("token extraction", () => {
  it("reads Bearer tokens and the Access header, never the query string", () => {
    expect(extractToken(new Headers({ authorization: "Bearer abc.def.ghi" }))).toEqual({ token: "abc.def.ghi", source: "oidc" });
    expect(extractToken(new Headers({ "cf-access-jwt-assertion": "a.b.c", authorization: "Bearer x.y.z" }))).toEqual({ token: "a.b.c", source: "access" });
    expect(extractToken(new Headers())).toBeNull();
  });

  it("refuses other authorization schemes", () => {
    expect(() => extractToken(new Headers({ authorization: "Basic dXNlcjpwYXNz" }))).toThrow(EdgeError);
    expect(() => extractToken(new Headers({ authorization: "Bearer a b" }))).toThrow(EdgeError);
  });
});

describe("identity provider configuration", () => {
  it("refuses a provider that allows none or a symmetric algorithm", () => {
    for (const alg of ["none", "HS256"]) {
      const bad = structuredClone(AUTH_CONFIG);
      bad.identityProviders[0].algorithms = ["RS256", alg];
      expect(() => parseAuthConfig(bad)).toThrow(/algorithm-not-allowed/);
    }
  });

  it("refuses unbounded skew, a JWKS URL without TLS, and missing audiences", () => {
    const skew = structuredClone(AUTH_CONFIG);
    skew.identityProviders[0].clockSkewSeconds = 3600;
    expect(() => parseAuthConfig(skew)).toThrow(/skew/);
    const http = structuredClone(AUTH_CONFIG);
    http.identityProviders[0].jwksUrl = "http://idp.example.test/keys";
    expect(() => parseAuthConfig(http)).toThrow(/not-https/);
    const aud = structuredClone(AUTH_CONFIG);
    aud.identityProviders[0].audiences = [];
    expect(() => parseAuthConfig(aud)).toThrow(/audiences/);
  });
});
