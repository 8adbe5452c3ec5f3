// The whole chain on one machine, on loopback only: a fake OIDC IdP (JWKS), the real Worker bundle in workerd
// (Miniflare) with the route policy and bindings of the dev plan, the ingress proxy running the generated
// configuration, and two sample services that verify the identity assertion. Drives real HTTP through it and prints
// "N passed, N failed". Started by scripts/e2e.sh, which builds everything and stops every process on exit.
//
// Usage: node e2e/chain.mjs --plan PLAN.json --rotated-plan PLAN-EPOCH+1.json --work DIR --bin DIR
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, writeFileSync, renameSync } from "node:fs";
import { readFile } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const requireFromWorker = createRequire(path.join(here, "..", "workers-js", "package.json"));
const { Miniflare } = await import(pathToFileURL(requireFromWorker.resolve("miniflare")).href);
const jose = await import(pathToFileURL(requireFromWorker.resolve("jose")).href);

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, value, i, all) => (i % 2 === 0 ? [...pairs, [value.replace(/^--/, ""), all[i + 1]]] : pairs), []));
const LOOPBACK = "127.0.0.1";
const children = [];
const results = [];

// ---------- the dev plan: what `pulumi up` would create ----------
async function readPlan(file) {
  const plan = JSON.parse(await readFile(file, "utf8"));
  const of = (type) => plan.resources.filter((r) => r.type === type);
  const script = of("cloudflare:index/workersScript:WorkersScript")[0].inputs;
  const bindings = Object.fromEntries(script.bindings.map((b) => [b.name, b]));
  return {
    script,
    bindings,
    policy: of("cloudflare:index/workersKv:WorkersKv")[0].inputs,
    configParts: of("aws:ssm/parameter:Parameter").map((p) => p.inputs),
  };
}

const plan = await readPlan(args.plan);
const rotated = await readPlan(args["rotated-plan"]);
const origin = new URL(plan.bindings.ORIGIN_URL.text);
const auth = JSON.parse(plan.bindings.AUTH_CONFIG.json);
const okta = auth.identityProviders.find((p) => p.kind === "oidc");

// ---------- keys: the plan masks secrets, so the chain makes its own, under the plan's key ids ----------
const key = () => randomBytes(32).toString("base64url");
const keys = {};
for (const p of [plan, rotated]) {
  for (const slot of ["CURRENT", "PREVIOUS"]) keys[p.bindings[`SIGNING_KEY_${slot}_ID`].text] ??= key();
}
const keySet = (p, retired = []) => ({
  current: { id: p.bindings.SIGNING_KEY_CURRENT_ID.text, secret: keys[p.bindings.SIGNING_KEY_CURRENT_ID.text] },
  previous: { id: p.bindings.SIGNING_KEY_PREVIOUS_ID.text, secret: keys[p.bindings.SIGNING_KEY_PREVIOUS_ID.text] },
  ...(retired.length ? { retired } : {}),
});
function writeKeySet(document) {
  const file = path.join(args.work, "keys.json");
  writeFileSync(file + ".tmp", JSON.stringify(document));
  renameSync(file + ".tmp", file);
}

function workerBindings(p) {
  const values = {};
  for (const [name, b] of Object.entries(p.bindings)) {
    if (b.type === "plain_text") values[name] = b.text;
    else if (b.type === "json") values[name] = JSON.parse(b.json);
    else if (b.type === "secret_text") values[name] = name.startsWith("SIGNING_KEY_") ? keys[p.bindings[`${name}_ID`].text] : key();
  }
  return values;
}

