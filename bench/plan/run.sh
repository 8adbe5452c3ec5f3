#!/usr/bin/env bash
# Plans stacks with generated catalogs of 100 and 1,000 services (5 routes each) and prints the median plan times, the
# peak memory of the process that planned each stack and size (one process each) with its CPU, allocation and GC
# totals, the cloud preflight's time and share, its error and warning counts, and the size ratio. Exit 1 when a plan
# fails or the preflight refuses a generated catalog.
# Usage: bench/plan/run.sh [runs] [stacks] [sizes]   e.g. bench/plan/run.sh 3 dev,staging,prod 100,1000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../.."
export PulumiSdk="${PulumiSdk:-offline}"
dotnet run -c Release --project "$here/IdentityFabric.Plan.Bench.csproj" -p:PulumiSdk="$PulumiSdk" -- "${1:-3}" "${2:-dev}" "${3:-100,1000}"
