import FluentKit

/// Every migration of the store, in order. Append new ones; never reorder.
public enum StoreMigrations {
    public static let all: [any Migration] = [
        CreateUnits(),
        CreateUsers(),
        CreateEvaluations(),
        CreateHistory(),
        CreateApiTokens(),
        CreateLoginAttempts(),
        CreateEvaluationVersions(),
        CreateFiscalYears(),
        CreateFrameworks(),
        AddUserDisabled(),
        CreateAdminLog(),
        CreateListIndexes(),
        CreateSessions(),
        CreateEvaluationCounts(),
        AddLoginAttemptClient(),
        AddApiTokenLastUsed(),
        CreateUniqueEvaluationIndex(),
        CreateKeysetIndexes(),
        CreateEvaluationYearCounts(),
        CreateReportUploads(),
        CreateAttachments(),
        AddDeadlinesAndNotices(),
        CreateDeclarations(),
        AddDashboardColumns(),
        CreateDashboardCounts(),
        CreateUnitFindings(),
        CreateMonitoringRounds(),
        CreateRectifications(),
        CreateYearSettings(),
        TrimEvaluationIndexes(),
        AddStatedTotal(),
        AddAttachmentOwner(),
    ]
}
