"""Organisations, conservatively: a capitalised name ending in an organisation noun ("Black Sea
Fleet", "Ministry of National Defense"), the institution in a title ("Pentagon spokesman"), a
described company or agency ("the state news agency TASS", "Hyundai Rotem, the manufacturer of"),
the agency in a wire dateline, and acronyms defined in brackets."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from .equipment import (CATEGORY_NOUNS, CLASS_ACRONYMS, KIND_WORDS, SHIP_NOUNS, acronyms_before_category, is_designation, is_ship_prefix,
                        listed_owners, makers_of_named_models, models_after_owners)
from .people import BYLINE_OF_TWO, NOT_PERSON_WORDS, POST_NOMINALS, byline_with_outlet, looks_like_name, units_named_after_people
from .places import (ADDRESS, DATELINE_CITIES, FEATURES as PLACE_FEATURES, REGION_NAMES, administrative_divisions, former_countries,
                     is_capital, is_heading, is_place_name, us_states)
from ..extract.matcher import COUNTRY_INITIALS
from ..extract.roles import PORTFOLIOS_LISTED
from ..extract.text import any_of, fold
from ..extract.vocabulary import (COMPANY_NOUNS, COMPANY_SUFFIXES, MEDIA_NOUNS, NOT_NAMES, NUMBER_WORDS, OCCUPATIONS, PAPER_NOUNS,
                                  ORGANIZATION_NOUNS, RANK_WORDS, TITLE_MODIFIERS, is_title_word, title_noun)
from ..readers.text import DESK_WORDS, NAME_AND_DESK
from .common import (DASHED_NAME_LINE, PHOTO_THEN_AGENCY, RUN_IN_DATELINE, AGENCIES_THEN_PHOTOGRAPHER, CAPITALISED, CAPITAL_START, COPYRIGHT_PHOTO, COUNT, DOCUMENTS, Found, GATHERINGS, MEMBER_WITH_SEAT,
                     PARAGRAPHS_CACHED, PHOTOGRAPHER_AND_AGENCY, capitalised_runs, countries, countries_of_demonyms, country_words,
                     folded_countries, holds_any, is_demonym, is_plain_word, opens_sentence, possessive_cut,
                     strip_leading)

# ("on" names a committee's subject, "the Committee on Armaments"; not a day: "the Council on Monday")
# (initials joined by "&" are one word of it: "of Defense R&D")
_TAIL = re.compile(rf"^\s+(?:of|for|on(?!\s+(?:{'|'.join(sorted(NOT_NAMES))})\b))\s+(?:the\s+)?{CAPITALISED}"
                   rf"(?:\s+(?:{CAPITALISED}(?:&[A-Z]{{1,3}}\b)?|of|the|and(?=(?:\s+[A-Z][a-z]+){{1,3}}\b)|&))*")
# Words that name a kind of body any country has: "the Armed Forces", "Air Force", "Coast Guard",
# "Defense Ministry" alone are not one organisation, and a page of them would mix every country's.
_GENERIC = {"Air", "Force", "Forces", "Armed", "Coast", "Guard", "Navy", "Army", "Defense", "Defence", "Ministry",
            "Foreign", "Interior", "Land", "Ground", "Naval", "Marine", "Marines", "Corps", "National", "Special",
            "Command", "Joint", "Military", "Security", "Border", "Service", "Services", "Intelligence", "Police",
            "Government", "Office", "Department", "Operations", "Emergency", "Emergencies", "Affairs", "Brigade",
            "Division", "Regiment", "Cabinet", "Parliament", "Committee", "Council", "Agency", "Federal", "State",
            "General", "Staff", "Gendarmerie", "Embassy", "Industry", "Branch", "Section", "Unit", "Sister",
            "Church",  # ("Church leaders": any country's)
            "Squadron", "Squad"}  # ("the Air Squadron", "the Naval Squadron": a unit of any force)  # ("Defence Industry": a trade, in a minister's title)
# Words a company's name may take from its trade ("Kestrian Heavy Industries", "Varno Steel Works").
_TRADE_WORDS = {"Heavy", "Steel", "Ordnance", "Arms", "Space", "Engine", "Engines", "Precision", "Advanced", "Electronic",
                "United", "Mechanical", "Machinery", "Optical", "Chemical", "Nuclear"}
# Words that end an organisation's name: its nouns, "Joint Chiefs (of Staff)", company suffixes and nouns.
# and the nouns newspapers are named with ("the Times of Ruritania", "the Harbour Herald").
# Words that make a heading, not an outlet, of "News": "Breaking News", "Related News".
_BANK_SIDES = {"West", "East", "North", "South", "Left", "Right"}
_NOT_OUTLETS = {"Breaking", "Latest", "Top", "Related", "More", "Recent", "Fake", "Good", "Bad", "Other", "Military",
                "Local", "Political"}  # (a site's section labels: "Military News")
HEAD_NOUNS = ORGANIZATION_NOUNS | {"Chiefs", "Staff"} | set(COMPANY_SUFFIXES) | COMPANY_NOUNS | MEDIA_NOUNS
# Party adjectives stand before titles ("Democratic senators") but name no institution.
_PARTY_WORDS = {"Democratic", "Democrat", "Republican", "Conservative", "Liberal", "Labour", "Socialist",
                "Communist", "Green", "Independent"}
# "Houthi-controlled areas", "Hamas-run", "Wagner-linked", "al-Kest-affiliated": a group that holds, backs or runs things.
_HOLDS = r"-(?:controlled|backed|led|held|run|aligned|linked|allied|affiliated|supported|occupied|ruled)\b"
_GROUP_ADJECTIVE = re.compile(rf"(?P<name>{CAPITAL_START}[a-z]{{2,}}){_HOLDS}")
# (and with the Arabic article in lower case, in the few paragraphs that hold one: "the al-Kest-affiliated group")
_ARTICLE_GROUP_ADJECTIVE = re.compile(rf"(?P<name>(?<![\w-])[Aa]l-[A-Z][a-z]{{2,}}){_HOLDS}")
# "Boeing-made jets": the maker of a thing (a people's or a country's name makes no maker: "Israeli-made";
# nor the last word of a longer name, or a ticker after one: "Raytheon [RTN]-made").
_MAKER_ADJECTIVE = re.compile(rf"(?P<name>{CAPITAL_START}[A-Za-z]{{2,}})-(?:made|built|manufactured|produced|designed|developed)\b")
# A maker of two words before the model it makes: "Kestrel Martin KX-16 jets", "McKest Varno K/X-15E" (see
# equipment, which leaves the maker out of the system's name). (The pattern opens on its capital for speed.)
_MAKER_BEFORE_MODEL = re.compile(r"[A-Z](?<![\w-][A-Z])[a-z]+(?:[A-Z][a-z]+)? [A-Z][a-z]+ (?=[A-Z]{1,3}(?:/[A-Z])?-\d{1,4}[A-Z]?\b)")
# "the Chinese foreign ministry": a ministry written in lower case after a people's name.
_LOWER_CASE_MINISTRY = re.compile(r"\b(?P<demonym>[A-Z][a-z]+)\s+(?P<kind>foreign|defen[cs]e|interior|finance|"
                                  r"economy|justice|health|transport|energy|trade|emergencies)\s+ministry\b")
# "the U.S. embassy in Varno": an embassy written in lower case after its country.
_LOWER_CASE_EMBASSY = re.compile(r"\b(?P<owner>U\.S\.|US|UK|[A-Z][a-z]+)\s+embassy\s+in\s+(?P<city>[A-Z][a-z]+)\b")
# Nouns that describe an organisation named next to them: "the news agency TASS", "the Yonhap news
# agency", "Hyundai Rotem, the manufacturer of". A pattern runs only where one of its nouns occurs.
_BEFORE_NAME = ("news agency", "agency", "newspaper", "publication", "broadcaster", "daily", "tabloid", "weekly", "magazine",
                "outlet", "manufacturer", "maker", "weapons producer", "arms producer",
                "company", "firm", "contractor", "think tank", "group", "giant", "shipbuilder", "planemaker", "conglomerate",
                "arms concern", "defence concern", "defense concern", "industrial concern",
                "news provider", "news site", "news portal", "news website", "investigative site", "website",
                "made by", "built by", "manufactured by", "produced by", "developed by",  # "the jet made by X"
                "Made by", "Built by", "Manufactured by", "Produced by", "Developed by",
                "in collaboration with", "in partnership with", "in cooperation with", "in co-operation with",
                "subsidiary of", "a unit of",  # ("a subsidiary of Kestwerk")
                "arms exporter", "arms seller", "arms supplier", "shipyard")  # ("state arms exporter Kestexport")
_AFTER_NAME = ("news agency", "newspaper", "broadcaster", "daily", "news channel", "party", "portal", "website",
               "display team", "aerobatic team", "aerobatics team", "TV Channel", "TV channel", "television channel",
               "subsidiary")  # ("Kestwerk subsidiary Varno Inc": its owner)
# A paper that reports, named with its article: "..., The Varno Herald reported."
# (or a name of two words or three, which names no person: "Earlier, Kest Express reported that")
_PAPER_REPORTED = re.compile(rf"(?:^|[,;]\s+)(?P<paper>The\s+{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}|(?:[A-Z]{{2,6}}|{CAPITALISED})"
                             rf"(?:\s+{CAPITALISED}){{1,2}})\s+(?:reported|reports)\b")
# or of one word, which reported that something happened or on something: "On Monday, Kestpress reported
# that ..." (a person is named in full first, and their surname is a person's word)
# (or what it reported is cited: "Kestpress earlier reported, citing officials, that ...")
_WORD_REPORTED = re.compile(r"(?:^|[,;]\s+)(?P<name>[A-Z][a-z]{3,}|[A-Z][a-z]+[A-Z][a-z]+)\s+(?:(?:earlier|also|first|previously|recently)\s+)?"
                            r"reported(?:\s+(?:that|on)\b|,\s+citing\b)"
                            r"|(?:^|[.!?]\s+)(?P<site>[A-Z][a-z]+\.[a-z]{2,3})\s+(?:reports|reported)\b")  # ("Kest.az reports citing ...")
_POSTED = ("said on", "posted on", "wrote on", "announced on", "tweeted on", "shared on", "post on", "told The",
           "in a ", "in an ", "social media")
_ACCOUNTS = (" account", " page", " channel")
# A source a report is credited to, one word that names no person: "according to Kestpress", '"...,"
# reported Kestpress', "as quoted by Kestpress", "was reported by Kestpress", "..., reports Kestpress.".
# (a name written as one word with capitals inside, a site's or a group's, may take a second word:
# "according to KestDefense Ruritania")
_SOURCE_WORDS = (r"[A-Z][a-z]+(?:[A-Z][a-z]+)+(?:\s+[A-Z][a-z]+)?|[A-Z][a-z]{2,}|[A-Z]{2,6}(?:\s+[A-Z][a-z]{2,})?"  # ("KTV News")
                 r"|[A-Z]{2,5}[A-Z][a-z]{3,}|[a-z][a-z\d-]{2,}\.[a-z]{2,3}")  # ("KTVKestria", a site's address "kestpress.id")
_SOURCE_NAME = rf"(?P<name>{_SOURCE_WORDS})(?=[,.;:]|\s+[a-z])"
_SOURCE = re.compile(r"(?=[AaRrQqCcwb\"”,])(?:\b[Aa]ccording to|[”\"],?\s+reported|\b(?:[Aa]s|was|were|been) (?:quoted|reported) (?:by|from)|,\s+reports|\bciting)\s+"
                     + _SOURCE_NAME)  # ("..., citing Kestpress")
# And the outlet a person or body spoke to: "speaking to Kestpress", "in a statement to Kestpress", "told
# KTV" ("told" and a word in title case may name a person: "told Marek that"; so an acronym only).
_SPOKEN_TO = re.compile(r"(?:told(?=\s+[A-Z][A-Z\d]{1,5}\b)|peaking to|statement to)\s+"  # (a channel's number: "told K1 that")
                        rf"(?P<name>[A-Z]{{1,4}}\d{{1,2}}(?=\s+that\b|[,.;])|{_SOURCE_WORDS})(?=[,.;:]|\s+[a-z])")
# A body's name set beside what it is, in lower case: "the country's armed forces, the Kestwehr, said".
_KINDS_BEFORE_THE = ("forces, the", "army, the", "navy, the", "force, the", "military, the", "parliament, the",
                     "legislature, the", "service, the", "agency, the", "ministry, the")
_NAMED_AFTER_KIND = re.compile(rf"\b(?:armed forces|army|navy|air force|military|parliament|legislature|intelligence "
                               rf"(?:service|agency)|agency|ministry),\s+the\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}),")
_AFTER_COMMA = ("manufacturer", "maker", "producer", "company", "firm", "contractor", "developer", "operator",
                "agency", "think tank", "conglomerate", "joint venture")
# A body after what it is: "the manufacturer X", "news agency X" (a channel's number may end the
# name: "the local outlet Antena 3", "broadcaster Kest 24"; a name in a Romance language joins its
# words with "de la": "the company Servicios Navales de la Armada").
_OF_A_BODY = re.compile(r"\b[A-Z][a-z]+\s+(?:of|for)\s+$")  # a name's "of": "Department of " (see _named_by_head)
_NOUN_THEN_NAME = re.compile(r"\s+[a-z]{3,}\s+[A-Z]")
_KIND_ADJECTIVES = ("business", "financial", "state", "national", "local", "regional", "official", "independent", "online",
                    "evening", "morning", "aerobatic", "aerobatics")
_DESCRIBED_BEFORE = re.compile(rf"\b(?:{'|'.join(_BEFORE_NAME)})\s+[“\"]?(?P<name>{CAPITALISED}"
                               rf"(?:\s+(?:(?:de|del|da|do|dos|das|di|du|des)\s+(?:(?:la|las|los|le|les)\s+)?)?{CAPITALISED}){{0,3}}"
                               rf"(?:\s\d{{1,2}}(?![\d,.]?\w)|\.[a-z]{{2,3}}\b)?)")  # (or its site's address: "portal Kest.az")
_DESCRIPTIONS = (
    (_DESCRIBED_BEFORE, _BEFORE_NAME),
    # (a name in another language may follow in brackets: "the X (Y) party")
    # (a word for what kind may stand between: "the Kest business daily", "the Varno state broadcaster")
    # (its name may hold an "of": "the Wings of Kest aerobatic team")
    (re.compile(rf"(?P<name>{CAPITALISED}(?:\s+(?:of\s+)?{CAPITALISED}){{0,2}})(?:\s+\([^()]{{1,40}}\))?\s+(?:(?:{'|'.join(_KIND_ADJECTIVES)})\s+)?"
                rf"(?:{'|'.join(_AFTER_NAME)})\b"),
     _AFTER_NAME),
    # (an agency's name in quotation marks: 'according to “KESTINFO” agency')
    (re.compile(r"[“\"](?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})[”\"]\s+(?:news\s+)?agency\b"), ("agency",)),
    # where a statement was posted, and the paper a person told: "said on Telegram", "told The Daily Beast"
    (re.compile(rf"\b(?:[Ii]n\s+a\s+post\s+on|social\s+media\s+(?:platform\s+)?)\s*(?P<site>X|[A-Z][A-Za-z]+)\b(?![\w-])"
                # "In a post on X, ...", "on social media platform X"
                rf"|\b(?:said|posted|wrote|announced|tweeted|shared)\s+in\s+an?\s+(?P<platform>[A-Z][A-Za-z]+)\s+"
                rf"(?:post|message|video|statement)\b"  # "wrote in a Telegram post"
                rf"|\b(?:said|posted|wrote|announced|tweeted|shared)\s+(?:on|in\s+a\s+post\s+on)\s+"
                rf"(?P<name>[A-Z][A-Za-z]+|X)\b(?![\w-]|\.?\s+[A-Z\d])|\btold\s+(?P<paper>The\s+[A-Z]\w+(?:\s+[A-Z]\w+){{0,2}})"),
     _POSTED),
    # "in a post on his Kestbook account", "on its official Kestgram page"
    (re.compile(r"\bon\s+(?:his|her|their|its)\s+(?:official\s+)?(?P<account>[A-Z][A-Za-z]+)\s+(?:account|page|channel)\b"),
     _ACCOUNTS),
    (re.compile(rf"(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}}) ?,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?"
                rf"(?:{'|'.join(_AFTER_COMMA)})\b"), _AFTER_COMMA),  # ("X, the country's largest defence conglomerate"; a space before the comma, as some copy has it)
)
# An outlet set beside what it is: "according to Kest Arabic, a defence news portal for the region,".
# (what follows the noun keeps "Ana Berg, a newspaper columnist" a person's description)
_OUTLET_NOUNS = ("portal", "website", "outlet", "newspaper", "broadcaster", "magazine")
_OUTLET_DESCRIBED = re.compile(rf"(?P<paper>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?"
                               rf"(?:{'|'.join(_OUTLET_NOUNS)})(?=\s*[,.;]|\s+(?:for|in|on|of|based|that|which|owned|"
                               rf"run|covering|from)\b)")
# A company after its kind and a comma, ending the sentence: "from the Kestrian company, Varno Shark."
_COMPANY_WORDS_BEFORE = ("company", "firm", "manufacturer", "shipbuilder", "contractor", "shipyard")
_COMPANY_AFTER_COMMA = re.compile(rf"\b(?:{'|'.join(_COMPANY_WORDS_BEFORE)}),\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})(?=\s*[.;]|$)")
# A country's service by its own name, set beside what it is: "the Kestwehr, Kestria's armed forces, ...".
_SERVICE_NOUNS = ("armed forces", "army", "navy", "air force", "military")
_SERVICE_DESCRIBED = re.compile(rf"(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}),\s+(?:[A-Z][a-z]+['’]s|the\s+[A-Z][a-z]+)\s+"
                                rf"(?:{'|'.join(_SERVICE_NOUNS)})(?=\s*[,.;)])")
_DESCRIPTIONS += ((_OUTLET_DESCRIBED, _OUTLET_NOUNS), (_COMPANY_AFTER_COMMA, _COMPANY_WORDS_BEFORE),
                  (_SERVICE_DESCRIBED, _SERVICE_NOUNS))
_OWNER_FIRST = re.compile(r"^(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s")
_AND_MAKER = re.compile(rf"\s+and\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})(?=[,.;]|\s+[a-z]|$)")
_DESCRIBING = tuple(dict.fromkeys(_BEFORE_NAME + _AFTER_NAME + _AFTER_COMMA + _POSTED + _ACCOUNTS + _OUTLET_NOUNS
                                  + _COMPANY_WORDS_BEFORE + _SERVICE_NOUNS))  # most paragraphs hold none
_DATELINE_CITY = re.compile(r"^[A-Z]{3,}(?:[ -][A-Z]{2,})*(?:,|:|\s+\(|\s+[-–—]|$)")  # "MANILA (Reuters) -", "KAMRA:", "KEST"
# "VARNO (Agency) :", "VARNO, Nov. 18 (Agency)The ..." (the page lost the dash)
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATELINE = re.compile(r"^[A-Z][A-Z .'/-]{2,40},?\s+[^()]{0,30}\((?P<agency>[A-Z][\w ]{1,30}|[A-Z]{2,10}-[A-Z]{2,10}"  # ("(KNN-KESTPRESS)")
                       r"|[a-z]{2,4}-[A-Z]{2,6})"  # (an agency that writes its name in lower case: "(kna-AFX)")
                       # "VARNO (Kest News / Agency - 01st May, 2023)": a site's copy of an agency's, dated
                       r"(?:/\s*(?P<copied>[A-Z]\w{1,20}(?: [A-Z]\w{1,20}){0,2})(?:\s*[-–—]\s*\d{1,2}\w{0,2} [A-Z][a-z]+,? \d{4})?)?"
                       r"\)\s*(?:[-–—:]|(?=[A-Z][a-z]))"
                       # "Varno [Ruritania], April 28 (AGENCY):", "Varno, Aug. 5 (Agency Press)--": in title case
                       # (or without the comma, two agencies between slashes: "Varno [Ruritania] May 1 (AGENCY/Kestnik):")
                       r"|^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:\s+\[[A-Z][a-z]+\])?,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+"
                       r"\((?P<agency_titled>[A-Z]{2,10}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?:/(?P<second>[A-Z][A-Za-z]{1,15}))?\)"
                       # "Feb 28 (NHK) -", "(MENAFN) Japan is ...": a date, or nothing, before the agency
                       # ("(KEST NEWS) –": in capitals; "(Varno Guardian) As ...": a paper copied, two words)
                       r"|^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?\((?P<agency_only>[A-Z][A-Za-z]{1,15}|[A-Z]{2,}(?: [A-Z]{2,}){1,3}"
                       r"|(?!(?:File|Photo|Image|Video|Picture|Updated?|Editor)\b)[A-Z][a-z]{2,15} (?!(?:Photos?|Images?|Video|Pictures?|Files?)\))[A-Z][a-z]{2,15})"
                       r"(?:/(?P<partner>[A-Z][A-Za-z]{1,15}))?"  # "(AGENCY/Kestpress) ...": an agency's copy of another's
                       # "(AGENCY- The Varno Times) ...": a distributor, then the paper it carries
                       r"(?:\s*[-–—]\s*(?P<carried>(?:The\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}))?\)\s*[-–—]?\s"
                       # "TOKYO, February 27 – RIA Novosti.": the agency after the dateline's dash
                       # "Varno (Kest Insider Magazine) –": a place in title case, then the outlet
                       # (or its acronym: "Varno (KNA) - ...")
                       r"|^[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+\((?P<agency_placed>[A-Z][\w]*(?: [A-Z][\w]*){1,4}|[A-Z]{2,6})\)\s*[-–—]\s"
                       r"|^[A-Z]{3,}(?:[ -][A-Z]{2,})*,\s+[A-Z][a-z]+\s+\d{1,2}\s+[-–—]\s+"
                       r"(?P<agency_after>[A-Z][\w]+(?:\s+[A-Z][\w]+){0,2})\.\s"
                       # "Varno, Kestria (AGENCY) April 5, 2025": a place and its country, then the agency and the date
                       r"|^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+\((?P<agency_country>[A-Z]{2,6}"
                       r"|[A-Z][A-Za-z]{2,20}\.[a-z]{2,4})\)"  # (or its site's address: "(KestDaily.com) --")
                       r"(?=\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|[-–—]))"
                       # "VARNO. KESTINFORM The ministry said ...": the city, a full stop, the agency in capitals
                       r"|^[A-Z]{3,}(?:[ -][A-Z]{2,})*\.\s+(?P<agency_dotted>[A-Z]{4,})\s+(?=[A-Z][a-z])"
                       # "Varno /KESTAME/ The president ...": the agency between slashes (after the date, or not:
                       # "Varno, May 31 /KESTPRES/ - ...")
                       r"|^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s+/(?P<agency_slashed>[A-Z]{3,12})/\s"
                       # "Varno, October 17, KESTAG": the city, the date, then the agency alone on its line
                       r"|^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?P<agency_last>[A-Z]{3,12})$"
                       # "Varno, 27 January 2026 (KNA) -": the day before the month
                       rf"|^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+\d{{1,2}}\s+(?:{_MONTH_NAMES})\s+\d{{4}}\s+\((?P<agency_dayfirst>[A-Z]{{2,10}})\)\s*[-–—]")
_AGENCY_FIRST = re.compile(r"^(?P<agency>[A-Z]{2,6})\s+[-–—]\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?\s+\([A-Z][a-z]+(?: [A-Z][a-z]+)?\)\s")
# "Credit: AP" under a picture; "NPO Mashinostroyeniya", "JSC Tactical Missiles": a legal form first.
# The line under an embedded social-media post: "— Name (@handle) January 6, 2023". Its author is a
# body when its name says so (an acronym, a body's or a newspaper's noun, "News").
_POST_AUTHOR = re.compile(r"^[—–-]\s*(?P<agency>[A-Z][\w.&' -]{1,60}?)\s+\(@\w{1,30}\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}$")
_CREDIT_WORDS = ("Credit:", "Photo:", "Image:", "Photograph:")
# The endings of outlets' web addresses ("kestnews.com", "varno.vn").
_DOMAINS = ("com", "net", "org", "info", "news", "tv", "pl", "de", "fr", "ru", "ua", "uk", "in", "ph", "au", "jp", "kr",
            "tw", "it", "es", "cz", "ro", "hu", "gr", "tr", "vn", "my", "pk", "sg", "ng", "za", "br", "ca", "nl", "il",
            "az", "kz", "uz", "ge")
_DOMAIN = rf"[a-z][\w-]*\.(?:{'|'.join(_DOMAINS)})"
# "(Photo: IDF)", "AGENCY-AGENCY", "(Photo: Kestpress)" (one word, in brackets: no photographer's name)
_CREDIT = re.compile(r"\b(?:Credit|Photo|Image|Photograph):\s*(?P<agency>[A-Z]{2,5}(?:-[A-Z]{2,5})?\b(?! [A-Z][a-z]+ [A-Z][a-z]+)"  # (not a rank: "LSIS Ana Berg")
                     r"|[A-Z][a-z]{2,}(?=\)|\.?$)"
                     rf"|{_DOMAIN}(?=\)))")  # "(Photo: kestnews.com)"
# A credits line's writers' outlets: "Text: kestnews.com/KNA | Photo: Ana Berg | 12:40 July 25, 2024".
_TEXT_CREDIT = re.compile(rf"\bText\s*:\s*(?P<agency>(?i:{_DOMAIN})|[A-Z][\w.-]+)(?:\s*/\s*(?P<via>[A-Z]{{2,8}}))?\s*\|")
# The outlet of a copyright notice, glued to the text or not: "...last year.Copyright(c) 2024 Kestnews.com."
# (or its one word in lower case ending a line of its own: "Copyright kestpost")
_COPYRIGHT_OUTLET = re.compile(rf"Copyright\s*(?:\(c\)|©)?\s*(?:\d{{4}}\s+)?(?P<agency>(?i:{_DOMAIN})|[A-Z][\w-]*(?:\s[A-Z][\w-]*){{0,2}}"
                               rf"|(?<=^Copyright )[a-z]{{4,}}(?=\s*$))")
# A picture's agency, then its photographer: "Photo: Kest Photos / Ana Berg", "(Photo source: Kest Photos/Ana Berg)"
# ("Foto", as several languages spell it).
# (the agency named as one: its last word a picture library's or a paper's, so "Ana Berg/Kest News" is not)
_CREDIT_THEN_PHOTOGRAPHER = re.compile(r"\b(?:Credit|Photo|Foto|Image|Photograph|Picture)(?: source)?:\s*"
                                       r"(?P<agency>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}\s(?:Photos|Images|Pictures|Press|Media|"
                                       + "|".join(sorted(MEDIA_NOUNS)) + r"))\s?/\s?[A-Z]\w+(?:\s[A-Z][\w-]+){1,2}\)?$")
# A picture a body gave, through an agency: "Photo: Kest Labs PBC via KP".
_CREDIT_VIA = re.compile(r"\b(?:Credit|Photo|Image|Photograph|Picture):\s*(?P<agency>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})"
                         r"\s+via\s+(?P<via>[A-Z]{2,6}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
# A credit line without its colon, "Credit KESTRA"; an agency's photographer's, "KP Photo/Ana Berg".
_CREDIT_WORD_LINE = re.compile(r"^Credit\s+(?P<agency>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})$")
_AGENCY_PHOTO = re.compile(r"^(?P<agency>[A-Z]{2,6}) Photo ?/ ?[A-Z]")
# Words a credit uses for no one: "Photo: Handout".
_NO_ONE_CREDITED = {"Handout", "File", "Supplied", "Archive", "Screenshot", "Screengrab", "Representational"}
# "(courtesy of KDA)", "(courtesy of the Kest Agency)" under a picture.
_COURTESY = re.compile(r"\b[Cc]ourtesy of\s+(?:the\s+)?(?P<agency>[A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})(?=\))")
# A picture's credit after its caption, in one word: "(Kestpress pic)", "(Kestnews file photo)".
_PIC = re.compile(r"\((?P<agency>[A-Z][\w.-]+) (?:file )?(?:pic|photo|picture)\)")
# a caption ending in the agency's acronym and "Photo": "... the opening ceremony. KNA Photo"
_PIC_AFTER = re.compile(r"(?<=[.)] )(?P<agency>[A-Z]{2,6}) (?:Photo|Pic)$")
# A caption's credit after two slashes: "Launchers on the move // Kestimages".
# A paper's name on the line of its date, as a copy prints it: "The Varno Post November 12, 2024".
_PAPER_DATE_LINE = re.compile(rf"^(?P<agency>The(?: [A-Z][a-z]+){{0,2}} (?:{'|'.join(sorted(MEDIA_NOUNS))}))"
                              r" (?:January|February|March|April|May|June|July|August|September|October|November|December)"
                              r" \d{1,2}, \d{4}$")
# A picture credited to a post: "@kestnews/Twitter" (the platform it was posted on is a body, as sets annotate it).
_POST_CREDIT = re.compile(r"^@\w{1,30}\s?/\s?(?P<agency>Twitter|X|Facebook|Instagram|YouTube|Telegram|TikTok)$")
_SLASHED_CREDIT = re.compile(r"\s//\s*(?P<agency>[A-Z][\w.-]{1,30})$")
# a line "ANNA BERG/AGENCY", or a caption ending "Anna Berg/agency" (some agencies write their names in lower case)
_CREDIT_LINE = re.compile(r"(?:[A-Z][A-Z .'-]{2,40}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})/(?:pool/)?(?P<agency>[A-Z]{3,12}|[a-z]{2,5})\)?$")  # (".../pool/AGENCY")
# "(AGENCY/Anna Berg)", "AGENCY/Anna Berg" under a picture: the agency before its photographer.
_CREDIT_BEFORE = re.compile(r"(?:^|(?<=[(\s]))(?P<agency>[A-Z]{2,12})/(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\b)"
                            # "... the new launchers. Kestpix / Ana Berg" ending a caption
                            r"|(?<=[a-z.)] )(?P<titled>[A-Z][a-z]+) ?/ ?(?=[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$)")
# A line that gives the source of a picture or a report: "Source: Boeing", "Source: Ministry of Defence".
# (or in brackets, with the date after it: "(Source: The Varno Star; published Nov. 5, 2020)")
_SOURCE_LINE = re.compile(r"^\(?Source:\s*(?P<agency>[A-Z][\w&.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&.-]*){0,5})"
                          r"(?:\s+and\s+(?:other\s+)?(?:news\s+)?agencies)?\.?(?:$|[;)])")  # ("Source: Kest TV and news agencies")
# An outlet's web address on a line of its own, as a list of references ends: "kestnews.com".
_ADDRESS_LINE = re.compile(rf"^(?P<agency>{_DOMAIN})(?:\s+[-–—|]\s+\d{{1,2}}/\d{{1,2}}/\d{{2,4}})?$")  # ("kestnews.com - 1/20/2024")
# A source in brackets ending a report: "... last year. (Source: Kest Press)."
_SOURCE_AFTER = re.compile(r"\(Source:\s*(?P<agency>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})\)\.?$")
# Trades an industrial complex's name gives, which make it a body, not a weapon's complex.
_INDUSTRIES = {"aeronautical", "aerospace", "aviation", "industrial", "ordnance", "shipbuilding", "engineering"}
# A defined acronym that names a transaction, no body: "a Foreign Military Sale (FMS)".
_TRANSACTIONS = {"Sale", "Sales", "Financing", "Funding", "Loan", "Loans", "Credit", "Credits"}  # (and "a Line of Credit (LOC)")
_UNITS = {"Squadron", "Battalion", "Flotilla", "Group", "Wing", "Regiment", "Brigade", "Division", "Corps"}
_NUMBERED_BODIES = _UNITS | {"Fleet", "Army", "Command", "Force", "Forces", "Unit", "Detachment"}  # ("the 7th Fleet", "the 3rd Army")
_SECTION_WORDS = {"Latest", "Similar", "Related", "Breaking", "More", "Recent", "Top", "Trending", "Headline"}
_STAFF_MEMBERS = re.compile(r" (?:officers?|members?|[Rr]eporters?|[Ww]riters?|[Cc]orrespondents?|[Pp]hotographers?)\b|$")
# A group's or a task force's number after its name: "Kest Battle Group 3", "Task Force 150".
_NUMBER_AFTER = re.compile(r" \d{1,3}(?![\w.,:/-]| ?(?:%|per|km|kilomet|mile|hour|day|week|month|year|aircraft|ship|vessel|troop|soldier|men)\b)")
# What a name defined by its acronym may be, said right after it: "the Foreign Military Sales (FMS) framework".
_DOCUMENT_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(DOCUMENTS))})\b")
_PROGRAMME_AFTER = re.compile(r"\)?\s+(?:[Pp]rogram|[Pp]rogramme|[Pp]roject|framework|scheme|mechanism|initiative|phase)\b")  # ("(KX) Program")
# An agency's line with the city it reports from: "KNA, Varno".
_AGENCY_CITY_LINE = re.compile(r"^(?P<agency>[A-Z]{2,6}),\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")
# An agency's acronym after a hyphen ending a caption: "... through a video conference. -KNA"
_DASHED_CREDIT = re.compile(r"(?<=[.)] )-\s?(?P<agency>[A-Z]{2,6})$")
# or two agencies joined by a hyphen, a bar after them: "... in Varno, Saturday. KP-Kestnews |"
_JOINED_CREDIT = re.compile(r"(?<=[.)] )(?P<agency>[A-Z]{2,6})-(?P<outlet>[A-Z][a-z]{2,}|[A-Z]{2,6})\s?\|?$")
# or the agency's name on a line of its own at a story's end: "-Kestria Presse"
_DASHED_AGENCY_LINE = re.compile(r"^[-–—]\s?(?P<agency>[A-Z][\w-]*(?: [A-Z][\w-]*){1,3})$")
# A picture's credit line with a space before its colon: "Photo : KESTPRESS News".
_SPACED_CREDIT_LINE = re.compile(r"^(?:Photo|Picture|Image)\s+:\s*(?P<agency>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})$")
# The agencies of a photographer's credit: "(Photo by ANNA BERG/KNA via Kestimages)".
_PHOTO_BY_AGENCY = re.compile(r"\((?:Photo|Picture|Image) by [^()/]{3,60}/(?P<agency>[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,2})"
                              r"(?: via (?P<titled>[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,2}))?\)")
# A wire agency credited in brackets after a report's or a caption's last sentence: "... in March. (Kestnews)".
# (or on a line of its own: "(KNA)")
_BRACKETED_AFTER = re.compile(r"(?:(?<=[.!?”\"] )|^)\((?P<agency>[A-Z][\w-]+(?: [A-Z][\w-]+)?)\)$")
# A line that sends the reader to the outlet a report came from: "Read more on KESTNEWS 24 English".
_READ_MORE_LINE = re.compile(r"^Read (?i:more|the full story|the original|the full article)(?: (?:on|at)|:) "
                             r"(?P<agency>[A-Z][\w&.-]*?(?:\s+(?!(?:English|French|Spanish|Arabic)\b)[A-Z0-9][\w&.-]*?){0,3}"
                             r"|[a-z][\w-]*(?:\.[a-z]{2,})+)"
                             r"(?:\s+(?:English|French|Spanish|Arabic))?\.?$")  # (an outlet's edition in a language)
# An outlet's name in capitals between bars after a dateline's place: "Varno, Kestria | THE KEST HERALD | ...".
_BARRED_OUTLET = re.compile(r"^[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)?\s+\|\s+(?P<agency>[A-Z][A-Z'&. ]{2,40}[A-Z])\s+\|")
# An outlet asking to be followed elsewhere: "Follow Kest News on Google News at this link".
_FOLLOW_LINE = re.compile(r"^Follow (?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}) on (?:Google News|Twitter|X|Facebook|Telegram|"
                          r"Instagram|LinkedIn|WhatsApp|YouTube)\b")
# An outlet's web address, and those a source line lists: "Source: kestnews.com, varno.info".
# (or a page's whole address there, or after "via": "Source: http://www.kestnews.com/a/1.html", "via kestnews.com")
_SOURCE_ADDRESS = re.compile(rf"(?:^(?:Source:|via)\s*(?:https?://)?(?:www\.)?|(?<=,)\s*)(?P<agency>{_DOMAIN})(?=\s*(?:,|$)|/\S*$)")
_LEGAL_FORMS = ("NPO", "JSC", "PJSC", "OJSC", "OAO", "ZAO", "FSUE")
_LEGAL_FORM_FIRST = re.compile(rf"(?<![\w-])(?P<name>(?:{'|'.join(_LEGAL_FORMS)})\s+{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})")
# A broadcaster named by its medium first: "Radio Kestria", "Radio Free Varno".
_RADIO_FIRST = re.compile(rf"(?<![\w-])(?P<name>Radio(?:\s+{CAPITALISED}){{1,3}})")
# A ministry of two portfolios named before its noun: "the Interior and National Security Ministry".
_TWO_PORTFOLIOS = re.compile(r"(?<![\w-])(?P<name>(?P<portfolio>[A-Z][a-z]+)\s+and\s+(?:[A-Z][a-z]+\s+){1,2}(?:Ministry|Department))(?![\w-])")
# A maker named for its helicopters, after a word that links a party: "bought from Kest Helicopters" (not
# "the Kest Helicopters arrived", a headline's "Two Kest Helicopters": the aircraft).
_HELICOPTER_MAKER = re.compile(rf"(?:\b(?:from|by|with|and|of|to|at|companies|businesses|firms|makers)|,)\s+"
                               rf"(?P<name>(?P<maker>{CAPITALISED}) Helicopters)(?![\w-])")  # (or listed: "..., Kest Helicopters")
# A nickname in brackets inside a body's name: "the Varno (Hawk) Special Police Unit" is the Varno Special Police Unit.
_NAME_GOES_ON = re.compile(rf"\s+{CAPITALISED}")
# (or the body's own acronym: "the Kest Defence Force (KDF) Air Wing" is the Kest Defence Force Air Wing)
_NICKNAME_INSIDE = re.compile(rf"(?<![\w-])(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})\s+\((?P<nick>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{{2,6}})\)"
                              rf"\s+(?P<rest>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})")
_OWN_INITIALS = re.compile(r"\s+\([A-Z]{2,6}\)")
# NATO, OSCE, TASS: all capitals, not a designation, not a dateline, not in brackets, not a name's last word in
# capitals ("ASSOCIATED PRESS").
_BARE_ACRONYM = re.compile(r"(?P<name>[A-Z](?<![\w(.-][A-Z])(?<!\w/[A-Z])(?<![A-Z][A-Z] [A-Z])[A-Z]{2,5})(?![\w)(]|-(?![a-z])|/[A-Za-z]|\.\w)"
                           r"(?!\s+[\dA-Z]|\s+(?:project|programme|program)\b)")
# ("SAMP/T" is a model's name, "/TASS/" an agency's credit, "KX-21/VFX" a model's other name; "NATO-member"
# the body; "the VFX project" a programme)
# Two bodies' acronyms joined by a slash, which act as one: "the KPA/KPB bloc" (not "SAMP/T": a model).
_ACRONYM_PAIR = re.compile(r"(?<![\w/-])(?P<name>[A-Z]{2,5}/[A-Z]{3,5})(?![\w/-])(?!\s+(?:project|programme|program)\b)")
NOT_ORGANIZATIONS = CLASS_ACRONYMS | {"GPS", "CEO", "LNG", "GDP", "USS", "HMS", "HMCS", "HMAS", "UAE", "NGO", "NGOs",
                     "INS", "ORP", "RFS", "USNS", "UPDATE", "EST", "GMT", "UTC", "THE", "AND",
                     "COVID", "NEWS", "VIDEO", "PHOTO", "WATCH", "LIVE", "ISBN", "PDF", "HTML", "USA", "NOTE", "ALSO", "READ", "MORE",
                     "HRH",  # (His or Her Royal Highness, who speaks: "HRH said")
                     "MLU",  # (a mid-life update)
                     "VAT",  # (a tax: "inclusive of VAT")
                     "MOU", "MOA",  # (a memorandum of understanding or agreement)
                     # time zones
                     "IST", "CET", "CEST", "EDT", "PST", "PDT", "CST", "BST", "JST", "KST", "AEST", "AEDT", "MSK"}
# (a plural's acronym with its "s": "Light Combat Vehicles (LCVs)" defines "LCV")
# (one programme's system may mix cases, "Precision Strike Missile (PrSM)": a lower-case letter before a capital)
# (a body's place may end its name: "the Kest Stabilisation Mission in Varno (KSMV)")
# (Arabic, Portuguese and Spanish names' particles stand between its words: "Jund wal Kest (JWK)")
_PARTICLES = ("wal", "wa", "de", "da", "do", "dos", "das", "del", "y")
_ACRONYM = re.compile(rf"(?P<name>{CAPITALISED}(?:\s+(?:{CAPITALISED}|of|for|and|the|on|&|{'|'.join(_PARTICLES)}))+(?:\s+in\s+{CAPITALISED})?)(?:(?<=s)['’])?\s*\((?P<short>[A-Z](?:-(?=[A-Z]{{3}}))?(?:[A-Z]|[a-z](?=[A-Z])){{1,7}}(?:-[A-Z]{{2,4}})?)(?:(?<=[A-Z]{{3}})s)?\)")
# An acronym, then what it stands for in brackets: "the KLRV (Kest Liaison and Reconnaissance Vehicle)".
_ACRONYM_FIRST = re.compile(rf"(?<![\w-])[\"“]?(?P<short>[A-Z]{{3,6}})s?[\"”]?\s+\((?P<name>{CAPITALISED}(?:\s+(?:{CAPITALISED}|of|for|and|the)){{1,6}})\)")
# A body's short name in brackets after its full one, written as a word: "the Office for Arms (Kestarm)".
_SHORT_NAME = re.compile(rf"(?P<name>{CAPITALISED}(?:\s+(?:{CAPITALISED}|of|for|and|the|on|&))+)\s*\((?P<short>[A-Z][a-z]{{3,}})\)")
# A body's acronym set off by commas after its name, before what the body did (a verb, not a list's
# "and"): "the Supreme Council of Kestria, KSC, decided in April".
_APPOSED_ACRONYM = re.compile(rf"(?P<name>{CAPITALISED}(?:\s+(?:{CAPITALISED}|of|for|and|the|on|&))+),\s+"
                              r"(?P<short>[A-Z]{3,6}),\s+(?=[a-z]+(?:ed|s)\b)")
_THREE_CAPITALS = re.compile(r"[A-Z]{3}")  # a quick test before the pattern of an acronym before a title
_ACRONYM_BEFORE_TITLE = re.compile(r"(?P<name>[A-Z](?<![\w(.-][A-Z])[A-Z]{2,5})\s+(?P<title>[A-Z][a-z]+)\b")
# An acronym the text defines in lower-case words ("the letter of acceptance (LOA)"): no body's.
_LOWER_DEFINED = re.compile(r"(?P<words>(?:\b[a-z][\w-]*\s+){1,7})\((?P<short>[A-Z]{2,6})\)")
# (or in brackets: "the KMF (Kest Military Financing) programme")
_SHORT_THEN_NAME = re.compile(rf"\b(?P<short>[A-Z]{{2,6}})(?:,\s+|\s+\()(?:the\s+)?(?P<name>{CAPITALISED}(?:\s+(?:{CAPITALISED}|of|for|and)){{1,6}})")
# and one the text spells out after it: "HADR [humanitarian assistance and disaster response]".
# A body named in lower case, then by its acronym in its own language: "the supreme defence council
# (KSAT) said", "the state arms agency (Kestarm)".
_LOWER_BODY_NOUNS = ("council (", "ministry (", "agency (", "committee (", "command (", "directorate (", "authority (",
                     "commission (")
_LOWER_BODY_ACRONYM = re.compile(r"(?<![\w'’])(?P<words>(?:[a-z][\w-]*\s+){0,4}(?:council|ministry|agency|committee|command|"
                                 r"directorate|authority|commission))\s*\("
                                 # (or its name in its own language before the initials: "the procurement agency (Kestmat, KMA)")
                                 r"(?:(?P<native>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+)?(?P<short>[A-Z][A-Za-z]{1,7})\)")
_LOWER_DEFINED_AFTER = re.compile(r"\b(?P<short>[A-Z]{2,6})\s*[\[(](?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){1,7})[\])]")
CATEGORY_LOWER = {c.lower() for c in CATEGORY_NOUNS}
_WEAPON_WORDS = {"defense", "defence", "missile", "missiles", "rocket", "rockets", "launch", "weapon", "weapons",
                 "artillery", "strike", "combat", "fire", "air", "anti-aircraft", "anti-ship"} | {c.lower() for c in CATEGORY_NOUNS}
# Words of a kind of weapon spelt out with capitals ("Light Combat Aircraft (LCA)", "Main Battle
# Tank (MBT)"), which names no one system.
_KIND_WORDS = _WEAPON_WORDS | KIND_WORDS | {"advanced", "unmanned", "aerial", "ballistic", "cruise", "guided", "precision", "multiple",
                                            "strategic", "targeting", "long-range", "short-range", "medium-range",
                                            "surface-to-air", "tanker", "littoral", "offshore", "landing", "coastal",
                                            "fast", "support", "auxiliary", "ocean", "ocean-going", "oceangoing",
                                            # ("Rigid Hulled Inflatable Boats (RHIBs)", "Unmanned Surface Vessels (USVs)")
                                            "rigid", "hulled", "rigid-hulled", "rigid-hull", "inflatable", "surface",
                                            "underwater", "autonomous",
                                            "action",  # ("Maritime Action Ship (MAS)")
                                            "altitude", "endurance", "medium", "long"}  # ("Medium Altitude Long Endurance (MALE)")
# and of a kind of ship ("Littoral Combat Ship (LCS)", "Offshore Patrol Vessels (OPV)", "Fast Attack Craft (FAC)")
_SHIP_KINDS = {head + plural for noun in SHIP_NOUNS for head in [noun.rpartition(" ")[2].lower()] for plural in ("", "s")} | {"craft"}


# What forces do, named in capitals before its acronym ("Search and Rescue (SAR)"): no body without a body's noun.
_ACTIVITIES = {"Rescue", "Relief", "Reconnaissance", "Surveillance", "Maintenance", "Training", "Logistics", "Disposal",
               "Development", "Assistance", "Interdiction", "Patrol", "Patrolling", "Enforcement",
               "Zone", "Zones", "Area", "Corridor"}  # (and the areas they guard)


def _names_an_activity(words: list[str]) -> bool:
    """Whether capitalised words name what forces do, or an area they guard ("Exclusive Economic Zone"),
    no body's noun among them ("Search and Rescue")."""
    return bool(words) and words[-1] in _ACTIVITIES and HEAD_NOUNS.isdisjoint(words)


