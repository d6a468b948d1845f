import JixiaoFiles

/// The analyzer the app uses: the framework library with the scoring engine; the
/// interim one only if the built-in frameworks cannot be loaded.
public enum AnalyzerFactory {
    public static func make() -> any EvaluationAnalyzer {
        guard let library = try? FrameworkLibrary.builtIn() else { return InterimAnalyzer() }
        return LibraryAnalyzer(library: library)
    }
}

/// The report importer the app uses: the interim one until the report reader lands.
public enum ImporterFactory {
    public static func make() -> any ReportImporter { InterimImporter() }
}
