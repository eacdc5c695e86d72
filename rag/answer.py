"""Answer composition: turn retrieved passages into a short, cited answer, or abstain.

Extractive by design: every claim is a span copied from a passage, with ``[n]`` pointing at
the passage. The question's type decides the span: a person with their role, a date, a
place, a number with what it counts, one line per article for lists, else the best
sentences. Evidence is judged by *concept coverage*: the share of the question's concepts
(each a set of interchangeable Indonesian terms, weighted by IDF) a passage contains.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from rag import indonesian
from rag.chunking import split_sentences
from rag.concepts import Concept
from rag.dates import find_event_dates, format_date
from rag.query import QuestionFrame
from rag.records import Article, Chunk, Citation, Hit
from rag.rerank import ConceptScorer, sentence_terms
from rag.retrieval import SearchIndex
from rag.spans import NUMBER, NUMBER_WORDS, PLACE, REGION, is_date_part, person_names

#: Below this share of the question's concept weight, the best passage does not answer it.
MIN_COVERAGE = 0.5
#: Articles whose best passage reaches this fraction of the best article's coverage are
#: listed in answers to "which/list" questions.
LIST_RELATIVE = 0.8
#: Added to a sentence that states a date in the period the question asks about
#: ("What happened on 4 December?" → the sentence that says "Senin (04/12)").
DATE_BONUS = 0.2
#: Sentences kept as evidence per question.
MAX_SENTENCES = 60

_WEEKDAY_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_WEEKDAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ------------------------------------------------------------------ evidence


@dataclass(frozen=True)
class Sentence:
    """A sentence of a retrieved passage, scored against the question."""

    doc_id: str
    chunk: Chunk
    start: int
    text: str
    coverage: float
    score: float


@dataclass
class Evidence:
    """The question's concepts and the retrieved passages, ranked for composing."""

    frame: QuestionFrame
    index: SearchIndex
    scorer: ConceptScorer
    hits: list[Hit]
    sentences: list[Sentence] = field(default_factory=list)
    chunk_coverage: dict[str, float] = field(default_factory=dict)

    @property
    def concepts(self) -> list[Concept]:
        return self.scorer.concepts

    @property
    def weights(self) -> list[float]:
        return self.scorer.weights

    def coverage(self, tokens: set[str] | frozenset[str], own_only: bool = False) -> float:
        """Weighted share of the question's concepts present in ``tokens``."""
        return self.scorer.coverage(tokens, own_only)

    def focus_sentences(self, relative: float = 0.85) -> list[Sentence]:
        """Sentences of the articles that answer best (within ``relative`` of the top)."""
        best = self.best_chunk_per_doc()
        if not best:
            return []
        top = max(cov for _, cov in best.values())
        docs = {d for d, (_, cov) in best.items() if cov >= relative * top}
        return [s for s in self.sentences if s.doc_id in docs]

    def names_match(self, doc_id: str) -> bool:
        """Whether an article mentions every name of the question (see ``ConceptScorer``)."""
        return self.scorer.names_match(doc_id)

    def best_chunk_per_doc(self) -> dict[str, tuple[Hit, float]]:
        """Each article's best passage and its coverage, in order of first retrieval.

        When some articles mention all the question's names, only those are considered.
        """
        hits = [h for h in self.hits if self.names_match(h.chunk.doc_id)] or self.hits
        best: dict[str, tuple[Hit, float]] = {}
        for hit in hits:
            cov = self.chunk_coverage[hit.chunk.chunk_id]
            if hit.chunk.doc_id not in best or cov > best[hit.chunk.doc_id][1] + 1e-9:
                best[hit.chunk.doc_id] = (hit, cov)
        return best


_terms = sentence_terms


def gather_evidence(
    frame: QuestionFrame, hits: list[Hit], index: SearchIndex, scorer: ConceptScorer | None = None
) -> Evidence:
    """Score the sentences of the retrieved passages against the question's concepts."""
    evidence = Evidence(frame, index, scorer or ConceptScorer(frame, index), hits)
    seen: set[tuple[str, int]] = set()
    for rank, hit in enumerate(hits):
        chunk = hit.chunk
        chunk_cov = evidence.scorer.chunk_coverage(hit)
        evidence.chunk_coverage[chunk.chunk_id] = chunk_cov
        article = index.articles[chunk.doc_id]
        title_terms = _terms(article.title)
        # The article's names count for each of its sentences, except when a person is
        # asked for: then the name must stand next to the role in the sentence itself.
        names = evidence.scorer.article_names(chunk.doc_id) if frame.kind != "who" else frozenset()
        for start, end in split_sentences(chunk.text):
            key = (chunk.doc_id, chunk.start + start)
            if key in seen:
                continue
            seen.add(key)
            text = chunk.text[start:end].strip()
            cov = evidence.coverage(_terms(text) | names, own_only=True)
            context_cov = evidence.coverage(_terms(text) | title_terms | names)
            score = 0.55 * cov + 0.3 * context_cov + 0.15 * chunk_cov - 0.004 * rank
            if frame.date_query is not None and _states_asked_date(frame, text, article):
                score += DATE_BONUS
            evidence.sentences.append(Sentence(chunk.doc_id, chunk, key[1], text, cov, score))
    evidence.sentences.sort(key=lambda s: -s.score)
    del evidence.sentences[MAX_SENTENCES:]
    return evidence


