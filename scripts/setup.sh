#!/usr/bin/env bash
# Installs what building and testing the WebAssembly package needs, skipping whatever is
# already there (a re-run takes seconds): the wasm32 target, Debian's Chromium and its
# driver, wasm-bindgen-cli at exactly the version in Cargo.lock, wasm-pack, and the npm dev
# dependencies (playwright-core, binaryen's wasm-opt). See ../shared/TOOLCHAIN.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { echo "setup: $*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
fi

# The wasm-bindgen version the build resolved to; the CLI must match it exactly.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ -z "$want" ]; then
  say "no wasm-bindgen in Cargo.lock; run cargo generate-lockfile" >&2
  exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (have: ${have:-none}; takes a few minutes)"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack (takes a few minutes)"
  cargo install wasm-pack --locked
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev dependencies"
  npm ci --no-audit --no-fund
fi

# --- The Python package and the Spark example (issue 14) ---
# Java for Spark (pyspark 4 needs 17 or later), from Debian.
if ! command -v java >/dev/null; then
  say "installing Java for Spark (openjdk-17-jre-headless)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y openjdk-17-jre-headless
fi
# A virtualenv in .venv with what python/requirements-test.txt pins (maturin, pytest, pyspark
# with pandas and pyarrow), installed again only when that list changes.
if [ ! -x .venv/bin/python ]; then
  say "creating the Python virtualenv .venv"
  if ! python3 -m venv .venv; then
    # Debian's own python3 keeps venv in a package of its own.
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y python3-venv
    rm -rf .venv
    python3 -m venv .venv
  fi
fi
if ! cmp -s python/requirements-test.txt .venv/installed-requirements-test.txt; then
  say "installing python/requirements-test.txt into .venv (pyspark is ~450 MB the first time)"
  .venv/bin/pip install --quiet --progress-bar off -r python/requirements-test.txt
  cp python/requirements-test.txt .venv/installed-requirements-test.txt
fi
