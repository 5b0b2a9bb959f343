"""Each language resource on its own: paradigms, time words, quantities, clauses, triggers, names."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from kg.clauses import clause_ids
from kg.gazetteer import WIKIDATA, load_gazetteer
from kg.inflect import guess_cases, word_forms
from kg import language
from kg.language import available_languages, declines, future_form, load_language
from kg.models import PLOVER, Sentence
from kg.quantities import _number, find_quantities
from kg.segment import split_sentences, tokenize
from kg.timex import _is_month_word, find_times

FRIDAY = dt.date(2025, 8, 15)


def sentence(text: str) -> Sentence:
    return Sentence(start=0, end=len(text), text=text, tokens=tokenize(text))


def test_both_languages_have_a_pack():
    assert {"lv", "en"} <= set(available_languages())


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_triggers_name_plover_categories_and_cameo_codes(lang):
    for entry in load_language(lang)["triggers"]:
        assert entry["type"] in PLOVER, entry
        assert re.fullmatch(r"\d{3,4}", str(entry["cameo"])), entry
        assert entry["words"], entry


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_plover_category_has_a_trigger(lang):
    assert {e["type"] for e in load_language(lang)["triggers"]} == set(PLOVER)


@pytest.mark.parametrize("name,form,case", [
    ("Putins", "Putinam", "dat"), ("Putins", "Putinu", "acc"), ("Krievija", "Krievijā", "loc"),
    ("Phenjana", "Phenjanu", "acc"), ("Zelenskis", "Zelenskim", "dat"), ("Sarkanā", "Sarkanās", "gen"),
    ("Valstis", "Valstīm", "dat"), ("Laidre", "Laidrem", "dat"), ("Margus", "Margusam", "dat"), ("Tbilisi", "Tbilisi", "acc"),
])
def test_latvian_paradigms_generate_case_forms(name, form, case):
    assert case in word_forms(name, "lv")[form]


def test_latvian_abbreviations_do_not_decline_and_allow_every_case():
    assert set(word_forms("ASV", "lv")) == {"ASV"} and "gen" in word_forms("ASV", "lv")["ASV"]


def test_english_possessive_is_a_genitive():
    assert word_forms("Russia", "en")["Russia's"] == frozenset({"gen"})


def test_case_guess_for_common_nouns():
    assert "acc" in guess_cases("karavīrus", "lv") and "dat" in guess_cases("Kimam", "lv")


@pytest.mark.parametrize("lang,text,expected", [
    ("lv", "Putins otrdien zvanīja", "2025-08-12"),
    ("lv", "pagājušajā gadā parakstīja", "2024"),
    ("lv", "aprīlī apstiprināja", "2025-04"),
    ("lv", "septembrī paziņoja", "2024-09"),
    ("lv", "2024. gadā nosūtīja", "2024"),
    ("lv", "2023. gada 24. februārī uzbruka", "2023-02-24"),
    ("lv", "15. augustā", "2025-08-15"),
    ("lv", "vakar tikās", "2025-08-14"),
    ("en", "on Tuesday he called", "2025-08-12"),
    ("en", "last year they signed", "2024"),
    ("en", "in March they met", "2025-03"),
    ("en", "on 24 February 2022 Russia invaded", "2022-02-24"),
    ("en", "on February 24, 2022 Russia invaded", "2022-02-24"),
    ("en", "last August the talks", "2024-08"),
    ("en", "in 2023 the deal", "2023"),
    ("en", "yesterday the minister", "2025-08-14"),
    ("en", "the day before yesterday the minister", "2025-08-13"),
    ("en", "last autumn the army", "2024"),
    ("en", "next spring the summit", "2026"),
    ("lv", "pagājušajā rudenī armija", "2024"),
    ("lv", "nākamajā pavasarī samits", "2026"),
])
def test_time_expressions_resolve_against_the_article_date(lang, text, expected):
    times = find_times([t.text for t in tokenize(text)], lang)
    assert len(times) == 1
    assert times[0].resolve(FRIDAY) == expected


def test_planned_weekday_and_month_look_forward():
    (monday,) = find_times(["pirmdien"], "lv")
    assert monday.resolve(FRIDAY, forward=True) == "2025-08-18"
    (march,) = find_times(["March"], "en")
    assert march.resolve(FRIDAY, forward=True) == "2026-03"


def test_may_the_verb_is_not_a_month():
    assert find_times("North Korea may send troops".split(), "en") == []


@pytest.mark.parametrize("lang,text,value,qualifier,unit", [
    ("lv", "vairāk nekā 10 000 karavīru", 10000, "more_than", "soldier"),
    ("lv", "aptuveni 600 Ziemeļkorejas karavīru", 600, "about", "soldier"),
    ("lv", "1,5 miljardus eiro", 1.5e9, "exact", "EUR"),
    ("en", "more than 10,000 soldiers", 10000, "more_than", "soldier"),
    ("en", "about 1,500 troops", 1500, "about", "soldier"),
    ("en", "$2.5 billion", None, None, None),
    ("en", "300 drones", 300, "exact", "drone"),
])
def test_quantities(lang, text, value, qualifier, unit):
    found = find_quantities([t.text for t in tokenize(text)], lang)
    if value is None:
        assert found == []
        return
    (_, q), = found
    assert (q.value, q.qualifier, q.unit) == (value, qualifier, unit)


def test_latvian_relative_clause_resumes_the_main_clause():
    ids = clause_ids(sentence("Putins nosauca karavīrus, kuri karo Ukrainā, par varoņiem."), "lv")
    assert ids[0] == ids[-2] and ids[4] != ids[0]


def test_english_reporting_verb_opens_a_clause_without_that():
    s = sentence("Seoul says about 600 soldiers were killed.")
    ids = clause_ids(s, "en")
    assert ids[0] == ids[1] and ids[2] != ids[1]


def test_sentence_split_keeps_ordinal_dates_and_abbreviations_together():
    text = "Vizīte notika 15. augustā Rīgā. Otrs teikums. Mr. Smith met Dr. Jones."
    spans = split_sentences(text, frozenset({"mr", "dr"}))
    assert [text[s:e] for s, e in spans] == ["Vizīte notika 15. augustā Rīgā.", "Otrs teikums.",
                                             "Mr. Smith met Dr. Jones."]


def _shared_qids() -> set[str]:
    qids = set()
    for path in Path(WIKIDATA).glob("*.csv"):
        with open(path, encoding="utf-8") as fh:
            for row in csv.reader(fh):
                for cell in row:
                    qids.update(re.findall(r"\bQ\d+\b", cell))
    return qids


def test_every_qid_in_the_gazetteer_comes_from_the_verified_files():
    allowed = _shared_qids()
    linked = {e.wikidata for e in load_gazetteer().entities.values() if e.wikidata}
    assert linked and linked <= allowed, sorted(linked - allowed)[:10]


def test_bundled_wikidata_files_are_the_shared_ones():
    shared = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikidata"
    if not shared.is_dir():
        pytest.skip("shared/ is not beside this checkout")
    for path in shared.glob("*.csv"):
        assert (Path(WIKIDATA) / path.name).read_bytes() == path.read_bytes(), path.name


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_every_name_in_the_language_files_resolves_to_an_entity(lang):
    gaz = load_gazetteer()
    labels = {e.label.casefold() for e in gaz.entities.values()}
    names = load_language(lang)["names"]
    for section in ("countries", "people", "organisations", "places"):
        for ref in names.get(section) or {}:
            ref = str(ref)
            assert ref in gaz.entities or ref in gaz.by_code or ref.casefold() in labels, (section, ref)


@pytest.mark.parametrize("lang,name,key", [
    ("lv", "Ziemeļkorejai", "Q423"), ("lv", "Vašingtonā", "Q61"), ("lv", "Kremlis", "organisation/kremlin"),
    ("en", "Pyongyang", "Q18808"), ("en", "Kremlin", "organisation/kremlin"),
])
def test_names_are_found_in_inflected_forms(lang, name, key):
    assert key in {e.key for e in load_gazetteer().lookup(lang, name)}


def test_capitals_stand_for_their_state():
    gaz = load_gazetteer()
    assert gaz.seat_state(gaz.get("Q649")).key == "Q159"
    assert gaz.seat_state(gaz.get("organisation/kremlin")).key == "Q159"


def _words(node, items: bool):
    """Every key of a language table, and every list item when ``items``."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield k
            yield from _words(v, items)
    elif isinstance(node, list):
        for v in node:
            if items and not isinstance(v, (dict, list)):
                yield v
            yield from _words(v, items)


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_yaml_keys_are_words_not_booleans(lang):
    """YAML reads a bare on/off/yes/no key as a boolean; word tables must quote them."""
    assert not [k for k in _words(load_language(lang), False) if isinstance(k, bool)]


