/// Decodes UTF-8 bytes straight into lines of scalars in one pass, validating as it
/// goes (nil on any invalid sequence: overlong, surrogate, truncated, out of range)
/// and folding full-width forms on the way (`LineNormaliser.foldScalar`).
enum UTF8Lines {
    /// The lines and, for each, what `LineNormaliser` has to do with it, noted while
    /// decoding so the normaliser need not scan the line again.
    static func decode(_ slice: Slice<UnsafeBufferPointer<UInt8>>)
        -> (lines: [[Unicode.Scalar]], marks: [LineNormaliser.Marks])?
    {
        let bytes = UnsafeBufferPointer(rebasing: slice)
        guard let p = bytes.baseAddress, !bytes.isEmpty else { return ([], []) }
        let end = bytes.count
        // A line is decoded into scratch space (no line has more scalars than the text
        // has bytes) and copied out whole at its end.
        let scratch = UnsafeMutablePointer<Unicode.Scalar>.allocate(capacity: end)
        defer { scratch.deallocate() }
        var count = 0
        var lines: [[Unicode.Scalar]] = []
        var marks: [LineNormaliser.Marks] = []
        var mark = LineNormaliser.Marks()
        var i = 0
        while i < end {
            let b0 = p[i]
            var value: UInt32
            if b0 < 0x80 {
                i += 1
                if b0 >= 0x20 && b0 < 0x7F {
                    scratch[count] = Unicode.Scalar(b0)
                    count += 1
                    if b0 <= 0x2A || b0 == 0x5C { mark.note(Unicode.Scalar(b0)) }
                    continue
                }
                if b0 == 0x0A {
                    lines.append(Array(UnsafeBufferPointer(start: scratch, count: count)))
                    marks.append(mark)
                    mark = LineNormaliser.Marks()
                    count = 0
                    continue
                }
                if let folded = LineNormaliser.foldScalar(Unicode.Scalar(b0)) { scratch[count] = folded; count += 1; mark.note(folded) }
                continue
            } else if b0 >= 0xE0 && b0 <= 0xEF {
                guard i + 2 < end, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return nil }
                value = UInt32(b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { return nil }
                i += 3
            } else if b0 >= 0xC2 && b0 <= 0xDF {
                guard i + 1 < end, p[i + 1] & 0xC0 == 0x80 else { return nil }
                value = UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                i += 2
            } else if b0 >= 0xF0 && b0 <= 0xF4 {
                guard i + 3 < end, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 else { return nil }
                value = UInt32(b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
                guard value >= 0x10000, value <= 0x10FFFF else { return nil }
                i += 4
            } else {
                return nil
            }
            guard let scalar = Unicode.Scalar(value) else { return nil }
            // CJK text, the bulk of a report, is never folded.
            if value > 0x3000 && value < 0xFEFF { scratch[count] = scalar; count += 1; continue }
            if let folded = LineNormaliser.foldScalar(scalar) { scratch[count] = folded; count += 1; mark.note(folded) }
        }
        if count > 0 {
            lines.append(Array(UnsafeBufferPointer(start: scratch, count: count)))
            marks.append(mark)
        }
        return (lines, marks)
    }
}
