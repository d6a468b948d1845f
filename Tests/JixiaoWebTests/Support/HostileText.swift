import Foundation

/// Text that is markup if any page writes it unescaped, and the checks of a page against it.
enum HostileText {
    /// (The references at the end must come back as typed, not as the characters they name.)
    static let text = #""'><script>alert(1)</script><img src=x onerror=alert(2)>{{7*7}}&amp;&#39;"#
    /// The same without `/` (for values that become a path segment, such as a framework id).
    static let pathText = #"fw"'><img src=x onerror=alert(3)>{{7*7}}"#

    /// Markup in `html` the app never writes itself: a script that is not the app's own, any
    /// image, any event-handler attribute, any inline style. Empty when the page is clean.
    static func problems(_ html: String) -> [String] {
        let tokens = HTMLTokens(html)
        var found: [String] = []
        for element in tokens.elements {
            if element.name == "script", !(element.attribute("src") ?? "").hasPrefix("/assets/") {
                found.append("<script> without the app's src")
            }
            if element.name == "img" { found.append("<img>") }
            for attribute in element.attributes where attribute.name.hasPrefix("on") {
                found.append("\(attribute.name)= on <\(element.name)>")
            }
        }
        return found
    }

    /// Whether `text` comes back whole in one decoded text run or attribute value of `html`.
    static func showsLiterally(_ html: String, _ text: String = text) -> Bool {
        let tokens = HTMLTokens(html)
        return tokens.texts.contains { $0.contains(text) }
            || tokens.elements.contains { $0.attributes.contains { $0.value.contains(text) } }
    }

    /// `text` as a YAML single-quoted scalar.
    static func yaml(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    /// `text` as one percent-encoded path segment.
    static func pathSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
