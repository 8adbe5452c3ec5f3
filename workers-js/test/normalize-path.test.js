import { describe, expect, it } from "vitest";
import { asciiLower, encodeSegment, normalizePath } from "../src/normalize-path.js";
import { EdgeError } from "../src/problem.js";
import { fixture } from "./support/harness.js";

describe("path normalization (shared fixture)", () => {
  const accepted = fixture.normalization.filter((c) => !c.reject);
  const rejected = fixture.normalization.filter((c) => c.reject);

  it.each(accepted.map((c) => [c.raw, c]))("%s has one canonical spelling", (_raw, c) => {
    const { path, key } = normalizePath(c.raw);
    expect(path).toBe(c.path);
    expect(key).toBe(c.key);
  });

  it.each(rejected.map((c) => [c.raw.slice(0, 40), c]))("%s is refused as ambiguous or malformed", (_raw, c) => {
    let thrown;
    try {
      normalizePath(c.raw);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(EdgeError);
    expect(thrown.code).toBe("path-invalid");
    expect(thrown.reason).toBe(c.reject);
  });
});

describe("path normalization rules", () => {
  it("folds only ASCII letters, so the Kelvin sign never aliases a k", () => {
    expect(asciiLower("/ADMIN/\u212Aey")).toBe("/admin/\u212Aey");
    expect(normalizePath("/%E2%84%AAey").key).not.toBe("/key");
  });

  it("re-encodes decoded segments so the forwarded path cannot change structure", () => {
    expect(encodeSegment("a b?c#d")).toBe("a%20b%3Fc%23d");
    expect(normalizePath("/x/a%3Fb%23c").path).toBe("/x/a%3Fb%23c");
  });

  it("normalizing a normalized path changes nothing", () => {
    for (const c of fixture.normalization.filter((n) => !n.reject)) {
      const once = normalizePath(c.raw);
      const twice = normalizePath(once.path);
      expect(twice.path).toBe(once.path);
      expect(twice.key).toBe(once.key);
    }
  });
});
