"""Reading rules for venues, reasons, months and roles (issue 11, first-sight batches 36-43):
each on sentences written for these tests, in the shapes the unseen reports used."""

from __future__ import annotations

import re

import pytest

from rag.analysis import Quantity
from rag.answer.how_many import _range
from rag.answer.what import _PURPOSE, _reason_word
from rag.answer.when import _MONTH_ONLY, _month_text
from rag.answer.where import _CELL, _asked_kind, _asked_region, _named_by, _only_region, _regions
from rag.people import AskedPost, PersonMention, find_people, holds, posts_in_question
from rag.query import question_kind
from rag.spans import venues
from rag.upt import asked_upts


def _person(sentence: str, name: str) -> PersonMention:
    """The mention of ``name`` that ``find_people`` reads in ``sentence`` (asserted found)."""
    people = {p.name: p for p in find_people(sentence)}
    assert name in people, people
    return people[name]


def _venue_texts(sentence: str) -> list[str]:
    return [sentence[start:end] for start, end in venues(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A venue named by its own name, without a place noun.
        ("Latihan itu berlangsung di Pojok Kopi Sinar Harapan yang berada di dalam lapas.",
         ["Pojok Kopi Sinar Harapan"]),
        ("Para napi kemudian dipindahkan di Nusakambangan, Cilacap.", ["Nusakambangan"]),
        # A verb after the place ends it.
        ("Dengan selesainya gedung itu, WBP di Lapas Kelas IIB Sigli diharap makin tertib.",
         ["Lapas Kelas IIB Sigli"]),
        ("Salat berjamaah digelar di Masjid Al Ikhlas bersama semua peserta.", ["Masjid Al Ikhlas"]),
        ("Daging dimasak di dapur lapas lalu dibagikan.", ["dapur lapas"]),
        # A clause of purpose ends the place.
        ("Porsenap jadi tempat berlatih sportivitas di lapangan agar persaingan berjalan sehat.", ["lapangan"]),
        # An occasion or a body's domain is no venue.
        ("Upacara di Hari Bhakti Pemasyarakatan itu khidmat.", []),
        ("Netralitas ASN di Lingkungan Kementerian Hukum wajib dijaga.", []),
    ],
)
def test_venues_of_a_sentence(sentence, expected):
    assert _venue_texts(sentence) == expected


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("Kendaraan sitaan Kejari Kota Blitar disimpan di mana?", None),  # a body's name
        ("Which prison hosted the camp in Jambi province?", None),  # a region given
        ("Di kota mana napi itu ditangkap?", "Kota|Kabupaten"),
        ("In which village was the vaccination held?", "Desa|Kelurahan|Dusun|Kampung"),
        ("Di daerah mana dia diringkus?", ""),
        ("Which province is the prison in?", ""),
    ],
)
def test_a_region_is_asked_by_the_word_beside_the_question_word(question, level):
    assert _asked_region(question) == level


def test_a_village_asked_is_answered_from_its_part_and_a_region_ends_with_its_name():
    text = ("Kakanwil Provinsi Bali Ni Luh Sari hadir di aula yang berlokasi di Desa Sukamaju, "
            "Kecamatan Dolo, Kabupaten Sigi.")
    village = [text[a:b] for a, b in _regions(text, "Desa|Kelurahan|Dusun|Kampung")]
    assert village == ["Desa Sukamaju, Kecamatan Dolo, Kabupaten Sigi"]
    anything = [text[a:b] for a, b in _regions(text, "")]
    assert anything[0] == "Provinsi Bali"  # not "Provinsi Bali Ni Luh Sari"


@pytest.mark.parametrize(
    ("question", "place", "named"),
    [
        ("acara di lapas pancur batu itu di sebelah mana?", "Lapas Kelas IIA Pancur Batu", True),
        ("mobil Kejari Kota Blitar disimpan di mana?", "Kota Blitar", True),
        ("Where was the roll call in East Kalimantan held?", "Kalimantan Timur", True),
        # The question names the mosque; the answer says where at it.
        ("peresmian masjid Al Ikhlas digelar di mana?", "halaman depan Masjid Al Ikhlas", False),
    ],
)
def test_a_venue_the_question_itself_names_is_no_answer(question, place, named):
    assert _named_by(question, place) is named


def test_a_province_alone_is_only_a_region():
    assert _only_region("Papua")
    assert not _only_region("Aula Lapas Abepura")


