/*
 * The only script of the app, served as /static/app.js (the CSP forbids inline code).
 * Keyboard shortcuts: j/k next/previous (queue rows, or events on an event page), Enter open,
 * a accept, r reject. It never writes data as HTML: badges get textContent.
 */
export const APP_JS = `'use strict';
(function () {
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute('content') : '';
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.row'));
  var current = -1;

  function select(index) {
    if (rows.length === 0) return;
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, i) { row.classList.toggle('selected', i === current); });
    rows[current].scrollIntoView({ block: 'nearest' });
  }

  function decide(row, action) {
    var id = row.getAttribute('data-href').split('/').pop();
    fetch('/api/events/' + id + '/' + action, { method: 'POST', headers: { 'x-csrf-token': csrf }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (event) {
        var badge = row.querySelector('.badge');
        badge.textContent = event.reviewStatus;
        badge.className = 'badge b-' + event.reviewStatus;
        select(current + 1);
      })
      .catch(function (status) { row.classList.add('failed'); row.title = 'failed: ' + status; });
  }

  function click(id) {
    var element = document.getElementById(id);
    if (element) element.click();
  }

  function submit(id) {
    var form = document.getElementById(id);
    if (form) form.requestSubmit();
  }

  rows.forEach(function (row, i) {
    row.addEventListener('click', function (event) {
      if (event.target.closest('a')) return;
      select(i);
      location.href = row.getAttribute('data-href');
    });
  });
  if (rows.length > 0) select(0);

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest('input, textarea, select, [contenteditable]')) return;
    var key = event.key;
    if (rows.length > 0) {
      if (key === 'j') select(current + 1);
      else if (key === 'k') select(current - 1);
      else if (key === 'Enter' && current >= 0) location.href = rows[current].getAttribute('data-href');
      else if (key === 'a' && current >= 0) decide(rows[current], 'accept');
      else if (key === 'r' && current >= 0) decide(rows[current], 'reject');
      else return;
    } else if (key === 'j') click('next-link');
    else if (key === 'k') click('prev-link');
    else if (key === 'a') submit('accept-form');
    else if (key === 'r') submit('reject-form');
    else return;
    event.preventDefault();
  });
})();
`;
