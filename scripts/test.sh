#!/usr/bin/env bash
# Quick start, part two: installs what is missing, builds, and runs every test,
# first in the release build, then under AddressSanitizer and UBSan, then the
# libFuzzer targets (clang-14) for a bounded time each.
# Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh

./scripts/build.sh release
(cd build/release && ctest --output-on-failure --parallel 2)

./scripts/build.sh sanitize
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
(cd build/sanitize && ctest --output-on-failure --parallel 2)

./scripts/build.sh fuzz
(cd build/fuzz && ctest --output-on-failure --parallel 2)
