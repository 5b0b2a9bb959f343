"""Stage 5: attribute each event to who claims it, and let the claim verb set its status."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.clauses import clause_ids, coordinated
from kg.language import conjunctions, declines, load_language, phrases
from kg.models import ACTOR_CLASSES, Doc, Entity, Mention

KIND_STATUS = {"claim": "alleged", "deny": "denied"}
SPEECH_ACTS = ("ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "PROTEST")
"""Acts done by saying them: told after a claim's content has ended, they are the text's own report."""
GOVERNED = 3
"""A claim or denial governs its complement clause and a verb right after it ("denied carrying out any strike"),
not a verb coordinated with it ("denied any involvement and called for an investigation")."""


@dataclass
class Cue:
    """A reporting word ("ziņo", "said") and who speaks through it."""

    index: int
    kind: str
    speakers: list[Mention] = field(default_factory=list)
    tail: bool = False

    @property
    def sources(self) -> list[Entity]:
        """The speakers as actors; a place that is no seat of power cannot speak."""
        return [m.actor for m in self.speakers if m.actor.cls in ACTOR_CLASSES]


def find_cues(words: list[str], mentions: list[Mention], clauses: list[int], lang: str) -> list[Cue]:
    """Reporting cues in a sentence with their speakers.

    A cue after a comma or quote takes the names after it ("..., ziņo KCNA"); otherwise the subject before it
    ("Seula norāda, ka ..."). "pēc X datiem" / "according to X" name the source before the cue noun.
    """
    spec = load_language(lang).get("sources", {})
    conj = conjunctions(lang)
    cues: list[Cue] = []
    i = 0
    while i < len(words):
        kind, n = None, 0
        for name in spec.get("cues", {}):
            n = phrases(lang, "sources", "cues", name).match(words, i)
            if n:
                kind = name
                break
        if kind is None:
            n = phrases(lang, "sources", "source_before_name").match(words, i)
            noun_needed = not n and bool(phrases(lang, "sources", "source_before_owner").match(words, i))
            n = n or phrases(lang, "sources", "source_before_owner").match(words, i)
            if n:
                after = [m for m in mentions if i + n <= m.first <= i + n + 3]
                nouns = phrases(lang, "sources", "source_nouns")
                if noun_needed:
                    # "pēc Reuters datiem": the owner of a word for what was said, not any name after "pēc"
                    after = [m for m in after if "gen" in m.cases and any(
                        nouns.match(words, k) for k in range(m.last + 1, min(len(words), m.last + 3)))]
                if after:
                    cues.append(Cue(i, "report", _chain(words, after[0], mentions, conj), tail=True))
                i += max(n, 1)
                continue
            i += 1
            continue
        inverted = i == 0 or words[i - 1] in {",", "”", "\"", "“", "»", "—", "–"}
        after = [m for m in mentions if i + n <= m.first <= i + n + 3 and clauses[m.first] == clauses[i]]
        before = [m for m in mentions if m.last < i and clauses[m.first] == clauses[i]]
        earlier = [m for m in mentions if m.last < i]
        before_nom = [m for m in before if ("nom" in m.cases or not declines(lang)) and not _in_apposition(words, m, i, before, lang)]
        tail = False
        if inverted and after:
            speakers, tail = _chain(words, after[0], mentions, conj), True
        elif before_nom:
            speakers = coordinated(words, _shared_subject(words, i, before_nom, conj, lang) or before_nom[-1],
                                   before_nom, lang)
        elif _joined_verb(words, i, conj, lang) and _shared_subject(words, i, earlier, conj, lang):
            # "announced aid for Kyiv, including ..., and told his guest that": the subject of the first verb
            speakers = coordinated(words, _shared_subject(words, i, earlier, conj, lang), earlier, lang)
        elif after and (declines(lang) or inverted):
            speakers, tail = _chain(words, after[0], mentions, conj), True
        else:
            speakers = []
        # a speaker before a cue that follows a comma ("X noraidīja apsūdzības, apgalvojot, ka ...") is the subject
        # of the clause before too, not a name set apart after its content
        if not tail and speakers and not _joined_verb(words, i, conj, lang) \
                and _after_break(words, min(m.first for m in speakers), lang):
            tail = True
        cues.append(Cue(i, kind, speakers, tail))
        i += n
    return cues


def _joined_verb(words: list[str], cue: int, conj: set[str], lang: str) -> bool:
    """Whether an English verb of saying follows a conjunction ("accused Pakistan of ... and said"): it shares the
    subject of the verb before it."""
    return not declines(lang) and cue > 0 and words[cue - 1].casefold() in conj


def _shared_subject(words: list[str], cue: int, before: list[Mention], conj: set[str], lang: str) -> Mention | None:
    """The speaker of a verb of saying joined to an earlier verb ("Milei called Maduro a dictator and said ...") is
    that verb's subject, the first name a lower-case word follows, not the object named just before."""
    if not _joined_verb(words, cue, conj, lang):
        return None
    return next((m for m in before if m.last + 1 < cue and words[m.last + 1][:1].islower()
                 and words[m.last + 1].casefold() not in conj), None)


