"""Indonesian text analysis: tokens, spelling repair, stopwords, stemming, date keys.

The bundled embedding model is English-only, so BM25 over these tokens carries most of
the retrieval quality. Documents and queries go through the same ``analyze`` so that
every choice here (what is a token, what is a stopword, what is stemmed) is symmetric.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

import regex
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

# Runs of letters/marks/digits, optionally joined by in-word punctuation, so that
# "2.549", "21/12", "SEK.UM.01.01-1133", "laki-laki" and "jum'at" arrive whole and are
# split (or not) by ``_split_chunk``. Anything else (emoji, quotes, control chars) is a gap.
_CHUNK = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[.,/:'’\-][\p{L}\p{M}\p{N}]+)*")
_LETTER_JOINERS = regex.compile(r"[.,/:]")
_APOSTROPHES = regex.compile(r"['’]")
_DIGIT = regex.compile(r"\p{N}")
#: A word doubled in chat spelling: "obat2an", "anak2", "hp2nya" (three letters at least, or
#: "hp"; "km2" and "m2" are square units).
_CHAT_REDUPLICATION = regex.compile(
    r"(?P<root>(?!(?:km|cm|mm|dm|tps|blok|kamar|sel|pos|lantai|tahap|ruang|wisma|kelas|klas|gedung|aula)2)[a-z]{3,}|hp)"
    r"2(?P<suffix>an|nya|an-nya|annya)?", regex.IGNORECASE)
_NUMERIC_DATE = regex.compile(r"(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?")
_SPACES = regex.compile(r"\s+")
_STEMMABLE = regex.compile(r"[a-z]+(?:-[a-z]+)?")


def _word_set(words: str) -> frozenset[str]:
    """A word list written as whitespace-separated text (easier to curate than a list)."""
    return frozenset(words.split())


#: Shortest shared root for a hyphenated pair to count as reduplication ("ibu-ibu").
_MIN_REDUP_ROOT = 3

STOPWORDS_ID: frozenset[str] = _word_set(
    """
    ada adalah adanya agak agar akan akankah akhirnya aku akulah amat amatlah anda andalah
    antar antara antaranya apa apaan apabila apakah apalagi apatah atas atau ataukah ataupun
    bagai bagaikan bagaimana bagaimanakah bagaimanapun bagi bahkan bahwa bahwasanya
    beberapa begini beginian begitu begitukah begitulah begitupun belum belumlah benar
    benarkah benarlah berapapun bersama betulkah biasa biasanya bila
    bilakah bisa bisakah boleh bolehkah bukan bukankah bukanlah bukannya cuma dahulu dalam
    dan dapat dari daripada dekat demi demikian demikianlah dengan di dia dialah diantara
    diantaranya dikarenakan dimana dimanakah dini diri dirinya disamping disini ditujukan
    dong dulu entah hampir hanya hanyalah harus haruslah hendak hendaklah hendaknya
    guna hingga ia ialah ibarat ingin inginkah ini inikah inilah itu itukah itulah jadi jangan
    janganlah jika jikalau juga justru kala kalau kalaulah kalaupun kalian kami kamilah
    kamu kamulah kan kapanpun karena karenanya ke kecuali kemudian kenapa
    kepada kepadanya ketika khususnya kini kinilah kita kitalah kok lagi lagian lah lain
    lainnya lalu maka makanya makin malah malahan mampu mana manakala manalagi masih
    masing masing-masing maupun melainkan melalui memang mengapa mereka merekalah merupakan
    meski meskipun mungkin mungkinkah nah namun nanti nantinya nya oleh olehnya pada padahal
    padanya para pasti per perlu pernah pula pun rupanya saat saatnya saja sajalah sama
    sambil sampai sana sangat sangatlah saya sayalah se sebab sebabnya sebagai sebagaimana
    sebagainya sebaliknya sebelum sebelumnya secara sedang sedangkan sedikit sedikitnya
    segala segalanya segera sehingga sejak sejenak sekadar sekalipun sekarang sekitar
    sekitarnya selain selaku selalu selama selamanya seluruh seluruhnya semakin semua
    semuanya semula sendiri sendirinya seorang sepanjang seperti sepertinya sering
    seringnya serta sesuatu sesudah sesudahnya setelah setiap siapa siapakah siapapun sini
    situ suatu sudah sudahkah sudahlah supaya tadi tanpa tapi telah tentang tentu tentulah
    terkait tersebut tersebutlah tetap tetapi tiap tidak tidakkah tidaklah toh turut untuk walau
    walaupun ya yaitu yakni yang ok oke okay
    """
)
"""Indonesian function words dropped before BM25.

