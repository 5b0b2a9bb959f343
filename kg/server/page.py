"""The offline query page at ``/`` and the saved queries it offers.

The page is one HTML document with inline CSS and JavaScript; it loads nothing from anywhere (its
Content-Security-Policy allows only its own inline script and style, by hash, and requests to this server).
Text from results and from saved queries is inserted with ``textContent``, never as HTML.

Saved queries are the ``*.rq`` files of a folder, read at start-up. Each may begin with comment lines::

    # title: Who met whom
    # description: CONSULT events with their actors
    # param: country — Wikidata IRI of a country to focus on
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.server.guard import tokens
from kg.vocab import PREFIXES

log = logging.getLogger("kg.server")


@dataclass
class SavedQuery:
    name: str
    title: str
    description: str
    params: list[dict[str, str]] = field(default_factory=list)
    query: str = ""


_META = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$", re.IGNORECASE)
_PARAM_SPLIT = re.compile(r"\s+(?:—|–|--|-)\s+|\s*:\s+")


def with_prefixes(query: str) -> str:
    """The query with PREFIX lines added for the kg prefixes it uses without declaring them."""
    toks = tokens(query)
    declared, used = set(), []
    for i, tok in enumerate(toks):
        if tok.kind == "word" and tok.text.upper() == "PREFIX" and i + 1 < len(toks) and toks[i + 1].kind == "pname":
            declared.add(toks[i + 1].text.split(":", 1)[0])
        elif tok.kind == "pname":
            prefix = tok.text.split(":", 1)[0]
            if prefix in PREFIXES and prefix not in used:
                used.append(prefix)
    missing = [p for p in used if p not in declared]
    if not missing:
        return query
    lines = query.splitlines(keepends=True)
    header = 0  # keep the leading comment lines (title, description, params) on top
    while header < len(lines) and lines[header].lstrip().startswith("#"):
        header += 1
    declarations = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing)
    return "".join(lines[:header]) + declarations + "".join(lines[header:])


def parse_saved_query(path: Path, text: str) -> SavedQuery:
    title, description, params = "", [], []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _META.match(stripped)
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2).strip()
        if key == "title":
            title = value
        elif key == "description":
            description.append(value)
        else:
            parts = _PARAM_SPLIT.split(value, maxsplit=1)
            meaning = parts[1] if len(parts) > 1 else ""
            params.append({"name": parts[0].strip().lstrip("?$"), "meaning": meaning.strip()})
    return SavedQuery(path.stem, title or path.stem.replace("-", " ").replace("_", " "), " ".join(description),
                      params, with_prefixes(text))


def load_saved_queries(folder: str | Path | None) -> list[SavedQuery]:
    """Every readable ``*.rq`` file of ``folder`` (none if the folder is missing), sorted by file name."""
    if folder is None:
        return []
    folder = Path(folder)
    if not folder.is_dir():
        return []
    saved = []
    for path in sorted(folder.glob("*.rq")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            log.warning("skipping saved query %s: %s", path, err)
            continue
        saved.append(parse_saved_query(path, text))
    return saved


_STYLE = """
:root { color-scheme: light dark; --fg: #1d232a; --bg: #fbfbfa; --muted: #5b6570; --line: #d5d9de;
        --accent: #1f5f99; --err: #a3221b; --panel: #f0f2f4; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e8ea; --bg: #16191c; --muted: #9aa4ad; --line: #394047; --accent: #7ab3e6; --err: #ff8a80;
          --panel: #1f2327; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: .8rem 1.2rem; border-bottom: 1px solid var(--line); display: flex; gap: 1rem;
         align-items: baseline; flex-wrap: wrap; }