@pytest.mark.parametrize("lang", ["lv", "en"])
def test_word_lists_hold_no_booleans_or_nulls(lang):
    """A bare no, on, false or null in a word list is not the word: "sent no drones" must read as negated, and
    Latvian "No" ("from") opening a sentence is no name."""
    assert not [w for w in _words(load_language(lang), True) if w is None or isinstance(w, bool)]


def test_language_properties_are_read_from_the_pack():
    """What the code asks of a language is data: whether names decline (a name's case tells its role), the decimal
    separator, whether month names are capitalised."""
    assert (declines("lv"), declines("en")) == (True, False)
    assert [load_language(lang)["quantity"]["decimal_separator"] for lang in ("lv", "en")] == [",", "."]
    assert [load_language(lang)["time"]["months_capitalised"] for lang in ("lv", "en")] == [False, True]
    assert (_number("2,5", "lv"), _number("2,5", "en"), _number("1,200", "lv")) == (2.5, 25.0, 1200.0)


def test_a_new_language_pack_answers_from_its_files(tmp_path, monkeypatch):
    """A third language's properties come from its own files, with no code naming it."""
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "lexicon.yaml").write_text('quantity: {decimal_separator: ","}\n', encoding="utf-8")
    (tmp_path / "xx" / "morphology.yaml").write_text("names_decline: false\n", encoding="utf-8")
    (tmp_path / "xx" / "time.yaml").write_text("months_capitalised: true\nmonths: {5: [Maio]}\n", encoding="utf-8")
    monkeypatch.setattr(language, "LANG_DIR", tmp_path)
    language.load_language.cache_clear()
    language.declines.cache_clear()
    try:
        assert not declines("xx")
        assert (_number("2,5", "xx"), _number("1,200", "xx")) == (2.5, 1200.0)
        assert (_is_month_word(["Maio"], 0, "xx"), _is_month_word(["maio"], 0, "xx")) == (True, False)
    finally:
        language.load_language.cache_clear()
        language.declines.cache_clear()