Curated from the Tala list's ideas, but words that carry meaning in this domain or answer
a question are deliberately kept: ``kepala`` (head of a UPT), ``jumlah``/``berjumlah``/
``sebanyak``/``orang`` (counts of inmates), ``tahun``/``bulan``/``tanggal``/``hari``/
``jam`` (dates), ``baru`` (Tahun Baru), ``umum`` (Pemilihan Umum), ``tengah`` (Jawa
Tengah), ``tempat`` (bertempat di...), number words (``sepuluh`` hal), and reporting verbs
(``ujar``, ``tegas``) that mark the quoted paragraphs "what did X say?" asks for.
``siapa`` is dropped (no passage answers "who" with that word), but ``kapan`` and
``berapa`` are kept: the glossary expands them to ``tanggal`` and ``jumlah``, which
passages stating a date or a count do contain.
"""

STOPWORDS_EN: frozenset[str] = _word_set(
    """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for
    from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own please same she should so some such than that the
    their theirs them themselves then there these they this those through to too under
    until up very was we were what whats which while who whom whose why will with would you
    your yours yourself tell show give list name named describe explain happened happen
    according article articles news report mentioned around regarding concerning amid
    among within across toward towards via upon onto besides despite throughout whether
    either neither also ever yet already still look looks looked like seem seems seemed
    actually really inside outside beside set ok okay since else
    """
)
"""English words dropped from a question after the glossary has mapped what it knows."""

# Misspellings and variant spellings seen in the scraped articles, mapped to the standard
# (KBBI) form so that "pemasarakatan" and "pemasyarakatan" are one term. A value with
# spaces becomes several tokens ("Satopsatnalpas" is a run-together "Satops Patnal PAS").
_SPELLING: dict[str, str] = {
    "pemasarakatan": "pemasyarakatan",
    "pemasaryakatan": "pemasyarakatan",
    "masyarakatan": "pemasyarakatan",
    "pengeledahan": "penggeledahan",
    "himbau": "imbau",
    "menghimbau": "mengimbau",
    "dihimbau": "diimbau",
    "himbauan": "imbauan",
    "kondusifitas": "kondusivitas",
    "insidentil": "insidental",
    "pemuktahiran": "pemutakhiran",
    "stackholder": "stakeholder",
    "sekedar": "sekadar",
    "diakhir": "akhir",
    "dibalik": "balik",
    "satopsatnalpas": "satops patnal pas",
    "kapankah": "kapan",
    "berapakah": "berapa",
}

# Words Sastrawi would mangle or merge with an unrelated word; they are indexed as is.
# - Acronyms that look affixed: "pemilu"→"milu", "karutan"→"karut".
# - "pemasyarakatan"→"masyarakat" would merge the service's name with "the public".
# - "pemilihan"→"pilih" would merge "Pemilihan Umum" (in every article) with "hak pilih".
# - "kepentingan"→"penting" would merge "konflik kepentingan" with "important".
# - "tahanan"→"tahan": detainees are a population count, "tahan" is "to endure".
# - "pembina"→"bina" would merge "Pembina Apel" (who led) with "warga binaan" (inmates).
# - "peserta"→"serta", "ujaran"→"ujar" ("said"), "penghuni"→"huni" ("penghuninya"→"hun").
# Other merges are kept on purpose: "pengamanan"/"keamanan"→"aman" and
# "dilaksanakan"/"pelaksanaan"→"laksana" are the same concept for a searcher.
_NO_STEM: frozenset[str] = _word_set(
    """
    tusi tupoksi
    pemilu karutan kakanwil kalapas kadiv kanwil kemenkumham ditjenpas lapas rutan bapas
    rupbasan lpka kanim nataru kamtib satops patnal wbp asn upt tps ntt babel bawaslu kpu
    bnn polri polres polresta damkar bpbd tni pemasyarakatan pemilihan kepentingan tahanan
    pembina peserta ujaran penghuni binadik giatja bimkemas binapi kplp kadis
    """
)

#: Words Sastrawi stems to the wrong root, with the right one: "pengelasan" and "mengelas"
#: (welding) are of "las", not "kelas" (class), which every "Lapas Kelas IIA" holds;
#: "mengawal" (to escort, "dikawal") is of "kawal", not "awal" (beginning); "memperoleh"
#: (to obtain) is of "peroleh", not "oleh", the "by" of "oleh siapa" that questions drop;
#: "diungsikan" (evacuated, by someone) is "evakuasi", not the "ungsi" of "mengungsi" (to
#: take refuge), which residents of a flooded town do; "beragam" (various) is of "ragam",
#: not "agam".
_STEM_AS: dict[str, str] = {"pengelasan": "las", "mengelas": "las", "dilas": "las", "pengelas": "las",
                            "mengawal": "kawal", "pengawal": "kawal", "pengawalan": "kawal",
                            "memperoleh": "peroleh", "diperoleh": "peroleh", "perolehan": "peroleh",
                            "beroleh": "peroleh",
                            "diungsikan": "evakuasi", "mengungsikan": "evakuasi", "beragam": "ragam",
                            "keberagaman": "ragam",
                            # "menyidak", "disidak": a surprise inspection ("sidak") done.
                            "menyidak": "sidak", "disidak": "sidak", "menyidaknya": "sidak",
                            # "diperuntukkan bagi napi berisiko tinggi": meant for, not the
                            # preposition "untuk" (a stopword) Sastrawi leaves.
                            "diperuntukkan": "peruntukan", "peruntukan": "peruntukan",
                            "diperuntukan": "peruntukan", "peruntukannya": "peruntukan",
                            # "dilarikan ke RSU" (rushed there), "motornya dilarikan" (run off
                            # with): never "melarikan diri", the escape that stems to "lari".
                            "dilarikan": "larikan",
                            # "menjalani perawatan" (care, of "rawat"), "seorang perawat" (a
                            # nurse): Sastrawi reads both as "awat", a root of neither.
                            "perawatan": "rawat", "perawatannya": "rawat", "keperawatan": "rawat",
                            "perawat": "perawat", "perawatnya": "perawat"}

_CLITICS = ("nya", "lah", "kah")


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Regency, city and town names, whose "pe-"/"be-" is not a prefix ("Pemalang" is not
    "malang", "Bekasi" is not "bekas"): from the gazetteer (``rag.regions``), minus the words
    that are also ordinary words the stemmer must reduce."""
    from rag.regions import place_words

    return place_words() - _ORDINARY_PLACE_WORDS


