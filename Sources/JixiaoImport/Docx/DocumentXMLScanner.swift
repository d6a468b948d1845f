/// A small, tolerant scanner for word/document.xml: it reads w:p, w:t, w:tab, tables
/// and skips everything else. It never resolves entities beyond the five of XML and
/// numeric references, and refuses any DOCTYPE or ENTITY declaration outright.
enum DocumentXMLScanner {
    static func lines(_ xml: [UInt8], path: String) throws -> [[Unicode.Scalar]] {
        guard String(validating: xml, as: UTF8.self) != nil else {
            throw ImportError.malformedXML(path: path, detail: "不是有效的 UTF-8")
        }
        if containsDeclaration(xml) { throw ImportError.forbiddenDTD(path: path) }
        var state = State()
        var i = 0
        let n = xml.count
        while i < n {
            guard xml[i] == UInt8(ascii: "<") else {
                let start = i
                while i < n, xml[i] != UInt8(ascii: "<") { i += 1 }
                if state.inText && state.skipDepth == 0 { try state.appendText(xml[start..<i], path: path) }
                continue
            }
            if hasPrefix(xml, i, "<!--") {
                guard let end = find(xml, "-->", from: i + 4) else { throw ImportError.malformedXML(path: path, detail: "注释未闭合") }
                i = end + 3
                continue
            }
            guard let close = xml[i...].firstIndex(of: UInt8(ascii: ">")) else {
                throw ImportError.malformedXML(path: path, detail: "标记未闭合")
            }
            let closing = i + 1 < n && xml[i + 1] == UInt8(ascii: "/")
            let selfClosing = xml[close - 1] == UInt8(ascii: "/")
            var nameEnd = i + (closing ? 2 : 1)
            let nameStart = nameEnd
            while nameEnd < close, xml[nameEnd] != UInt8(ascii: " "), xml[nameEnd] != UInt8(ascii: "/"),
                xml[nameEnd] != UInt8(ascii: "\n"), xml[nameEnd] != UInt8(ascii: "\t"), xml[nameEnd] != UInt8(ascii: "\r")
            { nameEnd += 1 }
            state.tag(Array(xml[nameStart..<nameEnd]), closing: closing, selfClosing: selfClosing)
            i = close + 1
        }
        return state.lines
    }

    static func containsDeclaration(_ xml: [UInt8]) -> Bool {
        var i = 0
        while let lt = xml[i...].firstIndex(of: UInt8(ascii: "<")) {
            if lt + 1 < xml.count, xml[lt + 1] == UInt8(ascii: "!") {
                let word = xml[(lt + 2)..<min(lt + 9, xml.count)].map { $0 | 0x20 }
                if word.starts(with: Array("doctype".utf8)) || word.starts(with: Array("entity".utf8)) { return true }
            }
            i = lt + 1
        }
        return false
    }

    static func hasPrefix(_ xml: [UInt8], _ i: Int, _ word: String) -> Bool {
        let w = Array(word.utf8)
        return i + w.count <= xml.count && xml[i..<(i + w.count)].elementsEqual(w)
    }

    static func find(_ xml: [UInt8], _ word: String, from: Int) -> Int? {
        var i = from
        while i < xml.count {
            if hasPrefix(xml, i, word) { return i }
            i += 1
        }
        return nil
    }
}
