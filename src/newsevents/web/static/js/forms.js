// Filter forms send only the fields that have a value, so the address stays short and
// can be shared. Without this script the forms still work (empty fields mean "any").
"use strict";
document.querySelectorAll("form.filters").forEach(function (form) {
  form.addEventListener("submit", function () {
    form.querySelectorAll("input, select").forEach(function (field) {
      if (field.name && field.value === "") { field.disabled = true; }
    });
    // re-enable them if the page is kept (back button)
    setTimeout(function () {
      form.querySelectorAll("input, select").forEach(function (f) { f.disabled = false; });
    }, 0);
  });
});
