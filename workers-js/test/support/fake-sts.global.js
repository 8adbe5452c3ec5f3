// A fake AWS STS endpoint for the federation tests, bound on 127.0.0.1 in Node
// (vitest global setup) and reached from workerd over real HTTP. The first path
// segment names a test's scenario space (so tests never share call records), the
// second the behaviour:
//   POST /<space>/ok/<expires-unix-seconds>  → an AssumeRoleWithWebIdentityResponse
//   POST /<space>/throttle                   → 400 ErrorResponse, Code Throttling
//   POST /<space>/denied                     → 403 ErrorResponse, Code AccessDenied
//   POST /<space>/invalid-token              → 400 ErrorResponse, Code InvalidIdentityToken
//   POST /<space>/down                       → 503 with an HTML body, as a load balancer answers
//   POST /<space>/garbage                    → 200 with a body that is no STS answer
//   POST /<space>/hang                       → answers only after 1.5 s
//   GET  /__calls/<space>                    → the requests the space received, as JSON
// The answers use the shapes STS's Query API documents for the 2011-06-15 version.
import { createServer } from "node:http";
import { randomBytes } from "node:crypto";

const NS = "https://sts.amazonaws.com/doc/2011-06-15/";

/**
 * An AssumeRoleWithWebIdentityResponse for the request parameters `params`, credentials expiring at `expiresUnix`;
 * `record.issued` keeps the credentials it issued. Also used by the bundle tests, which answer STS in Node.
 */
export function success(params, expiresUnix, serial, record) {
  const role = params.get("RoleArn") ?? "";
  const session = params.get("RoleSessionName") ?? "";
  const roleName = role.split("/").pop();
  const account = role.split(":")[4] ?? "000000000000";
  const issued = {
    accessKeyId: `ASIAFAKE${String(serial).padStart(12, "0")}`,
    secretAccessKey: randomBytes(30).toString("base64"),
    sessionToken: randomBytes(96).toString("base64"),
  };
  // Kept so a test can check the origin's signature the way the service would.
  record.issued = issued;
  return `<AssumeRoleWithWebIdentityResponse xmlns="${NS}">
  <AssumeRoleWithWebIdentityResult>
    <SubjectFromWebIdentityToken>00u-subject</SubjectFromWebIdentityToken>
    <Audience>api://identity-fabric</Audience>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::${account}:assumed-role/${roleName}/${session}</Arn>
      <AssumedRoleId>AROAFAKEROLEID${serial}:${session}</AssumedRoleId>
    </AssumedRoleUser>
    <Credentials>
      <SessionToken>${issued.sessionToken}</SessionToken>
      <SecretAccessKey>${issued.secretAccessKey}</SecretAccessKey>
      <Expiration>${new Date(expiresUnix * 1000).toISOString().replace(/\.\d{3}Z$/, "Z")}</Expiration>
      <AccessKeyId>${issued.accessKeyId}</AccessKeyId>
    </Credentials>
    <Provider>arn:aws:iam::${account}:oidc-provider/idp.example.test/oauth2/default</Provider>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>${randomBytes(16).toString("hex")}</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;
}

function error(type, code, message) {
  return `<ErrorResponse xmlns="${NS}">
  <Error>
    <Type>${type}</Type>
    <Code>${code}</Code>
    <Message>${message}</Message>
  </Error>
  <RequestId>${randomBytes(16).toString("hex")}</RequestId>
</ErrorResponse>`;
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server.address().port)));
}

export default async function setup(project) {
  const calls = new Map();
  let serial = 0;
  const server = createServer((req, res) => {
    const [, space, behaviour, arg] = (req.url ?? "").split("/");
    if (req.method === "GET" && space === "__calls") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(calls.get(behaviour) ?? []));
      return;
    }
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => { body += chunk; });
    req.on("end", () => {
      const params = new URLSearchParams(body);
      const record = { method: req.method, contentType: req.headers["content-type"], params: Object.fromEntries(params) };
      calls.set(space, [...(calls.get(space) ?? []), record]);
      const xml = (status, text) => {
        res.writeHead(status, { "content-type": "text/xml" });
        res.end(text);
      };
      switch (behaviour) {
        case "ok":
          serial += 1;
          return xml(200, success(params, Number(arg), serial, record));
        case "throttle":
          return xml(400, error("Sender", "Throttling", "Rate exceeded"));
        case "denied":
          return xml(403, error("Sender", "AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity"));
        case "invalid-token":
          return xml(400, error("Sender", "InvalidIdentityToken", "Couldn't retrieve verification key from your identity provider"));
        case "down":
          res.writeHead(503, { "content-type": "text/html" });
          return res.end("<html><body>503 Service Unavailable</body></html>");
        case "garbage":
          res.writeHead(200, { "content-type": "text/plain" });
          return res.end("not an STS answer");
        case "hang":
          // Answers long after any caller's timeout, so the connection ends cleanly.
          setTimeout(() => xml(504, error("Receiver", "ServiceUnavailable", "late")), 1500).unref();
          return undefined;
        default:
          res.writeHead(404);
          return res.end();
      }
    });
  });
  const port = await listen(server);

  // A port that was just bound and released: connecting to it is refused.
  const closed = createServer();
  const closedPort = await listen(closed);
  await new Promise((resolve) => closed.close(resolve));

  project.provide("fakeStsUrl", `http://127.0.0.1:${port}`);
  project.provide("closedStsUrl", `http://127.0.0.1:${closedPort}`);
  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
}
