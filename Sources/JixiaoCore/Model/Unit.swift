/// A budget unit (预算单位): a department (部门) or one of its spending units.
public struct Unit: Codable, Sendable, Hashable {
    /// Unit name as on its seal, e.g. 五华县政务服务数据管理局.
    public var name: String
    /// Budget code (预算编码) or another stable code.
    public var code: String?
    /// Administrative region, e.g. 广东省梅州市五华县.
    public var region: String?
    /// Code of the parent unit (主管部门) for a spending unit.
    public var parentCode: String?
    /// Number of subordinate second-level budget units (下属二级预算单位数量).
    public var subordinateUnits: Int?

    public init(
        name: String, code: String? = nil, region: String? = nil,
        parentCode: String? = nil, subordinateUnits: Int? = nil
    ) {
        self.name = name
        self.code = code
        self.region = region
        self.parentCode = parentCode
        self.subordinateUnits = subordinateUnits
    }
}
