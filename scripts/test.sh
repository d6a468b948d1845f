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

swift build --build-tests
swift test --skip-build 2>&1 | tee .build/swift-test.log
