extension Array {
    /// `count` copies of `value`. (`init(repeating:count:)` allocated through an
    /// unspecialised call that looked the storage's type metadata up every time.)
    @inline(__always)
    static func filled(with value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        array.reserveCapacity(count)
        for _ in 0..<count { array.append(value) }
        return array
    }
}
