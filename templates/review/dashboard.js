// gkml review dashboard: sorting, filtering and a region drill-down over tables that are
// complete without it (the page reads and prints with scripts off). Inlined into
// summary.html and allowed by its CSP hash: no other script runs, nothing is fetched.
(function () {
  'use strict';
  var doc = document;
  var text = JSON.parse(doc.getElementById('review-strings').textContent);

  // ---- sorting: any table with class "sortable"; a header button sorts by its column ----
  function cellKey(row, col) {
    var cell = row.cells[col];
    if (!cell) return '';
    var value = cell.getAttribute('data-sort');
    return value !== null ? value : cell.textContent.trim();
  }
  function compare(a, b, numeric) {
    if (numeric) {
      var x = a === '' ? -Infinity : Number(a);
      var y = b === '' ? -Infinity : Number(b);
      return x - y;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  Array.prototype.forEach.call(doc.querySelectorAll('table.sortable'), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = th.querySelector('button.sort');
      if (!button) return;
      button.hidden = false;
      th.querySelector('.label').hidden = true;
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var numeric = th.getAttribute('data-type') === 'number';
        rows.forEach(function (r, i) { r._order = i; });
        rows.sort(function (a, b) {
          var d = compare(cellKey(a, col), cellKey(b, col), numeric);
          return (ascending ? d : -d) || a._order - b._order;
        });
        var fragment = doc.createDocumentFragment();
        rows.forEach(function (r) { fragment.appendChild(r); });
        body.appendChild(fragment);
        announce(text.sorted.replace('{column}', button.textContent.trim()).replace('{order}', ascending ? text.ascending : text.descending));
      });
    });
  });

  var live = doc.getElementById('live');
  function announce(message) { live.textContent = message; }

  // ---- filtering and the region drill-down ----
  var region = { city: '', county: '', township: '' };
  var table = doc.getElementById('catalogues');
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var search = doc.getElementById('f-search');
  var result = doc.getElementById('f-result');
  var domain = doc.getElementById('f-domain');
  var level = doc.getElementById('f-level');
  var status = doc.getElementById('filter-status');
  var fold = function (s) { return s.normalize('NFKC').toLowerCase(); };
  rows.forEach(function (r) { r._text = fold(r.textContent); });

  function inRegion(el) {
    if (region.city && el.getAttribute('data-city') !== region.city) return false;
    if (region.county && el.getAttribute('data-county') !== region.county) return false;
    if (region.township && el.getAttribute('data-township') !== region.township) return false;
    return true;
  }

  function apply() {
    var q = fold(search.value.trim());
    var shown = 0;
    rows.forEach(function (r) {
      var ok = inRegion(r) &&
        (q === '' || r._text.indexOf(q) >= 0) &&
        (result.value === '' || r.getAttribute('data-result') === result.value) &&
        (domain.value === '' || r.getAttribute('data-domain') === domain.value) &&
        (level.value === '' || r.getAttribute('data-level') === level.value);
      r.hidden = !ok;
      if (ok) shown++;
    });
    status.textContent = text.shown.replace('{shown}', shown).replace('{total}', rows.length);
    Array.prototype.forEach.call(doc.querySelectorAll('table.by-region tbody tr'), function (r) { r.hidden = !inRegion(r); });
    drawRegions();
  }

  [search, result, domain, level].forEach(function (el) { el.addEventListener('input', apply); el.addEventListener('change', apply); });
  doc.getElementById('f-clear').addEventListener('click', function () {
    search.value = ''; result.value = ''; domain.value = ''; level.value = '';
    region = { city: '', county: '', township: '' };
    apply();
  });

  // The region table lists the parts one level below the current region, with their counts;
  // a name is a button that goes one level down, the breadcrumb goes back up.
  var regionBody = doc.getElementById('regions').tBodies[0];
  var regionHead = doc.getElementById('region-part');
  var crumbs = doc.getElementById('crumbs');
  function partOf(r) {
    if (!region.city) return r.getAttribute('data-city');
    if (!region.county) return r.getAttribute('data-county');
    return r.getAttribute('data-township') || text.countyItself;
  }
  function go(next, focusTable) {
    region = next;
    apply();
    announce(text.regionNow.replace('{region}', [region.city, region.county, region.township].filter(Boolean).join(' › ') || text.province));
    if (focusTable) doc.getElementById('regions').focus();
  }
  function drawRegions() {
    var groups = {};
    var order = [];
    rows.forEach(function (r) {
      if (!inRegion(r)) return;
      var key = partOf(r);
      if (!groups[key]) { groups[key] = { n: 0, pass: 0, errors: 0 }; order.push(key); }
      var g = groups[key];
      g.n++;
      if (r.getAttribute('data-result') === 'pass') g.pass++;
      g.errors += Number(r.getAttribute('data-errors'));
    });
    order.sort();
    regionHead.textContent = !region.city ? text.city : !region.county ? text.county : text.township;
    var fragment = doc.createDocumentFragment();
    order.forEach(function (key) {
      var g = groups[key];
      var tr = doc.createElement('tr');
      var th = doc.createElement('th');
      th.scope = 'row';
      var deeper = !region.county || (key !== text.countyItself && !region.township);
      if (deeper && !region.township) {
        var b = doc.createElement('button');
        b.type = 'button';
        b.textContent = key;
        b.addEventListener('click', function () {
          var next = { city: region.city, county: region.county, township: region.township };
          if (!region.city) next.city = key; else if (!region.county) next.county = key; else next.township = key;
          go(next, true);
        });
        th.appendChild(b);
      } else th.textContent = key;
      tr.appendChild(th);
      [g.n, g.pass, g.n - g.pass, g.errors].forEach(function (v) {
        var td = doc.createElement('td');
        td.className = 'num';
        td.textContent = v;
        tr.appendChild(td);
      });
      fragment.appendChild(tr);
    });
    regionBody.textContent = '';
    regionBody.appendChild(fragment);
    crumbs.textContent = '';
    var path = [['', text.province, { city: '', county: '', township: '' }]];
    if (region.city) path.push(['city', region.city, { city: region.city, county: '', township: '' }]);
    if (region.county) path.push(['county', region.county, { city: region.city, county: region.county, township: '' }]);
    if (region.township) path.push(['township', region.township, region]);
    path.forEach(function (p, i) {
      var li = doc.createElement('li');
      if (i === path.length - 1) {
        var span = doc.createElement('span');
        span.setAttribute('aria-current', 'location');
        span.textContent = p[1];
        li.appendChild(span);
      } else {
        var b = doc.createElement('button');
        b.type = 'button';
        b.textContent = p[1];
        b.addEventListener('click', function () { go(p[2], false); });
        li.appendChild(b);
      }
      crumbs.appendChild(li);
    });
  }

  Array.prototype.forEach.call(doc.querySelectorAll('.needs-js'), function (el) { el.hidden = false; });
  apply();
})();
