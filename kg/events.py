"""Stage 4: find event triggers and give each its actors, place, quantities and modality.

A trigger is a word from the language's ``triggers.yaml``. Its arguments come from the names in its
clause: in the nominative before it, the actor; after it (up to the next trigger), in the dative or
accusative or with "ar"/"with", the recipient; in the locative or with "in", the place. Languages without
case endings (English) read the same roles from word order and prepositions.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from kg.clauses import QUOTES, clause_ids, coordinated, quoted
from kg.gazetteer import load_gazetteer
from kg.language import Phrases, load_language, phrases
from kg.models import PLACE_CLASSES, Argument, Doc, Entity, Event, Evidence, Mention, Quantity, Sentence
from kg.quantities import find_quantities
from kg.sources import find_cues

NOT_ARGUMENT_PREPOSITIONS = {"in", "at", "on", "from", "about", "of", "without", "despite", "during", "until", "through",
                             "across", "near", "under"}
NEEDS_AHEAD = 8
"""A trigger's ``needs`` may also stand in the clause it governs, this many words on ("warned that X would respond")."""


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


@functools.cache
def _triggers(lang: str) -> tuple[Phrases, list[tuple[dict, Phrases]]]:
    """One index over every trigger word, its payload the entry's number, and each entry's ``needs``."""
    entries = load_language(lang).get("triggers") or []
    words = [(w, n) for n, e in enumerate(entries) for w in e["words"]]
    index = Phrases([w for w, _ in words], [n for _, n in words])
    return index, [(e, Phrases(e.get("needs"))) for e in entries]


