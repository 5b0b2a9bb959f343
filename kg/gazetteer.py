"""The gazetteer: every entity the extractor can link, with its names in each language.

Countries come from ``resources/wikidata/country-codes.csv`` with CLDR names (babel), people from the
office-holder files, everything else from ``resources/entities.yaml``; per-language names and aliases
from ``kg/lang/<code>/names.yaml``. QIDs are taken only from the Wikidata files.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location

from kg.inflect import word_forms
from kg.language import available_languages, load_language
from kg.models import PLACE_CLASSES, Entity

RESOURCES = Path(__file__).parent / "resources"
WIKIDATA = RESOURCES / "wikidata"
# The language that canonical labels (Entity.label) and the resource files' country aliases are written in: the
# pack of that language takes them as its own spellings.
LABEL_LANGUAGE = "en"
OFFICEHOLDER_COUNTRY = {
    "estonia": "EE", "iran-ministers": "IR", "latvia-cabinet": "LV", "north-korea": "KP",
    "russia-cabinet": "RU", "ukraine-cabinet": "UA", "united-kingdom-cabinet": "GB", "us-cabinet": "US",
    "world": None,
}
PROMINENT = re.compile(r"president|prime minister|chancellor|supreme leader|foreign|secretary of state|"
                       r"defen[cs]e|secretary-general|premier|king|monarch|chairman", re.I)

HEAD_OF_STATE = re.compile(r"^(president|supreme leader|king|queen|emperor|emir|sultan|monarch|chairman)\b"
                           r"(?!.*\b(council|commission|parliament|assembly|government)\b)", re.I)


def slug(text: str) -> str:
    """A lower-case ASCII slug for IRIs.

    >>> slug("Korean People's Army")
    'korean-people-s-army'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def qid_of(url: str) -> str | None:
    match = re.search(r"(Q\d+)$", url or "")
    return match.group(1) if match else None


FOLDS = (("sch", "s"), ("sh", "s"), ("zh", "z"), ("ch", "c"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("ck", "k"),
         ("ph", "f"), ("th", "t"), ("gh", "g"), ("w", "v"), ("x", "ks"), ("q", "k"), ("y", "j"), ("dž", "j"),
         ("dz", "j"))


def name_key(word: str) -> str:
    """A spelling-independent key for a surname, so "Šoigu" meets "Shoigu", "Lavrovs" meets "Lavrov" and
    "Lipajevs" meets "Lipaev" (Latvian writes a j between vowels).

    >>> name_key("Šoigu") == name_key("Shoigu"), name_key("Nīnisto") == name_key("Niinistö")
    (True, True)
    >>> name_key("Silvestrs") == name_key("Sylvestre"), name_key("Kosa") == name_key("Kos")
    (True, True)
    >>> name_key("Krīgers") == name_key("Krieger"), name_key("Dmitrijevs") == name_key("Dmitriev")
    (True, True)
    >>> name_key("Veiduns") == name_key("Weidong"), name_key("Vans") == name_key("Wang")
    (True, True)
    >>> name_key("Alvaress") == name_key("Álvarez"), name_key("Sančess") == name_key("Sánchez")
    (True, True)
    >>> name_key("Tahbāzs") == name_key("Tahbaz"), name_key("Kara-Murzs") == name_key("Kara-Murza")
    (True, True)
    >>> name_key("Zommertāgs") == name_key("Sommertag"), name_key("Zēhofers") == name_key("Seehofer")
    (True, True)
    """
    text = unicodedata.normalize("NFKD", word.casefold()).encode("ascii", "ignore").decode()
    # a y between consonants is a vowel, which Latvian writes i ("Sylvestre" is "Silvestrs")
    text = re.sub(r"(?<=[b-df-hj-np-tv-z])y(?=[b-df-hj-np-tv-z])", "i", text)
    for source, target in FOLDS:
        text = text.replace(source, target)
    text = text.replace("c", "k") if not text.startswith("c") else "k" + text[1:].replace("c", "k")
    text = re.sub(r"(?<=[aeiou])j(?=[aeiou])", "", text)
    text = text.replace("ie", "i")  # German "ie" is a long i, which Latvian writes ī ("Krieger" is "Krīgers")
    text = re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z]", "", text))
    # Latvian writes a German s before a vowel as z ("Sommertag" is "Zommertāgs")
    text = re.sub(r"^z(?=[aeiou])", "s", text)
    # Latvian writes the Spanish ending "-ez" as "-ess" ("Álvarez" is "Alvaress"); other z stay ("Tahbāzs")
    text = re.sub(r"ez$", "es", text)
    # Latvian adds an ending to a bare foreign name ("Kos" is "Kosa"): strip up to two, keeping three letters
    for _ in range(2):
        shorter = re.sub(r"(j|s|is|js|ijs|ij|i|a|e|o|u)$", "", text)
        if len(shorter) < 3:
            break
        text = shorter
    # Latvian writes a Chinese final "ng" as "n" and "ong" as "un" ("Weidong" is "Veiduns", "Wang" is "Vans")
    return re.sub(r"ng$", "n", re.sub(r"ong$", "un", text))


