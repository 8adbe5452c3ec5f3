// SHA-256 for the federation: cache ids, role session names and SigV4's canonical request.
import { createHash } from "node:crypto";

/** Lowercase hex of the SHA-256 of a text's UTF-8 bytes (node:crypto: synchronous). */
export function sha256Hex(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
