"""Every gold file is well formed: a bad annotation would silently bend the scores every figure rests on.

Failures name the file and the event's index only, never its text, so held-out articles stay unseen.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, GOLD

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"occurred", "planned", "alleged", "possible", "denied"}
WIKIDATA = Path(__file__).resolve().parent.parent / "kg" / "resources" / "wikidata"
KNOWN_QIDS = {q for path in WIKIDATA.glob("*.csv") for q in re.findall(r"\bQ\d+\b", path.read_text(encoding="utf-8"))}
FILES = sorted(Path(GOLD).glob("*.json"))


def _qids(value: str) -> list[str]:
    return re.findall(r"\bQ\d+\b", value)


def test_there_are_gold_files_of_both_languages():
    langs = {json.loads(p.read_text(encoding="utf-8"))["lang"] for p in FILES}
    assert {"lv", "en"} <= langs


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_file_is_well_formed(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold["article"] == path.stem + ".txt"
    article = (Path(ARTICLES) / gold["article"]).read_text(encoding="utf-8")
    header = re.match(r"^ date \d{4}-\d\d-\d\d \S", article) is not None
    assert header, f"{path.name}: header line"
    assert re.fullmatch(r"dev|held-out(-\d+)?", gold.get("split", "dev"))
    assert gold["events"], "no events"
    for n, event in enumerate(gold["events"]):
        where = f"{path.name} event {n}"
        assert event["type"] in TYPES, where
        assert re.fullmatch(r"\d{3,4}", event["cameo"]), where
        assert event.get("status", "occurred") in STATUSES, where
        assert event["actors"] and all(a["role"] in {"actor", "recipient", "participant"} for a in event["actors"]), where
        assert event.get("date") is None or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", event["date"]), where
        pieces = [p.strip() for p in event["evidence"].split("...") if p.strip()]
        found = bool(pieces) and all(p in article for p in pieces)
        assert found, f"{where}: evidence not in the article"
        names = [a["entity"] for a in event["actors"]] + event.get("sources", []) + [event.get("place") or ""]
        unknown = [q for name in names for q in _qids(name) if q not in KNOWN_QIDS]
        assert not unknown, f"{where}: QIDs not in kg/resources/wikidata: {unknown}"
