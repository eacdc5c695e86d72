"""Rendering for the page: escaping, highlighting, sources, filters (no Gradio server)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rag.records import Answer, Article, Citation, EventDate
from rag.ui import (
    answer_markdown,
    article_markdown,
    build_filters,
    citation_choices,
    escape_text,
    filter_summary,
    format_sources,
    highlight,
    question_terms,
    upt_choices,
)

HOSTILE = 'Apel <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1"> [x](javascript:alert(1))'


def _citation(n: int, text: str, **kw) -> Citation:
    defaults = Citation(
        n, f"d{n}#000", f"d{n}", f"Judul {n}", "wartaalor.com", "Penulis",
        date(2023, 12, 21), date(2023, 12, 20), text, 1.0,
    )  # fmt: skip
    return replace(defaults, **kw)


def _answer(*citations: Citation, abstained: bool = False, text: str = "Jawaban [1]") -> Answer:
    return Answer(text, abstained, "id", citations, "gen-1")


def _article(doc_id: str, upts: tuple[str, ...], text: str = "Isi.") -> Article:
    return Article(doc_id=doc_id, path=f"{doc_id}.txt", title=f"T {doc_id}", text=text, upts=upts)


def test_escape_text_leaves_no_tag_and_no_markdown_syntax() -> None:
    out = escape_text(HOSTILE)
    assert "<" not in out and ">" not in out
    assert "[" not in out and "](" not in out  # no link can form
    assert "&lt;script&gt;" in out


def test_highlight_marks_question_words_in_escaped_text() -> None:
    out = highlight("Kepala Lapas Pati memimpin apel <b>siaga</b>.", frozenset({"pati", "apel"}))
    assert "<mark>Pati</mark>" in out and "<mark>apel</mark>" in out
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert out.count("<mark>") == 2


def test_highlight_matches_by_stem() -> None:
    out = highlight("Apel dilaksanakan di Lapas.", frozenset({"melaksanakan"}))
    assert "<mark>dilaksanakan</mark>" in out


def test_highlight_never_marks_inside_an_entity() -> None:
    out = highlight('He said "quot" & amp', frozenset({"quot", "amp"}))
    assert "&<mark>" not in out
    assert "<mark>quot</mark>" in out


def test_question_terms_drop_stopwords_and_add_indonesian_for_english() -> None:
    assert "pati" in question_terms("Siapa yang memimpin apel di Pati?")
    assert "yang" not in question_terms("Siapa yang memimpin apel di Pati?")
    english = question_terms("Who led the roll call in Pati?")
    assert "the" not in english and "pati" in english


def test_sources_show_title_outlet_author_dates_and_marks() -> None:
    md = format_sources(_answer(_citation(1, "Apel siaga di Lapas Pati.")), "apel di Pati")
    assert "[1] Judul 1" in md
    assert "wartaalor&#46;com" in md and "Penulis" in md
    assert "2023&#45;12&#45;21" in md and "2023&#45;12&#45;20" in md
    assert "<mark>Pati</mark>" in md
    assert "/api/documents/d1" in md


def test_sources_of_hostile_article_contain_no_html_from_it() -> None:
    md = format_sources(_answer(_citation(1, HOSTILE, title=HOSTILE)), "apel")
    assert "<script" not in md and "<img" not in md
    assert "&lt;script&gt;" in md


def test_abstained_answer_says_so_in_chat_and_sources() -> None:
    answer = _answer(_citation(1, "x"), abstained=True, text="Artikel tidak memuat jawaban.")
    assert answer_markdown(answer).startswith("**Tidak ada jawaban di artikel")
    assert "Nearest passages (not an answer)" in format_sources(answer, "q")


def test_answer_markdown_keeps_quotes_but_not_tags() -> None:
    answer = _answer(text='**Nama** [1]\n\n> “kutipan <script>x</script>” [1]')
    out = answer_markdown(answer)
    assert out.startswith("**Nama** [1]") and "\n> “kutipan" in out
    assert "<script>" not in out


def test_sources_placeholder_before_any_question() -> None:
    assert "sources of each answer appear here" in format_sources(None)


def test_citation_choices_list_each_article_once_in_citation_order() -> None:
    answer = _answer(_citation(1, "a"), _citation(2, "b", doc_id="d1"), _citation(3, "c"))
    assert [doc for _, doc in citation_choices(answer)] == ["d1", "d3"]


def test_article_markdown_escapes_the_full_text() -> None:
    md = article_markdown(_article("evil", (), HOSTILE))
    assert "<script" not in md and "<img" not in md


ARTICLES = [
    _article("a", ("Lapas Pati", "Rutan Kelas IIB Blora")),
    _article("b", ("Lapas Kelas IIB Kalabahi",)),
    _article("c", ("Lapas Pati",)),
]


def test_upt_filter_maps_to_articles_that_mention_it() -> None:
    filters = build_filters(ARTICLES, upts=["Lapas Pati"])
    assert filters.doc_ids == ("a", "c")


def test_article_and_upt_choices_are_united_without_duplicates() -> None:
    filters = build_filters(ARTICLES, upts=["Lapas Kelas IIB Kalabahi"], doc_ids=["a", "b"])
    assert filters.doc_ids == ("a", "b")


def test_date_widgets_become_dates_and_times_are_ignored() -> None:
    filters = build_filters(ARTICLES, "2023-12-01", "2023-12-31 00:00:00")
    assert (filters.date_from, filters.date_to) == (date(2023, 12, 1), date(2023, 12, 31))
    assert filters.doc_ids == ()


def test_no_widget_set_means_no_filter() -> None:
    assert build_filters(ARTICLES, None, "", [], []).empty


@pytest.mark.parametrize(("start", "end"), [("kemarin", None), ("2023-12-31", "2023-12-01")])
def test_bad_dates_are_refused_in_words(start, end) -> None:
    with pytest.raises(ValueError, match="/"):
        build_filters(ARTICLES, start, end)
    assert filter_summary(ARTICLES, start, end).startswith("**")


def test_filter_summary_counts_articles_and_range() -> None:
    note = filter_summary(ARTICLES, "2023-12-01", None, ["Lapas Pati"])
    assert "2 artikel" in note and "2023-12-01" in note


def test_upt_choices_are_unique_and_sorted() -> None:
    assert upt_choices(ARTICLES) == ["Lapas Kelas IIB Kalabahi", "Lapas Pati", "Rutan Kelas IIB Blora"]


def test_event_date_record_is_not_needed_for_rendering() -> None:
    article = Article("e", "e.txt", "T", "x", event_dates=(EventDate(date(2023, 12, 4), "Senin (04/12)", 0),))
    assert "2023&#45;12&#45;04" in article_markdown(article)
