"""Question understanding: language, question type, time expressions and follow-ups.

The result, a ``QuestionFrame``, tells the retriever what to search for and the composer
what kind of span to answer with (a name, a date, a place, a number, a list).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from rag.dates import MONTHS_EN, MONTHS_ID, DateQuery, parse_question_dates
from rag.glossary import load_glossary
from rag.indonesian import root_words, stem
from rag.language import detect_language
from rag.people import posts_in_question
from rag.records import Turn
from rag.regions import find_places, place_words, provinces_in_question
from rag.upt import asked_upts, find_upts

#: Question types, checked in order: the first pattern that matches decides. "How many"
#: precedes "which" so "berapa UPT ..." is a count; "list" precedes "who" so
#: "siapa saja ..." asks for several people.
#: An Indonesian question asking where money came from: "duit buat bangun gedung itu
#: asalnya dr mana?", "sumber dananya apa?" (read by the question types and by the what
#: composer, which answers with the report's "bersumber dari ...").
ASKS_FUND_SOURCE_ID = (r"\b(dana|duit|uang|anggaran|biaya|modal|pendanaan)(nya)?\b[^?]*\b(asal(nya)?|bersumber|berasal|"
                       r"sumber(nya)?)\s+(dari\s+)?(mana|apa)\b|\bsumber (dana|anggaran|biaya|pendanaan)(nya)?\b"
                       # "dari mana duitnya?": the source asked before the money.
                       r"|\b(?:dari ?mana|darimana)\s+(?:\w+\s+)?(?:dana|duit|uang|anggaran|biaya|modal|pendanaan)(?:nya)?\b"
                       r"|\b(?:dana|duit|uang|anggaran|biaya|modal|pendanaan)(?:nya)?\s+(?:\w+\s+)?(?:dari ?mana|darimana)\b")

#: A place in a sequence or a rank asked ("kasus ke berapa", "yang keberapa", "where did the
#: team finish?"): read with the counts (``how_many`` answers it with an ordinal).
ASKS_RANK = re.compile(r"\bke-?\s?berapa\b|\bkeberapa\b|\bwhere did\b[^?]*\b(?:finish|finished|end up|ended up|rank|ranked)\b"
                       # "tied to which edition of Hari Bhakti Pemasyarakatan?": its "ke-57".
                       r"|\b(?:which|what) (?:edition|anniversary|iteration|installment|instalment)\b",
                       re.IGNORECASE)

#: "What did <someone> <do> ...?": a thing is asked, the object of the main act.
ASKS_OBJECT = re.compile(r"^\W*(?:and |so |then |but )?what (?:did|do|does|will|would) ", re.IGNORECASE)

#: A thing whose name is asked ("what is the name of the special unit"): no person.
_THING_NAMED = (r" (?:of the )?(?:[\w-]+ ){0,2}(?:unit|team|squad|programme|program|app|application|service|clinic|"
                r"temple|mosque|church|block|building|room|ward|hall|band|group|product|brand|facility|festival|"
                r"contest|competition|operation|policy|initiative|school|course|training|company|firm|foundation|"
                r"hospital|radio|station|system|song|book|film|village|district|street|road|method|module|"
                r"cooperative|shop|outlet|garden|farm|boat|vehicle|campaign|movement|award)s?\b")
_KINDS_EN = [
    # "On what date and at what time did he die?": the day with its hour.
    ("when", r"\b(date|day) and (the |at what |what )?time\b"),
    # "How often does he say raids are held?": a frequency is stated, whatever the turn
    # before asked.
    ("what", r"^\W*(?:and |so |then |but )?how (?:often|frequently)\b"),
    # "What's the wallet called where their pocket money is kept?": a name given to a thing,
    # whatever the relative clause after it asks.
    ("what", r"^\W*what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:[\w'-]+\s+){0,5}?called\b"),
    ("time", r"\b(what|which) time\b|\bat what hour\b|\b(between|from|during) what (times?|hours?)\b|\bwhat times\b"
             r"|\b(what|which) hours\b"),
    # "Where did the team finish?": a rank, read with the counts.
    ("how_many", (rf"{ASKS_RANK.pattern}|\bhow (many|much|long|old|high|deep|tall|far|big|large|overcrowded|crowded)\b|\bwhat('s| was| is| were) (the|its|their) ([\w-]+ ){{0,2}}(number|total|population|count|"
     r"capacity|amount|size|price|cost|age|share|percentage|value|sum|budget)\b"
     # "What total value of assets was kept there?": an amount asked by its kind.
     r"|\bwhat (total |combined |overall |estimated )?(value|amount|sum)\b"
     # "What per-inmate daily food cost did they use?": a cost asked by its kind.
     r"|\bwhat ([\w-]+ ){0,3}(cost|price|fee|rate|budget|allowance|wage|salary|payment|pay|stipend|incentive) ((per|a|each) [\w-]+ )?"
     r"(did|does|do|was|is|were|are|had|has)\b"
     # "What share of inmates were registered?": a percentage is a quantity; so is a price.
     r"|\bwhat (do|does|did) [^?]*\b(cost|sell for)\b"
     r"|\bwhat (share|percentage|proportion|fraction|portion|percent)\b"
     r"|\b(the|total) number of\b")),
    # "What did the inmate use to get away, and whose was it?": a question opening with
    # "what did" asks for a thing, whatever question word comes later.
    ("what", ASKS_OBJECT.pattern),
    # "On whose instructions was the raid held?": the one who gave the order.
    ("who", r"\bon whose (?:instructions?|orders?|request|initiative|authority)\b|\b(?:instructed|ordered) by whom\b"),
    ("who", (r"\b(which|what) (?:of (?:the |these |those )?)?(?!(?:are|is|was|were|do|does|did|should|must|can|will|have|has|had) )"
             # "Which prisons searched inmates' cells?" lists prisons; the inmates are the object.
             # "Which prison official confirmed it?": a unit word before a person's is the scene.
             # "Which categories of inmates were left out?": kinds of people, not people.
             r"(?!(?:categories|kinds|types|sorts|classes|groups)\s+of\b)"
             r"(?!(?:prisons?|upts?|units?|lapas|rutan|bapas|detention|offices?|institutions?|facilities)\b"
             r"(?!\s+(?:officials?|officers?|guards?|wardens?|heads?|chiefs?|staff|employees?|spokes\w+|doctors?)\b))"
             # "What contraband did officers seize?": past an auxiliary the people are the
             # subject, and the thing before it is asked.
             # ("which services for inmates": the people after a preposition are not the head.)
             r"(?:(?!(?:did|do|does|was|were|is|are|had|has|have|will|would|could|can|for|to|with|by|from|in|at|on|"
             # ("Which Directorate General of Corrections official led it?": a body's name with
             # its "of".)
             r"among)\b)[\w-]+ ){0,2}(?:of [\w-]+ )?"
             r"(officials?|persons?|people|officers?|head|commissioners?|"
     r"leaders?|man|woman|commanders?|chief|instructors?|trainers?|teachers?|doctors?|medics?|nurses?|physicians?|"
     r"policem[ae]n|police|guards?|wardens?|spokes(?:person|man|woman)|speakers?|chair(?:man|woman|person)?|"
     r"secretary|director|minister|governor|mayor|regent|judge|prosecutor|lawyer|inmates?|prisoners?|convicts?|"
     r"rectors?|deans?|lecturers?|activists?|researchers?|observers?|experts?|journalists?|reporters?|witness(?:es)?|"
     # "Which pastor led the service?": clergy are people.
     r"pastors?|priests?|preachers?|clerics?|imams?|ustadz|monks?|"
     # "Which partner ran the course?": an organisation may be who did it ("which agencies"
     # asks for a list).
     # "What inmate-made goods ...?": a person word compounded with a hyphen names a thing.
     r"partner|agency|organi[sz]ation|company|firm|sponsor)\b(?!-)"
     # "Which local police and military units backed up security?": several bodies, listed
     # ("Which police unit ...?" asks for one, which the who reader names).
     # "What kinds of inmate products were shown?": a person word that qualifies a thing.
     r"(?!(?:\s+and\s+[\w-]+)?\s+(?:units|stations|posts|offices|departments|commands|forces|bodies|precincts|"
     r"products?|goods|works|crafts|handicrafts|items|belongings|possessions)\b)")),
    # "when" asks at the start or before its verb ("when was", "when did"); "... suggest when
    # he inspected the prison" only dates the scene.
    ("when", (r"^\W*when\b|\bwhen (?:was|were|is|are|did|does|do|will|would|had|has|have|could|can)\b"
              r"|\bwhat (?:exact |precise |specific )?(dates?|days?|time)\b|\bwhich (?:exact )?(dates?|days?)\b"
              r"|\bon what (?:exact |precise |specific )?(date|day)\b"
              r"|\b(?:in|during|since) (?:what|which) (?:year|month)s?\b|^\W*(?:what|which) (?:year|month)s?\b")),
    # "How was the celebration paid for?", "how did they escape?": a manner or means is a
    # what, whatever the turn before asked ("how about ..." asks nothing of its own).
    ("what", r"^\W*(?:and |so |then |but )?how (?:was|were|is|are|did|does|do|can|could|will|would)\b"),
    # "Where did the money come from?": the source of funds is a what, not a place.
    ("what", (r"\bwhere (?:did|does|do|will|would) (?:the |its |their )?(?:money|funds?|funding|budget|financing|"
              r"costs?)\b[^?]*\bcome from\b")),
    ("where", (r"\bwhere\b|\bat what (place|location)\b|\bwhich (place|location|venue|part|room|area|side|block|cell)\b|\bvenue\b"
     # "In which urban village is the field?": a place noun asked for by "which".
     r"|\b(in |at |on )?(which|what) (province|city|regency|district|region|(?:urban )?village|sub-?district|town"
     r"|kelurahan|desa|kecamatan|island|street|road|hall|building|hospital|port|harbou?r|pier|dock"
     r"|restaurant|eatery|market|bus station)\b"
     # "At which university is he a professor?": an institution named as a place.
     r"|^\W*(?:at|in|from)?\s*(?:which|what) (?:university|campus)\b"
     # "Which regional office is LPKA Palu under?": the office a unit comes under.
     # ("Under which regional corrections office ...?": a word may stand inside the name.)
     r"|\b(which|what) (?:[\w-]+ )?(regional (?:[\w-]+ )?office|kanwil)\b"
     # "Which prison could the owners be moved to?": a destination, one report's unit.
     r"|\bwhich (?:[\w'’-]+ ){0,2}(?:prison|jail|lapas|rutan|detention cent(?:re|er)|facility|unit)\b[^?]*"
     r"\b(?:moved|transferred|sent|taken|brought|relocated|shifted|flown|escorted|returned)\s+(?:back\s+)?(?:to|into)\b"
     # "Which facility hosted the roll call?": the venue, a unit in one report.
     r"|\b(which|what) (?:[\w-]+ )?(facility|prison|jail|detention cent(?:re|er)|institution|compound) "
     # "at which facility was that national event centred?": where it was centred.
     r"(hosted|held|was (?:the )?(?:venue|host)|was [^?]{0,60}\b(?:centred|centered|based|held|hosted))\b")),
    # "Which foundations did Lapas Pangkalan Bun sign with?": past an auxiliary the unit is
    # the subject, and the things before it are asked.
    ("list", (r"\bwhich (?:of (?:the )?)?(?:(?!(?:did|do|does|was|were|is|are|has|have|had|will|would|can|could)\b)"
     # ("Which three business units ... were harvested?": a unit of production, not a UPT.)
     r"[\w'’-]+ ){0,3}(upts?|(?<!business )(?<!production )(?<!farming )units?|prisons?|lapas|rutan|bapas|offices?|"
     # ("Which outside institutions did the office bring in?": bodies from outside, not UPTs.)
     r"(?<!outside )(?<!external )(?<!partner )(?<!non-corrections )institutions?|facilities|"
     # "Which two Ternate prison staff were relieved?": people of a unit, not units.
     # "Which of the Tangerang youth prison's flagship services": the prison's things, not units.
     r"centres?|centers?|articles?|stories|events?|activities)\b(?!['’])(?!\s+(?:staff|staffers|employees|officers|officials|guards|"
     r"wardens|personnel|workers))"
     # ("Under which articles of the Narcotics Law ...?": a law's articles, its "pasal", not reports.)
     r"(?<!articles(?= of))|^(?:please )?list\b"
     r"|\blist (?:all|the|every)\b|\bname all\b"
     r"|\bwhat (events|activities)\b")),
    # "Of the inmates who voted, how many ...": a "who" right after a noun it describes
    # relates, it does not ask.
    ("who", (r"(?<!inmates )(?<!prisoners )(?<!detainees )(?<!people )(?<!staff )(?<!officers )"
             r"(?<!those )(?<!employees )(?<!voters )(?<!inmate )(?<!prisoner )(?<!detainee )(?<!convict )"
             rf"(?<!person )(?<!man )(?<!woman )(?<!officer )(?<!one )(?<!anyone )(?<!someone )\bwho\b|\bwhom\b|(?<![a-z] )\bwhose\b|\b(?:and|in|of|to|by|from|with|for) whose\b|\bwhat is the name\b(?!{_THING_NAMED})|\bname of the\b(?!{_THING_NAMED})|^name (?:the|both|all)\b"
     r"|\b(role|position|job|title) of\b")),
]
_KINDS_ID = [
    # "Tanggal dan jam berapa ...?" asks for the date with the hour: a when-question.
    ("when", r"\b(tanggal|hari)\s+(dan|&)\s+(jam|pukul)\b"),
    ("time", r"\b(pukul|jam) berapa\b"),
    ("when", r"\b(tanggal|hari|bulan|tahun) (berapa|apa)\b|\bkapan(kah)?\b"),
    # "Rutin diadakan tiap berapa lama?", "berapa bulan sekali?": a frequency.
    ("what", r"\bseberapa sering\b|\b(?:tiap|setiap) berapa\b|\bberapa (?:\w+ )?sekali\b"),
    # "penggagalan yang keberapa?": a place in a sequence, read with the counts.
    # ("Data jumlah penghuni ... itu per tanggal berapa?" asks the date of a count.)
    ("how_many", (rf"\bberapa(kah)?\b(?! tanggal)(?<!tanggal berapa)|\bseberapa luas\b"
                  # ("... data jumlah anak itu disampaikan kapan?": the count is the scene.)
                  rf"|\bjumlah\b(?!.*\b(?:(?:tanggal|hari|bulan|tahun) (?:berapa|apa)|kapan(?:kah)?|siapa(?:kah)?)\b).*\?$"
                  rf"|{ASKS_RANK.pattern}")),
    ("when", r"\bkapan(kah)?\b|\btanggal berapa\b|\bhari apa\b"),
    # "Duit buat bangun gedung itu asalnya dr mana?": the source of funds is a what, not a place.
    ("what", ASKS_FUND_SOURCE_ID),
    # ("tempat cuci mobil", "tempat nyoblosnya": a place named in passing asks nothing;
    # "tempatnya?", "di tempat mana" do.)
    ("where", (r"\b(di ?mana|dimanakah|di manakah|ke ?mana|dari ?mana)\b|\blokasi(nya)?\b"
     r"|\btempat(nya)?\s+(di\s*mana|mana|apa)\b|\btempatnya\s*\??\s*$|^\W*tempat(nya)?\b|\btempat-tempat\b"
     r"|\b(provinsi|kabupaten|kota|daerah|wilayah|negara|pulau|warga|asal|orang|penduduk) (apa|mana)\b"
     r"|\b(bagian|sebelah|sisi|ruang|ruangan|blok|kamar|sel|wisma) (apa|mana)\b"
     r"|\b(kelurahan|desa|kecamatan|kampung|jalan|gedung|aula|rumah sakit|dermaga|pelabuhan|gereja|masjid|musala|"
     r"hotel|bandara|lapangan|pantai|pasar|vihara|pura|klenteng|kelenteng|stadion|taman|makam|pendopo|alun-alun"
     r"|rumah makan|restoran|warung|terminal) (apa|mana)\b"
     # "nyoblosnya di tps mana?": the polling station, a place ("TPS nomor berapa" is a label).
     r"|\b(di|ke) tps (mana|apa)\b"
     # "diserahkan ke polsek mana?", "dirawat di rumah sakit mana?": a place a noun of its
     # kind names.
     r"|\b(di|ke) (polsek|polres|polresta|polda|rs|rsj|rsud|puskesmas|klinik|sekolah|kantor) mana\b"
     # "Nama rumah sakit jiwa tempat Budi dibantarkan apa?": a place asked by its name.
     r"|\bnama (rumah sakit|rs|rsj|rsud|klinik|puskesmas|masjid|gereja|hotel|sekolah|lapangan|aula|gedung)\w*\b"
     # "di bawah kanwil mana?": the regional office a unit comes under.
     r"|\b(kanwil|kantor wilayah) (\w+ )?(mana|apa)\b")),
    # "Lapas mana saja ...", "UPT apa saja ...": units; "Tema TPS di Lapas Madiun apa saja?"
    # asks for themes ("apa saja" lists units only right after the unit word).
    ("list", (r"\b(upt|lapas|rutan|bapas|rupbasan|lpka|unit|satker|kantor|instansi|lembaga)\b"
     r"[^?]*\b(?<!daerah )(?<!kota )(?<!provinsi )(?<!wilayah )(?<!negara )(?<!pulau )(?<!di )(?<!dari )"
     r"(?<!lokasi )(?<!tempat )mana(kah)? saja\b"
     r"|\b(upt|lapas|rutan|bapas|rupbasan|lpka|unit|satker|kantor|instansi|lembaga)(?:\s+\S+){0,3}"
     r"(?<!\bhari)(?<!\btanggal)(?<!\bbulan)(?<!\btahun)\s+apa(kah)? saja\b"  # ("Rutan Batam buka hari apa saja")
     r"|\b(upt|lapas|rutan|bapas|lpka|rupbasan|unit|satker|instansi) (mana|apa)\b"
     # "Lembaga pemasyarakatan mana ...?", "rumah tahanan mana": a unit's full name.
     r"|\b(lembaga pemasyarakatan|rumah tahanan(?: negara)?|balai pemasyarakatan) mana\b"
     r"|\b(?<!daerah )(?<!kota )(?<!provinsi )(?<!wilayah )(?<!negara )(?<!pulau )(?<!di )(?<!dari )(?<!lokasi )"
     # "daftar harga", "daftar pemilih": a list the report speaks of, not one asked for.
     r"(?<!tempat )mana saja\b|\bdaftar\b(?!\s+(?:harga|pemilih|tetap|hadir|tunggu|menu|isian)\b)|\bsebutkan (semua|seluruh)\b"
     r"|\bkegiatan apa saja\b|\bapa saja kegiatan\b"
     # "Sebutkan lapas-lapas di Kalsel yang ...": units to enumerate.
     r"|\bsebut(?:kan|in)\s+(?:semua\s+|seluruh\s+)?(?:upt|lapas|rutan|bapas|lpka|rupbasan)(?:-\w+)?\b")),
    # "Nama pura itu artinya apa?": the meaning of a name is asked, not a person.
    # (Read from the start: "Nama" opens the question, yet no name is asked.)
    ("what", r"^(?=.*(?:\b(?:arti|makna)(?:nya)?\s+apa\b|\bapa\s+(?:arti|makna)(?:nya)?\b|\bberarti apa\b))"),
    # "Pejabat Kanwil Jabar mana yang menyebut ...?": which official is who.
    # ("Nama lapas-lapas tujuannya apa saja?": the names of units or places, not of people.)
    ("who", (r"\bsiapa(kah)?\b|\bnama\b(?!(?:-nama)?\s+(?:lapas|rutan|lpka|bapas|upt|tempat|lokasi|daerah|kota|desa|"
             r"kegiatan|program|acara|lomba|aplikasi|inovasi|produk|barang|tim|kelompok|grup|band|"
             # "nama rumah sakitnya apa": the name of a place or a body, not of a person.
             r"rumah\s+sakit\w*|rs|rsj|rsud|klinik\w*|puskesmas|perusahaan\w*|yayasan\w*|sekolah\w*|"
             r"pesantren\w*|jalan\w*|gedung\w*|ruang\w*|blok\w*|obat\w*|motif\w*|merek\w*)\b)|\b(jabatan|peran)\b"
             r"|^(?:pejabat|petugas|pegawai|tokoh|personel|polisi|dokter)\b(?:\s+\S+){0,4}?\s+mana\b")),
    # "Gimana cara mereka kabur?": a manner; "bagaimana dengan Rutan Blora?" asks nothing of
    # its own and leans on the turn before.
    ("what", r"\b(bagaimana|gimana)\b(?! (dengan|kalau|kalo|untuk|soal)\b)"),
]

#: Words that make a short question lean on the previous turn ("and when?", "siapa kepalanya?").
_FOLLOWUP = re.compile(
    # "ok, and which ...?": a word of assent before the opener changes nothing.
    r"^(?:(?:ok|oke|okay|oh|hmm|nah|well|right|sip)\W+)?"
    r"(and|what about|how about|also|then|so|dan|lalu|terus|kalau|jadi|bagaimana dengan|apakah juga)\b"
    r"|\b(it|its|they|them|their|he|she|his|her|that|this|there|those|the same)\b"
    r"|\w+nya\b|\b(tersebut|itu|ini|beliau|mereka|sana|di situ)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class QuestionFrame:
    """What the question asks, as the retriever and the composer need it.

    Attributes:
        question: the question as asked (trimmed).
        language: ``"id"`` or ``"en"``.
        kind: ``who``, ``people`` (several persons), ``when``, ``time`` (of day), ``where``,
            ``how_many``, ``items`` (an enumeration: "barang apa saja"),
            ``list``, ``what``, ``why``, ``yesno``, ``summary``, or about the article
            itself: ``author``, ``outlet``, ``published``.
        search_text: the text to retrieve with; for a follow-up, the question plus the
            previous question it leans on.
        date_query: the period the question asks about, if it names one.
        is_followup: whether the previous turn was used.
        context: the previous question a follow-up leans on ("" otherwise).
        provinces: provinces the question restricts to ("in East Java", "di Pulau Jawa"),
            applied like a filter on the articles' provinces.
        region_phrases: the words that say so, left out of the question's concepts (an
            article in Pontianak need not say "Kalimantan Barat").
        locating_phrases: provinces named only to say where a town is ("Lapas Banjarbaru,
            Kalsel"): read as ordinary words, not as names every answer must hold.
        answer_figures: for a follow-up, the figures of the previous answer ("139"), which
            tell its report from another about the same unit.
    """

    question: str
    language: str
    kind: str
    search_text: str
    date_query: DateQuery | None
    is_followup: bool
    context: str = ""
    provinces: frozenset[str] = frozenset()
    region_phrases: tuple[str, ...] = ()
    locating_phrases: tuple[str, ...] = ()
    answer_figures: tuple[str, ...] = ()


#: "Who attended?" asks for the participants, usually agencies and groups, not a person.
_ATTENDANCE = re.compile(
    r"\b(hadir|dihadiri|menghadiri|peserta|diikuti|mengikuti|ikut|attend(ed|ees|ing)?|"
    r"participa\w*|took part|joined|present)\b"
)
#: "Yang bantuin mindahin napi siapa aja?": helpers are most often agencies (Kodim, Polsek),
#: even when asked for with "siapa saja".
_HELPED = re.compile(r"\b(membantu|bantu\w*|dibantu|helped|assisted)\b")


#: A who-question asking for bodies rather than persons.
#: Indonesian nouns that ask for bodies rather than persons (the what composer reads them too).
BODY_NOUNS_ID = "instansi|lembaga|aparat|unsur|organisasi"
_BODIES_ASKED = re.compile(rf"\b(?:{BODY_NOUNS_ID})(?:nya)?\b"
                           # "Lapas Karang Intan gandeng siapa aja?": whom a unit partners
                           # with is a body.
                           r"|\b(?:gandeng|menggandeng|digandeng|bermitra|berkolaborasi|(?:be)?kerja ?sama|(?:ber)?koordinasi)"
                           r"(?:\s+(?:dengan|sama))?\s+siapa\b"
                           r"|\b(?:dengan|sama) siapa\b[^?]*\b(?:gandeng|menggandeng|digandeng|bermitra|berkolaborasi|"
                           r"(?:be)?kerja ?sama|(?:ber)?koordinasi)\b")


#: A group asked by what it is made of: "terdiri dari siapa saja", "made up of whom".
_COMPOSITION_ASKED = re.compile(r"\bterdiri\s+(?:dari|atas)\s+siapa\b|\b(?:consist(?:s|ed)?|made up|composed)\s+of\s+(?:whom|who)\b")


#: Questions about the article itself, answered from its metadata, checked before the rest.
_META_KINDS = [
    # "who is the reporter?" asks for the writer; "talk to the local reporter" is the scene.
    # ("did the band play a song written by one of the inmates?" asks about the song.)
    ("author", (r"\bwho (wrote|reported|authored)\b|\bauthor\b"
     r"|\b(?:article|story|report|news|piece|it)\s+(?:was\s+)?written by\b|\bwritten by whom\b"
     r"|\bwho (?:is|was) the (?:\w+ )?reporter\b|\bwhich reporter\b|\bnames? of the (?:\w+ )?reporter\b"
     r"|\breporter'?s name\b"
     r"|\bpenulis(nya)?\b|\bditulis oleh\b|\bsiapa yang menulis\b"
     # "wartawannya siapa?" asks for the writer; "futsal lawan wartawan" is the scene.
     r"|\bwartawan(nya)? (siapa|yang menulis)\b|\bsiapa (nama )?wartawan(nya)?\b"
     r"|\bnama wartawan(nya)?\b")),
    ("outlet", (r"\bwhich (outlet|site|website|media|newspaper|news site)\b|\bpublished (by|on which|where)\b"
     r"|\b(media|situs|portal) (apa|mana)\b|\bdimuat (di|oleh)\b|\bsumber berita(nya)?\b")),
    ("published", (r"\bwhen was (the|this|that) (article|story|news|report)\b.*\b(published|posted|released)\b"
     r"|\bpublication date\b|\bkapan (artikel|berita)\b.*\b(terbit|dimuat|diterbitkan)\b"
     r"|\btanggal terbit\b")),
    ("summary", (r"\bsummar(y|ise|ize)\b|\boverview\b|\bwhat is the (article|story|news) about\b"
     r"|\btell me about\b|\bringkas(an|kan)?\b|\brangkum(an|kan)?\b|\bintisari\b"
     r"|\b(artikel|berita) (itu |ini )?tentang apa\b|\bceritakan\b")),
    ("people", (r"\bsiapa saja\b|\bwho (are|were) (the|all)\b|\b(which|what) (?:(?!(?:do|does|did|are|were|is|was|have|has|had|will|would)\b)[\w-]+ )?officials\b"
     r"|\bpejabat (mana|apa) saja\b|\b(?:give|list) (?:their|the) names\b"
     # "Sebutkan dua Kalapas …", "name both heads …", "nama-nama instruktur …": people, not
     # units or things.
     r"|\b(?:sebut(?:kan|in)(?: (?:dong|donk|deh|ya|aja))? (?:dua|tiga|empat|lima|kedua|ketiga|keempat|kelima|semua|seluruh|para)"
     r"|name (?:both|all|the two|the three|the four|the five|the six)"
     r"|^(?:which|who (?:are|were) the) (?:two|three|four|five|six)(?= (?:[\w-]+ )?(?:officials?|officers?|heads?|"
     r"directors?|director-generals?|ministers?|inmates?|prisoners?|people|persons|men|women|guards?|wardens?|"
     r"leaders?|chiefs?|members?|judges?|regents?|mayors?|governors?|speakers?|instructors?|doctors?)\b)"
     r"|nama-nama|nama2|nama para|names of)"
     r" (?!(?:the )?(?:upt|upts|lapas|rutan|bapas|lpka|rupbasan|unit|units|satker|kantor|kanwil|kegiatan|acara|"
     r"berita|artikel|barang|tps|prisons?(?! (?:officers?|staff|guards?|employees|officials))|centres?|centers?|"
     r"offices?|events?|items?|articles?)\b)")),
    # "At TPS 901 on election day, why were ...": after a leading phrase, too.
    # "And why had he stopped ...?", "trus knp ...?": a chat turn may open with its "and".
    ("why", (r"(?:^|,\s*)why\b|^(?:and|so|but|then) why\b|,\s*(?:so|but|then) why\b|\bwhat\b[^?]*\bbe (?:used|turned into|converted into)\b|\bwhat (was|is|were) the (?:(?:[\w-]+ ){0,2}[\w-]+(?:'s|’s) )?(?:(?:real|main|actual|true|underlying) )?(purpose|aim|goal|reason|objective|point|cause)s?\b"
     # "What caused the water to get in?", "apa penyebabnya?": a cause is asked.
     r"|\bwhat (caused|led to|made|triggered)\b|\bhow come\b"
     # "what does he reckon made them break down?": a cause, in someone's view.
     r"|\bwhat\s+(?:do|does|did)\s+(?:[\w'-]+\s+){1,5}?(?:reckon|think|believe|say|suspect|suppose|guess)s?\s+"
     r"(?:caused|led to|made|triggered|(?:is|was|are|were|lies|lay) behind)\b"
     # "What is behind the rise ...?", "what lay behind it?": a cause.
     r"|\bwhat(?:'s|’s|\s+(?:is|was|are|were|lies|lay))\s+behind\b"
     # "What reasons did the head give for ...?": the reasons the report gives.
     r"|\bwhat\s+(?:\w+\s+)?(?:reasons?|causes?)\s+(?:did|do|does|were|are|was|is|had|have)\b"
     # "What gave Ahok the idea of ...?", "what prompted the move?": where it came from.
     r"|\bwhat (?:gave \w+(?: \w+)? the idea|prompted|inspired|motivated|drove)\b|\bapa(?:kah)? (?:yang )?(?:penyebab|menyebabkan|memicu|pemicu|melatarbelakangi|mendasari|mendorong)"
     r"|\bpenyebab(?:nya)? (?:apa|dari)\b"
     # "Apa yang membuat 90 warga binaan terancam tidak bisa memilih?", "what made them ...":
     # what brought a state about ("apa yang dibuat" asks what was made).
     r"|\bapa(?:kah)? (?:yang |yg )?membuat\b(?=[^?]*\b(?:tidak|tak|terancam|gagal|batal|harus|terpaksa|ingin|mau|bisa)\b)"
     r"|\bwhat made\b"
     r"|\bfor what (purpose|reason)\b|(?:^|,\s*)(mengapa|kenapa|knp|ngapain)\b"
     r"|^(?:dan|lalu|terus|trus|tapi|jadi|nah) (?:mengapa|kenapa|knp|ngapain)\b"
     # "lalu menurut dia kenapa ...?": after whose view is asked.
     r"|^(?:(?:dan|lalu|terus|trus|tapi|jadi|nah)\s+)?menurut\s+(?:[\w-]+\s+){1,3}?(?:mengapa|kenapa|knp)\b"
     # "ribut gara-gara apa?", "karena apa?": a cause asked after its event.
     r"|\b(?:gara-gara|gara2|garagara|karena|sebab) apa\b|\b(apa|apakah) tujuan(nya)?\b"
     r"|\btujuan(nya)? (apa|dari)\b|\b(untuk|buat) apa\b|\balasan(nya)?\b|\bdalam rangka apa\b"
     # "What occasion was the raid held to mark?", "peringatan apa?": an occasion is asked.
     r"|\bon what occasion\b|\bwhat was the occasion\b|\bwhat occasion\b|\b(?:held|staged|organi[sz]ed) to mark\b"
     r"|\bmemperingati apa\b"
     # "What is the Kecak practice meant to do for inmates?": an aim is asked.
     r"|\bwhat (?:is|was|are|were)\b[^?]*\b(?:meant|intended|supposed|designed) to (?:do|achieve|accomplish)\b")),
    ("yesno", (r"^(did|does|do|is|was|were|are|has|have|had|can|could)\b|^apakah\b|^adakah\b"
     # "Bisakah genset itu menyala seharian?": a modal with "-kah" asks whether.
     r"|^(?:bisakah|dapatkah|bolehkah|mampukah|sanggupkah|haruskah|perlukah|sudahkah|pernahkah|masihkah|benarkah)\b"
     # "At the final of the festival, did the band play ...?": after a leading phrase.
     r"|^(?:at|in|on|during|after|before|when|while|according to|apart from|besides)\b[^?,]{2,80},\s*"
     r"(?:did|does|do|was|were|has|have|had|can|could)\s"
     # "Ada gak napi yang positif ...?": whether there is any.
     r"|^ada\s+(?:gak|nggak|ngga|ga|enggak|tidak|nda|ndak)\b"
     # "... diajarin las karbit juga gak?": a chat yes/no question ends in its "no".
     r"|^(?!.*\b(?:siapa|berapa|kapan|mana|mengapa|kenapa|bagaimana|gimana|apa)\b)"
     # "... nemu narkoba gak sih?": a particle may follow the "no".
     # "... narkoba bukan?": a tag "not" asks the same.
     r".*\b(?:gak|ga|nggak|ngga|enggak|ndak|tidak|belum|ya|kan|bukan)(?:\s+(?:sih|ya|kah|deh|dong))?\s*\??\s*$"
     # "... petugas nemuin narkoba gak sih di dalam sel?": the "no" before a closing place.
     r"|^(?!.*\b(?:siapa|berapa|brp|kapan|mana|mengapa|kenapa|knp|bagaimana|gimana|apa|apaan)\b)"
     r".*\b(?<!yang )(?<!yg )(?:gak|ga|nggak|ngga|enggak|ndak|tidak)(?:\s+(?:sih|ya|kah))?\s+(?:di|ke|dari|pas|waktu|saat)\s+"
     r"[^?]{0,40}\??\s*$"
     # "... masih muat gak buat nampung tahanan yg ada skrg?": a chat "no" mid-question.
     r"|^(?!.*\b(?:siapa|berapa|brp|kapan|mana|mengapa|kenapa|knp|bagaimana|gimana|apa|apaan)\b)"
     r".*\b(?:masih|bisa|boleh|sudah|udah|pernah|mau|ada)\s+(?:[\w,]+\s+){0,8}?(?:gak|nggak|ngga|enggak|ndak|tidak)\b"
     r"(?!\s+(?:ada|bisa|boleh|mau|pernah|sudah)\b).*\?\s*$")),
]


def question_kind(question: str, language: str) -> str:
    """The type of answer ``question`` expects (see ``QuestionFrame.kind``)."""
    return explicit_kind(question, language) or "what"


#: "which one", "which of them", "yang mana": one of those the question names.
_WHICH_ONE = re.compile(r"^\W*(?:and |so |then )?which (?:one|of them)\b", re.IGNORECASE)
#: People a question names, whom "which one" picks from: inmates, and officers.
_INMATES_NAMED = re.compile(r"\b(?:inmates|prisoners|convicts|escapees|detainees|fugitives)\b", re.IGNORECASE)
_OFFICERS_NAMED = re.compile(r"\b(?:officers|guards)\b", re.IGNORECASE)


def asks_one_of_people(question: str, inmates_only: bool = False) -> bool:
    """Whether the question asks "which one" of the people it names ("After four inmates
    tried to escape, which one was still on the run?"); ``inmates_only``: of inmates."""
    named = _INMATES_NAMED.search(question) or (not inmates_only and _OFFICERS_NAMED.search(question))
    return bool(named and _WHICH_ONE.search(_SETTING_CLAUSE.sub("", _last_question(question).strip())))


def explicit_kind(question: str, language: str) -> str | None:
    """The question type its own words state, or None ("And Rutan Blora?" states none)."""
    text = _SETTING_CLAUSE.sub("", _last_question(question).lower().strip())
    if BENEFICIARY_ASKED.search(text):
        return "what"  # "disiapin buat siapa aja?": those it is for, as the report words them
    for kind, pattern in _META_KINDS:
        if re.search(pattern, text):
            if kind == "people" and _COMPOSITION_ASKED.search(text):
                # "Petugas di tiap TPS terdiri dari siapa saja?": the parts the report
                # breaks a group into ("7 anggota KPPS dan 2 petugas keamanan"), not names.
                return "items"
            if kind == "people" and _BODIES_ASKED.search(text):
                # "bareng siapa aja instansinya?", "siapa aja aparat yang dilibatkan?": bodies,
                # which the report enumerates ("BNNP Sultra, Kodim 1417 Kendari, dan ...").
                return "items"
            if kind == "people" and _HELPED.search(text) and not _names_head(question, language):
                return "what"
            return kind
    if _ASKS_PHRASE.search(text):
        # "What phrase did Jumadi use to describe the main job of ...?": the words asked,
        # whatever post or count the rest names.
        return "what"
    if asks_one_of_people(question):
        # "After four inmates tried to escape, which one was still on the run?": one of the
        # people the scene names.
        return "who"
    if language == "id" and _STAFF_WHICH.search(text):
        # "Staf rutan mana yang mendampingi ...?": which of the staff, a person, not which
        # detention centre.
        return "who"
    if language == "en" and _UNIT_OFFICIAL.search(_last_question(question)):
        # "Which Lapas Rangkasbitung official accompanied ...?": the named unit is where the
        # person asked works, not a list of units.
        return "who"
    kind = _match_kind(text, language)
    if kind in (None, "list", "what") and _OUTSIDE_BODIES.search(text) and asked_upts(question):
        # "Kendaraan di Rupbasan Ternate itu titipan dari instansi mana saja?": the bodies
        # one report names about a unit the question names, not a list of units.
        return "items"
    if kind in (None, "list", "what") and _PARTNER_BODY.search(text):
        # "trus tes urinenya kerja sama bareng instansi mana?": the body one act was done
        # with, which the report names, not a list of units; in a follow-up too, whose unit
        # is the earlier turn's.
        return "items"
    if kind == "who" and _BODIES_ASKED.search(text):
        return "items"  # "siapa instansi yang ...": a body, not a person
    if (kind in ("who", "list") and (_ATTENDANCE.search(text) or _HELPED.search(text)) and not _LIST_OF_UPT.search(text)
            and not (kind == "who" and _names_head(question, language))):
        # "Siapa yang ikut?" may be answered by agencies; "Kalapas Serang yang ikut ... itu
        # siapa?" asks for the holder of a post.
        return "what"
    if kind in (None, "what", "list") and MESSAGE_ASKED.search(text):
        # "trus pesen dia ke anak2 panti apa aja?": what someone urged, which the clause after
        # "berpesan agar" states, not a list of things the report names.
        return "what"
    if kind in (None, "what", "list") and _ITEMS.search(text) or kind in (None, "what") and _PLURAL_THINGS.search(text):
        return "items"
    return kind


#: Those a thing is for: "kamar hunian khusus disiapin buat siapa aja?", "for whom", "who
#: are the special cells meant for?". The report names them after "untuk"/"bagi", rarely by
#: their names, so this asks what follows, not a person.
BENEFICIARY_ASKED = re.compile(
    r"\b(?:untuk|buat|bagi|khusus)\s+siapa(?:kah)?(?:\s+(?:saja|aja))?\b|\bfor whom\b"
    r"|\bwho\s+(?:is|are|was|were)\b[^?]*\b(?:meant|intended|reserved|designed|built|set aside|prepared|provided)\s+for\s*\?",
    re.IGNORECASE)


#: A message asked for: "pesannya apa saja", "apa saja imbauan kalapas".
MESSAGE_ASKED = re.compile(r"\b(?:pesan|imbauan|himbauan|amanat|wejangan)(?:nya)?\b(?=[^?]*\b(?:apa|apaan)\b)"
                            r"|\b(?:apa|apaan)\s+(?:saja|aja)\s+(?:pesan|imbauan|himbauan|amanat|wejangan)\b")


#: "Which Lapas Rangkasbitung official", "which Rutan Palu officer": a unit's name (its word
#: and capitalised name words) between "which" and a person's noun.
#: A person asked by "mana" after a noun of staff, with the unit they work at between:
#: "staf rutan mana", "petugas lapas mana", "pegawai mana".
_STAFF_WHICH = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:staf|petugas|pegawai|sipir|pejabat|karyawan)\s+(?:(?:lapas|rutan|bapas|lpka|"
                          r"rupbasan|kanwil)\s+)?mana\b", re.IGNORECASE)
_UNIT_OFFICIAL = re.compile(
    r"\b[Ww]hich\s+(?:[Tt]he\s+)?(?:Lapas|Rutan|Bapas|LPKA|Rupbasan|Kanwil|Cabrutan)"
    r"(?:\s+(?:[A-Z][\w'-]*|[IV]{1,3}[AB]?|[Kk]elas|[Cc]lass|of))+"
    # "Which Lapas Narkotika Karang Intan security official": what the official does.
    r"(?:\s+(?:security|health|medical|public relations|registration|guidance|administration|finance))?\s+"
    r"(?:officials?|officers?|staff|employees?|guards?|wardens?|heads?|chiefs?|spokes\w+|doctors?)\b")
#: Bodies outside the corrections units asked for ("instansi mana saja").
_OUTSIDE_BODIES = re.compile(r"\b(?:instansi|aparat|unsur|organisasi)(?:nya)?\b(?=[^?]*\b(?:mana|apa) (?:saja|aja)\b)"

                             r"|\b(?:which|what)\s+(?:[\w()'’-]+\s+){0,4}(?:agencies|bodies|departments|organi[sz]ations)\b")
#: The body an act was done with: "kerja sama bareng instansi mana", "bersama pihak apa".
_PARTNER_BODY = re.compile(r"\b(?:dengan|bareng|bersama|sama)\s+(?:instansi|lembaga|aparat|pihak)(?:nya)?\s+(?:mana|apa)\b"
                           # "masih menunggu verifikasi di instansi mana?", "diperiksa oleh
                           # pihak mana?": the body the report names doing the act.
                           r"|\b(?:di|dari|oleh|ke)\s+(?:instansi|lembaga|pihak)(?:nya)?\s+(?:mana|apa)\b(?!\s+(?:saja|aja)\b)")
#: A question on a phrase someone used: "what phrase", "which slogan", "istilah apa".
_ASKS_PHRASE = re.compile(r"^\W*(?:what|which)\s+(?:\w+\s+)?(?:phrase|expression|slogan|motto|tagline|catchphrase)\b"
                          r"|\b(?:istilah|slogan|semboyan|moto|motto|jargon|tagline|ungkapan)(?:nya)?\s+apa\b")


#: A request that follows a question: "List their names.", "Sebutkan nama-namanya."
_GIVE_AFTER = re.compile(r"^\W*(?:please\s+)?(?:list|name|give|sebut(?:kan|in)|tulis(?:kan)?)\b", re.IGNORECASE)


def _last_question(question: str) -> str:
    """The sentence that asks, when a question tells a story first ("My nephew already got
    diversion once. Can the Bapas give it a second time?"): its kind is the question's."""
    # A sentence ends after a word of three letters or more ("case. If"), not after an
    # abbreviation ("Keppres No. 17").
    sentences = [s for s in re.split(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])", question.strip()) if s.strip()]
    asking = [s for s in sentences if s.rstrip().endswith("?")]
    if len(sentences) < 2 or len(asking) != 1:
        asked = question  # "Emang bisa ...? Kayak dua napi itu gimana?": the first asks
    else:
        asked = asking[0]
        if _GIVE_AFTER.match(sentences[-1]) and not sentences[-1].rstrip().endswith("?"):
            # "Which of the escapees had been recaptured? List their names.": the request
            # after the question says what form the answer takes.
            asked = f"{asked} {sentences[-1]}"
    # "And how is the harvest split — what share goes to the inmates?": the question after
    # the dash says precisely what the one before it asks.
    refined = _REFINED_AFTER_DASH.search(asked)
    return asked[refined.start("asks"):] if refined else asked


#: A dash followed by a question of its own.
_REFINED_AFTER_DASH = re.compile(
    r"\s[—–]\s*(?P<asks>(?:what|which|how|who|whom|when|where|why|apa|siapa|berapa|kapan|di ?mana|mengapa|kenapa)\b[^—–]*\?)\s*$",
    re.IGNORECASE)


def _names_head(question: str, language: str) -> bool:
    """Whether the question names a post whose holder it asks for: a head of a unit, or
    an office such as a deputy mayor's ("Siapa wakil wali kota yang menghadiri ...?");
    not a duty of the day ("leader")."""
    return any(post.heads_a_body or post.post_kind not in _DUTY_POSTS
               for post in posts_in_question(question, language))


#: Posts that are a duty of the day or a role in a body, not an office someone holds.
_DUTY_POSTS = frozenset({"leader", "commander", "preacher", "representative", "member", "instructor"})


#: "Barang apa saja yang ditemukan?", "what items were seized?": an enumeration, not a list
#: of articles.
_ITEMS = re.compile(
    r"\b(?!(?:upt|lapas|rutan|bapas|lpka|rupbasan|unit|satker|kantor|instansi|lembaga|kegiatan|"
    # ("buka hari apa aja?", "tahun apa saja": days and years, which the date reader lists.)
    r"acara|berita|artikel|hari|tanggal|bulan|tahun)\b)[a-z]+(?: [a-z]+)? apa saja\b|(?:^|[.!]\s+)apa saja\b"
    # "Tema-tema TPS khusus di Lapas Madiun apa saja?": a plural noun up front, enumerated.
    r"|^([a-z]+)-\1\b[^?]*\bapa saja\b"
    r"|\b(?:what|which) (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten) )?(?:[\w-]+ ){0,2}?"
    r"(?:items|things|goods|objects|themes|organi[sz]ations|agencies|bodies|contraband|aid|assistance|donations?|"
    r"equipment|supplies|gifts)\b"
    # "What did the team confiscate from the cells?": what an act of taking or giving moved.
    # ("What did officials do with the phones confiscated ...?" asks what was done with them.)
    r"|\bwhat (?:did|do|does|have|has|had) (?!(?:[\w'-]+ ){1,3}?do with\b)(?:[\w'-]+ ){1,8}?(?:confiscate|seize|find|discover|take|hand over|"
    r"donate|give|bring|smuggle)d?\b"
    # "Barang terlarang apa yang disita?": things asked by their noun.
    r"|\bbarang(?: [a-z]+)? apa\b"
    # "What were the ten instructions ...?", "apa (saja) sepuluh hal ...": a counted set.
    r"|\bwhat (?:are|were) the (?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r" [a-z]+s\b|\bapa (?:saja )?(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
    r" (?:hal|poin|butir|ikrar|instruksi|arahan|larangan|pesan)\b"
    # "Sebutkan ruang lingkup kesepahaman ...": things to enumerate (units, people and
    # times are asked by their own kinds).
    r"|^sebut(?:kan|in)\s+(?!(?:semua|seluruh|nama|siapa|\w+\s+)?(?:upt|lapas|rutan|bapas|lpka|rupbasan|unit|satker|"
    r"kantor|kanwil|kegiatan|acara|berita|artikel|tanggal|hari|kapan|kalapas|karutan|kakanwil|pejabat|petugas|"
    r"napi|narapidana|tahanan|orang)\b)"
)
#: "Which diseases were found?", "what kinds of crops": things named in the plural, asked
#: ("basis", "status" and "virus" end in "s" but are no plurals)
#: by a question that states no other kind ("which corrections units" is still a list).
#: Plural nouns a "which" asks for that are units, people, places or times (each asked by
#: its own kind), and verbs in "-s".
_NOT_PLURAL_THINGS = (
    r"(?:days|dates|years|months|weeks|times|hours|"
    r"prisons|units|upts|offices|centres|centers|facilities|institutions|articles|stories|reports|events|activities|"
    r"officials|persons|people|officers|leaders|inmates|prisoners|detainees|convicts|staff|guards|places|areas|"
    r"cities|regencies|provinces|districts|villages|towns|islands|regions|blocks|cells|rooms|is|was|does|has|"
    r"causes|makes|means|happens|remains|matters|needs|helps|leads|takes|gives|comes|goes|keeps|seems|costs|"
    r"applies|says|shows|explains|allows|requires|includes|follows)\b"
)
_PLURAL_THINGS = re.compile(
    # ("what other vocational skills": the others than those the question names.)
    r"\b(?:what|which) (?:other )?(?:kinds? of |types? of |sorts? of )?"
    # "which weightlifting techniques": one word may say what the things are of.
    # ("which inmate-made products": that word may be a hyphened compound.)
    rf"(?:(?!{_NOT_PLURAL_THINGS}|(?:did|do|were|are|had|have|will|would|could|can|should|the|its|their|other)\b)[a-z]+(?:-[a-z]+)? )?"
    rf"(?!{_NOT_PLURAL_THINGS})[a-z]+(?:ies|[^siu]s)\b"
    # "Which of the former regent's cars are parked there?": some of a plural, enumerated.
    # "Which of the Tangerang youth prison's flagship services did the assessors see?"
    rf"|\bwhich of (?:the )?(?:[\w'’-]+ ){{0,7}}?(?!{_NOT_PLURAL_THINGS})[a-z]+(?:ies|[^siu]s)\b"
    r"(?= (?:are|were|have|had|is|was|did|do|does)\b)"
    # "Sebutkan lembaga-lembaga pendidikan ...": a doubled noun is a plural to enumerate.
    r"|\bsebut(?:kan|in)\s+(?!(?:upt|lapas|rutan|bapas|lpka|rupbasan|unit|kantor|kegiatan|berita|artikel)-)([a-z]+)-\1\b"
)


#: A leading clause that sets the scene ("When the head toured the prison, what did he
#: say ...?", "Waktu Lapas Rajabasa memperbarui data pemilih, berapa ...?"): its "when" is
#: not what is asked; the question after the comma is.
_SETTING_CLAUSE = re.compile(
    r"(?i)^(?:when|while|after|before|during|as|once|if|waktu|saat|ketika|sewaktu|setelah|sesudah|"
    r"sebelum|selama|usai|kalau|kalo|jika|apabila|seandainya)\b[^,?]*,\s*(?=(?:[^,?]*\b(?:siapa|apa|berapa|kapan|mana)\b)|(?:what|who|whom|which|where|why|how|when|did|was|"
    r"were|is|are|do|does|could|can|would|will|should|has|have|had|apa|siapa|berapa|di ?mana|"
    r"mengapa|kenapa|kapan|bagaimana|apakah|bisakah|bolehkah)\b)"
)


def asked_part(question: str) -> str:
    """The question without a leading scene-setting clause (``_SETTING_CLAUSE``)."""
    return _SETTING_CLAUSE.sub("", question.strip(), count=1) if _SETTING_CLAUSE.match(question.strip().lower()) else question


_LIST_OF_UPT = re.compile(r"\b(upts?|units?|prisons?|lapas|rutan|bapas|centres?|centers?)\b")


#: A "who" after a noun phrase, which relates instead of asking: "inmates at Lapas Bontang who
#: got", not "and who led" or "tell me who led".
_RELATIVE_WHO = re.compile(
    r"\b(?!(?:and|or|but|so|then|of|to|by|from|with|for|in|on|at|me|us|know|knows|tell|say|says|said|ask|asked|"
    r"wonder|exactly|precisely|about|was|is|were|are|as)\b)[a-z0-9]+,?\s+who$")


#: A "where" after a noun, which relates: "the camp in East Java where ...".
_RELATIVE_WHERE = re.compile(_RELATIVE_WHO.pattern.removesuffix("who$") + "where$")
#: A question opening with a question word other than "where".
_OPENS_WITH_OTHER_WH = re.compile(r"^\W*(?:(?:and|so|then|but|ok|okay)\W+)?(?:what|which|who|whom|how|when|why)\b",
                                  re.IGNORECASE)
#: A question opening with a question word of its own: "And what punishment awaits inmates
#: who ...?" asks what, whatever "who" relates.
_OPENS_WITH_WH = re.compile(r"^\W*(?:(?:and|so|then|but|ok|okay)\W+)?(?:what|how|when|where|why)\b")


def _match_kind(text: str, language: str) -> str | None:
    """The kind whose question words come first ("When did ... count" asks *when*);
    English questions with Indonesian question words, and the reverse, happen: the other
    language's patterns are the fallback."""
    own, other = (_KINDS_EN, _KINDS_ID) if language == "en" else (_KINDS_ID, _KINDS_EN)
    for patterns in (own, other):
        found = [
            (match.start(), order, kind)
            for order, (kind, pattern) in enumerate(patterns)
            if (match := re.search(pattern, text))
        ]
        if (found and min(found)[2] == "who" and _RELATIVE_WHO.search(text[: min(found)[0] + 3])
                and (len(found) > 1 or _OPENS_WITH_WH.match(text))):
            # "Of the 136 inmates at Lapas Bontang who got the remission, how many were
            # Catholic?": a "who" after a noun relates; the question word after it asks.
            found.remove(min(found))
        if (found and min(found)[2] == "where" and _RELATIVE_WHERE.search(text[: min(found)[0] + 5])
                and _OPENS_WITH_OTHER_WH.match(text)):
            # "What was the theme of the camp in East Java where Tulungagung prison became
            # champion?": a "where" after a noun relates; the question asks what.
            found.remove(min(found))
        if found:
            return min(found)[2]
    return None


def is_followup(question: str, history: Sequence[Turn]) -> bool:
    """Whether ``question`` is elliptical and needs the previous turn to make sense."""
    if not history:
        return False
    words = _WORD.findall(question)
    # "And how many people is that detention centre holding now, compared with what it was
    # designed for?": however long, a question that refers back and names nothing of its
    # own (no name, no number) is about what the last turn named.
    # A kind of unit ("kepala LPKA-nya", "Lapas itu") names no unit of its own.
    # A year ("trus tahun 2021 udah berapa orang yg dilatih di sana?") asks when, of what
    # the last turn named: it names no subject of its own.
    names_own = any(w[:1].isupper() or w.isdigit() for w in words[1:]
                    if w != "I" and w.lower() not in _UNIT_KIND_WORDS and w.lower() not in _CALENDAR_WORDS
                    and not _YEAR_WORD.fullmatch(w))
    if not names_own and not asked_upts(question) and not find_places(question):
        # "What was the range of the cuts, from smallest to largest?": in a conversation, a
        # question that names no unit, place, person or number of its own is about what the
        # last turn named.
        return True
    return len(words) <= 4 or bool(_FOLLOWUP.search(question)) and (len(words) <= 12 or not names_own)


#: Capitalised words of the calendar, which name when, not what: "the one who walked free
#: right after the Eid prayer" leans on the last turn's report as much as "he" does.
_CALENDAR_WORDS = frozenset({
    "eid", "idul", "idulfitri", "fitri", "adha", "lebaran", "christmas", "natal", "nataru", "ramadan", "ramadhan",
    "nyepi", "waisak", "vesak", "imlek", "easter", "paskah", "syawal", "independence", "hut",
    *(m.lower() for m in MONTHS_ID.values()), *(m.lower() for m in MONTHS_EN.values()),
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
})
#: A year written alone: "2021".
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
#: Words naming a kind of unit, not one unit; and the acronyms of kinds of things every
#: unit has ("the prison's SAE farm", "TPS-nya", "dapet RK II?"), which name no subject.
_UNIT_KIND_WORDS = frozenset({"lapas", "rutan", "bapas", "lpka", "rupbasan", "kanwil", "upt", "kemenkumham",
                              "wbp", "kalapas", "karutan", "kabapas", "kakanwil",
                              "sae", "tps", "dpt", "dptb", "pb", "cb", "cmb", "ru", "rk", "rki", "rkii"})


#: A question word of its own that asks for a thing: a follow-up with one does not borrow
#: the previous question's kind.
#: ("And how exactly did they get out?", "trus gimana caranya?": how, which the previous
#: question's who or when does not ask.)
_OWN_WH = re.compile(r"\b(?:apa|apakah|what|which|mana|how|bagaimana|gimana|caranya)\b", re.IGNORECASE)


#: The most words of a follow-up that says too little of its own to search with alone.
BARE_TURN_WORDS = 6


#: An English appositive describing a unit: ", a facility built for only a few dozen", ", a
#: prison designed for 300 inmates".
_UNIT_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:facility|prison|jail|detention (?:centre|center)|"
                              r"institution|lockup|compound)\b[^,?;]*(?=[,?;]|$)")


def understand(question: str, history: Sequence[Turn] = ()) -> QuestionFrame:
    """Analyse ``question`` in the context of ``history`` (oldest turn first)."""
    # "... held at the Tabanan prison in Bali, a facility built for only a few dozen?": an
    # appositive describing the unit already named asks nothing (its "built for" is no
    # capacity asked) and picks no report of it.
    question = _UNIT_APPOSITIVE.sub("", standard_words(question.strip()))
    language = detect_language(question)
    followup = is_followup(question, history)
    kind = explicit_kind(question, language)
    date_query = parse_question_dates(question)
    leaned = standard_words(history[-1].question) if followup else ""
    context = leaned
    if (followup and len(history) > 1 and len(leaned.split()) <= BARE_TURN_WORDS
            and is_followup(history[-1].question, history[:-1])):
        # "kasusnya apa?" after "trus sisanya brp org?" after "Dari 25 napi yg dipindah Rutan
        # Makassar ...": the turn leaned on is a bare follow-up of its own turn before, which
        # names the report both are about. (A longer one, "And the stage right after that
        # one - on what date was it?", says what it is about itself.)
        context = f"{leaned} {standard_words(history[-2].question)}"
    if followup:
        question = _there_resolved(question, history[-1].answer)
    if kind is None and _OWN_WH.search(question):
        # "Pelatihan apa yang digelar lapas itu?" after "Siapa Kalapas Binjai?" asks what.
        kind = "what"
    if kind is None:
        # "Kalau narapidana?" after "Berapa jumlah tahanan?" asks the same kind of thing.
        kind = question_kind(leaned, detect_language(leaned)) if followup else "what"
    if followup and date_query is None:
        date_query = parse_question_dates(context)
    # The figures of the previous answer ("Kapasitas idealnya hanya 139 orang") tell its
    # report from another about the same unit (a year earlier, "136 orang").
    figures = tuple(dict.fromkeys(_FIGURE.findall(history[-1].answer)))[:MAX_ANSWER_FIGURES] if followup else ()
    search_text = " ".join([question, context, *figures]).strip()
    places = find_places(question)
    provinces, phrases = region_restriction(question, places)
    if (provinces and kind != "list" and not any(p.kind == "province" for p in places)
            and _unit_elsewhere(question, provinces)):
        # "the Tenggarong prison workshop ... buyers in Java": the unit asked about lies
        # outside the island named, so the island says where something else is (its buyers,
        # a destination), not which articles to read. (A province named is kept: "the West
        # Papua regional office" may speak for a unit a newer province now holds.)
        provinces, phrases = frozenset(), ()
    if followup and not provinces and not places and not asked_upts(question):
        # "trus yg langsung bebas brp orang?" after "... di Jawa Timur ...?": a follow-up
        # naming no place of its own stays in the province the question before restricted to.
        provinces = region_restriction(context, find_places(context))[0]
    locating = tuple(question[p.start : p.end] for p in _locating(question, places))
    return QuestionFrame(
        question, language, kind, search_text, date_query, followup, context, provinces, phrases,
        locating, figures,
    )


#: A figure of an answer: "139", "1.200"; not a citation mark "[1]", a day or a year
#: ("Rabu, 20 Desember 2023" names many reports).
_FIGURE = re.compile(r"(?<![\[\d.,])(?:\d{1,3}(?:[.,]\d{3})+|(?!(?:19|20)\d\d\b)\d{3,})(?![\d\]]|[.,]\d)")
#: The most figures of the previous answer a follow-up searches with.
MAX_ANSWER_FIGURES = 4


#: A place pronoun of a follow-up: "yang dapet remisi di situ", "how many got it there" (not
#: the "there" of "there are", "were there").
_THERE = re.compile(
    r"\b(?:di ?situ|di ?sana|(?<!\bare )(?<!\bis )(?<!\bwas )(?<!\bwere )there(?!\s+(?:is|are|was|were|be|been)\b))\b",
    re.IGNORECASE,
)


def _there_resolved(question: str, previous_answer: str) -> str:
    """A follow-up's "di situ" / "there" as the one unit the previous answer named ("Lapas
    Kelas IIB Polewali" → "... remisi di Lapas Kelas IIB Polewali?"), and "that prison" /
    "lapas itu" as that unit by name, so the count or person asked is that unit's;
    unchanged when the question names a unit of its own or the answer names none or
    several."""
    if find_upts(question):
        return question
    units = find_upts(previous_answer)
    if len(units) != 1:
        return question
    that = _THAT_UNIT.search(question)
    if that is not None:
        # "Siapa kepala lapas itu?" after "Ke Lapas Perempuan Gorontalo di Limboto": the
        # unit the answer named, not the men's prison the question before named.
        return f"{question[: that.start()]}{units[0]}{question[that.end() :]}"
    found = _THERE.search(question)
    if found is None:
        return question
    place = f"di {units[0]}" if found.group().lower().startswith("di") else f"at {units[0]}"
    return f"{question[: found.start()]}{place}{question[found.end() :]}"


#: A unit referred back to by a demonstrative: "that new prison", "lapas baru itu".
_THAT_UNIT = re.compile(
    r"\b(?:that|this|the same)\s+(?:new\s+)?(?:prison|detention centre|detention center|facility|unit)\b"
    r"|\b(?:lapas|rutan|bapas|lpka|rupbasan)\s+(?:baru\s+)?(?:itu|tersebut|tadi)\b",
    re.IGNORECASE,
)


#: A bound on a count: "more than 500", "lebih dari 500", "di atas 500"; the second group
#: bounds from above ("fewer than 50", "kurang dari 50"), the third is the bound. The bound
#: is a condition the answer's counts are tested against, not a number an article must hold.
COUNT_BOUND = re.compile(
    r"\b(?:(more than|over|above|at least|lebih dari|di atas|minimal|sedikitnya)|"
    r"(fewer than|less than|under|below|kurang dari|di bawah))\s+(\d[\d.,]*\d|\d)",
    re.IGNORECASE,
)


#: Chat Indonesian and its standard words ("syaratnya apa aja" asks "apa saja"); particles
#: that only colour the tone ("sih", "dong") are dropped.
_INFORMAL = {
    "aja": "saja", "doang": "saja", "gak": "tidak", "nggak": "tidak", "ngga": "tidak",
    "enggak": "tidak", "tak": "tidak", "ga": "tidak", "udah": "sudah", "udh": "sudah", "sdh": "sudah",
    "blm": "belum", "belom": "belum", "gimana": "bagaimana", "ngapain": "mengapa",
    # ("minta jajarannya ngapain": after a request, "ngapain" is "melakukan apa", ``_TO_DO_WHAT``.)
    "nyalon": "mencalonkan diri", "nyaleg": "mencalonkan diri", "brp": "berapa", "brapa": "berapa", "bbrp": "beberapa", "tgl": "tanggal", "yg": "yang", "dgn": "dengan", "utk": "untuk",
    "krn": "karena", "bikin": "membuat", "dapet": "dapat", "biar": "agar", "terus": "lalu",
    "nemenin": "menemani", "ngecek": "mengecek", "ketangkep": "tertangkap", "ngegelar": "menggelar",
    "nyaksiin": "menyaksikan", "muput": "memuput", "ngasih": "memberi", "dateng": "datang", "pake": "pakai",
    "dipake": "dipakai", "makenya": "memakainya", "dipakenya": "dipakainya",
    "sih": "", "dong": "", "deh": "", "nih": "", "gitu": "begitu", "gini": "begini",
    # What the asker found out, not what happened: "yang ternyata sudah bebas".
    "ternyata": "", "rupanya": "",
    # "sebenernya terjadi di mana?": "actually" stresses the question, names nothing.
    "sebenernya": "", "sebenarnya": "", "sebetulnya": "", "sesungguhnya": "",
    "kalo": "kalau", "klo": "kalau", "emang": "memang", "emangnya": "memangnya",
    "bareng": "bersama", "barengan": "bersama", "mastiin": "memastikan",
    "abis": "setelah", "cuma": "hanya", "sampe": "sampai", "kayak": "seperti", "ngajuin": "mengajukan",
    # Chat spellings of common words: "trus yg masih dicari brp org?".
    "trus": "lalu", "trs": "lalu", "org": "orang", "orng": "orang", "tsb": "tersebut", "skrg": "sekarang",
    "skrng": "sekarang", "msh": "masih", "lg": "lagi", "tdk": "tidak", "gmn": "bagaimana",
    "knp": "kenapa", "kpn": "kapan", "dmn": "di mana", "bnyk": "banyak", "sbg": "sebagai",
    "sblm": "sebelum", "stlh": "setelah", "pdhl": "padahal", "jg": "juga", "bgt": "",
    "thn": "tahun", "taun": "tahun", "kyk": "seperti", "kek": "seperti", "bln": "bulan",
    "nyasar": "menyasar", "nyuruh": "menyuruh", "dgr": "dengar", "pesen": "pesan", "pesennya": "pesannya",
    # Chat passives: "dibikin dari apa".
    "dibikin": "dibuat", "dibikinin": "dibuatkan", "ketemu": "ditemukan", "ketemuan": "ditemukan",
    "ditaruh": "ditempatkan", "naruh": "menempatkan", "ditaro": "ditempatkan",
    "ditemenin": "ditemani", "ditemeni": "ditemani", "diserahin": "diserahkan", "dikabarin": "dikabari",
    "nyimpen": "menyimpan", "nyimpan": "menyimpan", "disimpen": "disimpan", "simpen": "simpan",
    "ketemunya": "ditemukannya",
    # "ketangkepnya di mana?": chat's "ke-" passive is "ter-" ("tertangkap").
    "ketangkap": "tertangkap", "ketangkepnya": "tertangkapnya",
    "ketangkapnya": "tertangkapnya",
    # Chat spellings of nouns: "ngucapin makasih ke pihak mana aja", "dihadiri walkot".
    "makasih": "terima kasih", "trims": "terima kasih", "walkot": "wali kota", "wawali": "wakil wali kota",
    "malem": "malam", "temen": "teman", "temennya": "temannya",
    # "gak tau", "taunya": chat spells "tahu" (to know) without its "h".
    "tau": "tahu", "taunya": "tahunya", "ngerti": "mengerti", "jd": "jadi", "jdi": "jadi",
    # "brp kilo sabu": chat's "kilo" of a weight is the kilogram.
    "kilo": "kilogram", "kiloan": "kilogram",
    # The 17 August holiday by its chat names: "remisi 17-an" is the Independence remission.
    # (In lower case: the occasion is no name that only its own articles may hold.)
    "17-an": "kemerdekaan", "17an": "kemerdekaan", "tujuhbelasan": "kemerdekaan",
    "agustusan": "kemerdekaan",
}
_NARCOTICS_PRISON = re.compile(r"\blapastik\b", re.IGNORECASE)
#: An English phrasal verb with a pronoun between its verb and particle: "pick him up",
#: "handed them over", "let them out".
_SPLIT_PHRASAL = re.compile(
    r"\b(pick(?:s|ed|ing)?|hand(?:s|ed|ing)?|sen[dt]|sends|sending|take[sn]?|took|taking|let(?:s|ting)?|"
    r"bring(?:s|ing)?|brought|lock(?:s|ed|ing)?|turn(?:s|ed|ing)?|round(?:s|ed|ing)?|track(?:s|ed|ing)?|"
    r"call(?:s|ed|ing)?|set(?:s|ting)?|carr(?:y|ies|ied|ying)|move[sd]?|moving|ship(?:s|ped|ping)?)\s+"
    r"(him|her|them|it|us|me)\s+(up|over|back|out|down|in|off|away)\b", re.IGNORECASE)
_INFORMAL_WORD = re.compile(r"\b(?:" + "|".join(_INFORMAL) + r")\b", re.IGNORECASE)


def standard_words(question: str) -> str:
    """``question`` with chat Indonesian in standard words, so the question words and the
    glossary recognise it; an English question is left as it is."""
    # "Lapastik Bangli": the short form of "Lapas Narkotika" some headlines use, in either
    # language ("Lapas" itself the reports write in full as well).
    question = _NARCOTICS_PRISON.sub("Lapas Narkotika", question)
    if detect_language(question) != "id":
        # "ask his family to pick him up": a phrasal verb split by its object is read as the
        # phrase ("pick up him"), which the lexicons know.
        return _SPLIT_PHRASAL.sub(r"\1 \3 \2", question)
    replaced = _TO_DO_WHAT.sub(r"\1\2 melakukan apa", question)
    replaced = _INFORMAL_WORD.sub(lambda m: _INFORMAL[m.group().lower()], replaced)
    replaced = re.sub(r"[ \t]{2,}", " ", replaced)  # a dropped particle ("aja sih buat") leaves no gap
    if re.search(r"\b(?:19|20)\d{2}\b", replaced):
        # "lebaran 2023 kemarin": with a year, "kemarin" says the time is past, no day.
        replaced = re.sub(r"\s*\bkemarin\b", "", replaced, flags=re.IGNORECASE)
    # "klien itu ternyata kerja di mana?": chat drops the "ber-" of a verb that is also a
    # noun ("kunjungan kerja" keeps it as one).
    replaced = re.sub(r"(?<!kunjungan )(?<!rapat )(?<!unit )(?<!tim )(?<!hari )(?<!jam )(?<!balai )(?<!latihan )"
                      r"\bkerja(?= (?:di|sebagai|jadi|apa)\b)", "bekerja", replaced)
    if not _ELECTION_WORDS.search(replaced):
        # "hand sanitizer-nya dpt dari mana?": typed in lower case, away from any election,
        # "dpt" is chat for "dapat", not the voter list (DPT).
        replaced = re.sub(r"\bdpt\b(?!-)", "dapat", replaced)
    # "remisi Idul Fitri 2025-nya": the possessive on a number or a name in capitals says
    # nothing of what is asked ("DPT-nya" is the DPT).
    replaced = re.sub(r"\b(\d+)-nya\b", r"\1", replaced)
    # "diperuntukkan buat napi jenis apa?", "buat ngurangin over kapasitas": chat's "buat"
    # is "untuk" (for), not "membuat"; after a modal ("mau buat apa") it may be the verb.
    replaced = re.sub(r"(?<=\w )(?<!\bmau )(?<!\bakan )(?<!\bbisa )(?<!\bharus )(?<!\bingin )(?<!\bmesti )"
                      r"\bbuat\b", "untuk", replaced, flags=re.IGNORECASE)
    # "Ke LP mana saja ...?": "LP", in capitals, is the older short form of "Lapas".
    replaced = re.sub(r"\bLP\b(?!/)", "Lapas", replaced)
    # "udah 2x ngamuk": chat writes "kali" (times) as an "x" on the number.
    replaced = re.sub(r"\b(\d{1,2})x\b", r"\1 kali", replaced)
    # "bersih2", "napi2": a word doubled in chat ("bersih-bersih").
    replaced = re.sub(r"\b([A-Za-z]{3,})2\b", r"\1-\1", replaced)
    replaced = _CHAT_VERB.sub(lambda m: _standard_verb(m.group()), replaced)
    # "Pas Kakanwil datang ..., siapa ...?": a leading "pas" is "saat".
    replaced = re.sub(r"^(?:pas|pass)\b", "Saat", replaced.strip(), flags=re.IGNORECASE)
    # "... di TPS khusus pas Pemilu 2024": a lowercase "pas" before what dates it is "saat"
    # too ("Ditjen PAS" is written in capitals).
    replaced = re.sub(r"(?<=\s)pas(?=\s+\w)", "saat", replaced)
    # "Kok DPT-nya bisa turun?": a leading "kok" asks why; "Emang ... ?" asks whether.
    replaced = re.sub(r"^kok\b", "Mengapa", replaced, flags=re.IGNORECASE)
    # With a question word of its own ("Emang umurnya berapa sih?") it only stresses.
    asks_whether = "" if _QUESTION_WORD.search(replaced.split("?")[0]) else "Apakah"
    replaced = re.sub(r"^(?:emang|emangnya|memang|memangnya)\b", asks_whether, replaced, flags=re.IGNORECASE)
    # "... terbatas pas ada napi kabur. Emang petugasnya harus mengawasi berapa napi?": a
    # later sentence's leading "memang" only stresses.
    replaced = re.sub(r"(?<=[.!?]\s)(?:memang|memangnya)\s+", "", replaced, flags=re.IGNORECASE)
    # "dia gantiin siapa emangnya?": a trailing "memangnya" only stresses too.
    replaced = re.sub(r"\s+(?:memang|memangnya)\s*(?=\?|$)", "", replaced, flags=re.IGNORECASE)
    return re.sub(r"\s{2,}", " ", replaced).replace(" ?", "?").strip()


#: "dia minta jajarannya ngapain?": after a request or an urging, chat's "ngapain" asks
#: what was to be done, not why.
_TO_DO_WHAT = re.compile(r"\b((?:me|di)?(?:minta|suruh|ajak|imbau|instruksikan|perintahkan|pesan|arahkan)(?:kan)?"
                         r"|berpesan|mengarahkan|diarahkan|menginstruksikan|memerintahkan|menyuruh|nyuruh)"
                         r"((?:\s+[\w-]+){0,3}?)\s+ngapain\b", re.IGNORECASE)
#: Words of an election, beside which "dpt" is the voter list.
_ELECTION_WORDS = re.compile(r"\b(?:pemilu|pemilih|pilkada|pileg|pilpres|tps|kpu|kpps|coklit|mencoblos|nyoblos|"
                             r"mencontreng|hak pilih|suara|daftar)\b", re.IGNORECASE)
#: A question word that makes a leading "emang" emphasis, not "whether".
_QUESTION_WORD = re.compile(
    r"\b(?:berapa|siapa|kapan|mengapa|kenapa|bagaimana|gimana|mana|apa saja|apa yang|dimana|ngapain)\b",
    re.IGNORECASE,
)


#: Chat verb forms: "ng-"/"ny-" for "meng-"/"meny-", "n-" for "men-" before a root in
#: "t" ("nerima", "nanya"), "m-" for "mem-" before a root in "p" ("mimpin", "makai"),
#: "-in" for "-kan"/"-i" ("ngadain", "nyambut", "disaranin"), and a last syllable's "e"
#: for "a" ("ditangkep", "dapet").
_CHAT_VERB = re.compile(r"\b(?:ng[aeiou]\w+|ny[aeiou]\w+|n[aeiou]\w{2,}|m[aiuo]\w{3,}|\w{4,}in|\w{3,}e[b-df-hj-np-tv-z])\b"
                        # "diserahinnya": a chat verb with the possessive after it
                        r"|\b\w{4,}in(?=nya\b)",
                        re.IGNORECASE)


def _me_prefixed(root: str) -> str:
    """A root with the "meN-" prefix it takes: "jelas" → "menjelas", "tanya" → "menanya",
    "pukul" → "memukul", "sapa" → "menyapa", "kirim" → "mengirim", "lapor" → "melapor",
    "cek" → "mengecek"."""
    first = root[:1]
    if len(re.findall(r"[aeiou]+", root)) == 1:
        return "menge" + root  # one syllable: "cek" → "mengecek", "tes" → "mengetes"
    if first in "aeiouhg":
        return "meng" + root
    if first == "k":
        return "meng" + root[1:]
    if first in "bfv":
        return "mem" + root
    if first == "p":
        return "mem" + root[1:]
    if first == "t":
        return "men" + root[1:]
    if first == "s":
        return "meny" + root[1:]
    if first in "cdjz":
        return "men" + root
    return "me" + root


def _standard_verb(word: str) -> str:
    """The standard form of a chat verb whose stem is a root word ("disaranin" →
    "disarankan", "ngadain" → "mengadakan", "nyoblos" → "mencoblos"); the word itself when
    it is standard already or no form is ("ingin", "Cipinang")."""
    lower = word.lower()
    roots = root_words()
    if lower.endswith("innya") and len(lower) > 8:
        # "ngadainnya": the verb's standard form, then the possessive back on it.
        standard = _standard_verb(word[:-3])
        if standard != word[:-3]:
            return standard + "nya"
    if word[:1].isupper() or lower in roots or stem(lower) in roots or lower in place_words():
        return word  # "ngawi" typed in lower case is the regency, not "mengawi"
    heads = [lower]
    if lower.startswith("nge"):
        # "ngehuni", "ngecek": "nge-" stands for "meng-" before the root ("menghuni");
        # "ngejelasin" for the prefix the root takes ("menjelaskan").
        heads = [_me_prefixed(lower[3:]), "meng" + lower[3:], "me" + lower[3:], "me" + lower, "meng" + lower[2:]]
    elif lower.startswith("ng"):
        heads = ["me" + lower, "meng" + lower[2:]]
    elif lower.startswith("ny"):
        heads = ["me" + lower, "men" + "c" + lower[2:]]
    elif lower.startswith("n"):
        # "nerima" is "menerima" (root "terima"): "men-" drops a root's "t". Only when the
        # word is no Indonesian word as it stands ("napi", "nanti").
        if lower in load_glossary().indonesian_words or "t" + lower[1:] not in roots and (
                "t" + lower[1:-2] not in roots or not lower.endswith("in")):
            return word
        heads = ["me" + lower]
    elif lower.startswith("m"):
        # "mimpin" is "memimpin" (root "pimpin"): "mem-" drops a root's "p". Only when the
        # word is no Indonesian word as it stands ("masih", "minggu").
        bare = lower.removesuffix("in")
        if lower in load_glossary().indonesian_words or "p" + lower[1:] not in roots and "p" + bare[1:] not in roots:
            return word
        heads = ["me" + lower]
    else:
        heads = [lower]
    # "datengin": the "-in" of a root said with "e" for its last "a" ("datang" → "datangi").
    heads += [spoken for head in heads if (spoken := re.sub(r"e(?=(?:ng|ny|[^aeiou])in$)", "a", head)) != head]
    # "nyampein", "nyelesein": a root ending in "ai" says it "e" before "-in" ("sampai" →
    # "menyampaikan"), which the forms below would read as a root in "e" ("menyampekan").
    forms = [form for head in heads if head.endswith("ein")
             for form in (head[:-3] + "aikan", head[:-3] + "ai") if stem(form) in roots and stem(form) != form]
    # The head as it stands first: "memimpin" is no "-in" word ("memimpikan").
    forms += [form for head in heads
             for form in [head] + ([head[:-2] + "kan", head[:-2] + "i"] if head.endswith("in") else [])
             if form != lower and stem(form) in roots and stem(form) != form]
    # A form the lexicons know as written beats one only the stemmer accepts: "nyoba" is
    # "mencoba", not "menyoba" (though "soba" is a root too).
    known = load_glossary().indonesian_words
    form = next((f for f in forms if f in known), forms[0] if forms else None)
    if form is not None:
        return form
    # "dibebastugasin", "diserahterimain": a passive of a root of two words ("bebas tugas",
    # "serah terima"), which the stemmer leaves whole, with chat's "-in" for "-kan".
    core = lower[2:-2]
    if lower.startswith("di") and lower.endswith("in") and any(
            core[:i] in roots and core[i:] in roots for i in range(3, len(core) - 2)):
        return lower[:-2] + "kan"
    # "ditangkep", "dapet": the last syllable's "a" said as "e".
    spoken = re.sub(r"e(?=[^aeiou]$)", "a", lower)
    if spoken != lower and stem(spoken) in roots:
        return spoken
    return word


#: Islands named as a region ("di Pulau Jawa", "on Sumatra"), not as part of a province name.
_ISLAND = re.compile(
    # "the Ende prison in Flores": the island says where the town is, and no report of
    # Lapas Ende need write "Flores" (but "Flores Timur", "Seram Bagian Barat" are regencies).
    r"\b(?:pulau\s+)?(?:jawa|java|sumatera|sumatra|kalimantan|borneo|sulawesi|papua|flores|sumba|timor|"
    r"halmahera|seram|madura|nias|buton)\b"
    r"(?!\s+(?:tengah|timur|barat|utara|selatan|central|east|west|north|south|bagian|island))",
    re.IGNORECASE,
)


def region_restriction(
    question: str, places: list | None = None
) -> tuple[frozenset[str], tuple[str, ...]]:
    """The provinces a question restricts to, and the phrases that name them (``places``:
    ``find_places(question)`` when the caller has it already)."""
    provinces = provinces_in_question(question)
    places = find_places(question) if places is None else places
    # "caught in Kendal, Central Java": the province says where the town is; the question
    # is not about that province's articles (the escapee was from a prison in Banten).
    origins = _origins(question, places)
    locating = _locating(question, places) | origins
    provinces -= {p.province for p in locating} - {
        p.province for p in places if p.kind == "province" and p not in locating}
    if not provinces:
        return frozenset(), ()
    # A province named as where people came from ("napi asal Jakarta") is a word the
    # report writes, not a region it is filed under: it stays among the question's words.
    phrases = [question[p.start : p.end] for p in places if p.kind == "province" and p not in origins]
    phrases += [m.group() for m in _ISLAND.finditer(question)]
    phrases += [m.group() for m in _REGION_WORD.finditer(question)]
    return provinces, tuple(phrases)


def _unit_elsewhere(question: str, provinces: frozenset[str]) -> bool:
    """Whether the question names a unit (not as where someone came from) whose town lies
    in none of ``provinces``."""
    for name in asked_upts(question):
        towns = [p for p in find_places(name) if p.kind != "province"]
        if not towns or any(p.province in provinces for p in towns):
            continue
        mention = re.search(rf"\b{re.escape(name.split()[-1])}\b", question, re.IGNORECASE)
        before = re.sub(r"(?:\b(?:the|lapas|rutan|lpka|bapas|kelas|klas|i{1,3}|[ab])\s+)+$", "",
                        question[: mention.start()] if mention else "", flags=re.IGNORECASE)
        if not _ORIGIN_CUE.search(before):
            return True
    return False


def _locating(question: str, places: list) -> set:
    """The provinces named right after a town of theirs ("Kendal, Central Java")."""
    return {p for before, p in pairwise(places) if p.kind == "province"
            and before.kind != "province" and before.province == p.province
            and re.fullmatch(r"\s*,\s*", question[before.end : p.start])}


def _origins(question: str, places: list) -> set:
    """Places that say where a person is from ("terpidana mati asal Aceh", "a native of
    Kediri"), not where the report's unit is."""
    origins = set()
    for before, place in pairwise([None, *places]):
        if _ORIGIN_CUE.search(question[max(0, place.start - 24) : place.start]) or _WITHIN_CUE.search(
                question[max(0, place.start - 24) : place.start]) or (
                before in origins and _JOINED.fullmatch(question[before.end : place.start])):
            origins.add(place)  # "asal Jambi, Riau, dan Banten": each is where they are from
    return origins


#: "Where in Jakarta ...?", "di mana di Jakarta?": the place is where the answer lies (a
#: Lombok prison's crafts shown in Jakarta), not the province the report is filed under.
_WITHIN_CUE = re.compile(r"\b(?:where\s+in|in\s+which\s+part\s+of|(?:di\s*mana|dimana)(?:nya)?\s+di|"
                         r"di\s+bagian\s+mana(?:\s+dari)?)\s+$", re.IGNORECASE)
#: What joins places of one list: "Jambi, Riau, dan Banten", "Riau and Banten".
_JOINED = re.compile(r"\s*(?:,\s*)?(?:(?:dan|serta|and|atau|or|&)\s+)?", re.IGNORECASE)


#: What stands before a person's place of origin.
_ORIGIN_CUE = re.compile(r"\b(?:asal|asalnya|berasal dari|kelahiran|native of|hails? from|born in"
                         # "the inmates transferred from Jakarta to Nusakambangan": where the
                         # people moved came from, not where the report's units are.
                         r"|(?:dipindah\w*|diboyong|dikirim|moved|transferred|relocated|sent)\s+(?:\w+\s+){0,3}?"
                         r"(?:dari|dr|from))\s*$",
                         re.IGNORECASE)


#: Words that only say a region follows ("in Yogyakarta province", "di Provinsi Banten").
_REGION_WORD = re.compile(r"\b(?:province|provinsi|prov\.|region|wilayah)\b", re.IGNORECASE)


#: The kind of amount a question asks for, by its words.
_MEASURE_ASKED = (
    # "What does one piece of batik sell for?": a price.
    ("money", re.compile(r"\b(?:harga\w*|price[sd]?|cost[s]?|biaya\w*|tarif\w*|honor\w*|fees?|sells? for|sold for|"
                         r"anggaran\w*|budget|kerugian\w*|denda\w*|fines?|rupiah|how much money"
                         # "how much non-tax state revenue", "omzetnya berapa": takings are money
                         r"|revenues?|income|earnings|turnover|takings|proceeds|profits?|omzet\w*|omset\w*"
                         r"|pendapatan\w*|penghasilan\w*|keuntungan\w*|laba|pnbp|penerimaan negara\w*"
                         # "how much start-up capital", "modal awalnya berapa": capital is money
                         r"|capital|modal\w*|investment|investasi\w*|dana\w*|funds?|funding|donations?|sumbangan\w*"
                         # "berapa upah ... per pasang", "what wage": pay is money
                         r"|upah\w*|gaji\w*|premi(?!um)\w*|insentif\w*|wages?|salar(?:y|ies)|monetary|worth"
                         # "what daily pay / payment did they get?"
                         r"|(?:daily|weekly|monthly)\s+(?:pay|payments?)|\bwhat\s+(?:[\w-]+\s+){0,2}(?:pay|payments?)\b"
                         # "how much does a family pay", "laku berapa": what something costs
                         r"|how much (?:do|does|did|will|would|is|was|are|were)\b[^?]*\b(?:pay|paid|charged?|sold|sell|"
                         r"fetch(?:ed)?|spend|spent|cost)"
                         r"|(?:bayar|laku|terjual|dibayar|membayar|ongkos)\s+berapa|berapa\s+(?:bayar|duit|uang|ongkos)"
                         # "dijual berapa sekilo?", "potensi duitnya berapa?": a price, takings
                         r"|dijual\s+(?:\w+\s+)?berapa|berapa\s+(?:se|per\s?)kilo\w*|duit\w*"
                         # "How much did the remissions save?": a saving is money
                         r"|how much [^?]*?\b(?:save[ds]?|saving)|savings|penghematan|menghemat|hemat"
                         # "how much state money", "How much was each of the tables?": money, a price
                         r"|how much (?:\w+\s+)?money|how much (?:was|is|were|are) (?:each|one|a single|every|per)\b"
                         # "How much per inmate per day ...?": an allowance per head is money
                         r"|how much [^?]*?\b(?:per|for each|each|a)\s+(?:inmate|prisoner|detainee|person|head)s?\b"
                         # "how much was it expecting to owe", "utangnya berapa": a debt is money
                         r"|owe[ds]?|owing|debts?|utang\w*|hutang\w*"
                         # "What total value of assets ...?", "nilai asetnya": a worth is money
                         r"|(?:total |market |estimated )?value of|nilai(?:nya)?\s+(?:total|aset\w*|barang\w*|transaksi\w*))\b",
                         re.IGNORECASE)),
    # "How overcrowded were the prisons?": an occupancy is told as a share ("127 persen").
    ("share", re.compile(r"\b(?:persen\w*|percent\w*|share|proportion|berapa %|how (?:over)?crowded)", re.IGNORECASE)),
    ("age", re.compile(r"\b(?:usia\w*|umur\w*|how old|age[d]?)\b", re.IGNORECASE)),
    # "How big is the plot ...?", "seberapa luas lahannya?": an area, which no head count
    # and no name gives.
    # ("How big were the sentence cuts?" asks how long: only a plot, a building or a room
    # has a size in square metres.)
    ("area", re.compile(r"\b(?:how (?:big|large)\b(?=[^?]*\b(?:plot|land|area|field|farm|garden|pond|yard|building|"
                        r"room|site|lot|greenhouse|compound|hall|lahan|kebun|kolam|gedung|ruang\w*|tanah)s?\b)|"
                        r"(?:se)?berapa luas|luas(?:nya| lahan\w*| area\w*)?|"
                        r"how many (?:hectares|square met\w*)|berapa (?:hektar\w*|meter persegi)|acreage|surface area)\b",
                        re.IGNORECASE)),
    # "How high did the water get?", "setinggi apa": a length, which no head count gives.
    ("length", re.compile(r"\b(?:how (?:high|deep|tall|far|wide)|ketinggian\w*|kedalaman\w*|berapa (?:tinggi|dalam|"
                          r"jauh|panjang|lebar|meter|senti\w*|cm|km)|how many (?:meters|metres|centimet\w*|cm|km))\b",
                          re.IGNORECASE)),
    # "dibagi jadi berapa kelas berat?": a weight class is counted, not weighed.
    ("weight", re.compile(r"\b(?:(?<!kelas )(?<!kategori )berat\w*|(?<!weight )weigh(?!t class|t categor)\w*|how heavy|berapa (?:gram|kilo\w*|kg|ons|ton)|"
                          r"how many (?:grams|kilo\w*|kg|tons|tonnes)"
                          # "How much crystal meth ...?", "sabunya berapa banyak?": a drug is
                          # weighed, not counted (its packets are no answer).
                          r"|how much (?:\w+ ){0,2}?(?:meth|methamphetamine|sabu|shabu|drugs?|narcotics|marijuana|"
                          r"cannabis|ganja|heroin|cocaine|powder|rice|sugar|flour|meat|fish|catfish|vegetables|cement|sand)"
                          r"|(?:sabu|shabu|ganja|narkoba|narkotika)(?:-sabu)?(?:nya)? (?:sebanyak |seberat )?berapa(?! (?:paket|bungkus|butir|linting|klip|plastik)))\b",
                          re.IGNORECASE)),
    # "Berapa nilai akhir atau skor penilaiannya?": a score, which no head count gives.
    ("score", re.compile(r"\b(?:skor\w*|scores?|scored|nilai (?:akhir|rata-rata|total|evaluasi|penilaian)|"
                         r"final (?:mark|grade)|indeks \w+)\b", re.IGNORECASE)),
)


def asked_measure(question: str) -> str | None:
    """``"money"``, ``"share"``, ``"age"``, ``"area"``, ``"length"``, ``"weight"`` or ``"score"`` when a how-many
    question asks for that kind of amount; None for a count or a time."""
    # "What share of the sales profit ...?": a share of money is a share.
    if dict(_MEASURE_ASKED)["share"].search(question):
        return "share"
    kind = next((kind for kind, pattern in _MEASURE_ASKED if pattern.search(question)), None)
    if kind == "money" and _HEADS_ASKED.search(question):
        # "anggaran rehabilitasi cuma cukup untuk berapa orang?": the money is what the
        # count is of; the answer is a number of people.
        return None
    return kind


#: A head count asked right after the question word: "berapa orang", "how many people".
_HEADS_ASKED = re.compile(r"\b(?:berapa(?:kah)?|brp|how many)\s+(?:jumlah\s+|banyak\s+)?(?:orang|jiwa|napi|narapidana|tahanan|warga binaan|wbp|"
                          r"pegawai|petugas|peserta|klien|people|persons|inmates|prisoners|detainees|staff|officers|"
                          r"participants|clients)\b", re.IGNORECASE)


#: "Apakah Kalapas Rangkasbitung yang hadir ... itu bernama Budi Ruswanto?", "Is the head of
#: the prison named Budi?": a name the question offers for a post's holder, to be checked.
_OFFERED_NAME = re.compile(
    r"\s*,?\s*(?:yang\s+)?(?:itu\s+)?(?:bernama|namanya|named|called)\s+"
    r"(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4})\s*\??\s*$")


def offered_name(question: str) -> re.Match[str] | None:
    """The name a yes/no question offers for someone ("... itu bernama Budi Ruswanto?"): the
    report may well not write it, which is the answer ("No, it names Muhamad Khapi"), not a
    reason to abstain. The match's ``name`` group holds it; it starts where the offer does."""
    return _OFFERED_NAME.search(question)


#: "paling banyak", "terbanyak", "the most", "the highest" ...: the largest wins; the
#: second group asks for the smallest.
MOST = re.compile(
    r"\b(?:paling (?:banyak|besar|tinggi|padat)|terbanyak|terbesar|tertinggi|terpadat"
    r"|(?<!\bat )(?<!\bat the )(?:the )?(?:most|largest|biggest|highest|greatest))\b"
    # "his team's most important task": a quality, not a count, is the most (the report's
    # "tugas terpenting" says which).
    r"(?!\s+(?:important|common|serious|urgent|difficult|effective|popular|crucial|pressing|notable|prominent|"
    r"dangerous|vulnerable|valuable|significant|memorable|striking|interesting|pressing|\w+(?:ful|ous|ive|ant|ent|able|ible|ic)\b))",
    re.IGNORECASE,
)
LEAST = re.compile(
    r"\b(?:paling (?:sedikit|kecil|rendah)|tersedikit|terkecil|terendah"
    r"|(?<!\bat )(?<!\bat the )(?:the )?(?:fewest|smallest|lowest|least))\b",
    re.IGNORECASE,
)
#: A limit a rule sets: "paling banyak berapa orang yang boleh membesuk?" asks the bound
#: the report gives ("paling banyak lima orang"), not the largest of several counts
#: ("at most" and "at least" are bounds in English too).
_ALLOWED = re.compile(r"\b(?:boleh|diperbolehkan|dibolehkan|diizinkan|dibatasi|maksimal|maksimum|minimal)\b",
                      re.IGNORECASE)


def asks_superlative(question: str) -> bool:
    """Whether the question asks for the largest or smallest of several counts ("from
    smallest to largest", "paling sedikit dan paling banyak" ask for the range instead)."""
    if _ALLOWED.search(question):
        return False
    return bool(MOST.search(question)) != bool(LEAST.search(question))
