"""Abstention: why the assistant does not answer, as a code and a message in two languages.

Every "the articles do not say" the assistant gives comes from here, with a reason a
user or an evaluator can see (``Answer.abstain_reason``):

========================  ==================================================================
``no_passage``            nothing was retrieved (or the question has no content words)
``period_empty``          no article reports an event in the period the question names
``name_not_in_corpus``    a name or number of the question appears in no article
``terms_not_in_corpus``   more than half of the question's weight is absent from the corpus
``weak_match``            even the best passage covers less than half of the question
``off_topic``             the articles share only names with the question
``post_not_held``         a post is asked for and nobody the articles name holds it
``not_stated``            a count, date, author or outlet is asked and none is stated
``event_mismatch``        the articles report another kind of event than the one asked
``premise_denied``        the article only ever denies the act the question presumes
``not_realised``          a count is asked as done and the article gives it as planned
``initials_only``         a name is asked and the articles give only initials ("MA")
``agent_unknown``         the doer of an act is asked and the report says it is unknown
                          ("oleh oknum yang tidak bertanggung jawab")
``relative_unnamed``      someone is asked by a tie ("the inmate's friend") the report names
                          no one by
``asked_kind_absent``     a kind of thing is asked ("which university") the report never names
``count_not_stated``      the report gives no count of those who did the act asked
``count_of_other_act``    the report's count is of those who did something else (the detail:
                          that count's clause)
``thing_not_counted``     a number of things is asked ("berapa TPS") and every count the
                          report gives is of something else (ballots, people)
``act_not_stated``        the report says no one did the act asked
``part_not_stated``       the report never numbers the part of the event asked ("hari keempat")
``capacity_not_stated``   a capacity is asked and no count is given as one (the detail: how
                          many the unit holds, when that is what the report gives)
========================  ==================================================================
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from rag.answer.evidence import Evidence
from rag.answer.phrasing import article_label, t
from rag.concepts import Concept
from rag.events import (
    SETTING_KIND,
    event_label,
    names_setting,
    question_event_kinds,
    says_asked_words,
)
from rag.glossary import english_terms
from rag.indonesian import analyze
from rag.people import posts_in_question
from rag.query import QuestionFrame, offered_name
from rag.spans import ACRONYM

#: Below this share of the question's concept weight, the best passage does not answer it.
MIN_COVERAGE = 0.5
#: The same when the best articles have every name the question gives.
NAMED_COVERAGE = 0.35
#: How much an English word the glossary lacks counts when judging what the corpus lacks.
UNKNOWN_SHARE = 0.5


@dataclass(frozen=True)
class Abstention:
    """A reason not to answer, with what it concerns (a missing name, a period)."""

    code: str
    detail: str = ""


class NotStated(Exception):
    """A composer found the question's kind of answer missing from the passages."""

    def __init__(self, code: str = "not_stated", detail: str = "") -> None:
        super().__init__(code)
        self.abstention = Abstention(code, detail)


def missing_concepts(evidence: Evidence) -> list[Concept]:
    """Concepts of the question that no article mentions at all."""
    return [c for c in evidence.concepts.concepts if not evidence.concepts.present(c)]


def _year_of_retrieved(label: str, evidence: Evidence, docs: list[str]) -> bool:
    """Whether a year the question names ("menjelang Pemilu 2014") is the year a retrieved
    report is dated or dates its events in, though its body never writes the number (the
    year stands in the page's date line only: "pada Kamis (20/2)")."""
    if not re.fullmatch(r"(?:19|20)\d\d", label):
        return False
    year = int(label)
    for doc_id in docs[:5]:
        article = evidence.index.articles[doc_id]
        if (article.published is not None and article.published.year == year
                or any(event.day.year == year for event in article.event_dates)):
            return True
    return False


def _translated_in_passages(written: str, evidence: Evidence, docs: list[str]) -> bool:
    """Whether an English word or acronym the question borrows ("tanda tangan MoU") is
    written in a retrieved article (``docs``, in retrieval order) in the Indonesian the
    glossary gives it ("nota kesepahaman"): the question names what the report names."""
    phrases = [p for p in english_terms(written) if p.lower() != written.lower()]
    return any(re.search(rf"\b{re.escape(p)}\b", evidence.index.articles[d].text, re.IGNORECASE)
               for p in phrases for d in docs[:5])


