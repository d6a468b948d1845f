#!/usr/bin/env bash
# Installs the system packages the tests use (Debian). Skips what is present.
set -euo pipefail
need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
# Web tests: PostgreSQL (second database of the integration suite), headless Chromium
# with its driver and CJK fonts (browser test); wrk is for scripts/load-test.sh only.
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
[[ -d /usr/share/fonts/opentype/noto ]] || need+=(fonts-noto-cjk)
if ((${#need[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q "selenium>=4.15"
python3 -c "import pytest" 2>/dev/null || python3 -m pip install -q pytest