def _states_asked_date(frame: QuestionFrame, text: str, article: Article) -> bool:
    """Whether a sentence states a date in the period the question asks about."""
    year = article.main_event_date.year if article.main_event_date else None
    return any(frame.date_query.matches(e.day) for e in find_event_dates(text, article.published, year))


def missing_concepts(evidence: Evidence) -> list[Concept]:
    """Concepts of the question that no article mentions at all."""
    return [c for c in evidence.concepts if not evidence.scorer.present(c)]


def abstain_reason(evidence: Evidence) -> str | None:
    """Why the passages cannot answer the question, or None when they can.

    The question is unanswerable when nothing was retrieved, when a name, number or more
    than half of its weight names something no article mentions, or when even the best
    passage covers less than ``MIN_COVERAGE`` of it.
    """
    if not evidence.hits or not evidence.concepts:
        return "no_passage"
    missing = missing_concepts(evidence)
    missing_weight = sum(w for c, w in zip(evidence.concepts, evidence.weights) if c in missing)
    if any(c.salient for c in missing):
        return "missing_name"
    if missing_weight > sum(evidence.weights) / 2:
        return "missing_terms"
    best = evidence.best_chunk_per_doc()  # only articles that have the question's names
    if max((cov for _, cov in best.values()), default=0.0) < MIN_COVERAGE:
        return "weak"
    if not _about_its_topic(evidence, best):
        return "off_topic"
    return None


def _about_its_topic(evidence: Evidence, best: dict[str, tuple[Hit, float]]) -> bool:
    """Whether an article that has the question's names also has one of its other concepts.

    "What is the capital of Indonesia?" matches "Indonesia" and nothing else: names alone
    never make an answer, unless the question is only names ("Who is Yusup Gunawan?").
    """
    own = evidence.concepts[: evidence.scorer.own or len(evidence.concepts)]
    topical = [c for c in own if not c.salient and not c.generic]
    if not topical:
        return True
    return any(
        any(c.matches(evidence.index.article_terms(doc_id)) for c in topical) for doc_id in best
    )


# ------------------------------------------------------------------ citations


class CitationBook:
    """Numbers passages in the order the answer first uses them."""

    def __init__(self, index: SearchIndex, hits: list[Hit]) -> None:
        self.index = index
        self.scores = {h.chunk.chunk_id: h.score for h in hits}
        self.citations: list[Citation] = []

    def cite(self, chunk: Chunk, also_in: tuple[str, ...] = ()) -> int:
        """The number of ``chunk``'s citation, adding it on first use."""
        for citation in self.citations:
            if citation.chunk_id == chunk.chunk_id:
                return citation.n
        article = self.index.articles[chunk.doc_id]
        n = len(self.citations) + 1
        self.citations.append(
            Citation(
                n=n,
                chunk_id=chunk.chunk_id,
                doc_id=chunk.doc_id,
                title=article.title,
                source=article.source,
                author=article.author,
                published=article.published,
                event_date=chunk.event_date,
                text=chunk.text,
                score=round(self.scores.get(chunk.chunk_id, 0.0), 6),
                also_in=also_in,
            )
        )
        return n

    def chunk_containing(self, doc_id: str, offset: int) -> Chunk | None:
        """The first passage of ``doc_id`` that contains character ``offset``."""
        for chunk in self.index.chunks_of(doc_id):
            if chunk.start <= offset < chunk.end:
                return chunk
        return None


# ------------------------------------------------------------------ phrasing


def _t(language: str, id_text: str, en_text: str) -> str:
    return en_text if language == "en" else id_text


def _quote(text: str, limit: int = 320) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return f"“{text}”"


def _excerpt(text: str, start: int, end: int, limit: int = 300) -> str:
    """``text`` cut to about ``limit`` characters around the span ``start:end``."""
    text_len = len(text)
    if text_len <= limit:
        return text
    room = max(limit - (end - start), 40) // 2
    left = max(0, start - room)
    right = min(text_len, end + room)
    left = text.find(" ", left) + 1 if left > 0 else 0
    right = text.rfind(" ", 0, right) if right < text_len else text_len
    return ("… " if left else "") + text[left:right].strip() + (" …" if right < text_len else "")