def find_triggers(words: list[str], clauses: list[int], lang: str) -> list[Trigger]:
    """Trigger words, longest first, each word in at most one trigger; ``needs`` checked in the clause
    and just after the trigger.

    A trigger word carrying the language's negative prefix ("nenosūtīja") is a negated trigger. Quotation marks
    inside a phrase do not break it ("reached an “understanding”").
    """
    prefix = load_language(lang).get("sources", {}).get("negative_prefix")
    index, entries = _triggers(lang)
    at = [k for k, w in enumerate(words) if w not in QUOTES]
    plain = [words[k] for k in at]
    found: list[Trigger] = []
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
            if needs:
                clause = [w for k, w in enumerate(words) if (clauses[k] == clauses[i] or last < k <= last + NEEDS_AHEAD)
                          and not i <= k <= last]
                if not any(needs.match(clause, k) for k in range(len(clause))):
                    continue
            lexical = bool(prefix) and not negated and words[i].casefold().startswith(prefix)
            found.append(Trigger(i, last, entry, negated, lexical))
            taken.update(range(i, last + 1))
            break
    return found


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
        self.words = [t.text for t in sent.tokens]
        self.clauses = clause_ids(sent, self.lang)
        self.quoted = quoted(sent)
        self.mentions = [m for m in doc.mentions if m.sentence == index]
        self.cues = find_cues(self.words, self.mentions, self.clauses, self.lang)
        self.speakers = {id(m) for c in self.cues if c.tail for m in c.speakers}
        self.triggers = [t for t in find_triggers(self.words, self.clauses, self.lang)
                         if not any(m.first <= t.first and t.last <= m.last and m.last > m.first for m in self.mentions)]
        self._attach_clauses()
        self.prepositions = {id(m): self._preposition(m) for m in self.mentions}
        self.modifiers = {id(m) for m in self.mentions if self._is_modifier(m)}
        self.quantities = find_quantities(self.words, self.lang)
        self.counted = {id(m) for m in self.mentions for start, _ in self.quantities
                        if 0 < m.first - start <= 5 and all(not w.isalpha() or w.islower() or w.isupper()
                                                            for w in self.words[start:m.first])}

    def _attach_clauses(self) -> None:
        """A clause with no trigger of its own ("..., lai pārtrauktu Japānas vadību") joins the one before."""
        openers = phrases(self.lang, "attach_openers")
        has = {self.clauses[t.first] for t in self.triggers} | {self.clauses[c.index] for c in self.cues}
        for k in range(1, len(self.words)):
            c = self.clauses[k]
            if c != self.clauses[k - 1] and c not in has and openers.match(self.words, k):
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
                if other.last == first - 1 and ("gen" in other.cases and self.lang != "en"
                                                or other.text.endswith(("'s", "’s"))):
                    first, moved = other.first, True
            if first > 0 and (determiners.match(self.words, first - 1) == 1 or adjectives.match(self.words, first - 1) == 1):
                first, moved = first - 1, True
        partitives = phrases(self.lang, "partitives")
        while first >= 2 and self.words[first - 1].casefold() == "of" and partitives.match(self.words, first - 2):
            first -= 2
            while first > 0 and determiners.match(self.words, first - 1) == 1:
                first -= 1
        for size in (2, 1):
            if first - size >= 0:
                phrase = " ".join(self.words[first - size:first]).casefold()
                if phrase in table:
                    inside = any(t.first <= first - size and first - 1 <= t.last for t in self.triggers)
                    return None if inside else table[phrase]
        return None

    def _is_modifier(self, m: Mention) -> bool:
        """A genitive that qualifies the next noun ("Krievijas Kurskas reģionu", "ASV prezidentu")."""
        words = self.words
        if m.last + 1 >= len(words):
            return False
        nxt = words[m.last + 1]
        if m.cases == ["adj"]:
            return True
        if self.lang == "en":
            return m.text.endswith(("'s", "’s")) or nxt in ("'s", "’s") or bool(phrases(self.lang, "titles").match(
                words, m.last + 1))
        if "gen" not in m.cases:
            return False
        head = next((o for o in self.mentions if o.first == m.last + 1), None)
        if head is not None:
            return head.entity.cls != "Person" and head.cases != ["loc"]
        if phrases(self.lang, "titles").match(words, m.last + 1):
            return True
        stop = {w.casefold() for w in load_language(self.lang).get("conjunctions", [])}
        if not nxt[:1].isalpha() or not nxt[:1].islower() or nxt.casefold() in stop \
                or nxt in _reporting_words(self.lang):
            return False
        return not set(m.cases) & {"nom", "acc"}

    def prepositions_at(self, i: int) -> bool:
        table = load_language(self.lang).get("morphology", {}).get("prepositions", {}) or {}
        return self.words[i].casefold() in table


