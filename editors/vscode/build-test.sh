#!/bin/sh
# Builds and packages the VS Code extension as CI does: installs the locked dependencies
# (npm ci), type-checks and bundles (npm run compile), packages a .vsix with @vscode/vsce
# and checks what it holds. Needs Node.js 20 or later and npm. Exits non-zero on failure.
set -eu

cd "$(dirname -- "$0")"

command -v npm >/dev/null 2>&1 || { echo "build-test: npm not found (Node.js 20 or later is needed)" >&2; exit 1; }
node --version

npm ci --no-audit --no-fund
npm run compile
rm -f ./*.vsix
npm run package

vsix=$(ls ./*.vsix 2>/dev/null | head -n 1)
if [ -z "$vsix" ] || [ ! -s "$vsix" ]; then
    echo "build-test: no .vsix was made" >&2
    exit 1
fi
# The package holds the manifest and the bundle, and the bundle loads on its own.
for entry in extension/package.json extension/out/extension.js; do
    if ! unzip -l "$vsix" | grep -q " $entry\$"; then
        echo "build-test: $vsix lacks $entry" >&2
        exit 1
    fi
done
node test/load.js out/extension.js
echo "build-test: made $vsix ($(wc -c < "$vsix") bytes)"
