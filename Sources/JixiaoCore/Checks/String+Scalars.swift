extension String {
    /// True when `word` occurs in the text, compared on UTF-8 bytes (which matches
    /// whole scalars, UTF-8 being self-synchronising). Unlike Foundation's `contains`
    /// it does no locale folding and is linear and allocation-free on Linux.
    public func hasScalars(_ word: String) -> Bool {
        var text = self, needle = word
        return text.withUTF8 { hay in
            needle.withUTF8 { n in
                guard let first = n.first else { return true }
                guard hay.count >= n.count else { return false }
                var i = 0
                let last = hay.count - n.count
                while i <= last {
                    if hay[i] == first {
                        var k = 1
                        while k < n.count && hay[i + k] == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
