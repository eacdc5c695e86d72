"""UPT names: found in the seed articles' own wording and normalised."""

import pytest

from rag.upt import canonical_upt, find_upts, other_names, upt_kind, upt_matches


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        (
            "jajaran Balai Pemasarakatan (bapas) Kelas II Pangkalpinang mengikuti",
            "Bapas Kelas II Pangkalpinang",
        ),
        (
            "di lapangan Lembaga Pemasarakatan (lapas) Narkotika Kelas II Pangkalpinang dan",
            "Lapas Narkotika Kelas II Pangkalpinang",
        ),
        (
            "Kepala Lembaga Pemasyarakatan (Lapas) Kelas IIB Tanjungpandan Gowim Halai",
            "Lapas Kelas IIB Tanjungpandan",
        ),
        (
            "Dirjen Pemasaryakatan; Rutan kelas IIB Purbalingga bersama",
            "Rutan Kelas IIB Purbalingga",
        ),
        ("Kepala Lapas (Ka.Lapas) Pati, Febie Dwi Hartanto", "Lapas Pati"),
        ("Lembaga Pemasyarakatan Kelas IIB Kalabahi Kabupaten Alor", "Lapas Kelas IIB Kalabahi"),
        # A class written in digits is the roman class.
        ("sejumlah pejabat di Lapas Kelas 2A Tangerang ikut dirotasi", "Lapas Kelas IIA Tangerang"),
        ("Rutan Klas 2 B Serang", "Rutan Kelas IIB Serang"),
    ],
)
def test_long_and_misspelled_forms_normalise(snippet: str, expected: str) -> None:
    assert find_upts(snippet) == [expected]


def test_units_of_one_region_are_all_found_and_kept_apart() -> None:
    text = (
        "Rutan kelas IIB Purbalingga bersama UPT Wilayah eks karesidenan Banyumas yaitu Lapas "
        "Kelas IIA Purwokerto, Lapas Narkotika Kelas IIB Purwokerto, Bapas Purwokerto, "
        "Rupbasan Purwokerto, Rutan Banyumas, dan Rupbasan Purbalingga"
    )

    assert find_upts(text) == [
        "Rutan Kelas IIB Purbalingga",
        "Lapas Kelas IIA Purwokerto",
        "Lapas Narkotika Kelas IIB Purwokerto",
        "Bapas Purwokerto",
        "Rupbasan Purwokerto",
        "Rutan Banyumas",
        "Rupbasan Purbalingga",
    ]


def test_mention_without_class_merges_and_counts_towards_classed_form() -> None:
    text = (
        "Rutan Blora Ikuti Apel Siaga se Karesidenan Pati. Rutan kelas IIB Blora bersama UPT "
        "di Lapangan Lembaga Pemasarakatan (Lapas) Pati. Kepala Rutan Blora, Budi Hardiono."
    )

    assert find_upts(text) == ["Rutan Kelas IIB Blora", "Lapas Pati"]


def test_generic_words_without_place_are_not_upts() -> None:
    text = (
        "melibatkan Lapas, Rutan, Bapas, dan Kanim. Penghuni Lapas/ Rutan/ LPKA per tanggal "
        "21 Desember. Bertempat di Aula Atas Lapas, Kalapas menjaga Kamtib Lapas kondusif. "
        "Remisi diserahkan di Lembaga Pemasyarakatan, Rumah Tahanan Negara, dan LPKA."
    )

    assert find_upts(text) == []


def test_two_word_places_only_when_the_first_word_needs_a_second() -> None:
    assert find_upts("Lapas Gunung Sindur dan Rutan Jakarta Timur Gelar Apel") == [
        "Lapas Gunung Sindur",
        "Rutan Jakarta Timur",
    ]
    assert find_upts("Kepala Lapas Narkotika kelas IIB Purwokerto Riko Purnama Candra") == [
        "Lapas Narkotika Kelas IIB Purwokerto"
    ]


def test_question_spellings_match_article_names() -> None:
    assert canonical_upt("lapas tanjung pandan") == "Lapas Tanjung Pandan"
    assert upt_matches("lapas tanjung pandan", "Lapas Kelas IIB Tanjungpandan")
    assert upt_matches("Lapas Purwokerto", "Lapas Narkotika Kelas IIB Purwokerto")
    assert not upt_matches("Lapas Narkotika Purwokerto", "Lapas Kelas IIA Purwokerto")
    assert not upt_matches("Rutan Pati", "Lapas Pati")


