#!/usr/bin/env bash
# Quick start, part one: installs what is missing, builds, records the demo
# organization in the embedded default store (./data) and serves the HTTP API
# on it, printing the URL and fresh demo accounts' tokens. Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh release homeward
exec ./build/release/homeward serve --data ./data --demo --listen "${HOMEWARD_LISTEN:-127.0.0.1:8080}"
