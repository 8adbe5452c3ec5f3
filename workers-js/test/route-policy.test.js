import { describe, expect, it } from "vitest";
import { jwksKey, routePolicyKey, ROUTE_POLICY_PREFIX, JWKS_PREFIX } from "../src/kv-keys.js";
import { normalizePath } from "../src/normalize-path.js";
import { authorize, compilePolicy, PolicyError, rolesForGroups, selectRoute } from "../src/route-policy.js";
import { canonicalJson, policyVersion } from "./support/canonical-json.js";
import { fixture } from "./support/harness.js";

const policy = compilePolicy(fixture.compiled, { environment: "dev" });

function compileError(mutate) {
  const doc = structuredClone(fixture.compiled);
  mutate(doc);
  try {
    compilePolicy(doc, { environment: "dev" });
  } catch (err) {
    expect(err).toBeInstanceOf(PolicyError);
    return err.reason;
  }
  return null;
}

describe("KV key layout", () => {
  it("spells the keys the edge component writes, literally", () => {
    expect(ROUTE_POLICY_PREFIX).toBe("route-policy:");
    expect(routePolicyKey("dev")).toBe("route-policy:dev");
    expect(routePolicyKey("dev")).toBe(fixture.kvKey);
    expect(JWKS_PREFIX).toBe("jwks:v1:");
    expect(jwksKey("https://idp.example/keys")).toBe("jwks:v1:https://idp.example/keys");
  });

  it("refuses environment names that would make odd keys", () => {
    expect(() => routePolicyKey("Prod")).toThrow(TypeError);
    expect(() => routePolicyKey("dev:x")).toThrow(TypeError);
    expect(() => jwksKey("https://idp.example/" + "k".repeat(600))).toThrow(RangeError);
  });
});

describe("the compiled policy document (shared fixture)", () => {
  it("carries a version that is the SHA-256 of its canonical JSON without the version", async () => {
    const { version, ...rest } = fixture.compiled;
    expect(version).toBe(await policyVersion(rest));
    expect(canonicalJson({ b: [2, "x"], a: { d: true, c: null } })).toBe('{"a":{"c":null,"d":true},"b":[2,"x"]}');
  });

  it("lists routes by id and every list in ordinal order, so equal catalogs give equal bytes", () => {
    const ids = fixture.compiled.routes.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    for (const r of fixture.compiled.routes) {
      expect(r.methods).toEqual([...new Set(r.methods)].sort());
      expect(r.roles).toEqual([...new Set(r.roles)].sort());
      if (r.hosts) expect(r.hosts).toEqual([...new Set(r.hosts)].sort());
    }
    for (const groups of Object.values(fixture.compiled.roles)) expect(groups).toEqual([...new Set(groups)].sort());
    expect(Object.keys(fixture.compiled.roles)).toEqual(Object.keys(fixture.compiled.roles).sort());
  });

  it("compiles every source route into a canonical pattern", () => {
    for (const source of fixture.source.routes) {
      const compiled = fixture.compiled.routes.find((r) => r.id === source.id);
      expect(compiled.pattern).toBe(normalizePath(source.path).key.replace(/\/$/, "") || "/");
      expect(compiled.match).toBe(source.match ?? "prefix");
      expect(compiled.public).toBe(source.public === true);
    }
  });

  it("is refused when it belongs to another environment", () => {
    expect(() => compilePolicy(fixture.compiled, { environment: "prod" })).toThrow(PolicyError);
  });
});

describe("route selection (shared decision table)", () => {
  const valid = fixture.decisions.filter((d) => d.expect !== "invalid");
  it.each(valid.map((d) => [`${d.method} ${d.host}${d.path}`, d]))("%s falls under its route", (_name, d) => {
    const { segments } = normalizePath(new URL(`https://${d.host}${d.path}`).pathname);
    const selected = selectRoute(policy, { host: d.host, method: d.method, segments });
    const expectedRoute = d.route ?? null;
    expect(selected.route?.id ?? null).toBe(d.code === "method-not-allowed" ? null : expectedRoute);
    if (d.code === "method-not-allowed") expect(selected.allow.length).toBeGreaterThan(0);
  });
});

describe("authorization", () => {
  it("grants a route only through a role mapped from the caller's groups", () => {
    const admin = policy.routesById.get("admin-console");
    expect(authorize(policy, admin, { subject: "a", groups: ["okta-admins"] })).toMatchObject({ allowed: true, roles: ["admin"] });
    expect(authorize(policy, admin, { subject: "b", groups: ["okta-staff", "admin"] })).toMatchObject({ allowed: false, reason: "role-missing" });
  });

  it("resolves group membership to sorted, distinct roles", () => {
    expect(rolesForGroups(policy, ["okta-orders", "okta-staff", "okta-admins"])).toEqual(["admin", "orders-reader", "orders-writer"]);
  });

  it("resolves every list of up to three groups, in any order and with repeats, as the union of their roles", () => {
    const groups = [...policy.groupToRoles.keys(), "okta-unknown"];
    const union = (list) => [...new Set(list.flatMap((g) => [...(policy.groupToRoles.get(g) ?? [])]))].sort();
    const lists = [[]];
    for (const a of groups) {
      lists.push([a]);
      for (const b of groups) {
        lists.push([a, b]);
        for (const c of groups) lists.push([a, b, c]);
      }
    }
    for (const list of lists) expect(rolesForGroups(policy, list), list.join(",")).toEqual(union(list));
  });
});

describe("policy document validation fails closed", () => {
  it("refuses an unknown schema", () => {
    expect(compileError((d) => { d.schema = 2; })).toBe("policy-schema-unsupported");
  });
  it("refuses a non-canonical pattern", () => {
    expect(compileError((d) => { d.routes[0].pattern = "/Admin/"; })).toBe("policy-route-pattern-not-canonical");
    expect(compileError((d) => { d.routes[0].pattern = "/public/../admin"; })).toBe("policy-route-pattern-not-canonical");
  });
  it("refuses a public route with roles and a protected route without", () => {
    expect(compileError((d) => { d.routes[0].roles = []; })).toBe("policy-route-public-xor-roles");
    expect(compileError((d) => { d.routes[2].roles = ["admin"]; })).toBe("policy-route-public-xor-roles");
  });
  it("refuses routes that name unknown roles", () => {
    expect(compileError((d) => { d.routes[0].roles = ["root"]; })).toBe("policy-route-role-unknown");
  });
  it("refuses two routes on one pattern that share a method", () => {
    expect(compileError((d) => { d.routes.find((r) => r.id === "orders-write").methods.push("GET"); })).toBe("policy-route-ambiguous");
  });
  it("refuses a machine client that lists an unknown route", () => {
    expect(compileError((d) => { d.machineClients[0].routes = ["nope"]; })).toBe("policy-machine-client-route-unknown");
  });
});
