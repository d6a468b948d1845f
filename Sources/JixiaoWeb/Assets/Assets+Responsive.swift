extension Assets {
    /// Widths, users and paper (issue 15): buttons and the sticky action bar, read-only and
    /// numeric fields, the single-column editor with its collapsible panel below 800 px,
    /// tables that scroll inside themselves instead of widening the page, and print.
    /// Colours keep text at 4.5:1 or more against its background (`ContrastTests` in the browser).
    static let responsiveCSS = #"""
        button, .button { font: inherit; font-size: .95rem; line-height: 1.3; padding: .4rem .9rem; border-radius: 4px;
          border: 1px solid #1f4e79; background: #fff; color: #1f4e79; cursor: pointer; text-decoration: none; }
        .button, button.primary, .action-bar button, .workflow button, #save, #submit { background: #1f4e79; color: #fff; }
        .button.secondary { background: #3d6184; border-color: #3d6184; }
        button:hover, .button:hover { filter: brightness(1.15); }
        button:focus-visible, .button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible,
          textarea:focus-visible, summary:focus-visible { outline: 3px solid #a35200; outline-offset: 1px; }
        header.top a:focus-visible, header.top button:focus-visible { outline-color: #fff; }
        header.top button { background: transparent; color: #fff; border-color: #fff; padding: .15rem .6rem; }
        header.top nav { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem 0; }
        input:not([type=checkbox], [type=radio], [type=hidden], [type=file]), select, textarea {
          font: inherit; padding: .3rem .4rem; border: 1px solid #767f8f; border-radius: 3px; background: #fff; color: #222; }
        /* Same specificity as the rule above (a :not() list counts as its strongest part), so this wins. */
        input[readonly], textarea[readonly], select:disabled {
          background: #eceef2; border-color: #d3d7de; border-style: dashed; color: #222; opacity: 1; cursor: default; box-shadow: none; }
        .field.invalid input, input.invalid { border: 2px solid #c0392b; }
        fieldset.figures input, input[name$=".selfScore"], input[name$=".breaches"], input[name="statedTotal"],
          .targets td:nth-child(4) input, .targets td:nth-child(6) input, .targets td:nth-child(7) input,
          input.num, td.num, th.num, .chart-table td + td, .chart-table th + th { text-align: right; font-variant-numeric: tabular-nums; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        fieldset { min-width: 0; }
        .targets table { display: block; overflow-x: auto; max-width: 100%; }
        .editor-main, aside.analysis { min-width: 0; }
        details.analysis-panel > summary { font-weight: bold; cursor: pointer; padding: .2rem 0; }
        .action-bar { position: sticky; bottom: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center;
          margin: 1rem -1.5rem 0; padding: .6rem 1.5rem; background: #fff; border-top: 1px solid #ccd;
          box-shadow: 0 -2px 6px rgba(0, 0, 0, .08); }
        .action-bar form { display: inline; margin: 0; }
        /* A field focused or jumped to (a finding's link) is not left under the sticky bar. */
        html { scroll-padding-bottom: 5rem; }
        .action-bar .hint { margin-left: auto; }
        .workflow:empty { display: none; }
        @media (max-width: 799.98px) {
          main { padding: .6rem .6rem 0; }
          h1 { font-size: 1.4rem; } h2 { font-size: 1.2rem; }
          header.top { flex-wrap: wrap; padding: .5rem .6rem; }
          header.top a { margin-right: .7rem; }
          .editor-layout { flex-direction: column; align-items: stretch; }
          .editor-main, aside.analysis { flex: none; width: 100%; box-sizing: border-box; }
          aside.analysis { order: -1; position: static; max-height: none; }
          fieldset { margin-left: 0; margin-right: 0; padding-left: .5rem; padding-right: .5rem; }
          .field { display: flex; min-width: 0; margin-right: 0; }
          .field input, .field select, textarea { width: 100%; box-sizing: border-box; }
          table.list, table.counts { display: block; overflow-x: auto; max-width: 100%; }
          table.list th, table.list td, table.counts th, table.counts td { white-space: nowrap; }
          table.list td.explanation { white-space: normal; min-width: 14rem; }
          .workflow-action { display: block; margin-right: 0; }
          .filters .field { display: flex; margin-right: 0; }
          .action-bar { margin: 1rem -.6rem 0; padding: .5rem .6rem; }
        }
        @media print {
          body, main, fieldset, aside.analysis, .workflow { background: #fff; color: #000; }
          header.top, .action-bar, button, .button, .pager, form.filters, .workflow form, p.actions,
            details.analysis-panel > summary, .hint, form[enctype="multipart/form-data"] { display: none; }
          main { padding: 0; }
          .editor-layout { display: block; }
          aside.analysis { position: static; max-height: none; overflow: visible; border: 1px solid #000; }
          table.list, table.counts, .targets table { display: table; overflow: visible; max-width: none; }
          th, td { border-color: #000; color: #000; white-space: normal; }
          tr, .field, .indicator, .narrative-section, li { break-inside: avoid; }
          thead { display: table-header-group; }
          h1, h2, h3, legend { break-after: avoid; color: #000; }
          input:not([type=checkbox], [type=radio]), select, textarea, input[readonly], textarea[readonly], select:disabled {
            border: none; border-bottom: 1px solid #000; border-radius: 0; background: #fff; color: #000; }
          textarea { field-sizing: content; min-height: 0; }
          a { color: #000; text-decoration: none; }
          .finding.error, .finding.warning, .field-error, .review-note, .blocking { color: #000; }
          .field.invalid input, input.invalid { border-color: #000; }
          .flash, .error-banner, .blocking-list, .error-list, .warning-list, .return-reason { background: #fff; border-color: #000; }
        }
        """#
}
