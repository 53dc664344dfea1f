#!/usr/bin/env bash
# `npm test`: builds both packages, then typecheck, lint (web-ext lint on the Firefox package included), unit tests
# and end-to-end tests. Every step runs even when an earlier one fails, and the last line is the summary
# `N passed, N failed, N skipped` summed over the unit and end-to-end tests.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json
status=0
step() {
  echo "── $*"
  "$@" || { echo "✖ failed: $*"; status=1; }
}
step bash scripts/ensure-browsers.sh
step npx wxt build
step npx wxt build -b firefox
step npx tsc --noEmit
step npx eslint .
step npx prettier --check . --log-level warn
step npx web-ext lint --source-dir .output/firefox-mv2 --no-input --output text
step npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json step npx playwright test --reporter=list,json
node scripts/summary.mjs reports/vitest.json reports/playwright.json || status=1
exit $status
