"""Roles, quotes and quantities, each on the news forms it must handle."""
from __future__ import annotations

import pytest

from generator.extract import Matcher, extract
from generator.extract.quantities import find_quantities
from generator.extract.matcher import given_name
from generator.extract.roles import appointed_as, appositive_after, title_before, title_before_comma
from generator.extract.text import normalise
from generator.readers.text import read_text
from generator.discover.people import find_people
from generator.model import Article, Entity, Paragraph

PEOPLE = {e.id: e for e in [
    Entity("peskov", "Dmitry Peskov", "person"), Entity("makei", "Vladimir Makei", "person"),
    Entity("shoigu", "Sergei Shoigu", "person"), Entity("zakharova", "Maria Zakharova", "person"),
    Entity("su-35", "Su-35", "equipment"), Entity("s-400", "S-400", "equipment"),
    Entity("russia", "Russia", "place", fields=(("demonym", "Russian"),)),
]}


def article(*paragraphs: str) -> Article:
    return Article("a", "a.txt", "T", tuple(Paragraph(i, f"p{i + 1}", t, i + 1) for i, t in enumerate(paragraphs)))


def run(*paragraphs: str):
    return extract(article(*paragraphs), Matcher(PEOPLE))


@pytest.mark.parametrize("text, name, role", [
    ("Kremlin spokesman Dmitry Peskov said.", "Dmitry Peskov", "Kremlin spokesman"),
    ("It was unclear. Deputy Russian defence minister Dmitry Peskov said.", "Dmitry Peskov",
     "Deputy Russian defence minister"),
    ("said Belarusian foreign minister Vladimir Makei at a press", "Vladimir Makei", "Belarusian foreign minister"),
    ("According to NATO Secretary General Dmitry Peskov, no.", "Dmitry Peskov", "NATO Secretary General"),
    ("On Monday Defense Minister Sergei Shoigu arrived.", "Sergei Shoigu", "Defense Minister"),
    ("The Chief of the General Staff Sergei Shoigu came.", "Sergei Shoigu", "Chief of the General Staff"),
    # an office in lower case before a rank
    ("The commander of the Russian division, Major General Sergei Shoigu, came.", "Sergei Shoigu",
     "commander of the Russian division, Major General"),
])
def test_title_before_name(text, name, role):
    assert title_before(text, text.index(name)) == role


@pytest.mark.parametrize("text, name, role", [
    ("Vladimir Makei, State Secretary of the Belarusian Security Council. More", "Vladimir Makei",
     "State Secretary of the Belarusian Security Council"),
    ("Igor Osipov, commander of the Black Sea Fleet, said", "Igor Osipov", "commander of the Black Sea Fleet"),
    ("Peskov, adding that the process would take weeks.", "Peskov", None),
    ("Makei, who spoke on Monday, said", "Makei", None),
])
def test_appositive_after_name(text, name, role):
    assert appositive_after(text, text.index(name) + len(name)) == role


def quotes(*paragraphs):
    return [(q.speaker_id, q.text) for q in run(*paragraphs).quotes]


def test_quote_then_said_name():
    assert quotes('"We are ready for anything," said Dmitry Peskov.') == [("peskov", "We are ready for anything")]


def test_quote_then_name_said_and_continuation():
    assert quotes("“We are ready for anything,” Dmitry Peskov told reporters. “And we will stay ready.”") == [
        ("peskov", "We are ready for anything"), ("peskov", "And we will stay ready.")]


def test_name_said_then_quote_and_mixed_marks():
    assert quotes('Vladimir Makei said last month that the “goal is to defend the state."') == [
        ("makei", "goal is to defend the state.")]


def test_quote_naming_another_person_inside_is_not_theirs():
    result = quotes('"Dmitry Peskov has said this many times," said Vladimir Makei.')
    assert result == [("makei", "Dmitry Peskov has said this many times")]


def test_surname_and_pronoun_speakers():
    assert quotes("Sergei Shoigu visited the front.", '"The plan is working well," Shoigu said.') == [
        ("shoigu", "The plan is working well")]
    assert quotes("Maria Zakharova spoke on Monday.", '"This is a provocation by the West," she said.') == [
        ("zakharova", "This is a provocation by the West")]


def test_quote_opening_next_paragraph_continues_the_speaker():
    assert quotes('"We will respond," said Dmitry Peskov.', '"Nobody should doubt that for a second."') == [
        ("peskov", "We will respond"), ("peskov", "Nobody should doubt that for a second.")]


def test_scare_quotes_and_unattributed_quotes_are_not_quotes():
    assert quotes("The so-called “Allied Resolve” drills began.") == []
    assert quotes('Officials called it "a routine and planned exercise" on Monday.') == []
    # a name in quotation marks is no one's words, even beside a speaker
    assert quotes('The task force «Falcon» trained, Dmitry Peskov said, with its “Five Eyes” allies.') == []
    assert quotes("According to estimates offered by Dmitry Peskov, the drills, also translated as “Allied Resolve "
                  "2022”, began.") == []


def test_indirect_speech_is_not_a_quote():
    assert quotes("Dmitry Peskov said that the troops would leave.") == []


def test_quantities():
    phrases = [(q.entity_id, q.phrase, q.amount) for q in run(
        "The Kremlin sent twelve Su-35 air superiority fighters and two units of the S-400 missile "
        "defense system, while 30,000 Russian troops stayed for 24 hours in 2022.").quantities]
    assert phrases == [("su-35", "twelve Su-35 air superiority fighters", 12),
                       ("s-400", "two units of the S-400 missile defense system", 2),
                       ("russia", "30,000 Russian troops", 30000)]


def test_quantity_ignores_years_and_durations():
    assert find_quantities("In 2022 it took 3 weeks and 40 kilometers.") == []


# Attribution forms of real published news, in sentences of our own.

ACTORS = {e.id: e for e in [
    Entity("ivo", "Ivo Marek", "person"), Entity("lea", "Lea Horvat", "person"), Entity("dan", "Dan Aro", "person"),
    Entity("ministry", "Ministry of Transport", "organization", ("MoT",)),
    Entity("coastguard", "Harbour Guard", "organization"), Entity("nova", "Nova Agency", "organization"),
]}


def attributed(*paragraphs):
    return [(q.speaker_id, q.text) for q in extract(article(*paragraphs), Matcher(ACTORS)).quotes]


@pytest.mark.parametrize("paragraphs, speaker", [
    (("Transport Minister Ivo Marek opened the bridge.", '"The bridge is safe," the minister underscored.'), "ivo"),
    (('"The bridge is safe," said the transport minister.', "Transport Minister Ivo Marek opened it."), "ivo"),
    (("Lea Horvat, the harbour spokeswoman, spoke.", "Dan Aro, the mayor, also spoke.",
      '"Ships will wait," the spokesperson added.'), "lea"),
])
def test_speaker_named_by_role(paragraphs, speaker):
    assert [s for s, _ in attributed(*paragraphs)] == [speaker]


@pytest.mark.parametrize("text", [
    'Ivo Marek insisted that "the bridge is safe".',
    'Ivo Marek stressed: "the bridge is safe".',
    'Ivo Marek: "the bridge is safe".',
    '"The bridge is safe," Ivo Marek wrote on social media.',
    'Ivo Marek denied the bridge was "unsafe in any way".',
    'Crews "had never seen such damage" on the bridge, Deputy Minister Ivo Marek of the Republic said in a statement.',
])
def test_reporting_verbs_and_forms(text):
    assert [s for s, _ in attributed(text)] == ["ivo"]


def test_statements_of_organisations():
    assert attributed('"All ferries run on time," the Ministry of Transport said in a statement.') == [
        ("ministry", "All ferries run on time")]
    assert attributed('The MoT said in a statement, "All ferries run on time."') == [("ministry", "All ferries run on time.")]
    assert attributed('"All ferries run on time," a MoT official said.') == [("ministry", "All ferries run on time")]
    assert attributed("The Harbour Guard issued a warning.", '"Keep clear of the quay," it said.') == [
        ("coastguard", "Keep clear of the quay")]
    assert attributed("The Ministry of Transport met.", '"Ferries run," the ministry said.') == [("ministry", "Ferries run")]
    two_guards = {**ACTORS, "other": Entity("other", "Island Harbour Guard", "organization")}
    quotes = extract(article("The Harbour Guard and the Island Harbour Guard met.",
                             'The island harbour guard said boats met "hostile manoeuvres".'), Matcher(two_guards)).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("other", "hostile manoeuvres")]


def test_a_person_beats_the_organisation_in_their_role_and_the_object_of_a_verb():
    assert attributed('Lea Horvat, a spokeswoman for the Harbour Guard, accusing crews of "ignoring every warning".') == [
        ("lea", "ignoring every warning")]
    assert attributed('Dan Aro, Nova Agency spokesman to the press, said: "We saw it."') == [("dan", "We saw it.")]
    assert attributed("Ivo Marek spoke.", 'He faulted the Harbour Guard, saying it had "ignored every warning".') == [
        ("ivo", "ignored every warning")]


def test_pronoun_object_and_a_quote_running_into_the_next_paragraph():
    assert attributed("Nova Agency quoted Lea Horvat.", '"The port is closed," she said.') == [("lea", "The port is closed")]
    assert attributed("In a statement, the Ministry of Transport said: “All ferries run on time.",
                      "“Passengers should check the timetable.”") == [
        ("ministry", "All ferries run on time."), ("ministry", "Passengers should check the timetable.")]


@pytest.mark.parametrize("paragraphs", [
    ('According to a statement from the Ministry of Transport, crews were "working around the clock".',),
    ('"Ferries run," the Ministry of Transport, MoT, said.',),
])
def test_according_to_and_appositives_before_the_verb(paragraphs):
    assert [s for s, _ in attributed(*paragraphs)] == ["ministry"]


def test_present_tense_passive_reporting_and_titles_with_commas():
    assert [s for s, _ in attributed('Transport Minister Ivo Marek hails the bridge as "a triumph".')] == ["ivo"]
    assert [s for s, _ in attributed("Ivo Marek spoke.", '"We will build more," he was quoted as saying.')] == ["ivo"]
    assert [s for s, _ in attributed('"Ships will wait," the agency\'s spokeswoman, Capt. Lea Horvat, said.')] == ["lea"]


def test_appositives_set_off_by_dashes_or_brackets_and_pronoun_objects():
    for text in ("Ivo Marek — the port's director — spoke.", "Ivo Marek (the port's director) spoke."):
        assert [r.role for r in extract(article(text), Matcher(ACTORS)).roles] == ["port's director"], text
    assert attributed("Lea Horvat spoke.", 'Nova Agency quoted her as saying "the port is closed".') == [
        ("lea", "the port is closed")]


def test_the_statement_read_the_company_said_and_he_is_who_spoke():
    assert attributed("The Ministry of Transport said in a statement that ferries would run.",
                      '"All routes reopen today," the statement read.') == [("ministry", "All routes reopen today")]
    firm = {**ACTORS, "firm": Entity("firm", "Vantor Dynamics Corp", "organization", ("Vantor Dynamics",))}
    quotes = extract(article("Vantor Dynamics said it would deliver.", '"We are on schedule," the company said.'),
                     Matcher(firm)).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("firm", "We are on schedule")]
    assert attributed("Ivo Marek told reporters, after meeting Dan Aro and Lea Horvat, that talks went well.",
                      '"We agreed on everything," he said.') == [("ivo", "We agreed on everything")]


def test_role_known_from_elsewhere_and_a_pronoun_closing_the_sentence():
    people = {**ACTORS, "ivo": Entity("ivo", "Ivo Marek", "person", fields=(("role", "Transport Minister"),))}
    quotes = extract(article("Ivo Marek spoke.", 'The minister warned that Dan Aro would face "a long delay".'),
                     Matcher(people)).quotes
    assert [q.speaker_id for q in quotes] == ["ivo"]
    assert attributed("Ivo Marek spoke.", 'Crews made "more than 40 repairs", and on Monday closed the bridge, he added.') == [
        ("ivo", "more than 40 repairs")]
    assert attributed('"It was the right call," said Harbour Guard Captain Dan Aro.') == [("dan", "It was the right call")]


def test_a_quote_standing_alone_after_a_sentence_about_a_person():
    assert attributed('Ivo Marek thanked the crews. "You built it in a year." Then he left.') == [
        ("ivo", "You built it in a year.")]
    assert attributed('Lea Horvat arrived. The ship docked at noon. "A fine day."') == []  # no person opens it