def _spelt_out_in_passages(written: str, evidence: Evidence, docs: list[str]) -> bool:
    """Whether an acronym of the question is spelt out in a retrieved article (``docs``,
    in retrieval order) ("metode TC": "metode Therapeutic Community"): the capitalised
    words whose initials make it."""
    if not ACRONYM.fullmatch(written):
        return False
    words = r"\s+".join(rf"{letter}[\w-]+" for letter in written)
    spelt = re.compile(rf"\b{words}\b")
    return any(spelt.search(evidence.index.articles[d].text) for d in docs[:5])


def check(evidence: Evidence) -> Abstention | None:
    """Why the passages cannot answer the question, or None when they may.

    The question is unanswerable when nothing was retrieved, when a name, number or more
    than half of its weight names something no article mentions, when even the best
    passage covers less than ``MIN_COVERAGE`` of it, or when the articles share only
    names with it.
    """
    concepts = evidence.concepts
    if not evidence.hits or not concepts.concepts:
        return Abstention("no_passage")
    # "Rutan Tanjung Redeb, Berau", "Lapas Banceuy in Bandung": the regency where a
    # retrieved report's unit lies is no missing word, though that report never writes it.
    retrieved = list(dict.fromkeys(h.chunk.doc_id for h in evidence.hits))
    missing = [c for c in missing_concepts(evidence)
               if not (c.salient and any(concepts.placed_by_unit(d, c) for d in retrieved))
               and not _year_of_retrieved(c.label, evidence, retrieved)]
    # Only the question's own names veto: those a follow-up borrows pick the article.
    own = concepts.own_concepts
    offered = offered_name(evidence.frame.question) if evidence.frame.kind == "yesno" else None
    # "... itu bernama Budi Ruswanto?": the name offered is what is checked, not a condition.
    names = [_as_written(c.label, evidence.frame.question) for c in missing if c.salient and c in own
             and not (offered is not None and set(c.label.lower().split()) & set(offered.group("name").lower().split()))
             and not _spelt_out_in_passages(_as_written(c.label, evidence.frame.question), evidence, retrieved)
             and not _translated_in_passages(_as_written(c.label, evidence.frame.question), evidence, retrieved)]
    if names:
        return Abstention("name_not_in_corpus", ", ".join(names))
    if not evidence.names_found():
        # The named UPT or place exists, but none of its articles is among the passages the
        # period, region or filters allow: another article's answer would be a wrong one.
        named = ", ".join(_as_written(c.label, evidence.frame.question) for c in concepts.names)
        code = "period_empty" if evidence.frame.date_query is not None else "weak_match"
        return Abstention(code, named)
    # An English word the glossary lacks is missing from an Indonesian corpus whatever the
    # articles say ("hosting", "preparing"): it counts half towards "the corpus lacks it".
    missing_weight = sum(
        w * (UNKNOWN_SHARE if c.unknown else 1.0)
        for c, w in zip(concepts.concepts, concepts.weights)
        if c in missing
    )
    if missing_weight > sum(concepts.weights) / 2:
        return Abstention("terms_not_in_corpus", ", ".join(c.label for c in missing))
    other_subject = _other_subject(evidence) or _asked_kind_absent(evidence)
    if other_subject is not None:
        return other_subject
    best = evidence.best_chunk_per_doc()  # only articles that have the question's names
    named = _only_paraphrase_missing(evidence, best) or _asks_named_post(evidence, best)
    floor = NAMED_COVERAGE if named else MIN_COVERAGE
    if (max((cov for _, cov in best.values()), default=0.0) < floor
            and _coverage_past_kind_asked(evidence, best) < floor):
        return Abstention("weak_match")
    if not _about_its_topic(evidence, best):
        return Abstention("off_topic")
    return _event_mismatch(evidence)


#: Question types that report on an event; a question about the article itself or a
#: yes/no question is answered (or denied) whatever the event.
_EVENT_KINDS_CHECKED = frozenset(
    {"who", "people", "when", "time", "where", "how_many", "list", "what", "why", "items"}
)


