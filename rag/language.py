"""Language: tell an Indonesian question from an English one.

Questions are short and mix languages ("Who led the apel siaga at Lapas Pati?"), so the
words that decide are grammar words, not content words: domain terms such as "lapas" or
"apel" appear in both. langdetect-style character models are unreliable on five words
and would add a dependency; counting marker words is predictable and easy to test.
"""

from __future__ import annotations

from rag.indonesian import tokenize

# Function and question words of one language only. Content words shared by both
# ("data", "media", "total") and domain terms ("lapas", "apel") are never markers.
_ENGLISH_WORDS = """
    the a an of in on at to for by with about from is are was were be been did do does has
    have had what which who whom whose when where why how many much there this that these
    those it its he she they his her their and or not any all held led say said tell
    happened after before during between into than
"""
_INDONESIAN_WORDS = """
    yang dan di ke dari pada untuk dengan oleh dalam adalah ialah ini itu tersebut apa
    apakah siapa siapakah kapan kapankah dimana mana berapa berapakah bagaimana mengapa
    kenapa tidak bukan sudah telah akan juga saja atau serta bahwa para tentang terkait
    yg sebutkan jelaskan
"""
_MARKERS_EN = frozenset(_ENGLISH_WORDS.split())
_MARKERS_ID = frozenset(_INDONESIAN_WORDS.split())


def detect_language(text: str) -> str:
    """Return ``"en"`` or ``"id"`` for a question.

    English wins only with more English than Indonesian markers: the articles are
    Indonesian, so a question with no grammar words at all ("Kalapas Tanjungpandan") is
    treated as Indonesian.

    Args:
        text: the question as typed.

    Returns:
        ``"en"`` or ``"id"``.
    """
    tokens = tokenize(text)
    english = sum(token in _MARKERS_EN for token in tokens)
    indonesian = sum(token in _MARKERS_ID for token in tokens)
    return "en" if english > indonesian else "id"
