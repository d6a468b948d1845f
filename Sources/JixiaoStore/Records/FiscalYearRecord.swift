import FluentKit
import Foundation
import JixiaoCore

/// A row of `fiscal_years`: one year, open or closed, with its default frameworks.
public final class FiscalYearRecord: Model, @unchecked Sendable {
    public static let schema = "fiscal_years"

    @ID(key: .id) public var id: UUID?
    @Field(key: "year") public var year: Int
    @Field(key: "is_open") public var isOpen: Bool
    @OptionalField(key: "default_department") public var defaultDepartment: String?
    @OptionalField(key: "default_project") public var defaultProject: String?
    /// 填报截止日期 as an ISO date (migration 022); nil when none is set.
    @OptionalField(key: "deadline") public var deadline: String?
    @Field(key: "updated_by") public var updatedBy: String
    @Field(key: "updated_at") public var updatedAt: Date

    public init() {}

    /// The Core value of this row.
    public var fiscalYear: FiscalYear {
        Self.fiscalYear(
            year: year, isOpen: isOpen, defaultDepartment: defaultDepartment, defaultProject: defaultProject,
            deadline: deadline)
    }

    /// The Core value of a row's columns (the record's, or a plain SQL read's).
    static func fiscalYear(
        year: Int, isOpen: Bool, defaultDepartment: String?, defaultProject: String?, deadline: String?
    ) -> FiscalYear {
        var defaults: [EvaluationKind: String] = [:]
        defaults[.departmentWide] = defaultDepartment
        defaults[.project] = defaultProject
        return FiscalYear(
            year: year, isOpen: isOpen, defaults: defaults,
            deadline: deadline.flatMap(CalendarDate.init).flatMap { $0.isValid ? $0 : nil })
    }

    /// Copies `value` into the row.
    func set(_ value: FiscalYear, by user: String, at date: Date) {
        year = value.year
        isOpen = value.isOpen
        defaultDepartment = value.defaults[.departmentWide]
        defaultProject = value.defaults[.project]
        deadline = value.deadline?.iso
        updatedBy = user
        updatedAt = date
    }
}
