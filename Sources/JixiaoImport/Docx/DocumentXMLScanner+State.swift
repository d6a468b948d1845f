extension DocumentXMLScanner {
    /// What the scanner is inside of, and the lines made so far.
    struct State {
        var lines: [[Unicode.Scalar]] = []
        var paragraph: [Unicode.Scalar] = []
        var inText = false
        var tableDepth = 0
        var cell: [Unicode.Scalar] = []
        var row: [[Unicode.Scalar]] = []
        /// Depth inside mc:Fallback (duplicate content of mc:Choice) and other skipped parts.
        var skipDepth = 0

        mutating func tag(_ name: [UInt8], closing: Bool, selfClosing: Bool) {
            switch String(decoding: name, as: UTF8.self) {
            case "w:p":
                if closing { endParagraph() } else if selfClosing { paragraph = []; endParagraph() } else { paragraph = [] }
            case "w:t":
                inText = !closing && !selfClosing
            case "w:tab":
                if !closing && skipDepth == 0 { paragraph.append("\t") }
            case "w:br", "w:cr":
                if !closing && skipDepth == 0 { paragraph.append(" ") }
            case "w:tbl":
                if selfClosing { break }
                tableDepth += closing ? -1 : 1
                tableDepth = max(0, tableDepth)
            case "w:tr":
                guard tableDepth == 1 else { break }
                if closing {
                    lines.append(Array(row.map { $0 }.joined(separator: ["\t"])))
                    row = []
                } else if !selfClosing {
                    row = []
                }
            case "w:tc":
                guard tableDepth == 1 else { break }
                if closing { row.append(cell); cell = [] } else { cell = [] }
            case "mc:Fallback", "w:del", "w:instrText":
                if selfClosing { break }
                skipDepth += closing ? -1 : 1
                skipDepth = max(0, skipDepth)
            default:
                break
            }
        }

        mutating func endParagraph() {
            guard skipDepth == 0 else { return }
            if tableDepth == 0 {
                lines.append(paragraph)
            } else {
                if !cell.isEmpty && !paragraph.isEmpty { cell.append(" ") }
                cell.append(contentsOf: paragraph)
            }
            paragraph = []
        }

        mutating func appendText(_ bytes: ArraySlice<UInt8>, path: String) throws {
            guard bytes.contains(UInt8(ascii: "&")) else {
                paragraph.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
                return
            }
            let text = String(decoding: bytes, as: UTF8.self)
            var scalars = Array(text.unicodeScalars)[...]
            while let first = scalars.first {
                scalars = scalars.dropFirst()
                guard first == "&" else { paragraph.append(first); continue }
                guard let semi = scalars.prefix(12).firstIndex(of: ";") else {
                    throw ImportError.malformedXML(path: path, detail: "实体引用未闭合")
                }
                let name = String(String.UnicodeScalarView(scalars[scalars.startIndex..<semi]))
                scalars = scalars[(semi + 1)...]
                guard let decoded = Self.entity(name) else {
                    throw ImportError.malformedXML(path: path, detail: "未知实体 &\(name);")
                }
                paragraph.append(decoded)
            }
        }

        static func entity(_ name: String) -> Unicode.Scalar? {
            switch name {
            case "lt": return "<"
            case "gt": return ">"
            case "amp": return "&"
            case "quot": return "\""
            case "apos": return "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
                if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
                return nil
            }
        }
    }
}
