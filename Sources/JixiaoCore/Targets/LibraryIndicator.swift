/// One third-level indicator of the indicator library (指标库, cycle.md §2).
public struct LibraryIndicator: Codable, Sendable, Hashable {
    /// 一级 / 二级指标.
    public var levels: [String]
    /// 三级指标.
    public var name: String
    /// 指标性质; nil when the library leaves it to the filer.
    public var direction: Direction?
    /// 计量单位.
    public var unit: String?
    /// 参考值 (指标值的参考), as written.
    public var reference: String?
    /// 行业 (共性 for indicators every unit may use).
    public var sector: String
    /// 资金用途 (e.g. 运行维护, 设备购置).
    public var fundUse: String?
    /// True when every declaration of this sector must include it (`targets.core-missing`).
    public var required: Bool
    /// Other names a declaration may give it (群众满意度 for 服务对象满意度).
    public var aliases: [String]
    /// 备注.
    public var note: String?

    public init(
        levels: [String], name: String, direction: Direction? = nil, unit: String? = nil,
        reference: String? = nil, sector: String, fundUse: String? = nil, required: Bool = false,
        aliases: [String] = [], note: String? = nil
    ) {
        self.levels = levels
        self.name = name
        self.direction = direction
        self.unit = unit
        self.reference = reference
        self.sector = sector
        self.fundUse = fundUse
        self.required = required
        self.aliases = aliases
        self.note = note
    }

    /// True when a row named `rowName` is this indicator (its name or an alias, spaces and widths ignored).
    public func matches(_ rowName: String) -> Bool {
        let key = Self.key(rowName)
        return Self.key(name) == key || aliases.contains { Self.key($0) == key }
    }

    static func key(_ text: String) -> String { HalfWidth.fold(text).filter { !$0.isWhitespace } }
}
