"""kg.notebook as functions: the %%sparql options, Result → DataFrame conversion, period dates, the timeline,
and the magic registered by ``%load_ext kg`` in a real (in-process) IPython shell. The executed-notebook
tests are in test_notebooks.py."""

from __future__ import annotations

import datetime as dt

import pytest

pd = pytest.importorskip("pandas")

import kg.notebook as kgnb  # noqa: E402
from kg.errors import KgError  # noqa: E402
from kg.graph import open_store  # noqa: E402
from kg.graph.example import example_dataset  # noqa: E402
from kg.graph.results import Result  # noqa: E402


@pytest.fixture
def store():
    s = open_store()
    for g in example_dataset().graphs():
        if len(g):
            s.replace_graph(str(g.identifier), g)
    yield s
    kgnb.close_all()
    s.close()


# -- options ---------------------------------------------------------------------------------------------

def test_parse_args_defaults():
    assert kgnb.parse_args("") == kgnb.Options()


def test_parse_args_everything():
    o = kgnb.parse_args('--store "my store/kg.store" -o df --saved events-between -p a=Q159 '
                        '--param "b=North Korea" --compact')
    assert (o.store, o.output, o.saved, o.compact) == ("my store/kg.store", "df", "events-between", True)
    assert o.params == {"a": "Q159", "b": "North Korea"}


def test_parse_args_keeps_equals_signs_in_values():
    assert kgnb.parse_args("--saved q -p text=a=b").params == {"text": "a=b"}


@pytest.mark.parametrize("line, message", [
    ("--bogus", "unrecognized arguments"),
    ("-o", "expected one argument"),
    ("-o 1df", "Python variable name"),
    ("--saved q -p novalue", "NAME=VALUE"),
    ("-p a=1", "--param goes with --saved"),
    ('--store "unclosed', "cannot read the options"),
])
def test_bad_options_are_one_line_errors(line, message):
    with pytest.raises(KgError, match=message) as err:
        kgnb.parse_args(line)
    assert "\n" not in str(err.value)


# -- DataFrames ------------------------------------------------------------------------------------------

def test_select_columns_are_typed(store):
    df = kgnb.to_dataframe(store.query("""
        SELECT ?event ?label ?date (COUNT(DISTINCT ?a) AS ?articles) (1.5 AS ?x) (true AS ?flag) ?missing
        WHERE { ?event a kg:Event ; rdfs:label ?label ; kg:mention/kg:article ?a . OPTIONAL { ?event kg:date ?date } }
        GROUP BY ?event ?label ?date ?missing ORDER BY ?event"""))
    assert list(df.columns) == ["event", "label", "date", "articles", "x", "flag", "missing"]
    assert str(df["articles"].dtype) == "Int64" and df["articles"].min() >= 1
    assert df["x"].dtype == "float64" and str(df["flag"].dtype) == "boolean"
    assert df["event"].iloc[0].startswith("https://kg.example.org/id/event/")
    assert df["missing"].isna().all()
    assert len(df) == len(store.query("SELECT DISTINCT ?e WHERE { ?e a kg:Event }"))


def test_xsd_dates_become_datetimes_and_mixed_precision_stays_text(store):
    days = kgnb.to_dataframe(store.query('SELECT ?d WHERE { VALUES ?d { "2025-08-15"^^xsd:date "2024-01-02"^^xsd:date } }'))
    assert pd.api.types.is_datetime64_any_dtype(days["d"])
    mixed = kgnb.to_dataframe(store.query('SELECT ?d WHERE { VALUES ?d { "2025-08-15"^^xsd:date "2024"^^xsd:gYear } }'))
    assert sorted(mixed["d"]) == ["2024", "2025-08-15"]


