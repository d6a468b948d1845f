/// The messages of the attachment pages and API.
enum AttachmentText {
    static let noFile = "请选择要上传的文件（字段 file）。"
    static let locked = "评价已提交或已审核，佐证材料不能再添加、删除或改变公开设置；退回后可以修改。"
    static let added = "佐证材料已上传。"
    static let deleted = "佐证材料已删除。"
    static let publicChanged = "已更改佐证材料的公开设置。"
    static let accepted = "PDF、PNG 或 JPEG 图片、Word（.docx）、Excel（.xlsx），每个至多 20 MB；类型按文件内容判断。"
    static let none = "暂无佐证材料。"
    static let wholeReport = "整份报告"

    /// The flash of `?attachment=` after a change.
    static func done(_ value: String?) -> String? {
        switch value {
        case "added": return added
        case "deleted": return deleted
        case "public": return publicChanged
        default: return nil
        }
    }
}