def test_kind_of_a_name() -> None:
    assert upt_kind("Lembaga Pemasyarakatan Kelas IIB Kalabahi") == "Lapas"
    assert upt_kind("Rupbasan Purbalingga") == "Rupbasan"
    assert upt_kind("Polresta Pangkalpinang") is None


def test_a_unit_the_question_sets_aside_is_not_asked_about() -> None:
    from rag.upt import asked_upts

    assert asked_upts("Rutan Salemba (bukan Lapas Salemba ya) menyumbang berapa pegawai?") == [
        "Rutan Salemba"]
    assert asked_upts("Berapa pegawai Lapas Salemba dan Rutan Salemba?") == [
        "Lapas Salemba", "Rutan Salemba"]
    assert asked_upts("Which prisons besides Lapas Cipinang voted?") == ["Lapas Cipinang"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many prisoners at the Cilegon prison got a cut?", ["Lapas Cilegon"]),
        ("When did the narcotics prison in Samarinda screen for TB?", ["Lapas Narkotika Samarinda"]),
        ("Who heads the Raha detention centre?", ["Rutan Raha"]),
        ("Who visited the Bandung probation office?", ["Bapas Bandung"]),
        ("What did the women's prison of Tangerang report?", ["Lapas Perempuan Tangerang"]),
        # A province is a region to filter by, not a unit's place.
        ("Which prison in Banten province had the most?", []),
        ("Which prison in East Java province had the most?", []),
    ],
)
def test_units_named_in_english_are_the_units_asked(question: str, expected: list[str]) -> None:
    from rag.upt import asked_upts

    assert asked_upts(question) == expected


def test_each_mention_of_a_unit_has_its_place_in_the_text() -> None:
    from rag.upt import upt_mentions

    text = "Lapas Kelas IIA Serang 11 narapidana, dan Lapas Kelas IIA Cilegon 31 narapidana."
    found = upt_mentions(text)
    assert [name for _, _, name in found] == ["Lapas Kelas IIA Serang", "Lapas Kelas IIA Cilegon"]
    assert text[found[1][0] : found[1][1]] == "Lapas Kelas IIA Cilegon"


def test_muaro_opens_a_two_word_place() -> None:
    # Jambi writes "Muaro" where other provinces write "Muara": two units, not one "Muaro".
    assert find_upts("Lapas Kelas II B Muaro Tebo: 338 narapidana. Lapas Kelas II B Muaro Bungo: 368") == [
        "Lapas Kelas IIB Muaro Tebo", "Lapas Kelas IIB Muaro Bungo"]


def test_a_class_written_with_a_dot_or_a_hyphen():
    assert find_upts("Kepala Lapas Kelas II.B Kutacane dan Rutan Kelas II-B Bantul") == [
        "Lapas Kelas IIB Kutacane", "Rutan Kelas IIB Bantul"]
    assert find_upts("Kepala Lapas Klas II/A Kota Gorontalo, Ignatius Gunaidi") == ["Lapas Kelas IIA Kota Gorontalo"]


def test_a_class_written_before_an_english_units_place_is_no_part_of_the_place():
    from rag.upt import asked_upts

    assert asked_upts("How many inmates were held in the Class IIA Batam prison?") == ["Lapas Batam"]
    assert asked_upts("Who heads the Class I Tangerang prison?") == ["Lapas Tangerang"]


@pytest.mark.parametrize(("text", "unit"), [
    # A neighbourhood of two words, with the unit's town after a comma: one name.
    ("Satgas menyidak Rutan Pondok Bambu, Jakarta Timur, pada Januari 2010.", "Rutan Pondok Bambu"),
    ("Komnas HAM mendatangi Rutan Sialang Bungkuk, Pekanbaru, kemarin.", "Rutan Sialang Bungkuk"),
    # A ward the gazetteer knows by two words, with nothing after it (a headline's last line).
    ("Gubernur Serahkan Kartu BPJS bagi Warga Binaan di Rutan Pondok Bambu\n\nSabtu", "Rutan Pondok Bambu"),
    # A town after the unit's own place, or a name and a degree after it, is no part of it.
    ("Ia dipindahkan ke Lapas Sukamiskin Bandung, Jawa Barat.", "Lapas Sukamiskin"),
    ("Kakanwil disambut Kepala Lapas (Kalapas) Lhoknga Yusrizal, SH. di halaman.", "Lapas Lhoknga"),
])
def test_a_unit_named_by_two_words_keeps_both_only_as_a_ward_or_before_its_town(text, unit):
    assert find_upts(text) == [unit]


