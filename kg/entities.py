"""Stage 3: recognise entity mentions and link them to the gazetteer.

Names are matched in any inflected form the language's paradigms generate; a country's genitive before a
kind noun names that country's organisation ("Dienvidkorejas izlūkdienests", "Russian troops"); a title
makes the following capitalised words a person; pronouns and phrases like "abi līderi" refer back to the
people last named.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from kg.gazetteer import (RESOURCES, Gazetteer, NameEntry, load_gazetteer, name_key, slug, spelling_variants,
                           without_prefix)
from kg.inflect import CASES, guess_cases, lemma_candidates, lemma_guess
from kg.language import Phrases, calendar_words, conjunctions, declines, load_language, phrases
from kg.models import ACTOR_CLASSES, PLACE_CLASSES, Doc, Entity, Mention, Sentence
from kg.segment import tokenize

QUOTE_MARKS = {"“", "”", "\"", "„", "«", "»"}
KINDS = ("armed_forces", "intelligence", "officials", "state_media", "government", "rebels", "members", "weapons",
         "foreign_ministry", "defence_ministry", "parliament", "police", "protesters", "opposition")
SELF_KINDS = ("government", "members", "weapons", "body_members")


def _norm(word: str) -> str:
    return word.replace("’", "'")


def _entry_matches(entry: NameEntry, words: list[str], last: int) -> frozenset[str] | None:
    """Cases of the match if ``entry`` ends at ``words[last]``, else None: those all its words allow
    ("Benjaminu Netanjahu" is accusative), else those of its last word."""
    first = last - len(entry.words) + 1
    if first < 0:
        return None
    cases: frozenset[str] | None = None
    common = frozenset(CASES)
    shown: list[frozenset[str]] = []
    for k, forms in enumerate(entry.words):
        word = _norm(words[first + k])
        hit = forms.get(word)
        if hit is None:
            folded = {f.casefold(): c for f, c in forms.items()}
            hit = folded.get(word.casefold())
            original = next(iter(forms))
            if hit is None or (original[:1].isupper() and not word[:1].isupper()):
                return None
        cases = hit
        common &= hit
        if len(hit) == 1 and hit != frozenset({"nom"}):
            shown.append(hit)
    # words that disagree: an undeclined word reads only as nominative ("Tamimam bin Hamadam Al Tani",
    # "Narendru Modi"), and a fixed genitive after a preposition may read as another case ("Rostovā pie Donas"), so
    # the case a declined word shows is the name's
    return common or (shown[-1] if shown else cases)


def _gazetteer_mentions(gaz: Gazetteer, lang: str, index: int, sent: Sentence, known: set[str],
                        named: frozenset[str] = frozenset()) -> list[Mention]:
    """Names from the gazetteer, longest first; one word of a person's name stands alone only when no other
    capitalised word follows it ("Jorge Glas" is not Jorge Bom Jesus)."""
    words = [t.text for t in sent.tokens]
    found: list[tuple[int, int, NameEntry, frozenset[str]]] = []
    for last, word in enumerate(words):
        for entry in gaz.lookup(lang, _norm(word)):
            if entry.short and entry.key not in known and (entry.key not in gaz.prominent or entry.rivals > 1):
                continue
            if entry.short and last + 1 < len(words) and words[last + 1][:1].isupper() and words[last + 1].isalpha():
                continue
            if entry.short and _after_other_name(lang, words, last - len(entry.words) + 1):
                continue
            if entry.short and _after_unknown_given_name(gaz, lang, words, last - len(entry.words) + 1):
                continue
            if not entry.short and len(entry.words) == 1 and _ends_unknown_name(gaz, lang, words, last):
                continue
            if len(entry.words) > 1 and phrases(lang, "name_breaking_compounds").match(words, last) > 1:
                continue
            if entry.short and entry.key not in known and name_key(_norm(word)) in named:
                continue  # "Ali" after "Irfāns Ali" was named is him, not a famous namesake the story never named
            cases = _entry_matches(entry, words, last)
            if cases is not None and not (entry.short and _before_other_surname(gaz, lang, words, last, entry.key)):
                found.append((last - len(entry.words) + 1, last, entry, cases))
    spans: dict[tuple[int, int, str], frozenset[str]] = {}
    for first, last, entry, cases in found:
        spans[(first, last, entry.key)] = spans.get((first, last, entry.key), frozenset()) | cases
    found = [(first, last, entry, spans[(first, last, entry.key)]) for first, last, entry, _ in found]
    # of namesakes met by one word, the one the story has named wins ("Ali" after "Irfāns Ali")
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2].short, f[0], f[2].key not in known, f[2].key))
    taken: set[int] = set()
    mentions = []
    for first, last, entry, cases in found:
        if taken & set(range(first, last + 1)):
            continue
        taken.update(range(first, last + 1))
        mentions.append(_mention(gaz, index, sent, first, last, gaz.get(entry.key), cases))
    return mentions


def _after_other_name(lang: str, words: list[str], first: int) -> bool:
    """A lone name word after a capitalised word that is no title ("Anwar Ibrahim", not "President Ibrahim")
    ends someone else's name; only where names do not decline (English), where a sentence's other words are
    lowercase."""
    if declines(lang) or first < 2 or not words[first - 1][:1].isupper() or not words[first - 1].isalpha():
        return False
    if _calendar_word(lang, words[first - 1]):
        return False  # "On Friday Burhan removed ...": a day, not a given name
    titles = phrases(lang, "titles")
    return not any(titles.match(words, s) == first - s for s in range(max(0, first - 5), first))


@lru_cache(maxsize=4)
def _common_words(lang: str) -> frozenset[str]:
    """Words the language files use, and words shared by the names of several bodies ("Fleet", "Party"): words
    that are no one's given name or surname."""
    gaz = load_gazetteer()
    found = {w.casefold() for f in RESOURCES.parent.joinpath("lang", lang).glob("*.yaml") if f.stem != "names"
             for w in re.findall(r"[^\W\d_]+", re.sub(r"#.*", "", f.read_text(encoding="utf-8")))}
    counts: dict[str, int] = {}
    for entity in gaz.entities.values():
        if entity.cls != "Person":
            for w in {w.casefold() for w in re.findall(r"[^\W\d_]+", entity.label)}:
                counts[w] = counts.get(w, 0) + 1
    return frozenset(found | {w for w, n in counts.items() if n > 1})


def _ends_unknown_name(gaz: Gazetteer, lang: str, words: list[str], i: int) -> bool:
    """A one-word name of a body or place after two capitalised words inside the sentence that name nothing known
    and are no common words ("Thérèse Kayikwamba Wagner") ends a person's name."""
    if declines(lang) or i < 3 or not words[i][:1].isupper():
        return False
    before = words[i - 2:i]
    return words[i - 3] not in (".", "!", "?", *QUOTE_MARKS) and all(
        w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper() and w.casefold() not in _common_words(lang)
        and all(e.short for e in gaz.lookup(lang, _norm(w))) for w in before)


def _calendar_word(lang: str, word: str) -> bool:
    """A weekday or month name, capitalised in English though no name of a person."""
    return word in calendar_words(lang)


def _after_unknown_given_name(gaz: Gazetteer, lang: str, words: list[str], first: int) -> bool:
    """A known surname after a capitalised word inside the sentence that names nothing known ("Ūša Vensa" is not
    JD Vance): the name is someone else's, of the same family or not."""
    if not declines(lang) or first < 2 or not words[first - 1][:1].isupper() or not words[first - 1].isalpha():
        return False
    if phrases(lang, "titles").match(words, first - 1) or gaz.lookup(lang, _norm(words[first - 1])):
        return False
    prepositions = load_language(lang).get("morphology", {}).get("prepositions") or {}
    # "Pēc Vostočnijas Kims": a word a preposition governs is a place, not a given name
    return words[first - 2] not in (".", "!", "?") and words[first - 2] not in QUOTE_MARKS \
        and words[first - 2].casefold() not in prepositions and "gen" not in guess_cases(words[first - 1], lang)



def _before_other_surname(gaz: Gazetteer, lang: str, words: list[str], i: int, key: str) -> bool:
    """A lone given name followed by a surname that is not this person's ("Vladimiru Lipajevu") is
    someone else's."""
    if i + 1 >= len(words) or not words[i + 1][:1].isupper() or not words[i + 1].replace("-", "").isalpha():
        return False
    return not any(e.key == key for e in gaz.lookup(lang, _norm(words[i + 1])))


def _without_origins(lang: str, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A country before a word for origin ("Azerbaidžānas izcelsmes vīrieši") says where people come from: they are
    no act of that state, and the state is no party. A state or bloc of no organisation before a word for unnamed
    partners ("Rietumu partneri", "Ukraine's allies") names a group that is no entity (docs/gold-format.md, unnamed
    groups); an organisation's ("NATO sabiedrotie") stands for the organisation and stays."""
    words = [t.text for t in sent.tokens]
    origin, groups = phrases(lang, "origin_nouns"), phrases(lang, "unnamed_group_nouns")
    return [m for m in mentions if not (m.entity.cls == "Country" and origin.match(words, m.last + 1))
            and not (m.entity.cls in ("Country", "Group", "Region") and groups.match(words, m.last + 1))]


def _mention(gaz: Gazetteer, index: int, sent: Sentence, first: int, last: int, entity: Entity,
             cases: frozenset[str] | set[str]) -> Mention:
    start, end = sent.tokens[first].start, sent.tokens[last].end
    offset = sent.start
    return Mention(sentence=index, first=first, last=last, start=start, end=end,
                   text=sent.text[start - offset:end - offset], entity=entity, cases=sorted(cases),
                   as_actor=gaz.seat_state(entity))


def _nationalities(gaz: Gazetteer, lang: str, words: list[str], mentions: list[Mention]) -> dict[int, tuple[int, Entity]]:
    """Where a country, group or nationality word ends: its first word and entity, by last word."""
    spans: dict[int, tuple[int, Entity]] = {}
    for m in mentions:
        if m.entity.cls in ("Country", "Group") and (not declines(lang) or "gen" in m.cases):
            spans[m.last] = (m.first, m.entity)
        elif m.as_actor is not None and m.as_actor.cls == "Country" and "gen" in m.cases:
            spans[m.last] = (m.first, m.as_actor)  # a capital for its state: "Baku pārstāvji"
    for i in range(len(words)):
        hit = gaz.demonym_at(lang, words, i)
        if hit and i + hit[0] - 1 not in spans:
            spans[i + hit[0] - 1] = (i, hit[1])
    return spans


_MODEL_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Za-z]{0,2}")
"""A weapon model ("F-16", "Su-34", "MiG-29", "T-72")."""


