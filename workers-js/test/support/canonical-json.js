// The canonical JSON of contracts/route-policy.md: object keys in ordinal order,
// no whitespace, JSON string escaping; the version is its SHA-256 in hex.
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export async function policyVersion(docWithoutVersion) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonicalJson(docWithoutVersion)));
  return "sha256:" + [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
