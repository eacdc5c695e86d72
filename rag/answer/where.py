"""Where: the venue of the event, or the region when the question asks for one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from rag.answer.abstain import NotStated
from rag.answer.citations import CitationBook
from rag.answer.evidence import Evidence, ScoredSentence, words_naming
from rag.answer.phrasing import clause_start, excerpt, quote
from rag.concepts import Concept
from rag.glossary import analyze_document
from rag.people import english_regions, english_unit_places
from rag.regions import find_places, place_words, towns_of_locality
from rag.spans import REGION, REGION_PART
from rag.upt import asked_upts, find_upts, upt_kind, upt_place

#: A question that asks for a region, not a venue: the kind of region is the word beside
#: the question word ("kota mana", "di daerah mana", "which province", "in what village"),
#: not a region the question names ("Kejari Kota Semarang", "in Bengkulu province").
_ASKS_REGION = re.compile(
    r"\b(?P<id>provinsi|kabupaten|kota|kecamatan|desa|kelurahan|dusun|kampung|daerah|wilayah|kawasan)"
    r"\s+(?:mana|apa)\b"
    r"|\b(?:which|what)\s+(?:\w+\s+)?(?P<en>province|city|town|regency|district|sub-?district|"
    r"region|area|village|neighbou?rhood)\b",
    re.IGNORECASE,
)
#: The part a region must hold when the question asks for a village or a district: "which
#: village" is not answered by "Kabupaten Sigi".
_REGION_LEVEL = {
    word: parts
    for words, parts in (
        ("desa kelurahan dusun kampung village neighbourhood neighborhood", "Desa|Kelurahan|Dusun|Kampung"),
        ("kecamatan district subdistrict sub-district", "Kecamatan|Distrik"),
        ("kabupaten regency", "Kabupaten|Kota"),
        ("kota city town", "Kota|Kabupaten"),
    )
    for word in words.split()
}


#: The words a question asks a hospital by; a report names one only with its name.
_HOSPITAL_ASKED = r"rumah sakit(?: jiwa)?|rs|rsj|rsud|(?:psychiatric |mental )?hospital"
#: Kinds of place a question may name beside its question word ("rumah sakit mana", "which
#: hospital"), with the way reports name one: "RS Umar Wirahadikusumah", "Masjid At Taubah".
_PLACE_KINDS = (
    (_HOSPITAL_ASKED, r"(?:RSUD|RSUP|RSJ|RSU|RS|Rumah Sakit(?: Jiwa)?(?: Umum)?(?: Daerah)?)"),
    (r"masjid|mosque", r"(?:Masjid|Musala|Musholla|Mushola)"),
    (r"gereja|church", r"Gereja"),
    (r"jalan|jl|street|road", r"(?:Jalan|Jl\.?)"),
    (r"hotel", r"Hotel"),
    # "kamar di wisma mana aja?": the named block of cells ("Wisma Yudistira dan Wisma Bima").
    (r"wisma", r"Wisma"),
    (r"sekolah|school", r"(?:Sekolah|SMA|SMK|SMP|SD|Madrasah|MAN|MTs)"),
    # "At which university is he a professor?": "dari Universitas Gajah Mada (UGM)".
    (r"universitas|kampus|perguruan tinggi|university|campus|college",
     r"(?:Universitas|Institut|Politeknik|Sekolah Tinggi|UIN|IAIN)"),
    (r"pelabuhan|port|harbou?r", r"Pelabuhan"),
    (r"bandara|airport", r"Bandara"),
    (r"polres|polsek|polda|police station|police headquarters",
     r"(?:Mapolres|Mapolsek|Polrestabes|Polresta|Polres|Polsekta|Polsek|Polda)"),
    (r"pengadilan|court", r"Pengadilan(?: Negeri| Tinggi| Agama)?"),
    # "nyoblosnya di tps mana?", "which polling station": "TPS 905", "TPS Khusus 901".
    (r"tps|polling station", r"TPS(?:\s+(?:Khusus|khusus|Lokasi Khusus|LK))?"),
    # "digelar di lapangan apa?", "which field": "Lapangan Mini Soccer Lapas Way Kanan".
    (r"lapangan|field|pitch|square", r"Lapangan"),
    (r"aula|hall", r"Aula"),
    (r"gedung", r"(?:Gedung|Graha)"),
    # "tabur bunga di TMP mana?": the heroes' cemetery by its name ("TMP Watubangga").
    (r"tmp|taman makam pahlawan|makam|cemetery", r"(?:TMP|Taman Makam Pahlawan|Makam)"),
    # "kabur dari rumah makan apa?", "which restaurant": "Rumah Makan Bebek Pak Wito".
    (r"rumah makan|restoran|warung|restaurant|eatery|diner|cafe",
     r"(?:Rumah Makan|RM|Restoran|Resto|Warung|Kafe|Cafe|Kedai)"),
    (r"pasar|market", r"Pasar"),
    (r"terminal|bus station", r"Terminal"),
)


def _without_kind_asked(question: str) -> str:
    """The question without its "di TMP mana" part, when it asks a kind of place and more."""
    for asked, _ in _PLACE_KINDS:
        trimmed = re.sub(rf"\b(?:di\s+)?(?:{asked})\s+(?:mana|apa)\b(?:\s+(?:sih|ya|tuh))?\s*,?\s*", "", question,
                         count=1, flags=re.IGNORECASE)
        if trimmed != question:
            return trimmed
    return question


def _place_kind_asked(question: str) -> tuple[str, str, str] | None:
    """The kind of place asked ("rumah sakit mana", "which hospital"): the question's own
    word for it, the words a question may use, and the words a report names it by."""
    for asked, named in _PLACE_KINDS:
        if re.search(rf"\b(?:{asked})\s+(?:mana|apa)\b|\b(?:which|what)\s+(?:\w+\s+)?(?:{asked})(?:e?s)?\b"
                     # "nama rumah sakitnya apa": the place asked by its name.
                     rf"|\bnama\s+(?:{asked})", question, re.IGNORECASE):
            word = re.search(rf"\b(?:{asked})(?:e?s)?\b", question, re.IGNORECASE)
            return word.group(), asked, named
    return None


def _asked_kind(question: str) -> re.Pattern[str] | None:
    """The pattern of the kind of place asked ("rumah sakit mana", "which hospital"), or None."""
    kind = _place_kind_asked(question)
    return None if kind is None else _named_of_kind(kind[2])


def _named_of_kind(named: str) -> re.Pattern[str]:
    """The pattern of a place named with its kind's word (``named``): "RS Polri"."""
    # "Gereja Baptis Injil Sepenuh (GBIS) Mutihan": an acronym in brackets stays in.
    # "RSUD dr. Abdul Rivai": a doctor's title in a hospital's name.
    return re.compile(rf"\b{named}\s+(?:[A-Z][\w'’.-]*|\d+|dr\.)(?:\s+(?:[A-Z][\w'’.-]*|\d+|\([A-Z]{{2,8}}\)|dr\.))*")


#: A second region part asked beside the first: "in which village and sub-district".
_SECOND_REGION = re.compile(
    r"\b(?:and|dan|serta|&)\s+(?:(?:which|what|the|di)\s+)?(?P<word>provinsi|kabupaten|kota|kecamatan|desa|kelurahan|"
    r"province|city|town|regency|district|sub-?district|village)\b", re.IGNORECASE)


def _second_region(question: str) -> str | None:
    """The region part asked after the first ("... village and sub-district" → the
    district's part), or None."""
    first = _ASKS_REGION.search(question)
    second = _SECOND_REGION.search(question, first.end()) if first else None
    return _REGION_LEVEL.get(second.group("word").lower()) if second else None


def _asked_region(question: str) -> str | None:
    """The region part a question asks for ("Desa|Kelurahan|..."), "" for any region, or
    None when it asks for a venue."""
    match = _ASKS_REGION.search(question)
    if match is None:
        return None
    word = (match.group("id") or match.group("en")).lower()
    return _REGION_LEVEL.get(word, "")


#: A question asking where someone was posted next.
_ASKS_REASSIGNED = re.compile(r"\b(?:reassigned|promoted|posted|transferred|moved)\b[^?]*\?|"
                              r"\b(?:dimutasi|dipromosikan|promosi|(?:di)?pindah(?:kan)?\s+tugas|dipindahtugaskan|ditugaskan|"
                              r"dirotasi|dipindah(?:kan)?)\b[^?]*\bmana\b",
                              re.IGNORECASE)
#: The new post a report gives a person: "mendapat promosi sebagai Kepala Lapas (Kalapas)
#: Kembang Kuning di Pulau Nusakambangan".
_NEW_POST = re.compile(r"\b(?:promosi|dimutasi|dipromosikan|dipindahtugaskan|ditugaskan|dilantik|kini menjabat|menjabat|"
                       # "yang kini mengemban tugas baru sebagai Kepala Kanwil Kemenkumham
                       # Bengkulu", "dimutasi untuk mengisi posisi kepala divisi ... di Kanwil"
                       r"(?:tugas|jabatan|posisi)\s+baru(?:nya)?)\s+"
                       r"(?:\w+\s+){0,2}?(?:sebagai|(?:posisi|jabatan)(?:\s+baru(?:nya)?)?(?:\s+sebagai)?)\s+(?P<post>[^.;]{5,120}?)"
                       r"(?=[.;]|,\s+(?:sedangkan|sementara|dan|yang)\b|,\s+(?:me|ber|di)[a-z]{3,}\b|$)",
                       re.IGNORECASE)


#: Several places of a kind asked: "Which hospitals ...?", "rumah sakit mana saja?".
_ASKS_SEVERAL_OF_KIND = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?P<en>\w+s)\b|\b(?P<id>[\w ]+?)\s+(?:mana|apa)\s+(?:saja|aja)\b",
                                   re.IGNORECASE)


#: A list going on after a place with names that drop its kind word: ", Tambrauw, Sorong".
_ELIDED_AFTER = re.compile(r",\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s*(?:,|dan\b|serta\b)")