def test_statements_by_or_citing_a_person_and_predicates_before_a_colon():
    assert attributed("The news came in a statement on Monday by Colonel Ivo Marek, the harbour spokesman.",
                      '"The first ships arrived today," the statement read.') == [("ivo", "The first ships arrived today")]
    assert attributed('"Crews will patrol the bay," the statement said citing Colonel Lea Horvat, the port chief.',
                      '"Ferries will wait," the statement continued.') == [
        ("lea", "Crews will patrol the bay"), ("lea", "Ferries will wait")]
    assert attributed("Months after one port closed, Ivo Marek closed another: “No ship will dock here.”") == [
        ("ivo", "No ship will dock here.")]
    assert attributed("Ivo Marek spoke.", "With “no firm date” for the repairs, however, he said the bridge would open.") == [
        ("ivo", "no firm date")]
    assert attributed('"The bay is calm," Dan Aro of the Harbour Guard’s (HG) Northern Port Office said.') == [
        ("dan", "The bay is calm")]


def test_a_family_name_of_two_letters_written_first_stands_for_the_person():
    people = {**ACTORS, "li": Entity("li", "Li Wen", "person")}
    quotes = extract(article("Colonel Li Wen spoke.", "The drills are “a routine patrol”, Li said."), Matcher(people)).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("li", "a routine patrol")]
    assert given_name("He Lin") is None and given_name("US Navy") is None  # "He said" is a pronoun


def test_seventh_held_out_quote_classes():
    # The person beats the body their role names, also after "of the U.S. ..." and after a
    # describing compound ("chairman of X's Y-maker Z").
    firm = {**ACTORS, "firm": Entity("firm", "Vantor Dynamics", "organization"),
            "us": Entity("us", "U.S. Harbour Command", "organization")}
    quotes = extract(article('"We saw the ship," Captain Dan Aro of the U.S. Harbour Command told a paper.'),
                     Matcher(firm)).quotes
    assert [q.speaker_id for q in quotes] == ["dan"]
    quotes = extract(article("Lea Horvat, chairman of Ferry's Bridge-maker Vantor Dynamics, said that the span, "
                             'long planned, "will carry trains by spring."'), Matcher(firm)).quotes
    assert [q.speaker_id for q in quotes] == ["lea"]
    # A name in quotation marks after "also known as" or "is called" is no one's words; "what X
    # called the '...'" is X's.
    assert attributed('"The port is closed," the Ministry of Transport said, naming the strait also known as '
                      'the "Narrow Water".') == [("ministry", "The port is closed")]
    assert attributed('Ivo Marek spoke. The ferries are what Ivo Marek called the "best in the region".') == [
        ("ivo", "best in the region")]
    # A quote in straight marks inside one in curly marks is part of it; "the ministry" of an article
    # that names two is the one named last before.
    two = {**ACTORS, "other": Entity("other", "Ministry of Harbours", "organization")}
    quotes = extract(article("The Ministry of Harbours met. The ferries run, said the Ministry of Transport.",
                             '“Crews praised the "Blue Line" ferry at length,” the ministry wrote in a post.'),
                     Matcher(two)).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("ministry", 'Crews praised the "Blue Line" ferry at length')]


def test_eighth_held_out_quote_classes():
    # "said the Inspector General of X" is the one whose role holds the whole title, named later;
    # "pointed out that ... "..."" reports speech.
    people = {**ACTORS, "navy": Entity("navy", "Harbour Navy", "organization")}
    quotes = extract(article('The visit was "a milestone," said the Inspector General of the Harbour Navy.',
                             "Present were Lieutenant General Ivo Marek, Inspector General of the Harbour Navy, "
                             "and Dan Aro, Lieutenant General."), Matcher(people)).quotes
    assert [q.speaker_id for q in quotes] == ["ivo"]
    assert attributed('Ivo Marek pointed out that the ferries are "safer than ever".') == [("ivo", "safer than ever")]


def test_tenth_held_out_quote_classes():
    # Guillemets are quotation marks; "He said" after a paragraph that opens with one person and
    # names others is the one it opens with.
    assert attributed("«The bridge is safe,» Ivo Marek said.") == [("ivo", "The bridge is safe")]
    assert attributed("Transport Minister Ivo Marek met his counterparts, Lea Horvat and Dan Aro.",
                      'He said: "The talks went well."') == [("ivo", "The talks went well.")]


def test_eleventh_held_out_quote_classes():
    # "expressed" reports speech, and "the Honourable" is a form of address, not a role; an
    # appositive whose closing comma is left out; "According to" a long title; "Canada's
    # defence department"-style speakers (whose it is, then the body or title); a guillemet
    # closed by a straight mark is two quotes, not one with a nested quote.
    assert attributed("“The bridge is safe,” expressed the Honourable Ivo Marek, Minister of Transport.") == [
        ("ivo", "The bridge is safe")]
    assert "Honourable" not in [r.role for r in extract(article(
        "The Honourable Ivo Marek, Minister of Transport, spoke."), Matcher(ACTORS)).roles]
    assert attributed("“The bridge is safe,” Maj. Ivo Marek, head of the planning section at the Harbour Guard "
                      "said in a statement.") == [("ivo", "The bridge is safe")]
    assert attributed('According to Ruritanian Transport Minister Ivo Marek, this is a "wholly new chapter" '
                      "for the town.") == [("ivo", "wholly new chapter")]
    assert attributed("The Ministry of Transport said on Monday that the bridge was ready.",
                      "“We are confident the bridge will carry the traffic,” the country’s transport ministry adds.") == [
        ("ministry", "We are confident the bridge will carry the traffic")]
    assert attributed("Transport Minister of Ruritania Ivo Marek opened it.",
                      "“It depends on the weather,” Ruritania’s Transport Minister said.") == [
        ("ivo", "It depends on the weather")]
    assert attributed("The Nova Agency said in a press release that the bridge was ready.",
                      '«I am pleased that the town, with its neighbours, has a bridge," Transport Minister Ivo Marek '
                      'said. "The state\'s role in paying for it shows the partnership,» he added.') == [
        ("ivo", "I am pleased that the town, with its neighbours, has a bridge"),
        ("ivo", "The state's role in paying for it shows the partnership")]
    assert attributed('“The crews called it the "old lady" of the fleet,” Ivo Marek said.') == [
        ("ivo", 'The crews called it the "old lady" of the fleet')]


def test_twelfth_held_out_quote_and_role_classes():
    # The agent of a passive speech verb speaks ("praised by X for "...""); an earlier quote of
    # the same sentence without attribution is the speaker's who closes it (not a scare quote of
    # fewer than four words); a title in lower case before a comma; "his predecessor".
    assert attributed("Lea Horvat joined by video, and was praised by Ivo Marek for “leading the port out of years "
                      "of decline.”") == [("ivo", "leading the port out of years of decline.")]
    assert attributed("The sale of the old ferries that “have been kept in good repair for years” means the port "
                      "will “join the wider family”, said the transport minister, Ivo Marek.") == [
        ("ivo", "have been kept in good repair for years"), ("ivo", "join the wider family")]
    assert attributed('The “quite new” plan means the port will “join the wider family of ports”, Ivo Marek said.') == [
        ("ivo", "join the wider family of ports")]
    roles = {r.role for r in extract(article("On Monday the Ruritanian minister of transport, Ivo Marek, and Dan Aro, "
                                             "his predecessor, met."), Matcher(ACTORS)).roles}
    assert {"Ruritanian minister of transport", "his predecessor"} <= roles


def test_fourteenth_held_out_quote_classes():
    # "He thanked X for "..."": the thanks are the speaker's words; an outlet that "reported" a quote.
    assert attributed("Ivo Marek opened the bridge.", "He also thanked the city for “standing by the port in hard "
                      "years.”") == [("ivo", "standing by the port in hard years.")]
    assert attributed("Last week the Nova Agency reported that the port “is taking on a second ferry line.”") == [
        ("nova", "is taking on a second ferry line.")]


def test_fifteenth_held_out_quote_classes():
    # A quote closed by a full stop ends its sentence: the next sentence's speaker is not its
    # speaker, unless that sentence only attributes it; a paragraph that is one quote goes on from
    # the person who spoke in the paragraph before (not from one merely named there).
    assert attributed('"The port is open," Ivo Marek told reporters. "Ferries will run again." Lea Horvat praised '
                      'the plan as "a fine start" for the city.') == [
        ("ivo", "The port is open"), ("ivo", "Ferries will run again."), ("lea", "a fine start")]
    assert attributed('"The port is open." Ivo Marek said.') == [("ivo", "The port is open.")]
    assert attributed("Lea Horvat vowed to reopen the port.", '"We will reopen it within a year."') == [
        ("lea", "We will reopen it within a year.")]
    assert attributed("The port was closed after a storm, Lea Horvat's office wrote.",
                      '"We will reopen it within a year."') == []


def test_sixteenth_held_out_quote_classes():
    # "X referred to Y as a "..."": X's words (but "referred to as" names a thing).
    assert attributed("Ivo Marek referred to the new bridge as a “turning point” for the town.") == [
        ("ivo", "turning point")]
    assert attributed("The bridge, referred to as the “Blue Arch”, opened.") == []


def test_seventeenth_held_out_quote_classes():
    # Single quotation marks where a paragraph has no double ones, closed by a sentence's
    # punctuation (an apostrophe closes none); "clarified"; "the minister" is no prime minister;
    # a few words quoted as a heading of their own continue nobody's speech.
    assert attributed("'The bridge doesn't move,' Ivo Marek said. 'It is the harbour's pride.'") == [
        ("ivo", "The bridge doesn't move"), ("ivo", "It is the harbour's pride.")]
    assert attributed("The allies' plan was ready, Ivo Marek's office said.") == []
    assert attributed("Ivo Marek clarified that the bridge would let the town “breathe again.”") == [
        ("ivo", "breathe again.")]
    assert attributed("Transport Minister Ivo Marek and the prime minister, Lea Horvat, met.",
                      "“The bridge opens in May,” said the minister.") == [("ivo", "The bridge opens in May")]
    assert attributed("“The bridge opens in May,” Ivo Marek said.", "“Open the bridge”",
                      "Lea Horvat asked the city to “open the bridge.”") == [
        ("ivo", "The bridge opens in May"), ("lea", "open the bridge.")]


def test_eighteenth_held_out_quote_classes():
    # A titled name right after a quote speaks though the verb is left out; a body that qualifies
    # people ("the Kest scientists") does not speak for the subject who does; a pronoun before a
    # quote may have a name in quotation marks between; a quoted name with its comma is no quote.
    assert attributed("“We will open the bridge,” Transport Minister Ivo Marek during the ceremony.") == [
        ("ivo", "We will open the bridge")]
    assert attributed("Lea Horvat congratulated Nova Agency engineers for the work, and said it gives the town "
                      "“new strength”.") == [("lea", "new strength")]
    assert attributed("Ivo Marek opened it.", "He said the use of the “Kestrel” bridge is not aimed at “any one "
                      "town.”") == [("ivo", "any one town.")]
    assert attributed("“Kestrel,” which stands for a bird, is the bridge's name.") == []


def test_nineteenth_held_out_quote_classes():
    # A single-marked quote closed outside its punctuation ("'...', X said"); "according to X" after a quote.
    assert attributed("Parts may change, but this was 'a normal part of the work', Ivo Marek said.") == [
        ("ivo", "a normal part of the work")]
    assert attributed("The work was “hard,” according to Lea Horvat, head of the yard.") == [("lea", "hard")]


def test_twentieth_held_out_quote_and_role_classes():
    # "X, the minister, was quoted"; a second office held with the first ("deputy mayor and transport minister").
    assert attributed("'We will open the bridge,' Ivo Marek, the harbour master, was quoted in a statement.") == [
        ("ivo", "We will open the bridge")]
    roles = {r.role for r in extract(article("Ivo Marek, deputy mayor and transport minister, said so."),
                                     Matcher(ACTORS)).roles}
    assert roles == {"deputy mayor and transport minister"}


def test_twenty_first_held_out_quote_classes():
    # "stating that ... "..."".
    assert attributed("Ivo Marek ruled out delays on Monday, stating that the bridge is “ready and safe”.") == [
        ("ivo", "ready and safe")]


def test_twenty_third_held_out_quote_classes():
    # A quote closed by a full stop, then a speech verb in lower case: the full stop stood for a
    # comma, and the speaker follows; and "commended the "..."".
    assert attributed("“The bridge opens a new chapter for the harbour.” said Ivo Marek, the harbour’s mayor.") == [
        ("ivo", "The bridge opens a new chapter for the harbour.")]
    assert attributed("Ivo Marek, the mayor of Kest, commended the “steady work of the crews” on the bridge.") == [
        ("ivo", "steady work of the crews")]


