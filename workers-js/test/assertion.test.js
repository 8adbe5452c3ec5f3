// The signer against the shared contract: contracts/identity-assertion.md and its vectors, which the C# verifier's
// suite reads too. Runs inside workerd.
import { describe, it, expect } from "vitest";
import vectors from "../../contracts/identity-assertion.vectors.json";
import spec from "../../contracts/identity-assertion.md?raw";
import {
  ASSERTION_HEADERS,
  AssertionInputError,
  IDENTITY_HEADER_PREFIX,
  canonicalString,
  isIdentityHeader,
  signAssertion,
} from "../src/assertion.js";

const validCases = vectors.cases.filter((c) => c.expect.valid);
const invalidCases = vectors.cases.filter((c) => !c.expect.valid);
const lowerCased = (pairs) => Object.fromEntries(pairs.map(([name, value]) => [name.toLowerCase(), value]));
const signInput = (c) => ({ ...c.sign, key: vectors.keys[c.sign.key] });

const base = {
  method: "GET",
  host: "api.example.com",
  path: "/orders/42?expand=items",
  identity: { subject: "user:okta:00u1a2b3c4d5e6f7g8h9", roles: ["orders-reader", "admin"], email: "alice@example.com" },
  timestamp: vectors.now,
  key: vectors.keys.current,
};

describe("signer reproduces the shared vectors", () => {
  it("has the cases the contract promises", () => {
    expect(validCases.length).toBeGreaterThanOrEqual(3);
    expect(invalidCases.length).toBeGreaterThanOrEqual(8);
  });

  it.each(validCases.map((c) => [c.name, c]))("produces exactly the headers of %s", async (_, c) => {
    const headers = await signAssertion(signInput(c));
    expect(headers).toEqual(lowerCased(c.request.headers));
  });

  it.each(validCases.map((c) => [c.name, c]))("builds the canonical string of %s", (_, c) => {
    const { key, ...rest } = signInput(c);
    expect(canonicalString({ ...rest, keyId: key.id })).toBe(c.canonical);
  });

  it("never reproduces the signature of an invalid vector from the inputs it claims", async () => {
    // Tampered and wrong-key vectors carry well-formed headers whose signature the claimed inputs do not give.
    for (const name of ["tampered-roles-header", "tampered-query", "tampered-host", "wrong-key", "previous-key-labelled-current"]) {
      const c = vectors.cases.find((v) => v.name === name);
      const h = lowerCased(c.request.headers);
      const signed = await signAssertion({
        method: c.request.method,
        host: c.request.host,
        path: c.request.path,
        identity: { subject: h["x-fabric-subject"], roles: h["x-fabric-roles"].split(","), email: h["x-fabric-email"] },
        timestamp: Number(h["x-fabric-timestamp"]),
        key: vectors.keys.current,
      });
      expect(signed["x-fabric-signature"], name).not.toBe(h["x-fabric-signature"]);
    }
  });
});

