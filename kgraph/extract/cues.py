"""Word lists for speech and reference: reporting verbs and nouns, role nouns, pronouns.

The word lists themselves, each with a comment on what it is for, are in kgraph/data/cues.toml.
"""

from __future__ import annotations

from kgraph.data import table, words

REPORTING_VERBS: frozenset[str] = words("cues", "reporting_verbs")
SPEECH_ACT_XCOMP: frozenset[str] = words("cues", "speech_act_xcomp")
OBJECT_CUES: frozenset[str] = words("cues", "object_cues")
ATTITUDE_ADJECTIVES: frozenset[str] = words("cues", "attitude_adjectives")
QUOTE_INTRO_VERBS: frozenset[str] = words("cues", "quote_intro_verbs")
ADDRESSEE_VERBS: frozenset[str] = words("cues", "addressee_verbs")
TO_ADDRESSEE_VERBS: frozenset[str] = words("cues", "to_addressee_verbs")

REPORTING_NOUNS: frozenset[str] = words("cues", "reporting_nouns")
DOCUMENT_NOUNS: frozenset[str] = words("cues", "document_nouns")
CLAIM_NOUNS: frozenset[str] = words("cues", "claim_nouns")
SPOKES_NOUNS: frozenset[str] = words("cues", "spokes_nouns")

PERSON_ROLE_NOUNS: frozenset[str] = words("cues", "person_role_nouns")
ORG_ROLE_NOUNS: frozenset[str] = words("cues", "org_role_nouns")
GENERIC_ORG_NOUNS: frozenset[str] = words("cues", "generic_org_nouns")
PLACE_ROLE_NOUNS: frozenset[str] = words("cues", "place_role_nouns")

MALE_ROLE_NOUNS: frozenset[str] = words("cues", "male_role_nouns")
FEMALE_ROLE_NOUNS: frozenset[str] = words("cues", "female_role_nouns")

# Third-person pronouns: (number, gender). Gender None fits any; "neuter" is non-person.
PRONOUNS: dict[str, tuple[str, str | None]] = {
    word: (number, None if gender == "any" else gender)
    for word, (number, gender) in table("cues", "pronouns").items()
}
SUBJECT_PRONOUNS: frozenset[str] = words("cues", "subject_pronouns")
FIRST_PERSON: frozenset[str] = words("cues", "first_person")


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
