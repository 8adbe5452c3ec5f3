#!/usr/bin/env bash
# The whole chain on one machine, loopback only: builds the Worker bundle, plans the dev stack twice (signing key
# epoch 0, then 0 + 1) with the offline SDK, builds the ingress proxy and the sample services, then runs
# e2e/chain.mjs, which starts the fake IdP, the Worker in workerd, the proxy and the services, drives HTTP through
# them and prints "N passed, N failed". Every process it started is stopped on exit, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
export PulumiSdk=offline DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

work=$(mktemp -d)
cleanup() {
  # The chain stops its own children; this catches anything left if it was killed itself.
  if [ -n "${chain_pid:-}" ]; then
    kill -TERM "$chain_pid" 2>/dev/null || true
    wait "$chain_pid" 2>/dev/null || true
  fi
  for pid in $(jobs -p); do kill -TERM "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

if [ ! -d workers-js/node_modules ]; then
  (cd workers-js && npm ci --no-audit --no-fund)
fi

echo "== e2e: Worker bundle and the dev plan"
(cd workers-js && npm run --silent build >/dev/null)
dotnet build cli/IdentityFabric.Cli.csproj -c Release -nologo -clp:ErrorsOnly
dotnet run --no-build -c Release --project cli -- plan dev --format json --out "$work/plan.json" >/dev/null
dotnet run --no-build -c Release --project cli -- plan dev --format json --out "$work/plan-rotated.json" \
  --config identity-fabric:signingKeyEpoch=1 >/dev/null

echo "== e2e: ingress proxy and sample services"
dotnet publish e2e/IngressProxy/IdentityFabric.E2e.IngressProxy.csproj -c Release -nologo -clp:ErrorsOnly -o "$work/bin/proxy" >/dev/null
dotnet publish e2e/SampleService/IdentityFabric.E2e.SampleService.csproj -c Release -nologo -clp:ErrorsOnly -o "$work/bin/service" >/dev/null

echo "== e2e: chain"
node e2e/chain.mjs --plan "$work/plan.json" --rotated-plan "$work/plan-rotated.json" --work "$work" --bin "$work/bin" &
chain_pid=$!
status=0
wait "$chain_pid" || status=$?
chain_pid=
exit "$status"
