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

  // Parts of a form that apply to one choice only, marked data-shown-when="field:VALUE", are hidden
  // while the field has another value. Without JavaScript everything stays visible.
  function currentValue(form, name) {
    var fields = form.querySelectorAll('[name="' + name + '"]');
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].type !== 'radio' || fields[i].checked) {
        return fields[i].value;
      }
    }
    return '';
  }

  function applyConditions(form) {
    form.querySelectorAll('[data-shown-when]').forEach(function (part) {
      var condition = part.dataset.shownWhen.split(':');
      part.hidden = currentValue(form, condition[0]) !== condition[1];
    });
  }

  document.querySelectorAll('form').forEach(function (form) {
    if (form.querySelector('[data-shown-when]')) {
      applyConditions(form);
      form.addEventListener('change', function () { applyConditions(form); });
    }
  });
})();
