/// The version of the records the parser makes. The persistent index (`Index/`) keeps each record with the
/// version that made it and parses every file again when this differs, so bump it whenever a change to
/// `Reading/`, `Layout/`, `Parsing/` or `Contacts/` can change any record (`pressroom export` not
/// byte-identical before and after on the dev corpus, the bundled releases and a gencorpus archive), or
/// what the record keeps beside the spec's keys (3: each paragraph's list marker; 4: an escape sequence in the
/// text is one `␛`, not its debris — no record of the dev corpus changed, but a file holding one does; 5: web
/// pages and Word files are read by their readers — a `.html` or `.docx` named as an argument was read as text
/// before, and its stored record or problem must not be served; no text, markdown or PDF record changed; 6:
/// session 7's genre rules — datelines ended by a full stop, in brackets without a dash, with a province in
/// brackets or an article before the date; a kind label as the headline's prefix; about sections without
/// `About`; PDF footnotes — none changes a dev corpus record, but releases printed so change; and e-mail is
/// read by its reader — a `.eml`, `.mbox` or mbox without an extension named as an argument was read as text
/// before — and the Word reader numbers lists; 7: session 8's genre rules — a postal address in a contact block
/// is neither job title nor organisation; releases without a headline; datelines with a bracketed place beside
/// the date; kramdown markup; Italian and Dutch genre words; lead-in sentences in contact blocks — none changes a
/// dev corpus record, but releases printed so change; 8: PDFs are read from pdftotext's page geometry, with an
/// empty line where the page leaves a paragraph's space (`PDFLayoutText`) — every PDF record may change, no text
/// or markdown record does (the fingerprint below, of the dev corpus's text and markdown records, stays) — and
/// session 9's genre rules: a site's advertisement marker and a copyright line, a headline printed again under
/// the page's title, run-in notes headings, `Presseaussendung`, a one-word issuer its web address spells, two
/// people in one contact sentence, a label over a list of links); 9: session 10's genre rules — a kind line in
/// several languages, a letterhead an About heading names, a contact label and its value in two columns, an
/// unlabelled head contact with its organisation, a bracketed dateline with the date first, a CR between word
/// spaces, names with a file-like dot, `About the <word>`; and its markdown rules — blockquote and italic
/// standfirsts, lists of links alone and labelled address lines, pandoc's padded list markers and lazy
/// continuations, a page's own head over its front-matter title, run-in `About X:` notes, YAML title escapes — no
/// dev corpus record changes, but releases printed so do; 10: session 11's rules — paragraph marks printed as `!`,
/// Chinese and Japanese lines joined without a space, `-more-` as furniture, headlines in capitals over a
/// lower-case deck and wrapped headlines' measure, head contacts above the headline, the issuer that is no person
/// and no clause, named by its mail domain or confirmed by its boilerplate, markdown head contacts, About headings
/// in any case, media headings, Pelican headers, front-matter subtitles, HTML entities, `<cite>` lines; datelines
/// with the place in square brackets or after an event box, East Asian dates, event labels, release instructions
/// that carry a date, agencies and letterhead columns in contacts — a dev corpus record changes (an agency after a
/// contact's name is its organisation); 11: session 12's rules — the issuer by its initials, handle, page author or
/// `la asociación X`; decks under PDF headlines, names ending in `+`, event fields and credits under the headline; a
/// copied page's foot, a heading at a page's top, signatory lists, boxes of labelled facts; calling codes in
/// brackets, glued schemes, bare domains in any top-level domain, labelled contact items, roles ending with the
/// organisation, a republishing site's links; kind labels and month genitives of more European languages, a date
/// then `Town, Country`, Pelican headers in any order, wrapped YAML titles, `title: PRESS RELEASE` as kind, a kind
/// beside the instruction, box-drawing dashes, media marks after a date, a contact after the story ending it — no
/// dev corpus record changes; 12: session 13's — the issuer weighed rather than vetoed by its shape (a name in
/// three kinds of place is a person's only when the text quotes or titles it), a page's publisher in its front
/// matter, its `publish_date`, a section heading under the title, registration numbers, reading times and
/// letterhead lines of contact details in the head — no dev corpus record changes; 13: session 14's — a change of
/// type size in a PDF opens a paragraph, a date line over the first paragraph, participles of making in no place,
/// a lone double-encoded no-break space, wordless lines never the headline nor the issuer, a front matter's title
/// found as the standfirst, colonless contact labels before a phone number, a mailing's furniture, addresses to the
/// newsroom, fields between bars, a headline printed twice, a letterhead ending with the kind, a date beside the
/// document's number or its author, press labels before their issuers, `vom` before a date, verbs that are no nouns
/// making a clause, a full form taking its short form's shared weight — no dev corpus record changes.
public enum ParserVersion {
    public static let current: Int = 13
}