def test_twenty_fourth_held_out_quote_classes():
    # A paragraph that breaks off mid-sentence, then a quote that carries the sentence on; "a warning
    # from X of "...""; quotation marks out of order ('... to improve ”Kestrel”,” X said.') still
    # give X the quote, and the "," between two marks is no quote.
    assert attributed("Ivo Marek, the mayor, wrote in a letter that the bridge",
                      "“will open for purely practical reasons” to calm the harbour.") == [
        ("ivo", "will open for purely practical reasons")]
    assert attributed("It came with a warning from Mayor Ivo Marek of impending “closures” on the bridge.") == [
        ("ivo", "closures")]
    assert attributed("“What we need is not a new port, but to improve ”Kestrel”,” Ivo Marek said.") == [
        ("ivo", "What we need is not a new port, but to improve")]


def test_twenty_seventh_held_out_quote_classes():
    # '"...," the message reads': a body's message, given to the body the article last named.
    assert attributed("The press service of the Ministry of Transport reported the change.",
                      "“The bridge will close for a week,” the message reads.") == [
        ("ministry", "The bridge will close for a week")]


def test_twenty_eighth_held_out_role_and_quote_classes():
    # A title in the plural before two names is both's; the next titled person of a list is no
    # appositive of the name before ("A, Kestria's Ambassador to Varno Ivo Marek, ..."); "being a X
    # member, Name said" gives no role; a paragraph opening "He stressed ..." makes the next
    # paragraph's lone quote that person's.
    article_ = article("Harbour Deputy Ministers Lea Horvat and Dan Aro, Kestria's Ambassador to Varno Ivo Marek, came.",
                       "With Kestria being both a harbour and river member, Lea Horvat said it was fine.")
    roles = {(r.entity_id, r.role) for r in extract(article_, Matcher(ACTORS)).roles}
    assert roles == {("lea", "Harbour Deputy Ministers"), ("dan", "Harbour Deputy Ministers"),
                     ("ivo", "Kestria's Ambassador to Varno")}
    assert attributed("“The bridge opens today,” said Ivo Marek.", "He stressed that the harbour was ready.",
                      "“The ships can sail. This is just the beginning.”") == [
        ("ivo", "The bridge opens today"), ("ivo", "The ships can sail. This is just the beginning.")]


def test_thirtieth_held_out_quote_classes():
    # A statement issued by a person whose title is set off by commas is that person's.
    assert attributed("A statement issued by the harbour's spokesman, Mayor Ivo Marek, said the bridge was ready.",
                      "“The bridge opens on Monday,” the statement explained.") == [("ivo", "The bridge opens on Monday")]


def test_thirty_second_held_out_quote_classes():
    # A line of the writer's name (and the date) names no one a later "he said" means.
    assert attributed("Ivo Marek", "May 9, 2024", "VARNO – The harbour will cost less, an official said.",
                      "“We will do our best,” he said.") == []
    assert attributed("Ivo Marek • 8 June 2023", "Mayor Lea Horvat opened the bridge.",
                      "“We will do our best,” she said.") == [("lea", "We will do our best")]


def test_thirty_third_held_out_quote_classes():
    # A quote that opens a paragraph and is not closed in it goes on in the next, whose speaker it
    # is; in double or single marks.
    assert attributed("Mayor Lea Horvat visited the harbour.", "The plan is part of the programme.",
                      "“We definitely need more ships because the harbour is vast.",
                      "“We bought the ships last year,” she said after the visit.") == [
        ("lea", "We definitely need more ships because the harbour is vast."), ("lea", "We bought the ships last year")]
    assert attributed("The plan is part of the programme.", "‘I think it is very likely because we are on track.",
                      "‘If they want the same ship, the second batch is a continuation,’ Ivo Marek said.") == [
        ("ivo", "I think it is very likely because we are on track."),
        ("ivo", "If they want the same ship, the second batch is a continuation")]


def test_thirty_fourth_held_out_quote_classes():
    # '"...," said the harbour's media wing, the Harbour Guard': a description, then the body named.
    assert attributed("“The launch was aimed at readiness,” said the harbour’s official media-wing, the Harbour Guard, "
                      "in a press release.") == [("coastguard", "The launch was aimed at readiness")]


def test_forty_first_held_out_quote_classes():
    # A quote in a reported clause is the words of the person the clause opens with ("media
    # reported that Mayor X intends to open it "..."", also after "and that"), and a quote after
    # "noting:" goes on with them; a name ending in "al-X" speaks by it.
    assert attributed("Media reported that the bridge is late and that Mayor Ivo Marek intends to open it “as soon as "
                      "possible”, noting: “Eight ships will come in the first phase.”") == [
        ("ivo", "as soon as possible"), ("ivo", "Eight ships will come in the first phase.")]
    people = {"ahmed": Entity("ahmed", "Ahmed Karim al-Tamimi", "person"), **ACTORS}
    quotes = extract(article("Mayor Ivo Marek met Ahmed Karim al-Tamimi.",
                             "In an interview, al-Tamimi warned that tensions “could end the partnership.”"),
                     Matcher(people)).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("ahmed", "could end the partnership.")]


def test_forty_second_held_out_quote_classes():
    # '"...," affirmed Kest group CE X': the body before "group" and a title qualifies the person; a
    # paragraph closing ", he said." has that person speak, so a quote left open in the next
    # paragraph goes on from them.
    assert attributed("“This is a historic moment,” affirmed Harbour Guard group CE Ivo Marek.") == [
        ("ivo", "This is a historic moment")]
    assert attributed("The harbour has no buyers, its chairperson Lea Horvat said.", "Dredging costs R80m a year, she said.",
                      "“The Harbour Guard will keep the channel open.", "“What happens next, we are reviewing.”") == [
        ("lea", "The Harbour Guard will keep the channel open."), ("lea", "What happens next, we are reviewing.")]


def test_forty_fifth_held_out_quote_classes():
    # "the premier" is the prime minister; a paragraph that opens "The premier also said ..." has
    # them speak, so a later "she added" means them, not a person the paragraph merely names.
    assert attributed("Prime Minister Lea Horvat opened the bridge.",
                      "The premier also said the plan follows one made by Ivo Marek in 1974.",
                      "“We have bought many ships for the harbour,” she added.") == [
        ("lea", "We have bought many ships for the harbour")]


def test_forty_sixth_held_out_quote_classes():
    # A paragraph quoted without marks, its attribution after a dash ("... units. - X stated.";
    # not "- the report says."); a label before a quote that opens its paragraph ("Quote: "...""),
    # which goes on from the person of the paragraph before; ", which he said "..."" is his, not the
    # body's named before; "said the Chief of the Harbour Guard" is the chief, not the guard.
    assert attributed("Mayor Ivo Marek met the crews.",
                      "This work has my full support. We will do more. - Marek stated.",
                      "I heard reports from the harbour. - the report says.") == [
        ("ivo", "This work has my full support. We will do more.")]
    assert attributed("He told Nova Agency that the bridge was vital, Ivo Marek said.",
                      "Quote: “The bridge is vital for the harbour.”",
                      "He also briefed Nova Agency on the works, which he said “remain difficult”.") == [
        ("ivo", "The bridge is vital for the harbour."), ("ivo", "remain difficult")]
    assert attributed("Chief of the Harbour Guard Lea Horvat spoke.",
                      "“They are on their way!” said the Chief of the Harbour Guard.") == [
        ("lea", "They are on their way!")]


def test_forty_seventh_held_out_quote_classes():
    # "According to a statement from the ministry, ... "..."": the ministry's words, though a name
    # that reads as a verb ("Said X") stands between.
    assert attributed("The Ministry of Transport spoke on Monday.",
                      "According to a statement from the ministry, the envoy met with Said Aro, the harbour chief, "
                      "to discuss “the state of the harbour and ways to improve it.”") == [
        ("ministry", "the state of the harbour and ways to improve it.")]


def test_forty_eighth_held_out_quote_classes():
    # '..., the newspaper reported.' closing the sentence: the outlet named before.
    assert attributed("Nova Agency cited two sources on Monday.",
                      "The deal would see the harbour take “more than twenty ships” next year, the newspaper reported.") == [
        ("nova", "more than twenty ships")]


def test_fiftieth_held_out_quote_classes():
    # "the X council (XC) said in a statement", then '"...," the statement said': the council's.
    people = {"kc": Entity("kc", "KC", "organization", ("harbour council",)), **ACTORS}
    quotes = extract(article("The harbour will grow, the town's harbour council (KC) said in a statement on Tuesday.",
                             "“Having a deep channel is key to the harbour,” the statement said."), Matcher(people)).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("kc", "Having a deep channel is key to the harbour")]


def test_fifty_fifth_held_out_quote_classes():
    # A live blog's line names its speaker after a colon at its end, the time before it: the words
    # between are the speaker's, also where the line opens a quotation it never closes.
    quotes = extract(article("Minister Ivo Marek answered questions on Saturday night.",
                             "10:52 pm: Those who watch us closely will gain from this, and we will not allow it: Ivo",
                             "10:50 pm: “For whom is he worried? Whom is he trying to help, by asking this?: Ivo",
                             "10:48 pm: The jets will fly: a plan for the spring."), Matcher(ACTORS)).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [
        ("ivo", "Those who watch us closely will gain from this, and we will not allow it"),
        ("ivo", "For whom is he worried? Whom is he trying to help, by asking this?")]


def test_fifty_sixth_held_out_quote_classes():
    # '"...," said MoT-Varno contracting officer Lea Horvat': a branch of the body, a title of two
    # words, and the person, who speaks.
    quotes = extract(article("Officials from the Ministry of Transport (MoT) met.",
                             "\"A contract is signed in minutes,\" said MoT-Varno contracting officer Lea Horvat, who oversees it."),
                     Matcher(ACTORS)).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("lea", "A contract is signed in minutes")]


def test_fifty_seventh_held_out_quote_classes():
    # A transcript's line whose label names a person is that person's quotation ('Ivo Marek: "..."',
    # in marks, stays the usual form).
    quotes = extract(article("Spokesperson Ivo Marek held a press conference.", "KTV: Can you tell us more?",
                             "Ivo Marek: The ministry has been in close contact with them."), Matcher(ACTORS)).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("ivo", "The ministry has been in close contact with them.")]


def test_fifty_ninth_held_out_quote_classes():
    # A colon near a paragraph's end names a live blog's speaker only on a line that opens with its
    # time: "The frigate sails. Photo: LSIS Ivo Marek" is a credit, no quotation.
    quotes = extract(article("The frigate sails in the harbour with the others. Photo: LSIS Ivo Marek"), Matcher(ACTORS)).quotes
    assert quotes == ()


def test_sixty_first_held_out_role_classes():
    # A role stated in a relative clause after the name, up to a clause of time; and none where the
    # clause states no title.
    text = "Guests included Kestas Varnovich, who was defence minister at the time of the decision, and others."
    assert appositive_after(text, text.index(",")) == "defence minister"
    text = "The plan was backed by Ivo Marek, who is the chief of the general staff."
    assert appositive_after(text, text.index(",")) == "chief of the general staff"
    text = "The plan was backed by Ivo Marek, who was in Varno at the time."
    assert appositive_after(text, text.index(",")) is None


def test_sixty_second_held_out_quote_classes():
    # A clause set off by dashes between the body and its verb stands between nothing: "The agency –
    # which ... – adds that ..., "..."" is the agency's, the one the article named last.
    quotes = extract(article('The Nova Agency says it "welcomes the plan of the two ministries."',
                             'The agency – which has already supplied the harbour – adds that, with talks going on, '
                             '"it would be wrong to say more at this time".'), Matcher(ACTORS)).quotes
    assert [(q.speaker_id, q.text[:20]) for q in quotes] == [("nova", "welcomes the plan of"), ("nova", "it would be wrong to")]
    # "It said" of a joint statement is the statement's, which two or more made: no one speaker.
    quotes = extract(article('After a visit by the Harbour Guard, a joint statement was issued on Monday. The plan would, it '
                             'said, "allow more training for the crews of both countries."'), Matcher(ACTORS)).quotes
    assert quotes == ()


