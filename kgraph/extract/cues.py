"""Word lists for speech and reference: reporting verbs and nouns, role nouns, pronouns."""

from __future__ import annotations

# Lemmas of verbs that report speech or writing. A verb here with a clause under it is a cue.
REPORTING_VERBS = frozenset({
    "say", "tell", "add", "state", "claim", "deny", "warn", "admit", "argue", "insist", "explain",
    "announce", "declare", "assert", "allege", "acknowledge", "concede", "confirm", "contend",
    "maintain", "note", "observe", "remark", "reply", "respond", "answer", "retort", "comment",
    "report", "write", "tweet", "post", "ask", "inform", "promise", "pledge", "vow", "predict",
    "suggest", "stress", "emphasize", "emphasise", "point", "recall", "reveal", "disclose",
    "complain", "boast", "continue", "conclude", "counter", "charge", "accuse",
    "testify", "assure", "caution", "urge", "demand", "threaten", "joke", "quip", "recount",
    "describe", "mention", "reiterate", "repeat", "speculate", "estimate", "forecast", "hint",
    "indicate", "imply", "signal", "proclaim", "exclaim", "shout", "scream", "yell",
    "whisper", "mutter", "cry", "plead", "lament", "agree", "disagree", "object",
    "protest", "propose", "recommend", "advise", "question", "wonder", "muse", "blast", "slam",
    "attack", "criticize", "criticise", "praise", "thank", "apologize", "apologise", "brag",
    "opine", "interject", "concur", "affirm", "reaffirm", "relate", "reckon", "posit", "dispute",
    "rebut", "refute", "tout", "rule",
})
# Verbs that cue reported speech only with a clause complement ("X believes that ..."): they report
# a stance, which news attribution treats like speech when it is attributed to a named source.
ATTITUDE_VERBS = frozenset({
    "believe", "think", "feel", "hope", "fear", "expect", "know", "doubt", "worry", "understand",
    "want", "learn", "find", "show", "conclude", "consider", "acknowledge", "realize", "realise",
    "suspect", "decide", "plan", "intend",
})
# Speech acts whose content is a to-infinitive ("vowed to fight", "urged Congress to act").
SPEECH_ACT_XCOMP = frozenset({
    "promise", "pledge", "vow", "threaten", "refuse", "decline", "agree", "urge", "propose",
    "ask", "demand", "offer", "call", "encourage", "tell", "warn", "advise", "order", "instruct",
    "invite", "challenge", "beg", "appeal", "claim", "swear", "volunteer", "insist",
})
# Verbs of intention, reported like speech when a named source holds them ("Okafor wants to").
INTENTION_VERBS = frozenset({"want", "plan", "intend", "hope", "seek", "aim", "expect", "wish"})
# Speech acts whose content is their object ("denied the allegations", "called for a recount").
OBJECT_CUES = frozenset({
    "deny", "announce", "propose", "demand", "cite", "criticize", "criticise", "attack",
    "praise", "defend", "reject", "dismiss", "endorse", "condemn", "blame", "accuse", "applaud",
    "welcome", "question", "dispute", "slam", "blast", "acknowledge", "admit", "confirm",
    "predict", "recommend", "call", "mention", "discuss", "describe", "promise", "pledge",
    "support", "oppose", "urge", "suggest", "claim", "allege", "decry", "lament",
})
# Adjectives that report a stance with a clause ("she was sure that ...", "they are convinced").
ATTITUDE_ADJECTIVES = frozenset({
    "sure", "convinced", "confident", "certain", "adamant", "worried", "concerned", "aware",
    "optimistic", "hopeful", "skeptical", "sceptical", "afraid", "clear", "unconvinced",
    "doubtful", "persuaded", "satisfied", "insistent",
})
# Verbs that introduce a quote by manner or channel ("she wrote:", "he tweeted:").
QUOTE_INTRO_VERBS = frozenset({"read", "go", "write", "tweet", "post", "put", "begin", "start",
                               "open", "end", "close"})
