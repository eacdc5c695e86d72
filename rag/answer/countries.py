"""Countries asked for ("Negara mana saja yang jadi tujuan?", "which countries?"): the ones
the answering report names in the sentences that answer, in the order it names them."""

from __future__ import annotations

from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence
from rag.answer.phrasing import quote
from rag.countries import ASKS_COUNTRY, find_countries

#: How far below the best sentence a sentence naming countries may score and still add
#: them: the report's list is often split over two sentences ("terjual hingga Kanada.
#: ... setelah Kanada, akan dikirim ke Belanda dan Qatar").
RELATIVE_SCORE = 0.5
#: The answering report's best sentences read for countries.
SENTENCES_READ = 8


def compose_countries(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The countries the answering report names where it answers; None when the question
    asks for no country or the report names none (other readers then answer)."""
    if not ASKS_COUNTRY.search(evidence.frame.question):
        return None
    docs = evidence.answer_docs()[:1]
    scored = [s for s in evidence.sentences if s.doc_id in docs][:SENTENCES_READ]
    if not scored:
        return None
    floor = RELATIVE_SCORE * scored[0].score
    answering = {s.sentence.start for s in scored if s.score >= floor}
    article = evidence.index.sentences.of_article(docs[0])
    named: dict[str, int] = {}
    quotes: list[str] = []
    going_on = False  # the sentence before answered or named a country
    for sentence in article:
        # The sentence after an answering one may go on with the list ("Menurut Rini,
        # setelah Kanada, ... akan dikirim ke Belanda dan Qatar").
        read, going_on = going_on or sentence.start in answering, sentence.start in answering
        countries = [name for _, _, name in find_countries(sentence.text) if name not in named] if read else []
        if not countries:
            continue
        going_on = True
        n = book.cite_sentence(docs[0], sentence.start, scored[0].chunk)
        named.update(dict.fromkeys(countries, n))
        quotes.append(f"> {quote(sentence.text)} [{n}]")
    if not named:
        return None
    cites = " ".join(f"[{n}]" for n in dict.fromkeys(named.values()))
    return [f"**{', '.join(named)}** {cites}", "", *quotes]
