"""kgraph.knowledge: subdivisions, regions and organisations from kept data (no spaCy model)."""

from __future__ import annotations

import time
from importlib import resources

import pycountry
import pytest

import kgraph.knowledge.common
import kgraph.knowledge.organisations
import kgraph.knowledge.places  # noqa: F401 - their private tables are checked too
from kgraph import gazetteer, knowledge
from kgraph.knowledge import organisation, organisation_form, region, same_organisation, subdivision


def _rows(name: str) -> list[list[str]]:
    text = resources.files("kgraph.data").joinpath(name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


# --------------------------------------------------------------------------- subdivisions


@pytest.mark.parametrize("name, code", [
    ("England", "GB-ENG"), ("Scotland", "GB-SCT"), ("Wales", "GB-WLS"), ("Northern Ireland", "GB-NIR"),
])
def test_uk_nations_are_subdivisions_of_gb(name: str, code: str) -> None:
    sub = subdivision(name)
    assert sub is not None and sub.code == code and sub.name == name
    assert sub.country == "GB" and sub.country_name == "United Kingdom"
    assert sub.entity_type == "Place"


def test_uk_nations_types() -> None:
    assert subdivision("England").type == "Country"  # type: ignore[union-attr]
    assert subdivision("Northern Ireland").type == "Province"  # type: ignore[union-attr]
    assert subdivision("Cymru").code == "GB-WLS"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["Georgia", "Luxembourg", "Hong Kong", "Mexico", "Panama", "Aruba"])
def test_countries_win(name: str) -> None:
    assert subdivision(name) is None
    assert gazetteer.country(name) is not None


def test_georgia_the_state_needs_the_word_state() -> None:
    assert subdivision("Georgia") is None
    assert subdivision("Georgia state").code == "US-GA"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["Crimea", "the Crimea", "Autonomous Republic of Crimea",
                                  "Avtonomna Respublika Krym"])
def test_crimea_is_a_subdivision_of_ukraine(name: str) -> None:
    sub = subdivision(name)
    assert sub is not None and sub.code == "UA-43" and sub.country == "UA" and sub.name == "Crimea"


@pytest.mark.parametrize("name, code", [
    ("Bavaria", "DE-BY"), ("Bayern state", "DE-BY"), ("Tibet", "CN-XZ"), ("Xizang", "CN-XZ"),
    ("Catalonia", "ES-CT"), ("Catalunya", "ES-CT"), ("Cataluña", "ES-CT"), ("Chechnya", "RU-CE"),
    ("Flanders", "BE-VLG"), ("Wallonia", "BE-WAL"), ("Sicily", "IT-82"), ("Sicilia", "IT-82"),
    ("Basque Country", "ES-PV"), ("Dagestan", "RU-DA"), ("Guangdong", "CN-GD"), ("Transnistria", "MD-SN"),
    ("Tigray", "ET-TI"), ("Kurdistan Region", "IQ-KR"), ("Quebec", "CA-QC"), ("Texas", "US-TX"),
    ("Florida", "US-FL"), ("Virginia", "US-VA"), ("Bali", "ID-BA"), ("North Rhine-Westphalia", "DE-NW"),
    ("North Rhine Westphalia", "DE-NW"), ("Baden-Württemberg", "DE-BW"), ("Baden-Wuerttemberg", "DE-BW"),
    ("Gotland", "SE-I"), ("Northern Territory", "AU-NT"),
])
def test_english_and_local_names(name: str, code: str) -> None:
    sub = subdivision(name)
    assert sub is not None and sub.code == code


def test_display_names_are_english_or_without_designators() -> None:
    assert subdivision("Bavaria").name == "Bavaria"  # type: ignore[union-attr]
    assert subdivision("Guangdong").name == "Guangdong"  # type: ignore[union-attr]
    assert subdivision("Gotland").name == "Gotland"  # type: ignore[union-attr]
    assert subdivision("Bavaria").iso_name == "Bayern"  # type: ignore[union-attr]


