"""Dates an article states, absolute or relative to its own date ("on Thursday", "last month",
"Feb. 10-20"), resolved to calendar spans. The calendar arithmetic is done here: dateparser
resolves the same forms, but at one to two milliseconds each, too slow for every article of a
large corpus, and it does not find them in running text."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Case-sensitive (months and weekdays are capitalised in news copy): with re.I the scan is several
# times slower. The lookahead skips, at one test, the positions no date can start at.
_PATTERN = re.compile(
    r"(?=[0-9A-Zelnty])(?:"
    rf"\b(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\b"
    rf"|\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:\s*[-–]\s*(?P<day_to>\d{{1,2}}))?(?:,?\s+(?P<year>\d{{4}}))?\b(?!\s*(?:%|per\b|[-–]\d))"
    rf"|\b(?P<day_first>\d{{1,2}})(?:\s*[-–]\s*(?P<day_first_to>\d{{1,2}}))?\s+(?P<month_after>{_MONTH})(?:\s+(?P<year_after>\d{{4}}))?\b"
    rf"|\b(?P<month_only>{_MONTH})\s+(?P<month_year>\d{{4}})\b"
    rf"|\b(?:(?P<which>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<weekday>{_WEEKDAY})\b"
    r"|\b(?P<near>[Yy]esterday|[Tt]oday|[Tt]omorrow)\b"
    r"|\b(?P<when>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+this)\s+(?P<unit>week|month|year)\b)")
# Words before a bare weekday that put it after the article's date ("talks will resume on Monday").
_FUTURE = re.compile(r"\b(?:will|to\s+be|is\s+due|are\s+due|scheduled|set\s+to|planned|expected\s+to)\b[^.;]*$", re.I)


class Span(NamedTuple):
    """A stated date and the days it means (one day, or a range: a week, a month, "Feb. 10-20")."""

    text: str
    start: dt.date
    end: dt.date

    def label(self) -> str:
        return self.start.isoformat() if self.start == self.end else f"{self.start.isoformat()} to {self.end.isoformat()}"


def _month_number(name: str) -> int:
    return MONTHS.index(name[:3].lower()) + 1


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, reference: dt.date) -> dt.date | None:
    """A day stated without its year: the one nearest the article's date ("Dec. 28" in early January
    is last year's)."""
    options = [d for d in (_day(reference.year + k, month, day) for k in (-1, 0, 1)) if d]
    return min(options, key=lambda d: abs((d - reference).days)) if options else None


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _relative(unit: str, when: str, reference: dt.date) -> tuple[dt.date, dt.date]:
    step = {"last": -1, "next": 1}.get(when, 0)
    if unit == "week":
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=step)
        start, end = monday, monday + dt.timedelta(days=6)
    elif unit == "month":
        index = reference.year * 12 + reference.month - 1 + step
        start, end = _month_span(index // 12, index % 12 + 1)
    else:
        start, end = dt.date(reference.year + step, 1, 1), dt.date(reference.year + step, 12, 31)
    if when.startswith("earlier"):
        end = reference
    elif when.startswith("later"):
        start = reference
    return start, end


def stated_dates(text: str, reference: str | None) -> list[Span]:
    """Every date `text` states that can be placed on the calendar: dates with their year always,
    others only against the article's date `reference` (ISO), if it has one."""
    ref = dt.date.fromisoformat(reference) if reference else None
    spans: list[Span] = []
    for match in _PATTERN.finditer(text):
        g = match.groupdict()
        start = end = None
        if g["iso"]:
            start = end = _day(*map(int, g["iso"].split("-")))
        elif g["month"] or g["month_after"]:
            month = _month_number(g["month"] or g["month_after"])
            day, day_to = g["day"] or g["day_first"], g["day_to"] or g["day_first_to"]
            year = g["year"] or g["year_after"]
            if year:
                start = _day(int(year), month, int(day))
            elif ref:
                start = _nearest_year(month, int(day), ref)
            if start:
                end = _day(start.year, month, int(day_to)) if day_to else start
                if end is None or end < start:
                    start = end = None
        elif g["month_only"]:
            start, end = _month_span(int(g["month_year"]), _month_number(g["month_only"]))
        elif ref and g["weekday"]:
            # A bare weekday is the latest such day up to the article's date, unless the sentence
            # speaks of what is to come; "next"/"last" say which.
            target = WEEKDAYS.index(g["weekday"].lower())
            which = (g["which"] or "").lower()
            future = which == "next" or (not which and _FUTURE.search(text[max(0, match.start() - 120):match.start()]))
            if future:
                start = ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)
            else:
                start = ref - dt.timedelta(days=(ref.weekday() - target) % 7 or (7 if which == "last" else 0))
            end = start
        elif ref and g["near"]:
            start = end = ref + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[g["near"].lower()])
        elif ref and g["unit"]:
            start, end = _relative(g["unit"].lower(), " ".join(g["when"].lower().split()), ref)
        if start and end:
            spans.append(Span(match.group(0), start, end))
    return spans
