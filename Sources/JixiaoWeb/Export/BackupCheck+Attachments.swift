import Foundation
import JixiaoCore
import JixiaoStore

extension BackupCheck {
    /// Why the backup's attachments are refused, or nil: each must belong to an evaluation of
    /// the backup, hold its stated size within the limit, be of the type it says by its content
    /// (sniffed again) and carry a sanitised name, as an upload would.
    static func attachmentRefusal(_ backup: DatabaseBackup, rules: AttachmentRules = .standard) -> String? {
        let evaluations = Set(backup.evaluations.map(\.id))
        for row in backup.attachments {
            let name = "佐证材料 \(row.id.uuidString.lowercased())"
            guard evaluations.contains(row.evaluationID) else { return "\(name) 所属的评价不在备份中。" }
            guard row.size == row.content.count else { return "\(name) 的大小与内容不符。" }
            let bytes = [UInt8](row.content)
            switch rules.check(bytes, name: row.name) {
            case .failure(let refusal): return "\(name)：\(refusal.message)"
            case .success(let type):
                guard type.rawValue == row.fileType else { return "\(name) 的类型与内容不符。" }
                guard AttachmentName.sanitise(row.name, type: type) == row.name else { return "\(name) 的文件名无效。" }
            }
        }
        return nil
    }
}
