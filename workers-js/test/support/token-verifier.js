// The token verifier as the JWKS and verification suites drive it: a stub JWKS endpoint per URL, a controllable
// clock, and each verification's outcome read as the refusal's code and internal reason.
import { expect } from "vitest";
import { JwksCache } from "../../src/jwks-cache.js";
import { EdgeError } from "../../src/problem.js";
import { verifyToken } from "../../src/verify-token.js";
import { makeClock, makeJwksEndpoint } from "./harness.js";

/** A verifier for `config` whose JWKS cache fetches `keySets` ({ [url]: key[] }) on its own clock, over `kv` if given. */
export function makeVerifier(config, keySets, { kv } = {}) {
  const clock = makeClock();
  const endpoint = makeJwksEndpoint(keySets);
  const jwks = new JwksCache({ now: clock.now, fetch: endpoint.fetch, kv });
  const verify = (token, source = "oidc") => verifyToken({ token, source }, config, jwks, { now: clock.now() });
  return { clock, endpoint, jwks, verify };
}

/** "accepted", or "code/reason" of the EdgeError that refused; any other error fails the test. */
export async function reasonOf(promise) {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(EdgeError);
    return `${err.code}/${err.reason}`;
  }
  return "accepted";
}
