#!/usr/bin/env bash
# Recreate the tenth set of real releases (Tests/RealTenth/manifest.json) from mirrors of their public repositories.
# Usage: rebuild.sh MIRRORS_DIR [OUT_DIR]     (OUT_DIR defaults to /tmp/pressroom-real-tenth)
#   MIRRORS_DIR holds one bare git mirror per repository of the manifest, as MIRRORS_DIR/owner+name/repo
#   (or owner+name/repo/.git). Needs git, python3 and poppler's pdftotext. Every original is checked against
#   its sha256 (Scripts/rebuild-real-set.sh does the work).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exec bash "$here/../../Scripts/rebuild-real-set.sh" "$here/manifest.json" "${1:?usage: rebuild.sh MIRRORS_DIR [OUT_DIR]}" "${2:-/tmp/pressroom-real-tenth}"
