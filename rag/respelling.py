"""Place names written run together or apart: "Bagansiapiapi" and "Bagan Siapi-Api",
"Pangkalpinang" and "Pangkal Pinang"; names spelled the old way or with a letter doubled:
"Soetopo" and "Sutopo", "Buddha" and "Budha".

Reports disagree on the spacing of the same name, and a question may use either. A word
of the question that no article holds is tried as two or three words the articles do hold
("bagansiapiapi" → "bagan" + "siapi-api"); a name of several words no article holds whole
is tried run together. Only the index's own vocabulary is consulted, so a split is never
invented: every piece is a word some report wrote.
"""

from __future__ import annotations

from collections.abc import Mapping

#: The shortest piece a word is split into ("api" in "siapiapi").
MIN_PIECE = 3
#: A split into more pieces than this is a coincidence of short words, not a name.
MAX_PIECES = 3


def split_word(word: str, vocabulary: Mapping[str, int]) -> tuple[str, ...] | None:
    """``word`` as the fewest (two or three) words of ``vocabulary``, each possibly written
    with a hyphen inside ("siapi-api"); None when no such split exists or ``word`` is
    itself known."""
    if word in vocabulary or len(word) < 2 * MIN_PIECE:
        return None
    for pieces in range(2, MAX_PIECES + 1):
        found = _split(word, vocabulary, pieces)
        if found is not None:
            return found
    return None


def _split(word: str, vocabulary: Mapping[str, int], pieces: int) -> tuple[str, ...] | None:
    if pieces == 1:
        return (known,) if (known := _known_form(word, vocabulary)) else None
    for cut in range(MIN_PIECE, len(word) - MIN_PIECE * (pieces - 1) + 1):
        head = _known_form(word[:cut], vocabulary)
        if head is None:
            continue
        rest = _split(word[cut:], vocabulary, pieces - 1)
        if rest is not None:
            return (head, *rest)
    return None


def _known_form(piece: str, vocabulary: Mapping[str, int]) -> str | None:
    """``piece`` or a hyphenated spelling of it that ``vocabulary`` holds."""
    if len(piece) < MIN_PIECE:
        return None
    if piece in vocabulary:
        return piece
    for at in range(MIN_PIECE, len(piece) - MIN_PIECE + 1):
        hyphenated = f"{piece[:at]}-{piece[at:]}"
        if hyphenated in vocabulary:
            return hyphenated
    return None


def joined(words: tuple[str, ...] | frozenset[str] | list[str], vocabulary: Mapping[str, int]
           ) -> str | None:
    """Several words run together ("pangkal pinang" → "pangkalpinang") when ``vocabulary``
    holds that spelling; None otherwise."""
    word = "".join(w.replace("-", "") for w in words)
    return word if len(words) > 1 and word in vocabulary else None


#: The shortest word another spelling is looked for ("Djoko" is five letters).
MIN_VARIANT = 4
#: Spellings the same name is written in: the pre-1972 ones ("oe", "dj", "tj", "sj", "ch")
#: beside the current, each way round.
_SPELLINGS = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("sj", "sy"), ("ch", "kh"))


def spelling_variant(word: str, vocabulary: Mapping[str, int]) -> str | None:
    """The spelling of ``word`` that ``vocabulary`` holds when it does not hold ``word``:
    with a doubled letter written once ("buddha" → "budha") or once written twice, or with
    an old spelling changed for the current one or back ("soetopo" ↔ "sutopo"); None
    when ``word`` is known or no variant is."""
    if word in vocabulary or len(word) < MIN_VARIANT:
        return None
    variants = [word[:at] + word[at + 1 :] for at in range(1, len(word)) if word[at] == word[at - 1]]
    variants += [word[:at] + word[at] + word[at:] for at in range(1, len(word)) if word[at].isalpha()
                 and word[at] not in "aeiou"]
    for old, new in _SPELLINGS:
        variants += [word.replace(old, new), word.replace(new, old)]
    return next((v for v in variants if v != word and vocabulary.get(v)), None)
