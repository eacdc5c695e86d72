"""``rag eval``'s reading metric: where, among the sentences the composers read, the
answer's sentence is (sentence@k), apart from retrieval and extraction."""

from __future__ import annotations

from rag.evaluation import Outcome, _metrics, _sentence_rank

READ = [
    "Kegiatan dibuka oleh Kakanwil.",
    "Kalapas Tanjungpandan, Gowim Halai, menyampaikan arahan kepada pegawai\nagar tetap netral.",
    "Acara ditutup dengan foto bersama.",
]


def test_the_answers_sentence_is_found_despite_case_and_line_breaks():
    assert _sentence_rank({"evidence": ["kalapas tanjungpandan, gowim halai"]}, READ) == 2


def test_evidence_running_over_a_sentence_end_is_placed_by_its_start():
    item = {"evidence": ["Gowim Halai, menyampaikan arahan kepada pegawai agar tetap netral. Acara ditutup"]}
    assert _sentence_rank(item, READ) == 2
    assert _sentence_rank({"evidence": ["Kepala Rutan Blora"]}, READ) is None


def _outcome(rank: int | None, reads: bool = True) -> Outcome:
    return Outcome("q", "id", "who", "dev", True, False, False, 1, True, 1.0, 1.0, 10.0, None,
                   "**Gowim Halai** [1]", sentence_rank=rank, reads_sentences=reads)


def test_sentence_at_k_counts_only_systems_that_read_sentences():
    metrics = _metrics([_outcome(1), _outcome(2), _outcome(None), _outcome(5)])
    assert metrics["sentence@1"] == 0.25 and metrics["sentence@3"] == 0.5
    assert _metrics([_outcome(None, reads=False)])["sentence@1"] is None  # a passage baseline
