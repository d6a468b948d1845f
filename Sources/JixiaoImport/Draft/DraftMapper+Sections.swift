import JixiaoCore

extension DraftMapper {
    /// Every section's text under the heading that names it (the title or an alias of the
    /// report section catalogue). Tables, their captions, the gap a generated report prints
    /// for an empty section and its generated conclusion sentence are not text. When no
    /// section is found, the whole text is kept as one section so nothing is lost.
    /// A heading that only groups sections (一、部门基本情况) is matched but keeps no text.
    mutating func mapSections(filename: String) {
        let structure = analysis.structure, headings = structure.headings
        let catalogue = ReportSection.sections(for: draft.kind)
        let matched = headings.map { SectionTitles.match($0.title, catalogue: catalogue) }
        var found = Set<String>(), filled = false, h = 0, budget = ReportDraft.maxKeptText
        while h < headings.count {
            guard let section = matched[h], !found.contains(section.key) else { h += 1; continue }
            found.insert(section.key)
            guard section.content != .heading else { h += 1; continue }
            // The text runs past the heading's own subtree (a report may restart its
            // numbering inside a section) up to the next section heading or a higher level.
            var next = h + 1
            while next < headings.count {
                let heading = headings[next]
                if heading.paragraph >= headings[h].subtreeEnd,
                    heading.depth < headings[h].depth || matched[next].map({ !found.contains($0.key) }) == true
                {
                    break
                }
                next += 1
            }
            let end = next < headings.count ? headings[next].paragraph : structure.document.paragraphs.count
            let text = SectionText(structure: structure, lines: lines).text(heading: h, end: end, content: section.content)
            if !text.isEmpty {
                // All sections together keep at most `maxKeptText` (each at least a few KB).
                let kept = TextCap.kept(text, limit: Swift.max(budget, Self.minSectionText))
                budget -= kept.utf8.count
                setSection(section, text: kept)
                filled = true
            }
            h = next
        }
        if !filled {
            let whole = analysis.document.text
            guard !whole.isEmpty else { return }
            draft.narrative.append(
                NarrativeSection(
                    key: "report", title: DraftMessages.wholeText(filename),
                    text: TextCap.kept(whole, limit: ReportDraft.maxKeptText)))
        }
    }

    /// Text kept of a section however much the sections before it used.
    static let minSectionText = 4 * 1024

    private mutating func setSection(_ section: ReportSection, text: String) {
        if let index = draft.narrative.firstIndex(where: { $0.key == section.key }) {
            draft.narrative[index].text = text
        } else {
            draft.narrative.append(NarrativeSection(key: section.key, title: section.title, text: text))
        }
    }
}

/// Which catalogue section a heading names.
enum SectionTitles {
    /// The section whose title or alias the heading's title is (or starts with, as in
    /// 整体支出绩效目标：紧紧围绕…), else the one with the longest title or alias it contains.
    static func match(_ title: String, catalogue: [ReportSection]) -> ReportSection? {
        let key = ScoreNames.key(title)
        guard !key.isEmpty else { return nil }
        var best: (section: ReportSection, length: Int)?
        for section in catalogue {
            for name in [section.title] + section.aliases {
                let candidate = ScoreNames.key(name)
                guard !candidate.isEmpty else { continue }
                if key == candidate { return section }
                let length = key.hasPrefix(candidate) || (candidate.count >= 4 && key.contains(candidate)) ? candidate.count : 0
                if length > (best?.length ?? 0) { best = (section, length) }
            }
        }
        return best?.section
    }
}
