"""Namespaces and terms of kgraph's output; kg: terms match ontology/kgraph.ttl."""

from __future__ import annotations

from pyoxigraph import NamedNode

SCHEMA = "http://schema.org/"
KG = "https://w3id.org/kgraph/ns#"
PROV = "http://www.w3.org/ns/prov#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITSRDF = "http://www.w3.org/2005/11/its/rdf#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"

PREFIXES = {
    "schema": SCHEMA, "kg": KG, "prov": PROV, "nif": NIF, "itsrdf": ITSRDF, "sem": SEM,
    "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL,
}


class _Namespace:
    """A closed set of terms: asking for a term not listed raises AttributeError."""

    def __init__(self, base: str, terms: str) -> None:
        self._base = base
        self._terms = frozenset(terms.split())
        for term in self._terms:  # made once: writers ask for them millions of times
            setattr(self, term, NamedNode(base + term))

    def __getattr__(self, name: str) -> NamedNode:
        # Reached only for names that are not terms (the terms are attributes).
        raise AttributeError(f"{self._base}{name} is not a term kgraph uses")

    def __getitem__(self, name: str) -> NamedNode:
        if name.startswith("_") or name not in self._terms:
            raise KeyError(f"{self._base}{name} is not a term kgraph uses")
        return getattr(self, name)

    @property
    def terms(self) -> frozenset[str]:
        return self._terms


schema = _Namespace(SCHEMA, """
    NewsArticle Person Organization Place Country Quotation Event
    headline url datePublished identifier mentions name alternateName sameAs text creator
    isPartOf children parent spouse sibling relatedTo worksFor memberOf affiliation jobTitle
    nationality softwareVersion latitude longitude addressCountry
""")
kg = _Namespace(KG, """
    Count MentionType QuoteKind Name Pronoun Nominal Demonym DirectQuote IndirectQuote MixedQuote
    sourcePath contentHash mentionCount mentionType speakerMention speakerText addressee cue
    quoteKind evidence confidence age locatedIn supports opposes trigger agent patient recipient
    quantity countType reportedBy unit rule linkRule duplicateOf
""")
prov = _Namespace(PROV, "Activity SoftwareAgent startedAtTime endedAtTime wasAssociatedWith wasDerivedFrom")
nif = _Namespace(NIF, "Context Phrase sourceUrl isString beginIndex endIndex anchorOf referenceContext")
itsrdf = _Namespace(ITSRDF, "taIdentRef")
sem = _Namespace(SEM, "hasActor hasPlace hasTimeStamp")
rdf = _Namespace(RDF, "type Statement subject predicate object")
rdfs = _Namespace(RDFS, "label comment")
xsd = _Namespace(XSD, "integer double decimal date dateTime string")

ENTITY_CLASS = {"Person": schema.Person, "Organization": schema.Organization, "Place": schema.Place}
MENTION_TYPE = {"name": kg.Name, "pronoun": kg.Pronoun, "nominal": kg.Nominal, "demonym": kg.Demonym}
QUOTE_KIND = {"direct": kg.DirectQuote, "indirect": kg.IndirectQuote, "mixed": kg.MixedQuote}
RELATION_PROPERTY = {
    "children": schema.children, "parent": schema.parent, "spouse": schema.spouse,
    "sibling": schema.sibling, "relatedTo": schema.relatedTo, "worksFor": schema.worksFor,
    "memberOf": schema.memberOf, "affiliation": schema.affiliation, "jobTitle": schema.jobTitle,
    "nationality": schema.nationality, "age": kg.age, "locatedIn": kg.locatedIn,
    "supports": kg.supports, "opposes": kg.opposes,
}
