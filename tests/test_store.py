"""The persistent store: embedded and remote builds, idempotent rebuilds, replacement of changed articles,
kills in the middle of a build, merging across articles, and the errors users see."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

from kg.errors import KgError
from kg.graph.store import EmbeddedStore, RemoteStore, as_store, open_store
from kg.rdf import article_iri
from tests.conftest import ARTICLES, ROOT, SEED, readme_blocks, run_kg

ARTICLE_A = " date 2025-03-01 Līgums\nMaskava pagājušajā gadā parakstīja līgumu ar Phenjanu, ziņo KCNA.\n" \
            "Putins ceturtdien apmeklēja Phenjanu.\n"
ARTICLE_B = " date 2025-07-10 Līgums otrreiz\nMaskava pagājušajā gadā parakstīja līgumu ar Phenjanu, vēsta " \
            "\"The Guardian\".\nPutins otrdien tikās ar Kimu Phenjanā, ziņo KCNA.\n"


def snapshot(store) -> dict[str, set[str]]:
    """Named graph → its triples, for comparing stores graph by graph."""
    return {g: store.graph_lines(g) for g in store.graphs()}


def disk_snapshot(path: Path) -> dict[str, set[str]]:
    with EmbeddedStore(path, create=False) as store:
        return snapshot(store)


def bundled_graphs() -> set[str]:
    return {str(article_iri(p.name)) for p in ARTICLES.rglob("*.txt")}


def test_bundled_articles_build_into_embedded_store_and_oxigraph_server_alike(embedded, remote):
    assert set(embedded.graphs()) == set(remote.graphs()) == bundled_graphs()
    assert len(embedded) == len(remote) > 300
    assert embedded.nquads() == remote.nquads()


def test_building_the_same_directory_twice_changes_nothing(tmp_path, oxigraph_server):
    store = tmp_path / "kg.store"
    run_kg("build", ARTICLES, "--store", store, check=True)
    first = disk_snapshot(store)
    again = run_kg("build", ARTICLES, "--store", store, check=True)
    assert f"{len(first)} unchanged" in again.stdout and "0 added, 0 replaced" in again.stdout
    assert disk_snapshot(store) == first
    with EmbeddedStore(store, create=False) as s:
        count = len(s)
    assert count == sum(len(lines) for lines in first.values())
    remote = RemoteStore(oxigraph_server.url)
    before = len(remote)
    run_kg("build", ARTICLES, "--store", oxigraph_server.url, check=True)
    assert len(remote) == before == count


@pytest.mark.parametrize("kind", ["embedded", "remote"])
def test_editing_one_article_replaces_only_its_named_graph(tmp_path, kind, request):
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    (folder / "2025-03-01-a.lv.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "2025-07-10-b.lv.txt").write_text(ARTICLE_B, encoding="utf-8")
    location = str(tmp_path / "kg.store") if kind == "embedded" else request.getfixturevalue("fresh_server").url
    run_kg("build", folder, "--store", location, check=True)
    with open_store(location) as store:
        before = snapshot(store)
    # Edit article B: drop the meeting sentence, add a different one.
    (folder / "2025-07-10-b.lv.txt").write_text(ARTICLE_B.replace("Putins otrdien tikās ar Kimu Phenjanā, ziņo KCNA.",
                                                                  "Kims ceturtdien apmeklēja Maskavu."),
                                                encoding="utf-8")
    proc = run_kg("build", folder, "--store", location, "-v", check=True)
    assert "replaced  2025-07-10-b.lv.txt" in proc.stdout and "1 replaced" in proc.stdout
    with open_store(location) as store:
        after = snapshot(store)
    edited = str(article_iri("2025-07-10-b.lv.txt"))
    assert set(after) == set(before)
    assert {g for g in after if after[g] != before[g]} == {edited}
    # No stale triples: the edited graph is exactly what a clean build of the edited file gives.
    clean = tmp_path / "clean.store"
    run_kg("build", folder / "2025-07-10-b.lv.txt", "--store", clean, check=True)
    assert after[edited] == disk_snapshot(clean)[edited]
    assert not any("tikās" in line for line in after[edited])


def _copies(folder: Path, count: int, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"2025-08-15-copy-{i:03d}.lv.txt").write_text(text, encoding="utf-8")


def _build_and_kill(inputs: Path, store: Path, after_lines: int) -> int:
    """Run ``kg build --store -v`` and SIGKILL it once ``after_lines`` articles are reported stored."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(inputs), "--store", str(store), "-v"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    seen = 0
    deadline = time.monotonic() + 300
    try:
        for line in proc.stdout:
            if line.split()[:1] and line.split()[0] in ("added", "replaced", "unchanged"):
                seen += 1
                if seen >= after_lines:
                    break
            assert time.monotonic() < deadline, "build too slow to interrupt"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the build finished before it could be killed"
    return seen


