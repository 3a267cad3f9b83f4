from __future__ import annotations

import re

from generator.extract.matcher import Matcher, changed_forms, surname
from generator.extract.text import any_of, matchable, normalise, sentence_spans
from generator.model import Entity


def entity(entity_id, name, type_, *aliases):
    return Entity(entity_id, name, type_, tuple(aliases))


ENTITIES = {e.id: e for e in [
    entity("iskander", "9K720 Iskander", "equipment", "Iskander", "Iskander-M"),
    entity("s-400", "S-400", "equipment"),
    entity("s-300", "S-300", "equipment"),
    entity("lukashenko", "Alexander Lukashenko", "person"),
    entity("peskov", "Dmitry Peskov", "person"),
    entity("sergei-peskov", "Sergei Peskov", "person"),
    entity("russia", "Russia", "place"),
]}


def found(*paragraphs):
    matcher = Matcher(ENTITIES)
    norms = [normalise(p) for p in paragraphs]
    return [[(m.entity_id, n.text[m.start:m.end]) for m in ms] for n, ms in zip(norms, matcher.find(norms))]


def test_longest_match_first_and_aliases_are_one_entity():
    assert found("The 9K720 Iskander, the Iskander and the Iskander-M.") == [[
        ("iskander", "9K720 Iskander"), ("iskander", "Iskander"), ("iskander", "Iskander-M")]]


def test_word_boundaries_and_plurals():
    assert found("Russian S-4000 S-400s and S-300/S-400 in Russia.") == [[
        ("s-400", "S-400s"), ("s-300", "S-300"), ("s-400", "S-400"), ("russia", "Russia")]]


def test_editorial_brackets_do_not_break_a_match():
    paragraph = "[Belarusian] President [Alexander] Lukashenko said."
    norm = normalise(paragraph)
    (match,) = Matcher(ENTITIES).find([norm])[0]
    start, end = norm.span(match.start, match.end)
    assert match.entity_id == "lukashenko" and paragraph[start:end] == "Alexander] Lukashenko"


def test_matchable_is_the_normalised_text():
    for text in ("[Belarusian] President [Alexander] Lukashenko’s‘ ‘plan’", "no\u00a0break", "plain", "",
                 "Gen. Ana Berg (L) and ''Gen.'' Ivo Marek (R) [in front].", "He said ``no'' to it."):
        assert matchable(text) == normalise(text).text


def test_changed_forms_are_the_strings_that_lead_elsewhere():
    """What extraction could see differently between two entity sets: a new name, a surname now
    shared by two people, a given name gained or lost, a renamed entity's old and new name, a
    changed type or demonym."""
    changed = {**ENTITIES,
               "lukashenko": entity("lukashenko", "A. Lukashenko", "person"),  # renamed
               "ivan-peskov": entity("ivan-peskov", "Ivan Peskov", "person"),  # a third Peskov
               "s-300": entity("s-300", "S-300", "place"),  # retyped
               "belarus": Entity("belarus", "Belarus", "place", fields=(("demonym", "Belarusian"),))}
    assert changed_forms(Matcher(ENTITIES), Matcher(changed)) == sorted(
        ["A. Lukashenko", "Alexander", "Alexander Lukashenko", "Ivan", "Ivan Peskov", "Peskov", "S-300", "Belarus",
         "Belarusian"])
    assert changed_forms(Matcher(ENTITIES), Matcher(dict(ENTITIES))) == []


def test_surname_resolves_to_the_person_already_named():
    assert found("Dmitry Peskov spoke.", "Peskov said.") == [[("peskov", "Dmitry Peskov")], [("peskov", "Peskov")]]
    assert found("Sergei Peskov spoke.", "Peskov said.")[1] == [("sergei-peskov", "Peskov")]
    assert found("Peskov said.") == [[]]  # two known Peskovs and neither named: no guess
    assert found("Lukashenko said.") == [[("lukashenko", "Lukashenko")]]  # the only Lukashenko known


def test_surname_helper():
    assert surname("Dmitry Peskov") == "Peskov"
    assert surname("Ursula von der Leyen") == "von der Leyen"
    assert surname("Madonna") is None


def test_sentence_spans_skip_abbreviations():
    text = "Drills run Feb. 10-20 this year. Gen. Ivanov said so. “Next,” he said. Air Marshal K.L. Berg agreed."
    assert [text[s:e].strip() for s, e in sentence_spans(text)] == [
        "Drills run Feb. 10-20 this year.", "Gen. Ivanov said so.", "“Next,” he said.", "Air Marshal K.L. Berg agreed."]


def test_any_of_matches_what_the_longest_first_alternation_matches():
    words = ["fighter", "fighters", "fighter-bomber", "fighter-bombers", "jet", "jets", "air base", "a.b", "Sea", "S"]
    plain = re.compile(rf"(?:{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})\b")
    trie = re.compile(rf"{any_of(words)}\b")
    text = "fighter-bombers, fighters and a fighter-bomber; jets, the jet air base, a.b, Sea S Seas fighterx"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)] != []


