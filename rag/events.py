"""Event kinds: what happened in a sentence, an article, and what a question asks about.

Lists and false premises hinge on the event, not the words around it: "Which UPT held a
neutrality pledge?" must not list a roll call where the head only *urged* neutrality, and
"How many inmates voted?" must not be answered from a remission count. Kinds are computed
once at build time from the cue phrases in ``rag/data/event_kinds.json`` (versioned; its
hash goes into the index manifest), matched on analysed tokens so "menggeledah" and
"penggeledahan" are one cue. The engine below only reads the data.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from rag.chunking import split_sentences
from rag.indonesian import analyze, tokenize
from rag.page import CAPTION_LABEL

#: The event kinds, in tie-break order. ``neutrality`` was added to the brief's list: the
#: devcorpus labels two reports "neutrality-other" (a head urging or guaranteeing
#: neutrality, no pledge), and without a kind of their own they would pass for pledges or
#: for nothing. ``other`` is an article's kind when no cue reaches the threshold.
EVENT_KINDS: tuple[str, ...] = (
    "pledge",
    "roll_call",
    "voting",
    "remission",
    "amnesty",
    "raid",
    "escape",
    "smuggling",
    "training",
    "visit",
    "health",
    "overcrowding",
    "neutrality",
    "other",
)

LANGUAGES = ("id", "en")

_DATA_FILE = ("data", "event_kinds.json")
_GROUP_PREFIX = "@"

#: One analysed token: the forms it can match (one stem for Indonesian, base-form
#: candidates for an English question word).
Token = frozenset[str]
Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Cue:
    """A cue phrase with the company it must (or must not) keep in the same sentence.

    Attributes:
        words: the phrase, analysed; all must occur within the window of one another.
        with_any: when not empty, one of these phrases must also be in the sentence.
        without: none of these phrases may be in the sentence.
        weight: what a sentence matching this cue adds to its article's score.
    """

    words: Phrase
    with_any: tuple[Phrase, ...] = ()
    without: tuple[Phrase, ...] = ()
    weight: float = 1.0


@dataclass(frozen=True)
class KindRules:
    """Everything the data file says about one kind."""

    kind: str
    topic: bool
    labels: dict[str, str]
    text: tuple[Cue, ...]
    question_id: tuple[Cue, ...]
    question_en: tuple[Cue, ...]
    #: Whether the article cues also name the kind in a question. Not for overcrowding:
    #: any report gives a capacity, so "berapa daya tampungnya?" asks for a number.
    text_in_questions: bool = True


@dataclass(frozen=True)
class ArticleWeights:
    """How much a cue counts by where it stands in an article (news puts the event first)."""

    title: float
    lead: tuple[float, ...]
    body: float
    min_score: float


@dataclass(frozen=True)
class EventRules:
    """The compiled data file."""

    version: str
    window: int
    masks: tuple[Phrase, ...]
    weights: ArticleWeights
    kinds: tuple[KindRules, ...]


@lru_cache(maxsize=1)
def _raw_data() -> bytes:
    """The data file's bytes, read once."""
    return resources.files("rag").joinpath(*_DATA_FILE).read_bytes()


@lru_cache(maxsize=1)
def load_rules() -> EventRules:
    """Read and compile ``rag/data/event_kinds.json`` once per process.

    Returns:
        The compiled rules.

    Raises:
        ValueError: the file's kinds are not exactly ``EVENT_KINDS``.
    """
    raw = json.loads(_raw_data())
    if tuple(raw["kinds"]) != EVENT_KINDS:
        raise ValueError(f"event_kinds.json must list the kinds {EVENT_KINDS} in this order")
    groups: dict[str, list[str]] = raw.get("groups", {})
    article = raw["article"]
    weights = ArticleWeights(
        title=article["title_weight"],
        lead=tuple(article["lead_weights"]),
        body=article["body_weight"],
        min_score=article["min_score"],
    )
    kinds = tuple(_kind_rules(kind, spec, groups) for kind, spec in raw["kinds"].items())
    masks = tuple(_indonesian(mask) for mask in raw.get("masks", []))
    return EventRules(events_version(), raw["window"], masks, weights, kinds)


def _kind_rules(kind: str, spec: dict, groups: dict[str, list[str]]) -> KindRules:
    """Compile one kind's cue lists: Indonesian ones analysed, English ones tokenised.

    The kind's ``unless`` hedges join the ``without`` list of each of its text cues.
    """
    unless = tuple(_indonesian(p) for p in _expand_groups(spec.get("unless", []), groups))
    text = (_cue(item, _indonesian, groups) for item in spec["text"])
    return KindRules(
        kind=kind,
        topic=bool(spec.get("topic", False)),
        labels=dict(spec["label"]),
        text=tuple(replace(cue, without=cue.without + unless) for cue in text),
        question_id=tuple(_cue(item, _indonesian, groups) for item in spec["question_id"]),
        question_en=tuple(_cue(item, _english, groups) for item in spec["question_en"]),
        text_in_questions=bool(spec.get("text_in_questions", True)),
    )


