import { describe, expect, it } from "vitest";
import { asciiLower, encodeSegment, normalizePath, normalizePathBySegments } from "../src/normalize-path.js";
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
  it("folds only ASCII letters, and refuses the Kelvin sign, which a folding origin reads as a k", () => {
    expect(asciiLower("/ADMIN/\u212Aey")).toBe("/admin/\u212Aey");
    expect(() => normalizePath("/%E2%84%AAey")).toThrow(EdgeError);
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

describe("the plain-path shortcut", () => {
  const outcome = (fn, raw) => {
    try {
      return fn(raw);
    } catch (err) {
      expect(err).toBeInstanceOf(EdgeError);
      return { refused: err.reason };
    }
  };

  // Pieces that put a path on either side of the shortcut: dot segments, empty
  // segments, escapes (decodable, structural, malformed), parameters, letter case,
  // characters that are re-encoded, and plain segments.
  const PIECES = ["/", "/", "/", "a", "B", "x.css", ".", "..", "...", ".well-known", "%41", "%2F", "%2e", "%2E%2E", "%zz",
    ";p=1", "~", "*", "'", "(", "$", "&", "+", ",", "=", ":", "@", "!", "é", " ", "%C3%A9", "{", "|", "\\", "?", "-", "_"];

  function* paths(count) {
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let i = 0; i < count; i++) {
      let raw = "/";
      const length = next() % 9;
      for (let j = 0; j < length; j++) raw += PIECES[next() % PIECES.length];
      yield raw;
    }
  }

  it("gives what the segment walk gives, for the shared fixture and thousands of generated spellings", () => {
    const raws = [...fixture.normalization.map((c) => c.raw), ...paths(5000)];
    let plain = 0;
    for (const raw of raws) {
      const fast = outcome(normalizePath, raw);
      expect(fast, raw).toEqual(outcome(normalizePathBySegments, raw));
      if (fast.path === raw) plain++;
    }
    expect(plain).toBeGreaterThan(500); // the comparison covers the shortcut, not only the walk
  });

  it("keeps a plain path as it is and matches it lower-cased, with or without a trailing slash", () => {
    expect(normalizePath("/Api/Orders/42/")).toEqual({ path: "/Api/Orders/42/", key: "/api/orders/42", segments: ["api", "orders", "42"] });
    expect(normalizePath("/")).toEqual({ path: "/", key: "/", segments: [] });
    expect(normalizePath("/a/./b/../c")).toEqual({ path: "/a/c", key: "/a/c", segments: ["a", "c"] });
  });
});

