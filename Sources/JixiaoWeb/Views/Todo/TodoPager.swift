import Foundation
import Plot

/// The page links under a paged group of the to-do page (`TodoPart`): none when it fits on one.
enum TodoPager {
    static func node<Row>(_ part: TodoPart<Row>, id: String, link: (Int) -> String) -> Node<HTML.BodyContext> {
        let page = part.page, last = part.pageCount
        return .if(
            last > 1 || page > 1,
            .p(
                .class("pager"), .attr("id", id),
                .if(page > 1, .a(.rel(.prev), .attr("href", link(min(page - 1, last))), .text("上一页"))),
                .span(.text(" 第 \(page) / \(last) 页，共 \(part.total) 项 ")),
                .if(page < last, .a(.rel(.next), .attr("href", link(page + 1)), .text("下一页")))))
    }

    /// `/todo` at the given pages of its two paged groups, at the group `fragment`.
    static func link(rounds: Int, rectifications: Int, fragment: String) -> String {
        SiteURL.todo.withQuery(
            [
                "rounds-page": rounds > 1 ? String(rounds) : nil,
                "rectifications-page": rectifications > 1 ? String(rectifications) : nil,
            ], fragment: fragment)
    }
}
