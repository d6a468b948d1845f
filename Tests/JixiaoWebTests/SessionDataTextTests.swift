import Foundation
import Testing

@testable import JixiaoStore

/// The session data is read without `JSONDecoder` when it holds no escaped character
/// (`SessionDataText`); what it reads must be what `JSONDecoder` reads, and anything it cannot
/// read plainly must go to `JSONDecoder`.
@Suite("Session data read directly")
struct SessionDataTextTests {
    @Test("maps written by encode read back equal, plainly when nothing is escaped")
    func roundTrip() throws {
        let maps: [[String: String]] = [
            [:], ["uid": "6F9619FF-8B86-D011-B42D-00C04FC964FF"],
            ["_csrf": "b166d7a4407ce58675810efad37e3901", "uid": "a"],
            ["k": "中文：值，{}[]:,", "空": ""], ["a": "say \"hi\"", "b": "back\\slash", "c": "line\nbreak", "d": "/"],
        ]
        for map in maps {
            let text = try FluentSessionRepository.encode(map)
            #expect(try FluentSessionRepository.decode(text) == map)
            let plain = SessionDataText.plainMap(text)
            #expect(plain == (text.contains("\\") ? nil : map))
        }
        #expect(SessionDataText.plainMap(#"{"uid":"x"}"#) == ["uid": "x"])
    }

    @Test("text it cannot read plainly is left to JSONDecoder")
    func notPlain() {
        for text in [
            "", "{", "}", "[]", #"{"a"}"#, #"{"a":1}"#, #"{"a":"b",}"#, #"{"a":"b" }"#, #"{ "a":"b"}"#,
            #"{"a":"b","a":"c"}"#, #"{"a":"b""c":"d"}"#, #"{"a":"b"#, #"{"a\"":"b"}"#,
        ] {
            #expect(SessionDataText.plainMap(text) == nil, "\(text)")
        }
    }
}
