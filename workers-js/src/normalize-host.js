// One spelling per request host, so a host-scoped route cannot be missed by writing its
// host another way: lower case, without the trailing dots DNS allows ("admin.example.test."
// is admin.example.test). The URL parser has already applied IDNA (fullwidth letters and
// dots, percent-escapes, punycode). A host with an empty label is refused.
import { EdgeError } from "./problem.js";

const MAX_HOST_LENGTH = 253;

/**
 * The host routes are selected by and that is forwarded as x-forwarded-host.
 * @param {string} hostname URL.hostname (no port)
 * @throws {EdgeError} host-invalid
 */
export function normalizeHost(hostname) {
  let host = hostname;
  if (host.endsWith(".")) host = host.replace(/\.+$/, "");
  if (/[A-Z]/.test(host)) host = host.toLowerCase();
  if (host.length === 0 || host.length > MAX_HOST_LENGTH) throw new EdgeError("host-invalid", "host-empty-or-too-long");
  if (host[0] === "." || host.includes("..")) throw new EdgeError("host-invalid", "host-empty-label");
  return host;
}
