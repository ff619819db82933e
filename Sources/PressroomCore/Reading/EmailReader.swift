import CGMime
import Foundation

/// One e-mail message into the logical text of the release it carries, by GMime (the MIME parser notmuch
/// and Evolution are built on): headers with RFC 2047 encoded words, the MIME tree, quoted-printable and
/// base64, every charset a part declares. Nothing here parses MIME by hand.
///
/// The release is the message's text (the text/plain part, or the HTML part through `HTMLReader` when the
/// plain one is only a stub or far shorter), or an attached PDF, Word, OpenDocument or HTML file when the text
/// only introduces it: then the attachment is read through its own reader and the covering note is no part
/// of the record. A forwarded or replied copy is unwrapped (the forwarder's note and signature, the `>`
/// marks and the forwarded headers go); a mailing list's footer is dropped. A message that carries no
/// release (a newsletter, a reply, a note) is passed over: it is not a record and not a problem.
///
/// The message's `Subject:` and `Date:` (the forwarded message's, in a forward) and its sender go in as front
/// matter: evidence that the parser weighs below what the release prints, never the answer on its own.
enum EmailReader {
    /// More MIME parts than this is not a message a person sent (a 50,000-part multipart is an attack).
    static let maxParts = 1_000
    /// Messages attached to messages, at most this deep.
    static let maxNesting = 8
    /// A covering note longer than this (in words) is the release itself, whatever it attaches.
    static let coveringNoteWords = 150

    /// What the reader made of a message: the release's text and how that text is written (the reader of the
    /// part or attachment it came from, for the layout), with the reader's warnings.
    struct Extracted: Equatable {
        var text: String
        /// `.text` for a message's own text, `.html`, `.pdf`, `.docx` or `.odt` for a part or attachment read by
        /// that reader.
        var textFormat: SourceFormat
        var warnings: [String] = []
    }

    enum Failure: Error, Equatable {
        case unparsable, tooManyParts(Int), tooDeep(Int), noText, notARelease
        case attachment(name: String, reason: String)

        var reason: String {
            switch self {
            case .unparsable: return "the e-mail message could not be parsed"
            case .tooManyParts(let limit):
                return "the e-mail message has more than \(limit.formatted(.number.grouping(.automatic))) MIME parts (not a message pressroom can read safely)"
            case .tooDeep(let limit): return "the e-mail message nests attached messages more than \(limit) deep"
            case .noText: return "the e-mail message holds no text"
            case .notARelease: return LoadProblem.notARelease
            case .attachment(let name, let reason): return "the attached \(name) could not be read: \(reason)"
            }
        }
    }

    /// GMime keeps process-wide tables (charsets, the type system): set up once, before any thread parses.
    private static let setUp: Void = { g_mime_init() }()