def test_english_abbreviations_take_the_possessive():
    assert word_forms("NATO", "en")["NATO's"] == frozenset({"gen"})


def test_offices_since_the_snapshot_name_people_the_wikidata_files_hold():
    import yaml

    from kg.gazetteer import RESOURCES

    offices = yaml.safe_load((RESOURCES / "offices.yaml").read_text(encoding="utf-8"))["offices"]
    assert offices and {row["wikidata"] for row in offices} <= _shared_qids()
    assert load_gazetteer().get("Q22686").title == "President of the United States"


@pytest.mark.parametrize("lang,text", [("en", "Trump met Putin in Alaska on Friday."),
                                       ("lv", "Tramps piektdien tikās ar Putinu Aļaskā.")])
def test_a_current_leaders_surname_alone_names_them_despite_namesakes(lang, text):
    """Two other Trumps are in the office-holder files; only the president holds a prominent office."""
    from kg.pipeline import extract_text

    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 16))
    assert [(e.type, {a.entity.wikidata for a in e.actors}) for e in doc.events] == [("CONSULT", {"Q22686", "Q7747"})]


def test_a_family_name_that_comes_first_finds_its_person():
    """"Xi" is Xi Jinping's family name; "Kim" is the family name of many North Korean office holders, of whom
    the head of state is meant, not the one Kim whose family name comes last (a Ukrainian governor)."""
    from kg.pipeline import extract_text

    doc = extract_text("Xi praised Putin. Putin met Kim on Friday.", lang="en", date=dt.date(2025, 8, 16))
    assert {m.text: m.entity.wikidata for m in doc.mentions} == {"Xi": "Q15031", "Putin": "Q7747", "Kim": "Q56226"}


