"""Shallow syntax over a sentence's tokens: clauses, quotations and coordinated names."""

from __future__ import annotations

from kg.language import conjunctions, load_language, phrases
from kg.models import Mention, Sentence

BREAKS = {",", ";", ":", "(", "–", "—"}
QUOTES = {"“", "”", "\"", "„", "«", "»"}


def _source_aside(words: list[str], k: int, lang: str) -> bool:
    """Whether an aside naming a source opens at ``k`` ("..., kurš, pēc Makrona teiktā, iniciatīvu atbalsta"): the
    relative clause it interrupts goes on after it."""
    if k >= len(words):
        return False
    if phrases(lang, "sources", "source_before_name").match(words, k):
        return True
    nouns = phrases(lang, "sources", "source_nouns")
    return bool(phrases(lang, "sources", "source_before_owner").match(words, k)) and any(
        nouns.match(words, j) for j in range(k + 1, min(len(words), k + 5)) if "," not in words[k + 1:j])


def clause_ids(sent: Sentence, lang: str) -> list[int]:
    """The clause number of every token.

    A comma or semicolon before a clause opener ("ka", "kas", "that", "which") starts a clause, unless the opener
    is a conjunction that goes on with a preposition (", and on three officers": the list goes on); a relative
    clause ("..., kuri nosūtīti cīnīties Ukrainā, ...") or an aside ("Krievija, kā norāda Kijiva, raidīja")
    ends at the next comma and the clause it interrupted goes on.

    >>> from kg.segment import tokenize
    >>> s = Sentence(start=0, end=0, text="", tokens=tokenize("Seula norāda, ka Kims krituši."))
    >>> clause_ids(s, "lv")
    [0, 0, 0, 1, 1, 1, 1]
    >>> s = Sentence(start=0, end=0, text="", tokens=tokenize("A nosauca B, kuri karo, par varoņiem."))
    >>> clause_ids(s, "lv")
    [0, 0, 0, 0, 1, 1, 1, 0, 0, 0]
    """
    words = [t.text for t in sent.tokens]
    openers = phrases(lang, "clause_openers")
    relative = phrases(lang, "pronouns", "relative")
    bare = phrases(lang, "bare_openers")
    aside = phrases(lang, "aside_openers")
    after_cue = load_language(lang).get("complement_after_cue", False)
    not_complement = {w.casefold() for w in load_language(lang).get("not_complement_starts") or []}
    conj = phrases(lang, "conjunctions")
    prepositions = {p.casefold() for p in load_language(lang).get("morphology", {}).get("prepositions", {}) or {}}
    cue_ends: set[int] = set()
    objects = phrases(lang, "cues_taking_objects")
    if after_cue:
        for kind in load_language(lang).get("sources", {}).get("cues") or {}:
            cue = phrases(lang, "sources", "cues", kind)
            cue_ends.update(k + n for k in range(len(words)) for n in [cue.match(words, k)]
                            if n and not objects.match(words, k))
    ids: list[int] = []
    stack: list[int] = []
    current, last = 0, 0
    condition = bool(words) and bool(phrases(lang, "condition_openers").match(words, 0))
    for i, word in enumerate(words):
        if condition and word == ",":
            # "Ja Maskava atteiksies, tai draud sankcijas": the condition opening the sentence ends at its comma
            condition = False
            ids.append(current)
            last += 1
            current = last
            continue
        if word in BREAKS or word == ";":
            nxt = i + 1
            while nxt < len(words) and words[nxt] in QUOTES:
                nxt += 1
            opens = nxt < len(words) and openers.match(words, nxt) \
                and not (conj.match(words, nxt) and nxt + 1 < len(words) and words[nxt + 1].casefold() in prepositions) \
                and not _listing(words, nxt, conj.match(words, nxt))
            said = bool(stack) and word == "," and _source_aside(words, nxt, lang)
            if stack and not opens and not said and not (word == "," and names_listed(words, i, lang)):
                ids.append(current)
                current = stack.pop()
                continue
            if word == ";" or opens or said:
                ids.append(current)
                last += 1
                if nxt < len(words) and word == "," and (relative.match(words, nxt) or aside.match(words, nxt) or said):
                    stack.append(current)
                current = last
                continue
        elif i > 0 and bare.match(words, i) and words[i - 1] not in BREAKS:
            last += 1
            current = last
        elif i in cue_ends and words[i][:1].isalnum() and words[i - 1] not in BREAKS \
                and not bare.match(words, i) and words[i].casefold() not in not_complement:
            last += 1
            current = last
        ids.append(current)
    return ids


def names_listed(words: list[str], comma: int, lang: str) -> bool:
    """Whether the comma at ``comma`` parts names of a list that a conjunction closes ("whose members are Russia,
    Belarus and Kazakhstan"): a relative clause goes on through its list.

    >>> names_listed("members are Russia , Belarus and Kazakhstan .".split(), 3, "en")
    True
    >>> names_listed("backed Russia , Belarus said .".split(), 2, "en")
    False
    """
    conj = conjunctions(lang)
    if comma == 0 or not words[comma - 1][:1].isupper():
        return False
    k = comma + 1
    while k < len(words) and words[k][:1].isupper():
        while k < len(words) and words[k][:1].isupper():
            k += 1
        if k + 1 < len(words) and words[k].casefold() in conj and words[k + 1][:1].isupper():
            return True
        if k + 1 < len(words) and words[k] == ",":
            k += 1
            continue
        return False
    return False


