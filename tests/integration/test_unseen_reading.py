"""Reading real reports the rules were not written for: the development corpus's articles
(read from ``../shared/devcorpus`` at test time), asked in our own words.

Each test is one class of question from issue 11, asserted on the answer's own line (the
quotes under it do not count, as in the strict scoring): counts scoped to the asked UPT,
one count per named place, before and after a change, superlatives, numbers the question
states itself, durations, what someone urged, a period that dates a statement, lists by
province, and questions the articles cannot answer.
"""

from __future__ import annotations

import pytest

from rag.config import PROJECT_ROOT, Settings
from rag.evaluation import answer_lead

pytestmark = pytest.mark.slow

DEVCORPUS = PROJECT_ROOT.parent / "shared" / "devcorpus" / "articles"


@pytest.fixture(scope="module")
def reader(tmp_path_factory, embedder):
    """An assistant over the development corpus, built once for this module."""
    if not DEVCORPUS.is_dir():
        pytest.skip(f"devcorpus not found at {DEVCORPUS}")
    from rag.assistant import Assistant
    from rag.indexing import build_index

    settings = Settings(corpus_dir=DEVCORPUS, index_dir=tmp_path_factory.mktemp("devindex"))
    build_index(settings, embedder=embedder, progress=False)
    return Assistant(settings, embedder=embedder)


def lead(reader, question: str) -> str:
    """The answer's own text, without its quoted evidence."""
    answer = reader.ask(question)
    assert not answer.abstained, answer.text
    return answer_lead(answer.text)


def test_a_count_for_all_units_is_not_taken_from_one_units_clause(reader):
    # The report gives 392 for all of Jakarta and then 14 for Rutan Pondok Bambu alone.
    text = lead(reader, "How many staff of the Jakarta prisons, detention centres and LPKA "
                        "were sworn in as polling officers?")
    assert "392" in text and "14 " not in text


def test_a_count_asked_for_one_unit_comes_from_its_clause(reader):
    # Rutan Cipinang: 70 staff for 10 polling stations; Lapas Cipinang is another unit (84).
    text = lead(reader, "Berapa pegawai Rutan Cipinang yang dilantik menjadi KPPS, dan untuk "
                        "berapa TPS?")
    assert "70" in text and "10 TPS" in text and "84" not in text


def test_one_count_per_named_polling_station(reader):
    text = lead(reader, "Berapa jumlah DPT di masing-masing TPS 901 dan TPS 902 Lapas Langsa?")
    assert "172" in text and "166" in text


def test_before_and_after_a_change_are_two_counts(reader):
    text = lead(reader, "How many convicts were on the Rajabasa prison voter list before and "
                        "after it was updated?")
    assert "773" in text and "653" in text


def test_superlative_names_the_unit_with_the_largest_count(reader):
    text = lead(reader, "Dalam daftar lapas terpadat yang dipaparkan Menkumham, lapas mana "
                        "yang penghuninya paling banyak?")
    assert "Labuhan Ruku" in text and "2030" in text


def test_superlative_of_the_smallest(reader):
    text = lead(reader, "In the overcrowding list Yasonna showed the DPR, which unit had the "
                        "smallest capacity?")
    assert "Jeneponto" in text and "44" in text


def test_a_number_the_question_states_is_not_its_answer(reader):
    text = lead(reader, "How many convicts across Indonesia were granted amnesty by the decree "
                        "that released two Lapas Malang inmates?")
    assert "1.178" in text or "1,178" in text


def test_how_long_is_answered_with_a_stated_duration(reader):
    text = lead(reader, "Berapa lama dua napi Lapas Sumedang menyiapkan pelarian mereka?")
    assert "seminggu" in text.lower()


def test_what_the_head_urged_comes_from_the_sentence_with_the_directive(reader):
    text = lead(reader, "What did the Banyuasin prison head ask his staff to be during the "
                        "Christmas security roll call?")
    assert "waspada" in text.lower()


def test_a_period_that_dates_a_figure_finds_the_article_that_states_it(reader):
    # The report is dated November; its figures are "berdasarkan data Oktober 2025".
    text = lead(reader, "Berapa penghuni Lapas Tabanan menurut data Oktober 2025?")
    assert "230" in text


def test_a_list_of_unit_kinds_in_a_province_lists_every_unit_there(reader):
    text = lead(reader, "Lapas, rutan, atau bapas mana saja di Sumatera Selatan yang ada "
                        "beritanya?")
    for town in ("Banyuasin", "Martapura", "Lubuklinggau", "Palembang"):
        assert town in text


def test_a_decree_number_is_not_cut_before_its_year(reader):
    text = lead(reader, "On the basis of which presidential decree were the two Lapas Malang "
                        "convicts freed?")
    assert "17 Tahun 2025" in text


def test_a_price_does_not_answer_a_count_of_inmates(reader):
    answer = reader.ask("Berapa jumlah penghuni Lapas Kerobokan ketika toko daringnya diluncurkan?")
    assert answer.abstained, answer.text


def test_a_count_of_staff_does_not_answer_a_count_of_inmates(reader):
    # The report counts 137 inmates on the voter list who voted, and 9 staff (DPTb).
    text = lead(reader, "Berapa warga binaan Lapas Pekalongan yang mencoblos pada Pilkada 2024?")
    assert "137" in text and "9 orang" not in text


def test_where_in_a_named_unit_is_not_another_unit(reader):
    # The Serang report names Lapas Cibinong as the national venue; Serang's own was its hall.
    text = lead(reader, "Di mana remisi Idul Fitri 1446 H diserahkan kepada warga binaan Lapas "
                        "Serang?")
    assert "Cibinong" not in text


def test_every_holder_of_a_post_is_listed_when_several_are_asked(reader):
    # Two reports name two successive heads of Lapas Kelas I Bandarlampung.
    text = lead(reader, "Siapa saja Kalapas Kelas I Bandarlampung yang disebut dalam berita?")
    assert "Maizar" in text and "Saiful Sahri" in text
