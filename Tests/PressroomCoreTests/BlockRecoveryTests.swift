import Foundation
import Testing
@testable import PressroomCore

/// Front matter, markup and paragraph recovery below the parser. Every fixture is invented.
@Suite struct BlockRecoveryTests {
    static func parse(_ text: String, format: SourceFormat = .text, name: String = "fixture.txt") -> Release {
        let doc = LoadedDocument(file: SourceFile(url: URL(fileURLWithPath: "/tmp/" + name), source: name, format: format),
                                 text: text, id: "fixture")
        return ReleaseParser.parse(doc)
    }

    @Test func yamlFrontMatterIsMetadataWithTitleAndDate() {
        let md = """
        ---
        title: "Orchard co-operative opens a cider press for smallholders"
        date: 2022-09-14
        tags:
        - harvest
        source_url: https://archive.example.net/item/77
        ---

        The Hollin Vale Growers' Co-operative opened its shared cider press on Wednesday, so that members with a \
        few trees no longer need to sell their apples below cost.

        The press can take four tonnes a day and is booked through the co-operative's office.
        """
        let r = Self.parse(md, format: .markdown, name: "fixture.md")
        #expect(r.title == "Orchard co-operative opens a cider press for smallholders")
        #expect(r.date == "2022-09-14")
        #expect(r.paragraphs.count == 2)
        #expect(r.paragraphs[0].hasPrefix("The Hollin Vale Growers"))
        #expect(!r.links.contains { $0.contains("archive.example.net") })
    }

    @Test func tomlFrontMatterAndLeadingCommentsAreNotText() {
        let text = "<!-- build with: make pdf -->\n\n+++\ntitle = \"Ferry timetable\"\ndate = 2021-03-02\n+++\n\n# Winter ferry timetable extended\n\nThe Skerra Island ferry keeps its winter timetable until the end of April.\n"
        let (body, fm) = FrontMatter.split(text)
        #expect(fm?.title == "Ferry timetable")
        #expect(fm?.date == "2021-03-02")
        #expect(body.hasPrefix("\n\n# Winter") || body.hasPrefix("\n# Winter") || body.hasPrefix("# Winter"))
        // A document that opens with a rule and prose is not front matter.
        #expect(FrontMatter.split("---\nNot a key line at all\n---\nText").frontMatter == nil)
    }

