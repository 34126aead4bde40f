/* gkml site script: large-text mode and instant search/filters. Optional: every page is complete
   without it. Loaded in <head> without defer so the saved large-text mode applies before the
   first paint (no flash of small text); the rest waits for the DOM. No inline code anywhere,
   so the pages' Content-Security-Policy can forbid inline scripts. */
(function () {
  'use strict';
  var root = document.documentElement;
  var KEY = 'gkml-elder';

  function saved() {
    try { return window.localStorage.getItem(KEY) === '1'; } catch (e) { return false; }
  }
  function save(on) {
    // Storage may be disabled (private mode, strict intranet policy): the toggle still works for this page.
    try {
      if (on) window.localStorage.setItem(KEY, '1');
      else window.localStorage.removeItem(KEY);
    } catch (e) { /* not persisted */ }
  }
  if (saved()) root.classList.add('elder');
  root.classList.add('js');

  function initElder() {
    var button = document.getElementById('elder-toggle');
    if (!button) return;
    function sync() { button.setAttribute('aria-pressed', root.classList.contains('elder') ? 'true' : 'false'); }
    button.hidden = false;
    sync();
    button.addEventListener('click', function () {
      var on = !root.classList.contains('elder');
      root.classList.toggle('elder', on);
      save(on);
      sync();
    });
  }

  // Full- and half-width forms, case and spaces should not decide whether a row matches.
  function fold(text) {
    return (text.normalize ? text.normalize('NFKC') : text).toLowerCase().replace(/\s+/g, '');
  }
  function words(row, name) {
    return (row.getAttribute(name) || '').split(' ');
  }

  function initFilters() {
    var form = document.getElementById('filters');
    var table = document.getElementById('catalogue');
    if (!form || !table) return;
    var field = function (id) { return document.getElementById(id); };
    var q = field('q');
    var first = field('f-first');
    var level = field('f-level');
    var mode = field('f-mode');
    var audience = field('f-audience');
    var status = field('filter-status');
    var none = field('no-match');
    var template = form.getAttribute('data-count') || '{shown} / {total}';
    var total = 0;

    var groups = Array.prototype.map.call(table.tBodies, function (body) {
      var head = body.querySelector('th[scope="rowgroup"]');
      var headText = head ? head.textContent : '';
      var rows = Array.prototype.map.call(body.rows, function (tr) {
        total += 1;
        return {
          tr: tr,
          text: fold(headText + ' ' + tr.textContent),
          levels: words(tr, 'data-levels'),
          modes: words(tr, 'data-modes'),
          audience: words(tr, 'data-audience')
        };
      });
      return { id: body.getAttribute('data-group'), body: body, head: head, rows: rows };
    });

    function has(list, value) { return !value || list.indexOf(value) !== -1; }

    function apply() {
      var query = fold(q.value);
      var shown = 0;
      groups.forEach(function (group) {
        var visible = [];
        group.rows.forEach(function (row) {
          var ok = (!first.value || first.value === group.id) &&
            has(row.levels, level.value) && has(row.modes, mode.value) && has(row.audience, audience.value) &&
            (!query || row.text.indexOf(query) !== -1);
          row.tr.hidden = !ok;
          if (ok) visible.push(row.tr);
        });
        group.body.hidden = visible.length === 0;
        // The first-level cell spans its group's rows: keep it on the first visible row, spanning only visible ones.
        if (group.head && visible.length > 0) {
          var target = visible[0];
          if (group.head.parentNode !== target) target.insertBefore(group.head, target.cells[1] || null);
          group.head.rowSpan = visible.length;
        }
        shown += visible.length;
      });
      status.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(total));
      none.hidden = shown !== 0;
    }

    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    // form-action 'none' forbids submitting; Enter in the search box just applies the filters.
    form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
    // Reset fires before the fields are cleared.
    form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
    form.hidden = false;
    apply();
  }

  // The index page: one search over the items of every catalogue. The items are in the page
  // (hidden until searched), so it works offline and from a folder, with nothing fetched.
  var MAX_RESULTS = 50;
  function initSiteSearch() {
    var form = document.getElementById('site-search');
    var list = document.getElementById('search-results');
    if (!form || !list) return;
    var input = document.getElementById('sq');
    var status = document.getElementById('site-search-status');
    var items = Array.prototype.map.call(list.children, function (li) {
      return { li: li, text: fold(li.textContent) };
    });
    function fill(template, values) {
      return template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? String(values[key]) : all; });
    }

    function apply() {
      // Every word typed must occur; full- and half-width forms and case do not matter.
      var terms = input.value.split(/\s+/).map(fold).filter(Boolean);
      var found = 0;
      items.forEach(function (item) {
        var ok = terms.length > 0 && terms.every(function (term) { return item.text.indexOf(term) !== -1; });
        if (ok) found += 1;
        item.li.hidden = !ok || found > MAX_RESULTS;
      });
      list.hidden = found === 0;
      if (terms.length === 0) status.textContent = '';
      else if (found === 0) status.textContent = form.getAttribute('data-none') || '';
      else if (found > MAX_RESULTS) status.textContent = fill(form.getAttribute('data-more') || '', { count: found, shown: MAX_RESULTS });
      else status.textContent = fill(form.getAttribute('data-count') || '', { count: found });
    }

    form.addEventListener('input', apply);
    // form-action 'none' forbids submitting; Enter just searches.
    form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
    form.hidden = false;
    apply();
  }

  function init() {
    initElder();
    initFilters();
    initSiteSearch();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
