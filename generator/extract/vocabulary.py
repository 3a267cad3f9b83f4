"""Word lists the pattern extractors share. Kept in one place so that discovery and attribution
agree on what a title, a speech verb or a stop word is."""
from __future__ import annotations

import re
from functools import lru_cache

# Nouns that end a title before a name ("Kremlin spokesman Dmitry Peskov") or start an
# appositive after one ("Alexander Volfovich, State Secretary of ...").
TITLE_NOUNS = {
    "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "president", "premier",
    "chief", "commander", "general", "admiral", "colonel", "major", "captain", "lieutenant", "sergeant",
    "director", "head", "chairman", "chairwoman", "chairperson", "chair", "ambassador", "envoy", "adviser", "advisor",
    "official", "reporter", "correspondent", "analyst", "editor", "researcher", "fellow", "governor",
    "mayor", "deputy", "aide", "chancellor", "senator", "lawmaker", "representative", "ruler", "leader",
    "prosecutor", "attache", "attaché", "marshal", "commissioner", "counsellor", "counselor", "diplomat",
    "expert", "professor", "journalist", "writer", "columnist", "pilot", "officer", "chief-of-staff",
    "king", "queen", "prince", "emir", "sheikh", "taoiseach", "tanaiste", "tánaiste", "speaker", "founder", "ceo", "executive", "manager",
    "vice-president", "vice-admiral", "staff", "spokespeople", "negotiator", "strategist", "historian", "counterpart", "peer",
    "predecessor", "successor", "member", "mp", "mep", "commandant", "convener", "convenor", "coordinator",  # "Kest Party member X", "Kest MP X"
    # ranks, and the abbreviations news writing uses for titles ("Maj. Gen.", "Rep.", "Amb.", "Dr")
    "brigadier", "commodore", "corporal", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "brig", "sgt", "cpl",
    "offr", "ldr",  # ("Fg Offr", "Sqn Ldr")
    "rep", "sen", "gov", "amb", "dr", "prof", "ph.d", "phd", "lieut", "sr", "lt-gen", "maj-gen", "lieutenant-general", "major-general",
    "colonel-general", "congressman", "congresswoman", "assemblyman", "legislator", "councillor", "councilor",
    "superintendent", "inspector", "secretary-general", "director-general", "premier", "governor-general",
    # ranks as armies abbreviate them ("MG (Res) X", "RADM X")
    "mg", "bg", "ltg", "ltc", "radm", "vadm", "rdml", "cdr", "lcdr",
    "acm", "avm", "air-marshal",  # air forces' ranks as abbreviated: "ACM X" (Air Chief Marshal), "AVM X"
    "cdre", "marshall",  # "Air Cdre X" (Air Commodore), and "Marshal" as news sometimes spells it
    "delegate", "d'affaires", "emperor", "sultan", "pope",  # "Minister Delegate", "Chargé d'Affaires"
    "parliamentarian", "politician", "vp", "svp", "evp",  # ("X, VP of Kest's programme")
    # offices by their acronyms, as "CEO" is one: Chief of Army, Air, Naval or Defence Staff, Director General
    "coas", "cas", "cns", "cds", "cjcsc", "dg",
    "ce",  # chief executive, as British and South African copy abbreviates it ("group CE X")
    "aceo",  # an assistant chief executive officer ("ACEO X")
    "dm", "fm", "pm",  # defence, foreign and prime ministers, as news copy abbreviates them ("DM X", "PM X")
    "mantri",  # ("Raksha Mantri": India's defence minister)
    "lady",  # ("First Lady X")
    "seaman",  # ("Able Seaman X")
    "undersecretary",  # ("the Undersecretary of the Ministry of X")
    "priest", "bishop", "imam", "pastor", "chaplain", "rabbi",  # ("X, parish priest in Y, blessed the ship")
    "tenente", "teniente", "capitão", "capitan", "capitán", "coronel", "almirante", "sargento",  # (Portuguese and Spanish ranks)
    # police ranks as East African and South Asian copy abbreviates them ("CP X": Commissioner of Police)
    "cp", "acp", "dcp", "scp", "igp", "aigp", "digp", "dig", "ssp", "asp", "dsp",
    "candidate",  # ("opposition candidate X", "presidential candidate X")
    "pro",  # a public relations officer, as West African copy abbreviates one ("X, KDF PRO, said", "PRO Major X")
}
# Occupations introduce a name as titles do ("businessman X", "arms dealer X"); a capitalised word
# before one at a sentence's start is seldom a body ("Arms dealer X", but "Boeing engineer X").
OCCUPATIONS = {"businessman", "businesswoman", "entrepreneur", "tycoon", "magnate", "oligarch", "industrialist",
               "lawyer", "attorney", "activist", "economist", "scientist", "engineer", "consultant", "lobbyist",
               "dealer", "banker", "investor", "athlete", "medalist", "medallist", "owner", "co-owner", "proprietor"}
