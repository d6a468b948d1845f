import Foundation

/// Where the built-in framework files live.
public enum BuiltInResources {
    /// The folder of built-in framework YAML files.
    public static var frameworksFolder: URL? { Bundle.module.url(forResource: "frameworks", withExtension: nil) }
    /// The folder of the built-in indicator library (指标库) files.
    public static var libraryFolder: URL? { Bundle.module.url(forResource: "library", withExtension: nil) }
}
