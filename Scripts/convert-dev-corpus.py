#!/usr/bin/env python3
"""Turn plain-text and markdown releases into the web pages and Word files they would be published as.

Usage:
    convert-dev-corpus.py convert [SRC_DIR] OUT_DIR   # each NAME.txt / NAME.md -> OUT_DIR/NAME.html, NAME.docx
    convert-dev-corpus.py email [SRC_DIR] OUT_DIR     # each -> OUT_DIR/NAME.{plain,qp,alt,stub,pdf,fwd}.eml, NAME.attached.pdf
    convert-dev-corpus.py sources EXPORT.json         # rewrite the export's sources NAME.html -> NAME, in place

SRC_DIR defaults to ../shared/corpus/dev/releases. The gold records of score.py are named by the original file
(`x.tika.txt.json`), so `sources` maps each converted file's record back to its original's name before scoring:

    python3 Scripts/convert-dev-corpus.py convert /tmp/conv
    .build/release/pressroom export --no-cache --format json /tmp/conv/*.html > /tmp/conv-html.json
    python3 Scripts/convert-dev-corpus.py sources /tmp/conv-html.json
    python3 ../shared/tools/score.py GOLD_OF_TXT_AND_MD /tmp/conv-html.json

The conversion is what a press office's site or word processor makes of the text, no more: it never reads the
gold and never guesses a field. Paragraphs are the text's blocks (blank-line separated; in Apache Tika's text,
where every printed line is followed by an empty one, the whitespace-only lines), a block's printed lines are
kept as line breaks (`<br>`, `w:br`), markdown's headings, bullets, bold lines and links become their HTML and
Word forms. Each page is wrapped in a newsroom's furniture (cookie banner, navigation, breadcrumb, related
news, site footer) that the reader must drop; each Word file gets core properties with today's created date
(as a real save would), which the parser must not prefer to the date the text prints.

The attached PDF (`email`: `NAME.attached.pdf`, and the `.pdf.eml` that carries it) is the release as a word
processor exports it, made from the same blocks: what an issuer attaches is the Word or Writer document saved
as PDF, not its text file printed line by line. So each block is a paragraph set in DejaVu Sans 11 pt, wrapped
to the measure of an A4 page with 2.5 cm margins at Word's line spacing (1.08), with an empty line's space
between paragraphs; a markdown headline in 20 pt bold, its other headings bold, `**bold**` and `_italic_` in the
bold and oblique faces, list items with their marker and a hanging indent, links as their text (with a link
annotation); a plain text's wrapped lines joined into the paragraph they were cut from (its short lines, and
lines printed in columns, stay lines of their own: an address, a letterhead set with tab stops), its form feeds
kept as page breaks, and Tika's lists of a page's link addresses turned back into annotations; pages cut where
the page is full. The text is Unicode (`Marković`, Vietnamese, `₹`): the fonts are embedded as subsets
(Type0/CIDFontType2, Identity-H) with their widths and a ToUnicode CMap, as word processors embed them, so that
pdftotext gives back every character. Fonts are read from /usr/share/fonts/truetype/dejavu (Debian
`fonts-dejavu-core`).

Python 3 standard library only: the PDF and the font subsets are written by hand (`struct`, `zlib`); the
standard library has no PDF writer and no font module, and the script must run where pressroom is built
without installing anything.
"""
import base64
import datetime
import email.utils
import html
import quopri
import json
import os
import re
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.join(HERE, '..', '..', 'shared', 'corpus', 'dev', 'releases')
LINK_RE = re.compile(r'\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)')


def is_tika(lines):
    """Tika's text: most printed lines are followed by an empty line, and paragraphs end with lines of spaces
    (or printed lines end with a space)."""
    printed = [i for i, l in enumerate(lines) if l.strip()]
    if len(printed) < 4:
        return False
    followed = sum(1 for i in printed if i + 1 < len(lines) and lines[i + 1].strip() == '')
    spaces_only = sum(1 for l in lines if l and not l.strip())
    trailing = sum(1 for i in printed if lines[i].endswith(' '))
    return followed >= 0.6 * len(printed) and (spaces_only >= 2 or trailing >= 0.4 * len(printed))


def blocks_of_text(text):
    """Blocks of printed lines, as the text separates them."""
    text = text.replace('\r\n', '\n').replace('\f', '\n\n')
    lines = text.split('\n')
    blocks, cur = [], []
    if is_tika(lines):
        # An empty line ends a printed line; a line of spaces only ends a paragraph.
        for l in lines:
            if l == '':
                continue
            if l.strip() == '':
                if cur:
                    blocks.append(cur)
                cur = []
            else:
                cur.append(l.strip())
    else:
        for l in lines:
            if l.strip() == '':
                if cur:
                    blocks.append(cur)
                cur = []
            else:
                cur.append(l.strip())
    if cur:
        blocks.append(cur)
    out = []
    for b in blocks:
        # A heading line (`Media contacts`) may stand above the columns.
        k = next((k for k in range(len(b) - 1) if columns(b[k:])), None)
        if k is None:
            out.append(('p', b))
            continue
        if k:
            out.append(('p', b[:k]))
        out.append(('table', columns(b[k:])))
    return out


def columns(lines):
    """A block printed in columns (runs of 3 or more spaces at the same places in every line: two contacts side
    by side), as the rows of a table; None for any other block."""
    if len(lines) < 2:
        return None
    rows = [re.split(r'\s{3,}', l.strip()) for l in lines]
    n = len(rows[0])
    if n < 2 or any(len(r) != n for r in rows):
        return None
    return rows