class _Builder(Sentenceview):
    """Builds the events of one sentence."""

    def build(self) -> list[Event]:
        events: list[Event] = []
        places = self._place_owners()
        svo = load_language(self.lang).get("word_order") == "svo"
        previous: list[Mention] = []
        active = self.active
        for n, trig in enumerate(active):
            nxt = next((t.first for t in self.triggers if t.first > trig.last
                        and self.clauses[t.first] == self.clauses[trig.first]
                        and not (svo and trig.verb and not t.verb and t.entry["type"] == trig.entry["type"])),
                       len(self.words))
            event, subjects = self._event(trig, nxt, places.get(trig.first), previous)
            if subjects and trig.verb:
                previous = subjects
            if event is not None and not self._merge(events, event):
                events.append(event)
        weak = [e for e in events if e.weak]
        events = [e for e in events if not e.weak]
        for event in weak:
            self._merge(events, event)
        for event in events:
            self._visited_state(event)
            _drop_represented(event)
        return _join_visits(events)

    def _visited_state(self, event: Event) -> None:
        """A visit to, or an attack on, a city with no one named as its target is aimed at its state
        ("visited Kyiv", "uzbruka Kijivai"); an attack on a country with no place happens there."""
        if event.type == "ASSAULT" and event.place is None:
            targets = [a.entity for a in event.actors if a.role == "recipient" and a.entity.cls == "Country"]
            event.place = targets[0] if len(targets) == 1 else None
        if event.type == "CONSULT" and not event.cameo.startswith("042") or event.type not in ("CONSULT", "ASSAULT") \
                or event.place is None or any(a.role == "recipient" for a in event.actors):
            return
        gaz = load_gazetteer()
        state = gaz.seat_state(event.place) or gaz.country(event.place.country)
        if event.place.cls == "Country":
            state = event.place
        if state is not None and state.key not in {a.entity.key for a in event.actors} and \
                all(a.role == "actor" for a in event.actors):
            event.actors.append(Argument(role="recipient", entity=state))

    @property
    def active(self) -> list[Trigger]:
        """Triggers that make events of their own: not one in the complement of an earlier verb of its clause
        ("sent troops to fight", "agreed to resume regular visits")."""
        return [t for n, t in enumerate(self.triggers)
                if not self._complement(t, self.triggers[:n]) and not self._background(t)
                and not self._reacted_to(t, self.triggers[:n])]

    def _reacted_to(self, trig: Trigger, earlier: list[Trigger]) -> bool:
        """A noun that a reaction takes as its object ("condemned the raid") names an event told already."""
        if trig.verb:
            return False
        determiners = phrases(self.lang, "determiners")
        k = trig.first - 1
        while k >= 0 and determiners.match(self.words, k):
            k -= 1
        return any(o.verb and o.last == k and o.entry["type"] in REACTIONS for o in earlier)

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
        return k >= 0 and markers.match(self.words, k) > 0

    def _complement(self, trig: Trigger, earlier: list[Trigger]) -> bool:
        """Whether a complement marker stands before the trigger, with at most ``complement_reach`` lowercase
        words between, after a verb trigger of the same clause."""
        markers = phrases(self.lang, "complement_markers")
        reach = load_language(self.lang).get("complement_reach", 1)
        named = {k for m in self.mentions for k in range(m.first, m.last + 1)}
        for k in range(trig.first - 1, max(-1, trig.first - 1 - reach), -1):
            if markers.match(self.words, k):
                return any(o.verb and o.last < k and self.clauses[o.first] == self.clauses[trig.first]
                           and o.entry["type"] != trig.entry["type"] for o in earlier)
            if k in named or not self.words[k].islower():
                return False
        return False

    def _place_owners(self) -> dict[int, Entity]:
        """Each place name belongs to the nearest trigger of its clause."""
        owners: dict[int, Entity] = {}
        for m in self.mentions:
            if m.entity.cls not in PLACE_CLASSES or m.entity.cls == "Country" and self._is_modifier(m):
                continue
            prep = self.prepositions[id(m)]
            if self.lang == "en":
                located = prep in ("in", "at") or (prep in ("to", "of") and m.entity.cls in ("Region", "City"))
            else:
                located = ("loc" in m.cases and prep is None) or (prep == "to" and m.entity.cls in ("Region", "City"))
                located = located or (m.entity.cls in ("Region", "City") and id(m) in self.modifiers
                                      and self._noun_trigger_after(m))
            if not located:
                continue
            same = [t for t in self.active if self.clauses[t.first] == self.clauses[m.first]]
            if same:
                owner = min(same, key=lambda t: min(abs(t.first - m.last), abs(m.first - t.last)))
                owners.setdefault(owner.first, m.entity)
        return owners

    def _noun_trigger_after(self, m: Mention) -> bool:
        return any(not t.verb and 0 < t.first - m.last <= 2 for t in self.triggers)

    def _merge(self, events: list[Event], event: Event) -> bool:
        """Two triggers of one category in one clause, naming nothing new, are one event ("vizītē ... tikās")."""
        for other in events:
            if other.type != event.type or self.clauses[other.trigger] != self.clauses[event.trigger]:
                continue
            mine = {a.entity.key for a in event.actors}
            theirs = {a.entity.key for a in other.actors}
            if not (mine <= theirs or theirs <= mine):
                continue
            if other.cameo != event.cameo and not (other.cameo.endswith("0") or event.cameo.endswith("0")) \
                    and mine != theirs and min(len(mine), len(theirs)) > 1:
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
            other.weak = other.weak and event.weak and len(other.actors) < 2
            return True
        return False

    def _arguments_of(self, trig: Trigger) -> list[Mention]:
        c = self.clauses[trig.first]
        possessive = phrases(self.lang, "pronouns", "possessive")
        return [m for m in self.mentions if self.clauses[m.first] == c and not (trig.first <= m.first <= trig.last)
                and id(m) not in self.speakers and id(m) not in self.modifiers
                and not (m.first == m.last and m.text.casefold() in possessive)
                and (m.entity.cls not in ("Region", "City") or m.as_actor is not None)]

    def _event(self, trig: Trigger, window_end: int, place: Entity | None,
               previous: list[Mention]) -> tuple[Event | None, list[Mention]]:
        entry = trig.entry
        args = self._arguments_of(trig)
        subjects = self._subjects(trig, args, previous)
        window_end = min(window_end, self._infinitive_after(trig), self._possessed_after(trig),
                         self._next_predicate(trig))
        starts = {t.first for t in self.triggers if t.verb and t is not trig} \
            if load_language(self.lang).get("word_order") == "svo" else set()
        objects = [m for m in args if m not in subjects and m.last + 1 not in starts and
                   (trig.last < m.first < window_end or (m.last < trig.first and trig.verb and self._dative(m)))]
        actors, recipients, partners = [m.actor for m in subjects], [], []
        for m in objects:
            prep = self.prepositions[id(m)]
            if entry["type"] in ("CONSULT", "ASSAULT") and m.entity.cls == "City" and prep in (None, "to", "of"):
                place = place or m.entity
                continue
            aimed = entry["type"] in (load_language(self.lang).get("target_prepositions") or {}).get(prep, [])
            if m.entity is place or prep in NOT_ARGUMENT_PREPOSITIONS and not aimed or m.entity.cls in ("Region", "City") \
                    and m.as_actor is None or (prep == "by" and not self._passive(trig)):
                continue
            if self.lang != "en" and not set(m.cases) & {"dat", "acc", "ins"}:
                continue
            (partners if prep == "with" else recipients).append(m.actor)
        recipients += partners
        if entry.get("victim_subject"):
            actors, recipients = [], actors + recipients
        elif trig.verb and self._passive(trig):
            agents = [m.actor for m in objects if self.prepositions[id(m)] == "by"]
            if not agents and entry.get("symmetric"):
                return None, subjects
            patient = next((m for m in self.mentions if trig.first >= 2 and self.words[trig.first - 1] == ","
                            and m.last == trig.first - 2), None)
            patients = [patient.actor] if patient is not None else actors + recipients
            actors, recipients = agents, [a for a in patients if a not in agents]
        if not recipients and trig.verb and not entry.get("symmetric") and not entry.get("victim_subject"):
            recipients = self._possessor_recipients(trig, window_end, actors)
        if not recipients and trig.verb and entry["type"] in load_language(self.lang).get("complement_targets", []):
            recipients = self._complement_target(trig, actors)
        if not recipients and place is not None and place.cls == "Country" and entry["type"] in ("ASSAULT", "COERCE") \
                and place.key not in {a.key for a in actors}:
            recipients.append(place)
        if not recipients and place is not None and entry["type"] in ("AID", "MOBILIZE") and place.country:
            host = load_gazetteer().country(place.country)
            if host is not None and host.key not in {a.key for a in actors}:
                recipients.append(host)
        if entry.get("crowd") and place is not None:
            crowd = _crowd(place)
            if crowd is not None and crowd.key not in {a.key for a in actors}:
                leaders = [m.actor for m in args if self.prepositions[id(m)] == "by"]
                actors = [crowd] + leaders + [a for a in actors if a.cls != "Country"]
                recipients = [r for r in recipients if r not in leaders]
        arguments = _arguments(actors, recipients, bool(entry.get("symmetric")))
        if not actors and len(arguments) < 2 and not entry.get("symmetric") and not entry.get("victim_subject"):
            arguments = []
        if not arguments:
            return None, subjects
        event = Event(type=entry["type"], cameo=str(entry["cameo"]), sentence=self.index, trigger=trig.first,
                      trigger_text=" ".join(self.words[trig.first:trig.last + 1]), actors=arguments,
                      place=place, status=self._modality(trig), quantities=self._quantities(trig, window_end),
                      evidence=Evidence(text=self.sent.text, start=self.sent.start, end=self.sent.end))
        event.weak = not trig.verb and len(arguments) < 2 and not self._owned(trig, subjects)
        event.noun = not trig.verb
        return event, subjects

    def _possessor_recipients(self, trig: Trigger, window_end: int, actors: list[Entity]) -> list[Entity]:
        """With no other recipient, the owner of what the event targets is the recipient:
        "nosodīja Krievijas uzbrukumu" (condemned Russia's attack) is aimed at Russia. A nationality word counts
        under a preposition or right after the verb ("expelled Pakistani advisers"), not deep in a phrase ("from the
        southern Russian city")."""
        for m in self.mentions:
            if trig.last < m.first < min(window_end, trig.last + 8) and id(m) in self.modifiers \
                    and m.entity.cls not in ("Region", "City") \
                    and m.actor.key not in {a.key for a in actors} and self._aims(trig, self.prepositions[id(m)]) \
                    and id(m) not in self.speakers and self.clauses[m.first] == self.clauses[trig.first] \
                    and (m.cases != ["adj"] or self.prepositions[id(m)] is not None
                         or all(phrases(self.lang, "determiners").match(self.words, k) for k in range(trig.last + 1, m.first))):
                later = [o for o in self.mentions if o.first > m.last and o.first < window_end and id(o) in self.modifiers]
                group = [m] + [o for o in later if " ".join(self.words[m.last + 1:o.first]).casefold()
                               in {c.casefold() for c in load_language(self.lang).get("conjunctions", [])}]
                return [g.actor for g in group]
        return []

    def _next_predicate(self, trig: Trigger) -> int:
        """Where a coordinated predicate starts ("was ready to keep exporting ... and had written to Erdogan"): its
        names are not the trigger's."""
        conj = phrases(self.lang, "conjunctions")
        auxiliaries = phrases(self.lang, "auxiliaries")
        for k in range(trig.last + 1, len(self.words) - 1):
            if conj.match(self.words, k) == 1 and auxiliaries.match(self.words, k + 1):
                return k
        return len(self.words)

    def _possessed_after(self, trig: Trigger) -> int:
        """Where a possessed noun after the trigger ends ("against Pashinyan's concessions to Baku"): the names
        after it are that noun's, not the trigger's."""
        for m in self.mentions:
            if m.first > trig.last and self.clauses[m.first] == self.clauses[trig.first] \
                    and m.text.endswith(("'s", "’s")) and m.last + 1 < len(self.words) and self.words[m.last + 1].islower():
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
                return [m.actor]
        return []

    def _aims(self, trig: Trigger, prep: str | None) -> bool:
        """Whether a name under this preposition may be what the trigger is aimed at ("tariffs on Indian goods")."""
        return prep is None or prep not in NOT_ARGUMENT_PREPOSITIONS and prep != "by" \
            or trig.entry["type"] in (load_language(self.lang).get("target_prepositions") or {}).get(prep, [])

    def _infinitive_after(self, trig: Trigger) -> int:
        """Where an infinitive after the trigger starts its own complement ("aicināja ES noteikt Krievijai
        sankcijas", "urged the EU to sanction Russia", "accused Washington of waging war against Russia"): names
        after it are not the trigger's recipients."""
        spec = load_language(self.lang).get("infinitive", {})
        suffixes = tuple(spec.get("suffixes", []))
        markers = phrases(self.lang, "infinitive", "markers")
        gerunds = phrases(self.lang, "infinitive", "gerund_markers")
        for k in range(trig.last + 1, len(self.words)):
            word = self.words[k]
            if self.clauses[k] != self.clauses[trig.first]:
                continue
            if suffixes and word.islower() and len(word) > 4 and word.endswith(suffixes) \
                    and not any(m.first <= k <= m.last for m in self.mentions):
                return k
            if markers and markers.match(self.words, k) and k + 1 < len(self.words) \
                    and self.words[k + 1].islower() and not phrases(self.lang, "determiners").match(self.words, k + 1):
                return k
            if gerunds and gerunds.match(self.words, k) and k + 1 < len(self.words) \
                    and self.words[k + 1].islower() and self.words[k + 1].endswith(tuple(spec.get("gerund_suffixes", []))):
                return k
        return len(self.words)

    def _passive(self, trig: Trigger) -> bool:
        """A passive auxiliary just before the verb ("was attacked by"), or a named agent just after it ("a
        ceremony hosted by Trump", "held up for weeks by Germany"): its subject is the one acted on."""
        auxiliaries = phrases(self.lang, "passive_auxiliaries")
        progressive = tuple(load_language(self.lang).get("progressive_suffixes", []))
        if progressive and self.words[trig.first].casefold().endswith(progressive):
            return False
        if auxiliaries and any(auxiliaries.match(self.words, k) for k in range(max(0, trig.first - 2), trig.first)):
            return True
        agent = load_language(self.lang).get("agent_preposition")
        return bool(agent) and any(self.prepositions[id(m)] == agent and trig.last < m.first <= trig.last + 9
                                   and agent in (w.casefold() for w in self.words[trig.last + 1:trig.last + 7])
                                   for m in self.mentions)

    def _dative(self, m: Mention) -> bool:
        return self.lang != "en" and "dat" in m.cases and "nom" not in m.cases

    def _subject_case(self, m: Mention) -> bool:
        if self.lang == "en" or id(m) in self.counted:
            return True
        return "nom" in m.cases

    def _subjects(self, trig: Trigger, args: list[Mention], previous: list[Mention]) -> list[Mention]:
        """Who does it: the one accused of it ("accused Hungary of blocking"), the name right before the verb,
        auxiliaries aside ("the timeline Zelensky had sought"), else the
        names before the trigger with no preposition (for a symmetric event also those after "between": "the truce
        between Israel and Hamas took effect"), else the speaker or the last subject."""
        between = "between" if trig.entry.get("symmetric") else None
        before = [m for m in args if m.last < trig.first and self._subject_case(m)
                  and self.prepositions[id(m)] in (None, between)]
        if not trig.verb:
            return self._noun_subjects(trig, before, previous)
        progressive = tuple(load_language(self.lang).get("progressive_suffixes", []))
        if progressive and trig.first > 0 and self.words[trig.first - 1] == "," \
                and self.words[trig.first].casefold().endswith(progressive):
            main = self._main_subject(trig)
            if main:
                return main
        gerunds = phrases(self.lang, "infinitive", "gerund_markers")
        if gerunds and trig.first >= 2 and gerunds.match(self.words, trig.first - 1) \
                and self.words[trig.first].casefold().endswith(tuple(load_language(self.lang).get("infinitive", {}).get(
                    "gerund_suffixes", []))):
            accused = [m for m in self.mentions if m.last == trig.first - 2 and id(m) not in self.modifiers]
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
                return coordinated(self.words, before[-1], free, self.lang)
        if self.lang == "en":
            earlier = [t.first for t in self.triggers if t.first < trig.first and t.verb
                       and self.clauses[t.first] == self.clauses[trig.first]]
            if earlier:
                before = [m for m in before if m.last < earlier[0]]
        if before:
            return coordinated(self.words, before[-1], before, self.lang)
        if self.lang != "en":
            after = [m for m in args if m.first > trig.last and m.cases == ["nom"]
                     and self.prepositions[id(m)] is None]
            if after:
                return [after[0]]
        if self._unresolved_relative(trig):
            return []
        return self._subject_from_cue(trig) or previous

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
        return unnamed(start) or trig.first > 0 and unnamed(trig.first - 1)

    def _main_subject(self, trig: Trigger) -> list[Mention]:
        """The subject of the sentence's main verb, which a participle after a comma shares ("Velayati said that
        Tehran would block the corridor, warning that ..."): the first speaker, else the names before the first verb."""
        cue = next((c for c in self.cues if c.index < trig.first and c.speakers), None)
        if cue is not None:
            return cue.speakers
        first = next((t.first for t in self.triggers if t.verb and t.first < trig.first), None)
        before = [m for m in self.mentions if first is not None and m.last < first and self.clauses[m.first] == self.clauses[0]
                  and self.prepositions[id(m)] is None and id(m) not in self.modifiers]
        return coordinated(self.words, before[-1], before, self.lang) if before else []

    def _owned(self, trig: Trigger, subjects: list[Mention]) -> bool:
        """Whether a noun trigger's agent is its own genitive ("karavīru dalība ... atbrīvošanā"), which lets it
        stand with one party; a noun that borrows its clause's subject needs a second party to be an event."""
        return bool(subjects) and all(m.last < trig.first and "gen" in m.cases and 0 < trig.first - m.last <= 6
                                      and not ("nom" in m.cases) for m in subjects)

    def _noun_subjects(self, trig: Trigger, before: list[Mention], previous: list[Mention]) -> list[Mention]:
        """A noun's agent is its genitive ("karavīru ... dalība"), else the clause's subject outside quotes; talks in
        a side clause with no subject of their own are held by the sentence's subject ("X freed prisoners after
        talks with Y")."""
        owners = [m for m in self.mentions if 0 < trig.first - m.last <= 6 and "gen" in m.cases
                  and m.entity.cls not in ("Region", "City", "Country") and id(m) not in self.speakers
                  and self.prepositions[id(m)] is None and self.quoted[m.first] == self.quoted[trig.first]
                  and self.clauses[m.first] == self.clauses[trig.first]
                  and not any(self.prepositions_at(k) for k in range(m.last + 1, trig.first))]
        if self.lang == "en":
            owners = [m for m in self.mentions if 0 < trig.first - m.last <= 3 and m.cases == ["gen"]
                      or (0 < trig.first - m.last <= 3 and m.text.casefold() in phrases(self.lang, "pronouns", "possessive"))]
        if owners:
            return [owners[-1]]
        subjects = before or self._subject_from_cue(trig)
        if not subjects and trig.entry.get("symmetric") and self.clauses[trig.first] != self.clauses[0]:
            subjects = self._main_subject(trig)
        return [m for m in subjects if not self.quoted[trig.first] or self.quoted[m.first]]

    def _subject_from_cue(self, trig: Trigger) -> list[Mention]:
        """In "X apstiprināja, ka ir nosūtījusi ...", the unnamed subject is the speaker X."""
        for cue in reversed(self.cues):
            if cue.index < trig.first and cue.speakers:
                return cue.speakers
        return []

    def _modality(self, trig: Trigger) -> str:
        spec = load_language(self.lang).get("sources", {})
        negation = phrases(self.lang, "sources", "modality", "negation")
        if trig.negated or (not trig.lexically_negative and self._near(trig, negation, 3)):
            return "denied"
        if self._near(trig, phrases(self.lang, "sources", "modality", "possible"), 6):
            return "possible"
        planned = phrases(self.lang, "sources", "modality", "planned")
        if self._near(trig, planned, 5) or any(planned.match(self.words, k) for k in range(trig.first, trig.last + 1)):
            return "planned"
        future = tuple(spec.get("future_suffixes", []))
        if future and trig.verb and self.words[trig.last].casefold().endswith(future):
            return "planned"
        if future and not trig.verb and any(
                self.words[k].islower() and self.words[k].endswith(future) and self.clauses[k] == self.clauses[trig.first]
                and not any(m.first <= k <= m.last for m in self.mentions) for k in range(max(0, trig.first - 3), trig.first)):
            return "planned"
        return "occurred"

    def _near(self, trig: Trigger, cue: Phrases, before: int) -> bool:
        c = self.clauses[trig.first]
        after = 2 if self.lang == "en" else 1
        span = list(range(max(0, trig.first - before), trig.first))
        span += list(range(trig.last + 1, min(len(self.words), trig.last + 1 + after)))
        return any(self.clauses[k] == c and cue.match(self.words, k) for k in span)

    def _quantities(self, trig: Trigger, window_end: int) -> list[Quantity]:
        c = self.clauses[trig.first]
        return [q for start, q in self.quantities if self.clauses[start] == c and start < window_end]


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


