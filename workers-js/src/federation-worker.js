// The federation Worker (contracts/worker-bindings.md, "STS federation bindings"): reached only through the edge's
// FEDERATION service binding, it holds STS_CACHE_KEY, talks to STS and signs the edge's origin requests with the
// caller's temporary credentials. It has no route and no workers.dev address (the edge component turns it off), and
// every HTTP request that reaches it anyway gets 404.
import { WorkerEntrypoint } from "cloudflare:workers";
import { Federation } from "./sts/federation.js";

// Per isolate, like the edge's caches: the credential cache lives as long as the isolate.
const federation = new Federation();

export default class FederationWorker extends WorkerEntrypoint {
  async fetch() {
    return new Response(null, { status: 404 });
  }

  /** See Federation.signedHeaders: the SigV4 headers for one origin request, or the refusal. */
  async signedHeaders(ask) {
    return federation.signedHeaders(ask, this.env, (promise) => this.ctx.waitUntil(promise));
  }
}
