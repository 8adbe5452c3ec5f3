#!/usr/bin/env bash
# Plans stacks with generated catalogs of 100 and 1,000 services (5 routes each) and prints the median plan times, the
# peak memory of the process that planned each stack and size (one process each) with its CPU, allocation and GC
# totals, the cloud preflight's time and share, its error and warning counts, and the size ratio. Exit 1 when a plan
# fails or the preflight refuses a generated catalog.
# Usage: bench/plan/run.sh [runs] [stacks] [sizes]   e.g. bench/plan/run.sh 3 dev,staging,prod 100,1000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
export PulumiSdk="${PulumiSdk:-offline}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Built first, then run as its own process: `dotnet run` would keep the CLI's own process (and its background JIT)
# alive beside the plans it times, which cost 0.2-0.7 s of a 1,000-service plan's time here.
dotnet build -c Release "$here/IdentityFabric.Plan.Bench.csproj" -p:PulumiSdk="$PulumiSdk" -nologo -v q -nodeReuse:false -clp:"ErrorsOnly;NoSummary" >&2
dotnet "$here/bin/Release/net10.0/IdentityFabric.Plan.Bench.dll" "${1:-3}" "${2:-dev}" "${3:-100,1000}"
