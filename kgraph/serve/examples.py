"""The example queries of docs/queries.md, offered on the query page (a test keeps them the same)."""

from __future__ import annotations

EXAMPLES: list[tuple[str, str]] = [
    ('Who is quoted most', """\
SELECT ?name (COUNT(?q) AS ?quotes) WHERE {
  ?q a schema:Quotation ; schema:creator ?p . ?p schema:name ?name
} GROUP BY ?name ORDER BY DESC(?quotes) ?name"""),
    ('Who is quoted most, counting each story once', """\
SELECT ?name (COUNT(?q) AS ?quotes) WHERE {
  ?q a schema:Quotation ; schema:creator ?p ; schema:isPartOf ?doc . ?p schema:name ?name .
  FILTER NOT EXISTS { ?doc kg:duplicateOf ?earlier }
} GROUP BY ?name ORDER BY DESC(?quotes) ?name"""),
    ('Everything one person said, with the document and the characters it came from', """\
SELECT ?text ?kind ?doc ?begin ?end WHERE {
  ?p schema:name "Amara Okafor" .
  ?q schema:creator ?p ; schema:text ?text ; kg:quoteKind ?kind ; schema:isPartOf ?doc ;
     kg:evidence ?span .
  ?span nif:beginIndex ?begin ; nif:endIndex ?end .
} ORDER BY ?doc ?begin"""),
    ('The relations stated between entities, with how sure kgraph is and which rule made each', """\
SELECT ?subject ?property ?object ?confidence ?rule WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?property ; rdf:object ?o ;
      kg:confidence ?confidence ; kg:rule ?rule .
  ?s schema:name ?subject .
  OPTIONAL { ?o schema:name ?name }
  BIND(COALESCE(?name, STR(?o)) AS ?object)
} ORDER BY ?subject ?property ?object"""),
    ('The documents that mention two entities', """\
SELECT ?doc ?headline WHERE {
  ?a schema:name "Amara Okafor" . ?b schema:name "Nordhavn Logistics Group" .
  ?doc a schema:NewsArticle ; schema:mentions ?a, ?b ; schema:headline ?headline .
} ORDER BY ?doc"""),
    ('The numbers the articles report, by kind', """\
SELECT ?type (COUNT(?c) AS ?counts) (SUM(?n) AS ?total) WHERE {
  ?c a kg:Count ; kg:countType ?type ; kg:quantity ?n .
} GROUP BY ?type ORDER BY ?type"""),
    ('Which rules made the facts of a graph', """\
SELECT ?rule (COUNT(*) AS ?n) WHERE { ?s kg:rule ?rule } GROUP BY ?rule ORDER BY DESC(?n) ?rule"""),
    ('People and the places their countries are (nationality), across all documents', """\
SELECT DISTINCT ?person ?country WHERE {
  ?p a schema:Person ; schema:name ?person ; schema:nationality ?c . ?c schema:name ?country .
} ORDER BY ?person ?country"""),
]
