"""Dates: event dates in the seed articles, publication lines and time in questions."""

from datetime import date

import pytest

from rag.dates import (
    MONTHS_EN,
    MONTHS_ID,
    find_event_dates,
    format_date,
    month_name,
    parse_publication_date,
    parse_question_dates,
)

BAPAS_PANGKALPINANG = (
    "PANGKALPINANG - Menyambut hari raya Natal dan Tahun Baru (Nataru), jajaran Balai "
    "Pemasarakatan (bapas) Kelas II Pangkalpinang mengikuti Apel Siaga, Kamis (21/12). "
    "Arahan ini sesuai dengan Surat Edaran Nomor SEK.UM.01.01-1133 tanggal 23 November 2023."
)


def test_weekday_and_day_month_resolve_from_publication_date() -> None:
    events = find_event_dates(BAPAS_PANGKALPINANG, published=date(2023, 12, 21))

    assert [e.day for e in events] == [date(2023, 12, 21), date(2023, 11, 23)]
    assert events[0].text == "Kamis (21/12)"
    assert events[0].weekday_checked
    assert BAPAS_PANGKALPINANG[events[0].start :].startswith("Kamis (21/12)")


def test_a_bracketed_day_after_today_is_a_date_a_bare_fraction_is_not() -> None:
    text = "Acara tersebut digelar bersamaan di kantor wilayah pada siang hari ini (17/1)."

    assert [e.day for e in find_event_dates(text, published=date(2020, 1, 17))] == [date(2020, 1, 17)]
    assert find_event_dates("Skor akhir ini (2/3) saja.", published=date(2020, 1, 17)) == []


def test_yearless_date_is_not_placed_long_after_publication() -> None:
    text = "rapat internalisasi Senin (04/12)."

    assert find_event_dates(text, published=date(2024, 1, 5))[0].day == date(2023, 12, 4)


def test_weekday_chooses_year_when_fallback_year_disagrees() -> None:
    text = "di Lapangan Upacara Lapas Kelas IIA Purwokerto, Selasa (19/12)."

    (event,) = find_event_dates(text, published=None, fallback_year=2024)

    assert event.day == date(2023, 12, 19)
    assert event.weekday_checked


def test_two_digit_year_and_comma_before_parenthesis() -> None:
    text = "di Lapangan Apel Lapas Kelas IIB Kalabahi, Senin, (13/2/23) dan diikuti oleh seluruh"

    (event,) = find_event_dates(text, published=None)

    assert (event.day, event.text, event.weekday_checked) == (
        date(2023, 2, 13),
        "Senin, (13/2/23)",
        True,
    )


def test_written_year_wins_and_english_form_is_found() -> None:
    text = "pada Rabu (20/12/2023). Held on December 21, 2023 and 21/12/2023."

    days = [e.day for e in find_event_dates(text, published=None)]

    assert days == [date(2023, 12, 20), date(2023, 12, 21), date(2023, 12, 21)]


def test_impossible_and_unresolvable_dates_are_skipped() -> None:
    assert find_event_dates("Senin (31/2) dan 30/2/2023", published=date(2023, 3, 1)) == []
    assert find_event_dates("Kamis (21/12)", published=None) == []


def test_numbers_that_are_not_dates_are_ignored() -> None:
    text = "berjumlah 2.549 orang, selama 24 jam, 10 (sepuluh) hal, Pemilu 2024"

    assert find_event_dates(text, published=date(2023, 12, 21), fallback_year=2024) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dec 21, 2023 - 13:03", date(2023, 12, 21)),
        ("Dec 4, 2023 - 13:36", date(2023, 12, 4)),
        ("21 Desember 2023", date(2023, 12, 21)),
        ("2023-12-21", date(2023, 12, 21)),
        ("Kamis, 21 Desember 2023 13:03 WIB", date(2023, 12, 21)),
        ("F. Firsta - PANGKALPINANG.JURNALIS.ID", None),
        ("NGO", None),
        ("Hal tersebut dilakukan per tanggal 21 Desember 2023 berjumlah 2.549 orang", None),
        ("Feb 30, 2023", None),
    ],
)
def test_publication_line(line: str, expected: date | None) -> None:
    assert parse_publication_date(line) == expected


