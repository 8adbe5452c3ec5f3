#!/usr/bin/env bash
# Validates a generated catalog of 1,000 services and 5,000 routes and prints the timings.
# Usage: bench/catalog/run.sh [runs] [services] [routes]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet run -c Release --project "$here/IdentityFabric.Catalog.Bench.csproj" -- "${1:-7}" "${2:-1000}" "${3:-5000}"