def _event_mismatch(evidence: Evidence) -> Abstention | None:
    """The articles the question names report another kind of event than the one it asks
    about ("When did Lapas Tual hold its pledge?" when Lapas Tual held a roll call)."""
    if not evidence.asked_events or evidence.frame.kind not in _EVENT_KINDS_CHECKED:
        return None
    if _asks_named_post(evidence, evidence.best_chunk_per_doc()):
        # "Siapa Kepala Satuan Pengamanan Rutan Boyolali waktu mendampingi awak media
        # meninjau ...?": the post of a unit the report names fixes the person; the scene
        # the question sets is no event it must report.
        return None
    docs = evidence.candidate_docs()
    if any(evidence.reports_asked_event(d) for d in docs):
        return None
    if says_asked_words(evidence.asked_events, (s.text for s in evidence.index.sentences.of_article(docs[0]))):
        # "Kapan Lapas Wonreli melakukan kunjungan koordinasi ke Kejari?": the report speaks
        # of the visit in the question's own word, though not as an official's visit.
        return None
    if names_setting(evidence.frame.question, evidence.language) and any(
        SETTING_KIND in evidence.index.sentences.events(d) for d in docs
    ):
        return None  # what was done at the roll call the question names is part of it
    if _event_named_as_written(evidence, docs[0]):
        return None
    top = docs[0]
    kinds = evidence.index.sentences.events(top)
    what = event_label(kinds[0], evidence.language) if kinds else ""
    label = article_label(evidence.index, top)
    return Abstention("event_mismatch", f"{what} ({label})" if what else label)


#: A run of capitalised words: a name ("Parade Gangsa", "Hari Bakti Pemasyarakatan").
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+")


def _event_named_as_written(evidence: Evidence, doc_id: str) -> bool:
    """Whether the asked kind comes from a name the report itself writes: "the Parade
    Gangsa show" is a culture show by that name, not a roll call ("parade")."""
    text = evidence.index.articles[doc_id].text
    return any(
        run.group() in text and question_event_kinds(run.group(), evidence.language) & evidence.asked_events
        for run in _CAPITALISED_RUN.finditer(evidence.frame.question)
    )


#: Activities a question may name by their subject: "pelatihan barista", "barista training".
_ACTIVITY = (r"(?:pelatihan|kursus|lomba|pertandingan|turnamen|festival|pameran|pentas|seminar|"
             r"sosialisasi|penyuluhan|workshop|training|course|competition|tournament|contest|exhibition)")
#: The words after an activity that say what it was, up to a clause break.
_ACTIVITY_PHRASE_WORDS = 3


def _other_subject(evidence: Evidence) -> Abstention | None:
    """A false premise in the subject of an activity: "pelatihan barista" asked of the
    article that reports a souvenir course. The article holds the activity but not its
    asked subject; the answer says what the activity was. An English word the glossary
    lacks may be a gap in the glossary, not in the article ("souvenir-making course"), so
    only a word the article could have used decides: an Indonesian one, or one the glossary
    translates."""
    if evidence.frame.kind not in _EVENT_KINDS_CHECKED:
        return None
    docs = evidence.answer_docs()[:1]
    if not docs:
        return None
    terms = evidence.index.article_terms(docs[0])
    question = evidence.frame.question
    for concept in evidence.concepts.own_concepts:
        if concept.salient or concept.generic or concept.unknown or concept.matches(terms):
            continue
        if evidence.language != "id" and not concept.domain:
            continue
        word = r"\s+".join(map(re.escape, concept.label.split()))
        # The subject follows the activity in Indonesian ("pelatihan barista"; "lulus
        # pelatihan" is an act, not a subject) and leads it in English ("barista training").
        shape = (rf"\b({_ACTIVITY})\s+{word}\b" if evidence.language == "id"
                 else rf"\b{word}\s+({_ACTIVITY})\b")
        asked = re.search(shape, question, re.IGNORECASE)
        if asked is None:
            continue
        lead = evidence.index.articles[docs[0]].text[:LEAD_CHARS]
        reported = _activity_in(lead, asked.group(1))
        if reported is not None:
            return Abstention("event_mismatch", f"{reported} ({article_label(evidence.index, docs[0])})")
    return None


#: "Which university ...?", "universitas mana ...?": the kind of thing a question asks for.
# ("At which temple ...?", "Di vihara mana ...?": the place's kind after its preposition.)
_ASKED_KIND_EN = re.compile(r"^\W*(?:and\s+)?(?:(?:at|in|to|from|inside)\s+)?(?:which|what)\s+(?:(?P<before>[a-z]+)\s+)?"
                            r"(?P<noun>[a-z]+)\b", re.IGNORECASE)