def test_sixty_third_held_out_role_classes():
    # Two titles of one person joined by "and"; an office in another language ("Tánaiste") names
    # its holder when it speaks.
    text = "The Tánaiste and Minister for Transport Ivo Marek said the plan was ready."
    assert title_before(text, text.index("Ivo")) == "Tánaiste and Minister for Transport"
    text = "The Minister of Trade and Industry Ivo Marek said the plan was ready."
    assert title_before(text, text.index("Ivo")) == "Minister of Trade and Industry"
    quotes = extract(article("The Tánaiste and Minister for Transport Ivo Marek said the plan was ready.",
                             'But the Tánaiste said it would take "a number of years" to build.'), Matcher(ACTORS)).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("ivo", "a number of years")]


def test_sixty_fifth_held_out_role_and_quote_classes():
    # A name in another script in brackets between the name and its appositive; a body that
    # qualifies a role ("a senior figure in X") speaks for no one when the person named before does.
    text = "Ivo Marek (伊沃), a senior member of the Kest Central Commission, spoke."
    assert appositive_after(text, text.index(" (")) == "senior member of the Kest Central Commission"
    quotes = extract(article("Ivo Marek, a senior figure in the Nova Agency, emphasized that the port "
                             "represents the “iron-clad friendship” between them."), Matcher(ACTORS)).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("ivo", "iron-clad friendship")]


def test_seventy_first_held_out_role_classes():
    # An office set off by a hyphen between spaces; "VP" is a title.
    text = "It gathered Ivo Marek - the Managing Director of the Aircraft Division at Kestwerk, and Ana Berg - the CEO of Varno."
    assert appositive_after(text, text.index(" - the M")) == "Managing Director of the Aircraft Division at Kestwerk"
    assert appositive_after(text, text.index(" - the C")) == "CEO of Varno"
    text = "Guido Kestel, VP of Kestwerk’s Falcon programme, said in a statement."
    assert appositive_after(text, text.index(",")) == "VP of Kestwerk’s Falcon programme"


def test_seventy_fourth_held_out_role_classes():
    # A clause after a name that opens on a verb in the past states no role.
    text = "Vice Admiral Ivo Marek, graced the occasion as the Chief Guest."
    assert appositive_after(text, text.index(",")) is None


def test_seventy_sixth_held_out_role_and_quote_classes():
    # An agency passes on the words of the one it "reported" or "quoted" "as saying", before the
    # quote or after it.
    assert attributed('"The jets are ready," the Nova Agency reported company head Ivo Marek as saying.') == [
        ("ivo", "The jets are ready")]
    assert attributed('The Nova Agency quoted Lea Horvat as saying "the port opens in May."') == [
        ("lea", "the port opens in May.")]
    # A post held for someone named is the role of the name before it, and the other's title is
    # the words after the link; a duty is a role ("responsible for ..."), the first name's.
    text = "The deal was signed, according to Ivo Marek, an aide of Kestrian President Lea Horvat, responsible for trade."
    assert appositive_after(text, text.index(", an")) == "aide of Kestrian President Lea Horvat"
    assert title_before(text, text.index("Lea")) == "Kestrian President"
    assert appositive_after(text, text.index(", resp")) is None
    text = "The figure was given by Dan Aro, responsible for the arms trade of Kestria with foreign partners."
    assert appositive_after(text, text.index(",")) == "responsible for the arms trade of Kestria with foreign partners"
    # (but the post of a body's chief keeps its body: "chief of the Kest Navy Staff, Admiral X")
    text = "It was the chief of the Kest Navy Staff, Vice Admiral Dan Aro, who came."
    assert title_before(text, text.index("Dan")) == "chief of the Kest Navy Staff, Vice Admiral"


def test_seventy_seventh_held_out_role_and_quote_classes():
    # A quote in someone's reported words, then "reported" and an agency: the agency passes them on.
    assert attributed('Ivo Marek thanked them and said that the navy takes it as a "sign of a good friendship '
                      'between us," reported Nova Agency.') == [("ivo", "sign of a good friendship between us")]
    assert attributed('"The ships will sail in May," reported Nova Agency.') == [("nova", "The ships will sail in May")]
    # The office before a form of address ("His Excellency") or before a rank marked retired.
    text = "It was opened by the President and Commander-in-Chief of the Armed Forces, His Excellency Ivo Marek, today."
    assert title_before(text, text.index("Ivo")) == "President and Commander-in-Chief of the Armed Forces"
    text = "Guests included the Secretary to the Ministry of Defence, General (Rtd) Ivo Marek, and others."
    assert title_before(text, text.index("Ivo")) == "Secretary to the Ministry of Defence, General"
    # "HE" in capitals is "His Excellency", no word of the name ("He" is a pronoun).
    text = "Guests included the Ambassador to Varno HE Lea Horvat and others."
    assert title_before(text, text.index("Lea")) == "Ambassador to Varno"


def test_seventy_eighth_held_out_role_and_quote_classes():
    # A paragraph that gives its speaker the floor after a colon ("X said in his opening remarks:"):
    # the next paragraph, without quotation marks, is X's words.
    assert attributed("Ivo Marek said in his opening remarks:", "Peace is built by all nations. We stand ready.",
                      "The drill lasts two weeks.") == [("ivo", "Peace is built by all nations. We stand ready.")]
    assert attributed("Ivo Marek listed the units:", "Two battalions and a field hospital.") == []
    # A title before a name whose initial is joined by a full stop is that name's, no appositive of the one before.
    text = "Present were President Ivo Marek, Minister of Defense N.Varnbold and others."
    assert appositive_after(text, text.index(", M")) is None


def test_eightieth_held_out_role_classes():
    # "chief of staff" before a rank is the office, no post held for someone named after it.
    text = "He met Army chief of staff Gen. Ivo Marek on Thursday."
    assert title_before(text, text.index("Ivo")) == "Army chief of staff Gen."
    # A sentence that runs into the next without a space ends an appositive, no joined initial.
    text = "said Ivo Marek, a defense researcher at the Kest Institute.Defense got more funds."
    assert appositive_after(text, text.index(",")) == "defense researcher at the Kest Institute"


def test_eighty_first_held_out_role_classes():
    # "His Highness" is a form of address, no role: the office before it is the role.
    text = "It was held under President His Highness Ivo Marek at the centre."
    assert title_before(text, text.index("Ivo")) == "President"
    text = "He met the ruler, His Highness Ivo Marek, at the centre."
    assert title_before(text, text.index("Ivo")) in (None, "ruler")


def test_eighty_second_held_out_quote_classes():
    # An outlet a statement is made to ("in a statement to X:", "told X:") is spoken to: not the speaker.
    assert attributed("Asked about it, the Nova Agency said in a statement to the Harbour Guard: “The port is open.”") == [
        ("nova", "The port is open.")]


def test_eighty_third_held_out_quote_classes():
    # "She believes this will "..."": an expert's view, quoted, after the one the sentence before names.
    assert attributed('Lea Horvat said the jet would fly soon. She believes this will "greatly enhance the fleet."') == [
        ("lea", "greatly enhance the fleet.")]


def test_eighty_fifth_held_out_matcher_classes():
    # A ship's name in capitals, as navies write them, is the ship the article names in title case.
    ships = {"kestrel": Entity("kestrel", "Kestrel", "equipment", fields=(("category", "ship"),)),
             "kest": Entity("kest", "Kest", "organization")}
    mentions = {m.entity_id for m in extract(article("It was followed by the KESTREL, delivered in May, for KEST."),
                                              Matcher(ships)).mentions}
    assert mentions == {"kestrel"}


def test_eighty_sixth_held_out_quote_and_role_classes():
    # A photographer credited under a picture ("Lea Horvat / AP") is no one a later "He" means.
    assert attributed("Minister Ivo Marek said the radar was vital.", "The radar was made by the Nova Agency. Lea Horvat / AP",
                      "“Recent incidents drew our attention to the need for it”He underlined in a statement.") == [
        ("ivo", "Recent incidents drew our attention to the need for it")]
    # An appositive that is a rank and a name is another person, no role of the one before.
    text = "The new pilots are Ivo Marek, Fg Offr Lea Horvat and others."
    assert appositive_after(text, text.index(",")) is None


def test_ninety_first_held_out_quote_classes():
    # '"...," the post explained': the body that posted it, named before.
    assert attributed("The Nova Agency posted photos of the ship on social media.",
                      "‘We have placed the mast and the final modules,’ the post explained.") == [
        ("nova", "We have placed the mast and the final modules")]


def test_ninety_third_held_out_quote_classes():
    # A title two people hold is the one's stated so far: "the President said" before the second
    # president is named; then "he said" goes on with the same speaker.
    assert attributed("President Ivo Marek hailed the jets. Defence Minister Lea Horvat was there.",
                      '"Hundreds were able to look up," the President said.', '"They are the new guardians," he said.',
                      "The administration of President Dan Aro approved the transfer.") == [
        ("ivo", "Hundreds were able to look up"), ("ivo", "They are the new guardians")]
    # "X's text reads, "..."": what X wrote.
    assert attributed('Minister Lea Horvat\'s text reads, "From today we have forces in the sky."') == [
        ("lea", "From today we have forces in the sky.")]


def test_ninety_fourth_held_out_quote_classes():
    # 'X's words regarding "..."' are X's, and no other quote of the sentence is.
    assert attributed("Minister Ivo Marek signed it.",
                      "While some media called it “money down the drain for all of us,” others stressed "
                      "Marek's words regarding “our ownership of the aircraft,” saying they could go to “another country.”") == [
        ("ivo", "our ownership of the aircraft")]
    # 'X said that ...' then 'The minister "believes ..."': X's words about the minister.
    assert attributed("Minister Ivo Marek signed it.", "Analyst Lea Horvat said that Marek saw the deal as crucial.",
                      'The minister "believes that by buying these jets he gains support."') == [
        ("lea", "believes that by buying these jets he gains support.")]


def test_ninety_fifth_held_out_role_classes():
    # "PM" before a name is a prime minister's title, as "DM" is a defence minister's.
    text = "April the 2nd, 2024 – PM Sergei Shoigu has stated that ships will follow."
    assert title_before(text, text.index("Sergei Shoigu")) == "PM"


def test_ninety_sixth_held_out_quote_classes():
    # "X characterized the drills as "..."": X's words.
    assert attributed("President Ivo Marek watched the drills.",
                      "Marek characterized this year’s drills as “large-scale, realistic combat exercises.”") == [
        ("ivo", "large-scale, realistic combat exercises.")]


def test_ninety_seventh_held_out_role_classes():
    # A rank, a reserve mark and a degree after the office set off by a comma: the office is the role.
    text = "The Director of the KMOD Directorate of Defense R&D (DDR&D), Brig. Gen. (res.) Dr. Ivo Marek, signed it."
    assert title_before(text, text.index("Ivo")) == "Director of the KMOD Directorate of Defense R&D, Brig. Gen."


def test_ninety_seventh_held_out_quote_classes():
    # A quote that lost its closing mark ends where its speaker, after a comma, ends the paragraph.
    assert attributed("Transport Minister Ivo Marek opened the bridge.",
                      "“It will carry trains at high speed, Transport Minister Ivo Marek said.") == [
        ("ivo", "It will carry trains at high speed")]


def test_ninety_eighth_held_out_role_classes():
    # An office's holder chosen and not yet in it, a first lady, a body's post in lower case before a rank.
    text = "President-elect Ivo Marek and First Lady Ana Berg met the Navy commander, Admiral Lea Horvat."
    assert [title_before(text, text.index(name)) for name in ("Ivo", "Ana", "Lea")] == [
        "President-elect", "First Lady", "Navy commander, Admiral"]


def test_ninety_ninth_held_out_quote_classes():
    # A quote in single marks glued to the sentence before it; "according to" a title, then the name.
    assert attributed("They built a school in Varno.'For thirty years we have been partners,' said Ivo Marek, "
                      "the president of the firm.") == [("ivo", "For thirty years we have been partners")]
    assert attributed("Transport Minister Ivo Marek opened the bridge.",
                      "According to remarks to the press from the Transport Minister of Kestria, Ivo Marek, the bridge "
                      "will open “as soon as the tests end”.") == [("ivo", "as soon as the tests end")]


def test_hundred_and_first_held_out_classes():
    # Whose view a quote gives: "From his perspective, "..."".
    assert attributed("Transport Minister Ivo Marek opened the bridge.",
                      "From his perspective, “the bridge serves the whole region well”.") == [
        ("ivo", "the bridge serves the whole region well")]
    # The office a person is named to, after "as".
    text = "The president named Ivo Marek as the country’s next minister of transport, and others."
    assert appointed_as(text, text.index("Ivo"), text.index(" as")) == "minister of transport"
    text = "He named Ivo Marek as a reason for the delay."
    assert appointed_as(text, text.index("Ivo"), text.index(" as")) is None