    /// The release in `bytes`, one message (an `.eml` file, a Maildir file, or one message of an mbox
    /// without its `From ` line).
    static func read(_ bytes: [UInt8], pdf: PDFTextExtractor) -> Result<Extracted, Failure> {
        _ = setUp
        guard !bytes.isEmpty else { return .failure(.noText) }
        let stream: UnsafeMutablePointer<GMimeStream>? = bytes.withUnsafeBufferPointer {
            g_mime_stream_mem_new_with_buffer(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), $0.count)
        }
        guard let stream else { return .failure(.unparsable) }
        defer { g_object_unref(stream) }
        guard let parser = g_mime_parser_new_with_stream(stream) else { return .failure(.unparsable) }
        defer { g_object_unref(parser) }
        guard let message = g_mime_parser_construct_message(parser, nil) else { return .failure(.unparsable) }
        defer { g_object_unref(message) }
        var parts = 0
        return read(message: message, depth: 0, parts: &parts, pdf: pdf)
    }

    // MARK: The message

    /// What a message's tree holds, gathered in one walk.
    private struct Contents {
        var plain: String?
        var html: [UInt8]?
        var htmlCharset: String?
        var attachments: [Attachment] = []
        var messages: [UnsafeMutablePointer<GMimeMessage>] = []
    }

    /// A file attached to a message that a reader of pressroom's can read.
    struct Attachment {
        var name: String
        var format: SourceFormat
        var bytes: [UInt8]
        var charset: String?
    }

    private static func read(message: UnsafeMutablePointer<GMimeMessage>, depth: Int, parts: inout Int,
                             pdf: PDFTextExtractor) -> Result<Extracted, Failure> {
        guard depth <= maxNesting else { return .failure(.tooDeep(maxNesting)) }
        let headers = Headers(message)
        guard let root = g_mime_message_get_mime_part(message) else { return .failure(.noText) }
        var contents = Contents()
        if let failure = gather(root, into: &contents, parts: &parts) { return .failure(failure) }

        // The message's own text: the plain part unless it is a stub of the HTML one.
        var body: (text: String, format: SourceFormat)?
        let htmlText: String? = contents.html.flatMap { bytes in
            if case .success(let text) = HTMLReader.read(bytes, encoding: contents.htmlCharset) { return text }
            return nil
        }
        if let plain = contents.plain, !MessageText.isStub(plain, beside: htmlText) {
            body = (plain, .text)
        } else if let htmlText {
            body = (htmlText, .html)
        } else if let plain = contents.plain {
            body = (plain, .text)
        }

        // A message forwarded as an attachment (message/rfc822) whose covering note is short: read it instead.
        let note = body.map { MessageText.release(in: $0.text, format: $0.format) }
        let noteWords = note.map { MessageText.wordCount($0.text) } ?? 0
        if let inner = contents.messages.first, noteWords < coveringNoteWords {
            return read(message: inner, depth: depth + 1, parts: &parts, pdf: pdf)
        }
        // An attachment that the short covering note introduces.
        if let attachment = contents.attachments.first,
           noteWords < coveringNoteWords || (noteWords < 2 * coveringNoteWords && MessageText.mentionsAttachment(note?.text ?? "")) {
            let read: Result<(String, SourceFormat), Failure> = readAttachment(attachment, pdf: pdf)
            switch read {
            case .success(let (text, format)):
                guard MessageText.carriesRelease(text) || MessageText.introducesRelease(note?.text ?? "") else {
                    return .failure(.notARelease)
                }
                return .success(Extracted(text: headers.frontMatter(over: text, title: nil, date: nil, withTitle: format == .text),
                                          textFormat: format))
            case .failure(let failure):
                // The note alone may still be the release; otherwise say what went wrong with the file.
                guard let note, MessageText.carriesRelease(note.text), noteWords >= 40 else { return .failure(failure) }
            }
        }
        guard let note, !MessageText.isBlank(note.text) else { return .failure(.noText) }
        guard MessageText.carriesRelease(note.text + "\n" + (note.forwardedSubject ?? headers.subject ?? "")) else {
            return .failure(.notARelease)
        }
        let format = body?.format ?? .text
        return .success(Extracted(text: headers.frontMatter(over: note.text, title: note.forwardedSubject, date: note.forwardedDate,
                                                            withTitle: format == .text),
                                  textFormat: format))
    }

    /// Walks the MIME tree (iteratively: a hostile message may nest deeply), taking the first plain and HTML
    /// texts that are not attachments, the attachments a reader can read, and attached messages.
    private static func gather(_ root: UnsafeMutablePointer<GMimeObject>, into contents: inout Contents,
                               parts: inout Int) -> Failure? {
        var stack: [UnsafeMutablePointer<GMimeObject>] = [root]
        while let object = stack.popLast() {
            parts += 1
            if parts > maxParts { return .tooManyParts(maxParts) }
            if cgm_is_multipart(object) != 0 {
                let multipart = UnsafeMutableRawPointer(object).assumingMemoryBound(to: GMimeMultipart.self)
                let count = g_mime_multipart_get_count(multipart)
                if count > Int32(maxParts) { return .tooManyParts(maxParts) }
                // Pushed last first, so the first part is read first.
                for k in stride(from: count - 1, through: 0, by: -1) {
                    if let child = g_mime_multipart_get_part(multipart, k) { stack.append(child) }
                }
            } else if cgm_is_message_part(object) != 0 {
                let part = UnsafeMutableRawPointer(object).assumingMemoryBound(to: GMimeMessagePart.self)
                if let inner = g_mime_message_part_get_message(part) { contents.messages.append(inner) }
            } else if cgm_is_part(object) != 0 {
                let part = UnsafeMutableRawPointer(object).assumingMemoryBound(to: GMimePart.self)
                let type = contentType(object)
                let name = g_mime_part_get_filename(part).map { String(cString: $0) }
                let attached = g_mime_part_is_attachment(part) != 0 || name != nil
                if !attached && type.media == "text" && type.subtype == "plain" && contents.plain == nil {
                    contents.plain = decodedText(content(of: part), charset: type.charset)
                } else if !attached && type.media == "text" && type.subtype == "html" && contents.html == nil {
                    contents.html = content(of: part)
                    contents.htmlCharset = type.charset
                } else if let format = attachmentFormat(type: type, name: name) {
                    // The name is only read for its extension: an attachment is never written anywhere, so a
                    // path in it (`../../etc/passwd`) can do no harm.
                    let shown = name.map { StableID.fileName($0) } ?? "\(type.media)/\(type.subtype)"
                    contents.attachments.append(Attachment(name: shown, format: format, bytes: content(of: part),
                                                           charset: type.charset))
                }
            }
        }
        return nil
    }

    /// The reader an attachment goes through, by its media type or its name's extension; nil for what no
    /// reader takes (images, calendars, signatures).
    static func attachmentFormat(type: (media: String, subtype: String, charset: String?), name: String?) -> SourceFormat? {
        switch (type.media, type.subtype) {
        case ("application", "pdf"): return .pdf
        case ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"), ("application", "msword"): return .docx
        case ("application", "vnd.oasis.opendocument.text"): return .odt
        case ("text", "html"): return .html
        default: break
        }
        guard let name, let format = ArchiveReader.format(ofName: name) else { return nil }
        return format == .email ? nil : format
    }

    /// An attachment's text through the reader of its kind, and that kind.
    static func readAttachment(_ attachment: Attachment, pdf: PDFTextExtractor) -> Result<(String, SourceFormat), Failure> {
        func failed(_ reason: String) -> Result<(String, SourceFormat), Failure> {
            .failure(.attachment(name: attachment.name, reason: reason))
        }
        var format = attachment.format
        if attachment.bytes.starts(with: Array("%PDF-".utf8)) { format = .pdf }
        if WordReader.isLegacyOffice(attachment.bytes) { format = .docx }
        switch format {
        case .pdf:
            switch pdf.extract(bytes: attachment.bytes) {
            case .success(let extracted):
                guard case .success(let decoded) = TextDecoder.decode(extracted), !isBlank(decoded.text) else {
                    return failed("the PDF holds no text (a scanned image? pressroom does not read images)")
                }
                return .success((decoded.text, .pdf))
            case .failure(let failure): return failed(failure.reason)
            }
        case .docx, .odt:
            switch WordReader.read(attachment.bytes, kind: format == .odt ? .odt : .docx) {
            case .success(let text): return .success((text, format))
            case .failure(let failure): return failed(failure.reason)
            }
        case .html:
            switch HTMLReader.read(attachment.bytes, encoding: attachment.charset) {
            case .success(let text): return .success((text, .html))
            case .failure(let failure): return failed(failure.reason)
            }
        case .text, .markdown, .email:
            guard let text = decodedText(attachment.bytes, charset: attachment.charset), !isBlank(text) else {
                return failed("it holds no text")
            }
            return .success((text, format == .markdown ? .markdown : .text))
        }
    }

    private static func isBlank(_ text: String) -> Bool { MessageText.isBlank(text) }

    // MARK: GMime

    private static func contentType(_ object: UnsafeMutablePointer<GMimeObject>) -> (media: String, subtype: String, charset: String?) {
        guard let type = g_mime_object_get_content_type(object) else { return ("text", "plain", nil) }
        let media = g_mime_content_type_get_media_type(type).map { String(cString: $0).lowercased() } ?? "text"
        let subtype = g_mime_content_type_get_media_subtype(type).map { String(cString: $0).lowercased() } ?? "plain"
        let charset = g_mime_content_type_get_parameter(type, "charset").map { String(cString: $0) }
        return (media, subtype, charset)
    }

    /// A part's content with its transfer encoding (base64, quoted-printable, uuencode) undone.
    private static func content(of part: UnsafeMutablePointer<GMimePart>) -> [UInt8] {
        guard let wrapper = g_mime_part_get_content(part), let sink = g_mime_stream_mem_new() else { return [] }
        defer { g_object_unref(sink) }
        guard g_mime_data_wrapper_write_to_stream(wrapper, sink) >= 0 else { return [] }
        let memory = UnsafeMutableRawPointer(sink).assumingMemoryBound(to: GMimeStreamMem.self)
        guard let array = g_mime_stream_mem_get_byte_array(memory), let data = array.pointee.data else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: Int(array.pointee.len)))
    }

    /// Text in its declared charset, converted by iconv under GMime's name for it (`latin1` → `iso-8859-1`);
    /// without a charset, or one iconv does not know, as pressroom decodes a text file (UTF-8, else Windows-1252).
    static func decodedText(_ bytes: [UInt8], charset: String?) -> String? {
        if let charset, let iconvName = g_mime_charset_iconv_name(charset) {
            var error: UnsafeMutablePointer<GError>?
            var written: gsize = 0
            let converted = bytes.withUnsafeBufferPointer { b -> UnsafeMutablePointer<gchar>? in
                guard let base = b.baseAddress else { return nil }
                return g_convert(UnsafeRawPointer(base).assumingMemoryBound(to: gchar.self), gssize(b.count), "UTF-8",
                                 iconvName, nil, &written, &error)
            }
            if let error { g_error_free(error) }
            if let converted {
                defer { g_free(converted) }
                return String(decoding: UnsafeRawBufferPointer(start: converted, count: Int(written)), as: UTF8.self)
            }
            if bytes.isEmpty { return "" }
        }
        guard case .success(let decoded) = TextDecoder.decode(bytes) else { return nil }
        return decoded.text
    }

    /// What the message's headers say: the subject (decoded), the date, the sender.
    struct Headers {
        var subject: String?
        var date: String?
        var sender: String?

        init(subject: String? = nil, date: String? = nil, sender: String? = nil) {
            self.subject = subject
            self.date = date
            self.sender = sender
        }

        init(_ message: UnsafeMutablePointer<GMimeMessage>) {
            subject = g_mime_message_get_subject(message).map { String(cString: $0) }
            if let when = g_mime_message_get_date(message), let text = g_date_time_format(when, "%Y-%m-%d") {
                date = String(cString: text)
                g_free(text)
            }
            if let list = g_mime_message_get_from(message), internet_address_list_length(list) > 0,
               let address = internet_address_list_get_address(list, 0) {
                let name = internet_address_get_name(address).map { String(cString: $0) }
                var mailbox: String?
                if cgm_is_mailbox(address) != 0 {
                    let box = UnsafeMutableRawPointer(address).assumingMemoryBound(to: InternetAddressMailbox.self)
                    mailbox = internet_address_mailbox_get_addr(box).map { String(cString: $0) }
                }
                sender = [name, mailbox.map { "<\($0)>" }].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            }
        }

        /// `text` under front matter holding the subject as the title and the message's date (those of a
        /// forwarded message when given), unless the text has front matter of its own (a web page's metadata
        /// says more of the release than the message that carried it). The subject goes in only over plain
        /// text (`withTitle`), where it is read when no headline is found or to find the headline among the
        /// paragraphs: a markdown reader (a web page's, a Word file's) makes a front matter's title the
        /// headline of a document without a heading, and a subject (`News from our press office`) is a
        /// sender's line, not the release's headline.
        func frontMatter(over text: String, title: String?, date: String?, withTitle: Bool) -> String {
            if FrontMatter.split(text).frontMatter != nil { return text }
            var lines: [String] = []
            if withTitle, let t = MessageText.cleanSubject(title ?? subject ?? ""), !t.isEmpty { lines.append("title: " + Self.quoted(t)) }
            if let d = date ?? self.date { lines.append("date: " + d) }
            if let s = sender, !s.isEmpty { lines.append("sender: " + Self.quoted(s)) }
            guard !lines.isEmpty else { return text }
            return "---\n" + lines.joined(separator: "\n") + "\n---\n\n" + text
        }

        /// A value on one line, quoted so that a colon in it stays part of it.
        private static func quoted(_ value: String) -> String {
            let one = value.split(whereSeparator: \.isNewline).joined(separator: " ")
            return "\"" + one.replacingOccurrences(of: "\"", with: "'") + "\""
        }
    }
}