#: Gazetteer words that are also everyday words: stemmed as usual.
_ORDINARY_PLACE_WORDS = frozenset(
    ["barat", "timur", "utara", "selatan", "tengah", "kota", "kepulauan", "raya", "baru", "lama", "besar", "kecil", "tinggi", "laut", "darat", "pesisir", "hulu", "hilir", "ulu", "ilir", "tanah", "batu", "air", "bagian", "kisaran", "pangkalan", "pegunungan", "seribu", "meriah", "kepulauan", "labuhan", "labuan", "pembuang", "tataan"]
)

#: Token emitted after every date expression ("date" in Indonesian).
DATE_MARKER = "tanggal"

_MONTHS_ID: dict[str, int] = {
    name: number
    for number, name in enumerate(
        (
            "januari",
            "februari",
            "maret",
            "april",
            "mei",
            "juni",
            "juli",
            "agustus",
            "september",
            "oktober",
            "november",
            "desember",
        ),
        start=1,
    )
}


@lru_cache(maxsize=1)
def root_words() -> frozenset[str]:
    """Sastrawi's dictionary of Indonesian root words."""
    text = resources.files("Sastrawi.Stemmer").joinpath("data", "kata-dasar.txt").read_text()
    return frozenset(text.split())


@lru_cache(maxsize=1)
def _stemmer():
    """The shared Sastrawi stemmer; building it loads a 30k-word dictionary once."""
    return StemmerFactory().create_stemmer()


