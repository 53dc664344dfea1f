#!/usr/bin/env bash
# Installs with apt-get what the end-to-end tests, the demo and the benchmark drive, each only when missing:
# Debian's Chromium (/usr/bin/chromium) with its translations (chromium-l10n: the Chinese tests), and Firefox ESR
# (/usr/bin/firefox-esr) with its Simplified Chinese language pack and certutil (libnss3-tools) and openssl, with
# which the Firefox tests trust their local hub proxy. Playwright's and puppeteer's own browser
# downloads cannot work offline. `ensure-browsers.sh chromium` installs Chromium only (the demo, the benchmark);
# with no argument, both.
set -eu
wanted="${*:-chromium firefox}"
packages=()
case " $wanted " in *" chromium "*)
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || packages+=(chromium)
  [ -n "${CHROMIUM_PATH:-}" ] || [ -e /usr/lib/chromium/locales/zh-CN.pak ] || packages+=(chromium-l10n) ;;
esac
case " $wanted " in *" firefox "*)
  [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || packages+=(firefox-esr)
  [ -n "${FIREFOX_PATH:-}" ] || ls /usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@*.xpi >/dev/null 2>&1 ||
    packages+=(firefox-esr-l10n-zh-cn)
  command -v certutil >/dev/null || packages+=(libnss3-tools)
  command -v openssl >/dev/null || packages+=(openssl) ;;
esac
[ ${#packages[@]} -eq 0 ] && exit 0
echo "Installing Debian's ${packages[*]} with apt-get…"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
for package in "${packages[@]}"; do
  case $package in
    chromium) [ -x /usr/bin/chromium ] ;;
    chromium-l10n) [ -e /usr/lib/chromium/locales/zh-CN.pak ] ;;
    firefox-esr-l10n-zh-cn) ls /usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@*.xpi >/dev/null ;;
    firefox-esr) [ -x /usr/bin/firefox-esr ] ;;
    libnss3-tools) command -v certutil >/dev/null ;;
    openssl) command -v openssl >/dev/null ;;
  esac
done