def _crowd(place: Entity) -> Entity | None:
    """The protesters of the state where a crowd gathers ("rallied in Yerevan": protesters of Armenia); who
    leads or organises them ("led by", "organised by") marches with them."""
    gaz = load_gazetteer()
    state = place if place.cls == "Country" else gaz.country(place.country)
    return gaz.of_kind("protesters", state) if state is not None else None


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
            if meeting is not visit and meeting.type == "CONSULT" and doers <= keys and hosts & states:
                meeting.place = meeting.place or visit.place
                meeting.merged += [visit.trigger, *visit.merged]
                out.remove(visit)
                break
    return out


def _drop_represented(event: Event) -> None:
    """A state named beside its own leader on the same side is the leader's ("Yoon and Kishida ... between the
    two countries"): the person speaks for it, so the state is no party of its own."""
    people = {(a.role, a.entity.country) for a in event.actors if a.entity.cls == "Person" and a.entity.country}
    kept = [a for a in event.actors if not (a.entity.cls == "Country" and (a.role, a.entity.country) in people)]
    if len(kept) < len(event.actors) and (len(kept) >= 2 or not any(a.role == "participant" for a in kept)):
        event.actors = kept


TWO_PARTY = ("ACCUSE", "AGREE", "AID", "REJECT", "SANCTION", "SUPPORT", "THREATEN")
"""Categories whose event is between two parties: with only one named, the text does not say enough.
An attack with no target named stands only when soldiers are its party ("the soldiers fought"), a visit, call
or mediation with no counterpart not at all."""
REACTION_REACH = 3
"""How many sentences back a reaction with no named target looks for the event it answers."""
REACTIONS = ("ACCUSE", "PROTEST", "THREATEN", "REJECT", "SUPPORT", "REQUEST")


