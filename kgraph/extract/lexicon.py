"""Word lists the relation, event and count rules rest on (lemmas, lower case)."""

from __future__ import annotations

# Kinship nouns -> how the named relative stands to the anchor ("his daughter, Mara": Mara is
# the anchor's child). "child": relative is a child of the anchor; "parent": relative is a parent.
KINSHIP: dict[str, str] = {
    **dict.fromkeys(("son", "daughter", "child", "stepson", "stepdaughter", "stepchild",
                     "offspring"), "child"),
    **dict.fromkeys(("father", "mother", "parent", "dad", "mum", "mom", "stepfather",
                     "stepmother"), "parent"),
    **dict.fromkeys(("wife", "husband", "spouse", "widow", "widower"), "spouse"),
    **dict.fromkeys(("brother", "sister", "sibling", "half-brother", "half-sister",
                     "stepbrother", "stepsister", "twin"), "sibling"),
    **dict.fromkeys(("grandson", "granddaughter", "grandchild", "grandfather", "grandmother",
                     "grandparent", "uncle", "aunt", "nephew", "niece", "cousin", "son-in-law",
                     "daughter-in-law", "father-in-law", "mother-in-law", "brother-in-law",
                     "sister-in-law", "relative"), "related"),
}
# Kinship words that are also titles or ranks ("Sister Mary", "Father Brown"): only trusted when a
# possessor or "of" names the anchor, never as a bare compound before a name.
KINSHIP_TITLES = {"father", "mother", "sister", "brother"}
# Former partners are family facts Wikidata keeps as spouse (P26 has end dates).
FORMER = {"former", "ex", "late", "estranged"}

# Verbs whose subject and object are married ("X married Y") or whose subject is married "to Y".
MARRY_VERBS = {"marry", "wed"}
MARRIAGE_NOUNS = {"marriage", "wedding"}

