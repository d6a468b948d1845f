/// Finds the title of a numbered paragraph: the short text after the mark, ended by
/// the end of the paragraph, 。 or :, a space, or the start of the body (我局…).
enum HeadingTitle {
    static let bodyStarts: [[Unicode.Scalar]] = ["我局", "我单位", "本单位", "我中心", "我部门", "本部门"].map { Array($0.unicodeScalars) }
    static let bodyStartIndex = CueIndex<Int>(bodyStarts.map { (TextScan.string($0), 0) })

    /// True when a body start (我局…) occurs at or after `from`.
    static func startsBody(_ s: [Unicode.Scalar], from: Int) -> Bool {
        var i = from
        while i < s.count {
            if bodyStartIndex.match(s, at: i) != nil { return true }
            i += 1
        }
        return false
    }

    /// (title range end, body offset, titled) for a paragraph with a mark of `length`.
    static func find(_ s: [Unicode.Scalar], markerLength: Int) -> (end: Int, body: Int, titled: Bool) {
        let start = markerLength
        let limit = min(s.count, start + 32)
        if BlockRules.isShortHeading(s) {
            var end = s.count
            while end > start, s[end - 1] == "。" || s[end - 1] == ":" { end -= 1 }
            return (end, s.count, true)
        }
        var i = start
        while i < limit {
            let c = s[i]
            if c == "。" || c == ":" { return (i, i + 1, i > start) }
            if c == " " && i > start + 1 { return (i, i + 1, true) }
            if Scalars.isClauseBreak(c) { break }
            if i > start + 1, bodyStartIndex.match(s, at: i) != nil { return (i, i, true) }
            i += 1
        }
        // An item of running text: its name is its first clause, capped.
        var end = start
        while end < s.count, end - start < 20, !Scalars.isClauseBreak(s[end]), s[end] != ":" { end += 1 }
        return (end, start, false)
    }
}