def _in_apposition(words: list[str], m: Mention, cue: int, before: list[Mention], lang: str) -> bool:
    """Whether a name stands in a description set off by commas after the speaker ("Velayati, a senior adviser
    to Supreme Leader Khamenei, said"): the speaker is the name before it."""
    determiners = phrases(lang, "determiners")
    opened = max((k for k in range(m.first) if words[k] == ","), default=None)
    if opened is None or not determiners.match(words, opened + 1):
        return False
    closed = any(words[k] == "," for k in range(m.last + 1, cue))
    return closed and any(o.last < opened for o in before)


def _after_break(words: list[str], first: int, lang: str) -> bool:
    """Whether a speaker opens its stretch of the sentence after a comma or quote ("..., Polish officials
    said"), with only capitalised words or determiners ("the", titles) between."""
    determiners = phrases(lang, "determiners")
    k = first - 1
    while k >= 0 and (words[k][:1].isupper() or determiners.match(words, k)):
        k -= 1
    # a quote opening the sentence opens a quoted name ("\"Gazprom\" savu lēmumu pamato ..."), it ends nothing
    return k > 0 and words[k] in {",", "”", "\"", "—", "–"} or k == 0 and words[k] in {",", "—", "–"}


def _chain(words: list[str], first: Mention, mentions: list[Mention], conj: set[str]) -> list[Mention]:
    """``first`` and the names coordinated after it ("Ziemeļkorejas valsts mediji ..., kā arī The Guardian")."""
    group = [first]
    for m in mentions:
        if m.first <= group[-1].last:
            continue
        gap = [w for w in words[group[-1].last + 1:m.first] if w not in {",", "\"", "“", "”"}]
        joined = " ".join(gap).casefold()
        if len(gap) <= 3 and (joined in conj or any(joined.endswith(c) for c in conj)):
            group.append(m)
        elif gap:
            break
    return group


def _rejoined(words: list[str], cue: int, trigger: int, lang: str) -> bool:
    """Whether a comma and a coordinator ("..., un") stand between a claim and a trigger: the claim's content has
    ended and the sentence goes on in its own voice ("apgalvo, ka tiltam uzbrukuši droni, un Maskava apsūdzēja",
    "denied that any shots were fired, and the commanders met on Tuesday")."""
    coordinators, joins = phrases(lang, "coordinators"), conjunctions(lang)
    return any(words[k] == "," and (coordinators.match(words, k + 1) or words[k + 1].casefold() in joins)
               for k in range(cue + 1, trigger - 1))


def attribute(doc: Doc) -> Doc:
    """Give each event the sources of the cues in its sentence; claims and denials change its status."""
    lang = doc.article.lang
    for index, sent in enumerate(doc.sentences):
        events = [e for e in doc.events if e.sentence == index]
        if not events:
            continue
        words = [t.text for t in sent.tokens]
        mentions = [m for m in doc.mentions if m.sentence == index]
        clauses = clause_ids(sent, lang)
        cues = find_cues(words, mentions, clauses, lang)
        for event in events:
            seen: set[str] = set()
            for cue in cues:
                if cue.index == event.trigger:
                    continue
                for entity in cue.sources:
                    if entity.key not in seen:
                        seen.add(entity.key)
                        event.sources.append(entity)
                governs = clauses[cue.index] != clauses[event.trigger] or event.trigger - cue.index <= GOVERNED
                governs = governs and not ((event.type in SPEECH_ACTS or cue.kind in KIND_STATUS)
                                           and _rejoined(words, cue.index, event.trigger, lang))
                if cue.kind in KIND_STATUS and cue.index < event.trigger and governs \
                        and event.status in ("occurred", "alleged"):
                    event.status = KIND_STATUS[cue.kind]
    return doc