TITLE_NOUNS |= OCCUPATIONS
# Forms of address: they stand in a title ("the Honourable X", Malaysia's "Datuk Seri X"), but are
# no role on their own.
HONORIFICS = {"honorable", "honourable", "hon", "excellency", "highness", "majesty", "sir", "dame", "datuk", "dato",
              "dato'", "datin", "tun", "seri", "shri", "smt", "shrimati", "mr", "mrs", "ms", "daw",  # ("His Excellency Mr X")
              "paduka", "awang", "dayang", "pengiran",  # (Malay forms of address: "Dato Paduka Awang X")
              "sayyid", "sayyida", "h.e", "hh"}  # (and the Gulf's: "Sayyid X bin Y", "H.E. X", "HH X")
TITLE_NOUNS |= HONORIFICS
# Words that are a form of address only beside another ("Tan Sri X", "Datuk Sri X"; "Sri" alone
# begins names: "Sri Mulyani Indrawati").
_HONORIFIC_FIRST = {"tan", "puan", "toh"}
_HONORIFIC_SECOND = {"sri", "seri", "puan"}
_ADDRESS_WORDS = frozenset(form for word in HONORIFICS | _HONORIFIC_FIRST | _HONORIFIC_SECOND
                           for form in (word, word.capitalize(), word.upper(), f"{word.capitalize()}.", f"{word.upper()}.")) | {"HE"}
_EXCELLENCY = "HE"  # "HE Ana Berg": His (or Her) Excellency, in capitals only ("He" is a pronoun)


def honorifics_at(words: list[str]) -> set[int]:
    """The positions of `words` that hold a form of address, single ("Datuk") or paired ("Tan Sri")."""
    if _ADDRESS_WORDS.isdisjoint(words):  # (most runs of words hold none)
        return set()
    bare = [w.strip(".").lower() for w in words]
    found = {i for i, w in enumerate(bare) if (w in HONORIFICS or words[i] == _EXCELLENCY)
             and not (w == "tun" and i and bare[i - 1] in RANK_WORDS)}  # ("General Tun Aung": a name; "Tun X": an honour)
    for i in range(len(bare) - 1):
        if bare[i + 1] in _HONORIFIC_SECOND and (bare[i] in _HONORIFIC_FIRST or i in found):
            found |= {i, i + 1}
        if bare[i] in ("his", "her") and bare[i + 1] in ("highness", "excellency", "majesty"):
            found.add(i)  # "His Highness"
    return found


def only_honorifics(title: str) -> bool:
    """"The Hon", "Sir", "Tan Sri": a form of address, which introduces a name but is no role."""
    words = title.split()
    return len(honorifics_at(words) | {i for i, w in enumerate(words) if w in ("The", "the")}) == len(words)


def without_honorifics(title: str) -> str:
    """A title less the forms of address after it: "Defence Minister Datuk Seri" is "Defence Minister"."""
    words = title.split()
    marked = honorifics_at(words)
    while len(words) > 1 and len(words) - 1 in marked:
        words.pop()
    return title if only_honorifics(" ".join(words)) else " ".join(words)

