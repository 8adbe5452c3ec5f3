// SigV4 on the origin request: the AWS Signature Version 4 test suite's answers,
// the headers VPC Lattice needs, and the removal of client-chosen x-amz-* headers.
import { AwsV4Signer } from "aws4fetch";
import { describe, expect, it } from "vitest";
import { applySignature } from "../src/federation-client.js";
import { sigV4Headers, UNSIGNED_PAYLOAD } from "../src/sts/sigv4.js";
import { EMPTY_SHA256, parseAuthorization, referenceSignature } from "./support/sigv4-reference.js";

// The AWS SigV4 test suite's credentials, date, region and service.
const SUITE = {
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
  datetime: "20150830T123600Z",
  region: "us-east-1",
  service: "service",
};
const SUITE_CREDENTIAL = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date";

describe("the AWS SigV4 test suite", () => {
  it.each([
    ["get-vanilla", "GET", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"],
    ["post-vanilla", "POST", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"],
  ])("%s: the edge's signer gives the published Authorization header", async (_name, method, signature) => {
    const headers = await sigV4Headers({ ...SUITE, method, url: "https://example.amazonaws.com/", payloadHash: null });
    expect(headers.authorization).toBe(`${SUITE_CREDENTIAL}, Signature=${signature}`);
    expect(headers["x-amz-date"]).toBe("20150830T123600Z");
    expect(headers["x-amz-security-token"]).toBeUndefined();
  });

  it.each([
    ["get-vanilla", "GET", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"],
    ["post-vanilla", "POST", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"],
  ])("%s: the tests' reference computation gives it too", async (_name, method, signature) => {
    const computed = await referenceSignature({
      method, url: "https://example.amazonaws.com/", headers: { host: "example.amazonaws.com", "x-amz-date": SUITE.datetime },
      signedHeaders: ["host", "x-amz-date"], payloadHash: EMPTY_SHA256, datetime: SUITE.datetime, region: SUITE.region,
      service: SUITE.service, secretAccessKey: SUITE.credentials.secretAccessKey,
    });
    expect(computed).toBe(signature);
  });
});

describe("signing for VPC Lattice", () => {
  const temporary = { ...SUITE.credentials, accessKeyId: "ASIAEXAMPLE000000001", sessionToken: "FwoGZXIvYXdzEXAMPLE//token+=" };

  it("signs host and the x-amz-* headers with UNSIGNED-PAYLOAD and the session token, and the service can check it", async () => {
    const url = "https://orders-prod-0a1b2c3d.7d67968.vpc-lattice-svcs.eu-west-1.on.aws/api/orders/42?expand=items&a=b%20c";
    const headers = await sigV4Headers({ method: "GET", url, credentials: temporary, region: "eu-west-1", service: "vpc-lattice-svcs", datetime: "20260501T120000Z" });
    const auth = parseAuthorization(headers.authorization);
    expect(auth).toMatchObject({
      accessKeyId: "ASIAEXAMPLE000000001", date: "20260501", region: "eu-west-1", service: "vpc-lattice-svcs",
      signedHeaders: ["host", "x-amz-content-sha256", "x-amz-date", "x-amz-security-token"],
    });
    expect(headers["x-amz-content-sha256"]).toBe(UNSIGNED_PAYLOAD);
    expect(headers["x-amz-security-token"]).toBe(temporary.sessionToken);
    const expected = await referenceSignature({
      method: "GET", url, headers: { host: new URL(url).host, ...headers }, signedHeaders: auth.signedHeaders,
      payloadHash: UNSIGNED_PAYLOAD, datetime: "20260501T120000Z", region: "eu-west-1", service: "vpc-lattice-svcs",
      secretAccessKey: temporary.secretAccessKey,
    });
    expect(auth.signature).toBe(expected);
  });

  it("changes the signature when the path, the method or the secret changes", async () => {
    const base = { method: "GET", url: "https://svc.example.on.aws/a", credentials: temporary, region: "eu-west-1", service: "vpc-lattice-svcs", datetime: "20260501T120000Z" };
    const sig = async (r) => parseAuthorization((await sigV4Headers(r)).authorization).signature;
    const original = await sig(base);
    expect(await sig({ ...base, url: "https://svc.example.on.aws/b" })).not.toBe(original);
    expect(await sig({ ...base, method: "DELETE" })).not.toBe(original);
    expect(await sig({ ...base, credentials: { ...temporary, secretAccessKey: "another-secret" } })).not.toBe(original);
  });

  it("drops every authorization and x-amz-* header the client sent before signing", () => {
    const outbound = new Headers({
      authorization: "AWS4-HMAC-SHA256 forged", "x-amz-content-sha256": "0000", "X-Amz-Security-Token": "stolen",
      "x-amz-date": "20000101T000000Z", "x-amz-meta-note": "client", "content-type": "application/json",
    });
    applySignature(outbound, { authorization: "AWS4-HMAC-SHA256 real", "x-amz-date": "20260501T120000Z", "x-amz-content-sha256": UNSIGNED_PAYLOAD });
    expect(Object.fromEntries(outbound)).toEqual({
      authorization: "AWS4-HMAC-SHA256 real", "x-amz-date": "20260501T120000Z", "x-amz-content-sha256": UNSIGNED_PAYLOAD,
      "content-type": "application/json",
    });
  });
});

describe("the edge's signer against aws4fetch (the client the edge signed with before, as a second opinion)", () => {
  // Paths and queries of every shape the origin may receive: encoded and reserved characters, repeated slashes,
  // repeated and empty parameters, non-ASCII, and the characters encodeURIComponent leaves alone.
  const paths = ["/", "/api/orders/42", "//a///b/", "/a%20b/c+d", "/%E2%82%AC/x", "/!'()*/~._-", "/a%2Fb", "/%25", "/ü/é"];
  const queries = ["", "?a=b", "?b=2&a=1&a=0", "?=x&k=", "?q=a%20b+c", "?x=!'()*&y=%E2%82%AC", "?k&k=v", "?z=1&Z=2"];
  const credentialsList = [
    { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
    { accessKeyId: "ASIAEXAMPLE000000001", secretAccessKey: "s3cr3t", sessionToken: "FwoGZXIvYXdzEXAMPLE//token+=" },
  ];

  it("gives the same headers for every path, query, method, payload hash and credential combination", async () => {
    let compared = 0;
    for (const path of paths) {
      for (const query of queries) {
        for (const [i, credentials] of credentialsList.entries()) {
          const method = i === 0 ? "GET" : "post";
          const payloadHash = i === 0 ? UNSIGNED_PAYLOAD : null;
          const url = `https://svc-0a1b.7d67968.vpc-lattice-svcs.eu-west-1.on.aws${path}${query}`;
          const ours = await sigV4Headers({ method, url, credentials, region: "eu-west-1", service: "vpc-lattice-svcs", datetime: "20260501T120000Z", payloadHash });
          const headers = new Headers();
          if (payloadHash !== null) headers.set("x-amz-content-sha256", payloadHash);
          const reference = await new AwsV4Signer({
            method, url, headers, ...credentials, region: "eu-west-1", service: "vpc-lattice-svcs", datetime: "20260501T120000Z",
          }).sign();
          expect(ours, `${method} ${path}${query}`).toEqual(Object.fromEntries(reference.headers));
          compared++;
        }
      }
    }
    expect(compared).toBe(paths.length * queries.length * credentialsList.length);
  });
});
