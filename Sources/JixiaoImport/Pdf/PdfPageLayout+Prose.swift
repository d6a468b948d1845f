extension PdfPageLayout {
    /// The bands with every line of prose made one column again. A justified line has wide gaps
    /// too (and a space beside a number is wider than the gap between columns), so a line is told
    /// from a table row by its neighbours, not by its gaps' size: a table row's gaps line up with
    /// the gaps of the nearest row above or below; a prose line's do not, and it keeps the
    /// paragraph's margins (the page's width, or the edges of the line next to it) or has
    /// only spaces between words.
    func withProseAsLines(_ bands: [Band]) -> [Band] {
        guard let left = words.map(\.x0).min(), let right = words.map(\.x1).max() else { return bands }
        var out = bands
        for (i, band) in bands.enumerated() where band.columns.count > 1 && Self.physicalLines(band.words).count == 1 {
            let near = [i - 1, i + 1].filter { bands.indices.contains($0) && distance(bands[$0], band) <= 3 * height }
            guard !near.isEmpty, !nearestRows(around: i, in: bands).contains(where: { sharesGaps(band, with: $0) }) else { continue }
            let (x0, x1) = Self.edges(band)
            let spansPage = x0 <= left + 3 * height && x1 >= right - 1.5 * height
            let onlySpaces = Self.gaps(band).allSatisfy { $0.x1 - $0.x0 < 0.8 * height }
            let keepsMargins = near.contains { distance(bands[$0], band) <= height && Self.sameMargins(band, bands[$0], height) }
            guard spansPage || onlySpaces || keepsMargins else { continue }
            out[i].columns = [(x0, x1)]
            out[i].columnOf = Array(repeating: 0, count: band.words.count)
        }
        return out
    }

    /// The nearest band of two or more columns above and below band `i`, within three lines.
    func nearestRows(around i: Int, in bands: [Band]) -> [Band] {
        [-1, 1].compactMap { step in
            var k = i + step
            while bands.indices.contains(k), distance(bands[k], bands[i]) <= 3 * height {
                if bands[k].columns.count > 1 { return bands[k] }
                k += step
            }
            return nil
        }
    }

    /// The vertical space between two bands.
    func distance(_ a: Band, _ b: Band) -> Double { max(a.y0, b.y0) - min(a.y1, b.y1) }

    /// Two of the band's gaps (its only one, if one) overlap gaps of `other`: one may by chance.
    func sharesGaps(_ band: Band, with other: Band) -> Bool {
        let theirs = Self.gaps(other), ours = Self.gaps(band)
        let shared = ours.filter { gap in theirs.contains { $0.x0 < gap.x1 && gap.x0 < $0.x1 } }.count
        return shared >= min(2, ours.count)
    }

    /// `a` ends where `b` ends (a mark of punctuation may hang out) and starts where it starts or
    /// up to three characters in (the first line's indent).
    static func sameMargins(_ a: Band, _ b: Band, _ height: Double) -> Bool {
        let (left, right) = edges(a), (otherLeft, otherRight) = edges(b)
        return abs(right - otherRight) <= height && abs(left - otherLeft) <= 3 * height
    }

    static func edges(_ band: Band) -> (x0: Double, x1: Double) {
        (band.words.map(\.x0).min() ?? 0, band.words.map(\.x1).max() ?? 0)
    }

    static func gaps(_ band: Band) -> [(x0: Double, x1: Double)] {
        zip(band.columns, band.columns.dropFirst()).map { ($0.x1, $1.x0) }
    }
}
