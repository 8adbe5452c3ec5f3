// Helpers for the federation tests: the fake STS endpoint (Node, 127.0.0.1) and
// its call records, a cache key, and a FEDERATION_CONFIG.
import { env as workerEnv } from "cloudflare:test";
import { inject } from "vitest";
import { Federation } from "../../src/sts/federation.js";

export const ROLE_ARNS = {
  admin: "arn:aws:iam::222222222222:role/staging-admin-federated",
  "orders-reader": "arn:aws:iam::222222222222:role/staging-orders-reader-federated",
  "orders-writer": "arn:aws:iam::222222222222:role/staging-orders-writer-federated",
  "billing-admin": "arn:aws:iam::222222222222:role/staging-billing-admin-federated",
};

/** base64url of 32 bytes: test-only key material for STS_CACHE_KEY. */
export const CACHE_KEY = "c3RzLWNhY2hlLWtleS1mb3ItdGVzdHMtb25seS0wMDA";
export const OTHER_CACHE_KEY = "YW5vdGhlci1zdHMtY2FjaGUta2V5LTAwMDAwMDAwMDA";

let spaces = 0;

/** A fresh scenario space on the fake STS, so tests never read each other's calls. */
export function stsSpace(name) {
  spaces += 1;
  const base = inject("fakeStsUrl");
  const space = `${name}-${spaces}-${crypto.randomUUID().slice(0, 8)}`;
  return {
    space,
    /** The endpoint for one behaviour: "ok/<expires-unix>", "throttle", "denied", "down", ... */
    endpoint: (behaviour) => `${base}/${space}/${behaviour}`,
    calls: async () => (await fetch(`${base}/__calls/${space}`)).json(),
  };
}

export const closedStsUrl = () => inject("closedStsUrl");

/** FEDERATION_CONFIG for a mode and an STS endpoint. */
export function federationConfig(mode, stsEndpoint, extra = {}) {
  return { mode, stsEndpoint, region: "eu-west-1", service: "vpc-lattice-svcs", roleArnsByRole: ROLE_ARNS, ...extra };
}

/**
 * A FEDERATION service binding in a test: the federation Worker's Federation on the world's clock, over its own
 * bindings (its own CREDENTIALS_KV, the edge's ORIGIN_URL, `config`, a cache key; `overrides` replace them). What crosses the binding goes
 * through a structured clone, as it does over Workers RPC. `asks` records what the edge asked.
 */
export function federationBinding(world, config, overrides = {}) {
  const env = {
    CREDENTIALS_KV: workerEnv.CREDENTIALS_KV, ORIGIN_URL: world.env.ORIGIN_URL, FEDERATION_CONFIG: config, STS_CACHE_KEY: CACHE_KEY,
    ...overrides,
  };
  const federation = new Federation({ now: world.clock.now });
  const asks = [];
  return {
    asks,
    async signedHeaders(ask) {
      asks.push(structuredClone(ask));
      return structuredClone(await federation.signedHeaders(structuredClone(ask), env));
    },
  };
}

/** The edge's env of `world` with FEDERATION_CONFIG and a FEDERATION binding (see federationBinding). */
export function federationEnv(world, config, overrides = {}) {
  return { ...world.env, FEDERATION_CONFIG: config, FEDERATION: federationBinding(world, config, overrides) };
}