# Nouns that end an organisation's name ("Black Sea Fleet", "Ministry of ..."); "the ministry said"
# refers back to the article's ministry.
ORGANIZATION_NOUNS = {
    "Ministry", "Council", "Fleet", "Navy", "Army", "Forces", "Force", "Command", "Center", "Centre", "Institute",
    "Foundation", "Endowment", "Commission", "Union", "Agency", "Service", "Services", "Department", "Office",
    "Committee", "District", "Guard", "Corporation", "Company", "Group", "Alliance", "Organization",
    "Organisation", "Parliament", "Bank", "University", "Directorate", "Administration", "Bureau", "Assembly",
    "Duma", "Senate", "Congress", "Cabinet", "Court", "Police", "Party", "Brigade", "Division", "Regiment",
    "Corps", "Academy", "Authority", "Secretariat", "Gendarmerie", "Embassy", "Consulate", "Consortium", "Commissariat",
    "Community", "League", "College", "Network", "Movement", "Pact", "Squadron", "Battalion", "Flotilla", "School",
    "Inspectorate", "Airforce", "Headquarters", "Board", "Unit", "Squad", "Association", "Society",
}
# Company suffixes: "Lockheed Martin Corp" is Lockheed Martin.
COMPANY_SUFFIXES = ("Corp", "Inc", "Ltd", "LLC", "plc", "PLC", "GmbH", "AB", "SA", "AG", "NV", "ASA", "SpA", "Limited", "Co",
                    "Zrt", "Kft", "Nyrt")  # (Hungarian companies' forms: "Kest Hungary Zrt.")
# Words that end a company's name ("Dassault Aviation", "Israel Aerospace Industries").
COMPANY_NOUNS = {"Aviation", "Aerospace", "Industries", "Dynamics", "Technologies", "Electronics", "Shipyard",
                 "Shipyards", "Shipbuilding", "Motors", "Airlines", "Airways", "Holdings", "Electric", "Atomics",
                 "Systems", "Shipbuilders", "Industry", "Technology", "Aerostructures"}
# Nouns newspapers are named with ("the Times of Ruritania", "the Harbour Herald").
MEDIA_NOUNS = {"Times", "Post", "Herald", "Journal", "Telegraph", "Gazette", "Tribune", "Chronicle", "Observer", "News",
               "Express", "Wire", "Insider", "Monitor", "Noticias", "TV", "Weekly", "Bulletin", "Radio", "Television", "Daily",
               "Shimbun", "Ilbo", "Zeitung"}  # (a paper in Japanese, Korean, German: "the Kest Shimbun")
# and a paper's name ends so, where "Independent" alone ends other names too ("Air Independent Propulsion")
PAPER_NOUNS = MEDIA_NOUNS | {"Independent"}
# What a text calls an outlet it named before: "..., the newspaper reported" (the outlet last named).
OUTLET_WORDS = {"newspaper", "paper", "daily", "weekly", "tabloid", "broadcaster", "magazine", "outlet", "website"}
# What a text calls a company it named before: "the company said".
COMPANY_WORDS = {"company", "firm", "manufacturer", "maker", "contractor", "shipbuilder", "supplier", "producer", "shipyard",
                 "consortium", "conglomerate"}
# Military ranks and the words of compound ranks ("Air Chief Marshal", "Lieutenant General"): a
# title made of these alone may follow the office it holds ("the Commander of the Air Force,
# Lieutenant Brigadier ...").
# Words of a branch that some armed forces write beside a rank: "General Aviator X", "airman General X"
# (a title's word only there: "Aviator Wings" are a badge).
BRANCH_WORDS = {"aviator", "airman"}
RANK_WORDS = {"general", "colonel", "major", "captain", "lieutenant", "sergeant", "brigadier", "commodore", "admiral",
              "marshal", "corporal", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "brig", "sgt", "cpl", "lt-gen",
              "maj-gen", "lieutenant-general", "major-general", "colonel-general", "vice-admiral", "rear", "vice",
              "air", "chief", "field", "commander", "wing", "squadron", "flight", "leader", "staff", "mg", "bg", "ltg",
              "acm", "avm", "cdre", "marshall",
              "ltc", "radm", "vadm", "rdml", "cdr", "lcdr",
              "senior", "sr", "sen", "lieut", "junior",  # ("Senior Lieutenant General", "Sen. Lieut. Gen.")
              "army", "navy",  # (a service before a rank: "Army General X")
              "flt", "fg", "offr", "sqn", "ldr", "wg", "gp", "plt",  # (air forces' abbreviations: "Flt. Lt.", "Fg Offr")
              "seaman", "able", "leading", "petty",
              "cp", "acp", "dcp", "scp", "igp", "aigp", "digp", "dig", "ssp", "asp", "dsp",
              "tenente", "teniente", "capitão", "capitan", "capitán", "coronel", "almirante", "sargento"} | BRANCH_WORDS  # (navies' ratings: "Able Seaman X", "Petty Officer X")
