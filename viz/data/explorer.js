/* actorgraph explorer: draws the embedded graph with vis-network and wires up the controls.
 * Article text and actor names reach the page only through textContent and text nodes, never
 * innerHTML, so markup inside them shows as text and runs nothing. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ag-data").textContent);
  var MAX_TIP = 5, MAX_LIST = 150;
  var state = { types: new Set(), focus: null, selected: null, isolated: false, from: null,
    to: null, linked: new Set() };
  var LABEL_PX = 12, HIDDEN_BELOW_PX = 8;  // on-screen label sizes: the top actors, the least
  data.types.forEach(function (t) { if (t.enabled) { state.types.add(t.name); } });
  var byId = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var typeColour = new Map(data.types.map(function (t) { return [t.name, t.color]; }));
  var api = { drawn: false, timings: { scriptStart: performance.now() }, state: state };
  window.actorgraph = api;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function $(id) { return document.getElementById(id); }
  function label(id) { var n = byId.get(id); return n ? n.label : id; }
  function join(parts) { return parts.filter(function (p) { return p; }).join(" · "); }
  function conf(value) { return typeof value === "number" ? value.toFixed(2) : null; }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function evidenceLine(ev) {
    return join([ev.outlet, ev.title || ev.doc, ev.date || "undated",
      conf(ev.confidence) && "confidence " + conf(ev.confidence), ev.mode !== "asserted" ? ev.mode : null]);
  }
  function nodeTip(n) {
    var box = el("div");
    box.appendChild(el("div", "ag-tip-head", n.label));
    box.appendChild(el("div", null, join([n.kind, n.country, n.sector])));
    box.appendChild(el("div", null, plural(n.involvement, "relation") + ", " +
      plural(n.mentions, "mention")));
    return box;
  }
  function edgeTip(e) {
    var box = el("div");
    box.appendChild(el("div", "ag-tip-head", label(e.from) + " \u2192 " + e.type + " \u2192 " +
      label(e.to)));
    box.appendChild(el("div", null, join([plural(e.count, "sentence"),
      conf(e.confidence) && "confidence up to " + conf(e.confidence)])));
    e.evidence.slice(0, MAX_TIP).forEach(function (ev) {
      var item = el("div", "ag-tip-item", "\u201c" + ev.sentence + "\u201d");
      item.appendChild(el("div", "ag-muted", evidenceLine(ev)));
      box.appendChild(item);
    });
    if (e.count > MAX_TIP) {
      box.appendChild(el("div", "ag-muted", "and " + (e.count - MAX_TIP) + " more: click the edge"));
    }
    return box;
  }
  data.nodes.forEach(function (n) { n.title = nodeTip(n); n.baseLabel = n.label; });
  // Small graphs name each edge's type on the line itself; big ones rely on colour and legend.
  var labelled = data.edges.length <= 250;
  data.edges.forEach(function (e) {
    e.title = edgeTip(e);
    if (labelled) {
      e.label = e.type.toLowerCase() + (e.count > 1 ? " \u00d7" + e.count : "");
      e.font = { size: 12, color: e.color, strokeWidth: 3, strokeColor: "#ffffff", align: "top" };
    }
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  function inTime(e) {
    return state.from === null || e.evidence.some(function (ev) {
      return ev.date !== null && ev.date >= state.from && ev.date <= state.to; });
  }
  function edgeShown(e) {
    return state.types.has(e.type) && inTime(e) && (!state.focus ||
      (state.focus.has(e.from) && state.focus.has(e.to)));
  }
  function nodeShown(n) {
    return (!state.focus || state.focus.has(n.id)) && (state.isolated || state.linked.has(n.id));
  }
  function relink() {  // actors with a shown relation; the others wait behind a toggle
    state.linked = new Set();
    data.edges.forEach(function (e) {
      if (edgeShown(e)) { state.linked.add(e.from); state.linked.add(e.to); } });
  }
  relink();
  var nodeView = new vis.DataView(nodes, { filter: nodeShown });
  var edgeView = new vis.DataView(edges, { filter: edgeShown });
  var big = data.nodes.length > 500 || data.edges.length > 2000;
  var options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 1 },
    nodes: { borderWidth: 1, font: { size: 14, face: "system-ui, sans-serif", color: "#1f2430",
      strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { drawThreshold: HIDDEN_BELOW_PX, maxVisible: 40 } } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.6 } }, selectionWidth: 2,
      hoverWidth: 1, smooth: false, color: { opacity: 0.85 },
      scaling: { label: { drawThreshold: HIDDEN_BELOW_PX } } },
    physics: { enabled: data.physics, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -5000, springLength: 150, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: 150, fit: true } },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
      keyboard: false }
  };
  var settling = data.physics && data.nodes.length > 0;  // nothing to settle: no event comes
  var network = new vis.Network($("ag-network"), { nodes: nodeView, edges: edgeView }, options);
  Object.assign(api, { network: network, nodes: nodes, edges: edges, nodeView: nodeView,
    edgeView: edgeView });
  network.on("stabilizationIterationsDone", function () {
    settling = false;
    network.setOptions({ physics: { enabled: false } });
    network.redraw();
  });
  network.on("afterDrawing", function () {
    if (!settling && !api.drawn) { api.drawn = true; api.timings.firstDraw = performance.now(); }
  });
  // The first view shows everything linked; if the biggest label would be under 12 px there,
  // zoom in on the middle until it is (the rest of the graph is a drag away).
  function firstView() {
    network.fit();
    var top = 0;
    nodeView.forEach(function (n) { top = Math.max(top, n.font.size); });
    if (top > 0 && top * network.getScale() < LABEL_PX) {
      network.moveTo({ scale: LABEL_PX / top });
    }
  }
  if (!settling) { firstView(); }

  function updateStats() {
    var sentences = 0, alone = 0;
    edgeView.forEach(function (e) { sentences += e.count; });
    data.nodes.forEach(function (n) {
      if ((!state.focus || state.focus.has(n.id)) && !state.linked.has(n.id)) { alone += 1; } });
    $("ag-stats").textContent = plural(nodeView.length, "actor") + ", " + edgeView.length +
      " of " + plural(edges.length, "link") + " shown (" + plural(sentences, "sentence") + ")";
    $("ag-isolated-label").textContent = (state.isolated ? "Showing " : "Show ") +
      plural(alone, "actor") + " without a shown relation";
    if (data.leftOut > 0) {
      var note = $("ag-leftout");
      note.hidden = false;
      note.textContent = "Showing the " + data.shown + " most involved of " + data.actors +
        " actors: " + data.leftOut + " left out. Re-render with a larger --max-nodes, or open " +
        "graph.graphml in Gephi for the whole graph.";
    }
  }
  function refresh() { relink(); nodeView.refresh(); edgeView.refresh(); updateStats(); }

  function buildTypes() {
    var list = $("ag-types");
    data.types.forEach(function (t) {
      var item = el("li"), lab = el("label"), box = el("input"), swatch = el("span", "ag-swatch");
      box.type = "checkbox"; box.checked = state.types.has(t.name); box.dataset.type = t.name;
      box.addEventListener("change", function () {
        if (box.checked) { state.types.add(t.name); } else { state.types.delete(t.name); }
        refresh();
      });
      swatch.style.background = t.color;
      lab.append(box, swatch, el("span", null, t.name), el("span", "ag-count", t.edges));
      item.appendChild(lab);
      list.appendChild(item);
    });
  }
  function setTypes(names) {
    state.types = new Set(names);
    document.querySelectorAll("#ag-types input").forEach(function (box) {
      box.checked = state.types.has(box.dataset.type); });
    refresh();
  }
  function buildKinds() {
    data.kinds.forEach(function (k) {
      var item = el("li"), symbol = el("span", "ag-symbol", k.symbol);
      symbol.style.color = k.color;
      item.append(symbol, el("span", null, k.name.charAt(0) + k.name.slice(1).toLowerCase()),
        el("span", "ag-count", k.count));
      $("ag-kinds").appendChild(item);
    });
  }

  function details(children) {
    var box = $("ag-details");
    box.replaceChildren.apply(box, children);
    $("ag-details-box").hidden = false;
    $("ag-details-box").scrollTop = 0;
  }
  function facts(pairs) {
    var list = el("dl");
    pairs.forEach(function (p) {
      if (p[1] !== null && p[1] !== undefined && p[1] !== "") {
        list.append(el("dt", null, p[0]), el("dd", null, p[1]));
      }
    });
    return list;
  }
  function relButton(e, outgoing) {
    var other = outgoing ? e.to : e.from, button = el("button", "ag-rel");
    var type = el("span", "ag-type", e.type);
    type.style.color = typeColour.get(e.type) || "#666";
    button.type = "button";
    button.append(outgoing ? "\u2192 " : "\u2190 ", type, " " + label(other) + " (" + e.count + ")");
    button.addEventListener("click", function () { showEdge(e.id); });
    return button;
  }
  function showNode(id) {
    var n = byId.get(id), rels = edges.get({ filter: function (e) {
      return e.from === id || e.to === id; } });
    state.selected = id;
    $("ag-focus").disabled = false;
    var parts = [el("h2", null, n.label), facts([["Kind", n.kind], ["Country", n.country],
      ["Sector", n.sector], ["Relations", n.involvement], ["Mentions", n.mentions],
      ["Wikidata", n.wikidata], ["Also called", n.aliases.join(", ")]])];
    rels.sort(function (a, b) { return b.count - a.count; });
    rels.slice(0, MAX_LIST).forEach(function (e) { parts.push(relButton(e, e.from === id)); });
    if (rels.length > MAX_LIST) { parts.push(el("p", "ag-muted", "and " + (rels.length - MAX_LIST) + " more")); }
    details(parts);
  }
  function showEdge(id) {
    var e = edges.get(id), head = el("h2");
    var type = el("span", "ag-type", e.type);
    type.style.color = typeColour.get(e.type) || "#666";
    head.append(label(e.from) + " \u2192 ", type, " \u2192 " + label(e.to));
    var parts = [head, facts([["Sentences", e.count], ["Confidence", conf(e.confidence)]])];
    e.evidence.forEach(function (ev) {
      var box = el("div", "ag-evidence");
      box.append(el("q", null, ev.sentence), el("p", "ag-muted", join([evidenceLine(ev),
        ev.trigger && "trigger \u201c" + ev.trigger + "\u201d"])));
      if (ev.url && /^https?:\/\//i.test(ev.url)) {
        var link = el("a", null, ev.url);
        link.href = ev.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        box.appendChild(link);
      }
      parts.push(box);
    });
    details(parts);
  }

  function neighbourhood(id, depth) {
    var seen = new Set([id]), frontier = [id];
    for (var step = 0; step < depth; step++) {
      var next = [];
      edges.forEach(function (e) {
        if (!state.types.has(e.type)) { return; }
        frontier.forEach(function (f) {
          var other = e.from === f ? e.to : e.to === f ? e.from : null;
          if (other !== null && !seen.has(other)) { seen.add(other); next.push(other); }
        });
      });
      frontier = next;
    }
    return seen;
  }
  function focusOn(id) {
    var depth = Number($("ag-depth").value);
    state.focus = neighbourhood(id, depth);
    refresh();
    $("ag-focus-note").textContent = "Only " + label(id) + " and " +
      plural(state.focus.size - 1, "actor") + " within " + plural(depth, "step") + ".";
    network.selectNodes([id]);
    network.fit({ nodes: Array.from(state.focus), animation: { duration: 400 } });
  }
  function showAll() {
    state.focus = null;
    $("ag-focus-note").textContent = "";
    refresh();
    network.fit({ animation: { duration: 400 } });
  }

  function score(n, q) {
    var name = n.label.toLowerCase(), aliases = n.aliases.map(function (a) { return a.toLowerCase(); });
    if (name === q) { return 0; }
    if (aliases.indexOf(q) >= 0) { return 1; }
    if (name.indexOf(q) === 0) { return 2; }
    if ((" " + name).indexOf(" " + q) >= 0) { return 3; }
    if (name.indexOf(q) >= 0) { return 4; }
    return aliases.some(function (a) { return a.indexOf(q) >= 0; }) ? 5 : null;
  }
  function before(a, b) {
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return a[i] < b[i]; } }
    return false;
  }
  function find(query) {
    var q = query.trim().toLowerCase(), best = null, bestKey = null;
    if (!q) { return null; }
    data.nodes.forEach(function (n) {
      var s = score(n, q), key = [s, -n.involvement, n.label];
      if (s !== null && (best === null || before(key, bestKey))) { best = n; bestKey = key; }
    });
    return best;
  }
  function inEvidence(query) {
    var q = query.trim().toLowerCase(), found = [];
    data.edges.forEach(function (e) {
      if (e.evidence.some(function (ev) { return ev.sentence.toLowerCase().indexOf(q) >= 0; })) {
        found.push(e);
      }
    });
    return found;
  }
  function notAnActor(query, result) {
    var found = inEvidence(query), name = "\u201c" + query.trim() + "\u201d";
    if (!found.length) { result.textContent = "No actor matches " + name + "."; return; }
    var first = found[0], show = el("button", "ag-link", "show the first");
    result.replaceChildren(name + " is not an actor in the graph, but occurs only in evidence: " +
      "the sentences of " + plural(found.length, "relation") + ", e.g. " + label(first.from) +
      " \u2192 " + first.type + " \u2192 " + label(first.to) + ". ", show);
    show.type = "button";
    show.addEventListener("click", function () { showEdge(first.id); });
  }
  function search(query) {
    var n = find(query), result = $("ag-search-result");
    if (!query.trim()) { result.textContent = ""; return null; }
    if (!n) { notAnActor(query, result); return null; }
    if (state.focus && !state.focus.has(n.id)) { showAll(); }
    if (!nodeView.get(n.id)) { $("ag-isolated").checked = state.isolated = true; refresh(); }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 500 } });
    result.textContent = "Found " + n.label + " (" + join([n.kind, n.country]) + ").";
    showNode(n.id);
    return n.id;
  }
  api.search = search;
  api.focusOn = focusOn;
  api.showAll = showAll;

  function setCountryLabels(on) {
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, label: on && n.country ? n.baseLabel + " (" + n.country + ")" : n.baseLabel };
    }));
  }

  function wire() {
    var list = $("ag-actor-list");
    data.nodes.slice().sort(function (a, b) { return b.involvement - a.involvement; })
      .forEach(function (n) { var o = el("option"); o.value = n.label; list.appendChild(o); });
    $("ag-search-form").addEventListener("submit", function (ev) {
      ev.preventDefault(); search($("ag-search").value); });
    $("ag-types-core").addEventListener("click", function () { setTypes(data.core); });
    $("ag-types-all").addEventListener("click", function () {
      setTypes(data.types.map(function (t) { return t.name; })); });
    $("ag-types-none").addEventListener("click", function () { setTypes([]); });
    $("ag-focus").addEventListener("click", function () {
      if (state.selected) { focusOn(state.selected); } });
    $("ag-reset").addEventListener("click", showAll);
    $("ag-fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });
    $("ag-country").addEventListener("change", function (ev) { setCountryLabels(ev.target.checked); });
    $("ag-isolated").addEventListener("change", function (ev) {
      state.isolated = ev.target.checked;
      refresh();
      network.fit({ animation: { duration: 300 } });
    });
    $("ag-details-close").addEventListener("click", function () {
      $("ag-details-box").hidden = true; });
    $("ag-physics").addEventListener("change", function (ev) {
      network.setOptions({ physics: { enabled: ev.target.checked, stabilization: { enabled: false } } }); });
    network.on("click", function (p) {
      if (p.nodes.length) { showNode(p.nodes[0]); } else if (p.edges.length) { showEdge(p.edges[0]); }
    });
    network.on("doubleClick", function (p) { if (p.nodes.length) { focusOn(p.nodes[0]); } });
  }

  // -- time filter: a range of article dates over a bar per day -----------------------------
  function dayList() {
    var dates = new Set();
    data.edges.forEach(function (e) {
      e.evidence.forEach(function (ev) { if (ev.date) { dates.add(ev.date.slice(0, 10)); } }); });
    var sorted = Array.from(dates).sort();
    if (sorted.length < 2) { return sorted; }
    var day = new Date(sorted[0] + "T00:00:00Z");
    var last = new Date(sorted[sorted.length - 1] + "T00:00:00Z"), days = [];
    if ((last - day) / 864e5 > 400) { return sorted; }  // years of news: only the dated days
    for (; day <= last; day.setUTCDate(day.getUTCDate() + 1)) {
      days.push(day.toISOString().slice(0, 10));
    }
    return days;
  }
  function dayCounts() {
    var counts = new Map();
    data.edges.forEach(function (e) {
      e.evidence.forEach(function (ev) {
        var d = ev.date && ev.date.slice(0, 10);
        if (d) { counts.set(d, (counts.get(d) || 0) + 1); }
      });
    });
    return counts;
  }
  function buildTime() {
    var days = dayList(), counts = dayCounts(), most = 1;
    if (days.length < 2) { return; }
    counts.forEach(function (c) { most = Math.max(most, c); });
    var chart = $("ag-histogram"), from = $("ag-time-from"), to = $("ag-time-to");
    days.forEach(function (d) {
      var bar = el("div", "ag-bar");
      bar.style.height = Math.round(100 * (counts.get(d) || 0) / most) + "%";
      bar.title = d + ": " + plural(counts.get(d) || 0, "relation");
      chart.appendChild(bar);
    });
    from.max = to.max = String(days.length - 1);
    to.value = String(days.length - 1);
    function apply() {
      var a = Math.min(Number(from.value), Number(to.value));
      var b = Math.max(Number(from.value), Number(to.value));
      var all = a === 0 && b === days.length - 1, total = 0;
      state.from = all ? null : days[a];
      state.to = all ? null : days[b];
      chart.querySelectorAll(".ag-bar").forEach(function (bar, i) {
        bar.classList.toggle("ag-out", i < a || i > b); });
      days.slice(a, b + 1).forEach(function (d) { total += counts.get(d) || 0; });
      $("ag-time-label").textContent = days[a] + " \u2013 " + days[b] + " (" +
        plural(total, "relation") + ")";
      refresh();
    }
    from.addEventListener("input", apply);
    to.addEventListener("input", apply);
    $("ag-time-all").addEventListener("click", function () {
      from.value = "0"; to.value = String(days.length - 1); apply(); });
    $("ag-time").hidden = false;
    api.days = days;
    api.setTime = function (a, b) { from.value = String(a); to.value = String(b); apply(); };
    apply();
  }

  buildTypes();
  buildKinds();
  buildTime();
  wire();
  updateStats();
})();
