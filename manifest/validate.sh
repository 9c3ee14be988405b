#!/usr/bin/env bash
# Validates the built Teams app package against the official Teams manifest schema (offline).
#   manifest/validate.sh [path/to/app.zip]     default: manifest/target/excoord-teams-app.zip
# Build the package first: ./mvnw -pl manifest package
# Installs npm @microsoft/app-manifest (which bundles the official schemas) into manifest/target/node-tools
# on first use, then runs validate-manifest.mjs. Exits non-zero on any schema or package error.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
APP_MANIFEST_VERSION="1.1.2"
# @microsoft/app-manifest requires fs-extra at run time without declaring it as a dependency
FS_EXTRA_VERSION="11.4.1"
TOOLS="$HERE/target/node-tools"
ZIP="${1:-$HERE/target/excoord-teams-app.zip}"

command -v node >/dev/null && command -v npm >/dev/null || { echo "validate.sh needs node and npm on PATH" >&2; exit 2; }
[ -f "$ZIP" ] || { echo "no package at $ZIP - build it first: ./mvnw -pl manifest package" >&2; exit 2; }

version_of() { node -p "require('$TOOLS/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(version_of @microsoft/app-manifest)" != "$APP_MANIFEST_VERSION" ] || [ "$(version_of fs-extra)" != "$FS_EXTRA_VERSION" ]; then
  echo "installing @microsoft/app-manifest@$APP_MANIFEST_VERSION into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error \
    "@microsoft/app-manifest@$APP_MANIFEST_VERSION" "fs-extra@$FS_EXTRA_VERSION" >&2
fi

TEAMS_NODE_TOOLS="$TOOLS" exec node "$HERE/validate-manifest.mjs" "$ZIP"
