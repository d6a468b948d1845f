import Foundation
import JixiaoCore
import Testing

@testable import JixiaoWeb

/// The list page writes its table of years as text (`HomePage.countsTable`); its links must be
/// the model's own (`HomePageModel.link`), escaped as `.attr` escapes them, and the counts right.
@Suite("The list page's table of years")
struct HomePageLinkTests {
    @Test("every year's and every status's link is the model's link, escaped; every count is shown")
    func linksAreTheModels() throws {
        // given: counts in every status over three years, one of them empty
        let user = UserAccount(id: UUID(), username: "r", displayName: "审核员", role: .reviewer, unitCode: "x")
        var counts: [StatusCount] = []
        for (index, status) in EvaluationStatus.allCases.enumerated() {
            counts.append(StatusCount(fiscalYear: 2024, status: status, count: index + 1))
            counts.append(StatusCount(fiscalYear: 2019, status: status, count: 100 * (index + 1)))
        }
        counts.append(StatusCount(fiscalYear: 2025, status: .draft, count: 0))
        let model = HomePageModel(
            user: user, csrf: "token", counts: counts, rows: [], year: nil, status: nil, page: ListPage(),
            total: 0, flash: nil)
        // when
        let page = String(buffer: HomePage.render(model).response().body.buffer ?? .init())
        // then
        for year in [2025, 2024, 2019] {
            #expect(page.contains(#"<a href="\#(HTMLEscape.escape(model.link(year: year, status: nil)))">\#(year)年</a>"#))
            for status in EvaluationStatus.allCases {
                let count = counts.first { $0.fiscalYear == year && $0.status == status }?.count ?? 0
                let link = HTMLEscape.escape(model.link(year: year, status: status))
                #expect(page.contains(#"<a href="\#(link)" aria-label="\#(year)年\#(status.label) \#(count) 份">\#(count)</a>"#))
            }
        }
        #expect(page.contains("&amp;status=published"))
        // newest year first
        let rows = ["2025年", "2024年", "2019年"].compactMap { page.range(of: $0)?.lowerBound }
        #expect(rows.count == 3 && rows == rows.sorted())
    }
}
