#!/usr/bin/env bash
# `npm test`: every check CI runs, in order, with the time of each step.
# Needs a local PostgreSQL (127.0.0.1:5432, or TEST_DATABASE_ADMIN_URL) and Chromium (Debian's or Playwright's).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

declare -a timings=()
step() {
  local name=$1; shift
  echo
  echo "━━━ ${name}"
  local start=$SECONDS
  "$@"
  timings+=("$(printf '%-22s %4d s' "$name" $((SECONDS - start)))")
}

step "prisma generate" npx prisma generate
step "lint" npx eslint --max-warnings 0 .
step "typecheck" npx tsc --noEmit
reports=.tangent/reports
rm -rf "$reports" && mkdir -p "$reports"
step "unit tests" npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$reports/unit.json"
step "integration tests" npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$reports/integration.json"
step "production build" npx next build
step "end-to-end tests" env PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e.json" npx playwright test --reporter=list,json

echo
echo "━━━ timings"
printf '%s\n' "${timings[@]}"
echo
node scripts/test-summary.mjs "$reports"
