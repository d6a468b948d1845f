extension Assets {
    /// Asks before leaving the editor with unsaved input: a form carrying `data-unsaved`
    /// becomes dirty on input and clean again when it is sent (unless a question stopped
    /// it) or autosaved; the browser shows its own leave-page question while it is dirty.
    static let unsavedScript = #"""
        (function () {
          var form = document.querySelector('form[data-unsaved]');
          if (!form) return;
          var dirty = false;
          function touched() { dirty = true; }
          form.addEventListener('input', touched);
          form.addEventListener('change', touched);
          // Autosave stored everything typed (`Assets.autosaveScript`).
          form.addEventListener('jixiao:saved', function () { dirty = false; });
          document.addEventListener('submit', function (event) {
            if (event.target === form && !event.defaultPrevented) dirty = false;
          });
          window.addEventListener('beforeunload', function (event) {
            if (!dirty) return;
            event.preventDefault();
            event.returnValue = '';
          });
        })();
        """#
}
