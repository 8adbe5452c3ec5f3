// The forwarded URL is put together from already-serialized parts (the origin,
// the normalized path, the parsed query) instead of being parsed a second time.
// These tests hold that shortcut to what a parse would give, including for an
// origin with a base path and for spellings the URL parser rewrites.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { signAssertion } from "../src/assertion.js";
import { ctx, edgeRequest, makeKey, makeWorld, mintToken } from "./support/harness.js";

let keys;
beforeAll(async () => {
  keys = { oidc: await makeKey("RS256", "okta-rsa-1"), access: await makeKey("RS256", "access-rsa-1") };
});

const ORIGINS = [
  "https://ingress.mesh.example.test",
  "https://Ingress.Mesh.Example.Test:443/",
  "http://ingress.mesh.example.test:8080/base//",
  "https://ingress.mesh.example.test/a%2eb/x y/",
];

// Raw request spellings: percent-escapes, sub-delimiters, dot segments, ";" parameters,
// non-ASCII, and queries with characters the parser escapes or leaves alone.
const SPELLINGS = [
  "/public/a.css",
  "/public/./x/../A%41/;p=1/",
  "/public//d%C3%A9j%C3%A0 vu/it's(1)*!~$&+,=:@",
  "/public/%7Bx%7D/{y}/`z`/^|",
  "/public/q?a=1&b=%zz&c=\"<'>\"&d=é&e=a b",
  "/public/q?",
  "/public/q?#frag",
  "/status?x=%2F%3F",
];

describe("forwarded URL", () => {
  it.each(ORIGINS)("is exactly what the URL parser would write, behind origin %s", async (origin) => {
    const world = await makeWorld({ keys });
    const testEnv = { ...world.env, ORIGIN_URL: origin };
    for (const spelling of SPELLINGS) {
      const { url } = await world.edge.prepare(edgeRequest(spelling), testEnv, ctx());
      expect(url, spelling).toBe(new URL(url).href);
      expect(new URL(url).origin, spelling).toBe(new URL(origin).origin);
    }
  });

  it.each(ORIGINS)("carries an assertion signed over the host, path and query a parser reads from it, behind origin %s", async (origin) => {
    const world = await makeWorld({ keys });
    const testEnv = { ...world.env, ORIGIN_URL: origin };
    const token = await mintToken(world.oidcKey, { now: world.clock.now(), claims: { groups: ["okta-orders"] } });
    const request = edgeRequest("/api/Orders/./42/%C3%A9;v=2?expand=it ems&x='1'", { headers: { authorization: `Bearer ${token}` } });
    const { url, headers } = await world.edge.prepare(request, testEnv, ctx());
    const parsed = new URL(url);
    const expected = await signAssertion({
      method: "GET", host: parsed.host, path: parsed.pathname + parsed.search,
      identity: { subject: "user:okta:00u-alice", roles: ["orders-reader", "orders-writer"] },
      timestamp: Math.floor(world.clock.now() / 1000),
      key: { id: env.SIGNING_KEY_CURRENT_ID, secret: env.SIGNING_KEY_CURRENT },
    });
    expect(headers.get("x-fabric-signature")).toBe(expected["x-fabric-signature"]);
    expect(parsed.pathname.endsWith("/api/Orders/42/%C3%A9")).toBe(true);
  });
});
