/// What an attachment belongs to: an evaluation (its 佐证材料) or a 整改 item (the unit's
/// evidence with its answer). Access follows the owner: the evaluation's unit, or the item's.
public enum AttachmentOwner: String, Codable, Sendable, Hashable {
    case evaluation
    case rectification
}
