/// Joins strings with a single allocation; a chain of `+` allocates and copies
/// at every step, which shows when findings are built for every evaluation.
func concat(_ parts: String...) -> String {
    var count = 0
    for part in parts { count += part.utf8.count }
    var buffer = TextBuffer(capacity: count)
    for part in parts { buffer.append(part) }
    return buffer.string
}
