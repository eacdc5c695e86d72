"""Evidence: the one place where passages and sentences are judged against a question.

Computed once per question, after retrieval: each sentence of each retrieved passage (as
analysed at build time, ``rag.analysis``) is scored by the share of the question's
concepts it holds; passages are reranked from the same figures; the composers read the
ranked sentences and their typed spans. Nothing else scores a passage.

A question becomes *concepts* (``rag.concepts``): groups of interchangeable Indonesian
terms, each weighted by IDF. Coverage is the weighted share of concepts a token set holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from rag.analysis import Sentence
from rag.concepts import Concept, question_concepts, strip_phrase
from rag.events import question_event_kinds
from rag.glossary import analyze_document, english_terms
from rag.indonesian import analyze, root_words
from rag.page import CAPTION_LABEL
from rag.query import COUNT_BOUND, QuestionFrame
from rag.records import Chunk, EventDate, Hit
from rag.regions import province_of, regency_names, town_of_alias, towns_of_locality
from rag.respelling import joined, spelling_variant, split_word
from rag.retrieval import SearchIndex
from rag.upt import asked_upts, upt_matches, upt_place

#: Share of the reranked score that comes from concept coverage; the rest is the fused
#: retrieval score (normalised), which breaks ties and carries the dense signal.
COVERAGE_SHARE = 0.7
#: Weight of the previous question's concepts in a follow-up, relative to its own: they
#: say which article, the follow-up's own words say which fact.
CONTEXT_SHARE = 0.3
#: Added to a passage that holds a span of the asked type (a name for "who", a date for
#: "when", a count for "how many", a venue for "where").
TYPE_BONUS = 0.15
#: Added to a sentence that states a date in the period the question asks about
#: ("What happened on 4 December?" → the sentence that says "Senin (04/12)").
DATE_BONUS = 0.2
_YEAR = re.compile(r"(19|20)\d\d")
#: "menurut data", "berdasarkan data", "according to the data": where a figure comes from,
#: not what the question asks about.
_PROVENANCE = re.compile(
    r"\b(?:menurut|berdasarkan|sesuai|according to|based on|as of)\s+(?:the\s+)?data\b",
    re.IGNORECASE,
)
#: What the question sets aside ("on the supplementary list rather than the main register",
#: "di luar kategori PP 99"): not what the answer is about, so not a concept to match.
_EXCLUDED = re.compile(
    r"(?:\b(?:rather than|instead of|other than|besides|apart from|aside from|except(?: for)?|"
    r"excluding|not counting|selain|di luar|kecuali)\b"
    # "di DPT (bukan DPTb)", "(the prison, not the remand centre)".
    r"|\((?:[^()]*,\s*)?(?:bukan|not|tidak termasuk)\b)(?P<what>[^,.;:?()]*)",
    re.IGNORECASE,
)


def without_set_aside(question: str) -> str:
    """The question without what it sets aside: its posts and words are not asked."""
    return _EXCLUDED.sub(" ", question)


def set_aside_text(question: str) -> str:
    """What the question sets aside ("besides the detention centre's head", "(bukan DPTb)"),
    as text; "" when it sets nothing aside."""
    return " ".join(m.group("what") for m in _EXCLUDED.finditer(question))


#: A relative clause opened after a comma, up to a date: ", yang dikirim ke rutan pada".
_ASIDE_OPENS = re.compile(r",\s*yang\s+[^,.;]*$", re.IGNORECASE)
#: Taken off the score of a sentence about what the question sets aside.
SET_ASIDE_PENALTY = 0.15
#: What a photo caption loses against story sentences (see ``_score_sentences``).
CAPTION_PENALTY = 0.1
#: The share of the question's names an article needs for the question to be about it.
NAMES_FOUND_SHARE = 0.5
#: Sentences kept as evidence per question.
MAX_SENTENCES = 60


#: Question types whose answer is a thing the question names ("apa saja syaratnya").
_THING_KINDS = frozenset({"what", "items"})
#: How much more the named thing weighs than the question's other concepts.
ASKED_THING_WEIGHT = 2.0
_ASKED_THING = re.compile(
    r"\b(?P<id>[a-z-]{3,}?)(?:nya)?\s+apa(?:\s+saja)?\b"
    r"|\bapa\s+(?:saja\s+)?(?P<id2>[a-z-]{3,}?)(?:nya)?\b"
    # "What was the main topic ...": the copula and article before the thing.
    r"|\b(?:what|which)\s+(?:(?:is|was|are|were)\s+the\s+)?(?:kinds?\s+of\s+|sorts?\s+of\s+|types?\s+of\s+)?"
    r"(?P<en>[a-z-]{3,})\b",
    re.IGNORECASE,
)
#: "What is the directorate weighing as its next legal step?": the noun ending "as its ...",
#: not the word after "what".
_ASKED_AS = re.compile(r"\bwhat\b[^?]*?\bas\s+(?:its|their|his|her|the|a|an)\s+(?:[a-z-]+\s+){0,2}?"
                       r"(?P<thing>[a-z-]{3,})(?=\s*\?|\s+(?:after|on|for|in|over|about|against|regarding|following)\b)",
                       re.IGNORECASE)
_NOT_THINGS = frozenset(
    ["yang", "itu", "ini", "saja", "did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "should", "the", "happened", "kind", "sort", "type",
     # "Apa isi butir keempat?": the content, name or form of something else, which decides.
     "isi", "bunyi", "nama", "jenis", "bentuk", "arti", "maksud", "inti", "content", "contents", "name"]
)


def asked_thing(question: str) -> str | None:
    """The noun a what-question asks for: "syarat" in "Terus syaratnya apa saja ...?",
    "materials" in "What materials ...?"; None when it names none ("Apa yang terjadi?")."""
    as_thing = _ASKED_AS.search(question)
    if as_thing is not None:
        return as_thing.group("thing").lower()
    for match in _ASKED_THING.finditer(question):
        word = (match.group("id") or match.group("id2") or match.group("en") or "").lower()
        if word and word not in _NOT_THINGS and word not in {"apa", "what", "which", "terus", "lalu"}:
            return word
    return None


#: "What did <someone> <do> ...?": the words after the auxiliary.
_WHAT_DID = re.compile(r"\bwhat\s+(?:did|does|do|will|would|has|have|had)\s+(?P<rest>[^?]+)", re.IGNORECASE)


def asked_act(question: str) -> str | None:
    """The verb of "What did all staff of the prison sign ...?": what was signed is asked,
    so a sentence that does not say "menandatangani" does not answer. Read as the first
    word after the auxiliary that the glossary gives as an Indonesian verb."""
    match = _WHAT_DID.search(question)
    if match is None:
        return None
    for word in re.findall(r"[a-z]+", match.group("rest").lower()):
        if any(_INDONESIAN_VERB.match(term) for term in english_terms(word)):
            return word
    return None


#: An Indonesian verb form: active or passive prefix.
_INDONESIAN_VERB = re.compile(r"(?:me|di|ber)[a-z]{3,}")


#: Adverbs that go with a verb in one phrase of a question: "ditangkap kembali".
_AGAIN = frozenset({"kembali", "lagi", "ulang", "again"})


def is_verb(label: str) -> bool:
    """Whether a question word is a verb ("disembunyikan", "menyiapkan", "hidden",
    "helped"): an Indonesian verb by its prefix, an English one by what the glossary gives
    for it. Where and who answers look for what follows or leads the asked act."""
    word = label.lower()
    # "ditangkap kembali", "kabur lagi": a verb with the adverb that says it happened again.
    first, _, rest = word.partition(" ")
    if rest in _AGAIN:
        word = first
    # "bekerja", "beternak": "ber-" loses its "r" before a syllable in "-er".
    if re.fullmatch(r"(?:di|me|mem|men|meng|meny|ber|ter)[a-z]{3,}|be[b-df-hj-np-tv-z]er[a-z]{2,}|belajar", word):
        return True
    roots = root_words()
    if word.endswith("kan") and word[:-3] in roots and word[:-2] not in roots:
        # "udah jalanin" read as "jalankan": a root with "-kan" and no prefix ("tindakan",
        # "gerakan" are a root with "-an").
        return True
    return any(re.fullmatch(r"(?:di|me|ber|ter)[a-z]{3,}", term) for term in english_terms(word))


#: Where a sentence's clauses part: a semicolon, or a comma before "sementara", "sedangkan",
#: "whereas", "while" (the contrast that puts two facts of one kind side by side).
_CONTRAST_BREAK = re.compile(r";|,\s*(?=(?:sementara|sedangkan|adapun|whereas|while)\b)", re.IGNORECASE)


def words_naming(text: str, concepts: list[Concept]) -> Iterator[re.Match[str]]:
    """The words of ``text`` that one of ``concepts`` matches on its own ("mengadu",
    "disembunyikan"): where the question's act stands in a sentence, for the readers that
    take what follows it (a place, the content of what was said)."""
    for word in re.finditer(r"\w+", text):
        terms = frozenset(analyze(word.group()))
        if terms and any(c.matches(terms) for c in concepts):
            yield word


def _names_thing(label: str, thing: str) -> bool:
    """Whether a concept's label is the asked thing ("syaratnya" is "syarat")."""
    return label == thing or label.startswith(thing) and len(label) - len(thing) <= 3


