from __future__ import annotations

import pytest

from conftest import SEED
from generator.readers import ReadError, read_article
from generator.readers.markdown import read_markdown
from generator.readers.text import find_dates, iso_date, read_text


def test_seed_article_model():
    article = read_article(SEED, "content/articles/union-resolve-2022.txt")
    assert article.title == "Joint Russian-Belarusian Military Exercises Nearing Completion"
    assert article.id == "joint-russian-belarusian-military-exercises-nearing-completion"
    assert article.standfirst.text.startswith("About 30,000 Russian troops have moved into Belarus")
    assert (article.author, article.author_role, article.outlet) == (
        "Mark Episkopos", "national security reporter", "the National Interest")
    assert article.image_credit == "Reuters"
    assert article.dates == ("Feb. 20", "Fe. 10-20")
    assert [p.kind for p in article.paragraphs[-2:]] == ["byline", "credit"]
    # The repeated headline is dropped; every other block is a paragraph, in order.
    assert len(article.paragraphs) == 13
    assert article.paragraphs[0].line == 5
    assert [p.anchor for p in article.paragraphs[:3]] == ["p1", "p2", "p3"]


def test_wrapped_lines_join_and_nothing_is_lost():
    article = read_text("Title\n\nFirst line\nwraps here.\n\nSecond.\n", "a.txt")
    assert [p.text for p in article.paragraphs] == ["First line wraps here.", "Second."]
    assert article.standfirst is None


def test_text_pasted_from_a_web_page_has_a_paragraph_per_line():
    # No blank lines: a line longer than hand-wrapped text is a paragraph of its own, and so are
    # the short lines (title, headings) beside it; hand-wrapped runs still join.
    long = "The harbour bridge opened on Monday after four years of work, " * 2
    article = read_text(f"Bridge opens\nA heading\n{long}\nSecond paragraph.\n\nShort line\nwraps.\n", "a.txt")
    assert article.title == "Bridge opens"
    assert [p.text for p in article.paragraphs] == ["A heading", long.strip(), "Second paragraph.",
                                                    "Short line wraps."]
    assert [p.line for p in article.paragraphs] == [2, 3, 4, 6]


def test_a_pasted_line_broken_mid_sentence_joins_the_next():
    # A pasted page's line longer than a hand's wrap that stops without its sentence's end, the next line
    # going on in lower case: one paragraph (and no headline made of the fragment).
    long = "The Kest Coast Guard, commanded by Captain Ana Berg, is the largest naval force in the region. It is the arm of the Kest"
    article = read_text(f"{long}\nand Varno Defence Force, which is under the ministry.\nIt was founded in 1962.\n", "a.txt")
    assert [p.text for p in article.paragraphs] == [f"{long} and Varno Defence Force, which is under the ministry.",
                                                    "It was founded in 1962."]


def test_a_passage_wrapped_by_hand_among_pasted_lines_joins():
    # A page copied with its line breaks: the wrapped passage's lines join where a sentence goes on
    # (after a comma or "of the", before a word in lower case, near the wrapping width after such a
    # line), so a name broken over two lines stays one; the pasted paragraphs, the lone short lines
    # and an address on a line of its own stay as they are.
    long = "The harbour bridge opened on Monday after four years of work and many delays, " * 2
    text = ("Bridge opens\n"
            "The opening was attended by, among others: the Mayor of the\n"
            "Kestbury Port, Councillor Ana Berg, the Head of the Harbour Office Tomas\n"
            "Varn, and the builders.\n"
            f"{long}\n"
            "Kestbury Post, Harbour Desk,\n"
            "kestburypost.example\n"
            "Already have an account? Log in\n"
            "Want to keep reading?\n")
    article = read_text(text, "a.txt")
    assert [p.text for p in article.paragraphs] == [
        "The opening was attended by, among others: the Mayor of the Kestbury Port, Councillor Ana Berg, the Head of "
        "the Harbour Office Tomas Varn, and the builders.",
        long.strip(), "Kestbury Post, Harbour Desk,", "kestburypost.example", "Already have an account? Log in",
        "Want to keep reading?"]
    assert [p.line for p in article.paragraphs] == [2, 5, 6, 7, 8, 9]