def tokenize(text: str, keep_case: bool = False) -> list[str]:
    """Split text into surface tokens.

    Numbers and dates stay whole ("2.549", "21/12", "13/2/23"), as do reduplicated words
    ("laki-laki"); other hyphenated or dotted words split ("se-Kepulauan", "Kep.Babel").
    Never raises: anything that is not a letter, mark or digit is a separator.

    Args:
        text: any Unicode text.
        keep_case: keep the original case (the glossary uses it to spot proper nouns).

    Returns:
        Tokens in text order, lowercased unless ``keep_case``.
    """
    normalised = unicodedata.normalize("NFKC", text)
    if not keep_case:
        normalised = normalised.lower()
    tokens: list[str] = []
    for match in _CHUNK.finditer(normalised):
        tokens.extend(_split_chunk(match.group()))
    return tokens


@lru_cache(maxsize=65536)
def _split_chunk(chunk: str) -> tuple[str, ...]:
    """Split one joined run into tokens; see ``tokenize``. Cached: words recur (Zipf), and
    reranking analyses retrieved sentences at query time."""
    chat = _CHAT_REDUPLICATION.fullmatch(chunk)
    if chat is not None:
        # "obat2an", "anak2", "hp2nya": chat writes a doubled word with a "2"; the
        # reports write "obat-obatan", "anak-anak".
        root, suffix = chat.group("root"), chat.group("suffix") or ""
        return (f"{root}-{root}{suffix}",)
    if _DIGIT.search(chunk):
        return (chunk,)
    chunk = _APOSTROPHES.sub("", chunk)
    tokens: list[str] = []
    for piece in _LETTER_JOINERS.split(chunk):
        parts = piece.split("-")
        if len(parts) == 2 and _is_reduplication(parts[0].lower(), parts[1].lower()):
            tokens.append(piece)
        else:
            tokens.extend(part for part in parts if part)
    return tuple(tokens)


def _is_reduplication(first: str, second: str) -> bool:
    """True for "anak-anak", "terang-terangan", "berhati-hati", "sayur-mayur"."""
    for size in range(_MIN_REDUP_ROOT, len(second) + 1):
        if first.endswith(second[:size]):
            return True
    shared = 0
    while shared < min(len(first), len(second)) and first[-1 - shared] == second[-1 - shared]:
        shared += 1
    return shared >= _MIN_REDUP_ROOT


def normalize_spelling(token: str) -> list[str]:
    """Map a lowercase token to its standard spelling (one or more tokens).

    Args:
        token: a lowercase token from ``tokenize``.

    Returns:
        The standard form(s); the token itself when it is not a known variant.
    """
    if token in _SPELLING:
        return _SPELLING[token].split()
    if token.endswith("nya") and token[:-3] in _SPELLING:
        return [_SPELLING[token[:-3]] + "nya"]
    return [token]


