"""Who: the person the question asks for, with the post the article gives them; and
"siapa saja": every person the best article names.

People and their posts come from the build-time analysis (``rag.people``). When the
question names a post ("Kepala Rutan Krui", "the head of the Central Java regional
office", "pembina apel"), only a person the articles say holds that post answers it; a
Kadiv or a Secretary-General named in the same sentence does not. When nobody holds it,
the assistant abstains and says whom the articles do name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rag.analysis import Sentence
from rag.answer.abstain import NotStated
from rag.answer.citations import CitationBook
from rag.answer.evidence import (
    Evidence,
    ScoredSentence,
    is_verb,
    set_aside_text,
    without_set_aside,
    words_naming,
)
from rag.answer.phrasing import excerpt, quote, t
from rag.answer.sources import (
    INMATE_WORDS,
    Source,
    asks_speaker,
    best_source,
    is_inmate_role,
    is_official_post,
    pronoun_act,
    pronoun_antecedent,
)
from rag.answer.what import (
    ASKS_ATTENDING,
    bodies_attending,
    body_of_kind_named,
    compose_what,
    partner_named,
    weighty_verbs,
)
from rag.concepts import ASKS_AGE_EXTREME, Concept, question_concepts
from rag.dates import format_date
from rag.glossary import analyze_document, is_english_word
from rag.indonesian import STOPWORDS_ID, analyze
from rag.page import CAPTION_LABEL
from rag.people import (
    DUTY_KINDS,
    AskedPost,
    PersonMention,
    holds,
    is_initials,
    posts_in_question,
    posts_of_others,
    same_kind_of_unit,
    spelt_out,
)
from rag.query import asked_part, asks_one_of_people
from rag.records import Chunk
from rag.regions import place_words, province_of, provinces_in_question
from rag.upt import asked_upts, find_upts, other_names, upt_place


def compose_who(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """``**Name** (post) [n]`` and the sentence that names them; a question asking for a
    name ("nama lengkap", "what is the name of") is not answered by initials ("MA", "J
    (36)"), which are all a crime report gives of a suspect."""
    unknown = _agent_unknown(evidence)
    if unknown is not None:
        # "Siapa nama orang yang melempar paket itu?" — "diduga dilempar dari luar lapas oleh
        # oknum yang tidak bertanggung jawab": the report says it does not know; the head
        # quoted in the next sentence did not throw it.
        raise NotStated("agent_unknown", unknown)
    lines = _compose_who(evidence, book) or _named_in_role(evidence, book)
    if lines and _ASKS_ACT_DOER.search(evidence.frame.question):
        named = re.findall(r"\*\*(.+?)\*\*", lines[0])
        if named and all(name.lower() in evidence.frame.question.lower() for name in named):
            # "Siapa napi yg jadi pelaku pemukulan Arni Siregar?": the one the question names
            # is whom it was done to; a report that names no one else does not say who did it.
            raise NotStated("not_stated")
    if lines and _ASKS_NAME.search(evidence.frame.question):
        named = re.findall(r"\*\*(.+?)\*\*", lines[0])
        if named and all(is_initials(name) for name in named):
            raise NotStated("initials_only", ", ".join(named))
    if lines and _ASKS_POST_TOO.search(evidence.frame.question):
        lines = [_with_post(evidence, lines[0]), *lines[1:]]
    if lines and _ASKS_BEHALF_TOO.search(evidence.frame.question):
        lines = [_with_represented(evidence, lines[0]), *lines[1:]]
    return lines


#: After a person's name, the role a relative clause gives them: "Marsum Jepri alias Ujang
#: yang menjadi otak pelarian", "Budi, yang diduga sebagai provokator".
_ROLE_AFTER_NAME = re.compile(
    r"\s*(?:\(\d+\)\s*)?,?\s*(?:alias\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*,?\s*)?(?:yang|selaku|sebagai)\s+"
    r"(?:(?:diduga|disebut|dianggap|dinilai|menjadi|merupakan|adalah|bertindak|berperan|sebagai)\s+){1,2}"
    r"(?P<role>[^,.;()]{2,40})")


def _named_in_role(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The person a best sentence of the answering report gives, in a clause right after the
    name, the role the question asks about ("Who was the mastermind of the breakout?" —
    "Marsum Jepri alias Ujang yang menjadi otak pelarian"), when no post answers."""
    docs = evidence.answer_docs()[:1]
    asked = [c for c in evidence.concepts.own_concepts if not c.salient and not c.generic]
    if not docs or not asked:
        return None
    for scored in evidence.focus_sentences()[:12]:
        if scored.doc_id not in docs:
            continue
        for person in scored.sentence.people:
            role = _ROLE_AFTER_NAME.match(scored.text, person.end)
            if role is None:
                continue
            said = frozenset(analyze_document(role.group("role")))
            if any(c.matches(said) for c in asked if not c.domain):
                n = book.cite(scored.chunk)
                return [f"**{person.name}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]
    return None


#: A doer the report says it cannot name: "oleh oknum yang tidak bertanggung jawab", "orang
#: tak dikenal (OTK)", "pelakunya masih belum diketahui".
_UNKNOWN_AGENT = re.compile(
    r"\b(?P<agent>oknum\s+(?:yang\s+)?(?:tidak|tak)\s+bertanggung\s*jawab|orang\s+(?:yang\s+)?(?:tak|tidak)\s+dikenal"
    r"|(?-i:OTK)|pelaku(?:nya)?\s+(?:masih\s+)?(?:belum|tidak|tak)\s+(?:diketahui|teridentifikasi|terungkap)"
    r"|(?:belum|tidak|tak)\s+diketahui\s+(?:siapa\s+)?pelaku(?:nya)?|orang\s+misterius"
    r"|(?:an\s+)?unknown\s+(?:person|persons|people|perpetrators?))", re.IGNORECASE)
#: A who-question asking for the doer of an act: "Siapa (nama orang) yang melempar ...?",
#: "Who threw ...?".
_ASKS_ACT_DOER = re.compile(r"^\W*(?:siapa(?:kah)?\b[^?]*?\b(?:yang|yg)\s+\w+|who\s+(?!(?:is|was|are|were|led|leads|heads?|headed)\b)\w+)",
                            re.IGNORECASE)


def _agent_unknown(evidence: Evidence) -> str | None:
    """The words by which the answering report says the doer of the asked act is unknown,
    when a sentence of it tells that act with such a doer and names no one."""
    if not _ASKS_ACT_DOER.search(evidence.frame.question):
        return None
    acts = evidence.concepts.verbs
    docs = evidence.answer_docs()[:1]
    if not acts or not docs:
        return None
    for sentence in evidence.index.sentences.of_article(docs[0]):
        unknown = _UNKNOWN_AGENT.search(sentence.text)
        if unknown is not None and not sentence.people and any(words_naming(sentence.text, acts)):
            return unknown.group("agent")
    return None


#: "Who was the inspector, and on whose behalf?", "siapa ..., mewakili siapa?": whom the
#: person stood in for is asked with the name.
_ASKS_BEHALF_TOO = re.compile(
    r"\b(?:on\s+)?(?:whose behalf|behalf of whom)\b|\b(?:representing|standing in for|stood in for) whom\b"
    r"|\b(?:mewakili|atas nama|menggantikan) siapa\b",
    re.IGNORECASE,
)
#: Whom a person acted for, in the words after the name: "..., mewakili Kalapas Haposan
#: Silalahi", "atas nama Kepala Kanwil".
_REPRESENTED = re.compile(r"^[^.;]{0,80}?\b(?P<word>mewakili|atas nama|on behalf of|representing)\s+(?P<whom>[^,.;()]{3,80})")


def _with_represented(evidence: Evidence, line: str) -> str:
    """The answer's first line with whom the named person stood in for ("mewakili Kalapas
    Haposan Silalahi"), as the sentence naming them in the answering articles says."""
    named = re.match(r"\*\*(?P<name>.+?)\*\*", line)
    if named is None:
        return line
    for doc_id in _docs_by_best_sentence(evidence):
        for sentence in evidence.index.sentences.of_article(doc_id):
            for person in sentence.people:
                found = _REPRESENTED.match(sentence.text[person.end :]) if person.name == named["name"] else None
                if found is not None:
                    word = "on behalf of" if evidence.language == "en" else found["word"]
                    cited = re.match(r"(?P<head>.*?)(?P<cite> \[\d+\])?$", line, re.DOTALL)
                    return f"{cited['head']}, {word} {found['whom'].strip()}{cited['cite'] or ''}"
    return line


#: "Siapa yang memaparkan ..., dan apa jabatannya?", "who ... and what was her position?":
#: the post is asked with the name.
_ASKS_POST_TOO = re.compile(
    r"\b(?:apa|apakah)\s+(?:jabatan|posisi|pangkat)(?:nya)?\b|\bjabatan(?:nya)?\s+(?:apa|sebagai\s+apa)\b"
    r"|\bwhat\s+(?:was|is)\s+(?:his|her|their)\s+(?:post|position|title|role|job)\b"
    r"|\band\s+(?:his|her|their)\s+(?:post|position|title)\b",
    re.IGNORECASE,
)


def _with_post(evidence: Evidence, line: str) -> str:
    """The answer's first line with the named person's post after the name, when the line
    gives none and the answering articles do (the first post they give the person)."""
    named = re.match(r"\*\*(?P<name>.+?)\*\*(?P<rest>.*)", line, re.DOTALL)
    if named is None or named["rest"].lstrip().startswith("("):
        return line
    for doc_id in _docs_by_best_sentence(evidence):
        person = _posts_by_name(evidence, doc_id).get(named["name"])
        if person is not None:
            return f"**{named['name']}** ({_post_shown(person)}){named['rest']}"
    return line


#: What stands before initials that name an inmate: "kedua napi berinisial DH dan RS".
_INMATE_INITIALS = re.compile(rf"\b(?:{INMATE_WORDS})\s+(?:\w+\s+){{0,2}}?"
                              r"(?:berinisial|inisial)\s+(?:[A-Z.]{1,6}(?:\s*\(\d+\))?\s*,?\s*(?:dan|serta)?\s+)?$",
                              re.IGNORECASE)
#: What stands before initials that name a member of staff: "seorang petugas perempuan
#: rutan berinisial I" is no inmate, whatever the sentence says of inmates.
_STAFF_INITIALS = re.compile(r"\b(?:petugas|pegawai|sipir|staf|karyawan|ASN|oknum)\s+(?:\w+\s+){0,3}?"
                             r"(?:berinisial|inisial)\s+$", re.IGNORECASE)
#: A question about an inmate rather than another private person.
_ASKS_INMATE = re.compile(r"(?:\bsiapa\s+(?:nama\s+)?|\bnama\s+(?:\w+\s+){0,2}|"
                          # "which of the inmates ...": one of a group
                          # ("which of the three death-row inmates").
                          r"\b(?:which|what)\s+(?:one\s+)?(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,2})?(?:local\s+)?|"
                          # "Who was the one escapee ...?"
                          r"\bwho\s+(?:was|were|is|are)\s+the\s+(?:(?:one|only|other|last|first)\s+)?)"
                          r"(?:napi\w*|narapidana|tahanan|wbp|warga binaan|inmates?|prisoners?|detainees?|convicts?|escapees?)\b",
                          re.IGNORECASE)


#: The clause of those who attended what the question asks about: "... attended by the Idi
#: prison's KPLP", "... yang dihadiri petugas Lapas Idi".
_ATTENDED_BY = re.compile(r"\b(?:(?:that|which)\s+(?:was|were)\s+)?(?:attended|joined)\s+by\b|\b(?:yang|yg)\s+dihadiri\b",
                          re.IGNORECASE)


def _compose_who(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The answer of ``compose_who`` before its check of initials."""
    # An English word of the question ("ministry") or a function word ("waktu itu") says
    # nothing of which unit it is.
    # "Waktu Kakanwil Jateng berkunjung, kalapas yang menemani siapa?": the post asked is in
    # the question after its scene-setting clause, when that part names one.
    question = _without_suffixes(without_set_aside(evidence.frame.question))
    # "Siapa pejabat yang memimpin pertemuan para kepala lapas ...?": heads named as a group
    # are among those met, not the one person asked.
    question = _GROUP_OF_HEADS.sub(lambda m: f" {m.group('event') or ''} ", question)
    # "Who welcomed the team at Tabanan prison, given that the prison head was out of
    # town?": a closing clause of reason says why the question is asked, not whom.
    question = _CLOSING_REASON.sub("?", question)
    described = _described_role(evidence, book, question)
    if described is not None:
        return described
    posts = posts_in_question(asked_part(question), evidence.language) or posts_in_question(
        question, evidence.language
    )
    attended = _ATTENDED_BY.search(question)
    if _ASKED_ORGANISER.search(question) or _ASKED_DOER.search(question):
        # "Who organised the briefing the Idi prison's security chief attended?": the
        # organiser is asked by the act; a post the question names is among the guests.
        posts = []
    elif attended is not None and not posts_in_question(question[: attended.start()], evidence.language):
        # "Who organised the briefing attended by the Idi prison's KPLP?": a post named
        # among those who attended sets the scene; the organiser is asked.
        posts = []
    if _ASKS_ADDRESSEE.search(question) and (addressee := _addressee(evidence, book)) is not None:
        # "Which official did the head of Rutan Solo report the package to?": the one the
        # report names after "kepada" ("menyampaikan temuan itu kepada Kepala BNN Kota
        # Solo, Kombes Pol Ari Kurniawansyah"), not the head the question names.
        return addressee
    extreme = ASKS_AGE_EXTREME.search(question)
    if extreme is not None and (aged := _by_age(evidence, book, youngest=extreme.group("young") is not None)) is not None:
        # "Siapa penghuni paling muda yang ikut kabur?": of the people the report gives an
        # age ("Riskiansyah (16)"), the youngest.
        return aged
    if _asks_object_person(question) and (object_named := _object_of_act(evidence, book)) is not None:
        # "Kalapas mengutip kata-kata siapa?": the person after the act ("mengutip kata-kata
        # Prof. Dr. Baharudin Lopa"), not the Kalapas the question names as its doer.
        return object_named
    if _ACCOMPANIED_BY_WHOM.search(question):
        # "Karutan Siak didampingi siapa saat razia?": the post is the one accompanied, and
        # those the report says accompanied him are asked ("yang didampingi Kapolsek ...").
        posts = []
    if _ASKS_REPRESENTATIVE.search(question):
        # "Who represented the head of the detention centre?": the head's post is the one
        # stood in for, and an acting head or one the report says represented him answers;
        # "Siapa yang mewakili Bupati Kukar saat sertijab Kepala LPKA?" names the scene's
        # post too, and the one stood in for is asked.
        posts = posts_of_others(question, evidence.language) or posts
    asked = [replace(a, org_words=frozenset(w for w in a.org_words if _names_a_unit(w))) for a in posts]
    if not asked and (given_to := _recipients(evidence, book)) is not None:
        return given_to
    behalf = _ON_BEHALF.search(question)
    units = asked_upts(behalf.group("unit")) if behalf is not None else []
    if units:
        # "Who signed the agreement with the religious affairs office on behalf of Lhoknga
        # prison?": an official of that unit, not the counterpart the sentence names first.
        named = _best_named(evidence, book, officials_only=True,
                            body=frozenset(w.lower() for w in units[0].split() if not _CLASS_WORD.fullmatch(w)))
        if named is not None:
            return named
    body = _body_asked(question)
    if body:
        # "siapa orang PLN Batam yang mengabari kalapas ...?", "ditemani siapa dari pemkot?":
        # someone of that body, not the Kalapas the question names as the one told.
        named = _best_named(evidence, book, officials_only=True, body=body)
        if named is not None:
            return named
        if _PERSON_OF_BODY_EN.search(question) and all(a.post_kind in DUTY_KINDS for a in asked):
            # "the name of the BNN officer who led the urine tests": the report names only
            # the head of the Rutan, who is no BNN officer; leading is a duty of the day,
            # not a post that someone outside the body could hold.
            raise NotStated("not_stated")
    if _ASKS_INSTRUCTOR.search(evidence.frame.question) and (ordered := _instructed_by(evidence, book)) is not None:
        # "Razia itu dilakukan atas instruksi siapa?" — "atas instruksi Irjen Lembaga
        # Pemasyarakatan Kemenkum HAM RI": whoever gave the order, a post or an office when
        # the report names no one, not the head who carried it out.
        return ordered
    for asks, unless, cue, whole in _ROLE_CUES:
        # "Dari siapa Kakanwil Jateng menerima Piagam WBK?": the one it came from ("dari
        # tangan Menteri Hukum dan HAM Yasonna H Laoly"), not the receiver the question names;
        # "siapa yang menggantikan Hensah?": the one the report says took the post over
        # ("kini digantikan oleh Mardan"), not the one who left it, whose post the
        # question names.
        if (asks.search(evidence.frame.question) and not (unless and unless.search(evidence.frame.question))
                and (named := _named_after(evidence, book, cue, whole)) is not None):
            return named
    if _ASKS_INFORMANT.search(question) and (source := _informant(evidence, book)) is not None:
        # "siapa yg ngasih tau polisi kalo si NH ngumpet di pondok?": where the report says
        # the tip came from ("Informasi awal datang dari orang tua NH sendiri"); the police
        # the question names were told, and are not asked.
        return source
    if not asked and ASKS_ATTENDING.search(question) and (bodies := bodies_attending(evidence, book)) is not None:
        # "Apart from the prison's own staff, who attended the parade?": "turut dihadiri
        # jajaran Kepolisian Sektor Wahai, Cabang Kejaksaan Negeri Wahai, dan Koramil ...",
        # bodies, where no person is named.
        return bodies
    if not asked and (partner := partner_named(evidence, book)) is not None:
        # "Who does Rutan Wates run its madrasah together with?": the bodies named after
        # the act done together ("dijalankan bersama Pondok Pesantren ... dan Baznas").
        return partner
    if (body := body_of_kind_named(evidence, book)) is not None:
        return body  # "Which police unit took part in the raid?": "Polsek Arcamanik"
    if _ASKS_ORGANISATION.search(evidence.frame.question) and not asked:
        # "Which company trained the baristas?", "the name of the water factory": a body is
        # asked, and no person answers; the sentence that names it does (``compose_what``).
        return _agency(evidence, book)
    relative = _ASKS_RELATIVE.search(question)
    if relative is not None:
        # "Siapa nama lengkap teman yang membesuk napi RV?": only a person the report calls
        # the friend answers; when it names none, no official of the report does.
        return _relative_named(evidence, book, next(g for g in relative.groups() if g))
    if _INMATES.search(evidence.frame.question) or asks_one_of_people(evidence.frame.question, inmates_only=True):
        return _inmate(evidence, book)
    officials = bool(asked) and all(a.post_kind == "member" for a in asked)
    # "Who accompanied the head when he explained ...?": the companion is asked, not the
    # speaker the scene names.
    of_body = _PERSON_OF_BODY.search(evidence.frame.question) or _OFFICER_OF_BODY.search(evidence.frame.question)
    # "Who from the Cirebon regency civil registry office said ...?": the speaker must be of
    # that office, not whoever the report quotes most.
    body_kinds = ([c for c in question_concepts(f"at the {of_body.group('body')}", evidence.language) if not c.salient]
                  if of_body is not None else [])
    speaker_filter = ((lambda p: any(holds(_for_post(p), a) for a in asked)) if officials
                      else (lambda p: _of_body(p, body_kinds)) if body_kinds else None)
    if (not asked or officials) and asks_speaker(question) and not _companion_roots(question) and (source := best_source(
            evidence, speaker_filter, officials_only=bool(_ASKS_OFFICIAL.search(question)))) is not None:
        # "Which official explained what the training was for?", "pejabat Lapas Ngawi yang
        # menerangkan ...": the one the report quotes on it ("..., tutur Andri"), not
        # whoever its best sentence names.
        return _source_line(evidence, book, source)
    if _ASKS_PREDECESSOR.search(question):
        # "Kediri's warden had taken over the post from whom?": not the post's holder the
        # question names, the one the report says was replaced.
        return _best_named(evidence, book)
    if asked and asked[0].post_kind not in _DUTIES:
        try:
            return _post_holder(evidence, book, asked)
        except NotStated:
            # "Who stood in for the mayor?": whoever the article says came on the
            # mayor's behalf ("Wali Kota diwakili oleh Asisten ..., Citra") holds no post
            # of the mayor's, but answers.
            # So may "pejabat Kanwil Jatim yang membuka rakor": any official the report says
            # did it, though it names their division without the Kanwil.
            member = asked[0].post_kind == "member"
            named = (_best_named(evidence, book, officials_only=member,
                                 body=_outside_body(asked[0]) if member else frozenset())
                     if _ASKS_STAND_IN.search(question) or _ASKS_SUCCESSOR.search(question) or member
                     else None)
            if named is None:
                raise
            return named
    if asked:  # "Siapa yang memimpin razia?": whoever the article says led it
        try:
            return _post_holder(evidence, book, asked)
        except NotStated:
            pass
    if _ASKS_NAME.search(evidence.frame.question):
        # "Siapa nama anggota keluarga yang membawa ...?": a person's name is asked, and
        # "pihak keluarga" who did it names no one.
        return _best_named(evidence, book)
    if of_body is not None:
        # "Who at the Directorate General released the figures?": a person of the body, not
        # the body ("Kemenkumham telah membebaskan ..."); "who at the Banten regional
        # office questioned the guards?": one whose post is at that body, not the Kalapas
        # the same report quotes.
        return (_best_named(evidence, book, of_body=body_kinds) if body_kinds else None) or _best_named(evidence, book)
    # "Which Rutan Palu official ...?": an official, not the inmate the report is about.
    official = bool(_ASKS_OFFICIAL.search(evidence.frame.question))
    return (_agency(evidence, book) or (_best_named(evidence, book, no_inmates=True) if official else None)
            or _best_named(evidence, book))


#: A who-question asking for a person within a body: "who at the Directorate General",
#: "who from the regional office".
_PERSON_OF_BODY = re.compile(r"^\W*who\s+(?:at|from|within|inside)\s+(?:the\s+)?(?P<body>(?:[\w-]+\s+){0,4}?"
                             r"(?:office|directorate(?:\s+general)?|ministry|division|agency|department|kanwil|"
                             r"ditjenpas|kemenkumham)\b|[A-Z\w])", re.IGNORECASE)
#: "Which Central Java Police narcotics officer explained ...?": an officer of a body outside
#: the prison, asked by the body's kind.
_OFFICER_OF_BODY = re.compile(
    r"^\W*(?:which|what)\s+(?P<body>(?:[\w-]+\s+){0,4}?(?:police|army|military|navy|bnn|kpu|bawaslu|ombudsman)"
    r"(?:\s+[\w-]+){0,2}?)\s+(?:officers?|officials?|representatives?)\b", re.IGNORECASE)
#: An inmate's noun right before a name: "warga binaan berinisial UP", "napi bernama Bujang".
_INMATE_BEFORE = re.compile(rf"\b(?:{INMATE_WORDS})\s+(?:\w+\s+)?(?:berinisial|bernama|inisial)?\s*$", re.IGNORECASE)
#: "siapa orang PLN Batam", "siapa dari pemkot": the body whose member is asked.
_PERSON_OF_BODY_ID = re.compile(
    r"\bsiapa\s+(?:(?:orang|org|pihak|petugas|pejabat|perwakilan|wakil)\s+(?:dari\s+)?|dari\s+)"
    r"(?P<body>[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,2})", re.IGNORECASE)
#: "the name of the BNN officer", "which KPU official": an acronym of an outside body
#: right before the member asked (capitals, so "the prison officer" names no body).
_PERSON_OF_BODY_EN = re.compile(
    r"\b(?i:the|which|what|an?)\s+(?P<body>[A-Z]{2,}[\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
    r"(?:officers?|officials?|representatives?|staff(?:ers?)?|personnel|members?|agents?)\b")
#: "siapa yang teken MoU dari pihak PSDKU Undip?", "who signed on behalf of the BNNK?":
#: the side of an agreement or act the one asked stands for.
_SIDE_OF_BODY = re.compile(
    r"\b(?:(?i:dari|dr)\s+(?i:pihak)\s+|(?i:on behalf of|representing)\s+(?i:the\s+)?(?=[A-Z]{2,}))"
    r"(?P<body>[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
#: A government named by its short form, and the words a post of it is written with.
_GOVERNMENT_WORDS = {"pemkot": frozenset({"pemkot", "wali", "walikota", "wakil wali"}),
                     "pemkab": frozenset({"pemkab", "bupati"}), "pemprov": frozenset({"pemprov", "gubernur"})}


#: The unit a person acted for: "on behalf of Lhoknga prison", "mewakili Lapas Lhoknga".
_ON_BEHALF = re.compile(r"\b(?:on behalf of|representing|atas nama|mewakili|dari pihak)\s+(?P<unit>[^?,.;]+?)"
                        r"(?=\s+(?:saat|ketika|waktu|pas|dalam|pada|di|dengan|sama|bersama|dan|when|at|in|during|for|with|and)\b|[?,.;]|$)",
                        re.IGNORECASE)
#: Class words of a unit's name, which no post need repeat.
_CLASS_WORD = re.compile(r"(?i:kelas|klas|kls|class|[IV]{1,3}[AB]?)")


#: Heads named as a group: "para kepala lapas, rutan dan bapas se-Riau", "seluruh Kepala
#: UPT", "the prison heads", "heads of the detention centres".
_GROUP_OF_HEADS = re.compile(
    r"(?:\b(?:para|seluruh|semua|segenap)|\b(?P<event>(?:rapat|pertemuan|rakor|forum)(?:\s+(?:dengan|bersama))?))"
    r"\s+(?:kepala|kalapas|karutan|kabapas|kakanwil|pimpinan|pejabat)\b[^?.;]*?"
    r"(?=\s+(?:untuk|buat|yang|yg|agar|guna|pada|pas|saat|ketika|awal|akhir|tahun|bulan)\b|[?.;]|$)"
    r"|\b(?:prison|jail|detention cent(?:re|er)|unit|upt|lapas|rutan)\s+(?:heads|chiefs|wardens|governors)\b"
    r"|\b(?:heads|chiefs)\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:prisons|units|detention cent(?:re|er)s|upts)\b",
    re.IGNORECASE)

#: A clause of reason closing a question: ", given that ...", ", since ...", ", karena ...".
_CLOSING_REASON = re.compile(r",\s*(?:given(?:\s+that)?|seeing\s+that|since|because|considering(?:\s+that)?|karena|krn|"
                             r"soalnya|sebab|padahal|mengingat)\b[^?,]*\?*\s*$", re.IGNORECASE)


def _body_asked(question: str) -> frozenset[str]:
    """The words of the body a chat question asks a member of ("siapa orang PLN Batam" →
    {"pln"}; "siapa dari pemkot" → the words a city's posts are written with); its places
    say where the body is, not which."""
    match = (_PERSON_OF_BODY_ID.search(question) or _PERSON_OF_BODY_EN.search(question)
             or _SIDE_OF_BODY.search(question))
    if match is None:
        return frozenset()
    words: set[str] = set()
    for word in match.group("body").lower().split():
        if word in _GOVERNMENT_WORDS:
            words |= _GOVERNMENT_WORDS[word]
        elif word not in place_words() and province_of(word) is None and word not in STOPWORDS_ID \
                and word not in _CORRECTIONS_BODIES and word not in ("yang", "yg"):
            words.add(word)
    return frozenset(words)


#: A question that asks for an official: "which Rutan Palu official", "pejabat mana".
_ASKS_OFFICIAL = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+){0,4}?(?:officials?|officers?)\b"
                            r"|\b(?:pejabat|petugas|pegawai)\s+(?:[\w-]+\s+){0,4}?(?:mana|siapa)\b"
                            r"|\bsiapa\s+(?:nama\s+)?(?:pejabat|petugas|pegawai)\b", re.IGNORECASE)


#: A who-question asking for someone by their tie to another ("teman yang membesuk", "the
#: inmate's mother", "istri napi itu"): a private person the report must name as such.
_RELATIVE_ROLES_ID = ("teman", "ibu kandung", "ibu", "ayah", "istri", "suami", "adik", "kakak", "saudara", "kerabat",
                      "pacar", "kekasih", "tetangga", "paman", "bibi", "sepupu", "keponakan", "mertua")
_RELATIVE_ROLES_EN = ("friend", "mother", "father", "wife", "husband", "brother", "sister", "relative", "cousin",
                      "girlfriend", "boyfriend", "neighbou?r", "uncle", "aunt", "nephew", "niece")
_ASKS_RELATIVE = re.compile(
    # "siapa nama adik kandung Helmi, napi ...": the tie may be of blood or law, and of a
    # person the question names.
    # The tie is the one asked, not a word of a relative clause after the person asked
    # ("Siapa petugas ... yg ngegagalin ganja yg dibawa istri napi?" asks the officer).
    r"\b(?:siapa|nama)\b(?:(?!\b(?:yang|yg)\b)[^?])*?\b(?P<role>" + "|".join(_RELATIVE_ROLES_ID) + r")(?:nya)?"
    r"(?:\s+(?:kandung|tiri|angkat|sepupu))?\s+(?:yang|yg|napi|narapidana|tahanan|si|almarhum\w*|(?-i:[A-Z])\w+)\b"
    r"|\bwho\b(?:(?!\b(?:who|that|which)\b)[^?])*?\b(?:the|his|her|their|a)\s+(?:\w+'s\s+)?(?P<role_en>"
    + "|".join(_RELATIVE_ROLES_EN) + r")\b"
    r"|\bname of (?:the|his|her|their)\s+(?:\w+'s\s+)?(?P<role_en2>" + "|".join(_RELATIVE_ROLES_EN) + r")\b",
    re.IGNORECASE,
)
#: The Indonesian words a report uses for each English tie.
_RELATIVE_WORDS = {"friend": "teman|kawan|rekan|sahabat", "mother": "ibu", "father": "ayah|bapak",
                   "wife": "istri", "husband": "suami", "brother": "saudara|adik|kakak|abang",
                   "sister": "saudari|adik|kakak", "relative": "kerabat|saudara|keluarga", "cousin": "sepupu",
                   "girlfriend": "pacar|kekasih", "boyfriend": "pacar|kekasih", "neighbour": "tetangga",
                   "neighbor": "tetangga", "uncle": "paman|om", "aunt": "bibi|tante", "nephew": "keponakan",
                   "niece": "keponakan", "teman": "teman|kawan|rekan|sahabat", "ibu kandung": "ibu", "ibu": "ibu"}
#: A private person's tie to another, right before their name: "seorang temannya berinisial
#: AS", "ibunya, LS".
_TIE_BEFORE = re.compile(
    r"\b(?P<tie>(?:teman|kawan|rekan|sahabat|ibu|ayah|istri|suami|adik|kakak|saudara|kerabat|pacar|kekasih|"
    r"tetangga|paman|bibi|sepupu|keponakan)nya)\s*(?:berinisial|bernama|inisial)?\s*,?\s*$",
    re.IGNORECASE,
)
#: How near a name its tie must be written, in characters ("seorang temannya berinisial AS").
RELATIVE_REACH = 30


def _tie(text: str, person: PersonMention) -> str:
    """The tie written right before a private person's name ("temannya", "ibunya"), or ""."""
    found = _TIE_BEFORE.search(text[max(0, person.start - RELATIVE_REACH) : person.start])
    return found.group("tie") if found else ""


def _relative_named(evidence: Evidence, book: CitationBook, role: str) -> list[str]:
    """The person the answering report names with the tie asked ("temannya berinisial AS",
    "ibunya, LS"); NotStated when it names none, however well its officials match."""
    words = _RELATIVE_WORDS.get(role.lower(), re.escape(role.lower()))
    tie = re.compile(rf"\b(?:{words})(?:nya)?\b", re.IGNORECASE)
    for doc_id in evidence.answer_docs()[:1]:
        for sentence in evidence.index.sentences.of_article(doc_id):
            for person in sentence.people:
                # The tie before a name stops at the person or the full stop before it.
                stops = [p.end for p in sentence.people if p.end <= person.start]
                opening = max([person.start - RELATIVE_REACH, sentence.text.rfind(".", 0, person.start) + 1, *stops])
                before = sentence.text[max(0, opening) : person.start]
                after = sentence.text[person.end : person.end + RELATIVE_REACH]
                if tie.search(before) or re.match(rf"\s*,?\s*(?:\(\d+\)\s*,?\s*)?{tie.pattern}", after, re.IGNORECASE):
                    return _answer_line(evidence, book, doc_id, sentence, person)
    raise NotStated("relative_unnamed", role.lower())


#: A question that asks for an organisation, a business or its brand, not a person.
_ASKS_ORGANISATION = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}(?:agenc(?:y|ies)|organi[sz]ations?|compan(?:y|ies)|firms?|sponsors?"
    r"|partners?|factory|factories|brands?|business(?:es)?|foundations?|NGOs?)\b"
    r"|\bname of (?:the|its|their) (?:[\w-]+\s+){0,3}(?:factory|company|brand|product|business|foundation"
    r"|organi[sz]ation|agency|firm|partner)\b"
    r"|\bnama\s+(?:\w+\s+)?(?:pabrik|perusahaan|merek|merk|produk|usaha|yayasan|lembaga|organisasi|instansi|mitra)\b",
    re.IGNORECASE,
)
#: A who-question that asks for a person's name, which an organisation or a role is not.
_ASKS_NAME = re.compile(r"\bsiapa\s+(?:saja\s+|aja\s+)?nama\w*\b|\bnama\w*\s+(?:\w+\s+){0,3}siapa\b|\bwhat (?:is|was|were|are) the names?\b"
                        r"|\bnames? of the\b", re.IGNORECASE)


#: People named in English by what they did or took part in: "the graduates", "the winners".
_GROUPS_BY_DEED = "graduates|students|winners|participants"
#: A who-question about inmates or private people ("nama kedua napi yang kabur", "the name
#: of the local resident who caught him", "siapa nama anggota keluarga yang membawa ...",
#: "the guest who bought it"): officials do not answer it.
_INMATES = re.compile(
    r"\b(?:nama\w*\s+(?:\w+\s+){0,2}(?:napi|narapidana|tahanan|warga|penduduk|wbp|tamping)"
    r"|siapa\s+(?:nama\s+)?(?:napi|narapidana|tahanan|warga binaan|wbp|tamping|pembesuk|pengunjung"
    # private people: "siapa nama anggota keluarga ...", "siapa nama tamu penginapan ..."
    r"|(?:anggota\s+)?keluarga|kerabat|tamu|pembeli|pengirim|kurir"
    # "siapa saja wisudawan yang lulus cumlaude?": inmates by what they did.
    r"|(?:saja|aja)\s+(?:mahasiswa|wisudawan|lulusan|peserta|santri|pemenang|juara))\b"
    # "Which of the inmates who broke out ... was caught again?": one of them is asked.
    # "Which drug convict escaped ...?": a word may say which kind.
    r"|(?:which|what) (?:one )?(?:of (?:the |these |those )?(?:[\w-]+ ){0,2})?(?:other |local |escaped |drug |[\w-]+-case )?"
    r"(?:inmates?|prisoners?|detainees?|convicts?|residents?|villagers?|citizens?|escapees?|"
    r"relatives?|family members?|visitors?|guests?|buyers?|couriers?)"
    # "the name of the Medaeng detention centre inmate who ...": a few words may place them.
    r"|(?:names? of|name|who (?:is|was|were|are)) the (?:[\w-]+ ){0,4}?(?:inmates?|prisoners?|detainees?|escapees?|convicts?|residents?|"
    r"villagers?|citizens?|relatives?|family members?|visitors?|guests?|buyers?|couriers?|"
    # "Name the ... law graduates who finished cum laude": inmates by what they did.
    rf"{_GROUPS_BY_DEED})\b(?!\s+(?:affairs|guidance|section|division|services?))"
    # "Napi WN Malaysia yang rajin kerja di dapur roti itu siapa namanya?": the inmate first,
    # the name asked at the end.
    r"|^\W*(?:napi|narapidana|tahanan|warga binaan|wbp|tamping)\b[^?]{0,100}\bsiapa\s+nama(?:nya)?\b)",
    re.IGNORECASE,
)


#: An inmate's noun in the clause right after a name: "Jidi Bin Sanari (alm), warga Desa
#: ..., yang merupakan warga binaan Lapas ...", "Adi Wijaya Zulkarnain, narapidana perkara ...".
_INMATE_AFTER = re.compile(rf"^[^.;:]{{0,120}}?(?:,\s*|\b(?:yang merupakan|merupakan|adalah|seorang)\s+)(?:{INMATE_WORDS})\b"
                           # "Syaratnya, narapidana harus ...": a clause about inmates, no apposition.
                           r"(?!\s+(?:harus|wajib|yang|bisa|dapat|akan|tidak|sudah|telah|masih|perlu|boleh)\b)",
                           re.IGNORECASE)


def _called_inmate(text: str, person: PersonMention) -> bool:
    """Whether the sentence calls the person an inmate, right before the name ("warga
    binaan bernama ...") or in the clause after it."""
    return bool(_INMATE_BEFORE.search(text[: person.start]) or _INMATE_AFTER.match(text[person.end :]))


def _inmate(evidence: Evidence, book: CitationBook) -> list[str]:
    """A person the best sentences name without any post; officials never answer, nor
    inmates named by initials when the question asks for someone else (a resident)."""
    asks_inmate = _ASKS_INMATE.search(evidence.frame.question) is not None
    focus = evidence.focus_sentences()[:12]
    tail = _MAIN_PREDICATE.search(evidence.frame.question)
    act = tail.group("act").lower() if tail else ""
    main = [c for c in evidence.concepts.concepts if not c.salient and act and c.label in act]
    # The names of the last act's own clause ("jailed for a theft at the KUA office in
    # Bangilan") tell which of the group it was, as its words do.
    named = [c for c in evidence.concepts.concepts if c.salient and act and c.label.lower() in act]
    if main:
        # "Which of the inmates who broke out ... was caught again?": the one the sentence
        # of the last act names ("Warga binaan yang tertangkap tersebut adalah ..."), not
        # the first of those who broke out.
        focus = sorted(focus, key=lambda s: -sum(c.matches(s.sentence.terms) for c in main + named))
    if asks_inmate:
        # "Which inmate was the package addressed to?": one the report calls an inmate
        # ("kepada warga binaan bernama Adi Wijaya Zulkarnain", "Jidi ..., yang merupakan
        # warga binaan Lapas ...") before one it gives no role at all (the courier, the
        # spokesman who told of it).
        focus = sorted(focus, key=lambda s: not any(_called_inmate(s.text, p) for p in s.sentence.people))
    for scored in focus:
        officials = {word for s in evidence.index.sentences.of_article(scored.doc_id)
                     for p in s.people if p.post or p.rank for word in p.name.split()[1:]}
        people = list(scored.sentence.people)
        if asks_inmate:
            people.sort(key=lambda p: not _called_inmate(scored.text, p))
        act_at = next((w.start() for w in words_naming(scored.text, main)), None) if main else None
        if act_at is not None:
            # "Satria dan Safrudis dapat ditangkap kembali ..., sedangkan Epi Saputra hingga
            # Senin masih diburu": the one named last before the act is its subject.
            before = [p for p in people if p.end <= act_at]
            people = [*reversed(before), *(p for p in people if p.end > act_at)]
        for person in people:
            if not asks_inmate and _INMATE_INITIALS.search(scored.text[max(0, person.start - 50) : person.start]):
                continue  # "kedua napi berinisial DH dan RS": the escapees, not the resident asked
            if _STAFF_INITIALS.search(scored.text[max(0, person.start - 50) : person.start]):
                continue  # "petugas perempuan rutan berinisial I": the one who helped, not an inmate
            # "Ika Prihadi Nusantara" without a post is the Kalapas "Ikra Prihadi Nusantara"
            # of another sentence, misspelt: the family names give him away.
            # A short mention of an official named in full elsewhere ("Syarpani mengatakan")
            # keeps the kind of post it was given there.
            if (not person.post and not person.post_kind and not person.rank
                    and not officials & set(person.name.split()[1:])
                    # "Asep Sutandar, yang sebelumnya bertugas sebagai Kalapas Kelas I
                    # Madiun": a post said after the name is an official's all the same.
                    and not posts_in_question(_description(scored.sentence, person), "id")):
                lines = _answer_line(evidence, book, scored.doc_id, scored.sentence, person)
                # "Siapa nama dua napi yang kabur?": the others of the number asked, named
                # in the same sentence ("Joni, warga ..., dan Fadli, warga ...").
                wanted = _INMATES_COUNTED.search(evidence.frame.question)
                others = [p for p in scored.sentence.people if p.start > person.end and not p.post and not p.rank]
                # "Name the graduates who finished cum laude": all the sentence names, up
                # to ``MAX_NAMED``, when several are asked and no number says how many.
                more = ((_COUNT_WORDS[wanted.group(1).lower()] - 1) if wanted
                        else MAX_NAMED - 1 if _ASKS_SEVERAL_PEOPLE.search(evidence.frame.question) else 0)
                added = [f"**{other.name}**" for other in others[:more]]
                if added:
                    # "**A**, **B** and **C** [1]": the first line's name, then the others.
                    first, cited = lines[0].split(" [", 1)
                    names = [first, *added]
                    joined = f"{', '.join(names[:-1])} {t(evidence.language, 'dan', 'and')} {names[-1]}"
                    lines[0] = f"{joined} [{cited}"
                return lines
    wanted = _INMATES_COUNTED.search(evidence.frame.question)
    docs = evidence.answer_docs()
    if wanted is not None and docs:
        # "Siapa nama dua napi yang kabur?": the report's sentence that names that many people
        # without a post ("Identitas kedua napi tersebut adalah Ebenejer Gultom (32), ...,
        # serta Surya Darma Sitorus (34)"), wherever it stands.
        count = _COUNT_WORDS[wanted.group(1).lower()]
        for sentence in evidence.index.sentences.of_article(docs[0]):
            named = [p for p in sentence.people if not p.post and not p.post_kind and not p.rank]
            if len(named) >= count > 1:
                n = book.cite_sentence(sentence.doc_id, sentence.start, evidence.best_chunk_per_doc()[docs[0]][0].chunk)
                names = f" {t(evidence.language, 'dan', 'and')} ".join(f"**{p.name}**" for p in named[:count])
                return [f"{names} [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    if _ASKS_INMATE_GROUP.search(evidence.frame.question) and not _ASKS_NAME.search(evidence.frame.question):
        # "Which inmates were moved in first?": the kind of inmates, which a report gives by
        # what they are ("diawali dari WBP lanjut usia (lansia) dan tamping"), not by name.
        return compose_what(evidence, book)
    raise NotStated("not_stated")


#: A who-question asking for several people with no number: "siapa saja", "name the
#: graduates", "who were the winners".
_ASKS_SEVERAL_PEOPLE = re.compile(r"\b(?:siapa (?:saja|aja)|nama-nama|names of)\b"
                                  rf"|\b(?:name|who (?:were|are)) the (?:[\w-]+ ){{0,4}}?(?:{_GROUPS_BY_DEED}|"
                                  r"inmates|prisoners|detainees)\b", re.IGNORECASE)
#: The most people one answer names.
MAX_NAMED = 5
#: A question on which kinds of inmates, plural, not which persons: "which inmates were
#: moved first?", "napi mana saja yang ...".
_ASKS_INMATE_GROUP = re.compile(r"\bwhich (?:\w+ )?(?:inmates|prisoners|detainees|convicts)\b"
                                r"|\b(?:napi|narapidana|wbp|warga binaan|tahanan) (?:yang )?mana saja\b", re.IGNORECASE)

#: A number of inmates asked for by name: "nama dua napi", "the two inmates", "kedua tahanan".
_INMATES_COUNTED = re.compile(r"\b(two|three|four|five|both|dua|tiga|empat|lima|kedua|ketiga|keempat|kelima)\s+"
                              r"(?:\w+\s+)?(?:napi|narapidana|tahanan|warga binaan|wbp|tamping|inmates?|prisoners?|detainees?|escapees?)\b",
                              re.IGNORECASE)


#: The last predicate of a question about one of a group: "... was caught again?",
#: "... yang berhasil ditangkap kembali?", "... that officers managed to catch again?".
_MAIN_PREDICATE = re.compile(r".*\b(?:was|were|got|has been|had been|yang|yg|that)\s+(?P<act>[^?]+)\??\s*$", re.IGNORECASE)


#: Posts that are a duty of the day, not an office ("who led the meeting?"): whoever the
#: sentence says did it answers, whatever their office.
_DUTIES = frozenset({"leader", "commander", "preacher", "representative"})


def _names_a_unit(word: str) -> bool:
    # "Jakarta" is in the English word list too, and still names a place the gazetteer
    # puts in a province ("Eid" is a village's name as well, and no place asked).
    return ((not is_english_word(word) or province_of(word) is not None) and word not in STOPWORDS_ID
            and word not in _TIME_WORDS and word not in _MANNER_WORDS)


_TIME_WORDS = frozenset({"waktu", "tahun", "bulan", "hari"})
#: Words of manner and chat particles that follow a post in a question without naming its
#: unit: "kalapasnya langsung?" (the Kalapas himself?), "kalapas sendiri".
_MANNER_WORDS = frozenset({"langsung", "sendiri", "pribadi", "sih", "kah", "aja", "deh", "dong", "nih",
                           # "kalapasnya namanya siapa?": the name asked, no unit's.
                           "nama", "namanya"})


def _without_suffixes(question: str) -> str:
    """"Siapa kalapasnya?" asks for the Kalapas: the possessive -nya says of whom."""
    return re.sub(r"\b(\w{4,}?)nya\b", r"\1", question)


def _post_holder(evidence: Evidence, book: CitationBook, asked: list[AskedPost]) -> list[str]:
    """The holder of the asked post in the best-matching article that names one; when the
    question asks only for the post, the holder each article names (``_holders_over_time``).

    A post holder is the same person all through an article, so every sentence of the
    candidate articles is searched, not only the retrieved ones; of several holders, the
    one in the best-scoring sentence answers (ties: the first named).
    """
    scores = {(s.doc_id, s.start): s.score for s in evidence.sentences}
    question = evidence.frame.question
    names_of_unit = [asked[0], *_also_called(evidence.frame.question, asked[0])]
    # "Kapolres Sanggau diwakili oleh siapa?": the one standing in for the post holder.
    standing_in = bool(_ASKS_REPRESENTATIVE.search(evidence.frame.question))
    every_report = _asks_post_only(evidence)
    outside = _outside_body(asked[0]) if asked[0].post_kind == "member" else frozenset()
    found: list[tuple[str, Sentence, PersonMention]] = []
    for doc_id in _docs_by_best_sentence(evidence):
        posts = names_of_unit + _called_otherwise(evidence, doc_id, asked[0])
        by_name = _posts_by_name(evidence, doc_id) if asked[0].post_kind == "member" else {}
        holders = [
            (scores.get((doc_id, sentence.start), -1.0), -i, sentence, person)
            for i, sentence in enumerate(evidence.index.sentences.of_article(doc_id))
            for person in sentence.people
            if not named_by_question(evidence.frame.question, person)
            # (A member named bare where the report says what they did holds the post it
            # gives them elsewhere: "Soal hambatan produksi, Zairin Zain mengakui ...".)
            for judged in [_posted(person, by_name) if asked[0].post_kind == "member" else person]
            if (_stands_in_for_asked(evidence, doc_id, sentence, person, posts) if standing_in
                else any(_holds_here(evidence, doc_id, judged, post) for post in posts))
            and (asked[0].post_kind != "member" or _member_of(judged, outside))
            # "Kepala Lapas Kelas IIA Tenggarong" is not the head the report of 2015 names when
            # the unit was "Kelas II B": a class the question states must not differ.
            and not _other_class(question, person.post)
        ]
        if holders:
            # Prefer one who also holds the question's other posts ("Kalapas ... selaku
            # pembina apel") and the sentence the question matched best.
            # Of a unit's officials ("pejabat Lapas Ambon yang mengoordinasikan ..."), the
            # one the report says did the act: "dikoordinasikan oleh Kepala Seksi ..., Nober".
            acts = weighty_verbs(evidence) if asked[0].post_kind == "member" else []
            _, _, sentence, person = max(
                holders,
                key=lambda h: (bool(acts) and _did_asked_act(acts, h[2], h[3]),
                               same_kind_of_unit(h[3], asked[0]), all(holds(h[3], a) for a in asked[1:]),
                               _title_asked(question, h[3]), h[0],
                               not _relays(h[2], h[3]), h[1]),
            )
            found.append((doc_id, sentence, person))
            if not every_report:
                break
    if not found:
        led = _unit_led_by(evidence, book, asked[0])
        if led is not None:
            return led
        if asked[0].post_kind == "police_chief" and asked[0].upt_kind and not _POLICE_LEVEL.search(question):
            # "Which police chief described the fire?": a bare "police chief" is a district's
            # first, but a report that names only a sector's ("Kepala Polsek Warudoyong") answers.
            return _post_holder(evidence, book, [replace(asked[0], upt_kind=None), *asked[1:]])
        raise NotStated("post_not_held", _named_in(evidence))
    return _holders_over_time(evidence, book, found)


#: Words that fix which police chief is asked: a district's, a sector's, a province's.
_POLICE_LEVEL = re.compile(r"\b(?:district|regional|provincial|sector|precinct|sub-?district|kapolres\w*|kapolsek|kapolda|"
                           r"polres\w*|polsek|polda|resor|sektor|daerah)\b", re.IGNORECASE)


#: A unit and the person it is said to be led by: "di lingkungan rutan yang dipimpin Urip
#: Dharma Yoga", "Lapas Kelas IIA Ambon di bawah kepemimpinan ...".
_LED_BY = re.compile(r"\b(?P<unit>lapas|rutan|lpka|bapas|rupbasan|lembaga pemasyarakatan|rumah tahanan)\b[^.;]{0,60}?"
                     r"(?:\byang\s+(?:kini\s+|saat\s+ini\s+|sekarang\s+)?dipimpin(?:\s+oleh)?|\bdi\s+bawah\s+kepemimpinan)\s+$",
                     re.IGNORECASE)
#: The unit words of each kind a head of unit is asked for.
_UNIT_OF_KIND = {"lapas": ("lapas", "lembaga pemasyarakatan"), "rutan": ("rutan", "rumah tahanan"), "lpka": ("lpka",),
                 "bapas": ("bapas",), "rupbasan": ("rupbasan",)}


def _unit_led_by(evidence: Evidence, book: CitationBook, asked: AskedPost) -> list[str] | None:
    """The person the answering report says leads a unit of the kind asked when it names
    no one with the head's post: "berkeliling di lingkungan rutan yang dipimpin Urip Dharma
    Yoga" answers "who heads the Surakarta detention centre"."""
    if asked.post_kind != "head_upt" or asked.upt_kind not in _UNIT_OF_KIND:
        return None
    docs = evidence.answer_docs()[:1]
    for sentence in (s for d in docs for s in evidence.index.sentences.of_article(d)):
        for person in sentence.people:
            led = _LED_BY.search(sentence.text[max(0, person.start - 90) : person.start])
            if led is not None and led.group("unit").lower() in _UNIT_OF_KIND[asked.upt_kind]:
                return _answer_line(evidence, book, docs[0], sentence, person)
    return None


#: A post held in an acting capacity: "Plh Kepala Rutan", "Pelaksana Tugas Kepala Lapas".
_ACTING = re.compile(r"(?:Plh|Plt|Pj|Pelaksana\s+(?:Harian|Tugas))\b", re.IGNORECASE)
#: A unit's class as written: "Kelas IIA", "Klas II B", "Class I".
_CLASS = re.compile(r"\b(?:kelas|klas|class)\s*(I{1,3}|IV)\s*-?\s*([AB])?\b", re.IGNORECASE)


def _stands_in_for_asked(evidence: Evidence, doc_id: str, sentence: Sentence, person: PersonMention,
                         posts: list[AskedPost]) -> bool:
    """Whether ``person`` stands in for the post a question on a stand-in asks about: written
    with that post and standing in ("Kapolres Sanggau yang diwakili AKP Sumardai"), an acting
    head ("Plh Kepala Rutan ..., Aris"), or one of another post whom the sentence has standing
    in for it ("Mewakili Bupati Kukar, Asisten II ... Ahyani")."""
    if any(_holds_here(evidence, doc_id, _for_post(person), post) for post in posts) and (
            "representative" in person.duties or _ACTING.match(person.post)):
        return True
    return _stands_in(sentence.text, person) and _represents_asked(evidence, sentence.text, person)


def _other_class(question: str, post: str) -> bool:
    """Whether the question and a post each state a unit's class, and they differ."""
    asked, held = _CLASS.search(question), _CLASS.search(post)
    if asked is None or held is None:
        return False
    return (asked.group(1).upper(), (asked.group(2) or "").upper()) != (held.group(1).upper(), (held.group(2) or "").upper())


def _asks_post_only(evidence: Evidence) -> bool:
    """Whether the question asks only who holds a post ("Who is the warden of the Labuha
    prison?"): no event, period or act narrows it to one report, so every report naming
    a holder answers, and reports of other years may name another."""
    if evidence.asked_events or evidence.frame.date_query is not None:
        return False
    return all(c.salient or set(c.label.split()) <= _POST_QUESTION_WORDS for c in evidence.concepts.concepts)


#: Words a question asking only for a post holder is made of, besides names and places.
_POST_QUESTION_WORDS = frozenset([
    "head", "heads", "chief", "warden", "wardens", "director", "governor", "kepala", "ka", "kalapas",
    "karutan", "kabapas", "kakanwil", "kadiv", "lapas", "rutan", "bapas", "lpka", "rupbasan", "kanwil",
    "prison", "jail", "detention", "centre", "center", "juvenile", "probation", "office", "regional",
    "class", "kelas", "iia", "iib", "iii", "ii", "i", "current", "currently", "now", "sekarang", "saat",
    "ini", "kini", "nama", "name", "lembaga", "pemasyarakatan", "rumah", "tahanan", "balai", "north",
    "south", "east", "west", "central", "southeast", "northern", "southern", "eastern", "western",
    "utara", "selatan", "timur", "barat", "tengah", "tenggara", "daya", "province", "regency", "city",
    "provinsi", "kabupaten", "kota"
])


def _holders_over_time(evidence: Evidence, book: CitationBook,
                       found: list[tuple[str, Sentence, PersonMention]]) -> list[str]:
    """The holder of the best report; when other reports name other holders of the post,
    each with its report's date, the latest first ("Budi Hardiono (2023) … earlier Hialmar
    Purba (2021)"): a post changes hands, and a reader must see whom each report names."""
    rows = []  # (published, doc, sentence, person, name), one per person
    for doc_id, sentence, person in found:
        name = _fullest_name(evidence, doc_id, person.name)
        if not any(name.lower() in row[4].lower() or row[4].lower() in name.lower() for row in rows):
            rows.append((evidence.index.articles[doc_id].published, doc_id, sentence, person, name))
    if len(rows) == 1 or any(day is None for day, *_ in rows):
        doc_id, sentence, person = found[0]
        return _answer_line(evidence, book, doc_id, sentence, person)
    language = evidence.language
    lines = [t(language, "Berita yang berbeda menyebut pemegang jabatan yang berbeda (terbaru dulu):",
               "Different reports name different holders of the post (latest first):")]
    for day, doc_id, sentence, person, name in sorted(rows, key=lambda row: row[0], reverse=True):
        n = _cite_sentence(evidence, book, doc_id, sentence)
        role = _description(sentence, person)
        when = t(language, f"berita {format_date(day, language)}", f"report of {format_date(day, language)}")
        lines.append(f"- **{name}**" + (f" ({role})" if role else "") + f", {when} [{n}]")
    return lines


#: A question asking who stood in for a post holder.
_ASKS_REPRESENTATIVE = re.compile(
    r"\bdiwakili(?:\s+oleh)?\s+siapa\b|\bsiapa\s+(?:yang\s+)?(?:mewakili\w*|wakil(?:nya)?)\b"
    # "Siapa wakil wali kota ...?" asks for the deputy's office, not a stand-in.
    r"(?!\s+(?:wali|walikota|bupati|gubernur|ketua|kepala|dekan|rektor|direktur|menteri|presiden|"
    r"kalapas|karutan|kabapas|kakanwil|camat|lurah|kapolres|kapolsek|kapolda|dandim|danrem|sekda))|"
    r"\bwho\s+(?:represented|stood in for|attended on behalf of)\b|\brepresented by whom\b"
    # "Who spoke on behalf of the regent?", "siapa yang sambutan mewakili kalapas?"
    # ("atas nama Kanwil ...", "on behalf of Lhoknga prison": a unit's own official signs.)
    r"|(?:\bwho\b[^?]*\bon behalf of|\bsiapa\b[^?]*\b(?:mewakili|atas nama))\s+(?!(?:the\s+)?(?:kanwil|lapas|rutan|bapas|"
    r"lpka|rupbasan|kantor|kementerian|kemenkumham|ditjen\w*|pemerintah|pemkab|pemkot|pemprov)\b)",
    re.IGNORECASE,
)


def _for_post(person: PersonMention) -> PersonMention:
    """``person`` judged by the post they are written with, even when standing in for its
    holder ("Kapolres Sanggau yang diwakili AKP Sumardai")."""
    if "representative" not in person.duties:
        return person
    return replace(person, duties=tuple(d for d in person.duties if d != "representative"))


#: "Dirreskrimum ... Ade melalui Kasubdit ... Akbar mengatakan": the first speaks through
#: the second, who is the one quoted.
_THROUGH = re.compile(r"\W*(?:melalui|lewat|through)\b", re.IGNORECASE)


def _relays(sentence: Sentence, person: PersonMention) -> bool:
    """Whether ``person`` speaks through someone else named right after them."""
    return bool(_THROUGH.match(sentence.text[person.end :]))


#: A unit's other name in brackets: "Rutan Kelas I Surabaya (Rutan Medaeng)".
_BRACKETED_UNIT = re.compile(r"\((?P<name>(?:Lapas|Rutan|Bapas|LPKA|Rupbasan)\b[^()]*)\)",
                             re.IGNORECASE)


def _also_called(question: str, asked: AskedPost) -> list[AskedPost]:
    """The asked post under the other name the question gives its unit in brackets: the
    article may use either ("Kepala Rutan Kelas I Medaeng")."""
    places = (upt_place(match.group("name")) for match in _BRACKETED_UNIT.finditer(question))
    return [replace(asked, org_words=_unit_words(place)) for place in places if place]


def _called_otherwise(evidence: Evidence, doc_id: str, asked: AskedPost) -> list[AskedPost]:
    """The asked post under the other name an article gives its unit: "Karutan Salemba" is
    the "Kepala Rutan Kelas I Jakarta Pusat" of a report of "Rutan Kelas I Jakarta Pusat
    atau Rutan Salemba"."""
    article = evidence.index.articles[doc_id]
    posts = []
    for first, second in other_names(f"{article.title}\n{article.text}"):
        for named, other in ((first, second), (second, first)):
            words = _unit_words(named)
            if words & asked.org_words:
                posts.append(replace(asked, org_words=(asked.org_words - words) | _unit_words(other)))
    return posts


def _unit_words(place: str) -> frozenset[str]:
    return frozenset(w for w in place.lower().split() if _names_a_unit(w))


#: What a person with a post gains when their post or the words around them touch the
#: question: officials answer most questions, but a post the question says nothing of
#: ("Kabid Humas Polda" for "which guard first spotted the rope") is no reason to pick one.
POST_BONUS = 0.25


#: Words of the corrections service's own bodies: a member asked of them may be named with
#: a division only ("pejabat Kanwil Jatim" — "Kepala Divisi Pemasyarakatan, ...").
_CORRECTIONS_BODIES = frozenset({"lapas", "rutan", "bapas", "lpka", "rupbasan", "kanwil", "kemenkumham", "ditjenpas",
                                 "kemenimipas", "ditjen", "pas", "upt", "divisi", "pemasyarakatan", "imipas", "kumham"})


def _outside_body(asked: AskedPost) -> frozenset[str]:
    """The words of the body a member is asked of, when it is outside the corrections
    service ("perwakilan Kemenag Tuban" → {"kemenag"}): not places, not the service's own."""
    return frozenset(w for w in asked.org_words
                     if w not in _CORRECTIONS_BODIES and w not in place_words() and province_of(w) is None)


def _member_of(person: PersonMention, body: frozenset[str]) -> bool:
    """Whether a person may be the member of a body a question asks for ("perwakilan
    Kemenag Tuban"): someone the report gives a post, not an inmate named beside the
    officials, and of that body when it is outside the corrections service (the Kalapas
    beside the Kemenag's envoy is not it)."""
    if not is_official_post(person.post):
        return False
    if not body:
        return True
    # The glossary's abbreviations spelt out: "Kemenag" is "Kementerian Agama".
    said = f"{person.post} {person.org}"
    return bool(body & (frozenset(re.findall(r"\w+", said.lower())) | spelt_out(said)))




def _of_body(person: PersonMention, kinds: list[Concept]) -> bool:
    """Whether a person's post or organisation says each kind of body asked ("civil
    registry office": "Dinas Kependudukan dan Catatan Sipil")."""
    said = frozenset(analyze_document(f"{person.post} {person.org}"))
    return all(c.matches(said) for c in kinds)


def _best_named(evidence: Evidence, book: CitationBook, officials_only: bool = False,
                body: frozenset[str] = frozenset(), of_body: list[Concept] | None = None,
                no_inmates: bool = False) -> list[str] | None:
    """No post asked ("Who explained the screening?"): the person the best sentences name,
    favouring one whose post or the words before and after the name match the question.

    Args:
        officials_only: only someone the report gives a post, not an inmate: "perwakilan
            Kemenag Tuban yang hadir" is no graduate named beside the officials.
        body: words of a body outside the corrections service the question asks a member
            of ("kemenag"): only someone whose post names it, not the Kalapas beside them.
        of_body: the concepts of the body the question asks a person at ("regional
            office" → kanwil): only someone whose post names every one of them.
        no_inmates: "which official ...": not someone the report calls an inmate ("Abdul
            Fikri, warga binaan Rutan Palu"), though an officer it gives no post may answer.
    """
    best = None
    # "besides the detention centre's head, which official ...": the head is not asked.
    others = [*posts_of_others(evidence.frame.question, evidence.language),
              *posts_in_question(set_aside_text(evidence.frame.question), evidence.language)]
    stand_in = bool(_ASKS_STAND_IN.search(evidence.frame.question))
    companion = _companion_roots(evidence.frame.question)
    # "had taken over the post from whom?": the one before, not the one who took over.
    predecessor = bool(_ASKS_PREDECESSOR.search(evidence.frame.question))
    successor = bool(_ASKS_SUCCESSOR.search(evidence.frame.question)) and not predecessor
    # Asked for one related to another (a stand-in, a companion, a successor or the one
    # before): the other's post and place are what pick them out.
    related = stand_in or bool(companion) or successor or predecessor
    scene = frozenset(c.label for c in evidence.concepts.concepts if c.salient)
    acts = evidence.concepts.verbs
    asked_role = _ROLE_ASKED.search(evidence.frame.question)
    role = frozenset(analyze_document(asked_role.group("role"))) - _GENERIC_ROLE if asked_role else frozenset()
    by_doc: dict[str, dict[str, PersonMention]] = {}  # each article's posts by name, read once
    for rank, scored in enumerate(evidence.focus_sentences()[:12]):
        for person in scored.sentence.people:
            if any(holds(person, post) for post in others) or named_by_question(evidence.frame.question, person):
                continue  # "menyampaikan amanat Kakanwil": the Kakanwil is not the one asked
            if companion and evidence.frame.context and named_by_question(evidence.frame.context, person):
                continue  # "and who was with him?": "him" is the one the turn before named
            # "Soal hambatan produksi, Zairin Zain mengakui ...": the post the report gives
            # the person in another sentence is theirs here too.
            if (officials_only or of_body) and scored.doc_id not in by_doc:
                by_doc[scored.doc_id] = _posts_by_name(evidence, scored.doc_id)
            posted = _posted(person, by_doc[scored.doc_id]) if officials_only or of_body else person
            if officials_only and not _member_of(posted, body):
                continue
            if no_inmates and (is_inmate_role(person.post or _description(scored.sentence, person))
                               or _INMATE_BEFORE.search(scored.text[: person.start])):
                continue
            if of_body and not _of_body(posted, of_body):
                continue
            # The words after a person up to the next one named: "Kalapas ..., Agus Heryanto
            # dan Kepala UPTD BLK, Sunarto Hadi": "Kepala UPTD BLK" is Sunarto's post.
            later = [p.role_start if p.post else p.start for p in scored.sentence.people
                     if p.start > person.end]
            text = scored.text[: min(later)] if later else scored.text
            said = frozenset(analyze_document(
                f"{_clause_before(scored.sentence, person)} {person.post} {_clause_after(text, person.end)}"))
            # The question's names set the scene ("di Rutan Kefamenanu"): a post that repeats
            # them ("Kepala Rutan Kefamenanu") says nothing of who did the act.
            fit = evidence.concepts.coverage(said, own_only=True, skip=frozenset() if related else scene)
            score = scored.score + (POST_BONUS if person.post and fit > 0 else 0.0) + 0.5 * fit - 0.01 * rank
            if stand_in and _stands_in(scored.text, person):
                score += STAND_IN_BONUS
                if _represents_asked(evidence, scored.text, person):
                    # "Mayor Arm Dulloh yang mewakili Komandan Kodim 1204/Sanggau, serta AKP
                    # Sumardai yang mewakili Kepala Kepolisian Resor": the one standing in
                    # for the post the question names.
                    score += STAND_IN_BONUS
            if role and role <= frozenset(analyze_document(f"{person.post} {_clause_after(scored.text, person.end)}")):
                # "Siapa nama gembong narkoba yang ikut kabur?": the one the report describes
                # so ("Murtala Ilyas, gembong narkoba yang ..."), not the Karutan who told it.
                score += ROLE_BONUS
            acted = False  # the sentence says this person did the asked act
            if companion and _after_companion_verb(scored.text, person, companion):
                # "Rombongan disambut oleh Kasi ..., IGAP. Mahendra": named right after the
                # verb asked, as its agent, whatever names of the scene another sentence has.
                score += STAND_IN_BONUS + AGENT_BONUS
                acted = True
            if successor and _succeeds(scored.text, person):
                # "beralih dari Ahmad Sihabudin kepada Sudirman": the handover names the one
                # asked, whoever else of rank the report names, however few of the
                # question's words its sentence repeats.
                score += SUCCESSOR_BONUS
                acted = True
            if predecessor and _preceded(scored.text, person):
                # "Hedian, yang menggantikan Kalapas sebelumnya, Agus Irianto": the one replaced.
                score += SUCCESSOR_BONUS
            if not related and acts and any(a.matches(scored.sentence.terms) for a in acts):
                score += ACT_BONUS  # the sentence says the asked act ("Peresmian dilakukan ...")
                if _agent_named(scored.text, person) or _does_act(scored.text, person, acts):
                    score += AGENT_BONUS
                    acted = True
            if best is None or score > best[0]:
                best = (score, person, scored, acted, None)
        pronoun_did = pronoun_act(scored.sentence) if not scored.sentence.people and not related else None
        if pronoun_did and any(a.matches(frozenset(analyze_document(pronoun_did))) for a in acts):
            # "..., katanya ketika membuka pesantren kilat": the sentence of the act names its
            # doer by a pronoun only; the one it points back to did it.
            antecedent = pronoun_antecedent(evidence.index.sentences, scored.sentence)
            score = scored.score + ACT_BONUS + AGENT_BONUS - 0.01 * rank
            if (antecedent is not None and not (officials_only or of_body)
                    and not named_by_question(evidence.frame.question, antecedent[1])
                    and not any(holds(antecedent[1], post) for post in others)
                    and not (no_inmates and is_inmate_role(antecedent[1].post))
                    and (best is None or score > best[0])):
                best = (score, antecedent[1], scored, True, antecedent[0])
    if best is None:
        return None
    _, person, scored, acted, introduced = best
    if introduced is not None:
        return _source_line(evidence, book, Source(scored.doc_id, scored.sentence, person,
                                                   _description(introduced, person), introduced))
    focus = evidence.focus_sentences()
    if predecessor and not _preceded(scored.text, person):
        # No sentence names the one replaced: the post's holder the report names is no answer.
        raise NotStated("act_not_stated", _ASKS_PREDECESSOR.search(evidence.frame.question).group())
    if successor and not any(_HANDOVER.search(s.text) or _SUCCESSION.search(s.text) for s in focus[:12]):
        # "Siapa yang ditunjuk menggantikan Irpan?": a report that tells of his removal
        # and names no one taking his post does not say; its other officials are no answer.
        raise NotStated("act_not_stated", _ASKS_SUCCESSOR.search(evidence.frame.question).group())
    # "Who attended?" may be answered by agencies, not people: when the best sentence
    # names nobody and covers the question far better, the "what" composer answers.
    if focus and scored.coverage < 0.35 * focus[0].coverage and not acted:
        return None
    partner = None
    if not _ASKS_ONE.search(evidence.frame.question):
        partner = _partner(scored.sentence, person)
        # The one named first may be the other of the pair: "A dan Wakil Gubernur B".
        before = next((p for p in scored.sentence.people if _partner(scored.sentence, p) == person), None)
        if partner is None and before is not None:
            person, partner = before, person
        if partner is not None and officials_only and not (_member_of(partner, body) and _member_of(person, body)):
            # "Siapa dari pemkot yang mendampingi Menteri PPPA?" of "Menteri PPPA Arifah Fauzi
            # dan Wakil Wali Kota Tangerang H Maryono Hasan": only the pair's member of the
            # body asked answers.
            person = person if _member_of(person, body) else partner
            partner = None
    lines = _answer_line(evidence, book, scored.doc_id, scored.sentence, person)
    if partner is not None:
        # "Gubernur NTT Melki Laka Lena dan Wakil Gubernur Johni Asadoma datang ... untuk
        # menyerahkan SK remisi": both did what is asked.
        role = _description(scored.sentence, partner)
        lines[0] = lines[0].replace(" [", f" {t(evidence.language, 'dan', 'and')} **{partner.name}**"
                                    + (f" ({role})" if role else "") + " [", 1)
    return lines


def _posted(person: PersonMention, by_name: dict[str, PersonMention]) -> PersonMention:
    """``person`` with the post their article gives them where this mention gives none
    (``by_name``: the article's ``_posts_by_name``)."""
    other = None if person.post else by_name.get(person.name)
    if other is None:
        return person
    return replace(person, post=other.post, post_kind=other.post_kind, upt_kind=other.upt_kind, org=other.org)


def _posts_by_name(evidence: Evidence, doc_id: str) -> dict[str, PersonMention]:
    """Each name of an article with the first mention that gives it a post: read once per
    article by a caller that looks up many of its mentions."""
    found: dict[str, PersonMention] = {}
    for sentence in evidence.index.sentences.of_article(doc_id):
        for person in sentence.people:
            if person.post:
                found.setdefault(person.name, person)
    return found


#: The noun a chat or formal who-question describes the person by: "siapa nama gembong
#: narkoba yang ...", "siapa warga yang menyaksikan ...".
_ROLE_ASKED = re.compile(r"\bsiapa(?:kah)?\s+(?:nama\s+)?(?P<role>[a-z]+(?:\s+[a-z]+)?)\s+(?:yang|yg)\b", re.IGNORECASE)
#: Words of such a noun that describe anyone.
_GENERIC_ROLE = frozenset(analyze_document("orang sih sebenarnya sebenernya lengkap"))
#: What a person gains when their description holds the noun the question describes them by.
ROLE_BONUS = 0.6


#: A who-question about whoever came on a body's behalf: "yg dateng mewakili Pemkot siapa?".
_ASKS_STAND_IN = re.compile(r"\b(?:mewakili|wakili|diwakili|on behalf of|represent(?:ed|ing|s)?|"
                            r"st(?:oo|a)d in for|stands in for|standing in for)\b", re.IGNORECASE)
#: What a person gains when the sentence says they stood in for someone.
STAND_IN_BONUS = 0.3
#: What the person a handover gives the post to gains, asked for the successor: more than
#: a post and the question's words can give anyone else.
SUCCESSOR_BONUS = 1.0


#: What a person gains when their sentence says the question's act, and more when they
#: are named as its agent: the report says they did it.
ACT_BONUS = 0.3
AGENT_BONUS = 0.5
#: Words right before the agent of a passive act: "Peresmian dilakukan Kakanwil ...",
#: "dikerjakan oleh Kasubsi. Perawatan Ilhamsyah", "was led by".
_AGENT_MARK = re.compile(r"\b(?:oleh|dilakukan|dikerjakan|dilaksanakan|dipimpin|diresmikan|dibuka|by)\s*[:,]?\s*"
                         # "diantarkan oleh seorang perempuan berinisial J (36)": a person
                         # noun and the word that names them may stand between.
                         r"(?:(?:seorang|seorang\s+\w+|sang|para|pria|wanita|perempuan)\s+(?:\w+\s+)?"
                         r"(?:berinisial|bernama|inisial)\s+)?$",
                         re.IGNORECASE)


def _agent_named(text: str, person: PersonMention) -> bool:
    """Whether the person is named right after a passive act's agent marker, post first:
    the one who did it, not one who came "bersama" them."""
    lead = person.role_start if person.post and person.role_start >= 0 else person.start
    return bool(_AGENT_MARK.search(text[:lead]))


def _does_act(text: str, person: PersonMention, acts: list[Concept]) -> bool:
    """Whether the words about a person say they did one of the asked ``acts``."""
    verb = _own_verb(text, person)
    terms = frozenset(analyze_document(verb)) if verb else frozenset()
    return bool(terms) and any(a.matches(terms) for a in acts)


def _own_verb(text: str, person: PersonMention) -> str | None:
    """The verb a sentence says a person did: right after the name ("Edi menyaksikan ..."),
    or in the clause set off after it ("Lukman, staf Sub Seksi ... yang mendampingi para
    warga binaan itu, ...")."""
    after = _DEGREES_AFTER.sub("", text[person.end : person.end + _APPOSITION_REACH], count=1)
    if after.startswith(","):
        # The clause set off after the name describes them when it opens with a noun ("staf
        # ..."), not a verb of their own saying something else ("membenarkan ada tahanan
        # yang kabur").
        clause = after[1:].split(",", 1)[0]
        opening = _VERB_AFTER_APPOSITION.match(clause)
        if opening is not None and person.post and 0 <= person.role_start < person.start:
            # "Kepala Seksi Pelayanan Tahanan, Gaffar Waliyondi, kemudian membuka kegiatan":
            # the comma closes the post-and-name subject, and its verb follows.
            return opening.group(1)
        words = clause.split()
        if not words or re.fullmatch(r"(?:me|mem|men|meng|meny|ber|di|ter)[a-z]{3,}", words[0].lower()):
            return None
        verb = re.search(r"\byang\s+(?:(?:juga|turut|ikut|sempat|telah|sudah)\s+)?(\w+)",
                         " ".join(words[:_APPOSITION_CLAUSE_WORDS]))
    else:
        verb = re.match(r"\s+(?:(?:juga|pun|turut|ikut|sempat|langsung|telah|sudah)\s+)?(\w+)", after)
    return verb.group(1) if verb else None


#: The verb after a subject set off by commas, behind adverbs of sequence: "kemudian membuka".
_VERB_AFTER_APPOSITION = re.compile(r"\s*(?:(?:kemudian|lalu|selanjutnya|juga|pun|turut|ikut|sempat|langsung|"
                                    r"telah|sudah|akhirnya|secara resmi)\s+)+((?:me|mem|men|meng|meny|ber|di)[a-z]{3,})\b",
                                    re.IGNORECASE)
#: How far after a name its apposition may reach, and in how many words its "yang" clause
#: must open.
_APPOSITION_REACH = 160
_APPOSITION_CLAUSE_WORDS = 9


def _did_asked_act(acts: list[Concept], sentence: Sentence, person: PersonMention) -> bool:
    """Whether ``sentence`` says ``person`` did one of the question's ``acts``: it names the
    act and the person follows its agent marker ("dikoordinasikan oleh Kepala Seksi ..., Nober")."""
    return any(v.matches(sentence.terms) for v in acts) and _agent_named(sentence.text, person)


def _lead(person: PersonMention) -> int:
    """Where a person's mention starts: at their post when it is written before the name
    ("Kepala Dinas ..., Sutapa"), else at the name."""
    return person.role_start if person.post and person.role_start < person.start else person.start


def _represents_asked(evidence: Evidence, text: str, person: PersonMention) -> bool:
    """Whether the post ``person`` stands in for, written right after "mewakili" or right
    before "diwakili", says a word the question names ("Kodim" of "the Kodim commander")."""
    after = re.match(r"\s*,?\s*(?:yang\s+)?(?:\w+\s+)?mewakili\s+([^,;.]+)", text[person.end :])
    before = (re.search(r"([^,;.]+?)\s+(?:yang\s+)?diwakili(?:\s+oleh)?\s+(?:[A-Z][\w.]*\s+){0,2}$",
                        text[max(0, person.start - 90) : person.start])
              # "Sambutan pimpinan lapas ... diwakili oleh Ka. KPLP, Bapak Lamarta": the post
              # comes between the word and the name.
              or re.search(r"([^,;.]+?)\s+(?:yang\s+)?diwakili(?:\s+oleh)?\s*$", text[max(0, _lead(person) - 90) : _lead(person)])
              # "Mewakili Bupati Kukar, Asisten II ... Ahyani": the sentence opens with it.
              or _OPENS_STANDING_IN.search(text[: _lead(person)]))
    post = (after or before).group(1) if (after or before) else ""
    said = frozenset(analyze_document(post))
    # A place both posts share ("Sanggau") tells them apart no more than nothing.
    return post != "" and any(c.matches(said) for c in evidence.concepts.own_concepts
                              if not c.generic and not set(c.label.split()) <= place_words())


def _stands_in(text: str, person: PersonMention) -> bool:
    """Whether the sentence has ``person`` standing in for someone: "Pemerintah Kota
    diwakili Kepala Dinas ..., Sutapa", "Sutapa, yang hadir mewakili Pj Sekda"."""
    lead = _lead(person)
    return bool(re.search(r"\bdiwakili(?:\s+oleh)?\s*$", text[max(0, lead - 25) : lead])
                # "Komandan Kodim 1204/Sanggau yang diwakili Mayor Arm Dulloh": the post
                # represented, then the word, then the name with its rank.
                or re.search(r"\bdiwakili(?:\s+oleh)?\s+(?:[A-Z][\w.]*\s+){0,2}$", text[max(0, person.start - 40) : person.start])
                or re.match(r"\s*,?\s*(?:yang\s+)?(?:\w+\s+)?mewakili\b", text[person.end :])
                or _OPENS_STANDING_IN.search(text[:lead]))


#: A sentence that opens with the post stood in for, its stand-in's post and name after the
#: comma: "Mewakili Bupati Kukar, Asisten II Bidang Perekonomian ... Ahyani".
_OPENS_STANDING_IN = re.compile(r"^\W*(?:mewakili|atas nama)\s+([^,.;]{3,60}),\s*$", re.IGNORECASE)


#: A who-question about whoever took a post over: "who took over from Abdul Karim as head",
#: "siapa pengganti Kalapas ...".
_ASKS_SUCCESSOR = re.compile(
    r"\b(?:took over|takes? over|taking over|replac(?:ed|es|ing)|succeed(?:ed|s)?|successor|menggantikan|"
    r"gantiin|gantikan|pengganti(?:nya)?|penerus(?:nya)?|"
    # "Who became the new warden?", "Kalapas barunya siapa?": the post's new holder.
    r"(?:became|become|is|was|as) the new|(?:kepala|kalapas|karutan|kabapas|kakanwil|kadiv\w*|pejabat|pimpinan)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:yang\s+|yg\s+)?baru(?:nya)?)\b",
    re.IGNORECASE,
)
#: Words a report tells a post's new holder with, beyond a handover's (``_HANDOVER``):
#: "Plt", "dilantik", "ditunjuk".
_SUCCESSION = re.compile(r"\b(?:penerus\w*|pelantikan|dilantik|Plt\.?|pelaksana tugas|ditunjuk|mengisi|menjabat|"
                         r"replac\w+|succeed\w*|took over|taking over|appointed|acting)\b", re.IGNORECASE)
#: Where a successor stands in a handover: "diserahterimakan dari A kepada B", "A digantikan
#: oleh B", "B, yang menggantikan A".
_HANDOVER = re.compile(r"\b(?:serah\s*terima|diserahterimakan|sertijab|digantikan|diganti|menggantikan|pengganti"
                       # "Kepemimpinan resmi beralih dari A kepada B"
                       r"|(?:beralih|berpindah|dialihkan|diserahkan)(?=\s+dari\b)|tongkat kepemimpinan)\w*",
                       re.IGNORECASE)
#: Words right before the one who took a post over: "digantikan oleh", "Kursi yang ia
#: tinggalkan kini ditempati", "Posisi itu sekarang dipegang", "kepada penggantinya,".
_TAKEN_OVER_BY = (r"\b(?:(?:digantikan|diganti|ditempati|dipegang|diisi|dijabat|diduduki|diemban)(?:\s+oleh)?"
                  r"|pengganti(?:nya)?"
                  # "berpindah dari Karutan lama A ke Karutan baru B"
                  r"|(?:ke|kepada)\s+(?:kalapas|karutan|kabapas|kakanwil|kepala(?:\s+\w+){1,3}?|pejabat|pimpinan)\s+(?:yang\s+)?baru)"
                  r"\s*,?\s*$")
_TAKEN_OVER = re.compile(_TAKEN_OVER_BY, re.IGNORECASE)
_SUCCESSOR_BEFORE = re.compile(rf"\bkepada\s*,?\s*$|{_TAKEN_OVER_BY}", re.IGNORECASE)
#: The words between a post and its new holder's name: "Kepala Lapas ... yang baru, Nama".
_NEW_HOLDER = re.compile(r"\b(?:yang\s+)?baru\s*,\s*$", re.IGNORECASE)
_SUCCESSOR_AFTER = re.compile(r"^\s*,?\s*(?:yang\s+)?(?:akan\s+|resmi\s+)?menggantikan\b", re.IGNORECASE)


#: A question asking who held a post before: "had taken over the post from whom?",
#: "who was his predecessor?", "menggantikan siapa?".
_ASKS_PREDECESSOR = re.compile(
    r"\b(?:(?:taken|took|take|taking)\s+over\b[^?]*\bfrom\s+(?:whom|who)|replaced\s+whom|predecessor|pendahulu(?:nya)?"
    r"|(?:menggantikan|gantikan|gantiin|ngegantiin)\s+siapa|siapa\s+yang\s+(?:di)?gantikan(?:nya)?)\b",
    re.IGNORECASE,
)
#: Words right before the one a post was taken from: "menggantikan Kalapas sebelumnya,",
#: "dari A kepada B" (a handover from A), "pendahulunya,".
_PREDECESSOR_BEFORE = re.compile(
    r"\b(?:menggantikan|pendahulu(?:nya)?|(?:beralih|berpindah|diserahterimakan|sertijab)\s+dari|dari"
    # "mengambil alih posisi yang sebelumnya diduduki Heri Azhar"
    r"|(?:sebelumnya|semula|tadinya)\s+(?:diduduki|dijabat|dipegang|diemban)(?:\s+oleh)?)"
    r"(?:\s+[\w.]+){0,4}?\s*,?\s*$", re.IGNORECASE)


def _preceded(text: str, person: PersonMention) -> bool:
    """Whether the sentence names ``person`` as the one a post was taken from ("yang
    menggantikan Kalapas sebelumnya, Agus Irianto", "diserahterimakan dari Abdul Karim
    kepada ...")."""
    lead = _lead(person)
    before = text[max(0, lead - 45) : lead]
    match = _PREDECESSOR_BEFORE.search(before)
    return match is not None and (match.group().lower().startswith(("menggantikan", "pendahulu", "sebelumnya",
                                                                    "semula", "tadinya"))
                                  or _HANDOVER.search(text) is not None)


def _succeeds(text: str, person: PersonMention) -> bool:
    """Whether the sentence hands a post over to ``person`` ("jabatan Kepala Lapas ...
    diserahterimakan dari Abdul Karim kepada Endang Lintang Hardiman") or calls them its
    new holder ("Kepala Lapas Muaro Padang yang baru, Sri Yuwono")."""
    if person.post and _NEW_HOLDER.search(text[max(0, person.start - 20) : person.start]):
        return True
    lead = _lead(person)
    if _TAKEN_OVER.search(text[max(0, lead - 30) : lead]):
        return True  # "Posisi yang ditinggalkannya kini diisi P. Siregar": the words hand it over
    if not _HANDOVER.search(text):
        return False
    return bool(_SUCCESSOR_BEFORE.search(text[max(0, lead - 30) : lead]) or _SUCCESSOR_AFTER.match(text[person.end :]))


#: Who was beside, met or received someone, by the root of the verb: "didampingi siapa?",
#: "yg nerima rombongan siapa?", "accompanied by whom?". The answer is the person the
#: article writes after the passive verb ("diterima langsung oleh Kasi Intel ..., Johan").
_COMPANION_VERBS = (
    (re.compile(r"\b(?:didampingi|mendampingi|dampingi|accompan(?:ied|ying|y)|(?:was|were) with (?:him|her|them))\b",
                re.IGNORECASE), "dampingi"),
    (re.compile(r"\b(?:diterima|menerima|nerima|terima|received?|receiving|hosted)\b", re.IGNORECASE), "terima"),
    (re.compile(r"\b(?:disambut|menyambut|nyambut|welcomed?|welcoming|greeted)\b", re.IGNORECASE), "sambut"),
    (re.compile(r"\b(?:ditemani|menemani|nemenin|temani)\b", re.IGNORECASE), "temani"),
    (re.compile(r"\b(?:dikawal|mengawal|ngawal|escort(?:ed|ing)?)\b", re.IGNORECASE), "kawal"),
)


#: A question on who accompanied the post it names: "Karutan Siak didampingi siapa?",
#: "karutannya didampingi pejabat siapa aja", "accompanied by whom".
_ACCOMPANIED_BY_WHOM = re.compile(r"\b(?:didampingi|ditemani|disertai)\s+(?:oleh\s+)?(?:\w+\s+)?(?:siapa|sapa)\b"
                                  r"|\baccompanied by whom\b", re.IGNORECASE)


def _companion_roots(question: str) -> frozenset[str]:
    """The roots of the verbs of accompanying or receiving a who-question asks about."""
    if not re.search(r"\b(?:siapa|who|whom)\b|\b(?:was|were) with (?:him|her|them)\b", question, re.IGNORECASE):
        return frozenset()  # "which official greeted inmates" asks the greeter, no companion
    roots = frozenset(root for pattern, root in _COMPANION_VERBS if pattern.search(question))
    # A guest "received" is one "welcomed" ("Rombongan disambut oleh ..."), and the reverse.
    return roots | _HOSTING if roots & _HOSTING else roots


#: The roots of receiving a guest, which reports use one for the other.
_HOSTING = frozenset({"terima", "sambut"})


def _after_companion_verb(text: str, person: PersonMention, roots: frozenset[str]) -> bool:
    """Whether the sentence writes ``person`` (with their post) right after the passive verb
    of one of ``roots``: "yang didampingi Kepala Sub Seksi Kegiatan Kerja, Setyo Sukismo"."""
    lead = _lead(person)
    before = text[max(0, lead - 40) : lead]
    if any(re.search(rf"\bdi{root}(?:\s+langsung)?(?:\s+oleh)?\s*$", before, re.IGNORECASE) for root in roots):
        return True
    # "Lukman, staf ... yang mendampingi para warga binaan itu": the active verb after the
    # person says the same of them.
    verb = _own_verb(text, person)
    return verb is not None and any(verb.lower() == _ACTIVE_COMPANION[root] for root in roots)


#: The active form of each companion verb's root.
_ACTIVE_COMPANION = {"dampingi": "mendampingi", "terima": "menerima", "sambut": "menyambut",
                     "temani": "menemani", "kawal": "mengawal"}


#: "Which officer ...", "pejabat mana ...": one person is asked, whoever acted beside them.
_ASKS_ONE = re.compile(r"\b(?:which|what)\b|\b(?:mana|siapa)(?:kah)?\s+(?:satu|seorang)\b|\bmana\b"
                       r"|\b(?:heads?|chief|kepala|ketua)\b", re.IGNORECASE)  # "who heads ...": one
#: Between two people who did something together: "A dan Wakil Gubernur B".
_PARTNER_GAP = re.compile(r"\s*,?\s*(?:dan|serta|and)\s+$", re.IGNORECASE)
#: "A bersama B": a partner only in an act both sides do (``_JOINT_ACT``).
_WITH_GAP = re.compile(r"\s*,?\s*(?:bersama|bersama-sama dengan|together with)\s+$", re.IGNORECASE)
#: Acts two sides do together: signing an agreement, handing something over.
_JOINT_ACT = re.compile(r"\b(?:diteken|meneken|teken|menandatangani|ditandatangani|penandatanganan|tanda tangan|"
                        r"nota kesepakatan|nota kesepahaman|MoU|perjanjian|serah terima|diserahkan|menyerahkan|signed|"
                        r"handed over)\b", re.IGNORECASE)


def _partner(sentence: Sentence, person: PersonMention) -> PersonMention | None:
    """The person named right after ``person`` by "dan"/"serta", as their partner in the act."""
    if "representative" in person.duties:
        return None  # "Dandim yang diwakili A dan Kapolres yang diwakili B": stand-ins
    for other in sentence.people:
        start = _lead(other)
        if start > person.end:
            if "representative" in other.duties:
                return None
            between = sentence.text[person.end : start]
            between = _DEGREES_AFTER.sub("", between, count=1) if between.startswith(",") else between
            if _PARTNER_GAP.fullmatch(between):
                return other
            # "diteken oleh Kalapas ... bersama Ketua LKBH ...": a signing has two sides,
            # each an agent; "diresmikan oleh A bersama B" has one, and B stood beside him.
            return other if _WITH_GAP.fullmatch(between) and _JOINT_ACT.search(sentence.text) else None
    return None


def compose_people(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Every person the best articles name, with their posts, one line each; when the
    question names a post ("Sebutkan dua Kalapas Bandarlampung"), every holder of it in the
    articles about that unit, however far apart they were in office."""
    asked = posts_in_question(_without_suffixes(evidence.frame.question), evidence.language)
    if _ACCOMPANIED_BY_WHOM.search(evidence.frame.question):
        # "karutannya didampingi pejabat siapa aja?": those who came with the post holder.
        companions = _companions_named(evidence, book)
        if companions is not None:
            return companions
    if asked and _ASKS_INMATES_LISTED.search(evidence.frame.question):
        # "the names of the four inmates who received the papers from the regent": the
        # regent sets the scene; inmates are asked.
        asked = []
    if asked:
        holders = _all_holders(evidence, book, asked[0])
        if holders:
            # "Which two director-generals ...": the asker knows how many; the best
            # articles' first holders are the ones meant, not a third from another report.
            return holders[: _people_counted(evidence.frame.question) or len(holders)]
        if not asked[0].heads_a_body:
            # "the names of the public prosecutors in the case": the report names none; the
            # people it does name (the accused, the judge) hold other posts. (A unit's head
            # may be the one others are asked about: "Kepala LPKA ... didampingi siapa saja?")
            raise NotStated("post_not_held", _named_in(evidence))
    elif not _INMATES.search(evidence.frame.question) and not _ASKS_NAME.search(evidence.frame.question):
        # ("Siapa aja nama petugas ...?": names are asked, which a body or role is not.)
        # "Yang beli siapa aja?": the doers the report names for the act ("Pembelinya antara
        # lain keluarga warga binaan ... dan petugas lapas"), when it names them so; inmates
        # asked for are named people, not a group ("Who were the two inmates ...?").
        doers = _agency(evidence, book)
        if doers is not None:
            return doers
    group = _named_group(evidence, book)
    if group is not None:
        return group
    seen: set[str] = set()
    lines = []
    inmates = bool(_ASKS_INMATES_LISTED.search(evidence.frame.question))
    officials: dict[str, frozenset[str]] = {}  # per article, read once

    def listed(person: PersonMention, doc_id: str) -> bool:
        """Whether a person still goes on the list: not named yet and, when inmates are
        asked ("nama tiga warga binaan ..."), no official (officials are not the inmates)."""
        if any(person.name in other or other in person.name for other in seen):
            return False
        if inmates:
            if doc_id not in officials:
                officials[doc_id] = _officials(evidence, doc_id)
            if person.post or person.rank or person.name in officials[doc_id]:
                return False
        seen.add(person.name)
        return True

    for scored in evidence.focus_sentences(relative=0.9):
        for person in scored.sentence.people:
            if not listed(person, scored.doc_id):
                continue
            role = _post_shown(person) or _tie(scored.text, person) or ("" if inmates else _clause_after(scored.text, person.end))
            n = book.cite(scored.chunk)
            lines.append(f"- **{person.name}**" + (f" ({role.strip(' ,')})" if role.strip() else "") + f" [{n}]")
    if inmates and not lines:
        # The inmates may be named in a sentence the question's words miss ("Keduanya adalah
        # Indra Adi Saputra (20) dan Tuo bin Udding (29)"): any of the answering report's.
        for doc_id in evidence.answer_docs()[:1]:
            fallback = next(h.chunk for h in evidence.hits if h.chunk.doc_id == doc_id)
            for sentence in evidence.index.sentences.of_article(doc_id):
                for person in sentence.people:
                    if listed(person, doc_id):
                        n = book.cite_sentence(doc_id, sentence.start, fallback)
                        lines.append(f"- **{person.name}** [{n}]")
    if inmates and not lines:
        raise NotStated("not_stated")  # the report names none of the inmates asked, only officials
    return lines or None


#: A who-question about who told or tipped someone off.
_ASKS_INFORMANT = re.compile(
    r"\b(?:memberi\s*(?:tahu|tau)|kasih\s*tau|ngasih\s*tau|melapor(?:kan)?|menginformasikan|mengabarkan|"
    r"memberi(?:kan)? (?:informasi|info|kabar)|tipped off|tip(?:-| )off|told|informed|alerted|notified)\b", re.IGNORECASE)
#: Where a report says a tip came from: "Informasi awal datang dari orang tua NH sendiri",
#: "berdasarkan laporan warga", "atas informasi masyarakat".
_INFORMATION_FROM = re.compile(
    r"\b(?:informasi|info|laporan|kabar|petunjuk)(?:\s+\w+){0,2}?\s+(?:datang|berasal|didapat|diperoleh|diterima)\s+dari\s+"
    r"(?P<who>[^.,;]+)"
    r"|\b(?:berdasarkan|atas|dari)\s+(?:informasi|info|laporan|kabar)\s+(?:dari\s+)?(?P<who2>(?:warga|masyarakat|keluarga|orang\s+tua|"
    r"istri|suami|kerabat|tetangga|petugas|pihak)[^.,;]*)", re.IGNORECASE)


#: A question on whom something came from: "Dari siapa ... menerima ...?", "from whom",
#: "Who did the head receive the charter from?".
_ASKS_GIVER = re.compile(r"\bdari siapa\b|\bfrom whom\b|^\W*who\b[^?]*\b(?:receive[ds]?|get|got|accept(?:ed)?)\b[^?]*"
                         r"\bfrom\W*$", re.IGNORECASE)
#: What stands before the giver's post or name: "dari tangan", "dari", "diserahkan oleh".
_GIVEN_BY = re.compile(r"\b(?:dari(?:\s+tangan)?|diserahkan(?:\s+langsung)?\s+oleh|from)\s*$", re.IGNORECASE)
#: A question on who witnessed an act: "Which official witnessed the handover?", "siapa
#: yang menyaksikan ...?" (not "diwakili siapa saat menyaksikan ...?", whose witness is
#: the one represented).
_ASKS_WITNESS = re.compile(r"(?:^\W*which\b[^?]*?|\bwho)\s+(?:\w+\s+)?witness(?:ed|es)?\b|\bdisaksikan\s+(?:oleh\s+)?siapa\b|"
                           r"\bsiapa\s+(?:[\w-]+\s+){0,3}?(?:yang|yg)\s+(?:turut\s+|ikut\s+)?(?:menyaksikan|nyaksiin)\b",
                           re.IGNORECASE)
#: What stands right before a witness: "dengan disaksikan (oleh)".
_WITNESSED_BY = re.compile(r"\b(?:disaksikan|witnessed)(?:\s+(?:langsung|pula|juga))?(?:\s+(?:oleh|by))?"
                           # "disaksikan oleh Chairperson of Perkumpulan Sekolah SPK Indonesia,
                           # Imelda ...": a post the reader does not know, set off by a comma.
                           r"(?:\s+[^,.;]{3,60},)?\s*$",
                           re.IGNORECASE)
#: The words after a witness that go on listing witnesses: ", Direktur ..., Lius ..., serta".
_MORE_WITNESSES = re.compile(r"^[^.;]{0,80}$")
#: Questions on a part someone played that the report says by a word right before them:
#: the question's pattern, a pattern that makes the question ask something else ("Mardan
#: menggantikan siapa?" asks for the one replaced), the words before the person, and
#: whether every sentence of the answering report is searched (a handover is told once,
#: often far from the sentences that share the question's words).
_ROLE_CUES = ((_ASKS_GIVER, None, _GIVEN_BY, False), (_ASKS_SUCCESSOR, _ASKS_PREDECESSOR, _TAKEN_OVER, True),
              (_ASKS_WITNESS, None, _WITNESSED_BY, True))


#: "atas instruksi siapa?", "on whose orders?", "who ordered the raid?": who gave the order.
_ASKS_INSTRUCTOR = re.compile(r"\batas\s+(?:instruksi|perintah|arahan|permintaan|inisiatif)\s+siapa\b"
                              r"|\b(?:on|at|under|following)?\s*whose\s+(?:instructions?|orders?|request|initiative|directive)\b"
                              r"|\b(?:instructed|ordered)\s+by\s+whom\b|\bwho\s+(?:instructed|ordered)\b",
                              re.IGNORECASE)
#: Who gave an order, as a report writes it: "atas instruksi Irjen Lembaga Pemasyarakatan".
# ("menindaklanjuti instruksi Menteri ..., Agus Andrianto": the order followed up.)
_ORDERED_BY = re.compile(r"\b(?:atas|menindaklanjuti|sesuai|berdasarkan|mengikuti|melaksanakan)\s+"
                         r"(?:instruksi|perintah|arahan|permintaan|inisiatif)\s+(?:dari\s+)?"
                         r"(?P<who>[^,.;:\"“”()]{3,90})", re.IGNORECASE)


def _instructed_by(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Who a sentence of the answering report says an act was done on the order of: the
    person named there, or the post or office when it names none."""
    docs = evidence.answer_docs()[:1]
    for scored in evidence.focus_sentences()[:8]:
        if scored.doc_id not in docs or (found := _ORDERED_BY.search(scored.text)) is None:
            continue
        # The person of the post named ("instruksi Menteri Imigrasi dan Pemasyarakatan, Agus
        # Andrianto"): the name may follow the post, set off by a comma.
        named = [p for p in scored.sentence.people
                 if found.start("who") <= p.start < found.end("who")
                 or p.post and found.start("who") <= p.role_start < found.end("who")]
        if named:
            return _answer_line(evidence, book, docs[0], scored.sentence, named[0])
        n = book.cite(scored.chunk)
        who = re.split(r"\s+(?:yang|untuk|agar|supaya|dalam|pada|di|sejak|guna)\b", found.group("who"))[0].strip()
        return [f"**{who}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]
    return None


def _named_after(evidence: Evidence, book: CitationBook, cue: re.Pattern[str], whole: bool) -> list[str] | None:
    """The person a best sentence of the answering report names right after ``cue``
    (with their post, if written before the name): "dari tangan Menteri ... Yasonna",
    "digantikan oleh Mardan", "disaksikan Inspektur Jenderal ... Aidir Amin Daud"; the
    report's other sentences follow the best ones when ``whole``."""
    docs = evidence.answer_docs()[:1]
    sentences = [s.sentence for s in evidence.focus_sentences()[:6] if s.doc_id in docs]
    if whole and docs:
        sentences += [s for s in evidence.index.sentences.of_article(docs[0]) if s not in sentences]
    places = ({w for unit in asked_upts(evidence.frame.question) for w in (upt_place(unit) or "").lower().split()}
              | {w for a in posts_in_question(evidence.frame.question, evidence.language) for w in a.org_words
                 if _names_a_unit(w)}) - _CORRECTIONS_BODIES
    if places and cue is _TAKEN_OVER:
        # A report of several units' handovers ("Di Lapas Ambarawa, ... Sementara di Rutan
        # Salatiga, tongkat kepemimpinan berpindah ..."): the sentence of the unit asked first.
        sentences.sort(key=lambda s: not places & set(re.findall(r"\w+", s.text.lower())))
    for sentence in sentences:
        for person in (*sentence.people, *_bare_names(sentence, cue)):
            begin = person.role_start if 0 <= person.role_start < person.start else person.start
            # ("ke Karutan baru Redy Agian": the cue may hold the post written before the name.)
            if cue.search(sentence.text[:begin]) or cue.search(sentence.text[: person.start]):
                lines = _answer_line(evidence, book, docs[0], sentence, person)
                if cue is _WITNESSED_BY and not posts_in_question(evidence.frame.question, evidence.language):
                    # "disaksikan oleh A, Direktur ..., B, serta ...": every witness the
                    # sentence goes on to list, up to ``MAX_NAMED``, when the question asks
                    # for witnesses, not the one of a post ("Siapa Ketua KPU yang
                    # menyaksikan ...?").
                    others = [p for p in sentence.people
                              if p.start > person.end and "representative" not in p.duties
                              and _MORE_WITNESSES.match(sentence.text[person.end : p.start])]
                    added = [f"**{p.name}**" for p in others[: MAX_NAMED - 1]]
                    if added:
                        first, cited = lines[0].split(" [", 1)
                        lines[0] = f"{', '.join([first, *added])} [{cited}"
                return lines
    return None


#: Capitalised words that may be a name standing alone: "digantikan oleh Mardan".
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}\b")


def _bare_names(sentence: Sentence, cue: re.Pattern[str]) -> list[PersonMention]:
    """Runs of capitalised words of ``sentence`` right after ``cue`` that no post, unit or
    place claims and that no mention already covers: a one-word name ("Mardan") has no post
    or title to be recognised by, and only a cue word right before it ("digantikan oleh")
    says it is a person, so they are read only there."""
    found = []
    for match in _CAPITALISED_RUN.finditer(sentence.text):
        if (not cue.search(sentence.text[: match.start()])
                or any(p.start <= match.start() < p.end for p in sentence.people) or find_upts(match.group())
                or posts_in_question(match.group(), "id") or match.group().split()[0].lower() in place_words()
                or match.group().split()[0].lower() in STOPWORDS_ID):
            continue
        found.append(PersonMention(match.start(), match.end(), match.group(), match.group(), "", None, None, "",
                                   -1, -1, "", ()))
    return found


def _informant(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Who the answering report says gave the information, as it names them."""
    found = evidence.answer_match(_INFORMATION_FROM)
    if found is None:
        return None
    scored, match = found
    who = (match.group("who") or match.group("who2")).strip()
    n = book.cite(scored.chunk)
    return [f"**{who}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]


def _companions_named(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Everyone the best sentence of the answering report names right after "didampingi"
    ("Kepala Rutan Siak ..., yang didampingi Kapolsek Siak Kompol Marto Harahap dan Danramil
    03/Siak Mayor (Inf) Suratno, ..."): the companions, one line each, not the one they
    accompanied."""
    docs = evidence.answer_docs()[:1]
    for scored in evidence.focus_sentences()[:8]:
        if scored.doc_id not in docs:
            continue
        verb = _COMPANION_WORD.search(scored.text)
        if verb is None:
            continue
        after = [p for p in scored.sentence.people if _lead(p) >= verb.end()]
        if not after:
            continue
        n = book.cite(scored.chunk)
        lines = [f"- **{p.name}**" + (f" ({p.post})" if p.post else "") + f" [{n}]" for p in after[:MAX_NAMED]]
        return [*lines, "", f"> {quote(scored.text, limit=500)} [{n}]"]
    return None


#: A who-question asking to whom something was told, reported or handed: "kepada siapa",
#: "to whom", "Which official did he report it to?".
_ASKS_ADDRESSEE = re.compile(r"\b(?:kepada|ke)\s+siapa\b|\bto\s+whom\b"
                             r"|^\W*(?:and\s+)?(?:who|whom|which\b[^?]*?)\s+(?:did|does|do|was|were|had)\b[^?]*\bto\s*\?*\s*$",
                             re.IGNORECASE)
#: "kepada" after a verb of telling, reporting or handing over: whom it went to.
_TO_ADDRESSEE = re.compile(r"\b(?:me|mem|men|meng|meny|di)[a-z]+(?:kan|i)?\s+(?:[\w-]+\s+){0,6}?kepada\s+",
                           re.IGNORECASE)
#: How far after "kepada" the person's name (or the post before it) may start.
ADDRESSEE_CHARS = 60


def _addressee(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The person a sentence of the answering report names right after a verb and
    "kepada", preferring a sentence that tells the question's act."""
    docs = evidence.answer_docs()[:1]
    acts = evidence.concepts.verbs
    found: list[tuple[bool, int, ScoredSentence, PersonMention]] = []
    for rank, scored in enumerate(evidence.focus_sentences()[:8]):
        if scored.doc_id not in docs:
            continue
        for to in _TO_ADDRESSEE.finditer(scored.text):
            person = next((p for p in scored.sentence.people
                           if to.end() <= _lead(p) <= to.end() + ADDRESSEE_CHARS), None)
            if person is not None:
                found.append((not any(words_naming(to.group(), acts)), rank, scored, person))
                break
    if not found:
        return None
    _, _, scored, person = min(found, key=lambda f: f[:2])
    n = book.cite(scored.chunk)
    return [f"**{person.name}**" + (f" ({person.post})" if person.post else "") + f" [{n}]", "",
            f"> {quote(scored.text, limit=500)} [{n}]"]


#: A name with the age a report writes after it: "Riskiansyah (16)", "Muhamad Fandi alias
#: Tuhung (47)".
_NAME_WITH_AGE = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})(?:\s+alias\s+[A-Z][a-z]+)?\s*"
                            r"\((?P<age>\d{1,2})(?:\s*(?:tahun|th|thn))?\)")


def _by_age(evidence: Evidence, book: CitationBook, youngest: bool) -> list[str] | None:
    """The youngest (or oldest) of the people the answering report writes with an age, when
    it gives at least two; None otherwise."""
    docs = evidence.answer_docs()[:1]
    if not docs:
        return None
    aged = [(int(m.group("age")), sentence, m) for sentence in evidence.index.sentences.of_article(docs[0])
            for m in _NAME_WITH_AGE.finditer(sentence.text)
            if m.group("name").split()[0].lower() not in place_words() and not find_upts(m.group("name"))]
    if len({age for age, _, _ in aged}) < 2:
        return None
    age, sentence, match = (min if youngest else max)(aged, key=lambda a: a[0])
    n = _cite_sentence(evidence, book, docs[0], sentence)
    return [f"**{match.group('name')}** ({age}) [{n}]", "", f"> {quote(sentence.text, limit=500)} [{n}]"]


#: An active verb (and up to two words of its object) before "siapa", or an English
#: question whose subject comes after its auxiliary: the person asked is the act's object
#: ("mengutip kata-kata siapa?", "whose words did he quote?", "who did the head meet?").
_OBJECT_PERSON_ID = re.compile(r"\b(?!menurut\b)(?:me|mem|men|meng|meny)[a-z]{3,}\s+(?:[\w-]+\s+){0,2}?siapa\b",
                               re.IGNORECASE)
_OBJECT_PERSON_EN = re.compile(r"^\W*(?:and\s+)?(?:whose\s+[\w-]+|whom?)\s+(?:did|does|do|will|would|had)\s+(?!the\s+honou?rs\b)",
                               re.IGNORECASE)
#: How far after the act word the object's name (or the post before it) may start.
OBJECT_CHARS = 40


def _asks_object_person(question: str) -> bool:
    """Whether the person asked is the object of the question's act, not its doer: an active
    verb before "siapa" with no "yang" before it ("yang mengutip siapa?" asks the doer)."""
    found = _OBJECT_PERSON_ID.search(question)
    if found is not None:
        # "Kadivpas yang nurunin tim ... gara-gara napi AP meninggal itu siapa?": a relative
        # clause before, or "itu siapa" after, makes "siapa" the one the clause describes.
        return not (re.search(r"\b(?:yang|yg)\b", question[: found.start()], re.IGNORECASE)
                    or re.search(r"\b(?:itu|ini|tersebut|tuh)\s+siapa\b", found.group(), re.IGNORECASE))
    return _OBJECT_PERSON_EN.search(question) is not None


def _object_of_act(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The person a best sentence of the answering report names right after the question's
    act, within ``OBJECT_CHARS`` and in the same clause."""
    docs = evidence.answer_docs()[:1]
    for scored in evidence.focus_sentences()[:8]:
        if scored.doc_id not in docs:
            continue
        for word in words_naming(scored.text, evidence.concepts.verbs):
            person = next((p for p in scored.sentence.people
                           if word.end() <= _lead(p) <= word.end() + OBJECT_CHARS
                           and not re.search(r"[;:]|\b(?:yang|dan|serta|untuk|agar|kepada)\b",
                                             scored.text[word.end() : _lead(p)])
                           and not named_by_question(evidence.frame.question, p)), None)
            if person is not None:
                return _answer_line(evidence, book, scored.doc_id, scored.sentence, person)
    return None


#: The passive verb of accompanying, which the companions' names follow.
_COMPANION_WORD = re.compile(r"\b(?:didampingi|ditemani|disertai)(?:\s+oleh)?\b", re.IGNORECASE)


def _named_group(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The people one sentence of the answering report names as the group that did the
    asked act, when it names several with no post: "Mereka yang sudah tertangkap kembali
    ialah Danil Darmianto, ..., dan Juanedi" answers "which were recaptured?", and the
    escapees of the report's other sentences do not."""
    # The act picks the group ("recaptured", not "escapees"); a chat question may name only
    # a state ("yg masih buron").
    acts = evidence.concepts.verbs or [c for c in evidence.concepts.own_concepts if not c.salient]
    docs = evidence.answer_docs()[:1]
    inmates = bool(_ASKS_INMATES_LISTED.search(evidence.frame.question) or _INMATES.search(evidence.frame.question))
    best = None
    for scored in evidence.focus_sentences(relative=0.5)[:12]:
        if scored.doc_id not in docs:
            continue
        named = [p for p in scored.sentence.people if not p.post and not p.post_kind and not p.rank]
        said = sum(1 for c in acts if c.matches(scored.sentence.terms))
        if len(named) < GROUP_SIZE or not said:
            continue
        if inmates and _STAFF_ANNOUNCED.search(scored.text[: named[0].start]):
            # "Siapa saja napi yang kabur?": not "tiga petugas jaga ..., yakni Bulyajir, Jon
            # Pranata, dan Wahyu", who let them out.
            continue
        if best is None or (said, scored.coverage) > best[0]:
            best = ((said, scored.coverage), scored, named)
    if best is None:
        return None
    _, scored, named = best
    n = book.cite(scored.chunk)
    return [*(f"- **{p.name}** [{n}]" for p in named), "", f"> {quote(scored.text)} [{n}]"]


#: Staff named as a group: "tiga petugas jaga yang bertugas malam itu, yakni ...".
_STAFF_ANNOUNCED = re.compile(r"\b(?:petugas|pegawai|sipir|staf|penjaga|officers?|guards?|staff)\b[^.]{0,60}$",
                              re.IGNORECASE)
#: The fewest unposted people one sentence must name to be read as the group asked for.
GROUP_SIZE = 3


def _officials(evidence: Evidence, doc_id: str) -> frozenset[str]:
    """Names the article gives a post or a rank somewhere ("Kepala Lapas Nabire, I Made
    Supartana"), though a later sentence names them bare."""
    return frozenset(p.name for s in evidence.index.sentences.of_article(doc_id)
                     for p in s.people if p.post or p.rank)


#: A list question asking for inmates by name ("Siapa saja nama tiga warga binaan ...?",
#: "name the inmates who ...").
_ASKS_INMATES_LISTED = re.compile(
    r"\b(?:nama(?:-nama)?|siapa(?:\s+saja|\s+aja)?)\s+(?:\w+\s+){0,3}(?:napi|narapidana|tahanan|warga binaan|wbp)\b"
    # ("the names of the two Tabanan prison inmates": a number and the unit may come between.)
    r"|\b(?:names? of|name|who (?:were|are) the)\s+(?:the\s+)?(?:\w+\s+){0,4}(?:inmates?|prisoners?|detainees?|escapees?)\b",
    re.IGNORECASE)
#: How many people a list question says it wants ("which two", "sebutkan tiga").
_PEOPLE_COUNT = re.compile(r"\b(?:which|what|the|name|sebutkan|siapa(?:\s+saja)?)\s+(?:the\s+)?"
                           r"(two|three|four|five|both|dua|tiga|empat|lima|kedua|ketiga|keempat|kelima)\b",
                           re.IGNORECASE)
_COUNT_WORDS = {"two": 2, "both": 2, "dua": 2, "kedua": 2, "three": 3, "tiga": 3, "ketiga": 3,
                "four": 4, "empat": 4, "keempat": 4, "five": 5, "lima": 5, "kelima": 5}


def _people_counted(question: str) -> int | None:
    """The number of people a question asks for, or None when it gives none."""
    found = _PEOPLE_COUNT.search(question)
    return _COUNT_WORDS[found.group(1).lower()] if found else None


#: The least share of the best article's coverage an article must have for its holders of
#: an asked post to be listed.
HOLDER_COVERAGE = 0.6


def _all_holders(evidence: Evidence, book: CitationBook, asked: AskedPost) -> list[str]:
    """One line per distinct holder of ``asked`` across the candidate articles."""
    asked = replace(asked, org_words=frozenset(w for w in asked.org_words if _names_a_unit(w)))
    posts = [asked, *_also_called(evidence.frame.question, asked)]
    lines: list[str] = []
    seen: list[str] = []
    # Every retrieved article, not only those with all the question's names: a unit's other
    # name in brackets ("Lapas Rajabasa") need not be in each report of it.
    retrieved = list(dict.fromkeys(h.chunk.doc_id for h in evidence.hits))
    best = evidence.best_chunk_per_doc()
    top = max((cov for _, cov in best.values()), default=0.0)
    for doc_id in dict.fromkeys([*_docs_by_best_sentence(evidence), *retrieved]):
        if doc_id in best and best[doc_id][1] < HOLDER_COVERAGE * top:
            # "the prosecutors in the case over the Tangerang prison fire": another report
            # about Lapas Tangerang (a convict's parole) is not about that case.
            continue
        if not asked.org_words and not evidence.names_match(doc_id):
            # "the instructors ... at Lapas Probolinggo": a post of no unit of its own is
            # the named unit's, not another prison's instructors.
            continue
        here = posts + _called_otherwise(evidence, doc_id, asked)
        for sentence in evidence.index.sentences.of_article(doc_id):
            for person in sentence.people:
                if any(person.name in other or other in person.name for other in seen):
                    continue
                if not any(_holds_here(evidence, doc_id, person, post) for post in here):
                    continue
                seen.append(person.name)
                n = book.cite_sentence(doc_id, sentence.start, _first_hit(evidence, doc_id))
                lines.append(f"- **{person.name}** ({person.post}) [{n}]")
    return lines


#: Words that make a phrase an organisation, not a person: "Komisi Independen Pemilihan
#: (KIP) Kota Langsa", "aparat TNI dan Polri", "petugas Puskesmas".
_AGENCY = re.compile(
    r"\b(?:Komisi|KIP|KPU|Bawaslu|Panwas\w*|TNI|Polri|Polres\w*|Polsek|Polda|Kodim|Koramil|Satpol|Dinas|Dinkes|"
    r"Badan|BNN\w*|BPBD|Puskesmas|Pemkab|Pemkot|Pemprov|Pemerintah|Kejaksaan|Kejari|Pengadilan|BLK|aparat|"
    r"tim|Yayasan|Universitas|Rumah Sakit|RSUD|Kementerian|Kanwil|Balai|"
    # Roles, when no one is named: "diisi ASN yang merupakan pegawai lapas sendiri",
    # "keluarga warga binaan ... dan petugas lapas"; "ditangkap warga saat hendak naik ojek".
    r"ASN|pegawai|petugas|personel|keluarga|relawan|ketua|anggota|sipir|staf|warga|masyarakat|penduduk|"
    # "didampingi 11 konselor rehabilitasi dari Yayasan Caritas": those who serve inmates.
    r"konselor|pendamping|instruktur|pelatih)\b"
)
#: Where the agent of a verb ends: a clause break or a word that starts another part.
_AGENT_END = re.compile(r"[,.;:]|\s(?:untuk|dalam|saat|ketika|pada|sejak|agar|supaya|sehingga|di|ke|yang)\s"
                        # "didampingi 11 konselor ... dan diawasi oleh BNN": a second act
                        r"|\s(?:dan|serta)\s+(?:di|me)\w+")
#: The most words an agency answer takes.
AGENCY_WORDS = 12
#: Words that open a clause inside a clause: the subject of the act comes after the last.
_COMPLEMENTIZER = re.compile(r"^.*\b(?:bahwa|karena|sebab|jika|kalau|sehingga|agar|supaya)\s+", re.IGNORECASE)
#: Words between a subject and its verb: "Polda Aceh sebelumnya telah meminjam".
_AUXILIARIES = re.compile(r"(?:\s+(?:sebelumnya|telah|sudah|akan|sempat|juga|pun|lalu|kemudian|pernah|"
                          r"masih|tengah|sedang|baru|langsung))+$", re.IGNORECASE)
#: Quantifiers before an agent noun: "para petugas", "seluruh jajaran", "pihak keluarga",
#: "11 konselor".
_AGENT_LEAD = re.compile(r"^(?:para|seluruh|semua|sejumlah|pihak|jajaran|\d+|dua|tiga|empat|lima|enam|tujuh|delapan|"
                         r"sembilan|sepuluh|belasan|puluhan|ratusan)\s+", re.IGNORECASE)


def _names_an_agent(agent: str) -> bool:
    """Whether a phrase is a body or a role: a capitalised name holding one of ``_AGENCY``'s
    words ("Direktorat Reserse Narkoba Polda Aceh"), or one of its words first ("petugas
    lapas", "para relawan")."""
    # ("Sebanyak 20 orang warga binaan ...": a sentence's first word is capitalised, no name.)
    if agent[:1].isupper() and not _SENTENCE_OPENER.match(agent):
        return bool(_AGENCY.search(agent))
    return bool(_AGENCY.match(_AGENT_LEAD.sub("", _SENTENCE_OPENER.sub("", agent))))


#: Common words that open a sentence, capitalised there: "Sebanyak 20 orang ...".
_SENTENCE_OPENER = re.compile(r"^(?:sebanyak|sekitar|hanya|ada|kurang lebih|lebih dari)\s+", re.IGNORECASE)


def _clause_subject(text: str) -> str:
    """The subject before an active verb: "menjelaskan bahwa Direktorat Reserse Narkoba Polda
    Aceh sebelumnya telah" → "Direktorat Reserse Narkoba Polda Aceh". An agent must open
    with the body or role (``_AGENCY``), not with another verb or a noun such as "kejelian
    para petugas itulah yang", which says what helped, not who acted."""
    return _AUXILIARIES.sub("", _COMPLEMENTIZER.sub("", text.strip())).strip()


def _agency(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """"Siapa yang menyiapkan TPS?", "who helped keep the vote secure?": when the answering
    article's sentence with the question's act gives an organisation as who did it ("KIP
    Kota Langsa menyiapkan 2 TPS", "dibantu aparat TNI dan Polri"), that is the answer."""
    acts = evidence.concepts.verbs
    doer = _ASKED_DOER.search(evidence.frame.question)
    if doer is not None and (root := analyze(doer.group("noun"))) and root[0] != doer.group("noun").lower():
        # "Siapa penyelenggara sosialisasi ...?": the organiser asked by the noun of the act
        # is the agent of that act ("diselenggarakan oleh Panwaslih Aceh Timur").
        acts = [Concept((frozenset(root[:1]),), False, False, doer.group("noun").lower()), *acts]
    organised = _ASKED_ORGANISER.search(evidence.frame.question)
    if doer is None and organised is not None:
        # "Who organised the briefing ...?": a light verb elsewhere ("diselenggarakan",
        # "digelar"), here the very act whose agent is asked.
        doer = organised
        acts = [c for c in evidence.concepts.concepts if c.label == organised.group("noun").lower()] + acts
    # A role may be a word the glossary also reads as a verb ("witness": saksi, disaksikan).
    roles = evidence.concepts.topical
    docs = evidence.answer_docs()[:1]
    if not acts and not roles:
        return None
    # A photo caption tells who is in the picture, not who did the act.
    sentences = [s for s in _with_followers(evidence, docs) if not s.text.startswith(CAPTION_LABEL)]
    if acts:
        # The question's own act first: "Siapa yang muput upacara melukat?" is answered by
        # "Prosesi tersebut dipuput oleh ...", not by a caption of those who took part.
        sentences.sort(key=lambda s: not acts[0].matches(s.terms))
        # ("Lapas ... kembali menyerahkan remisi ... SK remisi diserahkan secara simbolis
        # oleh Plh. Kabid Pembinaan, Angki Setyo A": any sentence of the act may name him.)
        if any(acts[0].matches(s.terms) and any(_agent_named(s.text, p) for p in s.people) for s in sentences):
            return None  # a sentence of the act names the person who did it
    # "ditangkap sama petugas siapa?": an agent of another role ("ditangkap warga") is not
    # the one asked.
    # (Asked as the act's doer, the organiser is any body: "dihadiri petugas" sets a scene.)
    asked_roles = [] if doer is not None else [c for c in roles if _AGENCY.fullmatch(c.label)]
    for sentence in sentences:
        found = _agent_in(sentence, acts, roles)
        if found is not None and asked_roles and not any(c.matches(frozenset(analyze(found))) for c in asked_roles):
            continue
        if found is not None and not _names_an_agent(found):
            # "sedangkan Ari Wvlv bertindak sebagai show director": a person the phrase names
            # is who did it; "memimpin jalannya musyawarah sebagai fasilitator" names none.
            person = next((p for p in sentence.people if p.name in found), None)
            if person is None:
                continue
            found = person.name
        if found is not None:
            n = _cite_sentence(evidence, book, sentence.doc_id, sentence)
            return [f"**{found}** [{n}]", "", f"> {quote(sentence.text, limit=500)} [{n}]"]
    return None


#: "Who organised the briefing ...?", "who hosted it?": the organiser asked by its act.
_ASKED_ORGANISER = re.compile(r"^\W*(?:and\s+)?who\s+(?P<noun>organi[sz]ed|hosted|initiated|sponsored)\b", re.IGNORECASE)
#: "Siapa penyelenggara ...?", "siapa sih pelaksananya": who is asked by the noun of the
#: act they did (pe- and the act's root), not by a post.
_ASKED_DOER = re.compile(r"\bsiapa(?:kah)?\s+(?:(?:sih|ya|yg|yang|sebenarnya)\s+)?(?P<noun>(?:penye|penyu|pela|pemra|pengga|penyi)[a-z]{4,}?)(?:nya)?\b",
                         re.IGNORECASE)


def _recipients(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """"Who received the aid packages?": those a sentence of the answering report says the
    thing was given to ("diserahkan kepada anak-anak yatim dari Panti Asuhan Al-Amin dan
    kepada keluarga warga binaan"), when it names groups rather than a person."""
    if not _ASKS_RECIPIENT.search(evidence.frame.question):
        return None
    docs = evidence.answer_docs()[:1]
    things = [c for c in evidence.concepts.topical if not is_verb(c.label)]
    for scored in evidence.focus_sentences()[:8]:
        if scored.doc_id not in docs:
            continue
        # "Paket-paket tersebut diserahkan kepada ...": the thing may be named before.
        previous = evidence.index.sentences.preceding(scored.sentence)
        terms = scored.sentence.terms | (previous.terms if previous is not None else frozenset())
        if not any(c.matches(terms) for c in things):
            continue
        given = _GIVEN_TO.search(scored.text)
        if given is None or "simbolis" in given.group().lower():
            continue  # (handed "secara simbolis" to one who stands for the recipients)
        start, end = given.span("whom")
        if given.group("whom")[:1].isupper() and any(start <= p.start < end for p in scored.sentence.people):
            return None  # "diserahkan kepada Bupati ...": a person is named, and answers
        n = book.cite(scored.chunk)
        whom = re.sub(r"\s+", " ", given.group("whom")).strip(" ,")
        return [f"**{whom}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]
    return None


#: "Who received the packages?", "dikasih ke siapa aja?": those something was given to.
_ASKS_RECIPIENT = re.compile(
    r"\bwho\s+(?:received|receives|got|gets|was given|were given|benefited)\b|\bto whom\b"
    r"|\b(?:diberikan|diserahkan|dibagikan|disalurkan|dikasih|dikasihkan)\s+(?:ke|kepada)\s+siapa\b"
    r"|\bsiapa\s+(?:saja\s+|aja\s+)?(?:yang\s+|yg\s+)?(?:penerima|menerima|nerima|kebagian)\b", re.IGNORECASE)
#: "... diserahkan kepada anak-anak yatim ... dan kepada keluarga warga binaan ...": the
#: recipients, up to where the sentence turns to when or why.
_GIVEN_TO = re.compile(
    r"\b(?:(?:diserahkan|diberikan|dibagikan|disalurkan|disampaikan|dibagi)\s+(?:secara\s+\w+\s+|langsung\s+)?"
    # "menyerahkan sendiri remisi tersebut secara simbolis kepada ...": the active form
    r"|(?:menyerahkan|memberikan|membagikan|menyalurkan)\s+(?:[\w-]+\s+){0,6}?)kepada\s+"
    r"(?P<whom>[^.;]+?)(?=\s+(?:pada|saat|ketika|oleh|sebagai|dalam rangka|agar|supaya|untuk)\b|[.;]|$)", re.IGNORECASE)


def _with_followers(evidence: Evidence, docs: list[str]) -> list[Sentence]:
    """The answering article's best sentences, each followed by the sentence after it: "...
    dipamerkan di dalam Lapas Kerobokan ... Pembelinya antara lain keluarga ..." names the
    buyers in the sentence after the one the question's words match."""
    ordered: list[Sentence] = []
    for scored in evidence.focus_sentences()[:8]:
        if scored.doc_id not in docs:
            continue
        following = evidence.index.sentences.following(scored.sentence)
        for sentence in (scored.sentence, following):
            if sentence is not None and sentence not in ordered:
                ordered.append(sentence)
    return ordered


#: A word written as a verb: "menyiapkan", "dibantu", "bekerja", "terlibat".
_VERB_FORM = re.compile(r"(?:di|me|mem|men|meng|meny|ber|ter)[a-z]{3,}")


def _agent_in(sentence: Sentence, acts: list, roles: list) -> str | None:
    """Who the sentence says did one of ``acts`` or served in one of ``roles``, when that is
    an organisation or a role and no named person."""
    text = sentence.text
    named = _named_as_role(text, roles)
    if named is not None:  # "melibatkan ketua kamar sebagai saksi": who acted as witnesses
        return named
    for word in re.finditer(r"\w+", text):
        terms = frozenset(analyze(word.group()))
        doer = _DOER.match(text, word.start())
        if doer is not None and any(c.matches(terms | _doer_root(word.group())) for c in roles):
            # "Pembelinya antara lain keluarga ...": the doers of the act ("yang beli"),
            # named by its agent noun.
            agent = doer.group("agent").strip()
        elif not any(c.matches(terms) for c in acts) or not _VERB_FORM.fullmatch(word.group().lower()):
            continue  # "petugas kebersihan": a noun of the act's root is not the act
        elif word.group().lower().startswith("di"):  # passive: the agent follows
            rest = re.sub(r"^\s*oleh\s+", " ", text[word.end() :])
            stop = _AGENT_END.search(rest)
            agent = rest[: stop.start() if stop else len(rest)].strip()
        else:  # active: the agent leads the clause
            agent = _clause_subject(text[max(text.rfind(",", 0, word.start()) + 1, 0) : word.start()])
        if (not agent or len(agent.split()) > AGENCY_WORDS or not _names_an_agent(agent)
                or agent.split()[-1].lower() in {"yang", "yg"}):
            return None  # "Total ada lima warga binaan yang menerima ...": no agent, a clause
        at = text.find(agent)
        if any(p.name in agent or at <= p.role_start < at + len(agent) for p in sentence.people):
            # A person is named, or the agent is a person's post ("diwakili Kepala Dinas
            # Pemuda dan Olahraga (Dispora), Sutapa"): the person answers.
            return None
        if agent[:1].islower() and word.group().lower().startswith("di"):
            # "ditangkap warga": a group named by a common noun reads with its act.
            return f"{word.group()} {agent}"
        return agent
    return None


#: The doers of an act named by its agent noun and a copula: "Pembelinya antara lain
#: keluarga warga binaan ... dan petugas lapas" (pe- + beli: who bought).
_DOER = re.compile(
    r"[Pp]e\w+?(?:nya)?\s+(?:antara lain|adalah|yaitu|yakni|ialah|merupakan|kebanyakan|didominasi)\s+"
    r"(?P<agent>[^.;:]+)"
)
def _doer_root(word: str) -> frozenset[str]:
    """The act an agent noun names: "Pembelinya" → "beli" (the stemmer reads it "bel")."""
    bare = re.sub(r"nya$", "", word.lower())
    return frozenset({re.sub(r"^pe(?:ng|ny|m|n|r)?", "", bare)})


#: "<who> sebagai <role>", "<who> selaku <role>": the role after it is the question's, the
#: phrase before it (after the verb that brings them in) says who.
_AS_ROLE = re.compile(r"(?:^|,\s*|\b(?:me|di)\w+\s+)(?P<who>(?:[\w-]+\s+){1,4}?)(?:sebagai|selaku)\s+(?P<role>\w+)")


def _named_as_role(text: str, roles: list) -> str | None:
    """The people a sentence names in the question's role: "melibatkan ketua kamar
    sebagai saksi" for "who acted as witnesses?"."""
    for match in _AS_ROLE.finditer(text):
        role = frozenset(analyze(match.group("role")))
        if role and any(c.matches(role) for c in roles):
            # "LPKA menggandeng Parada Collection selaku mitra": the partner, not the host.
            who = re.split(r"\b(?:me|di)\w+\s+", match.group("who"))[-1].strip()
            if re.search(r"(?:nya|diri)$", who):
                continue  # "mengibaratkan lembaganya sebagai penjaga": a likeness, no agent
            serving = re.search(r"\s*\b(?:bertindak|bertugas|berperan|menjadi|ditunjuk|dipercaya|hadir|tampil)$", who,
                                re.IGNORECASE)
            if serving is not None:
                # "Pendeta Barry Jordan bertugas sebagai pelayan firman": the one before the
                # verb of serving. "Bertindak sebagai pemimpin apel adalah ... Eko Widiantoro":
                # no one before it; the sentence's people name the holder.
                who = who[: serving.start()].strip()
                if not who:
                    continue
            if not who or who.lower().startswith("yang"):
                # "Jomboy, yang sekaligus dipercaya sebagai Ketua Panitia": the holder is
                # the person before the clause, whom the sentence's people name.
                continue
            return who
    return None


def _title_asked(question: str, person: PersonMention) -> int:
    """How many words of the person's own title the question uses for the post: of two
    police unit heads in one sentence, "Siapa Dirreskrimum Polda Banten?" is the
    Dirreskrimum, not the Kasubdit he speaks through; of two section heads, "Kepala Satuan
    Pengamanan" is not the "Kepala Seksi Pelaksana" beside him."""
    title = person.post.replace(person.org, " ") if person.org else person.post  # the unit is the scene
    words = [w for w in re.findall(r"[A-Za-z]{3,}", title) if w.lower() not in _GENERIC_TITLE_WORDS]
    return sum(1 for w in words if re.search(rf"\b{re.escape(w)}\b", question, re.IGNORECASE))


#: Title words every head's post shares, which tell no two posts apart.
_GENERIC_TITLE_WORDS = frozenset({"kepala", "kpl"})


def named_by_question(question: str, person: PersonMention) -> bool:
    """Whether the question itself names ``person`` as someone other than the one it asks
    for: "Who was appointed acting head after Agung Nurbani was removed?" is not answered
    by Agung Nurbani. "Who is Agung Nurbani?" asks about him, and he answers."""
    words = [w for w in re.findall(r"[A-Za-z]{4,}", person.name)]
    named = [m for w in words for m in re.finditer(rf"\b{re.escape(w)}\b", question, re.IGNORECASE)]
    if not named:
        return False
    first = min(m.start() for m in named)
    return not _ASKS_ABOUT_NAME.search(question[:first])


#: "Who is ...", "Siapa(kah) ...", "Apa jabatan ...": the name right after asks about that person.
_ASKS_ABOUT_NAME = re.compile(
    r"(?:\bwho\s+(?:is|was)|\bsiapa(?:kah)?(?:\s+(?:itu|sih|sebenarnya))?|\bjabatan|\bpost of|\bposition of|"
    r"\brole of|\bwhat (?:is|was) (?:the )?(?:post|position|title|role) of)\s*(?:sdr\.?\s*|pak\s+|bu\s+|mr\.?\s+|mrs\.?\s+)?$",
    re.IGNORECASE,
)


def _first_hit(evidence: Evidence, doc_id: str) -> Chunk:
    """The first retrieved passage of an article."""
    return next(h.chunk for h in evidence.hits if h.chunk.doc_id == doc_id)


def _answer_line(
    evidence: Evidence, book: CitationBook, doc_id: str, sentence: Sentence, person: PersonMention
) -> list[str]:
    n = _cite_sentence(evidence, book, doc_id, sentence)
    name = _fullest_name(evidence, doc_id, person.name)
    if person.rank and person.rank.lower() not in name.lower():
        name = f"{person.rank} {name}"  # "Ipda Akhirudin": a police or military rank goes with the name
    head = f"**{name}**" + (f" ({role})" if (role := _description(sentence, person)) else "")
    return [f"{head} [{n}]", "", f"> {quote(_own_clause(sentence, person))} [{n}]"]


def _source_line(evidence: Evidence, book: CitationBook, source: Source) -> list[str]:
    """``**Name** (post) [n]`` over the statement the article attributes to them, quoted
    whole: what they said is why they answer."""
    n = _cite_sentence(evidence, book, source.doc_id, source.sentence)
    name = _fullest_name(evidence, source.doc_id, source.person.name)
    head = f"**{name}**" + (f" ({source.post})" if source.post else "")
    lines = [f"{head} [{n}]", ""]
    if source.introduced is not None:  # "Ia menerangkan, ...": who "ia" is comes first
        m = _cite_sentence(evidence, book, source.doc_id, source.introduced)
        lines.append(f"> {quote(source.introduced.text)} [{m}]")
    return [*lines, f"> {quote(source.sentence.text)} [{n}]"]


def _fullest_name(evidence: Evidence, doc_id: str, name: str) -> str:
    """The fullest form the article gives of a name: a report names a person in full once
    and by one of their names after ("Kakanwil Harun" is "Harun Sulianto" of an earlier
    sentence). Kept as it is when two fuller names share its words (two Harun)."""
    words = name.lower().split()
    if len(words) > 2:
        return name
    fuller = {
        person.name
        for sentence in evidence.index.sentences.of_article(doc_id)
        for person in sentence.people
        if len(person.name.split()) > len(words)
        and _contains_words(person.name.lower().split(), words)
    }
    return fuller.pop() if len(fuller) == 1 else name


def _contains_words(longer: list[str], words: list[str]) -> bool:
    """Whether ``words`` run on in ``longer`` as whole words ("harun" in "harun sulianto")."""
    return any(longer[i : i + len(words)] == words for i in range(len(longer) - len(words) + 1))


#: A role asked of someone, no post: "siapa yg diduga jadi otak kaburnya ...?", "who was
#: the ringleader ...?".
_DESCRIBED_ROLE_ASKED = re.compile(
    r"\b(?:siapa(?:kah)?\b[^?]*?\b(?:jadi|menjadi|sebagai)|who\s+(?:was|were|is|are)\s+(?:allegedly\s+|said\s+to\s+be\s+)?"
    r"the)\s+(?P<role>otak|dalang|provokator|penggerak|pemimpin|koordinator|ketua|bandar|kurir|pemasok|"
    r"mastermind|ringleader|instigator|provocateur|leader|coordinator|dealer|courier|supplier)\b", re.IGNORECASE)
#: English roles by the Indonesian word reports write.
_DESCRIBED_ROLE_WORDS = {"mastermind": "otak|dalang", "ringleader": "otak|dalang|pemimpin", "instigator": "provokator|penggerak",
               "provocateur": "provokator", "leader": "pemimpin|ketua", "coordinator": "koordinator",
               "dealer": "bandar|pengedar", "courier": "kurir", "supplier": "pemasok"}


def _described_role(evidence: Evidence, book: CitationBook, question: str) -> list[str] | None:
    """The person the answering report describes by the role asked: "Acil, yang diduga
    sebagai otak pelarian, masih terus dikejar" for "siapa yg diduga jadi otak kaburnya?".
    A role is no post, so no post holder answers it; only a name the report gives the
    role in apposition."""
    asked = _DESCRIBED_ROLE_ASKED.search(question)
    docs = evidence.answer_docs()[:1]
    if asked is None or not docs:
        return None
    role = _DESCRIBED_ROLE_WORDS.get(asked.group("role").lower(), asked.group("role").lower())
    pattern = re.compile(
        rf"(?P<name>\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,3}}),\s+(?:yang|yg)\s+(?:\w+\s+){{0,3}}?"
        rf"(?:sebagai|menjadi|merupakan|adalah)\s+(?:sang\s+)?(?:{role})\b")
    for sentence in evidence.index.sentences.of_article(docs[0]):
        found = pattern.search(sentence.text)
        if found is not None:
            n = _cite_sentence(evidence, book, docs[0], sentence)
            return [f"**{found.group('name')}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    return None


def _cite_sentence(evidence: Evidence, book: CitationBook, doc_id: str, sentence: Sentence) -> int:
    """The citation number of the passage holding ``sentence`` (the best hit's when no
    passage does: a sentence read from the article, not from a retrieved passage)."""
    return book.cite_sentence(doc_id, sentence.start, evidence.hits[0].chunk)


def _own_clause(sentence: Sentence, person: PersonMention) -> str:
    """The part of the sentence about ``person``: from their post (or name) to the end of
    the clause after the name; a sentence naming several people is not quoted whole, so the
    quote does not put the others' names beside the answer."""
    text = sentence.text
    start = min(person.role_start, person.start) if person.post else person.start
    # A few words before the post say what the person did ("dipimpin langsung ...").
    lead_in = _LEAD_IN.search(text[:start])
    start = lead_in.start() if lead_in else start
    end = person.end + _DEGREES_AFTER.match(text[person.end :]).end()
    clause = re.match(r"[^,;.]*", text[end:])  # up to the next break: "..., Nurchalis Nur."
    end += clause.end() if clause else 0
    if len(text[start:end].split()) < _OWN_CLAUSE_WORDS:
        return excerpt(text, person.start, person.end)
    return ("… " if start > 0 else "") + text[start:end].strip(" ,") + (" …" if end < len(text.rstrip(" .")) else "")


#: Fewer words than this about the person: the sentence is quoted around them instead.
_OWN_CLAUSE_WORDS = 6
#: Up to five words before the person's post, within its clause, quoted with it.
_LEAD_IN = re.compile(r"(?:[^\s,;.]+\s+){0,5}$")


def _post_shown(person: PersonMention) -> str:
    """The post as the answer shows it: a stand-in's as "mewakili <post>" ("Komandan Kodim
    1204/Sanggau yang diwakili Mayor Arm Dulloh": he holds no such post himself)."""
    post = person.post.strip(" ,")
    return f"mewakili {post}" if post and "representative" in person.duties else post


def _description(sentence: Sentence, person: PersonMention) -> str:
    """What the sentence says the person is: their post, or the appositive after the name
    when it starts with the post and says more ("instruktur ahli ... dari BBPLK Medan")."""
    # After the name with its degrees ("Sudirman, SH, dalam suasana ..."): the degrees are
    # no appositive.
    end = person.start + len(person.full) if sentence.text.startswith(person.full, person.start) else person.end
    after = _clause_after(sentence.text, end).strip(" ,")
    post = person.post.strip(" ,")
    if not post:
        tie = _tie(sentence.text, person)
        if tie:
            return tie  # "seorang temannya berinisial AS": the friend
        appositive = sentence.text[end:].startswith(",") and len(after.split()) <= 10
        return after if appositive else ""
    if "representative" in person.duties:
        return _post_shown(person)
    return after if after.lower().startswith(post.lower()) and len(after) > len(post) else post


def _docs_by_best_sentence(evidence: Evidence) -> list[str]:
    """Candidate articles, the one with the best-scoring sentence first."""
    allowed = set(evidence.best_chunk_per_doc())
    ranked = [s.doc_id for s in evidence.sentences if s.doc_id in allowed]
    return list(dict.fromkeys([*ranked, *allowed]))


_UNIT = re.compile(r"\b(?:lapas|rutan|bapas|lpka|rupbasan|kanwil|kantor wilayah|kemenkumham)\b", re.IGNORECASE)


def _holds_here(evidence: Evidence, doc_id: str, person: PersonMention, asked: AskedPost) -> bool:
    """Whether the person holds the asked post in the article's unit. A post written
    without its unit ("Kepala Seksi Kegiatan Kerja, Raymon") is of the unit the article
    is about, so the unit words the article names need not stand in the post."""
    if holds(person, asked):
        return _in_asked_unit(evidence, doc_id, person, asked)
    spelled = _spelled_out(evidence, doc_id, person.org)
    if spelled and holds(replace(person, org=f"{spelled} {person.org}"), asked):
        # "Rektor UMMAS Prianda Pebri" in a report that writes "Universitas Muhammadiyah
        # Asahan (UMMAS)": the rector of the university the question names.
        return _in_asked_unit(evidence, doc_id, person, asked)
    if asked.post_kind == "member" and person.post_kind == "section_head" and not _UNIT.search(person.org):
        # "pejabat Lapas Ambon" of "Kepala Seksi Kegiatan Kerja, Nober Hasanda": a section
        # of the unit the report is about.
        return _in_asked_unit(evidence, doc_id, person, asked)
    if _UNIT.search(person.org):
        # "Siapa Kalapas Merah Mata Palembang?" of "Kepala Lapas Merah Mata, Harun", "Polewali
        # Mandar" of "Lapas Polewali": a gazetteer word the post does not hold (the city or
        # regency around the unit) need not stand in it; the unit's own name must.
        own = frozenset(re.findall(r"\w+", person.org.lower()))
        named = frozenset(w for w in asked.org_words if w in own or w not in place_words())
        return (bool(named - _QUALIFIERS) and named != asked.org_words
                and holds(person, replace(asked, org_words=named)))
    article = evidence.index.articles[doc_id]
    known = " ".join([article.title, article.place or "", *article.upts]).lower()
    local = frozenset(w for w in asked.org_words if w not in known)
    return local != asked.org_words and holds(person, replace(asked, org_words=local))


def _spelled_out(evidence: Evidence, doc_id: str, org: str) -> str | None:
    """The name an article spells an organisation's acronym out as ("Universitas
    Muhammadiyah Asahan (UMMAS)" for "UMMAS"), None when the org is no acronym or the
    article never spells it out."""
    acronym = org.split()[0] if org.split() else ""
    if not re.fullmatch(r"[A-Z]{3,}[0-9]?", acronym):
        return None
    spelled = re.compile(rf"((?:[A-Z][\w-]*\s+){{1,6}})\(\s*{re.escape(acronym)}\s*\)")
    for sentence in evidence.index.sentences.of_article(doc_id):
        match = spelled.search(sentence.text)
        if match:
            return match.group(1).strip()
    return None


#: Words that qualify a unit without naming it: "Lapas Narkotika", "Kelas IIA".
_QUALIFIERS = frozenset([
    "narkotika", "perempuan", "wanita", "pemuda", "terbuka", "khusus", "anak", "kelas", "klas", "i",
    "ii", "iia", "iib", "iii", "iv"
])


def _in_asked_unit(evidence: Evidence, doc_id: str, person: PersonMention, asked: AskedPost) -> bool:
    """A post written without its unit ("Kepala Lapas, Sujatmiko") is of the article's
    unit: the asked unit's words must then be in the article's headline or UPT names."""
    words = sorted(asked.org_words)
    if not words or person.org:
        return True
    provinces = provinces_in_question(" ".join(words))
    if provinces:
        return bool(provinces.intersection(evidence.index.sentences.provinces(doc_id)))
    text = evidence.index.articles[doc_id].text.lower()
    return all(word in text for word in words)


def _named_in(evidence: Evidence) -> str:
    """The people the best article names with their posts, for the abstention message."""
    for doc_id in _docs_by_best_sentence(evidence)[:1]:
        # Each person once, with the post the report first gives them ("Siswarno (Kepala
        # Lapas Kelas IIB Tuban)", not again as "(Kalapas)").
        posts: dict[str, str] = {}
        for sentence in evidence.index.sentences.of_article(doc_id):
            for person in sentence.people:
                if person.post:
                    posts.setdefault(person.name, person.post)
        return "; ".join(f"{name} ({post})" for name, post in list(posts.items())[:3])
    return ""


#: Academic degrees right after a name: ", S.Sos, M.Si" (matches the empty string too).
_DEGREES_AFTER = re.compile(r"(?:,\s*[A-Z][A-Za-z.]*\.[A-Za-z.]*)*")


def _clause_before(sentence: Sentence, person: PersonMention, limit: int = 80) -> str:
    """The words that describe a person ahead of their name (and post), back to the
    person named before or a clause break: "runner up Abigail Idol Rivo Atimang", "dilihat
    oleh seorang petugas bernama Gidion Wanda". The words before the first of several
    people describe them all, and tell none of them apart."""
    lead = person.role_start if person.post and 0 <= person.role_start < person.start else person.start
    earlier = [p.end for p in sentence.people if p.end <= lead]
    if not earlier and len(sentence.people) > 1:
        return ""  # "disaksikan oleh A, B dan C": the words before the first are all of theirs
    begin = max([lead - limit, *earlier, 0])
    text = sentence.text[begin:lead].rstrip()
    if person.rank and text.endswith(person.rank):
        text = text[: -len(person.rank)]
    text = text.rstrip(" ,")  # "..., Kompol Ahzan": the appositive comma is no break
    return re.split(r"[.;:]|,\s", text)[-1] if not earlier else text.lstrip(" ,")


def _clause_after(text: str, end: int, limit: int = 80) -> str:
    """The words after a name up to the next clause break (at most ``limit`` characters)."""
    rest = text[end : end + limit]
    rest = _DEGREES_AFTER.sub("", rest, count=1)
    return re.split(r"[.;]|,\s(?!(?:S|M|A)\.)", rest.lstrip(" ,"), maxsplit=1)[0]