#: Doing something alone, as a yes/no question presumes it.
_ALONE = re.compile(
    r"\b(?:sendiri(?:an)?|tanpa\s+(?:\w+\s+){0,3}?(?:lain|siapa pun|bantuan|mitra)\w*|alone|"
    r"by (?:itself|themselves)|on (?:its|their) own|without (?:\w+\s+){0,3}?(?:others?|help|partners?|anyone))\b",
    re.IGNORECASE,
)


class QuestionConcepts:
    """The question's concepts with their weights; scores token sets against them."""

    def __init__(self, frame: QuestionFrame, index: SearchIndex) -> None:
        self.index = index
        self._article_context: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        period = frame.date_query.text if frame.date_query else None
        question = _PROVENANCE.sub(" ", strip_phrase(frame.question, period))
        set_aside = set_aside_text(question)
        question = without_set_aside(question)
        #: What the question sets aside ("besides corrections officers"): sentences about it
        #: are what the asker already knows.
        self.set_aside: list[Concept] = [
            c for c in question_concepts(set_aside, frame.language)
            if not c.generic
        ]
        # "more than 500 inmates": the bound is tested against the counts, not looked for.
        question = COUNT_BOUND.sub(" ", question)
        if frame.kind == "yesno":
            # "... sendirian tanpa menggandeng instansi lain?": the presumed solitude is what
            # the answer tests (``yesno``), not words a report must repeat.
            question = _ALONE.sub(" ", question)
        # A restriction, applied by the retriever; the longest first, so "Papua Barat Daya"
        # leaves no "Daya" behind once "Papua Barat" is gone.
        for phrase in sorted(frame.region_phrases, key=len, reverse=True):
            question = strip_phrase(question, phrase)
        for phrase in frame.locating_phrases:  # "Banjarbaru, Kalsel": not a name to hold
            question = question.replace(phrase, phrase.lower())
        self.question = question
        self.concepts: list[Concept] = [
            self.respelled(c) for c in question_concepts(question, frame.language)
        ]
        self.weights = [self.weight(c) for c in self.concepts]
        if frame.kind in _THING_KINDS:
            # "Syaratnya apa saja?", "What materials ...?": the thing asked for is what the
            # answer must be about; the rest of the question sets the scene.
            asked = asked_thing(frame.question) or asked_act(frame.question)
            self.weights = [
                w * ASKED_THING_WEIGHT if asked and _names_thing(c.label.lower(), asked) else w
                for c, w in zip(self.concepts, self.weights)
            ]
        self.own = len(self.concepts)
        # A follow-up's own words decide; the previous question only adds what it omits.
        for concept in question_concepts(strip_phrase(frame.context, period), frame.language):
            if not any(set(concept.alternatives) & set(c.alternatives) for c in self.concepts):
                self.concepts.append(concept)
                self.weights.append(self.weight(concept) * CONTEXT_SHARE)
        # A follow-up that names its own subject ("and Lapas Pati?") drops the previous
        # question's names; one that names nothing keeps them ("when was it held?").
        own_names = [c for c in self.concepts[: self.own] if self._names_article(c)]
        context_names = [c for c in self.concepts[self.own :] if self._names_article(c)]
        # A programme's acronym ("the prison's SAE farm") is no subject of its own: the
        # previous question's place still says which report ("Balikpapan").
        acronyms_only = bool(own_names) and all(
            re.search(rf"\b{re.escape(c.label.upper())}\b", frame.question) for c in own_names)
        self.names = own_names + context_names if acronyms_only else own_names or context_names

    def respelled(self, concept: Concept) -> Concept:
        """A name no article holds as asked, with the spelling the articles use when they
        write it run together or apart ("Bagansiapiapi" / "Bagan Siapi-Api") or spell it
        otherwise ("Buddha" / "Budha"; ``rag.respelling``), or call it by its nickname
        ("Solo" / "Surakarta"), as its first form."""
        if not concept.salient or self.present(concept):
            return concept
        df = self.index.document_frequency
        words = concept.label.lower().split()
        pieces = [split_word(w, df) or ((variant,) if (variant := spelling_variant(w, df)) else (w,)) for w in words]
        form = frozenset(p for split in pieces for p in split)
        if not all(df.get(t) for t in form):
            run_together = joined(words, df)
            form = frozenset({run_together}) if run_together else None
        if form is None and (town := town_of_alias(concept.label)) and all(df.get(t) for t in town.split()):
            # "the detention centre in Solo": no report writes the nickname; they write the
            # city the gazetteer's alias file maps it to ("Surakarta").
            form = frozenset(town.split())
        if form is None:
            return concept
        return replace(concept, alternatives=(form, *concept.alternatives))

    def _names_article(self, concept: Concept) -> bool:
        """A name or number that picks articles; a year is a time (the date filter's)."""
        return concept.salient and self.present(concept) and not _YEAR.fullmatch(concept.label)

    @property
    def own_concepts(self) -> list[Concept]:
        """The question's own concepts (not those a follow-up borrowed)."""
        return self.concepts[: self.own or len(self.concepts)]

    @property
    def topical(self) -> list[Concept]:
        """The own concepts that say what the question is about: not names or numbers (they
        pick the article), not light verbs or counters."""
        return [c for c in self.own_concepts if not c.salient and not c.generic]

    @property
    def verbs(self) -> list[Concept]:
        """The topical concepts that are verbs ("disembunyikan", "helped"): the asked act,
        whose place, doer or agent the where and who readers look for next to it."""
        return [c for c in self.topical if is_verb(c.label)]

    @cached_property
    def described(self) -> frozenset[str]:
        """Labels of the concepts in a relative clause that says which one the question is
        about, ahead of the act it asks about: "Kapan napi A [yang kabur dari Lapas Serang]
        ditangkap di Kendal?" asks when he was caught, not when he escaped."""
        text = self.question.lower()
        # "Why did no family members collect the freed Salemba inmates?": a past participle
        # between an article and its noun says which inmates, when another act is asked.
        participles = frozenset(c.label for c in self.verbs if re.fullmatch(r"[a-z]+(?:ed|en)", c.label.lower())
                                and re.search(rf"\b(?:the|those|these|its|their|newly|recently)\s+"
                                              rf"{re.escape(c.label.lower())}\s+[a-z]", text))
        # "When did BNNP arrest Yosua, the man the inmate had sent to collect the meth?": the
        # acts of an appositive after the asked act say who he is.
        appositive = _APPOSITIVE.search(text)
        if appositive is not None:
            positions = {c.label: _position(text, c.label) for c in self.verbs}
            if any(at is not None and at < appositive.start() for at in positions.values()):
                participles |= frozenset(label for label, at in positions.items()
                                         if at is not None and at > appositive.end())
        if not any(c.label not in participles for c in self.verbs):
            participles = frozenset()
        opener = _RELATIVE.search(text)
        if opener is None:
            return participles
        positions = {c.label: _position(text, c.label) for c in self.own_concepts}
        acts = [positions[c.label] for c in self.verbs if positions[c.label] is not None]
        asked = max(acts, default=None)
        if asked is None or asked <= opener.end() + 1:
            return participles  # "berapa napi yang bebas": the clause is what is asked
        return participles | frozenset(label for label, at in positions.items()
                                       if at is not None and opener.end() <= at < asked)

    def weight(self, concept: Concept) -> float:
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

    def coverage(self, tokens: set[str] | frozenset[str], own_only: bool = False,
                 skip: frozenset[str] = frozenset()) -> float:
        """Weighted share of the question's concepts present in ``tokens``.

        Args:
            tokens: analysed tokens of a passage or sentence.
            own_only: count only the question's own concepts, not those a follow-up
                borrowed from the previous question (which pick the article, not the fact).
            skip: labels of concepts left out (``described``), unless that leaves none.
        """
        n = self.own if own_only and self.own else len(self.concepts)
        pairs = list(zip(self.concepts[:n], self.weights[:n]))
        pairs = [(c, w) for c, w in pairs if c.label not in skip] or pairs
        total = sum(w for _, w in pairs)
        if not total:
            return 0.0
        return sum(w for c, w in pairs if c.matches(tokens)) / total

    def article_names(self, doc_id: str) -> frozenset[str]:
        """Tokens of the question's names that identify an article (headline, UPT, place,
        opening sentences).

        Such names choose the article; the passage is then judged on the rest of the
        question ("Bangka Belitung" is in the article's opening, the count three paragraphs
        later). A name that is the topic itself ("Satops Patnal") is not among them and
        still has to be in the passage.
        """
        terms = self.index.sentences.identity(doc_id) | self.index.province_terms(doc_id)
        found = [a for c in self.names for a in c.alternatives if a <= terms]
        return frozenset().union(*found) if found else frozenset()

    def article_context(self, doc_id: str) -> tuple[frozenset[str], frozenset[str]]:
        """``article_names`` and ``borrowed_in_article`` of an article, read once per
        question: every passage of the article is judged with them."""
        if doc_id not in self._article_context:
            self._article_context[doc_id] = (self.article_names(doc_id), self.borrowed_in_article(doc_id))
        return self._article_context[doc_id]

    def passage_terms(self, chunk: Chunk) -> frozenset[str]:
        """What a passage's coverage is judged on: its analysed tokens, with the question's
        names its article is identified by and the borrowed words the article holds."""
        names, borrowed = self.article_context(chunk.doc_id)
        return frozenset(self.index.data.tokens[self.index.chunks.position_of(chunk.chunk_id)]) | names | borrowed

    def borrowed_in_article(self, doc_id: str) -> frozenset[str]:
        """Tokens of the concepts a follow-up borrowed from the previous question that the
        article holds anywhere: they pick the article, and the passage is judged on the
        follow-up's own words ("And how long did they spend preparing for it?" is answered
        by "Persiapannya kira-kira satu minggu", which does not repeat the tradition)."""
        borrowed = self.concepts[self.own :]
        if not borrowed:
            return frozenset()
        terms = self.index.article_terms(doc_id)
        if not all(c.alternatives[0] <= terms for c in borrowed if c.salient):
            # Another unit's report: the borrowed names, as written in full ("Pancur Batu",
            # not "Batu" alone), do not pick it.
            return frozenset()
        found = [a for c in borrowed for a in c.alternatives if a <= terms]
        return frozenset().union(*found) if found else frozenset()

    def names_match(self, doc_id: str) -> bool:
        """Whether an article mentions every name/number of the question the corpus knows.

        "Rutan Blora" in a question rules out articles that never say "Blora", however
        much else they share with it.
        """
        tokens = self.index.article_terms(doc_id)
        return all(c.matches(tokens) or self.placed_by_unit(doc_id, c) for c in self.names)

    def placed_by_unit(self, doc_id: str, concept: Concept) -> bool:
        """Whether a town or regency the question names is where the article's unit lies,
        though the article never names it: "the detention centre in Tanjung Redeb, Berau"
        is Rutan Tanjung Redeb, in Kabupaten Berau, in a report that says only "Tanjung
        Redeb"."""
        label = concept.label.lower()
        # Only a town the gazetteer places in one regency, and that is no regency's name
        # itself ("Kuningan" is a regency, and villages of that name lie in Semarang too).
        # (A prison known by its street or old name, "Lapas Banceuy", lies where the alias
        # table puts it: Bandung.)
        return any((towns_of_locality(place) == {label} or town_of_alias(place) == label)
                   and place.lower() not in regency_names()
                   for unit in self.index.articles[doc_id].upts if (place := upt_place(unit)))

    def name_share(self, doc_id: str) -> float:
        """The weighted share of the question's names an article mentions (1.0 when the
        question names nothing): "Karutan Pemalang ... HUT ke-80 RI" is mostly "Pemalang"
        and "HUT", even where "ke-80" is written otherwise."""
        if not self.names:
            return 1.0
        tokens = self.index.article_terms(doc_id)
        total = sum(self._name_weights.values())
        return sum(w for c, w in self._name_weights.items()
                   if c.matches(tokens) or self.placed_by_unit(doc_id, c)) / total

    @cached_property
    def _name_weights(self) -> dict[Concept, float]:
        """Each name's weight for ``name_share``: its IDF, three times over for a place
        ("Pemalang"), which says which article more surely than a rare word ("ke-80")."""
        weights = {c.label: w for c, w in zip(self.concepts, self.weights)}
        return {
            c: weights.get(c.label, 1.0) * (3.0 if province_of(c.label) else 1.0)
            for c in self.names
        }