def _long_date(day: date, language: str) -> str:
    names = _WEEKDAY_EN if language == "en" else _WEEKDAY_ID
    return f"{names[day.weekday()]}, {format_date(day, language)}"


def _outlet(evidence: Evidence, doc_id: str) -> str:
    """The outlet, else the article's UPT: how a reader recognises the source."""
    article = evidence.index.articles[doc_id]
    if article.source:
        return article.source
    label = article.upts[0] if article.upts else article.title[:60]
    return _t(evidence.frame.language, f"artikel tentang {label}", f"the article on {label}")


def _english_number(number: str) -> str:
    """``2.549`` (Indonesian thousands) → ``2,549``; decimals ``1,5`` → ``1.5``."""
    return number.replace(".", "\0").replace(",", ".").replace("\0", ",")


def _event_label(evidence: Evidence, doc_id: str) -> str:
    """What an article is about, for list lines: its UPT names, else its headline."""
    article = evidence.index.articles[doc_id]
    if article.upts:
        names = list(article.upts[:6])
        return names[0] if len(names) == 1 else f"{names[0]} ({', '.join(names[1:])})"
    return article.title


# ------------------------------------------------------------------ composers by question type


_UNIT = re.compile(r"\s*([a-z]+(?:[ -][a-z]+)?)")
_NOT_UNITS = {"dan", "dengan", "yang", "untuk", "di", "ke", "dari", "pada", "serta"}
_ROLE = re.compile(
    r"\b(Kepala|Kalapas|Karutan|Kabapas|Kakanwil|Kadiv|Ka\.\s?Lapas|Ka\.\s?Rutan|Pembina|"
    r"Pemimpin|Sekretaris|Direktur|Dirjen|Kasi|Kasubsi|Komandan|Ketua|Plt\.?|Pelaksana)\b"
)
def _number_candidates(
    evidence: Evidence, sentence: Sentence
) -> list[tuple[float, str, str, int, int]]:
    """Numbers in ``sentence`` with what they count, scored by the concepts next to them.

    A number's context is the stretch since the previous number (or clause start) plus
    its unit: in "jumlah tahanan sebanyak 556 orang dan narapidana berjumlah 1.993 orang"
    the context of 1.993 is "orang dan narapidana berjumlah". Contexts are analysed
    without abbreviation expansion, so "Rutan" does not pass for "tahanan".

    Returns:
        ``(score, number, unit, start, end)`` with ``end`` just after the unit.
    """
    text = sentence.text
    counted = _counted_concept(evidence)
    found = []
    previous_end = 0
    previous_context = ""
    for match in NUMBER.finditer(text):
        number = match.group(1) or match.group(3)
        if re.fullmatch(r"(19|20)\d\d", number) or is_date_part(text, match):
            continue
        unit_match = _UNIT.match(text, match.end())
        unit = unit_match.group(1) if unit_match else ""
        unit = " ".join(w for w in unit.split() if w not in _NOT_UNITS)
        end = match.end()
        if unit_match and unit:
            end = unit_match.start(1) + len(unit)
        own = text[previous_end : match.start()]
        # "penghuni dewasa sebanyak 2.371 laki laki, 141 perempuan": in a list, a number
        # with no words of its own shares the words that introduced the list.
        lead = own if len(own.split()) > 1 else previous_context
        previous_context = lead
        words = frozenset(indonesian.analyze(lead))
        unit_words = frozenset(indonesian.analyze(unit))
        # What a number counts (its unit) says most about which number is asked for.
        local = (
            _sense_coverage(evidence, words | unit_words)
            + _sense_coverage(evidence, unit_words)
            + 0.1 * _precision(evidence, words)
            - (0.2 if _unasked_qualifier(evidence, unit_words) else 0.0)
            + (0.15 if counted is not None and counted.matches(words | unit_words) else 0.0)
        )
        found.append((local, number, unit, max(previous_end, _clause_start(text, match.start())), end))
        previous_end = end
    return found


_COUNT_WORDS = re.compile(
    r"\b(?:how many|how much|number of|berapa(?:kah)?(?: jumlah| banyak)?|jumlah)\s+(\w+)",
    re.IGNORECASE,
)


def _counted_concept(evidence: Evidence) -> Concept | None:
    """The concept a how-many question counts: the noun right after "how many"/"berapa"
    ("How many children were held in Lapas, Rutan or LPKA?" counts children)."""
    match = _COUNT_WORDS.search(evidence.frame.question)
    if match is None:
        return None
    word = match.group(1).lower()
    for concept in evidence.concepts:
        if word in concept.label.split():
            return concept
    return None


