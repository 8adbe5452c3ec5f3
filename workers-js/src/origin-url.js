// ORIGIN_URL, the mesh ingress both Workers work for: the edge forwards to it, the federation Worker signs for it.
import { EdgeError } from "./problem.js";

let originCache = { raw: undefined, origin: undefined };

/**
 * ORIGIN_URL checked once per binding value: its origin, its host and its path
 * without a trailing slash. All three are in the URL parser's serialized form, as
 * are a normalized request path and a parsed URL's search, so the forwarded URL is
 * their concatenation and needs no second parse.
 * @returns {{ origin: string, host: string, path: string }}
 * @throws {EdgeError} edge-misconfigured
 */
export function originOf(env) {
  const raw = env.ORIGIN_URL;
  if (raw === originCache.raw && originCache.origin) return originCache.origin;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new EdgeError("edge-misconfigured", "origin-url-invalid");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new EdgeError("edge-misconfigured", "origin-url-scheme");
  const origin = { origin: url.origin, host: url.host, path: url.pathname.replace(/\/+$/, "") };
  originCache = { raw, origin };
  return origin;
}
