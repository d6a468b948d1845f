import Testing

@testable import JixiaoWeb

@Suite("Database pool setting")
struct DatabasePoolSettingTests {
    @Test(
        "JIXIAO_DB_CONNECTIONS_PER_CORE sets the connections per event loop within 1–64; other values keep 4",
        arguments: [("8", 8), ("1", 1), ("64", 64), ("0", 4), ("65", 4), ("-3", 4), ("viele", 4), ("", 4)])
    func perCore(_ value: String, _ expected: Int) {
        let settings = AppSettings.fromEnvironment(["JIXIAO_DB_CONNECTIONS_PER_CORE": value])
        #expect(settings.connectionsPerLoop == expected)
    }
}
