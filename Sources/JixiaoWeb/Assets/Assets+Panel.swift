extension Assets {
    /// The editor's collapsible findings panel (`details#analysis-details`): closed at first
    /// below 800 px, where it sits above the form, open on wider screens; its summary repeats
    /// the panel's headings (problems, score) after every live refresh. Printing opens every
    /// `<details>` and closes them again afterwards. Without JavaScript the panel stays open.
    static let panelScript = #"""
        (function () {
          var panel = document.getElementById('analysis-details');
          if (panel) {
            if (window.matchMedia && window.matchMedia('(max-width: 799.98px)').matches) panel.open = false;
            var summary = document.getElementById('analysis-summary');
            var fill = function () {
              var heads = panel.querySelectorAll('#analysis-content h3');
              var parts = [];
              for (var i = 0; i < heads.length && parts.length < 2; i++) parts.push(heads[i].textContent.trim());
              var text = parts.join(' · ');
              // Only on a change: the summary is inside the observed panel.
              if (summary && text && summary.textContent !== text) summary.textContent = text;
            };
            fill();
            if (window.MutationObserver) new MutationObserver(fill).observe(panel, { childList: true, subtree: true });
          }
          var opened = [];
          window.addEventListener('beforeprint', function () {
            opened = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
            opened.forEach(function (d) { d.open = true; });
          });
          window.addEventListener('afterprint', function () {
            opened.forEach(function (d) { d.open = false; });
            opened = [];
          });
        })();
        """#
}
