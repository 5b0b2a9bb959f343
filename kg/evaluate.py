"""Score the extractor against gold annotations (format: docs/gold-format.md)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.gazetteer import name_key
from kg.models import Doc, Entity, Event
from kg.pipeline import extract_file


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def scores(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(p, 4), "recall": round(r, 4),
                "f1": round(f, 4)}


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def score(self) -> float | None:
        return round(self.right / self.total, 4) if self.total else None


@dataclass
class Result:
    lenient: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    strict: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    accuracy: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    errors: list[dict] = field(default_factory=list)
    causes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def as_dict(self) -> dict:
        return {
            "lenient": {k: v.scores() for k, v in sorted(self.lenient.items())},
            "strict": {k: v.scores() for k, v in sorted(self.strict.items())},
            "accuracy": {k: v.score() for k, v in sorted(self.accuracy.items())},
            "errors": self.errors,
            "causes": {k: dict(sorted(v.items())) for k, v in sorted(self.causes.items())},
        }


def entity_names(entity: Entity) -> set[str]:
    """Every string a gold file may use for ``entity``; a person without a QID also answers to the
    spelling-independent key of their surname, since an article can only spell an unknown foreigner its own way
    ("Mihails Vaņins" is the gold's "Mikhail Vanin")."""
    names = {entity.key, entity.label, *entity.labels.values(), *entity.aliases}
    if entity.wikidata:
        names.add(entity.wikidata)
    found = {n.casefold() for n in names if n}
    if entity.cls == "Person" and not entity.wikidata:
        found.add(_surname_key(entity.label))
    return found


def _surname_key(name: str) -> str:
    return "surname:" + name_key(name.split()[-1]) if name.split() else ""


def gold_names(value: str) -> set[str]:
    """The strings a gold entity matches: itself, and for a plain name its surname's key."""
    plain = not value.startswith("Q") and " of " not in value
    return {value.casefold(), _surname_key(value)} - {""} if plain else {value.casefold()}


def _actors_match(gold: dict, event: Event) -> bool:
    wanted = [gold_names(a["entity"]) for a in gold["actors"]]
    have = [entity_names(a.entity) for a in event.actors]
    if len({frozenset(w) for w in wanted}) != len(have):
        return False
    return all(any(w & names for names in have) for w in wanted) and \
        all(any(w & names for w in wanted) for names in have)


def _place_match(gold: dict, event: Event) -> bool:
    if gold.get("place") is None or event.place is None:
        return gold.get("place") is None and event.place is None
    return gold["place"].casefold() in entity_names(event.place)


def _match(golds: list[dict], events: list[Event], strict: bool) -> list[tuple[dict, Event]]:
    """Pair gold and extracted events of the same type and actors, one to one, as many pairs as possible; among
    pairings of that size, the one whose pairs also agree most on date, place and status, so that neither the
    count nor the accuracies depend on the order events are told in."""
    graph = nx.Graph()
    for g, gold in enumerate(golds):
        for e, event in enumerate(events):
            if event.type != gold["type"] or not _actors_match(gold, event):
                continue
            date, place = event.date == gold.get("date"), _place_match(gold, event)
            if strict and not (date and place):
                continue
            status = event.status == gold.get("status", "occurred")
            graph.add_edge(("gold", g), ("event", e), weight=8 + 4 * date + 2 * place + status)
    pairs = sorted(dict((a, b) if a[0] == "gold" else (b, a) for a, b in
                        nx.max_weight_matching(graph, maxcardinality=True)).items())
    return [(golds[g], events[e]) for (_, g), (_, e) in pairs]


def find_article(gold_path: Path, name: str, articles: Path | None) -> Path:
    for folder in filter(None, [articles, gold_path.parent.parent / "articles", gold_path.parent]):
        if (folder / name).is_file():
            return folder / name
    raise KgError(f"{gold_path}: article {name!r} not found beside the gold folder")


def evaluate(gold_dir: str | Path, articles: str | Path | None = None) -> Result:
    """Run the extractor on every article with a gold file and count matches by article, language, type."""
    gold_dir = Path(gold_dir)
    files = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []
    if not files:
        raise KgError(f"{gold_dir}: no gold files (*.json)")
    result = Result()
    for path in files:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            raise KgError(f"{path}: not valid JSON ({err})") from None
        article = find_article(path, gold["article"], Path(articles) if articles else None)
        doc = extract_file(article)
        score_doc(result, doc, gold["events"], article.name, gold.get("split", "dev"))
    return result


def score_doc(result: Result, doc: Doc, golds: list[dict], name: str, split: str = "dev") -> None:
    """Add one article's matches to ``result``; ``split`` keeps held-out articles' figures apart."""
    lang = doc.article.lang
    for strict, table in ((False, result.lenient), (True, result.strict)):
        pairs = _match(golds, doc.events, strict)
        matched_gold = {id(g) for g, _ in pairs}
        matched_events = {id(e) for _, e in pairs}
        for key in ("overall", f"lang:{lang}", f"split:{split} lang:{lang}", f"article:{name}"):
            table[key].add(Counts(len(pairs), len(doc.events) - len(pairs), len(golds) - len(pairs)))
        for gold in golds:
            for key in (f"type:{gold['type']}", f"lang:{lang} type:{gold['type']}"):
                table[key].add(Counts(fn=int(id(gold) not in matched_gold)))
        for event in doc.events:
            for key in (f"type:{event.type}", f"lang:{lang} type:{event.type}"):
                table[key].add(Counts(tp=int(id(event) in matched_events), fp=int(id(event) not in matched_events)))
        if not strict:
            _accuracy(result, pairs, lang, split)
            for (cause, kind), n in error_causes(doc, golds, pairs).items():
                result.causes[f"split:{split} lang:{lang}"][cause] += n
                result.causes[f"split:{split} lang:{lang} type:{kind}"][cause] += n
            for gold, event in pairs:
                wrong = {field: {"gold": want, "got": have} for field, want, have in (
                    ("date", gold.get("date"), event.date),
                    ("place", gold.get("place"), event.place.label if event.place else None),
                    ("status", gold.get("status", "occurred"), event.status)) if field != "place" and want != have
                    or field == "place" and not _place_match(gold, event)}
                if wrong:
                    result.errors.append({"article": name, "kind": "inexact", "type": gold["type"],
                                          "evidence": gold.get("evidence"), **wrong})
            for gold in golds:
                if id(gold) not in matched_gold:
                    result.errors.append({"article": name, "kind": "missed", "gold": gold})
            for event in doc.events:
                if id(event) not in matched_events:
                    result.errors.append({"article": name, "kind": "spurious", "type": event.type,
                                          "actors": [a.entity.label for a in event.actors],
                                          "trigger": event.trigger_text})


def _evidence_sentences(doc: Doc, evidence: str) -> set[int]:
    """Sentences holding the pieces of a gold evidence span ("A ... B" quotes two pieces)."""
    found = set()
    for piece in filter(None, (p.strip() for p in evidence.split("..."))):
        at = doc.article.text.find(piece)
        found |= {i for i, s in enumerate(doc.sentences) if at >= 0 and s.start <= at < s.end}
    return found


def error_causes(doc: Doc, golds: list[dict], pairs: list[tuple[dict, Event]]) -> Counter:
    """Count each error of one article by its likely cause, without quoting any text, so that the errors on
    held-out articles can be studied in aggregate without anyone reading them.

    A missed gold event is put down to its sentence yielding nothing, only other types, or the same type with
    other parties (split by whether every gold party is among the entities the article's mentions name); a
    spurious event to its sentence holding no gold event, another type, the same type with other parties, or a
    gold event already matched; a matched event to each of its date, place and status that differ.
    """
    matched_gold = {id(g) for g, _ in pairs}
    matched_events = {id(e) for _, e in pairs}
    known = set().union(*(entity_names(m.entity) for m in doc.mentions)) if doc.mentions else set()
    causes: Counter = Counter()
    gold_sentences = {id(g): _evidence_sentences(doc, g.get("evidence") or "") for g in golds}
    for gold in golds:
        if id(gold) in matched_gold:
            continue
        where = gold_sentences[id(gold)]
        there = [e for e in doc.events if e.sentence in where]
        if not where:
            causes["missed: evidence not found in the article", gold["type"]] += 1
        elif any(e.type == gold["type"] and id(e) not in matched_events for e in there):
            unknown = any(not gold_names(a["entity"]) & known for a in gold["actors"])
            cause = "missed: same type, other parties" + (" (a party never recognised)" if unknown else "")
            causes[cause, gold["type"]] += 1
        elif any(e.type == gold["type"] for e in there):
            causes["missed: same type there, matched to another gold event", gold["type"]] += 1
        elif there:
            causes["missed: only other types in its sentence", gold["type"]] += 1
        else:
            causes["missed: nothing extracted in its sentence", gold["type"]] += 1
    for event in doc.events:
        if id(event) in matched_events:
            continue
        here = [g for g in golds if event.sentence in gold_sentences[id(g)]]
        if any(g["type"] == event.type and id(g) not in matched_gold for g in here):
            causes["spurious: gold has the type there with other parties", event.type] += 1
        elif any(g["type"] == event.type for g in here):
            causes["spurious: a second event for a matched gold event", event.type] += 1
        elif here:
            causes["spurious: gold has only other types there", event.type] += 1
        else:
            causes["spurious: no gold event in its sentence", event.type] += 1
    for gold, event in pairs:
        causes["inexact: date", gold["type"]] += event.date != gold.get("date")
        causes["inexact: place", gold["type"]] += not _place_match(gold, event)
        causes["inexact: status", gold["type"]] += event.status != gold.get("status", "occurred")
    return +causes


def _accuracy(result: Result, pairs: list[tuple[dict, Event]], lang: str, split: str) -> None:
    for gold, event in pairs:
        for scope in ("all", lang, f"{lang} split:{split}"):
            result.accuracy[f"date:{scope}"].right += event.date == gold.get("date")
            result.accuracy[f"date:{scope}"].total += 1
            result.accuracy[f"place:{scope}"].right += _place_match(gold, event)
            result.accuracy[f"place:{scope}"].total += 1
            result.accuracy[f"status:{scope}"].right += event.status == gold.get("status", "occurred")
            result.accuracy[f"status:{scope}"].total += 1
        for arg in event.actors:
            if arg.entity.wikidata:
                wanted = {a["entity"] for a in gold["actors"]}
                result.accuracy["wikidata"].total += 1
                result.accuracy["wikidata"].right += arg.entity.wikidata in wanted or \
                    bool(entity_names(arg.entity) & {w.casefold() for w in wanted})


def format_table(result: Result) -> str:
    """A plain-text table of the scores, overall first."""
    rows = [f"{'scope':<58} {'P':>6} {'R':>6} {'F1':>6} {'strict F1':>9}"]
    for key in sorted(result.lenient, key=lambda k: (k != "overall", k.split(":")[0], k)):
        lenient = result.lenient[key].scores()
        strict = result.strict[key].scores()
        rows.append(f"{key[:58]:<58} {lenient['precision']:>6.3f} {lenient['recall']:>6.3f} "
                    f"{lenient['f1']:>6.3f} {strict['f1']:>9.3f}")
    rows.append("")
    for key, tally in sorted(result.accuracy.items()):
        value = tally.score()
        rows.append(f"accuracy {key:<32} {'-' if value is None else f'{value:.3f}'} ({tally.right}/{tally.total})")
    return "\n".join(rows)


def format_causes(result: Result) -> str:
    """Error counts by cause per split and language (``kg evaluate --causes``)."""
    rows = []
    for scope, causes in sorted(result.causes.items()):
        rows += [f"{scope:<28} {cause:<62} {n:>4}" for cause, n in sorted(causes.items())]
    return "\n".join(rows)