def test_a_byline_closed_by_a_bar_names_its_writer():
    # "By X |": a site's bar after the writer's name, its date left out of the excerpt.
    article = read_text("Kest approved for more jets\n\nBy Ana Berg |\n\nKestria will receive twelve more jets.\n", "a.txt")
    assert (article.title, article.author) == ("Kest approved for more jets", "Ana Berg")


def test_a_byline_with_a_handle_and_an_address_then_a_dateline_with_a_full_stop():
    # "By X @x x@paper.com" names its writer; an excerpt opening "Varno. The ..." is titled by the
    # sentence after its dateline.
    article = read_text("By Ana Berg @anaberg ana@kestpaper.co.kt\n\nVarno. President Ivo Marek has assured the "
                        "country that the army will be improved. He spoke on Friday.\n", "a.txt")
    assert (article.title, article.author) == ("President Ivo Marek has assured the country that the army will be…",
                                               "Ana Berg")


def test_a_writers_line_with_the_outlet_and_reporter_is_a_byline():
    # "X Herald Reporter" names the writer and the outlet ("X Staff Reporter" no outlet); not a title.
    article = read_text("Ana Berg Herald Reporter\n\nThe air force will work with what it has, its commander said.\n",
                        "a.txt")
    assert (article.title, article.author, article.outlet) == (
        "The air force will work with what it has, its commander said.", "Ana Berg", "Herald")
    article = read_text("Kest jets return\n\nAna Berg Staff Reporter\n\nThe jets flew again on Monday.\n", "a.txt")
    assert (article.author, article.outlet, article.paragraphs[0].kind) == ("Ana Berg", None, "byline")


def test_a_sites_menu_before_the_headline_is_no_title():
    # Bulleted lines of a site's menu open the page: the headline is the first line after them (the
    # menu's lines stay paragraphs).
    article = read_text("- Daily newsletters\n- Buy the Kest Bulletin\nKestria's first jets land at Varno\n"
                        "The first jets landed on Monday after a ferry flight.\n", "a.txt")
    assert article.title == "Kestria's first jets land at Varno"
    assert [p.text for p in article.paragraphs][:2] == ["- Daily newsletters", "- Buy the Kest Bulletin"]


def test_a_desk_byline_with_its_date_opens_an_excerpt():
    # "By: X Desk | date" names the outlet's desk, no writer, and no headline: the title is what follows.
    article = read_text("By: Kest Web Desk | October 03, 2022\nThe navy took delivery of a frigate\nIt sails in May.\n",
                        "a.txt")
    assert (article.title, article.author, article.outlet) == ("The navy took delivery of a frigate", None, "Kest Web Desk")
    assert [(p.kind, p.text) for p in article.paragraphs] == [("byline", "By: Kest Web Desk | October 03, 2022"),
                                                            ("body", "It sails in May.")]


def test_long_first_line_is_body_not_title():
    text = "Word " * 100 + "end."
    article = read_text(text, "a.txt")
    assert article.paragraphs[0].text == text.strip()
    assert len(article.title.split()) <= 13


def test_a_first_line_that_is_a_long_sentence_is_body_not_title():
    # A page saved without its headline opens on its first sentence, closed by a full stop: the
    # title is made from it, and the sentence stays the first paragraph (its names are linked).
    text = ("Kestria received a frigate from Varnia last week, which is being seen as a sign of closer ties "
            "between the two navies in the waters of the Kest Sea.\n\nThe ship arrived on Monday.\n")
    article = read_text(text, "a.txt")
    assert article.paragraphs[0].text.startswith("Kestria received") and article.title.startswith("Kestria received")
    # (and one whose full stop stands inside a closing quotation mark)
    text = ("The minister of Kestria has approved the contract for the country’s short-range air defence system, the "
            "“Kestrel.”\n\nThe deal was signed on Tuesday.\n")
    assert read_text(text, "a.txt").paragraphs[0].text.startswith("The minister of Kestria")
    # (eleven words or more suffice: "A shipyard has delivered a second patrol vessel to the Kest Navy.")
    text = "The Varno yard has delivered a second offshore patrol vessel to the Kest Navy.\n\nIt sails in May.\n"
    assert read_text(text, "a.txt").paragraphs[0].text.startswith("The Varno yard")
    # (a headline, however long, ends without a full stop)
    article = read_text("Kestria receives a frigate from Varnia as the two navies draw closer in the Kest Sea\n\nText.\n",
                        "a.txt")
    assert article.title.startswith("Kestria receives") and article.paragraphs[0].text == "Text."


