"""Compound questions: "Who led the roll call in Pati and when was it held?" is two.

Each part is answered on its own (the later parts see the earlier ones as conversation,
so "it" resolves) and the answers are joined with one shared citation list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rag.records import Answer, Citation

#: A chat part after a bare comma that names its topic, then asks of it: ", kasusnya apa?".
_CHAT_PART_AFTER_COMMA = r",\s+(?=\w{3,}nya\s+(?:berapa|brp|apa|apaan|siapa|kapan|di ?mana)\b[^,]{0,30}\?\s*$)"
#: A question word of its own, which the part before such a comma must have: "... pake kaos
#: yg ada tulisannya di punggung, tulisannya apa sih?" is one question.
_ASKS = re.compile(r"\b(?:berapa|brp|apa|apakah|siapa|kapan|mana|di ?mana|gimana|bagaimana|kenapa|knp|mengapa|"
                   r"who|what|when|where|which|why|how)\b", re.IGNORECASE)

_SPLIT = re.compile(
    # "brp anggarannya? dari mana duitnya?": a second question after the first's mark.
    r"(?<=\?)\s+(?:(?:and|dan|lalu|terus|trus|then)\s+)?(?="
    r"(?:when|where|who|how|what|which|why|kapan|di ?mana|dari ?mana|ke ?mana|siapa|berapa|brp|bagaimana|gimana|"
    r"apa|kenapa|knp|mengapa)\b)"
    r"|,?\s+(?:and|dan|serta|lalu)\s+(?="
    r"(?:(?:on|in|at|from|by|for|dari|pada|di|ke|sejak|untuk)\s+)?"
    r"(?:when|where|who|how many|how much|how|what|which|kapan|di ?mana|siapa|berapa|bagaimana|gimana|apa)\b"
    # "..., dan dari lembaga mana?": an Indonesian question word may close the part.
    r"|(?:dari\s+)?\w+\s+(?:mana|apa)\s*\??\s*$"
    # "..., dan vonisnya brp lama?": a chat part names its topic, then asks of it.
    r"|\w{3,}nya\s+(?:berapa|brp|apa|siapa|kapan|di ?mana|gimana|bagaimana)\b)"
    # "trus sisanya brp org, kasusnya apa?": a second such part after a bare comma.
    rf"|{_CHAT_PART_AFTER_COMMA}",
    re.IGNORECASE,
)


#: Words that ask for a count; shared with ``rag.answer.how_many``, which splits a question
#: into its asked quantities at the same words.
QUANTITY_WORDS = re.compile(
    r"\b(?:how many|how much|berapa(?:kah)?|what(?:'s| (?:was|is|were|are)) (?:the|its|their|his|her)"
    # "what is its intended capacity": one word may qualify the quantity.
    r"(?: \w+)? (?:number|total|population|count|capacity|amount|size))\b",
    re.IGNORECASE,
)
#: A last part that only asks "how many?" of what the part before names.
_ELLIPTICAL_COUNT = re.compile(
    r"^(?:how many|how much|berapa(?:kah)?)(?:\s+(?:orang|jumlahnya|banyak|people|were there|"
    r"was it|in total|in all))?\s*\??$",
    re.IGNORECASE,
)

#: The day and the hour of one act, asked together.
_DATE_AND_TIME = re.compile(r"\b(?:date|day|tanggal|hari)\s+(?:and|dan)\s+(?:at\s+)?(?:what\s+|the\s+)?"
                            r"(?:time|hour|jam|pukul)\b", re.IGNORECASE)
#: A last part that only asks the post of the person the part before asks for.
_ELLIPTICAL_POST = re.compile(
    r"^(?:(?:what|which)(?:'s|\s+(?:is|was|are|were))\s+(?:his|her|their|the person's)\s+"
    r"(?:position|post|title|role|job|rank|office)s?"
    r"|(?:apa\s+)?(?:jabatan|posisi|peran|pangkat)(?:nya)?(?:\s+(?:apa|di\s+sana|sebagai\s+apa))?)"
    # "apa jabatannya waktu itu?", "apa jabatannya di dewan?", "what was her position then?"
    r"(?:\s+(?:(?:waktu|saat|ketika|pada\s+saat)\s+itu|di\s+\w+|at\s+the\s+time|then|there))?\s*\??$",
    re.IGNORECASE,
)


def split_compound(question: str) -> list[str]:
    """The parts of a question that asks two things; a single question comes back alone.

    Args:
        question: the user's question.

    Returns:
        One or more questions, each ending with "?" when the original did.
    """
    parts = [p.strip(" ,") for p in _SPLIT.split(question) if p and p.strip(" ,")]
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return [question]
    if re.search(_CHAT_PART_AFTER_COMMA, question) and not all(_ASKS.search(p) for p in parts):
        return [question]
    if _ELLIPTICAL_COUNT.match(parts[-1]):
        # "Which one had the most inmates, and how many?": the count is of the thing the
        # first part picks; one answer gives both.
        return [question]
    if _DATE_AND_TIME.search(question):
        return [question]  # "On what date and at what time ...?": one when-answer gives both
    if _ELLIPTICAL_POST.match(parts[-1]):
        # "Which official confirmed it, and what is his position?": a who-answer gives the
        # post with the name.
        return [question]
    if all(QUANTITY_WORDS.search(p) for p in parts):
        # "How many A, and how many B?": two counts of one report, chosen together so
        # they come from the same article (``rag.answer.how_many``).
        return [question]
    mark = "?" if question.rstrip().endswith("?") else ""
    return [p if p.endswith("?") else p + mark for p in parts]


def _renumber(text: str, numbers: dict[int, int]) -> str:
    return re.sub(r"\[(\d+)\]", lambda m: f"[{numbers.get(int(m.group(1)), m.group(1))}]", text)


def merge_answers(answers: list[Answer]) -> Answer:
    """One answer from the answers to the parts, citations renumbered without duplicates."""
    citations: list[Citation] = []
    texts = []
    for answer in answers:
        numbers: dict[int, int] = {}
        for citation in answer.citations:
            same = next((c for c in citations if c.chunk_id == citation.chunk_id), None)
            if same is None:
                same = replace(citation, n=len(citations) + 1)
                citations.append(same)
            numbers[citation.n] = same.n
        texts.append(_renumber(answer.text, numbers))
    timings: dict[str, float] = {}
    for answer in answers:
        for stage, ms in answer.timings_ms.items():
            timings[stage] = round(timings.get(stage, 0.0) + ms, 2)
    first = answers[0]
    return Answer(
        text="\n\n".join(texts),
        abstained=all(a.abstained for a in answers),
        language=first.language,
        citations=tuple(citations),
        generation=first.generation,
        timings_ms=timings,
        abstain_reason=next((a.abstain_reason for a in answers if a.abstain_reason), None)
        if all(a.abstained for a in answers) else None,
    )
