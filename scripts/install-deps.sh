#!/usr/bin/env bash
# Installs the Debian 12 packages homeward needs to build and test, and only
# those that are missing. Idempotent and non-interactive; uses sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache
  librocksdb-dev libcereal-dev libsodium-dev libgoogle-perftools-dev
  libboost1.81-dev libboost-test1.81-dev libboost-json1.81-dev
  libboost-program-options1.81-dev
  libhowardhinnant-date-dev tzdata libical-dev libcsv-dev
  chromium faketime fonts-noto-cjk rocksdb-tools
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# Node.js runs the tests' tools (npm packages below); Debian's is used only
# where the machine has none.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
else
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The tests' npm tools, exactly as package-lock.json pins them.
cd "$(dirname "$0")/.."
lock_sum="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat node_modules/.homeward-lock 2>/dev/null)" != "$lock_sum" ]; then
  echo "install-deps: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.homeward-lock
fi
echo "install-deps: done"
