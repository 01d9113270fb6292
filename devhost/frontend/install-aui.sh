#!/bin/sh
# Installs AUI (the Atlassian User Interface library, Jira's look) and the jQuery it needs with this machine's npm from package-lock.json and
# copies the parts the devhost serves into the jar's resources (argument 1: the target directory). Run by the
# devhost's Maven build. Never fails the build: without npm, or offline without npm's cache, the devhost runs with
# its own plain CSS and says so here.
set -u
cd "$(dirname "$0")"
target="$1"
dist=node_modules/@atlassian/aui/dist/aui
stamp=node_modules/.installed-lock

warn() {
  echo "[devhost frontend] WARNING: $1" >&2
  echo "[devhost frontend] The devhost will run without AUI (plain styling). Install Node.js with npm and rebuild for Jira's look." >&2
}

if ! command -v npm >/dev/null 2>&1; then
  warn "npm is not installed, so AUI cannot be installed."
  exit 0
fi

# npm ci only when the lock file changed since the last install: builds stay fast and work offline.
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp" || [ ! -f "$dist/aui-prototyping.js" ]; then
  echo "[devhost frontend] npm ci (AUI from package-lock.json)"
  if ! npm ci --no-audit --no-fund --prefer-offline --loglevel=error >npm-ci.log 2>&1; then
    cat npm-ci.log >&2
    warn "npm ci failed (offline without npm's cache?)."
    exit 0
  fi
  rm -f npm-ci.log
  cp package-lock.json "$stamp"
fi

mkdir -p "$target/fonts" "$target/images"
cp "$dist/aui-prototyping.css" "$dist/aui-prototyping.js" node_modules/jquery/dist/jquery.min.js "$target/"
node patch-aui.mjs "$target/aui-prototyping.js"
cp "$dist"/fonts/* "$target/fonts/"
cp "$dist"/images/* "$target/images/"
echo "[devhost frontend] AUI $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' node_modules/@atlassian/aui/package.json | head -1) copied to $target"
