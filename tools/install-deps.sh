#!/usr/bin/env bash
# Installs the Debian packages Maillon needs to build and test, skipping those already present.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config make
  libcmark-gfm-dev libcmark-gfm-extensions-dev libkainjow-mustache-dev libyaml-cpp-dev
  libcpp-httplib-dev doctest-dev
  python3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
