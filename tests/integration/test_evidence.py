"""The answer path's parts on the real shipped articles (issue 10): the stored sentence
analysis, the one evidence scorer, and each composer on evidence built from real passages."""

from __future__ import annotations

import pytest

from rag.analysis import analyses_from_json, analyses_to_json, analyze_article
from rag.answer import COMPOSERS, compose_answer
from rag.answer.abstain import NotStated
from rag.answer.citations import CitationBook
from rag.query import understand

pytestmark = pytest.mark.slow

PURWOKERTO = "001_6bc40bfdc6cf9071"
BABEL = "000_0fbc2bfb2ba2f1e5"
KALABAHI = "004_ed94e31d68d34072"


def evidence_for(assistant, question: str):
    return assistant.gather(understand(question))[0]


def compose(assistant, kind: str, question: str):
    evidence = evidence_for(assistant, question)
    book = CitationBook(assistant.index, evidence.hits)
    return COMPOSERS[kind](evidence, book), book


# ------------------------------------------------------------------ stored analysis


def test_stored_analysis_round_trips_for_every_shipped_article(assistant):
    index = assistant.index
    fresh = {a.doc_id: analyze_article(a) for a in index.data.articles}
    restored = analyses_from_json(analyses_to_json(fresh.values()), index.articles)
    assert restored == fresh
    assert index.data.analyses == fresh  # what the build stored is what the analyser makes


def test_sentences_of_a_passage_are_whole_and_in_order(assistant):
    index = assistant.index
    for chunk in index.chunks_of(PURWOKERTO):
        sentences = index.sentences.in_chunk(chunk)
        assert sentences and sentences[0].start == chunk.start and sentences[-1].end == chunk.end
        assert all(s.text == chunk.text[s.start - chunk.start : s.end - chunk.start] for s in sentences)


def test_sentence_analysis_finds_the_person_with_the_post_the_sentence_gives(assistant):
    people = [
        (p.name, p.post)
        for s in assistant.index.sentences.of_article(PURWOKERTO)
        for p in s.people
    ]
    assert ("Riko Purnama Candra", "Kepala Lapas Narkotika kelas IIB Purwokerto") in people


def test_sentence_analysis_counts_with_their_units(assistant):
    quantities = {
        (q.number, q.unit)
        for s in assistant.index.sentences.of_article(BABEL)
        for q in s.quantities
    }
    assert {("2.549", "orang"), ("556", "orang"), ("1.993", "orang")} <= quantities


def test_sentence_analysis_resolves_the_event_date(assistant):
    days = {d.day.isoformat() for s in assistant.index.sentences.of_article(KALABAHI) for d in s.dates}
    assert "2023-02-13" in days


# ------------------------------------------------------------------ the scorer


def test_scorer_ranks_the_sentence_that_answers_first(assistant):
    evidence = evidence_for(assistant, "Siapa pembina apel siaga Nataru di Lapas Purwokerto?")
    best = evidence.sentences[0]
    assert best.doc_id == PURWOKERTO and "Pembina Apel" in best.text
    assert best.coverage == max(s.coverage for s in evidence.sentences) > 0.8
    assert evidence.hits[0].chunk.doc_id == PURWOKERTO


def test_scorer_puts_articles_missing_a_named_unit_last(assistant):
    evidence = evidence_for(assistant, "Kapan ikrar netralitas di Lapas Kalabahi?")
    matches = [evidence.names_match(h.chunk.doc_id) for h in evidence.hits]
    assert evidence.hits[0].chunk.doc_id == KALABAHI
    assert False in matches and matches == sorted(matches, reverse=True)


def test_reranked_scores_are_sorted_among_articles_with_the_names(assistant):
    evidence = evidence_for(assistant, "When did Lapas Kalabahi hold the neutrality pledge?")
    scores = [h.score for h in evidence.hits if evidence.names_match(h.chunk.doc_id)]
    assert len(scores) > 1 and scores == sorted(scores, reverse=True)


# ------------------------------------------------------------------ composers


def test_who_composer_answers_the_post_holder(assistant):
    lines, book = compose(assistant, "who", "Siapa pembina apel siaga di Lapas Purwokerto?")
    assert lines[0].startswith("**Riko Purnama Candra**") and book.citations[0].doc_id == PURWOKERTO


def test_who_composer_refuses_a_post_nobody_holds(assistant):
    with pytest.raises(NotStated) as raised:
        compose(assistant, "who", "Siapa Kepala Rutan Purbalingga?")
    assert raised.value.abstention.code == "post_not_held"


