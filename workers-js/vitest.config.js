import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Two projects. "workerd": the Worker's modules, inside workerd, against the same wrangler config that deploys
// (secrets never live in wrangler.jsonc, so test-only key material is bound here). "bundles": the built bundles of
// the edge and the federation Worker together in Miniflare, from Node (test-bundles/).
export default defineConfig({
  test: {
    // The Worker logs every decision; show those lines only for failing tests.
    silent: "passed-only",
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.jsonc" },
            miniflare: {
              // The federation Worker's own namespace, for the federation tests (wrangler.federation.jsonc).
              kvNamespaces: ["CREDENTIALS_KV"],
              bindings: {
                ENVIRONMENT: "test",
                SIGNING_KEY_CURRENT: "dGVzdC1jdXJyZW50LXNpZ25pbmcta2V5LTAwMDAwMDA",
                SIGNING_KEY_PREVIOUS: "dGVzdC1wcmV2aW91cy1zaWduaW5nLWtleS0wMDAwMDA",
              },
            },
          }),
        ],
        test: {
          name: "workerd",
          include: ["test/**/*.test.js"],
          // The fake STS endpoint of the federation tests listens on 127.0.0.1 in Node.
          globalSetup: ["./test/support/fake-sts.global.js"],
          silent: "passed-only",
        },
      },
      {
        test: {
          name: "bundles",
          include: ["test-bundles/**/*.test.js"],
          environment: "node",
          globalSetup: ["./test-bundles/build.global.js"],
          silent: "passed-only",
        },
      },
    ],
  },
});