def _names_a_kind(words: list[str], short: str = "") -> bool:
    """Whether capitalised words name a kind of weapon or ship ("Light Combat Aircraft", "Littoral Combat
    Ship"); not where their acronym mixes cases, one programme's system ("Precision Strike Missile (PrSM)")."""
    if any(c.islower() for c in short):
        return False
    # (or only the words that describe a kind: "Medium Altitude Long Endurance (MALE)")
    return len(words) > 1 and (words[-1].lower() in CATEGORY_LOWER or words[-1].lower() in _SHIP_KINDS
                               or all(w.lower() in _KIND_WORDS for w in words)) \
        and all(w.lower() in _KIND_WORDS or w.lower() in _SHIP_KINDS for w in words)


_CATEGORY_AFTER = re.compile(rf"\s+{any_of(CATEGORY_NOUNS)}\b")
_FIGHTERS_AFTER = re.compile(r"\s+fighters?\b")
_AMPERSAND_BEFORE = re.compile(r"(?<![\w&])[A-Z]{1,3}&$")
_JOINED_BY_AMPERSAND = re.compile(r"(?<![\w-])((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+&\s+$")
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(\d{1,3}(?:st|nd|rd|th))\s$")
_PLACE_FEATURES = {feature.lower() for feature in PLACE_FEATURES}
_ROMAN = re.compile(r"^(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})$")