# Verbs whose direct object is the person spoken to ("told reporters", "asked the minister").
ADDRESSEE_VERBS = frozenset({"tell", "ask", "inform", "assure", "urge", "warn", "remind",
                             "advise", "caution", "promise", "question", "beg", "implore"})
# Verbs whose "to"-phrase names the person spoken to ("said to", "wrote to").
TO_ADDRESSEE_VERBS = frozenset({"say", "write", "speak", "explain", "complain", "admit", "reply",
                                "respond", "talk", "announce", "declare", "confess", "tweet",
                                "mention", "suggest", "apologize", "apologise", "remark"})

# Nouns naming a piece of speech or writing ("in a statement", "an open letter ... reads").
REPORTING_NOUNS = frozenset({
    "statement", "letter", "interview", "speech", "tweet", "post", "email", "e-mail", "memo",
    "release", "announcement", "address", "remarks", "comment", "comments", "testimony",
    "briefing", "conference", "op-ed", "column", "essay", "message", "note", "report", "blog",
    "video", "broadcast", "appearance", "rally", "debate", "filing", "complaint", "lawsuit",
    "petition", "declaration", "communique", "communiqué", "response", "reply", "editorial", "book",
    "memoir", "survey", "poll", "study", "document", "documents", "ruling",
})
# Nouns for a document that can itself be the subject of a reporting verb ("the letter reads").
DOCUMENT_NOUNS = frozenset({
    "statement", "letter", "memo", "release", "report", "email", "e-mail", "message", "note",
    "tweet", "post", "document", "petition", "complaint", "lawsuit", "filing", "ruling",
    "poll", "survey", "study", "analysis", "editorial", "declaration", "communique", "communiqué",
    "video", "footage", "recording", "audio", "transcript", "data", "figure", "record",
    "evidence", "research", "polling", "ad", "advert", "advertisement", "book", "article",
    "investigation", "review", "audit", "assessment", "indictment", "verdict", "order",
})
# Nouns for a stance or claim whose "that"-clause is reported speech ("Okafor's claim that").
CLAIM_NOUNS = frozenset({
    "claim", "allegation", "assertion", "argument", "promise", "pledge", "warning", "suggestion",
    "belief", "view", "charge", "accusation", "insistence", "contention", "statement", "denial",
    "admission", "prediction", "threat", "vow", "assurance", "complaint", "hope",
    "fear", "concern", "position", "message", "announcement", "proposal", "demand", "call",
})
# People who speak for an organisation: their words are the organisation's.
SPOKES_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "mouthpiece",
    "spokesmen", "spokeswomen",
})

