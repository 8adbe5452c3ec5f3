// The route policy document (contracts/route-policy.md): validation, the lookup
// index built once per version, route selection for a request, and the role
// check. Unknown paths match nothing and are denied; public routes are explicit.
import { normalizePath } from "./normalize-path.js";

export const POLICY_SCHEMA = 1;
const ROUTE_ID = /^[a-z0-9][a-z0-9._-]{0,127}$/;
const ROLE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/; // identity-assertion.md §3
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const METHOD = /^[A-Z]{1,16}$/;
const PATTERN_CHARS = /^[a-z0-9\-._~!$&'()*+,=:@/]+$/;
const MATCH_KINDS = new Set(["prefix", "exact"]);

/** Why a policy document was refused. */
export class PolicyError extends Error {
  constructor(reason) {
    super(reason);
    this.name = "PolicyError";
    this.reason = reason;
  }
}

function check(condition, reason) {
  if (!condition) throw new PolicyError(reason);
}

function isStringArray(v, item = (s) => typeof s === "string" && s.length > 0) {
  return Array.isArray(v) && v.every(item);
}

/** True when a pattern is already in canonical form: lower case, no dot or empty segments, no trailing slash. */
export function isCanonicalPattern(pattern) {
  if (typeof pattern !== "string" || !PATTERN_CHARS.test(pattern) || pattern[0] !== "/") return false;
  try {
    return normalizePath(pattern).key === pattern;
  } catch {
    return false;
  }
}

function methodsOverlap(a, b) {
  return a === "*" || b === "*" || [...a].some((m) => b.has(m));
}

/**
 * Validates a parsed policy document and builds its lookup index.
 * @param {object} doc the parsed document
 * @param {{ environment?: string }} [expect]
 * @throws {PolicyError}
 */
export function compilePolicy(doc, { environment } = {}) {
  check(doc && typeof doc === "object" && !Array.isArray(doc), "policy-not-object");
  check(doc.schema === POLICY_SCHEMA, "policy-schema-unsupported");
  check(typeof doc.version === "string" && doc.version.length > 0 && doc.version.length <= 128, "policy-version");
  check(typeof doc.environment === "string" && doc.environment.length > 0, "policy-environment");
  if (environment) check(doc.environment === environment, "policy-environment-mismatch");

  check(doc.roles && typeof doc.roles === "object" && !Array.isArray(doc.roles), "policy-roles");
  const groupToRoles = new Map();
  for (const [role, groups] of Object.entries(doc.roles)) {
    check(ROLE.test(role), "policy-role-name");
    check(isStringArray(groups), "policy-role-groups");
    for (const g of groups) {
      if (!groupToRoles.has(g)) groupToRoles.set(g, new Set());
      groupToRoles.get(g).add(role);
    }
  }

  check(Array.isArray(doc.routes), "policy-routes");
  const routesById = new Map();
  // One map per match kind, keyed by the pattern alone: a lookup of one path in both reuses the string's hash.
  const index = { exact: new Map(), prefix: new Map() };
  for (const r of doc.routes) {
    check(r && typeof r === "object", "policy-route-not-object");
    check(typeof r.id === "string" && ROUTE_ID.test(r.id), "policy-route-id");
    check(!routesById.has(r.id), "policy-route-id-duplicate");
    check(MATCH_KINDS.has(r.match), "policy-route-match");
    check(isCanonicalPattern(r.pattern), "policy-route-pattern-not-canonical");
    check(typeof r.public === "boolean", "policy-route-public");
    check(typeof r.service === "string" && r.service.length > 0, "policy-route-service");
    check(isStringArray(r.methods), "policy-route-methods");
    const anyMethod = r.methods.length === 1 && r.methods[0] === "*";
    check(anyMethod || r.methods.every((m) => METHOD.test(m)), "policy-route-method");
    check(isStringArray(r.roles), "policy-route-roles");
    check(r.public ? r.roles.length === 0 : r.roles.length > 0, "policy-route-public-xor-roles");
    for (const role of r.roles) check(Object.hasOwn(doc.roles, role), "policy-route-role-unknown");
    check(r.personalData === undefined || typeof r.personalData === "boolean", "policy-route-personal-data");
    if (r.hosts !== undefined) check(isStringArray(r.hosts, (h) => typeof h === "string" && HOST.test(h)) && r.hosts.length > 0, "policy-route-hosts");

    const route = Object.freeze({
      id: r.id,
      pattern: r.pattern,
      match: r.match,
      public: r.public,
      service: r.service,
      personalData: r.personalData === true,
      roles: Object.freeze([...r.roles]),
      methods: anyMethod ? "*" : new Set(r.methods),
    });
    routesById.set(r.id, route);

    const levels = index[r.match];
    if (!levels.has(r.pattern)) levels.set(r.pattern, { hosts: new Map(), any: null });
    const level = levels.get(r.pattern);
    for (const scope of r.hosts ?? [null]) {
      let group = scope === null ? level.any : level.hosts.get(scope);
      if (!group) {
        group = [];
        if (scope === null) level.any = group;
        else level.hosts.set(scope, group);
      }
      for (const other of group) check(!methodsOverlap(other.methods, route.methods), "policy-route-ambiguous");
      group.push(route);
    }
  }

  const machineClients = new Map();
  if (doc.machineClients !== undefined) {
    check(Array.isArray(doc.machineClients), "policy-machine-clients");
    for (const mc of doc.machineClients) {
      check(mc && NAME.test(mc.name ?? ""), "policy-machine-client-name");
      check(typeof mc.clientId === "string" && mc.clientId.length > 0, "policy-machine-client-id");
      check(!machineClients.has(mc.clientId), "policy-machine-client-duplicate");
      check(isStringArray(mc.routes), "policy-machine-client-routes");
      for (const id of mc.routes) check(routesById.has(id), "policy-machine-client-route-unknown");
      machineClients.set(mc.clientId, Object.freeze({ name: mc.name, routes: new Set(mc.routes) }));
    }
  }

  // The roles of each group as a sorted array: one is read per group of every caller.
  const rolesByGroup = new Map();
  for (const [group, roles] of groupToRoles) rolesByGroup.set(group, Object.freeze([...roles].sort()));

  return Object.freeze({
    version: doc.version,
    environment: doc.environment,
    index,
    routesById,
    groupToRoles: rolesByGroup,
    machineClients,
  });
}

function allowedMethods(group) {
  const all = new Set();
  for (const r of group) if (r.methods !== "*") for (const m of r.methods) all.add(m);
  return [...all].sort();
}

function groupAt(levels, pattern, host) {
  const level = levels.get(pattern);
  if (!level) return null;
  return level.hosts.get(host) ?? level.any;
}

/**
 * The route a request falls under. The most specific pattern wins (exact over a
 * prefix of the same path, longer prefixes over shorter ones; at one pattern a
 * host-specific route over a host-less one) and shadows everything less specific,
 * even when it does not allow the request's method.
 * @param {object} policy from compilePolicy
 * @param {{ host: string, method: string, segments: string[] }} request segments: normalized match segments
 * @returns {{ route: object|null, allow?: string[] }}
 */
export function selectRoute(policy, { host, method, segments }) {
  // Levels from the most specific: the exact path, then its prefixes down to "/".
  // Segments never contain "/" (normalizePath refuses %2F), so each shorter prefix
  // ends where the previous one's last "/" is.
  const { exact, prefix } = policy.index;
  let pattern = "/" + segments.join("/");
  let group = groupAt(exact, pattern, host);
  while (!group) {
    group = groupAt(prefix, pattern, host);
    if (group || pattern === "/") break;
    const cut = pattern.lastIndexOf("/");
    pattern = cut === 0 ? "/" : pattern.slice(0, cut);
  }
  if (!group) return { route: null };
  const route = group.find((r) => r.methods === "*" || r.methods.has(method));
  return route ? { route } : { route: null, allow: allowedMethods(group) };
}

// Two sorted lists of roles as one, without duplicates.
function mergeSorted(a, b) {
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] < b[j]) out.push(a[i++]);
    else if (b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i++]);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** The catalog roles an identity's IdP groups grant, sorted (a frozen array of the policy's when one group grants them all). */
export function rolesForGroups(policy, groups) {
  let roles = null;
  for (const g of groups) {
    const granted = policy.groupToRoles.get(g); // sorted
    if (granted !== undefined && granted !== roles) roles = roles === null ? granted : mergeSorted(roles, granted);
  }
  return roles ?? [];
}

/**
 * Whether an identity may use a route.
 * @returns {{ allowed: boolean, reason: string, subject?: string, roles: string[] }}
 */
export function authorize(policy, route, identity) {
  if (identity.clientId !== undefined) {
    const client = policy.machineClients.get(identity.clientId);
    if (!client) return { allowed: false, reason: "machine-client-unknown", roles: [] };
    const allowed = client.routes.has(route.id);
    return { allowed, reason: allowed ? "machine-client-allowed" : "machine-client-route-not-listed", subject: `machine:${client.name}`, roles: [] };
  }
  const roles = rolesForGroups(policy, identity.groups);
  const allowed = route.roles.some((r) => roles.includes(r));
  return { allowed, reason: allowed ? "role-granted" : "role-missing", subject: identity.subject, roles };
}
