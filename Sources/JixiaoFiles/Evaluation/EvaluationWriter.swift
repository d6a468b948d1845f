import Foundation
import JixiaoCore

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
        case .yaml: return try DocumentEncoding.yaml(document)
        case .json: return try DocumentEncoding.json(document)
        }
    }
}
