import Foundation

/// Turns a file's bytes into text: UTF-8 (with or without a byte-order mark), UTF-16 with a
/// byte-order mark, and Windows-1252 for bytes that are not UTF-8. Binary and empty files are refused
/// with the reason.
public enum TextDecoder {
    /// Decoded text and what the user should know about how it was decoded.
    public struct Decoded: Sendable {
        public var text: String
        public var warnings: [String]
    }

    /// The warning put on a record whose file was not valid UTF-8.
    public static let windows1252Warning = "decoded as Windows-1252: the file is not valid UTF-8"

    /// Decodes `bytes`, or says (in words a user understands) why the file is not text.
    public static func decode(_ bytes: [UInt8]) -> Result<Decoded, DecodeFailure> {
        if bytes.isEmpty { return .failure(.empty) }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE && !(bytes.count >= 4 && bytes[2] == 0 && bytes[3] == 0) {
            return utf16(bytes.dropFirst(2), bigEndian: false)
        }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return utf16(bytes.dropFirst(2), bigEndian: true)
        }
        // (`memchr`, vectorised: testing byte by byte cost a third of decoding.)
        if bytes.withUnsafeBufferPointer({ b in b.baseAddress.map { memchr($0, 0, b.count) != nil } ?? false }) { return .failure(.binary) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        let decoded: Decoded
        if let text = String(validating: body, as: UTF8.self) {
            decoded = Decoded(text: text, warnings: [])
        } else {
            decoded = Decoded(text: windows1252(body), warnings: [windows1252Warning])
        }
        return isBlank(decoded.text) ? .failure(.blank) : .success(decoded)
    }

    private static func utf16(_ body: ArraySlice<UInt8>, bigEndian: Bool) -> Result<Decoded, DecodeFailure> {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let (hi, lo) = bigEndian ? (body[i], body[i + 1]) : (body[i + 1], body[i])
            units.append(UInt16(hi) << 8 | UInt16(lo))
            i += 2
        }
        var warnings: [String] = []
        let text: String
        if let valid = String(validating: units, as: UTF16.self) {
            text = valid
        } else {
            text = String(decoding: units, as: UTF16.self)
            warnings.append("the file is not valid UTF-16: broken characters were replaced with �")
        }
        if body.count % 2 == 1 { warnings.append("the file ends in the middle of a UTF-16 character") }
        if text.isEmpty { return .failure(.empty) }
        return isBlank(text) ? .failure(.blank) : .success(Decoded(text: text, warnings: warnings))
    }

    private static func isBlank(_ text: String) -> Bool {
        // A text that opens with a printable ASCII character other than the space (most texts) is not blank:
        // answered before any scalar's properties are looked up.
        if !FastPaths.off, let f = text.utf8.first, f > 0x20, f < 0x7F { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.value < 0x20 || $0 == "\u{FEFF}" }
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F. The five bytes it leaves
    /// undefined become C1 controls, which normalisation removes.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            if b >= 0x80 && b <= 0x9F, let mapped = Unicode.Scalar(cp1252High[Int(b - 0x80)]) {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return String(scalars)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}

/// Why a file's bytes are not text pressroom can read.
public enum DecodeFailure: Error, Hashable, Sendable {
    case empty, blank, binary

    /// The reason, in words a user understands.
    public var reason: String {
        switch self {
        case .empty: return "the file is empty"
        case .blank: return "the file holds only whitespace"
        case .binary: return "the file is binary (it holds NUL bytes), not text"
        }
    }
}