def test_killing_a_build_half_way_leaves_each_article_whole(tmp_path):
    """Each article is one transaction: after SIGKILL every named graph is either the old or the new version
    of its article, never a mix or a half, and the store opens normally."""
    count = 40
    old_text = " date 2025-08-15 Līgums\n" + ARTICLE_A.split("\n", 1)[1] + "Volodins ceturtdien tikās ar Kimu.\n"
    new_text = old_text.replace("Volodins ceturtdien tikās ar Kimu.", "Kims otrdien apmeklēja Maskavu.")
    assert new_text != old_text
    _copies(tmp_path / "v1", count, old_text)
    _copies(tmp_path / "v2", count, new_text)
    store = tmp_path / "kg.store"

    # A fresh store killed during its first build: what is there equals a clean build, graph by graph.
    _build_and_kill(tmp_path / "v1", store, after_lines=5)
    partial = disk_snapshot(store)
    run_kg("build", tmp_path / "v1", "--store", tmp_path / "clean-v1.store", check=True)
    clean_v1 = disk_snapshot(tmp_path / "clean-v1.store")
    assert 5 <= len(partial) < count
    assert all(partial[g] == clean_v1[g] for g in partial)

    # Finish it, then kill a rebuild that replaces every article with an edited version.
    run_kg("build", tmp_path / "v1", "--store", store, check=True)
    old = disk_snapshot(store)
    assert old == clean_v1
    _build_and_kill(tmp_path / "v2", store, after_lines=5)
    mixed = disk_snapshot(store)
    run_kg("build", tmp_path / "v2", "--store", tmp_path / "clean-v2.store", check=True)
    new = disk_snapshot(tmp_path / "clean-v2.store")
    assert set(mixed) == set(old) == set(new)
    assert all(old[g] != new[g] for g in old)
    updated = [g for g in mixed if mixed[g] == new[g]]
    untouched = [g for g in mixed if mixed[g] == old[g]]
    assert len(updated) + len(untouched) == count, "a graph is neither the old nor the new version"
    assert 5 <= len(updated) < count
    # And the store still takes a full build afterwards.
    proc = run_kg("build", tmp_path / "v2", "--store", store, check=True)
    assert f"{len(updated)} unchanged" in proc.stdout
    assert disk_snapshot(store) == new


