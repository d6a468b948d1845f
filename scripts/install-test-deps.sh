#!/usr/bin/env bash
# Installs the Debian packages the tests use. Skips what is present; safe to run again.
set -euo pipefail
wanted=(
  poppler-utils                                   # pdftotext/pdfinfo: PDF input and render checks
  libreoffice-writer-nogui libreoffice-calc-nogui # open generated .docx/.xlsx; samples → .docx
  fonts-noto-cjk                                  # Chinese text in PDFs and screenshots
  zlib1g-dev                                      # deflate/crc32 for ZIPFoundation and the .docx/.xlsx writer
  postgresql                                      # web tests: the second database of the suite; initdb/pg_ctl
                                                  # for PostgresServerRestartTests' cluster of its own
  sqlite3 curl                                    # crash test: PRAGMA integrity_check, API clients
  chromium chromium-driver                        # web browser test (headless, selenium)
)
need=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if ((${#need[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  # Other installers may hold the lock; wait for it instead of failing.
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}"
fi
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q "selenium>=4.15"
python3 -c "import pytest" 2>/dev/null || python3 -m pip install -q pytest
