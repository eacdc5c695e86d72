"""Questions about an article itself: its author, outlet, publication date, or a summary."""

from __future__ import annotations

from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence
from rag.answer.phrasing import headline, long_date, quote
from rag.dates import format_date
from rag.records import Article


def compose_author(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Who wrote the article, from its byline."""
    article = _article_in_question(evidence)
    if article is None or not article.author:
        return None
    outlet = f", {article.source}" if article.source else ""
    return _meta_line(evidence, book, article, f"{article.author}{outlet}")


def compose_outlet(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Which outlet published the article."""
    article = _article_in_question(evidence)
    if article is None or not article.source:
        return None
    return _meta_line(evidence, book, article, article.source)


def compose_published(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """When the article was published (not when its event happened)."""
    article = _article_in_question(evidence)
    if article is None or article.published is None:
        return None
    return _meta_line(evidence, book, article, long_date(article.published, evidence.language))


def compose_summary(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The headline and the lead sentences of the article asked about."""
    article = _article_in_question(evidence)
    if article is None:
        return None
    day = article.main_event_date or article.published
    meta = ", ".join(x for x in (article.source, day and format_date(day, evidence.language)) if x)
    lines = [f"**{headline(article.title).strip('_')}**" + (f" ({meta})" if meta else "")]
    lead = list(evidence.index.sentences.of_article(article.doc_id))
    if lead and article.text.startswith(article.title.rstrip("…")):
        lead = lead[1:]  # the headline was made from the first sentence: do not repeat it
    for sentence in lead[:3]:
        chunk = book.chunk_containing(article.doc_id, sentence.start)
        if chunk is not None:
            lines.append(f"- {quote(sentence.text, 260)} [{book.cite(chunk)}]")
    return lines


def _article_in_question(evidence: Evidence) -> Article | None:
    """The article a question about "the article" means: the best-covered one."""
    docs = evidence.answer_docs()
    return evidence.index.articles[docs[0]] if docs else None


def _meta_line(evidence: Evidence, book: CitationBook, article: Article, value: str) -> list[str]:
    n = book.cite(evidence.index.chunks_of(article.doc_id)[0])
    return [f"**{value}** [{n}]", "", f"{headline(article.title)} [{n}]"]
