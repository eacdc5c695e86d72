"""Reading rules found on the round-51 first-sight reports (health care, new buildings,
parole, visits), each on sentences written for these tests in the shapes those reports used."""

from __future__ import annotations

import pytest

from rag.answer.how_many import _TIMES_ORDINAL
from rag.answer.what import _BENEFICIARY, _PURPOSE, _REST_OF_LIST, _SYMPTOM, _is_directive
from rag.answer.when import _WEEKDAY_RANGE, _YEARS_LISTED
from rag.answer.yesno import _ASKS_OTHER_EARLIER, _NAMES_FIRST
from rag.chunking import split_sentences
from rag.compound import split_compound
from rag.concepts import question_concepts
from rag.people import find_people
from rag.query import question_kind, understand
from rag.records import Turn
from rag.spans import venues


def test_a_kiai_title_and_a_street_abbreviation_do_not_end_a_sentence():
    text = ("Pelatihan digelar di rumah dinas Kepala Bapas di Jalan KH. Ahmad Dahlan, Desa Sukamaju. "
            "Kegiatan dibuka pukul 09.00.")
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert len(sentences) == 2 and sentences[0].endswith("Desa Sukamaju."), sentences


def test_a_venue_runs_past_dinas_and_a_title_s_dot():
    sentence = "Pelatihan digelar di rumah dinas Kepala Bapas di Jalan KH. Ahmad Dahlan, Desa Sukamaju."
    spans = [sentence[s:e] for s, e in venues(sentence)]
    assert spans and spans[0].startswith("rumah dinas Kepala Bapas"), spans
    assert any("KH. Ahmad Dahlan" in span for span in spans), spans


def test_a_post_after_the_unit_a_person_leads_is_his():
    found = find_people("Sejak Rd. Budi Santoso, A.Md.IP., S.H. memimpin Bapas Cianjur sebagai Plt. Kepala "
                        "Balai Pemasyarakatan Kelas II Cianjur, program itu berjalan.")
    assert [(p.name, p.post) for p in found] == [("Rd. Budi Santoso", "Plt. Kepala Balai Pemasyarakatan Kelas II Cianjur")]


@pytest.mark.parametrize(("question", "parts"), [
    # A chat part names its topic with "-nya", then asks of it.
    ("Napi itu ditahan krn kasus apa, dan vonisnya brp lama?", ["Napi itu ditahan krn kasus apa?", "vonisnya brp lama?"]),
    ("trus sisanya brp org, kasusnya apa?", ["trus sisanya brp org?", "kasusnya apa?"]),
    # A chat part after a comma splits only from a part that asks something itself.
    ("Napi itu pake kaos yg ada tulisannya di punggung, tulisannya apa sih?",
     ["Napi itu pake kaos yg ada tulisannya di punggung, tulisannya apa sih?"]),
    # Two counts stay one question, answered together from one report.
    ("Berapa napi yang dapat remisi, dan berapa yang bebas?", ["Berapa napi yang dapat remisi, dan berapa yang bebas?"]),
])
def test_a_chat_part_with_a_topic_and_its_own_question_word_is_a_part_of_its_own(question, parts):
    assert split_compound(question) == parts


def test_a_follow_up_of_a_follow_up_searches_with_the_first_question_too():
    history = [Turn("Dari 30 napi yang dipindah Rutan Kendari, berapa yang kasus narkotika?", "Sepuluh orang."),
               Turn("trus sisanya brp org?", "20 orang.")]
    frame = understand("kasusnya apa?", history)
    assert "Rutan Kendari" in frame.search_text, frame.search_text


@pytest.mark.parametrize(("question", "kind"), [
    # Those a thing is for are named after "untuk"/"bagi", rarely by name: a what-question.
    ("trus kamar khusus itu disiapin buat siapa aja?", "what"),
    ("Who are the special cells at the prison meant for?", "what"),
    # Days and years are listed by the date reader, not as things.
    ("Layanan video call Rutan Dumai buka hari apa aja?", "when"),
    # A business unit is no UPT.
    ("Which three business units did the probation office's clients harvest?", "what"),
])
def test_the_kind_of_question(question, kind):
    assert understand(question).kind == kind, question_kind(question, "en")


def test_those_a_thing_is_for_are_read_after_untuk_or_bagi_but_not_a_purpose():
    sentence = "Lapas juga menyiapkan kamar hunian khusus untuk penyandang disabilitas, lansia, dan anak-anak."
    assert _BENEFICIARY.search(sentence).group("who") == "penyandang disabilitas, lansia, dan anak-anak"
    # A verb after "untuk" is what it is for, not whom; a sentence opening "Untuk ..." frames it.
    assert _BENEFICIARY.search("Petugas menyiapkan ruang isolasi untuk mencegah penularan.") is None
    assert _BENEFICIARY.search("Untuk masyarakat rentan, lapas menyediakan kursi khusus.") is None


def test_the_occasion_a_report_numbers_gives_how_many_times():
    assert _TIMES_ORDINAL.search("Ini merupakan kali ketiga lapas itu meraih penghargaan.").group("after") == "ketiga"
    assert _TIMES_ORDINAL.search("Lapas itu meraihnya untuk ke-4 kalinya.").group("before") == "ke-4"


def test_days_kept_as_a_stretch_and_years_listed():
    found = _WEEKDAY_RANGE.search("Layanan dibuka setiap hari mulai Senin hingga Jumat.")
    assert (found.group("first"), found.group("last")) == ("Senin", "Jumat")
    assert _YEARS_LISTED.search("diraih berturut-turut, yaitu pada tahun 2019, 2020, dan 2021.").group() == "2019, 2020, dan 2021"


def test_a_first_of_its_kind_answers_whether_another_came_before():
    assert _ASKS_OTHER_EARLIER.search("Had any other office set one up before Tarakan did?")
    assert _NAMES_FIRST.search("Griya Abhipraya di Tarakan merupakan yang pertama terbentuk di Kaltim.")
    # The first of a list is no first of its kind.
    assert not _NAMES_FIRST.search("Pada tahap pertama, 20 napi dipindahkan.")


def test_the_rest_of_a_list_points_back_to_the_first_item():
    assert _REST_OF_LIST.match("Sementara tiga pelatihan lainnya, yakni pangkas rambut, cuci motor, dan salon mobil.")
    assert not _REST_OF_LIST.match("Pelatihan lainnya akan digelar tahun depan.")


def test_an_obstacle_named_and_a_counterfactual_are_reasons():
    assert _PURPOSE.search("Kendala paling berat yang dihadapi kontraktor adalah kontur lahan.")
    assert _PURPOSE.search("Ia menyebut, jika saja gunung itu tidak ada, gedung sudah berdiri.")


def test_a_symptom_is_no_diagnosis():
    assert _SYMPTOM.match("demam tinggi sekitar pukul 3 sore")
    assert not _SYMPTOM.match("tuberkulosis resisten obat")
    assert not _SYMPTOM.match("demam berdarah")


def test_a_directive_is_a_concept_most_of_whose_senses_direct():
    concepts = {c.label: c for c in question_concepts("What did the warden urge inmates to do at the celebration?", "en")}
    assert _is_directive(concepts["urge"])
    # "celebration" (pesta, raya, ingat) shares "ingat" with "mengingatkan" by chance.
    assert not _is_directive(concepts["celebration"])
