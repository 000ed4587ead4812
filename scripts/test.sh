#!/usr/bin/env bash
# Every test: types, unit tests, both browser builds, Firefox lint, the real extension end to end in
# Chromium, and a Firefox smoke test. Data comes from --data DIR / TASTEBUD_DATA (default ../shared/data).
set -euo pipefail
cd "$(dirname "$0")/.."
while [ $# -gt 0 ]; do
  case "$1" in
    --data) export TASTEBUD_DATA="$(cd "$2" && pwd)"; shift 2 ;;
    *) echo "unknown option: $1 (use --data DIR)" >&2; exit 2 ;;
  esac
done
export TASTEBUD_DATA="${TASTEBUD_DATA:-$(cd .. && pwd)/shared/data}"

step() { printf '\n=== %s\n' "$*"; }

step "type check"
npx tsc --noEmit -p .

step "unit tests (vitest)"
npx vitest run

step "model engines in Chromium: a generated tiny model through the real transformers.js path"
npm run -s test:engines

step "build: Chrome and Firefox, store and local-sites variants"
npx wxt build >/dev/null
npx wxt build -b firefox >/dev/null
TASTEBUD_LOCAL=1 npx wxt build >/dev/null
TASTEBUD_LOCAL=1 npx wxt build -b firefox >/dev/null

step "web-ext lint (Firefox build)"
npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted --warnings-as-errors=false --output text | tail -n 12

step "end to end in Chromium (playwright)"
npx playwright test

step "Firefox smoke test (puppeteer over WebDriver BiDi)"
npx tsx --test tests/firefox/*.test.ts
