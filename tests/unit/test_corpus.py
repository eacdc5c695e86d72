"""Corpus: reading the folder and parsing the five scraped seed articles."""

import json
import logging
from datetime import date
from pathlib import Path

import pytest

from rag.corpus import parse_article, read_corpus
from rag.errors import CorpusError
from rag.records import Article

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    articles, skipped = read_corpus(CORPUS)
    assert skipped == []
    return {a.doc_id[:3]: a for a in articles}


def test_header_gives_title_byline_date_and_dateline(seeds: dict[str, Article]) -> None:
    article = seeds["000"]

    assert article.title == (
        "Sambut NATARU dan PEMILU 2024, Jajaran Bapas Pangkalpinang Ikuti Apel Siaga dan "
        "Deklarasi Netralitas"
    )
    assert (article.author, article.source) == ("F. Firsta", "pangkalpinang.jurnalis.id")
    assert (article.published, article.place) == (date(2023, 12, 21), "Pangkalpinang")
    assert article.main_event_date == date(2023, 12, 21)
    assert {"Bapas Kelas II Pangkalpinang", "Lapas Narkotika Kelas II Pangkalpinang"} <= set(
        article.upts
    )


def test_caption_and_credit_are_dropped_and_broken_sentence_rejoined(
    seeds: dict[str, Article],
) -> None:
    text = seeds["000"].text

    assert text.startswith("Menyambut hari raya Natal")
    assert "Kep.Babel, Kamis (21/12)\n" not in text
    assert "se-Kepulauan Bangka Belitung. Kegiatan" in text
    assert text.endswith("berjalan dengan aman dan damai,” tutupnya.")


def test_article_without_header_takes_title_from_first_sentence(
    seeds: dict[str, Article],
) -> None:
    article = seeds["001"]

    assert article.title.startswith("Dalam rangka persiapan Natal 2023")
    assert len(article.title) <= 120 and article.title.endswith("…")
    assert article.published is None
    assert article.main_event_date == date(2023, 12, 19)
    assert {
        "Rutan Kelas IIB Purbalingga",
        "Lapas Kelas IIA Purwokerto",
        "Lapas Narkotika Kelas IIB Purwokerto",
    } <= set(article.upts)


def test_baca_juga_link_is_removed(seeds: dict[str, Article]) -> None:
    text = seeds["001"].text

    assert "Baca juga" not in text and "7th Anniversary BPC IHKA Bogor" not in text
    assert "\n|" not in text
    assert text.endswith("Negara Kesatuan Republik Indonesia.")


def test_wrapped_bold_title_and_site_label(seeds: dict[str, Article]) -> None:
    article = seeds["002"]

    assert article.title == (
        "DUKUNG PESTA DEMOKRASI 2024, KALAPAS TANJUNGPANDAN TEKANKAN NETRALITAS DAN HAK PILIH "
        "WARGA BINAAN"
    )
    assert (article.author, article.source) == ("Yovie Agustian Putra", "belitung.ngo.web.id")
    assert article.published == article.main_event_date == date(2023, 12, 4)
    assert article.upts == ("Lapas Kelas IIB Tanjungpandan",)


def test_quote_broken_across_paragraphs_is_rejoined(seeds: dict[str, Article]) -> None:
    text = seeds["002"].text

    assert "kepada masyarakat, terlepas dari perbedaan politik" in text
    assert "Kalapas Pimpin Rapat internalisasi" not in text
    assert "Rilis Media" not in text and "Kontributor Berita" not in text
    assert "tegas Kalapas\n\nLebih lanjut" in text


def test_dateline_with_label_and_explicit_year(seeds: dict[str, Article]) -> None:
    article = seeds["003"]

    assert article.title.startswith("Tingkatkan Kewaspadaan Nataru")
    assert (article.author, article.source) == ("Dheny Window", "blora.ngo.web.id")
    assert (article.published, article.place) == (date(2023, 12, 21), "Pati")
    assert article.main_event_date == date(2023, 12, 20)
    assert article.upts[:2] == ("Rutan Kelas IIB Blora", "Lapas Pati")
    assert "hal ini adalah kewajiban" in article.text


def test_dateline_names_the_outlet(seeds: dict[str, Article]) -> None:
    article = seeds["004"]

    assert (article.source, article.place, article.author) == ("wartaalor.com", "Kalabahi", None)
    assert article.main_event_date == date(2023, 2, 13)
    assert article.event_dates[0].weekday_checked
    assert article.upts[0] == "Lapas Kelas IIB Kalabahi"
    assert "***" not in article.text and "(HL)" not in article.text


def test_event_date_offsets_point_into_text(seeds: dict[str, Article]) -> None:
    for article in seeds.values():
        for event in article.event_dates:
            assert article.text[event.start : event.start + len(event.text)] == event.text


def test_html_is_reduced_to_its_text() -> None:
    raw = "<p>PATI - Apel di <b>Lapas Pati</b>, Rabu (20/12/2023).</p><script>x = 1;</script>"

    article = parse_article(raw, "a", "a.txt")

    assert article.text == "Apel di Lapas Pati, Rabu (20/12/2023)."
    assert article.upts == ("Lapas Pati",)


