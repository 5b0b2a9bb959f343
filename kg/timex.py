"""Stage 6: find time expressions and resolve them against the article date.

"otrdien" in an article of Friday 2025-08-15 is 2025-08-12; "aprīlī" the latest April not after the article
(the next one for planned events); "2024. gadā" the year; "pagājušā gada martā" March of last year. Values are
ISO 8601 at the precision the text supports: "2025-08-12", "2025-04", "2024".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from kg.clauses import clause_ids
from kg.events import STANCES
from kg.language import Phrases, load_language, phrases
from kg.models import Doc, Event
from kg.sources import find_cues


@dataclass
class TimeExpr:
    index: int
    kind: str
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    unit: str | None = None
    offset: int = 0
    direction: int = 0

    def resolve(self, today: dt.date, forward: bool = False) -> str:
        """The ISO value; ``forward`` reads an ambiguous weekday or month as the coming one (plans)."""
        if self.kind == "weekday":
            delta = (today.weekday() - self.weekday) % 7
            if forward and delta:
                return (today + dt.timedelta(days=7 - delta)).isoformat()
            return (today - dt.timedelta(days=delta)).isoformat()
        if self.kind == "relative":
            return _relative(today, self.unit, self.offset)
        year = self.year
        if self.kind == "year":
            return f"{year:04d}"
        if year is None and self.unit == "year":
            year = today.year + self.offset
        if year is None and self.direction:
            year = today.year
            if self.direction < 0 and self.month >= today.month:
                year -= 1
            elif self.direction > 0 and self.month <= today.month:
                year += 1
        if year is None:
            year = today.year
            candidate = (self.month, self.day or 1)
            now = (today.month, today.day)
            if forward and candidate < now:
                year += 1
            elif not forward and candidate > now:
                year -= 1
        if self.day:
            try:
                return dt.date(year, self.month, self.day).isoformat()
            except ValueError:
                return f"{year:04d}-{self.month:02d}"
        return f"{year:04d}-{self.month:02d}"


def _relative(today: dt.date, unit: str, offset: int) -> str:
    if unit == "day":
        return (today + dt.timedelta(days=offset)).isoformat()
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=offset)
        return f"{monday.year:04d}-{monday.month:02d}"
    if unit == "month":
        month = today.month - 1 + offset
        return f"{today.year + month // 12:04d}-{month % 12 + 1:02d}"
    return f"{today.year + offset:04d}"


def find_times(words: list[str], lang: str) -> list[TimeExpr]:
    """Time expressions in a sentence, each at the index of its first word; a deadline ("līdz 7. februārim")
    dates no event.

    >>> [(t.kind, t.weekday) for t in find_times("Putins otrdien zvanīja".split(), "lv")]
    [('weekday', 1)]
    """
    spec = load_language(lang).get("time", {})
    year_words = phrases(lang, "time", "year_words")
    found: list[TimeExpr] = []
    taken: set[int] = set()
    i = 0
    while i < len(words):
        word = words[i]
        same = phrases(lang, "time", "same_as_previous").match(words, i)
        happening = phrases(lang, "time", "same_happening").match(words, i)
        if happening:
            found.append(TimeExpr(i, "happening"))
            taken.update(range(i, i + happening))
            i += happening
            continue
        if same:
            found.append(TimeExpr(i, "previous"))
            taken.update(range(i, i + same))
            i += same
            continue
        relative = _relative_index(lang).matches(words, i)
        if relative:
            n, rel = relative[0]
            month = _month_at(words, i + n, lang) if rel["unit"] == "year" and i + n < len(words) else None
            if month and _is_month_word(words, i + n, lang):
                found.append(TimeExpr(i, "date", month=month, year=None, offset=rel["offset"], unit="year"))
                n += 1
            else:
                found.append(TimeExpr(i, "relative", unit=rel["unit"], offset=rel["offset"]))
            taken.update(range(i, i + n))
        if i in taken:
            i += 1
            continue
        for day, _ in (spec.get("weekdays") or {}).items():
            if phrases(lang, "time", "weekdays", day).match(words, i) and i not in taken:
                found.append(TimeExpr(i, "weekday", weekday=int(day)))
                taken.add(i)
        if re.fullmatch(r"(1[89]|20)\d\d", word):
            expr = _date_from(words, i, lang, year_words)
            if expr:
                found.append(expr[0])
                taken.update(range(i, expr[1]))
                i = expr[1]
                continue
        month = _month_at(words, i, lang)
        if month and i not in taken and _is_month_word(words, i, lang):
            day = _day_before(words, i)
            after = i + 1
            if day is None and after < len(words) and re.fullmatch(r"\d{1,2}", words[after]) \
                    and 1 <= int(words[after]) <= 31:
                day, after = int(words[after]), after + 1
            year = _year_after(words, after)
            direction = 0
            if i > 0 and phrases(lang, "time", "month_past").match(words, i - 1):
                direction = -1
            elif i > 0 and phrases(lang, "time", "month_next").match(words, i - 1):
                direction = 1
            found.append(TimeExpr(i - (2 if day and after == i + 1 else 0), "date", month=month, day=day,
                                  year=year, direction=direction))
            taken.add(i)
        i += 1
    deadline = phrases(lang, "time", "deadline_markers")
    return [t for t in found
            if not any(deadline.match(words, k) == t.index - k for k in range(max(0, t.index - 3), t.index))]


@functools.cache
def _relative_index(lang: str) -> Phrases:
    entries = load_language(lang).get("time", {}).get("relative", [])
    pairs = [(w, e) for e in entries for w in e["words"]]
    return Phrases([w for w, _ in pairs], [e for _, e in pairs])


def _month_at(words: list[str], i: int, lang: str) -> int | None:
    found = _month_index(lang).matches(words, i)
    return int(found[0][1]) if found else None


@functools.cache
def _month_index(lang: str) -> Phrases:
    months = load_language(lang).get("time", {}).get("months") or {}
    pairs = [(w, m) for m, words in months.items() for w in words]
    return Phrases([w for w, _ in pairs], [m for _, m in pairs])


def _is_month_word(words: list[str], i: int, lang: str) -> bool:
    """English month names are capitalised; "may" the verb and "march" the noun are not months. Latvian month
    names are lower-case: a capitalised one is a name ("Maija Sandu", "Jūlija Sviridenko"), unless it opens the
    sentence in the locative ("Maijā ...").

    >>> _is_month_word(["Maija", "Sandu"], 0, "lv"), _is_month_word(["Maijā", "Krievija"], 0, "lv")
    (False, True)
    """
    if lang == "en":
        return words[i][:1].isupper()
    word = words[i]
    return word[:1].islower() or (i == 0 or not words[i - 1][:1].isalnum()) and word.endswith(("ā", "ī"))


def _day_before(words: list[str], i: int) -> int | None:
    """"15. augustā" (day, full stop) or "15 August"."""
    for k in (i - 2, i - 1):
        if k >= 0 and re.fullmatch(r"\d{1,2}", words[k]) and (k == i - 1 or words[k + 1] == "."):
            value = int(words[k])
            return value if 1 <= value <= 31 else None
    return None


def _year_after(words: list[str], i: int) -> int | None:
    """"August 15, 2024", "15 August 2024" or "augustā 2024"."""
    for k in (i, i + 1, i + 2):
        if k < len(words) and re.fullmatch(r"(1[89]|20)\d\d", words[k]):
            return int(words[k])
        if k < len(words) and words[k] not in {",", "."} and not re.fullmatch(r"\d{1,2}", words[k]):
            return None
    return None


def _date_from(words: list[str], i: int, lang: str, year_words) -> tuple[TimeExpr, int] | None:
    """"2024. gadā", "2024. gada 15. augustā", "2024. gada aprīlī", "in 2024"."""
    year = int(words[i])
    j = i + 1
    if j < len(words) and words[j] == ".":
        j += 1
    if j < len(words) and year_words.match(words, j):
        j += 1
        k = j
        day = None
        if k + 1 < len(words) and re.fullmatch(r"\d{1,2}", words[k]) and words[k + 1] == ".":
            day, k = int(words[k]), k + 2
        month = _month_at(words, k, lang) if k < len(words) else None
        if month:
            return TimeExpr(i, "date", month=month, day=day, year=year), k + 1
        return TimeExpr(i, "year", year=year), j
    if lang == "en" and i > 0 and words[i - 1].casefold() in {"in", "since", "by", "during", "until"}:
        return TimeExpr(i, "year", year=year), i + 1
    return None


def _attributed(words: list[str], t: TimeExpr, anchors: list[int], lang: str) -> int | None:
    """A time before a participle dates the noun the participle qualifies ("1994. gadā noslēgtā ... līguma")."""
    suffixes = tuple(load_language(lang).get("morphology", {}).get("attributive_suffixes") or [])
    for k in range(t.index + 1, min(len(words), t.index + 4)):
        if suffixes and words[k].islower() and len(words[k]) > 4 and words[k].endswith(suffixes):
            after = [a for a in anchors if k < a <= k + 6]
            return after[0] if after else None
    return None


def _parenthesised(words: list[str]) -> list[bool]:
    """Whether each word is inside parentheses: an aside there ("(15. augustā)") dates no event."""
    depth, out = 0, []
    for word in words:
        depth += word == "("
        out.append(depth > 0)
        depth -= word == ")" and depth > 0
    return out


def resolve_times(doc: Doc) -> Doc:
    """Date each event from the time expression nearest its trigger, else from a time that stands before it
    and another event of its clause ("ceturtdien telefonsarunā ar Putinu atvainojās"), else from its
    reporting cue or the time of the cue's clause ("svētdien nosodīja ... un paziņoja, ka ..."): the day it was
    said dates a stance said then ("trešdien paziņoja, ka neatbalstīs"), not a deed planned for later. A time in a
    clause with no event dates the purpose or "when" clause after it ("vakarā pulcējās, lai protestētu",
    "aprīlī pasliktinājās, kad Latvija slēdza"). A reference to a happening already told ("tikšanās laikā",
    "samita malā") takes its date and place. A time carries forward to later clauses of its sentence that have
    none ("Borels otrdien aicināja ..., bet Francija pieprasīja"), never backward, never from a noun's background
    ("1994. gadā noslēgtā līguma")."""
    lang = doc.article.lang
    today = doc.article.date
    last_date: str | None = None
    last: Event | None = None
    for index, sent in enumerate(doc.sentences):
        events = [e for e in doc.events if e.sentence == index]
        words = [t.text for t in sent.tokens]
        times = find_times(words, lang) if events else []
        if not times:
            last_date = next((e.date for e in reversed(events) if e.date), last_date)
            last = next((e for e in reversed(events) if e.date), last)
            continue
        mentions = [m for m in doc.mentions if m.sentence == index]
        clauses = clause_ids(sent, lang)
        cues = [c.index for c in find_cues(words, mentions, clauses, lang)]
        anchors = sorted({e.trigger for e in events} | set(cues))
        owner: dict[int, TimeExpr] = {}
        background: set[int] = set()
        depth = _parenthesised(words)
        purpose = phrases(lang, "time", "dated_clauses")
        for t in times:
            same = [a for a in anchors if clauses[a] == clauses[t.index]]
            if not same:
                start = next((k for k in range(t.index, len(words)) if clauses[k] != clauses[t.index]), None)
                if start is not None and purpose.match(words, start):
                    same = [a for a in anchors if clauses[a] == clauses[start]]
            if depth[t.index] or not same:
                continue
            unbroken = [a for a in same if not {",", ";", "“", "”"} & set(words[min(a, t.index):max(a, t.index)])]
            nearest = min(unbroken or same, key=lambda a: (abs(a - t.index), a < t.index))
            attributed = _attributed(words, t, same, lang)
            background.update([id(t)] if attributed else [])
            owner.setdefault(attributed or nearest, t)
        def shared(anchor: int) -> TimeExpr | None:
            found = [t for a, t in owner.items() if a != anchor and clauses[a] == clauses[anchor]
                     and t.index < min(a, anchor) and not depth[t.index]]
            return found[0] if found else None

        for event in events:
            expr = owner.get(event.trigger) or shared(event.trigger)
            forward = event.status == "planned"
            if expr is None:
                said = [owner[c] for c in cues if c in owner and c != event.trigger] \
                    or [t for c in cues if c < event.trigger for t in [shared(c)] if t is not None]
                expr = said[0] if said else None
                if expr is None and lang != "en":
                    carried = [t for t in times if t.index < event.trigger and not depth[t.index]
                               and id(t) not in background]
                    expr = carried[-1] if carried else None
                if forward and lang != "en":
                    expr = expr if event.type in STANCES else None
                    forward = False
            if expr is not None and expr.kind == "previous":
                event.date = last_date
            elif expr is not None and expr.kind == "happening":
                event.date = last.date if last else None
                event.place = event.place or (last.place if last else None)
            elif expr is not None:
                event.date = expr.resolve(today, forward=forward)
        last_date = next((e.date for e in reversed(events) if e.date), last_date)
        last = next((e for e in reversed(events) if e.date), last)
    return doc