describe("signature binds every field", () => {
  const variants = {
    method: { method: "POST" },
    host: { host: "admin.example.com" },
    port: { host: "api.example.com:8443" },
    path: { path: "/orders/43?expand=items" },
    query: { path: "/orders/42?expand=items&delete=true" },
    timestamp: { timestamp: vectors.now + 1 },
    keyId: { key: { ...vectors.keys.current, id: "edge-2026-06" } },
    secret: { key: vectors.keys.previous, },
    subject: { identity: { ...base.identity, subject: "user:okta:00u0000000000000admin" } },
    roles: { identity: { ...base.identity, roles: ["orders-reader"] } },
    noRoles: { identity: { ...base.identity, roles: [] } },
    email: { identity: { ...base.identity, email: "mallory@example.com" } },
    noEmail: { identity: { ...base.identity, email: undefined } },
  };

  it.each(Object.entries(variants))("changing %s changes the signature", async (_, change) => {
    const original = await signAssertion(base);
    const changed = await signAssertion({ ...base, ...change });
    expect(changed["x-fabric-signature"]).not.toBe(original["x-fabric-signature"]);
  });

  it("ignores host letter case and the default ports, as the canonical form says", async () => {
    const plain = await signAssertion(base);
    for (const host of ["API.Example.COM", "api.example.com:443", "api.example.com:80"]) {
      expect((await signAssertion({ ...base, host }))["x-fabric-signature"], host).toBe(plain["x-fabric-signature"]);
    }
  });

  it("signs the same roles the same way whatever their order or repeats", async () => {
    const a = await signAssertion(base);
    const b = await signAssertion({ ...base, identity: { ...base.identity, roles: ["admin", "orders-reader", "admin"] } });
    expect(b).toEqual(a);
    expect(a[ASSERTION_HEADERS.roles]).toBe("admin,orders-reader");
  });

  it("leaves out the roles and email headers when there are none, never sending an empty header", async () => {
    const headers = await signAssertion({ ...base, identity: { subject: "machine:batch", roles: [] } });
    expect(Object.keys(headers)).toEqual([
      "x-fabric-version", "x-fabric-subject", "x-fabric-timestamp", "x-fabric-key-id", "x-fabric-signature",
    ]);
    expect(Object.values(headers).every((v) => v.length > 0)).toBe(true);
  });

  it("keys the imported-key cache by secret, so a rotated secret under the same id is used at once", async () => {
    const first = await signAssertion(base);
    const rotated = await signAssertion({ ...base, key: { id: base.key.id, secret: vectors.keys.foreign.secret } });
    const again = await signAssertion(base);
    expect(rotated["x-fabric-signature"]).not.toBe(first["x-fabric-signature"]);
    expect(again).toEqual(first);
  });

  it("emits lowercase x-fabric-* names and a 43-character base64url signature", async () => {
    const headers = await signAssertion(base);
    for (const name of Object.keys(headers)) expect(name).toBe(name.toLowerCase());
    for (const name of Object.keys(headers)) expect(name.startsWith(IDENTITY_HEADER_PREFIX)).toBe(true);
    expect(headers[ASSERTION_HEADERS.signature]).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe("signer refuses what the contract cannot carry", () => {
  const refusals = [
    ["a line feed in the subject", { identity: { ...base.identity, subject: "alice\nx-fabric-roles: admin" } }, "subject"],
    ["a carriage return in the subject", { identity: { ...base.identity, subject: "alice\r" } }, "subject"],
    ["a tab in the subject", { identity: { ...base.identity, subject: "alice\tbob" } }, "subject"],
    ["a non-ASCII subject", { identity: { ...base.identity, subject: "alïce" } }, "subject"],
    ["an empty subject", { identity: { ...base.identity, subject: "" } }, "subject"],
    ["a subject with a leading space", { identity: { ...base.identity, subject: " alice" } }, "subject"],
    ["a 256-character subject", { identity: { ...base.identity, subject: "a".repeat(256) } }, "subject"],
    ["a subject without its kind and provider", { identity: { ...base.identity, subject: "00u1a2b3c4d5e6f7g8h9" } }, "subject"],
    ["a subject of an unknown kind", { identity: { ...base.identity, subject: "service:billing" } }, "subject"],
    ["a subject whose provider is not a provider name", { identity: { ...base.identity, subject: "user:Okta:00u1" } }, "subject"],
    ["a user subject without the provider's subject", { identity: { ...base.identity, subject: "user:okta:" } }, "subject"],
    ["a machine subject whose name holds a colon", { identity: { ...base.identity, subject: "machine:billing:batch" } }, "subject"],
    ["a role with a comma", { identity: { ...base.identity, roles: ["admin,root"] } }, "roles"],
    ["a role with a space", { identity: { ...base.identity, roles: ["orders reader"] } }, "roles"],
    ["an empty role", { identity: { ...base.identity, roles: [""] } }, "roles"],
    ["roles that are not a list", { identity: { ...base.identity, roles: "admin" } }, "roles"],
    ["more than 100 roles", { identity: { ...base.identity, roles: Array.from({ length: 101 }, (_, i) => `r${i}`) } }, "roles"],
    ["an email without @", { identity: { ...base.identity, email: "alice.example.com" } }, "email"],
    ["an empty email", { identity: { ...base.identity, email: "" } }, "email"],
    ["an email with a newline", { identity: { ...base.identity, email: "a@b\n.c" } }, "email"],
    ["a path that is not origin form", { path: "https://api.example.com/x" }, "path"],
    ["a path with a fragment", { path: "/x#y" }, "path"],
    ["a path with a space", { path: "/x y" }, "path"],
    ["a host with a path", { host: "evil.example/x" }, "host"],
    ["an empty host", { host: "" }, "host"],
    ["a method with a space", { method: "GET /" }, "method"],
    ["a fractional timestamp", { timestamp: 1.5 }, "timestamp"],
    ["a negative timestamp", { timestamp: -1 }, "timestamp"],
    ["a timestamp in milliseconds of a far future", { timestamp: 1_780_000_000_000_000 }, "timestamp"],
    ["a timestamp as a string", { timestamp: "1780000000" }, "timestamp"],
    ["a key id with a slash", { key: { ...base.key, id: "edge/2026" } }, "key id"],
    ["a padded secret", { key: { ...base.key, secret: `${base.key.secret}=` } }, "key secret"],
    ["a short secret", { key: { ...base.key, secret: "c2hvcnQ" } }, "key secret"],
    ["a secret in standard base64", { key: { ...base.key, secret: base.key.secret.replace(/-/g, "+").replace(/_/g, "/") } }, "key secret"],
    ["a missing key", { key: undefined }, "key"],
  ];

  it.each(refusals)("refuses %s", async (_, change, field) => {
    const error = await signAssertion({ ...base, ...change }).catch((e) => e);
    expect(error).toBeInstanceOf(AssertionInputError);
    expect(error.code).toBe("assertion-input-invalid");
    expect(error.field).toBe(field);
  });

  it("names the field but never echoes the value it refused", async () => {
    const error = await signAssertion({ ...base, identity: { ...base.identity, subject: "secret-ish\nvalue" } }).catch((e) => e);
    expect(error.message).not.toContain("secret-ish");
  });
});

describe("identity headers a client must not set", () => {
  // The list is read from §7 of the contract, so the signer, the verifier and the spec cannot drift apart.
  const section = spec.slice(spec.indexOf("## 7."), spec.indexOf("## 8."));
  const names = (label) => {
    const start = section.indexOf(label);
    const paragraph = section.slice(start, section.indexOf("\n\n", start));
    return [...paragraph.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  };
  const prefixes = names("Prefixes:");
  const exact = names("Exact names:");
  const notListed = names("Deliberately not listed:").filter((n) => !n.endsWith("*"));

  it("reads a non-empty list from the contract", () => {
    expect(prefixes).toContain(IDENTITY_HEADER_PREFIX);
    expect(exact.length).toBeGreaterThanOrEqual(20);
    expect(notListed).toContain("cf-access-jwt-assertion");
  });

  it("matches every name and prefix the contract lists, in any letter case", () => {
    for (const name of [...exact, ...prefixes.map((p) => `${p}anything`)]) {
      expect(isIdentityHeader(name), name).toBe(true);
      expect(isIdentityHeader(name.toUpperCase()), name).toBe(true);
    }
    expect(isIdentityHeader("X-Forwarded-User")).toBe(true);
    expect(isIdentityHeader("X-Fabric-Signature")).toBe(true);
  });

  it("leaves alone what the contract deliberately does not list, and ordinary headers", () => {
    for (const name of [...notListed, "x-amzn-lattice-identity", "x-forwarded-for", "x-forwarded-host", "traceparent", "content-type", "x-fabric", "x-user-agent"]) {
      expect(isIdentityHeader(name), name).toBe(false);
    }
  });

  it("matches each spoofed header the vectors use", () => {
    for (const c of invalidCases.filter((v) => v.expect.reason === "foreign-identity-header")) {
      expect(c.request.headers.some(([name]) => isIdentityHeader(name) && !name.toLowerCase().startsWith(IDENTITY_HEADER_PREFIX)), c.name).toBe(true);
    }
  });
});