def test_names_match_with_or_without_diacritics_and_past_a_suffix():
    matcher = Matcher({e.id: e for e in [entity("erdogan", "Recep Tayyip Erdogan", "person"),
                                         entity("wojcik", "Łukasz Wójcik", "person"),
                                         entity("santos", "Pedro Santos Jr.", "person")]})
    norms = [normalise("Erdoğan met Lukasz Wojcik and Łukasz Wójcik; Santos spoke.")]
    spans = [(m.entity_id, norms[0].text[m.start:m.end]) for m in matcher.find(norms)[0]]
    assert spans == [("erdogan", "Erdoğan"), ("wojcik", "Lukasz Wojcik"), ("wojcik", "Łukasz Wójcik"),
                     ("santos", "Santos")]
    assert surname("Pedro Santos Jr.") == "Santos" and surname("Lloyd J. Austin III") == "Austin"
    assert matchable("Erdoğan") == "Erdogan"


def test_given_name_alone_is_the_person_named_in_full_before():
    assert found("Dmitry Peskov spoke.", "Dmitry said no.") == [[("peskov", "Dmitry Peskov")], [("peskov", "Dmitry")]]
    assert found("Dmitry said no.") == [[]]  # nobody named in full yet
    people = {**ENTITIES, "dmitry-ivanov": entity("dmitry-ivanov", "Dmitry Ivanov", "person")}
    norms = [normalise(p) for p in ("Dmitry Peskov met Dmitry Ivanov.", "Dmitry said no.")]
    assert Matcher(people).find(norms)[1] == []  # two Dmitrys: no guess


def test_a_body_of_three_words_or_more_written_in_lower_case_is_still_that_body():
    matcher = Matcher({"jcs": Entity("jcs", "Joint Harbour Staff of Ruritania", "organization"),
                       "dsa": Entity("dsa", "Defense Supply Agency", "organization"),
                       "af": Entity("af", "Air Force", "organization")})
    text = ("The joint harbour staff of ruritania said so; the Defense Supply agency agreed; "
            "the air force did not.")
    found = matcher.find([normalise(text)])[0]
    assert [m.entity_id for m in found] == ["jcs", "dsa"]  # two words in lower case may be any air force


def test_a_countrys_initials_name_it_as_a_noun_and_before_one():
    # A country's initials are its name, as a noun ("the US deployed", "the U.S.'s envoy") and before
    # one ("US-made jets", "the US fighter jet"), unlike a people's adjective ("Russian" names no
    # Russia); a body named with them is matched whole where it is known ("the US Army").
    matcher = Matcher({"us": entity("us", "United States", "place", "US", "U.S."),
                       "army": entity("army", "US Army", "organization")})
    norms = [normalise("Then the US deployed a battery, and the U.S.'s envoy flew to the US."),
             normalise("The US Army, the U.S.-made jets and the US fighter jet.")]
    first, second = matcher.find(norms)
    assert [norms[0].text[m.start:m.end] for m in first] == ["US", "U.S.", "US"]
    assert [(norms[1].text[m.start:m.end], m.entity_id) for m in second] == [("US Army", "army"), ("U.S.", "us"), ("US", "us")]


def test_an_acronym_spoken_as_a_word_matches_in_title_case():
    # Some papers write a name in capitals said as a word in title case ("Nato" for "NATO", "Kestar"
    # for a system's "KESTAR"); bodies' and systems' of four letters or more, never a place's or
    # a short one's ("Ksa" is no "KSA").
    matcher = Matcher({"nato": entity("nato", "NATO", "organization"), "kestar": entity("kestar", "KESTAR", "equipment"),
                       "ksa": entity("ksa", "KSA", "equipment"), "varno": entity("varno", "VARNO", "place")})
    norms = [normalise("Nato and NATO met; the Kestar flew from Varno; Ksa waited.")]
    assert [norms[0].text[m.start:m.end] for m in matcher.find(norms)[0]] == ["Nato", "NATO", "Kestar"]


def test_a_name_with_an_article_before_its_family_name_matches_in_each_style():
    matcher = Matcher({"berg": entity("berg", "Ana bin Ivo Al Berg", "person"), "aly": entity("aly", "Alan Marek", "person")})
    norms = [normalise("Ana bin Ivo al-Berg met Ana bin Ivo Al-Berg and Ana bin Ivo al Berg; Alan Marek too.")]
    assert [(m.entity_id, norms[0].text[m.start:m.end]) for m in matcher.find(norms)[0]] == [
        ("berg", "Ana bin Ivo al-Berg"), ("berg", "Ana bin Ivo Al-Berg"), ("berg", "Ana bin Ivo al Berg"), ("aly", "Alan Marek")]


def test_a_countrys_initials_before_a_dollar_sign_name_its_currency():
    matcher = Matcher({"us": entity("us", "United States", "place", "US")})
    norms = [normalise("It costs US$6.5 billion, which the US pays.")]
    assert [norms[0].text[m.start:m.end] for m in matcher.find(norms)[0]] == ["US"]
    assert matcher.find(norms)[0][0].start == norms[0].text.index("the US") + 4
