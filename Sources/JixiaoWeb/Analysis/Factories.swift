/// The analyzer the app uses: the interim one until the scoring engine and checker land.
public enum AnalyzerFactory {
    public static func make() -> any EvaluationAnalyzer { InterimAnalyzer() }
}

/// The report importer the app uses: the interim one until the report reader lands.
public enum ImporterFactory {
    public static func make() -> any ReportImporter { InterimImporter() }
}
