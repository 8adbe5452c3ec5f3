export default {
  async fetch(request, env, ctx) {
    return new Response(JSON.stringify({ environment: env.ENVIRONMENT }), { status: 503, headers: { "content-type": "application/json" } });
  },
};
