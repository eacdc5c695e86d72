"""Who: the person the question asks for, with the post the passage gives them; and
"siapa saja": every person the best article names."""

from __future__ import annotations

import re

from rag.answer.abstain import NotStated
from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence
from rag.answer.phrasing import excerpt, quote
from rag.glossary import analyze_document

#: Stems of words naming a post; a question with one asks who holds it.
_ROLE_STEMS = frozenset((
    "kepala", "kalapas", "karutan", "kabapas", "kakanwil", "kadiv", "pembina", "pimpin",
    "sekretaris", "sekjen", "direktur", "dirjen", "ketua", "komandan", "kasi", "kasubsi",
))


def compose_who(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """A person's name with the role the passage gives them."""
    best = None
    for rank, scored in enumerate(evidence.focus_sentences()[:12]):
        for person in scored.sentence.people:
            # Of two people in one sentence, the one whose role matches the question
            # ("Sekjen" → "Sekretaris Jenderal ..., Andap Budhi Revianto"). What the
            # sentence says of the person: the role before the name and the clause after
            # it ("..., Kunrat Kasmiri selaku pemimpin apel, ...").
            said = frozenset(analyze_document(f"{person.post} {_clause_after(scored.text, person.end)}"))
            fit = evidence.coverage(said, own_only=True) if _holds_the_post(evidence, said) else 0.0
            score = scored.score + (0.25 if person.post else 0.0) + 0.5 * fit - 0.01 * rank
            if best is None or score > best[0]:
                best = (score, person, scored, fit)
    if best is None or (_asks_for_a_role(evidence) and not best[3]):
        # "Siapa Kepala Rutan Purbalingga?": the article names the Rutan but nobody
        # holding that post; another person's name would be a wrong answer.
        raise NotStated("post_not_held")
    focus = evidence.focus_sentences()
    _, person, scored, _ = best
    # "Who attended?" may be answered by agencies, not people: when the best sentence
    # names nobody and covers the question far better, the "what" composer answers.
    if focus and scored.coverage < 0.35 * focus[0].coverage:
        return None
    n = book.cite(scored.chunk)
    head = f"**{person.name}**" + (f" ({person.post})" if person.post else "")
    return [f"{head} [{n}]", "", f"> {quote(excerpt(scored.text, person.start, person.end))} [{n}]"]


def compose_people(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Every person the best article names, with their roles, one line each."""
    seen: set[str] = set()
    lines = []
    for scored in evidence.focus_sentences(relative=0.9):
        for person in scored.sentence.people:
            name = person.name
            if any(name in other or other in name for other in seen):
                continue
            role = person.post or _clause_after(scored.text, person.end)
            seen.add(name)
            n = book.cite(scored.chunk)
            lines.append(f"- **{name}**" + (f" ({role.strip(' ,')})" if role.strip() else "") + f" [{n}]")
    return lines or None


def _holds_the_post(evidence: Evidence, said: frozenset[str]) -> bool:
    """Whether what a sentence says of a person matches the post the question names
    beyond the role word itself: "head of Rutan Banyumas" is not "Kepala Lapas Purwokerto"."""
    post = [
        c for c in evidence.concepts.own_concepts
        if not c.generic and not any(t in _ROLE_STEMS for a in c.alternatives for t in a)
    ]
    return not post or any(c.matches(said) for c in post)


def _asks_for_a_role(evidence: Evidence) -> bool:
    return any(t in _ROLE_STEMS for c in evidence.concepts.own_concepts for a in c.alternatives for t in a)


def _clause_after(text: str, end: int, limit: int = 80) -> str:
    """The words after a name up to the next clause break (at most ``limit`` characters)."""
    rest = text[end : end + limit]
    rest = re.sub(r"^(,\s*[A-Z][A-Za-z.]*\.[A-Za-z.]*)+", "", rest)  # degrees: ", S.Sos, M.Si"
    return re.split(r"[.;]|,\s(?!(?:S|M|A)\.)", rest.lstrip(" ,"), maxsplit=1)[0]