_ASKED_KIND_ID = re.compile(r"^\W*(?:(?:di|ke|dari)\s+)?(?:(?P<before>[a-z]+)\s+)?(?P<noun>[a-z]+)\s+(?:apa|mana)(?:kah)?\b",
                            re.IGNORECASE)
#: Kinds of named body a report names by their own word when it names one at all
#: ("Universitas Sriwijaya", "Bank Sumsel Babel", "kontraktor CV ..."): asked of a report
#: without the word, the report names none.
_NAMED_KINDS = frozenset(
    ["university", "universities", "universitas", "kampus", "bank", "banks", "contractor", "contractors",
     "kontraktor", "school", "schools", "sekolah", "church", "churches", "gereja", "mosque", "mosques", "masjid",
     "hotel", "hotels", "score", "scores", "skor", "brand", "brands", "merek", "merk",
     # places of worship and venues, named by their word: "Vihara Dharma Bhakti"
     "vihara", "klenteng", "kelenteng", "temple", "temples", "monastery", "stadium", "stadion",
     "hospital", "hospitals"]
)  # fmt: skip


def _asked_kind_absent(evidence: Evidence) -> Abstention | None:
    """"Which university was among the 37 partners?" of a report that names no university:
    the kind asked for is a thing the answering article never mentions, so none of its
    bodies answers. Only kinds of body a report names by their word (``_NAMED_KINDS``):
    a crime, a share or a firm is named in other words ("illegal logging", "PT ...")."""
    question = evidence.frame.question
    pattern = _ASKED_KIND_EN if evidence.language == "en" else _ASKED_KIND_ID
    found = pattern.search(question)
    docs = evidence.answer_docs()[:1]
    if found is None or not docs:
        return None
    # "Which university ...", "which vaccine brand ...", "perusahaan kontraktor apa ...": the
    # kind is the first word after "which", or the second.
    noun = next((w.lower() for w in (found.group("before"), found.group("noun")) if w and w.lower() in _NAMED_KINDS),
                None)
    if noun is None:
        return None
    if posts_in_question(question, evidence.language):
        return None  # "Which police sector chief ...?": a post, which a report names by its title
    concept = next((c for c in evidence.concepts.own_concepts if noun in c.label.lower().split()), None)
    if concept is None or concept.salient or concept.generic or concept.unknown:
        return None
    if concept.matches(evidence.index.article_terms(docs[0])):
        return None
    return Abstention("asked_kind_absent", concept.label)


#: Where a report says what its event was: its headline and opening sentences. A later
#: "lomba lain" or "lomba kebersihan blok" is a side event, no sign of what the asked one was.
LEAD_CHARS = 700


def _activity_in(text: str, activity: str) -> str | None:
    """The article's own phrase for the activity with its subject ("pelatihan membuat
    souvenir"), found by the question's word for it or the glossary's Indonesian for that
    word; None when the article names no subject after it."""
    words = (activity.lower(), *english_terms(activity))
    pattern = rf"\b(?:{'|'.join(map(re.escape, words))})\b(?:\s+[\w-]+){{0,{_ACTIVITY_PHRASE_WORDS}}}"
    for found in re.finditer(pattern, text, re.IGNORECASE):
        words = re.split(r"[,.;:]", found.group())[0].split()
        kept = [words[0], *itertools.takewhile(lambda w: w.lower() not in _PHRASE_END, words[1:])]
        if len(kept) > 1:
            return " ".join(kept)
    return None


#: Words that end the activity's phrase: what follows them is who or where, not what.
_PHRASE_END = frozenset({
    "bagi", "untuk", "di", "ke", "yang", "dengan", "pada", "kepada", "dari", "dan", "bersama", "oleh",
    "for", "at", "in", "with", "by", "to",
    "lain", "lainnya", "ini", "itu", "tersebut", "serupa", "sejenis", "semacam", "tadi",
})


#: "What personal risks did ...", "Which outside agencies were ...": the kind of thing a
#: list question asks for, up to its verb; a report lists the things, not the kind's name.
_KIND_ASKED = re.compile(r"^\W*(?:and\s+|so\s+)?(?:what|which)\s+(?P<kind>(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+))\s+"
                         # "Which personal details of the broom courier had ...": the kind's owner.
                         r"(?:of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){1,3}?)?"
                         r"(?:did|do|does|was|were|is|are|has|have|had|will|would|could|can)\b", re.IGNORECASE)
