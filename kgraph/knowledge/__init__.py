"""Offline world knowledge: subdivisions, well-known regions and organisations, from kept data.

Pure lookups on names as strings, for entity typing, coreference and cross-document linking:

* ``subdivision(name)``: an ISO 3166-2 subdivision news names as a place of its own ("England" is
  GB-ENG, "Bavaria" DE-BY, "Crimea" UA-43), from pycountry and an English-name table.
* ``region(name)``: a well-known region that is not one subdivision ("Kashmir", "Donbas", "Gaza
  Strip", "the Sahel"), with the countries and subdivisions it spans.
* ``place(name)``: the subdivision, else the region.
* ``same_place(a, b)``: whether two place names name the same place, as far as the data knows.
* ``organisation(name)`` / ``organisation_form(name)``: well-known international organisations and
  the main political parties ("UN", "the United Nations", "SNP", "Tories").
* ``same_organisation(a, b)``: True, False (the data knows they differ) or None (it does not know).

Data (kgraph/data): ``knowledge-subdivision-names.tsv`` (English names of subdivisions news uses),
``knowledge-subdivision-exclusions.tsv`` (subdivision names more often something else),
``knowledge-regions.tsv`` and ``organisations.tsv``. Every table is built once, lazily, on the first
call, and the lookups are cached.

Which subdivisions answer, in this order:

1. a name in the English-name table (curated: it wins over the rules below; "England" answers
   although kgraph.gazetteer maps it to GB);
2. an all-capital short form ("IMO" is not Nigeria's Imo state) answers only when the table lists
   it ("NRW");
3. pycountry's names (and their bracketed, inverted and unsuffixed forms: "Catalunya [Cataluña]",
   "Dagestan, Respublika", "Guangdong Sheng") of top-level subdivisions that are regions, not local
   units (no municipalities, districts, parishes, communes, rayons...), plus the provinces of
   Belgium and Indonesia, unless the name is a country's (countries win: "Georgia",
   "Luxembourg"), a demonym ("Somali"), a city of at least
   gazetteer.MIN_CITY_POPULATION people (cities win: "Madrid", "Idlib", "Berlin"), made only of
   generic words ("Central", "Northern Province", "West Coast"), shared by subdivisions of two
   countries ("Punjab", "Amazonas", "Limburg"), or listed in the exclusion file;
4. "<name> region/province/oblast/state/..." when <name> is an unambiguous subdivision name, even
   one the rules above turn away ("Idlib province", "Washington state", "Lazio region"). A US
   state with a capital "State" is left out: "Ohio State" is a university.

Organisations: case, accents, dots, hyphens, "&", a leading "the" and a trailing "'s" are folded;
abbreviations are matched with their case ("WHO", not "who"); short forms ("Labour", "Tories") only
when written with a capital. A key that names two listed organisations ("ICC": the International
Criminal Court and the International Cricket Council) is declared in organisations.tsv and is no
lookup key. Generic party names ("Labour Party", "Democratic Party", "Green Party") have one reading,
the British or American party English news means; parties elsewhere that share such a name are not
listed, so that same_organisation() never calls a local party and its British namesake different.

Timing (measured on a 2-core container, Python 3.11, pycountry 26.2): the first subdivision() call
takes about 0.42 s in a fresh process, of which about 0.2-0.3 s is kgraph.gazetteer loading its
countries, cities and demonyms (which a build loads anyway); with the gazetteer loaded, building the
subdivision tables takes about 0.15 s, the region table under 1 ms and the organisation table
about 3 ms. 100,000 lookups of distinct names (cache misses) take about 0.25 s for subdivision(),
0.32 s for organisation() and 0.20 s for region() (2-3 µs each); 100,000 repeated lookups take
under 0.01 s (lru_cache); 100,000 same_organisation() calls take about 0.1 s.
"""

from __future__ import annotations

from kgraph.knowledge.common import KnownOrg, OrgName, Region, Subdivision, key
from kgraph.knowledge.organisations import (
    known_organisations,
    organisation,
    organisation_form,
    same_organisation,
)
from kgraph.knowledge.places import place, region, same_place, subdivision, subdivision_by_code

__all__ = [
    "KnownOrg", "OrgName", "Region", "Subdivision", "key", "known_organisations", "organisation",
    "organisation_form", "place", "region", "same_organisation", "same_place", "subdivision",
    "subdivision_by_code",
]
