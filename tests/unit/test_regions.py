"""Tests for rag.regions: places in news text, provinces in questions, names and articles."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest

from rag import regions
from rag.corpus import read_corpus
from rag.regions import (
    Place,
    article_provinces,
    find_places,
    province_label,
    province_of,
    provinces_in_question,
    regions_version,
)

ROOT = Path(__file__).parents[2]
DEVCORPUS = ROOT.parent / "shared" / "devcorpus"
ALIASES = ROOT / "rag" / "data" / "region_aliases.json"

DKI = "Daerah Khusus Ibukota Jakarta"
DIY = "Daerah Istimewa Yogyakarta"
JAVA = {DKI, "Jawa Barat", "Jawa Tengah", DIY, "Jawa Timur", "Banten"}
# SOURCES.md writes these two provinces in their short form.
SOURCES_NAMES = {"DKI Jakarta": DKI, "DI Yogyakarta": DIY}


def names(text: str) -> list[str]:
    return [place.name for place in find_places(text)]


def mentions(text: str) -> list[str]:
    return [text[place.start : place.end] for place in find_places(text)]


# --------------------------------------------------------------------------- find_places


def test_place_records_name_kind_province_and_span() -> None:
    text = "Petugas Lapas Kelas IIB Kalabahi di Kabupaten Alor berjaga."
    assert find_places(text) == [
        Place("Kabupaten Alor", "regency", "Nusa Tenggara Timur", 24, 32),
        Place("Kabupaten Alor", "regency", "Nusa Tenggara Timur", 36, 50),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rapat di Kab. Banyumas kemarin.", "Kabupaten Banyumas"),
        ("Rapat di Kab Banyumas kemarin.", "Kabupaten Banyumas"),
        ("Rapat di Kabupaten Banyumas kemarin.", "Kabupaten Banyumas"),
        ("Rapat di Kota Surabaya kemarin.", "Kota Surabaya"),
        ("Rapat di Provinsi Jawa Tengah kemarin.", "Jawa Tengah"),
        ("Rapat di Kecamatan Cepiring kemarin.", "Cepiring"),
        ("Rapat di Kec. Cepiring kemarin.", "Cepiring"),
        ("Rapat di Kota Administrasi Jakarta Pusat.", "Kota Administrasi Jakarta Pusat"),
        ("Pemkab Sumedang menyiapkan anggaran.", "Kabupaten Sumedang"),
    ],
)
def test_prefix_sets_the_kind(text: str, name: str) -> None:
    assert names(text) == [name]


def test_prefix_is_part_of_the_mention() -> None:
    assert mentions("Acara di Kab. Bandung Barat dan Provinsi Bali.") == [
        "Kab. Bandung Barat",
        "Provinsi Bali",
    ]


@pytest.mark.parametrize(
    ("written", "joined"),
    [
        ("Pangkal Pinang", "Pangkalpinang"),
        ("Palangka Raya", "Palangkaraya"),
        ("Bandar Lampung", "Bandarlampung"),
        ("Lubuk Linggau", "Lubuklinggau"),
        ("Bau-Bau", "Baubau"),
    ],
)
def test_spacing_and_hyphens_do_not_matter(written: str, joined: str) -> None:
    assert names(f"Lapas {written} siaga.") == names(f"Lapas {joined} siaga.")
    assert len(names(f"Lapas {written} siaga.")) == 1


def test_longest_name_wins() -> None:
    assert names("Warga Kabupaten Bandung Barat dan Nusa Tenggara Timur.") == [
        "Kabupaten Bandung Barat",
        "Nusa Tenggara Timur",
    ]


def test_bare_name_of_city_and_regency_reads_as_city_unless_kabupaten_written() -> None:
    places = find_places("Lapas Madiun dan Rutan Kabupaten Madiun; Kab. Malang.")
    assert [p.name for p in places] == ["Kota Madiun", "Kabupaten Madiun", "Kabupaten Malang"]
    assert {p.province for p in places} == {"Jawa Timur"}


def test_capitals_in_a_dateline_match() -> None:
    assert names("SUMEDANG - Dua narapidana kabur.") == ["Kabupaten Sumedang"]


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Purwokerto", "Kabupaten Banyumas"),
        ("Kalabahi", "Kabupaten Alor"),
        ("Pangkalan Bun", "Kabupaten Kotawaringin Barat"),
        ("Nusakambangan", "Kabupaten Cilacap"),
        ("Medaeng", "Kabupaten Sidoarjo"),
        ("Jelekong", "Kabupaten Bandung"),
        ("Salemba", "Kota Administrasi Jakarta Pusat"),
        ("Cipinang", "Kota Administrasi Jakarta Timur"),
        ("Kerobokan", "Kabupaten Badung"),
        ("Rajabasa", "Kota Bandar Lampung"),
        ("Tanjung Pandan", "Kabupaten Belitung"),
        ("Tanjungpandan", "Kabupaten Belitung"),
        ("Sigli", "Kabupaten Pidie"),
        ("Tenggarong", "Kabupaten Kutai Kartanegara"),
    ],
)
def test_town_and_prison_nicknames_map_to_their_regency_or_city(alias: str, name: str) -> None:
    assert names(f"Petugas Lapas {alias} berjaga.") == [name]


@pytest.mark.parametrize(
    ("alias", "province"),
    [
        ("Jatim", "Jawa Timur"),
        ("Jateng", "Jawa Tengah"),
        ("Jabar", "Jawa Barat"),
        ("Sumut", "Sumatera Utara"),
        ("Sumsel", "Sumatera Selatan"),
        ("Sumbar", "Sumatera Barat"),
        ("Kalbar", "Kalimantan Barat"),
        ("Kalteng", "Kalimantan Tengah"),
        ("Kalsel", "Kalimantan Selatan"),
        ("Kaltim", "Kalimantan Timur"),
        ("Kaltara", "Kalimantan Utara"),
        ("Sulsel", "Sulawesi Selatan"),
        ("Sulut", "Sulawesi Utara"),
        ("Sulteng", "Sulawesi Tengah"),
        ("Sultra", "Sulawesi Tenggara"),
        ("Sulbar", "Sulawesi Barat"),
        ("Babel", "Kepulauan Bangka Belitung"),
        ("Kep. Babel", "Kepulauan Bangka Belitung"),
        ("Kep.Babel", "Kepulauan Bangka Belitung"),
        ("NTT", "Nusa Tenggara Timur"),
        ("NTB", "Nusa Tenggara Barat"),
        ("DIY", DIY),
        ("DKI", DKI),
        ("Malut", "Maluku Utara"),
        ("Kepri", "Kepulauan Riau"),
        ("East Java", "Jawa Timur"),
        ("Central Java", "Jawa Tengah"),
        ("North Sumatra", "Sumatera Utara"),
        ("West Kalimantan", "Kalimantan Barat"),
        ("Yogyakarta Special Region", DIY),
        ("Jakarta", DKI),
        ("Bali", "Bali"),
    ],
)
def test_province_abbreviations_and_english_names(alias: str, province: str) -> None:
    places = find_places(f"Kanwil Kemenkumham {alias} menggelar apel.")
    assert [(p.name, p.kind) for p in places] == [(province, "province")]


@pytest.mark.parametrize(
    "word",
    ["Agung", "Baru", "Tengah", "Timur", "Barat", "Selatan", "Utara", "Pusat", "Raya", "Kota"],
)
def test_risky_words_alone_are_not_places(word: str) -> None:
    assert find_places(f"Menurut dia, {word} adalah kata yang sering muncul.") == []


def test_lowercase_words_never_match() -> None:
    assert find_places("batu itu jatuh di kota yang malang, sebelah barat pasar baru") == []


def test_common_word_names_need_a_cue() -> None:
    assert find_places("Batu itu besar. Palu dan obeng disita.") == []
    assert names("Napi asal Batu kabur ke Palu.") == ["Kota Batu", "Kota Palu"]


def test_a_district_named_like_an_ordinary_word_does_not_match() -> None:
    assert find_places("Arahan itu dibacakan. Harian ini terbit pagi.") == []


def test_a_street_named_after_a_place_is_not_that_place() -> None:
    assert find_places("Rapat di Jalan Medan Merdeka Barat.") == []


def test_police_units_named_metro_are_not_the_city_of_metro() -> None:
    assert names("Polres Metro Jakarta Barat menangkap pelaku; Metro TV meliput.") == [
        "Kota Administrasi Jakarta Barat"
    ]


def test_an_idiom_naming_places_is_not_a_place() -> None:
    assert find_places("Warga binaan dari Sabang sampai Merauke ikut memilih.") == []


def test_names_after_an_honorific_are_people() -> None:
    assert find_places("Sambutan oleh Bapak Sragen Pamungkas dan Ibu Kendal Sari.") == []


def test_a_head_named_right_after_the_place_keeps_the_place() -> None:
    text = "Kalapas Kelas IIA Kendal Bambang Tejo dan Wali Kota Bogor Bima Arya hadir."
    assert names(text) == ["Kabupaten Kendal", "Kota Bogor"]


def test_acronyms_are_not_places() -> None:
    assert names("Kementerian Hukum dan HAM Sumatera Selatan, TPS, ASN.") == ["Sumatera Selatan"]


def test_empty_and_placeless_text() -> None:
    assert find_places("") == []
    assert find_places("Apel siaga berlangsung tertib dan lancar.") == []


# --------------------------------------------------------------------------- questions


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Lapas mana saja di Jawa Timur yang menggelar ikrar?", {"Jawa Timur"}),
        ("Which prisons in East Java held pledges?", {"Jawa Timur"}),
        ("berapa napi di jatim", {"Jawa Timur"}),
        ("Rutan di North Sumatra", {"Sumatera Utara"}),
        ("rutan di sumatera utara", {"Sumatera Utara"}),
        ("Which prisons in West Kalimantan?", {"Kalimantan Barat"}),
        ("ada berapa lapas di kalbar?", {"Kalimantan Barat"}),
        ("Lapas di NTT dan NTB", {"Nusa Tenggara Timur", "Nusa Tenggara Barat"}),
        ("Kanwil Kemenkumham DIY", {DIY}),
        ("How many inmates in Jakarta could vote?", {DKI}),
        ("Lapas mana di Pulau Jawa yang napinya kabur?", JAVA),
        ("prisons in Java", JAVA),
        ("east java or central java", {"Jawa Timur", "Jawa Tengah"}),
        ("Papua", {"Papua", "Papua Barat", "Papua Selatan", "Papua Tengah", "Papua Pegunungan",
                   "Papua Barat Daya"}),
        ("Maluku", {"Maluku"}),
        ("napi kabur di jambi dan bengkulu", {"Jambi", "Bengkulu"}),
        ("prisons in North Sumatera", {"Sumatera Utara"}),
        ("lapas di Jabodetabek", {DKI, "Jawa Barat", "Banten"}),
        ("Bali and Nusa Tenggara", {"Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur"}),
    ],
)  # fmt: skip
def test_provinces_in_question(question: str, expected: set[str]) -> None:
    assert provinces_in_question(question) == expected


def test_islands_give_all_their_provinces() -> None:
    assert len(provinces_in_question("rutan di Sumatra")) == 10
    assert provinces_in_question("Kalimantan") == provinces_in_question("Borneo")
    assert len(provinces_in_question("Borneo")) == 5
    assert len(provinces_in_question("Pulau Sulawesi")) == 6


@pytest.mark.parametrize(
    "question",
    [
        "Siapa Kalapas Madiun?",
        "Kapan Lapas Narkotika Purwokerto direhabilitasi?",
        "Rutan di Lombok Barat",
        "Lapas Jambi",
        "Who heads Lapas Yogyakarta?",
        "rutan kelas i jakarta pusat",
        "Apa yang terjadi kemarin?",
    ],
)
def test_towns_and_upts_are_not_province_restrictions(question: str) -> None:
    assert provinces_in_question(question) == frozenset()


# --------------------------------------------------------------------------- province_of


@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("Lapas Kelas IIA Purwokerto", "Jawa Tengah"),
        ("Rutan Kelas I Surabaya", "Jawa Timur"),
        ("Kanwil Kemenkumham Banten", "Banten"),
        ("Lapas Perempuan Bandung", "Jawa Barat"),
        ("Kalabahi", "Nusa Tenggara Timur"),
        ("lapas tanjung pandan", "Kepulauan Bangka Belitung"),
        ("RUTAN KELAS IIB PONOROGO", "Jawa Timur"),
        ("Lapas Kelas IIA Lombok Barat", "Nusa Tenggara Barat"),
        ("Rutan Kelas I Jakarta Pusat", DKI),
        ("Lapas Pemuda Kelas IIA Tangerang", "Banten"),
    ],
)
def test_province_of(name: str, province: str) -> None:
    assert province_of(name) == province


@pytest.mark.parametrize("name", ["", "Lapas", "Kantor Imigrasi", "Lapas Kelas IIB Martapura"])
def test_province_of_unknown_or_ambiguous_is_none(name: str) -> None:
    # Martapura is a district in both Sumatera Selatan and Kalimantan Selatan.
    assert province_of(name) is None


# --------------------------------------------------------------------------- article_provinces


def test_article_without_places_has_no_province() -> None:
    assert article_provinces("Apel pagi", "Petugas mengikuti apel.", None, ()) == ()


def test_upt_outweighs_places_merely_mentioned() -> None:
    text = "Produk warga binaan dijual sampai ke Jakarta dan Bali. Lapas Banyuasin bangga."
    assert article_provinces("", text, None, ["Lapas Kelas IIA Banyuasin"]) == ("Sumatera Selatan",)


def test_second_province_needs_a_unit_of_its_own() -> None:
    text = "Lapas Jelekong mencatat DPT. Di tempat lain, Lapas Ambon juga."
    upts = ["Lapas Kelas IIA Jelekong", "Lapas Kelas IIA Ambon"]
    assert article_provinces("Napi memilih", text, "Bandung", upts) == ("Jawa Barat", "Maluku")


def test_a_former_post_is_not_the_article_province() -> None:
    text = (
        "Kalapas Rajabasa mengingatkan pegawai. Mantan Kadivpas Kanwil Kemenkumham Maluku itu "
        "menambahkan bahwa data pemilih diperbarui."
    )
    assert article_provinces("", text, None, ["Lapas Kelas I Bandarlampung"]) == ("Lampung",)


def test_kanwil_and_dateline_alone_give_the_province() -> None:
    text = "Kepala Kantor Wilayah Kementerian Hukum dan HAM (Kemenkumham) Jawa Tengah meninjau."
    assert article_provinces("", text, "Banyumas", ()) == ("Jawa Tengah",)


# --------------------------------------------------------------------------- real articles


def _sources() -> dict[str, list[str]]:
    """Article id → provinces from SOURCES.md, primary first (a national list keeps its order)."""
    table: dict[str, list[str]] = {}
    for line in (DEVCORPUS / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) > 6 and re.fullmatch(r"[dk]\d\d", cells[1]):
            column = cells[5]
            listed = re.search(r"national \((.*)\)", column)
            parts = (
                listed.group(1).split(",") if listed else re.sub(r"\(.*?\)", "", column).split(";")
            )
            table[cells[1]] = [SOURCES_NAMES.get(p.strip(), p.strip()) for p in parts]
    return table


def _devcorpus_id(doc_id: str) -> str:
    """``d07_rutan-medaeng...`` → ``d07``; line N of ``more.jsonl`` (``more-N``) → ``kNN``."""
    return doc_id[:3] if doc_id.startswith("d") else f"k{int(doc_id.rsplit('-', 1)[1]):02d}"


@pytest.fixture(scope="module")
def devcorpus() -> dict:
    if not (DEVCORPUS / "articles").is_dir():
        pytest.skip(f"development corpus not found at {DEVCORPUS}")
    articles, _ = read_corpus(DEVCORPUS / "articles")
    return {_devcorpus_id(a.doc_id): a for a in articles}


@pytest.fixture(scope="module")
def shipped() -> dict:
    articles, _ = read_corpus(ROOT / "corpus")
    return {a.doc_id[:3]: a for a in articles}


def test_devcorpus_article_provinces_match_sources(devcorpus: dict) -> None:
    expected = _sources()
    assert len(devcorpus) == len(expected) == 50
    wrong = {}
    for article_id, provinces in expected.items():
        article = devcorpus[article_id]
        got = article_provinces(article.title, article.text, article.place, article.upts)
        national = len(provinces) > 2
        right = set(provinces) <= set(got) and (national or got[0] == provinces[0])
        if not right:
            wrong[article_id] = (provinces, got)
    assert wrong == {}


@pytest.mark.parametrize(
    ("prefix", "province"),
    [
        ("000", "Kepulauan Bangka Belitung"),
        ("001", "Jawa Tengah"),
        ("002", "Kepulauan Bangka Belitung"),
        ("003", "Jawa Tengah"),
        ("004", "Nusa Tenggara Timur"),
    ],
)
def test_shipped_article_provinces(shipped: dict, prefix: str, province: str) -> None:
    article = shipped[prefix]
    got = article_provinces(article.title, article.text, article.place, article.upts)
    assert got == (province,)


# People named in the development articles; none of their words is a place there.
PEOPLE = [
    ("d01", "Agung Rektono Seto"),
    ("d06", "Tejo Harwanto"),
    ("d06", "Riko Purnama Chandra"),
    ("d08", "Kadek Anton Budiharta"),
    ("d13", "Edi Saputra"),
    ("d15", "Fajar Nur Cahyono"),
    ("d19", "Prayitno"),
    ("d21", "Iis Supianto"),
    ("d23", "Ilham Djaya"),
    ("d27", "Tejo Harwanto"),
    ("d31", "Suparman"),
    ("d34", "Agus Heryanto"),
    ("k04", "Saiful Sahri"),
    ("k14", "Sudirwan"),
]


@pytest.mark.parametrize(("article_id", "person"), PEOPLE)
def test_people_in_real_articles_are_not_places(
    devcorpus: dict, article_id: str, person: str
) -> None:
    article = devcorpus[article_id]
    for text in (article.title, article.text):
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(person), text)]
        for place in find_places(text):
            assert all(place.end <= start or place.start >= end for start, end in spans), place
    assert person in article.title + article.text


def test_places_in_real_articles_are_ordered_and_disjoint(devcorpus: dict) -> None:
    for article in devcorpus.values():
        places = find_places(article.text)
        assert all(a.end <= b.start for a, b in itertools.pairwise(places))


# --------------------------------------------------------------------------- labels and data


@pytest.mark.parametrize(
    ("province", "language", "label"),
    [
        ("Jawa Timur", "en", "East Java"),
        ("Jawa Timur", "id", "Jawa Timur"),
        (DIY, "en", "Special Region of Yogyakarta"),
        (DIY, "id", "DI Yogyakarta"),
        (DKI, "id", "DKI Jakarta"),
        ("Sulawesi Tenggara", "en", "Southeast Sulawesi"),
        ("Atlantis", "en", "Atlantis"),
    ],
)
def test_province_label(province: str, language: str, label: str) -> None:
    assert province_label(province, language) == label


def test_every_province_has_labels_and_reads_back_from_them() -> None:
    entries = regions._load().entries.values()
    provinces = {e.name for es in entries for e in es if e.kind == "province"}
    assert len(provinces) == 38
    for province in provinces - {"Papua"}:  # "Papua" in a question means all six (see module)
        for language in ("id", "en"):
            assert provinces_in_question(province_label(province, language)) == {province}


def test_alias_file_is_consistent() -> None:
    data = json.loads(ALIASES.read_text(encoding="utf-8"))
    entries = regions._load().entries
    alias_keys = [regions._key(alias) for alias in data["place_aliases"]]
    assert len(alias_keys) == len(set(alias_keys)), "two aliases differ only in spacing"
    for word in data["never_bare"] + data["needs_cue"]:
        assert regions._key(word) in entries, f"{word} is not a name, so listing it does nothing"
    labelled = set(data["province_labels"])
    for region in data["regions"].values():
        assert set(region["provinces"]) <= labelled


def test_regions_version_names_the_data_and_is_stable() -> None:
    data = json.loads(ALIASES.read_text(encoding="utf-8"))
    version = regions_version()
    assert version.startswith(data["version"] + "+")
    assert version == regions_version()


def test_a_province_short_form_is_spelt_every_way_the_alias_file_knows():
    assert "Sulawesi Utara" in regions.province_spellings("Sulut")
    assert "Jatim" in regions.province_spellings("Jawa Timur")
    assert regions.province_spellings("Manado") == ()


@pytest.mark.parametrize("question", ["Why were inmates in East and North Kalimantan granted remission?",
                                      "Berapa napi di Kalimantan Timur dan Utara yang dapat remisi?"])
def test_two_provinces_of_one_island_written_once_are_both_asked(question: str) -> None:
    assert regions.provinces_in_question(question) == {"Kalimantan Timur", "Kalimantan Utara"}


def test_a_district_of_two_words_is_not_named_by_a_word_that_is_another_city():
    from rag.concepts import question_concepts

    # "Pancur Batu" (Deli Serdang) is not "Batu" (the city in East Java, or Lapas Batu).
    name = next(c for c in question_concepts("Siapa kepala Lapas Pancur Batu?", "id") if c.salient)
    assert not name.matches(frozenset({"batu", "lapas"}))
    assert name.matches(frozenset({"pancur", "batu"}))


def test_a_word_that_opens_many_place_names_names_none_of_them_alone():
    from rag.concepts import question_concepts

    # "Muara" opens dozens of names: "Muara Sabak" is not "Muara Bulian".
    name = next(c for c in question_concepts("Siapa Kalapas Narkotika Muara Sabak?", "id") if c.label == "muara sabak")
    assert not name.matches(frozenset({"muara", "bulian"}))
    assert name.matches(frozenset({"sabak"}))


def test_a_city_the_gazetteer_writes_as_one_word_is_found_spaced_apart():
    from rag.concepts import question_concepts
    from rag.regions import closed_place_split

    # Kemendagri writes "Pematangsiantar"; reports write "Pematang Siantar".
    assert closed_place_split("Pematangsiantar") == ("pematang", "siantar")
    name = next(c for c in question_concepts("Why is the prison in Pematangsiantar checking goods?", "en") if c.salient)
    assert name.matches(frozenset({"pematang", "siantar"}))
    # Split off, an ordinary word ("baru", "hari") is in reports of other towns too.
    assert closed_place_split("banjarbaru") is None
    assert closed_place_split("batanghari") is None


def test_a_city_s_short_name_and_a_prison_s_old_name_are_placed():
    from rag.concepts import question_concepts
    from rag.regions import full_name_of_short_form, town_of_alias

    # "Siantar" is the tail of "Pematangsiantar": the same city, matched either way.
    assert full_name_of_short_form("Siantar") == "Pematangsiantar"
    name = next(c for c in question_concepts("the Siantar narcotics prison", "en") if c.salient)
    assert name.matches(frozenset({"pematangsiantar"})) and name.matches(frozenset({"pematang", "siantar"}))
    # "Kisaran" is a town of Asahan, not a short form of it.
    assert full_name_of_short_form("Kisaran") is None
    # Lapas Banceuy lies in Bandung.
    assert town_of_alias("Banceuy") == "bandung"


def test_a_region_beside_a_unit_elsewhere_says_where_something_else_is():
    from rag.query import understand

    # "buyers in Java" of a prison in East Kalimantan: no filter on Java's articles.
    assert not understand("Which item from the Tenggarong prison workshop did buyers in Java order in 2021?").provinces
    # A unit named as where people came from leaves the destination's province a filter.
    assert understand("Berapa napi yang dipindah dari Lapas Kerobokan ke lapas di Jawa Timur?").provinces == {"Jawa Timur"}
    # Units asked for in a province keep it, whatever unit sent them.
    assert understand("Which prisons in Central Java got inmates from Lapas Cipinang?").provinces == {"Jawa Tengah"}