# Roles that make a person a member of an organisation (schema:memberOf).
MEMBER_NOUNS = {
    "member", "mp", "mep", "senator", "congressman", "congresswoman", "representative",
    "councillor", "councilor", "delegate", "lawmaker", "legislator", "deputy", "candidate",
    "activist", "co-founder", "player", "midfielder", "striker",
    "defender", "goalkeeper", "forward", "guitarist", "drummer", "bassist", "vocalist",
    "singer", "keyboardist", "frontman", "fellow", "politician", "leader",
}
# Head words of organisation names that have members rather than staff ("X of the Labour Party",
# "X of the Hollies Band" -> memberOf; "X of Harvard University" -> worksFor).
MEMBERSHIP_ORG_WORDS = {
    "party", "band", "group", "club", "team", "union", "association", "society", "academy",
    "council", "committee", "congress", "parliament", "assembly", "league", "movement", "front",
    "alliance", "brotherhood", "federation", "orchestra", "choir", "ensemble", "quartet", "trio",
    "caucus", "guild", "order", "fc", "united",
}
# Roles that make a person an employee (schema:worksFor).
EMPLOYEE_NOUNS = {
    "employee", "curator", "worker", "staffer", "engineer", "analyst", "economist", "researcher",
    "scientist", "professor", "lecturer", "teacher", "reporter", "correspondent", "journalist",
    "columnist", "editor", "producer", "presenter", "anchor", "lawyer", "attorney", "adviser",
    "advisor", "consultant", "officer", "official", "coach", "manager", "executive", "aide",
    "designer", "architect", "pilot", "nurse", "doctor", "physician", "surgeon", "agent",
    "dockworker", "miner", "employe",
}
# Heads, founders, spokespeople and other roles that tie a person to an organisation
# (schema:affiliation).
HEAD_NOUNS = {
    "chief", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "chairperson",
    "president", "vice-president", "director", "head", "founder", "owner", "boss", "spokesman",
    "spokeswoman", "spokesperson", "secretary", "general", "commander", "governor", "minister",
    "chancellor", "premier", "treasurer", "trustee", "partner", "principal", "dean", "rector",
    "captain", "superintendent", "commissioner", "ambassador", "envoy", "representative",
    "administrator", "mayor", "speaker", "leader", "patron", "publisher", "proprietor",
}
ROLE_NOUNS = MEMBER_NOUNS | EMPLOYEE_NOUNS | HEAD_NOUNS
# Occupations and descriptions that are titles but imply no organisation.
OCCUPATION_NOUNS = {
    "novelist", "writer", "author", "poet", "playwright", "composer", "musician", "artist",
    "painter", "sculptor", "actor", "actress", "singer", "songwriter", "rapper", "dancer",
    "filmmaker", "director", "photographer", "climatologist", "physicist", "chemist",
    "biologist", "historian", "philosopher", "mathematician", "astronomer", "economist",
    "sociologist", "activist", "campaigner", "billionaire", "millionaire", "businessman",
    "businesswoman", "entrepreneur", "investor", "banker", "industrialist", "tycoon", "lawyer",
    "judge", "diplomat", "politician", "statesman", "soldier", "general", "officer", "athlete",
    "footballer", "cricketer", "cyclist", "swimmer", "runner", "boxer", "wrestler", "racer",
    "driver", "skier", "skater", "golfer", "tennis", "player", "jockey", "coach", "model",
    "chef", "designer", "architect", "engineer", "scientist", "inventor", "explorer",
    "astronaut", "priest", "bishop", "archbishop", "cardinal", "pope", "rabbi", "imam", "monk",
    "nun", "king", "queen", "prince", "princess", "emperor", "empress", "monarch", "duke",
    "duchess", "count", "countess", "lord", "baron", "nobleman", "noblewoman", "aristocrat",
    "comedian", "broadcaster", "presenter", "journalist", "reporter", "critic", "scholar",
    "academic", "teacher", "headteacher", "professor", "doctor", "nurse", "surgeon",
    "farmer", "miner", "lawmaker", "mayor", "minister", "president", "senator",
    "governor", "candidate", "manager", "chancellor", "premier", "ruler",
    "warlord", "spy", "pianist", "violinist", "guitarist", "drummer", "vocalist", "conductor",
    "producer", "screenwriter", "cartoonist", "illustrator", "translator", "editor",
    "publisher", "philanthropist", "executive", "official", "prosecutor",
    "detective", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide",
    "analyst", "commentator", "blogger", "influencer", "youtuber", "mogul",
    "magnate", "heiress", "heir", "socialite", "survivor", "veteran", "volunteer", "student",
    "pupil", "graduate", "founder", "leader", "chairman", "chairwoman", "ceo", "head", "chief",
    "boss", "owner", "captain", "commander", "mp", "mep", "councillor",
    "representative", "congressman", "congresswoman", "ambassador", "envoy", "secretary",
    "treasurer", "dean", "sheriff", "magistrate", "solicitor", "barrister", "attorney",
}
TITLE_NOUNS = ROLE_NOUNS | OCCUPATION_NOUNS
# Endings of nouns that name a kind of person ("master", "artist", "historian", "sportsman"), and
# common nouns with those endings that do not.
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ess", "ant")
NOT_AGENT_NOUNS = {"center", "centre", "paper", "order", "number", "border", "chapter",
                   "letter", "water", "power", "computer", "cancer", "corridor", "sector",
                   "factor", "error", "mirror", "floor", "door", "quarter", "register", "river",
                   "poster", "tower", "theater", "theatre", "charter", "matter", "manner",
                   "summer", "winter", "weather", "reactor", "motor", "monitor", "restaurant",
                   "plant", "grant", "covenant", "pageant", "variant", "press", "business",
                   "address", "fortress", "congress", "progress", "access", "success",
                   }
# Titles a monarch or a royal is named with ("King Constantine I of Greece").
ROYAL_TITLES = {"king", "queen", "prince", "princess", "emperor", "empress", "tsar", "czar",
                "tsarina", "kaiser", "sultan", "shah", "emir", "crown"}
# People who study at a place: they neither work for it nor belong to it as members.
LEARNER_NOUNS = {"student", "pupil", "graduate", "alumnus", "alumna", "alumni", "undergraduate",
                 "postgraduate", "schoolboy", "schoolgirl"}
# Sports leagues known by their letters: their members are teams, not players.
LEAGUE_ACRONYMS = {"NHL", "NBA", "NFL", "MLB", "MLS", "WNBA", "AFL", "IPL", "NRL", "KHL"}
# Nouns for a person by where they belong ("Australian expatriate James Hunt"); no job titles.
NATIONALITY_NOUNS = {"citizen", "national", "expatriate", "expat", "native", "immigrant",
                     "emigrant", "emigre", "émigré", "refugee", "exile", "compatriot"}
# Words naming a sporting event or contest a country is represented at.
COMPETITION_WORDS = {"olympics", "olympic", "games", "championship", "championships", "cup",
                     "contest", "tournament", "paralympics", "eurovision", "level", "event"}
# Offices held only by a country's own citizens: "the Premier of China" is Chinese.
# Monarchs' titles are left out: one may reign over several realms ("Queen of Mauritius"); a
# monarch named by a realm ("Gustav III of Sweden") is read by relations._ruler_of_country.
NATIONAL_OFFICES = {"president", "premier", "chancellor", "taoiseach", "minister", "secretary",
                    "vice-president"}
