import JixiaoCore

extension EditorPageModel {
    /// The 佐证材料 section: changeable exactly when the form is (the unit's filer, a draft or returned).
    var attachmentsPanel: AttachmentsPanel.Model {
        .init(
            evaluationID: id, attachments: attachments, csrf: csrf, editable: editable,
            leaves: scoredLeaves.map { ($0.id, $0.name) }, selectedIndicator: attachIndicator)
    }
}