def _cue(
    item: str | dict, compile_phrase: Callable[[str], Phrase], groups: dict[str, list[str]]
) -> Cue:
    """One cue from its data form: a phrase, or ``{"cue", "with", "without"}``."""
    if isinstance(item, str):
        return Cue(compile_phrase(item))

    def phrases(key: str) -> tuple[Phrase, ...]:
        return tuple(compile_phrase(p) for p in _expand_groups(item.get(key, []), groups))

    weight = float(item.get("weight", 1.0))
    return Cue(compile_phrase(item["cue"]), phrases("with"), phrases("without"), weight)


def _expand_groups(phrases: Iterable[str], groups: dict[str, list[str]]) -> Iterator[str]:
    """Replace ``@name`` by the phrases of group ``name``."""
    for phrase in phrases:
        if phrase.startswith(_GROUP_PREFIX):
            yield from groups[phrase[len(_GROUP_PREFIX) :]]
        else:
            yield phrase


def _indonesian(phrase: str) -> Phrase:
    """An Indonesian cue as the analysed stems an article sentence will have."""
    return tuple(analyze(phrase))


def _english(phrase: str) -> Phrase:
    """An English cue as lowercase words in their base form."""
    return tuple(tokenize(phrase))


def events_version() -> str:
    """A hash of the data file; a change to any cue changes it, so the index re-analyses."""
    return hashlib.sha256(_raw_data()).hexdigest()[:16]


def event_label(kind: str, language: str) -> str:
    """The words for a kind in answer text ("ikrar netralitas" / "neutrality pledge").

    Args:
        kind: one of ``EVENT_KINDS``.
        language: ``"id"`` or ``"en"``.

    Returns:
        The label.

    Raises:
        ValueError: unknown kind or language.
    """
    _check_language(language)
    return _rules_for(kind).labels[language]


def _rules_for(kind: str) -> KindRules:
    """The rules of one kind, or a ValueError naming the known kinds."""
    for rules in load_rules().kinds:
        if rules.kind == kind:
            return rules
    raise ValueError(f"unknown event kind {kind!r}; expected one of {EVENT_KINDS}")


def _topic_kinds() -> frozenset[str]:
    """The kinds marked ``topic`` in the data file."""
    return frozenset(kind.kind for kind in load_rules().kinds if kind.topic)


