"""What and why: the best sentences with where they come from, or the clause that states
a purpose or reason."""

from __future__ import annotations

import itertools
import re

from rag.analysis import CLASSIFIERS, Sentence
from rag.answer.abstain import NotStated
from rag.answer.citations import CitationBook, cite_in_article
from rag.answer.evidence import (
    Evidence,
    ScoredSentence,
    asked_thing,
    is_verb,
    set_aside_text,
    without_set_aside,
    words_naming,
)
from rag.answer.how_many import article_sentences, number_value
from rag.answer.phrasing import article_label, clause_start, excerpt, outlet, quote, t
from rag.concepts import Concept, question_concepts
from rag.dates import find_event_dates, format_date
from rag.events import sentence_event_kinds
from rag.glossary import analyze_document
from rag.indonesian import STOPWORDS_ID
from rag.page import CAPTION_LABEL
from rag.people import posts_in_question
from rag.query import (
    ASKS_FUND_SOURCE_ID,
    ASKS_OBJECT,
    BENEFICIARY_ASKED,
    BODY_NOUNS_ID,
    MESSAGE_ASKED,
)
from rag.records import Chunk
from rag.spans import ENGLISH_NUMBER_WORDS, NUMBER_WORDS, numbers
from rag.upt import asked_upts, find_upts, upt_place

#: Words that open the effect of what the sentence before says: "Akibatnya, ...".
_EFFECT_WORDS = r"akibatnya|dampaknya|alhasil"

#: What a forum or event is for, in the words that give it: "memberi ruang bagi pengguna
#: layanan untuk ...", "menjadi wadah untuk ...".
_GIVES_ROOM = r"(?:memberi|memberikan|membuka|menyediakan) (?:ruang|kesempatan|wadah)"
_SERVES_AS = r"(?:menjadi|sebagai|merupakan) (?:wadah|sarana|media|ajang)"

#: A counterfactual opening a reason: "jika saja gunung itu tidak ada, ...", "seandainya".
_COUNTERFACTUAL_WORDS = r"(?:jika|kalau|andai) saja|seandainya|andaikan"
_PURPOSE = re.compile(
    # "termasuk dalam rangkaian peringatan Hari Bakti": an occasion it is part of.
    r"\b(dalam rangka(?:ian)?|(?:untuk|guna|dalam) memperingati|"
    # "Forum ini memberi ruang bagi pengguna layanan untuk menyampaikan masukan": what a
    # forum or event is for.
    rf"{_GIVES_ROOM}\b(?= (?:[\w-]+ ){{0,4}}?(?:untuk|bagi|agar)\b)|{_SERVES_AS} (?:untuk|bagi)|"
    r"(?:bagian dari )?rangkaian (?:kegiatan )?peringatan|sebagai langkah untuk|bertujuan|tujuannya|guna|demi|agar|supaya|"
    r"karena|lantaran|sebab|disebabkan|akibat|mengingat|(?:sebagai|merupakan) (?:salah satu )?(?:bentuk|wujud)|"
    # "Razia ini sekaligus menjadi respons atas ... kasus peredaran ganja": what it answers.
    r"(?:sebagai|menjadi|merupakan) (?:bentuk )?(?:respons|respon|jawaban|tanggapan|reaksi) (?:atas|terhadap)|menyikapi|"
    # "peristiwa bermula ketika para petugas tengah sibuk ...": how it came about.
    r"(?:bermula|berawal) (?:ketika|saat)|"
    # "Gagasan menerbitkan BPJS ... muncul ketika ia berkunjung ke Lapas Salemba": where an
    # idea came from.
    r"(?:muncul|tercetus|terlintas|lahir) (?:ketika|saat|setelah|sewaktu)|"
    # "Ia beralasan tas itu sudah diperiksa petugas lain": the reason a person gave.
    # ("dengan tujuan menggelar pesta sabu pada malam tahun baru", "dalihnya akan dicuci di
    # jasa laundry": an aim, a pretext given.)
    r"dengan tujuan|dengan maksud|dalihnya|"
    r"pasalnya|alasannya|beralasan|dengan alasan|berdalih|dengan dalih|penyebabnya|dipicu|pemicu(?:nya)?|dimaksudkan (?:untuk|agar|sebagai)|"
    # "ketidakhadiran klien ternyata dilatarbelakangi faktor ekonomi": what lies behind it.
    r"dilatarbelakangi|dilatari|berlatar belakang|"
    # "Keterbatasan anggaran menjadi hambatan terbesar ...": the obstacle is the subject.
    r"(?:menjadi|merupakan) (?:hambatan|kendala)|"
    # "Kendala paling berat yang dihadapi kontraktor adalah kontur lahan": the obstacle
    # named, then what it is.
    r"(?:kendala|hambatan|rintangan)\s+(?:[\w-]+\s+){0,5}?(?:adalah|ialah|yaitu|yakni|berupa)|"
    # "jika saja gunung itu tidak ada, sejumlah gedung kemungkinan sudah berdiri": what
    # stands in the way of what has not happened.
    rf"{_COUNTERFACTUAL_WORDS}|"
    # "kedekatan itu menjadi salah satu alasan pihaknya bergegas pindah": the cause is the
    # subject, named as such.
    r"(?:menjadi|merupakan) (?:salah satu )?(?:alasan|penyebab|pemicu)|"
    # "Persoalannya, puluhan warga binaan itu tidak mengantongi KTP elektronik": the
    # problem behind the fact told before.
    r"(?:persoalan|permasalahan|masalah|kendala)nya(?=\s*[,:])|"
    # "Varit mengungkapkan alasan pembagian tersebut: ruangan yang tersedia tidak cukup": the
    # reason of the act told before, given after the colon.
    r"(?:alasan|penyebab|pertimbangan) (?:[\w-]+ ){0,2}?(?:itu|ini|tersebut)(?=\s*:)|"
    # "Kondisi ini dipengaruhi letak geografis Saparua sebagai wilayah pesisir".
    r"dipengaruhi|"
    # "banyaknya napi yang memakai narkoba berkaitan dengan longgarnya pengawasan": what
    # it goes with, as the speaker supposes the cause.
    # ("Remisi Khusus yang berkaitan dengan PP Nomor 28": which kind, no cause.)
    r"(?<!yang )(?<!yg )(?:berkaitan|berhubungan|ada kaitannya) dengan|"
    # "Tasrin memanfaatkan momen ketika petugas ... sibuk bergotong royong": the opening
    # an act used.
    r"memanfaatkan (?:momen|waktu|kesempatan|situasi|kelengahan|kelalaian|celah|keramaian)|"
    # "Makanya mereka pulang ke rumah": the reason is the sentence before.
    r"makanya|itu(?:lah)? sebabnya|"
    # "Atas dasar itu, pengunjung ... wajib diperiksa secara ketat": the sentence before.
    r"atas dasar (?:itu|ini|tersebut)|"
    # "ditempuh sebagai upaya menegakkan netralitas", "pelaksanaan amanat Undang-undang ...".
    r"sebagai (?:upaya|ikhtiar|cara|jalan|pelaksanaan|implementasi|tindak lanjut|langkah(?= (?:me|mem|men|meng|meny)\w+))|(?:pelaksanaan|menjalankan|melaksanakan) amanat|"
    # "inspeksi mendadak itu digelar untuk menindaklanjuti instruksi Direktur Jenderal": an
    # act held to carry out what came before it; "ditambah untuk ...": done for an aim.
    r"(?:untuk|guna|dalam rangka) menindaklanjuti|"
    # "Kebijakan itu diambil untuk mencegah kerumunan": a decision taken for an aim.
    r"(?:digelar|diadakan|dilakukan|dilaksanakan|dilangsungkan|dibentuk|dikerahkan|ditambah|diperketat|dipisahkan?"
    r"|diambil|ditempuh|diterapkan|diberlakukan|dikeluarkan|diterbitkan)"
    r"(?= untuk\b) untuk|"
    # "rasa rindu kepada keluarganya, yang mendorongnya berjalan keluar area": the cause
    # before the word that says it drove the act.
    r"yang (?:mendorong|membuat|menyebabkan|memicu)nya|yang (?:menyebabkan|memicu)|"
    # "kepadatan inilah yang membuat penyakit itu cepat menular": the cause a cleft stresses.
    r"(?<=lah )yang (?:membuat|mengakibatkan)|"
    # "Sidak ... merupakan imbas dari terbongkarnya ...": what it followed from.
    r"(?:imbas|buntut|ekses) dari|"
    # "program cuti bersyarat ini berkaitan dengan upaya mencegah penyebaran Covid-19".
    r"(?:berkaitan|terkait) dengan (?:upaya|langkah|program) (?:untuk )?(?:me|mem|men|meng|meny)\w+|"
    # "merupakan tindak lanjut dari Surat Edaran ...": the instruction it carries out;
    # "nihilnya temuan ... tidak lepas dari razia yang rutin": what brought it about.
    r"(?:merupakan|adalah|ialah) tindak lanjut|(?:tidak|tak) lepas dari|(?:tidak|tak) terlepas dari|berkat|"
    # "Kenapa belum dapat remisi?" — "kami masih menunggu keputusan dari Kementerian".
    r"masih menunggu|"
    # "Akibatnya, anggaran ... tidak lagi mencukupi": an effect of the sentence before.
    rf"{_EFFECT_WORDS}|"
    # "Ponsel-ponsel itu diduga dilemparkan dari luar": how it is thought to have come
    # about; "Alat komunikasi dinilai bisa menjadi awal mula segala tindak kejahatan": why
    # it is judged to matter; "Kami ingin membuktikan bahwa ...": what someone wanted to show.
    r"diduga(?=\s+(?:di|ter)[a-z]{3,})|dinilai(?=\s+(?:bisa|dapat|mampu|rawan|berpotensi)\b)|"
    r"ingin(?=\s+(?:membuktikan|menunjukkan|memperkenalkan|mengenalkan|memberi\w*|menanamkan)\b)|"
    # "Deteksi dini, kata dia, berfungsi mencegah munculnya gangguan ...": what it is for.
    r"berfungsi(?: untuk| sebagai)?|berguna (?:untuk|bagi)|bermanfaat (?:untuk|bagi)|"
    # "Kedatangan para wakil rakyat itu punya dua sasaran: memantau ...": an aim named as such.
    r"(?:punya|memiliki|mempunyai)(?: \w+)? (?:sasaran|tujuan|misi|target)|(?:sasaran|tujuan|misi)(?:nya)? (?:adalah|ialah|yakni|yaitu)|"
    # "Inspeksi mendadak itu merupakan bagian dari langkah pengawasan terhadap ...".
    r"(?:merupakan|menjadi|sebagai) bagian dari (?:langkah|upaya|program|tugas|fungsi|kegiatan|agenda)|"
    # "..., yang kemudian dinilai sebagai dasar untuk menentukan siapa saja yang lulus".
    r"sebagai dasar (?:untuk|bagi)|"
    # "12 orang sisanya dinilai belum memenuhi kriteria": why they were left out.
    r"(?:tidak|tak|belum) memenuhi (?:syarat|kriteria|persyaratan|ketentuan)|"
    # "ada beberapa faktor yang membuat tahanan bisa kabur, yakni pengawasan ...": the cause
    # is listed after the factor.
    r"faktor(?: \w+){0,8}?,? (?:yakni|yaitu|adalah|antara lain)|"
    # "merupakan kegiatan rutin untuk deteksi dini": what an activity is for.
    r"(?:kegiatan|upaya|langkah|program|sarana|wujud|cara)(?: \w+){0,2} untuk|"
    # "bukan semata pembinaan seni, melainkan juga sarana mengenalkan kembali nilai budaya".
    r"(?:sebagai|merupakan|menjadi|melainkan(?: juga)?) (?:sarana|media|wadah)|"
    # "Dengan begitu WBP tidak mencari tempat lain": what the step before it achieves.
    # ("..., sehingga keseluruhannya berjumlah 17 napi": a sum, no result of a cause.)
    # "Dia juga bilang tidak pernah memesan kaleng itu, jadi pada akhirnya kami tidak memegang
    # bukti": "jadi" (so) before a clause of its own joins a cause to its result.
    r"jadi(?=\s+(?:pada akhirnya|akhirnya|kami|kita|mereka|dia|ia|saya|tidak|tak|belum)\b)|"
    r"dengan (?:begitu|demikian)|sehingga(?!\s+(?:total(?:nya)?|keseluruhannya|seluruhnya|jumlah(?:nya)?|"
    r"berjumlah|totalnya)\b))\b",
    re.IGNORECASE,
)
#: A question on an aim ("Apa tujuan ...?", "what for?"), and the reason words that give a
#: cause or an instruction followed rather than an aim.
_ASKS_PURPOSE = re.compile(r"\b(?:tujuan\w*|untuk apa|buat apa|maksud(?:nya)?|purpose|aim(?:ed)?|what for|"
                           r"for what|(?:meant|intended|supposed|designed) to (?:do|achieve|accomplish))\b", re.IGNORECASE)
#: Words that give an aim, never a cause: the reason someone did something.
_AIM_ONLY = re.compile(rf"(?:agar|supaya|guna|demi|bertujuan|tujuannya|sebagai langkah untuk|{_GIVES_ROOM}|{_SERVES_AS})\b",
                       re.IGNORECASE)
#: Words that give the occasion an act marks: it says why the act was held, never why
#: something else was not ("tidak ada agenda lain ... karena masih bulan Ramadhan").
_OCCASION_ONLY = re.compile(r"(?:dalam rangka|(?:untuk|guna|dalam) memperingati|(?:bagian dari )?rangkaian)\b",
                            re.IGNORECASE)
_CAUSE_ONLY = re.compile(r"(?:karena|lantaran|sebab|disebabkan|akibat|pasalnya|alasannya|penyebabnya|dipicu|pemicu|"
                         r"yang membuat|yang mengakibatkan|"
                         r"dilatarbelakangi|dilatari|berlatar belakang|"
    # "Keterbatasan anggaran menjadi hambatan terbesar ...": the obstacle is the subject.
    r"(?:menjadi|merupakan) (?:hambatan|kendala)|"
                         r"makanya|masih menunggu|(?:merupakan|adalah|ialah) tindak lanjut|(?:tidak|tak) (?:ter)?lepas dari|"
                         r"(?:imbas|buntut|ekses) dari|berkat)", re.IGNORECASE)
#: A question on the occasion an act marks ("dalam rangka apa?", "to mark what?"), and the
#: reason words that name one.
_ASKS_OCCASION = re.compile(r"\bdalam rangka apa\b|\bmemperingati apa\b|\bto mark what\b|\bfor what occasion\b|"
                            r"\bwhat occasion\b|\b(?:held|staged|organi[sz]ed) to mark\b|"
                            r"\bin (?:honou?r|commemoration) of what\b", re.IGNORECASE)
_OCCASION = re.compile(r"rangka|memperingati|peringatan", re.IGNORECASE)
#: A question on what a thing will be used for: "gedungnya mau dipakai buat apa?", "what
#: will the building be used for?".
_ASKS_USE = re.compile(r"\b(?:dipakai|digunakan|dimanfaatkan|difungsikan|dijadikan|pakai|fungsi\w*)\b[^?]*\b(?:buat|untuk|jadi|sebagai)"
                       r"\s+apa(?:\s+(?:saja|aja))?\b"
                       r"|\b(?:buat|untuk)\s+apa(?:\s+(?:saja|aja))?\b[^?]*\b(?:dipakai|digunakan|dimanfaatkan)\b|\bused (?:for|as)\b|\bturned into\b|\bbecome\b", re.IGNORECASE)
#: What a report says a thing is to become or serve as.
_USE = re.compile(r"\b(difungsikan sebagai|dijadikan|menjadikannya|dimanfaatkan (?:sebagai|untuk|menjadi)|"
                  r"(?:digunakan|dipakai) (?:sebagai|untuk|buat)|diperuntukkan|(?:dirancang|direncanakan|disiapkan|akan) menjadi|"
                  r"be used (?:as|for)|turned into|converted into)\b", re.IGNORECASE)
#: Words that only say what followed, or what a step achieves: a reason when nothing
#: better is stated, weighed at ``WEAK_REASON``.
_WEAK_PURPOSE = frozenset({"sehingga", "jadi", "dengan begitu", "dengan demikian", "demi", "mengingat",
                           # A cause supposed or judged, a wish: reasons when none is stated.
                           "diduga", "dinilai", "ingin",
                           # The aim of the act a sentence names ("litmas digelar untuk
                           # menelusuri ..."), which may not be the act asked.
                           *(f"{verb} untuk" for verb in ("digelar", "diadakan", "dilakukan", "dilaksanakan",
                                                          "dilangsungkan", "dibentuk", "dikerahkan", "ditambah",
                                                          "diperketat", "dipisah", "dipisahkan")),
                           # "merupakan wujud dukungan atas ...": what an act stands for, loosely.
                           "merupakan wujud", "sebagai wujud"})
WEAK_REASON = 0.6
#: What an aim's rank keeps when its sentence says none of the question's verbs and a
#: cause's sentence does: it decides between reasons close in coverage only.
OTHER_ACT_SHARE = 0.85
#: Stems of verbs too light to name the act a reason is of: "menjadi", "memberi", "ada".
_LIGHT_VERBS = frozenset({"jadi", "beri", "kasih", "laku", "ada", "buat", "dapat", "punya", "sebut", "kata", "ujar",
                          "jelas"})  # stems, as a concept's senses hold them
#: "untuk pelaksanaan Pemilu 2019": a purpose word that names only the event it serves.
_FOR_THE_HOLDING = re.compile(r"\s+(?:pelaksanaan|penyelenggaraan|keperluan)\b", re.IGNORECASE)
#: A sentence that opens with the effect of the one before: "Akibatnya, ...".
_EFFECT_OPENS = re.compile(rf"^\W*(?:{_EFFECT_WORDS})\b", re.IGNORECASE)
#: What an act is part of or a basis for ("merupakan bagian dari langkah pengawasan",
#: "sebagai dasar untuk menentukan ..."): a reason only of the act its clause names.
_WEAK_FRAME = re.compile(r"(?:merupakan|menjadi|sebagai) bagian dari|sebagai dasar", re.IGNORECASE)
#: A purpose denied ("bukan dimaksudkan untuk mencari-cari kesalahan") is not the reason.
#: ("tidak bisa karena tak memiliki NIK": the reason is given, for what could not be done.)
_DENIED_PURPOSE = re.compile(r"\b(?:bukan|tidak|tak)\s+(?:(?!bisa\b|dapat\b|boleh\b|mampu\b|ikut\b)\w+\s+)?$"
                             # "pertanyaan soal penyebab kenaikan itu ... diajukan kepada polisi",
                             # "belum mengetahui apa penyebabnya": the cause asked about, not given.
                             r"|\b(?:pertanyaan|tanya|ditanya|ditanyakan)\s+(?:soal|tentang|mengenai|terkait)\s+$"
                             r"|\b(?:tidak|belum|tak)\s+(?:tahu|mengetahui|diketahui)\s+(?:pasti\s+)?(?:apa\s+)?$",
                             re.IGNORECASE)


#: A sentence whose subject is the act told just before it: "Hal itu dilakukan ...",
#: "Langkah tersebut ...".
_ACT_BEFORE = re.compile(
    r"^\W*(?:hal|langkah|upaya|tindakan|cara|kegiatan|this|that) (?:itu|ini|tersebut|was|is)\b",
    re.IGNORECASE,
)
#: A sentence that opens like this continues the one before ("... 10 hal. Diantaranya ...").
_CONTINUES = re.compile(
    r"^(Diantaranya|Di antaranya|Antara lain|Yaitu|Yakni|Pertama|Adapun|Among them|These)\b"
)


