#!/usr/bin/env bash
# Installs the Debian 12 packages homeward needs to build and test, and only
# those that are missing. Idempotent and non-interactive; uses sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache
  librocksdb-dev libcereal-dev libsodium-dev
  libboost1.81-dev libboost-test1.81-dev libboost-json1.81-dev
  libboost-program-options1.81-dev
  libhowardhinnant-date-dev tzdata
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