def blocks_of_markdown(text):
    """Markdown into (kind, lines) blocks: ('h', level, text), ('li', lines), ('p', lines); front matter dropped
    (a site's build metadata, not printed)."""
    lines = text.replace('\r\n', '\n').split('\n')
    if lines and lines[0].strip() in ('---', '+++'):
        fence = lines[0].strip()
        for k in range(1, min(len(lines), 80)):
            if lines[k].strip() == fence:
                lines = lines[k + 1:]
                break
    out, cur, hard = [], [], []

    def flush():
        nonlocal cur, hard
        if cur:
            out.append(('p', cur, hard))
        cur, hard = [], []

    for raw in lines:
        t = raw.strip()
        if t.startswith('<!--') and t.endswith('-->'):
            continue
        m = re.match(r'^(#{1,6})\s+(.*?)\s*#*$', t)
        if m:
            flush()
            out.append(('h', len(m.group(1)), m.group(2)))
            continue
        if not t:
            flush()
            continue
        m = re.match(r'^([-*+•]|\d{1,2}[.)])\s+(.*)$', t)
        if m:
            flush()
            out.append(('li', [m.group(2)], m.group(1)))
            continue
        if out and out[-1][0] == 'li' and not cur and raw.startswith((' ', '\t')):
            out[-1][1].append(t)
            continue
        cur.append(t)
        hard.append(raw.endswith(('  ', '\\')))  # markdown's hard line break; any other line end is a space
    flush()
    return out


def inline_html(t):
    """Markdown inline markup into HTML: links, bold, italics; the rest escaped."""
    parts, pos = [], 0
    for m in LINK_RE.finditer(t):
        parts.append(emphasis_html(html.escape(t[pos:m.start()])))
        parts.append('<a href="%s">%s</a>' % (html.escape(m.group(2)), emphasis_html(html.escape(m.group(1)))))
        pos = m.end()
    parts.append(emphasis_html(html.escape(t[pos:])))
    return ''.join(parts)


def emphasis_html(t):
    t = re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)
    t = re.sub(r'(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])', r'<em>\1</em>', t)
    t = re.sub(r'(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])', r'<em>\1</em>', t)
    return t


def page(blocks, markdown):
    body = []
    items = []

    def close_list():
        if items:
            body.append('<ul>\n' + '\n'.join('  <li>%s</li>' % i for i in items) + '\n</ul>')
            items.clear()

    for b in blocks:
        if b[0] == 'table':
            close_list()
            body.append('<table>\n' + '\n'.join('<tr>%s</tr>' % ''.join('<td>%s</td>' % html.escape(c) for c in r) for r in b[1]) + '\n</table>')
            continue
        if b[0] == 'li':
            items.append('<br>\n'.join(inline_html(l) if markdown else html.escape(l) for l in b[1]))
            continue
        close_list()
        if b[0] == 'h':
            body.append('<h%d>%s</h%d>' % (b[1], inline_html(b[2]), b[1]))
        else:
            lines = [re.sub(r'\s*\\$', '', l) for l in b[1]]
            body.append('<p>' + '<br>\n'.join(inline_html(l) if markdown else html.escape(l) for l in lines) + '</p>')
    close_list()
    return PAGE % '\n'.join(body)


PAGE = '''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Newsroom | Press releases</title>
<link rel="stylesheet" href="/assets/site.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>This site uses cookies to measure visits. You can accept them or choose which ones we may set.</p>
  <button type="button">Accept all</button> <button type="button">Settings</button>
</div>
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
  <a class="logo" href="/">Newsroom</a>
  <nav aria-label="Main"><ul><li><a href="/about">About</a></li><li><a href="/news">News</a></li><li><a href="/media">Media centre</a></li><li><a href="/contact">Contact</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/news">News</a> / Press release</nav>
<main id="content">
<article class="press-release">
%s
<div class="share-links"><a href="https://social.example/share">Share</a> <a href="mailto:?subject=Press%%20release">E-mail this page</a> <button>Print</button></div>
</article>
<aside class="related"><h2>Related news</h2><ul><li><a href="/news/1">Annual report published</a></li><li><a href="/news/2">Our new board members</a></li></ul></aside>
</main>
<footer class="site-footer"><p>Newsroom &middot; <a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></p></footer>
<script src="/assets/site.js"></script>
</body>
</html>
'''

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'


def xml_text(t):
    return html.escape(t, quote=False)


def runs(t, markdown, rels, rpr=''):
    """A line as w:r runs (and w:hyperlink for markdown links)."""
    out, pos = [], 0
    segments = []
    if markdown:
        for m in LINK_RE.finditer(t):
            segments.append((t[pos:m.start()], None))
            segments.append((m.group(1), m.group(2)))
            pos = m.end()
    segments.append((t[pos:], None))
    for text, url in segments:
        if markdown:
            text = re.sub(r'\*\*(.+?)\*\*', r'\1', text)
            text = re.sub(r'(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])', r'\1', text)
            text = re.sub(r'(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])', r'\1', text)
        if not text and not url:
            continue
        run = '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else '', xml_text(text))
        if url:
            rid = 'rId%d' % (100 + len(rels))
            rels.append((rid, url))
            out.append('<w:hyperlink r:id="%s">%s</w:hyperlink>' % (rid, run))
        else:
            out.append(run)
    return out


