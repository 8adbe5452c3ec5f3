// AssumeRoleWithWebIdentity over fetch: an unsigned STS Query API call (the web
// identity token is the credential), answered in XML. workerd has no DOMParser,
// and the answer's shape is fixed, so the few elements needed are read directly.
// Errors are StsError with a kind: "denied" (STS refused this token or role),
// "unavailable" (unreachable, throttled, 5xx, timed out or an unreadable answer).

export const STS_VERSION = "2011-06-15";
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const ACCESS_KEY_ID = /^[A-Z0-9]{16,128}$/;
const MAX_RESPONSE_BYTES = 64 * 1024;

/** STS error codes that refuse the request itself: retrying the same token cannot succeed. */
const DENIED_CODES = new Set(["AccessDenied", "IDPRejectedClaim", "InvalidIdentityToken", "ExpiredTokenException"]);

export class StsError extends Error {
  /**
   * @param {"denied"|"unavailable"} kind
   * @param {string} reason stable, loggable: never contains a token or a credential
   * @param {{ status?: number, stsCode?: string }} [detail]
   */
  constructor(kind, reason, detail = {}) {
    super(`${kind}: ${reason}`);
    this.name = "StsError";
    this.kind = kind;
    this.reason = reason;
    this.status = detail.status;
    this.stsCode = detail.stsCode;
  }
}

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXmlText(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e) => {
    if (e[0] !== "#") return ENTITIES[e];
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The text of the first <name>...</name> inside `xml`, or undefined. */
export function xmlElement(xml, name) {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return match ? match[1] : undefined;
}

function textOf(xml, name) {
  const raw = xmlElement(xml, name);
  return raw === undefined ? undefined : decodeXmlText(raw.trim());
}

/**
 * Reads an AssumeRoleWithWebIdentityResponse document.
 * @returns {{ accessKeyId: string, secretAccessKey: string, sessionToken: string, expiration: number,
 *   assumedRoleArn?: string, subject?: string }}
 * @throws {StsError} unavailable, when the document is not a complete answer
 */
export function parseAssumeRoleResponse(xml) {
  const result = xmlElement(xml, "AssumeRoleWithWebIdentityResult");
  const credentials = result === undefined ? undefined : xmlElement(result, "Credentials");
  if (credentials === undefined) throw new StsError("unavailable", "sts-response-unreadable");
  const accessKeyId = textOf(credentials, "AccessKeyId");
  const secretAccessKey = textOf(credentials, "SecretAccessKey");
  const sessionToken = textOf(credentials, "SessionToken");
  const expiration = Date.parse(textOf(credentials, "Expiration") ?? "");
  if (!accessKeyId || !ACCESS_KEY_ID.test(accessKeyId) || !secretAccessKey || !sessionToken || !Number.isFinite(expiration)) {
    throw new StsError("unavailable", "sts-response-incomplete");
  }
  const assumedRole = xmlElement(result, "AssumedRoleUser");
  return {
    accessKeyId,
    secretAccessKey,
    sessionToken,
    expiration,
    assumedRoleArn: assumedRole === undefined ? undefined : textOf(assumedRole, "Arn"),
    subject: textOf(result, "SubjectFromWebIdentityToken"),
  };
}

/** Reads an STS ErrorResponse document: { type, code } (no message: it may echo request content). */
export function parseErrorResponse(xml) {
  const error = xmlElement(xml ?? "", "Error");
  if (error === undefined) return { type: undefined, code: undefined };
  return { type: textOf(error, "Type"), code: textOf(error, "Code") };
}

function classify(status, code) {
  if (code && DENIED_CODES.has(code)) return "denied";
  if (!code && (status === 401 || status === 403)) return "denied";
  // Throttling, IDPCommunicationError, 5xx, anything else: the service is not answering usefully now.
  return "unavailable";
}

async function readLimited(response) {
  const text = await response.text();
  if (text.length > MAX_RESPONSE_BYTES) throw new StsError("unavailable", "sts-response-too-large", { status: response.status });
  return text;
}

/**
 * Exchanges a web identity token for temporary credentials of `roleArn`.
 * @param {{ endpoint: string, roleArn: string, sessionName: string, token: string, durationSeconds: number,
 *   timeoutMs: number, fetch?: typeof fetch }} request
 */
export async function assumeRoleWithWebIdentity({ endpoint, roleArn, sessionName, token, durationSeconds, timeoutMs, fetch: send = globalThis.fetch }) {
  if (!SESSION_NAME.test(sessionName)) throw new TypeError("invalid role session name");
  // POST keeps the token out of the URL, which proxies and logs record.
  const body = new URLSearchParams({
    Action: "AssumeRoleWithWebIdentity",
    Version: STS_VERSION,
    RoleArn: roleArn,
    RoleSessionName: sessionName,
    WebIdentityToken: token,
    DurationSeconds: String(durationSeconds),
  });
  let response;
  try {
    response = await send(endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8", accept: "text/xml" },
      body: body.toString(),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const timedOut = err?.name === "TimeoutError" || err?.name === "AbortError";
    throw new StsError("unavailable", timedOut ? "sts-timeout" : "sts-unreachable");
  }
  let text;
  try {
    text = await readLimited(response);
  } catch (err) {
    if (err instanceof StsError) throw err;
    throw new StsError("unavailable", "sts-response-interrupted", { status: response.status });
  }
  if (response.status !== 200) {
    const { code } = parseErrorResponse(text);
    const kind = classify(response.status, code);
    throw new StsError(kind, code ? `sts-${code}` : `sts-http-${response.status}`, { status: response.status, stsCode: code });
  }
  return parseAssumeRoleResponse(text);
}
