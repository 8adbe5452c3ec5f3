#!/usr/bin/env bash
# Validates a generated catalog of 1,000 services and 5,000 routes and prints the timings; then a catalog of about
# 20 MB (177,000 services) in fresh processes (time, CPU, peak memory), and the refusal of one over the size limit.
# Usage: bench/catalog/run.sh [runs] [services] [routes] [large-catalog services, 0 to skip]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet run -c Release --project "$here/IdentityFabric.Catalog.Bench.csproj" -- "${1:-7}" "${2:-1000}" "${3:-5000}" "${4:-177000}"
