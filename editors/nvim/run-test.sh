#!/bin/sh
# The headless Neovim test: installs Neovim from the system packages when it is absent,
# builds figcheck (unless FIGCHECK_BIN names a binary) and runs editors/nvim/figcheck_test.lua.
# Exits non-zero when the test fails. Run from anywhere: it works from the repository root.
set -eu

root=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
cd "$root"

if ! command -v nvim >/dev/null 2>&1; then
    echo "nvim not found: installing Debian's neovim package" >&2
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y neovim || { $sudo apt-get update && $sudo apt-get install -y neovim; }
fi
nvim --version | head -n 1

if [ -z "${FIGCHECK_BIN:-}" ]; then
    cargo build --quiet
    FIGCHECK_BIN="${CARGO_TARGET_DIR:-target}/debug/figcheck"
fi
case "$FIGCHECK_BIN" in
    */*) FIGCHECK_BIN=$(CDPATH= cd -- "$(dirname -- "$FIGCHECK_BIN")" && pwd)/$(basename -- "$FIGCHECK_BIN") ;;
esac
export FIGCHECK_BIN
echo "figcheck: $FIGCHECK_BIN"

# `timeout` bounds the whole session even if Neovim itself stops responding.
timeout 180 nvim --headless -u NONE -i NONE -n -c "luafile editors/nvim/figcheck_test.lua"
