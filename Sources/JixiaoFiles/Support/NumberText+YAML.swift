import JixiaoCore
import Yams

/// Numbers written as plain YAML scalars (`max: 15`, not `max: '15'`), still exact decimals.
extension ExactDecimal {
    var yamlNode: Node {
        let text = description
        return Node(text, Tag(text.contains(".") ? .float : .int), .plain)
    }
}

extension ScoreNumber: YAMLEncodable {
    func box() -> Node { value.yamlNode }
}

extension FigureText: YAMLEncodable {
    func box() -> Node { value.yamlNode }
}