@dataclass
class NameEntry:
    """One way of writing an entity: its words as inflection-expanded sets, last word with its cases."""

    key: str
    words: tuple[dict[str, frozenset[str]], ...]
    short: bool = False
    rivals: int = 1


@dataclass
class Gazetteer:
    entities: dict[str, Entity] = field(default_factory=dict)
    by_code: dict[str, str] = field(default_factory=dict)
    seats: dict[str, str] = field(default_factory=dict)
    located: dict[str, str] = field(default_factory=dict)
    kinds: dict[tuple[str, str], str] = field(default_factory=dict)
    prominent: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)
    index: dict[str, dict[str, list[NameEntry]]] = field(default_factory=dict)
    demonyms: dict[str, dict[str, str]] = field(default_factory=dict)
    surnames: dict[str, list[str]] = field(default_factory=dict)
    _demonym_index: dict = field(default_factory=dict)

    def person_by_surname(self, word: str, first_initial: str | None = None) -> Entity | None:
        """The one person whose surname is spelt like ``word`` in any transliteration, if only one fits
        (a current office holder wins over former ones, a head of state over the rest: "Kim" is Kim Jong-un);
        a first name's initial narrows it."""
        keys = self.surnames.get(name_key(word), [])
        if first_initial:
            keys = [k for k in keys if name_key(self.entities[k].label.split()[0])[:1] == name_key(first_initial)[:1]]
        if len(keys) > 1:
            keys = [k for k in keys if k in self.prominent]
        if len(keys) > 1:
            keys = [k for k in keys if k in self.heads]
        return self.entities[keys[0]] if len(keys) == 1 else None

    def demonym_at(self, lang: str, words: list[str], i: int) -> tuple[int, Entity] | None:
        """A nationality word or phrase at ``words[i]`` ("North Korean", "ukraiņu"): its length and country; in a
        language that capitalises them, a lowercase word is none ("allied fighters")."""
        from kg.language import Phrases, load_language

        if i < len(words) and words[i].islower() and load_language(lang).get("capitalised_demonyms"):
            return None
        index = self._demonym_index.get(lang)
        if index is None:
            table = self.demonyms.get(lang, {})
            index = self._demonym_index[lang] = Phrases(list(table), list(table.values()))
        found = index.matches(words, i)
        return (found[0][0], self.entities[found[0][1]]) if found else None

    def get(self, key: str) -> Entity:
        return self.entities[key]

    def country(self, code: str | None) -> Entity | None:
        """The country entity of an ISO code."""
        key = self.by_code.get(code or "")
        return self.entities.get(key) if key else None

    def seat_state(self, entity: Entity) -> Entity | None:
        """The state a capital or seat of power stands for."""
        key = self.seats.get(entity.key)
        return self.entities.get(key) if key else None

    def capital(self, state: Entity) -> Entity | None:
        """The city that is the seat of a state."""
        return next((self.entities[k] for k, v in self.seats.items() if v == state.key and k in self.entities
                     and self.entities[k].cls == "City"), None)

    def place_of(self, entity: Entity) -> Entity | None:
        """Where something happens when the text says it happens at ``entity``: a place is itself, a building
        or seat of power ("the White House") is the city it stands in, anything else is no place."""
        if entity.cls in PLACE_CLASSES:
            return entity
        key = self.located.get(entity.key)
        if key is None and (self.kinds.get(("parliament", entity.country or "")) == entity.key):
            state = self.country(entity.country)  # a national parliament sits in its state's capital
            return self.capital(state) if state is not None else None
        return self.entities.get(key) if key else None

    def of_kind(self, kind: str, country: Entity) -> Entity:
        """The organisation of a kind for a country (its intelligence service, armed forces...).

        Where the gazetteer names none, a generic entity is made ("Armed forces of Latvia")."""
        code = country.country or ""
        key = self.kinds.get((kind, code))
        if key:
            return self.entities[key]
        label = {"armed_forces": "Armed forces of {}", "intelligence": "{} intelligence services",
                 "officials": "{} officials", "state_media": "{} state media",
                 "parliament": "Parliament of {}", "foreign_ministry": "Ministry of Foreign Affairs ({})",
                 "defence_ministry": "Ministry of Defence ({})", "police": "Police of {}",
                 "protesters": "Protesters in {}", "rebels": "Rebels in {}",
                 "opposition": "Opposition in {}"}.get(kind, "{} " + kind).format(country.label)
        cls = {"armed_forces": "ArmedForce", "officials": "Group", "protesters": "Group", "rebels": "Group",
               "opposition": "Group"}.get(kind, "Organisation")
        entity = Entity(key=f"{cls.lower()}/{slug(label)}", label=label, cls=cls, country=code,
                        aliases=[f"{kind.replace('_', ' ')} of {country.wikidata or country.label}"])
        self.entities.setdefault(entity.key, entity)
        return self.entities[entity.key]

    def lookup(self, lang: str, last_word: str) -> list[NameEntry]:
        return self.index.get(lang, {}).get(last_word.casefold(), [])


