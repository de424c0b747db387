#!/usr/bin/env bash
# Installs what a fresh machine lacks before `npm start` / `npm test` (npm runs this as prestart/pretest):
# the browsers the e2e suite drives (Debian's chromium and firefox-esr), the X server and key sender the shortcut
# test needs (xvfb, xdotool: browser shortcuts only fire from real key events in a real window), both browsers'
# Russian language packs (the e2e suite runs them in Russian and English; without the packs they show English
# whatever the locale) and the npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
[ -f /usr/lib/chromium/locales/ru.pak ] || missing+=(chromium-l10n)
dpkg -s firefox-esr-l10n-ru >/dev/null 2>&1 || missing+=(firefox-esr-l10n-ru)
if [ "${1:-}" != "--no-browsers" ] && [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${missing[*]} from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: please install ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

# Browsers come from Debian; never let a package download its own.
export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dependencies"
  npm ci --no-audit --no-fund --loglevel=error
fi
