#!/bin/sh
# Install Huella for you alone, under ~/.local. No administrator password, no Python needed.
#
#   sh install.sh
#
# Puts the app folder in ~/.local/lib/huella, the commands huella and privacy-audit in
# ~/.local/bin, Huella in your app menu and its icon in your icon theme. Running it again
# replaces an earlier Huella. Your saved audits (if any) are not touched. To remove Huella:
# sh ~/.local/lib/huella/uninstall.sh
#
# Instala Huella solo para usted, en ~/.local. Para quitarla: sh ~/.local/lib/huella/uninstall.sh
set -eu

APP_ID=org.huella.Huella
here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
src="$here/huella"
home=${HOME:?HOME is not set}
libdir="$home/.local/lib/huella"
bindir="$home/.local/bin"
case "${XDG_DATA_HOME:-}" in
/*) datadir=$XDG_DATA_HOME ;;
*) datadir="$home/.local/share" ;;
esac
assets="$libdir/_internal/privacy_audit/_data/assets"

if [ ! -x "$src/huella" ] || [ ! -x "$src/privacy-audit" ]; then
  echo "install.sh: the huella folder is missing beside this script; unpack the whole download first." >&2
  echo "install.sh: falta la carpeta huella junto a este programa; descomprima toda la descarga primero." >&2
  exit 1
fi

# The app folder: copied beside the old one, then swapped in, so a failed copy leaves the
# old Huella working.
mkdir -p "$home/.local/lib" "$bindir"
rm -rf "$libdir.new"
cp -R "$src" "$libdir.new"
cp "$here/uninstall.sh" "$libdir.new/uninstall.sh"
chmod 755 "$libdir.new/uninstall.sh"
rm -rf "$libdir.old"
if [ -e "$libdir" ]; then mv "$libdir" "$libdir.old"; fi
mv "$libdir.new" "$libdir"
rm -rf "$libdir.old"

# The two commands.
for cmd in huella privacy-audit; do
  if [ -e "$bindir/$cmd" ] && [ ! -L "$bindir/$cmd" ]; then
    echo "install.sh: $bindir/$cmd exists and is not Huella's link; left as it is." >&2
    continue
  fi
  ln -sfn "$libdir/$cmd" "$bindir/$cmd"
done

# The app menu entry: it starts the installed program by its full path, so it works even
# when ~/.local/bin is not on PATH.
mkdir -p "$datadir/applications"
desktop="$datadir/applications/$APP_ID.desktop"
sed -e "s|^Exec=huella\$|Exec=\"$libdir/huella\"|" \
  -e "/^Exec=/a TryExec=$libdir/huella" \
  "$assets/$APP_ID.desktop" >"$desktop.tmp"
mv "$desktop.tmp" "$desktop"

# The icon, scalable and at each size there is a PNG for.
icons="$datadir/icons/hicolor"
mkdir -p "$icons/scalable/apps"
cp "$assets/icons/huella.svg" "$icons/scalable/apps/$APP_ID.svg"
for png in "$assets"/icons/huella-*.png; do
  size=${png##*/huella-}
  size=${size%.png}
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$png" "$icons/${size}x${size}/apps/$APP_ID.png"
done

# Let the menu and the icon theme notice (optional tools; fine if missing).
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$datadir/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
  gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
fi

echo "Huella is installed. Open it from your app menu, or run: $bindir/huella"
echo "Huella está instalada. Ábrala desde el menú de aplicaciones, o ejecute: $bindir/huella"
case ":${PATH:-}:" in
*":$bindir:"*) ;;
*) echo "(Note: $bindir is not on your PATH; the app menu works all the same.)" ;;
esac