# Members of a national legislature are its citizens: "U.S. Representative", "US Senator".
NATIONAL_LEGISLATORS = {"representative", "senator", "congressman", "congresswoman", "mp",
                        "lawmaker", "legislator"}
# Words that name a person's role only together with a head noun ("chief executive").
ROLE_MODIFIERS = {"chief", "executive", "general", "managing", "deputy", "vice", "senior",
                  "junior", "acting", "interim", "assistant", "associate", "principal", "prime",
                  "foreign", "finance", "defence", "defense", "interior", "health", "transport",
                  "justice", "labour", "trade", "climate", "environment", "energy", "education"}
# Noun modifiers that describe a time, not the role ("former", "then", "late").
NON_TITLE_MODIFIERS = {"former", "then", "late", "current", "new", "incumbent", "outgoing",
                       "longtime", "long-time", "veteran", "retired", "ex", "would-be", "future",
                       "so-called", "self-styled", "same", "other", "own", "first", "last",
                       "only", "famous", "well-known", "best-known", "renowned", "leading",
                       "prominent", "top", "paid", "unpaid"}

# Membership of countries in international organisations: "member" and the nouns it combines
# with ("member state", "member country"), and the noun for the state of being one.
MEMBER_STATE_NOUNS = {"state", "country", "nation", "government", "economy"}
MEMBERSHIP_NOUNS = {"membership"}
# Verbs whose subject (a band, group, committee) lists its members: "consists of A, B and C",
# "the band comprised A and B"; "include" and "feature" only for bands and other groups.
CONSIST_VERBS = {"consist", "comprise", "compose"}
GROUP_LIST_VERBS = {"include", "feature"}
# Nouns naming a musical group or other body of members ("the band", "the trio").
ENSEMBLE_NOUNS = {"band", "group", "duo", "trio", "quartet", "quintet", "sextet", "ensemble",
                  "orchestra", "choir", "lineup", "line-up"}
# Verbs whose subject founds their object; a founder is a member only of a band or a party.
FOUND_VERBS = {"form", "found", "co-found", "cofound", "create", "start"}
FOUNDED_GROUP_WORDS = {"band", "party", "group", "duo", "trio", "quartet", "ensemble", "political"}
# Verbs that put their object in a post: "appointed X as a judge of Y" describes X.
APPOINT_VERBS = {"appoint", "name", "elect", "nominate", "hire", "choose", "select", "install",
                 "confirm", "reappoint"}
# Roles in a band: the person plays in one ("drummer Stephen Morris").
BAND_ROLE_NOUNS = {"guitarist", "bassist", "drummer", "keyboardist", "vocalist", "frontman",
                   "frontwoman", "bandmate", "bandleader"}
# Instruments a band's members are named with ("Jay Bentley on bass"); not piano or strings,
# which guests play on records as often.
BAND_INSTRUMENTS = {"bass", "guitar", "guitars", "drums", "vocals", "keyboards"}
# A body of employees one joins ("joined the faculty of Y", "joined the staff of Y").
STAFF_NOUNS = {"faculty", "staff", "payroll", "workforce", "newsroom"}
# Verbs whose subject works for their object or "for"/"at" object.
WORK_VERBS = {"work", "serve", "teach", "lecture"}
HIRE_VERBS = {"hire", "employ", "appoint", "recruit", "sign", "name"}
JOIN_VERBS = {"join", "rejoin"}
# Verbs and nouns that tie a person to a party or group they stand or sit for.
STAND_VERBS = {"stand", "run"}

# Stance: verbs and nouns whose holder supports or opposes their object.
SUPPORT_VERBS = {"back", "support", "endorse", "praise", "defend", "champion", "welcome",
                 "applaud", "hail", "commend", "side"}
OPPOSE_VERBS = {"condemn", "criticise", "criticize", "oppose", "denounce", "attack", "accuse",
                "blame", "slam", "reject", "sue", "rebuke", "censure", "decry", "disparage",
                "boycott", "challenge", "protest", "deride", "lambast", "lambaste"}
SUPPORT_NOUNS = {"backing", "support", "endorsement", "backer", "supporter", "ally", "champion",
                 "defender", "admirer", "loyalist", "praise", "defence", "defense"}
OPPOSE_NOUNS = {"criticism", "condemnation", "opposition", "critic", "opponent", "rival",
                "foe", "enemy", "adversary", "attack", "denunciation", "detractor"}

