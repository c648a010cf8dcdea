"""Word lists the relation, event and count rules rest on (lemmas, lower case).

The word lists themselves, each with a comment on what it is for, are in kgraph/data/lexicon.toml.
"""

from __future__ import annotations

from kgraph.data import grouped, sequence, table, words

KINSHIP: dict[str, str] = grouped("lexicon", "kinship")
KINSHIP_TITLES: frozenset[str] = words("lexicon", "kinship_titles")
FORMER: frozenset[str] = words("lexicon", "former")

MARRY_VERBS: frozenset[str] = words("lexicon", "marry_verbs")
MARRIAGE_NOUNS: frozenset[str] = words("lexicon", "marriage_nouns")

MEMBER_NOUNS: frozenset[str] = words("lexicon", "member_nouns")
MEMBERSHIP_ORG_WORDS: frozenset[str] = words("lexicon", "membership_org_words")
EMPLOYEE_NOUNS: frozenset[str] = words("lexicon", "employee_nouns")
HEAD_NOUNS: frozenset[str] = words("lexicon", "head_nouns")
ROLE_NOUNS = MEMBER_NOUNS | EMPLOYEE_NOUNS | HEAD_NOUNS
OCCUPATION_NOUNS: frozenset[str] = words("lexicon", "occupation_nouns")
TITLE_NOUNS = ROLE_NOUNS | OCCUPATION_NOUNS
AGENT_SUFFIXES: tuple[str, ...] = sequence("lexicon", "agent_suffixes")
NOT_AGENT_NOUNS: frozenset[str] = words("lexicon", "not_agent_nouns")
ROYAL_TITLES: frozenset[str] = words("lexicon", "royal_titles")
LEARNER_NOUNS: frozenset[str] = words("lexicon", "learner_nouns")
LEAGUE_ACRONYMS: frozenset[str] = words("lexicon", "league_acronyms")
NATIONALITY_NOUNS: frozenset[str] = words("lexicon", "nationality_nouns")
COMPETITION_WORDS: frozenset[str] = words("lexicon", "competition_words")
NATIONAL_OFFICES: frozenset[str] = words("lexicon", "national_offices")
NATIONAL_LEGISLATORS: frozenset[str] = words("lexicon", "national_legislators")
ROLE_MODIFIERS: frozenset[str] = words("lexicon", "role_modifiers")
NON_TITLE_MODIFIERS: frozenset[str] = words("lexicon", "non_title_modifiers")

MEMBER_STATE_NOUNS: frozenset[str] = words("lexicon", "member_state_nouns")
MEMBERSHIP_NOUNS: frozenset[str] = words("lexicon", "membership_nouns")
CONSIST_VERBS: frozenset[str] = words("lexicon", "consist_verbs")
GROUP_LIST_VERBS: frozenset[str] = words("lexicon", "group_list_verbs")
ENSEMBLE_NOUNS: frozenset[str] = words("lexicon", "ensemble_nouns")
FOUND_VERBS: frozenset[str] = words("lexicon", "found_verbs")
FOUNDED_GROUP_WORDS: frozenset[str] = words("lexicon", "founded_group_words")
APPOINT_VERBS: frozenset[str] = words("lexicon", "appoint_verbs")
BAND_ROLE_NOUNS: frozenset[str] = words("lexicon", "band_role_nouns")
BAND_INSTRUMENTS: frozenset[str] = words("lexicon", "band_instruments")
STAFF_NOUNS: frozenset[str] = words("lexicon", "staff_nouns")
WORK_VERBS: frozenset[str] = words("lexicon", "work_verbs")
HIRE_VERBS: frozenset[str] = words("lexicon", "hire_verbs")
JOIN_VERBS: frozenset[str] = words("lexicon", "join_verbs")
STAND_VERBS: frozenset[str] = words("lexicon", "stand_verbs")

SUPPORT_VERBS: frozenset[str] = words("lexicon", "support_verbs")
OPPOSE_VERBS: frozenset[str] = words("lexicon", "oppose_verbs")
SUPPORT_NOUNS: frozenset[str] = words("lexicon", "support_nouns")
OPPOSE_NOUNS: frozenset[str] = words("lexicon", "oppose_nouns")

LOCATION_VERBS: frozenset[str] = words("lexicon", "location_verbs")
LOCATION_PREPS: frozenset[str] = words("lexicon", "location_preps")

EVENT_VERBS: dict[str, str] = grouped("lexicon", "event_verbs")
EVENT_NOUNS: dict[str, str] = grouped("lexicon", "event_nouns")
WEAK_EVENT_NOUNS: frozenset[str] = words("lexicon", "weak_event_nouns")
TRANSFER_VERBS: frozenset[str] = words("lexicon", "transfer_verbs")

COUNT_VERBS: dict[str, str] = grouped("lexicon", "count_verbs")
COUNT_NOUNS: dict[str, str] = table("lexicon", "count_nouns")
TOLL_NOUNS: frozenset[str] = words("lexicon", "toll_nouns")

CURRENCY_SYMBOLS: dict[str, str] = table("lexicon", "currency_symbols")
CURRENCY_WORDS: dict[str, str] = grouped("lexicon", "currency_words")
MULTIPLIERS: dict[str, float] = table("lexicon", "multipliers")
NUMBER_WORDS: dict[str, int] = table("lexicon", "number_words")



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
PARTY_ROLE_NOUNS: frozenset[str] = words("lexicon", "party_role_nouns")
PARTY_TICKET_NOUNS: frozenset[str] = words("lexicon", "party_ticket_nouns")
# Nouns after a party word that make it a party, besides the roles ("Democratic Party").
PARTY_NOUNS = PARTY_ROLE_NOUNS | PARTY_TICKET_NOUNS | {
    "party", "parties", "members", "senators", "politicians", "candidates", "leaders", "lawmakers",
    "mps", "nominees", "primaries"}
