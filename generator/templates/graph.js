// Relationship graphs, drawn as SVG from what the pages already hold:
// - on an entity's page, its neighbourhood, from the page's own "Related" list (no data file);
// - on the graph page, the most-mentioned entities, from graph.json, laid out by d3-force (vendored,
//   loaded only there).
// The pictures are hidden from screen readers and the keyboard: the lists beside them say the same.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";

  function svg(tag, attributes, parent) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function label(parent, x, y, text, anchor) {
    var node = svg("text", { x: x, y: y, "text-anchor": anchor || "middle", class: "kb-node-label" }, parent);
    node.textContent = text;
    return node;
  }

  function link(parent, href, name) {
    var a = svg("a", { href: href, tabindex: "-1" }, parent);
    svg("title", {}, a).textContent = name;
    return a;
  }

  // --- An entity's neighbourhood -------------------------------------------------------------
  function neighbourhood(list) {
    var items = Array.prototype.slice.call(list.querySelectorAll("li[data-count]"));
    if (!items.length) return;
    var width = 700, height = 340, cx = width / 2, cy = height / 2;
    var picture = svg("svg", { viewBox: "0 0 " + width + " " + height, class: "kb-neighbourhood", "aria-hidden": "true",
      focusable: "false" });
    var most = Math.max.apply(null, items.map(function (item) { return +item.dataset.count; }));
    var edges = svg("g", {}, picture), nodes = svg("g", {}, picture);
    items.forEach(function (item, n) {
      var a = item.querySelector("a"), angle = -Math.PI / 2 + 2 * Math.PI * n / items.length;
      var x = cx + Math.cos(angle) * (width / 2 - 190), y = cy + Math.sin(angle) * (height / 2 - 40);
      svg("line", { x1: cx, y1: cy, x2: x, y2: y, class: "kb-edge",
        "stroke-width": (1 + 4 * item.dataset.count / most).toFixed(2) }, edges);
      var node = link(nodes, a.getAttribute("href"), a.textContent);
      svg("circle", { cx: x, cy: y, r: 7, class: "kb-node kb-node-" + item.dataset.type }, node);
      label(node, x + (Math.cos(angle) >= 0 ? 11 : -11), y + 4, a.textContent, Math.abs(Math.cos(angle)) < 0.2
        ? "middle" : Math.cos(angle) > 0 ? "start" : "end").setAttribute("dy", Math.abs(Math.cos(angle)) < 0.2
        ? (Math.sin(angle) < 0 ? "-10" : "14") : "0");
    });
    svg("circle", { cx: cx, cy: cy, r: 10, class: "kb-node kb-node-" + list.dataset.type + " kb-node-centre" }, nodes);
    label(nodes, cx, cy + 26, list.dataset.name);
    list.parentNode.insertBefore(picture, list);
  }

  // --- The graph page ----------------------------------------------------------------------
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(script);
    });
  }

  function whole(container) {
    var status = container.querySelector(".kb-graph-status");
    var root = new URL(container.dataset.root, location.href);
    status.textContent = "Drawing the graph…";
    Promise.all([
      fetch(new URL(container.dataset.graph, location.href)).then(function (r) { return r.json(); }),
      window.d3 && window.d3.forceSimulation ? null : loadScript(new URL("assets/d3-force.min.js", root).href),
    ]).then(function (loaded) {
      draw(container, loaded[0], root, status);
    }).catch(function (error) {
      status.textContent = "The graph could not be drawn (" + error.message + ").";
    });
  }

  function draw(container, data, root, status) {
    var width = 1000, height = 700, nodes = data.nodes, byName = {};
    if (!nodes.length) { status.textContent = "No entities yet."; return; }
    var links = data.links.map(function (l) { return { source: l[0], target: l[1], weight: l[2] }; });
    var heaviest = Math.max.apply(null, links.map(function (l) { return l.weight; }).concat([1]));
    var busiest = Math.max.apply(null, nodes.map(function (n) { return n.articles; }));
    // Laid out once, before drawing (no animation), from fixed starting points: the same picture every time.
    var simulation = d3.forceSimulation(nodes)
      .force("link", d3.forceLink(links).distance(90).strength(function (l) { return 0.2 + 0.6 * l.weight / heaviest; }))
      .force("charge", d3.forceManyBody().strength(-Math.max(80, 2400 / Math.sqrt(nodes.length))))
      .force("x", d3.forceX(width / 2).strength(0.04)).force("y", d3.forceY(height / 2).strength(0.06))
      .force("collide", d3.forceCollide(14)).stop();
    for (var i = 0; i < 300; i++) simulation.tick();
    var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
    // The picture's frame: the layout's extent plus room for labels, never so small that a few
    // nodes are drawn huge.
    var left = Math.min.apply(null, xs), top = Math.min.apply(null, ys);
    var spanX = Math.max(Math.max.apply(null, xs) - left + 160, width * 0.45);
    var spanY = Math.max(Math.max.apply(null, ys) - top + 60, height * 0.45);
    var box = [(left + Math.max.apply(null, xs) - spanX) / 2, (top + Math.max.apply(null, ys) - spanY) / 2, spanX, spanY];
    var picture = svg("svg", { viewBox: box.join(" "), class: "kb-whole-graph", "aria-hidden": "true", focusable: "false" });
    var edges = svg("g", {}, picture), group = svg("g", {}, picture);
    var labelled = nodes.slice().sort(function (a, b) { return b.articles - a.articles; }).slice(0, 40);
    links.forEach(function (l) {
      l.line = svg("line", { x1: l.source.x, y1: l.source.y, x2: l.target.x, y2: l.target.y, class: "kb-edge",
        "stroke-width": (0.6 + 3 * l.weight / heaviest).toFixed(2) }, edges);
    });
    nodes.forEach(function (n) {
      n.element = link(group, new URL(n.url, root).href, n.name + " (" + n.articles + ")");
      n.element.setAttribute("data-type", n.type);
      svg("circle", { cx: n.x, cy: n.y, r: (3 + 6 * Math.sqrt(n.articles / busiest)).toFixed(1),
        class: "kb-node kb-node-" + n.type }, n.element);
      if (labelled.indexOf(n) >= 0) label(n.element, n.x, n.y - 9, n.name);
      byName[n.name.toLowerCase()] = n;
    });
    status.parentNode.insertBefore(picture, status);
    status.textContent = nodes.length + " entities and " + links.length + " links drawn.";

    var form = container.querySelector("form"), names = container.querySelector("datalist");
    nodes.forEach(function (n) { var option = document.createElement("option"); option.value = n.name; names.appendChild(option); });
    form.addEventListener("change", function (event) {
      if (event.target.name !== "type") return;
      var shown = {};
      form.querySelectorAll("input[name=type]").forEach(function (box) { shown[box.value] = box.checked; });
      nodes.forEach(function (n) { n.element.classList.toggle("kb-hidden", !shown[n.type]); });
      links.forEach(function (l) { l.line.classList.toggle("kb-hidden", !shown[l.source.type] || !shown[l.target.type]); });
    });
    function find() {
      var query = form.elements.find.value.trim().toLowerCase();
      var found = byName[query] || nodes.find(function (n) { return query && n.name.toLowerCase().indexOf(query) === 0; });
      nodes.forEach(function (n) { n.element.classList.toggle("kb-focus", n === found); });
      if (!found) {
        picture.setAttribute("viewBox", box.join(" "));
        if (query) status.textContent = "No entity in the graph is called “" + form.elements.find.value.trim() + "”.";
        return;
      }
      var w = box[2] / 3, h = box[3] / 3;
      picture.setAttribute("viewBox", [found.x - w / 2, found.y - h / 2, w, h].join(" "));
      status.textContent = "Showing " + found.name + ": " + found.articles + " article" + (found.articles === 1 ? "" : "s") + ".";
    }
    form.addEventListener("submit", function (event) { event.preventDefault(); find(); });
    form.elements.find.addEventListener("input", find);
  }

  document.querySelectorAll("ul.kb-related[data-type]").forEach(neighbourhood);
  var container = document.getElementById("kb-graph");
  if (container) whole(container);
})();
