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

Python 3 standard library only.
"""
import base64
import datetime
import email.utils
import html
import quopri
import json
import os
import re
import sys
import zipfile

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
    out, cur = [], []

    def flush():
        nonlocal cur
        if cur:
            out.append(('p', cur))
        cur = []

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
            out.append(('li', [m.group(2)]))
            continue
        if out and out[-1][0] == 'li' and not cur and raw.startswith((' ', '\t')):
            out[-1][1].append(t)
            continue
        cur.append(t)
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


def text_pdf(text, size=9, leading=11, per_page=64, width=110):
    """A PDF printing `text` line by line in Helvetica (Windows-1252 text, as a word processor's export of a plain
    release would), pages of `per_page` lines, long lines wrapped at `width` characters. Hand-made (objects,
    cross-reference table, trailer): the standard library has no PDF writer."""
    lines = []
    for line in text.replace('\r\n', '\n').replace('\f', '\n').split('\n'):
        line = line.rstrip()
        while len(line) > width:
            cut = line.rfind(' ', 0, width)
            cut = cut if cut > 0 else width
            lines.append(line[:cut])
            line = line[cut:].lstrip()
        lines.append(line)
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objects = []  # bodies, object k+1 at index k

    def esc(t):
        b = t.encode('cp1252', errors='replace')
        return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')

    objects.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objects.append(None)  # the page tree, once the pages are numbered
    objects.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    kids = []
    for page_lines in pages:
        y = 800
        content = b'BT /F1 %d Tf %d TL 50 %d Td\n' % (size, leading, y)
        for l in page_lines:
            # An empty line is a paragraph's gap: the next line starts two lines' height below. pdftotext finds each
            # paragraph as a block (-bbox-layout shows them) but prints no empty line between blocks of one flow,
            # and left-aligned paragraphs in one column make one flow: see DEVELOPERS.md, "E-mail".
            content += (b'(' + esc(l) + b') Tj T*\n') if l else b'T*\n'
        content += b'ET'
        objects.append(b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream')
        content_no = len(objects)
        objects.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> '
                       b'/Contents %d 0 R >>' % content_no)
        kids.append(len(objects))
    objects[1] = b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) + b'] /Count %d >>' % len(kids)
    out = b'%PDF-1.4\n'
    offsets = []
    for k, body in enumerate(objects):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % (k + 1) + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for o in offsets:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    return out


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
        attached = text_pdf(text)
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
