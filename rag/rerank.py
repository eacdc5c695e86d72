"""Reranking: reorder fused hits by how much of the question each passage covers.

RRF knows ranks, not meaning: a passage that names "Blora" and "ikrar" may rank below one
that repeats "netralitas" five times. The concept scorer weighs each of the question's
concepts by IDF and asks which a passage holds; it also serves the answer composer, so
the passages shown first are the ones the answer is built from.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from rag.chunking import split_sentences
from rag.concepts import Concept, question_concepts, strip_phrase
from rag.glossary import analyze_document
from rag.query import QuestionFrame
from rag.records import Article, Hit
from rag.retrieval import SearchIndex
from rag.spans import has_answer_type

#: Share of the reranked score that comes from concept coverage; the rest is the fused
#: retrieval score (normalised), which breaks ties and carries the dense signal.
COVERAGE_SHARE = 0.7
#: Weight of the previous question's concepts in a follow-up, relative to its own: they
#: say which article, the follow-up's own words say which fact.
CONTEXT_SHARE = 0.3
#: Added to a passage that holds a span of the asked type (a name for "who", a date for
#: "when", a count for "how many", a venue for "where").
TYPE_BONUS = 0.15


@lru_cache(maxsize=8192)
def sentence_terms(text: str) -> frozenset[str]:
    """Analysed tokens of a sentence, with its abbreviation expansions (cached: passages
    recur across questions)."""
    return frozenset(analyze_document(text))


class ConceptScorer:
    """The question's concepts with their weights, scoring token sets against them."""

    def __init__(self, frame: QuestionFrame, index: SearchIndex) -> None:
        self.index = index
        self.kind = frame.kind
        period = frame.date_query.text if frame.date_query else None
        self.concepts: list[Concept] = question_concepts(
            strip_phrase(frame.question, period), frame.language
        )
        self.weights = [self._weight(c) for c in self.concepts]
        self.own = len(self.concepts)
        # A follow-up's own words decide; the previous question only adds what it omits.
        for concept in question_concepts(strip_phrase(frame.context, period), frame.language):
            if not any(set(concept.alternatives) & set(c.alternatives) for c in self.concepts):
                self.concepts.append(concept)
                self.weights.append(self._weight(concept) * CONTEXT_SHARE)
        # A follow-up that names its own subject ("and Lapas Pati?") drops the previous
        # question's names; one that names nothing keeps them ("when was it held?").
        own_names = [c for c in self.concepts[: self.own] if c.salient and self.present(c)]
        context_names = [c for c in self.concepts[self.own :] if c.salient and self.present(c)]
        self._names = own_names or context_names

    def _weight(self, concept: Concept) -> float:
        """IDF of the concept's most common form; light verbs a third.

        A word no article contains, or an English word the glossary lacks, weighs a quarter
        of the highest IDF: it may be the crux ("escaped") or a paraphrase ("diterbitkan"
        for a date that is stated), so it lowers coverage without deciding alone.
        """
        df = self.index.document_frequency
        present = [
            max(self.index.idf(t) for t in alternative)
            for alternative in concept.alternatives
            if all(df.get(t) for t in alternative)
        ]
        weight = min(present) if present else self.index.idf("\0absent\0")
        if concept.unknown or (not present and not concept.salient and not concept.domain):
            return weight / 4
        return weight / 3 if concept.generic else weight

    def present(self, concept: Concept) -> bool:
        """Whether some article could hold the concept (every token of an alternative occurs)."""
        df = self.index.document_frequency
        if concept.joined:
            return all(df.get(t) for t in concept.alternatives[0])
        return any(all(df.get(t) for t in a) for a in concept.alternatives)

    def coverage(self, tokens: set[str] | frozenset[str], own_only: bool = False) -> float:
        """Weighted share of the question's concepts present in ``tokens``.

        Args:
            tokens: analysed tokens of a passage or sentence.
            own_only: count only the question's own concepts, not those a follow-up
                borrowed from the previous question (which pick the article, not the fact).
        """
        n = self.own if own_only and self.own else len(self.concepts)
        total = sum(self.weights[:n])
        if not total:
            return 0.0
        return sum(w for c, w in zip(self.concepts[:n], self.weights[:n]) if c.matches(tokens)) / total

    def passage_score(self, hit: Hit) -> float:
        """Coverage of the passage as a whole and of its best sentence (with the headline),
        plus a bonus when it holds a span of the asked type (a name for "who", ...)."""
        context = sentence_terms(self.index.articles[hit.chunk.doc_id].title)
        context |= self.article_names(hit.chunk.doc_id)
        best_sentence = max(
            (self.coverage(sentence_terms(hit.chunk.text[s:e]) | context)
             for s, e in split_sentences(hit.chunk.text)),
            default=0.0,
        )
        typed = has_answer_type(self.kind, hit.chunk.text, self.index.place_words)
        return 0.5 * self.chunk_coverage(hit) + 0.5 * best_sentence + (TYPE_BONUS if typed else 0.0)

    def chunk_coverage(self, hit: Hit) -> float:
        """Coverage of a passage's indexed tokens (its text and its article's title), with
        the question's names counted when its article has them anywhere."""
        tokens = frozenset(self.index.data.tokens[self.index.positions[hit.chunk.chunk_id]])
        return self.coverage(tokens | self.article_names(hit.chunk.doc_id))

    def article_names(self, doc_id: str) -> frozenset[str]:
        """Tokens of the question's names that identify an article (headline, UPT, place,
        opening sentences).

        Such names choose the article; the passage is then judged on the rest of the
        question ("Bangka Belitung" is in the article's opening, the count three paragraphs
        later). A name that is the topic itself ("Satops Patnal") is not among them and
        still has to be in the passage.
        """
        terms = article_identity(self.index.articles[doc_id])
        found = [a for c in self._names for a in c.alternatives if a <= terms]
        return frozenset().union(*found) if found else frozenset()

    def names_match(self, doc_id: str) -> bool:
        """Whether an article mentions every name/number of the question the corpus knows.

        "Rutan Blora" in a question rules out articles that never say "Blora", however
        much else they share with it.
        """
        tokens = self.index.article_terms(doc_id)
        return all(c.matches(tokens) for c in self._names)


@lru_cache(maxsize=4096)
def article_identity(article: Article) -> frozenset[str]:
    """Tokens that say which article this is: headline, UPT names, dateline, opening."""
    sentences = split_sentences(article.text)[:2]
    opening = " ".join(article.text[s:e] for s, e in sentences)
    text = " ".join([article.title, article.place or "", *article.upts, opening])
    return sentence_terms(text)


def rerank(hits: list[Hit], scorer: ConceptScorer) -> list[Hit]:
    """Hits reordered by concept coverage blended with the fused score, best first.

    Args:
        hits: fused hits, best first.
        scorer: the question's concept scorer.

    Returns:
        The same hits with ``score`` replaced by the blended score; passages of articles
        that miss one of the question's names sort after all those that have them.
    """
    if not hits:
        return []
    top = max(h.score for h in hits) or 1.0
    scored = []
    for hit in hits:
        blended = COVERAGE_SHARE * scorer.passage_score(hit) + (1 - COVERAGE_SHARE) * hit.score / top
        scored.append((not scorer.names_match(hit.chunk.doc_id), -blended, hit))
    scored.sort(key=lambda item: item[:2])
    return [replace(hit, score=round(-negative, 6)) for _, negative, hit in scored]