def _sense_coverage(evidence: Evidence, tokens: frozenset[str]) -> float:
    """Coverage where a concept's first (primary) sense counts fully and other senses 0.8:
    "inmates" is first "penghuni" (all residents), only then "narapidana" (convicts)."""
    own = evidence.scorer.own or len(evidence.concepts)
    total = sum(evidence.weights[:own]) or 1.0
    found = 0.0
    for concept, weight in zip(evidence.concepts[:own], evidence.weights[:own]):
        if concept.alternatives[0] <= tokens:
            found += weight
        elif concept.matches(tokens):
            found += 0.8 * weight
    return found / total


#: Units that only count ("556 orang"); any other unit qualifies what is counted.
_COUNTERS = frozenset({"orang", "jiwa", "buah", "unit", "kali", "hal", "poin", "jam", "hari"})


def _unasked_qualifier(evidence: Evidence, unit_words: frozenset[str]) -> bool:
    """Whether the unit narrows the count in a way the question did not ask for
    ("2.371 laki laki" when the question asks for all inmates)."""
    asked = {t for c in evidence.concepts for a in c.alternatives for t in a}
    return bool(unit_words - _COUNTERS - asked)


def _precision(evidence: Evidence, words: frozenset[str]) -> float:
    """Share of a number's context words that belong to the question: "untuk pidana lainnya"
    is all about "criminal", "kasus didominasi narkoba" is about drugs too."""
    if not words:
        return 0.0
    asked = {t for c in evidence.concepts for a in c.alternatives for t in a}
    return len(words & asked) / len(words)


def _clause_start(text: str, offset: int) -> int:
    """Start of the clause holding ``offset``: after the last comma or semicolon before it."""
    cut = max(text.rfind(", ", 0, offset), text.rfind("; ", 0, offset))
    return cut + 2 if cut >= 0 else 0


