"""Page furniture: the header stacked above a story and the links, tags and related
headlines under it are not the story (pages written for these tests, in the shapes
outlets use)."""

from datetime import date
from pathlib import Path

from rag.corpus import parse_article
from rag.page import read_header

STACKED = """Tiga Napi Lapas Contoh Kabur Lewat Atap, Dua Sudah Ditangkap
Senin, 9 Desember 2024 | 14:05 WIB
Pewarta: Tim Koran Contoh | Editor: Redaksi
Foto: Petugas memeriksa atap blok hunian yang dijebol para napi. (Dok/Lapas)

KOTA CONTOH, KORANCONTOH -- Tiga narapidana Lapas Kelas IIB Contoh melarikan diri pada Minggu (8/12/2024) dini hari lewat atap blok hunian.

Kepala Lapas Kelas IIB Contoh, Budi Santoso, menyebut dua napi sudah ditangkap di terminal.

Baca juga:
- Harga Beras di Pasar Contoh Naik Lagi
- Jalan Provinsi Rusak Dikeluhkan Warga

Seorang napi lagi masih diburu bersama polisi.

Tags: Lapas Contoh, napi kabur, Kota Contoh
Berita Terkait
- Kapolres Contoh Resmikan Pos Baru
- Warga Keluhkan Banjir di Perumahan
Copyright © 2024 Koran Contoh
"""


def test_a_stacked_header_is_metadata_not_the_first_sentence() -> None:
    article = parse_article(STACKED, "x", "x.txt")

    assert article.title == "Tiga Napi Lapas Contoh Kabur Lewat Atap, Dua Sudah Ditangkap"
    assert article.published == date(2024, 12, 9)
    assert article.author == "Tim Koran Contoh"
    assert article.place == "Kota Contoh"
    assert article.text.split("\n\n")[1].startswith("Tiga narapidana Lapas Kelas IIB Contoh")
    assert "Editor" not in article.text and "14:05" not in article.text


def test_a_captions_sentence_opens_the_text_labelled_without_its_photo_credit() -> None:
    article = parse_article(STACKED, "x", "x.txt")
    paragraphs = article.text.split("\n\n")

    assert paragraphs[0] == "Foto: Petugas memeriksa atap blok hunian yang dijebol para napi."
    assert "(Dok/Lapas)" not in article.text


def test_links_tags_and_related_headlines_are_dropped() -> None:
    text = parse_article(STACKED, "x", "x.txt").text

    assert "Seorang napi lagi masih diburu bersama polisi." in text
    for furniture in ("Harga Beras", "Jalan Provinsi", "Tags", "Kapolres Contoh", "Copyright"):
        assert furniture not in text


def test_links_in_other_wordings_are_dropped_but_a_sentence_opening_with_baca_is_kept() -> None:
    raw = (
        "Lapas Contoh Gelar Pemungutan Suara\n"
        "Rabu, 27 Juni 2018\n\n"
        "CONTOH - Warga binaan Lapas Contoh memberikan suara di dua TPS.\n\n"
        "Baca: Harga Jeruk Contoh Anjlok, Petani Mengeluh\n\n"
        "Banyak warga binaan belum mengenal calon. Penyebabnya, kampanye dilarang di dalam lapas.\n\n"
        "Lihat juga : Warga Binaan Lapas Contoh Terima Remisi\n\n"
        "Baca tulis Al-Qur'an juga diajarkan kepada warga binaan.\n"
    )
    text = parse_article(raw, "x", "x.txt").text

    assert "Jeruk" not in text and "Remisi" not in text
    assert "Banyak warga binaan belum mengenal calon." in text
    assert "Baca tulis Al-Qur'an juga diajarkan" in text


