// Client-facing errors. Every refusal carries a stable code from PROBLEMS and a
// generic title; the internal reason (which check failed) goes to the log only.

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Stable codes: clients and dashboards may depend on these; never rename one. */
export const PROBLEMS = Object.freeze({
  "path-invalid": { status: 400, title: "The request path is not acceptable." },
  "host-invalid": { status: 400, title: "The request host is not acceptable." },
  "query-invalid": { status: 400, title: "The request query is not acceptable." },
  "token-missing": { status: 401, title: "Authentication is required." },
  "token-invalid": { status: 401, title: "The credentials could not be verified." },
  "access-denied": { status: 403, title: "Access to this resource is denied." },
  "federation-denied": { status: 403, title: "The service's identity provider refused this identity." },
  "method-not-allowed": { status: 405, title: "The method is not allowed for this resource." },
  "edge-misconfigured": { status: 500, title: "The edge is not configured correctly." },
  "origin-unavailable": { status: 502, title: "The service could not be reached." },
  "keys-unavailable": { status: 503, title: "Credentials cannot be verified right now." },
  "policy-unavailable": { status: 503, title: "Access policy is unavailable right now." },
  "federation-unavailable": { status: 503, title: "Credentials for the service cannot be obtained right now." },
});

/** A refusal with a stable client code and an internal reason for the log. */
export class EdgeError extends Error {
  constructor(code, reason, detail) {
    super(`${code}: ${reason}`);
    if (!Object.hasOwn(PROBLEMS, code)) throw new TypeError(`unknown problem code ${code}`);
    this.name = "EdgeError";
    this.code = code;
    this.reason = reason;
    this.detail = detail;
  }
  get status() {
    return PROBLEMS[this.code].status;
  }
}

/** Builds the application/problem+json response for a stable code. */
export function problemResponse(code, { requestId, traceId, allow } = {}) {
  const problem = PROBLEMS[code] ?? PROBLEMS["edge-misconfigured"];
  const body = {
    type: `urn:identity-fabric:problem:${code}`,
    title: problem.title,
    status: problem.status,
    code,
  };
  if (requestId) body.requestId = requestId;
  if (traceId) body.traceId = traceId;
  const headers = {
    "content-type": PROBLEM_CONTENT_TYPE,
    "cache-control": "no-store",
  };
  if (requestId) headers["x-request-id"] = requestId;
  if (problem.status === 401) headers["www-authenticate"] = 'Bearer realm="identity-fabric"';
  if (problem.status === 405 && allow) headers["allow"] = allow.join(", ");
  return new Response(JSON.stringify(body), { status: problem.status, headers });
}