@dataclass(frozen=True)
class ScoredSentence:
    """A sentence of a retrieved passage, scored against the question.

    Attributes:
        sentence: the stored analysis (tokens and typed spans).
        chunk: the passage it was retrieved in (the one a citation points at).
        coverage: share of the question's own concepts the sentence holds (with the
            article's identifying names, except for "who" questions).
        score: coverage blended with its article context and its passage's rank.
    """

    sentence: Sentence
    chunk: Chunk
    coverage: float
    score: float

    @property
    def doc_id(self) -> str:
        return self.sentence.doc_id

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def text(self) -> str:
        return self.sentence.text


@dataclass
class Evidence:
    """What the composers read: the question, its concepts, the reranked passages and the
    scored sentences, best first."""

    frame: QuestionFrame
    index: SearchIndex
    concepts: QuestionConcepts
    hits: list[Hit]
    sentences: list[ScoredSentence] = field(default_factory=list)
    chunk_coverage: dict[str, float] = field(default_factory=dict)
    asked_events: frozenset[str] = frozenset()
    _best_name_share: float | None = None

    @property
    def language(self) -> str:
        return self.frame.language

    def coverage(self, tokens: set[str] | frozenset[str], own_only: bool = False) -> float:
        """Weighted share of the question's concepts present in ``tokens``."""
        return self.concepts.coverage(tokens, own_only)

    def coverage_with(self, scored: ScoredSentence, previous: Sentence) -> float:
        """A sentence's coverage read together with the sentence before it, which its subject
        refers to ("Sisanya ...", "Namun ia ..."); never less than its own. The article's
        names count as they do for every sentence (``gather_evidence``)."""
        names = self.concepts.article_names(scored.doc_id) if self.frame.kind != "who" else frozenset()
        together = scored.sentence.terms | previous.terms | names
        return max(scored.coverage, self.concepts.coverage(together, own_only=True))

    def names_found(self) -> bool:
        """Whether the passages include an article with (most of) the question's names; a
        question naming nothing needs only some passage."""
        if not self.hits:
            return False
        if not self.concepts.names:
            return True
        return max(self.concepts.name_share(h.chunk.doc_id) for h in self.hits) >= NAMES_FOUND_SHARE

    def names_match(self, doc_id: str) -> bool:
        """Whether an article mentions the question's names as well as any retrieved
        article does (every name, when one mentions them all)."""
        if self._best_name_share is None:
            shares = [self.concepts.name_share(h.chunk.doc_id) for h in self.hits]
            self._best_name_share = max(shares, default=1.0)
        share = self.concepts.name_share(doc_id)
        return share > 0 and share >= self._best_name_share - 1e-9

    def reports_asked_event(self, doc_id: str, main_only: bool = False) -> bool:
        """Whether an article reports the kind of event the question asks about (any
        article does when the question names none).

        Args:
            main_only: count only the events the article is about, not those a sentence
                mentions in passing (lists name articles *about* a pledge).
        """
        if not self.asked_events:
            return True
        sentences = self.index.sentences
        kinds = set(sentences.events(doc_id)) if main_only else sentences.mentioned_events(doc_id)
        return bool(kinds & self.asked_events)

    def candidate_docs(self) -> list[str]:
        """Articles that may answer: those with every name of the question (all retrieved
        articles when none has them), in retrieval order."""
        docs = list(dict.fromkeys(h.chunk.doc_id for h in self.hits))
        return [d for d in docs if self.names_match(d)] or docs

    def focus_sentences(self, relative: float = 0.85) -> list[ScoredSentence]:
        """Sentences of the articles that answer best (within ``relative`` of the top)."""
        best = self.best_chunk_per_doc()
        if not best:
            return []
        top = max(cov for _, cov in best.values())
        docs = {d for d, (_, cov) in best.items() if cov >= relative * top}
        return [s for s in self.sentences if s.doc_id in docs]

    def best_chunk_per_doc(self) -> dict[str, tuple[Hit, float]]:
        """Each article's best passage and its coverage, in order of first retrieval.

        When some articles mention all the question's names, only those are considered, and
        of those the ones that report the kind of event asked about.
        """
        hits = [h for h in self.hits if self.names_match(h.chunk.doc_id)] or self.hits
        hits = [h for h in hits if self.reports_asked_event(h.chunk.doc_id)] or hits
        best: dict[str, tuple[Hit, float]] = {}
        for hit in hits:
            cov = self.chunk_coverage[hit.chunk.chunk_id]
            if hit.chunk.doc_id not in best or cov > best[hit.chunk.doc_id][1] + 1e-9:
                best[hit.chunk.doc_id] = (hit, cov)
        return best

    def _dates_an_aside(self, text: str, at: int) -> bool:
        """Whether the date at ``at`` stands in a relative clause set off by commas (", yang
        dikirim ke rutan pada ...,") that holds none of the question's acts, while the rest
        of the sentence holds one."""
        clause = _ASIDE_OPENS.search(text[:at])
        if clause is None:
            return False
        closes = text.find(",", at)
        if closes < 0:
            return False
        acts = self.concepts.verbs
        aside = frozenset(analyze_document(text[clause.start() : closes]))
        rest = frozenset(analyze_document(text[: clause.start()] + " " + text[closes:]))
        return bool(acts) and not any(a.matches(aside) for a in acts) and any(a.matches(rest) for a in acts)

    def event_of(self, doc_id: str) -> tuple[date, int] | None:
        """The date a best sentence of ``doc_id`` states (in the asked period, if any), else
        the article's first event date there; with its offset in the article text."""
        period = self.frame.date_query
        reported = None
        run_up = bool(_RUN_UP_TO_ELECTION.search(self.frame.question))
        # "Kapan surat edaran Sekjen ditetapkan?": a document's own date is what is asked.
        asks_document = bool(_DOCUMENT_ASKED.search(self.frame.question))
        ranked = [s for s in self.sentences[:10] if s.doc_id == doc_id]
        acts = [v for v in self.concepts.verbs if v.label not in self.concepts.described]
        if acts and self.concepts.described:
            # "Kapan napi ... yang kabur dari Rutan Ruteng itu ditangkap kembali?": a sentence
            # that tells the asked act ("Ia dibekuk ... pada Kamis (20/7)") before one that
            # tells only the act of the clause describing who ("melarikan diri ... (18/7)").
            ranked.sort(key=lambda s: not any(a.matches(s.sentence.terms) for a in acts))
        if _ASKS_EARLIER_ONE.search(self.frame.question):
            # "razia sebelumnya ... tanggal berapa?": "hasil razia sebelumnya pada 28 Januari
            # 2017", not the day of the raid the report is about.
            for scored in ranked:
                for event in scored.sentence.dates:
                    if ((period is None or period.matches(event.day))
                            and _EARLIER_ONE.search(scored.text[max(0, event.start - 40) : event.start])):
                        return event.day, scored.start + event.start
        for scored in ranked:
            dates = [e for e in scored.sentence.dates if period is None or period.matches(e.day)]
            if run_up:
                # "Kapan ... apel ... jelang Pilkada 2024?": "Pilkada 2024 yang digelar 27
                # November 2024" dates the election the question counts from, not the act.
                dates = [e for e in dates if not _DATES_ELECTION.search(scored.text[: e.start])]
            # "Hari Anak Nasional yang jatuh pada 23 Juli": the day an occasion falls on every
            # year, not the day the report's event took place.
            dates = [e for e in dates if not _OCCASION_DAY.search(scored.text[max(0, e.start - 40) : e.start])]
            # "Surat Direktorat Jenderal Pemasyarakatan Nomor: PAS-PK.08.05-714 tanggal 02 Mei
            # 2023": the day a letter or decree was signed dates no event of the story.
            if not asks_document:
                dates = [e for e in dates if not _dates_a_document(scored.text, e.start)]
            # "Sipaul, yang dikirim ke rutan pada 9 Desember 2019, kabur pada Sabtu ...": a date
            # in a clause about someone, of another act than the one asked, dates no escape.
            dates = [e for e in dates if not self._dates_an_aside(scored.text, e.start)]
            if not dates or self._act_told_earlier(scored.text):
                # "datang pada Kamis (2/9/2021) untuk melihat tembok yang ambruk beberapa hari
                # sebelumnya": the date is of the visit; the asked collapse came before it.
                continue
            # "kabur pada Rabu (28/12/2022), akhirnya ditangkap ... pada Kamis (2/2/2023)":
            # the date whose own clause says what the question asks about.
            # "Mudah-mudahan pada tanggal 31 Desember nanti ... selesai, kata Mashudi ...,
            # Senin (20/10/2025)": the day it was said is no rival of the day the sentence
            # gives its act, however many of the question's words the speaker's clause has.
            acted = [e for e in dates if not self._told_on(doc_id, scored.text, e)]
            event = max(acted or dates, key=lambda e: (self._date_fit(scored.sentence, e), -e.start))
            if acted:
                return event.day, scored.start + event.start
            # "Dalam rilis yang diterima Jumat (3/2/2023)": when it was told, not when it
            # happened; answered only when no sentence dates the event itself.
            reported = reported or (event.day, scored.start + event.start)
        if reported is not None:
            # The day a speaker told of it is the last resort: a sentence elsewhere in the
            # report that dates the asked kind of event ("Peristiwa pelarian terjadi pada
            # Minggu (29/12/2024)") dates the act itself.
            for sentence in self.index.sentences.of_article(doc_id):
                if not self.asked_events & sentence.events:
                    continue
                own = [e for e in sentence.dates if (period is None or period.matches(e.day))
                       and not self._told_on(doc_id, sentence.text, e)]
                if own:
                    return own[0].day, sentence.start + own[0].start
            return reported
        text = self.index.articles[doc_id].text
        for event in self.index.articles[doc_id].event_dates:
            if (period is None or period.matches(event.day)) and (asks_document or not _dates_a_document(text, event.start)):
                return event.day, event.start
        return None

    def _act_told_earlier(self, text: str) -> bool:
        """Whether the sentence names the question's act only as having happened before its
        own event: "tembok luar lapas yang ambruk beberapa hari sebelumnya"."""
        # Any word of the question's own (an English act may read as a noun, "collapse").
        words = [c for c in self.concepts.own_concepts if not c.salient]
        return any(_EARLIER.match(text, m.end()) for m in words_naming(text, words))

    def _told_on(self, doc_id: str, text: str, event: EventDate) -> bool:
        """Whether a date is when the report was told or posted, not when its act happened."""
        return bool(_REPORTED.search(text[: event.start])) or self._publication_stamp(doc_id, text, event)

    def _publication_stamp(self, doc_id: str, text: str, event: EventDate) -> bool:
        """Whether a date is the page's publication stamp ("Rabu, 5 Februari 2020 | 10:57
        WIB" in the header a scraped page keeps): when it was posted, not when it happened."""
        after = text[event.start + len(event.text) :]
        return self.index.articles[doc_id].published == event.day and bool(_STAMP.match(after))

    def _date_fit(self, sentence: Sentence, event: EventDate) -> float:
        """How much of the question a date's own words cover: those since the previous
        date of the sentence, and those after it up to the next clause break."""
        text = sentence.text
        previous = [e.start + len(e.text) for e in sentence.dates if e.start < event.start]
        before = text[max(previous, default=0) : event.start]
        after = _CLAUSE_BREAK.split(text[event.start + len(event.text) :])[0]
        return self.concepts.coverage(frozenset(analyze_document(f"{before} {after}")),
                                      skip=self.concepts.described)

    def first_in_answer_article(
        self, find: Callable[[str], re.Match[str] | None]
    ) -> tuple[str, Sentence, re.Match[str]] | None:
        """The answering article's first sentence, in the article's order, where ``find``
        (a pattern's ``search`` or ``match``) finds something, with the article and the
        match: a thing the question asks of ("hidden in what", "why the rest did not")
        may be told anywhere in the report, not only in its best-scoring sentences."""
        docs = self.answer_docs()[:1]
        if not docs:
            return None
        for sentence in self.index.sentences.of_article(docs[0]):
            found = find(sentence.text)
            if found is not None:
                return docs[0], sentence, found
        return None

    def answer_match(self, pattern: re.Pattern[str], limit: int = 12) -> tuple[ScoredSentence, re.Match[str]] | None:
        """The first match of ``pattern`` in the answering article's ``limit`` best
        sentences, with its sentence: a block, a room, a regulation the question asks for is
        written in the report's own form, and the best sentence that has one answers."""
        docs = self.answer_docs()[:1]
        found = [(scored, match) for scored in self.focus_sentences()[:limit]
                 if scored.doc_id in docs and (match := self._match_in_asked_clause(pattern, scored.text)) is not None]
        if not found:
            return None
        # "Which hospital did he die in after testing positive?": of the sentences with such a
        # phrase, the one that says most of what the question says of the act and things
        # ("meninggal dunia dengan status ... positif Covid-19 di RSUD Embung Fatimah"), not
        # the one that shares a word ("hasil rapid test-nya reaktif ... dirawat di Rumah
        # Sakit Bhayangkara"); names are shared by every sentence about the unit.
        # A figure the question states is no name: "Tahun berapa ... merehabilitasi 870 napi?"
        # is dated by the sentence with 870 ("pada 2021 ... 870 WBP"), not the headline's year.
        own = [c for c in self.concepts.own_concepts if not c.salient or c.label.replace(".", "").isdigit()]
        said = []
        for scored, match in found:
            # The phrase's own words say nothing of the act: "di ruang kerjanya" shares
            # "kerja" with "perjanjian kerja sama" by chance.
            rest = frozenset(analyze_document(f"{scored.text[: match.start()]} {scored.text[match.end() :]}"))
            said.append(sum(c.matches(rest) for c in own))
        return found[said.index(max(said))]

    def _match_in_asked_clause(self, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
        """The match of ``pattern`` in ``text`` whose clause says most of what the question
        says: "Kursus Bahasa Inggris berlangsung setiap hari Senin ..., sementara kursus
        Bahasa Jepang diadakan setiap hari Rabu" answers the Japanese course with Wednesday.
        The first match when one clause says no more than another."""
        matches = list(pattern.finditer(text))
        if len(matches) < 2:
            return matches[0] if matches else None
        bounds = [0, *(m.end() for m in _CONTRAST_BREAK.finditer(text)), len(text)]

        def said(match: re.Match[str]) -> int:
            start = max(b for b in bounds if b <= match.start())
            end = min(b for b in bounds if b >= match.end())
            terms = frozenset(analyze_document(text[start:end]))
            return sum(c.matches(terms) for c in self.concepts.own_concepts)

        scores = [said(m) for m in matches]
        return matches[scores.index(max(scores))]

    def answer_docs(self) -> list[str]:
        """The article(s) the answer is about: the best one, or all tied near the top."""
        best = self.best_chunk_per_doc()
        if not best:
            return []
        ranked = [s.doc_id for s in self.sentences if s.doc_id in best]
        top_doc = ranked[0] if ranked else max(best, key=lambda d: best[d][1])
        top = best[top_doc][1]
        tied = [d for d, (_, cov) in best.items() if d != top_doc and cov >= top - 1e-9]
        if tied and self.frame.answer_figures:
            # A follow-up on reports tied at the top: the one that states the previous
            # answer's figures ("139 orang") is the one the conversation is about.
            stating = [d for d in [top_doc, *tied] if d in self._docs_stating_figures]
            if stating:
                return stating
        return [top_doc, *tied]

    def about_asked_unit(self, docs: set[str]) -> set[str]:
        """The reports of ``docs`` whose own unit (the one they name most) is one the
        question names: "the Kendari detention centre's capacity" is not Rutan Kolaka's,
        which names Kendari in passing."""
        asked = asked_upts(self.frame.question)
        return {d for d in docs for unit in self.index.articles[d].upts[:1]
                if any(upt_matches(name, unit) for name in asked)}

    @cached_property
    def _docs_stating_figures(self) -> frozenset[str]:
        """The retrieved reports whose text states one of the previous answer's figures,
        read once: ``answer_docs`` is asked many times per question."""
        figures = [re.compile(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)") for f in self.frame.answer_figures]
        return frozenset(
            d for d in {h.chunk.doc_id for h in self.hits} if any(f.search(self.index.articles[d].text) for f in figures)
        )


#: A question about a document: "surat edaran", "SK", "the circular", "the decree".
_DOCUMENT_ASKED = re.compile(r"\b(?:surat|edaran|SE|SK|keputusan|peraturan|permen|instruksi|circular|decree|letter|"
                             r"regulation|instruction)\b", re.IGNORECASE)
#: A document's number and its date just before a date: "Nomor: PAS-PK.08.05-714 tanggal",
#: "SE Nomor 5 Tahun 2023 tertanggal".
_DOCUMENT_DATED = re.compile(r"\b(?:nomor|no\.)\s*:?\s*\S+(?:\s+tahun\s+\d{4})?\s*,?\s*(?:tanggal|tgl\.?|tertanggal)?\s*$",
                             re.IGNORECASE)


def _dates_a_document(text: str, at: int) -> bool:
    """Whether the date at ``at`` is a letter's or decree's, right after its number."""
    return _DOCUMENT_DATED.search(text[max(0, at - 80) : at]) is not None


#: Words right after an act that place it before the sentence's own time: "yang ambruk
#: beberapa hari sebelumnya", "that collapsed days earlier".
_EARLIER = re.compile(r"\s+(?:(?:beberapa|dua|tiga|empat|lima|sehari|seminggu|sebulan|\d+)\s+)?"
                      r"(?:(?:hari|pekan|minggu|bulan|tahun|days?|weeks?|months?)\s+)?"
                      r"(?:sebelumnya|sebelum itu|yang lalu|earlier|before|previously)\b", re.IGNORECASE)
#: A question that places its act in the run-up to an election ("jelang Pilkada 2024").
_RUN_UP_TO_ELECTION = re.compile(
    r"\b(?:menjelang|jelang|sebelum|ahead of|before|prior to|in the run-up to)\s+(?:the\s+)?"
    r"(?:\S+\s+)?(?:pilkada|pemilu|pemilihan|pileg|pilpres|elections?|polls|vote)\b",
    re.IGNORECASE,
)
#: The words before a date that make it the election's own ("Pilkada 2024 yang digelar").
#: Words before the day an occasion falls on: "yang jatuh pada", "diperingati setiap".
_OCCASION_DAY = re.compile(r"\b(?:jatuh|diperingati|diperingati setiap|falls?|celebrated)\s+(?:pada|setiap|tiap|on|every)?\s*"
                           r"(?:tanggal\s+)?$", re.IGNORECASE)
_DATES_ELECTION = re.compile(
    r"\b(?:pilkada|pemilu|pemilihan|pileg|pilpres|pemungutan suara|pencoblosan|election|polls)\b"
    r"[^,.;]{0,40}$",
    re.IGNORECASE,
)


#: Words that add one thing to another.
_ADDITIVE = re.compile(r"\b(?:sekaligus|serta|selain itu|juga|as well as|and also|along with)\b", re.IGNORECASE)
#: What opens a relative clause in a question ("napi yang kabur ...", "the inmate who ...").
_RELATIVE = re.compile(r"\b(?:yang|yg|who|that|which)\b")
#: An English appositive after a name: ", the man ...", ", an inmate ...".
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}?(?:man|woman|men|women|person|inmate|prisoner|convict|"
                         r"detainee|officer|guard|courier|suspect|visitor|boy|girl|one)\b")
#: An earlier event of the same kind asked for, and a report's words for it.
_ASKS_EARLIER_ONE = re.compile(r"\b(?:\w+\s+sebelumnya|the (?:previous|earlier|last|prior) (?:\w+\s+)?(?:raid|search|one|visit|"
                               r"inspection|operation))\b", re.IGNORECASE)
_EARLIER_ONE = re.compile(r"\b(?:sebelumnya|terdahulu|previous|earlier)\b", re.IGNORECASE)


def _position(text: str, label: str) -> int | None:
    """Where a concept's label stands in the (lower-case) question, or None."""
    found = re.search(r"\b" + r"\s+".join(map(re.escape, label.lower().split())) + r"\b", text)
    return found.start() if found else None


#: What follows a date in a page's publication stamp: a clock time or a separator bar.
_STAMP = re.compile(r"\s*(?:\||[,-]?\s*\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\b)")
#: Where the words after a date stop being about it.
_CLAUSE_BREAK = re.compile(r"[.;]|,(?!\d)")
#: Words just before a date saying it is when something was told, not when it happened.
_REPORTED = re.compile(
    r"\b(?:rilis|siaran pers|keterangan (?:tertulis|resmi|pers)|diterima|dikonfirmasi|"
    r"ditemui|dihubungi|diwawancarai|wawancara|kata|ujar|ucap|ungkap|tutur|menurut|"
    r"told|said|says|statement|release)\b[^,.;]{0,40}$"
    # "..., ujar Kepala Satuan Pengamanan Rutan ..., Fazar Teguh Wibowo, Sabtu (27/10/2018)":
    # the day a speaker, named with his post, said it.
    r"|\b(?:kata|ujar|ucap|ungkap|tutur|jelas|terang|tegas|papar|imbuh)(?:nya)?\s+[^.;\"“”]{0,120},\s*"
    # "kata Hensa kepada wartawan di Lapas Sorong, Rabu siang (2/4/2025)": the weekday and
    # the time of day stand between the comma and the date.
    r"(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)\s*)?(?:(?:pagi|siang|sore|malam)\s*)?$",
    re.IGNORECASE,
)


def gather_evidence(frame: QuestionFrame, hits: list[Hit], index: SearchIndex) -> Evidence:
    """Score the retrieved passages and their sentences once; rerank the passages.

    Args:
        frame: the understood question.
        hits: fused retrieval results, best first.
        index: the generation the hits come from.

    Returns:
        The evidence, with ``hits`` reranked (``score`` replaced by the blended score)
        and ``sentences`` sorted best first.
    """
    concepts = QuestionConcepts(frame, index)
    # "Besides the WBK certificate, what other distinction ...?": what the question sets
    # aside names no kind of event it asks about.
    asked = question_event_kinds(without_set_aside(frame.question), frame.language)
    if asked and frame.context:
        # "And how long was each visit allowed to last?" after a turn on family visits: a
        # word that rules a kind out ("family") may stand in the turn the question leans on.
        asked &= question_event_kinds(f"{frame.context} {frame.question}", frame.language)
    elif frame.context:
        asked = question_event_kinds(frame.context, frame.language)
    evidence = Evidence(frame, index, concepts, [], asked_events=asked)
    passage_scores = {}
    for hit in hits:
        chunk = hit.chunk
        evidence.chunk_coverage[chunk.chunk_id] = concepts.coverage(concepts.passage_terms(chunk))
        passage_scores[chunk.chunk_id] = _passage_score(evidence, chunk, concepts.article_context(chunk.doc_id)[0])
    evidence.hits = _rerank(hits, passage_scores, concepts)
    evidence.sentences = _score_sentences(evidence)
    return evidence


def _passage_score(evidence: Evidence, chunk: Chunk, names: frozenset[str]) -> float:
    """Coverage of the passage as a whole and of its best sentence (with the headline),
    plus a bonus when it holds a span of the asked type (a name for "who", ...)."""
    index = evidence.index
    context = index.sentences.title_terms(chunk.doc_id) | names
    sentences = index.sentences.in_chunk(chunk)
    best = max((evidence.coverage(s.terms | context) for s in sentences), default=0.0)
    typed = any(has_answer_type(evidence.frame.kind, s) for s in sentences)
    return 0.5 * evidence.chunk_coverage[chunk.chunk_id] + 0.5 * best + (TYPE_BONUS if typed else 0.0)


def has_answer_type(kind: str, sentence: Sentence) -> bool:
    """Whether a sentence holds a span of the kind the question asks for."""
    if kind == "who":
        return bool(sentence.people)
    if kind == "when":
        return bool(sentence.dates)
    if kind == "how_many":
        return bool(sentence.quantities)
    if kind == "where":
        return bool(sentence.venues)
    return True


def _rerank(hits: list[Hit], scores: dict[str, float], concepts: QuestionConcepts) -> list[Hit]:
    """Hits reordered by concept coverage blended with the fused score, best first;
    passages of articles that miss one of the question's names sort after the rest."""
    if not hits:
        return []
    top = max(h.score for h in hits) or 1.0
    scored = []
    for hit in hits:
        blended = COVERAGE_SHARE * scores[hit.chunk.chunk_id] + (1 - COVERAGE_SHARE) * hit.score / top
        scored.append((-concepts.name_share(hit.chunk.doc_id), -blended, hit))
    scored.sort(key=lambda item: item[:2])
    return [replace(hit, score=round(-negative, 6)) for _, negative, hit in scored]


def _score_sentences(evidence: Evidence) -> list[ScoredSentence]:
    """Every sentence of the reranked passages, once, scored and sorted best first."""
    frame, index, concepts = evidence.frame, evidence.index, evidence.concepts
    seen: set[tuple[str, int]] = set()
    scored = []
    for rank, hit in enumerate(evidence.hits):
        chunk = hit.chunk
        chunk_cov = evidence.chunk_coverage[chunk.chunk_id]
        title = index.sentences.title_terms(chunk.doc_id)
        # The article's names count for each of its sentences, except when a person is
        # asked for: then the name must stand next to the role in the sentence itself.
        names = concepts.article_names(chunk.doc_id) if frame.kind != "who" else frozenset()
        for sentence in index.sentences.in_chunk(chunk):
            key = (chunk.doc_id, sentence.start)
            if key in seen:
                continue
            seen.add(key)
            cov = concepts.coverage(sentence.terms | names, own_only=True)
            context_cov = concepts.coverage(sentence.terms | title | names)
            score = 0.55 * cov + 0.3 * context_cov + 0.15 * chunk_cov - 0.004 * rank
            if frame.date_query is not None and any(frame.date_query.matches(d.day) for d in sentence.dates):
                score += DATE_BONUS
            if any(c.matches(sentence.terms) for c in concepts.set_aside) and not _ADDITIVE.search(sentence.text):
                # "mengucapkan ikrar bersama sekaligus menandatangani pakta integritas": a
                # sentence adding to the set-aside thing holds the answer; others repeat it.
                score -= SET_ASIDE_PENALTY
            item = ScoredSentence(sentence, chunk, cov, score)
            if item.text.startswith(CAPTION_LABEL):
                # A photo caption (read first, labelled) describes what the story tells: a
                # story sentence that fits as well is the one to quote.
                item = replace(item, score=score - CAPTION_PENALTY)
            scored.append(item)
    scored.sort(key=lambda s: -s.score)
    return scored[:MAX_SENTENCES]
