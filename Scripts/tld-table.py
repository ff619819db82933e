#!/usr/bin/env python3
"""Writes Sources/PressroomCore/Lexicon/DelegatedTopLevelDomains.swift: every top-level domain of the ICANN
section of the Public Suffix List (Debian's `publicsuffix` package, /usr/share/publicsuffix/public_suffix_list.dat).

A bare domain printed without a scheme (`visit polls.pizza`) is an address only when its last label is a real
top-level domain; the list of those is kept by the Public Suffix List's maintainers (it follows IANA's root zone),
so it is read from there rather than written by hand. Only ASCII labels of three letters or more are written: the
two-letter country codes are all known already (TopLevelDomains.isKnown), and the internationalised ones never
reach the byte scanner, which stops at bytes beyond ASCII.

    python3 Scripts/tld-table.py           # rewrite the file
    python3 Scripts/tld-table.py --check   # exit 1 when the file differs from what it writes
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources/PressroomCore/Lexicon/DelegatedTopLevelDomains.swift")
PSL = "/usr/share/publicsuffix/public_suffix_list.dat"


def tlds():
    out = set()
    with open(PSL, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("// ===END ICANN DOMAINS==="):
                break
            if not line or line.startswith("//") or "." in line or line[0] in "*!":
                continue
            if line.isascii() and line.isalpha() and len(line) >= 3:
                out.add(line.lower())
    return sorted(out)


def text():
    names = tlds()
    rows = []
    row = "       "
    for n in names:
        item = f' "{n}",'
        if len(row) + len(item) > 118:
            rows.append(row)
            row = "       "
        row += item
    rows.append(row)
    return ("// Written by Scripts/tld-table.py from the Public Suffix List's ICANN section; do not edit.\n"
            "extension TopLevelDomains {\n"
            f"    /// The {len(names)} delegated top-level domains of three letters or more (ASCII), from the Public Suffix List.\n"
            "    static let delegated: Set<String> = [\n" + "\n".join(rows) + "\n    ]\n}\n")


if __name__ == "__main__":
    new = text()
    if "--check" in sys.argv:
        old = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        if old != new:
            print(f"{OUT} differs from what {sys.argv[0]} writes")
            sys.exit(1)
        sys.exit(0)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(new)
