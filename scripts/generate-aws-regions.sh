#!/usr/bin/env bash
# Regenerates components/Catalog/Validation/AwsRegions.g.cs from the AWS SDK for JavaScript's partitions table.
# Usage: scripts/generate-aws-regions.sh [VERSION of @aws-sdk/core]
set -euo pipefail
version="${1:-3.981.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@aws-sdk/core@$version" >/dev/null && tar xzf ./*.tgz)
table="$(find "$work/package" -path '*util-endpoints/lib/aws/partitions.js' -path '*dist-es*' | head -n 1)"
if [ -z "$table" ]; then
  echo "no partitions table in @aws-sdk/core $version" >&2
  exit 1
fi
node "$here/generate-aws-regions.mjs" "$table" "$version"