    @Test func markupThatShowsNoTextIsDropped() {
        let md = """
        # Lantern walk returns to the old quarter

        <img src="lanterns.png" width="80%" />

        Volunteers from [Lumen \\{Old Town\\}](https://lumen.example.org/) will lead the walk. Kolleg*innen from the \
        school join them. ![a map](map.png) The route is *short*.

        <!--
        note to self: add the map
        -->

        Tickets are free.
        """
        let r = Self.parse(md, format: .markdown, name: "fixture.md")
        #expect(r.title == "Lantern walk returns to the old quarter")
        #expect(r.paragraphs == [
            "Volunteers from Lumen {Old Town} will lead the walk. Kolleg*innen from the school join them. The route is short.",
            "Tickets are free.",
        ])
        #expect(r.links.contains("https://lumen.example.org/"))
    }

    @Test func aKindHeadingIsTheKindAndTheNextHeadingTheHeadline() {
        let md = """
        # MEDIA RELEASE

        Issued by the Tarn Valley Beekeepers, 4 May 2023

        ## Swarm season starts early on the valley floor

        Members reported the first swarms of the year in late April, three weeks earlier than usual.
        """
        let r = Self.parse(md, format: .markdown, name: "fixture.md")
        #expect(r.kind == "MEDIA RELEASE")
        #expect(r.title == "Swarm season starts early on the valley floor")
        // With no other heading, the label is the only headline the page prints.
        let only = Self.parse("---\ntitle: Press Release\n---\n\n12 June 2024\n\nThe Brackwater Reading Circle meets again in the library from next week, on Tuesdays at six.\n", format: .markdown, name: "fixture.md")
        #expect(only.kind == "Press Release")
        #expect(only.title == "Press Release")
    }

    @Test func underlinedAndAsciiDocHeadingsAreHeadings() {
        let blocks = PlainHeadings.mark([
            LayoutBlock(lines: [PrintedLine(raw: "Quarry road to close for repairs"), PrintedLine(raw: "================================"),
                                PrintedLine(raw: "The road will close for six weeks.")]),
            LayoutBlock(lines: [PrintedLine(raw: "= Harbour fees frozen")]),
        ])
        #expect(blocks.map(\.joined) == ["Quarry road to close for repairs", "The road will close for six weeks.", "Harbour fees frozen"])
        #expect(blocks.map(\.heading) == [1, 0, 1])
        let md = MarkdownBlocks.blocks(["Harbour fees frozen", "===================", "", "== Background"], links: &Self.sink)
        #expect(md.map(\.heading) == [1, 2])
    }
    nonisolated(unsafe) static var sink: [String] = []

    /// Text a PDF scraper printed without a blank line anywhere: paragraphs end on a short line that ends a
    /// sentence, and a run of short header lines ends before a full line.
    @Test func paragraphsOfTextWithoutGaps() {
        let text = """
        March 3, 2022 Contact: Odile Ferrant
        Press Officer
        Marrow County Water Board
        555-0102 (office)
        For Immediate Release: Water Board Approves Plan to Replace the Old Lead Pipes on
        Fenwick Street
        (Marrow, Ohio) – The Marrow County Water Board voted on Tuesday to replace every lead service
        line still in use on Fenwick Street and the three streets that cross it, a job of about 240 pipes.
        Work starts in May and should take two summers.
        The board will pay for the pipes on the public side of the meter, and a state grant will cover
        most of the cost on the private side, so that owners pay no more than a few hundred dollars each.
        Owners who want the work done can sign up at the board's office or by phone from
        next Monday.
        “We have known about these pipes for decades, and now we finally have the money to replace them,”
        said board chair Lennart Osei, who thanked the residents who came to the
        public meetings.
        Residents with questions can call the board's customer line during office hours.
        """
        let r = LayoutRecovery.recover(text, format: .text)
        #expect(r.style == .pdftotext)
        let joined = r.blocks.map(\.joined)
        #expect(joined.contains { $0.hasPrefix("For Immediate Release:") && $0.hasSuffix("Fenwick Street") })
        #expect(joined.contains { $0.hasPrefix("(Marrow, Ohio)") && $0.hasSuffix("two summers.") })
        #expect(joined.contains { $0.hasPrefix("The board will pay") && $0.hasSuffix("from next Monday.") })
        #expect(joined.contains { $0.hasPrefix("“We have known") && $0.hasSuffix("public meetings.") })
        #expect(joined.contains("Residents with questions can call the board's customer line during office hours."))
    }

    @Test func aScannersBlankLineInsideASentenceIsNoBreak() {
        let text = "The council said the new bus shelters would be fitted with lights and\n\nseating before the winter.\n\nThe first go up in October.\n"
        let r = LayoutRecovery.recover(text, format: .text)
        #expect(r.blocks.map(\.joined) == ["The council said the new bus shelters would be fitted with lights and seating before the winter.",
                                           "The first go up in October."])
    }

    @Test func numberedItemsInLowerCaseAndDetachedBullets() {
        let text = """
        The association asks the province for the following:

        1. a second ferry on the northern route during the summer;
        2. lower fares for pupils and pensioners;
        3. a shelter at each landing.

        The association's volunteers will:
        ●
        ●
        ●

        Count passengers on every crossing in July
        Survey the landings
        Publish what they find
        """
        let r = Self.parse("Ferry users call for a second boat\n\n" + text)
        for p in ["a second ferry on the northern route during the summer;", "lower fares for pupils and pensioners;",
                  "a shelter at each landing.", "Count passengers on every crossing in July", "Survey the landings",
                  "Publish what they find"] {
            #expect(r.paragraphs.contains(p), "\(p)")
        }
        #expect(!r.paragraphs.contains { $0.contains("●") })
    }

    @Test func typedListsWithoutMarkersAndTagLines() {
        let text = """
        <pre>
        Parish council publishes its spending review for the year

        The parish council of Little Wexcombe published its review of the year's spending on Monday, and
        thanked the volunteers who counted the receipts.

        Paid for this year:
        A new roof on the village hall
        Two benches by the pond
        Still waiting:

        The footpath to the station
        A bus shelter on Mill Lane
        </pre>
        """
        let r = LayoutRecovery.recover(text, format: .text)
        #expect(r.blocks.map(\.joined) == [
            "Parish council publishes its spending review for the year",
            "The parish council of Little Wexcombe published its review of the year's spending on Monday, and thanked the volunteers who counted the receipts.",
            "Paid for this year:", "A new roof on the village hall", "Two benches by the pond", "Still waiting:",
            "The footpath to the station", "A bus shelter on Mill Lane",
        ])
    }

    /// A harvester's record above a scanned release: its URLs are not the release's, its title names the
    /// headline printed in the scan.
    @Test func aHarvestersRecordNamesTheHeadlineOfTheScan() {
        let text = """
        ---
        title: "Wool growers ask for drought relief"
        date: "1991-02-05"
        record_url: http://records.example.org/item/4471
        ---

         GRAZIERS' ASSOCIATION OF THE NORTHERN TABLELANDS

         5 February 1991

         WOOL GROWERS ASK FOR DROUGHT RELIEF

         The Graziers' Association today asked the state government to extend drought relief to the northern
         wool districts, where no useful rain has fallen since October.

         The association's president said that many families had already sold half their flocks.
        """
        let r = Self.parse(text)
        #expect(r.title == "WOOL GROWERS ASK FOR DROUGHT RELIEF")
        #expect(r.subtitle == nil)
        #expect(r.date == "1991-02-05")
        #expect(r.links.isEmpty)
        #expect(r.paragraphs.contains("The association's president said that many families had already sold half their flocks."))
    }

    /// `-layout` text keeps a bullet's indent (`●   Item`); an extractor may print an item's number alone on
    /// its line (`1.`), the items' text after the numbers.
    @Test func spacedBulletsAndNumbersPrintedApart() {
        let layout = "The trust will:\n●   Plant 400 oaks along the canal\n●   Repair the lock keeper's cottage\n"
        let a = BlockSplitter.split(LayoutRecovery.recover(layout, format: .text).blocks, style: .plain, width: 0)
        #expect(a.map(\.joined) == ["The trust will:", "Plant 400 oaks along the canal", "Repair the lock keeper's cottage"])
        let apart = [
            LayoutBlock(lines: [PrintedLine(raw: "The survey found that:"), PrintedLine(raw: "1.")]),
            LayoutBlock(lines: [PrintedLine(raw: "2.")]),
            LayoutBlock(lines: [PrintedLine(raw: "Most ponds in the valley hold fewer newts than ten years"),
                                PrintedLine(raw: "ago, and two hold none."),
                                PrintedLine(raw: "Ponds near the road dried out in July.")]),
        ]
        let b = ListItems.attachDetachedMarkers(apart)
        #expect(b.map(\.joined) == ["The survey found that:",
                                    "Most ponds in the valley hold fewer newts than ten years ago, and two hold none.",
                                    "Ponds near the road dried out in July."])
        #expect(b.map(\.bullet) == [false, true, true])
    }

    @Test func aOnePageLetterheadFooterIsFurniture() {
        let text = "Harbour board opens the new slipway\n\nThe slipway at the north quay opened on Friday after two years of work.\n\nHarbour House • 12 Quay Street • Portlaw 4410 • 555-0100\n\u{0C}"
        let r = LayoutRecovery.recover(text, format: .text)
        #expect(r.blocks.map(\.joined) == ["Harbour board opens the new slipway", "The slipway at the north quay opened on Friday after two years of work."])
        #expect(r.furniture == ["Harbour House • 12 Quay Street • Portlaw 4410 • 555-0100"])
    }

    @Test func aRunningHeaderOfFourLinesIsFurniture() {
        let page = "Press statement\n\nPortlaw\n\nHarbour Board\n\n3 May 2024\n\n"
        let text = page + "The board met on Thursday and agreed the budget for the new\n\n1\n\u{0C}" + page + "season. Work on the quay starts in June.\n\n2\n\u{0C}"
        let r = LayoutRecovery.recover(text, format: .text)
        #expect(r.furniture.contains("3 May 2024"))
        #expect(!r.blocks.contains { $0.joined == "3 May 2024" })
    }

    @Test func addressesCutAtALineEndAndNamesThatLookLikeDomains() {
        #expect(LinkExtractor.links(in: "See the map at https://fieldmaps\ne.example.org/survey-2022/map") == ["https://fieldmapse.example.org/survey-2022/map"])
        #expect(LinkExtractor.links(in: "See https://fieldmaps .example.org/x") == ["https://fieldmaps.example.org/x"])
        #expect(LinkExtractor.links(in: "The developers of Kestrel.dev joined the meeting.") == [])
        #expect(LinkExtractor.links(in: "Details at kestrel.dev and Kestrel.dev/events") == ["http://kestrel.dev", "http://Kestrel.dev/events"])
    }
}
