// Reads and checks FEDERATION_CONFIG once per isolate: whether protected routes
// carry the signed identity assertion, temporary AWS credentials (STS + SigV4),
// or both, and which IAM role each catalog role maps to. An absent binding means
// "assertion": environments that do not federate need no configuration.
import { jsonBindingValue, memoizedPerBinding } from "../json-binding.js";
import { EdgeError } from "../problem.js";

export const FEDERATION_MODES = Object.freeze(["assertion", "sts", "both"]);
export const DEFAULT_SERVICE = "vpc-lattice-svcs";
/** STS accepts 900 s at least; the fabric's roles allow 3600 s at most. */
export const MIN_DURATION_SECONDS = 900;
export const MAX_DURATION_SECONDS = 3600;
export const DEFAULT_STS_TIMEOUT_MS = 3000;

const ROLE_ARN = /^arn:aws(?:-cn|-us-gov)?:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
const SERVICE = /^[a-z0-9-]{1,64}$/;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

const ASSERTION_ONLY = Object.freeze({ mode: "assertion", sts: false, assertion: true });

function fail(reason) {
  throw new EdgeError("edge-misconfigured", reason);
}

// The web identity token travels in the STS request body, so the endpoint must be
// https; plain http is accepted for a loopback endpoint only (local runs, tests).
function stsEndpoint(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    fail("federation-config-sts-endpoint");
  }
  const local = url.protocol === "http:" && LOOPBACK.has(url.hostname);
  if (url.protocol !== "https:" && !local) fail("federation-config-sts-endpoint-not-https");
  if (url.search || url.hash || url.username || url.password) fail("federation-config-sts-endpoint");
  return url.href;
}

function integerIn(value, fallback, min, max, name) {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) fail(`federation-config-${name}-out-of-range`);
  return value;
}

/**
 * Parses FEDERATION_CONFIG (a JSON binding, or its text):
 * { mode, stsEndpoint, region, roleArnsByRole: { role: arn }, service?, durationSeconds?, timeoutMs? }.
 * @throws {EdgeError} edge-misconfigured
 */
export function parseFederationConfig(raw) {
  if (raw === undefined || raw === null) return ASSERTION_ONLY;
  const config = jsonBindingValue(raw, "federation-config-not-json");
  if (!config || typeof config !== "object" || Array.isArray(config)) fail("federation-config-not-object");
  const mode = config.mode;
  if (!FEDERATION_MODES.includes(mode)) fail("federation-config-mode");
  if (mode === "assertion") return ASSERTION_ONLY;

  if (typeof config.region !== "string" || !REGION.test(config.region)) fail("federation-config-region");
  const service = config.service ?? DEFAULT_SERVICE;
  if (typeof service !== "string" || !SERVICE.test(service)) fail("federation-config-service");
  const roles = config.roleArnsByRole;
  if (!roles || typeof roles !== "object" || Array.isArray(roles)) fail("federation-config-role-arns");
  const roleArnsByRole = new Map();
  for (const [role, arn] of Object.entries(roles)) {
    if (typeof arn !== "string" || !ROLE_ARN.test(arn)) fail(`federation-config-role-arn-${role}`);
    roleArnsByRole.set(role, arn);
  }
  if (roleArnsByRole.size === 0) fail("federation-config-role-arns");

  return Object.freeze({
    mode,
    sts: true,
    assertion: mode === "both",
    stsEndpoint: stsEndpoint(config.stsEndpoint),
    region: config.region,
    service,
    roleArnsByRole,
    // The IAM roles the federation Worker may sign for, derived once.
    roleArns: new Set(roleArnsByRole.values()),
    durationSeconds: integerIn(config.durationSeconds, MIN_DURATION_SECONDS, MIN_DURATION_SECONDS, MAX_DURATION_SECONDS, "duration"),
    timeoutMs: integerIn(config.timeoutMs, DEFAULT_STS_TIMEOUT_MS, 100, 10000, "timeout"),
  });
}

const memoizedFederationConfig = memoizedPerBinding(parseFederationConfig);

/** parseFederationConfig, memoized per binding value so the check runs once per isolate. */
export function federationConfigFrom(env) {
  const raw = env.FEDERATION_CONFIG;
  return raw === undefined || raw === null ? ASSERTION_ONLY : memoizedFederationConfig(raw);
}

/**
 * The catalog role whose IAM role the edge assumes for a request: the first of the
 * route's roles (in the route's order, so the choice is stable) that the caller
 * holds and that has an IAM role. Null when the caller holds none of them.
 */
export function roleForRequest(config, routeRoles, callerRoles) {
  for (const role of routeRoles) {
    if (callerRoles.includes(role) && config.roleArnsByRole.has(role)) {
      return { role, roleArn: config.roleArnsByRole.get(role) };
    }
  }
  return null;
}
