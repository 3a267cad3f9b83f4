"""Plain-text articles as scraped from news sites: title, repeated headline, standfirst, body,
byline ("X is a ... for the Y."), image credit ("Image: Reuters.")."""
from __future__ import annotations

import re
from dataclasses import dataclass


from ..extract.vocabulary import MEDIA_NOUNS, ORGANIZATION_NOUNS
from ..model import Article, Paragraph
from ..urls import slug
from .errors import ReadError

MAX_TITLE = 200  # a longer first line is body text that lacks a title, not a title
# and so is a long sentence closed by its full stop (headlines end without one)
_SENTENCE_NOT_TITLE = re.compile(r"^(?:\S+\s+){10,}\S*(?:[a-z0-9)”\"’']\.|[a-z0-9]\.[”\"’])$")  # (or '... “Narew.”')
# Text wrapped by hand keeps its lines shorter than this; a run of lines with a longer one is text
# pasted from a web page, one paragraph (or heading) per line.
WRAP_WIDTH = 100

_BYLINE = re.compile(
    r"^(?:By\s+)?(?P<author>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s+is\s+(?:a|an|the)\s+"
    r"(?P<role>[^.]{3,80}?)\s+(?:(?:for|at|with)\s+(?P<outlet>(?:the\s+)?[A-Z][^.]{1,80}?)|based\s+in\s+[A-Z][^.]{1,60}?)\.?$"
)
_BY = re.compile(r"^(?:\([A-Z][^()]{1,60}\)\s+)?"  # (a syndicator's line first: "(KESTFN- Kest News Global) By X")
                 r"(?P<dated>(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},)\s+\d{4}"  # "13 May 2016 - 19:30 By X"
                 r"(?:\s*[-–|•,]\s*\d{1,2}:\d{2})?\s+)?"  # ("May 13, 2016 By X")
                 r"(?:By|BY|by):?\s+(?P<author>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
                 r"|[A-Z][\w'’-]+(?=\s*$))"  # (one word alone is an outlet's: "By Kestnews")
                 r"(?:\s+@\w+|\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)*"  # (the writer's handle and address: "By X @x x@paper.com")
                 r"(?:\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4},?\s+\d{1,2}:\d{2}\s?(?:[AP]M|[ap]m)?)?"  # (then the date: "... 23 May 2023, 4:16PM")
                 # (a space before the comma too; the outlet after a slash: "By Ana Berg/Kest News")
                 r"(?:\s*,\s*(?P<outlet>[^.]{2,60})|\s*/\s*(?P<slashed>[A-Z][^/.]{1,40})|\s+in\s+[A-Z][\w .'’-]{1,40})?"
                 r"(?:\s*\|\s*[A-Z0-9][\w ,.:]{2,30}\d)?(?:\s*\|)?\.?$")  # ("By: X | October 3, 2022", "By X |")
# A site's stamp of the last update, with its writer: "Last Updated on Monday, 3 May 2024, 18:27 by Ana Berg".
_UPDATED_BY = re.compile(r"^(?:Last\s+)?[Uu]pdated(?:\s+on)?\s+[\w ,:.]{5,60}?\s+by\s+"
                         r"(?P<author>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})$")
# A writer's line with the outlet's name and the word for a reporter: "Ana Berg Herald Reporter" (or a
# desk's word for its staff: "Ana Berg Staff Reporter", which names no outlet).
NAME_AND_DESK = re.compile(r"^(?P<author>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) (?P<outlet>[A-Z][a-z]+) (?:Reporter|Correspondent)$")
DESK_WORDS = {"Staff", "Senior", "Special", "Chief", "Our", "Political", "Business", "Court", "Foreign", "Diplomatic"}
_DESK_ROLES = {"Writer", "Writers", "Reporter", "Reporters", "Correspondent", "Correspondents"}
_MENU_ITEM = re.compile(r"^[-•*]\s")
_CREDIT = re.compile(r"^(?:Image|Photo|Photograph|Picture|Pictured)(?:\s+credit)?\s*:\s*(?P<credit>.{1,120}?)\.?$", re.I)

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Fe|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATES = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b{_MONTH}\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:,\s+\d{{4}})?\b"
    rf"|\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}\b"
)
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