def test_hundred_and_fourth_held_out_classes():
    # An office in lower case "at" a body, before a name set off by commas (not "at the time").
    text = "The category manager at the Kest Agency, Ivo Marek, said the deal was done."
    assert title_before_comma(text, text.index("Ivo")) == "manager at the Kest Agency"
    text = "He was defence minister at the time, Ivo Marek recalled."
    assert title_before_comma(text, text.index("Ivo")) is None
    # A body's acronym in brackets after its name, in a person's office: the person speaks.
    assert attributed('Ivo Marek, category manager at the Ministry of Transport (MoT) said: "The bridge will open '
                      'next spring, as planned."') == [("ivo", "The bridge will open next spring, as planned.")]


def test_hundred_and_sixth_held_out_classes():
    # A title with a body's name after it, between a name and "said": the person speaks.
    assert attributed('Ivo Marek, CEO Nova Agency said: “I’m delighted that the bridge is open.”') == [
        ("ivo", "I’m delighted that the bridge is open.")]
    # A title in capitals without its article after the quote: the one person of that title.
    assert attributed("Minister Ivo Marek opened the bridge.",
                      '"I have approved the plan for a second bridge," Transport Minister said on Monday.') == [
        ("ivo", "I have approved the plan for a second bridge")]
    # "the company stated": a company named by one word and "International".
    company = Entity("kestwerk", "Kestwerk International", "organization", ("Kestwerk",))
    text = "Kestwerk will go on supporting the Harbour Guard, “building on the close ties it forged”, the company stated."
    assert [(q.speaker_id, q.text) for q in extract(article(text), Matcher({**ACTORS, "kestwerk": company})).quotes] == [
        ("kestwerk", "building on the close ties it forged")]


def test_hundred_and_seventh_held_out_classes():
    # "he" in the paragraph after a quote given by a title means that speaker, not the last one named.
    assert attributed("The bridge opened on Monday, and Transport Minister Ivo Marek took the first ride. The transport "
                      "minister - in the presence of harbour master Lea Horvat - hailed it.",
                      '"It was a smooth crossing," the transport minister said after the ride.',
                      'Further, he stressed: "There is no need to wait for the second bridge."')[-1] == (
        "ivo", "There is no need to wait for the second bridge.")
    # A paragraph that opens on a title doing something, then "he": the one of that title.
    assert attributed("Transport Minister Ivo Marek opened the bridge.", "Harbour master Lea Horvat was there too.",
                      'The transport minister shared a video of the bridge. "Its name is Kestrel," he wrote.')[-1] == (
        "ivo", "Its name is Kestrel")
    # A quote that is a sentence of its own after a sentence in which one person "said that ...".
    assert attributed('After the opening, harbour master Lea Horvat said that the bridge will help the port. '
                      '"Our crews showed courage during the works."') == [("lea", "Our crews showed courage during the works.")]


def test_hundred_and_eighth_held_out_classes():
    # An appositive title followed by its body's name, not by another person's.
    text = "It was attended by Lt. Gen. Ivo Marek, Commanding General, Kest Air Forces and Ana Berg of the embassy."
    assert appositive_after(text, text.index(", Commanding")) == "Commanding General"
    # Two apostrophes typed for a quotation mark, opening or closing.
    assert attributed("Ivo Marek, in his speech, said: ''My orders are clear and simple.\"",
                      "''So we have now sixteen ships,\" he said.") == [
        ("ivo", "My orders are clear and simple."), ("ivo", "So we have now sixteen ships")]


def test_hundred_and_thirteenth_held_out_role_and_quote_classes():
    # An office, then its holder's rank typed with stray punctuation, or set off by commas, or after the
    # office's initials or body set off by commas: the office is the role.
    text = "Guests were the Minister of Harbours, Major.-Gen. Ivo Marek (Rtd); Chief of Port Staff (CPS), Lt.- Gen. Lea Horvat."
    assert title_before(text, text.index("Ivo")) == "Minister of Harbours, Major.-Gen."
    assert title_before(text, text.index("Lea")) == "Chief of Port Staff, Lt.- Gen."
    text = "The Chief of the Port Staff, CPS, Commodore Ivo Marek, spoke."
    assert title_before(text, text.index("Ivo")) == "Chief of the Port Staff, Commodore"
    text = "The Director of Public Works, Kest Headquarters, Colonel Ivo Marek, spoke."
    assert title_before(text, text.index("Ivo")) == "Director of Public Works, Colonel"
    text = "The Chief of Port Staff, Commodore, Ivo Marek and others came."
    assert title_before_comma(text, text.index("Ivo")) == "Chief of Port Staff, Commodore"
    # A title in lower case right after a quote, before the name.
    text = '"The bridge will open," secretary of state for transport Ivo Marek said.'
    assert title_before(text, text.index("Ivo")) == "secretary of state for transport"
    # An office named by its initials speaks for the one person holding it.
    assert attributed("The Chief of Port Staff, Commodore Ivo Marek, opened the bridge with Lea Horvat.",
                      "The CPS said, “We thank the builders for the bridge.”") == [("ivo", "We thank the builders for the bridge.")]
    # A title, then what they spoke on, then "said:".
    assert attributed("Transport Minister Ivo Marek visited the port.",
                      "The transport minister on the new ferries said: “They will sail from May.”") == [
        ("ivo", "They will sail from May.")]
    # A quote left open runs on through a paragraph without marks in the first person, and on to the next.
    quotes = attributed("Ivo Marek said: “We have waited long for this bridge.",
                        "But what I can say is that it will carry the traffic of the port.",
                        "“We are glad the works are done.”")
    assert [speaker for speaker, _ in quotes] == ["ivo", "ivo", "ivo"]
    # (an unmarked paragraph that does not speak in the first person is the writer's again)
    assert [s for s, _ in attributed("Ivo Marek said: “We have waited long for this bridge.",
                                     "The bridge cost two million euros.")] == ["ivo"]
    # A body's paper quoted: "the document says" is the body named before.
    assert attributed("According to a factsheet from the Ministry of Transport, the ferries will be quieter.",
                      'Cars will board quickly, while there is a "large deck for cars" on each, the document says.') == [
        ("ministry", "large deck for cars")]


def test_hundred_and_fourteenth_held_out_role_classes():
    # A title after "the" with no comma before it; "general of X" is a post, not an adjective.
    text = "The gift came from His Highness Sheikh Ivo Marek the President of the Kest Emirates. More came later."
    assert appositive_after(text, text.index(" the President")) == "President of the Kest Emirates"
    assert appositive_after("Ivo Marek the next day left.", len("Ivo Marek")) is None
    text = "It was led by Major General Ivo Marek, the commanding general of Kest Task Force, and Lea Horvat, who spoke."
    assert appositive_after(text, text.index(", the")) == "commanding general of Kest Task Force"


@pytest.mark.parametrize("text, role", [
    # Two offices joined by "and" before a rank, where a body's noun ends the first.
    ("The Deputy Chief of Harbour Forces and Inspector General of the Kest Navy (KN), Lt Gen Ivo Marek, came.",
     "Deputy Chief of Harbour Forces and Inspector General of the Kest Navy, Lt Gen"),
    ("It was graced by the Chief of Harbour Forces (CHF) and Senior Advisor for Harbours, General Ivo Marek.",
     "Chief of Harbour Forces and Senior Advisor for Harbours, General"),
    # An office whose own words "and" joins, then ranks; the director of a programme before a rank.
    ("The Director of Personnel and Administration Brig Gen Ivo Marek briefed them.",
     "Director of Personnel and Administration Brig Gen"),
    ("However, the Kest director of the K-35 programme, Lieutenant General Ivo Marek, said no.",
     "director of the K-35 programme, Lieutenant General"),
])
def test_hundred_and_seventeenth_held_out_role_classes(text, role):
    assert title_before(text, text.index("Ivo")) == role


def test_hundred_and_twentieth_held_out_role_classes():
    # A verb in "-ed" after a title ends the title before a rank; the office an appointment gives runs
    # to a body's name of three words.
    text = "The President appointed Major General Ivo Marek as Commander of the Kest Air Force and promoted him."
    start = text.index("Ivo")
    assert title_before(text, start) == "Major General"
    assert appointed_as(text, start, start + len("Ivo Marek")) == "Commander of the Kest Air Force"


def test_hundred_and_twenty_first_held_out_quote_classes():
    # A title that acts after an opening clause naming others is whom the next "she said" means; a vice
    # president is never "the president".
    assert attributed("President Lea Horvat opened the bridge.",
                      "Speaking after a ceremony attended by Vice President Dan Aro and Transport Minister Ivo Marek, "
                      "the President emphasised the importance of the bridge.",
                      "“If the bridge is looked after, it lasts a hundred years,” she said.") == [
        ("lea", "If the bridge is looked after, it lasts a hundred years")]


@pytest.mark.parametrize("text, role", [
    # a sentence run into the next without its space; a branch in brackets inside the office
    ("It arrived on Thursday with its aircrew.Chief of Air Staff Air Marshal Ivo Marek came.", "Chief of Air Staff Air Marshal"),
    ("Later, Assistant Chief of Air Staff (Operations) Air Vice Marshal Ivo Marek briefed the press.",
     "Assistant Chief of Air Staff (Operations) Air Vice Marshal"),
    ("The veteran, General (Rtd) Ivo Marek, spoke.", "General"),
    # a branch's word beside a rank is the title's
    ("He spoke to the Chief of Defence, General Aviator Ivo Marek, on Monday.", "Chief of Defence, General Aviator"),
    ("“We are making history,” chief of defence airman General Ivo Marek said.", "chief of defence airman General"),
])
def test_hundred_and_twenty_second_and_sixth_held_out_role_classes(text, role):
    assert title_before(text, text.index("Ivo")) == role


@pytest.mark.parametrize("paragraphs, quotes", [
    # A paragraph that opens with "He" and any verb has him act: a quote alone after it is his; a person
    # named as a passive's agent is not whom a later "he said" means.
    (("Air Marshal Ivo Marek urged calm on Monday.",
      "He also extended his condolences to the families.",
      "“Accidents like this are very hard to prevent in a crowded city.”",
      "The jet, piloted by flight lieutenant Dan Aro, came down after take-off.",
      "“These aircraft do not grow old quickly,” he said."),
     [("ivo", "Accidents like this are very hard to prevent in a crowded city."),
      ("ivo", "These aircraft do not grow old quickly")]),
    # "implored" reports speech: a quote alone after it is the speaker's.
    (("Harbour spokeswoman Lea Horvat implored the crews to work hard for the port.",
      "“We want to thank the old crews and ask the new ones to keep going.”"),
     [("lea", "We want to thank the old crews and ask the new ones to keep going.")]),
    # A quote after a sentence that ends ", it added." is the body's whose statement the text gives.
    (("The Ministry of Transport said in a statement that the bridge would open in May.",
      "The bridge has four lanes, it added. “It places the harbour at the heart of the region.”"),
     [("ministry", "It places the harbour at the heart of the region.")]),
    # The first pronoun is who speaks: "He also said it shows "..."" is his, though "it" follows.
    (("Harbour spokesman Dan Aro opened the bridge, the Nova Agency reported.",
      "He also said it shows “the trust of the harbour in its crews.”"),
     [("dan", "the trust of the harbour in its crews.")]),
    # A role with its country's initials before it ("the U.S. ambassador") is the person's who holds it.
    (("It was attended by U.S. transport minister Ivo Marek.",
      "For his part, the U.S. minister pointed out that \"the bridge would carry the trade.\""),
     [("ivo", "the bridge would carry the trade.")]),
    # A quote opened by two backticks and closed by two apostrophes, as some wire copy sets it.
    (("Harbour spokesman Dan Aro said the new cranes are raising the level of work ``and with it the trade.''",),
     [("dan", "and with it the trade.")]),
    # The sentence's subject says what its participle does, though others are named nearer the quote.
    (("On Sunday, Transport Minister Ivo Marek appeared with harbour master Dan Aro and spokeswoman Lea Horvat, "
      "showing the cranes and emphasizing that “the harbour is now safer”.",),
     [("ivo", "the harbour is now safer")]),
    (("Transport Minister Ivo Marek faulted harbour master Dan Aro, saying “the cranes are late”.",),
     [("ivo", "the cranes are late")]),
    # "according to an X statement sent to Y": the statement X made, which "the statement reads" then quotes.
    (("The port is closing, according to a Harbour Guard statement sent to the Nova Agency on May 2.",
      "“Although we remain confident, we decided to close,” the statement reads in full."),
     [("coastguard", "Although we remain confident, we decided to close")]),
    # "saluting" reports what is quoted after it, as "praising" does.
    (("The Transport Minister, Ivo Marek, on Thursday received two cranes from the Nova Agency, saluting “the "
      "reliability of this partner”. The cranes arrived late.",),
     [("ivo", "the reliability of this partner")]),
    # A compound title in one hyphened word ("the Chief-of-Staff") is the person's whose role holds it.
    (("President Ivo Marek said Chief-of-Staff, Brigadier Dan Aro, in his address, said the cranes will help.",
      "“With these cranes, the harbour works faster,” the Chief-of-Staff explained."),
     [("dan", "With these cranes, the harbour works faster")]),
])
def test_hundred_and_twenty_second_to_thirty_fifth_held_out_quote_classes(paragraphs, quotes):
    assert attributed(*paragraphs) == quotes


