/// The heading a joint statement or an open letter prints over the list of those who signed it (`List of
/// Signatories`, `Signed by:`, `Unterzeichnende`, `Liste des signataires`): the list under it is the statement's
/// signature, neither its text nor its notes (issue 9: "not body: … lists of signatories").
extension ReleaseLexicon {
    /// True when `key` is such a heading and nothing more (a sentence about signatories is no heading).
    static func isSignatoriesHeading(_ key: LineKey) -> Bool {
        key.heading.utf8.count <= 32 && signatoriesHeadings.contains(key.heading)
    }

    /// Folded, without the trailing colon.
    static let signatoriesHeadings: Set<String> = [
        "list of signatories", "signatories", "the signatories", "signed by", "list of signers", "signers",
        "unterzeichnende", "unterzeichner", "unterzeichner*innen", "die unterzeichnenden", "liste der unterzeichnenden",
        "signataires", "les signataires", "liste des signataires", "firmantes", "lista de firmantes",
        "firmatari", "i firmatari", "elenco dei firmatari", "ondertekenaars", "signatarios", "signatarias",
    ]
}