@pytest.mark.parametrize("text, reason", [("", "empty file"), ("   \n\n", "empty file"),
                                          ("Only a title\n", "title only")])
def test_unusable_files_raise_one_line_errors(text, reason):
    with pytest.raises(ReadError) as error:
        read_text(text, "content/articles/x.txt")
    assert str(error.value).startswith("content/articles/x.txt")
    assert reason in str(error.value) and "\n" not in str(error.value)


def test_markdown_front_matter_overrides_parsing():
    text = ("---\ntitle: Given Title\ndate: 2023-03-10\nsource_url: https://example.org/a\ntags: [navy]\n---\n"
            "# Heading in body\n\nBody paragraph one.\n\nBy Jane Doe\n")
    article = read_markdown(text, "a.md")
    assert (article.title, article.date, article.source_url, article.tags) == (
        "Given Title", "2023-03-10", "https://example.org/a", ("navy",))
    assert article.author == "Jane Doe"
    assert [p.text for p in article.paragraphs] == ["Body paragraph one.", "By Jane Doe"]
    assert article.paragraphs[0].line == 9


def test_markdown_heading_is_title_without_front_matter():
    article = read_markdown("# A *title*\n\nText.\n", "a.md")
    assert article.title == "A *title*"


@pytest.mark.parametrize("front, line", [("title: [unclosed\n", 3), ("- a list\n", 2), ("date: tomorrow\n", 1)])
def test_bad_front_matter_names_file_and_line(front, line):
    with pytest.raises(ReadError) as error:
        read_markdown(f"---\n{front}---\nText.\n\nMore.\n", "content/articles/a.md")
    assert str(error.value).startswith(f"content/articles/a.md:{line}:")


def test_dates():
    assert find_dates("On Feb. 20 and 10 March 2023, then 2024-05-01 and March 3, 2022.") == [
        "Feb. 20", "10 March 2023", "2024-05-01", "March 3, 2022"]
    assert iso_date("10 March 2023") == "2023-03-10"
    assert iso_date("March 3, 2022") == "2022-03-03"
    assert iso_date("Feb. 20") is None
    assert read_text("T\n\nSigned on 4 July 2021 in Minsk.\n", "a.txt").date == "2021-07-04"


def test_byline_with_a_place(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nBy Anna Berg in Oslo\n\nFirst paragraph.\n\nSecond.\n\nThird.\n", encoding="utf-8")
    assert read_article(path, "a.txt").author == "Anna Berg"


def test_byline_after_the_date_on_its_line(tmp_path):
    # "13 May 2016 - 19:30 By Anna Berg": the date and time, then the writer.
    path = tmp_path / "a.txt"
    path.write_text("Title\n\n13 May 2016 - 19:30 By Anna Berg\n\nFirst paragraph.\n\nSecond.\n", encoding="utf-8")
    read = read_article(path, "a.txt")
    assert (read.author, read.date, read.paragraphs[0].kind) == ("Anna Berg", "2016-05-13", "byline")


def test_a_page_s_lines_of_their_own_stay_apart(tmp_path):
    # A page pasted as text puts its furniture on short lines with no sentence's end ("Department:
    # Kest Office", then a speaker's line): each is a paragraph of its own, where a paragraph wrapped
    # by hand joins its lines, and so do short lines that end sentences.
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nFull Debate: Read Full Debate\nDepartment: Kest Office\nAna Berg Portrait Ms Berg\n"
                    "- View Speech - Record - -\n\n"
                    "This is a paragraph that someone wrapped by hand at about seventy columns, as the\n"
                    "Kest Office said in its statement on Monday, with more of the text\nfollowing here.\n\n"
                    "First short sentence.\nSecond short sentence.\n", encoding="utf-8")
    read = read_article(path, "a.txt")
    assert [p.text for p in read.paragraphs] == [
        "Full Debate: Read Full Debate", "Department: Kest Office", "Ana Berg Portrait Ms Berg", "- View Speech - Record - -",
        "This is a paragraph that someone wrapped by hand at about seventy columns, as the Kest Office said in its "
        "statement on Monday, with more of the text following here.",
        "First short sentence. Second short sentence."]


