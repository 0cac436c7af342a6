#!/usr/bin/env bash
# The committed API document is the one the router's tables make, and a real
# OpenAPI validator (Redocly CLI, installed by scripts/install-deps.sh) accepts it.
# Usage: openapi_test.sh HOMEWARD_BINARY SOURCE_DIR
set -euo pipefail
homeward="$1"
root="$2"
if ! diff -u "$root/docs/openapi.yaml" <("$homeward" openapi); then
  echo "docs/openapi.yaml differs from the router: run 'homeward openapi > docs/openapi.yaml'" >&2
  exit 1
fi
redocly="$root/node_modules/.bin/redocly"
if [ ! -x "$redocly" ]; then
  echo "no $redocly: run scripts/install-deps.sh" >&2
  exit 1
fi
# No network at run time: no telemetry, no update check.
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1 \
  "$redocly" lint "$root/docs/openapi.yaml"
