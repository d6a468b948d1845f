extension ConversionIssue {
    /// True when the issue is about a value already reported as unreadable (one of `paths`):
    /// inside it, or its key reported missing because it was left out.
    func isAbout(_ paths: [[PathComponent]]) -> Bool {
        paths.contains { setAside in
            if path.starts(with: setAside) { return true }
            guard case .key(let key)? = setAside.last, path == Array(setAside.dropLast()) else { return false }
            return message == FileMessages.missingKey(key)
        }
    }
}
