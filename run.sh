#!/usr/bin/env bash
# Set up what is missing, then run the presenter or the tests.
#
#   ./run.sh                 install what is missing, open the presenter on the built-in decks
#   ./run.sh show [DECK]     the same, on one deck
#   ./run.sh test [ARGS]     install what is missing (test tools too), run the test suite
#   ./run.sh presenter ARGS  any presenter command (check, render, show) inside the project's venv
#
# Installs Debian/Ubuntu packages with apt-get (with sudo when not root), then
# the Python packages into .venv. Each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")"

# Cairo and Pango headers Manim builds against; Qt's X11 and multimedia runtime.
DEBIAN_PACKAGES=(
  pkg-config libcairo2-dev libpango1.0-dev
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libpulse0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
)
# Debian's Chromium: the HTML export's test opens the page headless (Ubuntu ships it only as a
# snap; there that test is skipped).
grep -qs '^ID=debian' /etc/os-release && DEBIAN_PACKAGES+=(chromium)
PYTHON=${PYTHON:-python3}
VENV=.venv

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

install_debian_packages() {
  local missing=() extra=()
  command -v "$PYTHON" >/dev/null || extra+=(python3)
  if command -v "$PYTHON" >/dev/null; then
    "$PYTHON" -c 'import ensurepip' 2>/dev/null || extra+=(python3-venv)
    "$PYTHON" -c 'import sysconfig, os, sys; sys.exit(not os.path.exists(sysconfig.get_paths()["include"] + "/Python.h"))' \
      || extra+=(python3-dev)
  fi
  for package in "${DEBIAN_PACKAGES[@]}" "${extra[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return
  command -v apt-get >/dev/null || fail "please install: ${missing[*]} (no apt-get here)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
  local extras=$1 stamp="$VENV/.installed-$1"
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || fail "Python 3.11 or newer is needed (found $("$PYTHON" --version)); set PYTHON=/path/to/python3.11"
  [ -x "$VENV/bin/python" ] || { say "Creating $VENV"; "$PYTHON" -m venv "$VENV"; }
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "Installing Python packages into $VENV"
    { "$VENV/bin/python" -m pip install --upgrade pip && "$VENV/bin/python" -m pip install -e ".[${extras}]"; } \
      > "$VENV/pip.log" 2>&1 || { tail -n 40 "$VENV/pip.log" >&2; fail "installing Python packages failed (log: $VENV/pip.log)"; }
    touch "$stamp"
  fi
}

# Linux desktops: a menu entry with the icon (freedesktop), so the app starts from the menu.
install_desktop_entry() {
  [ "$(uname -s)" = Linux ] || return 0
  local data=${XDG_DATA_HOME:-$HOME/.local/share} entry size
  entry=$(sed "s|@RUN@|\"$PWD/run.sh\"|" assets/brain-explainer.desktop)
  [ "$(cat "$data/applications/brain-explainer.desktop" 2>/dev/null)" = "$entry" ] && return 0
  mkdir -p "$data/applications" && printf '%s\n' "$entry" > "$data/applications/brain-explainer.desktop"
  for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "assets/icons/brain-explainer-$size.png" "$data/icons/hicolor/${size}x${size}/apps/brain-explainer.png"
  done
  install -D -m 644 assets/icons/brain-explainer.svg "$data/icons/hicolor/scalable/apps/brain-explainer.svg"
  say "Added Brain Explainer to the desktop menu ($data/applications)"
}

command=${1:-show}
[ $# -gt 0 ] && shift
install_debian_packages
case "$command" in
  test)
    install_python_packages test
    export QT_QPA_PLATFORM=offscreen
    status=0
    if [ $# -eq 0 ]; then  # the whole suite, as CI runs it: lint, format and types too
      say "ruff check, ruff format --check, mypy"
      "$VENV/bin/ruff" check --quiet . || status=1
      "$VENV/bin/ruff" format --check --quiet . || status=1
      "$VENV/bin/mypy" || status=1
    fi
    # Two workers, a test file each at a time (a file's fixtures are made once); -n 0 runs in one process.
    "$VENV/bin/python" -m pytest -n 2 --dist loadfile "$@" || status=$?
    exit "$status"
    ;;
  show)
    install_python_packages test
    install_desktop_entry || true
    exec "$VENV/bin/presenter" show "$@"
    ;;
  presenter)
    install_python_packages test
    install_desktop_entry || true
    exec "$VENV/bin/presenter" "$@"
    ;;
  *) fail "unknown command '$command' (use: show, test, presenter)" ;;
esac
