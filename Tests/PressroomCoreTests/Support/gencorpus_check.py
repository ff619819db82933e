#!/usr/bin/env python3
"""Compare a `pressroom export --format json` of a gencorpus archive with the archive's
manifest-records.jsonl (exact expectations written by the generator).

Usage: gencorpus_check.py ARCHIVE_DIR EXPORT_JSON
Prints one JSON object: {"records": N, "<field>": accuracy, ..., "mismatches": {field: [up to 3 examples]}}
Fields: kind, date, organization, release, title (exact), paragraphs (SHA-1 of the joined body equals
the generator's), contacts (name, role, phones, e-mails of every contact, in order).
"""
import hashlib
import json
import sys

archive, export = sys.argv[1], sys.argv[2]
expected = {}
with open(archive + '/manifest-records.jsonl', encoding='utf-8') as f:
    for line in f:
        r = json.loads(line)
        expected[r['path']] = r
records = json.load(open(export, encoding='utf-8'))
fields = ['kind', 'date', 'organization', 'release', 'title', 'paragraphs', 'contacts']
right = {k: 0 for k in fields}
mismatches = {k: [] for k in fields}
n = 0


def contacts(cs):
    return [[c.get('name'), c.get('role'), list(c.get('phones') or []), list(c.get('emails') or [])] for c in cs]


for rec in records:
    gold = expected.get(rec['source'])
    if gold is None:
        continue
    n += 1
    got = {k: rec.get(k) for k in ['kind', 'date', 'organization', 'release', 'title']}
    want = {k: gold.get(k) for k in got}
    body = '\n'.join(rec.get('paragraphs') or [])
    got['paragraphs'] = hashlib.sha1(body.encode('utf-8')).hexdigest()[:16]
    want['paragraphs'] = gold['paragraphs_sha1']
    got['contacts'] = contacts(rec.get('contacts') or [])
    want['contacts'] = contacts(gold.get('contacts') or [])
    for k in fields:
        if got[k] == want[k]:
            right[k] += 1
        elif len(mismatches[k]) < 3:
            shown = (len(rec.get('paragraphs') or []), gold['paragraphs']) if k == 'paragraphs' else (got[k], want[k])
            mismatches[k].append({'source': rec['source'], 'style': gold['style'], 'got': shown[0], 'want': shown[1]})
out = {'records': n, 'expected': len(expected)}
out.update({k: round(right[k] / max(n, 1), 4) for k in fields})
out['mismatches'] = {k: v for k, v in mismatches.items() if v}
print(json.dumps(out, ensure_ascii=False))