def test_a_unit_known_by_its_ward_is_the_unit_its_town_names():
    # Paledang is a ward of Kota Bogor: the report's "Lapas Klas IIA Bogor" is that prison.
    text = ("Lapas Klas IIA Paledang yang terletak di Jalan Paledang, Kota Bogor, menggelar apel. "
            "Kepala Lapas Klas IIA Bogor, Suharman, memimpin apel itu.")
    assert ("Bogor", "Paledang") in other_names(text)
    # A ward of another town pairs with nothing.
    assert other_names("Lapas Paledang menggelar apel. Kepala Lapas Cianjur hadir.") == []


def test_the_old_short_form_lp_is_a_prison_in_capitals_only() -> None:
    from rag.upt import upt_mentions

    text = "Aris dititipkan di LP Kelas II Blitar, sedangkan Iwan dikirim ke LP Kelas I Lowokwaru, Malang."
    assert [name for _, _, name in upt_mentions(text)] == ["Lapas Kelas II Blitar", "Lapas Kelas I Lowokwaru"]
    assert upt_mentions("laporan polisi nomor lp Blitar") == []


def test_a_class_with_its_grade_may_be_written_without_kelas() -> None:
    # "Lapas IIA Serang" is Lapas Kelas IIA Serang, not a prison in a place called "Iia".
    assert find_upts("Kepala Lapas IIA Serang, Fajar Nurcahyo, menjelaskan.") == ["Lapas Kelas IIA Serang"]
    assert upt_matches("Lapas Serang", "Lapas Kelas IIA Serang")


def test_a_prison_s_qualifier_stands_before_its_town() -> None:
    assert find_upts("dari Rutan Surakarta dan Lapas Pemuda Madiun.") == ["Rutan Surakarta", "Lapas Pemuda Madiun"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A headline ending "... di Lapas" and the photo caption after it name no unit.
        ("Perintahkan Pengamanan Ekstra di Lapas\nFoto: Kakanwil Kemenkumham Sumsel meninjau", []),
        # Headline words after the unit's town are not part of it ("Padang" may open a
        # two-word place, as "Padang Lawas" does).
        ("Lewat Pondok Pesantren, Rutan Kelas II B Padang Kini Punya 2 Santri Hafiz", ["Rutan Kelas IIB Padang"]),
    ],
)
def test_headline_and_caption_words_are_no_place(text: str, expected: list[str]) -> None:
    assert find_upts(text) == expected


def test_a_report_s_slip_badan_for_balai_still_names_a_bapas():
    names = find_upts("masih menunggu verifikasi dari Badan Pemasyarakatan (Bapas) Kelas I Denpasar.")
    assert names == ["Bapas Kelas I Denpasar"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A class written without "Kelas" and with a dash or space ("II-A", "II B").
        ("lolos verifikasi adalah Lapas II-A Metro dan Lapas II B Pati.", ["Lapas Kelas IIA Metro", "Lapas Kelas IIB Pati"]),
        # "LPP" is the women's prison; "LPP RRI" a broadcaster.
        ("serta LPP Kelas II-A Malang.", ["Lapas Perempuan Kelas IIA Malang"]),
        ("disiarkan LPP RRI Kupang.", []),
        # "Kls" is "Kelas"; a qualifier with no place after it is no unit.
        ("Lapas Kls IIB Warungkiara menggelar panen.", ["Lapas Kelas IIB Warungkiara"]),
        ("di Lapas Perempuan Kelas IIB Kupang. Di Lapas Perempuan itu", ["Lapas Perempuan Kelas IIB Kupang"]),
    ],
)
def test_unit_names_in_their_shorter_written_forms(text: str, expected: list[str]) -> None:
    assert find_upts(text) == expected