def test_hundred_and_twenty_seventh_to_thirty_third_held_out_role_classes():
    # Where a caption places people in the picture ("(L)", "(C)", "(R)") is dropped: the appositive after
    # it is the person's role; ranks abbreviated with a stop before a surname alone ("Gen. Aro (L) and
    # Gen. Marek (R)") name people; a rank before one name and "and" is no part of the next one's role.
    caption = "Gen. Dan Aro (C), the Chief of Defence Staff, and Brig. Gen. Ivo Marek (R) look on."
    norm = normalise(caption)
    assert norm.text == "Gen. Dan Aro, the Chief of Defence Staff, and Brig. Gen. Ivo Marek look on."
    start, end = norm.span(norm.text.index("Ivo"), norm.text.index(" look"))
    assert caption[start:end] == "Ivo Marek"
    roles = {(r.entity_id, r.role) for r in extract(article(
        "Gen. Dan Aro (C), the Chief of Defence Staff, and Brig. Gen. Ivo Marek (R) look on.",
        "Gen. Lea Horvat and Gen. Ivo Marek met."), Matcher(ACTORS)).roles}
    assert roles == {("dan", "Gen."), ("dan", "Chief of Defence Staff"), ("ivo", "Brig. Gen."), ("lea", "Gen."), ("ivo", "Gen.")}
    found = find_people(normalise("Gen. Gatsa (L) and Gen. Kabare (R).").text, None)
    assert [(f.name, f.fields) for f in found] == [("Gatsa", (("role", "Gen."),)), ("Kabare", (("role", "Gen."),))]
    # "and" joining the words that modify one title is the title's, and a list's "and" before it none.
    text = "It was attended by Gen. Dan Aro, and Senior Defence and Security Advisor in the Office of the President, Gen. Ivo Marek."
    assert title_before(text, text.index("Ivo")) == "Senior Defence and Security Advisor in the Office of the President, Gen."
    # An office between two names, the second after a rank cut short ("Gen."), is the second's.
    text = "He was flanked by the Minister for Transport, Ivo Marek, Chief of Harbour Staff, Gen. Dan Aro, and others."
    assert appositive_after(text, text.index(" Marek") + 6) is None
    # An office a sentence gives with "is" or "was" ("X is the deputy editor of Y"); not a member of a
    # team that did something, nor anything else "is a ..." says of a person.
    roles = {(r.entity_id, r.role) for r in extract(article(
        "Ivo Marek is the deputy editor of Harbour Weekly. Dan Aro was the commander of the Harbour Guard until 2019.",
        "Lea Horvat is a member of the crew that won. Dan Aro is a good friend of hers."), Matcher(ACTORS)).roles}
    assert roles == {("ivo", "deputy editor of Harbour Weekly"), ("dan", "commander of the Harbour Guard")}
    # A role never holds its holder's own name: a caption a page repeats.
    roles = {r.role for r in extract(article("Transport Minister Ivo Marek (Kestpress) Transport Minister Ivo Marek (Kestpress)"),
                                     Matcher(ACTORS)).roles}
    assert roles == {"Transport Minister"}
    # A writer's line gives the writer's role once, as the reader reads it ("a reporter"), not again
    # with the outlet's name run into it.
    written = read_text("Jets arrive\n\nThe jets landed on Monday.\n\nIvo Marek is a harbour reporter for the Harbour Weekly.\n", "a.txt")
    assert [r.role for r in extract(written, Matcher(ACTORS)).roles] == ["harbour reporter"]


def test_hundred_and_thirty_sixth_to_thirty_ninth_held_out_role_classes():
    # "retired" opens an appositive's role as "former" does ("X, a retired navy commander, said"); a
    # clause's verb in "-ed" still opens none ("X, graced the occasion").
    text = "Ana Berg, a retired navy commander, said the boats were ready."
    assert appositive_after(text, text.index(",")) == "retired navy commander"
    text = "Ana Berg, graced the occasion as the chief guest."
    assert appositive_after(text, text.index(",")) is None
    # "(Ret'd)" between a rank and a name is no word of the title; a decoration's letters after a name
    # ("MSS") are no role, nor its plural of "Ms"; a form of address and a degree ("Hon. Dr.") leave the
    # role to the office before the comma, read over "within" and without its duty ("with responsibility for X").
    text = "Present were Prime Minister Brigadier (Ret’d) Ivo Marek, MSS, and Senior Minister within the Office of the " \
           "President with Responsibility for Finance and Public Service, Hon. Dr. Ana Berg, and others."
    assert title_before(text, text.index("Ivo")) == "Prime Minister Brigadier"
    assert appositive_after(text, text.index(", MSS")) is None
    assert title_before(text, text.index("Ana")) == "Senior Minister within the Office of the President"
    # (and after "the": "National Security Minister, the Hon. Dr. X")
    text = "National Security Minister, the Hon. Dr. Mila Novak (second left) spoke."
    assert title_before(text, text.index("Mila")) == "National Security Minister"
    # (after the office set off by a comma and its ranks, the degree is no part of the role: round 146)
    text = "The Director of the Kest Directorate, Brig. Gen. (res.) Dr. Ivo Marek, signed it."
    assert title_before(text, text.index("Ivo")) == "Director of the Kest Directorate, Brig. Gen."
    # A title's word inside the body an office is of ("General" in "the Kest General Conference") ends no
    # office: the office reads to its first title word's "of".
    text = "The General Coordinator of the Kest General Conference (KGC), Ana Berg has observed that it works."
    assert title_before_comma(text, text.index("Ana")) == "General Coordinator of the Kest General Conference"


def test_a_title_two_people_hold_is_the_ones_the_article_named_first_before_what_others_say():
    # "the minister" where the article names two ministers: the one named by the quote's paragraph,
    # though other articles give only the other the noun "minister" as the head of his role.
    people = {**ACTORS, "dan": Entity("dan", "Dan Aro", "person", fields=(("role", "Transport Minister, Colonel"),)),
              "lea": Entity("lea", "Lea Horvat", "person", fields=(("role", "Foreign Minister"),))}
    quotes = extract(article('Kestrian Transport Minister Dan Aro said so. "We are here today," the minister told reporters.',
                             "Aro praised the crews.", "Foreign Minister Lea Horvat said the law allows it."),
                     Matcher(people)).quotes
    assert [q.speaker_id for q in quotes] == ["dan"]


def test_hundred_and_forty_sixth_role_classes():
    # (set 145, after its one measurement) Offices listed before the last of one person's, "and" before
    # it, then ranks and the name: the role is the list (a list of "the ..." offices is several people's);
    # a degree before the name is no part of the role.
    text = ("Greetings came from His Excellency, the President of Kestria, Commander-in-Chief of the Armed Forces, and "
            "Minister of Defence, Brigadier General (Rtd) Dr Ana Berg, to all ranks.")
    assert title_before(text, text.index("Ana")) == ("President of Kestria, Commander-in-Chief of the Armed Forces, "
                                                     "and Minister of Defence, Brigadier General")
    text = "He greeted the President, the Prime Minister, and the Minister of Defence, General Ivo Marek, at the airport."
    assert title_before(text, text.index("Ivo")) == "Minister of Defence, General"
    text = "They took the oath before President Dr Ana Berg."
    assert title_before(text, text.index("Ana")) == "President"
    # An office set off from the rank and name of its holder by a dash, as by a comma.
    text = "The Chief of Defence Staff of the Kest Forces (KF) – Lieutenant-General Ivo Marek, and the Joint-Force " \
           "Commander – Major-General Dan K Aro, took their oath before President Ana Berg."
    assert title_before(text, text.index("Ivo")) == "Chief of Defence Staff of the Kest Forces, Lieutenant-General"
    assert title_before(text, text.index("Dan")) == "Joint-Force Commander, Major-General"
    # A clause after a name whose verb has a possessive after it is no appositive ("X, took their oath before Y").
    assert appositive_after(text, text.index(", took")) is None


def test_hundred_and_forty_eighth_quote_and_role_classes():
    # (set 147) "the government of President X": the body in lower case is no part of X's role.
    text = "It grew under the government of President Ana Berg."
    assert title_before(text, text.index("Ana")) == "President"
    # A company's statement by what it is ("summarized the shipyard"); a speaker who "outlined" steps,
    # one of them quoted.
    shipyard = Entity("kest", "Kest Shipyard", "organization")
    made = article("Kest Shipyard received the first payment.",
                   '"We are very happy to begin," summarized the shipyard in a brief statement.')
    assert [(q.speaker_id, q.text) for q in extract(made, Matcher({**ACTORS, "kest": shipyard})).quotes] == [
        ("kest", "We are very happy to begin")]
    assert attributed("Ivo Marek spoke on Monday.", "Marek outlined four steps: cancel the contract; move to “recover "
                      "the State’s assets”; and seek new ships.") == [("ivo", "recover the State’s assets")]


def test_hundred_and_fifty_first_quote_and_role_classes():
    # (set 151) A speaker after "said" and a title of two offices; a paragraph that is one quote, then
    # "This was highlighted by X" in the next: X's words; a minister's portfolios listed before the name.
    assert attributed("“Varno is proud to be a partner,” said Minister for Defence Industry and Minister for "
                      "International Development and the Pacific, Ivo Marek.") == [("ivo", "Varno is proud to be a partner")]
    assert attributed("“Varno as a maritime nation needs maritime security. Alone, our ability is limited.”",
                      "This was highlighted by the Minister for Defence, National Security and Policing Hon. Ivo Marek "
                      "while welcoming the vessel.") == [
        ("ivo", "Varno as a maritime nation needs maritime security. Alone, our ability is limited.")]
    text = "It was welcomed by the Minister for Defence, National Security and Policing Hon. Ivo Marek today."
    assert title_before(text, text.index("Ivo")) == "Minister for Defence, National Security and Policing"


def test_hundred_and_fifty_second_quote_classes():
    # (set 149, after its one measurement) "indicated that ..." reports speech: a phrase quoted after it is
    # the speaker's.
    assert attributed("The ambassador, Ivo Marek, indicated that the delivery symbolizes his “commitment to "
                      "strengthening the forces”.") == [("ivo", "commitment to strengthening the forces")]


def test_hundred_and_fifty_fifth_role_classes():
    # (set 154, after its one measurement) An office "of the country" runs to the name after it.
    text = "The President, Supreme Commander-in-Chief of the Armed Forces of the country Ivo Marek received the parade."
    assert title_before(text, text.index("Ivo")) == "Supreme Commander-in-Chief of the Armed Forces of the country"
    text = "The best of the country Ivo Marek came."
    assert title_before(text, text.index("Ivo")) is None


def test_hundred_and_fifty_sixth_role_and_quote_classes():
    # (set 155) Officers listed with each one's post after the name and no comma ("Maj Gen A B the Inspector
    # General of X, Brig Gen C D the head of Y and ..."): each post is its name's, no rank the next one's office.
    text = ("Gen Obuya came with Maj Gen Ana Kalo the Inspector General of the Army, Maj Gen Ivo Odo the Kest Navy "
            "Commander, Brig Gen Lea Weke the head of Logistics and Brig Gen Dan Njo the Western Sector commander.")
    assert title_before(text, text.index("Ivo Odo")) == "Maj Gen"
    assert title_before(text, text.index("Dan Njo")) == "Brig Gen"
    assert appositive_after(text, text.index("Ivo Odo") + len("Ivo Odo")) == "Kest Navy Commander"
    assert appositive_after(text, text.index("Lea Weke") + len("Lea Weke")) == "head of Logistics"
    assert appositive_after(text, text.index("Dan Njo") + len("Dan Njo")) == "Western Sector commander"
    # Police ranks as abbreviated ("CP X": Commissioner of Police) are ranks, no part of the name.
    text = "The Deputy Inspector General of Police in charge of Operations, CP Ana Kalo, saw them off."
    assert title_before(text, text.index("Ana")) == "Deputy Inspector General of Police in charge of Operations, CP"
    # '"...," reads the statement': the verb before the statement, whose maker was named before.
    assert attributed("The guard's chief toured the camps, according to a Harbour Guard statement.",
                      '"He urged the crews to stay alert," reads the statement.') == [
        ("coastguard", "He urged the crews to stay alert")]