@dataclass(frozen=True)
class Block:
    text: str
    line: int


def split_blocks(text: str, first_line: int = 1, wrap_width: int | None = None) -> list[Block]:
    """Paragraphs are runs of non-blank lines; wrapped lines join with one space. With
    `wrap_width`, a run with a line longer than that is one paragraph per line instead, and so is
    a run that holds a line of a page's furniture (see `_own_line`) or a byline ("By X" after a
    caption): no paragraph wrapped by hand does."""
    blocks: list[Block] = []
    lines: list[tuple[int, str]] = []

    def close() -> None:
        if wrap_width and len(lines) > 1 and (max(len(line) for _, line in lines) > wrap_width
                                              or any(_own_line(a, b) or _BY.match(b) for (_, a), (_, b) in zip(lines, lines[1:]))):
            blocks.extend(_rejoined(lines, wrap_width))
        elif lines:
            blocks.append(Block(" ".join(line for _, line in lines), lines[0][0]))
        lines.clear()

    for number, line in enumerate(text.split("\n"), first_line):
        if line.strip():
            lines.append((number, line.strip()))
        else:
            close()
    close()
    return blocks


# A line that wrapping would not leave so short, without a sentence's end, before one that opens on a
# capital, a digit or a list's mark: a page's line of its own ("Department: Ministry of Defence",
# then "Ana Berg Excerpts"), not a paragraph's wrapped line (which runs near the wrapping width).
_SHORT_LINE = 60
_OPENS_A_LINE = re.compile(r"[A-Z0-9(“\"‘'•*–—-]")


def _own_line(line: str, next_line: str) -> bool:
    return len(line) < _SHORT_LINE and not line.endswith(tuple(".,;:!?…\"”’")) and bool(_OPENS_A_LINE.match(next_line))


# A line wrapped by hand stops where a sentence cannot: after a comma or a function word, or before a
# word in lower case; and a line near the wrapping width that follows such a line goes on too.
_STOPS_MID_SENTENCE = re.compile(r"(?:,|\b(?:a|an|the|of|in|on|at|by|to|for|from|with|and|or|as))$")
_WRAPPED_LENGTH = (40, 55)  # (shorter lines are a page's own: "Sapa,", "Already have an account? Log in")
_GOES_ON = re.compile(r"\w+(?:[\s,;:]|\.(?!\w)|$)")  # a word (not an address: "cgtn.com", "www.x.com")


def _rejoined(lines: list[tuple[int, str]], wrap_width: int) -> list[Block]:
    """A paragraph per line, except where a passage wrapped by hand stands among the pasted lines
    (a page's text copied with its line breaks): its lines join as they would in a run of their own."""
    paragraphs: list[tuple[int, list[str]]] = []  # each paragraph's first line number and its lines
    joined = False  # whether the previous line went on into this one
    # (a wire's text wrapped at one width throughout, its lines near it but where a paragraph ends: each
    # line without a sentence's end goes on, whatever opens the next, "Croat-Moslem" then "Federation")
    wrapped = len(lines) >= 4 and sum(_WRAPPED_LENGTH[1] <= len(line) <= 80 for _, line in lines[:-1]) >= 0.7 * (len(lines) - 1)
    for (number, line), following in zip(lines, [text for _, text in lines[1:]] + [""]):
        if joined:
            paragraphs[-1][1].append(line)
        else:
            paragraphs.append((number, [line]))
        joined = wrapped and not line.endswith(tuple(".!?:;\"”’…")) and bool(following) \
            or _WRAPPED_LENGTH[0] <= len(line) <= wrap_width and not line.endswith(tuple(".!?:;\"”’…")) \
            and _GOES_ON.match(following) is not None and (
                bool(_STOPS_MID_SENTENCE.search(line)) or following[0].islower() or ((joined or line[0].islower()) and len(line) >= _WRAPPED_LENGTH[1])) \
            or len(line) > wrap_width and not line.endswith(tuple(".!?:;\"”’…")) and following[:1].islower()  # (a pasted line broken mid-sentence)
    return [Block(" ".join(parts), number) for number, parts in paragraphs]


