import { env, createExecutionContext } from "cloudflare:test";
import { describe, it, expect } from "vitest";
import worker from "../src/index.js";

describe("toolchain", () => {
  it("runs the Worker inside workerd with the wrangler bindings", async () => {
    const res = await worker.fetch(new Request("https://edge.example/x"), env, createExecutionContext());
    expect(env.POLICY_KV).toBeDefined();
    expect(res.status).toBe(503);
  });
});