def _kind_mentions(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A country (genitive or demonym) followed by a kind noun: that country's organisation. A country's or
    organisation's leaders, ministers or member states as a body ("ES līderi", "G7 valstis") are the body itself.
    Where names do not decline, a kind noun before a name is a title ("US envoy John Coale").

    "Dienvidkorejas un Rietumu izlūkdienesti" and "South Korean and Western intelligence" name two.
    """
    words = [t.text for t in sent.tokens]
    joiners = conjunctions(lang)
    cased = declines(lang)
    spans = _nationalities(gaz, lang, words, mentions)
    bodies = {m.last: (m.first, m.entity) for m in mentions if m.entity.cls == "Organisation"}
    # a capital for its state, only as the state itself: "Moscow's delegation"
    bodies.update({m.last: (m.first, m.as_actor) for m in mentions if m.as_actor is not None
                   and m.as_actor.cls == "Country" and "gen" in m.cases and m.last not in spans})
    out = []
    fighters = phrases(lang, "fighter_refs")
    sites = phrases(lang, "military_sites")
    for last, (first, entity) in sorted({**bodies, **spans}.items()):
        j = last + 1
        model = j + 1 < len(words) and bool(_MODEL_DESIGNATION.fullmatch(words[j]))
        if model:
            j += 1  # "Polish F-35 fighters", "Russian Su-34 bombers": the model between names no one
        n = sites.match(words, j) if last in spans and entity.cls == "Country" else 0
        if n:  # "attacked Iraqi border posts", "Syrian positions": the forces that hold them
            out.append(_mention(gaz, index, sent, first, j + n - 1, _kind_of(gaz, "armed_forces", entity),
                                guess_cases(words[j + n - 1], lang)))
            continue
        # the longest kind noun wins ("Myanmar's military government" is the state, not its military)
        for kind in sorted(KINDS if last in spans else SELF_KINDS,
                           key=lambda k: -phrases(lang, "kind_nouns", k).match(words, j)):
            n = phrases(lang, "kind_nouns", kind).match(words, j)
            if kind == "members" and not n and entity.cls != "Country":
                # a group's fighters act as the group ("Hamās kaujinieki"); a country's are no state: its rebels
                # are the kind "rebels", its fighters with no such word nobody's
                n = fighters.match(words, j)
            follows_name = j + n < len(words) and words[j + n][:1].isupper() and words[j + n].isalpha()
            if not n or follows_name and (kind == "members" or not cased):
                continue
            if kind == "armed_forces" and model:
                kind = "government"  # "Polish F-35 fighters": a weapon named with a nationality is the state
            elif kind == "armed_forces" and sites.match(words, j + n):
                n += sites.match(words, j + n)  # "strikes on Indian military bases": the forces that hold them
            elif phrases(lang, "kind_modified_nouns").match(words, j + n):
                continue  # "an Indian military academy", "a Russian army depot": a place of the country, not its forces
            if kind == "government" and phrases(lang, "deed_modifier_nouns").match(words, j + n):
                continue  # "a Russian missile strike": the weapon says what kind of deed, the nationality does it
            staff = phrases(lang, "kind_nouns", "officials").match(words, j + n) if kind == "government" else 0
            if staff:
                # "Kolumbijas valdības amatpersonām": the government's officials are the state's officials
                kind, n = "officials", n + staff
            cases = guess_cases(words[j + n - 1], lang)
            out.append(_mention(gaz, index, sent, first, j + n - 1, _kind_of(gaz, kind, entity), cases))
            head = first
            # "ASV, Lielbritānijas, Francijas un Jordānijas spēkiem": each state listed before the last is one too
            while head >= 2 and (words[head - 1].casefold() in joiners or words[head - 1] == "," and head != first) \
                    and head - 2 in spans:
                other_last = head - 2
                head, other = spans[other_last]
                out.append(_mention(gaz, index, sent, head, other_last, _kind_of(gaz, kind, other), cases))
            break
    return out + _leader_states(gaz, lang, index, sent, mentions)


def _leader_states(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """"The Trump administration", "the Netanyahu government", "Daniela Ortegas valdība": the leader's state
    (where names decline, only a leader in the genitive owns the body: "Makrons valdībai uzdeva" is no state)."""
    words = [t.text for t in sent.tokens]
    bodies_of = phrases(lang, "leader_bodies")
    out = []
    for m in mentions:
        n = bodies_of.match(words, m.last + 1) if m.entity.cls == "Person" and m.entity.country \
            and (not declines(lang) or "gen" in m.cases) else 0
        state = gaz.country(m.entity.country) if n else None
        if state is not None:
            out.append(_mention(gaz, index, sent, m.first, m.last + n, state, guess_cases(words[m.last + n], lang)))
    return out


def _kinds_of(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A kind noun with "of" and a name ("Fighters of the Wagner mercenary group", "troops of Russia"): the
    name's organisation of that kind, or the name itself when it is already such a body."""
    words = [t.text for t in sent.tokens]
    of = phrases(lang, "kind_of_marker")
    origin = load_language(lang).get("kind_origin") or {}
    determiners = phrases(lang, "determiners")
    possessive = phrases(lang, "pronouns", "possessive")
    out = []
    for m in mentions:
        if m.entity.cls not in ("Country", "Group", "ArmedForce", "Organisation"):
            continue
        k = m.first - 1
        if k >= 0 and determiners.match(words, k):
            k -= 1
        if k >= 1 and m.entity.cls == "Country" and phrases(lang, "kind_origin", "markers").match(words, k):
            # "expelled diplomats from Argentina, Chile and Peru": people of a kind from a state are that state's
            # (not "its diplomats from Ecuador", sent from home)
            for kind in origin.get("kinds") or []:
                start = next((start for start in range(max(0, k - 3), k) for n in [phrases(
                    lang, "kind_nouns", kind).match(words, start)] if n and start + n == k
                              and not (start > 0 and possessive.match(words, start - 1))), None)
                if start is not None:
                    out.append(_mention(gaz, index, sent, start, m.last, _kind_of(gaz, kind, m.entity),
                                        guess_cases(words[start], lang)))
                    out += [_mention(gaz, index, sent, o.first, o.last, _kind_of(gaz, kind, o.entity), o.cases)
                            for o in _listed_after(words, m, mentions, lang)]
            continue
        if k < 1 or not of.match(words, k):
            continue
        for kind in KINDS:
            for start in range(max(0, k - 2), k):
                n = phrases(lang, "kind_nouns", kind).match(words, start)
                if n and start + n == k:
                    own = m.entity.cls != "Country" and (kind == "armed_forces") == (m.entity.cls == "ArmedForce")
                    entity = m.entity if own else _kind_of(gaz, kind, m.entity) if m.entity.cls == "Country" else None
                    if entity is not None:
                        out.append(_mention(gaz, index, sent, start, m.last, entity, guess_cases(words[start], lang)))
                    if entity is not None and m.entity.cls == "Country" and entity.key != m.entity.key \
                            and kind != "officials":
                        # "soldiers of Mali and Niger": the kind of every state the list names (officials are
                        # left to the people they turn out to be)
                        out += [_mention(gaz, index, sent, o.first, o.last, _kind_of(gaz, kind, o.entity), o.cases)
                                for o in _listed_after(words, m, mentions, lang) if o.entity.cls == "Country"]
    return out


def _kind_from_before(lang: str, words: list[str], i: int) -> tuple[int, str | None]:
    """Where a kind noun and an origin marker before ``i`` start and the kind they name ("commanders from" before
    "both sides"), else ``i`` and None."""
    origin = load_language(lang).get("kind_origin") or {}
    k = i - 1
    if k < 1 or not phrases(lang, "kind_origin", "markers").match(words, k):
        return i, None
    for kind in origin.get("kinds") or []:
        start = next((start for start in range(max(0, k - 3), k)
                      if (n := phrases(lang, "kind_nouns", kind).match(words, start)) and start + n == k), None)
        if start is not None:
            return start, kind
    return i, None


def _kinds_in_town(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A kind noun followed by "in" and a town ("police in Tbilisi arrested 50 protesters"): that kind of the
    town's country; the town stays the place."""
    table = load_language(lang).get("kind_in_town") or {}
    words = [t.text for t in sent.tokens]
    markers = phrases(lang, "kind_in_town", "markers")
    out = []
    for m in mentions:
        if m.entity.cls not in ("City", "Region") or m.first < 2 or not markers.match(words, m.first - 1):
            continue
        country = gaz.country(m.entity.country or "")
        for kind in table.get("kinds") or []:
            start = next((start for start in range(max(0, m.first - 4), m.first - 1) for n in [phrases(
                lang, "kind_nouns", kind).match(words, start)] if n and start + n == m.first - 1), None)
            if start is not None and country is not None \
                    and not any(o.first <= start <= o.last or o.last == start - 1 for o in mentions):
                out.append(_mention(gaz, index, sent, start, m.first - 2, _kind_of(gaz, kind, country),
                                    guess_cases(words[m.first - 2], lang)))
    return out


def _listed_after(words: list[str], first: Mention, mentions: list[Mention], lang: str) -> list[Mention]:
    """The states listed after ``first`` with commas and "and" ("Argentina, Chile, Costa Rica and Peru")."""
    joins = conjunctions(lang) | {","}
    out, last = [], first
    for m in sorted((m for m in mentions if m.first > first.last and m.entity.cls == "Country"), key=lambda m: m.first):
        between = [w.casefold() for w in words[last.last + 1:m.first]]
        if not between or any(w not in joins and w not in ("the",) for w in between):
            break
        out.append(m)
        last = m
    return out


def _kind_of(gaz: Gazetteer, kind: str, entity: Entity) -> Entity:
    """A non-state group's fighters or militants are the group itself ("Houthi fighters", "al-Shabaab militants")."""
    own = kind in ("armed_forces", "rebels") and entity.cls == "Group"
    return entity if kind in SELF_KINDS or own else gaz.of_kind(kind, entity)


def _title_country(gaz: Gazetteer, lang: str, title: str) -> Entity | None:
    """The country the article is about: that of the first name in its title with a country."""
    if not title:
        return None
    sent = Sentence(start=0, end=len(title), text=title, tokens=tokenize(title))
    for m in sorted(_gazetteer_mentions(gaz, lang, -1, sent, set()), key=lambda m: m.first):
        actor = m.actor
        country = actor if actor.cls == "Country" else gaz.country(actor.country)
        if country is not None:
            return country
    return None


def story_country(doc: Doc) -> Entity | None:
    """The country the article is about, by its title (see ``_title_country``)."""
    return _title_country(load_gazetteer(), doc.article.lang, doc.article.title)


def _story_kinds(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                 history: list[Mention], home: Entity | None, sentences: list[Sentence]) -> list[Mention]:
    """A bare "policija", "valdība", "demonstranti" with no country before it is that of the country the story
    takes place in: the country of a city named as a place in this sentence or the one before, else the country
    of the article's title ("Otrdien policija aizturēja 66 cilvēkus" in a story about Georgia, "the army accused
    the paramilitaries" in one about Sudan)."""
    table = load_language(lang).get("story_kinds") or {}
    if not table:
        return []
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    country = _story_country(gaz, lang, index, mentions, history, home, sentences)
    if country is None:
        return []
    out = []
    i = 0
    while i < len(words):
        hit = max(((kind, n) for kind in table for n in [phrases(lang, "story_kinds", kind).match(
            words, i)] if n), key=lambda h: h[1], default=None)  # "government forces" is an army
        organs = phrases(lang, "pronouns", "plural_organs").match(words, i)
        owners = _plural_possessor_states(gaz, lang, words, i, mentions) if organs and i not in taken else []
        if owners:
            # "accusing their governments" after diplomats of several states: each of those states
            out += [_mention(gaz, index, sent, i - 1, i + organs - 1, state, guess_cases(words[i + organs - 1], lang))
                    for state in owners]
            i += organs
            continue
        if hit is None or i in taken or i - 1 in taken or i > 0 and any(
                phrases(lang, "plural_refs", group).match(words, i - 1) > 1 for group in ("country", "party")):
            i += 1  # "abas valdības": the two states named last, not the story's own government
            continue
        kind, n = hit
        if any(m.first == i + n and m.entity.cls == "Person" for m in mentions):
            i += n  # "opozīcijas politiķis Mikola Statkevičs": a title of the person named after it
            continue
        owner = _possessor_state(gaz, lang, words, i, mentions, history)
        if owner is not None:
            # "his government", "her cabinet": the state of the leader the pronoun stands for
            out.append(_mention(gaz, index, sent, i - 1, i + n - 1, _kind_of(gaz, kind, owner),
                                guess_cases(words[i + n - 1], lang)))
            i += n
            continue
        if i + n + 1 < len(words) and words[i + n].isalpha() and words[i + n].islower() \
                and phrases(lang, "kind_of_marker").match(words, i + n + 1):
            i += n  # "the military governments of Mali": a modifier of a noun that names its own owner
            continue
        local = kind in (load_language(lang).get("kinds_named_before") or [])
        named = _kind_named_before(gaz, kind, history + mentions) if local else None
        if local and named is None and _story_country(gaz, lang, index, mentions, history, None, sentences) is None \
                and not _own_body_recent(gaz, home, history, index):
            i += n  # bare police with no town named near and none named before: the title's country is no ground
            continue
        out.append(_mention(gaz, index, sent, i, i + n - 1, named or _kind_of(gaz, kind, country),
                            guess_cases(words[i + n - 1], lang)))
        i += n
    return out


def _own_body_recent(gaz: Gazetteer, home: Entity | None, history: list[Mention], index: int) -> bool:
    """Whether a body of the title's state (its army, ministry, officials) was named in the two sentences before:
    then the story is at home there, and a bare "police" is that state's."""
    if home is None or not home.country:
        return False
    return any(m.sentence >= index - 2 and m.entity.cls != "Country" and m.entity.country == home.country
               and m.entity.cls in ("ArmedForce", "Organisation", "Group") for m in history)


def _service_named_before(gaz: Gazetteer, lang: str, m: Mention, history: list[Mention], index: int) -> Mention:
    """A state's forces named by a word for service members of any branch ("the Chinese personnel", "Chinese
    officers") after one armed service of that state was named in the two sentences before ("Chinese coast guard
    personnel boarded ...") are that service."""
    nouns = phrases(lang, "service_member_nouns")
    last = m.text.split()[-1] if m.text.split() else ""
    country = gaz.country(m.entity.country) if m.entity.country else None
    if not nouns or last not in nouns or country is None or m.entity.key != gaz.of_kind("armed_forces", country).key:
        return m
    services = {h.entity.key: h.entity for h in history if h.sentence >= index - 2 and h.entity.cls == "ArmedForce"
                and h.entity.country == country.country and h.entity.key != m.entity.key}
    if len(services) != 1:
        return m
    return m.model_copy(update={"entity": next(iter(services.values()))})


def _kind_named_before(gaz: Gazetteer, kind: str, before: list[Mention]) -> Entity | None:
    """The body of a kind the text named last with its country ("Ecuadorian police ... was thrown to the ground by
    police"): a bare kind noun later is that one, whatever country the title names first."""
    bodies = {key for (k, _), key in gaz.kinds.items() if k == kind}
    for m in reversed(before):
        country = gaz.country(m.entity.country) if m.entity.cls != "Country" and m.entity.country else None
        if m.entity.key in bodies or country is not None and m.entity.key == gaz.of_kind(kind, country).key:
            return m.entity
    return None


def _plural_possessor_states(gaz: Gazetteer, lang: str, words: list[str], i: int,
                             mentions: list[Mention]) -> list[Entity]:
    """The states of the people of several states named last in the sentence, which "their" before a state's organ
    stands for ("expelled diplomats from Chile, Peru and Uruguay, accusing their governments")."""
    if i == 0 or not phrases(lang, "pronouns", "plural_possessive").match(words, i - 1):
        return []
    people = [m for m in mentions if m.last < i - 1 and m.entity.cls == "Group" and m.entity.country]
    states: list[Entity] = []
    for m in people:
        state = gaz.country(m.entity.country)
        if state is not None and m.entity.key == gaz.of_kind("officials", state).key and state not in states:
            states.append(state)
    return states if len(states) > 1 else []


def _possessor_state(gaz: Gazetteer, lang: str, words: list[str], i: int, mentions: list[Mention],
                     history: list[Mention]) -> Entity | None:
    """The state of the person a possessive pronoun before ``words[i]`` stands for ("his government"), where the
    language's person pronouns tell a person ("his", "her", not "its")."""
    if i == 0 or not phrases(lang, "pronouns", "person_possessive").match(words, i - 1):
        return None
    person = _antecedent(history, [m for m in mentions if m.last < i - 1], words[i - 1], lang)
    return gaz.country(person.country) if person is not None and person.country else None


def _quoted_after_noun(lang: str, sent: Sentence, mentions: list[Mention]) -> None:
    """A quoted name after a word for a party or company ("apsūdzēja partiju "Vienotā kustība"") stays in the
    nominative whatever the noun's case: the mention takes the noun's cases."""
    words = [t.text for t in sent.tokens]
    nouns = phrases(lang, "organisation_nouns")
    for m in mentions:
        if m.first >= 2 and words[m.first - 1] in QUOTE_MARKS and m.last + 1 < len(words) \
                and words[m.last + 1] in QUOTE_MARKS and nouns.match(words, m.first - 2):
            m.cases = sorted(guess_cases(words[m.first - 2], lang)) or m.cases


def _officials_before_name(gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """A country's official right before a person's name in the same case ("izraidīja Kanādas diplomātu Pēteri
    Ozolu") is that person's title, not a second party."""
    def titles(m: Mention, n: Mention) -> bool:
        country = gaz.country(m.entity.country) if m.entity.country else None
        return n.first == m.last + 1 and n.entity.cls == "Person" and country is not None \
            and gaz.of_kind("officials", country).key == m.entity.key and bool(set(m.cases) & set(n.cases))
    return [m for m in mentions if not any(titles(m, n) for n in mentions)]


def _story_country(gaz: Gazetteer, lang: str, index: int, mentions: list[Mention], history: list[Mention],
                   home: Entity | None, sentences: list[Sentence]) -> Entity | None:
    """The country the story takes place in at this sentence: that of a city named as a place in it or the one
    before, else the country of the article's title."""
    cities = [m for m in history + mentions if m.sentence >= index - 1 and m.entity.cls in PLACE_CLASSES
              and m.entity.cls != "Country" and _located(m, lang, sentences) and gaz.country(m.entity.country)]
    return gaz.country(cities[-1].entity.country) if cities else home


def _story_capital(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                   history: list[Mention], home: Entity | None, sentences: list[Sentence]) -> list[Mention]:
    """A bare "the capital" is the capital of the country the story takes place in ("deployed fighters across
    the capital" in a story about Sudan is Khartoum); "the capital of X" names its own."""
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    refs = phrases(lang, "story_capital")
    out = []
    for i in range(len(words)):
        n = refs.match(words, i)
        if not n or any(k in taken for k in range(i, i + n)) or i + n < len(words) and words[i + n].casefold() == "of":
            continue
        country = _story_country(gaz, lang, index, mentions, history, home, sentences)
        seat = gaz.capital(country) if country is not None else None
        if seat is not None:
            out.append(_mention(gaz, index, sent, i, i + n - 1, seat, guess_cases(words[i + n - 1], lang)))
    return out


def _located(m: Mention, lang: str, sentences: list[Sentence]) -> bool:
    """Whether a place name says where something happens: in the locative, or after a locative preposition
    where names do not decline ("in Seoul")."""
    if "loc" in m.cases:
        return True
    before = sentences[m.sentence].tokens[m.first - 1].text if 0 < m.first and 0 <= m.sentence < len(sentences) else ""
    return bool(before) and before.casefold() in {w.casefold() for w in load_language(lang).get(
        "locative_prepositions", [])}


def _fighters(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
              history: list[Mention]) -> list[Mention]:
    """Bare "kaujinieki", "viņa kaujinieki" (fighters, with no group named before them) are those of the armed
    group named last, in this sentence or the three before: a group that is no state's own forces; of those, one
    whose fighters were told of."""
    refs = phrases(lang, "fighter_refs")
    if not refs.count:
        return []
    words = [t.text for t in sent.tokens]
    state_forces = set(gaz.kinds.values())
    pronouns = phrases(lang, "pronouns", "person")
    out = []
    for i in range(len(words)):
        n = refs.match(words, i)
        if not n or any(m.first <= i <= m.last for m in mentions):
            continue
        # a name just before owns them only in the genitive ("Sestdien Voroņežas apgabalā kaujinieki" is a place)
        owner = next((m for m in mentions if m.last == i - 1 and (not declines(lang) or "gen" in m.cases)), None)
        if owner is not None and not (owner.first == owner.last and pronouns.match(words, owner.first)):
            continue
        groups = [m for m in history + [m for m in mentions if m.last < i] if m.sentence >= index - 3
                  and m.entity.cls in ("ArmedForce", "Group") and m.entity.key not in state_forces
                  and not any(" of " in a for a in m.entity.aliases)]
        # the group whose fighters were told of last, rather than a unit they fought ("ieņēma apgabala štābu")
        called = [m for m in groups if refs.match(m.text.split(), 0)]
        if groups:
            out.append(_mention(gaz, index, sent, i, i + n - 1, (called or groups)[-1].entity,
                                guess_cases(words[i + n - 1], lang)))
    return out


def _unnamed_rebels(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                    history: list[Mention], home: Entity | None, sentences: list[Sentence]) -> list[Mention]:
    """"The rebels", "the insurgents" with no armed group near (see ``_fighters``): the one group the article
    named before, however far back; with none named, the rebels of the country the story takes place in ("the
    army launched an offensive against the rebels" in a story about Sudan)."""
    refs = phrases(lang, "rebel_refs")
    if not refs.count:
        return []
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    state_forces = set(gaz.kinds.values())
    out = []
    for i in range(len(words)):
        n = refs.match(words, i)
        if not n or any(k in taken for k in range(i, i + n)) or i + n < len(words) and (
                words[i + n][:1].isupper() or words[i + n].casefold() in phrases(lang, "kind_of_marker")):
            continue  # "the rebels of the M23", "the rebels Hamas": a name follows
        groups = {m.entity.key: m.entity for m in history + [m for m in mentions if m.last < i]
                  if m.entity.cls in ("ArmedForce", "Group") and m.entity.key not in state_forces
                  and not any(" of " in a for a in m.entity.aliases)}
        if len(groups) > 1:
            continue
        country = _story_country(gaz, lang, index, mentions, history, home, sentences)
        entity = next(iter(groups.values())) if groups else _kind_of(gaz, "rebels", country) if country else None
        if entity is not None:
            out.append(_mention(gaz, index, sent, i, i + n - 1, entity, guess_cases(words[i + n - 1], lang)))
    return out


def _foreign_names(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                   known: set[str]) -> list[Mention]:
    """Capitalised words that spell a known person's surname in this language's way ("Sergejs Šoigu"). A
    surname alone names only a prominent person or one the article has named ("Vnukovo" is an airport).

    Where names do not decline, the last letter must agree: "Marine" is no "Marin"."""
    words = [t.text for t in sent.tokens]
    cased = declines(lang)
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for i, word in enumerate(words):
        if i in taken or not word[:1].isupper() or not word.isalpha() or len(word) < 3 or word.isupper():
            continue
        if i + 1 < len(words) and words[i + 1][:1].isupper() and words[i + 1].isalpha() and i + 1 not in taken:
            continue
        first = i - 1 if i > 0 and i - 1 not in taken and words[i - 1][:1].isupper() and words[i - 1].isalpha() else i
        opening = first == i == 0  # capitalised anyway: a surname there only of one the article has named
        person = None
        for candidate in lemma_candidates(word, lang):
            person = gaz.person_by_surname(candidate, words[first] if first < i else None)
            if person is not None:
                break
        if person is not None and not cased and slug(person.label.split()[-1])[-1:] != slug(word)[-1:]:
            person = None
        if person is not None and (person.key in known if opening
                                   else first < i or person.key in known or person.key in gaz.prominent):
            out.append(_mention(gaz, index, sent, first, i, person, guess_cases(word, lang)))
    return out


def _titled_people(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                   made: dict[str, Entity]) -> list[Mention]:
    """Capitalised words after a title ("ambassador, Raquel Serur") or after "counterpart" ("his Indian
    counterpart, Rajnath Singh") are a person: a new one when the gazetteer does not know them, kept in ``made``
    for the rest of the article."""
    words = [t.text for t in sent.tokens]
    titles, counterparts = phrases(lang, "titles"), phrases(lang, "counterpart_nouns")
    particles = {w.casefold() for w in load_language(lang).get("name_particles", [])}
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    i = 0
    while i < len(words):
        n = titles.match(words, i) or counterparts.match(words, i)
        if not n:
            i += 1
            continue
        j = i + n
        if j + 1 < len(words) and words[j] == "," and words[j + 1][:1].isupper():
            j += 1
            # "the delegation head, Defence Minister Rustem Umerov": the name's own title is no part of it
            while titles.match(words, j) and j + titles.match(words, j) < len(words) \
                    and words[j + titles.match(words, j)][:1].isupper():
                j += titles.match(words, j)
        if j + 1 < len(words) and j in taken and words[j].isupper() and words[j + 1][:1].isupper() \
                and j + 1 not in taken:
            j += 1  # "vēstnieks ANO Gilads Erdans": the body the title is held at stands between
        title = words[j - 2] if j >= 2 and j - 1 in taken and words[j - 1].isupper() else words[j - 1]
        k = j
        while k < len(words) and (words[k][:1].isupper() or k > j and _particle(words[k], particles)) \
                and words[k].replace("-", "").isalpha() and k not in taken and k - j < 5:
            k += 1
        while k > j and words[k - 1].casefold() in particles:
            k -= 1
        if k - j >= 2:
            name = " ".join(lemma_guess(w, lang, _apposed_cases(title, words[k - 1], lang)) for w in words[j:k])
            if k < len(words) and words[k] == "." and words[k - 1] in load_language(lang).get("name_suffixes", []):
                name, k = name + ".", k + 1  # "Romeo Brawner Jr."
            # "Iranian foreign minister X", "State Department spokesman X": the state of what stands before the title
            country = next((m.entity.country for m in mentions if m.last < i and i - m.last <= 3
                            and m.entity.cls in ("Country", "Organisation") and m.entity.country), None) \
                or _demonym_before(gaz, lang, words, i)
            entity = made.setdefault(f"person/{slug(name)}", Entity(
                key=f"person/{slug(name)}", label=name, cls="Person", country=country, labels={lang: name},
                title=" ".join(words[i:i + n]).casefold()))
            out.append(_mention(gaz, index, sent, j, k - 1, entity, _apposed_cases(title, words[k - 1], lang)))
        i = max(k, i + n)
    return out


def _unknown_name_word(word: str, not_names: set[str], lang: str) -> bool:
    """Whether a word may be part of a person's name the gazetteer lacks: capitalised letters, not an acronym, a
    listed non-name or a month or weekday."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 1 and not word.isupper() \
        and word not in not_names and not _calendar_word(lang, word)


def _people_before_titles(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                          made: dict[str, Entity]) -> list[Mention]:
    """A full name the gazetteer lacks, set off by a comma before its title ("Ana Ruiz, Peru's deputy foreign
    minister", "Ana Ruiz, the Peruvian envoy"), is a person of the state named with the title; the title's phrase
    is no other party beside them. In a language that declines ("Ali Omars, Somālijas ārlietu ministrs,"), the name
    is read back to its nominative in the case its title after the comma stands in."""
    words = [t.text for t in sent.tokens]
    titles, determiners = phrases(lang, "titles"), phrases(lang, "determiners")
    not_names = set(load_language(lang).get("not_names", []))
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}

    def name_word(k: int) -> bool:
        return k not in taken and _unknown_name_word(words[k], not_names, lang)

    out = []
    for comma in (i for i, w in enumerate(words) if w == ","):
        first = comma
        while first > 0 and comma - first < 4 and name_word(first - 1):
            first -= 1
        if comma - first < 2 or first > 0 and words[first - 1][:1].isupper() and words[first - 1].isalpha() \
                and words[first - 1] not in not_names:
            continue
        j = comma + 1 + (determiners.match(words, comma + 1) if comma + 1 < len(words) else 0)
        while j < len(words) and words[j] in ("most", "senior", "former", "top", "veteran") and not titles.match(words, j):
            j += 1  # "Ana Ruiz, the most senior Peruvian diplomat"
        owner = next((m for m in mentions if m.first == j and m.entity.country
                      and (m.entity.cls == "Country" or titles.match(words, m.last))), None)
        country = owner.entity.country if owner is not None else None
        if owner is not None and owner.entity.cls != "Country":
            # "Ana Ruiz, Peru's envoy": the envoy is the person named, not the state's officials besides
            mentions.remove(owner)
            j = owner.last
        elif owner is not None:
            j = owner.last + 1
        elif (hit := gaz.demonym_at(lang, words, j)) is not None:
            country, j = hit[1].country, j + hit[0]
        elif titles.match(words, j) and phrases(lang, "kind_of_marker").match(words, j + titles.match(words, j)):
            # "Ana Ruiz, leader of the ruling Unity Party", "head of Peru's senate": the state of what is led
            after = j + titles.match(words, j)
            stop = next((k for k in range(after, min(len(words), after + 9)) if words[k] in (",", ";", ".")), after + 9)
            led = next((m for m in mentions if after < m.first < stop and m.actor.country
                        and m.actor.cls in ("Country", "Organisation", "Person")), None)
            country = led.actor.country if led is not None else None
        while j < len(words) and words[j] in ("senior", "former", "top", "chief") and not titles.match(words, j):
            j += 1
        if country is None or j >= len(words) or not titles.match(words, j):
            continue
        cases = guess_cases(words[comma - 1], lang)
        if declines(lang):
            title_end = j + titles.match(words, j) - 1
            if title_end + 1 >= len(words) or words[title_end + 1] not in (",", ".", ";"):
                continue  # "X, Somālijas ministrs Y": a title before a name of its own
            cases = _apposed_cases(words[title_end], words[comma - 1], lang)
            name = " ".join(lemma_guess(w, lang, cases) for w in words[first:comma])
        else:
            name = " ".join(words[first:comma])
        entity = made.setdefault(f"person/{slug(name)}", Entity(
            key=f"person/{slug(name)}", label=name, cls="Person", country=country, labels={lang: name},
            title=" ".join(words[j:j + titles.match(words, j)]).casefold()))
        out.append(_mention(gaz, index, sent, first, comma - 1, entity, cases))
        taken.update(range(first, comma))
    return out


def _people_of_states(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                      made: dict[str, Entity]) -> list[Mention]:
    """A full name the gazetteer lacks right after a state's possessive ("Peru's Ana Ruiz Mora") is a person of
    that state; names of bodies ("Peru's Armed Forces") have common words in them."""
    if declines(lang):
        return []
    words = [t.text for t in sent.tokens]
    not_names = set(load_language(lang).get("not_names", []))
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    common = _common_words(lang)
    particles = {w.casefold() for w in load_language(lang).get("name_particles", [])}
    out = []
    for m in mentions:
        if m.actor.cls != "Country" or not re.search(r"['’]s$", m.text):
            continue
        k = m.last + 1
        while k < len(words) and k - m.last <= 4 and k not in taken \
                and (words[k][:1].isupper() or k > m.last + 1 and _particle(words[k], particles)) \
                and words[k].replace("-", "").isalpha() and not words[k].isupper() and words[k] not in not_names \
                and words[k].casefold() not in common and not _calendar_word(lang, words[k]):
            k += 1  # "Saudi Arabia's Musaed al-Aiban": a particle inside the name
        while k > m.last + 1 and words[k - 1].casefold() in particles:
            k -= 1
        if k - m.last >= 3 and k + 1 < len(words) and k not in taken and words[k][:1].isupper() \
                and words[k].isalpha() and not words[k + 1][:1].isupper():
            k += 1  # a surname that is also a common word ends a name begun by two that are not
        if k - m.last < 3 or k < len(words) and words[k][:1].isupper():
            continue
        name = " ".join(words[m.last + 1:k])
        entity = made.setdefault(f"person/{slug(name)}", Entity(
            key=f"person/{slug(name)}", label=name, cls="Person", country=m.actor.country, labels={lang: name}))
        out.append(_mention(gaz, index, sent, m.last + 1, k - 1, entity, guess_cases(words[k - 1], lang)))
        taken.update(range(m.last + 1, k))
    return out


def _acted_on_people(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                     made: dict[str, Entity]) -> list[Mention]:
    """A full name the gazetteer lacks, as the object of an act done to people ("police arrested Ana Ruiz") or the
    subject of its passive ("Ana Ruiz was detained"), is a person even without a title before it."""
    verbs = {w.casefold() for w in load_language(lang).get("person_object_verbs", [])}
    nouns = {w.casefold() for w in load_language(lang).get("person_object_nouns", [])}
    marker = phrases(lang, "kind_of_marker")
    if not verbs:
        return []
    words = [t.text for t in sent.tokens]
    not_names = set(load_language(lang).get("not_names", []))
    passives = {w.casefold() for w in load_language(lang).get("passive_auxiliaries", [])}
    helpers = {w.casefold() for w in load_language(lang).get("auxiliaries", [])}
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}

    def name_word(k: int) -> bool:
        return k not in taken and _unknown_name_word(words[k], not_names, lang)

    out = []
    for i, word in enumerate(words):
        if word.casefold() in nouns and marker.match(words, i + 1) == 1:
            i += 1  # "the arrest of Ana Ruiz": the name after "of", as after the verb
        elif word.casefold() not in verbs:
            continue
        spans = []
        k = i + 1
        while k < len(words) and k - i <= 4 and name_word(k):
            k += 1
        spans.append((i + 1, k))
        # after a passive ("tika arestēts Ahmads Rezai Džalali") the name is the subject, in the nominative
        subject = declines(lang) and (_bare_passive(word, lang) or i > 0 and words[i - 1].casefold() in passives)
        if k - i > 2 and k < len(words) and words[k].casefold() in conjunctions(lang):
            end = k + 1
            while end < len(words) and end - k <= 4 and name_word(end):
                end += 1
            spans.append((k + 1, end))  # "arrested Ana Ruiz and Luis Mora"
        j = i - 1
        while j >= 0 and words[j].casefold() in passives | helpers:
            j -= 1
        if any(w.casefold() in passives for w in words[j + 1:i]):
            s = j
            while s >= 0 and j - s < 4 and name_word(s):
                s -= 1
            if s < 0 or not words[s][:1].isupper():
                spans.append((s + 1, j + 1))
        for first, last in spans:
            if last - first < 2 or (last < len(words) and words[last][:1].isupper()):
                continue
            cases = frozenset({"nom"}) if subject or last <= i else guess_cases(words[last - 1], lang)
            name = " ".join(lemma_guess(w, lang, cases) for w in words[first:last])  # "Džonu Smitu" is Džons Smits
            entity = made.setdefault(f"person/{slug(name)}", Entity(
                key=f"person/{slug(name)}", label=name, cls="Person", labels={lang: name}))
            out.append(_mention(gaz, index, sent, first, last - 1, entity, cases))
            taken.update(range(first, last))
    return out


def _passive_subject_lists(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                           made: dict[str, Entity]) -> list[Mention]:
    """Full names the gazetteer lacks, listed with appositions as the subject of a passive act done to people
    ("Ana Ruiz, a teacher, and the poet Luis Mora were arrested"; "The two men, Ana Ruiz and Luis Mora, had been
    jailed"): each is a person. A name after "as" is another name of one already listed."""
    if declines(lang):
        return []
    verbs = {w.casefold() for w in load_language(lang).get("person_object_verbs", [])}
    passives = {w.casefold() for w in load_language(lang).get("passive_auxiliaries", [])}
    helpers = {w.casefold() for w in load_language(lang).get("auxiliaries", [])}
    not_names = set(load_language(lang).get("not_names", []))
    determiners = phrases(lang, "determiners")
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    joins = conjunctions(lang) | {","}

    def name_word(k: int) -> bool:
        w = words[k]
        return k not in taken and w[:1].isupper() and w.replace("-", "").isalpha() and len(w) > 1 \
            and not w.isupper() and w not in not_names and not _calendar_word(lang, w)

    verb = next((i for i, w in enumerate(words) if w.casefold() in verbs and i > 0
                 and words[i - 1].casefold() in passives), None)
    if verb is None:
        return []
    j = verb - 1
    while j >= 0 and words[j].casefold() in passives | helpers:
        j -= 1
    if any(w in (";", ":") or w.casefold() in verbs for w in words[:j + 1]):
        return []
    out = []
    k = 0
    while k <= j:
        if not name_word(k):
            k += 1
            continue
        end = k
        while end <= j and end - k < 4 and name_word(end):
            end += 1
        before = words[k - 1].casefold() if k else ""
        opened = k == 0 or before in joins or k >= 2 and before.isalpha() and words[k - 1].islower() \
            and determiners.match(words, k - 2) == 1
        closed = end == j + 1 or words[end].casefold() in joins
        if end - k >= 2 and opened and closed and not (k == 0 and end <= j and words[end] != ","):
            name = " ".join(words[k:end])
            entity = made.setdefault(f"person/{slug(name)}", Entity(
                key=f"person/{slug(name)}", label=name, cls="Person", labels={lang: name}))
            out.append(_mention(gaz, index, sent, k, end - 1, entity, frozenset({"nom"})))
            taken.update(range(k, end))
        k = end
    return out


def _bare_passive(word: str, lang: str) -> bool:
    """Whether a verb form is a passive participle ("izraidīts", "aizturēta") by the language's endings."""
    return word.casefold().endswith(tuple(load_language(lang).get("passive_participle_suffixes") or ("\0",)))


def _demonym_before(gaz: Gazetteer, lang: str, words: list[str], i: int) -> str | None:
    """The country of a nationality word just before a title ("Cambodian Prime Minister X")."""
    for k in range(max(0, i - 3), i):
        hit = gaz.demonym_at(lang, words, k)
        if hit and k + hit[0] == i:
            return hit[1].country
    return None


def _particle(word: str, particles: set[str]) -> bool:
    """A lowercase word or prefix inside a name ("bin", "al-" in "Hussein al-Ezzi")."""
    folded = word.casefold()
    return folded in particles or any(p.endswith("-") and folded.startswith(p) and word[len(p):][:1].isupper()
                                      for p in particles)


def _apposed_cases(title: str, name: str, lang: str) -> frozenset[str]:
    """A name after its title stands in the title's case; a foreign name's ending may tell nothing
    ("vēstniekam Margusam Laidrem")."""
    named, titled = guess_cases(name, lang), guess_cases(title, lang)
    if lemma_guess(name, lang) == name and named != {"nom"}:
        named = titled  # an ending no person's name declines with ("Stano", "Fico") tells no case
    return named & titled or titled


def _quoted_organisations(gaz: Gazetteer, lang: str, index: int, sent: Sentence,
                          mentions: list[Mention], made: dict[str, Entity]) -> list[Mention]:
    """A quoted name after a word for a company, party or agency names that organisation
    ("dronu ražotājam "Shahed Aviation Industries"", "kompānijas "Inter RAO"")."""
    words = [t.text for t in sent.tokens]
    nouns = phrases(lang, "organisation_nouns")
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for i in range(1, len(words) - 2):
        if words[i] not in QUOTE_MARKS or not nouns.match(words, i - 1) or not words[i + 1][:1].isupper():
            continue
        end = next((k for k in range(i + 1, min(len(words), i + 7)) if words[k] in QUOTE_MARKS), None)
        if end is None or end == i + 1 or taken & set(range(i + 1, end)):
            continue
        name = " ".join(words[i + 1:end])
        entity = made.setdefault(f"organisation/{slug(name)}", Entity(
            key=f"organisation/{slug(name)}", label=name, cls="Organisation", labels={lang: name}))
        out.append(_mention(gaz, index, sent, i + 1, end - 1, entity, frozenset(CASES)))
    return out


def _organisations_before_noun(gaz: Gazetteer, lang: str, index: int, sent: Sentence,
                               mentions: list[Mention], made: dict[str, Entity]) -> list[Mention]:
    """An unknown capitalised name between a determiner and a lowercase word for a movement or party names
    that organisation ("the AgroUnia movement" → "AgroUnia"); a nationality word is none ("the Iraqi militia").
    A court is named with its noun ("the Sverdlovsk regional court")."""
    nouns = phrases(lang, "organisation_nouns_after_name")
    own = phrases(lang, "organisation_nouns_in_name")
    if not nouns.count and not own.count:
        return []
    words = [t.text for t in sent.tokens]
    determiners = phrases(lang, "determiners")
    not_names = set(load_language(lang).get("not_names", []))
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    indefinite = phrases(lang, "indefinite_determiners")
    for i in range(1, len(words) - 1):
        if not determiners.match(words, i - 1) or indefinite.match(words, i - 1):
            continue  # "a Sunni militant group": a kind of group, not a name
        end = i
        while end < len(words) and end - i < 4 and words[end][:1].isupper() and end not in taken \
                and words[end] not in not_names and not gaz.demonym_at(lang, words, end):
            end += 1
        if end == i or end >= len(words) or not words[end].islower():
            continue
        whole = own.match(words, end)
        if not whole and not nouns.match(words, end):
            continue
        name = " ".join(words[i:end + whole])
        key = f"organisation/{slug(name)}"
        entity = made.setdefault(key, Entity(key=key, label=name, cls="Organisation", labels={lang: name}))
        out.append(_mention(gaz, index, sent, i, end + whole - 1, entity, frozenset(CASES)))
    return out


def _parties_after_marker(gaz: Gazetteer, lang: str, index: int, sent: Sentence,
                          mentions: list[Mention], made: dict[str, Entity]) -> list[Mention]:
    """An unknown capitalised name after a word that only a political force takes ("the opposition Unitary
    Platform", "the ruling Civic Alliance") names that party or coalition; a name as common as "Democratic Party" is
    known only with its country, which the text does not spell out."""
    markers = phrases(lang, "party_markers")
    if not markers.count:
        return []
    generic = {w.casefold() for w in load_language(lang).get("generic_party_heads", [])}
    words = [t.text for t in sent.tokens]
    not_names = set(load_language(lang).get("not_names", []))
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for i in range(len(words)):
        n = markers.match(words, i)
        if not n or i + n >= len(words):
            continue
        first = end = i + n
        while end < len(words) and end - first < 5 and words[end][:1].isupper() and words[end].replace("-", "").isalpha() \
                and end not in taken and words[end] not in not_names and not gaz.demonym_at(lang, words, end):
            end += 1
        if end == first or words[end - 1].casefold() in generic:
            continue
        name = " ".join(words[first:end])
        key = f"organisation/{slug(name)}"
        entity = made.setdefault(key, Entity(key=key, label=name, cls="Organisation", labels={lang: name}))
        out.append(_mention(gaz, index, sent, first, end - 1, entity, frozenset(CASES)))
        taken.update(range(first, end))
    return out


def _long_organisation_names(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                             made: dict[str, Entity]) -> list[Mention]:
    """A capitalised name the gazetteer lacks, after "the", with a word for a body in it and joined on by "for
    the" or "of the" ("the National Council for the Restoration of Order", "the Front for the Liberation of the
    Coast") is that organisation; without a joining word a capitalised run is too often a place or a person. A
    state's own body named without its country ("the National Assembly of People's Power") is left to _home_bodies."""
    table = load_language(lang).get("long_organisation_names") or {}
    if not table:
        return []
    heads = {w.casefold() for w in table.get("heads", [])}
    joins, determiners = phrases(lang, "long_organisation_names", "joins"), phrases(lang, "long_organisation_names", "determiners")
    generic = phrases(lang, "long_organisation_names", "generic")
    words = [t.text for t in sent.tokens]
    not_names = set(load_language(lang).get("not_names", []))
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}

    def capitalised(k: int) -> bool:
        return k < len(words) and k not in taken and words[k][:1].isupper() and words[k].replace("-", "").isalpha() \
            and words[k] not in not_names and not _calendar_word(lang, words[k])

    places = {m.first: m for m in mentions if m.entity.cls in PLACE_CLASSES}

    def inside(first: int, end: int) -> set[int]:
        """Words of places the name ends with ("... for the Liberation of Rwanda"): part of it."""
        return {k for m in places.values() if first < m.first and m.last < end for k in range(m.first, m.last + 1)}

    out = []
    i = 1
    while i < len(words):
        if not determiners.match(words, i - 1) or not capitalised(i) or i - 1 in taken:
            i += 1
            continue
        end = i
        while capitalised(end) and end - i < 5:
            end += 1
        if not any(w.casefold() in heads for w in words[i:end]):
            i = end
            continue
        joined = False
        while end < len(words):
            n = joins.match(words, end)
            place = places.get(end + n)
            if not n or not capitalised(end + n) and place is None:
                break
            end = place.last + 1 if place is not None else end + n
            while capitalised(end):
                end += 1
            joined = True
        if joined and not taken & set(range(i, end)) - inside(i, end) and _short_body_names(lang).match(words, i) < end - i \
                and generic.match(words, i) < end - i:
            name = " ".join(words[i:end])
            key = f"organisation/{slug(name)}"
            entity = made.setdefault(key, Entity(key=key, label=name, cls="Organisation", labels={lang: name}))
            out.append(_mention(gaz, index, sent, i, end - 1, entity, frozenset(CASES)))
        i = end
    return out


def _self_names(lang: str, sent: Sentence, mentions: list[Mention], called: dict[str, Entity]) -> None:
    """Remember the common noun a body is said to go by ("X, as the junta calls itself", "the junta, which calls
    itself X", "the rebels, known as X"): the noun names that body for the rest of the article."""
    markers = phrases(lang, "self_names", "markers")
    if not markers:
        return
    words = [t.text for t in sent.tokens]
    bodies = [m for m in mentions if m.entity.cls in ("Organisation", "Group", "ArmedForce") and m.text[:1].isupper()]
    for k in range(len(words)):
        n = markers.match(words, k)
        if not n or not bodies:
            continue
        j = k - 1
        while j > 0 and words[j].casefold() in ("which", "who", "that", ","):
            j -= 1
        first = j
        while first > 0 and words[first - 1].islower() and words[first - 1].isalpha() and words[first - 1] != "the" \
                and j - first < 1:
            first -= 1
        if first < 1 or words[first - 1].casefold() != "the" or not words[j].isalpha() or not words[j].islower():
            continue
        noun = " ".join(words[first:j + 1]).casefold()
        # the name right after the marker ("calls itself the X") or just before "as the junta" ("X, as the junta")
        body = next((m for m in bodies if k + n <= m.first <= k + n + 1 or first - 4 <= m.last < first - 1), None)
        if body is not None:
            called[noun] = body.entity


def _called_refs(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                 called: dict[str, Entity]) -> list[Mention]:
    """"the junta" after the article said which body it calls so (_self_names) is that body."""
    if not called:
        return []
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for i in range(1, len(words)):
        if words[i - 1].casefold() != "the" or i in taken or i - 1 in taken:
            continue
        for noun, entity in called.items():
            size = len(noun.split())
            end = i + size - 1
            if " ".join(w.casefold() for w in words[i:end + 1]) == noun and not taken & set(range(i, end + 1)) \
                    and not (end + 1 < len(words) and words[end + 1][:1].isupper()):
                out.append(_mention(gaz, index, sent, i - 1, end, entity, guess_cases(words[end], lang)))
                break
    return out


NAMED_AFTER_KIND = (("vessel_nouns", "Organisation", "organisation"), ("settlement_nouns", "City", "city"))
"""Common nouns after which an unknown capitalised name is a thing of that kind: a ship named after its kind ("the
oil tanker St Nikolas") is a party of what is done to it; a place ("near the town of Pahalgam", "the port city of
Salif") is where what the sentence tells happened."""


def _named_after_kind(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                      made: dict[str, Entity]) -> list[Mention]:
    """Names the gazetteer lacks, known by the kind noun before them (NAMED_AFTER_KIND)."""
    words = [t.text for t in sent.tokens]
    not_names = set(load_language(lang).get("not_names", []))
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for table, cls, prefix in NAMED_AFTER_KIND:
        nouns = phrases(lang, table)
        for i in range(len(words)):
            n = nouns.match(words, i)
            if not n or not words[i].islower():
                continue
            start = end = i + n
            while end < len(words) and end - start < 3 and words[end][:1].isupper() and end not in taken \
                    and (words[end].isalpha() if cls == "City" else words[end] not in not_names
                         and not gaz.demonym_at(lang, words, end)):
                end += 1
            if end == start:
                continue
            name = " ".join(words[start:end])
            key = f"{prefix}/{slug(name)}"
            entity = made.setdefault(key, Entity(key=key, label=name, cls=cls, labels={lang: name}))
            out.append(_mention(gaz, index, sent, start, end - 1, entity, frozenset(CASES)))
    return out


def _regions_before_noun(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                         made: dict[str, Entity]) -> list[Mention]:
    """Regions the gazetteer lacks, known by the region noun after their name ("bombed targets in Paktika province",
    "fighting in the Kidal region"): where what the sentence tells happened. Only after a lower-case word, so that a
    region of a state named before it ("Russia's Saratov region") stays that state's, and never a nationality word
    ("the Afghan province") or a month."""
    words = [t.text for t in sent.tokens]
    nouns = phrases(lang, "region_nouns")
    not_names = set(load_language(lang).get("not_names", []))
    calendar = calendar_words(lang)
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    folded = [w.casefold() for w in words]
    out = []
    for i in range(1, len(words)):
        n = nouns.match(folded, i)
        start = i
        while start > 1 and i - start < 3 and words[start - 1][:1].isupper() and words[start - 1].isalpha() \
                and start - 1 not in taken and words[start - 1] not in not_names \
                and not calendar.match(words, start - 1) and not gaz.demonym_at(lang, words, start - 1):
            start -= 1
        if not n or start == i or not (words[start - 1].isalpha() and words[start - 1].islower()):
            continue
        name = " ".join(words[start:i + n])
        key = f"region/{slug(name)}"
        entity = made.setdefault(key, Entity(key=key, label=name, cls="Region", labels={lang: name},
                                             aliases=[" ".join(words[start:i])]))
        out.append(_mention(gaz, index, sent, start, i + n - 1, entity, frozenset(CASES)))
    return out


SEA_REACH = 4
"""How many words after a bare name the place at sea that makes it a ship may begin."""


def _vessels_at_sea(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                    made: dict[str, Entity]) -> list[Mention]:
    """Ships the gazetteer lacks named without their kind noun: an unknown capitalised name right after a verb that
    takes ships ("seized the Advantage Sweet") with a place at sea just after it ("in the Gulf of Oman") is a
    vessel, a party of what is done to it like one named after "tanker"; so is one joined to it and placed at sea
    in its turn."""
    words = [t.text for t in sent.tokens]
    verbs, seas = phrases(lang, "vessel_taking_verbs"), phrases(lang, "sea_phrases")
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    not_names = set(load_language(lang).get("not_names", []))
    out = []
    for i in range(len(words) - 2):
        n = verbs.match(words, i) if words[i].islower() else 0
        if not n and out and words[i] in conjunctions(lang):
            n = 1  # "seized the Advantage Sweet in the Gulf of Oman and the Niovi in the Strait of Hormuz"
        if not n or words[i + n].casefold() != "the":
            continue
        start = end = i + n + 1
        while end < len(words) and end - start < 3 and words[end][:1].isupper() and words[end].isalpha() \
                and end not in taken and words[end] not in not_names and not gaz.demonym_at(lang, words, end):
            end += 1
        if end == start or end >= len(words) or not words[end].islower() \
                or not any(seas.match(words, k) for k in range(end, min(len(words), end + SEA_REACH))):
            continue
        name = " ".join(words[start:end])
        key = f"organisation/{slug(name)}"
        entity = made.setdefault(key, Entity(key=key, label=name, cls="Organisation", labels={lang: name}))
        out.append(_mention(gaz, index, sent, start, end - 1, entity, frozenset(CASES)))
    return out


def _documents(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
               history: list[Mention]) -> list[Mention]:
    """A resolution or statement speaks for whoever adopted it ("Asambleja pieņēma rezolūciju, kas nosoda ...",
    "Rezolūcija pieprasa ..."): the subject of the clause that names it first, the same body after that."""
    words = [t.text for t in sent.tokens]
    nouns = phrases(lang, "document_nouns")
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out: list[Mention] = []
    for i, word in enumerate(words):
        if i in taken or not nouns.match(words, i) == 1:
            continue
        earlier = [m for m in history + out if m.text.casefold()[:6] == word.casefold()[:6]]
        subjects = [m for m in mentions if m.last < i and "nom" in m.cases and m.actor.cls in ACTOR_CLASSES]
        target = earlier[-1].entity if earlier else subjects[-1].actor if subjects else None
        if target is not None:
            out.append(_mention(gaz, index, sent, i, i, target, guess_cases(word, lang)))
    return out
def _surnames(gaz: Gazetteer, index: int, sent: Sentence, mentions: list[Mention], history: list[Mention],
              lang: str) -> list[Mention]:
    """A capitalised word that is the surname of someone first met by title earlier in the article ("Glas"), or
    the given name of one alone in the article to bear it, where custom names people by it ("Anwar", "Phumtham")."""
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    people = {m.entity.key: m.entity for m in history
              if m.entity.key.startswith("person/") and len(m.entity.label.split()) > 1}
    given: dict[str, list[Entity]] = {}
    for person in people.values():
        given.setdefault(person.label.split()[0], []).append(person)
    met = {name: found[0] for name, found in given.items() if len(found) == 1 and len(name) > 2 and name.isalpha()}
    met.update({e.label.split()[-1]: e for e in people.values()})
    prefixes = [p for p in load_language(lang).get("name_particles") or [] if p.endswith("-")]
    met.update({without_prefix(e.label.split()[-1], prefixes): e for e in people.values()})
    # a surname first met declined has the nominative its case allows, whichever the label guessed ("Šora" → Šors)
    for m in history:
        if m.entity.key in people and m.last > m.first and declines(lang):
            met.update({form: m.entity for form in lemma_candidates(m.text.split()[-1], lang)[1:] if form not in met})
    return [_mention(gaz, index, sent, i, i, met[w], {"nom"}) for i, w in enumerate(words)
            if i not in taken and w in met]


@lru_cache(maxsize=1)
def _island_states() -> frozenset[str]:
    """Country codes of island states, which "the island" can mean."""
    return frozenset(yaml.safe_load((RESOURCES / "naming.yaml").read_text(encoding="utf-8")).get("island_states") or [])


def _island_named_last(before: list[Mention], index: int) -> Entity | None:
    """"put the island back on its list" after Havana was named: the island state named last, in this sentence or
    the three before."""
    islands = [m.actor for m in before if m.actor.cls == "Country" and m.actor.country in _island_states()
               and m.sentence >= index - 3]
    return islands[-1] if islands else None


def _region_named_last(before: list[Mention], index: int) -> Entity | None:
    """"retook the mountainous region" just after Nagorno-Karabakh was named: the region named last, in this sentence
    or the one before."""
    regions = [m for m in before if m.entity.cls == "Region" and m.sentence >= index - 1]
    return regions[-1].entity if regions else None


def _references(doc: Doc, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                history: list[Mention]) -> list[Mention]:
    """Pronouns and plural phrases resolved to the people or states last named before them, past an opening
    subordinate clause ("As Xi held talks, Kishida visited Kyiv, where he met ..."; "it" to the speaking body of
    its sentence or else the state or body named last, in this sentence or the one before); "the country" and
    "the region" to the state or region named last; a number and a plural noun ("četri līderi", "trīs valstis")
    to as many people or states named in one list ("the juntas", with no number, to the states of the last list);
    "the two countries" after two leaders are their states, "the
    two presidents" two people holding that office (not the ones named just after it: "both leaders praised
    Trump's role"), "both sides" the two sides last named together, and a pair phrase finding one party names
    no one; "his guest", "viesim" is the one of the last two people named who is not yet in the sentence; a
    sentence opening "Tā" / "Tas" is the subject of the sentence before."""
    gaz = load_gazetteer()
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    pronouns = phrases(lang, "pronouns", "person")
    relative = phrases(lang, "pronouns", "relative")
    possessive = phrases(lang, "pronouns", "possessive")
    bodies = phrases(lang, "pronouns", "body")
    i = 0
    while i < len(words):
        if i in taken:
            i += 1
            continue
        n = phrases(lang, "singular_refs", "country").match(words, i)
        prepositions = load_language(lang).get("morphology", {}).get("prepositions") or {}
        if n and i > 0 and words[i - 1].casefold() in prepositions:
            n = 0  # "diplomats in the country": a place, not a party
        if n:
            # "Pakistan's foreign ministry said the country ...": the state of the party named last.
            before = [m for m in history + [m for m in mentions if m.last < i] if m.actor.cls in ACTOR_CLASSES]
            state = None
            if before and before[-1].sentence >= index - 1:
                last = before[-1].actor
                state = last if last.cls == "Country" else gaz.country(last.country or "")
                if state is None:
                    # "after the coup in Niger ECOWAS imposed sanctions on the country": a bloc has no state; the
                    # country is the one named last
                    state = next((m.actor for m in reversed(before) if m.actor.cls == "Country"
                                  and m.sentence >= index - 1), None)
            if state is not None:
                out.append(_mention(gaz, index, sent, i, i + n - 1, state, guess_cases(words[i + n - 1], lang)))
            i += n
            continue
        kind, n = next(((k, n) for k in ("island", "region") if (n := phrases(lang, "singular_refs", k).match(words, i))),
                       (None, 0))
        if kind == "region" and i > 0 and words[i - 1].casefold() in prepositions and words[i - 1].casefold() != "of":
            n = 0  # "tensions in the region": the area around, not a named region
        if n:
            named_last = _island_named_last if kind == "island" else _region_named_last
            found = named_last(history + [m for m in mentions if m.last < i], index)
            if found is not None:
                out.append(_mention(gaz, index, sent, i, i + n - 1, found, guess_cases(words[i + n - 1], lang)))
            i += n
            continue
        count = (load_language(lang).get("group_refs") or {}).get("numbers", {}).get(words[i].casefold())
        n = phrases(lang, "group_refs", "person").match(words, i + 1) if count and i + 1 < len(words) else 0
        if n:
            # "četri līderi": the four people named together last
            for entity in _listed_people(doc, lang, history + [m for m in mentions if m.last < i], index, count):
                out.append(_mention(gaz, index, sent, i, i + n, entity, guess_cases(words[i + n], lang)))
            i += n + 1
            continue
        n = phrases(lang, "group_refs", "country").match(words, i + 1) if count and i + 1 < len(words) else 0
        gap = 0
        if count and not n and i + 2 < len(words) and words[i + 1][:1].isupper() and words[i + 1].isalpha() \
                and i + 1 not in taken and phrases(lang, "group_refs", "country").match(words, i + 2):
            gap, n = 1, phrases(lang, "group_refs", "country").match(words, i + 2)  # "the three Sahel states"
        if not count and phrases(lang, "group_refs", "definite").match(words, i) and i + 1 < len(words):
            n = phrases(lang, "group_refs", "country").match(words, i + 1)
            if n and (i + 1 + n < len(words) and (words[i + 1 + n].casefold() in phrases(lang, "kind_of_marker")
                                                  or words[i + 1 + n][:1].isupper())
                      or not words[i + 1].islower()):
                n = 0  # "the governments of Mali and Niger": the states are named right after
        if n:
            # "trīs valstis parakstīja": the three states named together last
            for entity in _listed_people(doc, lang, history + [m for m in mentions if m.last < i], index, count,
                                         cls="Country"):
                out.append(_mention(gaz, index, sent, i, i + n + gap, entity, guess_cases(words[i + n + gap], lang)))
            i += n + 1 + gap
            continue
        for cls, group in (("Person", "person"), ("Country", "country"), ("Party", "party")):
            n = phrases(lang, "plural_refs", group).match(words, i)
            if n and cls == "Party" and i > 0 and (i - 1 in taken or any(
                    (hit := gaz.demonym_at(lang, words, k)) and k + hit[0] == i for k in range(max(0, i - 3), i))):
                n = 0  # "no Krievijas puses", "no amerikāņu puses": the side of one state
            if n:
                offices = load_language(lang).get("plural_refs", {}).get("office") or {}
                office = offices.get(" ".join(words[i:i + n]).casefold())
                office = [office] if isinstance(office, str) else office or []
                here = {m.entity.key for m in mentions if i + n <= m.first <= i + n + 4}
                if cls == "Person" and not declines(lang) and i > 0 and words[i - 1].isalpha() and words[i - 1].islower() \
                        and not phrases(lang, "clause_openers").match(words, i - 1) \
                        and not _is_cue(words[i - 1], lang):
                    # two people as an object ("X hosted the two leaders") leave out the one acting on them
                    here |= {m.actor.key for m in mentions if m.last < i and m.actor.cls == "Person"}
                if cls == "Country" and not declines(lang) and i > 0 and words[i - 1].isalpha() and words[i - 1].islower():
                    here |= _acting_state(gaz, words, [m for m in mentions if m.last < i], i)
                seen = _last_two(gaz, history, [m for m in mentions + out if m.last < i], cls, office, here)
                if cls == "Party":
                    seen = _sides_named_together(doc, lang, history + [m for m in mentions if m.last < i], here) or seen
                elif cls == "Country":
                    # "a warning to the United States and South Korea ... The two allies": states named together
                    # last, whatever governs them
                    recent = [m for m in history + [m for m in mentions if m.last < i] if m.sentence >= index - 2]
                    seen = _sides_named_together(doc, lang, recent, here, kinds=("Country",), governed=True) or seen
                start, kind = _kind_from_before(lang, words, i) if cls != "Person" else (i, None)
                for entity in seen if len(seen) == 2 else []:
                    if kind is not None and entity.cls == "Country":
                        entity = _kind_of(gaz, kind, entity)  # "commanders from both sides": each side's forces
                    out.append(_mention(gaz, index, sent, start if kind else i, i + n - 1, entity,
                                        guess_cases(words[i + n - 1], lang)))
                i += n - 1
                break
        else:
            n = phrases(lang, "counterpart_refs").match(words, i)
            if n:
                present = {m.actor.key for m in mentions if m.last < i}
                pair = _last_two(gaz, history, [m for m in mentions if m.last < i], "Person", [], set())
                other = [e for e in pair if e.key not in present]
                if len(pair) == 2 and len(other) == 1:
                    out.append(_mention(gaz, index, sent, i, i + n - 1, other[0], guess_cases(words[i + n - 1], lang)))
                i += n
                continue
            word, target = words[i], None
            n = phrases(lang, "pronouns", "plural_subject").match(words, i)
            if n and index > 0 and i + n < len(words) and words[i + n].isalpha() and words[i + n].islower() \
                    and not taken & set(range(i, i + n)) and (i == 0 or _after_time_opener(words, i, lang)):
                # "X, a poet, and the writer Y were sentenced ... They were accused of ...": the pair named before
                out += [_mention(gaz, index, sent, i, i + n - 1, entity, guess_cases(words[i + n - 1], lang))
                        for entity in _named_together_before(doc, lang, history, index)]
                i += n
                continue
            if i == 0 and phrases(lang, "pronouns", "previous_subject").match(words, 0) \
                    and not phrases(lang, "pronouns", "previous_subject_not_before").match(words, 1):
                # "Rezolūcija pieprasa ... . Tā arī aicina": the subject of the sentence before
                earlier = [m for m in history if m.sentence == index - 1 and m.actor.cls in ACTOR_CLASSES
                           and "nom" in m.cases]
                target = min(earlier, key=lambda m: m.first).actor if earlier else None
            elif word.casefold() in phrases(lang, "pronouns", "speaker"):
                target = _quoted_speaker(gaz, words, i, mentions)
            elif word.casefold() in relative:
                before = sorted((m for m in mentions if m.last < i), key=lambda m: m.last)
                reach = 1 if word.casefold() in phrases(lang, "pronouns", "complementizer") else 3
                target = before[-1].entity if before and before[-1].last >= i - reach else None
                if reach == 1 and _clause_subject_after(lang, words, i):
                    target = None  # "warned Serbia that a law ...", "the deal that Russia signed": no subject
                if target is None and before and _apposed_actor_noun(lang, words, before[-1].last, i):
                    target = before[-1].entity
            elif word.casefold() in bodies and (word.casefold() in possessive or _opens_clause(words, i, lang)):
                before = [m for m in history + [m for m in mentions if m.last < i]
                          if m.actor.cls in ("Country", "Organisation", "ArmedForce", "Group") and m.cases != ["adj"]]
                speakers = [m for m in before if m.sentence == index and m.last + 1 < len(words)
                            and _is_cue(words[m.last + 1], lang)]
                # ", and it has since stopped ...": a new main clause goes on with the sentence's subject
                here = [m for m in before if m.sentence == index]
                opening = [min(here, key=lambda m: m.first)] if here and i >= 2 and words[i - 2] == "," \
                    and words[i - 1].casefold() in conjunctions(lang) else []
                before = speakers or opening or _previous_subject(doc, lang, before, index, i) or before
                target = before[-1].actor if before and before[-1].sentence >= index - 1 else None
            elif word.casefold() in pronouns or word.casefold() in possessive:
                before = sorted((m for m in mentions if m.last < i), key=lambda m: m.last)
                if words[0].casefold() in phrases(lang, "clause_openers") and "," in words[:i]:
                    opened = words.index(",")
                    before = [m for m in before if m.first > opened] or before
                subject = _own_subject(words, mentions + out, i, lang)
                # "Putin told the meeting that he ...": a subject pronoun after a verb of saying is its speaker
                speakers = [m for m in before if m.entity.cls == "Person" and m.last + 1 < i
                            and _is_cue(words[m.last + 1], lang)] \
                    if word.casefold() in phrases(lang, "pronouns", "subject") else []
                target = speakers[-1].entity if speakers else \
                    _antecedent([m for m in history if m.entity.key not in subject],
                                [m for m in before if m.entity.key not in subject], word, lang)
            if target is not None:
                out.append(_mention(gaz, index, sent, i, i, target, guess_cases(word, lang)))
        i += 1
    return out


def _clause_subject_after(lang: str, words: list[str], i: int) -> bool:
    """Whether "that" at ``i`` is followed by a subject of its own (a determiner, a name or a subject pronoun):
    it then opens a reported clause or an object relative and stands for no one."""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return bool(phrases(lang, "determiners").match(words, i + 1)) or nxt[:1].isupper() \
        or nxt.casefold() in phrases(lang, "pronouns", "subject")


def _apposed_actor_noun(lang: str, words: list[str], last: int, i: int) -> bool:
    """Whether a relative pronoun at ``i`` follows a short apposition to the name ending at ``last`` whose head is
    a word for a party ("Boko Haram, an Islamist group that attacked ...", "Chad, a neighbour which sent ..."): the
    clause is about that name."""
    nouns = phrases(lang, "apposed_actor_nouns")
    determiners = phrases(lang, "determiners")
    if not nouns.count or i - last < 4 or i - last > 7 or words[last + 1] != "," \
            or not determiners.match(words, last + 2):
        return False
    between = words[last + 3:i]
    return all(w.replace("-", "").isalpha() for w in between) and any(
        nouns.match(words, k) == i - k for k in range(last + 3, i))


def _previous_subject(doc: Doc, lang: str, before: list[Mention], index: int, i: int) -> list[Mention]:
    """A sentence opening with "It" goes on with the subject of the sentence before ("Pakistan recalled its
    ambassador and told Iran's envoy not to come back. It called the strike ..."): that sentence's first body
    not governed by a preposition."""
    if i != 0 and not _after_time_opener([t.text for t in doc.sentences[index].tokens], i, lang) or index == 0:
        return []
    prepositions = load_language(lang).get("morphology", {}).get("prepositions") or {}
    words = [t.text.casefold() for t in doc.sentences[index - 1].tokens]
    free = [m for m in before if m.sentence == index - 1 and not (m.first > 0 and words[m.first - 1] in prepositions)]
    return [min(free, key=lambda m: m.first)] if free else []


TITLE_REACH = 6
"""How many sentences back a bare title ("Premjerministrs svētdien apsūdzēja") finds the person named with it: a
story's premier or minister keeps the title through the paragraphs about the crowds or the police between."""


def _bare_titles(doc: Doc, gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                 history: list[Mention]) -> list[Mention]:
    """A title standing alone at the head of a clause ("Ministrs arī aicināja ...", "..., un premjers piebilda")
    is the person last named with that title, in this sentence or the TITLE_REACH sentences before."""
    singular, plural = phrases(lang, "title_refs"), phrases(lang, "plural_title_refs")
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    openers = phrases(lang, "clause_openers")
    articles = phrases(lang, "title_articles")
    after_of = phrases(lang, "kind_of_marker")
    sorts = load_language(lang).get("title_sorts") or {}
    out = []
    for i, word in enumerate(words):
        n = max(singular.match(words, i), plural.match(words, i))
        article = i > 0 and bool(articles.match(words, i - 1)) and word.islower() \
            and not (i + n < len(words) and after_of.match(words, i + n))
        if not n or i in taken or i + n < len(words) and words[i + n][:1].isupper() \
                or i > 0 and words[i - 1] not in (",", ";") and not openers.match(words, i - 1) and not article:
            continue
        if plural.match(words, i):
            # "Līderi ... sazvanījās": the people named together last
            listed = _listed_people(doc, lang, history + [m for m in mentions if m.last < i], index, None)
            if not listed:
                # else the body whose members the same word named before ("Eiropas Savienības līderi")
                bodies = [m for m in history if m.entity.cls == "Organisation" and len(m.text.split()) > 1
                          and m.text.split()[-1].casefold()[:5] == word.casefold()[:5]]
                listed = [bodies[-1].entity] if bodies else []
            out += [_mention(gaz, index, sent, i, i + n - 1, e, guess_cases(words[i + n - 1], lang)) for e in listed]
            continue
        stems = {w.casefold()[:6] for w in [word] + list(sorts.get(word.casefold(), []))}
        people = [m for m in history + [m for m in mentions if m.last < i] if m.entity.cls == "Person"
                  and m.sentence >= index - TITLE_REACH and any(
                      _titled_with(doc, m, stem) or article and stem in (m.entity.title or "").casefold()
                      for stem in stems)]
        if people:
            out.append(_mention(gaz, index, sent, i, i + n - 1, people[-1].entity, guess_cases(words[i + n - 1], lang)))
    return out


def _titled_with(doc: Doc, m: Mention, stem: str) -> bool:
    """Whether a word starting like ``stem`` stands among the three words before the mention ("ārlietu ministrs
    Radoslavs Sikorskis")."""
    words = [t.text.casefold() for t in doc.sentences[m.sentence].tokens] if m.sentence < len(doc.sentences) else []
    return any(w.startswith(stem) for w in words[max(0, m.first - 3):m.first])


def _own_subject(words: list[str], before: list[Mention], i: int, lang: str) -> set[str]:
    """Whom an object pronoun cannot mean: the subject of its own verb, named just before that verb ("challenged
    Putin to meet him", "the two of them would nominate him"); after "and" the verb has another subject ("met
    Putin and told him"); a gerund's subject is its sentence's ("wrote to X, asking him")."""
    if words[i].casefold() not in phrases(lang, "pronouns", "object"):
        return set()
    named = [m for m in before if m.last < i]
    if not named:
        return set()
    last = max(m.last for m in named)
    between = words[last + 1:i]
    if not between:
        # "Zelenskis viņu apsūdzēja": a subject right before an object pronoun, its verb after both
        return {m.entity.key for m in named if m.last == last and "nom" in m.cases and m.cases != list(CASES)}
    if len(between) > 3 or not all(w.isalpha() and w.islower() for w in between) \
            or between[0] in conjunctions(lang) or between[0] in phrases(lang, "pronouns", "relative"):
        return set()
    progressive = tuple(load_language(lang).get("progressive_suffixes") or ())
    if progressive and between[-1].endswith(progressive) and named[0].last < last:
        # "wrote to Min Aung Hlaing last month asking him": a gerund goes on with its sentence's subject
        return {named[0].entity.key}
    return {m.entity.key for m in named if m.last == last}


def _other_blocs(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                 history: list[Mention]) -> list[Mention]:
    """"the bloc" is the EU unless another union of states ("Collective Security Treaty Organization") was named
    after the EU last was: then it is that one."""
    refs = phrases(lang, "bloc_refs", "phrases")
    kinds = [w.casefold() for w in load_language(lang).get("bloc_refs", {}).get("names") or []]
    words = [t.text for t in sent.tokens]
    out = []
    for m in mentions:
        if refs.match(words, m.first) == m.last - m.first + 1:
            earlier = [o for o in history + [o for o in mentions if o.last < m.first] if o.entity.cls == "Organisation"
                       and not o.entity.country and (o.entity.key == m.entity.key or any(
                           k in f"{o.entity.label} {o.text if o.text[:1].isupper() else ''}".casefold().split()
                           for k in kinds))]
            if earlier and earlier[-1].entity.key != m.entity.key:
                m = _mention(gaz, index, sent, m.first, m.last, earlier[-1].entity, set(m.cases))
        out.append(m)
    return out


def _acting_state(gaz: Gazetteer, words: list[str], before: list[Mention], i: int) -> set[str]:
    """The state that acts on a pair of states named as its object ("Washington would impose tariffs on either
    country"): that of the last party named before, with no comma between; it is not one of the pair."""
    acting = max((m for m in before if m.actor.cls in ACTOR_CLASSES), key=lambda m: m.last, default=None)
    if acting is None or "," in words[acting.last + 1:i]:
        return set()
    state = acting.actor if acting.actor.cls == "Country" else gaz.country(acting.actor.country or "")
    return {state.key} if state is not None else set()


def _quoted_speaker(gaz: Gazetteer, words: list[str], i: int, mentions: list[Mention]) -> Entity | None:
    """Whom "we" in a quotation stands for: the side of the one quoted ('"We sent no drones," the minister
    said' → his state), named after the quotation or, failing that, before it."""
    marks = [k for k, w in enumerate(words) if w in QUOTE_MARKS]
    opened = [k for k in marks if k < i]
    if len(opened) % 2 == 0:
        return None
    closing = next((k for k in marks if k > i), None)
    after = [m for m in mentions if closing is not None and m.first > closing and m.actor.cls in ACTOR_CLASSES
             and m.cases != ["adj"]]
    before = [m for m in mentions if m.last < opened[-1] and m.actor.cls in ACTOR_CLASSES and m.cases != ["adj"]]
    speaker = min(after, key=lambda m: m.first) if after else max(before, key=lambda m: m.last) if before else None
    if speaker is None:
        return None
    state = gaz.country(speaker.actor.country) if speaker.actor.cls == "Person" and speaker.actor.country else None
    return state or speaker.actor


def _listed_people(doc: Doc, lang: str, pool: list[Mention], index: int, count: int | None,
                   cls: str = "Person") -> list[Entity]:
    """The ``count`` people (or states) named in one enumeration ("Mercs, Makrons, Stārmers un Tusks", titles and
    their states between the names) in the latest of the last three sentences that has one of that size."""
    links = conjunctions(lang) | {","}
    titles = phrases(lang, "titles")
    reach = 4 if cls == "Person" else index + 1  # the states a story is about are named once, often at its start
    for s in range(index, max(-1, index - reach), -1):
        people = sorted((m for m in pool if m.sentence == s and m.actor.cls == cls and m.cases != ["adj"]),
                        key=lambda m: m.first)
        if len(people) < (count or 2):
            continue
        words = [t.text for t in doc.sentences[s].tokens]
        named = {k for m in pool if m.sentence == s for k in range(m.first, m.last + 1)}
        runs: list[list[Mention]] = [[people[0]]]
        for a, b in zip(people, people[1:]):
            between = range(a.last + 1, b.first)
            joined = a.first == b.first or any(words[k].casefold() in links for k in between) and all(
                words[k].casefold() in links or k in named or any(titles.match(words, j) and j <= k < j + titles.match(
                    words, j) for j in range(a.last + 1, k + 1)) for k in between)
            if joined:
                runs[-1].append(b)
            else:
                runs.append([b])
        for run in reversed(runs):
            found = list({m.actor.key: m.actor for m in run}.values())
            if len(found) == count or count is None and len(found) >= 2:
                return found
    return []


def _sides_named_together(doc: Doc, lang: str, pool: list[Mention], exclude: set[str],
                          kinds: tuple[str, ...] = ("Country", "Group", "ArmedForce", "Organisation"),
                          governed: bool = False) -> list[Entity]:
    """The two sides "both sides" means when two states or armed groups were last named joined by "and" as one
    subject or object ("Sudan's army and the paramilitary RSF signed ..."): that pair, armies included; those
    after "by" or "with" are helpers or partners, unless ``governed`` pairs ("a warning to A and B ... the two
    allies") count too."""
    conj = conjunctions(lang)
    skip = phrases(lang, "determiners"), phrases(lang, "name_adjectives")
    prepositions = load_language(lang).get("morphology", {}).get("prepositions") or {}
    ordered = sorted(pool, key=lambda m: (m.sentence, m.first, m.last))
    for a, b in reversed(list(zip(ordered, ordered[1:]))):
        if a.sentence != b.sentence or b.first <= a.last or a.cases == ["adj"] or b.cases == ["adj"] \
                or a.actor.cls not in kinds or b.actor.cls not in kinds or a.actor.key == b.actor.key \
                or {a.actor.key, b.actor.key} & exclude:
            continue
        words = [t.text for t in doc.sentences[a.sentence].tokens]
        k = a.first - 1
        while k >= 0 and any(p.match(words, k) == 1 for p in skip):
            k -= 1
        if not governed and k >= 0 and prepositions.get(words[k].casefold(), "between") != "between":
            continue  # "brokered by A and B", "talks with A and B": helpers or partners, not the sides
        between = [w.casefold() for w in words[a.last + 1:b.first]]
        while len(between) > 1 and any(p.match(between, len(between) - 1) == 1 for p in skip):
            between.pop()
        if " ".join(between) in conj:
            return [a.actor, b.actor]
    return []


def _named_together_before(doc: Doc, lang: str, history: list[Mention], index: int) -> list[Entity]:
    """Whom a sentence opening with "They" means: the sides or the people the sentence before names together as
    one subject or object ("Russia and Ukraine ...", "X, a poet who ..., and the writer Y were sentenced"), not a
    lone name or names standing apart."""
    pool = [m for m in history if m.sentence == index - 1]
    sides = _sides_named_together(doc, lang, pool, set())
    if sides:
        return sides
    people = sorted((m for m in pool if m.actor.cls == "Person" and m.cases != ["adj"]), key=lambda m: m.first)
    words = [t.text for t in doc.sentences[index - 1].tokens] if people else []
    conj = conjunctions(lang)
    for a, b in zip(people, people[1:]):
        between = [w.casefold() for w in words[a.last + 1:b.first]]
        if a.actor.key == b.actor.key or not between or between[0] not in conj | {","}:
            continue
        tail = between[len(between) - between[::-1].index(","):] if "," in between else between
        if tail and tail[0] in conj and all(w.isalpha() and w.islower() for w in tail[1:]):
            return [a.actor, b.actor]
    return []


def _last_two(gaz: Gazetteer, history: list[Mention], before: list[Mention], cls: str, office: list[str],
              exclude: set[str], untitled: bool = False) -> list[Entity]:
    """The two people or states "abi līderi", "the two presidents" refer to: the pair an earlier such phrase
    meant, else the last two named (holding the office the phrase names; a person stands for their state
    where states are meant), leaving out names the phrase itself introduces."""
    pool = history + before

    def fits(entity: Entity) -> bool:
        # "puses" (the parties) are states or armed groups alike
        return entity.cls in ("Country", "Group") if cls == "Party" else entity.cls == cls
    def as_kind(entity: Entity) -> Entity | None:
        # "both leaders ... the two countries": a pair of people stands for their two states
        if fits(entity):
            return entity
        return gaz.country(entity.country) if cls == "Country" and entity.cls == "Person" and entity.country else None
    pairs = [(x, y) for a, b in zip(pool, pool[1:]) if (a.sentence, a.first, a.last) == (b.sentence, b.first, b.last)
             and (x := as_kind(a.actor)) is not None and (y := as_kind(b.actor)) is not None and x.key != y.key]
    if pairs:
        return list(pairs[-1])
    if cls == "Party":
        # "Trump and Putin ... the two sides had reached an understanding": two heads of state or government named
        # last, with no state or group between, are the sides themselves (a named person stays the person)
        heads: list[Entity] = []
        for m in reversed(pool):
            if m.cases == ["adj"] or m.actor.key in exclude or m.actor.key in {h.key for h in heads} \
                    or m.entity.cls in PLACE_CLASSES and m.entity.cls != "Country":
                continue  # where they met is no side
            if m.actor.cls != "Person" or m.actor.key not in gaz.heads:
                break
            heads.append(m.actor)
            if len(heads) == 2:
                return heads
    seen: list[Entity] = []
    for m in reversed(pool):
        entity = m.actor if fits(m.actor) and m.cases != ["adj"] and m.actor.key not in exclude else None
        if entity is not None and office and not any(o in (entity.title or "").casefold() for o in office) \
                and not (untitled and not entity.title):
            entity = None
        if cls in ("Country", "Party") and m.actor.cls == "Person" or cls == "Country" and m.actor.cls == "ArmedForce":
            entity = gaz.country(m.actor.country) if m.actor.country else None
        if entity is not None and entity.key not in {e.key for e in seen}:
            seen.append(entity)
        if len(seen) == 2:
            break
    if office and len(seen) < 2 and not untitled:
        # "Congo's X and Rwanda's Y ... the two ministers": people whose office no title told may hold it
        return _last_two(gaz, history, before, cls, office, exclude, untitled=True)
    return seen


def _adjectives(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A nationality word before a common noun ("Indian goods", "Ukrainian children"): its state, as a modifier
    (case "adj") that may name whom an event targets but is never its subject."""
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for i in range(len(words)):
        hit = gaz.demonym_at(lang, words, i)
        if not hit or i in taken or hit[1].cls != "Country":
            continue
        end = i + hit[0] - 1
        seat = gaz.capital(hit[1]) if phrases(lang, "capital_nouns").match(words, end + 1) == 1 else None
        if seat is not None and end + 1 not in taken:
            # "in the South African capital": the capital city itself
            out.append(_mention(gaz, index, sent, i, end + 1, seat, guess_cases(words[end + 1], lang)))
        elif end + 1 < len(words) and words[end + 1][:1].islower() and end + 1 not in taken:
            out.append(_mention(gaz, index, sent, i, end, hit[1], {"adj"}))
    return out


def _hyphen_pairs(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Two sides joined by a hyphen before a noun ("US-Iranian talks", "the Israel-Hezbollah truce"): each side,
    both on the one word, as a pair named together."""
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for i, word in enumerate(words):
        parts = word.split("-")
        if i in taken or len(parts) != 2 or not all(p[:1].isupper() for p in parts) \
                or i + 1 >= len(words) or not words[i + 1][:1].islower():
            continue
        sides = [_side_named(gaz, lang, part) for part in parts]
        if all(sides) and sides[0].key != sides[1].key:
            out += [_mention(gaz, index, sent, i, i, side, {"gen"}) for side in sides]
    return out


def _side_named(gaz: Gazetteer, lang: str, word: str) -> Entity | None:
    """The state or armed group one word names, as a name or a nationality word ("Iranian"), else None."""
    hit = gaz.demonym_at(lang, [word], 0)
    if hit and hit[1].cls == "Country":
        return hit[1]
    sent = Sentence(start=0, end=len(word), text=word, tokens=tokenize(word))
    named = [m for m in _gazetteer_mentions(gaz, lang, -1, sent, set()) if (m.first, m.last) == (0, len(sent.tokens) - 1)]
    return named[0].entity if len(named) == 1 and named[0].entity.cls in ("Country", "Group") else None


def _opens_clause(words: list[str], i: int, lang: str) -> bool:
    """Whether ``words[i]`` starts a clause (a subject): first word, or after a comma, opener or reporting verb."""
    if i == 0 or words[i - 1] in {",", ";", "“", "\""}:
        return True
    return words[i - 1].casefold() in phrases(lang, "clause_openers") or _is_cue(words[i - 1], lang) \
        or _after_time_opener(words, i, lang)


def _after_time_opener(words: list[str], i: int, lang: str) -> bool:
    """Whether ``words[i]`` follows only a time phrase opening the sentence ("Later in the day it submitted")."""
    ends = phrases(lang, "time_opener_ends")
    return bool(ends) and 0 < i <= 6 and words[i - 1] in ends and all(
        w.isalpha() and (k == 0 or w.islower()) for k, w in enumerate(words[:i]))


def _is_cue(word: str, lang: str) -> bool:
    return any(word.casefold() in phrases(lang, "sources", "cues", kind)
               for kind in load_language(lang).get("sources", {}).get("cues", {}))


def _antecedent(history: list[Mention], before: list[Mention], word: str, lang: str) -> Entity | None:
    """The person a pronoun refers to: a subject pronoun ("he", "viņš") takes the subject of the last sentence
    that named a person; other pronouns the person named last. A name earlier in the same sentence wins."""
    people = [m for m in before if m.entity.cls == "Person"]
    subject = word.casefold() in phrases(lang, "pronouns", "subject") or \
        word.casefold() in phrases(lang, "pronouns", "possessive")
    if people:
        return people[0].entity if subject else people[-1].entity
    earlier = [m for m in history if m.entity.cls == "Person"]
    if not earlier:
        return None
    last_sentence = [m for m in earlier if m.sentence == earlier[-1].sentence]
    if subject:
        nominative = [m for m in last_sentence if "nom" in m.cases]
        return (nominative or last_sentence)[0].entity
    return last_sentence[-1].entity


def _descriptions(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                  history: list[Mention]) -> list[Mention]:
    """"the Russian leader", "the US president's", "Krievijas prezidents": the person of that country named last
    before; an unnamed envoy ("the Iranian ambassador"), or an office holder the story never names, stands for
    the state."""
    words = [t.text for t in sent.tokens]
    titles = phrases(lang, "titles")
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for last, (first, country) in sorted(_nationalities(gaz, lang, words, mentions).items()):
        n = titles.match(words, last + 1) or (last + 1 < len(words) and titles.match(
            [re.sub(r"['’]s$", "", words[last + 1])], 0) == 1)
        end = last + n
        if not n or end in taken or (end + 1 < len(words) and words[end + 1][:1].isupper()):
            continue
        if phrases(lang, "envoy_titles").match(words, last + 1):
            out.append(_mention(gaz, index, sent, first, end, country, guess_cases(words[end], lang)))
            continue
        office = " ".join(words[last + 1:end + 1]).casefold()
        earlier = [m for m in history + [m for m in mentions if m.last < first]
                   if m.entity.cls == "Person" and m.entity.country == country.country]
        if phrases(lang, "military_offices").match(words, last + 1) == n and country.cls == "Country" \
                and not any(office in (m.entity.title or "").casefold() for m in earlier):
            # an army's officer never named acts for that army, not for whoever of the state was named before
            out.append(_mention(gaz, index, sent, first, end, _kind_of(gaz, "armed_forces", country),
                                guess_cases(words[end], lang)))
            continue
        if earlier:
            out.append(_mention(gaz, index, sent, first, end, earlier[-1].entity, guess_cases(words[end], lang)))
        elif not declines(lang) and not words[end].casefold().endswith("s"):
            # "Chile's foreign minister" never named (one holder, not "ministers"): the office acts for its state
            out.append(_mention(gaz, index, sent, first, end, country, guess_cases(words[end], lang)))
    return out


def _counterparts(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                  history: list[Mention]) -> list[Mention]:
    """"his Indian counterpart": the other state's body of the kind that the party named before it is (another
    army's for an army's officer), else that state; after a person, the person of that state named last. A name
    set off after it ("his Afghan counterpart, Mullah X") is the counterpart itself."""
    nouns = phrases(lang, "counterpart_nouns")
    if not nouns:
        return []
    words = [t.text for t in sent.tokens]
    possessive = phrases(lang, "pronouns", "possessive")
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for i in range(len(words)):
        hit = gaz.demonym_at(lang, words, i)
        if not hit or hit[1].cls != "Country" or any(k in taken for k in range(i, i + hit[0])):
            continue
        n = nouns.match(words, i + hit[0])
        if not n:
            continue
        first = i - 1 if i > 0 and possessive.match(words, i - 1) == 1 else i
        last = i + hit[0] + n - 1
        if last + 2 < len(words) and words[last + 1] == "," and words[last + 2][:1].isupper():
            continue
        party = next((m.entity for m in reversed(mentions) if m.last < first), None)
        if party is not None and party.cls == "Person":
            people = [m.entity for m in history + mentions if m.entity.cls == "Person"
                      and m.entity.country == hit[1].country and (m.sentence < index or m.last < first)]
            if people:
                out.append(_mention(gaz, index, sent, first, last, people[-1], guess_cases(words[last], lang)))
            continue
        kind = next((k for k in KINDS if party is not None and party.country
                     and gaz.country(party.country) is not None
                     and gaz.of_kind(k, gaz.country(party.country)).key == party.key), None)
        entity = _kind_of(gaz, kind, hit[1]) if kind else hit[1]
        out.append(_mention(gaz, index, sent, first, last, entity, guess_cases(words[last], lang)))
    return out


def _body_refs(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
               history: list[Mention]) -> list[Mention]:
    """A body named by a bare common noun ("Ministrija pieprasīja", "aicināja padomi", "apsūdzēja Komisiju") is
    the organisation named last, in this sentence or the two before, whose name has that noun in it."""
    refs = phrases(lang, "body_refs")
    if not refs:
        return []
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for i, word in enumerate(words):
        if word not in refs or i in taken or i - 1 in taken or i + 1 < len(words) and words[i + 1][:1].isupper():
            continue
        earlier = [m for m in history + [m for m in mentions if m.last < i] if m.sentence >= index - 2
                   and m.entity.cls == "Organisation" and any(w in refs and _same_noun(w, word) for w in m.text.split())]
        if earlier:
            out.append(_mention(gaz, index, sent, i, i, earlier[-1].entity, guess_cases(word, lang)))
    return out


def _organisation_refs(doc: Doc, gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                       history: list[Mention]) -> list[Mention]:
    """A company or party named again by the bare word for its sort ("koncerns noraidīja", "aicināja partiju") is
    the organisation last named with that word before or in its name ("gāzes koncerns "Gazprom"", "Sociālistu
    partija") in this sentence or the five before."""
    nouns = phrases(lang, "organisation_nouns")
    if not nouns:
        return []
    plural = tuple(load_language(lang).get("organisation_plural_endings") or ())
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    out = []
    for i, word in enumerate(words):
        if nouns.match(words, i) != 1 or not (word[:1].islower() or i == 0) or i in taken or i - 1 in taken \
                or i + 1 < len(words) and (words[i + 1][:1].isupper() or words[i + 1] in QUOTE_MARKS):
            continue  # "koncerns "Gazprom"", "Krievijas koncerns": the name or owner is told here
        if word.casefold().endswith(plural) or i > 0 and phrases(lang, "quantifiers").match(words, i - 1):
            continue  # "sankcijas vairākiem uzņēmumiem": several companies, not the one named
        earlier = [m for m in history + [m for m in mentions if m.last < i] if m.sentence >= index - 5
                   and m.entity.cls == "Organisation" and (_named_with(doc, m, word) or any(
                       _same_noun(w, word) for w in m.text.split()))]
        if earlier:
            out.append(_mention(gaz, index, sent, i, i, earlier[-1].entity, guess_cases(word, lang)))
    return out


def _plural_bodies(doc: Doc, gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                   history: list[Mention]) -> list[Mention]:
    """A bare plural word for states' rulers ("huntas apsūdzēja", "valdības vienojās") after states were listed
    with it ("Mali, Burkinafaso un Nigēras huntas") means all the states of that list."""
    nouns = phrases(lang, "plural_state_refs")
    if not nouns:
        return []
    words = [t.text for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    pool = history + [m for m in mentions if m.sentence == index]
    out = []
    for i, word in enumerate(words):
        n = nouns.match(words, i)
        if not n or i in taken or i - 1 in taken:
            continue
        states = _listed_people(doc, lang, [m for m in pool if m.last < i or m.sentence < index], index, None,
                                cls="Country")
        listed = [m for m in pool if m.actor in states and m.sentence >= index - 3]
        if len(states) < 2 or not any(_same_noun(m.text.split()[-1], words[i + n - 1]) for m in listed):
            continue
        out += [_mention(gaz, index, sent, i, i + n - 1, state, guess_cases(words[i + n - 1], lang)) for state in states]
    return out


def _named_with(doc: Doc, m: Mention, noun: str) -> bool:
    """Whether the word for an organisation's sort stands right before its name ("koncerns "Gazprom"")."""
    words = [t.text for t in doc.sentences[m.sentence].tokens]
    k = m.first - 1 - (m.first > 0 and words[m.first - 1] in QUOTE_MARKS)
    return k >= 0 and words[k][:1].islower() and _same_noun(words[k], noun)


def _definite_bodies(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                     history: list[Mention]) -> list[Mention]:
    """A body named again by "the" and a common noun, perhaps with modifiers ("the council", "the electoral
    authority", "the assembly's demand"): the organisation named last in the article whose name has that noun
    and those modifiers in it; a vague noun ("authority", "body") needs a modifier that the name has."""
    table = load_language(lang).get("definite_body_refs") or {}
    if not table:
        return []
    nouns, vague = phrases(lang, "definite_body_refs", "nouns"), phrases(lang, "definite_body_refs", "vague")
    international = phrases(lang, "definite_body_refs", "international")
    determiners = phrases(lang, "definite_body_refs", "determiners")
    words = [re.sub(r"['’]s$", "", t.text) for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    bodies = [m for m in history + mentions if m.entity.cls == "Organisation" and m.text[:1].isupper()
              and m.sentence >= index - int(table.get("window", 10))]
    out = []
    for i, word in enumerate(words):
        if i in taken or not (word in nouns or word in vague or word in international) or not word.islower():
            continue
        if i + 1 < len(words) and (words[i + 1][:1].isupper() or words[i + 1].casefold() in ("of", "for")):
            continue  # "the council of ministers", "the court for ...": a body named by what follows
        k = i
        while k > 0 and k - 1 not in taken and words[k - 1].isalpha() and words[k - 1].islower() \
                and not determiners.match(words, k - 1) and i - k < 2:
            k -= 1
        if k == 0 or not determiners.match(words, k - 1) or k - 1 in taken:
            continue
        if k >= 2 and words[k - 2].casefold() in phrases(lang, "definite_body_refs", "places_before"):
            continue  # "gathered outside the assembly": the building, where it happens
        modifiers = [w.casefold() for w in words[k:i]]
        if word in vague and not modifiers:
            continue
        def fits(m: Mention) -> bool:
            if word in international:
                # "the organisation" after "suspended from ECOWAS": a body of states, whatever its name's noun
                return not modifiers and not m.entity.country and m.sentence >= index - 3
            name = {w.casefold() for w in re.findall(r"\w+", m.entity.label + " " + m.text)}
            return all(w in name for w in modifiers) and (word in vague or any(
                _same_noun(word, w) for w in name if w in nouns))
        found = [m for m in bodies if fits(m) and (m.sentence < index or m.last < k)]
        if found:
            out.append(_mention(gaz, index, sent, k, i, found[-1].entity, guess_cases(word, lang)))
    return out


@lru_cache(maxsize=4)
def _short_body_names(lang: str) -> Phrases:
    """The names a state's own body goes by at home, without the country its full name adds
    ("National Assembly (South Korea)", "Democratic Party of Korea" → "National Assembly", "Democratic Party")."""
    gaz = load_gazetteer()
    table: dict[str, list[str]] = {}
    of = " " + str((load_language(lang).get("home_bodies") or {}).get("country_marker", "of")) + " "
    for entity in gaz.entities.values():
        if entity.cls not in ("Organisation", "Group", "ArmedForce") or not entity.country:
            continue
        label = entity.labels.get(lang) or entity.label
        short = re.sub(r"\s*\(.*\)$", "", label)
        if short == label and of in label:
            short = label.rsplit(of, 1)[0]
        if short != label and len(short.split()) > 1:
            for name in {short} | spelling_variants(lang, short):
                table.setdefault(name, []).append(entity.key)
    return Phrases(list(table), list(table.values()))


def _home_bodies(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention],
                 history: list[Mention], home: Entity | None, sentences: list[Sentence]) -> list[Mention]:
    """A body named without the country its full name adds ("the opposition Democratic Party", "the National
    Assembly") is the one of the country the story takes place in, or of a country named in the sentence."""
    if not load_language(lang).get("home_bodies"):
        return []
    names = _short_body_names(lang)
    words = [re.sub(r"['’]s$", "", t.text) for t in sent.tokens]
    taken = {i for m in mentions for i in range(m.first, m.last + 1)}
    story = _story_country(gaz, lang, index, mentions, history, home, sentences)
    named = [m.actor.country for m in mentions if m.actor.cls == "Country"]
    out = []
    i = 0
    while i < len(words):
        hit = names.matches(words, i)
        n = hit[0][0] if hit else 0
        if not n or any(k in taken for k in range(i, i + n)) or not all(w[:1].isupper() for w in words[i:i + n]
                                                                        if w.isalpha() and w.casefold() not in ("of", "and", "for", "the")):
            i += 1
            continue
        keys = hit[0][1]
        fit = [k for k in keys if gaz.entities[k].country in named] or \
            [k for k in keys if story is not None and gaz.entities[k].country == story.country]
        if len(fit) == 1 and (i + n >= len(words) or not words[i + n][:1].isupper()):
            out.append(_mention(gaz, index, sent, i, i + n - 1, gaz.entities[fit[0]], guess_cases(words[i + n - 1], lang)))
        i += n
    return out


def _same_noun(a: str, b: str) -> bool:
    """Two forms of one body noun ("padomes", "padomi"): the same word before its case ending."""
    a, b = a.casefold(), b.casefold()
    return a[:max(4, min(len(a), len(b)) - 2)] == b[:max(4, min(len(a), len(b)) - 2)]


def _generic_ref(gaz: Gazetteer, lang: str, m: Mention, history: list[Mention]) -> Mention:
    """A body named by a common noun of its sort ("alianse") is the one of that sort the text named last, in this
    sentence or the five before ("KDLO ... lūdza aliansi palīdzēt": the CSTO, not NATO)."""
    if not m.text[:1].islower():
        return m
    words = m.text.split()
    word = words[int(len(words) > 1 and phrases(lang, "determiners").match(words, 0) == 1)].casefold()
    sorts = load_language(lang).get("generic_refs") or {}
    keys = next((v for k, v in sorts.items() if word == k or k.endswith("-") and word.startswith(k[:-1])), None)
    if not keys:
        return m
    named = [h.entity for h in history if h.sentence >= m.sentence - 5 and h.text[:1].isupper()
             and (h.entity.key in keys or h.entity.label in keys)]
    if not named or named[-1].key == m.entity.key:
        return m
    return m.model_copy(update={"entity": named[-1], "as_actor": gaz.seat_state(named[-1])})


def recognise(doc: Doc) -> Doc:
    """Fill ``doc.mentions``, in text order."""
    gaz = load_gazetteer()
    lang = doc.article.lang
    not_names = set(load_language(lang).get("not_names", []))
    known: set[str] = set()
    history: list[Mention] = []
    made: dict[str, Entity] = {}  # entities this article names that the gazetteer lacks: its own, not the process's
    called: dict[str, Entity] = {}  # common nouns the article says a body goes by ("the junta")
    home = _title_country(gaz, lang, doc.article.title)
    for index, sent in enumerate(doc.sentences):
        found = _gazetteer_mentions(gaz, lang, index, sent, known, frozenset(
            name_key(m.entity.label.split()[-1]) for m in history if m.entity.cls == "Person" and " " in m.entity.label))
        found = [m for m in found if not (m.first == 0 == m.last and sent.tokens[0].text in not_names)]
        found = _without_origins(lang, sent, found)
        found = [_generic_ref(gaz, lang, m, history) for m in found]
        kinds = _kind_mentions(gaz, lang, index, sent, found) + _kinds_of(gaz, lang, index, sent, found) \
            + _kinds_in_town(gaz, lang, index, sent, found)
        # a body the gazetteer names in full ("Chinese coast guard") is that body, not its country's kind
        kinds = [k for k in kinds if not any(m.first <= k.first and k.last <= m.last and m.last > m.first
                                             and m.entity.cls not in ("Country", "Group") for m in found)]
        # "Armed Forces of the Philippines" is one name, not also "Forces of the Philippines" inside it
        kinds = [k for k in kinds if not any(o.first <= k.first and k.last <= o.last and (o.first, o.last) != (k.first, k.last)
                                             and o.entity.key == k.entity.key for o in kinds)]
        kinds = [_service_named_before(gaz, lang, k, history, index) for k in kinds]
        covered = {i for m in kinds for i in range(m.first, m.last + 1)}
        found = [m for m in found if not covered & set(range(m.first, m.last + 1))] + kinds
        found += _foreign_names(gaz, lang, index, sent, found, known)
        found += _titled_people(gaz, lang, index, sent, found, made)
        found += _people_before_titles(gaz, lang, index, sent, found, made)
        found += _people_of_states(gaz, lang, index, sent, found, made)
        found += _acted_on_people(gaz, lang, index, sent, found, made)
        found += _passive_subject_lists(gaz, lang, index, sent, found, made)
        found += _quoted_organisations(gaz, lang, index, sent, found, made)
        found += _organisations_before_noun(gaz, lang, index, sent, found, made)
        found += _parties_after_marker(gaz, lang, index, sent, found, made)
        named_long = _long_organisation_names(gaz, lang, index, sent, found, made)
        found = [m for m in found if not any(n.first <= m.first and m.last <= n.last for n in named_long)] + named_long
        _self_names(lang, sent, found, called)
        found += _called_refs(gaz, lang, index, sent, found, called)
        found += _named_after_kind(gaz, lang, index, sent, found, made)
        found += _vessels_at_sea(gaz, lang, index, sent, found, made)
        found += _regions_before_noun(gaz, lang, index, sent, found, made)
        # people found only now ("Daniela Ortegas", after a title) may own a body of their state as well
        leaders = _leader_states(gaz, lang, index, sent, [m for m in found if m.entity.cls == "Person"])
        found = [m for m in found if not any(s.first <= m.first and m.last < s.last for s in leaders)] + leaders
        described = _descriptions(gaz, lang, index, sent, found, history)
        covered = {i for m in described for i in range(m.first, m.last + 1)}
        found = [m for m in found if not covered & set(range(m.first, m.last + 1))] + described
        found += _counterparts(gaz, lang, index, sent, found, history)
        found += _documents(gaz, lang, index, sent, found, history)
        found += _home_bodies(gaz, lang, index, sent, found, history, home, doc.sentences)
        found += _story_kinds(gaz, lang, index, sent, found, history, home, doc.sentences)
        found += _story_capital(gaz, lang, index, sent, found, history, home, doc.sentences)
        found += _fighters(gaz, lang, index, sent, found, history)
        found += _unnamed_rebels(gaz, lang, index, sent, found, history, home, doc.sentences)
        found += _body_refs(gaz, lang, index, sent, found, history)
        found += _organisation_refs(doc, gaz, lang, index, sent, found, history)
        found += _plural_bodies(doc, gaz, lang, index, sent, found, history)

        found += _definite_bodies(gaz, lang, index, sent, found, history)
        found += _surnames(gaz, index, sent, found, history, lang)
        found = _other_blocs(gaz, lang, index, sent, found, history)
        found += _references(doc, lang, index, sent, found, history)
        found += _bare_titles(doc, gaz, lang, index, sent, found, history)
        found += _adjectives(gaz, lang, index, sent, found)
        found += _hyphen_pairs(gaz, lang, index, sent, found)
        found.sort(key=lambda m: (m.first, m.last))
        found = _officials_before_name(gaz, found)
        found = _mission_staff(gaz, lang, index, sent, found)
        _quoted_after_noun(lang, sent, found)
        known.update(m.entity.key for m in found)
        history.extend(found)
        doc.mentions.extend(found)
    _office_holders_of_states(doc, gaz, lang)
    return doc


def _mission_staff(gaz: Gazetteer, lang: str, index: int, sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """People working at a state's diplomatic mission ("15 staff at the Cuban embassy", "two employees of the
    Cuban consulate") are that state's officials, though the state is named only as the mission's owner."""
    words = [t.text for t in sent.tokens]
    missions, staff = phrases(lang, "staffed_missions"), phrases(lang, "mission_staff")
    officials, determiners = phrases(lang, "kind_nouns", "officials"), phrases(lang, "determiners")
    out: list[Mention] = []
    seats: set[int] = set()
    for m in mentions:
        if id(m) in seats:
            continue
        n = missions.match(words, m.last + 1) if m.entity.cls == "Country" else 0
        k = m.first - 1
        while n and k > 0 and determiners.match(words, k) == 1:
            k -= 1
        people = next((j for j in range(max(0, k - 3), k) if words[k].casefold() in ("at", "of", "in", "from")
                       and (officials.match(words, j) or staff.match(words, j)) == k - j), None)
        owned = _owned_mission_staff(lang, words, m.last + 1) if m.entity.cls == "Country" else 0
        if owned:
            # "the Cuban embassy's diplomats": the staff the mission's possessive names
            out.append(_mention(gaz, index, sent, m.first, owned, gaz.of_kind("officials", m.entity),
                                guess_cases(words[owned], lang)))
            continue
        if not n or people is None:
            out.append(m)
            continue
        # the town the mission stands in ("at the Cuban embassy in Lima") is where they work, not where it happens
        seat = next((o for o in mentions if o.first == m.last + n + 2 and words[m.last + n + 1] == "in"
                     and o.entity.cls == "City"), None)
        if seat is not None:
            seats.add(id(seat))
            out = [o for o in out if o is not seat]
        out.append(_mention(gaz, index, sent, people, seat.last if seat else m.last + n,
                            gaz.of_kind("officials", m.entity), guess_cases(words[people], lang)))
    return out


def _owned_mission_staff(lang: str, words: list[str], i: int) -> int:
    """The last word of staff named by a possessive mission from ``i`` on ("embassy's diplomats", "consulate's
    staff"), else 0."""
    missions, staff = phrases(lang, "staffed_missions"), phrases(lang, "mission_staff")
    officials = phrases(lang, "kind_nouns", "officials")
    for n in range(1, 4):
        if i + n > len(words):
            break
        last = words[i + n - 1]
        bare = last[:-2] if last.casefold().endswith(("'s", "’s")) else None
        if bare is None or missions.match(words[i:i + n - 1] + [bare], 0) != n:
            continue
        size = officials.match(words, i + n) or staff.match(words, i + n)
        return i + n + size - 1 if size else 0
    return 0


def _untitled_holder(doc: Doc, index: int, state: Mention) -> dict[str, Entity]:
    """The one person of a state the article names with no title in the next sentence, where an office of that
    state was told without a name ("the foreign ministers of Peru and Chile signed ... signed by Peru's Ana Ruiz
    and Chile's Luis Mora"): the office holder."""
    found = {m.entity.key: m.entity for m in doc.mentions if index <= m.sentence <= index + 1
             and m.entity.cls == "Person" and not m.entity.title and not m.entity.wikidata
             and m.entity.country and m.entity.country == state.entity.country}
    return found if len(found) == 1 else {}


def _office_holders_of_states(doc: Doc, gaz: Gazetteer, lang: str) -> None:
    """"The leaders of Armenia and Azerbaijan", "the foreign ministers of Chile and Peru": the people holding that
    office in each state, where the article names them anywhere (often in the next sentence); a state whose
    holder it never names stays the state."""
    table = load_language(lang).get("office_plurals") or {}
    if not table:
        return
    offices = Phrases(list(table), [[t.casefold() for t in ts] for ts in table.values()])
    of = phrases(lang, "kind_of_marker")
    people = [m.entity for m in doc.mentions if m.entity.cls == "Person" and m.entity.country and m.entity.title]
    for index, sent in enumerate(doc.sentences):
        words = [t.text for t in sent.tokens]
        mine = [m for m in doc.mentions if m.sentence == index]
        for k in range(len(words)):
            hit = offices.matches(words, k)
            if not hit or not of.match(words, k + hit[0][0]):
                continue
            n, titles = hit[0]
            at = k + n + 1 + bool(phrases(lang, "determiners").match(words, k + n + 1))
            # the state, or the kind of people of it that an office noun already made ("ministers of Chile")
            first = next((m for m in mine if m.entity.country and (m.first == at and m.entity.cls == "Country"
                                                                   or k <= m.first <= k + n and m.last >= at)), None)
            states = [first] + _listed_after(words, first, mine, lang) if first is not None else []
            for m in states:
                holders = {p.key: p for p in people if p.country == m.entity.country
                           and any(t in p.title.casefold() for t in titles)} or _untitled_holder(doc, index, m)
                if len(holders) == 1:
                    person = next(iter(holders.values()))
                    start = min(k, m.first) if m is first else m.first  # the office phrase heads the first, as "troops of X" does
                    made = _mention(gaz, index, sent, start, m.last, person,
                                    guess_cases(words[start], lang) if m is first else m.cases)
                    doc.mentions[doc.mentions.index(m)] = made
                    doc.mentions = [o for o in doc.mentions if o is made or not (
                        o.sentence == index and start <= o.first and o.last <= made.last)]
