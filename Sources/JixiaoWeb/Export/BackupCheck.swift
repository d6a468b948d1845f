import Foundation
import JixiaoCore
import JixiaoStore

/// What a restore applies of `EvaluationRules` before it writes anything: every evaluation's
/// year and version in range, its document readable and its content within bounds. (The
/// open-year and framework rules do not apply: a backup holds closed years and old data.)
enum BackupCheck {
    /// Why `backup` is refused, naming the evaluation, or nil.
    static func refusal(_ backup: DatabaseBackup) -> String? {
        for row in backup.evaluations {
            let name = "评价 \(row.id.uuidString.lowercased())"
            guard BoundedInt.year.range.contains(row.fiscalYear) else {
                return "\(name) 的年度 \(row.fiscalYear) 不在 \(BoundedInt.year.range.lowerBound)–\(BoundedInt.year.range.upperBound) 之间。"
            }
            guard BoundedInt.version.range.contains(row.version) else { return "\(name) 的版本号无效。" }
            let evaluation: Evaluation
            do {
                evaluation = try JSONDecoder().decode(Evaluation.self, from: Data(row.document.utf8))
            } catch let error as DecodingError {
                return "\(name) 的文档无法读取：\(DecodingMessage.text(error))"
            } catch {
                return "\(name) 的文档无法读取。"
            }
            if let refusal = EvaluationRules.contentRefusal(evaluation) { return "\(name)：\(refusal)" }
        }
        return attachmentRefusal(backup)
    }
}
