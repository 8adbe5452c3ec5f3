// Keeps the compiled route policy in isolate memory and refreshes it from KV.
// The index is rebuilt only when the document's version changes. A policy that
// could not be re-read from KV keeps serving for maxStaleSeconds; after that, or
// when none was ever read, requests get 503 "policy-unavailable" — never a guess.
import { compilePolicy, PolicyError } from "./route-policy.js";
import { EdgeError } from "./problem.js";
import { logEvent } from "./log.js";

export const POLICY_REFRESH_SECONDS = 30;
export const POLICY_MAX_STALE_SECONDS = 900;

export class PolicyStore {
  #cached = null; // { key, policy, checkedAt }
  #pending = null;
  #now;
  #refresh;
  #maxStale;

  constructor({ now = () => Date.now(), refreshSeconds = POLICY_REFRESH_SECONDS, maxStaleSeconds = POLICY_MAX_STALE_SECONDS } = {}) {
    this.#now = now;
    this.#refresh = refreshSeconds * 1000;
    this.#maxStale = maxStaleSeconds * 1000;
  }

  /**
   * The compiled policy for a KV key when it was read within the refresh interval,
   * else null (then `get` reads or refreshes it). Synchronous: the common case
   * costs no promise.
   */
  fresh(kv, key) {
    const cached = this.#cached;
    if (!kv || cached === null || cached.key !== key) return null;
    return this.#now() - cached.checkedAt < this.#refresh ? cached.policy : null;
  }

  /**
   * The compiled policy for a KV key.
   * @throws {EdgeError} policy-unavailable
   */
  async get(kv, key, { environment, waitUntil, logFields } = {}) {
    if (!kv || typeof key !== "string" || key.length === 0) throw new EdgeError("edge-misconfigured", "policy-binding-missing");
    const cached = this.#cached?.key === key ? this.#cached : null;
    const age = cached ? this.#now() - cached.checkedAt : Infinity;
    if (age < this.#refresh) return cached.policy;
    if (age < this.#maxStale) {
      // Serve the known policy now; re-read it in the background.
      const refresh = this.#load(kv, key, environment, logFields);
      if (waitUntil) waitUntil(refresh);
      return cached.policy;
    }
    await this.#load(kv, key, environment, logFields);
    const fresh = this.#cached?.key === key ? this.#cached : null;
    if (!fresh || this.#now() - fresh.checkedAt >= this.#maxStale) {
      throw new EdgeError("policy-unavailable", fresh ? "policy-stale-beyond-bound" : "policy-not-loaded");
    }
    return fresh.policy;
  }

  #load(kv, key, environment, logFields) {
    if (!this.#pending) {
      this.#pending = this.#read(kv, key, environment, logFields).finally(() => {
        this.#pending = null;
      });
    }
    return this.#pending;
  }

  async #read(kv, key, environment, logFields) {
    const startedAt = this.#now();
    let text;
    try {
      text = await kv.get(key, "text");
    } catch (err) {
      logEvent("error", "policy.load", "policy-kv-read-failed", { ...logFields, policyKey: key, error: String(err?.message ?? err) });
      return;
    }
    if (text === null) {
      logEvent("error", "policy.load", "policy-missing", { ...logFields, policyKey: key });
      return;
    }
    try {
      const doc = JSON.parse(text);
      const current = this.#cached?.key === key ? this.#cached : null;
      if (current && current.policy.version === doc?.version) {
        current.checkedAt = startedAt;
        return;
      }
      const policy = compilePolicy(doc, { environment });
      this.#cached = { key, policy, checkedAt: startedAt };
      logEvent("info", "policy.load", "policy-version-loaded", { ...logFields, policyKey: key, version: policy.version });
    } catch (err) {
      const reason = err instanceof PolicyError ? err.reason : "policy-not-json";
      logEvent("error", "policy.load", reason, { ...logFields, policyKey: key });
    }
  }
}