def test_month_without_year_matches_every_year() -> None:
    query = parse_question_dates("Apa yang dilakukan Rutan Blora pada bulan Desember?")

    assert query is not None and query.year is None
    assert query.matches(date(2023, 12, 20)) and query.matches(date(2021, 12, 1))
    assert not query.matches(date(2023, 11, 30))


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("What happened in December 2023?", date(2023, 12, 1), date(2023, 12, 31)),
        ("kegiatan bulan Desember 2023", date(2023, 12, 1), date(2023, 12, 31)),
        ("apel on 21 December 2023", date(2023, 12, 21), date(2023, 12, 21)),
        ("kegiatan tahun 2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("events in 2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("akhir Desember 2023", date(2023, 12, 21), date(2023, 12, 31)),
        ("antara 28 November dan 2 Desember 2023", date(2023, 11, 28), date(2023, 12, 2)),
    ],
)
def test_question_with_year_gives_concrete_range(question: str, start: date, end: date) -> None:
    query = parse_question_dates(question)

    assert query is not None
    assert (query.start, query.end) == (start, end)


@pytest.mark.parametrize(
    ("question", "inside", "outside"),
    [
        ("Apa yang terjadi pada Februari?", date(2023, 2, 13), date(2023, 3, 1)),
        ("apel tanggal 21/12", date(2023, 12, 21), date(2023, 12, 20)),
        ("Apel siaga 21 Desember", date(2023, 12, 21), date(2023, 12, 22)),
        ("What happened on Dec 21?", date(2023, 12, 21), date(2023, 12, 4)),
        ("between 19 and 21 December", date(2023, 12, 20), date(2023, 12, 22)),
        ("antara 19 dan 21 Desember", date(2023, 12, 19), date(2023, 12, 18)),
        ("awal Desember", date(2023, 12, 4), date(2023, 12, 11)),
        ("pertengahan Desember", date(2023, 12, 19), date(2023, 12, 21)),
    ],
)
def test_question_without_year(question: str, inside: date, outside: date) -> None:
    query = parse_question_dates(question)

    assert query is not None and query.year is None
    assert query.matches(inside)
    assert not query.matches(outside)


def test_last_month_counts_back_from_today() -> None:
    query = parse_question_dates("Apa kegiatan Desember lalu?", today=date(2024, 3, 1))

    assert query is not None and query.start == date(2023, 12, 1)


@pytest.mark.parametrize(
    "question",
    [
        "Bagaimana netralitas pegawai pada Pemilu 2024?",
        "Apa isi ikrar netralitas pada Pemilu Tahun 2024?",
        "Berapa jumlah penghuni, 2.549 orang?",
        "May I ask who led the apel in Pati?",
        "Who is neutral in the 2024 election?",
    ],
)
def test_question_without_time_filter(question: str) -> None:
    assert parse_question_dates(question) is None


def test_month_names_and_formatting_for_answers() -> None:
    assert month_name(12, "id") == MONTHS_ID[12] == "Desember"
    assert month_name(12, "en") == MONTHS_EN[12] == "December"
    assert format_date(date(2023, 12, 21), "id") == "21 Desember 2023"
    assert format_date(date(2023, 12, 21), "en") == "21 December 2023"


def test_after_a_date_opens_the_period_forward():
    query = parse_question_dates("Which events were held after 20 December 2023?")
    assert query.matches(date(2023, 12, 21)) and not query.matches(date(2023, 12, 20))


def test_sebelum_opens_the_period_backward():
    query = parse_question_dates("Kegiatan apa saja sebelum 20 Desember?")
    assert query.matches(date(2023, 12, 19)) and not query.matches(date(2023, 12, 21))


def test_since_a_month_includes_that_month_and_later():
    query = parse_question_dates("What happened since December 2023?")
    assert query.matches(date(2023, 12, 4)) and query.matches(date(2024, 1, 5))
    assert not query.matches(date(2023, 11, 30))


def test_christmas_with_its_year_is_its_season_not_an_event_name() -> None:
    # Unlike "Pemilu 2024", whose reports spread over months, Christmas falls on one day:
    # its roll calls, messages and remissions are reported in December.
    query = parse_question_dates("Apa pesan Kalapas untuk Natal 2023?")

    assert query is not None and (query.start, query.end) == (date(2023, 12, 1), date(2023, 12, 31))


