#!/usr/bin/env bash
# Build Huella's self-contained Linux bundle and its release files (docs/packaging.md):
#
#   dist/huella-<version>-linux-x86_64.tar.gz   the app folder + install.sh + uninstall.sh
#   dist/SHA256SUMS                              its checksum
#   dist/SHA256SUMS.sig                          signed with the release key, if one is given
#
# PyInstaller, one folder (never one file: that unpacks itself into a temporary folder at
# every start, and a private session must write nothing), two executables sharing it:
# huella (the app) and privacy-audit (the command line). Offline apart from PyPI: PyInstaller
# comes from the `bundle` extra of pyproject.toml.
#
#   bash scripts/build-bundle.sh            build, check the size budget, sign if a key is set
#   HUELLA_RELEASE_KEY=path/to/secret.key   the release key's secret file (kept off the repo)
#   HUELLA_RELEASE_PUB=bundle/huella-release.pub   its public key, checked after signing
#   PYTHON=...                              the Python to build with (default: .venv, made if
#                                           missing, with the project and the bundle extra)
#   BUNDLE_BUDGET_MB=80                     the most the .tar.gz may weigh, in MB (10^6 bytes)
#   BUNDLE_OUT=dist                         where the release files go (the tests use a temp dir)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PY=${PYTHON:-}
if [ -z "$PY" ]; then
  [ -x .venv/bin/python ] || python3 -m venv .venv
  PY=.venv/bin/python
fi
# The project's own dependencies, and the bundle extra's tools (listed once, in pyproject).
if ! "$PY" -c "import privacy_audit, PySide6, keyring, cryptography" 2>/dev/null; then
  "$PY" -m pip install -q --disable-pip-version-check -e .
fi
mapfile -t bundle_reqs < <("$PY" - <<'EOF'
import tomllib
for req in tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["bundle"]:
    print(req)
EOF
)
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "== installing ${bundle_reqs[*]}"
  "$PY" -m pip install -q --disable-pip-version-check "${bundle_reqs[@]}"
fi

VERSION=$("$PY" -c "import privacy_audit; print(privacy_audit.__version__)")
ARCH=$(uname -m)
NAME="huella-$VERSION-linux-$ARCH"
BUDGET_MB=${BUNDLE_BUDGET_MB:-80}

echo "== pyinstaller bundle/huella.spec"
rm -rf build/bundle-dist
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath build/bundle-dist --workpath build/pyinstaller bundle/huella.spec

# The release folder: the app folder, and the two install scripts beside it.
stage="build/release/$NAME"
rm -rf build/release
mkdir -p "$stage"
mv build/bundle-dist/huella "$stage/huella"
install -m 755 bundle/install.sh bundle/uninstall.sh "$stage/"
cp bundle/README-bundle.txt "$stage/README.txt"

# A reproducible archive: sorted names, one owner, one date (the last commit's).
OUT=${BUNDLE_OUT:-dist}
mkdir -p "$OUT"
EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
tar --sort=name --mtime="@$EPOCH" --owner=0 --group=0 --numeric-owner \
  -C build/release -cf - "$NAME" | gzip -n -6 >"$OUT/$NAME.tar.gz.tmp"
mv "$OUT/$NAME.tar.gz.tmp" "$OUT/$NAME.tar.gz"
(cd "$OUT" && sha256sum "$NAME.tar.gz" >SHA256SUMS)
rm -f "$OUT/SHA256SUMS.sig"
# The public key, for convenience: check it against the one in the repository and the key
# id in docs/packaging.md, never trust it because it came with the download.
cp "${HUELLA_RELEASE_PUB:-bundle/huella-release.pub}" "$OUT/huella-release.pub"
if [ -n "${HUELLA_RELEASE_KEY:-}" ]; then
  "$PY" scripts/release_sign.py sign "$OUT/SHA256SUMS" --key "$HUELLA_RELEASE_KEY"
  "$PY" scripts/release_sign.py verify "$OUT/SHA256SUMS" --pub "${HUELLA_RELEASE_PUB:-bundle/huella-release.pub}"
else
  echo "== not signed: set HUELLA_RELEASE_KEY to the release key's secret file to sign SHA256SUMS"
fi

bytes=$(stat -c %s "$OUT/$NAME.tar.gz")
unpacked=$(du -sb "$stage" | cut -f1)
echo "== $OUT/$NAME.tar.gz: $((bytes / 1000000)) MB ($bytes bytes); unpacked $((unpacked / 1000000)) MB"
if [ "$bytes" -gt $((BUDGET_MB * 1000000)) ]; then
  echo "build-bundle.sh: the bundle is over its budget of $BUDGET_MB MB (docs/packaging.md)" >&2
  exit 1
fi
echo "$ROOT/$stage"