header h1 { font-size: 1.15rem; margin: 0; }
header code { color: var(--muted); }
main { display: grid; grid-template-columns: minmax(14rem, 20rem) 1fr; gap: 1.2rem; padding: 1rem 1.2rem; }
@media (max-width: 50rem) { main { grid-template-columns: 1fr; } }
nav h2, section h2 { font-size: .95rem; margin: 0 0 .5rem; color: var(--muted); font-weight: 600; }
nav ul { list-style: none; padding: 0; margin: 0; }
nav li { margin: 0 0 .6rem; }
nav button { all: unset; cursor: pointer; color: var(--accent); font-weight: 600; }
nav button:focus-visible { outline: 2px solid var(--accent); }
nav p { margin: .1rem 0 0; color: var(--muted); font-size: .86rem; }
nav .params { font-size: .82rem; color: var(--muted); margin: .15rem 0 0 .8rem; }
textarea { width: 100%; min-height: 14rem; font: 13px/1.4 ui-monospace, monospace; padding: .6rem;
           border: 1px solid var(--line); border-radius: 4px; background: var(--panel); color: var(--fg); }
.bar { display: flex; gap: .8rem; align-items: center; margin: .5rem 0 1rem; }
.bar button { padding: .35rem 1rem; border: 1px solid var(--accent); background: var(--accent); color: var(--bg);
              border-radius: 4px; font-weight: 600; cursor: pointer; }
#status { color: var(--muted); }
#error { color: var(--err); white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: 13px; }
.table-wrap { overflow: auto; max-height: 70vh; border: 1px solid var(--line); border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: .3rem .55rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { position: sticky; top: 0; background: var(--panel); }
td.uri { color: var(--accent); }
td.literal { }
td .dt { color: var(--muted); font-size: 11px; }
pre#text { background: var(--panel); padding: .6rem; overflow: auto; max-height: 70vh; border-radius: 4px; }
.empty { color: var(--muted); }
"""

_SCRIPT = """
'use strict';
const saved = JSON.parse(document.getElementById('saved-data').textContent);
const prefixes = JSON.parse(document.getElementById('prefix-data').textContent);
const editor = document.getElementById('query');
const statusLine = document.getElementById('status');
const errorBox = document.getElementById('error');
const results = document.getElementById('results');

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}
function shorten(iri) {
  for (const [p, ns] of prefixes) { if (iri.startsWith(ns) && iri.length > ns.length) return p + ':' + iri.slice(ns.length); }
  return '<' + iri + '>';
}
function termText(t) {
  if (!t) return '';
  if (t.type === 'uri') return shorten(t.value);
  if (t.type === 'bnode') return '_:' + t.value;
  if (t.type === 'triple') return '<< ' + termText(t.value.subject) + ' ' + termText(t.value.predicate) + ' ' + termText(t.value.object) + ' >>';
  return t.value;
}
function termSuffix(t) {
  if (!t || t.type !== 'literal') return '';
  if (t['xml:lang']) return '@' + t['xml:lang'];
  if (t.datatype) return '^^' + shorten(t.datatype);
  return '';
}

const list = document.getElementById('saved');
if (saved.length === 0) {
  list.appendChild(el('li', 'No saved queries (put .rq files in the queries folder).', 'empty'));
}
for (const q of saved) {
  const item = el('li');
  const button = el('button', q.title);
  button.type = 'button';
  button.addEventListener('click', () => { editor.value = q.query; run(); });
  item.appendChild(button);
  if (q.description) item.appendChild(el('p', q.description));
  if (q.params.length) {
    const params = el('div', null, 'params');
    for (const p of q.params) params.appendChild(el('div', '?' + p.name + (p.meaning ? ' \u2014 ' + p.meaning : '')));
    item.appendChild(params);
  }
  list.appendChild(item);
}

