"""Glossary: English questions into Indonesian terms, expansion, and the data file itself."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from rank_bm25 import BM25Okapi

from rag.glossary import (
    analyze_document,
    analyze_query,
    english_terms,
    expand_terms,
    glossary_version,
    load_glossary,
    translate_query,
)
from rag.indonesian import DATE_MARKER, analyze, stem

KALABAHI_SOCIAL_MEDIA = (
    "“Hindari konflik kepentingan, jangan melakukan praktik-praktik intimidasi dan ancaman "
    "kepada pegawai dan seluruh elemen masyarakat atau warga binaan, jangan memihak kepada "
    "pasangan calon tertentu, menggunakan media sosial secara bijak dan tidak dipergunakan "
    "untuk kepentingan pasangan calon tertentu atau menyebarkan ujaran kebencian serta berita "
    "bohong, tolaklah politik uang dan segala jenis pemberian dalam bentuk apapun,” imbaunya."
)
PATI_LEADER = (
    "Dalam kesempatan tersebut, Kepala Lapas (Ka.Lapas) Pati, Febie Dwi Hartanto, menjadi "
    "Pembina Apel. Dalam sambutannya, Febie menyampaikan sepuluh hal yang perlu dilakukan."
)
BABEL_POPULATION = (
    "jumlah penghuni Lapas/ Rutan/ LPKA per tanggal 21 Desember 2023 berjumlah 2.549 orang, "
    "dengan rincian jumlah tahanan sebanyak 556 orang dan narapidana berjumlah 1.993 orang "
    "dan populasi penghuni dewasa sebanyak 2.371 laki laki, 141 perempuan"
)
TANJUNGPANDAN_HEAD = (
    "Belitung – INFO PAS, Kepala Lembaga Pemasyarakatan (Lapas) Kelas IIB Tanjungpandan Gowim "
    "Halai memberikan pengarahan terkait netralitas jelang Pemilihan Umum (Pemilu) 2024."
)
PURWOKERTO_VENUE = (
    "Rutan kelas IIB Purbalingga bersama UPT Wilayah eks karesidenan Banyumas selenggarakan "
    "Apel Siaga Nataru dan Ikrar Netralitas Pegawai pada Pemilu Tahun 2024 bertempat di "
    "Lapangan Upacara Lapas Kelas IIA Purwokerto, Selasa (19/12)."
)
PASSAGES = [
    KALABAHI_SOCIAL_MEDIA,
    PATI_LEADER,
    BABEL_POPULATION,
    TANJUNGPANDAN_HEAD,
    PURWOKERTO_VENUE,
]


def test_version_names_the_glossary_and_the_lexicon_versions() -> None:
    raw = json.loads(resources.files("rag").joinpath("data", "glossary.json").read_text("utf-8"))
    lexicon = json.loads(resources.files("rag").joinpath("data", "lexicon_en_id.json").read_text("utf-8"))

    extra = json.loads(resources.files("rag").joinpath("data", "lexicon_extra_en_id.json").read_text("utf-8"))
    assert glossary_version() == f"{raw['version']}+lexicon-{lexicon['version']}+extra-{extra['version']}"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}\.\d+", raw["version"])


def test_every_english_entry_maps_to_lowercase_indonesian_terms() -> None:
    for phrase, terms in load_glossary().en_id.items():
        assert phrase and terms, phrase
        assert all(term == term.lower().strip() for term in terms), phrase


def test_every_indonesian_synonym_keeps_a_content_word() -> None:
    # A synonym of stopwords only ("sampai di") analyses to nothing, and a concept with an
    # empty form is present in every passage.
    raw = json.loads(resources.files("rag").joinpath("data", "glossary.json").read_text("utf-8"))
    for word, synonyms in raw["id_synonyms"].items():
        for synonym in [word, *synonyms]:
            assert analyze(synonym), (word, synonym)


def test_abbreviations_survive_stemming_unchanged() -> None:
    raw = json.loads(resources.files("rag").joinpath("data", "glossary.json").read_text("utf-8"))
    for short in raw["abbreviations"]:
        for word in short.split():
            assert stem(word) == word, word


def test_neutrality_pledge_question_maps_to_ikrar_netralitas() -> None:
    terms = translate_query("Which UPT held a neutrality pledge in December?")

    assert {"upt", "netralitas", "ikrar", "desember"} <= set(terms)
    assert "which" not in terms


def test_multiword_phrases_win_over_their_words() -> None:
    terms = translate_query("Did they talk about conflict of interest and hate speech?")

    assert "konflik kepentingan" in terms
    assert "ujaran kebencian" in terms
    assert "hate" not in terms


def test_a_governor_is_the_province_s_and_a_prison_governor_the_warden() -> None:
    # "What did the Maluku governor hand over?": the report says "gubernur"; reading it as
    # a prison head made every Kalapas sentence match.
    assert english_terms("governor") == ("gubernur",)
    assert "gubernur" in translate_query("What did the Maluku governor hand over?")
    assert "kalapas" in translate_query("Who is the prison governor?")


def test_furniture_chairs_pupils_and_plans_have_their_indonesian_words() -> None:
    # "student desks and chairs" read "chairs" as chairing a meeting and "student" without
    # "murid"; "supposed to be moved" found no "direncanakan".
    terms = translate_query("How many sets of student desks and chairs did they build?")
    assert "kursi" in terms and "murid" in terms and "pimpin" not in terms
    assert "direncanakan" in translate_query("How many are supposed to be moved in total?")


def test_longest_place_name_is_matched_first() -> None:
    assert translate_query("Bangka Belitung Islands") == ["kepulauan bangka belitung", "babel"]


def test_names_numbers_and_acronyms_pass_through_untranslated() -> None:
    terms = translate_query("Did Febie mention 2.549 inmates at Purwokerto or the KPU?")

    assert {"febie", "2.549", "purwokerto", "kpu"} <= set(terms)


def test_unknown_lowercase_english_words_are_dropped() -> None:
    assert translate_query("what was the zeitgeist like") == []


@pytest.mark.parametrize(
    ("question", "terms"),
    [("What rice variety is grown on the prison farm?", {"padi", "varietas", "ditanam"}),
     ("How many motorcycles were handed back?", {"sepeda motor", "dikembalikan"}),
     ("When was the fire put out?", {"api", "dipadamkan"}),
     ("Which extremist network had they sworn allegiance to?", {"jaringan", "baiat"})],
)
def test_everyday_english_words_come_from_the_general_lexicon(question, terms) -> None:
    assert terms <= set(translate_query(question))


def test_no_english_phrase_is_written_twice_in_the_glossary() -> None:
    # A JSON object keeps the last of two equal keys: an entry written again later would
    # silently throw away the first.
    import collections
    import json
    from importlib import resources

    repeated: list[str] = []

    def keep(pairs: list[tuple[str, object]]) -> dict[str, object]:
        repeated.extend(k for k, n in collections.Counter(k for k, _ in pairs).items() if n > 1)
        return dict(pairs)

    json.loads(resources.files("rag").joinpath("data", "glossary.json").read_text("utf-8"), object_pairs_hook=keep)
    assert repeated == []


def test_the_curated_glossary_wins_over_the_lexicon_and_alone_makes_the_domain() -> None:
    from rag.concepts import _domain_words
    from rag.glossary import domain_terms

    lexicon = json.loads(resources.files("rag").joinpath("data", "lexicon_en_id.json").read_text("utf-8"))
    raw = json.loads(resources.files("rag").joinpath("data", "glossary.json").read_text("utf-8"))
    extra = json.loads(resources.files("rag").joinpath("data", "lexicon_extra_en_id.json").read_text("utf-8"))
    assert not set(lexicon["en_id"]) & set(raw["en_id"])  # one home per English word
    assert not set(extra["en_id"]) & (set(lexicon["en_id"]) | set(raw["en_id"]))
    assert "remisi" in _domain_words() and "padi" not in _domain_words()
    assert "ranmor" not in domain_terms()


def test_english_words_borrowed_by_the_lexicon_do_not_pass_through() -> None:
    # "talk show" is an Indonesian value of the lexicon; "show" is still an English word.
    assert translate_query("What does the report show?") == []


def test_indonesian_domain_words_in_an_english_question_pass_through() -> None:
    terms = translate_query("who led the apel siaga at lapas pati?")

    assert {"apel", "siaga", "lapas"} <= set(terms)


def test_plural_of_a_glossary_word_is_translated() -> None:
    assert "ikrar" in translate_query("pledges")


def test_abbreviation_gains_its_long_form() -> None:
    assert {"kepala", "lapas"} <= set(expand_terms(["kalapas"]))


def test_long_form_gains_its_abbreviation() -> None:
    assert "kalapas" in expand_terms(["kepala", "lapas"])
    assert "kalapas" in expand_terms(["kepala lembaga pemasyarakatan"])


def test_expansion_adds_each_term_once() -> None:
    expanded = expand_terms(["kalapas", "kalapas", "kepala", "lapas"])

    assert expanded.count("kepala") == 1


def test_english_query_is_translated_stemmed_and_deduplicated() -> None:
    tokens = analyze_query("Who led the roll call in Pati?", "en")

    assert {"pembina", "apel", "pimpin", "pati"} <= set(tokens)
    assert len(tokens) == len(set(tokens))


def test_indonesian_query_gains_abbreviation_counterparts() -> None:
    tokens = analyze_query("Siapa Kalapas Tanjungpandan?", "id")

    assert tokens[:2] == ["kalapas", "tanjungpandan"]
    assert {"kepala", "lapas"} <= set(tokens)
    assert "siapa" not in tokens


def test_when_questions_look_for_the_date_marker() -> None:
    assert DATE_MARKER in analyze_query("Kapan Lapas Kalabahi melaksanakan ikrar netralitas?", "id")
    assert DATE_MARKER in analyze_query("When was the integrity pact signed in Kalabahi?", "en")


def _expansions(text: str) -> list[str]:
    """What ``analyze_document`` adds after the plain analysis of ``text``."""
    tokens = analyze_document(text)
    own = analyze(text)
    assert tokens[: len(own)] == own
    return tokens[len(own) :]


def test_document_gains_abbreviation_of_long_form_it_spells_out() -> None:
    assert "kalapas" in _expansions(TANJUNGPANDAN_HEAD)


def test_document_expansions_only_add_new_tokens() -> None:
    extra = _expansions(TANJUNGPANDAN_HEAD)

    assert extra
    assert not set(extra) & set(analyze(TANJUNGPANDAN_HEAD))
    assert len(extra) == len(set(extra))


def test_documents_are_not_expanded_with_synonyms() -> None:
    assert "deklarasi" not in analyze_document("pembacaan ikrar netralitas oleh peserta apel")


def _best_passage(question: str, language: str) -> str:
    """The passage BM25 ranks first among PASSAGES, indexed as the build does it."""
    bm25 = BM25Okapi([analyze_document(p) for p in PASSAGES])
    scores = bm25.get_scores(analyze_query(question, language))
    return PASSAGES[max(range(len(PASSAGES)), key=lambda i: scores[i])]


def test_english_questions_find_the_indonesian_passage_that_answers_them() -> None:
    cases = {
        "What did the head of Kalabahi prison say about social media?": KALABAHI_SOCIAL_MEDIA,
        "Who led the roll call in Pati?": PATI_LEADER,
        "How many inmates were there in Bangka Belitung on 21 December 2023?": BABEL_POPULATION,
        "Who is the warden of Tanjungpandan prison?": TANJUNGPANDAN_HEAD,
        "Where was the alert roll call held?": PURWOKERTO_VENUE,
    }
    for question, passage in cases.items():
        assert _best_passage(question, "en") == passage, question


def test_indonesian_questions_find_the_passage_that_answers_them() -> None:
    assert _best_passage("Siapa Kalapas Tanjungpandan?", "id") == TANJUNGPANDAN_HEAD
    assert _best_passage("Berapa jumlah narapidana di Babel?", "id") == BABEL_POPULATION


def test_a_guess_of_the_extra_lexicon_searches_but_weighs_as_an_unknown_word() -> None:
    from rag.concepts import question_concepts

    concepts = {c.label: c for c in question_concepts("Which prison hosted the marathon?", "en")}
    assert concepts["marathon"].unknown and frozenset({"maraton"}) in concepts["marathon"].alternatives
    assert not concepts["prison"].unknown  # the curated glossary's word is no guess
    # A base form that is a function word takes no entry ("caning" is not "can").
    assert "cambuk" not in translate_query("Can the Bapas give him diversion again?")


def test_a_phrase_of_several_english_words_has_its_glossary_terms() -> None:
    # "sent home" is one glossary entry; looking it up as one token found nothing, so the
    # readers never saw it as the asked act.
    from rag.answer.evidence import is_verb
    from rag.glossary import english_terms

    assert "pulang" in english_terms("sent home") and is_verb("sent home")
    assert "wartelsuspas" in english_terms("phone service")


def test_right_away_means_at_once_not_a_right_hand():
    # "walked free right away": "right" is no "hak"/"kanan" here, and "walked free" is freed.
    terms = translate_query("How many walked free right away?")
    assert "langsung" in terms and "bebas" in terms
    assert "kanan" not in terms and "hak" not in terms
    assert "langsung" in translate_query("freed straight away")