# Lower-case words that may stand inside a title ("Belarusian foreign minister").
TITLE_MODIFIERS = {
    "flt", "fg", "sqn", "wg", "gp", "plt",  # (air forces' abbreviations before a rank: "Flt Lt", "Fg Offr", "Wg Cdr")
    "foreign", "defence", "defense", "deputy", "first", "vice", "prime", "chief", "senior", "former",
    "acting", "military", "press", "national", "security", "interior", "state", "finance", "economy",
    "trade", "energy", "justice", "health", "emergency", "emergencies", "navy", "naval", "army",
    "air", "force", "ground", "forces", "fleet", "general", "staff", "affairs", "assistant", "associate",
    "executive", "presidential", "ministry", "government", "regional", "top", "main", "defense-ministry",
    "intelligence", "border", "space", "nuclear", "policy", "program", "programme", "research", "news",
    "agency", "procurement", "armaments", "armament", "operations", "international", "cooperation",
    "co-operation", "digital", "chief-of-staff", "vice-", "rear", "colonel-general", "lieutenant-general",
    "then", "then-", "outgoing", "incoming", "newly", "appointed", "parliamentary", "opposition", "ranking",
    "lead", "principal", "special", "foreign-policy", "supreme", "overall", "retired",
    "commanding",  # ("Coast Guard commanding officer X")
} | BRANCH_WORDS  # (a rank's branch word: "airman General X")
SPEECH_VERBS = {
    "said", "says", "told", "added", "adding", "stated", "noted", "warned", "insisted", "confirmed",
    "declared", "explained", "announced", "argued", "claimed", "wrote", "continued", "asserted",
    "stressed", "emphasized", "emphasised", "remarked", "replied", "responded", "acknowledged",
    "cautioned", "admitted", "observed", "commented", "recalled", "promised", "vowed", "boasted",
    "tweeted", "posted", "urged", "thanked", "thanking", "saying", "noting", "telling", "emphasizing", "emphasising", "stressing", "insisting", "according", "called", "described", "praised", "welcomed", "calling", "dismissed", "condemned",
    "criticized", "criticised", "hailed", "describing", "pointed", "points",  # "pointed out that"
    "underscored", "underlined", "reiterated", "affirmed", "reaffirmed", "assured", "pledged", "denied",
    "accused", "accusing", "charged", "alleged", "contended", "maintained", "conceded", "countered", "retorted",
    "protested", "complained", "lamented", "concluded", "predicted", "suggested", "answered", "asked", "specified",
    "discussed", "highlighted", "mentioned", "testified", "disclosed", "revealed", "reported", "quoted",
    "insisting", "warning", "stressing", "urging", "vowing", "arguing", "explaining", "announcing", "declaring",
    # the present tense of live blogs and headlines ("Gallant hails the deal as ...")
    "tells", "adds", "notes", "warns", "comments", "speaks", "insists", "stresses", "declares", "explains", "argues", "claims", "writes",
    "announces", "confirms", "states", "praises", "welcomes", "urges", "hails", "describes", "denies", "vows",
    "hailing", "terming", "labelling", "labeling", "branding", "dubbing", "expressing", "expressed",
    "referred",  # "X referred to the deal as a "..."" (but "referred to as" names: see quotes.py)
    "clarified", "clarifying", "stating", "commended", "lauded", "applauded", "implored", "appealed", "exhorted",
    "encouraged", "encourages", "encouraging",  # ("He encouraged the crews to serve "..."")
    "praising", "saluted", "saluting",  # ("..., saluting "the partner's reliability"")
    "characterized", "characterised", "characterizing", "characterising",  # ("X characterized the drills as "...")
    "believes", "believed",  # ("She believes this will "...": an expert's view, quoted)
    "summarized", "summarised", "outlined", "indicated",  # ("..., summarized the company", "X outlined four steps: ... "...")
    "echoed", "confided",  # (translated copy's verbs: '"...," echoed the minister, X')
    "termed",  # ("X has termed it "an ideal weapon"")
}
# Capitalised words that are never part of a title or a name on their own.
NOT_NAMES = {
    "The", "A", "An", "On", "In", "At", "As", "But", "And", "Or", "Yesterday", "Today", "Tomorrow",
    "Meanwhile", "Also", "However", "While", "When", "After", "Before", "During", "Since", "Although",
    "If", "Then", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "His",
    "Her", "Their", "Our", "My", "According", "Earlier", "Later", "Last", "Next", "Both", "Some", "Many",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Image", "Photo", "Western", "Eastern", "Northern", "Southern", "By",
    "For", "From", "With", "Of", "To", "Under", "Over", "Into", "Despite", "Such", "Other", "Several",
    "Neither", "Either", "All", "Each", "Every", "No", "Not", "Mr", "Mrs", "Ms", "Dr", "Here", "There",
    "What", "Who", "Where", "Why", "How", "Which", "Instead", "Still", "Yet", "Now", "Once", "Speaking",
    "Asked", "Unlike", "Like", "Among", "Until", "Upon", "Without", "Within", "Through", "Across",
    "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds", "Thousands",
    # (words that open a sentence or a question: "Whether America wants it")
    "Whether", "Because", "Unless", "Though", "Perhaps", "Indeed", "Moreover", "Furthermore", "Therefore", "Thus",
    "Yes", "Does", "Did", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Related",  # ("Related Equipment in X": a page's link)
    "God", "Allah",  # ("with the will of Allah": no place, no name's word)
    "Tiny", "Landlocked", "Impoverished",  # (a headline's words for a country: "Tiny Kestria builds a navy")
}
PRONOUNS = {"he", "she"}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozens": None,
    "hundreds": None, "thousands": None, "several": None,
}


