#!/usr/bin/env bash
# Runs editors/neovim-test.lua against a built figcheck (FIGCHECK, default target/debug/figcheck)
# on a copy of examples/articles/council-budget.md. Skips (exit 0) when nvim is absent.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v nvim >/dev/null; then
  echo "neovim-test: nvim not installed; skipped"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/examples/articles/council-budget.md" "$work/story.md"
FIGCHECK="${FIGCHECK:-$here/target/debug/figcheck}" STORY="$work/story.md" \
  timeout 60 nvim --headless --clean -u NONE -c "luafile $here/editors/neovim-test.lua"
