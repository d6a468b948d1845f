#!/usr/bin/env bash
# The one test command (README): installs what the tests need, then runs every test.
# Safe to run again; installs are skipped when already present.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${CI:-}" == "true" && ! -d ../shared/samples ]]; then
  echo "error: ../shared/samples is missing (CI requires it beside the checkout)" >&2
  exit 1
fi

bash scripts/install-test-deps.sh

# House style (.swift-format): a difference fails here, before the long build.
bash scripts/lint.sh

# The web integration tests run on SQLite and on this PostgreSQL.
if [[ -z "${JIXIAO_TEST_POSTGRES_URL:-}" ]]; then
  JIXIAO_TEST_POSTGRES_URL=$(bash scripts/start-test-postgres.sh)
  export JIXIAO_TEST_POSTGRES_URL
fi

swift build --build-tests
swift test --skip-build 2>&1 | tee .build/swift-test.log
test "${PIPESTATUS[0]}" -eq 0

# Crash safety (~25 s): API saves, kill -9 of the server, restart, every 200 still there.
bash scripts/crash-test.sh

# Browser test: the built `jixiao serve` driven by headless Chromium.
python3 -m pytest -q tests/browser