def test_a_headline_wrapped_in_lowercase_is_joined_and_a_breadcrumb_is_no_title() -> None:
    raw = (
        "Beranda > Daerah > Contoh\n"
        "Kanwil Contoh minta petugas lapas\n"
        "tetap netral jelang pemilu\n"
        "Kamis, 1 Februari 2024\n\n"
        "CONTOH - Kepala Kanwil Contoh meminta seluruh petugas lapas menjaga netralitas.\n"
    )
    article = parse_article(raw, "x", "x.txt")

    assert article.title == "Kanwil Contoh minta petugas lapas tetap netral jelang pemilu"
    assert article.published == date(2024, 2, 1)
    assert article.text.startswith("Kepala Kanwil Contoh meminta")


def test_a_caption_in_title_case_or_an_illustration_is_not_read() -> None:
    raw = (
        "Lapas Contoh Gelar Pelatihan Las\n"
        "Rabu, 5 April 2017\n"
        "Kalapas Pimpin Pembukaan Pelatihan Las Bagi Warga Binaan\n"
        "Foto ilustrasi: gedung lapas dari depan yang baru selesai dicat ulang.\n\n"
        "CONTOH - Enam belas warga binaan mulai belajar mengelas pada Senin pekan ini.\n"
    )
    article = parse_article(raw, "x", "x.txt")

    assert article.text == "Enam belas warga binaan mulai belajar mengelas pada Senin pekan ini."


def test_an_unmarked_caption_in_sentence_case_is_read_as_the_storys_own() -> None:
    raw = (
        "PELATIHAN KERJA UNTUK 60 WARGA BINAAN\n"
        "Penyerahan sertifikat secara simbolis oleh Kalapas Contoh, Agus Salim dan Kepala "
        "UPTD BLK, Sunarto Hadi\n\n"
        "Contoh – Lapas Kelas IIA Contoh menggandeng Balai Latihan Kerja untuk melatih "
        "warga binaan.\n"
    )
    article = parse_article(raw, "x", "x.txt")

    assert article.title == "PELATIHAN KERJA UNTUK 60 WARGA BINAAN"
    assert article.text.startswith(
        "Penyerahan sertifikat secara simbolis oleh Kalapas Contoh, "
        "Agus Salim dan Kepala UPTD BLK, Sunarto Hadi."
    )


def test_the_dateline_place_is_part_of_the_articles_heading() -> None:
    raw = (
        "BERITA KANWIL\n\nTernate – Pegawai Kanwil mengucapkan ikrar netralitas dalam apel pagi.\n"
    )
    article = parse_article(raw, "x", "x.txt")

    assert "Ternate" not in article.text
    assert article.place == "Ternate" and "Ternate" in article.heading


def test_a_page_without_a_header_starts_with_its_story() -> None:
    lines = ["Seluruh pegawai lapas mengucapkan ikrar netralitas pada apel pagi hari ini.", ""]
    assert read_header(lines).body_start == 0


def test_a_hyphenated_word_is_not_a_dateline() -> None:
    raw = "TNI-Polri dan petugas lapas menggelar apel siaga bersama menjelang Natal tahun ini.\n"
    article = parse_article(raw, "x", "x.txt")

    assert article.place is None and article.text.startswith("TNI-Polri")


FRESH = Path(__file__).resolve().parents[2] / "eval" / "firstsight" / "articles"


def test_a_reports_stacked_header_and_footer_are_furniture() -> None:
    path = next(FRESH.glob("x46_*.txt"))
    article = parse_article(path.read_text(encoding="utf-8"), "x46", path.name)

    assert article.published == date(2019, 7, 29) and article.author == "Tim Republika"
    assert article.text.startswith("Seorang pegawai Rumah Tahanan (Rutan) Kelas I Cipinang")
    assert "Tags:" not in article.text and "Berita Terkait" not in article.text


