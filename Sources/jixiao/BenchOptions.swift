import ArgumentParser
import JixiaoCore
import JixiaoFiles

/// The options every generated-data benchmark takes: framework, seed, extra frameworks.
struct BenchOptions: ParsableArguments {
    @Option(help: "指标体系 id") var framework: String = "guangdong-county-department"
    @Option(help: "随机数种子（相同种子生成相同的数据）") var seed: UInt64 = 2023
    @OptionGroup var folder: FrameworkFolderOption

    /// The chosen framework; exits 2 when it is unknown.
    func chosenFramework() throws -> Framework {
        guard let chosen = try folder.library().framework(id: framework) else {
            throw CommandOutput.fail("找不到指标体系「\(framework)」", code: 2)
        }
        return chosen
    }
}
