"""Stage 4: find event triggers and give each its actors, place, quantities and modality.

A trigger is a word from the language's ``triggers.yaml``. Its arguments come from the names in its
clause: in the nominative before it, the actor; after it (up to the next trigger), in the dative or
accusative or with "ar"/"with", the recipient; in the locative or with "in", the place. Languages without
case endings (English) read the same roles from word order and prepositions.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.clauses import QUOTES, clause_ids, close_naming_asides, coordinated, names_listed, quoted
from kg.entities import story_country
from kg.gazetteer import load_gazetteer
from kg.inflect import CASES, guess_cases, lemma_guess
from kg.language import (Phrases, calendar_words, conjunctions, declines, future_form, infinitive_form, load_language,
                         nominalisation, noun_kinds, number_words, phrases)
from kg.models import (ACTOR_CLASSES, PLACE_CLASSES, SAID_ACTS, Argument, Doc, Entity, Event, Evidence, Mention,
                       Quantity, Sentence)
from kg.quantities import find_quantities
from kg.sources import find_cues

NOT_ARGUMENT_PREPOSITIONS = {"in", "at", "on", "from", "about", "of", "without", "despite", "during", "until", "through",
                             "across", "near", "under"}
NEEDS_AHEAD = 8
"""A trigger's ``needs`` may also stand in the clause it governs, this many words on ("warned that X would respond")."""
OBJECT_REACH = 3
"""How far after a verb a trigger it needed stands as its object ("cut all military aid")."""
# Cooperation, aid and requests are never aimed "against" anyone named: that one is no recipient.
# (Conceding, as lifting sanctions "against X", is aimed at X.)
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST"}
BREAKS_BEFORE = {",", ";", "(", "—", "–"}
# Stances rather than acts: said of a leader's own state, they are the leader's.
STANCES = {"AGREE", "REJECT", "SUPPORT", "ACCUSE", "THREATEN"}
# Acts only a state's organs do: in an agentless passive the state told of is their agent.
STATE_ACTS = {"CONCEDE", "COERCE", "SANCTION", "RETREAT"}
# State acts that restrict or punish: told in the passive with no agent, they are the state's.
CONSTRAINTS = ("COERCE", "SANCTION")
# Visits and deliveries go somewhere: "uz Krieviju ieradās" is aimed at Russia.
MOTION = {"CONSULT", "AID"}


@functools.cache
def _clitic_genitives(lang: str) -> tuple[str, ...]:
    """Where names do not decline, the genitive endings of morphology.yaml are a clitic on the name ("Russia's")."""
    if declines(lang):
        return ()
    paradigms = load_language(lang).get("morphology", {}).get("paradigms") or []
    return tuple(e for p in paradigms for e in p.get("gen", []) if e)


def _clitic_possessive(text: str, lang: str) -> bool:
    """Whether a name or token carries the clitic possessive ("Israel's", "'s") of a language without cases."""
    endings = _clitic_genitives(lang)
    return bool(endings) and text.endswith(endings)


def _demonym_before(words: list[str], i: int, lang: str) -> bool:
    """Whether a nationality word ("Israeli", "North Korean") ends just before ``words[i]``."""
    gaz = load_gazetteer()
    return any((hit := gaz.demonym_at(lang, words, k)) is not None and k + hit[0] == i for k in range(max(0, i - 3), i))


@dataclass
class Trigger:
    first: int
    last: int
    entry: dict
    negated: bool
    lexically_negative: bool = False

    @property
    def verb(self) -> bool:
        return self.entry.get("pos", "verb") == "verb"


def _state_of_place(place: Entity) -> Entity | None:
    """The state a place lies in or is the seat of: a country is its own."""
    gaz = load_gazetteer()
    return place if place.cls == "Country" else gaz.seat_state(place) or gaz.country(place.country or "")


def _speakers_side(event: Event, party: Entity) -> bool:
    """Whether a party named in what is said is the speaker's own side: one of the event's actors, a state one of
    them belongs to, or a person of such a state."""
    own = {a.entity.key for a in event.actors} | {a.entity.country for a in event.actors if a.entity.country}
    if _rival_at_home(event, party):
        return False
    state = load_gazetteer().country(party.country or "") if party.cls == "Person" else None
    return bool(own & {party.key, party.country}) or state is not None and state.key in own


def _rival_at_home(event: Event, party: Entity) -> bool:
    """A party or company of the speaker's country that is no organ of the state ("opozīcija apgalvo, ka "Gruzijas
    sapnis" viltojis vēlēšanas") is a rival at home, not the speaker's side, unless the speaker is the state."""
    gaz = load_gazetteer()
    return party.cls == "Organisation" and not _state_body(gaz, party) \
        and party.key not in {a.entity.key for a in event.actors} \
        and not any(a.entity.cls == "Country" for a in event.actors)


@functools.cache
def _listed(words: tuple[str, ...]) -> Phrases:
    """A word list of a trigger entry (``needs``, ``unless``, ``lone_mobilize``) as an index, built once: the
    rules ask for it for every trigger they look at."""
    return Phrases(list(words))


def _entry_phrases(entry: dict, key: str) -> Phrases:
    return _listed(tuple(entry.get(key) or ()))


@functools.cache
def _triggers(lang: str) -> tuple[Phrases, list[tuple[dict, Phrases]]]:
    """One index over every trigger word, its payload the entry's number, and each entry's ``needs``."""
    entries = load_language(lang).get("triggers") or []
    # forms the lists leave out but the morphology derives ("aizturējuši" → "aizturējušas")
    variants = (load_language(lang).get("morphology") or {}).get("trigger_variants") or {}

    listed = {w.casefold() for e in entries for w in e["words"]}

    def forms(word: str) -> list[str]:
        """The word and the forms derived from it, but not one an entry lists itself: a listed form keeps its entry."""
        first, _, rest = word.partition(" ")
        more = [first[:-len(end)] + alt for end, alts in variants.items() if first.endswith(end) for alt in alts]
        derived = [f"{m} {rest}".strip() for m in more]
        return [word] + [d for d in derived if d.casefold() not in listed]

    # an entry with ``variants: false`` lists the forms it means itself ("pārskaitīja" money: not the reported
    # "pārskaitījis" of a claim's content)
    words = [(f, n) for n, e in enumerate(entries) for w in e["words"]
             for f in (forms(w) if e.get("variants", True) else [w])]
    index = Phrases([w for w, _ in words], [n for _, n in words])
    return index, [(e, _entry_phrases(e, "needs")) for e in entries]


def find_triggers(words: list[str], clauses: list[int], lang: str) -> list[Trigger]:
    """Trigger words, longest first, each word in at most one trigger; ``needs`` checked in the clause
    and just after the trigger.

    A trigger word carrying the language's negative prefix ("nenosūtīja") is a negated trigger. What a
    trigger ``needs`` may also stand in the clause right after it that says what was promised or warned
    ("solīja, ka Izraēla tiks sodīta"). A verb as an attributive participle ("noslēgtā līguma") names the
    thing it qualifies, like a noun. Quotation marks inside a phrase do not break it ("reached an “understanding”").
    An entry with ``needs_object`` looks for it only in the verb's object just after it ("veica jaunus triecienus").
    An entry with ``needs_content`` may find it anywhere in a content clause that opens right after the verb
    ("vowed that those responsible for the unrest would be punished").
    An entry with ``needs_after`` looks for what it needs only after the trigger ("pulled out of the deal", but
    not "under the deal, troops are to pull out of the south"); one with ``unless`` does not count when one of
    those words stands in its clause.
    """
    prefix = load_language(lang).get("sources", {}).get("negative_prefix")
    complements = phrases(lang, "complement_openers")
    attributive = tuple(load_language(lang).get("morphology", {}).get("attributive_suffixes") or ["\0"])
    index, entries = _triggers(lang)
    at = [k for k, w in enumerate(words) if w not in QUOTES]
    plain = [words[k] for k in at]
    found: list[Trigger] = []
    needed: list[Phrases] = []
    taken: set[int] = set()
    for p in range(len(plain)):
        i = at[p]
        if i in taken:
            continue
        options = [(n, e, False) for n, e in index.matches(plain, p)]
        if prefix and words[i].casefold().startswith(prefix) and len(words[i]) > len(prefix) + 2:
            stripped = [words[i][len(prefix):]] + plain[p + 1:p + 4]
            options += [(n, e, True) for n, e in index.matches(stripped, 0)]
        for n, number, negated in options:
            entry, needs = entries[number]
            last = at[p + n - 1]
            if entry.get("left_body") and not (last + 1 < len(words) and words[last + 1][:1].isupper()):
                continue  # "izstājās no līguma": a common noun is left to the entries that need it
            told = None
            if entry.get("needs_complement") and not any(
                    words[k] == "," and complements.match(words, k + 1) for k in range(last + 1, min(len(words) - 1, last + 5))):
                # "apgalvoja, ka ...": what is needed must be said in the "ka" clause that follows, or in the quote
                # the verb closes ("“Tā ir Krievijas hibrīdoperācija,” sacīja X")
                told = _said_before(words, i)
                if told is None:
                    continue
            if entry.get("unless"):
                unless = _entry_phrases(entry, "unless")
                if any(unless.match(words, k) for k in range(len(words)) if clauses[k] == clauses[i] and not i <= k <= last):
                    continue  # "otrajā kārtā tiksies ar X": facing a rival in a vote is no meeting
            if needs:
                scope = {clauses[i]}
                if entry.get("needs_content") and last + 1 < len(words) and clauses[last + 1] != clauses[i]:
                    # "vowed that those responsible for the unrest would be punished": the content clause the verb
                    # opens straight after it, however long, may hold what is needed
                    scope.add(clauses[last + 1])
                if last + 2 < len(words) and words[last + 1] == "," and complements.match(words, last + 2):
                    scope.add(clauses[last + 2])
                    if entry.get("needs_complement"):
                        scope |= _nested_complements(words, clauses, last + 2, complements)
                        scope |= _purpose_of_content(words, clauses, scope, lang)
                clause = [w for k, w in enumerate(words) if (clauses[k] in scope or last < k <= last + NEEDS_AHEAD)
                          and not i <= k <= last and (k > last or not entry.get("needs_after")
                                                      and not _participle_object(words, i, entry, lang))]
                if not entry.get("needs_after"):
                    clause = _relative_antecedent(words, clauses, i, lang) + clause
                if entry.get("called"):
                    clause = _called_words(words, clauses, i, last, entry["called"], bool(entry.get("said")))
                if told is not None:
                    clause = [words[k] for k in told]
                if _reduced_passive(words, i, last, entry, lang):
                    clause = words[max(0, i - 3):i]  # "footage released by the military": what is released
                if last + 1 < len(words) and phrases(lang, "thing_pronouns").match(words, last + 1) == 1 \
                        and (last + 2 == len(words) or not words[last + 2].isalpha()
                             or words[last + 2].casefold() in conjunctions(lang)):
                    clause = words[:i] + clause  # "announced the agreement, saying both had accepted it"
                if entry.get("needs_object"):
                    clause = _object_words(words, last, lang)
                if not any(needs.match(clause, k) for k in range(len(clause))):
                    continue
            if entry.get("pos", "verb") == "verb" and i == last and _after_determiner(words, i, lang, entry["type"]) \
                    and not any(entries[o][0].get("pos") == "noun" and entries[o][0]["type"] == entry["type"]
                                for k, o, _ in options if k == 1):
                continue  # "an Iranian nuclear bomb", "the immediate release": a thing no noun entry names as an act
            if entry.get("pos", "verb") == "verb" and i > 0 and not prefix \
                    and _clitic_possessive(words[i - 1], lang) and any(
                        entries[o][0].get("pos") == "noun" and entries[o][0]["type"] == entry["type"]
                        for k, o, _ in options if k == 1):
                continue  # "Israel's attack on Iran", "Modi's meeting with Sharif": after a possessive the noun entry reads it
            if entry.get("pos", "verb") == "verb" and i == last and i > 0 and not prefix \
                    and _clitic_possessive(words[i - 1], lang) \
                    and not words[i].casefold().endswith(tuple(load_language(lang).get("past_verb_suffixes") or ["\0"])):
                entry = {**entry, "pos": "noun"}  # "Tokyo's support for Manila": a word read as a verb is a noun here
            if entry.get("pos", "verb") == "verb" and i == last and not prefix and _demonym_before(words, i, lang) \
                    and any(entries[o][0].get("pos") == "noun" and entries[o][0]["type"] == entry["type"]
                            for k, o, _ in options if k == 1):
                continue  # "Israeli strikes on Lebanon", "Russian shelling": after a nationality, the noun
            lexical = bool(prefix) and not negated and words[i].casefold().startswith(prefix)
            if entry.get("pos", "verb") == "verb" and i == last and words[i].islower() and words[i].endswith(attributive) \
                    and words[i].casefold() not in index.exact:
                entry = {**entry, "pos": "noun"}
            found.append(Trigger(i, last, entry, negated, lexical))
            needed.append(needs)
            taken.update(range(i, last + 1))
            break
    # In a subject-verb-object language a trigger just after a verb that needed it is that verb's object,
    # no event of its own ("lifted sanctions on Belarus", "cut military aid to Ukraine", "suspended talks with").
    svo = load_language(lang).get("word_order") == "svo"
    # The object may stand further on behind lowercase words and figures alone ("announced a further $1.85 billion
    # in military assistance").
    # In any order, a noun of another category right after a verb that needed it is its object ("vienojās sākt
    # iestāšanās sarunas": the talks are what was agreed).
    objects = {id(u) for t, needs in zip(found, needed) if needs and t.verb for u in found
               if clauses[u.first] == clauses[t.first] and (svo or not u.verb and u.entry["type"] != t.entry["type"]
                                                            and u.first - t.last <= OBJECT_REACH)
               and (0 < u.first - t.last <= OBJECT_REACH or 0 < u.first - t.last <= NEEDS_AHEAD and all(
                   not w[:1].isupper() and w not in BREAKS_BEFORE and clauses[k + t.last + 1] == clauses[t.first]
                   for k, w in enumerate(words[t.last + 1:u.first])))
               and any(needs.match(words[:u.last + 1], k) for k in range(u.first, u.last + 1))
               and not _charge_after_accused(words, t, u, lang)}
    objects |= _governed_by_needed(words, clauses, found, needed, lang)
    objects |= _content_of_needed(words, clauses, found, needed, lang)
    objects |= _described_needed(words, found, needed, lang)
    if not svo:
        objects |= _fronted_needed(words, clauses, found, needed)
    return [t for t in found if id(t) not in objects]


def _relative_antecedent(words: list[str], clauses: list[int], i: int, lang: str) -> list[str]:
    """The words just before a relative clause the trigger at ``i`` stands in ("a ceasefire that had come into
    force"): what the clause tells of, where what a trigger needs may be named. Where names decline, a relative
    pronoun's case ties it to no noun before it, so none is taken."""
    start = clauses.index(clauses[i])
    if declines(lang) or start == 0 or not phrases(lang, "pronouns", "relative").match(words, start):
        return []
    end = start - 1 if words[start - 1] == "," else start
    return words[max(0, end - 3):end]


def _object_words(words: list[str], last: int, lang: str) -> list[str]:
    """The words a light verb's object may take ("veica jaunus masveida triecienus", "uzsāka plašu ofensīvu"): up to
    one past ``OBJECT_REACH`` lowercase words after the verb, ending at a break, a name or an infinitive ("sāka
    izmeklēt uzbrukumu": what is begun is the inquiry)."""
    out = []
    for w in words[last + 1:last + 2 + OBJECT_REACH]:
        if not w.isalpha() or not w.islower() or infinitive_form(w, lang):
            break
        out.append(w)
    return out


def _reduced_passive(words: list[str], i: int, last: int, entry: dict, lang: str) -> bool:
    """Whether a verb trigger is a participle between a common noun and "by" ("footage released by the
    military", "prisoners freed by Russia"): the noun is what it acts on, so it alone can be what it needs."""
    agent = load_language(lang).get("agent_preposition")
    passive = phrases(lang, "passive_auxiliaries")
    return load_language(lang).get("word_order") == "svo" and entry.get("pos", "verb") == "verb" and bool(agent) \
        and last + 1 < len(words) and words[last + 1].casefold() == agent and i > 0 and words[i - 1].isalpha() \
        and (words[i - 1].islower() or i == 1) and not passive.match(words, i - 1) and not passive.match(words, i) \
        and not phrases(lang, "auxiliaries").match(words, i - 1)


def _participle_object(words: list[str], i: int, entry: dict, lang: str) -> bool:
    """Whether a verb trigger is a present participle after a comma or "and", whose object stands after it
    ("imposed sanctions, suspending transactions": what "suspending" acts on is not the sanctions before it;
    "columns were moving" keeps its subject)."""
    progressive = tuple(load_language(lang).get("progressive_suffixes") or ())
    return load_language(lang).get("word_order") == "svo" and entry.get("pos", "verb") == "verb" \
        and bool(progressive) and words[i].casefold().endswith(progressive) and i > 0 \
        and (words[i - 1] == "," or words[i - 1].casefold() in conjunctions(lang))


def _taken_place(words: list[str], mentions: list[Mention], trig: Trigger, lang: str) -> Entity | None:
    """The town or region a verb of taking has as its object ("seized Goma", "took the city of Bukavu"), or None
    when its object is no named place (an entry marked ``place_object`` then reads nothing)."""
    k = trig.last + 1
    while k < len(words) and phrases(lang, "determiners").match(words, k):
        k += 1
    k += phrases(lang, "settlement_nouns").match(words, k)
    return next((m.entity for m in mentions if m.first == k and m.entity.cls in ("City", "Region")), None)


def _after_determiner(words: list[str], i: int, lang: str, kind: str) -> bool:
    """Whether a verb of a category whose acts the noun entries name stands as a noun after an article and the
    adjectives before it ("an Iranian nuclear bomb", "the immediate release"): it names a thing, not an act."""
    adjectives = tuple(load_language(lang).get("adjective_suffixes") or ())
    articles = phrases(lang, "noun_articles")
    participle = tuple(load_language(lang).get("participle_suffixes") or ())
    if kind not in (load_language(lang).get("noun_article_types") or []) or words[i].casefold().endswith(participle):
        return False
    k = i - 1
    while k >= 0 and i - k <= 3 and adjectives and words[k].isalpha() and words[k].casefold().endswith(adjectives) \
            and not articles.match(words, k):
        k -= 1
    return k >= 0 and articles.match(words, k) == 1


def _nested_complements(words: list[str], clauses: list[int], start: int, complements: Phrases) -> set[int]:
    """The "ka" clauses nested in a claim's content ("sacīja, ka Krievija "ir pierādījusi, ka ir teroristiska
    valsts""): each one opened right after the one before, a comma (and a quote) between."""
    out: set[int] = set()
    current = clauses[start]
    for p in range(start + 1, len(words)):
        if clauses[p] == clauses[p - 1]:
            continue
        if clauses[p - 1] != current or words[p - 1] != "," or not complements.match(words, p):
            break
        current = clauses[p]
        out.add(current)
    return out


def _purpose_of_content(words: list[str], clauses: list[int], scope: set[int], lang: str) -> set[int]:
    """The purpose clause that ends a claim's content ("paziņoja, ka tīkls pārskaitījis naudu vēlētājiem, lai tie
    balsotu pret"): what the deed was for is part of what is claimed."""
    purpose = phrases(lang, "purpose_openers")
    nxt = max(k for k, c in enumerate(clauses) if c in scope) + 1
    if nxt < len(words) and words[nxt] == ",":
        nxt += 1
    if nxt < len(words) and words[nxt - 1] == "," and purpose.match(words, nxt):
        return {clauses[nxt]}
    return set()


def _bare_participle(word: str, lang: str) -> bool:
    """A passive participle standing as the predicate with its auxiliary left out, as news reports do ("no valsts
    izraidīts diplomāts", "aizturēti vairāk nekā 200 cilvēku"); a short vowel before the ending makes a finite verb
    ("pameta", "izskata")."""
    suffixes = tuple(load_language(lang).get("passive_participle_suffixes") or ())
    word = word.casefold()
    ending = next((s for s in suffixes if word.endswith(s)), None)
    return ending is not None and len(word) > len(ending) + 2 and word[-len(ending) - 1] not in "ae"


def _described_needed(words: list[str], found: list[Trigger], needed: list[Phrases], lang: str) -> set[int]:
    """A verb of the same category in a relative clause on the word a verb needed ("paziņoja par sankcijām, kas
    skars bankas un ierobežos eksportu") tells what that measure does: part of the act, no event of its own."""
    relative = phrases(lang, "pronouns", "relative")
    inside: set[int] = set()
    for t, needs in zip(found, needed):
        if not needs or not t.verb:
            continue
        ends = [k + n for k in range(t.last + 1, min(len(words), t.last + 1 + NEEDS_AHEAD)) if (n := needs.match(words, k))]
        opened = [e + 1 for e in ends if e + 1 < len(words) and words[e] == "," and relative.match(words, e + 1)]
        if not opened:
            continue
        for u in found:
            if u is not t and u.verb and u.entry["type"] == t.entry["type"] and opened[0] < u.first \
                    and not any(w in (".", ";") for w in words[opened[0]:u.first]):
                inside.add(id(u))
    return inside


def _content_of_needed(words: list[str], clauses: list[int], found: list[Trigger], needed: list[Phrases],
                       lang: str) -> set[int]:
    """A participle of the same category right after the text a verb needed says what the text holds ("signed a
    declaration committing them to protect civilians"): part of that act, no event of its own."""
    progressive = tuple(load_language(lang).get("progressive_suffixes") or ())
    locative = phrases(lang, "locative_prepositions")
    inside: set[int] = set()
    for t, needs in zip(found, needed):
        if not needs or not t.verb or not progressive:
            continue
        for u in found:
            if u is t or not u.verb or u.entry["type"] != t.entry["type"] or clauses[u.first] != clauses[t.first] \
                    or not 0 < u.first - t.last <= NEEDS_AHEAD or not words[u.first].casefold().endswith(progressive):
                continue
            ends = [k + n for k in range(t.last + 1, u.first) if (n := needs.match(words, k))]
            # a place may stand between ("signed a declaration in Jeddah committing them")
            if any(all(w.casefold() in locative or w[:1].isupper() for w in words[end:u.first]) and u.first - end <= 4
                   for end in ends):
                inside.add(id(u))
    return inside


def _quote_before(words: list[str], i: int) -> range | None:
    """The quoted words a verb of saying closes from just after them ("“..., mēs to nepieļausim,” žurnālistiem
    sacīja X"): the span inside the quotation marks that end at most four words before it."""
    inside = [False] * len(words)
    state = False
    for k, w in enumerate(words):
        if w in {"“", "„", "«"}:
            state = True
        elif w in {"”", "»"}:
            state = False
        elif w == "\"":
            state = not state
        inside[k] = state
    for c in range(i - 1, max(0, i - 5), -1):
        if words[c] in {".", "!", "?"}:
            return None
        if words[c] in QUOTES and not inside[c] and inside[c - 1]:
            start = c - 1
            while start > 0 and inside[start - 1]:
                start -= 1
            return range(start + (words[start] in QUOTES), c)
    return None


def _said_before(words: list[str], i: int) -> range | None:
    """What a verb of saying closes from just after it: the quote (``_quote_before``), or with no quotation marks
    the sentence's opening clause when the verb follows its comma and its speaker follows it ("Čīle ir atbildīga
    par uzbrukumu, paziņoja Norvēģija")."""
    quoted = _quote_before(words, i)
    if quoted is not None:
        return quoted
    if 3 < i < len(words) - 1 and words[i - 1] == "," and words[i + 1][:1].isupper() \
            and not any(w in QUOTES or w in {",", ";", ":"} for w in words[:i - 1]):
        return range(0, i - 1)
    return None


def _called_words(words: list[str], clauses: list[int], first: int, last: int, markers: list[str],
                  said: bool = False) -> list[str]:
    """The words a naming verb calls its object by ("nosauca karavīrus par “varoņiem”"): what such an entry needs
    stands there, not in an epithet elsewhere in the clause ("Krievijas diktators ... nosauca"); for a verb of
    saying, the copula of the said clause just after it ("said the killings were reprehensible")."""
    called = {w.casefold() for w in markers}
    # the said clause may follow an aside ("said on behalf of the bloc that the killings were"): near its own start
    cut = next((k for k in range(last + 1, len(words)) if words[k].casefold() in called
                and (clauses[k] == clauses[first] or said and clauses[k] == clauses[first] + 1
                     and (k - last <= 4 or k - clauses.index(clauses[k]) <= 3))), None)
    return [] if cut is None else [w for w in words[cut + 1:cut + 1 + NEEDS_AHEAD] if w not in QUOTES]


def _charge_after_accused(words: list[str], verb: Trigger, noun: Trigger, lang: str) -> bool:
    """A noun after the name an accusing verb takes as the accused ("apsūdzēja Kijivu uzbrukumā") is the
    charge, the accused's own act, not the verb's object."""
    return verb.entry["type"] == "ACCUSE" and bool(phrases(lang, "charge_verbs").match(words, verb.first)) \
        and any(w[:1].isupper() for w in words[verb.last + 1:noun.first])


def _fronted_needed(words: list[str], clauses: list[int], found: list[Trigger], needed: list[Phrases]) -> set[int]:
    """A noun of another category just before a verb that needed it ("bloks sankcijas atcēla": the sanctions are
    what was lifted) is the verb's fronted object, no event of its own."""
    return {id(u) for t, needs in zip(found, needed) if needs and t.verb for u in found
            if not u.verb and u.entry["type"] != t.entry["type"] and clauses[u.first] == clauses[t.first]
            and 0 < t.first - u.last <= 2 and not any(w in BREAKS_BEFORE for w in words[u.last + 1:t.first])
            and any(needs.match(words[:u.last + 1], k) for k in range(u.first, u.last + 1))}


def _governed_by_needed(words: list[str], clauses: list[int], found: list[Trigger], needed: list[Phrases],
                        lang: str) -> set[int]:
    """Event nouns that the word a verb needed governs through a preposition ("lifted restrictions on defence
    cooperation", "imposed a ban on arms deliveries"): the noun is what is restricted, no event of its own."""
    governing = phrases(lang, "needed_object_prepositions")
    inside: set[int] = set()
    for t, needs in zip(found, needed):
        if not needs or not t.verb:
            continue
        for u in found:
            if u.verb or clauses[u.first] != clauses[t.first] or not 0 < u.first - t.last <= NEEDS_AHEAD:
                continue
            between = range(t.last + 1, u.first)
            if any(words[k] in BREAKS_BEFORE for k in between):
                continue
            if any((n := needs.match(words, k)) and governing.match(words, k + n) for k in between):
                inside.add(id(u))
    return inside


@functools.cache
def _reporting_words(lang: str) -> Phrases:
    spec = load_language(lang)
    return Phrases([w for e in spec.get("triggers") or [] for w in e["words"]]
                   + [w for ws in spec.get("sources", {}).get("cues", {}).values() for w in ws])


class Sentenceview:
    """A sentence with its words, clauses, quotation marks, names, cues and triggers."""

    def __init__(self, doc: Doc, index: int, sent: Sentence):
        self.doc, self.index, self.sent = doc, index, sent
        self.lang = doc.article.lang
        # names decline (Latvian): a name's case tells its role and word order is free; else word order tells it
        self.cased = declines(self.lang)
        self.words = [t.text for t in sent.tokens]
        self.clauses = clause_ids(sent, self.lang)
        self.quoted = quoted(sent)
        self.mentions = [m for m in doc.mentions if m.sentence == index]
        self.mentions = [self._led_body(m) for m in self.mentions]
        self.triggers = [t for t in find_triggers(self.words, self.clauses, self.lang)
                         if not any(m.first <= t.first and t.last <= m.last and (m.last > m.first or not t.verb)
                                    for m in self.mentions)
                         and not (t.entry.get("place_object") and _taken_place(self.words, self.mentions, t, self.lang) is None)]
        self.clauses = close_naming_asides(self.words, self.clauses, self.lang,
                                           {k for t in self.triggers for k in range(t.first, t.last + 1)})
        self.cues = [c for c in find_cues(self.words, self.mentions, self.clauses, self.lang)
                     if not any(t.first <= c.index <= t.last for t in self.triggers)]
        self.speakers = {id(m) for c in self.cues if c.tail for m in c.speakers}
        self._attach_clauses()
        self.prepositions = {id(m): self._preposition(m) for m in self.mentions}
        self.modifiers = {id(m) for m in self.mentions if self._is_modifier(m)}
        self.quantities = find_quantities(self.words, self.lang)
        self.named: range = range(0)  # the name a naming verb gives, in the event being built (_called)
        self.counted = {id(m) for m in self.mentions for start, _ in self.quantities
                        if 0 < m.first - start <= 5 and all(not w.isalpha() or w.islower() or w.isupper()
                                                            for w in self.words[start:m.first])}

    def _led_body(self, m: Mention) -> Mention:
        """A person's possessive before a word for fighters ("his columns", "his men") where the text titled the
        person as a body's head before ("Wagner chief X"): the forces are the body he leads, not the person."""
        n = phrases(self.lang, "led_force_nouns").match(self.words, m.last + 1)
        if m.entity.cls != "Person" or m.first != m.last or not n \
                or not phrases(self.lang, "pronouns", "person_possessive").match(self.words, m.first):
            return m
        # only as the subject, a verb right after ("his columns would turn around"); as an object ("had killed
        # a large number of his men.") the forces are where the person's own side was hit
        after = self.words[m.last + 1 + n] if m.last + 1 + n < len(self.words) else "."
        prepositions = load_language(self.lang).get("morphology", {}).get("prepositions") or {}
        if not (after.isalpha() and after.islower()) or after in prepositions or after in conjunctions(self.lang):
            return m
        heads = phrases(self.lang, "body_head_titles")
        for p in reversed([p for p in self.doc.mentions if p.sentence <= self.index and p.entity.key == m.entity.key
                           and p.last > p.first and (p.sentence, p.first) < (self.index, m.first)]):
            words = [t.text for t in self.doc.sentences[p.sentence].tokens]
            for j in range(max(0, p.first - 3), p.first):
                if heads.match(words, j) != p.first - j:
                    continue
                body = next((b for b in self.doc.mentions if b.sentence == p.sentence and b.last == j - 1
                             and b.actor.cls in ("Group", "ArmedForce", "Organisation")), None)
                if body is not None:
                    return m.model_copy(update={"as_actor": body.actor})
        return m

    def _attach_clauses(self) -> None:
        """A clause with no trigger of its own joins the one before when it says what the event is for
        ("..., lai pārtrauktu Japānas vadību") or whom an event noun just before it is aimed at
        ("sankcijām, kas skars Krievijas bankas")."""
        openers = phrases(self.lang, "attach_openers")
        relative = phrases(self.lang, "pronouns", "relative")
        has = {self.clauses[t.first] for t in self.triggers} | {self.clauses[c.index] for c in self.cues}
        for k in range(1, len(self.words)):
            c = self.clauses[k]
            about = self.cased and relative.match(self.words, k) and any(
                not t.verb and t.first <= k - 2 <= t.last for t in self.triggers)
            if c != self.clauses[k - 1] and c not in has and (openers.match(self.words, k) or about):
                self.clauses = [self.clauses[k - 1] if x == c else x for x in self.clauses]

    def _preposition(self, m: Mention) -> str | None:
        """The preposition governing a name, looking past determiners and genitives before it
        ("uz Krievijas Kurskas reģionu", "to Russia's Kursk region", "of the State Duma", "on southern Israel") and
        a partitive ("a swarm of Russian drones"); one that ends a trigger ("called on", "spoke with") makes the name
        its plain object."""
        table = load_language(self.lang).get("morphology", {}).get("prepositions", {}) or {}
        determiners = phrases(self.lang, "determiners")
        adjectives = phrases(self.lang, "name_adjectives")
        titles = phrases(self.lang, "titles")
        first = m.first
        moved = True
        while moved:
            moved = False
            for k in range(max(0, first - 3), first):
                if titles.match(self.words, k) == first - k:
                    first, moved = k, True
                    break
            for other in self.mentions:
                if other.last == first - 1 and ("gen" in other.cases and self.cased
                                                or _clitic_possessive(other.text, self.lang)):
                    first, moved = other.first, True
            if first > 0 and (determiners.match(self.words, first - 1) == 1 or adjectives.match(self.words, first - 1) == 1
                              or not self.cased and self._count_word(first - 1)
                              and not self._year_word(first - 1)):  # "the assets of three Chilean banks"
                first, moved = first - 1, True
        partitives = phrases(self.lang, "partitives")
        while first >= 2 and self.preposition_label(first - 1) == "of" and partitives.match(self.words, first - 2):
            first -= 2
            while first > 0 and determiners.match(self.words, first - 1) == 1:
                first -= 1
        for size in (2, 1):
            if first - size >= 0:
                phrase = " ".join(self.words[first - size:first]).casefold()
                if phrase in table:
                    inside = any(t.first <= first - size and first - 1 <= t.last for t in self.triggers)
                    return None if inside or self._subject_of_subordinate(phrase, m) else table[phrase]
        return self._shared_preposition(first, m)

    def _subject_of_subordinate(self, word: str, m: Mention) -> bool:
        """Whether a word that may be a preposition opens a clause whose subject is the name ("until Berlin dropped
        its objections", "after Kyiv had rejected it"): the name is followed by its verb, auxiliaries aside."""
        if phrases(self.lang, "clause_subordinators").match(word.split(), 0) != len(word.split()):
            return False
        auxiliaries = phrases(self.lang, "auxiliaries")
        k = m.last + 1
        while k < len(self.words) and auxiliaries.match(self.words, k) == 1:
            k += 1
        return any(t.verb and t.first == k for t in self.triggers)

    def _shared_preposition(self, first: int, named: Mention | None = None) -> str | None:
        """A name joined by "and" to one a preposition governs shares it ("wrote to Ethiopia and Somalia"), where word
        order tells roles; "between" joins its pair as one phrase and stays."""
        if first < 2 or self.words[first - 1].casefold() not in conjunctions(self.lang) | ({","} if self.cased else set()) \
                and not (self.words[first - 1] == "," and names_listed(self.words, first - 1, self.lang)):
            return None  # an uncased language joins by a comma only inside a list an "and" closes
        before = next((m for m in self.mentions if m.last == first - 2), None)
        if phrases(self.lang, "pronouns", "relative").match(self.words, first) == 1:
            return None  # "uz Somiju, kas pievienojās NATO": a relative pronoun opens a clause of its own
        if self.cased:
            # in a declining language only a list member in the same case shares it ("no Madrides, Dublinas un Oslo"),
            # the case of the name itself, not of a genitive before it ("ar X un Zviedrijas premjerministru Y")
            this = named or next((m for m in self.mentions if m.first == first), None)
            if before is None or this is None or not set(before.cases) & set(this.cases):
                return None
        label = self._preposition(before) if before is not None else None
        return label if label in SHARED_PREPOSITIONS else None

    def _created(self, m: Mention) -> bool:
        """A body named as what an act creates ("signed a pact, creating the Alliance of Sahel States"): it did
        not exist to take part in it."""
        k = m.first - 1
        while k > 0 and phrases(self.lang, "determiners").match(self.words, k) == 1:
            k -= 1
        return k >= 0 and any(phrases(self.lang, "creation_verbs").match(self.words, j) == k - j + 1
                              for j in range(max(0, k - 1), k + 1))

    def _in_title_apposition(self, m: Mention) -> bool:
        """A name inside the title set off after a person ("Han Dong-hoon, leader of Yoon's own party, said"):
        it says who the person is and acts in no event of the clause."""
        comma = next((k for k in range(m.first - 1, 0, -1) if self.words[k] in (",", ";", "(")), None)
        if comma is None or self.words[comma] != "," or comma + 1 >= m.first:
            return False
        start = comma + 1 + phrases(self.lang, "determiners").match(self.words, comma + 1)
        return any(p.last == comma - 1 and p.actor.cls == "Person" for p in self.mentions) \
            and bool(phrases(self.lang, "titles").match(self.words, start)) \
            and phrases(self.lang, "kind_of_marker").match(self.words, start + phrases(self.lang, "titles").match(
                self.words, start)) > 0

    def _is_modifier(self, m: Mention) -> bool:
        """A genitive that qualifies the next noun ("Krievijas Kurskas reģionu", "ASV prezidentu")."""
        words = self.words
        after = m.last + 1
        while self.cased and after < len(words) - 1 and words[after] in QUOTES:
            after += 1
        if after >= len(words):
            return False
        nxt = words[after]
        if m.cases == ["adj"]:
            return not phrases(self.lang, "territory_nouns").match(words, after)
        if not self.cased and m.cases == ["gen"] and m.first == m.last and "-" in m.text:
            # a pair on one word ("the India-China border dispute") qualifies the noun after it; it names the
            # sides only of an event noun there ("US-Iranian nuclear talks") or of what an event needs ("the
            # Israel-Hezbollah ceasefire took effect")
            ahead = range(m.last + 1, min(len(words), m.last + 4))
            return not any(not t.verb and t.first in ahead or any(_entry_phrases(t.entry, "needs").match(words, k)
                                                                  for k in ahead) for t in self.triggers)
        if not self.cased:
            if self._in_title_apposition(m) or self._created(m):
                return True
            if m.actor.cls == "Person" and phrases(self.lang, "person_offices").match(
                    words, after + (_clitic_possessive(nxt, self.lang) and not _clitic_possessive(m.text, self.lang))):
                return False  # "Netanyahu's office condemned": the office speaks for the person
            return _clitic_possessive(m.text, self.lang) or _clitic_possessive(nxt, self.lang) \
                or bool(phrases(self.lang, "titles").match(words, m.last + 1))
        if "gen" not in m.cases:
            return False
        if calendar_words(self.lang).match(words, after) or phrases(self.lang, "time", "same_as_previous").match(words, after):
            return False  # a time told next ("Sī tajā pašā dienā aicināja") is no noun the name qualifies
        head = next((o for o in self.mentions if o.first == after), None)
        if head is not None and {"nom", "acc"} <= set(m.cases) and head.entity.cls == "Country" \
                and not {"nom", "gen"} & set(head.cases):
            return False  # an undeclined name before a state in the dative ("ES Ukrainai piešķirs") is the subject
        if head is not None and m.entity.cls == "Person" and head.entity.cls != "Person" \
                and lemma_guess(words[m.last], self.lang) == words[m.last]:
            return False  # an undeclined person ("apsūdzēja Petro ASV drošības apdraudēšanā") owns no state
        if head is not None and "acc" in m.cases and "nom" in head.cases and head.text[:1].isupper() \
                and m.first == m.last and phrases(self.lang, "pronouns", "relative").match(words, m.first) == 1:
            return False  # "Harkivu, kuru Krievija apšaudīja": the relative is the object of a named subject
        if head is not None:
            return head.entity.cls != "Person" and head.cases != ["loc"]
        if phrases(self.lang, "titles").match(words, after):
            return True
        stop = conjunctions(self.lang)
        if not nxt[:1].isalpha() or not nxt[:1].islower() or nxt.casefold() in stop \
                or nxt in _reporting_words(self.lang):
            return False
        if {"nom", "acc"} <= set(m.cases) and "gen" in m.cases:
            # an undeclined name ("ASV") qualifies a next noun that no subject or object reading fits
            # ("ASV lidmašīnām", "ASV precēm"), but not a verb ("Togo koordinēs", "Peru attīstīs")
            if any(t.verb and t.first == after for t in self.triggers):
                return False
            return not guess_cases(nxt, self.lang) & {"nom", "acc"}
        return not set(m.cases) & {"nom", "acc"}

    def answers(self, event: Event, markers: Phrases) -> bool:
        """Whether a word pointing back at a happening already told follows the reaction in its clause, or
        stands as its object just before it ("raķešu palaišanu nosodīja")."""
        c = self.clauses[event.trigger]
        return any(self.clauses[k] == c and markers.match(self.words, k)
                   for k in range(max(0, event.trigger - 2), len(self.words)) if k != event.trigger) \
            or self._fronted_marker(event.trigger, markers)

    def _fronted_marker(self, at: int, markers: Phrases) -> bool:
        """A pointing word opening the object phrase fronted before the verb with only lowercase words between
        ("Kišiņeva šo summu maksāt atsakās")."""
        k = at - 1
        while k >= max(0, at - 4) and self.clauses[k] == self.clauses[at] and self.words[k].isalpha() \
                and self.words[k].islower():
            if markers.match(self.words, k):
                return True
            k -= 1
        return False

    def against_thing(self, event: Event) -> bool:
        """Whether a street protest names what it is against and that is no party ("mass protests against the
        law", "rallied against cheap grain imports"): it answers no act told before."""
        if event.type != "PROTEST":
            return False
        trig = self.triggers_at(event.trigger)
        against = next((k for k in range(trig.last + 1, min(len(self.words), trig.last + 6))
                        if self.words[k].casefold() == "against" and self.clauses[k] == self.clauses[trig.first]), None)
        return against is not None and not any(m.first > against and self.prepositions[id(m)] == "against"
                                               for m in self.mentions)

    def object_kind(self, event: Event) -> tuple[str, str] | None:
        """The category and word of an event noun the trigger takes as its object ("condemned the strikes")."""
        trig = self.triggers_at(event.trigger)
        determiners = phrases(self.lang, "determiners")
        k = trig.last + 1
        while k < len(self.words) and determiners.match(self.words, k):
            k += 1
        found = next(((t.entry["type"], self.words[t.first]) for t in self.triggers if t.first == k and t is not trig
                      and (not t.verb or k > trig.last + 1)), None)
        # the head of an event noun phrase alone ("condemned the launch" after "a missile launch"), past an
        # adjective or two ("dismissed the new package")
        at = k
        while found is None and k > trig.last + 1 and at < min(len(self.words), k + 3) \
                and (at == k or self.words[at - 1].isalpha() and self.words[at - 1].islower()):
            word = self.words[at].casefold()
            found = next(((e["type"], self.words[at]) for e in load_language(self.lang).get("triggers") or []
                          if e.get("pos") == "noun" and not e.get("needs")
                          and any(len(w.split()) > 1 and w.split()[-1].casefold() == word for w in e["words"])), None)
            at += 1
        return found or self._kind_word(trig)

    def object_doer(self, event: Event) -> list[Entity]:
        """Who did the act a reaction takes as its object, where that noun phrase names them: before the noun
        ("condemned the Hamas attack", "the Israeli strikes") or after "by" ("condemned the attack by Hamas");
        not a target after "on" or "against"."""
        trig = self.triggers_at(event.trigger)
        determiners = phrases(self.lang, "determiners")
        agent = str(load_language(self.lang).get("agent_preposition") or "")
        k = trig.last + 1
        if self.cased or not agent or k >= len(self.words) or not determiners.match(self.words, k):
            return []
        noun = next((t for t in self.triggers if t is not trig and k < t.first <= k + 4
                     and self.clauses[t.first] == self.clauses[trig.first]), None)
        # any head noun with its doer after "by" ("rejected the accusations by Egypt")
        head = next((j for j in range(k + 1, min(len(self.words) - 1, k + 4)) if self.words[j + 1].casefold() == agent
                     and all(w.isalpha() and w.islower() for w in self.words[k + 1:j + 1])), None)
        # or the deed noun's own agent further on ("condemned the arrest of an American journalist by Russian police")
        agents = [m for m in self.mentions if noun is not None and m.first > noun.last and self.prepositions[id(m)] == agent
                  and self.clauses[m.first] == self.clauses[trig.first]
                  and not any(noun.last < t.first < m.first for t in self.triggers)] if head is None else []
        named = [m for m in self.mentions if m.actor.cls in ACTOR_CLASSES and (
            noun is not None and k < m.first and m.last < noun.first or head is not None and m.first == head + 2)] \
            or [m for m in agents if m.actor.cls in ACTOR_CLASSES][:1]
        mine = {a.entity.key for a in event.actors}
        return list({m.actor.key: m.actor for m in named if m.actor.key not in mine}.values())

    def _kind_word(self, trig: Trigger) -> tuple[str, str] | None:
        """A word for a kind of act among the few words after the trigger in its clause ("novērtēja Džidā panākto
        vienošanos": an agreement), or just before it ("iniciatīvu pilnībā atbalsta"), or one the trigger ends with
        ("noliedz apsūdzības")."""
        kinds = load_language(self.lang).get("answer_kinds") or {}
        near = [*range(trig.first + 1, trig.last + 1), *range(trig.last + 1, min(len(self.words), trig.last + 5)),
                *range(trig.first - 1, max(-1, trig.first - 3), -1)]
        for k in near:
            if self.clauses[k] != self.clauses[trig.first]:
                continue
            word = self.words[k].casefold()
            kind = next((v for s, v in kinds.items() if word == s or s.endswith("-") and word.startswith(s[:-1])), None)
            if kind:
                return kind, self.words[k]
        return None

    def answered_kind(self, event: Event) -> tuple[str, str] | None:
        """The category and word of an act a reaction says it answers further on ("warned that countermeasures
        against the sanctions would follow"): an event noun after "against" or "to"."""
        trig = self.triggers_at(event.trigger)
        markers = phrases(self.lang, "answer_prepositions")
        determiners = phrases(self.lang, "determiners")
        for k in range(trig.last + 1, len(self.words) - 1):
            if not markers.match(self.words, k):
                continue
            j = k + 1
            while j < len(self.words) and determiners.match(self.words, j):
                j += 1
            noun = next((t for t in self.triggers if t.first == j and t is not trig), None)
            if noun is not None and j > k + 1:
                return noun.entry["type"], self.words[j]
        return None

    def triggers_at(self, i: int) -> Trigger:
        return next(t for t in self.triggers if t.first == i)

    def prepositions_at(self, i: int) -> bool:
        return self.preposition_label(i) is not None

    def preposition_label(self, i: int) -> str | None:
        """The language-neutral label ("of", "to", ...) of a one-word preposition at ``i``, so rules name roles,
        not one language's words."""
        table = load_language(self.lang).get("morphology", {}).get("prepositions", {}) or {}
        return table.get(self.words[i].casefold()) if 0 <= i < len(self.words) else None


class _Builder(Sentenceview):
    """Builds the events of one sentence."""

    def build(self) -> list[Event]:
        events: list[Event] = []
        places = self._place_owners()
        previous: list[Mention] = []
        outer: list[Mention] = []
        active = self.active
        # a happening named by a noun that makes no event of its own ("announced the agreement at the White House,
        # saying Israel and Lebanon had both accepted it") is the one a later trigger of its category tells: its place
        unplaced: dict[str, Entity] = {}
        for n, trig in enumerate(active):
            # a verb's objects end where a verb of causing starts ("killed four soldiers, prompting Peru to ...")
            nxt = next(((trig.verb and self._cause_at(t)) or t.first for t in self.triggers if t.first > trig.last
                        and self.clauses[t.first] == self.clauses[trig.first] and not self._names_own_object(trig, t)),
                       len(self.words))
            place = places.get(trig.first) or unplaced.pop(trig.entry["type"], None)
            event, subjects = self._event(trig, nxt, place, previous)
            if event is None and not trig.verb and places.get(trig.first) is not None:
                unplaced[trig.entry["type"]] = places[trig.first]
            if subjects and trig.verb:
                previous = subjects
                if not self._in_complement(trig):
                    outer = subjects
            if n + 1 < len(active) and self._in_complement(trig) \
                    and self.clauses[active[n + 1].first] != self.clauses[trig.first]:
                previous = outer
            if event is not None and not self._merge(events, event):
                events.append(event)
        events = self._absorb_complements(events)
        events = self._told_by_its_effect(events)
        events = self._purpose_of_meeting(events)
        self._alleged_by_accuser(events)
        events += self._denied_after(events)
        self._same_object_as_before(events)
        self._gerund_takes_object(events)
        self._conceded_to_owner(events)
        self._parallel_recipients(events)
        self._claims_of_the_asked(events)
        weak = [e for e in events if e.weak]
        events = [e for e in events if not e.weak]
        for event in weak:
            self._merge(events, event)
        for event in events:
            self._ministry_reports_deed(event)
            self._visited_state(event)
            self._at_seat_building(event)
            _drop_represented(event)
            _drop_own_officials(event)
        return _join_visits(events)

    def _told_by_its_effect(self, events: list[Event]) -> list[Event]:
        """In English a verb whose subject is a happening of its own category ("the prisoner exchange between Russia
        and the West freed X and Y", "the offensive killed ...") tells what that happening did: no second event,
        its objects are the happening's."""
        if self.cased:
            return events
        dropped: set[int] = set()
        for noun in events:
            if not noun.noun or noun.trigger in dropped:
                continue
            verb = next((t for t in self.triggers if t.verb and t.first > noun.trigger
                         and self.clauses[t.first] == self.clauses[noun.trigger]), None)
            effect = next((e for e in events if verb is not None and e.trigger == verb.first and e.type == noun.type
                           and not e.noun), None)
            if effect is None or any(c.index in range(noun.trigger, effect.trigger) for c in self.cues) \
                    or not self._subject_noun(noun, effect):
                continue
            doers = {a.entity.key for a in noun.actors}
            noun.actors += [Argument(role="recipient", entity=a.entity) for a in effect.actors
                            if a.role != "actor" and a.entity.key not in doers]
            dropped.add(effect.trigger)
        return [e for e in events if e.noun or e.trigger not in dropped]

    def _subject_noun(self, noun: Event, verb: Event) -> bool:
        """Whether the event noun heads the subject of the verb: nothing but its own phrase stands between them
        (lowercase words, names after "between" or "of", a time) and no verb or comma."""
        start = noun.trigger + len(noun.trigger_text.split())
        between = self.words[start:verb.trigger]
        return "," not in between and not any(t.verb and start <= t.first < verb.trigger for t in self.triggers) \
            and (not between or between[0].casefold() in ("between", "of", "by", "since", "on", "against", "in"))

    def _purpose_of_meeting(self, events: list[Event]) -> list[Event]:
        """Talks in the infinitive after a meeting told in the sentence ("commanders met on Tuesday, as planned, to
        discuss the truce") say what the meeting was for: no second event."""
        markers = phrases(self.lang, "infinitive", "markers")
        meetings = [e for e in events if e.type == "CONSULT" and not e.cameo.startswith("042") and not e.noun]
        return [e for e in events if not (
            e.type == "CONSULT" and e.trigger > 0 and markers.match(self.words, e.trigger - 1) == 1
            and any(m.trigger < e.trigger for m in meetings))]

    def _gerund_takes_object(self, events: list[Event]) -> None:
        """A pronoun right after a gerund aside ("izraidīja diplomātu, apsūdzot viņu spiegošanā") is the one the
        main verb acted on, so the aside's recipients are that event's."""
        pronouns = phrases(self.lang, "pronouns", "object")
        for n, event in enumerate(events):
            trig = next((t for t in self.triggers if t.first == event.trigger), None)
            k = event.trigger + 1
            if trig is None or not pronouns or not self._gerund_aside(trig) or k >= len(self.words) \
                    or not pronouns.match(self.words, k):
                continue
            main = next((e for e in reversed(events[:n]) if e.trigger < event.trigger
                         and any(a.role == "recipient" for a in e.actors)), None)
            if main is not None:
                event.actors = [a for a in event.actors if a.role == "actor"] + [
                    Argument(role="recipient", entity=a.entity) for a in main.actors if a.role == "recipient"]

    def _conceded_to_owner(self, events: list[Event]) -> None:
        """A concession with no one named to gain from it ("lifted its veto on Ukraine's accession talks", "agreed
        to send Finland's accession protocol to parliament, dropping months of objections") is made to the side
        whose bid the sentence names with a possessive."""
        for event in events:
            if event.type != "CONCEDE" or any(a.role != "actor" for a in event.actors):
                continue
            doers = {a.entity.key for a in event.actors} | {a.entity.country for a in event.actors}
            owners = [m.actor for m in self.mentions if _clitic_possessive(m.text, self.lang)
                      and m.actor.cls in ("Country", "Organisation") and m.actor.key not in doers
                      and m.actor.country not in doers and m.last + 1 < len(self.words) and self.words[m.last + 1].islower()]
            if len({o.key for o in owners}) == 1:
                event.actors.append(Argument(role="recipient", entity=owners[0]))

    def _parallel_recipients(self, events: list[Event]) -> None:
        """A pledge or delivery with no one named to receive it, in a clause joined on ("..., bet Vācija apsolīja
        jaunu palīdzības paketi") after another's aid or pledge to someone in the same sentence, goes to the same
        receiver; so does a cut or ban after another's ("France froze its aid to Chad, and the EU said it was
        halting budget support")."""
        coordinators = phrases(self.lang, "coordinators")
        for n, event in enumerate(events):
            if event.type not in ("AGREE", "AID", "SANCTION") or any(a.role != "actor" for a in event.actors):
                continue
            kinds = ("SANCTION",) if event.type == "SANCTION" else ("AGREE", "AID")
            doers = {a.entity.key for a in event.actors}
            earlier = next((e for e in reversed(events[:n]) if e.type in kinds and e.trigger < event.trigger
                            and any(a.role == "recipient" for a in e.actors)
                            and not doers & {a.entity.key for a in e.actors}), None)
            if earlier is not None and any(self.clauses[k] != self.clauses[k - 1] and coordinators.match(self.words, k)
                                           for k in range(earlier.trigger + 1, event.trigger + 1)):
                # a state acting goes on towards the other state, not its forces the clause before helped
                gaz = load_gazetteer()
                states = all(a.entity.cls == "Country" for a in event.actors)
                event.actors += [Argument(role="recipient", entity=_as_state(gaz, a.entity) if states else a.entity)
                                 for a in earlier.actors if a.role == "recipient"]

    def _claims_of_the_asked(self, events: list[Event]) -> None:
        """Claims rejected with no one named, then a demand of someone by the same side in the sentence ("noraidīja
        apgalvojumus un pieprasīja, lai Sandu tos pierāda"): the one asked made the claims."""
        for n, event in enumerate(events):
            if event.type != "REJECT" or any(a.role != "actor" for a in event.actors) \
                    or not self.answers(event, phrases(self.lang, "answer_markers")):
                continue
            doers = {a.entity.key for a in event.actors}
            demand = next((e for e in events[n + 1:] if e.type == "REQUEST" and e.trigger > event.trigger
                           and {a.entity.key for a in e.actors if a.role == "actor"} == doers), None)
            if demand is not None:
                event.actors += [a for a in demand.actors if a.role == "recipient"]

    def _in_complement(self, trig: Trigger) -> bool:
        """Whether a trigger stands in a "ka" clause ("paziņoja, ka B un K izvietos ..."): the comma that closes
        such a clause returns to the main clause, so a clause after it ("..., un apsūdzēja Kijivu") does not go on
        with the complement's subject."""
        start = self.clauses.index(self.clauses[trig.first])
        return self.cased and start > 0 and bool(phrases(self.lang, "complement_openers").match(self.words, start))

    def _names_own_object(self, verb: Trigger, noun: Trigger) -> bool:
        """A noun of the verb's own category as its object ("vienojās par jaunu sankciju paketi") does not
        end the verb's reach."""
        return verb.verb and not noun.verb and noun.entry["type"] == verb.entry["type"] \
            and (noun.first - verb.last <= 3 or load_language(self.lang).get("word_order") == "svo")

    def _absorb_complements(self, events: list[Event]) -> list[Event]:
        """A promise's content ("apsolīja, ka Vašingtona sniegs Ukrainai atbalstu") is no event of its own:
        the promise is aimed at whoever its content is aimed at. A warning whose content is a deed
        ("brīdināja, ka ASV nepiedalīsies ...") is that deed, the warner's."""
        entries = {t.first: t.entry for t in self.triggers}
        dropped: set[int] = set()
        for event in events:
            openers = {w.casefold() for w in entries[event.trigger].get("complement_clause") or []}
            k = next((k for k in range(event.trigger + 1, len(self.words) - 1) if self.words[k] == ","), None)
            if openers and (k is None or self.words[k + 1].casefold() not in openers):
                # Without a comma ("warned that", "warned Washington that"): the next clause, a few words on.
                k = next((j - 1 for j in range(event.trigger + 1, min(len(self.words), event.trigger + 6))
                          if self.clauses[j] != self.clauses[event.trigger]), None)
            if not openers or k is None or self.words[k + 1].casefold() not in openers:
                if entries[event.trigger].get("accuses_content_doer"):
                    self._aim_at_quote(event)
                continue
            inner = [e for e in events if self.clauses[e.trigger] == self.clauses[k + 1] and e is not event]
            if any(a.role == "participant" for a in event.actors):
                # what the parties agreed on ("vienojās, ka līderi tiksies") is the agreement's content, no party
                dropped.update(id(e) for e in inner[:1])
                continue
            if not inner:
                self._aim_at_content(event, self.clauses[k + 1],
                                     subject_first=bool(entries[event.trigger].get("accuses_content_doer")))
                if entries[event.trigger].get("accuses_content_doer"):
                    self._aim_at_nested_content(event, k + 1)
                continue
            warned = any(event.trigger < m.first <= k for m in self.mentions)
            if entries[event.trigger].get("accuses_content_doer"):
                self._accuse_doer(event, inner[0])
                continue
            if entries[event.trigger].get("others_content_is_report") and not warned \
                    and not self._own_side(event, inner[0]):
                # "warned that Tehran may send missiles": a warning about another's deed is no threat of one's own
                # (one who is warned, "warned Washington that ...", is threatened).
                dropped.add(id(event))
                continue
            if entries[event.trigger].get("yields_to_content") and entries[inner[0].trigger].get("pos") == "verb":
                dropped.add(id(event))
                _speaker_takes_stance(inner[0], [a.entity for a in event.actors if a.role == "actor"])
                continue
            dropped.add(id(inner[0]))
            actors = [a for a in event.actors if a.role == "actor"]
            keys = {a.entity.key for a in actors}
            aims = [Argument(role="recipient", entity=a.entity) for a in inner[0].actors
                    if a.role in ("recipient", "participant") and a.entity.key not in keys]
            if aims and not (warned and any(a.role == "recipient" for a in event.actors)):
                event.actors = actors + aims
        return [e for e in events if id(e) not in dropped]

    def _aim_at_quote(self, event: Event) -> None:
        """Blame said in a quote the verb closes is aimed at the first party the quote names, not the speaker's
        own side."""
        told = _said_before(self.words, event.trigger)
        if told is None or any(a.role == "recipient" for a in event.actors):
            return
        named = [m for m in self.mentions if m.first in told and m.actor.cls in ACTOR_CLASSES
                 and not _speakers_side(event, m.actor)]
        event.actors += [Argument(role="recipient", entity=m.actor) for m in named[:1]]

    def _named_in_condition(self, clause: int, own: set[str]) -> list[Mention]:
        """The parties a condition right after a warning's content names ("brīdināja, ka tarifi stāsies spēkā, ja
        Bogota vienošanos nepildīs"): the one whose conduct the warning is about."""
        after = [k for k in range(len(self.words)) if self.clauses[k] > clause]
        if not after or not phrases(self.lang, "condition_openers").match(self.words, after[0]):
            return []
        nxt = self.clauses[after[0]]
        return [m for m in self.mentions if self.clauses[m.first] == nxt and m.actor.cls in ACTOR_CLASSES
                and self.prepositions[id(m)] in (None, "against") and not own & {m.actor.key, m.actor.country}]

    def _accuse_doer(self, event: Event, inner: Event) -> None:
        """A claim that another side did something ("apgalvoja, ka lidmašīnu notrieca Krievijas pretgaisa
        aizsardzība") accuses the doer; the deed stays, alleged by the claim."""
        if any(a.role == "recipient" for a in event.actors) or self._own_side(event, inner):
            return
        keys = {a.entity.key for a in event.actors}
        event.actors += [Argument(role="recipient", entity=a.entity) for a in inner.actors
                         if a.role in ("actor", "participant") and a.entity.key not in keys]

    @staticmethod
    def _own_side(event: Event, inner: Event) -> bool:
        """Whether the content's doer is the speaker or the speaker's own state or body."""
        gaz = load_gazetteer()
        mine = {a.entity.key for a in event.actors if a.role == "actor"}
        mine |= {gaz.country(a.entity.country).key for a in event.actors if a.role == "actor" and a.entity.country
                 and gaz.country(a.entity.country) is not None}
        doers = [a.entity for a in inner.actors if a.role in ("actor", "participant")]
        return not doers or any(d.key in mine or d.country and gaz.country(d.country) is not None
                                and gaz.country(d.country).key in mine for d in doers)

    def _aim_at_nested_content(self, event: Event, start: int) -> None:
        """Blame told in a "ka" clause nested in the content ("paziņoja, ka dienesti pārbauda ziņas par to, ka
        slepkavībā iesaistīti X aģenti") is aimed at the doer the inner clause names, when the outer names none:
        a state or body named there before a person, who is more often the victim ("aktīvista X slepkavībā")."""
        for clause in sorted(_nested_complements(self.words, self.clauses, start, phrases(self.lang, "complement_openers"))):
            if any(a.role == "recipient" for a in event.actors):
                return
            bodies = [m.actor for m in self.mentions if self.clauses[m.first] == clause and m.actor.cls in ACTOR_CLASSES
                      and m.actor.cls != "Person" and self.prepositions[id(m)] in (None, "against")
                      and not _speakers_side(event, m.actor)]
            if bodies:
                event.actors.append(Argument(role="recipient", entity=bodies[0]))
            else:
                self._aim_at_content(event, clause, subject_first=True)

    def _aim_at_content(self, event: Event, clause: int, subject_first: bool = False) -> None:
        """With no event in a promise's or warning's content, it is aimed at the first party the content names,
        with those coordinated with it ("solīja, ka Izraēla tiks sodīta", "brīdināja, ka Somijas un Zviedrijas
        iestāšanās NATO būtu kļūda", "brīdināja, ka Viļņa spers soļus pret Minsku"), unless that is the speaker's
        own side. Blame (``subject_first``) is aimed at the content's subject where its case shows one
        ("ka Piedņestras iedzīvotāju ciešanās vainojama Kišiņevas vadība")."""
        if any(a.role == "recipient" for a in event.actors):
            return
        own = {a.entity.key for a in event.actors} | {a.entity.country for a in event.actors if a.entity.country}
        named = [m for m in self.mentions if self.clauses[m.first] == clause and m.actor.cls in ACTOR_CLASSES
                 and self.prepositions[id(m)] in (None, "against") and not _speakers_side(event, m.actor)]
        if subject_first and self.cased:
            named = [m for m in named if "nom" in m.cases] or named
        if not named:
            named = self._named_in_condition(clause, own)
        conj = conjunctions(self.lang)
        group = named[:1]
        for m in named[1:]:
            between = " ".join(w for w in self.words[group[-1].last + 1:m.first] if w != ",").casefold()
            if between not in conj and not (between == "" and "," in self.words[group[-1].last + 1:m.first]):
                break  # "Makrons, Mercs un Stārmers": a comma joins a list as "un" does
            group.append(m)
        event.actors += [Argument(role="recipient", entity=m.actor) for m in group]

    def _visited_state(self, event: Event) -> None:
        """A visit to, or an attack on, a city with no one named as its target is aimed at its state
        ("visited Kyiv", "uzbruka Kijivai"); an attack on a country with no place happens there."""
        if event.type == "ASSAULT" and event.place is None:
            # "drones launched towards Israel" name where they headed, not where they struck
            aimed = {m.entity.key for m in self.mentions if self.prepositions[id(m)] == "towards"}
            # a target only inferred ("India blamed Pakistan for an attack": India's) names no place
            # a nationality word before the forces or positions struck ("hit back at Afghan positions") names whose
            # they are, not where they stand; before a word for its ground ("into Thai territory") or a fixed site
            # ("strikes on Indian military bases") it is the place
            sites = phrases(self.lang, "kind_modified_nouns")
            named = [m for m in self.mentions if m.first > event.trigger
                     and self.clauses[m.first] == self.clauses[event.trigger]
                     and not (m.cases == ["adj"] and self._is_modifier(m) and not any(
                         sites.match(self.words, k) for k in range(m.last + 1, min(len(self.words), m.last + 3))))]
            after = {m.entity.key for m in named} | {m.actor.key for m in named}
            targets = [a.entity for a in event.actors if a.role == "recipient" and a.entity.cls == "Country"]
            # forces named by the fixed site that holds them ("strikes on Indian military bases") are struck in
            # their state
            held = [m.entity for m in named if m.entity.cls == "ArmedForce" and sites.match(self.words, m.last)
                    and any(a.entity.key == m.entity.key for a in event.actors if a.role == "recipient")]
            states = [load_gazetteer().country(e.country or "") for e in held]
            if not targets and len(states) == 1 and states[0] is not None:
                targets = states
                after.add(states[0].key)
            event.place = targets[0] if len(targets) == 1 and targets[0].key not in aimed \
                and targets[0].key in after else None
        if event.type == "CONSULT" and event.cameo.startswith("042") and event.place is None:
            # A country visited, named right after the verb ("visited Japan"), is where the visit happens.
            trig = self.triggers_at(event.trigger)
            targets = [a.entity for a in event.actors if a.role == "recipient" and a.entity.cls == "Country"]
            if len(targets) == 1 and any(m.entity.key == targets[0].key and 0 < m.first - trig.last <= 2
                                         for m in self.mentions):
                event.place = targets[0]
                if any(m.entity.key == targets[0].key and 0 < m.first - trig.last <= 2
                       and phrases(self.lang, "capital_nouns").match(self.words, m.last + 1) for m in self.mentions):
                    # "ieradās Saūda Arābijas galvaspilsētā": the capital of the state named is where
                    event.place = load_gazetteer().capital(targets[0]) or targets[0]
        if event.type == "CONSULT" and not event.cameo.startswith("042") or event.type not in ("CONSULT", "ASSAULT") \
                or event.place is None or any(a.role == "recipient" for a in event.actors):
            return
        gaz = load_gazetteer()
        state = gaz.seat_state(event.place) or gaz.country(event.place.country)
        if event.place.cls == "Country":
            state = event.place
        own = {a.entity.country for a in event.actors if a.entity.cls != "Country" and a.entity.country}
        # A killing "in a Berlin park" happens there; only a town attacked ("attacked Kyiv") makes its state the target.
        located = any(m.entity.key == event.place.key and self.prepositions[id(m)] in ("in", "at")
                                            for m in self.mentions)
        if event.type == "ASSAULT" and (state is not None and state.country in own or located):
            return
        if state is not None and state.key not in {a.entity.key for a in event.actors} and \
                all(a.role == "actor" for a in event.actors):
            event.actors.append(Argument(role="recipient", entity=state))
        if event.type == "CONSULT" and any(m.entity.key == event.place.key and m.first > event.trigger
                                           and self._one_of_several(m) for m in self.mentions):
            event.place = None  # a journey to several towns visits their state, in no one place

    def _at_seat_building(self, event: Event) -> None:
        """Force used or a crowd gathered at a state's seat of power ("pie parlamenta ēkas", "pie valdības ēkas")
        with no town named happens in that state's capital."""
        if event.place is None:
            event.place = self._in_own_chamber(event)
        buildings = phrases(self.lang, "seat_buildings")
        if event.place is not None or event.type not in ("ASSAULT", "PROTEST", "COERCE") or not buildings \
                or not any(buildings.match(self.words, k) and self.clauses[k] == self.clauses[event.trigger]
                           for k in range(len(self.words))):
            return
        gaz = load_gazetteer()
        states = {(a.entity if a.entity.cls == "Country" else gaz.country(a.entity.country) or a.entity).key
                  for a in event.actors if a.role in ("actor", "participant")}
        state = gaz.entities.get(next(iter(states))) if len(states) == 1 else None
        if state is not None and state.cls == "Country":
            event.place = gaz.capital(state)

    def _in_own_chamber(self, event: Event) -> Entity | None:
        """What a legislature does in its chamber ("lawmakers who got into the chamber voted to demand", "Saeimas
        sēžu zālē nobalsoja") happens where that legislature sits."""
        chamber = phrases(self.lang, "chamber_phrases")
        if not chamber or not any(chamber.match(self.words, k) for k in range(len(self.words))):
            return None
        gaz = load_gazetteer()
        seats = {p.key: p for a in event.actors if a.role in ("actor", "participant")
                 and (p := gaz.place_of(a.entity)) is not None and a.entity.cls == "Organisation"}
        return next(iter(seats.values())) if len(seats) == 1 else None

    @property
    def active(self) -> list[Trigger]:
        """Triggers that make events of their own: not "to fight" after "sent troops", nor what an infinitive
        after a verb says ("aicināja Azerbaidžānu pārtraukt karadarbību"), nor one in the complement of an earlier
        verb of its clause ("agreed to resume regular visits"), nor background and what a reaction reacts to."""
        out = []
        for n, t in enumerate(self.triggers):
            earlier = self.triggers[:n]
            governors = [o for o in earlier if o.verb and self.clauses[o.first] == self.clauses[t.first]]
            marked = self._infinitive(t)
            # a finite verb after "un" ("aicināja Pekinu atcelt aizliegumu un piedāvāja Ķīnai dialogu") is a
            # predicate of its own, out of the infinitive's complement
            coordinated = t.verb and not marked and t.first > 0 \
                and phrases(self.lang, "coordinators").match(self.words, t.first - 1) == 1
            inside = self.cased and not coordinated and not self._gerund_aside(t) and any(self._infinitive_after(o) < t.first and not (self._agent_before(
                t, self._infinitive_after(o)) and (not t.entry.get("body_meeting") or self._took_place(t)))
                for o in governors)
            if governors and (marked or inside) and not self._caused(t) and not self._signed_on_visit(t, governors) \
                    and not (marked and self._intent_between(t, governors)) \
                    or t.verb and self._asked(t, earlier) \
                    or self._background_noun(t) or self._conditional(t) or self._topic_of_talks(t) \
                    or self._adverbial_noun(t):
                continue
            if self._crowd_targeted(t, earlier) or self._light_verb_of_deed(t) or self._describes_name_given(t, earlier) \
                    or self._means_of_deed(t, earlier):
                continue
            if self._complement(t, earlier) and not self._caused(t) or self._background(t) or self._reacted_to(t, earlier) \
                    or self._attributive(t) or self._contending_sides(t) or self._naming_aside(t) or self._describes_background(t, earlier) \
                    or self._span_ended(t):
                continue
            out.append(t)
        return out

    def _signed_on_visit(self, trig: Trigger, governors: list[Trigger]) -> bool:
        """Whether an infinitive tells what a visit was made to sign ("will come to Washington to sign an accord",
        "flew to Ankara to sign the deal"): the signing is a predicate of its own, not the visit's content."""
        return trig.entry["type"] == "AGREE" and str(trig.entry["cameo"]).startswith("057") and bool(governors) \
            and all(o.entry["type"] == "CONSULT" and str(o.entry["cameo"]).startswith("042") for o in governors)

    def _members_meeting(self, trig: Trigger, arguments: list[Argument]) -> bool:
        """Whether a meeting noun names a body after "between" or "among" ("consultations among NATO members",
        "talks among the alliance's 32 members"): its members meet, the body its one participant."""
        if len(arguments) != 1 or arguments[0].entity.cls != "Organisation" or trig.verb:
            return False
        return any(m.actor.key == arguments[0].entity.key and self.prepositions[id(m)] == "between"
                   and 0 < m.first - trig.last <= 2 for m in self.mentions)

    def _light_verb_of_deed(self, trig: Trigger) -> bool:
        """Whether a verb trigger only says that the deed noun after it was carried out ("stepped up their attacks
        on merchant ships", "launched a series of airstrikes"): the noun is the event (_done_by_light_verb)."""
        light = phrases(self.lang, "light_verbs")
        if self.cased or not trig.verb or light.match(self.words, trig.first) != trig.last - trig.first + 1:
            return False
        determiners = phrases(self.lang, "determiners")
        return any((not t.verb or determiners.match(self.words, t.first - 1)) and t.entry["type"] != trig.entry["type"]
                   and 0 < t.first - trig.last <= 4
                   and self.clauses[t.first] == self.clauses[trig.first]
                   and all(w.isalpha() and w.islower() for w in self.words[trig.last + 1:t.first]) for t in self.triggers)

    def _means_of_deed(self, trig: Trigger, earlier: list[Trigger]) -> bool:
        """Whether a deed noun says with what a verb of the same kind before it in its clause was done ("hit back at
        rebel positions with artillery and air strikes"): the means of that act, no act of its own."""
        means = phrases(self.lang, "means_prepositions")
        if trig.verb or not means.count:
            return False
        for o in earlier:
            if not o.verb or o.entry["type"] != trig.entry["type"] or self.clauses[o.first] != self.clauses[trig.first]:
                continue
            k = next((k for k in range(trig.first - 1, o.last, -1) if means.match(self.words, k)), None)
            if k is not None and all(w.isalpha() and w.islower() or w == "," for w in self.words[k + 1:trig.first]):
                return True
        return False

    def _crowd_targeted(self, trig: Trigger, earlier: list[Trigger]) -> bool:
        """Whether a crowd noun is the target of force or arrest just before it ("the crackdown on protesters",
        "cracked down on demonstrators in Tehran"): the crowd is acted on, no protest is told."""
        return bool(trig.entry.get("crowd")) and not trig.verb and any(
            t.entry.get("crowd_target") and 0 < trig.first - t.last <= 4 and self.clauses[t.first] == self.clauses[trig.first]
            for t in earlier)

    def _describes_background(self, trig: Trigger, earlier: list[Trigger]) -> bool:
        """A verb in a relative clause on a background deed ("in retaliation for an Israeli assault on its sites
        that killed the heads of its armed forces") tells more of that deed, no event of its own."""
        relative = phrases(self.lang, "pronouns", "relative")
        if not trig.verb or trig.first == 0 or not relative.match(self.words, trig.first - 1):
            return False
        noun = next((o for o in reversed(earlier) if not o.verb and 0 < trig.first - o.last <= 10), None)
        return noun is not None and self._background(noun) \
            and not any(w in BREAKS_BEFORE | {"."} for w in self.words[noun.last + 1:trig.first])

    def _place_of_reacted_noun(self, owner: Trigger, m: Mention, active: list[Trigger]) -> bool:
        """A place right after an event noun that a reaction takes as its object ("condemned the Iranian strikes
        in Iraq") is where that event was, not where the reaction was."""
        return owner.last < m.first and any(t not in active and owner.last < t.first and t.last < m.first
                                            and t.entry["type"] not in REACTIONS for t in self.triggers
                                            if self.clauses[t.first] == self.clauses[m.first])

    def _naming_aside(self, trig: Trigger) -> bool:
        """A naming verb in an aside that names another verb's object ("fired at what it called terrorist
        infrastructure", "condemned what Miller called China's actions") frames that object: no event of its own,
        unless it blames a party the outer verb does not already accuse ("welcomed the end of what it called
        Israel's aggression")."""
        free = phrases(self.lang, "naming_asides", "openers")
        if not trig.verb or not phrases(self.lang, "naming_asides", "verbs").match(self.words, trig.first):
            return False
        opener = next((k for k in range(max(1, trig.first - 6), trig.first) if free.match(self.words, k)
                       and self.words[k - 1] not in BREAKS_BEFORE
                       and not any(w in BREAKS_BEFORE for w in self.words[k:trig.first])), None)
        if opener is None:
            return False
        if any(t.entry["type"] == trig.entry["type"] and 0 < opener - t.last <= 2 for t in self.triggers):
            return True
        if trig.entry["type"] != "ACCUSE":
            return True  # "condemned what it called Iran's cyberattack on a NATO ally" praises no ally
        after = trig.last + 1 + (trig.last + 1 < len(self.words) and self.words[trig.last + 1] in QUOTES)
        return not any(m.first == after and _clitic_possessive(m.text, self.lang) for m in self.mentions)

    def _contending_sides(self, trig: Trigger) -> bool:
        """A verb right before a plural noun for the sides of a conflict ("opposing sides", "warring factions") says
        which sides they are; one whose object those are ("have backed opposing sides in the war") is aimed at no
        one told: neither tells an event."""
        sides = phrases(self.lang, "contending_sides")
        return trig.verb and (sides.match(self.words, trig.first) > trig.last - trig.first + 1
                              or trig.last + 1 < len(self.words) and sides.match(self.words, trig.last + 1) > 0)

    def _attributive(self, trig: Trigger) -> bool:
        """A participle between a determiner and its noun ("all captured soldiers", "the severely wounded
        prisoners") describes the noun and tells no event."""
        suffixes = tuple(load_language(self.lang).get("participle_suffixes", []))
        word = self.words[trig.first]
        if not suffixes or not trig.verb or trig.first != trig.last or not word.casefold().endswith(suffixes) \
                or trig.last + 1 >= len(self.words) or not self.words[trig.last + 1].isalpha() \
                or not self.words[trig.last + 1].islower() or phrases(self.lang, "determiners").match(self.words, trig.last + 1):
            return False
        k = trig.first - 1
        adverbs = tuple(load_language(self.lang).get("adverb_suffixes", []))
        while k >= 0 and adverbs and self.words[k].islower() and self.words[k].endswith(adverbs):
            k -= 1
        return k >= 0 and bool(phrases(self.lang, "attributive_openers").match(self.words, k) == 1)

    def _took_place(self, trig: Trigger) -> bool:
        """Whether a relative clause right after a noun says the happening took place ("sēdi, kas notika
        svētdien"): a session asked for is then also held."""
        k = trig.last + 1
        if k + 2 >= len(self.words) or self.words[k] != "," or not phrases(self.lang, "pronouns", "relative").match(
                self.words, k + 1):
            return False
        return bool(phrases(self.lang, "occurrence_verbs").match(self.words, k + 2))

    def _conditional(self, trig: Trigger) -> bool:
        """A condition ("..., ja tam piekritīs arī Krievija") tells no event, nor does a happening only supposed
        ("would respond to any attack on its citizens", "any military intervention would be an act of war")."""
        start = self.clauses.index(self.clauses[trig.first])
        owned = trig.first > 0 and phrases(self.lang, "pronouns", "possessive").match(
            self.words, trig.first - 1)  # "only once its demands are met": the demands are made already
        condition = phrases(self.lang, "condition_openers")
        # an opener whose last word opens a clause itself ("provided that", "ar nosacījumu, ka") ends where it starts
        if start > 0 and not owned and any(condition.match(self.words, k) and k + condition.match(self.words, k) > start
                                           for k in range(max(0, start - 3), start + 1)):
            return True
        supposed = phrases(self.lang, "hypothetical_determiners")
        k = trig.first - 1
        joins = conjunctions(self.lang)
        while k > 0 and k > trig.first - 3 and self.words[k].isalpha() and self.words[k].islower() \
                and self.words[k].casefold() not in joins and not supposed.match(self.words, k):
            k -= 1
        return k >= 0 and bool(supposed.match(self.words, k)) or self._supposed_target(trig, supposed) \
            or self._inverted_condition(trig) or self._only_wanted(trig) or self._supposed_subject(trig)

    def _supposed_subject(self, trig: Trigger) -> bool:
        """A deed named with "a" or "an" as the subject of what it "would be" or "would mean" ("an attack on Somalia
        would be unacceptable", "an invasion would amount to a declaration of war") is only supposed."""
        predicates = phrases(self.lang, "supposed_predicates")
        if not predicates or trig.first == 0 or not phrases(self.lang, "indefinite_determiners").match(
                self.words, trig.first - 1):
            return False
        clause = self.clauses[trig.first]
        for k in range(trig.last + 1, min(len(self.words), trig.last + 8)):
            if self.clauses[k] != clause or any(t.first == k for t in self.triggers):
                return False
            if predicates.match(self.words, k):
                return True
        return False

    def _only_wanted(self, trig: Trigger) -> bool:
        """A deed one "should" or "must" do ("said Russia should withdraw its troops", "Hungary must not block the
        aid") is what someone wants done, not a happening; a meeting that "should" take place is expected (planned)."""
        if trig.entry["type"] == "CONSULT":
            return False
        modals = phrases(self.lang, "obligation_modals")
        k = trig.first - 1
        while k > 0 and k > trig.first - 3 and self.words[k].isalpha() and self.words[k].islower() \
                and not modals.match(self.words, k):
            k -= 1
        return trig.verb and k >= 0 and bool(modals.match(self.words, k)) and self.clauses[k] == self.clauses[trig.first] \
            and not any(m.first == k + 1 for m in self.mentions)

    def _inverted_condition(self, trig: Trigger) -> bool:
        """A condition told by inversion ("would retaliate should North Korea attack", "Should Russia invade, ..."):
        the opener stands right before the trigger's subject, the verb a word or two after it."""
        opener = phrases(self.lang, "inverted_condition_openers")
        return any(opener.match(self.words, m.first - 1) and 0 < trig.first - m.last <= 2
                   and self.clauses[m.first] == self.clauses[trig.first]
                   and all(w.isalpha() and w.islower() for w in self.words[m.last + 1:trig.first])
                   for m in self.mentions if m.first > 0 and m.last < trig.first)

    def _describes_name_given(self, trig: Trigger, earlier: list[Trigger]) -> bool:
        """A relative clause after the name an accusation gives ("calling China a troublemaker that threatened peace
        in the region", "branded the group a militia that attacks civilians") says what the name means: part of
        the accusation, no event of its own."""
        k = trig.first - 1
        if self.cased or not trig.verb or k < 1 or phrases(self.lang, "pronouns", "relative").match(self.words, k) != 1:
            return False
        return any(o.verb and o.entry["type"] == "ACCUSE" and 0 < k - o.last <= 8
                   and not any(w in (",", ";") for w in self.words[o.last + 1:k]) for o in earlier)

    def _adverbial_noun(self, trig: Trigger) -> bool:
        """A verb's word used as a noun after "in" ("recalled its ambassador in protest", "in retaliation") says why
        another act was done; it is no act of its own."""
        return not self.cased and trig.verb and trig.first > 0 and trig.first == trig.last \
            and self.preposition_label(trig.first - 1) == "in" and not self.words[trig.first].endswith("ing")

    def _topic_of_talks(self, trig: Trigger) -> bool:
        """A deed noun after talks or a text and "on" ("held talks on security cooperation", "statements, one on
        economic cooperation") is what they are about, no event of its own; so is one after a matter of concern or
        debate ("amid concerns over arms supplies", "fears of a Russian attack"), a verb's word there being a noun."""
        k = trig.first - 1
        while k > 0 and k > trig.first - 4 and (self.words[k].isalpha() and self.words[k].islower() or any(
                m.first <= k <= m.last and m.cases == ["adj"] for m in self.mentions)) and self.preposition_label(k) is None:
            k -= 1
        if not trig.verb and k > 0 and self.preposition_label(k) in ("on", "about") \
                and bool(phrases(self.lang, "topic_heads").match(self.words, k - 1)):
            return True
        matters = phrases(self.lang, "topic_phrases")
        return any(matters.match(self.words, j) and max(k, j) < j + matters.match(self.words, j) <= trig.first
                   for j in range(max(0, k - 3), trig.first))

    def _supposed_target(self, trig: Trigger, supposed: Phrases) -> bool:
        """A deed noun aimed at whoever may be its target ("an attack on any one of them", "attacks against any
        member") is only supposed."""
        noun = not trig.verb or trig.first > 0 and phrases(self.lang, "noun_articles").match(self.words, trig.first - 1)
        k = trig.last + (1 if self.preposition_label(trig.last) is not None else 2)  # "attack on" or "attacks against"
        return bool(noun) and k < len(self.words) and self.preposition_label(k - 1) is not None \
            and bool(supposed.match(self.words, k))

    def _background_noun(self, trig: Trigger) -> bool:
        """A noun that qualifies another event noun ("ekonomiskās sadarbības līgumus") or dates by another
        happening ("pirms tikšanās apgalvoja") names no event of its own; "pēc tikšanās ar X" still does."""
        if not self.cased or trig.verb:
            return False
        if any(not t.verb and t.first == trig.last + 1 for t in self.triggers):
            return True
        named = {i for m in self.mentions for i in range(m.first, m.last + 1)}
        k = trig.first - 1
        while k > 0 and k > trig.first - 4 and (k in named or self.words[k].isalpha() and self.words[k].islower()) \
                and self.preposition_label(k) is None:
            k -= 1  # genitives between: "jautājumu par Krievijas karaspēka izvietošanu"
        if k >= 1 and phrases(self.lang, "topic_nouns").match(self.words, k - 1) == 1 \
                and self.preposition_label(k) == "about":
            return True  # "jautājumu par iestāšanās sarunām": the issue of talks is no talks
        if trig.first >= 1 and self.preposition_label(trig.first - 1) == "about" and any(
                t.verb and t.last < trig.first and t.entry["type"] == "COERCE" and str(t.entry["cameo"]) == "173"
                and self.clauses[t.first] == self.clauses[trig.first] for t in self.triggers):
            return True  # "notiesāts uz desmit gadiem par sadarbību ar ...": the charge, no event of its own
        temporal = phrases(self.lang, "temporal_prepositions")
        k = trig.first - 1
        while k > 0 and k in named:  # "kopš Krievijas iebrukuma"
            k -= 1
        return k >= 0 and bool(temporal.match(self.words, k)) \
            and not (trig.last + 1 < len(self.words) and self.words[trig.last + 1].casefold() == "ar")

    def _asked(self, trig: Trigger, before: list[Trigger]) -> bool:
        """A verb in the clause that says what a demand asks ("pieprasa, lai Maskava izved karaspēku", "demanded
        that Tehran release the ship") is the demand's content, not an event."""
        that = phrases(self.lang, "pronouns", "complementizer")
        for o in before:
            if any(u.entry["type"] == "REQUEST" and o.last < u.first < trig.first
                   and (not u.verb or phrases(self.lang, "determiners").match(self.words, u.first - 1)) for u in before):
                continue  # "..., a request Manila has always refused": the demand renamed, then what befell it
            if o.verb and o.entry["type"] == "REQUEST" and that.count and any(
                    that.match(self.words, j) and self.clauses[j] == self.clauses[trig.first]
                    for j in range(o.last + 1, min(o.last + 3, trig.first))):
                return True
            openers = {w.casefold() for w in o.entry.get("recipient_clause") or []}
            k = next((k for k in range(o.last + 1, trig.first) if self.words[k] == ","), None)
            if openers and k is not None and self.words[k + 1].casefold() in openers \
                    and self.clauses[k + 1] == self.clauses[trig.first]:
                return True
        return False

    def _agent_before(self, trig: Trigger, start: int) -> bool:
        """A name just before a noun trigger gives it an agent of its own ("ievērot ANO noteiktās sankcijas"), unless
        the noun's genitive is whom the deed is done to ("apsvērt Krievijas vēstnieku izraidīšanu")."""
        return not trig.entry.get("patient_owner") \
            and any(start < m.first and 0 < trig.first - m.last <= 2 for m in self.mentions)

    def _infinitive(self, trig: Trigger) -> bool:
        """A verb trigger in the infinitive ("aicināja ES noteikt sankcijas"): after another verb of its clause
        it says what is asked, promised or refused, and is no event of its own."""
        return trig.verb and trig.first == trig.last and infinitive_form(self.words[trig.first], self.lang) \
            and not self._gerund_aside(trig)

    def _refused_to(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """A refusal to hand someone or something over to a side ("refused to hand over the negotiators to
        Colombia", "Havana's refusal to extradite them to Bogotá") turns that side down: it asked for them."""
        if trig.last + 2 >= len(self.words) or self.words[trig.last + 1].casefold() != "to":
            return []
        keys = {a.key for a in actors}
        return [m.actor for m in self.mentions if m.first > trig.last + 2 and self.prepositions[id(m)] == "to"
                and self.clauses[m.first] == self.clauses[trig.first] and m.actor.cls in ACTOR_CLASSES
                and m.actor.key not in keys][:1]

    def _caused(self, trig: Trigger) -> bool:
        """An infinitive after a verb of causing and the one it moves ("killed nine soldiers, prompting Petro to
        condemn it") is that one's own act, not the content of the verb before."""
        return self._cause_at(trig) is not None

    def _cause_at(self, trig: Trigger) -> int | None:
        """Where the verb of causing stands whose infinitive the trigger is: the names after it are its own."""
        causes = phrases(self.lang, "causative_verbs")
        at = next((m for m in self.mentions if m.last == trig.first - 2 and m.first > 0
                   and causes.match(self.words, m.first - 1) == 1), None)
        return at.first - 1 if at is not None and self.words[at.last + 1].casefold() == "to" else None

    def _gerund_aside(self, trig: Trigger) -> bool:
        """A gerund opening an aside after a comma ("izraidīja diplomātu, apsūdzot Maskavu spiegošanā", "expelled
        the envoy, accusing him of spying") tells the subject's own further act; its "-ot" ending is no infinitive.
        The one test of this construction, over ``progressive_suffixes``."""
        suffixes = tuple(load_language(self.lang).get("progressive_suffixes") or [])
        word = self.words[trig.first]
        k = trig.first - 1
        if k > 0 and phrases(self.lang, "pronouns", "gerund_object").match(self.words, k) == 1:
            k -= 1  # ", to pamatojot ar ...": the gerund's object pronoun stands first
        return bool(suffixes) and k >= 0 and self.words[k] == "," and word.islower() \
            and word.casefold().endswith(suffixes)

    def _noun_in_gerund_aside(self, trig: Trigger) -> int | None:
        """Where the participle stands when a noun of what is said stands a few words into an aside it opens after a
        comma ("the agency said the general had watched the test, calling it a signal to Lisbon"): the aside is the act
        of the one who said what goes before it."""
        suffixes = tuple(load_language(self.lang).get("progressive_suffixes") or [])
        for k in range(trig.first - 1, max(0, trig.first - GERUND_ASIDE_REACH) - 1, -1):
            if not self.words[k][:1].isalnum():
                return None
            if k > 0 and self.words[k - 1] == "," and self.words[k].islower() and bool(suffixes) \
                    and self.words[k].casefold().endswith(suffixes):
                return k
        return None

    def _reacted_to(self, trig: Trigger, earlier: list[Trigger]) -> bool:
        """A noun that a reaction takes as its object ("condemned the raid") names an event told already."""
        determiners = phrases(self.lang, "determiners")
        possessed = any(m.last == trig.first - 1 and (m.cases == ["gen"] and _clitic_possessive(m.text, self.lang)
                                                       or m.first > 0 and determiners.match(self.words, m.first - 1))
                        for m in self.mentions)
        if trig.verb and not (trig.first > 0 and determiners.match(self.words, trig.first - 1)) and not possessed \
                or self._accused_of(trig):
            return False  # "condemned the (Iranian) strikes", "Iran's attack": after a determiner or possessive, a noun
        named = {i for m in self.mentions for i in range(m.first, m.last + 1)}
        k = trig.first - 1
        while k >= 0 and (determiners.match(self.words, k) or k in named):  # "nosodīja Krievijas iebrukumu"
            k -= 1
        return any(o.verb and o.last == k and o.entry["type"] in REACTIONS for o in earlier) or any(
            o.verb and o.entry.get("object_act") and trig.entry["type"] in REACTIONS and 0 < trig.first - o.last <= NEEDS_AHEAD
            and not any(w in BREAKS_BEFORE for w in self.words[o.last + 1:trig.first]) for o in earlier)

    def _background_after(self, trig: Trigger) -> int:
        """Where a background phrase after the trigger starts ("fired at Israel since the Hamas attack of 7 October"):
        the names in it belong to the happening it recalls."""
        markers = phrases(self.lang, "background_markers")
        return next((k for k in range(trig.last + 1, len(self.words)) if self.clauses[k] == self.clauses[trig.first]
                     and markers.match(self.words, k) and k + 1 < len(self.words) and not self.words[k + 1][:1].isdigit()),
                    len(self.words))

    def _span_ended(self, trig: Trigger) -> bool:
        """A noun for a stretch of fighting of years that something ends ("halting more than a year of cross-border
        fighting", "aimed at ending years of war"): the ending is the news, the stretch is background; "to end five
        days of fighting" still names the episode the story tells."""
        spans = phrases(self.lang, "ended_spans")
        if not spans:
            return False
        k = trig.first - 1
        while k > 0 and self.words[k].casefold() != "of" and self.words[k].isalpha() and self.words[k].islower() \
                or k > 0 and "-" in self.words[k]:
            k -= 1
        if k < 2 or self.words[k].casefold() != "of":
            return False
        j = k - 1
        while j >= 0 and not spans.match(self.words, j) and (self.words[j].islower() or self.words[j][:1].isdigit()) \
                and k - j <= 6:
            j -= 1
        return j >= 0 and bool(spans.match(self.words, j)) and any(
            w.casefold().rstrip("s") in ("year", "decade") for w in self.words[j:k])

    def _background(self, trig: Trigger) -> bool:
        """A noun after a background marker ("since Russia's invasion") dates the story; it tells no event."""
        markers = phrases(self.lang, "background_markers")
        if trig.verb or not markers:
            return False
        named = {k for m in self.mentions for k in range(m.first, m.last + 1)}
        determiners = phrases(self.lang, "determiners")
        k = trig.first - 1
        while k >= 0 and (k in named or determiners.match(self.words, k)):
            k -= 1
        return k >= 0 and any(markers.match(self.words, k - n + 1) == n for n in range(1, min(k + 1, 4) + 1))

    def _complement(self, trig: Trigger, earlier: list[Trigger]) -> bool:
        """Whether a complement marker stands before the trigger, with at most ``complement_reach`` lowercase
        words between, after a verb trigger of the same clause."""
        markers = phrases(self.lang, "complement_markers")
        reach = load_language(self.lang).get("complement_reach", 1)
        named = {k for m in self.mentions for k in range(m.first, m.last + 1)}
        units = {w.casefold() for ws in (load_language(self.lang).get("time", {}).get("units") or {}).values() for w in ws}
        for k in range(trig.first - 1, max(-1, trig.first - 1 - reach), -1):
            if markers.match(self.words, k) and k + 1 < len(self.words) and self.words[k + 1].casefold() in units:
                return False  # "and for weeks it threatened": a stretch of time, not what an earlier verb was for
            if markers.match(self.words, k):
                governors = [o for o in earlier if o.verb and o.last < k and self.clauses[o.first] == self.clauses[trig.first]
                             and o.entry["type"] != trig.entry["type"]]
                # "blamed X for the breaches": a deed one is blamed for is left to _specific_deed
                return bool(governors) and not (_blames(governors[-1]) and trig.entry["type"] in CHARGED_DEEDS) \
                    and not self._signed_on_visit(trig, governors[-1:]) and not self._intent_between(trig, governors)
            if k in named or not self.words[k].islower():
                return False
        return self._coordinated_infinitive(trig, earlier)

    def _coordinated_infinitive(self, trig: Trigger, earlier: list[Trigger]) -> bool:
        """A bare verb joined by "and" to an infinitive of the same clause is part of what that one says
        ("urged Israel to respect the deal and withdraw its troops")."""
        spec = load_language(self.lang).get("infinitive", {})
        finite = tuple(spec.get("finite_suffixes", []))
        word = self.words[trig.first].casefold()
        if not finite or not trig.verb or word.endswith(finite) or trig.first < 2 \
                or not phrases(self.lang, "conjunctions").match(self.words, trig.first - 1):
            return False
        markers = phrases(self.lang, "infinitive", "markers")
        for k in range(trig.first - 2, max(-1, trig.first - 12), -1):
            if self.clauses[k] != self.clauses[trig.first]:
                return False
            if markers.match(self.words, k) and self.words[k + 1].islower():
                return any(o.verb and o.last < k and self.clauses[o.first] == self.clauses[trig.first] for o in earlier)
        return False

    def _alternative_place(self, m: Mention) -> bool:
        """Whether the place is one of places offered as alternatives ("in Istanbul or Ankara", "Stambulā vai
        Ankarā"): none of them is where the act happens."""
        alternatives = phrases(self.lang, "alternatives")
        places = [o for o in self.mentions if o is not m and o.entity.cls in PLACE_CLASSES]

        def joined(left: Mention, right: Mention) -> bool:
            n = alternatives.match(self.words, left.last + 1)
            return bool(n) and right.first - (left.last + 1 + n) in (0, 1) and all(
                self.words[j].islower() for j in range(left.last + 1 + n, right.first))
        return any(joined(m, o) or joined(o, m) for o in places)

    def _place_owners(self) -> dict[int, Entity]:
        """Each place name belongs to the nearest trigger of its clause; a seat of power in the locative
        ("Baltajā namā", "Kremlī") places it in that state's capital."""
        owners: dict[int, Entity] = {}
        svo = load_language(self.lang).get("word_order") == "svo"
        place_relatives = phrases(self.lang, "place_relatives")
        pronouns = phrases(self.lang, "pronouns", "possessive"), phrases(self.lang, "pronouns", "body")
        for m in self.mentions:
            if m.first == m.last and any(p.match(self.words, m.first) for p in pronouns):
                continue  # "the withdrawal of its peacekeepers": a pronoun names no place
            if self._alternative_place(m) or self._in_background_opening(m) or self._place_of_ended_span(m):
                continue
            if id(m) in self.speakers and not self.cased:
                continue  # "According to Seoul, North Korea fired ...": a source, not where it happened
            seat = self.cased and m.entity.cls not in PLACE_CLASSES and m.as_actor is not None \
                and m.cases == ["loc"]
            # "at the Kremlin", "in the White House": a building's city is where it happens.
            seat = seat or svo and m.entity.cls not in PLACE_CLASSES and self.prepositions[id(m)] in ("at", "in") \
                and load_gazetteer().place_of(m.entity) is not None
            if not seat and (m.entity.cls not in PLACE_CLASSES or m.entity.cls == "Country" and self._is_modifier(m)
                             and not self._part_of(m)):
                continue
            prep = self.prepositions[id(m)]
            if not self.cased:
                located = prep in ("in", "at") or (prep in ("to", "of") and m.entity.cls in ("Region", "City"))
            else:
                # "kaujas pie Harkivas": a town after "pie" is where it happens
                located = ("loc" in m.cases and "nom" not in m.cases and prep is None) \
                    or (prep == "to" and m.entity.cls in ("Region", "City")) or (prep == "at" and m.entity.cls == "City")
                located = located or (m.entity.cls in ("Region", "City") and id(m) in self.modifiers
                                      and self._noun_trigger_after(m)) or self._facility_of(m) or self._part_of(m) \
                    or self._undeclined_town_after_subject(m, prep) or self._undeclined_town_after_facility(m, prep)
            k = m.last + 1 + (m.last + 1 < len(self.words) and self.words[m.last + 1] == ",")
            # "a visit to Kyiv on Tuesday, where he ...": a time phrase may stand between the place and "where"
            comma = next((j for j in range(m.last + 1, min(len(self.words), m.last + 5)) if self.words[j] == ","), None)
            if comma is not None and not place_relatives.match(self.words, k) and all(
                    self.words[j].islower() or self.words[j][:1].isdigit() or self.words[j].istitle() and not any(
                        o.first <= j <= o.last for o in self.mentions) for j in range(m.last + 1, comma)):
                k = comma + 1
            if place_relatives.match(self.words, k) and load_gazetteer().place_of(m.entity) is not None:
                # "stopped in Poland, where he met Duda": the place of the clause that "where" opens, before any
                # place named earlier outside it ("ienāca Ukrainā no Baltkrievijas, kur bija izvietojusi ...").
                for t in self.active:
                    if self.clauses[t.first] == self.clauses[k] and t.first > k:
                        owners[t.first] = load_gazetteer().place_of(m.entity)
            same = [t for t in self.active if self.clauses[t.first] == self.clauses[m.first]]
            if svo:
                # "..., X told reporters in Tehran": a place after a verb of saying is where it was said
                same = [t for t in same if not any(t.last < c.index < m.first for c in self.cues)]
            if not same:
                # a place in a clause that names no event sets the scene for the next event of its sentence
                # ("Ceturtdien Seulā studenti mēģināja ielauzties ēkā, un policija viņus aizturēja")
                later = [t for t in self.active if t.first > m.last]
                start = self.clauses.index(self.clauses[m.first])
                inner = start > 0 and (phrases(self.lang, "complement_openers").match(self.words, start)
                                       or phrases(self.lang, "pronouns", "relative").match(self.words, start))
                if not later or not located or inner or self._said_where(m, later[0]):
                    continue
                same = later[:1]
            # in a subject-verb-object language a comma parts a place from a trigger beyond it ("struck targets in
            # Yemen, with support from ...")
            # and a place inside an infinitive is that infinitive's, not of a verb joined on by "and" ("had not
            # planned to hit targets in Poland and offered talks")
            inner = svo and any(o.verb and 0 < o.first < m.first and phrases(self.lang, "infinitive", "markers").match(
                self.words, o.first - 1) for o in same)
            # "a missile strike on Odesa killed ...": a town attacked "on" belongs to the deed before it
            owner = min(same, key=lambda t: (svo and "," in self.words[min(t.last, m.last) + 1:max(t.first, m.first)],
                                             svo and t.first > m.last and self.prepositions[id(m)] in ("on", "against"),
                                             inner and t.verb and t.first > m.last and any(
                                                 w.casefold() in conjunctions(self.lang) for w in self.words[m.last + 1:t.first]),
                                             min(abs(t.first - m.last), abs(m.first - t.last))))
            if self._after_gerund(m) or self._names_a_name(m) or self._in_infinitive_deed(owner, m) \
                    or self._in_after_phrase(m) or self._topic_place(owner, m) \
                    or self._place_of_participle(owner, m) \
                    or self._place_of_reacted_noun(owner, m, same) or self._seat_of_mission(m) or self._post_of_envoy(m):
                continue
            if self._in_charged_deed(owner, m):
                continue  # "accusing it of attacking bases in Tigray": where the deed was, not the accusation
            if not self.cased and prep == "to" and owner.entry["type"] in DESTINATION_ONLY and owner.last < m.first:
                continue  # "invited X to Budapest": where someone is asked to go ("come to Washington to sign" stays)
            place = self._side_of_feature(m) or load_gazetteer().place_of(m.entity)
            # a call made "no Kijivas" (from Kyiv) is made there
            called_from = prep == "from" and m.entity.cls == "City" and owner.entry["type"] == "CONSULT" \
                and str(owner.entry["cameo"]).startswith("041")
            if place is not None and (located or called_from or self._target_place(m, owner)):
                owners.setdefault(owner.first, place)
                joined = self._joined_verb_before(owner, m, same) if located and not self.cased else None
                if joined is not None:
                    owners.setdefault(joined.first, place)
                if located and not owner.verb and owner.entry["type"] in ("CONSULT", "RETREAT") and self._occasion(owner):
                    # what is done at a meeting takes its place ("ārkārtas samitā Briselē vienojās"), and what is
                    # done in an exchange too ("Ankarā notikušajā apmaiņā atbrīvoja")
                    for other in same:
                        if other.verb:
                            owners.setdefault(other.first, place)
                if located and not self.cased and owner.entry["type"] == "CONSULT":
                    for said in self._said_at_meeting(m, owner):
                        owners.setdefault(said.first, place)
                if located and owner.verb and self.cased:
                    # a place that ends a meeting's phrase before the verb is the meeting's too ("pēc sarunām ar
                    # ASV delegāciju Džidā piekrita")
                    for talks in self._meetings_ended_by(m, same):
                        owners.setdefault(talks.first, place)
        return owners

    def _side_of_feature(self, m: Mention) -> Entity | None:
        """A side of a river or such feature ("north of the Litani River") is an area of the feature's country, not
        the feature: that country is the place."""
        sides = phrases(self.lang, "side_of_place")
        features = {w.casefold() for w in load_language(self.lang).get("feature_words") or ()}
        if not sides or self.words[m.last].casefold() not in features:
            return None
        k = m.first - 1 if m.first > 0 and phrases(self.lang, "determiners").match(self.words, m.first - 1) else m.first
        if not any(sides.match(self.words, j) and j + sides.match(self.words, j) == k for j in range(max(0, k - 3), k)):
            return None
        return load_gazetteer().country(m.entity.country or "")

    def _said_at_meeting(self, m: Mention, meeting: Trigger) -> list[Trigger]:
        """Stances and pledges reported by those meeting at a place ("NATO leaders meeting in Vilnius said that
        the alliance would invite Kyiv"): made in the saying, at the meeting, so there."""
        cue = next((c for c in self.cues if c.index > m.last and c.index > meeting.last
                    and self.clauses[c.index] == self.clauses[m.first]), None)
        if cue is None:
            return []
        return [t for t in self.active if t.first > cue.index and t is not meeting
                and (str(t.entry["cameo"]).startswith(SAID_ACTS) or t.entry["type"] in STANCES)]

    def _subject_of_next_verb(self, m: Mention) -> bool:
        """Whether a name stands before an auxiliary or a verb of saying of its own ("..., the first time Tehran has
        acknowledged"): the subject of that verb, a capital for its state, not a town an event reaches."""
        k = m.last + 1
        return not self.cased and k < len(self.words) and (
            bool(phrases(self.lang, "auxiliaries").match(self.words, k)) or self.words[k] in _reporting_words(self.lang))

    def _in_charged_deed(self, owner: Trigger, m: Mention) -> bool:
        """Whether a place stands in the deed a verb of blame or praise names after "of" or "for" with a gerund
        ("accused X of attacking bases in Tigray", "thanked Y for hosting the talks in Doha")."""
        markers = phrases(self.lang, "infinitive", "gerund_markers")
        suffixes = tuple(load_language(self.lang).get("infinitive", {}).get("gerund_suffixes") or ())
        if not owner.verb or not suffixes or not owner.last < m.first:
            return False
        return any(markers.match(self.words, k) and self.words[k + 1].casefold().endswith(suffixes)
                   for k in range(owner.last + 1, m.first - 1) if self.clauses[k] == self.clauses[owner.first])

    def _joined_verb_before(self, owner: Trigger, m: Mention, same: list[Trigger]) -> Trigger | None:
        """The verb whose object a place ends when the place's own verb follows it joined by "and" with no subject
        of its own ("forced their way into the embassy in Quito and arrested X"): both happen there."""
        if not owner.verb or owner.first <= m.last:
            return None
        between = [w.casefold() for w in self.words[m.last + 1:owner.first]]
        if not between or " ".join(between) not in conjunctions(self.lang):
            return None
        earlier = [t for t in same if t.verb and t.last < m.first]
        return earlier[-1] if earlier else None

    def _undeclined_town_after_subject(self, m: Mention, prep: str | None) -> bool:
        """A town whose name does not decline ("Bamako", "Baku"), with no preposition, after the clause's
        subject ("trīs valstis Bamako parakstīja") is where it happens, the locative being the only reading left."""
        return m.entity.cls == "City" and prep is None and len(m.cases) >= 5 and id(m) not in self.modifiers \
            and not any(t.verb and t.last < m.first and self.clauses[t.first] == self.clauses[m.first]
                        for t in self.triggers) \
            and any(o.last < m.first and self.clauses[o.first] == self.clauses[m.first] and "nom" in o.cases
                    and o.actor.cls in ACTOR_CLASSES and o.entity.cls != "City" for o in self.mentions)

    def _undeclined_town_after_facility(self, m: Mention, prep: str | None) -> bool:
        """A town whose name does not decline right after a building in the locative ("aģentūras birojā Baku") is
        where the building stands and things done there happen, not a party."""
        return self.cased and m.entity.cls == "City" and prep is None and len(m.cases) >= 5 and m.first > 0 \
            and phrases(self.lang, "facility_nouns").match(self.words, m.first - 1) == 1

    def _facility_of(self, m: Mention) -> bool:
        """A town in the genitive before a building or base in the locative ("Maskavas Vnukovo lidostā",
        "Rīgas ostā") is where things done there happen."""
        nouns = phrases(self.lang, "facility_nouns")
        return m.entity.cls == "City" and "gen" in m.cases and any(
            nouns.match(self.words, k) for k in range(m.last + 1, min(len(self.words), m.last + 3)))

    def _part_of(self, m: Mention) -> bool:
        """A place in the genitive before a part of it in the locative ("Grenlandes ziemeļrietumos", "Ukrainas
        austrumos") is where things done there happen."""
        return "gen" in m.cases and m.last + 1 < len(self.words) \
            and bool(phrases(self.lang, "part_nouns").match(self.words, m.last + 1))

    def _in_background_opening(self, m: Mention) -> bool:
        """Whether the place stands in an opening phrase that names an earlier happening, up to its comma ("After the
        coup in Niamey, ECOWAS closed its borders"; "In April, weeks into the war in Ukraine, Oslo expelled"): it is
        that happening's place, not the act's."""
        openers = phrases(self.lang, "time", "background_openers")
        verb = min((t.first for t in self.triggers if t.verb), default=len(self.words))
        start = 0
        for comma in (k for k in range(1, verb) if self.words[k] == ","):
            if openers.match(self.words, start) and start <= m.first and m.last < comma:
                return True
            start = comma + 1
        return False

    def _place_of_ended_span(self, m: Mention) -> bool:
        """Whether the place follows a stretch of fighting that an act ends ("aimed at ending years of fighting in
        eastern Congo"): where that background was, not where the act is done."""
        return any(0 < m.first - t.last <= 3 and t not in self.active
                   and all(w.islower() for w in self.words[t.last + 1:m.first]) and self._span_ended(t)
                   for t in self.triggers)

    def _topic_place(self, owner: Trigger, m: Mention) -> bool:
        """Whether the place follows a noun, after the act, that names what the act is about ("called for a ceasefire
        in Gaza", "vienojās par pamieru Sīrijā"): where that is, not where the act is done. A deed in the field keeps
        it ("the truce took hold in Gaza" has its own trigger)."""
        if owner.entry["type"] in TOPIC_PLACED or owner.last >= m.first:
            return False
        k = m.first - 1
        if not self.cased:
            if k < 1 or self.words[k].casefold() != "in":
                return False
            k -= 1
        return k > owner.last and phrases(self.lang, "subject_matter_nouns").match(self.words, k) > 0

    def _in_after_phrase(self, m: Mention) -> bool:
        """Whether the place stands in a phrase naming a happening the act came after ("apturēja pagājušajā nedēļā
        pēc 28. februāra tikšanās Baltajā namā", "flew home after talks in Paris"): that happening's place, not the
        act's."""
        openers = phrases(self.lang, "after_phrase_openers")
        start = next((j for j in range(m.first - 1, max(-1, m.first - 7), -1) if openers.match(self.words, j)), None)
        if start is None or any(w in (",", ";") for w in self.words[start:m.first]) \
                or any(t.verb and start < t.first < m.first for t in self.triggers):
            return False
        if any(start < t.first < m.first for t in self.active):
            return False  # "after talks in Minsk" told as an event of its own: the talks' place
        nouns = {t.first for t in self.triggers if not t.verb}
        return any(k in nouns or noun_kinds(self.lang, self.words[k]) for k in range(start + 1, m.first))

    def _place_of_participle(self, owner: Trigger, m: Mention) -> bool:
        """A place right before an attributive participle after the verb ("atzinīgi novērtēja Džidā panākto
        vienošanos") tells where the thing named was done, not where the verb's act is."""
        suffixes = tuple(load_language(self.lang).get("attributive_participle_suffixes") or ())
        k = m.last + 1
        return bool(suffixes) and owner.verb and m.first > owner.last and k + 1 < len(self.words) \
            and self.words[k].islower() and len(self.words[k]) > 4 and self.words[k].endswith(suffixes) \
            and self.words[k + 1].isalpha()

    def _said_where(self, m: Mention, trig: Trigger) -> bool:
        """A place beside a verb of saying is where it was said ("žurnālistiem Dublinā sacīja, ka Īrija nodibinās
        ..."): it does not place what the "ka" clause after it reports."""
        if trig.entry["type"] in STANCES and not trig.entry.get("state_act") or trig.entry["cameo"].startswith(SAID_ACTS):
            return False  # a stance or pledge is made by saying it, where it is said
        start = self.clauses.index(self.clauses[trig.first])
        return self.cased and start > m.last and any(self.clauses[c.index] == self.clauses[m.first] for c in self.cues) \
            and bool(phrases(self.lang, "complement_openers").match(self.words, start))

    def _named_after_place_noun(self) -> Entity | None:
        """A town named after a locative word for a place ("pilsētā Almati", "galvaspilsētā Tbilisi") is where it
        happens, whatever its own ending."""
        nouns = phrases(self.lang, "locative_place_nouns")
        return next((m.entity for m in self.mentions if m.entity.cls in ("City", "Region") and m.first > 0
                     and nouns.match(self.words, m.first - 1) == 1), None)

    def _mission_owner(self, crowd: list[Entity]) -> list[Entity]:
        """A crowd storming or picketing a state's embassy ("ielauzties ēkā, kur atrodas Japānas vēstniecība")
        protests against that state: the foreign state whose mission the sentence names."""
        missions = phrases(self.lang, "mission_nouns")
        homes = {c.country for c in crowd if c.country}
        named = [m.actor for m in self.mentions if m.actor.cls == "Country" and m.actor.country not in homes
                 and ("gen" in m.cases or m.cases == ["adj"]) and m.last + 1 < len(self.words)
                 and missions.match(self.words, m.last + 1)][:1]
        if named:
            return named
        # "Riyadh cut ties after protesters stormed its embassy": "its" is the state the sentence opens with
        owned = [k for k in range(1, len(self.words)) if missions.match(self.words, k)
                 and phrases(self.lang, "pronouns", "possessive").match(self.words, k - 1)]
        opener = next((m for m in self.mentions if owned and m.last < owned[0]), None)
        state = opener and (opener.actor if opener.actor.cls == "Country" else load_gazetteer().country(opener.actor.country or ""))
        return [state] if state and state.country not in homes else []

    def _envoy_post(self, m: Mention) -> bool:
        """A capital right after an envoy ("vēstnieks Maskavā tiks atsaukts") is the state he is posted to."""
        return m.first > 0 and m.as_actor is not None and phrases(self.lang, "envoy_nouns").match(self.words, m.first - 1)

    def _seat_of_mission(self, m: Mention) -> bool:
        """A place just after a diplomatic mission the act is done to ("slēdza konsulātu Pleskavā", "konsulātus
        Daugavpilī un Liepājā") says where the mission stands, not where the act was done; "vēstniecībā Rīgā"
        (in the locative) is still where things happen. A town right after an envoy ("vēstnieks Maskavā") is where
        the envoy is posted."""
        missions = phrases(self.lang, "mission_nouns")
        if self._envoy_post(m):
            return True
        for k in range(m.first - 1, max(-1, m.first - 6), -1):
            if missions.match(self.words, k):
                # without cases "the embassy in Quito" is where things there happen, as "vēstniecībā Rīgā" is
                return self.cased and "loc" not in guess_cases(self.words[k], self.lang)
            if not self.words[k].isalpha():
                return False
        return False

    def _post_of_envoy(self, m: Mention) -> bool:
        """A place right after an envoy's title ("vēstnieks Maskavā tiks atsaukts", "its ambassador in Moscow was
        recalled") is the envoy's post, not where the act is done."""
        envoys = phrases(self.lang, "envoy_posts")
        k = m.first - 1
        if k > 0 and self.prepositions[id(m)] is not None and self.words[k].islower():
            k -= 1
        return k >= 0 and bool(envoys.match(self.words, k))

    def _in_infinitive_deed(self, owner: Trigger, m: Mention) -> bool:
        """A place after an infinitive that a verb governs ("piedāvāja Ukrainai atsākt sarunas Stambulā") is where
        the deed offered, asked or promised would happen, not where the verb's act was done."""
        before_infinitive = m.last + 1 < len(self.words) and infinitive_form(self.words[m.last + 1], self.lang)
        # and one just before an infinitive after the verb ("apsūdzēja ES mēģinājumā Serbijā īstenot Maidanu")
        return self.cased and owner.verb and owner.last < m.first \
            and (owner.last < self._infinitive_after(owner) < m.first or before_infinitive)

    def _meetings_ended_by(self, m: Mention, same: list[Trigger]) -> list[Trigger]:
        """Meeting nouns of the place's clause whose phrase the place closes: no trigger, verb or punctuation
        stands between the noun and the place."""
        starts = {t.first for t in self.triggers}
        return [t for t in same if not t.verb and t.entry["type"] == "CONSULT" and t.last < m.first
                and not any(k in starts or not self.words[k][:1].isalnum() for k in range(t.last + 1, m.first))]

    def _occasion(self, noun: Trigger) -> bool:
        """Whether a meeting noun says where things are done: in the locative ("samitā"), or after "at" ("agreed
        ..., at the first summit in Tokyo"); never one the act came after ("pēc strīdīgās tikšanās Limā atsauca")."""
        after = phrases(self.lang, "after_phrase_openers")
        if any(after.match(self.words, j) and "," not in self.words[j:noun.first]
               for j in range(max(0, noun.first - 4), noun.first)):
            return False
        if "loc" in guess_cases(self.words[noun.last], self.lang) and self.cased:
            return True
        openers = phrases(self.lang, "occasion_prepositions")
        k = noun.first - 1
        while k >= 0 and noun.first - k <= 4 and self.words[k].islower() and not openers.match(self.words, k):
            k -= 1
        return k >= 0 and bool(openers.match(self.words, k))

    def _names_a_name(self, m: Mention) -> bool:
        """A place name that begins a longer proper name after a determiner ("the Vienna Convention", "the Paris
        Agreement") says nothing of where the event happened; "Rīgā Valsts prezidents" is a place before a title."""
        after = m.last + 1
        return m.first > 0 and bool(phrases(self.lang, "determiners").match(self.words, m.first - 1)) \
            and after < len(self.words) and self.words[after][:1].isupper() \
            and not any(o.first == after for o in self.mentions)

    def _after_gerund(self, m: Mention) -> bool:
        """A place in a gerund aside ("..., dodoties uz Viļņu, nosauca") is where the subject was going or
        staying, not where the event happened."""
        suffixes = tuple(load_language(self.lang).get("morphology", {}).get("gerund_suffixes") or [])
        for k in range(m.first - 1, max(-1, m.first - 4), -1):
            if self.words[k] in BREAKS_BEFORE:
                return False
            if suffixes and self.words[k].islower() and self.words[k].endswith(suffixes) and len(self.words[k]) > 5:
                return True
        return False

    def _target_place(self, m: Mention, owner: Trigger) -> bool:
        """A town visited or attacked, as the verb's object or its object's owner ("apmeklēs Vladivostoku",
        "uzbruka Odesas ostai"), or left ("atkāpties no Sudžas pilsētas"), is where the event happens."""
        expelled = owner.entry["type"] == "COERCE" and str(owner.entry.get("cameo")) == "174"
        if (owner.entry["type"] == "RETREAT" or expelled) and self.prepositions[id(m)] in ("from", "of"):
            # "pull out of southern Lebanon", "withdraw from Kherson", "expelled advisers from New Delhi"
            reach = 6 if load_language(self.lang).get("word_order") == "svo" else 4  # the object stands between
            return m.entity.cls in ("Region", "City", "Country") and 0 < m.first - owner.last <= reach
        if owner.entry["type"] == "RETREAT" and self._debitive(owner) and self.prepositions[id(m)] is None:
            # "karavīriem būs jāatstāj Čada": what must be left is the nominative after the verb
            return m.entity.cls in ("Region", "City", "Country") and 0 < m.first - owner.last <= 3 and "nom" in m.cases
        if owner.entry["type"] == "RETREAT" and owner.verb and self.cased and self.prepositions[id(m)] is None:
            # "pameta Hersonu": the town left, the verb's object; troops leave a whole country ("karavīri atstāja
            # Nigēru")
            left = ("Region", "City", "Country") if str(owner.entry.get("cameo")).startswith("087") else ("Region", "City")
            return m.entity.cls in left and 0 < m.first - owner.last <= 3 and "acc" in m.cases
        if load_language(self.lang).get("word_order") == "svo" and owner.entry["type"] == "ASSAULT":
            # "a wave of attacks on Kyiv", "pounded Odesa": the town attacked
            return m.entity.cls in ("Region", "City") and self.prepositions[id(m)] in ("on", "against", None) \
                and 0 < m.first - owner.last <= 6
        # a relative pronoun opening the verb's clause stands for the town before it ("Harkivu, kuru apšaudīja")
        relative = m.first == m.last and m.first < owner.first and self.clauses[m.first] == self.clauses[owner.first] \
            and phrases(self.lang, "pronouns", "relative").match(self.words, m.first) == 1
        if self.cased and not owner.verb and owner.entry["type"] == "ASSAULT" and self._accused_of(owner) \
                and m.entity.cls in ("Region", "City") and self.prepositions[id(m)] is None \
                and 0 < m.first - owner.last <= 2 and bool(set(m.cases) & {"dat", "gen"}):
            return True  # "apsūdzēja Krieviju triecienā Harkivas slimnīcai": the town of the charged deed's target
        return self.cased and owner.verb and owner.entry["type"] in ("CONSULT", "ASSAULT") \
            and m.entity.cls in ("Region", "City") and self.prepositions[id(m)] is None \
            and (0 < m.first - owner.last <= 6 or relative or self._fronted_town(m, owner)) \
            and bool(set(m.cases) & {"acc", "dat", "gen"}) and "nom" not in m.cases

    def _fronted_town(self, m: Mention, owner: Trigger) -> bool:
        """A town struck standing before the verb in the object's case, its doer after it ("Hersonu naktī
        apšaudīja Krievijas karaspēks", "Harkivai uzbruka droni"): the attack's target, free word order allowing."""
        return owner.entry["type"] == "ASSAULT" and set(m.cases) <= {"acc", "dat"} \
            and 0 < owner.first - m.last <= 4 and self.clauses[m.first] == self.clauses[owner.first] \
            and not any(t.first < owner.first and m.last < t.last for t in self.triggers if t is not owner) \
            and not any(o.first > m.last and o.last < owner.first for o in self.mentions)

    def _one_of_several(self, m: Mention) -> bool:
        """Whether a name is joined by "un" or a comma to another capitalised name ("apmeklēs Habarovsku un
        Vladivostoku"): a journey to several towns has no one place."""
        joiners = conjunctions(self.lang) | {","}
        before = m.first >= 2 and self.words[m.first - 1].casefold() in joiners and self.words[m.first - 2][:1].isupper()
        after = m.last + 2 < len(self.words) and self.words[m.last + 1].casefold() in joiners \
            and self.words[m.last + 2][:1].isupper()
        return before or after

    def _noun_trigger_after(self, m: Mention) -> bool:
        return any(not t.verb and 0 < t.first - m.last <= 2 for t in self.triggers)

    def _arrest_and_sentence(self, event: Event, other: Event) -> bool:
        """Whether one of two coercive acts passes a sentence and the other does not ("was detained and later
        convicted"): two steps of a case, each its own event, when each names the same parties (a shared object,
        "aizturēja un notiesāja divus X", leaves one without its own)."""
        sentencing = phrases(self.lang, "sentencing_words")
        return bool(sentencing) and event.type == other.type == "COERCE" \
            and {(a.role, a.entity.key) for a in event.actors} == {(a.role, a.entity.key) for a in other.actors} \
            and bool(sentencing.match(self.words, event.trigger)) != bool(sentencing.match(self.words, other.trigger))

    def _merge(self, events: list[Event], event: Event) -> bool:
        """Two triggers of one category in one clause, naming nothing new, are one event ("vizītē ... tikās"); so
        is a noun that names again, later in the sentence, the same parties' happening ("tikās ar Putinu, un abu
        līderu sarunas ilga četras stundas")."""
        for other in events:
            if _another_occasion(event, other) and self._place_relative_between(event, other):
                continue
            same_parties = {a.entity.key for a in event.actors} == {a.entity.key for a in other.actors}
            # a denial or claim told twice in one sentence ("noliedza, ka ... piegādājusi ..., un uzsvēra, ka ...
            # nav nosūtījusi") is one happening
            again = self.cased and same_parties and (not self.triggers_at(event.trigger).verb or (
                self._in_complement(self.triggers_at(event.trigger)) and self._in_complement(self.triggers_at(other.trigger))
                and event.cameo == other.cameo
                and (event.place is None or other.place is None or event.place.key == other.place.key)))
            if other.type != event.type or self.clauses[other.trigger] != self.clauses[event.trigger] and not again:
                continue
            if self._answers_other_act(other, event) or self._arrest_and_sentence(event, other) \
                    or self._negated_apart(other, event):
                continue
            if not self.cased and event.place is not None and other.place is not None \
                    and event.place.key != other.place.key and self._opening_participle_subject(
                        self.triggers_at(min(event.trigger, other.trigger))):
                continue  # "Before visiting Kyiv, Scholz met Duda in Warsaw": two occasions in two places
            if any(_called_act_noun(e, self) and not any(a.role == "recipient" for a in e.actors) for e in (event, other)):
                continue  # "nosauca lēmumu par uzvaru un pateicās X": what it calls is an act told before, not X
            mine = {a.entity.key for a in event.actors}
            theirs = {a.entity.key for a in other.actors}
            if not (mine <= theirs or theirs <= mine):
                continue
            roles = {(a.entity.key, a.role) for a in other.actors}
            if all(any(a.role == "actor" for a in e.actors) for e in (event, other)) and any(
                    (a.entity.key, {"actor": "recipient", "recipient": "actor"}.get(a.role)) in roles for a in event.actors):
                continue  # the doer of one is the target of the other: two happenings
            if other.cameo != event.cameo and not (other.cameo.endswith("0") or event.cameo.endswith("0")) \
                    and mine != theirs and min(len(mine), len(theirs)) > 1:
                continue
            if _formal_protest_beside_words(event, other):
                continue
            directed = [a.entity for e in (other, event) for a in e.actors if a.role == "actor"]
            if len(mine) > len(theirs) and not (event.weak and not other.weak):
                other.actors = event.actors
            if directed and any(a.role == "participant" for a in other.actors):
                rest = [a.entity for a in other.actors if a.entity.key not in {d.key for d in directed}]
                other.actors = _arguments(directed, rest, symmetric=False)
            if other.cameo.endswith("0") and not event.cameo.endswith("0"):
                other.cameo = event.cameo
            other.place = other.place or event.place
            other.merged += [event.trigger, *event.merged]
            other.quantities = other.quantities or event.quantities
            if self.triggers_at(event.trigger).verb and not self.triggers_at(other.trigger).verb:
                other.status = event.status
            other.weak = other.weak and event.weak and len(other.actors) < 2
            return True
        return False

    def _negated_apart(self, first: Event, then: Event) -> bool:
        """Two verbs joined in one clause of which one is negated and the other not ("had received no notice and would
        keep talking") tell two happenings, not one told twice."""
        one, other = sorted((self.triggers_at(first.trigger), self.triggers_at(then.trigger)), key=lambda t: t.first)
        if not (one.verb and other.verb and self.clauses[one.first] == self.clauses[other.first]):
            return False
        if (first.status == "denied") != (then.status == "denied"):
            return True
        # each verb negated on its own ("had sent no drones ... and had never supplied X with missiles"): two deeds
        # denied one by one, not one told twice
        negation = phrases(self.lang, "sources", "modality", "negation")
        return first.status == then.status == "denied" and any(
            negation.match(self.words, k) for k in range(max(one.last + 3, other.first - 3), other.first))

    def _answers_other_act(self, first: Event, then: Event) -> bool:
        """Whether a reaction with no one named names a kind of act as its object before another verb of its kind
        follows ("atzinīgi novērtēja likumprojekta atsaukšanu un pateicās protestētājiem"): two acts, the first
        aimed at who did the act it names."""
        if first.type not in ANSWERS or any(a.role != "actor" for a in first.actors) \
                or not self.triggers_at(first.trigger).verb or not self.triggers_at(then.trigger).verb:
            return False
        named = self._kind_word(self.triggers_at(first.trigger))
        # the kind word may stand before the verb ("vienošanos asi kritizēja"): then it names nothing between them
        return named is not None and named[1] in self.words[first.trigger + 1:then.trigger]

    def _place_relative_between(self, event: Event, other: Event) -> bool:
        """Whether a relative adverb of place ("kur", "where") opens a clause between two triggers."""
        relatives = phrases(self.lang, "place_relatives")
        first, last = sorted((event.trigger, other.trigger))
        return any(relatives.match(self.words, k) for k in range(first + 1, last))

    def _arguments_of(self, trig: Trigger) -> list[Mention]:
        c = self.clauses[trig.first]
        possessive = phrases(self.lang, "pronouns", "possessive")
        addressed = phrases(self.lang, "addressee_cues")  # "witnesses told Reuters": whom a source tells is no party
        return [m for m in self.mentions if self.clauses[m.first] == c and not (trig.first <= m.first <= trig.last)
                and id(m) not in self.speakers and id(m) not in self.modifiers
                and not (m.first > 0 and addressed.match(self.words, m.first - 1))
                and not (m.first == m.last and m.text.casefold() in possessive
                         and not (m.entity.cls == "Person" and m.as_actor is not None))  # _led_body: "his columns"
                and (m.entity.cls not in ("Region", "City") or m.as_actor is not None)]

    def _event(self, trig: Trigger, window_end: int, place: Entity | None,
               previous: list[Mention]) -> tuple[Event | None, list[Mention]]:
        entry = self._passive_mediation(trig) or trig.entry
        if self._medium(trig):
            return None, []
        if entry.get("place_object"):
            place = _taken_place(self.words, self.mentions, trig, self.lang)
        if entry.get("after_request") and not any(t.entry["type"] == "REQUEST" and t.first < trig.first
                                                  for t in self.triggers):
            return None, []
        if self._charge_of_sentence(trig):
            return None, []
        args = self._arguments_of(trig)
        talks_told: Event | None = None  # talks a deal denied in the passive is told of
        subjects = self._subjects(trig, args, previous)
        if trig.verb and entry["type"] == "ASSAULT" and not [m for m in subjects if m.last < trig.first] \
                and not self._reduced_relative(trig):
            subjects = self._deed_subject(trig, previous) or subjects
        fronted = self._relative_object(trig, subjects)
        subjects = [m for m in subjects if m is not fronted]
        if entry.get("crowd"):
            # "Tūkstošiem cilvēku Tbilisi protestēja": an undeclined town before a crowd's verb is where it gathers
            subjects = [m for m in subjects if not (m.entity.cls == "City" and len(m.cases) > 1)]
        if self._state_protest(trig, entry, subjects):
            entry = {**entry, "type": "ACCUSE", "cameo": "114", "crowd": None}
        self.named = self._called(trig)
        args = [m for m in args if m.first not in self.named]
        whole_window = window_end
        window_end = min([window_end, self._possessed_after(trig), self._next_predicate(trig), self._background_after(trig)]
                         + [c.index for c in self.cues if c.index > trig.last + 1 and c.speakers
                            and self.words[c.index - 1] == ","])
        if not entry.get("complement_clause"):
            window_end = min(window_end, self._infinitive_after(trig))
        window_end = min(window_end, self._reason_after(trig))
        if self._opening_participle_subject(trig):
            # "Before visiting Kyiv, Scholz met Duda": the opening clause's objects end at its comma
            window_end = min([window_end] + [j for j in range(trig.last + 1, window_end) if self.words[j] == ","][:1])
        if entry.get("needs_open_complement"):
            # "helped shoot down Iranian missiles": what the helper helped do starts with what the entry needs
            needs = _entry_phrases(entry, "needs")
            window_end = min([window_end] + [k for k in range(trig.last + 1, window_end)
                                             if needs.match(self.words, k) and not self.words[k][:1].isupper()
                                             and not any(m.first <= k <= m.last for m in self.mentions)][:1])
        starts = {t.first for t in self.triggers if t.verb and t is not trig} \
            if load_language(self.lang).get("word_order") == "svo" else set()
        # a name before another verb is that verb's subject, unless a preposition governs it ("strikes on Lebanon killed")
        objects = [m for m in args if m not in subjects and (m.last + 1 not in starts or self.prepositions[id(m)] is not None)
                   and trig.last < m.first < window_end] \
            or [m for m in args if m not in subjects and self._fronted_object(trig, m, subjects)]
        objects = [m for m in objects if not self._described_person(m, objects)]
        actors, recipients, partners = [m.actor for m in subjects], [], []
        if entry.get("patient_owner") and not trig.verb:
            recipients = [m.actor for m in self._patient_owners(trig) if m.actor not in actors]
        agent = self._noun_agent(trig, objects)
        if agent:
            actors, objects = [m.actor for m in agent], [m for m in objects if m not in agent]
        under = self._held_under(trig)
        if under is not None:
            actors, recipients = under
        needs = _entry_phrases(entry, "needs")
        conj = phrases(self.lang, "conjunctions")
        for m in objects:
            prep = self.prepositions[id(m)]
            if trig.verb and entry["type"] in ("ACCUSE", "SUPPORT", "REJECT") and prep is None \
                    and "dat" in m.cases and m.first - 1 > trig.last and self.words[m.first - 1].isalpha() \
                    and self.words[m.first - 1].islower() \
                    and not any(conj.match(self.words, k) == m.first - k for k in range(max(0, m.first - 2), m.first)) \
                    and not needs.match(self.words, m.first - 1) \
                    and not phrases(self.lang, "titles").match(self.words, m.first - 1) \
                    and not phrases(self.lang, "quantifiers").match(self.words, m.first - 1):
                # praise or blame of a thing for someone ("uzteica Ķīnas miera plānu Ukrainai"): the dative is the
                # thing's, not the one praised; one given to ("izteica līdzjūtību Turcijai") is what the verb needs
                continue
            if entry["type"] in ("CONSULT", "ASSAULT") and m.entity.cls == "City" and prep in (None, "to", "of"):
                if not self._subject_of_next_verb(m) and not self._alternative_place(m):
                    place = place or m.entity
                continue
            if self._undeclined_town_after_facility(m, prep):
                place = place or m.entity
                continue
            if prep in ("with", None) and self._in_dating_phrase(m, trig):
                continue
            if prep == "against" and entry["type"] in COOPERATIVE:
                continue
            if entry["type"] not in COOPERATIVE and self._beside_doer(m):
                if m.actor not in actors:
                    actors.append(m.actor)  # "Kenija kopā ar Somāliju uzbruka X": both attack, neither is the target
                continue
            aimed = entry["type"] in (load_language(self.lang).get("target_prepositions") or {}).get(prep, []) \
                or self._membership_of(m) \
                or entry["type"] == "CONSULT" and prep == "of" and self._meeting_of(m) \
                or entry["type"] == "SANCTION" and self._envoy_post(m)
            struck = aimed and entry["type"] == "ASSAULT" and m.entity.cls == "Country"  # "fired at Israel": place and target
            if prep == "by" and trig.verb and entry["type"] in ANSWERS and not self._passive(trig) \
                    and self._deed_noun_before(trig, m):
                recipients.append(m.actor)  # "condemned the bombardment of Gaza by Israel": the doer is blamed
                continue
            if m.entity is place and not struck and m.cases != ["dat"] or prep in NOT_ARGUMENT_PREPOSITIONS and not aimed \
                    or m.entity.cls in ("Region", "City") \
                    and m.as_actor is None or (prep == "by" and not self._passive(trig)):
                continue
            if self.cased and not set(m.cases) & {"dat", "acc", "ins"} and not self._apposed(m) \
                    and not (prep == "against" and "loc" not in m.cases) and not aimed \
                    and not _indeclinable_after_preposition(m, prep):
                continue
            (partners if prep == "with" else recipients).append(m.actor)
        if fronted is not None and fronted.actor not in recipients:
            recipients.append(fronted.actor)
        recipients += partners
        if trig.verb and _blames(trig):
            recipients = self._blamed_on(trig, actors) or recipients
        sides = [m for m in objects if any(phrases(self.lang, "plural_refs", group).match(self.words, m.first)
                                           for group in ("country", "party"))]
        if sides and entry["type"] in REACTIONS and not self.cased:
            # "warned both sides": in a war between two forces of one state, those forces
            pair = _conflict_sides(self.doc.events, actors, by_state=False)
            gaz = load_gazetteer()
            states = {(gaz.country(p.country) or p).key if p.cls != "Country" and p.country else p.key for p in pair}
            if len(pair) == 2 and not states <= {m.actor.key for m in sides}:
                recipients = [r for r in recipients if r.key not in {m.actor.key for m in sides}] + pair
        if recipients and objects:
            recipients += [m.actor for m in self._titled_after(max(objects, key=lambda m: m.last))
                           if m.actor not in recipients and m.actor not in actors]
        actors = self._speaker_for_state(trig, actors, previous)
        actors = self._state_for_speaker(trig, subjects, actors)
        if entry.get("by_mediator"):
            actors, recipients = self._mediators(trig, args)
        if self._debitive(trig):
            obliged = self._obliged(trig)
            actors, recipients = obliged, [r for r in recipients if r not in obliged]
        if entry.get("members_named"):
            recipients = self._named_members(trig, recipients)
        if entry.get("mediator_owner") and self._owners_before(trig):
            owners = self._owners_before(trig)
            actors, recipients = owners, [a for a in actors + recipients if a not in owners]
        if entry.get("receiver_subject"):
            givers = [m.actor for m in args if m.first > trig.last and self.prepositions[id(m)] == "from"]
            actors, recipients = givers, actors + recipients
        by_word = str(load_language(self.lang).get("agent_preposition") or "\0")
        crowd_by = bool(entry.get("crowd")) and by_word in self.words[trig.first + 1:trig.last]
        if crowd_by:
            # "the embassy was stormed by protesters": the crowd in the phrase does it to the subject's state
            recipients, subjects = [m.actor for m in subjects if self.clauses[m.first] == self.clauses[trig.first]], []
        if entry.get("crowd") and not [m for m in subjects if self.clauses[m.first] == self.clauses[trig.first]]:
            place = place or next((m.entity for m in self.mentions if m.entity.cls in ("City", "Region")
                                   and "loc" in m.cases and self.prepositions[id(m)] is None), None) \
                or self._named_after_place_noun()
            # "Desmitiem tūkstošu gruzīnu izgāja ielās": with no place named, the nationality of the crowd
            nationals = next((m.entity for m in self.mentions if m.cases == ["adj"] and m.entity.cls == "Country"
                              and m.last < trig.first and self.clauses[m.first] == self.clauses[trig.first]), None)
            leaders = self._crowd_leaders(trig)
            actors = (self._crowd(entry["crowd"], place) or self._crowd(entry["crowd"], nationals)
                      or self._crowd(entry["crowd"], story_country(self.doc))) + leaders
            recipients = [r for r in recipients if r not in leaders]
            # "took to the streets to protest against Maduro's re-election": whom the crowd is against
            recipients = recipients or [m.actor for m in self.mentions if self.prepositions[id(m)] == "at"
                                        and id(m) in self.modifiers][:1] or self._mission_owner(actors) \
                or [m.actor for m in self.mentions if m.first > trig.last and self.prepositions[id(m)] == "against"
                    and self.clauses[m.first] == self.clauses[trig.first] and m.actor.cls in ACTOR_CLASSES][:1] \
                or self._provoker(trig, actors) or self._doer_of_act_against(trig, actors) \
                or self._own_state(trig, actors)
        if entry.get("crowd") and not recipients and actors:
            recipients = self._own_state(trig, actors)
        if (entry.get("crowd") or entry["type"] == "PROTEST") and not recipients and actors and not self.cased:
            recipients = self._authority_named(trig, actors)
        if entry.get("victim_subject") and self._toll_of_attack_told(trig):
            return None, subjects
        if entry["type"] in ("AID", "COOPERATE") and trig.verb and self._charged(trig):
            return None, subjects  # "accused of helping armed groups": the charge tells no help given
        charged = self._charged_doer(trig) if entry["type"] in CHARGED_DEEDS and self._charged(trig) else None
        if charged is not None and not self._specific_deed(trig, charged):
            return None, subjects
        if charged:
            actors = [m.actor for m in charged]
            recipients = [r for r in recipients if r not in actors] or self._accuser_state(trig, charged)
        agents = [m.actor for m in objects if self.prepositions[id(m)] == "by"] if entry.get("victim_subject") else []
        if agents and not self.cased:
            # "Kyiv was hit by Russian drones": the agent strikes the subject (a town for its state)
            victims = [m.actor if m.actor.cls in ACTOR_CLASSES else _state_of_place(m.entity) for m in subjects
                       if self.clauses[m.first] == self.clauses[trig.first] and m.last < trig.first
                       and (m.actor.cls in ACTOR_CLASSES or m.entity.cls in ("City", "Region"))]
            town = next((m for m in self.mentions if m.last == trig.first - 1 and m.entity.cls in ("City", "Region")), None)
            if town is not None and not victims:
                victims = [_state_of_place(town.entity)]
                place = place or town.entity
            actors, recipients = agents, [v for v in victims if v is not None and v.key not in {a.key for a in agents}]
            place = place or next((m.entity for m in subjects if m.entity.cls in ("City", "Region")
                                   and self.clauses[m.first] == self.clauses[trig.first]), None)
        elif entry.get("victim_subject"):
            own = [m.actor for m in subjects if self.clauses[m.first] == self.clauses[trig.first]
                   and (m.actor.cls in ("ArmedForce", "Group") or m.actor.cls == "Person" and "gen" not in m.cases)]
            actors, recipients = [], own + recipients
            if own and not self.cased:
                # "X and Y had been killed" after a strike told just before: that strike's attacker
                last = max((m for m in subjects if m.actor.key == own[-1].key), key=lambda m: m.last, default=None)
                people = [m for m in self.mentions if m.last < trig.first and m.actor.cls == "Person"]
                listed = [m.actor for m in coordinated(self.words, last, people, self.lang)] if last else []
                recipients += [a for a in listed if a.key not in {r.key for r in recipients}]
                actors = [a for a in self._earlier_attacker(trig) if a.key not in {r.key for r in recipients}]
        elif trig.verb and self._document_author(trig):
            authors = self._document_author(trig)
            actors, recipients = authors, [a for a in actors + recipients if a not in authors]
        elif trig.verb and self._passive(trig) and not entry.get("by_mediator") and not agent and not crowd_by \
                and not (entry.get("symmetric") and len([m for m in subjects + objects
                                                         if self.prepositions[id(m)] == "between"]) > 1):
            # "starp Franciju un Vāciju tika noslēgts līgums": a passive deal names its parties after "between"
            agents = [m.actor for m in objects if self.prepositions[id(m)] == "by"]
            talks_told = self._talks_without_deal(trig, entry) if not agents and entry.get("symmetric") else None
            talks = _deal_sides(talks_told) if talks_told is not None else []
            agents = agents or talks
            place = place or (talks_told.place if talks_told is not None else None)
            if not agents and entry.get("summoned_to"):
                # "vēstnieks tika izsaukts uz ministriju": the body one is summoned to summons
                agents = [m.actor for m in objects if self.prepositions[id(m)] == "to"
                          and m.actor.cls == "Organisation"][:1]
            if self.cased and not agents:
                agents = self._expelled_from(trig, entry) or self._state_of_speaker(trig) \
                    or (self._home_state(trig) if entry["type"] in CONSTRAINTS else []) \
                    or (self._state_of_earlier_custody(trig) if entry["type"] == "COERCE" else []) \
                    or (self._holders_named_after(trig) if entry["type"] == "RETREAT" else [])
                actors = [m.actor for m in subjects if self.clauses[m.first] == self.clauses[trig.first]
                          and m.last < trig.first] or self._subject_after(trig)
            elif not agents and entry.get("state_accuses") and not self.cased:
                # "some of whom would face terrorism charges": the state that brings them
                agents = self._state_of_speaker(trig) or self._state_where_held(trig, place)
            elif not agents and entry.get("body_from"):
                agents = [m.actor for m in objects if 0 < m.first - trig.last <= 2 and m.actor.cls == "Organisation"][:1]
            elif not agents and entry["type"] in STATE_ACTS:
                # "the Kremlin said charges against X would be dropped": the speaker's state drops them.
                agents = self._police_telling_arrest(trig, entry) or self._state_of_speaker(trig)
                if not agents and entry["type"] == "COERCE":
                    agents = self._expelled_from(trig, entry) or self._state_where_held(trig, place) or self._state_of_earlier_custody(trig) \
                        or self._unnamed_court(trig) or self._held_crowd(trig, place)
            if talks:
                actors, recipients = [], []
            elif not agents and entry.get("symmetric"):
                self._placed_again(trig, entry, place)
                return None, subjects
            patient = next((m for m in self.mentions if trig.first >= 2 and self.words[trig.first - 1] == ","
                            and m.last == trig.first - 2), None)
            patients = [patient.actor] if patient is not None else [a for a in actors + recipients if a not in agents]
            patients += self._listed_private_people(trig, patients)
            whose = next((k for k in range(trig.first - 1, max(-1, trig.first - 10), -1) if self.words[k].casefold() in phrases(
                self.lang, "pronouns", "relative_possessive")), None)
            if whose is not None and not self.cased:
                # "a ship whose cargo of Iranian crude had been confiscated": the owner inside the relative clause,
                # not the subject of the sentence it hangs on
                inside = [m for m in self.mentions if whose < m.first < trig.first and m.actor.cls in ACTOR_CLASSES]
                if inside:
                    patients = [p for p in patients if any(m.actor.key == p.key for m in inside)]
            if not agents and not self.cased and (entry["type"] == "ACCUSE" or str(entry["cameo"]).startswith("17")):
                agents = self._state_holding(patients)
            if not patients and (entry["type"] in CONSTRAINTS or str(entry["cameo"]).startswith("0841")):
                # "Francijas militārās bāzes tiks slēgtas", "a cargo of Iranian oil was confiscated", "ten Armenian
                # prisoners were released": the state whose thing or people are acted on
                patients = [m.actor for m in self.mentions if m.last < trig.first and {"gen", "adj"} & set(m.cases)
                            and m.actor.cls == "Country" and id(m) not in self.speakers
                            and self.prepositions[id(m)] in (None, "of")
                            and self.clauses[m.first] == self.clauses[trig.first]][-1:]
            forces = [p for p in patients if p.cls == "ArmedForce" or entry["type"] == "MOBILIZE" and p.cls == "Country"
                      or self._police_body(p)]
            if not agents and not self.cased and (entry["type"] in ("MOBILIZE", "AID")
                                                  or str(entry["cameo"]).startswith("087")) and forces:
                # "the army was placed on high alert", "Russian troops were sent to Belarus", "were withdrawn from
                # Kherson": forces readied, moved or pulled back in the passive are the ones that move
                agents, patients = forces[:1], [p for p in patients if p not in forces[:1]]
            told = next((c for c in reversed(self.cues) if c.index < trig.first), None) if agents else None
            tellers = {m.actor.key for m in told.speakers} if told else set()
            if not self.cased:
                # "IRNA quoted a statement as saying the ship had been seized": no one telling it is done to
                tellers |= {m.actor.key for c in self.cues if c.index < trig.first for m in c.speakers}
            actors, recipients = agents, [a for a in patients if a not in agents and a.key not in tellers]
            if entry["type"] == "RETREAT" and agents and self.cased and agents == self._holders_named_after(trig):
                # "Krievijai tika nodoti astoņi cilvēki, kas bija ieslodzīti ASV un Vācijā": handed to the dative
                recipients = [m.actor for m in self.mentions if m.last < trig.first and m.cases == ["dat"]
                              and self.clauses[m.first] == self.clauses[trig.first] and m.actor.cls in ACTOR_CLASSES
                              and m.actor not in agents] or recipients
                if place is not None and (place in agents or _state_of_place(place) in agents):
                    place = None  # where they were held, not where they were handed over
        if entry.get("accused_subject") or entry.get("accused_agent"):
            # "Kyiv said Moscow was behind the attack", "said the attack was orchestrated by the Islamic Republic":
            # the one saying it accuses the one it names
            speakers = [m.actor for m in self._subject_from_cue(trig)]
            named = [m.actor for m in (subjects if entry.get("accused_subject") else [
                m for m in self.mentions if m.first > trig.last and self.prepositions[id(m)] == "by"
                and self.clauses[m.first] == self.clauses[trig.first]]) if m.actor not in speakers]
            named = [a for a in named if entry.get("accused_subject") or a.cls in ACTOR_CLASSES]
            if not speakers or not named:
                return None, subjects
            actors, recipients = speakers, named
        if not recipients and trig.verb and entry["type"] == "ACCUSE" and self.named:
            # "nodēvēja par "Krievijas dezinformāciju"": the one whose deed the name says it is, is accused;
            # "condemned the seizure as an act of Iranian terrorism": a state's adjective before a word of blame
            blame = phrases(self.lang, "blame_nouns")
            recipients = [m.actor for m in self.mentions if m.first in self.named and (
                "gen" in m.cases if self.cased else blame.match(self.words, m.last + 1 + _clitic_possessive(
                    self.words[m.last + 1] if m.last + 1 < len(self.words) else "", self.lang)))
                          and m.actor.cls in ACTOR_CLASSES and m.actor.key not in {a.key for a in actors}][:1]
        if not recipients and trig.verb and entry.get("recipient_clause"):
            recipients = self._clause_subject(trig)
        if not recipients and trig.verb and entry["type"] in ANSWERS \
                and phrases(self.lang, "pronouns", "object_body").match(self.words, trig.last + 1):
            recipients = self._pronoun_object(trig, actors)
        if not recipients and entry.get("crowd_target") and (any(
                phrases(self.lang, "kind_nouns", entry["crowd_target"]).match(self.words, k)
                for k in range(trig.last + 1, len(self.words))) or self._crowd_taken_up(trig)):
            # riot police turned on "thousands of protesters": the crowd of the country where it happens
            gathered = next((m.entity for m in self.mentions if m.entity.cls in ("City", "Region")
                             and m.first < trig.first and self._crowd_taken_up(trig)), None)
            home = place or (load_gazetteer().country(actors[0].country) if actors and actors[0].country else None) \
                or gathered
            recipients = self._crowd(entry["crowd_target"], home)
            place = place or gathered  # the crowd taken up is turned on where it gathered
            police = phrases(self.lang, "kind_nouns", "police")
            if not actors and recipients and any(police.match(self.words, k) for k in range(max(0, trig.first - 3),
                                                                                             trig.first)):
                # "riot police fired stun grenades at protesters in Yerevan": the police of that country
                gaz = load_gazetteer()
                country = gaz.country(recipients[0].country or "")
                actors = [gaz.of_kind("police", country)] if country is not None else []
        if not recipients and entry.get("conflict_sides"):
            recipients = _conflict_sides(self.doc.events, actors)
        if not recipients and entry.get("adversary") and len(actors) == 1:
            recipients = _adversary(self.doc.events, actors[0]) or _last_foe(self.doc.events, actors[0]) \
                or self._asked_before(entry, actors[0])
        if not recipients and trig.verb and entry["type"] == "REQUEST":
            recipients = self._addressed_before(trig, actors)
        if not recipients and entry["type"] == "REJECT":
            recipients = self._refused_to(trig, actors) or self._doer_of_act_against(trig, actors)
        if entry["type"] == "CONSULT" and str(entry["cameo"]) == "045" and not entry.get("by_mediator"):
            helpers = self._helped_by(trig)
            actors, recipients = actors + [r for r in recipients if r.key in helpers], \
                [r for r in recipients if r.key not in helpers]
        if not recipients and trig.verb and phrases(self.lang, "mediator_refs").match(self.words, trig.last + 1):
            recipients = _last_mediators(self.doc.events)
        if entry.get("deal_parties") and actors and not recipients and {a.key for a in actors} <= {
                m.actor.key for c in self.cues if c.index < trig.first for m in c.speakers}:
            actors = []  # "Fidan said the first swaps were expected": the one telling of them is no side
        if entry.get("deal_parties") and len({a.key for a in actors + recipients}) < 2 \
                and not (entry.get("needs_after") and self._deal_named_before(trig)):
            kinds = ("CONSULT", "AGREE") if entry["type"] == "CONSULT" else ("AGREE",)
            gaz = load_gazetteer()
            # a leader who made the deal stands for the state in what follows from it ("the negotiations opened")
            sides = [gaz.country(p.country) or p if p.cls == "Person" and p.country else p
                     for p in _deal_parties(self.doc.events, kinds)]
            sides = [p for p in {p.key: p for p in sides}.values() if p.key not in {a.key for a in actors}]
            actors, recipients = (actors, sides) if actors else (sides, [])
        if not recipients and trig.verb and entry["type"] == "ACCUSE":
            recipients = self._state_where_it_happens(trig, actors)
        if not recipients and entry["type"] == "SANCTION":
            # "arī Lietuvas vēstnieks Minskā tiks atsaukts": recalled from the state he is posted to
            recipients = [m.as_actor for m in self.mentions if self.clauses[m.first] == self.clauses[trig.first]
                          and self._envoy_post(m) and m.as_actor.key not in {a.key for a in actors}][:1]
        if entry["type"] == "ACCUSE" and recipients and all(self._against_crowd(trig, r) for r in recipients):
            # "nosodīja pārmērīgu spēka lietošanu pret protestētājiem": the crowd is the victim; the state that
            # used force against it is blamed
            recipients = [s for s in {r.country: load_gazetteer().country(r.country) for r in recipients}.values()
                          if s is not None and s.key not in {a.key for a in actors}] or recipients
        if not recipients and trig.verb and entry["type"] in load_language(self.lang).get("infinitive_targets", []):
            recipients = self._infinitive_target(trig, actors)
        if not recipients and (trig.verb or entry["type"] == "ASSAULT" and not self.cased) \
                and not entry.get("symmetric") and not entry.get("victim_subject"):
            verb_end = next((t.first for t in self.active if t.verb and t.first > trig.last
                             and self.clauses[t.first] == self.clauses[trig.first]), len(self.words))
            recipients = self._possessor_recipients(trig, window_end, actors, subjects) \
                or self._possessor_recipients(trig, whole_window, actors, subjects) \
                or self._possessor_recipients(trig, verb_end, actors, subjects) \
                or self._needed_owner(trig, actors) \
                or self._addressee(trig, actors) \
                or self._said_subject_owner(trig, actors) \
                or self._owner_told_before(trig, entry, actors) \
                or self._allies_addressed(trig, actors)
        if not recipients and trig.verb and entry["type"] in load_language(self.lang).get("complement_targets", []) \
                and not (entry.get("symmetric") and len(actors) > 1):
            # a "ka" clause that an entry reads as its content is aimed later (_absorb_complements)
            recipients = ([] if entry.get("complement_clause") else self._complement_target(trig, actors)) \
                or self._infinitive_target(trig, actors)
        lone = _entry_phrases(entry, "lone_mobilize")
        troops = phrases(self.lang, "kind_nouns", "armed_forces")
        if not recipients and entry["type"] == "AID" and entry.get("lone_mobilize") and (
                lone.match(self.words, trig.first) == trig.last - trig.first + 1
                or any(troops.match(self.words, k) for k in range(trig.last + 1, min(len(self.words), trig.last + 4)))) \
                and not any(t.entry["type"] == "AID" and t.first > trig.last and self.clauses[t.first] == self.clauses[trig.first]
                            for t in self.triggers):
            # forces deployed or troops sent with no one named to receive them are moved, not given (troops sent
            # "to help Kazakhstan" are the help told after them)
            entry = {**entry, "type": "MOBILIZE", "cameo": "150"}
        arrived = self._troops_arrive(entry, trig, actors, place)
        if arrived == "home":
            return None, subjects
        if arrived == "abroad":
            entry = {**entry, "type": "AID", "cameo": "074"}
        if not recipients and entry.get("owner_from"):
            # "blocked access to 81 media outlets from EU countries": whose outlets they are
            recipients = [m.actor for m in self.mentions if m.first > trig.last and self.prepositions[id(m)] == "from"
                          and self.clauses[m.first] == self.clauses[trig.first] and m.actor.cls in ACTOR_CLASSES
                          and m.actor.key not in {a.key for a in actors}][:1]
        if not recipients and entry["type"] == "SANCTION" and trig.verb:
            recipients = self._described_party(trig, entry, actors)
        if not recipients and entry["type"] == "SANCTION" and str(entry["cameo"]).startswith("162") and actors:
            recipients = self._aided_before(actors)
        if not recipients and entry["type"] == "AID" and trig.verb and actors and self._modality(trig) == "denied":
            # "insisted it had sent no drones since": aid denied with no one named is denied to whom the text
            # told the same giver aiding last
            recipients = self._aided_before(actors)
        if not recipients and entry["type"] == "SANCTION" and str(entry["cameo"]) == "160" and trig.verb \
                and len(actors) == 1 and not self.cased:
            # "India suspended its participation in the Indus Waters Treaty": a treaty left is one with the side
            # the story shows it in conflict with
            recipients = _adversary(self.doc.events, actors[0])
        if not recipients and entry.get("place_object") and place is not None:
            state = _state_of_place(place)
            recipients = [state] if state is not None and state.key not in {a.key for a in actors} else []
        if not recipients and not trig.verb and entry["type"] == "ASSAULT" and self.cased and self._accused_of(trig):
            # "apsūdzēja armiju raķešu triecienā "Vagner" nometnēm": the owner of what the charged deed struck
            recipients = [m.actor for m in self.mentions if id(m) in self.modifiers and 0 < m.first - trig.last <= 2
                          and m.actor.cls in ACTOR_CLASSES and m.actor not in actors][:1]
        if not recipients and entry["type"] == "ASSAULT" and not entry.get("symmetric"):
            recipients = self._struck_owner(trig, actors)
            if not recipients and not self.cased and any(
                    m.last < trig.first and self.clauses[m.first] == self.clauses[trig.first] for m in subjects):
                recipients = self._struck_possessor(trig, window_end, actors)
                place = place or next((r for r in recipients if r.cls == "Country"), None)
        if not recipients and entry["type"] == "ASSAULT" and not trig.verb:
            recipients = self._opposing_force(actors)
        if not recipients and place is not None and place.cls == "Country" and entry["type"] in ("ASSAULT", "COERCE") \
                and place.key not in {a.key for a in actors}:
            recipients.append(place)
        if not recipients and place is not None and place.cls in ("City", "Region") and entry["type"] == "ASSAULT" \
                and (not self.cased or not trig.verb and bool(self._accused_of(trig))) \
                and any(m.entity.key == place.key and m.first > trig.last
                        and self.clauses[m.first] == self.clauses[trig.first] for m in self.mentions) \
                and (agent or any(self.clauses[m.first] == self.clauses[trig.first] for m in subjects)):
            # "a missile barrage by X against a headquarters in Erbil", "apsūdzēja Krieviju uzbrukumā Kijivai": the
            # state of a foreign town struck by a doer named in the clause
            state = _state_of_place(place)
            if state is not None and actors and not any(a.key == state.key or a.country == state.country for a in actors):
                recipients.append(state)
        if not recipients and place is not None and (entry["type"] in ("AID", "MOBILIZE") or entry.get("place_recipient")) \
                and place.country:
            host = load_gazetteer().country(place.country)
            if host is not None and host.key not in {a.key for a in actors} \
                    and host.country not in {a.country for a in actors}:
                recipients.append(host)
        if not recipients and entry.get("needs_open_complement") and actors:
            # "American forces helped shoot down Iranian missiles": the side those weapons were last fired at is helped
            own = {a.key for a in actors} | {a.country for a in actors if a.country}
            owners = [m.actor for m in self.mentions if m.first > trig.last and m.actor.key not in own
                      and self.clauses[m.first] == self.clauses[trig.first] and m.actor.cls in ACTOR_CLASSES]
            recipients = next((foes for o in owners if (foes := [f for f in _last_foe(self.doc.events, o)
                                                                 if f.key not in own])), [])
        if entry.get("forum_recipient"):
            forums = [m.actor for m in self.mentions if self.clauses[m.first] == self.clauses[trig.first]
                      and m.entity.cls == "Organisation" and m.cases == ["loc"] and self.prepositions[id(m)] is None]
            recipients = forums[:1] or recipients or self._blocked_body(trig, actors)
        if entry.get("veto_threat"):
            recipients = self._vetoed_body(actors) or recipients
        if entry.get("joined_body") and not recipients:
            # "Finland became the 31st member": of the bloc named last, in this sentence or the two before
            bodies = [m for m in self.doc.mentions if self.index - 2 <= m.sentence <= self.index
                      and (m.sentence < self.index or m.first < trig.first) and m.entity.cls == "Organisation"
                      and m.entity.key not in {a.key for a in actors}]
            recipients = [bodies[-1].entity] if bodies else []
        if entry["type"] == "SUPPORT" and recipients and all(r.cls == "Group" for r in recipients) \
                and phrases(self.lang, "material_backing").match(self.words, trig.first):
            # "denies backing the group": backing an armed group is giving it the means to fight
            entry = {**entry, "type": "AID", "cameo": "072"}
        if entry.get("forum_after"):
            # "took Ecuador to the International Court of Justice": the court is where, not whom
            forums = {m.actor.key for m in self.mentions if m.first > trig.last and self.prepositions[id(m)] == "to"}
            recipients = [r for r in recipients if r.key not in forums]
        if entry.get("left_body") and not recipients:
            # "izstājas no ECOWAS": the body named right after the trigger is the one left
            recipients = [m.actor for m in self.mentions if m.first == trig.last + 1
                          and m.entity.cls == "Organisation"][:1]
        if entry.get("recipients") is False or entry.get("after_request"):
            recipients = []
        if entry["type"] == "AGREE" and trig.verb and recipients and not entry.get("symmetric"):
            kept = self._pledged_to(trig, recipients)
            if not kept:
                entry = {**entry, "alone": True}
                # "pledged to ease its curbs in Peru": where the promised deed is done is not where it is promised
                start = self._infinitive_after(trig)
                if place is not None and any(m.entity.key == place.key and m.first > start for m in self.mentions):
                    place = None
            recipients = kept
        if entry["type"] in ("AID", "MOBILIZE") and self._to_own_border(trig, window_end, recipients):
            entry, recipients = {**entry, "type": "MOBILIZE", "cameo": "154"}, []
        if entry["type"] == "MOBILIZE":
            # forces moving within their own country ("columns moving towards the capital") aim at no one
            recipients = [r for r in recipients if not (r.cls == "Country" and r.country
                                                        and r.country in {a.country for a in actors})]
        if entry["type"] == "MOBILIZE" and self._fired_into(trig, objects):
            entry = {**entry, "type": "ASSAULT", "cameo": "195"}
            into = phrases(self.lang, "attack_directions")
            recipients = recipients or [m.actor for m in objects if m.first > trig.last and m.actor.cls in ACTOR_CLASSES
                                        and into.match(self.words, m.first - 1)][:1]
        if entry["type"] in ("AID", "MOBILIZE"):
            strike = self._sent_to_strike(trig, actors)
            if strike is not None and all(r.country == strike[1][0].country for r in recipients):
                entry, recipients = {**entry, "type": "ASSAULT", "cameo": strike[0].entry["cameo"]}, strike[1]
        if place is None and entry["type"] in ("COERCE", "MOBILIZE") and len(actors) == 1 and any(
                self.clauses[k] == self.clauses[trig.first] and phrases(self.lang, "nationwide").match(self.words, k)
                for k in range(trig.first, min(len(self.words), trig.last + 6))):
            # a measure taken "visā valstī" (throughout the country) at home, or a general mobilisation, takes place
            # in the actor's country
            gaz = load_gazetteer()
            place = actors[0] if actors[0].cls == "Country" else gaz.country(actors[0].country)
        if entry["type"] == "ASSAULT" and not entry.get("symmetric") and self._own_forces(actors, recipients):
            return None, subjects  # a state does not attack its own forces: the clause's real subject is unnamed
        if entry["type"] == "ASSAULT" and not actors and self._fought_between(objects):
            entry = {**entry, "symmetric": True}
        if entry.get("foreign_sanction") and actors and recipients and not self.cased \
                and all(a.country for a in actors) and all(r.country and r.country not in {a.country for a in actors}
                                                           for r in recipients):
            # "designate the Houthis as a terrorist organisation": listing a foreign side is a sanction on it
            entry = {**entry, "type": "SANCTION", "cameo": "163"}
        if entry.get("helpers_after"):
            # "struck targets in Yemen, with support from Australia and Canada": those named after help the doers;
            # help with talks ("negotiated by Qatar, with help from Egypt") is part of the mediation
            if any(t.first < trig.first and t.entry["type"] == "CONSULT" for t in self.triggers):
                return None, subjects
            actors, recipients = recipients, actors
        place = _not_at_target(entry["type"], place, recipients)
        if entry["type"] == "RETREAT" and str(entry["cameo"]).startswith("085") and actors and not recipients:
            recipients = self._eased_target(trig, actors)
        if entry.get("two_party") and not recipients and len(actors) == 1 and not self.cased:
            recipients = self._state_forces_against(actors[0])
        if entry.get("two_party") and not recipients and len(actors) > 1 and not self.cased:
            # "Polish and Dutch jets shot down several of the drones": those of the attacker told just before
            sides = {a.key for a in actors} | {a.country for a in actors if a.country}
            recipients = [a for a in self._earlier_attacker(trig, REACTION_REACH + 1)
                          if a.key not in sides and a.country not in sides]
        if entry["type"] == "ASSAULT" and not recipients and len(actors) == 1 and not self.cased:
            recipients = self._unowned_casualties(trig, actors[0])
        if not recipients and entry["type"] in ("MOBILIZE", "ASSAULT") and actors and self._in_response(trig):
            recipients = _answered_doer(self.doc.events, self.index, actors)
        gaz = load_gazetteer()
        # a state's news agency acting, not telling ("the state agency called the drill a message"), acts for its state
        actors = [gaz.country(a.country or "") or a if _state_body(gaz, a, "state_media") else a for a in actors]
        arguments = self._expelled_envoys(entry, _arguments(actors, recipients, bool(entry.get("symmetric"))))
        if entry.get("two_party") and (len(arguments) < 2 or entry["type"] == "ASSAULT" and not recipients):
            return None, subjects  # defenders alone, however many ("Polish and Dutch jets shot down drones"), are none
        if entry.get("two_party") and self._thing_proposed_before(trig):
            return None, subjects
        meeting = entry.get("body_meeting") or entry["type"] == "CONSULT" and entry.get("symmetric") and not arguments
        body = (actors or recipients) if meeting else []
        if len(body) == 1 and body[0].cls == "Organisation":
            # a body's own members meeting ("ANO Drošības padomes ārkārtas sēde", "NATO leaders met")
            arguments = [Argument(role="participant", entity=body[0])]
        if not arguments or self._actorless(entry, actors, arguments):
            return None, subjects
        if place is None and entry["type"] == "ASSAULT":
            place = self._place_in_which(trig) or self._place_of_absolute(trig)
        if entry.get("group_abduction") and actors and all(a.cls == "Group" and not any(
                _state_body(load_gazetteer(), a, kind) for kind in ("officials", "government", "intelligence"))
                                                           for a in actors):
            # an armed group holds no one by law: whom it seizes it abducts (CAMEO 181)
            entry = {**entry, "type": "ASSAULT", "cameo": "181"}
        event = Event(type=entry["type"], cameo=str(entry["cameo"]), sentence=self.index, trigger=trig.first,
                      trigger_text=" ".join(self.words[trig.first:trig.last + 1]), actors=arguments,
                      place=place, status=self._modality(trig), quantities=self._quantities(trig, window_end),
                      evidence=Evidence(text=self.sent.text, start=self.sent.start, end=self.sent.end))
        event.weak = not trig.verb and len(arguments) < 2 and not self._owned(trig, subjects) \
            and not self._members_meeting(trig, arguments) \
            and not self._done_by_light_verb(trig, subjects) \
            and not self._announced(trig, subjects) and not (subjects and not self.cased and self._noun_status(trig) == "denied")
        event.noun = not trig.verb or charged is not None  # a deed blamed is told inside the blame, dated apart
        if charged or charged is None and self._charged(trig) and self._charged_doer(trig):
            event.status = "alleged"  # "accused Hungary of blocking the funds": the charge, whatever its kind
        event.alone = bool(entry.get("alone")) and trig.verb
        if talks_told is not None:
            event.retells = (talks_told.sentence, talks_told.trigger)
        return event, subjects

    def _expelled_envoys(self, entry: dict, arguments: list[Argument]) -> list[Argument]:
        """Expelling "Cambodia's ambassador" or "the Iranian envoy" sends away the state's people, not the state:
        the recipient is its officials, as for "expelled three Iranian diplomats"."""
        if entry["type"] != "COERCE" or not str(entry.get("cameo")).startswith("174") \
                or any(a.role == "recipient" and a.entity.cls == "Person" for a in arguments):
            return arguments
        titles, gaz = phrases(self.lang, "envoy_titles"), load_gazetteer()
        envoys = {m.entity.key for m in self.mentions if m.entity.cls == "Country"
                  and any(titles.match(self.words, k) for k in range(m.first + 1, m.last + 1))}
        return [Argument(role=a.role, entity=gaz.of_kind("officials", a.entity))
                if a.role == "recipient" and a.entity.key in envoys else a for a in arguments]

    def _described_person(self, m: Mention, objects: list[Mention]) -> bool:
        """A name inside the description set off after a person ("arrested Ana Ruiz, the daughter of a former
        adviser to Putin, on Monday") says who the person is; it takes no part in the act."""
        articles = phrases(self.lang, "noun_articles")
        links = {w.casefold() for w in load_language(self.lang).get("description_links") or []}
        return any(n.actor.cls == "Person" and n.last + 2 < m.first and self.words[n.last + 1] == ","
                   and articles.match(self.words, n.last + 2) and "," not in self.words[n.last + 2:m.first]
                   and links & {w.casefold() for w in self.words[n.last + 2:m.first]} for n in objects)

    def _noun_agent(self, trig: Trigger, objects: list[Mention]) -> list[Mention]:
        """Who does a deed named by a noun with "by" right after it ("a missile barrage by Iran's Revolutionary
        Guards", "an attack by Russian drones"): the doer, not the target."""
        agent = load_language(self.lang).get("agent_preposition")
        noun = not trig.verb or trig.first > 0 and phrases(self.lang, "noun_articles").match(self.words, trig.first - 1)
        if not noun or self.cased or not agent or trig.last + 1 >= len(self.words):
            return []
        at = self._agent_after_patient(trig, agent) if self.words[trig.last + 1].casefold() != agent else trig.last + 1
        if at is None:
            return []
        first = next((m for m in objects if self.prepositions[id(m)] == agent and 0 < m.first - at <= 4), None)
        if first is None:
            return []
        return coordinated(self.words, first, objects, self.lang)

    def _held_under(self, trig: Trigger) -> tuple[list[Entity], list[Entity]] | None:
        """A measure a side is "under" ("Belarus has been under EU sanctions since 2020", "the oil industry remains
        under Western sanctions"): those named in the measure's phrase impose it on the clause's subject (a thing of
        a state counts as the state)."""
        marker = phrases(self.lang, "under_measure_markers")
        start = next((k for k in range(trig.first - 1, max(-1, trig.first - 5), -1) if marker.match(self.words, k)), None)
        if self.cased or trig.verb or start is None or trig.entry["type"] != "SANCTION" or any(
                self.words[k] in BREAKS_BEFORE for k in range(start, trig.first)):
            return None
        doers = [m.actor for m in self.mentions if start < m.first and m.last < trig.first and m.actor.cls in ACTOR_CLASSES]
        held = [m.actor for m in self.mentions if m.last < start and self.clauses[m.first] == self.clauses[trig.first]
                and self.prepositions[id(m)] is None and m.actor.cls in ACTOR_CLASSES and id(m) not in self.speakers]
        if not doers or not held:
            return None
        return doers, [a for a in held[:1] if a.key not in {d.key for d in doers}]

    def _deed_noun_before(self, trig: Trigger, m: Mention) -> bool:
        """Whether the verb's object phrase stands between it and a name after "by" in its clause, the name being
        the doer of what the object names ("condemned the killing of two journalists by the army")."""
        return trig.last + 1 < m.first <= trig.last + 12 and phrases(self.lang, "determiners").match(
            self.words, trig.last + 1) and self.clauses[m.first] == self.clauses[trig.first] \
            and not any(w in BREAKS_BEFORE for w in self.words[trig.last + 1:m.first])

    def _agent_after_patient(self, trig: Trigger, agent: str) -> int | None:
        """Where "by" stands after the "of" phrase of a deed noun ("the release of 32 prisoners by Azerbaijan",
        "the seizure of the tanker by Iran's navy"): the doer follows it, the one done to is in between."""
        of = phrases(self.lang, "kind_of_marker")
        if not of.match(self.words, trig.last + 1):
            return None
        verbs = {k for t in self.triggers if t.verb and t is not trig for k in range(t.first, t.last + 1)}
        for k in range(trig.last + 2, min(len(self.words), trig.last + 10)):
            if self.words[k] in BREAKS_BEFORE or k in verbs or self.clauses[k] != self.clauses[trig.first]:
                return None
            if self.words[k].casefold() == agent:
                return k
        return None

    def _described_party(self, trig: Trigger, entry: dict, actors: list[Entity]) -> list[Entity]:
        """The other party of a deal left, named in the relative clause that describes the deal ("pulled out of
        the deal that had allowed Ukraine to ship grain")."""
        needs = _entry_phrases(entry, "needs")
        relative = phrases(self.lang, "pronouns", "relative")
        # the deal's noun may follow its genitive name ("atteicās pagarināt Melnās jūras graudu iniciatīvu, kas")
        end = next((k + n for k in range(trig.last + 1, min(len(self.words), trig.last + 6))
                    if (n := needs.match(self.words, k))), None)
        if end is not None and end + 1 < len(self.words) and self.words[end] == ",":
            end += 1  # "quit the treaty, which had let Norway fish"
        if end is None or end >= len(self.words) or not relative.match(self.words, end) or self._lists_members(end + 1):
            return []
        stop = next((k for k in range(end + 1, len(self.words)) if self.words[k] in BREAKS_BEFORE | {".", ";"}),
                    len(self.words))
        doers = {a.key for a in actors}
        return [m.actor for m in self.mentions if end < m.first < stop and m.actor.cls in ACTOR_CLASSES
                and m.actor.key not in doers and id(m) not in self.speakers][:1]

    def _blamed_on(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """Those a verb of blame puts the deed on ("blamed the blast on Pakistani drones", "explosions which Kyiv
        blamed on Moscow"): the deed is the verb's object, whatever its owner, and no party; one blamed as the
        object itself ("blamed Russia for the attack on Kyiv") leaves the preposition to the deed."""
        marks = phrases(self.lang, "blame_prepositions")
        c = self.clauses[trig.first]
        at = next((k for k in range(trig.last + 1, min(len(self.words), trig.last + 8))
                   if self.clauses[k] == c and marks.match(self.words, k)), None)
        if at is None or any(w in BREAKS_BEFORE for w in self.words[trig.last + 1:at]) or any(
                trig.last < m.first < at and m.actor.cls in ACTOR_CLASSES and "adj" not in m.cases for m in self.mentions):
            return []
        named = sorted((m for m in self.mentions if self.clauses[m.first] == c and m.first > at
                        and m.actor.cls in ACTOR_CLASSES and id(m) not in self.speakers), key=lambda m: m.first)
        if not named or named[0].first - at > 3:
            return []
        listed = [named[0]]
        for m in named[1:]:
            between = self.words[listed[-1].last + 1:m.first]
            if not between or len(between) > 2 or not all(w == "," or w.casefold() in conjunctions(self.lang)
                                                          or phrases(self.lang, "determiners").match([w], 0)
                                                          for w in between):
                break
            listed.append(m)
        doers = {a.key for a in actors}
        return list({m.actor.key: m.actor for m in listed if m.actor.key not in doers}.values())

    def _reason_after(self, trig: Trigger) -> int:
        """Where a phrase giving the reason for the act starts after a party it is aimed at ("warned Washington over
        its arms sales to Taiwan", "thanked Berlin for its help to Kyiv"): the names in it are the reason's."""
        reasons = phrases(self.lang, "reason_prepositions")
        c = self.clauses[trig.first]
        for k in range(trig.last + 1, len(self.words)):
            if self.clauses[k] == c and reasons.match(self.words, k) and any(
                    trig.last < m.first and m.last < k and self.clauses[m.first] == c and m.actor.cls in ACTOR_CLASSES
                    and self.prepositions[id(m)] in (None, "to", "with", "against") for m in self.mentions):
                return k
        return len(self.words)

    def _in_response(self, trig: Trigger) -> bool:
        """Whether the trigger's clause says its deed answers another with no act named ("deployed warships in
        response", "In retaliation, X shelled Y")."""
        markers = phrases(self.lang, "response_markers")
        c = self.clauses[trig.first]
        return any(self.clauses[k] == c and (n := markers.match(self.words, k))
                   and not (k + n < len(self.words) and self.prepositions_at(k + n)) for k in range(len(self.words)))

    def _lists_members(self, k: int) -> bool:
        """Whether a relative clause going on at ``k`` names a body's members ("whose other members are ...",
        "which also counts X among its members")."""
        members = phrases(self.lang, "member_nouns")
        end = next((j for j in range(k, len(self.words)) if self.words[j] in (".", ";", ":")), len(self.words))
        return any(members.match(self.words, j) for j in range(k, min(end, k + 8)))

    def _aided_before(self, actors: list[Entity]) -> list[Entity]:
        """Aid cut with no one named ("Vašingtona palīdzības piegādes apturēja") is cut from whom the text told the
        same giver aiding last."""
        gaz = load_gazetteer()
        givers = {a.key for a in actors} | {a.country for a in actors if a.country}
        for other in reversed([o for o in self.doc.events if o.type == "AID" and o.sentence <= self.index]):
            doers = [a.entity for a in other.actors if a.role == "actor"]
            if any(d.key in givers or d.country in givers or (gaz.country(d.country or "") or d).key in givers
                   for d in doers):
                return [a.entity for a in other.actors if a.role == "recipient" and a.entity.key not in givers]
        return []

    def _asked_before(self, entry: dict, side: Entity) -> list[Entity]:
        """The other side of a truce no fighting told names: the one asked before to keep it ("pieprasīja, lai
        Krievija ievērotu pamieru ... Ukraina ir gatava pamieram")."""
        needs = _entry_phrases(entry, "needs")
        gaz = load_gazetteer()
        own = {side.key, side.country}
        for other in reversed([o for o in self.doc.events if o.type == "REQUEST" and o.sentence < self.index]):
            words = [t.text for t in self.doc.sentences[other.sentence].tokens]
            if not any(needs.match(words, k) for k in range(len(words))):
                continue
            asked = [a.entity for a in other.actors if a.role == "recipient"]
            states = [s for s in (e if e.cls == "Country" else gaz.country(e.country or "") for e in asked)
                      if s is not None and s.key not in own and s.country not in own]
            return states[:1]
        return []

    def _state_forces_against(self, actor: Entity) -> list[Entity]:
        """Aircraft an armed group shoots down with no owner named ("Wagner fighters shot down several military
        aircraft") are those of the state the group rises in: its armed forces."""
        gaz = load_gazetteer()
        state = gaz.country(actor.country) if actor.country else None
        services = load_language(self.lang).get("state_service_words") or []
        if state is None or actor.cls not in ("ArmedForce", "Group") or _state_body(gaz, actor) \
                or any(w.casefold() in actor.label.casefold() for w in services):
            return []
        return [gaz.of_kind("armed_forces", state)]

    def _unowned_casualties(self, trig: Trigger, actor: Entity) -> list[Entity]:
        """Soldiers or police an armed group hits with no owner named ("an ELN-style ambush killed nine soldiers",
        "rebels wounded four policemen") are those of the state the group rises in, when the story is about that
        state; a group based in one state fighting another ("Hamas killed three soldiers") names nobody."""
        gaz = load_gazetteer()
        state = gaz.country(actor.country) if actor.country else None
        home = story_country(self.doc)
        if state is None or home is None or state.key != home.key or actor.cls != "Group" \
                or _state_body(gaz, actor) and not _state_body(gaz, actor, "rebels"):
            return []
        taken = {k for m in self.mentions for k in range(m.first, m.last + 1)}
        counts = phrases(self.lang, "casualty_counts")
        for k in range(trig.last + 2, len(self.words)):
            if self.clauses[k] != self.clauses[trig.first] or k in taken:
                continue
            if not (self._count_word(k - 1) or any(counts.match(self.words, j) == k - j for j in range(max(0, k - 3), k))):
                continue
            for kind in ("armed_forces", "police"):
                if phrases(self.lang, "kind_nouns", kind).match(self.words, k):
                    return [gaz.of_kind(kind, state)]
        return []

    def _fought_between(self, objects: list[Mention]) -> bool:
        """Fighting "between" two sides with no doer named ("four days of fighting between India and Pakistan")
        is mutual: both sides take part."""
        return len({m.actor.key for m in objects}) >= 2 and any(self.prepositions[id(m)] == "between" for m in objects)

    def _state_protest(self, trig: Trigger, entry: dict, subjects: list[Mention]) -> bool:
        """A state or its ministry that "protests" ("Japāna protestēja pret Ķīnas kuģu ienākšanu") lodges an
        official complaint (ACCUSE 114, as the gold of both languages has it), not a crowd's protest."""
        gaz = load_gazetteer()
        own = [m for m in subjects if self.clauses[m.first] == self.clauses[trig.first]]
        return bool(entry.get("crowd")) and trig.verb and bool(own) and all(
            m.actor.cls == "Country" or m.actor.cls == "Organisation" and _state_body(gaz, m.actor, "foreign_ministry")
            or m.actor.cls == "Organisation" and _state_body(gaz, m.actor, "government") for m in own)

    def _pronoun_object(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """Whom "it" after a verb of blame or threat means ("ordered an offensive against the rebels after
        accusing it of ..."): the last party named before the verb in its sentence that is not the doer."""
        doers = {a.key for a in actors}
        return [m.actor for m in reversed(self.mentions) if m.last < trig.first and m.actor.cls in ACTOR_CLASSES
                and m.actor.key not in doers and id(m) not in self.speakers][:1]

    def _blocked_body(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """A veto or vote with no target named is cast against the body whose decision it blocks, named acting
        earlier in its sentence ("ES līderi vienojās ..., taču Orbāns uzlika veto palīdzības paketei")."""
        return [m.actor for m in self.mentions if m.last < trig.first and m.actor.cls == "Organisation"
                and m.actor not in actors and self.prepositions[id(m)] is None][:1]

    def _vetoed_body(self, actors: list[Entity]) -> list[Entity]:
        """The body a threatened veto would stop: the bloc or organisation named last, in this sentence or the two
        before ("ES līderi vienojās ... Orbāns, kurš draudēja bloķēt sarunu sākšanu"), not one of the threateners'."""
        keys, homes = {a.key for a in actors}, {a.country for a in actors if a.country}
        bodies = [m.entity for m in self.doc.mentions if self.index - 2 <= m.sentence <= self.index
                  and m.entity.cls == "Organisation" and m.entity.key not in keys and m.entity.country not in homes]
        return bodies[-1:]

    def _toll_in_attack(self, event: Event) -> bool:
        """Victims counted as dying "in" a side's attack ("more than 300 people have been killed in the Russian
        offensive"): the attack is told by its toll, an event though no target is named."""
        trig = self.triggers_at(event.trigger)
        if trig.verb or not event.quantities:
            return False
        inside = phrases(self.lang, "toll_prepositions")
        return any(t.verb and t.entry.get("victim_subject") and t.last < trig.first
                   and self.clauses[t.first] == self.clauses[trig.first]
                   and any(inside.match(self.words, k) for k in range(t.last + 1, min(t.last + 3, trig.first)))
                   and all(w.isalpha() and w.islower() or w in ("-",) or w[:1].isupper()
                           for w in self.words[t.last + 1:trig.first]) for t in self.triggers)

    def _toll_of_attack_told(self, trig: Trigger) -> bool:
        """Deaths told in a relative clause of an attack ("triecienā Vagner nometnēm, kurā gāja bojā daudzi") are
        that attack's toll, not another attack."""
        relatives = phrases(self.lang, "happening_relatives")
        start = next((k for k in range(trig.first - 1, max(1, trig.first - 8), -1)
                      if self.words[k - 1] == "," and relatives.match(self.words, k)), None)
        if start is None or any(start < t.first < trig.first for t in self.triggers):
            return False
        return any(not t.verb and t.entry["type"] == "ASSAULT" and 0 < start - 1 - t.last <= 6 for t in self.triggers)

    def _fired_into(self, trig: Trigger, objects: list[Mention]) -> bool:
        """A launch that would be a show of force reaches a named side ("fired rockets into Thai territory",
        "launched drones into Russia"): firing at a target is an attack."""
        into = phrases(self.lang, "attack_directions")
        return bool(into) and trig.entry.get("cameo") == "150" and any(
            m.first > trig.last and m.actor.cls in ACTOR_CLASSES and into.match(self.words, m.first - 1) for m in objects)

    def _sent_to_strike(self, trig: Trigger, actors: list[Entity]) -> tuple[Trigger, list[Entity]] | None:
        """Forces sent out to strike a named side ("scrambled jets to bomb Cambodian positions") are its attack:
        the attack infinitive of the clause and the sides named after it, if any."""
        markers = phrases(self.lang, "infinitive", "markers")
        if not markers or not actors:
            return None
        clause = self.clauses[trig.first]
        strike = next((t for t in self.triggers if t.verb and t.entry["type"] == "ASSAULT" and t.first > trig.last
                       and self.clauses[t.first] == clause
                       and markers.match(self.words, t.first - 1) and t.first - trig.last <= 6), None)
        if strike is None:
            return None
        keys = {a.key for a in actors} | {a.country for a in actors if a.country}
        targets = [m.actor for m in self.mentions if m.first > strike.last and self.clauses[m.first] == clause
                   and self.prepositions[id(m)] is None and m.actor.cls in ACTOR_CLASSES
                   and m.actor.key not in keys and m.actor.country not in keys]
        return (strike, targets[:1]) if targets else None

    def _struck_owner(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """A strike in another state's province or town named with its owner ("slammed into a village in
        Pakistan's Balochistan province") is aimed at that state."""
        homes = {a.key for a in actors} | {a.country for a in actors if a.country}
        for m in self.mentions:
            place = next((o for o in self.mentions if o.first == m.last + 1 and o.entity.cls in ("City", "Region")), None)
            if place is None and self._unknown_region_after(m) and m.first > trig.last and m.actor.cls == "Country" \
                    and "gen" in m.cases and self.clauses[m.first] == self.clauses[trig.first] \
                    and m.actor.key not in homes and m.actor.country not in homes \
                    and self.prepositions[id(m)] in ("in", "at"):
                return [m.actor]
            if place is None or m.first <= trig.last or "gen" not in m.cases or m.actor.cls != "Country" \
                    or self.clauses[m.first] != self.clauses[trig.first] or m.actor.key in homes \
                    or m.actor.country in homes or self.prepositions[id(place)] not in ("in", "at"):
                continue
            return [m.actor]
        return []

    def _unknown_region_after(self, m: Mention) -> bool:
        """Whether a state's genitive is followed by a region the gazetteer lacks ("in Russia's Saratov
        region"): a capitalised word and a word for a region."""
        k = m.last + 1
        return k + 1 < len(self.words) and self.words[k][:1].isupper() and self.words[k].replace("-", "").isalpha() \
            and bool(phrases(self.lang, "region_nouns").match(self.words, k + 1))

    def _opposing_force(self, actors: list[Entity]) -> list[Entity]:
        """Fighting named by a noun with one army as its party ("Ukrainas spēki smagās kaujās centās apturēt
        Krievijas karaspēka virzību", "Krievijas spēki turpina pretuzbrukumu, un ... Ukrainas karaspēks"): the other
        state's forces named in the sentence are the other side."""
        if len(actors) != 1 or actors[0].cls != "ArmedForce" or not actors[0].country:
            return []
        return [m.actor for m in self.mentions if m.actor.cls == "ArmedForce" and m.actor.country
                and m.actor.country != actors[0].country and id(m) not in self.speakers
                and self.prepositions[id(m)] is None][:1]

    def _meeting_of(self, m: Mention) -> bool:
        """"host a meeting of Putin, Zelensky and Trump": those named after a meeting noun and "of" meet."""
        determiners = phrases(self.lang, "determiners")
        return m.first >= 2 and self.preposition_label(m.first - 1) == "of" and any(
            t.entry["type"] == "CONSULT" and t.last == m.first - 2
            and (not t.verb or t.first > 0 and determiners.match(self.words, t.first - 1)) for t in self.triggers)

    def _passive_mediation(self, trig: Trigger) -> dict | None:
        """"The deal was negotiated over several weeks by Qatar": the passive of a verb whose form with the agent
        preposition names mediators (``by_mediator``) is that form, its agent standing a few words on."""
        if not trig.verb or trig.entry.get("by_mediator") or not self._passive(trig):
            return None
        phrase = f"{' '.join(self.words[trig.first:trig.last + 1]).casefold()} {load_language(self.lang).get('agent_preposition')}"
        clause = [w for k, w in enumerate(self.words) if self.clauses[k] == self.clauses[trig.first]]
        return next((e for e in load_language(self.lang).get("triggers") or []
                     if e.get("by_mediator") and phrase in e["words"] and (not e.get("needs") or any(
                         _entry_phrases(e, "needs").match(clause, k) for k in range(len(clause))))), None)

    def _called(self, trig: Trigger) -> range:
        """What a naming verb calls its object ("nosauca lēmumu par uzvaru Ukrainai", "par “varoņiem”"): the
        words after the entry's ``called`` marker, to the closing quote when the name is quoted, else to the next
        punctuation. The names in it are no target."""
        called = {w.casefold() for w in trig.entry.get("called") or []}
        words = self.words
        cut = next((k for k in range(trig.last + 1, len(words)) if words[k].casefold() in called
                    and self.clauses[k] == self.clauses[trig.first]), None)
        if cut is None:
            return range(0)
        quoted = cut + 1 < len(words) and words[cut + 1] in QUOTES
        end = next((k for k in range(cut + 2, len(words)) if (words[k] in QUOTES if quoted
                    else not words[k][:1].isalnum() and words[k] not in QUOTES)), len(words))
        return range(cut, end + 1)

    def _struck_possessor(self, trig: Trigger, window_end: int, actors: list[Entity]) -> list[Entity]:
        """"after India hit three of its air bases", "shelled their villages": whose things are struck, told by a
        possessive pronoun after the verb, when it stands for another side than the striker's (a state for its
        forces or bodies: the bases of "Pakistan's military" are Pakistan's)."""
        possessive = phrases(self.lang, "pronouns", "possessive")
        gaz = load_gazetteer()

        def state(e: Entity) -> str:
            return e.key if e.cls == "Country" else (gaz.country(e.country) or e).key

        mine = {state(a) for a in actors}
        for m in self.mentions:
            if trig.last < m.first < window_end and m.first == m.last and possessive.match(self.words, m.first) \
                    and self.clauses[m.first] == self.clauses[trig.first] and state(m.actor) not in mine:
                body = m.actor.cls == "ArmedForce" or _state_body(gaz, m.actor)
                state_of = m.actor if m.actor.cls == "Country" else gaz.country(m.actor.country) if body else None
                return [state_of] if state_of is not None else []
        return []

    @staticmethod
    def _own_forces(actors: list[Entity], recipients: list[Entity]) -> bool:
        """Whether the only ones attacked are the armed forces of the attacking state ("Thailand" and "Thai
        soldiers"), which a borrowed subject gives ("Bangkok expelled ... after a blast wounded Thai soldiers")."""
        states = {a.key for a in actors if a.cls == "Country"}
        gaz = load_gazetteer()
        return bool(states and recipients) and all(
            r.cls == "ArmedForce" and (gaz.country(r.country) or r).key in states for r in recipients)

    def _mediators(self, trig: Trigger, args: list[Mention]) -> tuple[list[Entity], list[Entity]]:
        """"brokered by X and Y, with help from Z": X, Y and Z mediate; the other parties its clause names, or the
        sentence names after "between" (capitals for their states), are those they mediate between."""
        joiners = conjunctions(self.lang) | {","}
        helpers = phrases(self.lang, "mediation_helpers")
        after = sorted((m for m in args if m.first > trig.last and m.actor.cls in ACTOR_CLASSES), key=lambda m: m.first)
        group: list[Mention] = []
        for m in after:
            gap = self.words[(group[-1].last if group else trig.last) + 1:m.first]
            k = 0
            while k < len(gap) and (gap[k] in joiners or group and phrases(self.lang, "determiners").match(gap, k) == 1):
                k += 1
            helped = k < len(gap) and helpers.match(gap, k) == len(gap) - k and group
            if not group and gap[-1:] == [":"] and len(gap) <= 5 and all(w.isalnum() and w.islower() for w in gap[:-1]):
                gap = []  # "backed by six guarantor countries: Cuba, Norway and ...": the list the noun announces
            if not group and (len(gap) > 4 or any(not w[:1].isalnum() for w in gap)) \
                    or group and k < len(gap) and not helped:
                break
            group.append(m)
        mediators = [m.actor for m in group]
        keys = {a.key for a in mediators}
        parties: list[Entity] = []
        for m in self.mentions:
            actor = m.actor
            near = range(max(0, m.first - 4), m.first)
            between = any(self.preposition_label(k) == "between" for k in near) \
                and not any(self.words[k] == "," for k in near)
            if between and actor.cls == "City" and actor.country:
                # "shuttle diplomacy between Beirut and Jerusalem": the governments seated there
                actor = load_gazetteer().country(actor.country) or actor
            if m in group or id(m) in self.speakers or id(m) in self.modifiers or actor.cls not in ACTOR_CLASSES \
                    or self.clauses[m.first] != self.clauses[trig.first] and not between \
                    or actor.country and actor.country in {a.country for a in mediators} \
                    or actor.key in keys \
                    or actor.key in {p.key for p in parties} or m.cases == ["adj"] \
                    or self.prepositions[id(m)] in ("in", "at", "near") and m.entity.cls in ("City", "Region") \
                    or any(g.first <= m.first and m.last <= g.last for g in group):
                continue
            parties.append(actor)
        parties = parties or self._opening_parties(trig, keys | {a.country for a in mediators if a.country})
        if not parties and trig.entry.get("by_mediator"):
            # "it followed talks mediated by the United States": the talks or deal are the story's, between the
            # sides of the last agreement told
            parties = [p for p in _deal_parties(self.doc.events, ("AGREE",)) if p.key not in keys
                       and not (p.country and p.country in {a.country for a in mediators})]
        return mediators, parties

    def _deal_named_before(self, trig: Trigger) -> bool:
        """Whether a deal is named by a noun earlier in the trigger's sentence ("scrapped a peace agreement with the
        rebels, accusing X, which had brokered the accord"): "the accord" takes that one up, not the last deal told."""
        deals = phrases(self.lang, "deal_nouns")
        return bool(deals) and any(deals.match(self.words, k) for k in range(trig.first))

    def _opening_parties(self, trig: Trigger, mediators: set[str]) -> list[Entity]:
        """The sides a deal or talks in a later clause were brokered between, when that clause names none: the
        subjects the sentence opens with ("A and B signed a truce, after talks brokered by C")."""
        start = self.clauses.index(self.clauses[trig.first])
        verbs = [t.first for t in self.triggers if t.verb and t.first < start]
        if not verbs:
            return []
        named = [m for m in self.mentions if m.last < verbs[0] and self.clauses[m.first] == self.clauses[verbs[0]]
                 and self.prepositions[id(m)] is None and id(m) not in self.modifiers and id(m) not in self.speakers
                 and m.actor.cls in ACTOR_CLASSES and m.cases != ["adj"]]
        if not named:
            return []
        out: list[Entity] = []
        for m in coordinated(self.words, named[-1], named, self.lang):
            if m.actor.key not in mediators and (m.actor.country or m.actor.key) not in mediators \
                    and m.actor.key not in {a.key for a in out}:
                out.append(m.actor)
        return out

    def _debitive(self, trig: Trigger) -> bool:
        """Whether a verb trigger is in the mood of obligation ("jāatstāj", "nācās izvest"), whose doer stands in
        the dative."""
        debitive = load_language(self.lang).get("debitive") or {}
        if trig.first > 0 and self.words[trig.first - 1].casefold() in debitive.get("modals", []):
            return trig.verb
        return trig.verb and self._debitive_word(self.words[trig.first])

    def _debitive_word(self, word: str) -> bool:
        """Whether a word has the debitive prefix before a verb stem ("jāatstāj"), not merely starts so."""
        prefix = (load_language(self.lang).get("debitive") or {}).get("prefix")
        return bool(prefix) and word.islower() and word.startswith(prefix) and len(word) > len(prefix) + 3

    def _obliged(self, trig: Trigger) -> list[Entity]:
        """The ones obliged by a verb of obligation: the dative names of its clause before it ("karavīriem būs
        jāatstāj valsts"); what stands in the nominative is the verb's object."""
        return [m.actor for m in self.mentions if m.last < trig.first and self.clauses[m.first] == self.clauses[trig.first]
                and "dat" in m.cases and self.prepositions[id(m)] is None and id(m) not in self.modifiers
                and m.actor.cls in ACTOR_CLASSES]

    def _named_members(self, trig: Trigger, recipients: list[Entity]) -> list[Entity]:
        """"atbrīvoja piecus ASV pilsoņus, tostarp uzņēmēju X un investoru Y": people named after an inclusion
        marker are the ones acted on; the state that owns the group and the descriptions before their names
        ("bijušo ASV jūras kājnieku Y") are no parties."""
        markers = phrases(self.lang, "inclusion_markers")
        start = next((k for k in range(trig.last + 1, len(self.words)) if markers.match(self.words, k)), None)
        if start is None or any(t.verb and trig.last < t.first < start for t in self.triggers):
            return recipients
        stops = phrases(self.lang, "pronouns", "relative")
        end = next((k for k in range(start, len(self.words)) if stops.match(self.words, k)
                    or self.words[k] in (".", ";", ":")), len(self.words))
        listed = [m for m in self.mentions if trig.last < m.first < end]
        people = [m.actor for m in listed if m.first > start and m.actor.cls == "Person"]
        if not people:
            return recipients
        dropped = {m.actor.key for m in listed if m.actor.cls != "Person"}
        return [r for r in recipients if r.key not in dropped] + [p for p in people if p not in recipients]

    def _owners_before(self, trig: Trigger) -> list[Entity]:
        """The genitive names that own a noun trigger, standing right before it and joined by "un" or commas
        ("ar Kataras un Ēģiptes starpniecību")."""
        joiners = conjunctions(self.lang) | {","}
        owners: list[Entity] = []
        end = trig.first
        for m in sorted(self.mentions, key=lambda m: -m.last):
            if m.last >= end or id(m) in self.speakers:
                continue
            if m.last != end - 1 and not (m.last == end - 2 and owners and self.words[end - 1].casefold() in joiners):
                break
            if "gen" not in m.cases or m.actor.cls not in ACTOR_CLASSES:
                break
            owners.insert(0, m.actor)
            end = m.first
        return owners

    def _said_subject_owner(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """A verb of saying whose said clause judges its subject ("said NATO's plans were dangerous", "said that
        Washington was reckless") blames that subject's owner, or the subject itself when it is a party."""
        entry = trig.entry
        if not entry.get("said") or not entry.get("called") or trig.last + 1 >= len(self.words):
            return []
        copulas = {w.casefold() for w in entry["called"]}
        start = next((k for k in range(trig.last + 1, min(len(self.words), trig.last + 5))
                      if self.clauses[k] != self.clauses[trig.first]), None)
        if start is None:
            return []
        cop = next((k for k in range(start, len(self.words)) if self.words[k].casefold() in copulas
                    and self.clauses[k] == self.clauses[start]), None)
        own = {a.key for a in actors} | {a.country for a in actors if a.country}
        subject = [m for m in self.mentions if cop is not None and start <= m.first and m.last < cop
                   and self.prepositions[id(m)] is None and m.actor.cls in ACTOR_CLASSES
                   and m.actor.key not in own and m.actor.country not in own]
        return [subject[0].actor] if subject else []

    def _addressee(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """Whom a speech or message the act is made in is addressed to ("vēstījumā Tokajevam uzteica", "uzrunā
        Persijas līča Sadarbības padomes valstu vadītājiem apsolīja"): the dative after the address noun, or the
        body whose leaders or members the dative noun names."""
        nouns = phrases(self.lang, "address_nouns")
        for k in range(len(self.words)):
            if self.clauses[k] != self.clauses[trig.first] or not nouns.match(self.words, k):
                continue
            after = [m for m in self.mentions if k < m.first <= k + 6 and m.first not in self.named]
            for m in after:
                if "dat" in m.cases and m.actor.cls in ACTOR_CLASSES:
                    return [m.actor] if m.actor.key not in {a.key for a in actors} else []
                heads = self.words[m.last + 1:m.last + 3]
                dative = next((n for n, w in enumerate(heads) if w.islower() and "dat" in guess_cases(w, self.lang)),
                              None)
                if "gen" in m.cases and dative is not None and all(w.islower() for w in heads[:dative + 1]) \
                        and m.actor.cls in ACTOR_CLASSES:
                    return [m.actor] if m.actor.key not in {a.key for a in actors} else []
        return []

    def _allies_addressed(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """"Urged allies to ..." right after the verb, in a story that named an alliance in this sentence or the
        five before: the allies stand for that alliance (gold-format: "allies" at a NATO summit is NATO)."""
        k = trig.last + 1
        k += phrases(self.lang, "determiners").match(self.words, k) if k < len(self.words) else 0
        if k >= len(self.words) or not phrases(self.lang, "ally_refs").match(self.words, k):
            return []
        keys = (load_language(self.lang).get("generic_refs") or {}).get("alliance") or []
        named = [m.entity for m in self.doc.mentions if self.index - 5 <= m.sentence <= self.index
                 and (m.entity.key in keys or m.entity.wikidata in keys or m.entity.label in keys)]
        return named[-1:] if named and named[-1].key not in {a.key for a in actors} else []

    def _possessor_recipients(self, trig: Trigger, window_end: int, actors: list[Entity],
                              subjects: list[Mention]) -> list[Entity]:
        """With no other recipient, the owner of what the event targets is the recipient:
        "nosodīja Krievijas uzbrukumu" (condemned Russia's attack) is aimed at Russia, "sankcijas pret Krievijas
        bankām" and "nožēla par Krievijas lēmumu" at Russia, and with the object before its verb "Saeimas lēmumu
        nosauca" at the Saeima. What it is called "kā X pārkāpumu" (as a violation of X) names no target. In a
        subject-verb-object language a nationality word counts under a preposition or right after the verb
        ("expelled Pakistani advisers"), not deep in a phrase ("from the southern Russian city")."""
        svo = load_language(self.lang).get("word_order") == "svo"
        for m in self.mentions:
            if m.first in self.named or any(trig.last < c.index < m.first for c in self.cues):
                continue  # "..., vēsta aģentūra X": a name after a later verb of saying tells who says it
            hit = self._fixed_order_target(trig, m, window_end, actors) if svo \
                else self._free_order_target(trig, m, window_end, actors, subjects)
            if hit:
                m = self._body_of_owner(self._titled_owner(m))
                later = [o for o in self.mentions if o.first > m.last and o.first < window_end and id(o) in self.modifiers]
                group = [m] + [o for o in later if " ".join(self.words[m.last + 1:o.first]).casefold()
                               in conjunctions(self.lang)]
                genitives = [o for o in self.mentions if o.last < m.first and "gen" in o.cases
                             and self.clauses[o.first] == self.clauses[m.first]]
                group = coordinated(self.words, m, genitives, self.lang)[1:][::-1] + group
                # "trīs valstu vēstniekus": one phrase that stands for several states names them all
                group += [o for o in self.mentions if o is not m and (o.first, o.last) == (m.first, m.last)]
                homes = {a.country for a in actors if a.country}
                found = [g.actor for g in group if g.actor.key not in {a.key for a in actors}
                         and not (g.actor.cls == "Country" and g.actor.country in homes)]
                if found or not all(g.actor.key in {a.key for a in actors} for g in group):
                    return found
                # the doer named again ("..., kur viņu pavadīja") is no target: look on
        return []

    def _owner_told_before(self, trig: Trigger, entry: dict, actors: list[Entity]) -> list[Entity]:
        """What is seized or held with no owner in its clause ("vilcienus esot apturējuši") is the thing the
        sentence before names with its owner ("simts Igaunijas kravas vilcienu"): that state is the
        recipient."""
        if entry["type"] != "COERCE" or self.index == 0:
            return []
        before = [t.text for t in self.doc.sentences[self.index - 1].tokens]
        clause = self.clauses[trig.first]
        nouns = {w.casefold()[:STEM_LETTERS] for k, w in enumerate(self.words) if self.clauses[k] == clause
                 and not trig.first <= k <= trig.last and w.isalpha() and w.islower() and len(w) > STEM_LETTERS}
        own = {a.key for a in actors} | {a.country for a in actors if a.country}
        return next(([m.actor] for m in self.doc.mentions if m.sentence == self.index - 1 and "gen" in m.cases
                     and m.actor.cls == "Country" and m.last + 1 < len(before)
                     and before[m.last + 1].casefold()[:STEM_LETTERS] in nouns
                     and m.actor.key not in own and m.actor.country not in own), [])

    def _body_of_owner(self, m: Mention) -> Mention:
        """A state's own body named right after it in a chain of owners ("Irānas Revolucionārās gvardes
        komandieriem") is the nearer owner: the body, not its state."""
        nxt = next((o for o in self.mentions if o.first == m.last + 1 and id(o) in self.modifiers
                    and o.actor.cls in ("Organisation", "ArmedForce") and m.actor.cls == "Country"
                    and o.actor.country and o.actor.country == m.actor.country), None)
        return nxt if nxt is not None else m

    def _state_where_it_happens(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """Blame for what goes on in a state ("pauda bažas par Kanādā notiekošajām aktivitātēm", "nosodīja Gruzijā
        notiekošo") is aimed at that state: a country in the locative that qualifies the next word, a few words
        after the verb."""
        if not self.cased:
            return []
        own = {a.key for a in actors} | {a.country for a in actors if a.country}
        for m in self.mentions:
            if trig.last < m.first <= trig.last + 3 and m.actor.cls == "Country" and m.cases == ["loc"] \
                    and m.actor.key not in own and m.actor.country not in own \
                    and m.last + 1 < len(self.words) and self.words[m.last + 1].isalpha() \
                    and self.words[m.last + 1].islower() and self.clauses[m.first] == self.clauses[trig.first] \
                    and phrases(self.lang, "happening_participles").match(self.words, m.last + 1):
                return [m.actor]
        return []

    def _against_crowd(self, trig: Trigger, entity: Entity) -> bool:
        """Whether ``entity`` is a country's crowd of protesters named after "pret" behind the trigger."""
        if not entity.country:
            return False
        country = load_gazetteer().country(entity.country)
        if country is None or load_gazetteer().of_kind("protesters", country).key != entity.key:
            return False
        return any(m.actor.key == entity.key and m.first > trig.last and self.prepositions[id(m)] == "against"
                   for m in self.mentions)

    def _needed_owner(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """The state that owns what the verb needed, wherever the object stands in its clause ("Latvija Krievijas
        konsulātus Daugavpilī un Liepājā slēdza"), or where the goods it needed come from or go to ("aizliedza
        jūras produktu ievešanu no Japānas"): it is the target."""
        if trig.entry.get("complement_clause"):
            return []
        needs = _entry_phrases(trig.entry, "needs")
        gaz = load_gazetteer()
        homes = {a.key for a in actors} | {gaz.country(a.country).key for a in actors
                                           if a.country and gaz.country(a.country) is not None}
        routes = {w.casefold() for w in load_language(self.lang).get("route_prepositions") or []}
        for m in self.mentions:
            if m.actor.cls != "Country" or m.actor.key in homes or self.clauses[m.first] != self.clauses[trig.first] \
                    or id(m) in self.speakers or any(
                        t.verb and t is not trig and min(m.last, trig.last) < t.first < max(m.first, trig.first)
                        for t in self.triggers):
                continue
            owner = "gen" in m.cases and self.prepositions[id(m)] is None and m.last + 1 < len(self.words) \
                and needs.match(self.words, m.last + 1)
            # "ievešanu no desmit Japānas prefektūrām", "eksportu uz Izraēlu": where the goods come from or go to
            route = next((k for k in range(max(0, m.first - 4), m.first) if trig.entry["type"] == "SANCTION"
                          and self.words[k].casefold() in routes
                          and k > 0 and needs.match(self.words, k - 1)
                          and all(w.isalpha() or w.isdigit() for w in self.words[k + 1:m.first])), None)
            if owner or route is not None:
                return [m.actor]
        return []

    def _titled_owner(self, m: Mention) -> Mention:
        """A state before a title and a name ("ASV prezidenta Donalda Trampa prasībām", "izsauca Japānas vēstnieku
        Hideo Tarumi") only says whose office the person holds: the owner is the person, unless the title is a
        subject's, in the nominative."""
        if m.actor.cls != "Country" or "gen" not in m.cases:
            return m
        n = phrases(self.lang, "titles").match(self.words, m.last + 1)
        person = next((o for o in self.mentions if n and o.first == m.last + 1 + n and o.actor.cls == "Person"
                       and guess_cases(self.words[m.last + n], self.lang) != {"nom"}), None)
        return person or m

    def _free_order_target(self, trig: Trigger, m: Mention, window_end: int, actors: list[Entity],
                           subjects: list[Mention]) -> bool:
        """Whether ``m`` owns what the trigger targets, in a language of free word order: a genitive owner a
        few words after the trigger, or before a verb when the object stands first."""
        if m.first and phrases(self.lang, "as_markers").match(self.words, m.first - 1):
            return False
        owner = id(m) in self.modifiers or "gen" in m.cases and any(
            not t.verb and t.first == m.last + 1 for t in self.triggers) or self._undeclined_owner(m) \
            or self._owns_act_noun(m)
        prep = self.prepositions[id(m)]
        near = trig.last < m.first < window_end \
            and sum(w.isalpha() for w in self.words[trig.last + 1:m.first]) <= 4
        # a reaction "uz X uzbrukumu" (to X's attack) is aimed at X
        reply = prep == "to" and trig.entry["type"] in REACTIONS
        # "atteikties no Krievijas gāzes": what one gives up is what it is aimed at
        reply = reply or trig.entry["type"] in (load_language(self.lang).get("target_prepositions") or {}).get(prep, [])
        after = near and (prep in (None, "against", "about") or reply) \
            or trig.last < m.first < window_end and prep == "against"
        # a conjunction just before the owner starts a new predicate ("pauda solidaritāti ar Lietuvu un
        # Baltkrievijas rīcību nosauca"): a verb before it does not own the object
        fresh = m.first > 0 and phrases(self.lang, "conjunctions").match(self.words, m.first - 1) == 1
        fronted = m.last < trig.first <= m.last + self._fronted_reach(m) and trig.verb \
            and (all(s.last < m.first or s.first > trig.last for s in subjects) or self._owns_act_noun(m)) \
            and prep in (None, "to", "against") \
            and self.prepositions[id(self._titled_owner(m))] in (None, "to", "against") \
            and not any(t.verb and t is not trig and (t.last < m.first and not fresh or m.last < t.first < trig.first)
                        and self.clauses[t.first] == self.clauses[trig.first] for t in self.triggers)
        return bool((after or fronted) and owner and (m.entity.cls not in ("Region", "City") or m.as_actor is not None)
                    and m.actor.key not in {a.key for a in actors}
                    and id(m) not in self.speakers and self.clauses[m.first] == self.clauses[trig.first])

    def _fronted_reach(self, m: Mention) -> int:
        """How far before its verb an owner may stand: a few words, further when it owns a proposal or demand whose
        content follows ("Moldovas valdības priekšlikumu piegādāt gāzi pa citu maršrutu koncerns noraidīja")."""
        return 9 if self._owns_act_noun(m) else 4

    def _owns_act_noun(self, m: Mention) -> bool:
        """Whether a name that may be genitive stands right before a word for a kind of act ("valdības
        priekšlikumu", "Kremļa prasības"): it owns that act."""
        kinds = load_language(self.lang).get("answer_kinds") or {}
        k = m.last + 1
        word = self.words[k].casefold() if k < len(self.words) else ""
        return "gen" in m.cases and any(word == s or s.endswith("-") and word.startswith(s[:-1]) for s in kinds)

    def _undeclined_owner(self, m: Mention) -> bool:
        """A capital that does not decline, between "par"/"pret" and a lowercase noun ("pauda nožēlu par Baku
        reakciju"), owns that noun: the preposition governs the noun, so the name can only be its genitive."""
        governs = {w.casefold() for w in load_language(self.lang).get("owner_prepositions") or []}
        return self.cased and m.as_actor is not None and len(m.cases) > 2 and m.first > 0 \
            and self.words[m.first - 1].casefold() in governs and m.last + 1 < len(self.words) \
            and self.words[m.last + 1].isalpha() and self.words[m.last + 1].islower()

    def _fixed_order_target(self, trig: Trigger, m: Mention, window_end: int, actors: list[Entity]) -> bool:
        """Whether ``m`` owns what the trigger targets, in a subject-verb-object language; an aside between
        ("condemned what Miller called China's actions") takes no room."""
        c = self.clauses[trig.first]
        return bool(trig.last < m.first < window_end and id(m) in self.modifiers
                    and sum(self.clauses[k] == c for k in range(trig.last + 1, m.first)) < 7
                    and m.entity.cls not in ("Region", "City")
                    and m.actor.key not in {a.key for a in actors} and self._aims(trig, self.prepositions[id(m)])
                    and id(m) not in self.speakers and self.clauses[m.first] == self.clauses[trig.first]
                    and (m.cases != ["adj"] or self.prepositions[id(m)] is not None
                         or all(phrases(self.lang, "determiners").match(self.words, k) or self._count_word(k)
                                for k in range(trig.last + 1, m.first))))

    def _year_word(self, k: int) -> bool:
        """A four-figure number that reads as a year ("in 2015 the group"), no count."""
        return len(self.words[k]) == 4 and self.words[k].isdigit()

    def _count_word(self, k: int) -> bool:
        """A figure or counting word ("arrested two British citizens", "expelled 15 Russian diplomats")."""
        return self.words[k].replace(",", "").isdigit() or self.words[k].casefold() in number_words(self.lang)

    @staticmethod
    def _troops_arrive(entry: dict, trig: Trigger, actors: list[Entity], place: Entity | None) -> str | None:
        """Where soldiers who "arrive" are: those of one state arriving in another ("Krievijas karavīri ieradās
        Kazahstānā") are deployed there ("abroad": CAMEO 074), not on a visit; at home they visit no one."""
        if entry["type"] != "CONSULT" or not str(entry["cameo"]).startswith("042") or not trig.verb or not actors \
                or place is None or not place.country or any(a.cls != "ArmedForce" or not a.country for a in actors):
            return None
        return "home" if any(a.country == place.country for a in actors) else "abroad"

    def _to_own_border(self, trig: Trigger, window_end: int, recipients: list[Entity]) -> bool:
        """Troops sent to a border ("to its border with Belarus", "pie robežas ar Baltkrieviju") stay at home:
        a mobilisation, and the neighbour named after the border is no party."""
        border = phrases(self.lang, "border_nouns")
        keys = {r.key for r in recipients}
        for k in range(trig.last + 1, window_end):
            if border.match(self.words, k):
                return any(m.actor.key in keys and k < m.first <= k + 4 for m in self.mentions)
        return False

    def _clause_subject(self, trig: Trigger) -> list[Entity]:
        """The subject of the clause that follows a demand ("pieprasīja, lai Zviedrija atceļ embargo"):
        the one asked."""
        openers = {w.casefold() for w in trig.entry["recipient_clause"]}
        # a "ka" clause with a verb of obligation ("uzstāja, ka Krievijai uguns jāpārtrauc"): the one obliged, in
        # the dative, is the one asked
        debitive = load_language(self.lang).get("debitive") or {}
        obliging = {w.casefold() for w in debitive.get("openers", [])}
        words = self.words
        for k in range(trig.last + 1, len(words) - 1):
            # (a "lai" clause naming no event of its own is attached to the one before: its opener still opens it)
            if words[k] == "," and (self.clauses[k + 1] != self.clauses[trig.first] or words[k + 1].casefold() in openers):
                case = "nom" if words[k + 1].casefold() in openers else "dat" if words[k + 1].casefold() in obliging \
                    and any(self.clauses[j] == self.clauses[k + 1] and self._debitive_word(w)
                            for j, w in enumerate(words)) else None
                if case is None:
                    return []
                inside = [m for m in self.mentions if self.clauses[m.first] == self.clauses[k + 1] and m.first > k
                          and case in m.cases and self.prepositions[id(m)] is None and id(m) not in self.modifiers]
                return [inside[0].actor] if inside else []
        return []

    def _membership_of(self, m: Mention) -> bool:
        """A name after a noun of membership ("froze its participation in the bloc", "membership of NATO") is the
        body the act is aimed at, whatever the preposition."""
        k = m.first - 1
        while k > 0 and phrases(self.lang, "determiners").match(self.words, k) == 1:
            k -= 1
        return k > 0 and self.prepositions.get(id(m)) is not None \
            and self.words[k - 1].casefold() in phrases(self.lang, "membership_nouns")

    def _titled_after(self, last: Mention) -> list[Mention]:
        """A titled person joined by ", and" after a person named in apposition, whom the comma leaves out of the
        clause ("thanked Qatar's emir, Sheikh Tamim, and Egyptian President Abdel Fattah el-Sisi")."""
        if last.entity.cls != "Person" or self.cased:
            return []
        k = last.last + 1
        if k + 2 >= len(self.words) or self.words[k] != "," or self.words[k + 1].casefold() not in conjunctions(self.lang):
            return []
        k += 2
        titles = phrases(self.lang, "titles")
        titled = False
        while k < len(self.words) and not any(m.first == k and m.entity.cls == "Person" for m in self.mentions):
            n = titles.match(self.words, k)
            if not n and not (k + 1 < len(self.words) and titles.match(self.words, k + 1)
                              and load_gazetteer().demonym_at(self.lang, self.words, k)):
                return []
            titled, k = titled or bool(n), k + (n or 1)
        return [m for m in self.mentions if m.first == k and m.entity.cls == "Person"] if titled else []

    def _next_predicate(self, trig: Trigger) -> int:
        """Where a coordinated predicate starts ("was ready to keep exporting ... and had written to Erdogan"): its
        names are not the trigger's."""
        conj = phrases(self.lang, "conjunctions")
        auxiliaries = phrases(self.lang, "auxiliaries")
        subject = phrases(self.lang, "pronouns", "subject")
        saying = phrases(self.lang, "sources", "cues", "report")
        for k in range(trig.last + 1, len(self.words) - 1):
            if conj.match(self.words, k) == 1 and auxiliaries.match(self.words, k + 1):
                return k
            # "dismissed the package and said it would hurt Europe": what is said next is not the trigger's
            if conj.match(self.words, k) == 1 and saying.match(self.words, k + 1) and not self.cased:
                return k
            # "... would be dropped and he would move to Belarus": a new subject pronoun and its verb.
            if conj.match(self.words, k) == 1 and subject.match(self.words, k + 1) and k + 2 < len(self.words) \
                    and auxiliaries.match(self.words, k + 2):
                return k
            # "parakstīja līgumu un izveidoja aliansi": a verb joined on by "and" has objects of its own
            if conj.match(self.words, k) == 1 and self._past_verb(self.words[k + 1]) \
                    and not (not self.cased and self.prepositions_at(k + 2)):
                return k  # not a participle with its agent ("hosted by X and attended by Y")
        return len(self.words)

    def _past_verb(self, word: str) -> bool:
        """A lowercase word with a past-tense verb ending the language lists ("izveidoja", "atvēra")."""
        suffixes = tuple(load_language(self.lang).get("past_verb_suffixes") or ())
        return bool(suffixes) and word.islower() and len(word) > 5 and word.endswith(suffixes)

    def _possessed_after(self, trig: Trigger) -> int:
        """Where a possessed noun after the trigger ends ("against the premier's deal with Oslo"): the names
        after it are that noun's, not the trigger's."""
        titles = phrases(self.lang, "titles")
        needs = _entry_phrases(trig.entry, "needs")
        for m in self.mentions:
            if m.first > trig.last and self.clauses[m.first] == self.clauses[trig.first] \
                    and _clitic_possessive(m.text, self.lang) and m.last + 1 < len(self.words) and self.words[m.last + 1].islower():
                if trig.verb and m.actor.cls != "Country" and needs.match(self.words, m.last + 1):
                    # "adopted the bloc's sanctions against Russia": a body's measure the verb needed is the verb's
                    # own ("ratified Finland's accession to NATO" still aims at the state owning the noun)
                    continue
                # "thanked Qatar's emir, Sheikh Tamim": a title owned by a state is a person, named after it
                # ("Thailand's acting prime minister, X": one modifier may stand before the title)
                at = m.last + 1 if titles.match(self.words, m.last + 1) else m.last + 2
                n = titles.match(self.words, at) if at < len(self.words) else 0
                named = n and any(o.entity.cls == "Person" and 0 <= o.first - (at + n) <= 1 for o in self.mentions)
                if not named:
                    return m.last + 2
        return len(self.words)

    def _complement_target(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """The first party named in the clause that follows the trigger within a few words ("warned on Monday that
        Israel had brought upon itself ..."), other than the actor or the actor's own state."""
        k = trig.last + 1
        while k < min(len(self.words), trig.last + 6) and self.clauses[k] == self.clauses[trig.first]:
            k += 1
        if k >= len(self.words) or self.clauses[k] == self.clauses[trig.first]:
            return []
        own = {a.key for a in actors} | {a.country for a in actors if a.cls == "Person" and a.country}
        gaz = load_gazetteer()
        for m in self.mentions:
            if self.clauses[m.first] != self.clauses[k] or m.first < k or id(m) in self.speakers:
                continue
            state = gaz.country(m.actor.country) if m.actor.cls == "Country" else None
            if m.actor.key not in own and not (state is not None and state.country in own) \
                    and m.actor.cls in ("Country", "Organisation", "ArmedForce", "Group", "Person"):
                return [o.actor for o in self._joined_after(m)]
        return []

    def _joined_after(self, first: Mention) -> list[Mention]:
        """``first`` and the names "and" or a list joins after it ("that Washington and London would pay")."""
        conj = conjunctions(self.lang)
        group, closed = [first], 1
        for m in self.mentions:
            if m.first <= group[-1].last or self.clauses[m.first] != self.clauses[first.first] or id(m) in self.modifiers:
                continue
            between = self.words[group[-1].last + 1:m.first]
            joined = " ".join(w for w in between if w != ",").casefold()
            if joined not in conj and between != [","]:
                break
            group.append(m)
            if joined in conj and joined:
                closed = len(group)
        return group[:closed]  # a bare comma joins only in a list that an "and" closes

    def _aims(self, trig: Trigger, prep: str | None) -> bool:
        """Whether a name under this preposition may be what the trigger is aimed at ("tariffs on Indian goods")."""
        return prep is None or prep not in NOT_ARGUMENT_PREPOSITIONS and prep != "by" \
            or trig.entry["type"] in (load_language(self.lang).get("target_prepositions") or {}).get(prep, [])

    def _infinitive_target(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """The first party named in an infinitive right after the trigger ("threatened to impose tariffs on
        India"), other than the actor or the actor's own state: what the warning is aimed at."""
        k = trig.last + 1
        marked = k + 1 < len(self.words) and phrases(self.lang, "infinitive", "markers").match(self.words, k)
        start = self._infinitive_after(trig)
        # a time or manner may stand between ("ir gatava dažu stundu laikā slēgt")
        if not marked and not (start == k or start < k + 4 and all(w.isalpha() and w.islower()
                                                                   for w in self.words[k:start])):
            return []
        own = {a.key for a in actors} | {a.country for a in actors if a.cls == "Person" and a.country}
        partners = []
        markers = phrases(self.lang, "infinitive", "markers")
        # "threatened to use force to reinstate the ousted president": a purpose after the infinitive names whom
        # the deed is for, not whom the warning is aimed at
        purpose = next((j for j in range(max(k, start) + 2, len(self.words)) if markers.match(self.words, j) == 1
                        and self.clauses[j] == self.clauses[trig.first] and j + 1 < len(self.words)
                        and self.words[j + 1].isalpha() and self.words[j + 1].islower()), len(self.words)) \
            if marked else len(self.words)
        for m in self.mentions:
            if m.first <= k or m.first > purpose or self.clauses[m.first] != self.clauses[trig.first] \
                    or id(m) in self.speakers or self.prepositions[id(m)] in ("by", "from"):
                continue
            if m.actor.key not in own and m.actor.country not in own \
                    and m.actor.cls in ("Country", "Organisation", "ArmedForce", "Group", "Person"):
                if self.prepositions[id(m)] == "with" and trig.entry["type"] not in COOPERATIVE:
                    partners.append(m.actor)  # "slēgt robežu ar X": only when the infinitive names no one else
                    continue
                return [m.actor]
        return partners[:1] or self._owner_pronoun_target(trig, k, purpose, own)

    def _pledged_to(self, trig: Trigger, recipients: list[Entity]) -> list[Entity]:
        """The parties a pledge is made to: not those its infinitive names as where it is done ("pledged to ease
        its curbs in Peru") or as whom the promised deed is against ("vowed to disarm the rebel militia",
        lexicon ``deeds_against``); a pledge left with no one is its maker's alone."""
        start = self._infinitive_after(trig)
        markers = phrases(self.lang, "infinitive", "markers")
        if start >= len(self.words) or not markers.match(self.words, start) or start + 1 >= len(self.words):
            return recipients
        against = phrases(self.lang, "deeds_against").match(self.words, start + 1)
        places = phrases(self.lang, "locative_prepositions")
        dropped = {m.actor.key for m in self.mentions if m.first > start
                   and self.clauses[m.first] == self.clauses[trig.first]
                   and (against or places.match([self.prepositions[id(m)] or ""], 0))}
        return [r for r in recipients if r.key not in dropped]

    def _owner_pronoun_target(self, trig: Trigger, k: int, end: int, own: set) -> list[Entity]:
        """A possessive pronoun in the infinitive ("atteicās noteikt laika grafiku tās uzņemšanai aliansē") stands
        for the party named last before the trigger in its sentence, other than the actor's own side."""
        owners = phrases(self.lang, "pronouns", "owner")
        if not any(owners.match(self.words, j) == 1 and j + 1 < len(self.words) and self.words[j + 1].isalpha()
                   and self.words[j + 1].islower() and self.clauses[j] == self.clauses[trig.first]
                   for j in range(k, end)):
            return []
        named = [m.actor for m in self.mentions if m.last < trig.first and id(m) not in self.speakers
                 and m.actor.cls in ("Country", "Organisation", "Group") and m.actor.key not in own
                 and m.actor.country not in own]
        return named[-1:]

    def _infinitive_after(self, trig: Trigger) -> int:
        """Where an infinitive after the trigger starts its own complement ("aicināja ES noteikt Krievijai
        sankcijas", "urged the EU to sanction Russia", "accused Washington of waging war against Russia"): names
        after it are not the trigger's recipients."""
        markers = phrases(self.lang, "infinitive", "markers")
        gerunds = phrases(self.lang, "infinitive", "gerund_markers")
        gerund_endings = tuple(load_language(self.lang).get("infinitive", {}).get("gerund_suffixes", []))
        for k in range(trig.last + 1, len(self.words)):
            word = self.words[k]
            if self.clauses[k] != self.clauses[trig.first]:
                continue
            if infinitive_form(word, self.lang) and not any(m.first <= k <= m.last for m in self.mentions):
                return k
            if markers and markers.match(self.words, k) and k + 1 < len(self.words) \
                    and self.words[k + 1].islower() and not phrases(self.lang, "determiners").match(self.words, k + 1) \
                    and not phrases(self.lang, "conjunctions").match(self.words, k + 1):  # "flights to and from X"
                return k
            if gerunds and gerunds.match(self.words, k) and k + 1 < len(self.words) \
                    and self.words[k + 1].islower() and self.words[k + 1].endswith(gerund_endings):
                return k
        return len(self.words)

    def _passive(self, trig: Trigger) -> bool:
        """A passive auxiliary just before the verb ("was attacked by") or opening the trigger ("tiks
        izbeigta"), or a named agent just after it ("a ceremony hosted by Trump", "held up for weeks by Germany"):
        its subject is the one acted on, as it is of an entry marked ``patient_subject`` ("was serving a life
        sentence")."""
        if trig.entry.get("patient_subject"):
            return True
        auxiliaries = phrases(self.lang, "passive_auxiliaries")
        progressive = tuple(load_language(self.lang).get("progressive_suffixes", []))
        if progressive and self.words[trig.first].casefold().endswith(progressive):
            return False
        last = trig.first + (trig.last > trig.first)
        markers = phrases(self.lang, "infinitive", "markers")
        # "Hamas is to free ...": an auxiliary before an infinitive marker tells a plan, not a passive
        if auxiliaries and any(auxiliaries.match(self.words, k) and not markers.match(self.words, k + 1)
                               for k in range(max(0, trig.first - 2), last)):
            return True
        if self.cased and trig.first == trig.last and trig.entry["type"] in CONSTRAINTS \
                and _bare_participle(self.words[trig.first], self.lang) \
                and (self._subject_after(trig) or self._unnamed_people_held(trig) or self._dative_patient(trig)):
            return True
        conj = phrases(self.lang, "conjunctions")
        joined = trig.first > 0 and conj.match(self.words, trig.first - 1) == 1 or trig.first > 1 \
            and conj.match(self.words, trig.first - 2) == 1 and self.words[trig.first - 1].isalpha() \
            and self.words[trig.first - 1].islower()  # "tika aizturēts ... un vēlāk notiesāts"
        if auxiliaries and joined and any(
                t.verb and t.last < trig.first and self.clauses[t.first] == self.clauses[trig.first] and self._passive(t)
                for t in self.triggers):
            return True  # "was convicted ... and sentenced": the second participle shares the auxiliary
        agent = load_language(self.lang).get("agent_preposition")
        return bool(agent) and any(self.prepositions[id(m)] == agent and trig.last < m.first <= trig.last + 9
                                   and agent in (w.casefold() for w in self.words[trig.last + 1:trig.last + 7])
                                   and not self._object_before_agent(trig, m)
                                   for m in self.mentions)

    def _object_before_agent(self, trig: Trigger, m: Mention) -> bool:
        """Whether a noun phrase opened by a determiner, or a participle of its own, stands between the verb and the
        "by" before ``m`` ("condemned the attack by Hamas", "freed prisoners held by X"): the agent is that noun's or
        participle's doer, and the verb is active."""
        determiners = phrases(self.lang, "determiners")
        agent = str(load_language(self.lang).get("agent_preposition"))
        by = max((k for k in range(trig.last + 1, m.first) if self.words[k].casefold() == agent), default=None)
        if by is None:
            return False
        # "the release of all hostages held by Hamas": the agent of a participle of its own after the object
        own_participle = by - 1 > trig.last and self.words[by - 1].islower() \
            and self.words[by - 2].casefold() not in conjunctions(self.lang) and (
                phrases(self.lang, "holding_participles").match(self.words, by - 1)
                or self.words[by - 1].casefold().endswith("ed"))  # not "hosted by X and attended by Y"
        return own_participle or any(determiners.match(self.words, k) for k in range(trig.last + 1, by))

    def _subject_after(self, trig: Trigger) -> list[Entity]:
        """The subject of a passive that follows its verb ("tika aizturēts arī bijušais ministrs X"): a person named
        in the nominative after it in its clause, the one acted on."""
        return [m.actor for m in self.mentions if m.first > trig.last and m.cases == ["nom"]
                and m.actor.cls == "Person" and self.clauses[m.first] == self.clauses[trig.first]
                and self.prepositions[id(m)] is None][:1]

    def _dative_patient(self, trig: Trigger) -> bool:
        """Whether a person in the dative stands just before a bare passive participle with no one named in the
        nominative in its clause ("Šors, kuram aizmuguriski piespriests cietumsods", "viņam piespriests"): the one
        a sentence is imposed on, by an unnamed state."""
        clause = self.clauses[trig.first]
        return any(m.cases == ["dat"] and m.actor.cls == "Person" and self.clauses[m.first] == clause
                   and 0 < trig.first - m.last <= 3 for m in self.mentions) \
            and not any("nom" in m.cases and self.clauses[m.first] == clause for m in self.mentions)

    def _in_dating_phrase(self, m: Mention, trig: Trigger) -> bool:
        """Whether a name before the verb stands in a phrase that dates by another happening ("pēc tikšanās ar
        Stoltenbergu un Kristersonu piekrita ..."): it belongs to that happening, and is no partner of the verb."""
        temporal = phrases(self.lang, "temporal_prepositions")
        if not self.cased or m.first > trig.first:
            return False
        for k in range(m.first - 1, max(-1, m.first - 12), -1):
            if self.clauses[k] != self.clauses[m.first] or any(t.verb and t.first <= k <= t.last for t in self.triggers):
                return False
            if temporal.match(self.words, k) == 1 and k + 2 < m.first and self.preposition_label(k + 2) == "with":
                return True
        return False

    def _charge_of_sentence(self, trig: Trigger) -> bool:
        """Whether a noun is what someone is held or sentenced for ("notiesāts uz desmit gadiem par sadarbību ar
        naidīgu valdību"): the charge after a charge marker following an arrest or sentence in its clause, no event."""
        markers = phrases(self.lang, "charge_markers")
        return not trig.verb and trig.first > 0 and bool(markers.match(self.words, trig.first - 1)) and any(
            t.verb and str(t.entry["cameo"]).startswith("173") and t.last < trig.first
            and self.clauses[t.first] == self.clauses[trig.first] for t in self.triggers)

    def _expelled_from(self, trig: Trigger, entry: dict) -> list[Entity]:
        """The state one is expelled from in the passive ("diplomāts tika izraidīts no Polijas") expels them, as
        does the one they are told to leave ("were ordered to leave Chile")."""
        if not str(entry["cameo"]).startswith("174"):
            return []
        leaving = phrases(self.lang, "leaving_verbs")
        return [m.actor for m in self.mentions if not trig.first <= m.first <= trig.last
                and (self.prepositions[id(m)] == "from" or m.first > 0 and leaving.match(self.words, m.first - 1) == 1)
                and m.actor.cls == "Country"
                and self.clauses[m.first] == self.clauses[trig.first]][:1]

    def _eased_target(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """Whom a measure eased with no one named is eased for ("ASV tarifu ieviešanu atliek", "bloks sankcijas
        atcēla"): the one named in the genitive before a word like "gadījumā" (in the case of) in its clause, else
        the target of the last measure the same state imposed or threatened in this sentence or the five before,
        one told with the same word for the measure if there is one."""
        clause = self.clauses[trig.first]
        concerning = phrases(self.lang, "concerning_nouns")
        named = [m.actor for m in self.mentions if self.clauses[m.first] == clause and "gen" in m.cases
                 and concerning.match(self.words, m.last + 1)]
        if named:
            return named[:1]
        # "no Ungārijai iesaldētajiem fondiem": the dative of the measure's participle is whom it held
        needs = _entry_phrases(trig.entry, "needs")
        own = {a.key for a in actors} | {a.country for a in actors if a.country}
        # not the easing side itself, undeclined before the measure ("ASV tarifu ieviešanu atliek")
        held = [m.actor for m in self.mentions if self.clauses[m.first] == clause and "dat" in m.cases
                and m.actor.cls in ACTOR_CLASSES and needs.match(self.words, m.last + 1) and m.actor.key not in own]
        if held:
            return held[:1]
        gaz = load_gazetteer()
        owner = [m.actor for m in self.mentions if not self.cased and self.clauses[m.first] == clause
                 and m.first > trig.last and m.actor.cls == "Country"
                 and ({"adj", "gen"} & set(m.cases) or m.entity.cls == "Country" and self.prepositions[id(m)] == "in")
                 and m.actor.key not in own and m.actor.country not in own]
        if owner:
            return owner[:1]  # "lifted its ban on Ukrainian grain", "eased curbs on investment in Cuba"

        def state(e: Entity) -> str | None:
            return e.key if e.cls == "Country" else (gaz.by_code.get(e.country) if e.country else None)

        sides = {state(a) for a in actors} - {None}
        stems = {self.words[k].casefold()[:5] for k in range(len(self.words))
                 if self.clauses[k] == clause and needs.match(self.words, k)}
        measures = [e for e in self.doc.events if e.type in ("SANCTION", "THREATEN") and e.sentence >= self.index - 5
                    and {state(a.entity) for a in e.actors if a.role == "actor"} & sides
                    and any(a.role == "recipient" for a in e.actors)]
        same = [e for e in measures if any(w.casefold()[:5] in stems for w in e.evidence.text.split())]
        chosen = (same or measures)[-1:] if stems else measures[-1:]
        return [a.entity for e in chosen for a in e.actors if a.role == "recipient"]

    def _unnamed_people_held(self, trig: Trigger) -> bool:
        """Whether the clause of a bare passive participle counts plain people and the sentence names no one who
        could be its doer ("Vairāk nekā 3000 cilvēku aizturēti", "ziņo, ka aizturēti 66 cilvēki"): a state's act on
        them. (Police named before it in the sentence are the doer: "policija izmantoja asaru gāzi, un aizturēti
        66 cilvēki".)"""
        people = phrases(self.lang, "quantity", "units", "person")
        clause = [k for k in range(len(self.words)) if self.clauses[k] == self.clauses[trig.first]]
        return bool(people) and any(people.match(self.words, k) for k in clause) \
            and not any("nom" in m.cases and id(m) not in self.speakers for m in self.mentions)

    def _crowd_taken_up(self, trig: Trigger) -> bool:
        """Whether a pronoun after the trigger takes up a crowd told before it in the sentence ("thousands took to
        the streets ..., and police fired tear gas to disperse them")."""
        them = phrases(self.lang, "pronouns", "back_reference")
        return any(them.match(self.words, k) for k in range(trig.last + 1, min(len(self.words), trig.last + 8))) \
            and any(t.entry.get("crowd") and t.last < trig.first for t in self.triggers)

    @staticmethod
    def _police_body(entity: Entity) -> bool:
        """Whether the entity is a country's police (a force that can be sent, like troops)."""
        gaz = load_gazetteer()
        state = gaz.country(entity.country) if entity.country and entity.cls != "Country" else None
        return state is not None and gaz.of_kind("police", state).key == entity.key

    def _police_telling_arrest(self, trig: Trigger, entry: dict) -> list[Entity]:
        """Police who tell of arrests in the passive ("Police said dozens of demonstrators had been detained")
        made them: the police, not their state."""
        if entry["type"] != "COERCE" or not str(entry["cameo"]).startswith("173"):
            return []
        cue = next((c for c in reversed(self.cues) if c.index < trig.first), None)
        return [m.actor for m in (cue.speakers if cue else []) if self._police_body(m.actor)][:1]

    def _held_crowd(self, trig: Trigger, place: Entity | None) -> list[Entity]:
        """The unnamed doer of an arrest in the passive of people counted but not named ("749 people had been
        arrested", "dozens of demonstrators were detained in Minsk"): the state that holds them, where it is done,
        else the story's; whether they are a crowd of protesters is settled by the story (_crowd_held)."""
        people = phrases(self.lang, "held_people")
        clause = [k for k in range(trig.first) if self.clauses[k] == self.clauses[trig.first]]
        if not any(people.match(self.words, k) for k in clause[-6:]) or any(
                m.first in clause and m.actor.cls in ACTOR_CLASSES and id(m) not in self.speakers
                and not (m.entity.cls in PLACE_CLASSES and self.prepositions[id(m)]) for m in self.mentions):
            return []
        towns = [m.entity for m in self.mentions if m.entity.cls in PLACE_CLASSES and self.prepositions[id(m)]
                 and self.clauses[m.first] == self.clauses[trig.first]]
        state = self._state_where_held(trig, place or next(iter(towns), None)) or self._home_state(trig)
        state = [s if s.cls == "Country" else load_gazetteer().country(s.country or "") for s in state[:1]]
        return [s for s in state if s is not None]

    def _home_state(self, trig: Trigger) -> list[Entity]:
        """The state that does an unattributed act in the passive: that of a place its clause names, else the
        country the story is about ("tika aizturēts Teherānā", "Šajā lietā tika aizturēts arī bijušais ministrs")."""
        places = [m.entity for m in self.mentions if m.entity.cls in PLACE_CLASSES and "loc" in m.cases
                  and self.clauses[m.first] == self.clauses[trig.first]]
        states = [e for e in map(_state_of_place, places) if e is not None] or [story_country(self.doc)]
        return [e for e in states if e is not None][:1]

    def _state_of_speaker(self, trig: Trigger) -> list[Entity]:
        """The unnamed agent of a state act in the passive, told by an official ("Peskovs apstiprināja, ka
        krimināllieta tiks izbeigta"): the official's state; told by no one, the state where it is done
        ("Maskavā tika izsludināts režīms")."""
        gaz = load_gazetteer()
        # a speaker after the report ("X would not be prosecuted, the Kremlin said") tells it as one before does
        tails = [c for c in self.cues if c.tail and c.index > trig.last][:1]
        relative = phrases(self.lang, "pronouns", "relative")
        for cue in [c for c in reversed(self.cues) if c.index < trig.first][:1] + tails:
            if cue.speakers and min(m.first for m in cue.speakers) > 0 \
                    and relative.match(self.words, min(m.first for m in cue.speakers) - 1):
                return []  # "the sailors who Quito says were detained": a claim about people, not the speaker's own act
            # an official, a group of officials or a ministry speaks for their state; a newspaper told it does not
            states = [gaz.country(m.actor.country or "") if m.actor.cls in ("Person", "Group")
                      or m.actor.cls == "Organisation" and _state_body(gaz, m.actor) else m.actor
                      for m in cue.speakers]
            return [e for e in states if e is not None and e.cls == "Country"][:1]
        places = [m.entity for m in self.mentions if m.entity.cls in PLACE_CLASSES and "loc" in m.cases
                  and "nom" not in m.cases and self.clauses[m.first] == self.clauses[trig.first]
                  and m.last < trig.first]
        return [e for e in map(_state_of_place, places) if e is not None][:1]

    def _holders_named_after(self, trig: Trigger) -> list[Entity]:
        """The unnamed givers of people released or handed over in the passive ("Krievijai tika nodoti astoņi
        cilvēki, kas bija ieslodzīti ASV, Vācijā un Polijā"): the states a relative clause on them says held them."""
        relative = phrases(self.lang, "pronouns", "relative")
        held = phrases(self.lang, "custody_words")
        c = self.clauses[trig.first]
        start = next((k for k in range(trig.last + 1, len(self.words)) if self.clauses[k] != c), None)
        if start is None or not relative.match(self.words, start):
            return []
        inner = self.clauses[start]
        if not any(held.match(self.words, k) for k in range(start, len(self.words)) if self.clauses[k] == inner):
            return []
        places = sorted((m for m in self.mentions if m.first > start and m.actor.cls == "Country" and "loc" in m.cases),
                        key=lambda m: m.first)
        if not places or self.clauses[places[0].first] != inner:
            return []
        joins = set(conjunctions(self.lang)) | {","}
        listed = [places[0]]
        for m in places[1:]:  # "ASV, Vācijā, Polijā un Norvēģijā": a list runs on past the commas
            between = [w.casefold() for w in self.words[listed[-1].last + 1:m.first]]
            if not between or not all(w in joins for w in between):
                break
            listed.append(m)
        return list({m.actor.key: m.actor for m in listed}.values())

    def _state_where_held(self, trig: Trigger, place: Entity | None) -> list[Entity]:
        """The unnamed agent of an arrest, sentence or ban told in the passive by no state
        (_state_of_speaker comes first) ("Vadim Krasikov was sentenced to life in Germany"): the state of the
        place where it was done. The detainee's own state is no guess: foreigners are held abroad.
        A participle joined to an earlier one shares its agent ("convicted by the city court and sentenced")."""
        if trig.first > 0 and phrases(self.lang, "conjunctions").match(self.words, trig.first - 1) == 1:
            shared = [m.actor for m in self.mentions if self.prepositions[id(m)] == "by" and m.last < trig.first
                      and self.clauses[m.first] == self.clauses[trig.first]]
            if shared:
                return shared[-1:]
        state = _state_of_place(place) if place is not None else None
        if state is None:
            # "who was serving a life sentence in Germany for a killing in Berlin": the country it is served in
            state = next((m.actor for m in self.mentions if m.first > trig.last and m.actor.cls == "Country"
                          and self.prepositions[id(m)] == "in" and self.clauses[m.first] == self.clauses[trig.first]),
                         None)
        if state is None:
            # "protesters led by X rallied in Yerevan, and in June the cleric was arrested": the state of the town
            # the sentence set its story in before
            towns = [_state_of_place(m.entity) for m in self.mentions if m.last < trig.first
                     and m.entity.cls in ("City", "Region") and self.prepositions[id(m)] == "in"]
            state = towns[-1] if towns else None
        return [state] if state is not None else []

    def _earlier_attacker(self, trig: Trigger, reach: int = 2) -> list[Entity]:
        """The unnamed agent of a killing or strike told in the passive ("X and Y had been killed") after an attack
        told in the ``reach`` sentences before: that attacker, a state's forces as their state."""
        gaz = load_gazetteer()
        for event in reversed(self.doc.events):
            if event.sentence < self.index - reach or event.sentence >= self.index or event.type != "ASSAULT" \
                    or event.status != "occurred":
                continue
            agent = next((a.entity for a in event.actors if a.role == "actor"), None)
            if agent is None:
                continue
            state = gaz.country(agent.country) if agent.cls in ("ArmedForce", "Person") and agent.country \
                and agent.key in set(gaz.kinds.values()) | {gaz.of_kind("armed_forces", gaz.country(agent.country)).key} \
                else None
            return [state or agent]
        return []

    def _listed_private_people(self, trig: Trigger, patients: list[Entity]) -> list[Entity]:
        """The other people of no state or office listed before a passive act done to people, when those it found
        are such people ("X, a rapper who won a seat for the party, and the writer Y were sentenced"): an
        apposition or relative clause parts the list but not its role."""
        if self.cased or not patients or not all(p.cls == "Person" and not p.country for p in patients):
            return []
        keys = {p.key for p in patients}
        return [m.actor for m in self.mentions if m.last < trig.first and m.actor.cls == "Person"
                and not m.actor.country and not m.actor.wikidata and m.actor.key not in keys
                and id(m) not in self.speakers and self.prepositions[id(m)] in (None,)]

    def _unnamed_court(self, trig: Trigger) -> list[Entity]:
        """The state whose unnamed court passed a sentence ("sentenced to death by a closed military court"): that of
        a place the clause names, else the country the story is about."""
        courts = phrases(self.lang, "court_nouns")
        by = next((k for k in range(trig.last + 1, len(self.words)) if self.clauses[k] == self.clauses[trig.first]
                   and self.preposition_label(k) == "by"), None)
        if by is None or not any(courts.match(self.words, k) for k in range(by + 1, min(len(self.words), by + 5))) \
                or any(m.first > by and m.first <= by + 4 for m in self.mentions if m.actor.cls in ACTOR_CLASSES):
            return []
        return self._home_state(trig)

    def _state_holding(self, patients: list[Entity]) -> list[Entity]:
        """The unnamed accuser, court or jailer of people told in the passive ("X was charged with treason", "they
        were accused of ...", "has been sentenced to prison", "was facing a new investigation"): the state that
        arrested, held, tried or accused one of them earlier in the story, else the story's country when none of
        them belongs to another state. A state or group told so has no accuser to guess."""
        if not patients or any(p.cls != "Person" for p in patients):
            return []
        gaz = load_gazetteer()
        keys = {p.key for p in patients}
        for event in reversed(self.doc.events):
            if event.sentence > self.index or not (event.type == "ACCUSE" or event.cameo.startswith("17")) \
                    or not keys & {a.entity.key for a in event.actors if a.role == "recipient"}:
                continue
            agent = next((a.entity for a in event.actors if a.role == "actor"), None)
            state = agent if agent is not None and agent.cls == "Country" else \
                gaz.country(agent.country) if agent is not None and agent.country else None
            if state is not None:
                return [state]
        home = story_country(self.doc)
        if home is None or any(p.country and p.country != home.country for p in patients):
            return []
        return [home]

    def _state_of_earlier_custody(self, trig: Trigger) -> list[Entity]:
        """The unnamed agent of an arrest, sentence or detention told in the passive with no state or place of its
        own ("X was convicted by a court in Minsk. Y had been held since 2019 on spying charges"): the state that
        held, tried or arrested people in the two sentences before."""
        gaz = load_gazetteer()
        for event in reversed(self.doc.events):
            if event.sentence < self.index - 2 or event.sentence >= self.index:
                continue
            if event.type != "COERCE" or not event.cameo.startswith("17"):
                continue
            agent = next((a.entity for a in event.actors if a.role == "actor"), None)
            state = agent if agent is not None and agent.cls == "Country" else \
                gaz.country(agent.country or "") if agent is not None and agent.country else \
                _state_of_place(event.place) if event.place is not None else None
            if state is not None:
                return [state]
        return []

    def _apposed(self, m: Mention) -> bool:
        """A quoted name after a common noun stays uninflected and takes the noun's case
        ("apsūdzēja partiju "Apvienotā nacionālā kustība"")."""
        return m.first > 1 and self.quoted[m.first] and self.words[m.first - 1] in QUOTES \
            and self.words[m.first - 2].islower()

    def _relative_object(self, trig: Trigger, subjects: list[Mention]) -> Mention | None:
        """A relative pronoun with a subject of its own between it and the verb ("X, whom Peru accused of ...",
        "the general who the junta detained") is the verb's object, standing for the name before it."""
        if self.cased or not trig.verb:
            return None
        relative = phrases(self.lang, "pronouns", "relative")
        helpers = phrases(self.lang, "auxiliaries")
        determiners = phrases(self.lang, "determiners")
        for own in subjects:
            start = own.first - 1 if own.first > 0 and determiners.match(self.words, own.first - 1) else own.first
            rel = next((m for m in self.mentions if m.first == m.last == start - 1
                        and relative.match(self.words, m.first)), None)
            if rel is None:
                continue
            k = own.last + 1
            while k < trig.first and helpers.match(self.words, k):
                k += 1
            if k == trig.first:
                return rel
        return None

    def _fronted_object(self, trig: Trigger, m: Mention, subjects: list[Mention]) -> bool:
        """An object before its verb, free word order allowing it ("Saeimas lēmumu nosauca", "ar Krieviju
        pazemināja"): a dative or accusative, or a name after "ar"/"pret" (or "uz" for a visit or delivery),
        with no verb of the clause before it to own it; "ar X" just after a noun ("videokonferenci ar Zelenski")
        is the noun's partner, a hostile act's object only if nothing owns it. A name that could be
        nominative counts only after the subject. A noun takes a dative just before it ("nosūtīs Izraēlai
        oficiālu lūgumu")."""
        if not self.cased or m.last >= trig.first or self._infinitive(trig):
            return False
        if m.first == self._object_pronoun(trig):
            return True
        if not trig.verb:
            return "dat" in m.cases and "nom" not in m.cases and self.prepositions[id(m)] is None \
                and trig.first - m.last <= 4 and any(s.last < m.first for s in subjects)
        if any(t.verb and t is not trig and (t.last < m.first or m.last < t.first < trig.first)
               and self.clauses[t.first] == self.clauses[trig.first] for t in self.triggers):
            return False
        if self.prepositions[id(m)] in ("with", "against"):
            if trig.entry["type"] in (load_language(self.lang).get("infinitive_targets") or []) \
                    and self._infinitive_after(trig) == trig.last + 1:
                return False  # "ar Maskavu un atteikusies pievienoties ...": the refusal's aim is in its infinitive
            return trig.entry["type"] in COOPERATIVE or not any(
                not t.verb and 0 < m.first - t.last <= 6 for t in self.triggers)
        prep = self.prepositions[id(m)]
        if not set(m.cases) & {"dat", "acc"} \
                or prep is not None and not (prep == "to" and trig.entry["type"] in MOTION):
            return False
        if "gen" in m.cases and "nom" not in m.cases and m.last + 1 < trig.first and self.words[m.last + 1].isalpha() \
                and self.words[m.last + 1].islower() and not phrases(self.lang, "sentence_adverbs").match(
                    self.words, m.last + 1):
            return False
        return "nom" not in m.cases or any(s.last < m.first for s in subjects)

    def _subject_case(self, m: Mention) -> bool:
        if not self.cased or id(m) in self.counted:
            return True
        return "nom" in m.cases

    def _subjects(self, trig: Trigger, args: list[Mention], previous: list[Mention]) -> list[Mention]:
        """Who does it: the one accused of it ("accused Hungary of blocking"), the name right before the verb,
        auxiliaries aside ("the timeline Zelensky had sought"), else the
        names before the trigger with no preposition (for a symmetric event also those after "between": "the truce
        between Israel and Hamas took effect"), else the speaker or the last subject."""
        if self._reduced_relative(trig):
            return self._qualified_owner(trig)
        aside = self._noun_in_gerund_aside(trig) if trig.entry["type"] in REACTIONS else None
        if aside is not None and any(c.index < aside - 1 and c.speakers for c in self.cues):
            return self._main_subject(trig)
        pronoun = self._object_pronoun(trig)
        if pronoun is not None:
            return self._subjects_after(trig, pronoun)
        opening = self._opening_participle_subject(trig)
        if opening:
            return opening
        charged = self._charged_pronoun_subject(trig)
        if charged:
            return charged
        if trig.verb and self._caused(trig):
            return [m for m in self.mentions if m.last == trig.first - 2]
        owner = self._owner_of_intent(trig)
        if owner:
            return owner
        between = "between" if trig.entry.get("symmetric") else None
        told = (_said_before if trig.entry.get("needs_complement") else _quote_before)(self.words, trig.first) \
            if trig.verb and not self.quoted[trig.first] else None
        told = told if told is not None and len(told) > 3 else range(0)  # a quotation, not a quoted name
        before = [m for m in args if m.last < trig.first and (self.prepositions[id(m)] in (None, between)
                                                              or self._represented(m) or self._joined_by_phrase(m))
                  and (self._subject_case(m) or between and self.prepositions[id(m)] == between)
                  and m.first not in told]
        if not trig.verb:
            return self._noun_subjects(trig, before, previous)
        if self.cased and before and all(m.entity.cls == "City" and len(m.cases) > 1 for m in before) and any(
                m.first > trig.last and m.cases == ["nom"] and self.prepositions[id(m)] is None
                and self.clauses[m.first] == self.clauses[trig.first] for m in args):
            before = []  # "Pirmdien Nairobi ieradās Somālijas prezidents": an undeclined town is where, the nominative who
        progressive = tuple(load_language(self.lang).get("progressive_suffixes", []))
        if progressive and not self.cased and self.words[trig.first].casefold().endswith(progressive):
            # "with the army carrying out air strikes": the name after "with" does what the participle says
            absolute = [m for m in self.mentions if m.last == trig.first - 1 and self.prepositions[id(m)] == "with"
                        and m.actor.cls in ACTOR_CLASSES]
            if absolute:
                return absolute
        if self._gerund_aside(trig):
            main = self._main_subject(trig)
            if main:
                return main
        if progressive and trig.first > 0 and not trig.entry.get("symmetric") \
                and self.words[trig.first].casefold().endswith(progressive) \
                and phrases(self.lang, "gerund_subordinators").match(self.words, trig.first - 1):
            # "ordered an offensive after accusing it of ...": the gerund's doer is the last subject before it
            doer = [m for m in self.mentions if m.last < trig.first and self.prepositions[id(m)] is None
                    and id(m) not in self.modifiers and m.actor.cls in ACTOR_CLASSES and id(m) not in self.speakers][-1:]
            if doer:
                return coordinated(self.words, doer[0], [m for m in self.mentions if m.last < trig.first
                                                         and self.prepositions[id(m)] is None], self.lang)
        gerunds = phrases(self.lang, "infinitive", "gerund_markers")
        if gerunds and trig.first >= 2 and gerunds.match(self.words, trig.first - 1) \
                and self.words[trig.first].casefold().endswith(tuple(load_language(self.lang).get("infinitive", {}).get(
                    "gerund_suffixes", []))):
            accused = [m for m in self.mentions if m.last == trig.first - 2 and id(m) not in self.modifiers]
            if not accused and self.words[trig.first - 2].casefold() in conjunctions(self.lang) | {","}:
                accused = self._first_charged(trig)
            if accused:
                return accused
        auxiliaries = phrases(self.lang, "auxiliaries")
        if auxiliaries and before and not self.words[trig.first].casefold().endswith(progressive):
            k = trig.first - 1
            while k > before[-1].last and auxiliaries.match(self.words, k):
                k -= 1
            if k == before[-1].last:
                ends = {t.last for t in self.triggers if t.verb}
                free = [m for m in before if m.first - 1 not in ends]
                # "the leaders of Chile and Peru condemned ...": the first of the pair stands after "of"
                owners = [m for m in args if m.last < before[-1].first and self.prepositions[id(m)] == "of"
                          and m.actor.cls in ACTOR_CLASSES] if not self.cased and not trig.entry.get("symmetric") else []
                return coordinated(self.words, before[-1], sorted(free + owners, key=lambda m: m.first), self.lang)
        conj = conjunctions(self.lang)
        before = self._not_objects_of_joined_verb(trig, before, previous)
        if not self.cased:
            earlier = [t.first for t in self.triggers if t.first < trig.first and t.verb
                       and self.clauses[t.first] == self.clauses[trig.first]]
            if earlier:
                before = [m for m in before if m.last < earlier[0]]
                # "X said the country remained committed and blamed India": a speech act joined by "and" after
                # the reported clause is the speaker's own, not the reported subject's.
                speakers = self._subject_from_cue(trig)
                cue_at = max((c.index for c in self.cues if c.index < trig.first and c.speakers), default=-1)
                if str(trig.entry["cameo"]).startswith(SAID_ACTS) and self.words[trig.first - 1].casefold() in conj \
                        and speakers and before and all(m.first > cue_at for m in before):
                    return speakers
        if before:
            return coordinated(self.words, self._subject_head(before), before, self.lang)
        owner = self._body_part_subject(trig, args)
        if owner:
            return owner
        conj = conjunctions(self.lang)
        start = self.clauses.index(self.clauses[trig.first])
        shared = bool(previous) and (trig.first > 0 and self.words[trig.first - 1].casefold() in conj
                                     or phrases(self.lang, "coordinators").match(self.words, start))
        if self.cased and not shared:
            after = [m for m in args if m.first > trig.last and m.cases == ["nom"]
                     and self.prepositions[id(m)] is None]
            fronted = trig.verb and any(m.last < trig.first and {"dat", "acc"} & set(m.cases) and "nom" not in m.cases
                                        and self.prepositions[id(m)] is None
                                        and self.clauses[m.first] == self.clauses[trig.first] for m in self.mentions) \
                or self._object_fronted(trig)
            if not after and fronted:
                # the dative or accusative stands first ("Kijivai uzbruka Krievijas droni", "Odesu apšaudīja X"): a
                # name after the verb that may be nominative is the subject
                after = [m for m in args if m.first > trig.last and "nom" in m.cases and "dat" not in m.cases
                         and self.prepositions[id(m)] is None]
            if after:
                return self._listed_after(after)
        if self._in_relative_clause(trig) or self._unresolved_relative(trig) or self._unnamed_subject(trig):
            return []
        if shared:
            return previous
        if phrases(self.lang, "coordinators").match(self.words, start) and self.cased:
            return self._sentence_subject(trig) or self._subject_from_cue(trig)
        return self._subject_from_cue(trig) or previous

    def _joined_by_phrase(self, m: Mention) -> bool:
        """Whether a name follows a conjunction of several words that ends in a preposition ("Germany, along with
        France, condemned"): it is joined to the subject, not governed by the preposition."""
        conj = phrases(self.lang, "conjunctions")
        return any(conj.match(self.words, j) == m.first - j > 1 for j in range(max(0, m.first - 3), m.first - 1))

    def _place_in_which(self, trig: Trigger) -> Entity | None:
        """Where a deed is, told in the clause that describes it ("an attack on 22 April in which gunmen killed
        26 people near the town of Pahalgam")."""
        openers = phrases(self.lang, "describing_openers")
        near = phrases(self.lang, "place_prepositions")
        start = next((k for k in range(trig.last + 1, min(len(self.words), trig.last + 6)) if openers.match(self.words, k)),
                     None)
        if start is None or any(w in (".", ";") for w in self.words[trig.last + 1:start]):
            return None
        stop = next((k for k in range(start, len(self.words)) if self.words[k] in (".", ";")), len(self.words))
        for m in self.mentions:
            if start < m.first < stop and m.entity.cls in ("City", "Region") and m.as_actor is None:
                k = m.first - 1
                k -= next((n for n in range(1, 5) if m.first - n > start
                           and phrases(self.lang, "settlement_nouns").match(self.words, m.first - n) == n), 0)
                while k > start and phrases(self.lang, "determiners").match(self.words, k):
                    k -= 1
                if near.match(self.words, k):
                    return m.entity
        return None

    def _place_of_absolute(self, trig: Trigger) -> Entity | None:
        """A participle clause with "with" ("fighting went on in Khartoum, with the army carrying out air strikes")
        goes on with the occasion before it: the first town or region named before it in its sentence."""
        progressive = tuple(load_language(self.lang).get("progressive_suffixes", []))
        if self.cased or not progressive or not self.words[trig.first].casefold().endswith(progressive) \
                or not any(m.last == trig.first - 1 and self.prepositions[id(m)] == "with" for m in self.mentions):
            return None
        return next((m.entity for m in self.mentions if m.last < trig.first and m.entity.cls in ("City", "Region")
                     and self.prepositions[id(m)] == "in"), None)

    def _unnamed_subject(self, trig: Trigger) -> bool:
        """Whether a verb has a subject of its own that names nobody ("..., and the troops withdrew"): it does not
        borrow the subject of the clause before."""
        if self.cased or not trig.verb:
            return False
        k = trig.first - 1
        while k > 0 and phrases(self.lang, "auxiliaries").match(self.words, k):
            k -= 1
        return k > 0 and self.words[k].isalpha() and self.words[k].islower() \
            and phrases(self.lang, "noun_articles").match(self.words, k - 1) == 1 \
            and not any(m.first <= k <= m.last for m in self.mentions) \
            and not any(t.first <= k <= t.last for t in self.triggers)

    def _object_fronted(self, trig: Trigger) -> bool:
        """Whether a common noun that can only be the object stands right before the verb, opening its clause's
        object-verb-subject order ("ka lidmašīnu notrieca X pretgaisa aizsardzība", "tiltam uzbruka X droni"): the
        subject follows."""
        k = trig.first - 1
        if not trig.verb or k < 0 or self.clauses[k] != self.clauses[trig.first] or not self.words[k].isalpha() \
                or not self.words[k].islower() or any(m.first <= k <= m.last for m in self.mentions):
            return False
        cases = guess_cases(self.words[k], self.lang)
        return bool(cases & {"acc", "dat"}) and "nom" not in cases

    def _addressed_before(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """Whom a request names no one for is made to when it goes on from a verb that addressed someone, as a
        gerund or a verb joined by "and" ("wrote to X asking him to", "handed the other side a list and demanded"):
        the one addressed, the last party named before it outside a relative clause."""
        word = self.words[trig.first].casefold()
        gerund = word.endswith(tuple(load_language(self.lang).get("progressive_suffixes", [])))
        joined = trig.first > 0 and self.words[trig.first - 1].casefold() in conjunctions(self.lang)
        if self.cased or not (gerund or joined):
            return []
        doers = {a.key for a in actors}
        relative = phrases(self.lang, "pronouns", "relative")
        verbs = [t.first for t in self.triggers if t.verb and t.first < trig.first]
        named = [m for m in self.mentions if m.last < trig.first and m.actor.key not in doers
                 and m.actor.cls in ACTOR_CLASSES and id(m) not in self.modifiers and id(m) not in self.speakers
                 and m.cases != ["adj"] and self.prepositions[id(m)] in (None, "to")
                 and not (self.clauses[m.first] != self.clauses[0]
                          and relative.match(self.words, self.clauses.index(self.clauses[m.first])))]
        named = [m for m in named if not any(m.last < v < trig.first for v in verbs)]
        if not named:
            return []
        return [m.actor for m in coordinated(self.words, named[-1], named, self.lang)]

    def _talks_without_deal(self, trig: Trigger, entry: dict) -> Event | None:
        """A deal denied in the passive with no parties named ("taču nekādi līgumi netika parakstīti", "vienošanās
        netika panākta") is one the parties of the talks told just before did not make: those talks, if any."""
        prefix = load_language(self.lang).get("sources", {}).get("negative_prefix")
        auxiliaries = phrases(self.lang, "passive_auxiliaries")
        negated = trig.negated or bool(prefix) and any(
            auxiliaries.match(self.words, k) and self.words[k].casefold().startswith(prefix)
            for k in range(max(0, trig.first - 2), trig.first))
        if not negated or any(e.type == entry["type"] and e.cameo == str(entry["cameo"]) for e in self.doc.events
                              if e.sentence >= self.index - 2):
            return None
        # "sarunās ..., taču nekādi līgumi netika parakstīti": talks named again reach back to those told
        named = any(t.entry["type"] == "CONSULT" and not t.verb for t in self.triggers)
        return next((e for e in reversed(self.doc.events) if e.type == "CONSULT" and len(e.actors) > 1
                     and (named or e.sentence >= self.index - 2)), None)

    def _placed_again(self, trig: Trigger, entry: dict, place: Entity | None) -> None:
        """A deal told again in the passive with its place ("The deal was signed in Pretoria by ...") places the
        same kind of act told before without one: one happening, told twice."""
        auxiliaries = phrases(self.lang, "passive_auxiliaries")
        k = trig.first - 1
        while k > 0 and auxiliaries.match(self.words, k):
            k -= 1
        needs = _entry_phrases(entry, "needs")
        if place is None or k < 1 or not needs.match(self.words, k) \
                or not phrases(self.lang, "determiners").match(self.words, k - 1):
            return
        earlier = next((e for e in reversed(self.doc.events) if e.type == entry["type"] and e.cameo == str(entry["cameo"])
                        and e.sentence >= self.index - 2), None)
        if earlier is not None and earlier.place is None:
            earlier.place = place

    def _helped_by(self, trig: Trigger) -> set[str]:
        """Who mediates together with the subject ("mediated between A and B together with C"): those named after
        a mediation helper later in the clause."""
        helpers = phrases(self.lang, "mediation_helpers")
        return {m.actor.key for m in self.mentions if m.first > trig.last and self.clauses[m.first] == self.clauses[trig.first]
                and any(helpers.match(self.words, k) for k in range(max(trig.last + 1, m.first - 7), m.first))}

    def _medium(self, trig: Trigger) -> bool:
        """A joint text named as the means of another act ("warned ECOWAS in a joint statement", "described them in
        a joint statement as ..."): the text is how they said it, no agreement of its own."""
        markers = phrases(self.lang, "medium_markers")
        if trig.entry.get("medium") and any(t is not trig and t.entry["type"] in SAYING for t in self.triggers):
            return True
        return not trig.verb and trig.entry["type"] == "AGREE" and any(
            markers.match(self.words, k) == trig.first - k for k in range(max(0, trig.first - 3), trig.first))

    def _represented(self, m: Mention) -> bool:
        """Whether a name stands for the people sent by it ("delegations from the two sides", "negotiators of Russia
        and Ukraine"): it is the subject those people are."""
        nouns = phrases(self.lang, "representative_nouns")
        skip = phrases(self.lang, "determiners"), phrases(self.lang, "name_adjectives")
        k = m.first - 1
        while k >= 0 and any(p.match(self.words, k) == 1 for p in skip):
            k -= 1
        joined = next((o for o in self.mentions if o.last == k - 1), None) \
            if k >= 1 and self.words[k].casefold() in conjunctions(self.lang) else None
        if joined is not None:
            return self._represented(joined)
        return k >= 1 and self.preposition_label(k) in ("from", "of") and nouns.match(self.words, k - 1) == 1 \
            and not any(t.first <= k - 1 <= t.last for t in self.triggers)

    def _not_objects_of_joined_verb(self, trig: Trigger, before: list[Mention], previous: list[Mention]) -> list[Mention]:
        """A verb joined by "un" to an earlier verb of the same stretch shares its subject; the names between the
        two are the earlier verb's objects ("izsauca Japānas vēstnieku Hideo Tarumi un izteica protestu"), not
        a new subject."""
        if not self.cased or not previous or trig.first == 0 \
                or self.words[trig.first - 1].casefold() not in conjunctions(self.lang):
            return before
        earlier = [t for t in self.triggers if t.verb and t.last < trig.first - 1
                   and not any(w in BREAKS_BEFORE for w in self.words[t.last + 1:trig.first])]
        if not earlier:
            return before
        return [m for m in before if m.last < earlier[-1].first]

    def _reduced_relative(self, trig: Trigger) -> bool:
        """A participle right after a plural noun, with no auxiliary ("the 35 drones launched at Kyiv", "weapons
        supplied by Iran"), qualifies that noun: its doer is not the subject of the clause."""
        suffixes = tuple(load_language(self.lang).get("participle_suffixes", []))
        if self.cased or not suffixes or not trig.verb or trig.first == 0 \
                or not self.words[trig.first].casefold().endswith(suffixes):
            return False
        k = trig.first - 1
        word = self.words[k]
        skip = phrases(self.lang, "auxiliaries"), phrases(self.lang, "pronouns", "possessive"), \
            phrases(self.lang, "clause_openers"), phrases(self.lang, "determiners")
        # "Russian drones launched at Kyiv": a kind noun named with its state is such a noun too
        kind = next((m for m in self.mentions if m.last == k and m.first < k), None)
        if not (word.isalpha() and word.islower() and word.endswith("s") and not any(p.match(self.words, k) for p in skip)
                and word.casefold() not in conjunctions(self.lang)
                and (kind is not None or not any(m.first <= k <= m.last for m in self.mentions))):
            return False
        k = kind.first if kind is not None else k
        # the noun phrase stands as an object: a preposition or a verb trigger governs it ("shot down 30 of the 35
        # drones launched at Kyiv", "for every ten hostages released"), not the start of a clause
        ends = {t.last for t in self.triggers if t.verb and t is not trig}
        partitive = phrases(self.lang, "partitive_heads")
        k -= 1
        while k >= 0 and k not in ends and (not self.prepositions_at(k) or k > 0 and partitive.match(self.words, k - 1)) \
                and self.clauses[k] == self.clauses[trig.first] \
                and (self.words[k].islower() and self.words[k].isalpha() or any(c.isdigit() or c == "-" for c in self.words[k])
                     or any(m.first <= k <= m.last and m.cases == ["adj"] for m in self.mentions)) \
                and self.words[k].casefold() not in conjunctions(self.lang) and not skip[2].match(self.words, k):
            k -= 1  # "30 of the 35 Russian drones launched at Kyiv": a nationality is part of the noun phrase
        return k >= 0 and (k in ends or self.prepositions_at(k)) and self.clauses[k] == self.clauses[trig.first]

    def _opening_participle_subject(self, trig: Trigger) -> list[Mention]:
        """The doer of a participle clause that opens the sentence ("Having signed the deal, Ethiopia and Eritrea
        ...", "Before visiting Kyiv, Scholz met Duda"): the subject of the main clause right after its comma."""
        if self.cased or not trig.verb or trig.first == 0:
            return []
        openers = phrases(self.lang, "participle_openers")
        suffixes = tuple(load_language(self.lang).get("progressive_suffixes") or [])
        k = 0
        while k < trig.first and openers.match(self.words, k):
            k += openers.match(self.words, k)
        if k != trig.first or not (self.words[trig.first].casefold().endswith(suffixes)
                                   or self.words[trig.first - 1].casefold() in phrases(self.lang, "perfect_participle_markers")):
            return []
        comma = next((j for j in range(trig.last + 1, len(self.words)) if self.words[j] == ","), None)
        if comma is None:
            return []
        first = next((m for m in self.mentions if comma < m.first <= comma + 2 and self.prepositions[id(m)] is None
                      and m.actor.cls in ACTOR_CLASSES), None)
        if first is None:
            return []
        verb = min([t.first for t in self.triggers if t.verb and t.first > comma] + [len(self.words)])
        names = [m for m in self.mentions if comma < m.first and m.last < verb and self.prepositions[id(m)] is None]
        return [m for m in coordinated(self.words, names[-1], names, self.lang) if m.first > comma]

    def _qualified_owner(self, trig: Trigger) -> list[Mention]:
        """The doer of an attack told by a participle that qualifies a noun ("the 35 Russian drones launched at
        Kyiv"): the nationality or possessive that owns that noun, right before it; none when the noun has no owner.
        (Forces "stationed" or weapons "supplied" are background, left alone.)"""
        if self.cased or trig.entry["type"] != "ASSAULT":
            return []
        kind = [m for m in self.mentions if m.last == trig.first - 1 and m.first < m.last and m.actor.cls in ACTOR_CLASSES]
        if kind:
            return kind
        return [m for m in self.mentions if (m.cases == ["adj"] or m.cases == ["gen"]) and 1 <= trig.first - m.last <= 3
                and self.clauses[m.first] == self.clauses[trig.first] and m.actor.cls in ACTOR_CLASSES
                and all(w.isalpha() and w.islower() for w in self.words[m.last + 1:trig.first])][-1:]

    def _listed_after(self, names: list[Mention]) -> list[Mention]:
        """A subject after its verb with the names listed after it ("balsoja Krievija, Baltkrievija un Sīrija")."""
        conj = conjunctions(self.lang)
        group = names[:1]
        for m in names[1:]:
            between = [w.casefold() for w in self.words[group[-1].last + 1:m.first]]
            if between not in ([","],) and " ".join(between) not in conj:
                break
            group.append(m)
        return group

    def _document_author(self, trig: Trigger) -> list[Entity]:
        """Who says what a text says in a passive ("Saeima pieņēma paziņojumu, kurā Krievija atzīta par ..."): the
        subject of the sentence that adopted the text "in which" it is said."""
        comma = next((k for k in range(trig.first - 1, -1, -1) if self.words[k] == ","), None)
        suffixes = tuple(load_language(self.lang).get("passive_participle_suffixes") or ())
        if comma is None or trig.entry["type"] not in SAYING or not suffixes \
                or not self.words[trig.first].casefold().endswith(suffixes) \
                or not phrases(self.lang, "document_relatives").match(self.words, comma + 1):
            return []
        return [m.actor for m in self._sentence_subject(trig) if m.last < comma]

    def _sentence_subject(self, trig: Trigger) -> list[Mention]:
        """The subject the sentence opened with, for a later clause that goes on with "bet", "taču", "un"
        ("Zelenskis piedalījās sēdē, bet samita malā tikās ar Baidenu")."""
        first = [m for m in self.mentions if self.clauses[m.first] == self.clauses[0] and m.last < trig.first
                 and "nom" in m.cases and id(m) not in self.modifiers and self.prepositions[id(m)] is None
                 and m.actor.cls in ACTOR_CLASSES and id(m) not in self.speakers]
        return coordinated(self.words, first[0], first, self.lang)[:1] if first else []

    def _actorless(self, entry: dict, actors: list[Entity], arguments: list) -> bool:
        """A directed event needs someone who does it; only the dead and wounded of a victim verb stand alone.
        (English reads its actors by other means and keeps such events when they have two parties.)"""
        return not actors and not entry.get("symmetric") and not entry.get("victim_subject") \
            and (self.cased or len(arguments) < 2)

    def _object_pronoun(self, trig: Trigger) -> int | None:
        """Where the relative pronoun opening a verb's clause stands when it is the verb's object ("protestētājus,
        kurus atbalsta ārvalstu izlūkdienesti", "karavīres, kuras sagūstīja kaujinieki"): one with no nominative
        reading, or one that may be accusative with a declined nominative after the verb in its clause
        (``_subjects_after``). (Where names do not decline, ``_relative_object`` reads word order instead.)"""
        if not self.cased or not trig.verb:
            return None
        relative = phrases(self.lang, "pronouns", "relative")
        for k in range(trig.first - 1, max(0, trig.first - 10), -1):
            if self.words[k] == ";" or any(t.verb and t.first <= k <= t.last for t in self.triggers):
                return None
            if self.words[k] == "," and relative.match(self.words, k + 1) == 1:
                inner = [j for j in range(k + 2, trig.first) if self.words[j] == ","]
                if inner and (inner[0] != k + 2 or len(inner) != 2):
                    return None  # a clause closed before the verb; only an aside may stand there (", kurus, pēc
                    # viņa teiktā, atbalsta")
                cases = guess_cases(self.words[k + 1], self.lang)
                if "nom" in cases and ("acc" not in cases or not self._subjects_after(trig, k + 1)):
                    return None
                return k + 1
        return None

    def _owner_of_intent(self, trig: Trigger) -> list[Mention]:
        """"Armenia's decision to hand four villages back", "the junta's plan to expel the envoy": the owner of a
        noun of deciding or intending does what the infinitive after it tells, though it stands outside its clause."""
        k = trig.first
        table = load_language(self.lang).get("infinitive", {})
        nouns = {w.casefold() for w in table.get("intent_nouns") or ()}
        if not trig.verb or k < 3 or not nouns or self.words[k - 1].casefold() not in table.get("markers", ()):
            return []
        # a time between the noun and its infinitive ("decision in April to hand") leaves it the noun's
        dating = {w.casefold() for w in table.get("intent_dating") or ()}
        noun = next((j for j in range(k - 2, max(0, k - 6), -1) if self.words[j].casefold() in nouns
                     and (j == k - 2 or self.words[j + 1].casefold() in dating)), None)
        if noun is None:
            return []
        owners = [m for m in self.mentions if m.last == noun - 1 and _clitic_possessive(m.text, self.lang)
                  and m.actor.cls in ACTOR_CLASSES]
        return owners or self._leader_body_owner(noun - 1)

    def _leader_body_owner(self, k: int) -> list[Mention]:
        """"his government's decision", "the PM's government's plan": a leader's government (lexicon ``leader_bodies``)
        owning a noun is the leader's state (docs/gold-format.md)."""
        word = self.words[k]
        endings = [e for e in _clitic_genitives(self.lang) if word.endswith(e)]
        if k < 1 or not endings or not phrases(self.lang, "leader_bodies").match([word[:-len(endings[0])]], 0):
            return []
        gaz = load_gazetteer()
        leaders = [m for m in self.mentions if m.last == k - 1 and m.actor.cls == "Person" and m.actor.country]
        if not leaders and phrases(self.lang, "pronouns", "possessive").match(self.words, k - 1) == 1:
            # "urging the premier's exit over his government's tax plan": the pronoun's government is
            # that of the last leader of a state named before it, whoever else the sentence names
            titles = phrases(self.lang, "leader_titles")
            leaders = [m for m in self.mentions if m.last < k - 1 and m.actor.cls == "Person" and m.actor.country
                       and titles.match((m.actor.title or "").split(), 0)][-1:]
        states = [gaz.country(m.actor.country) for m in leaders]
        return [m.model_copy(update={"as_actor": s}) for m, s in zip(leaders, states) if s is not None]

    def _intent_between(self, trig: Trigger, governors: list[Trigger]) -> bool:
        """Whether an infinitive belongs to a noun of deciding that some owner holds ("demanding his resignation over
        his government's decision in April to hand villages back"), not to the verb before it: the decision is told
        as taken, its deed an event of its own."""
        table = load_language(self.lang).get("infinitive", {})
        nouns = {w.casefold() for w in table.get("intent_nouns") or ()}
        dating = {w.casefold() for w in table.get("intent_dating") or ()}
        k = trig.first
        if k < 3 or self.words[k - 1].casefold() not in table.get("markers", ()):
            return False
        noun = next((j for j in range(k - 2, max(0, k - 6), -1) if self.words[j].casefold() in nouns
                     and (j == k - 2 or self.words[j + 1].casefold() in dating)), None)
        return noun is not None and noun > max(g.last for g in governors) and noun > 0 \
            and _clitic_possessive(self.words[noun - 1], self.lang)

    def _beside_doer(self, m: Mention) -> bool:
        """A name right after a marker of acting together ("kopā ar Somāliju", "plecu pie pleca ar X") does the act
        beside the subject; it is not whom the act is aimed at."""
        markers = phrases(self.lang, "co_doer_markers")
        return any(markers.match(self.words, k) == m.first - k for k in range(max(0, m.first - 5), m.first))

    def _thing_proposed_before(self, trig: Trigger) -> bool:
        """A relative object pronoun for a thing opening the trigger's clause ("lietai pret Izraēlu, ko Dienvidāfrika
        ierosināja") is what was proposed or started, named before: no one is asked to do anything."""
        start = min(k for k in range(trig.first + 1) if self.clauses[k] == self.clauses[trig.first])
        start += self.words[start] == ","
        return start < trig.first and phrases(self.lang, "pronouns", "thing_object").match(self.words, start) == 1

    def _charged_pronoun_subject(self, trig: Trigger) -> list[Mention]:
        """A pronoun opening the "ka" clause after an accusing verb and its accused ("apsūdzēja Somāliju, ka tā
        palīdz Etiopijai") stands for the accused, not the accuser: the deed charged is the accused's own."""
        comma = next((j for j in range(trig.first - 1, 0, -1) if self.words[j] == ","), None)
        if not trig.verb or comma is None or comma + 3 > trig.first or comma + 2 >= len(self.words) \
                or not phrases(self.lang, "complement_openers").match(self.words, comma + 1):
            return []
        pronouns = phrases(self.lang, "pronouns", "previous_subject")
        people = phrases(self.lang, "pronouns", "subject")
        if not (pronouns.match(self.words, comma + 2) == 1 or people.match(self.words, comma + 2) == 1):
            return []
        verbs = phrases(self.lang, "charge_verbs")
        for o in self.triggers:
            if o.verb and o.entry["type"] == "ACCUSE" and o.last < comma and verbs.match(self.words, o.first) \
                    and self.clauses[o.first] == self.clauses[comma - 1]:
                accused = [m for m in self.mentions if o.last < m.first and m.last < comma
                           and self.prepositions[id(m)] is None and {"acc", "dat"} & set(m.cases)
                           and id(m) not in self.modifiers and m.actor.cls in ACTOR_CLASSES]
                return accused[:1]
        return []

    def _subjects_after(self, trig: Trigger, at: int) -> list[Mention]:
        """The declined nominative of the relative clause opened by the pronoun at ``at``, before the verb ("kurus
        varasiestādes apcietināja") or after it to the clause's end, other than what the pronoun stands for, with
        the names listed after it."""
        pronoun = {m.actor.key for m in self.mentions if m.first == at}
        end = next((k for k in range(trig.last + 1, len(self.words)) if self.words[k] in (",", ".", ";")), len(self.words))
        after = [m for m in self.mentions if (at < m.first and m.last < trig.first or trig.last < m.first < end)
                 and "nom" in m.cases and len(m.cases) < len(CASES) and self.prepositions[id(m)] is None
                 and m.actor.key not in pronoun and id(m) not in self.modifiers]
        group = self._listed_after(after[:1]) if after else []
        keys = {m.actor.key for m in group}
        return group + [m for m in after if m not in group and m.actor.key in keys]  # "Hamās" kaujinieki

    def _in_relative_clause(self, trig: Trigger) -> bool:
        """A relative clause names its own subject ("..., kuru atbalsta Sociālistu partija"); it borrows none."""
        start = self.clauses.index(self.clauses[trig.first])
        return start > 0 and self.words[start - 1] == "," and bool(
            phrases(self.lang, "pronouns", "relative").match(self.words, start))

    def _subject_head(self, before: list[Mention]) -> Mention:
        """The last nominative before the verb, passing over a form that may as well be accusative
        ("Peskovs G7 garantijas nosauca") when an unambiguous nominative stands before it."""
        head = before[-1]
        if not self.cased or "acc" not in head.cases:
            return head
        conj = conjunctions(self.lang)
        earlier = [m for m in before if m.last < head.first and m.entity.cls != "City"]
        if head.entity.cls == "City" and len(head.cases) >= 5 and earlier and head.last + 1 < len(self.words) \
                and self.words[head.last + 1].isalpha() and self.words[head.last + 1].casefold() not in conj \
                and " ".join(self.words[earlier[-1].last + 1:head.first]).casefold() not in conj:
            return earlier[-1]  # "trīs valstis Bamako parakstīja": an undeclined town there is where, not who
        firm = [m for m in before if "acc" not in m.cases and m.last < head.first and not self._relative_aside(m, head)]
        if firm and " ".join(self.words[firm[-1].last + 1:head.first]).casefold() not in conj:
            return firm[-1]
        return head

    def _relative_aside(self, m: Mention, head: Mention) -> bool:
        """Whether ``m`` stands in a relative clause closed by a comma before ``head`` ("vēlēšanām, kurās viņš
        uzvarēja, varas iestādes apcietināja"): the subject of that clause, not of the verb after it."""
        relative = phrases(self.lang, "pronouns", "relative")
        start = next((k for k in range(m.first - 1, -1, -1) if self.words[k] == ","), None)
        return start is not None and any(relative.match(self.words, k) == 1 for k in range(start + 1, m.first)) \
            and "," in self.words[m.last + 1:head.first]

    def _announced(self, trig: Trigger, subjects: list[Mention]) -> bool:
        """A deed named after "par" ("parakstīja dekrētu par vispārējo mobilizāciju") by the clause's subject."""
        markers = phrases(self.lang, "announcement_markers")
        return bool(trig.entry.get("announced")) and any(s.last < trig.first for s in subjects) and any(
            markers.match(self.words, k) for k in range(max(0, trig.first - 3), trig.first))

    def _unresolved_relative(self, trig: Trigger) -> bool:
        """Whether the trigger's clause opens with a relative pronoun that names no one ("the drones, which struck"):
        its subject is that unnamed noun, not the last subject. "that" may open reported speech and does not count."""
        start = self.clauses.index(self.clauses[trig.first])
        while start < trig.first and not self.words[start][:1].isalnum():
            start += 1
        relative = phrases(self.lang, "pronouns", "relative")
        either = phrases(self.lang, "pronouns", "complementizer")

        def unnamed(k: int) -> bool:
            return bool(relative.match(self.words, k)) and not either.match(self.words, k) \
                and not any(m.first == k for m in self.mentions)
        def noun_that(k: int) -> bool:
            # "member states that send weapons": "that" right after a common noun, not after a verb of saying
            return k > 0 and bool(either.match(self.words, k)) and self.words[k - 1].isalpha() \
                and self.words[k - 1].islower() and self.words[k - 1] not in _reporting_words(self.lang) \
                and not any(m.first <= k - 1 <= m.last for m in self.mentions) \
                and not phrases(self.lang, "auxiliaries").match(self.words, k - 1)
        return unnamed(start) or trig.first > 0 and (unnamed(trig.first - 1) or noun_that(trig.first - 1))

    def _main_subject(self, trig: Trigger) -> list[Mention]:
        """The subject of the sentence's main verb, which a participle after a comma shares ("Velayati said that
        Tehran would block the corridor, warning that ..."): the first speaker, else the names before the first verb."""
        cue = next((c for c in self.cues if c.index < trig.first and c.speakers), None)
        if cue is not None:
            return cue.speakers
        told = self._subject_before_comma(trig)
        if told:
            return told
        verbs = [t for t in self.triggers if t.verb and t.first < trig.first]
        for verb in (verbs[-1:] + verbs[:1]) if verbs else []:  # the verb the aside follows, else the first one
            before = [m for m in self.mentions if m.last < verb.first and self.clauses[m.first] == self.clauses[verb.first]
                      and self.prepositions[id(m)] is None and id(m) not in self.modifiers
                      and m.actor.cls in ACTOR_CLASSES and self._subject_case(m)]
            if before:
                return coordinated(self.words, before[-1], before, self.lang)
        return self._opening_subject(trig)

    def _opening_subject(self, trig: Trigger) -> list[Mention]:
        """With no verb of a category before it, a participle after a comma shares the subject the sentence opens
        with ("Later in the day it filed a motion to impeach him, accusing him of ..."): the first party before the
        first comma, governed by no preposition."""
        if self.cased:
            return []
        comma = next((k for k, w in enumerate(self.words) if w == ","), len(self.words))
        first = [m for m in self.mentions if m.last < min(comma, trig.first) and self.prepositions[id(m)] is None
                 and id(m) not in self.modifiers and m.actor.cls in ACTOR_CLASSES and id(m) not in self.speakers]
        return first[:1]

    def _subject_before_comma(self, trig: Trigger) -> list[Mention]:
        """A name in the nominative a few lowercase words before the comma that opens the aside is the subject of
        the verb the aside follows, trigger or not ("un Krievija nākamajā mēnesī atbildēja, izraidot ...")."""
        if not self.cased or trig.first < 2 or self.words[trig.first - 1] != ",":
            return []
        comma = trig.first - 1
        named = next((m for m in self.mentions if m.last < comma and comma - m.last <= 5 and m.cases == ["nom"]
                      and self.prepositions[id(m)] is None and m.actor.cls in ACTOR_CLASSES
                      and all(w.isalpha() and w.islower() for w in self.words[m.last + 1:comma])), None)
        return [named] if named is not None else []

    def _deed_subject(self, trig: Trigger, previous: list[Mention]) -> list[Mention]:
        """"Israeli air strikes hit Beirut", "a Russian missile strike on Odesa killed three people": a verb whose
        subject is a deed of arms is done by that deed's doer."""
        deed = next((t for t in reversed(self.triggers) if t.last < trig.first and not t.verb
                     and t.entry["type"] == "ASSAULT" and self.clauses[t.first] == self.clauses[trig.first]), None)
        if deed is None or any(w in BREAKS_BEFORE or w.islower() and phrases(self.lang, "conjunctions").match([w], 0)
                               for w in self.words[deed.last + 1:trig.first]) \
                or any(t.verb and deed.last < t.first < trig.first for t in self.triggers) \
                or any(deed.last < m.first < trig.first and self.prepositions[id(m)] is None for m in self.mentions):
            return []
        return [m for m in self._noun_subjects(deed, [], previous) if m.cases == ["adj"]]

    def _owned(self, trig: Trigger, subjects: list[Mention]) -> bool:
        """Whether a noun trigger's agent is its own genitive ("karavīru dalība ... atbrīvošanā"), which lets it
        stand with one party; a noun that borrows its clause's subject needs a second party to be an event."""
        if self._own_forces_after(trig, subjects):
            return True
        if not self.cased and subjects and trig.entry["type"] in ("ASSAULT", "MOBILIZE", "RETREAT") and all(
                0 < trig.first - m.last <= 4 and self.clauses[m.first] == self.clauses[trig.first]
                and all(w.isalpha() and w.islower() for w in self.words[m.last + 1:trig.first]) for m in subjects):
            return True  # "Houthi drone and missile attacks": a name right before a deed noun is its doer
        if not self.cased and subjects and trig.entry["type"] in ("MOBILIZE", "RETREAT") and all(
                m.actor.cls == "ArmedForce" and 2 <= m.first - trig.last <= 3 for m in subjects) \
                and phrases(self.lang, "kind_of_marker").match(self.words, trig.last + 1):
            return True  # "the deployment of Belarusian troops", "the withdrawal of Russian troops": the noun's own
        return bool(subjects) and all(m.last < trig.first and ("gen" in m.cases or m.cases == ["adj"])
                                      and 0 < trig.first - m.last <= 6 and not ("nom" in m.cases) for m in subjects)

    def _done_by_light_verb(self, trig: Trigger, subjects: list[Mention]) -> bool:
        """Whether a noun trigger is the object of a verb that only says it was carried out ("China held
        large-scale drills", "the rebels stepped up their attacks", "Serbia began snap exercises"): the deed is
        the clause subject's own, as if told by a verb, and stands with that one party."""
        light = phrases(self.lang, "light_verbs")
        start = next((k for k in range(trig.first - 1, max(-1, trig.first - 7), -1) if light.match(self.words, k)), None)
        if start is None or any(w[:1].isupper() or w in BREAKS_BEFORE or self.clauses[start + 1 + n] != self.clauses[trig.first]
                                for n, w in enumerate(self.words[start + light.match(self.words, start):trig.first])):
            return False
        named = any(m.last < start and self.clauses[m.first] == self.clauses[trig.first] for m in subjects)
        # a crowd's protest is its own only when no party is named as its subject ("supporters staged a large
        # rally"); "opposition parties joined the protests" names no target and is left to the crowd's verb
        return not named if trig.entry.get("crowd") else named

    def _own_forces_after(self, trig: Trigger, subjects: list[Mention]) -> bool:
        """"completed the withdrawal of its peacekeepers": the subject's own possessive after "of" makes the noun
        the subject's own deed."""
        k = trig.last + 1
        if k + 1 >= len(self.words) or not phrases(self.lang, "infinitive", "gerund_markers").match(self.words, k) \
                or self.preposition_label(k) != "of":
            return False
        possessive = phrases(self.lang, "pronouns", "possessive")
        own = {m.entity.key for m in subjects}
        return bool(own) and possessive.match(self.words, k + 1) == 1 and any(
            m.first == m.last == k + 1 and m.entity.key in own for m in self.mentions)

    def _noun_subjects(self, trig: Trigger, before: list[Mention], previous: list[Mention]) -> list[Mention]:
        """A noun's agent is its genitive ("karavīru ... dalība", a state's only right before a noun of what
        is said: "Igaunijas un Somijas aicinājumu"), else the clause's subject outside quotes; talks in a side
        clause with no subject of their own are held by the sentence's subject ("X freed prisoners after talks
        with Y")."""
        said = trig.entry["type"] in STANCES | {"REQUEST", "PROTEST", "ASSAULT"}
        owners = [m for m in self.mentions if 0 < trig.first - m.last <= 6 and "gen" in m.cases
                  and (m.entity.cls not in ("Region", "City", "Country")
                       or said and m.entity.cls == "Country" and trig.first - m.last == 1)
                  and id(m) not in self.speakers
                  and self.prepositions[id(m)] is None and self.quoted[m.first] == self.quoted[trig.first]
                  and self.clauses[m.first] == self.clauses[trig.first]
                  and not any(self.prepositions_at(k) for k in range(m.last + 1, trig.first))]
        if not self.cased:
            owners = [m for m in self.mentions if 0 < trig.first - m.last <= 3 and m.cases == ["gen"]
                      or (0 < trig.first - m.last <= 3 and m.text.casefold() in phrases(self.lang, "pronouns", "possessive"))]
            if not owners and trig.entry["type"] in ("ASSAULT", "MOBILIZE", "RETREAT"):
                # "a Russian missile strike", "Israeli air strikes": the nationality before a deed of arms does it
                owners = [m for m in self.mentions if m.cases == ["adj"] and 0 < trig.first - m.last <= 3
                          and all(w.isalpha() and w.islower() for w in self.words[m.last + 1:trig.first])]
                if owners:
                    return coordinated(self.words, owners[-1], [m for m in self.mentions if m.cases == ["adj"]],
                                       self.lang)
                # "the deployment of Belarusian troops", "the withdrawal of Russian forces": the forces moved move
                of = phrases(self.lang, "kind_of_marker")
                moved = [m for m in self.mentions if m.actor.cls == "ArmedForce" and 2 <= m.first - trig.last <= 3
                         and of.match(self.words, trig.last + 1)] if trig.entry["type"] in ("MOBILIZE", "RETREAT") else []
                if moved:
                    return moved[:1]
                # "weeks of Houthi drone and missile attacks", "Hamas rocket fire": an armed group's or body's
                # name used as a modifier
                owners = [m for m in self.mentions if m.entity.cls in ("Group", "ArmedForce", "Organisation")
                          and 0 < trig.first - m.last <= 4 and self.clauses[m.first] == self.clauses[trig.first]
                          and all(w.isalpha() and w.islower() for w in self.words[m.last + 1:trig.first])]
                if owners:
                    return owners[-1:]
        accused = self._accused_of(trig)
        if accused:
            return accused
        patients = self._patient_owners(trig) if trig.entry.get("patient_owner") else []
        owners = [m for m in owners if m not in patients]
        before = [m for m in before if m not in patients]
        if owners:
            return coordinated(self.words, owners[-1], [m for m in self.mentions if "gen" in m.cases], self.lang)
        if self.cased and trig.entry.get("symmetric"):
            joint = self._joint_owners(trig)
            if joint:
                return joint
        if self._common_doer_before(trig) or self._topic_of_talk(trig) or self._reason_of_other_act(trig):
            return []
        subjects = self._charged_with(trig) or before or self._subject_from_cue(trig)
        if self.cased and trig.entry["type"] not in STANCES | {"REQUEST", "PROTEST"} and any(
                t.verb and t.entry["type"] in STANCES and t.last < trig.first and self.clauses[t.first] == self.clauses[trig.first]
                for t in self.triggers):
            return []
        if not subjects and trig.entry.get("symmetric") and self.clauses[trig.first] != self.clauses[0]:
            subjects = self._main_subject(trig)
        return [m for m in subjects if not self.quoted[trig.first] or self.quoted[m.first]]

    def _reason_of_other_act(self, trig: Trigger) -> bool:
        """Whether a deed noun stands in the phrase giving the reason or setting of a verb before it in its clause
        ("Moscow protested over the deployment of troops to Estonia"): that verb's subject did not do it."""
        reasons = phrases(self.lang, "reason_noun_prepositions")
        k = trig.first - 1
        while k >= 0 and trig.first - k <= 4 and self.words[k].isalpha() and self.words[k].islower() \
                and not any(reasons.match(self.words, j) == k - j + 1 for j in range(max(0, k - 3), k + 1)):
            k -= 1
        start = next((j for j in range(max(0, k - 3), k + 1) if k >= 0 and reasons.match(self.words, j) == k - j + 1), None)
        c = self.clauses[trig.first]
        return start is not None and (any(t.verb and t.last < start and self.clauses[t.first] == c for t in self.triggers)
                                      or any(self.clauses[j] == c and self._past_verb(self.words[j]) for j in range(start)))

    def _topic_of_talk(self, trig: Trigger) -> bool:
        """Whether a verb of discussing or investigating before the noun in its clause makes the deed its topic
        ("ANO apsprieda uzbrukumu Izraēlai"): the clause's subject talks about it and does not do it."""
        topic = phrases(self.lang, "topic_verbs")
        clause = self.clauses[trig.first]
        return any(self.clauses[k] == clause and topic.match(self.words, k) for k in range(trig.first))

    def _patient_owners(self, trig: Trigger) -> list[Mention]:
        """The genitive before a noun of a deed done to someone ("divu Latvijas diplomātu izraidīšanu"): whom it is
        done to, with numbers and lowercase words between; a preposition before it governs the whole phrase."""
        owner = next((m for m in reversed(self.mentions) if "gen" in m.cases and 0 < trig.first - m.last <= 3
                      and m.actor.cls in ACTOR_CLASSES and self.clauses[m.first] == self.clauses[trig.first]
                      and all(w.isalnum() and not w[:1].isupper() for w in self.words[m.last + 1:trig.first])), None)
        if owner is None:
            return []
        return coordinated(self.words, owner, [m for m in self.mentions if "gen" in m.cases], self.lang)

    def _joint_owners(self, trig: Trigger) -> list[Mention]:
        """States joined by "un" in the genitive before a noun of a deal or talks, perhaps with a lowercase genitive
        between ("ASV un Ķīnas tirdzniecības sarunas", "Francijas un Vācijas aizsardzības līgums"), are its parties;
        one state alone there ("Ukrainas miera sarunas") may be only what it is about."""
        states = [m for m in self.mentions if "gen" in m.cases and m.entity.cls == "Country"
                  and self.prepositions[id(m)] is None and self.clauses[m.first] == self.clauses[trig.first]]
        last = next((m for m in states if 0 < trig.first - m.last <= 3
                     and all(w.isalpha() and w.islower() for w in self.words[m.last + 1:trig.first])), None)
        pair = coordinated(self.words, last, states, self.lang) if last is not None else []
        return pair if len({m.actor.key for m in pair}) > 1 else []

    def _body_part_subject(self, trig: Trigger, args: list[Mention]) -> list[Mention]:
        """A subject that is a common noun "of" a state or body right before the verb ("the board of governors of
        the IAEA found Iran in breach", "the foreign ministers of Mali and Niger signed"): the state or body acts."""
        if self.cased or not trig.verb:
            return []
        k = trig.first - 1
        auxiliaries = phrases(self.lang, "auxiliaries")
        while k > 0 and auxiliaries.match(self.words, k):
            k -= 1
        last = next((m for m in args if m.last == k and self.prepositions[id(m)] == "of"
                     and m.actor.cls in ACTOR_CLASSES and self.clauses[m.first] == self.clauses[trig.first]), None)
        if last is None:
            return []
        pair = coordinated(self.words, last, [m for m in args if m.last <= k], self.lang)
        determiners = phrases(self.lang, "determiners")
        j = min(m.first for m in pair) - 1
        while j > 0 and determiners.match(self.words, j):
            j -= 1
        if j < 1 or self.words[j].casefold() != "of":
            return []
        h = j - 1
        while h >= 0 and self.words[h].isalpha() and (self.words[h].islower() or h == 0):
            h -= 1
        if h + 1 >= j or not determiners.match([w.casefold() for w in self.words], h + 1) \
                or h >= 0 and self.words[h] != ",":
            return []
        return pair

    def _common_doer_before(self, trig: Trigger) -> bool:
        """A common noun for a doer right before an event noun ("the rebel offensive", "a militant attack") names
        who did it: not the subject of the clause, who only talks about it."""
        doers = phrases(self.lang, "doer_modifiers")
        return not trig.verb and trig.first > 0 and doers.match(self.words, trig.first - 1) == 1 \
            and not any(m.first <= trig.first - 1 <= m.last for m in self.mentions)

    def _charged(self, trig: Trigger) -> bool:
        """Whether the trigger names a deed someone is accused of: after "of" or "for" (a few lowercase words
        between) following a verb of blame in its clause ("accused the army of bombing", "blamed X for an attack";
        not "condemned X for the attack", which names a deed told already)."""
        if self._charged_pronoun_subject(trig):
            return True  # "apsūdzēja Somāliju, ka tā palīdz ...": the "ka" clause is the charge
        gerunds = phrases(self.lang, "infinitive", "gerund_markers")
        k = trig.first - 1
        while k > 0 and k > trig.first - 5 and not gerunds.match(self.words, k) and (
                self.words[k] in QUOTES or self.words[k].isalpha() and self.words[k].islower()):
            k -= 1
        return k > 0 and bool(gerunds.match(self.words, k)) and any(
            t.verb and _blames(t) and t.last < k and self.clauses[t.first] == self.clauses[trig.first]
            for t in self.triggers)

    def _charged_doer(self, trig: Trigger) -> list[Mention]:
        """The one accused of a deed named after "of" or "for" ("accused X of shelling", "blamed X for an attack")."""
        pronoun = self._charged_pronoun_subject(trig)
        if pronoun:
            return pronoun
        gerunds = phrases(self.lang, "infinitive", "gerund_markers")
        if trig.verb and trig.first >= 2 and gerunds.match(self.words, trig.first - 1):
            if trig.first >= 3 and phrases(self.lang, "pronouns", "object_body").match(self.words, trig.first - 2):
                return self._accused_pronoun(trig.first - 3)
            own = [m for m in self.mentions if m.last == trig.first - 2 and id(m) not in self.modifiers]
            if own or self.words[trig.first - 2].casefold() not in conjunctions(self.lang) | {","}:
                return own
            return self._first_charged(trig)
        return self._charged_with(trig)

    def _first_charged(self, trig: Trigger) -> list[Mention]:
        """The accused of a charge listed after another ("accused X of betraying its founders, of falling under
        foreign influence and of imposing sanctions"): the one named before the first "of" of the list."""
        gerunds = phrases(self.lang, "infinitive", "gerund_markers")
        clause = self.clauses[trig.first]
        for k in range(trig.first - 2):
            named = [m for m in self.mentions if m.last == k - 1 and id(m) not in self.modifiers
                     and m.actor.cls in ACTOR_CLASSES and self.clauses[m.first] == clause]
            if gerunds.match(self.words, k) and self.clauses[k] == clause and named and any(
                    t.verb and _blames(t) and t.last < named[0].first and self.clauses[t.first] == clause
                    for t in self.triggers):
                return named
        return []

    def _specific_deed(self, trig: Trigger, charged: list[Mention]) -> bool:
        """Whether a deed one side is accused of is a happening of its own, told with a day or month of its own,
        a figure, a place or a victim named after a preposition, or one already told ("blamed X for the breaches"); a general charge
        ("accused the army of bombing densely populated neighbourhoods") is no event."""
        dated = calendar_words(self.lang)
        span = [k for k in range(trig.first, min(len(self.words), trig.last + 16))
                if self.clauses[k] == self.clauses[trig.first]]
        final = len(self.words) - 1
        while final > 0 and not self.words[final][:1].isalnum():
            final -= 1
        if any(any(c.isdigit() for c in self.words[k]) for k in span) or any(
                self.words[k] in dated and k != final for k in span):
            return True  # a day ending the sentence dates the blame ("blamed X for an attack on Tuesday.")
        accused = {m.entity.key for m in charged}
        if any(m.first in span and m.first > trig.last and m.entity.key not in accused
               and (m.entity.cls in ("City", "Region") or self.prepositions[id(m)] in ("on", "in", "near", "at", "against"))
               for m in self.mentions):
            return True
        definite = phrases(self.lang, "definite_determiners")
        deals = phrases(self.lang, "violated_deals")
        if any(definite.match(self.words, k) and deals.match(self.words, k + 1) for k in span[:8]):
            return True  # "accused X of repeated violations of the truce": a breach of a deal told
        gerunds = phrases(self.lang, "infinitive", "gerund_markers")
        k = trig.first - 1
        while k > 0 and k > trig.first - 5 and not gerunds.match(self.words, k):
            if definite.match(self.words, k):
                return True
            k -= 1
        return False

    def _accuser_state(self, trig: Trigger, charged: list[Mention]) -> list[Entity]:
        """With no victim named, a deed one side is blamed for was done to the accuser's state ("India blamed
        Pakistan for an attack in which gunmen killed 26 people")."""
        gaz = load_gazetteer()
        accusers = [m.actor for m in self.mentions if m.last < charged[0].first and self.prepositions[id(m)] is None
                    and id(m) not in self.modifiers and m.actor.cls in ACTOR_CLASSES
                    and self.clauses[m.first] == self.clauses[trig.first]
                    and m.entity.key not in {c.entity.key for c in charged}][-1:]
        states = [a if a.cls == "Country" else gaz.country(a.country or "") for a in accusers]
        return [s for s in states if s is not None and s.key not in {c.actor.key for c in charged}]

    def _charged_with(self, trig: Trigger) -> list[Mention]:
        """"accused X of ordering a missile strike", "blamed X for the breaches": the one a verb of its clause
        names right before the gerund marker does what the noun names, not the one accusing."""
        gerunds = phrases(self.lang, "infinitive", "gerund_markers")
        k = trig.first - 1
        while k > 0 and k > trig.first - 5 and not gerunds.match(self.words, k):
            if self.words[k] not in QUOTES and (not self.words[k].isalpha() or not self.words[k].islower()):
                return []
            k -= 1
        if k <= 0 or not gerunds.match(self.words, k):
            return []
        named = [m for m in self.mentions if m.last == k - 1 and id(m) not in self.modifiers
                 and m.actor.cls in ACTOR_CLASSES and self.clauses[m.first] == self.clauses[trig.first]]
        if not named or not any(t.verb and t.last < named[0].first and self.clauses[t.first] == self.clauses[trig.first]
                                for t in self.triggers):
            return []
        return coordinated(self.words, named[0], [m for m in self.mentions if m.last < k], self.lang)

    def _accused_pronoun(self, verb_last: int) -> list[Mention]:
        """"acted against the rebels after accusing it of attacking ...": "it" is the last party named before the
        verb of blame that is not the sentence's first party, the one blaming."""
        if not any(t.verb and t.last == verb_last and t.entry["type"] == "ACCUSE" for t in self.triggers):
            return []
        before = [m for m in self.mentions if m.last < verb_last and m.actor.cls in ACTOR_CLASSES
                  and id(m) not in self.speakers and id(m) not in self.modifiers]
        if len(before) < 2:
            return []
        last = before[-1]
        return [last] if last.actor.key != before[0].actor.key else []

    def _accused_of(self, trig: Trigger) -> list[Mention]:
        """The accused whose deed an event noun is, in a language that names the charge by a case, not a
        preposition: "apsūdzēja Kijivu uzbrukuma gatavošanā", "vainoja Maskavu raķešu triecienā". The noun then
        tells an alleged happening of its own, not a reaction's object."""
        found = self._accusation_of(trig)
        return found[1] if found else []

    def _accusation_of(self, trig: Trigger) -> tuple[Trigger, list[Mention]] | None:
        """The accusing verb and the accused of a charge noun (see ``_accused_of``)."""
        verbs = phrases(self.lang, "charge_verbs")
        if trig.verb or not self.cased or not verbs:
            return None
        clause = self.clauses[trig.first]
        accused = [m for m in self.mentions if "acc" in m.cases and self.prepositions[id(m)] is None
                   and self.clauses[m.first] == clause and id(m) not in self.modifiers]
        for o in self.triggers:
            if not o.verb or o.entry["type"] != "ACCUSE" or self.clauses[o.first] != clause \
                    or not verbs.match(self.words, o.first) or o.last >= trig.first:
                continue
            named = next((m for m in accused if o.last < m.first and m.last < trig.first
                          and m.first - o.last <= 3 and trig.first - m.last <= 3), None)
            if named is not None and all(w.isalpha() and w.islower() for w in self.words[named.last + 1:trig.first]):
                return o, coordinated(self.words, named, accused, self.lang)
        return None

    def _same_object_as_before(self, events: list[Event]) -> None:
        """A second reaction whose object is a pronoun just before its verb ("X amerikāņu plānus nosauca par
        spiedienu, bet Y tos dēvēja par agresīviem") takes the same object as the reaction of its kind before it
        in the sentence, so it is aimed at the same party."""
        pronouns = phrases(self.lang, "pronouns", "object")
        for n, event in enumerate(events):
            if event.type not in REACTIONS or any(a.role != "actor" for a in event.actors) or event.trigger == 0 \
                    or not pronouns.match(self.words, event.trigger - 1):
                continue
            before = next((e for e in reversed(events[:n]) if e.type == event.type
                           and any(a.role == "recipient" for a in e.actors)), None)
            if before is not None:
                keys = {a.entity.key for a in event.actors}
                event.actors += [a for a in before.actors if a.role == "recipient" and a.entity.key not in keys]

    def _denied_after(self, events: list[Event]) -> list[Event]:
        """A relative clause after a deed in which a side denies it ("considering supplying weapons to Russia, which
        Beijing has repeatedly denied") tells the denial as its own mention of the deed: denied, told by that side,
        beside the deed as the others tell it."""
        relative, deny = phrases(self.lang, "pronouns", "relative"), phrases(self.lang, "sources", "cues", "deny")
        coordinators, claims = phrases(self.lang, "coordinators"), phrases(self.lang, "claim_appositions")
        out = []
        for k in range(1, len(self.words) - 2):
            # or a claim noun in apposition ("..., a claim Moscow denied", "..., an accusation which Kigali rejects")
            named = claims.match(self.words, k + 1) if self.words[k] == "," else 0
            opener = named + (relative.match(self.words, k + 1 + named) == 1) if named else 1
            if self.words[k] != "," or not named and relative.match(self.words, k + 1) != 1:
                continue
            denier = next((m for m in self.mentions if m.first == k + 1 + opener), None)
            if denier is None or not any(deny.match(self.words, j) for j in range(denier.last + 1, denier.last + 4)):
                continue
            deed = max((e for e in events if e.trigger < k and self.clauses[e.trigger] == self.clauses[k - 1]),
                       key=lambda e: e.trigger, default=None)
            if deed is not None and any(self.words[j] in (",", ";") and j + 1 < k and (
                    coordinators.match(self.words, j + 1) or self.words[j + 1].casefold() in conjunctions(self.lang))
                    for j in range(deed.trigger, k)):
                continue  # "..., and in June the cleric was arrested, which he denies": another deed is denied
            if deed is not None and any(phrases(self.lang, "charge_nouns").match(self.words, j)
                                        for j in range(deed.trigger + 1, k)):
                continue  # "arrested on charges of plotting a coup, which he denies": the charge is denied, not the arrest
            if deed is not None and deed.type not in SAYING and deed.status != "denied":
                out.append(deed.model_copy(update={"status": "denied", "sources": [denier.actor], "trigger": k + 1,
                                                   "merged": []}))
                if named and deed.status == "occurred":
                    deed.status = "alleged"  # told as a claim its doer denies: contested
        return out

    def _alleged_by_accuser(self, events: list[Event]) -> None:
        """A deed named as the charge of an accusation is alleged, with the accuser as its source."""
        for trig in self.triggers:
            found = self._accusation_of(trig)
            deed = next((e for e in events if e.trigger == trig.first), None) if found else None
            accusation = next((e for e in events if e.trigger == found[0].first), None) if found else None
            if deed is None or accusation is None:
                continue
            deed.status = "alleged"
            deed.sources += [a.entity for a in accusation.actors if a.role == "actor"
                             and a.entity.key not in {s.key for s in deed.sources}]

    def _crowd_leaders(self, trig: Trigger) -> list[Entity]:
        """Whoever a crowd is led or organised by marches with it ("protesters led by Archbishop X rallied",
        "a rally organised by the opposition party and unions"): the names after the marker, joined by "and", where
        the marker follows the crowd word or the trigger."""
        markers = phrases(self.lang, "crowd_leaders")
        conj = conjunctions(self.lang)
        c = self.clauses[trig.first]
        named = sorted((m for m in self.mentions if self.clauses[m.first] == c and m.actor.cls in ACTOR_CLASSES),
                       key=lambda m: m.first)
        crowd = phrases(self.lang, "kind_nouns", "protesters")
        for k in range(len(self.words)):
            n = markers.match(self.words, k) if self.clauses[k] == c else 0
            aside = k > 0 and self.words[k - 1] == "," and trig.last < k <= trig.last + 6 \
                and not any(trig.last < t.first < k for t in self.triggers)  # "protests by farmers in X, led by Y"
            if n and not (trig.last < k <= trig.last + 2 or aside or any(crowd.match(self.words, j) and j + crowd.match(
                    self.words, j) in (k, k - 1) for j in range(max(0, k - 3), k)) or self._setting_between(trig, k)):
                n = 0  # "against the government led by X": X leads the government, not the crowd
            reach = 3 + 3 * any(w.casefold() in conj for w in self.words[k + n:k + n + 4])
            first = next((m for m in named if 0 <= m.first - (k + n) <= reach and not any(
                w in BREAKS_BEFORE or w in QUOTES for w in self.words[k + n:m.first])), None) if n else None
            if first is None:
                continue
            group = [first]
            for m in named:
                between = [w.casefold() for w in self.words[group[-1].last + 1:m.first]]
                if m.first > group[-1].last and between and between[0] in conj and len(between) <= 4:
                    group.append(m)
            return [m.actor for m in group]
        return []

    def _setting_between(self, trig: Trigger, k: int) -> bool:
        """Whether only where and when the gathering took place stand between a crowd noun and a word at ``k``
        ("a rally in central Seoul last Saturday organised by ..."): what follows still describes the gathering."""
        if trig.verb or not trig.last < k <= trig.last + 8:
            return False
        settings, calendar = phrases(self.lang, "setting_words"), calendar_words(self.lang)
        places = {j for m in self.mentions if m.entity.cls in PLACE_CLASSES for j in range(m.first, m.last + 1)}
        return all(j in places or settings.match(self.words, j) or calendar.match(self.words, j)
                   for j in range(trig.last + 1, k))

    def _authority_named(self, trig: Trigger, crowd: list[Entity]) -> list[Entity]:
        """A crowd that names no one it protests at protests at the ruler of its own state named in its sentence: a
        leader of that state ("X's claim of victory set off protests", "until the president resigns"), or the state
        or its capital as a party after it ("prompted Warsaw to ban imports"; one named before may be who reacts)."""
        home = {e.country for e in crowd if e.cls != "Country" and e.country}
        if len(home) != 1:
            return []
        own = {e.key for e in crowd}
        for m in sorted(self.mentions, key=lambda m: m.first):
            actor = m.actor
            if actor.key in own or actor.country not in home or trig.first <= m.first <= trig.last:
                continue
            if actor.cls == "Person" and actor.title:
                return [actor]
            if actor.cls == "Country" and m.first > trig.last and self.prepositions[id(m)] is None \
                    and id(m) not in self.modifiers:
                return [actor]
        return []

    def _own_state(self, trig: Trigger, crowd: list[Entity]) -> list[Entity]:
        """A crowd that names no one it protests at protests at its own state ("tūkstošiem cilvēku izgāja ielās,
        protestējot pret cenu kāpumu", "pretvaldības demonstrācijā"), in a language whose pack says so; a bare
        noun ("protesti turpinās") only renames a protest told already."""
        marked = any(phrases(self.lang, "own_state_targets").match(self.words, k)
                     for k in range(max(0, trig.first - 2), trig.first))
        if not crowd or not (trig.verb and load_language(self.lang).get("crowd_at_own_state") or marked):
            return []
        state = load_gazetteer().country(crowd[0].country or "")
        return [state] if state is not None else []

    def _provoker(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """Whom a crowd protests at when its sentence goes on to tell what set it off ("Protesti sākās otrdien, tūlīt
        pēc tam, kad parlaments likumprojektu bija pieņēmis"): the doer named first in that clause
        (lexicon ``provoking_openers``)."""
        openers = phrases(self.lang, "provoking_openers")
        keys = {a.key for a in actors}
        for k in range(trig.last + 1, len(self.words)):
            n = openers.match(self.words, k)
            if not n:
                continue
            clause = self.clauses[k + n - 1]
            return [m.actor for m in self.mentions if m.first >= k + n and self.clauses[m.first] == clause
                    and m.actor.cls in ACTOR_CLASSES and (not self.cased or "nom" in m.cases)
                    and m.actor.key not in keys][:1]
        return []

    def _doer_of_act_against(self, trig: Trigger, actors: list[Entity]) -> list[Entity]:
        """A side set against an act named by its noun ("pret ūdens novadīšanu protestēja tūkstošiem cilvēku",
        "iebilst pret novadīšanu") is set against whoever an earlier sentence told doing it by a verb of that stem
        ("Japāna sāka novadīt ūdeni"): the actor named before that verb in its clause. A verb form is the stem and a
        short ending ("ieve-" of "ievešanu" is no "ievērojami")."""
        table = load_language(self.lang).get("morphology", {}).get("prepositions", {}) or {}
        against = {w for w, role in table.items() if role == "against"}
        c = self.clauses[trig.first]
        at = next((k for k in range(len(self.words)) if self.words[k].casefold() in against and self.clauses[k] == c),
                  None)
        noun = next((self.words[k] for k in range(at + 1, min(len(self.words), at + 4)) if self.clauses[k] == c
                     and nominalisation(self.words[k], self.lang)), None) if at is not None else None
        stem = noun.casefold().split("šan")[0] if noun else ""
        if len(stem) < 4:
            return []
        keys = {a.key for a in actors}
        for index in range(self.index):
            sent = self.doc.sentences[index]
            words = [t.text for t in sent.tokens]
            clauses = clause_ids(sent, self.lang)
            verb = next((k for k, w in enumerate(words) if w.islower() and w.startswith(stem)
                         and len(w) <= len(stem) + 4 and not nominalisation(w, self.lang)), None)
            if verb is None:
                continue
            doers = [m.actor for m in self.doc.mentions if m.sentence == index and m.last < verb
                     and clauses[m.first] == clauses[verb] and m.actor.cls in ACTOR_CLASSES
                     and (not self.cased or "nom" in m.cases) and m.actor.key not in keys]
            if doers:
                return doers[-1:]
        return []

    def _crowd(self, kind: str, place: Entity | None) -> list[Entity]:
        """The unnamed crowd of a demonstration, as that kind of group of the country where it gathers; it
        protests at whoever owns the building it gathers at ("pie Krievijas vēstniecības")."""
        gaz = load_gazetteer()
        places = [place] if place is not None else []
        places += [m.entity for m in self.mentions if m.entity.cls in PLACE_CLASSES and "loc" in m.cases]
        for where in places:
            country = where if where.cls == "Country" else gaz.country(where.country or "")
            if country is not None:
                return [gaz.of_kind(kind, country)]
        return []

    def _state_for_speaker(self, trig: Trigger, subjects: list[Mention], actors: list[Entity]) -> list[Entity]:
        """A deed an official announces with no doer named ("Kuleba paziņoja, ka iesniegs priekšlikumu pārtraukt
        attiecības") is the official's state's deed; stances and talks stay the official's."""
        if not self.cased or trig.entry["type"] in STANCES | {"REQUEST", "CONSULT"} and not trig.entry.get("state_act") \
                or not subjects:
            return actors
        speakers = {id(m) for c in self.cues for m in c.speakers}
        if not all(id(m) in speakers and self.clauses[m.first] != self.clauses[trig.first] for m in subjects):
            return actors
        if self._own_finite_deed(trig):
            return actors
        gaz = load_gazetteer()
        states = [gaz.country(m.entity.country) if m.entity.cls == "Person" and m.entity.country else None
                  for m in subjects]
        return actors if None in states else [s for s in states if s is not None]

    def _ministry_reports_deed(self, event: Event) -> None:
        """A ministry or officials saying "it" struck or deployed ("Russia's defence ministry said it had struck
        targets in Poland") report their state's deed: the state did it, the ministry is the source."""
        doers = [a for a in event.actors if a.role == "actor"]
        if self.cased or event.type not in DEEDS_REPORTED or len(doers) != 1:
            return
        gaz = load_gazetteer()
        body = doers[0].entity
        if not any(_state_body(gaz, body, kind) for kind in ("foreign_ministry", "defence_ministry", "officials")):
            return
        said = any(c.index < event.trigger and any(m.actor.key == body.key for m in c.speakers) for c in self.cues)
        state = gaz.country(body.country) if body.country else None
        if said and state is not None and state.key not in {a.entity.key for a in event.actors}:
            doers[0].entity = state

    def _own_finite_deed(self, trig: Trigger) -> bool:
        """A measure the official says they take themselves, its verb the active predicate of the "ka" clause
        ("Sikorskis paziņoja, ka atsauc piekrišanu ...", "paziņoja, ka aizliegs ..."), stays the official's; one
        told as an infinitive or noun ("ka iesniegs priekšlikumu pārtraukt attiecības") or in the passive is the
        state's."""
        return trig.verb and not self._infinitive(trig) and not self._passive(trig) \
            and not _bare_participle(self.words[trig.first], self.lang) and trig.entry["type"] in STATE_ACTS and self._in_complement(trig)

    def _speaker_for_state(self, trig: Trigger, actors: list[Entity], previous: list[Mention]) -> list[Entity]:
        """A stance reported of a leader's own state ("Putins paziņoja, ka Krievija ir gatava ...") is the
        leader's: the one who states it takes it, also when the verb of saying is an event word itself
        ("Baidens apliecināja, ka Vašingtona atbalstīs Kijivu"). In English a treaty the state signed is its deed, no
        stance ("Trump said Washington had signed agreements")."""
        if trig.entry["type"] not in STANCES or len(actors) != 1 or actors[0].cls != "Country" \
                or trig.entry.get("state_act") or not self.cased and (not self._said_of_state(trig, actors[0])
                                                                      or str(trig.entry.get("cameo")).startswith("057")):
            return actors
        for cue in reversed(self.cues):
            if cue.index < trig.first and (self.clauses[cue.index] != self.clauses[trig.first] or not self.cased):
                acting = any(t.verb and t.first <= cue.index <= t.last for t in self.triggers)  # "brīdināja, ka"
                people = [m.entity for m in cue.speakers if m.entity.cls == "Person" and (acting or _leads_state(m.entity, self.lang))]
                if len(people) == 1 and people[0].country and people[0].country == actors[0].country:
                    return people
                return actors
        people = [m.entity for m in previous if m.entity.cls == "Person" and _leads_state(m.entity, self.lang)]
        if self._in_complement(trig) and len(people) == 1 == len(previous) and people[0].country == actors[0].country:
            return people
        return actors

    def _said_of_state(self, trig: Trigger, state: Entity) -> bool:
        """English reported speech needs no comma ("the premier said Oslo would not accept ..."): the state is
        named right after the last verb of saying before the trigger (or after the "that" following it and its
        addressee), as the subject of what was said."""
        cues = [c for c in self.cues if c.index < trig.first]
        if not cues:
            return False
        k = cues[-1].index + 1
        opener = phrases(self.lang, "time", "complement_openers")
        told = next((j for j in range(k, min(k + 4, trig.first)) if opener.match(self.words, j)), None)
        if told is not None and all(w.isalpha() for w in self.words[k:told]):
            k = told + 1  # "said that", "told reporters that", "told his guest that"
        return any(m.first == k < trig.first and m.actor.country == state.country for m in self.mentions)

    def _subject_from_cue(self, trig: Trigger) -> list[Mention]:
        """In "X apstiprināja, ka ir nosūtījusi ...", the unnamed subject is the speaker X; the source of an aside
        ("..., kā ziņo mediji, brīdināja") is not."""
        aside = phrases(self.lang, "aside_openers")
        for cue in reversed(self.cues):
            in_aside = aside.match(self.words, cue.index) or cue.index and aside.match(self.words, cue.index - 1)
            if cue.index < trig.first and cue.speakers and not in_aside:
                return cue.speakers
        return []

    def _modality(self, trig: Trigger) -> str:
        """The status the words around a trigger give it. A verb trigger whose verb (its first word: "atsāks
        dalīties", not "panāca vienošanos") is in the future is planned, unless the act is done by saying it: a
        threat is uttered now about what will follow ("atbildēs ar spoguļpasākumiem")."""
        negation = phrases(self.lang, "sources", "modality", "negation")
        affirms = phrases(self.lang, "sources", "modality", "not_negation")
        if trig.negated or (not trig.lexically_negative and self._near(trig, negation, 3) and not any(
                affirms.match(self.words, k) for k in range(max(0, trig.first - 3), trig.first))):
            return "denied"
        told = self._noun_status(trig)
        if told:
            return told
        if trig.verb and trig.entry.get("called_ahead"):
            return "planned"  # "called an indefinite general strike": announced, still ahead
        # an infinitive ("would launch an operation to strengthen ...") takes the mood of the verb it completes
        stretch = 5 if not self.cased and trig.verb and trig.first > 0 and phrases(
            self.lang, "infinitive", "markers").match(self.words, trig.first - 1) else 0
        possible = _LowercaseOnly(phrases(self.lang, "sources", "modality", "possible"))
        if self._near(trig, possible, 6 + stretch) or any(possible.match(self.words, k)
                                                          for k in range(trig.first, trig.last + 1)):
            return "possible"  # also a trigger that is itself a word of possibility ("apsver sankcijas")
        if self._near(trig, phrases(self.lang, "sources", "modality", "proposed"), 3):
            return "possible"  # what a proposal would do ("priekšlikumu pārtraukt attiecības"), not the proposal's fate
        if stretch and self._purpose_mood(trig):
            return self._purpose_mood(trig)
        if self._refused_by_saying(trig, negation):
            return "occurred"
        planned = phrases(self.lang, "sources", "modality", "planned")
        kind = trig.entry["type"]
        pledge = kind in ("AGREE", "THREATEN")
        if self._near(trig, planned, 5 + stretch) and not self._pledged_by_saying(trig, planned) \
                or not pledge and any(planned.match(self.words, k)
                                                              for k in range(trig.first, trig.last + 1)):
            return "planned"
        declared = kind == "THREATEN" or kind == "REJECT" and trig.lexically_negative or trig.entry.get("declared")
        if trig.verb and not declared and future_form(self.words[trig.first], self.lang):
            return "planned"
        if self._debitive(trig) and any(future_form(self.words[k], self.lang) for k in range(max(0, trig.first - 2), trig.first)):
            return "planned"  # "būs jāatstāj", "nāksies izvest": what one will have to do
        if not trig.verb and any(
                self.words[k].islower() and future_form(self.words[k], self.lang, verb=False)
                and self.clauses[k] == self.clauses[trig.first]
                and not any(m.first <= k <= m.last for m in self.mentions) for k in range(max(0, trig.first - 3), trig.first)):
            return "planned"
        return "occurred"

    def _refused_by_saying(self, trig: Trigger, negation: Phrases) -> bool:
        """A rejection told as what one "will not" or "would not" do ("said it would not recognise the result", "will
        not accept any deal") is a refusal made in the saying, not a plan."""
        auxiliaries = phrases(self.lang, "pledge_auxiliaries")
        return trig.entry["type"] == "REJECT" and any(
            auxiliaries.match(self.words, k) and negation.match(self.words, k + 1)
            for k in range(max(0, trig.first - 3), min(trig.last, len(self.words) - 1)))

    def _purpose_mood(self, trig: Trigger) -> str | None:
        """An infinitive of purpose set off from its verb by an aside ("would launch a new operation, "Eastern
        Sentry", to strengthen ...", "will send ships, two frigates among them, to patrol ...") takes that verb's mood:
        the nearest word of plans or possibility before it, back to the words of saying or a clause opener."""
        openers, cues = phrases(self.lang, "clause_openers"), {c.index for c in self.cues}
        moods = (("possible", _LowercaseOnly(phrases(self.lang, "sources", "modality", "possible"))),
                 ("planned", phrases(self.lang, "sources", "modality", "planned")))
        for k in range(trig.first - 2, max(-1, trig.first - 14), -1):
            if k in cues or self.words[k] in (";", ":") or openers.match(self.words, k):
                return None
            mood = next((name for name, cue in moods if cue.match(self.words, k)), None)
            if mood:
                return mood
        return None

    def _pledged_by_saying(self, trig: Trigger, planned: Phrases) -> bool:
        """Whether a pledge made when said stands after a bare "will" or "would" and no other word of plans
        ("the alliance would invite Kyiv to join"): the commitment is made in the saying, not later."""
        auxiliaries = phrases(self.lang, "pledge_auxiliaries")
        k = trig.first - 1
        if not trig.entry.get("declared") or k < 0 or auxiliaries.match(self.words, k) != 1:
            return False
        c = self.clauses[trig.first]
        return not any(self.clauses[j] == c and planned.match(self.words, j)
                       for j in range(max(0, trig.first - 6), min(len(self.words), trig.last + 3)) if j != k)

    def _noun_status(self, trig: Trigger) -> str | None:
        """The status a happening named by a noun takes from the verb said of it: cancelled ("atcēla X vizīti",
        "vizīte tika atcelta") it is denied; told to take place in the future ("sēdi, kas notiks ceturtdien",
        "vizīte notiks pirmdien") it is planned."""
        if trig.verb:
            return None
        clause = self.clauses[trig.first]
        after = range(trig.last + 1, min(len(self.words), trig.last + 5))
        opener = next((k for k in after if self.words[k] == ","), None)
        # the relative clause right after the noun says what happens to it ("sēdi, kas notiks ceturtdien")
        inner = self.clauses[opener + 1] if opener is not None and opener + 1 < len(self.words) \
            and phrases(self.lang, "pronouns", "relative").match(self.words, opener + 1) else None
        near = [k for k in range(max(0, trig.first - 6), min(len(self.words), trig.last + 6))
                if not trig.first <= k <= trig.last and (self.clauses[k] == clause or self.clauses[k] == inner)]
        # the verb of a subject noun may come after its attributes ("talks planned for Sunday in Muscat will not go ahead")
        later = [k for k in range(trig.last + 6, min(len(self.words), trig.last + CANCEL_REACH)) if self.clauses[k] == clause]
        if any(phrases(self.lang, "cancel_words").match(self.words, k) for k in near + later):
            return "denied"
        occurs = phrases(self.lang, "occurrence_verbs")
        if any(k > trig.last and occurs.match(self.words, k) and future_form(self.words[k], self.lang) for k in near):
            return "planned"
        return self._mood_said_of_noun(trig)

    def _mood_said_of_noun(self, trig: Trigger) -> str | None:
        """In English the mood of the verb said of a happening named by a noun, in a relative clause right after it
        ("a peace treaty that still has to be signed") or as its clause's predicate ("a final agreement could be
        reached by May"), is the happening's: planned or possible."""
        relative = phrases(self.lang, "pronouns", "relative")
        k = trig.last + 1
        if self.cased or trig.verb or k >= len(self.words):
            return None
        if relative.match(self.words, k) == 1:
            span = [j for j in range(k + 1, len(self.words)) if self.clauses[j] == self.clauses[k + 1]] \
                if k + 1 < len(self.words) else []
        else:
            after = [t for t in self.triggers if t.first > trig.last]
            inner = max((t.last for t in after if self._qualifies_noun(trig, t)), default=trig.last)
            later = [t.first for t in after if t.first > inner]
            span = [j for j in self._predicate_after(trig) if inner < j < min(later, default=len(self.words))]
        span = span[:8]
        modality = _LowercaseOnly(phrases(self.lang, "sources", "modality", "possible")), \
            phrases(self.lang, "sources", "modality", "planned")
        for mood, cue in zip(("possible", "planned"), modality):
            if any(cue.match(self.words, j) for j in span):
                return mood
        return None

    def _qualifies_noun(self, trig: Trigger, other: Trigger) -> bool:
        """Whether a happening noun stands in a phrase qualifying the noun trigger right before it ("the first swaps
        under the agreement were expected"): a preposition and a few words between them, no punctuation."""
        gap = self.words[trig.last + 1:other.first]
        return not other.verb and 1 <= len(gap) <= 6 and all(w.isalnum() for w in gap) \
            and self.clauses[other.first] == self.clauses[trig.first] \
            and phrases(self.lang, "noun_qualifier_prepositions").match(self.words, trig.last + 1) > 0

    def _predicate_after(self, trig: Trigger) -> list[int]:
        """In English the verb said of a noun that is its clause's subject may stand far after it, past what
        qualifies the noun ("talks planned for Sunday in Muscat will not go ahead"): the rest of its clause."""
        if self.cased or trig.verb:
            return []
        clause = self.clauses[trig.first]
        return [k for k in range(trig.last + 1, len(self.words)) if self.clauses[k] == clause]

    def _near(self, trig: Trigger, cue: Phrases, before: int) -> bool:
        c = self.clauses[trig.first]
        after = 2 if not self.cased else 1
        span = list(range(max(0, trig.first - before), trig.first))
        span += list(range(trig.last + 1, min(len(self.words), trig.last + 1 + after)))
        return any(self.clauses[k] == c and cue.match(self.words, k) for k in span)

    def _quantities(self, trig: Trigger, window_end: int) -> list[Quantity]:
        c = self.clauses[trig.first]
        return [q for start, q in self.quantities if self.clauses[start] == c and start < window_end]


class _LowercaseOnly:
    """Cue words that count only in lower case past the sentence's first word: a capitalised one there is a name
    ("On May 11" is no "may")."""

    def __init__(self, cue: Phrases):
        self.cue = cue

    def match(self, words: list[str], k: int) -> int:
        if k > 0 and words[k][:1].isupper() and words[k - 1] not in QUOTES:
            return 0
        return self.cue.match(words, k)


LEADER_TITLES = re.compile(r"\b(prime minister|premier|chancellor|head of government)\b", re.I)


def _leads_state(person: Entity, lang: str) -> bool:
    """Whether a person speaks as the state itself: its head of state or of government (by the gazetteer's English
    title or the article's own, "premjerministrs"), or one whose office is unknown. A minister's word that the state
    "is ready" stays the state's, the minister its source ("Viņš piebilda, ka Dānija ir gatava apspriest ...")."""
    if not person.title or person.key in load_gazetteer().heads or LEADER_TITLES.search(person.title):
        return True
    return bool(phrases(lang, "leader_titles").match(person.title.split(), 0))


def _speaker_takes_stance(event: Event, speakers: list[Entity]) -> None:
    """A stance reported of the speaker's own state is the speaker's ("brīdināja, ka ASV nepiedalīsies")."""
    states = [a for a in event.actors if a.role == "actor"]
    people = [e for e in speakers if e.cls == "Person" and e.country]
    if event.type in STANCES and len(states) == 1 and len(people) == 1 and states[0].entity.cls == "Country" \
            and states[0].entity.country == people[0].country:
        states[0].entity = people[0]


def _indeclinable_after_preposition(m: Mention, prep: str | None) -> bool:
    """A name read only as a nominative right after "ar" ("tikās ar Modi", "ar Narendru Modi") does not decline: no
    nominative follows a preposition, so it is the one met, not skipped as a subject."""
    return prep == "with" and m.cases == ["nom"]


CANCEL_REACH = 12
"""How many words after a happening's noun a verb cancelling it may stand in its clause."""


def _not_at_target(kind: str, place: Entity | None, recipients: list[Entity]) -> Entity | None:
    """A measure or a word aimed at a state is decided at home, not in the state it targets: a country named in
    its sentence as the target ("Pēc apvērsuma Nigērā ECOWAS noteica valstij sankcijas") is no place of it."""
    if kind in AIMED_FROM_AFAR and place is not None and place.cls == "Country" \
            and place.key in {r.key for r in recipients}:
        return None
    return place


AIMED_FROM_AFAR = ("SANCTION", "THREATEN", "ACCUSE", "REJECT")
"""Acts done where their doer decides or speaks, not at their target."""


def _arguments(actors: list[Entity], recipients: list[Entity], symmetric: bool) -> list[Argument]:
    """Roles for the named entities; an event needs two parties, or one actor of a directed event."""
    out: list[Argument] = []
    seen: set[str] = set()
    for role, group in (("actor", actors), ("recipient", recipients)):
        for entity in group:
            if entity.key not in seen:
                seen.add(entity.key)
                out.append(Argument(role="participant" if symmetric else role, entity=entity))
    if symmetric and len(out) < 2:
        return []
    return out


def _join_visits(events: list[Event]) -> list[Event]:
    """A visit to a state and a meeting there with its leader, told in one sentence, are one event: the
    meeting, held where the visit went ("visited Kyiv, where he met Zelensky")."""
    out = list(events)
    for visit in events:
        states = {a.entity.country for a in visit.actors if a.role == "recipient" and a.entity.cls == "Country"}
        if visit.type != "CONSULT" or not visit.cameo.startswith("042") or not states:
            continue
        doers = {a.entity.key for a in visit.actors if a.role == "actor"}
        for meeting in events:
            keys = {a.entity.key for a in meeting.actors}
            hosts = {a.entity.country for a in meeting.actors if a.entity.cls == "Person" and a.entity.key not in doers}
            if meeting is not visit and meeting.type == "CONSULT" and doers <= keys and hosts & states \
                    and not _another_occasion(meeting, visit):
                meeting.place = meeting.place or visit.place
                meeting.merged += [visit.trigger, *visit.merged]
                out.remove(visit)
                break
    return out


def _another_occasion(event: Event, other: Event) -> bool:
    """A meeting still to come, told beside a visit or talks that took place ("ieradās Kijivā, kur viņam paredzēta
    tikšanās ar prezidentu"), is a happening of its own, not the same one told again."""
    return event.type == other.type == "CONSULT" and {event.status, other.status} == {"occurred", "planned"}


def _drop_represented(event: Event) -> None:
    """A state named beside its own leader on the same side is the leader's ("Yoon and Kishida ... between the
    two countries"): the person speaks for it, so the state is no party of its own."""
    people = {(a.role, a.entity.country) for a in event.actors if a.entity.cls == "Person" and a.entity.country}
    # nor is a leader's own state the target of the leader's act ("Trump lifted restrictions on US defence
    # cooperation with Azerbaijan")
    people |= {("recipient", country) for role, country in people if role == "actor"}
    kept = [a for a in event.actors if not (a.entity.cls == "Country" and (a.role, a.entity.country) in people)]
    if len(kept) < len(event.actors) and (len(kept) >= 2 or not any(a.role == "participant" for a in kept)):
        event.actors = kept


def _drop_own_officials(event: Event) -> None:
    """A state's unnamed officials beside the state itself on the same side ("stripped the Iranian ambassador of his
    accreditation and cut the number of Iranian diplomats") are the state's: one party, not two."""
    gaz = load_gazetteer()
    states = {(a.role, a.entity.key) for a in event.actors if a.entity.cls == "Country"}
    event.actors = [a for a in event.actors if a.entity.cls == "Country" or not a.entity.country or not any(
        (a.role, s.key) in states and gaz.of_kind("officials", s).key == a.entity.key
        for s in [gaz.country(a.entity.country)] if s is not None)]


def _conflict_sides(before: list[Event], askers: list[Entity], by_state: bool = True) -> list[Entity]:
    """A call for restraint naming no one ("urged all sides to show restraint") goes to the two sides of the
    conflict told so far: the pair of states that most often attacked, threatened or accused each other (or, for
    "both sides" of a civil war, the pair of forces themselves)."""
    gaz = load_gazetteer()

    def state(entity: Entity) -> Entity | None:
        if not by_state or entity.cls == "Country":
            return entity
        return gaz.country(entity.country) if entity.country else None

    own = {a.key for a in askers} | {s.key for s in map(state, askers) if s is not None}
    pairs: dict[tuple[str, str], list] = {}
    for other in before:
        if other.type not in HOSTILE + ("MOBILIZE",):
            continue
        doers = [state(a.entity) for a in other.actors if a.role == "actor"]
        targets = [state(a.entity) for a in other.actors if a.role == "recipient"]
        for d in doers:
            for t in targets:
                if d is None or t is None or d.key == t.key or own & {d.key, t.key}:
                    continue
                pair = pairs.setdefault(tuple(sorted((d.key, t.key))), [0, -len(pairs), d, t])
                pair[0] += 1
    if not pairs:
        return []
    _, _, first, second = max(pairs.values(), key=lambda p: (p[0], p[1]))
    return [first, second]


def _answered_doer(before: list[Event], index: int, actors: list[Entity]) -> list[Entity]:
    """Who did the last hostile act or show of force, told in this sentence or the few before, by a state other than
    the answering side's: the one a deed "in response" is aimed at."""
    gaz = load_gazetteer()

    def state(entity: Entity) -> str | None:
        return entity.key if entity.cls == "Country" else gaz.by_code.get(entity.country) if entity.country else None

    own = {state(a) for a in actors} - {None}
    for other in reversed(before):
        if other.sentence < index - REACTION_REACH:
            break
        doers = [a.entity for a in other.actors if a.role == "actor"]
        if other.type in HOSTILE + ("MOBILIZE",) and doers and not {state(d) for d in doers} & own:
            return doers
    return []


def _adversary(before: list[Event], side: Entity) -> list[Entity]:
    """The state a side has most often attacked, threatened or accused, or been by, in the events told so far."""
    gaz = load_gazetteer()

    def state(entity: Entity) -> Entity | None:
        return entity if entity.cls == "Country" else gaz.country(entity.country) if entity.country else None

    own = state(side)
    if own is None:
        return []
    counts: dict[str, list] = {}
    for other in before:
        if other.type not in HOSTILE:
            continue
        doers = {s.key: s for s in (state(a.entity) for a in other.actors if a.role == "actor") if s is not None}
        targets = {s.key: s for s in (state(a.entity) for a in other.actors if a.role == "recipient") if s is not None}
        for one, two in ((doers, targets), (targets, doers)):
            if own.key in one:
                for key, foe in two.items():
                    if key != own.key:
                        counts.setdefault(key, [0, foe])[0] += 1
    if not counts:
        return []
    best = max(counts.values(), key=lambda c: c[0])
    return [best[1]]


def _deal_sides(talks: Event) -> list[Entity]:
    """The parties of talks as the sides of a deal: leaders who talked sign for their states."""
    gaz = load_gazetteer()
    sides = [gaz.country(a.entity.country) if a.entity.cls == "Person" and a.entity.country else a.entity
             for a in talks.actors]
    return list({e.key: e for e in sides if e is not None}.values())


def _last_foe(before: list[Event], side: Entity) -> list[Entity]:
    """Whom a side without a state of its own fought last ("FARC" against Colombia's army, a state's rebels against
    its forces), where ``_adversary``, counting by states, sees the two as one state; forces stand for their state."""
    gaz = load_gazetteer()
    for other in reversed(before):
        if other.type != "ASSAULT" or side.key not in {a.entity.key for a in other.actors}:
            continue
        role = next(a.role for a in other.actors if a.entity.key == side.key)
        foes = [a.entity for a in other.actors if a.entity.key != side.key and (a.role != role or role == "participant")]
        if foes:
            forces = foes[0].country and foes[0].cls == "ArmedForce" and gaz.country(foes[0].country)
            return [forces or foes[0]]
    return []


DESTINATION_ONLY = ("AGREE", "REQUEST", "SUPPORT", "REJECT")
"""Categories of acts done where the actor is: a town after "to" ("invited him to Budapest") is where someone is
asked or promised to go, not where the act is done."""

TOPIC_PLACED = ("ASSAULT", "MOBILIZE", "RETREAT", "COERCE", "PROTEST", "AID")
"""Acts done where their object is: a place after their object noun is theirs."""

SHARED_PREPOSITIONS = ("to", "with", "against", "on", "from", "by", "between")
"""Prepositions whose second object after "and" they govern as well."""


def _last_mediators(before: list[Event]) -> list[Entity]:
    """Whom "the mediators" are: those who mediated in the last mediation told (CONSULT 045)."""
    for other in reversed(before):
        if other.type == "CONSULT" and other.cameo == "045":
            return [a.entity for a in other.actors if a.role == "actor"]
    return []


def _deal_parties(before: list[Event], kinds: tuple[str, ...]) -> list[Entity]:
    """The sides of a truce, deal or session named without them ("the truce took effect on Monday", "X, who chaired
    the session"): those of the last event of these kinds (a deal; talks too for a session) told between two or
    more sides."""
    for other in reversed(before):
        sides = [a.entity for a in other.actors if a.role == "participant"]
        if other.type in kinds and len(sides) > 1:
            return sides
    return []


TWO_PARTY = ("ACCUSE", "AGREE", "AID", "REJECT", "SANCTION", "SUPPORT", "THREATEN")
"""Categories whose event is between two parties: with only one named, the text does not say enough.
An attack with no target named stands only when soldiers are its party ("the soldiers fought") or its verb
takes territory by force (entries marked ``alone``: "retook the region"), a visit, call or mediation with no
counterpart not at all."""
REACTION_REACH = 3
"""How many sentences back a reaction with no named target looks for the event it answers."""
REACTIONS = ("ACCUSE", "PROTEST", "THREATEN", "REJECT", "SUPPORT", "REQUEST")
ANSWERS = ("ACCUSE", "PROTEST", "THREATEN", "REJECT", "SUPPORT")
"""Reactions that with no target named answer the event told just before; a request is addressed to whom it names
("called for a neutral investigation" asks no one in particular)."""
CROWD_SPEECH = ("ACCUSE", "REQUEST", "REJECT")
SAYING = ("ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN")
"""Acts done in words, which a statement or resolution can do."""
FAR_KINDS = ("AGREE", "CONCEDE")
"""Acts a reaction naming their kind ("welcomed the agreement") answers however far back they were told."""
HOSTILE = ("ACCUSE", "THREATEN", "SANCTION", "COERCE", "ASSAULT")
COUNTERPART_KINDS = ("THREATEN", "REJECT", "AGREE", "CONCEDE")
"""Stances one side takes towards another that a sentence may tell naming that side alone ("Orbāns, kurš draudēja
bloķēt sarunas", "apliecināja gatavību turpināt sarunas", "Budapest dropped its objections" after blocking the EU): they
are towards its counterpart in the story."""
STEM_LETTERS = 5
"""Letters two words must share at the start to name the same thing ("pasta vilciens", "pasta vilcienu")."""
COUNTERPART_REACH = 1
"""How many sentences back that counterpart's act with the side may be told: further on the story has moved on."""
CHARGED_DEEDS = ("ASSAULT", "COERCE")
"""Deeds one side is accused of that are events of their own only when told as a particular happening."""


def _blames(trig: Trigger) -> bool:
    """A verb that charges someone with a deed (accuse, blame: CAMEO 112), not one that only condemns it."""
    return trig.entry["type"] == "ACCUSE" and str(trig.entry.get("cameo", "")).startswith("112")
"""Acts against another state: one of them told just before a reaction of the same side is what it goes on with."""


def extract_events(doc: Doc) -> Doc:
    """Fill ``doc.events`` sentence by sentence.

    A reaction with no named target ("Seoul and Tokyo condemned the launch") answers the event told just
    before it: its target is that event's actor. Where the language lists words that point back ("šos
    uzbrukumus", "apgalvojumus"), one must follow the reaction in its clause.
    """
    anaphora = phrases(doc.article.lang, "answer_markers")
    untold: set[int] = set()
    for index, sent in enumerate(doc.sentences):
        builder = _Builder(doc, index, sent)
        for event in builder.build():
            if _told_before(event, builder, doc.events) or _visit_told_before(event, builder, doc.events) \
                    or _described_again(event, builder, doc.events) or _named_again(event, builder, doc.events):
                continue
            if _reciprocal(event, builder):
                doc.events.extend(_each_at_the_other(event))
                continue
            if _held_separately(event, builder):
                doc.events.extend(_each_with_the_first(event, builder))
                continue
            if _objects_at_own_times(event, builder):
                doc.events.extend(_each_object_apart(event, builder))
                continue
            if event.type == "COERCE" and len(event.actors) == 1 and not _crowd_held(event, doc) \
                    and event.actors[0].entity.cls == "Country" and _unnamed_people(doc, event):
                untold.add(id(event))  # a state holding people of no crowd told: whom it holds is unknown
            if event.type in CROWD_SPEECH and not _spokespeople(event, builder) and _crowd_protest(event, doc.events):
                continue
            # a demand joined to a reaction ("called the hijacking a violation and demanded the release of the
            # vessel") is made of the one that reaction was aimed at; one whose content clause holds its matter
            # ("and vowed that the plotters would be punished") names its own target or none
            trig = next((t for t in builder.triggers if t.first == event.trigger), None)
            if (event.type in ANSWERS or event.type == "REQUEST" and event.cameo.startswith("10")) \
                    and trig is not None and not trig.entry.get("needs_content") \
                    and not builder.against_thing(event) \
                    and not any(a.role in ("recipient", "participant") for a in event.actors):
                _coordinated_target(event, doc.events, builder)
            if event.type == "REQUEST" and not any(a.role in ("recipient", "participant") for a in event.actors):
                _asked_to_release(event, doc.events, builder)
            if event.type == "COERCE" and event.cameo.startswith("191") \
                    and not any(a.role in ("recipient", "participant") for a in event.actors):
                _border_neighbour(event, doc)
            if event.type == "COERCE" and event.cameo.startswith("191") \
                    and not any(a.role in ("recipient", "participant") for a in event.actors):
                _sealed_seat(event, builder)
            # a stance one side takes alone ("rejected the result") answers nobody told before
            if event.type in ANSWERS and not event.alone and not builder.against_thing(event) \
                    and not any(a.role in ("recipient", "participant") for a in event.actors):
                named = builder.object_kind(event) or builder.answered_kind(event)
                doers = builder.object_doer(event)
                if doers:
                    event.actors += [Argument(role="recipient", entity=d) for d in doers]
                elif (named is not None or not _answer_act_noun(event, builder, doc.events)) \
                        and (not anaphora or builder.answers(event, anaphora)):
                    _answer_previous(event, doc.events, named, doc.article.lang)
            if event.type in ANSWERS:
                _court_as_state(event, doc.events, builder)
            if event.type == "ACCUSE":
                _home_government_blamed(event, builder)
            if event.type == "ASSAULT":
                _military_target(event, builder)
            if _private_violence(event):
                continue
            if _joined_measure(event, builder):
                continue
            if event.type == "AGREE" and len(event.actors) == 1 and _unnamed_beneficiary(event, builder):
                event.alone = True
            if event.type == "AGREE":
                _pledged_under_deal(event, builder, doc.events)
            if event.type in COUNTERPART_KINDS and not event.alone and len(event.actors) == 1 \
                    and event.actors[0].role == "actor" and not _says_its_content(event, builder) \
                    and not _supposed(event, builder) and not _about_its_own(event, builder):
                event.actors += [Argument(role="recipient", entity=e) for e in _last_counterpart(doc.events, event)]
            if _lone_state_assault(event) and builder._toll_in_attack(event):
                event.alone = True
            if len(event.actors) < 2 and not event.alone and (event.type in TWO_PARTY or event.type == "ASSAULT"
                                          and event.actors[0].entity.cls not in ("ArmedForce", "Group")
                                          or event.type == "CONSULT" and event.actors[0].role != "participant"):
                if _lone_state_assault(event):
                    untold.add(id(event))  # "X's government executed four prisoners": what "the hangings" answers
                    doc.events.append(event)
                continue
            if (len(event.actors) < 2 or _nobody_doing(event)) and not event.alone and not builder.cased \
                    and _done_to_someone(event):
                untold.add(id(event))  # no event, but what a later reaction ("condemned the seizure") answers
            doc.events.append(event)
        doc.events.extend(_followed_suit(builder, doc.events))
        doc.events.extend(_mediated_meeting(builder, doc.events))
        doc.events.extend(_gapped_repeat(builder, doc.events))
        doc.events.extend(_denied_part(builder, doc.events))
        doc.events.extend(_denied_claim(builder, doc.events))
        _retold_place(builder, doc.events)
        _drop_stance_in_aside(builder, doc.events)
    doc.events = [e for e in doc.events if id(e) not in untold]
    _reciprocal_told_one_by_one(doc.events)
    _same_parties_same_place(doc.events)
    _at_the_summit(doc)
    return doc


GERUND_ASIDE_REACH = 5
"""How many words into a participle aside ("..., describing it as a warning") a noun of what is said may stand."""

RETOLD_REACH = 2
"""How many sentences back a happening named again by a definite noun ("the strikes") may have been told."""


def _retold_place(view: Sentenceview, events: list[Event]) -> None:
    """A happening named again with a definite noun and no parties of its own ("Georgian officials said four
    people died in the overnight strikes on the port of Batumi") is the one of its category told just before: the
    town or region it names there is that happening's place, when more specific than the one it had (none, or the
    state the town lies in)."""
    definite = phrases(view.lang, "retold_determiners")
    told = {(e.sentence, e.trigger) for e in events if len(e.actors) > 1}
    for trig in view.triggers:
        if (view.index, trig.first) in told or not _definite_before(view, trig, definite):
            continue
        kinds = _noun_kinds(view, trig)
        place = _place_after_noun(view, trig) if kinds else None
        if place is None or place.cls not in ("City", "Region"):
            continue
        state = _state_of_place(place)
        earlier = next((e for e in reversed(events) if e.type in kinds and e.status == "occurred"
                        and view.index - RETOLD_REACH <= e.sentence <= view.index
                        and (e.sentence, e.trigger) < (view.index, trig.first)
                        and (e.place is None or e.place.cls == "Country" and state in (None, e.place))), None)
        if earlier is None:
            continue
        if any(a.entity.key == place.key for a in earlier.actors if a.role == "actor"):
            continue
        earlier.place = place


def _noun_kinds(view: Sentenceview, trig: Trigger) -> set[str]:
    """The categories a trigger word may name as a noun ("the raids": an attack, though the verb "raids" is a police
    act); none for a word no noun entry lists ("the evening that struck")."""
    entries = load_language(view.lang).get("triggers") or []
    return {e["type"] for e in entries if e.get("pos") == "noun"
            and _listed(tuple(e["words"])).match(view.words, trig.first) > 0}


def _definite_before(view: Sentenceview, trig: Trigger, definite: Phrases) -> bool:
    """Whether a definite determiner opens the noun's phrase, with at most two lower-case modifiers between
    ("the pre-dawn raids", "these overnight strikes")."""
    for k in range(trig.first - 1, max(-1, trig.first - 4), -1):
        if definite.match(view.words, k) == 1:
            return True
        if not view.words[k].islower():
            return False
    return False


def _place_after_noun(view: Sentenceview, trig: Trigger) -> Entity | None:
    """A town or region the noun's own phrase names after it ("the raids near the town of X", "the strikes on X")."""
    det = next(k for k in range(trig.first - 1, -1, -1) if phrases(view.lang, "retold_determiners").match(view.words, k))
    kinds = ["retold_place_prepositions"] if any(t.verb and t.last == det - 1 for t in view.triggers) \
        else ["retold_place_prepositions", "retold_scene_prepositions"]
    preps = [phrases(view.lang, kind) for kind in kinds]
    for m in view.mentions:
        if m.entity.cls in ("City", "Region") and trig.last < m.first <= trig.last + 6 \
                and view.clauses[m.first] == view.clauses[trig.first] \
                and any(p.match(view.words, k) == 1 for p in preps for k in range(trig.last + 1, m.first)):
            return m.entity
    return None


def _private_violence(event: Event) -> bool:
    """Violence by people of no state or office against no one named ("the two men had been convicted of killing a
    woman"): a crime, no political event."""
    return event.type == "ASSAULT" and bool(event.actors) and all(
        a.role == "actor" and a.entity.cls == "Person" and not a.entity.country and not a.entity.title
        and not a.entity.wikidata for a in event.actors)


def _nobody_doing(event: Event) -> bool:
    """Whether every party is one done to ("police arrested X, the son of an associate of Y" with the police
    unresolved): those acted on are named, the one acting is not."""
    return all(a.role == "recipient" for a in event.actors)


def _done_to_someone(event: Event) -> bool:
    """Whether the act is one only done to someone (an arrest, an expulsion, a crackdown), which names no event
    without the one it is done to; restrictions a state declares (curfew, martial law, a ban on parties), a
    seizure of goods or a ship and a taking of land stand alone. (In a declining language a case ending tells the
    one done to even where no name does: "arestējusi britu žurnālistu".)"""
    return event.type == "COERCE" and not event.cameo.startswith(("171", "172", "19"))


def _followed_suit(view: Sentenceview, before: list[Event]) -> list[Event]:
    """A side that "followed suit" or "announced similar measures" repeats the last act told before it in its
    sentence or the one before, against the same side: a copy of that act with the clause's subject as its actor."""
    marker = phrases(view.lang, "repeat_phrases")
    at = next((k for k in range(len(view.words)) if marker.match(view.words, k)), None)
    if at is None or any(e.sentence == view.index and e.trigger >= at for e in before):
        return []
    subject = next((m for m in reversed(view.mentions) if m.last < at and view.prepositions[id(m)] is None
                    and view.clauses[m.first] == view.clauses[at] and m.actor.cls in ACTOR_CLASSES), None)
    if subject is None and view.cased:
        # "Vēlāk to pašu darīja Igaunija": a free word order puts the subject after the phrase
        end = at + marker.match(view.words, at)
        subject = next((m for m in view.mentions if end <= m.first <= end + 1 and "nom" in m.cases
                        and view.prepositions[id(m)] is None and view.clauses[m.first] == view.clauses[at]
                        and m.actor.cls in ACTOR_CLASSES), None)
    last = next((e for e in reversed(before) if e.sentence == view.index), None) \
        or next((e for e in reversed(before) if e.sentence == view.index - 1), None)
    if subject is None or last is None or last.type not in REPEATABLE \
            or subject.actor.key in {a.entity.key for a in last.actors}:
        return []
    targets = [a for a in last.actors if a.role == "recipient"]
    if not targets:
        return []
    return [last.model_copy(update={
        "sentence": view.index, "trigger": at, "trigger_text": " ".join(view.words[at:at + marker.match(view.words, at)]),
        "actors": [Argument(role="actor", entity=subject.actor)] + targets, "date": None,
        "evidence": Evidence(text=view.sent.text, start=view.sent.start, end=view.sent.end)})]


MEETING_REACH = 8
"""How many words after a mediator's verb the meeting it brought about may be named ("brought X and Y together for
a surprise meeting in Doha")."""


def _mediated_meeting(view: Sentenceview, before: list[Event]) -> list[Event]:
    """A meeting named after the sides one brought to it ("brought X and Y together for a meeting in Doha") is the
    sides' own meeting as well as the mediation: an event of its own with the mediated sides as participants, at
    the place named right after it (docs/gold-format.md: a mediator is the actor of a separate CONSULT 045)."""
    out = []
    for event in [e for e in before if e.sentence == view.index]:
        sides = [a.entity for a in event.actors if a.role == "recipient"]
        if event.type != "CONSULT" or not event.cameo.startswith("045") or len(sides) < 2:
            continue
        talks = next((t for t in view.triggers if t.first == event.trigger and t.entry["type"] == "CONSULT"
                      and not (t.verb and view._passive(t)) and not str(t.entry["cameo"]).startswith("045")), None)
        if talks is not None:
            # "after two weeks of talks brokered by Saudi Arabia", "held talks mediated by Qatar": the sides' own talks,
            # which the mediation took as its trigger ("was negotiated by Brazil" names only the mediation)
            out.append(event.model_copy(update={
                "cameo": str(talks.entry["cameo"]), "actors": [Argument(role="participant", entity=e) for e in sides]}))
            continue
        if event.noun:
            continue
        meeting = next((t for t in view.triggers if t.entry["type"] == "CONSULT"
                        and not str(t.entry["cameo"]).startswith("045") and event.trigger < t.first <= event.trigger + len(event.trigger_text.split()) + MEETING_REACH
                        and view.clauses[t.first] == view.clauses[event.trigger]), None)
        if meeting is None or any(e.sentence == view.index and e.trigger == meeting.first for e in before) \
                or any(m.actor in sides and m.first > meeting.last for m in view.mentions):
            continue  # "brokered a meeting of X and Y": the meeting is what the mediator did
        place = next((m.entity for m in view.mentions if meeting.last < m.first <= meeting.last + 2
                      and m.entity.cls in PLACE_CLASSES and view.prepositions[id(m)] in ("in", "at")), None) \
            or event.place
        event.place = event.place or place
        out.append(event.model_copy(update={
            "cameo": str(meeting.entry["cameo"]), "trigger": meeting.first, "noun": True, "place": place,
            "trigger_text": " ".join(view.words[meeting.first:meeting.last + 1]),
            "actors": [Argument(role="participant", entity=e) for e in sides]}))
    return out


def _unnamed_beneficiary(event: Event, view: Sentenceview) -> bool:
    """A pledge to people who are no party ("Valdība zvejniekiem apsolījusi atbalstu", "piedāvāja izsūtītajiem
    pilsonību"): a lowercase dative beside the verb that names no state, body or group is its only recipient, so
    the pledge stands with its maker alone (docs/gold-format.md: parties the clause does not name are not added)."""
    if not view.cased or event.noun:
        return False
    kinds = load_language(view.lang).get("kind_nouns") or {}
    refs = load_language(view.lang).get("plural_refs") or {}
    pronouns = {w for ws in (load_language(view.lang).get("pronouns") or {}).values() if isinstance(ws, list) for w in ws}
    for k in range(max(0, event.trigger - 3), min(len(view.words), event.trigger + 4)):
        word = view.words[k]
        if k == event.trigger or not word.isalpha() or not word.islower() or view.clauses[k] != view.clauses[event.trigger] \
                or any(m.first <= k <= m.last for m in view.mentions) or guess_cases(word, view.lang) != {"dat"} \
                or word in pronouns:
            continue  # "solīja viņiem apbalvojumus": those the pronoun stands for may be parties
        if not any(phrases(view.lang, "kind_nouns", kind).match(view.words, k) for kind in kinds) \
                and not any(phrases(view.lang, "plural_refs", group).match(view.words, k) for group in refs):
            return True
    return False


def _pledged_under_deal(event: Event, view: Sentenceview, before: list[Event]) -> None:
    """A pledge in a sentence that opens with the deal it is part of ("Under the deal, Asmara pledged to disarm the
    militia, and Addis Ababa committed to withdraw") is made to the deal's other sides (those of the last deal told
    between two or more), not to a third party named in what is pledged."""
    if not phrases(view.lang, "deal_frames").match(view.words, 0):
        return
    doers = [a.entity for a in event.actors if a.role == "actor"]
    if len(doers) != 1 or any(a.role == "participant" for a in event.actors):
        return
    gaz = load_gazetteer()
    states = []
    for side in _deal_parties(before, ("AGREE",)):
        state = side if side.cls == "Country" else gaz.country(side.country) if side.country else None
        if state is not None and state.key not in {s.key for s in states}:
            states.append(state)
    if not any(_same_state(doers[0], s) for s in states):
        return
    others = [s for s in states if not _same_state(doers[0], s)]
    if others:
        event.actors = [a for a in event.actors if a.role != "recipient"] + [
            Argument(role="recipient", entity=s) for s in others]


def _joined_measure(event: Event, view: Sentenceview) -> bool:
    """A measure named as what a side refuses to join ("atteikusies pievienoties ES sankcijām pret Krieviju"): the
    object of an infinitive that says what a refusal is about, in place before; no act told here. (A session asked
    for is still told: it is then held.)"""
    if not event.noun or event.trigger < 2:
        return False
    k = event.trigger - 1
    while k > 0 and any(m.first <= k <= m.last for m in view.mentions):
        k -= 1  # the measure's owner ("ES sankcijām")
    return infinitive_form(view.words[k], view.lang) and any(
        t.verb and t.entry["type"] == "REJECT" and 0 < k - t.last <= 1 for t in view.triggers)


def _gapped_repeat(view: Sentenceview, before: list[Event]) -> list[Event]:
    """A verb left out after a comma and a joining word, with "more" and a count ("slēdza četrus robežpunktus, bet
    24. novembrī vēl trīs"): the last act of the sentence again, by the same parties, told at its own time."""
    openers, more = phrases(view.lang, "gapping", "openers"), phrases(view.lang, "gapping", "markers")
    last = next((e for e in reversed(before) if e.sentence == view.index and not e.noun), None)
    if last is None or not more:
        return []
    for k in range(last.trigger + 1, len(view.words) - 2):
        if view.words[k] != "," or not openers.match(view.words, k + 1):
            continue
        end = next((j for j in range(k + 2, len(view.words)) if view.words[j] in (",", ";", ".", "?", "!")
                    and not (view.words[j] == "." and view.words[j - 1].isdigit())), len(view.words))
        if any(t.verb and k < t.first < end for t in view.triggers) \
                or any(m.first == j for m in view.mentions for j in range(k + 2, end)):
            continue  # a verb of its own, or a new party ("bet Čehija vēl 20")
        at = next((j for j in range(k + 2, end - 1) if more.match(view.words, j) and view._count_word(j + 1)), None)
        if at is not None and end - (at + 2) <= 1:  # at most a noun after the count: "un vēl trīs tiks slēgti" has a verb
            return [last.model_copy(update={"trigger": at, "trigger_text": view.words[at], "date": None,
                                            "quantities": [], "merged": [], "actors": list(last.actors)})]
    return []


def _lone_state_assault(event: Event) -> bool:
    """An attack or killing by a state with no target named ("the government executed four prisoners"): no event
    of its own, but the act a later reaction ("condemned the hangings") answers."""
    return event.type == "ASSAULT" and len(event.actors) == 1 and event.actors[0].role == "actor" \
        and event.actors[0].entity.cls == "Country"


def _denied_part(view: Sentenceview, before: list[Event]) -> list[Event]:
    """A side that "denied any involvement", "denied carrying out the strike" or "was not involved" denies its part
    in the last attack or seizure told in its sentence or the three before: a copy of that act with the denier as
    its doer, status denied, told by the denier."""
    marker = phrases(view.lang, "denial_phrases")
    at = next((k for k in range(len(view.words)) if marker.match(view.words, k)), None)
    if at is None or any(e.sentence == view.index and e.trigger >= at and e.type in DENIABLE for e in before):
        return []
    subject = next((m for m in reversed(view.mentions) if m.last < at and view.prepositions[id(m)] is None
                    and view.clauses[m.first] == view.clauses[at] and m.actor.cls in ACTOR_CLASSES), None)
    if subject is None:
        return []
    # the act the denier is said to have done, else one by a side its sentence names ("Israel acted alone and the
    # United States was not involved")
    named = {m.actor.key for m in view.mentions if m is not subject and m.last < at}
    told = [e for e in reversed(before) if e.type in DENIABLE and view.index - 3 <= e.sentence <= view.index
            and not (e.sentence == view.index and e.trigger > at) and not _lone_state_assault(e)]
    last = next((e for e in told if any(a.role == "actor" and a.entity.key == subject.actor.key for a in e.actors)),
                None) or next((e for e in told if any(a.role == "actor" and a.entity.key in named for a in e.actors)),
                              None) or next((e for e in told if any(a.role == "actor" and _same_state(a.entity, subject.actor)
                                                                    for a in e.actors)), None)
    if last is None:
        return []
    denier = subject.actor
    targets = [a for a in last.actors if a.role == "recipient" and a.entity.key != denier.key]
    return [last.model_copy(update={
        "sentence": view.index, "trigger": at, "trigger_text": " ".join(view.words[at:at + marker.match(view.words, at)]),
        "actors": [Argument(role="actor", entity=denier)] + targets, "status": "denied", "sources": [denier],
        "retells": (last.sentence, last.trigger),
        "evidence": Evidence(text=view.sent.text, start=view.sent.start, end=view.sent.end)})]


def _denied_claim(view: Sentenceview, before: list[Event]) -> list[Event]:
    """A side that denies the claims told before ("Iekšlietu ministrija šīs ziņas noliedza", "to stingri
    noliedza") denies the attack or seizure its side is said to have done in the three sentences before: a copy of
    that act, status denied, told by the denier, its doer unchanged."""
    table = load_language(view.lang).get("denied_claims") or {}
    verbs, claims = phrases(view.lang, "denied_claims", "verbs"), phrases(view.lang, "denied_claims", "claims")
    if not table or any(e.sentence == view.index and e.type in DENIABLE for e in before):
        return []
    at = next((k for k in range(len(view.words)) if verbs.match(view.words, k) and any(
        claims.match(view.words, j) and (j + claims.match(view.words, j) in range(k - 1, k + 1) or j in (k + 1, k + 2))
        for j in range(max(0, k - 4), min(len(view.words), k + 3)))), None)
    if at is None:
        return []
    # a denier the text names must be of the accused side; one it does not name ("Ministrija to noliedza") is taken
    # to be
    denier = next((m.actor for m in reversed(view.mentions) if m.last < at and view.prepositions[id(m)] is None
                   and view.clauses[m.first] == view.clauses[at] and m.actor.cls in ACTOR_CLASSES), None)
    # in English a deed told as fact and then denied by its own side ("Cambodian soldiers opened fire ... Cambodia's
    # defence ministry denied that any clashes had taken place") is contested, so alleged; unless an accusation told
    # after it is what the denial answers ("X accused Kabul of sheltering fighters. Kabul denies the charge.")
    # in Latvian a claim is told in the reportative ("esot aizturējušas"), read as alleged only after this step: an act
    # of the denier's side told just before is what "šīs ziņas noliedz" denies, the claim and the denial two
    # events (docs/gold-format.md)
    def told_as_fact(e: Event) -> bool:
        return denier is not None and e.status == "occurred" and not any(
            o.type == "ACCUSE" and (e.sentence, e.trigger) < (o.sentence, o.trigger) for o in before)
    last = next((e for e in reversed(before) if e.type in DENIABLE and (e.status == "alleged" or told_as_fact(e))
                 and view.index - 3 <= e.sentence < view.index
                 and any(a.role == "actor" and (denier is None or a.entity.key == denier.key
                                                or _same_state(a.entity, denier)) for a in e.actors)), None)
    if last is None:
        return []
    last.status = "alleged"
    return [last.model_copy(update={
        "sentence": view.index, "trigger": at, "trigger_text": view.words[at], "status": "denied",
        "sources": [denier] if denier is not None else [],
        "retells": (last.sentence, last.trigger),
        "evidence": Evidence(text=view.sent.text, start=view.sent.start, end=view.sent.end)})]


def _same_state(one: Entity, other: Entity) -> bool:
    """Whether two parties are one state or its bodies ("Bolivia's defence ministry" denying what "Bolivian
    drones" did)."""
    gaz = load_gazetteer()
    states = [e if e.cls == "Country" else gaz.country(e.country) if e.country else None for e in (one, other)]
    return states[0] is not None and states[1] is not None and states[0].key == states[1].key


DENIABLE = ("ASSAULT", "COERCE")
"""Acts whose doer a side can deny being ("denied any involvement in the attack")."""
REPEATABLE = ("SANCTION", "COERCE", "REJECT", "ACCUSE", "AID")
"""Acts another side can repeat against the same target by saying it did the same."""


def _reciprocal(event: Event, view: Sentenceview) -> bool:
    """Whether sides named together do the act to each other ("Chad and Sudan accused each other of ...",
    "savstarpēji apsūdzēja"): a word of reciprocity right after the trigger in its clause, or just before it, and two
    or more doers with no one else aimed at."""
    if len(event.actors) < 2 or any(a.role != "actor" for a in event.actors):
        return False
    marker = phrases(view.lang, "reciprocals")
    end = min(len(view.words), event.trigger + len(event.trigger_text.split()) + 3)
    return any(view.clauses[k] == view.clauses[event.trigger] and marker.match(view.words, k)
               and (k > event.trigger or k + marker.match(view.words, k) == event.trigger)
               for k in range(max(0, event.trigger - 2), end))


def _each_at_the_other(event: Event) -> list[Event]:
    """One event for each doer, aimed at the others."""
    return [event.model_copy(update={"actors": [Argument(role="actor", entity=a.entity)] + [
        Argument(role="recipient", entity=o.entity) for o in event.actors if o is not a]}) for a in event.actors]


ONE_BY_ONE_REACH = 5
"""How many sentences after "X and Y accused each other" each side's act may be told again on its own."""


def _reciprocal_told_one_by_one(events: list[Event]) -> None:
    """"X and Y accused each other" is two acts; when a later sentence tells one again by a side (or its official or
    body) against the other, that is a further mention of the same act: the later one stands, dated by the first
    mention unless its own text gives a time, and the reciprocal copy is marked to go once dated."""
    def sides(event: Event, role: str) -> list[Entity]:
        return [a.entity for a in event.actors if a.role == role]

    pairs = {}
    for event in events:
        pairs.setdefault((event.sentence, event.trigger, event.type), []).append(event)
    copies = [e for group in pairs.values() if len(group) == 2 and all(len(sides(e, "actor")) == 1 for e in group)
              and sides(group[0], "actor")[0].key in {r.key for r in sides(group[1], "recipient")}
              and sides(group[1], "actor")[0].key in {r.key for r in sides(group[0], "recipient")} for e in group]
    def told_again(copy: Event) -> Event | None:
        doer, targets = sides(copy, "actor")[0], sides(copy, "recipient")
        return next((e for e in events if e.type == copy.type and copy.sentence < e.sentence
                     <= copy.sentence + ONE_BY_ONE_REACH and e.retells is None and len(sides(e, "actor")) == 1
                     and _same_state(sides(e, "actor")[0], doer) and len(sides(e, "recipient")) == len(targets)
                     and all(any(_same_state(r, t) for t in targets) for r in sides(e, "recipient"))), None)

    for first, second in zip(copies[::2], copies[1::2]):
        again = [told_again(first), told_again(second)]
        if None not in again and again[0] is not again[1]:  # both told again, one by one
            for copy, later in zip((first, second), again):
                later.retells = (copy.sentence, copy.trigger)
                copy.retold = True


def _held_separately(event: Event, view: Sentenceview) -> bool:
    """Whether a deal or talks with several sides were held one by one ("signed separate agreements with both
    countries", "met separately with X and Y"), a marker of it within a few words of the trigger."""
    marker = phrases(view.lang, "separate_markers")
    return bool(marker) and event.type in ("AGREE", "CONSULT", "COOPERATE") and len(event.actors) > 2 \
        and any(marker.match(view.words, k) for k in range(max(0, event.trigger - 3), event.trigger + 3)) \
        and bool(_each_with_the_first(event, view))


def _each_with_the_first(event: Event, view: Sentenceview) -> list[Event]:
    """One two-sided event between the side named before the trigger and each of the others."""
    before = {m.actor.key for m in view.mentions if m.last < event.trigger}
    first = next((a for a in event.actors if a.entity.key in before), None)
    if first is None:
        return []
    return [event.model_copy(update={"actors": [first, other]}) for other in event.actors if other is not first]


def _recipient_mentions(event: Event, view: Sentenceview) -> list[Mention]:
    """The mentions after a verb trigger that name its recipients, one each, in their order."""
    keys = [a.entity.key for a in event.actors if a.role == "recipient"]
    found = [next((m for m in view.mentions if m.actor.key == key and m.first > event.trigger), None) for key in keys]
    return sorted((m for m in found if m is not None), key=lambda m: m.first)


def _objects_at_own_times(event: Event, view: Sentenceview) -> bool:
    """Whether a verb's objects are joined each with a time of its own ("seized the Advantage Sweet in April and
    the Niovi in May"): separate happenings that share a doer, one told after the other."""
    if event.noun or [a.role for a in event.actors].count("actor") != 1:
        return False
    objects = _recipient_mentions(event, view)
    if len(objects) < 2 or len(objects) != sum(a.role == "recipient" for a in event.actors):
        return False
    dates = calendar_words(view.lang)
    spans = [(m.last + 1, n.first) for m, n in zip(objects, objects[1:])] + [(objects[-1].last + 1, len(view.words))]
    return all(any(dates.match(view.words, k) for k in range(a, b)) for a, b in spans) \
        and all(any(w in conjunctions(view.lang) for w in view.words[a:b]) for a, b in spans[:-1])


def _each_object_apart(event: Event, view: Sentenceview) -> list[Event]:
    """One event for each object. Each one's words run from its verb, or for a later one its object, up to its own
    time, so that the time told after its object is its (timex takes the nearest words); a place named there is
    where it happened."""
    doer = [a for a in event.actors if a.role == "actor"]
    dates = calendar_words(view.lang)
    out = []
    for k, m in enumerate(_recipient_mentions(event, view)):
        start = event.trigger if k == 0 else m.first
        end = next(j for j in range(m.last + 1, len(view.words)) if dates.match(view.words, j))
        while end > m.last + 1 and view.words[end - 1].islower():
            end -= 1  # "in", "on": the time's own preposition is not the event's
        place = next((p.entity for p in view.mentions if m.last < p.first and p.last < end
                      and p.entity.cls in PLACE_CLASSES), event.place if k == 0 else None)
        out.append(event.model_copy(update={"trigger": start, "trigger_text": " ".join(view.words[start:end]),
                                            "place": place,
                                            "actors": doer + [Argument(role="recipient", entity=m.actor)]}))
    return out


def _at_the_summit(doc: Doc) -> None:
    """What is done "on the sidelines of the summit" ("samita malā tikās") with no place of its own happens where
    the story's summit is, the town named beside a summit word in an earlier sentence ("Viļņā pieņemtajā samita
    deklarācijā")."""
    lang = doc.article.lang
    summit, at_it = phrases(lang, "summit", "nouns"), phrases(lang, "summit", "at")
    place: Entity | None = None
    for index, sent in enumerate(doc.sentences):
        words = [t.text for t in sent.tokens]
        if place is None:
            place = next((m.entity for m in doc.mentions if m.sentence == index and m.entity.cls == "City" and any(
                summit.match(words, k) for k in range(max(0, m.first - 3), min(len(words), m.last + 4)))), None)
            continue
        if not any(at_it.match(words, k) for k in range(len(words))):
            continue
        for event in doc.events:
            if event.sentence == index and event.place is None and event.status == "occurred":
                event.place = place


def _spokespeople(event: Event, view: Sentenceview) -> bool:
    """Whether those who speak for a crowd ("Studentu organizatori apsūdzēja policiju") say it, just before the verb:
    their words are their own act, not the crowd's protest."""
    words = phrases(view.lang, "crowd_spokespeople")
    return any(words.match(view.words, k) for k in range(max(0, event.trigger - 3), event.trigger))


def _crowd_protest(event: Event, before: list[Event]) -> bool:
    """What a crowd of protesters accuses, demands or rejects ("protestētāji, kuri apsūdzēja premjeru ... un
    pieprasīja viņa atkāpšanos") is its protest, aimed at whom it names; one protest per crowd and sentence.
    Whether the event was folded into a protest told before it."""
    gaz = load_gazetteer()
    crowd = [a.entity for a in event.actors if a.role == "actor"]
    if len(crowd) != 1 or not _state_body(gaz, crowd[0], "protesters"):
        return False
    event.type, event.cameo = "PROTEST", "141"
    same = next((o for o in before if o.sentence == event.sentence and o.type == "PROTEST"
                 and any(a.entity.key == crowd[0].key for a in o.actors)), None)
    if same is None:
        return False
    same.actors += [a for a in event.actors if a.entity.key not in {b.entity.key for b in same.actors}]
    return True


PLACE_REACH = 3
"""How many sentences back the place of the same parties' meeting carries to their next acts told with none."""


def _same_parties_same_place(events: list[Event]) -> None:
    """Talks by the very parties of a meeting or visit told just before, with no place of their own ("ieradās
    vizītē Maskavā, kur tikās ar Putinu. Otrdien abi līderi oficiālās sarunās parakstīja ..."), go on where that
    meeting was held, and so does what the same parties do at those talks, told in their sentence."""
    for n, event in enumerate(events):
        if event.place is not None or event.type != "CONSULT" or event.status != "occurred":
            continue
        parties = {a.entity.key for a in event.actors}
        meeting = next((e for e in reversed(events[:n]) if e.type == "CONSULT" and e.place is not None
                        and e.status == "occurred" and event.sentence - PLACE_REACH <= e.sentence < event.sentence
                        and {a.entity.key for a in e.actors} == parties), None)
        if meeting is None or len(parties) < 2:
            continue
        event.place = meeting.place
        for other in events:
            if other.sentence == event.sentence and other.place is None and other.status == "occurred" \
                    and {a.entity.key for a in other.actors} == parties:
                other.place = meeting.place


def _crowd_held(event: Event, doc: Doc) -> bool:
    """Police who detain unnamed people ("aizturēti 66 cilvēki", "policija viņus aizturēja") in a story of
    protests hold the protesters: those of the police's country, named in this sentence or the two before
    (whether they do). A state told to detain them in the passive ("Vairāk nekā 3000 cilvēku aizturēti") holds them too, when the
    clause names them as people, in a protest told up to three sentences before (or force used on that crowd)."""
    gaz = load_gazetteer()
    police = event.actors[0].entity
    country = gaz.country(police.country)
    if country is None:
        return False
    reach = 2
    if police.key == country.key and _unnamed_people(doc, event):
        reach = 3
    elif gaz.of_kind("police", country).key != police.key:
        return False
    crowd = gaz.of_kind("protesters", country)
    if any(m.entity.key == crowd.key and event.sentence - reach <= m.sentence <= event.sentence for m in doc.mentions) \
            or any(event.sentence - reach <= e.sentence and any(a.entity.key == crowd.key for a in e.actors)
                   for e in doc.events):
        event.actors.append(Argument(role="recipient", entity=crowd))
        return True
    return False


def _unnamed_people(doc: Doc, event: Event) -> bool:
    """Whether the event's sentence counts or names plain people ("3000 cilvēku", "vairāki iedzīvotāji") as
    those it is done to."""
    words = [t.text for t in doc.sentences[event.sentence].tokens]
    people = phrases(doc.article.lang, "quantity", "units", "person")
    held = phrases(doc.article.lang, "held_people")
    return bool(people) and any(people.match(words, k) or held.match(words, k) for k in range(len(words)))


def _court_as_state(event: Event, before: list[Event], view: Sentenceview) -> None:
    """Charges rejected or denied after a court of no known country tried them ("was sentenced by the district
    court in Ruritown ... dismissed the accusations") were brought by the state where it sat: a court
    judges a charge its state makes, so that state is whom the rejection answers."""
    courts = phrases(view.lang, "court_nouns")
    for arg in event.actors:
        entity = arg.entity
        words = entity.label.split()
        if arg.role != "recipient" or entity.cls != "Organisation" or entity.country or not words \
                or not courts.match(words, len(words) - 1):
            continue
        tried = next((e for e in reversed(before) if e.place is not None and e.place.country
                      and any(a.role == "actor" and a.entity.key == entity.key for a in e.actors)), None)
        state = load_gazetteer().country(tried.place.country) if tried is not None else None
        if state is not None and state.key not in {a.entity.key for a in event.actors}:
            arg.entity = state


def _coordinated_target(event: Event, before: list[Event], view: Sentenceview) -> None:
    """A reaction joined to an earlier one of another kind by the same speaker in its sentence ("called the mutiny
    treason and promised to punish all involved") is aimed at whom that one was; not one whose content a "ka" clause
    tells ("and warned that they would endanger ..."), which says its own target or none. A pronoun right after it
    takes up the act an earlier reaction of the sentence named, whoever reacts ("X condemned the hangings, and Y
    described them as ...")."""
    speakers = {a.entity.key for a in event.actors if a.role == "actor"}
    trig = view.triggers_at(event.trigger)
    back = trig.last + 1 < len(view.words) \
        and bool(phrases(view.lang, "pronouns", "back_reference").match(view.words, trig.last + 1))
    earlier = next((o for o in reversed(before) if o.sentence == event.sentence and o.trigger < event.trigger
                    and o.type in REACTIONS and ({a.entity.key for a in o.actors if a.role == "actor"} == speakers
                                                 or back and o.type == event.type)), None)
    openers = phrases(view.lang, "complement_openers")
    # "called the general a usurper and said Oslo would not accept the result": a reaction told as what the
    # speaker said after the first one names its own object or none
    reported = earlier is not None and any(earlier.trigger < c.index < trig.first for c in view.cues)
    if earlier is not None and (earlier.type != event.type or back) and not reported and not any(
            openers.match(view.words, k) for k in range(earlier.trigger, min(len(view.words), trig.last + 3))):
        event.actors += [a for a in earlier.actors if a.role == "recipient"]


def _asked_to_release(event: Event, before: list[Event], view: Sentenceview) -> None:
    """A demand to free people held, with no one asked ("pieprasīja atbrīvot aizturētos demonstrantus"), is made
    of whoever holds them: the holder it names ("hostages held by Hamas"), else the doer of an arrest told in the
    last few sentences, a state for its police or forces."""
    trig = view.triggers_at(event.trigger)
    release = phrases(view.lang, "release_nouns")
    clause = [k for k in range(trig.first, len(view.words)) if view.clauses[k] == view.clauses[trig.first]]
    if not any(t.entry["type"] == "RETREAT" and str(t.entry["cameo"]).startswith("084") and t.first > trig.last
               and view.clauses[t.first] == view.clauses[trig.first] for t in view.triggers) \
            and not any(release.match(view.words, k) for k in clause):
        return
    gaz = load_gazetteer()
    mine = {a.entity.key for a in event.actors}
    holding, agent = phrases(view.lang, "holding_participles"), str(load_language(view.lang).get("agent_preposition") or "")
    # "demanded the release of its diplomats held by Israel": the holder the demand itself names
    holders = [m.actor for k in clause for m in view.mentions if holding.match(view.words, k) and agent
               and k + 1 < len(view.words) and view.words[k + 1].casefold() == agent and m.first == k + 2
               and m.actor.cls in ACTOR_CLASSES and m.actor.key not in mine]
    if holders:
        event.actors += [Argument(role="recipient", entity=h) for h in holders[:1]]
        return
    held = next((o for o in reversed(before) if o.type == "COERCE" and str(o.cameo).startswith("173")
                 and event.sentence - 5 <= o.sentence <= event.sentence), None)
    if held is None:
        return
    for doer in (a.entity for a in held.actors if a.role == "actor"):
        force = doer.cls == "ArmedForce" or _state_body(gaz, doer, "armed_forces") or _state_body(gaz, doer, "police")
        target = (gaz.country(doer.country) if force and doer.country else None) or doer
        if target.key not in mine:
            event.actors.append(Argument(role="recipient", entity=target))


BORDER_REACH = 3
"""How many sentences back the state across a closed border may have been named."""


def _border_neighbour(event: Event, doc: Doc) -> None:
    """Crossings or a border closed with no neighbour named ("Somija slēdza četrus robežpunktus", "Poland shut
    two more crossings") are closed to the state last named across that border ("robežas ar Krieviju", "its border
    with Belarus") in the few sentences before, other than the one closing them (a neighbour the sentence itself
    names has been weighed by the rules of the clause)."""
    lang = doc.article.lang
    border = phrases(lang, "border_nouns")
    table = load_language(lang).get("morphology", {}).get("prepositions", {}) or {}
    gaz = load_gazetteer()
    own = {a.entity.key for a in event.actors} | {a.entity.country for a in event.actors if a.entity.country}
    for m in reversed([m for m in doc.mentions if event.sentence - BORDER_REACH <= m.sentence < event.sentence]):
        words = [t.text for t in doc.sentences[m.sentence].tokens]
        if m.first < 2 or table.get(words[m.first - 1].casefold()) != "with" \
                or not any(border.match(words, k) for k in range(max(0, m.first - 3), m.first - 1)):
            continue
        state = m.actor if m.actor.cls == "Country" else gaz.country(m.actor.country)
        if state is not None and state.key not in own and state.country not in own:
            event.actors.append(Argument(role="recipient", entity=state))
        return


def _military_target(event: Event, view: Sentenceview) -> None:
    """An attack whose object is a state's bases, posts or positions ("attacked Pakistani border posts", "to strike
    four air bases deep inside the country") hits that state's armed forces, not its territory (gold-format)."""
    targets = [a for a in event.actors if a.role == "recipient"]
    if len(targets) != 1 or targets[0].entity.cls != "Country":
        return
    trig = next((t for t in view.triggers if t.first == event.trigger), None)
    if trig is None:
        return  # an event made from another's words (a denial) keeps that one's parties
    nouns = phrases(view.lang, "military_sites")
    clause = view.clauses[trig.first]
    for k in range(trig.last + 1, min(len(view.words), trig.last + 6)):
        if view.clauses[k] != clause or view.words[k] in (",", ";") \
                or any(t.first == k and k not in event.merged for t in view.triggers):
            return  # a noun told as the same attack ("retaliated with strikes on ...") is no other act
        if nouns.match(view.words, k):
            gaz = load_gazetteer()
            targets[0].entity = gaz.of_kind("armed_forces", targets[0].entity)
            return


def _home_government_blamed(event: Event, view: Sentenceview) -> None:
    """Blame a person lays on "the government" with no owner named ("called the deal a failure of the government's
    foreign policy") is aimed at the person's own state, not at the parties of the act it names."""
    doers = [a.entity for a in event.actors if a.role == "actor"]
    if len(doers) != 1 or doers[0].cls != "Person" or not doers[0].country:
        return
    state = load_gazetteer().country(doers[0].country)
    refs = phrases(view.lang, "home_government_refs")
    clause = view.clauses[event.trigger]
    if state is None or not any(view.clauses[k] == clause and refs.match(view.words, k)
                                for k in range(event.trigger + 1, len(view.words))):
        return
    event.actors = [a for a in event.actors if a.role == "actor"] + [Argument(role="recipient", entity=state)]


def _sealed_seat(event: Event, view: Sentenceview) -> None:
    """A cordon round part of a seat with no one named ("police sealed off the gates") shuts in the body whose seat
    the sentence named before it ("soldiers reached the Senate"): that body."""
    trig = next((t for t in view.triggers if t.first == event.trigger), None)
    if trig is None or trig.last + 1 >= len(view.words) \
            or not phrases(view.lang, "seat_parts").match(view.words, trig.last + 1):
        return
    own = {a.entity.key for a in event.actors}
    seat = [m.actor for m in view.mentions if m.last < trig.first and m.actor.cls == "Organisation"
            and view.prepositions[id(m)] in ("at", "to") and m.actor.key not in own]
    if seat:
        event.actors.append(Argument(role="recipient", entity=seat[-1]))


def _told_before(event: Event, view: Sentenceview, before: list[Event]) -> bool:
    """A sentence opening with an event noun in the locative ("Sarunās ASV pārstāvēja ...": in the talks) sets
    the scene of a happening told just before; it is no new event."""
    if not event.noun or event.trigger != 0 \
            or "loc" not in guess_cases(view.words[0], view.lang):
        return False
    return any(e.type == event.type and view.index - 2 <= e.sentence < view.index for e in before)


def _named_again(event: Event, view: Sentenceview, before: list[Event]) -> bool:
    """A happening named again by a definite noun ("rode together to the talks") with the same parties in the same
    roles and the same status as one of its category told in the sentences just before is that happening, not a
    second one."""
    trig = next((t for t in view.triggers if t.first == event.trigger), None)
    if not event.noun or trig is None or not _definite_before(view, trig, phrases(view.lang, "retold_determiners")):
        return False
    parties = {(a.role, a.entity.key) for a in event.actors}
    return any(e.type == event.type and e.status == event.status and {(a.role, a.entity.key) for a in e.actors} == parties
               and view.index - RETOLD_REACH <= e.sentence < view.index for e in before)


def _described_again(event: Event, view: Sentenceview, before: list[Event]) -> bool:
    """A participle set off after a definite noun ("Under the deal, signed by X and Y, ...") describes a happening
    told just before between the same parties: no new event."""
    k = event.trigger
    if k < 3 or view.words[k - 1] != "," or not view.words[k].islower() \
            or not _definite_before(view, Trigger(k - 2, k - 2, {}, False), phrases(view.lang, "retold_determiners")):
        return False
    parties = {a.entity.key for a in event.actors}
    return any(e.type == event.type and {a.entity.key for a in e.actors} == parties
               and view.index - RETOLD_REACH <= e.sentence < view.index for e in before)


def _visit_told_before(event: Event, view: Sentenceview, before: list[Event]) -> bool:
    """A visit told in a relative clause ("Kims, kurš uz Krieviju ieradās ar vilcienu, ...") by one who met the
    visited state's people in the two sentences before is that meeting's journey, no new event."""
    start = view.clauses.index(view.clauses[event.trigger])
    if event.type != "CONSULT" or not event.cameo.startswith("042") or start == 0 \
            or not phrases(view.lang, "pronouns", "relative").match(view.words, start):
        return False
    gaz = load_gazetteer()

    def state(entity: Entity) -> str | None:
        return entity.key if entity.cls == "Country" else getattr(gaz.country(entity.country), "key", None)

    doers = {a.entity.key for a in event.actors if a.role == "actor"}
    visited = {state(a.entity) for a in event.actors if a.role == "recipient"} - {None}
    return bool(doers and visited) and any(
        e.type == "CONSULT" and view.index - 2 <= e.sentence <= view.index and doers <= {a.entity.key for a in e.actors}
        and any(a.entity.key not in doers and state(a.entity) in visited for a in e.actors) for e in before)


def _state_body(gaz, entity: Entity, kind: str | None = None) -> bool:
    """Whether an entity is a state's own body of a kind (its forces, officials, ministry), named in the
    gazetteer or made generic ("officials of Q30")."""
    from kg.entities import KINDS

    kinds = [kind] if kind else list(KINDS)
    if not entity.country:
        return False
    if any(gaz.kinds.get((k, entity.country)) == entity.key for k in kinds):
        return True
    names = {k.replace("_", " ") for k in kinds}
    return any(a.split(" of ")[0] in names for a in entity.aliases if " of " in a)


def _called_act_noun(event: Event, view: Sentenceview) -> str | None:
    """The noun for an act a naming verb takes as what it calls ("lēmumu nosauca par ...", "robežas slēgšanu"), if
    any: such a verb answers that act."""
    if not view.triggers_at(event.trigger).entry.get("called"):
        return None
    acts = phrases(view.lang, "act_nouns")
    c = view.clauses[event.trigger]
    return next((w for k, w in enumerate(view.words) if k >= event.trigger - 3 and view.clauses[k] == c
                 and k != event.trigger and (nominalisation(w, view.lang) or acts.match(view.words, k))), None)


def _answer_act_noun(event: Event, view: Sentenceview, before: list[Event]) -> bool:
    """What a naming verb calls by a noun for an act that does not say its kind ("atbrīvošanu nosauca par soli",
    "balsojuma rezultātu nosauca par izcilu", "lēmumu nosauca par kļūdu") is the act told earlier by the verb the
    noun is made from ("atbrīvoja" for "atbrīvošanu"), else the act the article opens with, which reactions quoted
    further on are about; not one of the reactor's own. Whether it found that act."""
    word = _called_act_noun(event, view)
    if word is None:
        return False
    mine = {a.entity.key for a in event.actors}
    told = [o for o in before if o.sentence < event.sentence
            and any(a.entity.key not in mine for a in o.actors if a.role in ("actor", "participant"))]
    stem = word.casefold().split("šan")[0] if nominalisation(word, view.lang) else ""
    stem = stem[:max(3, len(stem) - 1)]
    same = [o for o in told if stem and o.trigger_text.casefold().startswith(stem)]
    chosen = next((o for o in reversed(same) if not _told_in_relative(view.doc, o)), None) \
        or next(reversed(same), None) or next(iter(told), None)
    if chosen is None:
        return False
    _answer_previous(event, [chosen], (chosen.type, chosen.trigger_text.split()[0]), view.lang)
    return any(a.role == "recipient" for a in event.actors)


DEEDS_REPORTED = ("ASSAULT", "MOBILIZE")
"""Deeds of force no ministry does itself: it reports them for its state ("the defence ministry said it had struck
..."), while one it may do ("said it was blocking access to 81 media outlets") stays its own."""

DEED_KINDS = ("ASSAULT", "COERCE", "MOBILIZE")
"""Kinds of deed a reaction may name ("the operation", "the seizure", "the drills"): answered only by such a deed."""


def _answer_previous(event: Event, before: list[Event], named: tuple[str, str] | None = None,
                     lang: str = "en") -> None:
    """The reaction's target is the doer of a recent event: not the reactor, nor a leader's own state; of one
    the object names ("called the seizure unlawful": a seizure, else an act of that kind) when there is one."""
    gaz = load_gazetteer()
    near = [o for o in before if event.sentence - REACTION_REACH <= o.sentence < event.sentence]
    pools = [near]
    if named is not None:
        kind, word = named
        # with no act of the named kind near, the reaction answers the last one told ("condemned the hangings"
        # after other news), not whatever was told just before
        near_kinds = [o for o in near if o.type == kind]
        same = [o for o in near if o.type == kind] or [o for o in before if o.type == kind and o.sentence < event.sentence
                                                         and (kind in FAR_KINDS or not near_kinds)][-1:]
        # an act named by its noun may have been told further back with that noun ("dismissed the new package"
        # after "adopted a package of sanctions")
        told = re.compile(rf"\b{re.escape(word.casefold())}\b")
        earlier = [o for o in before if o.sentence < event.sentence and o.type in noun_kinds(lang, word)
                   and (told.search(o.evidence.text.casefold()) or o.trigger_text[:4].casefold() == word[:4].casefold())]
        # else the last act of a kind the noun may name, told in other words ("seized a car carrier" ... "called
        # the hijacking a violation")
        kin = [o for o in before if o.sentence < event.sentence and o.type in noun_kinds(lang, word)][-1:]
        # "condemned the strikes": the act last told by that very noun, before another kind of attack told since
        worded = [o for o in earlier if o.trigger_text[:4].casefold() == word[:4].casefold()][-1:]
        pools = [[o for o in same if o.trigger_text[:4].casefold() == word[:4].casefold()], worded,
                 [o for o in same if o.trigger_text[:3].casefold() == word[:3].casefold()], same, earlier, kin, near]
        if kind == "ACCUSE" or kind in DEED_KINDS and kind in noun_kinds(lang, word):
            # "noraidīja apgalvojumus" with no accusation told, "called the operation a terrorist act" with no
            # other's attack told: not whatever came just before
            pools = pools[:-1]
    homes = {a.entity.country for a in event.actors if a.entity.cls != "Country" and a.entity.country}
    mine = {a.entity.key for a in event.actors} | {gaz.by_code.get(c) for c in homes}
    # a state reacting does not answer its own office holders ("his government said" after Hun Sen wrote)
    own_states = {a.entity.country for a in event.actors if a.entity.cls == "Country" and a.entity.country}
    if named is not None and named[0] == "ACCUSE":
        # "noraidīja apsūdzības" answers an accusation against the rejecter's side, however far back (one told
        # with that word first), before another's blame of the same side told since
        # (or one told earlier in its own sentence: "ASV apsūdzēja Irānu ..., taču Teherāna apsūdzības noraidīja")
        against = [o for o in before if o.type == "ACCUSE" and (o.sentence, o.trigger) < (event.sentence, event.trigger)
                   and any(a.role == "recipient" and (a.entity.key in mine or a.entity.country in homes)
                           for a in o.actors)]
        pools = [[o for o in against if o.trigger_text[:4].casefold() == named[1][:4].casefold()], against] + pools
        if not against and _charges_of_custody(event, before, mine, homes):
            return
    # a refusal of a request made of the refuser just before in its sentence answers the one who asked ("demanded
    # that the Philippines tow away the ship, a request Manila has always refused"), and one after a meeting with
    # the refuser the one met ("uzņēma Orbānu, cenšoties viņu pārliecināt, taču Orbāns savu nostāju nemainīja")
    for other in reversed([o for o in before if o.sentence == event.sentence and o.type in ("REQUEST", "CONSULT")
                           and event.type == "REJECT"]):
        asked = {a.entity.key for a in other.actors if a.role in ("recipient", "participant")}
        if asked & mine:
            event.actors += [Argument(role="recipient", entity=a.entity) for a in other.actors
                             if a.role in ("actor", "participant") and a.entity.key not in mine]
            if other.type == "CONSULT" and event.place is None:
                event.place = other.place  # refused at that meeting
            return
    # a hostile act of the reactor's own side told just before in its sentence names the other side ("Moscow
    # blamed Ukrainian drones, and Putin promised that Russia would respond")
    for other in reversed([o for o in before if o.sentence == event.sentence and o.type in HOSTILE
                           and event.type in HOSTILE]):
        sides = [a.entity for a in other.actors if a.role == "actor"]
        targets = [a.entity for a in other.actors if a.role == "recipient" and a.entity.key not in mine]
        if sides and targets and all(e.key in mine or e.country in homes for e in sides):
            event.actors += [Argument(role="recipient", entity=t) for t in targets]
            return
    for other in (o for pool in pools for o in reversed(pool)):
        # not the reactor's own state, nor a body of that state ("Zakharova" after her ministry spoke)
        # an act the reaction names ("welcomed the withdrawal of the bill") may be one of a body at home
        named_act = named is not None and other.type == named[0] and other.type in FAR_KINDS
        doers = [a.entity for a in other.actors if a.role in ("actor", "participant") and a.entity.key not in mine
                 and not ((a.entity.cls == "Organisation" or _state_body(gaz, a.entity)) and a.entity.country in homes
                          and not named_act)
                 and not (a.entity.cls == "Person" and a.entity.title and a.entity.country in own_states)]
        if not doers and other.type == "ACCUSE" and other.sentence < event.sentence:
            # the reactor's own side blamed someone for the deed ("Maskava apsūdzēja Ukrainas specdienestus ...
            # Putins solīja atbildēt uz uzbrukumu"): the reaction answers the accused, a state for its services
            for accused in (a.entity for a in other.actors if a.role == "recipient"):
                state = gaz.country(accused.country) if accused.cls != "Person" and accused.country else None
                target = state if state is not None else accused
                if target.key not in mine | {a.entity.key for a in event.actors}:
                    event.actors.append(Argument(role="recipient", entity=target))
            if any(a.role == "recipient" for a in event.actors):
                return
        if doers and (other.sentence, other.trigger) < (event.sentence, event.trigger):
            # a reaction is aimed at all who did the act together ("Somija un Zviedrija iesniedza pieteikumus ...
            # kurš pieteikumus nosauca", "condemned the strikes" by the US and Britain); at a state for its forces
            joint = named is not None and other.type == named[0] and other.type in FAR_KINDS
            chosen = [d for d in doers if any(a.role == "actor" and a.entity == d for a in other.actors)] \
                or (doers if joint else doers[:1])
            # an accusation rejected answers its maker as named ("Moldovas policija paziņoja ... Šors apsūdzības
            # noraida"), police too
            charged = named is not None and named[0] == "ACCUSE" and other.type == "ACCUSE"
            for doer in chosen:
                force = doer.cls == "ArmedForce" or _state_body(gaz, doer, "armed_forces") or _state_body(gaz, doer, "police")
                state = gaz.country(doer.country) if force and not charged else None
                target = state if state is not None and state.key not in mine else doer
                if target.key not in {a.entity.key for a in event.actors}:
                    event.actors.append(Argument(role="recipient", entity=target))
            return


def _charges_of_custody(event: Event, before: list[Event], mine: set, homes: set) -> bool:
    """Charges rejected with no accusation told ("Parīze apsūdzības noraida" after "Irāna aizturēja divus Francijas
    pilsoņus") are those behind the arrest or sentence of the rejecter's side told before: they answer the state
    that holds them (a court or service for its state), even the one's own ("Počobuts apsūdzības noraida" after his
    state sentenced him). Whether such a custody was found."""
    gaz = load_gazetteer()
    codes = homes | {a.entity.country for a in event.actors if a.entity.cls == "Country" and a.entity.country}
    held = [o for o in before if o.type == "COERCE" and o.cameo.startswith(("172", "173"))
            and (o.sentence, o.trigger) < (event.sentence, event.trigger)
            and any(a.role == "recipient" and (a.entity.key in mine or a.entity.country in codes) for a in o.actors)]
    own = {a.entity.key for a in event.actors}
    for other in reversed(held):
        for doer in (a.entity for a in other.actors if a.role == "actor" and a.entity.key not in own):
            state = gaz.country(doer.country) if doer.cls != "Country" and doer.country else None
            target = state if state is not None and state.key not in own else doer
            if target.key not in {a.entity.key for a in event.actors}:
                event.actors.append(Argument(role="recipient", entity=target))
        if any(a.role == "recipient" for a in event.actors):
            return True
    return False


def _last_counterpart(before: list[Event], event: Event) -> list[Entity]:
    """The other side of the last act a lone side did to another, else of the last one done to it ("ES vienojās ...;
    Orbāns bloķēja" before "Orbāns, kurš draudēja bloķēt"; the juntas leaving the bloc before the bloc "apliecināja
    gatavību turpināt sarunas"): a stance told with that side alone is towards it. A leader does not take his
    state's counterpart (that reads too much into the story); a private person or a crowd is no counterpart
    ("sagaidīja atbrīvotos ... un solīja viņiem apbalvojumus"); a state's body or forces stand for their state
    ("Saeimas lēmumu nosauca par ... un paziņoja, ka tas neatbildēts nepaliks": Latvia)."""
    gaz = load_gazetteer()
    sides = {event.actors[0].entity.key}
    if any(o.sentence == event.sentence and o.type == event.type and any(a.entity.key in sides for a in o.actors)
           for o in before):
        return []  # the same stance told again in its sentence ("brīdināja, ka ..., un draudēja ar ...")
    for role, other in (("actor", "recipient"), ("recipient", "actor")):
        for earlier in reversed(before):
            if earlier.sentence > event.sentence or earlier.sentence < event.sentence - COUNTERPART_REACH:
                continue
            if any(a.role == role and a.entity.key in sides for a in earlier.actors):
                found = [_as_state(gaz, a.entity) for a in earlier.actors if a.role == other
                         and (a.entity.cls != "Person" or a.entity.title)
                         and not _state_body(gaz, a.entity, "protesters")]
                found = [e for e in found if e.key not in sides]
                if found:
                    return list({e.key: e for e in found}.values())
    return []


FORMAL_PROTEST = "114"
"""CAMEO for a protest made through diplomatic channels (summoning an envoy, a note): a step of its own."""


def _formal_protest_beside_words(event: Event, other: Event) -> bool:
    """A condemnation in words and a summoned envoy told together ("condemned the raid and summoned the
    ambassador") are two steps against the same side, not one told twice."""
    return event.type == other.type == "ACCUSE" and (event.cameo == FORMAL_PROTEST) != (other.cameo == FORMAL_PROTEST)


def _as_state(gaz, entity: Entity) -> Entity:
    """A state's own body or forces as the state itself; anything else as it is."""
    if entity.cls == "ArmedForce" or _state_body(gaz, entity):
        return gaz.country(entity.country or "") or entity
    return entity


def _says_its_content(event: Event, view: Sentenceview) -> bool:
    """Whether a stance goes on into a clause of its own content ("brīdināja, ka tās kaitēs reģiona drošībai"): that
    clause says whom it concerns, and naming no one it is a forecast, not a stance towards the other side."""
    trig = next((t for t in view.triggers if t.first == event.trigger), None)
    if trig is None:
        return False
    openers = {w.casefold() for w in trig.entry.get("complement_clause") or ()}
    after = [w.casefold() for w in view.words[trig.last + 1:trig.last + 3]]
    return bool(openers) and bool(after) and after[0] == "," and len(after) > 1 and after[1] in openers


def _drop_stance_in_aside(view: Sentenceview, events: list[Event]) -> None:
    """A stance told of its holder in an aside ("Moscow, which does not recognise the court, called the decision
    void") is the one the sentence goes on to take towards the same side: one event, the main clause's."""
    mine = [e for e in events if e.sentence == view.index and e.type in STANCES]
    for e in mine:
        parties = {(a.role, a.entity.key) for a in e.actors}
        if _told_in_relative(view.doc, e) and any(
                o is not e and o.type == e.type and {(a.role, a.entity.key) for a in o.actors} == parties
                and not _told_in_relative(view.doc, o) for o in mine):
            events.remove(e)


def _told_in_relative(doc: Doc, event: Event) -> bool:
    """Whether an event was told in a relative clause ("Polija, kas pati septembrī slēdza robežu"): background to
    the story, which a reaction naming the act by its noun ("robežas slēgšanu nosauca par naidīgu") is not about
    while the story tells one of its own."""
    sent = doc.sentences[event.sentence]
    words = [t.text for t in sent.tokens]
    clauses = clause_ids(sent, doc.article.lang)
    if event.trigger >= len(words):
        return False
    start = clauses.index(clauses[event.trigger])
    return start > 0 and words[start - 1] == "," and bool(
        phrases(doc.article.lang, "pronouns", "relative").match(words, start))



def _supposed(event: Event, view: Sentenceview) -> bool:
    """Whether the event, or the side it is read as done by, is told in a clause opened by a condition, even one that
    opens the sentence ("Ja Maskava atteiksies, tai draud sankcijas"): a refusal only supposed is no stance towards
    anyone yet, and the side of a condition is not the one that threatens."""
    openers = phrases(view.lang, "condition_openers")

    def conditional(k: int) -> bool:
        return bool(openers.match(view.words, view.clauses.index(view.clauses[k])))

    if event.trigger >= len(view.words) or conditional(event.trigger):
        return event.trigger < len(view.words)
    doer = event.actors[0].entity.key
    named = [m for m in view.mentions if m.actor.key == doer and m.text[:1].isupper()]  # names, not pronouns
    return bool(named) and all(conditional(m.first) for m in named)


def _about_its_own(event: Event, view: Sentenceview) -> bool:
    """Whether a pledge is about the side's own affairs ("apņēmās stiprināt savu ekonomiku"): "its own" stands in the
    few words after the trigger; such a pledge is made to no one."""
    own = phrases(view.lang, "pronouns", "own")
    trig = next((t for t in view.triggers if t.first == event.trigger), None)
    if trig is None or event.type != "AGREE":
        return False
    return any(own.match(view.words, k) for k in range(trig.last + 1, min(len(view.words), trig.last + 4))
               if view.clauses[k] == view.clauses[trig.first])
