import Foundation
import JixiaoCore
import Yams

/// Writes evaluations in the file format `EvaluationReader` reads.
public enum EvaluationWriter {
    public enum Format: String, Sendable, CaseIterable {
        case yaml, json
    }

    /// The text of `evaluation` in `format`; `framework` orders the indicators as the framework does.
    public static func write(_ evaluation: Evaluation, format: Format, framework: Framework? = nil) throws -> String {
        let order = framework?.indicators.flatMap(\.leaves).map(\.id) ?? []
        let document = EvaluationDocument(evaluation, indicatorOrder: order)
        switch format {
        case .yaml:
            let encoder = YAMLEncoder()
            encoder.options.allowUnicode = true
            encoder.options.width = -1
            return try encoder.encode(document)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
        }
    }
}