@pytest.mark.parametrize("question", [
    "Rutan mana saja yang menggelar deklarasi netralitas menjelang Pilkada Serentak 27 November 2024?",
    "Which detention centres pledged neutrality ahead of the 27 November 2024 regional elections?",
])
def test_the_run_up_to_an_election_a_date_names_is_the_weeks_before_it(question) -> None:
    # Pledges come in the campaign weeks, not on polling day, and not in any earlier year.
    query = parse_question_dates(question)

    assert query.matches(date(2024, 11, 21)) and query.matches(date(2024, 10, 1))
    assert query.matches(date(2024, 11, 27))
    assert not query.matches(date(2024, 11, 28)) and not query.matches(date(2023, 12, 20))


def test_before_a_date_alone_is_still_every_day_before_it() -> None:
    query = parse_question_dates("Ikrar apa saja sebelum 27 November 2024?")

    assert query.matches(date(2023, 12, 20)) and not query.matches(date(2024, 11, 27))


def test_a_chat_month_abbreviation_before_a_year_is_the_month() -> None:
    # "disidak DPRD sept 2018": typed in lower case, yet a month before a year.
    query = parse_question_dates("brp napi lapas lamongan waktu disidak DPRD sept 2018?")
    assert query is not None and (query.first, query.last, query.year) == ((9, 1), (9, 30), 2018)
    # Without a year a lower-case abbreviation stays a word ("mar" is no month alone).
    assert parse_question_dates("apa yang dibahas di rapat des itu?") is None


def test_a_number_after_a_slash_is_part_of_a_name_not_a_day() -> None:
    # "Denpal VI/2 maret 2024": the month and year are asked, not 2 March.
    query = parse_question_dates("latihan menembak bersama Denpal VI/2 maret 2024 diikuti berapa personel?")
    assert query is not None and (query.text, query.first, query.last) == ("maret 2024", (3, 1), (3, 31))


def test_a_numeric_date_is_found_in_a_report_that_names_no_month():
    text = "Apel siaga itu berlangsung di beranda Rutan Baturaja pada 28/2/2025."
    assert [e.day for e in find_event_dates(text, published=date(2025, 2, 28))] == [date(2025, 2, 28)]


def test_since_a_year_opens_the_period():
    query = parse_question_dates("Udah berapa kali Lapas Karangasem tes urine sejak 2018?")
    assert query is not None and query.relation == "since"
    assert query.matches(date(2019, 10, 13))
    assert parse_question_dates("Berapa napi bebas pada tahun 2023?").relation == "in"


def test_a_date_used_as_its_event_s_adjective_opens_no_period():
    query = parse_question_dates("After the February 2026 batch of 61, what was the total?")
    assert query is not None and query.relation == "in"
    assert parse_question_dates("What happened after February 2026?").relation == "after"


def test_a_span_of_days_is_dated_by_its_first():
    found = find_event_dates("Desk evaluasi digelar Senin-Selasa (8-9/8) kemarin.", None, fallback_year=2022)
    assert [e.day for e in found] == [date(2022, 8, 8)]


def test_a_weekday_s_dashed_full_date():
    found = find_event_dates("Hal itu disampaikan Kepala Rutan pada Minggu (15-12-2019).", None, fallback_year=2019)
    assert [e.day for e in found] == [date(2019, 12, 15)]


@pytest.mark.parametrize("question", [
    "Kapan remisi Hari Raya Nyepi 1945 Caka diserahkan?",
    "Berapa napi dapat remisi Idul Fitri 1445 H?",
])
def test_a_year_of_another_calendar_is_no_period(question):
    assert parse_question_dates(question) is None


def test_a_season_named_by_one_year_covers_both_seasons_that_year_touches():
    from datetime import date

    from rag.dates import parse_question_dates

    season = parse_question_dates("Siapa yang memimpin pengamanan Nataru 2024?")
    assert season.matches(date(2023, 12, 21))  # "menjelang Nataru 2024", written in December 2023
    assert season.matches(date(2024, 12, 23))  # "Nataru 2024", written in December 2024
    assert not season.matches(date(2024, 6, 1))
    assert parse_question_dates("remisi Natal 2025").matches(date(2025, 12, 25))
    assert not parse_question_dates("remisi Natal 2025").matches(date(2024, 12, 25))