def test_compact_iris_and_other_result_kinds(store):
    df = kgnb.to_dataframe(store.query("SELECT DISTINCT ?t WHERE { ?e kg:eventType ?t } ORDER BY ?t"), compact=True)
    assert all(v.startswith("plover:") for v in df["t"])
    ask = kgnb.to_dataframe(store.query("ASK { ?e a kg:Event }"))
    assert list(ask.columns) == ["ask"] and bool(ask["ask"].iloc[0]) is True
    triples = kgnb.to_dataframe(store.query("CONSTRUCT { ?e a kg:Event } WHERE { ?e a kg:Event }"))
    assert list(triples.columns) == ["subject", "predicate", "object"] and len(triples) > 0
    empty = kgnb.to_dataframe(Result("select", variables=["a", "b"]))
    assert list(empty.columns) == ["a", "b"] and empty.empty


@pytest.mark.parametrize("value, expected", [
    ("2025-08-15", dt.datetime(2025, 8, 15)), ("2025-04", dt.datetime(2025, 4, 1)), ("2024", dt.datetime(2024, 1, 1)),
    (dt.date(2020, 2, 29), dt.datetime(2020, 2, 29)), (None, None), (float("nan"), None), ("soon", None),
    ("2025-13", None),
])
def test_period_start(value, expected):
    assert kgnb.period_start(value) == expected


def test_timeline_draws_one_row_per_category():
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    events = pd.DataFrame({"date": ["2024", "2025-04", "2025-08-15", None], "type": ["AID", "AGREE", "AID", "AID"]})
    ax = kgnb.timeline(events)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["AGREE", "AID"]
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == ["AGREE (1)", "AID (2)"]
    matplotlib.pyplot.close(ax.figure)


# -- running queries -------------------------------------------------------------------------------------

def test_run_uses_the_current_store_and_saved_queries(store):
    kgnb.use(store)
    _, df = kgnb.run("", "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Event }")
    assert df["n"].iloc[0] == 6
    _, df = kgnb.run("--saved events-between -p a=Russia -p b=Q423", "")
    assert len(df) >= 2 and "articles" in df.columns


def test_store_option_opens_a_file_once(tmp_path, store):
    path = tmp_path / "g.trig"
    example_dataset().serialize(path, format="trig")
    _, first = kgnb.run(f"--store {path}", "SELECT DISTINCT ?e WHERE { ?e a kg:Event }")
    assert len(first) == 6
    assert kgnb._open(str(path)) is kgnb._open(str(path))


def test_no_store_is_a_clear_error(monkeypatch):
    kgnb.close_all()
    monkeypatch.delenv("KG_STORE", raising=False)
    with pytest.raises(KgError, match="no store"):
        kgnb.run("", "ASK {}")


def test_kg_store_environment_variable(tmp_path, monkeypatch):
    kgnb.close_all()
    path = tmp_path / "g.trig"
    example_dataset().serialize(path, format="trig")
    monkeypatch.setenv("KG_STORE", str(path))
    assert bool(kgnb.run("", "ASK { ?e a kg:Event }")[1]["ask"].iloc[0])
    kgnb.close_all()


@pytest.mark.parametrize("line, cell, message", [
    ("--saved actor-timeline -p actor=Q423", "SELECT * {}", "not both"),
    ("", "   ", "holds no query"),
    ("--saved nope", "", "unknown saved query"),
    ("", "SELECT ?x WHERE { ?x kg:eventType }", "malformed SPARQL"),
])
def test_mistakes_are_one_line(store, line, cell, message, capsys):
    kgnb.use(store)
    assert kgnb.sparql(line, cell) is None
    err = capsys.readouterr().err
    assert err.startswith("sparql: ") and message in err and err.count("\n") == 1


# -- the extension in a real IPython shell ---------------------------------------------------------------

def test_load_ext_registers_the_magic(store):
    pytest.importorskip("IPython")
    from IPython.testing.globalipapp import start_ipython

    ip = start_ipython()
    ip.run_line_magic("load_ext", "kg")
    try:
        kgnb.use(store)
        ip.run_cell_magic("sparql", "-o frame", "SELECT DISTINCT ?e WHERE { ?e a kg:Event }")
        assert len(ip.user_ns["frame"]) == 6
        ip.run_line_magic("sparql", "--saved actor-timeline --param actor=Q423 -o tl")
        assert "role" in ip.user_ns["tl"].columns
    finally:
        ip.run_line_magic("unload_ext", "kg")
    assert "sparql" not in ip.magics_manager.magics["cell"]