def document(blocks, markdown):
    rels, body = [], []
    for b in blocks:
        if b[0] == 'table':
            body.append('<w:tbl>%s</w:tbl>' % ''.join(
                '<w:tr>%s</w:tr>' % ''.join('<w:tc><w:p>%s</w:p></w:tc>' % ''.join(runs(c, False, rels)) for c in r) for r in b[1]))
            continue
        if b[0] == 'h':
            style = 'Title' if b[1] == 1 else 'Heading%d' % (b[1] - 1)
            body.append('<w:p><w:pPr><w:pStyle w:val="%s"/></w:pPr>%s</w:p>' % (style, ''.join(runs(b[2], markdown, rels))))
            continue
        lines = [re.sub(r'\s*\\$', '', l) for l in b[1]]
        bold = markdown and len(lines) == 1 and re.fullmatch(r'\*\*[^*]+\*\*', lines[0]) is not None
        italic = markdown and len(lines) == 1 and re.fullmatch(r'(_[^_]+_|\*[^*]+\*)', lines[0]) is not None
        ppr = '<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if b[0] == 'li' else ''
        rpr = '<w:b/>' if bold else '<w:i/>' if italic else ''
        content = '<w:r><w:br/></w:r>'.join(''.join(runs(l, markdown, rels, rpr)) for l in lines)
        body.append('<w:p>%s%s</w:p>' % (ppr, content))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, R, ''.join(body)))
    rel_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               + ''.join('<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
                         'Target="%s" TargetMode="External"/>' % (rid, html.escape(url)) for rid, url in rels)
               + '</Relationships>')
    return doc, rel_xml


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles xmlns:w="%s">'
          '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
          + ''.join('<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/></w:style>' % (k, k) for k in range(1, 6))
          + '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>'
          '</w:styles>') % W

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '</Types>')

ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '</Relationships>')


def core(created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Press office</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '</cp:coreProperties>' % created)


def write_docx(path, blocks, markdown, created):
    doc, rels = document(blocks, markdown)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        z.writestr('_rels/.rels', ROOT_RELS)
        z.writestr('word/document.xml', doc)
        z.writestr('word/_rels/document.xml.rels', rels)
        z.writestr('word/styles.xml', STYLES)
        z.writestr('docProps/core.xml', core(created))


def convert(src, out):
    os.makedirs(out, exist_ok=True)
    created = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    count = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(('.txt', '.md')):
            continue
        with open(os.path.join(src, name), encoding='utf-8', errors='replace') as f:
            text = f.read()
        markdown = name.endswith('.md')
        blocks = blocks_of_markdown(text) if markdown else blocks_of_text(text)
        with open(os.path.join(out, name + '.html'), 'w', encoding='utf-8') as f:
            f.write(page(blocks, markdown))
        write_docx(os.path.join(out, name + '.docx'), blocks, markdown, created)
        count += 1
    print('converted %d releases into %s (.html and .docx each)' % (count, out), file=sys.stderr)


# ---------------------------------------------------------------------------------------------------------------
# The release as a PDF, as a word processor exports it.

FONT_DIR = '/usr/share/fonts/truetype/dejavu'
FONT_FILES = {'regular': 'DejaVuSans.ttf', 'bold': 'DejaVuSans-Bold.ttf', 'italic': 'DejaVuSans-Oblique.ttf'}
URI_LINE = re.compile(r'^(?:https?://|mailto:)\S+$')