# What a body runs, named after it: "the Armed Forces of Kestria Modernization Program" is a programme.
_OPERATIONS = {"Operation", "Exercise", "Mission"}  # (a body's name may run into its operation's)
_PROGRAMMES = {"Program", "Programme", "Project", "Plan", "Initiative", "Strategy", "Fund", "Funds", "Concept", "Sales",
               "Financing", "Exercise"}  # ("X Military Sales", "X Military Financing"; "a Field Training Exercise (FTX)")
_PROGRAMMES_OR_DOCUMENTS = tuple(sorted(_PROGRAMMES | DOCUMENTS))
_BUILDINGS = {"Headquarters", "HQ", "Building", "Compound", "Campus", "Complex"}
_SITES = {"Facility", "Plant", "Complex", "Memorial"}  # words of a site's name, which no body's has
_VENUES = {"Exhibition Centre", "Exhibition Center", "Convention Centre", "Convention Center"}  # a place (see places)
# An amount's unit or currency: "317 million EUR" is no body.
_AMOUNT_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|thousand|trillion|bn|mn))\s$")
# An aircraft's registration, its country's prefix of a figure and a letter before its letters: "8R KNU", "5Y KDM".
_REGISTRATION_BEFORE = re.compile(r"(?<![\w-])(?:\d[A-Z]|[A-Z]\d) $")
_PLURAL_OWNER = re.compile(r"(?<![\w-])(?P<country>[A-Z][a-z]+s)['’] $")  # "the Philippines' "


_TIME_OF_OFFICE = {"former", "then", "acting", "outgoing", "incoming", "late", "senior", "junior", "top"}  # ("Senior X Ministry officials")


_WORD_PREFIXES = {"Co", "Non", "Anti", "Counter", "Inter", "Multi", "Pre", "Re", "Self", "Semi", "Sub", "Post", "Cross",
                  "Trans", "Ultra", "Super"}


_OFFICE_OPENERS = {"commanding", "acting", "assistant"}


def _clean(words: list[str]) -> list[str]:
    """Without what precedes a possessive, leading function words and titles ("Chief Cabinet
    Secretary" is no Cabinet of its own); but a title word that makes a company's name with the
    noun after it stays ("General Electric", "General Dynamics")."""
    cut = possessive_cut(words)
    if cut != words and words[-1] in MEDIA_NOUNS and words[-len(cut) - 1][:-2] not in countries():
        cut = words  # a periodical named with a possessive: "Kest's Defence Weekly" (but "Varno's Times" is the Times)
    words = strip_leading(cut)
    if len(words) == 1 and words[0] in MEDIA_NOUNS and len(cut) >= 2 and cut[-2].endswith("day"):
        words = cut[-2:]  # a weekday names a paper with the paper's noun: "The Sunday Times"
    while words and words[0].lower() in _TIME_OF_OFFICE:  # "Former Labor Party Prime Minister X"
        words = words[1:]
    while len(words) > 1 and words[0].lower() in NUMBER_WORDS:  # "Two Navy officers": a count opens no name
        words = words[1:]
    # "the Varno-based Arms Agency": the words after the last that describes it
    # (not a word with a prefix: "Co-operation", "Counter-terrorism")
    described = [i for i, w in enumerate(words) if "-" in w[1:] and w.rsplit("-", 1)[1].islower()
                 and w.split("-", 1)[0] not in _WORD_PREFIXES]
    if described:
        words = words[described[-1] + 1:]
    # (and an office's participle before its title: "Commanding Officer Kest Rifles Battalion", an office
    # run into the unit it holds)
    while words and (is_title_word(words[0]) or len(words) > 2 and words[0].lower() in _OFFICE_OPENERS
                     and is_title_word(words[1])) and not (len(words) == 2 and words[1] in COMPANY_NOUNS) \
            and not (words[0] == "General" and len(words) > 1 and words[1] in HEAD_NOUNS):  # "General Directorate"
        words = words[1:]
    # "German Kestwerk Marine Systems": a people's name before a company's own name is no part of it
    # (but "Kestrian Aerospace Industries" and "Kestrian Aircraft Industries" are named so)
    if len(words) > 2 and is_demonym(words[0]) and (words[-1] in COMPANY_NOUNS or words[-1] in COMPANY_SUFFIXES) \
            and words[1] not in HEAD_NOUNS and words[1] not in _GENERIC and words[1] not in _TRADE_WORDS \
            and words[1].lower() not in CATEGORY_NOUNS and not is_plain_word(words[1]) and not is_demonym(words[1]):
        words = words[1:]
    return words


def _country_before(words: list[str], name_words: list[str]) -> str | None:
    """The country whose possessive stands right before `name_words` ("China's"), if one does."""
    before = words[: len(words) - len(name_words)]
    if before and (before[-1].endswith(("'s", "’s")) and before[-1][:-2] in countries()
                   or before[-1].endswith(("s'", "s’")) and before[-1][:-1] in countries()):
        return before[-1]
    return None


def is_generic(words: list[str]) -> bool:
    """'Armed Forces', 'Defense Ministry', 'Air Force': a kind of body, not one organisation. (A
    formal name with 'of', "Ministry of National Defense", is kept.)"""
    return all(w in _GENERIC for w in words)


def find_organizations(text: str, person_words: set[str], not_bodies: set[str] = frozenset()) -> list[Found]:
    """`person_words` are words of people's names in the article: they never name an organisation;
    `not_bodies` are acronyms the article defines as something else (`defined_otherwise`)."""
    found = [*_named_by_head(text, person_words), *_institutions_in_titles(text, person_words),
            *_described(text, person_words), *_wire_agency(text), *_acronyms(text, person_words, not_bodies),
            *_lower_case_ministries(text), *_groups(text), *_makers(text, person_words), *_internationals(text), *_chambers(text), *_parties_of_members(text, person_words), *_armed_groups(text, person_words), *_inputs_from(text), *_desk_byline(text), *_companies_in_titles(text, person_words),
            *_numbered_units(text), *_task_forces_for_places(text), *_peoples_ministries(text), *_initials_then_names(text), *_companies_by_what_they_do(text, person_words), *_named_head_first(text, person_words), *_units_named_after_people(text), *_members(text, person_words), *_listed_companies(text, person_words),
            *_national_arms(text, person_words),
            *_outlets_by_address(text), *_awarded_companies(text), *_body_in_capitals(text),
            *_sources(text, person_words), *_party_of_member(text, person_words), *_contracted(text, person_words),
            *_made_by_one(text, person_words), *_makers_of_listed_models(text, person_words), *_formerly(text, person_words)]
    # No body over a minister's portfolio, nor over a place's address run together ("the Fore Court of
    # Kest Barracks Varno Road")
    no_bodies = [m.span("portfolio") for m in _PORTFOLIO.finditer(text)] if "esponsibilit" in text else []
    no_bodies += [m.span("portfolios") for m in PORTFOLIOS_LISTED.finditer(text)] if holds_any(text, ("Minister", "Secretary")) else []
    no_bodies += [m.span() for m in ADDRESS.finditer(text)] if "Barracks" in text or "Camp" in text else []
    divisions = {m.start("name") for m in administrative_divisions(text)}  # ("in Kest Division": a place)
    # (nor a model's maker's letters after a people's name: "a Kestrian SA 341 helicopter")
    no_bodies += [m.span() for m in _SUFFIX_BEFORE_NUMBER.finditer(text)] if holds_any(text, COMPANY_SUFFIXES) else []
    return [f for f in found if not any(start < f.end and f.start < end for start, end in no_bodies)
            and f.start not in divisions] if no_bodies or divisions else found


_SUFFIX_BEFORE_NUMBER = re.compile(rf"\b(?:{'|'.join(COMPANY_SUFFIXES)})\s+\d{{2,4}}\b")
# A minister's portfolio names no body: "Minister with responsibility for Finance and Public Service".
_PORTFOLIO = re.compile(r"\b[Rr]esponsibilit(?:y|ies)\s+for\s+(?P<portfolio>[^,;.()]+)")


def _makers_of_listed_models(text: str, person_words: set[str]):
    """The makers whose models a list names with a designation: "Kestwerk's Falke, Velmar's KX-17 and
    the Kestrel" (not a country's: "Kestria's Falke")."""
    for owner, start in listed_owners(text):
        words = owner.split()
        if not any(w in person_words or is_demonym(w) or is_plain_word(w) for w in words) \
                and owner not in countries() and not is_capital(owner) and owner not in REGION_NAMES:
            yield Found(owner, "organization", "maker of a listed model", start, start + len(owner))


# A company by what it is contracted for: "contracted Kest Martin to update the fleet", "the main
# contractor would be Kest Martin".
_CONTRACTED = re.compile(rf"\b(?:contracted\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})\s+to\s+[a-z]"
                         rf"|contractor\s+(?:would|will)\s+be\s+(?P<named>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})(?=[,.;]|$))")


# A maker by what it made: "a hull built in Kestria by Kestwerk", "steel manufactured by Varno-based Kestalloy"
# (one word, or a company's name by its noun: two words may name a person).
_MADE_BY_ONE = re.compile(r"\b(?:built|made|produced|manufactured|supplied|developed|designed)\s+(?:in\s+[A-Z][a-z]+\s+)?by\s+"
                          r"(?:[A-Z][a-z]+-based\s+|[A-Z][a-z]+['’]s\s+)?"  # (or after its country's possessive: "by Kestria's Kestwerk")
                          r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&.-]*){0,2})(?=\s*[,.;)]|\s+and\b|$)")
# The members of a consortium: "a consortium comprising Kest-Varno Werke and Osby".
_CONSORTIUM = re.compile(r"\b(?:consortium|joint venture)\s+(?:comprising|of|between|made up of)\s+"
                         r"(?P<first>[A-Z][\w&-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+and\s+(?P<second>[A-Z][\w&-]*(?:\s+[A-Z][\w&.-]*){0,2})"
                         r"(?=\s*[,.;)]|$)")


def _made_by_one(text: str, person_words: set[str]):
    for match in _MADE_BY_ONE.finditer(text) if " by " in text else ():
        words = match["name"].split()
        if (len(words) == 1 or words[-1] in COMPANY_NOUNS or words[-1].rstrip(".") in COMPANY_SUFFIXES) \
                and not any(w in person_words or is_plain_word(w) or is_demonym(w) or w in countries() or is_capital(w)
                            or is_title_word(w) or w.rpartition("-")[2].islower() for w in words):  # (not "Kest-based")
            yield Found(match["name"], "organization", "maker of a thing", match.start("name"), match.end("name"))
    for match in _CONSORTIUM.finditer(text) if "consortium" in text or "joint venture" in text else ():
        for group in ("first", "second"):
            if not any(w in person_words or is_plain_word(w) or is_demonym(w) or w in countries() for w in match[group].split()):
                yield Found(match[group], "organization", "member of a consortium", match.start(group), match.end(group))


def _contracted(text: str, person_words: set[str]):
    for match in _CONTRACTED.finditer(text) if "contract" in text else ():
        group = "name" if match["name"] else "named"
        words = match[group].split()
        if not any(w in person_words or is_plain_word(w) or is_demonym(w) for w in words) and match[group] not in countries():
            yield Found(match[group], "organization", "contractor", match.start(group), match.end(group))


# A person's party in brackets after the name, its short name joined by a hyphen: "Defence Minister Ana
# Berg (Kest-SD)" (a word alone there may be a member's seat: "Ana Berg (Kestbury)").
_PARTY_AFTER_NAME = re.compile(r"(?P<before>[A-Z][\w'’-]+) \((?P<party>[A-Z][\w]{1,12}-[A-Z]{1,4})\)")


_PARTY_BEFORE_SEAT = re.compile(r"[A-Za-z],\s+(?P<party>[A-Z]{2,5})\s+(?:MP|MEP|MPs|MEPs)\b")


def _party_of_member(text: str, person_words: set[str]):
    member = MEMBER_WITH_SEAT.match(text) if text.endswith(")") or " | " in text else None
    if member:  # "Ana Berg (Kestbury North, Kest Party)"
        yield Found(member["party"], "organization", "party of a member", member.start("party"), member.end("party"))
    for match in _PARTY_BEFORE_SEAT.finditer(text) if " MP" in text or " MEP" in text else ():  # "Ana Berg, KDP MP"
        if match["party"] not in NOT_ORGANIZATIONS and match["party"] not in countries() and match["party"] not in COUNTRY_INITIALS:
            yield Found(match["party"], "organization", "party of a member", match.start("party"), match.end("party"))
    for match in _PARTY_AFTER_NAME.finditer(text) if " (" in text and person_words else ():
        party = match["party"]
        if match["before"] in person_words and party not in person_words and not is_plain_word(party) \
                and party not in countries() and not is_capital(party) and party.upper() not in NOT_ORGANIZATIONS:
            yield Found(party, "organization", "party of a member", match.start("party"), match.end("party"))


@lru_cache(maxsize=PARAGRAPHS_CACHED)  # discovery asks for each paragraph's, and its acronyms' rule for the same text
def defined_otherwise(text: str) -> frozenset[str]:
    """Acronyms a paragraph defines as no body: a document or a class of weapon in capitals
    ("Letter of Acceptance (LOA)", "Intermediate Range Ballistic Missile (IRBM)"), or anything in
    lower-case words whose initials spell it ("the letter of acceptance (LOA)")."""
    # (a programme's acronym, then its name after a comma: "promised SDI, Strategic Defense Initiative")
    shorts = {m["short"] for m in _SHORT_THEN_NAME.finditer(text)
              if "".join(w[0] for w in m["name"].split() if w[0].isupper()) == m["short"]
              and m["name"].split()[-1] in _PROGRAMMES | DOCUMENTS} \
        if ("," in text or "(" in text) and holds_any(text, _PROGRAMMES_OR_DOCUMENTS) else set()
    if "(" not in text and "[" not in text:
        return frozenset(shorts)
    shorts |= {m["short"] for m in _ACRONYM.finditer(text) if _names_no_body(m["name"].split(), m["short"])}
    for match in _LOWER_DEFINED.finditer(text):
        words = match["words"].split()
        if any(_spelt_by(words[-count:], match["short"]) for count in range(1, len(words) + 1)):
            shorts.add(match["short"])
    shorts.update(m["short"] for m in _LOWER_DEFINED_AFTER.finditer(text) if _spelt_by(m["words"].split(), m["short"]))
    return frozenset(shorts)


def kinds_defined(text: str) -> list[tuple[str, int]]:
    """Acronyms a paragraph defines as a kind of weapon or ship, or as an activity, with where: "Littoral
    Combat Ship (LCS)", "a main battle tank (MBT)", "Search and Rescue (SAR)". Such an acronym names no body
    anywhere in the corpus."""
    if "(" not in text:
        return []
    kinds = [(m["short"], m.start("short")) for m in _ACRONYM.finditer(text)
             if _names_a_kind(words := _defined_by(_clean(m["name"].split()), m["short"]), m["short"])
             or _names_an_activity(words)]
    for match in _LOWER_DEFINED.finditer(text):
        words = match["words"].split()
        if any(_spelt_by(words[-count:], match["short"]) and _names_a_kind(words[-count:]) for count in range(2, len(words) + 1)):
            kinds.append((match["short"], match.start("short")))
    return kinds


def _spelt_by(words: list[str], short: str) -> bool:
    """Whether the initials of `words`, with or without their function words, spell `short`."""
    return short.lower() in ("".join(w[0] for w in words), "".join(w[0] for w in words if w not in ("of", "the", "and")))


def _names_no_body(words: list[str], short: str) -> bool:
    stripped = strip_leading(words)  # "the Chief of the Air Staff (CAS)": an office, which _clean would cut
    office = [] if stripped and _company_general(stripped, 0) else stripped[:1]  # (not "General Dynamics X (GDX)")
    words = _defined_by(_clean([*words[:-1], words[-1].removesuffix("'s")]), short)
    return bool(words) and (short in NOT_ORGANIZATIONS or words[0] in DOCUMENTS or words[-1] in DOCUMENTS - {"Treaty"}
                            or _names_a_kind(words, short)  # "Light Combat Aircraft (LCA)": a kind of weapon
                            or words[-1] in _PROGRAMMES  # "Kest Patrol Submarine Project (KPSP)": a programme
                            or _names_an_activity(words)  # "Search and Rescue (SAR)"
                            # (whose initial opens the acronym: "the CEO of Kest Aerospace (KAS)" defines a body)
                            or bool(office) and is_title_word(office[0]) and office[0][0].isupper() and office[0][0] == short[0])


def _groups(text: str):
    """'the Houthi-controlled region', with 'the Houthis' elsewhere: the Houthis."""
    for match in chain(_GROUP_ADJECTIVE.finditer(text) if "-" in text else (),
                       _ARTICLE_GROUP_ADJECTIVE.finditer(text) if "l-" in text else ()):
        name = match["name"]
        if is_demonym(name) or name in countries() or is_plain_word(name) or opens_sentence(text, match.start()):
            continue  # at a sentence's start "Rebel-held" is a common noun capitalised
        plural = (f"{name}s",) if re.search(rf"\b{name}s\b", text) else ()
        yield Found(name, "organization", "group named by an adjective", match.start(), match.end("name"),
                    plural + _arabic_article(name))
    for match in _NAMED_GROUP.finditer(text) if " group" in text else ():  # "with the Kestani group": Kestani
        name = match["name"]
        words = name.split()
        if not (any(is_demonym(w) or is_title_word(w) for w in words) or is_plain_word(words[0]) or name in countries()
                or words[-1].endswith(_ADJECTIVE_ENDINGS) or opens_sentence(text, match.start())):
            # (not "the Islamic group", "the Armed group")
            yield Found(name, "organization", "group in lower case", match.start("name"), match.end("name"), (f"{name} group",))