def test_an_agency_byline_names_the_outlet_and_no_writer():
    # "By The Kest Press": the agency wrote it; no person is its author.
    article = read_text("Jets arrive\n\nBy The Kest Press\n\nThe first jets landed on Monday at the base.\n", "a.txt")
    assert (article.author, article.outlet) == (None, "The Kest Press")
    # "By Radio Kest", "By Kest News": an outlet's word in the byline names the outlet, no writer.
    # (and round 146: a body's word ending it, "By Kest Network")
    for outlet in ("Radio Kest", "Kest News", "Kest Network"):
        article = read_text(f"Jets arrive\n\nThe first jets landed on Monday at the base.\n\nBy {outlet}\n", "a.txt")
        assert (article.author, article.outlet) == (None, outlet)


def test_a_byline_with_a_space_before_its_comma_names_the_writer():
    article = read_text("Gifts\n\nBy Ana Berg , Kest News, Staff Writer\n\nThe minister confirmed it.\n\nHe left.\n", "a.txt")
    assert (article.author, article.paragraphs[0].kind) == ("Ana Berg", "byline")


def test_a_sites_update_stamp_names_its_writer_and_no_title():
    # "Last Updated on <date> by X" opening an excerpt: X wrote it; the title is what follows.
    article = read_text("Last Updated on Thursday, 18 January 2024, 18:27 by Ana Berg\n\nThe harbour bought two cranes on "
                        "Thursday.\n\nThey arrive in May.\n", "a.txt")
    assert (article.author, [p.kind for p in article.paragraphs]) == ("Ana Berg", ["byline", "body"])
    assert article.title == "The harbour bought two cranes on Thursday."


def test_a_byline_opening_an_excerpt_is_its_writer_and_no_title():
    # "By Ana Berg" on the first line: the writer; the title is made from the first sentence, which
    # stays body text (even when it ends in a one-digit number: "on May 2.").
    article = read_text("By Ana Berg\n\nVarno intends to buy six new patrol boats from Kestria, the agency reported on May 2."
                        "\n\nThe boats will be built at home.\n", "a.txt")
    assert article.author == "Ana Berg"
    assert article.title.startswith("Varno intends to buy six new patrol boats")
    assert [p.kind for p in article.paragraphs] == ["byline", "body", "body"]


def test_a_byline_on_the_line_after_a_caption_is_its_own_paragraph():
    # A picture's caption, then "By X" on the next line with no blank line between: the caption is the
    # title, the byline names the writer; a paragraph wrapped by hand with "by" inside it stays one.
    article = read_text("Kestrian navy corvette KNS Varno moored at the harbour - file picture\nBy A. Berg\n\n"
                        "I have followed the debate on the corvettes with great interest.\n\nThe plan\nby the navy "
                        "would go on, as it was\nwritten by hand in narrow lines.\n", "a.txt")
    assert article.title == "Kestrian navy corvette KNS Varno moored at the harbour - file picture"
    assert article.author == "A. Berg"
    assert [p.kind for p in article.paragraphs] == ["byline", "body", "body"]
    assert article.paragraphs[2].text == "The plan by the navy would go on, as it was written by hand in narrow lines."


def test_a_byline_in_capitals_names_the_writer():
    # "BY ANA BERG": the word and the name in capitals, as some papers set them.
    article = read_text("Jets arrive\n\nMain Stories\n\nBY ANA BERG\nThe first jets landed on Monday at the base.\n", "a.txt")
    assert article.author == "Ana Berg"


