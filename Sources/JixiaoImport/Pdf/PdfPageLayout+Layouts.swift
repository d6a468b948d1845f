extension PdfPageLayout {
    /// The rows of consecutive table bands, each as its cells joined by tabs. One Word table
    /// often holds blocks of different columns (the funds block's 7 cells over the indicator
    /// block's 10): a band of three cells or more whose columns do not fit those of the widest
    /// band so far is a new header and starts a layout of its own; the bands below it that fit
    /// take its columns. A narrower band that fits no layout (a note across merged cells) stays
    /// in the layout it is in.
    func rows(of region: ArraySlice<Band>) -> [String] {
        guard var start = region.indices.first else { return [] }
        var out: [String] = []
        var widest = start
        for k in region.indices.dropFirst() {
            if Self.fits(region[k].columns, region[widest].columns) {
                if region[k].columns.count > region[widest].columns.count { widest = k }
            } else if region[k].columns.count >= 3 {
                out += rows(inLayout: region[start..<k])
                start = k
                widest = k
            }
        }
        return out + rows(inLayout: region[start...])
    }

    /// Each column of either set overlaps at most one column of the other.
    static func fits(_ columns: [(x0: Double, x1: Double)], _ layout: [(x0: Double, x1: Double)]) -> Bool {
        func overlapsOne(_ these: [(x0: Double, x1: Double)], _ those: [(x0: Double, x1: Double)]) -> Bool {
            these.allSatisfy { column in those.filter { $0.x0 < column.x1 && column.x0 < $0.x1 }.count <= 1 }
        }
        return overlapsOne(columns, layout) && overlapsOne(layout, columns)
    }
}