def compose_places_of_kind(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Every place of the kind asked that the answering report names ("Which hospitals
    were they staying in?" — "RS Polri, RS Pertamina dan RS Abdi Waluyo"), one quote per
    sentence; None when the question asks for no several places of a kind or the report
    names none (other readers then answer)."""
    several = _ASKS_SEVERAL_OF_KIND.search(evidence.frame.question)
    kind = _place_kind_asked(evidence.frame.question)
    if several is None or kind is None:
        return None
    word = (several.group("en") or several.group("id") or "").lower()
    if several.group("en") and not re.fullmatch(rf"(?:{kind[1]})s", word, re.IGNORECASE):
        return None  # "which prisons sent their hospitals ..." asks for prisons
    if several.group("id") and not re.search(rf"\b(?:{kind[1]})$", word, re.IGNORECASE):
        return None
    docs = evidence.answer_docs()[:1]
    if not docs:
        return None
    pattern = _named_of_kind(kind[2])
    named: dict[str, int] = {}
    seen: set[str] = set()  # "Rumah Sakit Abdi Waluyo" and "RS Abdi Waluyo" are one hospital
    quotes: list[str] = []
    fallback = evidence.best_chunk_per_doc()[docs[0]][0].chunk
    for sentence in evidence.index.sentences.of_article(docs[0]):
        found = []
        for match in pattern.finditer(sentence.text):
            if _ELIDED_AFTER.match(sentence.text, match.end()):
                # "Polres Sorong, Polres Maybrat, Tambrauw, Sorong Selatan ...": places listed
                # with their kind word left out, which the list reader answers whole.
                return None
            place = match.group().strip().rstrip(".,;")
            own = re.sub(rf"^{kind[2]}\s+", "", place).lower()
            if own not in seen:
                seen.add(own)
                found.append(place)
        if not found:
            continue
        n = book.cite_sentence(docs[0], sentence.start, fallback)
        named.update(dict.fromkeys(found, n))
        quotes.append(f"> {quote(sentence.text)} [{n}]")
    if len(named) < 2:
        return None  # one place is what the single-place reader answers with
    cites = " ".join(f"[{n}]" for n in dict.fromkeys(named.values()))
    return [f"**{', '.join(named)}** {cites}", "", *quotes]


#: How far after the asked act's word its own place may begin ("dijemput di Ngalau").
ACT_TO_PLACE_CHARS = 4


def compose_where(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The venue ("di Lapangan Upacara Lapas Kelas IIA Purwokerto"), or the region
    ("Kabupaten Alor Provinsi Nusa Tenggara Timur") when the question asks for one."""
    question = evidence.frame.question
    # A kind of place asked by its noun ("wisma mana", "which hospital") is answered by a
    # place of that kind, before any cell the question also speaks of ("kamar di wisma mana").
    kind = _asked_kind(question)
    if kind is not None:
        found = _phrase_in_answer(evidence, book, kind, group=0)
        rest = _without_kind_asked(question)
        if found is not None and rest != question and _asked_region(rest) is not None:
            # "di TMP mana, letaknya di kecamatan apa?": the place of the kind asked, and
            # the region the rest of the question asks, both.
            region = compose_where(replace(evidence, frame=replace(evidence.frame, question=rest)), book)
            if region and region[0] != found[0]:
                quotes = [line for line in (*found[1:], *region[1:]) if line.startswith(">")]
                return [f"{found[0]}; {region[0]}", "", *dict.fromkeys(quotes)]
        if found is not None:
            return found
        docs = evidence.answer_docs()[:1]
        word, asked, named = _place_kind_asked(question)
        # "Diautopsi di rumah sakit mana?" of a report that writes no word of a hospital, in
        # any case: it does not say, whatever other place its sentences give.
        if docs and not re.search(rf"\b(?:{named}|{asked})\b", evidence.index.articles[docs[0]].text, re.IGNORECASE):
            raise NotStated("asked_kind_absent", word)
        if docs and asked == _HOSPITAL_ASKED and not kind.search(evidence.index.articles[docs[0]].text):
            # "dibantarin ke rsj mana? nama rumah sakitnya apa": "dibantarkan ke rumah sakit
            # jiwa" names no hospital; no other place of the report is the one asked. (Only a
            # hospital: a field is named in lower case too, "lapangan bola voli Kanwil".)
            raise NotStated("not_stated")
    if _ASKS_REASSIGNED.search(question):
        # "Where was Winarso reassigned?": the unit of his new post ("mendapat promosi
        # sebagai Kalapas Kembang Kuning di Pulau Nusakambangan"), not the island alone.
        found = _phrase_in_answer(evidence, book, _NEW_POST, group="post")
        if found is not None:
            return found
    if _ASKS_SIDE.search(question):
        # "From which side of the prison was the package thrown?": "dari luar tembok sisi
        # utara lapas", the side a report names.
        found = _phrase_in_answer(evidence, book, _SIDE_NAMED)
        if found is not None:
            return found
    whole = _PART_OF_ASKED.search(question)
    if whole is not None:
        # "Lewat tembok sebelah mana ...?": the side of that wall the report gives
        # ("tembok bagian samping"), wherever else the story went.
        found = _phrase_in_answer(evidence, book, re.compile(
            rf"(?P<place>\b{re.escape(whole.group('whole'))}\w*\s+(?:bagian|sebelah|sisi)\s+\w+)", re.IGNORECASE))
        if found is not None:
            return found
    if _ASKS_CELL.search(question) and not _NAMES_CELL.search(question):
        cell = _cell(evidence, book)
        if cell is not None:
            return cell
        docs = evidence.answer_docs()[:1]
        if _ASKS_WHICH_CELL.search(question) and docs:
            # "ditaruh di blok mana?": "HJP menghuni blok maksimum", a block named by a word.
            block = _phrase_in_answer(evidence, book, _BLOCK_NAMED, group=0)
            if block is not None:
                return block
            if not _BLOCK_NAMED.search(evidence.index.articles[docs[0]].text):
                # "Blok mana yg jadi juara?" of a report that names no block ("tiap tim
                # mewakili satu blok"): it does not say, whatever place its sentences give.
                raise NotStated("not_stated")
    if _ASKS_SOURCE.search(question) and evidence.concepts.verbs and not _ASKS_PERSON_ORIGIN.search(question):
        # "Imamnya didatangkan dari mana?": the place after "dari" behind the asked act
        # ("mendatangkan imam dari luar lapas"), before any "dari" of another act
        # ("remisi dari Kementerian Hukum").
        found = _origin_after_act(evidence, book)
        if found is not None:
            return found
    for asks, phrase in ((_ASKS_ADDRESS, _ADDRESS), (_ASKS_ORIGIN, _ORIGIN_LIST), (_ASKS_ORIGIN, _ORIGIN_ENUMERATION), (_ASKS_ORIGIN, _ORIGIN), (_ASKS_SOURCE, _FROM_PLACE),
                         # (The place right after a word of hiding first: "disembunyikan di dalam lemari"
                         # says where, "ditemukan di dalam sel" where it was found.)
                         (_ASKS_HIDDEN, _HIDDEN_IN), (_ASKS_HIDDEN, _HIDDEN_AT), (_ASKS_KEPT_APART, _KEPT_APART),
                         (_ASKS_EVACUATED, _EVACUATED_TO), (_ASKS_KANWIL, _KANWIL),
                         (_ASKS_ROOM, _ROOM), (_ASKS_LOCATION, _LOCATED),
                         (_ASKS_SAID_AT, _SAID_PLACE), (_ASKS_HELD, _HELD), (_ASKS_BODY_PART, _BODY_PART)):
        if asks.search(question) and not (phrase is _LOCATED and (_asked_region(question) is not None
                                                                  or _ASKS_DESTINATION.search(question))):
            # "In which village is it located?" asks for the region part, not the phrase
            # after "terletak"; "lokasi yang dikunjungi" asks where the visitors went.
            found = _phrase_in_answer(evidence, book, phrase)
            if found is not None:
                return found
    if _ASKS_VISITED.search(question) and not (_upt_places(question) | english_unit_places(question)):
        # "Where did Adhayani Lubis do her pre-Eid monitoring visit?": the unit the report
        # says was visited ("Rutan Kelas IIB Balige kedatangan Direktur ..."), not the
        # kitchen she was shown in it.
        visited = _unit_visited(evidence, book)
        if visited is not None:
            return visited
    region_level = _asked_region(question)
    also = _second_region(question) if region_level else None
    asks_region = region_level is not None
    asked_places = _upt_places(question) | english_unit_places(question)
    asks_part = not asks_region and _ASKS_PART.search(question) is not None
    wanted = MAX_PLACES if _ASKS_SEVERAL.search(question) else 1
    heads: list[str] = []
    quotes: list[str] = []
    doc = None
    itself = None  # the asked unit given as its own venue: said only if nothing says more
    vague_place = None  # "di sejumlah lapas": said only if nothing names them
    focus = evidence.focus_sentences()[:12]
    acts = evidence.concepts.verbs
    tried_act = False
    if acts and not asks_region and _ASKS_DESTINATION.search(question):
        # "Where were the women sent?", "dipindah ke mana?": the place after the act is
        # where they went; a venue elsewhere in the sentence is where they were.
        after = _after_act(evidence, book, by_fit=True)
        if after is not None:
            return after
    hosted = None if asks_region or _asks_act(acts) else _hosting_venue(evidence, question)
    aside = evidence.concepts.set_aside
    # "In which city was he arrested?" may be answered by a town the gazetteer knows, written
    # without "Kota" ("ditangkap ... di Surabaya"), when no best sentence writes a region.
    asks_town = asks_region and _ASKS_TOWN.search(question) is not None
    # A region written bare ("ke wilayah Riau") answers only when no best sentence writes
    # one with its kind ("warga asal Kecamatan Sabak Auh, Kabupaten Siak").
    regions_written = (asks_town or asks_region and not region_level) and any(
        _regions(s.text, region_level, also) for s in focus)
    # More places come from anywhere in the article that gave the first one.
    for scored in [*focus, *(s for s in evidence.sentences if s not in focus)]:
        if doc is None and scored not in focus:
            break
        if doc not in (None, scored.doc_id):
            continue
        spans = _regions(scored.text, region_level, also) if asks_region else _venues(scored)
        bare = False
        if asks_region and not region_level and not spans and not regions_written:
            # "diduga lari ke daerah mana?" — "pelaku diduga kabur sampai ke wilayah Riau":
            # any region asked, and a province or town written with no kind word.
            spans = _bare_regions(scored.text)
            bare = bool(spans)
        town_venue = False
        if asks_region and not spans and asks_town and not regions_written:
            # "In which city was he arrested?": "ditangkap ... di Surabaya", a town the
            # gazetteer knows, written without "Kota".
            spans = [span for span in _venues(scored)
                     if not find_upts(scored.text[span[0] : span[1]])  # "bertugas di Lapas Pamekasan": a unit
                     and any(p.kind in ("city", "regency") for p in find_places(scored.text[span[0] : span[1]]))]
            town_venue = bool(spans)
        # "Dengan hadirnya Gudep Pramuka di lapas dan rutan, ...": kinds of unit name no place,
        # and leave the sentence none to answer with (nor to send the reader to another act).
        spans = [span for span in spans if not _BARE_UNIT.fullmatch(scored.text[span[0] : span[1]].strip())]
        if not spans:
            continue
        if (not heads and hosted is not None and scored is not hosted[0] and scored in focus
                and not _after_asked_words(evidence, scored, spans)):
            # The event's own venue ("digelar di ...") answers before the others, but for
            # a place the question names by its own words ("pusat acara di Lapas Cibinong").
            continue
        if not heads and not tried_act and acts and not asks_region and not any(
            words_naming(scored.text, acts)
        ):
            # "Where did they hide the items?": a venue of a sentence without the act
            # ("dipindah ke Lapas Cilegon") loses to the place right after the act.
            tried_act = True
            after = _after_act(evidence, book)
            if after is None and _ASKS_PART.search(question):
                # "motong terali di bagian mana?": the part an act was done to is its
                # object ("memotong terali jendela kamar mandi"), which no "di" introduces.
                after = _object_of_act(evidence, book)
            if after is not None:
                return after
        if (not heads and wanted == 1 and acts and not asks_region and _asks_act(acts)
                and any(_INSIDE_AFTER.match(scored.text, w.end()) for w in words_naming(scored.text, acts))):
            # "Where was the sabu concealed?": "tersembunyi di dalam sebuah kemasan deodoran
            # ketika diperiksa di P2U": the thing it was inside, right after the asked act,
            # not the venue of another act in the same sentence.
            after = _after_act(evidence, book, only=scored)
            if after is not None:
                return after
        if acts and not asks_region and len(spans) > 1:
            # "menghubungi keluarganya di Jorong Boncah, ..., dan meminta dijemput di Ngalau":
            # of a sentence's places, the one right after the asked act ("pick him up") first.
            ends = [w.end() for w in words_naming(scored.text, acts)]
            spans = sorted(spans, key=lambda span: not any(0 <= span[0] - end <= ACT_TO_PLACE_CHARS for end in ends))
        for span in spans:
            venue_places = _upt_places(scored.text[span[0] : span[1]])
            if asked_places and venue_places and not venue_places & asked_places:
                continue  # "where in Lapas Serang?" is not answered by "di Lapas Cibinong"
            start, end = _with_region_chain(scored.text, *_with_landmark(scored.text, *_with_enumeration(scored.text, *span)),
                                            bare=_BUILDING.match(scored.text, span[0]) is not None)
            end = _with_precision(scored.text, end)
            start = _with_spot(scored.text, start)
            # ("di Alun Alun Kabupaten Cilacap dan melibatkan ...": no "dan" ends a place.)
            place = _TRAILING_JOIN.sub("", scored.text[start:end].strip().rstrip(".,;"))
            if _names_given_cell(question, place):
                continue  # "found in the Block D cells": the block is given, not asked
            if aside and all(c.matches(frozenset(analyze_document(place))) for c in aside):
                continue  # "Apart from the LPKA itself, where ...?": not "di ruang kerja LPKA Medan"
            if not _ASKS_ORIGIN.search(question) and _RESIDENT_BEFORE.search(scored.text[max(0, start - 25) : start]):
                continue  # "warga Desa Mislak": where someone lives, not where the act happened
            if _BARE_UNIT.fullmatch(place) or any(place in other or other in place for other in heads):
                continue  # "di sekitar lapas" says no more than the question does
            if _generic(place):
                continue  # "Pantauan di lokasi, ...": "on site" names no place
            if asked_places and not town_venue and not bare and _only_region(place):
                continue  # "which part of Abepura prison?" is not answered by "di Papua"
            if asks_part and _regions_only(place):
                continue  # "TPS-nya di bagian mana lapas?" is not answered by "di Kerobokan, Kabupaten Badung"
            if not asks_region and not heads and _only_region(place) and _venue_beside(
                    [s for s in focus if s.coverage >= BESIDE_RELATIVE * scored.coverage], scored.doc_id):
                # "Rapat Koordinasi ... di Wilayah Jawa Timur. Rapat digelar di Hotel Atria
                # Malang.": a region the event concerns is no venue when the report names one.
                continue
            # A unit named after the province the question restricts to ("in the Yogyakarta
            # Special Region") is not named by it: "di Lapas Kelas IIA Yogyakarta" answers.
            named_by = _named_by(question, place) and not (
                _UNIT_HEAD.match(place) and not _named_by(evidence.concepts.question, place))
            if (venue_places & asked_places and _UNIT_HEAD.match(place) and _same_kind_asked(question, place)) or named_by:
                # "Where in Salemba prison were the TPS?" is not answered by "Lapas Salemba"
                # when the article says "di lapangan Lapas Salemba"; nor "where are the
                # Kejari Kota Semarang's cars kept?" by "Kota Semarang".
                itself = itself or (scored, start, end)
                doc = scored.doc_id  # a place in it may come later in the same article
                continue
            if _VAGUE_PLACE.match(place) and not heads:
                # "ditahan di sejumlah lembaga pemasyarakatan": a later sentence may name them.
                vague_place = vague_place or (scored, start, end)
                continue
            n = book.cite(scored.chunk)
            heads.append(f"**{place}** [{n}]")
            quotes.append(f"> {quote(excerpt(scored.text, start, end))} [{n}]")
            doc = scored.doc_id
            if len(heads) == wanted or wanted == 1:
                break  # "di mana saja": the sentence's other places are asked too
        if len(heads) == wanted:
            break
    if not heads and not asks_region:
        # "Where had inmates hidden the phones?": no venue the analysis knows, but the report
        # says where right after the act ("disembunyikan di bunker, lemari, kasur, ...").
        after = _after_act(evidence, book)
        if after is not None:
            return after
    if not heads and (itself or vague_place) is not None:
        scored, start, end = itself or vague_place
        n = book.cite(scored.chunk)
        heads.append(f"**{scored.text[start:end].strip()}** [{n}]")
        quotes.append(f"> {quote(excerpt(scored.text, start, end))} [{n}]")
    if not heads and not asks_region:
        # "Halaman Rumah Tahanan Negara (Rutan) Kelas IIA Padang terlihat lain ...": a venue
        # the report makes its sentence's subject, with no "di" before it, anywhere in it.
        return _venue_as_subject(evidence, book)
    if not heads and asks_region and _ASKS_UNIT_SEAT.search(question) and asked_upts(question):
        # "Lapas Lhoksukon itu letaknya di kabupaten mana?": where a unit lies, which the
        # report may say only in a sentence the question's other words did not pick ("Lapas
        # Kelas IIB Lhoksukon, Kabupaten Aceh Utara, pada Sabtu").
        return _region_in_answering_report(evidence, book, region_level, also)
    return ["; ".join(heads), "", *quotes] if heads else None


#: A question on where a unit itself lies: "letaknya di kabupaten mana", "berada di provinsi
#: apa", "which regency is it located in".
_ASKS_UNIT_SEAT = re.compile(r"\b(?:letak\w*|terletak|berada|berlokasi|lokasinya|located|situated|lies|sits)\b",
                             re.IGNORECASE)


def _region_in_answering_report(evidence: Evidence, book: CitationBook, level: str,
                                 also: str | None) -> list[str] | None:
    """The first region of the asked level that the answering report writes anywhere."""
    docs = evidence.answer_docs()[:1]
    if not docs:
        return None
    fallback = next(h.chunk for h in evidence.hits if h.chunk.doc_id == docs[0])
    for sentence in evidence.index.sentences.of_article(docs[0]):
        spans = _regions(sentence.text, level, also)
        if spans:
            start, end = spans[0]
            n = book.cite_sentence(docs[0], sentence.start, fallback)
            place = sentence.text[start:end].strip().rstrip(".,;")
            return [f"**{place}** [{n}]", "", f"> {quote(excerpt(sentence.text, start, end))} [{n}]"]
    return None


#: A question on where an official went: "Where did X do her monitoring visit?", "where
#: did the minister inspect?", "Kakanwil kunjungan kerja ke mana?".
_ASKS_VISITED = re.compile(
    r"\bwhere\s+(?:did|does|do|was|were|will)\b[^?]*\b(?:visit|visits|visited|inspection|inspect|inspected|tour|toured|"
    r"monitoring|monitor|monitored|sidak)\b|\bwhere\s+did\b[^?]*\bgo\s+to\s+(?:check|inspect|monitor|visit|see|review)\b"
    r"|\b(?:kunjungan(?:\s+kerja)?|berkunjung|sidak|meninjau|memantau|monitoring)\s+(?:\w+\s+){0,2}?(?:ke\s*mana|di\s*mana)\b",
    re.IGNORECASE)


def _unit_visited(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The unit the answering report is about, in the first sentence that names it."""
    docs = evidence.answer_docs()[:1]
    if not docs:
        return None
    units = evidence.index.articles[docs[0]].upts
    if not units:
        return None
    fallback = next(h.chunk for h in evidence.hits if h.chunk.doc_id == docs[0])
    for sentence in evidence.index.sentences.of_article(docs[0]):
        if units[0] in find_upts(sentence.text):
            n = book.cite_sentence(docs[0], sentence.start, fallback)
            return [f"**{units[0]}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    return None


def _venue_as_subject(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The first sentence of the answering report that opens with a named venue."""
    docs = evidence.answer_docs()[:1]
    if not docs:
        return None
    for sentence in evidence.index.sentences.of_article(docs[0]):
        match = _VENUE_AS_SUBJECT.match(sentence.text)
        if match is not None:
            fallback = next(h.chunk for h in evidence.hits if h.chunk.doc_id == docs[0])
            n = book.cite_sentence(docs[0], sentence.start, fallback)
            return [f"**{match.group('place').strip()}** [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    return None


#: A named venue opening a sentence: "Halaman Rumah Tahanan Negara (Rutan) Kelas IIA Padang".
_VENUE_AS_SUBJECT = re.compile(
    r"^\W*(?P<place>(?:Halaman|Lapangan|Aula|Gedung|Pelataran)\s+(?:(?:[A-Z][\w'’.-]*|\([A-Za-z]+\)|I{1,3}[AB]?)\s*){1,8})")


#: A venue that names no place: "di lokasi", "di tempat itu", "di sana".
_GENERIC_PLACE = re.compile(r"(?:di\s+|ke\s+)?(?:lokasi|tempat|sana|situ|sini|TKP|lokasi kejadian)\b(?!\s+(?-i:[A-Z]))"
                            # "membongkar narkoba di dalam": inside what, it does not say.
                            r"|(?:dalam|luar)\s*$", re.IGNORECASE)
def _generic(place: str) -> bool:
    """Whether a place phrase names no place: "lokasi itu", but not "lokasi persembunyiannya,
    yaitu Desa Kubalahing"; "balai rehabilitasi itu", which points back to a place named
    elsewhere."""
    named = re.search(r"\b[A-Z]", place[1:]) is not None
    return not named and bool(_GENERIC_PLACE.match(place) or _POINTS_BACK.search(place))


#: A place phrase that ends pointing back: "balai rehabilitasi itu", "lapas tersebut".
_POINTS_BACK = re.compile(r"\b(?:itu|tersebut|ini|that|this)\W*$", re.IGNORECASE)


#: Words before a place where someone lives or comes from ("warga Desa Mislak").
_RESIDENT_BEFORE = re.compile(r"\b(?:warga|penduduk|asal|berasal dari|kelahiran|berdomisili di|domisili|"
                              r"beralamat di|resident of|native of)\s*$", re.IGNORECASE)
#: Verbs that say where an event was held: "digelar di", "dipusatkan di", "took place in".
_HOSTED = re.compile(
    r"\b(?:digelar|berlangsung|dipusatkan|dilaksanakan|diadakan|bertempat|diselenggarakan|dilangsungkan|"
    r"held|hosted|took place|was staged)\s+(?:\S+\s+){0,2}?(?:di|in|at)\s+$",
    re.IGNORECASE,
)
#: Acts that only say an event happened: "diadakan", "dilakukan", "held". Questions with
#: these ask for the event's venue, which the report gives with a hosting verb.
_HOSTING_ACTS = frozenset([
    "adakan", "adain", "diadakan", "diadain", "dilakukan", "lakukan", "gelar", "digelar", "laksanakan",
    "dilaksanakan", "berlangsung", "held", "hold", "hosted", "host", "take", "took", "place",
])


def _asks_act(acts: Iterable[Concept]) -> bool:
    """Whether the question names an act of its own ("ditangkap", "disimpan"), not only
    that an event was held."""
    return any(act.label.lower() not in _HOSTING_ACTS for act in acts)


def _hosting_venue(evidence: Evidence, question: str) -> tuple[ScoredSentence, tuple[int, int]] | None:
    """The first venue of the answering article's best sentences that follows a hosting
    verb ("Acara digelar di halaman depan Masjid At Taubah") and says more than the
    question: when the question names no act of its own, that is the event's venue."""
    docs = evidence.answer_docs()[:1]
    for scored in evidence.focus_sentences()[:12]:
        if scored.doc_id not in docs:
            continue
        for span in _venues(scored):
            place = scored.text[span[0] : span[1]]
            hosted = _HOSTED.search(scored.text[: span[0]])
            if hosted and not _named_by(question, place) and not _BARE_UNIT.fullmatch(place):
                return scored, span
    return None


def _after_asked_words(evidence: Evidence, scored: ScoredSentence, spans: list[tuple[int, int]]) -> bool:
    """Whether one of the sentence's venues comes right after words of the question
    ("dengan pusat acara | di Lapas Cibinong" for "di mana pusat acaranya?")."""
    return any(
        any(words_naming(scored.text[max(0, start - 25) : start], evidence.concepts.topical))
        for start, _ in spans
    )


def _venues(scored: ScoredSentence) -> list[tuple[int, int]]:
    """The sentence's venues, without the place where someone said something ("kata
    Prasetyo dalam keterangan pers di Kantor Kemenkum HAM" is not where the escapee was
    caught)."""
    return [span for span in scored.sentence.venues
            if not _said_there(scored.text[max(0, span[0] - 90) : span[0]])
            and not _NOT_HERE.search(scored.text[max(0, span[0] - 40) : span[0]])]


#: A question asking for a town: "which city", "di kota mana".
_ASKS_TOWN = re.compile(r"\b(?:city|town|kota)\b", re.IGNORECASE)


def _said_there(before: str) -> bool:
    """Whether the words before a venue make it where something was said ("kata Prasetyo
    dalam keterangan pers di ..."), not where what was said happened ("menyebut sipir
    tersebut ditangkap oleh aparat kepolisian di Surabaya": an act of its own comes first)."""
    said = _SAID_AT.search(before)
    if said is None:
        return False
    verb = re.match(r"\W*\w+", said.group())
    told = said.group()[verb.end() :] if verb else said.group()
    return not _ACT_WORD.search(told)


#: A verb form of an act: "ditangkap", "membawa", "berada" (not "dalam", "di").
_ACT_WORD = re.compile(r"\b(?:di|me|mem|men|meng|meny|ber|ter)[a-z]{4,}\b", re.IGNORECASE)


#: A venue the sentence denies: "tidak digelar di kantor pemerintahan, melainkan di ...".
_NOT_HERE = re.compile(r"\b(?:tidak|tak|bukan|not)\b(?:\s+[\w-]+){0,2}?\s+(?:di|in|at)\s+$", re.IGNORECASE)


#: A speech verb, then words up to the venue with no clause break: the venue of the saying.
#: Words of meeting the press: "saat ditemui di ...", "dalam jumpa pers di ...".
_PRESS_WORDS = r"keterangan pers|konferensi pers|jumpa pers|ditemui|dikonfirmasi|diwawancarai"
_SAID_AT = re.compile(
    r"\b(?:kata|ujar|ucap|ungkap|jelas|tutur|terang|tegas|papar|sebut)(?:nya)?\b[^.;,“”\"]*$"
    rf"|\b(?:{_PRESS_WORDS}|said|told)\b[^.;,“”\"]*$",
    re.IGNORECASE,
)


#: "Kalapas ngasih keterangan di mana?", "where did he talk to the reporter?": where a
#: statement was made, which every other where-question sets aside (``_SAID_AT``).
_ASKS_SAID_AT = re.compile(
    r"\b(?:keterangan|menyampaikan|sampaikan|disampaikan|bicara|berbicara|ngomong|diwawancara\w*|wawancara|ditemui"
    r"|dikonfirmasi|said|say|says|speak|spoke|talk(?:ed|s)?|told|tell|interview\w*|statements?|comment\w*|brief\w*)\b",
    re.IGNORECASE,
)
#: "Keterangan tersebut ia sampaikan saat ditemui di Kuripan, Lombok Barat": the place
#: after the word of meeting the press, names up to the clause's end.
_SAID_PLACE = re.compile(
    # ("ujar Tri di Palangka Raya, Selasa": where the speaker said it.)
    rf"(?i:\b(?:{_PRESS_WORDS}|dijumpai|briefing|(?:kata|ujar|ucap|ungkap|tutur|tegas|papar)(?:nya)?)\b)"
    r"(?:[^.;“”\"]|\.(?=\w)){0,40}?\b(?i:di|in|at)\s+(?:(?i:dalam|depan|sela-sela)\s+)?"
    r"(?P<place>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|I{1,3}[AB]?))*(?:,\s*(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Ahad)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)"
)


def _only_region(place: str) -> bool:
    """Whether a venue is only the name of a region ("Papua", "Kalimantan Timur",
    "Wilayah Jawa Timur")."""
    place = re.sub(r"^(?:wilayah|provinsi|daerah|kawasan|region of)\s+", "", place.strip(), flags=re.IGNORECASE)
    found = find_places(place)
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(place.rstrip(" ,."))


#: What a venue may hold besides region names and still name only regions.
_REGION_FILLER = re.compile(r"[\s,.;()]|\b(?:di|dan|provinsi|kabupaten|kota|kecamatan|desa|kelurahan|wilayah)\b"
                            r"|\b(?:[Pp]ulau|[Ii]sland of)\s+[A-Z]\w+",  # "Pulau Dewata": an island is a region
                            re.IGNORECASE)


def _regions_only(place: str) -> bool:
    """Whether a venue names nothing but regions ("Kerobokan, Kabupaten Badung"): no spot
    within a unit, which "di bagian mana" asks for."""
    found = find_places(place)
    if not found and not re.match(r"(?:pulau|island)\b", place, re.IGNORECASE):
        return False
    rest = "".join(ch for i, ch in enumerate(place) if not any(p.start <= i < p.end for p in found))
    return not _REGION_FILLER.sub("", rest)


#: How well a sentence of the report must answer, against the one naming a town, for its
#: venue to stand beside that town: "Tidak lama lagi akan ada perkemahan ... di Batam" is
#: not displaced by "anak-anak binaan di Lapas Narkotika" of a sentence about something else.
BESIDE_RELATIVE = 0.5


def _venue_beside(focus: list[ScoredSentence], doc_id: str) -> bool:
    """Whether the report's best sentences name a venue that is not only a region (nor
    only kinds of unit, "di lapas dan rutan")."""
    return any(not _only_region(scored.text[a:b]) and not _BARE_UNIT.fullmatch(scored.text[a:b].strip())
               for scored in focus if scored.doc_id == doc_id for a, b in _venues(scored))


def _same_kind_asked(question: str, place: str) -> bool:
    """Whether the unit a venue names is of a kind the question's units are: the LPKA's
    children voting "di dalam area Lapas Kelas IIA Palu" voted at another unit of the town."""
    kinds = {upt_kind(name) for name in asked_upts(question)}
    venue = {upt_kind(name) for name in asked_upts(place)}
    return not kinds or not venue or bool(kinds & venue)


def _named_by(question: str, place: str) -> bool:
    """Whether every word of ``place`` but its kind and class is in the question, in any
    case: "lapas pancur batu" names "Lapas Kelas IIA Pancur Batu", "Kejari Kota Semarang"
    names "Kota Semarang"; "masjid At Taubah" does not name "halaman depan Masjid At Taubah"."""
    # ("Sulawesi Tenggara (Sultra)": a short form in brackets is the same place; "Southeast
    # Sulawesi's governor" names it with a possessive.)
    words = {word.lower() for word in re.findall(r"[\w'’-]+", re.sub(r"\([^()]*\)", " ", place))} - _NOT_NAME_WORDS
    asked = set(re.findall(r"[\w-]+", re.sub(r"['’]s\b", "", english_regions(question).lower())))
    return bool(words) and words <= asked


#: Words of a venue that are its kind or class, not its name.
_NOT_NAME_WORDS = frozenset(
    ["lapas", "rutan", "bapas", "lpka", "rupbasan", "kelas", "klas", "iia", "iib", "iii", "ii", "i", "kota", "kabupaten", "provinsi", "desa", "kelurahan", "kecamatan", "lembaga", "pemasyarakatan", "rumah", "tahanan", "negara", "kantor", "wilayah", "di"]
)


#: A venue that is only a kind of unit, with no name: "sekitar lapas", "di rutan".
_BARE_UNIT = re.compile(
    r"(?:(?:sekitar|dekat|depan|belakang|samping)\s+)?(?:lapas|rutan|bapas|lpka|kantor|lembaga)"
    # "di lembaga pemasyarakatan (lapas), rumah tahanan negara (rutan), dan ...": kinds of
    # unit, however many, written out in lower case, name no place.
    r"|(?-i:(?:(?:lembaga pemasyarakatan|rumah tahanan(?: negara)?|balai pemasyarakatan|lapas|rutan|bapas)"
    r"(?:\s*\([a-z]+\))?(?:,\s*|,?\s+(?:dan|serta|atau)\s+)?)+)",
    re.IGNORECASE,
)
#: A venue that is a unit itself, not a place in it ("Lapas Salemba, Jakarta Pusat").
_UNIT_HEAD = re.compile(
    r"(?:lapas|rutan|bapas|lpka|rupbasan|lembaga pemasyarakatan|rumah tahanan)\b", re.IGNORECASE
)
#: "Di mana saja ...?", "where were both caught?": every place the article gives, up to
#: ``MAX_PLACES``, from the article that answers.
_ASKS_SEVERAL = re.compile(r"\b(?:mana (?:saja|aja)|where\b.*\b(?:both|all|two|three|four|five|six"
                           # ("where did they check each employee?": "each" of people is one place)
                           r"|each(?!\s+(?:employee|staff|officer|guard|inmate|prisoner|detainee|person|visitor|worker)s?\b)))\b"
                           r"|\b(?:tempat|lokasi|titik|ruang|ruangan)-(?:tempat|lokasi|titik|ruang|ruangan)\b"
                           # "In which cell blocks ...?": places asked in the plural.
                           r"|\b(?:which|what)\s+(?:\w+\s+)?(?:blocks|cells|rooms|villages|districts|places|locations|"
                           r"churches|mosques|buildings|halls)\b", re.IGNORECASE)
MAX_PLACES = 3


#: "Blok dan kamar mana?", "which block/cell?": a block or a room inside a unit is asked.
_ASKS_CELL = re.compile(r"\b(?:blok|kamar|sel|block|cell|room)\b", re.IGNORECASE)
#: A question whose very question word is on the block: "blok mana", "which block" (a room
#: or a cell may be named by its use, "ruang pembinaan", which ``_CELL`` does not read).
_ASKS_WHICH_CELL = re.compile(r"\bblok\s+(?:mana|apa|nomor berapa|berapa)\b|\b(?:which|what)\s+block\b", re.IGNORECASE)
#: A block named, in either case, by a letter or by what it holds: "Blok C", "blok B4", "blok
#: maksimum" (not "satu blok dari total 5 blok yang ada", "blok hunian", "blok untuk").
_BLOCK_NAMED = re.compile(r"\b(?i:blok|block)\s+(?:[A-Z0-9][\w-]*|(?i:maksimum|maximum|minimum|medium|narkotika|narkoba|"
                          r"wanita|perempuan|anak|isolasi|lansia|pengasingan|karantina|khusus|tipikor|teroris\w*|high)\b)")
#: A question that names the block itself ("found in the Block D cells"): the block is
#: given, the place asked is another.
_NAMES_CELL = re.compile(r"\b(?:Blok|Block)\s+[A-Z0-9]\b|\b(?:kamar|sel|cell|room)\s+(?:nomor\s+|no\.?\s*)?\d+\b")


#: "Where did they come from?", "asalnya dari mana?": where people are from, not where
#: something happened.
_ASKS_ORIGIN = re.compile(r"\b(?:come|came|comes|hail|hailed) from\b|\bfrom where\b|\b(?:berasal|asal\w*)\b|"
                          # "Dari negara mana saja ...?", "from which countries ...?"
                          r"\bdari\s+(?:negara|daerah|kota|kabupaten|provinsi|wilayah)\s+mana\b"
                          r"|\bfrom\s+(?:which|what)\s+(?:countr(?:y|ies)|regions?|cit(?:y|ies)|provinces?)\b|"
                          r"\bdari mana\b|\b(?:warga|orang|penduduk) mana\b|\bhometowns?\b|\borigins?\b"
                          # "where were they originally from?"
                          r"|\bwhere\b[^?]*\bfrom\s*\??\s*$",
                          re.IGNORECASE)
#: "berasal dari Aceh", "asal Medan", "warga Jakarta".
_ORIGIN = re.compile(r"\b(?:berasal dari|asal(?:nya)?(?: dari)?|warga|penduduk|hails? from|comes? from|"
                     # "yang berkewarganegaraan Rusia": a nationality is an origin too.
                     r"(?:ber)?kewarganegaraan"
                     # "satu orang dari Lapas dan satu orang dari Disdik": whom a body sent.
                     r"|(?:orang|perwakilan|utusan|petugas|personel|anggota|unsur|tim) dari)\s+"
                     r"(?:(?:wilayah|daerah|kawasan)\s+)?(?P<place>[A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*){0,3}"
                     # "warga Kecamatan Wedung, Kabupaten Demak": the regions above it, too.
                     r"(?:,\s+(?:Desa|Kelurahan|Kecamatan|Kec\.|Kabupaten|Kab\.|Kota|Provinsi|Prov\.)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}){0,3})")
#: An origin enumerated after "berasal dari", closed by "dan": "berasal dari China,
#: Bulgaria, Amerika Serikat, dan Papua Nugini" (every place of it is the answer).
_ORIGIN_ENUMERATION = re.compile(
    # ("berasal dari wilayah Kabupaten Keerom serta Lereh": the word for a region before it.)
    r"\bberasal dari\s+(?:(?:wilayah|daerah|kawasan)\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
    r"(?:,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})*,?\s+(?:dan|serta)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
#: Where something is brought or done from: "dari mana?", "where does it get the wood?",
#: "where was it ordered from?".
_ASKS_SOURCE = re.compile(rf"{_ASKS_ORIGIN.pattern}|\bwhere\b[^?]*\b(?:get|gets|got|obtain\w*|buy|buys|bought|"
                          r"order|orders|ordered|source[sd]?|import\w*|procure\w*|suppl(?:y|ied|ies)|brought|"
                          r"broadcast|streamed|led)\b[^?]*\bfrom\b|\bwhere\b[^?]*\b(?:get|gets|got|obtain\w*|buy|buys|"
                          r"bought|source[sd]?|import\w*|procure\w*)\b", re.IGNORECASE)
#: "dipesan dari Jepara", "secara daring dari Lapas Cibinong": the named place after "dari".
_FROM_PLACE = re.compile(r"\b(?:dari|from)\s+(?P<place>(?-i:[A-Z])[\w-]*(?:\s+(?:(?-i:[A-Z])[\w-]*|Kelas|Klas|"
                         r"(?-i:[IV]{1,3}[AB]?)\b))*)")
#: The next origin of a list of people and where each is from: "..., A (17) dari Muara Jawa".
_FROM_NEXT = re.compile(r"\bdari\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")
#: "berasal dari dua wilayah sekaligus, yaitu Kota Magelang dan Kabupaten Magelang": the
#: places a report enumerates as where people come from, the whole list.
_ORIGIN_LIST = re.compile(
    r"\bberasal dari\s+(?:dua|tiga|empat|lima|enam|\d+|beberapa|sejumlah)\s+(?:wilayah|daerah|kabupaten|kota|provinsi)"
    r"[^,.;]{0,30}?,?\s*(?:yaitu|yakni|antara lain|:)\s+(?P<place>[A-Z][^.;]*?)(?=[.;]|$)"
)
#: "Lokasinya di mana?", "where is it located?": where a thing lies, which the report says
#: with "terletak di", "berada di".
_ASKS_LOCATION = re.compile(r"\b(?:lokasi\w*|letak\w*|terletak|located|location|situated)\b"
                            # "Where exactly is the new detention centre?"
                            r"|\bwhere (?:exactly|precisely) (?:is|are|was|were)\b"
                            # ("Where exactly was the graduation held?" asks the place of an act.)
                            r"(?![^?]*\b(?:held|built|kept|done|staged|\w+ed)\s*\??\s*$)"
                            # "Where is that office?", "Bapas-nya ada di mana?": where a place
                            # lies, no act asked.
                            r"|(?:^|[.!?]\s+)\W*(?:and\s+|so\s+)?where\s+(?:is|are)\s+(?:(?!\w+(?:ed|ing)\b|held\b|kept\b)[\w'-]+\s+){0,5}"
                            r"(?!\w+(?:ed|ing)\b|held\b|kept\b)[\w'-]+\s*\?\s*$"
                            r"|\b(?:ada|berada)\s+di\s*mana\b", re.IGNORECASE)
#: "lahan 24 hektare yang terletak di belakang lapas dimanfaatkan ...": the place after the
#: word of lying, up to the clause's next verb or joint.
_LOCATED = re.compile(
    r"\b(?:terletak|berada|berlokasi|letaknya|lokasinya|beralamat|beralamatkan|alamatnya|located|situated)\s+"
    # ("letaknya bersebelahan dengan Rutan Salatiga": a place told by what it lies beside.)
    r"(?:persis\s+|tepat\s+)?(?:(?:di|in|at)\s+|(?=(?:bersebelahan|bersampingan|berdampingan|berdekatan|bertetangga|"
    r"tak jauh|tidak jauh|dekat|next to|adjacent|beside|near)\b))"
    # "berada di bawah pengawasan Bapas": under someone's watch is no place.
    r"(?!bawah\s+(?:pengawasan|naungan|koordinasi|kendali|tanggung|bimbingan|binaan)\b)"
    r"(?P<place>(?:(?!(?:dan|yang|serta|untuk|and|which|that|itu|ini|tersebut)\b)(?-i:(?!di[a-z]{4,}|me[a-z]{3,}))[\w-]+\s*){1,9})",
    re.IGNORECASE,
)
#: "Where were they being held?", "ditempatkan di mana?": where people are kept, which a
#: report gives after the word of housing ("menghuni sel isolasi", "ditempatkan di blok
#: karantina"), not as an event's venue.
#: "Where on his body was the tumour found?", "di bagian tubuh mana?": a part of the body.
_ASKS_BODY_PART = re.compile(r"\bwhere on (?:his|her|their|the) body\b|\bwhich part of (?:his|her|their|the) body\b"
                             r"|\bbagian tubuh (?:mana|apa)\b", re.IGNORECASE)
#: "menderita tumor di bagian regio occipital dan toraks anterior": the part named.
_BODY_PART = re.compile(r"\b(?:di|pada)\s+bagian\s+(?P<place>[^,.;]{3,60}?)(?=\s*[,.;]|\s+(?:yang|sehingga|sejak)\b|$)",
                        re.IGNORECASE)
_ASKS_HELD = re.compile(r"\b(?:housed|kept|locked up|confined|placed|being held|menghuni|dihuni|ditempatkan|"
                        r"ditahan|mendekam|dikurung|dititipkan)\b", re.IGNORECASE)
#: "di bawah kanwil mana?", "which regional office does it come under?": the unit's
#: regional office, which reports write beside its name.
_ASKS_KANWIL = re.compile(r"\bkanwil\s+(?:\w+\s+)?(?:mana|apa)\b|\bkantor\s+wilayah\s+(?:\w+\s+)?(?:mana|apa)\b"
                          r"|\b(?:which|what)\s+(?:\w+\s+)?(?:regional\s+(?:\w+\s+)?office|kanwil)\b"
                          r"|\bregional\s+office\b[^?]*\b(?:under|belong|part)\b", re.IGNORECASE)
#: A regional office as written: "Kantor Wilayah (Kanwil) Direktorat Jenderal
#: Pemasyarakatan (Ditjenpas) Sulawesi Tengah", "Kanwil Kemenkumham Jawa Barat".
_KANWIL = re.compile(
    r"(?P<place>\b(?:Kantor\s+Wilayah|Kanwil)(?:\s*\(Kanwil\))?"
    r"(?:\s+(?:Kemenkum(?:[\s-]?HAM)?|Kemenkumham|Kemenimipas|Kementerian\s+Hukum(?:\s+dan\s+(?:HAM|Hak\s+Asasi\s+Manusia))?|"
    r"Kementerian\s+Imigrasi\s+dan\s+Pemasyarakatan|Ditjen\s?PAS|Ditjenpas|Direktorat\s+Jenderal\s+Pemasyarakatan)"
    # The province as written, whole or abbreviated ("Sulawesi Tengah", "Jabar", "NTT").
    r"(?:\s*\([A-Za-z\s]+\))?)?\s+(?!dan\b)[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})")
#: The words between "where" and the act it asks of, none of them opening a clause that only
#: dates it: "Where did they check each employee before the samples were taken?" asks no
#: destination of the samples.
_NOT_IN_A_TIME_CLAUSE = r"(?:(?!\b(?:before|after|when|while|once|until)\b)[^?])*"
#: "Where were the inmates taken once the cells were unlocked?", "dievakuasi ke mana?":
#: where people were moved out of danger.
_ASKS_EVACUATED = re.compile(rf"\bwhere\b{_NOT_IN_A_TIME_CLAUSE}\b(?:evacuated|taken|moved|brought|led)\b"
                             r"|\b(?:dievakuasi|diungsikan)\b", re.IGNORECASE)
_EVACUATED_TO = re.compile(
    r"\b(?:dievakuasi|diungsikan|dievakuasikan|mengungsi)\s+(?:sementara\s+)?ke\s+"
    r"(?P<place>(?:(?!(?:yang|untuk|sejak|selama|karena|agar|supaya|sambil)\b)[\w-]+\s*){1,6})", re.IGNORECASE)
#: "ditaruh di mana?", "where were they quarantined?": where some were set apart from the
#: rest, not the unit they live in.
_ASKS_KEPT_APART = re.compile(r"\b(?:ditaruh|ditaro|dikarantina|diisolasi|dipisah(?:kan)?|quarantined|isolated|"
                              r"separated|segregated|set apart"
                              # "skrg ditaruh di mana?" (read "sekarang ditempatkan"): placed since
                              r"|(?:sekarang|kini|now)\s+(?:ditempatkan|placed|kept)|(?:placed|kept)\s+now)\b",
                              re.IGNORECASE)
_KEPT_APART = re.compile(
    r"\b(?:dikarantina|diisolasi|dipisahkan|dipisah)(?:\s+dengan)?(?:\s+(?:dipindahkan|dipindah|dimasukkan|ditempatkan))?"
    r"\s+(?:ke|di)\s+(?P<place>(?:(?!(?:dan|yang|serta|untuk|sejak|selama|karena|agar|supaya)\b)[\w-]+\s*){1,5})",
    re.IGNORECASE)
_HELD = re.compile(
    r"\b(?:menghuni|mendiami|ditempatkan\s+di|ditahan\s+di|mendekam\s+di|dikurung\s+di|dititipkan\s+di"
    # "Saat ini keduanya menjadi penghuni sementara Lapas Kelas I Tangerang"
    r"|menjadi\s+penghuni(?:\s+sementara)?|dititipkan\s+sementara\s+di"

    r"|held\s+in|housed\s+in|kept\s+in)\s+"
    r"(?P<place>(?:(?!(?:dan|yang|serta|untuk|sejak|selama|karena|and|which|that|since)\b)[\w-]+\s*){1,5})",
    re.IGNORECASE,
)
#: "Di ruangan mana?", "which hall?": a room or hall of a building is asked.
#: "Where had inmates hidden the phones?", "disembunyiin di mana?": a hiding place.
#: The question reaches here respelled: "nyembunyiin" is asked as "menyembunyikan".
_ASKS_HIDDEN = re.compile(r"\b(?:hid|hidden|hide|hiding|stash\w*|conceal\w*|tucked|disembunyi\w*|sembunyi\w*|"
                          r"(?:me)?nyembunyi\w*|diselipkan|menyelipkan|nyelip\w*|disimpan|nyimpen|disimpen|menyimpan|"
                          r"keep|keeps|kept|store|stored|ditaruh|naruh|menaruh|diletakkan|meletakkan)\b", re.IGNORECASE)
#: "disimpan di tempat yang tersembunyi, misalnya di bawah keramik", "diselipkan di balik
#: plafon": the spot under, behind or inside something, after the act of hiding.
_HIDDEN_AT = re.compile(
    r"\b(?:disimpan|disembunyikan|tersembunyi|diselipkan|dimasukkan|ditanam|dikubur|ditemukan|disamarkan|ditaruh|"
    r"diletakkan|dititipkan)\b[^.;]*?"
    r"\b(?P<place>(?:di|ke)\s+(?:bawah|balik|dalam|atas|sela-sela|sela|celah|kolong|rongga|lubang)\s+[^,.;()]+)",
    re.IGNORECASE)
#: "disembunyikan antara lain di taman, di pot bunga, dan di tempat lainnya": the places
#: right after the act of hiding, however plain.
_HIDDEN_IN = re.compile(
    r"\b(?:disimpan|disembunyikan|diselipkan|ditaruh|diletakkan|dititipkan"
    # "disembunyikan ... dengan cara ditempelkan di kaki memakai lakban": stuck to the body.
    r"|ditempelkan|ditempel|dililitkan|dililit|diikatkan|direkatkan|dilakban)\s+(?:(?:antara lain|di antaranya|misalnya)\s+)?"
    r"(?P<place>(?:di|ke|pada)\s+(?:(?!\b(?:memakai|menggunakan|dengan|lalu|kemudian|agar|supaya)\b)[^.;()])+)",
    re.IGNORECASE)
_ASKS_ROOM = re.compile(r"\b(?:ruang(?:an)?|aula|gedung|hall|room|building)\b", re.IGNORECASE)
#: "di Aula Lapas Kelas IIA", "di ruang kunjungan": a room, up to the clause's end; one
#: broken through or passed ("merusak ruang Kepala Rutan") is a room of the act too.
_ROOM = re.compile(r"\b(?:di|in|at|ke|to|dari|melalui|lewat|melewati|merusak|menjebol|membobol|menerobos)\s+(?P<place>(?:[Aa]ula|[Rr]uang(?:an)?|[Gg]edung|[Bb]alai)\b"
                   # "ruang Ka. KPLP": an abbreviation's dot; the clause's next verb ends it
                   # ("merusak ruang Kepala Rutan memakai potongan besi").
                   r"(?:(?!\s(?-i:me|di)[a-z]{3,}\b)[^,.;()]|\.(?=\s?[A-Z]{2}))*)")


#: A question for a street address, and the address as reports write it: "yang beralamat di
#: Jl. Kelambir V Tanjung Gusta", "di Jalan Gatot Subroto No. 12".
_ASKS_ADDRESS = re.compile(r"\balamat(?:nya)?\b|\baddress\b|\b(?:jalan|jln|jl) (?:apa|mana)\b|\b(?:which|what) street\b",
                           re.IGNORECASE)
_ADDRESS = re.compile(r"\b(?P<place>(?-i:Jalan|Jl\.?|Jln\.?)\s+(?-i:[A-Z0-9])[^,;()]*?(?:\s+(?:No\.?|Nomor)\s*\d+\w*)?)"
                      r"(?=\s*(?:[,;()]|\.(?:\s|$)|$|\s+(?:yang|tempat|dan|sebagai)\b))", re.IGNORECASE)


def _phrase_in_answer(evidence: Evidence, book: CitationBook, phrase: re.Pattern[str],
                      group: str | int = "place") -> list[str] | None:
    """The first ``phrase`` in the answering article's best sentences (its ``group``), as
    the answer."""
    found = evidence.answer_match(phrase)
    if found is None:
        return None
    scored, match = found
    if _VAGUE_PLACE.match(match.group(group).strip()) or _generic(match.group(group).strip()):
        # "menghuni sejumlah lembaga pemasyarakatan", "dititipkan di balai rehabilitasi
        # itu": the venues named elsewhere answer.
        return None
    n = book.cite(scored.chunk)
    if _ASKS_SEVERAL.search(evidence.frame.question):
        # "Pengawasnya dari mana saja?": every such phrase of that sentence ("satu orang dari
        # Lapas dan satu orang dari Disdik").
        places = dict.fromkeys(m.group(group).strip() for m in phrase.finditer(scored.text))
        listed_start, listed_end = _with_enumeration(scored.text, match.start(group), match.end(group))
        if len(places) > 1 and listed_end > match.end(group) and all(
                m.start(group) < listed_end for m in phrase.finditer(scored.text)):
            # "di Blok A1, A Pengasingan, Blok D2, dan D Pengasingan": the list the phrases
            # stand in, whole, with the items written without the phrase's own word.
            listed = scored.text[listed_start:listed_end].rstrip(".;")
            places = dict.fromkeys(p.strip() for p in _LIST_SPLIT.split(listed) if p.strip())
            n = book.cite(scored.chunk)
            return ["; ".join(f"**{p}** [{n}]" for p in places), "", f"> {quote(scored.text)} [{n}]"]
        # "pakaian adat dari Sumba, Rote, Adonara dan daerah lainnya": the places listed
        # after the one phrase, each capitalised, joined by commas or "dan" (where the phrase
        # recurs, "asal Belanda, ... asal Malaysia, serta Sergei ...", each gives its own).
        end = match.end(group) if len(places) == 1 else len(scored.text)
        while (more := NEXT_PLACE.match(scored.text, end)) is not None:
            places[more.group("place")] = None
            end = more.end()
        if phrase is _ORIGIN:
            # "A (16) yang berasal dari Nunukan, A (17) dari Muara Jawa, FOS (17) dari
            # Sangatta": after the first origin, each "dari" of the list gives the next.
            places.update(dict.fromkeys(m.group("place") for m in _FROM_NEXT.finditer(scored.text, match.end())))
        return ["; ".join(f"**{p}** [{n}]" for p in places), "",
                f"> {quote(scored.text)} [{n}]"]
    # "berada di dalam kompleks Lapas Kelas IIA Gorontalo, Kelurahan Dunggala, Kecamatan
    # Hulonthalangi": the regions written right after the place are part of where it is.
    _, end = _with_region_chain(scored.text, match.start(group), _with_precision(scored.text, match.end(group)),
                                bare=True)
    place = scored.text[match.start(group) : end].strip().rstrip(".,;")
    return [f"**{place}** [{n}]", "",
            f"> {quote(excerpt(scored.text, match.start(), max(end, match.end())))} [{n}]"]


#: The next place of an enumeration, capitalised, that leaves out the unit's or the
#: region's word: ", Semarang", ", dan Medan", " dan Adonara".
NEXT_PLACE = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)(?P<place>[A-Z][\w]*(?:[\s-][A-Z][\w]*){0,2})"
                        r"(?=\s*(?:,|\.|;|$|\s+(?:dan|serta)\b))")
#: A place made more precise after it: "di dalam kamar, tepatnya terselip di bawah bantal",
#: "di Kecamatan Krui, persisnya di Desa Lemo".
_PRECISELY = re.compile(r"\s*[,(]?\s*(?:lebih\s+)?(?:tepatnya|persisnya|precisely|more precisely|specifically)\b[^,.;()]*",
                        re.IGNORECASE)


#: A conjunction a place phrase may have run into at its end.
_TRAILING_JOIN = re.compile(r"\s+(?:dan|serta|atau|and|or)$", re.IGNORECASE)


def _with_precision(text: str, end: int) -> int:
    """The end of a place phrase ending at ``end``, with the closer place said right after it."""
    precise = _PRECISELY.match(text, end)
    return precise.end() if precise else end


def _names_given_cell(question: str, place: str) -> bool:
    """Whether ``place`` is the block or room the question itself names ("Block D" and
    "kamar hunian Blok D")."""
    named = _NAMES_CELL.search(question)
    if named is None:
        return False
    label = named.group().split()[-1]
    return bool(re.search(rf"\b(?:Blok|Block|kamar|sel|cell|room)\s+(?:nomor\s+)?{re.escape(label)}\b",
                          place, re.IGNORECASE))


#: "Blok S kamar 16", "Blok D", "kamar nomor 3", "kamar Nomor 2 Blok Nuri": how reports name
#: them, with or without "di".
_CELL = re.compile(
    r"\b(?:Blok|Block)\s+[A-Z0-9][\w-]*(?:\s*,?\s*(?:kamar|sel|room)\s+(?:[Nn]omor\s+)?[\w-]+)?"
    # "kamar Nomor 2 Blok Nuri": the room first, then its block ("kamar nomor tujuh di blok
    # narkotika": a room's number in words, its block by what it holds)
    r"|\b(?:kamar|sel)\s+(?:[Nn]omor\s+|[Nn]o\.?\s*)?(?:\d+\w*|(?:[Nn]omor\s+)(?:satu|dua|tiga|empat|lima|enam|tujuh|"
    r"delapan|sembilan|sepuluh))(?:\s*,?\s*(?:di\s+)?(?:Blok|Block|blok)\s+[A-Za-z0-9][\w-]*)?"
)


def _cell(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The block (and room) the best sentence of the answering article names, if any."""
    return _phrase_in_answer(evidence, book, _CELL, group=0)


#: A landmark after a venue: "di bagian kiri, dekat pagar pembatas yang bersebelahan dengan
#: kantor Dispora" — the side alone does not tell a reader where; so does an apposition
#: ("di lokasi persembunyiannya, yaitu Desa Kubalahing").
_LANDMARK = re.compile(
    r",?\s*(?:(?:tepatnya|persisnya|yakni|yaitu|namely|misalnya|contohnya|such as|for example)\b|(?:di\s+)?(?:dekat|samping|sebelah|depan|belakang|"
    r"bersebelahan|berbatasan|berdekatan|berhadapan|near|next to|beside|behind|opposite)\b"
    # "kantor Rupbasan Klas I Palembang, Jalan Inspektur Marzuki, Pakjo": its street address.
    r"|,\s*(?:Jalan|Jln?\.?)\s+(?-i:[A-Z])"
    # "di Ruang Sidang, Graha Rektorat Lantai 8 UM": the building a room is in.
    r"|,\s*(?-i:(?:Graha|Gedung|Wisma|Balai|Kantor|Kampus|Hotel|Menara|Lantai|Aula)\s+[A-Z0-9]))",
    re.IGNORECASE,
)
#: The most words a venue with its landmark may take.
LANDMARK_WORDS = 24
#: Where a landmark's clause ends.
_SENTENCE_END = re.compile(r"[.;]\s|[.;]?$")


#: Between the items of a list: ", ", ", dan ", " dan ", " serta ".
_LIST_SPLIT = re.compile(r",\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")
#: The rest of a list of places after the first: ", lemari, kasur, dan tempat lain".
_MORE_PLACES = re.compile(r"(?:,\s*(?:dan\s+|serta\s+|and\s+)?[\w/-]+(?:\s+[\w/-]+){0,2})+(?=[.;]|$)")


def _with_enumeration(text: str, start: int, end: int) -> tuple[int, int]:
    """The venue ``text[start:end]`` and the places listed after it to the sentence's end:
    "disembunyikan di bunker, lemari, kasur, dan tempat lain" hid things in all four."""
    more = _MORE_PLACES.match(text, end)
    if more is None or not re.search(r"\b(?:dan|serta|and)\b", more.group()):
        return start, end
    return start, more.end()


#: Regions written after a place, each wider than the one before: ", Kecamatan Lingsar,
#: Kabupaten Lombok Barat".
_REGION_CHAIN = re.compile(rf"(?:\s*,\s*{REGION_PART})+")
#: A building as a venue ("Gedung ...", "Aula ..."): a town after it says where it stands.
_BUILDING = re.compile(r"(?:di\s+|in\s+|at\s+)?(?:Gedung|Kantor|Aula|Balai|Lapangan|Hotel|Wisma|Graha|Masjid|Gereja)\b")
#: A capitalised name after a comma, closed by a comma, a stop or a bracket: ", Cawang,".
_BARE_PLACE_AFTER = re.compile(r"\s*,\s*(?P<name>(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?)(?=\s*(?:[,.;(]|$))")


def _with_region_chain(text: str, start: int, end: int, bare: bool = False) -> tuple[int, int]:
    """The place ``text[start:end]`` with the regions the sentence writes right after it:
    "Desa Bug-Bug, Kecamatan Lingsar, Kabupaten Lombok Barat" is one answer, and the
    village alone leaves out where it is."""
    chain = _REGION_CHAIN.match(text, end)
    end = chain.end() if chain else end
    # ``bare``: "di Gedung Kakanwil Kemenkumham, Cawang, Jakarta, Selasa (5/4/2016)": a ward
    # or a town the gazetteer knows, written bare after a venue, says where it is too.
    while bare and (town := _BARE_PLACE_AFTER.match(text, end)) is not None and (
            towns_of_locality(town.group("name")) or town.group("name").lower() in place_words()):
        end = town.end()
    return start, end


def _with_landmark(text: str, start: int, end: int) -> tuple[int, int]:
    """The venue ``text[start:end]`` and the landmark that follows it, up to the clause's end."""
    landmark = _LANDMARK.match(text, end)
    if not landmark:
        return start, end
    stop = _SENTENCE_END.search(text, end)
    if re.match(r",?\s*(?:misalnya|contohnya|such as|for example)\b", landmark.group(), re.IGNORECASE):
        # "di kawasan rawan, misalnya tembok pintu depan lapas, tetap boleh menyala": the
        # example runs to its closing comma.
        stop = re.compile(r",|[.;]\s|[.;]?$").search(text, landmark.end())
    words = text[start : stop.start() if stop else len(text)].split()
    if len(words) > LANDMARK_WORDS:
        return start, end
    return start, stop.start() if stop else len(text)


#: The spot a place phrase is the area of: "(sebuah) pondok di kawasan Desa Lemo",
#: "rumah kerabatnya di Kecamatan Krui".
_SPOT_BEFORE = re.compile(
    r"(?:\b(?:sebuah|salah satu|a|an)\s+)?\b(?:pondok|gubuk|gubug|rumah|kebun|ladang|sawah|hutan|warung|bengkel|"
    r"kos|kosan|kontrakan|toko|konter|gudang|kamar|semak(?:-semak)?|perahu|mobil|hut|shack|house|garden|field|"
    # "bekerja ... di sebuah perusahaan konveksi di Semarang": the workplace in the town.
    r"perusahaan|pabrik|kantor|hotel|restoran|pasar|pelabuhan|proyek|company|factory|"
    r"shop|stall|forest)(?:\s+[a-z]+(?:nya)?){0,2}\s+(?:di|in|at)\s+$",
    re.IGNORECASE,
)


def _with_spot(text: str, start: int) -> int:
    """Where the place at ``start`` begins with the spot the sentence puts in it: "kawasan
    Desa Lemo" alone leaves out the hut the escapee hid in. A place that opens with its own
    "di" has the spot right before it."""
    reach = max(0, start - SPOT_REACH)
    before = text[reach:start]
    own = re.match(r"(?:di|in|at)\s", text[start : start + 3], re.IGNORECASE)
    spot = _SPOT_BEFORE.search(before + own.group() if own else before)
    return reach + spot.start() if spot else start


#: How far before a place its spot may start.
SPOT_REACH = 50


#: A place phrase after a verb: "di bunker", "ke Jakarta", "dalam lemari".
#: A question for where someone or something went: "where were they sent / moved / taken",
#: "dipindah ke mana", "dibawa ke mana".
_ASKS_DESTINATION = re.compile(
    rf"\bwhere\b{_NOT_IN_A_TIME_CLAUSE}\b(?:sent|moved|transferred|relocated|taken|brought|sent off|evacuated|referred)\b"
    # "Where was the body of the inmate who died after a fight to be taken?": a clause of
    # time inside a relative one leaves the move asked.
    r"|\bwhere\b[^?]*\b(?:to be|be|been)\s+(?:sent|moved|transferred|relocated|taken|brought|evacuated|referred)\b"
    # "Where did the escapees flee to?", "where were they thought to have run off to?"
    rf"|\bwhere\b{_NOT_IN_A_TIME_CLAUSE}\b(?:flee|fled|run off|ran off|run|ran|escape|escaped|head|headed|go|gone|went)\s+to\b"
    r"|\b(?:ke ?mana|dibawa ke|dipindah\w* ke|dikirim ke|diserahkan ke)\b"
    r"|\bke\s+(?:lapas|rutan|bapas|lpka|rupbasan|upt)\s+(?:mana|apa)\b"
    # "tempat-tempat yang didatangi rombongan": where the visitors went.
    r"|\b(?:tempat|lokasi|titik)(?:-\w+)?\s+(?:yang|yg)\s+(?:didatangi|dikunjungi|dituju|ditinjau|disambangi)\b"
    r"|\b(?:which|what)\s+(?:places|parts|areas|sites)\b[^?]*\b(?:visit|visited|go|went|tour|toured|inspect|inspected)\b",
    re.IGNORECASE,
)
#: A question asking which side, by compass or position: "which side", "sisi mana".
_ASKS_SIDE = re.compile(r"\bwhich side\b|\bsisi (?:mana|apa)\b|\barah mana\b", re.IGNORECASE)
#: A side a report names: "sisi utara", "sebelah timur", "bagian belakang".
_SIDE_NAMED = re.compile(r"(?P<place>\b(?:sisi|sebelah|bagian)\s+(?:utara|selatan|timur|barat|depan|belakang|kiri|kanan)"
                         r"(?:\s+(?:laut|daya))?\b(?:\s+\w+){0,2})", re.IGNORECASE)
#: A question asking which side of a thing it names: "tembok sebelah mana", "pagar bagian mana".
_PART_OF_ASKED = re.compile(r"\b(?P<whole>[a-z]{3,})\s+(?:sebelah|bagian|sisi)\s+mana\b", re.IGNORECASE)
#: A question asking which part of something: "di bagian mana", "which part".
_ASKS_PART = re.compile(r"\bbagian (?:mana|apa)\b|\bwhich part\b|\bsebelah mana\b|\bwhere (?:exactly )?(?:inside|within)\b"
                        r"|\bwhere in the (?:prison|jail|lapas|rutan|detention|facility|compound|centre|center)\b",
                        re.IGNORECASE)
#: Most words of an act's object given as the part asked.
OBJECT_WORDS = 6


def _object_of_act(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The object right after the question's act in the answering article's best sentence,
    when the question names that object and the sentence gives no venue: "motong terali di
    bagian mana?" of "memotong | terali jendela kamar mandi" (up to the clause's end)."""
    acts = evidence.concepts.verbs
    docs = evidence.answer_docs()[:1]
    best = next((s for s in evidence.focus_sentences()[:3] if s.doc_id in docs), None)
    if best is None or _venues(best):
        return None
    own = evidence.concepts.own_concepts
    for word in words_naming(best.text, acts):
        phrase = _OBJECT.match(best.text, word.end())
        if phrase is None or len(phrase.group(1).split()) > OBJECT_WORDS:
            continue
        words = phrase.group(1).split()
        named = frozenset(analyze_document(words[0]))
        more = [w for w in words[1:] if not any(c.matches(frozenset(analyze_document(w))) for c in own)
                and analyze_document(w)]
        if not any(c.matches(named) for c in own) or not more:
            continue  # the question names the thing whose part it asks; the part is more
        n = book.cite(best.chunk)
        return [f"**{phrase.group(1).strip()}** [{n}]", "",
                f"> {quote(excerpt(best.text, word.start(), phrase.end()))} [{n}]"]
    return None


#: An act's object: the words after it up to a clause break or a word of time or place.
_OBJECT = re.compile(r"\s+((?:(?!(?:selama|pada|saat|ketika|sejak|untuk|di|ke|lalu|kemudian)\b)[^\s,.;:]+\s*)+)",
                     re.IGNORECASE)


#: Verbs that move people or things somewhere ("dipindahkan", "dititipkan", "diungsikan").
_TRANSFER = re.compile(r"\b(?:di|ter|me[nm]?)?(?:pindah|kirim|titip|ungsi|evakuasi|rujuk|mutasi|bawa|serah|antar|dampingi)(?:kan|i)?\b",
                       re.IGNORECASE)
#: A further destination of a move written as a list: ", 50 orang ke Rutan Batang".
_MORE_DESTINATION = re.compile(r",?\s*(?:dan\s+|serta\s+)?(?:[\d.]+\s+\w+\s+|sisanya\s+)?ke\s+"
                               r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|Kelas|Klas|I{1,3}[AB]?))*")
#: Where a clause opens, for the words that go with an act.
_CLAUSE_BREAKS = (", ", "; ", ". ")
#: The prepositions a place follows; a destination also takes whom a thing went to.
_PLACE_PREPOSITIONS = "di|ke|dalam|di dalam|into|inside|in|at|to"
#: The place right after an act: "disembunyikan | di bunker"; or, failing that, after a
#: few words of who did it ("diamankan petugas bersama warga | di areal persawahan", no
#: clause break among them).
_PLACE_WORD = (r"\s+(?:{prepositions})\s+(?!mana\b|antaranya\b|sana\b|situ\b)"
               # "hadir dalam kegiatan Uji Praktik ... yang digelar ... di pelataran Masjid Al
               # Hakim": an occasion is no place; the venue comes after it.
               r"(?!(?:kegiatan|acara|rangka|rangkaian|upacara|rapat|peringatan|sambutan|keterangan|kesempatan"
               # "menggunakan hak pilihnya dalam Pemilihan Kepala Daerah": an election is no place.
               r"|pertemuan|momen|program|pemilihan|pemilu|pilkada|pileg|pilpres"
               # "hadir dalam apel Serpas tersebut": a roll call or a raid is no place either.
               r"|apel|ikrar|deklarasi|razia|operasi|sidang)\b)"
               # "kehadiran negara dalam menekan angka kejahatan": an act after "dalam" is how,
               # not where.
               r"(?!(?<=dalam\s)(?-i:(?:me|mem|men|meng|meny|ber)[a-z]{3,})\b)(?=\w)")
_PLACE_WORD_PLAIN = _PLACE_WORD.replace("{prepositions}", _PLACE_PREPOSITIONS)
_PLACE_AFTER = re.compile(_PLACE_WORD_PLAIN, re.IGNORECASE)
#: A destination may be whom a thing went to: "dijual ke mana?" — "akan dijual kepada
#: tengkulak".
#: ("jenazah akan dibawa pulang ke kampung halaman korban": a word of going home or back may
#: stand between the act and where to.)
_DESTINATION_AFTER = re.compile(r"(?:\s+(?:pulang|kembali|balik|langsung))?"
                                + _PLACE_WORD.replace("{prepositions}", f"kepada|{_PLACE_PREPOSITIONS}"), re.IGNORECASE)
_PLACE_AFTER_DOERS = re.compile(
    # ("dikebumikan sekitar pukul 13.30 WIB di pemakaman umum": a time between.)
    r"(?:\s+(?!(?:di|ke|dalam|into|inside|in|at|to|dan|serta|yang|and|hingga|sampai)\b)[\w-]+(?:[.:]\d+)?){1,4}?" + _PLACE_WORD_PLAIN,
    re.IGNORECASE,
)
#: The end of a place phrase: a clause break or a word that starts another part of the sentence.
_PLACE_END = re.compile(r"[.;:]|\s(?:pada|saat|ketika|sejak|sampai|hingga|selama|setiap|oleh|untuk|demi|guna|karena|sehingga|yang|dengan|tanpa|on|when|by|for|because"
                        r"|until|till|during|every"
                        r"|bukan|adalah|merupakan|tidak|juga|akan|sudah|telah|masih|hanya|menjadi|agar|supaya"
                        r"|nanti|nantinya|kelak|kemudian|lalu"
                        # "ke kampung halaman korban di Pasaman begitu proses otopsi rampung"
                        r"|begitu|setelah|sesudah|usai|seusai|sebelum|sesampai|setiba"
                        r"|is|was|are|were)\b"
                        r"|,(?!\s*(?:dan\s+|serta\s+)?[\w/-]+(?:\s+[\w/-]+){0,2}\s*(?:,|\.|$|dan\b|serta\b))")


def _before_verb(place: str) -> str:
    """A place phrase cut where a verb follows the name it ends with: "BRSAMPK Alyatama
    lahir dari koordinasi ..." is "BRSAMPK Alyatama", and the rest is the sentence going on."""
    words = place.split(" ")
    for i in range(1, len(words)):
        if words[i - 1][:1].isupper() and _VERB_AFTER_NAME.fullmatch(words[i]):
            return " ".join(words[:i]).rstrip(" ,")
    return place


#: A lowercase verb going on after a place's name: "lahir", "menjadi", "berdiri", "terpilih".
_VERB_AFTER_NAME = re.compile(r"lahir|muncul|(?:me|ber)[a-z]{3,}|ter(?!buka|tutup|padu)[a-z]{3,}")


#: Verbs of going that take the place as their object: "menuju pabrik tahu".
_MOTION_VERB = re.compile(r"(?:menuju|mendatangi|mengunjungi|meninjau|menyambangi|memasuki|menyusuri|visited|toured)",
                          re.IGNORECASE)
#: Where the places such a verb takes end: at the purpose or the next act, not at a comma.
_MOTION_END = re.compile(r"\s+(?:untuk|guna|agar|supaya|yang|sambil|lalu|kemudian|sebelum|setelah|to|and then)\b|[.;]",
                         re.IGNORECASE)


def _after_act(evidence: Evidence, book: CitationBook, by_fit: bool = False,
               only: ScoredSentence | None = None) -> list[str] | None:
    """The place phrase right after the question's act in the answering article's best
    sentence that has one ("disembunyikan | di bunker, lemari, kasur, dan tempat lain");
    ``by_fit``: of the act's places in a sentence, the one whose clause holds most of the
    question ("74 tahanan ... dipindahkan ke Blok C ..., enam napi perempuan dipindahkan
    ke LPKA Tanjung Pati" for the women); ``only``: in that sentence alone."""
    acts = evidence.concepts.verbs
    if by_fit:
        # "yg ga jadi nyoblos krn dipindah, dipindahnya ke lapas mana?": of the question's
        # acts, the move is the one whose place is the destination asked.
        acts = [a for a in acts if _TRANSFER.fullmatch(a.label)] or acts
    docs = evidence.answer_docs()[:1]
    vague: tuple[str, ScoredSentence, int, int] | None = None
    # A place right after the act first; then one after a few words of who did it.
    for scored, place_after in [(s, p) for p in (_DESTINATION_AFTER if by_fit else _PLACE_AFTER, _PLACE_AFTER_DOERS)
                                for s in evidence.focus_sentences()[:12]]:
        if scored.doc_id not in docs or only is not None and scored is not only:
            continue
        # "Where were they sent?" of "100 orang dititipkan ke Rutan Pekalongan": a report
        # moves people with verbs of its own; any of them says where to.
        words = list(words_naming(scored.text, acts))
        # "diamankan di Mapolres ... seusai ditangkap di sebuah losmen": the question's own
        # word for the act ("ditangkap") before another word of the same sense.
        words.sort(key=lambda w: not re.search(rf"\b{re.escape(w.group())}\b", evidence.frame.question, re.IGNORECASE))
        if by_fit:
            named = {w.start() for w in words}
            words += [w for w in _TRANSFER.finditer(scored.text) if w.start() not in named]
        if by_fit and len(words) > 1:
            words.sort(key=lambda w: -evidence.coverage(
                frozenset(analyze_document(scored.text[clause_start(scored.text, w.start(), _CLAUSE_BREAKS) : w.end()])),
                own_only=True))
        for word in words:
            after = place_after.match(scored.text, word.end())
            motion = None
            if after is None and _MOTION_VERB.fullmatch(word.group()):
                # "rombongan menuju pabrik tahu organik, blok dapur, serta poliklinik untuk
                # ...": a verb of going takes its places with no preposition, as a list.
                after = re.compile(r"\s+").match(scored.text, word.end())
                motion = _MOTION_END.search(scored.text, after.end()) if after else None
            if after is None:
                continue
            stop = motion or _PLACE_END.search(scored.text, after.end())
            end = stop.start() if stop else len(scored.text)
            if by_fit:
                # "..., 50 orang ke Rutan Batang, dan 20 orang ke Rutan Pemalang": the other
                # destinations of the same move.
                while (more := _MORE_DESTINATION.match(scored.text, end)) is not None:
                    end = more.end()
            raw = scored.text[after.end() : end]
            place = _before_verb(raw.strip(" ,"))
            end = after.end() + len(raw) - len(raw.lstrip(" ,")) + len(place)
            if (not place or len(place.split()) > LANDMARK_WORDS or _BARE_UNIT.fullmatch(place)
                    or _generic(place) or _named_by(evidence.frame.question, place)
                    # "Pemeriksaan berjalan dalam enam tahap": stages or spells, no place.
                    or _STAGES_OR_SPELL.match(place)):
                continue  # "merazia ... di dalam rutan" says no more than the question does
            answer = (place, scored, word.start(), end)
            if _VAGUE_PLACE.match(place):
                # "ke sejumlah lapas dan rutan di wilayah eks Karesidenan Pekalongan": a later
                # sentence may name them ("100 orang dititipkan ke Rutan Pekalongan, ...").
                vague = vague or answer
                continue
            return _place_answer(book, *answer)
    # A destination asked is answered vaguely rather than not at all; another place
    # question goes on to the venues the report names elsewhere.
    return _place_answer(book, *vague) if vague and by_fit else None


#: A count of stages, sessions or spells of time after "dalam": "dalam enam tahap", "dalam
#: dua gelombang", "dalam 3 hari".
_STAGES_OR_SPELL = re.compile(r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah)\s+"
                              r"(?:tahap|tahapan|kali|sesi|gelombang|putaran|kloter|shift|hari|jam|menit|minggu|pekan|bulan|tahun)\b",
                              re.IGNORECASE)


#: "dari" within a few words after an act, and the place it opens: "mendatangkan imam | dari
#: luar lapas", "dibawa langsung | dari Lapas Cipinang".
_FROM_AFTER_ACT = re.compile(r"(?:\s+(?!(?:dan|serta|yang|untuk|agar|supaya|karena|and|to|for)\b)[\w-]+){0,4}?\s+(?:dari|from)\s+",
                             re.IGNORECASE)

#: Where someone is from, not where a thing was brought from: "where were they originally
#: from?", "asalnya dari mana?", "where is the woman who queued ... from?" (a copula, no
#: verb of bringing).
_ASKS_PERSON_ORIGIN = re.compile(
    r"\b(?:originally|berasal|asal\w*|hometowns?|(?:warga|orang|penduduk)\s+mana|hails?|hailed|(?:come|came|comes)\s+from)\b"
    r"|^\W*(?:and\s+)?where\s+(?:is|are|was|were)\b(?![^?]*\b(?:brought|taken|sent|bought|ordered|obtained|imported|"
    r"shipped|delivered|supplied|sourced|got|gotten|invited|recruited|hired)\b)", re.IGNORECASE)
#: The first word of a place a thing is brought from: a name, or a word of place.
_PLACE_OPENING = re.compile(r"(?-i:[A-Z])|(?:luar|dalam|sekitar|lapas|rutan|kota|desa|kampung|daerah|wilayah|kabupaten|"
                            r"provinsi|pulau|negara|negeri|pasar|toko|rumah|kantor|sekolah|pondok|pesantren|gudang|kebun|"
                            r"lahan|kawasan|lingkungan|masyarakat|pihak)\b", re.IGNORECASE)


def _origin_after_act(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Where the question's act brought its object from: the place after "dari" right behind
    the act in the answering article's best sentence that has one."""
    docs = evidence.answer_docs()[:1]
    for scored in evidence.focus_sentences()[:12]:
        if scored.doc_id not in docs:
            continue
        for word in words_naming(scored.text, evidence.concepts.verbs):
            after = _FROM_AFTER_ACT.match(scored.text, word.end())
            if after is None:
                continue
            stop = _PLACE_END.search(scored.text, after.end())
            place = _before_verb(scored.text[after.end() : stop.start() if stop else len(scored.text)].strip(" ,"))
            if (not place or not _PLACE_OPENING.match(place) or len(place.split()) > LANDMARK_WORDS
                    or _generic(place) or _named_by(evidence.frame.question, place)):
                continue  # "terlihat lain dari biasanya" names no place
            return _place_answer(book, place, scored, word.start(), after.end() + len(place))
    return None


#: Inside, under or behind something, right after an act: "tersembunyi di dalam sebuah
#: kemasan", "diselipkan di balik", "disimpan di bawah kasur".
_INSIDE_AFTER = re.compile(r"\s+(?:di\s+)?(?:dalam|balik|bawah|sela-sela|sela|selipan|lipatan)\b", re.IGNORECASE)


#: A place phrase that names no place but a number of them: "sejumlah lapas", "several prisons".
_VAGUE_PLACE = re.compile(r"(?:sejumlah|beberapa|berbagai|banyak|several|various|some|a number of"
                          # "bekerja di luar kota": a later sentence may say which town.
                          r"|luar (?:kota|daerah|pulau|negeri)"
                          # "berlari ke arah belakang": a direction; a later sentence may say
                          # where they went ("melarikan diri ke Kabupaten Sanggau").
                          r"|arah (?:belakang|depan|samping|utara|selatan|timur|barat|hutan|sungai|pantai|laut|kebun))\b",
                          re.IGNORECASE)


def _place_answer(book: CitationBook, place: str, scored: ScoredSentence, start: int, end: int) -> list[str]:
    """``**place** [n]`` with the clause from the act to the place's end quoted under it."""
    n = book.cite(scored.chunk)
    return [f"**{place}** [{n}]", "", f"> {quote(excerpt(scored.text, start, end))} [{n}]"]


def _regions(text: str, level: str, also: str | None = None) -> list[tuple[int, int]]:
    """The regions a text names, each from the asked ``level``'s part when one is asked
    ("Desa Maku, Kecamatan Dolo, Kabupaten Sigi" for a village), on to the part ``also``
    asked beside it ("Desa Masahan, Kecamatan Mojosongo" for a village and a district)."""
    spans = []
    for match in REGION.finditer(text):
        start, end = match.span(1)
        known = find_places(text[start:end])
        if known:  # "Provinsi Bali Pramella Yunidar Pasaribu": the region ends with its name
            end = start + max(place.end for place in known)
        if level:
            part = re.search(rf"\b(?:{level})\s", text[start:end])
            if part is None:
                continue
            start += part.start()
        else:
            start = _with_bare_district(text, start, known)
        if also:
            other = re.search(rf"\b(?:{also})\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?", text[start : match.end(1)])
            if other is not None:
                end = max(end, start + other.end())
        spans.append((start, end))
    return spans


#: A place written bare right before a region: "di daerah Padarincang, Kabupaten Serang".
_BARE_BEFORE = re.compile(r"\b(?:di|ke|dari|daerah|wilayah|kawasan|in|at)\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?),\s*$",
                          re.IGNORECASE)


def _with_bare_district(text: str, start: int, region: list) -> int:
    """Where a region starts when a district or village of its province is written bare
    before it ("Padarincang, Kabupaten Serang"): at that name."""
    bare = _BARE_BEFORE.search(text[:start])
    if bare is None or not region:
        return start
    places = find_places(bare.group("name"))
    if any(p.kind in ("district", "village") and p.province == region[0].province for p in places):
        return bare.start("name")
    return start


#: A region named bare after a preposition: "ke wilayah Riau", "di Bintan".
_BARE_REGION = re.compile(r"\b(?:ke|di|dari|menuju|to|in)\s+(?:wilayah\s+|daerah\s+|kawasan\s+)?"
                          r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")


#: The next name of an enumeration after a region: ", Jawa Tengah", ", hingga Belitung", " dan Bali".
_NEXT_IN_LIST = re.compile(r"\s*(?:,\s*(?:(?:dan|serta|hingga|sampai|and|to)\s+)?|\s+(?:dan|serta|hingga|sampai|and)\s+)"
                           r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")


def _bare_regions(text: str) -> list[tuple[int, int]]:
    """The provinces, regencies and cities a text names with no kind word before them: after
    a preposition ("ke wilayah Riau"), and on through the list it opens ("mulai dari Jawa
    Timur, Jawa Tengah, hingga Belitung")."""
    spans = []
    for match in _BARE_REGION.finditer(text):
        if find_upts(text[max(0, match.start() - 30) : match.end()]):
            continue
        name_start, name = match.start("name"), match.group("name")
        while True:
            places = [p for p in find_places(name) if p.kind in ("province", "regency", "city")]
            if not places:
                break
            spans.append((name_start + places[0].start, name_start + places[0].end))
            following = _NEXT_IN_LIST.match(text, name_start + places[0].end)
            if following is None:
                break
            name_start, name = following.start("name"), following.group("name")
    return sorted(set(spans))


def _upt_places(text: str) -> frozenset[str]:
    """The lowercase places of the UPTs a text names ("Lapas Serang" → "serang")."""
    return frozenset(
        word.lower() for name in find_upts(text) for word in (upt_place(name) or "").split()
    )
