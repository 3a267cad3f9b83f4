// The site's search, for any engine: Pagefind's search button (Ctrl+K or ⌘K opens it) in the
// page header, or atop the page where there is none; its results open in a dialog. The interface
// and the index come from the site's pagefind/ folder, which the build writes after the pages;
// this file is <site>/assets/search.js.
(function () {
  "use strict";
  var bundle = new URL("../pagefind/", document.currentScript.src);
  // Ranking: a word matched as written counts far more than a longer word it begins (an entity's
  // name over the adjective made from it), and long pages weigh less, so that an entity's page
  // comes before the articles that mention it.
  var ranking = { termSimilarity: 10, pageLength: 1, termSaturation: 2 };

  // The dialog's colours follow the page's: dark where the page's background is dark (a dark
  // palette, chosen or switched to), read from the colour itself rather than a theme's markup.
  function matchColours() {
    var rgb = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) || []).map(Number);
    var dark = rgb.length >= 3 && rgb[3] !== 0 && 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] < 128;
    document.documentElement.setAttribute("data-pf-theme", dark ? "dark" : "light");
  }

  // A large site's index is in several bundles (bundles.json, beside the main one, lists the
  // others): Pagefind searches them together and merges their results.
  function place(more) {
    matchColours();
    new MutationObserver(matchColours).observe(document.body, { attributes: true });
    window.PagefindComponents.configureInstance("default", {
      bundlePath: bundle.pathname, ranking: ranking,
      mergeIndex: more.map(function (path) { return { bundlePath: new URL(path, bundle).pathname, ranking: ranking }; })
    });
    var trigger = document.createElement("pagefind-modal-trigger");
    trigger.setAttribute("placeholder", "Search");
    var row = document.querySelector("header nav") || document.querySelector("header");
    if (row) {
      row.appendChild(trigger);
    } else {
      document.body.insertBefore(trigger, document.body.firstChild);
    }
    document.body.appendChild(document.createElement("pagefind-modal"));
    nameAsShown(trigger, 50);
  }

  // The button is labelled "Search" by an attribute while it shows "Search Ctrl K"; without the
  // attribute its name comes from the text it shows ("Search": the keys are hidden from speech),
  // so speech users can say what they see (WCAG 2.5.3).
  function nameAsShown(trigger, tries) {
    var button = trigger.querySelector("button[aria-label]");
    if (button && button.textContent.trim()) {
      button.removeAttribute("aria-label");
    } else if (tries > 0) {
      setTimeout(function () { nameAsShown(trigger, tries - 1); }, 50);
    }
  }

  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = new URL("pagefind-component-ui.css", bundle).href;
  document.head.appendChild(style);
  var code = document.createElement("script");
  code.type = "module";
  code.src = new URL("pagefind-component-ui.js", bundle).href;
  var bundles = fetch(new URL("bundles.json", bundle)).then(function (response) {
    return response.ok ? response.json() : [];
  }).catch(function () { return []; });
  code.addEventListener("load", function () {  // a module runs after the page is parsed, before "load"
    bundles.then(place);
  });
  document.head.appendChild(code);
})();
