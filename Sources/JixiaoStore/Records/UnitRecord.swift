import FluentKit
import Foundation
import JixiaoCore

/// A row of `units`.
public final class UnitRecord: Model, @unchecked Sendable {
    public static let schema = "units"

    @ID(key: .id) public var id: UUID?
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    @OptionalField(key: "region") public var region: String?
    @OptionalField(key: "parent_code") public var parentCode: String?

    public init() {}

    public init(unit: JixiaoCore.Unit, code: String) {
        self.code = code
        self.name = unit.name
        self.region = unit.region
        self.parentCode = unit.parentCode
    }

    /// The Core value of this row.
    public var unit: JixiaoCore.Unit { JixiaoCore.Unit(name: name, code: code, region: region, parentCode: parentCode) }
}