def test_a_pages_weather_and_date_lines_above_the_headline_are_no_title():
    # A site's weather widget ("21.4 C" and its place) and a date alone open the pasted page: the
    # headline after them is the title, and they stay in the text. A dated byline in the American
    # order names its writer and the story's date, which wins over the page's date above the headline.
    article = read_text("21.4 C\nKestria\nTuesday, June 30, 2020\nNew Chief of Staff Takes Oath at the Palace\n\n"
                        "February 22, 2017 By Ana Berg\n\nThe new chief took the oath on Monday.\n", "a.txt")
    assert article.title == "New Chief of Staff Takes Oath at the Palace"
    assert [p.text for p in article.paragraphs[:3]] == ["21.4 C", "Kestria", "Tuesday, June 30, 2020"]
    assert (article.author, article.date) == ("Ana Berg", "2017-02-22")


def test_an_excerpts_line_of_its_outlet_and_date_is_no_title():
    # "The Kest Telegraph: 30 June 2020:" opening an excerpt names its outlet and date; the title is made
    # from the story's first sentence.
    article = read_text("Kest Telegraph: 30 June 2020:\n\nThe new chiefs took their oath of office on Monday at the "
                        "palace in Varno, in the presence of the president and of the ministers of the government.\n\n"
                        "They thanked the president.\n", "a.txt")
    assert (article.outlet, article.date, article.author) == ("Kest Telegraph", "2020-06-30", None)
    assert article.title.startswith("The new chiefs took their oath")
    assert [p.kind for p in article.paragraphs] == ["byline", "body", "body"]


def test_bylines_in_lower_case_of_one_word_and_with_the_outlet_after_a_slash():
    # (set 162) "by Ana Berg" in lower case names the writer; "By Kestnews" (one word) names the outlet only;
    # "By Ana Berg/Kest Weekly" names both.
    lower = read_text("Title\n\nby Ana Berg\n\nThe story goes on here about the navy.", "a.txt", "a")
    assert (lower.author, lower.outlet) == ("Ana Berg", None)
    one = read_text("Title\n\nBy Kestnews\n\nThe story goes on here about the navy.", "b.txt", "b")
    assert (one.author, one.outlet) == (None, "Kestnews")
    slashed = read_text("Title\n\nBy Ana Berg/Kest Weekly\n\nThe story goes on here about the navy.", "c.txt", "c")
    assert (slashed.author, slashed.outlet) == ("Ana Berg", "Kest Weekly")


def test_a_wire_wrapped_at_one_width_joins_its_lines_whatever_opens_the_next():
    # (set 175, after its one measurement) A wire's text wrapped near one width: a line without a sentence's end
    # goes on into the next, even where the next opens on a capital or a quotation mark.
    text = ("Boats reach Varno\n\n"
            "VARNO, Feb 20 (KNA) - The Kest Republic's Northern Coastal\n"
            "Command on Saturday received eight new patrol boats of the\n"
            "\"Osprey\" type from the harbour authority of the old city.\n"
            "At Saturday's ceremony, the Command's Flotilla Commander\n"
            "Captain Ivo Marek said the crews had already been trained.\n")
    article = read_text(text, "a.txt", "a")
    assert [p.text for p in article.paragraphs] == [
        "VARNO, Feb 20 (KNA) - The Kest Republic's Northern Coastal Command on Saturday received eight new patrol boats "
        "of the \"Osprey\" type from the harbour authority of the old city.",
        "At Saturday's ceremony, the Command's Flotilla Commander Captain Ivo Marek said the crews had already been trained."]


def test_bylines_with_their_date_and_time_after_the_name_and_desks_bylines():
    # (set 176, after its one measurement) "By X 23 November 2023, 4:16PM": the writer, then the date and time;
    # "By Staff Writer": a desk's byline, no writer and no outlet.
    article = read_text("Boats for Varno\n\nBy Ana Berg 23 November 2023, 4:16PM\n\nThe navy received two boats.", "a.txt", "a")
    assert (article.author, article.date, article.paragraphs[0].kind) == ("Ana Berg", "2023-11-23", "byline")
    article = read_text("Boats for Varno\n\nBy Staff Writer\n\nThe navy received two boats.", "a.txt", "a")
    assert (article.author, article.outlet, article.paragraphs[0].kind) == (None, None, "byline")