function showTable(data) {
  const vars = data.head.vars;
  const rows = data.results.bindings;
  const wrap = el('div', null, 'table-wrap');
  const table = el('table');
  const head = el('tr');
  for (const v of vars) head.appendChild(el('th', '?' + v));
  const thead = el('thead'); thead.appendChild(head); table.appendChild(thead);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    for (const v of vars) {
      const t = row[v];
      const td = el('td', termText(t), t ? t.type : '');
      const suffix = termSuffix(t);
      if (suffix) td.appendChild(el('span', ' ' + suffix, 'dt'));
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  table.appendChild(body);
  wrap.appendChild(table);
  results.appendChild(wrap);
  return rows.length + (rows.length === 1 ? ' row' : ' rows');
}

async function run() {
  clear(results); errorBox.textContent = '';
  statusLine.textContent = 'running\u2026';
  const started = performance.now();
  let response, text;
  try {
    response = await fetch('sparql', {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded',
                'Accept': 'application/sparql-results+json, text/turtle;q=0.9'},
      body: new URLSearchParams({query: editor.value}),
    });
    text = await response.text();
  } catch (err) {
    statusLine.textContent = '';
    errorBox.textContent = 'The server could not be reached: ' + err;
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2) + ' s';
  if (!response.ok) {
    statusLine.textContent = 'failed after ' + seconds;
    errorBox.textContent = response.status + ' ' + response.statusText + '\\n' + text;
    return;
  }
  const type = response.headers.get('Content-Type') || '';
  let summary;
  if (type.startsWith('application/sparql-results+json')) {
    const data = JSON.parse(text);
    if ('boolean' in data) {
      results.appendChild(el('p', data.boolean ? 'true' : 'false'));
      summary = 'answer';
    } else {
      summary = showTable(data);
    }
  } else {
    const pre = el('pre', text); pre.id = 'text';
    results.appendChild(pre);
    summary = text.split('\\n').filter(Boolean).length + ' lines of ' + type.split(';')[0];
  }
  statusLine.textContent = summary + ' in ' + seconds;
}

document.getElementById('form').addEventListener('submit', (event) => { event.preventDefault(); run(); });

// Links to the page can carry a query (?query=...) or the name of a saved query (?saved=...) to run at once.
const wanted = new URLSearchParams(location.search);
const wantedSaved = saved.find((q) => q.name === wanted.get('saved'));
if (wanted.has('query')) { editor.value = wanted.get('query'); run(); }
else if (wantedSaved) { editor.value = wantedSaved.query; run(); }
editor.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
});
"""

DEFAULT_QUERY = """SELECT ?event ?type ?date ?label WHERE {
  ?event a kg:Event ;
         kg:eventType ?type ;
         rdfs:label ?label .
  OPTIONAL { ?event kg:date ?date }
}
ORDER BY ?date
LIMIT 50
"""


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


CONTENT_SECURITY_POLICY = (
    "default-src 'none'; "
    f"script-src {_csp_hash(_SCRIPT)}; style-src {_csp_hash(_STYLE)}; "
    "connect-src 'self'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def _json_data(value) -> str:
    """JSON that is safe inside a <script type="application/json"> element."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render_page(saved: list[SavedQuery]) -> str:
    prefixes = [[p, str(ns)] for p, ns in PREFIXES.items()]
    initial = with_prefixes(DEFAULT_QUERY)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg — SPARQL</title>
<style>{_STYLE}</style>
</head>
<body>
<header><h1>kg knowledge graph</h1><span>SPARQL 1.1 endpoint: <code>/sparql</code></span></header>
<main>
<nav aria-labelledby="saved-title">
<h2 id="saved-title">Saved queries</h2>
<ul id="saved"></ul>
</nav>
<section aria-labelledby="query-title">
<h2 id="query-title">Query</h2>
<form id="form">
<textarea id="query" name="query" spellcheck="false" aria-label="SPARQL query">{_escape(initial)}</textarea>
<div class="bar"><button type="submit">Run</button><span id="status">Ctrl+Enter runs the query</span></div>
</form>
<div id="error" role="alert"></div>
<div id="results"></div>
</section>
</main>
<script type="application/json" id="saved-data">{_json_data([asdict(q) for q in saved])}</script>
<script type="application/json" id="prefix-data">{_json_data(prefixes)}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""