def extract_events(doc: Doc) -> Doc:
    """Fill ``doc.events`` sentence by sentence.

    A reaction with no named target ("Seoul and Tokyo condemned the launch") answers the event told shortly
    before it: its target is that event's actor.
    """
    for index, sent in enumerate(doc.sentences):
        for event in _Builder(doc, index, sent).build():
            if event.type in REACTIONS and not any(a.role in ("recipient", "participant") for a in event.actors):
                _answer_previous(event, doc.events)
            if len(event.actors) < 2 and (event.type in TWO_PARTY or event.type == "ASSAULT"
                                          and event.actors[0].entity.cls != "ArmedForce"
                                          or event.type == "CONSULT" and event.actors[0].role != "participant"):
                continue
            doc.events.append(event)
    return doc


def _answer_previous(event: Event, before: list[Event]) -> None:
    """The reaction's target is the doer of a recent event: not the reactor, nor a leader's own state."""
    gaz = load_gazetteer()
    mine = {a.entity.key for a in event.actors} | {gaz.by_code.get(a.entity.country) for a in event.actors
                                                   if a.entity.cls == "Person" and a.entity.country}
    for other in reversed(before):
        if other.sentence < event.sentence - REACTION_REACH:
            return
        doers = [a.entity for a in other.actors if a.role in ("actor", "participant") and a.entity.key not in mine]
        if doers and other.sentence < event.sentence:
            event.actors.append(Argument(role="recipient", entity=doers[0]))
            return
