import JixiaoCore

/// Metadata for a framework imported from a table, which usually carries none.
/// Rows before the header such as `id,my-framework` or `来源,X财绩〔2024〕1号` override these.
public struct CSVFrameworkDefaults: Sendable {
    public var id: String
    public var title: String
    public var kind: EvaluationKind
    public var region: String
    public var year: Int
    public var source: String
    public var total: ExactDecimal

    public init(
        id: String = "", title: String = "", kind: EvaluationKind = .departmentWide, region: String = "",
        year: Int = 0, source: String = "", total: ExactDecimal = 100
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.region = region
        self.year = year
        self.source = source
        self.total = total
    }

    /// Applies a metadata row (`key,value`): true when applied, false when `key` is not a
    /// metadata key, nil when the value is not valid for it.
    mutating func apply(key: String, value: String) -> Bool? {
        switch key {
        case "id", "标识": id = value
        case "title", "标题", "名称": title = value
        case "region", "地区", "适用地区": region = value
        case "source", "来源", "文件": source = value
        case "kind", "类型":
            guard let parsed = FrameworkDocument.kind(value) else { return nil }
            kind = parsed
        case "year", "年度":
            guard let parsed = Int(HalfWidth.fold(value).trimmedSpaces.replacingOccurrences(of: "年", with: "")) else {
                return nil
            }
            year = parsed
        case "total", "总分":
            guard let parsed = NumberText.parse(value, percent: false) else { return nil }
            total = parsed
        default: return false
        }
        return true
    }
}
