/// Messages of the rule file page.
enum RuleFileText {
    static let kindUnknown = "请选择要上传的文件类型（指标库或审核级别）。"
    static let fileMissing = "请选择要上传的文件（指标库：.yaml、.yml、.json 或 .csv；审核级别：.yaml、.yml 或 .json）。"
    static func invalid(_ count: Int) -> String { "文件有 \(count) 处错误，未保存：" }
    static func uploaded(_ name: String, version: Int, count: Int) -> String { "已保存「\(name)」（第 \(version) 版，\(count) 条）。" }
    static func deleted(_ name: String) -> String { "已删除「\(name)」。" }

    /// A library's name: its file name without the extension.
    static func libraryName(_ file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}