def _listing(words: list[str], k: int, size: int) -> bool:
    """A conjunction of several words before a name (", kā arī Šveicei", ", as well as Oman") goes on with the
    list of names before it: it opens no clause of its own."""
    return size > 1 and k + size < len(words) and words[k + size][:1].isupper()


def close_naming_asides(words: list[str], clauses: list[int], lang: str, event_words: set[int]) -> list[int]:
    """An aside that names the object ("pounded what the military described as Hezbollah targets", "fired at
    what it called terrorist infrastructure") is a clause of its own, and the object after it belongs to the
    clause it interrupts, unless an event word follows, which the aside itself speaks about ("what it called
    Israel's aggression").
    """
    naming = phrases(lang, "naming_asides", "verbs")
    free = phrases(lang, "naming_asides", "openers")
    out = list(clauses)
    fresh = max(clauses, default=0) + 1
    for i in range(1, len(words)):
        if not free.match(words, i) or words[i - 1] in BREAKS or out[i] == out[i - 1]:
            continue
        end = next((k + n for k in range(i + 1, min(len(words), i + 7)) for n in [naming.match(words, k)]
                    if n and not any(w in BREAKS for w in words[i:k])), None)
        if end is None or any(end <= k <= end + 3 for k in event_words):
            continue
        inner, outer = out[i], out[i - 1]
        for k in range(i, end):
            out[k] = fresh
        for k in range(end, len(words)):
            if out[k] != inner:
                break
            out[k] = outer
        fresh += 1
    return out


def quoted(sent: Sentence) -> list[bool]:
    """Whether each token stands inside quotation marks."""
    inside, out = False, []
    for token in sent.tokens:
        if token.text in {"“", "„", "«"}:
            inside = True
        elif token.text in {"”", "»"}:
            inside = False
        elif token.text == "\"":
            inside = not inside
        out.append(inside)
    return out


def coordinated(words: list[str], chosen: Mention, candidates: list[Mention], lang: str) -> list[Mention]:
    """``chosen`` and the names joined before it by "un"/"and" ("Sarkanā armija un Ziemeļkorejas spēki"), and
    the other referents of the same words ("abas valstis" names two).

    A bare comma joins only in a list that an "and" closes ("A, B and C"), never a name to a quote's speaker.
    Titles before a name do not part it from the "and" ("Yoon and Japanese Prime Minister Fumio Kishida"), nor
    does a determiner ("the government and the rebels"); a pair
    phrase ("the two presidents") brings both people it stands for.
    """
    conj = conjunctions(lang)
    titles = phrases(lang, "titles")
    determiners = phrases(lang, "determiners")
    adjectives = phrases(lang, "name_adjectives")
    group = [chosen]
    twins = [m for m in candidates if m is not chosen and (m.first, m.last) == (chosen.first, chosen.last)]
    seen_conj = False
    for m in sorted(candidates, key=lambda m: -m.first):
        head = group[-1]
        start = head.first
        while start - 1 > m.last and (words[start - 1][:1].isupper() or titles.match(words, start - 1)):
            start -= 1
        start = _counterpart_apposition(words, start, m.last, conj, lang)
        if m.first >= start and m.last < head.first:
            continue  # "his Saudi counterpart": words of the apposition, no name of the list
        between = [w.casefold() for w in words[m.last + 1:start]]
        while len(between) > 1 and (determiners.match(between, len(between) - 1) == 1
                                    or adjectives.match(between, len(between) - 1) == 1):
            between.pop()
        if m.last >= head.first or not between:
            continue
        if m.actor.key == head.actor.key and all(w in "()" for w in between):
            group[-1] = m  # "the Rapid Support Forces (RSF)": the short name in brackets is the same name
            continue
        has_conj = " ".join(w for w in between if w != ",") in conj \
            or _conj_then_title(words[m.last + 1:head.first], conj, lang)
        if has_conj or (seen_conj and between == [","]):
            group.append(m)
            seen_conj = seen_conj or has_conj
        else:
            break
    return group + twins


def _counterpart_apposition(words: list[str], start: int, floor: int, conj: set[str], lang: str) -> int:
    """Where "his Saudi counterpart, " stands before a name after an "and" ("A and his Saudi counterpart, B,"),
    the name's phrase starts after the "and": the counterpart noun is a title in apposition."""
    counterparts = phrases(lang, "counterpart_nouns")
    if start < 2 or words[start - 1] != ",":
        return start
    for n in (1, 2):
        k = start - 1 - n
        if k > floor and counterparts.match(words, k) == n:
            j = k
            while j - 1 > floor and words[j - 1].casefold() not in conj and k - j < 3:
                j -= 1
            if j - 1 > floor and words[j - 1].casefold() in conj:
                return j
    return start


def _conj_then_title(between: list[str], conj: set[str], lang: str) -> bool:
    """"un Lielbritānijas premjerministrs" between two names: a conjunction, then the second name's title."""
    words = [w for w in between if w != ","]
    if len(words) < 2 or words[0].casefold() not in conj:
        return False
    titles = phrases(lang, "titles")
    k = 1
    while k < len(words):
        n = titles.match(words, k)
        if n:
            k += n
        elif words[k][:1].isupper():
            k += 1
        else:
            return False
    return True