#: Nouns that name a kind of thing rather than a thing ("risks", "reasons", "agencies").
_KIND_NOUNS = frozenset({"reasons", "risks", "agencies", "bodies", "institutions", "steps", "measures", "things",
                         "items", "factors", "kinds", "types", "ways", "efforts", "precautions", "dangers", "threats",
                         "obstacles", "challenges", "hazards", "parties", "organisations", "organizations", "groups",
                         # one thing of a kind: "What household item was used to hide the meth?"
                         "item", "thing", "object", "kind", "type", "tool", "tools", "device", "devices",
                         "detail", "details", "material", "materials", "parts", "documents"})


#: The same in Indonesian: "napi jenis apa", "bentuk apa", "macam apa saja".
_KIND_ASKED_ID = re.compile(r"\b(jenis|macam|tipe|bentuk|kategori)(?:nya)?\s+apa\b", re.IGNORECASE)


def _coverage_past_kind_asked(evidence: Evidence, best: dict) -> float:
    """The best passage's coverage without the words that name the kind of thing a list
    question asks for ("What personal risks did the chief tell staff to guard against?" is
    answered by "menghindari kecelakaan lalu lintas, mencegah tertular COVID-19, ...",
    which never says "risiko"); 0 when the question names no such kind."""
    match = _KIND_ASKED.match(evidence.frame.question)
    if match is not None and match.group("head").lower() in _KIND_NOUNS:
        words = set(match.group("kind").lower().split())
    elif (kind := _KIND_ASKED_ID.search(evidence.frame.question)) is not None:
        words = {kind.group(1).lower()}
    else:
        return 0.0
    concepts = evidence.concepts
    skip = frozenset(c.label for c in concepts.own_concepts if set(c.label.lower().split()) <= words)
    if not skip:
        return 0.0
    return max((concepts.coverage(concepts.passage_terms(hit.chunk), skip=skip) for hit, _ in best.values()),
               default=0.0)


def _only_paraphrase_missing(evidence: Evidence, best: dict) -> bool:
    """Whether the best article has every name of the question and lacks only words
    outside the glossary: then it is the article asked about, and the rest of the question
    is put in words the article does not use ("bicara soal"). A missing domain term
    ("budget" of Rutan Blora) still means the article does not say."""
    concepts = evidence.concepts
    named = [d for d in best if concepts.names and evidence.names_match(d)]
    if not named:
        return False
    terms = evidence.index.article_terms(named[0])
    missing = [c for c in concepts.own_concepts if not c.matches(terms)]
    return all(c.unknown or not c.domain for c in missing)


def _asks_named_post(evidence: Evidence, best: dict) -> bool:
    """Whether a who-question asks for the holder of a post of a unit it names, and the best
    article names that unit: the post fixes the person, and what the question adds ("who
    complained about the staff shortage") may be put in the article's own words."""
    if evidence.frame.kind != "who":
        return False
    asked = posts_in_question(evidence.frame.question, evidence.language)
    places = {w for a in asked for w in a.org_words}
    if not places:
        return False
    wanted = frozenset(analyze(" ".join(places)))
    return any(wanted <= evidence.index.article_terms(doc_id)
               for doc_id in best if evidence.names_match(doc_id))


def _as_written(label: str, question: str) -> str:
    """A concept's label as the question spells it ("tual" → "Tual")."""
    found = re.search(r"\s+".join(map(re.escape, label.split())), question, re.IGNORECASE)
    return found.group() if found else label


#: Ordinal words, as a follow-up points with them into the answer before.
_ORDINALS = frozenset({"pertama", "kedua", "ketiga", "keempat", "kelima", "first", "second", "third", "fourth",
                       "fifth"})
#: Words for the rest of a whole ("trus sisanya brp org?"): they point into the answer
#: before, and a report writes them its own way ("18 orang lainnya").
_THE_REST = frozenset({"sisa", "sisanya", "selebihnya", "lainnya", "rest", "remaining", "remainder", "others"})


def _about_its_topic(evidence: Evidence, best: dict) -> bool:
    """Whether an article that has the question's names also has one of its other concepts.

    "What is the capital of Indonesia?" matches "Indonesia" and nothing else: names alone
    never make an answer, unless the question is only names ("Who is Yusup Gunawan?").
    """
    # "yang kedua itu bulan apa?": an ordinal points into the answer before ("the second
    # test"); it names no topic an article must have.
    topical = [c for c in evidence.concepts.topical if c.label.lower() not in _ORDINALS | _THE_REST]
    if not topical:
        return True
    return any(
        any(c.matches(evidence.index.article_terms(doc_id)) for c in topical) for doc_id in best
    )