def test_every_capital_stands_for_its_state_and_has_its_cldr_latvian_name():
    gaz = load_gazetteer()
    cairo = gaz.get("city/cairo")
    assert cairo.labels["lv"] == "Kaira" and gaz.seat_state(cairo).wikidata == "Q79"
    assert gaz.seat_state(gaz.get("city/nairobi")).country == "KE"
    assert "city/male" not in gaz.entities, "a capital that is an ordinary word stays out"
    from tests.test_events_en import events as en_events
    from tests.test_events_lv import events as lv_events
    assert ("ACCUSE", {"Q79", "Q801"}) in en_events("Later, Cairo accused Israel of violating the truce.")
    assert ("ACCUSE", {"Egypt"}, {"Israel"}) in lv_events("Vēlāk Kaira apsūdzēja Izraēlu pamiera pārkāpšanā.")


def test_a_place_name_that_begins_a_longer_name_is_no_place():
    from kg.pipeline import extract_text
    text = "Later, Brazil condemned Ecuador for a violation of the Vienna Convention."
    doc = extract_text(text, lang="en", date=dt.date(2025, 8, 15))
    assert [e.place for e in doc.events if e.type == "ACCUSE"] == [None]


@pytest.mark.parametrize("lang,text,label", [
    ("en", "Later, ECOWAS threatened Niger with force.", "Economic Community of West African States"),
    ("en", "Later, the Taliban arrested two British citizens.", "Taliban"),
    ("lv", "Vēlāk Kolektīvās drošības līguma organizācija nosūtīja karavīrus uz Kazahstānu.",
     "Collective Security Treaty Organization"),
    ("lv", "Vēlāk Ātrā atbalsta spēki uzbruka Hartūmai.", "Rapid Support Forces"),
])
def test_international_organisations_and_armed_groups_are_named(lang, text, label):
    from kg.pipeline import extract_text
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 15))
    assert label in {a.entity.label for e in doc.events for a in e.actors}


@pytest.mark.parametrize("lang,text,label", [
    ("en", "Later, Syrian rebels attacked Damascus.", "Rebels in Syria"),
    ("en", "Later, the Venezuelan opposition accused Maduro of fraud.", "Opposition in Venezuela"),
    ("lv", "Vēlāk Sīrijas nemiernieki uzbruka Damaskai.", "Rebels in Syria"),
    ("lv", "Vēlāk Venecuēlas opozīcija apsūdzēja Maduro krāpšanā.", "Opposition in Venezuela"),
])
def test_a_countrys_rebels_and_opposition_are_groups_of_their_own(lang, text, label):
    from kg.pipeline import extract_text
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 15))
    actors = {a.entity.label: a.entity for e in doc.events for a in e.actors}
    assert label in actors and actors[label].cls == "Group"
    assert not {"Syria", "Venezuela"} & {a.entity.label for e in doc.events for a in e.actors if a.role == "actor"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Later, Putin met Xi Jinping in Moscow. The Russian leader thanked his guest."),
    ("lv", "Vēlāk Putins Maskavā tikās ar Sī Dzjiņpinu. Krievijas līderis pateicās viesim."),
])
def test_the_guest_is_the_other_of_the_two_people_last_named(lang, text):
    from kg.pipeline import extract_text
    doc = extract_text(text, lang=lang, date=dt.date(2025, 8, 15))
    thanks = [e for e in doc.events if e.type == "SUPPORT"]
    assert [(a.role, a.entity.wikidata) for e in thanks for a in e.actors] == [("actor", "Q7747"), ("recipient", "Q15031")]


def test_a_generic_service_name_belongs_to_no_one_country():
    """"Foreign Intelligence Service" or "Valsts drošības dienests" alone could be any state's."""
    gaz = load_gazetteer()
    for lang, name in (("en", "Foreign Intelligence Service"), ("lv", "Valsts drošības dienests"),
                       ("en", "National Armed Forces"), ("lv", "Apakšpalāta")):
        last = name.split()[-1]
        assert not [e for e in gaz.lookup(lang, last) if len(e.words) == len(name.split())
                    and all(w in forms for w, forms in zip(name.split(), e.words))], name


def test_a_reflexive_past_participle_is_no_future():
    assert not future_form("piekāpusies", "lv") and not future_form("izstājusies", "lv")
    assert future_form("piekāpsies", "lv")


def test_a_chinese_surname_meets_its_latvian_spelling():
    from kg.gazetteer import name_key
    assert name_key("Tuns") == name_key("Tong") and name_key("Vens") == name_key("Weng")
    assert name_key("Tuns") != name_key("Tang")
