(function () {
  var q = document.getElementById('q'), cat = document.getElementById('cat'),
      sev = document.querySelectorAll('.sevf'), waived = document.getElementById('showwaived'),
      rows = document.querySelectorAll('#findings tbody tr'), shown = document.getElementById('shown');
  function apply() {
    var text = q.value.toLowerCase(), c = cat.value, on = {}, n = 0;
    sev.forEach(function (b) { on[b.value] = b.checked; });
    rows.forEach(function (tr) {
      var ok = on[tr.dataset.sev] && (!c || tr.dataset.cat === c) && (waived.checked || tr.dataset.waived === 'no')
               && (!text || tr.textContent.toLowerCase().indexOf(text) >= 0);
      tr.style.display = ok ? '' : 'none';
      if (ok) { n++; }
    });
    shown.textContent = n + ' of ' + rows.length + ' shown';
  }
  [q, cat, waived].forEach(function (e) { e.addEventListener('input', apply); e.addEventListener('change', apply); });
  sev.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