def content_terms(text: str) -> list[str]:
    """Lowercase tokens with spelling repaired and stopwords dropped, not yet stemmed.

    The glossary matches its phrases on this form, so a phrase and a document agree on
    what was dropped.

    Args:
        text: any text.

    Returns:
        Content tokens in text order.
    """
    terms: list[str] = []
    for token in tokenize(text):
        terms.extend(t for t in normalize_spelling(token) if t not in STOPWORDS_ID)
    return terms


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Sastrawi stem of one lowercase token, guarding numbers and domain words.

    Args:
        token: a lowercase token.

    Returns:
        The stem; the token unchanged when it is not plain ASCII letters (numbers, dates,
        foreign scripts: Sastrawi would strip what it does not know) or is guarded.
    """
    first, joined, second = token.partition("-")
    if joined and first == second and first:
        return stem(first)  # "lapas-lapas" is lapas, as "barang-barang" is barang
    if not _STEMMABLE.fullmatch(token) or token in _NO_STEM or token in _place_words():
        return token
    if token in _STEM_AS:
        return _STEM_AS[token]
    for clitic in _CLITICS:
        if token.endswith(clitic) and token[: -len(clitic)] in _NO_STEM:
            return token[: -len(clitic)]
        if token.endswith(clitic) and token[: -len(clitic)] in _STEM_AS:
            return _STEM_AS[token[: -len(clitic)]]  # "memperolehnya", "pengawalannya"
    return _kept_final_i(token, _stemmer().stem(token) or token)


def _kept_final_i(token: str, stemmed: str) -> str:
    """Give back a final "i" Sastrawi took off a root that owns it.

    Sastrawi strips "-i" whenever the shorter word is also in its dictionary, so
    "berdiskusi" became "diskus" (a discus) and no longer met "diskusi", "bernilai" became
    "nila", "kawat berduri" "dur". In the reports' words this happens after "ber-" and
    "se-", which take no "-i" suffix: when the longer root is a word too, the "i" is its.
    """
    if token.endswith(stemmed + "i") and stemmed + "i" in root_words():
        return stemmed + "i"
    return stemmed


def _month_date_key(previous: str, term: str) -> list[str]:
    """The "d/m" key for a day number followed by an Indonesian month name, if any."""
    if term not in _MONTHS_ID or not previous.isdecimal() or not 1 <= int(previous) <= 31:
        return []
    return [f"{int(previous)}/{_MONTHS_ID[term]}"]


def _numeric_date_keys(term: str) -> list[str]:
    """Keys for a "d/m[/y]" token (day/month, then a four-digit year), or none."""
    match = _NUMERIC_DATE.fullmatch(term)
    if not match:
        return []
    day, month, year = match.groups()
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return []
    keys = [f"{int(day)}/{int(month)}"]
    if year:
        keys.append(year if len(year) == 4 else f"20{year}")
    return keys


def analyze(text: str) -> list[str]:
    """The BM25 token stream for a document or a query.

    tokenize → repair spelling → drop stopwords → stem. Dates get a canonical "d/m" key
    so "21/12", "21/12/2023" and "21 Desember 2023" match one another: a numeric date is
    replaced by its key (and year), a month-name date is followed by its key. Every date
    also emits the word ``tanggal``, so "when"/"kapan" (mapped to ``tanggal`` by the
    glossary) favours the passages that state a date.

    Args:
        text: any text.

    Returns:
        Analysed tokens in text order.
    """
    return analyze_terms(content_terms(text))


#: An ordinal written with its number: "ke-58", "ke58".
_ORDINAL_NUMBER = regex.compile(r"ke-?(\d+)")


def analyze_terms(terms: list[str]) -> list[str]:
    """``analyze`` from already computed ``content_terms`` (callers that need both)."""
    tokens: list[str] = []
    previous = ""
    for term in terms:
        numeric = _numeric_date_keys(term)
        if numeric:
            tokens.extend([*numeric, DATE_MARKER])
        else:
            tokens.append(stem(term))
            ordinal = _ORDINAL_NUMBER.fullmatch(term)
            if ordinal:
                tokens.append(ordinal.group(1))  # "HBP ke-58" names the 58 a question writes
            month = _month_date_key(previous, term)
            tokens.extend([*month, DATE_MARKER] if month else [])
        previous = term
    return tokens


def normalize_for_match(text: str) -> str:
    """A lowercase, punctuation-light, single-spaced form for substring matching.

    Hyphens become spaces so "laki-laki" matches "laki laki"; numbers keep their dots.

    Args:
        text: any text.

    Returns:
        Tokens joined by single spaces.
    """
    return _SPACES.sub(" ", " ".join(tokenize(text)).replace("-", " ")).strip()
