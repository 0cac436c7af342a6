#!/usr/bin/env bash
# Configures and builds one tree: scripts/build.sh release|sanitize [TARGET...]
#   release   RelWithDebInfo, in build/release
#   sanitize  AddressSanitizer + UndefinedBehaviorSanitizer, in build/sanitize
set -euo pipefail
cd "$(dirname "$0")/.."

kind="${1:-release}"
shift || true
case "$kind" in
  release) flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo) ;;
  sanitize) flags=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" -DHOMEWARD_SANITIZE=ON) ;;
  *) echo "build.sh: unknown build '$kind' (release or sanitize)" >&2; exit 2 ;;
esac

# Two cores: two compile jobs, and no more, so memory stays bounded too.
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake -S . -B "build/$kind" -G Ninja "${flags[@]}" >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "build/$kind" --parallel 2 "${targets[@]}"