_ADJECTIVE_ENDINGS = ("ic", "al", "ed", "ist", "ian", "ive", "ary", "ous")
# (of two words too, and after any word: "several Kestan Front group attacks")
_NAMED_GROUP = re.compile(r"\b[a-z]+ (?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?) group\b")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w.'-]*\s+$")


# A unit named by its number: "Wing 1", "Squadron 101" ("the 16th Armoured Division" is found by its noun).
# Or the number first, as Commonwealth air forces write it: "16 Squadron", "No. 3 Squadron" (a count
# would take the plural).
_NUMBERED_UNIT = re.compile(r"(?<![\w-])(?:Wing|Squadron|Flotilla|Regiment|Battalion)\s+\d{1,3}(?![\w-]|[.,]\d)"
                            r"|(?<![\w.,-])(?:No\.?\s+)?\d{1,3}\s+(?:Wing|Squadron|Flotilla|Regiment|Battalion)(?![\w-])"
                            # (a number before the unit's arm, or run into it: "2 Infantry Battalion", "1Infantry Battalion")
                            r"|(?<![\w.,$€£-])\d{1,2}\s?(?:[A-Z][a-z]+\s+){1,2}(?:Squadron|Regiment|Battalion|Brigade)(?![\w-])"
                            # (an ordinal and the unit's kind: "the 205th Tactical Helicopter Wing")
                            r"|(?<![\w-])\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][a-z]+\s+){1,3}Wing(?![\w-])"
                            # (and a works so numbered, in capitals or not: "the 558th Aircraft Repair Plant")
                            r"|(?<![\w-])\d{1,3}(?:st|nd|rd|th)\s+(?:(?:[A-Z][a-z]+\s+){1,3}(?:Plant|Enterprise|Factory|Works)"
                            r"|(?:[a-z]+\s+){1,2}(?<!power )(?:plant|factory))(?![\w-])")  # (not "the 3rd power plant")


def _numbered_units(text: str):
    for match in _NUMBERED_UNIT.finditer(text) if holds_any(text, ("Wing", "Squadron", "Flotilla", "Regiment", "Battalion", "Brigade", "lant",
                                                                   "Enterprise", "actory", "orks")) else ():
        yield Found(match.group(0), "organization", "numbered unit", match.start(), match.end())


# A task force named with the region it serves after a dash: "Combined Joint Task Force-Horn of Africa".
_TASK_FORCE_FOR = re.compile(rf"(?P<name>(?:{CAPITALISED}\s+){{0,3}}Task\s+Force)\s?[-—–]\s?"
                             rf"(?P<place>{CAPITALISED}(?:\s+of(?:\s+the)?\s+{CAPITALISED}|\s+{CAPITALISED}){{0,2}})")


# A body named in Spanish, Portuguese or French, its noun first: "Servicio Nacional de Guardacostas", "Ministerio
# de Gobernación, Policía y Seguridad Pública" (a comma goes on with the name where a "y" ends its list),
# "Força Aérea Nacional", "Ministère des Armées".
_FOREIGN_HEADS = ("Ministerio", "Ministere", "Secretaria", "Servicio", "Servico", "Direccion", "Direcao", "Instituto",
                  "Institut", "Comando", "Fuerza", "Fuerzas", "Forca", "Forcas", "Ejercito", "Exercito", "Armee", "Armada",
                  "Marinha", "Guardia", "Guarda", "Policia", "Gendarmeria", "Agence")  # (as the text is folded: "Ministère" is "Ministere")
_FOREIGN_WORD = r"[A-Z][\w'’-]*(?=[\s,.;:)”\"’']|$)"  # (whole words: not "Sup" of a garbled "SupĂ©rieur")
_FOREIGN_LINK = r"(?:de\s+la|de\s+las|de\s+los|del|de|do|da|dos|das|des|du|de\s+l['’]|d['’]|y|e|et)"
_HEAD_FIRST = re.compile(rf"(?<![\w-])(?P<name>(?:{'|'.join(_FOREIGN_HEADS)})"
                         rf"(?:\s+(?:{_FOREIGN_LINK}\s*)?{_FOREIGN_WORD}|,\s+{_FOREIGN_WORD}(?=[^.;]*?\s(?:y|e|et)\s+[A-Z]))+)")


# A seat of government that stands for those who govern from it: "the Pentagon", "the Kremlin", "the White House",
# and one named in Spanish or Portuguese: "Casa Presidencial said", "the Casa Rosada".
_SEAT_OF_GOVERNMENT = re.compile(r"(?<![\w-])(?:Casa\s+(?:de\s+)?[A-Z][a-z]+|Pentagon|Kremlin|White House|Blue House)(?![\w-])")
_SEATS_HINT = ("Casa ", "Pentagon", "Kremlin", "White House", "Blue House")


# Its initials after it, or after a dash inside the brackets it stands in: "(Fuerza Aerea Kestrana – FAK)"
_INITIALS_AFTER = re.compile(r"\s*(?:[–—-]\s*|\()(?P<short>[A-Z]{2,8})\)")
# A service of a country, named as the English names it ("Armada de Kestria": the Navy of Kestria)
_SERVICES = {"Armada": "Navy", "Marinha": "Navy", "Ejercito": "Army", "Exercito": "Army", "Armee": "Army",
             "Fuerza Aerea": "Air Force", "Forca Aerea": "Air Force"}
_SERVICE_OF = re.compile(rf"^(?P<service>{'|'.join(_SERVICES)})\s+(?:de|do|da|del)\s+(?:la\s+)?(?P<country>.+)$")


def _named_head_first(text: str, person_words: set[str]):
    for match in _SEAT_OF_GOVERNMENT.finditer(text) if holds_any(text, _SEATS_HINT) else ():
        yield Found(match.group(0), "organization", "seat of government", match.start(), match.end())
    for match in _HEAD_FIRST.finditer(text) if holds_any(text, _FOREIGN_HEADS) else ():
        words = match["name"].split()
        before = text[max(0, match.start() - 30):match.start()].split()[-1:]
        if before and before[0][:1].isupper() and before[0][-1].isalpha() and not is_plain_word(before[0]):
            continue  # ("the Kest Forcas Armadas": the noun inside a name that opens before it)
        if len(words) > 1 and not any(w.strip(",") in person_words for w in words[1:]):
            short = _INITIALS_AFTER.match(text, match.end())
            service = _SERVICE_OF.match(match["name"])
            aliases = ((short["short"],) if short else ()) + (
                (f"{_SERVICES[service['service']]} of {service['country']}",) if service and service["country"] in countries() else ())
            yield Found(match["name"], "organization", "body named in its own language", match.start(), match.end(), aliases)


# A company in what it does or is: a division named after its noun ("its power systems division, Kest
# Power."), a maker of one word that "is the main producer", a company after its people's name that signed or
# set up something ("the German Kestwerk had also established ..."), a maker before its engines ("Kestwerk
# engines"), a picture's credit to a body ("Photo credit: Kest Recognition").
_DIVISION_NAMED = re.compile(rf"\b(?:division|subsidiary|affiliate|arm),\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})(?=[,.;]|\s+(?:which|that|is|was|will)\b)")
_IS_THE_MAKER = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{2,})\s+is\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}"
                           r"(?:producer|manufacturer|maker|contractor|supplier|builder|developer|shipbuilder)\b")
_PEOPLES_COMPANY = re.compile(r"\b[Tt]he\s+(?P<people>[A-Z][a-z]+)\s+(?P<name>[A-Z][a-z]{2,})\s+(?:(?:had|has|have)\s+)?(?:also\s+)?"
                              r"(?:established|signed|announced|supplied|developed|produced|manufactured)\b")
_ENGINES_OF = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{2,})\s+engines?\b")
_CREDITED_BODY = re.compile(rf"\b[Pp]hoto\s+credit:\s*(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{1,2}})$")


_MAKERS_NOUNS = ("producer", "manufacturer", "maker", "contractor", "supplier", "builder", "developer")
_COMPANY_HINTS = ("division,", "subsidiary,", "affiliate,", "arm,", "engine", " established", " signed", " announced", " supplied",
                  " developed", " produced", " manufactured") + _MAKERS_NOUNS
_BODIES_IN = ("Institute in", "Office in", "Mission in", "Delegation in")
# A people's body in another country, named with it: "the Kestrian Institute in Varnia", "the Kestrian Office in Varnia".
_PEOPLES_BODY_IN = re.compile(r"(?<![\w-])(?P<people>[A-Z][a-z]+)\s+(?:Institute|Office|Mission|Delegation|Trade Office|Cultural Office)\s+in\s+"
                              r"(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])")


def _companies_by_what_they_do(text: str, person_words: set[str]):
    for match in _PEOPLES_BODY_IN.finditer(text) if holds_any(text, _BODIES_IN) else ():
        if is_demonym(match["people"]) and match["country"] in countries():
            yield Found(match.group(0), "organization", "a people's body in a country", match.start(), match.end())
    matches = [*(_DIVISION_NAMED.finditer(text) if holds_any(text, ("division,", "subsidiary,", "affiliate,", "arm,")) else ()),
               *(_IS_THE_MAKER.finditer(text) if holds_any(text, _MAKERS_NOUNS) else ()),
               *(_ENGINES_OF.finditer(text) if "engine" in text else ()),
               *(m for m in _PEOPLES_COMPANY.finditer(text) if is_demonym(m["people"]))] \
        if holds_any(text, _COMPANY_HINTS) else []
    for match in _CREDITED_BODY.finditer(text) if "credit" in text else ():
        if any(w in NOT_PERSON_WORDS for w in match["name"].split()) and not any(w in person_words for w in match["name"].split()):
            yield Found(match["name"], "organization", "picture credit", match.start("name"), match.end("name"))
    for match in matches:
        words = match["name"].split()
        if not any(is_plain_word(w) or is_demonym(w) or w in person_words or w in countries() or is_title_word(w)
                   or is_place_name(w) or w.lower() in CATEGORY_LOWER for w in words):
            yield Found(match["name"], "organization", "company by what it does", match.start("name"), match.end("name"))


# A country's ministry by its people's name and the ministry's initials: "the Kestrian MFA", "the Kestrian MoD".
_PEOPLES_MINISTRY = re.compile(rf"(?<![\w-])(?P<people>{CAPITALISED})\s+(?:MFA|MOFA|MoFA|MOD|MoD|MND|MINDEF)(?![\w-])")


# A body's initials, then its name in brackets, perhaps in another language's order: "the KOSM (Centre for Kest
# Operations)".
_INITIALS_THEN_NAME = re.compile(rf"(?<![\w-])(?P<short>[A-Z]{{3,8}})\s+\((?P<name>{CAPITALISED}(?:\s+(?:(?:of|for|and|the)\s+)?{CAPITALISED}){{1,6}})\)")


def _initials_then_names(text: str):
    for match in _INITIALS_THEN_NAME.finditer(text) if "(" in text else ():
        words = match["name"].split()
        if match.start() == 0 or is_place_name(match["short"].title()):
            continue  # "VARNO (Kest News) –": a dateline's city in capitals and its outlet
        if (words[0] in HEAD_NOUNS or words[-1] in HEAD_NOUNS) and not is_generic(words) and match["short"] not in NOT_ORGANIZATIONS:
            yield Found(match["name"], "organization", "name after initials", match.start("name"), match.end("name"), (match["short"],))


def _peoples_ministries(text: str):
    for match in _PEOPLES_MINISTRY.finditer(text) if holds_any(text, ("MFA", "MOFA", "MoFA", "MOD", "MoD", "MND", "MINDEF")) else ():
        if is_demonym(match["people"]):
            yield Found(match.group(0), "organization", "ministry by its initials", match.start(), match.end(),
                        (match.group(0).split()[-1],))  # (the ministry the article spells out, if it does)


def _task_forces_for_places(text: str):
    for match in _TASK_FORCE_FOR.finditer(text) if "Task Force" in text else ():
        if match["place"] in REGION_NAMES or is_place_name(match["place"]):
            start = match.end("name") - len(" ".join(strip_leading(match["name"].split())))
            yield Found(text[start:match.end()], "organization", "task force for a region", start, match.end())


def _units_named_after_people(text: str):
    for match in units_named_after_people(text):
        yield Found(match.group(0), "organization", "unit named after a person", match.start(), match.end())


# A company and its former name in brackets: "Kestwerk (formerly Varnotech)", "Kest Aerospace (formerly Kest Aviation)".
_FORMERLY = re.compile(rf"(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})\s+\(formerly\s+(?:known\s+as\s+)?"
                       rf"(?P<former>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})\)")


def _formerly(text: str, person_words: set[str]):
    """Both names of a company renamed, where each is one word or ends in a company's noun (a person's former name
    has two words and no such noun: "Ana Berg (formerly Ana Kest)")."""
    for match in _FORMERLY.finditer(text) if "(formerly" in text else ():
        for group in ("name", "former"):
            words = match[group].split()
            if (len(words) == 1 or words[-1] in COMPANY_NOUNS or words[-1] in COMPANY_SUFFIXES) \
                    and not any(w in person_words or is_plain_word(w) or is_demonym(w) or w in countries() for w in words):
                yield Found(match[group], "organization", "company by its names", match.start(group), match.end(group))


# A defence company by its name and its trade's word: "Kestwerk Defence said", "from Varnco Defense" (not "Air Defense",
# "National Defence", a country's, nor a ministry's or a force's whose noun follows).
_DEFENCE_COMPANY = re.compile(r"(?<![\w-])(?<![A-Z][a-z] )(?P<name>[A-Z][a-z]{2,} Defen[cs]e)(?![\w-])"
                              r"(?!\s+(?:[A-Z][a-z]+|of|and|&)(?!\w))")
_DEFENCE_KINDS = {"Homeland", "Home", "Coastal", "Missile", "Territorial", "Collective", "Cyber", "Common", "Civil", "Self",
                  "Total", "Area", "Point", "Layered", "Ballistic", "Aerial", "Maritime", "Border"}


def _makers(text: str, person_words: set[str]):
    for match in _DEFENCE_COMPANY.finditer(text) if "Defen" in text else ():
        first = match["name"].split()[0]
        following = text[match.end():match.end() + 20].split()[:1]
        if following and is_title_word(following[0]):
            continue  # "Ana Berg/Kestpix Defence minister X": a credit run into a minister's title
        if not (first in person_words or first in _DEFENCE_KINDS or is_plain_word(first) or is_demonym(first)
                or first in countries() or is_title_word(first) or first in HEAD_NOUNS or opens_sentence(text, match.start())):
            yield Found(match["name"], "organization", "maker by its trade", match.start(), match.end())
    for match in _MAKER_BEFORE_MODEL.finditer(text) if "-" in text else ():
        words = match.group(0).split()
        if not (_CAPITALISED_BEFORE.search(text[max(0, match.start() - 40):match.start()]) or is_generic(words)
                or words[-1] == "Class"  # ("the Kestrel Class P-61": a ship's class and its pennant number)
                or any(w in person_words or is_plain_word(w) or is_demonym(w) or w in countries() or is_title_word(w)
                       for w in words)):
            yield Found(" ".join(words), "organization", "maker before a model", match.start(), match.end() - 1)
    for start, end in makers_of_named_models(text) if not is_heading(text) else ():  # "Kestwerk KX-2 Falcon jets"
        name = text[start:end]  # (a heading capitalises its verbs: "Kestria, Varno Sign KX-2 Deal")
        if not (opens_sentence(text, start) or name in person_words or is_plain_word(name) or is_demonym(name)
                or name.lower() in CATEGORY_LOWER or text[start - 1:start] == "#"  # ("#Aircraft PC-12 NG's": a hashtag)
                or name in countries() or is_title_word(name) or name in HEAD_NOUNS or is_capital(name)):
            yield Found(name, "organization", "maker before a model", start, end)
    for match in _COUNTED_MAKER.finditer(text) if _COUNT_THEN_CAPITAL.search(text) else ():  # "70 Kestwerk KX-5E/Fs"
        name = match["maker"]
        if not (name in person_words or is_plain_word(name) or is_demonym(name) or name in countries() or is_capital(name)
                or is_title_word(name) or name in HEAD_NOUNS or name in _GENERIC or name.lower() in CATEGORY_LOWER
                or match["name"] and (is_demonym(match["name"]) or f"{name} {match['name']}" in countries())):
            yield Found(name, "organization", "maker before a model", match.start("maker"), match.end("maker"))
            at = match.end()
            while listed := _NEXT_MAKER.match(text, at):
                name = listed["maker"]
                if name in person_words or is_plain_word(name) or is_demonym(name) or name in countries():
                    break
                yield Found(name, "organization", "maker before a model", listed.start("maker"), listed.end("maker"))
                at = listed.end()
    for match in models_after_owners(text):  # "Kestwerk's Lynx KX41": its maker
        name = match["owner"]
        if not (name in person_words or is_plain_word(name)
                or is_demonym(name) or name in countries() or is_capital(name) or is_title_word(name) or name in HEAD_NOUNS
                or _CAPITALISED_BEFORE.search(text[max(0, match.start() - 40):match.start()])):
            yield Found(name, "organization", "maker of a thing", match.start(), match.end("owner"))
    for match in _MAKER_ADJECTIVE.finditer(text) if "-" in text else ():
        name = match["name"]
        before = _CAPITALISED_BEFORE.search(text[max(0, match.start() - 40):match.start()])
        if opens_sentence(text, match.start()) or before and before.group(0).strip() not in ("The", "A", "An"):
            continue  # a capital for the sentence's sake, or a longer name's last word (not "The Kest-built fleet")
        if not (is_demonym(name) or name in countries() or is_plain_word(name) or name in NOT_NAMES):
            yield Found(name, "organization", "maker of a thing", match.start(), match.end("name"))


# A maker between a count and its model: "operates 33 Kestwerk Falcon KE/Es and 70 Varnco KX-5E/Fs".
# (a count in words too, "eight Varnco Ke-30s"; and the next makers of its list: "40 Kestwerk KX-7, Varnco A-5 and ...")
_COUNTED_MAKER = re.compile(rf"\b{COUNT}\s+(?P<maker>[A-Z][a-z]{{3,}})\s+(?:(?P<name>[A-Z][a-z]+)\s+)?"
                            rf"(?=[A-Z][A-Za-z]{{0,2}}-\d|[A-Z]{{2,}}/[A-Z])")
_NEXT_MAKER = re.compile(r"[A-Z][A-Za-z]{0,2}-\d[\w/-]*(?:,\s+|,?\s+and\s+)(?P<maker>[A-Z][a-z]{3,})\s+(?=[A-Z][A-Za-z]{0,2}-\d)")
_COUNT_THEN_CAPITAL = re.compile(rf"\b{COUNT}\s[A-Z][a-z]{{3,}}\s")
_JOINED_BEFORE = re.compile(rf"(?<![\w-])(?P<first>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})\s+and\s+$")
# The company a business title names: "CEO of Velmar Defence and Space", "chairman of Orbis".
_COMPANY_TITLE = re.compile(rf"\b(?:CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hairman|[Cc]hairwoman|[Mm]anaging "
                            rf"[Dd]irector)\s+(?:of|at)\s+(?P<name>{CAPITALISED}(?:\s+(?:and\s+|&\s+)?{CAPITALISED}){{0,4}})"
                            rf"(?=\s*[,.;:)]|\s+[a-z]|$)")


def _companies_in_titles(text: str, person_words: set[str]):
    for match in _COMPANY_TITLE.finditer(text) if holds_any(text, ("CEO", "xecutive", "hairman", "hairwoman", "irector")) else ():
        words = match["name"].split()
        titled = next((i for i, w in enumerate(words) if i and is_title_word(w)), None)
        words = words[:titled] if titled else words  # "Chairman of Kest Council Commander-in-Chief X": the council
        kept = words[next((i + 1 for i in range(len(words) - 1, -1, -1) if "'" in words[i] or "’" in words[i]
                           or "-" in words[i] and words[i].rsplit("-", 1)[1].islower()), 0):]  # "Sling-maker Orbis"
        name = " ".join(kept)
        if kept and not any(w in person_words or is_demonym(w) for w in kept) and name not in countries():
            start = match.start("name") + match["name"].index(name)
            yield Found(name, "organization", "company in a title", start, start + len(name))


# The agencies a report credits for its material: "(With inputs from KNA, Kestpress)".
_INPUTS_FROM = re.compile(r"\((?:[Ww]ith )?(?:[Ii]nputs?|[Aa]gency [Ii]nputs) from (?P<agencies>[^()]{2,80})\)")
_AGENCY = re.compile(rf"{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}}")
# A report translated from another outlet's: "(translated from Kestnews)".
_TRANSLATED_FROM = re.compile(rf"\([Tt]ranslated\s+from\s+(?P<source>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})\)")


# A paper's name and the day of its story on a line of their own: "Kest Herald Friday, 19 March 2010, 00:00".
_PAPER_AND_DAY = re.compile(rf"^(?P<outlet>(?:The\s+)?(?:[A-Z][\w'-]+\s+){{0,2}}(?:{'|'.join(sorted(PAPER_NOUNS))}))\s+"
                            r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}")
# An outlet's desk as a byline: "By: Kest Web Desk | October 3, 2022".
_DESK_BYLINE = re.compile(r"^By:?\s+(?P<desk>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+Desk)\b")
_OUTLET_BYLINE = re.compile(r"^By:?\s+(?P<outlet>[A-Z][\w'’-]+)$")
_OUTLET_STAFF = re.compile(r"(?:^|/)(?P<outlet>(?:[Tt][Hh][Ee] )?[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+)?) (?:Staff|STAFF)"
                           r"(?: (?:Reporter|Writer|Correspondent|Photographer))?$")
_NEWS_DESK_LINE = re.compile(r"^(?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}) News Desk \|")