def test_a_room_written_before_its_block():
    assert _CELL.search("Ketujuhnya tinggal di kamar Nomor 5 Blok Kenari.").group() == "kamar Nomor 5 Blok Kenari"


def test_a_kind_of_place_asked_is_answered_by_a_place_of_that_kind():
    pattern = _asked_kind("Napi yang sakit dibawa ke rumah sakit mana?")
    assert pattern is not None
    text = "Petugas jaga sedang mengawal napi ke RS Bhayangkara Kupang saat itu."
    assert pattern.search(text).group() == "RS Bhayangkara Kupang"
    assert _asked_kind("Which hospital treated him?") is not None
    assert _asked_kind("Di mana napi itu ditangkap?") is None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Pemindahan ini dimaksudkan untuk memutus jaringan mereka.", "dimaksudkan untuk"),
        ("Ada beberapa faktor yang membuat tahanan bisa kabur, yakni pengawasan yang lemah.",
         "faktor yang membuat tahanan bisa kabur, yakni"),
        ("Pasalnya, ketua panitianya seorang Muslim.", "Pasalnya"),
        ("Banjir itu dipicu oleh saluran yang tersumbat.", "dipicu"),
    ],
)
def test_reason_words(sentence, word):
    assert _PURPOSE.search(sentence).group() == word


def test_a_denied_purpose_is_not_the_reason():
    text = "Sidak ini bukan dimaksudkan untuk mencari kesalahan, melainkan sebagai bentuk pengawasan."
    assert _reason_word(text).group() == "sebagai bentuk"


@pytest.mark.parametrize(
    "question",
    ["What caused the water to get into the prison?", "knp lapasnya kebanjiran?",
     "What was the point of the raid?", "Apa penyebab kebakaran itu?"],
)
def test_causes_and_points_are_why_questions(question):
    assert question_kind(question, "en" if question.startswith("What") else "id") == "why"


@pytest.mark.parametrize(
    ("text", "indonesian", "english"),
    [
        ("lomba sudah dimulai sejak pertengahan Juli 2019.", "pertengahan Juli 2019", "mid-July 2019"),
        ("rapat pada bulan November 2022.", "bulan November 2022", "November 2022"),
        ("disita sepanjang Januari sampai Juni 2024.", "Januari sampai Juni 2024", "January to June 2024"),
    ],
)
def test_a_month_without_a_day_is_read_as_written(text, indonesian, english):
    match = _MONTH_ONLY.search(text)
    assert _month_text(match, "id") == indonesian
    assert _month_text(match, "en") == english


def test_a_range_written_in_words():
    text = "Setiap kamar dihuni lima sampai enam orang."
    at = text.index("enam")
    assert _range(text, Quantity(at, at + 4, "enam", "orang")) == "lima sampai enam"


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # Lower-case words between the post and the comma before its holder's name.
        ("Instruktur tata boga, Rina Marlina, yang memandu kelas itu, memuji peserta.", "Rina Marlina",
         "instructor"),
        ("Ketua panitia lomba, Hasanuddin, menuturkan bahwa lomba baru pertama kali digelar.", "Hasanuddin",
         "chair"),
        # A clergyman's title is a post.
        ("Ibadah dipimpin oleh Pendeta Yohanes Taek, S.Th, di gereja lapas.", "Yohanes Taek", "clergy"),
    ],
)
def test_roles_that_name_a_person(sentence, name, kind):
    assert _person(sentence, name).post_kind == kind


def test_a_sentence_without_its_holder_keeps_its_words_out_of_the_post():
    people = find_people("Pelatih memberi materi, lalu Budi Santoso menutup acara.")
    assert all(p.post == "" for p in people)


def test_a_person_who_chairs_by_diketuai_holds_the_chair_asked():
    people = find_people("Panitia Natal tahun ini diketuai oleh Bapak Syamsul, pegawai rutan.")
    assert [p.name for p in people] == ["Syamsul"]
    asked = posts_in_question("Siapa ketua panitia Natal di rutan itu?", "id")
    assert asked and asked[0].post_kind == "chair"
    assert holds(people[0], asked[0])
    assert not holds(people[0], AskedPost("head_upt", "rutan", frozenset()))


def test_a_clergyman_is_asked_for_by_his_title():
    assert [a.post_kind for a in posts_in_question("Pendeta yg mimpin ibadah siapa?", "id")] == ["clergy"]


def test_a_unit_written_in_lower_case_is_asked():
    assert asked_upts("brp napi di lapas perempuan palu yg divaksin?") == ["Lapas Perempuan Palu"]
    assert re.search("Pancur", asked_upts("acara di lapas pancur batu")[0])


