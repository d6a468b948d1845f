/// What an attachment must be, and why one is refused. The limits are data.
public struct AttachmentRules: Sendable, Hashable {
    /// Largest file accepted.
    public var maxBytes: Int
    /// Most files one evaluation holds.
    public var maxPerEvaluation: Int
    /// Most bytes one evaluation's files hold together.
    public var maxBytesPerEvaluation: Int

    public init(
        maxBytes: Int = 20 * 1024 * 1024, maxPerEvaluation: Int = 50,
        maxBytesPerEvaluation: Int = 200 * 1024 * 1024
    ) {
        self.maxBytes = maxBytes
        self.maxPerEvaluation = maxPerEvaluation
        self.maxBytesPerEvaluation = maxBytesPerEvaluation
    }

    public static let standard = AttachmentRules()

    /// The type of `bytes` named `name`, or why the file is refused (empty, too large, not an accepted type).
    public func check(_ bytes: [UInt8], name: String) -> Result<AttachmentType, AttachmentRefusal> {
        guard !bytes.isEmpty else { return .failure(.empty(name: name)) }
        guard bytes.count <= maxBytes else { return .failure(.tooLarge(name: name, bytes: bytes.count, limit: maxBytes)) }
        guard let type = AttachmentSniffer.sniff(bytes) else { return .failure(.unsupportedType(name: name)) }
        return .success(type)
    }

    /// Why adding a file of `bytes` to an evaluation holding `count` files of `total` bytes is refused, or nil.
    public func quotaRefusal(count: Int, total: Int, adding bytes: Int) -> AttachmentRefusal? {
        if count + 1 > maxPerEvaluation { return .tooMany(limit: maxPerEvaluation) }
        if total + bytes > maxBytesPerEvaluation { return .evaluationFull(limit: maxBytesPerEvaluation) }
        return nil
    }
}

/// Why an attachment was refused; `message` is the Chinese text users see.
public enum AttachmentRefusal: Error, Sendable, Hashable {
    case empty(name: String)
    case tooLarge(name: String, bytes: Int, limit: Int)
    case unsupportedType(name: String)
    case tooMany(limit: Int)
    case evaluationFull(limit: Int)
    /// The indicator named is not a leaf of the evaluation's framework.
    case unknownIndicator(String)

    public var message: String {
        switch self {
        case .empty(let name): return "文件「\(Self.shown(name))」是空的，请选择有内容的文件。"
        case .tooLarge(let name, let bytes, let limit):
            return "文件「\(Self.shown(name))」有 \(Self.megabytesText(bytes)) MB，超过佐证材料每个文件 \(limit / 1_048_576) MB 的上限。"
        case .unsupportedType(let name):
            return "文件「\(Self.shown(name))」的类型不受支持：佐证材料只接受 PDF、PNG 或 JPEG 图片、Word（.docx）和 Excel（.xlsx）文件（按文件内容判断，不看扩展名；含宏的文件不接受）。"
        case .tooMany(let limit): return "每份评价（或每项整改）至多 \(limit) 个佐证材料，请先删除不需要的文件。"
        case .evaluationFull(let limit): return "每份评价（或每项整改）的佐证材料合计至多 \(limit / 1_048_576) MB，请先删除不需要的文件。"
        case .unknownIndicator(let id): return "指标「\(Self.shown(id))」不在本评价的指标体系中。"
        }
    }

    /// A client's name as a message shows it (no path, no control characters, not too long).
    static func shown(_ name: String) -> String {
        let clean = String(
            String.UnicodeScalarView(
                name.unicodeScalars.filter {
                    $0.properties.generalCategory != .control && $0.properties.generalCategory != .format
                }))
        return clean.count > 60 ? String(clean.prefix(60)) + "…" : clean
    }

    /// `bytes` in MB with one decimal (rounded), by integer arithmetic.
    public static func megabytesText(_ bytes: Int) -> String {
        let tenths = (bytes / 1024 * 10 + 512) / 1024
        return "\(tenths / 10).\(tenths % 10)"
    }
}