def test_a_local_name_english_news_uses_for_a_club_is_excluded() -> None:
    assert subdivision("Bayern") is None  # FC Bayern Munich ("Bayern goalkeeper Oliver Kahn")


@pytest.mark.parametrize("name, code", [
    ("Donetsk region", "UA-14"), ("Donetsk Oblast", "UA-14"), ("Kherson region", "UA-65"),
    ("Idlib province", "SY-ID"), ("Madrid region", "ES-MD"), ("Washington state", "US-WA"),
    ("Victoria state", "AU-VIC"), ("Lazio region", "IT-62"), ("Shan State", "MM-17"),
    ("Rivers State", "NG-RI"), ("Jilin Province", "CN-JL"), ("Kurdistan province", "IR-12"),
])
def test_a_region_word_makes_a_name_a_subdivision(name: str, code: str) -> None:
    sub = subdivision(name)
    assert sub is not None and sub.code == code


@pytest.mark.parametrize("name", ["Ohio State", "Washington State", "Penn State", "Michigan State"])
def test_capital_state_after_a_us_state_is_a_university(name: str) -> None:
    assert subdivision(name) is None


@pytest.mark.parametrize("name", ["Madrid", "Berlin", "Idlib", "Kyiv", "Donetsk", "Istanbul", "Seoul"])
def test_cities_win(name: str) -> None:
    assert subdivision(name) is None


@pytest.mark.parametrize("name", ["Punjab", "Amazonas", "Limburg", "La Rioja", "Central", "Western"])
def test_names_of_two_countries_subdivisions_are_ambiguous(name: str) -> None:
    assert subdivision(name) is None


@pytest.mark.parametrize("name", ["Northern Province", "Central Region", "West Coast", "Far North", "East",
                                  "National Capital Region", "Capital Territory"])
def test_generic_names(name: str) -> None:
    assert subdivision(name) is None


def test_demonyms_are_not_subdivisions() -> None:
    assert subdivision("Somali") is None
    assert subdivision("Somali Region").code == "ET-SO"  # type: ignore[union-attr]


def test_short_capitals_are_abbreviations_not_subdivisions() -> None:
    assert subdivision("Imo").code == "NG-IM"  # type: ignore[union-attr]
    assert subdivision("IMO") is None  # the International Maritime Organization
    assert organisation("IMO").name == "International Maritime Organization"  # type: ignore[union-attr]
    assert subdivision("NRW").code == "DE-NW"  # type: ignore[union-attr]


def test_local_units_are_left_out() -> None:
    # Slovenian municipalities, Moldovan districts, Jamaican parishes, British counties
    for code in ("SI-061", "MD-CA", "JM-01", "GB-KEN"):
        sub = knowledge.subdivision_by_code(code)
        assert sub is not None
        assert subdivision(sub.iso_name) is None or subdivision(sub.iso_name) != sub


def _exclusions() -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in _rows("knowledge-subdivision-exclusions.tsv")]


@pytest.mark.parametrize("entry, reason", _exclusions())
def test_each_exclusion(entry: str, reason: str) -> None:
    assert reason, f"{entry}: every exclusion says why"
    if knowledge.places._CODE.match(entry):
        assert knowledge.subdivision_by_code(entry) is None
        assert any(s.code == entry for s in pycountry.subdivisions), f"{entry} is no ISO 3166-2 code"
        return
    assert subdivision(entry) is None
    # the entry is a name the rules would otherwise answer for (the list does not rot), and the
    # subdivision it names is the one the comment gives
    tables = knowledge.places._subdivision_tables()
    k = knowledge.key(entry)
    assert k in tables.bases, f"{entry} is no subdivision name"
    assert reason.startswith(tables.bases[k].code), f"{entry}: {reason} vs {tables.bases[k].code}"


