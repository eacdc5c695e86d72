"""UPT names: found in the seed articles' own wording and normalised."""

import pytest

from rag.upt import canonical_upt, find_upts, upt_kind, upt_matches


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