# Nouns that describe a person by role, office or occupation ("the minister", "the senator").
PERSON_ROLE_NOUNS = frozenset({
    "minister", "president", "senator", "governor", "mayor", "secretary", "chancellor", "premier",
    "leader", "chairman", "chairwoman", "chair", "chairperson", "ceo", "chief", "director",
    "executive", "manager", "founder", "owner", "head", "official", "officer", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "diplomat", "envoy", "general", "commander",
    "colonel", "captain", "lieutenant", "sergeant", "admiral", "judge", "justice", "lawyer",
    "attorney", "prosecutor", "counsel", "solicitor", "barrister", "candidate", "nominee",
    "congressman", "congresswoman", "lawmaker", "legislator", "representative", "mp", "deputy",
    "councillor", "councilman", "councilwoman", "commissioner", "inspector", "detective",
    "sheriff", "coach", "player", "striker", "author", "writer", "journalist",
    "reporter", "editor", "professor", "doctor", "surgeon", "nurse", "scientist", "researcher",
    "economist", "analyst", "activist", "campaigner", "businessman", "businesswoman",
    "entrepreneur", "billionaire", "millionaire", "tycoon", "actor", "actress", "singer",
    "rapper", "star", "king", "queen", "prince", "princess", "pope", "bishop", "archbishop",
    "priest", "imam", "rabbi", "cleric", "pastor", "vicar", "dean", "principal", "teacher",
    "headteacher", "headmaster", "headmistress", "superintendent", "administrator", "adviser",
    "advisor", "aide", "strategist", "consultant", "pollster", "treasurer", "auditor",
    "speaker", "whip", "vice", "mogul", "veteran", "incumbent", "challenger", "frontrunner",
    "front-runner", "democrat", "republican", "conservative", "liberal", "socialist",
    "politician", "statesman", "monarch", "emperor", "sultan", "emir", "sheikh", "prime",
    "businessperson", "chef", "pilot", "driver", "farmer", "miner", "worker", "engineer",
    "architect", "designer", "artist", "musician", "comedian", "host", "presenter", "anchor",
    "correspondent", "columnist", "commentator", "historian", "philosopher", "physician",
    "psychologist", "agent", "investigator", "negotiator", "mediator", "husband", "wife", "widow",
    "widower", "mother", "father", "son", "daughter", "brother",
    "sister", "man", "woman", "boy", "girl",
})
# Nouns that describe an organisation ("the ministry", "the company").
ORG_ROLE_NOUNS = frozenset({
    "ministry", "company", "firm", "group", "party", "agency", "department", "government",
    "council", "committee", "commission", "corporation", "bank", "union", "university",
    "school", "club", "team", "court", "board", "authority", "campaign", "organisation",
    "organization", "network", "newspaper", "paper", "channel", "broadcaster", "airline",
    "charity", "foundation", "institute", "association", "federation", "league", "police",
    "army", "military", "regime", "administration", "office", "bureau", "operator", "insurer",
    "lender", "retailer", "carmaker", "automaker", "manufacturer", "miner", "producer",
    "publisher", "outlet", "magazine", "station", "service", "alliance", "coalition", "movement",
    "parliament", "senate", "congress", "assembly", "legislature", "cabinet", "secretariat",
    "embassy", "consulate", "hospital", "clinic", "startup", "giant", "conglomerate", "brand",
    "chain", "studio", "label", "fund", "trust", "society", "tribunal", "regulator", "watchdog",
})
# Organisation nouns that fit any organisation whose name does not say otherwise.
GENERIC_ORG_NOUNS = frozenset({"company", "firm", "group", "organisation", "organization",
                               "corporation", "giant", "conglomerate", "startup", "operator",
                               "business"})
# Nouns for places ("the country", "the city").
PLACE_ROLE_NOUNS = frozenset({"country", "nation", "city", "town", "village", "state",
                              "province", "region", "capital", "island", "kingdom", "republic"})

MALE_ROLE_NOUNS = frozenset({"king", "prince", "husband", "father", "son", "brother", "man",
                             "boy", "businessman", "chairman", "congressman", "councilman",
                             "spokesman", "actor", "widower", "headmaster", "emperor",
                             "sultan", "emir", "sheikh", "pope", "statesman"})
FEMALE_ROLE_NOUNS = frozenset({"queen", "princess", "wife", "mother", "daughter", "sister",
                               "woman", "girl", "businesswoman", "chairwoman", "congresswoman",
                               "councilwoman", "spokeswoman", "actress", "widow",
                               "headmistress"})

# Third-person pronouns: (number, gender, animacy). Gender None fits any; "neuter" is non-person.
PRONOUNS: dict[str, tuple[str, str | None]] = {
    "he": ("sg", "male"), "him": ("sg", "male"), "his": ("sg", "male"),
    "himself": ("sg", "male"),
    "she": ("sg", "female"), "her": ("sg", "female"), "hers": ("sg", "female"),
    "herself": ("sg", "female"),
    "it": ("sg", "neuter"), "its": ("sg", "neuter"), "itself": ("sg", "neuter"),
    "they": ("pl", None), "them": ("pl", None), "their": ("pl", None), "theirs": ("pl", None),
    "themselves": ("pl", None),
}
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours", "myself",
                          "ourselves"})


def is_person_role(word: str) -> bool:
    """True for a lower-cased noun that describes a person by role ("minister")."""
    return word.lower() in PERSON_ROLE_NOUNS


def role_gender(word: str) -> str | None:
    """'male'/'female' for gendered role nouns ("spokeswoman"), else None."""
    w = word.lower()
    if w in MALE_ROLE_NOUNS:
        return "male"
    if w in FEMALE_ROLE_NOUNS:
        return "female"
    return None
