#!/usr/bin/env bash
# One command from a fresh clone: install, build the extension, start the local demo websites, run
# demo requests through the real extension with the model-free engine, print the curated lists and
# save a screenshot of the side panel. --headed (or a display) opens a visible browser instead.
set -euo pipefail
cd "$(dirname "$0")/.."
export ONNXRUNTIME_NODE_INSTALL=skip

if ! command -v /usr/bin/chromium >/dev/null && [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's Chromium (once)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is needed: run 'sudo apt-get install chromium' (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary." >&2
    exit 1
  fi
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies..."
  npm ci --no-audit --no-fund >/dev/null
fi
echo "Building the extension (local-sites variant)..."
TASTEBUD_LOCAL=1 npx wxt build >/dev/null
exec npx tsx eval/demo/run-demo.ts "$@"
