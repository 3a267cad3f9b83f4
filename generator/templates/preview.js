// Hover previews: pointing at (or tabbing to) a link to another page of the site shows that page's
// heading, summary and key facts. The target page is fetched from the site itself (no data file, no
// CDN) and read for the generator's own markup, not a theme's; what it shows is set as text only.
(function () {
  "use strict";
  var DELAY = 250; // ms the pointer rests on a link before the preview is fetched
  var FACTS = 4; // infobox rows shown
  var cache = new Map(); // page URL -> Promise of its summary (or null)
  var box = null, current = null, timer = 0;

  function pageUrl(link) {
    if (!link.href || link.target || link.hasAttribute("download")) return null;
    var url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !/\/$|\.html$/.test(url.pathname)) return null;
    if (url.pathname === location.pathname) return null; // an anchor on this page
    if (link.closest("header, nav, footer, .md-header, .md-sidebar, .md-footer, .kb-preview")) return null;
    return url.origin + url.pathname;
  }

  function text(node) {
    return node ? node.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function summarise(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var main = doc.querySelector("main") || doc.body;
    var heading = main.querySelector("h1");
    if (!heading) return null;
    var lead = main.querySelector(".kb-description, p.kb-standfirst, p.kb-body, p.kb-lead") ||
      (heading.parentNode && heading.parentNode.querySelector("h1 ~ p"));
    var facts = [];
    main.querySelectorAll(".kb-infobox tr").forEach(function (row) {
      var name = text(row.querySelector("th")), value = text(row.querySelector("td"));
      if (name && value && facts.length < FACTS) facts.push([name, value]);
    });
    var source = text(main.querySelector(".kb-source"));
    var summary = text(lead);
    if (summary.length > 320) summary = summary.slice(0, 300).replace(/\s+\S*$/, "") + " …";
    return { title: text(heading), summary: summary, facts: facts, source: source };
  }

  function fetchSummary(url) {
    if (!cache.has(url)) {
      cache.set(url, fetch(url, { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) { return html && summarise(html); })
        .catch(function () { return null; }));
    }
    return cache.get(url);
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content) node.textContent = content;
    return node;
  }

  function show(link, summary) {
    hide();
    if (!summary) return;
    box = element("div", "kb-preview");
    box.id = "kb-preview";
    box.setAttribute("role", "tooltip");
    box.appendChild(element("p", "kb-preview-title", summary.title));
    if (summary.source) box.appendChild(element("p", "kb-preview-source", summary.source));
    if (summary.facts.length) {
      var list = element("dl", "kb-preview-facts");
      summary.facts.forEach(function (fact) {
        list.appendChild(element("dt", "", fact[0]));
        list.appendChild(element("dd", "", fact[1]));
      });
      box.appendChild(list);
    }
    if (summary.summary) box.appendChild(element("p", "kb-preview-summary", summary.summary));
    // The page's own colours (light or dark palette), read from the page rather than a theme's variables.
    var page = getComputedStyle(document.body);
    box.style.backgroundColor = page.backgroundColor;
    box.style.color = page.color;
    document.body.appendChild(box);
    var place = link.getBoundingClientRect(), width = box.offsetWidth, height = box.offsetHeight;
    var left = Math.min(Math.max(8, place.left), document.documentElement.clientWidth - width - 8);
    var top = place.bottom + 8 + height > window.innerHeight && place.top > height + 8
      ? place.top - height - 8 : place.bottom + 8;
    box.style.left = left + window.scrollX + "px";
    box.style.top = top + window.scrollY + "px";
    link.setAttribute("aria-describedby", "kb-preview");
    current = link;
  }

  function hide() {
    clearTimeout(timer);
    if (current) current.removeAttribute("aria-describedby");
    if (box) box.remove();
    box = current = null;
  }

  function enter(event) {
    var link = event.target.closest && event.target.closest("a[href]");
    var url = link && pageUrl(link);
    if (!url || link === current) return;
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetchSummary(url).then(function (summary) {
        if (link.matches(":hover, :focus")) show(link, summary);
      });
    }, DELAY);
  }

  function leave(event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (link && (!event.relatedTarget || !link.contains(event.relatedTarget))) hide();
  }

  if (window.matchMedia && window.matchMedia("(hover: none)").matches) return; // touch screens: links just open
  document.addEventListener("mouseover", enter);
  document.addEventListener("focusin", enter);
  document.addEventListener("mouseout", leave);
  document.addEventListener("focusout", leave);
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
})();
