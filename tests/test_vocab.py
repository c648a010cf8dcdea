"""The kg: vocabulary: the code's vocabulary module and ontology/kgraph.ttl list the same terms, each
documented, and everything kgraph writes in the kg: namespace is declared there."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from conftest import EXAMPLES, ROOT
from rdflib.namespace import OWL, RDF, RDFS

import kgraph
from kgraph import vocab

ONTOLOGY = ROOT / "ontology" / "kgraph.ttl"
KG = rdflib.Namespace(vocab.KG)
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}
KNOWN_TYPES = PROPERTY_TYPES | {OWL.Class, RDFS.Class, OWL.NamedIndividual, OWL.FunctionalProperty}


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(str(ONTOLOGY), format="turtle")


def declared(ontology: rdflib.Graph) -> dict[str, set[rdflib.term.Node]]:
    """Local name -> rdf:types of every kg: term the ontology declares (gives a type to)."""
    out: dict[str, set[rdflib.term.Node]] = {}
    for s, t in ontology.subject_objects(RDF.type):
        if isinstance(s, rdflib.URIRef) and str(s).startswith(vocab.KG):
            out.setdefault(str(s)[len(vocab.KG):], set()).add(t)
    return out


def test_ontology_is_an_owl_ontology_for_the_kg_namespace(ontology: rdflib.Graph) -> None:
    onts = set(ontology.subjects(RDF.type, OWL.Ontology))
    assert onts, "ontology/kgraph.ttl declares no owl:Ontology"
    assert any(str(o).rstrip("#/") == vocab.KG.rstrip("#/") for o in onts), onts


def test_every_vocab_term_is_declared_and_documented(ontology: rdflib.Graph) -> None:
    decl = declared(ontology)
    problems = []
    for name in sorted(vocab.kg.terms):
        term = KG[name]
        if name not in decl:
            problems.append(f"kg:{name} is in kgraph.vocab but not declared (no rdf:type) in {ONTOLOGY.name}")
        elif not decl[name] & KNOWN_TYPES:
            problems.append(f"kg:{name} has unexpected types {decl[name]}")
        for p in (RDFS.label, RDFS.comment):
            values = [str(v).strip() for v in ontology.objects(term, p)]
            if not any(values):
                problems.append(f"kg:{name} has no {ontology.qname(p)}")
    assert not problems, "\n".join(problems)


def test_every_ontology_term_is_in_the_vocab_module(ontology: rdflib.Graph) -> None:
    in_ontology = set(declared(ontology))
    # also terms only used (not typed) in the ontology, e.g. in owl:oneOf lists or domains
    for t in ontology.all_nodes():
        if isinstance(t, rdflib.URIRef) and str(t).startswith(vocab.KG) and str(t) != vocab.KG:
            in_ontology.add(str(t)[len(vocab.KG):])
    missing = sorted(in_ontology - vocab.kg.terms)
    assert not missing, f"kg: terms in {ONTOLOGY.name} but not in kgraph.vocab.kg: {missing}"


def test_classes_and_properties_are_declared_as_such(ontology: rdflib.Graph) -> None:
    decl = declared(ontology)
    problems = []
    for name in sorted(vocab.kg.terms & set(decl)):
        kinds = decl[name]
        is_class = bool(kinds & {OWL.Class, RDFS.Class})
        is_property = bool(kinds & PROPERTY_TYPES)
        is_individual = OWL.NamedIndividual in kinds
        if is_class + is_property + is_individual != 1:
            problems.append(f"kg:{name} should be exactly one of class, property, individual: {kinds}")
        # by the naming convention: classes and individuals are capitalised, properties are not
        if name[0].isupper() == is_property:
            problems.append(f"kg:{name}: capitalisation does not match its kind {kinds}")
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def output_quads(tmp_path_factory: pytest.TempPathFactory) -> list[ox.Quad]:
    target = tmp_path_factory.mktemp("vocab-build")
    before = os.getcwd()
    os.chdir(ROOT)
    try:
        result = kgraph.build([EXAMPLES.relative_to(ROOT).as_posix()], target,
                              kgraph.BuildOptions(formats=("nquads",)))
    finally:
        os.chdir(before)
    return list(ox.parse(path=str(Path(ROOT, result.outputs["nquads"])), format=ox.RdfFormat.N_QUADS))


@pytest.mark.model
def test_every_kg_term_in_the_output_is_declared(ontology: rdflib.Graph,
                                                 output_quads: list[ox.Quad]) -> None:
    decl = declared(ontology)
    problems = set()
    used_as_literal_property: set[str] = set()
    used_as_object_property: set[str] = set()
    for q in output_quads:
        for t in (q.subject, q.predicate, q.object):
            if isinstance(t, ox.NamedNode) and t.value.startswith(vocab.KG):
                name = t.value[len(vocab.KG):]
                if name not in decl:
                    problems.add(f"kg:{name} is written (e.g. {q}) but not declared in {ONTOLOGY.name}")
        if q.predicate.value.startswith(vocab.KG):
            name = q.predicate.value[len(vocab.KG):]
            (used_as_literal_property if isinstance(q.object, ox.Literal)
             else used_as_object_property).add(name)
        if q.predicate.value == str(RDF.type) and q.object.value.startswith(vocab.KG):
            name = q.object.value[len(vocab.KG):]
            if OWL.Class not in decl.get(name, set()):
                problems.add(f"kg:{name} is used as a class but not declared an owl:Class")
    for name in used_as_literal_property:
        if OWL.DatatypeProperty not in decl.get(name, set()):
            problems.add(f"kg:{name} has literal values but is not an owl:DatatypeProperty")
    for name in used_as_object_property:
        if OWL.ObjectProperty not in decl.get(name, set()):
            problems.add(f"kg:{name} has IRI values but is not an owl:ObjectProperty")
    assert not problems, "\n".join(sorted(problems))


@pytest.mark.model
def test_every_term_in_the_output_is_in_the_vocab_module(output_quads: list[ox.Quad]) -> None:
    """Predicates and classes come from the vocabulary module's namespaces and terms only."""
    spaces = {ns._base: ns for ns in (vocab.schema, vocab.kg, vocab.prov, vocab.nif, vocab.itsrdf,
                                      vocab.sem, vocab.rdf, vocab.rdfs)}
    problems = set()
    rdf_type = str(RDF.type)
    for q in output_quads:
        terms = [q.predicate] + ([q.object] if q.predicate.value == rdf_type else [])
        for t in terms:
            base = next((b for b in spaces if t.value.startswith(b)), None)
            if base is None:
                problems.add(f"<{t.value}> is not in any namespace of kgraph.vocab")
            elif t.value[len(base):] not in spaces[base].terms:
                problems.add(f"<{t.value}> is not a term of kgraph.vocab")
    assert not problems, "\n".join(sorted(problems))


def test_terms_by_name_and_unknown_terms_refused() -> None:
    from kgraph.vocab import schema

    assert schema["name"] == schema.name
    with pytest.raises(KeyError):
        schema["nome"]
    with pytest.raises(AttributeError):
        schema.nome  # noqa: B018