def test_an_outlets_key_points_under_the_headline_open_the_story() -> None:
    raw = (
        "Razia Kamar di Lapas Contoh\n\nKORAN CONTOH\n\n"
        "- Petugas menyita 12 ponsel dan 4 pisau dari kamar warga binaan.\n"
        "- Barang disembunyikan di bawah kasur dan di balik lemari.\n\n"
        "Contoh, KORAN CONTOH - Petugas Lapas Contoh merazia kamar hunian pada Sabtu malam.\n"
    )
    paragraphs = parse_article(raw, "x", "x.txt").text.split("\n\n")

    assert paragraphs[:2] == [
        "Petugas menyita 12 ponsel dan 4 pisau dari kamar warga binaan.",
        "Barang disembunyikan di bawah kasur dan di balik lemari.",
    ]
    assert paragraphs[2].startswith("Petugas Lapas Contoh merazia")  # no caption here


def test_a_capitals_place_closed_by_a_colon_is_a_dateline_and_a_caption_may_open_alike() -> None:
    raw = (
        "Ponsel Disimpan dalam Buku\n\n"
        "Petugas memperlihatkan buku yang diubah untuk menyimpan ponsel (Foto / Koran Contoh)\n\n"
        "SURABAYA : Ratusan petugas menggeledah Rutan Contoh dan menemukan ponsel di dalam buku.\n"
    )
    article = parse_article(raw, "x", "x.txt")
    assert article.place == "Surabaya"
    assert article.text.split("\n\n") == [
        "Foto: Petugas memperlihatkan buku yang diubah untuk menyimpan ponsel.",
        "Ratusan petugas menggeledah Rutan Contoh dan menemukan ponsel di dalam buku.",
    ]
    # A caption opening with a word in capitals and a colon is no dateline when a dashed
    # dateline follows.
    caption_first = (
        "Napi Dibekuk di Kuaro\nRabu, 5 Februari 2020 | 10:57 WIB\n"
        "DIAMANKAN: Napi itu diamankan petugas rutan dan polisi di Polsek Kuaro.\n\n"
        "TANA PASER - Napi yang kabur pada Senin itu ditangkap lagi pada Selasa di Kuaro.\n"
    )
    article = parse_article(caption_first, "y", "y.txt")
    assert article.place == "Tana Paser"
    assert article.text.startswith("Foto: Napi itu diamankan petugas rutan dan polisi")


def test_an_outlet_then_a_place_opens_the_story_under_a_two_line_headline() -> None:
    raw = ("Sehari Usai Rusuh, 258 Napi Lapas Sorong Kabur;\nKakanwil Papua Barat Terbang ke Sorong\n\n"
           "Selasa, 20 Agustus 2019 | Hukum & Kriminal\n\n"
           "PAPUADALAMBERITA.COM. MANOKWARI – Satu hari setelah kerusuhan pecah di Lapas Sorong, "
           "Kakanwil bertolak ke Sorong dengan pesawat pada Selasa (20/8/2019).\n")
    article = parse_article(raw, "x", "x.txt")

    assert article.title.endswith("Terbang ke Sorong") and article.place == "Manokwari"
    assert article.text.startswith("Satu hari setelah kerusuhan") and article.published == date(2019, 8, 20)


MONTH_ONLY = """Lapas Contoh Jalani Desk Evaluasi Zona Integritas

Mei 2023

Redaksi Koran Contoh

KOTA CONTOH, korancontoh.com - Tim penilai datang ke Lapas Kelas IIB Contoh pada Kamis (11/5) dan Jumat (12/5) siang. Lapas itu sudah meraih predikat WBK pada 2021 lalu, dan pada 2021 pula memulai pembangunan zona integritas.
"""


def test_a_date_line_of_month_and_year_dates_the_report_s_yearless_days():
    # "Mei 2023" gives no day, so no publication date; but "Kamis (11/5)" is 11 May 2023 (a
    # Thursday), though the story names 2021 more often.
    header = read_header(MONTH_ONLY.splitlines())
    assert header.month == (2023, 5) and header.published is None
    article = parse_article(MONTH_ONLY, "x", "x.txt")
    assert article.published is None
    assert [e.day for e in article.event_dates] == [date(2023, 5, 11), date(2023, 5, 12)]

