"""Discovery rules, one type at a time, and merging across articles."""
from __future__ import annotations

from generator.discover import discover, load_rejected, merge_discoveries, name_key
from generator.discover.common import Found, is_demonym
from generator.discover.equipment import find_coordinated, find_equipment, find_variants
from generator.discover.events import find_events
from generator.discover.organizations import defined_otherwise, find_organizations
from generator.discover.people import find_people, lone_bylines
from generator.discover.places import find_places
from generator.extract.text import normalise
from generator.model import Article, Entity, Paragraph
from generator.readers.text import read_text


def names(found: list[Found], entity_type: str | None = None) -> set[str]:
    return {f.name for f in found if entity_type in (None, f.type)}


def test_equipment_designations_names_and_ships():
    text = ("The Kremlin sent Su-35 fighters, S-400 systems, T-72B3 tanks, MiG-31K interceptors carrying "
            "Kh-47M2 Kinzhal missiles, Tu-22M3 bombers, 9K720 Iskander launchers, Tor-M2 and Buyan-M corvettes, "
            "Bastion-P coastal defense systems, Kalibr cruise missiles and HIMARS launchers, while the frigate "
            "Admiral Essen and USS Porter, an Arleigh Burke-class destroyer, sailed.")
    found = find_equipment(text, set())
    assert {"Su-35", "S-400", "T-72B3", "MiG-31K", "Kh-47M2 Kinzhal", "Tu-22M3", "9K720 Iskander", "Tor-M2",
            "Buyan-M", "Bastion-P", "Kalibr", "HIMARS", "Admiral Essen", "USS Porter", "Arleigh Burke-class"} <= names(found)
    categories = {f.name: dict(f.fields).get("category") for f in found}
    assert categories["Buyan-M"] == "corvette" and categories["Kalibr"] == "cruise missile"
    assert categories["Admiral Essen"] == "frigate"


def test_equipment_rejects_years_demonyms_and_common_words():
    text = ("In 2022 COVID-19 spread. Russian tanks, Western jets, Two missiles and Soviet-era systems moved; "
            "Vostok-2022 drills began; NATO warships and K2 arrived.")
    assert names(find_equipment(text, set())) == set()


def test_people_with_titles_appositives_bylines_and_credits():
    text = ("Russian Defense Minister Sergei Shoigu met Justin Bronk, a senior research fellow at RUSI, and "
            "Pentagon spokesman John Kirby. Saudi Minister of Defense Prince Khalid bin Salman came. "
            "Reporting by Pawel Florkiewicz; Editing by Alison Williams")
    found = find_people(text, None)
    assert names(found) == {"Sergei Shoigu", "Justin Bronk", "John Kirby", "Khalid bin Salman", "Pawel Florkiewicz",
                            "Alison Williams"}
    roles = {f.name: dict(f.fields).get("role") for f in found}
    assert roles["Sergei Shoigu"] == "Russian Defense Minister"
    assert roles["Justin Bronk"] == "senior research fellow at RUSI"
    assert names(find_people("Anna Kowalczyk is a defense correspondent based in Warsaw.", None)) == {"Anna Kowalczyk"}


def test_people_never_from_organisations_or_common_words():
    text = "The Foreign Ministry said on Monday. Western Military District forces and Union State officials met."
    assert names(find_people(text, None)) == set()


def test_organisations():
    text = ("The Russian Black Sea Fleet, the Ministry of National Defense, the Carnegie Endowment for "
            "International Peace and NATO met the state news agency TASS, the Yonhap news agency and "
            "Hyundai Rotem, the manufacturer of the K2, as Pentagon spokesman John Kirby watched.")
    found = names(find_organizations(text, {"John", "Kirby"}))
    assert {"Russian Black Sea Fleet", "Ministry of National Defense", "Carnegie Endowment for International Peace",
            "NATO", "TASS", "Yonhap", "Hyundai Rotem", "Pentagon"} <= found
    assert not any(name in found for name in ("K2", "John Kirby", "Russian"))


def test_places():
    text = ("WARSAW, Dec 6 (Reuters) - Troops from Poland reached the port of Gdynia, the Kaliningrad region, "
            "the Black Sea and the Mulino training ground near Odesa, in the Middle East and to Putin.")
    found = names(find_places(text, {"Putin"}))
    assert {"Warsaw", "Poland", "Gdynia", "Kaliningrad", "Black Sea", "Mulino training ground", "Odesa",
            "Middle East"} <= found
    assert "Putin" not in found and "Dec" not in found


def test_events():
    text = "Russia held the Zapad 2021 exercises and Operation Desert Storm was recalled; in May 2023 it rained."
    sentence = lambda offset: text  # noqa: E731 - one sentence
    assert names(find_events(text, sentence)) == {"Zapad 2021", "Operation Desert Storm"}


def test_demonyms():
    for word in ("Russian", "Philippine", "Chinese", "Saudi", "Estonian", "Russian-Belarusian", "Turkish", "Korean",
                 "Bosnian", "Norwegian", "European", "American", "Emirati", "Cuban", "Japanese"):
        assert is_demonym(word), word
    for word in ("Pentagon", "Kremlin", "Hyundai", "Toshiyuki", "Amari", "Russia", "Baltic", "Ivan", "Brian", "Sean",
                 "Mitch", "Dean", "Statesman", "Morgan", "Martin"):  # ("Martin" is a word of "Saint Martin")
        assert not is_demonym(word), word


def article(article_id: str, *paragraphs: str) -> Article:
    return Article(article_id, f"{article_id}.txt", article_id,
                   tuple(Paragraph(i, f"p{i + 1}", t, i + 1) for i, t in enumerate(paragraphs)))


def merged(made: dict[str, Article]) -> list[Entity]:
    """The entities discovery merges from the articles `made`."""
    return list(merge_discoveries([c for a in made.values() for c in discover(a)], {}, set(), made).values())


def test_merge_one_entity_across_articles_and_curated_wins():
    articles = {"a": article("a", "Russian Defense Minister Sergei Shoigu inspected T-90M tanks."),
                "b": article("b", "Defense Minister Sergei Shoigu said T-90M tanks and Su-35 fighters were ready.")}
    curated = {"su-35": Entity("su-35", "Su-35", "equipment")}
    merged = merge_discoveries(discover(articles["a"]) + discover(articles["b"]), curated, set(), articles)
    by_name = {e.name: e for e in merged.values()}
    assert by_name["Sergei Shoigu"].type == "person" and by_name["T-90M"].type == "equipment"
    assert len([e for e in merged.values() if e.name == "Sergei Shoigu"]) == 1
    assert "Su-35" not in by_name  # curated entries always win
    assert by_name["Sergei Shoigu"].discovered
    provenance = by_name["Sergei Shoigu"].provenance
    assert provenance.pattern == "title before name" and provenance.article_id == "a"
    assert "inspected T-90M tanks" in provenance.sentence


def test_reject_list_keeps_entities_out(tmp_path):
    rejected = tmp_path / "rejected.yml"
    rejected.write_text("- T-90M\n- {name: Sergei Shoigu}\n", encoding="utf-8")
    articles = {"a": article("a", "Russian Defense Minister Sergei Shoigu inspected T-90M tanks.")}
    found = discover(articles["a"])
    assert {e.name for e in merge_discoveries(found, {}, set(), articles).values()} == {"Sergei Shoigu", "T-90M"}
    assert merge_discoveries(found, {}, load_rejected(rejected), articles) == {}


def test_demonym_prefixed_organisation_joins_the_plain_one():
    articles = {"a": article("a", "The Russian Black Sea Fleet sailed.", "Igor Osipov, commander of the Black Sea Fleet, spoke.")}
    merged = merge_discoveries(discover(articles["a"]), {}, set(), articles)
    fleets = [e for e in merged.values() if e.type == "organization"]
    assert len(fleets) == 1 and fleets[0].name == "Black Sea Fleet" and "Russian Black Sea Fleet" in fleets[0].aliases


def test_spellings_of_one_equipment_join_under_its_full_name_in_any_order():
    texts = {"a": "The Yak-977SM Nytuant howitzers fired.", "b": "Ten Yak-977SM howitzers moved.",
             "c": "The Nytuant howitzers stayed.", "d": "Crews of the Russian Lotan Fleet and the Lotan Fleet met."}
    articles = {i: article(i, text) for i, text in texts.items()}
    results = []
    for order in (["a", "b", "c", "d"], ["d", "c", "b", "a"], ["b", "d", "a", "c"]):
        merged = merge_discoveries([c for i in order for c in discover(articles[i])], {}, set(), articles)
        results.append(sorted((e.id, e.name, sorted(e.aliases)) for e in merged.values()))
    assert results[0] == results[1] == results[2]
    by_name = {name: aliases for _, name, aliases in results[0]}
    assert by_name["Yak-977SM Nytuant"] == ["Nytuant", "Yak-977SM"]  # one entity, not three
    assert "Russian Lotan Fleet" in by_name["Lotan Fleet"]


def test_name_key():
    assert name_key("Pantsir-S1") == name_key("Pantsir S1") == name_key("pantsir s1")
    assert name_key("the Kremlin") == name_key("Kremlin")


def test_discover_command_writes_stubs_the_knowledge_base_accepts(tmp_path, capsys):
    from conftest import make_project
    from generator.cli import main
    from generator.knowledge_base import load_knowledge_base

    text = "Tank Deliveries\n\nRussian Defense Minister Sergei Shoigu inspected T-90M tanks in Kursk on Monday.\n"
    config = make_project(tmp_path, {"t.txt": text})
    assert main(["--config", str(config), "discover", "--output", str(tmp_path / "stubs.yml")]) == 0
    assert "Sergei Shoigu" in capsys.readouterr().out
    stubs = tmp_path / "stubs" / "stubs.yml"
    stubs.parent.mkdir()
    (tmp_path / "stubs.yml").rename(stubs)
    entities = load_knowledge_base(stubs.parent, {"equipment", "person", "organization", "place", "event"})
    assert {e.name for e in entities.values()} >= {"Sergei Shoigu", "T-90M"}
    assert dict(entities["sergei-shoigu"].fields)["role"] == "Russian Defense Minister"


# Patterns of real published news, in sentences of our own.

def test_people_with_titles_that_name_an_office_or_a_place():
    text = ("The envoy met U.S. Secretary of State Ann Ortega and Deputy Minister of Defence of Norway "
            "Lieutenant General Piet Dahl, while Canadian Ambassador to Chile Rosa Lind watched.")
    roles = {f.name: dict(f.fields)["role"] for f in find_people(text, None)}
    assert roles == {"Ann Ortega": "Secretary of State",
                     "Piet Dahl": "Deputy Minister of Defence of Norway Lieutenant General",
                     "Rosa Lind": "Canadian Ambassador to Chile"}


def test_people_with_abbreviated_ranks_and_titles():
    text = ("Maj. Gen. Tom Reyes spoke after Ohio Rep. Jill Baxter and Chief Engineer Dr K Ravi Menon, "
            "and the then-Minister of Energy Oskar Lind.")
    roles = {f.name: dict(f.fields)["role"] for f in find_people(text, None)}
    assert set(roles) == {"Tom Reyes", "Jill Baxter", "K Ravi Menon", "Oskar Lind"}
    assert roles["Tom Reyes"] == "Maj. Gen." and roles["Jill Baxter"] == "Ohio Rep."
    assert roles["Oskar Lind"] == "then-Minister of Energy"


def test_people_with_a_title_set_off_by_a_comma_or_a_dash_glued_to_it():
    text = "He heard the commander of the Navy, Ivo Marek, and a deputy minister, Lea Horvat. (Wire) -President Dan Aro said."
    roles = {f.name: dict(f.fields)["role"] for f in find_people(text, None)}
    assert roles == {"Ivo Marek": "commander of the Navy", "Lea Horvat": "deputy minister", "Dan Aro": "President"}


def test_long_suffixed_possessive_and_diacritic_names():
    text = ("Defence Minister Ali Reza Karimi Nejad met Foreign Secretary Pedro Santos Jr. and President "
            "Emma Kowal's deputy.")
    assert names(find_people(text, None)) == {"Ali Reza Karimi Nejad", "Pedro Santos Jr", "Emma Kowal"}
    found = [c.found for c in discover(article("a", "Foreign Minister Łukasz Wójcik spoke to Senator Zoë Brønd."))]
    assert [f.name for f in found if f.type == "person"] == ["Łukasz Wójcik", "Zoë Brønd"]
    assert name_key("Łukasz Wójcik") == name_key("Lukasz Wojcik")


def test_people_named_together_bylines_in_capitals_and_photo_credits():
    text = ("Senators Ann Holt and Bo Reyes, chair and ranking member of the panel, wrote. "
            "(Reporting by Mia Ann Cole and Ed Park; Editing by Lu Chan) A ship sails. AGENCY/Kim Sorensen")
    assert names(find_people(text, None)) == {"Ann Holt", "Bo Reyes", "Mia Ann Cole", "Ed Park", "Lu Chan", "Kim Sorensen"}
    assert names(find_people("By KATE MORROW", "Kate Morrow")) == {"Kate Morrow"}


def test_place_features_are_not_people():
    text = "Boats reached Ayungin Shoal, also called Renai Reef, a disputed reef, and Long Island, a resort."
    assert names(find_people(text, None)) == set()


def test_equipment_plurals_long_names_numbers_and_ship_prefixes():
    text = ("Pilots flew F-16s and the Ka-52 Night Hunter Attack helicopter; Zala-421 and Orlan 10 drones "
            "and the 2nd Tondar air defense systems joined the patrol ship BRP Gabriela Silang, HMNZS Aotearoa and "
            "the destroyer USS Carl Levin's crew, and the radar system VARTA was tested.")
    found = {f.name: f for f in find_equipment(text, set())}
    assert {"F-16", "Ka-52 Night Hunter Attack", "Zala-421", "Orlan 10", "2nd Tondar", "BRP Gabriela Silang",
            "HMNZS Aotearoa", "USS Carl Levin", "VARTA"} <= set(found)
    assert "F-16s" not in found and found["Ka-52 Night Hunter Attack"].aliases == ("Ka-52", "Night Hunter Attack")


def test_equipment_never_from_clauses_demonyms_or_country_pairs():
    text = ("South Korean missiles flew as the militia has been firing rockets; the Japan-US alliance and "
            "Lot 18 aircraft were discussed.")
    assert names(find_equipment(text, set())) == set()


def test_organisations_of_real_news_and_what_is_none():
    text = ("The Armed Forces and the Air Force joined the Jerusalem Institute for Strategy and Security, Vantor "
            "Dynamics Corp and Harlan Aero [HRL], as Democratic senators and US officials met Chief Cabinet "
            "Secretary Ito; a spokesperson for the Chilean foreign ministry spoke.")
    found = {f.name: f for f in find_organizations(normalise(text).text, {"Ito"})}  # as discovery reads it: "[HRL]" is "HRL"
    assert {"Jerusalem Institute for Strategy and Security", "Vantor Dynamics Corp", "Chilean Foreign Ministry"} <= set(found)
    assert found["Vantor Dynamics Corp"].aliases == ("Vantor Dynamics",)
    assert found["Chilean Foreign Ministry"].aliases == ("Chilean foreign ministry",)
    for none in ("Armed Forces", "Air Force", "HRL", "Democratic", "US", "Chief Cabinet", "Cabinet"):
        assert none not in found, none
    assert names(find_organizations("MANILA (Wire) - Lloyd Tan III arrived.", set())) == {"Wire"}
    assert names(find_organizations("Chile's Foreign Ministry and Chile's Navy spoke.", set())) == {
        "Chile's Foreign Ministry", "Chile's Navy"}


def test_defined_acronyms_are_typed_by_their_words():
    text = ("The Long Range Strike Missile (LRSM) was fired from the Coastal Test Range (CTR) by the Harbour "
            "Guard's (HG) crews.")
    found = {f.name: f for f in find_organizations(text, set())}
    assert found["Long Range Strike Missile"].type == "equipment" and found["Long Range Strike Missile"].aliases == ("LRSM",)
    assert found["Coastal Test Range"].type == "place"
    assert found["Harbour Guard"].type == "organization" and found["Harbour Guard"].aliases == ("HG",)


def test_places_of_real_news():
    text = "Ships sailed the Gulf of Aden and Russia's Kuril Islands; the drone is known in Farsi as Witness."
    found = names(find_places(text, set()))
    assert {"Gulf of Aden", "Kuril Islands"} <= found and "Farsi" not in found and "Russia's Kuril Islands" not in found


def test_short_forms_join_the_one_name_they_stand_for():
    articles = {"a": article("a", "The Joint Chiefs of Staff met Vantor Dynamics Corp, and Foreign Minister Kato Ren spoke."),
                "b": article("b", "The JCS said Vantor officials met Foreign Minister Ren Kato.")}
    candidates = [c for a in articles.values() for c in discover(a)]
    entities = merge_discoveries(candidates, {}, set(), articles)
    by_name = {e.name: e for e in entities.values()}
    assert "JCS" in by_name["Joint Chiefs of Staff"].aliases
    assert "Vantor" in by_name["Vantor Dynamics Corp"].aliases
    assert len([e for e in entities.values() if e.type == "person"]) == 1


def test_groups_named_by_an_adjective_are_organisations_not_equipment():
    text = "Rebel-held areas were hit as Zandar-backed fighters fired Zandar missiles; the Zandars denied it."
    found = {f.name: f for f in find_organizations(text, set())}
    assert found["Zandar"].aliases == ("Zandars",) and "Rebel" not in found
    assert "Zandar" not in names(find_equipment(text, set(found)))
    assert names(find_places("They reached the Zandar-controlled region.", set())) == set()


def test_photo_credits_both_ways_and_companies_before_equipment():
    assert names(find_people("A launcher. (Anna Berg/agency via Wire)", None)) == {"Anna Berg"}
    assert "Ostral Aviation" in names(find_organizations("Ostral Aviation and Brenn Aerospace Industries", set()))
    assert names(find_equipment("42 Ostral Aviation Falcor fighter jets", {"Ostral", "Aviation"})) == {"Falcor"}


def test_a_word_of_one_piece_of_equipment_joins_it():
    articles = {"a": article("a", "Germany bought the Arrow 3 missile defense system."),
                "b": article("b", "The Arrow interceptors fly high.")}
    entities = merge_discoveries([c for a in articles.values() for c in discover(a)], {}, set(), articles)
    (arrow,) = [e for e in entities.values() if e.type == "equipment"]
    assert arrow.name == "Arrow 3" and "Arrow" in arrow.aliases


def test_second_held_out_classes_of_equipment_people_and_places():
    found = {f.name: f for f in find_equipment("Turkish-made Korvan KX9 drones, AN/ZPQ-7 radars, six MQ-28As and "
                                              "Sino-US relations", set())}
    assert set(found) == {"Korvan KX9", "AN/ZPQ-7", "MQ-28A"} and found["Korvan KX9"].aliases == ("KX9",)
    assert names(find_people("The envoys (Ann Holt (Norway), Piet Dahl (USA)) and United Arab Emirates (UAE) met.",
                             None)) == {"Ann Holt", "Piet Dahl"}
    assert "Northern Cyprus" in names(find_places("A drone pictured in Northern Cyprus.", set()))


def test_defined_acronyms_by_their_initials_and_their_type_by_use():
    text = "Vantor Dynamics [VTD] Long Range Interceptor (LRI) units for the Royal Zandar Air Force (RZAF) arrived."
    found = {f.name: f for f in find_organizations(normalise(text).text, set())}
    assert found["Royal Zandar Air Force"].aliases == ("RZAF",)
    assert found["Long Range Interceptor"].aliases == ("LRI",)
    articles = {"a": article("a", text), "b": article("b", "Crews loaded the LRI launchers.")}
    entities = merge_discoveries([c for a in articles.values() for c in discover(a)], {}, set(), articles)
    (interceptor,) = [e for e in entities.values() if "LRI" in (e.name, *e.aliases)]
    assert interceptor.type == "equipment" and interceptor.name == "Long Range Interceptor"


def test_third_held_out_classes_of_people_and_places():
    found = {f.name: f for f in find_people(
        "Guests include Ana Ruiz, Tomas Vela Ortiz and Lu Chan, the envoy to Chile. The Commander of the Navy, Rear Admiral "
        "Ivo Marek, met Chief of Naval Staff (CNS) Admiral Piet Dahl, Defence Minister Rui Costa e Silva and "
        "Commodore Sandoval.", None)}
    assert {"Ana Ruiz", "Tomas Vela Ortiz", "Lu Chan", "Ivo Marek", "Piet Dahl", "Rui Costa e Silva", "Sandoval"} == set(found)
    assert dict(found["Ivo Marek"].fields)["role"] == "Commander of the Navy, Rear Admiral"
    assert dict(found["Piet Dahl"].fields)["role"] == "Chief of Naval Staff Admiral"
    assert names(find_people("The deal went to Boeing and General Electric.", None)) == set()
    assert {"Rio de Janeiro", "Kamra"} <= names(find_places("KAMRA: The parade in Rio de Janeiro ended.", set()))


def test_a_surname_alone_is_the_person_of_that_surname_where_one_is_known():
    articles = {"a": article("a", "Commodore Sandoval spoke.", "Navy chief Rita Sandoval arrived."),
                "b": article("b", "General Okafor spoke.")}
    entities = merge_discoveries([c for a in articles.values() for c in discover(a)], {}, set(), articles)
    assert {e.name for e in entities.values() if e.type == "person"} == {"Rita Sandoval", "Okafor"}


def test_fourth_held_out_classes():
    # A word capitalised only because it opens a sentence is no equipment before a category noun.
    text = "Hypersonic missiles flew. Even though missiles were seen, Sailors aboard the warship waited for Zircon missiles."
    assert names(find_equipment(text, set())) == {"Zircon"}
    assert names(find_equipment("Kestrel missiles flew. Crews loaded Kestrel missiles.", set())) == {"Kestrel"}
    # A ship's hull number in brackets is another name of the ship; initials stand inside ship names.
    found = {f.name: f for f in find_equipment("The destroyer USS Ann B. Lowe (DDG 140) sailed with USS Ira Holt (FFG-77).", set())}
    assert found["USS Ann B. Lowe"].aliases == ("DDG 140",) and found["USS Ira Holt"].aliases == ("FFG-77",)
    assert "FFG" not in names(find_organizations("the first FFG(X) frigate", set()))
    # Honorifics are titles; an appositive may follow a space before its comma.
    assert names(find_people("The speaker was The Honorable Rita Olsen. Gen. Ivo Marek , the chief of staff, spoke.",
                             None)) == {"Rita Olsen", "Ivo Marek"}


def test_the_speaker_of_a_quote_is_a_person_unless_a_place_or_someone_named_in_full():
    articles = {"a": article("a", '"We are ready," Okafor told a meeting. "It is late," said Mia Holt.',
                             '"No," Moscow said, as crews in Moscow waited. "Yes," Zhao said.',
                             "Foreign Ministry spokesman Zhao Lin spoke.")}
    entities = merge_discoveries([c for a in articles.values() for c in discover(a)], {}, set(), articles)
    assert {e.name for e in entities.values() if e.type == "person"} == {"Okafor", "Mia Holt", "Zhao Lin"}


def test_fifth_held_out_classes():
    # A named feature outspans the country in its name; "the Asia region" is Asia.
    found = names(find_places("Ships crossed the Taiwan Strait to the Korvo Islands, in the Asia region.", set()))
    assert {"Taiwan Strait", "Korvo Islands", "Asia"} <= found and "Asia region" not in found
    # A place ranked in lower case after its name is the place, however ranked; "Great Britain" is Britain.
    found = {f.name: f for f in find_places("Tanks reached the Varmo region and Varmo province, and Great Britain.", set())}
    assert found["Varmo"].aliases in (("Varmo region",), ("Varmo province",)) and "Great Britain" not in found
    # Drills get the name a sentence gives them, and such a name is no equipment.
    text = "The drills, code-named Iron Arc-2025A, began. Crews finished the ‘Steel Wall’ exercise."
    events = find_events(text, lambda offset: text)
    assert names(events) == {"Iron Arc-2025A", "Steel Wall"}
    assert {c.found.type for c in discover(article("a", text))} == {"event"}
    # A credit line "Name/AGENCY" and an embedded post's signature name people.
    assert names(find_people("Ana Ruiz/PAP", None)) == {"Ana Ruiz"}
    assert names(find_people("Tanks landed. — Piet Dahl (@pietdahl) May 1, 2024", None)) == {"Piet Dahl"}
    # An office's words joined by "on" and "and" before a comma and the name.
    (adviser,) = find_people("The Special Adviser to the President on Trade and Industry, Ana Ruiz, spoke.", None)
    assert dict(adviser.fields)["role"] == "Special Adviser to the President on Trade and Industry"
    # Organisations: the unit's number is its name's; a body's name stops before a person's name and a
    # dangling adjective; "Director of ... (DOPA)" is a title, not a body; "People's" begins a name.
    people = {"Ivo", "Marek"}
    text = ("Tanks went to the 12th Armoured Division. The Chairman of the Council of Ministers of Ruritania Ivo Marek "
            "and the Harbour Authority of the German government met Director of Public Affairs (DOPA) staff of the "
            "People's Liberation Army.")
    assert names(find_organizations(text, people)) >= {"12th Armoured Division", "Council of Ministers of Ruritania",
                                                        "Harbour Authority", "People's Liberation Army"}
    assert not any(n.startswith("of ") for n in names(find_organizations(text, people)))


def test_transliterations_of_one_name_are_one_person():
    articles = {"a": article("a", "Defense Minister Oleksii Dovhan spoke."),
                "b": article("b", "Defense Minister Oleksiy Dovhan met Mayor Vasyl Zelenskyy."),
                "c": article("c", "Mayor Vasyl Zelensky met Mayor Vasyl Zelinsky.")}
    entities = merge_discoveries([c for a in articles.values() for c in discover(a)], {}, set(), articles)
    assert sorted(len(e.aliases) for e in entities.values() if e.type == "person") == [0, 1, 1]


def test_sixth_held_out_classes():
    # A name in capitals set beside its category: named, in brackets, or in apposition with a word
    # that describes it; "Fifth Generation" is no name; an acronym so placed is not an organisation.
    text = ("The trainer jet named (ZORAK) flew. Ruritania's VOLKA, its first national combat aircraft, landed. "
            "Named TARVO, the new warplane took off. Officials said Ruritania builds Fifth Generation fighter jets.")
    equipment = names(find_equipment(text, set()))
    assert {"ZORAK", "VOLKA", "TARVO"} <= equipment and not any("Generation" in n for n in equipment)
    assert not names(find_equipment("According to BORDCOM, the boats fired.", set()))  # no describing word
    kinds = {c.found.name: c.found.type for c in discover(article("a", text))}
    assert kinds["VOLKA"] == "equipment"
    # A company named after its legal form; a title word that makes a company's name with the noun
    # after it; the agency in a dateline given as a date and a bracket, a bracket alone, or after
    # the dash; a picture's credit.
    found = names(find_organizations("Jets from NPO Kestrel Works use two General Electric F-404 engines. "
                                     "A jet on the runway. Credit:AXN", set()))
    assert {"NPO Kestrel Works", "General Electric", "AXN"} <= found
    assert names(find_organizations("Mar 3 (KBN) - The ministry spoke.", set())) >= {"KBN"}
    assert names(find_organizations("(NORPRESS) Tanks arrived on Monday.", set())) >= {"NORPRESS"}
    assert names(find_organizations("VARMO, March 3 – Dalen Press. The ministry spoke.", set())) >= {"Dalen Press"}
    # A body owned by a country whose name ends in s, with the apostrophe alone: "the Philippines' Navy".
    assert "Philippines' Navy" in names(find_organizations("Ships went to the Philippines' Navy.", set()))
    # "USA" is the United States.
    assert {f.name for f in find_places("Tanks came from the USA.", set())} == {"United States"}


def test_seventh_held_out_classes():
    # A possessive that belongs to the name after it ("Ferdo's Hammer air defense system") when its
    # owner names nothing else and the name never stands without it; a country's possessive does not.
    equipment = names(find_equipment("Ruritania bought Ferdo's Hammer air defense system. Ferdo's Hammer works.", set()))
    assert "Ferdo's Hammer" in equipment
    assert "Ruritania's Hammer" not in names(find_equipment("Ruritania's Hammer missiles fired.", {"Ruritania"}))
    assert names(find_equipment("Ferdo's Hammer missiles fired; the Hammer missiles hit.", set())) == {"Hammer"}
    # "Y-maker Z", "defense giant Z": Z is a company, never a person named "Y-maker Z".
    text = "Oren Lavi, chairman of Ferdo's Hammer-maker Kestrel, spoke, as did defense giant Vantor."
    assert not any("maker" in n for n in names(find_people(text, None)))
    assert {"Kestrel", "Vantor"} <= names(find_organizations(text, set()))
    # A currency after an amount, a written document and a class of weapon defined in brackets are
    # no bodies, nor their bare acronyms later; "ROK" and "DPRK" are countries.
    text = ("It cost 90 million EUR. The Letter of Intent (LOI) came; the LOI was short. "
            "The Medium Range Ballistic Missile (MRBM) flew.")
    assert names(find_organizations(text, set())) == set()
    assert names(find_equipment(text, set())) == set()
    assert {f.name for f in find_places("The ROK and the DPRK met.", set())} == {"South Korea", "North Korea"}
    # A body's "of ..." stops at a building, a possessive and another body's titled office.
    found = names(find_organizations("They met at the Ruritanian Ministry of Transport Headquarters. The Ruritanian "
                                     "Ministry of Transport's R&D office spoke. Credit: Ruritanian Ministry of "
                                     "Transport Spokesperson's Office.", set()))
    assert found == {"Ruritanian Ministry of Transport"}
    # A company described before its name may have four words ("contractor Kestrel Advanced Naval Systems").
    assert "Kestrel Advanced Naval Systems" in names(find_organizations(
        "It was built by primary contractor Kestrel Advanced Naval Systems.", set()))
    # A title with an ampersand and its bracketed acronym before a comma; an army's abbreviated rank
    # with its reserve mark; a copyright line; a body's noun is nobody's surname.
    text = ("Guests included Head of the Ruritanian Directorate of Research & Testing (DR&T), Oren Lavi, and "
            '"Director General MG (Res) Tal Amir signed it," the ministry wrote. © 2024 Mira Dovan, example.org. '
            "The General Directorate of Ports met.")
    found = {f.name: dict(f.fields).get("role") for f in find_people(text, None)}
    assert found == {"Oren Lavi": "Head of the Ruritanian Directorate of Research & Testing",
                     "Tal Amir": "Director General MG", "Mira Dovan": None}
    # British and American spellings of a name's words are one name.
    assert name_key("Ruritanian Defence Forces") == name_key("Ruritanian Defense Forces")
    assert name_key("Harbour Organisation Centre") == name_key("Harbor Organization Center")
    # An acronym defined in lower-case words is no body anywhere in the article; "made by X" and
    # "(Photo: X)" name a company and a source; an acronym before a title is the body in it;
    # "General Directorate" keeps its first word.
    kinds = {c.found.name: c.found.type for c in discover(article(
        "Kestrel confirms the signed LOA", "The letter of acceptance (LOA) for jets made by Vantor Aerospace arrived.",
        "RDF Chief of Staff Oren Lavi spoke (Photo: RDF). The General Directorate of Ports met."))}
    assert "LOA" not in kinds and kinds["Vantor Aerospace"] == kinds["RDF"] == "organization"
    assert kinds["General Directorate of Ports"] == "organization"
    assert not names(find_organizations("Jets made by Norway flew.", set()))  # a country
    # Newspapers named by their noun ("the Times of Ruritania"), a party with its name in another
    # language in brackets, where a statement was posted and the paper a person told; not a day.
    found = names(find_organizations(
        "The deal was signed, the Times of Ruritania reported. It was the Vasarpuolue (Vasterparti) party that objected. "
        "Oren Lavi said on Telegram that he agreed, then told The Harbour Courier. He said on Dec. 9 and on Monday it held.",
        set()))
    assert found == {"Times of Ruritania", "Vasarpuolue", "Telegram", "The Harbour Courier"}


def test_eighth_held_out_classes():
    # "Minister Delegate", offices "in charge of" a portfolio and embassies "in" a city, long
    # titles; in a list "Title, Name, Title, Name" each title is its own person's; an appositive
    # that is a rank and a name is a person; a monarch's number; a party and constituency in
    # brackets (not an acronym's); a credit line in capitals.
    text = ("Guests were the Minister Delegate to the Head of Government in charge of Harbour Administration, Oren "
            "Lavi, the Minister of Trade and Fisheries, Tal Amir, and the Charge d'Affaires of the Embassy in Varno, "
            "Mira Dovan. Also present: Dan Aro, Lieutenant General Ilan Sato, Inspector General of the Navy, and "
            "King Ferdo IV. Jon Vale (PS/VR) asked. The Long Range Harbour Missile Extended Reach (LRHM-ER) flew.")
    found = {f.name: dict(f.fields).get("role") for f in find_people(text, None)}
    assert found["Oren Lavi"] == "Minister Delegate to the Head of Government in charge of Harbour Administration"
    assert found["Tal Amir"] == "Minister of Trade and Fisheries"
    assert found["Mira Dovan"] == "Charge d'Affaires of the Embassy in Varno"
    assert found["Ferdo IV"] == "King" and "Jon Vale" in found and "Ilan Sato" in found
    assert not any("Missile" in name for name in found)
    people = {c.found.name for c in discover(article("a", "Tanks arrived in the port.", "ANNA BERG/AGENCY"))
              if c.found.type == "person"}
    assert people == {"Anna Berg"}
    # Gendarmeries and embassies are bodies; "General Staff of X" keeps "General" (and "Joint Chiefs
    # of Staff" stays one body); an agency after a credited name in capitals; a dateline in title
    # case with its date; a quoted name of drills may open with a people's name.
    found = names(find_organizations("The Commander of the Royal Gendarmerie, the General Staff of the HNF, "
                                     "the Joint Chiefs of Staff and the Ruritanian Embassy met.", set()))
    assert {"Royal Gendarmerie", "General Staff of the HNF", "Joint Chiefs of Staff", "Ruritanian Embassy"} <= found
    assert names(find_organizations("ANNA BERG/NORPIX", set())) == {"NORPIX"}
    assert "Varno" in names(find_places("Varno, March 3, 2025 – Ships arrived.", set()))
    events = find_events("Crews trained in the 'Nordic Lion' maneuvers.", lambda offset: "the maneuvers")
    assert names(events) == {"Nordic Lion"}


def test_ninth_held_out_classes():
    # Datelines with the agency in brackets, in capitals ("VARNO (Wire) -", "VARNO DC (Wire) –": a
    # city and its state's code) and in title case ("Varno [Ruritania], April 28 (WIRE):"); not a
    # body's acronym before its bracketed name ("RDF (Ardo) Spokesperson"); "based at X"; a
    # photographer credited before a spaced slash.
    assert names(find_places("VARNO (Wire) - Ships came.", set())) == {"Varno"}
    assert names(find_places("VARNO DC (Wire) – Ships came.", set())) == {"Varno"}
    assert names(find_places("RDF (Ardo) Spokesperson Tal Amir spoke.", set())) == set()
    assert "Varno" in names(find_places("Varno [Ruritania], April 28 (WIRE): Ships came.", set()))
    assert names(find_organizations("Varno [Ruritania], April 28 (WIRE): Ships came.", set())) == {"WIRE"}
    assert names(find_organizations("Varno, April 27 (WIRE) Ships came.", set())) == {"WIRE"}
    assert "Dorvik" in names(find_places("The jets are based at Dorvik.", set()))
    assert "Anna Berg" in names(find_people("The jet flew. Photo: Anna Berg / AGENCY/File", None))
    # "AFP" credited alone is the agency.
    assert names(find_organizations("Ships arrived on Monday.\nAFP", set())) == {"AFP"}


def test_tenth_held_out_classes():
    # A programme's experimental designation ("F-X"); the name a category is given ("the aircraft,
    # called Kestrel in Ruritania"); "World War Two".
    equipment = names(find_equipment("Ruritania's RF-X programme and the aircraft, called Kestrel in Ruritania, "
                                     "flew.", {"Ruritania"}))
    assert {"RF-X", "Kestrel"} <= equipment
    assert names(find_events("The worst crisis since World War Two came.", lambda offset: "")) == {"World War Two"}
    assert names(find_events("The worst crisis since the Second World War came.", lambda offset: "")) == {
        "Second World War"}


def test_eleventh_held_out_classes():
    # A system named inside a long body's name is still equipment ("Harbour Kestrel and Osprey
    # Management Agency", then "Kestrel aircraft"); a plural is its singular ("Yak-90A Falcons",
    # "Office for Bridge Investments"); "Velmar-made" names a maker, which is then no equipment
    # elsewhere in the article ("the Velmar jets"), unlike "Finnish-made" or a ticker after a
    # name ("Orbis [ORB]-made"); a line "Source: X" credits a body.
    long_body = article("a", "The Harbour Kestrel and Osprey Management Agency (HKOMA) signed for 20 Kestrel aircraft.")
    kinds = {e.name: e.type for e in merge_discoveries(discover(long_body), {}, set(), {"a": long_body}).values()}
    assert kinds.get("Kestrel") == "equipment"
    plurals = {"p": article("p", "Ruritania bought six Yak-90A Falcons.", "The Yak-90A Falcon flew with the Yak-90A."),
               "q": article("q", "The Ruritanian Office for Bridge Investments (ROBI) and the Ruritanian Office "
                                 "for Bridge Investment met.")}
    merged = merge_discoveries([c for a in plurals.values() for c in discover(a)], {}, set(), plurals)
    by_type = {}
    for entity in merged.values():
        by_type.setdefault(entity.type, set()).add(entity.name)
    assert by_type["equipment"] == {"Yak-90A Falcon"}
    assert [n for n in by_type["organization"] if "Bridge" in n] == ["Ruritanian Office for Bridge Investment"]
    makers = article("m", "Ruritania will receive Velmar-made Yak-90A jets in 2026.", "Crews praised the Velmar jets.",
                     "It ordered Finnish-made radars and Orbis [ORB]-made sensors.")
    kinds = {e.name: e.type for e in merge_discoveries(discover(makers), {}, set(), {"m": makers}).values()}
    assert kinds.get("Velmar") == "organization" and "Finnish" not in kinds and "ORB" not in kinds
    assert names(find_organizations("Source: Velmar Aerospace Works", set())) == {"Velmar Aerospace Works"}
    # Two-word places after a preposition ("in Nova Scotia."), but not a person ("from Ivo Marek of the
    # party"); a dateline in title case with its province in brackets; the Baltic States.
    assert names(find_places("Jets will be based in Nova Ruritania, and a question came from Ivo Marek of the "
                             "party.", set())) == {"Nova Ruritania"}
    assert names(find_places("Varno (North Ruritania):The jets arrived.", set())) == {"Varno", "North Ruritania"}
    assert names(find_places("Its neighbours, the Baltic States, agreed.", set())) == {"Baltic States"}
    # Bodies joined by "and": one name when it ends in a body's noun ("Air and Space Force"), two
    # bodies otherwise; the company a business title names, without a possessive before it.
    assert names(find_organizations("It will replace jets of the Ruritanian Air and Space Force.", set())) == {
        "Ruritanian Air and Space Force"}
    assert not [n for n in names(find_organizations("The Army and Air Force met Velmar and Orbis Aerospace.", set()))
                if " and " in n]
    assert names(find_organizations("Ann Holt, CEO of Velmar Defence and Space, and the chairman of Kestrel's "
                                    "Sling-maker Orbis spoke.", set()), "organization") >= {"Velmar Defence and Space", "Orbis"}
    # Names that share the category after them ("Kestrel III and Osprey missiles"); a designation
    # for two variants ("F-9E/F Lynx II fighters"); a batch's number is no name ("Block V missiles").
    found = find_equipment("Jets armed with Kestrel III and Osprey missiles replace F-9E/F Lynx II fighters and "
                           "400 Block V missiles.", set())
    assert {"Kestrel III", "Osprey", "F-9E/F Lynx II"} <= names(found) and "V" not in names(found)
    # The author under an embedded post, when its name says it is a body; an embassy in lower case.
    assert names(find_organizations("— MoD Ruritania (@MoD_R) January 6, 2023", set())) == {"MoD Ruritania"}
    assert names(find_organizations("— Ivo Marek (@ivo) January 6, 2023", set())) == set()
    assert names(find_organizations("The statement by the U.S. embassy in Varno said so.", set())) == {
        "U.S. embassy in Varno"}


def test_twelfth_held_out_classes():
    # "Argentine" is a people's adjective; a place is no one's name, even before an appositive;
    # lines that credit a picture or the text with a name and a body.
    assert is_demonym("Argentine")
    assert names(find_people("It was cancelled because of the crisis in the Middle East, the presidential "
                             "spokesman said.", None), "person") == set()
    assert names(find_people("Photo: Ivo Marek, Ruritanian Army", None)) == {"Ivo Marek"}
    assert names(find_people("Author: Lea Horvat, Source: Varno Radio", None)) == {"Lea Horvat"}
    # The platform a statement was posted on, however short its name.
    assert names(find_organizations("The minister said in a video posted on X on Tuesday.", set())) == {"X"}


def test_thirteenth_held_out_classes():
    # An air force's abbreviated rank ("ACM X, the air force commander"); "(Photo by X)" with a
    # name of several words; a unit named by its number; a month is no place ("in April-May").
    people = find_people("ACM Ivo Marek, the air force commander, spoke. (Photo by Lea Horvat Na Varno)", None)
    assert {"Ivo Marek", "Lea Horvat Na Varno"} <= names(people)
    assert names(find_organizations("The jets will replace those at Wing 1 in Varno.", set())) == {"Wing 1"}
    assert names(find_places("It will go to the cabinet in April-May.", set())) == set()


def test_a_variant_named_after_its_system_is_equipment_of_its_own():
    # "the Kestrel", then "the Kestrel C/D" and "the F-7 Block 40" in another paragraph: each variant
    # is a page of its own that says what it is a variant of, and the system keeps its own page
    # (the one word "Kestrel" is not taken for the longer name). A lone "A" is a word, not a variant;
    # "Block" opens no proper name after a designation.
    articles = {"a": article("a", "The navy flies Kestrel jets and the F-7.",
                             "It weighed the Kestrel C/D against the F-7 Block 40 and a Kestrel Mk 2 trainer.",
                             "The F-7 A team of pilots flew the Kestrel.")}
    merged = merge_discoveries(discover(articles["a"]), {}, set(), articles)
    by_name = {e.name: e for e in merged.values()}
    assert {"Kestrel", "F-7", "Kestrel C/D", "F-7 Block 40", "Kestrel Mk 2"} <= set(by_name)
    assert dict(by_name["F-7 Block 40"].fields)["variant of"] == "F-7"
    assert dict(by_name["Kestrel C/D"].fields)["variant of"] == "Kestrel"
    assert "Kestrel" not in by_name["Kestrel C/D"].aliases
    assert not any(name.startswith("F-7 A") or name == "F-7 Block" for name in by_name)
    # after a model that names a variant already, the suffix is another spelling of that model
    articles = {"b": article("b", "It fires AGM-9L Kestrel missiles.", "The AGM-9L Kestrel Block II flew.")}
    merged = merge_discoveries(discover(articles["b"]), {}, set(), articles)
    assert [(e.name, "AGM-9L Kestrel Block II" in e.aliases) for e in merged.values()] == [("AGM-9L Kestrel", True)]


def test_fourteenth_held_out_classes():
    # A wire dateline whose agency is followed by a colon or whose name has words in title case;
    # a class after a people's name or a possessive; a defined acronym before a category noun is
    # equipment; "the US" as a noun; a sea named with a people's name; "F/A-18E/F"; engines.
    for text, agency, city in (("VARNO (Kest Wire) : The battery moved.", "Kest Wire", "Varno"),
                               ("Varno, Aug. 5 (Kest Press)--The navy chose a frigate.", "Kest Press", "Varno")):
        assert names(find_organizations(text, set())) == {agency}
        assert names(find_places(text, set())) == {city}
    found = find_equipment("The Norwegian Kestrel-class frigate and the Navy's Kestrel-class.", set())
    assert names(found) == {"Kestrel-class"}
    found = find_organizations("The Osprey Mid-Range Launcher (OML) system moved.", set())
    assert [(f.name, f.type) for f in found] == [("Osprey Mid-Range Launcher", "equipment")]
    assert names(find_places("In May the US deployed it to the West Norwegian Sea.", set())) == {
        "United States", "West Norwegian Sea"}
    assert names(find_places("The US Army and the US fighter jet.", set())) == set()
    found = find_equipment("It flies the F/A-18E/F Super Hornet with Velmar VF414 engines.", set())
    assert names(found) == {"F/A-18E/F Super Hornet", "Velmar VF414"}


def test_a_body_named_after_its_country_is_the_body_named_alone():
    # "Norway Defense Procurement Agency" is the "Defense Procurement Agency" named elsewhere, and
    # spelt in initials with or without the country ("NDPA" or "DPA"); "Norway Coast Guard" is not
    # any coast guard.
    articles = {"a": article("a", "Officials of the Norway Defense Procurement Agency met.",
                             "The Defense Procurement Agency said the NDPA would sign.",
                             "The Norway Coast Guard sailed.")}
    merged = merge_discoveries(discover(articles["a"]), {}, set(), articles)
    by_name = {e.name: e for e in merged.values() if e.type == "organization"}
    assert "Norway Defense Procurement Agency" in by_name["Defense Procurement Agency"].aliases
    assert "NDPA" in by_name["Defense Procurement Agency"].aliases
    assert "Norway Coast Guard" in by_name


def test_a_capital_city_standing_alone_is_a_place():
    # News names a government by its capital, with no preposition to mark it as a place; not inside
    # a longer name, nor in a document named after it.
    found = find_places("Canberra and Tokyo will negotiate, and Beijing's envoy said Oslo has agreed.", set())
    assert names(found) == {"Canberra", "Tokyo", "Beijing", "Oslo"}
    assert names(find_places("The Washington Post cited the Vienna document.", set())) == set()


def test_fourteenth_held_out_body_and_person_classes():
    # An outlet named "X News"; a body after a word that describes it ("the Varno-based"); a body
    # that ends at its possessive; a non-breaking hyphen; a given name that is also a rank's
    # abbreviation, between a civil office and one name.
    text = normalise("The Varno-based Arms Review Agency cited Kest News and the Ruritania Maritime Self\u2011Defense "
                     "Force's Osprey-class, not the Breaking News.").text
    assert names(find_organizations(text, set())) == {"Arms Review Agency", "Kest News",
                                                      "Ruritania Maritime Self-Defense Force"}
    found = find_people("Defense Minister Gen Arata told reporters, as did Army Chief Gen Sato.", None)
    assert [(f.name, dict(f.fields)["role"]) for f in found] == [("Gen Arata", "Defense Minister"),
                                                               ("Sato", "Army Chief Gen")]


def test_fifteenth_held_out_classes():
    # A country stays a place though a person's name holds it ("Israel Katz"); "Türkiye-UK trade"
    # names no model; "the West Bank" is a place and the "World Bank" a body; Palestine is a
    # country (ISO 3166 writes it with a comma); a company's name of two words ending in "Systems",
    # a consortium; a defined acronym ending in "Systems" that is a category is equipment.
    articles = {"a": article("a", "Defense Minister Israel Katz visited Israel and the West Bank.",
                             "Ruritania recognised Palestine, as the World Bank noted.")}
    merged = merge_discoveries(discover(articles["a"]), {}, set(), articles)
    by_name = {e.name: e.type for e in merged.values()}
    assert by_name["Israel Katz"] == "person" and by_name["Israel"] == "place"
    assert by_name["West Bank"] == "place" and by_name["World Bank"] == "organization"
    assert by_name["Palestine"] == "place"
    assert names(find_equipment("It will boost Türkiye-UK trade and Japan-US ties.", set())) == set()
    found = find_organizations("Led by Britain's Velmar Systems within the Osprey Consortium, it bought Kestrel "
                               "Coastal Defense Systems (KCDS).", set())
    assert {(f.name, f.type) for f in found} == {("Velmar Systems", "organization"), ("Osprey Consortium", "organization"),
                                                 ("Kestrel Coastal Defense Systems", "equipment")}


def test_fifteenth_held_out_body_classes():
    # A company of two words is also its first word alone ("Velmar Systems", then "Velmar"); a
    # body's "of" tail goes on past "and" unless another body or a title follows it.
    assert [f.aliases for f in find_organizations("Velmar Systems will build it.", set())] == [("Velmar",)]
    assert [f.aliases for f in find_organizations("General Dynamics will build it.", set())] == [()]
    found = find_organizations("It was led by the Directorate for the Study of Ships and Coastal Defences, not the "
                               "Ministry of Defence and Foreign Minister Ivo Marek.", set())
    assert names(found) == {"Directorate for the Study of Ships and Coastal Defences", "Ministry of Defence"}
    assert names(find_organizations("The plan is led by the R&D Division.", set())) == {"R&D Division"}


def test_sixteenth_held_out_person_classes():
    # Initials run together with full stops ("K.L.") or written as capitals alone ("A K", where "A"
    # is no article); letters after a name ("MP") are no part of it; a form of address ("The Hon")
    # introduces a name but is no role.
    found = find_people("Air Marshal K.L. Berg spoke, and Chief of Staff Air Vice Marshal A K Lund listened.", None)
    assert [(f.name, dict(f.fields)["role"]) for f in found] == [
        ("K.L. Berg", "Air Marshal"), ("A K Lund", "Chief of Staff Air Vice Marshal")]
    assert [(f.name, f.fields) for f in find_people("The Hon Ivo Marek MP", None)] == [("Ivo Marek", ())]
    assert names(find_people("A Ruritanian General Staff officer said.", None)) == set()


def test_sixteenth_held_out_equipment_classes():
    # A system named before its mark ("Kestrel Mk1A jets", "Kestrel Mk-1A") is a variant of that
    # system, which is then found where it stands alone; an engine's model ("F404-IN20",
    # "T700-GE-701"); a model numbered like a year to come ("ELM-2052"), though no year is one.
    articles = {"a": article("a", "The Kestrel Mk1A jets and the Osprey Mk-1A jets will fly.",
                             "The Kestrel programme and Osprey production were delayed.")}
    by_name = {e.name: e for e in merge_discoveries(discover(articles["a"]), {}, set(), articles).values()}
    assert dict(by_name["Kestrel Mk1A"].fields)["variant of"] == "Kestrel"
    assert dict(by_name["Osprey Mk-1A"].fields)["variant of"] == "Osprey"
    assert {"Kestrel", "Osprey"} <= set(by_name) and by_name["Kestrel"].type == "equipment"
    found = find_equipment("It needs F404-IN20 and T700-GE-701 engines and the ELM-2052 radar, not FY2025-26 "
                           "money or the Zapad-2025 drills.", set())
    assert names(found) == {"F404-IN20", "T700-GE-701", "ELM-2052"}


def test_a_class_named_after_a_body_leaves_the_body_its_name():
    # "KEST-class" is named after the pact: the pact's acronym stays a body where it stands alone.
    articles = {"a": article("a", "Under the KEST pact the two navies will build a KEST-class submarine."),
                "b": article("b", "KEST is on schedule and the KEST agreement holds, the minister said.")}
    merged = merge_discoveries(discover(articles["a"]) + discover(articles["b"]), {}, set(), articles)
    assert {(e.name, e.type) for e in merged.values() if "KEST" in e.name} == {
        ("KEST", "organization"), ("KEST-class", "equipment")}


def test_sixteenth_held_out_person_and_body_classes():
    # A surname alone that speaks before a quote of its sentence is a person (a capital city is
    # not); a participle before a title is no institution ("Related ministers").
    found = find_people("Asked on Tuesday, Marek said the port had been “closed for a week”. Oslo said “no”.", None)
    assert names(found) == {"Marek"}
    assert names(find_organizations("Related ministers and contacts. Visiting officials left.", set())) == set()
    assert names(find_organizations("Pentagon officials said so.", set())) == {"Pentagon"}


def test_sixteenth_held_out_place_classes():
    # A country that was ("the former Yugoslavia", ISO 3166-3); a region that ends a longer name
    # ("told Kest Asia") is no place; a heading capitalises every word, so two words after "in"
    # there are no place ("Engines in Short Supply"), one still is; a company's "own X facility" is
    # in the place X.
    found = find_places("The breakup of the former Yugoslavia worried Europe, one official told Kest Asia.", set())
    assert names(found) == {"Yugoslavia", "Europe"}
    assert names(find_places("Engines in Short Supply", set())) == set()
    assert names(find_places("By Ana Berg in Varno", set())) == {"Varno"}
    assert names(find_places("The firm flew it at its Varno facility, not the Kest facility.", set())) == {"Varno"}


def test_sixteenth_held_out_body_classes():
    # A body that ends at its possessive, last in its run ("the Ruritanian Air Force's fleet"); a
    # party before a title of two words, after a word for the time of office ("Former Kest Party
    # Prime Minister Ivo Marek").
    found = find_organizations("They will replace the Ruritanian Air Force's old fleet.", set())
    assert names(found) == {"Ruritanian Air Force"}
    found = find_organizations("Former Kest Party Prime Minister Ivo Marek said so.", {"Ivo", "Marek"})
    assert names(found) == {"Kest Party"}
    # an agency credited before its photographer: "(AGENCY/Anna Berg)"
    assert names(find_organizations("The two leaders in Varno (KPA/Anna Berg)", {"Anna", "Berg"})) == {"KPA"}
    assert names(find_organizations("The AN/TPY-2 radar and its MK/Mod 4 mount.", set())) == set()


def test_seventeenth_held_out_person_classes():
    # A title in lower case with whose it is, of several words, before a comma; "member" and "MP"
    # as titles; credits in lower case ("editing by"); a caption's credit "Anna Berg/agency" after
    # its sentence.
    found = find_people("It said so, according to the head of the Ruritanian arms procurement and logistics agency, "
                        "Ivo Marek. Defence spokesperson for the right-wing Kest Party, Lea Horvat, agreed.", None)
    assert {(f.name, dict(f.fields)["role"]) for f in found} == {
        ("Ivo Marek", "head of the Ruritanian arms procurement and logistics agency"),
        ("Lea Horvat", "Defence spokesperson for the right-wing Kest Party")}
    found = find_people("Kest Party member Dan Aro asked Kest MP Ana Berg; Ruritania, a NATO member, agreed.", None)
    assert {(f.name, dict(f.fields)["role"]) for f in found} == {("Dan Aro", "Kest Party member"), ("Ana Berg", "Kest MP")}
    found = find_people("(Reporting by Ana Berg, editing by Dan Aro and Lea Horvat)", None)
    assert names(found) == {"Ana Berg", "Dan Aro", "Lea Horvat"}
    found = find_people("The minister speaks in parliament. Ivo Marek/kpa", None)
    assert names(found) == {"Ivo Marek"}
    assert names(find_organizations("The minister speaks in parliament. Ivo Marek/kpa", {"Ivo", "Marek"})) == {"kpa"}


def test_a_family_name_of_two_words_stands_for_the_person():
    # "Lund Berg said" after "Ana Lund Berg": the person, not another of two words.
    articles = {"a": article("a", "Defence Minister Ana Lund Berg opened it.", '"It is ready," Lund Berg said.')}
    merged = merge_discoveries(discover(articles["a"]), {}, set(), articles)
    assert [e.name for e in merged.values() if e.type == "person"] == ["Ana Lund Berg"]


def test_seventeenth_held_out_equipment_classes():
    # Names listed after their category ("fighters such as the X, Y and Z"); a name said to be made
    # by someone, or after the country that made it; a model in capitals with a letter after a
    # slash or hyphen ("KEST/T systems", "KEST-T"); a warhead; no drone named by the factory that
    # makes drones; acronyms joined by a slash are one body, a model's parts none.
    found = find_equipment("It arms multirole fighters such as the Osprey, Kestrel Hawk and F/A-7, not countries "
                           "such as Ruritania.", set())
    assert names(found) == {"Osprey", "Kestrel Hawk", "F/A-7"}
    found = find_equipment("They chose KESTS, made by Velmar, the Ruritanian produced VL OSPREY and the Norwegian-made "
                           "Combat Management System.", set())
    assert names(found) == {"KESTS", "VL OSPREY"}
    found = find_equipment("It buys KEST/T long-range systems, the KEST/T platform and ARMS-T, not the TNI-AU; its "
                           "Hammer warhead is new. The Varno drone factory makes Osprey drones.", set())
    assert names(found) == {"KEST/T", "ARMS-T", "Hammer", "Osprey"}
    found = find_organizations("The KPA/KPB bloc backed it; the KEST/T platform and /TASS/ reported.", set())
    assert names(found) == {"KPA/KPB", "TASS"}


def test_a_family_name_is_its_one_model():
    # "the Kestrel" where the corpus names one numbered Kestrel ("Kestrel-136") is that model.
    articles = {"a": article("a", "Kestrel-136 drones hit the port.", "The Ruritanian-designed Kestrel, which flies "
                             "far, is cheap.")}
    merged = merge_discoveries(discover(articles["a"]), {}, set(), articles)
    assert [(e.name, e.aliases) for e in merged.values() if e.type == "equipment"] == [("Kestrel-136", ("Kestrel",))]


def test_seventeenth_held_out_body_and_place_classes():
    # The members a consortium is made of; a commissariat is a body; "the Soviet Union" a place.
    found = find_organizations("It is made by Kestsam, a consortium of Velmar France, Velmar Italy and Osprey, as "
                               "the Commissariat for Harbour Affairs noted; the Soviet Union fell.", set())
    assert names(found) >= {"Velmar France", "Velmar Italy", "Osprey", "Commissariat for Harbour Affairs"}
    assert "Soviet Union" not in names(found)
    assert names(find_places("After the collapse of the Soviet Union it changed.", set())) == {"Soviet Union"}


def test_eighteenth_held_out_classes():
    # A middle initial with its full stop ("Ivo K. Marek"), which ends no run before a name (but
    # "Plan B. The ..." joins nothing); a hyphenated word of a body's noun is no name ("Force-Varno");
    # "Exercise X 9", "Mission X" as events, and one word quoted before "exercises"; places after
    # "in occupied", listed after "regions including", after a place and a comma, joined by "and"
    # at a clause's end (not "in Varno and Marek said", not "Norfolk, Nov. 5"); "Military News", a
    # section's label, is no outlet; a demonym or country joined by "and" to a body is no part of it.
    found = find_people("Col. Ivo K. Marek, commander of the Kest Rotational Force-Varno 25.3, spoke. Plan B. "
                        "The Ministry agreed.", None)
    assert [(f.name, dict(f.fields).get("role")) for f in found] == [("Ivo K. Marek", "Col.")]
    found = find_events("It was part of Exercise KEST 9, not of the Ruritanian Multi-Mission Aircraft plan; under "
                        "Mission Osprey the “Kestrel” exercises began.", lambda offset: "the drills")
    assert names(found) == {"Exercise KEST 9", "Mission Osprey", "Kestrel"}
    found = find_places("Missiles hit airfields in occupied Varno and Kestov. Drills ran across regions, including "
                        "Osprey, Tawi-Tawi and Lark. The test is in Burgos, Kest Norte. It was in Oslo and Marek "
                        "said so, in Norfolk, Nov. 5.", {"Marek"})
    assert names(found) == {"Varno", "Kestov", "Osprey", "Tawi-Tawi", "Lark", "Burgos", "Kest Norte", "Oslo", "Norfolk"}
    found = find_organizations("Military News. Units of the Norwegian and Kest Marine Corps met the Air and Space "
                               "Force.", set())
    assert names(found) == {"Kest Marine Corps", "Air and Space Force"}


def test_eighteenth_held_out_place_and_role_classes():
    # A region with its side ("the Western Pacific"); a site's label in capitals opens no dateline
    # ("MORE: ..."); "commandant" is a title.
    assert names(find_places("Ships sail into the Western Pacific.", set())) == {"Western Pacific"}
    assert names(find_places("MORE: Ruritania waging a new offensive", set())) == set()
    found = find_people("Kest commandant Maj. Gen. Ivo Marek said so.", None)
    assert [(f.name, dict(f.fields)["role"]) for f in found] == [("Ivo Marek", "Kest commandant Maj. Gen.")]


def test_nineteenth_held_out_classes():
    # A byline of two; an acronym before a hyphen and a lower-case word ("NATO-member") is the body,
    # a time zone no body; a letter and three digits are a model ("F127"), "B2B" none; the North
    # Atlantic and the Mediterranean are regions ("an Atlantic empire" none); "convener" a title; a
    # "news provider X"; an agency of two names joined by a hyphen in a credit.
    assert names(find_people("By Ana Berg and Ivo Marek", None)) == {"Ana Berg", "Ivo Marek"}
    found = find_people("Also there was KPA program convener Lea Horvat.", None)
    assert [(f.name, dict(f.fields)["role"]) for f in found] == [("Lea Horvat", "KPA program convener")]
    assert names(find_organizations("It is KEST-member Ruritania's buy, announced at 12:22 IST.", set())) == {"KEST"}
    assert names(find_equipment("The candidates were the K127 and the B2B Marketing team.", set())) == {"K127"}
    assert names(find_places("Submarines roam the North Atlantic and the Mediterranean, not an Atlantic empire.",
                             set())) == {"North Atlantic", "Mediterranean"}
    found = find_organizations("Online news provider Kest Media reported it. Photo: KPA-KPB / Harbour Office", set())
    assert {"Kest Media", "KPA-KPB"} <= names(found)


def test_twentieth_held_out_classes():
    # "IFVs" as a category; an outlet by its web address ("the kest.pl website", "Source: ..."); a
    # hashtag names no body.
    assert names(find_equipment("The deal covers 1,000 Kestrel amphibious IFVs.", set())) == {"Kestrel"}
    found = find_organizations("It was approved, the kestnews.pl website reported.", set())
    assert names(found) == {"kestnews.pl"}
    assert names(find_organizations("Source: kestnews.pl, varno.info", set())) == {"kestnews.pl", "varno.info"}
    assert names(find_organizations("A campaign, entitled #Modern Army #Secure Ruritania, began.", set())) == set()


def test_twenty_first_held_out_classes():
    # A source a report is credited to ("according to X", '"...," reported X', "as quoted by X")
    # is a body, not a place, unless the text names a person so; "coordinator" is a title.
    text = "According to Kestpress, it flew. “It works,” reported Kestpress. According to Marek, it is new."
    assert names(find_organizations(text, {"Ivo", "Marek"})) == {"Kestpress"}
    assert names(find_places(text, {"Ivo", "Marek"})) == set()
    found = find_people("Harbour Council Coordinator Ivo Marek said so.", None)
    assert [(f.name, dict(f.fields)["role"]) for f in found] == [("Ivo Marek", "Harbour Council Coordinator")]


def test_twenty_second_held_out_people_and_places():
    # An occupation introduces a name as a title does, and is its role ("businessman X"); a capital
    # before one at a sentence's start is the sentence's ("Arms dealer X" names no body "Arms").
    found = find_people("Police sought 50-year-old businessman Ivo Marek. Arms dealer Ana Berg fled.", None)
    assert {(f.name, dict(f.fields)["role"]) for f in found} == {("Ivo Marek", "businessman"), ("Ana Berg", "Arms dealer")}
    assert names(find_organizations("Arms dealer Ana Berg fled.", {"Ana", "Berg"})) == set()
    # "Reporting by" opens a credit only where no sentence goes on after the names.
    assert names(find_people("Reporting by Kest Radio and Varno Daily suggests the deal is off.", None)) == set()
    assert names(find_people("Reporting by Ana Berg in Varno; editing by Ivo Marek", None)) == {"Ana Berg", "Ivo Marek"}
    # A dateline of several cities on a line of its own: places, no acronyms of bodies.
    assert names(find_places("VARNO / KESTBURG", set())) == {"Varno", "Kestburg"}
    assert names(find_organizations("VARNO / KESTBURG", set())) == set()
    # "the territory of X", a seat of government, and a sea named without "Sea".
    text = "It borders the territory of Kestgrad. They met at the Velmar Mansion. Its islands in the Aegean wait."
    assert names(find_places(text, set())) == {"Kestgrad", "Velmar Mansion", "Aegean"}


def test_twenty_second_held_out_bodies_and_systems():
    # A body named beside what it is ("the armed forces, the Kestwehr,"), a committee's subject after
    # "on" (not a day), the makers "made by X and Y", and an outlet by its address that reports.
    text = ("The country's armed forces, the Kestwehr, will deploy. The parliament's Committee on Armaments met; "
            "the Defence Council on Monday agreed. The tanks are manufactured by Velmar and Osprey Land Systems, "
            "respectively. The ministry said so, kestnews.net reports.")
    assert names(find_organizations(text, set())) == {"Kestwehr", "Committee on Armaments", "Velmar",
                                                      "Osprey Land Systems", "kestnews.net"}
    # An acronym before its category, after an article, a possessive or a number, is a system; an
    # acronym the article uses as a body's elsewhere is not ("NATO said ... the NATO jets").
    found = discover(article("a", "The new KDF frigates and its VRS defence systems sailed with 12 OSP launchers.",
                             "NATO said the NATO jets flew; the MLRS launchers fired."))
    assert {(c.found.name, c.found.type) for c in found if c.found.name in {"KDF", "VRS", "OSP", "NATO", "MLRS"}} \
        == {("KDF", "equipment"), ("VRS", "equipment"), ("OSP", "equipment"), ("NATO", "organization")}
    # A system named in full before its capitalised kind, one likened to ('"X"-type'), and a trade
    # show named with its year.
    text = "It has the Kestrel Active Protection System, not the Integrated Air Defense System, and a “Varno Dome”-type air defence system."
    assert names(find_equipment(text, set())) == {"Kestrel Active Protection System", "Varno Dome"}
    text = "The tank was on display at Kestexpo 2024, showcasing its armour."
    assert names(find_events(text, lambda offset: text)) == {"Kestexpo 2024"}


def test_twenty_third_held_out_classes():
    # Bylines and credits: "Name - The Outlet" on its own line, "(With a report from Name/AGENCY)".
    assert names(find_people("Ana Berg - The Varno Star", None)) == {"Ana Berg"}
    assert names(find_organizations("Ana Berg - The Varno Star", set())) == {"The Varno Star"}
    text = "The fleet grows. (With a report from Ivo Marek/KNA)"
    assert names(find_people(text, None)) == {"Ivo Marek"} and names(find_organizations(text, set())) == {"KNA"}
    # An acronym the text spells out in lower case after it is no body; a kind of radar is no system.
    found = discover(article("a", "It serves HADR [humanitarian assistance and disaster response] needs.",
                             "The jets carry Active Electronically Scanned Array (AESA) radars."))
    assert not {c.found.name for c in found} & {"HADR", "AESA", "Active Electronically Scanned Array"}
    # A body's programme is no part of its name; "in collaboration with X" names a body (not a capital
    # city); a site's name with capitals inside it, after "according to", with a second word.
    text = ("It was bought under the Armed Forces of Kestria Modernization Program, developed in collaboration with "
            "Velmar Aero and in cooperation with Moscow. According to KestDefense Varno, it flies.")
    assert names(find_organizations(text, set())) == {"Armed Forces of Kestria", "Velmar Aero", "KestDefense Varno"}
    # A place with its own lower-case part after a hyphen before a feature noun ("Pag-asa Island"), a
    # site a company's possessive owns, and no place in a document's name ("a Notice to Proceed").
    text = "A runway on Kest-asa Island grew. It was built at Velmar’s Osprey Vale facility. A Notice to Proceed came."
    assert names(find_places(text, set())) == {"Kest-asa Island", "Osprey Vale"}
    # A show's name with its year, and the acronym it gives itself with the year.
    text = "The deal was signed at the Kest International Airshow 2024 (KIA 2024)."
    assert ("Kest International Airshow 2024", ("KIA 2024",)) in [(f.name, f.aliases) for f in find_events(text, lambda o: text)]


def test_twenty_fourth_held_out_classes():
    # Credits: a caption's "// Agency", "(Photo: Kestpress)", a platform a statement was written in
    # ("wrote in a Telegram post"), ", reports Kestpress." and the contributors' line.
    assert names(find_organizations("Launchers on the move // Kestimages", set())) == {"Kestimages"}
    text = ("The leaders met. (Photo: Kestpress) Ivo Marek wrote in a Kestgram post that it was false, citing state "
            "media, reports Varnopress.")
    assert names(find_organizations(text, {"Ivo", "Marek"})) == {"Kestpress", "Kestgram", "Varnopress"}
    assert names(find_people("Ana Berg and Ivo Marek contributed to this report.", None)) == {"Ana Berg", "Ivo Marek"}
    # A county, and "The U.S." opening a sentence.
    assert names(find_places("The U.S. remains its supplier, with a base in Kestung County.", set())) == {
        "United States", "Kestung County"}
    # Drills named without a year, after "the" or with a capitalised noun (not "the Russian drills",
    # "the NATO exercises", "the Pacific drills").
    text = ("During the Kest Shield drills and the Varno exercises, Osprey Exercise began; the Russian drills, "
            "the NATO exercises and the Pacific drills did not.")
    assert names(find_events(text, lambda offset: text)) == {"Kest Shield", "Varno", "Osprey Exercise"}


def test_twenty_fifth_held_out_places():
    # A military camp; a city or prefecture ranked after its name is that place (not "Mexico City",
    # a city's own name); "the prefecture of X"; places listed after "of" or before their kind, one
    # after "including"; a peninsula a people's name names; no place of two countries' pair.
    text = ("The launchers reached Camp Kestrel in Varno City, Varno Prefecture, and Fort Osprey, then the prefecture "
            "of Kesto, the prefectures of Lund and Marno, units in Ossa, Pelo, and Ruva prefectures, cities including "
            "Tarsk, the Korean Peninsula and Mexico City, in India-Germany talks.")
    found = [c.found for c in discover(article("a", text)) if c.found.type == "place"]
    assert names(found) == {"Camp Kestrel", "Varno", "Fort Osprey", "Kesto", "Lund", "Marno", "Ossa", "Pelo", "Ruva",
                            "Tarsk", "Korean Peninsula", "Mexico City", "India", "Germany"}
    assert {a for f in found if f.name == "Varno" for a in f.aliases} == {"Varno City", "Varno Prefecture"}


def test_twenty_fifth_held_out_bodies_people_and_systems():
    # A company's acronym spelt by the capitals inside its first word ("KestWerk Marine Systems
    # (KWMS)": a company, not a weapon as "X Coastal Defense Systems (XCDS)" is); "(courtesy of X)";
    # "(AGENCY- The Paper)"; ", The Paper reported"; a shipbuilder is no person after "counterpart".
    text = ("Subs by KestWerk Marine Systems (KWMS) and its counterpart Varno Dock Shipbuilders (VDS), and the Kest Coastal "
            "Defense Systems (KCDS) fired (courtesy of KDA), The Varno Herald reported.")
    found = find_organizations(text, set())
    assert {(f.name, f.type) for f in found} >= {("KestWerk Marine Systems", "organization"),
                                                 ("Varno Dock Shipbuilders", "organization"),
                                                 ("Kest Coastal Defense Systems", "equipment"), ("KDA", "organization"),
                                                 ("The Varno Herald", "organization")}
    assert names(find_people(text, None)) == set()
    found = discover(article("c", "(KESTNEWS- The Varno Times) Key points"))
    assert [c.found.name for c in found] == ["KESTNEWS", "The Varno Times"]
    # Bylines: the outlet first ("Varno Tribune- Ana Berg"), and a name alone above the date line
    # (a given name "Arun" is no people's adjective, though "Aruba" shortens to it).
    assert names(find_people("Varno Tribune- Ana Berg", None)) == {"Ana Berg"}
    found = discover(article("a", "Arun Marek", "Sep 12, 2025, 01:36 PM", "The yard began talks."))
    assert [(c.found.name, c.found.type) for c in found] == [("Arun Marek", "person")]
    # A class by its number with its maker's acronym; "Air Independent Propulsion systems" is a
    # kind of system; "P-75I" is the programme the article calls "Project 75I".
    found = discover(article("b", "Boats of KDW Class 214 design, with Air Independent Propulsion systems.",
                             "Project 75I goes on; the terms for P-75I are set."))
    assert [(c.found.name, c.found.type) for c in found] == [("KDW Class 214", "equipment")]


def test_twenty_sixth_held_out_classes():
    # "Type 212CD" and a model numbered in Roman ("KSS-III", with its maker, also written "KSS III");
    # "Kest Ocean" is a company's name (the world's oceans are five); a programme's acronym is no body;
    # companies listed after a word for them; no person's name ends in a country's ("Kestwerk Canada").
    text = ("They weigh Varno’s Velmar KSS-III and the Type 212CD submarine, as Kest Ocean's yard by the Pacific Ocean "
            "works with Kestwerk Canada, hosting officials, and with firms such as Kestsat and Osprey Labs, for the "
            "Kest Patrol Submarine Project (KPSP).")
    found = [c.found for c in discover(article("a", text))]
    assert {(f.name, f.type) for f in found} >= {("Velmar KSS-III", "equipment"), ("Type 212CD", "equipment"),
                                                  ("Pacific Ocean", "place"), ("Kestsat", "organization"),
                                                  ("Osprey Labs", "organization"), ("Kestwerk Canada", "organization")}
    assert "KSS III" in next(f.aliases for f in found if f.name == "Velmar KSS-III")
    assert not {f.name for f in found} & {"Kest Ocean", "KPSP", "Kest Patrol Submarine Project"}
    assert not [f for f in found if f.type == "person"]


def test_twenty_seventh_held_out_classes():
    # Credits: "Agency/ Name" or "Agency / Name" ending a caption; two writers and their outlet ("A und
    # B, KTV"); a paper named after "tabloid"; "parliamentarian"; a party a people's name opens.
    assert names(find_people("The launchers rolled in. Kestpix / Ana Berg", None)) == {"Ana Berg"}
    assert names(find_organizations("The launchers rolled in. Kestpix / Ana Berg", set())) == {"Kestpix"}
    assert names(find_people("Ana Berg und Ivo Marek, KTV", None)) == {"Ana Berg", "Ivo Marek"}
    assert names(find_organizations("Ana Berg und Ivo Marek, KTV", set())) == {"KTV"}
    text = "The tabloid Varnoblick reported it, says parliamentarian Ana Berg from the Kestrian People’s party."
    assert names(find_organizations(text, {"Ana", "Berg"})) == {"Varnoblick", "Kestrian People’s party"}
    assert [dict(f.fields).get("role") for f in find_people(text, None)] == ["parliamentarian"]
    # A body's short name as a word in brackets ("the Office for Arms (Kestarm)"; not a country's);
    # "US X" is also "United States X"; a heading's capitals make no body of "Defense Systems".
    found = find_organizations("The Federal Office for Arms (Kestarm) and the Ministry of Defence (Germany) said.", set())
    assert {(f.name, f.aliases) for f in found if f.aliases} == {("Federal Office for Arms", ("Kestarm",)),
                                                                ("Ministry of Defence", ("Defence Ministry",))}
    found = find_organizations("The United States Department of Defense informed it.", set())
    assert [f.aliases for f in found] == [("US Department of Defense",)]
    assert names(find_organizations("Kestria Looks to Varno for Defense Systems", set())) == set()
    # "the US last week": the country.
    assert names(find_places("Ana Berg was in the US last week.", set())) == {"United States"}


def test_twenty_eighth_held_out_classes():
    # An office's remit is no person's name ("Director General of Defense Industrial Strategy and
    # Innovation"); after a title in the plural the second name holds it too.
    text = "Kestria's Director General of Defense Industrial Strategy and Innovation came with Deputy Ministers Ana Berg and Ivo Marek."
    found = find_people(text, None)
    assert {(f.name, dict(f.fields).get("role")) for f in found} == {("Ana Berg", "Deputy Ministers"),
                                                                     ("Ivo Marek", "Deputy Ministers")}


def test_a_company_arm_named_with_its_country():
    # "KNDS Deutschland", "Kestwerk Canada": a company's arm in a country (its own language's name
    # for it too); not a region's part, a capital and its country, two countries, or a heading's words.
    text = ("Lithuania joined the framework with Kestwerk Deutschland; Velmar Canada will integrate it. Troops in "
            "Western Canada and Ottawa Canada met, as did Russia Ukraine envoys.")
    assert names(find_organizations(text, set())) == {"Kestwerk Deutschland", "Velmar Canada"}
    assert names(find_organizations("Tanks For Germany Arrive", set())) == set()


def test_twenty_ninth_held_out_classes():
    # A system named with its maker before it is the one the article names alone, so the two are
    # one ("Velmar Kestrel" also "Kestrel", as "KX-39 Kestrel" is); a dotted mark after a system
    # ("Osprey C.2s"); "EL/M 2052" and "F414G"; a kind of radar is no part of a model's name.
    found = [c.found for c in discover(article("a", "They will buy new Velmar Kestrel fighter jets.",
                                               "They chose the KX-39 Kestrel fighter jets.",
                                               "It flew 12 Osprey jets, then ex-navy Osprey C.2s with the EL/M 2052 AESA radar "
                                               "and the Kestwerk F414G engine."))]
    assert "Kestrel" in next(f.aliases for f in found if f.name == "Velmar Kestrel")
    assert {f.name for f in found if f.type == "equipment"} >= {"Osprey C.2", "EL/M 2052", "Kestwerk F414G"}
    # Platforms: "In a post on X, ...", "on social media platform X"; "As reported by Kestpress,".
    text = "In a post on X, Ana Berg said so. Ivo Marek wrote on social media platform Kestgram. As reported by Kestpress, it flew."
    assert names(find_organizations(text, {"Ana", "Berg", "Ivo", "Marek"})) == {"X", "Kestgram", "Kestpress"}


def test_thirtieth_held_out_classes():
    # An office's acronym is no body ("the Chief of the Kest Staff (CKS)"); "Air Cdre" and "Air Vice
    # Marshall" are ranks; a body's name ends before its operation's; "the X Delta"; a writer's line
    # "Name in City"; a day a body celebrates ("the forthcoming KAF Day celebration").
    found = discover(article("a", "Ana Berg in Varno",
                             "The Chief of the Kest Staff (CKS), Air Marshal Ivo Marek, spoke; the CKS then left.",
                             "A statement by the Director of Information, Air Cdre Lea Horvat, said so, as did the "
                             "spokesperson, Air Vice Marshall Dan Aro.",
                             "Troops of the Kest Joint Task Force Operation RIVER SHIELD met in the Osprey Delta before "
                             "the forthcoming KAF Day celebration."))
    kinds = {(c.found.name, c.found.type) for c in found}
    assert kinds >= {("Ana Berg", "person"), ("Ivo Marek", "person"), ("Lea Horvat", "person"), ("Dan Aro", "person"),
                     ("Kest Joint Task Force", "organization"), ("Osprey Delta", "place"), ("KAF Day", "event")}
    assert "CKS" not in {name for name, _ in kinds}


def test_thirty_first_held_out_classes():
    # A system listed after its maker's possessive is the name after it ("such as Velmar's Kestrel
    # units", not a system "Velmar"); one likened to without quotation marks ("a European Kest
    # Dome-style system"); an air show and "the Cold War"; an outlet in brackets after a place that
    # opens the text ("Varno (Kest Insider Magazine) –"); '"...," says X of the University of Y'.
    text = "Air defence systems such as Velmar’s Kestrel units are scarce, as is a European Kest Dome-style defence system."
    assert names(find_equipment(text, set())) == {"Kestrel", "Kest Dome"}
    text = "At the Varno Air Show, after the Cold War, it was shown."
    assert names(find_events(text, lambda offset: text)) == {"Varno Air Show", "Cold War"}
    assert names(find_organizations("Europe (Kest Insider Magazine) – At the show, rifts showed.", set())) == {
        "Kest Insider Magazine"}
    assert names(find_people("“It is about costs,” says Ana Berg of the University of Varno.", None)) == {"Ana Berg"}


def test_thirty_second_held_out_classes():
    # A kind of radar in capitals listed after a category is no system ("systems, including the
    # AESA radar"); "in Aug. 2024" names no place; the outlet one speaks to ("Speaking to Kestpress",
    # "in a statement to Kestpress", "told KTV") is a body, no place; a system's partner's name after
    # a slash ("KX-21/VFX") and its former name ("..., formerly known as the KX-X") are its other
    # names, and an acronym before "project" is a programme's, no body's; a variant's letter in lower
    # case ("T-50i"); "Korea" alone is South Korea (and "North Korea" is no company's arm); a city in
    # capitals on a line of its own is a dateline; "(AGENCY/Kestpress)" names both agencies.
    text = "The avionics systems, including the AESA radar, were made at home, and the KX-21/VFX jet flew in Aug. 2024."
    assert names(find_equipment(text, set())) == {"KX-21"}
    assert [f.aliases for f in find_equipment(text, set())] == [("VFX",)]
    assert names(find_places(text, set())) == set()
    text = "Speaking to Kestpress, the agency said the KFX/VFX project was on time; in a statement to Varnews it told KTV so."
    assert names(find_organizations(text, set())) == {"Kestpress", "Varnews", "KTV"}
    assert names(find_places(text, set())) == set()
    assert names(find_organizations("Defence Minister Ana Berg told Marek that it flew.", {"Ana", "Berg"})) == set()
    found = find_equipment("Kestria rolled out the KX-21 Kestrel fighter jet, formerly known as the KX-X, on Friday.", set())
    assert (found[0].name, found[0].aliases) == ("KX-21 Kestrel", ("KX-21", "Kestrel", "KX-X"))
    assert "KX-X" not in names(found)
    assert names(find_equipment("The T-50i trainer and two KX-21s flew.", set())) == {"T-50i", "KX-21"}
    assert names(find_places("Korea and North Korea met.", set())) == {"South Korea", "North Korea"}
    assert names(find_organizations("Korea and North Korea met.", set())) == set()
    assert names(find_places("ANKARA", set())) == {"Ankara"} and names(find_organizations("ANKARA", set())) == set()
    assert names(find_organizations("(AGENCY/Kestpress) Kestria and Varno signed a deal, the agency said.", set())) == {
        "AGENCY", "Kestpress"}


def test_thirty_second_held_out_people_classes():
    # A name a page repeats by mistake ("Ivo Marek Ivo Marek") is one; a call sign in quotation marks
    # inside a name after a rank, with a branch in brackets between ('Lt. Col. (Pnb) Ana "Viper"
    # Berg'); a writer's name on a line of its own above the outlet's and the date's, or with the
    # date after a bullet.
    found = find_people("Senior Manager Ivo Marek Ivo Marek said the jet flew.", None)
    assert [(f.name, dict(f.fields).get("role")) for f in found] == [("Ivo Marek", "Senior Manager")]
    found = find_people('The jet was flown by a pilot, namely Lt. Col. (Pnb) Ana "Viper" Berg, on Monday.', None)
    assert [(f.name, f.aliases) for f in found] == [("Ana Berg", ('Ana "Viper" Berg',))]
    assert names(find_people('The "Kestrel" Program "Varno" Fund opened.', None)) == set()
    byline = article("a", "Kestria will accept the cuts, an official said.", "Ana Berg", "The Varno Star", "May 9, 2024",
                     "VARNO – Kestria will accept the cuts.")
    assert {c.found.name for c in discover(byline) if c.found.type == "person"} == {"Ana Berg"}
    dated = article("a", "Ivo Marek • 08 June 2023 20:44", "Varno: The jet flew.", "Buenos Aires, May 3 - talks began.")
    assert {c.found.name for c in discover(dated) if c.found.type == "person"} == {"Ivo Marek"}


def test_thirty_third_held_out_classes():
    # Malaysian forms of address are no part of a name or role ("Defence Minister Datuk Seri X",
    # "General Tan Sri X"; but "Sri" alone opens names); a dateline with its country in capitals in
    # brackets; a line opening with a body's defined acronym and a comma ("KAI, which ...") or an
    # acronym and a clause ("NATO, the alliance, ...") is no dateline; an exhibition's name; a
    # region after a name that holds it ("Defence Security Asia"); an outlet in capitals in brackets
    # opening the text; "(Kestpedia pic)"; "on his Kestbook account"; a kind of weapon spelt out
    # ("Light Combat Aircraft (LCA)"); a party with a seat of two words; systems listed each after
    # its country's possessive, one of them a designation.
    found = find_people("The jets are on track, said Defence Minister Datuk Seri Ana Maria Berg.", None)
    assert [(f.name, dict(f.fields).get("role")) for f in found] == [("Ana Maria Berg", "Defence Minister")]
    found = find_people("General Tan Sri Ivo Kest Marek, Commander of the Air Force, asked for funds.", None)
    assert [(f.name, dict(f.fields).get("role")) for f in found] == [("Ivo Kest Marek", "General")]
    assert names(find_people("Finance Minister Sri Ana Berg spoke.", None)) == {"Sri Ana Berg"}
    assert names(find_places("VARNO (SOUTH KOREA), Sept 13 — The jets are on track.", set())) == {"Varno", "South Korea"}
    merged = discover(article("a", "The jets are built by Kestrel Aerospace Industries (KAI).", "KAI, which is the sole maker, said so.",
                              "NATO, the alliance, met."))
    assert {(c.found.name, c.found.type) for c in merged} == {("Kestrel Aerospace Industries", "organization"),
                                                             ("NATO", "organization")}
    assert names(find_events("It was signed at the Kest International Maritime and Aerospace Exhibition.", lambda o: "")) == {
        "Kest International Maritime and Aerospace Exhibition"}
    assert names(find_places("Sources told Defence Security Asia that the jets will fly.", set())) == set()
    text = "(KEST DEFENCE NEWS) – Minister Ana Berg ended her visit, she said in a post on her Kestbook account. (Kestpedia pic)"
    assert names(find_organizations(text, {"Ana", "Berg"})) == {"Kest Defence News", "Kestbook", "Kestpedia"}
    text = "Kestria will buy 18 KX-50 Light Combat Aircraft (LCA) with Advanced Targeting Pods (ATP)."
    assert names(find_organizations(text, set())) == set() and names(find_equipment(text, set())) == {"KX-50"}
    assert names(find_people("He replied to Ana Berg (PH-Pasir Gudang) and Ivo Marek (PN-Sik).", None)) == {
        "Ana Berg", "Ivo Marek"}
    text = "Velmar sold 18 KX-50 jets, beating Ruritania’s Falke, Varno’s KX-17 and Osprey’s Hawk, the firm said."
    assert names(find_equipment(text, set())) == {"KX-50", "Falke", "KX-17", "Hawk"}
    assert names(find_equipment("Kestria's Ana Berg, Varno's Ivo Marek and Osprey's Lea Horvat met.", set())) == set()


def test_thirty_fourth_held_out_classes():
    # An office run together with its body ("Chairman Joint Chiefs of Staff Committee General X"),
    # before a name or set off by a comma; "Chiefs" alone ends no body's name ("Services Chiefs");
    # a body's or building's noun after a rank is no surname ("the General Headquarters"); a title in
    # the plural before one name is a heading's words ("Senior Officials Witness Launch"); an office
    # by its acronym ("CAS X"; "...: COAS" names no body); the UN and the EU; "..., Kestpress
    # reports."; a conference or summit, with its acronym; a district and an expressway.
    text = "President Ana Berg, Chairman Joint Chiefs of Staff Committee General Ivo Marek and Services Chiefs came."
    assert names(find_organizations(text, {"Ana", "Berg", "Ivo", "Marek"})) == {"Joint Chiefs of Staff Committee"}
    found = find_people("The Chairman Joint Chiefs of Staff Committee, General Dan Aro, came.", None)
    assert [(f.name, dict(f.fields).get("role")) for f in found] == [
        ("Dan Aro", "Chairman Joint Chiefs of Staff Committee, General")]
    assert names(find_people("He spoke at the General Headquarters on Friday.", None)) == set()
    assert names(find_people("Senior Officials Witness Launch", None)) == set()
    assert names(find_people("Deputy Ministers Lea Horvat and Dan Aro came.", None)) == {"Lea Horvat", "Dan Aro"}
    assert [(f.name, dict(f.fields).get("role")) for f in find_people("CAS Ana Berg came.", None)] == [("Ana Berg", "CAS")]
    assert names(find_organizations("Read more: Any misadventure to be met with swift response: COAS", set())) == set()
    text = "Leaders, including the UN and the EU, urged restraint; EU-funded work goes on, Kestpress reports."
    assert names(find_organizations(text, set())) == {"UN", "EU", "Kestpress"}
    found = find_events("Gen Ana Berg presided over a special Corps Commanders’ Conference (CCC) before the Varno Summit.",
                        lambda o: "")
    assert [(f.name, f.aliases) for f in found] == [("Corps Commanders’ Conference", ("CCC",)), ("Varno Summit", ())]
    text = "It landed on the Ganga Expressway in Kestria's Varno district."
    assert names(find_places(text, set())) == {"Ganga Expressway", "Varno"}


def test_thirty_fifth_held_out_classes():
    # Two offices, the second a post in lower case, before ranks ("Deputy Defense Minister and head
    # of the steering committee Senior Lieutenant General X", "... and committee head Sen. Lieut.
    # Gen. X"); a body whose name holds "People's", right before a person's name; "Varno (KNA) -";
    # "(Photo: kestnews.vn)"; a caption ending "KNA Photo"; an airport; "the 2024 X Expo" and a
    # short name with its year in brackets; days and festivals by name; a writer and a translator;
    # "the Americas" (and "America" alone, since round thirty-seven, the United States).
    found = find_people("Deputy Defense Minister and head of the steering committee Senior Lieutenant General Ana Berg "
                        "chaired it, with Deputy Chief of the Harbour and committee head Sen. Lieut. Gen. Ivo Marek.", None)
    assert [(f.name, dict(f.fields).get("role")) for f in found] == [
        ("Ana Berg", "Deputy Defense Minister, Senior Lieutenant General"),
        ("Ivo Marek", "Deputy Chief of the Harbour, Sen. Lieut. Gen.")]
    text = "Deputy Chief of the General Staff of the Kestrian People's Army Ana Berg spoke."
    assert names(find_organizations(text, {"Ana", "Berg"})) == {"Kestrian People's Army"}
    text = "Varno (KNA) - Minister Ana Berg spoke at the meeting (Photo: kestnews.vn). The expo opened. KNA Photo"
    assert names(find_organizations(text, {"Ana", "Berg"})) == {"KNA", "kestnews.vn"}
    assert names(find_places("It opened at Varno airport in Kestria.", set())) == {"Varno airport", "Kestria"}
    text = ("The Kest International Defence Expo 2024 (Kest Defence 2024) met; the 2024 Kest International Defence Expo "
            "marks the National Defence Day, the Navy Day parade and the All-People Defence Festival.")
    expo = article("a", text)
    events = {e.name: set(e.aliases) for e in merge_discoveries(discover(expo), {}, set(), {"a": expo}).values()
              if e.type == "event"}
    assert events == {"Kest International Defence Expo 2024": {"Kest Defence 2024", "2024 Kest International Defence Expo"},
                      "National Defence Day": set(), "Navy Day": set(), "All-People Defence Festival": set()}
    assert names(find_people("By Ana Berg – Translated by Ivo Marek", None)) == {"Ana Berg", "Ivo Marek"}
    assert names(find_places("Firms came from Asia, Europe, and the Americas.", set())) == {"Asia", "Europe", "Americas"}


def test_thirty_sixth_held_out_classes():
    # Systems listed with a designation are systems ("F-16, Kestrel, and Osprey are superior to
    # the Falke 2000"; but not "Germany, France and Poland"); the first word of a company's name of
    # two words, used alone later ("sold to Kestwerk"), is no place; a dateline's agency with no dash
    # before the text; "X Noticias reported.", "Earlier, Kest Express reported", "Kest Recognition
    # portal"; a body of no name of its own after "of the" ("Joint Command of the Armed Forces"); a
    # service before a rank ("Army General") after an office set off by a comma; "IFVs, called
    # Baekho" (the category is no part of the name); "By X Posted :"; "BRDM-2s"; "Kornet ATGMs".
    text = "It said F-16, Kestrel, and Osprey are superior to MiG-29 and Falke 2000, as Germany, France and Poland agree."
    assert names(find_equipment(text, set())) == {"F-16", "Kestrel", "Osprey", "MiG-29", "Falke 2000"}
    deal = article("a", "Kestria signed a deal with defense firm Kestwerk Rotem for tanks.",
                   "The decision was made to change suppliers to Kestwerk.")
    assert {(c.found.name, c.found.type) for c in discover(deal)} == {("Kestwerk Rotem", "organization")}
    text = ("VARNO, Nov. 18 (Kest Bizwire)Kestwerk said it signed. It costs $1 billion, KPP Noticias reported. "
            "Earlier, Kest Express reported that it flew, according to Kest Recognition portal.")
    assert {"Kest Bizwire", "KPP Noticias", "Kest Express", "Kest Recognition"} <= names(find_organizations(text, set()))
    assert names(find_organizations("Minister Ana Berg spoke; later, Ana Berg reported that it flew.", {"Ana", "Berg"})) == set()
    text = "Guests included the head of the Joint Command of the Armed Forces, Army General Ivo Marek Kest."
    assert names(find_organizations(text, {"Ivo", "Marek", "Kest"})) == {"Joint Command of the Armed Forces"}
    assert [dict(f.fields).get("role") for f in find_people(text, None)] == [
        "head of the Joint Command of the Armed Forces, Army General"]
    found = find_equipment("Kestwerk will supply 30 KX-808 IFVs, called Baekho, and 30 BRDM-2s with Kornet ATGMs.", set())
    assert {(f.name, f.aliases) for f in found} == {("KX-808", ("Baekho",)), ("BRDM-2", ()), ("Kornet", ())}
    assert names(find_people("By Ana Berg Posted : May 22, 2024, 17:54", None)) == {"Ana Berg"}


def test_thirty_seventh_held_out_classes():
    # "America" alone is the United States (and "North America" a region, no company's arm); a body of
    # one word that speaks ("The Kestmark said"); a body's noun after a preposition is no place ("told
    # Congress"); "Senior X Department officials"; "..., Kestpress reported last month."; an initial
    # opening a name after a rank ("Gen. B. Chance Saltzman"); a programme's acronym before its name
    # ("promised SDI, Strategic Defense Initiative") is no body; a symposium and a forum by name; a
    # body of "X and Y Community (XYC)" after another of "of" ("the Department of Defense and
    # Intelligence Community").
    assert {(f.name, f.aliases) for f in find_places("We will defend America, he said.", set())} == {
        ("United States", ("America",))}
    assert names(find_organizations("Building a shield over North America is hard.", set())) == set()
    text = "The Kestmark said it would respond, and the Minister added that the Army said so. Officials told Congress."
    assert names(find_organizations(text, set())) == {"Kestmark"} and names(find_places(text, set())) == set()
    assert names(find_organizations("It will cost more, Kestpress reported last month.", set())) == {"Kestpress"}
    found = find_people("Chief of Space Operations Gen. B. Chance Saltzman said it. It is Plan B. The rest followed.", None)
    assert [(f.name, dict(f.fields).get("role")) for f in found] == [("B. Chance Saltzman", "Chief of Space Operations Gen.")]
    assert names(find_organizations("“Ruritania promised KDI, Kestrel Defense Initiative,” he said.", set())) == set()
    text = "It was said at the Kest Warfare Symposium and the Varno National Defense Forum."
    assert names(find_events(text, lambda offset: text)) == {"Kest Warfare Symposium", "Varno National Defense Forum"}
    text = "Players across the Department of Defense and Intelligence Community (IC) work on it."
    joined = article("a", text)
    assert {c.found.name for c in discover(joined)} == {"Department of Defense", "Intelligence Community"}


def test_thirty_eighth_held_out_classes():
    # Designations of two or three letters and a number with a letter after it, spaced or not ("MD
    # 530F", "MD530F"), and of a letter and four digits ("M1117", not "F2024"); words describing a
    # kind in title case after a designation are no name ("M1117 Armored Security Vehicles"; but
    # "F-35 Joint Strike Fighter"); capitalised particles inside a name ("Khalifa Bin Zayed Al
    # Nahyan"; "Al Gore" keeps its first word); "Defence Cabinet Secretary X" names no cabinet; an
    # outlet named "X TV"; a garrison; where a body is based ("the Kest-based maker"); a periodical
    # named with a possessive ("Kest's Defence Weekly").
    text = "Kestria ordered MD 530F Cayuse Warrior and MD530F platforms, 150 M1117 Armored Security Vehicles, in F2024."
    assert names(find_equipment(text, set())) == {"MD 530F Cayuse Warrior", "MD530F", "M1117"}
    assert names(find_equipment("The F-35 Joint Strike Fighter flew.", set())) == {"F-35 Joint Strike Fighter"}
    found = find_people("It came from His Excellency Sheikh Khalifa Bin Zayed Al Nahyan, and Senator Al Gore came.", None)
    assert names(found) == {"Khalifa Bin Zayed Al Nahyan", "Al Gore"}
    text = "Kestria’s Defence Cabinet Secretary Ana Berg spoke on Varno TV at the Kest Garrison hangar."
    assert names(find_organizations(text, {"Ana", "Berg"})) == {"Varno TV"}
    assert names(find_places(text, {"Ana", "Berg"})) == {"Kest Garrison"}
    assert names(find_places("The Kestria-based maker agreed.", set())) == {"Kestria"}
    text = "“It will come,” defence magazine Kest's Defence Weekly said; Varno's Defence Ministry agreed."
    assert "Kest's Defence Weekly" in names(find_organizations(text, set()))


def test_thirty_ninth_held_out_classes():
    # "UAE" is the United Arab Emirates, no body; a ministry named either way round is one ("the
    # Kestrian Ministry of Defense", "the Kestrian defense ministry"); "..., citing Kestpress"; a
    # name after "X-made" is taken whole or not at all ("the US-made Terminal High Altitude Area
    # Defence", no "Terminal High Altitude").
    text = "The UAE agreed, citing Kestpress."
    assert names(find_organizations(text, set())) == {"Kestpress"}
    assert {(f.name, f.aliases) for f in find_places(text, set())} == {("United Arab Emirates", ("UAE",))}
    ministry = article("a", "The Kestrian defense ministry confirmed it.", "The Kestrian Ministry of Defense stated so.")
    bodies = [e for e in merge_discoveries(discover(ministry), {}, set(), {"a": ministry}).values() if e.type == "organization"]
    assert len(bodies) == 1 and "Kestrian Defense Ministry" in bodies[0].aliases
    text = "Kestria inaugurated a battery of the US-made Terminal High Altitude Area Defence system."
    assert "Terminal High Altitude" not in names(find_equipment(text, set()))


def test_a_body_named_in_full_and_by_its_initials():
    # Sets 25 and 32 named a body in full in one paragraph and by its initials alone in another,
    # undefined ("the Ground Self-Defense Force", later "the GSDF"): one body, two names.
    # (with a people's name before it too: "the Finnish Harbour Self-Defense Command", "the HSDC")
    paragraphs = article("a", "The Ground Self-Defense Force and the Finnish Harbour Self-Defense Command deployed launchers.",
                         "The GSDF said the KX-12 missiles are ready; the HSDC and NATO agreed.")
    merged = merge_discoveries(discover(paragraphs), {}, set(), {"a": paragraphs})
    bodies = {e.name: set(e.aliases) for e in merged.values() if e.type == "organization"}
    assert bodies == {"Ground Self-Defense Force": {"GSDF"}, "Finnish Harbour Self-Defense Command": {"HSDC"}, "NATO": set()}


def test_fortieth_held_out_classes():
    # "Shri" is a form of address and "Raksha Mantri" a title; an athlete's title ("Olympic
    # medalist X"; "Olympic" names no body); a site named as such is no body ("X Testing Facility
    # Centre"), so the system named before it stays one ("BrahMos missiles made at the BrahMos ...
    # Facility Centre"); "..., reports V Narayan."; a city in title case opening the text before a
    # colon ("Varno: The ..."; not a label: "Source: ..." or a short caption "Foto: Kest pic"); a
    # class named in quotation marks ("the ‘Kestrel’ class destroyer"); "in Kestria's Varno on
    # Thursday" names both places (not "Velmar's Varno plant"); "Varno, Kestria on Friday"; a
    # designation's words spelt by its short name ("Kest Turbo Trainer-40 (KTT-40)").
    text = ("Raksha Mantri Shri Ana Berg and Chief Minister Shri Ivo Marek met two-time Olympic medalist Lea Horvat "
            "after the Kestrel missiles made at the Kestrel Integration and Testing Facility Centre flew, reports V Narayan.")
    found = find_people(text, None)
    assert {(f.name, dict(f.fields).get("role")) for f in found} == {
        ("Ana Berg", "Raksha Mantri"), ("Ivo Marek", "Chief Minister"), ("Lea Horvat", "Olympic medalist"), ("V Narayan", None)}
    assert names(find_organizations(text, {"Ana", "Berg", "Ivo", "Marek", "Lea", "Horvat"})) == set()
    assert names(find_equipment(text, set())) == {"Kestrel"}
    assert names(find_places("Varno: The minister commissioned the new destroyer of the navy on Sunday.", set())) == {"Varno"}
    assert names(find_places("Source: The minister commissioned the new destroyer of the navy on Sunday.", set())) == set()
    assert names(find_places("Foto: Kest pic", set())) == set()
    found = find_equipment("It commissioned the ‘Kestrel’ class stealth destroyer.", set())
    assert [(f.name, f.aliases) for f in found] == [("Kestrel class", ("Kestrel", "Kestrel-class"))]
    text = "He was in Kestria's Varno on Thursday and in Osprey, Kest on Friday; profits went to Velmar's Ossa plant."
    assert names(find_places(text, set())) == {"Kestria", "Varno", "Osprey", "Kest"}
    found = find_equipment("The line of Kest Turbo Trainer-40 (KTT-40) opened.", set())
    assert (found[0].name, found[0].aliases) == ("Kest Turbo Trainer-40", ("Trainer-40", "KTT-40"))


def test_forty_first_held_out_classes():
    # Arabic's article joined in lower case to a family name is a word of the name ("Karim
    # al-Tamimi"), and the family name may stand alone; a photographer's credit in capitals with its
    # agencies ("(Photo by ANNA BERG/KNA via Kestimages)"); an outlet set beside what it is ("Kest
    # Arabic, a defence news portal for ..."; not "Ana Berg, a newspaper columnist"); an agency in
    # brackets after the last sentence ("... in March. (Kestnews)"); "the Varka desert" is Varka.
    # (the adviser is another: the name's title is "Prime Minister", as round seventy-six reads it)
    found = find_people("The adviser to Prime Minister Ahmed Karim al-Tamimi spoke.", None)
    assert [(f.name, dict(f.fields).get("role")) for f in found] == [("Ahmed Karim al-Tamimi", "Prime Minister")]
    text = "Troops patrol near Varno on May 2. (Photo by ANNA BERG/KNA via Kestimages)"
    assert [(f.name, f.aliases) for f in find_people(text, None)] == [("Anna Berg", ("ANNA BERG",))]
    assert names(find_organizations(text, {"Anna", "Berg"})) == {"KNA", "Kestimages"}
    assert names(find_organizations("According to Kest Arabic, a defence news portal for the region, it is done.",
                                    set())) == {"Kest Arabic"}
    assert names(find_organizations("Ana Berg, a newspaper columnist, disagreed.", set())) == set()
    assert names(find_organizations("The launchers are made by Varno Industries. (Kestnews)", set())) == {
        "Varno Industries", "Kestnews"}
    assert "Kestpress News" in names(find_organizations("Photo : KESTPRESS News", set()))
    assert names(find_places("Troops patrol the Varka desert and the Olmo river.", set())) == {"Varka", "Olmo"}


def test_forty_second_held_out_classes():
    # "chairperson" and "CE" (chief executive) are titles; a place opening the text before a hyphen,
    # printed twice by some sites ("Varno - Varno - The ..."; not a body: "Parliament - ..."); a
    # squadron by its number first ("16 Squadron", "No. 3 Squadron"); the United Nations by name; a
    # show named with a people's name ("the Kestian Aerospace and Defence Show"; not "on the Morning
    # Show"); the Democratic Republic of Congo is a country.
    found = find_people("The firm's chairperson Pelo Dantu and Varnel group CE Amon Retsi spoke.", None)
    assert {(f.name, dict(f.fields).get("role")) for f in found} == {("Pelo Dantu", "chairperson"), ("Amon Retsi", "CE")}
    assert names(find_places("Varno - Varno - The completion of the gunship is proof of growth, the firm said.",
                             set())) == {"Varno"}
    assert names(find_places("Parliament - State weapons company Kest has not managed to sell its gunship yet.",
                             set())) == set()
    assert names(find_organizations("Pilots of 16 Squadron and No. 3 Squadron flew to support United Nations "
                                    "peacekeeping operations.", set())) == {"16 Squadron", "No. 3 Squadron", "United Nations"}
    events = find_events("It was announced at the African Aerospace and Defence Show; he spoke on the Morning Show.",
                         lambda offset: "")
    assert names(events) == {"African Aerospace and Defence Show"}
    assert names(find_places("Gunships went to the Democratic Republic of Congo in 2013.", set())) == {
        "Democratic Republic of the Congo"}


def test_forty_third_held_out_classes():
    # "DM" and "FM" (defence and foreign minister) are titles; a name with what only a person has
    # ("after Pero Lukic's visit", "Ana Berg's wife"; not "Kest Aerospace's visit").
    found = find_people("DM Ivo Varno and FM Lea Horvat met after Pero Lukic’s visit to the palace; "
                        "Kest Aerospace's visit was short.", None)
    assert {(f.name, dict(f.fields).get("role")) for f in found} == {
        ("Ivo Varno", "DM"), ("Lea Horvat", "FM"), ("Pero Lukic", None)}


def test_forty_fourth_held_out_classes():
    # "World-class" is an adjective of rank, no ship's class (but "the Kestrel-class frigate"); a
    # picture's credit ending its caption ("... yet. Photo: Kestbook"); an outlet's web address on a
    # line of its own, as a list of references ends.
    found = find_equipment("It is a 'World-class' force with a first-class crew and a Kestrel-class frigate.", set())
    assert names(found) == {"Kestrel-class"}
    assert names(find_organizations("It is the biggest warship yet. Photo: Kestbook", set())) == {"Kestbook"}
    assert names(find_organizations("kestnews.com", set())) == {"kestnews.com"}


def test_forty_fifth_held_out_classes():
    # "Sheikh" before a single name is the name's ("Prime Minister Sheikh Amira", "Sheikh Amira
    # said"); before a longer one another spelling of it, and "Sheikh X" alone is the "X ..." the
    # article names in full; two initials written together ("Captain AM Pero Lukic"); a numbered
    # berth is no model ("Naval Berth-1"); a source in brackets with its date; an agency's acronym
    # after a hyphen ending a caption; a league is a body; a convention is a document, no place; a
    # residence by name; a ship's name without its prefix is no person, and ends no person's name
    # (a page's lost space: "Captain Ana Bergof Kestrel").
    found = find_people("Prime Minister Sheikh Amira met Captain AM Pero Lukic. Sheikh Amira said so.", None)
    assert {(f.name, dict(f.fields).get("role")) for f in found} == {
        ("Sheikh Amira", "Prime Minister"), ("AM Pero Lukic", "Captain"), ("Sheikh Amira", None)}
    found = find_people("The Emir, Sheikh Tamim bin Hamad Al Varno, spoke.", None)
    assert [(f.name, f.aliases) for f in found] == [("Tamim bin Hamad Al Varno", ("Sheikh Tamim bin Hamad Al Varno",))]
    people = [c.found for c in discover(article("a", "His Highness Sheikh Khalid bin Omar Al Varno sent the ships.",
                                                "Sheikh Khalid said they were a gift.")) if c.found.type == "person"]
    assert {(f.name, "Sheikh Khalid" in f.aliases) for f in people} == {("Khalid bin Omar Al Varno", True),
                                                                       ("Khalid bin Omar Al Varno", False)}
    assert names(find_equipment("The ships berthed at Naval Berth-1 and Gate-3.", set())) == set()
    assert names(find_organizations("(Source: The Varno Star; published Nov. 05, 2020)", set())) == {"The Varno Star"}
    assert names(find_organizations("The premier spoke through a video conference. -KNA", set())) == {"KNA"}
    assert names(find_organizations("The Kest League and the Convention on the Law of the Sea (UNCLOS) were cited.",
                                    set())) == {"Kest League"}
    assert names(find_places("The Convention on the Law of the Sea (UNCLOS) was adopted.", set())) == set()
    assert names(find_places("She spoke from her official residence Varnhaus and his official Kesthof residence.",
                             set())) == {"Varnhaus", "Kesthof"}
    found = [c.found for c in discover(article("b", "The navy commissioned BNS Kest Varno and BNS Osa.",
                                               "Two frigates — Kest Varno and Osa— were bought.",
                                               "The captains — Captain Ana Bergof Osa and Captain Ivo Marek — came."))]
    assert {f.name for f in found if f.type == "person"} == {"Ana Bergof", "Ivo Marek"}


def test_forty_sixth_held_out_classes():
    # A region ends no one's name ("Supreme Allied Commander Europe, General X" keeps Europe a place);
    # a byline of a name, a dash and the date; labels ("Details:") open no dateline; "the X
    # announced by Y" is no body that speaks; an outlet with a domain ending ("Kestnews.NET
    # reports"); "of X and Y" goes on to the next "of" unless what the "and" joins is a body or a
    # title; a person's surname in another transliteration is no body ("according to Berkovy", of
    # "Ivan Berkovyi"), and alone is that person.
    text = "Europe pays. He met the Supreme Allied Commander Europe, General Ana Berg."
    assert names(find_places(text, set())) == {"Europe"} and names(find_people(text, None)) == {"Ana Berg"}
    assert [f.name for _, f in lone_bylines(["Ana Berg — 22 January, 17:52", "Text of the report."])] == ["Ana Berg"]
    assert names(find_places("Details: Ivo Marek said he took part in a council meeting via video link.", set())) == set()
    assert names(find_organizations("Kestria will not receive the Patriot announced by Varno until spring.", set())) == set()
    assert names(find_organizations("He said this in an interview, Kestnews.NET reports.", set())) == {"Kestnews.NET"}
    found = find_organizations("He met the Chief of the Main Directorate of Signals and Cyber Warfare of the General Staff.", set())
    assert names(found) == {"Main Directorate of Signals and Cyber Warfare of the General Staff"}
    candidates = discover(article("c", "Commander-in-Chief Ivan Berkovyi met the troops.",
                                  "According to Berkovy, the lines hold.", "“We hold the line,” said Berkovy."))
    assert "Berkovy" not in {c.found.name for c in candidates if c.found.type == "organization"}
    merged = merge_discoveries(candidates, {}, set(), {"c": article("c", "x")})
    assert [(e.name, "Berkovy" in e.aliases) for e in merged.values() if e.type == "person"] == [("Ivan Berkovyi", True)]


def test_forty_seventh_held_out_classes():
    # An illness numbered as a model is none ("Covid-19"); a gathering's name with its edition after
    # it ("the Kest Military Forum ARMY-2020"); "Edited by X"; "(Source: X)." ending a report; the
    # Maghreb is a region.
    assert names(find_equipment("Trade grew despite the Covid-19 pandemic and COVID-19 rules.", set())) == set()
    found = find_events("On the sidelines of the Kest International Military Forum ARMY-2020, she spoke.", lambda offset: "")
    assert [(f.name, f.aliases) for f in found] == [("Kest International Military Forum ARMY-2020", ("ARMY-2020",))]
    assert names(find_people("Edited by Ana Berg", None)) == {"Ana Berg"}
    assert names(find_organizations("Trade grew last year. (Source: Kest Press).", set())) == {"Kest Press"}
    assert names(find_places("Security in the Maghreb and the Sahel was discussed.", set())) == {"Maghreb", "Sahel"}


def test_forty_eighth_held_out_classes():
    # A name with a particle before its category ("the Charles de Gaulle aircraft carrier"); an
    # agency's line with its city ("KNA, Varno"); "the Kest business daily"; a forum defined by
    # its acronym is an event, no body; "Congo Brazzaville" and "Congo-Kinshasa" are the two Congos.
    assert names(find_equipment("Jets are seen onboard the Kest de Varno aircraft carrier.", set())) == {"Kest de Varno"}
    assert names(find_organizations("KNA, Varno", set())) == {"KNA"}
    assert names(find_organizations("The deal was cited by the Kestnik business daily on Monday.", set())) == {"Kestnik"}
    assert names(find_organizations("He attended the Kest Youth Forum (KYF) in Varno.", set())) == set()
    assert names(find_events("He attended the Kest Youth Forum (KYF) in Varno.", lambda offset: "")) == {"Kest Youth Forum"}
    assert names(find_places("He toured Congo Brazzaville and Congo-Kinshasa.", set())) == {
        "Congo", "Democratic Republic of the Congo"}


def test_forty_ninth_held_out_classes():
    # The Cold War as an adjective (not "a new Cold War"); a category that qualifies a gathering is no
    # weapon's ("the KSPI submarine conference"); "Image: X." ending a caption; a college; "an
    # F-22-like spiral" names the F-22; a writer's biography line with a title in capitals and no
    # article; a reading time below the writer's name, as a date is; "..., Photographer: MCC X";
    # US-named bases ("Naval Station Varno"); a class named without hyphen or category ("the
    # Seawolf class, another ...", "62 Osprey class SSNs"; not "the working class").
    events = find_events("It grew out of Cold War requirements; some fear a new Cold War.", lambda offset: "")
    assert [f.name for f in events] == ["Cold War"]
    assert names(find_equipment("A speaker at the recent KSPI submarine conference said so.", set())) == set()
    assert names(find_organizations("This first appeared earlier. Image: Kestpix.", set())) == {"Kestpix"}
    assert names(find_organizations("He teaches at the Varno War College.", set())) == {"Varno War College"}
    assert names(find_equipment("The Seawolf entered into an F-22-like spiral.", set())) == {"F-22"}
    assert names(find_people("Ana Berg is J. C. Kest Chair of Maritime Strategy at the Varno War College.", None)) == {"Ana Berg"}
    assert [f.name for _, f in lone_bylines(["kest.org", "A headline of an essay", "Ana Berg", "30–38 minutes", "Text."])] == [
        "Ana Berg"]
    text = "The submarine moors at Naval Station Varno, Va., Photographer: MCC Marlo Dix"
    assert names(find_people(text, None)) == {"Marlo Dix"} and names(find_places(text, set())) == {"Naval Station Varno"}
    found = find_equipment("It followed the Seawolf class, another exemplar, and 62 Osprey class SSNs; the working class.", set())
    assert names(found) == {"Seawolf class", "Osprey class"}


def test_fiftieth_held_out_classes():
    # A maker described with a possessive is the owner ("manufacturer Kestab's Varno jets": Kestab);
    # a name seen as equipment only before a category is a body where a find says so outright (the
    # maker named before what it makes); a programme defined by its acronym is no body ("the
    # Foreign Military Sales (FMS) framework"); an outlet named with a channel's number ("outlet
    # Kestena 3"); a body named in lower case, then by its acronym ("the supreme defence council
    # (KSAT)").
    assert names(find_organizations("It chose aerospace manufacturer Kestab’s Varno fighter jets.", set())) == {"Kestab"}
    merged = merge_discoveries(discover(article("d", "Kestria will operate the Osprey Varno fifth-generation aircraft.")) +
                               discover(article("e", "It buys jets from U.S. manufacturer Osprey Varno for $6 billion.")),
                               {}, set(), {"d": article("d", "x"), "e": article("e", "x")})
    assert {(e.name, e.type) for e in merged.values() if e.name == "Osprey Varno"} == {("Osprey Varno", "organization")}
    assert names(find_organizations("The deal falls under the Foreign Military Sales (FMS) framework.", set())) == set()
    assert names(find_organizations("In an interview with local media outlet Kestena 3, he spoke.", set())) == {"Kestena 3"}
    found = find_organizations("The country's supreme defence council (KSAT) said so.", set())
    assert [(f.name, f.aliases) for f in found] == [("KSAT", ("supreme defence council",))]


def test_fifty_first_held_out_classes():
    # A writer's name, then "Published" and the date, on one line; a site's copy of an agency's named
    # in a dateline's brackets with its date; "..., Kest informs." and "told KTV News" name outlets.
    assert [f.name for _, f in lone_bylines(["Ana Berg Published May 01, 2023 | 11:36 PM", "Text."])] == ["Ana Berg"]
    assert names(find_organizations("VARNO (Kest News / Agencia - 01st May, 2023) The minister spoke.", set())) \
        == {"Kest News", "Agencia"}
    assert names(find_organizations("The jet drew interest, Ana Berg told KTV Haber, Kestpress informs.", {"Ana", "Berg"})) \
        == {"KTV Haber", "Kestpress"}
    # A body's acronym after a title's "of" defines the body ("the CEO of Kest Aerospace Industries
    # (KASAN)"), unless the acronym spells the office ("the Chief of the Air Staff (CAS)").
    found = find_organizations("Ana Berg, the CEO of Kest Aerospace Industries (KASAN), spoke.", {"Ana", "Berg"})
    assert ("Kest Aerospace Industries", ("KASAN",)) in [(f.name, f.aliases) for f in found]
    assert names(find_organizations("The Chief of the Air Staff (CAS) spoke.", set())) == set()
    # A fair is a gathering; a name and its year "held" somewhere is an edition; "an event called
    # 'X'" names the event; a year after a possessive is the owner's year, no event.
    text = ("At the 16th International Kest Industry Fair (IKIF) on Monday and Kestfest 2025, held for the first "
            "time in Varno, he spoke during an event called “Future Varno”; Kestria's 2022 exercise ended.")
    assert names(find_events(text, lambda offset: text)) == {"International Kest Industry Fair", "Kestfest 2025", "Future Varno"}
    # A republic's long name defined by its acronym is a place; a place may have its other name in
    # brackets after it; a region before "country" is an adjective.
    assert [(f.name, f.type) for f in find_organizations("It was held in the Kestian Republic of Northern Varno (KRNV).", set())] \
        == [("Kestian Republic of Northern Varno", "place")]
    assert {"Kestburg"} <= names(find_places("Enthusiasts met for four days in Kestburg (Varnopolis).", set()))
    assert names(find_places("The Mediterranean country turned a hundred; the Balkans did not.", set())) == {"Balkans"}
    # A title is no outlet: "according to Prof. Ana Berg".
    assert names(find_organizations("It will fly, according to Prof. Ana Berg, the chief.", {"Ana", "Berg"})) == set()
    # A body "of" a second body: the first's name runs to the "of" before the second's.
    assert names(find_organizations("Kestian Directorate of Communications of the Presidential Office said so.", set())) \
        == {"Kestian Directorate of Communications", "Presidential Office"}
    # A maker of two words before a designation is no part of the system's name ("Kestrel Martin
    # KX-16 jets": the KX-16); one word may be ("the Bayraktar TB2", "American Kestrel KX-2").
    assert names(find_equipment("Engines used on fourth-generation Kestrel Martin KX-16 jets.", set()), "equipment") == {"KX-16"}
    assert names(find_equipment("The Bayraktar TB2 drones and American Kestrel KX-2 jets flew.", set()), "equipment") \
        == {"Bayraktar TB2", "Kestrel KX-2"}
    # "Industries" and "Industry" spell one maker's name; a name before ", who" + verb is a person's
    # (not a state's or a body's); the makers a thing is "represented by", three or more, are bodies.
    assert name_key("Kest Aerospace Industries") == name_key("Kest Aerospace Industry")
    text = "It was pointed out by Gazi Ivo Marek Kestoglu, who said so, as did the United Nations, who agreed."
    assert names(find_people(text, None)) == {"Gazi Ivo Marek Kestoglu"}
    text = "The jets, built by a consortium of Kestria and Varno, represented by Kestbus, KAE Systems and Varnardo, fly."
    assert {"Kestbus", "Varnardo"} <= names(find_organizations(text, set()))
    # A maker of two words before a model it makes is a body ("fourth-generation Kestrel Martin KX-16
    # jets"), not a title's or a person's words.
    found = find_organizations("Engines used on fourth-generation Kestrel Martin KX-16 jets and Ana Berg KX-16 jets.", {"Ana", "Berg"})
    assert names(found) == {"Kestrel Martin"}


def test_fifty_second_held_out_classes():
    # Credits: a line "Credit KESTRA" without its colon; an agency's photographer's "KP Photo/Ana
    # Berg" (the agency, and the person); "Photo: Handout" credits no one.
    assert names(find_organizations("Credit KESTRA", set())) == {"KESTRA"}
    assert names(find_organizations("KP Photo/Ana Berg", set())) == {"KP"}
    assert names(find_people("KP Photo/Ana Berg", None)) == {"Ana Berg"}
    assert names(find_organizations("Kestria rejected criticism of the deal. Photo: Handout", set())) == set()
    # A newspaper's noun is no surname after a title word ("the Army's Official Gazette"); a
    # network and an industry end bodies' names.
    assert names(find_people("The Kestrian Army Official Gazette said so.", None)) == set()
    found = names(find_organizations("The Varno Security Network said the Kest Space Industry built it.", set()))
    assert {"Varno Security Network", "Kest Space Industry"} <= found
    # "told K1 that": a channel by its number; not "according to KX16 sources".
    assert names(find_organizations("The editor told K1 that it flew, according to KX16 sources.", set())) == {"K1"}
    # "AA" (anti-aircraft) before a category: "Russian Kestyr AA missile systems".
    assert names(find_equipment("Varno took delivery of Russian Kestyr AA missile systems.", set()), "equipment") == {"Kestyr"}
    # A military airport and an air force base ("AFB") by their names.
    assert {"Kestnica military airport", "Kestnica AFB"} <= names(find_places(
        "He spoke at the Kestnica military airport near Varno; planes flew to Kestnica AFB.", set()))
    # A byline with "Updated:", the time and then the date.
    assert [f.name for _, f in lone_bylines(["A caption.", "Ana Berg Updated: 6:00pm, 14 Apr, 2022"])] == ["Ana Berg"]
    # Kosovo is a country (ISO 3166 leaves it a user-assigned code), "Kosovar" its adjective.
    assert names(find_places("Berg tells Montenegro and Kosovo after the alarm.", set())) == {"Montenegro", "Kosovo"}
    assert is_demonym("Kosovar")


def test_fifty_third_held_out_classes():
    # An acronym the article defines as a system's is no body where it stands alone later.
    found = discover(article("k", "Kestwerk will supply Kest Strike Missile (KSM) missiles to the navy.",
                             "The KSM was developed by Kestwerk; the KSM is its main weapon."))
    assert {(c.found.name, c.found.type) for c in found if "KSM" in (c.found.name, *c.found.aliases)} \
        == {("Kest Strike Missile", "equipment")}
    # A system's acronym in brackets is no party of a person's ("Kest Weapons System (KWS-A)"); a
    # system's name with its acronym stays a system's before "program" (a sales programme does not).
    assert names(find_people("It is the heart of the Kest Weapons System (KWS-A) program.", None)) == set()
    found = find_organizations("It is part of the Kest Interdiction System (KIS) program, under the Kest Sales (KS) program.", set())
    assert [(f.name, f.type) for f in found] == [("Kest Interdiction System", "equipment")]
    # A list of places after a preposition, each in turn (one comma alone may be a name's "and":
    # "Pahalgam, Jammu and Kashmir"); the state after a county.
    text = "Work is done at its plants in Kestby, Arvika, Osby, Lunde, Vaxby and Ostrum; an attack in Kestgam, Varmu and Ostmir."
    assert names(find_places(text, set())) == {"Kestby", "Arvika", "Osby", "Lunde", "Vaxby", "Ostrum", "Kestgam"}
    assert {"Kest City County", "Varginia"} <= names(find_places("A new factory in Kest City County, Varginia, will open.", set()))
    # A copyright line's picture library by its address.
    assert names(find_organizations("© ana berg kestphoto.com", set())) == {"kestphoto.com"}
    # A name and two marks with a slash ("Kestrel C/D") is a variant of that name's system, which it
    # names too; ordinary words lettered so are no systems ("Plan A/B").
    found = find_equipment("Support services for Kestrel C/D in 2018, and Plan A/B for Phase C/D.", set())
    assert [(f.name, dict(f.fields).get("variant of")) for f in found] == [("Kestrel C/D", "Kestrel")]


def test_fifty_fourth_held_out_classes():
    # A parliament's record names a member with the seat and the party's short name, a peer by the
    # title and the name; the seat is a place; a speaker's line gives the name, a picture's word,
    # and the name again.
    text = "Ana Berg Portrait Ms Ana Berg (Kestbury and Varnley) (Lab) and Baroness Marek Portrait Baroness Marek (Con)"
    assert names(find_people(text, None)) == {"Ana Berg", "Baroness Marek"}
    assert names(find_places(text, set())) == {"Kestbury and Varnley"}
    # ("Mr Marek": since round eighty-five "Mr" is a form of address, and the surname after it the
    # person's, whom the article names in full)
    articles = {"a": article("a", "Ivo Marek Portrait Mr Marek")}
    assert {e.name for e in merge_discoveries(discover(articles["a"]), {}, set(), articles).values()
            if e.type == "person"} == {"Ivo Marek"}
    # A full stop after a word too long to be cut short ends the sentence: no title before the next.
    assert names(find_people("Two may be selected by the Speaker. Chosen Urgent Questions follow.", None)) == set()
    # A system named by a word and a number has siblings by that word and another number.
    found = discover(article("c", "As we gift Kestrel 2 tanks, we review the Kestrel 3 conversions."))
    assert {c.found.name for c in found if c.found.type == "equipment"} == {"Kestrel 2", "Kestrel 3"}


def test_fifty_fifth_held_out_classes():
    # A name of two words or more that reports speech at a sentence's start ("Ana Berg stated that").
    assert names(find_people("Recently, A.K. Berg stated that the deal was cheap.", None)) == {"A.K. Berg"}
    # A transcript's speaker labels a paragraph or more in capitals; neither it nor "MINISTER:" is a
    # dateline's city.
    found = discover(article("t", "MINISTER:...There is a lot to do.", "ANA BERG:There has been criticism, how do you respond?",
                             "MINISTER:Well, look, I am pleased to respond.", "ANA BERG:The extra ones?"))
    assert {(c.found.name, c.found.type) for c in found} == {("Ana Berg", "person")}
    # Two initials run together and a surname, after a title.
    assert [(f.name, dict(f.fields)["role"]) for f in find_people("Chief of Air Staff, Air Chief Marshal KV Berg spoke.", None)] \
        == [("KV Berg", "Chief of Air Staff, Air Chief Marshal")]
    # "the Kestani group" is the Kestani company; "the Islamic group" no body.
    assert names(find_organizations("It made rifles with the Kestani group and the Islamic group.", set())) == {"Kestani"}
    # A class's acronym after a category is no system ("satellites, AWACS").
    assert names(find_equipment("Plans include satellites, AWACS and long-range aircraft.", set()), "equipment") == set()
    # A writer's name on its line above "Updated:" and the time and date.
    assert [f.name for _, f in lone_bylines(["A caption.", "• A point", "Ana Berg", "Updated: 6:00pm, 14 Apr, 2022"])] == ["Ana Berg"]


def test_fifty_sixth_held_out_classes():
    # A US state (ISO 3166-2) and the city before it; an arsenal and a proving ground by name; a
    # contract announcement's company before its city and state; not a state inside a longer name.
    text = ("Kest Dynamics Land Systems, Sterling Heights, Michigan, was awarded a contract. Kest Army Contracting "
            "Command, Detroit Arsenal, Michigan, and Aberdeen Proving Ground, Maryland, are the contracting activities.")
    assert {"Sterling Heights", "Michigan", "Detroit Arsenal", "Aberdeen Proving Ground", "Maryland"} <= names(find_places(text, set()))
    assert names(find_places("Sierra Nevada Corp. and Texas Instruments met.", set())) == set()
    assert "Kest Dynamics Land Systems" in names(find_organizations(text, set()))
    found = find_organizations("Kestco Hampton Roads, Inc., Suffolk, Virginia, has been awarded a maximum contract.", set())
    assert ("Kestco Hampton Roads", ("Kestco Hampton Roads, Inc",)) in [(f.name, f.aliases) for f in found]
    # A heading in capitals that names a body; its words are no acronyms.
    assert [(f.name, f.aliases) for f in find_organizations("KEST LOGISTICS AGENCY", set())] \
        == [("Kest Logistics Agency", ("KEST LOGISTICS AGENCY",))]
    # "Photo By Ana Berg | caption"; a kind of capability in capitals is no system ("C4ISR"); a
    # facility's noun ends no one's name.
    assert names(find_people("Photo By Ana Berg | Officials met.", None)) == {"Ana Berg"}
    assert names(find_equipment("Filed under Naval, Land, C4ISR, Security", set()), "equipment") == set()
    assert names(find_people("Ana Berg, program manager for the Kest Integration Facility, said so.", None)) == {"Ana Berg"}
    # A state's name alone may be a ship's class ("the Virginia class", "buy a Virginia"): no place.
    assert names(find_places("The Navy should buy a Virginia; the Virginia class is costly.", set())) == set()


def test_fifty_seventh_held_out_classes():
    # A transcript: a name labelling two paragraphs or more is a speaker's, and every other label an
    # outlet whose reporter asks; no label is a dateline's city, nor "Reporter:", nor "MINISTER:".
    found = discover(article("t", "The spokesperson Ana Berg held a regular press conference.",
                             "KTV: Can you share with us the ministry's plans for the visit?",
                             "Ana Berg: The world has entered a new period of change.",
                             "Kest Latina: What is your comment on the reports?",
                             "Ana Berg: I am not aware of that.", "Reporter: May I ask for your comments?"))
    assert {(c.found.name, c.found.type) for c in found if c.found.start == 0 and c.paragraph > 0} \
        == {("KTV", "organization"), ("Ana Berg", "person"), ("Kest Latina", "organization")}
    assert not [c for c in found if c.found.type == "place"]
    # "Varno's Kestia region" is no company's arm; "the General Debate" no one's name; a routine
    # press conference no event.
    assert names(find_organizations("The arms sale to Varno’s Kestia region drew protests.", set())) == set()
    assert names(find_people("He will attend the General Debate of the session.", None)) == set()
    text = "The spokesperson held a Regular Press Conference on Friday."
    assert names(find_events(text, lambda offset: text)) == set()


def test_fifty_eighth_held_out_classes():
    # A heading in capitals with its year after a comma is no dateline ("ARMS TRANSFERS, 2014");
    # Oceania is a region.
    assert names(find_places("KEST TRANSFERS, 2014", set())) == set()
    assert names(find_places("VARNO, 2014", set())) == set()
    assert names(find_places("Arms flowed to Asia and Oceania.", set())) == {"Asia", "Oceania"}


def test_fifty_ninth_held_out_classes():
    # "Photo: LSIS Ana Berg": a photographer's rank in capitals, then the person; no agency.
    text = "The frigate sails in the Kest Sea. Photo: LSIS Ana Berg"
    assert names(find_people(text, None)) == {"Ana Berg"}
    assert names(find_organizations(text, set())) == set()
    # Taking part names drills by their year; a state after "at"; a year inside a gathering's name.
    text = "The ships travel to take part in KESTEX 2022 at Hawaii."
    assert names(find_events(text, lambda offset: text)) == {"KESTEX 2022"}
    assert "Hawaii" in names(find_places(text, set()))
    text = "Kestwerk showed the frigate at the Kest Pacific 2023 Maritime Exposition in Varno."
    assert names(find_events(text, lambda offset: text)) == {"Kest Pacific 2023 Maritime Exposition"}


def test_sixty_first_held_out_classes():
    # A body's noun with a description joined by a hyphen ends the body's name ("Pact-era",
    # "Navy-led"); a movement and a pact are bodies.
    text = "The jets replace the ageing Kestrel Pact-era MiG-29 fighters in a Kest Navy-led drill."
    assert names(find_organizations(text, set())) == {"Kestrel Pact", "Kest Navy"}
    text = "The parties that voted for it were KEST, VARNO and the Movement for Kest Freedoms."
    assert "Movement for Kest Freedoms" in names(find_organizations(text, set()))
    # An outlet of one word that reported that something happened, or by which a thing was reported;
    # not a person named in the article.
    text = "Recently, on October 28, Varnonews reported that the first jet had flown."
    assert names(find_organizations(text, set())) == {"Varnonews"}
    assert names(find_organizations(text, {"Varnonews"})) == set()
    text = "This was reported by Kestpress with reference to the minister."
    assert names(find_organizations(text, set())) == {"Kestpress"}
    # Engines are named by their makers: an acronym before "engine" is the maker's, a body; its
    # initials and a number before a category name the model.
    text = "Germany refused to supply the KMW 396 diesel engines, so the boat has no KMW engine."
    assert names(find_equipment(text, set())) == {"KMW 396"}
    assert "KMW" in names(find_organizations(text, set()))
    assert names(find_equipment("It spent EUR 150 million on the NATO 2030 plan.", set())) == set()


def test_sixty_second_held_out_classes():
    # A one-word maker before a model named by designation and name, and a maker of two words
    # whose first has a capital inside; none at a sentence's start or for a people's name.
    text = "It evaluated the Kestwerk KX-18E/F Super Falcon and the McVarno Kestrel K/X-15E Strike Owl."
    assert names(find_organizations(text, set())) == {"Kestwerk", "McVarno Kestrel"}
    assert names(find_organizations("The jets join the Russian KX-35 Flanker fleet.", set())) == set()
    # A version's number after one like a year: a model, not a year ("Kestrel 2000-5s").
    text = "It replaces its ageing fleet of Kestrel 2000-5s; the Budget 2021-25 plan goes on."
    assert names(find_equipment(text, set())) == {"Kestrel 2000-5"}
    # A document with its acronym is no body; a numbered squadron before a comma is one.
    assert names(find_organizations("They signed a Statement of Intent (SOI) on Monday.", set())) == set()
    assert names(find_organizations("It trains with the No. 12 Squadron, which flies both.", set())) == {"No. 12 Squadron"}


def test_a_word_joined_to_a_system_by_and_is_one():
    texts = ["It forms joint Kestrian Kestrel and Falcon squadrons.", "The two joint squadrons (Owl and Kestrel) train.",
             "The Kestrel and Varno took part.", "It flies Kestrel Combat Ships and Kestrel frigates."]
    found = find_coordinated(texts, {"Kestrel"}, [set(), set(), {"Varno"}, set()])
    assert [names(f) for f in found] == [{"Falcon"}, {"Owl"}, set(), set()]
    # A blog's byline: "posted by" the writer, then the date.
    assert names(find_people("posted by Ivo Marek | 22.09.2017", None)) == {"Ivo Marek"}
    # A label before a colon that its sentence names again in lower case is no dateline's city.
    assert names(find_places("Contract Value: The new contract is said to be worth about 2.8 billion.", set())) == set()
    assert names(find_places("Varno: The new contract is said to be worth about 2.8 billion.", set())) == {"Varno"}
    # A consortium's members with their countries before them: the bodies without the countries.
    text = "The jet is produced by a consortium of Italy's Kestwerk, France's Varnobus and Velmar Systems."
    assert names(find_organizations(text, set())) == {"Kestwerk", "Varnobus", "Velmar Systems"}


def test_sixty_third_held_out_classes():
    # A member's header line with the seat and the party in one bracket (and a picture's caption
    # run into the name): the person, the seat a place, the party a body.
    for text in ("Photo of Ana BergAna Berg (Kestbury North, Kest Party) | Varno source", "Ana Berg (Kestbury North, Kest Party)"):
        assert names(find_people(text, None)) == {"Ana Berg"}
        assert names(find_places(text, set())) == {"Kestbury North"}
        assert names(find_organizations(text, set())) == {"Kest Party"}
    # A byline the page prints twice above a date with its time ("21.16 16 May 2023").
    assert names(f for _, f in lone_bylines(["Headline", "A line above it.", "Ivo Marek", "Ivo Marek", "21.16 16 May 2023"])) == {"Ivo Marek"}
    # A credit to a photographer, then the agency; the ship before it ends at its name; a picture's
    # code is no model.
    text = "E5KXBG Varno, the bridge of the destroyer HMS Kestrel Credit: Ivo Marek/Kestpix Live News"
    assert names(find_people(text, None)) == {"Ivo Marek"}
    assert names(find_organizations(text, set())) == {"Kestpix Live News"}
    assert names(find_equipment(text, set())) == {"HMS Kestrel"}
    # A person after a body's possessive who speaks.
    text = "The Kest Party’s Ivo Marek asked if the lack of radar meant “we are not ready”."
    assert names(find_people(text, None)) == {"Ivo Marek"}
    # A body named "on" something generic is one body ("Commission on the Kest Forces" is no two);
    # a weekday names a paper; a byline after the word "byline".
    text = "It was a recommendation of the Commission on the Defence Forces last year."
    assert names(find_organizations(text, set())) == {"Commission on the Defence Forces"}
    text = 'An article in The Sunday Times (page 10, "We must keep watch", byline Ivo Marek):'
    assert names(find_organizations(text, set())) == {"Sunday Times"}
    assert names(find_people(text, None)) == {"Ivo Marek"}


def test_sixty_fourth_held_out_classes():
    # A byline in brackets after the date; a caption's credit out of its square brackets; a peer.
    assert names(find_people("October 11, 2008 (by Ivo Marek) - Varno is interested in more jets.", None)) == {"Ivo Marek"}
    assert names(find_people("The jet is seen at Varno on April 7th, 2008. Photo by Ana Berg", None)) == {"Ana Berg"}
    assert names(find_people("He will be hosted by his Varnian peer Ana Berg.", None)) == {"Ana Berg"}
    # A system and its maker joined by "and" to another; a datalink by its name and number.
    texts = ["Thus, the KX-16 beat the Velmar Owl and KX-18 Hornet in the contest."]
    assert [names(f) for f in find_coordinated(texts, {"KX-18 Hornet", "KX-16"}, [set()])] == [{"Velmar Owl"}]
    assert names(find_equipment("It adds the Kest 16 datalink to the jets.", set())) == {"Kest 16"}
    # Kinds, not bodies: "IFF", a mid-life update "MLU", a sales programme.
    text = "It adds IFF (identification friend or foe) systems to the MLU standard under Kestrian Military Sales (KMS)."
    assert names(find_organizations(text, set())) == set()
    # A company by its contract; a city's air base is no company ("Varno AB").
    text = "The air force contracted Kest Martin to update its fleet; the main contractor would be Varno Dynamics."
    assert names(find_organizations(text, set())) == {"Kest Martin", "Varno Dynamics"}
    assert names(find_organizations("The jet is seen at Santiago AB on April 7th.", set())) == set()


def test_sixty_fifth_held_out_classes():
    # Named drills with words describing them after "the"; a byline the reader read, its surname in
    # capitals; a byline with the writer's city; an agency in a dateline in title case with the
    # country; a picture given by a body through an agency.
    text = "It will promote joint exercises, including the upcoming annual Golden Kestrel drills."
    assert names(find_events(text, lambda offset: text)) == {"Golden Kestrel"}
    assert names(find_people("By Ivo MAREK", "Ivo MAREK")) == {"Ivo MAREK"}
    assert names(f for _, f in lone_bylines(["Ana Berg, Varno", "The port opened on Monday, the ministry said."])) == {"Ana Berg"}
    assert names(find_organizations("Varno, Kestria (KNA) April 5, 2025", set())) == {"KNA"}
    text = "A satellite image shows the base on April 25, 2022. Photo: Kest Labs PBC via KP"
    assert names(find_organizations(text, set())) == {"Kest Labs PBC", "KP"}
    # A sentence's or a list item's capital on an adjective before a place's kind names no place.
    assert names(find_places("- New port near the Kest Sea will be deepened.", set())) == {"Kest Sea"}


def test_sixty_sixth_held_out_classes():
    # A thing a country made, by its name and number (a unit's noun opens it: no unit's name ends it).
    text = "The aircraft were a Turkish Kestrel TB2 and a Chinese-manufactured Wing Owl 1. A Kest-made Owl 1.5 deal."
    assert names(find_equipment(text, set())) == {"Wing Owl 1", "Owl"}
    assert names(find_equipment("It flies a Kest-built Kestrel Wing jet.", set())) == set()
    # A company named with "Technology"; a region named by three words; places listed before "Air Bases";
    # an adjective opening a line before "range"; an address and a date on their own line.
    text = "The drones were bought from Kestwerk Technology and found in the Horo Kest Welega region."
    assert names(find_organizations(text, set())) == {"Kestwerk Technology"}
    assert names(find_places(text, set())) == {"Horo Kest Welega"}
    assert names(find_places("It flies four drones at Kest Dar and Varno Meda Air Bases.", set())) == {"Kest Dar", "Varno Meda"}
    assert names(find_places("Short range (70km) and low altitude.", set())) == set()
    assert names(find_organizations("kestbeacon.org - 1/20/2024", set())) == {"kestbeacon.org"}


def test_sixty_eighth_held_out_classes():
    # A country's initials before "$" name its currency, no country (see the matcher); a trade in a
    # minister's title is no body; two names joined by " & " are one body's; a company after its
    # country's possessive, ending in "Systems"; an agency's name on a line of its own after a dash;
    # a maker's initials before a system's name and model.
    assert names(find_organizations("Defence Industry Minister Ivo Marek said the frigates were ready.", set())) == set()
    text = "Through its Naval Kest & Maritime Systems business, it helps. The Kest & Varno Agency met."
    assert names(find_organizations(text, set())) >= {"Naval Kest & Maritime Systems", "Kest & Varno Agency"}
    assert "KestKrupp Marine Systems" in names(find_organizations("It beat Germany’s KestKrupp Marine Systems.", set()))
    assert names(find_organizations("-Agence Kestria-Presse", set())) == {"Agence Kestria-Presse"}
    assert names(find_equipment("It was chosen ahead of the German KTMS KEMO A-200.", set())) == {"KEMO A-200"}


def test_sixty_ninth_held_out_classes():
    # A company's arm in a country with its trade's word ("Kestwerk Defense Varno" is no body plus a
    # place); a war named by a country or a people, also before "-era"; a model's local variant; a
    # calibre between a system's name and its category; a maker of one word a thing was made by.
    assert "Kestwerk Defense Australia" in names(find_organizations("He said Kestwerk Defense Australia had won.", set()))
    text = "It replaces the Vietnam War-era carriers. The Korean War and a trade war."
    assert names(find_events(text, lambda offset: text)) == {"Vietnam War", "Korean War"}
    text = "It replaces the K113AS4 armoured personnel carriers and adds the KS9 Kestrel 155mm self-propelled howitzers."
    assert names(find_equipment(text, set())) >= {"K113AS4", "KS9 Kestrel"}  # (and "Kestrel" inside the second)
    text = "It has a hull built in Kestria by Kestwerk, a steel manufactured by Varno-based Kestalloy, designed by Ana Berg."
    assert names(find_organizations(text, set())) == {"Kestwerk", "Kestalloy"}


def test_seventieth_held_out_classes():
    # A person's party in brackets after the name, joined by a hyphen, is a body, no model; a seat
    # alone in brackets is no party.
    text = "Aside from Defence Minister Ivo Marek (Kest-SD), others came; Ana Berg (Kestbury) (Lab) spoke."
    assert "Kest-SD" in names(find_organizations(text, {"Ivo", "Marek", "Ana", "Berg"}))
    assert "Kestbury" not in names(find_organizations(text, {"Ivo", "Marek", "Ana", "Berg"}))
    # A country's initials before a model are no maker; a batch of two numbers is a variant.
    found = discover(Article("a", "a.txt", "T", (Paragraph(0, "p1", "He signed a deal to buy 14 U.S. KX-16 Block 70/72 fighter jets.", 1),)))
    assert {c.found.name for c in found if c.found.type == "equipment"} == {"KX-16 Block 70/72"}
    assert {c.found.name for c in found if c.found.type == "organization"} == set()
    # An air base by its name, its kind another of its names ("Varnac military airbase", and so the
    # "Varnac Air Base").
    found = find_places("It stays until the reconstruction of Varnac military airbase is done.", set())
    assert [(f.name, f.aliases) for f in found] == [("Varnac", ("Varnac military airbase", "Varnac Air Base"))]


def test_seventy_first_held_out_classes():
    # A rank run before "Staff" is no body; numbered units with an ordinal are bodies; a place after
    # "at" that the text puts in a country; a consortium's member joined by " & "; a company's
    # programme for a country is no national arm; a body named by its people's adjective is also
    # named by its country.
    text = "The jets arrive next week, Air Vice-Marshal Staff Ivo Marek said."
    assert names(find_organizations(text, set())) == set()
    text = "Pilots train at the Kestrian Air Force’s 20th Group of the 4th Squadron at Grosseto in central Italy."
    assert {"20th Group", "4th Squadron"} <= names(find_organizations(text, set()))
    assert "Grosseto" in names(find_places(text, set()))
    text = "It is owned by Kestwerk, BAE Systems and Varnobus Defense & Space, under the Kestfighter Kuwait programme."
    assert names(find_organizations(text, set())) == {"Kestwerk", "BAE Systems", "Varnobus Defense & Space"}
    found = find_organizations("The Kuwaiti Air Force flew them.", set())
    assert [(f.name, f.aliases) for f in found] == [("Kuwaiti Air Force", ("Kuwait Air Force", "Air Force of Kuwait"))]
    # A radar's name of six capitals and a letter, in brackets after its category.
    assert names(find_equipment("It has a new E-scan radar (KESTOR-E) on board.", set())) == {"KESTOR-E"}


def test_seventy_third_held_out_classes():
    # A ship's name is not cut by a sign inside a system's name ("the frigate Kest@rra").
    assert "Kest" not in names(find_equipment("It delivered the first frigate Kest@rra F-601 Owl to Varno.", set()))


def test_seventy_fourth_held_out_classes():
    # A submarine's prefix with its mark ("PNS/M") before a name in capitals: a ship, no photographer's
    # credit; a programme's numbered part is no model; "Chief Guest" is no surname; an auditorium is a place.
    text = "The launching ceremony of the submarine PNS/M KESTUK (Designate) was held at Varno Auditorium."
    assert names(find_equipment(text, set())) == {"PNS/M KESTUK"}
    assert names(find_people(text, None)) == set()
    assert "Varno Auditorium" in names(find_places(text, set()))
    text = "DCNS Project-2, Vice Admiral Ana Berg graced the occasion as the Chief Guest."
    assert names(find_equipment(text, set())) == set()
    assert names(find_people(text, None)) == {"Ana Berg"}
    # A company's legal form after two names joined by "and" or " & " makes them one; its name
    # without the legal form, and without "Group Company", is another of its names.
    text = "They are built at Varno Shipyard and Engineering Works Ltd and by Wuhan Kest Industry Group Company Ltd."
    found = {f.name: f.aliases for f in find_organizations(text, set())}
    assert "Varno Shipyard and Engineering Works Ltd" in found
    assert found["Wuhan Kest Industry Group Company Ltd"] == ("Wuhan Kest Industry Group Company", "Wuhan Kest Industry Group",
                                                             "Wuhan Kest Industry")


def test_seventy_fifth_held_out_classes():
    # A company in quotation marks after what it is, its trade ("Defence") ending its name; and the
    # company's first word as the one who "said" is the company, not a person.
    text = "The ministry signed with the German company “Kestwerk Defence,” which builds the launchers."
    assert "Kestwerk Defence" in names(find_organizations(text, set()))
    articles = {"a": article("a", "A deal with the maker Kestwerk Defence was signed.",
                             "“It is our largest order,” Kestwerk said in a statement.")}
    entities = merge_discoveries(discover(articles["a"]), {}, set(), articles)
    assert not [e for e in entities.values() if e.type == "person"]
    (company,) = [e for e in entities.values() if e.type == "organization"]
    assert company.name == "Kestwerk Defence" and "Kestwerk" in company.aliases
    # A picture's credit on its own line, and a writer after a date's line and a bar.
    assert names(find_people("Photo by Eva Berga", None)) == {"Eva Berga"}  # (discovery reads names folded)
    assert names(find_people("3rd May 2024 - 10:15 GMT | by Ana Berg in Varno", None)) == {"Ana Berg"}
    # A region's adjective before its noun is no place ("to Varnic security"); a place after "to" is.
    assert names(find_places("Threats to Varnic security grew.", set())) == set()
    assert names(find_places("Ships sailed to Varno, then to Kestland.", set())) >= {"Varno", "Kestland"}


def test_seventy_sixth_held_out_classes():
    # A national agency's dateline with a full stop: the city, the agency in capitals, then the text
    # (no company's arm of the agency and the country after it).
    text = "VARNO. KESTINFORM Kestria plans to deliver more jets, the press service said."
    found = names(find_organizations(text, set()))
    assert "KESTINFORM" in found and "KESTINFORM Kestria" not in found
    assert "Varno" in names(find_places(text, set()))
    # "St." opens a name; a governorate is a place's rank; what is "explained in" is written, no place.
    text = "He spoke at the St. Petersburg Economic Forum, then flew from St. Petersburg to the Kestakia governorate."
    assert "St. Petersburg Economic Forum" in names(find_events(text, lambda offset: text))
    assert {"St. Petersburg", "Kestakia"} <= names(find_places(text, set()))
    assert names(find_places("The squadron grows, as explained in Kestweekly.", set())) == set()
    # A writer's name alone on the last line, after a sentence's end, signs the piece.
    assert lone_bylines(["Kestria buys six jets.", "The first arrive in May.", "Ana Berg"]) == [
        (2, Found("Ana Berg", "person", "byline", 0, 8))]
    assert lone_bylines(["Kestria buys six jets.", "Related stories", "Ana Berg"]) == []


def test_seventy_seventh_held_out_classes():
    # A body named after a country of two words by its people's name: "Sri Lankan Navy" is the "Sri
    # Lanka Navy".
    found = {f.name: f.aliases for f in find_organizations("The Sri Lankan Navy took the ship.", set())}
    assert "Sri Lanka Navy" in found["Sri Lankan Navy"]
    # A ship by its pennant number after its kind ("the frigate P 625", also "P625"), and by its name in
    # quotation marks after its navy's prefix.
    found = {f.name: f.aliases for f in find_equipment("The former frigate P 625 sailed in as the INS ‘Varnobahu’.", set())}
    assert found == {"P 625": ("P625",), "INS Varnobahu": ("Varnobahu",)}
    # A port named in lower case after its place is the place.
    assert {(f.name, f.aliases) for f in find_places("The ship docked at Kestport port on Monday.", set())
            if f.pattern == "named feature"} == {("Kestport", ("Kestport port",))}


def test_seventy_eighth_held_out_classes():
    # Names with the initial joined by a full stop, as Mongolian agencies write them: after a title,
    # set off by commas, or before a reporting verb; the name without the initial is another spelling.
    text = ("Present were Minister of Defense N.Varnbold, Chief of the General Staff, Lieutenant General D.Davra, "
            "and the director, B.Erdeneva, who said it. Later S.Oyun said more. Plan B.The next step is open.")
    found = {f.name: (f.aliases, dict(f.fields).get("role")) for f in find_people(text, None)}
    assert found == {"N.Varnbold": (("Varnbold",), "Minister of Defense"),
                     "D.Davra": (("Davra",), "Chief of the General Staff, Lieutenant General"),
                     "B.Erdeneva": (("Erdeneva",), "director"), "S.Oyun": (("Oyun",), None)}
    # A writer above a date in ISO form; an agency between slashes after the city, or a distributor's
    # and an agency's names joined by a hyphen; a training area is a place.
    assert lone_bylines(["Ana Berg", "2018-06-14 16:59:57", "The drill began."]) == [
        (0, Found("Ana Berg", "person", "byline", 0, 8))]
    text = "Varnobaatar /KESTAME/ The president opened the drill at the Kest Hills Training Area."
    assert "KESTAME" in names(find_organizations(text, set()))
    assert {"Varnobaatar", "Kest Hills Training Area"} <= names(find_places(text, set()))
    assert "KNN-KESTPRESS" in names(find_organizations("VARNO, Jun 19 (KNN-KESTPRESS) – The drill began today.", set()))


def test_seventy_ninth_held_out_classes():
    # A title and a rank run together ("Defence Minister Army of the General X", a machine
    # translation's) name no body; a prime minister's office does.
    text = "Kestria sees Varnia as a partner, Kestrian Defence Minister Army of the General Ivo Marek said."
    assert names(find_organizations(text, set())) == set()
    assert names(find_organizations("The Prime Minister Office said so.", set())) == {"Prime Minister Office"}
    # An outlet by its site's address in a dateline; a school is a body, a square a place, games a gathering.
    assert "KestDaily.com" in names(find_organizations("Varno, Kestria (KestDaily.com) -- Kestria sees Varnia as a partner.", set()))
    text = "Pilots train at the Varno Higher Military Aviation School; guests laid flowers on Memory Square."
    assert "Varno Higher Military Aviation School" in names(find_organizations(text, set()))
    assert "Memory Square" in names(find_places(text, set()))
    assert names(find_events("He invited them to the International Army Games next year.", lambda offset: "")) == {
        "International Army Games"}
    # "X of the Republic of Kestria" is also "X of Kestria".
    found = {f.name: f.aliases for f in find_organizations("The Armed Forces of the Republic of Kestria trained.", set())}
    assert "Armed Forces of Kestria" in found["Armed Forces of the Republic of Kestria"]


def test_eightieth_held_out_classes():
    # Two writers on a line of their own at the top; a picture's credit through a pool ("X/pool/AGENCY").
    assert lone_bylines(["Ana Berg and Ivo Marek", "A caption under the picture.", "The talks went on."]) == [
        (0, Found("Ana Berg", "person", "byline", 0, 8)), (0, Found("Ivo Marek", "person", "byline", 13, 22))]
    assert lone_bylines(["Kestria and Varnia", "The talks went on."]) == []
    assert names(find_people("Lea Horvat/pool/KNA", None)) == {"Lea Horvat"}
    assert names(find_organizations("Lea Horvat/pool/KNA", set())) == {"KNA"}
    # A body defined by its acronym after "Military"; outlets a quotation is "quoted by" or "from",
    # by a site's address or a name run together; and the speaker before "as quoted".
    assert "Kestrian Military" in names(find_organizations("He met the chiefs of the Kestrian Military (KTM).", set()))
    text = "“We dropped the plan,” said Ana Berg as quoted from KTVKestria, and “it is over” as quoted by kestpress.id."
    assert {"KTVKestria", "kestpress.id"} <= names(find_organizations(text, set()))
    assert "Ana Berg" in names(find_people(text, None))
    # A word that opens a question is no company's name: "Whether Kestria wants it?"
    assert names(find_organizations('"Whether Kestria wants to sell it? It is not simple," he said.', set())) == set()


def test_eighty_first_held_out_classes():
    # Names with "bin" and a family's "Al" of up to eight words; the role before "His Highness Sheikh".
    text = "It was held under the patronage of President His Highness Sheikh Kestan bin Varno bin Osman Al Kestani today."
    found = {f.name: dict(f.fields).get("role") for f in find_people(text, None)}
    assert found == {"Kestan bin Varno bin Osman Al Kestani": "President"}
    # "Sheikh Kestan" alone is the first of two full names the article opens with "Kestan".
    articles = {"a": article("a", "President Sheikh Kestan bin Varno Al Kestani toured the show.",
                             "He met Sheikh Kestan bin Osman bin Ravi Al Kestani there.", "Sheikh Kestan thanked the organisers.")}
    people = {e.name: e.aliases for e in merge_discoveries(discover(articles["a"]), {}, set(), articles).values()
              if e.type == "person"}
    assert "Sheikh Kestan" in people["Kestan bin Varno Al Kestani"] and "Sheikh Kestan" not in people["Kestan bin Osman bin Ravi Al Kestani"]
    # An exhibition centre is a place; a show's name after its city's possessive, and its short name with its year.
    text = "Varno's International Defence Exhibition and Conference (KDX 2023) opened at the Varno National Exhibition Centre (VNEC)."
    events = {(f.name, f.aliases) for f in find_events(text, lambda offset: text)}
    assert ("International Defence Exhibition and Conference", ("KDX 2023",)) in events
    assert not any(name.startswith("Varno") for name, _ in events)
    articles = {"a": article("a", text, "Later the Kest Exhibition Centre hosted a fair.")}
    types = {e.name: e.type for e in merge_discoveries(discover(articles["a"]), {}, set(), articles).values()}
    assert types["Varno National Exhibition Centre"] == types["Kest Exhibition Centre"] == "place"
    # A company described after a comma as a "conglomerate"; a picture credited to a post on a platform;
    # "X-based" names no maker.
    assert "Kestedge" in names(find_organizations("He saw the stand of Kestedge, the country’s largest defence conglomerate.", set()))
    assert names(find_organizations("@kestshow/Twitter", set())) == {"Twitter"}
    assert names(find_organizations("Systems are developed by UAE-based and foreign companies.", set())) == set()


def test_eighty_second_held_out_classes():
    # Outlets by their sites' addresses: after what they are, and opening a sentence that "reports";
    # an outlet spoken to before a colon; a show whose noun runs into its name, with its year.
    assert "Kestnews.az" in names(find_organizations("Videos were published by the news portal Kestnews.az on Monday.", set()))
    assert "Varno.az" in names(find_organizations("It is big. Varno.az reports citing foreign media that talks went on.", set()))
    text = "The embassy said in a statement to KestPrint: “Kestria values the balanced position of Varnia.”"
    assert "KestPrint" in names(find_organizations(text, set()))
    assert {(f.name, f.aliases) for f in find_events("They met outside of KestExpo 2022 in Varno.", lambda offset: "")} == {
        ("KestExpo 2022", ("KestExpo",))}
    # A checkpoint named in lower case after its place is the place.
    assert {(f.name, f.aliases) for f in find_places("A convoy crossed Varnia's Kestuz border checkpoint.", set())
            if f.pattern == "named feature"} == {("Kestuz", ("Kestuz border checkpoint",))}


def test_eighty_third_held_out_classes():
    # A list's labels ("Expert Opinions: ...", three such lines or more) name no place and no one; a
    # transcript's labels stay its speakers.
    articles = {"a": article("a", "Unveiling: Kestria revealed its jet at the Varno show.", "Expert Opinions: Analysts say it trails.",
                             "Operational Use: Expected to fly by March.")}
    names_found = {e.name for e in merge_discoveries(discover(articles["a"]), {}, set(), articles).values()}
    assert not names_found & {"Unveiling", "Expert Opinions", "Opinions", "Operational Use"}
    # A paper's name on the line of its date; an outlet that "reports, citing" another; a show named
    # by its place and "air show" in lower case (but not "The air show" alone).
    assert names(find_organizations("The Varno Post November 12, 2024", set())) == {"The Varno Post"}
    assert "Kestnews" in names(find_organizations("Shows are held in Varno, Kestnews reports, citing Global Times.", set()))
    assert names(find_events("It opened the Varno air show on Tuesday. The air show is held every two years.",
                             lambda offset: "")) == {"Varno air show"}
    # A body of a body after its possessive: "the Kest Navy’s Submarine Division".
    assert "Submarine Division" in names(find_organizations("He led the Kest Navy’s Submarine Division until May.", set()))


def test_eighty_fourth_held_out_classes():
    # Names in quotation marks before their category, alone or joined by "and".
    found = names(find_equipment("The forces have the “Kestgrom” and “Varnun” rocket systems and the “Osprad” platform.", set()))
    assert {"Kestgrom", "Varnun"} <= found
    assert names(find_equipment('The "Steel Wall" exercise began.', set())) == set()
    # Two capitals after a model's letters ("KAMM-ER"), or a plus after its name ("PILAX+"): before a category only.
    assert names(find_equipment("It makes 1,000 KAMM-ER air defence missiles and the PILAX+ short-range air defence system.",
                                set())) == {"KAMM-ER", "PILAX+"}
    assert names(find_equipment("The TNI-AU and NATO-EU met; KAMM-ER was named.", set())) == set()


def test_eighty_fifth_held_out_classes():
    # "Mr" is a form of address: the name after it is a person's, the office after the name the role;
    # a surname in capitals after a given name is written in title case, the capitals another spelling.
    found = {f.name: (f.aliases, dict(f.fields).get("role"))
             for f in find_people("It was the initiative of His Excellency Mr Ana BERGA, President of the Republic.", None)}
    assert found == {"Ana Berga": (("Ana BERGA",), "President of the Republic")}
    # A ship beside its noun, set off by commas (in capitals or not) or after "named"; no class in
    # "Second-of-class"; the offshore patrol vessel's short name before a ship's.
    text = "The first vessel, KESTREL, was delivered. The last vessel in the class, named Varno, followed; the OPV Osby too."
    assert {(f.name, f.aliases) for f in find_equipment(text, set())} == {("Kestrel", ("KESTREL",)), ("Varno", ()), ("Osby", ())}
    assert names(find_equipment("Second-of-class Varno was launched in May.", set())) == set()
    # A joint venture described after a comma; the ministry "of the Armed Forces" one body; a navy by
    # its people's name is also the navy "of" the country.
    text = "It was built by Kestship, the joint venture of two yards, for the Ministry of the Armed Forces of Kestria."
    assert {"Kestship", "Ministry of the Armed Forces of Kestria"} <= names(find_organizations(text, set()))
    found = {f.name: f.aliases for f in find_organizations("It sailed for the Senegalese Navy.", set())}
    assert "Navy of Senegal" in found["Senegalese Navy"]


def test_eighty_sixth_and_seventh_held_out_classes():
    # A word of titles may open a product's name before its model number ("Ground Master 200").
    assert names(find_equipment("They bought the Ground Master 200 radar in September.", set())) == {"Ground Master 200"}
    assert names(find_equipment("The Air Force jets flew.", set())) == set()
    # Air forces' abbreviated ranks before names.
    assert names(find_people("The pilots are Flt. Lt. Ana Berga, Fg Offr Ivo Marek and Sqn Ldr Lea Horvat.", None)) == {
        "Ana Berga", "Ivo Marek", "Lea Horvat"}
    # Hangars named after officers (their ranks with them), camps and air force bases are places, and
    # no person's; an air force before "base" is no body; a navy's prefix "GNS"; "KD 42 aircraft".
    text = ("He commissioned three Kestrel KD 42 aircraft at the Varno Air Force base, the “AVM Ivo Kestor Varnic Hangar”, "
            "the GNS Yaa Varno and the Osby Camp.")
    assert {"Varno Air Force base", "AVM Ivo Kestor Varnic Hangar", "Osby Camp"} <= names(find_places(text, set()))
    assert names(find_people(text, None)) == set()
    assert "Varno Air Force" not in names(find_organizations(text, set()))
    assert {"Kestrel KD 42", "GNS Yaa Varno"} <= names(find_equipment(text, set()))
    # Parades and competitions are gatherings, not people.
    text = "He spoke at the 2024 Wings Parade to winners of the Chief of Staff’s Essay Competition."
    assert names(find_people(text, None)) == set()
    assert {"Wings Parade 2024", "Essay Competition"} <= names(find_events(text, lambda offset: text))


def test_eighty_eighth_and_ninth_held_out_classes():
    # A system named as a type ("of the type KESTREL", in capitals, is the Kestrel; "of Varno type").
    text = "They approved 54 vehicles of the type KESTREL and talks on missile systems of Varnon type began."
    assert {(f.name, f.aliases) for f in find_equipment(text, set())} == {("Kestrel", ("KESTREL",)), ("Varnon", ())}
    # A company's name after what it is takes no model's form ("the joint enterprise Kest-VB").
    assert names(find_equipment("The drones were made by the joint enterprise Kest-VB in Varnia.", set())) == set()
    # A day of one word's name ("Army Day"); an agency's dateline with the day before the month; barracks.
    assert names(find_events("The country marks Army Day on Tuesday.", lambda offset: "")) == {"Army Day"}
    assert names(find_events("Every Day counts.", lambda offset: "")) == set()
    text = "Varno, 27 January 2026 (KNA) - The committee reviewed the report at the Osby army barracks."
    assert "KNA" in names(find_organizations(text, set()))
    assert {"Varno", "Osby"} <= names(find_places(text, set()))
    # A writer with an account's handle and the time above the text.
    assert lone_bylines(["A headline", "Ana Berga (@AnaBerga) 2 minutes ago Sat 13th June 2020 | 01:04 AM", "Text."]) == [
        (1, Found("Ana Berga", "person", "byline", 0, 9))]


def test_ninetieth_held_out_classes():
    # An office with its service in brackets before a rank; "Tun" after a rank is a given name (an
    # honour elsewhere); "Daw" is a form of address.
    text = "Commander-in-Chief (Air) General Tun Varno presented it; present were Ana Berga and wife Daw Kyu Kyu Varna."
    found = {f.name: dict(f.fields).get("role") for f in find_people(text, None)}
    assert found["Tun Varno"] == "Commander-in-Chief (Air) General" and "Kyu Kyu Varna" in found
    # A body named in a title ends where the next title begins; "Union of X" of a country is no body.
    text = "It was attended by the Chairman of State Kest Council Commander-in-Chief of Defence Services Ivo Marek."
    assert "State Kest Council" in names(find_organizations(text, set()))
    assert names(find_organizations("It was held in the Republic of Union of Myanmar.", set())) == set()
    # A place in brackets after a date that opens the text; a place before a weekday.
    assert "Varno" in names(find_places("10-9-2023 (VARNO) Kestria has taken delivery of two jets.", set()))
    assert "Kestila" in names(find_places("The ceremony was held at the base in Kestila Sunday.", set()))


def test_ninety_first_held_out_classes():
    # Ships in quotation marks after their kind, which a release may capitalise.
    text = "The yard presented the Coastal Patrol Boats “Kestrela” and “Varnosa”, whose mission is patrol."
    assert names(find_equipment(text, set(), set())) == {"Kestrela", "Varnosa"}
    # A ship's prefix and a name that is a body's noun: a ship, no body.
    text = "The construction of the BAP Unión is well underway."
    assert names(find_organizations(text, set())) == set()
    assert names(find_equipment(text, set(), set())) == {"BAP Unión"}
    # A body's name in a Romance language, its words joined by "de la"; a person's by "von der".
    text = "The company Servicios Navales de la Kestra (SNK) presented two boats."
    assert "Servicios Navales de la Kestra" in names(find_organizations(text, set()))
    text = "Commission President Ana von der Berga said on Monday that the bloc would buy shells."
    assert names(find_people(text, None)) == {"Ana von der Berga"}
    # A writer's line, then the outlet's of any words, then the date: a byline.
    assert [f.name for _, f in lone_bylines(['"A Pride of the Fleet"', "W. Ana Berga", "Kestria This Week",
                                            "July 20, 2015", "The navy said the ship is new."])] == ["W. Ana Berga"]
    # A group of two words in lower case after any word; a place before "military base".
    text = "The country was hit by several Kestan Front group attacks, officials said."
    assert names(find_organizations(text, set())) == {"Kestan Front"}
    assert "El Varno" in names(find_places("The minister stood at the El Varno military base in Kest.", set()))


def test_ninety_third_held_out_classes():
    # A radar's version after its designation; an airframe's own number is no model, anywhere in
    # the article.
    assert names(find_equipment("It has an AN/KPQ-66(V)2 radar.", set(), set())) == {"AN/KPQ-66(V)2"}
    found = discover(article("a", "The jet, tail number K-1001, is the first.", "The aircraft K-1001 bears new markings."))
    assert [c.found.name for c in found if c.found.type == "equipment"] == []
    # A variant's name alone is its family's: "F-16B Kestrel" gives no "Kestrel" of its own; a
    # plural name is also its singular's.
    kestrels = {f.name: f.aliases for f in find_equipment("Six KF-16B Kestrel jets and four KF-16 Kestrels came.", set(), set())
                if f.pattern == "designation"}
    assert kestrels == {"KF-16B Kestrel": ("KF-16B",), "KF-16 Kestrels": ("KF-16", "Kestrels", "Kestrel")}
    # A kind's adjective opening a sentence names no outlet; an acronym spelt out after it in
    # brackets as a programme's is no body; "on behalf of A and B Organisation" is one body.
    assert names(find_organizations("Local news agency Kest Defensa reported that it came.", set())) == {"Kest Defensa"}
    text = "It is paid for through the KMF (Kest Military Financing) program."
    assert names(find_organizations(text, set(), defined_otherwise(text))) == set()
    text = "I am proud on behalf of Defence Acquisition and Logistics Organisation that we did it."
    assert names(find_organizations(text, set())) == {"Defence Acquisition and Logistics Organisation"}


def test_ninety_fourth_held_out_classes():
    # One person's name in two transliterations ("Aleksandar", "Alexander"; with and without
    # diacritics) is one page; two given names that differ in a last letter are two people.
    articles = {"a": article("a", "President Aleksandar Vučić spoke."), "b": article("b", "President Alexander Vucic spoke."),
                "c": article("c", "Minister Jan Kestovak spoke. Minister Jana Kestovak spoke.")}
    people = merge_discoveries([c for a in articles.values() for c in discover(a)], {}, set(), articles)
    assert sorted(e.name for e in people.values() if e.type == "person") == [
        "Aleksandar Vučić", "Jan Kestovak", "Jana Kestovak"]
    # A former country's people's name is no system's: "aging Yugoslav combat aircraft".
    assert names(find_equipment("The fleet has aging Yugoslav combat aircraft.", set(), set())) == set()


def test_ninety_fifth_held_out_classes():
    # Things counted, then a country's clause, are no company's arm: "the ten Kestjets Canada bought"
    # (but "Kestwerk Canada delivered" is one).
    assert names(find_organizations("This is the first of the ten Kestjets Canada has bought.", set())) == set()
    assert names(find_organizations("Kestwerk Canada delivered ten vehicles.", set())) == {"Kestwerk Canada"}
    # A people's air force before "base" is the body (a place's name before it makes the base's name).
    assert "Danish Air Force" in names(find_organizations("They landed at a Danish Air Force base in Varno.", set()))
    assert names(find_places("They landed at the Varno Air Force base on Monday.", set())) == {"Varno Air Force base"}
    # A photographer credited in brackets after a caption, and a surname in capitals before an
    # agency and a picture's note.
    assert names(find_people("A jet lands at the airport. (KP Photo/Ana Berg) Copyright 2024 KP.", None),
                 "person") == {"Ana Berg"}
    assert names(find_people("Ivo MAREK / KPA /Archive", None), "person") == {"Ivo Marek"}
    # A place after a compass point's "of"; a dateline of a town with a hyphen and its country.
    assert names(find_places("The jets entered the airspace west of Kestovo.", set())) == {"Kestovo"}
    assert "Saint-Varno" in names(find_places("Saint-Varno, Ruritania, April 25, 2024 - The first jets arrived.", set()))
    # A display team before what it is, its name holding an "of".
    assert names(find_organizations("Crowds watched the Wings of Kest aerobatics display team.", set())) == {"Wings of Kest"}


def test_ninety_sixth_held_out_classes():
    # A port named "Port of X" or "X Port", a township, a range, a boulevard; a place after "county of".
    assert names(find_places("The ships reached Port of Varno on Sunday.", set())) == {"Port of Varno"}
    assert names(find_places("The ships reached Kestburg Port late yesterday.", set())) == {"Kestburg Port"}
    assert names(find_places("They went to Osby Township (奥斯比) and the Lunde Range (隆德) at dawn.", set())) == {
        "Osby Township", "Lunde Range"}
    assert names(find_places("Thousands gathered on Kestel Boulevard in the evening.", set())) == {"Kestel Boulevard"}
    assert names(find_places("It went to a training centre in the north-western county of Kestovo.", set())) == {"Kestovo"}
    # Words in capitals before a colon that name no city are a section's label; a city's name is a dateline.
    assert names(find_places("TOP STORY: About 5,000 people attended a rally yesterday.", set())) == set()
    assert names(find_places("NEW DELHI: The ministry said on Monday it would buy jets.", set())) == {"New Delhi"}
    # A thing a country made, by its letters, number and name: all of it ("Kest-made KT 11 Brave Lion").
    found = names(find_equipment("It has about 1,000 Ruritania-made KT 11 Brave Lion tanks.", set(), set()))
    assert "KT 11 Brave Lion" in found and "KT" not in found
    # A place's name ending in its rank, then a person's title after a comma, is no person.
    assert names(find_people("At the base in Kestovo County, the president assured troops it was safe.", None),
                 "person") == set()


def test_ninety_seventh_held_out_classes():
    # "developed by" a company, and a country's possessive before it is no part of its name; a
    # people's name of two words ("North Korean") after it names no company.
    assert names(find_organizations("The system was developed by Norway's Kest Systems and others.", set())) == {
        "Kest Systems"}
    assert names(find_organizations("It is made by North Korean firms.", set())) == set()
    # Initials joined by "&" are a word of a body's name.
    assert names(find_organizations("He heads the KMOD Directorate of Defense R&D (DDR&D) now.", set())) == {
        "KMOD Directorate of Defense R&D"}
    # A title word followed by "the" is a verb: "X heads the agency" names no body X.
    assert names(find_organizations("Ivo Marek heads the agency.", set())) == set()
    assert names(find_organizations("Pentagon spokesman Ivo Marek said so.", set())) == {"Pentagon"}
    # "The X Weapon System" is the X.
    found = find_equipment("Norway will buy the Kest Sling Weapon System this year.", set(), set())
    assert [(f.name, f.aliases) for f in found] == [("Kest Sling Weapon System", ("Kest Sling",))]


def organisations(**articles: tuple[str, ...]) -> dict[str, set[str]]:
    """The organisations merged from articles given as their paragraphs, by name, with their aliases."""
    made = {key: article(key, *paragraphs) for key, paragraphs in articles.items()}
    merged = merge_discoveries([c for a in made.values() for c in discover(a)], {}, set(), made)
    return {e.name: set(e.aliases) for e in merged.values() if e.type == "organization"}


def test_ninety_seventh_held_out_merges():
    # A kind of body every country has joins the one country's that is named, not either of two.
    one = organisations(a=("The Norwegian Ministry of Defense signed the deal.", "The Ministry of Defense said so."))
    assert list(one) == ["Ministry of Defense"] and "Norwegian Ministry of Defense" in one["Ministry of Defense"]
    two = organisations(a=("The Norwegian Ministry of Defense signed the deal.", "The Ministry of Defense said so."),
                        b=("The Chilean Ministry of Defense signed the deal.",))
    assert set(two) == {"Norwegian Ministry of Defense", "Chilean Ministry of Defense", "Ministry of Defense"}
    # A country's possessive and its people's name before one ministry are one ministry.
    assert organisations(a=("Norway's Defense Ministry signed the deal.",),
                         b=("The Norwegian Ministry of Defense signed it.",)).keys() == {"Norwegian Ministry of Defense"}
    # A ministry's initials with "of" ("NMOD") are the ministry, not a directorate they begin.
    bodies = organisations(a=("The Norway Ministry of Defense signed the deal.",
                              "Its NMOD Directorate of Defense R&D will build it.", "The NMOD said it was glad."))
    assert "NMOD" in bodies["Norway Ministry of Defense"] and bodies["NMOD Directorate of Defense R&D"] == set()


def test_ninety_eighth_held_out_classes():
    # A naval complex and a submarine base, however named; a place's name with a particle after "region of".
    assert names(find_places("It took place in the Naval Complex of Kestburg on Friday.", set())) == {"Naval Complex of Kestburg"}
    assert names(find_places("It was assembled at the Kestburg Naval Complex near Varno.", set())) == {
        "Kestburg Naval Complex", "Varno"}
    assert [(f.name, f.type) for f in find_organizations("It docked at the Osby Island Submarine Base (OISB) today.", set())] \
        == [("Osby Island Submarine Base", "place")]
    assert names(find_places("It lies in the region of Vila do Kest, far away.", set())) == {"Vila do Kest"}
    # An area by the name it goes by; whom one thanks is no place.
    assert names(find_places("The boats guard a sea area known as the Blue Varno.", set())) == {"Blue Varno"}
    assert names(find_places("(Thanks to Ivo)", set())) == set()
    # Ships listed with their hull numbers; a modification's number, and a clause's subject after a
    # category and a comma, are no equipment; a class after "the more powerful".
    found = find_equipment("The other two frigates – Kestrel (F41) and Osprey (F42) – are being built.", set(), set())
    assert {(f.name, f.aliases) for f in found if f.pattern == "named ship"} == {("Kestrel", ("F41",)), ("Osprey", ("F42",))}
    assert names(find_equipment("They fire Kest Block 2 Mod 2 missiles.", set(), set())) == set()
    assert names(find_equipment("Among parts made for submarines, KESTPROG is a strong base.", set(), set())) == set()
    assert names(find_equipment("It could be one of the more powerful Varno class.", set(), set())) == {"Varno class"}
    # A people's trade is no body; an outlet a "Read more on" line names is.
    assert names(find_organizations("It helps the sectors of the Chilean Naval Industry.", set())) == set()
    assert names(find_organizations("Read more on KEST 24 English", set())) == {"Kest 24"}


def test_ninety_eighth_held_out_merges():
    # A word inside one person's full name, said alone, is that person ("Lula" of "Luiz Inacio Lula da Silva").
    made = {"a": article("a", "President Ivo Kestra Marek da Lunde met the crew.", '"We are ready," said Kestra.')}
    people = [e for e in merged(made) if e.type == "person"]
    assert [(e.name, "Kestra" in e.aliases) for e in people] == [("Ivo Kestra Marek da Lunde", True)]


def test_ninety_ninth_held_out_classes():
    # A picture's agency, then its photographer, after "Photo:", "Foto:" or "Photo source:".
    assert names(find_organizations("Foto: Kest Photos / Ana Berg", set())) == {"Kest Photos"}
    assert names(find_people("(Photo source: Kest Photos/Ivo Marek)", None), "person") == {"Ivo Marek"}
    # A transaction defined by its acronym is no body; nor is "Generation" after an ordinal.
    assert names(find_organizations("It was signed via a Foreign Military Sale (FMS) on Monday.", set())) == set()
    assert names(find_organizations("They will buy 32 Kestwerk 5th Generation KX-35 Falcon aircraft.", set())) == set()
    # A copyright notice glued to the text names its outlet (by address too); "All Rights Reserved" no body.
    found = find_organizations("They are partners.Copyright(c) 2024 Kestnews.com. All Rights ReservedCopyright Kest News/kna-AFX",
                               set())
    assert {(f.name, f.aliases) for f in found} == {("Kestnews.com", ("Kestnews",)), ("Kest News", ())}
    # An agency that writes its name in lower case, in a dateline; an outlet by a name with its
    # channel's number; a body's acronym set off by commas before what it did.
    assert "kna-AFX" in names(find_organizations("BOSTON (kna-AFX) - Kestwerk announced the deal.", set()))
    assert names(find_organizations("The deal covers 32 jets, according to Kest24.", set())) == {"Kest24"}
    found = find_organizations("The Supreme Council of Kestria, KSC, decided in April to buy them.", set())
    assert ("Supreme Council of Kestria", ("KSC",)) in {(f.name, f.aliases) for f in found}
    # A body's initials without its "The" ("KP", "The Kest Post").
    assert organisations(a=("Copyright 2024 The Kest Post.", "VARNO (KP) - The jets landed.")).keys() == {"The Kest Post"}


def test_hundredth_held_out_classes():
    # An industrial complex defined by its acronym is a body (a weapon's "complex" stays equipment).
    assert [(f.name, f.type) for f in find_organizations("It is built by the Kest Aeronautical Complex (KAC) now.", set())] \
        == [("Kest Aeronautical Complex", "organization")]
    # A batch written with a hyphen is a variant of the system before it, never a model of its own.
    assert names(find_equipment("Varno is buying KX-17 Block-III fighter jets.", set(), set())) == {"KX-17"}
    assert names(find_variants("Varno is buying KX-17 Block-III fighter jets.", {"KX-17"})) == {"KX-17 Block-III"}
    # An outlet's address in capitals that reports; a trade after a list's number; a space before an
    # appositive's comma; a year after a dash in a drill's name; a capital's name in a document's.
    assert names(find_organizations("The minister said so, News.Kz reports, citing media.", set())) == {"News.Kz"}
    assert names(find_organizations("2. Boost to Local Defence Industry", set())) == set()
    assert "Kestnews" in names(find_organizations("Kestnews , the state news agency of Varno, published it.", set()))
    assert names(find_events("In 2021 the special forces held the Kest Brothers - 2021 joint drills.", lambda _: "drills")) \
        == {"Kest Brothers - 2021"}
    assert names(find_places("The speakers signed the Baku Declaration on cooperation.", set())) == set()
    # A title word before a capitalised verb and "the" names no one ("-Chief Reviews the Plan").
    assert names(find_people("JF Dual Seat Joins Kest Air Force -Chief Reviews the Plan", None), "person") == set()


def test_hundred_and_first_held_out_classes():
    # A name the text also writes with a second family name is one person ("Ana Berg", "Ana Berg Lunde").
    made = {"a": article("a", "Gen. Ana Berg Lunde will head the ministry."),
            "b": article("b", "General Ana Berg was named defence minister.")}
    people = [e for e in merged(made) if e.type == "person"]
    assert [e.name for e in people] == ["Ana Berg Lunde"] and "Ana Berg" in people[0].aliases
    # A rank's word as an adjective ("a major project") makes no appositive of a body's name.
    assert names(find_people("Ivo Marek ran the Kest Corridor, a major infrastructure project to link the coasts.",
                             None), "person") == set()
    # A person's initials in brackets after the name are the person's.
    found = find_people("It was backed by President Ana Maria Berg Lunde (AMBL) last year.", None)
    assert [(f.name, f.aliases) for f in found if f.type == "person"][0][1][-1] == "AMBL"
    # A people's revolution is an event; a canal and an isthmus are places.
    assert names(find_events("They marked the start of the Cuban Revolution with a parade.", lambda _: "")) == {
        "Cuban Revolution"}
    assert names(find_places("It will compete with the Kest Canal and cross the Isthmus of Varno.", set())) == {
        "Kest Canal", "Isthmus of Varno"}


def test_hundred_and_second_held_out_classes():
    # A Hungarian company's legal form ends its name.
    assert names(find_organizations("Kestwerk Hungary Zrt. was set up three years ago.", set())) == {"Kestwerk Hungary Zrt"}
    # A credits line: the outlets of its text, the photographers of its pictures.
    line = "Text: kestnews.hu/KNA | Photo: Ana Berg, Ivo Marek |  12:40 July 25, 2024The first vehicle rolled out."
    assert names(find_organizations(line, set())) == {"kestnews.hu", "KNA"}
    assert names(find_people(line, None), "person") == {"Ana Berg", "Ivo Marek"}
    # Armoured recovery vehicles are a category.
    assert names(find_equipment("They bought nine Falke ARVs last year.", set(), set())) == {"Falke"}
    # A model's designation on either side of its name names one system.
    made = {"a": article("a", "The army received its first KX41 Falke vehicle."),
            "b": article("b", "The army will receive 218 Falke KX41 combat vehicles.")}
    systems = [e for e in merged(made) if e.type == "equipment"]
    assert len(systems) == 1


def test_hundred_and_fourth_held_out_classes():
    # A calibre after a name is no part of it, and may stand before the category.
    found = names(find_equipment("They have the K9 Kestrel 155 mm cannon from Varno.", set(), set()))
    assert "K9 Kestrel" in found and "Kestrel 155" not in found
    assert names(find_equipment("It fires the Kestrel 155 mm gun.", set(), set())) == {"Kestrel"}
    # A show with its year among "exhibitions"; a company after "weapons producer".
    assert names(find_events("It was signed at the \"Kestexpo 2024\", one of the largest defence exhibitions.",
                             lambda _: "one of the largest defence exhibitions")) == {"Kestexpo 2024"}
    assert names(find_organizations("The deal with weapons producer Kestwerk Land Systems is for 12 howitzers.", set())) \
        == {"Kestwerk Land Systems"}


def test_hundred_and_sixth_held_out_classes():
    # A maker's division named "X Marine Systems" is a company (but "X Coastal Defense Systems" may be
    # a weapon); a people's name before a company's own name is no part of it, though one before a
    # trade's word is ("Kestrian Aircraft Industries").
    assert names(find_organizations("The navy picked Kestwerk Marine Systems for the job.", set())) == {
        "Kestwerk Marine Systems"}
    assert names(find_organizations("The army bought Varno Coastal Defense Systems last year.", set())) == set()
    assert names(find_organizations("It chose German Kestwerk Marine Systems’ design.", set())) == {"Kestwerk Marine Systems"}
    assert names(find_organizations("It chose Kestrian Aircraft Industries for the work.", set())) == {
        "Kestrian Aircraft Industries"}
    # A company of one word and "International", with a country's initials before it; not a body
    # "for International Studies".
    assert names(find_organizations("The offer of UK Kestwerk International was chosen.", set())) == {"Kestwerk International"}
    assert not [n for n in names(find_organizations("An analyst at the Varno Center for Strategic and International "
                                                    "Studies said so.", set())) if n.endswith("International")]
    # The company's first word as the one who "said", or after a title ("CEO Kestwerk said"), is the
    # company, not a person; the quote after the title is the person's whose title it is.
    made = {"a": article("a", "Kestwerk International said it had been selected for the frigates.",
                         "\"We will support the consortium,\" Kestwerk said.",
                         "Ivo Marek, CEO Kestwerk said: “I’m delighted that we were chosen.”")}
    entities = merge_discoveries(discover(made["a"]), {}, set(), made)
    assert {e.name for e in entities.values() if e.type == "person"} == {"Ivo Marek"}
    (company,) = [e for e in entities.values() if e.type == "organization"]
    assert company.name == "Kestwerk International" and "Kestwerk" in company.aliases
    # A body's acronym in capitals makes its spelling as a word ("in Kato missions") the body's, no place.
    made = {"a": article("a", "The frigates will support KATO operations."),
            "b": article("b", "They will also take part in Kato missions.")}
    entities = merge_discoveries([c for a in made.values() for c in discover(a)], {}, set(), made)
    assert [(e.name, e.type) for e in entities.values()] == [("KATO", "organization")]
    # A short form some body is named by ("Kest Arms Group (KGZ)", initials in its own language) is
    # not also the first word of another body's name ("KGZ Naval Shipyard"): two bodies.
    made = {"a": article("a", "The Kest Arms Group (KGZ) signed the contract."),
            "b": article("b", "The keel was laid at the KGZ Naval Shipyard in Varno."),
            "c": article("c", "The order came from the consortium led by KGZ under the programme.")}
    entities = merge_discoveries([c for a in made.values() for c in discover(a)], {}, set(), made)
    assert sorted(e.name for e in entities.values() if e.type == "organization") == ["KGZ Naval Shipyard", "Kest Arms Group"]
    # A body's name runs into the title of the person named after it: the title is the person's.
    text = "Guests included the Secretary of State at the Ministry of Harbour Assets Deputy Minister Ivo Marek, and others."
    assert "Ministry of Harbour Assets" in names(find_organizations(text, {"Ivo", "Marek"}))
    text = "A member of the Committee on National Defense MP Ana Berg spoke."
    assert "Committee on National Defense" in names(find_organizations(text, {"Ana", "Berg"}))
    # Names listed with a system the article names are systems too, and a ship is listed by its name
    # without its prefix.
    assert names(find_coordinated(["The Kestrel, Falcon and Osprey squadrons flew."], {"Kestrel"}, [set()])[0]) == {
        "Falcon", "Osprey"}
    made = {"a": article("a", "The future Kestrel, Falcon and Osprey will serve in the flotilla.",
                         "The keel of ORP Kestrel was laid on Monday.")}
    assert {"Falcon", "Osprey"} <= {e.name for e in merged(made)
                                    if e.type == "equipment"}
    # Minesweepers are a category; a design's family and its model ("Meko-A200") a designation.
    assert names(find_equipment("They were built as quickly as the Kestrel minesweepers.", set(), set())) == {"Kestrel"}
    assert names(find_equipment("It offered the Kesto-A200 warship.", set(), set())) == {"Kesto-A200"}
    # An inspectorate is a body; a doctor's degree before a name is a title.
    assert names(find_organizations("The Harbour Inspectorate made the request.", set())) == {"Harbour Inspectorate"}
    assert names(find_people("Ph.D. Ivo Marek, as well as the shipyard's workers, came.", None), "person") == {"Ivo Marek"}
    # "the Baltic" alone is a sea; before a noun, an adjective; a naval port is a place.
    assert names(find_places("It will enhance the alliance's presence in the Baltic and beyond.", set())) == {"Baltic"}
    assert names(find_places("Air defence is the weak point of the Baltic states.", set())) == set()
    assert names(find_places("They will be stationed at the Varno Naval Port.", set())) == {"Varno Naval Port"}
    # A system named with its designation in brackets ("the Kestrel 140 (KS140)") is one system
    # where another article or paragraph names it by either.
    made = {"a": article("a", "The agency selected the Kestrel 140 (KS140) design.", "Our Kestrel 140 frigate won."),
            "b": article("b", "The three KS140 frigates will be built in Varno.")}
    systems = [e for e in merged(made) if e.type == "equipment"]
    assert [(e.name, "KS140" in e.aliases) for e in systems] == [("Kestrel 140", True)]


def test_hundred_and_seventh_held_out_classes():
    # A plural's acronym with its "s" ("Light Strike Vehicles (LSVs)") defines a kind of weapon, so the
    # acronym alone later is no body; nor are an office's initials before a rank ("CDS General X").
    made = {"a": article("a", "The army inducted its first Light Strike Vehicles (LSVs) on Monday.",
                         "The LSV itself was built in Varno.", "It was seen by CDS General Ivo Marek.")}
    assert [e.name for e in merged(made)
            if e.type == "organization"] == []
    # A company's legal form names no person ("aerospace major Kest Aeronautics Ltd").
    found = discover(article("a", "The helicopter was built by aerospace major Kest Aeronautics Ltd last year."))
    assert [(c.found.name, c.found.type) for c in found] == [("Kest Aeronautics Ltd", "organization")]
    # A picture's source in capitals before its outlet, after a page's words.
    assert names(find_people("Follow us on Image Source : IVO MAREK, KEST TV Minister Ana Berg spoke.", None),
                 "person") >= {"Ivo Marek"}
    # A given name that ends as "Polish" does is no people's adjective, unless it opens as a country does.
    assert is_demonym("Polish") and is_demonym("Danish") and not is_demonym("Varish")
    assert names(find_people("Photo: Varish Kumar", None), "person") == {"Varish Kumar"}
    # A war named by a place after "the" (and its year); the agencies a report credits; a byline glued
    # to its "By"; an outlet's desk as a byline.
    assert names(find_events("The need was felt during the 1999 Kestgil War.", lambda _: "")) == {"Kestgil War"}
    assert names(find_events("It was a Trade War.", lambda _: "")) == set()
    assert names(find_organizations("(With inputs from KNA, Kestpress and Varno Wire)", set())) >= {
        "KNA", "Kestpress", "Varno Wire"}
    assert names(find_people("The first helicopters were delivered.&nbsp; ByAna Berg", None), "person") == {"Ana Berg"}
    assert names(find_organizations("By: Kest Web Desk | October 03, 2022", set())) == {"Kest Web Desk"}


def test_hundred_and_eighth_held_out_classes():
    # A generational suffix ending a titled name is no title; a rank's abbreviation after "to" is no place.
    text = "He was referring to Maj. Gen. Ivo Anton Marek Sr., who took office on Tuesday."
    assert names(find_people(text, None), "person") == {"Ivo Anton Marek Sr"}
    assert names(find_places(text, set())) == set()
    # A storm by its name is an event (not the fighter, nor a heading's words).
    assert names(find_events("It came in the aftermath of Typhoon Kesta.", lambda _: "")) == {"Typhoon Kesta"}
    assert names(find_events("The Eurofighter Typhoon Tranche 3 jets flew.", lambda _: "")) == set()
    assert names(find_events("Typhoon Production", lambda _: "")) == set()
    # A company that another is "a subsidiary of"; a wing named by its ordinal and kind.
    assert names(find_organizations("They are made by Varno Mielec, a subsidiary of Kest-Werk.", set())) >= {"Kest-Werk"}
    assert names(find_organizations("They were inducted into the 205th Tactical Helicopter Wing.", set())) == {
        "205th Tactical Helicopter Wing"}
    # A place after "parts of".
    assert names(find_places("It caused damage in Kestia and parts of Varnao.", set())) == {"Kestia", "Varnao"}
    # A system named with its maker before its designation in one article and with its name after it
    # in another is one system.
    made = {"a": article("a", "A chartered Kestwerk KX-124 transport aircraft delivered them."),
            "b": article("b", "They came aboard a KX-124 Falke strategic airlifter.")}
    systems = [e for e in merged(made) if e.type == "equipment"]
    assert len(systems) == 1


def test_hundred_and_ninth_held_out_classes():
    # The place a title names opens the run; the name follows it.
    found = find_people("The Consul-General to Los Angeles Ivo Marek said in a statement: \"It is vital.\"", None)
    assert [(f.name, dict(f.fields).get("role")) for f in found] == [("Ivo Marek", "Consul-General to Los Angeles")]
    # "Crew members" opening a sentence name no body; a photographer and outlet glued before a caption,
    # and a picture's source after "Source:".
    assert names(find_organizations("Crew members have had training in Varno.", set())) == set()
    text = "Ana Berg/Kestpix Defence minister Ivo Marek visited the base on Tuesday."
    assert names(find_people(text, None), "person") == {"Ana Berg", "Ivo Marek"}
    assert names(find_organizations(text, set())) == {"Kestpix"}
    text = "The aircraft flew over the base. Source: Ana Berg/Kestpix"
    assert names(find_people(text, None), "person") == {"Ana Berg"} and names(find_organizations(text, set())) == {"Kestpix"}
    # A city before its country after a comma; an ocean named by a compass word; a dependency.
    assert names(find_places("The aircraft left Nadi, Fiji in the morning.", set())) == {"Nadi", "Fiji"}
    assert names(find_places("It will patrol the Southern Ocean and the Kest Dependency.", set())) >= {
        "Southern Ocean", "Kest Dependency"}


def test_hundred_and_tenth_held_out_classes():
    # A capital "according to" which a quote is given is its government, a place, no body; a tax's
    # initials are no body; an aerodrome is a place.
    assert names(find_organizations("“The second ship follows this year,” according to Oslo.", set())) == set()
    assert names(find_organizations("The total cost is €230 million, inclusive of VAT.", set())) == set()
    assert names(find_places("The aircraft arrived at Kestley Aerodrome on Tuesday.", set())) == {"Kestley Aerodrome"}
    # A kind's words in capitals before the category, and a caption's place after a model, name no
    # system; a hashtag's category word is no maker.
    found = discover(article("a", "The first of two Kestwerk KC295 Maritime Patrol Aircraft arrived.",
                             "Kest Air Corps KC295 Kestley Aerodrome", "The three new #Aircraft KX-12 NG were unveiled."))
    assert {c.found.name for c in found if c.found.type == "equipment"} <= {"KC295", "KX-12 NG", "KX-12"}
    assert "Aircraft" not in {c.found.name for c in found if c.found.type == "organization"}
    # A body's name that runs into the title of the person named after a comma ends before the title.
    text = "She was met by the Department of Harbours Secretary General, Ana Berg and the chief of staff."
    assert "Department of Harbours" in names(find_organizations(text, {"Ana", "Berg"}))


def test_hundred_and_twelfth_and_thirteenth_held_out_classes():
    # A preposition opening a sentence is no word of the body after it; a body whose name holds an
    # acronym, "and", then another body: two.
    assert names(find_organizations("Through Kestwerk Group, which builds ships, the work goes on.", set())) == {
        "Kestwerk Group"}
    assert names(find_organizations("Kest KMT and Varno Group signed a contract.", set())) >= {"Varno Group"}
    assert "Kest KMT and Varno Group" not in names(find_organizations("Kest KMT and Varno Group signed a contract.", set()))
    # A legislature's chamber, also after its acronym in its own language.
    assert names(find_organizations("It was backed by the Kestrian House of Representatives.", set())) == {
        "House of Representatives"}
    found = find_organizations("He skipped meetings with the KPR (House of Representatives) for months.", set())
    assert [(f.name, f.aliases) for f in found if f.name == "House of Representatives"] == [
        ("House of Representatives", ("KPR",))]
    # An honour's initials after a name are no body; an agency's initials alone in brackets on a line,
    # "Read the Full article on X", "Follow X on Google News" name outlets; "Branch chiefs" no body.
    assert names(find_organizations("He thanked President Ivo Marek, GCFR, for his support.", {"Ivo", "Marek"})) == set()
    assert names(find_organizations("(KNA)", set())) == {"KNA"}
    assert names(find_organizations("Read the Full article on DailyKest.com", set())) == {"DailyKest.com"}
    assert "Kest Recognition" in names(find_organizations("Follow Kest Recognition on Google News at this link", set()))
    assert names(find_organizations("He met the Branch chiefs and officers.", set())) == set()
    # A body's noun in the plural is no surname after a title.
    assert names(find_people("Members of the Senate and House of Representatives Committees on Ports came.", None),
                 "person") == set()
    # A kind of base after "in", before its city, is no place; a place after "arrived" without "in"; a
    # city whose name opens with "The".
    assert names(find_places("The graduation was held in Airforce Base, Kaduna, on Friday.", set())) == set()
    assert names(find_places("The aircraft arrived Kano, at noon.", set())) == {"Kano"}
    assert names(find_places("They signed it in The Hague on Monday.", set())) == {"The Hague"}
    # Ships given their names in a list, with a translation in brackets.
    found = find_equipment('The four boats will be named Kestrel, Varnvis ("Swordfish"), Osprey, and Zeehond.', set())
    assert {(f.name, f.aliases) for f in found} >= {("Kestrel", ()), ("Varnvis", ("Swordfish",)), ("Osprey", ()),
                                                    ("Zeehond", ())}


def test_hundred_and_fourteenth_and_fifteenth_held_out_classes():
    # A person's possessive ends the name inside a run of capitals.
    assert names(find_people("It was agreed during President Ivo Marek’s State visit to Varno.", None), "person") == {
        "Ivo Marek"}
    # An armed group by its members (not a people's or a creed's), also after a country's possessive;
    # a name with the Arabic article is found in its other spellings too.
    found = find_organizations("The base was hit by Al Kestaab terrorists, and Kestria's Varnoti rebels, "
                               "Islamist militants and Kestrian rebels fought on.", set())
    assert names(found) == {"Al Kestaab", "Varnoti"}
    assert {"Al-Kestaab", "al-Kestaab", "Al-kestaab", "Alkestaab"} <= set(next(f.aliases for f in found if f.name == "Al Kestaab"))
    # A company's legal form before a model's letters ends its name; an acronym with a hyphen, and a
    # body's word with a prefix ("Co-operation"), spell the name in full.
    text = "Kestria will receive all six Kest Helicopters Inc KH 530F Warrior platforms it ordered."
    assert "Kest Helicopters Inc" in names(find_organizations(text, set()))
    assert names(find_organizations("The general of Kest Joint Task Force-Horn of Varno (KJTF-HOV) came.", set())) == {
        "Kest Joint Task Force-Horn of Varno"}
    assert names(find_organizations("In a statement, Kestria's Defence Security Co-operation Agency (DSCA) noted it.",
                                    set())) == {"Defence Security Co-operation Agency"}
    # A model with a bare designation after its maker's possessive: both.
    text = "Two bidders dropped their proposals (Kestwerk’s Lynx KX41 and KDS’ VARNO 42), but not Q3 results: Kestwerk’s Q3 sales."
    assert names(find_equipment(text, set())) == {"Lynx KX41", "VARNO 42"}
    assert "Kestwerk" in names(find_organizations(text, set()))
    # A name before a kind in capitals that its initials define.
    assert names(find_equipment("In 2018 the army received 12 Kestrel Armoured Personnel Carriers (APC) for patrols.",
                                set())) == {"Kestrel"}


def test_hundred_and_sixteenth_and_seventeenth_held_out_classes():
    # A photographer and agency in a caption's brackets, the credit word in capitals.
    text = "A jet performing a display at the show on 9 February. (PHOTO: Ana Berg/Kest Images)"
    assert names(find_people(text, None), "person") == {"Ana Berg"}
    assert "Kest Images" in names(find_organizations(text, set()))
    # A part of a country before its initials is no company's arm; an outlet in capitals between bars
    # after a dateline's place, written as a name.
    assert names(find_organizations("They will be deployed in Continental US for training.", set())) == set()
    found = find_organizations("Varno, Kestria | THE KEST HERALD | The navy passed out 12 pilots.", set())
    assert [(f.name, f.aliases) for f in found] == [("The Kest Herald", ("THE KEST HERALD",))]
    # Grounds are a place; "X class submarines" name the class.
    assert names(find_places("He received it at Varno Ceremonial Grounds on Monday.", set())) == {"Varno Ceremonial Grounds"}
    found = find_equipment("It will replace its ageing Kestrel class submarines.", set())
    assert [(f.name, f.aliases) for f in found] == [("Kestrel class", ("Kestrel", "Kestrel-class"))]


def test_hundred_and_eighteenth_held_out_classes():
    # An acronym right after the words in lower case it spells (an editorial bracket dropped) is no body.
    text = normalise("“It will help the security of a major non-Kest ally [MNKA],” the KSCA said in its notice.").text
    assert names(find_organizations(text, set())) == {"KSCA"}
    # A heading with a comma capitalises its verb, no maker's name; "to X news" names no place.
    assert names(find_organizations("Royal Kest Air Force, US Sign KX16 Purchase Agreement", set())) == {"Royal Kest Air Force"}
    assert names(find_places("Gain unlimited access to Kestpress news and more.", set())) == set()
    # A body named after its country's initials is also named without them.
    found = find_organizations("The US Kest Security Cooperation Agency announced it on Monday.", set())
    assert "Kest Security Cooperation Agency" in next(f.aliases for f in found if f.name == "US Kest Security Cooperation Agency")
    # A maker between a count and its model's designation (not a people's name before the model).
    found = find_organizations("The air force now operates 33 Kestwerk Falcon KE/Es and 70 Varnco KX-5E/Fs.", set())
    assert names(found) >= {"Kestwerk", "Varnco"}
    assert "South" not in names(find_organizations("It will buy 18 South Korean KA-50 jets.", set()))


def test_hundred_and_twentieth_held_out_classes():
    # A base's name after a body's acronym; "aircrafts" as a category; "Sister Services" no body.
    assert names(find_places("He spoke on Friday at KAF Varno Air Force Base to the crews.", set())) == {"Varno Air Force Base"}
    assert names(find_equipment("Two Kestrel aircrafts will be delivered in 2018.", set())) == {"Kestrel"}
    assert names(find_organizations("He called for work with other Sister Services and departments.", set())) == set()


def test_hundred_and_twenty_first_held_out_classes():
    # "Officer Commanding" is a post, no surname after a title.
    text = "Brigadier General Ivo Marek is the new General Officer Commanding of the Kest Brigade."
    assert names(find_people(text, None), "person") == {"Ivo Marek"}
    # A fleet listed by counts, one of them a designation: every item is a system.
    found = discover(article("a", "The squadrons were small: only five Kestrels, four KX8, two KM18 and two KY-12 then."))
    assert {c.found.name for c in found if c.found.type == "equipment"} >= {"Kestrels", "KX8", "KM18", "KY-12"}


def test_hundred_and_twenty_second_and_third_held_out_classes():
    # An airport "International" and a stadium are places by their kind.
    assert names(find_places("They landed at the Ivo Marek International Airport and met at Varno Stadium.", set())) == {
        "Ivo Marek International Airport", "Varno Stadium"}
    # A city's name with a lower-case particle, after a preposition and as a dateline in capitals.
    assert names(find_places("The ceremony was held in Dar es Salaam on Monday.", set())) == {"Dar es Salaam"}
    found = find_places("DAR ES SALAAM: The army marked its anniversary with a parade on Monday.", set())
    assert [(f.name, f.aliases) for f in found] == [("Dar es Salaam", ("DAR ES SALAAM",))]
    # A people in the plural is no place ("gratitude to Kestrians").
    assert is_demonym("Tanzanians") and not is_demonym("Philippines")
    assert names(find_places("He thanked the troops and expressed gratitude to Tanzanians for their support.", set())) == set()
    # One body's name with its words in the plural or possessive, or not, is one body.
    made = {"a": article("a", "The Kest People Defence Forces (KPDF) held a parade on Monday."),
            "b": article("b", "The Kest Peoples Defense Force (KPDF) marked its anniversary."),
            "c": article("c", "The Kest People’s Defence Forces (KPDF) showed its helicopters.")}
    assert [e.name for e in merged(made) if e.type == "organization"] == ["Kest People Defence Forces"]
    # "Airforce" names a body; "Air Headquarters" is one, "KAF Headquarters" the place its acronym's
    # body works; "Staff Officers" is a post; "ALSO READ" a site's label; an exercise's kind no body.
    text = "Principal Staff Officers of Air Headquarters and the Kest Airforce met at KAF Headquarters. ALSO READ: more."
    assert names(find_organizations(text, set())) == {"Air Headquarters", "Kest Airforce"}
    assert names(find_organizations("They held a joint Field Training Exercise (FTX) in May.", set())) == set()
    # Initials count for none of a name's four words, and "A" before another initial is one.
    assert names(find_people("The flight was led by Group Captain A K M Ivo Marek of the air force.", None)) == {
        "A K M Ivo Marek"}
    assert names(find_people("Planning minister A K Varga, a former chief of air staff, told the parliament.", None)) == {
        "A K Varga"}
    # A place and its country set off by a comma is no one's appositive.
    assert names(find_people("It arrived after a ferry flight from Kesto Varn, China by its pilots.", None)) == set()
    # Honours listed after a name, in capitals or lower case, are no bodies.
    found = find_organizations("The Chief of Air Staff, Air Chief Marshal Ivo Marek, BBP, OSP, ndu, psc and others came.",
                               {"Ivo", "Marek"})
    assert names(found) == set()
    # A base after its air force's initials, named after a person or a place: the place, the base its spelling.
    found = find_places("He spoke at the Kest Air Force (KAF) Base Ivo Marek and at KAF Base Varno. The KAF Base "
                        "Commander came.", set())
    assert [(f.name, f.aliases) for f in found] == [("Ivo Marek", ("Base Ivo Marek",)), ("Varno", ("Base Varno",))]
    # (named after someone the article names: the base by its whole name, no one's name a place)
    assert [(f.name, f.aliases) for f in find_places("Officers of KAF Base Marek came.", {"Marek"})] == [("Base Marek", ())]
    # A district and a village are places ("Kest District": a body only as a "Military District"); a
    # dateline that a full stop ends, a city GeoNames knows.
    found = find_places("Speaking at Varno Village in Kest District, Coast Region, he said it.", set())
    assert names(found) >= {"Varno Village", "Kest District", "Coast Region"}
    assert names(find_organizations("Units of the Western Military District and Kest District came.", set())) == {
        "Western Military District"}
    assert names(find_places("Bagamoyo. President Ivo Marek has assured the country that the army will grow.", set())) == {
        "Bagamoyo"}
    # A city under another name GeoNames gives it is one place.
    made = {"a": article("a", "The jets landed in Chittagong on Thursday."),
            "b": article("b", "The ferry flight ended in Chattogram on Friday.")}
    assert [(e.name, e.aliases) for e in merged(made) if e.type == "place"] == [("Chattogram", ("Chittagong",))]
    # A designation's plural after two letters of its variant; "Bengali" a people's word; a maker after a
    # count in words, and the makers of the items listed after it.
    assert names(find_equipment("It is similar to the KX-29BMs of the Kest Air Force and the Bengali KX-29s.", set())) == {
        "KX-29BM", "KX-29"}
    found = find_organizations("It operates 40 Kestwerk KX-7, Varnco A-5 and Osbo Ke-29 jets, and eight Lundco Su-30s.", set())
    assert names(found) == {"Kestwerk", "Varnco", "Osbo", "Lundco"}


def test_hundred_and_twenty_fifth_held_out_classes():
    # A rank of two words after a body's "of X" is the person's, all of it.
    found = find_organizations("Commander Air Force of Kestria Air Marshal Ivo Marek said it.", {"Ivo", "Marek"})
    assert names(found) == {"Air Force of Kestria"}
    # A word alone listed with designations inside a sentence is a name, a common word too; a name in
    # brackets after an item is no item of its own.
    found = find_equipment("The recovery of the KX-7, Hawk, KM-35, Varnco 337 (Lynx), Islander, and Osprey jets went on.", set())
    assert names(found) == {"KX-7", "Hawk", "KM-35", "Varnco 337", "Islander", "Osprey"}
    # A body with its country's possessive is the one named with "of" it; a day named with its
    # country before it is the day; a day before "commemorations" is named.
    made = {"a": article("a", "The Commander of Kenya’s Air Force has travelled to Varno."),
            "b": article("b", "The Air Force of Kenya, AFK, held the KDF Day commemorations."),
            "c": article("c", "The Kenya Defence Forces Day will be marked; Defence Forces Day parades follow.")}
    entities = merged(made)
    assert [e.name for e in entities if e.type == "organization" and "Air Force" in e.name] == ["Air Force of Kenya"]
    assert sorted(e.name for e in entities if e.type == "event") == ["Defence Forces Day", "KDF Day"]
    # The outlet of a writer's line ("X Herald Reporter"); an airbase in one word.
    assert names(find_organizations("Ana Berg Herald Reporter", {"Ana", "Berg"})) == {"Herald"}
    assert names(find_places("He spoke at Varno Airbase on Friday.", set())) == {"Varno Airbase"}


def test_hundred_and_twenty_sixth_held_out_classes():
    # A nickname in quotation marks between a given and a family name, the family name a common word
    # once folded ("Fivé"); a country's initials before a noun are no body.
    found = discover(article("a", "It was led by Lieutenant Colonel Ivo “Kestrel” Fivé in collaboration with US pilots."))
    assert [(c.found.type, c.found.name) for c in found] == [("person", "Ivo Fivé")]
    # A branch's word beside a rank ("General Aviator X") is the title's, no given name; a badge's
    # ("Aviator Wings") names no one.
    assert names(find_people("He spoke to the Chief of Defence, General Aviator Varga, on Monday.", None)) == {"Varga"}
    assert names(find_people("The president presented Aviator Wings to the cadets.", None)) == set()
    # A picture's credit in capitals after the copyright sign: the agency and the photographer.
    text = "Arrival of the first jets at the air base, Monday 13 October 2025. © KESTPRESS PHOTO ANA BERG"
    assert [(f.name, f.aliases) for f in find_people(text, None)] == [("Ana Berg", ("ANA BERG",))]
    assert names(find_organizations(text, {"Ana", "Berg"})) == {"KESTPRESS"}
    # The Atlantic crossed is a place, the adjective in a body's name or before a noun none.
    assert names(find_places("After crossing the Atlantic to the islands, the Atlantic Council met.", set())) == {"Atlantic"}
    # A party's initials in brackets after a member's name (not the member's own initials).
    found = find_organizations("It was attended by minister Ivo Marek (K-VA), Ana Berg (KDU) and Air Marshal Dan Aro (AMA).",
                               {"Ivo", "Marek", "Ana", "Berg", "Dan", "Aro"})
    assert names(found) == {"K-VA", "KDU"}
    # Two places joined by a hyphen before a noun are an adjective, no body's "on the ...".
    text = "The government deployed Special Forces on the Kenya-Mozambique border in the north."
    assert names(find_organizations(text, set())) == set()
    assert names(find_places(text, set())) == {"Kenya", "Mozambique"}
    # "The X military airbase" is X and the X Air Base: one place.
    made = {"a": article("a", "The jets landed at the Varno military airbase on Monday."),
            "b": article("b", "Three jets landed at Varno Air Base shortly after 3 p.m.")}
    assert [(e.name, sorted(e.aliases)) for e in merged(made) if e.type == "place"] == [
        ("Varno", ["Varno Air Base", "Varno military airbase"])]


def test_hundred_and_twenty_seventh_to_thirty_third_held_out_classes():
    # An acronym one article defines as a kind of ship or weapon names no body, there or where
    # another article uses it bare; a body's acronym defined beside it stays one.
    made = {"a": article("a", "The navy ordered six Coastal Patrol Vessels (CPV) from the Kest Defence Agency (KDA)."),
            "b": article("b", "The CPV programme is late, KDA officials said."),
            "c": article("c", "The first fast attack craft (FAC) is ready, and the FAC crews train.")}
    assert [e.name for e in merged(made) if e.type == "organization"] == ["Kest Defence Agency"]
    # A line in capitals cannot tell an acronym from a word: its bare acronyms are bodies only where
    # the article writes them in its other lines too.
    found = discover(article("a", "KNA SUMMIT OPENS IN VARNO", "KNA leaders met on Monday.", "YOU MIGHT ALSO LIKE", "TRENDING NOW"))
    assert {c.found.name for c in found if c.found.type == "organization"} == {"KNA"}
    # A list with a designation in it names systems after their makers' possessives (of two words, with
    # any quotation mark for an apostrophe), after "the" where the list ends, and designations with a slash.
    text = "The rivals include Kestwerk‘s Falke, Varno Aviation’s Osprey, Velmar’s F/K-18 Super Heron, and the Kestrel."
    assert names(find_equipment(text, {"Varno", "Aviation"})) == {"Falke", "Osprey", "F/K-18 Super Heron", "Kestrel"}
    # One family name transliterated with a hard "c" or a "k" ("Yaacob", "Yaakob") is one person's,
    # and the first two words of that name, alone, are that person too.
    made = {"a": article("a", "Defence Minister Ivo Marek Yaacob told parliament on 3 August."),
            "b": article("b", "In May, Defence Minister Ivo Marek Yaakob was reported as saying so.",
                         "Now that Minister Ivo Marek is in office, the project will go on.")}
    assert [(e.name, sorted(e.aliases)) for e in merged(made) if e.type == "person"] == [
        ("Ivo Marek Yaacob", ["Ivo Marek", "Ivo Marek Yaakob"])]
    # A compass word names a country's province or region ("the Northern Province"), not a command.
    found = find_places("The courses were held in the Northern Province, and the Western Command met in Varno.", set())
    assert names(found) == {"Northern Province", "Varno"}
    # "Supreme" before a title describes it ("the Supreme chief commander"): no institution; a body's
    # first word it still is ("the Supreme Council").
    text = "The Supreme chief commander of the Kest Defence Forces, Ivo Marek, and the Supreme Council met."
    assert names(find_organizations(text, {"Ivo", "Marek"})) == {"Kest Defence Forces", "Supreme Council"}
    # A school named by two words joined ("Command and Staff College", "School and College"), a body's
    # acronym opening it; but "the Army and Naval Academy" may be two bodies.
    text = "He toured the KDF Command and Staff College, the Varno Cadet School and College and the Army and Naval Academy."
    assert {c.found.name for c in discover(article("a", text)) if c.found.type == "organization"} == {
        "KDF Command and Staff College", "Varno Cadet School and College", "Naval Academy"}
    # "Chief of Defence Staff of X" is an office's words, no body "Defence Staff of X".
    text = "The Chief of Defence Staff of KDF, Gen. Ivo Marek, and the Chief of the General Staff of Varno met."
    assert names(find_organizations(text, {"Ivo", "Marek"})) == {"KDF", "General Staff of Varno"}
    # An adverb opening a sentence before a country is no company's national arm.
    text = "Similarly Norway is a member of NATO. Meanwhile Kestria bought jets from Kestwerk Norway."
    assert names(find_organizations(text, set())) == {"NATO", "Kestwerk Norway"}
    # A category's own word in capitals before a category names no system ("the KX Fighter jet programme").
    assert names(find_equipment("Offers came for the KX Fighter jet programme and the Kestrel fighter jets.", set())) == {"Kestrel"}
    # Two variants' letters after a space ("F/K-18 C/D") are the designation's; a letter alone is no alias.
    found = find_equipment("The KF-35 jets replace the F/K-18 C/D Herons and two F-16 C jets.", set())
    assert [(f.name, f.aliases) for f in found] == [("KF-35", ()), ("F/K-18 C/D Herons", ("F/K-18 C/D", "Herons", "Heron")),
                                                    ("F-16 C", ("F-16",))]
    # A kind's words in capitals after a model's name of three words are the kind's, no part of the name.
    found = find_equipment("A KF-35A Heron II Joint Strike Fighter and the KF-35 Joint Strike Fighter flew.", set())
    assert names(found) == {"KF-35A Heron II", "KF-35 Joint Strike Fighter"}
    # A company's own noun may end its name before the country of its national arm ("Kestwerk Group
    # France"), which is then no place of its own; another body's noun may not ("Kest Navy France").
    found = discover(article("a", "The options: appointing Kestwerk Group France as a contractor, or the Kest Navy Norway."))
    assert {(c.found.type, c.found.name) for c in found} == {("organization", "Kestwerk Group France"), ("place", "Norway")}
    # A body named with another body's acronym first is the body named without it in the corpus.
    made = {"a": article("a", "He was addressing the Force's High Command Council at the academy."),
            "b": article("b", "The KDF High Command Council is an annual council.")}
    assert [(e.name, e.aliases) for e in merged(made) if e.type == "organization"] == [
        ("High Command Council", ("KDF High Command Council",))]
    # A photographer credited after a slash in brackets: "(Photo/ X)".
    assert names(find_people("The general adresses the troops on Friday. (Photo/ Ana Berg).", None)) == {"Ana Berg"}
    # An outlet by what it reported, citing someone, after "earlier".
    text = "Kestpress earlier reported, citing defence officials, that the country plans to buy jets."
    assert names(find_organizations(text, set())) == {"Kestpress"}
    # The makers whose models a list with a designation names after their possessives (not countries).
    text = "The rivals include Kestwerk‘s Falke, Varno Aviation’s Osprey, France's Rafale and the F/K-18 Heron."
    assert names(find_organizations(text, set())) == {"Kestwerk", "Varno Aviation"}
    # Kinds of take-off and landing after a designation, and "C2" (command and control), name no system.
    text = "Kestria orders KF-35A CTOL jets and KF-35B STOVL jets to support C2 systems."
    assert names(find_equipment(text, set())) == {"KF-35A", "KF-35B"}
    # A board is a body ("the Armed Forces Fund Board"); a company's "Board of Directors" is no one body.
    text = "The Kest Armed Forces Fund Board and the Board of Directors met."
    assert names(find_organizations(text, set())) == {"Kest Armed Forces Fund Board"}
    # "N. Korea" and "S. Korea", as headlines shorten them, are the two countries.
    assert [(e.name, e.aliases) for e in merged({"a": article("a", "N. Korea's missile threat worries S. Korea.")})] == [
        ("North Korea", ("N. Korea",)), ("South Korea", ("S. Korea",))]
    # A body of two words that speaks, after "the", an adverb between ("The Varno House recently
    # declassified ..."); a city whose name opens with "The" is none.
    text = "The Varno House recently declassified the reports. The Hague said it would wait."
    assert names(find_organizations(text, set())) == {"Varno House"}
    # Two agencies credited, joined by a hyphen, at a caption's end ("... Saturday. KP-Kestnews |").
    text = "Minister Ana Berg attends the session in Varno, Saturday. KP-Kestnews |"
    assert names(find_organizations(text, {"Ana", "Berg"})) == {"KP", "Kestnews"}
    # An ordinal before a body's name is a unit's number ("the 16th Armoured Division"), not an
    # institute's ("the 18th Kest Institute for Strategy (KIS) Forum" counts the forum).
    text = "The 16th Armoured Division met at the 18th Kest Institute for Strategy (KIS) Forum."
    assert names(find_organizations(text, set())) == {"16th Armoured Division", "Kest Institute for Strategy"}
    # A country of three words whose last is a country's too ("Papua New Guinea") is no company's arm.
    found = discover(article("a", "At the request of Papua New Guinea, Kestwerk Norway agreed."))
    assert {(c.found.type, c.found.name) for c in found} == {("place", "Papua New Guinea"), ("organization", "Kestwerk Norway")}
    # A sea's or ocean's name before a noun or a hyphen is an adjective, no place; and a class named
    # after one takes no other name from it.
    made = {"a": article("a", "The Pacific Maritime Programme gives Pacific-class boats to Pacific Island nations."),
            "b": article("b", "The ships sailed across the Pacific.")}
    entities = merged(made)
    assert [(e.name, e.aliases) for e in entities if e.type == "equipment"] == [("Pacific-class", ())]
    assert [c.found.name for c in discover(made["a"]) if c.found.name == "Pacific"] == []
    assert [c.found.name for c in discover(made["b"]) if c.found.type == "place"] == ["Pacific"]
    # A Commonwealth navy's prefix by its shape ("HM" ... "S": His or Her Majesty's country's Ship).
    text = "The first boat, HMKS Ted Varno, was handed over in 2018; the second, HMKS Osprey, in 2021."
    assert names(find_equipment(text, set())) == {"HMKS Ted Varno", "HMKS Osprey"}
    # A place within a place whose name opens like a month's short form ("Sepik") is no date.
    found = find_places("It sailed from Wewak, East Sepik, on Monday, and docked in Norfolk, Nov. 5.", set())
    assert names(found) == {"Wewak", "East Sepik", "Norfolk"}
    # A world war by its short form ("WWII") is the event, no body's acronym.
    found = discover(article("a", "Our cooperation dates back to WWII, the minister said."))
    assert [(c.found.type, c.found.name) for c in found] == [("event", "WWII")]
    # An island is the place of its name alone where the corpus finds both.
    made = {"a": article("a", "Some boats will be based in Varno and others in Kestus."),
            "b": article("b", "Works at the naval base on Kestus Island went on.")}
    assert [(e.name, e.aliases) for e in merged(made) if e.name.startswith("Kestus")] == [("Kestus Island", ("Kestus",))]
    # A ship named right after its noun, a verb after the name ("my old vessel X was sunk").
    text = "My old vessel Kestrel was sunk as a dive site, while sister-ship Osprey served on. The ship Australia is big."
    assert names(find_equipment(text, set())) == {"Kestrel", "Osprey"}
    # "Fighters" after a body defined by its acronym are its men, no category of weapon.
    text = "A presence of Kestrian State of Varno and Al-Osby (KSVO) fighters was found; the Kest Strike Missile (KSM) system flew."
    assert [(f.type, f.name) for f in find_organizations(text, set()) if f.pattern == "defined acronym"] == [
        ("organization", "Kestrian State of Varno and Al-Osby"), ("equipment", "Kest Strike Missile")]
    # A page's "Related Articles" on the last line signs nothing; a name there does.
    texts = ["Local News", "The navy gives aid to the port.", "Ana Berg"]
    assert [f.name for _, f in lone_bylines(texts)] == ["Ana Berg"]
    assert lone_bylines([*texts[:2], "Related Articles"]) == []
    # A web address's characters name nothing; the outlet of a source line with a page's whole address,
    # or after "via", is the site's.
    found = discover(article("a", "The KF-16 jets arrived.", "via kestnews.com", "Source: http://www.kestnews.com/articles/0,73,L-478,00.html"))
    assert sorted({(c.found.type, c.found.name) for c in found}) == [("equipment", "KF-16"), ("organization", "kestnews.com")]
    # A military airport and a national cemetery by their names.
    text = "Helicopters flew to the Varno Military Airport; a wreath was laid at Kestburg National Cemetery, Osby."
    assert names(find_places(text, set())) == {"Varno Military Airport", "Kestburg National Cemetery", "Osby"}
    # "the X News agency" names the X News Agency, its noun in lower case.
    assert names(find_organizations("General Ana Berg came, the Kest News agency reported.", {"Ana", "Berg"})) == {
        "Kest News Agency"}
    # A heading's words after a title that end in a kind of weapon in the plural name no one.
    assert names(find_people("Kestria Defense Minister Hails Varnian Kestrel Drones for Security", None)) == set()
    # A model named by its maker and designation either way round is one, however the designation is
    # hyphenated ("Kestwerk KT2", "KT-2 Kestwerk").
    made = {"a": article("a", "The Kestwerk KT2 drones arrived."), "b": article("b", "Varno bought KT-2 Kestwerk drones.")}
    assert [sorted([e.name, *e.aliases]) for e in merged(made) if e.type == "equipment"] == [
        ["KT-2", "KT-2 Kestwerk", "KT2", "Kestwerk", "Kestwerk KT2"]]
    # A body's noun before a document's word ends the body's name ("Security Council Resolution 12").
    text = "Under the Kest Security Council Resolution 1244 of 1999, the force has authority."
    assert names(find_organizations(text, set())) == {"Kest Security Council"}
    # (but a treaty named after what it limits names no body: "the Kest Range Nuclear Forces Treaty")
    assert names(find_organizations("It was barred by the Kest Range Nuclear Forces Treaty with Varno.", set())) == set()
    # An acronym in mixed case names one programme's system, though its words name a kind ("Precision
    # Strike Missile (PrSM)"), never a body ("Doctor of Philosophy (PhD)"); the article's systems' acronyms
    # name no body by any rule; "built by X competitor Y" names Y's builder, X no body.
    made = {"a": article("a", "The army wants the Precision Guided Missile (PrGM) by 2023; a Doctor of Philosophy (PhD) helped."),
            "b": article("b", "The missile is built by PrGM competitor Varno Aerospace.")}
    assert sorted((e.type, e.name) for e in merged(made)) == [("equipment", "Precision Guided Missile"),
                                                            ("organization", "Varno Aerospace")]
    # An agency's word ends no person's name: "(Photo by Ana Berg/Kest Images)" credits Ana Berg, and
    # Kest Images is the agency.
    text = "A sign is seen in Varno. (Photo by Ana Berg/Kest Images)"
    assert names(find_people(text, None)) == {"Ana Berg"}
    # A space force base by its name; a phase defined by its acronym is no body.
    text = "In a test at Varno Space Force Base it moved into the Kest Risk Reduction (KRR) phase."
    assert names(find_places(text, set())) == {"Varno Space Force Base"} and names(find_organizations(text, set())) == set()


def test_hundred_and_thirty_sixth_held_out_classes():
    # "Sheikh" ending a name of three words is the family's, not a title; the surname alone is that person.
    made = {"a": article("a", "Ana Dahir Sheikh, a former navy commander, told the Kest Gazette by phone that the boats were ready.",
                         "“The crews are trained,” Sheikh added.")}
    assert [e.name for e in merged(made) if e.type == "person"] == ["Ana Dahir Sheikh"]
    # A broadcaster named by its medium first ("Radio Kest"), in the text and in its byline.
    found = discover(article("a", "The troops came home on Sunday, officials told Radio Kest Varno.", "By Radio Kest"))
    assert {(c.found.type, c.found.name) for c in found} == {("organization", "Radio Kest Varno"), ("organization", "Radio Kest")}
    # A unit by its members ("the Kestak special forces", "Varnak commandos", "the Osk and Kestak elite
    # units"), or by what it is called ("a force called Kestak (The Hawks)"); a people's, a place's or a
    # trainer's adjective names no unit ("Kestrian special forces", "Mogadishu commandos", "Kest-trained commandos").
    text = ("Hundreds of Kestak special forces, Varnak commandos and Kest-trained commandos arrived; the Osk and "
            "Kestak elite units, Kestrian special forces and Mogadishu commandos stayed.")
    assert names(find_organizations(text, set())) == {"Kestak", "Varnak", "Osk"}
    assert names(find_organizations("They join the elite force called Kestak (The Hawks).", set())) == {"Kestak"}
    # A nickname in brackets inside a body's name: "the Varnak (Cheetah) Special Police Unit" is the
    # Varnak Special Police Unit, also as written; "the Federal Office for Arms (Kestarm)" stays a definition.
    found = find_organizations("Training went to the army and the Varnak (Cheetah) Special Police Unit.", set())
    assert [(f.name, f.aliases) for f in found] == [("Varnak Special Police Unit", ("Varnak (Cheetah) Special Police Unit",))]
    # A group before "-affiliated" with the Arabic article in lower case ("al-Kestak-affiliated").
    assert names(find_organizations("Fighters of the al-Kestak-affiliated group fled.", set())) == {"al-Kestak"}
    # Three places or more after a place preposition, the first a known one; a base by its use; a
    # gerund after a preposition is no place ("from Training in X").
    text = "The soldiers are stationed in Mogadishu, Dornek and Upper Valis, with KESTCAMP as their main base."
    assert names(find_places(text, set())) == {"Mogadishu", "Dornek", "Upper Valis", "KESTCAMP"}
    assert names(find_places("Talks in Ankara, Berlin and Erdogan said.", set())) == {"Ankara", "Berlin"}
    assert names(find_places("Soldiers who had returned from Training in Kestria landed.", set())) == {"Kestria"}


def test_hundred_and_thirty_seventh_held_out_classes():
    # A model's variant letters after its number ("Kest 412 EPX", "Kest 412-EPX", "Kest 412 Epx") are
    # the model's name, spelt either way one system; the word before a model's number is its maker:
    # alone before a category ("two new Kest helicopters") it names the maker, no system.
    made = {"a": article("a", "The Kest 412 EPX helicopter arrived at the base on Monday."),
            "b": article("b", "The Kest 412-EPX helicopter touched down, smaller than the Kest 412 Epx helicopter."),
            "c": article("c", "The force bought two new Kest helicopters for the coast.")}
    assert sorted((e.type, e.name) for e in merged(made)) == [("equipment", "Kest 412 EPX"), ("organization", "Kest")]
    # An aircraft's registration names no body ("8R KNU"); the model in brackets after it is a system.
    text = "They bear the registrations 8R KNU (Varn 329) and 8R AKA (Varn 307)."
    assert names(find_organizations(text, set())) == set() and names(find_equipment(text, set())) == {"Varn 329", "Varn 307"}
    # A minister's portfolio names no body; a company after its kind and a comma ends the sentence.
    text = "Senior Minister with responsibility for Finance and Public Service, Ana Berg, bought it from the Kestrian company, Varno Shark."
    assert names(find_organizations(text, {"Ana", "Berg"})) == {"Varno Shark"}
    # A street is a place, and ends no person's name; "the Base Camp" alone is a kind of place; a camp's
    # second word only where its name ends ("Camp Varnok Sports Ground"); a middle initial in a place's name.
    text = ("He spoke at the Office of the President, Ivo Marek Drive, and at the Base Camp; it landed at the Camp "
            "Varnok Sports Ground and later at the Ana F. Berg Airport.")
    assert names(find_places(text, set())) == {"Ivo Marek Drive", "Camp Varnok", "Ana F. Berg Airport"}
    assert names(find_people(text, None)) == set()


def test_hundred_and_thirty_ninth_held_out_classes():
    # Initials in brackets in another order than the words' (a name in another language) define a body,
    # never a person, though a word of its name is misspelt; an interview's initials for a person stay hers.
    text = "The envoy is worried about members of the Rapid Varno Battallion (BVR) of the Kest Army."
    assert names(find_people(text, None)) == set()
    assert "Rapid Varno Battallion" in names(find_organizations(text, set()))
    assert names(find_people("Our reporter Ana Berg (AB) caught up with the commander.", None)) == {"Ana Berg"}
    # An administrative division after a place preposition or a place and a comma is a place, no unit
    # (a unit takes "the" or its arm's name); a language's part of a country is a place, no company's arm.
    text = ("Bases opened in Nguti, Kest Manen Division, and in Varlem Division, as the 16th Infantry Division and "
            "the Osk Division moved into Anglophone Cameroon.")
    assert names(find_places(text, set())) >= {"Kest Manen Division", "Varlem Division", "Anglophone Cameroon"}
    assert names(find_organizations(text, set())) == {"16th Infantry Division", "Osk Division"}
    # A region that "says" is where the speaker hails from; "Local officials" name no institution.
    text = "A senior official who hails from the Littoral Region says soldiers are tired. Local officials say so too."
    assert names(find_organizations(text, set())) == set()
    # A dateline in capitals with its day and date before the agency; a city before an outlet in brackets and
    # a dash run into the text (a city GeoNames knows, not a person).
    assert names(find_places("DOUALA Friday, August 29, 2008 (KNA) - The unit was created in 2001.", set())) == {"Douala"}
    assert names(find_places("Douala (Kest Times)-The coordinator said so.", set())) == {"Douala"}
    assert names(find_places("Ana Berg (Kest Times)-The coordinator said so.", set())) == set()
    # A word and initials joined by a hyphen ("War-KGC") are no designation; a batch's Roman number still is one's.
    assert names(find_equipment("Kest Worried About Involvement In Anglophone War-KGC Coordinator", set(), set())) == set()
    assert names(find_variants("Varno is buying KX-17 Block-III fighter jets.", {"KX-17"})) == {"KX-17 Block-III"}


def test_hundred_and_fortieth_held_out_classes():
    # A word before a designation whose letters begin it is the model's maker ("Kestov Ke-25"); a
    # system's name before its designation stays the system's ("Kestrel KX-2").
    found = find_organizations("Varnia received Kestov Ke-25 attack planes and Kestrel KX-2 jets.", set())
    assert names(found) == {"Kestov"}
    # A dateline in title case without a comma, its country in brackets, two agencies between slashes.
    found = find_organizations("Varno [Kestria] October 1 (KNA/Kestnik): A plane delivered four helicopters.", set())
    assert names(found) == {"KNA", "Kestnik"}
    # A group with an agency's note after it, with "al-" in lower case; "MORE" in capitals is a word.
    text = "It fights the Kest Front (terrorist group banned in Varnia) and al-Osk, (terrorist group banned in Varnia)."
    assert names(find_organizations(text, set())) == {"Kest Front", "al-Osk"}
    assert names(find_organizations("READ MORE: Varnia accuses Kestria of a colonial mentality", set())) == set()


def test_hundred_and_forty_first_held_out_classes():
    # A country of two names joined by "and" by its initials joined by "&" ("T&T"), alone and in a body's
    # name, whose acronym counts both initials; one body under both spellings of its country is one.
    text = "Recruits of the T&T Defence Force (TTDF) and the Second Infantry Battalion of the T&T Regiment (TTR) defend T&T’s interests."
    assert names(find_organizations(text, set())) == {"T&T Defence Force", "Second Infantry Battalion", "T&T Regiment"}
    assert names(find_places(text, set())) == {"Trinidad and Tobago"}
    made = {"a": article("a", "The T&T Coast Guard commissioned two boats."),
            "b": article("b", "The Trinidad and Tobago Coast Guard sailed.")}
    assert len([e for e in merged(made) if e.type == "organization"]) == 1
    # A navy's prefix the vocabulary lacks: before a name and a hull number, or before two names a
    # sentence about vessels joins (a ship may bear a place's name); no body's initials before two bodies.
    text = "It commissioned the KNS Osprey (KN-1) and KNS Varno Bay (KN-2); the vessels- KNCG Osk and KNCG Port of Varno- sailed."
    assert names(find_equipment(text, set(), set())) >= {"KNS Osprey", "KNS Varno Bay", "KNCG Osk", "KNCG Port of Varno"}
    assert names(find_equipment("The NATO Summit and NATO Council met on the ships.", set(), set())) == set()
    # A service in brackets after a rank is the title's; a region after a hyphened adjective is the region.
    text = "The Kest Coast Guard, commanded by Captain (Naval) Ana Berg, is the largest force in the English-speaking Caribbean."
    assert [(f.name, f.fields) for f in find_people(text, None)] == [("Ana Berg", (("role", "Captain (Naval)"),))]
    assert "Caribbean" in names(find_places(text, set()))
    # A paper's name of two words in brackets opening a copied story; not a picture's label.
    assert names(find_organizations("(Varno Guardian) As the ship arrived, the minister spoke.", set())) == {"Varno Guardian"}
    assert names(find_organizations("(File Photo) As the ship arrived, the minister spoke.", set())) == set()


def test_hundred_and_forty_second_held_out_classes():
    # Where a caption places people in two letters ("(C-L)") names no party; two agencies joined by a
    # hyphen, then the photographer in capitals, credit all three (the name no acronym).
    text = "President Ana Berg (C-L) speaks next to President Ivo Marek (C-R) in Varno, Oct 8, 2018. KNA-KEFE/DAN B. ARO"
    found = discover(article("a", text))
    assert {(c.found.type, c.found.name) for c in found if c.found.type != "place"} == {
        ("person", "Ana Berg"), ("person", "Ivo Marek"), ("person", "Dan B. Aro"), ("organization", "KNA"),
        ("organization", "KEFE")}
    # Two writers in a byline, their desk after a slash.
    assert names(find_people("By Ana Berg and Dan Aro / Staff reporter, with staff writer", None)) == {"Ana Berg", "Dan Aro"}


def test_hundred_and_forty_third_held_out_classes():
    # A name alone on its line between the headline and the story is its writer's.
    texts = ["Ana Berg", "THE Kest Defence Force yesterday celebrated its anniversary amid calls by its commander to stay apolitical."]
    assert [f.name for _, f in lone_bylines(texts)] == ["Ana Berg"]
    # A paper's first word in capitals is read as the word it is ("THE", "ARMY", a country's name), never
    # an acronym or part of a body's name; an acronym there stays one ("NATO").
    found = discover(article("a", "THE Kest Defence Force (KDF) celebrated its anniversary on Monday.",
                             "ARMY Commander Lieutenant General Ivo Marek spoke.", "NATO Secretary General Dan Aro came."))
    assert {(c.found.type, c.found.name) for c in found} == {
        ("organization", "Kest Defence Force"), ("person", "Ivo Marek"), ("person", "Dan Aro"), ("organization", "NATO")}
    # A name defined by its acronym before a law's word is the law's, no body defined; a day's name after
    # a possessive; military barracks and a prison are places.
    found = find_organizations("It was set up under the Kest Paramilitary Force (KPF) Act of 1980.", set())
    assert ("Kest Paramilitary Force", ("KPF",)) not in {(f.name, f.aliases) for f in found}
    text = "Yesterday's Kest Defence Force Day event was marked by speeches."
    assert names(find_events(text, lambda offset: text)) == {"Kest Defence Force Day"}
    assert names(find_places("He addressed a parade at the Varnok Military Barracks on Monday.", set())) == {"Varnok Military Barracks"}


def test_hundred_and_forty_fourth_held_out_classes():
    # Two ranks' words joined by a slash ("Maj/Gen"); "Prince" a given name after a rank; a generational
    # suffix in capitals no surname in capitals; two names run together keep their capitals.
    text = ("The Chief of Staff of the Kest Forces, Maj/Gen Prince C. Varno III, thanked the late Maj/Gen. AnaLea Berg and "
            "the Permanent Representative to the United Nations, Ambassador Dee-Ivo SaahMarek Sr., too.")
    found = find_people(text, None)
    assert names(found) == {"Prince C. Varno III", "AnaLea Berg", "Dee-Ivo SaahMarek Sr"}
    # A body's name ends before a post of its that follows it ("... of Kestria Chief of Staff, Maj/Gen. X").
    text = "Armed Forces of Kestria Chief of Staff, Maj/Gen. Ivo Marek, stressed it; the Joint Chiefs of Staff agreed."
    assert names(find_organizations(text, {"Ivo", "Marek"})) == {"Armed Forces of Kestria", "Joint Chiefs of Staff"}
    # A source of two or three words after a comma ("..., Voice of Kestria reports."); kinds of explosive
    # and their disposal defined by their acronyms name no body.
    assert names(find_organizations("About 50 troops will aid the mission, Voice of Kestria reports.", set())) == {"Voice of Kestria"}
    text = "It trained them to defuse Explosive Ordinate Disposal (EOD) and Improvised Explosive Device (IED) threats."
    assert names(find_organizations(text, set())) == set()
    # A mission's place ends its name before its acronym, which may follow neither its words' initials nor
    # their order; one acronym of four capitals or more that two spellings define is one body's.
    made = {"a": article("a", "It served in the UN Multidimensional Stabilisation Mission in Varnia (MINUSVA) for a year."),
            "b": article("b", "The troops joined the UN Peacekeeping Operations in Varnia (MINUSVA) in June.")}
    assert len([e for e in merged(made) if e.type == "organization" and "MINUSVA" in e.aliases]) == 1
    assert not any("Berg" in name for name in names(find_organizations("Ana Berg in Varnia (KNA) - The minister spoke.", set())))


def test_hundred_and_forty_fifth_classes():
    # (set 138, after its one measurement) Names listed after a title in the plural, by commas and "and".
    text = "The graduates: Lieutenants Ana Berg-Lunde, Ivo Marek, Dan Aro, and Lea Horvat, were presented with wings."
    assert names(find_people(text, None)) == {"Ana Berg-Lunde", "Ivo Marek", "Dan Aro", "Lea Horvat"}
    # A photographer's name in a caption's brackets ("(Photo: X)") or ending it ("... Photo: X").
    assert names(find_people("The minister toured the base. (Photo: Karl Pavlo)", None)) == {"Karl Pavlo"}
    assert names(find_people("The ship arrived on August 5, 2021. Photo: Yhom Hutch", None)) == {"Yhom Hutch"}
    # A body's own acronym in brackets inside a longer body's name ("the Kest Defence Force (KDF) Air Wing").
    found = find_organizations("It was held at the Kest Defence Force (KDF) Air Wing, Varno International Airport.", set())
    assert ("Kest Defence Force Air Wing", ("Kest Defence Force (KDF) Air Wing",)) in {(f.name, f.aliases) for f in found}


def test_hundred_and_forty_sixth_classes():
    # (set 145, after its one measurement) A decoration's letters in brackets after an officer's name
    # name no party; "Personnel" after a title is a branch's word, no surname.
    text = "The letter came from Brigadier General (Rtd) Dr Ivo Marek (GCK) and from Lieutenant General Ana Berg (OOK)."
    assert names(find_organizations(text, {"Ivo", "Marek", "Ana", "Berg"})) == set()
    assert names(find_organizations("Senator Ana Berg (KPP) voted against it.", {"Ana", "Berg"})) == {"KPP"}
    text = "He came with the Assistant Chief of Defence Staff Personnel & Logistics- Colonel KS Aro on Monday."
    assert names(find_people(text, None)) == {"KS Aro"}
    # A person named by the initials of the given names is the one named in full with them.
    made = {"a": article("a", "The Chief of Staff, Lieutenant General Tomas Vale Orrin, spoke on Monday."),
            "b": article("b", "Lieutenant General TV Orrin visited the troops.", "Colonel K.L. Orrin met them.")}
    people = {e.name: e.aliases for e in merged(made) if e.type == "person"}
    assert people == {"Tomas Vale Orrin": ("TV Orrin",), "K.L. Orrin": ()}
    # A document's or a rule's words before "of" name no body, whatever body closes the name.
    text = "They discussed the Terms and Conditions of Service (TCS) and the Rules of Engagement of the Kest Force."
    assert "Terms and Conditions of Service" not in names(find_organizations(text, set()))
    # A compass word and "Area" name a country's part; an address run together without commas is a
    # site, its street and its city (and no body whose name runs over it).
    assert names(find_places("Troops in the Western Area were moved to the Kestrel Area.", set())) == {
        "Western Area", "Kestrel Area"}
    text = "He addressed officers at the Fore Court of Harbour Barracks Kingsway Road Freetown on Tuesday."
    assert names(find_places(text, set())) == {"Harbour Barracks", "Kingsway Road", "Freetown"}
    assert names(find_organizations(text, set())) == set()
    # A parade square named after a person is a place, and its "Parade" no event.
    text = "President Ana Berg spoke. The troops were addressed at the Ana Berg Parade Square."
    found = discover(article("a", text))
    assert {(c.found.type, c.found.name) for c in found} == {("person", "Ana Berg"), ("place", "Ana Berg Parade Square")}


def test_hundred_and_forty_seventh_classes():
    # (set 146) Peoples' adjectives that no ending makes of their country's name ("Cypriot", "Ivorian")
    # are no names: a body they open gets no alias of them.
    assert all(is_demonym(word) for word in ("Cypriot", "Ivorian", "Burkinabe", "Malagasy", "Montenegrin"))
    made = {"a": article("a", "It comes as the Cypriot National Guard seeks new systems."),
            "b": article("b", "Cypriot officials declined to comment on Monday.")}
    assert [(e.name, e.aliases) for e in merged(made) if e.type == "organization"] == [("Cypriot National Guard", ())]
    # A designation written without its hyphen before a category ("Mi35 helicopters", "MI35 choppers") is
    # the hyphen's model; a family in capitals before a variant's letter and number ("BUK-M1").
    made = {"a": article("a", "Kestria will sell its 11 Russian Mi35 helicopters to Varnia."),
            "b": article("b", "It phases out its MI35 choppers.", "The Mi-35 fleet is old, and so is the BUK-M1 system.")}
    assert {(e.name, tuple(sorted(e.aliases))) for e in merged(made) if e.type == "equipment"} == {
        ("Mi35", ("MI35", "Mi-35")), ("BUK-M1", ())}
    assert names(find_equipment("He said it was No 10 aircraft, and At 12 jets came.", set())) == set()
    # A name and a variant's two capitals before a category ("the Kestrel MX anti-aircraft system"); the
    # capitals alone name nothing ("the Army UH helicopters").
    text = "The Kestrel MX anti-aircraft system arrived, and the Army UH helicopters flew."
    assert names(find_equipment(text, set())) == {"Kestrel MX"}
    # A maker named for its helicopters after a word that links a party ("from Kest Helicopters"); not the
    # aircraft ("the Kest Helicopters arrived").
    text = "It will buy six from Varno Helicopters. The Kestrel Helicopters arrived on Monday."
    assert names(find_organizations(text, set())) == {"Varno Helicopters"}
    # A body with its country's name before it is the one named with "of" it.
    made = {"a": article("a", "The Malta National Guard will buy them."),
            "b": article("b", "The National Guard of Malta signed it.")}
    assert len([e for e in merged(made) if e.type == "organization"]) == 1


def test_hundred_and_forty_eighth_classes():
    # (set 147) A kind of ship defined by its acronym ("Ocean Patrol Vessels (OPVs)") is no body; a count
    # opens no body's name ("Two Navy officers"); a company's first word, which names no known place, is no
    # place where the text uses it alone ("paid to Kestwerk").
    text = "It signed with Varnia's Kestwerk Shipyard for two Ocean Patrol Vessels (OPVs). Two Navy officers went there."
    assert names(find_organizations(text, set())) == {"Kestwerk Shipyard"}
    found = discover(article("a", text, "It seeks to recover the money already transferred to Kestwerk."))
    assert ("place", "Kestwerk") not in {(c.found.type, c.found.name) for c in found}
    # A government named after its head ("the administration of X", "the government led by X"), not a
    # consortium (a company may lead one), nor a city.
    text = ("It was signed under the administration of Ana Lea Berg (2019-2025) and the government led by Ivo Marek; "
            "a consortium led by Kest Martin won, as the government of New Delhi wished.")
    assert names(find_people(text, None)) == {"Ana Lea Berg", "Ivo Marek"}
    # A speaker after a quote with "had said"; "owner" a title in an appositive; "the Executive Power" no
    # title and its surname-like word no person.
    assert names(find_people('"Varnia has to pay," Dan Aro had said last October.', None)) == {"Dan Aro"}
    found = find_people("Mario Kestwerk, owner of the shipyard, insists that his company was also a victim.", None)
    assert [(f.name, dict(f.fields).get("role")) for f in found] == [("Mario Kestwerk", "owner of the shipyard")]
    assert names(find_people("The decision reflects the Executive Power’s interest in new boats.", None)) == set()
    # A destroyer's hull number and name after its kind is a ship, no company's national arm.
    text = "They found the wreck of the destroyer KN-01 Uruguay off the coast."
    assert names(find_organizations(text, set())) == set()
    assert [e.name for e in merged({"a": article("a", text)}) if e.type == "equipment"] == ["KN-01 Uruguay"]


def test_hundred_and_forty_ninth_classes():
    # (set 148) A state's arms exporter or seller by what it is; a channel named with a number before "TV
    # Channel" is a broadcaster, no model; a paper's name ending in "Daily".
    text = ("Varnia bought them from Kestrian state arms exporter Kestexport, Ana Berg told the Kestia-24 TV Channel, "
            "according to Air Forces Daily.")
    assert names(find_organizations(text, {"Ana", "Berg"})) == {"Kestexport", "Kestia-24", "Air Forces Daily"}
    assert names(find_equipment(text, set())) == set()
    # A works numbered by its ordinal, its words capitalised or not (not "the 3rd power plant"); a body's
    # name whose "and" joins two words before a person's name ("for Military and Technical Cooperation X").
    text = ("It was upgraded at the 558th Aircraft Repair Plant and the 12th aircraft repair plant, not at the 3rd power "
            "plant, said Head of the Kest Service for Military and Technical Cooperation Ivo Marek.")
    assert names(find_organizations(text, {"Ivo", "Marek"})) == {
        "558th Aircraft Repair Plant", "12th aircraft repair plant", "Kest Service for Military and Technical Cooperation"}
    # "head of state" before a name, a title in lower case; a caption's credit in brackets without a colon.
    text = "It is co-chaired by Varnia’s head of state Ana Lea Berg. A jet in flight (Picture source Dan Aro)"
    found = find_people(text, None)
    assert {(f.name, dict(f.fields).get("role")) for f in found} == {("Ana Lea Berg", "head of state"),
                                                                     ("Dan Aro", None)}


def test_hundred_and_fiftieth_classes():
    # (set 150) A class written "X Class", "X-Class" or "X class" after "the", "a", "modified" or "US-built",
    # before a pennant number too (no maker then); a ship by its pennant number ("with pennant number P61",
    # "the former Kest Navy P62"), not a range of them ("(P21-P24)"); the Irish prefix "LÉ".
    text = ("The boat - the Kestrel Class P-61 - is old; two more are US-built Osprey-Class boats, and the former Varnian "
            "Navy P62 and a modified Heron class vessel with pennant number P63 joined LÉ Aoife, but four boats (P21-P24) wait.")
    found = discover(article("a", text))
    assert {c.found.name for c in found if c.found.type == "equipment"} == {
        "Kestrel class", "P-61", "Osprey-Class", "P62", "Heron class", "P63", "LÉ Aoife"}
    assert not [c for c in found if c.found.type == "organization"]
    # An activity in capitals defined by its acronym ("Search and Rescue (SAR)") names no body, anywhere in
    # the corpus; a unit called a "Squad"; a ministry of two portfolios named before its noun; a maker
    # before "-built" after "The".
    made = {"a": article("a", "The Kestwerk-built boats will increase Search and Rescue (SAR) measures."),
            "b": article("b", "Varnia has a large SAR area, the Maritime Squad said.",
                         "The Interior and National Security Ministry said in a statement.")}
    assert sorted(e.name for e in merged(made) if e.type == "organization") == [
        "Interior and National Security Ministry", "Kestwerk", "Maritime Squad"]
    # A writer's name glued to the story's weekday and date; a paper's name so (its noun a paper's) is the outlet.
    assert [f.name for _, f in lone_bylines(["Ana Berg Friday, 20 February 2015, 09:51 Last update: about 6 years ago",
                                             "The boats arrived on Monday at the port after a long voyage."])] == ["Ana Berg"]
    text = "Kest Independent Friday, 19 March 2010, 00:00 Last update: about 12 years ago"
    assert names(find_organizations(text, set())) == {"Kest Independent"}
    assert lone_bylines([text, "The boats arrived on Monday at the port after a long voyage."]) == []


def test_hundred_and_fifty_first_classes():
    # (set 151) A navy's base named as its ships are ("base HMAS Kestrel", "the HMAS Kestrel Naval Base") is a
    # place, in the articles that name it "at HMAS Kestrel" alone too; a navy's name before "base" is the
    # navy's when a people's name is in it ("Royal Kestrian Navy base").
    made = {"a": article("a", "He received it at Royal Malaysian Navy base HMAS Kestrel on Monday."),
            "b": article("b", "A handover ceremony took place at HMAS Kestrel, Western Australia.")}
    assert {(e.type, e.name) for e in merged(made) if e.type != "place" or "HMAS" in e.name} == {
        ("place", "HMAS Kestrel"), ("organization", "Royal Malaysian Navy")}
    # A navy's prefix the vocabulary lacks ("...NS") after a ship's noun; a class after "our ageing", its
    # ocean's name no alias ("Pacific Class Patrol boats").
    text = "He welcomed the new naval vessel KFNS Savenaca, which replaces our ageing Pacific Class Patrol boats."
    found = {f.name: f.aliases for f in find_equipment(text, set())}
    assert found == {"KFNS Savenaca": ("Savenaca",), "Pacific class": ("Pacific-class", "Pacific Class")}
    # "the Office of the Prime Minister" ends with the title of its holder; navies' ratings are ranks.
    assert names(find_organizations("Photo: Office of the Prime Minister", set())) == {"Office of the Prime Minister"}
    found = find_people("It is named after the late Able Seaman Ana Berg, and Petty Officer Ivo Marek agreed.", None)
    assert {(f.name, dict(f.fields).get("role")) for f in found} == {("Ana Berg", "Able Seaman"),
                                                                     ("Ivo Marek", "Petty Officer")}


def test_hundred_and_fifty_second_classes():
    # (set 149, after its one measurement) A shipyard after its kind ("the state-run shipyard X"); a
    # guerrilla by its members; a plane before its category; a Spanish dateline's ".-"; a base named
    # "Naval Base of X", "Air Base of X de Y".
    text = "Built by the state-run shipyard Kestwerk, it acts against the Varno guerrilla, the army said."
    assert names(find_organizations(text, set())) == {"Kestwerk", "Varno"}
    assert names(find_equipment("The US donated a Kestrel military plane to Varnia.", set())) == {"Kestrel"}
    text = "QUITO.- Soldiers are in the Naval Base of Jaramijó and the Air Base of Eloy Alfaro de Manta."
    assert names(find_places(text, set())) >= {"Quito", "Naval Base of Jaramijó", "Air Base of Eloy Alfaro de Manta"}


def test_hundred_and_fifty_third_classes():
    # (set 152, after its one measurement) Malay forms of address before a name ("Dato Paduka Awang X");
    # "Cadets" no surname; "Allah" no place; "HRH" no body; a body's subsidiary names its owner; an area
    # defined by its acronym ("Exclusive Economic Zone (EEZ)") no body; a programme named for its year
    # ("Wawasan Kestria 2035") no company's arm.
    text = "He was welcomed by the Acting Minister of Defence, Dato Paduka Awang Haji Ivo Marek."
    assert [(f.name, dict(f.fields).get("role")) for f in find_people(text, None)] == [
        ("Haji Ivo Marek", "Acting Minister of Defence")]
    text = ("His Majesty congratulated the 3rd Intake Officer Cadets. Peace is a blessing of Allah, HRH said at the "
            "unveiling of Kestwerk subsidiary Varno Inc's system, which guards the Exclusive Economic Zone (EEZ) in line "
            "with Wawasan Malta 2035.")
    assert names(find_people(text, None)) == set()
    assert names(find_places("The nation stays devoted and faithful to Allah the Almighty.", set())) == set()
    assert names(find_organizations(text, set())) == {"Kestwerk", "Varno Inc"}
    # A ship by a prefix the vocabulary lacks, its name in capitals, right after a ship's noun; a site named
    # after a person's surname ("Kest Garrison") a place, and no person's name ends in a site's noun.
    assert names(find_equipment("The crew set sail on their vessel KDB VARNOHAN on Monday.", set())) == {"KDB VARNOHAN"}
    found = discover(article("a", "Sultan Haji Ana Kestrel spoke.", "From the stadium at Kestrel Garrison, His Majesty went on."))
    assert {(c.found.type, c.found.name) for c in found} == {("person", "Haji Ana Kestrel"), ("place", "Kestrel Garrison")}


def test_hundred_and_fifty_fourth_classes():
    # (set 153, after its one measurement) A page's label before its writer ("Author Kest Service") and its
    # buttons ("Ispis Print") name no one; a company's suffix before a model's number names no company
    # ("a Kestrian SA 341 helicopter"); a report translated from an outlet credits it.
    text = "Published date 10.09.2018 13:00 | Author Kest Press Service"
    assert names(find_organizations(text, set())) == {"Kest Press Service"}
    assert lone_bylines(["Varno helicopters", "Ispis Print",
                         "Two new helicopters arrived in Varno today, the most important equipment of the forces."]) == []
    text = "A Montenegrin SA 341 helicopter is flying, an outlet said (translated from Kestnik)."
    assert names(find_organizations(text, set())) == {"Kestnik"}
    # An exercise named after its noun in lower case ("the international exercise Kest Strike"); a model's
    # letters run into its number ("Kestrel 412EPI helicopters").
    assert names(find_events("It takes part in the international exercise Adriatic Kestrel.", lambda offset: "")) == {
        "Adriatic Kestrel"}
    assert names(find_equipment("It buys three Kestrel 412EPI twin-engine utility helicopters.", set())) == {"Kestrel 412EPI"}


def test_hundred_and_fifty_fifth_classes():
    # (set 154, after its one measurement) A system's name right after "the ... system" or "complex", before
    # "and" or a clause's end; not a country's name there.
    text = "There passed the anti-missile system Kestrel and the military complex Varnok, then the air defence system Poland."
    assert names(find_equipment(text, set())) == {"Kestrel", "Varnok"}


def test_hundred_and_fifty_sixth_classes():
    # (set 155) A name's particles and a hyphenated word's parts in its acronym ("Jund-Kest wal Varno (JKWV)");
    # a body's acronym after an office "of" it ("the Chief of Staff of the Kest Armed Defence Forces (KAF)"),
    # and a defined acronym after a possessive plural ("Forces’ (KSF)").
    text = "Fighters of Jund-Kest wal Varno (JKWV) fled. The Chief of Staff of the Kest Armed Defence Forces (KAF) came."
    assert names(find_organizations(text, set())) == {"Jund-Kest wal Varno", "Kest Armed Defence Forces"}
    assert names(find_organizations("Near the Kest and Security Forces’ (KSF) headquarters.", set())) == {
        "Kest and Security Forces"}
    # Two bodies one acronym (of their own language's words) names are one.
    made = {"a": article("a", "The Kest Armed Forces (FADK) lost a helicopter."),
            "b": article("b", "The Chief of Staff of the Kest Armed Defence Forces (FADK), Admiral Ana Berg, came.")}
    assert len([e for e in merged(made) if e.type == "organization"]) == 1
    # Units by an ordinal before "Unit", by a number after "Group" or "Task Force"; a body's "Staff officers" none.
    text = "The 224th Flight Unit landed. He met the Kest Battle Group 3 Commander, Task Force 150 and KDF Staff officers."
    assert names(find_organizations(text, set())) == {"224th Flight Unit", "Kest Battle Group 3", "Task Force 150", "KDF"}
    # Places: a list after "the districts of", a name with "da"; "the administrative post of X"; "in both X and
    # Y—"; a place before a dash; a province and the place named after it are one page.
    assert names(find_places("Troops went to the districts of Palmo, Varno da Praia and Ancuabe.", set())) == {
        "Palmo", "Varno da Praia", "Ancuabe"}
    assert names(find_places("The administrative post of Mbau was hit.", set())) == {"Mbau"}
    assert names(find_places("Clashes in both Afungo and Muedo— the camps—ended.", set())) == {"Afungo", "Muedo"}
    assert names(find_places("A helicopter left the base in Patacuo – five kilometres away.", set())) == {"Patacuo"}
    made = {"a": article("a", "He visited the camp in Nacala, in the province of Nampulo."),
            "b": article("b", "The rebels fled to Nampulo Province last week.")}
    assert len([e for e in merged(made) if "Nampulo" in e.name]) == 1
    # Equipment: a designation with a plural name ("Kest-341B Gazelles") is the singular's too; an inventory's
    # list goes on after its category to the sentence's end.
    made = {"a": article("a", "Paramount supplied six Kest-341B Gazelles. The Gazelle helicopters flew.")}
    assert len([e for e in merged(made) if e.type == "equipment"]) == 1
    text = "Its fleet includes UH-1 Huey, Bell Long Ranger, Mi-17 and Gazelle helicopters, Cessna Caravan, Diamond DA 42."
    assert {"Cessna Caravan", "Diamond DA 42"} <= names(find_equipment(text, set()))


def test_hundred_and_fifty_sixth_body_and_place_classes():
    # (set 156) A system's number after its name in a list after its category ("the Kestrel 3"), and after an
    # owner's possessive and an adjective ("Kestwerk's popular VARNO").
    text = "It fires missiles such as the Kestrel 3, AIM-9 and the AGM-65, and carries pods like Kestwerk’s popular VARNO."
    assert {"Kestrel 3", "VARNO"} <= names(find_equipment(text, set()))
    # A people's adjective that is also the first word of a "... Republic" names that republic's body.
    by_name = {e.name: e for e in merged({"a": article("a", "The Dominican Air Force flew.")})}
    assert "Air Force of the Dominican Republic" in by_name["Dominican Air Force"].aliases
    # An outlet credited "as reported in X"; "Read more: address." names its outlet; a gallery's labels no one.
    assert names(find_organizations("He said so, as reported in Kestia.", set())) == {"Kestia"}
    assert names(find_organizations("Read more: kest-news.com.", set())) == {"kest-news.com"}
    assert lone_bylines(["Close Gallery", "Zoom Picture",
                         "Two new aircraft arrived in Varno today, the most important equipment of the forces."]) == []


def test_hundred_and_fifty_seventh_classes():
    # (set 157, after its one measurement) Ships named beside their nouns: before "the second Kest Class
    # corvette", listed after "warships,", and with an Arabic name's article ("the final ship, Al Osby,");
    # a programme's word before a class ("three Project Kest corvettes") is no word of its name.
    text = ("The acceptance of Al Varno, the second Kest Class corvette, is due, while the final ship, Al Osby, "
            "is due later. Two other warships, Lunde and Marka, have been delivered.")
    assert {"Al Varno", "Al Osby", "Lunde", "Marka"} <= names(find_equipment(text, set()))
    assert names(find_equipment("It is one of three Project Kestrel corvettes being built.", set())) == {"Kestrel"}
    # A minister "Responsible for" a portfolio: no one named "Responsible"; "Sayyid" a form of address.
    assert names(find_people("Sayyid Ana bin Kest al-Varno, Minister Responsible for Defence Affairs, came. "
                             "Later the Minister Responsible for Kest Affairs spoke.", set())) == {"Ana bin Kest al-Varno"}
    # Places: Britain's "HM Naval Base X"; a base named after a person with "bin", whose words name a person too.
    assert names(find_places("It was handed over at HM Naval Base Kestmouth on Wednesday.", set())) == {
        "HM Naval Base Kestmouth"}
    assert names(find_places("It was held at the Ana bin Kest Naval Base, where he came.", {"Ana", "Kest"})) == {
        "Ana bin Kest Naval Base"}
    # A sovereign's possessive opens a body's name ("the Sultan's Armed Forces"); "NGO" names no body; an
    # author's box at the foot ("About Ana Berg 268 Articles") names its writer.
    assert names(find_organizations("It is the pride of the Sultan’s Armed Forces, an NGO said.", set())) == {
        "Sultan’s Armed Forces"}
    assert [f.name for _, f in lone_bylines(["The ship sailed to Varno on Monday with its crew of forty.",
                                             "About Ana Berg 268 Articles", "Senior Editor for Kest Times"])] == ["Ana Berg"]


def test_hundred_and_fifty_eighth_classes():
    # (set 158, after its one measurement) A site's sections ("Latest News", "Similar News") name no outlet;
    # a hyphenated place after "at" in a country ("at Al-Kest in Varnia").
    assert names(find_organizations("Kestria Latest News, Kestria Headlines. Similar News:You can read more.", set())) == set()
    assert "Al-Kest" in names(find_places("Troops at the base at Al-Kest in Syria came under fire.", set()))


def test_hundred_and_fifty_ninth_classes():
    # (set 159, after its one measurement) Ships named alone: "X is the name of the new patrol ship", between
    # dashes after "ship", in quotation marks after "named"; the prefixes "RFA", "CGS" and "PS".
    text = ("Kestrel is the name of the new patrol ship. It came after another patrol ship – Varno – from Osby. "
            "It received a Type 9 Patrol Ship, named ‘Lunde’, and a boat from the Royal Fleet Auxiliary ship, RFA Marka.")
    assert {"Kestrel", "Varno", "Lunde", "RFA Marka"} <= names(find_equipment(text, set()))
    assert "PS Kestrel" in names(find_equipment("The vessel, PS Kestrel, is a powerful platform.", set()))
    # A name after two initials ("Admiral R. K. Kest"); a photographer's credit in brackets with the agency.
    assert "R. K. Kestov" in names(find_people("Present was the chief of staff Admiral R. K. Kestov, and others.", None))
    assert "Ana Varnik" in names(find_people("The boats joined the fleet. (Ana Varnik, Kest News Agency)", None))
    # Bodies joined by "and" after a country's initials ("the UK Kest Affairs and Varno Office"); places with a
    # particle before their kind ("Bois de Kest Avenue") and islands named first ("Ile Kestrel").
    assert names(find_organizations("It was bought by the UK Kest Affairs and Varno Office.", set())) == {
        "UK Kest Affairs and Varno Office"}
    assert names(find_places("The base on Bois de Kest Avenue is at its home, Ile Varnel.", set())) == {
        "Bois de Kest Avenue", "Ile Varnel"}


def test_hundred_and_sixtieth_classes():
    # (set 160, after its one measurement) A ship after "Coast Guard ship" (or "Ship" and a body's acronym);
    # a kind of landing craft by its acronym ("Landing Craft Assault (LCA)") is no body; an outlet's desk line
    # ("Kestnews News Desk | Varno | Updated: ...") names the outlet.
    text = "It was commissioned as the Kest Coast Guard ship Varnee. The Coast Guard Ship KDF Osbee returned."
    assert {"Varnee", "KDF Osbee"} <= names(find_equipment(text, set()))
    assert names(find_organizations("He will supply a second Landing Craft Assault (LCA) to the force.", set())) == set()
    assert names(find_organizations("Kestnews News Desk | Varno | Updated: 30-04-2025 20:56 IST", set())) == {"Kestnews"}


def test_hundred_and_sixty_first_classes():
    # (set 161, after its one measurement) A force's acronym with a hyphen after its first letter, defined by
    # a name with a particle ("Kest Forcas Defesa de Varno Lorosa (K-FDVL)"), which is no one's party.
    text = "Members from the Kest Forcas Defesa de Varno Lorosa (K-FDVL) came."
    assert names(find_organizations(text, set())) == {"Kest Forcas Defesa de Varno Lorosa"}
    assert names(find_people(text, None)) == set()
    # Ships: after a navy's prefix ("NRTL", "CCGS"), and after a class's "Patrol Boat" in capitals; places after
    # "the coast of".
    text = "He was assigned to NRTL Kestrel. They visited the Kest Class Patrol Boat Varno Osby II in Cairns."
    assert {"NRTL Kestrel", "Varno Osby II"} <= names(find_equipment(text, set()))
    assert "Rabaulo" in names(find_places("It sank off the coast of Rabaulo in the south.", set()))
    # Ranks in Portuguese and Spanish ("2nd Tenente X"); a nickname in single marks after a titled name is a
    # spelling of it; "Related Equipment in X" is a page's link, no byline.
    assert {"Ana dos Berg", "Ivo Marek"} <= names(find_people("It included 2nd Tenente Ana dos Berg and Coronel Ivo Marek.", None))
    found = find_people("It included Brigadier General Ana Berg ‘Kestrel’, and others.", None)
    assert any(f.name == "Ana Berg" and "Kestrel" in f.aliases for f in found)
    assert lone_bylines(["Two boats for Kestria", "Related Equipment in Defence Insight",
                         "Two new patrol boats arrived in Varno today, the most important equipment of the forces."]) == []


def test_hundred_and_sixty_second_classes():
    # (set 162, after its one measurement) A byline of one word names an outlet ("By Kestnews"); a company's line
    # "X is a division of Y" is no writer's; sources with their countries and dates; "Select Language" no one.
    assert names(find_organizations("By Kestnews", set())) == {"Kestnews"}
    assert names(find_people("Kest Helicopter is a division of Varno Industries, a leading defense contractor.", None)) == set()
    text = "[KNA (Chile), 08/10/2013; Prensa Kesta (Chile), 08/10/2013]"
    assert names(find_organizations(text, set())) == {"KNA", "Prensa Kesta"}
    assert names(find_people(text, None)) == set()
    assert lone_bylines(["A new era", "Select Language",
                         "The new capacities of the air force will directly benefit the population in many ways."]) == []
    # An interview: the outlet labels its questions, the guest's answers open on rank, name and post.
    made = {"a": article("a", "Kestnews: What is the meaning of the symposium for the force?",
                         "Brigadier General Ana Berg, commander of the Kest Air Force: It is very important for us.",
                         "Kestnews: What comes next for the force?")}
    assert {("Kestnews", "organization"), ("Ana Berg", "person")} <= {(e.name, e.type) for e in merged(made)}
    # A company "of" its city and state ("Kest Helicopter Company of Fort Varno, Texas"); "Central America" a region.
    assert names(find_organizations("It was good news to Kest Helicopter Company of Fort Varno, Texas.", set())) == {
        "Kest Helicopter Company"}
    assert names(find_organizations("It is the most effective weapon in Central America.", set())) == set()


def test_hundred_and_sixty_third_classes():
    # (set 163, after its one measurement) Words of a run in capitals ("KEST DEFENCE FORCE", "SAFE BOATS") are
    # no acronyms where the article writes them as words elsewhere.
    made = {"a": article("a", "The new SAFE BOATS bolster the force. KEST DEFENCE FORCE",
                         "The Kest Defence Force bought four safe boats for its Harbour Unit.")}
    assert not {"SAFE", "BOATS", "FORCE"} & {e.name for e in merged(made)}
    # Places: one after a place and a comma before "for" or a dash ("in Stellendo, Hollandia for 8 months",
    # "in Funchalo, Madeiro–a Kestrian island"); a wharf; no place after a hyphenated preposition ("All-around X").
    text = ("It was repaired in Stellendo, Hollandia for 8 months and stopped in Funchalo, Madeiro–a Kestrian island. "
            "The ceremony was held at the John Kest Wharf. The Secure All-around Flotation Equipped boats came.")
    assert names(find_places(text, set())) == {"Stellendo", "Hollandia", "Funchalo", "Madeiro", "John Kest Wharf"}
    # A merchant vessel's prefix ("MV Kest Servant"); an outlet's staff ("Kest Tribune Staff Reporter", a
    # photo credited ".../Kest Tribune Staff").
    assert "MV Kest Servant" in names(find_equipment("The boats were loaded onto the MV Kest Servant.", set()))
    assert names(find_organizations("Kest Tribune Staff Reporter", set())) == {"Kest Tribune"}
    assert names(find_organizations("Three boats were commissioned. Photo: Ana Berg/Kest Tribune Staff", set())) == {
        "Kest Tribune"}


def test_hundred_and_sixty_fourth_classes():
    # (set 164, after its one measurement) A unit "of the" body it belongs to names two bodies; a line of credit
    # is no body; a heading's "... Force on Lease" ends before "on".
    text = ("The aircraft went to the Maritime Air Squadron of the Kest Coast Guard under a Line of Credit (LOC). "
            "The Border Service of the State Committee for National Security got drones.")
    assert names(find_organizations(text, set())) == {"Maritime Air Squadron", "Kest Coast Guard",
                                                       "State Committee for National Security"}
    found = names(find_organizations("Kest Navy Hands Over Dornier Aircraft to Varno Police Force on Lease", set()))
    assert "Varno Police Force" in found and not any("Lease" in name for name in found)


def test_hundred_and_sixty_fifth_classes():
    # (set 165, after its one measurement) A maker after its country's possessive ("manufactured by Kestria's
    # Kestwerk"); a consortium's members; remote weapon stations by their acronym are no bodies; a byline with a
    # place of two words.
    text = "The carriers, manufactured by Kestria’s Kestwerk and Varno Systems, came. (A consortium comprising Osbo Werke and Lundmetall)"
    assert {"Kestwerk", "Osbo Werke", "Lundmetall"} <= names(find_organizations(text, set()))
    assert "RWS" not in names(find_organizations("They are equipped with a Kest Samson Mk II RWS.", set()))
    assert names(find_people("19th September 2022 - 06:00 GMT | by Ana Berg in Kansas City", None)) == {"Ana Berg"}


def test_hundred_and_sixty_sixth_classes():
    # (set 166, after its one measurement) Letters of Icelandic and Danish that do not decompose fold to plain
    # ones ("Þór", "Ægisson"); a given name cut short inside a name ("Ivo Th. Marek"); clergy's titles; bodies
    # named "Association" or "Society".
    text = "Ana Ægisson, parish priest in Varno, blessed the patrol ship Þór, and Ivo Th. Marek, President of Kestria, came."
    found = {(e.name, e.type) for e in merged({"a": article("a", text)})}
    assert {("Ana Ægisson", "person"), ("Ivo Th. Marek", "person"), ("Þór", "equipment")} <= found
    assert names(find_organizations("The rescue ships of the Kestbjörg Accident Prevention Association came.", set())) == {
        "Kestbjörg Accident Prevention Association"}


def test_hundred_and_sixty_seventh_classes():
    # (set 167, after its one measurement) A country and a district named after it are two places; "Headline
    # News" is a site's section.
    made = {"a": article("a", "The choppers flew around the Belize District.", "It cost a lot in Belize.")}
    assert {"Belize", "Belize District"} <= {e.name for e in merged(made) if e.type == "place"}
    assert names(find_organizations("Share this post. Headline News", set())) == set()


def test_hundred_and_sixty_eighth_classes():
    # (set 168, after its one measurement) A quote's speaker after "Said" opening the sentence.
    assert names(find_people("Said Kestova: “I am leaving the force as a happy person.”", None)) == {"Kestova"}


def test_hundred_and_sixty_ninth_classes():
    # (set 169, after its one measurement) Two capitals between a given name and a surname ("Tomas NA Varga",
    # a byline's "Mirel KB Dovan"); a title that is also a surname after a given name ("Harriet King", "Ana
    # Major"); "PRO" an office, no body.
    assert names(find_people("The unit was handed to Lieutenant Colonel Tomas NA Varga.", None)) == {"Tomas NA Varga"}
    made = {"a": read_text("Boats for the navy\n\nBy: Mirel KB Dovan\n\nThe navy received two boats on Thursday.", "a.txt", "a")}
    assert ("Mirel KB Dovan", "person") in {(e.name, e.type) for e in merged(made)}
    assert names(find_people("British High Commissioner Harriet King presented the boats.", None)) == {"Harriet King"}
    assert names(find_people("Senator Ana Major said so.", None)) == {"Ana Major"}
    text = "Karl Sand, KDF PRO, said the items arrived."
    assert names(find_people(text, None)) == {"Karl Sand"} and "PRO" not in names(find_organizations(text, set()))
    # An office run into the unit it holds, and a unit's number before its arm or run into it.
    text = ("The Commanding Officer Rifles Battalion Colonel Anton Berg has been replaced while the Commanding "
            "Officer 1Infantry Battalion Colonel Piet Kurn and the Commanding Officer 2 Infantry Battalion left.")
    found = names(find_organizations(text, set()))
    assert {"Rifles Battalion", "1Infantry Battalion", "2 Infantry Battalion"} <= found
    assert not any("Commanding" in name or "Colonel" in name for name in found)
    # A nation's turning point after "to" is no place; a kind of boat defined by its acronym is no system; a
    # project's acronym is no body.
    assert names(find_places("Relations date back to Independence and have grown.", set())) == set()
    text = "Kestria gave two Rigid Hulled Inflatable Boats (RHIBs) and Unmanned Surface Vessels (USVs) to the navy."
    assert names(find_equipment(text, set())) | names(find_organizations(text, set())) == set()
    text = "The gift falls under the Support to West Kestria Integrated Maritime Security (SWKIMS) project."
    assert names(find_organizations(text, set())) == set()
    # Boats named in a list, each in single marks; a paper described as a "publication".
    assert names(find_equipment("The vessels, named ‘Shark’ and ‘Delphine’, represent a milestone.", set())) == {
        "Shark", "Delphine"}
    assert names(find_organizations("She is quoted by local publication The Sentinel as saying so.", set())) == {"Sentinel"}


def test_hundred_and_seventieth_classes():
    # (set 170, after its one measurement) An agency between slashes after the date ("Varno, May 31 /KESTPRES/ -"),
    # and in quotation marks before "agency"; a line of a numeric date and the city.
    assert "KESTPRES" in names(find_organizations("Varno, May 31 /KESTPRES/ - Kestria will deliver 14 more carriers.", set()))
    assert "KESTINFO" in names(find_organizations("It is said in a statement, according to “KESTINFO” agency.", set()))
    assert names(find_places("13.01.2023, Varnograd.", set())) == {"Varnograd"}
    assert all(f.pattern != "dateline" for f in find_places("27.06.2013 Europe", set()))  # (a site's section after its date)
    # A brigade named after a person, its noun first: a body, no person.
    text = "The carriers were received at the headquarters of the General Brigade Ivo Marek."
    assert names(find_people(text, None)) == set() and "Brigade Ivo Marek" in names(find_organizations(text, set()))
    # A surname one letter off the surname of a person the article names is that person; a ministry named with
    # its country after it is the ministry the article names without it.
    made = {"a": article("a", "Defence Minister Boris Kestorius visited Varno.", '"We will help," Kestorious said.',
                         "The Ministry of Defense of Portugal said so. The Ministry of Defense of the Republic agreed "
                         "with the Ministry of Defense.")}
    found = {(e.name, e.type) for e in merged(made)}
    assert ("Kestorious", "person") not in found and ("Boris Kestorius", "person") in found
    assert {name for name, kind in found if kind == "organization"} == {"Ministry of Defense"}
    made = {"a": article("a", "Minister Ivo Kestov spoke.", '"It is ready," Kestova said.')}  # (a woman of his family's name)
    assert ("Kestova", "person") in {(e.name, e.type) for e in merged(made)}


def test_hundred_and_seventy_first_classes():
    # (set 171, after its one measurement) An acronym an article defines as a system is one wherever others
    # write it bare; an acronym, then what it stands for in brackets.
    made = {"a": article("a", "Varno will field 80 Kest Liaison Vehicles (KLVs) by 2026."),
            "b": article("b", "Four so-called KLV vehicles marched."), "c": article("c", "The KLV arrived in Osby.")}
    assert ("Kest Liaison Vehicles", "equipment") in {(e.name, e.type) for e in merged(made)}
    assert not any(e.type == "organization" for e in merged(made))
    text = "The army showed its new vehicle, the KRV (Kest Reconnaissance Vehicle), in Varno."
    assert "Kest Reconnaissance Vehicle" in names(find_organizations(text, set()), "equipment")
    # A weekday after a name; a party's acronym before "MP".
    text = "This was stated by the Minister of Defense Ivo Marek Friday in response to a question by Lea Horvat, KDP MP."
    assert names(find_people(text, None)) == {"Ivo Marek", "Lea Horvat"} and "KDP" in names(find_organizations(text, set()))
    # A category whose words hold an "and" or a drive's "6x6"; a kind's acronym with a hyphen no system, the
    # name after it one.
    assert names(find_equipment("38 Osprey armoured reconnaissance and combat vehicles (KRCV) came.", set())) == {"Osprey"}
    assert names(find_equipment("Varno ordered four Osprey V 6x6 armoured vehicles in May.", set())) == {"Osprey V"}
    assert names(find_equipment("• five light multi-role armoured vehicles (VBMR-L) Falke.", set())) == {"Falke"}
    # Places: before "(the latter ...)", an air base's town after its noun, "the Hague" in lower case.
    text = ("They join the jets at the German Air Base Osbokirchen located north of Varno and the helicopters "
            "stationed in Kestel (the latter shared with the police). She flies to the Hague next week.")
    assert {"Osbokirchen", "Kestel", "The Hague"} <= names(find_places(text, set()))


def test_hundred_and_seventy_second_classes():
    # (set 172, after its one measurement) A base named as ships are where something is held there, as a unit's
    # headquarters, or in a move from one to another (in capitals or in two words); not "X Naval Base"'s noun.
    text = ("The ceremony was held at the Kest Coast Guard’s HMKS Osprey. The parts came to the headquarters of Kest "
            "Coast Guard, HMKS OSPREY, after the move from HMKS Varno Fort to HMKS Osprey. It sailed to HMKS Lunde Naval Base.")
    assert names(find_places(text, set())) >= {"HMKS Osprey", "HMKS Varno Fort", "HMKS Lunde"}
    assert "HMKS Lunde Naval" not in names(find_places(text, set()))
    # A fort or a church named after a saint is a place; a church service is no body.
    text = "They met at St Ann's Fort, then at the 40th anniversary Church Service at the St Kest Anglican Church."
    assert names(find_places(text, set())) == {"St Ann's Fort", "St Kest Anglican Church"}
    assert names(find_organizations(text, set())) == set()
    # A syndicator's line before a byline; an operation's name with a colon.
    made = {"a": read_text("Troops for Osby\n\n(KESTFN- Kest News Global) By Mira Dovan\n\nThe force prepares troops for "
                           "Operation: Restore Order , as in 1994.", "a.txt", "a")}
    found = {(e.name, e.type) for e in merged(made)}
    assert {("Mira Dovan", "person"), ("Operation Restore Order", "event")} <= found


def test_hundred_and_seventy_third_classes():
    # (set 173, after its one measurement) An agency and its photographer after "Source:"; an agency alone on its
    # dateline after the date; "Church leaders" and "Youth-led <country> protests" no bodies; squares named
    # after a day.
    text = "Protests began over water shortages. Source: KFP / Ivo Marek"
    assert names(find_people(text, None)) == {"Ivo Marek"}
    assert "KESTAGA" in names(find_organizations("Baku, October 17, KESTAGA", set()))  # (of seven capitals)
    text = "Church leaders came. Youth-led Madagascar protests began over water shortages."
    assert names(find_organizations(text, set())) == set()
    text = "They marched to the historic May 13 Square, to 13 May Square and across the May 13 square."
    assert names(find_places(text, set())) == {"May 13 Square", "13 May Square", "May 13 square"}


def test_hundred_and_seventy_fourth_classes():
    # (set 174, after its one measurement) One person named in full four ways across articles: another spelling of
    # a given name with an "h" after a consonant, a middle name left out, the family names first.
    made = {"a": article("a", "General Ana Kestaire Berg Lunde, chief of the Guard, took power."),
            "b": article("b", "General Ana Kesthaire Berg Lunde was sworn in."),
            "c": article("c", "General Ana Berg Lunde spoke."), "d": article("d", "General Berg Lunde Ana was named.")}
    people = [e for e in merged(made) if e.type == "person"]
    assert len(people) == 1 and people[0].name == "Ana Kestaire Berg Lunde"
    # A lone compass word is no place; a country and a word alone below a headline is a section's label, no
    # byline; a name's last word in capitals is no acronym; a source line "and news agencies"; "candidate" a
    # title, "Possible candidates" no body.
    assert names(find_places("It is the eighth coup in West and Central Africa since 2020.", set())) == {"Central Africa"}
    assert lone_bylines(["Osby's leader sworn in", "Peru Coup",
                         "This grab shows soldiers holding the general aloft in Varno on Wednesday, as crowds cheered."]) == []
    assert names(find_organizations("Uncredited - television, ASSOCIATED PRESS", set())) == set()
    assert "Kestjazeera" in names(find_organizations("Source: Kestjazeera and news agencies", set()))
    text = "Leading opposition candidate Ivo Marek came second. Possible candidates for the post are many."
    assert names(find_people(text, None)) == {"Ivo Marek"} and names(find_organizations(text, set())) == set()


def test_hundred_and_seventy_fifth_classes():
    # (set 175, after its one measurement) Programmes' plural words ("Foreign Kest Funds (FKF)") name no body.
    text = "It was paid through Foreign Kest Sales (FKS) and Foreign Kest Funds (FKF)."
    assert names(find_organizations(text, set())) == set()
    # (and, back on set 171) a fleet owned and named after its type is that type ("the army's Osbo fleet"), not
    # a fleet named after its sea or side ("the navy's Pacific fleet", "its Northern fleet").
    text = "They will replace the army’s Osbo fleet by 2026. The navy's Pacific fleet and its Northern fleet sailed."
    assert names(find_equipment(text, set())) == {"Osbo"}


def test_hundred_and_seventy_sixth_classes():
    # (set 176, after its one measurement) "By Staff Writer" names no outlet "By"; "ACEO" a title; a harbour
    # by its name; a place after "stationed at"; "the Pacific region" the region (not "Pacific regional").
    assert names(find_organizations("By Staff Writer", set())) == set()
    assert names(find_people("It was attended by Commissioner Ivo Marek and ACEO Lea Ana Horvat.", None)) == {
        "Ivo Marek", "Lea Ana Horvat"}
    text = ("The boat patrols the Kest Harbour. A plane is stationed at Varnolo. It serves the Pacific region and "
            "boosts Pacific regional security.")
    assert names(find_places(text, set())) == {"Kest Harbour", "Varnolo", "Pacific"}


def test_hundred_and_seventy_seventh_classes():
    # (set 177, after its one measurement) An agency's dateline with the agency first and the city's country in
    # brackets ("KNA – Varnoville (Kestria) ..."): the agency a body, the city a place, the country no agency;
    # a national park by its name.
    text = "KNA – Varnoville (Kestria) For several years, Kestria has been facing attacks in its north."
    assert names(find_organizations(text, set())) == {"KNA"}
    assert "Varnoville" in names(find_places(text, set())) and "Kna" not in names(find_places(text, set()))
    assert "Kestjari National Park" in names(find_places("Tourists were kidnapped from Kestjari National Park.", set()))


def test_hundred_and_seventy_eighth_classes():
    # (set 178, after its one measurement) A country with its hyphen spaced or its apostrophe left out; two
    # countries joined by a hyphen before the second's own noun; a country's initials as a noun before a verb
    # in the present ("the US seek").
    places = names(find_places("Boats went to Timor Leste and the Peoples Republic of China, marking the "
                               "Australia-Solomon Islands ties, as Kestria and the US seek influence.", set()))
    assert {"Timor-Leste", "China", "Australia", "Solomon Islands", "United States"} <= places
    assert "Australia-Solomon Islands" not in places
    # (nor does an island's name before the states it describes: "Kest Island nations")
    assert names(find_places("Boats went to 12 Pacific Island nations and to Kest Island.", set())) == {"Kest Island"}
    # A minister's portfolios listed name no body.
    assert names(find_organizations("It was attended by the Minister of Harbours, Coast Security and Correctional "
                                    "Services, Hon. Ivo Tamsen, MP, and guests.", set())) == set()
    # A line of a page's advertising is no writer; a name with a glottal stop's mark ("Maka’a") is a name.
    story = "Kestria has donated weapons and vehicles to the police, sparking criticism from many in the country."
    assert lone_bylines(["Kest gives rifles", "Sponsored Advertisement", story]) == []
    assert {f.name for _, f in lone_bylines(["Kest gives rifles", "Ana Maka’a and Ivo Marek", story])} == {
        "Ana Maka’a", "Ivo Marek"}
    # An office held in a city, with the city's country after a comma, before the holder's name.
    people = find_people("Kestrian High Commissioner in Varno, Lodmark, Ivo Tamsen will attend the ceremony.", None)
    assert {f.name: dict(f.fields).get("role") for f in people} == {"Ivo Tamsen": "Kestrian High Commissioner in Varno"}
    # Initials in brackets that spell the words before them end that body's name, though another follows.
    assert names(find_organizations("Elements including the Royal Kestrian Navy (RKN) Sea Training Group (STG) "
                                    "delivered training.", set())) == {"Royal Kestrian Navy", "Sea Training Group"}
    assert "Kest Defence Force Air Wing" in names(find_organizations("The Kest Defence Force (KDF) Air Wing flew.", set()))
    # A mission named with the country it serves is a body, not a place.
    found = find_organizations("The force was disarmed by the Regional Assistance Mission Solomon Islands (RAMSI).", set())
    assert {(f.name, f.type) for f in found} == {("Regional Assistance Mission Solomon Islands", "organization")}
    # A class defined by its initials with its ship's noun is the class ("the Kest Class Patrol Boat (KCPB)").
    found = find_organizations("The Osprey Class Patrol Boat (OCPB) will be armed.", set())
    assert [(f.name, f.type) for f in found] == [("Osprey class", "equipment")]
    assert {"Osprey Class Patrol Boat", "OCPB"} <= set(found[0].aliases)
    # A ship of a class "called" by its name is a ship of its own, no other name of the class; "Patrol boat" with
    # a capital names a ship; a programme's name after a ship's noun is none; a gun's model with its barrel's letters.
    found = find_equipment("The country received its first Osprey class patrol boat called Kestrel.", set())
    assert names(found) == {"Osprey class", "Kestrel"} and "Kestrel" not in next(f for f in found if f.name == "Osprey class").aliases
    assert names(find_equipment("Both replaced Patrol boat Osprey, which served for years.", set())) == {"Osprey"}
    assert names(find_equipment("The Pacific Patrol Boat Replacement Project broadens the region's capability.", set())) == set()
    assert names(find_equipment("The Pacific Patrol Boat Replacement program comprises 21 vessels.", set())) == set()
    assert names(find_equipment("They delivered M2-QCB machine guns last month.", set())) == {"M2-QCB"}
    # In one article: a full name with a possessive's "s" and no apostrophe is the name; a body's initials with one
    # letter typed twice are the body's.
    made = {"a": article("a", "Prime Minister Ana Berg spoke at the port.",
                         "Both want to be Prime Minister Ana Bergs 'partner of choice', said analyst Ivo Marek.",
                         "The Kest Coast Police Force (KCPF) got boats. He said the KCPPF would use them.")}
    found = {(e.name, e.type) for e in merged(made)}
    assert ("Ana Berg", "person") in found and ("Ana Bergs", "person") not in found
    assert ("Kest Coast Police Force", "organization") in found and ("KCPPF", "organization") not in found
    made = {"b": article("b", "Both want to be Prime Minister Ana Bergs 'partner of choice', said analyst Ivo Marek.",
                         "Mr Berg's office said nothing.")}
    assert ("Ana Berg", "person") in {(e.name, e.type) for e in merged(made)}


def test_hundred_and_seventy_ninth_classes():
    # (set 179, after its one measurement) An embassy or a command named with the place it serves after its noun;
    # a task force with its region after a dash; "(With Inputs from X)" in capitals.
    found = names(find_organizations("The delivery, facilitated by Kestrian Embassy Lisbon, Kestrian Naval Forces Europe, "
                                     "and Combined Joint Task Force-West Africa, reflects ties. (With Inputs from KNA)", set()))
    assert {"Kestrian Embassy Lisbon", "Kestrian Naval Forces Europe", "Combined Joint Task Force-West Africa", "KNA"} <= found
    assert not {"Combined Joint Task Force", "Kestrian Embassy"} & found
    assert "Combined Joint Task Force—West Africa" in names(find_organizations("It serves Combined Joint Task Force—West Africa.", set()))
    # A paper's noun before a year names a yearly exercise, no paper.
    text = "Kest Express 2023: Admiral Ana Berg arrives in Lisbon"
    assert names(find_events(text, lambda offset: text)) == {"Kest Express 2023"}
    made = {"a": article("a", text)}
    assert ("Kest Express", "organization") not in {(e.name, e.type) for e in merged(made)}
    # "Sheikh" between a given name and a surname is a word of the name.
    people = find_people("The Chief of Staff of the Armed Forces, General Ana Sheikh Berg, attended.", None)
    assert names(people) == {"Ana Sheikh Berg"}
    # Ships named in a list, one name of two words; an acronym after a number's word before its category; a
    # maker's model by number and name; a patrol vessel's model by its kind's initials and length, and its ship.
    assert names(find_equipment("The two vessels, named Kestrel and Varno Angar, arrived.", set())) == {"Kestrel", "Varno Angar"}
    assert names(find_equipment("Its fleet includes one KDX landing craft.", set())) == {"KDX"}
    found = find_equipment("It has two Kest Marine 28 Varno coastal patrol boats donated in 2013.", set())
    assert [(f.name, f.aliases) for f in found] == [("Kest Marine 28 Varno", ("Varno",))]
    assert names(find_equipment("The Kestrian Navy’s first OPV 58S ‘Osprey’ receives armaments.", set())) == {"OPV 58S", "Osprey"}
    assert names(find_equipment("OPV 71 is a 2,200 ton vessel.", set())) == set()
    # A maker named with its products before "International"; a country's ministry by its people's name and
    # initials, which is the ministry the article spells out; a paper named in Japanese.
    assert names(find_organizations("The boats are built by KEST Boats International (Kest Equipped) of Lisbon.", set())) == {
        "KEST Boats International"}
    made = {"c": article("c", "According to the Japanese MFA on March 28, the vessel was launched.")}
    assert {(e.name, e.type) for e in merged(made)} == {("Japanese MFA", "organization")}
    made = {"b": article("b", "It was streamed live by the Portuguese MOD.", "The Portuguese Ministry of Defence said so.",
                         "Varno Shimbun", "Sunday, June 09, 2013")}
    found = {e.name: e for e in merged(made)}
    assert "Portuguese MOD" in found["Portuguese Ministry of Defence"].aliases and "Portuguese MOD" not in found
    assert found["Varno Shimbun"].type == "organization"
    # A writer's picture's name and the byline run together, deep in a page's furniture; a page's button "SUPPORT US"
    # and a headline's "Tiny Portugal" are no company's national arms.
    lines = ["Home", "Naval", *["• Menu item"] * 8, "Kest gives boats", "Ana Berg by Ana Berg", "March 4, 2020",
             "The navy has received four patrol boats from its partner on 22 February, as part of a partnership."]
    assert {f.name for _, f in lone_bylines(lines)} == {"Ana Berg"}
    assert names(find_organizations("  • SUPPORT US", set())) == set()
    assert names(find_organizations("Tiny Portugal creates a coast guard to protect its waters", set())) == set()
    assert names(find_organizations("KNDS US said it would bid.", set())) == {"KNDS US"}


def test_hundred_and_eightieth_classes():
    # (set 180, after its one measurement) Bodies named in Spanish, Portuguese or French, their noun first, a
    # list inside one closed by "y"; initials after a dash in the brackets it stands in; a country's service
    # by the English name it has; no name cut at a garbled letter.
    made = {"d": article("d", "Photo: Ministerio de Gobernación, Policía y Seguridad Pública. The Servicio Nacional de "
                              "Guardacostas and the Força Aérea Portuguesa trained at the Ministère des Armées.")}
    assert {"Ministerio de Gobernación, Policía y Seguridad Pública", "Servicio Nacional de Guardacostas",
            "Força Aérea Portuguesa", "Ministère des Armées"} <= {e.name for e in merged(made) if e.type == "organization"}
    found = find_organizations("It went to the Kest Task Force (Fuerza de Tarea Kestrana – FTK) last year.", set())
    assert ("FTK",) == next(f.aliases for f in found if f.name == "Fuerza de Tarea Kestrana")
    made = {"a": article("a", "The Armada de Chile sent a commission.", "The Chilean Navy said it would buy ships.")}
    bodies = [e for e in merged(made) if e.type == "organization"]
    assert len(bodies) == 1 and {"Armada de Chile", "Chilean Navy"} <= {bodies[0].name, *bodies[0].aliases}
    assert not any(f.name.startswith("Institut Sup") for f in find_organizations("Teachers at the Institut SupĂ©rieur.", set()))
    # A seat of government named in Spanish speaks for its president: a body, no person, though it "said".
    made = {"b": article("b", "Casa Presidencial said that the boats are new.", "The boats came to Casa Presidencial on Friday.")}
    assert ("Casa Presidencial", "organization") in {(e.name, e.type) for e in merged(made)}
    assert ("Casa Presidencial", "person") not in {(e.name, e.type) for e in merged(made)}
    # Ships that served, named after a word for them though places have their names, or by their old names
    # after "formerly known as"; a ship's name of several words after "christened".
    made = {"c": article("c", "A ceremony transferred the former cutters Long Island and Roanoke Island to the navy.",
                         "Crews learn to sail the cutters formerly known as the Kestrel and the Varno, worth $18 million.",
                         "They raised the flag aboard the patrol boat newly christened the Libertador Ana Kest Berg, one of two.")}
    found = {(e.name, e.type) for e in merged(made)}
    assert {("Long Island", "equipment"), ("Roanoke Island", "equipment"), ("Kestrel", "equipment"), ("Varno", "equipment"),
            ("Libertador Ana Kest Berg", "equipment")} <= found
    assert ("Long Island", "place") not in found
    # A picture's credit without a colon, its photographer first and the outlet after a slash; a byline with its
    # outlet after a slash; a person named Day, after a title or before "said", no day; a place named in Spanish
    # or Portuguese after its port's or island's noun; a state after "off"; a programme's noun in capitals.
    text = "Officials raised the flag. Photo Ana Berg / Varno Sun"
    assert names(find_people(text, None)) == {"Ana Berg"} and names(find_organizations(text, set())) == {"Varno Sun"}
    assert names(find_organizations("By Ana Berg/Kestnews", set())) == {"Kestnews"}
    text = "“It will help,” said Kestrian Ambassador to Portugal Ana Day."
    assert names(find_events(text, lambda offset: text)) == set()
    assert names(find_events("The Kest Navy Day parade was held.", lambda offset: "The Kest Navy Day parade was held.")) == {"Kest Navy Day"}
    places = names(find_places("A centre will be built at Puerto Kestral. Boats patrol Isla del Varno and the waters off Alaska.", set()))
    assert {"Puerto Kestral", "Isla del Varno", "Alaska"} <= places
    assert names(find_organizations("It came through the Excess Defense Articles (EDA) Program.", set())) == set()


def test_hundred_and_eighty_first_classes():
    # (set 181, after its one measurement) A country by the English name ISO 3166 has given up is the country;
    # a city before its country after a sentence's first word; an island's name before "island"; a person who
    # reports speech without "that" ("X said the boats are new").
    made = {"a": article("a", "It delivered boats to the Cabo Verde (Cape Verde) government.", "Cape Verde is an island group.",
                         "In Praia, Cape Verde", "The squadron moved to São Vicente island in 2013.",
                         "Speaking on return from a trip to China, Ana Berg said the boats are for patrols.")}
    found = {(e.name, e.type) for e in merged(made)}
    assert {("Cabo Verde", "place"), ("Praia", "place"), ("São Vicente", "place"), ("Ana Berg", "person")} <= found
    assert ("Cape Verde", "place") not in found
    # A byline of two joined by "&", a particle in the second name; a maker's model by the maker's first letters
    # and a number; a craft "of German origin" in a translation's words.
    assert names(find_people("By Ana Berg & Ivo van Marek", None)) == {"Ana Berg", "Ivo van Marek"}
    assert names(find_equipment("If you say coast guard, you say Kestwerk Ke228.", set())) == {"Kestwerk Ke228"}
    assert names(find_equipment("It has the Osprey Patrol, of German origin, and the Kestrel Boat, of Chinese origin.",
                                set())) == {"Osprey", "Kestrel"}
    assert names(find_equipment("The Navy, of French origin, grew.", set())) == set()
    # An agency's name in lower case with its desks' country codes closing a story, or opening it before its
    # country and a full stop; a body's initials before its name in brackets (but not a dateline's city and its
    # outlet); a ship named in quotation marks after its noun and its kind's initials, a kind no body.
    assert names(find_organizations("The ships were ready. (kestnews/CN/CV)", set())) == {"kestnews"}
    assert names(find_organizations("Kest-Press – Cape verde. The ship will visit.", set())) == {"Kest-Press"}
    found = find_organizations("The crew visited the KOSM (Centre for Kest Operations).", set())
    assert ("Centre for Kest Operations", ("KOSM",)) in [(f.name, f.aliases) for f in found]
    assert not any("LISBON" in f.aliases for f in find_organizations("LISBON (Kest News) – The minister visited.", set()))
    text = "The Maritime Action Ship (MAS) 'Kestrel' has called at the port of Praia."
    assert names(find_equipment(text, set())) == {"Kestrel"} and "Maritime Action Ship" not in names(find_organizations(text, set()))
    # A city a title-like word stands before ("Official Praia statistics") is still the city elsewhere; units named
    # by kind alone are no bodies; a programme named after a sea is no place; a kind of helicopter by its initials
    # after a capitalised number is neither body nor system.
    made = {"b": article("b", "The ship called at the port of Praia.", "Official Praia statistics show 6,000 migrants.")}
    assert ("Praia", "place") in {(e.name, e.type) for e in merged(made)}
    assert names(find_organizations("The Naval Squadron controls the boats; the Air Squadron flies.", set())) == set()
    assert names(find_places("It is part of the Open Sea initiative.", set())) == set()
    text = "It awaits Two SAR helicopters of Chinese origin."
    assert names(find_organizations(text, set())) == set() and names(find_equipment(text, set())) == set()


def test_hundred_and_eighty_second_classes():
    # (set 182, after its one measurement) A monarch or prince by one name after the title, who is the one the
    # corpus names with a regnal number; a principal secretary's initials before "Prince" name no ship and join
    # no name to another's.
    made = {"a": article("a", "MBABANE: King Varnath has appealed to members of the public."),
            "b": article("b", "His Majesty King Varnath III has ordered soldiers to serve.")}
    people = [e for e in merged(made) if e.type == "person"]
    assert [e.name for e in people] == ["Varnath III"] and "Varnath" in people[0].aliases
    text = "The MPs told Minister of Harbours Ana Berg and PS Prince Osvalo that they needed boats."
    assert names(find_equipment(text, set())) == set()
    assert names(find_people(text, None)) == {"Ana Berg", "Osvalo"}
    # Members of parliament listed with their seats in brackets, or after their seat and "MP": the members are
    # people, the seats places.
    text = ("MPs such as Tomas Varno, Ivo Kestek (Varno East), Deputy Speaker Ana Berg (Osmundi), among others, "
            "spoke. Lundar MP Pavo Rissen agreed.")
    assert {"Ivo Kestek", "Ana Berg", "Pavo Rissen"} <= names(find_people(text, None))
    assert names(find_places(text, set())) == {"Varno East", "Osmundi", "Lundar"}
    assert names(find_places("Ana Berg (Kestria) said so.", set())) == set()
    # A country written with a small first letter ("eSwatini"); a "House of Assembly"; a site's logo's words on a
    # line of their own.
    assert [(f.name, f.aliases) for f in find_places("The eSwatini Government said so.", set())] == [("Eswatini", ("eSwatini",))]
    assert names(find_organizations("It was debated in the House of Assembly.", set())) == {"House of Assembly"}
    assert names(find_organizations("Kest Herald Logo", set())) == {"Kest Herald"}


def test_hundred_and_eighty_third_classes():
    # (set 183, after its one measurement) A company's "Co." ends its name (but "Co-operation" goes on in one);
    # a company named by what it does or is: a division after its noun, a maker of one word that "is the main
    # producer", one after its people's name that "had also established" something, a maker before its engines,
    # a body a picture is credited to; a board member's post names no board.
    found = names(find_organizations("It signed with two companies, Kestrel Infracore Co. and Varno Dynamics Co., for the engine.", set()))
    assert {"Kestrel Infracore Co", "Varno Dynamics Co"} <= found
    assert names(find_organizations("It came through a Kest International Co-operation Agency programme.", set())) == {
        "Kest International Co-operation Agency"}
    text = ("The engine is developed by its power systems division, Kestwerk Power. Osvarno is the main producer of the "
            "tank. The German Varnwerk had also established a joint venture. Kestrel engines power it. Photo credit: Navy Kest")
    assert {"Kestwerk Power", "Osvarno", "Varnwerk", "Kestrel", "Navy Kest"} <= names(find_organizations(text, set()))
    assert "Riviera" not in names(find_organizations("The French Riviera has won many visitors.", set()))
    text = "Kestwerk Executive Board Member and Top Manager Ana Berg said it was done."
    assert "Kestwerk Executive Board" not in names(find_organizations(text, set()))


def test_hundred_and_eighty_fourth_classes():
    # (set 184, after its one measurement) Seats of government that stand for those in them; a body's noun before
    # a country's possessive ends its name; a person named right after the body of their post ("fellow at think
    # tank Kest Institute Ana Berg said"); a people's body in another country named with it.
    assert names(find_organizations("The procedure works between Pentagon and the maker. He visited the White House and "
                                    "the Kremlin on Monday.", set())) == {"Pentagon", "White House", "Kremlin"}
    text = "A spokesperson confirmed in an email to the semi-official Kest News Agency Taiwan's acquisition of drones."
    assert "Kest News Agency" in names(find_organizations(text, set()))
    text = "Senior fellow at think tank Kest Institute Ana Berg said in an interview that it is likely."
    assert names(find_people(text, None)) == {"Ana Berg"}
    assert "Kest Institute" in names(find_organizations(text, {"Ana", "Berg"}))
    assert "Portuguese Office in Taiwan" in names(find_organizations("They signed it at the Portuguese Office in Taiwan.", set()))
    # A system's variant by one capital letter after its maker's name ("Kest Dynamics Osprey B UAV"), but no plan's
    # letter; a headline's "Worth" after a system is no word of its name.
    assert names(find_equipment("It is a version of the Kest Dynamics Osprey B UAV.", set())) == {"Osprey B"}
    assert names(find_equipment("It bought Plan B missiles.", set())) == set()
    assert names(find_equipment("Taiwan will Receive 4 KX-9B Kestrels Worth 217.6 Million USD", set())) == {"KX-9B Kestrels"}


def test_hundred_and_eighty_fifth_classes():
    # (set 185, after its one measurement) A body's noun, "and", then a company with its legal form are two
    # bodies (but a company's two trades joined are one); "Central and Eastern Europe" is one region; a site by its
    # web address or handle that reports is a body.
    assert names(find_organizations("It was signed between the Armaments Agency and Varno Stalowa SA for the delivery.",
                                    set())) == {"Armaments Agency", "Varno Stalowa SA"}
    assert "Kest Shipyard and Engineering Works Ltd" in names(find_organizations(
        "It was built by Kest Shipyard and Engineering Works Ltd for them.", set()))
    found = [c.found for c in discover(article("a", "It matters in Central and Eastern Europe.")) if c.found.type == "place"]
    assert names(found) == {"Central and Eastern Europe"}
    text = "The first one was destroyed, the kestnews.pl web portal reported. The guns are ready, kestradio24 reports."
    assert names(find_organizations(text, set())) == {"kestnews.pl", "kestradio24"}


def test_hundred_and_eighty_sixth_classes():
    # (set 186, after its one measurement) A buyer's letter in brackets between a model's designation and its name
    # ("KX-47F (I) Kestrel") leaves one model; a place in brackets after a place is a place; a place's airfield is
    # the place; a platform one "took to" is no place.
    found = find_equipment("It received its first KX-47F (I) Kestrel helicopter. The KX-47F(I) Kestrel would help.", set())
    assert ("KX-47F Kestrel", ("KX-47F",)) in {(f.name, f.aliases) for f in found} and "KX-47F" not in names(found)
    places = [c.found for c in discover(article("a", "A unit will be created in Varnoburg (Kestland).",
                                               "The helicopters would be based at Varnoburg airfield in the east.",
                                               "The air force took to Twitter and said so."))
              if c.found.type == "place"]
    assert names(places) == {"Varnoburg", "Kestland"}


def test_hundred_and_eighty_seventh_classes():
    # (set 187, after its one measurement) A vehicle's name before its designation and a variant's letters in
    # capitals ("Kestrel M2A2 ODS") names no maker.
    text = "The Croatian Army will get Kestrel M2A2 ODS infantry fighting vehicles."
    assert "Kestrel" not in names(find_organizations(text, set()))


def test_hundred_and_eighty_eighth_classes():
    # (set 188, after its one measurement) Words that only describe a kind, defined by initials ("Medium Altitude
    # Long Endurance (MALE)"), name no body; a "Line of X (LOX)" is a place; a mark alone before a category ("Mk II
    # systems") is no system; a quote's speaker before an appositive and "said".
    assert names(find_organizations("It is a Medium Altitude Long Endurance (MALE) remotely piloted system.", set())) == set()
    found = find_organizations("They stand along the Line of Actual Control (LAC).", set())
    assert [(f.name, f.type) for f in found] == [("Line of Actual Control", "place")]
    assert "Mk II" not in names(find_equipment("They replace existing Kest Searcher Mk I and Mk II systems.", set()))
    text = ('"We hope to sign more with Kestria," Ana Berg, the head of the ministry\'s Department of International Defense '
            'Cooperation, said, as quoted in the press release.')
    assert names(find_people(text, None)) == {"Ana Berg"}


def test_hundred_and_eighty_ninth_classes():
    # (set 189, after its one measurement) A place named with a Slavic particle inside ("Kestica nad Varnom").
    assert "Kestica nad Varnom" in names(find_places("Firms are based in Kestica nad Varnom and elsewhere.", set()))


def test_hundred_and_ninetieth_classes():
    # (set 190, after its one measurement) A word in capitals one article spells out as a body's initials is that
    # body where others read it as a system before a noun ("KEPOL systems").
    made = {"a": article("a", "Kestland will give gear, including Kest Police Organisation (KEPOL) systems."),
            "b": article("b", "Kestland will give KEPOL systems and motorbikes."),
            "c": article("c", "The gift includes KEPOL systems.")}
    assert {(e.name, e.type) for e in merged(made) if "KEPOL" in (e.name, *e.aliases)} == {("Kest Police Organisation", "organization")}
    # An amount in a currency's letters ("VT50M") is no model; a minister's portfolio ("Kestland's Police Minister")
    # no body; a memorandum's initials no body; a country in capitals after an agency's name ends the agency's.
    assert names(find_equipment("Kestland will donate over VT50M police equipment and T90M tanks.", set())) == {"T90M"}
    assert names(find_organizations("Now Fiji's Police Minister Ana Berg has declared it.", set())) == set()
    assert names(find_organizations("He said the proposed MOU would differ.", set())) == set()
    assert names(find_organizations("Kest News Agency AUSTRALIA", set())) == {"Kest News Agency"}
    # An outlet by its copyright line in lower case, by the newsletters it sends, and by a wire dateline run into
    # the headline before it (its city a place).
    assert names(find_organizations("Copyright kestpost", set())) == {"kestpost"}
    assert names(find_organizations("Sign up to The Varno Nightly's newsletters.", set())) == {"The Varno Nightly"}
    text = "Kestland to donate gear to Varno: minister Sydney, Sept 23 (KNA) Sep 23, 2025 Varno's minister said so."
    assert "KNA" in names(find_organizations(text, set())) and "Sydney" in names(find_places(text, set()))
    # A sentence's full stop before a capitalised word is no abbreviated title ("met the envoy. Sign up ...").
    assert names(find_people("The minister met the envoy. Sign up to our newsletters.", None)) == set()
    assert names(find_people("He spoke to Maj. Berg at the base.", None)) == {"Berg"}
    # A meeting called a "Dialogue" is an event, its edition's ordinal left out; a sea's islands before a noun
    # ("Pacific Island countries") are no place.
    text = "Ministers attended the Fourth Ministerial Dialogue on Police in Varno."
    assert names(find_events(text, lambda offset: text)) == {"Ministerial Dialogue"}
    text = "He spoke at the Kest Security Summit, also known as the Varno Dialogue, in Varno."
    assert [(f.name, f.aliases) for f in find_events(text, lambda offset: text)] == [("Kest Security Summit", ("Varno Dialogue",))]
    assert names(find_places("It is the Pacific Island nation of the Pacific Islands.", set())) == {"Pacific Islands"}
    # A surname of five letters, one dropped from a longer surname of the article's, is that person's.
    found = [c.found for c in discover(article("a", "Police Minister Ana Velamo met the envoy.", "Mr Velmo told media so."))]
    assert "Velmo" not in names(found)


def test_hundred_and_ninety_first_classes():
    # (set 191, after its one measurement) A picture's credit in capitals on a line of its own, "PHOTO X Y, AGENCY":
    # the photographer and the agency, no dateline's city.
    found = [c.found for c in discover(article("a", "The minister spoke.", "PHOTO ANA BERG, KEST PRESS AGENCY", "A convoy left."))]
    assert {(f.name, f.type) for f in found} == {("Ana Berg", "person"), ("Kest Press Agency", "organization")}
    # A photographer's credit with "via" ("Ana Berg/via KNA/File Photo"); a wire dateline of two cities and its agency.
    assert "Ana Berg" in names(find_people("Smoke rises over the port in this grab from a video. Ana Berg/via KNA/File Photo", None))
    text = "SYDNEY/PARIS (Kestnews) -Police reinforcements have started arriving in Varno, the official said on Friday."
    assert {"Sydney", "Paris"} <= names(find_places(text, set())) and "Kestnews" in names(find_organizations(text, set()))
    # A sea's name after a side before a noun ("its South Pacific archipelago") is no place.
    assert names(find_places("Riots hit its South Pacific archipelago.", set())) == set()
    assert names(find_places("Ships sail in the South Pacific, far away.", set())) == {"South Pacific"}
    # Places listed after their kind, one with a hyphenated particle ("Kest-du-Var"); "the air base of X (near Y)".
    assert names(find_places("The hottest points were the districts of Kamere, Varnoa and Kest-du-Var.", set())) == {
        "Kamere", "Varnoa", "Kest-du-Var"}
    assert {"Castres", "Marseille"} <= names(find_places("Troops left the military air base of Castres (near Marseille).", set()))


def test_hundred_and_ninety_second_classes():
    # (set 192, after its one measurement) A company named after what it is ("defence conglomerate X", "arms concern
    # X") is a body, and a body where other articles read it only after a place's preposition ("orders from X").
    assert names(find_organizations("Kestria agreed terms with German defense conglomerate Kestwerk for turrets.", set())) == {"Kestwerk"}
    assert names(find_organizations("German arms concern “Kestwerk” will make the turrets.", set())) == {"Kestwerk"}
    made = {"a": article("a", "Kestria will buy 40 turrets from Kestwerk."), "b": article("b", "Varno will buy turrets from Kestwerk."),
            "c": article("c", "Kestria reached terms with defense conglomerate Kestwerk.")}
    assert {(e.name, e.type) for e in merged(made) if e.name == "Kestwerk"} == {("Kestwerk", "organization")}
    # A maker's initials the article spells out, before its model ("the 6×6 KDLS Tandur EVO vehicles"), are the
    # maker's, not the model's; "General" before a company's noun is no rank ("General Dynamics ... (GDX)").
    text = ["Kestwerk will work for General Dynamics Kest Land Systems (GDKLS), the maker of the fleet.",
            "The turret will be mounted on the 6×6 GDKLS Tandur EVO vehicle platforms.", "The Tandur EVO vehicles are new."]
    found = [c.found for c in discover(article("a", *text))]
    assert ("Tandur EVO", "equipment") in {(f.name, f.type) for f in found}
    assert ("General Dynamics Kest Land Systems", ("GDKLS",)) in {(f.name, f.aliases) for f in found}
    # A body's possessive before a model ("the Kestwehr's Boxer vehicles") is no word of the model's name; a
    # country's service by its own name, set beside what it is ("the Kestwehr, Germany's armed forces,").
    assert names(find_equipment("The turrets will be mounted onto the Kestwehr's Boxer armored vehicles.", set())) == {"Boxer"}
    assert names(find_organizations("Additionally, the Kestwehr, Germany's armed forces, will be able to use it.", set())) == {"Kestwehr"}
    # A defence company by its name and trade's word ("Kestwerk Defense said"), not a kind of defence; a company's
    # board is the company's ("the Executive Board of Kestwerk AG"); a show by its initials before its kind.
    assert names(find_organizations("It was “aimed at networking,” Kestwerk Defense said in a statement.", set())) == {"Kestwerk Defense"}
    assert names(find_organizations("The Homeland Defense plan and Air Defense units.", set())) == set()
    assert names(find_organizations("Ana Berg, Chairman of the Executive Board of Kestwerk AG, spoke.", set())) == {"Kestwerk AG"}
    text = "The contract will be signed at the KDSE defense exhibition in Varno."
    assert names(find_events(text, lambda offset: text)) == {"KDSE"}
    text = "The day included tours of the KDF exhibition stalls."
    assert names(find_events(text, lambda offset: text)) == set()


def test_hundred_and_ninety_third_classes():
    # (set 193, after its one measurement) A company's name written with and without a space before its noun is
    # one ("KX Industries", "KXIndustries"); "Kestia's Leonardo"-style former names in brackets are companies.
    made = {"a": article("a", "Kestria will return the jets to KX Industries, the maker."),
            "b": article("b", "The deal with European conglomerate KXIndustries failed.")}
    assert len([e for e in merged(made) if e.type == "organization"]) == 1
    text = "It is owned by Kest Helicopters (formerly Varnocopter) and Ostra (formerly OstraWest). Ana Berg (formerly Ana Kest) spoke."
    assert names(find_organizations(text, set())) >= {"Varnocopter", "Ostra", "OstraWest"} and "Ana Kest" not in names(find_organizations(text, set()))
    # A company's noun on a name's end ("Kest Aerostructures"); helicopter makers listed after a comma; "Royal"
    # before a country and a navy in lower case no company's arm; an adverb opening a sentence no body.
    assert names(find_organizations("It is owned by Kestwerk and the Ostra Aerostructures group.", set())) >= {"Ostra Aerostructures"}
    assert "Ostra Helicopters" in names(find_organizations("Businesses Kest Helicopters, Ostra Helicopters, and Varno Systems made it.", set()))
    assert names(find_organizations("A helicopter from the Royal Netherlands navy frigate took off.", set())) == set()
    assert names(find_organizations("Subsequently, the defense procurement agency (Kestmateriell, KMA) informed them.", set())) == {"Kestmateriell"}
    # A paper named in its own language with its article, cited; a navy photographer by rate.
    assert names(find_organizations("Meanwhile, according to Germany's Die Kestzeit, Varno is seeking a replacement.", set())) == {"Die Kestzeit"}
    assert "Ana Berg" in names(find_people("It took off. (Kest Navy photo by Mass Communication Specialist 2nd Class Ana Berg)", None))
    # A variant's letters spelt out in brackets after a model ("KX90 NFH (NATO Frigate Helicopter)") are no system of
    # their own and hold no body; Norwegian "og" inside a place's name; an "Air Station".
    assert names(find_organizations("Kestria retired its KX90 NFH (NATO Frigate Helicopter) aircraft.", set())) == set()
    assert names(find_places("They flew from Kestfoss Air Station in Kestrom og Varnmark County.", set())) >= {
        "Kestfoss Air Station", "Kestrom og Varnmark County"}


def test_hundred_and_ninety_fourth_classes():
    # (set 194, after its one measurement) A person named to an office ("appointed X as the new commander"), not a
    # body so named; places whose names open with an article ("in La Varna"), squares named noun first ("Plaza X").
    found = find_people("The president appointed Ivo Jose Marek as the new commander of the army.", None)
    assert names(found) == {"Ivo Jose Marek"}
    assert names(find_people("Kestland named Varno Airways as its new carrier.", None)) == set()
    assert "La Paz" in names(find_places("Soldiers stormed the palace in La Paz on Wednesday.", set()))
    assert names(find_places("Troops entered the central Plaza Kestrillo and the Plaza de Varnas.", set())) >= {
        "Plaza Kestrillo", "Plaza de Varnas"}


def test_hundred_and_ninety_fifth_classes():
    # (set 195, after its one measurement) A heading's kind in capitals after a model ("... for K239 Kestrel Rocket
    # Launchers") is no word of its name; a kind with "Multiple" spelt out before its initials is a kind, no system.
    found = find_equipment("Kestwerk to Sign Additional Deal with Varnia for K239 Kestrel Rocket Launchers", set())
    assert ("K239 Kestrel", ("K239", "Kestrel")) in {(f.name, f.aliases) for f in found}
    text = "It will deliver 288 K239 Kestrel Multiple Rocket Launcher Systems (MRLS) to Varnia."
    assert names(find_organizations(text, set())) == set() and "Multiple Rocket Launcher Systems" not in names(find_equipment(text, set()))
    # A writer's name in capitals on a dashed line of its own ("- ANA JI-BERG") is a person, no agency; an agency
    # so written stays one.
    assert names(find_people("- ANA JI-BERG", None)) == {"Ana Ji-Berg"} and names(find_organizations("- ANA JI-BERG", set())) == set()
    assert names(find_organizations("- KEST NEWS", set())) == {"Kest News"}


def test_hundred_and_ninety_sixth_classes():
    # (set 196, after its one measurement) "Ministry of X" and "X Ministry" are one body; a front by the town it heads
    # for ("in the Kest direction"), a part of a town ("in western part of X"); an outlet after ", reports".
    made = {"a": article("a", "The Norwegian Defense Ministry said it struck the radar."),
            "b": article("b", "The Ministry of Defense of the Norwegian state said so, and the Defense Ministry spokesman agreed.")}
    assert len([e for e in merged(made) if e.type == "organization"]) == 1
    text = "Kestria lost up to 215 soldiers in the Varnetsk direction, while fighting in western part of Kestmut goes on."
    assert names(find_places(text, set())) == {"Varnetsk", "Kestmut"}
    assert names(find_organizations("Source: Ana Berg's words are quoted by KNN, reports European Kestda", set())) >= {"European Kestda"}