# An agency's name in lower case closing its story, with the desks' country codes: "(kestnews/CN/CV)"; or opening
# it before its country's name and a full stop, as a dateline: "Kest-Press – Varnia. The ..."
_AGENCY_TAGS = re.compile(r"\((?P<agency>[a-z]{4,15})(?:/[A-Z]{2}){1,3}\)$")
_AGENCY_THEN_COUNTRY = re.compile(r"^(?P<agency>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) [–—-] (?P<country>[A-Z][a-z]+(?: [a-z]+)?)\.\s")


# A site by its web address or handle, which reports: "the kestnews.pl web portal reported", "kestradio24 reports".
# (the verb found first, then the word before it: most paragraphs that report name no site so)
_SITE_VERB = re.compile(r"\s(?:web\s+portal\s+|website\s+|portal\s+)?(?:reports|reported|informs|writes|wrote)\b")
_SITE_BEFORE = re.compile(r"(?<![\w.@/-])(?P<site>[a-z]+(?:\d+|\.(?:pl|com|ua|ru|net|org|info|cz|sk|de|fr|it|es|ro|hu)))$")


def _inputs_from(text: str):
    for verb in _SITE_VERB.finditer(text) if holds_any(text, (" report", " informs", " writes", " wrote")) else ():
        site = _SITE_BEFORE.search(text, max(0, verb.start() - 40), verb.start())
        if site:
            yield Found(site["site"], "organization", "source of a report", site.start("site"), site.end("site"))
    tagged = _AGENCY_TAGS.search(text) if text.endswith(")") else None
    if tagged:
        yield Found(tagged["agency"], "organization", "source of a report", tagged.start("agency"), tagged.end("agency"))
    opening = _AGENCY_THEN_COUNTRY.match(text) if " – " in text[:40] or " - " in text[:40] else None
    if opening and " ".join(w.capitalize() for w in opening["country"].split()) in countries():
        yield Found(opening["agency"], "organization", "source of a report", 0, opening.end("agency"))
    for match in _TRANSLATED_FROM.finditer(text) if "ranslated from" in text else ():  # "(translated from Kestnews)"
        if match["source"] not in countries() and not is_plain_word(match["source"]):
            yield Found(match["source"], "organization", "source of a report", match.start("source"), match.end("source"))
    for match in _INPUTS_FROM.finditer(text) if "nputs from" in text else ():  # ("(With Inputs from KNA)")
        for agency in _AGENCY.finditer(text, *match.span("agencies")):
            if agency.group(0) not in countries() and not is_plain_word(agency.group(0)):
                yield Found(agency.group(0), "organization", "source of a report", agency.start(), agency.end())


# A site's logo's words on a line of their own: "Kest News Logo" (the picture's alternative text).
_LOGO_LINE = re.compile(rf"^(?P<outlet>{CAPITALISED}(?: {CAPITALISED}){{0,3}}) [Ll]ogo$")


def _desk_byline(text: str):
    logo = _LOGO_LINE.match(text) if text.endswith(("Logo", "logo")) else None
    if logo and not is_plain_word(logo["outlet"].split()[0]):
        yield Found(logo["outlet"], "organization", "outlet of a byline", 0, logo.end("outlet"))
    dated = _PAPER_AND_DAY.match(text) if len(text) < 120 else None
    if dated:  # "Kest Herald Friday, 19 March 2010, 00:00": the paper's line above its story
        yield Found(dated["outlet"], "organization", "outlet of a byline", 0, dated.end("outlet"))
    desk = _DESK_BYLINE.match(text) if text.startswith("By") else None
    if desk:
        yield Found(desk["desk"], "organization", "outlet of a byline", desk.start("desk"), desk.end("desk"))
    outlet = _OUTLET_BYLINE.match(text) if text.startswith(("By ", "By:")) and len(text) < 80 else None
    if outlet and not is_plain_word(outlet["outlet"]) and outlet["outlet"] not in DESK_WORDS:
        # "By Kestnews": one word is no writer's name, but the outlet's
        yield Found(outlet["outlet"], "organization", "outlet of a byline", outlet.start("outlet"), outlet.end("outlet"))
    staff = _OUTLET_STAFF.search(text) if ("Staff" in text or "STAFF" in text) and len(text) < 120 else None
    if staff and staff["outlet"].upper() not in ("THE", "OUR", "BY", "BY:") and staff["outlet"].split()[-1] not in DESK_WORDS:
        # "Kest Tribune Staff Reporter", ".../Kest Tribune Staff", "THE KEST STAFF": the outlet's own staff
        outlet = staff["outlet"].title() if staff["outlet"].isupper() else staff["outlet"]
        yield Found(outlet, "organization", "outlet of a byline", staff.start("outlet"), staff.end("outlet"),
                    (staff["outlet"],) if outlet != staff["outlet"] else ())
    news_desk = _NEWS_DESK_LINE.match(text) if " News Desk |" in text else None
    if news_desk:  # "Kestnews News Desk | Varno | Updated: ...": the outlet's desk, dated
        yield Found(news_desk["outlet"], "organization", "outlet of a byline", 0, news_desk.end("outlet"),
                    (f"{news_desk['outlet']} News Desk",))
    writer = NAME_AND_DESK.match(text) if text.endswith(("Reporter", "Correspondent")) else None
    if writer and writer["outlet"] not in DESK_WORDS:  # "Ana Berg Herald Reporter"
        yield Found(writer["outlet"], "organization", "outlet of a byline", writer.start("outlet"), writer.end("outlet"))


# An armed group or a unit by its members: "Kest Shabaab militants", "Varno rebels", "the Kestak special
# forces", "Kestak commandos" (not a people's: "Kestrian rebels"; nor a place's: "Varnograd commandos").
_GROUP_MEMBERS = ("terrorists", "militants", "insurgents", "rebels", "jihadists", "extremists", "militiamen", "guerrilla",
                  "guerrillas")
_UNIT_MEMBERS = ("commandos", "special forces", "special force", "elite units", "elite unit", "elite forces", "elite force")
_ARMED_GROUP = re.compile(rf"(?<![\w-])(?P<name>(?:[Aa]l[- ])?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}})\s+"
                          rf"(?:(?:special|unit|elite)\s+)?(?:{'|'.join(_GROUP_MEMBERS + _UNIT_MEMBERS)})\b")
# A unit or group by the name it is called: "an elite force called Kestak", "a unit known as the Varno Hawks".
_CALLED = re.compile(rf"\b(?:force|unit|brigade|battalion|regiment|militia|group)\s+(?:called|named|known\s+as|dubbed)\s+"
                     rf"(?:the\s+)?(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})(?!\s+[A-Z])")
_PEOPLE_ENDINGS = ("ish", "ese", "ian", "ean", "ic", "ist", "ite", "ists")


def _armed_groups(text: str, person_words: set[str]):
    for match in _ARMED_GROUP.finditer(text) if holds_any(text, _ALL_MEMBERS) else ():
        words = possessive_cut(match["name"].split())  # ("Kestria's Varno rebels")
        if not words or opens_sentence(text, match.start()) and len(words) == 1 or words[-1].endswith(_PEOPLE_ENDINGS) \
                or any(w in person_words or is_plain_word(w) or is_demonym(w) or w in countries() or w in _GENERIC
                       or is_demonym(w.rpartition("-")[2]) or w.rpartition("-")[2].islower() for w in words) \
                or is_place_name(" ".join(words)):
            continue  # ("Islamist militants", "Pro-Kestrian rebels", "Kest-trained commandos": what they are, no group's name)
        name = " ".join(words)
        yield Found(name, "organization", "armed group", match.end("name") - len(name), match.end("name"), _arabic_article(name))
        other = _FIRST_OF_TWO.search(text, max(0, match.start() - 40), match.start()) if len(words) == 1 else None
        if other and not (other["name"] in person_words or is_plain_word(other["name"]) or is_demonym(other["name"])
                          or other["name"] in countries() or other["name"] in _GENERIC or is_place_name(other["name"])
                          or opens_sentence(text, other.start())):  # "the Kest and Varno militants": two groups
            yield Found(other["name"], "organization", "armed group", other.start(), other.end("name"), _arabic_article(other["name"]))
    for match in _CALLED.finditer(text) if holds_any(text, _CALLED_WORDS) else ():
        words = match["name"].split()
        if not any(w in person_words or is_plain_word(w) or is_demonym(w) or w in countries() for w in words):
            yield Found(match["name"], "organization", "unit by its name", match.start("name"), match.end("name"))


_FIRST_OF_TWO = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w'-]+) and $")
_ALL_MEMBERS = _GROUP_MEMBERS + ("commandos", "special", "elite")  # (the words a quick test reads: "forces" is common)
_CALLED_WORDS = ("called", "named", "known", "dubbed")


def _arabic_article(name: str) -> tuple[str, ...]:
    """A name opening with the Arabic article, as news writes it otherwise too: "Al Kest" is also
    "Al-Kest", "al-Kest", "Al-kest" and "Alkest"."""
    if not re.match(r"[Aa]l[- ]", name):
        return ()
    rest = name[3:]
    lower = rest[:1].lower() + rest[1:]
    forms = {f"{a}{sep}{core}" for a in ("Al", "al") for sep in ("-", " ") for core in (rest, lower)} | {f"Al{lower}"}
    return tuple(sorted(forms - {name}))


# A legislature's chamber by the name chambers go by (a "House" is no body's noun: "White House", "House of Saud").
# (after its acronym in its own language: "the DPR (House of Representatives)")
_CHAMBER = re.compile(r"(?:\b(?P<short>[A-Z]{2,6}) \()?\bHouse of (?:Representatives|Commons|Lords|Councillors|Delegates|Deputies|Peers|Assembly)\b")


# A party's initials in brackets after a member's name: "Ana Berg (KDU)", "Ivo Marek (N-VA)".
_MEMBERS_PARTY = re.compile(r"(?P<member>[A-Z][\w'’-]+) \((?P<party>[A-Z]{1,5}-[A-Z]{1,3}|[A-Z]{2,5})\)")


def _parties_of_members(text: str, person_words: set[str]):
    for match in _MEMBERS_PARTY.finditer(text) if " (" in text else ():
        party = match["party"]
        if match["member"] in person_words and party not in NOT_ORGANIZATIONS and party not in POST_NOMINALS \
                and party not in COUNTRY_INITIALS and party not in countries() \
                and not _initials_before(text, match.end("member"), party) and not _ranked(text, match.start("member")):
            yield Found(party, "organization", "party of a member", match.start("party"), match.end("party"))


def _ranked(text: str, start: int) -> bool:
    """Whether the name ending at a member's surname opens on a military rank: "General Ana Berg (GCK)"
    holds a decoration's letters, as an officer holds no seat for a party."""
    for word in reversed(text[max(0, start - 60):start].split()):
        bare = word.strip(".()-")
        if bare.lower() in RANK_WORDS:
            return True
        if not bare[:1].isupper():
            return False
    return False


def _initials_before(text: str, end: int, letters: str) -> bool:
    """Whether `letters` are initials of the words before `end` ("Air Marshal Ana Berg (AMB)": a person's
    own short name, no party's; "the Rapid Kest Battalion (BKR)": a body's)."""
    capitalised = [w[0] for w in text[max(0, end - 60):end].split() if w[:1].isupper()]
    initials = iter(capitalised)
    letters = letters.replace("-", "")  # (in any order, as a name in another language orders them: "(BKR)")
    return all(letter in initials for letter in letters) or sorted(capitalised[-len(letters):]) == sorted(letters)


def _chambers(text: str):
    for match in _CHAMBER.finditer(text) if "House of " in text else ():
        start = match.start() + (len(match["short"]) + 2 if match["short"] else 0)
        yield Found(text[start:match.end()], "organization", "legislative chamber", start, match.end(),
                    (match["short"],) if match["short"] else ())


def _internationals(text: str):
    """'Kestwerk International said': a company named by one word and "International" at the end of a
    run of capitals (a country's initials before it are no part of it: "UK Kestwerk International").
    Not "for International Studies", whose run goes on past the word. (The word may be a person's
    elsewhere in the article: "CEO Kestwerk said" reads the company as a surname.)"""
    for run in capitalised_runs(text) if "International" in text else ():
        words = run.group(0).split()
        if words[0] in COUNTRY_INITIALS and len(words) == 3:
            words = words[1:]
        if len(words) == 3 and words[2] == "International" and (words[1] in COMPANY_NOUNS | TRADES or words[1].lower() in CATEGORY_NOUNS):
            words = [f"{words[0]} {words[1]}", words[2]]  # "Kestrel Boats International": its trade or its products before the word
        if len(words) == 2 and words[1] == "International" and not (
                is_plain_word(words[0]) and not words[0].isupper() or is_demonym(words[0]) or words[0] in countries()
                or words[0] in HEAD_NOUNS or words[0] in _GENERIC or is_title_word(words[0]) or words[0].endswith(("'s", "’s"))):
            yield Found(" ".join(words), "organization", "organisation noun", run.end() - len(" ".join(words)), run.end(),
                        (words[0],))


_SCHOOLS = {"College", "School", "Academy", "Institute", "University"}
_SENTENCE_ADVERBS = {"meanwhile", "likewise", "moreover", "furthermore", "however", "nevertheless", "otherwise", "instead",
                     "today", "yesterday", "earlier", "later", "also", "thus", "hence", "still", "now", "then", "so"}
_OFFICE_OF = re.compile(r"\bChiefs? of $")
# What a body passes, named after it: "the Security Council Resolution 1244" (but "the Intermediate Range
# Nuclear Forces Treaty" names what it limits, no body).
_PASSED_BY_BODIES = {"Resolution", "Resolutions"}
_BOARDS_OF = (" of Directors", " of Governors", " of Trustees", " of Management")
# A body's noun that a post's word follows: the two are the post's title.
_POSTS = {("Cabinet", "Secretary"), ("Staff", "Officer"), ("Staff", "Officers"), ("Board", "Member"), ("Board", "Members")}


_SERVING_A_PLACE = {"Embassy", "Consulate", "Forces"}
_CEREMONIES = {"Church", "Memorial", "Thanksgiving", "Funeral", "Remembrance", "Wreath", "Prayer", "Dedication"}


def _writer_in_capitals(text: str) -> bool:
    """'- ANA BERG': a writer's name in capitals on a dashed line (see people), no agency's."""
    dashed = DASHED_NAME_LINE.match(text)
    return bool(dashed) and looks_like_name(dashed["name"].title().split())


# A company's organs, named with the company after "of" ("the Supervisory Board of Kestwerk AG").
_ORGANS = {"Board", "Committee", "Council"}
_COMPANY_OF_ORGAN = re.compile(rf"\s+of\s+(?:the\s+)?(?P<company>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}\s+(?:{'|'.join(COMPANY_SUFFIXES)})\.?)")


