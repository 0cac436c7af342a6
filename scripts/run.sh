#!/usr/bin/env bash
# Quick start, part one: installs what is missing, builds, and records the
# seed's Children's Day trip in the embedded default store (./data).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh release homeward
./build/release/homeward demo --data ./data
