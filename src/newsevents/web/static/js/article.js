// The annotated article: selecting an event (in the list, by clicking its trigger in the
// text, or by the address's #V3) lights up its trigger, sentence, actors, recipients, place
// and time; selecting an actor, place, time or quote lights up its mentions. The legend's
// boxes hide or show each kind. Only classes change: the text itself is never rewritten.
"use strict";
(function () {
  var text = document.getElementById("annotated");
  if (!text) { return; }
  var status = document.getElementById("selection-status");
  var lit = [];

  function ids(value) { return (value || "").split(" ").filter(Boolean); }
  function spans(id) {
    return Array.prototype.slice.call(text.querySelectorAll('[data-ids~="' + CSS.escape(id) + '"]'));
  }
  function mark(elements, name) {
    elements.forEach(function (el) { el.classList.add(name); lit.push([el, name]); });
  }
  function clear() {
    lit.forEach(function (pair) { pair[0].classList.remove(pair[1]); });
    lit = [];
    text.classList.remove("focus");
    document.querySelectorAll(".selected").forEach(function (el) { el.classList.remove("selected"); });
  }
  // mentions inside the event's sentence when there are any, else all of them
  function within(id, sentence) {
    var all = spans(id);
    var inside = all.filter(function (el) { return sentence.has(el); });
    return inside.length ? inside : all;
  }

  function selectEvent(button, scroll) {
    clear();
    var d = button.dataset;
    button.classList.add("selected");
    text.classList.add("focus");
    var sentence = new Set();
    ids(d.sentence).forEach(function (id) { spans(id).forEach(function (el) { sentence.add(el); }); });
    mark(Array.from(sentence), "on-sentence");
    ids(d.trigger).forEach(function (id) { mark(spans(id).filter(function (el) { return el.classList.contains("k-trigger"); }), "on-trigger"); });
    ids(d.actors).forEach(function (id) { mark(within(id, sentence), "on-actor"); });
    ids(d.recipients).forEach(function (id) { mark(within(id, sentence), "on-recipient"); });
    ids(d.place).forEach(function (id) { mark(spans(id).filter(function (el) { return el.classList.contains("k-place"); }), "on-place"); });
    ids(d.times).forEach(function (id) { mark(within(id, sentence), "on-time"); });
    var trigger = text.querySelector(".on-trigger");
    if (scroll && trigger) { trigger.scrollIntoView({block: "center"}); }
    if (status) { status.textContent = "Event " + d.event + ": " + button.querySelector(".line2").textContent.trim(); }
    if (history.replaceState) { history.replaceState(null, "", "#" + d.event); }
  }

  function selectThing(button) {
    clear();
    button.classList.add("selected");
    text.classList.add("focus");
    var found = spans(button.dataset.select);
    mark(found, "on-entity");
    if (found.length) { found[0].scrollIntoView({block: "center"}); }
    if (status) { status.textContent = button.textContent.trim() + ": " + found.length + " highlighted"; }
  }

  document.querySelectorAll("button.event-item").forEach(function (button) {
    button.addEventListener("click", function () { selectEvent(button, true); });
  });
  document.querySelectorAll("button[data-select]").forEach(function (button) {
    button.addEventListener("click", function () { selectThing(button); });
  });
  // a click on a trigger in the text selects its event
  text.addEventListener("click", function (e) {
    var span = e.target.closest(".k-trigger");
    if (!span) { return; }
    var match = ids(span.dataset.ids).map(function (id) { return document.getElementById("event-" + id); })
      .filter(Boolean)[0];
    if (match) { selectEvent(match, false); match.scrollIntoView({block: "nearest"}); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { clear(); } });
  document.querySelectorAll("input[data-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("hide-" + box.dataset.toggle, !box.checked);
    });
  });
  var wanted = location.hash.slice(1);
  if (wanted) {
    var button = document.getElementById("event-" + wanted);
    if (button) { selectEvent(button, true); button.scrollIntoView({block: "nearest"}); }
  }
})();