@pytest.mark.parametrize("name, instead", [
    ("Victoria", "Victoria state"), ("Sabah", "Sabah state"), ("Lazio", "Lazio region"),
    ("Washington", "Washington state"), ("New York", "New York State"), ("Chin", "Chin State"),
])
def test_excluded_names_answer_with_a_region_word(name: str, instead: str) -> None:
    assert subdivision(name) is None
    assert subdivision(instead) is not None


def test_named_exclusions() -> None:
    for name in ("Nelson", "Marlborough", "Jura", "Meta", "Unity", "Ulster", "Leinster", "Midlands",
                 "Sahel", "Canterbury", "Hidalgo", "Granma"):
        assert subdivision(name) is None, name
    for name in ("Jersey", "Orange", "Taiwan", "Hong Kong SAR", "Taiwan Sheng"):
        assert subdivision(name) is None, name


def test_english_name_table() -> None:
    rows = _rows("knowledge-subdivision-names.tsv")
    assert len(rows) >= 100
    codes = {s.code for s in pycountry.subdivisions}
    seen = set()
    deliberate_countries = {"england", "scotland", "wales", "cymru"}  # gazetteer folds them into GB
    for row in rows:
        assert 2 <= len(row) <= 4, row
        code = row[0]
        assert code in codes and code not in seen, code
        seen.add(code)
        for name in knowledge.common._split(row[2]) if len(row) > 2 else ():
            if knowledge.key(name) not in deliberate_countries:
                assert gazetteer.country(name) is None, f"{name} is a country's name"
            assert subdivision(name) is not None and subdivision(name).code == code, name  # type: ignore[union-attr]


def test_no_name_is_both_a_subdivision_and_a_region() -> None:
    tables = knowledge.places._subdivision_tables()
    for k, reg in knowledge.places._regions().items():
        assert tables.names.get(k) is None, f"{k}: {reg.name} is also a subdivision"


# --------------------------------------------------------------------------- regions


def test_kashmir_is_a_known_region() -> None:
    reg = region("Kashmir")
    assert reg is not None and reg.kind == "disputed"
    assert {"IN", "PK"} <= set(reg.countries)
    assert "IN-JK" in reg.subdivisions
    assert reg.entity_type == "Place"


@pytest.mark.parametrize("name, countries, subdivisions", [
    ("Donbas", {"UA"}, {"UA-14", "UA-09"}), ("Donbass", {"UA"}, {"UA-14", "UA-09"}),
    ("the Gaza Strip", {"PS"}, {"PS-GZA"}), ("West Bank", {"PS"}, {"PS-RBH"}),
    ("Darfur", {"SD"}, {"SD-DN"}), ("Kurdistan", {"IQ", "TR", "IR", "SY"}, {"IQ-KR"}),
    ("Punjab", {"IN", "PK"}, {"IN-PB", "PK-PB"}), ("Ulster", {"GB", "IE"}, {"GB-NIR"}),
    ("the Sahel", {"ML", "NE"}, set()),
])
def test_regions(name: str, countries: set[str], subdivisions: set[str]) -> None:
    reg = region(name)
    assert reg is not None
    assert countries <= set(reg.countries)
    assert subdivisions <= set(reg.subdivisions)


def test_region_rows_parse() -> None:
    codes = {s.code for s in pycountry.subdivisions}
    rows = _rows("knowledge-regions.tsv")
    assert len(rows) >= 40
    for row in rows:
        assert 2 <= len(row) <= 5, row
        assert row[1] in {"disputed", "territory", "region", "geographic"}, row
        for c in knowledge.common._split(row[2]):
            assert gazetteer.country_by_code(c) is not None, (row[0], c)
        for c in knowledge.common._split(row[3]) if len(row) > 3 else ():
            assert c in codes, (row[0], c)
        for name in knowledge.common._split(row[0]):
            assert gazetteer.country(name) is None, name