# Titles that name one office in several words: "the spokesman said" may refer back to the article's
# "speaker of the Air Force Command" or "press secretary".
_SAME_TITLE = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokespeople": "spokesperson",
               "speaker": "spokesperson", "chairman": "chair", "chairwoman": "chair", "advisor": "adviser",
               "counselor": "counsellor", "defence": "defense", "premier": "prime minister", "chairperson": "chair"}


_ELECT = re.compile(r"-(?:elect|designate)$")  # an office's holder chosen and not yet in it


def title_noun(word: str) -> str:
    """The title a title word names, in one spelling: 'Ministers' -> 'minister', 'spokeswoman' ->
    'spokesperson', 'then-President' -> 'president', 'President-elect' -> 'president'."""
    bare = _ELECT.sub("", word.strip(".").lower().replace("’", "'"))  # ("chargé d’affaires" as "d'affaires").rsplit("-", 1)[-1]
    if bare not in TITLE_NOUNS and bare.endswith("s") and bare[:-1] in TITLE_NOUNS:
        bare = bare[:-1]
    return _SAME_TITLE.get(bare, bare)


@lru_cache(maxsize=None)  # bounded by the corpus's words; asked for every word of every capitalised run
def is_title_word(word: str) -> bool:
    """'Minister', 'spokesmen', 'Gen.', 'then-Minister': a title noun, its plural or abbreviation,
    or a hyphenated word that ends in one."""
    bare = _ELECT.sub("", word.strip(".").lower().replace("’", "'"))  # ("chargé d’affaires" as "d'affaires")
    # (a form of address has no plural: "MSS" after a name is a decoration's letters, no "Ms")
    return any(w in TITLE_NOUNS or (w.endswith("s") and w[:-1] in TITLE_NOUNS and w[:-1] not in HONORIFICS)
               for w in {bare, bare.rsplit("-", 1)[-1]})
