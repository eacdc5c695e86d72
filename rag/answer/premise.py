"""False premises the words of the passages reveal: an act the articles deny, a count
asked as done that the articles give only as planned, and an occasion other than theirs.

A question carries claims of its own. "Which candidate did the head of Rutan Pontianak
endorse?" presumes he endorsed one; the article says staff pledged *not* to support any
candidate. "How many inmates actually voted on 14 February?" presumes a count of votes;
the article, published the day before, gives the 1,110 inmates the polling station
*serves*. Retrieval finds the right article in both cases and every concept matches, so
coverage cannot tell; the grammar around the matching word can. Answering would state
the opposite of the article, so the assistant abstains and says what the article reports.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from rag.answer.abstain import Abstention
from rag.answer.evidence import Evidence, ScoredSentence, words_naming
from rag.answer.phrasing import article_label
from rag.concepts import Concept, question_concepts
from rag.glossary import analyze_document
from rag.indonesian import STOPWORDS_ID, analyze
from rag.query import asked_measure, asks_superlative
from rag.records import Article
from rag.spans import NUMBER_WORDS, ORDINAL_WORDS

#: Words that deny what follows ("tidak mendukung", "tak berpihak", "dilarang terlibat").
_NEGATORS = frozenset(
    "tidak tak bukan tanpa jangan dilarang larangan enggan menolak not no never without".split()  # noqa: SIM905
)
#: Words that may stand between a negator and its verb ("tidak akan berpihak").
_AUXILIARIES = frozenset(
    ["akan", "pernah", "boleh", "mau", "ingin", "dapat", "bisa", "ikut", "turut", "secara", "lagi", "pula", "juga", "sama", "sekali", "will", "would", "ever", "be", "been", "to"]
)
#: A question that itself speaks of denial, prohibition or commitment asks about what the
#: articles deny ("What did staff promise not to do?", "Who warned against ..."): the
#: denied act is then its answer, not a false premise.
_QUESTION_SPEAKS_OF_DENIAL = re.compile(
    r"\b(?:tidak|tak|bukan|tanpa|jangan|larang\w*|dilarang|netral\w*|janji\w*|berjanji|"
    r"ikrar\w*|sumpah\w*|komitmen\w*|imbau\w*|ingatkan|mengingatkan|tegaskan|menegaskan|"
    r"minta|meminta|pesan\w*|instruksi\w*|arahan\w*|hindari|menghindari|"
    r"not|no|none|nobody|nothing|neither|never|without|against|prohibit\w*|forbid\w*|ban\w*|fail\w*|gagal|"
    r"bar|barred|avoid\w*|tiada|satu pun|seorang pun|left out|excluded|stay away|steer clear|"
    r"neutral\w*|promis\w*|pledg\w*|vow\w*|swor\w*|commit\w*|urg\w*|warn\w*|ask\w*|"
    r"instruct\w*|remind\w*|refus\w*|declin\w*|deni\w*|deny)\b",
    re.IGNORECASE,
)
#: Question types that presume the act happened (a yes/no question asks whether it did).
_PRESUMING_KINDS = frozenset({"who", "people", "when", "time", "where", "how_many", "list", "what", "items"})
_WORD = re.compile(r"[\w-]+")
#: An Indonesian verb's prefix: only a verb states an act ("mendukung", "berpihak",
#: "terlibat"); the same stem as a noun ("pihak rutan", "dukungan") does not.
_VERB = re.compile(r"(?:me|be|di|te)[a-z]")


def denied_act(evidence: Evidence) -> Abstention | None:
    """The question presumes an act that the article it is about only ever denies.

    An act is one of the question's own concepts (not a name, not a light verb) written as
    one word. It is denied when every sentence of the article that holds it has a negator
    right before it (one auxiliary may stand between: "tidak akan berpihak"), and no other
    candidate article states it plainly.
    """
    frame = evidence.frame
    if (frame.kind not in _PRESUMING_KINDS or _QUESTION_SPEAKS_OF_DENIAL.search(frame.question)
            or _ASKS_MEANING.search(frame.question)):
        return None
    docs = evidence.answer_docs()
    if not docs:
        return None
    # ("situation" is also "keadaan", stemmed to "ada": a sense that is a function word
    # finds "tidak ada" anywhere and denies nothing.)
    acts = [c for c in evidence.concepts.own_concepts if _is_act(c)
            and not any(alternative <= STOPWORDS_ID for alternative in c.alternatives)]
    for concept in acts:
        denied = _denial(evidence, docs[0], concept)
        if denied is None:
            continue
        others = [d for d in evidence.candidate_docs() if d != docs[0]]
        if any(_states(evidence, d, concept) for d in others):
            continue
        return Abstention("premise_denied", denied)
    return None


#: A question asking what a term means ("remisi dasawarsa yg didapet napi itu maksudnya
#: apa?", "what does RK II mean?"): the acts in it describe the term, presume nothing.
_ASKS_MEANING = re.compile(r"\b(?:maksud|arti|pengertian|kepanjangan)(?:nya)?\s+(?:\w+\s+)?apa\b"
                           r"|\bapa\s+(?:maksud|arti|pengertian|kepanjangan)\w*\b|\bapa\s+itu\b"
                           r"|\bwhat\s+(?:does|do|did)\b[^?]*\b(?:mean|stand\s+for)\b|\bwhat\s+is\s+meant\b",
                           re.IGNORECASE)


def _is_act(concept: Concept) -> bool:
    """A content word of the question that can be denied: not a name or number, not a
    light verb, and matched by single words (a phrase is not negated word by word)."""
    return (
        not concept.salient
        and not concept.generic
        and not concept.unknown
        and all(len(alternative) == 1 for alternative in concept.alternatives)
    )


def _denial(evidence: Evidence, doc_id: str, concept: Concept) -> str | None:
    """The sentence denying ``concept`` when the article only ever denies it, of the
    question's object.

    Judged word by word, on the words after the verb: "Which candidate did he endorse?"
    is denied by "tidak mendukung calon tertentu" (its object, "calon", is the question's
    "candidate"), and "mendukung pilkada yang aman" (another object) does not state it. A
    form of the word that is not negated and not a verb ("wajib pilih" beside "tidak
    memilih") leaves it undenied.
    """
    objects = _objects(evidence, concept)
    denied: list[str] = []
    for term in _terms(concept):
        plain, plain_verb, negated = _occurrences(evidence, doc_id, term, objects)
        if plain_verb:
            return None
        if negated and not plain:
            denied.extend(negated)
    return denied[0] if denied else None


def _states(evidence: Evidence, doc_id: str, concept: Concept) -> bool:
    """Whether the article states ``concept`` as an act (a form not negated)."""
    objects = _objects(evidence, concept)
    return any(_occurrences(evidence, doc_id, term, objects)[1] for term in _terms(concept))


#: The thing a question asks to be named: "Which candidate pair did ...", "Pasangan calon
#: mana yang ...". It is the object of the question's act.
_ASKED_THING = re.compile(
    r"^\W*(?:which|what|whose)\s+(?P<en>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:did|do|does|was|were|is|are|has|have|had|will)\b"
    r"|^\W*(?P<id>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:mana|apa)\s+yang\b",
    re.IGNORECASE,
)


def _objects(evidence: Evidence, concept: Concept) -> list[Concept]:
    """The question's concepts that can be the object of ``concept``: those of the thing it
    asks to be named when it names one, else every concept that is not a name."""
    others = [c for c in evidence.concepts.own_concepts if c is not concept and not c.salient]
    asked = _ASKED_THING.match(evidence.frame.question)
    if asked is None:
        return others
    phrase = (asked.group("en") or asked.group("id")).lower()
    return [c for c in others if c.label.lower() in phrase] or others


def _terms(concept: Concept) -> list[str]:
    return sorted({next(iter(alternative)) for alternative in concept.alternatives})


#: Words after a verb read as its object.
OBJECT_WORDS = 4


def _occurrences(
    evidence: Evidence, doc_id: str, term: str, objects: list[Concept]
) -> tuple[bool, bool, list[str]]:
    """Whether the article has ``term`` not negated (in any form, and as a verb of one of
    ``objects``), and the sentences where it is negated (of one of ``objects``)."""
    plain = plain_verb = False
    negated: list[str] = []
    for sentence in evidence.index.sentences.of_article(doc_id):
        if term not in sentence.terms:
            continue
        words = [w.lower() for w in _WORD.findall(sentence.text)]
        for i, word in enumerate(words):
            if term not in _stems(word):
                continue
            following = frozenset(t for w in words[i + 1 : i + 1 + OBJECT_WORDS] for t in _stems(w))
            # Any word of an object will do: "candidate pair" is "tidak mendukung calon".
            of_object = not objects or any(a & following for c in objects for a in c.alternatives)
            if _negated(words, i):
                if of_object and sentence.text not in negated:
                    negated.append(sentence.text)
            elif not _VERB.match(word):
                plain = True
            elif of_object:
                plain = plain_verb = True
    return plain, plain_verb, negated


def _negated(words: list[str], position: int) -> bool:
    """Whether a negator stands right before ``words[position]``, or one auxiliary before."""
    before = words[max(0, position - 3) : position]
    while before and before[-1] in _AUXILIARIES:
        before.pop()
    if before and before[-1] == "yang":
        # "tidak ada satu pun karyawan lapas yang berafiliasi": nobody did it.
        return bool(_NOBODY.search(" ".join(words[max(0, position - 9) : position - 1])))
    return bool(before) and before[-1] in _NEGATORS


#: "Nobody" before the relative clause that names the act.
_NOBODY = re.compile(r"\b(?:tidak|tak) ada\b|\btiada\b|\bno one\b|\bnobody\b|\bnone\b")


@lru_cache(maxsize=8192)
def _stems(word: str) -> tuple[str, ...]:
    return tuple(analyze(word))


# ------------------------------------------------------------------ planned, not done

#: The question insists on what really happened ("actually", "sebenarnya"), as against
#: what was planned, registered or served.
_ASKS_REALISED = re.compile(
    r"\b(?:actually|in fact|in the end|ended up|turned out|really|"
    r"sebenarnya|sesungguhnya|benar-benar|akhirnya|pada akhirnya|nyatanya|realisasi\w*)\b",
    re.IGNORECASE,
)
#: A clause giving a count as planned, registered, proposed or a capacity.
_PLANNED = re.compile(
    r"\b(?:melayani|dilayani|terdaftar|didaftarkan|DPT|daftar pemilih|diusulkan|usulan|"
    r"direncanakan|rencana\w*|ditargetkan|target\w*|dijadwalkan|akan|kapasitas|"
    r"daya tampung|diperkirakan|serves?|registered|proposed|"
    r"planned|scheduled|expected|capacity)\b",
    re.IGNORECASE,
)


def asks_realised(question: str) -> bool:
    """Whether the question asks what really happened ("how many actually voted")."""
    return bool(_ASKS_REALISED.search(question))


def unrealised(evidence: Evidence, sentence: ScoredSentence, clause: str) -> bool:
    """Whether a count chosen for a question asking what really happened is only planned:
    its clause speaks of serving, registering, proposing or scheduling, or its article was
    published before the period the question asks about."""
    if not asks_realised(evidence.frame.question):
        return False
    # "how many actually had the right to vote but still weren't registered?": a word of
    # planning the question itself says ("registered") asks that state, not what came of it.
    if any(not any(c.matches(frozenset(analyze_document(m.group()))) for c in evidence.concepts.concepts)
           for m in _PLANNED.finditer(clause)):
        return True
    period = evidence.frame.date_query
    start: date | None = period.start if period is not None else None
    published: date | None = evidence.index.articles[sentence.doc_id].published
    return start is not None and published is not None and published < start


# ------------------------------------------------------------------ another destination

#: Where the question says the ones asked about were sent: "dipindahin ke Nusakambangan",
#: "moved to Nusakambangan".
_ASKED_DESTINATION = re.compile(
    r"(?:\b\w*(?:pindah|mindah|kirim|ngirim|mutasi|oper)\w*|\b(?:moved|transferred|sent|relocated))\s+(?:\w+\s+){0,3}?"
    r"(?:ke|to|into)\s+(?:(?:lapas|rutan|lp|the)\s+)?(?P<place>\w+)", re.IGNORECASE)
#: Where a report says they were sent: "memindahkan 13 warga binaan ... ke Lapas Narkotika
#: Kelas II A Jogjakarta".
_REPORTED_DESTINATION = re.compile(
    r"\b\w*(?:pindah|mindah|kirim|ngirim|mutasi)\w*\b[^.;]{0,80}?\bke\s+(?P<place>(?:[A-Z][\w.-]*\s*){1,8})")


def other_destination(evidence: Evidence) -> Abstention | None:
    """The question asks about a transfer to one place ("ke Nusakambangan") and the article
    it is about never names that place, while it reports a transfer to another ("ke Lapas
    Narkotika Kelas II A Jogjakarta"): its count or date is of another transfer."""
    frame = evidence.frame
    asked = _ASKED_DESTINATION.search(frame.question)
    docs = evidence.answer_docs()
    if frame.kind not in _PRESUMING_KINDS or asked is None or not docs:
        return None
    word = asked.group("place").lower()
    place = next((c for c in evidence.concepts.own_concepts if c.salient and word in c.label.lower().split()), None)
    if place is None or place.matches(evidence.index.article_terms(docs[0])):
        return None
    for sentence in evidence.index.sentences.of_article(docs[0]):
        reported = _REPORTED_DESTINATION.search(sentence.text)
        if reported is not None:
            label = article_label(evidence.index, docs[0])
            return Abstention("event_mismatch", f"{reported.group('place').strip(' .')} ({label})")
    return None


# ------------------------------------------------------------------ another occasion

#: Occasions an event is held for; a remission for Nyepi is not one for Idul Fitri.
_OCCASIONS = {
    "Nyepi": r"nyepi",
    "Idul Fitri": r"idul\s*fitri|lebaran|eid(?:\s+al-fitr)?\b",
    "Idul Adha": r"idul\s*adha|eid al-adha",
    "Natal": r"natal|nataru|christmas",
    "Waisak": r"waisak|vesak",
    "Imlek": r"imlek|chinese new year|lunar new year",
    "Kemerdekaan": r"kemerdekaan|hut\s+(?:ke-?\d+\s+)?ri\b|17 agustus|independence day",
    # The service's own days: Hari Bakti Pemasyarakatan (27 April) and the ministry's Hari
    # Pengayoman (19 August) are different occasions, though both are "corrections days".
    "Hari Bakti Pemasyarakatan": r"hari\s+bh?akti\s+pemasyarakatan|\bhbp\b|corrections day|"
                                 r"correctional service day",
    "Hari Pengayoman": r"hari\s+pengayoman|hari\s+dharma\s+karya(?:dhika)?",
    # Elections are occasions too: a report of the February 2024 general election does
    # not answer a question about the November regional ones.
    "Pilkada": r"pilkada|pemilihan kepala daerah|regional (?:head )?elections?|local elections?",
    "Pemilu": r"pemilu\b|pemilihan umum|pilpres|pileg|general elections?|presidential elections?|"
              r"legislative elections?",
}
_ELECTIONS = frozenset({"Pilkada", "Pemilu"})
_OCCASION_PATTERNS = {name: re.compile(rf"\b(?:{pattern})", re.IGNORECASE) for name, pattern in _OCCASIONS.items()}


def occasions(text: str) -> frozenset[str]:
    """The occasions ``text`` names ("Remisi Idul Fitri" → {"Idul Fitri"})."""
    return frozenset(name for name, pattern in _OCCASION_PATTERNS.items() if pattern.search(text))


def other_occasions(text: str, asked: frozenset[str]) -> frozenset[str]:
    """The occasions ``text`` names that contradict the ``asked`` ones: of the same family
    only (a Christmas roll call may well be about the election too, but not about Idul
    Fitri)."""
    family = {o for o in _OCCASIONS if (o in _ELECTIONS) == bool(asked & _ELECTIONS)}
    return (occasions(text) & family) - asked


def _headline_and_lead(article: Article) -> str:
    """The headline and the opening sentence: where a report names its occasion ("...
    menyalurkan hak pilih pada Pemilu 2024" under a headline that does not)."""
    return f"{article.title}\n{article.text[:LEAD_CHARS]}"


#: How much of an article's opening counts as its lead.
LEAD_CHARS = 300
#: How many of the best sentences may name the asked occasion for a report of another one
#: to answer it.
FOCUS_NAMING = 2


#: A mention made by comparison: "sama halnya dengan remisi Nyepi bagi yang beragama Hindu".
_COMPARED = re.compile(r"\b(?:sama halnya dengan|seperti halnya|seperti|serupa dengan|begitu pula|begitu juga|"
                       r"just like|like|as with)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def _reports_occasion(text: str, asked: frozenset[str]) -> bool:
    """Whether a sentence names an asked occasion other than by comparison."""
    return any(_OCCASION_PATTERNS[name].search(text) and not any(
        _COMPARED.search(text[: m.start()]) for m in _OCCASION_PATTERNS[name].finditer(text))
        for name in asked)


def other_occasion(evidence: Evidence) -> Abstention | None:
    """The question asks about an event for one occasion ("remisi Nyepi") and the article it
    is about reports one for another (its headline: "Remisi Idul Fitri"), naming the asked
    one only in passing; no other candidate article's headline names the asked one."""
    frame = evidence.frame
    if frame.kind not in _PRESUMING_KINDS:
        return None
    asked = occasions(frame.question)
    docs = evidence.answer_docs()
    if not asked or not docs:
        return None
    articles = evidence.index.articles
    if any(occasions(_headline_and_lead(articles[d])) & asked for d in evidence.candidate_docs()):
        return None
    # Only an occasion of the same family contradicts the asked one: a Christmas roll call
    # may well be about the election too, but not about Idul Fitri.
    family = {o for o in _OCCASIONS if (o in _ELECTIONS) == bool(asked & _ELECTIONS)}
    reported = occasions(_headline_and_lead(articles[docs[0]])) & family
    if not reported:
        return None
    if any(_reports_occasion(s.text, asked) for s in evidence.focus_sentences()[:FOCUS_NAMING] if s.doc_id == docs[0]):
        # "Selain Idul Fitri, ada pula satu narapidana yang diusulkan menerima remisi Hari Raya
        # Nyepi ... pada 28 Maret 2025": the report tells of the asked occasion in a sentence
        # that answers best, not only in passing.
        return None
    label = article_label(evidence.index, docs[0])
    return Abstention("event_mismatch", f"{', '.join(sorted(reported))} ({label})")


#: The clause that says what the asked ones did: "berapa napi ... yang langsung bebas",
#: "paslon mana yang menang", "how many inmates who voted", "which staff were punished".
_ASKED_CLAUSE = re.compile(
    r"\b(?:berapa|mana|how many)\b(?:\s+[\w-]+){0,8}?\s+(?:yang|who|that)\s+(?P<clause>[^?.,;]+)"
    r"|^\W*(?:which|what|how many)\s+(?:[\w'-]+\s+){1,10}?(?:were|was)\s+(?P<passive>\w+ed)\b"
    # "Which team won the futsal final?": the act right after the asked noun.
    r"|^\W*(?:which|what)\s+(?:[\w'-]+\s+){1,2}?(?P<active>won|wins|win|lost|loses|scored)\b"
    # "How many inmates escaped from Dompu prison?": the act right after the counted noun.
    r"|^\W*how many\s+(?:[\w'-]+\s+){1,2}?(?P<counted>escaped|fled|died|voted|graduated|fought|rioted)\b"
    # "How many inmates at the Magetan facility still had to be verified?": an act pending.
    r"|\bhow many\s+(?:[\w'-]+\s+){1,8}?(?:still\s+)?(?:had|have|has|need|needed|were|are|was|is)\s+"
    r"(?:still\s+|yet\s+)?to\s+be\s+(?P<pending>\w+ed)\b"
    # "On what date was the new building officially inaugurated?": the act dated.
    # The last act before the end is the one dated ("when was the man arrested in Kendal
    # released?"); "..., and who led the destruction?" is a second question after it.
    r"|^\W*(?:when|on what (?:date|day)|what date)\s+(?:was|were)\s+(?:[\w'-]+\s+){1,14}(?P<dated>\w+ed)"
    r"(?:\s+(?:by|in|at|from)\s+[^?,]*)?(?:,?\s+and\s+(?:who|what|where|how|which)\b[^?]*)?\s*\?*\s*$"
    # "Kapan dua santri hafiz itu diwisuda?": the passive verb that ends the question.
    r"|^\W*kapan\s+(?:[\w'-]+\s+){1,14}?(?P<dated_id>di(?!bilang|sebut|mulai|gelar|adakan|lakukan|laksanakan|selenggarakan|langsungkan|"
    # a document's or an occasion's date is given without its verb ("SE ... tanggal 23 November")
    r"tetapkan|keluarkan|terbitkan|tandatangani|buat|berikan|serahkan|buka|resmikan|umumkan)[a-z]{3,})\s*\?*\s*$",
    re.IGNORECASE,
)
#: A clause that names a group already known ("kabur itu"), then the clause asked.
_NAMED_GROUP = re.compile(r"(?:[\w-]+\s+){1,4}?(?:itu|tersebut|tadi)\s+(?:yang|yg)\s+(?P<rest>.+)", re.IGNORECASE)
#: Words before the act a clause asks about that are not that act: verbs of receiving,
#: whose object names it ("yang menerima penyematan ..."), a passive marker and a failure.
_BEFORE_THE_ACT = frozenset({"menerima", "terima", "mendapat", "mendapatkan", "dapat", "dapet", "memperoleh", "kebagian",
                            "receive", "received", "receiving", "got", "get", "obtained",
                            # "yg kena mutasi", "terkena razia": the passive of what follows.
                            "kena", "terkena",
                            # "failed to control 13 officers" — "tak mampu mengendalikan 13 orang
                            # anak buahnya": what was not done is the act the report tells.
                            "failed", "fail", "fails", "unable", "gagal"})
#: Where that clause turns to cause, time or place ("yang langsung bebas | gara-gara remisi").
_CLAUSE_TURN = re.compile(
    r"\b(?:gara-gara|karena|sebab|setelah|usai|saat|ketika|waktu|pada|di|dalam|untuk|dari|"
    r"sejak|selama|berkat|because|after|when|during|in|at|on|from|for|since|thanks)\b",
    re.IGNORECASE,
)
#: Words of manner and aspect: they qualify what was done, they do not name it.
_MANNER = frozenset(
    ["langsung", "sudah", "telah", "masih", "akan", "baru", "sedang", "pernah", "benar", "resmi",
     # "yg akhirnya beneran nyoblos": how surely, or at last, not what was done.
     "beneran", "bener", "benar-benar", "sungguh", "betul", "akhirnya", "sebenarnya", "sebenernya", "emang",
     "memang", "actually", "really", "finally", "eventually", "indeed",
     # "yg awalnya diusulin": at first, which says when, not what was done.
     "awalnya", "semula", "mula-mula", "sempat", "initially", "originally", "first",
     # The present, which says when: "yang kini menghuni" asks who live there.
     "kini", "sekarang", "saat", "now", "currently", "presently", "today",
     # Telling, which says who spoke, not what is asked: "kalapas yg ngaku dana makannya
     # habis" asks about the money running out, "which inmate described how much water
     # ..." about the water; reports tell with many verbs ("menuturkan", "menyebut").
     "ngaku", "mengaku", "bilang", "ngomong", "mengatakan", "menyebut", "menyebutkan", "menyatakan",
     "menjelaskan", "menuturkan", "mengungkapkan", "menyampaikan", "cerita", "bercerita",
     "admitted", "admits", "said", "says", "told", "described", "describes", "explained", "stated",
     "claimed", "mentioned", "revealed",
     # Being among, which says where the asked ones are listed, not an act: "yg udah masuk
     # DPT" asks about the voter list ("tercantum dalam DPT").
     "masuk",
     # Intent, which says when, not what: "yang mau dipindahin" asks about the transfer.
     "mau", "ingin", "hendak", "bakal", "bakalan", "pengen", "want", "wants", "going",
     "akhirnya", "juga", "turut", "ikut", "directly", "immediately", "already", "still",
     # Taking part, which says who shared the act, not what it was: "pihak mana saja yang
     # terlibat menjalankan program" asks about running the programme.
     "terlibat", "berpartisipasi", "involved", "participated", "participating",
     # Helping, which says the same: "instansi yg ikut bantu geledah" asks about the search;
     # so does being included ("staff included in the urine test").
     "bantu", "membantu", "dibantu", "help", "helped", "helping", "helps", "included", "includes",
     # What the asker learnt, not what was done: "yang ternyata sudah bebas".
     "ternyata", "memang", "sebenarnya", "rupanya", "apparently", "really", "turned", "out",
     # Expectation, not the act: "were expected to walk free" asks about walking free.
     "expected", "supposed", "scheduled", "due", "planned", "likely", "set",
     "dijadwalkan", "direncanakan", "diharapkan", "diperkirakan", "ditargetkan",
     "actually", "finally", "also", "were", "was", "are", "is", "have", "has", "had", "did",
     "been", "be",
     # How an event is reported or befalls, not what it is: "yang diberitakan mengalami
     # napi kabur" asks about escapes.
     "diberitakan", "dilaporkan", "dikabarkan", "disebut", "tercatat", "mengalami", "terjadi",
     "reported", "recorded", "experienced",
     # How the ones asked are judged or named, not what they did: "yg dianggap
     # provokatornya" asks about the provocateurs.
     "dianggap", "diduga", "dinilai", "merupakan", "adalah", "considered", "deemed", "suspected",
     "alleged", "allegedly", "believed", "thought",
     # The class they are in, not an act: "berapa yang berstatus narapidana dan berapa yang
     # tahanan" asks about convicts and detainees.
     "berstatus", "tergolong", "termasuk", "berkategori", "dikategorikan", "classified",
     "categorised", "categorized", "counted",
     # Being brought into an act or made into something, not the act: "yang diajak
     # berkoordinasi" asks about coordinating, "were used as samples" about the sample.
     "diajak", "mengajak", "invited", "used", "digunakan", "dipakai", "dijadikan", "made",
     # Undergoing or following what is named next: "yang menjalani tes urine" asks about
     # the test, "yang mengikuti pelatihan" about the training.
     "menjalani", "mengikuti", "underwent", "undergo", "undergoing"]
)


#: "semua ... negatif", "seluruhnya negatif", "hasilnya negatif semua", "tidak ada yang
#: positif", "nihil".
ALL_NEGATIVE = re.compile(
    r"\b(?:semua|seluruh(?:nya)?|kesemua(?:nya)?)\b[^.;]{0,80}\bnegatif\b|\bnegatif\s+semua(?:nya)?\b"
    r"|\btidak\s+(?:ada|ditemukan)\s+(?:yang\s+|satu\s+pun\s+(?:yang\s+)?)?(?:positif|reaktif)\b"
    r"|\bhasil(?:nya)?\s+(?:tes\s+)?(?:nihil|negatif\s+seluruhnya)\b", re.IGNORECASE)


#: A test outcome asked: "yang positif", "tested positive".
_ASKS_POSITIVE = re.compile(r"\b(?:positif|positive|reaktif|reactive)\b", re.IGNORECASE)


def unstated_act(evidence: Evidence) -> Abstention | None:
    """The question asks about those who did something ("yang langsung bebas", "mana yang
    menang", "which staff were punished") that no candidate article says of anyone: their
    numbers and names are about something else (remission recipients, not those freed at
    once; voters, not winners), so none of them answers. Judged on the clause's first
    content word, the act itself, through the glossary's forms of it."""
    frame = evidence.frame
    if frame.kind not in {"how_many", "who", "list", "what", "items", "when"}:
        return None
    if asked_measure(frame.question) is not None:
        # "Berapa berat sabu yang disita ...?": the clause says which thing is weighed or
        # priced, not what the counted ones did.
        return None
    if _ASKS_POSITIVE.search(frame.question) and any(
            ALL_NEGATIVE.search(evidence.index.articles[d].text) for d in evidence.answer_docs()[:1]):
        # "Berapa yang positif HIV?" of a report where every test came back negative: the
        # count is none, which the count reader says.
        return None
    if asks_superlative(frame.question):
        # "Lapas mana yang menampung paling banyak?" compares the counts the report gives
        # ("31 orang di Lapas Karanganyar") whatever verb the question puts to them; with
        # nothing to compare, the superlative composer says not stated.
        return None
    if frame.kind == "when":
        # A when-question checks only the act it dates ("when was it inaugurated?"), not a
        # clause that says who ("sejak kapan menampung anak yang ikut kerusuhan").
        dated = _ASKED_CLAUSE.search(frame.question)
        if dated is None or not (dated.group("dated") or dated.group("dated_id")):
            return None
    # The act a when-question dates must be told by the article that would date it: another
    # unit's inauguration in the same town is no date for this one's.
    docs = evidence.answer_docs() if frame.kind == "when" else evidence.candidate_docs()
    if frame.kind == "when":
        # Of reports tied at the top, those of the unit asked: Lapas Muaro Padang's wisuda
        # dates nothing of Rutan Padang's santri.
        about = evidence.about_asked_unit(set(docs))
        docs = [d for d in docs if d in about] or docs
    act = asked_act(evidence)
    if act is None or not docs:
        return None
    core, head = act
    # The head's own word counts too: "diusulkan" may have lent its sense "usul" to a
    # narrower concept of the same question ("total usulan"), keeping only "aju".
    # The head's own senses too: the question's concepts share each form out once, so
    # "inaugurated" may have lent "resmi" to "officially" before it.
    senses = [*head, *(own for c in head for own in question_concepts(c.label, frame.language))]
    if any(c.matches(terms) or frozenset(analyze(c.label)) <= terms
           for terms in map(evidence.index.article_terms, docs) for c in senses):
        if frame.kind == "how_many" and _only_wished(evidence, docs[0], head):
            # "Berapa yang sudah tertangkap lagi?" — "Mudah-mudahan mereka cepat
            # tertangkap": the report only wishes it; no count of it is given.
            return Abstention("count_not_stated", core.strip())
        return None
    if _HOUSING.search(core) and any(_HOUSING.search(evidence.index.articles[d].text) for d in docs[:1]):
        # "warga binaan yang menghuni Lapas Cibinong" — "Lapas Cibinong menampung 1.529
        # warga binaan": to be housed is said from either side, in many verbs.
        return None
    if _PERMITTED.search(core) and any(_LIMITED.search(evidence.index.articles[d].text) for d in docs[:1]):
        # "jumlah maksimal pengikut yang diperbolehkan" — "jumlah pengikut dibatasi paling
        # banyak lima orang": a limit says what is allowed.
        return None
    code = "count_not_stated" if frame.kind == "how_many" else "act_not_stated"
    return Abstention(code, core.strip())


#: Words of a wish or a hope, up to the act they wish: "Mudah-mudahan mereka cepat".
WISHED = re.compile(r"\b(?:mudah-mudahan|semoga|moga-moga|diharapkan|berharap|harapannya|hopefully|hopes?|hoped)\b[^.;]*$",
                    re.IGNORECASE)
#: A wish (``WISHED``), or a threat right before the act ("ASN yang melanggar dapat dijatuhi
#: hukuman disiplin").
_WISH_BEFORE = re.compile(WISHED.pattern + r"|\b(?:bakal|akan|terancam|diancam|would)\s+(?:[\w-]+\s+)?$"
                          # ("tidak dapat menggunakan hak suaranya" says what could not be done.)
                          r"|(?<!tidak )(?<!belum )(?<!tak )\b(?:dapat|bisa|could|can|may|might)\s+(?:[\w-]+\s+)?$",
                          re.IGNORECASE)
#: "yang bisa langsung pulang", "yang boleh menjenguk": a question that asks what could be
#: or may be done is answered by it.
_ASKS_ABILITY = re.compile(r"\b(?:dapat|bisa|bs|boleh|diperbolehkan|dibolehkan|diizinkan|could|can|able|may|allowed|permitted)\b",
                           re.IGNORECASE)


def _only_wished(evidence: Evidence, doc_id: str, head: list[Concept]) -> bool:
    """Whether every sentence of the report that says the act does so in a wish."""
    # ("dijatuhi hukuman": a sentence says the act with all of its words, "hukum" alone is in
    # "Kemenkumham".)
    said = [(sentence.text, min(words, key=lambda w: w.start()))
            for sentence in evidence.index.sentences.of_article(doc_id)
            if any(c.alternatives[0] <= sentence.terms for c in head)
            and (words := list(words_naming(sentence.text, head)))]
    if _ASKS_ABILITY.search(evidence.frame.question):
        return False
    return bool(said) and all(_WISH_BEFORE.search(text[: word.start()]) for text, word in said)


#: An ordinal part of an event a question names: "hari keempat", "tahap kedua", "the
#: second day", "the first session".
_ORDINAL_ASKED = re.compile(
    r"\b(?P<noun>hari|tahap|gelombang|sesi|putaran|angkatan)\s+(?P<ord>ke-?\s?\d+|pertama|kedua|ketiga|keempat|kelima)\b"
    r"|\b(?P<ord_en>first|second|third|fourth|fifth)\s+(?P<noun_en>day|stage|phase|wave|round|session|batch)\b",
    re.IGNORECASE)
#: The forms a report writes each ordinal in.
_ORDINAL_FORMS = {1: ("pertama", "kesatu", "perdana", "ke-1", "ke 1"), 2: ("kedua", "ke-2", "ke 2"),
                  3: ("ketiga", "ke-3", "ke 3"), 4: ("keempat", "ke-4", "ke 4"), 5: ("kelima", "ke-5", "ke 5")}
#: The nouns a report may write each part with.
_PART_NOUNS = {"hari": ("hari",), "day": ("hari",), "tahap": ("tahap", "tahapan", "gelombang"),
               "stage": ("tahap", "tahapan", "gelombang"), "phase": ("tahap", "tahapan", "fase"),
               "gelombang": ("gelombang", "tahap", "angkatan"), "wave": ("gelombang", "tahap"),
               "batch": ("gelombang", "angkatan", "tahap"), "angkatan": ("angkatan", "gelombang"),
               "sesi": ("sesi",), "session": ("sesi",), "putaran": ("putaran", "gelombang", "tahap"),
               "round": ("putaran", "gelombang", "tahap")}


def unstated_ordinal(evidence: Evidence) -> Abstention | None:
    """The question asks about one numbered part of an event ("pada hari keempat", "tahap
    kedua", "on the second day") that the answering report never numbers: its counts and
    dates are of the whole or of other parts ("sekitar 130 WBP lainnya dijadwalkan menyusul
    pada tahap berikutnya"), so none of them answers."""
    match = _ORDINAL_ASKED.search(evidence.frame.question)
    docs = evidence.answer_docs()
    if match is None or not docs:
        return None
    noun = (match.group("noun") or match.group("noun_en")).lower()
    written = (match.group("ord") or match.group("ord_en")).lower()
    number = ORDINAL_WORDS.get(written) or int(re.sub(r"\D", "", written) or 0)
    if number not in _ORDINAL_FORMS:
        return None
    nouns = "|".join(_PART_NOUNS[noun])
    forms = "|".join(re.escape(f) for f in _ORDINAL_FORMS[number])
    stated = re.compile(rf"\b(?:{nouns})\s+(?:\w+\s+)?(?:{forms})\b|\bH\s?\+\s?\d", re.IGNORECASE)
    if any(stated.search(evidence.index.articles[d].text) for d in docs):
        return None
    return Abstention("part_not_stated", match.group().strip())


#: English words of being kept in a unit: "still locked up there", "behind bars".
CONFINED_WORDS = r"locked up|behind bars"
#: Words of living in a unit: "penghuni", "dihuni", "isinya", "housed", "held", "still locked
#: up there" (also what a how-many question asks the occupancy with, ``rag.answer.how_many``).
LIVING_WORDS = (r"penghuni\w*|dihuni|menghuni|diisi|isinya|terisi|ditampung|menampung|dijejali|disesaki|ditempati"
                rf"|occupants?|housed|housing|holding|held|living|{CONFINED_WORDS}")
#: Verbs of being housed in a unit, said of the inmates or of the unit.
_HOUSING = re.compile(rf"\b(?:{LIVING_WORDS}|mendiami|didiami|menempati|mendekam|live|occupy|occupied|occupying)\b",
                      re.IGNORECASE)


#: An act of permitting, which a report states as a limit (``_LIMITED``).
_PERMITTED = re.compile(r"\b(?:(?:di)?(?:per)?boleh(?:kan)?|diizinkan|diperkenankan|allowed|permitted)\b", re.IGNORECASE)
#: A limit: "dibatasi paling banyak lima orang", "maksimal dua orang".
_LIMITED = re.compile(r"\b(?:dibatasi|maksimal|maksimum|paling\s+banyak|tidak\s+boleh\s+lebih|tidak\s+lebih\s+dari|"
                      r"batas\s+(?:maksimal|jumlah))\b", re.IGNORECASE)


#: Words that open a clause ascribing something to the asked ones rather than an act.
_ASCRIBING = frozenset({"disebut", "dikatakan", "dinilai", "dianggap", "diklaim", "menjadi", "merupakan", "adalah",
                        "termasuk", "tergolong", "considered", "described", "deemed", "called", "named", "said"})
#: A round count: "puluhan", "ratusan", "ribuan", "belasan", "hundreds", "dozens".
_ROUND_COUNT = re.compile(r"(?:puluh|ratus|ribu|belas|juta)an|hundreds|dozens|thousands|scores|tens", re.IGNORECASE)


def asked_act(evidence: Evidence) -> tuple[str, list[Concept]] | None:
    """What the asked ones did, as the question's clause says it ("yang mau dipindahkan",
    "who voted"): the clause as written and the concepts of its act, or None when the
    question has no such clause or its act is a light or generic verb."""
    match = _ASKED_CLAUSE.search(evidence.frame.question)
    if match is None:
        return None
    clause = match.group("clause")
    if clause is not None and (named := _NAMED_GROUP.match(clause)) is not None:
        # "berapa dari lima napi yang kabur itu yang sudah tertangkap kembali": the first
        # clause says which ones ("yang kabur itu"); the act asked is the next.
        clause = named.group("rest")
    core = (match.group("passive") or match.group("active") or match.group("dated") or match.group("dated_id")
            or match.group("counted") or match.group("pending")
            or _CLAUSE_TURN.split(clause)[0])
    # "yg satu barak sama ...": a number word says how many, not what was done; so does a
    # round count ("yg ratusan tahanannya kabur": the report writes "448").
    # "yang menerima penyematan tanda kesiapsiagaan": to receive says little; what was
    # received names the act ("penyematan ... kepada dua pegawai").
    words = [w for w in _WORD.findall(core.lower())
             if w not in _MANNER and w not in NUMBER_WORDS and not _ROUND_COUNT.fullmatch(w)
             and w not in _BEFORE_THE_ACT]
    raw = _WORD.findall(core.lower())
    if raw and raw[0] in _ASCRIBING:
        # "berapa regulasi yang disebut menjadi dasar asas netralitas": what the counted are
        # called, not something they did, which a report may put in its own words.
        return None
    # The act is the clause's first word with a concept of its own; a light verb
    # ("mengadakan apel", "menggelar") says nothing of what was done.
    concepts = [c for c in evidence.concepts.own_concepts if not c.salient and not c.unknown
                and c.label.lower().split()[0] not in _BEFORE_THE_ACT]  # "failed to": not by its "to"
    head = next(([c for c in concepts if word in c.label.lower().split()] for word in words
                 if any(word in c.label.lower().split() for c in concepts)), [])
    if not head or any(c.generic for c in head):
        return None
    return core, head
