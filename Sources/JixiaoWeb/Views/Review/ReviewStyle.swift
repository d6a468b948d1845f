/// The few styles of the review, dashboard and workflow parts (served in `app.css`: the
/// Content-Security-Policy allows no inline style).
enum ReviewStyle {
    static let css = """
        .workflow{margin:1em 0;padding:.6em 1em;border:1px solid #c9d6e3;background:#f5f9fc}
        .workflow-action{display:inline-block;vertical-align:top;margin-right:1.5em}
        .return-reason{padding:.5em .8em;margin-bottom:.6em;border-left:4px solid #c0392b;background:#fdf0ee}
        .review-note{margin:.2em 0 .6em;color:#a93226;font-size:.9em}
        .chart-section{margin:1.5em 0}.chart-box{overflow-x:auto}
        .chart-table{font-size:.9em;max-height:none}.num{text-align:right}
        .filters .field{display:inline-block;margin-right:1em}
        """
}
