// Sorts a table whose groups are its tbody elements (a region's row first, then its provinces) by the
// column of the header button pressed: the groups by their head row, the rows inside each group, so a
// province never leaves its region. Numbers compare as numbers (digits only: grouping marks are ignored),
// names in the page's language. A second press reverses the order; aria-sort tells assistive technology.
(function () {
  'use strict';

  function key(row, column) {
    var cell = row.cells[column];
    var text = cell ? cell.textContent.trim() : '';
    return column === 0 ? text : Number(text.replace(/[^0-9-]/g, ''));
  }

  function compare(column, descending, language) {
    return function (a, b) {
      var x = key(a, column);
      var y = key(b, column);
      var order = column === 0 ? String(x).localeCompare(String(y), language) : x - y;
      return descending ? -order : order;
    };
  }

  function sort(table, header, column) {
    var descending = header.getAttribute('aria-sort') === 'ascending'
      || (header.getAttribute('aria-sort') !== 'descending' && column !== 0);
    var language = document.documentElement.lang || undefined;
    table.querySelectorAll('thead th').forEach(function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
    var groups = Array.prototype.slice.call(table.tBodies);
    groups.forEach(function (group) {
      var rows = Array.prototype.slice.call(group.rows).filter(function (r) { return !r.classList.contains('region'); });
      rows.sort(compare(column, descending, language)).forEach(function (r) { group.appendChild(r); });
    });
    var order = compare(column, descending, language);
    groups.sort(function (a, b) { return order(a.rows[0], b.rows[0]); });
    var footer = table.tFoot;
    groups.forEach(function (group) { table.insertBefore(group, footer); });
  }

  document.querySelectorAll('table[data-grouped-sort]').forEach(function (table) {
    table.querySelectorAll('thead button.sort').forEach(function (button) {
      button.addEventListener('click', function () {
        sort(table, button.closest('th'), Number(button.dataset.column));
      });
    });
  });
})();