class TrueType:
    """The few tables of a TrueType font that a PDF needs, read with `struct` (the standard library has no font
    module): `cmap` (format 12, else format 4: characters to glyph ids), `hmtx` (advance widths), `head`, `hhea`,
    `OS/2`, `post` (the font descriptor's metrics), and `glyf`/`loca` to embed a subset of the glyphs."""

    def __init__(self, path):
        with open(path, 'rb') as f:
            self.data = data = f.read()
        count = struct.unpack('>H', data[4:6])[0]
        self.tables = {}
        for k in range(count):
            tag, _, off, length = struct.unpack('>4sIII', data[12 + 16 * k:28 + 16 * k])
            self.tables[tag.decode('latin-1')] = (off, length)
        head = self.table('head')
        self.units = struct.unpack('>H', head[18:20])[0]
        self.bbox = struct.unpack('>hhhh', head[36:44])
        self.long_loca = struct.unpack('>h', head[50:52])[0] == 1
        hhea = self.table('hhea')
        self.ascent, self.descent = struct.unpack('>hh', hhea[4:8])
        metrics = struct.unpack('>H', hhea[34:36])[0]
        self.glyphs = struct.unpack('>H', self.table('maxp')[4:6])[0]
        hmtx = self.table('hmtx')
        advances = [struct.unpack('>H', hmtx[4 * k:4 * k + 2])[0] for k in range(metrics)]
        self.advances = advances + [advances[-1]] * (self.glyphs - metrics)
        os2 = self.table('OS/2')
        version = struct.unpack('>H', os2[0:2])[0]
        self.cap_height = struct.unpack('>h', os2[88:90])[0] if version >= 2 and len(os2) >= 90 else self.ascent
        self.italic_angle = struct.unpack('>i', self.table('post')[4:8])[0] / 65536.0
        self.cmap = self.read_cmap()
        self.name = os.path.splitext(os.path.basename(path))[0]

    def table(self, tag):
        off, length = self.tables[tag]
        return self.data[off:off + length]

    def read_cmap(self):
        cmap = self.table('cmap')
        count = struct.unpack('>H', cmap[2:4])[0]
        subtables = {}
        for k in range(count):
            platform, encoding, off = struct.unpack('>HHI', cmap[4 + 8 * k:12 + 8 * k])
            subtables[(platform, encoding)] = off
        for key in ((3, 10), (0, 4), (3, 1), (0, 3)):
            if key not in subtables:
                continue
            off = subtables[key]
            fmt = struct.unpack('>H', cmap[off:off + 2])[0]
            if fmt == 12:
                groups = struct.unpack('>I', cmap[off + 12:off + 16])[0]
                out = {}
                for g in range(groups):
                    start, end, gid = struct.unpack('>III', cmap[off + 16 + 12 * g:off + 28 + 12 * g])
                    for c in range(start, end + 1):
                        out[c] = gid + c - start
                return out
            if fmt == 4:
                segs = struct.unpack('>H', cmap[off + 6:off + 8])[0] // 2
                ends = struct.unpack('>%dH' % segs, cmap[off + 14:off + 14 + 2 * segs])
                base = off + 16 + 2 * segs
                starts = struct.unpack('>%dH' % segs, cmap[base:base + 2 * segs])
                deltas = struct.unpack('>%dh' % segs, cmap[base + 2 * segs:base + 4 * segs])
                range_base = base + 4 * segs
                ranges = struct.unpack('>%dH' % segs, cmap[range_base:range_base + 2 * segs])
                out = {}
                for s in range(segs):
                    for c in range(starts[s], ends[s] + 1):
                        if c == 0xFFFF:
                            continue
                        if ranges[s] == 0:
                            gid = (c + deltas[s]) & 0xFFFF
                        else:
                            at = range_base + 2 * s + ranges[s] + 2 * (c - starts[s])
                            gid = struct.unpack('>H', cmap[at:at + 2])[0]
                            gid = (gid + deltas[s]) & 0xFFFF if gid else 0
                        if gid:
                            out[c] = gid
                return out
        raise ValueError('%s: no Unicode cmap (format 4 or 12)' % self.name)

    def width(self, gid):
        """Advance width in the PDF's text space (1000 units to the em)."""
        return self.advances[gid] * 1000.0 / self.units

    def glyph_data(self, gid):
        loca = self.table('loca')
        if self.long_loca:
            a, b = struct.unpack('>II', loca[4 * gid:4 * gid + 8])
        else:
            a, b = (2 * x for x in struct.unpack('>HH', loca[2 * gid:2 * gid + 4]))
        off = self.tables['glyf'][0]
        return self.data[off + a:off + b]

    def subset(self, used):
        """The font with only the `used` glyphs' outlines (and the components of composite ones) kept: glyph ids
        stay as they are (every other glyph is empty), so the content streams use the cmap's ids; tables a PDF
        reader does not need for a CID font (GSUB, GPOS, kern, ...) are dropped, as a word processor's export
        does."""
        keep, todo = {0}, list(used)
        while todo:
            gid = todo.pop()
            if gid in keep and gid != 0:
                continue
            keep.add(gid)
            g = self.glyph_data(gid)
            if len(g) >= 10 and struct.unpack('>h', g[0:2])[0] < 0:
                at = 10
                while True:
                    flags, component = struct.unpack('>HH', g[at:at + 4])
                    todo.append(component)
                    at += 4 + (4 if flags & 1 else 2)
                    at += 2 if flags & 8 else 4 if flags & 0x40 else 8 if flags & 0x80 else 0
                    if not flags & 0x20:
                        break
        glyf, loca = bytearray(), []
        for gid in range(self.glyphs):
            loca.append(len(glyf))
            if gid in keep:
                glyf += self.glyph_data(gid)
                glyf += b'\0' * (-len(glyf) % 4)
        loca.append(len(glyf))
        head = bytearray(self.table('head'))
        head[8:12] = b'\0\0\0\0'
        head[50:52] = struct.pack('>h', 1)
        tables = {'glyf': bytes(glyf), 'loca': struct.pack('>%dI' % len(loca), *loca), 'head': bytes(head)}
        for tag in ('cvt ', 'fpgm', 'prep', 'hhea', 'hmtx', 'maxp', 'OS/2', 'cmap', 'name'):
            if tag in self.tables:
                tables[tag] = self.table(tag)
        tags = sorted(tables)
        n = len(tags)
        power = 1 << (n.bit_length() - 1)
        out = bytearray(struct.pack('>IHHHH', 0x00010000, n, power * 16, power.bit_length() - 1, n * 16 - power * 16))
        off = 12 + 16 * n
        body = bytearray()
        for tag in tags:
            t = tables[tag]
            out += struct.pack('>4sIII', tag.encode('latin-1'), checksum(t), off + len(body), len(t))
            body += t + b'\0' * (-len(t) % 4)
        font = out + body
        adjust = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
        head_at = off + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[:tags.index('head')])
        font[head_at + 8:head_at + 12] = struct.pack('>I', adjust)
        return bytes(font)


