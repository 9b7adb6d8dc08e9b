#!/usr/bin/env bash
# Installs what the test suite needs and the .NET SDK does not bring: Debian's Chromium (browser tests).
set -euo pipefail
need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium fonts-liberation"
if [ -n "$need" ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "install as root: apt-get install$need" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