def test_place_and_same_place() -> None:
    assert knowledge.place("Crimea") == subdivision("Crimea")
    assert knowledge.place("Kashmir") == region("Kashmir")
    assert knowledge.place("Atlantis") is None
    assert knowledge.same_place("England", "United Kingdom") is False
    assert knowledge.same_place("Scotland", "the UK") is False
    assert knowledge.same_place("Crimea", "Ukraine") is False
    assert knowledge.same_place("Bavaria", "Bavaria state") is True
    assert knowledge.same_place("Britain", "UK") is True
    assert knowledge.same_place("Donbas", "Donbass") is True
    assert knowledge.same_place("Atlantis", "Ukraine") is None


# --------------------------------------------------------------------------- organisations


def test_snp() -> None:
    assert same_organisation("SNP", "Scottish National Party") is True
    assert same_organisation("SNP", "BNP") is False
    assert same_organisation("Scottish National Party", "British National Party") is False


def test_icc_is_ambiguous() -> None:
    assert organisation("ICC") is None
    form = organisation_form("ICC")
    assert form is not None and form.form == "ambiguous"
    assert {o.name for o in form.orgs} == {"International Criminal Court", "International Cricket Council"}
    assert organisation("International Criminal Court").kind == "court"  # type: ignore[union-attr]
    assert same_organisation("ICC", "International Criminal Court") is None
    assert same_organisation("ICC", "FIFA") is False
    assert same_organisation("International Criminal Court", "International Cricket Council") is False


def test_united_nations() -> None:
    assert same_organisation("the United Nations", "UN") is True
    assert same_organisation("U.N.", "United Nations") is True
    assert organisation("the UN's").name == "United Nations"  # type: ignore[union-attr]
    assert organisation("UN").type == "Organization"  # type: ignore[union-attr]
    assert same_organisation("UNICEF", "UN") is False  # a part is not its whole
    assert organisation("UNICEF").parent == "United Nations"  # type: ignore[union-attr]


@pytest.mark.parametrize("a, b", [
    ("NATO", "Nato"), ("NATO", "North Atlantic Treaty Organization"), ("EU", "the European Union"),
    ("Labour", "Labour Party"), ("Labour", "the Labour party"), ("Tories", "Conservative Party"),
    ("Conservatives", "the Tories"), ("Lib Dems", "Liberal Democrats"), ("GOP", "Republican Party"),
    ("Democrats", "Democratic Party"), ("Sinn Fein", "Sinn Féin"), ("DUP", "Democratic Unionist Party"),
    ("UKIP", "UK Independence Party"), ("Medecins Sans Frontieres", "Doctors Without Borders"),
    ("MSF", "Médecins Sans Frontières"), ("ICRC", "International Committee of the Red Cross"),
    ("ILO", "International Labor Organization"), ("WHO", "World Health Organisation"),
    ("Amnesty", "Amnesty International"), ("al Qaeda", "Al-Qaida"), ("G-20", "G20"),
    ("Bill and Melinda Gates Foundation", "Gates Foundation"), ("Plaid", "Plaid Cymru"),
])
def test_same_organisation(a: str, b: str) -> None:
    assert same_organisation(a, b) is True


@pytest.mark.parametrize("a, b", [
    ("Scottish Labour", "Labour"), ("European Council", "Council of Europe"),
    ("European Commission", "European Union"), ("Liberal Democrats", "Liberal Democratic Party"),
    ("DUP", "UUP"), ("Labour", "Australian Labor Party"), ("Democrats", "Republicans"),
    ("IMF", "World Bank"), ("Hamas", "Hezbollah"), ("Greens", "FIFA"),
])
def test_different_organisations(a: str, b: str) -> None:
    assert same_organisation(a, b) is False


