#!/usr/bin/env bash
# The whole test suite, from a fresh checkout: system packages (if missing), a venv with the
# test extras, ruff, mypy --strict on the core and the ui, then pytest inside a private D-Bus session
# with a real, unlocked gnome-keyring. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
echo "== ruff"; .venv/bin/ruff check . && .venv/bin/ruff format --check .
echo "== mypy --strict privacy_audit ui"; .venv/bin/mypy privacy_audit ui
echo "== pytest"
# Keep keyrings, settings and data of the test run out of the real home.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch"/{run,data,config,cache,home}
chmod 700 "$scratch/run"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data" \
  XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" HUELLA_TEST_SCRATCH="$scratch"
export HUELLA_REQUIRE_KEYRING=1  # the keyring tests fail, not skip, without the Secret Service
set +e
dbus-run-session -- sh -c '
  printf "huella-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
  .venv/bin/python -m pytest -q "$@"' sh "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then echo "pytest collected no tests"; exit 1; fi
exit "$rc"
