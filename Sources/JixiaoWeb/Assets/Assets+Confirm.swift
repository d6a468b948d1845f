extension Assets {
    /// Asks before a step that is hard to undo: a submit button carrying `data-confirm`
    /// (written by the views from `ReviewText.confirm`) shows its question first, and
    /// the form is not sent when the user declines. Without JavaScript the form is sent as is.
    static let confirmScript = #"""
        (function () {
          document.addEventListener('submit', function (event) {
            var button = event.submitter || event.target.querySelector('[data-confirm]');
            var question = button && button.getAttribute('data-confirm');
            if (question && !window.confirm(question)) event.preventDefault();
          });
        })();
        """#
}