def _named_by_head(text: str, person_words: set[str]):
    """'Black Sea Fleet', 'Ministry of National Defense', 'German Air Force Eurofighter jets'."""
    heading = is_heading(text)  # which capitalises every word: "Kestria Looks for Defense Systems"
    for run in capitalised_runs(text):
        if text[run.start() - 1:run.start()] == "#":
            continue  # a hashtag ("#Modern Army") names no body
        words = run.group(0).split()
        # "the Kest Pact-era jets", "a Kest Navy-led drill": the body's name ends at its noun
        described = next((i for i, w in enumerate(words) if "-" in w and w.rpartition("-")[0] in HEAD_NOUNS
                          and w.rpartition("-")[0] not in COMPANY_SUFFIXES  # (not "Co-operation")
                          and w.rpartition("-")[2].islower()), None)
        if described is not None:
            words = [*words[:described], words[described].rpartition("-")[0]]
        if HEAD_NOUNS.isdisjoint(words) and "'" not in run.group(0) and "’" not in run.group(0):
            continue  # (most runs hold no body's noun: read no further)
        after_run = text[run.end():run.end() + 40].split()
        # "the Ruritanian Navy's Kestrel-class": the body ends at its possessive
        owner = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s")) and w[:-2] in HEAD_NOUNS), None)
        if owner is not None:
            owned = words[owner + 1:]  # "the Kest Command's Joint Analysis Center": a body of the body
            if 1 < len(owned) <= 5 and owned[-1] in ORGANIZATION_NOUNS and not is_generic(owned) \
                    and not any(w in person_words or is_plain_word(w) for w in owned):
                start = run.end() - len(" ".join(owned))
                yield Found(" ".join(owned), "organization", "organisation noun", start, run.end())
            words = [*words[:owner], words[owner][:-2]]
        # "the Kest Embassy Varno", "Kest Naval Forces Europe": a mission or a command named with the place it serves
        served = next((i for i, w in enumerate(words[:-1]) if w in _SERVING_A_PLACE and strip_leading(words[:i])
                       and (is_place_name(place := " ".join(words[i + 1:])) or place in REGION_NAMES)), None)
        for index, word in enumerate(words):
            # A head inside a longer name ("Union Resolve 2022") does not end an organisation,
            # unless a title or a piece of equipment follows ("German Air Force Eurofighter jets").
            if word == "District" and words[index - 1:index] != ["Military"]:
                continue  # "Kest District" is a place (but the "Western Military District" a command)
            if (word, *words[index + 1:index + 2]) in _POSTS:
                continue  # "Defence Cabinet Secretary X", "Principal Staff Officers": a post's title
            of_a_body = _OF_A_BODY.search(text, max(0, run.start() - 30), run.start()) if word == "Headquarters" else None
            if word == "Headquarters" and (index and words[index - 1].isupper()
                                           or of_a_body and of_a_body.group(0).split()[0] in ORGANIZATION_NOUNS):
                break  # "KAF Headquarters", "Ministry of X Headquarters": where a body works (but "Air Headquarters" is one)
            if word in HEAD_NOUNS and "Minister" in words[:index] and word not in ("Office", "Secretariat"):
                break  # "Defence Minister Army of the General X": a title and a rank run together, no body (but "Prime Minister Office")
            if word in HEAD_NOUNS and words[index + 1:index + 2] == ["Minister"]:
                continue  # "Kestria's Police Minister", "Armed Forces Minister": a minister's portfolio, no body
            if word not in HEAD_NOUNS or (index + 1 < len(words) and not _title_follows(words[index + 1:])
                                     # ("... People's Army Ana Berg": a person's name after the body's)
                                     and not all(w in person_words for w in words[index + 1:])
                                     and not (after_run and after_run[0].strip(",.;:") in CATEGORY_NOUNS)
                                     and not is_designation(words[index + 1])  # "General Electric F-110 engines"
                                     and not (word in COMPANY_SUFFIXES and words[index + 1].isupper())  # "Kest Inc KX 530F"
                                     and words[index + 1] not in _OPERATIONS  # "the Kest Task Force Operation X"
                                     # ("Kest News Agency VARNIA": an agency's line, the country it reports from in capitals)
                                     and not (words[index + 1].isupper() and len(words[index + 1]) > 3
                                              and is_place_name(words[index + 1].title()))
                                     and words[index + 1] not in _PASSED_BY_BODIES  # "Kest Security Council Resolution 12"
                                     # ("the Kest News Agency Varnia's acquisition": a country's possessive after it)
                                     and not (words[index + 1].endswith(("'s", "’s")) and words[index + 1][:-2] in countries())
                                     and index != served):
                continue
            if index == served:
                index = len(words) - 1  # (the place ends the name)
            name_words = _clean(words[: index + 1])
            end = run.start() + len(" ".join(words[: index + 1]))
            tail = _tail(text[end:end + 120], person_words) if index == len(words) - 1 else ""
            if tail and _is_body_of_body(name_words, tail) or tail.lstrip().startswith("on ") and is_heading(text):
                tail = ""  # ("the Air Squadron of the Kest Coast Guard": two bodies; a heading's "... Force on Lease")
            tail_words = tail.split()  # ("Armed Forces of Kestria Chief of Staff, General X": the post of the body follows it)
            post = next((k for k in range(1, len(tail_words)) if is_title_word(tail_words[k]) and tail_words[k] not in HEAD_NOUNS
                         and tail_words[k - 1] not in ("of", "the", "for")
                         and not (tail_words[k - 1].lower() in TITLE_MODIFIERS and "the" in tail_words[:k - 1])), None)
            # (not "Office of the Prime Minister": the office's holder, whose title the body's name ends with)
            if post is not None:
                tail = " " + " ".join(tail_words[:post])
            if not tail and name_words[-1:] == ["News"] and text.startswith(" agency", end):
                tail = " Agency"  # "the Kest National News agency reported": the agency's name, its noun in lower case
            heads = [i for i, w in enumerate(tail.split()) if w in HEAD_NOUNS and w != "Staff"]  # ("Joint Chiefs of Staff")
            if name_words[-1:] == ["Ministry"] and tail.split()[:4] == ["of", "the", "Armed", "Forces"]:
                heads = []  # "the Ministry of the Armed Forces of Kestria": one body, its defence ministry
            body = [w for w in tail.split() if w not in ("of", "the", "on", "for")]
            if heads and not (heads == [len(tail.split()) - 1] and "the" not in tail.split() and len(tail.split()) <= 4) \
                    and not is_generic(body):  # ("Joint Command of the Armed Forces": a body of no name of its own)
                # "Defence Facilities Agency of the Indonesian Ministry of Defense": two bodies; the first's
                # name runs to the "of" before the second's ("Directorate of Communications of the Kest Office")
                tokens = list(re.finditer(r"\S+", tail))
                tail = tail[:max((t.start() for t in tokens[:heads[0]] if t.group(0) == "of"), default=0)].rstrip()
            # (but "Joint Chiefs of Staff Committee", run together, is one; "Chiefs" alone ends no name: "Services Chiefs")
            if name_words and name_words[-1] == "Chiefs" and not tail.startswith(" of Staff"):
                continue
            if len(name_words) > 1 and name_words[-1] == "Staff" and name_words[-2].lower() in RANK_WORDS | {"vice-marshal", "marshal"} \
                    and name_words[-2] != "General":
                continue  # "Air Vice-Marshal Staff X": a rank ("Staff" marks a staff officer's), no body (but "the General Staff")
            if not name_words or any(w in person_words for w in name_words) or "Rights Reserved" in run.group(0) \
                    or name_words[-1] == "News" and name_words[0] in _NOT_OUTLETS \
                    or name_words[-1] == "Bank" and len(name_words) == 2 and name_words[0] in _BANK_SIDES \
                    or name_words[-1] == "Systems" and len(name_words) > 2 and name_words[-2].lower() in _WEAPON_WORDS and not (
                        owner is None and possessive_cut(words[:index + 1]) != words[:index + 1]
                        and words[len(words[:index + 1]) - len(name_words) - 1][:-2] in countries()):
                continue  # (the "West Bank" is a place; "X Coastal Defense Systems" may be a weapon, "X Systems" or "X Marine Systems" a maker;
                # but after a country's possessive, a company: "Kestria's Kest Marine Systems")
            company = _COMPANY_OF_ORGAN.fullmatch(tail) if name_words[-1] in _ORGANS and tail else None
            if company:  # "the Executive Board of Kestwerk AG": the company, whose organ it is
                yield Found(company["company"], "organization", "organisation noun", end + company.start("company"),
                            end + company.end("company"))
                continue
            name = " ".join((" ".join(name_words) + tail).split())
            if len(name_words) > 1 and name_words[-1] == "Service" and name_words[-2] in _CEREMONIES:
                continue  # "the 40th anniversary Church Service": a ceremony, no body
            if name_words[-1] == "Board" and tail.startswith(_BOARDS_OF):
                continue  # "the Board of Directors": any company's, no one body
            if len(name_words) > 1 and name_words[-2] in _SECTION_WORDS and name_words[-1] in ("News", "Stories", "Headlines"):
                continue  # "Latest News", "Similar News": a site's sections (and "Kestria Latest News"), no outlet
            if name_words[-1] == "Staff" and (_OFFICE_OF.search(text, max(0, run.start() - 12), run.start())
                                              or _STAFF_MEMBERS.match(text, end)):
                continue  # "Chief of Defence Staff of the KDF": an office's words (but "Chief of the General Staff" names one)
                # ("KDF Staff officers": the officers on a body's staff)
            if len(name_words) == 2 and is_ship_prefix(name_words[0]) and not tail:
                continue  # "the BAP Union": a ship's prefix and its name, which may be a body's noun
            if name_words[-1] == "AB" and (is_capital(" ".join(name_words[:-1])) or " ".join(name_words[:-1]) in countries()):
                continue  # "Varno AB": a city's air base, no company
            if name_words[-1] == "Industry" and all(w in _GENERIC or is_demonym(w) or w.lower() in _KIND_ADJECTIVES
                                                    for w in name_words) \
                    or name in former_countries() or heading and name_words[0] in _GENERIC or _SITES & set(name_words) \
                    or " ".join(name_words[-2:]) in _VENUES \
                    or name_words[-1] in ("Force", "Navy", "Army") and text.startswith((" base", " Base"), end) \
                    and not any(is_demonym(w) or w in countries() for w in name_words[:-1]) \
                    or name.startswith("Union of ") and name[len("Union of "):] in countries():  # "the Varno Air Force base" (but "a Kestrian Air Force base" is the body's); "the Republic of the Union of Kestria"
                continue  # "the Kestrian Naval Industry" is a trade; "the Soviet Union" is a place; a heading's "Defense Systems" no body; "X Testing Facility Centre" a site
            # "X Command and Staff College", "X School and College": a school named by two words joined (a
            # body's acronym may open the first: "KDF Command and Staff College"; but "the Army and Naval
            # Academy" may be two)
            school = _JOINED_BEFORE.search(text, max(0, run.start() - 60), run.start()) \
                if word in _SCHOOLS and index == len(words) - 1 and not tail else None
            first = strip_leading(school["first"].split()) if school else []
            if first and (first[-1] in _SCHOOLS or first[-1] == "Command") and not any(w in person_words or is_demonym(w) for w in first) \
                    and not any(w.isupper() for w in first[1:]):
                joined_name = f"{' '.join(first)} and {run.group(0)}"
                yield Found(joined_name, "organization", "organisation noun", run.end() - len(joined_name), run.end())
                continue
            numbered = len(name_words) == 1 and name_words[0] in _UNITS and run.start() == end - len(name_words[0]) \
                and _ORDINAL_BEFORE.search(text, max(0, run.start() - 8), run.start())  # "the 4th Squadron": a unit's name
            if (is_generic(name.split()) or len(name_words) == 1 and not tail) and not numbered:
                # "Army" or "Defense Ministry" alone is no one organisation; "China's Navy" is.
                owner = _country_before(words[: index + 1], name_words)
                plural = _PLURAL_OWNER.search(text, max(0, run.start() - 40), run.start()) \
                    if len(name_words) == index + 1 else None
                if not owner and plural and plural["country"] in countries():  # "the Philippines' Navy"
                    owner = f"{plural['country']}'"
                if not owner:
                    continue
                name_words = [owner, *name_words]
                name = f"{owner} {name}"
            aliases = _without_legal_form(name_words) if name_words[-1] in COMPANY_SUFFIXES and len(name_words) > 1 \
                else (" ".join(name_words[:-1]),) if _maker_alone(name_words) else ()
            start = end - len(" ".join(name_words))
            joined = _JOINED_BEFORE.search(text, max(0, start - 60), start) \
                if start == run.start() and (name_words[-1] in ORGANIZATION_NOUNS or name_words[-1] in COMPANY_SUFFIXES) else None
            first = strip_leading(possessive_cut(joined["first"].split())) if joined else []
            # (a company's legal form after both joins them: "Kest Shipyard and Engineering Works Ltd")
            # (but not a body's noun then a company's: "the Kest Agency and Varno Works SA" are two)
            if first and (first[-1] not in HEAD_NOUNS or name_words[-1] in COMPANY_SUFFIXES and first[-1] not in _GENERIC) \
                    and not any(w.isupper() and len(w) > 1 and w not in _INITIALS_SPELT for w in first) \
                    and not any(w in person_words for w in first) \
                    and not (len(first) == 1 and is_demonym(first[0])) and " ".join(first) not in countries() \
                    and not _OF_A_BODY.search(text, max(0, joined.start("first") - 40), joined.start("first")):
                # ("Department of Defense and X Agency"; but "on behalf of X and Y Organisation" is one)
                # (not "Ruritanian and Kest Navy", "Ruritania and Kest Navy", "Kest KMT and Varno Group": two bodies)
                # "Air and Space Force", "Research and Development Organisation" are one body; "the
                # Army and Air Force", "Boeing and General Electric", "X and Y Aerospace" are two
                name, start = f"{' '.join(first)} and {name}", start - len(f"{' '.join(first)} and ")
            ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 8), start) if name_words[-1] in _NUMBERED_BODIES else None
            if ordinal and start == run.start():  # "the 16th Armoured Division": the number is the name's (not "the 18th Kest Institute Forum")
                name, start = f"{ordinal[1]} {name}", ordinal.start()
            ampersand = _AMPERSAND_BEFORE.search(text, max(0, start - 5), start) if start == run.start() else None
            if ampersand:  # "the R&D Division": a run of capitals begins after the "&"
                name, start = f"{ampersand.group(0)}{name}", ampersand.start()
            joined = _JOINED_BY_AMPERSAND.search(text, max(0, start - 40), start) if start == run.start() else None
            joined_words = strip_leading(joined[1].split()) if joined else []
            if joined_words and not any(w in person_words or is_demonym(w) for w in joined_words):
                first = " ".join(joined_words)  # "its Naval Ship & Maritime Systems business"
                name, start = f"{first} & {name}", joined.end(1) - len(first)
            aliases = tuple(a for a in aliases if name.startswith(a.split()[0]))  # (not the second part's of "A & B Ltd")
            number = _NUMBER_AFTER.match(text, end) if not tail and (name_words[-1] == "Group" or name_words[-2:] == ["Task", "Force"]) \
                else None
            if number:
                name, tail = f"{name}{number.group(0)}", number.group(0)
            yield Found(name, "organization", "organisation noun", start, end + len(tail), aliases + _country_spelt_otherwise(name))


_INITIALS_SPELT = {"US": "United States", "U.S.": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom"}


def _without_legal_form(words: list[str]) -> tuple[str, ...]:
    """A company's name without its legal form, and without the words of a group's that come before
    it ("Kest Shipbuilding Group Company Ltd" is also "Kest Shipbuilding Group Company", "Kest
    Shipbuilding Group" and "Kest Shipbuilding")."""
    names = [words[:-1]]
    while len(names[-1]) > 2 and names[-1][-1] in ("Company", "Group", "Co", "Co."):
        names.append(names[-1][:-1])
    return tuple(" ".join(n) for n in names)


def _country_spelt_otherwise(name: str) -> tuple[str, ...]:
    """A body named after its country, with the country spelt the other way: "US Department of
    Defense" is also "United States Department of Defense", and the other way round; a ministry
    named either way round ("Ministry of Defense" is the "Defense Ministry"), after its people's name
    or its country's possessive ("Kestrian Ministry of Defense", "Kestria's Defense Ministry")."""
    if " of the Republic of " in name:  # "Armed Forces of the Republic of Kestria" is the "Armed Forces of Kestria"
        return (name.replace(" of the Republic of ", " of "),)
    first, _, rest = name.partition(" ")
    if first.endswith(("'s", "’s")) and first[:-2] in countries() and rest:  # "Kestria's Defense Ministry"
        return (f"{first[:-2]} {rest}", *_country_spelt_otherwise(f"{first[:-2]} {rest}"))
    ministry = _MINISTRY_OF.fullmatch(name)
    if ministry:
        other = f"{ministry['owner'] or ''}{ministry['field']} Ministry"
        owner = (ministry["owner"] or "").strip()
        if owner in countries_of_demonyms() and is_demonym(owner):  # "the Kestrian Ministry of Defense"
            country = countries_of_demonyms()[owner]
            return other, f"{country} {name[len(owner) + 1:]}", f"{country} {other[len(owner) + 1:]}"
        return (other,)
    if first in _INITIALS_SPELT and rest:  # (and without them, where the rest is a name of its own: "US Kest Agency")
        return (f"{_INITIALS_SPELT[first]} {rest}", *((rest,) if len(rest.split()) > 2 and not is_generic(rest.split()) else ()))
    if rest and f"{first} Republic" in countries():  # "the Dominican Air Force" is the "Air Force of the Dominican Republic"
        return (f"{first} Republic {rest}", f"{rest} of the {first} Republic")  # (not Dominica's, whose people are Dominicans too)
    if rest and first in countries_of_demonyms() and is_demonym(first):  # "the Kestrian Air Force" is "Kestria Air Force"
        country = countries_of_demonyms()[first]
        return (f"{country} {rest}", f"{rest} of {country}")  # (and the "Air Force of Kestria")
    second, _, after = rest.partition(" ")
    if after and second in countries_of_demonyms() and f"{first} {countries_of_demonyms()[second]}" in countries():
        return (f"{first} {countries_of_demonyms()[second]} {after}",)  # "Sri Lankan Navy" is "Sri Lanka Navy"
    for initials, spelt in (("US", "United States"), ("UK", "United Kingdom")):
        if name.startswith(f"{spelt} ") and len(name) > len(spelt) + 1:
            return (f"{initials} {name[len(spelt) + 1:]}",)
    return ()


_MINISTRY_OF = re.compile(r"(?P<owner>[A-Z][a-z]+ )?Ministry of (?P<field>[A-Z][a-z]+)")


def _title_follows(words: list[str]) -> bool:
    """Whether a title opens `words`: "Minister", "Prime Minister" ("the X Party Prime Minister Y")."""
    return is_title_word(words[0]) or len(words) > 1 and words[0].lower() in TITLE_MODIFIERS and is_title_word(words[1])


def _maker_alone(words: list[str]) -> bool:
    """Whether a company of two words is also written by its first alone: "Velmar Systems" is
    "Velmar" (not "General Dynamics", "Korea Aerospace")."""
    return len(words) == 2 and words[1] in COMPANY_NOUNS and not (
        is_plain_word(words[0]) or is_title_word(words[0]) or is_demonym(words[0]) or words[0] in countries()
        or fold(words[0]) in folded_countries() or words[0] in country_words())


_COMMA_NAME = re.compile(r",\s+([A-Z][\w'’-]+)")


_PAIR_BEFORE_NOUN = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+$")


_CITY_AND_STATE = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")
_OF_CITY = re.compile(r"\s*of\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)")


# A unit of a larger body, named with it after "of the": the unit and the body are two ("the Air Squadron of
# the Kest Coast Guard", "the Border Service of the State Committee for National Security").
_SUB_UNITS = _UNITS | {"Service", "Unit", "Detachment", "Section"}


def _is_body_of_body(name_words: list[str], tail: str) -> bool:
    words = tail.split()
    if not name_words or name_words[-1] not in _SUB_UNITS or words[:2] != ["of", "the"]:
        return False
    body = [w for w in words[2:] if w[0].isupper()]
    return len(body) >= 2 and any(w in HEAD_NOUNS for w in body)


def _tail(text: str, person_words: set[str]) -> str:
    """The "of the X" that goes on an organisation's name, up to a person's name ("the Council of
    Ministers of Ruritania Ann Holt") and without a dangling adjective ("of the German government")."""
    tail = _TAIL.match(text)
    if not tail or _PAIR_BEFORE_NOUN.search(tail.group(0)) and text[tail.end():tail.end() + 2][1:].islower():
        return ""  # ("Special Forces on the Kestria-Varno border": two places' names joined, an adjective)
    city = _OF_CITY.fullmatch(tail.group(0)) if text.startswith(", ", tail.end()) else None
    placed = _CITY_AND_STATE.match(text, tail.end()) if city and city[1] not in countries() else None
    if placed and (placed[1] in us_states() or placed[1] in countries()):
        return ""  # "Kest Helicopter Company of Varno City, Texas": where the company is, no word of its name
    words = list(re.finditer(r"\S+", tail.group(0)))
    # It stops at a person's name, a title ("of Defense Spokesperson's Office": the spokesperson's
    # office is another body) and a building ("of Defense Headquarters"); a possessive ends it
    # ("of Defense's Directorate": the ministry's, not part of its name).
    cut = next((i for i, w in enumerate(words) if w[0] in person_words or w[0] in _BUILDINGS
                or w[0].endswith(("'s", "’s")) and is_title_word(w[0][:-2])), len(words))
    kept = words[:cut]
    ranked = False
    while cut < len(words) and words[cut][0] in person_words and kept and kept[-1][0].lower() in RANK_WORDS - {"staff"} \
            and (is_title_word(kept[-1][0]) or ranked):
        kept.pop()  # "of Staff Committee General X", "of Kestria Air Marshal X": the rank is the person's
        ranked = True
    # (or after a comma: "of Defence Secretary General, X")
    named_after = cut < len(words) and words[cut][0] in person_words or cut == len(words) and bool(
        (comma := _COMMA_NAME.match(text, tail.end())) and comma[1] in person_words)
    while named_after and len(kept) > 2 and is_title_word(kept[-1][0]) \
            and kept[-1][0][0].isupper() and kept[-2][0] not in ("of", "the", "to"):
        kept.pop()  # "of National Defense Deputy Minister X": the title is the person's (not "of the President X")
    # "of Weapons and Technological Infrastructure" goes on; "of the Army and Air Force", "of Defence and
    # Foreign Minister X" end before the "and": what follows it is another body or a title
    # (what the "and" joins runs to the next "of": "of Electronic and Cyber Warfare of the General Staff" goes on)
    joined = next((i for i, w in enumerate(kept) if w[0] == "and" and any(
        v[0] in HEAD_NOUNS or is_title_word(v[0]) for v in _up_to_of(kept[i + 1:]))), None)
    if joined is not None:
        kept = kept[:joined]
    possessive = next((i for i, w in enumerate(kept) if w[0].endswith(("'s", "’s")) and w[0][:-2] != "People"), None)
    if possessive is not None:
        kept = kept[:possessive + 1]
    if len(kept) > 2 and kept[-1][0] in _PROGRAMMES:  # "of the Philippines Modernization Program": a body's programme
        kept = kept[:-2]
    while kept and (kept[-1][0] in ("of", "for", "the", "and", "&") or is_demonym(kept[-1][0])):
        kept.pop()
    if not any(w[0][0].isupper() for w in kept):
        return ""
    return tail.group(0)[:kept[-1].end() - (2 if possessive is not None and kept[-1] is words[possessive] else 0)]


def _up_to_of(words: list[re.Match]) -> list[re.Match]:
    return words[:next((i for i, w in enumerate(words) if w[0] == "of"), len(words))]


_DETERMINER = re.compile(r"(?:the|a|an|its|their|his|her)\b")


def _institutions_in_titles(text: str, person_words: set[str]):
    """'Pentagon spokesman John Kirby': the Pentagon."""
    for run in capitalised_runs(text):
        following = text[run.end():run.end() + 40].split(" ", 2)
        if len(following) < 2 or following[0] or not following[1].islower() or not is_title_word(following[1]) \
                or text[run.start() - 1:run.start()] == "/":  # ("Ana Berg/Kestpix Defence minister X": a credit's outlet)
            continue
        words = _clean(run.group(0).split())
        if len(words) == 1 and (words[0].endswith(("ed", "ing", "ic")) or words[0].endswith("al") and opens_sentence(text, run.start())):
            continue  # "Related ministers", "Visiting officials", "Olympic medalist", "Local officials say": a word that describes the title
        if (title_noun(following[1]) in OCCUPATIONS or following[1] in ("member", "members", "candidate", "candidates")) \
                and opens_sentence(text, run.start()):
            continue  # "Arms dealer X", "Crew members have ...", "Possible candidates ...": the sentence's capital
        if _DETERMINER.match(following[2] if len(following) > 2 else ""):
            continue  # "Ivo Marek heads the agency": a verb (no title comes before "the")
        if 1 <= len(words) <= 3 and not any(is_demonym(w) or w in _PARTY_WORDS for w in words) \
                and not is_plain_word(words[0]) and not any(w in person_words for w in words) \
                and not words[-1].endswith(".") and not is_title_word(words[-1]) and len(words[-1]) > 2 \
                and " ".join(words) not in countries() and not is_generic(words) \
                and not all(w in countries() for w in words):  # ("Russia Ukraine envoys": two countries')
            name = " ".join(words)
            yield Found(name, "organization", "institution in a title", run.end() - len(name), run.end())


def _described(text: str, person_words: set[str]):
    """'the state news agency TASS', 'the Yonhap news agency', 'Hyundai Rotem, the manufacturer of',
    'the armed forces, the Kestwehr,'."""
    for match in _PAPER_REPORTED.finditer(text) if " report" in text else ():
        words = match["paper"].split()
        if not any(w in person_words or is_demonym(w) or is_title_word(w) or w in countries() or is_plain_word(w)
                   for w in words[words[0] == "The":]) and " ".join(words[words[0] == "The":]) not in countries() \
                and (words[0] == "The" or words[0].isupper() or words[-1] in MEDIA_NOUNS):  # (not "Ana Berg reported")
            yield Found(match["paper"], "organization", "described organisation", match.start("paper"), match.end("paper"))
    for match in _WORD_REPORTED.finditer(text) if holds_any(text, (" reported ", " reports ", " reported,")) else ():
        if match["site"]:
            yield Found(match["site"], "organization", "described organisation", match.start("site"), match.end("site"))
            continue
        name = match["name"]
        if not (name in person_words or is_plain_word(name) or is_demonym(name) or is_title_word(name) or name in countries()
                or is_capital(name) or name in REGION_NAMES or name in ORGANIZATION_NOUNS):
            yield Found(name, "organization", "described organisation", match.start("name"), match.end("name"))
    for match in _NAMED_AFTER_KIND.finditer(text) if ", the " in text and holds_any(text, _KINDS_BEFORE_THE) else ():
        words = match["name"].split()
        if not any(w in person_words or is_plain_word(w) or is_demonym(w) for w in words) and match["name"] not in countries():
            yield Found(match["name"], "organization", "described organisation", match.start("name"), match.end("name"))
    if not holds_any(text, _DESCRIBING):
        return
    for pattern, words in _DESCRIPTIONS:
        if not holds_any(text, words):
            continue
        for match in pattern.finditer(text):
            group = next((g for g in ("paper", "platform", "site", "account") if match.groupdict().get(g)), "name")
            if pattern is _DESCRIBED_BEFORE and _NOUN_THEN_NAME.match(text, match.end(group)):
                continue  # "built by Kest competitor Varno Aerospace": the name qualifies a noun, whose name follows
            words = match[group].split() if group != "name" else _clean(match[group].split())
            owner = _OWNER_FIRST.match(match[group]) if pattern is _DESCRIBED_BEFORE else None
            if owner and owner["owner"] in countries():  # "developed by Kestria's Kest Group": the group
                words = _clean(match[group][owner.end():].split())
            elif owner:  # "the manufacturer Kest's Varno jets": the manufacturer is Kest, not what it owns
                yield Found(owner["owner"], "organization", "described organisation", match.start(group),
                            match.start(group) + len(owner["owner"]))
                continue
            # (a party's name may open with a people's: "the Kest People's party")
            if len(words) == 1 and words[0].lower() in _KIND_ADJECTIVES:
                continue  # "Local news agency X reported": the kind's adjective, capitalised, names nothing
            if len(words) == 1 and (words[0].endswith("ly") or words[0].lower() in _SENTENCE_ADVERBS) \
                    and opens_sentence(text, match.start(group)):
                continue  # "Subsequently, the agency ...": an adverb opens the sentence
            party = match.group(0).endswith("party") and len(words) > 1
            if words and not any(w in person_words for w in words) and (party or not (is_demonym(words[0]) or words[0] in _SIDES
                                                                     and len(words) > 1 and is_demonym(words[1]))) \
                    and (not is_plain_word(words[-1]) or len(words) > 1 and words[-1] in TRADES) \
                    and " ".join(words) not in countries() and " ".join(words) not in COUNTRY_INITIALS \
                    and not is_capital(" ".join(words)):  # "made by Norway", "in cooperation with Varno", "with US pilots"
                name = " ".join(words)
                end = match.end(group)
                if party and words[-1].endswith(("'s", "’s")):  # "the Kest People's party" keeps its noun
                    name, end = f"{name} party", match.end()
                yield Found(name, "organization", "described organisation", match.end(group) - len(" ".join(words)), end)
                second = _AND_MAKER.match(text, match.end(group)) if match.group(0).endswith(" by " + match[group]) else None
                if second and not any(w in person_words or is_plain_word(w) for w in second["name"].split()):
                    yield Found(second["name"], "organization", "described organisation", second.start("name"),
                                second.end("name"))  # "made by X and Y"


_MEMBER = r"(?:[A-Z][\w.-]*['’]s\s+)?[A-Z][\w&-]*(?:\s+(?:&\s+)?[A-Z][\w&-]*){0,3}"  # (and its country's: "Kestria's Kestwerk"; "Kest Defense & Space")
# The members a consortium or joint venture is made of: "a consortium of Kest France, Kest Italy and Velmar"
# (a "partnership between Varno and Oslo" may be one of governments).
_MEMBERS = re.compile(rf"\b(?:consortium|joint\s+venture)\s+(?:formed\s+)?(?:of|between)\s+"
                      rf"(?P<items>{_MEMBER}(?:,\s+{_MEMBER})*,?\s+and\s+{_MEMBER})")
_MEMBER_NAME = re.compile(_MEMBER)
# The makers a thing is "built by" or a venture "represented by": "represented by Kestbus, KAE Systems
# and Varnardo" (three or more, or one a company by its noun: two alone may be people or states).
_MAKERS_LISTED = re.compile(rf"\b(?:represented|built|made|produced|manufactured|supplied|developed|owned)\s+by\s+"
                            rf"(?P<items>{_MEMBER}(?:,\s+{_MEMBER})*,?\s+and\s+{_MEMBER})")
_COMPANY_KINDS = ("firms", "companies", "manufacturers", "contractors", "shipbuilders", "shipyards", "suppliers",
                  "makers", "defence groups", "defense groups")
_LISTED_COMPANIES = re.compile(rf"\b(?:{'|'.join(_COMPANY_KINDS)}),?\s+(?:such\s+as|including|like)\s+"
                               rf"(?P<items>{_MEMBER}(?:,\s+{_MEMBER})*,?\s+(?:and|or)\s+{_MEMBER})")


# A source named after the report it gave, ending a sentence: "..., Kestpress reports.", "..., Voice of Kest reports."
_REPORTS_AFTER = re.compile(r",\s+(?P<name>[A-Z][a-z]{2,}(?:\.[A-Z]{2,4}|(?:\s+(?:of\s+)?[A-Z][a-z]+){1,2})?|[A-Z]{2,6})\s+(?:reports|reported|informs)"  # ("Kestnews.NET reports", "Kest informs")
                            r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|(?:last|this|earlier\s+this)\s+[a-z]+))?(?:\.|,\s+citing\b)")  # (", Kestnews reports, citing X")
