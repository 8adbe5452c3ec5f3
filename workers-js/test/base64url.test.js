// base64url as tokens, JWKS keys and secrets spell binary data: the native decoder takes exactly the alphabet
// without padding, and a length no base64 text can have is refused as atob would refuse it.
import { describe, expect, it } from "vitest";
import { base64UrlBytes, base64UrlText } from "../src/base64url.js";

const bytes = (...b) => Uint8Array.from(b);

describe("base64url decoding", () => {
  it("decodes every final chunk length and both characters of the URL alphabet", () => {
    expect([...base64UrlBytes("")]).toEqual([]);
    expect([...base64UrlBytes("-_8")]).toEqual([0xfb, 0xff]);
    expect([...base64UrlBytes("AAEC")]).toEqual([0, 1, 2]);
    expect([...base64UrlBytes("AAECAw")]).toEqual([0, 1, 2, 3]);
    expect([...base64UrlBytes("AAECAwQ")]).toEqual([0, 1, 2, 3, 4]);
  });

  it("refuses padding, the standard alphabet's + and /, whitespace and a length of 4n+1", () => {
    for (const text of ["AA==", "+/8", "AA EC", "AAECA", "A", null, 42]) {
      expect(() => base64UrlBytes(text), String(text)).toThrow(TypeError);
    }
  });

  it("refuses a length of 4n+1 even when the caller has checked the alphabet", () => {
    expect(() => base64UrlBytes("AAECA", true)).toThrow(TypeError);
    expect([...base64UrlBytes("AAECAw", true)]).toEqual([0, 1, 2, 3]);
  });

  it("encodes without padding, and decoding gives the bytes back", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const length of [0, 1, 2, 3, 31, 32, 33, 256]) {
      const text = base64UrlText(all.subarray(256 - length));
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect([...base64UrlBytes(text)]).toEqual([...all.subarray(256 - length)]);
    }
    expect(base64UrlText(bytes(0xfb, 0xff))).toBe("-_8");
  });
});
