// Loaded on every page after Bootstrap Italia and htmx. No inline scripts: the CSP forbids them.
(function () {
  'use strict';
  if (window.bootstrap && typeof window.bootstrap.loadFonts === 'function') {
    window.bootstrap.loadFonts(document.body.dataset.fontsPath);
  }
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
