"""Yes/no: "yes" only when one passage holds every concept of the question."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from rag.answer.abstain import NotStated
from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence, ScoredSentence, words_naming
from rag.answer.how_many import number_value
from rag.answer.phrasing import clause_start, quote, t
from rag.answer.premise import occasions, other_occasions
from rag.answer.what import LEAD_WORDS, compose_what
from rag.answer.who import compose_who
from rag.concepts import Concept, question_concepts
from rag.glossary import analyze_document
from rag.page import CAPTION_LABEL
from rag.people import posts_in_question
from rag.query import asked_part, offered_name
from rag.spans import ENGLISH_NUMBER_WORDS_RE, NUMBER_WORDS_RE
from rag.upt import asked_upts, upt_kind, upt_mentions, upt_place

#: Coverage a passage needs for a plain "yes".
YES_COVERAGE = 0.9


def compose_yesno(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """"Yes" when a passage holds every concept of the question, "No" when the sentence
    that does denies it ("tidak ada satu pun pegawai yang berafiliasi"), then the evidence;
    otherwise says the articles do not state exactly that and quotes the closest. The
    verdict and the gist together stay under 40 words."""
    if (named := _named_holder(evidence, book)) is not None:
        return named
    best = evidence.best_chunk_per_doc()
    strong = max((cov for _, cov in best.values()), default=0.0) >= YES_COVERAGE
    language = evidence.language
    venue = _venue_verdict(evidence)
    if venue is not None and (lines := _verdict_on(
            evidence, book, venue[0], t(language, "Ya.", "Yes.") if venue[1] else t(language, "Tidak.", "No."))):
        # "Apakah baksos itu diadakan di Rutan Gresik sendiri?" — "Kegiatan ... dipusatkan
        # di Rutan Kelas I Surabaya": the venue the report gives decides.
        return lines
    other_day = _other_occasion_held(evidence)
    if other_day is not None and (lines := _verdict_on(evidence, book, other_day, t(language, "Tidak.", "No."))):
        # "Was the exhibition held for Hari Bakti Pemasyarakatan?" — "sebagai bagian dari
        # peringatan Hari Pengayoman ke-79": the report's own occasion decides.
        return lines
    direct = _direct_denial(evidence)
    instance = _affirmed_instance(evidence)
    # ("Ada anak LPKA Tangerang yang dapat remisi?" — "LPKA Kelas I Tangerang tercatat
    # kosong": three freed elsewhere in the region are no instance at the unit asked.)
    if (direct is None and instance is not None and _none_at_asked_unit(evidence) is None
            and (lines := _verdict_on(evidence, book, instance, t(language, "Ya.", "Yes.")))):
        # "Did any inmate go home straight away?" — "RK II atau remisi langsung bebas
        # diterima oleh satu orang napi": one counted instance answers "any", whatever
        # the report restricts or denies around it ("hanya untuk 101 orang").
        return lines
    restricting = _contrast(evidence)
    denial = direct or (None if restricting else _denial(evidence))
    contrast = direct or restricting or denial
    opposite = _opposite_of_asked(evidence)
    wider = _wider_than_asked(evidence) or (opposite[0] if opposite else None) or _narrower_than_asked(evidence)
    if wider is not None:
        # "Is it sold only around OKU Timur?" — "dipasarkan sampai ke luar Pulau Sumatra":
        # the article states more than the question's "only" allows.
        evidence = _leading(evidence, [wider])
        outcome = f", {opposite[1]}." if opposite and wider is opposite[0] else "."
        verdict = t(language, "Tidak.", f"No{outcome}")
    elif (compared := _comparison_verdict(evidence)) is not None:
        # "Apakah yang Hindu lebih banyak daripada yang Muslim?" — "104 warga binaan yang
        # beragama Hindu dan 34 warga binaan yang beragama Islam": the two counts decide.
        scored, holds, clause = compared
        n = book.cite(scored.chunk)
        verdict = t(language, "Ya." if holds else "Tidak.", "Yes." if holds else "No.")
        return [f"{verdict} {quote(clause, limit=200)} [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]
    elif (room := _capacity_verdict(evidence)) is not None:
        # "Masih muat gak?" — "daya tampung ... hanya untuk 75 orang, namun kini harus diisi
        # 145 orang": the counts the report gives decide, whatever words it uses.
        evidence = _leading(evidence, [room[0]])
        verdict = t(language, "Ya." if room[1] else "Tidak.", "Yes." if room[1] else "No.")
    elif (first := _first_of_its_kind(evidence)) is not None:
        # "Had any other unit set one up before Tarakan did?" — "Griya Abhipraya di Tarakan
        # merupakan yang pertama terbentuk di lingkungan Kemenkumham Kanwil Kaltim": the first
        # had none before it.
        evidence = _leading(evidence, [first])
        verdict = t(language, "Tidak.", "No, it was the first.")
    elif (other_rate := _other_frequency(evidence)) is not None:
        # "Dikasih tiap tahun ya?" — "hanya diberikan sepuluh tahun sekali": another rate.
        evidence = _leading(evidence, [other_rate])
        verdict = t(language, "Tidak.", "No.")
    elif (pursued := _pursued(evidence)) is not None:
        # "Udah dapet predikat WBBM belum?" — "sedang berupaya keras mengejar predikat ...
        # WBBM": what a unit is still working towards, it has not got yet.
        evidence = _leading(evidence, [pursued])
        verdict = t(language, "Belum.", "No, not yet.")
    elif (mode := _other_mode(evidence)) is not None:
        # "Apakah jajaran Kanwil hadir langsung di lokasi apel?" — "mengikuti secara virtual
        # apel bersama ...": the report tells it done remotely (or in person when online is asked).
        evidence = _leading(evidence, [mode])
        verdict = t(language, "Tidak.", "No.")
    elif (manner := _other_manner(evidence)) is not None:
        # "Did they get out by scaling the wall?" — "keduanya keluar melalui plafon kamar
        # mandi": the act was done, another way.
        evidence = _leading(evidence, [manner])
        verdict = t(language, "Tidak.", "No.")
    elif (empty := _none_at_asked_unit(evidence)) is not None:
        # "Ada anak LPKA Tangerang yang dapat remisi?" — "LPKA Kelas I Tangerang tercatat
        # kosong": the unit asked about had none.
        evidence = _leading(evidence, [empty])
        verdict = t(language, "Tidak.", "No.")
    elif contrast is not None:
        # "Could he vote in the legislative races as well?" — "ia hanya bisa memilih
        # Presiden": the sentence that restricts or contrasts answers, not the one that
        # matches the question's setting best.
        # A denial comes with what the article says instead, next to it ("jenis yang
        # diajarkan adalah las listrik. Las karbit belum masuk materi.").
        instead = _instead(evidence, denial) if denial is not None else None
        first = [contrast, *([instead] if instead is not None else [])]
        evidence = _leading(evidence, first)
        verdict = (t(language, "Tidak.", "No.") if denial is not None or _RESTRICTS.search(_not_only_joined(contrast.text))
                   else t(language, "Tidak persis:", "Not quite:"))
    elif not strong:
        verdict = t(language, "Artikel tidak menyebut persis; terdekat:", "Not stated exactly; closest:")
    elif evidence.sentences and _negated_concepts(evidence, evidence.sentences[0].text):
        # "tidak menemukan handphone" denies what is asked; "berharap ... tidak berhenti
        # hanya pada pelatihan" denies something else.
        verdict = t(language, "Tidak.", "No.")
    else:
        verdict = t(language, "Ya.", "Yes.")
        if (point := _sentence_of_point(evidence)) is not None:
            # The clause that says it, quoted from its start: the verdict's reason.
            sentence, at = point
            n = book.cite(sentence.chunk)
            clause = sentence.text[clause_start(sentence.text, at, _POINT_CLAUSE_BREAKS):]
            return [f"{verdict} {quote(clause, limit=200)} [{n}]", "", f"> {quote(sentence.text, limit=500)} [{n}]"]
    lines = compose_what(evidence, book, lead_words=LEAD_WORDS - len(verdict.split()))
    if not lines:
        return None
    reason, words = _reason(wider.text) if wider is not None else (None, "")
    if reason is not None and words not in lines[0]:
        # "Tidak." must come with why: the words that go past or fall short of the question
        # ("yang sudah memenuhi syarat, yakni ..."), which the sentence's gist may have cut.
        source = lines[0].split("“")[0] if lines[0].split("“")[0].endswith(": ") else ""
        lines[0] = f"{verdict} {source}“{reason}” [{book.cite(wider.chunk)}]"
    else:
        lines[0] = f"{verdict} {lines[0]}"
    return lines


#: A comparison a yes/no question asks: "lebih banyak daripada", "fewer than".
_COMPARES = re.compile(r"\b(?:(?P<more>lebih\s+(?:banyak|besar|tinggi)|more|greater|larger|bigger|higher)"
                       r"|(?P<less>lebih\s+(?:sedikit|kecil|rendah)|fewer|less|smaller|lower))\s+(?:daripada|dari|than)\b",
                       re.IGNORECASE)
#: The English comparison around its first group: "Did fewer Hindu inmates than Muslim ones ...".
_COMPARES_AROUND = re.compile(r"\b(?:(?P<more>more)|(?P<less>fewer|less))\s+(?:[\w-]+\s+){1,4}?(?=than\b)(?P<than>than)\b",
                              re.IGNORECASE)
#: How far past the last count of a sentence its words are read (earlier counts end at the next).
COMPARED_WORDS = 60


def _counted_by(concepts: list[Concept], said: list[frozenset[str]]) -> int | None:
    """The one count whose words alone say a word of ``concepts`` ("Hindu"), by its place
    in ``said`` (each count's words); None when none or several do."""
    for concept in concepts:
        hits = [i for i, words in enumerate(said) if concept.matches(words)]
        if len(hits) == 1:
            return hits[0]
    return None


def _comparison_verdict(evidence: Evidence) -> tuple[ScoredSentence, bool, str] | None:
    """Two counts one sentence gives for the two groups a question compares ("104 warga
    binaan yang beragama Hindu dan 34 warga binaan yang beragama Islam"), and whether the
    first is more (or less, as asked) than the second; None when no sentence of the
    answering report counts both."""
    question = evidence.frame.question
    match = _COMPARES.search(question)
    if match is not None:
        first_text, second_text = question[: match.start()], question[match.end() :]
    elif (match := _COMPARES_AROUND.search(question)) is not None:
        first_text, second_text = question[: match.start("than")], question[match.end() :]
    else:
        return None
    first = question_concepts(first_text, evidence.language)
    second = question_concepts(second_text, evidence.language)
    docs = set(evidence.answer_docs()[:1])
    for scored in evidence.focus_sentences()[:8]:
        quantities = [q for q in scored.sentence.quantities if number_value(q.number) is not None]
        if scored.doc_id not in docs or len(quantities) < 2:
            continue
        text = scored.text
        said = [frozenset(analyze_document(text[q.start : quantities[i + 1].start if i + 1 < len(quantities)
                                                else q.end + COMPARED_WORDS]))
                for i, q in enumerate(quantities)]
        a, b = _counted_by(first, said), _counted_by(second, said)
        if a is None or b is None or a == b:
            continue
        values = number_value(quantities[a].number), number_value(quantities[b].number)
        holds = values[0] > values[1] if match.group("more") else values[0] < values[1]
        start = min(quantities[a].start, quantities[b].start)
        return scored, holds, text[clause_start(text, start) :]
    return None


#: Days in a unit of time, to compare how often things happen.
_UNIT_DAYS = {"hari": 1, "day": 1, "minggu": 7, "pekan": 7, "week": 7, "bulan": 30, "month": 30,
              "tahun": 365, "year": 365}
#: How often: "tiap tahun", "setiap bulan", "sepuluh tahun sekali", "sekali setahun",
#: "every year", "once every ten years", "annually".
_FREQUENCY = re.compile(
    r"\b(?:se)?tiap\s+(?P<unit1>hari|minggu|pekan|bulan|tahun)\b"
    r"|\b(?P<n2>\d+|satu|dua|tiga|empat|lima|enam|sepuluh)\s+(?P<unit2>hari|minggu|pekan|bulan|tahun)\s+sekali\b"
    r"|\bsekali\s+se(?P<unit3>hari|minggu|pekan|bulan|tahun)\b"
    r"|\bevery\s+(?:(?P<n4>\d+|two|three|four|five|six|ten)\s+)?(?P<unit4>day|week|month|year)s?\b"
    r"|\b(?P<annual>annually|yearly|monthly|weekly|daily)\b",
    re.IGNORECASE,
)
_ADVERB_DAYS = {"annually": 365, "yearly": 365, "monthly": 30, "weekly": 7, "daily": 1}


_YES_NO_OPENING = re.compile(r"^\W*(?:apakah|apa|benarkah|is|was|are|were)\s+", re.IGNORECASE)


def _named_holder(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Yes or no by the holder the report names for the post asked, and who it is: "Apakah
    Kalapas Rangkasbitung ... bernama Budi Ruswanto?" is answered "Tidak." with the Kalapas
    the report names (Muhamad Khapi), not by how many of the question's words a sentence
    holds, which a wrong name barely lowers."""
    match = offered_name(evidence.frame.question)
    if match is None:
        return None
    post = _YES_NO_OPENING.sub("", evidence.frame.question[: match.start()]).rstrip(" ,")
    if not posts_in_question(post, evidence.language):
        return None
    asked = t(evidence.language, f"Siapa {post}?", f"Who was {post}?")
    try:
        lines = compose_who(replace(evidence, frame=replace(evidence.frame, question=asked, kind="who")), book)
    except NotStated:
        return None
    holder = re.match(r"\*\*(?P<name>[^*]+)\*\*", lines[0]) if lines else None
    if holder is None:
        return None
    offered = {w.lower() for w in match.group("name").split() if len(w) > 2}
    same = bool(offered & {w.lower() for w in holder.group("name").split()})
    verdict = t(evidence.language, "Ya." if same else "Tidak.", "Yes." if same else "No.")
    return [f"{verdict} {lines[0]}", *lines[1:]]


def _rate_days(match: re.Match[str]) -> int:
    """The period of a frequency match, in days."""
    if match.group("annual"):
        return _ADVERB_DAYS[match.group("annual").lower()]
    unit = next(match.group(g) for g in ("unit1", "unit2", "unit3", "unit4") if match.group(g))
    count = number_value(match.group("n2") or match.group("n4") or "1") or 1
    return int(count) * _UNIT_DAYS[unit.lower()]


#: A question whether another did it earlier: "had any other unit ... before Tarakan did?",
#: "udah ada lapas lain yang bikin duluan?".
_ASKS_OTHER_EARLIER = re.compile(
    r"\b(?:any other|another|other|others|lain(?:nya)?)\b[^?]*\b(?:before|earlier|already|first|sebelum\w*|"
    r"duluan|lebih dulu|lebih dahulu|terlebih dahulu)\b"
    r"|\b(?:before|sebelum)\b[^?]*\b(?:any other|another|other|lain)\b", re.IGNORECASE)
def _first_of_its_kind(evidence: Evidence) -> ScoredSentence | None:
    """The answering report's sentence calling the unit asked the first of its kind, when
    the question asks whether another did it earlier."""
    if _ASKS_OTHER_EARLIER.search(evidence.frame.question) is None:
        return None
    docs = evidence.answer_docs()[:1]
    for scored in evidence.sentences[:8]:
        if scored.doc_id in docs and _NAMES_FIRST.search(scored.text):
            return scored
    return None


#: Words around "pertama" that make it the first of a kind, not the first of a list or of a
#: year ("pada tahap pertama", "yang pertama tahun ini"): "merupakan yang pertama", "yang
#: pertama terbentuk", "pertama kali ... di", "the first".
_NAMES_FIRST = re.compile(r"\b(?:merupakan|menjadi|adalah)\s+(?:yang\s+)?pertama\b(?!\s+(?:tahun|hari|bulan|kalinya)\b)|\byang\s+pertama\s+(?:di|ter|ber|me)\w*"
                          r"|\bpertama\s+kali\s+(?:di|ter|dibentuk|berdiri)\w*|\bthe first\b", re.IGNORECASE)


def _other_frequency(evidence: Evidence) -> ScoredSentence | None:
    """A best sentence stating another rate than the question's ("setiap tahun" asked,
    "sepuluh tahun sekali" stated), when the question states one."""
    asked = _FREQUENCY.search(evidence.frame.question)
    if asked is None or not evidence.sentences:
        return None
    top = evidence.sentences[0].coverage
    for scored in evidence.sentences[:4]:
        stated = _FREQUENCY.search(scored.text)
        if stated is not None and scored.coverage >= CLOSE_TO_BEST * top and _rate_days(stated) != _rate_days(asked):
            return scored
    return None


#: A question whether something was attained: "udah dapet ... belum", "has it won ...".
_ASKS_ATTAINED = re.compile(
    r"\b(?:udah|sudah|telah)\b.*\b(?:dapat|dapet|meraih|memperoleh|mendapat(?:kan)?|menerima|punya|raih)\b"
    r"|\b(?:dapat|dapet|meraih|memperoleh|mendapat(?:kan)?)\b.*\bbelum\b"
    r"|\b(?:has|have|did)\b.*\b(?:got(?:ten)?|get|won|win|earned|earn|received|receive|achieved|achieve|"
    r"obtained|obtain|reached|reach)\b",
    re.IGNORECASE,
)
#: Words saying a goal is still pursued: "sedang berupaya keras mengejar predikat WBBM".
_PURSUING = re.compile(
    r"\b(?:berupaya|berusaha|mengejar|menargetkan|ditargetkan|bertekad|berjuang|menuju|"
    r"(?:masih )?dalam proses|target(?:nya)?|mengupayakan|diupayakan|diusulkan)\b",
    re.IGNORECASE,
)
#: How much of the best sentence's coverage a sentence of pursuit or of another rate needs.
CLOSE_TO_BEST = 0.6


def _pursued(evidence: Evidence) -> ScoredSentence | None:
    """The sentence saying the asked thing is still being worked towards, when the
    question asks whether it was attained."""
    if not _ASKS_ATTAINED.search(evidence.frame.question) or not evidence.sentences:
        return None
    top = evidence.sentences[0].coverage
    # The goal pursued must be the one asked: "mengejar WBBM" says nothing of the WBK won.
    names = [c for c in evidence.concepts.own_concepts if c.salient]
    return next((s for s in evidence.sentences[:3]
                 if _PURSUING.search(s.text) and s.coverage >= CLOSE_TO_BEST * top
                 and all(c.matches(s.sentence.terms) for c in names)), None)


#: A place or time phrase that closes a question with no clause after it: "di Pemilu 2024?",
#: "in December 2024?".
_CLOSING_SETTING = re.compile(r"\s(?i:di|pada|saat|pas|selama|menjelang|jelang|in|at|during|on|before|after)"
                              r"(?:\s+(?:the\s+)?[A-Z0-9][\w-]*)+\W*$")


#: Where the clause that says a yes/no question's point starts: "..., lalu dilanjutkan
#: dengan pemeriksaan urine".
_POINT_CLAUSE_BREAKS = (", ", "; ", " lalu ", " kemudian ", " then ")


def _sentence_of_point(evidence: Evidence) -> tuple[ScoredSentence, int] | None:
    """"Pas apel deklarasi zero halinar ..., ada tes urine gak?": a yes/no question asks
    last what it is about, after its setting; when the best sentence sets the scene but
    lacks that, the sentence of the same report that says it ("dilanjutkan dengan
    pemeriksaan urine ... secara acak") shows why the answer is yes. None when the best
    sentence says it, or no sentence of its report does."""
    if not evidence.sentences:
        return None
    own = evidence.concepts.concepts[: evidence.concepts.own or len(evidence.concepts.concepts)]
    # "... yang tidak netral di Pemilu 2024?": a setting closing the question is no point.
    question = evidence.frame.question
    setting = _CLOSING_SETTING.search(question)
    asked = frozenset(analyze_document(question[: setting.start()] if setting else question))
    points = [c for c in own if not c.salient and not c.generic and not c.unknown
              and frozenset(analyze_document(c.label)) & asked]
    if not points:
        return None
    point = points[-1]
    best = evidence.sentences[0]
    if point.matches(best.sentence.terms):
        return None
    for scored in evidence.focus_sentences()[:8]:
        if scored.doc_id == best.doc_id and point.matches(scored.sentence.terms):
            # A concept of two words ("tes urine" said as "pemeriksaan urine") is named by
            # no single word; any word of it places the clause.
            words = frozenset().union(*point.alternatives)
            said = next(words_naming(scored.text, [point]), None) or next(
                (w for w in re.finditer(r"\w+", scored.text) if frozenset(analyze_document(w.group())) & words), None)
            return (scored, said.start()) if said is not None else None
    return None


#: The way a yes/no question asks an act was done: "get out by scaling the wall",
#: "kabur dengan cara memanjat tembok", "lewat jendela".
_ASKED_MANNER = re.compile(r"\b(?:by|through|via)\s+(?P<how>[a-z]+ing\b[^?,]*)"
                           r"|\b(?:dengan\s+cara|melalui|lewat)\s+(?P<how2>[^?,]+)", re.IGNORECASE)
#: The way a report says an act was done.
_MANNER_SAID = re.compile(r"\b(?:melalui|lewat|dengan\s+cara|via)\s+(?P<said>[^,.;]{3,60})", re.IGNORECASE)


#: Taking part in person, and remotely: the two modes a report may tell an act done in.
_IN_PERSON = re.compile(r"\b(?:(?:secara|hadir)\s+langsung|tatap\s+muka|luring|offline|in\s+person|on\s+site|onsite|"
                        r"face[- ]to[- ]face|physically)\b", re.IGNORECASE)
_REMOTE = re.compile(r"\b(?:virtual(?:ly)?|daring|online|video\s*conference|vicon|zoom\s+meeting|remotely)\b",
                     re.IGNORECASE)


def _other_mode(evidence: Evidence) -> ScoredSentence | None:
    """The sentence of the answering report that tells the question's event taken part in
    remotely when the question asks whether in person, or the reverse; None otherwise."""
    question = evidence.frame.question
    asked, other = ((_IN_PERSON, _REMOTE) if _IN_PERSON.search(question) and not _REMOTE.search(question)
                    else (_REMOTE, _IN_PERSON) if _REMOTE.search(question) and not _IN_PERSON.search(question)
                    else (None, None))
    if asked is None:
        return None
    said = _answering_sentence_with(evidence, other)
    return said if said is not None and not asked.search(said.text) else None


def _other_manner(evidence: Evidence) -> ScoredSentence | None:
    """The sentence of the answering report that tells the question's act done in another
    way than the one asked ("keluar melalui plafon kamar mandi" for "by scaling the wall"),
    or None."""
    asked = _ASKED_MANNER.search(evidence.frame.question)
    docs = evidence.answer_docs()[:1]
    if asked is None or not docs:
        return None
    how = [c for c in question_concepts(asked.group("how") or asked.group("how2"), evidence.language) if not c.salient]
    # The act is said in the question's words before the way ("get out", "kabur").
    acts = [c for c in question_concepts(evidence.frame.question[: asked.start()], evidence.language)
            if not c.salient and not c.generic]
    if not how or not acts:
        return None
    for scored in evidence.sentences:
        if scored.doc_id != docs[0]:
            continue
        said = _MANNER_SAID.search(scored.text)
        if said is None or not any(words_naming(scored.text[: said.start()], acts)):
            continue
        way = frozenset(analyze_document(said.group("said")))
        if not any(c.matches(way) for c in how) and not any(c.matches(scored.sentence.terms) for c in how):
            return scored
    return None


def _leading(evidence: Evidence, first: list[ScoredSentence]) -> Evidence:
    """The evidence with ``first`` as its best sentences: the one that decides the verdict
    is the one the answer quotes, and what it says instead is quoted beside it, however few
    of the question's words it shares."""
    top = max((s.coverage for s in first), default=0.0)
    leading = [replace(s, coverage=max(s.coverage, top)) for s in first]
    return replace(evidence, sentences=[*leading, *(s for s in evidence.sentences if s not in first)])


#: A question on whether a unit still has room, or whether it is over its capacity.
_ASKS_ROOM = re.compile(r"\b(?:muat|cukup|memadai|enough (?:room|space)|room for|fits?|within (?:its )?capacity)\b",
                        re.IGNORECASE)
_ASKS_OVER = re.compile(r"\b(?:over ?kapasitas|overcapacity|over capacity|overcrowded|overcrowding|kelebihan|"
                        r"melebihi|exceed(?:s|ed)?|penuh|sesak|overload\w*|full)\b", re.IGNORECASE)
#: A capacity and what a unit holds in one sentence, in either order.
_CAPACITY = re.compile(r"\b(?:daya tampung\w*|kapasitas\w*|capacity)\D{0,40}?(?P<n>\d[\d.]*)", re.IGNORECASE)
_HOLDS = re.compile(r"\b(?:dihuni|diisi|ditempati|berisi|menampung|penghuni\w*|holds?|housing|houses)\D{0,30}?"
                    r"(?P<n>\d[\d.]*)", re.IGNORECASE)


def _capacity_verdict(evidence: Evidence) -> tuple[ScoredSentence, bool] | None:
    """Whether the unit asked has room (or is over capacity, as the question puts it), by
    the capacity and the count held that one of the answering report's best sentences
    gives: the sentence and the verdict, or None when the question asks neither or no
    sentence gives both counts."""
    question = evidence.frame.question
    over_asked = _ASKS_OVER.search(question) is not None
    if not over_asked and _ASKS_ROOM.search(question) is None:
        return None
    docs = set(evidence.answer_docs()[:1])
    for scored in evidence.focus_sentences()[:6]:
        if scored.doc_id not in docs:
            continue
        text = scored.text
        following = evidence.index.sentences.following(scored.sentence)
        if following is not None and following.doc_id == scored.doc_id:
            # "... kini dihuni 412 warga binaan. Angka itu sangat timpang dibandingkan
            # kapasitas idealnya yang hanya 136 orang."
            text = f"{text} {following.text}"
        capacity, holds = _CAPACITY.search(text), _HOLDS.search(text)
        if capacity is None or holds is None:
            continue
        limit, held = number_value(capacity.group("n").rstrip(".")), number_value(holds.group("n").rstrip("."))
        if limit is None or held is None or limit == held:
            continue
        over = held > limit
        return scored, over if over_asked else not over
    return None


#: Words of a "no" sentence quoted around the words that give its reason.
REASON_BEFORE, REASON_AFTER = 4, 18
#: Words past ``REASON_AFTER`` taken when they end the sentence.
REASON_TAIL = 8


def _reason(text: str) -> tuple[str | None, str]:
    """The stretch of a "no" sentence around the words that make it one, and those words
    from where they start to the end of the stretch; None when none is found."""
    patterns = (_ONLY_SOME, _GOES_BEYOND, _JOINED_BY, *(reported for _, reported, _ in _OPPOSITES))
    found = next((m for p in patterns if (m := p.search(text))), None)
    if found is None:
        return None, ""
    before = text[: found.start()].split()[-REASON_BEFORE:]
    rest = text[found.start() :].split()
    # A few words more finish the sentence rather than cut its last clause: "Tujuh dari
    # delapan WBP ... menerima SK hak integrasi, ... sedangkan satu orang sisanya berstatus
    # bebas murni" says what the eighth got.
    after = rest if len(rest) <= REASON_AFTER + REASON_TAIL else rest[:REASON_AFTER]
    more = len(rest) > len(after)
    lead = "… " if len(text[: found.start()].split()) > REASON_BEFORE else ""
    return lead + " ".join([*before, *after]) + (" …" if more else ""), " ".join(after)


#: Words that set a sentence against what one would presume ("tetap dipersilakan", "hanya
#: bisa memilih Presiden", "tidak ..., melainkan oleh Menteri").
_CONTRAST = re.compile(
    # "hanya dalam satu siklus kerja ... mampu mencetak 2.280": "in just", a boast of speed.
    # ("tetap" only after a concession, "meski ... tetap"; "agar semua petugas tetap
    # berintegritas" keeps something, it sets nothing against the question.)
    r"\b(?:(?<!tidak )(?<!bukan )hanya(?! dalam\b)|cuma|melainkan|namun|tetapi|justru|kecuali|"
    r"(?:meski|meskipun|walau|walaupun|kendati)\b[^.;]*?\btetap|(?<!not )only|instead|"
    r"however|except|still)\b",
    re.IGNORECASE,
)
#: The contrasts that restrict what the question presumes: "hanya", "cuma", "only".
_ONLY = re.compile(r"\b(?:(?<!tidak )(?<!bukan )hanya(?! dalam\b)|cuma|(?<!not )only)\b", re.IGNORECASE)
#: Contrasts that deny the question's presumption outright.
#: ("Tidak hanya ...", "not only ...": that goes beyond, it restricts nothing.)
_RESTRICTS = re.compile(r"\b(?:(?<!tidak )(?<!bukan )hanya(?! dalam\b)|cuma|melainkan|tidak(?! hanya)|bukan(?! hanya)|"
                        r"(?<!not )only|instead|not(?! only))\b", re.IGNORECASE)
#: "tidak berhenti hanya pada ...": "not only" with words between, which restricts nothing.
_NOT_ONLY = re.compile(r"\b(?:tidak|bukan)\s+(?:\w+\s+){1,2}hanya\b", re.IGNORECASE)


#: "tidak sekadar", "bukan semata": "not merely", which goes beyond as "tidak hanya" does.
_NOT_MERELY = re.compile(r"\b(tidak|bukan|tak)\s+(?:sekadar|sekedar|semata(?:-mata)?|cuma|saja)\b", re.IGNORECASE)
#: The "but (also)" that completes a "not only": it adds, it restricts nothing.
_BUT_ALSO = re.compile(r"(\b(?:tidak|bukan) hanya\b.*?)\b(?:melainkan|tetapi|namun|but)(?: juga| also)?\b",
                       re.IGNORECASE)


def _not_only_joined(text: str) -> str:
    """``text`` with a split "tidak ... hanya" or a "tidak sekadar" written as "tidak
    hanya", and the "melainkan (juga)" that completes it dropped: "Pelatihan ini tidak
    sekadar kegiatan rutin, melainkan investasi" goes beyond, it denies nothing."""
    joined = _NOT_MERELY.sub(r"\1 hanya", _NOT_ONLY.sub("tidak hanya", _TAK_HANYA.sub("tidak hanya", text)))
    return _BUT_ALSO.sub(r"\1juga", joined)


#: "tak hanya": "tidak hanya" in its short form.
_TAK_HANYA = re.compile(r"\btak\s+hanya\b", re.IGNORECASE)


#: How close to the answering article's best sentence a contrasting one must score.
CONTRAST_RELATIVE = 0.5


def _verdict_on(evidence: Evidence, book: CitationBook, sentence: ScoredSentence, verdict: str) -> list[str] | None:
    """The verdict, then the gist of the sentence that decides it, led by that sentence."""
    lines = compose_what(_leading(evidence, [sentence]), book, lead_words=LEAD_WORDS - len(verdict.split()))
    if not lines:
        return None
    return [f"{verdict} {lines[0]}", *lines[1:]]


def _other_occasion_held(evidence: Evidence) -> ScoredSentence | None:
    """The sentence of the answering report that names its occasion, when the question asks
    whether the event was held for another one and the report never names the asked one."""
    asked = occasions(evidence.frame.question)
    docs = evidence.answer_docs()[:1]
    if not asked or not docs:
        return None
    text = evidence.index.articles[docs[0]].text
    if occasions(f"{evidence.index.articles[docs[0]].title}\n{text}") & asked:
        return None
    for scored in evidence.sentences:
        if scored.doc_id == docs[0] and other_occasions(scored.text, asked):
            return scored
    return None


def _venue_verdict(evidence: Evidence) -> tuple[ScoredSentence, bool] | None:
    """The sentence of the answering report that says where the event was held, when the
    question asks whether it was held at a named place, and whether that venue is it."""
    asked = _ASKS_HELD_AT.search(evidence.frame.question)
    docs = evidence.answer_docs()[:1]
    if asked is None or not docs:
        return None
    place = {w for w in re.findall(r"[a-z]+", asked.group("place").lower())} - _PLACE_FILLER
    if not place:
        return None
    for scored in evidence.sentences[:12]:
        if scored.doc_id not in docs:
            continue
        venue = _HELD_AT.search(scored.text)
        if venue is None:
            continue
        named = set(re.findall(r"[a-z]+", venue.group("venue").lower()))
        return scored, place <= named
    return None


#: "Apakah ... diadakan di Rutan Gresik sendiri?", "Was it held at the Gresik detention
#: centre itself?": whether the event took place at a named place.
_ASKS_HELD_AT = re.compile(
    r"\b(?:diadakan|digelar|dilaksanakan|berlangsung|dipusatkan|diselenggarakan|held|hosted|staged)\s+"
    r"(?:di|in|at|inside)\s+(?P<place>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})", re.IGNORECASE)
#: The venue a report gives an event: "dipusatkan di Rutan Kelas I Surabaya".
_HELD_AT = re.compile(
    r"\b(?:dipusatkan|digelar|diadakan|dilaksanakan|berlangsung|bertempat|diselenggarakan)\s+(?:[\w()/,-]+\s+){0,4}?"
    r"di\s+(?P<venue>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z0-9])[\w-]*){0,5})", re.IGNORECASE)
#: Words of a unit's name that do not tell one unit from another.
_PLACE_FILLER = frozenset({"the", "kelas", "klas", "i", "ii", "iia", "iib", "iii", "sendiri", "itself"})


def _affirmed_instance(evidence: Evidence) -> ScoredSentence | None:
    """For a question whether any one did an act ("Did any inmate ...?", "Apakah ada napi
    yang ...?"), a sentence of the answering article that counts some who did it: it names
    the act the question asks after its "any" noun, gives a count, and denies nothing."""
    asked = _ASKS_ANY.search(evidence.frame.question)
    docs = evidence.answer_docs()[:1]
    if asked is None or not docs:
        return None
    clause = (asked.group("clause") or asked.group("clause_id")).lower()
    # (A word no list knows cannot be looked for: it is in no report.)
    acts = [c for c in evidence.concepts.topical if c.label.lower() in clause and not c.unknown]
    if not acts:
        return None
    # The report's headline and opening name its unit and occasion once for every sentence.
    identity = evidence.index.sentences.identity(docs[0])
    for scored in (s for s in evidence.sentences[:12] if s.doc_id in docs):
        if (all(c.matches(scored.sentence.terms | identity) for c in acts) and scored.sentence.quantities
                and not _NEGATION.search(_not_only_joined(scored.text))):
            return scored
    return None


#: "Did any inmate ... go home?", "Apakah ada napi yang langsung bebas?": whether one did
#: the act (the clause after the noun) is asked.
_ASKS_ANY = re.compile(r"^\W*(?:did|were|was|has|have)\s+any\s+\w+\s+(?:(?:at|in|of|from)\s+(?:[\w'-]+\s+){1,5}?)?"
                       r"(?P<clause>(?!at\b|in\b|of\b|from\b)[^?]+)"
                       r"|^\W*(?:apakah|apa)\s+ada\s+(?:\w+\s+){1,5}?(?:yang|yg)\s+(?P<clause_id>[^?]+)", re.IGNORECASE)


def _contrast(evidence: Evidence) -> ScoredSentence | None:
    """A sentence of the answering article that sets something against the question's
    presumption and speaks of what the question does (one of its acts, not only its names).
    One that restricts ("hanya mampu menyala paling lama 2 jam") goes before one that only
    holds a word of contrast ("agar penerangan tetap terjaga")."""
    return _answering_sentence_with(evidence, _ONLY) or _answering_sentence_with(evidence, _CONTRAST)


def _denial(evidence: Evidence) -> ScoredSentence | None:
    """A sentence of the answering article that denies what the question names ("diajarin
    las karbit juga?" — "Las karbit belum masuk materi"): it holds a concept of the question
    that no sentence of the article affirms. A denial of something the article affirms
    elsewhere ("las" is taught, only not "las karbit") does not answer no."""
    docs = evidence.answer_docs()[:1]
    if not docs:
        return None
    affirmed = [s.terms for s in evidence.index.sentences.of_article(docs[0]) if not _NEGATION.search(_not_only_joined(s.text))]

    def denies_asked(scored: ScoredSentence) -> bool:
        return any(c.matches(scored.sentence.terms) and not any(c.matches(t) for t in affirmed)
                   and _negated_near(scored.text, c) for c in evidence.concepts.topical)

    return _answering_sentence_with(evidence, _NEGATION, denies_asked)


#: A sentence that turns against the one before it.
_TURN = re.compile(r"\W*(?:meski(?:pun)?\s+(?:begitu|demikian)|namun|tetapi|akan tetapi|sebaliknya|justru|hanya saja"
                   r"|however|but|instead|even so|nonetheless)\b", re.IGNORECASE)


#: How many words may stand between a negator and the word it denies in one clause.
NEGATED_WITHIN_WORDS = 8


def _negated_near(text: str, concept: Concept) -> bool:
    """Whether a negator stands near a word of ``concept`` in the same clause: "tidak ada
    toleransi bagi narkotika ..., dan setiap upaya penyelundupan ... akan ditindak" denies
    tolerance, not smuggling. A concept written only in words of several tokens ("rumah
    tahanan") is judged on the whole sentence."""
    words = list(words_naming(text, [concept]))
    if not words:
        return True
    for word in words:
        for negator in _NEGATION.finditer(text):
            # Before the word ("tidak tergenang") or after it as its subject's predicate
            # ("Las karbit belum masuk materi"), in the same clause.
            between = text[negator.end() : word.start()] if negator.end() <= word.start() else text[word.end() : negator.start()]
            if not _CLAUSE_TURN.search(between) and len(between.split()) <= NEGATED_WITHIN_WORDS:
                return True
    return False


#: Where one clause ends and another starts: a semicolon or colon, or a comma before a
#: conjunction (", dan setiap upaya ..."); a comma alone may part the items of one list
#: ("tidak berlaku bagi residivis, terpidana korupsi, ...").
_CLAUSE_TURN = re.compile(r"[;:]|,\s*(?:dan|serta|tetapi|namun|sedangkan|sementara|lalu|kemudian|sehingga|karena|"
                          r"and|but|while|whereas)\b", re.IGNORECASE)


def _instead(evidence: Evidence, denial: ScoredSentence) -> ScoredSentence | None:
    """The sentence beside a denial that states what was the case instead: it speaks of one
    of the question's concepts and denies nothing."""
    index = evidence.index.sentences
    before, after = index.preceding(denial.sentence), index.following(denial.sentence)
    # "... tidak mendapati narkotika maupun telepon genggam. Meski begitu, ditemukan
    # lempengan besi ...": a sentence opening with a contrast says what was found instead.
    turns = after is not None and _TURN.match(after.text) is not None
    for neighbour in ((after, before) if turns else (before, after)):
        if neighbour is None or _NEGATION.search(_not_only_joined(neighbour.text)):
            continue
        if any(c.matches(neighbour.terms) for c in evidence.concepts.topical):
            scored = next((s for s in evidence.sentences if s.sentence == neighbour), None)
            # Cited by the passage that holds it, which need not be the denial's.
            holder = evidence.index.chunk_at(neighbour.doc_id, neighbour.start) or denial.chunk
            return scored or replace(denial, sentence=neighbour, chunk=holder)
    return None


def _answering_sentence_with(
    evidence: Evidence, pattern: re.Pattern[str],
    also: Callable[[ScoredSentence], bool] = lambda _: True,
) -> ScoredSentence | None:
    """The first of the answering article's leading sentences that ``pattern`` finds, that
    names one of the question's acts, and that covers at least ``CONTRAST_RELATIVE`` of what
    its best sentence does (with the sentence before, when its subject is a pronoun)."""
    docs = evidence.answer_docs()[:1]
    sentences = [s for s in evidence.sentences if s.doc_id in docs]
    if not sentences:
        return None
    acts = evidence.concepts.topical
    floor = CONTRAST_RELATIVE * sentences[0].coverage
    for scored in sentences[:12]:
        if (pattern.search(_not_only_joined(scored.text)) and any(c.matches(_terms_with_subject(evidence, scored)) for c in acts)
                and _coverage_with_subject(evidence, scored) >= floor and also(scored)):
            return scored
    return None


def _terms_with_subject(evidence: Evidence, scored: ScoredSentence) -> frozenset[str]:
    """A sentence's terms, with the sentence before's when it refers back to it."""
    previous = evidence.index.sentences.preceding(scored.sentence)
    if previous is None or not _PRONOUN_SUBJECT.match(scored.text):
        return scored.sentence.terms
    return scored.sentence.terms | previous.terms


#: A sentence whose subject is a pronoun for the one before's ("Namun ia hanya menerima ...").
_PRONOUN_SUBJECT = re.compile(
    r"^\W*(?:(?:namun|tetapi|tapi|akan tetapi|sayangnya|but|however)\s*,?\s+)?"
    r"(?:ia|dia|beliau|mereka|he|she|they)\b"
    # "Dalam pelaksanaannya, lapas menjalin kerja sama ...": the activity told before.
    r"|^\W*(?:dalam|untuk|pada)\s+\w+nya\b"
    # "Hasilnya, semua sampel dinyatakan negatif": the result of what the sentence before did.
    r"|^\W*(?:hasilnya|alhasil|akibatnya|as a result|the results?)\b",
    re.IGNORECASE,
)


def _coverage_with_subject(evidence: Evidence, scored: ScoredSentence) -> float:
    """A sentence's coverage, counting the sentence before when its subject is a pronoun
    for that one's: "Kepala Lapas, Sujatmiko, mengaku ikut memberikan suara ... Namun ia
    hanya ... bisa memilih Presiden" is about Sujatmiko."""
    previous = evidence.index.sentences.preceding(scored.sentence)
    if previous is None or not _PRONOUN_SUBJECT.match(scored.text):
        return scored.coverage
    return evidence.coverage_with(scored, previous)


#: A question that presumes a limit: "cuma dijual di sekitar OKU Timur saja?", "only in Bali?".
#: Doing it alone presumes the same limit: "sendirian tanpa menggandeng instansi lain?".
_ASKS_ONLY = re.compile(r"\b(?:hanya|cuma|only|just|solely|exclusively|sendiri(?:an)?|tanpa|alone|"
                        r"by (?:itself|themselves|himself|herself)|on (?:its|their|his|her) own|without)\b",
                        re.IGNORECASE)
#: A sentence that goes past a limit: "dipasarkan sampai ke luar Pulau Sumatra".
_GOES_BEYOND = re.compile(
    r"\b(?:sampai ke|hingga ke|bahkan|ke luar|luar (?:pulau|daerah|negeri|kota|provinsi)|"
    r"tidak hanya|bukan hanya|as far as|beyond|outside|not only|even)\b",
    re.IGNORECASE,
)
#: Another way besides the one asked: "dapat dilakukan secara daring ataupun dengan datang
#: langsung" (read after ``_JOINED_BY``: a partner named answers "only the prison's medics?").
_OR_ANOTHER_WAY = re.compile(r"\b(?:ataupun|maupun|atau (?:secara|dengan|melalui|lewat|via))\b", re.IGNORECASE)
#: Others beside the one the question names: "tenaga medis lapas bersama petugas kesehatan
#: Puskesmas" answers "only the prison's own medics?" with No (read after ``_GOES_BEYOND``:
#: a partner in the selling is no answer to where it is sold).
_JOINED_BY = re.compile(
    # "Kalapas, yang didampingi Kasubsi ..., menjelaskan": who stood beside a speaker is an
    # aside, not a partner in the act; "menjalin kerja sama dengan Dinas Sosial" is one.
    r"\b(?:bersama|beserta|(?<!yang )didampingi|dibantu|bekerja sama|kerja sama|kerjasama|menggandeng|bermitra|"
    r"berkolaborasi|together with|along with|joined by|assisted by|helped by|in cooperation with|partnered|"
    r"teamed up)\b",
    re.IGNORECASE,
)


def _wider_than_asked(evidence: Evidence) -> ScoredSentence | None:
    """For a question that presumes a limit ("only ...?"), a sentence of the answering
    article that goes past it and speaks of what the question does; None otherwise."""
    if not _ASKS_ONLY.search(evidence.frame.question):
        return None
    # A photo caption ("... bersama petugas. (ist)") says who stood in the picture, not who
    # took part.
    return (_answering_sentence_with(evidence, _GOES_BEYOND)
            or _answering_sentence_with(evidence, _JOINED_BY, also=lambda s: not s.text.startswith(CAPTION_LABEL))
            or _answering_sentence_with(evidence, _OR_ANOTHER_WAY))


#: Outcomes that exclude each other: asked one, a report of the other answers "no".
#: Outcomes that exclude each other, each with its English word: asked one, a report of the
#: other answers "no", and an English answer says which ("No, refused.").
_OUTCOMES = (
    (("positif|positive", "positive"), ("negatif|negative", "negative")),
    (("lulus|passed", "passed"), ("gagal|failed|tidak lulus", "failed")),
    (("menang|won", "won"), ("kalah|lost", "lost")),
    # "Did the family agree to an autopsy?" — "keluarga memilih menolak autopsi".
    (("setuju|menyetujui|bersedia|mengizinkan|agreed?|consent(?:ed)?|allow(?:ed)?|accept(?:ed)?", "agreed"),
     ("menolak|tidak setuju|tidak bersedia|keberatan|refus(?:ed|e)|declined?|rejected?", "refused")),
)
_OPPOSITES = tuple(
    (re.compile(rf"\b(?:{one[0]})\b", re.IGNORECASE), re.compile(rf"\b(?:{other[0]})\b", re.IGNORECASE), other[1])
    for pair in _OUTCOMES
    for one, other in (pair, pair[::-1])
)


def _opposite_of_asked(evidence: Evidence) -> tuple[ScoredSentence, str] | None:
    """For "was anyone positive?", a sentence of the answering article that reports the
    opposite outcome of the question's act ("seluruh hasil tes urine ... negatif"), with
    that outcome's English word."""
    for asked, reported, word in _OPPOSITES:
        if asked.search(evidence.frame.question):
            found = _answering_sentence_with(evidence, reported)
            if found is not None:
                return found, word
    return None


#: A question about all of a group: "Apakah semua narapidana bisa ...?", "can every inmate ...?".
#: ("any kind of payment" asks whether there is one, not about all of a group.)
_ASKS_ALL = re.compile(r"\b(?:semua|seluruh|setiap|tiap|all|every|everyone|any(?! (?:kinds?|sorts?|forms?|types?) of))\b",
                       re.IGNORECASE)
#: A sentence that lets only part of the group in: "warga binaan yang sudah memenuhi syarat,
#: yakni telah menjalani separuh ...", "khusus bagi", "only those who".
_ONLY_SOME = re.compile(
    r"\b(?:yang (?:sudah|telah) memenuhi (?:syarat|kriteria|ketentuan)|memenuhi (?:syarat|kriteria)|"
    r"(?<!tidak )(?<!bukan )hanya(?! dalam\b)|khusus (?:bagi|untuk)|tertentu|terpilih|only|eligible|who (?:have|had) served|"
    r"meeting the (?:requirements|criteria)"
    # "Tujuh dari delapan WBP ..., sedangkan satu orang sisanya ...": a part of the whole.
    rf"|(?:\d+|{NUMBER_WORDS_RE}) dari (?:\d+|{NUMBER_WORDS_RE})"
    rf"|(?:\d+|{ENGLISH_NUMBER_WORDS_RE}) of the (?:\d+|{ENGLISH_NUMBER_WORDS_RE}))\b",
    re.IGNORECASE,
)


def _narrower_than_asked(evidence: Evidence) -> ScoredSentence | None:
    """For a question about all of a group ("can all inmates ...?"), a sentence of the
    answering article that admits only some of it ("yang sudah memenuhi syarat")."""
    if not _ASKS_ALL.search(evidence.frame.question):
        return None
    return _answering_sentence_with(evidence, _ONLY_SOME)


#: A count of none: "tercatat kosong", "nihil penerima", "tidak ada penerima".
_NONE = re.compile(r"\b(?:kosong|nihil|nol|tidak ada(?: satu pun| seorang pun)? (?:penerima|yang)|zero|none|no one)\b",
                   re.IGNORECASE)
#: The most characters between a unit's name and the word that says it had none.
NONE_REACH = 60


def _none_at_asked_unit(evidence: Evidence) -> ScoredSentence | None:
    """For "is there any ... at <unit>?", the answering article's sentence that says the
    unit the question names had none ("LPKA Kelas I Tangerang tercatat kosong alias tidak
    ada penerima"), the unit's name just before the word."""
    asked = {(upt_kind(name), upt_place(name)) for name in asked_upts(evidence.frame.question)}
    docs = evidence.answer_docs()[:1]
    if not asked or not docs:
        return None
    for sentence in evidence.index.sentences.of_article(docs[0]):
        for none in _NONE.finditer(sentence.text):
            for start, end, name in upt_mentions(sentence.text):
                if (upt_kind(name), upt_place(name)) in asked and 0 <= none.start() - end <= NONE_REACH:
                    scored = next((s for s in evidence.sentences if s.sentence == sentence), None)
                    holder = evidence.index.chunk_at(sentence.doc_id, sentence.start)
                    if scored is None and holder is not None:
                        scored = ScoredSentence(sentence, holder, 0.0, 0.0)
                    if scored is not None:
                        return scored
    return None


#: Words after a negator that it may deny: "tidak menemukan handphone", "belum menerima remisi".
NEGATED_REACH = 4
#: Words joining things a negation denies together.
_JOINERS = frozenset({"maupun", "ataupun", "atau", "dan", "serta", "or", "nor", "and"})


def _negated_concepts(evidence: Evidence, text: str, before: str = "") -> int:
    """How many of the question's topical concepts a negator in ``text`` denies: those named
    within ``NEGATED_REACH`` words after it, and those of the sentence ``before`` when what
    is denied points back to it ("belum pernah ada temuan semacam itu")."""
    # Only the asked part's concepts: "When he cast his ballot ..., could he vote for the
    # legislature?" is not denied by "22 orang tidak memilih karena surat suara ...".
    asked = asked_part(evidence.frame.question).lower()
    acts = [c for c in evidence.concepts.topical if c.label.lower() in asked]
    denied: list[frozenset[str]] = []
    for negator in _NEGATION.finditer(text):
        if _RELATIVE_BEFORE.search(text, 0, negator.start()):
            # "RK I atau remisi yang tidak membuat napi langsung bebas": a clause that says
            # which kind is meant denies nothing of the others.
            continue
        words = text[negator.end() :].split()
        # "tidak mendapati narkotika maupun telepon genggam": a negation reaches over the
        # things joined to what it denies.
        reach = NEGATED_REACH + (3 if any(w.lower() in _JOINERS for w in words[:NEGATED_REACH]) else 0)
        after = " ".join(words[:reach])
        # A thing of two words ("telepon genggam") is named by the words together.
        window = frozenset(analyze_document(after))
        if before and _POINTS_BACK.search(" ".join(words[: reach + 2])):
            window |= frozenset(analyze_document(before))
        for concept in (c for c in acts if c.matches(window)):
            senses = frozenset().union(*concept.alternatives)
            # "vote" and "voted" are one thing denied: concepts sharing a sense are one.
            if not any(senses & other for other in denied):
                denied.append(senses)
    return len(denied)


#: A relative pronoun right before a negator: the negation defines a kind.
_RELATIVE_BEFORE = re.compile(r"\b(?:yang|yg)\s*$", re.IGNORECASE)


def _direct_denial(evidence: Evidence) -> ScoredSentence | None:
    """A sentence of the answering article that denies two of the question's things at
    once ("petugas tidak menemukan handphone" for "did officers find any phones?"): it
    answers no, whatever other sentence sets something against the question."""
    docs = evidence.answer_docs()[:1]
    for scored in (s for s in evidence.sentences[:12] if s.doc_id in docs):
        previous = evidence.index.sentences.preceding(scored.sentence)
        before = previous.text if previous is not None and previous.doc_id == scored.doc_id else ""
        if _negated_concepts(evidence, scored.text, before) >= 2:
            return scored
    return None


#: What a denial says of the things the sentence before named: "belum pernah ada temuan
#: semacam itu", "tidak ada yang seperti itu".
_POINTS_BACK = re.compile(r"\b(?:semacam|seperti|serupa)\s+(?:itu|ini|tersebut)\b|\bsuch\b", re.IGNORECASE)


#: A sentence that denies what it states; one that leaves a group out of something
#: ("Yang dikecualikan adalah napi kasus korupsi") denies that they are in it.
_NEGATION = re.compile(r"\b(?:tidak(?! hanya)|tak|bukan(?! hanya)|belum|tanpa|no|not(?! only)|never|dikecualikan|excluded)\b",
                       re.IGNORECASE)
