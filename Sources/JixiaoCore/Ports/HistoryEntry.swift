import Foundation

/// One recorded change of one field of an evaluation: who, when, old → new.
public struct HistoryEntry: Codable, Sendable, Hashable {
    public var at: Date
    /// Display name of the person (or API client) who made the change.
    public var by: String
    /// The version the change produced.
    public var version: Int
    public var change: FieldChange

    public init(at: Date, by: String, version: Int, change: FieldChange) {
        self.at = at
        self.by = by
        self.version = version
        self.change = change
    }
}

/// A changed field: its path (`figures.expenditureTotal`), its label, old and new text.
public struct FieldChange: Codable, Sendable, Hashable {
    public var field: String
    public var label: String
    /// Text before the change; nil when the field was empty.
    public var old: String?
    /// Text after the change; nil when the field was cleared.
    public var new: String?

    public init(field: String, label: String, old: String?, new: String?) {
        self.field = field
        self.label = label
        self.old = old
        self.new = new
    }
}