def test_hundred_and_fifty_seventh_role_and_quote_classes():
    # (set 157, after its one measurement) An office in capitals ends before a verb in lower case, or "to"
    # and one ("X, Minister for Kest Affairs sponsored the ceremony").
    text = "Ivo Marek, Minister Responsible for Kest Affairs sponsored the ceremony."
    assert appositive_after(text, len("Ivo Marek")) == "Minister Responsible for Kest Affairs"
    text = "the care of Ivo Marek, the Supreme Commander of the Armed Forces to develop it."
    assert appositive_after(text, text.index(",")) == "Supreme Commander of the Armed Forces"
    # A quote opened by a closing mark after a colon and never closed ('he said :” ...'); "a reporter from
    # X in which he said"; "Commodore X from the Y said:" is X's, not Y's.
    assert attributed("Ivo Marek opened the bridge.", "He spoke to a reporter from the Nova Agency in which he said :” "
                      "The bridge is safe for all ships.") == [("ivo", "The bridge is safe for all ships.")]
    assert attributed("Commodore Lea Horvat from the Harbour Guard said: “We are certain the ships will wait.”") == [
        ("lea", "We are certain the ships will wait.")]


def test_hundred_and_fifty_ninth_role_and_quote_classes():
    # (set 159, after its one measurement) A list of those present: an appositive that ends in the next
    # person's name is that person's title ("A, high commissioner to Kestria B, chief of staff Admiral R. K. C,
    # members of the corps, D"); "high" and "commanding" stand in titles; a group in the plural is no one's role.
    text = ("Present was President Ivo Marek, Varnian high commissioner to Kestria Dan Aro, chief of staff of the "
            "Varnian navy Admiral R. K. Osby, members of the diplomatic corps, and the Harbour Guard commanding officer "
            "Colonel Lea Horvat.")
    assert appositive_after(text, text.index("Ivo Marek") + len("Ivo Marek")) is None
    assert title_before(text, text.index("Dan Aro")) == "Varnian high commissioner to Kestria"
    assert appositive_after(text, text.index("Dan Aro") + len("Dan Aro")) is None
    assert appositive_after(text, text.index("R. K. Osby") + len("R. K. Osby")) is None
    assert title_before(text, text.index("Lea Horvat")) == "Harbour Guard commanding officer Colonel"
    # Portfolios listed before a name without a comma; an office "of the" state and another joined by "and"
    # before "Mr."; "H.E. Sheikh" after an office set off by a comma.
    text = "in the presence of the Minister for Home Affairs, Environment and Transport Ivo Marek and others."
    assert title_before(text, text.index("Ivo")) == "Minister for Home Affairs, Environment and Transport"
    text = "The President of the Republic of Kestria and Commander in Chief of the Kest Forces (KF), Mr. Ivo Marek spoke."
    assert title_before(text, text.index("Ivo")) == (
        "President of the Republic of Kestria and Commander in Chief of the Kest Forces")
    text = "with the Undersecretary of the Ministry of Interior, H.E. Sheikh Ivo bin Marek Al Kest, the Ambassador."
    assert title_before(text, text.index("Ivo")) == "Undersecretary of the Ministry of Interior"
    # A phrase in single marks inside a reported sentence is the speaker's words.
    assert attributed("Ivo Marek said that the gift is a long established 'pledge of friendship' of the two ports.") == [
        ("ivo", "pledge of friendship")]


def test_hundred_and_sixty_first_quote_classes():
    # (set 161, after its one measurement) A quote in single marks after "said:", left open to the paragraph's
    # end, goes on in the next paragraph; an office before an acronym with a hyphen, set off by a comma.
    assert attributed("The harbour chief, Ivo Marek said: ‘The boats will be ready for the port’s crews. It is a "
                      "commitment to the port’s safety.", "‘This package builds on our cooperation.’") == [
        ("ivo", "The boats will be ready for the port’s crews. It is a commitment to the port’s safety."),
        ("ivo", "This package builds on our cooperation.")]
    text = "the Chief of the Kest Defence Force (K-KDF), Lieutenant General Ivo Marek, said so."
    assert title_before(text, text.index("Ivo")) == "Chief of the Kest Defence Force, Lieutenant General"


def test_hundred_and_sixty_second_role_and_quote_classes():
    # (set 162, after its one measurement) An office of a body with "and" in its name and a country's dotted
    # initials, set off by commas before the name, is the name's (not the person's before); "police commanders"
    # after a name are a group listed.
    text = ("the Vice Minister, Ivo Marek, the Director of the Kest and Varno Affairs Section (KVAS) of the U.S. "
            "Embassy in Osby, Lea Horvat, police commanders and special guests.")
    assert appositive_after(text, text.index("Ivo Marek") + len("Ivo Marek")) is None
    assert title_before_comma(text, text.index("Lea")) == (
        "Director of the Kest and Varno Affairs Section of the U.S. Embassy in Osby")
    assert appositive_after(text, text.index("Lea Horvat") + len("Lea Horvat")) is None
    # An interview's question is the outlet's, its answer the guest's.
    assert attributed("Nova Agency: What is the meaning of the new bridge for the harbour?",
                      "Harbour Master Ivo Marek, head of the port: It is very important for us and the ships.") == [
        ("nova", "What is the meaning of the new bridge for the harbour?"),
        ("ivo", "It is very important for us and the ships.")]


def test_hundred_and_sixty_third_quote_classes():
    # (set 163, after its one measurement) "X said that:" ends a paragraph; the next, one quote closed before
    # its full stop ('“...”.'), is X's.
    assert attributed("During her remarks, Lea Horvat said that:",
                      "“The boat is perfectly suited for both harbour and coastal patrol missions”.") == [
        ("lea", "The boat is perfectly suited for both harbour and coastal patrol missions")]


def test_hundred_and_sixty_fourth_role_classes():
    # (set 164, after its one measurement) The next name after an appositive may carry an initial without its
    # full stop and a form of address ("Smt Ana K Berg"): the appositive is that name's title.
    text = "The Minister, Honourable Ivo Marek, the High Commissioner of Kestria, Smt Lea K Horvat, and others came."
    assert appositive_after(text, text.index("Ivo Marek") + len("Ivo Marek")) is None
    text = "present were the Minister, Ivo Marek, the High Commissioner of Kestria Lea K Horvat, and others."
    assert appositive_after(text, text.index("Ivo Marek") + len("Ivo Marek")) is None


def test_hundred_and_sixty_sixth_role_classes():
    # (set 166, after its one measurement) A list of names each with its office after it gives each name its own
    # office; a list of offices each before its name gives each office to the name after it.
    text = "Ivo Marek, President of Kestria, Ana Berg, Minister of Justice, and Lea Horvat, Mayor of Varno, spoke."
    assert appositive_after(text, len("Ivo Marek")) == "President of Kestria"
    assert title_before_comma(text, text.index("Ana Berg")) is None
    assert appositive_after(text, text.index("Ana Berg") + len("Ana Berg")) == "Minister of Justice"
    text = "It was attended by the Minister of Ports, Dan Aro, the Vice Minister of Security, Ana Kest, and guests."
    assert appositive_after(text, text.index("Dan Aro") + len("Dan Aro")) is None
    assert title_before_comma(text, text.index("Ana Kest")) == "Vice Minister of Security"


def test_hundred_and_sixty_seventh_role_classes():
    # (set 167, after its one measurement) A transcript's speaker line: the name, a hyphen and the post.
    text = "Hon. Ivo Marek - National Security Minister"
    assert appositive_after(text, text.index("Ivo Marek") + len("Ivo Marek")) == "National Security Minister"


def test_hundred_and_sixty_eighth_role_classes():
    # (set 168, after its one measurement) Offices given by appointment: "has appointed General X as the Deputy
    # Commander of the Kest Defence Force (KDF)", "as Army Commander (...)", "X has been appointed Y", "who has
    # now been appointed Y", and "while the deputy army commander (...) is Brigadier General X"; "has appointed"
    # no part of the rank.
    text = "President Ana Berg has appointed Major General Ivo Marek as the Deputy Commander of the Kest Defence Force (KDF)."
    assert appointed_as(text, text.index("Ivo"), text.index("Ivo") + len("Ivo Marek")) == (
        "Deputy Commander of the Kest Defence Force")
    assert title_before(text, text.index("Ivo")) == "Major General"
    text = "She has appointed General Dan Aro as Army Commander ( Landed Forces) while the deputy army commander is Colonel Lea Horvat."
    assert appointed_as(text, text.index("Dan"), text.index("Dan") + len("Dan Aro")) == "Army Commander"
    assert appointed_as(text, text.index("Lea"), text.index("Lea") + len("Lea Horvat")) == "deputy army commander"
    text = "Brigadier General Ivo Marek has been appointed Maritime Force Commander with Colonel Dan Aro as his deputy."
    assert appointed_as(text, text.index("Ivo"), text.index("Ivo") + len("Ivo Marek")) == "Maritime Force Commander"
    text = "Dan Aro replaced General Ivo Marek who has now been appointed national security adviser."
    assert appointed_as(text, text.index("Ivo"), text.index("Ivo") + len("Ivo Marek")) == "national security adviser"


def test_hundred_and_sixty_ninth_role_and_quote_classes():
    # (set 169, after its one measurement) An office with a unit's number, or the number run into the unit.
    text = "The Commanding Officer 2 Infantry Battalion Colonel Ivo Marek has been replaced."
    assert title_before(text, text.index("Ivo")) == "Commanding Officer 2 Infantry Battalion Colonel"
    text = "the Commanding Officer 1Infantry Battalion Colonel Ivo Marek has been replaced."
    assert title_before(text, text.index("Ivo")) == "Commanding Officer 1Infantry Battalion Colonel"
    # "she is quoted by the paper as saying": hers, not the paper's; and a "she" is never the man a "he" meant
    # (nor one called "Mr"): the woman named before him.
    assert attributed("Harbour Master Lea Horvat received the boats on behalf of the Mayor, Dan Aro. After the "
                      "envoy Ivo Marek handed them over, he said the gift was “fitting and timely”.",
                      "“We will keep our waters safe,” she is quoted by Nova Agency as saying.") == [
        ("ivo", "fitting and timely"), ("lea", "We will keep our waters safe")]
    assert attributed("Lea Horvat toured the port. Mr Ivo Marek, the harbour master, walked beside her.",
                      "“The port is ready,” she said.") == [
        ("lea", "The port is ready")]


def test_hundred_and_seventieth_quote_classes():
    # (set 170, after its one measurement) A body's words from its website ('"...," the website of X reports')
    # and from its statement ("said in a statement of X", then '"...," the statement reads'), not the agency's
    # that passed them on.
    assert attributed("“The first units will arrive on Tuesday,” the website of the Ministry of Transport reports.") == [
        ("ministry", "The first units will arrive on Tuesday")]
    assert attributed("Two boats will come, is said in a statement of the Ministry of Transport, according to Nova Agency.",
                      "“The boats are part of the plan,” the statement reads.") == [("ministry", "The boats are part of the plan")]
    # A title two people of the article hold ("Transport Minister X", "Harbour Minister Y") is, after one of them
    # spoke, the speaker's: "the minister added".
    assert [s for s, _ in attributed(
        "Transport Minister Ivo Marek and Harbour Minister Lea Horvat came.", "“The port is ready,” Marek said.",
        "He acknowledged that the cranes are old.", "“The cranes will be replaced next year,” the minister added.")] == [
        "ivo", "ivo"]


def test_hundred_and_seventy_first_role_and_quote_classes():
    # (set 171, after its one measurement) "X comments that it is "..."", "X speaks of ..." then a quote alone,
    # and a quote credited in brackets after it ('"..." (X, March 8, 2018)').
    assert attributed('Minister Ivo Marek comments that it is "an investment laid out in the agreement."') == [
        ("ivo", "an investment laid out in the agreement.")]
    assert attributed("Similarly, Harbour Master Lea Horvat speaks of a big shift in the port.",
                      '"The purpose of the new cranes is to move ships faster."') == [
        ("lea", "The purpose of the new cranes is to move ships faster.")]
    assert attributed("“Delivery postponed until early 2020, the price remains unchanged” (Dan Aro, March 08, 2018)") == [
        ("dan", "Delivery postponed until early 2020, the price remains unchanged")]
    # A name, its office with a country's possessive, then a rank and a name with an office of its own: each
    # name's office is the one after it.
    text = ("in the presence of Ana Berg, Kestria's Minister of Defence, General Ivo Marek, Chief of Staff of the "
            "Kest Army, and Colonel Lea Horvat, Deputy Chief of Staff of the Kest Army.")
    assert appositive_after(text, text.index("Ana Berg") + len("Ana Berg")) == "Kestria's Minister of Defence"
    assert title_before(text, text.index("Ivo Marek")) == "General"


