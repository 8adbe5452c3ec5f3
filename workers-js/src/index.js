// The edge Worker: normalize the path, find its route, verify the caller,
// authorize, strip every client-sent identity header, sign the verified
// identity, carry trace context, and forward to the mesh ingress.
// Every refusal is problem+json with a stable code; the reason goes to the log.
import { assertionHeaders, SUBJECT_MAX_LENGTH, userSubject } from "./assertion.js";
import { authConfigFrom } from "./auth-config.js";
import { JwksCache } from "./jwks-cache.js";
import { logRequest, subjectHash } from "./log.js";
import { normalizeHost } from "./normalize-host.js";
import { normalizePath } from "./normalize-path.js";
import { originOf } from "./origin-url.js";
import { clientAddress, hasOverrideParameter, readClientHeaders } from "./forwarded-headers.js";
import { PolicyStore } from "./policy-store.js";
import { applySignature, federatedHeaders } from "./federation-client.js";
import { federationConfigFrom, roleForRequest } from "./sts/federation-config.js";
import { EdgeError, problemResponse } from "./problem.js";
import { authorize, selectRoute } from "./route-policy.js";
import { traceContextOf } from "./trace-context.js";
import { identityFromClaims, inspectToken, tokenFrom, verifyInspected } from "./verify-token.js";

function signingKey(env) {
  const id = env.SIGNING_KEY_CURRENT_ID;
  const secret = env.SIGNING_KEY_CURRENT;
  if (typeof id !== "string" || !id || typeof secret !== "string" || !secret) {
    throw new EdgeError("edge-misconfigured", "signing-key-missing");
  }
  return { id, secret };
}

/**
 * The fields of a request's log line as far as they are known before the auth path runs, with what one pass over
 * the client's headers found (`client`: the headers to forward and the values the edge reads; never logged).
 */
function newLog(request) {
  const client = readClientHeaders(request.headers);
  const trace = traceContextOf(client.traceparent, client.tracestate);
  return { requestId: crypto.randomUUID(), traceId: trace.traceId, trace, method: request.method, client };
}

/**
 * Completes a request's log line: log.js requestRecord reads its fields from `log`, which the auth path filled in,
 * and the outcome set here. The personal-data subject hash is computed now: it is the log's work, not the auth path's.
 */
function withOutcome(log, decision, status, code, error) {
  log.decision = decision;
  log.status = status;
  log.code = code;
  log.error = error;
  if (log.hashSubject) log.subjectHash = subjectHash(log.hashSubject.key, log.hashSubject.subject);
  return log;
}

/**
 * Builds the edge with its per-isolate caches. Tests pass their own clock and fetch.
 * @param {{ now?: () => number, fetch?: typeof fetch, jwks?: JwksCache, policies?: PolicyStore }} [options]
 */
