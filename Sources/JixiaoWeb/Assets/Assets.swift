import JixiaoRender

/// The stylesheet and the script, kept in the binary. Pages have no inline script or style
/// (the Content-Security-Policy forbids them): everything is here.
enum Assets {
    /// `app.css`: the app's styles, the review parts', the report's (public pages show it).
    static let stylesheet =
        css + "\n" + ReviewStyle.css + "\n" + HtmlStyle.css + "\n"
        + (1...AdminPage.deepestIndent).map { ".unit-tree .depth-\($0) { margin-left: \(Double($0) * 1.5)em; }" }
        .joined(separator: "\n") + "\n" + responsiveCSS + "\n" + fieldFindingsCSS + "\n" + todoCSS + "\n" + attachmentsCSS + "\n"
        + accountCSS + "\n" + monitoringCSS + "\n"

    /// `app.js`: the confirmation of workflow steps, the unsaved-input question, the editor's
    /// live analysis (in this order: the unsaved check must see a submit a question stopped).
    static let javascript =
        confirmScript + "\n" + unsavedScript + "\n" + analysisScript + "\n" + panelScript
        + "\n" + fieldFindingsScript + "\n" + autosaveScript + "\n" + batchScript

    /// Live analysis: after typing pauses, post the form to the analyze URL and
    /// replace the panel. Without JavaScript the page still works through 保存.
    static let analysisScript = #"""
        (function () {
          var form = document.getElementById('editor');
          if (!form || !form.dataset.analyze) return;
          var timer = null, seq = 0;
          function refresh() {
            var mine = ++seq;
            var body = new URLSearchParams(new FormData(form));
            fetch(form.dataset.analyze, {
              method: 'POST', body: body, credentials: 'same-origin',
              headers: { 'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content }
            }).then(function (r) { return r.ok ? r.text() : null; }).then(function (html) {
              if (html === null || mine !== seq) return;
              var panel = document.getElementById('analysis-content');
              if (panel) panel.outerHTML = html;
              document.body.dataset.analyzed = String(mine);
              document.dispatchEvent(new Event('jixiao:analyzed'));
            });
          }
          form.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(refresh, 300);
          });
        })();
        """#

    static let css = #"""
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; color: #222; background: #f6f7f9; }
        header.top { display: flex; justify-content: space-between; align-items: center; padding: .6rem 1.2rem; background: #1f4e79; color: #fff; }
        header.top a { color: #fff; margin-right: 1rem; text-decoration: none; }
        header.top .brand { font-weight: bold; }
        header.top form.inline { display: inline; }
        main { padding: 1rem 1.5rem; }
        .flash { background: #e6f4ea; border: 1px solid #9cd3a8; padding: .5rem; }
        .error-banner, .blocking-list, .error-list { background: #fdecea; border: 1px solid #f5a9a1; padding: .5rem; }
        .error-list, .warning-list { padding-left: 2rem; }
        .warning-list { background: #fff8e1; border: 1px solid #f0c36d; }
        pre#framework-tree { background: #fff; border: 1px solid #ccd; padding: .6rem; overflow: auto; }
        .field { display: inline-flex; flex-direction: column; margin: .3rem .8rem .3rem 0; min-width: 12rem; }
        .field.wide { display: flex; }
        .field.invalid input { border-color: #c0392b; }
        .field-error { color: #c0392b; font-size: .85rem; }
        .hint { color: #666; font-size: .8rem; }
        fieldset { background: #fff; border: 1px solid #ccd; margin-bottom: .8rem; }
        textarea { width: 100%; }
        .editor-layout { display: flex; gap: 1rem; align-items: flex-start; }
        .editor-main { flex: 3; }
        aside.analysis { flex: 2; position: sticky; top: .5rem; background: #fff; border: 1px solid #ccd; padding: .6rem; max-height: 95vh; overflow: auto; }
        .finding.error { color: #a61b1b; }
        .finding.warning { color: #8a5a00; }
        .blocking { font-weight: bold; }
        table.list, table.counts { border-collapse: collapse; background: #fff; margin: .5rem 0; }
        table.list td, table.list th, table.counts td, table.counts th { border: 1px solid #ccd; padding: .25rem .5rem; }
        .targets input { width: 7rem; }
        .button { display: inline-block; padding: .35rem .8rem; background: #1f4e79; color: #fff; text-decoration: none; margin-right: .5rem; }
        .button.secondary { background: #3d6184; }
        form.narrow .field { display: flex; max-width: 28rem; }
        """#
}
