"""Who said it: the person a report quotes or paraphrases on the question's matter.

"Which official explained what the training was for?", "siapa yang kasih keterangan soal
pemindahan napi itu?", "who gave the figures?": a news report answers such questions by
attribution ("..., kata Kepala Dinas ..., Andri Yansyah", "Menurut Mardi, ...", "Ia
menerangkan ..."), not by whoever its best-matching sentence happens to name. This module
reads the attributions of an article's sentences and picks the source whose statements
cover the question best; ``rag.answer.who`` words the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rag.analysis import Sentence, SentenceIndex
from rag.answer.evidence import Evidence
from rag.glossary import analyze_document
from rag.people import PersonMention

#: A question asking who told or explained something (the asked act is speech).
_ASKS_SPEAKER = re.compile(
    r"\b(?:who|which\b[^?]*?\b(?:official|officer|person|spokes\w*|source|head|chief|staff\w*))\b[^?]*?\b(?:"
    r"explain(?:ed|s)?|confirm(?:ed|s)?|said|say|says|told|tell|state[ds]?|announc(?:ed|es)|"
    r"reveal(?:ed|s)?|disclos(?:ed|es)|comment(?:ed|s)?|spoke|speaks?|describ(?:ed|es)|"
    r"stress(?:ed|es)|emphasi[sz](?:ed|es)|admit(?:s|ted)?|denied|denies|added|brief(?:ed|s)|"
    r"(?:gave|give|gives|provided|provides|shared)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:figures?|numbers?|details?|information|data|explanation|statement|remarks|account|breakdown|comments?)"
    r")\b"
    r"|\baccording to whom\b|\bwho\s+(?:was|is|were)\s+(?:quoted|cited)\b"
    r"|\b(?:siapa|pejabat|petugas)\b[^?]*?\b(?:"
    r"menjelaskan|jelasin|ngejelasin|mengatakan|menyampaikan|nyampaiin|mengonfirmasi|mengkonfirmasi|"
    r"membenarkan|menyebutkan|mengungkapkan|ngungkapin|menuturkan|menerangkan|menegaskan|memaparkan|"
    r"menyatakan|mengumumkan|berkomentar|bilang|ngomong|"
    r"(?:memberi(?:kan)?|kasih|ngasih|ngasi)\s+(?:\w+\s+)?(?:keterangan|penjelasan|info\w*|data|pernyataan|komentar)"
    r")\b"
    r"|\b(?:menurut|kata)\s+siapa\b",
    re.IGNORECASE,
)

#: Speech verbs written after the speaker: "Andri Yansyah, menjelaskan bahwa ...",
#: "Raditya menerangkan ...", "Mardi menambahkan, ...".
_SPEECH_AFTER = (
    r"mengatakan|menjelaskan|menyampaikan|mengungkapkan|menuturkan|menerangkan|menyebutkan|menyebut|"
    r"menegaskan|memaparkan|menambahkan|membenarkan|mengonfirmasi|mengkonfirmasi|menyatakan|mengakui|"
    r"memastikan|menilai|mengaku|membantah|menampik|mengingatkan|menginformasikan|merinci|membeberkan|"
    r"mengimbau|berujar|berkata|bercerita|said|says|told|explained|stated|added|confirmed|noted|"
    # A view or a wish stated is a statement too: "Meliana memandang momen itu sebagai ...",
    # "Meliana berharap ...".
    r"memandang|berpendapat|berharap|mengharapkan|berpesan|menekankan|mengapresiasi|hoped|urged|believes"
)
#: Roots of speech verbs written before the speaker ("kata", "ujar") or with a pronoun
#: after them ("ujarnya").
_SPEECH_ROOTS = r"kata|ujar|ucap|tutur|ungkap|jelas|terang|tegas|papar|imbuh|tambah|sebut|pungkas|lanjut"
#: Speech verbs written before the speaker: "..., kata Kepala Subseksi ..., Raditya",
#: "Menurut Mardi, ...".
_SPEECH_BEFORE = rf"{_SPEECH_ROOTS}|menurut|said|says|according to"
#: What may stand between a name (or the post set after it) and the verb after it:
#: degrees, the post's unit, a particle ("Andri Yansyah, S.H., menjelaskan", "Raditya pun menerangkan").
_VERB_AFTER_NAME = re.compile(
    r"^(?:,?\s*[A-Z][A-Za-z]*\.[A-Za-z.]*)*"
    # "Peni Hadi, yang menjabat Kasi Binadik dan Giatja di Lapas Pangkalan Bun, menambahkan":
    # the unit the post is of may follow it.
    r"(?:\s+(?:di|pada|dari)\s+[^,.;\"“”]{1,60})?"
    r"\s*,?\s*(?:(?:juga|pun|lalu|kemudian|turut|saat itu|pula)\s+)?"
    rf"(?:{_SPEECH_AFTER})\b",
    re.IGNORECASE,
)
_VERB_BEFORE_NAME = re.compile(rf"\b(?:{_SPEECH_BEFORE})(?:nya)?\s*,?\s*$", re.IGNORECASE)
#: A statement whose speaker the sentence names only by a pronoun: "..., ujarnya.",
#: "Ia menerangkan, ...", "Dia juga mengatakan ...".
_PRONOUN_SPEAKER = re.compile(
    rf"\b(?:{_SPEECH_ROOTS})nya\b"
    rf"|(?:^|[,;]\s*|\"\s*)(?:ia|dia|beliau|he|she)\s+(?:(?:juga|pun|lalu|kemudian|pula)\s+)?(?:{_SPEECH_AFTER})\b",
    re.IGNORECASE,
)
#: How many sentences back a pronoun's speaker may have been named.
PRONOUN_REACH = 4
#: A quote opened in one sentence and attributed at the end of a later one.
_OPENS_QUOTE = re.compile(r"^\W{0,3}[\"“]")
_CLOSES_QUOTE = re.compile(r"[\"”]\s*,?\s*(?:" + _SPEECH_BEFORE + r")")
#: How many sentences on a quote opened in one sentence may be attributed.
QUOTE_REACH = 3

#: What each statement of a source adds besides its coverage of the question: a report's
#: main source answers a question its statements cover no better than another's.
STATEMENT_WEIGHT = 0.05
#: What the words of a source's post add, times their coverage of the question ("Which
#: Jakarta provincial official": "Kepala Dinas ... DKI Jakarta").
POST_WEIGHT = 0.5


@dataclass(frozen=True)
class Source:
    """The person an article quotes on the question's matter.

    Attributes:
        doc_id: the article.
        sentence: the statement to cite: the best-covering one, named with a post if one
            near it in coverage is.
        person: the person as that sentence names them.
        post: the post the article gives them ("" if none), which a statement naming them
            by a pronoun or one word of their name does not repeat.
        introduced: the statement that names them with that post, when ``sentence`` names
            them by a pronoun or one word only ("Ia menerangkan, ..."); None otherwise.
    """

    doc_id: str
    sentence: Sentence
    person: PersonMention
    post: str
    introduced: Sentence | None = None


def asks_speaker(question: str) -> bool:
    """Whether the question asks who told, explained or confirmed something."""
    return bool(_ASKS_SPEAKER.search(question))


def speaker_named(sentence: Sentence) -> PersonMention | None:
    """The person the sentence says spoke, when it names them: the verb of speech right
    after the name (or the post set after it), or right before the post or name."""
    text = sentence.text
    for person in sentence.people:
        lead = person.role_start if person.post and 0 <= person.role_start < person.start else person.start
        if _VERB_BEFORE_NAME.search(text[:lead]):
            return person
        after = max(person.end, person.role_end if person.post and person.role_end > person.end else person.end)
        if _VERB_AFTER_NAME.match(text[after:]):
            return person
    return None


def attributed(sentences: tuple[Sentence, ...] | list[Sentence]) -> list[tuple[Sentence, PersonMention]]:
    """Each sentence of an article (in order) that a named person says, with that person:
    named in it, named a few sentences back when it speaks through a pronoun ("ujarnya"),
    or named where a quote it opens is closed."""
    speakers: list[PersonMention | None] = [speaker_named(s) for s in sentences]
    for i, sentence in enumerate(sentences):
        if speakers[i] is not None:
            continue
        if _PRONOUN_SPEAKER.search(sentence.text):
            speakers[i] = next((speakers[j] for j in range(i - 1, max(-1, i - 1 - PRONOUN_REACH), -1)
                                if speakers[j] is not None), None)
        elif _OPENS_QUOTE.match(sentence.text):
            speakers[i] = next((speakers[j] for j in range(i + 1, min(len(sentences), i + 1 + QUOTE_REACH))
                                if speakers[j] is not None and _CLOSES_QUOTE.search(sentences[j].text)), None)
    return [(s, p) for s, p in zip(sentences, speakers) if p is not None]


#: What a pronoun's subject did: "..., katanya ketika membuka ...", "Ia juga meresmikan ...".
_PRONOUN_ACT = re.compile(
    rf"\b(?:{_SPEECH_ROOTS})nya\s*,?\s+(?:ketika|saat|sewaktu|sambil|usai|seusai|setelah|kala)\s+(?P<verb>\w+)"
    r"|^\W*(?:ia|dia|beliau)\s+(?:(?:juga|pun|lalu|kemudian|sempat|turut|telah|sudah|langsung)\s+)?(?P<own>\w+)",
    re.IGNORECASE)


def pronoun_act(sentence: Sentence) -> str | None:
    """The verb a sentence says its pronoun subject did ("membuka" of "..., katanya ketika
    membuka pesantren kilat"), or None when no pronoun is its subject. "Ia juga
    menginginkan setiap napiter yang hendak bebas ...": "ia" wished, it did not go free."""
    match = _PRONOUN_ACT.search(sentence.text)
    return (match.group("verb") or match.group("own")) if match else None


def pronoun_antecedent(index: SentenceIndex, sentence: Sentence) -> tuple[Sentence, PersonMention] | None:
    """Whom a sentence that names nobody points back to by a pronoun: the first person of
    the nearest sentence before it (a few back at most) that names one. "Wakil Bupati ...,
    H Robby Nahliyansyah, berkunjung ..." then "..., katanya ketika membuka pesantren
    kilat": the one who opened it is Robby.

    Args:
        index: the articles' sentences.
        sentence: a sentence naming no person.
    """
    if sentence.people or pronoun_act(sentence) is None:
        return None
    earlier = index.preceding(sentence)
    for _ in range(PRONOUN_REACH):
        if earlier is None:
            return None
        if earlier.people:
            return earlier, earlier.people[0]
        earlier = index.preceding(earlier)
    return None


def best_source(evidence: Evidence, only: Callable[[PersonMention], bool] | None = None,
                officials_only: bool = False) -> Source | None:
    """The person the answering article quotes on the question's matter: the source whose
    statements cover the question's own words best (the words naming the scene left out),
    then the one whose post the question describes, then the one quoted most.

    Args:
        only: which people may answer ("pejabat Lapas Ngawi": an official of that unit).
        officials_only: "which Rutan Palu official spoke ...": only someone the article
            gives a post, and not an inmate's ("warga binaan Rutan Palu").
    """
    docs = evidence.answer_docs()[:1]
    if not docs:
        return None
    doc_id = docs[0]
    scene = frozenset(c.label for c in evidence.concepts.concepts if c.salient)
    statements: dict[str, list[tuple[float, Sentence, PersonMention]]] = {}
    known_posts = _posts_by_name(evidence, doc_id) if officials_only else {}
    for sentence, person in attributed(evidence.index.sentences.of_article(doc_id)):
        if only is not None and not only(person):
            continue
        if officials_only and not is_official_post(person.post or known_posts.get(person.name, "")):
            continue
        covered = evidence.concepts.coverage(sentence.terms, own_only=True, skip=scene)
        statements.setdefault(person.name, []).append((covered, sentence, person))
    if not statements:
        return None
    posts = _posts_by_name(evidence, doc_id)

    def standing(name: str) -> float:
        said = statements[name]
        post_fit = evidence.concepts.coverage(frozenset(analyze_document(posts.get(name, ""))), own_only=True)
        return max(c for c, _, _ in said) + STATEMENT_WEIGHT * len(said) + POST_WEIGHT * post_fit

    name = max(statements, key=standing)
    said = statements[name]
    top = max(c for c, _, _ in said)
    # The statement to cite: the best-covering one, or one naming the post near it.
    near = [item for item in said if item[0] >= top - 1e-9 or (item[2].post and item[0] >= 0.5 * top)]
    covered, sentence, person = max(near, key=lambda item: (bool(item[2].post), item[0]))
    introduced = None
    if not person.post or person.name not in sentence.text:
        introduced = next((s for _, s, p in said if p.post and p.name in s.text), None)
    return Source(doc_id, sentence, person, person.post or posts.get(name, ""), introduced)


#: Nouns of inmates, as reports write them before or after a name.
INMATE_WORDS = r"napi|narapidana|tahanan|wbp|terpidana|warga binaan|tamping"
#: A role that makes someone an inmate, not an official: "warga binaan asal Lamongan".
INMATE_ROLE = re.compile(rf"\b(?:{INMATE_WORDS}|santri|wisudawan)\b", re.IGNORECASE)


def is_official_post(post: str) -> bool:
    """Whether a post the report gives someone makes them an official: any post but an
    inmate's ("warga binaan Rutan Palu"; "Kasi Pembinaan Narapidana" is an official's)."""
    return bool(post) and not is_inmate_role(post)


def is_inmate_role(role: str) -> bool:
    """Whether the words describing someone open with an inmate's noun: "warga binaan
    Rutan Palu", "seorang napi kasus narkoba"."""
    return bool(re.match(rf"\W*(?:(?:seorang|salah satu|para)\s+)?(?:{INMATE_ROLE.pattern})", role, re.IGNORECASE))


def _posts_by_name(evidence: Evidence, doc_id: str) -> dict[str, str]:
    """The post the article gives each person it names with one."""
    posts: dict[str, str] = {}
    for sentence in evidence.index.sentences.of_article(doc_id):
        for person in sentence.people:
            if person.post and person.name not in posts:
                posts[person.name] = person.post
    return posts
