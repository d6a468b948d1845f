extension ReportSection {
    /// The sections a finished report of `kind` must have text in, in report order
    /// (`section.missing`); grouping headings have no text of their own.
    public static func required(for kind: EvaluationKind) -> [ReportSection] {
        sections(for: kind).filter { $0.required && $0.content != .heading }
    }

    /// The headings under which reports carry this section: its title, then its aliases.
    public var names: [String] { [title] + aliases }

    /// True when `narrative` holds this section's text: by its key, or, when its key is
    /// not one of the report kind's, by a title that is the section's title or an alias.
    public func holds(_ narrative: NarrativeSection) -> Bool {
        if narrative.key == key { return true }
        guard ReportSection.section(narrative.key, of: kind) == nil else { return false }
        let text = narrative.title.trimmedSpaces
        return text == title || text == heading || aliases.contains(text)
    }

    /// The first-level parts of a report of `kind` that hold required sections, each
    /// with every section under it (itself included), for reading report documents,
    /// whose headings name a part or any section of it.
    public static func requiredParts(for kind: EvaluationKind) -> [(part: ReportSection, sections: [ReportSection])] {
        var parts: [(part: ReportSection, sections: [ReportSection])] = []
        for section in sections(for: kind) {
            if section.level == 1 || parts.isEmpty {
                parts.append((section, [section]))
            } else {
                parts[parts.count - 1].sections.append(section)
            }
        }
        return parts.filter { $0.sections.contains { $0.required && $0.content != .heading } }
    }
}
