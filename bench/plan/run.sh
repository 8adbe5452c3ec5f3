#!/usr/bin/env bash
# Plans the dev stack with generated catalogs of 100 and 1,000 services (5 routes each) and prints, per size, the median
# time, the peak memory of the process that planned it (one process per size) and its CPU, allocation and GC totals,
# then the time ratio. Usage: bench/plan/run.sh [runs] [stack] [sizes]   e.g. bench/plan/run.sh 1 dev 1000,10000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
export PulumiSdk="${PulumiSdk:-offline}"
dotnet run -c Release --project "$here/IdentityFabric.Plan.Bench.csproj" -p:PulumiSdk="$PulumiSdk" -- "${1:-3}" "${2:-dev}" "${3:-100,1000}"
