"""Reading rules found on the round-52 first-sight reports (drugs inside prisons,
celebrations, corrections staff, children), each on sentences written for these tests in the
shapes those reports used."""

from __future__ import annotations

import pytest

from rag.analysis import Quantity
from rag.answer.how_many import _ASKS_ALL_RESIDENTS, _WHOLE_TAKEN_FROM, _year_written
from rag.answer.what import _MADE_INTO, _PLATFORM, _PURPOSE, _THEME
from rag.concepts import question_concepts
from rag.people import find_people
from rag.query import understand


def test_a_province_after_the_unit_s_place_belongs_to_the_post():
    found = find_people("Kepala LPKA Blitar Jawa Timur, Sulastri, menyerahkan anak-anak itu kepada orang tuanya.")
    assert [(p.name, p.post) for p in found] == [("Sulastri", "Kepala LPKA Blitar Jawa Timur")]


def test_a_police_unit_acronym_and_a_theology_degree():
    found = find_people("Kanit PPA Polres Singkawang, Rina Marlina, memimpin musyawarah sebagai fasilitator.")
    assert [(p.name, p.post) for p in found] == [("Rina Marlina", "Kanit PPA Polres Singkawang")]
    found = find_people("Ibadah dipimpin oleh Pendeta Yohanes Rumengan, STh. Ibadah berlangsung khidmat.")
    assert [p.name for p in found] == ["Yohanes Rumengan"]


@pytest.mark.parametrize(("question", "kind"), [
    ("Which pastor led the Christmas service at the detention centre?", "who"),
    # Bodies from outside are no UPTs.
    ("Which outside institutions did the regional office bring into the recruitment?", "what"),
])
def test_the_kind_of_question(question, kind):
    assert understand(question).kind == kind


def test_the_hour_asked_is_read_as_reports_write_it():
    # "Jam brp takbiran dimulai?": a report writes the hour "pukul 23.00".
    concepts = {c.label: c for c in question_concepts("Jam brp takbiran di lapas dimulai?", "id")}
    assert frozenset({"pukul"}) in concepts["jam"].alternatives


def test_new_english_words_reach_their_indonesian():
    concepts = {c.label: c for c in question_concepts("How many were slated to go, run by inmates, from the central office?", "en")}
    assert frozenset({"jadwal"}) in concepts["slated"].alternatives
    assert frozenset({"kendali"}) in concepts["run by"].alternatives
    assert frozenset({"pusat"}) in concepts["central office"].alternatives


def test_a_year_after_a_date_word_counts_nothing():
    text = "Menurut dia, pada 2016 kasus yang dikendalikan napi hanya empat."
    start = text.index("2016")
    assert _year_written(text, Quantity(start, start + 9, "2016", "kasus"))


def test_the_whole_a_part_is_taken_from_and_a_population_asked():
    assert _WHOLE_TAKEN_FROM.search("dari total 18 kasus itu, sebanyak 15 kasus dikendalikan napi").group("whole") == "18"
    assert _ASKS_ALL_RESIDENTS.search("waktu itu total penghuninya ada berapa anak sih?")
    assert not _ASKS_ALL_RESIDENTS.search("berapa napi yang ikut tes?")


def test_phrases_a_what_question_asks_for():
    assert _PURPOSE.search("Keduanya memasukkan sabu dengan tujuan menggelar pesta pada malam tahun baru.")
    assert _PURPOSE.search("Pakaian itu titipan MI dan dalihnya akan dicuci di luar lapas.")
    assert _MADE_INTO.search("Pohon Natal di ruangan itu bahkan diubah menjadi pohon angpao.").group("into") == "pohon angpao"
    assert _PLATFORM.search("Tasyakuran digelar serentak melalui Zoom Meeting.").group("platform") == "Zoom Meeting"
    assert _THEME.search('Tausiyah itu berjudul "Kunci Kebahagiaan".').group("theme") == "Kunci Kebahagiaan"


def test_a_university_s_name_and_a_director_s_joined_section_belong_to_the_post():
    # (Round 53.) "Perwira" is no first name after "Universitas"; "Anak Binaan" is a section.
    found = find_people("Acara dihadiri Rektor Universitas Perwira Purbalingga, Eming Sudiana, dan tamu lain.")
    assert [(p.name, p.post) for p in found] == [("Eming Sudiana", "Rektor Universitas Perwira Purbalingga")]
    found = find_people("Acara dibuka Direktur Pembinaan Narapidana dan Anak Binaan Ditjenpas, Erwedi Supriyatno, pada Rabu.")
    assert [(p.name, p.post) for p in found] == [("Erwedi Supriyatno", "Direktur Pembinaan Narapidana dan Anak Binaan Ditjenpas")]


def test_a_sentence_about_one_room_counts_one_room():
    from rag.answer.how_many import _in_a_room

    text = "Satu sel yang idealnya dihuni tujuh orang, sekarang terpaksa diisi 30 narapidana."
    start = text.index("30")
    assert _in_a_room(text, Quantity(start, start + 14, "30", "narapidana"), "berapa napi yang menghuni lapas itu?")