def checksum(data):
    data = data + b'\0' * (-len(data) % 4)
    return sum(struct.unpack('>%dI' % (len(data) // 4), data)) & 0xFFFFFFFF


class PDFFont:
    """One face of the document: a Type0 font over a CIDFontType2 (Identity-H: two-byte glyph ids), with the glyphs
    it printed, their widths (`/W`) and a `/ToUnicode` CMap so that text extraction gives back the characters."""

    def __init__(self, font, resource):
        self.font, self.resource = font, resource
        self.chars = {}  # gid -> the characters it was used for (first wins)
        self.missing = set()

    def gid(self, ch):
        g = self.font.cmap.get(ord(ch), 0)
        if g == 0:
            self.missing.add(ch)
        self.chars.setdefault(g, ch)
        return g

    def measure(self, text, size):
        return sum(self.font.width(self.font.cmap.get(ord(c), 0)) for c in text) * size / 1000.0

    def encode(self, text):
        return b'<' + ''.join('%04X' % self.gid(c) for c in text).encode('ascii') + b'>'


def pdf_runs(line, markdown):
    """A printed line as (text, face, url) runs: markdown's links as their text (their address kept for a link
    annotation), `**bold**` bold, `_italic_` / `*italic*` oblique; a plain text's line as it is."""
    line = re.sub(r'\s*\\$', '', line).replace('\t', ' ')
    if not markdown:
        return [(line, 'regular', None)]
    segments, pos = [], 0
    for m in LINK_RE.finditer(line):
        segments.append((line[pos:m.start()], None))
        segments.append((m.group(1), m.group(2)))
        pos = m.end()
    segments.append((line[pos:], None))
    runs = []
    for text, url in segments:
        for part in re.split(r'(\*\*.+?\*\*|(?<![\w*])\*(?!\s).+?(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s).+?(?<!\s)_(?![\w_]))', text):
            if not part:
                continue
            if part.startswith('**') and part.endswith('**') and len(part) > 4:
                runs.append((part[2:-2], 'bold', url))
            elif len(part) > 2 and part[0] == part[-1] and part[0] in '*_':
                runs.append((part[1:-1], 'italic', url))
            else:
                runs.append((part, 'regular', url))
    return runs


def pdf_blocks(blocks, markdown, tika, measure):
    """The blocks as the PDF prints them. In Tika's text, the lines that are only an address (`http://…`,
    `mailto:…`) are the original PDF's link annotations, which Tika lists after each page's text: a word
    processor's PDF holds them as annotations, never as printed text, so they are taken out of the text and
    attached (as `('links', urls)`) to be written as annotations over the words they name. A paragraph's printed
    lines are joined where the writer's line was wrapped (`reflowed`): in markdown, every line end but a hard
    break; in a plain text, where the next word would not have fitted in the text's `measure` (characters) or the
    line ends in a word's hyphen. A line printed in columns is never joined: it is set with tab stops."""
    out = []
    for b in blocks:
        if b[0] != 'p':
            out.append(b)
            continue
        kept = [l for l in b[1] if not (tika and URI_LINE.match(l))]
        links = [l for l in b[1] if tika and URI_LINE.match(l)]
        if links:
            out.append(('links', links))
        if not kept:
            continue
        if markdown:
            hard = b[2] if len(b) > 2 else [True] * len(kept)
            out.append(('p', reflowed(kept, [not h for h in hard])))
        else:
            nexts = [len(kept[k + 1].split()[0]) if k + 1 < len(kept) else 0 for k in range(len(kept))]
            soft = [len(l) + 1 + n > measure or re.search(r'[^\W\d]-$', l) is not None for l, n in zip(kept, nexts)]
            tabbed = [re.search(r'\S {3,}\S', l) is not None for l in kept]
            soft = [f and not t and not (k + 1 < len(kept) and tabbed[k + 1])
                    for k, (f, t) in enumerate(zip(soft, tabbed))]
            out.append(('p', reflowed(kept, soft), measure))
    return out


def paged_blocks(text):
    """A plain text's blocks with its page breaks (form feeds: pdftotext's text of a PDF) kept as ('page',): the
    document's pages, as a word processor keeps a page break, so that a page's running header and footer stand
    at a page's edge, where the PDF reader looks for them, not mid-page."""
    out = []
    for k, part in enumerate(text.split('\f')):
        if k and out and part.strip():
            out.append(('page',))
        out.extend(blocks_of_text(part))
    return out


def text_measure(text):
    """The width a plain text was wrapped at, in characters: the 90th percentile of its printed lines' lengths."""
    lengths = sorted(len(l.strip()) for l in text.split('\n') if l.strip())
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def reflowed(lines, soft):
    """A block's printed lines as the paragraph's lines: a line whose end is `soft` (a markdown line end with no
    hard break; in a plain text, a line that runs to the text's own measure, so the next word did not fit) goes on
    with the next line after a space, as the writer's paragraph did; a word cut with a hyphen at such an end is
    joined (the hyphen dropped before a lower-case letter, as pdftotext joins it). Other line ends (a short line:
    an address, a contact's name, a headline's first line) stay line breaks."""
    out = [lines[0]]
    for k in range(1, len(lines)):
        prev, line = out[-1], lines[k]
        if not soft[k - 1] or re.match(r'^([-*+•]|\d{1,2}[.)])\s', line):
            out.append(line)
        elif re.search(r'\w-$', prev) and not prev.endswith('--'):
            out[-1] = (prev[:-1] if line[:1].islower() else prev) + line
        else:
            out[-1] = prev + ' ' + line
    return out


class PageWriter:
    """Lays paragraphs out on A4 pages as a word processor's default page does: 2.5 cm margins, 11 pt text with
    the font's own line height, an empty line's space between paragraphs, left-aligned lines wrapped at the
    measure, a new page where the page is full."""
    WIDTH, HEIGHT, MARGIN = 595.28, 841.89, 70.87

    def __init__(self, fonts):
        self.fonts = fonts
        self.autolinks = {}  # an address as printed (lower case, no scheme) -> the link annotation's URI
        self.pages = []  # (content bytes, [(rect, url)])
        self.new_page()

    def new_page(self):
        self.content, self.links = [], []
        self.pages.append((self.content, self.links))
        self.y = self.HEIGHT - self.MARGIN

    LINE_SPACING = 1.08

    def pitch(self, size):
        """The distance from line to line: 1.08 of the font's own line height (ascent to descent), the line spacing
        of Word's "Normal" style since Word 2013. Single spacing (1.0) sets the lines of a font with no line gap
        (DejaVu's) edge to edge, and poppler's boxes then overlap by rounding (a line's top a few thousandths above
        the bottom of the one over it), which the PDF reader does not count as lines one under the other; 1.15
        (Word 2007's and LibreOffice's "1.15 lines") falls on the edge of two of the reader's pitch bins (fiftieths
        of a line height), so that rounding splits its count: see DEVELOPERS.md."""
        f = self.fonts['regular'].font
        return self.LINE_SPACING * size * (f.ascent - f.descent) / f.units

    def space(self, size):
        if self.y < self.HEIGHT - self.MARGIN:
            self.y -= self.pitch(size)

    def words(self, runs, size):
        """Runs into words: (pieces, width) with each piece (text, face, url) and the space before the word."""
        words, cur, width = [], [], 0.0
        for text, face, url in runs:
            for token in re.split(r'( +)', text):
                if not token:
                    continue
                if token.startswith(' '):
                    if cur:
                        words.append((cur, width))
                    cur, width = [], 0.0
                    continue
                cur.append((token, face, url))
                width += self.fonts[face].measure(token, size)
        if cur:
            words.append((cur, width))
        return words

    def paragraph(self, lines, size=11.0, indent=0.0, marker=None, measure=None, x0=None):
        """Each of `lines` (runs) starts a new line (a printed line break) and is wrapped at the measure."""
        x0 = self.MARGIN if x0 is None else x0
        measure = (self.WIDTH - 2 * self.MARGIN if measure is None else measure) - indent
        out = []
        for runs in lines:
            line, used = [], 0.0
            for word, w in self.words(runs, size):
                gap = self.fonts[word[0][1]].measure(' ', size) if line else 0.0
                if line and used + gap + w > measure:
                    out.append(line)
                    line, used, gap = [], 0.0, 0.0
                line.append(word)
                used += gap + w
            out.append(line)
        rows = []
        for k, line in enumerate(out):
            rows.append((x0 + indent, line, marker if k == 0 else None))
        return rows

    def tabbed(self, line, chars, size=11.0):
        """A plain text's line printed in columns (runs of three spaces or more: a letterhead's name and address,
        a label and its date) as a word processor sets it, with tab stops: each segment where its column stands
        in the text's measure, the last one right-aligned when it ends at the measure."""
        width = self.WIDTH - 2 * self.MARGIN
        chars = max(chars, len(line))
        segments, out = [(m.start(), m.group()) for m in re.finditer(r'\S+(?: {1,2}\S+)*', line)], []
        for k, (col, text) in enumerate(segments):
            w = self.fonts['regular'].measure(text, size)
            if k and k == len(segments) - 1 and col + len(text) >= 0.9 * chars:
                out.append((self.MARGIN + width - w, text))
            else:
                out.append((self.MARGIN + width * col / chars, text))
        return [(None, out, None)]

    def place(self, rows, size):
        pitch = self.pitch(size)
        f = self.fonts['regular'].font
        for x, line, marker in rows:
            if self.y - pitch < self.MARGIN:
                self.new_page()
            self.y -= pitch
            base = self.y - size * f.descent / f.units  # the baseline above the line's bottom
            if x is None:  # a line set with tab stops: (x, text) segments
                at = 0.0
                for sx, text in line:
                    sx = max(sx, at)
                    self.text(sx, base, [(text, 'regular', None)], size)
                    at = sx + self.fonts['regular'].measure(text + '  ', size)
                continue
            if marker:
                self.text(x - self.fonts['regular'].measure(marker + ' ', size), base, [(marker, 'regular', None)], size)
            pieces = []
            for k, word in enumerate(line):
                if len(word) == 1 and word[0][2] is None and self.autolinks:
                    key = word[0][0].strip('.,;:()<>').rstrip('/').lower()
                    if key in self.autolinks:
                        word = [(word[0][0], word[0][1], self.autolinks[key])]
                if k:
                    face = word[0][1]
                    pieces.append((' ', face, word[0][2] if pieces and pieces[-1][2] == word[0][2] else None))
                pieces.extend(word)
            self.text(x, base, pieces, size)

    def text(self, x, base, pieces, size):
        if not pieces:
            return
        ops = [b'BT 1 0 0 1 %.2f %.2f Tm' % (x, base)]
        for text, face, url in pieces:
            font = self.fonts[face]
            ops.append(b'/%s %.1f Tf %s Tj' % (font.resource.encode(), size, font.encode(text)))
            w = font.measure(text, size)
            if url:
                f = font.font
                self.links.append(((x, base + size * f.descent / f.units, x + w, base + size * f.ascent / f.units), url))
            x += w
        ops.append(b'ET')
        self.content.append(b' '.join(ops))

    def columns(self, rows, size=11.0):
        """A table's rows, its cells side by side in columns of equal width."""
        n = max(len(r) for r in rows)
        col = (self.WIDTH - 2 * self.MARGIN) / n
        for r in rows:
            cells = [self.paragraph([[(c, 'regular', None)]], size, measure=col - 8, x0=self.MARGIN + k * col)
                     for k, c in enumerate(r)]
            height = max(len(c) for c in cells)
            pitch = self.pitch(size)
            if self.y - height * pitch < self.MARGIN:
                self.new_page()
            top = self.y
            for c in cells:
                self.y = top
                self.place(c, size)
            self.y = top - height * pitch


def release_pdf(blocks, markdown):
    """The release as a PDF a word processor exports (see the module's docstring): its blocks as paragraphs, the
    headline bold and larger, headings bold, list items with their marker and a hanging indent, links as their
    text (with link annotations), an empty line's space between paragraphs, pages cut where the page is full; the
    text in Unicode (DejaVu Sans embedded as a subset, Identity-H, with a ToUnicode CMap). Hand-made (objects,
    cross-reference table, trailer): the standard library has no PDF writer."""
    try:
        fonts = {face: PDFFont(TrueType(os.path.join(FONT_DIR, name)), 'F%d' % (k + 1))
                 for k, (face, name) in enumerate(sorted(FONT_FILES.items()))}
    except (OSError, ValueError, struct.error) as e:
        sys.exit('convert-dev-corpus.py: the attached PDF is set in DejaVu Sans (Debian fonts-dejavu-core), which '
                 'could not be read: %s' % e)
    pw = PageWriter(fonts)
    for b in blocks:
        for url in b[1] if b[0] == 'links' else ():
            pw.autolinks[re.sub(r'^(?:https?://|mailto:)', '', url).rstrip('/').lower()] = url
    for b in blocks:
        if b[0] == 'links':
            continue
        if b[0] == 'page':
            if pw.content:
                pw.new_page()
            continue
        if b[0] == 'h':
            size = 20.0 if b[1] == 1 else 14.0 if b[1] == 2 else 12.0
            runs = [(t, 'bold', u) for t, _, u in pdf_runs(b[2], markdown)]
            pw.space(11.0)
            pw.place(pw.paragraph([runs], size), size)
            continue
        pw.space(11.0)
        if b[0] == 'table':
            pw.columns(b[1])
        elif b[0] == 'li':
            marker = b[2] if len(b) > 2 and b[2][0].isdigit() else '•'
            pw.place(pw.paragraph([pdf_runs(l, markdown) for l in b[1]], indent=18.0, marker=marker), 11.0)
        else:
            chars = b[2] if len(b) > 2 else 0
            rows = []
            for l in b[1]:
                tabs = not markdown and re.search(r'\S {3,}\S', l)
                rows += pw.tabbed(l, chars) if tabs else pw.paragraph([pdf_runs(l, markdown)])
            pw.place(rows, 11.0)
    for face, font in sorted(fonts.items()):
        if font.missing:
            print('warning: DejaVu Sans %s has no glyph for %s (printed as .notdef)'
                  % (face, ' '.join('U+%04X' % ord(c) for c in sorted(font.missing))), file=sys.stderr)
    return write_pdf(pw, fonts)


def write_pdf(pw, fonts):
    objects = [b'<< /Type /Catalog /Pages 2 0 R >>', None]

    def add(body):
        objects.append(body)
        return len(objects)

    def stream(data, extra=b''):
        packed = zlib.compress(data, 9)
        return add(b'<< /Length %d /Filter /FlateDecode%s >>\nstream\n' % (len(packed), extra) + packed + b'\nendstream')

    # The pages first, so that every glyph they print is known before the fonts are written.
    page_bodies = []
    for content, links in pw.pages:
        page_bodies.append((b'\n'.join(content), links))
    font_refs = {}
    for face, font in sorted(fonts.items(), key=lambda kv: kv[1].resource):
        tt = font.font
        used = sorted(font.chars)
        scale = 1000.0 / tt.units
        tag = 'PRSS' + chr(ord('A') + len(font_refs)) + 'A'
        name = (tag + '+' + tt.name).encode('latin-1')
        program = tt.subset(used)
        file_ref = stream(program, b' /Length1 %d' % len(program))
        flags = 32 | (64 if tt.italic_angle else 0) | (262144 if face == 'bold' else 0)
        descriptor = add(b'<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %.1f '
                         b'/Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>'
                         % (name, flags, *(round(v * scale) for v in tt.bbox), tt.italic_angle, round(tt.ascent * scale),
                            round(tt.descent * scale), round(tt.cap_height * scale), 120 if face == 'bold' else 80, file_ref))
        widths = b' '.join(b'%d [%d]' % (g, round(tt.width(g))) for g in used)
        cid = add(b'<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) /Ordering '
                  b'(Identity) /Supplement 0 >> /FontDescriptor %d 0 R /CIDToGIDMap /Identity /DW 1000 /W [%s] >>'
                  % (name, descriptor, widths))
        to_unicode = stream(to_unicode_cmap(font.chars))
        font_refs[font.resource] = add(b'<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H '
                                       b'/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>' % (name, cid, to_unicode))
    resources = b'<< /Font << ' + b' '.join(b'/%s %d 0 R' % (r.encode(), n) for r, n in sorted(font_refs.items())) + b' >> >>'
    kids = []
    for content, links in page_bodies:
        c = stream(content)
        annots = [add(b'<< /Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] /A << /S /URI /URI (%s) >> >>'
                      % (*rect, pdf_string(url))) for rect, url in links]
        annot = b' /Annots [%s]' % b' '.join(b'%d 0 R' % a for a in annots) if annots else b''
        kids.append(add(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources %s /Contents %d 0 R%s >>'
                        % (pw.WIDTH, pw.HEIGHT, resources, c, annot)))
    objects[1] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % len(kids)
    info = add(b'<< /Producer (convert-dev-corpus.py) >>')
    out = b'%PDF-1.5\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for k, body in enumerate(objects):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (k + 1) + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for o in offsets:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, info, xref)
    return out


def pdf_string(t):
    return t.encode('latin-1', errors='replace').replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def to_unicode_cmap(chars):
    """The glyph ids back to their characters (UTF-16BE, a surrogate pair beyond the BMP), so pdftotext extracts
    the text as written."""
    entries = sorted((g, c) for g, c in chars.items() if g)
    parts = [b'/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
             b'/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n'
             b'/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n']
    for k in range(0, len(entries), 100):
        chunk = entries[k:k + 100]
        parts.append(b'%d beginbfchar\n' % len(chunk))
        for g, c in chunk:
            parts.append(b'<%04X> <%s>\n' % (g, c.encode('utf-16-be').hex().upper().encode('ascii')))
        parts.append(b'endbfchar\n')
    parts.append(b'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n')
    return b''.join(parts)


def message(headers, body_lines):
    return '\r\n'.join(headers) + '\r\n\r\n' + body_lines


def crlf(t):
    return t.replace('\r\n', '\n').replace('\n', '\r\n')


def b64(data):
    return crlf(base64.encodebytes(data).decode('ascii'))


def emails(src, out):
    """Each release as the e-mails a newsroom receives: its text as the body (8bit UTF-8; quoted-printable in
    Windows-1252 where it fits), as multipart/alternative beside its web page (the plain part whole; and the plain
    part a stub, so that the HTML is read), as a PDF attached to a covering note, and forwarded by a journalist
    with a signature. The sender is a generic press office and the Date: is today's (a message is sent after the
    release is written), the subject a generic one: nothing of the release is guessed."""
    os.makedirs(out, exist_ok=True)
    now = email.utils.formatdate(localtime=False)
    common = ['From: Press Office <press@newsroom.example>', 'To: newsdesk@paper.example', 'Date: ' + now,
              'MIME-Version: 1.0']
    count = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(('.txt', '.md')):
            continue
        with open(os.path.join(src, name), encoding='utf-8', errors='replace') as f:
            text = f.read()
        markdown = name.endswith('.md')
        blocks = blocks_of_markdown(text) if markdown else blocks_of_text(text)
        subject = 'Subject: News from our press office'
        write = lambda suffix, data: open(os.path.join(out, name + suffix), 'w', encoding='ascii', newline='').write(data)
        utf8 = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit']
        open(os.path.join(out, name + '.plain.eml'), 'w', encoding='utf-8', newline='').write(
            message(common + [subject] + utf8, crlf(text)))
        try:
            raw, charset = text.encode('cp1252'), 'windows-1252'
        except UnicodeEncodeError:
            raw, charset = text.encode('utf-8'), 'utf-8'
        qp = crlf(quopri.encodestring(raw.replace(b'\r\n', b'\n')).decode('ascii'))
        write('.qp.eml', message(common + [subject, 'Content-Type: text/plain; charset=' + charset,
                                           'Content-Transfer-Encoding: quoted-printable'], qp))
        web = b64(page(blocks, markdown).encode('utf-8'))
        for suffix, plain in (('.alt.eml', qp), ('.stub.eml', 'This message is in HTML. Please view it in a mail program that shows HTML.\r\n')):
            body = ('--alt\r\nContent-Type: text/plain; charset=' + charset + '\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
                    + plain + '\r\n--alt\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n'
                    + web + '\r\n--alt--\r\n')
            write(suffix, message(common + [subject, 'Content-Type: multipart/alternative; boundary="alt"'], body))
        tika = not markdown and is_tika(text.replace('\r\n', '\n').replace('\f', '\n\n').split('\n'))
        attached = release_pdf(pdf_blocks(paged_blocks(text) if '\f' in text and not markdown else blocks,
                                          markdown, tika, text_measure(text)), markdown)
        # The attachment alone too: the baseline of the .pdf.eml variant (what reading the PDF loses is the PDF's).
        open(os.path.join(out, name + '.attached.pdf'), 'wb').write(attached)
        note = 'Dear editor,\r\n\r\nPlease find attached our latest press release.\r\n\r\nBest wishes,\r\nThe press office\r\n'
        body = ('--mix\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n' + note + '\r\n--mix\r\n'
                'Content-Type: application/pdf; name="release.pdf"\r\nContent-Disposition: attachment; filename="release.pdf"\r\n'
                'Content-Transfer-Encoding: base64\r\n\r\n' + b64(attached) + '\r\n--mix--\r\n')
        write('.pdf.eml', message(common + [subject, 'Content-Type: multipart/mixed; boundary="mix"'], body))
        fwd = ('Worth a look for tomorrow?\n\nJo\n\n-- \nJo Example | Night Editor | The Paper\n+44 1632 960 000\n\n'
               '---------- Forwarded message ---------\nFrom: Press Office <press@newsroom.example>\nDate: ' + now +
               '\nSubject: News from our press office\nTo: <newsdesk@paper.example>\n\n' + text)
        open(os.path.join(out, name + '.fwd.eml'), 'w', encoding='utf-8', newline='').write(
            message(['From: Jo Example <jo@paper.example>', 'Date: ' + now, 'MIME-Version: 1.0',
                     'Subject: Fwd: News from our press office'] + utf8, crlf(fwd)))
        count += 1
    print('wrote %d releases as 6 e-mails each into %s' % (count, out), file=sys.stderr)


def sources(path):
    with open(path, encoding='utf-8') as f:
        records = json.load(f)
    for r in records:
        s = r.get('source') or ''
        for ext in ('.html', '.docx', '.odt', '.plain.eml', '.qp.eml', '.alt.eml', '.stub.eml', '.pdf.eml', '.fwd.eml', '.attached.pdf'):
            if s.endswith(ext):
                r['source'] = os.path.basename(s[:-len(ext)])
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(records, f, ensure_ascii=False)


def main(argv):
    if len(argv) >= 2 and argv[0] == 'convert':
        src, out = (argv[1], argv[2]) if len(argv) >= 3 else (DEFAULT_SRC, argv[1])
        convert(src, out)
    elif len(argv) >= 2 and argv[0] == 'email':
        src, out = (argv[1], argv[2]) if len(argv) >= 3 else (DEFAULT_SRC, argv[1])
        emails(src, out)
    elif len(argv) == 2 and argv[0] == 'sources':
        sources(argv[1])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
