import JixiaoFiles

/// The analyzer the app uses: the built-in frameworks with the scoring engine and checks.
public enum AnalyzerFactory {
    public static func make() -> any EvaluationAnalyzer {
        // The built-ins ship with the binary; an empty library only means nothing can be scored.
        LibraryAnalyzer(library: (try? FrameworkLibrary.builtIn()) ?? FrameworkLibrary(frameworks: []))
    }
}

/// The report importer the app uses: JixiaoImport's reader, facts and document checks.
public enum ImporterFactory {
    public static func make() -> any ReportImporter { DocumentImporter() }
}