@pytest.mark.parametrize("kind", ["embedded", "remote"])
def test_an_entity_and_an_event_in_two_articles_are_one_node(tmp_path, kind, request):
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "2025-03-01-a.lv.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "2025-07-10-b.lv.txt").write_text(ARTICLE_B, encoding="utf-8")
    location = str(tmp_path / "kg.store") if kind == "embedded" else request.getfixturevalue("fresh_server").url
    run_kg("build", folder, "--store", location, check=True)
    with open_store(location) as store:
        assert len(store.graphs()) == 2
        # Putin (QID) and KCNA (no QID: class + name) are each one resource, typed once, found in both articles.
        for label in ("Vladimir Putin", "Korean Central News Agency"):
            rows = store.query(f"""
                SELECT ?x (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(DISTINCT ?cls) AS ?classes) WHERE {{
                  GRAPH ?g {{ ?x rdfs:label ?l ; a ?cls }} FILTER(STR(?l) = "{label}") }} GROUP BY ?x""").records()
            assert len(rows) == 1 and rows[0]["graphs"] == 2 and rows[0]["classes"] == 1, (label, rows)
        # The signing is one event with two mentions, two articles and two sources.
        rows = store.query("""
            SELECT ?e (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?a) AS ?articles)
                   (COUNT(DISTINCT ?s) AS ?sources) (SAMPLE(STR(?d)) AS ?date)
            WHERE { ?e kg:eventType plover:AGREE ; kg:participant entity:Q159, entity:Q423 ;
                       kg:mention ?m ; kg:source ?s ; kg:date ?d . ?m kg:article ?a } GROUP BY ?e""").records()
        assert rows == [{"e": rows[0]["e"], "mentions": 2, "articles": 2, "sources": 2, "date": "2024"}]
        sources = store.query(f"SELECT DISTINCT ?l WHERE {{ <{rows[0]['e']}> kg:source/rdfs:label ?l }} ORDER BY ?l").column("l")
        assert sources == ["Korean Central News Agency", "The Guardian"]
        from kg.graph.network import actor_view

        G = actor_view(store)
    putin = "https://kg.example.org/id/entity/Q7747"
    assert sum(1 for n in G if G.nodes[n]["label"] == "Vladimir Putin") == 1
    treaty = [d for _, _, d in G.edges(data=True) if d["type"] == "AGREE"]
    assert len(treaty) == 2  # one per direction of the symmetric event, both the same event
    assert {d["event"] for d in treaty} == {rows[0]["e"]}
    assert treaty[0]["articles"] == ["2025-03-01-a.lv.txt", "2025-07-10-b.lv.txt"]
    assert treaty[0]["sources"] == ["Korean Central News Agency", "The Guardian"]
    assert {d["articles"][0] for _, _, d in G.out_edges(putin, data=True)} == {"2025-03-01-a.lv.txt",
                                                                                "2025-07-10-b.lv.txt"}


def test_replace_graph_reports_changes_and_leaves_other_graphs_alone():
    store = open_store()
    g1, g2 = "https://kg.example.org/id/article/one", "https://kg.example.org/id/article/two"
    assert store.replace_graph(g1, '<urn:a> <urn:p> "1" .\n<urn:a> <urn:p> "x\\"y"@lv .') == "added"
    assert store.replace_graph(g2, '<urn:b> <urn:p> "2" .') == "added"
    assert store.replace_graph(g1, '<urn:a> <urn:p> "x\\"y"@lv .\n<urn:a> <urn:p> "1" .') == "unchanged"
    assert store.replace_graph(g1, '<urn:a> <urn:p> "3" .') == "replaced"
    assert snapshot(store) == {g1: {'<urn:a> <urn:p> "3"'}, g2: {'<urn:b> <urn:p> "2"'}}
    assert len(store) == 2
    assert store.remove_graph(g1) and not store.remove_graph(g1)
    assert store.graphs() == [g2]


def test_rdflib_dataset_trig_file_and_store_give_the_same_answers(tmp_path, embedded):
    run_kg("build", ARTICLES, "-o", tmp_path / "out", check=True)
    trig = tmp_path / "out" / "graph.trig"
    dataset = Dataset()
    dataset.parse(trig, format="trig")
    query = "SELECT ?e ?t WHERE { ?e a kg:Event ; kg:eventType ?t } ORDER BY ?e ?t"
    expected = embedded.query(query).rows
    assert expected
    assert as_store(dataset).query(query).rows == expected
    assert as_store(trig).query(query).rows == expected
    assert set(as_store(trig).graphs()) == set(embedded.graphs())


def test_embedded_store_offers_rdflib_api_on_oxigraph(embedded):
    ds = embedded.as_rdflib()
    graph = ds.graph(URIRef(str(article_iri(SEED.name))))
    assert len(graph) == len(embedded.graph_lines(str(article_iri(SEED.name)))) > 100