def find_dates(text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0) for m in _DATES.finditer(text)))


def iso_date(stated: str) -> str | None:
    """An ISO date for a stated date that carries its year, else None."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", stated):
        return stated
    day_first = re.fullmatch(rf"(\d{{1,2}})\s+({_MONTH})\s+(\d{{4}})", stated)
    month_first = re.fullmatch(rf"({_MONTH})\.?\s+(\d{{1,2}}),\s+(\d{{4}})", stated)
    if day_first:
        day, month, year = day_first.groups()
    elif month_first:
        month, day, year = month_first.groups()
    else:
        return None
    number = _MONTHS.get(month[:3].lower())
    return f"{year}-{number:02d}-{int(day):02d}" if number and 1 <= int(day) <= 31 else None


def _short_title(text: str) -> str:
    sentence, *rest = re.split(r"(?<=[.!?])\s", text, maxsplit=1)
    if rest and len(sentence.split()) <= 3:  # a dateline ("Varno."): the title is the sentence after it
        sentence = re.split(r"(?<=[.!?])\s", rest[0], maxsplit=1)[0]
    words = sentence.split()
    return " ".join(words[:12]) + ("…" if len(words) > 12 else "")


# An excerpt's first line naming its outlet and the date: "The Kest Times: 30 June 2020:".
_OUTLET_AND_DATE = re.compile(rf"^(?P<outlet>(?:[A-Z][\w'’-]+ ){{0,3}}(?:{'|'.join(sorted(MEDIA_NOUNS))})):?\s+"
                              rf"(?P<date>\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\.?\s+\d{{1,2}},\s+\d{{4}}):?$")
# A page's furniture above its headline: a weather widget's temperature ("21.4 C") and its place, a
# date alone ("Tuesday, June 30, 2020").
_TEMPERATURE = re.compile(r"^-?\d{1,3}(?:[.,]\d)?\s?°?\s?[CF]$")
_DATE_ALONE = re.compile(rf"^(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTH}\.?\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTH})\s+\d{{4}}$")


def _above_headline(blocks: list[Block]) -> int:
    """The first block that may be the headline, after a site's menu ("- Daily newsletters"), a
    weather widget's lines and a date alone (they stay in the text)."""
    at = 0
    while at < min(len(blocks) - 1, 6):
        text = blocks[at].text
        widget_place = at and _TEMPERATURE.match(blocks[at - 1].text) and len(text.split()) <= 3 \
            and _DATE_ALONE.match(blocks[at + 1].text)
        if not (_MENU_ITEM.match(text) or _TEMPERATURE.match(text) or _DATE_ALONE.match(text) or widget_place):
            return at
        at += 1
    return 0


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def build_article(blocks: list[Block], source: str, article_id: str | None, *, title: str | None = None,
                  date: str | None = None, source_url: str | None = None, tags: tuple[str, ...] = (),
                  author: str | None = None, outlet: str | None = None) -> Article:
    """The article model from its paragraphs; explicit metadata (front matter) wins over parsing."""
    blocks = list(blocks)
    if title is None:
        if not blocks:
            raise ReadError(source, None, "empty file: no title and no text")
        # ("By X" opening an excerpt names its writer, no headline: the title is what follows; so does
        # a site's stamp of its last update and writer)
        # (nor is a site's menu, its lines bulleted: "- Daily newsletters", "- Buy the paper")
        at = _above_headline(blocks)
        at += 1 if len(blocks) > at + 1 and (_BY.match(blocks[at].text) or _BYLINE.match(blocks[at].text)
                                             or NAME_AND_DESK.match(blocks[at].text) or _UPDATED_BY.match(blocks[at].text)
                                             or _OUTLET_AND_DATE.match(blocks[at].text)) else 0
        first = blocks[at]
        if len(first.text) > MAX_TITLE or _SENTENCE_NOT_TITLE.match(first.text):
            title = _short_title(first.text)  # keep the block: it is body text
        else:
            title = blocks.pop(at).text
    if blocks and _same(blocks[0].text, title):
        blocks.pop(0)  # scraped pages repeat the headline
    if not blocks:
        raise ReadError(source, 1, "title only: no article text after the title")

    kinds: list[str] = []
    author_role = credit = byline_date = None
    for block in blocks:
        byline, by, credit_match = _BYLINE.match(block.text), _BY.match(block.text), _CREDIT.match(block.text)
        desk = NAME_AND_DESK.match(block.text) if author is None and len(kinds) < 4 else None
        if desk:  # "Ana Berg Herald Reporter"
            kinds.append("byline")
            author, outlet = desk["author"], outlet or (desk["outlet"] if desk["outlet"] not in DESK_WORDS else None)
        elif byline and author in (None, byline["author"]):
            kinds.append("byline")
            author, author_role, outlet = byline["author"], byline["role"], outlet or byline["outlet"]
        elif by and author is None:
            kinds.append("byline")
            byline_date = by["dated"] and next(map(iso_date, find_dates(by["dated"])), None)
            # "By JON GAMBRELL": wire bylines in capitals name "Jon Gambrell"
            name = by["author"].title() if by["author"].isupper() else by["author"]
            if name.split()[0] in DESK_WORDS and name.split()[-1] in _DESK_ROLES:
                pass  # "By Staff Writer", "By Our Correspondent": a desk's byline, no writer and no outlet
            elif name.startswith("The ") or name.endswith(" Desk") or not MEDIA_NOUNS.isdisjoint(name.split()) \
                    or name.split()[-1] in ORGANIZATION_NOUNS or " " not in name:
                # "By The Kest Press", "By: Kest Web Desk", "By Radio Kest", "By Kest Network": an outlet's or
                # desk's byline names no writer
                outlet = outlet or name
            else:
                author, outlet = name, outlet or by["outlet"] or by["slashed"]
        elif outlet is None and (dated_outlet := _OUTLET_AND_DATE.match(block.text)):
            kinds.append("byline")  # "The Kest Times: 30 June 2020:"
            outlet, byline_date = dated_outlet["outlet"], iso_date(dated_outlet["date"])
        elif author is None and (updated := _UPDATED_BY.match(block.text)):
            kinds.append("byline")
            author = updated["author"]
        elif credit_match:
            kinds.append("credit")
            credit = credit_match["credit"]
        else:
            kinds.append("body")
    body = [i for i, kind in enumerate(kinds) if kind == "body"]
    if len(body) >= 3 and body[0] == 0 and len(blocks[0].text) <= 400:
        kinds[0] = "standfirst"

    paragraphs = tuple(Paragraph(i, f"p{i + 1}", block.text, block.line, kind)  # type: ignore[arg-type]
                       for i, (block, kind) in enumerate(zip(blocks, kinds)))
    stated = find_dates(" ".join(b.text for b in blocks))
    if date is None:  # (a byline's own date is the story's: a date above the headline may be the page's)
        date = byline_date or next((d for d in map(iso_date, stated) if d), None)
    article_id = article_id or slug(title) or "article"
    return Article(id=article_id, source=source, title=title, paragraphs=paragraphs, author=author,
                   author_role=author_role, outlet=outlet, image_credit=credit, date=date,
                   dates=tuple(stated), source_url=source_url, tags=tags)


def read_text(text: str, source: str, article_id: str | None = None) -> Article:
    return build_article(split_blocks(text, wrap_width=WRAP_WIDTH), source, article_id)
