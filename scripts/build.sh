#!/usr/bin/env bash
# Configures and builds one tree: scripts/build.sh release|sanitize|fuzz [TARGET...]
#   release   RelWithDebInfo, in build/release
#   sanitize  AddressSanitizer + UndefinedBehaviorSanitizer, in build/sanitize
#   fuzz      the libFuzzer targets (clang-14, ASan + UBSan), in build/fuzz
set -euo pipefail
cd "$(dirname "$0")/.."

kind="${1:-release}"
shift || true
case "$kind" in
  release) flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo) ;;
  sanitize) flags=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" -DHOMEWARD_SANITIZE=ON) ;;
  fuzz)
    flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DHOMEWARD_FUZZ=ON
           -DHOMEWARD_TESTS=OFF)
    [ $# -gt 0 ] || set -- fuzz ;;
  *) echo "build.sh: unknown build '$kind' (release, sanitize or fuzz)" >&2; exit 2 ;;
esac

# ccache's settings are in CMakeLists.txt, with every compile. Two cores: two
# compile jobs, and no more, so memory stays bounded too.
cmake -S . -B "build/$kind" -G Ninja "${flags[@]}" >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "build/$kind" --parallel 2 "${targets[@]}"