def test_unreadable_files_are_skipped_with_reasons(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "good.txt").write_text("Apel di Lapas Pati, Rabu (20/12/2023).", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"abc\x00def")
    (tmp_path / "latin.txt").write_bytes("Apel di Lapas Pati \xe9".encode("latin-1"))
    (tmp_path / "blank.md").write_text("  \n\n ", encoding="utf-8")
    (tmp_path / "big.txt").write_text("x" * 200, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "notes.pdf").write_text("ignored", encoding="utf-8")

    with caplog.at_level(logging.WARNING):
        articles, skipped = read_corpus(tmp_path, max_bytes=100)

    assert [a.doc_id for a in articles] == ["good"]
    assert {s.path for s in skipped} == {"big.txt", "binary.txt", "blank.md", "latin.txt"}
    assert all(s.reason.endswith(".") for s in skipped)
    assert "binary.txt" in caplog.text


def test_jsonl_lines_become_articles(tmp_path: Path) -> None:
    sub = tmp_path / "feeds"
    sub.mkdir()
    lines = [
        json.dumps({"title": "Apel Siaga", "text": "Apel di Lapas Pati, Rabu (20/12).",
                    "published": "2023-12-21", "url": "https://example.org/a"}),
        "{not json",
        json.dumps({"title": "no text"}),
    ]  # fmt: skip
    (sub / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")

    articles, skipped = read_corpus(tmp_path)

    (article,) = articles
    assert (article.doc_id, article.path) == ("feed-1", "feeds/feed.jsonl")
    assert (article.title, article.url) == ("Apel Siaga", "https://example.org/a")
    assert article.main_event_date == date(2023, 12, 20)
    assert len(article.content_hash) == 64
    assert [s.path for s in skipped] == ["feeds/feed.jsonl:2", "feeds/feed.jsonl:3"]


def test_missing_folder_is_a_corpus_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        read_corpus(tmp_path / "nope")


def test_an_outlet_label_between_headline_and_date_is_not_the_title() -> None:
    raw = (
        "\nDua Lapas di Jawa Timur Gelar Ikrar Netralitas Menjelang\nPemilihan Kepala Daerah\n\n"
        "KORANCONTOH.COM\n\nNov 4, 2024\n\n"
        "KORANCONTOH.COM, SURABAYA - Pegawai dua lapas mengucapkan ikrar netralitas pada Senin.\n"
    )
    article = parse_article(raw, "x", "x.txt")
    assert article.title == ("Dua Lapas di Jawa Timur Gelar Ikrar Netralitas Menjelang "
                             "Pemilihan Kepala Daerah")

    one_word = parse_article(raw.replace("KORANCONTOH.COM\n\n", "Korancontoh\n\n", 1), "y", "y.txt")
    assert one_word.title.startswith("Dua Lapas di Jawa Timur")


def test_a_date_line_stacked_on_the_outlet_and_caption_dates_the_page() -> None:
    raw = (
        "Sehari Kabur, Napi Rutan Contoh Dibekuk Lagi\n\n"
        "Rabu, 5 Februari 2020 | 10:57 WIB\nKORANCONTOH.COM\nDIAMANKAN: petugas membawa napi itu.\n\n"
        "TANA PASER - Napi itu melarikan diri Senin (3/2) dan ditangkap Selasa (4/2).\n"
    )
    article = parse_article(raw, "x", "x.txt")
    assert article.published == date(2020, 2, 5)
    assert article.title == "Sehari Kabur, Napi Rutan Contoh Dibekuk Lagi"
    assert "10:57" not in article.text and "melarikan diri" in article.text


def test_a_date_in_a_barred_byline_line_dates_the_page() -> None:
    raw = (
        "Napi Lapas Contoh Belajar Mengelas\n\n"
        "Redaksi - KORANCONTOH.COM | Rabu, 5 April 2017\n\n"
        "KOTA CONTOH - Enam belas napi mulai belajar mengelas pada 30 Maret.\n"
    )
    assert parse_article(raw, "x", "x.txt").published == date(2017, 4, 5)


def test_a_subheading_between_blank_lines_stays_its_own_paragraph() -> None:
    # Joined to the next line, "Dijaga" ran into the speaker's name ("Dijaga Wayan Balik").
    raw = (
        "Napi Lapas Contoh Berlatih Tari Kecak\n\nSenin, 22 September 2025\n\n"
        "CONTOH - Puluhan napi berlatih Tari Kecak di aula lapas.\n\n"
        "Warisan yang Harus Dijaga\n\n"
        "Wayan Balik menegaskan, tarian itu wajib dilestarikan.\n\n"
        "Gandeng Kemenag Contoh\n\n"
        "Latihan dipandu penyuluh agama.\n"
        "Kepala Lapas\nContoh Budi Santoso hadir.\n"
    )
    paragraphs = parse_article(raw, "x", "x.txt").text.split("\n\n")
    assert "Warisan yang Harus Dijaga" in paragraphs
    assert "Gandeng Kemenag Contoh" in paragraphs
    # A name broken across lines with no blank line between is still one sentence.
    assert "Kepala Lapas Contoh Budi Santoso hadir." in paragraphs


def test_a_caption_ending_in_its_credit_does_not_run_into_the_next_paragraph() -> None:
    # Joined, "(Dok. Republika) Lewat pemisahan ..." split at "Dok." and quoted the credit.
    raw = (
        "Lapas Contoh Siapkan Blok Khusus Narkoba\n\nSenin, 25 Juli 2016\n\n"
        "MALANG - Lapas Contoh menampung 2.000 napi.\n\n"
        "Foto: Pintu utama Lapas Contoh di Jalan Asahan. (Dok. Republika)\n\n"
        "Lewat blok khusus itu, napi akan lebih mudah dikendalikan.\n"
    )
    paragraphs = parse_article(raw, "x", "x.txt").text.split("\n\n")
    assert any(p.startswith("Lewat blok khusus itu") for p in paragraphs)