def _not_found(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """"Which contraband did the team not find at all?" — "tim juga tidak menemukan
    handphone maupun narkoba": the things a sentence of the answering report says were not
    found, not those it says were."""
    if not _ASKS_NOT_FOUND.search(evidence.frame.question):
        return None
    docs = evidence.answer_docs()[:1]
    found = [(scored, denied) for scored in evidence.focus_sentences()[:12] if scored.doc_id in docs
             and (denied := _NOT_FOUND.search(scored.text)) is not None]
    if not found:
        return None
    # Of the denials, the one that names most things ("handphone maupun narkoba").
    scored, denied = max(found, key=lambda f: (len(_THINGS_JOINED.findall(f[1].group("things"))), f[0].coverage))
    n = book.cite(scored.chunk)
    return [f"**{denied.group('things').strip(' ,')}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]


#: What joins things in a list: "handphone maupun narkoba", "HP, sajam, dan narkoba".
_THINGS_JOINED = re.compile(r",|\b(?:dan|maupun|serta|atau|and|or)\b", re.IGNORECASE)


#: "did not find", "found no", "tidak ditemukan", "gak nemu": what was not found is asked.
_ASKS_NOT_FOUND = re.compile(
    r"\b(?:did\s+not|didn't|not|never|fail(?:ed|s)?\s+to)\s+(?:\w+\s+){0,2}?(?:find|found|discover|discovered|turn\s+up|uncover)"
    r"|\bfound\s+no\b|\b(?:tidak|tak|gak|nggak|belum)\s+(?:di)?(?:temu|temukan|dapati|menemukan|mendapati|nemu)\w*",
    re.IGNORECASE)
#: "tidak menemukan handphone maupun narkoba", "tidak ditemukan barang terlarang".
_NOT_FOUND = re.compile(
    r"\b(?:tidak|tak|belum)\s+(?:(?:ada|pernah)\s+)?(?:menemukan|mendapati|ditemukan|didapati|mendapatkan)\s+(?:adanya\s+)?"
    r"(?P<things>[^.;:]+?)(?=\s+(?:di|saat|ketika|dalam|pada|selama)\s|[.;:]|,\s|$)", re.IGNORECASE)


def _on_topic_said(evidence: Evidence, ordered: list[ScoredSentence]) -> list[ScoredSentence]:
    """``ordered`` with the sentence on the topic asked first, when the question asks what
    someone said about it ("What did the head say about election campaigning inside the
    prisons?"): "Ibnu memastikan tidak akan ada kegiatan kampanye ..." answers, though a
    sentence on the vote in the prisons repeats more of the question's setting."""
    about = _SAID_ABOUT.search(evidence.frame.question)
    if about is None or not ordered:
        return ordered
    topic = (about.group("topic") or about.group("topic_id")).lower()
    weights = {c.label: w for c, w in zip(evidence.concepts.concepts, evidence.concepts.weights)}
    named = [c for c in evidence.concepts.topical if c.label.lower() in topic and not c.unknown]
    if not named:
        return ordered
    head = max(named, key=lambda c: weights.get(c.label, 0.0))
    floor = TOPIC_SAID_SHARE * ordered[0].coverage
    on_topic = [s for s in ordered if s.doc_id == ordered[0].doc_id and head.matches(s.sentence.terms)
                and s.coverage >= floor]
    return on_topic[:1] + [s for s in ordered if s not in on_topic[:1]]


#: "What did he say about X?", "Kalapas bilang apa soal X?": what was said on a topic.
_SAID_ABOUT = re.compile(
    r"\b(?:say|said|says|tell|told|state|stated|mention|mentioned|announce|announced)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:about|on|regarding|concerning)\s+(?P<topic>[^?]+)"
    r"|\b(?:bilang|ngomong|berkata|menyampaikan|mengatakan|menegaskan|kata)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:soal|tentang|mengenai|terkait|perihal)\s+(?P<topic_id>[^?]+)", re.IGNORECASE)
#: How close to the best sentence's coverage the one on the topic must come.
TOPIC_SAID_SHARE = 0.75


#: "Apa tanggapan kalapas Pamekasan soal tudingan ...?", "How did the warden respond to
#: ...?": what a post holder said is asked.
_ASKS_RESPONSE = re.compile(
    r"\b(?:tanggapan|respons?|komentar|reaksi|jawaban|klarifikasi)\s+(?P<who>[^?]{3,60}?)\s+"
    r"(?:soal|atas|terhadap|tentang|mengenai|terkait|perihal)\b"
    r"|\bhow did (?:the\s+)?(?P<who_en>[^?]{3,60}?)\s+(?:respond|react|reply|answer)\b", re.IGNORECASE)


def _check_responder_named(evidence: Evidence) -> None:
    """Raise NotStated when the question asks what a post holder answered ("tanggapan
    kalapas Pamekasan soal ...") and the answering report never names that post: what
    others said (the former inmate's claims) is not his answer."""
    asked = _ASKS_RESPONSE.search(evidence.frame.question)
    docs = evidence.answer_docs()[:1]
    if asked is None or not docs:
        return
    posts = posts_in_question(asked.group("who") or asked.group("who_en"), evidence.language)
    if not posts:
        return
    post = posts[0]
    for sentence in evidence.index.sentences.of_article(docs[0]):
        if any(p.post_kind == post.post_kind and p.upt_kind in (None, post.upt_kind) for p in sentence.people):
            return
        if any(q.post_kind == post.post_kind for q in posts_in_question(sentence.text, "id")):
            return
    raise NotStated("not_stated")


def compose_what(
    evidence: Evidence, book: CitationBook, lead_words: int | None = None, items_tried: bool = False
) -> list[str] | None:
    """The gist of the best sentence, with where it comes from, then the best sentences
    quoted whole as evidence; syndicated copies are named once.

    The answer's own line stays short (``GIST_WORDS``): the part of the sentence from the
    clause that matches the question on; the whole sentences follow as ``>`` quotes.
    """
    if lead_words is None:
        _check_responder_named(evidence)
        # "Berdasarkan peraturan apa?", "Roti Kayna itu kepanjangannya apa?", "What crime
        # were they convicted of?": the phrase the report writes in its own form answers.
        named = ((bodies_attending(evidence, book) if ASKS_ATTENDING.search(evidence.frame.question)
                  and re.search(r"\b(?:siapa|who)\b", evidence.frame.question, re.IGNORECASE) else None)
                 or _not_found(evidence, book) or _sanctions(evidence, book) or _expanded_before(evidence, book)
                 or _articles_cited(evidence, book) or _contents(evidence, book)
                 or _asked_phrase(evidence, book, _PHRASES_ASKED) or _defined(evidence, book)
                 or _subject_of_predicate(evidence, book) or _said_to_be(evidence, book)
                 or _object_of_asked_verb(evidence, book) or _done_with(evidence, book)
                 or _hidden_inside(evidence, book) or _consequence(evidence, book))
        if named is not None:
            return named
        _check_crime_stated(evidence)
    # ("pesannya apa saja?": what someone urged is one clause, not things listed.)
    # (Nor is what someone asked to be done: "meminta ... agar segera melakukan konsolidasi
    # ..., baik kepolisian maupun kejaksaan, serta ...".)
    if lead_words is None and not items_tried and not MESSAGE_ASKED.search(evidence.frame.question) and not (
            _asks_directive(evidence) and not _SEVERAL_ASKED.search(evidence.frame.question)) and (
            _ASKS_SET.search(evidence.frame.question)
            or _ASKS_COUNTED_THINGS.search(evidence.frame.question) or _items_of_the_act(evidence)):
        # "Instansi apa saja yang hadir?", "what elements are assessed?": several things are
        # asked, and the sentence that enumerates them answers with all of them. So for
        # "What did the team confiscate?" when the report lists what was confiscated
        # ("Barang yang disita antara lain kipas angin, ...").
        items = compose_items(evidence, book)
        if items is not None:
            return items
    language = evidence.language
    quotes: list[str] = []
    used: list[frozenset[str]] = []
    chosen: list[tuple[ScoredSentence, str, int]] = []
    ordered = _directive_first(evidence)
    manner = _ASKS_MANNER.search(evidence.frame.question) is not None
    main_act = _main_act(evidence) if ASKS_OBJECT.search(evidence.frame.question) else None
    if (manner or main_act is not None) and evidence.concepts.verbs and ordered:
        # "How did the visitor try to hide the drugs?": the sentence with the act itself
        # ("Paket tersebut diselipkan di dalam sepatu ..."), though it repeats no name.
        # So for "What did the inmates who fled ... use as an aid?": the sentence that
        # says what was used ("memanfaatkan sisa-sisa kayu ... sebagai alat bantu").
        docs = set(evidence.answer_docs()[:1])
        acts = weighty_verbs(evidence) or evidence.concepts.verbs
        act = main_act or acts[0]  # "try to hide the suspected drugs": the act is "hide"
        # Of the sentences with the act, the one in its nearest sense ("diselipkan" over the
        # looser "dimasukkan ke dalam" of the same glossary entry).
        sense = {s: next((i for i, alt in enumerate(act.alternatives) if alt <= s.sentence.terms), None)
                 for s in ordered if s.doc_id in docs}
        acting = sorted((s for s, i in sense.items() if i is not None), key=lambda s: sense[s])
        if manner:
            # "Modus apa yang dipakai untuk kabur?": of the sentences with one of the acts,
            # the one that says how ("meloloskan diri dengan berpura-pura menyapu").
            asked = [c for c in evidence.concepts.own_concepts if not c.salient]
            ways = [s for s in ordered if s.doc_id in docs and _MANNER_TOLD.search(s.text)
                    and any(c.matches(s.sentence.terms) for c in asked)]
            acting = ways[:1] + [s for s in acting if s not in ways[:1]]
        ordered = acting[:1] + [s for s in ordered if s not in acting[:1]] if acting else ordered
    ordered = _on_topic_said(evidence, ordered)
    for scored in ordered:
        if len(quotes) >= 2 or scored.coverage < 0.6 * ordered[0].coverage:
            break
        terms = scored.sentence.terms
        if any(_jaccard(terms, other) > 0.6 for other in used):
            continue
        copies = _copies(evidence, scored)
        n = book.cite(scored.chunk, also_in=tuple(c.doc_id for c in copies))
        quoted = _best_window(evidence, scored.text)
        following = evidence.index.sentences.following(scored.sentence)
        if following is not None and (_CONTINUES.match(following.text)
                                      or manner and not chosen and _NEXT_STEP.match(following.text)):
            # "... dengan cara menggergaji teralis. Setelah teralis terbuka, mereka turun
            # memakai sarung ...": how it was done goes on in the next step.
            quoted = f"{quoted} {following.text}"
            steps = manner and not _CONTINUES.match(following.text)
        else:
            steps = False
        previous = evidence.index.sentences.preceding(scored.sentence)
        if previous is not None and _ACT_BEFORE.match(scored.text) and not any(
            c[0].sentence == previous for c in chosen
        ):
            # "Hal itu dilakukan sebagai wujud penghargaan ...": what "hal itu" was (the
            # delegates wore iket Sunda) is the sentence before, and it is what is asked.
            quoted = f"{previous.text} {quoted}"
        line = f"> {quote(quoted, limit=700)} [{n}]"
        for copy in copies:
            m = book.cite(copy.chunk)
            label = article_label(evidence.index, copy.doc_id)
            line += t(
                language,
                f" Kalimat yang sama juga dimuat artikel tentang {label} [{m}].",
                f" The same passage also appears in the article on {label} [{m}].",
            )
        if (not chosen and following is not None and _ANNOUNCES.search(scored.text)
                and not _ENUMERATION.search(scored.text) and following.doc_id == scored.doc_id
                and not _BRACKETED_ASIDE.match(following.text)):
            # "... telah menyiapkan sejumlah langkah untuk mengantisipasi gangguan keamanan."
            # restates the question; the sentence after it says which steps.
            line = f"> {quote(scored.text, limit=700)} {quote(following.text, limit=700)} [{n}]"
            quoted = following.text
        way = _MANNER.search(quoted) if manner else None
        if way is not None and way.start() > 0:
            quoted = "… " + quoted[way.start() :]  # the answer's line starts at how it was done
        chosen.append((scored, quoted, n))
        quotes.append(line)
        if steps:
            break  # the steps of how it was done take the answer's whole line
        used.append(terms)
    if not chosen:
        return None
    return [_lead(evidence, chosen, lead_words or LEAD_WORDS), "", *quotes]


#: A question on the thing an act took, found or gave: "What did the team confiscate?",
#: "What was found in the cell?", "apa yang disita petugas?".
_ASKS_THING_OF_ACT = re.compile(
    r"^\W*(?:and |so |then |but )?what (?:did|do|does|will|would) "
    r"|^\W*(?:and |so |then |but )?what (?:was|were|had been) (?:\w+ed|found|seized|taken|shown|brought|caught|held)\b"
    r"|^\W*apa (?:yang|yg) (?:di|ter)\w+",
    re.IGNORECASE)


#: Where a question's main clause ends and a clause of purpose or time begins.
_SUBORDINATE = re.compile(r"\b(?:so that|in order to|as mentioned|during|when|while|after|before|because)\b",
                          re.IGNORECASE)


def _items_of_the_act(evidence: Evidence) -> bool:
    """Whether a question on the thing an act concerns meets a sentence of the answering
    report that lists the things of that act ("Barang yang disita antara lain kipas angin,
    alat pemanas air, ..."): the act's word before the list's opening word."""
    if not _ASKS_THING_OF_ACT.search(evidence.frame.question):
        return False
    # The act of the question's main clause, not of a clause that says why or when ("What
    # did Tarakan prison make so that ..., as mentioned during the spot check?": "make").
    main = _SUBORDINATE.split(evidence.frame.question, maxsplit=1)[0].lower()
    acts = [v for v in weighty_verbs(evidence) if re.search(rf"\b{re.escape(v.label.split()[0])}", main)]
    if not acts:
        return False
    docs = set(evidence.answer_docs()[:1])
    best = max((s.coverage for s in evidence.sentences if s.doc_id in docs), default=0.0)
    for scored in evidence.sentences:
        if scored.doc_id not in docs or scored.coverage < ITEMS_RELATIVE * best:
            continue
        plain = _DEGREES.sub("", scored.text).removeprefix(CAPTION_LABEL)
        opening = _ITEMS_START.search(plain)
        if (opening is not None and _ENUMERATION.search(plain[opening.start():])
                and any(act.matches(set(analyze_document(plain[: opening.start()]))) for act in acts)):
            return True
    return False


#: A sentence that announces things without naming them: "menyiapkan sejumlah langkah",
#: "bekerja sama dengan dua sekolah kejuruan", "persyaratan mutlak yang wajib dipenuhi".
_ANNOUNCES = re.compile(
    r"\b(?:sejumlah|beberapa|berbagai|serangkaian|sederet|dua|tiga|empat|lima|enam)\s+(?:\w+\s+)?"
    r"(?:langkah|hal|poin|upaya|strategi|sekolah|lembaga|instansi|program|kegiatan|syarat|persyaratan|cara|metode|"
    r"jenis|barang|fasilitas|pihak|mitra|materi|arahan|pesan|instruksi|larangan|kriteria)\b"
    r"|\b(?:persyaratan|syarat|ketentuan|kriteria)\s+(?:mutlak|utama|khusus|tertentu)\b"
    r"|\b(?:sebagai berikut|berikut ini)\b",
    re.IGNORECASE,
)




#: A question about how something was done: "How did they get out?", "gimana caranya?".
_ASKS_MANNER = re.compile(
    r"^\W*(?:and |so |then |but )?how (?:did|do|does|was|were|is|are|can|could)\b|\bin what way\b|\bby what means\b"
    r"|\b(?:bagaimana|gimana) (?:cara|caranya|mereka|napi|para)\b|\b(?:dengan )?cara(?:nya)? (?:apa|bagaimana|gimana)\b"
    # "Modus apa yang dipakai untuk kabur?", "apa modusnya?", "what trick did they use?"
    r"|\bmodus(?:nya)? (?:apa|yang)\b|\bapa modus(?:nya)?\b|\bwhat (?:trick|ruse|method|ploy|modus)\b",
    re.IGNORECASE,
)
#: Words opening a relative clause, whose verb is not the question's main act.
_RELATIVE = frozenset({"who", "that", "which", "whom"})


def _main_act(evidence: Evidence) -> Concept | None:
    """The main act of a "what did ... do" question: its first act not opened by a relative
    word ("the inmates who fled Serang prison ... use as an aid": "use", not "fled")."""
    words = re.findall(r"[\w'-]+", evidence.frame.question.lower())
    if _SPEECH_VERBS & set(words):
        return None  # "What did the head say the declaration committed them to?": what was said
    for verb in evidence.concepts.verbs:
        if verb.label in LIGHT_VERBS:
            continue
        first = verb.label.split()[0]
        if first in words:
            at = words.index(first)
            if at > 0 and words[at - 1] in _RELATIVE:
                continue
            return verb
    return None


#: Verbs of saying, whose object is the content of a statement.
_SPEECH_VERBS = frozenset({"say", "said", "tell", "told", "state", "stated", "explain", "explained", "claim",
                           "claimed", "mention", "mentioned", "note", "noted", "stress", "stressed", "emphasise",
                           "emphasize", "emphasised", "emphasized", "urge", "urged", "ask", "asked", "call",
                           "called", "describe", "described", "announce", "announced", "report", "reported",
                           "hope", "hoped", "expect", "expected", "promise", "promised", "want", "wanted"})


#: Verbs that only frame the act a how-question asks about ("try to hide", "suspected").
LIGHT_VERBS = frozenset({"try", "tried", "trying", "attempt", "attempted", "manage", "managed", "want", "wanted",
                          "suspected", "alleged", "able", "berusaha", "mencoba", "coba", "diduga"})


def weighty_verbs(evidence: Evidence) -> list[Concept]:
    """The question's verbs that name its act, without those that only colour it ("try
    to hide": "hide")."""
    return [v for v in evidence.concepts.verbs if v.label not in LIGHT_VERBS]


#: Where a sentence says how: "dengan cara menggergaji", "menggunakan tali", "by sawing".
_MANNER = re.compile(r"\b(?:dengan cara|dengan menggunakan|caranya|modusnya|dengan modus|by (?:means of )?\w+ing)\b",
                     re.IGNORECASE)
#: A sentence that tells how, by those words or by a verb after "dengan" ("meloloskan diri
#: dengan berpura-pura menyapu halaman"), whose object may stand before it.
_MANNER_TOLD = re.compile(rf"{_MANNER.pattern}|\bdengan (?:ber|me|mem|men|meng|meny)[a-z-]{{3,}}\b", re.IGNORECASE)
#: A sentence that tells the next step of what the one before told: "Setelah teralis terbuka,
#: mereka ...", "Kemudian ...", "Lalu ...".
_NEXT_STEP = re.compile(r"^\W*(?:setelah|sesudah|kemudian|lalu|selanjutnya|usai|seusai|then|after that|afterwards)\b",
                        re.IGNORECASE)


#: A question asking for several things: "apa saja", "siapa aja", "which agencies", "what
#: elements" (a plural after "what"/"which"), who attended or witnessed.
_ASKS_SET = re.compile(
    r"\b(?:apa|siapa|mana) (?:saja|aja)\b"
    # "What punishment awaits ...": after a noun of its own form ("-ment", "-tion"), the word
    # in "-s" is its verb, and one thing is asked.
    r"|\b(?:what|which) (?!(?:is|was|does|has|this|kind|type|times?|days?|dates?)\b)"
    r"(?:(?![a-z]+(?:ment|tion|sion|ness|ity|ship|ance|ence) )[a-z-]+ )?"
    r"(?!(?:was|is|has|does|this|its|his|times|days|dates)\b)[a-z]+[^s\W]s\b"
    # "which sports association": a plural that qualifies the singular noun after it.
    r"(?!\s+(?:[a-z]+(?:tion|sion|ity|ment|ness|ship|ence|ance)|club|team|body|group|union)\b)"
    r"|\b(?:who|siapa)\b[^?]*\b(?:attend\w*|witness\w*|hadir|menghadiri|menyaksikan)\b"
    # "What kinds of inmate products were shown?": kinds, plural, of things.
    r"|\b(?:what|which) (?:kinds|types|sorts) of\b",
    re.IGNORECASE,
)
#: "what three specific points ...?": a count of things asked, which a list answers (a
#: sentence that says what they are, "Keenam fasilitas tersebut adalah ...", still may).
_ASKS_COUNTED_THINGS = re.compile(
    r"\b(?:what|which) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) "
    # "Which two Ternate prison staff ...?" counts people, whom the who reader names.
    r"(?!(?:[\w-]+\s+){0,3}?(?:staff|officers?|officials?|people|persons?|inmates?|prisoners?|detainees?|men|women|"
    r"guards?|employees?|heads?|chiefs?)\b)",
    re.IGNORECASE)
#: "Which law ...?", "under which presidential decree ...?", "dasar hukumnya apa?": a
#: regulation is asked, and its name and number answer.
_ASKS_REGULATION = re.compile(
    r"\b(?:which|what|under|apa|mana|berapa|nomor)\b[^?]*\b(?:laws?|decrees?|regulations?|acts?|statutes?|"
    r"keppres|keputusan presiden|undang-undang|uu|peraturan|perpres|permen\w*|dasar hukum\w*)\b"
    r"|\b(?:laws?|decrees?|regulations?|undang-undang|uu|keppres|peraturan|dasar hukum\w*)\b[^?]*\b(?:apa|mana|which|what)\b"
    # "What legal basis did he cite?", "landasan hukumnya apa?"
    r"|\b(?:legal (?:basis|grounds?)|landasan(?: hukum)?\w*)\b",
    re.IGNORECASE,
)
#: A regulation by name and number: "Keputusan Presiden (Keppres) RI Nomor 17 Tahun 2025",
#: "UU No 20 Tahun 2023 tentang ASN".
_ONE_REGULATION = (
    # "Pasal 10 Undang-Undang Pemasyarakatan Nomor 22 Tahun 2022": its article and its subject too.
    # ("Pasal 136 ayat 2 huruf e Permenkumham Nomor 3 Tahun 2018": down to its letter.)
    r"(?:\bPasal\s+\d+[a-z]?\s+(?:[Aa]yat\s+\(?\d+\)?\s+(?:huruf\s+[a-z]\s+)?)?)?"
    r"\b(?:Undang-[Uu]ndang(?: [A-Z][a-z]+)?|UU(?: [A-Z][a-z]+)?|Keputusan Presiden|Keppres|"
    r"Peraturan (?:Pemerintah|Presiden|Menteri)(?: [A-Z][\w]*)*|"
    r"PP|Perpres|Permen\w*|Kepmen\w*)(?:\s*\([A-Za-z]+\))?(?:\s+(?:Republik Indonesia|RI))?"
    r"\s+(?:Nomor|No\.?|Nomer)\s*\d+[\w/.-]*(?:\s+[Tt]ahun\s+\d{4})?"
)
#: ("Permenkumham No 43 Tahun 2021 dan Permenkumham Nomor 7 Tahun 2022": both are named.)
_REGULATION = re.compile(
    rf"{_ONE_REGULATION}(?:\s*(?:,|dan|serta|,\s*dan)\s+{_ONE_REGULATION})*(?:\s+tentang\s+[^,.;]+)?"
)


#: "And that regulation amended which earlier one?", "mengubah peraturan apa?": the rule a
#: rule changed, and the report's phrase for it ("yang merupakan perubahan atas
#: Permenkumham Nomor 6 Tahun 2013").
_ASKS_AMENDED = re.compile(r"\b(?:amend(?:s|ed)?|replac(?:es|ed)|revis(?:es|ed))\b[^?]*\b(?:which|what)\b"
                           r"|\b(?:which|what)\b[^?]*\b(?:amend(?:ed)?|replaced?|revised?)\b"
                           r"|\b(?:perubahan\s+atas|mengubah|menggantikan|merevisi)\s+(?:\w+\s+)?(?:apa|mana|yang\s+mana)\b",
                           re.IGNORECASE)
_AMENDED = re.compile(rf"\b(?:perubahan\s+(?:atas|dari)|mengubah|menggantikan|merevisi)\s+(?P<amended>{_ONE_REGULATION})")
#: A question asking which articles of a law apply: "under which articles of the Narcotics
#: Law", "dijerat pasal apa"; and an article as reports cite it: "Pasal 114 ayat (1)".
_ASKS_ARTICLES = re.compile(r"\barticles?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:law|act|code|kuhp|uu)\b"
                            r"|\bpasal(?:-pasal)?\s+(?:apa|berapa|mana)\b|\bpasal-pasal\b", re.IGNORECASE)
_ARTICLE_CITED = re.compile(r"\bPasal\s+\d+[a-z]?(?:\s+[Aa]yat\s+\(?\d+\)?(?:\s+huruf\s+[a-z]\b)?)?")


def _articles_cited(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Every article of a law the answering report's best sentence that cites any gives
    ("dijerat Pasal 114 ayat (1) juncto Pasal 132 ayat (1) dan/atau Pasal 112 ayat (1)"),
    when the question asks which articles apply; None otherwise."""
    if not _ASKS_ARTICLES.search(evidence.frame.question):
        return None
    docs = evidence.answer_docs()[:1]
    for scored in evidence.focus_sentences()[:8]:
        cited = list(dict.fromkeys(m.group() for m in _ARTICLE_CITED.finditer(scored.text)))
        if scored.doc_id in docs and cited:
            n = book.cite(scored.chunk)
            return ["; ".join(f"**{article}**" for article in cited) + f" [{n}]", "",
                    f"> {quote(scored.text, limit=500)} [{n}]"]
    return None


#: A question asking what a short name stands for.
_ASKS_EXPANSION = re.compile(r"\b(?:kepanjangan\w*|singkatan\w*|kependekan\w*|stands? for|short for|"
                             r"abbreviation|acronym)\b", re.IGNORECASE)
#: "merupakan singkatan dari Karya Narapidana", "kepanjangannya adalah ...", "stands for ...".
#: An acronym of several things spells out as a list ("haliba, singkatan dari hape, pungli,
#: dan narkoba"): short items joined by commas up to "dan"/"serta" and the last.
_EXPANSION = re.compile(r"\b(?:singkatan|kependekan|akronim|kepanjangan)(?:nya)?\s+(?:dari\s+|adalah\s+|yaitu\s+)?"
                        r"(?P<full>[^,.;()]+(?:(?:,\s*(?:[\w+-]+\s?){1,4}?)*,?\s+(?:dan|serta|and)\s+[^,.;()]+)?)"
                        r"|\b(?:stands|short) for\s+(?P<full2>[^,.;()]+)", re.IGNORECASE)


def _expanded_before(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """What an acronym asked about stands for, when the report writes it before the acronym
    in brackets: "meniadakan handphone, pungutan liar, dan narkoba (HALINAR)", "Wilayah
    Birokrasi Bersih Melayani (WBBM)". Of the words before the bracket, those whose
    initials spell the acronym, else the enumeration that ends at it."""
    question = evidence.frame.question
    if not _ASKS_EXPANSION.search(question):
        return None
    terms = [t for t in _TERM.findall(question) if not find_upts(t)]
    docs = evidence.answer_docs()[:1]
    if not terms or not docs:
        return None
    acronym = terms[0]
    bracket = re.compile(rf"\(\s*{re.escape(acronym)}\s*\)", re.IGNORECASE)
    for sentence in evidence.index.sentences.of_article(docs[0]):
        found = bracket.search(sentence.text)
        if found is None:
            continue
        before = sentence.text[: found.start()].rstrip()
        full = _initials_spell(before, acronym) or _enumeration_ending(before)
        if full is None:
            continue
        n = cite_in_article(evidence, book, docs[0], sentence.start)
        return [f"**{acronym}**: {quote(full)} [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    return None


def _initials_spell(before: str, acronym: str) -> str | None:
    """The last words of ``before`` whose initials (joining words left out) spell
    ``acronym``: "Wilayah Birokrasi Bersih Melayani" for "WBBM"."""
    words = before.split()
    letters = acronym.upper()
    for size in range(len(letters), min(len(words), 2 * len(letters)) + 1):
        tail = words[-size:]
        initials = "".join(w[0].upper() for w in tail if w.lower() not in {"dan", "dari", "dan/atau", "&", "di", "ke"})
        if initials == letters:
            return " ".join(tail)
    return None


#: "handphone, pungutan liar, dan narkoba": items up to a last one after "dan"/"serta".
_ENUMERATION_END = re.compile(r"(?:[\w-]+\s+){0,2}[\w-]+(?:,\s*(?:[\w-]+\s+){0,2}[\w-]+)*,?\s+(?:dan|serta|and)\s+"
                              r"(?:[\w-]+\s+){0,2}[\w-]+$")


def _enumeration_ending(before: str) -> str | None:
    """The enumeration ``before`` ends with, its first item cut to its last noun phrase."""
    found = _ENUMERATION_END.search(before)
    if found is None or "," not in found.group():
        return None
    items = found.group().split(",")
    items[0] = items[0].split()[-1] if len(items[0].split()) > 2 else items[0]
    return ",".join(items).strip()


#: The term asked about: a word in capitals ("SITUMDISAPA") or a capitalised name.
_TERM = re.compile(r"\b[A-Z][A-Z0-9-]{2,}\b")


def _defined(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """What the report says a term is: its gloss in brackets ("SITUMDISAPA (Aksi Medis di
    Lapas)") or after "yaitu", with the sentence after it when that one tells what it does
    ("Lewat program itu, setiap hari Sabtu petugas medis ...")."""
    question = evidence.frame.question
    if not _ASKS_DEFINITION.search(question):
        return None
    # "What is the 'remisi dasawarsa' ...?": a term the asker sets in quotes, else an
    # acronym of the question.
    terms = _QUOTED_TERM.findall(question) or [t for t in _TERM.findall(question) if not find_upts(t)]
    docs = evidence.answer_docs()[:1]
    if not terms or not docs:
        return None
    gloss = re.compile(rf"\b{re.escape(terms[0])}\b\s*(?:\((?P<bracket>[^()]{{4,80}})\)|,?\s+(?:yaitu|yakni|adalah|merupakan)\s+(?P<said>[^.;]{{4,120}}))",
                       0 if terms[0].isupper() else re.IGNORECASE)
    index = evidence.index.sentences
    fallback = evidence.best_chunk_per_doc()[docs[0]][0].chunk
    for sentence in index.of_article(docs[0]):
        found = gloss.search(sentence.text)
        if found is None:
            continue
        meaning = (found.group("bracket") or found.group("said")).strip()
        n = book.cite_sentence(docs[0], sentence.start, fallback)
        lines = [f"**{terms[0]}**: {quote(meaning)} [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
        following = index.following(sentence)
        if following is not None and _REFERS_BACK.match(following.text) or following is not None and re.match(
                r"^\W*(?:lewat|melalui|dalam|di)\s+(?:program|kegiatan|inovasi)\s+(?:itu|ini|tersebut)\b", following.text, re.IGNORECASE):
            m = book.cite_sentence(docs[0], following.start, fallback)
            lines[0] += f" {quote(following.text)} [{m}]"
            lines.append(f"> {quote(following.text)} [{m}]")
        return lines
    return None


#: A report saying what a thing is: "Sanksinya berupa penutupan huni selama 1 sampai 12
#: hari", "Pokok bahasan utama pertemuan adalah penerapan ...": the subject in its own
#: clause, the copula, and what it is, up to the end of the sentence or of the quote.
_SAID_TO_BE = re.compile(
    r"(?:^|[,;:(\"“]\s*)(?P<subject>[^,;:.\"“”()]{2,80}?)\s+(?:berupa|adalah|ialah|yaitu|yakni|merupakan)\s+"
    r"(?P<said>[^;\"“”]{4,320}?)\s*(?=,?\s*[\"”]|[.;]?\s*$)"
)
#: "Pelatihan apa yang digelar lapas itu?": the thing qualified by what happened to it
#: asks which one took place, read from the event's sentence, not from a sentence saying
#: what some "pelatihan" is ("paket ke-6, yakni paket pelatihan ...").
_ASKED_BY_EVENT = re.compile(r"\bapa(?:\s+saja)?\s+(?:yang|yg)\b", re.IGNORECASE)


def _said_to_be(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """What the report says the asked thing is, when a sentence has it as the subject of
    "berupa / adalah / yaitu": "What punishment awaits inmates found with contraband?" is
    answered by "Sanksinya berupa penutupan huni selama 1 sampai 12 hari", not by the
    sentence that repeats most of the question's words."""
    asked = asked_thing(evidence.frame.question)
    docs = evidence.answer_docs()[:1]
    if asked is None or not docs:
        return None
    # "Senjata apa yang dipakai ...?" asks which one was used: only a thing the report
    # names right after it ("senjata rakitan berupa plat besi"), not a definition.
    by_event = _ASKED_BY_EVENT.search(evidence.frame.question) is not None
    things = [c for c in evidence.concepts.concepts
              if not c.salient and not c.generic and asked in c.label.lower().split()]
    if not things:
        return None
    for scored in evidence.focus_sentences()[:8]:
        if scored.doc_id not in docs:
            continue
        for match in _SAID_TO_BE.finditer(scored.text):
            if by_event and not re.match(r"\s+berupa\b", scored.text[match.end("subject"):]):
                continue
            subject = frozenset(analyze_document(
                " ".join(match.group("subject").split()[-3:]) if by_event else match.group("subject")))
            if any(c.matches(subject) for c in things):
                n = book.cite(scored.chunk)
                said = " ".join(match.group("said").split()).rstrip(",")
                return [f"**{said}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]
    return None


#: "dokumen apa yang jadi syarat utama supaya ...?", "apa yang menjadi kendala?": the thing
#: asked is the subject a report gives that predicate ("KTP merupakan persyaratan utama").
_ASKS_SUBJECT_OF = re.compile(
    r"\b(?:apa|apakah)\s+(?:yang|yg)\s+(?:jadi|menjadi|merupakan)\s+(?P<pred>[a-z]+(?:\s+[a-z]+)?)\b",
    re.IGNORECASE)
#: A subject and its copula: "sedangkan KTP merupakan ...", "Kendala utamanya adalah ..." is
#: not it (the predicate then follows); the subject is the clause's words before the copula.
_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:]\s*|\b(?:sedangkan|sementara|bahwa|dan)\s+)(?P<subject>[^,;:]{2,40}?)\s+"
                             r"(?:merupakan|menjadi|adalah|ialah|jadi)\s+(?P<pred>[^,.;:]{3,60})", re.IGNORECASE)


def _subject_of_predicate(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The subject a report gives the predicate a question asks about: "dokumen apa yang
    jadi syarat utama?" is answered by "KTP" of "KTP merupakan persyaratan utama untuk bisa
    memberikan suara", however little else of the question that sentence repeats."""
    asked = _ASKS_SUBJECT_OF.search(evidence.frame.question)
    docs = evidence.answer_docs()[:1]
    if asked is None or not docs:
        return None
    wanted = frozenset(analyze_document(asked.group("pred")))
    if not wanted:
        return None
    for scored in [s for s in evidence.sentences if s.doc_id == docs[0]]:
        for match in _SUBJECT_BEFORE.finditer(scored.text):
            said = frozenset(analyze_document(" ".join(match.group("pred").split()[:4])))
            subject = _OPENING_JOINER.sub("", match.group("subject").strip())
            if wanted <= said and len(subject.split()) <= SUBJECT_WORDS:
                n = book.cite(scored.chunk)
                return [f"**{subject}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]
    return None


#: A joining word before a clause's subject: "sedangkan KTP merupakan ...".
_OPENING_JOINER = re.compile(r"^(?:(?:sedangkan|sementara|bahwa|dan|namun|tetapi|serta)\s+)+", re.IGNORECASE)
#: The most words a subject answered for a predicate may have ("KTP", "kartu keluarga").
SUBJECT_WORDS = 4


#: A question asking for the crime someone is held for.
_ASKS_CRIME = re.compile(
    r"\b(?:what|which)\s+(?:crimes?|offen[cs]es?|cases?|charges?)\b|\bconvicted (?:of|for)\b|\bcharged with\b"
    r"|\b(?:kasus|perkara|tindak pidana|kejahatan)(?:nya)?\s+apa\b|\bterjerat\s+(?:kasus\s+)?apa\b"
    r"|\bapa\s+(?:kasus|perkara|kejahatan)(?:nya)?\b", re.IGNORECASE)
#: "terjerat kasus illegal logging atau pembalakan liar", "napi perkara korupsi".
_CRIME = re.compile(r"\b(?:terjerat|tersangkut|dijerat|terlibat|divonis dalam|menjalani hukuman)?\s*"
                    # ("kasus kemarin", "kasus lalu": which case by when, not what crime)
                    r"(?:kasus|perkara|tindak pidana)\s+(?P<crime>(?!(?:ini|itu|tersebut|yang|kemarin|lalu|sebelumnya|"
                    r"tadi|baru-baru ini|serupa|sama)\b)[^,.;()]{3,60}"
                    # "perkara pencurian, kekerasan, ataupun tindak asusila": the whole list.
                    r"(?:(?:,\s*[^,.;()]{3,40})*,?\s+(?:dan|serta|atau|ataupun|maupun)\s+[^,.;()]{3,40})?)",
                    re.IGNORECASE)
def _numbers_in(text: str) -> set[float]:
    """The counts a sentence writes, as values."""
    return {v for v in (number_value(m.group(1) or m.group(3)) for m in numbers(text)) if v is not None}


def _check_crime_stated(evidence: Evidence) -> None:
    """"What crimes had the five been convicted of?": a report that names no case at all
    does not say (``NotStated``), whatever sentence repeats the question's other words.
    Nor does one that names no firm say which company ("What is the name of the third-party
    company that supplied the machines?" of "disediakan oleh pihak ketiga")."""
    docs = evidence.answer_docs()[:1]
    if (_ASKS_CRIME.search(evidence.frame.question) and docs
            and not _ANY_CRIME.search(evidence.index.articles[docs[0]].text)):
        raise NotStated("not_stated")
    if (_ASKS_COMPANY_NAME.search(evidence.frame.question) and docs
            and not _COMPANY.search(evidence.index.articles[docs[0]].text)):
        raise NotStated("not_stated")


#: Any word of a crime or a case, however a report writes it.
_ANY_CRIME = re.compile(r"\b(?:kasus|perkara|tindak pidana|pasal|pencurian|curanmor|pembunuhan|korupsi|"
                        r"penipuan|penggelapan|pencabulan|pemerkosaan|perlindungan anak|terorisme|penganiayaan|"
                        r"perampokan|begal|judi|illegal|ilegal|trafficking|perdagangan orang|tipikor|kriminal)\w*",
                        re.IGNORECASE)


#: Questions answered by a phrase of the report's own form: the question's pattern, the
#: phrase's pattern and the groups that hold the phrase (none: the whole match).
#: "How often are raids held?", "seberapa sering ...?": a frequency is asked.
_ASKS_FREQUENCY = re.compile(r"\bhow (?:often|frequently)\b|\bseberapa sering\b|\b(?:tiap|setiap) berapa\b"
                             r"|\bberapa (?:\w+ )?sekali\b", re.IGNORECASE)
#: A frequency as reports write it: "paling sedikit dua kali seminggu", "sebulan sekali",
#: "setiap hari Jumat", "twice a week".
_FREQUENCY = re.compile(
    r"\b(?:(?:paling sedikit|minimal|sedikitnya|setidaknya|at least)\s+)?(?:\w+\s+)?(?:kali|x)\s+(?:dalam\s+)?"
    r"(?:se(?:minggu|pekan|bulan|tahun|hari)|satu\s+(?:minggu|pekan|bulan|tahun|hari)|per\s+\w+)\b"
    r"|\bse(?:minggu|pekan|bulan|tahun|hari)\s+(?:\w+\s+)?(?:sekali|kali)\b"
    r"|\bsetiap\s+(?:hari|minggu|pekan|bulan|tahun)(?:\s+[A-Z]\w+)?\b"
    # "setiap dua bulan sekali", "tiap tiga bulan".
    r"|\b(?:setiap|tiap)\s+(?:\w+\s+)?(?:hari|minggu|pekan|bulan|tahun)(?:\s+sekali)?\b"
    r"|\b(?:once|twice|\w+ times)\s+(?:a|per|every)\s+(?:day|week|month|year)\b",
    re.IGNORECASE,
)
#: "Dananya bersumber dari mana?", "where did the money come from?": the source of funds.
_ASKS_SOURCE = re.compile(
    rf"{ASKS_FUND_SOURCE_ID}"
    r"|\b(?:money|funds?|funding|budget|financing)\b[^?]*\bcome from\b|\b(?:paid for|funded|financed) by\b",
    re.IGNORECASE)
_SOURCE = re.compile(r"\b(?:bersumber|berasal|didanai|dibiayai|dianggarkan|dibebankan)\s+(?:dari\s+|oleh\s+|melalui\s+|pada\s+|kepada\s+|ke\s+)?"
                     r"(?P<source>[^,.;]{3,90})", re.IGNORECASE)
#: "Dibuat dari bahan apa?", "what was it made of?": the material, as the report writes it.
_ASKS_MATERIAL = re.compile(r"\b(?:bahan(?:nya)?\s+apa|apa\s+bahan\w*|(?:ter|di)buat\s+dari\s+(?:bahan\s+)?apa|"
                            # "What is it made from?"; "what can be made from nipa palm
                            # sticks?" names the material and asks for the products.
                            r"(?:made|built) (?:of|from|out of)\W*$|what material)", re.IGNORECASE)
_MATERIAL = re.compile(r"\b(?:terbuat dari|dibuat dari|dibangun dari|berbahan(?: dasar)?|dari bahan|menggunakan bahan)\s+"
                       r"(?P<material>[^.;,()]+?(?:,\s*[^.;,()]+?)*)(?=\s+(?:untuk|yang|agar|supaya|guna|sehingga|demi|sebagai)\b|[.;()]|$)",
                       re.IGNORECASE)
#: A question asking for a stated number of bodies ("which three agencies"): the
#: enumeration answers, not the first body named after a partnering verb.
ASKS_COUNTED_SET = re.compile(r"\b(two|three|four|five|six|dua|tiga|empat|lima|enam)\s+(?:\w+\s+){0,3}"
                              r"(?:agencies|institutions|bodies|partners|offices|instansi|lembaga|dinas|mitra|pihak)\b",
                              re.IGNORECASE)
#: "Kerja sama dengan instansi apa?", "which agency did it partner with?": the body the
#: report names after the act of partnering.
ASKS_PARTNER = re.compile(
    r"\b(?:kerja ?sama|bekerja ?sama|bermitra|menggandeng|gandeng|digandeng|(?:ber)?koordinasi|partner(?:ed|ing|s|ships?)?|"
    r"teamed up|cooperat\w+|collaborat\w+|coordinat\w+ with|work(?:ed|ing|s)? (?:together )?with)\b[^?]*\b(?:instansi|lembaga|pihak|dinas|badan|"
    r"organisasi|mitra|apa|mana|siapa|which|what|whom|who)\b"
    r"|\b(?:instansi|lembaga|pihak|dinas|badan|organisasi|mitra|(?:dengan|sama) siapa|which|what)\b[^?]*\b(?:kerja ?sama|bekerja ?sama|"
    r"bermitra|digandeng|menggandeng|(?:ber)?koordinasi|partner(?:ed|ing|s|ships?)?|teamed up|cooperat\w+|collaborat\w+|"
    r"coordinat\w+ with|work(?:ed|ing|s)? with|together with)\b"
    # "Who does Rutan Wates run its madrasah together with?"
    r"|\bwho\b[^?]*\b(?:together with|partner(?:ed|s)? with|team(?:ed|s)? up with|work(?:ed|s)? (?:together )?with)\b",
    re.IGNORECASE)
_PARTNER = re.compile(
    # "dijalankan bersama Pondok Pesantren Nurul Haromain dan Baznas": an act done together.
    r"\b(?:kerja ?sama|bekerja ?sama|bermitra|menggandeng|berkolaborasi|bersinergi|berkoordinasi"
    r"|(?:dijalankan|dilaksanakan|diselenggarakan|dikelola|digelar)\s+bersama)\s+(?:dengan\s+)?(?:pihak\s+)?"
    # Every body of a list: "Dinas Perikanan OKU Timur, Dinas Tenaga Kerja, serta Dinas ...".
    # "BNNP, Polri, Pemda, sampai TNI": "sampai"/"hingga" closes a list too.
    # "TNI dari Yonkav 2/TC": the unit a body sends, with its number, is part of its name.
    r"(?P<partner>[A-Z][\w&.'+-]*(?:(?:\s+|,\s*)(?:[A-Z][\w&.'+/-]*|dan|serta|&|\([A-Za-z0-9 .'-]+\)|"
    r"(?:sampai|hingga|dari)(?=\s+[A-Z])|(?<=[A-Za-z]\s)\d[\w/.-]*))*)")
#: A police or military body asked by its kind ("Which police unit took part ...?",
#: "dari polsek mana?"), and the names reports give such bodies ("Polsek Arcamanik",
#: "Kodim 1417 Kendari").
_ASKS_POLICE = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+)?police\s+(?:unit|station|office|precinct|command|force)s?\b"
                          r"|\b(?:polsek|polres|polresta|polda)\s+(?:mana|apa)\b", re.IGNORECASE)
_POLICE = re.compile(r"\b(?:Polsek|Polres(?:ta|tabes)?|Polda|Polsubsektor)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}")
_ASKS_MILITARY = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:military|army|navy|air force)\s+"
                            r"(?:unit|command|battalion|base)s?\b|\b(?:kodim|korem|koramil|kodam|yonif)\s+(?:mana|apa)\b",
                            re.IGNORECASE)