@pytest.mark.parametrize("a, b", [
    ("Greens", "Scottish Greens"), ("Greens", "Green Party"), ("Red Cross", "ICRC"),
    ("Red Cross", "British Red Cross"), ("BNP", "British National Party"), ("Acme Widgets", "UN"),
    ("Acme Widgets", "Acme Widgets Ltd"),
])
def test_unknown_or_unsafe(a: str, b: str) -> None:
    assert same_organisation(a, b) is None


def test_short_forms_need_capitals_and_abbreviations_their_case() -> None:
    assert organisation("labour") is None  # "labour market"
    assert organisation("Labour").name == "Labour Party"  # type: ignore[union-attr]
    assert organisation("who") is None and organisation("Who") is None
    assert organisation("the amnesty") is None
    assert organisation("Greens") is None  # not safe on its own
    form = organisation_form("Greens")
    assert form is not None and not form.safe and form.orgs[0].name == "Green Party"


def test_every_organisation_row_parses() -> None:
    rows = _rows("organisations.tsv")
    orgs, declared = knowledge.organisations._parse_org_rows()
    assert len(orgs) + len(declared) == len(rows)
    assert len([o for o in orgs if o.kind != "party"]) >= 100
    assert len([o for o in orgs if o.kind == "party"]) >= 30
    kinds = {"intergovernmental", "un-body", "eu-body", "court", "bank", "forum", "police", "humanitarian",
             "ngo", "think-tank", "sports", "party", "armed-group", "armed-forces", "partnership"}
    names = {o.name for o in orgs}
    assert len(names) == len(orgs)
    for row, org in zip([r for r in rows if r[1] != "ambiguous"], orgs, strict=True):
        assert len(row) <= 9, row
        assert org.kind in kinds, org
        for c in org.countries:
            assert gazetteer.country_by_code(c) is not None, (org.name, c)
        assert org.parent is None or org.parent in names
        assert org.bare or org.short, f"{org.name}: bare=no without short forms"
    knowledge.organisations._org_tables()  # raises on any key that names two rows


def test_no_key_names_two_organisations() -> None:
    orgs, declared = knowledge.organisations._parse_org_rows()
    abbreviations: dict[str, str] = {}
    folded: dict[str, str] = {}
    for o in orgs:
        for a in o.abbreviations:
            ak = knowledge.common._abbreviation_key(a)
            assert abbreviations.setdefault(ak, o.name) == o.name, f"{a}: {abbreviations[ak]} and {o.name}"
        for n in (o.name, *o.aliases, *o.short):
            k = knowledge.key(n)
            assert folded.setdefault(k, o.name) == o.name, f"{n}: {folded[k]} and {o.name}"
    for form, meant in declared:
        assert len(meant) >= 2
        assert all(m in {o.name for o in orgs} for m in meant), (form, meant)
        assert knowledge.common._abbreviation_key(form) not in abbreviations
        assert knowledge.key(form) not in folded


def test_party_names_agree_with_parties_tsv() -> None:
    names = {o.name for o in knowledge.known_organisations()}
    # labels of many countries' parties, left out of organisations.tsv on purpose
    generic = {"Liberal Party", "Christian Democrats", "Social Democrats"}
    for word, party, use in _rows("parties.tsv"):
        if party in generic:
            assert party not in names
            continue
        assert party in names, party
        if use == "plural":
            form = organisation_form(word.title())
            assert form is not None and [o.name for o in form.orgs] == [party], word


def test_key_folding() -> None:
    assert knowledge.key("The Médecins-Sans-Frontières's") == "medecins sans frontieres"
    assert knowledge.key("Bill & Melinda") == "bill and melinda"
    assert knowledge.key("U.N.") == "un"
    assert knowledge.key("the Tories'") == "tories"


# --------------------------------------------------------------------------- speed


def test_lookups_are_fast() -> None:
    subdivision("England")
    organisation("UN")
    names = [f"Name {i}" for i in range(20_000)]
    start = time.perf_counter()
    for n in names:
        subdivision(n)
        organisation(n)
    assert time.perf_counter() - start < 2.0  # about 0.2 s on one core
