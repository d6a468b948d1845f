extension Assets {
    /// 全选 on the review list: the header's checkbox (`#pick-all`) ticks or clears every row's
    /// `.batch-pick`. Without JavaScript the rows are ticked one by one.
    static let batchScript = #"""
        (function () {
          var all = document.getElementById('pick-all');
          if (!all) return;
          all.hidden = false;
          all.addEventListener('change', function () {
            var boxes = document.querySelectorAll('input.batch-pick');
            for (var i = 0; i < boxes.length; i++) boxes[i].checked = all.checked;
          });
        })();
        """#
}
