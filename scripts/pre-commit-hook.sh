#!/bin/sh
# The pre-commit hook (.pre-commit-hooks.yaml). pre-commit runs it from its own clone of gkml, in
# the catalogue repository. It is a script hook, not a node one: pre-commit's node hooks read
# `npm pack`'s stdout as the tarball's name, and npm prints the build's lifecycle banners there,
# so a package that builds on install (as gkml does: dist/ is not committed) cannot install.
# The first run installs and builds gkml inside that clone; later runs only check.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$here/dist/cli-bundle/gkml.js" ]; then
  echo "gkml: first run, installing gkml (npm ci)…" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
exec node "$here/bin/gkml.js" check --skip-non-catalogues "$@"
