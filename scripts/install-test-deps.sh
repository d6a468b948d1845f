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
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
# The render tests convert .docx/.xlsx to PDF; Chinese text needs a CJK font.
if ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK\|Noto Serif CJK'; then need+=(fonts-noto-cjk); fi
if ((${#need[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  # Other installers may hold the lock; wait for it instead of failing.
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}"
fi
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q "selenium>=4.15"
python3 -c "import pytest" 2>/dev/null || python3 -m pip install -q pytest
