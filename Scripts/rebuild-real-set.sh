#!/usr/bin/env bash
# Recreate a set of real releases (a manifest.json of repository, commit, path and sha256 per original, as in
# Tests/RealExtra, Tests/RealThird and Tests/RealFourth) from mirrors of their public repositories; each set's rebuild.sh calls this.
# Usage: rebuild-real-set.sh MANIFEST MIRRORS_DIR OUT_DIR
#   MIRRORS_DIR holds one bare git mirror per repository of the manifest, as MIRRORS_DIR/owner+name/repo
#   (or owner+name/repo/.git). Needs git, python3 and poppler's pdftotext (22.12 was used; another
#   version may extract a little differently). Every original is checked against its sha256.
set -euo pipefail
manifest="${1:?usage: rebuild-real-set.sh MANIFEST MIRRORS_DIR OUT_DIR}"
mirrors="${2:?usage: rebuild-real-set.sh MANIFEST MIRRORS_DIR OUT_DIR}"
out="${3:?usage: rebuild-real-set.sh MANIFEST MIRRORS_DIR OUT_DIR}"
rm -rf "$out"; mkdir -p "$out"
python3 - "$manifest" "$mirrors" "$out" <<'PY'
import hashlib, json, os, subprocess, sys
manifest, mirrors, out = sys.argv[1:4]
bad = missing = 0
for e in json.load(open(manifest))['inputs']:
    d = os.path.join(mirrors, e['repo'].replace('/', '+'), 'repo')
    if os.path.isdir(os.path.join(d, '.git')):
        d = os.path.join(d, '.git')
    if not os.path.isdir(d):
        missing += 1; print('no mirror of', e['repo'], file=sys.stderr); continue
    data = subprocess.check_output(['git', '--git-dir', d, 'show', f"{e['commit']}:{e['path']}"])
    if hashlib.sha256(data).hexdigest() != e['sha256']:
        bad += 1; print('sha256 mismatch:', e['file'], file=sys.stderr)
    open(os.path.join(out, e['file']), 'wb').write(data)
    if e['file'].endswith('.pdf'):
        base, pdf = os.path.join(out, e['file'][:-4]), os.path.join(out, e['file'])
        subprocess.check_call(['pdftotext', pdf, base + '.pdftotext.txt'])
        subprocess.check_call(['pdftotext', '-layout', pdf, base + '.layout.txt'])
print(f"{len(os.listdir(out))} files in {out}" + (f"; {missing} mirrors missing" if missing else "")
      + (f"; {bad} sha256 mismatches" if bad else ""))
sys.exit(1 if bad or missing else 0)
PY
