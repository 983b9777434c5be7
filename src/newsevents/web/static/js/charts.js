// The network: pointing at an actor lights up its links and neighbours and dims the rest.
// (The timeline and the map need no script: their tooltips and links are in the SVG.)
"use strict";
(function () {
  var svg = document.querySelector("svg.network-chart");
  if (!svg) { return; }
  function light(node) {
    svg.classList.add("dim");
    var near = new Set([node]);
    svg.querySelectorAll("path.edge").forEach(function (edge) {
      if (edge.dataset.source === node || edge.dataset.target === node) {
        edge.classList.add("lit");
        near.add(edge.dataset.source);
        near.add(edge.dataset.target);
      }
    });
    svg.querySelectorAll("a.node-link").forEach(function (a) {
      if (near.has(a.dataset.node)) { a.classList.add("lit"); }
    });
  }
  function reset() {
    svg.classList.remove("dim");
    svg.querySelectorAll(".lit").forEach(function (el) { el.classList.remove("lit"); });
  }
  svg.querySelectorAll("a.node-link").forEach(function (a) {
    a.addEventListener("mouseenter", function () { light(a.dataset.node); });
    a.addEventListener("mouseleave", reset);
    a.addEventListener("focus", function () { light(a.dataset.node); });
    a.addEventListener("blur", reset);
  });
})();
