#!/usr/bin/env bash
# Installs Debian's Chromium when /usr/bin/chromium is missing (the end-to-end tests, the demo and the benchmark
# drive it; Playwright's own browser download cannot work offline).
set -eu
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && exit 0
echo "Chromium not found: installing Debian's chromium with apt-get…"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x /usr/bin/chromium ]