def message(abstention: Abstention, frame: QuestionFrame) -> str:
    """The honest "not in the articles" message for ``abstention``, in the question's language."""
    language, code, detail = frame.language, abstention.code, abstention.detail
    if code == "period_empty" and frame.date_query is not None and detail:
        period = frame.date_query.text
        return t(
            language,
            f"Artikel tentang {detail} tidak memuat kegiatan pada periode “{period}”.",
            f"The articles on {detail} report no event in the period “{period}”.",
        )
    if code == "period_empty" and frame.date_query is not None:
        period = frame.date_query.text
        return t(
            language,
            f"Tidak ada artikel yang memuat kegiatan pada periode “{period}”.",
            f"None of the articles reports an event in the period “{period}”.",
        )
    if code == "post_not_held":
        named = f" {t(language, 'Yang disebut', 'They name')}: {detail}." if detail else ""
        return t(
            language,
            "Artikel tidak menyebut siapa yang memegang jabatan itu." + named,
            "The articles do not say who holds that post." + named,
        )
    if code == "capacity_not_stated" and not detail:
        return t(language, "Artikel tidak menyebut kapasitasnya.", "The articles do not give its capacity.")
    if code in _WITH_DETAIL and detail:
        indonesian, english = _WITH_DETAIL[code]
        return t(language, indonesian.format(detail), english.format(detail))
    return t(
        language,
        "Artikel yang tersedia tidak memuat jawaban atas pertanyaan ini.",
        "The articles do not contain the answer to this question.",
    )


#: Messages that name what the articles do say (``Abstention.detail``), in Indonesian and
#: English.
_WITH_DETAIL = {
    "name_not_in_corpus": (
        "Tidak ada artikel yang menyebut “{}”, jadi artikel tidak memuat jawabannya.",
        "No article mentions “{}”, so the articles do not contain the answer.",
    ),
    "event_mismatch": (
        "Artikel tidak memberitakan kegiatan itu; yang diberitakan: {}.",
        "The articles do not report that event; what they report: {}.",
    ),
    "premise_denied": (
        "Artikel tidak memberitakan hal itu; artikel justru menyatakan: “{}”",
        "The articles do not report that; what the article says is the opposite: “{}”",
    ),
    "count_not_stated": (
        "Artikel tidak menyebut berapa yang {}.",
        "The articles do not say how many {}.",
    ),
    "count_of_other_act": (
        "Artikel tidak menyebut berapa yang melakukan hal itu; jumlah yang disebut adalah untuk hal lain: {}.",
        "The articles do not say how many did that; the count they give is of something else: {}.",
    ),
    "thing_not_counted": (
        "Artikel tidak menyebut jumlah {}.",
        "The articles do not give the number of {}.",
    ),
    "part_not_stated": (
        "Artikel tidak memuat keterangan tentang {} itu.",
        "The articles say nothing of that {}.",
    ),
    "act_not_stated": (
        "Artikel tidak menyebut siapa atau apa yang {}.",
        "The articles do not say that anyone or anything {}.",
    ),
    "asked_kind_absent": (
        "Artikel tidak menyebut {} apa pun dalam hal itu.",
        "The articles name no {} in that report.",
    ),
    "relative_unnamed": (
        "Artikel tidak menyebut nama {} itu.",
        "The articles do not name the {}.",
    ),
    "agent_unknown": (
        "Artikel tidak menyebut siapa pelakunya; yang disebut hanya: {}.",
        "The articles do not name who did it; they say only: {}.",
    ),
    "initials_only": (
        "Artikel hanya menyebut inisialnya: {}; nama lengkapnya tidak disebut.",
        "The articles give only initials: {}; the full name is not stated.",
    ),
    "capacity_not_stated": (
        "Artikel tidak menyebut kapasitasnya; yang disebut hanya jumlah penghuninya: {}.",
        "The articles do not give its capacity; they give only how many it holds: {}.",
    ),
    "not_realised": (
        "Artikel tidak menyebut berapa yang benar-benar terlaksana; yang disebut: {}.",
        "The articles do not say how many actually did; what they give is: {}.",
    ),
}