// ---------- processes ----------
async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, LOOPBACK, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, name) {
  for (let i = 0; i < 600; i++) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, LOOPBACK, () => { socket.destroy(); resolve(true); });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not listen on ${port}`);
}

function start(name, command, argv) {
  const child = spawn(command, argv, { stdio: ["ignore", "inherit", "inherit"] });
  child.on("exit", (code, signal) => { if (!stopping) console.error(`${name} exited (${code ?? signal})`); });
  children.push(child);
  return child;
}

let stopping = false;
let mf;

// A deploy on Cloudflare swaps Worker versions without dropping requests in flight; Miniflare's setOptions restarts
// workerd, and a request dispatched into the restart fails in the harness, not in the Worker. So the front door
// holds new requests while a deploy waits for those in flight, then reloads: what a request meets is one version or
// the next, as on Cloudflare, and every response is still the Worker's own.
let deploying = null;
let inFlight = 0;
async function deploy(options) {
  deploying = (async () => {
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 2));
    await mf.setOptions(options);
  })();
  try {
    await deploying;
  } finally {
    deploying = null;
  }
}
let workerLog;
const servers = [];
async function stopAll() {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  for (const server of servers) server.close();
  if (mf) await mf.dispose().catch(() => {});
}
process.on("SIGINT", () => stopAll().then(() => process.exit(130)));
process.on("SIGTERM", () => stopAll().then(() => process.exit(143)));

// Forwards a request to a loopback port with its Host header as given (node:http, so Host is not rewritten).
function forward(port, request, body) {
  return new Promise((resolve, reject) => {
    const url = new URL(request.url);
    const headers = Object.fromEntries(request.headers);
    headers.host = url.host;
    const out = http.request({ host: LOOPBACK, port, method: request.method, path: url.pathname + url.search, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const responseHeaders = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) responseHeaders.set(k, Array.isArray(v) ? v.join(", ") : v);
        resolve(new Response(res.statusCode === 204 || res.statusCode === 304 ? null : Buffer.concat(chunks), { status: res.statusCode, headers: responseHeaders }));
      });
    });
    out.on("error", reject);
    out.end(body);
  });
}

// ---------- run ----------
try {
  mkdirSync(path.join(args.work, "config"), { recursive: true });
  for (const part of plan.configParts) {
    writeFileSync(path.join(args.work, "config", `${part.name.split("/").pop()}.json`), part.insecureValue);
  }
  writeKeySet(keySet(plan));
  workerLog = createWriteStream(path.join(args.work, "worker.log"));

  // Fake IdP: its JWKS at the path the catalog names; tokens are minted below with its private key.
  const idpKeys = await jose.generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await jose.exportJWK(idpKeys.publicKey)), kid: "idp-1", alg: "RS256", use: "sig" };
  const idpPort = await freePort();
  const idp = http.createServer((req, res) => {
    if (req.url === new URL(okta.jwksUrl).pathname) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [jwk] }));
    } else res.writeHead(404).end();
  }).listen(idpPort, LOOPBACK);
  servers.push(idp);

  const [ordersPort, customersPort, proxyPort, edgePort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const keyFile = path.join(args.work, "keys.json");
  start("customers", "dotnet", [path.join(args.bin, "service", "IdentityFabric.E2e.SampleService.dll"), "--name", "customers", "--port", `${customersPort}`, "--key-file", keyFile]);
  start("orders", "dotnet", [path.join(args.bin, "service", "IdentityFabric.E2e.SampleService.dll"), "--name", "orders", "--port", `${ordersPort}`, "--key-file", keyFile, "--calls", `http://${LOOPBACK}:${customersPort}`]);
  start("ingress-proxy", "dotnet", [path.join(args.bin, "proxy", "IdentityFabric.E2e.IngressProxy.dll"), "--listen", `${proxyPort}`, "--config", path.join(args.work, "config"),
    "--service", `orders=http://${LOOPBACK}:${ordersPort}`, "--service", `customers=http://${LOOPBACK}:${customersPort}`]);

  // The Worker: the bundle the plan deploys, its compatibility settings and bindings; the route policy written to KV.
  // Its outbound requests reach loopback only: the ingress hostname goes to the ingress proxy (the tunnel's job), the
  // IdP's JWKS to the fake IdP, anything else fails.
  const outboundService = async (request) => {
    const host = new URL(request.url).hostname;
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    if (host === origin.hostname) return forward(proxyPort, request, body);
    if (host === new URL(okta.jwksUrl).hostname) return forward(idpPort, request, body);
    return new Response("no route off this machine", { status: 502 });
  };
  const workerOptions = (p) => ({
    modules: true,
    scriptPath: p.script.contentFile,
    compatibilityDate: p.script.compatibilityDate,
    compatibilityFlags: p.script.compatibilityFlags,
    bindings: workerBindings(p),
    kvNamespaces: ["POLICY_KV"],
    outboundService,
    // The Worker's log lines (one JSON object per request) go to a file, so the report stays readable.
    handleRuntimeStdio(stdout, stderr) {
      stdout.pipe(workerLog, { end: false });
      stderr.pipe(workerLog, { end: false });
    },
  });
  mf = new Miniflare(workerOptions(plan));
  await mf.ready;
  await (await mf.getKVNamespace("POLICY_KV")).put(plan.policy.keyName, plan.policy.value);

  // The edge's front door: what Cloudflare does before the Worker (a hostname to the Worker), on loopback.
  const edge = http.createServer(async (req, res) => {
    try {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      while (deploying) await deploying.catch(() => {});
      inFlight++;
      let response;
      let text;
      try {
        response = await mf.dispatchFetch(`https://${req.headers.host}${req.url}`, {
          method: req.method, headers: req.headers, body: chunks.length ? Buffer.concat(chunks) : undefined, redirect: "manual",
        });
        text = Buffer.from(await response.arrayBuffer());
      } finally {
        inFlight--;
      }
      res.writeHead(response.status, Object.fromEntries(response.headers)).end(text);
    } catch (error) {
      res.writeHead(599).end(String(error));
    }
  }).listen(edgePort, LOOPBACK);
  servers.push(edge);

  await Promise.all([waitForPort(ordersPort, "orders"), waitForPort(customersPort, "customers"), waitForPort(proxyPort, "ingress proxy"), waitForPort(edgePort, "edge")]);

  // ---------- tokens and requests ----------
  const now = () => Math.floor(Date.now() / 1000);
  async function token({ sub = "00u-alice", groups = ["shop-customers"], email = "alice@example.com", exp = now() + 600, iat = now(), signWith = idpKeys.privateKey, kid = "idp-1", aud = okta.audiences[0] } = {}) {
    return new jose.SignJWT({ groups, email }).setProtectedHeader({ alg: "RS256", kid }).setIssuer(okta.issuer).setAudience(aud)
      .setSubject(sub).setIssuedAt(iat).setExpirationTime(exp).sign(signWith);
  }
  const traceId = () => randomBytes(16).toString("hex");
  const apiHost = plan.configParts.flatMap((p) => JSON.parse(p.insecureValue).routes).find((r) => r.id === "orders-read").hostname;

  function request(port, { host, method = "GET", path: target, headers = {} }) {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: LOOPBACK, port, method, path: target, headers: { host, ...headers } }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json;
          try { json = JSON.parse(text); } catch { json = undefined; }
          resolve({ status: res.statusCode, headers: res.headers, text, json });
        });
      });
      req.on("error", reject);
      req.end();
    });
  }
  const viaEdge = (target, headers = {}, method = "GET") => request(edgePort, { host: apiHost, method, path: target, headers });

  async function check(name, fn) {
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`  ok   ${name}`);
    } catch (error) {
      results.push({ name, ok: false });
      console.log(`  FAIL ${name}: ${error.message}`);
    }
  }
  const expect = (condition, message) => { if (!condition) throw new Error(message); };

  console.log("== end-to-end chain (loopback): IdP -> Worker (workerd) -> ingress proxy -> orders -> customers");

  await check("allowed route: the service sees the verified subject, roles and trace id, and passes the trace on", async () => {
    const trace = traceId();
    const r = await viaEdge("/api/orders/42?expand=items", { authorization: `Bearer ${await token()}`, traceparent: `00-${trace}-${randomBytes(8).toString("hex")}-01` });
    expect(r.status === 200, `status ${r.status}: ${r.text}`);
    expect(r.json.service === "orders", `reached ${r.json.service}`);
    expect(r.json.subject === `user:${okta.name}:00u-alice`, `subject ${r.json.subject}`);
    expect(JSON.stringify(r.json.roles) === JSON.stringify(["customer"]), `roles ${r.json.roles}`);
    expect(r.json.traceId === trace, `trace id ${r.json.traceId}, sent ${trace}`);
    expect(r.json.forwardedHost === apiHost, `x-forwarded-host ${r.json.forwardedHost}`);
    expect(r.json.downstream?.service === "customers", "the call to customers did not happen");
    expect(r.json.downstream.traceparent.split("-")[1] === trace, `customers saw trace ${r.json.downstream.traceparent}`);
  });

  await check("denied role: 403 at the edge, problem+json, nothing forwarded", async () => {
    const r = await viaEdge("/api/orders/42", { authorization: `Bearer ${await token({ groups: ["finance"] })}` });
    expect(r.status === 403, `status ${r.status}: ${r.text}`);
    expect(String(r.headers["content-type"]).startsWith("application/problem+json"), `content-type ${r.headers["content-type"]}`);
    expect(r.json?.service === undefined, "a service answered");
  });

  await check("spoofed identity headers never reach a service", async () => {
    const r = await viaEdge("/api/orders/7", {
      authorization: `Bearer ${await token()}`,
      "x-fabric-subject": "00u-mallory", "x-fabric-roles": "admin", "x-fabric-signature": "A".repeat(43),
      "x-forwarded-user": "mallory", "x-forwarded-host": "admin.dev.example.com", "x-amzn-oidc-identity": "mallory",
    });
    expect(r.status === 200, `status ${r.status}: ${r.text}`);
    expect(r.json.subject === `user:${okta.name}:00u-alice`, `subject ${r.json.subject}`);
    expect(!r.json.roles.includes("admin"), `roles ${r.json.roles}`);
    expect(r.json.forwardedHost === apiHost, `x-forwarded-host ${r.json.forwardedHost}`);
    const seen = JSON.stringify(r.json.identityHeaders);
    expect(!seen.includes("mallory") && !seen.includes("x-forwarded-user"), `the service saw ${seen}`);
  });

  await check("no token, expired token, forged token, wrong audience: 401 at the edge", async () => {
    const stranger = await jose.generateKeyPair("RS256");
    const cases = {
      none: {},
      expired: { authorization: `Bearer ${await token({ iat: now() - 3600, exp: now() - 1800 })}` },
      forged: { authorization: `Bearer ${await token({ signWith: stranger.privateKey })}` },
      audience: { authorization: `Bearer ${await token({ aud: "api://someone-else" })}` },
      unsigned: { authorization: `Bearer ${jose.base64url.encode(JSON.stringify({ alg: "none", kid: "idp-1" }))}.${jose.base64url.encode(JSON.stringify({ sub: "x", iss: okta.issuer, aud: okta.audiences[0], exp: now() + 60, groups: ["platform-admins"] }))}.` },
    };
    for (const [name, headers] of Object.entries(cases)) {
      const r = await viaEdge("/api/orders/42", headers);
      expect(r.status === 401, `${name}: status ${r.status}: ${r.text}`);
    }
  });

  await check("straight to the ingress without the edge's signature: refused", async () => {
    const base = { "x-forwarded-host": apiHost, "x-request-id": "r-1", traceparent: `00-${traceId()}-${randomBytes(8).toString("hex")}-01` };
    const unsigned = await request(proxyPort, { host: origin.host, path: "/api/orders/42", headers: base });
    expect(unsigned.status === 404 && unsigned.headers["x-ingress-decision"] === "no-route", `unsigned: status ${unsigned.status}`);
    const forged = await request(proxyPort, { host: origin.host, path: "/api/orders/42", headers: {
      ...base, "x-fabric-version": "1", "x-fabric-subject": "00u-mallory", "x-fabric-roles": "customer", "x-fabric-timestamp": `${now()}`,
      "x-fabric-key-id": plan.bindings.SIGNING_KEY_CURRENT_ID.text, "x-fabric-signature": "A".repeat(43) } });
    expect(forged.status === 401, `forged assertion: status ${forged.status}: ${forged.text}`);
    const wrongRoute = await request(proxyPort, { host: origin.host, path: "/api/orders/42", method: "DELETE", headers: base });
    expect(wrongRoute.status === 404, `a method no route allows: status ${wrongRoute.status}`);
  });

  await check("signing key rotated (epoch + 1) mid-run: no failed request", async () => {
    const statuses = [];
    const keyIds = new Set();
    let rotating = true;
    const bearer = `Bearer ${await token()}`;
    const client = async () => {
      while (rotating) {
        const r = await viaEdge(`/api/orders/${statuses.length}`, { authorization: bearer });
        statuses.push(r.status);
        if (r.json?.keyId) keyIds.add(r.json.keyId);
      }
    };
    const clients = [client(), client(), client()];
    await new Promise((r) => setTimeout(r, 1000));
    // Verifiers learn the new key set first, then the Worker signs with the new key (contract §5).
    writeKeySet(keySet(rotated, [plan.bindings.SIGNING_KEY_PREVIOUS_ID.text]));
    await new Promise((r) => setTimeout(r, 1000));
    await deploy(workerOptions(rotated));
    await new Promise((r) => setTimeout(r, 1500));
    rotating = false;
    await Promise.all(clients);
    const failed = statuses.filter((s) => s !== 200);
    expect(statuses.length >= 10, `only ${statuses.length} requests`);
    expect(failed.length === 0, `${failed.length} of ${statuses.length} failed: ${[...new Set(failed)]}`);
    expect(keyIds.has(plan.bindings.SIGNING_KEY_CURRENT_ID.text) && keyIds.has(rotated.bindings.SIGNING_KEY_CURRENT_ID.text), `key ids seen: ${[...keyIds]}`);
    console.log(`       ${statuses.length} requests across the rotation, key ids ${[...keyIds].join(" then ")}`);
  });
} catch (error) {
  console.error(`the chain did not start: ${error.stack ?? error}`);
  results.push({ name: "start", ok: false });
} finally {
  await stopAll();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
