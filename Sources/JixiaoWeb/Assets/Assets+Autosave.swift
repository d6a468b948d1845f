extension Assets {
    /// Autosave of a draft: two seconds after typing pauses, the editor form (`data-autosave`)
    /// is posted to the autosave URL with its version. Saved: every `version` field of the page
    /// takes the new version, the form is clean again (`jixiao:saved`, which the unsaved-input
    /// question listens to) and changes others made meanwhile are filled in. Someone else
    /// changed the same field: the field shows both values with a button for each, and
    /// autosave waits until each is chosen. A value a field cannot take is shown at the field.
    /// The state is in `#autosave-status` (and `data-autosave-state` on the form).
    static let autosaveScript = #"""
        (function () {
          var form = document.getElementById('editor');
          if (!form || !form.dataset.autosave) return;
          var status = document.getElementById('autosave-status');
          var timer = null, busy = false, again = false, edits = 0;
          function say(state, text) {
            form.dataset.autosaveState = state;
            if (status) status.textContent = text;
          }
          function setVersion(v) {
            Array.prototype.forEach.call(document.querySelectorAll('input[name=version]'), function (i) { i.value = String(v); });
          }
          function fill(fields) {
            Object.keys(fields || {}).forEach(function (name) {
              var input = form.elements.namedItem(name);
              if (!input || input === document.activeElement) return;
              if (input.type === 'checkbox') input.checked = fields[name] !== ''; else input.value = fields[name];
            });
          }
          function note(conflict) {
            var input = document.getElementById(conflict.field);
            if (!input) return;
            var box = document.createElement('div');
            box.className = 'autosave-conflict';
            box.id = conflict.field + '--conflict';
            box.setAttribute('data-field', conflict.field);
            var p = document.createElement('p');
            p.textContent = '他人也修改了此项：已保存的是“' + (conflict.theirs || '（空）') + '”，您填写的是“'
              + (conflict.mine || '（空）') + '”。请选择保留哪一个：';
            box.appendChild(p);
            [['theirs', '采用已保存的值'], ['mine', '保留我的输入']].forEach(function (choice) {
              var b = document.createElement('button');
              b.type = 'button';
              b.className = 'conflict-' + choice[0];
              b.textContent = choice[1];
              b.addEventListener('click', function () {
                if (choice[0] === 'theirs') input.value = conflict.theirs;
                box.remove();
                input.removeAttribute('aria-invalid');
                schedule(0);
              });
              box.appendChild(b);
            });
            (input.closest('.field') || input.parentElement).appendChild(box);
            input.setAttribute('aria-invalid', 'true');
          }
          function showErrors(errors) {
            Object.keys(errors || {}).forEach(function (name) {
              var input = document.getElementById(name);
              if (!input) return;
              var holder = input.closest('.field') || input.parentElement;
              var span = holder.querySelector('.field-error') || document.createElement('span');
              span.className = 'field-error';
              span.id = name + '--error';
              span.textContent = errors[name];
              holder.appendChild(span);
              input.setAttribute('aria-invalid', 'true');
            });
          }
          function save() {
            if (form.querySelector('.autosave-conflict')) { say('conflict', '有冲突待选择，暂停自动保存'); return; }
            if (busy) { again = true; return; }
            busy = true;
            var sent = edits;
            say('saving', '正在自动保存…');
            fetch(form.dataset.autosave, {
              method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin',
              headers: { 'X-CSRF-Token': document.querySelector('meta[name=csrf-token]').content, 'Accept': 'application/json' }
            }).then(function (r) { return r.json(); }).then(function (answer) {
              if (answer.version) setVersion(answer.version);
              fill(answer.fields);
              if (answer.status === 'saved') {
                Array.prototype.forEach.call(form.querySelectorAll('.field-error'), function (span) { span.remove(); });
                if (sent === edits) form.dispatchEvent(new Event('jixiao:saved'));
                say('saved', answer.message);
              } else if (answer.status === 'conflict') {
                (answer.conflicts || []).forEach(note);
                say('conflict', answer.message);
              } else if (answer.status === 'retry') {
                again = true;
                say('retry', answer.message);
              } else {
                showErrors(answer.errors);
                say(answer.status || 'failed', answer.message || '自动保存未成功');
              }
            }).catch(function () {
              say('failed', '自动保存未成功（网络问题），请稍后手动保存');
            }).then(function () {
              busy = false;
              if (again) { again = false; schedule(1000); }
            });
          }
          function schedule(delay) {
            clearTimeout(timer);
            timer = setTimeout(save, delay);
          }
          function edited() { edits++; schedule(2000); }
          form.addEventListener('input', edited);
          form.addEventListener('change', edited);
        })();
        """#
}
