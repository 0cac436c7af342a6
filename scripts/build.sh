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
    # No precompiled headers: ccache hashes a PCH by its bytes, which differ in
    # every clone, so without them every object of this tree is a cache hit in
    # CI once it was built anywhere on the machine.
    flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DHOMEWARD_FUZZ=ON
           -DHOMEWARD_TESTS=OFF -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON)
    [ $# -gt 0 ] || set -- fuzz ;;
  *) echo "build.sh: unknown build '$kind' (release, sanitize or fuzz)" >&2; exit 2 ;;
esac

# Two cores: two compile jobs, and no more, so memory stays bounded too.
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
# Three trees (release, sanitize, fuzz) with debug info outgrow ccache's 5 GB
# default, which then evicts what the next run would hit.
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-20G}"
# Paths relative to the tree, so a fresh clone elsewhere hits the same cache;
# precompiled headers are cacheable only with this sloppiness.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"  # -g would otherwise hash the clone's path
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
cmake -S . -B "build/$kind" -G Ninja "${flags[@]}" >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build "build/$kind" --parallel 2 "${targets[@]}"
