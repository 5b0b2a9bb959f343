// kg.viz page script: builds the vis-network graph, tooltips, legend, search and filters from the JSON data.
// Text from the data only ever reaches the DOM through textContent, attribute values or the canvas.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var meta = data.meta;
  var SVG = "http://www.w3.org/2000/svg";  // a namespace name, not a URL that is fetched

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function row(box, key, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    var r = el("div", "kg-tip-row");
    r.appendChild(el("span", "kg-tip-key", key));
    r.appendChild(document.createTextNode(Array.isArray(value) ? value.join("; ") : String(value)));
    box.appendChild(r);
  }
  function eventRows(box, d) {
    row(box, "type", d.type ? d.type + (d.cameo ? " (CAMEO " + d.cameo + ")" : "") : null);
    row(box, "class", d.quad);
    row(box, "date", d.date || "undated");
    row(box, "status", d.status);
    row(box, "place", d.place);
    row(box, "sources", d.sources);
    row(box, "articles", d.articles);
    row(box, "mentions", d.mentions);
    if (d.evidence) box.appendChild(el("div", "kg-tip-evidence", d.evidence));
  }
  function nodeTitle(n) {
    var d = n.kg, box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-title", d.label || d.iri));
    if (d.kind === "event") {
      eventRows(box, d);
    } else {
      row(box, "class", d.cls || d.kind);
      row(box, "Wikidata", d.wikidata);
    }
    row(box, "degree", d.degree);
    row(box, "IRI", d.iri);
    return box;
  }
  function edgeTitle(e) {
    var d = meta.view === "events" ? Object.assign({}, eventOf[e.id], {role: e.kg.role}) : e.kg;
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-title", d.label || d.type || "event"));
    if (d.role) row(box, "role", d.role);
    eventRows(box, d);
    return box;
  }

  // -- data sets and filters -------------------------------------------------------------------------------
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var eventOf = {};  // edge id -> the event data that decides whether it passes the filters
  data.edges.forEach(function (e) {
    eventOf[e.id] = meta.view === "events" ? nodes.get(e.kg.event_node).kg : e.kg;
  });
  var state = {types: null, from: "", to: "", undated: true};
  var visibleNodes = null;  // null: every node

  function span(date) {  // an ISO date, year-month or year as the first and last day it covers
    var p = String(date).split("-");
    var first = [p[0], p[1] || "01", p[2] || "01"].join("-");
    var last = [p[0], p[1] || "12", p[2] || "31"].join("-");
    return [first, last];
  }
  function passes(d) {
    if (state.types && !state.types[d.type || ""]) return false;
    if (!d.date) return state.undated;
    if (state.from || state.to) {
      var s = span(d.date);
      if (state.from && s[1] < state.from) return false;
      if (state.to && s[0] > state.to) return false;
    }
    return true;
  }
  function active() { return !!(state.types || state.from || state.to || !state.undated); }
  var nodeView = new vis.DataView(nodes, {filter: function (n) {
    if (n.kg.kind === "event") return passes(n.kg);
    return visibleNodes === null || visibleNodes[n.id] === true;
  }});
  var edgeView = new vis.DataView(edges, {filter: function (e) {
    return passes(eventOf[e.id]) && (visibleNodes === null || (visibleNodes[e.from] && visibleNodes[e.to]));
  }});
  function applyFilters() {
    if (!active()) {
      visibleNodes = null;
    } else {
      visibleNodes = {};
      data.edges.forEach(function (e) {
        if (passes(eventOf[e.id])) { visibleNodes[e.from] = true; visibleNodes[e.to] = true; }
      });
      data.nodes.forEach(function (n) { if (n.kg.kind === "event" && !passes(n.kg)) delete visibleNodes[n.id]; });
    }
    nodeView.refresh();
    edgeView.refresh();
    summary();
  }
  function summary() {
    var text = nodeView.length + " nodes, " + edgeView.length + " edges";
    if (nodeView.length !== nodes.length || edgeView.length !== edges.length) {
      text += " shown (of " + nodes.length + " and " + edges.length + ")";
    }
    document.getElementById("kg-summary").textContent = text;
  }

  // -- the network ------------------------------------------------------------------------------------------
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, data.options);
  var api = {network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, meta: meta,
             ready: false, readyAt: null, applyFilters: applyFilters};
  window.kgNetwork = api;
  if (!nodes.length) container.appendChild(el("div", "kg-empty", "The graph is empty."));

  // Tooltips are DOM elements built on first hover (text only), so a big graph does not build them all.
  network.on("hoverNode", function (p) {
    var n = nodes.get(p.node);
    if (n && !n.title) nodes.update({id: n.id, title: nodeTitle(n)});
  });
  network.on("hoverEdge", function (p) {
    var e = edges.get(p.edge);
    if (e && !e.title) edges.update({id: e.id, title: edgeTitle(e)});
  });
  api.tooltip = function (id) {  // the tooltip element of a node or edge id, for scripts and tests
    var n = nodes.get(id);
    if (n) return nodeTitle(n);
    var e = edges.get(id);
    return e ? edgeTitle(e) : null;
  };

  function markReady() {
    network.once("afterDrawing", function () {
      api.ready = true;
      api.readyAt = performance.now();
    });
    network.redraw();
  }
  if (meta.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      markReady();
    });
  } else {
    network.fit({animation: false, maxZoomLevel: 1.6});
    network.moveTo({scale: network.getScale() * 0.92});  // room for the labels at the border
    markReady();
  }

  // -- search -----------------------------------------------------------------------------------------------
  var list = document.getElementById("kg-labels");
  var seen = {};
  data.nodes.forEach(function (n) {
    var label = n.kg.label || "";
    if (n.kg.kind !== "event" && label && !seen[label]) {
      seen[label] = true;
      var o = document.createElement("option");
      o.value = label;
      list.appendChild(o);
    }
  });
  var lastQuery = null, lastIndex = -1;
  function search(query) {
    var q = String(query || "").trim().toLocaleLowerCase();
    var status = document.getElementById("kg-search-status");
    if (!q) { status.textContent = ""; return []; }
    var exact = [], partial = [];
    data.nodes.forEach(function (n) {
      var label = String(n.kg.label || "").toLocaleLowerCase();
      var hay = label + " " + String(n.kg.wikidata || "").toLocaleLowerCase();
      if (label === q || String(n.kg.wikidata || "").toLocaleLowerCase() === q) exact.push(n.id);
      else if (hay.indexOf(q) >= 0) partial.push(n.id);
    });
    var found = exact.concat(partial);
    if (!found.length) { status.textContent = "not found"; return found; }
    lastIndex = q === lastQuery ? (lastIndex + 1) % found.length : 0;
    lastQuery = q;
    var id = found[lastIndex];
    if (!nodeView.get(id)) {
      status.textContent = "hidden by the filters";
      return found;
    }
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: {duration: 300}});
    status.textContent = (lastIndex + 1) + " of " + found.length;
    return found;
  }
  api.search = search;
  document.getElementById("kg-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("kg-search-input").value);
  });

  // -- filter controls --------------------------------------------------------------------------------------
  var counts = {};
  (meta.view === "events" ? data.nodes.filter(function (n) { return n.kg.kind === "event"; }).map(function (n) { return n.kg; })
                          : data.edges.map(function (e) { return e.kg; })).forEach(function (d) {
    counts[d.type || ""] = (counts[d.type || ""] || 0) + 1;
  });
  var typeBox = document.getElementById("kg-types");
  var boxes = [];
  meta.types.forEach(function (t) {
    var label = el("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = t;
    box.addEventListener("change", readTypes);
    boxes.push(box);
    label.appendChild(box);
    label.appendChild(el("span", null, t));
    label.appendChild(el("span", "kg-count", counts[t] || 0));
    typeBox.appendChild(label);
  });
  if (!meta.types.length) typeBox.appendChild(el("div", null, "none"));
  function readTypes() {
    var all = boxes.every(function (b) { return b.checked; });
    if (all) { state.types = null; } else {
      state.types = {};
      boxes.forEach(function (b) { if (b.checked) state.types[b.value] = true; });
    }
    applyFilters();
  }
  function setAll(value) { boxes.forEach(function (b) { b.checked = value; }); readTypes(); }
  document.getElementById("kg-types-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("kg-types-none").addEventListener("click", function () { setAll(false); });
  var from = document.getElementById("kg-from"), to = document.getElementById("kg-to");
  var undated = document.getElementById("kg-undated");
  function readDates() {
    state.from = from.value || "";
    state.to = to.value || "";
    state.undated = undated.checked;
    applyFilters();
  }
  [from, to, undated].forEach(function (input) { input.addEventListener("change", readDates); });
  document.getElementById("kg-reset").addEventListener("click", function () {
    from.value = ""; to.value = ""; undated.checked = true;
    boxes.forEach(function (b) { b.checked = true; });
    state = {types: null, from: "", to: "", undated: true};
    applyFilters();
  });
  api.setFilters = function (types, dateFrom, dateTo, withUndated) {  // for scripts and tests
    boxes.forEach(function (b) { b.checked = !types || types.indexOf(b.value) >= 0; });
    from.value = dateFrom || ""; to.value = dateTo || "";
    undated.checked = withUndated !== false;
    state.from = from.value; state.to = to.value; state.undated = undated.checked;
    readTypes();
  };

  // -- legend -----------------------------------------------------------------------------------------------
  function svg(w, h) {
    var s = document.createElementNS(SVG, "svg");
    s.setAttribute("width", w); s.setAttribute("height", h); s.setAttribute("viewBox", "0 0 " + w + " " + h);
    return s;
  }
  function shape(name, fill, stroke) {
    var s = svg(16, 16), p;
    var poly = {
      triangle: "8,1.5 15,14.5 1,14.5", triangleDown: "1,1.5 15,1.5 8,14.5", diamond: "8,1 15,8 8,15 1,8",
      square: "2,2 14,2 14,14 2,14", hexagon: "8,1 14.5,4.5 14.5,11.5 8,15 1.5,11.5 1.5,4.5",
      star: "8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"
    }[name];
    if (poly) { p = document.createElementNS(SVG, "polygon"); p.setAttribute("points", poly); }
    else { p = document.createElementNS(SVG, "circle"); p.setAttribute("cx", 8); p.setAttribute("cy", 8); p.setAttribute("r", 6.5); }
    p.setAttribute("fill", fill); p.setAttribute("stroke", stroke); p.setAttribute("stroke-width", 1.2);
    s.appendChild(p);
    return s;
  }
  function line(colour, dashes) {
    var s = svg(34, 10), l = document.createElementNS(SVG, "line");
    l.setAttribute("x1", 1); l.setAttribute("y1", 5); l.setAttribute("x2", 33); l.setAttribute("y2", 5);
    l.setAttribute("stroke", colour); l.setAttribute("stroke-width", 2.2);
    if (dashes) l.setAttribute("stroke-dasharray", dashes.join(" "));
    s.appendChild(l);
    return s;
  }
  var legend = document.getElementById("kg-legend");
  function legendRow(icon, text) {
    var r = el("div", "kg-legend-row");
    r.appendChild(icon);
    r.appendChild(el("span", null, text));
    legend.appendChild(r);
  }
  var kinds = {}, quads = {}, statuses = {};
  data.nodes.forEach(function (n) { kinds[n.kg.kind] = true; if (n.kg.kind === "event") { quads[n.kg.quad] = true; statuses[n.kg.status] = true; } });
  data.edges.forEach(function (e) { quads[e.kg.quad] = true; statuses[e.kg.status] = true; });
  data.legend.nodes.forEach(function (k) {
    if (kinds[k.kind]) legendRow(shape(k.shape, k.colour, k.border), k.kind === "event" ? "event (filled by its class)" : k.kind);
  });
  data.legend.quads.forEach(function (q) { if (quads[q.quad]) legendRow(line(q.colour, null), q.quad); });
  data.legend.statuses.forEach(function (s) { if (statuses[s.status]) legendRow(line("#555555", s.dashes), s.status); });
  if (meta.view === "actors") legendRow(svg(1, 1), "size: number of events");

  summary();
})();