_MILITARY = re.compile(r"\b(?:Kodim|Korem|Kodam|Koramil|Yonif|Batalyon|Lanal|Lanud|Lantamal)\s+[\w-]+(?:\s+[A-Z][\w-]*){0,2}")
#: The bodies asked by their kind, for who-questions too.
_BODIES_OF_A_KIND = ((_ASKS_POLICE, _POLICE, ()), (_ASKS_MILITARY, _MILITARY, ()))


def body_of_kind_named(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The police or military body the report names, when the question asks for one by its
    kind ("Which police unit took part in the raid?": "Polsek Arcamanik"), though the
    report names it only among those an act involved."""
    return _asked_phrase(evidence, book, _BODIES_OF_A_KIND)


#: A who-question on who else came or helped: "who attended", "siapa aja yg ikut bantu
#: ngamanin", "selain sipir, siapa ...", "who else".
ASKS_ATTENDING = re.compile(
    r"\bwho\s+(?:else\s+)?(?:attended|was present|were present|took part|joined|helped|assisted)\b"
    r"|\bwho\s+else\b|\b(?:apart from|besides|other than|selain)\b[^?]*\b(?:who|siapa)\b"
    r"|\bsiapa\s+(?:saja|aja)\b[^?]*\b(?:hadir|ikut|turut|membantu|bantu)\w*\b"
    r"|\bsiapa\s+(?:yang|yg)\s+(?:turut\s+|ikut\s+)?(?:hadir|membantu|bantu)\w*\b"
    r"|\bdihadiri\s+(?:oleh\s+)?siapa\b", re.IGNORECASE)
#: Bodies named after a word of attending or helping, up to the sentence's end: "turut
#: dihadiri jajaran Kepolisian Sektor Wahai, ... dan Koramil 1502-05 Wahai", "akan
#: diperkuat oleh polisi serta pecalang".
_ATTENDING = re.compile(
    r"\b(?:dihadiri|turut hadir|hadir pula|diperkuat|dibantu|melibatkan|bersama-sama dengan)\s+(?:oleh\s+)?"
    r"(?:(?:jajaran|unsur|pihak|perwakilan|personel|anggota)\s+(?:dari\s+)?)?(?P<bodies>[^.;:]{3,220})")
#: The fewest capitalised or body words a phrase needs to be read as bodies named.
_BODY_WORD = re.compile(r"\b(?:[A-Z][\w-]+|polisi|kepolisian|tni|polri|pecalang|satpol|linmas|warga|masyarakat|"
                        r"jaksa|kejaksaan|koramil|polsek|polres|bnn|kpu|bawaslu|dinas)\b")


def bodies_attending(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The bodies the answering report says attended, helped or were involved, when that
    phrase names no person (a person the sentence names answers through the usual readers)."""
    docs = evidence.answer_docs()[:1]
    aside = evidence.concepts.set_aside
    for scored in evidence.focus_sentences(relative=0.5)[:12]:
        if scored.doc_id not in docs:
            continue
        found = _ATTENDING.search(scored.text)
        if found is None or any(found.start("bodies") <= p.start < found.end("bodies") for p in scored.sentence.people):
            continue
        bodies = re.sub(r"^(?:jajaran|unsur|pihak)\s+", "", found.group("bodies").strip(" ,"))
        if not _BODY_WORD.search(bodies):
            continue
        if aside and all(c.matches(frozenset(analyze_document(bodies))) for c in aside):
            continue  # "selain sipir": the ones set aside are not the answer
        n = book.cite(scored.chunk)
        return [f"**{bodies}** [{n}]", "", f"> {quote(scored.text)} [{n}]"]
    return None


#: A question on a phrase someone coined or used ("What phrase did Jumadi use ...?",
#: "semboyannya apa?"), and such a phrase as a report sets it in quotes: "Tugas pokok kami
#: itu 'connecting the dots', ..." (single quotes inside a quotation, or a short double-
#: quoted phrase).
_ASKS_COINED = re.compile(
    r"\b(?:what|which)\s+(?:\w+\s+)?(?:phrase|term|expression|slogan|motto|tagline|catchphrase|nickname)\b"
    r"|\b(?:istilah|slogan|semboyan|moto|motto|jargon|tagline|julukan|ungkapan)(?:nya)?\s+apa\b"
    r"|\bapa\s+(?:istilah|slogan|semboyan|moto|motto|jargon|tagline|julukan|ungkapan)(?:nya)?\b",
    re.IGNORECASE)
_COINED = re.compile(r"(?<!\w)['‘](?P<single>[^'’\"“”]{3,60})['’](?!\w)|[\"“](?P<double>[^\"“”]{3,40})[\"”]")
#: "What's the electronic wallet called?", "apa nama dompetnya?", "dinamai apa?": the name
#: something was given.
_ASKS_NAME_GIVEN = re.compile(
    r"\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:[\w'-]+\s+){0,5}?called\b"
    r"|\bwhat(?:'s|\s+is|\s+was)\s+(?:the\s+)?name\s+of\s+(?:the|its|their)\b"
    r"|\bnama(?:nya)?\s+apa\b|\bapa\s+nama(?:nya)?\b|\b(?:bernama|dinamai|dinamakan|diberi\s+nama)\s+apa\b",
    re.IGNORECASE)
#: The name a report gives something: "dompet ... yang diberi nama e-paspay", "program
#: bernama Sipenas", "dinamakan Griya Abhipraya".
_NAME_GIVEN = re.compile(
    r"\b(?:bernama|diberi\s+nama|dinamai|dinamakan|dikenal\s+dengan\s+nama|diberi\s+label|named|called)\s+"
    r"(?P<name>[\"“']?[\w-]{2,30}(?:\s+[A-Z0-9][\w-]*){0,4}[\"”']?)")
#: The phrases an items question may ask for: what a thing is made of, whom it was done
#: with.
_MATERIAL_ASKED = (_ASKS_MATERIAL, _MATERIAL, ("material",))
_PARTNER_ASKED = (ASKS_PARTNER, _PARTNER, ("partner",))
#: "Perusahaan apa yang memesan ...?", "which company ordered ...?": a firm by its name.
_ASKS_COMPANY = re.compile(r"\b(?:perusahaan|pengembang|kontraktor|rekanan)\s+(?:apa|mana)\b"
                           r"|\b(?:which|what)\s+(?:\w+\s+)?(?:company|firm|developer|contractor)\b", re.IGNORECASE)
_COMPANY = re.compile(r"\b(?:PT|CV|UD|PD|Perum|Perumda|Koperasi)\.?\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}")
#: A firm asked for by its name: "the name of the third-party company", "nama perusahaan".
_ASKS_COMPANY_NAME = re.compile(r"\bname of the (?:[\w-]+\s+){0,2}(?:company|firm|vendor|supplier|contractor)\b"
                                r"|\bnama (?:perusahaan|pihak ketiga|rekanan|vendor|kontraktor|penyedia)\b", re.IGNORECASE)
#: "arahan ttg apa?", "pesannya soal apa?", "what topic did he speak on?": the topic of a
#: message or a talk is asked.
_ASKS_TOPIC = re.compile(r"\b(?:tentang|ttg|soal|mengenai|terkait|perihal)\s+apa\b|\bwhat\s+(?:topics?|subjects?|themes?)\b"
                         r"|\b(?:apa\s+)?(?:topik|tema)(?:nya)?\s+apa\b", re.IGNORECASE)
#: A message or a talk and what it was about: "menitipkan pesan soal pembangunan Zona
#: Integritas", "memberikan arahan terkait netralitas".
_TOPIC = re.compile(r"\b(?:pesan|arahan|amanat|imbauan|materi|sosialisasi|penyuluhan|pengarahan|menekankan|"
                    r"mengingatkan|berpesan|membahas|berbicara|bicara|memaparkan)\b[^.;]{0,40}?"
                    r"\b(?:soal|tentang|mengenai|terkait|perihal)\s+(?P<topic>[^.,;:]+)", re.IGNORECASE)
#: "What penalties ...?", "sanksi apa yang diberikan?": a sanction is asked.
_ASKS_SANCTION = re.compile(r"\b(?:sanksi|hukuman|punishments?|penalt(?:y|ies)|sanctions?)\s+(?:terberat\s+|maksimal\s+)?(?:apa|nya\s+apa)\b"
                            r"|\b(?:what|which)\s+(?:\w+\s+){0,2}(?:punishments?|penalt(?:y|ies)|sanctions?)\b"
                            r"|\bdikenai\s+apa\b", re.IGNORECASE)
#: "What did he warn would happen to those who ...?", "ngancem apa?": the penalty threatened,
#: however the report names it.
_ASKS_THREAT = re.compile(r"\bwhat\s+(?:would|will)\s+happen\s+to\b|\bwarn\w*\s+(?:\w+\s+)?(?:would|will)\s+happen\b"
                          r"|\b(?:ngancem|mengancam|ancaman(?:nya)?|konsekuensi(?:nya)?)\s+apa\b"
                          r"|\bapa\s+(?:ancaman|konsekuensi)(?:nya)?\b", re.IGNORECASE)
#: A sanction threatened, however it is named: "akan dikenai sanksi sesuai peraturan".
_SANCTION_THREATENED = re.compile(r"\b(?:dikenai|dikenakan|dijatuhi|diberi|diberikan|mendapat|menerima)\s+sanksi\b[^.;,\"”]*",
                                  re.IGNORECASE)
#: A sanction as reports write it: "dikenai sanksi teguran", "dijatuhi sanksi hukuman disiplin".
_SANCTION = re.compile(r"\bsanksi\s+"
                       # "dijatuhi sanksi sesuai Permenkumham No.6 tahun 2013, di antaranya berupa
                       # penghapusan remisi selama 6 bulan": the rule it follows is no sanction.
                       r"(?:(?:sesuai|menurut|berdasarkan)\s+[^,;]+?,\s*(?:di antaranya\s+|antara lain\s+)?)?"
                       r"(?!(?:yang|itu|tersebut|ini|bagi|kepada|untuk|apa|sesuai|menurut|berdasarkan)\b)(?:berupa\s+)?"
                       r"(?P<sanction>[a-z]+(?:\s+(?!(?:bagi|kepada|untuk|jika|apabila|bila|karena|sesuai|dan|serta|yang)\b)"
                       r"[a-z0-9]+){0,4})",
                       re.IGNORECASE)


#: The heaviest sanction asked, and as a report writes it.
_ASKS_HEAVIEST = re.compile(r"\b(?:paling berat|terberat|maksimal|maximum|harshest|heaviest|most severe|toughest)\b",
                            re.IGNORECASE)
_HEAVIEST_SANCTION = re.compile(r"\bsanksi\s+(?:paling berat|terberat|maksimal|tertinggi)\b[^.;]{0,60}?\bberupa\s+"
                                r"(?P<sanction>[^.;]+)", re.IGNORECASE)


#: A sanction asked as one imposed, and one a report gives only as a condition or to come.
_SANCTION_IMPOSED = re.compile(r"\b(?:akhirnya|sudah|telah|actually|finally|eventually|in the end|were given|was given)\b",
                               re.IGNORECASE)
_SANCTION_WORD = re.compile(r"\b(?:sanksi|hukuman disiplin)\b", re.IGNORECASE)
_IF_OR_LATER = re.compile(r"\b(?:apabila|jika|bila|kalau|akan|bakal)\b", re.IGNORECASE)


def _sanctions(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """"What penalties did the prison announce for knives and for phones?": every sanction
    the answering sentence names ("dikenai sanksi teguran, sementara pemilik handphone akan
    dijatuhi sanksi hukuman disiplin"), not the list of what was seized."""
    threat = _ASKS_THREAT.search(evidence.frame.question) is not None
    if not threat and not _ASKS_SANCTION.search(evidence.frame.question):
        return None
    # "paling berat bisa kena sanksi apa?": "Sanksi maksimal ... berupa penundaan kenaikan
    # pangkat dan gaji", the heaviest the report names, what follows "berupa".
    heaviest = _ASKS_HEAVIEST.search(evidence.frame.question) is not None
    found = (evidence.answer_match(_HEAVIEST_SANCTION, limit=20) if heaviest else None) or evidence.answer_match(_SANCTION)
    if found is None and threat and (threatened := evidence.answer_match(_SANCTION_THREATENED)) is not None:
        # "ASN yang tidak netral ... pasti akan dikenai sanksi sesuai peraturan yang berlaku":
        # a sanction named only by the rule it follows is still the penalty threatened.
        scored, match = threatened
        n = book.cite(scored.chunk)
        return [f"**{match.group().strip()}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]
    if found is None:
        docs = evidence.answer_docs()[:1]
        if docs and _SANCTION_IMPOSED.search(evidence.frame.question) and any(
                _SANCTION_WORD.search(s.text) and _IF_OR_LATER.search(s.text)
                for s in evidence.index.sentences.of_article(docs[0])):
            # "Sanksi apa yang akhirnya dijatuhkan ...?" — "Apabila ditemukan unsur
            # kesengajaan, petugas jaga itu akan dijatuhi sanksi": only a sanction to come.
            raise NotStated("not_stated")
        return None
    scored, match = found
    if match.re is _HEAVIEST_SANCTION:
        named = [match.group("sanction").strip()]
    else:
        named = list(dict.fromkeys(f"sanksi {m.group('sanction').strip()}" for m in _SANCTION.finditer(scored.text)))
    n = book.cite(scored.chunk)
    return ["; ".join(f"**{s}**" for s in named) + f" [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]


#: "Which two religious holidays were the remissions granted for?": the occasion is asked.
_ASKS_HOLIDAY = re.compile(r"\b(?:which|what)\s+(?:\w+\s+){0,2}?(?:holidays?|feasts?|festivals?|religious days?)\b"
                           r"|\bhari (?:raya|besar)(?: keagamaan)? apa\b", re.IGNORECASE)
#: The occasion a report names after "dalam rangka", "memperingati", "bertepatan dengan":
#: "dalam rangka Hari Raya Nyepi Tahun Baru Saka 1947 serta Idul Fitri 1446 Hijriah".
_HOLIDAY = re.compile(r"\b(?:dalam rangka(?:\s+(?:memperingati|menyambut|perayaan))?|memperingati|menyambut|bertepatan dengan|"
                      r"pada (?:hari raya|momen(?:tum)?))\s+(?P<occasion>(?:Hari Raya|Hari|HUT|Idul|Idulfitri|Iduladha|Natal|"
                      r"Nyepi|Waisak|Imlek|Tahun Baru|Paskah|Kemerdekaan|Lebaran)[^.;]*?)(?=[,.;]\s|[.;]$|$)")
#: A theme or motto asked for, and as a report quotes it: "tema besar peringatan
#: kemerdekaan tahun ini adalah "Indonesia bekerja bersama"", "mengusung tema 'X'".
_ASKS_THEME = re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+){0,4}(?:theme|motto|slogan|tagline|title)\b"
                         # ("judul tausiyahnya apa?", "What was the title of his talk?": a title in quotes.)
                         r"|\b(?:tema|slogan|moto|motto|tagline|judul)(?:nya)?\s+(?:\w+\s+){0,3}?apa\b"
                         r"|\bapa\s+(?:tema|slogan|moto|judul)\b",
                         re.IGNORECASE)
_THEME = re.compile(r"\b(?:tema|slogan|moto|motto|tagline|bertajuk|bertema|judul|berjudul)\b[^.;\"“]{0,80}?[\"“'‘](?P<theme>[^\"”'’]{3,120})[\"”'’]",
                    re.IGNORECASE)
#: An illness asked: "sakit apa?", "penyakitnya apa", "what illness did he have?",
#: "what was she suffering from?".
_ASKS_ILLNESS = re.compile(r"\bsakit\s+apa\b|\b(?:penyakit|diagnosa|diagnosis)(?:nya)?\s+(?:\w+\s+){0,2}?apa\b"
                           r"|\bapa\s+(?:penyakit|diagnosa|diagnosis)\w*\b|\b(?:menderita|mengidap|didiagnosa|didiagnosis)\s+apa\b"
                           r"|\b(?:what|which)\s+(?:[\w-]+\s+){0,2}(?:illness|disease|sickness|condition|diagnosis|ailment)s?\b"
                           r"|\bsuffer(?:ing|ed|s)?\s+from\s+what\b|\bwhat\s+(?:was|were|is|are)\s+(?:\w+\s+){1,10}?suffering\s+from\b"
                           r"|\bwhat\s+was\s+wrong\s+with\b|\bdiagnosed\s+with\s+what\b", re.IGNORECASE)
#: A diagnosis or a cause of death asked, which a symptom does not give.
_ASKS_DIAGNOSIS = re.compile(r"\bdiagnos\w*|\bcause of (?:his |her |their )?death\b|\bpenyebab\s+(?:\w+\s+)?(?:kematian|meninggal)\w*",
                             re.IGNORECASE)
#: Symptoms, which a report may give where no illness is named: "demam tinggi", "sesak napas".
_SYMPTOM = re.compile(r"(?:demam|panas|sesak|batuk|pusing|mual|muntah|lemas|pingsan|kejang|nyeri|menggigil|"
                      r"fever|cough|dizz|nause|vomit|weak|faint|seizure|pain)\w*\b(?!\s+(?:berdarah|tifoid|typhoid))",
                      re.IGNORECASE)
#: The state someone was found or left in: "kondisinya gimana?", "in what condition was he
#: found?"; and the phrase a report gives it with ("didapati dalam posisi duduk di lantai dan
#: tidak sadarkan diri", "ditemukan dalam keadaan lemas").
_ASKS_STATE_FOUND = re.compile(r"\b(?:kondisi|keadaan)(?:nya)?\s+(?:\w+\s+){0,4}?(?:gimana|bagaimana|seperti apa|apa)\b"
                               r"|\b(?:in\s+)?what\s+(?:condition|state)\s+(?:was|were|is|did)\b"
                               r"|\bhow\s+was\s+(?:\w+\s+){1,4}?found\b", re.IGNORECASE)
_STATE_FOUND = re.compile(r"\b(?:didapati|ditemukan|dijumpai|kedapatan|terlihat|sudah)?\s*dalam\s+"
                          r"(?P<state>(?:keadaan|kondisi|posisi)\s+[^.;:\"“”]{3,120}?)(?=\s*[.;:\"“”]|\s*$)",
                          re.IGNORECASE)
#: The illness a report gives after the word that says someone has it: "menderita kanker
#: kelenjar parotis sehingga ...", "didiagnosa Tuberkulosis Resisten Obat (TB MDR)".
_ILLNESS = re.compile(r"\b(?:menderita|mengidap|terjangkit|terserang|didiagnosa|didiagnosis|terdiagnosis|"
                      r"divonis(?:\s+(?:menderita|mengidap))?|riwayat\s+penyakit|mengalami\s+sakit)\s+"
                      r"(?P<illness>(?!(?:apa|itu|ini|tersebut|penyakit\s+(?:itu|ini|tersebut))\b)[^,.;:\"“”]{3,70}?)"
                      r"(?=\s*[,.;:\"“”]|\s+(?:sehingga|sejak|selama|karena|dan\s+(?:harus|perlu|sudah|telah)|yang|sudah|"
                      r"telah|dan\s+dirujuk|lalu|kemudian|hingga)\b|\s*$)", re.IGNORECASE)
#: A programme asked for by what it is called, and its name as written after the word:
#: "program Madrasah Pengabdian Generasi (MPG)".
_ASKS_PROGRAMME = re.compile(r"\bprogram\s+apa\b|\b(?:which|what)\s+(?:\w+\s+)?(?:programmes?|programs?|initiatives?)\b",
                             re.IGNORECASE)
_PROGRAMME = re.compile(r"\b[Pp]rogram(?:me)?\s+(?P<name>[A-Z][\w-]*(?:\s+(?:(?:dan|untuk|&)\s+)?[A-Z][\w-]*)+"
                        r"(?:\s*\([A-Z][\w-]{1,9}\))?)")
#: A question on a politician's party ("Which political party is he from?", "dari partai
#: apa?") and the party as reports write it ("Politikus Partai Gerindra itu", "Fraksi PKS").
_ASKS_PARTY = re.compile(r"\b(?:which|what)\s+(?:political\s+)?(?:party|faction)\b|\b(?:partai|fraksi)(?:nya)?\s+(?:apa|mana)\b",
                         re.IGNORECASE)
_PARTY = re.compile(r"\b(?P<party>(?:Komisi\s+[IVXL\d]+\s+(?:DPR(?:\s+RI)?|DPRD(?:\s+[A-Z][\w-]*)*)\s+(?:dari\s+)?)?"
                    r"(?:Partai|Fraksi)\s+(?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*){0,3}"
                    r"|(?:PDI-?P|PDI Perjuangan|PKS|PKB|PPP|Golkar|Gerindra|NasDem|Nasdem|Demokrat|Hanura|Perindo|PSI)\b)")

#: Those a thing is for, after "untuk"/"bagi" ("kamar hunian khusus untuk penyandang
#: cacat, orang tua, dan anak-anak"); a verb after it is a purpose, not those served, and a
#: sentence opening "Untuk masyarakat rentan, ..." frames the sentence, not a thing in it.
_BENEFICIARY = re.compile(
    r"(?<=\w\s)(?:khusus\s+)?(?:untuk|bagi|buat|diperuntukkan\s+(?:bagi|untuk))\s+"
    r"(?P<who>(?!(?:mem|men|meng|meny|me|ber|di|ter|per)[a-z]{3,}\b(?<!mereka))[^.;:()\"“”]{3,120}?)"
    r"(?=\s*[.;:(\"“”]|\s*$|\s+(?:agar|supaya|sehingga|guna|sebagai|dengan|yang|selama|sejak)\b)",
    re.IGNORECASE)

#: What a thing was made into: "what was the Christmas tree turned into?", "dijadikan apa?";
#: and the phrase a report gives it with ("Pohon Natal ... bahkan diubah menjadi pohon angpao").
_ASKS_MADE_INTO = re.compile(r"\b(?:turned|changed|converted|transformed|made)\s+into\b\s*\??\s*$"
                             r"|\b(?:diubah|disulap|dijadikan|dialihfungsikan)\s+(?:jadi\s+|menjadi\s+)?apa\b", re.IGNORECASE)
_MADE_INTO = re.compile(r"\b(?:diubah|disulap|dialihfungsikan|dijadikan)\s+(?:menjadi\s+|jadi\s+)?(?P<into>[^,.;:\"“”]{3,60}?)"
                        r"(?=\s*[,.;:\"“”]|\s*$|\s+(?:oleh|untuk|agar|yang|dan)\b)", re.IGNORECASE)

#: The platform or channel something went through: "What platform linked the prison to
#: ...?", "lewat aplikasi apa?"; a report names it after "melalui"/"lewat"/"via" ("melalui
#: Zoom Meeting", "lewat aplikasi SITAWA").
_ASKS_PLATFORM = re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}(?:platform|app|application|channel|medium)s?\b"
                            r"|\b(?:aplikasi|platform)\s+apa\b|\blewat\s+(?:aplikasi\s+)?apa\b", re.IGNORECASE)
_PLATFORM = re.compile(r"\b(?:melalui|lewat|via|menggunakan|memakai)\s+(?:aplikasi\s+|platform\s+|media\s+)?"
                       r"(?P<platform>(?-i:[A-Z][\w-]*(?:\.[\w-]+)*)(?:\s+(?-i:[A-Z][\w-]*(?:\.[\w-]+)*)){0,2})")

_PHRASES_ASKED = (
    (BENEFICIARY_ASKED, _BENEFICIARY, ("who",)),
    (_ASKS_PLATFORM, _PLATFORM, ("platform",)),
    (_ASKS_MADE_INTO, _MADE_INTO, ("into",)),
    (_ASKS_AMENDED, _AMENDED, ("amended",)),
    (_ASKS_PARTY, _PARTY, ("party",)),
    (_ASKS_HOLIDAY, _HOLIDAY, ("occasion",)),
    (_ASKS_TOPIC, _TOPIC, ("topic",)),
    (_ASKS_COMPANY, _COMPANY, ()),
    _MATERIAL_ASKED,
    _PARTNER_ASKED,
    (_ASKS_FREQUENCY, _FREQUENCY, ()),
    (_ASKS_SOURCE, _SOURCE, ("source",)),
    (_ASKS_REGULATION, _REGULATION, ()),
    (_ASKS_EXPANSION, _EXPANSION, ("full", "full2")),
    (_ASKS_CRIME, _CRIME, ("crime",)),
    (_ASKS_COINED, _COINED, ("single", "double")),
    (_ASKS_NAME_GIVEN, _NAME_GIVEN, ("name",)),
    (_ASKS_PROGRAMME, _PROGRAMME, ("name",)),
    (_ASKS_THEME, _THEME, ("theme",)),
    (_ASKS_ILLNESS, _ILLNESS, ("illness",)),
    (_ASKS_STATE_FOUND, _STATE_FOUND, ("state",)),
    *_BODIES_OF_A_KIND,
)


def _asked_phrase(evidence: Evidence, book: CitationBook, phrases: tuple) -> list[str] | None:
    """The first phrase of ``phrases`` the question asks for and the report writes. A
    partner phrase is no answer to a question counting its bodies ("which three agencies")
    or asking for several when it names one ("instansi apa saja?")."""
    question = evidence.frame.question
    for asks, pattern, groups in phrases:
        if asks.search(question) and (named := _phrase_answer(evidence, book, pattern, groups)):
            if pattern is _PARTNER and _one_of_several(evidence, named):
                continue
            if pattern is _ILLNESS and _ASKS_DIAGNOSIS.search(question) and _SYMPTOM.match(named[0].lstrip("*")):
                # "What illness did the hospital diagnose as the cause of death?" — "menderita
                # demam tinggi": a symptom the report gives, no diagnosis.
                raise NotStated("not_stated")
            return named
    return None