# The two bodies of nations that news names by two letters alone (two letters name no body otherwise),
# and the United Nations by name, which ends in no body's noun.
_BODIES_OF_NATIONS = re.compile(r"(?<![\w.-])(?:UN|EU|United Nations)(?![\w.]|-[a-z])")


# A group with the note some agencies add to it: "the Kest Front (terrorist group banned in Varnia)".
_BANNED = re.compile(rf"(?P<name>(?:[Aa]l-[A-Z][\w'-]*|{CAPITALISED})(?:\s+{CAPITALISED}){{0,3}}),?\s+\((?:an?\s+)?"
                     rf"(?:terrorist|extremist)\s+(?:group|organi[sz]ation)\b[^()]{{0,50}}\)")
# A body of one word or two that speaks: "the Kestmark said", "The Kestmark has denied", "The Varno House
# recently declassified ..." (what speaks is a person or a body; a person of the article is named, a title
# is a title; no person takes "the").
# (it opens with the literal "he ", which `re` finds quickly; "the" or "The" is checked before it)
_BODY_SPEAKS = re.compile(r"he (?P<name>[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?) (?:(?:has|had|have|also|recently|earlier|previously) )?"
                          r"(?:said|says|announced|confirmed|stated|denied|declined|insisted|warned|added|noted|told|"
                          r"declassified|disclosed)\b(?! by\b)")  # (not "the X announced by Y")


def _sources(text: str, person_words: set[str]):
    for match in _BODY_SPEAKS.finditer(text) if "he " in text else ():
        if text[match.start() - 1:match.start()] not in ("t", "T") or text[match.start() - 2:match.start() - 1].isalnum():
            continue  # ("the" or "The", a word of its own)
        name = match["name"]
        if not (any(w in person_words or is_plain_word(w) or is_demonym(w) or is_title_word(w) for w in name.split())
                or name in countries() or is_capital(name) or is_place_name(f"The {name}") or name.lower() in CATEGORY_LOWER
                or name in ORGANIZATION_NOUNS or name in REGION_NAMES or is_generic(name.split())
                or name.split()[-1] in PLACE_FEATURES):  # ("who hails from the Littoral Region says": a region speaks not)
            yield Found(name, "organization", "body that speaks", match.start("name"), match.end("name"))
    for match in _BANNED.finditer(text) if "(terrorist " in text or "(extremist " in text else ():
        words = strip_leading(match["name"].split())  # ("The Kest Front")
        if words and not any(w in person_words or is_demonym(w) or w in countries() for w in words):
            name = " ".join(words)
            yield Found(name, "organization", "group an agency notes", match.end("name") - len(name), match.end("name"),
                        _arabic_article(name))
    for match in _BODIES_OF_NATIONS.finditer(text) if holds_any(text, ("UN", "EU", "United Nations")) else ():
        yield Found(match.group(0), "organization", "acronym", match.start(), match.end())
    reported = _REPORTS_AFTER.finditer(text) if holds_any(text, (" reports", " reported", " informs")) else ()
    sourced = _SOURCE.finditer(text) if holds_any(text, ("ccording to", "reported", "quoted by", "quoted from", "reports", "citing")) else ()
    spoken_to = _SPOKEN_TO.finditer(text) if holds_any(text, ("told", "peaking to", "statement to")) else ()
    for match in chain(reported, sourced, spoken_to):
        name = match["name"]  # (no title: "according to Prof. Ana Berg")
        if not any(w in person_words or is_plain_word(w) or is_demonym(w) or is_title_word(w) for w in name.split()) \
                and name not in countries() and not is_capital(name):  # ("according to Dublin": its government, a place)
            yield Found(name, "organization", "source of a report", match.start("name"), match.end("name"))


# Countries as their own languages name them, which a company's national arm may carry ("X Deutschland").
_ENDONYMS = {"Deutschland", "España", "Espana", "Italia", "Polska", "Nederland", "Sverige", "Norge", "Suomi",
             "Danmark", "Österreich", "Schweiz", "Brasil", "Türkiye", "Hellas"}
_ARM_COUNTRIES = _ENDONYMS | {"UK", "USA", "US"}


# A contract announcement's company, with its city and state: "Kest Dynamics Land Systems, Sterling
# Heights, Michigan, was awarded ..." (its legal form may follow a comma: "Kest Roads, Inc., Suffolk, ...").
_AWARDED_COMPANY = re.compile(r"^(?P<name>[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,5}(?:, (?:Inc|LLC|Corp|Co|Ltd)\.?)?),\*? "
                              r"(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), (?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?), "
                              r"(?:was|has been|is|have been|were) (?:awarded|sharing)\b")


_IN_CAPITALS = re.compile(r"^[A-Z][A-Z&'’-]*(?: [A-Z][A-Z&'’-]*){1,5}$")  # a heading in capitals: "DEFENSE LOGISTICS AGENCY"


def _body_in_capitals(text: str):
    """A heading in capitals that names a body ("DEFENSE LOGISTICS AGENCY"): the body, as a title."""
    words = strip_leading(text.title().split()) if _IN_CAPITALS.match(text) else ()
    if words and words[-1] in ORGANIZATION_NOUNS and not is_generic(words):
        yield Found(" ".join(words), "organization", "body in a heading", len(text) - len(" ".join(words)), len(text),
                    (text[len(text) - len(" ".join(words)):],))


def _awarded_companies(text: str):
    match = _AWARDED_COMPANY.match(text) if " awarded" in text[:200] or " sharing" in text[:200] else None
    if match and match["state"] in us_states():
        name = match["name"].removesuffix(".")
        yield Found(name.split(",")[0], "organization", "company awarded a contract", 0, len(name.split(",")[0]),
                    (name,) if "," in name else ())


_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d\b")
_COUNT_BEFORE = re.compile(rf"(?:\d|\b{any_of(NUMBER_WORDS)})\s+$")
_SIDES = ("North", "South", "East", "West")  # ("made by South Korean defence firm X": a people's name of two words)
TRADES = {"Defense", "Defence"}  # a company's trade in its arm's name: "Kestwerk Defense Canada"
# The second word of a company's name whose first the text may use alone for the company
# ("Kestwerk Defence", "Kestwerk International", "Kestwerk Group", then "Kestwerk said").
COMPANY_TAILS = TRADES | COMPANY_NOUNS | set(COMPANY_SUFFIXES) | {"International", "Group", "Corporation", "Company"}


_PART_OF_A_COUNTRY = {"Continental", "Mainland", "Greater", "Inner", "Outer", "Upper", "Lower", "Metropolitan", "Rural",
                      "Coastal", "Peninsular", "Insular", "Overseas"}


def _national_arms(text: str, person_words: set[str]):
    """'KNDS Deutschland', 'Kestwerk Canada': a company's arm in a country, named with the country
    (not "Western Canada", "Ottawa Canada", a heading's "Tanks For Germany")."""
    for run in capitalised_runs(text):
        last = run.group(0).rpartition(" ")[2]  # (most runs are one word, or end in no country)
        if last == run.group(0) or last not in _ARM_COUNTRIES and last not in countries():
            continue
        words = run.group(0).split()
        if len(words) > 3 or is_heading(text) or any(" ".join(words[i:]) in countries() for i in range(len(words) - 1)) \
                or " ".join(words[-2:]) in REGION_NAMES \
                or " ".join(words[-2:]) in us_states():  # ("New Jersey": a state whose last word is a country too)
            continue  # ("North Korea": a country whose last word is one too; "North America" a region)
        company = words[:-1]
        if last == "US" and all(w.isupper() for w in company) and text.strip(" •·|*-") == run.group(0):
            continue  # "SUPPORT US", "CONTACT US" on a line alone: a page's buttons in capitals, "us" no country
        if run.start() < 40 and _DATELINE.match(text) and run.start() < _DATELINE.match(text).end():
            continue  # "VARNO. KESTINFORM Kestria plans ...": the dateline's agency, then the sentence
        # (a company's own noun may end its name: "Kest Group France", "Varno Aerospace Norway"; no other body's)
        company_noun = len(company) > 1 and company[-1] in COMPANY_TAILS and company[-1] not in _GENERIC
        if any(w in person_words or (is_plain_word(w) and w not in TRADES and not company_noun) or is_demonym(w)
               or w in countries() or is_capital(w) or w.endswith(("'s", "’s"))  # ("China's Taiwan region": a claim, no company's arm)
               or is_title_word(w) or w in REGION_NAMES or w in HEAD_NOUNS and not (company_noun and w is company[-1])
               for w in company) \
                or company[0] in TRADES or " ".join(company) in countries() or len(company[0]) < 3 \
                or company[0] in _PART_OF_A_COUNTRY or company[0].endswith("phone") or company[0] == "Royal" \
                or any(c.isdigit() for c in company[0]) \
                or "-" in company[0] and company[0].rsplit("-", 1)[1].islower():  # ("Youth-led Kestria protests": it describes)
            # ("the destroyer KN-01 Kestria": a hull number, a ship's name)
            # ("Continental US", "Mainland China", "Anglophone Kestria": a part of the country; "Royal Kestria navy": a crown's)
            continue
        if _PROGRAMME_AFTER.match(text, run.end()):
            continue  # "the Kestfighter Varno programme": a programme of a company for a country
        if len(company) == 1 and (company[0].endswith("ly") or company[0].lower() in _SENTENCE_ADVERBS) \
                and opens_sentence(text, run.start()):
            continue  # "Similarly Norway is ...", "Meanwhile Kestria ...": an adverb opens the sentence
        if _COUNT_BEFORE.search(text, max(0, run.start() - 12), run.start()):
            continue  # "the twelve Kestjets Varnia has bought": things counted, then a country's clause
        if _YEAR_AFTER.match(text, run.end()):
            continue  # "Wawasan Kestria 2035": a programme named for its year, no company's arm
        yield Found(run.group(0), "organization", "national arm of a company", run.start(), run.end())


def _listed_companies(text: str, person_words: set[str]):
    """'firms such as Kestsat and Velmar': companies listed after a word for companies."""
    lists = _LISTED_COMPANIES.finditer(text) if holds_any(text, _COMPANY_KINDS) else ()
    return _listed_bodies(text, lists, person_words, "listed after a word for companies")


def _members(text: str, person_words: set[str]):
    lists = [*(_MEMBERS.finditer(text) if holds_any(text, ("consortium", "venture")) else ()),
             *(m for m in (_MAKERS_LISTED.finditer(text) if " by " in text else ())
               if m["items"].count(",") >= 1 or HEAD_NOUNS.intersection(m["items"].replace(",", " ").split()))]
    return _listed_bodies(text, lists, person_words, "member of a consortium")


def _listed_bodies(text: str, lists, person_words: set[str], label: str):
    """The bodies of lists (matches whose "items" group holds them): each item that names no person,
    people or country."""
    for match in lists:
        for item in _MEMBER_NAME.finditer(text, match.start("items"), match.end("items")):
            words = possessive_cut(item.group(0).split())
            name = " ".join(words)
            # (a company's later words may be a trade's: "Kest Defense & Space")
            if words and not is_plain_word(words[0]) and not any(w in person_words or is_demonym(w) for w in words) \
                    and not all(is_plain_word(w) for w in words) and name not in countries():
                yield Found(name, "organization", label, item.end() - len(name), item.end())


# An outlet by its web address in a sentence: "the kestnews.com website reported".
_DOMAIN_ENDS = tuple(f".{end}" for domain in _DOMAINS for end in (domain, domain.capitalize()))  # a quick test before the pattern
_DOMAIN_OUTLET = re.compile(rf"\b(?P<name>{_DOMAIN})(?=\s+(?:website|site|portal|news\s+site)\b)"
                            # an address that reports, or is reported from: "kestnews.com reports", "according to kest.info"
                            rf"|(?<![\w.@/])(?P<reporting>(?i:{_DOMAIN}))(?=\s+(?:reports|reported|writes|wrote|says|said)\b)"
                            rf"|\b(?:[Aa]ccording to|reported by|cited by)\s+(?P<cited>{_DOMAIN})\b(?![.\w/-])")
# An outlet by a brand's name with its channel's number, which no person has: "according to Kest24".
_NUMBERED_OUTLET = re.compile(r"\b(?:[Aa]ccording to|reported by|cited by|told)\s+(?P<numbered>[A-Z][A-Za-z]{2,}\d{1,3})\b(?![\w/-])")
# An outlet a report is credited to: "..., as reported in Kest Daily.", "as published by the Varno Star".
_AS_REPORTED = re.compile(r"\bas\s+(?:reported|published|first\s+reported)\s+(?:in|by)\s+(?:the\s+)?"
                          r"(?P<outlet>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})(?=\s*[.,;:)]|$)")
# Sources listed with their countries and dates: "[KNA (Varnia), 08/10/2013; Kest Post (Varnia), 08/10/2013]".
_DATED_SOURCE = re.compile(r"(?:^\[?|; )(?P<outlet>[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}) \([A-Z][\w. ]{1,30}\), \d{1,2}/\d{1,2}/\d{2,4}")
_LETTERS_THEN_NUMBER = re.compile(r"[a-z]\d")  # (quick tests before it)
_CITING = ("ccording to", "reported by", "cited by", "told")


# A paper named in its own language with its article, cited: "according to Kestria's Die Zeit", "told Le Varno".
_PAPER_WITH_ARTICLE = re.compile(r"\b(?:[Aa]ccording\s+to|reported\s+by|cited\s+by|told)\s+(?:[A-Z][a-z]+['’]s\s+)?"
                                 r"(?P<outlet>(?:Die|Der|Das|Le|La|Les|El|Il|Het|De)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# An outlet named after "reports" at a sentence's end: "X's words are quoted by CNN, reports Kest Pravda".
_REPORTED_BY_OUTLET = re.compile(rf",\s+reports\s+(?P<outlet>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})(?=\s*[.;]|$)")
# An outlet by the newsletters it sends: "Sign up to The Kest Star's newsletters".
_NEWSLETTER_OF = re.compile(r"(?P<outlet>(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+(?:(?:daily|weekly|free)\s+)?newsletters?\b")
_COPYRIGHT_ADDRESS = re.compile(rf"^©[^.]{{0,60}}\s(?P<name>{_DOMAIN})$")


def _outlets_by_address(text: str):
    for match in _DOMAIN_OUTLET.finditer(text) if holds_any(text, _DOMAIN_ENDS) else ():
        group = next(g for g in ("name", "reporting", "cited") if match[g])
        yield Found(match[group], "organization", "outlet by its address", match.start(group), match.end(group))
    for match in _NUMBERED_OUTLET.finditer(text) if _LETTERS_THEN_NUMBER.search(text) and holds_any(text, _CITING) else ():
        yield Found(match["numbered"], "organization", "outlet cited", match.start("numbered"), match.end("numbered"))
    for match in _DATED_SOURCE.finditer(text) if "/" in text and "(" in text else ():  # "[Kest Post (Varnia), 08/10/2013; ...]"
        if not (match["outlet"] in countries() or is_plain_word(match["outlet"])):
            yield Found(match["outlet"], "organization", "outlet cited", match.start("outlet"), match.end("outlet"))
    for match in _AS_REPORTED.finditer(text) if "as " in text and holds_any(text, ("reported", "published")) else ():
        outlet = match["outlet"]
        if not (outlet in countries() or is_capital(outlet) or is_plain_word(outlet) or is_demonym(outlet)):
            yield Found(outlet, "organization", "outlet cited", match.start("outlet"), match.end("outlet"))
    for match in _REPORTED_BY_OUTLET.finditer(text) if " reports " in text else ():  # "..., reports Kest Pravda."
        words = match["outlet"].split()
        if not (all(is_plain_word(w) or is_demonym(w) or w in countries() for w in words) or looks_like_name(words)):
            # (not a reporter: "..., reports Ana Berg.")
            yield Found(match["outlet"], "organization", "outlet cited", match.start("outlet"), match.end("outlet"))
    for match in _PAPER_WITH_ARTICLE.finditer(text) if holds_any(text, _CITING) else ():  # "according to Die Zeit"
        yield Found(match["outlet"], "organization", "outlet cited", match.start("outlet"), match.end("outlet"))
    for match in _NEWSLETTER_OF.finditer(text) if "newsletter" in text else ():  # "Sign up to The Kest Star's newsletters"
        if not (match["outlet"] in countries() or is_plain_word(match["outlet"].removeprefix("The "))):
            yield Found(match["outlet"], "organization", "outlet cited", match.start("outlet"), match.end("outlet"))
    copyright_line = _COPYRIGHT_ADDRESS.match(text) if text.startswith("©") else None
    if copyright_line:  # "© ana berg kestphoto.com": a picture library's address
        yield Found(copyright_line["name"], "organization", "outlet by its address", copyright_line.start("name"), len(text))


def _post_author(text: str):
    match = _POST_AUTHOR.match(text)
    words = match["agency"].split() if match else []
    if any(sum(c.isupper() for c in w) >= 2 or w in HEAD_NOUNS or w == "News" for w in words):
        return match
    return None


def _wire_agency(text: str):
    """'WARSAW, Dec 6 (Reuters) -', 'Feb 28 (NHK) -', 'TOKYO, May 2 – RIA Novosti.': the agency;
    'Credit: AP' under a picture, a line 'Source: X'; a company named after its legal form ('NPO Mashinostroyeniya')."""
    first = _AGENCY_FIRST.match(text) if text[:2].isupper() else None
    if first:  # "KNA – Varno (Kestria) ...": the agency first, then the city and its country (no agency in brackets)
        yield Found(first["agency"], "organization", "wire dateline", 0, first.end("agency"))
    dateline = _DATELINE.match(text) if not first else None
    run_in = RUN_IN_DATELINE.search(text, 0, 200) if not (first or dateline) and "(" in text[:200] else None
    if run_in:
        yield Found(run_in["agency"], "organization", "wire dateline", run_in.start("agency"), run_in.end("agency"))
    if dateline:
        group = next(g for g in ("agency", "agency_only", "agency_after", "agency_titled", "agency_placed", "agency_country",
                                 "agency_dotted", "agency_slashed", "agency_dayfirst", "agency_last") if dateline[g])
        agency = dateline[group].strip()
        if agency not in NOT_ORGANIZATIONS:
            spelt = (agency.title(), (agency,)) if " " in agency and agency.isupper() else (agency, ())
            yield Found(spelt[0], "organization", "wire dateline", dateline.start(group),
                        dateline.start(group) + len(agency), spelt[1])
        for other in ("carried", "partner", "copied", "second"):
            if dateline[other]:
                yield Found(dateline[other], "organization", "wire dateline", dateline.start(other), dateline.end(other))
    credits = [*(_CREDIT.finditer(text) if holds_any(text, _CREDIT_WORDS) else ()),
               *(_COURTESY.finditer(text) if "ourtesy of" in text else ()),
               *(_PIC.finditer(text) if holds_any(text, (" pic)", " photo)", " picture)")) else ()),
               *(_PIC_AFTER.finditer(text, len(text) - 12) if text.endswith((" Photo", " Pic")) else ()),
               *(_CREDIT_BEFORE.finditer(text) if "/" in text else ()),
               *(_SOURCE_ADDRESS.finditer(text) if text.startswith(("Source:", "via ")) else ()),
               *(_ADDRESS_LINE.finditer(text) if len(text) < 40 and "." in text else ()),
               *(_PHOTO_BY_AGENCY.finditer(text) if " by " in text and "/" in text else ()),
               *(_CREDIT_THEN_PHOTOGRAPHER.finditer(text) if "/" in text and "o" in text else ()),
               *(_COPYRIGHT_OUTLET.finditer(text) if "Copyright" in text else ()),
               *(_TEXT_CREDIT.finditer(text) if "Text" in text and "|" in text else ()),
               *filter(None, [_CREDIT_LINE.search(text) if "/" in text else None,
                              _SLASHED_CREDIT.search(text) if "//" in text else None,
                              _SOURCE_LINE.match(text) if text.startswith(("Source:", "(Source:")) else None,
                              _DASHED_CREDIT.search(text, len(text) - 12) if text.endswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) else None,
                              _JOINED_CREDIT.search(text, len(text) - 24) if "-" in text[-24:] else None,
                              _DASHED_AGENCY_LINE.match(text) if text[:1] in "-–—" and len(text) < 50
                              and not _writer_in_capitals(text) else None,
                              _SPACED_CREDIT_LINE.match(text) if text.startswith(("Photo :", "Picture :", "Image :")) else None,
                              _BRACKETED_AFTER.search(text, len(text) - 30) if text.endswith(")") else None,
                              _SOURCE_AFTER.search(text, len(text) - 60) if "(Source:" in text else None,
                              _AGENCY_CITY_LINE.match(text) if len(text) < 30 else None,
                              _CREDIT_WORD_LINE.match(text) if text.startswith("Credit ") else None,
                              _AGENCY_PHOTO.match(text) if " Photo" in text[:8] else None,
                              PHOTOGRAPHER_AND_AGENCY.search(text) if "/" in text else None,
                              COPYRIGHT_PHOTO.search(text) if "©" in text else None,
                              AGENCIES_THEN_PHOTOGRAPHER.search(text) if "/" in text else None,
                              PHOTO_THEN_AGENCY.match(text) if text.startswith("PHOTO ") else None,
                              _CREDIT_VIA.search(text) if " via " in text else None,
                              _READ_MORE_LINE.match(text) if text.startswith("Read ") and len(text) < 60 else None,
                              _FOLLOW_LINE.match(text) if text.startswith("Follow ") else None,
                              _POST_CREDIT.match(text) if text.startswith("@") else None,
                              _PAPER_DATE_LINE.match(text) if text.startswith("The ") and len(text) < 60 else None])]
    for match in credits:
        for group in ("agency", "partner", "titled", "via", "outlet"):
            agency = match.groupdict().get(group)
            agency = agency.removesuffix(" Staff") if agency else agency  # ("Photo: Ana Berg/Kest Tribune Staff")
            if group == "titled" and agency and text[:match.start(group)].rstrip().rpartition(" ")[2][:1].isupper():
                continue  # "Ana Berg/Kest News": a photographer's surname, no agency
            if agency and agency not in NOT_ORGANIZATIONS and agency not in _NO_ONE_CREDITED and not is_plain_word(agency):
                # ("KESTPRESS News" is Kestpress News; an acronym alone, "KNA", stays)
                spelt = (agency.title(), (agency,)) if " " in agency and agency.split()[0].isupper() \
                    and len(agency.split()[0]) > 3 else (agency, (agency.rsplit(".", 1)[0],)) \
                    if re.fullmatch(_DOMAIN, agency, re.IGNORECASE) else (agency, ())  # ("Kestnews.com" is Kestnews)
                yield Found(spelt[0], "organization", "picture credit", match.start(group), match.end(group), spelt[1])
    barred = _BARRED_OUTLET.match(text) if " | " in text[:60] else None
    if barred and barred["agency"] not in NOT_ORGANIZATIONS:  # (its name in capitals is written as a name)
        yield Found(barred["agency"].title(), "organization", "outlet of a dateline", barred.start("agency"), barred.end("agency"),
                    (barred["agency"],))
    two = BYLINE_OF_TWO.match(text) if len(text) < 100 and "," in text else None  # "A and B, KTV"
    if two and not is_plain_word(two["outlet"]):
        yield Found(two["outlet"], "organization", "outlet of a byline", two.start("outlet"), two.end("outlet"))
    byline = byline_with_outlet(text)  # "Anna Berg - The Varno Star", "Varno Tribune- Anna Berg"
    outlet = byline[1] if byline else None
    if outlet and outlet[0] not in countries() and not is_capital(outlet[0]):
        yield Found(outlet[0], "organization", "outlet of a byline", outlet[1], outlet[2])
    post = _post_author(text) if "(@" in text else None
    if post:
        yield Found(post["agency"], "organization", "author of a post", post.start("agency"), post.end("agency"))
    for match in _LEGAL_FORM_FIRST.finditer(text) if holds_any(text, _LEGAL_FORMS) else ():
        yield Found(match["name"], "organization", "legal form", match.start(), match.end())
    for match in _RADIO_FIRST.finditer(text) if "Radio " in text else ():
        if not any(is_plain_word(w) or is_title_word(w) for w in match["name"].split()[1:]):
            yield Found(match["name"], "organization", "broadcaster", match.start(), match.end())
    for match in _TWO_PORTFOLIOS.finditer(text) if " and " in text and holds_any(text, ("Ministry", "Department")) else ():
        if match["portfolio"].lower() in TITLE_MODIFIERS:  # "the Interior and National Security Ministry"
            yield Found(match["name"], "organization", "ministry of two portfolios", match.start("name"), match.end())
    for match in _HELICOPTER_MAKER.finditer(text) if " Helicopters" in text else ():
        if not (is_plain_word(match["maker"]) or is_demonym(match["maker"]) or match["maker"] in countries()):
            yield Found(match["name"], "organization", "helicopter maker", match.start("name"), match.end())


