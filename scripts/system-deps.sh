#!/usr/bin/env bash
# Debian/Ubuntu packages the test suite needs (see ../shared/ENV.md): offscreen and xcb Qt,
# Xvfb, poppler (PDF checks), a real Secret Service (gnome-keyring in a D-Bus session).
# Installs only what is missing; needs root or sudo.
set -euo pipefail
PKGS=(libgl1 libegl1 libfontconfig1 fonts-dejavu-core libglib2.0-0 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 xvfb xauth poppler-utils dbus-daemon gnome-keyring xdotool
  libgtk-3-0 binutils)
# libgtk-3-0: PySide6's GTK platform theme (libqgtk3), for the recent-files test.
# binutils: objdump and strip, for the bundle (scripts/build-bundle.sh).
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