# Verbs that place their subject somewhere ("lives in", "is based in").
LOCATION_VERBS = {"live", "reside", "base", "stay", "remain", "settle", "headquarter",
                  "locate", "be", "work"}
LOCATION_PREPS = {"in", "at"}

# Event triggers: lemma -> event type. Verbs and nouns newsworthy enough to be events.
EVENT_VERBS: dict[str, str] = {
    **dict.fromkeys(("attack", "bomb", "shell", "strike", "invade", "raid", "storm", "shoot",
                     "kill", "assassinate", "murder", "stab", "ambush", "fire"), "attack"),
    **dict.fromkeys(("arrest", "detain", "jail", "imprison", "charge", "convict", "sentence",
                     "indict", "extradite", "deport", "sue", "fine"), "legal"),
    **dict.fromkeys(("sign", "agree", "acquire", "buy", "purchase", "sell", "merge",
                     "invest", "award", "lease", "finance", "fund"), "deal"),
    **dict.fromkeys(("elect", "vote", "win", "defeat", "lose", "nominate", "appoint",
                     "sack", "dismiss", "hire", "replace", "succeed"), "personnel"),
    **dict.fromkeys(("resign", "quit", "step", "retire", "withdraw", "leave", "join"), "move"),
    **dict.fromkeys(("protest", "march", "strike", "rally", "demonstrate", "riot", "boycott",
                     "walk"), "protest"),
    **dict.fromkeys(("meet", "visit", "host", "travel", "fly", "arrive", "tour"), "meeting"),
    **dict.fromkeys(("publish", "release", "announce", "launch", "unveil", "open", "close",
                     "ban", "approve", "pass", "veto", "reject", "cancel", "suspend"), "action"),
    **dict.fromkeys(("die", "collapse", "crash", "explode", "flood", "erupt", "sink",
                     "injure", "wound", "evacuate", "rescue"), "disaster"),
    **dict.fromkeys(("move", "deploy", "send", "withdraw", "mobilise", "mobilize", "seize",
                     "capture", "occupy", "annex", "blockade", "besiege"), "military"),
    **dict.fromkeys(("condemn", "criticise", "criticize", "accuse", "threaten", "warn",
                     "sanction"), "dispute"),
}
EVENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(("attack", "bombing", "airstrike", "strike", "invasion", "raid", "shooting",
                     "assassination", "murder", "killing", "offensive", "assault", "war",
                     "ambush", "massacre"), "attack"),
    **dict.fromkeys(("arrest", "detention", "trial", "conviction", "sentence", "indictment",
                     "lawsuit", "extradition", "deportation"), "legal"),
    **dict.fromkeys(("takeover", "acquisition", "purchase", "sale", "merger", "deal",
                     "agreement", "contract", "concession", "treaty", "investment", "loan",
                     "bailout", "handover"), "deal"),
    **dict.fromkeys(("election", "vote", "referendum", "appointment", "nomination",
                     "victory", "defeat", "dismissal"), "personnel"),
    **dict.fromkeys(("resignation", "retirement", "withdrawal", "departure"), "move"),
    **dict.fromkeys(("protest", "march", "rally", "demonstration", "riot", "boycott",
                     "walkout", "strike"), "protest"),
    **dict.fromkeys(("meeting", "visit", "summit", "talks", "conference", "ceremony",
                     "debate", "tour"), "meeting"),
    **dict.fromkeys(("publication", "release", "announcement", "launch", "letter"), "action"),
    **dict.fromkeys(("death", "collapse", "crash", "explosion", "flood", "earthquake",
                     "fire", "disaster", "accident", "eruption", "evacuation", "rescue"),
                    "disaster"),
    **dict.fromkeys(("deployment", "occupation", "annexation", "blockade", "siege",
                     "ceasefire", "truce"), "military"),
}
# Nouns that are events only with an agent or patient attached ("the deal" alone is too vague to
# be worth a node; "China's takeover of the port" is an event).
WEAK_EVENT_NOUNS = {"deal", "agreement", "contract", "letter", "vote", "release", "sale",
                    "fire", "strike", "march", "tour", "sentence", "victory", "defeat", "war"}
# Verbs whose "to" object is a recipient rather than a destination.
TRANSFER_VERBS = {"give", "hand", "send", "sell", "award", "publish", "write", "present",
                  "offer", "deliver", "address", "lease", "grant", "pay", "lend", "donate"}