def test_how_many_composer_picks_the_number_that_counts_what_was_asked(assistant):
    lines, _ = compose(assistant, "how_many", "Berapa jumlah narapidana di Bangka Belitung?")
    assert lines[0].startswith("**1.993 orang**")


def test_when_composer_gives_the_weekday_and_the_stating_sentence(assistant):
    lines, _ = compose(assistant, "when", "Kapan ikrar netralitas di Lapas Kalabahi?")
    assert lines[0].startswith("**Senin, 13 Februari 2023**") and lines[2].startswith("> ")


def test_where_composer_answers_the_venue(assistant):
    lines, _ = compose(assistant, "where", "Di mana apel siaga Nataru Lapas Purwokerto digelar?")
    assert "Lapangan" in lines[0] or "Halaman" in lines[0]


def test_list_composer_gives_one_line_per_article(assistant):
    lines, book = compose(assistant, "list", "UPT mana saja yang menggelar ikrar netralitas?")
    assert lines[0].endswith(":") and len(lines) - 1 == len({c.doc_id for c in book.citations})


def test_what_composer_names_its_source(assistant):
    lines, _ = compose(assistant, "what", "Apa yang disampaikan Kalapas Purwokerto saat apel siaga?")
    assert lines[0].startswith("Menurut ") and "[1]" in lines[0]


def test_summary_composer_starts_with_the_headline(assistant):
    lines, _ = compose(assistant, "summary", "Ringkas berita tentang Lapas Kalabahi")
    title = assistant.index.articles[KALABAHI].title
    assert lines[0].startswith("**") and title[:30].lower() in lines[0].lower()


# ------------------------------------------------------------------ abstention reasons


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("Siapa Kepala Lapas Tual?", "name_not_in_corpus"),
        # "capital" is an everyday word the lexicon knows (ibu kota), and no article has it.
        ("What is the capital of Indonesia?", "terms_not_in_corpus"),
        # Every word is in the articles ("penduduk", "Indonesia"); none is about this.
        ("What is the population of Indonesia?", "off_topic"),
        ("Siapa Kepala Rutan Purbalingga?", "post_not_held"),
    ],
)
def test_abstention_names_its_reason(assistant, question, reason):
    answer = assistant.ask(question)
    assert answer.abstained and answer.abstain_reason == reason


def test_an_answer_has_no_abstain_reason(assistant):
    answer = assistant.ask("Siapa Kalapas Tanjungpandan?")
    assert not answer.abstained and answer.abstain_reason is None


def test_compose_answer_abstains_in_the_question_language(assistant):
    evidence = evidence_for(assistant, "Who heads Lapas Tual?")
    composed = compose_answer(evidence, 5)
    assert composed.abstain_reason == "name_not_in_corpus" and "Tual" in composed.text


# ------------------------------------------------------------------ reading rules (issue 11)


def _own_words(answer) -> int:
    lead = [line for line in answer.text.splitlines() if not line.lstrip().startswith(">")]
    return len(" ".join(lead).replace("[1]", " ").replace("[2]", " ").split())


def test_what_answers_keep_their_own_line_short_and_quote_below(assistant):
    answer = assistant.ask("Apa yang disampaikan Kalapas Purwokerto saat apel siaga?")
    assert not answer.abstained and _own_words(answer) <= 40
    assert any(line.startswith("> “") for line in answer.text.splitlines())


def test_enumeration_questions_quote_the_enumerating_sentence(assistant):
    answer = assistant.ask("Apa saja yang harus dilakukan menghadapi Natal menurut Kalapas Purwokerto?")
    assert not answer.abstained and "24 jam" in answer.text.split("\n")[0]


def test_event_the_named_unit_did_not_hold_is_an_event_mismatch(assistant):
    answer = assistant.ask("When did Lapas Kalabahi hold its voting?")
    assert answer.abstained and answer.abstain_reason == "event_mismatch"


def test_province_in_the_question_filters_the_articles(assistant):
    answer = assistant.ask("Which UPT in Bangka Belitung held a neutrality pledge?")
    assert not answer.abstained
    assert {c.doc_id for c in answer.citations} <= {BABEL, "002_66efd9b1bcb2c19e"}


def test_province_with_no_article_of_that_event_abstains(assistant):
    answer = assistant.ask("Which prisons in East Java held a neutrality pledge?")
    assert answer.abstained
