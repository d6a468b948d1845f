extension Assets {
    /// The styles of findings at the field, the panel's groups and autosave's notes. Rule ids
    /// wrap rather than being cut off in the narrow panel.
    static let fieldFindingsCSS = #"""
        code.rule { overflow-wrap: anywhere; white-space: normal; font-size: .8rem; color: #444; }
        .finding-group h4 { margin: .5rem 0 .2rem; }
        .finding-group-note { margin: 0 0 .2rem; font-size: .85rem; color: #444; }
        #findings ul, .field-findings { padding-left: 1.1rem; margin: .2rem 0; }
        .field-findings { font-size: .85rem; }
        a.finding-link { color: inherit; }
        .autosave-status { font-size: .85rem; color: #444; margin: .2rem 0; }
        .autosave-conflict { border: 1px solid #c0392b; background: #fdecea; color: #000; padding: .3rem; margin-top: .2rem; }
        .autosave-conflict p { margin: 0 0 .3rem; }
        .autosave-conflict button { margin-right: .5rem; }
        """#

    /// Findings at their fields: a finding's link (`a.finding-link`, in the panel, the list of a
    /// refused submission or save) scrolls to its input and focuses it, opening any closed
    /// `<details>` around it; after each live analysis (`jixiao:analyzed`) the messages under
    /// the inputs are drawn again from the panel (`li[data-field]`), with `aria-invalid` and
    /// `aria-describedby` on the input. Without JavaScript the links jump to the input and the
    /// messages are those the page was drawn with.
    static let fieldFindingsScript = #"""
        (function () {
          function focusField(name) {
            var input = document.getElementById(name);
            if (!input) return false;
            for (var d = input.parentElement; d; d = d.parentElement) {
              if (d.tagName === 'DETAILS' && !d.open) d.open = true;
            }
            input.scrollIntoView({ block: 'center' });
            input.focus({ preventScroll: true });
            return document.activeElement === input;
          }
          document.addEventListener('click', function (event) {
            var link = event.target.closest && event.target.closest('a.finding-link');
            if (!link) return;
            var name = decodeURIComponent((link.getAttribute('href') || '').slice(1));
            if (focusField(name)) event.preventDefault();
          });
          var form = document.getElementById('editor');
          if (!form) return;
          function clear() {
            Array.prototype.forEach.call(form.querySelectorAll('ul.field-findings'), function (list) {
              var input = document.getElementById(list.id.replace(/--findings$/, ''));
              list.remove();
              if (!input) return;
              var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
                return id && id !== list.id && document.getElementById(id);
              });
              if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
              else input.removeAttribute('aria-describedby');
              if (!input.parentElement.querySelector('.field-error')) {
                input.removeAttribute('aria-invalid');
                var field = input.closest('.field');
                if (field) field.classList.remove('invalid');
              }
            });
          }
          function draw() {
            clear();
            var lists = {};
            Array.prototype.forEach.call(document.querySelectorAll('#findings li[data-field]'), function (item) {
              var name = item.getAttribute('data-field');
              var input = document.getElementById(name);
              if (!input || !form.contains(input)) return;
              var list = lists[name];
              if (!list) {
                list = lists[name] = document.createElement('ul');
                list.className = 'field-findings';
                list.id = name + '--findings';
                var holder = input.closest('.field') || input.parentElement;
                holder.appendChild(list);
                var ids = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
                ids.push(list.id);
                input.setAttribute('aria-describedby', ids.join(' '));
              }
              var li = document.createElement('li');
              li.className = item.className;
              var word = document.createElement('span');
              word.className = 'severity';
              word.textContent = item.getAttribute('data-word') || '';
              li.appendChild(word);
              var link = item.querySelector('.finding-link');
              li.appendChild(document.createTextNode(' ' + (link ? link.textContent : '')));
              list.appendChild(li);
              if (item.closest('.finding-group.blocking')) {
                input.setAttribute('aria-invalid', 'true');
                var field = input.closest('.field');
                if (field) field.classList.add('invalid');
              }
            });
          }
          document.addEventListener('jixiao:analyzed', draw);
        })();
        """#
}