# Counts: lemma of what happened to the counted -> count type.
COUNT_VERBS: dict[str, str] = {
    "die": "died", "perish": "died", "drown": "died", "kill": "killed", "murder": "killed",
    "execute": "killed", "massacre": "killed", "slaughter": "killed",
    "injure": "injured", "wound": "injured", "hurt": "injured", "hospitalise": "injured",
    "hospitalize": "injured", "treat": "injured",
    "arrest": "arrested", "detain": "arrested", "apprehend": "arrested", "jail": "jailed",
    "imprison": "jailed", "charge": "charged", "convict": "convicted", "sentence": "sentenced",
    "evacuate": "evacuated", "displace": "displaced", "rescue": "rescued", "trap": "trapped",
    "miss": "missing", "kidnap": "kidnapped", "abduct": "kidnapped", "deport": "deported",
    "strand": "stranded", "infect": "infected", "lay": "laid off", "sack": "laid off",
    "fire": "laid off", "dismiss": "laid off", "release": "released", "free": "released",
}
# Nouns and adjectives that carry a count type themselves ("40 deaths", "12 dead").
COUNT_NOUNS: dict[str, str] = {
    "death": "died", "dead": "died", "fatality": "died", "casualty": "casualties",
    "victim": "victims", "injury": "injured", "injured": "injured", "wounded": "injured",
    "arrest": "arrested", "detainee": "arrested", "prisoner": "prisoners",
    "hostage": "hostages", "refugee": "refugees", "missing": "missing",
    "evacuee": "evacuated", "survivor": "survivors", "job": "jobs", "layoff": "laid off",
    "vote": "votes", "signature": "signatures", "protester": "protesters",
    "protestor": "protesters", "demonstrator": "protesters",
}
# Nouns that measure a toll ("the death toll rose to 30").
TOLL_NOUNS = {"toll", "number", "tally", "count", "figure"}

# Money.
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₦": "NGN",
                    "₹": "INR", "₽": "RUB", "₩": "KRW", "C$": "CAD", "A$": "AUD"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "usd": "USD", "pound": "GBP",
                  "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "euro": "EUR", "euros": "EUR",
                  "eur": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "naira": "NGN",
                  "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB",
                  "ruble": "RUB", "rubles": "RUB", "franc": "CHF", "francs": "CHF",
                  "krona": "SEK", "kronor": "SEK", "rand": "ZAR", "won": "KRW", "peso": "MXN",
                  "pesos": "MXN", "real": "BRL", "reais": "BRL", "shilling": "KES",
                  "shillings": "KES", "cedi": "GHS", "cedis": "GHS", "lira": "TRY"}
MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6,
               "bn": 1e9, "b": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12,
               "hundred": 1e2, "dozen": 12}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
                }

# Verbs that attribute a statement (for "reported by"); the full list lives with the quotes.
REPORTING_VERBS = {"say", "tell", "report", "announce", "confirm", "state", "add", "estimate",
                   "claim", "put", "count", "record", "reveal", "disclose", "write", "declare"}


# --- political parties ------------------------------------------------------------------------

def _party_forms() -> dict[str, tuple[str, str]]:
    from importlib import resources

    table: dict[str, tuple[str, str]] = {}
    text = resources.files("kgraph.data").joinpath("parties.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            form, party, use = line.split("\t")
            table[form] = (party, use)
    return table


# A party's adjective or noun ("democratic", "tory", "liberal democrat") -> (party name, use):
# "adj" is read only before a political noun, "noun" also alone, "plural" for "the Tories".
PARTY_FORMS: dict[str, tuple[str, str]] = _party_forms()
# Every word of those forms, to pick candidate tokens out of a document.
PARTY_WORDS = frozenset(w for form in PARTY_FORMS for w in form.split())
# Nouns of political roles a party word before them makes a party's ("a Republican member").
PARTY_ROLE_NOUNS = {
    "member", "senator", "congressman", "congresswoman", "representative", "mp", "mep",
    "lawmaker", "legislator", "candidate", "nominee", "politician", "leader", "governor", "mayor",
    "president", "councillor", "councilor", "assemblyman", "assemblywoman", "delegate",
    "chairman", "chairwoman", "minister", "activist", "chief", "whip", "backbencher", "statesman",
    "challenger", "incumbent", "presidential", "congressional",
}
# A party's candidacy: whoever seeks or wins "the Democratic nomination" runs for that party.
PARTY_TICKET_NOUNS = {"nomination", "ticket", "primary"}
# Nouns after a party word that make it a party, besides the roles ("Democratic Party").
PARTY_NOUNS = PARTY_ROLE_NOUNS | PARTY_TICKET_NOUNS | {
    "party", "parties", "members", "senators", "politicians", "candidates", "leaders", "lawmakers",
    "mps", "nominees", "primaries"}
