#!/bin/sh
# System packages the test suite uses: Debian's chromium for the browser tests of the HTML pages.
# Installs them when missing and this is a Debian-like machine where we are root; otherwise says what is missing.
set -e
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing:$missing"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
    echo "warning: missing system packages:$missing (install them to run the browser tests)" >&2
fi
