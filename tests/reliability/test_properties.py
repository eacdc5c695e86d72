"""Property-based tests: the text stages never crash and keep their invariants on any text."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rag.chunking import chunk_article
from rag.dates import find_event_dates, parse_question_dates
from rag.indonesian import analyze, tokenize
from rag.records import Article

# Arbitrary Unicode (surrogates excluded: they cannot reach us from decoded input), mixed
# with the characters that drive the parsers, so dates, numbers and sentence ends appear.
NEWSY = st.sampled_from(
    ["Kamis (21/12)", " 21 Desember 2023", "13/2/23", ". ", "! ", "? ", "\n\n", "Lapas ", "laki-laki ",
     "2.549 ", "Kep.Babel", "se-Kepulauan", "Senin, 1 Januari", " awal Desember", "tahun 2023 ",
     "between 19 and 21 December ", "31/2", "99/99/9999", "\u200d", "\u0301", "ＵＰＴ"]
)
TEXT = st.lists(st.one_of(st.text(st.characters(exclude_categories=("Cs",)), max_size=40), NEWSY),
                max_size=30).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT, st.booleans())
def test_tokenize_returns_nonempty_tokens_without_spaces(text, keep_case):
    tokens = tokenize(text, keep_case=keep_case)
    assert all(isinstance(t, str) and t and not any(c.isspace() for c in t) for t in tokens)
    if not keep_case:
        assert all(t == t.lower() for t in tokens)


@FAST
@given(TEXT)
def test_analyze_is_deterministic_and_total(text):
    first = analyze(text)
    assert first == analyze(text)
    assert all(isinstance(t, str) and t for t in first)


@FAST
@given(TEXT, st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2035, 12, 31))))
def test_event_dates_point_at_their_text(text, published):
    found = find_event_dates(text, published)
    for event in found:
        assert text[event.start:event.start + len(event.text)] == event.text
        assert isinstance(event.day, date)
    assert [e.start for e in found] == sorted(e.start for e in found)


@FAST
@given(TEXT, st.dates(date(2000, 1, 1), date(2035, 12, 31)))
def test_question_dates_give_a_valid_period_or_none(text, today):
    query = parse_question_dates(text, today=today)
    if query is not None:
        assert query.text and query.text in text
        for month, day in (query.first, query.last):
            assert 1 <= month <= 12 and 1 <= day <= 31
        assert query.matches(today) in (True, False)


@FAST
@given(TEXT, st.integers(20, 1200), st.integers(0, 3))
def test_chunks_are_slices_of_the_text_in_order(text, chunk_chars, overlap):
    article = Article(doc_id="doc", path="doc.txt", title="t", text=text)
    chunks = chunk_article(article, chunk_chars, overlap)
    for ordinal, chunk in enumerate(chunks):
        assert chunk.ordinal == ordinal and chunk.chunk_id == f"doc#{ordinal:03d}"
        assert chunk.text == text[chunk.start:chunk.end] and chunk.text
    assert [c.start for c in chunks] == sorted(c.start for c in chunks)
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    if text.strip():
        assert chunks, "a non-blank article yields at least one passage"
