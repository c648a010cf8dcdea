"""The offline gazetteer: countries, demonyms, cities."""

from __future__ import annotations

from kgraph import gazetteer


def test_country_names_and_short_forms() -> None:
    assert gazetteer.country("the UK").code == "GB"  # type: ignore[union-attr]
    assert gazetteer.country("U.S.").code == "US"  # type: ignore[union-attr]
    assert gazetteer.country("Germany").geonameid == 2921044  # type: ignore[union-attr]
    assert gazetteer.country("Okafor") is None


def test_the_nations_of_the_uk_are_no_countries() -> None:
    # England, Scotland and Wales are subdivisions (kgraph.knowledge: GB-ENG...), not the UK.
    assert [gazetteer.country(n) for n in ("England", "Scotland", "Wales")] == [None, None, None]
    assert gazetteer.country("Britain").code == "GB"  # type: ignore[union-attr]


def test_demonyms_singular_and_plural() -> None:
    assert gazetteer.demonym("Malagasy").code == "MG"  # type: ignore[union-attr]
    assert gazetteer.demonym("Singaporeans").code == "SG"  # type: ignore[union-attr]
    assert gazetteer.demonym("Swiss").code == "CH"  # type: ignore[union-attr]
    assert gazetteer.demonym("Ms") is None and gazetteer.demonym("Texas") is None


def test_demonyms_of_small_states_and_person_nouns() -> None:
    assert gazetteer.demonym("Equatorial Guinean").code == "GQ"  # type: ignore[union-attr]
    assert gazetteer.demonym("Monégasque").code == "MC"  # type: ignore[union-attr]
    assert gazetteer.demonym("Irishman").code == "IE"  # type: ignore[union-attr]
    assert gazetteer.demonym("Britons").code == "GB"  # type: ignore[union-attr]


def test_cities_need_a_population() -> None:
    lagos = gazetteer.city("Lagos")
    assert lagos is not None and lagos.country == "NG" and lagos.latitude
    assert gazetteer.city("Bamberg") is None  # 70,000 people: below MIN_CITY_POPULATION
