"""Indonesian text analysis on real snippets of the seed articles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rag.indonesian import (
    DATE_MARKER,
    STOPWORDS_EN,
    STOPWORDS_ID,
    analyze,
    content_terms,
    normalize_for_match,
    normalize_spelling,
    stem,
    tokenize,
)

POPULATION = (
    "jumlah penghuni Lapas/ Rutan/ LPKA per tanggal 21 Desember 2023 berjumlah 2.549 orang, "
    "dengan rincian jumlah tahanan sebanyak 556 orang dan narapidana berjumlah 1.993 orang"
)
CIRCULAR = "Surat Edaran Pelaksana Harian Sekretaris Jenderal Nomor SEK.UM.01.01-1133 tanggal 23"


def test_thousands_separated_numbers_stay_whole() -> None:
    tokens = tokenize(POPULATION)

    assert "2.549" in tokens
    assert "1.993" in tokens
    assert "556" in tokens


def test_numeric_dates_and_document_codes_stay_whole() -> None:
    assert "21/12" in tokenize("Kamis (21/12)")
    assert "13/2/23" in tokenize("Senin, (13/2/23)")
    assert "sek.um.01.01-1133" in tokenize(CIRCULAR)


def test_reduplicated_words_stay_whole_but_prefix_hyphens_split() -> None:
    tokens = tokenize("2.371 laki-laki, masing-masing UPT, secara terang-terangan, se-Kepulauan")

    assert {"laki-laki", "masing-masing", "terang-terangan"} <= set(tokens)
    assert tokens[-2:] == ["se", "kepulauan"]


def test_chat_doubling_with_a_two_is_the_reduplicated_word() -> None:
    # Chat writes "obat2an" for "obat-obatan"; a square unit or a numbered block is no doubling.
    assert tokenize("obat2an yg ketemu, anak2nya") == ["obat-obatan", "yg", "ketemu", "anak-anaknya"]
    assert tokenize("luas 20 km2 di blok2") == ["luas", "20", "km2", "di", "blok2"]
    assert analyze("obat2an") == analyze("obat-obatan")


def test_dotted_and_slashed_words_split_into_parts() -> None:
    assert tokenize("Kanwil Kemenkumham Kep.Babel") == ["kanwil", "kemenkumham", "kep", "babel"]
    assert tokenize("koordinasi dengan TNI/Polri") == ["koordinasi", "dengan", "tni", "polri"]


def test_quotes_and_punctuation_are_stripped() -> None:
    assert tokenize("“Mari kita jaga marwah Pemasarakatan,” tutupnya. (Vio*Red)") == [
        "mari",
        "kita",
        "jaga",
        "marwah",
        "pemasarakatan",
        "tutupnya",
        "vio",
        "red",
    ]


def test_keep_case_preserves_proper_noun_capitals() -> None:
    assert tokenize("Lapas Kalabahi", keep_case=True) == ["Lapas", "Kalabahi"]


def test_fullwidth_and_decomposed_text_is_nfkc_normalised() -> None:
    assert tokenize("ＬＡＰＡＳ") == ["lapas"]
    assert tokenize("cafe\u0301") == ["café"]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_is_analysed_without_raising(text: str) -> None:
    for token in analyze(text):
        assert token
        assert token == token.strip()
    assert "  " not in normalize_for_match(text)


def test_emoji_rtl_and_nul_do_not_break_tokens() -> None:
    assert tokenize("Lapas 😀\x00Pati \u202eمرحبا") == ["lapas", "pati", "مرحبا"]


def test_domain_and_question_bearing_words_are_not_stopwords() -> None:
    kept = {"kepala", "jumlah", "orang", "tahun", "bulan", "tanggal", "umum", "baru", "tempat"}

    assert not kept & STOPWORDS_ID
    assert {"yang", "dan", "di", "pada", "untuk", "siapa"} <= STOPWORDS_ID


def test_english_stopwords_cover_question_grammar() -> None:
    assert {"the", "did", "what", "of", "were"} <= STOPWORDS_EN


def test_pemasyarakatan_is_not_merged_with_masyarakat() -> None:
    assert stem("pemasyarakatan") == "pemasyarakatan"
    assert stem("masyarakat") == "masyarakat"


def test_acronyms_and_numbers_are_not_stemmed() -> None:
    for token in ("pemilu", "karutan", "lapas", "nataru", "kalapas", "2.549", "21/12"):
        assert stem(token) == token


def test_guarded_words_keep_their_form_with_a_clitic() -> None:
    assert stem("penghuninya") == "penghuni"


def test_affixed_forms_of_one_verb_share_a_stem() -> None:
    assert stem("dilaksanakan") == stem("pelaksanaan") == stem("melaksanakan") == "laksana"
    assert stem("penggeledahan") == "geledah"


def test_being_evacuated_is_not_taking_refuge_and_various_is_not_agam() -> None:
    assert stem("diungsikan") == stem("dievakuasi") == "evakuasi"
    assert stem("mengungsi") != "evakuasi"
    assert stem("beragam") == "ragam"


def test_meant_for_is_a_word_not_the_preposition_for() -> None:
    # "diperuntukkan bagi napi berisiko tinggi": Sastrawi left "untuk", a stopword.
    assert stem("diperuntukkan") == stem("peruntukannya") == "peruntukan"
    assert "peruntukan" in analyze("Lapas itu diperuntukkan bagi napi berisiko tinggi")


def test_a_root_ending_in_i_keeps_it_after_ber_and_se() -> None:
    # Sastrawi took "berdiskusi" for "diskus" (a discus) and "bernilai" for "nila".
    assert stem("berdiskusi") == stem("mendiskusikan") == "diskusi"
    assert stem("bernilai") == stem("dinilai") == "nilai"
    assert stem("berduri") == "duri"
    assert stem("dikunjungi") == "kunjung"  # a real "-i" suffix still goes


def test_non_latin_tokens_are_not_mangled_by_the_stemmer() -> None:
    assert stem("café") == "café"


def test_misspelt_pemasyarakatan_variants_analyse_alike() -> None:
    variants = ("Pemasarakatan", "Pemasaryakatan", "Pemasyarakatan", "petugas masyarakatan")

    assert {analyze(v)[-1] for v in variants} == {"pemasyarakatan"}


def test_himbau_spellings_analyse_to_imbau() -> None:
    assert analyze("menghimbau dihimbau himbau mengimbau") == ["imbau"] * 4


def test_spelling_repair_keeps_a_clitic() -> None:
    assert normalize_spelling("pengeledahannya") == ["penggeledahannya"]


def test_run_together_satops_patnal_is_split() -> None:
    assert content_terms("optimalisasi kegiatan Satopsatnalpas") == [
        "optimalisasi",
        "kegiatan",
        "satops",
        "patnal",
        "pas",
    ]


def test_analyze_drops_stopwords_and_keeps_counts() -> None:
    tokens = analyze(POPULATION)

    assert "dengan" not in tokens
    assert {"jumlah", "penghuni", "tahanan", "narapidana", "2.549", "orang"} <= set(tokens)


def test_slash_and_month_name_dates_share_a_key() -> None:
    assert "21/12" in analyze("Kamis (21/12)")
    assert "21/12" in analyze("per tanggal 21 Desember 2023")
    assert "4/12" in analyze("rapat internalisasi Senin (04/12).")


def test_numeric_date_with_year_yields_key_and_full_year() -> None:
    tokens = analyze("Lapas Kelas IIB Kalabahi, Senin, (13/2/23)")

    assert tokens[-3:] == ["13/2", "2023", DATE_MARKER]


def test_every_date_emits_the_date_marker() -> None:
    assert analyze("Rabu (20/12/2023)").count(DATE_MARKER) == 1
    assert DATE_MARKER not in analyze("Lapangan Upacara Lapas Kelas IIA Purwokerto")


def test_implausible_slash_numbers_are_kept_as_is() -> None:
    assert analyze("skor 45/99") == ["skor", "45/99"]


def test_normalize_for_match_ignores_hyphens_case_and_spacing() -> None:
    assert normalize_for_match("2.371 laki laki") == normalize_for_match("2.371  Laki-Laki")
    assert normalize_for_match("“Kapolres,”\n  ujarnya.") == "kapolres ujarnya"


def test_welding_is_of_las_not_of_kelas() -> None:
    # "pengelasan" would otherwise share "kelas" with every "Lapas Kelas IIA".
    assert stem("pengelasan") == stem("mengelas") == "las"
    assert stem("kelas") == "kelas"


def test_care_is_of_rawat_and_a_nurse_stays_a_nurse() -> None:
    # "menjalani perawatan selama dua hari" answers "berapa lama dia dirawat?"; Sastrawi
    # reads both "perawatan" and "perawat" as "awat".
    assert stem("perawatan") == stem("dirawat") == "rawat"
    assert stem("perawat") != stem("perawatan")