def _add(gaz: Gazetteer, entity: Entity) -> Entity:
    gaz.entities.setdefault(entity.key, entity)
    return gaz.entities[entity.key]


def _load_countries(gaz: Gazetteer) -> None:
    en, lv, ru = Locale("en"), Locale("lv"), Locale("ru")
    with open(WIKIDATA / "country-codes.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["ISO3166-1-Alpha-2"].strip()
            if not code:
                continue
            label = en.territories.get(code) or row["CLDR display name"] or row["official_name_en"]
            qid = qid_of(row["wikidata_id"])
            labels = {"en": label}
            for name, loc in (("lv", lv), ("ru", ru)):
                if code in loc.territories:
                    labels[name] = loc.territories[code]
            entity = Entity(key=qid or f"country/{slug(label)}", label=label, cls="Country", wikidata=qid,
                            labels=labels, country=code,
                            aliases=[row["official_name_en"], row["UNTERM English Short"], row["CLDR display name"]])
            gaz.by_code[code] = _add(gaz, entity).key


def _load_people(gaz: Gazetteer) -> None:
    seen: dict[str, tuple[str, str | None, str]] = {}
    for path in sorted(WIKIDATA.glob("officeholders-*.csv")):
        code = OFFICEHOLDER_COUNTRY.get(path.stem.removeprefix("officeholders-"))
        with open(path, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                qid, start = row["personID"].strip(), row.get("start") or ""
                if not qid.startswith("Q"):
                    continue
                if qid not in seen or start >= seen[qid][2]:
                    seen[qid] = (row["person"].strip(), code, start, row["position"].strip())
                if PROMINENT.search(row["position"]) and not row.get("end"):
                    gaz.prominent.add(qid)
    code_of_qid = {e.wikidata: e.country for e in gaz.entities.values() if e.cls == "Country" and e.wikidata}
    with open(WIKIDATA / "world-leaders-2021.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            qid = row["officeholder"].strip()
            seen[qid] = (row["officeholderLabel"].strip(), code_of_qid.get(row["countryid"]),
                         row["start_year"], row["positionLabel"].strip())
            gaz.prominent.add(qid)
            if HEAD_OF_STATE.search(row["positionLabel"]):
                gaz.heads.add(qid)
    with open(WIKIDATA / "verified-extra.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["kind"] == "person":
                seen.setdefault(row["wikidata"], (row["label_en"], None, "", ""))
                gaz.prominent.add(row["wikidata"])
    for qid, (name, code, _start, *position) in seen.items():
        _add(gaz, Entity(key=qid, label=name, cls="Person", wikidata=qid, country=code,
                         title=(position[0] if position else None) or None, labels={"en": name}))


def _leaders_of_registry_states(gaz: Gazetteer) -> None:
    """Leaders of a state only the registry lists (no ISO code, so not in country-codes.csv: Kosovo) get its code
    once the registry is loaded, so that "Kosovo's prime minister" finds them as it finds other leaders."""
    with open(WIKIDATA / "world-leaders-2021.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            person, state = gaz.entities.get(row["officeholder"].strip()), gaz.entities.get(row["countryid"].strip())
            if person is not None and person.country is None and state is not None and state.cls == "Country":
                person.country = state.country


def _load_offices(gaz: Gazetteer) -> None:
    """Offices taken after the Wikidata snapshots (resources/offices.yaml): the holder's title, country and
    prominence, so that a surname alone names them."""
    data = yaml.safe_load((RESOURCES / "offices.yaml").read_text(encoding="utf-8"))
    for row in data["offices"]:
        person = gaz.entities.get(row["wikidata"])
        if person is not None:
            person.title, person.country = row["title"], row["country"]
            gaz.prominent.add(person.key)
            if HEAD_OF_STATE.search(row["title"]):
                gaz.heads.add(person.key)


def _load_registry(gaz: Gazetteer) -> None:
    data = yaml.safe_load((RESOURCES / "entities.yaml").read_text(encoding="utf-8"))
    for group in data.values():
        for item in group:
            cls = item["cls"]
            key = item.get("key") or f"{cls.lower()}/{slug(item['label'])}"
            _add(gaz, Entity(key=key, label=item["label"], cls=cls, wikidata=item.get("wikidata"),
                             country=item.get("country") or item.get("code"), title=item.get("title"),
                             labels={"en": item["label"]}, aliases=list(item.get("aliases", []))))
            if item.get("code"):
                gaz.by_code[item["code"]] = key
            if item.get("seat_of"):
                gaz.seats[key] = item["seat_of"]
            if item.get("located_in"):
                gaz.located[key] = item["located_in"]
            if item.get("kind") and item.get("country"):
                gaz.kinds[(item["kind"], item["country"])] = key
    # a seat stands for a state (by its code) or for an organisation (by its key: Brussels for the EU)
    gaz.seats = {k: gaz.by_code.get(c) or c for k, c in gaz.seats.items() if c in gaz.by_code or c in gaz.entities}
    for (kind, code), key in gaz.kinds.items():
        country = gaz.country(code)
        if country:
            gaz.entities[key].aliases.append(f"{kind.replace('_', ' ')} of {country.wikidata or country.label}")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold().strip()


def _city_names() -> dict[str, dict[str, str]]:
    """City names by language from CLDR's time-zone exemplar cities, keyed by the folded English name
    ("cairo" → {"en": "Cairo", "lv": "Kaira", "ru": "Каир"})."""
    names: dict[str, dict[str, str]] = {}
    for zone in get_global("zone_territories"):
        try:
            english = get_timezone_location(zone, locale="en", return_city=True)
            names[_fold(english)] = {lang: get_timezone_location(zone, locale=lang, return_city=True)
                                     for lang in ("en", "lv", "ru")}
        except (KeyError, LookupError, ValueError):
            continue
    return names


def _load_capitals(gaz: Gazetteer) -> None:
    """The capital of every independent state (country-codes.csv) as a city that stands for its state, named
    in each language as CLDR names it (as are the registry's cities); a capital the registry already has, or one that ``capitals.skip``
    in resources/capitals.yaml says is an ordinary word, is left alone."""
    skip = set(yaml.safe_load((RESOURCES / "capitals.yaml").read_text(encoding="utf-8"))["skip"])
    known = {_fold(e.label) for e in gaz.entities.values()} | {_fold(a) for e in gaz.entities.values()
                                                               for a in e.aliases}
    seated = {gaz.entities[state].country for state in gaz.seats.values()}
    cities = _city_names()
    for entity in gaz.entities.values():
        if entity.cls == "City":
            entity.labels = {**cities.get(_fold(entity.label), {}), **entity.labels}
    with open(WIKIDATA / "country-codes.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code, capital = row["ISO3166-1-Alpha-2"].strip(), row["Capital"].strip()
            if row["is_independent"] != "Yes" or not capital or capital in skip or code in seated \
                    or _fold(capital) in known or code not in gaz.by_code:
                continue
            labels = dict(cities.get(_fold(capital), {}), en=capital)
            entity = _add(gaz, Entity(key=f"city/{slug(capital)}", label=capital, cls="City", country=code,
                                      labels=labels))
            gaz.seats[entity.key] = gaz.by_code[code]


def _resolve(gaz: Gazetteer, ref: str, labels: dict[str, str]) -> str | None:
    """A names.yaml key (QID, ISO code or English label) as an entity key."""
    if ref in gaz.entities:
        return ref
    if ref in gaz.by_code:
        return gaz.by_code[ref]
    return labels.get(ref.casefold())


def _entry(lang: str, key: str, name: str, short: bool = False) -> tuple[str, NameEntry] | None:
    words = name.replace("’", "'").split()
    if not words:
        return None
    expanded = tuple(word_forms(w, lang) for w in words)
    return words[-1], NameEntry(key=key, words=expanded, short=short)


def _index_language(gaz: Gazetteer, lang: str) -> None:
    names = load_language(lang).get("names", {})
    by_label = {e.label.casefold(): e.key for e in gaz.entities.values()}
    spellings: dict[str, set[str]] = defaultdict(set)
    for entity in gaz.entities.values():
        if entity.cls == "Country":
            if lang in entity.labels:
                spellings[entity.key].add(entity.labels[lang])
            if lang == LABEL_LANGUAGE:
                spellings[entity.key].update(a for a in entity.aliases if a and "," not in a)
                spellings[entity.key].add(entity.label)
        elif lang == LABEL_LANGUAGE or entity.cls in ("Organisation", "Group") and not entity.label.startswith("Ministry"):
            spellings[entity.key].add(entity.label)
        elif entity.cls == "City" and lang in entity.labels:
            spellings[entity.key].add(entity.labels[lang])
    for section in ("countries", "people", "organisations", "places"):
        for ref, aliases in (names.get(section) or {}).items():
            key = _resolve(gaz, str(ref), by_label)
            if key:
                spellings[key].update(aliases)
                if lang not in gaz.entities[key].labels and aliases:
                    gaz.entities[key].labels[lang] = aliases[0]
    _drop_claimed_country_names(names.get("countries") or {}, gaz, by_label, spellings)
    _add_spelling_variants(lang, spellings)
    index: dict[str, list[NameEntry]] = defaultdict(list)
    for key, names_of in spellings.items():
        for name in names_of:
            made = _entry(lang, key, name)
            if made:
                for form in made[1].words[-1]:
                    index[form.casefold()].append(made[1])
    short: dict[str, set[str]] = defaultdict(set)
    prefixes = [p for p in load_language(lang).get("name_particles") or [] if p.endswith("-")]
    of = {w for w, label in (load_language(lang).get("morphology", {}).get("prepositions") or {}).items() if label == "of"}
    of_split = re.compile(r"\s+(?:" + "|".join(map(re.escape, sorted(of))) + r")\s+") if of else None
    for key, names_of in spellings.items():
        if gaz.entities[key].cls != "Person":
            continue
        for name in names_of:
            # "Salman of Saudi Arabia": the words after "of" name his country, not him
            for word in (of_split.split(name)[0] if of_split else name).split():
                word = without_prefix(word, prefixes)
                if len(word) > 2 and word[0].isupper():
                    short[word].add(key)
    for word, keys in short.items():
        for key in keys:
            made = _entry(lang, key, word, short=True)
            tier = next((s for s in (gaz.heads, gaz.prominent) if key in s), keys)
            made[1].rivals = len(keys & tier)
            for form in made[1].words[-1]:
                index[form.casefold()].append(made[1])
    gaz.index[lang] = dict(index)
    gaz.demonyms[lang] = {}
    for ref, words in (names.get("demonyms") or {}).items():
        key = _resolve(gaz, str(ref), by_label)
        for word in words if key else []:
            gaz.demonyms[lang][word] = key


def spelling_variants(lang: str, name: str) -> set[str]:
    """The name in the language's other spellings ("National Intelligence Organisation" for "... Organization"),
    word by word from the language file's ``spelling_variants`` pairs."""
    pairs = load_language(lang).get("spelling_variants") or {}
    swap = {**pairs, **{v: k for k, v in pairs.items()}}
    words = name.split()
    if not any(w in swap for w in words):
        return set()
    return {" ".join(swap.get(w, w) for w in words)}


def _add_spelling_variants(lang: str, spellings: dict[str, set[str]]) -> None:
    for names_of in spellings.values():
        names_of.update({v for name in list(names_of) for v in spelling_variants(lang, name)})


def without_prefix(word: str, prefixes: list[str]) -> str:
    """A surname without the article prefix the press drops when it names the person again ("al-Burhan" as
    "Burhan", "el-Sisi" as "Sisi")."""
    prefix = next((p for p in prefixes if word.casefold().startswith(p) and word[len(p):][:1].isupper()), "")
    return word[len(prefix):]


def _drop_claimed_country_names(countries: dict, gaz: Gazetteer, by_label: dict[str, str],
                                spellings: dict[str, set[str]]) -> None:
    """A short name the language file gives one country is taken from the others' standard names: English
    news says "Congo" for the Democratic Republic, though the ISO short name of the other Congo is "Congo"."""
    claimed = {alias: _resolve(gaz, str(ref), by_label) for ref, aliases in countries.items() for alias in aliases or []}
    for key, names_of in spellings.items():
        if gaz.entities[key].cls == "Country":
            names_of.difference_update({n for n in names_of if claimed.get(n) not in (None, key)})


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer with the name index of every available language (built once per process)."""
    gaz = Gazetteer()
    _load_countries(gaz)
    _load_people(gaz)
    _load_offices(gaz)
    _load_registry(gaz)
    _leaders_of_registry_states(gaz)
    _load_capitals(gaz)
    for lang in available_languages():
        _index_language(gaz, lang)
    first = set(yaml.safe_load((RESOURCES / "naming.yaml").read_text(encoding="utf-8"))["surname_first"])
    surnames: dict[str, list[str]] = defaultdict(list)
    for entity in gaz.entities.values():
        words = entity.label.split()
        if entity.cls == "Person" and len(words) > 1:
            surnames[name_key(words[0] if entity.country in first else words[-1])].append(entity.key)
    gaz.surnames = dict(surnames)
    return gaz