def test_a_name_asked_is_not_answered_by_a_body():
    from rag.answer.who import _ASKS_NAME

    assert _ASKS_NAME.search("Siapa nama anggota keluarga yang membawa makanan itu?")
    assert _ASKS_NAME.search("What was the name of the guest who bought it?")
    assert not _ASKS_NAME.search("Siapa yang menyiapkan TPS di lapas?")


def test_who_stood_in_for_someone():
    from rag.answer.who import _stands_in

    text = "Pemerintah Kota diwakili Kepala Dinas Sosial, Rahmat Hidayat, yang hadir mewakili wali kota."
    person = next(p for p in find_people(text) if p.name == "Rahmat Hidayat")
    assert _stands_in(text, person)
    other = "Turut hadir Kalapas Kelas IIA Bengkulu Yuniarto dalam acara itu."
    assert not _stands_in(other, find_people(other)[0])


@pytest.mark.parametrize(
    "question",
    ["Siapa nama anggota keluarga yang membawa makanan itu?", "Siapa nama tamu penginapan yang membelinya?",
     "What was the name of the guest who bought the ship model?"],
)
def test_private_people_asked_are_not_answered_by_officials(question):
    from rag.answer.who import _INMATES

    assert _INMATES.search(question)


def test_a_name_after_bernama_is_a_name_however_ordinary_its_words_look():
    people = find_people("Napi yang kabur itu diketahui bernama Aswadi Rahmadi.")
    assert [p.name for p in people] == ["Aswadi Rahmadi"]
    assert find_people("Nama Baik Lapas harus dijaga bersama.") == []


def test_two_bodies_joined_by_dengan_are_two_names():
    from rag.concepts import question_concepts

    labels = [c.label for c in question_concepts("Siapa yang meneken PKS Bapas Ambon dengan Pemkot Tual?", "id")]
    assert "ambon" in labels and "pemkot tual" in labels
    assert not any("ambon" in label and "tual" in label for label in labels)


@pytest.mark.parametrize(
    ("sentence", "name", "post"),
    [
        (("Wali kota diwakili oleh Asisten Pemerintahan dan Kesejahteraan Setda Kota Binjai, Rudi Hartono, "
          "yang memberi sambutan."), "Rudi Hartono", "assistant"),
        ("Data itu disampaikan Kasubsi Admisi dan Orientasi Lapas Kelas III Tarakan, Yusuf Hamdani.",
         "Yusuf Hamdani", "section_head"),
    ],
)
def test_assistants_and_admission_sections_are_posts(sentence, name, post):
    assert _person(sentence, name).post_kind == post


def test_who_stood_in_is_asked_in_english_too():
    from rag.answer.who import _ASKS_STAND_IN

    assert _ASKS_STAND_IN.search("Who stood in for the mayor at the signing?")
    assert not _ASKS_STAND_IN.search("Who signed the agreement?")


@pytest.mark.parametrize(
    ("sentence", "name", "post"),
    [
        # The unit's place set off by commas is part of the post, not a person.
        ("Kepala Lapas Kelas IIA Wirogunan, Yogyakarta, Sutrisno, menerangkan jadwal kunjungan.", "Sutrisno",
         "Kepala Lapas Kelas IIA Wirogunan, Yogyakarta"),
        # A section named by a list of its fields.
        ("Hadir pula Kepala Bidang Pembinaan, Bimbingan, dan Teknologi Informasi Kanwil Bali, Made Arta.",
         "Made Arta", "Kepala Bidang Pembinaan, Bimbingan, dan Teknologi Informasi Kanwil Bali"),
    ],
)
def test_commas_inside_a_post(sentence, name, post):
    assert _person(sentence, name).post == post


def test_family_visits_asked_are_no_official_visit():
    from rag.events import question_event_kinds

    assert "visit" not in question_event_kinds("Berapa pengunjung selama kunjungan Lebaran di lapas itu?", "id")
    assert "visit" in question_event_kinds("Kapan Kakanwil mengunjungi Lapas Pati?", "id")


def test_bernama_said_of_a_thing_names_no_person():
    # With the corpus' place words, "Kerobokan" is a place and "Bengker" alone no name.
    places = frozenset({"kerobokan"})
    assert find_people("Toko daring bernama Bengker Kerobokan itu dibuka pada Minggu.", places) == []
    assert [p.name for p in find_people("Napi yang kabur bernama Bengker Kerobokan.", places)] == ["Bengker"]
