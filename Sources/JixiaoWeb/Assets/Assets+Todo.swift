extension Assets {
    /// The to-do list, overdue marks and messages: the unread badge in the top bar, overdue rows
    /// and marks (dark red on white, 7:1), unread messages in bold.
    static let todoCSS = #"""
        .badge { display: inline-block; min-width: 1.2em; margin-left: .25rem; padding: 0 .35rem; border-radius: .7em;
          background: #fff; color: #8b1a10; font-size: .8rem; font-weight: bold; text-align: center; }
        .todo-summary { border: 1px solid #c9d3de; background: #f5f8fb; padding: .3rem .7rem; margin: .6rem 0; }
        .todo-summary .todo-count { margin-right: .6rem; }
        .overdue-mark { color: #8b1a10; font-weight: bold; }
        tr.overdue td { background: #fdf1ef; }
        .todo-group h2 { font-size: 1.1rem; margin-top: 1.2rem; }
        .copy-form { display: inline-block; margin: .2rem .4rem .2rem 0; }
        ul.notices { list-style: none; padding: 0; }
        ul.notices li { padding: .4rem 0; border-bottom: 1px solid #e1e5ea; }
        ul.notices li.unread a { font-weight: bold; }
        .notice-time { color: #555; font-variant-numeric: tabular-nums; }
        .link-button { background: none; border: none; color: #1f4e79; text-decoration: underline; padding: 0 .3rem; }
        """#
}