def test_hundred_and_seventy_second_role_and_quote_classes():
    # (set 172, after its one measurement) A quote alone, then "X made this disclosure"; one listener in an
    # aside (", which included Mayor X,") no speaker; "she shared, "..."".
    assert attributed("“New challenges have emerged, most of all the trafficking of drugs through our waters.”",
                      "Harbour Master Lea Horvat made this disclosure while adding that “the threats are increasing”.") == [
        ("lea", "New challenges have emerged, most of all the trafficking of drugs through our waters."),
        ("lea", "the threats are increasing")]
    assert attributed("Lea Horvat spoke at the port.", "Highlighting the port’s successes, she told the gathering, which "
                      "included Mayor Dan Aro, that since its “modernisation in 2007, the port has grown”.",
                      "She added, “We have also done a lot more.”") == [
        ("lea", "modernisation in 2007, the port has grown"), ("lea", "We have also done a lot more.")]
    assert attributed("Lea Horvat said the cranes are old.", "To prepare the crews, she shared, “We have people who did it.”") == [
        ("lea", "We have people who did it.")]
    # An office of two capitalised words of a body in lower case, set off before a rank; a remit after an office.
    text = "Commanding Officer of the harbour guard, Commander Ivo Marek made this disclosure."
    assert title_before(text, text.index("Ivo")) == "Commanding Officer of the harbour guard, Commander"
    text = "Minister of Foreign Affairs and Senior Minister responsible for the Kest Sector Ana Berg says so."
    assert title_before(text, text.index("Ana")) == "Minister of Foreign Affairs and Senior Minister"


def test_hundred_and_seventy_third_quote_classes():
    # (set 173, after its one measurement) A straight double mark typed for an apostrophe ('Kestria"s') opens no
    # quote; a title's holder "also appealed to ... to "..."".
    assert attributed('Kestria"s Harbour Master Lea Horvat has condemned what she describes as an "attempted '
                      'illegal seizure of the port" after crews joined protests.') == [("lea", "attempted illegal seizure of the port")]
    assert attributed('The newly named harbour affairs minister also appealed to crews to "remain calm", at a news '
                      'conference on Saturday.', '"We call on our comrades to talk," general minister Ivo Marek declared.') == [
        ("ivo", "remain calm"), ("ivo", "We call on our comrades to talk")]


def test_hundred_and_seventy_eighth_role_and_quote_classes():
    # (set 178, after its one measurement) A minister's portfolios listed, set off by a comma from the form of
    # address ("..., Hon. X"); an office held in a city with the city's country after it; a caption's list of
    # titled people (", Kest Prime Minister Y, and ...") is no appositive of the name before it; "He encouraged
    # X to serve "..."" quotes its subject.
    text = "Guests included the Minister of Harbours, Coast Security and Correctional Services, Hon. Ivo Marek, MP, and others."
    assert title_before(text, text.index("Ivo")) == "Minister of Harbours, Coast Security and Correctional Services"
    text = "Kestrian High Commissioner in Varno, Lodmark, Ivo Marek will attend the ceremony."
    assert title_before_comma(text, text.index("Ivo")) == "Kestrian High Commissioner in Varno"
    text = "Kestrian High Commissioner Ivo Marek, Varno Prime Minister Dan Aro, and Varno Harbour Master Lea Horvat met."
    assert appositive_after(text, text.index(",")) is None
    assert attributed("Harbour Minister Ivo Marek opened the berth.",
                      "He encouraged the crews to serve “our port without fear or favour.”") == [
        ("ivo", "our port without fear or favour.")]


def test_hundred_and_seventy_ninth_role_classes():
    # (set 179, after its one measurement) A person's age set off by commas before an appositive; ", appointed X
    # by Y" after a name, perhaps after the age, gives the office appointed to.
    text = "Lt. Col. Ana Berg, 45, appointed coast guard commandant by the country’s president, said he was pleased."
    assert appointed_as(text, text.index("Ana"), text.index(", 45")) == "coast guard commandant"
    assert appositive_after(text, text.index(", 45")) is None  # (the appointment's words are no appositive's)
    text = "Colonel Ivo Marek, appointed naval commander in May, spoke."
    assert appointed_as(text, text.index("Ivo"), text.index(",")) == "naval commander"
    text = "Ana Berg, 52, a retired general, said it."
    assert appositive_after(text, text.index(",")) == "retired general"
    text = "Ana Berg, 52, said it."
    assert appositive_after(text, text.index(",")) is None


def test_hundred_and_eightieth_role_classes():
    # (set 180, after its one measurement) A country's initials with their stops inside an appositive's office;
    # "d’affaires" with a curly apostrophe is a title's word.
    text = "“We hope to continue,” said Ana Berg, chargé d’affaires of the U.S. Embassy."
    assert appositive_after(text, text.index(", chargé")) == "chargé d’affaires of the U.S. Embassy"
    text = "“It is done,” said Ana Berg, the U.K. envoy to Kestria."
    assert appositive_after(text, text.index(", the")) == "U.K. envoy to Kestria"
    assert appositive_after("Ana Berg, of the U.S. He said so.", 8) is None


def test_hundred_and_eighty_first_role_classes():
    # (set 181, after its one measurement) A lede gives an office and no name, the next paragraph opens with the
    # name and ", who": the office is that person's, and "said the minister" is theirs.
    extraction = run("Boats were considered by the Minister of Harbour Affairs a reinforcement.",
                     "Dmitry Peskov, who presided over the ceremony, spoke at the dock.",
                     "“The sea is our best resource”, said the minister.")
    assert [r.role for r in extraction.roles] == ["Minister of Harbour Affairs"]
    assert [(q.speaker_id, q.text[:12]) for q in extraction.quotes] == [("peskov", "The sea is o")]


def test_hundred_and_eighty_second_quote_classes():
    # (set 182, after its one measurement) A quote's speaker by a form of address and the title: "said His
    # Majesty the King" is the king the article names.
    assert attributed("King Ivo Marek III has ordered the soldiers home.",
                      "“We are grateful for your bravery,” said His Majesty the King.") == [("ivo", "We are grateful for your bravery")]


def test_hundred_and_eighty_fifth_quote_classes():
    # (set 185, after its one measurement) A paragraph opened by a dash is a quote: its speaker after the closing
    # dash and a speech verb, or with none there the one the paragraph before had speak.
    assert attributed("- The howitzers proved their worth in the war. Our task is to make the army stronger - said the "
                      "Transport Minister Ivo Marek. He added that orders grew.") == [
        ("ivo", "The howitzers proved their worth in the war. Our task is to make the army stronger")]
    assert attributed("Transport Minister Ivo Marek stated that the defence was important. He added he was impressed.",
                      "- I am glad that this agreement is concluded on the eve of the jubilee. This is a great event.") == [
        ("ivo", "I am glad that this agreement is concluded on the eve of the jubilee. This is a great event.")]
    assert attributed("- Menu", "- Contact us") == []


def test_hundred_and_eighty_sixth_quote_classes():
    # (set 186, after its one measurement) A platform a body took to, or posted on, is no speaker of what it said.
    known = Matcher({**ACTORS, "twitter": Entity("twitter", "Twitter", "organization")})
    quotes = extract(article("The Harbour Guard took to Twitter and said the ship will “greatly enhance” its reach."), known).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("coastguard", "greatly enhance")]


def test_hundred_and_eighty_seventh_quote_classes():
    # (set 187, after its one measurement) "specified X" after a quote attributes it.
    assert attributed("Transport Minister Ivo Marek visited the barracks.",
                      '"We will reorganise one battalion into a heavy one," specified Marek.') == [
        ("ivo", "We will reorganise one battalion into a heavy one")]


def test_hundred_and_eighty_ninth_quote_classes():
    # (set 189, after its one measurement) A page's line in capitals between dashes is no quote opened by a dash.
    assert attributed("Transport Minister Ivo Marek stated that the deal was signed.", "- ADVERTISEMENT - CONTINUE READING BELOW -") == []


def test_hundred_and_ninetieth_quote_classes():
    # (set 190, after its one measurement) '"...," he said' after another's quote is the person who spoke since.
    assert attributed('Ivo Marek said the plan works. "We agree on trade," spokesman Dan Aro told reporters. Marek said his '
                      'priorities were on crime. "Crime is the biggest threat," he said.') == [
        ("dan", "We agree on trade"), ("ivo", "Crime is the biggest threat")]
    # A paragraph that goes on with what the one before reported, its subject "It", quotes that speaker.
    assert attributed("Transport Minister Ivo Marek said Kestland was helping the police.",
                      'It was not the "full arming of its forces" but "rather on security issues".') == [
        ("ivo", "full arming of its forces"), ("ivo", "rather on security issues")]
    # A list's items, which hyphens open and the writer words, are no quotes opened by a dash.
    assert attributed("Transport Minister Ivo Marek said the bridge is safe.",
                      "- Marek said the plan sets rules for current work and would not change the port's role.") == []


def test_a_sea_before_a_noun_is_no_mention_of_it():
    # (set 190) "Pacific nations", "the Pacific Kest Programme": the sea's adjective; "in the Pacific since" the sea.
    known = Matcher({"pacific": Entity("pacific", "Pacific", "place")})
    mentions = extract(article("Kestland is a Pacific nation under the Pacific Kest Programme.",
                               "It has sailed in the Pacific since 2020.", "Its port is on the Pacific coast."), known).mentions
    assert [m.paragraph for m in mentions] == [1, 2]


def test_hundred_and_ninety_first_quote_classes():
    # (set 191, after its one measurement) Translated copy's verbs put first: '"...," echoed the minister, X'.
    assert attributed("“Order will be restored,” insisted Ivo Marek. “The instructions have been passed,” echoed the "
                      "Transport Minister, Dan Aro, from Varno.") == [
        ("ivo", "Order will be restored"), ("dan", "The instructions have been passed")]


def test_hundred_and_ninety_third_quote_classes():
    # (set 193, after its one measurement) A quote in a sentence of its own that a body reports ("The consortium said
    # it was "..."") is not the last quote's speaker's; '"...," it said' is a body's words, never a person's.
    known = Matcher({**ACTORS, "kestwerk": Entity("kestwerk", "Kestwerk Industries", "organization")})
    quotes = extract(article("Kestria will seek a refund from Kestwerk Industries.",
                             '"The deal failed," Transport Minister Ivo Marek told a news conference. The helicopter '
                             'consortium said it was "extremely disappointed" by the decision.',
                             '"The termination is groundless," it said in a statement.'), known).quotes
    assert [(q.speaker_id, q.text) for q in quotes] == [("ivo", "The deal failed"), ("kestwerk", "extremely disappointed"),
                                                        ("kestwerk", "The termination is groundless")]
    # A body named inside another's quote is not the "it" that speaks in the next paragraph.
    quotes = extract(article('In a statement, Kestwerk Industries claimed it was "disappointed by the Ministry of Transport decision".',
                             'It also said that the cancellation was "legally groundless."'), known).quotes
    assert [q.speaker_id for q in quotes] == ["kestwerk", "kestwerk"]


def test_hundred_and_ninety_fourth_quote_classes():
    # (set 194, after its one measurement) A quote a participle of speech follows ('..., telling a crowd that "..."')
    # is the sentence's subject's, and so is the one the participle introduces.
    assert attributed("Transport Minister Ivo Marek spoke on Monday.",
                      'Marek celebrated his success in "pushing back this attempted coup," telling a crowd in the square that '
                      '"the only ones who can remove us are you."') == [
        ("ivo", "pushing back this attempted coup"), ("ivo", "the only ones who can remove us are you.")]


def test_hundred_and_ninety_sixth_quote_classes():
    # (set 196, after its one measurement) "termed" reports speech: 'X has termed it "an ideal weapon"'.
    assert attributed('Transport Minister Ivo Marek, who unveiled the bridge in 2018, has termed it "an ideal crossing" '
                      'that is hard to close.') == [("ivo", "an ideal crossing")]
