// AssumeRoleWithWebIdentity against a fake STS bound on 127.0.0.1: the request
// STS receives, the documented XML answers, and how every failure is classified.
import { describe, expect, it } from "vitest";
import { assumeRoleWithWebIdentity, parseAssumeRoleResponse, StsError } from "../src/sts/assume-role.js";
import { closedStsUrl, ROLE_ARNS, stsSpace } from "./support/sts.js";

const TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIwMHUtYWxpY2UifQ.c2lnbmF0dXJl";
const EXPIRES = Date.UTC(2026, 4, 1, 12, 15, 0);

function call(endpoint, overrides = {}) {
  return assumeRoleWithWebIdentity({
    endpoint, roleArn: ROLE_ARNS.admin, sessionName: "fabric-0123456789abcdef", token: TOKEN,
    durationSeconds: 900, timeoutMs: 2000, ...overrides,
  });
}

async function failure(promise) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error("expected the call to fail");
}

describe("AssumeRoleWithWebIdentity", () => {
  it("posts the documented Query API parameters, unsigned, with the token in the body", async () => {
    const sts = stsSpace("params");
    await call(sts.endpoint(`ok/${EXPIRES / 1000}`));
    const [received] = await sts.calls();
    expect(received.method).toBe("POST");
    expect(received.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(received.params).toEqual({
      Action: "AssumeRoleWithWebIdentity", Version: "2011-06-15", RoleArn: ROLE_ARNS.admin,
      RoleSessionName: "fabric-0123456789abcdef", WebIdentityToken: TOKEN, DurationSeconds: "900",
    });
  });

  it("reads the credentials, their expiry and the assumed role from the XML answer", async () => {
    const sts = stsSpace("answer");
    const credentials = await call(sts.endpoint(`ok/${EXPIRES / 1000}`));
    const [{ issued }] = await sts.calls();
    expect(credentials).toEqual({
      ...issued,
      expiration: EXPIRES,
      assumedRoleArn: "arn:aws:sts::222222222222:assumed-role/staging-admin-federated/fabric-0123456789abcdef",
      subject: "00u-subject",
    });
  });

  it.each([
    ["throttle", "unavailable", "sts-Throttling"],
    ["down", "unavailable", "sts-http-503"],
    ["garbage", "unavailable", "sts-response-unreadable"],
    ["denied", "denied", "sts-AccessDenied"],
    ["invalid-token", "denied", "sts-InvalidIdentityToken"],
  ])("classifies %s as %s (%s)", async (behaviour, kind, reason) => {
    const err = await failure(call(stsSpace(behaviour).endpoint(behaviour)));
    expect(err).toBeInstanceOf(StsError);
    expect(err.kind).toBe(kind);
    expect(err.reason).toBe(reason);
    expect(err.message).not.toContain(TOKEN);
  });

  it("gives up on an STS that does not answer within the timeout", async () => {
    const started = Date.now();
    const err = await failure(call(stsSpace("hang").endpoint("hang"), { timeoutMs: 150 }));
    expect(err).toMatchObject({ kind: "unavailable", reason: "sts-timeout" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("reports an endpoint that refuses connections as unreachable", async () => {
    const err = await failure(call(`${closedStsUrl()}/`));
    expect(err).toMatchObject({ kind: "unavailable", reason: "sts-unreachable" });
  });

  it("refuses an invalid role session name before calling anyone", async () => {
    await expect(call("http://127.0.0.1:9/", { sessionName: "has space" })).rejects.toThrow(TypeError);
  });
});

describe("reading STS answers", () => {
  const answer = (credentials) => `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult><Credentials>${credentials}</Credentials></AssumeRoleWithWebIdentityResult>
</AssumeRoleWithWebIdentityResponse>`;

  it("decodes XML character references in values", () => {
    const parsed = parseAssumeRoleResponse(answer(
      "<AccessKeyId>ASIAEXAMPLE000000001</AccessKeyId><SecretAccessKey>a&amp;b&#x2F;c&#43;d</SecretAccessKey>"
      + "<SessionToken>tok&lt;en&gt;</SessionToken><Expiration>2026-05-01T12:15:00Z</Expiration>"));
    expect(parsed.secretAccessKey).toBe("a&b/c+d");
    expect(parsed.sessionToken).toBe("tok<en>");
  });

  it.each([
    ["no credentials", "<AccessKeyId>ASIAEXAMPLE000000001</AccessKeyId>"],
    ["no expiry", "<AccessKeyId>ASIAEXAMPLE000000001</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken>"],
    ["a malformed key id", "<AccessKeyId>not a key</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2026-05-01T12:15:00Z</Expiration>"],
  ])("refuses an answer with %s", (_name, credentials) => {
    expect(() => parseAssumeRoleResponse(answer(credentials))).toThrow(StsError);
  });

  it("refuses an error document served with status 200", () => {
    expect(() => parseAssumeRoleResponse("<ErrorResponse><Error><Code>Throttling</Code></Error></ErrorResponse>")).toThrow(StsError);
  });
});
