import JixiaoCore
import Plot

/// The 填报截止日期 input of a fiscal year's form, with its message when refused (the typed
/// text kept). Its id names the year, as the page holds one form per year.
enum DeadlineField {
    static func node(_ m: AdminPage.Model, year: FiscalYear) -> Node<HTML.BodyContext> {
        let error = m.deadlineError.flatMap { $0.year == year.year ? $0 : nil }
        let id = "deadline-\(year.year == 0 ? "new" : String(year.year))"
        return .div(
            .attr("class", error == nil ? "field" : "field invalid"),
            // Every year's form has one: the accessible name says whose.
            .label(
                .attr("for", id), .span(.class("visually-hidden"), .text(year.year == 0 ? "新年度 · " : "\(year.year) 年度 · ")),
                .text("填报截止日期")),
            .input(
                .type(.text), .attr("name", "deadline"), .attr("id", id), .attr("placeholder", "2025-04-30"),
                .attr("value", error?.text ?? year.deadline?.iso ?? ""),
                .attr("aria-describedby", error == nil ? "" : id + "-error")),
            .unwrap(error) { .span(.class("field-error"), .attr("id", id + "-error"), .text($0.message)) }
        )
    }
}