def partner_named(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The bodies the report names after an act of partnering, when the question asks for
    a partner ("Who does Rutan Wates run its madrasah together with?")."""
    return _asked_phrase(evidence, book, (_PARTNER_ASKED,))


#: "... meminta warga binaan mendalami ajaran apa ...?": a verb with its object asked by
#: "apa" (a noun between them names the kind of object).
_ASKS_VERB_OBJECT = re.compile(
    r"\b(?!(?:mereka|memang|menurut|mengenai|melalui|meski\w*|bersama|berapa|beberapa|bermula|berikut)\b)"
    r"(?P<verb>(?:me|mem|men|meng|meny|ber)[a-z]{3,})\s+(?:[a-z]+\s+)?apa\b(?!\s+(?:saja|aja)\b)",
    re.IGNORECASE)


def _object_of_asked_verb(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The object the report gives the question's verb: "mendalami ajaran apa?" is answered
    by what follows "mendalami" in the answering article ("mendalami Catur Brata"), up to
    the clause's end or a gloss ("yakni ..."), not by a sentence that shares more words."""
    asked = _ASKS_VERB_OBJECT.search(evidence.frame.question)
    if asked is None:
        return None
    verb = asked.group("verb")
    # "ngejalanin" is written "menjalankan" or "menjalani": the chat suffix "-in" stands for
    # either, so both forms of the verb are looked for.
    base = re.sub(r"(?:kan|i)$", "", verb.lower()) if len(verb) > 6 else verb.lower()
    written = rf"{re.escape(base)}(?:kan|i)?" if base != verb.lower() else re.escape(verb)
    pattern = re.compile(
        rf"\b{written}\s+(?:(?:ialah|adalah|yaitu|yakni|berupa|merupakan)\s+)?(?P<obj>[^,.;:\"“”()]{{3,80}}?)"
        r"(?=\s*[,.;:\"“”(]|\s+(?:yakni|yaitu|untuk|agar|supaya|sebagai|yang)\b|\s*$)",
        re.IGNORECASE)
    # The verb is the question's own: its sentence may rank low on the question's other
    # words, so every sentence of the answering article is looked at.
    found = evidence.answer_match(pattern, limit=len(evidence.sentences))
    if found is None:
        return None
    scored, match = found
    others = list(pattern.finditer(scored.text))
    if len(others) > 1:
        # "menjalankan protokol keamanan ..., termasuk mengawasi warga binaan yang tengah
        # menjalani cuti bersyarat": of the verb's places in the sentence, the one whose
        # words before it say what the question says before it ("mengawasi napi yang ...").
        before = [c for c in evidence.concepts.own_concepts if not c.salient and not c.matches(frozenset(analyze_document(verb)))]
        def said_before(m: re.Match[str]) -> int:
            words = frozenset(analyze_document(scored.text[max(0, m.start() - OBJECT_CONTEXT_CHARS) : m.start()]))
            return sum(c.matches(words) for c in before)
        match = max(others, key=said_before)  # the first of equals: ``max`` keeps it
    # The verb must be said of what the question says it of: "Polres ... bakal meningkatkan
    # apa" is not answered by "Petugas diminta meningkatkan kewaspadaan", a sentence that
    # shares the verb and nothing else of the question.
    rest = frozenset(analyze_document(f"{scored.text[: match.start()]} {scored.text[match.end() :]}"))
    verb_terms = frozenset(analyze_document(verb))
    if not any(c.matches(rest) for c in evidence.concepts.own_concepts if not c.matches(verb_terms)):
        return None
    phrase = match.group("obj").strip()
    joined = _JOINED_ACT_BEFORE.search(scored.text[: match.start()])
    if joined is not None:
        # "diberi pengarahan dan menjalani pengecekan kesehatan": the act joined to the
        # asked one is part of what they underwent.
        phrase = f"{joined.group().strip()} {match.group().strip()}"
    n = book.cite(scored.chunk)
    return [f"**{phrase}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]


#: "What does the prison do with the water spinach its inmates harvest?", "hasil panennya
#: diapain?": what is done with a thing.
_ASKS_DONE_WITH = re.compile(
    r"\bwhat\s+(?:does|do|did|will|would|is|are|was|were)\s+(?:[\w'’-]+\s+){1,6}?(?:do|doing|done)\s+with\s+(?P<thing>[^?]+)"
    # "What happens to the kangkung harvested at Lapas Banjarbaru?"
    r"|\bwhat\s+(?:happens|happened|will happen)\s+to\s+(?P<thing3>[^?]+)"
    r"|(?P<thing2>\b[\w-]+(?:\s+[\w-]+){0,5})\s+(?:(?:mau|akan|bakal)\s+)?(?:diapakan|diapain|dikemanakan|dikemanain)\b",
    re.IGNORECASE)
#: A reason word pointing back to what the sentence before told: "alasan pembagian tersebut".
_REASON_OF_TOLD = re.compile(r"(?:alasan|penyebab|pertimbangan)\b.*\b(?:itu|ini|tersebut)$", re.IGNORECASE)
#: A question on what is yet to be done with a thing, and the words a report says it with.
_ASKS_AHEAD = re.compile(r"\b(?:nantinya|nanti|mau|akan|bakal|will|going to)\b", re.IGNORECASE)
_AHEAD_BEFORE = re.compile(r"\b(?:akan|bakal|nantinya|will|to be)\b", re.IGNORECASE)
#: An act that disposes of a thing, as the report says it: "kami salurkan ke dapur", "akan
#: ditempatkan terpisah", "dijual ke koperasi".
_DISPOSAL_STEMS = ("salur|tempat|jual|beri|kirim|olah|manfaat|guna|pakai|pasar|serah|bagi|simpan|konsumsi|masak|pisah|"
                   "antar|setor|sumbang|musnah|bakar|titip")
#: A denial right before an act: "tidak disimpan", "bukan dijual".
_DENIED_BEFORE = re.compile(r"\b(?:tidak|tak|bukan|belum|not|never)\s+$", re.IGNORECASE)
_DISPOSAL = re.compile(
    rf"\b(?:di|(?:kami|kita|mereka|pihaknya)\s+|me(?:m|n|ng|ny)?)(?:{_DISPOSAL_STEMS})\w*\b[^.;,\"“”]{{0,90}}",
    re.IGNORECASE)


#: "Sabunya diselipin di makanan apa?", "What was the sabu tucked into?": the thing
#: something was hidden in is asked.
_ASKS_HIDDEN_THING = re.compile(
    r"\b(?:di|me|mem|men|meny|ter|nyem|ny)?(?:selip|sembunyi|simpan|masuk|taruh|bungkus|umpet|sisip|lilit)\w*"
    r"\s+(?:\w+\s+){0,3}?(?:di|ke|dalam)\s+(?:dalam\s+)?(?:\w+\s+)?apa\b"
    r"|\b(?:what|which)\b[^?]*\b(?:hidden|hid|tucked|stashed|concealed|wrapped|stuffed|slipped|packed|put)\s+"
    r"(?:in|into|inside|under|within)\b"
    # "What household item was used to hide the meth?": the thing it was hidden in.
    r"|\b(?:what|which)\b[^?]*\bused\s+to\s+(?:hide|conceal|stash|smuggle|sneak|tuck)\b", re.IGNORECASE)
#: The thing right after an act of hiding: "Kedua paket itu diselipkan di dalam hati ayam".
_HIDDEN_INSIDE = re.compile(
    r"\b(?:diselipkan|disembunyikan|disimpan|dimasukkan|ditaruh|dibungkus|diumpetkan|dililitkan|disisipkan|dikemas|"
    r"terselip|tersimpan|diselundupkan|memasukkan|menyelipkan|menyembunyikan|menyimpan|menaruh|membungkus|"
    r"menyisipkan|melilitkan|mengemas|menyelundupkan)\s+(?:[\w-]+\s+){0,2}?(?:di\s+dalam|ke\s+dalam|di\s+balik|di\s+bawah|dalam|di|ke)"
    r"\s+(?P<thing>[^.,;()\"”]+?)(?=\s+(?:yang|yg|untuk|agar|supaya)\b|[.,;()\"”]|$)", re.IGNORECASE)


#: A question asking what a thing held: "what was found inside the package", "what did it
#: contain", "isinya apa saja"; and a report saying what it held, up to the clause's end.
_ASKS_CONTENTS = re.compile(r"\bwhat\b[^?]*\b(?:inside|contain(?:ed|s)?|in\s+it)\b|\bisi(?:nya)?\s+(?:apa|apaan)\b"
                            r"|\bberisi\s+apa\b|\bapa\s+(?:saja\s+|aja\s+)?isi(?:nya)?\b", re.IGNORECASE)
_CONTAINS = re.compile(r"\b(?:berisi(?:kan)?|memuat|isinya(?:\s+(?:adalah|berupa))?|di\s+dalamnya\s+(?:terdapat|ada|berisi))"
                       r"\s+(?P<things>[^.;:\"“”()]+)", re.IGNORECASE)
#: What a text holds ("isi butir keempat ikrar") is its wording, and what was hidden inside
#: is read where it was hidden (``_hidden_inside``): neither is a list of contents.
_TEXT_OR_HIDDEN = re.compile(r"\b(?:butir|poin|ikrar|janji|pakta|surat|pesan|amanat|sambutan|pidato|spanduk|"
                             r"hid|hidden|hide|conceal\w*|disembunyi\w*|diselip\w*)\b", re.IGNORECASE)
#: What separates the things a report lists.
_LIST_JOINS = re.compile(r",|\b(?:dan|serta)\b")


def _contents(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """What the answering report says a thing held ("memuat tiga paket kecil sabu, sebungkus
    tembakau gorila, ... serta dua buah korek api"), the fullest such list in it, when the
    question asks what was inside; None otherwise."""
    question = evidence.frame.question
    if not _ASKS_CONTENTS.search(question) or _TEXT_OR_HIDDEN.search(question):
        return None
    docs = evidence.answer_docs()[:1]
    held = [(len(_LIST_JOINS.findall(m.group("things"))), -i, sentence, m)
            for d in docs for i, sentence in enumerate(evidence.index.sentences.of_article(d))
            if not sentence.text.startswith(CAPTION_LABEL)
            for m in _CONTAINS.finditer(sentence.text)]
    if not held:
        return None
    _, _, sentence, match = max(held, key=lambda h: h[:2])
    n = cite_in_article(evidence, book, sentence.doc_id, sentence.start)
    return [f"**{match.group('things').strip(' ,')}** [{n}]", "", f"> {quote(sentence.text, limit=500)} [{n}]"]


def _hidden_inside(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """What something was hidden in: the thing right after the act of hiding in the
    answering report ("diselipkan di dalam hati ayam"), wherever in it the act is told; the
    sentences that share more words name only "makanan tersebut"."""
    if not _ASKS_HIDDEN_THING.search(evidence.frame.question):
        return None
    found = evidence.first_in_answer_article(_HIDDEN_INSIDE.search)
    if found is None:
        return None
    doc_id, sentence, match = found
    n = cite_in_article(evidence, book, doc_id, sentence.start)
    return [f"**{match.group('thing').strip()}** [{n}]", "", f"> {quote(sentence.text, limit=500)} [{n}]"]


def _done_with(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """What the report says is done with the thing asked: the act of disposal in a sentence
    of the answering article that names the thing ("Semua hasil panen kami salurkan ke
    dapur ..."; "Narapidana yang sudah divaksin akan ditempatkan terpisah ..."), not the
    sentence that shares most words (how it is grown, when it was given)."""
    asked = _ASKS_DONE_WITH.search(evidence.frame.question)
    if asked is None:
        return None
    # The question's concepts written inside the thing's words ("the water spinach its
    # inmates harvest": water spinach, inmates, harvest), in either language.
    thing_words = set(re.findall(r"[\w-]+", (asked.group("thing") or asked.group("thing2") or asked.group("thing3")).lower()))
    thing = [c for c in evidence.concepts.own_concepts
             if not c.salient and set(c.label.lower().split()) <= thing_words]
    docs = evidence.answer_docs()[:1]
    if not thing or not docs:
        return None
    # "nantinya mau diapain?", "what will happen to ...?": what is to be done, which a
    # report says with "akan" ("akan kami kirim ke Nusakambangan"), before what is done now.
    ahead = _ASKS_AHEAD.search(evidence.frame.question) is not None
    best: tuple[bool, int, float, ScoredSentence, re.Match[str]] | None = None
    for scored in evidence.focus_sentences():
        if scored.doc_id not in docs:
            continue
        named = sum(c.matches(scored.sentence.terms) for c in thing)
        # ("tidak disimpan, melainkan segera dimusnahkan": the act denied is not what was done.)
        act = next((m for m in _DISPOSAL.finditer(scored.text)
                    if not _DENIED_BEFORE.search(scored.text[max(0, m.start() - 12) : m.start()])), None)
        if not named or act is None:
            continue
        planned = ahead and _AHEAD_BEFORE.search(scored.text[max(0, act.start() - 25) : act.start()]) is not None
        if best is None or (planned, named, scored.score) > best[:3]:
            best = (planned, named, scored.score, scored, act)
    if best is None:
        return None
    _, _, _, scored, act = best
    n = book.cite(scored.chunk)
    said = next(words_naming(scored.text, thing), None)
    verb = _VERB_RIGHT_BEFORE.search(scored.text[: said.start()]) if said is not None else None
    if verb is not None and verb.start() >= act.end():
        # "what did the participants do with the flag?" — "memberi hormat, lalu ... mencium
        # bendera merah putih": the act the thing is the object of, not another act of the
        # sentence that gives.
        end = re.search(r"[,.;:]|\s(?:sebagai|untuk|agar|supaya|karena|sambil)\b", scored.text[said.end() :])
        stop = said.end() + (end.start() if end else len(scored.text) - said.end())
        return [f"**{scored.text[verb.start() : stop].strip(' ,')}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]
    # "dipakai untuk kebutuhan operasional peternakan, disetor ke kas negara sebagai PNBP,
    # dan sebagian diberikan sebagai premi ...": every use the sentence lists, not the first.
    end = act.end()
    while (more := _NEXT_DISPOSAL.match(scored.text, end)) is not None or (
            more := _THEN_STEP.match(scored.text, end)) is not None:
        end = more.end()
    return [f"**{scored.text[act.start() : end].strip(' ,')}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]


#: The next step of what was done: ", kemudian direndam di dalam air garam".
_THEN_STEP = re.compile(r",\s*(?:lalu|kemudian|selanjutnya|setelah itu|then)\s+[^.;,]+", re.IGNORECASE)


#: A verb right before the thing named: "mencium bendera".
_VERB_RIGHT_BEFORE = re.compile(r"\b(?:me|mem|men|meng|meny|di)[a-z]{3,}\s+$", re.IGNORECASE)


#: A further act of disposal joined to the one before: ", disetor ke kas negara", ", dan
#: sebagian diberikan sebagai premi".
_NEXT_DISPOSAL = re.compile(r",?\s*(?:(?:dan|serta)\s+)?(?:(?:sebagian|sisanya|selebihnya)\s+)?"
                            rf"(?=(?:di|me(?:m|n|ng|ny)?)(?:{_DISPOSAL_STEMS}))[^.;,\"“”]{{3,90}}", re.IGNORECASE)


#: How far before each place of the asked verb its sentence is read for the question's words.
OBJECT_CONTEXT_CHARS = 60
#: An act joined by "dan / serta" right before the asked verb, in its clause.
_JOINED_ACT_BEFORE = re.compile(r"\b(?:di|me|mem|men|meng|meny|ber)[a-z]{3,}\s+[^,.;:\"“”]{1,40}?\s+(?:dan|serta)\s+$",
                                re.IGNORECASE)


def _one_of_several(evidence: Evidence, named: list[str]) -> bool:
    """Whether a partner answer names one body where the question asks for several
    ("instansi apa saja?", "which three agencies"): the list the report gives elsewhere
    answers, not "APH"."""
    question = evidence.frame.question
    counted = ASKS_COUNTED_SET.search(question)
    if counted is not None:
        # "which three agencies": a phrase naming as many bodies, no other number
        # ("Dinas PMPTSP dan Tenaga Kerja" is one body or two, never three).
        bodies = [b for b in re.split(r",\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+", named[0]) if b.strip()]
        return len(bodies) != number_value(counted.group(1))
    return bool(_ASKS_SET.search(question)) and not re.search(r",|\b(?:dan|serta)\b", named[0])



def _phrase_answer(
    evidence: Evidence, book: CitationBook, pattern: re.Pattern[str], groups: tuple[str, ...]
) -> list[str] | None:
    """The phrase ``pattern`` finds in the answering article's best sentences (its first
    matched group of ``groups``, else the whole match), with its sentence quoted."""
    found = evidence.answer_match(pattern)
    if found is None:
        return None
    scored, match = found
    phrase = next((match.group(g) for g in groups if match.group(g)), match.group())
    n = book.cite(scored.chunk)
    phrase = re.sub(r"(?:[\s,]+(?:dan|serta|and|&))+$", "", phrase.strip().rstrip(".,;:"))
    return [f"**{phrase}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]


#: Stems of verbs that direct or advise ("mengimbau", "meminta", "mengingatkan", "berpesan").
_DIRECTIVE_TERMS = frozenset(analyze_document("imbau minta ingat tekan ajak instruksi"))


#: Several things asked in so many words: "apa saja", "what things".
_SEVERAL_ASKED = re.compile(r"\bapa\s+(?:saja|aja)\b|\bwhat\s+(?:things|items|steps)\b", re.IGNORECASE)
#: A directive and what it asks: "meminta Kalapas yang baru agar segera ...".
_DIRECTED = re.compile(r"\b(?:meminta|mengimbau|menginstruksikan|memerintahkan|mengingatkan|menekankan|mengajak|"
                       r"menyerukan|berpesan|(?:memberi(?:kan)?|menyampaikan)\s+(?:arahan|instruksi|pesan|imbauan|amanat))"
                       r"\b[^.;]{0,80}?\b(?P<content>agar|supaya)\b", re.IGNORECASE)


def _asks_directive(evidence: Evidence) -> bool:
    """Whether the question asks what someone urged, asked or reminded."""
    return any(_is_directive(c) for c in evidence.concepts.own_concepts)


def _is_directive(concept: Concept) -> bool:
    """Whether a concept is a directive act ("urge": imbau, minta, ingat, ajak, ...): most of
    its senses direct; "celebration" (pesta, raya, ingat) only shares "ingat" by chance."""
    directing = sum(1 for a in concept.alternatives if a <= _DIRECTIVE_TERMS)
    return directing > 0 and directing * 2 >= len(concept.alternatives)


def _directive_first(evidence: Evidence) -> list[ScoredSentence]:
    """The evidence sentences of the articles that answer, those carrying a directive verb
    first when the question asks what someone urged, asked or reminded ("What did the head
    urge his officers to do?"): the question's setting (the roll call, the UPT) matches the
    report's opening better than the sentence that holds the message."""
    directive = [c for c in evidence.concepts.own_concepts
                 if _is_directive(c)]
    advice = bool(_ASKS_ADVICE.search(evidence.frame.question))
    docs = set(evidence.answer_docs()[:1])
    after = bool(_ASKS_NEXT.search(evidence.frame.question))
    instrument = bool(_ASKS_INSTRUMENT.search(evidence.frame.question))
    acts = [v for v in evidence.concepts.verbs if not _ASKS_INSTRUMENT.search(v.label)]
    # ("minta ... ngapain?" — "memberi arahan kepada seluruh jajaran agar ...": a directive
    # in other words than the question's, when the report has none in its words.)
    # (Only one that says as much of the rest: "tentang politik uang" is the matter asked.)
    other_words = bool(directive) and not any(
        any(c.matches(s.sentence.terms) for c in directive) for s in evidence.sentences if s.doc_id in docs)
    best = max((s.coverage for s in evidence.sentences if s.doc_id in docs), default=0.0)
    carrying = [
        s for s in evidence.sentences
        if s.doc_id in docs
        and (any(c.matches(s.sentence.terms) for c in directive)
             or other_words and _DIRECTED.search(s.text) and s.coverage >= DIRECTED_RELATIVE * best
             or advice and _ADVICE.search(s.text)
             or _states_content(evidence, s.text)
             # "What took place right after the roll call?": "Begitu apel selesai, petugas
             # memusnahkan barang bukti ...", the sentence that opens with what came before.
             or after and _OPENS_WITH_WHAT_CAME_BEFORE.match(s.text)
             # "pakai alat apa buat membakar plafon?": "menyalakan sikat gigi plastik memakai
             # korek api, lalu apinya digunakan untuk membakar plafon", the sentence that
             # says what was used for the act asked.
             or instrument and _USED.search(s.text) and any(v.matches(s.sentence.terms) for v in acts))
    ]
    ordered = carrying + [s for s in evidence.sentences if s not in carrying]
    # The articles the other composers answer from (those with the question's names, or a
    # follow-up's, and of the asked event) come first: "And what did everyone do right after
    # the ribbon was cut?" after a question on a mosque is not answered by a saw cutting bars.
    chosen = set(evidence.best_chunk_per_doc())
    return [s for s in ordered if s.doc_id in chosen] + [s for s in ordered if s.doc_id not in chosen]


#: How much of the best sentence's coverage a directive in other words needs to lead.
DIRECTED_RELATIVE = 0.8


#: A question asking what something was done with: "pakai alat apa", "what did he use to
#: ...", "with what"; and a sentence saying what was used.
_ASKS_INSTRUMENT = re.compile(r"\b(?:pakai|pake|memakai|menggunakan|gunakan|gunain)\s+(?:alat|benda|barang)?\s*apa\b"
                              r"|\balat\s+apa\b|\bdengan\s+apa\b|\bwith\s+what\b"
                              r"|\bwhat\s+(?:\w+\s+)?(?:did|do|does|was|were)\b[^?]*\buse[ds]?\b", re.IGNORECASE)
_USED = re.compile(r"\b(?:memakai|menggunakan|dipakai|digunakan|berbekal|bermodalkan|pakai)\b", re.IGNORECASE)
#: A question asking what came next: "What took place right after the roll call?",
#: "abis apel ngapain?".
_ASKS_NEXT = re.compile(r"\b(?:what|apa)\b[^?]*\b(?:(?:right|just|immediately|shortly)\s+)?after(?:wards?)?\b"
                        r"|\b(?:setelah|sesudah|seusai|usai|abis|habis|selepas)\b[^?]*\b(?:apa|ngapain)\b", re.IGNORECASE)
#: A sentence that opens with what came before it: "Begitu apel selesai, ...", "Usai apel, ...".
_OPENS_WITH_WHAT_CAME_BEFORE = re.compile(
    r"^\W*(?:begitu|setelah|sesudah|seusai|usai|selepas|rampung|selesai|after|once)\b[^,.]{0,80},", re.IGNORECASE)
#: A clause that states what was said, asked or complained of: "mengadu bahwa vonis ...".
_CONTENT_AFTER = re.compile(r"\W*(?:\w+\W+)?(?:bahwa|that)\b", re.IGNORECASE)


def _states_content(evidence: Evidence, text: str) -> bool:
    """Whether the sentence gives the content of the question's act ("ada napi yang ngeluh
    soal apa?" → "Seorang penghuni mengadu bahwa vonis ... belum juga keluar"), not only
    that the act took place ("menanyakan apa saja keluhan mereka")."""
    return any(_CONTENT_AFTER.match(text, word.end()) for word in words_naming(text, evidence.concepts.verbs))


#: "What did he say should be done about ...?", "apa saran Kakanwil ...?": advice is asked,
#: and the sentence that gives it ("kawat lama sebaiknya diganti") answers, not the one
#: that sets its topic ("yang disorot adalah kawat pengaman").
_ASKS_ADVICE = re.compile(
    r"\bshould\s+(?:be|do|have)\b|\bought to\b|\bsuggest\w*|\brecommend\w*|\badvi[cs]\w*|\bsebaiknya\b|\bsaran\w*|"
    r"\b(?:menyarankan|disarankan|dianjurkan|menganjurkan)\b|\b(?:perlu|harus) dilakukan\b"
    # ("usulan pembebasan bersyarat", "diusulkan remisi": a right applied for, not advice)
    r"|\busul\w*\b(?!\s+(?:(?:hak\s+)?(?:pembebasan|remisi|integrasi|asimilasi|cuti|pb|cb|cmb|grasi|amnesti|abolisi|"
    r"hak|memperoleh|mendapat\w*|menerima)\b))",
    re.IGNORECASE,
)
_ADVICE = re.compile(
    r"\b(?:sebaiknya|perlu|harus|hendaknya|semestinya|seharusnya|menyarankan|disarankan|"
    r"mengusulkan|diusulkan|menginginkan)\b",
    re.IGNORECASE,
)


#: Words the answer's own line may take in all (the quotes below it are not counted).
LEAD_WORDS = 38


def _lead(evidence: Evidence, chosen: list[tuple[ScoredSentence, str, int]], words: int) -> str:
    """"Menurut <outlet>: “gist of the best sentence” [1] “gist of the next” [2]": the
    answer is often in the sentence after the one that repeats the question's words, so
    both are excerpted, within ``words`` in all.

    The best sentence comes whole when it fits, else two thirds of the room go to it; the
    source shrinks to its date when naming it would leave the excerpts less than
    ``MIN_EXCERPT_WORDS``.
    """
    source = _source(evidence, chosen[0][0])
    if words - len(source.split()) < MIN_EXCERPT_WORDS:
        source = _source(evidence, chosen[0][0], short=True)
    budget = words - len(source.split())
    parts = []
    for position, (_, quoted, n) in enumerate(chosen):
        if budget < 6:
            break
        whole = len(_compact(quoted, _asks_definition(evidence)).split())
        share = budget if whole <= budget or len(chosen) == 1 or position > 0 else budget * 2 // 3
        # A cut excerpt carries "…" at either end, and readers (and counts) see them as words.
        excerpt = gist(evidence, quoted, limit=share if whole <= share else share - 2)
        parts.append(f"{quote(excerpt)} [{n}]")
        budget -= len(excerpt.split())
    return f"{source} {' '.join(parts)}"


#: The fewest words the excerpts of a "what" answer get beside the name of their source.
MIN_EXCERPT_WORDS = 30


#: Words of a sentence the answer's own line quotes; the whole sentence follows as evidence.
GIST_WORDS = 28


def gist(evidence: Evidence, text: str, limit: int = GIST_WORDS) -> str:
    """``text`` from its clause that best matches the question, at most ``limit`` words.

    Answers follow the question's words in a sentence ("Kalapas mengimbau agar ..."), so
    the excerpt starts at the best clause and runs forward.
    """
    text = _compact(text, _asks_definition(evidence))
    words = text.split()
    directed = _DIRECTED.search(text) if _asks_directive(evidence) else None
    if directed is not None:
        # "What did he ask the new head to do?": what was asked, from its "agar" on ("meminta
        # Kalapas yang baru agar segera melakukan konsolidasi ..."), not who asked it.
        start = len(text[: directed.start("content")].split())
        end = min(len(words), start + limit)
        return "… " + " ".join(words[start:end]) + (" …" if end < len(words) else "")
    if len(words) <= limit:
        return text
    clauses = [m for m in re.finditer(r"[^,;:]+[,;:]?", text) if m.group().strip()]
    # The clause with the question's own words, not the names that set its scene: "...,
    # yang juga menjabat Wakil Ketua Komisi III, menilai fasilitas yang ada sudah cukup
    # baik" is read from "menilai fasilitas" for "Apakah Benny ... menilai fasilitas ...?".
    scene = frozenset(c.label for c in evidence.concepts.concepts if c.salient)
    best = max(clauses, key=lambda m: (
        evidence.concepts.coverage(_clause_terms(m.group()), own_only=True, skip=scene),
        evidence.coverage(_clause_terms(m.group()), own_only=True)))
    start = len(text[: best.start()].split())
    start = max(0, min(start, len(words) - limit))
    end = start + limit
    dated = _asked_date_end(evidence, text)
    if dated is not None and not start < dated <= end:
        # "... secara khusus dalam rapat internalisasi Senin (04/12)": the question names the
        # day, and what happened on it is written just before the date.
        end = max(dated, limit)
        start = end - limit
    # Not "... Keputusan Presiden Nomor 17 Tahun …": a phrase cut before its number or after
    # a word that only leads into the next is finished, shortening the start to make room.
    while end < len(words) and end - start - limit < 3 and (
        words[end - 1].lower().strip(",") in _LEADS_ON or words[end][:1].isdigit()
        # "... paling lama 2 …": nor a number cut from the unit or thing it counts ("2 jam").
        or (words[end - 1][:1].isdigit() and words[end - 1][-1:].isalnum() and words[end][:1].isalpha())
    ):
        end += 1
        if start < len(words) and end - start > limit:
            start += 1
    excerpt = " ".join(words[start:end])
    return ("… " if start else "") + excerpt + (" …" if end < len(words) else "")


def _asked_date_end(evidence: Evidence, text: str) -> int | None:
    """The word position just after a date in ``text`` that lies in the question's period."""
    period = evidence.frame.date_query
    if period is None:
        return None
    for found in find_event_dates(text, None, period.year):
        if period.matches(found.day):
            return len(text[: found.start + len(found.text)].split())
    return None


#: Words that lead into the next one: an excerpt does not stop after them.
_LEADS_ON = frozenset(
    ["nomor", "no.", "tahun", "pasal", "di", "ke", "dari", "dan", "atau", "yang", "untuk", "pada", "dengan", "oleh", "serta", "sebagai", "kelas", "sebanyak", "sejumlah", "mencapai", "adalah", "yaitu", "the", "of", "in", "at", "to", "for", "and", "a", "an", "by", "with"]
)


#: Short asides a gist can do without: "(Lapas)", "(WBP)", and degrees after a name.
_BRACKETED_ASIDE = re.compile(r"\s*\((?=[^)]*[A-Za-z])(?:[^()\s]+\s?){1,4}\)|,?\s+\b(?:[A-Z][A-Za-z]{0,3}\.){1,3}[A-Za-z]{0,4}\b\.?(?=[\s,])")


def _compact(text: str, keep_spelt_out: bool = False) -> str:
    """``text`` without parenthesised abbreviations and academic degrees, which take a
    third of the words of a typical news sentence and answer nothing; ``keep_spelt_out``
    keeps a name spelt out in brackets ("Si Rusiya (Sistem Rupbasan Siji Surabaya)"),
    which answers "what is Si Rusiya?"."""
    def aside(match: re.Match[str]) -> str:
        return match.group() if keep_spelt_out and _SPELT_OUT.fullmatch(match.group().strip()) else ""
    return re.sub(r"\s{2,}", " ", _BRACKETED_ASIDE.sub(aside, text)).strip()


#: A term set in quotes in a question: "What is the 'remisi dasawarsa' ...?".
_QUOTED_TERM = re.compile(r"(?:^|\s)['‘\"“]([^'’\"”]{3,60})['’\"”](?=[\s?,.]|$)")
#: A bracketed name of capitalised words: what the word before it stands for.
_SPELT_OUT = re.compile(r"\((?:[A-Z][\w'-]*\s?){2,}\)")
#: "What is Si Rusiya?", "apa itu SAE?", "PSBB itu apa?", "what does WBK stand for?".
_ASKS_DEFINITION = re.compile(
    r"^\W*(?i:what) (?:is|are|was|were) (?:the |an? )?(?:\W?[A-Z]|['‘\"“])"
    r"|(?i:\bapa (?:itu|sih itu)\b|\bitu apa\b|\bapa (?:yang )?dimaksud\b|\bkepanjangan\b|\bstands? for\b)"
    # "Program SITUMDISAPA itu maksudnya apa?", "what does SITUMDISAPA mean?"
    r"|(?i:\bmaksud(?:nya)? apa\b|\bapa maksud(?:nya)?\b|\barti(?:nya)? apa\b|\bwhat does\b[^?]*\bmean\b)"
)


def _asks_definition(evidence: Evidence) -> bool:
    """Whether the question asks what a named thing is."""
    return bool(_ASKS_DEFINITION.search(evidence.frame.question))


def _source(evidence: Evidence, scored: ScoredSentence, short: bool = False) -> str:
    """"Menurut <outlet>, <date>:" for the sentence's article; ``short``: "Menurut berita
    <date>:" (the citation names the article)."""
    language = evidence.language
    article = evidence.index.articles[scored.doc_id]
    day = scored.chunk.event_date or article.published
    if short and day:
        when = format_date(day, language)
        return t(language, f"Menurut berita {when}:", f"According to the report of {when}:")
    where = ", ".join(
        x for x in (outlet(evidence.index, scored.doc_id, language), day and format_date(day, language)) if x
    )
    return t(language, f"Menurut {where}:", f"According to {where}:")


#: A sentence that enumerates: "pemanas air, benda tajam, kartu permainan, dan ...".
_ENUMERATION = re.compile(r"[^,]+,[^,]+,.*\b(?:dan|serta|and|maupun)\b|:\s*\S.*,"
                          # "85 unit telepon genggam, alat isap sabu, senjata tajam, bahkan
                          # kondom": a list closed by "bahkan" after its commas ("hingga"
                          # closes a range, read as one only from a sentence that answers).
                          r"|[^,.]+,[^,.]+,[^,.]+,\s*bahkan\s"
                          # "Materinya antara lain membuat kue, melukis scarf, ..., hingga ...":
                          # items an opener announces, however the list closes.
                          r"|\b(?:mencakup|meliputi|yaitu|yakni|berupa|antara lain|di antaranya)\s+[^,.;]{2,60},\s*[^,.;]{2,60},"
                          # "yang mencakup irigasi tetes dan alat kocor": two items an opener announces.
                          r"|\b(?:mencakup|meliputi|yaitu|yakni|berupa|antara lain|terdiri (?:dari|atas))\s+"
                          r"[^,.;]{2,60}\s(?:dan|serta)\s\S"
                          # "wajib membawa KTP atau dokumen lain, misalnya SIM atau KK": examples
                          # given as alternatives.
                          r"|\b(?:misalnya|contohnya)\s+[^,.;]{1,60}\s(?:dan|serta|atau)\s\S")


#: Items given as a range: "mulai dari memproduksi tempe, memelihara kambing, ..., sampai
#: pekerjaan las".
_RANGE = re.compile(r"\b(?:mulai dari|ranging from)\s[^.;]+,[^.;]+\b(?:sampai|hingga|to)\s\S", re.IGNORECASE)
#: How close to the best sentence a range must come to be the items asked.
RANGE_RELATIVE = 1.0


#: Three or more things counted with a classifier: "2 unit handphone android, 1 unit
#: powerbank, serta 2 unit charger".
_COUNTED_ITEMS = re.compile(rf"(?:\b\d+\s+(?:{'|'.join(CLASSIFIERS)})\s+[^,.;]+?,\s*){{2,}}"
                            rf"(?:(?:dan|serta)\s+)?\d+\s+(?:{'|'.join(CLASSIFIERS)})\b", re.IGNORECASE)


#: How well, against the best, a sentence past the first two must answer to count among
#: the best ones a range or a list may follow.
LEADING_RELATIVE = 0.7


#: A list of the rest of a kind, after one told before it: "Sementara tiga pelatihan
#: lainnya, yakni ...", "Adapun dua barang lainnya berupa ...".
_REST_OF_LIST = re.compile(r"^\W*(?:(?:sementara|sedangkan|adapun)\s+(?:itu\s*,?\s+)?)?(?:[\w-]+\s+){1,3}lainnya\s*,?\s+"
                           r"(?:yakni|yaitu|ialah|adalah|berupa|meliputi|antara lain)\b", re.IGNORECASE)


def _first_item_told(evidence: Evidence, scored: ScoredSentence) -> str | None:
    """The sentence before a list of "the others" ("Pelatihan membuat kasur lantai dilakukan
    bersama Pokmas Lipas ... Sementara tiga pelatihan lainnya, yakni pangkas rambut, ..."),
    which tells the first item; None for any other list."""
    previous = evidence.index.sentences.preceding(scored.sentence)
    if previous is None or previous.doc_id != scored.doc_id or not _REST_OF_LIST.match(scored.text):
        return None
    return previous.text


def compose_items(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The sentences of the best article that enumerate what was asked ("barang apa saja
    yang ditemukan?"), whole: every item is part of the answer."""
    # "dibuat dari bahan apa saja?": "terbuat dari seng dan kayu"; "kerja sama dengan
    # instansi apa?": the body named after "bekerja sama dengan".
    _check_crime_stated(evidence)
    named = _not_found(evidence, book) or _sanctions(evidence, book) or _asked_phrase(
        evidence, book, ((_ASKS_HOLIDAY, _HOLIDAY, ("occasion",)), _MATERIAL_ASKED, _PARTNER_ASKED))
    if named is None and not _ASKS_SET.search(evidence.frame.question):
        # "What punishment awaits ...?" asks for one thing: "Sanksinya berupa ...".
        named = _said_to_be(evidence, book)
    if named is not None:
        return named
    docs = set(evidence.answer_docs())
    focus = [s for s in evidence.focus_sentences()[:8] if s.doc_id in docs]
    # "... mengamankan sejumlah barang terlarang, yaitu:" and a line per item.
    lines = _listed_lines(evidence, book, focus) or _numbered_points(evidence, book)
    if lines is not None:
        return lines
    kinds = _kinds_named(evidence, book) or _names_after_asked_noun(evidence, book, focus[:6])
    if kinds is not None:
        return kinds
    question = evidence.frame.question
    if ((_ASKS_BODIES.search(question) or ASKS_PARTNER.search(question))
            and not ASKS_COUNTED_SET.search(question)):
        # "Instansi apa saja?", "gandeng siapa aja?": the bodies the report names together.
        bodies = _bodies_named(evidence, book)
        if bodies is not None:
            return bodies
    candidates = []
    if not focus:
        return None
    coverage = {id(s): s.coverage for s in focus}
    asked = _asked_things(evidence)
    # "Gudang apa saja?" — "... ditempatkan di gudang-gudang yang tersedia, yakni ...": a
    # sentence where the noun asked announces the items answers, however little else of
    # the question it repeats.
    announced = _announced_by_asked_noun(evidence, docs)
    for scored in announced:
        if id(scored) not in coverage:
            coverage[id(scored)] = max(scored.coverage, ITEMS_RELATIVE * focus[0].coverage)
            focus.append(scored)
    announced_ids = {id(s) for s in announced}
    years_asked = set(re.findall(r"\b(?:19|20)\d{2}\b", evidence.frame.question))
    # The best sentences: the first two, and any of the next two that answer nearly as well
    # (a tie among sentences can order them either way).
    leading = [s.sentence for i, s in enumerate(focus[:4])
               if i < 2 or s.coverage >= LEADING_RELATIVE * focus[0].coverage]
    head_nouns = _asked_head_nouns(evidence)
    for scored in evidence.sentences:
        # "Materinya antara lain membuat kue, ...", "Bantuan tersebut meliputi ...": items
        # announced right after the best sentence, or in a sentence that points back and
        # names what is asked ("Barang yang disita antara lain ...").
        previous = evidence.index.sentences.preceding(scored.sentence)
        if (scored.doc_id in docs and previous is not None and previous in leading
                and _RANGE.search(scored.text)):
            # "... membuka pameran karya warga binaan. Beragam produk kreatif dipajang, mulai
            # dari kerajinan tangan, ..., hingga olahan kuliner.": one of the two best
            # sentences names the thing, the next gives its range, whatever it scored alone.
            # When it names the thing asked ("produk" for "what kinds of products"), it
            # answers as well as the best.
            names_head = any(c.matches(scored.sentence.terms) for c in head_nouns)
            coverage[id(scored)] = max(coverage.get(id(scored), 0.0), evidence.coverage_with(scored, previous),
                                       focus[0].coverage if names_head else 0.0)
            if scored not in focus:
                focus.append(scored)
            continue
        opens = _ITEMS_START.search(scored.text)
        if (scored.doc_id in docs and previous is not None and previous == focus[0].sentence
                and id(scored) in coverage and opens is not None and opens.start() <= ITEMS_OPEN_REACH
                and _ENUMERATION.search(scored.text)):
            # "Lima orang dari para napi yang diusulkan itu berstatus warga negara asing.
            # Mereka ialah ... asal Belanda, ...": a list that opens the sentence right after
            # the best one answers with it, however little of the question it repeats itself.
            coverage[id(scored)] = max(coverage[id(scored)], evidence.coverage_with(scored, previous))
            continue
        if (scored.doc_id in docs and id(scored) not in coverage and previous is not None
                and (previous == focus[0].sentence and _ENUMERATION.search(scored.text)
                     or _ITEMS_START.search(scored.text) and any(c.matches(scored.sentence.terms) for c in asked)
                     # "Daftar barang yang disita cukup panjang. Petugas menemukan 3 unit
                     # handphone, ...": the sentence before names the things and the act asked.
                     or len(asked) > 1 and _ENUMERATION.search(scored.text)
                     and all(c.matches(previous.terms) for c in asked)
                     # "... hendak memasukkan barang terlarang. Di dalam tasnya tersimpan 2
                     # unit handphone, 1 unit powerbank, serta 2 unit charger.": things
                     # counted one by one after a sentence naming the thing asked.
                     or _COUNTED_ITEMS.search(scored.text)
                     and any(c.matches(previous.terms) for c in asked if not is_verb(c.label)))):
            coverage[id(scored)] = evidence.coverage_with(scored, previous)
            focus.append(scored)
        elif (scored.doc_id in docs and id(scored) not in coverage and _ENUMERATION.search(scored.text)
              and _names_thing_and_act(scored, asked)):
            # "Selain barang-barang tersebut, petugas juga menyita 13 senjata tajam, dua pucuk
            # senjata api, ...": the act asked and a thing asked, then the list.
            coverage[id(scored)] = max(scored.coverage, ITEMS_RELATIVE * focus[0].coverage)
            focus.append(scored)
    aims: set[int] = set()  # the candidates that list what an act was for
    for rank, scored in enumerate(focus):
        if coverage[id(scored)] < ITEMS_RELATIVE * focus[0].coverage:
            continue  # an enumeration of something else ("Lapas, Rutan, dan LPKA")
        text = scored.text
        following = evidence.index.sentences.following(scored.sentence)
        if following is not None and (_CONTINUES.match(following.text) or _MORE_ITEMS.match(following.text)):
            text = f"{text} {following.text}"
        first_item = _first_item_told(evidence, scored)
        if first_item is not None:
            text = f"{first_item} {text}"
        plain = _DEGREES.sub("", text)  # "Gowim Halai, A.Md.IP, S.Sos, M.Si": no items
        # A caption's label ("Foto: Kepala Divisi ..., Suprapto, bersama ...") opens no list.
        plain = plain.removeprefix(CAPTION_LABEL)
        # A range ("mulai dari memproduksi tempe, ..., sampai pekerjaan las") enumerates
        # too, but so does a complaint about a lack of water and beds: only from a
        # sentence that answers about as well as the best.
        ranged = ((_RANGE.search(plain) or _CLOSED_BY_HINGGA.search(plain))
                  and coverage[id(scored)] >= RANGE_RELATIVE * focus[0].coverage)
        # "melarang pengunjung membawa termos, telepon seluler, ..., maupun narkoba": the
        # list is the object of the question's own act ("tidak boleh dibawa").
        object_list = any(_OBJECT_LIST.match(plain, word.end())
                          for word in words_naming(plain, evidence.concepts.verbs) if _VERB_FORM.match(word.group()))
        pair = None if object_list else _pair_object(evidence, plain, transitive_only=True)
        if pair is not None:
            # "Kalapas secara simbolis menyerahkan alat tulis serta perlengkapan salat" for
            # "what did the warden hand over": two things as the object of the question's own
            # act are its items, before a longer list of something else.
            candidates.append((1 + ANNOUNCED_ITEMS + OBJECT_OF_ACT - RANK_COST * rank, scored, text))
        elif _ENUMERATION.search(plain) or ranged:
            # The longest enumeration among the sentences that answer best; one that a
            # word such as "yakni" or a colon opens is a list of items for certain, where
            # commas alone may part names from their posts ("Kalapas X, Agus, dan ...").
            # "Ke-90 barang pada 2021 itu terdiri atas ...": another year's list than the one asked.
            other_year = bool(years_asked) and bool(set(re.findall(r"\b(?:19|20)\d{2}\b", text)) - years_asked)
            # "What items did officers seize?": the list of what was seized ("petugas
            # mengamankan sebilah senjata tajam, ...") over one of what the raid was for
            # ("bertujuan ..., yakni bebas dari handphone, pungli, dan narkoba"), which
            # answers only when no other list does.
            opening = _ITEMS_START.search(plain)
            aim = opening is not None and _AIM_OF_ITEMS.search(plain[: opening.start()]) is not None
            candidates.append((_items_weight(plain) - RANK_COST * rank - (ANNOUNCED_ITEMS if other_year else 0)
                               - (AIM_COST if aim else 0) + (NOUN_ANNOUNCED if id(scored) in announced_ids else 0)
                               + (OBJECT_OF_ACT if object_list else 0),
                               scored, text))
            if aim:
                aims.add(id(scored))
    if candidates and all(id(c[1]) in aims for c in candidates) and not _ASKS_SET.search(evidence.frame.question):
        # "nemu barang apa?": only a list of what the raid was to keep out ("bertujuan
        # mencegah ..., misalnya narkoba dan telepon genggam") is no list of what was found.
        candidates = []
    if (candidates and not announced and not _ASKS_SET.search(evidence.frame.question)
            and not _items_of_the_act(evidence) and not _ENUMERATION.search(focus[0].text)
            and max(coverage[id(c[1])] for c in candidates) < ITEMS_DOMINATED * focus[0].coverage):
        # "barang apa yg bisa dipake buat jebol tembok?": one thing is asked, and the
        # sentence that says what was for that ("palu ... bisa dipakai untuk menjebol
        # tembok") covers the question far better than any list of what was seized.
        return compose_what(evidence, book, items_tried=True)
    if not candidates or not _ENUMERATION.search(focus[0].text) and not announced:
        # No list, or none in the best sentence: two things right after the asked act
        # there answer before a list of something else.
        pair = _pair_after_act(evidence, book, focus[:1])
        if pair is not None or not candidates:
            return pair
    # The answer's line holds the items themselves, from where the enumeration starts, in
    # at most ``LEAD_WORDS``; the sentences follow whole as quotes.
    ordered = sorted(candidates, key=lambda c: -c[0])
    # A second list that repeats the first (a syndicated copy) adds nothing; one with other
    # items does ("... menyembunyikan handphone, yaitu di dalam buku").
    ranked = ordered[:1] + [c for c in ordered[1:]
                            if _jaccard(c[1].sentence.terms, ordered[0][1].sentence.terms) <= 0.5][:1]
    _, first, text = ranked[0]
    source = _source(evidence, first, short=True)
    items = _compact(text)
    opening = _ITEMS_START.search(items)
    # "Di samping beras, minyak goreng dan gula, ... dipetik dari SAE, yakni program ...":
    # an opening word with no list after it opens an aside, not the items.
    if opening is not None and _ENUMERATION.search(items[opening.end() :]):
        items = items[opening.end() :].lstrip(" :,")
    words = items.split()
    room = LEAD_WORDS - len(source.split()) - 1
    named = sum(1 for w in words if w[:1].isupper()) >= NAMED_SHARE * len(words)
    # A list the noun asked announces, or one of many commas, is given whole when items are
    # asked for ("barang apa saja yang disita?"): its last item is as much the answer.
    # (A list an opening word announces keeps the room it has always had: "Diantaranya
    # meningkatkan ..., ..." of ten instructions keeps its gist.)
    whole_list = evidence.frame.kind == "items" and (
        id(first) in announced_ids or opening is None and items.count(",") >= LONG_LIST_COMMAS)
    if (opening is not None and (named and len(words) <= ANNOUNCED_LIST_WORDS or len(words) <= room + LIST_OVERFLOW)
            or whole_list and len(words) <= ANNOUNCED_LIST_WORDS):
        # A list of names an opening word announces ("yaitu Kadiv ... Chusni Thamrin, ...,
        # dan Kabapas Ternate Muhammad Marajabesi") is given whole: its last name is as much
        # the answer as its first; so is any list that runs only a few words past the room
        # ("..., serta 1.417 buah tabung gas bersubsidi"). A long list of phrases (ten
        # instructions) keeps its gist.
        room = max(room, len(words))
    lead = " ".join(words[:room]) + (" …" if len(words) > room else "")
    first_item = _first_item_told(evidence, first)
    if first_item is not None:
        lead = f"{first_item} … {lead}"  # the first item, then the others
    parts = [f"{quote(lead)} [{book.cite(first.chunk)}]"]
    room -= len(lead.split())
    if len(ranked) > 1 and room >= 8:  # the items of a second enumeration, as room allows
        second = ranked[1][1]
        more = gist(evidence, ranked[1][2], limit=room - 2)
        parts.append(f"{quote(more)} [{book.cite(second.chunk)}]")
    lines = [f"{source} {' '.join(parts)}", ""]
    for _, scored, full in ranked:
        lines.append(f"> {quote(_compact(full), limit=600)} [{book.cite(scored.chunk)}]")
    return lines


#: The object after an act, when it joins two things: "menyimpan kaos tahanan serta
#: peralatan makan dan minum", up to the clause's end.
_PAIR_AFTER = re.compile(r"\s+(?P<items>[^,.;:]{2,80}?\s(?:serta|dan|and)\s[^,.;:]{2,80}?)(?=[,.;:]|$)")
#: The most words of such a pair given as the answer.
PAIR_WORDS = 14


#: Weight, in commas, of a list that is the object of the question's own act ("menyerahkan
#: alat tulis serta perlengkapan salat" for "what did he hand over"): as a noun asked
#: announcing it, above a list of something else.
OBJECT_OF_ACT = 8


#: A clause, not things: "amankan agar keamanan dan ketertiban tetap terjaga".
_CLAUSE_WORD = re.compile(r"\b(?:agar|supaya|untuk|guna|karena|sebab|bahwa|yang|jika|ketika|saat|sehingga)\b",
                          re.IGNORECASE)


#: Verbs that say what a thing is: what follows them is no object.
_COPULAS = frozenset({"menjadi", "merupakan", "adalah", "ialah", "jadi"})
_JOINED = re.compile(r"\s(?:serta|dan|and)\s\S")


def _pair_object(evidence: Evidence, text: str, transitive_only: bool = False) -> re.Match[str] | None:
    """The two things ``text`` joins right after one of the question's acts written as a
    verb ("menyediakan 8 unit ponsel android dan 3 komputer"), or None. ``transitive_only``:
    an act the question puts as a state ("fasilitas yang tersedia") has no object to ask."""
    acts = [c for c in evidence.concepts.verbs if not (transitive_only and c.label.lower().startswith("ter"))]
    for word in words_naming(text, acts):
        if not is_verb(word.group()) or word.group().lower() in _COPULAS:
            # "Pengamanan" shares its root with "seized", but names a unit; "menjadi alat
            # deteksi dini ..." says what a thing is, not what was done to things.
            continue
        pair = _PAIR_AFTER.match(text, word.end())
        if pair is None or len(pair.group("items").split()) > PAIR_WORDS:
            continue
        clause = _CLAUSE_WORD.search(pair.group("items"))
        if clause is not None and not _JOINED.search(pair.group("items")[: clause.start()]):
            # "amankan agar keamanan dan ketertiban tetap terjaga": the "dan" joins a
            # clause's words; "... 3 komputer yang dilengkapi headset" keeps its pair.
            continue
        if (any(is_verb(w.group()) for w in words_naming(pair.group("items"), acts))
                or re.search(r"\b[A-Z]", pair.group("items"))):
            # Things are common nouns ("di area Sarana Asimilasi ..." is a place), and
            # "terbakar merupakan gudang tempat menyimpan ...": another act's object follows.
            continue
        return pair
    return None


def _pair_after_act(evidence: Evidence, book: CitationBook, focus: list[ScoredSentence]) -> list[str] | None:
    """"Gudangnya menyimpan barang apa saja?" when the report names two things, not a list
    with commas: the object right after the asked act in one of the best sentences
    ("gudang tempat menyimpan kaos tahanan serta peralatan makan dan minum")."""
    for scored in focus[:4]:
        pair = _pair_object(evidence, scored.text)
        if pair is not None:
            n = book.cite(scored.chunk)
            return [f"**{pair.group('items').strip()}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]
    return None


#: Two names joined right after a noun: "program Pembebasan Bersyarat (PB) dan Cuti Bersyarat (CB)".
_NAMES_JOINED = re.compile(r"\s+(?P<items>(?-i:[A-Z])[^,.;:]{2,60}?\s(?:dan|serta|and)\s(?-i:[A-Z])[^,.;:]{2,60}?)(?=\s*(?:[.;]|$))")


#: In how many of the best sentences names right after the noun asked are its items.
NAMES_JOINED_RANKS = 2
#: Two things an opening word announces right after a noun: "dua rekor, yakni bermain
#: Terompah Panjang dan menyanyikan lagu Hari Merdeka".
_PAIR_OPENED = re.compile(r",?\s*(?:yakni|yaitu|ialah|antara lain|namely)\s*:?\s+"
                          # (the pair is the whole list: "antara lain kondisi sarana dan prasarana,
                          # ketersediaan air bersih, ..." goes on past it)
                          r"(?P<items>[^,.;:]{2,80}?\s(?:dan|serta|and)\s[^,.;:]{2,80}?)(?=\s*(?:[.;]|$))", re.IGNORECASE)


def _names_after_asked_noun(evidence: Evidence, book: CitationBook, focus: list[ScoredSentence]) -> list[str] | None:
    """"Lewat program apa aja ...?" when the report names two, not a list with commas: the
    names right after the noun asked ("melalui program Pembebasan Bersyarat (PB) dan Cuti
    Bersyarat (CB)"), which a common-noun object (``_pair_object``) would not take, or the
    two things an opening word announces after it ("dua rekor, yakni ... dan ...").

    Names right after the noun are read in the best ``NAMES_JOINED_RANKS`` sentences only;
    an opening word after the noun makes a pair certain wherever it stands."""
    # The head noun in the report's words: "programmes" is written "program".
    heads = _asked_head_nouns(evidence)
    for rank, scored in enumerate(focus):
        for word in words_naming(scored.text, heads):
            if not word.group()[0].islower():
                continue  # a word of a name ("Pengelola Barang Sitaan dan Barang Rampasan"), no noun
            # Names right after it are the items only when no list opens before it
            # ("antara lain ..., sampai pelanggaran Undang-Undang Informasi dan ...").
            named = rank < NAMES_JOINED_RANKS and _ITEMS_START.search(scored.text[: word.start()]) is None
            pair = (_NAMES_JOINED.match(scored.text, word.end()) if named else None) or _PAIR_OPENED.match(
                scored.text, word.end())
            if pair is not None and len(pair.group("items").split()) <= PAIR_WORDS:
                n = book.cite(scored.chunk)
                return [f"**{pair.group('items').strip()}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]
    return None


#: A line of a list written one item a line: "- 4 unit handphone", "1. Las fabrikasi", or
#: the number alone ("1.") with the item as the next sentence.
_LIST_LINE = re.compile(r"^\s*(?:[-–—•*]|\d{1,2}[.)])\s*(?P<item>.*)$")
#: The most list lines read as one answer.
MAX_LIST_LINES = 15


def _same_count(question: str, text: str) -> bool:
    """Whether ``text`` names, in words or digits, a count of two or more that the question
    names ("what three points" / "tiga penekanan berikut")."""
    def counts(words: str) -> set[float]:
        found = {number_value(w) for w in re.findall(r"\b(?:\d{1,2}|[a-z]+)\b", words.lower())}
        return {v for v in found if v is not None and v >= 2}
    return bool(counts(question) & counts(text))


def _listed_lines(evidence: Evidence, book: CitationBook, focus: list[ScoredSentence]) -> list[str] | None:
    """The items a best sentence announces with a colon and the report then gives one a
    line ("petugas mengamankan sejumlah barang terlarang, yaitu:" / "- 4 unit handphone" /
    "- 6 kabel charger" ...; "Ada empat jenis pelatihan, yakni:" / "1." / "Las fabrikasi").
    None when no best sentence announces such a list."""
    index = evidence.index.sentences
    # "Barang-barang yang disita antara lain:" names the thing or the act asked, however
    # little else of the question it repeats.
    asked = _asked_things(evidence)
    docs = set(evidence.answer_docs()[:1])
    naming = [s for s in evidence.sentences
              if s.doc_id in docs and s not in focus[:4] and s.text.rstrip().endswith(":")
              and (any(c.matches(s.sentence.terms) for c in asked)
                   # "Ia merinci tiga penekanan berikut:" for "what three points ...?": the
                   # count the question names announces the lines that follow.
                   or _same_count(evidence.frame.question, s.text))]
    for scored in focus[:4] + naming:
        if not scored.text.rstrip().endswith(":"):
            continue
        items: list[str] = []
        written: list[str] = []  # the lines as the report writes them, for the quote
        following = first = index.following(scored.sentence)
        while following is not None and len(items) < MAX_LIST_LINES:
            line = _LIST_LINE.match(following.text)
            if line is None:
                break
            item = line.group("item").strip()
            text = following.text.strip()
            if not item:  # "1." alone: the item is the next sentence
                following = index.following(following)
                if following is None or _LIST_LINE.match(following.text):
                    break
                item = following.text.strip()
                text = f"{text} {item}"
            items.append(item.rstrip(".;"))
            written.append(text)
            following = index.following(following)
        if len(items) < 2:
            continue
        n = book.cite(scored.chunk)
        m = book.cite_sentence(first.doc_id, first.start, scored.chunk)  # the lines may open the next passage
        lead = "; ".join(items)
        words = lead.split()
        if len(words) > LEAD_WORDS:
            lead = " ".join(words[:LEAD_WORDS]) + " …"
        shown = written if len(written) <= 2 else [written[0], "…", written[-1]]
        return [f"**{lead}** [{m}]", "", f"> {quote(scored.text)} [{n}]",
                f"> {quote(' '.join(shown), limit=600)} [{m}]"]
    return None


#: A point of a pledge or a plan told by its ordinal ("Butir pertama berisi tekad untuk
#: menjaga keutuhan NKRI.", "sedangkan butir ketiga menekankan ..."), up to the next point
#: or the sentence's end.
_NUMBERED_POINT = re.compile(
    r"\b(?P<noun>butir|poin|point|tahap|langkah)\s+(?P<nth>pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|"
    r"kedelapan|kesembilan|kesepuluh)\b(?:\s+(?:berisi|adalah|yakni|yaitu|ialah|menekankan|menyatakan|memuat|"
    r"tentang|mengenai|menegaskan))?\s*:?\s*(?P<content>[^.;]+?)"
    r"(?=,?\s+(?:sedangkan|sementara|dan|serta)\s+(?:butir|poin|point|tahap|langkah)\b|[.;]|$)",
    re.IGNORECASE)


#: A question on the points of a text: "poin-poin ikrar", "butir deklarasi", "the points".
_ASKS_POINTS = re.compile(r"\b(?:butir|poin|points?|bunyi)\b", re.IGNORECASE)


def _numbered_points(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The points a report tells one by one by their ordinals ("Butir pertama berisi ...
    Butir kedua berisi ..., sedangkan butir ketiga ..."), when the question asks for the
    points ("poin-poin ikrar apa saja?", "what were the points of the declaration?"): each
    point's content, in the report's order. None when the answering report numbers fewer
    than two."""
    docs = evidence.answer_docs()[:1]
    if not docs:
        return None
    points: list[tuple[str, Sentence]] = []
    seen: set[str] = set()
    for sentence in evidence.index.sentences.of_article(docs[0]):
        for match in _NUMBERED_POINT.finditer(sentence.text):
            if match.group("nth").lower() in seen or not (
                    _ASKS_POINTS.search(evidence.frame.question)
                    or any(c.matches(frozenset(analyze_document(match.group("noun")))) for c in evidence.concepts.own_concepts)):
                continue
            seen.add(match.group("nth").lower())
            points.append((match.group("content").strip(" ,"), sentence))
    if len(points) < 2:
        return None
    fallback = next(h.chunk for h in evidence.hits if h.chunk.doc_id == docs[0])
    lines = []
    for content, sentence in points:
        n = book.cite_sentence(docs[0], sentence.start, fallback)
        lines.append(f"- {content} [{n}]")
    quoted = dict.fromkeys(sentence for _, sentence in points)
    return [*lines, "", *(f"> {quote(s.text, limit=500)} [{book.cite_sentence(docs[0], s.start, fallback)}]"
                          for s in quoted)]


#: A question asking which bodies took part ("bareng siapa aja instansinya?", "which
#: agencies were involved?"), and a body's name as reports write it.
_ASKS_BODIES = re.compile(rf"\b(?:{BODY_NOUNS_ID}|agencies|organi[sz]ations|institutions|authorities|foundations)(?:nya)?\b",
                          re.IGNORECASE)
_BODY = re.compile(r"\b(?:Polres\w*|Polsek|Polda|Kodim|Koramil|Korem|Kodam|BNN\w*|Dinas|Dinkes|Disdik|Kejari|Kejati|"
                   r"Kejaksaan|Pengadilan|Pemkab|Pemkot|Pemprov|Satpol|Kemenkumham|Kanwil|Puskesmas|RSUD|Balai|Badan|"
                   r"Universitas|Yayasan|Baznas|KPU|Bawaslu|TNI|Polri|Kepolisian|Basarnas|BPBD|Damkar|"
                   r"LSM|Ormas|Komunitas|PMI|BPJS\w*|Kemenag|Ponpes|Pondok|Rumah Sakit|RS|Klinik)\b")


#: One more item of a list: ", serta Kepala Seksi ..." (not a clause: ", berhasil ...").
_MORE_ITEM = re.compile(r",\s*(?:serta\s+|dan\s+)?(?!(?:ber|me|di|ter)[a-z]{3,}\b)[^,.;]+")
#: The last item of a list after the last body named: ", dan STIT Tulungagung".
_LAST_ITEM = re.compile(r",?\s*(?:dan|serta)\s+[A-Z][^,.;]*")
#: Words that open a list of bodies: the act that gathered them, or a word announcing them.
#: "antara lain" comes before "antara": alternatives are tried in order, and the shorter
#: would leave "lain" as the list's first word and miss that the list is announced.
_LIST_OPENER = re.compile(r"\b(?:melibatkan|bersama|dengan|oleh|dari|antara lain|antara|yakni|yaitu|di antaranya|"
                          r"terdiri (?:atas|dari)|meliputi|seperti)\b|:", re.IGNORECASE)


#: What each body of the kind the question asks ("yayasan apa aja?") adds to its list's
#: score, when the list names two or more of that kind.
KIND_NAMED_WEIGHT = 3


def _bodies_named(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The sentence of the answering report that names the most bodies together
    ("melibatkan BNNP Sultra, Kodim 1417 Kendari, dan Kepolisian Resor Kota (Polresta)
    Kendari"), its names from the first to the last: the bodies asked for."""
    docs = evidence.answer_docs()[:1]
    if not docs:
        return None
    coverage = {s.sentence.start: s.coverage for s in evidence.sentences if s.doc_id == docs[0]}
    # "yayasan apa aja?", "which foundations?": the bodies of the kind asked count first.
    kinds = [c for c in evidence.concepts.own_concepts if not c.salient and not c.generic]
    best = None
    for sentence in evidence.index.sentences.of_article(docs[0]):
        names = list(_BODY.finditer(sentence.text))
        # Bodies joined into a list ("A, B, dan C"), not the words of one body's long name.
        joints = len(re.findall(r",|\b(?:dan|serta)\b", sentence.text[names[0].start() : names[-1].end()])) if names else 0
        if len(names) < 2 or not joints:
            continue
        of_kind = sum(1 for m in names
                      if any(c.matches(frozenset(analyze_document(m.group().split()[0]))) for c in kinds))
        score = (KIND_NAMED_WEIGHT * of_kind if of_kind >= 2 else 0) + len({m.group() for m in names}) + joints \
            + coverage.get(sentence.start, 0.0)
        if best is None or score > best[0]:
            best = (score, sentence, names)
    if best is None:
        return None
    _, sentence, names = best
    # The list runs from the word that opens it ("melibatkan kepolisian, TNI, ...", "yakni
    # Kepala Bidang Pembinaan, utusan BNPT, ...") to the last body's own name words
    # ("Kepolisian Resor Kota (Polresta) Kendari", "Bea dan Cukai Aceh").
    openers = list(_LIST_OPENER.finditer(sentence.text, 0, names[0].start()))
    start = openers[-1].end() if openers else names[0].start()
    tail = re.match(r"\)?(?:\s+(?:[A-Z0-9][\w./-]*|\([\w ./-]+\)|dan(?=\s+[A-Z])))*", sentence.text[names[-1].end() :])
    end = names[-1].end() + tail.end()
    if openers and _ITEMS_START.search(openers[-1].group()):
        # An announced list is given whole: its further items after the last body named
        # (", Kemenag Ngaliyan, utusan Bapas Kelas I Semarang"), up to a clause of its own.
        while (more := _MORE_ITEM.match(sentence.text, end)) is not None:
            end = more.end()
    elif (last := _LAST_ITEM.match(sentence.text, end)) is not None:
        end = last.end()  # "..., Universitas Wijaya Kusuma Surabaya, dan STIT Tulungagung": the list's last
    fallback = next(h.chunk for h in evidence.hits if h.chunk.doc_id == docs[0])
    n = book.cite_sentence(docs[0], sentence.start, fallback)
    return [f"**{sentence.text[start:end].strip(' ,.:')}** [{n}]", "", f"> {quote(sentence.text, limit=500)} [{n}]"]


#: "Ikan apa saja ...?", "sayuran apa yang ditanam?": a kind of thing asked by its noun.
_ASKS_KIND_OF = re.compile(r"(?:^|[,.?]\s*|\b(?:jenis|yang|yg|dan)\s+)(?P<noun>[a-z]{3,})\s+apa(?:\s+(?:saja|aja))?\b",
                           re.IGNORECASE)
#: Nouns before "apa" that ask for something other than kinds of a thing.
_NOT_KIND_NOUNS = frozenset([
    "untuk", "buat", "dengan", "karena", "sebab", "dalam", "rangka", "acara", "kegiatan", "hal",
    "bagaimana", "kapan", "siapa", "mana", "berapa", "jam", "hari", "tanggal", "bulan", "tahun",
    "kenapa", "mengapa", "alasan", "tujuan", "maksud", "dasar", "program", "bentuk", "cara"
])


def _kinds_named(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The kinds the report names right after the asked noun: "Ikan apa saja yang
    dibudidayakan?" is answered by "ikan lele dan nila", a noun with its kinds, wherever
    the sentence puts it."""
    asked = _ASKS_KIND_OF.search(evidence.frame.question)
    if asked is None or asked.group("noun").lower() in _NOT_KIND_NOUNS:
        return None
    noun = re.escape(asked.group("noun").lower())
    # The kinds run to where the clause ends; "pelatihan pertukangan, barista, las listrik,
    # dan otomotif" has kinds of several words, which this reading would cut.
    # A conjunction joins the last kind: "barang terlarang, orang yang membawanya" is a
    # clause break, no pair of kinds.
    kinds = re.compile(rf"\b{noun}\s+(?P<kinds>[a-z]+(?:\s*,\s*[a-z]+)*,?\s+(?:dan|serta|atau)\s+[a-z]+)"
                       r"(?=\s*(?:[.;:)]|$)|\s+(?:yang|hasil|untuk|di|ke|dari|dengan|sebagai|milik)\b"
                       r"|,\s*(?:yang|dengan|untuk|sedangkan|sementara)\b)")
    found = evidence.answer_match(kinds)
    if found is None:
        return None
    scored, match = found
    if any(word in STOPWORDS_ID for word in re.split(r"\W+", match.group("kinds"))
           if word and word not in {"dan", "serta", "atau"}):
        return None  # "disita, di antaranya": words of the sentence, not kinds
    n = book.cite(scored.chunk)
    return [f"**{match.group().strip()}** [{n}]", "", f"> {quote(scored.text, limit=500)} [{n}]"]


#: Weight, in commas, of an enumeration the noun asked announces ("empat kelompok, yaitu
#: kelompok desain, ..."): above any list of other things the best sentences hold.
NOUN_ANNOUNCED = 8
#: Commas that make a sentence's items a list for certain ("menyita 1 unit handphone, 1
#: kepala charger, terminal listrik, headset, ..."): given whole, since its last item is as
#: much the answer as its first.
LONG_LIST_COMMAS = 4
#: How many words before an opening word the noun asked may stand ("gudang-gudang yang
#: tersedia, yakni").
NOUN_BEFORE_OPENING = 5


def _announced_by_asked_noun(evidence: Evidence, docs: set[str]) -> list[ScoredSentence]:
    """Sentences of the answering articles whose enumeration the noun asked opens: the noun
    within a few words before "yakni"/"yaitu"/"antara lain"/a colon ("dibagi menjadi empat
    kelompok, yaitu ..."), or opening two of the items itself ("gudang terbuka ..., gudang
    tertutup ..."). The noun is the head of what the question asks for ("which new
    facilities", "gejala apa saja", "sebutkan kelompok-kelompok kerja"), in any of its
    forms; its modifiers and the question's verbs do not count."""
    nouns = _asked_head_nouns(evidence)
    if not nouns:
        return []
    found = []
    for scored in evidence.sentences:
        if scored.doc_id not in docs:
            continue
        plain = _DEGREES.sub("", scored.text).removeprefix(CAPTION_LABEL)
        if not _ENUMERATION.search(plain):
            continue
        opening = _ITEMS_START.search(plain)
        # "Adapun persyaratan yang wajib dipenuhi, kata dia, meliputi ...": who said it
        # stands between the noun and its items.
        before = (_SAID_ASIDE.sub(" ", plain[: opening.start()]).split()[-NOUN_BEFORE_OPENING:]
                  if opening else [])
        # Each item's noun, after any count ("dua gudang terbuka"): "cuti bersyarat,
        # pembebasan bersyarat" repeat no noun "syarat".
        items = [[w for w in part.split() if not (w[:1].isdigit() or w.lower() in _COUNT_WORDS)][:1]
                 for part in re.split(r",|\b(?:dan|serta)\b", plain) if part.strip()]
        repeated = [c for c in nouns
                    if sum(1 for words in items if c.matches(set(analyze_document(" ".join(words))))) >= 2]
        if repeated or any(_noun_opens(before, c) for c in nouns):
            found.append(scored)
    return found


#: A count or article before an item's noun: "2", "dua", "sebuah", "beberapa", "the".
_COUNT_WORDS = frozenset({w for w in NUMBER_WORDS if " " not in w} | set(ENGLISH_NUMBER_WORDS)
                         | {"sebuah", "seekor", "seunit", "beberapa", "sejumlah", "para", "a", "an", "the"})
#: A speech tag set off by commas: ", kata dia,", ", ujarnya,".
_SAID_ASIDE = re.compile(r",\s*(?:kata|ujar|jelas|tutur|ungkap|sebut|terang)(?:nya)?(?:\s+(?:dia|ia|beliau|[A-Z]\w+))?\s*,")


def _asked_head_nouns(evidence: Evidence) -> list[Concept]:
    """The question's concepts that hold the noun a list question asks for ("gudang" of
    "gudang apa saja", "products" of "what kinds of products")."""
    head = _asked_head(evidence.frame.question)
    return [c for c in evidence.concepts.own_concepts
            if head and head in _plain_words(c.label) and not c.salient and not is_verb(c.label)]


#: The head of what a list question asks for: the plural noun ending "what/which ..."
#: ("which new facilities", "what disciplinary measures"), the noun before "apa saja"
#: ("gudang apa aja"), or the first noun after "apa saja"/"sebutkan" ("apa saja kriteria
#: ...", "sebutkan kelompok-kelompok kerja").
_HEAD_EN = re.compile(r"\b(?:what|which)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?(?:[a-z-]+\s+){0,2}?([a-z-]+?s)\b",
                      re.IGNORECASE)
# ("rekor MURI apa aja": a name in capitals after the noun says whose; the noun is before it.)
_HEAD_BEFORE_APA = re.compile(r"\b([\w-]+)(?:\s+(?-i:[A-Z]{2,}))?\s+apa(?:kah)?\s+(?:saja|aja)\b", re.IGNORECASE)
_HEAD_AFTER = re.compile(r"\b(?:apa\s+(?:saja|aja)|sebutkan|list|name)\s+(?:the\s+)?([\w-]+)", re.IGNORECASE)
#: Words before "apa saja" that are no noun ("punya gudang apa", "yang apa").
_NOT_HEAD = frozenset(["yang", "punya", "ada", "itu", "ini", "sih"])


def _plain_words(label: str) -> list[str]:
    """A label's words, reduplicated plurals as one ("kelompok-kelompok" → "kelompok")."""
    return [re.sub(r"^(\w+)-\1$", r"\1", w) for w in label.lower().split()]


def _asked_head(question: str) -> str | None:
    """The noun a list question asks for, lower-cased, in its singular when reduplicated."""
    for pattern in (_HEAD_BEFORE_APA, _HEAD_AFTER, _HEAD_EN):
        match = pattern.search(question)
        if match and match.group(1).lower() not in _NOT_HEAD and match.group(1).lower() not in {"yang", "the"}:
            word = match.group(1).lower()
            return re.sub(r"^(\w+)-\1$", r"\1", word)  # "kelompok-kelompok"
    return None




def _noun_opens(before: list[str], noun: Concept) -> bool:
    """Whether the words before an opening word end in the noun, with no verb after it
    ("empat kelompok, yaitu", "gudang-gudang yang tersedia, yakni"; not "gudang terbuka
    diisi antara lain")."""
    for start in range(len(before) - 1, -1, -1):
        window = before[start:]
        if noun.matches(set(analyze_document(" ".join(window)))):
            # "persyaratan yang wajib dipenuhi, meliputi": a verb of a relative clause
            # describes the noun; it is not a verb of its own.
            own = list(itertools.takewhile(lambda w: w.lower() not in ("yang", "yg"), window[1:]))
            return not any(_VERB_FORM.fullmatch(w.strip(",.;:")) for w in own)
    return False


def _asked_things(evidence: Evidence) -> list:
    """The concepts naming what is enumerated: the noun asked ("what aid", "barang apa")
    and the act that took or gave it ("what did they confiscate")."""
    question = evidence.frame.question
    words = set(re.findall(r"\b(?:what|which)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?([\w-]+)", question, re.IGNORECASE))
    # "Sebutkan kelompok-kelompok kerja ...", "List the groups ...": the noun named first.
    words |= set(re.findall(r"\b(?:sebutkan|list|name)\s+(?:the\s+|apa\s+saja\s+)?([\w-]+)", question, re.IGNORECASE))
    # "Barang terlarang apa saja": the noun may stand a modifier before "apa"; "Senjata dan
    # amunisi apa saja": two nouns joined.
    for pair in re.findall(r"((?:[\w-]+\s+(?:dan\s+|serta\s+)?)?[\w-]+)\s+apa\b", question, re.IGNORECASE):
        words |= set(pair.split()) - {"dan", "serta"}
    words = {w.lower() for w in words}
    nouns = [c for c in evidence.concepts.own_concepts if not c.salient and set(c.label.split()) & words]
    return nouns + weighty_verbs(evidence)[:1]


def _names_thing_and_act(scored: ScoredSentence, asked: list[Concept]) -> bool:
    """Whether a sentence names both a thing asked and the act asked ("menyita 13 senjata
    tajam" for "senjata apa saja yang disita?")."""
    terms = scored.sentence.terms
    acts = [c for c in asked if is_verb(c.label)]
    things = [c for c in asked if not is_verb(c.label)]
    return (bool(acts) and bool(things) and any(c.matches(terms) for c in acts)
            and any(c.matches(terms) for c in things))


def _reason_set_aside(evidence: Evidence) -> list[Concept]:
    """The concepts of the reason a question sets aside, only its own words: "lapas" in
    "selain menjaga lapas bersih" is also the unit asked."""
    kept = {c.label for c in question_concepts(without_set_aside(evidence.frame.question), evidence.language)}
    return [c for c in question_concepts(set_aside_text(evidence.frame.question), evidence.language)
            if not c.generic and c.label not in kept]


#: A reason asked besides another ("Selain buat bersih-bersih ..., apa lagi alasannya?").
_BESIDES = re.compile(r"\b(?:selain|besides|apart from|aside from|other than)\b", re.IGNORECASE)
#: Another reason asked without naming the first: "what other reason", "alasan lainnya".
_OTHER_REASON = re.compile(r"\b(?:other|another|further|additional)\s+(?:reasons?|causes?|purposes?)\b"
                           r"|\b(?:alasan|tujuan|penyebab)\s+(?:lain(?:nya)?|lagi)\b|\bapa\s+lagi\s+alasan", re.IGNORECASE)


#: How far below the best sentence every list must fall for a question that asks one thing
#: to be answered by the best sentence rather than by a list.
ITEMS_DOMINATED = 0.6


#: A list of things asked for closed by "hingga" after its commas ("membuat pot bunga,
#: mebeler, perikanan atau perkolaman, hingga merawat tanaman bonsai"): items only when
#: items are asked; elsewhere "hingga" closes a range of anything.
_CLOSED_BY_HINGGA = re.compile(r"[^,.]+,[^,.]+,[^,.]+,\s*(?:hingga|sampai)\s")


#: A sentence adding items to the list before it: "Ada pula lomba ..., yakni lomba makan
#: papeda".
_MORE_ITEMS = re.compile(r"\W*(?:ada pula|ada juga|juga ada|terdapat pula|terdapat juga|selain itu|di samping itu"
                         # "Selain ketiga gudang itu, Rupbasan juga memiliki ...".
                         r"|selain (?:\w+\s+){1,3}(?:itu|tersebut)"
                         r"|tak hanya itu|tidak hanya itu|there (?:was|were) also|also)\b", re.IGNORECASE)
#: Academic degrees after a name (", A.Md.IP, S.Sos, M.Si"): commas that part no items.
_DEGREES = re.compile(r",\s*(?:[A-Z][A-Za-z]{0,3}\.\s?)+[A-Za-z]{1,4}\b\.?")
#: An enumeration answers only from a sentence that covers the question at least this well
#: relative to the best one.
ITEMS_RELATIVE = 0.4
#: What a place further down the ranking costs an enumeration, in commas.
RANK_COST = 0.5
#: Weight of an enumeration that an opening word ("yakni", "antara lain", ":") announces,
#: in commas.
ANNOUNCED_ITEMS = 3
#: Items right after a verb, as its object: "membawa termos, telepon seluler, senjata tajam".
_OBJECT_LIST = re.compile(r"\s+[^,.;:]{2,40},\s*[^,.;:]{2,40},")
#: A word written as an Indonesian verb (meN-, di-, ber-): "membawa", not "hunian".
_VERB_FORM = re.compile(r"(?i:me|di|ber)[a-z]{3,}")
#: A purpose before a list's opening word ("bertujuan menjaga komitmen Zero Halinar, yakni
#: bebas dari handphone, ..."): the list is what was aimed at, not the things asked.
_AIM_OF_ITEMS = re.compile(r"\b(?:bertujuan|tujuan\w*|dimaksudkan|"
                           # "Sulardi meminta agar sistem keamanan ... diperiksa, mencakup ...":
                           # what was asked for, not what it was for.
                           r"(?<!meminta )(?<!minta )(?<!mengimbau )(?<!menginstruksikan )(?<!memerintahkan )"
                           r"(?<!menekankan )(?:agar|supaya)|aims?|aimed)\b", re.IGNORECASE)
#: The most words of a list of names an opening word announces that the answer's line
#: gives whole, and the share of capitalised words that makes a list one of names.
ANNOUNCED_LIST_WORDS = 60
NAMED_SHARE = 0.5
#: How many words past the room an announced list may run and still be given whole.
LIST_OVERFLOW = 8
#: What an enumeration of aims costs, in commas: more than any list is long.
AIM_COST = 100


def _items_weight(text: str) -> int:
    """How surely and how long ``text`` enumerates: its commas, those after an opening
    word ("yakni menjahit, membatik, ...", or two short items "X dan Y" with no comma) plus
    ``ANNOUNCED_ITEMS``."""
    opening = _ITEMS_START.search(text)
    if opening is not None:
        # "telah menyiapkan sejumlah berkas, di antaranya kartu bimbingan dan kontrak
        # bimbingan": two items an opening word announces are parted by "dan", not a comma.
        # ("yakni 173 tahanan dan 298 narapidana" breaks a count into parts: no items.)
        items = text[opening.end() :]
        if items.count(","):
            return items.count(",") + ANNOUNCED_ITEMS
        if _TWO_ITEMS.match(items) and not re.match(r"\s*\d", items):
            return 1 + ANNOUNCED_ITEMS
    if _COUNTED_ITEMS.search(text):
        # "2 unit handphone android, 1 unit powerbank, serta 2 unit charger": things
        # counted one by one enumerate as surely as an opening word announces.
        return text.count(",") + ANNOUNCED_ITEMS
    return text.count(",")


#: How far into a sentence its opening word may stand for the sentence to open with a list.
ITEMS_OPEN_REACH = 20
#: Two short items and nothing else after an opening word: "kartu bimbingan dan kontrak
#: bimbingan."
_TWO_ITEMS = re.compile(r"\s*(?:[\w()/-]+\s+){0,4}?[\w()/-]+\s+(?:dan|serta)\s+(?:[\w()/-]+\s+){0,4}?[\w()/-]+\W*$",
                        re.IGNORECASE)
#: Where the items of an enumerating sentence begin: after "Diantaranya", "antara lain",
#: "yaitu", "meliputi" or a colon.
_ITEMS_START = re.compile(
    r"\b(?:Diantaranya|Di antaranya|antara lain|yaitu|yakni|meliputi|berupa|seperti|misalnya|contohnya|mencontohkan|"
    r"masing-masing|berisi|isinya|"
    # "Keenamnya ialah ...", "Mereka ialah ...": the items a count or a pronoun points to.
    r"(?:(?<=Keduanya )|(?<=Ketiganya )|(?<=Keempatnya )|(?<=Kelimanya )|(?<=Keenamnya )|(?<=Ketujuhnya )|"
    r"(?<=Kedelapannya )|(?<=Mereka ))(?:adalah|ialah)|"
    # "berbagai kegiatan, mulai dari memproduksi tempe, ..., sampai pekerjaan las".
    r"rinciannya|terdiri (?:dari|atas)|mencakup|mulai dari|ranging from)\b|:",
    re.IGNORECASE,
)


#: Words that name a cause as such ("pemicu", "penyebabnya", "alasannya").
_COUNTERFACTUAL = re.compile(_COUNTERFACTUAL_WORDS, re.IGNORECASE)
_CAUSE_NOUNS = ("pemicu", "penyebab", "alasan", "faktor", "beralasan", "berdalih", "dengan alasan", "kendala", "hambatan",
                "rintangan", "dalihnya")
#: Words that name an aim as such ("penyediaan enam TPS itu bertujuan agar ..."): like a
#: cause named, they need less of the question's scene.
_AIM_NOUNS = ("bertujuan", "tujuan", "dimaksudkan", "dengan tujuan", "dengan maksud")
#: The share of the usual closeness a sentence that names a cause as such needs.
CAUSE_NOUN_SHARE = 0.75
#: A count of people a question states: "58 napi", "22 inmates" (not "TPS 901", "HUT ke-74").
_PEOPLE_COUNTED = re.compile(r"(?<![\w-])\d[\d.,]*\s+(?:napi|narapidana|warga binaan|wbp|tahanan|orang|anak|"
                             r"inmates?|prisoners?|detainees?|convicts?|people|juveniles?)\b", re.IGNORECASE)
#: What a reason gains when its sentence states the count the question states.
COUNT_STATED = 1.0
#: How close to the best sentence a sentence stating a reason must come to answer "why".
WHY_RELATIVE = 0.6
#: The share of that a reason keeps when it is denied as the question's act is.
NEGATION_AGREES = 0.8
#: The fewest words after a reason word that can state a reason: none after it ("...
#: sebagai dugaan penyebabnya.") means the cause came before it.
REASON_AFTER_WORDS = 1
#: The share of the coverage a reason borrows from the sentence before it that counts when
#: reasons are compared.
BORROWED_SHARE = 0.5
#: "Penyebabnya, ...", "Pasalnya, ...", "Alasannya, ...": a sentence opened by the noun of
#: its cause, which is all it says.
_CAUSE_OPENS = re.compile(r"^\W*(?:penyebab|pemicu|alasan|pasal|musabab)nya\b\s*[,:]", re.IGNORECASE)
#: How far into a sentence its cause noun may stand to open it.
CAUSE_OPENS_CHARS = 3
#: The fewest words between a comma and a reason word for the comma to open its clause.
REASON_CLAUSE_WORDS = 3


def _with_context(evidence: Evidence, book: CitationBook, best: ScoredSentence) -> list[str] | None:
    """The sentence before the best one and the best one, both excerpted, as the answer to
    a why-question whose report states no reason word; None when the best sentence opens
    its article or paragraph (nothing before it tells of the same thing)."""
    previous = evidence.index.sentences.preceding(best.sentence)
    if previous is None or previous.doc_id != best.doc_id:
        return None
    if "\n" in evidence.index.articles[best.doc_id].text[previous.end : best.sentence.start]:
        return None  # the best sentence opens a paragraph
    n = book.cite_sentence(previous.doc_id, previous.start, best.chunk)
    m = book.cite(best.chunk)
    lead = (f"{quote(gist(evidence, previous.text, limit=GIST_WORDS // 2 + 4))} [{n}] "
            f"{quote(gist(evidence, best.text, limit=GIST_WORDS // 2))} [{m}]")
    return [lead, "", f"> {quote(previous.text, limit=500)} [{n}]", f"> {quote(best.text, limit=500)} [{m}]"]


#: A sentence announcing several aims or reasons ("wisuda ini membawa beberapa tujuan",
#: "ada tiga alasan"), which the sentences after it give one by one.
_ANNOUNCES_REASONS = re.compile(
    r"\b(?:beberapa|sejumlah|dua|tiga|empat|lima|\d+)\s+(?:tujuan|alasan|maksud|sasaran|pertimbangan)\b"
    r"|\b(?:several|two|three|four|five)\s+(?:aims|purposes|reasons|goals)\b",
    re.IGNORECASE,
)
#: An item of such a list: "Pertama, ...", "Kedua, ...", "Yang ketiga ...".
_ORDINAL_ITEM = re.compile(r"^\W*(?:yang\s+)?(?:pertama|kedua|ketiga|keempat|kelima|first|second|third|fourth|fifth)"
                           r"(?:nya)?\b,?\s*", re.IGNORECASE)
#: Most items of such a list read.
MAX_LISTED_REASONS = 5


def _listed_reasons(evidence: Evidence, book: CitationBook, focus: list[ScoredSentence]) -> list[str] | None:
    """"Menurut Erik, wisuda ini membawa beberapa tujuan. Pertama, ... Kedua, ... Ketiga,
    ...": the aims a best sentence announces are the items that follow it, all of them."""
    index = evidence.index.sentences
    for scored in focus[:12]:
        # The sentence names the reasons as such, so it needs less of the question's wording.
        if (scored.coverage < CAUSE_NOUN_SHARE * WHY_RELATIVE * focus[0].coverage
                or not _ANNOUNCES_REASONS.search(scored.text)):
            continue
        items = []
        following = index.following(scored.sentence)
        while following is not None and len(items) < MAX_LISTED_REASONS and _ORDINAL_ITEM.match(following.text):
            items.append(following)
            following = index.following(following)
        if len(items) < 2:
            continue
        n = book.cite(scored.chunk)
        m = book.cite_sentence(items[0].doc_id, items[0].start, scored.chunk)
        gist = " ".join(item.text for item in items)
        return [f"{quote(gist, limit=500)} [{m}]", "", f"> {quote(scored.text)} [{n}]", f"> {quote(gist, limit=700)} [{m}]"]
    return None


#: A sentence announcing the reason the next ones give: "Hendro mengungkapkan alasan
#: pemilihan Lapas Piru sebagai tuan rumah." (and nothing after it that gives one).
_ANNOUNCES_REASON = re.compile(
    r"\b(?:mengungkapkan|menjelaskan|membeberkan|memaparkan|menyampaikan|menyebutkan|menerangkan|menuturkan|"
    r"explained|gave|revealed|outlined)\s+(?:\w+\s+)?(?:alasan|penyebab|latar belakang|pertimbangan|reasons?)\b",
    re.IGNORECASE,
)
#: What in the rest of such a sentence already gives the reason ("..., yakni ...").
_GIVES_IT = re.compile(r"\b(?:yakni|yaitu|adalah|ialah|karena|sebab|bahwa|namely|that|because)\b|:", re.IGNORECASE)
#: A sentence adding another reason to the one before: "Selain itu, lapas ini memiliki ...".
_ADDS_REASON = re.compile(r"^\W*(?:selain itu|di samping itu|tak hanya itu|tidak hanya itu|ditambah lagi|kedua|ketiga|"
                          r"besides|in addition|moreover)\b", re.IGNORECASE)
#: "juga" right before a reason word: the reason is one more ("ini juga dimaksudkan
#: untuk ...", "juga karena ...").
_ALSO_BEFORE = re.compile(r"\b(?:juga|pula|also)\b\W*(?:\w+\W+)?$", re.IGNORECASE)
#: How far before a reason word its "juga" may stand.
ALSO_CHARS = 25
#: How many sentences back a reason given as one more looks for the first.
EARLIER_REASON_SENTENCES = 8


def _earlier_reason(evidence: Evidence, sentence: Sentence) -> tuple[Sentence | None, re.Match[str] | None]:
    """The nearest sentence before ``sentence`` in its report that states a cause or
    purpose (no result word, no "also" of its own), with its reason word."""
    earlier = evidence.index.sentences.preceding(sentence)
    for _ in range(EARLIER_REASON_SENTENCES):
        if earlier is None or earlier.doc_id != sentence.doc_id:
            break
        word = _reason_word(earlier.text)
        if (word is not None and word.group(1).lower() not in _RESULT_WORDS
                and not _ALSO_BEFORE.search(earlier.text[max(0, word.start() - ALSO_CHARS) : word.start()])):
            return earlier, word
        earlier = evidence.index.sentences.preceding(earlier)
    return None, None


#: An aim a sentence states with a bare "untuk"/"agar" ("... bagian dari revitalisasi
#: pemasyarakatan untuk memutus rantai peredaran narkoba").
_AIM = re.compile(r"\b(?:untuk|agar|supaya|guna)\s+(?:me|mem|men|meng|meny|ber|di|ter)\w+", re.IGNORECASE)
#: Most sentences read after an announcement.
MAX_ANNOUNCED = 3


#: "kenapa panen itu dibilang sejalan sama program pemerintah?", "why was the harvest
#: seen as in line with ...": why something is judged so; what it is judged is asked.
_ASKS_JUDGEMENT = re.compile(
    r"\b(?:kenapa|mengapa|knp|napa|why)\b.*?\b(?:dibilang|disebut|dinilai|dianggap|dikatakan|dipandang|diklaim|"
    r"said|considered|seen|called|described|regarded|deemed|viewed|thought|judged)\s+"
    r"(?:(?:to\s+be|as|sebagai)\s+)?(?P<judgement>[^?]+)", re.IGNORECASE)


#: The words with which a report judges something so: "dinilai sejalan", "disebut sebagai".
_JUDGEMENT_VERB = re.compile(r"\b(?:dinilai|disebut|dianggap|dikatakan|dibilang|dipandang|diklaim|menilai|menyebut|"
                             r"menganggap|memandang)\b", re.IGNORECASE)


#: How many words of its own a judging sentence must say after the judgement.
JUDGED_WORDS = 3


def _judged_reason(evidence: Evidence, book: CitationBook, focus: list[ScoredSentence]) -> list[str] | None:
    """Why something is said to be so: the sentence of the answering report that says it is
    ("panen ini juga dinilai sejalan dengan Asta Cita Pemerintah, terutama dalam mendukung
    Swasembada Pangan"), from the judgement's first word on: what it is in line with, or
    called for, is the reason. Such a sentence has no reason word, and a neighbour that
    repeats more of the question's other words ("panen 20 kilogram kacang panjang") does not
    say it."""
    asked = _ASKS_JUDGEMENT.search(evidence.frame.question)
    if asked is None:
        return None
    judgement = [c for c in question_concepts(asked.group("judgement"), evidence.language) if not c.salient]
    if not judgement:
        return None
    doc_id = focus[0].doc_id
    for scored in focus[:12]:
        if scored.doc_id != doc_id or not judgement[0].matches(scored.sentence.terms):
            continue
        verb = _JUDGEMENT_VERB.search(scored.text)
        if verb is None:
            continue  # "... membuktikan pembinaan ... sudah berjalan baik" judges nothing "sejalan"
        first = next(words_naming(scored.text[verb.end():], judgement[:1]), None)
        if first is None:
            continue
        start = verb.end() + first.start()
        told = [w for w in re.findall(r"\w+", scored.text[verb.end() + first.end():])
                if w.lower() not in STOPWORDS_ID and not any(words_naming(w, evidence.concepts.concepts))]
        if len(told) < JUDGED_WORDS:
            continue  # "... menilai skrining TBC sangat penting.": the judgement, no reason
        n = book.cite(scored.chunk)
        return [f"{quote(scored.text[start:].rstrip(' .'))} [{n}]", "", f"> {quote(scored.text)} [{n}]"]
    return None


def _announced_reason(evidence: Evidence, book: CitationBook, focus: list[ScoredSentence]) -> list[str] | None:
    """"Hendro mengungkapkan alasan pemilihan Lapas Piru sebagai tuan rumah. Lapas tersebut
    berada di Pulau Seram, ... Selain itu, lapas ini memiliki lapangan yang sangat luas":
    the reason a best sentence announces is the sentence after it in its paragraph, with
    those that add to it."""
    articles = evidence.index.articles
    for scored in focus[:12]:
        if scored.coverage < CAUSE_NOUN_SHARE * WHY_RELATIVE * focus[0].coverage:
            continue
        announcement = _ANNOUNCES_REASON.search(scored.text)
        if announcement is None or _GIVES_IT.search(scored.text, announcement.end()):
            continue
        items: list[Sentence] = []
        previous = scored.sentence
        following = evidence.index.sentences.following(previous)
        while (following is not None and following.doc_id == previous.doc_id and len(items) < MAX_ANNOUNCED
               and "\n" not in articles[previous.doc_id].text[previous.end : following.start]
               and (not items or _ADDS_REASON.match(following.text))):
            items.append(following)
            previous, following = following, evidence.index.sentences.following(following)
        if not items:
            continue
        n = book.cite(scored.chunk)
        cited = [book.cite_sentence(s.doc_id, s.start, scored.chunk) for s in items]
        lead = " ".join(f"{quote(gist(evidence, s.text, limit=LEAD_WORDS // len(items)))} [{m}]"
                        for s, m in zip(items, cited))
        return [lead, "", f"> {quote(scored.text)} [{n}]",
                *(f"> {quote(s.text, limit=500)} [{m}]" for s, m in zip(items, cited))]
    return None


#: Words with which a sentence goes on about the ones counted before it: "Tiga di
#: antaranya ...", "Keduanya masih ...", "remisi untuk ke-22 warga binaan tersebut ...".
_GOES_ON_ABOUT = re.compile(r"^\W*(?:[\w-]+,?\s+){0,4}?(?:di antaranya|lainnya|sisanya|keduanya|ketiganya|kedua|ketiga|"
                            r"mereka|sementara|they|those|the rest)\b", re.IGNORECASE)
#: Words after which a number names a thing rather than counting: "TPS 901", "Blok 2".
_NAMING_BEFORE_NUMBER = frozenset({"tps", "nomor", "no", "blok", "block", "kamar", "room", "cell", "sel", "ke", "kelas",
                                   "class", "pasal", "article", "pukul", "jam", "tahun", "year", "hut", "number"})
#: The most sentences after the counting one read as its explanation (and the most passed
#: over that only count them again).
SUBSET_FOLLOWERS = 2


#: "why did only 138 of them get a remission?", "kenapa cuma 138 yang dapat?": a count asked
#: as less than it could be; and the report's reason for the rest ("sisanya belum bisa
#: mendapat remisi karena ...").
_ASKS_ONLY_SOME = re.compile(r"\b(?:only|just|hanya|cuma|cuman)\s+(?:[\w-]+\s+){0,2}?\d[\d.,]*\b"
                             r"|\b(?:only|hanya|cuma|cuman)\s+(?:some|part|a few|sebagian|beberapa)\b"
                             r"|\b(?:not|tidak|tak|gak|nggak|ngga|enggak)\s+(?:all|semua|semuanya|seluruh)\b", re.IGNORECASE)
_REST_BECAUSE = re.compile(r"\b(?:sisanya|selebihnya|sisa\s+\w+|lainnya)\b[^.;]*?\b(?P<cause>(?:karena|sebab|lantaran|"
                           r"disebabkan)\b[^.;]+)"
                           # "Selebihnya masih berstatus tahanan, ada yang terpidana seumur
                           # hidup, ...": what the rest are is why they did not get it.
                           r"|^\W*(?:sisanya|selebihnya)\s*,?\s+(?P<state>(?:masih|ada yang|belum|tidak|bukan)\b[^.;]+)",
                           re.IGNORECASE)


def _rest_reason(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """Why only some of a number got something: the reason the answering report gives for
    the rest, wherever in it ("Menurut Sutresna, sisanya belum bisa mendapat remisi karena
    sedang menjalani subsider, ...")."""
    if not _ASKS_ONLY_SOME.search(evidence.frame.question):
        return None
    found = evidence.first_in_answer_article(_REST_BECAUSE.search)
    if found is None:
        return None
    doc_id, sentence, rest = found
    n = cite_in_article(evidence, book, doc_id, sentence.start)
    return [f"{quote(rest.group('cause') or rest.group('state'))} [{n}]", "", f"> {quote(sentence.text, limit=500)} [{n}]"]


def _subset_reason(evidence: Evidence, book: CitationBook, focus: list[ScoredSentence]) -> list[str] | None:
    """"Why didn't four of them vote?": the report counts those four in a sentence ("empat
    nama dalam daftar itu belum menggunakan haknya") and says why there or in the sentences
    right after it that go on about them ("Tiga di antaranya ... bebas bersyarat. Sementara
    satu orang lainnya sudah meninggal dunia"). None when the question counts no one or
    asks why something happened."""
    question = evidence.frame.question
    if not _NEGATED.search(question):
        return None
    # The numbers that count someone, not those that name a thing ("TPS 901", "Blok 2").
    words = re.findall(r"\w+", question)
    counts = {value for before, word in zip(["", *words], words)
              if (value := number_value(word)) is not None and value < 1900
              and not before.isupper() and before.lower() not in _NAMING_BEFORE_NUMBER}
    docs = evidence.answer_docs()[:1]
    if not counts or not docs:
        return None

    def counts_them(sentence: Sentence) -> bool:
        # A count of something ("dua orang sisanya"), not "terbagi dua".
        return any(q.unit and number_value(q.number) in counts for q in sentence.quantities)

    # The best sentence that counts them; else the first of the report that counts them
    # and denies something ("empat nama dalam daftar itu belum menggunakan haknya").
    counting = next((s.sentence for s in focus[:12] if s.doc_id == docs[0] and counts_them(s.sentence)), None) or next(
        (s for s in evidence.index.sentences.of_article(docs[0]) if counts_them(s) and _NEGATED.search(s.text)), None)
    if counting is None or _PURPOSE.search(counting.text) or _BACK_REFERENCE.match(counting.text):
        # "22 orang tidak memilih karena surat suara tidak mencukupi": the sentence gives
        # the reason itself; "Karena itu, ... hanya menyasar 10 kamar": the one before does.
        return None
    chunk = next((s.chunk for s in evidence.sentences if s.doc_id == docs[0]), focus[0].chunk)
    chain = [counting]
    following = evidence.index.sentences.following(counting)
    passed = 0
    while following is not None and len(chain) <= SUBSET_FOLLOWERS:
        explains = bool(_GOES_ON_ABOUT.search(following.text) or _reason_word(following.text))
        if explains:
            chain.append(following)
        elif counts_them(following) and passed < SUBSET_FOLLOWERS:
            passed += 1  # a sentence that only counts them again ("Adapun dua penerima ...")
        else:
            break
        following = evidence.index.sentences.following(following)
    if len(chain) == 1 and not _reason_word(counting.text) and not _NEGATED.search(counting.text):
        return None  # the count alone, with no word of why
    cited = [book.cite_sentence(s.doc_id, s.start, chunk) for s in chain]
    # The answer's line stays within the words of any other: each sentence its share.
    lead = " ".join(f"{quote(gist(evidence, s.text, limit=LEAD_WORDS // len(chain)))} [{m}]"
                    for s, m in zip(chain, cited))
    return [lead, "", *(f"> {quote(s.text, limit=500)} [{m}]" for s, m in zip(chain, cited))]


def _names_occasion(text: str, match: re.Match[str]) -> bool:
    """Whether a reason word leads to an occasion: "dalam rangka ...", and "kegiatan itu
    diadakan untuk | memperingati ...", where the occasion word follows the match."""
    return _OCCASION.search(text[match.start() : match.end() + 20]) is not None


#: Advice or an appeal before a reason word, in the same sentence: the reason is its aim.
_ADVICE_WORD = (r"\b(?:perlu|hendaknya|sebaiknya|mengajak|mengimbau|menghimbau|mendorong|meminta|should|"
                r"urged?|urging|called on|calls on|appealed|wants?|wanted|ingin|menginginkan)\b")
_ADVICE_BEFORE = re.compile(rf"{_ADVICE_WORD}[^.;?]{{0,140}}$", re.IGNORECASE)
#: A question on why someone may get something: "kenapa ... bisa dikasih remisi", "why was
#: he eligible", "why could they receive it".
_ASKS_ELIGIBILITY = re.compile(
    r"\b(?:bisa|dapat|boleh|berhak)\s+(?:\w+\s+){0,2}?(?:dikasih|diberi|diberikan|dapat|mendapat|mendapatkan|"
    r"memperoleh|menerima|dapet)\b|\b(?:eligible|entitled|qualif(?:y|ied|ies))\b"
    r"|\bwhy\b[^?]*\b(?:could|can|may)\b[^?]*\b(?:get|got|receive|be given|be granted)\b", re.IGNORECASE)
#: A grant and the condition it is given on: "hak itu diberikan apabila ...".
_CONDITION_OF_GRANT = re.compile(r"\b(?:diberikan|didapat|diperoleh|dikabulkan|berhak|dapat diberikan)\b[^.;]{0,60}?"
                                 r"\b(apabila|jika|bila|asalkan|dengan syarat|sepanjang)\b", re.IGNORECASE)
#: The condition word itself, as the reason's opening.
_CONDITION_WORD = re.compile(r"\b(apabila|jika|bila|asalkan|dengan syarat|sepanjang)\b", re.IGNORECASE)
#: A feeling or thanks just before a reason word: the reason is the feeling's.
_FEELING_BEFORE = re.compile(
    r"\b(bersyukur|syukur|senang|bangga|gembira|bahagia|berterima kasih|terima kasih|mengapresiasi|apresiasi|"
    r"prihatin|menyesal|menyesalkan|kecewa|puas|lega|terharu|glad|grateful|thankful|proud|happy|pleased|sad|"
    r"disappointed)\b[^.,;]{0,30}$", re.IGNORECASE)


#: "What would have happened if they had been left inside?", "apa yang terjadi kalau ...?":
#: the consequence of a condition asked, and its condition after the question word.
_ASKS_CONSEQUENCE = re.compile(
    r"\bwhat\s+(?:would|could|might|will)\s+(?:have\s+)?happen(?:ed)?\b[^?]*?\b(?:if|had|were)\b(?P<cond>[^?]*)"
    r"|\bapa\s+(?:yang\s+|yg\s+)?(?:akan\s+|bakal\s+)?(?:terjadi|akibatnya)\s+(?:jika|kalau|kalo|bila|apabila)\b(?P<cond_id>[^?]*)",
    re.IGNORECASE)
#: A sentence stating what follows from a condition: "Bila mereka dibiarkan tetap di sana,
#: dalam waktu yang cukup lama penjara itu bisa mereka kuasai."
_CONDITIONAL = re.compile(r"^\W*(?:bila|jika|kalau|apabila|seandainya|andaikan|andai)\b(?P<cond>[^,]{3,120}),\s*(?P<then>[^.;]+)",
                          re.IGNORECASE)


#: A condition that is the consequence told before: "Jika hal tersebut terjadi".
_CONDITION_POINTS_BACK = re.compile(r"\b(?:hal|itu|ini|tersebut|demikian)\b[^,]*\bterjadi\b|^\s*(?:demikian|begitu)\b",
                                    re.IGNORECASE)
#: Among how many of the best sentences a lone conditional one answers a consequence asked.
CONSEQUENCE_RANKS = 8


def _consequence(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """What the answering report says follows from the condition the question asks about:
    the main clause of its sentence whose "bila/jika" clause says most of that condition
    ("what would have happened if the instigators had been left inside?" — "Bila mereka
    dibiarkan tetap di sana, ... penjara itu bisa mereka kuasai"); None when no sentence
    of the report states a consequence of it."""
    asked = _ASKS_CONSEQUENCE.search(evidence.frame.question)
    docs = evidence.answer_docs()[:1]
    if asked is None or not docs:
        return None
    condition = frozenset(analyze_document(asked.group("cond") or asked.group("cond_id") or ""))
    concepts = [c for c in evidence.concepts.own_concepts if not c.salient and c.matches(condition)]
    stating = [(sentence, stated) for sentence in evidence.index.sentences.of_article(docs[0])
               if (stated := _CONDITIONAL.match(sentence.text)) is not None]
    said = [sum(c.matches(frozenset(analyze_document(stated.group("cond")))) for c in concepts) for _, stated in stating]
    if said and max(said) > 0:
        sentence, stated = stating[said.index(max(said))]
    else:
        # "if they had been left inside" — "Bila mereka dibiarkan tetap di sana": the
        # condition in other words; among the best sentences, the one that states one.
        best = [s.sentence for s in evidence.focus_sentences()[:CONSEQUENCE_RANKS] if s.doc_id == docs[0]]
        among = [(sentence, stated) for sentence, stated in stating
                 if sentence in best and not _CONDITION_POINTS_BACK.search(stated.group("cond"))]
        if len(among) != 1:
            return None
        sentence, stated = among[0]
    n = cite_in_article(evidence, book, sentence.doc_id, sentence.start)
    lines = [f"{quote(stated.group('then').strip())} [{n}]", "", f"> {quote(sentence.text)} [{n}]"]
    following = evidence.index.sentences.following(sentence)
    chained = _CONDITIONAL.match(following.text) if following is not None else None
    if chained is not None and _CONDITION_POINTS_BACK.search(chained.group("cond")):
        # "Jika hal tersebut terjadi, ... kegiatan pelayanan ... bisa lumpuh": what follows
        # from that consequence in turn.
        m = cite_in_article(evidence, book, following.doc_id, following.start)
        then = re.sub(r"^(?:kata|ujar|tutur|menurut)\s+\w+\s*,\s*", "", chained.group("then").strip())
        lines[0] += f" {quote(then)} [{m}]"
        lines.append(f"> {quote(following.text)} [{m}]")
    return lines


def compose_why(evidence: Evidence, book: CitationBook) -> list[str] | None:
    """The purpose or reason clause ("Dalam rangka ...", "agar ...", "dipicu oleh ...") of
    the sentence that best states one: of the best sentences with a reason word, the one
    that covers the question best (read with the sentence before it when it leans on it),
    a result word ("sehingga") weighing less than a cause or a purpose."""
    focus = evidence.focus_sentences()
    if not focus:
        return None
    consequence = _consequence(evidence, book)
    if consequence is not None:
        return consequence
    judged = _judged_reason(evidence, book, focus)
    if judged is not None:
        return judged
    asks_occasion = _ASKS_OCCASION.search(evidence.frame.question) is not None
    # An occasion is one thing, never a list of reasons.
    listed = None if asks_occasion else (_listed_reasons(evidence, book, focus)
                                         or _subset_reason(evidence, book, focus)
                                         or _rest_reason(evidence, book))
    if listed is not None:
        return listed
    announced = None if asks_occasion else _announced_reason(evidence, book, focus)
    if announced is not None:
        return announced
    # A report of the unit the question names gives the reason: "Ke depannya,
    # Blok Tambora ... supaya ... rehabilitasi bisa berjalan lebih lancar" in Lapas
    # Mataram's report says nothing of why Lapas Baubau's programme shrank.
    about = _naming_asked_place(evidence, {s.doc_id for s in focus[:12]})
    candidates = [s for s in focus if s.doc_id in about][:12] if about else focus[:12]
    # "Kenapa masih ada 58 napi yang tidak bisa dapat booster?": the count the question
    # states picks the sentence it asks about ("masih terdapat 58 WBP yang belum dapat
    # divaksin karena ..."), however few of its other words that sentence repeats.
    counts = {v for v in _numbers_in(" ".join(m.group() for m in _PEOPLE_COUNTED.finditer(evidence.frame.question)))
              if v >= 2}
    counted = [s for s in focus if s.doc_id == focus[0].doc_id and counts & _numbers_in(s.text)]
    candidates += [s for s in counted if s not in candidates]
    # "Arya mengaku belum mengetahui ... apa yang membuat jumlah penghuni WNA ... bertambah.
    # Ia menduga hal itu berkaitan dengan ...": the sentence right after the best one may
    # give its reason, however little of the question it repeats itself.
    after_best = evidence.index.sentences.following(focus[0].sentence) if focus else None
    if after_best is not None and after_best.doc_id == focus[0].doc_id:
        scored_after = next((s for s in evidence.sentences if s.sentence == after_best), None)
        if scored_after is not None and scored_after not in candidates:
            candidates.append(scored_after)
    # "Apart from overcrowding, what other reason ...?": a reason the report gives as one
    # more ("langkah tersebut juga dibutuhkan karena ...") answers wherever it stands in the
    # answering report, however little of the question it repeats.
    other_asked = _BESIDES.search(evidence.frame.question) or _OTHER_REASON.search(evidence.frame.question)
    also_given: set[int] = set()
    if other_asked and focus:
        for scored in article_sentences(evidence, focus[0].doc_id):
            if any(scored.sentence == c.sentence for c in candidates):
                continue
            match = _reason_word(scored.text)
            if match is not None and _ALSO_BEFORE.search(scored.text[max(0, match.start() - ALSO_CHARS) : match.start()]):
                candidates.append(scored)
                also_given.add(id(scored))
    negated = bool(_NEGATED.search(evidence.frame.question))
    # One pass over the answering report for two kinds of sentence that answer wherever they
    # stand in it:
    # - "Menurut AKP Sulhadi, kejadian itu dipicu isu ...": a cause told of "the incident",
    #   the event the report is about, with the words of the report's best sentence (which
    #   names the event) as its own;
    # - "Masalahnya, ... Hisyam enggan melaporkan ..., sehingga petugas sama sekali tidak
    #   mengetahui kejadian tersebut": a result that restates the act asked (denied, when the
    #   question denies it) names its cause before it.
    # (Sentences new to the candidates join them in that order: causes told of the event first.)
    event_caused: set[int] = set()
    denied_result: set[int] = set()
    held = {}
    for scored in candidates:
        held.setdefault((scored.doc_id, scored.sentence.start), scored)
    told_of_event: list[ScoredSentence] = []
    restating: list[ScoredSentence] = []
    for scored in article_sentences(evidence, focus[0].doc_id):
        key = (scored.doc_id, scored.sentence.start)
        if _EVENT_CAUSED.match(scored.text):
            if key not in held:
                told_of_event.append(held.setdefault(key, scored))
            event_caused.add(id(held[key]))
        result = next((m for m in _PURPOSE.finditer(scored.text) if m.group(1).lower() in _RESULT_WORDS), None)
        if (result is not None
                and bool(_NEGATED.search(scored.text[result.end() :])) == negated
                # (a sentence that shares next to nothing of the question restates nothing)
                and scored.coverage >= RESTATED_SHARE * focus[0].coverage
                and _result_restates(evidence, scored.text, result)):
            if key not in held:
                restating.append(held.setdefault(key, scored))
            if negated:
                denied_result.add(id(held[key]))
    candidates += told_of_event + restating
    topic_best = max(_topic_coverage(evidence, s.sentence.terms) for s in candidates) if candidates else 0.0
    # Each reason found: its rank, its weight (a cause yields only to a full-weight reason,
    # ``_answer_by_cause``), its sentence and word.
    found: list[tuple[float, float, ScoredSentence, re.Match[str]]] = []
    occasions: list[tuple[float, float, ScoredSentence, re.Match[str]]] = []  # of ``found``
    asks_use = _ASKS_USE.search(evidence.frame.question) is not None
    asks_eligibility = _ASKS_ELIGIBILITY.search(evidence.frame.question) is not None
    asks_purpose = _ASKS_PURPOSE.search(evidence.frame.question) is not None
    # "Selain buat bersih-bersih barang terlarang, apa lagi alasannya?": the reason set
    # aside is not the one asked.
    # ("Why the Hercules instead of a commercial flight?" is answered by what it says of the
    # flight: only another reason besides one, "selain ...", is set aside.)
    aside = _reason_set_aside(evidence) if _BESIDES.search(evidence.frame.question) else []
    scene = _scene_labels(evidence)
    given = _reason_given(evidence.frame.question)
    for scored in candidates:
        previous = evidence.index.sentences.preceding(scored.sentence)
        use = _USE.search(scored.text) if asks_use else None
        granted = _CONDITION_OF_GRANT.search(scored.text) if asks_eligibility else None
        # "Kenapa warga binaan bisa dikasih remisi?" — "hak itu diberikan apabila mereka
        # sudah patuh ...": the condition of the grant is why one gets it.
        match = use or (_CONDITION_WORD.search(scored.text, granted.start(1)) if granted else None) \
            or _reason_word(scored.text, given)
        if match is None:
            # "Kondisi ini dimanfaatkan para narapidana untuk melarikan diri ...": the act was
            # done through a condition the sentence before states, and that is the reason.
            match = _CONDITION_USED.match(scored.text)
        if match is None and previous == focus[0].sentence:
            # "Sony menjelaskan, ... sama-sama terjadi pada hari Jum'at. Menurutnya, pelaku
            # memanfaatkan kelengahan petugas ...": the speaker's explanation of the fact
            # asked follows it, with no reason word.
            match = _EXPLAINS.match(scored.text)
        if match is None:
            continue
        if aside and any(c.matches(frozenset(analyze_document(scored.text[match.start() :]))) for c in aside):
            continue
        if _restates_act_asked(evidence, scored.text, match):
            continue
        if _CAUSE_POINTS_BACK.match(scored.text, match.end(1)) and id(scored) not in event_caused:
            # "Akibat amukan itu, korban menderita ...": the cause is the event told before,
            # and what follows is its effect, not why it happened.
            continue
        coverage = scored.coverage if id(scored) not in also_given else max(scored.coverage, focus[0].coverage)
        if previous is not None and (_REFERS_BACK.match(scored.text) or previous == focus[0].sentence
                                     # "alasan pembagian tersebut: ...": the reason of the
                                     # act the sentence before tells.
                                     or _REASON_OF_TOLD.match(match.group(1))):
            # "Kegiatan ini juga bertujuan ...": "this activity" is the one named before. And
            # the sentence right after the one stating the asked fact ("DPT ... semula 773
            # orang berkurang menjadi 653") explains it ("120 ... dicoret karena ...").
            coverage = evidence.coverage_with(scored, previous)
        if id(scored) in event_caused:
            coverage = max(coverage, evidence.coverage_with(scored, focus[0].sentence))
        # "Mengapa ada yang tidak bisa mencoblos?" is answered by why something did not
        # happen ("31 orang tidak memilih, lagi-lagi karena ..."): a reason denied as the
        # question denies agrees with it in more than words and needs less coverage.
        agrees = negated and _NEGATED.search(scored.text)
        # "salah satu pemicu overload itu adalah ...": a sentence that names the cause as
        # such needs less of the question's wording than one with a mere "karena".
        # So does a result that restates the question ("pandemi belum berlalu, sehingga
        # jajarannya diminta ... disiplin menerapkan protokol kesehatan"): the cause is
        # named by the very clause the question asks about.
        named_cause = (match.group(1).lower().startswith(_CAUSE_NOUNS + _AIM_NOUNS)
                       or _result_restates(evidence, scored.text, match))
        # "What occasion was it held to commemorate?": a sentence naming an occasion
        # ("untuk memperingati Hari Bhakti Pemasyarakatan") answers, however few of the
        # question's other words it repeats.
        marks_occasion = asks_occasion and _names_occasion(scored.text, match)
        if (coverage < (WHY_RELATIVE * focus[0].coverage * (NEGATION_AGREES if agrees else 1.0)
                        * (CAUSE_NOUN_SHARE if named_cause else 1.0)) and not marks_occasion and scored not in counted
                and _topic_coverage(evidence, scored.sentence.terms) < max(WHY_RELATIVE * topic_best, MIN_TOPIC)):
            # (A sentence saying as much of the act asked as the best, without the names that
            # set the scene, may state its reason: "inspeksi mendadak itu digelar untuk
            # menindaklanjuti instruksi ..." beside "... menyidak Rutan Banda Aceh yang berada
            # di Kahju", which repeats the places the question names.)
            continue
        # "Mau dipakai buat apa?": what a thing is to become answers before why it is done.
        if (_EFFECT_OPENS.match(scored.text) and previous is not None
                and evidence.coverage(previous.terms, own_only=True) > evidence.coverage(scored.sentence.terms, own_only=True)):
            # "Genangan air ... setinggi bahu ... Akibatnya, lapas terputus dari akses luar":
            # the effect of what is asked, when the sentence before says the asked thing.
            continue
        if _WEAK_FRAME.match(match.group(1)) and not any(
                v.matches(frozenset(analyze_document(scored.text[: match.start()]))) for v in evidence.concepts.verbs):
            # "... sebagai bagian dari program pembinaan kemandirian": what something else is
            # part of; only the asked act's own frame ("Inspeksi mendadak itu merupakan
            # bagian dari langkah pengawasan") says why it was done.
            continue
        weight = WEAK_REASON if match.group(1).lower() in _WEAK_PURPOSE or asks_use and use is None else 1.0
        if (not negated and match.group(1).lower() not in _RESULT_WORDS
                and _DENIED_ACT.search(scored.text[max(0, match.start() - DENIAL_CHARS) : match.start()])):
            # "keenam TPS itu belum didirikan ... karena ...": why something has not happened
            # yet does not say why it was done.
            weight = WEAK_REASON
        if _FOR_THE_HOLDING.match(scored.text, match.end(1)):
            # "enam TPS disiapkan ... untuk pelaksanaan Pemilu 2019": what it is for is the
            # event itself, not why it was done so ("bertujuan agar ... lebih cepat").
            weight = WEAK_REASON
        if not asks_purpose and _PREVENTS_REPEAT.match(scored.text, match.start()):
            # "Supaya peristiwa serupa tidak terulang, Polres Bangli ... menggencarkan
            # patroli": the aim of what is done after an event, never why it happened.
            weight = WEAK_REASON
        if asks_eligibility and match.re is not _CONDITION_WORD and _AIM_ONLY.match(match.group(1)):
            weight = WEAK_REASON  # why one may get it is its condition, not what it is meant to do
        if match.re is _EXPLAINS and not _AIM_OR_CAUSE.search(scored.text):
            # "Menurut dia, ... ada lima terpidana yang mencoba kabur": a speaker's words after
            # the fact asked may explain it, or only go on with the story; a reason word of
            # another sentence ("terjatuh sehingga gagal kabur") says more surely.
            weight = WEAK_REASON
        if (weight < 1.0 and not asks_use and scored.text[: match.start()].strip(" ,")
                and _result_restates(evidence, scored.text, match)):
            # "kenapa ... belum bisa dapat remisi?" — "... dianggap belum inkrah, sehingga belum
            # bisa menerima remisi"; "kenapa banyak napi kena penyakit kulit?" — "Airnya agak
            # keruh, sehingga banyak dari kami yang terkena penyakit kulit": the result is
            # what was asked, so the clause before it is its cause, as sure as a "karena".
            # ("Dengan begitu, 18 Kepala UPT ... mulai menjalankan tugas" opens with the word:
            # no clause of its own comes before it.)
            weight = 1.0
        # "semua narapidana yang bebas pulang sendiri tanpa dijemput keluarga. Kebijakan itu
        # diambil untuk mencegah terjadinya kerumunan": what was not done was a decision, and
        # the sentence pointing back to it gives its aim.
        decided = previous == focus[0].sentence and _REFERS_BACK.match(scored.text) is not None
        if (negated and not asks_purpose and not decided
                and (_AIM_ONLY.match(match.group(1)) or _OCCASION_ONLY.match(match.group(1)))):
            # "Why were 394 inmates left out of the vote?": what did not happen has a cause
            # ("Penyebabnya, ... tidak mempunyai KTP"); an aim ("sosialisasi ... supaya pada
            # pemilu berikutnya ... dapat ikut memilih") belongs to an act someone did.
            weight = WEAK_REASON
        if not negated and _COUNTERFACTUAL.match(match.group(1)):
            weight = WEAK_REASON  # "if only X were not there" explains only what did not happen
        if asks_purpose and _CAUSE_ONLY.match(match.group(1)):
            weight = WEAK_REASON  # "Apa tujuan ...?": "dimaksudkan untuk ...", not "merupakan tindak lanjut"
        if asks_occasion and not marks_occasion:
            weight = WEAK_REASON  # "Dalam rangka apa?": the occasion it marks, not its aim
        advice = _ADVICE_BEFORE.search(scored.text[max(0, match.start() - 140) : match.start()])
        if (advice is not None and not re.search(_ADVICE_WORD, evidence.frame.question, re.IGNORECASE)
                and not any(words_naming(advice.group(), evidence.concepts.verbs))):
            # "semua pihak perlu menyamakan persepsi, lalu ... menempuh langkah untuk menjaga
            # keamanan": the aim of what someone urges be done, not why the act asked was.
            weight = WEAK_REASON
        feeling = _FEELING_BEFORE.search(scored.text[max(0, match.start() - 50) : match.start()])
        if feeling is not None and not re.search(rf"\b{re.escape(feeling.group(1)[:5])}", evidence.frame.question,
                                                 re.IGNORECASE):
            # "Kakanwil ... mengaku bersyukur karena kini berbagai instansi bisa bersinergi":
            # why someone feels glad is not why the raid was held ("digelar sebagai tindak
            # lanjut atas ..."), unless the feeling is what is asked.
            weight = WEAK_REASON
        # Coverage borrowed from the sentence before counts half: "Kegiatan ini juga
        # bertujuan ..." leans on the sentence that names the raid, which may state a
        # purpose of its own ("merupakan kegiatan rutin untuk deteksi dini").
        own = scored.coverage
        if scene:
            # "Why is the prison still checking goods by hand as it tightens security for
            # Christmas?": the reason is of the act asked, not of the scene it is set in; a
            # sentence giving the aim of the tightening ("langkah untuk meningkatkan
            # keamanan") shares the scene's words, the one on checking by hand its act's.
            own = evidence.concepts.coverage(scored.sentence.terms | evidence.concepts.article_names(scored.doc_id),
                                             own_only=True, skip=scene)
        # "Penyebabnya, jumlah penghuni rutan jauh melampaui daya tampung": a sentence that
        # is all cause, opened by the cause noun, is the cause of the sentence before it,
        # whose words count as its own.
        borrowed = 1.0 if _CAUSE_OPENS.match(scored.text) and match.start() < CAUSE_OPENS_CHARS else BORROWED_SHARE
        ranked = own + borrowed * (coverage - scored.coverage) + (COUNT_STATED if scored in counted else 0.0)
        if id(scored) in also_given:
            ranked = max(ranked, focus[0].coverage)  # one more reason is what "what other reason" asks
        if id(scored) in denied_result:
            # "Kenapa sipirnya gak tau ...?" — "..., sehingga petugas sama sekali tidak
            # mengetahui kejadian tersebut": the very denial asked, told as a result.
            ranked = max(ranked, focus[0].coverage)
        found.append((ranked * weight * (1.0 / NEGATION_AGREES if agrees else 1.0), weight, scored, match))
        if marks_occasion:
            occasions.append(found[-1])
    if not (asks_purpose or asks_use or asks_occasion):
        caused = _answer_by_cause(evidence, book, focus, found)
        if caused is not None:
            return caused
    # "Dalam rangka apa?": a sentence naming the occasion wins over any other reason.
    found = occasions or found
    if not found:
        # No sentence gives a reason word. A report tells the cause before the effect
        # ("Halamannya asri, ... kamar mandi di dalamnya. Sambil berkelakar, ia menyebut
        # ... rumah kos"): the best sentence is answered together with the one before it.
        return _with_context(evidence, book, focus[0])
    # ("menjadi panik", "what reasons did he give": a light verb names no act of its own.)
    verbs = [v for v in evidence.concepts.verbs if not v.alternatives[0] <= _LIGHT_VERBS]

    def says_act_asked(scored: ScoredSentence) -> bool:
        """Whether the sentence, or the one it refers back to, says a verb of the question."""
        previous = evidence.index.sentences.preceding(scored.sentence)
        terms = scored.sentence.terms | (previous.terms if previous is not None and _REFERS_BACK.match(scored.text)
                                         else frozenset())
        return any(v.matches(terms) for v in verbs)

    acted = [bool(verbs) and says_act_asked(s) for _, _, s, _ in found]  # read once per reason
    if any(weight == 1.0 and _CAUSE_ONLY.match(m.group(1)) and said for (_, weight, _, m), said in zip(found, acted)):
        # "mengapa scabies bisa menular begitu cepat?" — "kepadatan inilah yang membuat
        # penyakit itu cepat menular", not "Langkah ini diambil untuk membasmi scabies": of
        # reasons close in coverage, a cause of the act asked goes before the aim of another.
        found = [(rank * (OTHER_ACT_SHARE if not _CAUSE_ONLY.match(m.group(1)) and not said else 1.0), weight, s, m)
                 for (rank, weight, s, m), said in zip(found, acted)]
    _, _, scored, match = max(found, key=lambda f: f[0])
    previous = evidence.index.sentences.preceding(scored.sentence)
    added_to = (_reason_word(previous.text) or _AIM.search(previous.text)
                if previous is not None and previous.doc_id == scored.doc_id else None)
    adds = _ADDS_REASON.match(scored.text) is not None and added_to is not None
    if not adds and _ALSO_BEFORE.search(scored.text[max(0, match.start() - ALSO_CHARS) : match.start()]):
        # "Pemindahan ini juga dimaksudkan untuk memutus mata rantai ...": a reason given
        # as the second; the first is the report's nearest earlier reason ("redistribusi napi
        # ini dilakukan karena tingkat hunian ... sudah melampaui kapasitas").
        previous, added_to = _earlier_reason(evidence, scored.sentence)
        adds = added_to is not None
    if adds:
        # "Selain itu, langkah tersebut juga dimaksudkan untuk mencegah ...": a reason added
        # to the one the sentence before gives ("... untuk memutus rantai peredaran narkoba").
        m = book.cite_sentence(previous.doc_id, previous.start, scored.chunk)
        n = book.cite(scored.chunk)
        first = _from_reason_word(previous.text, added_to.start())
        second = _from_reason_word(scored.text, match.start())
        return [f"{quote(first)} [{m}] {quote(second)} [{n}]", "",
                f"> {quote(previous.text, limit=500)} [{m}]", f"> {quote(scored.text, limit=500)} [{n}]"]
    n = book.cite(scored.chunk)
    if (_BACK_REFERENCE.match(scored.text) or _CONDITION_USED.match(scored.text)) and previous is not None:
        # "Karena itu, razia hanya ...": the reason is the sentence before; when that
        # one points back too ("momen itu bisa menjadi celah"), the one before it says
        # which moment ("waktu Salat Zuhur ... sangat rawan"), and the reason starts there.
        reasons = [previous]
        earlier = evidence.index.sentences.preceding(previous)
        if earlier is not None and _POINTS_BACK.search(previous.text):
            reasons.insert(0, earlier)
        m = book.cite_sentence(reasons[0].doc_id, reasons[0].start, scored.chunk)
        reason = gist(evidence, " ".join(r.text for r in reasons))
        return [f"{quote(reason)} [{m}]", "",
                *(f"> {quote(r.text, limit=500)} [{m}]" for r in reasons),
                f"> {quote(scored.text)} [{n}]"]
    # The reason is what follows the purpose word ("Dalam rangka ...", "agar ..."); the
    # question's own words are elsewhere in the sentence, so quote from the word on. When
    # the question's act is what follows ("ada instruksi dari Kemenkumham supaya kami
    # memakai pakaian adat"), the words after "supaya" restate the act and the reason is
    # the clause the word ends: quote from the clause's start.
    start = match.start()
    if match.group(1).lower().startswith(("menjadi", "merupakan", "sebagai dasar", "yang ")) or any(
            words_naming(scored.text[start:], evidence.concepts.verbs)) or len(
        scored.text[match.end() :].split()
    ) < REASON_AFTER_WORDS or _result_restates(evidence, scored.text, match) or _AIM_NOUN_BEFORE.search(
            scored.text[max(0, start - 30) : start]) or _NOMINAL_SUBJECT.search(scored.text[:start]):
        # "... dan menyebut kelalaian anggota jaga sebagai dugaan penyebabnya.": the cause
        # comes before the word, which ends the sentence. "..., sekaligus peringatan supaya
        # barang terlarang tidak lagi dimasukkan": the noun the word hangs on is the reason.
        start = _reason_clause_start(scored.text, start)
    means = _MEANS_OPENER.match(scored.text)
    if asks_purpose and means is not None and means.end() < start:
        # "Lewat laporan ini kami mempertanggungjawabkan kerja kami kepada publik, dan
        # sekaligus menjadikannya bahan evaluasi agar ...": what the thing asked is used
        # for is the whole clause after the means, not only its last "agar".
        start = means.end()
    return _reason_lines(evidence, book, scored.sentence, start, n, scored.chunk)


def _scene_labels(evidence: Evidence) -> frozenset[str]:
    """Labels of the concepts only the question's closing scene clause holds ("..., as it
    tightens security for Christmas and New Year", "... saat pengamanan Nataru"): they
    set when the act asked happened, and say nothing of why."""
    question = evidence.frame.question
    scene = _SCENE_CLAUSE.search(question)
    if scene is None:
        return frozenset()
    main, setting = question[: scene.start()].lower(), scene.group().lower()
    return frozenset(c.label for c in evidence.concepts.concepts
                     if c.label.lower() in setting and c.label.lower() not in main)


#: The clause that closes a why-question by setting its scene: "as it tightens ...",
#: "while ...", "saat/ketika/menjelang ..." after the act asked.
#: ("Kenapa ... dua-duanya kejadian pas hari Jumat?" asks about the time itself: without
#: a comma an Indonesian "saat" clause may be the point asked.)
_SCENE_CLAUSE = re.compile(r"(?<=\w)\s*,?\s+\b(?:as|while|amid)\s+(?:it|they|he|she|the|we|its|their)\b[^?]*"
                           r"|(?<=\w),\s*(?:saat|ketika|sambil|di tengah)\s+[^?]*", re.IGNORECASE)


#: A clause that opens with an act made a noun, the reason word inside it: "tertangkapnya
#: seorang oknum Komandan Jaga ... karena terlibat peredaran narkoba ... menjadi perhatian
#: serius". The whole noun phrase is the reason; "karena ..." only says more of it.
_NOMINAL_SUBJECT = re.compile(r"(?:^|[,;:]\s*)(?:ter|di|ke)[a-z]{3,}nya\b[^,;:]*$", re.IGNORECASE)


#: The least share of the question's topic words (not its names) a reason's sentence must
#: hold to be weighed on them alone.
MIN_TOPIC = 0.3


def _topic_coverage(evidence: Evidence, terms: frozenset[str]) -> float:
    """The weighted share of the question's concepts other than names (``salient``) that
    ``terms`` hold: what the question says of the act, not where or who it was."""
    names = frozenset(c.label for c in evidence.concepts.concepts if c.salient)
    if all(c.label in names for c in evidence.concepts.concepts):
        return 0.0  # ("skip" would fall back to every concept)
    return evidence.concepts.coverage(terms, skip=names)


def _answer_by_cause(evidence: Evidence, book: CitationBook, focus: list[ScoredSentence],
                     found: list[tuple[float, float, ScoredSentence, re.Match[str]]]) -> list[str] | None:
    """"Why did he escape?": the sentence that tells the asked act with its cause ("ia nekat
    melarikan diri karena rindu kepada keluarganya", "pemicu pelarian adalah utang")
    answers, wherever it stands in the report, before an aim of some other step. A cause
    named as such ("pemicu", "penyebabnya") always does; a "karena" or "sebab" may explain
    a detail of the act ("menggelar razia secara humanis, sebab ..."), so a full-weight
    reason of ``found`` (rank, weight, sentence, word) in a sentence that says more of the
    question ("razia itu ... dimaksudkan sebagai klarifikasi atas dugaan peredaran
    narkoba") wins over it."""
    caused = _cause_of_the_act(evidence, focus)
    if caused is None:
        return None
    sentence, match = caused
    own = evidence.coverage(sentence.terms, own_only=True)
    # An escape asked by a bare verb ("kabur", "slip out") and told by that very word with
    # its cause ("ia kabur karena kangen"): a reason that does not tell it ("ditempatkan di
    # ruang isolasi", which says more of "slip out of the isolation ward") does not outweigh it.
    escape = [v for v in _named_acts(evidence) if any(a <= _BARE_ACTS for a in v.alternatives)]
    told = [v for v in escape if v.matches(sentence.terms)]
    if match.re is _CAUSE_AFTER_ACT and any(
            weight == 1.0 and scored.sentence != sentence
            and evidence.coverage(scored.sentence.terms, own_only=True) > own
            and (not told or any(v.matches(scored.sentence.terms) for v in told))
            for _, weight, scored, _ in found):
        return None
    n = book.cite_sentence(sentence.doc_id, sentence.start, focus[0].chunk)
    start = match.start()
    if _COPULA_BEFORE.search(sentence.text[:start]) or _NOMINAL_SUBJECT.search(sentence.text[:start]):
        # "lamanya proses pelelangan menjadi penyebab barang ... menyusut": the cause is the
        # subject before the word.
        start = _reason_clause_start(sentence.text, start)
    return _reason_lines(evidence, book, sentence, start, n, focus[0].chunk)


#: A reason given only as a count of things ("dipicu oleh sejumlah persoalan di dalam
#: lapas", "karena beberapa hal"), which the next sentence goes on to name.
_VAGUE_REASON = re.compile(
    r"\b(?:sejumlah|beberapa|berbagai|banyak|sederet|several|various|a number of)\s+(?:\w+\s+)?"
    r"(?:persoalan|permasalahan|masalah|hal|faktor|alasan|sebab|kendala|pertimbangan|problems?|issues?|reasons?|factors?)\b",
    re.IGNORECASE,
)
#: A sentence naming one of the things the sentence before counted: "Salah satunya adalah
#: makanan yang dianggap tidak layak", "Di antaranya ...".
_NAMES_ONE_OF = re.compile(r"^\W*(?:salah satu(?:nya)?|di antaranya|diantaranya|antara lain|yakni|yaitu|pertama(?:nya)?|"
                           r"one of (?:them|these|which)|among them)\b", re.IGNORECASE)


#: A sentence naming one of the things a noun of the sentence before stands for: "Salah
#: satu tujuan itu ialah ...".
_ONE_OF_NOUN = re.compile(r"^\W*salah\s+satu\s+(?P<noun>[a-z]{4,})\s+(?:itu|tersebut|ini)\b", re.IGNORECASE)


def _reason_lines(evidence: Evidence, book: CitationBook, sentence: Sentence, start: int, n: int,
                  chunk: Chunk) -> list[str]:
    """The answer from the reason word at ``start`` on, with the sentence quoted; a vague
    reason ("dipicu oleh sejumlah persoalan") is read on into the next sentence when that
    names one of them ("Salah satunya adalah makanan yang dianggap tidak layak")."""
    reason = _from_reason_word(sentence.text, start)
    lines = [f"{quote(reason)} [{n}]", "", f"> {quote(sentence.text, limit=500)} [{n}]"]
    following = evidence.index.sentences.following(sentence)
    if (following is not None and following.doc_id == sentence.doc_id and _ADDS_REASON.match(following.text)
            and (_CAUSE_ONLY.match(sentence.text, start) or _reason_word(following.text) is not None
                 or _AIM.search(following.text) is not None)):
        # "... karena mereka bukan penduduk Jawa Tengah. Selain itu, ada pula penghuni yang
        # masih memakai KTP model lama ...": the next sentence adds a reason of its own. (After
        # an aim, "Guna mengantisipasi lonjakan ..., pendaftaran bisa dilakukan melalui
        # SITAWA. Selain itu, setiap rombongan ... dibatasi": it adds a measure, not a reason.)
        m = book.cite_sentence(following.doc_id, following.start, chunk)
        added = gist(evidence, following.text, limit=GIST_WORDS // 2)
        return [f"{quote(reason)} [{n}] {quote(added)} [{m}]", "", lines[2], f"> {quote(following.text, limit=500)} [{m}]"]
    # "... sebagai upaya mewujudkan tujuan pemasyarakatan. Salah satu tujuan itu ialah
    # membangun kembali reintegrasi sosial ...": the next sentence names the aim the reason
    # only points to.
    one_of = _ONE_OF_NOUN.match(following.text) if following is not None else None
    names_back = one_of is not None and re.search(rf"\b{re.escape(one_of.group('noun'))}\b", sentence.text[start:],
                                                  re.IGNORECASE) is not None
    if (following is None or following.doc_id != sentence.doc_id
            or not (names_back or _VAGUE_REASON.search(sentence.text[start:]) and _NAMES_ONE_OF.match(following.text))):
        return lines
    m = book.cite_sentence(following.doc_id, following.start, chunk)
    named = gist(evidence, following.text, limit=GIST_WORDS // 2)
    return [f"{quote(reason)} [{n}] {quote(named)} [{m}]", "", lines[2], f"> {quote(following.text, limit=500)} [{m}]"]


def _from_reason_word(text: str, start: int) -> str:
    """The words of ``text`` from ``start`` on, cut at ``GIST_WORDS``, marked as excerpts."""
    words = text[start:].split()
    reason = " ".join(words[:GIST_WORDS]) + (" …" if len(words) > GIST_WORDS else "")
    return "… " + reason if start > 0 else reason


#: Words that give the cause of what happened, not an aim, after the act they explain
#: ("kabur karena rindu keluarganya", "pelarian itu dipicu oleh ..."), and those that name
#: the cause as such wherever the act stands ("pemicu pelarian adalah utang", "sumber api
#: berasal dari arus pendek").
_CAUSE_AFTER_ACT = re.compile(r"\b(karena|lantaran|sebab|disebabkan|akibat|gara-gara|dipicu)\b", re.IGNORECASE)
_CAUSE_NAMED = re.compile(r"\b(pemicu(?:nya)?|penyebab(?:nya)?|alasannya|sumber (?:api|kebakaran)"
                          # "faktor yang membuat tahanan tersebut bisa kabur, yakni ..."
                          # (not "sejumlah faktor yang membuat ... kabur." that names none)
                          r"|faktor(?:-faktor)?(?:nya)?(?=\s+(?:yang\s+(?:membuat|menyebabkan|memicu)|penyebab|pemicu|utama)"
                          r"[^.;]*?(?:yakni|yaitu|adalah|ialah|antara lain|:)\s))\b",
                          re.IGNORECASE)
#: How far after a cause word ("karena", "lantaran") the cause's own verb stands:
#: "lantaran menerima ...", "karena telah memenuhi ...".
CAUSE_OPENING_CHARS = 20
#: English plural nouns of doers, acts and things ("examiners", "inspections").
_ENGLISH_PLURAL_NOUN = re.compile(r"[a-z]+(?:ers|ors|ions|ments|ees|ists)")
#: A copula right before a cause noun: "X menjadi penyebab Y", "X merupakan pemicunya".
_COPULA_BEFORE = re.compile(r"\b(?:menjadi|merupakan|adalah|ialah|jadi|sebagai|disebut)\s+(?:salah satu\s+)?$", re.IGNORECASE)
#: What follows a cause word that points back rather than stating a cause ("karena itu").
_POINTER_AFTER = re.compile(r"\s*(?:itu|ini|hal|tersebut)\b", re.IGNORECASE)


#: Verbs of escape written with no prefix ("napi yang kabur"), which ``is_verb`` leaves out.
_BARE_ACTS = frozenset({"kabur", "lolos", "minggat"})


def _named_acts(evidence: Evidence) -> list[Concept]:
    """The question's acts by its own verbs, or by a bare verb of escape ("kabur", "slip
    out"): said in its first sense, an act picks the sentence that tells it among those of
    the event's story ("ia kabur karena kangen", not "dilarikan ke RSU lantaran ...")."""
    return evidence.concepts.verbs or [c for c in evidence.concepts.topical if c.alternatives[0] <= _BARE_ACTS]


def _cause_of_the_act(evidence: Evidence, focus: list[ScoredSentence]) -> tuple[Sentence, re.Match[str]] | None:
    """The sentence of the answering report that tells the asked act with a word of its cause,
    and that word; the one that covers most of the question when several do. The act is the
    kind of event the question asks about ("escape": "melarikan diri", "pelarian") or one of
    its own verbs ("dipindahkan"), so a cause is not taken from a sentence about another
    step of the story."""
    docs = evidence.answer_docs()[:1] or [focus[0].doc_id]
    # "Mengapa barang di gudang [yang terbakar] tidak bisa diselamatkan?": the act a relative
    # clause describes is not the one asked about.
    # An English plural of a doer or a thing ("examiners", "inmates") is no act, though the
    # glossary gives it a verb ("memeriksa").
    acts = [v for v in _named_acts(evidence)
            if v.label not in LIGHT_VERBS and v.label not in evidence.concepts.described
            and not _ENGLISH_PLURAL_NOUN.fullmatch(v.label)]
    negated = bool(_NEGATED.search(evidence.frame.question))
    found = []
    for sentence in evidence.index.sentences.of_article(docs[0]):
        text = sentence.text
        previous = evidence.index.sentences.preceding(sentence)
        if negated and not (_NEGATED.search(text) or previous is not None and _NEGATED.search(previous.text)):
            continue  # "why couldn't they vote?" is told by what did not happen, or right after it
        causes = (*_CAUSE_AFTER_ACT.finditer(text), *_CAUSE_NAMED.finditer(text))
        if not causes:
            continue  # the cheap test first: most sentences give no cause
        act_at = [m.start() for m in words_naming(text, acts)]
        if evidence.asked_events & sentence.events:
            act_at.append(0)  # the event is the sentence's, wherever its words stand
        if not act_at:
            continue
        verbs_at = [at for at in act_at if at > 0]
        for match in causes:
            after_act = min(act_at) < match.start() or match.re is _CAUSE_NAMED
            cause_ends = match.end() + CAUSE_OPENING_CHARS
            if match.re is _CAUSE_AFTER_ACT and (
                    any(match.end() <= at < cause_ends for at in verbs_at)
                    # "berstatus buronan karena kabur dari penjara": the asked event itself,
                    # as the cause's first words ("karena jumlah pemilih ..." is no vote)
                    or evidence.asked_events & sentence_event_kinds(
                        " ".join(text[match.end() :].split()[:CAUSE_EVENT_WORDS]))):
                # "95 orang ... bebas lantaran menerima Remisi Khusus II": the asked act
                # ("menerima remisi") is the cause here, of something else (going free).
                continue
            if (after_act and not _POINTER_AFTER.match(text, match.end())
                    and not _DENIED_PURPOSE.search(text[max(0, match.start() - 30) : match.start()])
                    # "mengaku bersyukur karena ...": the cause of a feeling, not of the act
                    and not _FEELING_BEFORE.search(text[max(0, match.start() - 50) : match.start()])
                    # "keenam TPS itu belum didirikan ... karena pihak lapas masih menunggu":
                    # why something has not happened does not say why it was done.
                    and (negated or not _DENIED_ACT.search(text[max(0, match.start() - DENIAL_CHARS) : match.start()]))):
                found.append((evidence.coverage(sentence.terms, own_only=True), -sentence.start, sentence, match))
                break
    if not found:
        return None
    _, _, sentence, match = max(found, key=lambda f: f[:2])
    return sentence, match


#: A denial of the act before a cause word: "belum didirikan ... karena" ("tidak hanya",
#: "tak lain" deny nothing).
_DENIED_ACT = re.compile(r"(?<!diminta )(?<!dilarang )(?<!diimbau )(?<!agar )(?<!supaya )(?<!untuk )(?<!told )(?<!asked )"
                         # "kami diminta tidak meninggalkan tempat kerja ... karena ...": an
                         # order not to do something is an act done, with its reason.
                         r"\b(?:tidak|tak|belum|not|never|didn't|wasn't|weren't)\b"
                         r"(?!\s+(?:hanya|lain|sekadar|semata|semata-mata|cuma|only|just|merely|solely)\b)",
                         re.IGNORECASE)
#: How far before a cause word such a denial is looked for.
DENIAL_CHARS = 80


#: Words that join a cause to its result ("Melawi belum mempunyai lapas, sehingga Lapas
#: Sintang harus menampung ..."): when the result restates the question, the cause before
#: the word is the reason.
_RESULT_WORDS = frozenset({"sehingga", "dengan begitu", "dengan demikian", "jadi"})


def _restates_act_asked(evidence: Evidence, text: str, match: re.Match[str]) -> bool:
    """Whether the purpose after ``match`` is the question's own act: "masih menunggu waktu
    yang tepat untuk memulangkan ... enam WNA" does not say why they were not sent home."""
    word = match.group(1).lower()
    if word in ("untuk", "guna", "agar", "supaya", "demi"):
        first = re.match(r"\s*(?:bisa\s+|dapat\s+|segera\s+)?(\w+)", text[match.end() :])
        words = [first.group(1)] if first is not None else []
    elif word == "masih menunggu":
        # "masih menunggu waktu yang tepat untuk memulangkan ...": waiting for the act itself.
        clause = re.match(r"[^,.;]*", text[match.end() :]).group()
        words = clause.split()
    else:
        return False
    return any(is_verb(w) and any(v.matches(frozenset(analyze_document(w))) for v in evidence.concepts.verbs)
               for w in words)


def _result_restates(evidence: Evidence, text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` joins a cause to a result and the result covers the question better
    than the cause does: "why must Sintang take inmates from Melawi?" asks for the cause."""
    if match.group(1).lower() not in _RESULT_WORDS:
        return False
    # Words on both sides ("lapas") tell neither apart; each side weighs the question's
    # things only it names. Names and numbers locate the sentence, they are not the act: a
    # report opens with its unit ("Lapas Kelas IIA Balikpapan dihuni 872 narapidana, ...,
    # sehingga para penghuni harus berdesak-desakan").
    cause, result = _clause_terms(text[: match.start()]), _clause_terms(text[match.end() :])
    concepts = evidence.concepts
    acts = [(c, w) for c, w in zip(concepts.own_concepts, concepts.weights) if not c.salient]
    if (_NEGATED.search(evidence.frame.question) and _NEGATED.search(text[match.end() :])
            and any(c.matches(result - cause) for c, _ in acts)):
        # "kenapa WBP yg masih banding belum bisa dapat remisi?" — "... dianggap belum
        # inkrah, sehingga belum bisa menerima remisi": the denied act asked is the result.
        return True
    return (sum(w for c, w in acts if c.matches(result - cause)) > sum(w for c, w in acts if c.matches(cause - result)))


def _naming_asked_place(evidence: Evidence, docs: set[str]) -> set[str]:
    """The reports of ``docs`` whose units include the place of a unit the question names
    ("Lapas Bulak" is written "Lapas Kelas IIA Bulak Kapal"); empty when it names none."""
    places = {p.lower() for name in asked_upts(evidence.frame.question) if (p := upt_place(name))}
    return {d for d in docs if any(place in unit.lower() for unit in evidence.index.articles[d].upts for place in places)}


#: A directive right before "agar"/"supaya" ("Gubernur berpesan agar ...", "meminta
#: jajaran agar ..."): what follows is what was urged, not the reason for the act.
_URGED_BEFORE = re.compile(r"\b(?:berpesan|meminta|memintanya|mengimbau|menghimbau|mengingatkan|mengajak|menginstruksikan|"
                           r"menekankan|menegaskan|berharap|mengharapkan|diminta|diimbau|diingatkan|"
                           # "mendukung usulan agar anggaran ... dinaikkan": what was proposed
                           # or asked for, not why.
                           r"usulan|usul|mengusulkan|diusulkan|permintaan|permohonan|keinginan|menginginkan|"
                           r"harapan|mendesak|didesak|"
                           # "dilarang mengarahkan warga binaan agar memilih caleg tertentu": what
                           # someone is steered or told to do, not why.
                           r"mengarahkan|diarahkan|menyuruh|disuruh|memaksa|dipaksa|membujuk|dibujuk|"
                           r"mempengaruhi|memengaruhi|dipengaruhi|"
                           # "diakhiri dengan arahan langsung kepada seluruh jajaran Bapas Sampit
                           # supaya menjaga integritas": a directive given, not why the visit was.
                           r"arahan|amanat|"
                           # "memberikan rekomendasi kepada Lapas Serang agar menjaga citra":
                           # what was recommended or advised, not why.
                           r"rekomendasi|merekomendasikan|direkomendasikan|saran|menyarankan|disarankan|"
                           # ("ada instruksi dari Kemenkumham supaya kami memakai pakaian adat":
                           # an instruction is why they did it.)
                           r"nasihat|menasihati|dinasihati)(?:nya)?\s+(?:\w+\s+){0,6}$",
                           re.IGNORECASE)


def _reason_word(text: str, given: frozenset[str] = frozenset()) -> re.Match[str] | None:
    """The first reason or purpose word of ``text`` that is not denied, nor the start of
    what a speaker urged ("berpesan agar para penerima remisi tidak kembali"), nor a
    reason the question itself gives (``given``: "napi yang bebas karena remisi" — "bebas
    berkat remisi")."""
    for match in _PURPOSE.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()]
        if _DENIED_PURPOSE.search(before):
            continue
        if given and (said := frozenset(analyze_document(" ".join(text[match.end() :].split()[:GIVEN_REASON_WORDS])))) \
                and said <= given:
            continue
        if match.group(1).lower() in ("agar", "supaya") and _URGED_BEFORE.search(text[max(0, match.start() - 70) : match.start()]):
            continue
        if re.match(r"(?:menjadi|merupakan)\b", match.group(1), re.IGNORECASE) and _POINTER_SUBJECT.match(text[: match.start()]):
            # "Kondisi itu, katanya, menjadi penyebab Rutan Maumere kelebihan penghuni": the
            # cause is what the sentence before told, not this sentence.
            continue
        return match
    return None


#: A subject that only points back: "Kondisi itu, katanya, ", "Hal ini ".
_POINTER_SUBJECT = re.compile(r"^\W*(?:[\w-]+\s+)?(?:itu|ini|tersebut)\b[\s,]*(?:(?:kata|ujar|menurut)\s*\w*[\s,]*)?$",
                              re.IGNORECASE)
#: How many words after a reason word are compared with the reason a question gives.
GIVEN_REASON_WORDS = 1
#: A reason a question gives for the ones it asks about: "yang bebas karena remisi".
_REASON_IN_QUESTION = re.compile(r"\b(?:karena|krn|berkat|akibat|lantaran|because of|due to|thanks to)\s+"
                                 r"(?P<reason>(?:[\w-]+\s*){1,3})", re.IGNORECASE)


def _reason_given(question: str) -> frozenset[str]:
    """The terms of a reason the question itself states, which no answer repeats back."""
    found = _REASON_IN_QUESTION.search(question)
    return frozenset(analyze_document(found.group("reason"))) if found else frozenset()


def _reason_clause_start(text: str, before: int) -> int:
    """Where the clause holding ``text[before]`` starts: after the last comma or colon
    before it that follows a quote's opening words (three or more), else the sentence's
    start."""
    start = clause_start(text, before, (", ", ": "))
    return start if start and len(text[start:before].split()) >= REASON_CLAUSE_WORDS else 0


#: A noun a purpose word hangs on, which says what the act was as: "sekaligus peringatan
#: supaya ...", "terapi kejut agar ...", "upaya untuk ...".
_AIM_NOUN_BEFORE = re.compile(r"\b(?:peringatan|imbauan|teguran|pesan|upaya|langkah|terapi\s+\w+|efek\s+jera|"
                              r"warning|message|effort|step)\s+$", re.IGNORECASE)


#: A sentence opening with the means it speaks of: "Lewat laporan ini, ...", "Melalui
#: program tersebut kami ..." (up to three words between the preposition and "ini").
_MEANS_OPENER = re.compile(r"^\W*(?:lewat|melalui|dengan adanya|through|with)\s+(?:\w+\s+){1,3}?(?:ini|itu|tersebut|this|that)\b,?\s*",
                           re.IGNORECASE)


#: Words that deny an act: in a why-question, the reason asked is for what did not happen.
_NEGATED = re.compile(
    r"\b(?:tidak|tak|belum|gagal|not|never|unable|cannot|couldn't|didn't|wasn't|weren't|can't|"
    r"left out|excluded|barred|missed out|missing out|miss out|misses out)\b"
    # "it had no proof", "there was no water": a thing denied.
    r"|\b(?:had|has|have|was|were|is|are)\s+no\b"
    # "Why were there no other activities?", "kenapa gak ada acara lain?"
    r"|\b(?:there|was|were|is|are)\s+(?:there\s+)?no\b|\b(?:gak|nggak|ga|enggak)\b"
    r"|\b(?:was|were|is|are)\s+nothing\b",
    re.IGNORECASE,
)
#: A sentence whose subject is the one before it ("Kegiatan ini ...", "Hal tersebut ...").
#: The share of the best sentence's coverage a result restating the question must have.
RESTATED_SHARE = 0.5
#: How many words after a cause word may name the asked event as the cause ("karena kabur":
#: the act itself, not a noun phrase such as "jumlah pemilih").
CAUSE_EVENT_WORDS = 1
#: "Akibat amukan itu, ...", "karena kejadian tersebut, ...": a cause that is only a word
#: pointing back to an event already told.
_CAUSE_POINTS_BACK = re.compile(r"\s+(?:[a-z-]+\s+){1,2}?(?:itu|ini|tersebut)\s*,", re.IGNORECASE)
#: "Menurut AKP Sulhadi, kejadian itu dipicu isu ...", "The riot was triggered by ...": a
#: cause told of the report's event by a word pointing back to it.
_EVENT_CAUSED = re.compile(
    r"^\W*(?:(?:menurut|kata|ujar|according to)\s[^,]{1,50},\s*)?(?:\w+\s+){0,2}?"
    r"(?:(?:kejadian|peristiwa|insiden|aksi|keributan|kerusuhan|perkelahian|pengeroyokan|penganiayaan|bentrok\w*"
    r"|kebakaran|pelarian|perusakan|amukan)\s+(?:itu|ini|tersebut)"
    r"|the (?:incident|attack|fight|riot|fire|escape|clash|beating|assault))\s+(?:\w+\s+){0,2}?"
    r"(?:dipicu|disebabkan|dilatarbelakangi|bermula dari|berawal dari|terjadi karena|terjadi akibat"
    r"|was (?:triggered|caused|sparked|prompted))\b", re.IGNORECASE)
#: "agar/supaya kejadian serupa tidak terulang", "to prevent a repeat": what is done after an
#: event, aimed at the next one.
_PREVENTS_REPEAT = re.compile(
    r"(?:agar|supaya|untuk|demi|guna)\s+(?:\w+\s+){0,2}?(?:kejadian|peristiwa|insiden|hal|kasus)\s+(?:serupa|yang sama)\s+"
    r"(?:\w+\s+)?(?:tidak|tak|nggak)\s+(?:\w+\s+)?terulang|(?:untuk|guna)\s+mencegah\s+(?:\w+\s+){0,2}?terulang"
    r"|(?:to|so as to)\s+prevent\s+(?:\w+\s+){0,3}?(?:repeat|recurrence|happening again)", re.IGNORECASE)
_REFERS_BACK = re.compile(
    # "Tujuannya, agar ...", "Pasalnya, ...": the reason of the sentence before.
    r"^\W*(?:tujuannya|pasalnya|alasannya|penyebabnya|hal ini karena|sebab|karena|makanya|itu(?:lah)? sebabnya)\b"
    r"|^\W*(?:\w+ ){0,2}(?:ini|itu|tersebut|begitu|demikian)\b|^\W*(?:this|that|these|the) (?:activity|event|step|raid|program)\b"
    # "Kegiatannya akan terus berjalan karena ...": the activity of the sentence before.
    r"|^\W*(?:kegiatan|langkah|program|upaya|acara|kebijakan|aturan|proses)nya\b"
    # "Sisanya dipastikan tidak bisa mencoblos karena ...": the rest of the count before.
    r"|^\W*(?:sisanya|selebihnya|sebagian(?:nya)?|the rest|the remainder)\b"
    # "Dodi beralasan, saat ini masih berlangsung pandemi ...": the reason a speaker gave
    # for what the sentence before tells.
    r"|^\W*(?:[A-Z][\w-]*|ia|dia|mereka|pihaknya)\s+(?:beralasan|berdalih)\b",
    re.IGNORECASE,
)
#: A noun pointed back at ("momen itu", "hal tersebut"): the sentence leans on the one before.
_POINTS_BACK = re.compile(r"\b(?:momen|saat|waktu|hal|kondisi|situasi|celah|kejadian|peristiwa)\s+(?:itu|tersebut|ini)\b",
                          re.IGNORECASE)
#: A sentence opening as its speaker's explanation of what the sentence before states.
#: An aim or a cause said in a speaker's explanation: "Menurut dia, hp dilarang ... untuk
#: memutus mata rantai komunikasi".
_AIM_OR_CAUSE = re.compile(r"\b(?:untuk|agar|supaya|karena|sebab|demi|guna)\b", re.IGNORECASE)
_EXPLAINS = re.compile(r"^\W*(menurut(?:nya| dia| ia)|according to (?:him|her|them)|dia menilai|ia menilai|"
                       r"ia menduga|dia menduga|diduga)\b", re.IGNORECASE)
#: A sentence telling that an act used a condition the sentence before states: "Kondisi ini
#: dimanfaatkan para narapidana untuk melarikan diri", "celah itu dimanfaatkan pelaku".
_CONDITION_USED = re.compile(
    r"^\W*((?:kondisi|keadaan|situasi|celah|kelemahan|kesempatan|kelengahan|momen)\s+(?:ini|itu|tersebut)\s+"
    r"(?:\w+\s+)?(?:di)?manfaatkan)\b",
    re.IGNORECASE,
)
#: A sentence that gives the reason of the one before it ("Karena itu, ...").
_BACK_REFERENCE = re.compile(
    r"^\W*(?:oleh )?(?:karena|sebab|untuk) (?:itu(?:lah)?|ini(?:lah)?|hal itu|hal ini|hal tersebut)\b"
    r"|^\W*(?:makanya|maka dari itu|atas dasar (?:itu|ini|tersebut)|itu(?:lah)? sebabnya|that is why|this is why"
    r"|for (?:that|this) reason|therefore)\b"
    # "Akibatnya, anggaran ... tidak lagi mencukupi": the effect; the sentence before is its cause.
    rf"|^\W*(?:{_EFFECT_WORDS})\b",
    re.IGNORECASE,
)


def _best_window(evidence: Evidence, text: str, limit: int = 450) -> str:
    """A long sentence cut around its clause that best matches the question."""
    if len(text) <= limit:
        return text
    clauses = [m for m in re.finditer(r"[^,;]+[,;]?", text) if m.group().strip()]
    best = max(clauses, key=lambda m: evidence.coverage(_clause_terms(m.group()), own_only=True))
    return excerpt(text, best.start(), best.end(), limit)


def _clause_terms(text: str) -> frozenset[str]:
    return frozenset(analyze_document(text))


def _copies(evidence: Evidence, scored: ScoredSentence) -> list[ScoredSentence]:
    """Near-identical sentences in other articles (syndicated text, a repeated directive)."""
    copies, docs = [], {scored.doc_id}
    for other in evidence.sentences:
        if other.doc_id not in docs and _jaccard(scored.sentence.terms, other.sentence.terms) > 0.6:
            copies.append(other)
            docs.add(other.doc_id)
    return copies


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
