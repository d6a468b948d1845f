/// A query parameter of an API route, as the OpenAPI document lists it.
struct QueryParameter: Sendable {
    var name: String
    /// OpenAPI type: `string` or `integer`.
    var type: String
    var summary: String
    var defaultValue: Int? = nil

    /// `GET /api/v1/evaluations`.
    static let evaluationList: [QueryParameter] = [
        .init(name: "unit", type: "string", summary: "单位代码"),
        .init(name: "year", type: "integer", summary: "年度"),
        .init(name: "status", type: "string", summary: "状态"),
        .init(name: "page", type: "integer", summary: "页码，从 1 起；超过最后一页时 400（带 after 时只作显示）", defaultValue: 1),
        .init(name: "per", type: "integer", summary: "每页条数，至多 \(ListPage.maxPer)", defaultValue: ListPage.defaultPer),
        .init(name: "after", type: "string", summary: "上一页最后一条的编号（响应的 next）：从它之后列出，不按页码跳过"),
    ]
}
