// Highlight the characters an IRI fragment names (#char=b,e, #quote-b-e, #statement-rel-n...):
// the article page works without this, which only adds the highlight and keeps it on hash change.
(function () {
  "use strict";
  function focus() {
    var text = document.getElementById("text");
    if (!text) return;
    var frag = decodeURIComponent(window.location.hash.slice(1));
    var segs = text.querySelectorAll(".seg");
    var first = null, i;
    for (i = 0; i < segs.length; i++) segs[i].classList.remove("focus");
    if (!frag) return;
    var range = /^char=(\d+),(\d+)$/.exec(frag);
    for (i = 0; i < segs.length; i++) {
      var s = segs[i], hit = false;
      if ((" " + s.getAttribute("data-f") + " ").indexOf(" " + frag + " ") >= 0) hit = true;
      else if (range) hit = +s.getAttribute("data-b") < +range[2] && +s.getAttribute("data-e") > +range[1];
      if (hit) { s.classList.add("focus"); if (!first) first = s; }
    }
    if (first) first.scrollIntoView({block: "center"});
  }
  window.addEventListener("hashchange", focus);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", focus);
  else focus();
})();
