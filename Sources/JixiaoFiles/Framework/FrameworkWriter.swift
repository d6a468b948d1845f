import Foundation
import JixiaoCore

/// Writes frameworks in the file format `FrameworkReader` reads (e.g. to turn an imported
/// CSV table into a YAML file that can then be given real rules).
public enum FrameworkWriter {
    public enum Format: String, Sendable, CaseIterable {
        case yaml, json
    }

    public static func write(_ framework: Framework, format: Format) throws -> String {
        let document = FrameworkDocument(framework)
        switch format {
        case .yaml: return try DocumentEncoding.yaml(document)
        case .json: return try DocumentEncoding.json(document)
        }
    }
}
