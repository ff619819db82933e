import Testing
@testable import PressroomCore

/// `HeaderRole.classify` skips the label tests when a line's first byte starts no kind label or release
/// prefix; lines of every first byte keep their roles: labels behind markup or an accent, dates, plain lines.
@Suite struct HeaderRoleTests {
    static func name(_ role: HeaderRole) -> String {
        switch role {
        case .kind(let k, let rest): return "kind \(k) \(rest ?? "-")"
        case .release: return "release"
        case .date: return "date"
        case .placeDate(let place, _): return "placeDate \(place ?? "-")"
        case .metadata: return "metadata"
        case .other: return "other"
        }
    }

    @Test func rolesByFirstByte() {
        let hints = DateHints()
        let expected: [(String, String)] = [
            ("Press Release", "kind Press Release -"), ("**Press Release**", "kind Press Release -"), ("# Media Advisory", "kind Media Advisory -"),
            ("_Embargoed until 10:00_", "release"), ("FOR IMMEDIATE RELEASE", "release"), ("Zur sofortigen Veröffentlichung", "release"),
            ("Communiqué de presse", "kind Communiqué de presse -"), ("Déclaration commune", "kind Déclaration commune -"),
            ("14 May 2023", "date"), ("Tuesday, 14 November 2023", "date"), ("Paris, le 12 mars 2024", "placeDate Paris"),
            ("The council approves the plan", "other"), ("Taking stock of 2024", "other"), ("(Press Release)", "other"),
            ("“Press Release”", "other"), ("Kimberley Process Civil Society", "other"), ("Oslo, 3 June 2024", "placeDate Oslo"),
        ]
        for (line, role) in expected {
            #expect(Self.name(HeaderRole.classify(line, hints: hints)) == role, "\(line)")
        }
    }
}
