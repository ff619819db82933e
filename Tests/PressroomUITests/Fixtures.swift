import PressroomCore
@testable import PressroomUI

/// Releases the UI tests draw: the seed of the spec, built from its values, and a few others chosen for
/// what they stress (CJK, accents, emoji, control characters, no date, long words).
enum Fixtures {
    /// The seed release as ../shared/spec/release-json.md says it must come out.
    static let seed = Release(
        id: "5eed00000001", source: "kpcsc-2021-06-28.txt", format: .text, kind: "Press Release",
        title: "Attempt to silence civil society observers at Kimberley Process Intersessional meeting",
        date: "2021-06-28", organization: "Kimberley Process Civil Society Coalition",
        release: "For immediate release",
        paragraphs: [
            "A week-long Kimberley Process (KP) meeting ended in chaos as several participating countries could not stand to be publicly named by the forum’s civil society observer for continuing to derail discussions on addressing the KP’s failings.",
            "Last week, the Kimberley Process Intersessional meeting, the half-yearly gathering of KP Participants and Observers, took place virtually due to COVID-19 restrictions under Russia’s chairmanship. While the KP Civil Society Coalition (KP CSC) does not have high expectations of this process that has been blocked for years, the meetings proved to be a particularly sad spectacle.",
            "In his opening speech, KP CSC Coordinator, Shamiso Mtisi tried to infuse realism in this insular process by confronting participants with concrete situations where KP-certified diamonds continue to fuel violence and human rights abuses. But this seemed to be to no avail, as the opposition to address this culpable negligence of the KP remained too strong.",
            "This is exemplified by three key topics that were tabled for discussion. Firstly, 5 hours of discussions on a proposal by the Russian Chair to update the KP’s outdated conflict diamond definition were wasted by the filibustering of those opposing reform. Secondly, discussions on a proposed Declaration of Principles for Responsible Diamond Sourcing were focused on ensuring that its potential adoption would be non-binding and would by no means have any practical implications for KP participants. Finally, the discussions on the Central African Republic, which has been under a KP embargo since 2013 due to presence of conflict diamonds, again failed to look at the bigger picture. In particular, KP participants did not address the fact that an estimated 90% of diamonds continue to be smuggled out of the country and entered into the KP-certified chain through neighbouring and trading countries.",
            "For years the same countries have been blocking decision-making in the KP, which is based on consensus, without ever having to stipulate their reasons or being held to account. Frustrated with this shameless denial of the realities CSC members are confronted with on a daily basis, the Coalition decided to name the non-constructive players in their closing speech of the Intersessional.",
            "One of them, China, could not bear this and tried to stop the speech by repeatedly interrupting Mr Mtisi, and when that did not work, the Chinese delegation left the closing session. In an unprecedented move, all those who had been named were granted a right to response to criticize the ‘unrespectful’ behavior by civil society, until the European Union, the United States and the World Diamond Council intervened to stress the CSC’s freedom of speech.",
        ],
        contacts: [{
            var c = Contact(name: "Shamiso Mtisi", role: "KP Civil Society Coalition Coordinator", organization: "ZELA",
                            phones: ["+263788087050"], emails: ["shamiso@zela.org"])
            c.phoneDetails = [PhoneDetail(printed: "+263 78 808 7050", e164: "+263788087050")]
            return c
        }()],
        links: ["mailto:shamiso@zela.org", "http://www.kpcivilsociety.org/"])

    static let water = Release(
        id: "a1b2c3d4e5f6", source: "jirani-water-2023-05-14.txt", format: .text, kind: "Press Release",
        title: "Jirani Water opens 40 kiosks in Nairobi’s informal settlements", date: "2023-05-14",
        organization: "Jirani Water Kiosk Network", release: "For immediate release", location: "NAIROBI",
        paragraphs: ["Clean water now reaches 60,000 residents of Kibera and Mathare through kiosks run by local women’s groups."],
        notes: ["Jirani Water is a social enterprise founded in 2016."],
        contacts: [
            Contact(name: "Achieng Otieno", role: "Communications Lead", phones: ["+254722000111"],
                    emails: ["achieng@jirani.example"]),
            Contact(name: "Press Office", phones: ["+254202000000"], emails: ["press@jirani.example"],
                    urls: ["https://jirani.example/press"]),
        ],
        links: ["mailto:achieng@jirani.example", "mailto:press@jirani.example", "https://jirani.example/press"])

    static let cjk = Release(
        id: "0c1d2e3f4a5b", source: "haneul-2024-01-09.txt", format: .text, kind: "報道資料",
        title: "日本語のプレスリリース：新しい報道方針を発表", date: "2024-01-09", organization: "한울 모션 로보틱스",
        paragraphs: ["東京と서울で同時に発表された新方針は、記者の皆様に向けたものです。"])

    static let accents = Release(
        id: "acce00000001", source: "veredas-2022-11-03.md", format: .markdown, kind: "Nota de imprensa",
        title: "Société Générale des Eaux de Zürich élargit l’accès à l’eau potable à Çanakkale",
        date: "2022-11-03", organization: "Société Générale des Eaux",
        paragraphs: ["Les réseaux d’eau de Zürich et de Çanakkale coopèrent désormais; l’accord a été signé à Genève."])

    static let emoji = Release(
        id: "e0e0e0e0e0e0", source: "summit-2025-03-01.md", format: .markdown,
        title: "🌍 Climate summit opens with 👍🏽 from 120 delegations 🎉", date: "2025-03-01",
        organization: "Global Climate Network 🌱",
        paragraphs: ["Delegations from 120 countries 🇿🇼 arrived; the family 👨‍👩‍👧 of volunteers ❤️ cheered."])

    static let hostile = Release(
        id: "bad0bad0bad0", source: "hostile.txt", format: .text,
        title: "Alert\u{1B}[31m red text\u{07} and a tab\there", date: nil, organization: "Esc\u{1B}]52;c;aGk=\u{07}Corp",
        paragraphs: ["Body with \u{1B}[2J a clear-screen sequence and a\u{0}NUL and \u{9B}31m C1 control.",
                     "https://example.org/a/very/long/url/that/never/ends/and/keeps/going/on/and/on/and/on/index.html"],
        links: ["https://example.org/a/very/long/url/that/never/ends/and/keeps/going/on/and/on/and/on/index.html"])

    /// Links printed in the text (numbered where they appear) and one printed nowhere.
    static let linked = Release(
        id: "11nc0000000a", source: "jirani-report-2023-06-01.md", format: .markdown, kind: "Press Release",
        title: "Jirani Water publishes its first kiosk report", date: "2023-06-01",
        organization: "Jirani Water Kiosk Network",
        paragraphs: ["The report, at jirani.example/report, counts 40 kiosks and 60,000 residents served.",
                     "Questions go to the press office."],
        contacts: [Contact(name: "Press Office", emails: ["press@jirani.example"])],
        links: ["https://jirani.example/report", "mailto:press@jirani.example", "https://jirani.example/unprinted"])

    /// A media advisory under embargo until 3 June 2025, 10:00 CET.
    static let embargoed = Release(
        id: "e3ba90000001", source: "ravenscar-2025-05-30.pdf", format: .pdf, kind: "Media Advisory",
        title: "Tidal lab opens its test berth to reporters", date: "2025-05-30",
        organization: "Ravenscar Tidal Energy Lab", release: "Embargoed until 10:00 CET on June 3, 2025",
        location: "PORTLAND", paragraphs: ["Reporters may visit the floating berth on 3 June."])

    /// A small archive: the seed and the others, in no particular order.
    static let archive: [Release] = [water, seed, cjk, accents, emoji, hostile]
}
