import Foundation
import Testing
@testable import PressroomCore

/// Every contact of every layout in the dev corpus (`../shared/corpus/dev`) keeps one `phone_details` entry per
/// phone: the printed number reads back as the phone, and the E.164 form is the phone where a country code
/// is printed. Runs when the corpus is there.
@Suite struct PhoneDetailsCorpusTests {
    @Test(.enabled(if: ScoreTests.available)) func oneDetailPerPhoneReadingBackAsThePhone() throws {
        let archive = Archive.load([ScoreTests.corpus.appendingPathComponent("releases").path])
        var checked = 0
        for release in archive.releases {
            for contact in release.contacts {
                #expect(contact.phoneDetails.count == contact.phones.count, "\(release.source)")
                for (phone, detail) in zip(contact.phones, contact.phoneDetails) {
                    #expect(PhoneNumber.normalize(detail.printed) == phone, "\(release.source): \(detail.printed)")
                    #expect(detail.e164 == (phone.hasPrefix("+") ? phone : nil), "\(release.source): \(detail.printed)")
                    checked += 1
                }
            }
        }
        #expect(checked > 100)
    }
}