def _check_language(language: str) -> None:
    """Raise a ValueError that names the supported languages."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES}")


# --- matching -----------------------------------------------------------------------------


def _indonesian_tokens(text: str) -> list[Token]:
    """Analysed tokens of Indonesian text, with venue names ("lapangan upacara") removed."""
    stems = analyze(text)
    masks = load_rules().masks
    tokens: list[Token] = []
    index = 0
    while index < len(stems):
        mask = next((m for m in masks if tuple(stems[index : index + len(m)]) == m), None)
        if mask:
            index += len(mask)
            continue
        tokens.append(frozenset((stems[index],)))
        index += 1
    return tokens


def _english_tokens(text: str) -> list[Token]:
    """Lowercase words of an English question, each with its candidate base forms."""
    return [frozenset(_english_forms(word)) for word in tokenize(text)]


_ENGLISH_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                     ("ing", "e"))  # fmt: skip
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1(?:ed|ing)$")


def _english_forms(word: str) -> set[str]:
    """A word and the dictionary forms it may inflect ("raided" → "raid", "searches")."""
    forms = {word}
    for suffix, replacement in _ENGLISH_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.add(word[: -len(suffix)] + replacement)
    if _DOUBLED.search(word):  # "planned" → "plan"
        forms.add(_DOUBLED.sub(r"\1", word))
    return forms


def _has_phrase(tokens: Sequence[Token], phrase: Phrase, window: int) -> bool:
    """Whether every word of ``phrase`` occurs within ``window`` tokens of its first word."""
    if not phrase:
        return False
    first, *rest = phrase
    for index, token in enumerate(tokens):
        if first in token:
            near = tokens[max(0, index - window) : index + window + 1]
            if all(any(word in t for t in near) for word in rest):
                return True
    return False


def _cue_matches(cue: Cue, tokens: Sequence[Token], window: int, near: bool = False) -> bool:
    """Whether a cue holds in one sentence, its ``with`` and ``without`` conditions included.

    With ``near`` the ``with`` words must stand within ``window`` tokens of the cue: a
    question is one long sentence, and "meeting room ... when he inspected the prison" is
    no inspection of a room.
    """
    if not _has_phrase(tokens, cue.words, window):
        return False
    if cue.with_any:
        scope = _around(tokens, cue.words[0], window) if near else [tokens]
        if not any(_has_phrase(part, p, window) for part in scope for p in cue.with_any):
            return False
    return not any(_has_phrase(tokens, p, window) for p in cue.without)


def _around(tokens: Sequence[Token], word: str, window: int) -> list[Sequence[Token]]:
    """The stretches of ``window`` tokens either side of each token holding ``word``."""
    return [tokens[max(0, i - window) : i + window + 1] for i, t in enumerate(tokens) if word in t]


def _kinds_in(
    tokens: Sequence[Token], cues_of: Callable[[KindRules], Iterable[Cue]], near: bool = False
) -> frozenset[str]:
    """The kinds for which one of the cues ``cues_of(kind)`` picks holds in ``tokens``."""
    rules = load_rules()
    return frozenset(
        kind.kind
        for kind in rules.kinds
        if any(_cue_matches(cue, tokens, rules.window, near) for cue in cues_of(kind))
    )


def says_asked_words(kinds: frozenset[str], sentences: Iterable[str]) -> bool:
    """Whether an article's sentences use a question's own word for one of ``kinds``
    ("kunjungan koordinasi ke Kejaksaan" for "kapan ... melakukan kunjungan?"): the
    article reports what the question calls by that word, whether or not its sentences
    hold the cues that make a kind of event for the index."""
    return any(
        _kinds_in(_indonesian_tokens(sentence), lambda kind: kind.question_id if kind.kind in kinds else ())
        for sentence in sentences
    )


def sentence_event_kinds(text: str) -> frozenset[str]:
    """The kinds a sentence of an Indonesian article reports.

    "netral" alone is ``neutrality`` (a directive or a guarantee); only a pledge word
    (ikrar, pakta integritas, or deklarasi/janji/komitmen next to netralitas) makes it a
    ``pledge``.

    Args:
        text: one sentence (a longer text works, but then the cues' company conditions
            span all of it).

    Returns:
        The kinds, possibly none; never ``other``.
    """
    return frozenset(_sentence_weights(text))


def _sentence_weights(text: str) -> dict[str, float]:
    """Each kind a sentence reports, with the weight of its first matching cue."""
    rules = load_rules()
    tokens = _indonesian_tokens(text)
    weights: dict[str, float] = {}
    for kind in rules.kinds:
        cue = next((c for c in kind.text if _cue_matches(c, tokens, rules.window)), None)
        if cue:
            weights[kind.kind] = cue.weight
    return weights


# --- articles -----------------------------------------------------------------------------


def article_event_kinds(title: str, text: str) -> tuple[str, ...]:
    """An article's kinds, main one first.

    Each sentence adds its position's weight (the title most, then the lead sentences, then
    the body) times its cue's weight to each kind it reports. A kind is kept when it reaches
    ``min_score``, so a single passing mention deep in the body ("...seperti remisi tahun
    lalu") is not one. Kinds are ranked by score, then by first mention. When an event kind
    is in the title or lead, topic kinds (``neutrality``) go after every event kind: the
    neutrality was what was said at the roll call or visit. When the events are only in the
    body, the article is about the topic ("Kalapas reminds staff to stay neutral").

    Args:
        title: the headline (may be empty).
        text: the article body, paragraphs separated by blank lines.

    Returns:
        The kinds in rank order; ``("other",)`` when none is reported.
    """
    rules = load_rules()
    tally = _tally(title, text)
    kept = [kind for kind, score in tally.scores.items() if score >= rules.weights.min_score]
    topic = _topic_kinds()
    event_in_lead = any(kind in tally.in_lead and kind not in topic for kind in kept)

    def rank(kind: str) -> tuple[bool, float, int, int]:
        return (
            event_in_lead and kind in topic,
            -tally.scores[kind],
            tally.first_seen[kind],
            EVENT_KINDS.index(kind),
        )

    return tuple(sorted(kept, key=rank)) or ("other",)


@dataclass
class _Tally:
    """Per kind: weighted score, index of the first sentence reporting it, and whether the
    title or lead reports it."""

    scores: dict[str, float] = field(default_factory=dict)
    first_seen: dict[str, int] = field(default_factory=dict)
    in_lead: set[str] = field(default_factory=set)


def _tally(title: str, text: str) -> _Tally:
    """Add up what each sentence of an article reports, weighted by position and cue."""
    tally = _Tally()
    for position, (weight, lead, sentence) in enumerate(_weighted_sentences(title, text)):
        for kind, cue_weight in _sentence_weights(sentence).items():
            tally.scores[kind] = tally.scores.get(kind, 0.0) + weight * cue_weight
            tally.first_seen.setdefault(kind, position)
            if lead:
                tally.in_lead.add(kind)
    return tally


def _weighted_sentences(title: str, text: str) -> Iterator[tuple[float, bool, str]]:
    """The title and each sentence of ``text``: position weight, whether lead, text. A
    photo caption weighs as the headline does: it shows the report's event."""
    weights = load_rules().weights
    if title.strip():
        yield weights.title, True, title
    for index, (start, end) in enumerate(split_sentences(text)):
        sentence = text[start:end]
        if sentence.startswith(CAPTION_LABEL):  # the photo shows the report's event
            yield weights.title, True, sentence
            continue
        lead = index < len(weights.lead)
        yield (weights.lead[index] if lead else weights.body), lead, sentence


# --- questions ----------------------------------------------------------------------------


def question_event_kinds(question: str, language: str) -> frozenset[str]:
    """The kinds a question asks about; empty when it names no event.

    Indonesian questions read the article cues plus question wording ("memilih",
    "kunjungan"); English ones read the English cues and, for the Indonesian terms people
    type into English questions ("apel", "TPS", "razia"), the Indonesian ones too. A topic
    kind is dropped when an event is named: "neutrality pledge" asks about a pledge.

    Args:
        question: the question as typed.
        language: ``"id"`` or ``"en"``.

    Returns:
        The kinds; never ``other``.

    Raises:
        ValueError: unknown language.
    """
    kinds = _named_kinds(question, language)
    events = kinds - _topic_kinds()
    if events == {SETTING_KIND} and _SETTING_AS_TIME.search(question):
        # "expected to walk free on 17 August, right after the flag ceremony": the ceremony
        # dates what is asked; it is not the event asked about.
        return frozenset(kinds - {SETTING_KIND})
    if len(events) > 1 and SETTING_KIND in events:
        # A roll call is where other events take place: "a pledge during their roll call"
        # asks about a pledge.
        events -= {SETTING_KIND}
    return events or kinds


#: The kind of event that is often the occasion of another (pledges, briefings at an apel).
SETTING_KIND = "roll_call"
#: A roll call named only to say when: "right after the flag ceremony", "usai upacara".
_SETTING_AS_TIME = re.compile(
    r"\b(?:after|before|following|usai|seusai|setelah|sesudah|sebelum|selepas)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ceremony|roll call|parade|assembly|apel|upacara)\b",
    re.IGNORECASE,
)


def names_setting(question: str, language: str) -> bool:
    """Whether the question names a roll call, even when it asks about another event held
    at it ("who accompanied the inspection of the troops at the roll call?")."""
    return SETTING_KIND in _named_kinds(question, language)


#: A room or building and the use that names it: "training room", "visiting hall",
#: "ruang kunjungan", "gedung pelatihan" (the use word is cut; the room word stays).
_ROOM_NAMED_BY_USE = re.compile(
    r"\b\w+(?=[\s-]+(?:rooms?|storerooms?|halls?|areas?|buildings?|warehouses?|sheds?)\b)"
    r"|\b((?:ruang|ruangan|gedung|aula|gudang)\s+)\w+",
    re.IGNORECASE,
)


#: A kind of place a question asks for by "mana"/"which": "rumah sakit mana", "RS mana".
_PLACE_ASKED = re.compile(r"\b(?:rumah sakit|rs|rsud|puskesmas|klinik)\s+(?:mana|apa)\b"
                          r"|\b(?:which|what)\s+(?:hospital|clinic)\b", re.IGNORECASE)


def _named_kinds(question: str, language: str) -> frozenset[str]:
    """Every kind a question's words name, topics and the setting included."""
    _check_language(language)
    # "the work-training room that burned", "ruang kunjungan": a room named by what is done
    # in it names no event of the question.
    question = _ROOM_NAMED_BY_USE.sub(lambda m: m.group(1) or "", question)
    # "dibawa ke rumah sakit mana?": the hospital is the place asked, not a health service.
    question = _PLACE_ASKED.sub(" ", question)
    kinds = _kinds_in(_indonesian_tokens(question),
                      lambda kind: (*(kind.text if kind.text_in_questions else ()), *kind.question_id),
                      near=True)
    if language == "en":
        kinds |= _kinds_in(_english_tokens(question), lambda kind: kind.question_en, near=True)
    return frozenset(kinds)
