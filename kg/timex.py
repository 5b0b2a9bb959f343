"""Stage 6: find time expressions and resolve them against the article date.

"otrdien" in an article of Friday 2025-08-15 is 2025-08-12; "aprīlī" the latest April not after the article
(the next one for planned events); "2024. gadā" the year; "pagājušā gada martā" March of last year. Values are
ISO 8601 at the precision the text supports: "2025-08-12", "2025-04", "2024".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass

from kg.clauses import clause_ids
from kg.gazetteer import load_gazetteer
from kg.language import Phrases, conjunctions, future_form, infinitive_form, load_language, noun_kinds, number_words, phrases
from kg.models import SAID_ACTS, Doc, Entity, Event, Mention
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
    size: int = 1
    onward: bool = False
    kinds: frozenset[str] = frozenset()

    def resolve(self, today: dt.date, forward: bool = False, reference: str | None = None) -> str | None:
        """The ISO value; ``forward`` reads an ambiguous weekday or month as the coming one (plans).

        "previous" and "shift" ("two days after") count from ``reference``, the date told before them.
        """
        if self.kind == "previous":  # "the same month" keeps the month of a day told before, "that year" its year
            return reference[:4 if self.unit == "year" else 7] if reference and self.unit else reference
        if self.kind == "vague":
            return None
        if self.kind == "then":  # "toreiz", "at the time": the month of the date told before
            return reference[:7] if reference else None
        if self.kind == "shift":
            return _shifted(reference, self.unit, self.offset)
        if self.kind == "weekday":
            delta = (today.weekday() - self.weekday) % 7
            if forward and delta:
                return (today + dt.timedelta(days=7 - delta)).isoformat()
            return (today - dt.timedelta(days=delta)).isoformat()
        if self.kind == "relative" and self.unit == "weekend":
            return _weekend(today, self.offset, forward)
        if self.kind == "relative":
            return _relative(today, self.unit, self.offset)
        if self.kind == "span":  # "over the previous 48 hours": the month, or the year, the span lies in
            days = {"day": 1, "week": 7, "month": 30, "year": 365}[self.unit] * max(self.offset, 1)
            start = today - dt.timedelta(days=days)
            if start.year != today.year:
                return None
            return f"{today.year:04d}-{today.month:02d}" if start.month == today.month else f"{today.year:04d}"
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
                if self.day and self.onward and _days_ahead(today, self.month, self.day) <= NEAR_AHEAD:
                    year += 1  # "no 24. februāra" in a January article: a start this close ahead, not last year's
        if self.day:
            try:
                return dt.date(year, self.month, self.day).isoformat()
            except ValueError:
                return f"{year:04d}-{self.month:02d}"
        return f"{year:04d}-{self.month:02d}"


NEAR_AHEAD = 45
"""A day of a month told without a year as the start of something ("no 24. februāra", "from 24 February") that falls
this many days ahead of the article or fewer is that coming day, not the one of almost a year ago; a day told otherwise
is the latest one not after the article ("kopš 24. februāra", "on 10 February")."""


def _days_ahead(today: dt.date, month: int, day: int) -> int:
    try:
        return (dt.date(today.year, month, day) - today).days
    except ValueError:
        return 366


def _shifted(reference: str | None, unit: str, offset: int) -> str | None:
    """``reference`` moved by ``offset`` units, at the precision both allow (weeks give the month)."""
    if reference is None:
        return None
    parts = [int(p) for p in reference.split("-")]
    if unit in ("day", "week") and len(parts) == 3:
        moved = dt.date(*parts) + dt.timedelta(days=offset * (7 if unit == "week" else 1))
        return moved.isoformat() if unit == "day" else f"{moved.year:04d}-{moved.month:02d}"
    if unit == "month" and len(parts) >= 2:
        month = parts[1] - 1 + offset
        return f"{parts[0] + month // 12:04d}-{month % 12 + 1:02d}"
    if unit == "year":
        return f"{parts[0] + offset:04d}"
    return None


def _weekend(today: dt.date, offset: int, forward: bool) -> str | None:
    """"at the weekend": the latest Saturday and Sunday up to the article (the coming ones for plans), "last weekend"
    the one before, "next weekend" the one after; dated, like a week, by the month both days lie in, else the year."""
    saturday = today - dt.timedelta(days=(today.weekday() - 5) % 7)
    if offset < 0 and today.weekday() >= 5 or offset > 0 or forward and offset == 0 and today.weekday() < 5:
        saturday += dt.timedelta(weeks=offset or 1)
    sunday = saturday + dt.timedelta(days=1)
    if saturday.month == sunday.month:
        return f"{saturday.year:04d}-{saturday.month:02d}"
    return f"{saturday.year:04d}" if saturday.year == sunday.year else None


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


ANAPHORA = (("happening", "same_happening"), ("after", "after_happening"), ("eve", "eve_of"),
            ("shift", "days_after"), ("then", "then"), ("vague", "vague"))
"""Time words that point at a happening told before (the word list in time.yaml, then the kind): "samita malā"
takes its date and place, "pēc sarunām" its date, "on the eve of the summit" the day before the article's main
happening, "in the days after the attack" the month of the date told before; a vague time ("before Moscow
launched its invasion", "at the last minute") is the event's own and gives no date."""


def find_times(words: list[str], lang: str) -> list[TimeExpr]:
    """Time expressions in a sentence, each at the index of its first word; a deadline ("līdz 7. februārim")
    dates no event. Several stages ask again for one sentence, so the answer is kept (the same objects each time).

    >>> [(t.kind, t.weekday) for t in find_times("Putins otrdien zvanīja".split(), "lv")]
    [('weekday', 1)]
    """
    return list(_times_in(tuple(words), lang))


@functools.lru_cache(maxsize=512)
def _times_in(words: tuple[str, ...], lang: str) -> tuple[TimeExpr, ...]:
    return tuple(_find_times(list(words), lang))


def _find_times(words: list[str], lang: str) -> list[TimeExpr]:
    spec = load_language(lang).get("time", {})
    year_words = phrases(lang, "time", "year_words")
    found: list[TimeExpr] = []
    taken: set[int] = set()
    i = 0
    while i < len(words):
        word = words[i]
        start = _start_of_happening(words, i, lang) if i not in taken else None
        if start:
            found.append(start)
            taken.update(range(i, i + start.size))
            i += start.size
            continue
        opening = phrases(lang, "time", "opening_happening").match(words, 0) if i == 0 else 0
        if opening:
            # "Tā arī aicina": a sentence opening so goes on with the text or act told just before
            found.append(TimeExpr(0, "happening", size=opening))
            taken.update(range(0, opening))
            i += opening
            continue
        same = phrases(lang, "time", "same_as_previous").match(words, i)
        anaphor = next(((n, kind) for kind, key in ANAPHORA
                        if (n := phrases(lang, "time", key).match(words, i)) and i not in taken), None)
        if anaphor:
            n, kind = anaphor
            found.append(TimeExpr(i, kind, unit="week", size=n) if kind == "shift" else TimeExpr(i, kind, size=n))
            taken.update(range(i, i + n))
            i += n
            continue
        period = _same_period_index(lang).matches(words, i)
        if period and i not in taken:
            n, unit = period[0]
            found.append(TimeExpr(i, "previous", unit=unit, size=n))
            taken.update(range(i, i + n))
            i += n
            continue
        if same and _not_anaphora(words, i, lang):
            same = 0
        if same:
            found.append(TimeExpr(i, "previous", size=same))
            taken.update(range(i, i + same))
            i += same
            continue
        relative = _relative_index(lang).matches(words, i) if i not in taken else []
        if relative:
            n, rel = relative[0]
            month = _month_at(words, i + n, lang) if rel["unit"] == "year" and i + n < len(words) else None
            if month and _is_month_word(words, i + n, lang):
                found.append(TimeExpr(i, "date", month=month, year=None, offset=rel["offset"], unit="year", size=n + 1))
                n += 1
            else:
                found.append(TimeExpr(i, "relative", unit=rel["unit"], offset=rel["offset"], size=n))
            taken.update(range(i, i + n))
        if i in taken:
            i += 1
            continue
        listed = _listed_phrase(words, i, lang)
        if listed:
            found.append(listed)
            taken.update(range(i, i + listed.size))
            i += listed.size
            continue
        counted = _counted(words, i, lang)
        if counted:
            found.append(counted[0])
            taken.update(range(i, counted[1]))
            i = counted[1]
            continue
        for day, _ in (spec.get("weekdays") or {}).items():
            n = phrases(lang, "time", "weekdays", day).match(words, i)
            if n and i not in taken:
                onward = i > 0 and bool(phrases(lang, "time", "onward_markers").match(words, i - 1))
                found.append(TimeExpr(i, "weekday", weekday=int(day), size=n, onward=onward))
                taken.update(range(i, i + n))
        if re.fullmatch(r"(1[89]|20)\d\d", word):
            expr = _date_from(words, i, lang, year_words)
            if expr:
                found.append(expr[0])
                taken.update(range(i, expr[1]))
                i = expr[1]
                continue
        month = _month_at(words, i, lang)
        if month and i not in taken and _is_month_word(words, i, lang):
            day = None if _day_range_before(words, i, lang) else _day_before(words, i)
            after = i + 1
            if after + 1 < len(words) and words[after] == "." and len(words[i]) <= 4 \
                    and re.fullmatch(r"\d{1,2}", words[after + 1]):
                after += 1  # an abbreviated month: "Nov. 20"
            if day is None and after < len(words) and re.fullmatch(r"\d{1,2}", words[after]) \
                    and 1 <= int(words[after]) <= 31:
                day, after = int(words[after]), after + 1
            year = _year_after(words, after)
            direction = 0
            if i > 0 and phrases(lang, "time", "month_past").match(words, i - 1):
                direction = -1
            elif i > 0 and phrases(lang, "time", "month_next").match(words, i - 1):
                direction = 1
            start = i - (2 if day and after == i + 1 else 0)
            onward = start > 0 and bool(phrases(lang, "time", "onward_markers").match(words, start - 1))
            # a year told relatively after the month: "in February last year", "on 3 May this year"
            later = _relative_index(lang).matches(words, after) if year is None and after < len(words) else []
            later = [(n, rel) for n, rel in later if rel["unit"] == "year"]
            if later:
                found.append(TimeExpr(start, "date", month=month, day=day, offset=later[0][1]["offset"], unit="year",
                                      size=after + later[0][0] - start))
                taken.update(range(after, after + later[0][0]))
            else:
                end = next((k + 1 for k in (after, after + 1, after + 2) if year is not None and k < len(words)
                            and words[k] == str(year)), after)
                found.append(TimeExpr(start, "date", month=month, day=day, year=year, direction=direction,
                                      onward=onward, size=end - start))
            taken.add(i)
        i += 1
    deadline = phrases(lang, "time", "deadline_markers")
    starts = {t.index for t in found}
    found = [t for t in found if t.kind != "vague" or t.index + t.size not in starts]  # "before the end of the week"
    return [t for t in found
            if not any(deadline.match(words, k) == t.index - k for k in range(max(0, t.index - 3), t.index))]


def _start_of_happening(words: list[str], i: int, lang: str) -> TimeExpr | None:
    """"When the clashes began": the start of a happening already told, named by an event noun of the trigger
    lexicon and a verb of beginning; it takes the earliest date told for acts of that kind."""
    opener = phrases(lang, "time", "start_openers").match(words, i)
    if not opener:
        return None
    k = i + opener
    while k < len(words) and phrases(lang, "determiners").match(words, k):
        k += 1
    for noun in range(k, min(len(words) - 1, k + 2)):
        kinds = noun_kinds(lang, words[noun])
        verb = phrases(lang, "time", "start_verbs").match(words, noun + 1)
        if kinds and verb:
            return TimeExpr(i, "start", size=noun + 1 + verb - i, kinds=kinds)
    return None


def _not_anaphora(words: list[str], i: int, lang: str) -> bool:
    """Whether the anaphor at ``words[i]`` is part of a phrase that is no time of the story: a conjunction ("pēc tam,
    kad ...", whose clause tells the time), a span or limit ("since then", "until then"), an attribute ("the then
    prime minister")."""
    others = phrases(lang, "time", "not_anaphora")
    return any((n := others.match(words, k)) and k + n > i for k in range(max(0, i - 2), i + 1))


def _listed_phrase(words: list[str], i: int, lang: str) -> TimeExpr | None:
    """A time the lexicon lists as a whole phrase at ``i``: a calendar day ("on Christmas Day"), a span back from
    now ("in recent days") or a shift of days ("the next day")."""
    holiday = _fixed_day_index(lang).matches(words, i)
    if holiday:
        n, (month, day) = holiday[0]
        return TimeExpr(i, "date", month=month, day=day, size=n)
    recent = _span_index(lang).matches(words, i)
    if recent:
        n, (unit, count) = recent[0]
        return TimeExpr(i, "span", unit=unit, offset=count, size=n)
    shifted = _day_shift_index(lang).matches(words, i)
    if shifted:
        n, offset = shifted[0]
        return TimeExpr(i, "shift", unit="day", offset=int(offset), size=n)
    return None


def _counted(words: list[str], i: int, lang: str) -> tuple[TimeExpr, int] | None:
    """"two weeks ago" counts back from the article date; "two days after" moves the date told before it: back
    when it follows the event it dates the happening after it ("attacked on Friday, two days after the talks"), ahead
    when it opens the sentence of the event it dates ("Two days after the talks, X attacked")."""
    spec = load_language(lang).get("time", {})
    numbers = number_words(lang)
    word = words[i].casefold()
    count = int(word) if word.isdigit() and len(word) <= 2 else numbers.get(word)
    definite = count is None and phrases(lang, "time", "shift_determiners").match(words, i) == 1
    count = 1 if definite else count
    if count is None or i + 1 >= len(words):
        return None
    unit = next((u for u in spec.get("units") or {} if phrases(lang, "time", "units", u).match(words, i + 1)), None)
    if unit is None or definite and unit == "hour":
        return None
    if unit == "hour":  # "two hours ago", "hours after": the same day
        unit, count = "day", 0
    openers = phrases(lang, "time", "span_openers")
    if not definite and any(openers.match(words, k) == i - k for k in range(max(0, i - 3), i)):
        return TimeExpr(i, "span", unit=unit, offset=count), i + 2
    if not definite and phrases(lang, "time", "ago").match(words, i + 2):
        return TimeExpr(i, "relative", unit=unit, offset=-count), i + 3
    direction = next((d for w, d in (spec.get("shift") or {}).items()
                      if i + 2 < len(words) and words[i + 2].casefold() == w), None)
    if direction is not None:
        if not any(w[:1].isalpha() for w in words[:i]) and phrases(lang, "time", "shift_objects").match(words, i + 2):
            direction = -direction  # opening the sentence, "Three days after the talks, X ..." dates X from the talks
        return TimeExpr(i, "shift", unit=unit, offset=direction * count), i + 3
    return None


@functools.cache
def _relative_index(lang: str) -> Phrases:
    entries = load_language(lang).get("time", {}).get("relative", [])
    pairs = [(w, e) for e in entries for w in e["words"]]
    return Phrases([w for w, _ in pairs], [e for _, e in pairs])


@functools.cache
def _span_index(lang: str) -> Phrases:
    """Spans up to the article told without a number ("in recent days", "over the past week", "pēdējās dienās") and
    the unit and count they stand for."""
    entries = load_language(lang).get("time", {}).get("spans", [])
    pairs = [(w, (e["unit"], e["count"])) for e in entries for w in e["words"]]
    return Phrases([w for w, _ in pairs], [p for _, p in pairs])


@functools.cache
def _fixed_day_index(lang: str) -> Phrases:
    """Days named by the calendar, not by a number ("on Christmas Day", "jaunā gada pirmajā rītā") and their month
    and day: the latest such day not after the article, like a date told without a year."""
    entries = load_language(lang).get("time", {}).get("fixed_days", [])
    pairs = [(w, (e["month"], e["day"])) for e in entries for w in e["words"]]
    return Phrases([w for w, _ in pairs], [p for _, p in pairs])


@functools.cache
def _same_period_index(lang: str) -> Phrases:
    """Periods that take the one of the date told before ("the same month", "that year") and their units."""
    periods = load_language(lang).get("time", {}).get("same_period") or {}
    pairs = [(w, unit) for unit, words in periods.items() for w in words]
    return Phrases([w for w, _ in pairs], [u for _, u in pairs])


@functools.cache
def _day_shift_index(lang: str) -> Phrases:
    """Days counted from the date told before ("the next day", "nākamajā dienā", "the day before") and their offsets."""
    entries = load_language(lang).get("time", {}).get("day_shifts", [])
    pairs = [(w, e["offset"]) for e in entries for w in e["words"]]
    return Phrases([w for w, _ in pairs], [o for _, o in pairs])


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
    if load_language(lang).get("time", {}).get("months_capitalised"):
        return words[i].rsplit("-", 1)[-1][:1].isupper()  # "March", "mid-March"
    word = words[i]
    return word[:1].islower() or (i == 0 or not words[i - 1][:1].isalnum()) and word.endswith(("ā", "ī"))


def _day_before(words: list[str], i: int) -> int | None:
    """"15. augustā" (day, full stop) or "15 August"."""
    for k in (i - 2, i - 1):
        if k >= 0 and re.fullmatch(r"\d{1,2}", words[k]) and (k == i - 1 or words[k + 1] == "."):
            value = int(words[k])
            return value if 1 <= value <= 31 else None
    return None


def _day_range_before(words: list[str], i: int, lang: str) -> bool:
    """Whether a range of days stands before the month ("between 23 and 25 May", "23.–25. maijā"): no one day of it
    is the event's, which is dated by the month."""
    joiners = phrases(lang, "time", "range_joiners")
    for k in (i - 1, i - 2):
        if k >= 2 and re.fullmatch(r"\d{1,2}", words[k]) and (k == i - 1 or words[k + 1] == "."):
            j = k - 1
            return bool(joiners.match(words, j)) and (words[j - 1].isdigit()
                                                      or words[j - 1] == "." and j >= 2 and words[j - 2].isdigit())
    return False


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
            return TimeExpr(i, "date", month=month, day=day, year=year, size=k + 1 - i), k + 1
        if _year_of_a_thing(words, j, lang):
            return None
        return TimeExpr(i, "year", year=year, size=j - i), j
    if i > 0 and phrases(lang, "time", "year_openers").match(words, i - 1):
        return TimeExpr(i, "year", year=year), i + 1
    return None


def _year_of_a_thing(words: list[str], j: int, lang: str) -> bool:
    """A year in the genitive before a noun names a thing of that year ("saskaņā ar 1951. gada aizsardzības
    līgumu", "2015. gada Minskas vienošanās"), not when the event happens; "2022. gada sākumā" is a time."""
    attributive = phrases(lang, "time", "year_attributive")
    if not attributive.match(words, j - 1) or j >= len(words) or not words[j].replace("-", "").isalpha():
        return False
    return not phrases(lang, "time", "year_periods").match(words, j)


def _parenthesised(words: list[str]) -> list[bool]:
    """Whether each word is inside parentheses: an aside there ("(15. augustā)") dates no event."""
    depth, out = 0, []
    for word in words:
        depth += word == "("
        out.append(depth > 0)
        depth -= word == ")" and depth > 0
    return out


def resolve_times(doc: Doc) -> Doc:
    """Date each event from the time expression it owns, else from its reporting cue's (unless the event is only
    planned: "said on Monday that the bloc would send"; an act done by saying, a pledge or refusal, is dated by
    its saying even in the future tense), else from the story.

    A time belongs to the nearest trigger or cue of its clause (one event has one date: a second time of another
    value goes to the next event). The article's first sentence dates all its events: by a time no other event
    owns, in the event's clause or the main one, else by its first time. The story's date is the date of the last
    sentence that names a time (its main event's date, unless that event is planned, a state or habit, "has
    moved", or a flashback, "had agreed two weeks ago"): "hours later" and "the same day" take it. A time carries
    forward to later clauses of its sentence along one time line (a plan's to a plan, a happening's to a
    happening), never backward, never out of a relative clause, never past a "will"/"would" or into a past
    perfect of a saying's complement, never to a state in the perfect; a vague time ("before the invasion", "at
    the last minute") is the event's own and gives no date. A reference to a happening already told ("tikšanās
    laikā", "samita malā") takes its date and place, "after the talks" its date, "on the eve of" the day before
    the main happening. An event whose text gives no time stays undated.
    """
    lang = doc.article.lang
    today = doc.article.date
    story: str | None = None
    story_place: Entity | None = None  # where the happening that set the story's date took place
    then: str | None = None
    last: Event | None = None
    main: str | None = None
    nights: list[Event] = []
    said: set[int] = set()
    day_told: str | None = None
    response: str | None = None
    for index, sent in enumerate(doc.sentences):
        events = sorted((e for e in doc.events if e.sentence == index), key=lambda e: e.trigger)
        words = [t.text for t in sent.tokens]
        depth = _parenthesised(words)
        times = [t for t in find_times(words, lang) if not depth[t.index]]
        if any(t.kind not in ANAPHORIC for t in times):
            times = [t for t in times if t.kind != "eve"]  # "Samita priekšvakarā, pirmdien": the day told wins
        mentions = [m for m in doc.mentions if m.sentence == index]
        clauses = clause_ids(sent, lang)
        _year_the_framed(times, words, clauses, today)
        cues = [c.index for c in find_cues(words, mentions, clauses, lang)] if times else []
        spans = {k: k + len(e.trigger_text.split()) - 1 for e in events for k in (e.trigger, *e.merged)}
        fixed = [t for t in times if t.kind not in ANAPHORIC]
        reference = fixed[0].resolve(today) if fixed else story
        base = {"then": then}
        owner = _owners(times, spans | {c: c for c in cues}, words, clauses, lang,
                        value=lambda t: t.resolve(today, reference=_told_before(t, fixed, today, story)
                                                  if t.kind == "previous" else base.get(t.kind, reference))
                        if t.kind in VALUED else None)
        inherit = phrases(lang, "time", "inherit_openers")
        relative = phrases(lang, "pronouns", "relative")
        complement = phrases(lang, "time", "complement_openers")
        owner.update(_told_of_head(times, owner, events, words, clauses, relative))
        accused = {id(t) for k, t in owner.items() if _dates_accused_act(t, k, words, lang)}
        owner = {k: t for k, t in owner.items() if id(t) not in accused}
        since = {id(t): span for t in times if (span := _since_clause(t, words, clauses, lang))}
        reaches = lambda t, k: id(t) not in since or since[id(t)][0] < k < since[id(t)][1]  # noqa: E731
        owner = {k: t for k, t in owner.items() if reaches(t, k)}
        holder = {id(t): k for k, t in owner.items()}
        status_at = {k: "planned" if _told_ahead(e, words, lang) else e.status
                     for e in events for k in (e.trigger, *e.merged)}
        for event in events:
            expr = next((owner[k] for k in (event.trigger, *event.merged) if k in owner), None)
            borrowed = expr is None
            if expr is None:  # "have shelled the border since the raid of 3 May": the span's start
                expr = _start_of_span(event, times, words, clauses, lang)
            background = _background(event, words, lang) or _charged_deed(event, doc.events)
            own_only = background or index > 0 and _own_time_only(event, words, lang)
            opener = _sequence_opener(event, words, lang)
            if expr is None and opener is not None:  # "froze ties in May, after accusing it of ...": May
                expr = next((t for t in reversed(times) if t.index < opener and t.kind != "vague"
                             and id(t) not in accused and reaches(t, event.trigger)), None)
                own_only = background = True
            if expr is None and _dated_by_saying(event) and not background:
                expr = next((owner[c] for c in cues if c in owner and c < event.trigger
                             and not _reported_future(event, c, words, clauses, lang)
                             and not _perfect_saying_between(c, event.trigger, cues, words, lang)), None)
            if expr is None and not background and _ongoing(event, words, lang):
                expr = next((owner[c] for c in cues if c in owner and c > event.trigger), None)
            if expr is None and not own_only:
                expr = _shared(event, events, owner, clauses, words, lang)
                expr = expr if expr is None or reaches(expr, event.trigger) else None
            if expr is None and times and not background and _opened_by(inherit, words, clauses, event.trigger):
                expr = next((t for t in reversed(times) if t.index < event.trigger and t.kind != "vague"), None)
            if expr is None and not own_only:
                expr = next((t for t in reversed(times)
                             if t.index < event.trigger and t.kind != "vague" and id(t) not in accused
                             and reaches(t, event.trigger)
                             and not (_names_other(t, words, lang)
                                      and any(t.index < e.trigger < event.trigger for e in events))
                             and _same_line(event, status_at.get(holder.get(id(t))))
                             and (not _reported_future(event, t.index, words, clauses, lang)
                                  or _opens_own_sentence(t, event, cues))
                             and not _in_relative_after(event, t.index, words, clauses, lang)
                             and not _perfect_saying_between(t.index, event.trigger, cues, words, lang)
                             and (clauses[t.index] == clauses[event.trigger]
                                  or not _opened_by(relative, words, clauses, t.index)
                                  and not _opened_by(complement, words, clauses, t.index))), None)
            if expr is None and index == 0 and times and event.status != "planned" and not background:
                free = [t for t in times if t not in owner.values() and id(t) not in accused and reaches(t, event.trigger)
                        and clauses[t.index] in (clauses[0], clauses[event.trigger])]
                deeds = {e.trigger for e in events if e.noun and e.status == "alleged"}  # "blamed X for an attack on 3 May"
                lined = [t for t in times if id(t) not in accused and holder.get(id(t)) not in deeds
                         and reaches(t, event.trigger)
                         and _same_line(event, status_at.get(holder.get(id(t))))]
                expr = min(free, key=lambda t: abs(t.index - event.trigger)) if free else next(iter(lined), None)
            since_at = _since_then(event, words, lang)
            if since_at is not None and (expr is None or expr.index < since_at):
                # "recalled its envoy in May 2021, and it has since cut trade": the span began in May 2021
                aside = phrases(lang, "time", "background_openers"), relative, phrases(lang, "time", "start_openers")
                expr = next((t for t in reversed(times) if t.index < since_at and t.kind != "vague"
                             and id(t) not in accused and reaches(t, event.trigger)
                             and not any(_opened_by(o, words, clauses, t.index) for o in aside)), None)
            if expr is not None and expr.onward and event.status != "planned" and event.cameo.startswith(SAID_ACTS):
                expr = None  # "ir gatava sarunām no trešdienas": the start of what is pledged, not of the pledge
            if expr is not None and (holder.get(id(expr)) in cues or id(expr) not in holder
                                     and any(event.trigger < c < expr.index for c in cues)):
                said.add(id(event))  # dated only by the saying that reports it
            if expr is not None and expr.kind in ("happening", "after"):
                own = [t for t in fixed if clauses[t.index] == clauses[event.trigger]]
                described = [] if own else _time_of_reference(expr, fixed, words, clauses, lang)
                own = own or described
                told = _told_happening(words[expr.index:expr.index + expr.size], doc.events, event, lang) \
                    or _meeting_of_party(event, doc.events, expr.kind)
                earlier = [e.date for e in events if e.trigger < event.trigger and e.date]
                earlier += [t.resolve(today) for t in fixed if t.index < expr.index]
                new = not (own or told or earlier) and _names_new(expr, words, lang, doc.sentences[:index])
                if own:  # "on the sidelines of the summit later on Wednesday": the day told wins
                    event.date = own[0].resolve(today, forward=event.status == "planned")
                elif told or earlier:
                    event.date = told.date if told else earlier[-1]
                elif not new:
                    event.date = main or (last.date if last else None)
                source = told or (None if new else last)
                if expr.kind == "happening" and not described:  # a statement of its own day may come from anywhere
                    # an act of a happening told before ("Under the deal, Asmara committed to lift its measures in
                    # Ethiopia") is done where that happening was, whatever place its content names
                    event.place = (told.place if told is not None and not own else None) or event.place \
                        or (source.place if source else None)
                if expr.kind == "happening":
                    event.place = event.place or _place_of_reference(expr, words, mentions, lang)
            elif expr is not None and expr.kind == "start":  # "when the clashes began": the first day told of them
                event.date = min((e.date for e in doc.events if e.date and e.type in expr.kinds
                                  and (e.sentence, e.trigger) < (event.sentence, event.trigger)), default=None)
            elif expr is not None and expr.kind == "eve":
                event.date = _shifted(main, "day", -1) if main and len(main) == 10 else None
            elif expr is not None:
                base = then if expr.kind == "then" else reference
                if expr.kind in ("shift", "previous"):  # "two days later", "that same day" count from the date told before
                    base = _told_before(expr, fixed, today, story)
                    base = _day_for_same_day(expr, base, day_told, fixed)
                    base = _date_of_named_happening(expr, words, doc.events, event, lang) or base
                ahead = not borrowed or status_at.get(holder.get(id(expr))) == "planned"
                plan = status_at.get(event.trigger) == "planned"
                event.date = expr.resolve(today, forward=plan and ahead, reference=base)
                event.date = _after_period_told(expr, fixed, today) or event.date
                event.date = _night_of_day(expr, fixed, words, today, lang) or event.date
                if event.date and expr is not owner.get(event.trigger) and _within_span(words, clauses, event, lang):
                    event.date = event.date[:7]  # "a three-day visit during which they pledged": the month
                if phrases(lang, "time", "nights").match(words, expr.index):
                    nights.append(event)
            if event.place is None and event.date and expr is not None and expr.index < event.trigger \
                    and _opened_by(phrases(lang, "time", "occasion_inherit_openers"), words, clauses, event.trigger):
                # "met the chancellor at the forum late on Monday, when the bloc is due to present ...": a time told
                # before a "when" clause makes it the same occasion, so its place too
                start = clauses.index(clauses[event.trigger])
                event.place = next((e.place for e in reversed(events) if e.trigger < start and e.date == event.date
                                    and e.place is not None), None)
            if event.place is None and (expr is None or expr.kind != "happening"):
                event.place = _place_of_occasion(event, expr, times, clauses, words, events, doc)
            if event.place is None and expr is not None and expr.kind == "previous" and story_place is not None \
                    and not any(t.index < expr.index for t in fixed) \
                    and phrases(lang, "time", "then_words").match(words, expr.index):
                event.place = story_place  # "The negotiators agreed then": where the happening told was
            if event.place is None and expr is not None and expr.kind == "previous" \
                    and phrases(lang, "time", "meeting_day").match(words, expr.index):
                event.place = _place_of_meeting_that_day(event, doc.events)
            if event.place is None and expr is not None and expr.kind in ("previous", "shift") \
                    and _within_hours(expr, words, lang):
                event.place = _place_of_scene_before(event, doc.events)
            span = _counted_span(event, words, lang)
            if span and borrowed:
                event.date = _span_month(event.date or story, *span)
        for event in events if not times else ():
            strike = _strike_of_toll(event, doc.events, lang)
            if event.date is None and strike is not None and (event.place is None or event.place == strike.place):
                event.date, event.place = strike.date, strike.place
        for event in events:
            event.place = _town_of_visited_state(event, mentions) or event.place
        same_place = _same_place_named_back(words, clauses, index, doc, lang)
        for event in events if same_place is not None else ():
            if event.place is None and clauses[event.trigger] == clauses[same_place[0]]:
                event.place = same_place[1]
        for event in events:
            event.place = event.place or _place_of_same_occasion(event, events, words, mentions, lang)
            brokered = _happening_brokered(event, events, words, lang)
            if brokered is not None:
                event.place, event.date = event.place or brokered.place, event.date or brokered.date
            occasion = _occasion_named_back(event, events, words, lang)
            if occasion is not None:
                event.place, event.date = event.place or occasion.place, event.date or occasion.date
            if event.type == "ASSAULT" and _only_planned(event, words, lang):
                event.date = event.place = None
        scene = _scene(events, words, times, mentions, lang)
        for event in events if scene is not None else ():
            if event.place is None and not _opened_by(complement, words, clauses, event.trigger) \
                    and (event.type == "ASSAULT") == scene[1]:
                event.place = scene[0]
        for event in events if response and all(id(t) in accused for t in times) else ():
            if event.date is None and _dated_by_saying(event):
                event.date = response
        for event in events if not fixed else ():
            if event.date is None and event.status != "planned":
                event.date = _date_after_deed(event, words, mentions, doc.events, lang) \
                    or _date_of_happening_at(words, mentions, index, doc, lang)
        response = _time_of_response(words, times, events, fixed, today, story, lang)
        _dated_mention(index, words, events, doc.events, fixed, owner, clauses, today, lang, said, mentions)
        last = next((e for e in reversed(events) if e.date), last)
        # a day told in a sentence with no event dated ("Trudo pirmdien paziņoja, ka ...") is still the last day told
        day_told = next((e.date for e in reversed(events) if e.date and len(e.date) == 10), None) or next(
            (value for t in reversed(fixed) if (value := t.resolve(today)) and len(value) == 10), None) or day_told
        if index == 0:
            main = next((e.date for e in events if e.date), fixed[0].resolve(today) if fixed else None)
        flashback = phrases(lang, "time", "flashback")
        recalled = [e for e in events if any(flashback.match(words, k) for k in range(max(0, e.trigger - 2), e.trigger))]
        told = [e for e in events if _told(e, words, lang) and e not in recalled]
        if told and times:
            story = next((e.date for e in told if e.date), fixed[0].resolve(today) if fixed else story)
            story_place = next((e.place for e in told if e.date), None)
            # "toreiz" in the next sentence points at the happening told last
            then = next((e.date for e in reversed(told) if e.date), story)
        elif fixed and (not events or len(recalled) < len(events)):
            story = then = fixed[0].resolve(today)
            story_place = _scene_named(words, mentions, lang) if not events else None
    _night_mentions(nights, doc.events)
    _retold_dates(doc.events)
    doc.events = [e for e in doc.events if not e.retold]
    _crowd_named_back(doc)
    _statement_named_again(doc)
    _scene_of_crowd(doc)
    for event in doc.events:
        event.place = event.place or _place_of_parties_occasion(event, doc)
    _scene_told_next(doc)
    for event in doc.events:
        event.place = _seat_named_like_its_state(event, lang) or event.place
    return doc


DEED_REACH = 5
"""How many sentences back the deed a sentence opens with ("Pēc Kolumbijas piekāpšanās") may have been told."""


def _date_after_deed(event: Event, words: list[str], mentions: list[Mention], told: list[Event],
                     lang: str) -> str | None:
    """The date of the deed of a side that the event's sentence opens with ("After Colombia's climbdown, the White
    House said ...", "Pēc Kolumbijas piekāpšanās Līvita paziņoja ..."): that side's last dated act told in the
    sentences before (of the kind its noun names, if the lexicon knows it: "After Russia's invasion" is no later
    talks of Russia's), when the sentence gives no time of its own."""
    n = phrases(lang, "time", "deed_openers").match(words, 0)
    side = next((m for m in mentions if n and m.first == n), None)
    if side is None or side.last + 1 >= len(words) or event.trigger <= side.last:
        return None
    noun = words[side.last + 1]
    endings = tuple(load_language(lang).get("time", {}).get("deed_noun_endings") or ())
    possessive = _possessive(words[side.last]) or noun in ("'s", "’s")
    if not (noun.casefold().endswith(endings) if endings else possessive):
        return None
    key, state = side.entity.key, side.entity.country if side.entity.cls == "Country" else None
    kinds = noun_kinds(lang, words[side.last + 2] if noun in ("'s", "’s") and side.last + 2 < len(words) else noun)
    deeds = [o for o in told if event.sentence - DEED_REACH <= o.sentence < event.sentence and o.date
             and o.status == "occurred" and (not kinds or o.type in kinds)
             and any(a.entity.key == key or state and a.entity.country == state
                     for a in o.actors if a.role in ("actor", "participant"))]
    return max(deeds, key=lambda o: (o.sentence, o.trigger)).date if deeds else None


TIME_AFTER_PLACE = 3
"""Words that may stand between a place and the time told of what happened there ("in Niger last July")."""


def _date_of_happening_at(words: list[str], mentions: list[Mention], index: int, doc: Doc, lang: str) -> str | None:
    """The date of a happening at a place that the sentence opens with ("After the coup in Niamey, ...", "Pēc
    apvērsuma Nigērā ..."), told before as no event of its own: the time the sentences before gave right after a
    place of the same state ("military takeovers ... in Niger last July"), when the sentence gives no time."""
    n = phrases(lang, "time", "deed_openers").match(words, 0)
    place = next((m for m in mentions if n and n < m.first <= n + 3), None)
    if place is None or place.entity.cls not in ("City", "Region", "Country") or not place.entity.country \
            or not all(words[k].islower() for k in range(n, place.first)):
        return None
    state = place.entity.country
    for back in range(index - 1, max(-1, index - DEED_REACH - 1), -1):
        told = [t.text for t in doc.sentences[back].tokens]
        times = [t for t in find_times(told, lang) if t.kind not in ANAPHORIC]
        for m in (m for m in doc.mentions if m.sentence == back and m.entity.country == state):
            t = next((t for t in times if 0 < t.index - m.last <= TIME_AFTER_PLACE), None)
            if t is not None:
                return t.resolve(doc.article.date)
    return None


def _same_place_named_back(words: list[str], clauses: list[int], index: int, doc: Doc,
                           lang: str) -> tuple[int, Entity] | None:
    """Where the sentence points back at a place named before ("in the same town", "tajā pašā pilsētā"): that place,
    the last town (or region, as the phrase says) named as a place in the sentences before ("near X", "Harkivā"; not
    a capital named for its government), for the acts of its clause."""
    for cls in ("City", "Region"):
        refs = phrases(lang, "time", "same_place", cls)
        at = next((k for k in range(len(words)) if refs.match(words, k)), None)
        if at is not None:
            break
    else:
        return None
    kinds = set((load_language(lang).get("time", {}).get("same_place_kinds") or {}).get(
        words[at + refs.match(words, at) - 1].casefold()) or ())
    located = phrases(lang, "place_prepositions")
    first = None
    for back in range(index - 1, -1, -1):
        told = [t.text for t in doc.sentences[back].tokens]
        named = [m for m in doc.mentions if m.sentence == back and m.entity.cls == cls
                 and (any(located.match(told, k) and all(w.islower() for w in told[k:m.first])
                          for k in range(max(0, m.first - 3), m.first)) if located.count else "loc" in m.cases)]
        kind = [m for m in named if m.entity.label.split()[-1].casefold() in kinds]
        if kind:
            return at, kind[-1].entity
        first = first or (named[-1].entity if named else None)
        if first is not None and not kinds:
            break
    return (at, first) if first is not None else None


FIELD_ACTS = ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST")
"""Acts whose place may be a whole state (a strike on Russia, troops massed in Belarus)."""

def _scene_told_next(doc: Doc) -> None:
    """The town where the sentence after an act tells its parties doing it, with no act, saying or time of its own
    ("Finland and Sweden formally applied on Wednesday. The two states' envoys handed the letters over in Brussels to
    Stoltenberg, who called them historic"): one happening told twice, so the place of that act, and of what the
    sentence tells is done there with them."""
    lang = doc.article.lang
    for index in range(1, len(doc.sentences)):
        sent = doc.sentences[index]
        words = [t.text for t in sent.tokens]
        if find_times(words, lang):
            continue
        clauses = clause_ids(sent, lang)
        mentions = [m for m in doc.mentions if m.sentence == index]
        told = [e for e in doc.events if e.sentence == index]
        town = next((m for m in mentions if m.entity.cls == "City"
                     and ("loc" in m.cases and "nom" not in m.cases or m.preposition in ("in", "at"))), None)
        if town is None or any(clauses[e.trigger] == clauses[town.first] for e in told) \
                or any(clauses[c.index] == clauses[town.first] for c in find_cues(words, mentions, clauses, lang)):
            continue
        named = {m.entity.key for m in mentions if m is not town and clauses[m.first] == clauses[town.first]}
        act = next((e for e in reversed(doc.events) if e.sentence == index - 1 and e.status == "occurred"
                    and e.type not in FIELD_ACTS and e.place is None and e.date
                    and named & {a.entity.key for a in e.actors}), None)
        if act is None:
            continue
        act.place = town.entity
        parties = {a.entity.key for a in act.actors}
        for other in told:
            if other.place is None and other.type not in FIELD_ACTS and parties & {a.entity.key for a in other.actors}:
                other.place, other.date = town.entity, other.date or act.date


OCCASION_REACH = 1
"""How many sentences back a dated meeting or visit may have been told whose parties' acts of that day happen there."""


def _place_of_parties_occasion(event: Event, doc: Doc) -> Entity | None:
    """The place of the occasion at which the event's doers act: an act told in the same sentence as a placed act of
    theirs, on the same day or with no time of its own ("will host them at the White House, and he will voice
    support", "signed a declaration at the White House, at a ceremony hosted by ..."), or on the day of a meeting or
    visit of theirs told in the sentence before ("visited the base on Friday. On Friday he accused ..."), the leaders
    of the state visited being its hosts ("arrived in Hanoi on Monday. On Monday Vietnam's president praised ..."). A
    meeting named as what came before
    ("freed prisoners after talks in Minsk") places only what all its parties do together ("failed to agree after
    talks in Anchorage"). An event whose sides are all named as hosted ("at a ceremony hosted by ...") counts them all
    as its doers. A field act's place is where it struck or stood, no occasion, so it neither gives nor
    takes one; nor does an act of others (a reaction elsewhere)."""
    if event.type in FIELD_ACTS:
        return _scene_of_same_sides(event, doc.events)
    if event.type == "COOPERATE":
        joint = _joint_operation(event, doc.events)
        if joint is not None:
            return joint
    lang = doc.article.lang
    openers = phrases(lang, "time", "background_openers")
    doers = {a.entity.key for a in event.actors if a.role in ("actor", "participant")} \
        or {a.entity.key for a in event.actors}
    planned = event.status == "planned"
    for other in sorted(doc.events, key=lambda o: (abs(o.sentence - event.sentence), abs(o.trigger - event.trigger))):
        if other is event or other.place is None or other.type in FIELD_ACTS \
                or other.date != event.date and not (event.date is None and other.sentence == event.sentence) \
                or (other.status == "planned") != planned \
                or not event.sentence - OCCASION_REACH <= other.sentence <= event.sentence:
            continue
        theirs = {a.entity.key for a in other.actors if a.role in ("actor", "participant")}
        parties = {a.entity.key for a in other.actors}
        if other.sentence == event.sentence:
            words = [t.text for t in doc.sentences[other.sentence].tokens]
            before = any(openers.match(words, k) for k in range(max(0, other.trigger - OPENER_REACH), other.trigger))
            joint = len(doers) > 1 and doers == parties
            if doers & theirs and (doers <= parties or theirs <= {a.entity.key for a in event.actors}) \
                    and (joint or not before):
                return other.place
        elif other.type == "CONSULT" and event.date and len(event.date) == 10 and doers \
                and doers <= parties | _hosts(other, event):
            return other.place
    return None


def _hosts(visit: Event, event: Event) -> set[str]:
    """The event's doers who are people of the state a visit went to: its hosts."""
    if not visit.cameo.startswith("042"):
        return set()
    visited = {a.entity.country for a in visit.actors if a.role == "recipient" and a.entity.cls == "Country"}
    return {a.entity.key for a in event.actors if a.entity.cls == "Person" and a.entity.country in visited}


def _joint_operation(event: Event, events: list[Event]) -> Entity | None:
    """Where the attack is that the event's military cooperation backs, told in its sentence on its day by some of its
    parties ("struck targets in Yemen, with support from Australia and Canada"): the operation's place."""
    parties = {a.entity.key for a in event.actors}
    return next((o.place for o in events if o.sentence == event.sentence and o.type == "ASSAULT"
                 and o.place is not None and o.date == event.date and o.status == event.status
                 and {a.entity.key for a in o.actors if a.role == "actor"} & parties), None)


def _scene_of_same_sides(event: Event, events: list[Event]) -> Entity | None:
    """The scene of a field act done by the same sides to the same sides, in the same sentence and on the same day,
    as a placed one ("police used water cannon on the protesters in Tbilisi, and 66 people were detained"): one
    scene, one place."""
    sides = {(a.role, a.entity.key) for a in event.actors}
    return next((o.place for o in events if o is not event and o.sentence == event.sentence and o.place is not None
                 and o.type in FIELD_ACTS and o.date == event.date and o.status == event.status
                 and {(a.role, a.entity.key) for a in o.actors} == sides), None)


OPENER_REACH = 5
"""Words that may stand between "after" and the meeting it names ("after nearly three hours of talks")."""


def _seat_named_like_its_state(event: Event, lang: str) -> Entity | None:
    """The seat of a state that bears its name (Luxembourg City, "Luksemburgā"; Kuwait City) for a meeting or decision of
    others held "in Luxembourg": a gathering sits in a city. A state's own act there, a visit to it or a deed in the
    field keeps the state."""
    place = event.place
    if place is None or place.cls != "Country" or event.type in FIELD_ACTS or event.cameo.startswith(("042", "043")) \
            or any(a.entity.key == place.key or a.entity.country == place.country for a in event.actors):
        return None
    seat = load_gazetteer().capital(place)
    named = seat is not None and (seat.label.startswith(place.label + " ")
                                  or seat.labels.get(lang) is not None and seat.labels.get(lang) == place.labels.get(lang))
    return seat if named else None


PLAN_REACH = 3
"""Words that may stand between an attack and the word of planning it ("uzbrukuma gatavošanā", "plans no attacks")."""


def _only_planned(event: Event, words: list[str], lang: str) -> bool:
    """Whether the attack is only planned or prepared ("apsūdzēja Kijivu uzbrukuma gatavošanā Baltkrievijai",
    "nekādus uzbrukumus Baltkrievijai neplāno", "accused Kyiv of preparing an attack on Minsk"): it happened nowhere and
    at no time, so its target is no place. Where the verb precedes its object the word of planning comes first ("the
    strikes it had planned" did happen)."""
    plans = phrases(lang, "time", "plan_words")
    k = event.trigger
    svo = load_language(lang).get("word_order") == "svo"
    near = range(max(0, k - PLAN_REACH), k if svo else min(len(words), k + PLAN_REACH + 1))
    return any(plans.match(words, j) for j in near if j != k)


def _scene(events: list[Event], words: list[str], times: list[TimeExpr], mentions: list[Mention],
           lang: str) -> tuple[Entity, bool] | None:
    """The place a sentence opens with, before its subject, that one of its acts is placed at ("Ceturtdien Seulā
    studenti mēģināja ielauzties ..., un policija viņus aizturēja", "In Seoul on Thursday, ..."): the scene of every
    act of the sentence, whatever its subject, save what a saying reports; with whether that act is an attack (an
    attack's place is its target, so a scene goes from attacks to attacks and from other acts to other acts)."""
    timed = {k for t in times for k in range(t.index, t.index + t.size)}
    prepositions = phrases(lang, "locative_prepositions")
    first = min(mentions, key=lambda m: m.first, default=None)
    if first is None or first.first == 0 or any(e.trigger < first.first for e in events) \
            or not all(k in timed or prepositions.match(words, k) for k in range(first.first)):
        return None
    if not (prepositions.match(words, first.first - 1) if prepositions.count else
            "loc" in first.cases and "nom" not in first.cases):
        return None  # "Ceturtdien Krievija uzbruka": the subject, not a scene
    placed = [e for e in events if e.place is not None and e.place.key == first.entity.key]
    if not placed or len({e.place.key for e in events if e.place is not None}) != 1:
        return None
    return placed[0].place, placed[0].type == "ASSAULT"


def _place_of_same_occasion(event: Event, events: list[Event], words: list[str], mentions: list[Mention],
                            lang: str) -> Entity | None:
    """The place of the act just before a clause that goes on with the same doer and names no subject (", and warned
    that ...", ", taču atteicās ...", ", apsūdzot tos ...") or with the one just named ("met the envoy in Porto, who
    praised ..."): the same occasion, so the same place. An attack's place is its target and goes on only to another
    attack."""
    k = event.trigger
    comma = next((j for j in range(k - 1, 0, -1) if words[j] in (",", ";")), None)
    if event.noun or comma is None:
        return None
    start = comma + 1
    relative = phrases(lang, "time", "occasion_relatives").match(words, start)
    if any(comma < m.first < k and not (relative and m.first == start) for m in mentions):
        return None  # a subject of its own (the relative pronoun stands for the one just named)
    suffixes = tuple(load_language(lang).get("progressive_suffixes") or ())
    n = phrases(lang, "time", "same_doer_openers").match(words, start) or relative
    if not (n and start + n == k or start == k and words[k].islower() and suffixes and words[k].endswith(suffixes)):
        return None
    before = [e for e in events if e.trigger < comma]
    prior = max(before, key=lambda e: e.trigger, default=None)
    if prior is None or prior.place is None or (prior.status == "planned") != (event.status == "planned") \
            or prior.type == "ASSAULT" and event.type != "ASSAULT":
        return None
    return prior.place


MEDIATION = "045"
"""The CAMEO code of mediation."""


def _happening_brokered(event: Event, events: list[Event], words: list[str], lang: str) -> Event | None:
    """The happening a mediation told right after its noun brokered ("signed a peace agreement in Washington ..., in a
    deal brokered by the US"): an act of its kind told before in the sentence, whose place and date the mediation
    shares."""
    if not event.cameo.startswith(MEDIATION) or event.noun or event.trigger < 1:
        return None
    antecedent = _antecedent_of_passive_relative(event, events, words, lang)
    if antecedent is not None:
        return antecedent
    kinds = noun_kinds(lang, words[event.trigger - 1])
    return next((e for e in sorted(events, key=lambda e: -e.trigger) if e is not event and e.type in kinds
                 and e.trigger < event.trigger and e.place is not None), None) if kinds else None


def _antecedent_of_passive_relative(event: Event, events: list[Event], words: list[str], lang: str) -> Event | None:
    """The happening a passive relative clause tells more of ("talks between the two ministers in Doha, which were
    mediated by Qatar"): the happening noun right before its relative pronoun, with no other act between."""
    k = event.trigger - 1
    if k < 1 or not phrases(lang, "passive_auxiliaries").match(words, k):
        return None
    relative = next((j for j in (k - 1, k - 2) if j >= 0 and phrases(lang, "pronouns", "relative").match(words, j) == k - j), None)
    if relative is None:
        return None
    before = [e for e in events if e is not event and e.trigger < relative]
    head = max(before, key=lambda e: e.trigger, default=None)
    return head if head is not None and head.place is not None and (
        head.noun or head.type in noun_kinds(lang, head.trigger_text.split()[-1])) else None


def _occasion_named_back(event: Event, events: list[Event], words: list[str], lang: str) -> Event | None:
    """The happening told earlier in the sentence that the event's clause opens by pointing back at ("... ārkārtas
    sēdi, kas notika Ņujorkā; tajā Izraēlas vēstnieks aicināja ...", "held talks in Doha, during which the envoy
    urged ..."): the act is done at it. A field act's place is its target, no occasion, so it neither gives nor
    takes one."""
    if event.type in FIELD_ACTS:
        return None
    k = event.trigger
    anaphors = phrases(lang, "time", "occasion_anaphors")
    head = next((e for e in events if e.trigger < k and e.noun and e.place is not None and e.type not in FIELD_ACTS
                 and anaphors.match(words, e.trigger + len(e.trigger_text.split()))), None)
    if head is not None:  # "a state visit during which they pledged"
        return head
    stop = next((j for j in range(k - 1, 0, -1) if words[j] in (",", ";")), None)
    if stop is None or not anaphors.match(words, stop + 1):
        return None
    return max((e for e in events if e.trigger < stop and e.place is not None and e.type not in FIELD_ACTS
                and (e.status == "planned") == (event.status == "planned")), key=lambda e: e.trigger, default=None)


REFERENCE_REACH = 3
"""Words that may stand between a reference to a happening and the town its modifier names ("Viļņā pieņemtajā samita
deklarācijā", "in the declaration adopted in Vilnius")."""


def _place_of_reference(expr: TimeExpr, words: list[str], mentions: list[Mention], lang: str) -> Entity | None:
    """The town that a participle modifying a reference to a happening names ("NATO līderi Viļņā pieņemtajā samita
    deklarācijā apliecināja", "in the declaration adopted in Vilnius, the leaders said"): where the act referred to was
    done, though nothing told it before."""
    endings = tuple(load_language(lang).get("time", {}).get("participle_endings") or ())
    end = expr.index + expr.size
    for m in mentions:
        if m.entity.cls not in ("City", "Region"):
            continue
        before = range(m.last + 1, expr.index)
        after = range(end, m.first)
        if m.last < expr.index <= m.last + REFERENCE_REACH and all(words[k].islower() for k in before):
            return m.entity
        if end <= m.first <= end + REFERENCE_REACH and m.first > end and all(words[k].islower() for k in after) \
                and endings and words[end].endswith(endings):
            return m.entity
    return None


def _town_of_visited_state(event: Event, mentions: list[Mention]) -> Entity | None:
    """The one town of the visited state that a visit's sentence names ("left Moscow at the end of a state visit",
    "a visit to Ukraine, arriving in Kyiv by train"): where the visit was."""
    if event.type != "CONSULT" or not event.cameo.startswith("042") or event.status != "occurred" \
            or event.place is not None and event.place.cls != "Country":
        return None
    visitors = {a.entity.country for a in event.actors if a.entity.cls == "Person" and a.role == "actor"}
    visited = {a.entity.country for a in event.actors if a.entity.cls == "Country"} - visitors
    towns = {m.entity.key: m.entity for m in mentions if m.entity.cls == "City" and m.entity.country in visited}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _opens_own_sentence(t: TimeExpr, event: Event, cues: list[int]) -> bool:
    """Whether the time opens the sentence and no saying stands between it and the event ("Only hours before that
    attack, X had met Y"): it dates the event even in the past perfect, which is then no saying's flashback."""
    return t.index <= 1 and not any(t.index < c < event.trigger for c in cues)


def _date_of_named_happening(expr: TimeExpr, words: list[str], events: list[Event], event: Event,
                             lang: str) -> str | None:
    """The date of the happening an anaphor ending in "before" or "after" names ("hours before that attack", "dažas
    stundas pirms šī uzbrukuma"): the latest dated act told before whose trigger names it, or of the kind its noun
    names."""
    k = expr.index + (phrases(lang, "time", "same_as_previous").match(words, expr.index) or 0)
    if not 0 < k < len(words) or not phrases(lang, "time", "shift_objects").match(words, k - 1):
        return None
    phrase = words[k:k + 2]
    told = _told_happening(phrase, events, event, lang, by_kind=False)
    if told is not None:
        return told.date
    kinds = set().union(*(noun_kinds(lang, w) for w in phrase if w.isalpha()))
    return next((e.date for e in sorted(events, key=lambda e: (e.sentence, e.trigger), reverse=True)
                 if (e.sentence, e.trigger) < (event.sentence, event.trigger) and e.type in kinds and e.date), None)


def _time_of_response(words: list[str], times: list[TimeExpr], events: list[Event], fixed: list[TimeExpr],
                      today: dt.date, story: str | None, lang: str) -> str | None:
    """The date of a sentence that only tells that a side answered, at a time, with no act of its own ("Moscow hit
    back within hours."): the acts the next sentence tells with no time are that answer."""
    verbs = phrases(lang, "time", "response_verbs")
    if events or not times or not any(verbs.match(words, k) for k in range(len(words))):
        return None
    t = times[0]
    if t.kind == "previous":
        return t.resolve(today, reference=_told_before(t, fixed, today, story))
    return t.resolve(today) if t.kind in VALUED and t.kind not in ANAPHORIC else None


@functools.cache
def _toll_words(lang: str) -> frozenset[str]:
    """Triggers that tell deaths or wounds with the victims as subject ("were killed", "gāja bojā")."""
    return frozenset(w.casefold() for entry in load_language(lang).get("triggers") or [] if entry.get("victim_subject")
                     for w in entry["words"])


def _strike_of_toll(event: Event, events: list[Event], lang: str) -> Event | None:
    """The dated strike told in the sentence just before deaths or wounds told with no time of their own ("Israeli
    jets struck Tehran on Friday. Two generals had been killed."): the toll is part of that strike, unless it is
    told at another place."""
    tolls = _toll_words(lang)
    if event.type != "ASSAULT" or event.trigger_text.casefold() not in tolls:
        return None
    return next((e for e in reversed(events) if e.sentence == event.sentence - 1 and e.type == "ASSAULT" and e.date
                 and e.status != "planned" and e.trigger_text.casefold() not in tolls), None)


def _retold_dates(events: list[Event]) -> None:
    """An act told again ("Islamabad denied any involvement" after the attack of 22 April) happened when it was
    first told, unless its own text gives a time."""
    first = {(e.sentence, e.trigger): e for e in events}
    for event in events:
        told = first.get(event.retells) if event.retells else None
        if event.date is None and told is not None:
            event.date = told.date


def _time_of_reference(expr: TimeExpr, fixed: list[TimeExpr], words: list[str], clauses: list[int],
                       lang: str) -> list[TimeExpr]:
    """The time a clause right after a reference to a happening tells of it ("kopīgajā paziņojumā, kas publicēts
    piektdien, ...", "in a joint statement issued on Friday, ..."): the happening's own day."""
    end = expr.index + expr.size
    start = end + (end < len(words) and words[end] == ",")
    if start >= len(words):
        return []
    endings = tuple(load_language(lang).get("time", {}).get("participle_endings") or ())
    relative = phrases(lang, "pronouns", "relative").match(words, start) and clauses[start] != clauses[expr.index]
    reduced = endings and words[start].islower() and words[start].endswith(endings)
    if not relative and not reduced:
        return []
    return [t for t in fixed if start < t.index <= start + 4 and (clauses[t.index] == clauses[start] or reduced)][:1]


def _place_of_occasion(event: Event, expr: TimeExpr | None, times: list[TimeExpr], clauses: list[int],
                       words: list[str], events: list[Event], doc: Doc) -> Entity | None:
    """The place of a happening already told that a reference in the event's clause, or opening its sentence, names
    as the occasion ("naktī uz piektdienu tajā pašā samitā uzlika veto", "Late on Friday, at the same summit, X
    vetoed"), when another time dates the event: the happening the reference names by its noun, else the last
    placed one told before it in the sentence."""
    lang = doc.article.lang
    refs = [t for t in times if t.kind == "happening" and t is not expr and t.index < event.trigger
            and (clauses[t.index] == clauses[event.trigger] or t.index <= 1)]
    if not refs:
        return None
    ref = refs[-1]
    told = _told_happening(words[ref.index:ref.index + ref.size], doc.events, event, lang, by_kind=False)
    if told is not None:
        return told.place
    before = [e for e in events if e.trigger < ref.index and e.place is not None]
    return before[-1].place if before else _place_of_reference(
        ref, words, [m for m in doc.mentions if m.sentence == event.sentence], lang)


def _meeting_of_party(event: Event, told: list[Event], kind: str) -> Event | None:
    """The meeting or talks told in the sentence just before, of which the event's doer was a party: "in the talks"
    ("Modi sarunā pauda bažas" after "tikās ar Modi") refers to it even when it was told by a verb."""
    if kind != "happening":
        return None
    doers = {a.entity.key for a in event.actors if a.role in ("actor", "participant")}
    return next((o for o in sorted(told, key=lambda e: (e.sentence, e.trigger), reverse=True)
                 if o.sentence == event.sentence - 1 and o.type == "CONSULT" and o.status == "occurred" and o.date
                 and doers & {a.entity.key for a in o.actors}), None)


def _place_of_meeting_that_day(event: Event, told: list[Event]) -> Entity | None:
    """An act told "the same day" by a party of the meeting, visit or summit last told on that day ("Tajā pašā dienā
    abas valdības parakstīja", "The same day, the two leaders signed") is done where they met; an act of others that
    day ("Britain announced similar measures the same day") is not placed so."""
    states = {a.entity.country for a in event.actors if a.entity.country}
    meeting = next((o for o in sorted(told, key=lambda e: (e.sentence, e.trigger), reverse=True)
                    if (o.sentence, o.trigger) < (event.sentence, event.trigger) and o.type == "CONSULT"
                    and o.status == "occurred" and o.date and o.date == event.date), None)
    if meeting is None or meeting.place is None or not states & {a.entity.country for a in meeting.actors}:
        return None
    return meeting.place


def _scene_named(words: list[str], mentions: list[Mention], lang: str) -> Entity | None:
    """The one town or region a sentence with no act names as where something was ("The second session, also in
    Geneva, took place on 3 March"), or None."""
    at = phrases(lang, "locative_prepositions")
    towns = {m.entity.key: m.entity for m in mentions if m.entity.cls in ("City", "Region")
             and (at.match(words, m.first - 1) if at.count and m.first > 0 else "loc" in m.cases)}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _within_hours(expr: TimeExpr, words: list[str], lang: str) -> bool:
    """Whether the anaphoric time says the act came hours or minutes after the one told before ("About three hours
    later", "Pēc dažām stundām"): the same scene, so the same place."""
    scene = phrases(lang, "time", "same_scene")
    return any(scene.match(words, k) for k in range(expr.index, min(len(words), expr.index + expr.size + 3)))


def _place_of_scene_before(event: Event, told: list[Event]) -> Entity | None:
    """The place of the last act told before on the event's day by one of its parties (hours later that party or
    its counterpart acts on the same scene: "the council voted ... Two hours later the governor revoked the order")."""
    sides = {a.entity.key for a in event.actors}
    before = next((o for o in sorted(told, key=lambda e: (e.sentence, e.trigger), reverse=True)
                   if (o.sentence, o.trigger) < (event.sentence, event.trigger) and o.date), None)
    if before is None or before.place is None or before.date != event.date \
            or not sides & {a.entity.key for a in before.actors}:
        return None
    return before.place


CROWD_REACH = 2
"""How many sentences back the happening of a crowd named again ("The protesters ... are demanding") may be told."""


def _crowd_named_back(doc: Doc) -> None:
    """A sentence that opens by naming again a crowd of the happening told just before ("The protesters, led by X, are
    demanding ...") tells more of that happening: an undated act of the crowd takes its date and place."""
    determiners = phrases(doc.article.lang, "time", "mention_determiners")
    for event in doc.events:
        if event.date is not None or event.status != "occurred":
            continue
        words = [t.text for t in doc.sentences[event.sentence].tokens]
        head = determiners.match(words, 0)
        if determiners.count and not head or head >= len(words) \
                or not phrases(doc.article.lang, "kind_nouns", "protesters").match(words, head):
            continue
        crowd = next((a.entity for a in event.actors if a.role == "actor" and a.entity.cls == "Group"), None)
        if crowd is None:
            continue
        before = next((o for o in sorted(doc.events, key=lambda e: (e.sentence, e.trigger), reverse=True)
                       if event.sentence - CROWD_REACH <= o.sentence < event.sentence and o.date
                       and any(a.entity.key == crowd.key for a in o.actors)), None)
        if before is not None:
            event.date, event.place = before.date, event.place or before.place


def _statement_named_again(doc: Doc) -> None:
    """A sentence opened by "In a joint statement" with no time of its own, whose acts are done by the very sides whose
    act the sentence before reported as said on a day ("X and Y said on Sunday that ... In a joint statement read out
    ..., they accused"), tells more of that statement: its day."""
    openers = phrases(doc.article.lang, "time", "statement_openers")
    if not openers:
        return
    for event in doc.events:
        words = [t.text for t in doc.sentences[event.sentence].tokens]
        if event.date is not None or event.sentence == 0 or not openers.match(words, 0) \
                or any(t.kind not in ANAPHORIC for t in find_times(words, doc.article.lang)):
            continue
        doers = {a.entity.key for a in event.actors if a.role in ("actor", "participant")}
        said = next((o for o in doc.events if o.sentence == event.sentence - 1 and o.date and o.status == "occurred"
                     and doers == {a.entity.key for a in o.actors if a.role in ("actor", "participant")}), None)
        if said is not None and doers:
            event.date = said.date


def _scene_of_crowd(doc: Doc) -> None:
    """A crowd's protest told with no place is where force or arrests were used against that crowd on the same day
    ("Demonstrācijas sākās ceturtdien ... Ceturtdienas vakarā policija pret protestētājiem pie valdības ēkas"):
    one happening told twice, whose place either mention gives."""
    for event in doc.events:
        if event.type != "PROTEST" or event.place is not None or not event.date:
            continue
        crowds = {a.entity.key for a in event.actors if a.role == "actor" and a.entity.cls == "Group"}
        event.place = next((o.place for o in doc.events if o is not event and o.date == event.date and o.place
                            and o.type in ("ASSAULT", "COERCE") and any(a.role == "recipient" and a.entity.key in crowds
                                                                        for a in o.actors)), None)


def _counted_span(event: Event, words: list[str], lang: str) -> tuple[str, int] | None:
    """The unit and count of a span of days or more that the event noun is counted in ("five days of fighting",
    "četras dienas ilgušās kaujas"), or None."""
    numbers = number_words(lang)
    spec = load_language(lang).get("time", {})
    of = phrases(lang, "time", "span_of")
    for k in range(max(0, event.trigger - 6), event.trigger - 2):
        word = words[k].casefold()
        count = int(word) if word.isdigit() and len(word) <= 3 else numbers.get(word)
        unit = next((u for u in spec.get("units") or {} if u != "hour"
                     and phrases(lang, "time", "units", u).match(words, k + 1) == 1), None)
        if count and unit and (n := of.match(words, k + 2)) \
                and all(w[:1].isalpha() and w[:1].islower() for w in words[k + 2 + n:event.trigger]):
            return unit, count
    return None


def _span_month(end: str | None, unit: str, count: int) -> str | None:
    """The month a span of ``count`` units up to ``end`` lies in, else its year, else None: no one day of "five days
    of fighting" is the fighting's, even where a clause of its sentence names one ("agreed on Monday to end five days
    of fighting")."""
    if end is None:
        return None
    if len(end) < 10:
        return end
    last = dt.date.fromisoformat(end)
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * count
    first = last - dt.timedelta(days=max(days - 1, 0))
    if first.year != last.year:
        return None
    return end[:7] if first.month == last.month else end[:4]


def _dated_mention(index: int, words: list[str], events: list[Event], told: list[Event], fixed: list[TimeExpr],
                   owner: dict[int, TimeExpr], clauses: list[int], today: dt.date, lang: str,
                   said: set[int] = frozenset(), mentions: list[Mention] = ()) -> None:
    """A sentence that opens with a happening already told and tells its time ("The fighting erupted last Thursday",
    "Kaujas sākās pagājušajā ceturtdienā"; "The deal was reached in Oslo on Friday" after "agreed to a truce") is a
    later mention of it: its time, where more specific, is that happening's, and so is a time of its own where that
    happening had only the time of the saying that reported it; so is the town it names before any act of its own
    (the head noun names the happening by its stem or, for a noun of the trigger lexicon, by its kind)."""
    determiners = phrases(lang, "time", "mention_determiners")
    head = determiners.match(words, 0)
    if determiners.count and not head or head >= len(words) or len(words[head]) < 4 \
            or not words[head][:1].isalpha():
        return
    stem = _plain(words[head])[:STEM]
    kinds = noun_kinds(lang, words[head]) if head + 1 < len(words) and (words[head + 1].islower() or words[head + 1] == ",") \
        else frozenset()

    def named(event: Event) -> bool:
        return len(words[head]) >= STEM and stem in {_plain(w)[:STEM] for w in event.trigger_text.split()}
    first = min((e.trigger for e in events), default=len(words))
    reasons = phrases(lang, "reason_noun_prepositions")
    # a time in the reason told of the happening ("demanding his resignation over the decision in April") is the
    # reason's
    free = [t for t in fixed if clauses[t.index] == clauses[head]
            and (t not in owner.values() or kinds and t.index < first)
            and not any(reasons.match(words, k) for k in range(head, t.index))]
    if not free or any(named(e) or e.type in kinds and e.trigger <= free[0].index for e in events):
        return
    before = [e for e in sorted(told, key=lambda e: (e.sentence, e.trigger), reverse=True) if e.sentence < index]
    earlier = next((e for e in before if named(e)), None) or next((e for e in before if e.type in kinds), None)
    value = free[0].resolve(today)
    if earlier and value and (earlier.date is None or id(earlier) in said and kinds
                              or value.startswith(earlier.date) and len(value) > len(earlier.date)):
        earlier.date = value
        # "erupted last Thursday near the disputed X temple": a town or a named site near which it began
        at = phrases(lang, "place_prepositions")
        town = next((m.entity for m in mentions if m.last < first and m.entity.cls in ("City", "Region")
                     and clauses[m.first] == clauses[head]
                     and (any(at.match(words, k) for k in range(max(0, m.first - 3), m.first)
                              if all(w.islower() for w in words[k + 1:m.first]))
                          if at.count else "loc" in m.cases)), None)
        if kinds and earlier.place is None and town is not None:
            earlier.place = town


def _dates_accused_act(t: TimeExpr, anchor: int, words: list[str], lang: str) -> bool:
    """Whether the time follows the noun of a complement that names the act blamed ("blamed Pakistan for an attack on
    22 April in which ...", "accused Kyiv of a strike on Monday that ...", "in retaliation for the bloc's ban last
    month on ..."): it dates that act, not the blame. A time that ends the sentence belongs to the main verb ("accused
    Kyiv of a strike on Monday.")."""
    openers = phrases(lang, "time", "accused_act_openers")
    determiners = phrases(lang, "time", "contact_determiners")
    owners = phrases(lang, "pronouns", "possessive")  # "over his government's decision in April to ..."
    if not openers.count or t.kind not in ("date", "weekday", "relative") or t.index <= anchor:
        return False
    start = t.index - 1 if t.kind == "weekday" or words[t.index][:1].isdigit() else t.index
    for k in range(max(anchor + 1, start - 7), start - 2):
        n = openers.match(words, k)
        if n and k + n + 1 < start <= k + n + 4 and (determiners.match(words, k + n) or owners.match(words, k + n)) \
                and all(w.isalpha() and w.islower() or _possessive(w) for w in words[k + n + 1:start]):
            end = t.index + t.size
            while end < len(words) and (words[end].isdigit() or _month_at(words, end, lang)):
                end += 1
            return end < len(words) - 1
    return False


def _possessive(word: str) -> bool:
    """Whether the word is a name or noun in the possessive ("bloc's", "EU’s")."""
    return word[-2:] in ("'s", "’s") and word[:-2].isalpha()


def _plain(word: str) -> str:
    """The word without case or diacritics, so that inflected stems compare ("kaujas", "kaujās")."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


NOUN_STEM = 8
"""Letters two words must share, without diacritics, to be the same noun ("paziņojumu", "paziņojumā"; not the verb
"paziņoja")."""


def _names_new(expr: TimeExpr, words: list[str], lang: str, told: list) -> bool:
    """Whether the reference may just as well name a new happening ("paziņojumā" is also "in a statement") and no
    sentence told before it names one so: it gives no date or place."""
    if phrases(lang, "time", "happening_told_only").match(words, expr.index) != expr.size:
        return False
    # a short noun ("sarunā") keeps all but its ending
    stems = {_plain(w)[:min(NOUN_STEM, len(w) - 1)] for w in words[expr.index:expr.index + expr.size] if len(w) >= 6}
    return not any(_plain(t.text).startswith(stem) for stem in stems for sentence in told for t in sentence.tokens)


def _night_of_day(expr: TimeExpr, fixed: list[TimeExpr], words: list[str], today: dt.date, lang: str) -> str | None:
    """The day a night just past ends on when its sentence names that day ("launched drones overnight, the air force
    said on Sunday"; the night is Sunday's, not the article's), else None."""
    if expr.kind != "relative" or not phrases(lang, "time", "told_nights").match(words, expr.index):
        return None
    days = [value for t in fixed if t is not expr and t.kind in ("weekday", "date")
            and (value := t.resolve(today)) and len(value) == 10]
    return days[0] if days else None


def _told_before(expr: TimeExpr, fixed: list[TimeExpr], today: dt.date, story: str | None) -> str | None:
    """The date an anaphoric time counts from: the last day told before it in its sentence ("On Wednesday ... after
    a blast earlier that day", "ceturtdien sāka ..., un Ķīna tajā pašā dienā aizliedza"; a year told between, as in
    "the plant damaged in 2011", names no day to count from), else the last time told before it, else the story's."""
    told = [value for t in fixed if t.index < expr.index and (value := t.resolve(today))]
    days = [value for value in told if len(value) == 10]
    return (days or told or [story])[-1]


def _day_for_same_day(expr: TimeExpr, base: str | None, day_told: str | None,
                      fixed: list[TimeExpr]) -> str | None:
    """"Tajā pašā dienā", "the same day" can only point at a day: when its sentence tells no time before it and the
    time told before is coarser (a sentence of background figures "pērn"), the last day an event was dated on is the
    one meant."""
    if expr.kind == "previous" and not expr.unit and day_told and (base is None or len(base) < 10) \
            and not any(t.index < expr.index for t in fixed):
        return day_told
    return base


def _after_period_told(expr: TimeExpr, fixed: list[TimeExpr], today: dt.date) -> str | None:
    """"Nākamajā mēnesī", "the following year" after a past period told before it in the sentence ("2022. gada
    martā Polija izraidīja ..., un Krievija nākamajā mēnesī atbildēja") counts from that period, not from today."""
    if expr.kind != "relative" or expr.offset <= 0 or expr.unit not in ("week", "month", "year"):
        return None
    now = f"{today.year:04d}" if expr.unit == "year" else f"{today.year:04d}-{today.month:02d}"
    told = [value for t in fixed if t.index < expr.index and (value := t.resolve(today))
            and value[:len(now)] < now and len(value) >= len(now)]
    return _shifted(told[-1], expr.unit, expr.offset) if told else None


def _told_ahead(event: Event, words: list[str], lang: str) -> bool:
    """Whether the event is a plan, or a verb in the future tense by its ending ("uzņems", "iesniegs"): the time it
    owns is on a plan's time line."""
    word = words[event.trigger]
    return event.status == "planned" or not event.noun and word.islower() and future_form(word, lang) \
        or event.status == "denied" and _called_off_plan(event, words, lang)


def _called_off_plan(event: Event, words: list[str], lang: str) -> bool:
    """Whether a happening called off is named as a plan ("talks planned for Sunday will not go ahead", "the visit
    scheduled for Monday was cancelled", "plānotā vizīte tika atcelta"): its day is the coming one."""
    plan = phrases(lang, "sources", "modality", "planned")
    return event.noun and any(plan.match(words, k) for k in range(max(0, event.trigger - 2), min(len(words), event.trigger + 8)))


def _within_span(words: list[str], clauses: list[int], event: Event, lang: str) -> bool:
    """Whether "during which" stands before the event in its clause, right after a happening that lasts days ("a
    three-day state visit during which they pledged"): no one day of it is the event's."""
    openers = phrases(lang, "time", "span_inherit")
    days = phrases(lang, "time", "multi_day")
    return any(openers.match(words, k) and any(days.match(words, j) for j in range(max(0, k - 6), k))
               for k in range(max(0, event.trigger - 10), event.trigger) if clauses[k] == clauses[event.trigger])


def _night_mentions(nights: list[Event], events: list[Event]) -> None:
    """An event dated by a night ("overnight", the day the night ends) takes the day before when a later mention
    of the same happening (same type and parties) is dated that day ("late on Friday evening")."""
    for event in nights:
        parties = {a.entity.key for a in event.actors}
        for other in events:
            if other.sentence > event.sentence and other.type == event.type and other.date and event.date \
                    and {a.entity.key for a in other.actors} == parties \
                    and _shifted(event.date, "day", -1) == other.date:
                event.date = other.date
                break


ANAPHORIC = ("previous", "shift", "happening", "after", "eve", "vague", "then", "start")
"""Kinds of time expression whose value comes from a date told before, not from the article date."""

VALUED = ("weekday", "date", "year", "relative", "span", "previous", "shift", "then")
"""Kinds of time whose value is known when times are shared out, so that two different ones go to two events."""

REACH = 20
"""A time more words than this after an event is not that event's ("Protests by farmers ..., led by ..., over a glut
of cheap grain prompted Warsaw to ban imports in April")."""

LOOK_BACK = 3
"""Where times follow their events, an anchor after the time must be this many words nearer to win it."""


def _owners(times: list[TimeExpr], anchors: dict[int, int], words: list[str], clauses: list[int],
            lang: str, value=lambda t: None) -> dict[int, TimeExpr]:
    """Each time expression goes to the nearest anchor (first word to last) of its clause, one not cut off by
    a comma first nor by a vague time of its own ("in 2017 and later sentenced"); a tie goes to the side the
    language puts times on ("met him on Monday", "otrdien tikās")."""
    after = bool(load_language(lang).get("time", {}).get("time_follows_event"))
    owner: dict[int, TimeExpr] = {}
    for t in sorted(times, key=lambda t: t.kind == "vague"):  # a vague time takes what no dated one does
        if _framed_months(t, times, words, clauses):
            continue  # the months it frames date the events
        if not after and t.index + t.size not in anchors and _infinitive_at(words, t.index + t.size, lang):
            continue  # "uzaicināja Putinu šogad apmeklēt Ķīnu": the time is the visit's
        walls = phrases(lang, "time", "owner_walls")
        same = [a for a in anchors if clauses[a] == clauses[t.index] and t.index - anchors[a] <= REACH
                and not any(walls.match(words, k) for k in range(min(anchors[a], t.index) + 1, max(a, t.index)))
                and not (after and a < t.index and phrases(lang, "time", "ahead").match(words, t.index)
                         and _infinitive_between(words, anchors[a] + 1, t.index, lang))
                and not any(o.kind == "vague" and min(a, t.index) < o.index < max(a, t.index) for o in times)]
        if not same:
            continue
        unbroken = [a for a in same if not {",", ";", "“", "”"} & set(words[min(a, t.index):max(a, t.index)])]

        def distance(a: int) -> tuple[int, bool]:
            gap = a - t.index if a > t.index else max(0, t.index - anchors[a])
            if after and a > t.index:
                gap += LOOK_BACK
            return gap, (a > t.index) if after else (a < t.index)
        ranked = sorted(unbroken or same, key=distance)
        best = ranked[0]
        if best in owner and len(ranked) > 1 and None not in (value(owner[best]), value(t)) \
                and value(owner[best]) != value(t):
            best = ranked[1]  # one event has one date: "Tajā pašā mēnesī apturēja 1994. gadā noslēgtā līguma"
        owner.setdefault(best, t)
    return owner


def _framed_months(t: TimeExpr, times: list[TimeExpr], words: list[str], clauses: list[int]) -> list[TimeExpr]:
    """Months told after a year relative to now in its clause with no comma between ("Last year Iran seized the
    ship in April and the other in May"): the year only frames them. A comma ends the frame ("Last year, crowds
    rallied, and in June the cleric was arrested": that June may be this year's)."""
    if t.kind != "relative" or t.unit != "year":
        return []
    return [o for o in times if o.index > t.index and o.kind == "date" and o.month is not None
            and clauses[o.index] == clauses[t.index] and "," not in words[t.index + t.size + 1:o.index]]


def _year_the_framed(times: list[TimeExpr], words: list[str], clauses: list[int], today: dt.date) -> None:
    """Framed months of no year (``_framed_months``) take the frame's year."""
    for t in times:
        framed = [o for o in _framed_months(t, times, words, clauses) if o.year is None]
        year = t.resolve(today) if framed else None
        if year and year[:4].isdigit():
            for o in framed:
                o.year = int(year[:4])


def _infinitive_at(words: list[str], i: int, lang: str) -> bool:
    """Whether ``words[i]`` is an infinitive by its ending ("apmeklēt", "palielināt")."""
    return i < len(words) and infinitive_form(words[i], lang)


def _infinitive_between(words: list[str], start: int, end: int, lang: str) -> bool:
    """Whether an infinitive ("to visit") stands between an event and a time after it that points ahead ("invited
    Putin to visit China later this year"): the time is the infinitive's."""
    markers = {m.casefold() for m in load_language(lang).get("infinitive", {}).get("markers") or []}
    return any(words[k].casefold() in markers and words[k + 1][:1].islower() and words[k + 1].isalpha()
               for k in range(start, end - 1))


def _ongoing(event: Event, words: list[str], lang: str) -> bool:
    """Whether a verb is in a progressive form ("has been talking", "are holding"): a state going on when it is
    reported, which the time of a saying told after it dates ("..., the minister said on Monday")."""
    k = event.trigger
    return not event.noun and k > 0 and words[k].casefold().endswith(
        tuple(load_language(lang).get("progressive_suffixes") or ())) \
        and bool(phrases(lang, "time", "ongoing_auxiliaries").match(words, k - 1))


def _dated_by_saying(event: Event) -> bool:
    """Whether the time of the saying that reports the event dates it: a happening, or an act done by saying."""
    return event.status != "planned" or event.cameo.startswith(SAID_ACTS)


def _same_line(event: Event, owner_status: str | None) -> bool:
    """Whether a time told earlier in the sentence carries forward to the event: a plan's time to a later plan
    ("will host them on Thursday and will voice support"), a happening's or a saying's (``None``) time to a later
    happening, never across ("will travel on Monday, and that he supported")."""
    if owner_status == "planned":
        return event.status == "planned"
    return _dated_by_saying(event)


STEM = 5
"""Letters two words must share at the start to name the same kind of happening ("sarunām", "sarunas")."""


def _told_happening(phrase: list[str], events: list[Event], event: Event, lang: str,
                    by_kind: bool = True) -> Event | None:
    """The latest dated event told before ``event`` whose trigger names the happening the phrase refers to
    ("pēc sarunām" → "sarunas", "during the talks" → "held talks"), else the latest one of the kind the phrase's
    noun names that was placed ("on the sidelines of the summit" after "leaders meeting in Vilnius")."""
    nouns = {w.casefold()[:STEM] for w in phrase if len(w) >= STEM}
    told = [o for o in sorted(events, key=lambda e: (e.sentence, e.trigger), reverse=True)
            if (o.sentence, o.trigger) < (event.sentence, event.trigger) and o.date]
    for other in told:
        if nouns & {w.casefold()[:STEM] for w in other.trigger_text.split() if len(w) >= STEM}:
            return other
    if not by_kind:
        return None
    kinds = set().union(*(noun_kinds(lang, w) for w in phrase if w.isalpha()))
    placed = [o for o in told if o.place is not None]
    kindred = kinds | (set(FORCE_ACTS) if kinds & set(FORCE_ACTS) else set())
    return next((o for o in placed if o.type in kinds), None) or next((o for o in placed if o.type in kindred), None)


FORCE_ACTS = ("ASSAULT", "COERCE")
"""Acts of force one noun may name either way: "the raid" is an attack or a police storming ("forced their way into
the embassy")."""


HEAD_REACH = 2
"""Words of a complement ("pret Maskavu", "with Putin") that may stand between an event noun and the relative clause
that tells its time."""


def _told_of_head(times: list[TimeExpr], owner: dict[int, TimeExpr], events: list[Event], words: list[str],
                  clauses: list[int], relative: Phrases) -> dict[int, TimeExpr]:
    """A time no event owns, in a relative clause right after an event noun or its short complement, is that noun's
    ("ārkārtas sēdi, kas notiks ceturtdien", "the session, which took place on Sunday evening", "paketi pret
    Maskavu, ko paredzēts apstiprināt šomēnes")."""
    taken = {id(t) for t in owner.values()}
    ends = {e.trigger + len(e.trigger_text.split()) - 1: e.trigger for e in events if e.noun}
    found: dict[int, TimeExpr] = {}
    for t in times:
        if id(t) in taken or t.kind in ("vague", "eve"):
            continue
        start = clauses.index(clauses[t.index])
        while start < t.index and not words[start][:1].isalnum():
            start += 1
        head = start - 1
        while head >= 0 and not words[head][:1].isalnum():
            head -= 1
        # the head noun may carry a short complement before the clause ("sankciju paketi pret Maskavu, ko ...")
        heads = [h for h in range(head, max(-1, head - 1 - HEAD_REACH), -1)
                 if h in ends and all(words[j][:1].isalnum() for j in range(h, head + 1))]
        if start < t.index and relative.match(words, start) and heads and ends[heads[0]] not in found:
            found[ends[heads[0]]] = t
    return found


def _names_other(t: TimeExpr, words: list[str], lang: str) -> bool:
    """Whether the time dates the happening it names ("a day after Hamas attacked"), not the time line of its
    sentence: it carries to that happening only ("..., in what it called solidarity" keeps the date told first)."""
    return t.kind == "shift" and t.size == 1 and bool(phrases(lang, "time", "shift_objects").match(words, t.index + 2))


def _charged_deed(event: Event, events: list[Event]) -> bool:
    """An act told as alleged, or the denied reading of one, takes a date only from a time of its own ("accused the
    army of a strike on Friday"), never from the accusation's or the denial's ("ministrs otrdien apsūdzēja kaujiniekus
    uzbrukumā", "the ministry on Friday denied it"). A denial of no claim told ("denied on Thursday that its troops
    were taking part") is dated as the denial."""
    if event.status == "alleged":
        return True
    sides = {(a.role, a.entity.key) for a in event.actors}
    return event.status == "denied" and any(
        e.status == "alleged" and e.type == event.type and {(a.role, a.entity.key) for a in e.actors} == sides
        for e in events)


def _own_time_only(event: Event, words: list[str], lang: str) -> bool:
    """An event that takes no time told for another: a state or result told in the perfect ("and has moved
    40,000 troops"), or anything told after "has since" (dated by the start of its span instead)."""
    state = phrases(lang, "time", "unanchored")
    return any(state.match(words, k) for k in range(max(0, event.trigger - 2), event.trigger)) \
        or _since_then(event, words, lang) is not None


def _perfect_saying_between(start: int, end: int, cues: list[int], words: list[str], lang: str) -> bool:
    """Whether a verb of saying in the perfect stands between a time and an event ("X said last month that ..., and
    officials have warned that Tehran may send ..."): a saying told at no one time opens a new line, which the time
    told before does not date."""
    unanchored = phrases(lang, "time", "unanchored")
    opener = phrases(lang, "time", "complement_openers")
    said = set(cues) | {k - 1 for k in range(start + 2, end) if opener.match(words, k) and words[k - 1].islower()}
    return any(start < c < end and any(unanchored.match(words, k) for k in range(max(start + 1, c - 2), c))
               for c in said)


def _since_then(event: Event, words: list[str], lang: str) -> int | None:
    """Where a "has since" stands before the event in its stretch up to a comma ("and it has since stopped paying
    ... and stayed away"): what follows is ongoing or repeated from the time told before it, which dates it."""
    since = phrases(lang, "time", "unanchored_stretch")
    start = next((k for k in range(event.trigger - 1, max(-1, event.trigger - 13), -1) if words[k] == ","), -1)
    return next((k for k in range(start + 1, event.trigger) if since.match(words, k)), None)


def _background(event: Event, words: list[str], lang: str) -> bool:
    """Whether the event is told as background to another, so that it takes no time but its own: a verbal noun
    right after "before" or "since" ("cut ties before accusing ..."; one after "after" goes on with the time line:
    "froze ties in May, after accusing it of ..." is May), or a clause that follows its
    head noun with no relative pronoun ("a blast it blamed on the rebels": determiner, noun, subject pronoun,
    maybe an adverb, verb; "held on spying charges he also denied": a preposition, a modifier and a bare noun)."""
    spec = load_language(lang).get("time", {})
    k = event.trigger
    word = words[k]
    endings = tuple(spec.get("verbal_noun_endings") or ())
    if endings and k > 0 and word.islower() and word.endswith(endings) \
            and phrases(lang, "time", "background_openers").match(words, k - 1) \
            and not phrases(lang, "time", "sequence_openers").match(words, k - 1):
        return True
    if event.noun and _named_as_reason(k, words, lang):
        return True
    subjects = phrases(lang, "time", "contact_subjects")
    determiners = phrases(lang, "time", "contact_determiners")
    openers = phrases(lang, "time", "contact_noun_openers")
    # the subject may be followed by one adverb ("charges he also denied")
    p = k - 1 if subjects.match(words, k - 1) else k - 2 if k >= 2 and subjects.match(words, k - 2) \
        and words[k - 1].isalpha() and words[k - 1].islower() else None
    if event.noun or p is None or p < 2 or not (words[p - 1].isalpha() and words[p - 1].islower()) \
            or words[p - 1] in conjunctions(lang) or words[k - 1] in conjunctions(lang):
        return False
    # not after a lone opening word: "In the end they agreed", "At the summit they signed" open with an adverbial
    if p != 3 and determiners.match(words, p - 2):
        return True
    # a bare noun with one modifier after a preposition ("held on spying charges he also denied")
    return p >= 4 and words[p - 2].isalpha() and words[p - 2].islower() and bool(openers.match(words, p - 3))


REASON_REACH = 4
"""How many words may stand between a word giving a reason and the event noun it names ("citing among other things
Havana's refusal")."""


def _named_as_reason(k: int, words: list[str], lang: str) -> bool:
    """Whether the event noun at ``k`` is named as the reason of another act ("citing among other things Havana's
    refusal to ...", "over the seizure"): a background happening, dated only by a time of its own."""
    reasons = phrases(lang, "time", "reason_openers")
    return any(reasons.match(words, j) and j + reasons.match(words, j) <= k
               and all(w.islower() or _possessive(w) for w in words[j + 1:k])
               for j in range(max(0, k - REASON_REACH - 1), k))


SINCE_REACH = 12
"""How many words a "since" may stand after the act whose span it opens ("have fired scores of rockets at towns
along the border since ...")."""


def _start_of_span(event: Event, times: list[TimeExpr], words: list[str], clauses: list[int],
                   lang: str) -> TimeExpr | None:
    """The time after a "since" that follows an act told in the perfect or as a state ("has sheltered them since
    2013", "has been held since Wednesday", "have shelled the border since the raid of 3 May"): an ongoing or repeated
    act is dated by the start of its span. A decade ("since the 1990s") names no time found here, and a list of
    beginnings (`_since_list`) no one date."""
    if event.noun:
        return None
    state = phrases(lang, "time", "unanchored")
    if not any(state.match(words, k) for k in range(max(0, event.trigger - 3), event.trigger)):
        return None
    openers = phrases(lang, "time", "since_clause", "openers")
    end = min(len(words), event.trigger + SINCE_REACH)
    k = next((k for k in range(event.trigger + 1, end) if words[k] in (",", ";") or openers.match(words, k)), None)
    if k is None or words[k] in (",", ";") or clauses[k] != clauses[event.trigger]:
        return None
    start = next((t for t in times if k < t.index <= k + 6 and t.kind in ("date", "weekday", "year", "month", "relative")
                  and not any(w in (",", ";") for w in words[k:t.index])), None)
    return None if start is None or _since_list(start, words, clauses, lang) else start  # several beginnings: no date


def _sequence_opener(event: Event, words: list[str], lang: str) -> int | None:
    """Where the sequence word stands before a verbal noun ("froze ties in May, after accusing it of ..."): the
    clause it opens goes on with the time line of the clause before it."""
    endings = tuple(load_language(lang).get("time", {}).get("verbal_noun_endings") or ())
    k = event.trigger
    word = words[k]
    if not endings or k == 0 or not word.islower() or not word.endswith(endings):
        return None
    openers = phrases(lang, "time", "sequence_openers")
    return next((j for j in range(k - 1, max(-1, k - 4), -1) if openers.match(words, j) == k - j), None)


def _reported_future(event: Event, start: int, words: list[str], clauses: list[int], lang: str) -> bool:
    """Whether a will or would stands between a saying or time and the event it would date ("announced on
    Friday that the alliance would launch an operation to strengthen"; a future verb right after "ka": "paziņoja,
    ka iesniegs priekšlikumu pārtraukt"), or the event's clause is told in the past
    perfect ("had concluded"): a reported plan or an earlier happening is not dated by the saying, unless it is an
    act done by saying told in the future ("said it would offer talks": the offer is made as it is said); one told in
    the past perfect in a complement ("said that Moscow had offered a truce") was made before the saying."""
    earlier = phrases(lang, "time", "flashback")  # "said that after long talks with the envoy he had decided"
    opener = phrases(lang, "time", "complement_openers")
    opened = [k for k in range(start + 1, event.trigger) if opener.match(words, k)]
    if event.cameo.startswith(SAID_ACTS):
        return bool(opened) and not event.noun and any(
            earlier.match(words, k) for k in range(max(opened[-1] + 1, event.trigger - 3), event.trigger))
    modal = phrases(lang, "time", "future_auxiliaries")
    if any(modal.match(words, k) for k in range(start + 1, event.trigger)
           if clauses[k] == clauses[event.trigger] or k >= event.trigger - 4):
        return True
    verbs = [k for k in opened if k + 1 < event.trigger] + ([event.trigger - 1] if opened and not event.noun else [])
    if any(words[k + 1].islower() and future_form(words[k + 1], lang) for k in verbs):
        return True  # "paziņoja, ka iesniegs priekšlikumu pārtraukt", "paziņoja, ka abas valstis izvietos karaspēku"
    if opened and not event.noun and phrases(lang, "time", "complement_perfect").match(words, event.trigger - 1):
        return True  # "apliecināja, ka ir nogādājusi ieročus": delivered before the confirming
    return any(earlier.match(words, k) and not _begun_and_going_on(words, k + 1, lang)
               for k in range(start + 1, len(words)) if clauses[k] == clauses[event.trigger])


def _begun_and_going_on(words: list[str], i: int, lang: str) -> bool:
    """Whether a verb of beginning and a progressive form stand at ``words[i]`` ("said on Monday it had begun
    withdrawing troops"): a process still going on when it is told, which the saying's time dates."""
    n = phrases(lang, "time", "start_verbs").match(words, i)
    suffixes = tuple(load_language(lang).get("progressive_suffixes") or ())
    return bool(n) and bool(suffixes) and i + n < len(words) and words[i + n].casefold().endswith(suffixes)


def _shared(event: Event, events: list[Event], owner: dict[int, TimeExpr], clauses: list[int],
            words: list[str] | None = None, lang: str = "") -> TimeExpr | None:
    """The time of a verb event of the same clause ("described the revolt as treason on Saturday and vowed"), not of
    one that only describes a noun of the event ("lifted the sanctions imposed in 2019") nor one in a later "when"
    clause, which takes time from before it and gives none back ("after accusing it of failing to come to its aid
    when Azerbaijani forces attacked in September 2022"), nor one in the reason told after it ("are demanding his
    resignation over his government's decision in April to hand ...")."""
    inherit = phrases(lang, "time", "inherit_openers") if words else None
    reasons = phrases(lang, "reason_noun_prepositions") if words else None
    for other in events:
        if other is not event and not other.noun and other.trigger in owner \
                and clauses[other.trigger] == clauses[event.trigger] \
                and not (words and other.trigger > event.trigger and _reduced_relative(other, words, lang)) \
                and not (inherit and any(inherit.match(words, k) or reasons.match(words, k)
                                         for k in range(event.trigger + 1, other.trigger))):
            return owner[other.trigger]
    return None


def _reduced_relative(event: Event, words: list[str], lang: str) -> bool:
    """Whether the event is a participle right after a determiner and its noun ("the sanctions imposed on Peru in
    2019"): a clause that describes that noun, a background happening with its own time."""
    endings = tuple(load_language(lang).get("time", {}).get("participle_endings") or ())
    k = event.trigger
    return bool(endings) and k >= 2 and words[k].islower() and words[k].endswith(endings) \
        and words[k - 1].isalpha() and words[k - 1].islower() \
        and bool(phrases(lang, "time", "contact_determiners").match(words, k - 2))


def _in_relative_after(event: Event, index: int, words: list[str], clauses: list[int], lang: str) -> bool:
    """Whether the event is told in a relative clause with a subject of its own after the clause of a time ("In
    February Washington imposed sanctions on X, whom it accused of ..."): it says who X is, a background not dated
    by that time; a relative pronoun that does the act ("met Y, who praised ...") goes on with the occasion. Only
    where the subject stands before the verb is the subject told apart from the object by its place."""
    start = clauses.index(clauses[event.trigger])
    while start < len(words) and not words[start][:1].isalnum():
        start += 1
    auxiliaries = phrases(lang, "auxiliaries")
    return load_language(lang).get("word_order") == "svo" and clauses[index] != clauses[event.trigger] \
        and _opened_by(phrases(lang, "pronouns", "relative"), words, clauses, event.trigger) \
        and words[start].casefold() != "that" \
        and not all(auxiliaries.match(words, k) for k in range(start + 1, event.trigger))


def _since_clause(t: TimeExpr, words: list[str], clauses: list[int], lang: str) -> tuple[int, int] | None:
    """The stretch of a clause opened by "since" with a past verb of its own that holds the time ("agreed a truce
    after the worst fighting since the rebels seized the city in 2021"): the time says when a span began and dates
    only the words of that stretch, up to the next comma (the verb may follow the time: "kopš talibi 2021. gadā
    atgriezās pie varas")."""
    listed = _since_list(t, words, clauses, lang)
    if listed is not None:
        return listed
    k = _since_opener(t, words, clauses, lang)
    if k is None:
        return None
    n = phrases(lang, "time", "since_clause", "openers").match(words, k)
    spec = load_language(lang).get("time", {}).get("since_clause") or {}
    endings = tuple(spec.get("past_endings") or ())
    forms = {w.casefold() for w in spec.get("past_forms") or ()}
    end = next((j for j in range(t.index, len(words)) if words[j] in (",", ";")), len(words))
    verb = any(words[j].islower() and (words[j] in forms or len(words[j]) > 4 and words[j].endswith(endings))
               for j in range(k + n + 1, end) if not t.index <= j < t.index + t.size)
    return (k, end) if verb else None


def _since_opener(t: TimeExpr, words: list[str], clauses: list[int], lang: str) -> int | None:
    """Where the "since" stands that opens the stretch of a clause holding the time, if one does."""
    openers = phrases(lang, "time", "since_clause", "openers")
    k = t.index - 1
    while k >= 0 and clauses[k] == clauses[t.index] and words[k] not in (",", ";") and not openers.match(words, k):
        k -= 1
    n = openers.match(words, k) if k >= 0 and clauses[k] == clauses[t.index] else 0
    return k if n and k + n < t.index else None


LIST_GAP = 6
"""How many words may part two times of one list ("in Chad in 2019, in Peru in 2021 and in Fiji last May")."""


def _since_list(t: TimeExpr, words: list[str], clauses: list[int], lang: str) -> tuple[int, int] | None:
    """The stretch of a list of beginnings after "since" ("frozen since army coups in Chad in 2019, in
    Peru in 2021 and in Fiji last May"): a state that began at several times has no one date, so none of
    the list's times dates anything outside it. A single beginning ("since the coup in 2020") still dates the state."""
    joiners = conjunctions(lang) | {","}
    # between two times of a list only joiners, names and the words that open a time ("in Niger last July")
    spec = load_language(lang).get("time", {})
    links = joiners | {w.casefold() for key in ("year_openers", "month_past") for w in spec.get(key) or ()}
    chains: list[list[TimeExpr]] = []
    for u in (u for u in find_times(words, lang) if u.kind not in ANAPHORIC):
        gap = words[chains[-1][-1].index + chains[-1][-1].size:u.index] if chains else []
        if chains and len(gap) <= LIST_GAP and any(w.casefold() in joiners for w in gap) \
                and all(w.casefold() in links or w[:1].isupper() for w in gap):
            chains[-1].append(u)
        else:
            chains.append([u])
    chain = next((c for c in chains if any(u.index == t.index for u in c)), [])
    if len(chain) < 2:
        return None
    k = _since_opener(chain[0], words, clauses, lang)
    return None if k is None else (k, chain[-1].index + chain[-1].size)


def _opened_by(openers: Phrases, words: list[str], clauses: list[int], index: int) -> bool:
    """Whether the clause of ``words[index]`` begins with one of ``openers`` ("..., where he met Zelensky")."""
    start = clauses.index(clauses[index])
    while start < len(words) and not words[start][:1].isalnum():
        start += 1
    return start > 0 and bool(openers.match(words, start))


def _told(event: Event, words: list[str], lang: str) -> bool:
    """Whether the event is told as a happening of the story: not planned, not a state ("has moved")."""
    if event.status == "planned":
        return False
    unanchored = phrases(lang, "time", "unanchored")
    return not any(unanchored.match(words, k) for k in range(max(0, event.trigger - 2), event.trigger))