def compose_how_many(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """``2.549 orang [1]``: the number whose neighbouring words best match the question."""
    best = None
    for sentence in evidence.focus_sentences(relative=0.5)[:20]:
        for local, number, unit, start, end in _number_candidates(evidence, sentence):
            score = local + 0.5 * sentence.score
            if best is None or score > best[0]:
                best = (score, local, number, unit, sentence, start, end)
    if best is None or best[1] == 0:
        return None
    _, _, number, unit, sentence, start, end = best
    n = book.cite(sentence.chunk)
    language = evidence.frame.language
    figure = f"{number} {unit}".strip()
    if number.lower() in NUMBER_WORDS:
        figure += f" ({NUMBER_WORDS[number.lower()]})"
    elif language == "en" and ("." in number or "," in number):
        figure += f" ({_english_number(number)})"
    clause = sentence.text[start:end].strip(" ,;")
    if len(clause.split()) < 4:  # too little to show what is counted
        clause = sentence.text[_clause_start(sentence.text, start - 2) : end].strip(" ,;")
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(sentence.text.rstrip(". ")) else ""
    return [f"**{figure}** [{n}]", "", f"> {_quote(prefix + clause + suffix)} [{n}]"]


def compose_when(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The event date of the best-matching article(s), with the sentence that states it."""
    docs = _answer_docs(evidence)
    lines = []
    for doc_id in docs:
        article = evidence.index.articles[doc_id]
        event = _relevant_event(evidence, doc_id)
        if event is None:
            continue
        day, offset = event
        chunk = book.chunk_containing(doc_id, offset) or evidence.best_chunk_per_doc()[doc_id][0].chunk
        n = book.cite(chunk)
        when = _long_date(day, evidence.frame.language)
        label = _event_label(evidence, doc_id) if len(docs) > 1 else ""
        lines.append(f"- {label}: **{when}** [{n}]" if label else f"**{when}** [{n}]")
        if len(docs) == 1:
            sentence = _sentence_at(article.text, offset)
            lines += ["", f"> {_quote(sentence)} [{n}]"]
    return lines or None


def _relevant_event(evidence: Evidence, doc_id: str) -> tuple[date, int] | None:
    """The date a best sentence of ``doc_id`` states, else the article's main event date."""
    article = evidence.index.articles[doc_id]
    dq = evidence.frame.date_query
    for sentence in (s for s in evidence.sentences[:10] if s.doc_id == doc_id):
        for event in find_event_dates(sentence.text, article.published, article.main_event_date.year
                                      if article.main_event_date else None):
            if dq is None or dq.matches(event.day):
                return event.day, sentence.start + event.start
    for event in article.event_dates:
        if dq is None or dq.matches(event.day):
            return event.day, event.start
    return None


def _sentence_at(text: str, offset: int) -> str:
    for start, end in split_sentences(text):
        if start <= offset < end:
            return text[start:end]
    return text[offset : offset + 200]


def compose_who(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """A person's name with the role the passage gives them."""
    places = evidence.index.place_words
    best = None
    for rank, sentence in enumerate(evidence.focus_sentences()[:12]):
        for start, end in person_names(sentence.text, places):
            role = _role_near(sentence.text, start, end)
            # Of two people in one sentence, the one whose role matches the question
            # ("Sekjen" → "Sekretaris Jenderal ..., Andap Budhi Revianto").
            # What the sentence says of the person: the role before the name and the
            # clause after it ("..., Kunrat Kasmiri selaku pemimpin apel, ...").
            said = _terms(f"{role} {_clause_after(sentence.text, end)}")
            fit = evidence.coverage(said, own_only=True) if _holds_the_post(evidence, said) else 0.0
            score = sentence.score + (0.25 if role else 0.0) + 0.5 * fit - 0.01 * rank
            if best is None or score > best[0]:
                best = (score, sentence.text[start:end], role, sentence, start, end, fit)
    if best is None or (_asks_for_a_role(evidence) and not best[6]):
        # "Siapa Kepala Rutan Purbalingga?": the article names the Rutan but nobody
        # holding that post; another person's name would be a wrong answer.
        raise NotStated
    focus = evidence.focus_sentences()
    # "Who attended?" may be answered by agencies, not people: when the best sentence
    # names nobody and covers the question far better, the "what" composer answers.
    if best is None or (focus and best[3].coverage < 0.35 * focus[0].coverage):
        return None
    _, name, role, sentence, start, end, _ = best
    n = book.cite(sentence.chunk)
    head = f"**{name}**" + (f" ({role})" if role else "")
    return [f"{head} [{n}]", "", f"> {_quote(_excerpt(sentence.text, start, end))} [{n}]"]


#: Stems of words naming a post; a question with one asks who holds it.
_ROLE_STEMS = frozenset((
    "kepala", "kalapas", "karutan", "kabapas", "kakanwil", "kadiv", "pembina", "pimpin",
    "sekretaris", "sekjen", "direktur", "dirjen", "ketua", "komandan", "kasi", "kasubsi",
))


class NotStated(Exception):
    """The question's kind of answer (a post holder, a count, a date) is not in the passages."""


def _holds_the_post(evidence: Evidence, said: frozenset[str]) -> bool:
    """Whether what a sentence says of a person matches the post the question names
    beyond the role word itself: "head of Rutan Banyumas" is not "Kepala Lapas Purwokerto"."""
    own = evidence.concepts[: evidence.scorer.own or len(evidence.concepts)]
    post = [
        c for c in own
        if not c.generic and not any(t in _ROLE_STEMS for a in c.alternatives for t in a)
    ]
    return not post or any(c.matches(said) for c in post)


def _asks_for_a_role(evidence: Evidence) -> bool:
    own = evidence.concepts[: evidence.scorer.own or len(evidence.concepts)]
    return any(t in _ROLE_STEMS for c in own for a in c.alternatives for t in a)


def _clause_after(text: str, end: int, limit: int = 80) -> str:
    """The words after a name up to the next clause break (at most ``limit`` characters)."""
    rest = text[end : end + limit]
    rest = re.sub(r"^(,\s*[A-Z][A-Za-z.]*\.[A-Za-z.]*)+", "", rest)  # degrees: ", S.Sos, M.Si"
    return re.split(r"[.;]|,\s(?!(?:S|M|A)\.)", rest.lstrip(" ,"), maxsplit=1)[0]


def _role_near(text: str, start: int, end: int) -> str:
    """The role phrase just before a name ("Kepala Lapas Pati, Febie ...") or after it."""
    before = text[max(0, start - 90) : start]
    # "(Ka.Lapas)" restates the role just before it: skip parenthesised abbreviations.
    roles = [m for m in _ROLE.finditer(before) if not before[: m.start()].endswith("(")]
    if roles:
        phrase = before[roles[-1].start() :].strip(" ,")
        if phrase:
            return phrase
    after = text[end : end + 90]
    selaku = re.match(r"\s*,?\s*(?:selaku|sebagai)\s+([^,.;]+)", after)
    if selaku:
        return selaku.group(1).strip()
    role_after = re.match(r"\s*,\s*((?:Kepala|Kalapas|Karutan|Pembina)[^,.;]+)", after)
    return role_after.group(1).strip() if role_after else ""


def compose_people(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Every person the best article names, with their roles, one line each."""
    places = evidence.index.place_words
    seen: dict[str, str] = {}
    lines = []
    for sentence in evidence.focus_sentences(relative=0.9):
        for start, end in person_names(sentence.text, places):
            name = sentence.text[start:end]
            if name in seen or any(name in other or other in name for other in seen):
                continue
            role = _role_near(sentence.text, start, end) or _clause_after(sentence.text, end)
            seen[name] = role
            n = book.cite(sentence.chunk)
            lines.append(f"- **{name}**" + (f" ({role.strip(' ,')})" if role.strip() else "") + f" [{n}]")
    return lines or None


_PURPOSE = re.compile(
    r"\b(dalam rangka|sebagai langkah untuk|bertujuan|tujuannya|guna|demi|agar|supaya|"
    r"karena|mengingat|sebagai bentuk|merupakan bentuk)\b",
    re.IGNORECASE,
)


def compose_why(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The purpose or reason clause ("Dalam rangka ...", "agar ...") of the best sentence
    that states one."""
    focus = evidence.focus_sentences()
    for sentence in focus[:12]:
        match = _PURPOSE.search(sentence.text)
        if match is None:
            continue
        if sentence.coverage < 0.8 * focus[0].coverage:
            return None  # the best sentence gives no reason; quote it as a "what" answer
        n = book.cite(sentence.chunk)
        # The reason is what follows the purpose word ("Dalam rangka ...", "agar ..."); the
        # question's own words are elsewhere in the sentence, so quote from the word on.
        quoted = sentence.text[match.start() :]
        if match.start() > 0:
            quoted = "… " + quoted
        return [f"{_quote(quoted, limit=500)} [{n}]"]
    return None


def compose_where(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The venue ("di Lapangan Upacara Lapas Kelas IIA Purwokerto"), or the region
    ("Kabupaten Alor Provinsi Nusa Tenggara Timur") when the question asks for one."""
    pattern = REGION if _ASKS_REGION.search(evidence.frame.question) else PLACE
    for sentence in evidence.focus_sentences()[:12]:
        match = pattern.search(sentence.text)
        if match:
            n = book.cite(sentence.chunk)
            context = _excerpt(sentence.text, *match.span(1))
            return [f"**{match.group(1).strip()}** [{n}]", "", f"> {_quote(context)} [{n}]"]
    return None


_ASKS_REGION = re.compile(
    r"\b(province|city|regency|district|region|provinsi|kabupaten|kota|daerah|wilayah)\b",
    re.IGNORECASE,
)


def compose_list(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """One line per matching article: its UPT(s), event date and citation."""
    best = evidence.best_chunk_per_doc()
    if not best:
        return None
    top = max(cov for _, cov in best.values())
    own = evidence.concepts[: evidence.scorer.own or len(evidence.concepts)]
    # "Kegiatan apa saja pada bulan Desember?" names only a period: every article in it.
    everything = not any(not c.generic for c in own)
    chosen = [
        (doc_id, hit) for doc_id, (hit, cov) in best.items()
        if everything or cov >= max(MIN_COVERAGE, LIST_RELATIVE * top)
    ]
    language = evidence.frame.language
    lines = []
    for doc_id, hit in sorted(chosen, key=lambda p: _sort_day(evidence, p[0])):
        n = book.cite(_cite_chunk(evidence, doc_id, hit.chunk))
        event = _relevant_event(evidence, doc_id)
        when = f" — {_long_date(event[0], language)}" if event else ""
        headline = _headline(evidence.index.articles[doc_id].title)
        lines.append(f"- **{_event_label(evidence, doc_id)}**{when}: {headline} [{n}]")
    intro = _t(
        language,
        f"{len(lines)} artikel cocok dengan pertanyaan ini:",
        f"{len(lines)} article(s) match this question:",
    )
    return [intro, *lines]


def _headline(title: str, limit: int = 110) -> str:
    """A headline in sentence case (scraped ones are often ALL CAPS), cut at a word."""
    if title.isupper():
        title = title.capitalize()
    if len(title) > limit:
        title = title[:limit].rsplit(" ", 1)[0] + "…"
    return f"_{title}_"


def _sort_day(evidence: Evidence, doc_id: str) -> date:
    day = evidence.index.articles[doc_id].main_event_date
    return day or date.max


def _cite_chunk(evidence: Evidence, doc_id: str, fallback: Chunk) -> Chunk:
    """The article's passage holding its best-scoring sentence."""
    for sentence in evidence.sentences:
        if sentence.doc_id == doc_id:
            return sentence.chunk
    return fallback


def compose_what(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The best sentences, with where they come from; syndicated copies are named once."""
    language = evidence.frame.language
    lines: list[str] = []
    used: list[frozenset[str]] = []
    for sentence in evidence.sentences:
        if len(lines) >= 2 or sentence.coverage < 0.6 * evidence.sentences[0].coverage:
            break
        terms = _terms(sentence.text)
        if any(_jaccard(terms, other) > 0.6 for other in used):
            continue
        copies = _copies(evidence, sentence, terms)
        n = book.cite(sentence.chunk, also_in=tuple(c.doc_id for c in copies))
        article = evidence.index.articles[sentence.doc_id]
        day = sentence.chunk.event_date or article.published
        where = ", ".join(x for x in (_outlet(evidence, sentence.doc_id), day and format_date(day, language)) if x)
        lead = _t(language, f"Menurut {where}:", f"According to {where}:")
        quoted = _best_window(evidence, sentence.text)
        following = _continuation(evidence.index, sentence)
        if following:
            quoted = f"{quoted} {following}"
        line = f"{lead} {_quote(quoted, limit=700)} [{n}]"
        for copy in copies:
            m = book.cite(copy.chunk)
            line += _t(
                language,
                f" Kalimat yang sama juga dimuat artikel tentang {_event_label(evidence, copy.doc_id)} [{m}].",
                f" The same passage also appears in the article on {_event_label(evidence, copy.doc_id)} [{m}].",
            )
        lines.append(line)
        used.append(terms)
    return lines or None


_CONTINUES = re.compile(
    r"^(Diantaranya|Di antaranya|Antara lain|Yaitu|Yakni|Pertama|Adapun|Among them|These)\b"
)


def _continuation(index: SearchIndex, sentence: Sentence) -> str:
    """The next sentence when it continues this one ("... 10 hal ... . Diantaranya ...")."""
    article = index.articles[sentence.doc_id]
    spans = split_sentences(article.text)
    for (start, _), (next_start, next_end) in pairwise(spans):
        if start == sentence.start and _CONTINUES.match(article.text[next_start:next_end]):
            return article.text[next_start:next_end]
    return ""


def _best_window(evidence: Evidence, text: str, limit: int = 450) -> str:
    """A long sentence cut around its clause that best matches the question."""
    if len(text) <= limit:
        return text
    clauses = [m for m in re.finditer(r"[^,;]+[,;]?", text) if m.group().strip()]
    best = max(clauses, key=lambda m: evidence.coverage(_terms(m.group()), own_only=True))
    return _excerpt(text, best.start(), best.end(), limit)


def _copies(evidence: Evidence, sentence: Sentence, terms: frozenset[str]) -> list[Sentence]:
    """Near-identical sentences in other articles (syndicated text, a repeated directive)."""
    copies, docs = [], {sentence.doc_id}
    for other in evidence.sentences:
        if other.doc_id not in docs and _jaccard(terms, _terms(other.text)) > 0.6:
            copies.append(other)
            docs.add(other.doc_id)
    return copies


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _answer_docs(evidence: Evidence) -> list[str]:
    """The article(s) the answer is about: the best one, or all tied near the top."""
    best = evidence.best_chunk_per_doc()
    if not best:
        return []
    ranked = [s.doc_id for s in evidence.sentences if s.doc_id in best]
    top_doc = ranked[0] if ranked else max(best, key=lambda d: best[d][1])
    top = best[top_doc][1]
    tied = [d for d, (_, cov) in best.items() if d != top_doc and cov >= top - 1e-9]
    return [top_doc, *tied]


def _article_in_question(evidence: Evidence) -> str | None:
    """The article a question about "the article" means: the best-covered one."""
    docs = _answer_docs(evidence)
    return docs[0] if docs else None


def _meta_line(evidence: Evidence, book: CitationBook, doc_id: str, value: str) -> list[str]:
    article = evidence.index.articles[doc_id]
    n = book.cite(evidence.index.chunks_of(doc_id)[0])
    return [f"**{value}** [{n}]", "", f"{_headline(article.title)} [{n}]"]


def compose_author(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Who wrote the article, from its byline."""
    doc_id = _article_in_question(evidence)
    article = evidence.index.articles[doc_id] if doc_id else None
    if article is None or not article.author:
        return None
    outlet = f", {article.source}" if article.source else ""
    return _meta_line(evidence, book, doc_id, f"{article.author}{outlet}")


def compose_outlet(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Which outlet published the article."""
    doc_id = _article_in_question(evidence)
    article = evidence.index.articles[doc_id] if doc_id else None
    if article is None or not article.source:
        return None
    return _meta_line(evidence, book, doc_id, article.source)


def compose_published(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """When the article was published (not when its event happened)."""
    doc_id = _article_in_question(evidence)
    article = evidence.index.articles[doc_id] if doc_id else None
    if article is None or article.published is None:
        return None
    return _meta_line(evidence, book, doc_id, _long_date(article.published, evidence.frame.language))


def compose_summary(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The headline and the lead sentences of the article asked about."""
    doc_id = _article_in_question(evidence)
    if doc_id is None:
        return None
    article = evidence.index.articles[doc_id]
    language = evidence.frame.language
    day = article.main_event_date or article.published
    meta = ", ".join(x for x in (article.source, day and format_date(day, language)) if x)
    lines = [f"**{_headline(article.title).strip('_')}**" + (f" ({meta})" if meta else "")]
    lead = split_sentences(article.text)
    if lead and article.text.startswith(article.title.rstrip("…")):
        lead = lead[1:]  # the headline was made from the first sentence: do not repeat it
    for start, end in lead[:3]:
        chunk = book.chunk_containing(doc_id, start)
        if chunk is not None:
            lines.append(f"- {_quote(article.text[start:end], 260)} [{book.cite(chunk)}]")
    return lines


def compose_yesno(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Says "yes" when a passage holds every concept of the question, then the evidence."""
    lines = compose_what(evidence, book)
    if not lines:
        return None
    best = evidence.best_chunk_per_doc()
    strong = max((cov for _, cov in best.values()), default=0.0) >= 0.9
    language = evidence.frame.language
    if strong:
        lines[0] = _t(language, "Ya. ", "Yes. ") + lines[0]
    else:
        lines.insert(0, _t(
            language,
            "Artikel tidak menyebut hal itu secara persis; yang paling dekat:",
            "The articles do not state exactly that; the closest they come:",
        ))
    return lines


COMPOSERS: dict[str, Callable[[Evidence, CitationBook], list[str] | None]] = {
    "how_many": compose_how_many,
    "when": compose_when,
    "who": compose_who,
    "where": compose_where,
    "list": compose_list,
    "what": compose_what,
    "author": compose_author,
    "outlet": compose_outlet,
    "published": compose_published,
    "summary": compose_summary,
    "yesno": compose_yesno,
    "people": compose_people,
    "why": compose_why,
}

#: Question types whose answer is one fact: when no passage states it, abstain rather than
#: quote something near it.
_FACT_KINDS = frozenset({"how_many", "when", "author", "outlet", "published"})


# ------------------------------------------------------------------ entry point


def abstention_text(reason: str, frame: QuestionFrame) -> str:
    """The honest "not in the articles" message, in the question's language."""
    language = frame.language
    if reason == "period" and frame.date_query is not None:
        period = frame.date_query.text
        return _t(
            language,
            f"Tidak ada artikel yang memuat kegiatan pada periode “{period}”.",
            f"None of the articles reports an event in the period “{period}”.",
        )
    return _t(
        language,
        "Artikel yang tersedia tidak memuat jawaban atas pertanyaan ini.",
        "The articles do not contain the answer to this question.",
    )


def compose_answer(
    frame: QuestionFrame,
    hits: list[Hit],
    index: SearchIndex,
    top_k: int,
    scorer: ConceptScorer | None = None,
) -> tuple[str, bool, tuple[Citation, ...]]:
    """Compose the answer text, whether it abstains, and its citations.

    Args:
        frame: the understood question.
        hits: fused retrieval results, best first (already date- and user-filtered).
        index: the generation the hits come from.
        top_k: the most passages to cite (list answers cite one per listed article).
        scorer: the question's concept scorer, if the caller already made one.
    """
    if not hits and frame.date_query is not None:
        return abstention_text("period", frame), True, ()
    evidence = gather_evidence(frame, hits, index, scorer)
    reason = abstain_reason(evidence)
    book = CitationBook(index, hits)
    if reason is not None:
        return _abstain(reason, frame, evidence, book)
    composer = COMPOSERS.get(frame.kind, compose_what)
    try:
        lines = composer(evidence, book)
    except NotStated:
        return _abstain("weak", frame, evidence, book)
    if lines is None and frame.kind in _FACT_KINDS:
        # A count or a date is asked and no passage states one: do not answer around it.
        return _abstain("weak", frame, evidence, book)
    lines = lines or compose_what(evidence, book)
    if not lines:
        return _abstain("weak", frame, evidence, book)
    limit = max(top_k, len(book.citations)) if frame.kind == "list" else top_k
    return "\n".join(lines), False, tuple(book.citations[:limit])


def _abstain(
    reason: str, frame: QuestionFrame, evidence: Evidence, book: CitationBook
) -> tuple[str, bool, tuple[Citation, ...]]:
    """Abstain, offering the nearest passages for the reader to judge."""
    text = abstention_text(reason, frame)
    nearest = [book.cite(h.chunk) for h in evidence.hits[:2]]
    if nearest:
        refs = ", ".join(f"[{n}]" for n in nearest)
        text += _t(frame.language, f" Bagian terdekat: {refs}.", f" Nearest passages: {refs}.")
    return text, True, tuple(book.citations)
