extension Assets {
    /// The 佐证材料 section: apart from the form above it, the per-file 公开/删除 forms on one line,
    /// the line under each indicator close to its inputs.
    static let attachmentsCSS = #"""
        section.attachments { margin-top: 1.5rem; padding-top: .5rem; border-top: 1px solid #ccc; }
        form.inline-form { display: inline; margin: 0 .4rem 0 0; }
        .indicator-attachments { margin: .2rem 0 .4rem; }
        .attachment-form { margin-top: .6rem; }
        @media print { section.attachments form { display: none; } }
        """#
}