def test_store_errors_are_one_line_kg_errors(tmp_path, embedded, built_store):
    with pytest.raises(KgError, match="no store here"):
        open_store(tmp_path / "missing")
    assert not (tmp_path / "missing").exists()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "x.txt").write_text("x")
    with pytest.raises(KgError, match="not an Oxigraph store"):
        open_store(tmp_path / "notes", create=True)
    with pytest.raises(KgError, match="in use by another process"):
        EmbeddedStore(built_store, create=False)  # `embedded` holds it open
    with pytest.raises(KgError, match="cannot reach the store"):
        from tests.servers import free_port

        len(RemoteStore(f"http://127.0.0.1:{free_port()}", timeout=5))
    with pytest.raises(KgError, match="not an http"):
        RemoteStore("ftp://example.org/sparql")


def test_remote_endpoints_follow_the_server_layouts():
    oxigraph = RemoteStore("http://127.0.0.1:7878/")
    assert (oxigraph.query_url, oxigraph.update_url) == ("http://127.0.0.1:7878/query?union-default-graph",
                                                         "http://127.0.0.1:7878/update")
    fuseki = RemoteStore("http://h:3030/ds/query")
    assert fuseki.update_url == "http://h:3030/ds/update"
    graphdb = RemoteStore("http://h:7200/repositories/kg")
    assert graphdb.update_url == "http://h:7200/repositories/kg/statements"
    virtuoso = RemoteStore("http://h:8890/sparql")
    assert virtuoso.query_url == virtuoso.update_url == "http://h:8890/sparql"


def test_build_cli_needs_a_target_and_rejects_a_folder_that_is_not_a_store(tmp_path):
    proc = run_kg("build", ARTICLES)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "-o" in proc.stderr
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "graph.trig").write_text("")
    proc = run_kg("build", ARTICLES, "--store", tmp_path / "out")
    assert proc.returncode == 2 and "not an Oxigraph store" in proc.stderr and proc.stderr.count("\n") == 1
    proc = run_kg("build", ARTICLES, "-o", tmp_path / "both", "--store", tmp_path / "both" / "kg.store")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "both" / "graph.trig").exists() and (tmp_path / "both" / "kg.store" / "CURRENT").exists()


def test_prune_removes_graphs_of_articles_no_longer_in_the_input(tmp_path):
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "2025-03-01-a.lv.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "2025-07-10-b.lv.txt").write_text(ARTICLE_B, encoding="utf-8")
    store = tmp_path / "kg.store"
    run_kg("build", folder, "--store", store, check=True)
    (folder / "2025-07-10-b.lv.txt").unlink()
    run_kg("build", folder, "--store", store, check=True)
    assert len(disk_snapshot(store)) == 2  # without --prune nothing is removed
    proc = run_kg("build", folder, "--store", store, "--prune", "-v", check=True)
    assert "removed   2025-07-10-b.lv" in proc.stdout and "1 removed" in proc.stdout
    assert set(disk_snapshot(store)) == {str(article_iri("2025-03-01-a.lv.txt"))}


def test_readme_graph_examples_run(tmp_path, monkeypatch, oxigraph_server, capsys):
    import shlex

    (tmp_path / "data").symlink_to(ROOT / "data")
    local, remote = readme_blocks("Graph store and queries", "sh")
    for line in local.splitlines():
        args = shlex.split(line.split("  #")[0])
        assert args[0] == "kg"
        run_kg(*args[1:], cwd=tmp_path, check=True)
    for line in remote.splitlines():
        if line.startswith("oxigraph serve"):
            continue  # the test server plays this part
        args = shlex.split(line.replace("http://127.0.0.1:7878", oxigraph_server.url))
        run_kg(*args[1:], cwd=tmp_path, check=True)
    assert {"kg.trig", "actors.graphml", "events.csv", "kg.store"} <= {p.name for p in tmp_path.iterdir()}
    monkeypatch.chdir(tmp_path)
    (python,) = readme_blocks("Graph store and queries", "python")
    exec(compile(python, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("[") and len(printed) == 5 and "score" in printed[-1]