export function createEdge({
  now = () => Date.now(),
  fetch: fetchOrigin = (...args) => globalThis.fetch(...args),
  jwks = new JwksCache({ now }),
  policies = new PolicyStore({ now }),
} = {}) {
  /**
   * The SigV4 headers of the origin request, signed by the federation Worker with temporary AWS credentials for the
   * route's role (STS federation), or null when the caller holds no federated role: then "both" forwards with the
   * assertion alone and "sts" refuses. Only OIDC tokens federate (see docs/federation.md).
   */
  async function federate(federationConfig, env, { route, decision, provider, token, method, url, log }) {
    const mapped = provider.kind === "oidc" ? roleForRequest(federationConfig, route.roles, decision.roles) : null;
    if (!mapped) {
      if (federationConfig.mode === "sts") throw new EdgeError("access-denied", "federation-no-role");
      log.federation = "skipped";
      return null;
    }
    log.federatedRole = mapped.role;
    const { headers, source } = await federatedHeaders(env.FEDERATION, {
      roleArn: mapped.roleArn, issuer: provider.issuer, subject: decision.subject, token, method, url,
    });
    log.federation = source;
    return headers;
  }

  /**
   * The auth path, everything up to the origin call: returns where to forward and
   * with which headers, or throws EdgeError.
   * `log` collects the fields of the request's log line.
   */
  async function prepare(request, env, ctx, log = newLog(request)) {
    const waitUntil = ctx?.waitUntil ? (p) => ctx.waitUntil(p) : undefined;
    const url = new URL(request.url);
    log.host = url.host; // as sent, until the host is normalized
    const host = normalizeHost(url.hostname); // routes are selected by it; forwarded as x-forwarded-host
    const publicHost = url.port ? `${host}:${url.port}` : host;
    log.host = publicHost;
    const { path, segments } = normalizePath(url.pathname);
    log.path = path;
    if (hasOverrideParameter(url.search)) throw new EdgeError("query-invalid", "method-override-parameter");
    const method = request.method.toUpperCase();

    jwks.useKv(env.POLICY_KV);
    const logFields = { requestId: log.requestId, traceId: log.traceId };
    const policy = policies.fresh(env.POLICY_KV, env.POLICY_KEY)
      ?? (await policies.get(env.POLICY_KV, env.POLICY_KEY, { environment: env.ENVIRONMENT, waitUntil, logFields }));
    log.policyVersion = policy.version;
    const selected = selectRoute(policy, { host, method, segments });
    const route = selected.route;
    log.route = route?.id;
    const origin = originOf(env);
    const targetPath = origin.path + path + url.search; // path and query, as the origin receives them
    const targetUrl = origin.origin + targetPath;

    let found = null;
    let verifying = null;
    if (!route?.public) {
      const config = authConfigFrom(env);
      found = tokenFrom(log.client.access, log.client.authorization);
      if (!found) throw new EdgeError("token-missing", "token-missing");
      log.tokenSource = found.source;
      verifying = verifyInspected(inspectToken(found, config), jwks, { now: now(), waitUntil, logFields });
    }

    // The headers that do not depend on the caller are set while the signature is checked (where WebCrypto verifies
    // off the main thread, as in Node, this work overlaps the check; the outcome is the same either way).
    const headers = log.client.forward;
    headers.set("traceparent", log.trace.traceparent);
    if (log.trace.tracestate) headers.set("tracestate", log.trace.tracestate);
    headers.set("x-amzn-trace-id", log.trace.amznTraceId);
    headers.set("x-request-id", log.requestId);
    headers.set("x-forwarded-host", publicHost);
    headers.set("x-forwarded-proto", url.protocol.slice(0, -1));
    const address = clientAddress(log.client.connectingIp);
    if (address) headers.set("x-forwarded-for", address);

    let signed = null;
    let signature = null;
    if (verifying) {
      const { provider, claims } = await verifying;
      log.provider = provider.name;
      const asserted = identityFromClaims(provider, claims);
      if (!route) {
        if (selected.allow) throw new EdgeError("method-not-allowed", "method-not-allowed", { allow: selected.allow });
        throw new EdgeError("access-denied", "route-not-found");
      }
      const decision = authorize(policy, route, asserted);
      // A personal-data route's log names the caller only by a keyed hash (contracts/route-policy.md), computed when
      // the log line is written (withOutcome). The subject itself is kept off the line.
      if (route.personalData) log.hashSubject = { key: env.LOG_SUBJECT_KEY, subject: decision.subject };
      else log.subject = decision.subject;
      log.roles = decision.roles;
      if (!decision.allowed) throw new EdgeError("access-denied", decision.reason);
      // Subjects of different providers and of machine clients are never spelled alike (identity-assertion.md §1).
      const subject = asserted.clientId !== undefined ? decision.subject : userSubject(provider.name, decision.subject);
      if (subject.length > SUBJECT_MAX_LENGTH) throw new EdgeError("token-invalid", "subject-too-long");
      const identity = { subject, roles: decision.roles };
      if (asserted.email) identity.email = asserted.email;
      const federationConfig = federationConfigFrom(env);
      // The assertion's HMAC is synchronous, so only federation has anything to await.
      signed = federationConfig.assertion
        ? assertionHeaders({
          method,
          host: origin.host,
          path: targetPath,
          identity,
          timestamp: Math.floor(now() / 1000),
          key: signingKey(env),
        })
        : {};
      if (federationConfig.sts) {
        signature = await federate(federationConfig, env, {
          route, decision, provider, token: found.token, method, url: targetUrl, log,
        });
      }
    }

    if (signed) for (const name in signed) headers.set(name, signed[name]);
    if (signature) applySignature(headers, signature);
    log.decision = signed ? "allow" : "allow-public";
    return { url: targetUrl, headers };
  }

  async function handle(request, env, ctx) {
    const log = newLog(request);
    let outbound;
    try {
      outbound = await prepare(request, env, ctx, log);
    } catch (err) {
      const edgeError = err instanceof EdgeError ? err : new EdgeError("edge-misconfigured", "unexpected-error");
      const level = edgeError.status >= 500 ? "error" : "warn";
      const error = err instanceof EdgeError ? undefined : String(err?.message ?? err);
      logRequest(level, "request.denied", edgeError.reason, withOutcome(log, "deny", edgeError.status, edgeError.code, error));
      return problemResponse(edgeError.code, { requestId: log.requestId, traceId: log.traceId, allow: edgeError.detail?.allow });
    }

    let response;
    try {
      response = await fetchOrigin(outbound.url, {
        method: request.method,
        headers: outbound.headers,
        body: request.body,
        redirect: "manual",
      });
    } catch (err) {
      logRequest("error", "request.failed", "origin-fetch-failed", withOutcome(log, undefined, 502, undefined, String(err?.message ?? err)));
      return problemResponse("origin-unavailable", { requestId: log.requestId, traceId: log.traceId });
    }
    logRequest("info", "request.forwarded", log.decision, withOutcome(log, log.decision, response.status));
    const forwarded = new Response(response.body, response);
    forwarded.headers.set("x-request-id", log.requestId);
    return forwarded;
  }

  return { fetch: handle, prepare };
}

const edge = createEdge();

export default {
  async fetch(request, env, ctx) {
    return edge.fetch(request, env, ctx);
  },
};