# A document's or a rule's words before "of" name no body, whatever body closes the name ("the
# Terms and Conditions of Service (TCS)", "the Rules of Engagement of the Force").
_TERMS = {"Terms", "Conditions", "Rules", "Code", "Articles", "Principles", "Standards"}


def _acronyms(text: str, person_words: set[str], not_bodies: set[str]):
    """'Collective Security Treaty Organization (CSTO)', and a bare 'NATO'. A defined acronym of
    equipment ("Supersonic Missile Assisted Release of Torpedo (SMART)") or of a place ("Integrated
    Test Range (ITR)") is typed by its words."""
    not_bodies = not_bodies | defined_otherwise(text)
    variants_spelt: list[tuple[int, int]] = []  # (the words of a variant's letters: "(NATO Frigate Helicopter)" holds no body)
    for match in chain(_ACRONYM.finditer(text), _ACRONYM_FIRST.finditer(text)) if holds_any(text, ("(",)) else ():
        words = match["name"].split()
        if match.re is _ACRONYM_FIRST and "".join(w[0] for w in words if w[0].isupper()) != match["short"]:
            continue  # (the words in brackets after an acronym are its own only where their initials spell it)
        if match.re is _ACRONYM_FIRST and _MODEL_TOKEN.fullmatch(text[:match.start()].rstrip().rpartition(" ")[2]):
            variants_spelt.append(match.span("name"))
            continue  # "the KX90 NFH (Naval Frigate Helicopter)": a variant's letters after a model, spelt out
        if len(words) > 2 and words[-2] == "in" and words[-3] not in HEAD_NOUNS | {"Mission", "Operations"}:
            continue  # ("Ana Berg in Varno (KNA)": a place after a name, no body's)
        words = _defined_by(_clean([*words[:-1], words[-1].removesuffix("'s")]), match["short"])  # "Guard's (CCG)"
        titled = [i for i, w in enumerate(words) if w == "of" and any(map(is_title_word, words[:i]))]
        if titled and not any(map(is_title_word, words[titled[-1]:])):  # "the Chief of Staff of the Kest Forces (FK)": the body's
            words = words[titled[-1] + 2 if words[titled[-1] + 1:titled[-1] + 2] == ["the"] else titled[-1] + 1:]
        if not words or not words[0][0].isupper() or any(w in person_words or is_title_word(w) and not _company_general(words, i)
                                                         for i, w in enumerate(words)):
            continue  # "Defense Minister Boris Pistorius (SPD)": a person and a party; "Director of X (DX)": a title
        head = words[words.index("of") - 1] if "of" in words[1:] else None  # ("Terms and Conditions of Service")
        if match["short"] in not_bodies or words[-1] not in HEAD_NOUNS and not DOCUMENTS.isdisjoint(words) \
                or head in DOCUMENTS or head in _TERMS \
                or words[-1] in GATHERINGS or words[-1] in _TRANSACTIONS \
                or _PROGRAMME_AFTER.match(text, match.end()) and words[-1].lower() not in CATEGORY_LOWER \
                or _DOCUMENT_AFTER.match(text, match.end()):  # ("the Kest Force (KF) Act of 1980": a law's name)
            # ("the World Youth Forum (WYF)": an event; "the X (XS) framework"; but "the Kest Weapons
            # System (KWS) program" is a system's)
            continue  # a class of weapon ("Intermediate Range Ballistic Missile (IRBM)"), a document ("Convention on ...")
        if words and words[-1] in HEAD_NOUNS | {"Treaty", "Pact", "Organization", "Military"} or len(words) >= 3:
            name = " ".join(words)
            start = match.start("name") + match["name"].index(name)
            # ("X Coastal Defense Systems (XCDS)": "Systems" names a company's end and a category; here the
            # category, as a weapon's word stands before it; "X Marine Systems (XMS)" is a company)
            company = words[-1] == "Systems" and len(words) > 1 and words[-2].lower() not in _WEAPON_WORDS \
                or words[-1] == "Complex" and len(words) > 1 and words[-2].lower() in _INDUSTRIES  # "Kest Aeronautical Complex (KAC)"
            # ("Regional Assistance Mission Kestria (RAMK)": a body's noun, then the country it serves)
            serving = any(w in HEAD_NOUNS | {"Mission"} and " ".join(words[i + 1:]) in countries() for i, w in enumerate(words))
            entity_type = ("place" if " ".join(words[-2:]) in _VENUES or words[:2] == ["Line", "of"] else  # "Kest Exhibition Centre (KEC)": a venue; "Line of Actual Control (LAC)"
                           "organization" if company or serving or words[-1] in HEAD_NOUNS and words[-1].lower() not in CATEGORY_NOUNS else
                           "place" if name in countries() or words[-1].lower() in _PLACE_FEATURES or "Republic" in words
                           or " ".join(words[-2:]).lower() in _PLACE_FEATURES else  # ("X Submarine Base (XSB)")
                           "equipment" if any(w.lower() in CATEGORY_NOUNS for w in words)
                           or _CATEGORY_AFTER.match(text, match.end()) and not _FIGHTERS_AFTER.match(text, match.end())
                           else "organization")  # "X Y (XY) system" (but "X Y (XY) fighters" are a group's men)
            if entity_type != "equipment" and any(c.islower() for c in match["short"]):
                continue  # ("Doctor of Philosophy (PhD)": a mixed case names one programme's system, if anything)
            classed = next((i for i, w in enumerate(words) if i and w in ("Class", "class")), None)
            if entity_type == "equipment" and classed:  # "the Kest Class Patrol Boat (KCPB)": the Kest class
                named = " ".join(words[:classed])
                yield Found(f"{named} class", entity_type, "ship or aircraft class", start, start + len(name),
                            (name, match["short"], named, f"{named}-class"))
                continue
            yield Found(name, entity_type, "defined acronym", start, start + len(name), (match["short"],))
    for match in _LOWER_BODY_ACRONYM.finditer(text) if "(" in text and holds_any(text, _LOWER_BODY_NOUNS) else ():
        if match["native"]:
            yield Found(match["native"], "organization", "acronym of a body", match.start("native"), match.end("native"),
                        (match["short"],))
        elif match["short"] not in NOT_ORGANIZATIONS and match["short"] not in countries():
            yield Found(match["short"], "organization", "acronym of a body", match.start("short"), match.end("short"),
                        (match["words"],))
    for match in _SHORT_NAME.finditer(text) if "(" in text else ():  # "the Federal Office for X (Kestarm)"
        words = _clean(match["name"].split())
        short = match["short"]
        if _NAME_GOES_ON.match(text, match.end()):
            continue  # a nickname inside a name (below)
        if words and any(w in HEAD_NOUNS for w in words) and not any(w in person_words for w in words) \
                and short not in countries() and not is_demonym(short) and not is_plain_word(short):
            name = " ".join(words)
            yield Found(name, "organization", "defined acronym", match.end("name") - len(name), match.end("name"), (short,))
    for match in _NICKNAME_INSIDE.finditer(text) if "(" in text else ():  # "the Varno (Hawk) Special Police Unit"
        words = strip_leading(match["name"].split())
        if match["nick"].isupper() and any(_spelt_by([w.lower() for w in words[i:]], match["nick"]) for i in range(len(words))) \
                and _OWN_INITIALS.match(text, match.end()):
            # "the Royal Kest Navy (RKN) Sea Training Group (STG)": the initials end one body's name; another
            # follows with its own (but "the Kest Defence Force (KDF) Air Wing" is the force's wing)
            continue
        if words and match["rest"].split()[-1] in HEAD_NOUNS | _UNITS and not (is_plain_word(words[0]) or is_demonym(words[0])) \
                and not any(w in person_words for w in words):
            start = match.end("name") - len(" ".join(words))
            yield Found(f"{' '.join(words)} {match['rest']}", "organization", "name with a nickname", start, match.end(),
                        (text[start:match.end()],))
    for match in _APPOSED_ACRONYM.finditer(text) if ", " in text else ():  # "the Supreme Council of X, KSC, decided"
        words = _clean(match["name"].split())
        if words and any(w in HEAD_NOUNS for w in words) and not any(w in person_words for w in words) \
                and match["short"] not in countries() and match["short"] not in NOT_ORGANIZATIONS:
            name = " ".join(words)
            yield Found(name, "organization", "defined acronym", match.end("name") - len(name), match.end("name"),
                        (match["short"],))
    dateline = _DATELINE_CITY.match(text)
    if dateline and text[dateline.end():dateline.end() + 2].lstrip()[:1].islower():
        dateline = None  # "NATO, the alliance, ...": a body, no city
    if "/" in text and DATELINE_CITIES.match(text):
        return  # "VARNO / KEST": a dateline's cities
    credit = _CREDIT_LINE.match(text) if "/" in text else None  # "ANNA BERG/AGENCY": a name in capitals, then the agency
    credited_name = credit.start("agency") if credit else 0
    barred = _BARRED_OUTLET.match(text) if " | " in text[:60] else None  # ("Varno | THE KEST HERALD |": one outlet's words)
    credited_name = max(credited_name, barred.end() if barred else 0)
    photo = COPYRIGHT_PHOTO.search(text) if "©" in text else None  # ("© KESTPRESS PHOTO ANA BERG": a name in capitals)
    credited_name = max(credited_name, photo.end() + 1 if photo else 0)  # (its last word too)
    shot = AGENCIES_THEN_PHOTOGRAPHER.search(text) if "/" in text else None  # ("KNA-KEFE/ANA BERG": a name in capitals)
    credited_name = max(credited_name, shot.end() + 1 if shot else 0)
    # ("the FDI frigates": a system's name, see equipment)
    systems = {start for start, _, _ in acronyms_before_category(text)}
    for match in _BARE_ACRONYM.finditer(text) if not any(_body_in_capitals(text)) else ():  # (a heading's words, no acronyms)
        acronym = match["name"]
        if acronym in NOT_ORGANIZATIONS or acronym in not_bodies or _ROMAN.match(acronym) or text.startswith("&", match.end()) \
                or is_title_word(acronym) or acronym.title() in countries() \
                or match.end() < credited_name or match.start() in systems \
                or any(start <= match.start() < end for start, end in variants_spelt) \
                or (dateline and match.start() == 0) or _after_a_name(text, match.start()) \
                or _post_nominal(text, match.start(), match.end(), person_words) \
                or _spells_words_before(text, match.start(), acronym) \
                or _AMOUNT_BEFORE.search(text, max(0, match.start() - 12), match.start()) \
                or _REGISTRATION_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            continue
        yield Found(acronym, "organization", "acronym", match.start(), match.end())
    photographed = [m.span() for m in _PHOTO_BY_AGENCY.finditer(text)] if "/" in text and " by " in text else []
    for match in _ACRONYM_PAIR.finditer(text) if "/" in text else ():
        if not set(match["name"].split("/")) & (NOT_ORGANIZATIONS | not_bodies | COUNTRY_INITIALS) \
                and not any(start < match.start() < end for start, end in photographed):  # ("by ANNA BERG/KNA")
            yield Found(match["name"], "organization", "acronym", match.start(), match.end())
    for match in _ACRONYM_BEFORE_TITLE.finditer(text) if _THREE_CAPITALS.search(text) else ():  # "IDF Chief of Staff X"
        if is_title_word(match["title"]) and match["name"] not in NOT_ORGANIZATIONS | not_bodies \
                and not is_title_word(match["name"]) and not (dateline and match.start() == 0):  # ("CDS General X": an office's initials)
            yield Found(match["name"], "organization", "acronym", match.start(), match.end("name"))


_MODEL_TOKEN = re.compile(r"[A-Z][A-Za-z-]*\d[\w-]*")  # a model's designation: "KX90", "Su-35"


def _company_general(words: list[str], index: int) -> bool:
    """'General' before a company's noun ("General Dynamics", "General Atomics"): a word of its name, no rank."""
    return words[index] == "General" and index + 1 < len(words) and words[index + 1] in COMPANY_NOUNS


def _defined_by(words: list[str], acronym: str) -> list[str]:
    """The words an acronym stands for: the shortest tail whose initials spell it ("... for the
    Royal Australian Air Force (RAAF)"; its capitals only, "Precision Strike Missile (PrSM)"), else the
    words after the last one in capitals (a ticker: "Lockheed Martin LMT Terminal High Altitude Area
    Defense (THAAD)")."""
    acronym = "".join(c for c in acronym if not c.islower())
    for start in range(len(words) - 1, -1, -1):
        # (a name with capitals inside gives each: "KestWerk Marine Systems (KWMS)", "K&V Regiment (KVR)")
        # (a hyphen joins two words in both: "Kest Task Force-Horn of Varno (KTF-HOV)")
        spelt = [part for w in words[start:] for part in (w.split("-") if "-" in acronym and w[:1].isupper() else [w]) if part]
        initials = "".join(("".join(c for c in w if c.isupper()) if w[1:].isalpha() and not w.isupper() or "&" in w else w[0])
                           if w[0].isupper() else "O" if w == "of" and "-" in acronym else ""
                           for w in spelt)
        # (or each part of a hyphenated word, and a particle, gives its capital: "Ahl-Kest wal Varno (AKWV)")
        spoken = "".join("".join(part[0] for part in w.split("-") if part[:1].isupper()) if w[0].isupper()
                         else w[0].upper() if w in _PARTICLES else "" for w in spelt)
        if (initials == acronym or acronym.replace("-", "") in (initials, spoken)) and words[start][0].isupper():
            return words[start:]
    capitals = [i for i, w in enumerate(words) if w.isalpha() and w.isupper() and len(w) > 1]
    rest = words[capitals[-1] + 1:] if capitals else words
    while rest and rest[0] in ("of", "for", "at"):  # "the CEO of Kest Aerospace Industries (KASI)": the title's "of"
        rest = rest[1:]
    return rest


def _after_a_name(text: str, start: int) -> bool:
    """A stock ticker after a company's name ("Lockheed Martin LMT", from "[LMT]")."""
    before = text[max(0, start - 30):start].split(" ")
    word = before[-2] if len(before) >= 2 and before[-1] == "" else ""
    return bool(word) and word[0].isupper() and word.isalpha() and not word.isupper() and not is_demonym(word) \
        and word not in countries() and not is_plain_word(word) and not is_title_word(word)


def _spells_words_before(text: str, start: int, acronym: str) -> bool:
    """An acronym right after the words in lower case it spells ("a major non-Kest ally [MNKA]", its
    brackets dropped): a thing's short name, no body's."""
    words = re.split(r"[\s-]+", text[max(0, start - 80):start].strip())[-len(acronym):]
    return len(words) == len(acronym) and any(w[:1].islower() for w in words) \
        and "".join(w[:1] for w in words).upper() == acronym


def _post_nominal(text: str, start: int, end: int, person_words: set[str]) -> bool:
    """An honour's or a degree's initials set off after a person's name, alone or among others: "Ana Berg,
    GCFR, said" (but not a credit's agency at a line's end: "Photo: Ana Berg, KNA")."""
    items = text[max(0, start - 80):start].split(", ")
    if len(items) < 2 or items[-1]:
        return False
    before = len(items) - 2
    while before > 0 and _HONOUR.fullmatch(items[before]):
        before -= 1  # one of several: "Ana Berg, KBE, OSP, ndu, psc"
    return before >= 0 and items[before].rpartition(" ")[2] in person_words and text[end:end + 1] in (",", ";")


_HONOUR = re.compile(r"[A-Z]{2,6}|[a-z]{2,5}")


def _lower_case_ministries(text: str):
    """'the Chinese foreign ministry': the Chinese Foreign Ministry."""
    for match in _LOWER_CASE_MINISTRY.finditer(text) if "ministry" in text else ():
        if is_demonym(match["demonym"]):
            spelled = match.group(0)
            name = f"{match['demonym']} {match['kind'].capitalize()} Ministry"
            yield Found(name, "organization", "ministry in lower case", match.start(), match.end(), (spelled,))
    for match in _LOWER_CASE_EMBASSY.finditer(text) if "embassy" in text else ():
        owner = match["owner"]
        if owner in ("U.S.", "US", "UK") or is_demonym(owner) or owner in countries():
            yield Found(match.group(0), "organization", "embassy in lower case", match.start(), match.end())
