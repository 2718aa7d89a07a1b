#!/bin/sh
# Remove Huella installed by install.sh: the app folder, the two commands, the menu entry and
# the icon. Your saved audits are NOT removed by this: to delete them too, first use
# "Delete everything" in Huella's File menu (or run: privacy-audit wipe), then uninstall.
#
# Quita Huella instalada por install.sh. Sus auditorías guardadas NO se borran: para borrarlas,
# use primero «Borrar todo» en el menú Archivo de Huella (o: privacy-audit wipe).
set -eu

APP_ID=org.huella.Huella
home=${HOME:?HOME is not set}
libdir="$home/.local/lib/huella"
bindir="$home/.local/bin"
case "${XDG_DATA_HOME:-}" in
/*) datadir=$XDG_DATA_HOME ;;
*) datadir="$home/.local/share" ;;
esac

for cmd in huella privacy-audit; do
  # Only Huella's own links: a command of the same name from elsewhere stays.
  if [ -L "$bindir/$cmd" ] && [ "$(readlink "$bindir/$cmd")" = "$libdir/$cmd" ]; then
    rm -f "$bindir/$cmd"
  fi
done
rm -f "$datadir/applications/$APP_ID.desktop"
icons="$datadir/icons/hicolor"
rm -f "$icons/scalable/apps/$APP_ID.svg"
for f in "$icons"/*/apps/"$APP_ID".png; do
  [ -e "$f" ] && rm -f "$f"
done
rm -rf "$libdir" "$libdir.new" "$libdir.old"

if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$datadir/applications" 2>/dev/null || true
fi
echo "Huella was removed. / Huella se quitó."
if [ -d "$datadir/huella" ]; then
  echo "Your saved audits are still in $datadir/huella (encrypted)."
  echo "Sus auditorías guardadas siguen en $datadir/huella (cifradas)."
fi
