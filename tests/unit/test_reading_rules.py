"""Question-side reading rules that generalise across articles (issue 11): several asked
quantities, compound questions, periods that name an event, region restrictions, and
English words that are not names."""

from __future__ import annotations

from datetime import date

import pytest

from rag.analysis import find_quantities
from rag.answer.how_many import _measure_kind, quantity_slots
from rag.answer.what import _asked_head
from rag.compound import split_compound
from rag.concepts import question_concepts
from rag.dates import parse_question_dates
from rag.glossary import translate_query
from rag.query import asked_measure, understand
from rag.records import Turn


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Berapa kapasitas Lapas Tabanan dan berapa penghuninya?", 2),
        ("How many inmates were proposed, out of how many inmates?", 2),
        ("How many mobile phones and chargers were seized in the raid?", 2),
        ("Berapa total penghuni lapas dan rutan di Bangka Belitung?", 1),
        ("How many inmates were there in Bangka Belitung?", 1),
        ("How many people was it holding, and what is its intended capacity?", 2),
    ],
)
def test_each_asked_quantity_is_one_part(question, parts):
    assert len(quantity_slots(question)) == parts


def test_two_counts_stay_one_question_for_the_composer():
    assert split_compound("How many voters were on the DPT and how many on the DPTb?") == [
        "How many voters were on the DPT and how many on the DPTb?"
    ]


@pytest.mark.parametrize(
    ("question", "second"),
    [
        ("Who signed the decree on amnesty, and on what date?", "on what date?"),
        ("Siapa instruktur pelatihan di Lapas Binjai, dan dari lembaga mana?", "dari lembaga mana?"),
        ("Siapa Kalapas Pati dan kapan apel digelar?", "kapan apel digelar?"),
    ],
)
def test_compound_questions_split_at_the_second_question(question, second):
    assert split_compound(question)[-1] == second


def test_a_question_and_the_detail_asked_after_its_mark_stay_one_question():
    # "kapan? jam brp?" asks one thing twice over; answered apart, the hour loses its act.
    assert split_compound("kapan sih 3 tahanan rutan baturaja kabur? jam brp?") == [
        "kapan sih 3 tahanan rutan baturaja kabur? jam brp?"]


def test_a_month_that_dates_an_election_is_not_an_open_period():
    # "before the November 2024 Pilkada" is its run-up, not every day before it.
    query = parse_question_dates("Which prisons held declarations before the November 2024 Pilkada?")
    assert query is not None and query.relation == "in"
    assert query.matches(date(2024, 11, 20)) and query.matches(date(2024, 10, 2))
    assert not query.matches(date(2024, 12, 1)) and not query.matches(date(2023, 11, 20))


def test_a_span_of_years_sets_no_period():
    assert parse_question_dates("Which prisons released inmates in 2024-2025?") is None
    assert parse_question_dates("Apa yang terjadi tahun 2023?").year == 2023


@pytest.mark.parametrize(
    ("question", "province"),
    [
        ("Which prisons in West Kalimantan held a neutrality declaration?", "Kalimantan Barat"),
        ("Lapas mana saja di Jawa Timur yang memberi remisi?", "Jawa Timur"),
        ("When did the North Maluku regional office recite the pledge?", "Maluku Utara"),
    ],
)
def test_a_province_in_the_question_restricts_and_leaves_the_concepts(question, province):
    frame = understand(question)
    assert province in frame.provinces and frame.region_phrases


def test_capitalised_english_words_are_not_searched_as_names():
    terms = translate_query("When did the Law Minister present the list to Commission III?")
    assert "law" not in terms and "minister" not in terms
    concepts = {c.label: c for c in question_concepts("Who heads Lapas Tual?", "en")}
    assert concepts["tual"].salient


def test_possessives_are_stripped_from_english_names():
    labels = [c.label for c in question_concepts("How many of Jakarta's detention centres?", "en")]
    assert "jakarta" in labels and "jakartas" not in labels


def test_class_words_are_not_part_of_a_name():
    concepts = question_concepts("Siapa Kalapas Kelas IIB Karangasem?", "id")
    names = [c.label for c in concepts if c.salient]
    assert names == ["karangasem"]


def test_time_of_day_questions_have_their_own_kind():
    assert understand("Pukul berapa apel itu dimulai?").kind == "time"
    assert understand("At what time did the roll call start?").kind == "time"


# --- counts: what a number counts, and which parts a question asks (this session) --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The unit stops at a verb, a demonstrative, an adverb or a stopword.
        ("Sebanyak dua orang diusulkan mendapat remisi.", [("dua", "orang")]),
        ("Jumlah DPT 1.400 orang itu sesuai data.", [("1.400", "orang")]),
        ("DPT semula 773 orang berkurang menjadi 653 orang.", [("773", "orang"), ("653", "orang")]),
        ("Petugas memilih 20 WBP secara acak.", [("20", "WBP")]),
        # Acronyms count; a number after TPS or Blok is a label; "salah satu" counts nothing.
        ("Disiapkan 56 TPS di TPS 902 dan Blok 3.", [("56", "TPS")]),
        ("Salah satu produk yang laris adalah tas.", []),
        # A four-digit number is a year unless it counts something.
        ("Jumlah penghuni 2030 orang pada tahun 2023.", [("2030", "orang")]),
        ("Warga binaan berjumlah 2.371 laki-laki dan 141 perempuan.",
         [("2.371", "laki laki"), ("141", "perempuan")]),
        # A count of part of a set counts what the part is.
        ("Ada 898 TPS. Lima di antaranya merupakan TPS Khusus.", [("898", "TPS"), ("Lima", "TPS")]),
        # A range of days is a date, its first day too: nothing is counted.
        ("Pelatihan berlangsung pada 5 – 9 April 2021 dan diikuti 8 orang.", [("8", "orang")]),
        ("Razia digelar 12-14 Desember.", []),
        ("Kegiatan dilaksanakan 3 hingga 6 Mei 2024.", []),
        ("The course ran from 1 to 3 June with 20 inmates.", [("20", "inmates")]),
        # A class's head count after its name is a count; the wheels of a vehicle are not.
        ("Yang lulus kelas iqra 17 orang dan kelas Alquran 15 orang.", [("17", "orang"), ("15", "orang")]),
        ("Ada 9 unit kendaraan roda empat dan 173 unit kendaraan roda dua.",
         [("9", "unit kendaraan roda empat"), ("173", "unit kendaraan roda dua")]),
        # A classifier leaves the noun after it its own words: mobile phones, not "telepon".
        ("Razia menghasilkan 129 unit telepon seluler dan 12 unit pengisi daya.",
         [("129", "unit telepon seluler"), ("12", "unit pengisi daya")]),
        ("Barang bukti berupa kendaraan roda empat dan roda dua.", []),
        # A clause number in brackets names a clause.
        ("Hak itu diamanatkan Pasal 28B Ayat (2) UUD 1945.", []),
        # A square unit is written whole.
        ("Kompleks lapas itu luasnya kurang lebih 3.780 m2.", [("3.780", "m2")]),
        # "ke-" and a number word before a noun is the whole of a set; after a noun, an ordinal.
        ("Pembinaan berhasil bila ketiga pilar pemasyarakatan memenuhi syarat.", [("tiga", "pilar pemasyarakatan")]),
        ("Pada tahap ketiga, petugas memeriksa kamar.", []),
        # "tidak ada satu pun": not a single one, no count of one.
        ("Ia menargetkan tidak ada satu pun anak binaan yang tertinggal.", []),
    ],
)
def test_counts_and_what_they_count(text, expected):
    from rag.analysis import find_quantities

    assert [(q.number, q.unit) for q in find_quantities(text)] == expected


def test_before_and_after_are_two_parts_and_the_last_predicate_is_shared():
    parts = quantity_slots("Berapa DPT narapidana sebelum dan sesudah pemutakhiran, dan berapa "
                           "yang diusulkan masuk DPTB?")
    assert len(parts) == 3 and "sebelum" in parts[0] and "sesudah" in parts[1]
    shared = quantity_slots("Berapa WBP dan berapa pegawai yang dites urine secara acak?")
    assert shared[0].endswith("yang dites urine secara acak?")


def test_a_bare_how_many_after_a_which_is_not_a_question_of_its_own():
    question = "Di antara lapas itu, mana yang penghuninya paling banyak, dan berapa orang?"
    assert split_compound(question) == [question]


def test_one_part_per_named_place_when_asked_for_each():
    from rag.answer.how_many import _distributed

    texts, places = _distributed("How many voters were on the list at each station, TPS 901 "
                                 "and TPS 902?")
    assert places == ["TPS 901", "TPS 902"]
    assert "TPS 902" not in texts[0] and "TPS 901" not in texts[1]
    assert _distributed("How many inmates in Lapas Langsa, TPS 901?") is None


def test_numbers_the_question_states_are_known_not_asked():
    from rag.answer.how_many import question_numbers

    assert question_numbers("How many got amnesty under the decree that freed two inmates on "
                            "1 August 2025?") == {2.0}
    assert question_numbers("Berapa DPT di TPS 901?") == {901.0}
    # "a single shift" is what the question counts in: one shift is known, not asked.
    assert question_numbers("And how many officers guard them during a single shift?") == {1.0}
    assert 1.0 not in question_numbers("How many of the inmates were freed, one of them a foreigner?")


def test_a_head_count_is_asked_even_where_money_is_named():
    # "anggaran ... cukup untuk berapa orang": people, not an amount of money.
    assert asked_measure("Anggaran rehabilitasi narkoba cuma cukup untuk berapa orang?") is None
    assert asked_measure("How many people could the rehabilitation budget cover?") is None
    assert asked_measure("Berapa anggaran rehabilitasi narkoba tahun ini?") == "money"


def test_a_hyphened_phrase_with_a_number_is_its_words():
    from rag.glossary import plain_english

    assert "first 100 days" in plain_english("Was the block one of his first-100-days targets?")
    assert "COVID-19" in plain_english("Were the inmates tested for COVID-19?")


def test_a_counted_set_is_an_enumeration_and_officers_told_is_not_who():
    assert understand("What were the ten instructions given at the roll call?", []).kind == "items"
    assert understand("What are officers told to do with visitors' gifts?", []).kind == "what"
    assert understand("How long did the two inmates plan their escape?", []).kind == "how_many"
    assert understand("What was the capacity of Rutan Jeneponto?", []).kind == "how_many"


def test_asking_for_several_holders_of_a_post_is_a_people_question():
    assert understand("Sebutkan dua Kalapas Bandarlampung yang disebut.", []).kind == "people"
    assert understand("Sebutkan semua UPT yang ikut apel siaga.", []).kind == "list"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # A leading scene-setting clause does not decide the type.
        ("When the Kakanwil toured the prison, what did he say about the wire?", "what"),
        ("Waktu Lapas Rajabasa memperbarui data, berapa napi yang dicoret?", "how_many"),
        ("When did the prison hold its pledge?", "when"),
        # "Which <person noun>" asks who; places asked with "mana saja" are where.
        ("Which medic at Tabanan prison explained the HIV test?", "who"),
        ("Which Banten police officer described the arrest?", "who"),
        ("Hasil kerajinan napi dijual ke daerah mana saja?", "where"),
        ("Lapas mana saja di Sumatera Selatan yang ada beritanya?", "list"),
        # Chat Indonesian: "apa aja" is "apa saja".
        ("Terus syaratnya apa aja biar napi dapat remisi?", "items"),
        ("Razia itu dibagi jadi dua metode. Apa aja?", "items"),
        # A scene-setting clause before a yes/no or an in-situ question word.
        ("When the head cast his ballot at the TPS, could he vote for the DPR too?", "yesno"),
        ("Waktu Kakanwil datang, kalapas yang menemani dia siapa namanya?", "who"),
        # "At the final, did ...?": a yes/no after a leading phrase; a song "written by" an
        # inmate asks about the song, not the article's author.
        ("At the final of the music festival, did the band play a song written by an inmate?", "yesno"),
        ("Was the article written by Budi?", "author"),
        # "What does the official think is behind the rise?": a cause.
        ("What does the Kerobokan prison official think is behind the rise in foreign inmates?", "why"),
        ("What is behind the rise in inmates?", "why"),
        # A modal with "-kah" asks whether.
        ("Bisakah genset lapas menyala seharian?", "yesno"),
        ("Bolehkah keluarga membawa makanan saat besuk?", "yesno"),
        # "jumlah ... kapan?": the count is the scene, the date is asked; so is a reason
        # asked after whose view it is.
        ("Kabapas nyampein data jumlah anak yg didampingi itu kapan ya?", "when"),
        ("Trus menurut dia kenapa operasinya dilakuin malam-malam?", "why"),
        ("On whose instructions was the raid held?", "who"),
        # People after a preposition are not the head asked; a university is a place; a
        # law's articles are no news articles.
        ("Which services for inmates must be guaranteed?", "items"),
        ("At which university is the deputy minister a professor?", "where"),
        ("Under which articles of the Narcotics Law were they charged?", "what"),
        ("Which articles report the pledge?", "list"),
    ],
)
def test_the_question_type_comes_from_the_question_asked(question, kind):
    assert understand(question, []).kind == kind


def test_chat_buat_before_a_noun_or_verb_is_for_and_after_a_modal_stays():
    from rag.query import standard_words

    assert standard_words("Lapas itu diperuntukkan buat napi jenis apa?") == "Lapas itu diperuntukkan untuk napi jenis apa?"
    assert standard_words("gedungnya mau dipakai buat apa?") == "gedungnya mau dipakai untuk apa?"
    assert standard_words("Buat apa diadakan razia?") == "Buat apa diadakan razia?"
    assert "mau buat" in standard_words("napi mau buat kerajinan apa?")


def test_chat_verbs_in_ein_and_ngapain_after_a_request():
    from rag.query import standard_words

    # "nyampein": a root in "ai" said with "e" ("sampai" → "menyampaikan").
    assert "menyampaikan" in standard_words("Kabapas nyampein data itu kapan?")
    # After a request "ngapain" asks what was to be done; alone it asks why.
    assert "menyuruh jajarannya melakukan apa" in standard_words("dia nyuruh jajarannya ngapain?")
    assert standard_words("ngapain napi itu kabur?").startswith("mengapa")


def test_an_english_compass_regency_is_the_gazetteers_name():
    from rag.glossary import translate_query

    assert "lombok tengah" in translate_query("Which room did the Central Lombok LPKA use?")
    assert "kotawaringin barat" in translate_query("the prison in West Kotawaringin")
    assert "jawa tengah" in translate_query("Which prison in Central Java?")  # a province stays the glossary's


def test_the_document_number_asked_is_of_the_kind_of_document_named():
    from rag.answer.labels import _instrument_asked, _instrument_before

    text = "dasar hukum Undang-Undang Nomor 12 Tahun 1995, serta Surat Keputusan Kemenkumham RI Nomor PAS-626 Tahun 2022"
    assert _instrument_asked("mengacu pada SK Kemenkumham nomor berapa?") == "keputusan"
    assert _instrument_before(text, text.index("Nomor 12")) == "undang-undang"
    assert _instrument_before(text, text.index("Nomor PAS")) == "keputusan"


def test_a_phrasal_verb_parted_by_its_pronoun_is_the_phrase():
    from rag.glossary import plain_english

    assert plain_english("And who swore him in?") == "And who swore in?"
    assert plain_english("Who handed them over to the police?") == "Who handed over to the police?"
    # "put him in the cell": a place, not a phrasal verb.
    assert plain_english("Who put him in the cell?") == "Who put him in the cell?"


def test_chat_words_become_standard_words():
    from rag.query import standard_words

    assert standard_words("Kapan sih apel siaga Lapas Tual?") == "Kapan apel siaga Lapas Tual?"
    assert standard_words("Syaratnya apa aja biar napi dapat remisi?") == (
        "Syaratnya apa saja agar napi dapat remisi?"
    )
    assert standard_words("What is the deal with the gak?") == "What is the deal with the gak?"
    # Chat spellings a follow-up is made of: "trus", "org" (they counted as words no article has).
    assert standard_words("Trus yg skrg msh dicari brp org?") == "lalu yang sekarang masih dicari berapa orang?"
    # "17-an" is the 17 August holiday; a leading "kok" asks why.
    assert standard_words("Siapa yg nyerahin SK remisi 17-an?") == (
        "Siapa yang menyerahkan SK remisi kemerdekaan?"
    )
    assert understand("Kok DPT napi bisa turun dari 773 jadi 653?", []).kind == "why"
    # "Emang ... ?" asks whether; "cuma" is "hanya"; "abis" is "setelah".
    assert standard_words("Emang cuma dijual di OKU Timur aja?") == "Apakah hanya dijual di OKU Timur saja?"
    # "ditaruh" is where inmates were placed ("ditempatkan", the reports' word).
    assert standard_words("brp org yg ditaruh di lapas karanganyar?") == (
        "berapa orang yang ditempatkan di lapas karanganyar?"
    )
    assert standard_words("Abis kabur ditangkap di mana?").startswith("setelah kabur")
    # "nge-" is "meng-" before the root; a lowercase "pas" before what dates it is "saat".
    assert standard_words("Mereka ngehuni blok mana?") == "Mereka menghuni blok mana?"
    assert standard_words("Siapa yang mencoblos pas Pemilu 2024?") == "Siapa yang mencoblos saat Pemilu 2024?"
    assert understand("Tahanan itu menghuni blok dan kamar mana?", []).kind == "where"
    assert understand("Napi Lapas Sumedang itu ditangkap di mana aja?", []).kind == "where"
    assert understand("Lapas mana saja yang menggelar ikrar?", []).kind == "list"
    assert standard_words("Kayak napi Lapas Malang?") == "seperti napi Lapas Malang?"
    assert understand("What place did he suggest when he visited the prison?", []).kind != "when"
    assert understand("When did the roll call take place?", []).kind == "when"


@pytest.mark.parametrize(("question", "kind"), [
    ("Kalapas yang main futsal lawan wartawan itu siapa?", "who"),
    ("Wartawannya siapa?", "author"),
    ("Siapa wartawan yang menulis berita ini?", "author"),
])
def test_journalists_in_the_scene_are_not_a_question_about_the_writer(question, kind):
    assert understand(question, []).kind == kind


def test_the_thing_a_what_question_asks_for():
    from rag.answer.evidence import asked_thing

    assert asked_thing("Terus syaratnya apa saja agar napi dapat remisi?") == "syarat"
    assert asked_thing("What materials do the inmates recycle?") == "materials"
    # A copula and article may stand between the question word and the thing.
    assert asked_thing("What was the sanction for inmates caught with phones?") == "sanction"
    assert asked_thing("Apa yang terjadi di Lapas Tual?") is None
    assert asked_thing("What did the head urge his staff to do?") is None
    # "isi" (content) is of something else: the ordinal decides, not the word "isi".
    assert asked_thing("Apa isi butir keempat ikrar itu?") is None


def test_occasions_named_in_a_question():
    from rag.answer.premise import occasions

    assert occasions("Berapa napi yang dapat remisi Nyepi?") == {"Nyepi"}
    assert occasions("64 Warga Binaan Diusulkan Terima Remisi Idul Fitri") == {"Idul Fitri"}
    assert occasions("Christmas remission in Central Java") == {"Natal"}
    assert occasions("HUT ke-80 RI") == {"Kemerdekaan"}
    assert occasions("Razia kamar hunian") == frozenset()


def test_venues_after_a_locative_word_and_of_everyday_places():
    from rag.spans import PLACE

    def venues(text):
        return [m.group(1) for m in PLACE.finditer(text)]

    assert venues("Napi pertama diringkus di asrama PN tidak jauh dari lapas.") == ["asrama PN"]
    assert venues("Satu lagi ditangkap di sekitar Gedung Golkar, 5 km dari lapas.") == ["sekitar Gedung Golkar"]
    assert venues("Deklarasi di halaman Rutan Pontianak itu dihadiri Karutan.") == ["halaman Rutan Pontianak"]


def test_a_unit_named_two_ways_gives_both_places():
    from rag.upt import other_names

    assert other_names("Rumah Tahanan Negara (Rutan) Kelas I Jakarta Pusat atau Rutan Salemba "
                       "kebobolan.") == [("Jakarta Pusat", "Salemba")]
    assert other_names("Lapas Kelas I Bandarlampung, yang juga dikenal sebagai Lapas Rajabasa, "
                       "memperketat") == [("Bandarlampung", "Rajabasa")]
    # Two units side by side are two units.
    assert other_names("Lapas Sumbawa dan Lapas Bima menggelar apel") == []
    assert other_names("Lapas Cipinang atau Rutan Salemba") == []


def test_english_ordinals_and_base_forms_reach_the_glossary():
    from rag.glossary import analyze_query

    assert "ke-79" in analyze_query("the 79th Independence Day", "en")
    # "escapees" is written in the glossary; its base form finds the same words.
    assert set(analyze_query("escapee", "en")) == set(analyze_query("escapees", "en"))


def test_a_province_after_a_town_places_it_and_does_not_restrict():
    from rag.query import region_restriction

    assert region_restriction("When was A caught in Kendal, Central Java?")[0] == frozenset()
    assert region_restriction("Which prisons in Central Java held a pledge?")[0] == {"Jawa Tengah"}
    assert region_restriction(
        "Which prisons in Central Java, and who arrested A in Kendal, Central Java?")[0] == {"Jawa Tengah"}


def test_a_relative_who_does_not_make_a_who_question():
    from rag.query import explicit_kind

    assert explicit_kind("Of the inmates who voted, how many were on the DPTb?", "en") == "how_many"
    assert explicit_kind("Who led the raid?", "en") == "who"
    assert explicit_kind("Name the inmates who escaped.", "en") == "who"


@pytest.mark.parametrize(
    ("chat", "standard"),
    [("kawat itu disaranin diganti", "kawat itu disarankan diganti"),
     ("lapas yang ngadain apel", "lapas yang mengadakan apel"),
     ("yang nyambut dia", "yang menyambut dia"),
     ("napi yang nyoblos", "napi yang mencoblos"),
     # "-in" on a root said with "e" for its last "a": "dateng" + "in" is "datangkan/datangi".
     ("lapas yang dia datengin", "lapas yang dia datangkan"),
     ("Pas Kakanwil datang, siapa kalapasnya?", "Saat Kakanwil datang, siapa kalapasnya?"),
     # Standard words and names are left alone.
     ("napi yang ingin bebas dari Lapas Cipinang", "napi yang ingin bebas dari Lapas Cipinang")],
)
def test_chat_verb_forms_are_read_in_standard_words(chat, standard):
    from rag.query import standard_words

    assert standard_words(chat) == standard


def test_christmas_new_year_and_feasts_with_their_years_are_periods():
    from datetime import date

    both = parse_question_dates("apel siaga Natal 2025 dan Tahun Baru 2026")
    assert (both.start, both.end) == (date(2025, 12, 1), date(2026, 1, 15))
    christmas = parse_question_dates("remisi Natal 2023")
    assert (christmas.start, christmas.end) == (date(2023, 12, 1), date(2023, 12, 31))
    # A feast named with its year is that year; an election's year names the election,
    # whose pledges come the year before.
    feast = parse_question_dates("Siapa Kakanwil Jatim yang menyampaikan data remisi Lebaran 2024?")
    assert (feast.start, feast.end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert parse_question_dates("remisi Idul Fitri 1445 H") is None
    assert parse_question_dates("ikrar netralitas Pemilu 2024") is None


def test_a_setting_clause_is_told_apart_from_what_is_counted():
    from rag.answer.how_many import _setting_labels

    setting = _setting_labels("On the day the remand centre handed out its remissions, how many people was it holding?")
    assert "remissions" in setting and "holding" not in setting
    assert _setting_labels("Berapa napi yang dapat remisi?") == ""


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Who was appointed acting head after Agung Nurbani was removed?", True),
        ("Siapa pengganti Agung Nurbani?", True),
        ("Who is Agung Nurbani?", False),
        ("Siapa Agung Nurbani itu?", False),
        ("Apa jabatan Agung Nurbani?", False),
        ("Who heads Rutan Salemba?", False),
    ],
)
def test_a_person_the_question_names_as_someone_else(question, named):
    from rag.answer.who import named_by_question
    from rag.people import PersonMention

    person = PersonMention(start=0, end=13, name="Agung Nurbani", full="Agung Nurbani",
                           post="Kepala Rutan", post_kind="head_upt", upt_kind="rutan",
                           org="Rutan Kelas I Jakarta Pusat", role_start=0, role_end=0, rank="", duties=())
    assert named_by_question(question, person) is named


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Emang umurnya brp sih napi itu?", "how_many"),
        ("Emang skrining HIV cuma dikerjain tenaga medis lapas?", "yesno"),
        ("Emang napi bisa ngajuin amnesti sendiri? Kayak dua napi itu gimana?", "yesno"),
        ("What share of inmates had been put on the voter lists?", "how_many"),
        ("How old was the recaptured inmate?", "how_many"),
    ],
)
def test_a_stressing_emang_and_a_share_are_read_for_what_they_ask(question, kind):
    assert understand(question, []).kind == kind


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Dijual berapa harganya per buah?", "money"),
        ("What share of inmates were registered?", "share"),
        ("Umurnya berapa napi itu?", "age"),
        ("Berapa napi yang kabur?", None),
        # A price per kilo and takings in chat; a fuel named "premium" is no bonus paid.
        ("gabahnya dijual berapa sekilo?", "money"),
        ("potensi duitnya berapa?", "money"),
        ("BBM premium yg disimpan ada berapa drum?", None),
    ],
)
def test_the_kind_of_amount_a_question_asks(question, measure):
    from rag.query import asked_measure

    assert asked_measure(question) == measure


# ----------------------------------------------------------- batches 28-29 (unseen reports)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # "nama-nama <role>" asks for people; "nama-nama lapas" does not.
        ("Sebutin dong nama-nama instruktur yang ngajarin ngelas napi di Lapas Probolinggo", "people"),
        ("What are the names of the instructors of the course?", "people"),
        ("names of the prisons in Bali", "what"),
        # A chat yes/no question ends in its "no"; one with a question word is not one.
        ("Napinya diajarin las karbit juga gak?", "yesno"),
        ("Yang ikut berapa orang, gak?", "how_many"),
        ("Between which dates did the welding training run?", "when"),
        ("Which partner brought in the material for the course?", "who"),
        # Fourteenth session (reports of batches 54-57): things named in the plural are
        # enumerated; "the inmate who died" only says which inmate.
        ("Which diseases did the check find in the inmate who died at Bontang prison?", "items"),
        ("Sebutkan lembaga-lembaga pendidikan yang diajak kerja sama LPKA Blitar.", "items"),
        ("What causes the overcrowding at Rutan Kolaka?", "what"),
        ("Which prisons held a pledge in December?", "list"),
        # A manner or means is a "what"; "bagaimana dengan ..." asks nothing of its own.
        ("How did the seven inmates get out of Binjai prison?", "what"),
        ("Gimana cara napi itu kabur?", "what"),
        # Helpers are most often agencies: the sentence that names them answers.
        ("Yang bantuin mindahin napi Lapas Rangkasbitung siapa aja?", "what"),
    ],
)
def test_question_kinds_of_unseen_reports(question, kind):
    assert understand(question, []).kind == kind


def test_several_agencies_are_not_one_who():
    assert understand("Which agencies took part in the joint raid?", []).kind != "who"


def test_a_length_written_as_one_word_is_a_number_and_a_unit():
    from rag.glossary import plain_english

    assert plain_english("the 30-day welding course") == "the 30 day welding course"
    assert plain_english("a two-week-long stay") == "a two week stay"
    # "What day of the week" asks for a weekday, not for a "minggu" the report must state.
    assert "week" not in plain_english("What day of the week was the roll call?")


def test_a_number_glued_to_letters_is_no_count():
    from rag.analysis import find_quantities

    counts = [q.number for q in find_quantities("Liputan6.com, Cirebon - tersimpan tujuh unit mobil mewah")]
    assert counts == ["tujuh"]
    assert [q.number for q in find_quantities("Harganya Rp500.000 per unit")] == ["500.000"]
    # "Klas 1" names a class, like "Kelas 1".
    assert find_quantities("Rupbasan Klas 1 Cirebon menyimpan barang") == []


def test_a_balinese_title_of_birth_opens_a_name():
    from rag.people import find_people

    people = find_people("Kunjungan Kepala Divisi Pemasyarakatan Kanwil Kemenkumham Sumatera Utara, "
                         "Anak Agung Gde Krisna, pada Kamis.")
    assert [(p.name, p.post_kind) for p in people] == [("Anak Agung Gde Krisna", "head_division")]
    assert find_people("Sebanyak 32 Anak Binaan LPKA Ternate ikut pelatihan.") == []


def test_the_holders_a_list_names_after_a_post():
    from rag.people import find_people

    people = find_people("Materi diberikan oleh tiga instruktur dari Balai Latihan Kerja (BLK) milik "
                         "Disnaker Kota Probolinggo, masing-masing Choirul Soleh, Susianto, dan Endik.")
    assert [(p.name, p.post) for p in people] == [
        ("Choirul Soleh", "instruktur"), ("Susianto", "instruktur"), ("Endik", "instruktur")]
    # An office's acronym after a post is no person.
    assert find_people("Tidak hanya mengirim pelatih, Disnaker juga menyerahkan peralatan las.") == []
    # Two posts with their own holders stay apart.
    people = find_people("Kalapas Budi Santoso dan Kasubsi Ahmad hadir.")
    assert [(p.name, p.post) for p in people] == [("Budi Santoso", "Kalapas"), ("Ahmad", "Kasubsi")]


@pytest.mark.parametrize(
    ("between", "span"),
    [(" sampai ", True), (" dan dijadwalkan rampung ", True), (", dan berakhir pada ", True),
     (" dan ", False), (", lalu pada ", False)],
)
def test_what_joins_the_two_dates_of_a_span(between, span):
    from rag.answer.when import _SPAN_JOIN

    assert bool(_SPAN_JOIN.match(between)) is span


def test_a_bound_is_told_from_an_exact_count():
    from rag.analysis import find_quantities
    from rag.answer.how_many import _approximate

    text = "Lapas mengajukan lebih dari 300 penghuni, pada 2022 mengusulkan 310 orang."
    bound, exact = find_quantities(text)
    assert _approximate(text, bound) and not _approximate(text, exact)


def test_not_only_is_no_denial():
    from rag.answer.yesno import _NEGATION, _RESTRICTS

    assert not _NEGATION.search("Tidak hanya mengirim pelatih, Disnaker juga menyerahkan peralatan.")
    assert not _RESTRICTS.search("It not only sent trainers but also tools.")
    assert _NEGATION.search("Las karbit belum masuk materi.")


@pytest.mark.parametrize(
    ("text", "units"),
    [("ke Lembaga Pemasyarakatan High Risk Karanganyar di Pulau Nusakambangan", ["Lapas High Risk Karanganyar"]),
     ("Lapas Super Maximum Security Karanganyar", ["Lapas Super Maximum Security Karanganyar"]),
     ("Lapas Terbuka Kendal", ["Lapas Terbuka Kendal"]),
     ("Lapas Narkotika Kelas IIA Jakarta", ["Lapas Narkotika Kelas IIA Jakarta"])],
)
def test_a_units_kind_between_its_name_and_its_place(text, units):
    from rag.upt import find_upts, upt_place

    assert find_upts(text) == units
    assert upt_place(units[0]) in text


def test_a_measure_in_a_headline_keeps_its_unit():
    from rag.analysis import find_quantities

    found = find_quantities("Penghuni Tembus 166 Orang, Rutan Gianyar Kelebihan Kapasitas 300 Persen")
    assert [(q.number, q.unit) for q in found] == [("166", ""), ("300", "Persen")]


@pytest.mark.parametrize(
    ("question", "measure"),
    [("Berapa berat sabu yang disita?", "weight"), ("Berapa gram sabu yang disembunyikan?", "weight"),
     ("How many grams of meth were found?", "weight"), ("Berapa napi yang bebas?", None)],
)
def test_a_weight_is_asked(question, measure):
    from rag.query import asked_measure

    assert asked_measure(question) == measure


def test_a_share_said_as_a_bound_is_still_the_share():
    from rag.analysis import find_quantities
    from rag.answer.how_many import _approximate

    text = "WBP yang masuk DPT lebih dari 94,7 persen, dan sekitar 300 penghuni hadir."
    share, count = find_quantities(text)
    assert not _approximate(text, share) and _approximate(text, count)


@pytest.mark.parametrize(
    ("question", "kind"),
    [("In which urban village is the prison's rice field?", "where"),
     ("Di kelurahan mana sawah itu berada?", "where"),
     ("Terus pengawas ujiannya dari mana aja?", "where"),
     ("Where did the money for the training come from?", "what"),
     ("My nephew already got diversion once. If he offends again, can the Bapas give it again?", "yesno"),
     ("Emang napi bisa mengajukan amnesti sendiri? Kayak dua napi itu gimana?", "yesno"),
     ("Who signed Presidential Decree (Keppres) No. 17 of 2025?", "who")],
)
def test_the_kind_comes_from_the_asking_sentence(question, kind):
    assert understand(question, []).kind == kind


@pytest.mark.parametrize(
    ("chat", "standard"),
    [("Lapas Cikarang nerima predikat WBK di kota mana?", "menerima"),
     ("Napi nanya soal remisi?", "menanya"),
     ("Siapa yang ikut bersih2 taman?", "bersih-bersih")],
)
def test_chat_forms_become_standard_words(chat, standard):
    assert standard in understand(chat, []).question


def test_words_around_a_dropped_phrase_are_two_names():
    labels = [c.label for c in question_concepts("What is 'Si Rusiya' at the Surabaya Rupbasan?", "en")]
    assert "si rusiya" in labels and "surabaya" in labels


@pytest.mark.parametrize(
    ("question", "measure"),
    [("Berapa nilai akhir atau skor penilaian Lapas Cikarang?", "score"),
     ("How many points did the roll call leader convey?", None),
     ("Berapa nilai kerugian negara?", "money")],
)
def test_a_score_is_a_measure_of_its_own(question, measure):
    from rag.query import asked_measure

    assert asked_measure(question) == measure


@pytest.mark.parametrize(
    ("question", "provinces"),
    [("Jam berapa napi terpidana mati asal Aceh yang ditahan di Nusakambangan itu meninggal?", set()),
     ("Berapa napi di Aceh yang dapat remisi?", {"Aceh"})],
)
def test_where_a_person_comes_from_does_not_restrict_the_region(question, provinces):
    from rag.query import region_restriction

    assert set(region_restriction(question)[0]) == provinces


@pytest.mark.parametrize(
    "text",
    ["Remisi khusus Idul Fitri 1445 Hijriah diterima oleh 2.865 warga binaan.",
     "Pada Idul Fitri 1446 H sebanyak 2.865 warga binaan mendapat remisi.",
     "Saat Idul Fitri 1445 tercatat 2.865 warga binaan menerima remisi."],
)
def test_a_hijri_year_counts_nothing(text):
    assert [(q.number, q.unit) for q in find_quantities(text)] == [("2.865", "warga binaan")]


#: "Remisi satu bulan diterima 39 orang, ..., empat bulan 154 orang": a breakdown whose
#: amounts stand before their counts, in words (our wording of a report's table).
BREAKDOWN = ("Remisi satu bulan diterima 39 orang, dua bulan 120 orang, empat bulan 154 orang, "
             "serta enam bulan tiga orang.")


@pytest.mark.parametrize("question", [
    "Berapa napi yang dapat potongan empat bulan?",
    "How many inmates got a four-month cut?",
    "How many got 4 months off?",
])
def test_an_amount_given_in_words_or_digits_names_its_item_before_or_after_the_count(question):
    from rag.answer.how_many import _given_amounts, _names_item

    given = _given_amounts(question)
    named = [q.number for q in find_quantities(BREAKDOWN) if _names_item(BREAKDOWN, q, given)]
    assert named == ["154"]


def _count_words(text: str) -> dict[str, frozenset[str]]:
    """The words ``quantity_contexts`` reads as saying what each count of ``text`` counts."""
    from rag.analysis import Sentence
    from rag.answer.evidence import ScoredSentence
    from rag.answer.how_many import quantity_contexts

    sentence = Sentence("d", 0, len(text), text, frozenset(), quantities=tuple(find_quantities(text)))
    return {q.number: words for q, _, _, words, _ in quantity_contexts(ScoredSentence(sentence, None, 0.0, 0.0))}


def test_items_of_a_breakdown_keep_their_own_words():
    # Our wording of a Bandung regency report: the home-assimilation words are the 31's.
    words = _count_words("Dari 32 WBP itu sebanyak 31 orang keluar lewat program asimilasi rumah, "
                         "sementara satu orang lainnya bebas melalui PB.")
    assert "asimilasi" in words["31"] and "asimilasi" not in words["satu"]


def test_a_part_shares_the_words_of_its_whole_and_a_total_those_of_its_items():
    words = _count_words("Dari total 305 warga binaan di Rutan Ponorogo, 188 orang diusulkan mendapat remisi.")
    assert "ponorogo" in words["188"]
    words = _count_words("Ada lima TPS yang masing-masing dilayani sembilan petugas KPPS, sehingga totalnya 45 orang.")
    assert "kpps" in words["45"]


@pytest.mark.parametrize(("question", "whole"), [
    ("Of the 32 inmates let out of Jelekong prison, how many left through home assimilation?", 32),
    ("Dari 15 napi yang kabur dari Lapas Nabire, berapa yang sudah tertangkap lagi?", 15),
    ("How many of the 103 screened tested positive?", 103),
    ("Berapa napi yang kabur dari Lapas Nabire?", None),
])
def test_a_whole_the_question_states_first_bounds_the_count(question, whole):
    from rag.answer.how_many import _whole_asked_of

    assert _whole_asked_of(question) == whole


def test_bagaimana_dengan_leans_on_the_turn_before():
    from rag.query import explicit_kind

    assert explicit_kind("Bagaimana dengan Rutan Blora?", "id") is None
    assert explicit_kind("And how about Rutan Blora?", "en") is None


@pytest.mark.parametrize(
    ("previous_answer", "followup", "expected"),
    [
        # "di situ" / "there" is the one unit the previous answer named.
        ("Lapas Kelas IIB Polewali.", "Trus brp orang yg dapet remisi di situ?", "di Lapas Kelas IIB Polewali"),
        ("The Polewali prison (Lapas Kelas IIB Polewali).", "And how many got it there?", "at Lapas Kelas IIB Polewali"),
        # Existential "there", a unit of the question's own, or two units: nothing to resolve.
        ("Lapas Nabire.", "And how many inmates are there?", "are there"),
        ("Lapas Nabire.", "Berapa napi di situ dan di Rutan Serui?", "di situ"),
        ("Lapas Nabire dan Lapas Serui.", "Berapa napi di situ?", "di situ"),
    ],
)
def test_a_followup_place_pronoun_is_the_unit_the_previous_answer_named(previous_answer, followup, expected):
    from rag.records import Turn

    assert expected in understand(followup, [Turn("Unit mana?", previous_answer)]).question


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # "seorang" counts one person beside other counts, and is only "a" on its own.
        ("Sebanyak 30 tahanan, 29 di antaranya laki-laki dan seorang perempuan.", ["30", "29", "seorang"]),
        ("Petugas kesehatan menyuntikkan vaksin kepada seorang warga binaan di aula.", []),
        # "Magnitudo 6,7" is a number; that it counts no one is the reader's business.
        ("Gempa berkekuatan Magnitudo 6,7 mengguncang Banten.", ["6,7"]),
    ],
)
def test_which_words_are_counts(sentence, counts):
    assert [q.number for q in find_quantities(sentence)] == counts


def test_a_part_of_the_question_opens_with_its_own_words_after_a_break():
    # "..., lalu sekarang diisi berapa?": "diisi" is the second part's, not the first's.
    first, second = quantity_slots("Rutan Kolaka muat berapa orang, lalu sekarang diisi berapa?")
    assert "diisi" in second and "diisi" not in first
    # ", out of how many inmates?": function words alone go with the question word.
    assert quantity_slots("How many were proposed, out of how many inmates?")[1] == "how many inmates?"


def test_words_running_on_to_the_next_count_are_that_counts():
    words = _count_words("Kamar kecil yang idealnya untuk tiga orang kini diisi sembilan orang.")
    assert "isi" in words["sembilan"] and "isi" not in words["tiga"]
    words = _count_words("Dari 567 penerima, 564 orang mendapat Remisi Khusus (RK) I berupa pengurangan masa "
                         "pidana, sedangkan 3 orang memperoleh RK II yang berarti langsung bebas.")
    assert "kurang" in words["564"] and "bebas" in words["3"] and "bebas" not in words["564"]


def test_a_number_glued_to_a_word_names_it():
    assert "19" not in _count_words("Sebanyak 98 warga binaan gagal disuntik vaksin Covid-19 tahap satu.")


def test_an_english_plural_in_es_is_its_singular():
    from rag.glossary import english_terms

    assert english_terms("packages")[0] == "paket" and english_terms("boxes") == english_terms("box")


def test_an_item_of_a_breakdown_is_read_to_its_clause_break():
    # Our wording of an ANTARA report: Karanganyar is the thirty's unit, not the ten's.
    words = _count_words("Tiga puluh orang di antaranya masuk ke Lembaga Pemasyarakatan (Lapas) Kelas IIA "
                         "Karanganyar yang berpengamanan super maksimum, sepuluh orang dikirim ke Lapas "
                         "Kelas IIA Besi.")
    assert "karanganyar" in words["Tiga puluh"] and "karanganyar" not in words["sepuluh"]


def test_a_post_holder_asked_beside_attendance_is_a_who_question():
    from rag.query import explicit_kind

    assert explicit_kind("Siapa wakil wali kota Bitung yang menghadiri penyerahan remisi?", "id") == "who"
    assert explicit_kind("Siapa yang menghadiri acara itu?", "id") == "what"


def test_a_numbered_category_is_found_in_full_or_by_its_initials():
    from rag.answer.how_many import _numbered_category

    category = _numbered_category("Berapa warga binaan Lapas Bitung yang menerima Remisi Dasawarsa I?")
    assert category.search("penerima RD I berjumlah 262 orang")
    assert not category.search("8 orang mendapat RD II") and not category.search("240 WBP menerima RU I")
    assert _numbered_category("Berapa napi Rutan Kelas II Salemba yang dapat remisi?") is None


def test_a_count_before_a_preposition_and_another_count_keeps_its_verb():
    words = _count_words("Dalam waktu dekat sepuluh orang akan dipindahkan ke dua tempat tersebut.")
    assert "pindah" in words["sepuluh"]


@pytest.mark.parametrize(("question", "kind"), [
    ("Tanggal dan jam berapa SK itu diserahkan?", "when"),
    ("Jam berapa SK itu diserahkan?", "time"),
    ("Ada gak napi yang positif narkoba?", "yesno"),
    ("Siapa wakil wali kota Bitung yang menghadiri penyerahan remisi?", "who"),
    ("Napi Rutan Putussibau yang asimilasi itu kerjanya di lokasi mana saja?", "where"),
    ("Lapas mana saja yang menggelar ikrar netralitas?", "list"),
    ("Remisi dasawarsa itu dikasih tiap tahun ya?", "yesno"),
    ("Siapa kalapasnya ya?", "who"),
])
def test_question_kinds_read_from_chat_wording(question, kind):
    from rag.query import explicit_kind

    assert explicit_kind(question, "id") == kind


def test_a_deputys_office_is_not_a_stand_in():
    from rag.answer.who import _ASKS_REPRESENTATIVE

    assert not _ASKS_REPRESENTATIVE.search("Siapa wakil wali kota Bitung?")
    assert _ASKS_REPRESENTATIVE.search("Kapolres diwakili siapa?") and _ASKS_REPRESENTATIVE.search("Siapa wakilnya?")


def test_a_town_typed_in_lower_case_after_a_unit_word_names():
    salient = {c.label: c.salient for c in question_concepts("pelatihan di lapas kupang materinya apa?", "id")}
    assert salient["kupang"] and not salient["pelatihan"]


def test_where_a_thing_lies_what_a_name_stands_for_and_a_time_the_prose_gives():
    from rag.answer.what import _EXPANSION
    from rag.answer.where import _LOCATED

    located = _LOCATED.search("lahan 24 hektare yang terletak di belakang lapas dimanfaatkan warga binaan")
    assert located.group("place").strip() == "belakang lapas"
    assert _EXPANSION.search("Nama itu merupakan singkatan dari Karya Narapidana, yakni roti").group("full") == (
        "Karya Narapidana")


def test_a_region_an_event_concerns_is_only_a_region():
    from rag.answer.where import _only_region

    assert _only_region("Wilayah Jawa Timur") and _only_region("Jawa Timur")
    assert not _only_region("Hotel Atria Malang")


def test_how_often_is_compared_in_days():
    from rag.answer.yesno import _FREQUENCY, _rate_days

    def days(text):
        return _rate_days(_FREQUENCY.search(text))

    assert days("dikasih tiap tahun") == days("given every year") == days("awarded annually") == 365
    assert days("hanya diberikan sepuluh tahun sekali") == 3650 and days("once every ten years") == 3650
    assert days("sekali sebulan") == days("setiap bulan") == 30


def test_the_crime_is_the_case_the_report_names():
    from rag.answer.what import _ASKS_CRIME, _CRIME

    assert _ASKS_CRIME.search("What crime were the three inmates convicted of?")
    assert _ASKS_CRIME.search("Ketiga napi itu kasusnya apa?")
    crime = _CRIME.search("Ketiganya terjerat kasus illegal logging atau pembalakan liar.").group("crime")
    assert crime == "illegal logging atau pembalakan liar"


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("And how many people is that detention centre holding now, compared with what it was designed for?", 2),
        ("Berapa penghuni Rutan Negara sekarang dibanding daya tampungnya?", 2),
        # A comparison with another year asks one count.
        ("Berapa napi yang dapat remisi dibanding tahun lalu?", 1),
    ],
)
def test_a_count_compared_with_a_capacity_asks_both(question, parts):
    assert len(quantity_slots(question)) == parts


def test_an_estimated_number_is_not_a_name_to_find():
    labels = [c.label for c in question_concepts("How many officers watch its roughly 1,300 inmates?", "en")]
    assert not any("1" in label for label in labels)
    assert any("2024" in c.label for c in question_concepts("Berapa napi yang bebas pada 2024?", "id"))


def test_a_town_and_the_regency_after_it_are_two_names():
    labels = [c.label for c in question_concepts("Kapan razia di Rutan Negara Jembrana?", "id")]
    assert "negara" in labels and "jembrana" in labels
    # A regency of two words stays one ("Lampung Tengah"), and so does a person's name.
    labels = [c.label for c in question_concepts("Siapa Kalapas Gunung Sugih Lampung Tengah?", "id")]
    assert "lampung tengah" in labels and "gunung sugih" in labels


def test_a_long_question_that_refers_back_and_names_nothing_is_a_follow_up():
    from rag.query import is_followup
    from rag.records import Turn

    history = [Turn("Which cells were searched at Negara detention centre?", "Rooms 9, 10 and 11.")]
    assert is_followup("And how many people is that detention centre holding now, compared with what it was "
                       "designed for?", history)
    assert not is_followup("And how many people did the Negara detention centre in Jembrana hold in October 2025, "
                           "compared with its capacity?", history)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("On what date did the head of the prison talk to the local reporter about the transfer?", "when"),
        ("Who was the reporter of this story?", "author"),
        ("Pejabat Kanwil Jabar mana yang menyebut hasil razia?", "who"),
        ("Which two director-generals visited the storage house?", "people"),
        ("Which three local government agencies were already partners?", "items"),
        ("Sebutkan ruang lingkup kesepahaman dalam MoU itu.", "items"),
        ("What did the two inmates do after the escape?", "what"),
    ],
)
def test_the_kind_asked_is_read_from_the_question_s_own_words(question, kind):
    assert understand(question).kind == kind


def test_a_share_of_money_is_a_share_and_takings_are_money():
    from rag.query import asked_measure

    assert asked_measure("What share of the sales profit do the inmates receive?") == "share"
    assert asked_measure("How much non-tax state revenue (PNBP) did the prison aim to collect?") == "money"


def test_a_norm_a_stage_and_an_amount_still_left_frame_a_count():
    from rag.answer.how_many import (
        _ASKS_FRACTION,
        _ASKS_MORE,
        _FRACTION,
        _MORE_CUE,
        _NORM,
        _same_stage,
    )

    assert _NORM.search("standar keamanan lapas menetapkan satu petugas bertanggung jawab atas ")
    assert _same_stage("Hari pertama", "on the first day") and not _same_stage("hari kedua", "hari pertama")
    assert _ASKS_MORE.search("How many more inmates could the prison still take in?")
    assert _MORE_CUE.search("Lapas tersebut dinilai masih bisa menerima tambahan atau pindahan narapidana hingga ")
    assert _ASKS_FRACTION.search("udah jalanin berapa bagian masa hukumannya?")
    assert _FRACTION.search("telah menjalani 2/3 dari masa tahanannya").group() == "2/3"
    assert not _FRACTION.search("pada 12/3/2024")


def test_a_statement_s_place_is_asked_by_its_own_words():
    from rag.answer.where import _ASKS_SAID_AT, _SAID_PLACE

    assert _ASKS_SAID_AT.search("Kalapas Mataram ngasih keterangan soal usulan remisi itu di mana?")
    found = _SAID_PLACE.search("Keterangan tersebut ia sampaikan saat ditemui di Kuripan, Lombok Barat, Kamis (20/4).")
    assert found.group("place") == "Kuripan, Lombok Barat"
    found = _SAID_PLACE.search("ujar Kameily saat ditemui sudutpayakumbuh.com di dalam Lapas Kelas IIB Payakumbuh, Kamis, 9 Juni")
    assert found.group("place") == "Lapas Kelas IIB Payakumbuh"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What contraband did officers seize in the night raid?", "items"),
        ("How often does he say routine raids are carried out there?", "what"),
        ("Kerja bakti itu diadakan di gereja mana?", "where"),
        ("Duit buat bangun gedung baru itu asalnya dr mana ya?", "what"),
        ("Gedungnya mau dipakai buat apa?", "why"),
        ("What will the old building be used for?", "why"),
        ("Rutan itu masih muat gak buat nampung tahanan yg ada skrg?", "yesno"),
        ("Razia itu nemu narkoba gak sih?", "yesno"),
    ],
)
def test_more_kinds_read_from_the_question_s_own_words(question, kind):
    assert understand(question).kind == kind


def test_indonesian_number_words_are_composed():
    from rag.answer.how_many import number_value
    from rag.spans import NUMBER

    assert [m.group() for m in NUMBER.finditer("Delapan belas di antaranya merupakan provokator")] == ["Delapan belas"]
    assert number_value("Delapan belas") == 18
    assert number_value("dua puluh tiga") == 23
    assert number_value("tiga ratus") == 300


def test_an_item_labelled_before_a_colon_holds_the_amount_given():
    from rag.answer.how_many import _given_amounts, _names_item

    text = "- remisi dua bulan: 20 orang;"
    twenty = next(q for q in find_quantities(text) if q.number == "20")
    assert _names_item(text, twenty, _given_amounts("How many had two months taken off?"))
    assert not _names_item(text, twenty, _given_amounts("How many got three months?"))


def test_capital_and_funds_are_money():
    from rag.query import asked_measure

    assert asked_measure("How much start-up capital did the prison put in?") == "money"
    assert asked_measure("Berapa modal awalnya?") == "money"


def test_a_long_counted_phrase_before_and_is_one_count():
    assert quantity_slots("Berapa modal awal budidaya lobster dan selada di Lapas Pontianak?") == [
        "Berapa modal awal budidaya lobster dan selada di Lapas Pontianak?"]


def test_the_destination_a_question_and_a_report_give():
    from rag.answer.premise import _ASKED_DESTINATION, _REPORTED_DESTINATION

    asked = _ASKED_DESTINATION.search("Berapa napi yang dipindahkan ke Nusakambangan selama 2019?")
    assert asked.group("place") == "Nusakambangan"
    reported = _REPORTED_DESTINATION.search(
        "Sepanjang 2019, rutan memindahkan 13 warga binaan perkara narkotika ke Lapas Narkotika Kelas II A Jogjakarta.")
    assert reported.group("place").strip(" .") == "Lapas Narkotika Kelas II A Jogjakarta"


def test_an_occasion_named_by_comparison_is_not_reported():
    from rag.answer.premise import _reports_occasion

    asked = frozenset({"Nyepi"})
    assert not _reports_occasion("Remisi diberikan sesuai agama, sama halnya dengan remisi Nyepi bagi yang Hindu.", asked)
    assert _reports_occasion("Ada pula satu narapidana yang diusulkan menerima remisi Hari Raya Nyepi.", asked)


def test_a_fire_that_breaks_out_is_no_escape():
    from rag.events import question_event_kinds

    assert "escape" not in question_event_kinds("When did the fire at the Manado prison break out?", "en")
    assert "escape" in question_event_kinds("When did the inmates break out of the Manado prison?", "en")


def test_one_by_one_counts_no_one():
    from rag.spans import NUMBER

    assert [m.group() for m in NUMBER.finditer("Sampel urine diambil satu demi satu oleh petugas")] == []
    assert [m.group() for m in NUMBER.finditer("diperiksa satu per satu, ada satu orang")] == ["satu"]
    assert [m.group() for m in NUMBER.finditer("mustahil menjaga jarak satu sama lain")] == []


def test_a_town_square_or_a_garrison_is_a_venue():
    from rag.spans import venues

    text = "Apel tersebut diselenggarakan Polresta Cilacap dan bertempat di alun-alun Kabupaten Cilacap."
    assert [text[a:b] for a, b in venues(text)] == ["alun-alun Kabupaten Cilacap"]


def test_a_venue_name_keeps_its_dan_and_a_vehicle_is_a_venue():
    from rag.spans import venues

    text = "Lapas itu menjalankan peternakan ayam petelur di Sarana Asimilasi dan Edukasi (SAE) Cah Angon"
    assert [text[a:b] for a, b in venues(text)] == ["Sarana Asimilasi dan Edukasi (SAE) Cah Angon"]
    text = "Darah peserta diambil di dalam bus operasional PMI yang diparkir di halaman Lapas."
    assert [text[a:b] for a, b in venues(text)] == ["dalam bus operasional PMI", "halaman Lapas"]


def test_a_number_in_an_address_counts_nothing():
    from rag.answer.how_many import _NAMING_NUMBER

    assert _NAMING_NUMBER.search("yang beralamat di Jalan Kuningan Persada Kavling ")
    assert _NAMING_NUMBER.search("tinggal di RT ")
    assert not _NAMING_NUMBER.search("sidak Ombudsman menyasar ")


def test_what_was_not_found_is_read_from_the_denial():
    from rag.answer.what import _ASKS_NOT_FOUND, _NOT_FOUND

    assert _ASKS_NOT_FOUND.search("Which items did the team fail to find in the search?")
    assert _ASKS_NOT_FOUND.search("Barang apa yang tidak ditemukan saat razia?")
    assert not _ASKS_NOT_FOUND.search("Which items did the team find in the search?")
    denied = _NOT_FOUND.search("Dari penggeledahan tersebut tim juga tidak menemukan handphone maupun narkoba.")
    assert denied.group("things") == "handphone maupun narkoba"


def test_a_cause_in_someones_view_is_a_why_question():
    from rag.query import understand

    assert understand("What does Nanan reckon made the X-ray machines break down?", []).kind == "why"


def test_a_disaster_named_by_its_region_restricts_to_no_province():
    from rag.regions import provinces_in_question

    assert provinces_in_question("Kenapa penghuni LP Tabanan panik ketika gempa Lombok terjadi?") == frozenset()
    assert provinces_in_question("How did the Lombok earthquake affect the Tabanan prison?") == frozenset()
    assert provinces_in_question("Lapas mana saja di Lombok yang ikut apel?") == frozenset({"Nusa Tenggara Barat"})


def test_on_this_day_is_the_day_the_report_came_out():
    import datetime

    from rag.dates import find_event_dates

    found = find_event_dates("Lapas Sorong menggelar vaksinasi pada siang hari ini.", datetime.date(2021, 9, 22))
    assert [d.day for d in found] == [datetime.date(2021, 9, 22)]
    assert find_event_dates("Lapas Sorong menggelar vaksinasi hari ini.", datetime.date(2021, 9, 22)) == []


def test_every_test_negative_is_read_as_none_positive():
    from rag.answer.premise import ALL_NEGATIVE

    assert ALL_NEGATIVE.search("Dalam skrining kali ini, semua sampel darah yang diperiksa menunjukkan hasil negatif HIV.")
    assert ALL_NEGATIVE.search("Hasilnya, tidak ada yang positif narkoba.")
    assert not ALL_NEGATIVE.search("Dua orang dinyatakan positif, sisanya negatif.")


def test_a_group_asked_by_what_it_is_made_of_is_a_list_of_parts():
    from rag.query import explicit_kind

    assert explicit_kind("Petugas di tiap TPS terdiri dari siapa saja?", "id") == "items"
    assert explicit_kind("Siapa saja petugas di tiap TPS?", "id") == "people"


def test_a_count_with_no_noun_of_its_own_counts_the_population_named_before_it():
    from rag.answer.how_many import _said_of_other_population

    inmates = question_concepts("berapa napi", "id")[0]
    text = "Tak hanya warga binaan, pemeriksaan juga diberlakukan kepada seluruh petugas, yang berjumlah 12 orang."
    twelve = next(q for q in find_quantities(text) if q.number == "12")
    assert _said_of_other_population(inmates, text, twelve)
    text = "Dari pemeriksaan terhadap 23 orang warga binaan, semuanya negatif."
    assert not _said_of_other_population(inmates, text, next(q for q in find_quantities(text) if q.number == "23"))


def test_tonnes_are_a_weight():
    from rag.query import asked_measure

    assert asked_measure("How many tonnes of melons did they harvest?") == "weight"


def test_a_second_region_part_asked_beside_the_first():
    from rag.answer.where import _regions, _second_region

    assert _second_region("In which village and sub-district is the detention centre?") == "Kecamatan|Distrik"
    text = "Rutan ini terletak di Desa Masahan, Kecamatan Mojosongo, Kabupaten Boyolali, dan menempati lahan."
    spans = _regions(text, "Desa|Kelurahan|Dusun|Kampung", "Kecamatan|Distrik")
    assert "Kecamatan Mojosongo" in text[spans[0][0] : spans[0][1]]


def test_chat_yes_no_with_the_no_after_a_modal_and_its_object():
    assert understand("Lapas Tuban udah pernah nemu kasus hp, pungli atau narkoba gak sih menurut kalapasnya?").kind == "yesno"
    assert understand("Pernah gak Lapas Tuban nemu kasus hp atau pungli?").kind == "yesno"
    assert understand("Napi yang sudah bebas tidak boleh kembali ke lapas?").kind != "yesno"


def test_a_year_asked_is_a_when_question_and_a_year_stated_alone_answers_it():
    from rag.answer.when import _ASKS_YEAR, _YEAR_STATED

    assert understand("In what year was the old cell block built?").kind == "when"
    assert understand("Gedung rutan itu dibangun tahun berapa?").kind == "when"
    assert understand("Berapa tahun hukuman yang dijatuhkan?").kind == "how_many"
    assert _ASKS_YEAR.search("Gedung rutan itu dibangun tahun berapa?")
    assert _YEAR_STATED.search("Gedung itu sudah berdiri sejak 1981 dan kini rusak.").group("year") == "1981"
    assert _YEAR_STATED.search("Sidang digelar pada 12/3/2024 di PN Jambi.") is None


def test_an_island_that_places_a_town_is_a_region_not_a_name():
    frame = understand("What was seized in the raid at the Ende prison in Flores?")
    assert frame.provinces == {"Nusa Tenggara Timur"} and "Flores" in frame.region_phrases
    # "Flores Timur" is a regency: its words stay a name.
    assert "Flores" not in understand("Siapa Kalapas Larantuka di Flores Timur?").region_phrases


def test_a_town_named_like_an_english_word_is_the_town():
    labels = {c.label: c for c in question_concepts("What did officers seize at the Ende prison?", "en")}
    assert labels["ende"].salient and labels["ende"].matches(frozenset({"ende"}))
    # A lower-case "end" is still the English word.
    assert not question_concepts("When did the raid end?", "en")[0].salient


def test_a_province_s_possessive_leaves_no_word_behind():
    from rag.concepts import strip_phrase

    assert strip_phrase("Who heads West Java's social agency?", "West Java").split() == ["Who", "heads", "social", "agency?"]


def test_an_age_in_brackets_after_a_name_is_an_age():
    from rag.answer.how_many import _measure_kind

    text = "Keduanya ialah Satria alias Kojek (29), warga Jebus, serta Suhendra alias Jakai (38), warga Mentok."
    ages = [q for q in find_quantities(text) if q.number in {"29", "38"}]
    assert len(ages) == 2 and all(_measure_kind(text, q) == "age" for q in ages)
    text = "Sebanyak 120 (seratus dua puluh) napi hadir."
    assert all(_measure_kind(text, q) != "age" for q in find_quantities(text))


def test_a_match_score_counts_nobody_and_what_ought_to_be_is_no_count():
    from rag.answer.how_many import _SCORE, _SHOULD_BE

    assert _SCORE.search("Tim Gubernur menang dengan skor ")
    assert _SHOULD_BE.search("Seharusnya ada ")
    assert not _SHOULD_BE.search("Seharusnya ada 10 petugas, tetapi yang bertugas hanya ")
    # The norm is the count right after it ("idealnya hanya 62 orang"), not the one after that.
    assert not _SHOULD_BE.search("lapas yang kapasitas idealnya hanya 62 orang itu dihuni ")


def test_a_residence_is_not_where_an_act_happened():
    from rag.answer.where import _RESIDENT_BEFORE

    assert _RESIDENT_BEFORE.search("keduanya ialah Satria (29), warga ")
    assert not _RESIDENT_BEFORE.search("ia ditangkap di rumah seorang ")


def test_a_hyphened_phrase_is_read_as_its_words():
    from rag.glossary import plain_english

    assert plain_english("at the end-of-2018 review") == "at the end of 2018 review"
    assert plain_english("a mid-2023 raid") == "a mid 2023 raid"
    assert plain_english("the Covid-19 ward") == "the Covid-19 ward"


def test_an_occasion_asked_and_bodies_asked():
    from rag.answer.what import _ASKS_BODIES, _ASKS_OCCASION, _OCCASION, _PURPOSE

    assert _ASKS_OCCASION.search("sidak itu dalam rangka apa sih?")
    assert _OCCASION.search(_PURPOSE.search("merupakan bagian dari rangkaian peringatan HBP ke-59").group(1))
    assert understand("lapas kendari tes urine bareng siapa aja instansinya?").kind == "items"
    assert understand("Siapa saja yang hadir di Lapas Kendari?").kind == "people"
    assert _ASKS_BODIES.search("Which agencies took part?")


def test_the_day_a_speaker_said_it_is_a_reported_day():
    from rag.answer.evidence import _REPORTED

    assert _REPORTED.search('"Tidak kami temukan," ujar Kepala Satuan Pengamanan Rutan, Fazar Teguh, ')
    assert not _REPORTED.search("Razia digelar pada ")


def test_a_count_grouped_either_way_is_one_number():
    from rag.answer.how_many import number_value

    assert number_value("1,287") == number_value("1.287") == 1287.0  # English question, Indonesian report
    assert number_value("12,5") == number_value("2.5") + 10.0  # decimals keep their fraction
    assert any(frozenset({"1.287"}) <= alt for c in question_concepts("When did 1,287 inmates get remission?", "en")
               for alt in c.alternatives)


def test_ordinals_name_their_number_and_two_sentences_are_two_counts():
    from rag.indonesian import analyze

    assert "58" in analyze("peringatan HBP ke-58")
    assert [p.strip() for p in quantity_slots("Berapa daya tampung lapasnya? Sekarang diisi berapa?")] == [
        "Berapa daya tampung lapasnya?", "Sekarang diisi berapa?"]


def test_amounts_of_drugs_are_weighed_and_main_acts_and_aims_are_read():
    from rag.query import asked_measure

    assert asked_measure("How much crystal meth did officers find on inmate RV?") == "weight"
    assert asked_measure("How many packets of meth were found?") is None
    assert understand("What did the inmate use to get away, and whose was it?").kind == "what"
    assert understand("What is the Kecak practice meant to do for inmates?").kind == "why"


def test_not_merely_denies_nothing_and_hours_run_to_a_closing_verb():
    from rag.answer.when import _TIME_SPAN
    from rag.answer.yesno import _NEGATION, _not_only_joined

    assert not _NEGATION.search(_not_only_joined("Pelatihan ini tidak sekadar kegiatan rutin, melainkan investasi."))
    assert _NEGATION.search(_not_only_joined("Pelatihan ini tidak digelar tahun ini."))
    assert _TIME_SPAN.search("Kami buka pukul 07.00 WIB dan selesai pukul 12.00 WIB.").group().endswith("12.00 WIB")


def test_a_doctor_s_title_ends_no_sentence_and_a_drug_or_food_is_weighed():
    from rag.chunking import split_sentences
    from rag.query import asked_measure

    text = "Dua napi dirawat di RSUD dr. Abdul Rivai. Mereka dijaga."
    first, _ = split_sentences(text)
    assert text[first[0] : first[1]] == "Dua napi dirawat di RSUD dr. Abdul Rivai."
    assert asked_measure("And how much rice went into each package?") == "weight"


def test_any_kind_of_asks_whether_there_is_one_and_tak_hanya_denies_nothing():
    from rag.answer.yesno import _ASKS_ALL, _NEGATION, _not_only_joined

    assert not _ASKS_ALL.search("Do inmates get any kind of payment for it?")
    assert _ASKS_ALL.search("Can all inmates vote?")
    assert not _NEGATION.search(_not_only_joined("Kegiatan itu tak hanya menambah keahlian, tetapi juga penghasilan."))


def test_chat_verbs_of_every_nasal_prefix_and_a_spoken_vowel_become_standard():
    from rag.query import standard_words

    # "m-" stands for "mem-" before a root in "p"; "-in" for "-kan"; "e" for "a" at the end.
    assert standard_words("Siapa yg mimpin ibadah?") == "Siapa yang memimpin ibadah?"
    assert standard_words("kapan dia mindahin napi?") == "kapan dia memindahkan napi?"
    assert standard_words("napi yg ditangkep di mana?") == "napi yang ditangkap di mana?"
    assert standard_words("sabu diselundupin ke lapas") == "sabu diselundupkan ke lapas"
    # "ny-" before a root in "c" or "s": the form the lexicon knows ("mencoba", not "menyoba").
    assert standard_words("napi yg nyoba kabur") == "napi yang mencoba kabur"
    # A regency typed in lower case, and plain words, stay as they are.
    assert standard_words("napi lapas ngawi masih ada?") == "napi lapas ngawi masih ada?"
    assert standard_words("minggu lalu napi mandi") == "minggu lalu napi mandi"


def test_a_frequency_and_a_place_in_a_sequence_are_asked_as_such():
    from rag.answer.how_many import _ASKS_ORDINAL, _ORDINAL
    from rag.answer.what import _FREQUENCY

    assert understand("Pemeriksaan itu rutin diadakan tiap berapa lama?", []).kind == "what"
    assert _FREQUENCY.search("agenda rutin yang berlangsung setiap dua bulan sekali").group() == "setiap dua bulan sekali"
    assert _ASKS_ORDINAL.search("Itu kasus penyelundupan ke berapa tahun ini?")
    assert _ORDINAL.search("rendang ini adalah kasus keempat yang digagalkan").group() == "kasus keempat"


def test_which_with_a_word_before_the_plural_asks_for_things():
    assert understand("Which weightlifting techniques were taught in the first session?", []).kind == "items"
    assert understand("Which corrections units held a pledge?", []).kind == "list"
    assert understand("Which new prisons opened in 2024?", []).kind == "list"


def test_thousands_of_fish_are_counted_not_measured_and_a_list_may_close_with_bahkan():
    from rag.analysis import Quantity
    from rag.answer.how_many import _is_measure
    from rag.answer.what import _ENUMERATION
    from rag.answer.where import _BARE_UNIT

    text = "benih terdiri atas 10 ribu ekor ikan nila dan 20 ribu ekor ikan bandeng"
    assert not _is_measure(text, Quantity(text.index("20"), text.index("20") + 2, "20", "ribu ekor"))
    money = "harganya Rp10 ribu per bungkus"
    assert _is_measure(money, Quantity(money.index("10"), money.index("10") + 2, "10", "ribu"))
    assert _ENUMERATION.search("polisi menyita 85 unit telepon genggam, alat isap sabu, senjata tajam, bahkan kondom.")
    # Kinds of unit written out in lower case name no venue.
    assert _BARE_UNIT.fullmatch("lembaga pemasyarakatan (lapas)")
    assert _BARE_UNIT.fullmatch("lembaga pemasyarakatan (lapas), rumah tahanan negara (rutan)")
    assert not _BARE_UNIT.fullmatch("Lapas Kelas IIA Yogyakarta")


def test_a_sequence_place_a_price_sold_for_and_a_code_are_read_as_such():
    from rag.answer.how_many import _CODE
    from rag.answer.what import _LIST_LINE
    from rag.query import asked_measure

    assert understand("Itu penggagalan yang keberapa tahun ini?", []).kind == "how_many"
    assert understand("What does one piece of batik sell for?", []).kind == "how_many"
    assert asked_measure("What does one piece of batik sell for?") == "money"
    # "Kodim 0619": a number with a leading zero is a code, no count.
    assert _CODE.fullmatch("0619") and not _CODE.fullmatch("619")
    assert _LIST_LINE.match("- 4 unit handphone").group("item") == "4 unit handphone"
    assert _LIST_LINE.match("1.").group("item") == ""


def test_a_rank_an_excess_and_dates_in_the_plural_are_asked_as_such():
    from rag.answer.how_many import _ASKS_EXCESS
    from rag.answer.when import _ASKS_DATES

    assert understand("Where did Israel FC finish in the championship?", []).kind == "how_many"
    # "take place" asks a venue, not a rank.
    assert understand("Where did that handover take place?", []).kind == "where"
    assert _ASKS_EXCESS.search("lapas itu kelebihan berapa orang?")
    assert _ASKS_EXCESS.search("By how many inmates was it over capacity?")
    assert _ASKS_DATES.search("On which dates was the screening held?")
    assert not _ASKS_DATES.search("On which date was the screening held?")


@pytest.mark.parametrize("word", ["langsung", "sendiri", "sih"])
def test_a_word_of_manner_after_a_post_names_no_unit(word):
    # "kalapasnya langsung?" asks for the Kalapas himself, of no unit called "langsung".
    from rag.answer.who import _names_a_unit

    assert not _names_a_unit(word)
    assert _names_a_unit("kerobokan")


@pytest.mark.parametrize(("question", "measure"), [
    ("How big is the plot of land the inmates farm?", "area"),
    ("Berapa luas lahan SAE itu?", "area"),
    ("Seberapa luas kebunnya?", "area"),
    # A chance is no area.
    ("Seberapa besar peluang napi kabur?", None),
])
def test_a_size_of_land_asks_for_an_area(question, measure):
    from rag.query import asked_measure

    assert asked_measure(question) == measure


@pytest.mark.parametrize(("text", "kind"), [
    ("lahan seluas 2 hektare ditanami jagung", "area"),
    ("lahan seluas 500 meter persegi", "area"),
    ("luasnya 300 m2 saja", "area"),
    ("tembok setinggi 50 meter", "length"),
    ("sebanyak 30 orang 2 kelompok", None),
])
def test_an_area_is_read_from_its_unit(text, kind):
    from rag.analysis import find_quantities
    from rag.answer.how_many import _measure_kind

    assert _measure_kind(text, find_quantities(text)[0]) == kind


def test_the_question_after_a_dash_says_what_is_asked():
    from rag.query import question_kind

    assert question_kind("And how is the harvest split — what share goes to the inmates?", "en") == "how_many"
    # "— and when?" adds a question; it does not replace the first.
    assert question_kind("What did the Kalapas say — and when?", "en") == "what"


def test_a_total_over_two_nouns_is_one_quantity():
    question = "How many high-risk inmates and rule violators in total have been moved to Nusakambangan?"
    assert quantity_slots(question) == [question]
    assert len(quantity_slots("How many convicts and detainees were moved?")) == 2


def test_a_number_word_in_a_place_name_does_not_stand_for_the_name():
    # "Empat Lawang, Riansyah": joined into one name, its part "empat" is in every report.
    concepts = question_concepts("Di mana tahanan Lapas Empat Lawang, Riansyah, ditangkap kembali?", "id")
    name = next(c for c in concepts if "lawang" in c.terms)
    assert not name.matches(frozenset({"empat", "napi", "kabur"}))
    assert name.matches(frozenset({"lawang", "napi"}))


def test_places_listed_after_an_origin_are_origins_too():
    # "asal Jambi, Riau, dan Banten" says where the inmates came from, not which province's
    # reports to search: the transfer was to Nusakambangan.
    frame = understand("Dari 130 napi high risk asal Jambi, Riau, dan Banten yang dipindah ke Nusakambangan, "
                       "lapas mana yang menampung paling banyak?")
    assert frame.provinces == frozenset()
    assert understand("Lapas mana saja di Jambi dan Riau yang menggelar razia?").provinces == {"Jambi", "Riau"}


def test_pay_is_money_and_a_follow_up_keeps_the_previous_answer_s_figures():
    assert asked_measure("Berapa upah warga binaan untuk setiap pasang sandal?") == "money"
    assert asked_measure("What wage do the inmates earn per pair?") == "money"
    frame = understand("sekarang dihuni berapa orang?",
                       [Turn("Berapa kapasitas Lapas Selong?", "Kapasitasnya 139 orang [1].")])
    assert frame.answer_figures == ("139",)
    assert "139" in frame.search_text


@pytest.mark.parametrize(("text", "kind"), [
    ("Sebanyak 40 peserta mengikuti kegiatan ini, dengan batas usia paling tinggi 50 tahun.", "age"),
    ("Pelatihan berlangsung 50 tahun sejak lapas berdiri.", None),
])
def test_an_age_may_be_bounded_before_its_years(text, kind):
    quantity = next(q for q in find_quantities(text) if q.number == "50")
    assert _measure_kind(text, quantity) == kind


def test_a_year_does_not_make_a_question_name_its_own_subject():
    from rag.query import is_followup
    from rag.records import Turn

    history = [Turn("Lapas Lubukbasung November 2022 ngelatih las berapa warga binaan?", "16 warga binaan.")]
    assert is_followup("trus tahun 2021 udah berapa orang yg dilatih di sana, dari brp paket?", history)


def test_a_province_named_only_by_a_town_of_it_counts_unless_its_name_is_a_town_too():
    from rag.regions import province_only_names

    assert province_only_names(("Bali", "Jawa Timur", "Gorontalo", "Jambi", "Daerah Istimewa Yogyakarta")) == (
        "Bali", "Jawa Timur")


def test_asking_how_long_is_no_word_to_find_and_how_much_asks_measures_per_noun():
    from rag.answer.how_many import quantity_slots
    from rag.concepts import question_concepts

    labels = [c.label for c in question_concepts("And how long did they spend preparing for it?", "en")]
    assert "how long" not in labels and "preparing" in labels
    assert len(quantity_slots("How much tempeh and tofu do the inmates produce each day?")) == 2
    assert len(quantity_slots("How much did the welding training cost, and who paid for it?")) == 1


def test_where_moved_inmates_came_from_restricts_no_region():
    from rag.query import region_restriction

    assert region_restriction("Which Nusakambangan prisons took in the 41 high-risk inmates transferred from "
                              "Jakarta in October 2025?") == (frozenset(), ())
    assert region_restriction("Which prisons in Jakarta searched cells in 2021?")[0] == {"Daerah Khusus Ibukota Jakarta"}


def test_who_said_it_is_read_from_the_report_s_attributions():
    from rag.answer.sources import asks_speaker

    assert asks_speaker("Which Jakarta provincial official explained what the training was meant to achieve?")
    assert asks_speaker("Who gave the figures on the Eid remissions in North Sulawesi?")
    assert asks_speaker("siapa pejabat lapas yang menjelaskan soal kegiatan itu?")
    assert asks_speaker("Pejabat Ditjenpas mana yang kasih keterangan soal pemindahan itu?")
    assert not asks_speaker("Who led the roll call at Rutan Krui?")
    assert not asks_speaker("Siapa yang menyerahkan remisi secara simbolis?")


def test_a_chat_verb_with_nge_takes_the_prefix_its_root_takes():
    from rag.query import standard_words

    assert standard_words("trus siapa yg ngejelasin soal itu?") == "lalu siapa yang menjelaskan soal itu?"
    assert standard_words("petugas ngecek kamar") == "petugas mengecek kamar"


def test_a_last_part_asking_only_the_post_of_the_one_asked_is_not_a_question_of_its_own():
    question = "Which prison official confirmed the stabbing at Tarakan prison, and what is his position?"
    assert split_compound(question) == [question]
    assert understand(question, []).kind == "who"
    assert split_compound("Siapa yang memimpin apel, dan kapan apel digelar?") == [
        "Siapa yang memimpin apel?", "kapan apel digelar?"]


def test_people_of_the_report_where_they_came_from_stay_words_of_the_question():
    from rag.query import region_restriction

    provinces, phrases = region_restriction("Siapa pejabat Ditjenpas wilayah Jawa Tengah yang menjelaskan pemindahan "
                                            "41 napi asal Jakarta ke Nusakambangan?")
    assert provinces == {"Jawa Tengah"} and "Jakarta" not in phrases


def test_chat_sama_joins_two_counted_nouns_and_a_percentage_is_no_head_count():
    assert len(quantity_slots("berapa peserta paket B sama paket C yang ikut ujian?")) == 2
    assert len(quantity_slots("berapa yang sama dengan tahun lalu?")) == 1
    # "loaves" is the plural of "loaf" (roti), as "knives" is of "knife".
    assert "roti" in translate_query("how many loaves a day")


def test_a_place_of_two_words_is_also_matched_run_together():
    labels = {c.label: c for c in question_concepts("Who headed Rutan Wates in Kulon Progo in June 2018?", "en")}
    assert frozenset({"kulonprogo"}) in labels["kulon progo"].alternatives


def test_a_number_that_names_is_not_asked_as_a_count():
    from rag.answer.labels import asks_label

    assert asks_label("SE Ditjenpas nomor berapa yang jadi dasarnya?")
    assert asks_label("What is the number of the circular that reopened visits?")
    assert asks_label("di daerah PPKM level brp?")
    assert not asks_label("Berapa narapidana yang dapat remisi?")


def test_a_no_answer_finishes_the_sentence_when_a_few_words_remain():
    from rag.answer.yesno import _reason

    reason, _ = _reason("Tujuh dari delapan WBP yang keluar menerima Surat Keputusan hak integrasi, baik berupa PB "
                        "maupun CB, sedangkan satu orang sisanya berstatus bebas murni.")
    assert reason.endswith("bebas murni.")


def test_one_of_the_people_named_and_the_day_with_its_hour_are_one_question_each():
    question = "On what date and at what time did the inmate who had tuberculosis die?"
    assert split_compound(question) == [question] and understand(question, []).kind == "when"
    assert understand("After four inmates tried to break out, which one was still on the run?", []).kind == "who"
    labels = [c.label for c in question_concepts("Was the entire 2-tonne patin harvest sold?", "en")]
    assert "2" in labels and "tonne" in labels


@pytest.mark.parametrize(("question", "language", "kind"), [
    ("Which Lapas Rangkasbitung official accompanied the Untirta students?", "en", "who"),
    ("Which prisons in Banten searched their cells?", "en", "list"),
    ("and why had he stopped showing up to report?", "en", "why"),
    ("trus knp jurusannya diseragamin ke agrobisnis?", "id", "why"),
    ("napi itu awalnya ribut gara2 apa sih?", "id", "why"),
])
def test_question_kinds_of_batches_150_to_153(question, language, kind):
    from rag.query import explicit_kind, standard_words

    assert explicit_kind(standard_words(question), language) == kind


def test_a_why_after_a_comma_and_and_leaves_the_first_question_its_kind():
    from rag.query import explicit_kind

    # "..., and why there?" adds a second question; the first still asks which prison.
    assert explicit_kind("Which prison had the most inmates receiving a remission, and why there?", "en") != "why"


def test_chat_dpt_is_dapat_away_from_an_election_and_the_voter_list_beside_one():
    from rag.query import standard_words

    assert "dapat dari mana" in standard_words("trus hand sanitizer-nya dpt dari mana sih?")
    assert "dpt" in standard_words("brp dpt pemilu di lapas itu?")
    assert "DPT" in standard_words("Berapa DPT di Lapas Kedungpane?")


def test_contractions_sentence_openers_and_floors_are_no_words_to_find():
    # ("enrolled" is "terdaftar": content, though "daftar" written alone asks for a list.)
    labels = [c.label for c in question_concepts("Why only that many? Weren't more inmates enrolled?", "en")]
    assert labels == ["inmates", "enrolled"]
    labels = [c.label for c in question_concepts("How many officers guarded the 1,600-plus inmates?", "en")]
    assert "1,600" not in " ".join(labels) and "plus" not in labels


def test_a_town_of_two_words_written_as_one_by_the_gazetteer_stays_whole():
    from rag.upt import find_upts

    assert find_upts("15 narapidana dipindah ke Lapas Kelas IIA Palangka Raya pada Sabtu") == [
        "Lapas Kelas IIA Palangka Raya"]
    # A capitalised word after a one-word town is still no part of it.
    assert find_upts("Rutan Blora Ikuti Apel") == ["Rutan Blora"]


def test_a_count_set_against_a_capacity_asks_two_counts():
    assert len(quantity_slots("And how many inmates were still there after the move, against what capacity?")) == 2
    assert len(quantity_slots("How many were registered against the DPT?")) == 1


def test_a_second_question_after_the_first_question_mark_is_its_own_part():
    assert split_compound("brp anggaran blok maximum security lapas cilegon? dari mana duitnya?") == [
        "brp anggaran blok maximum security lapas cilegon?", "dari mana duitnya?"]
    # Two counts stay one question for the composer that picks them together.
    question = "brp wbp yg dapet remisi natal 2025? trus yg langsung bebas ada brp?"
    assert split_compound(question) == [question]


def test_where_money_came_from_asks_what_not_where():
    from rag.query import explicit_kind

    assert explicit_kind("dari mana duitnya?", "id") == "what"
    assert explicit_kind("kalo napi rawat jalan, biayanya dari mana?", "id") == "what"


def test_an_age_in_brackets_counts_no_one():
    from rag.analysis import find_quantities
    from rag.answer.how_many import _bracketed_age

    text = "Dua tahanan itu ialah Anwar (22), terdakwa perkara narkotika, dan 14 petugas berjaga."
    ages = [q.number for q in find_quantities(text) if _bracketed_age(text, q)]
    assert ages == ["22"]


@pytest.mark.parametrize(("question", "head"), [
    ("Which new facilities did the regional head inaugurate at Kolonodale prison?", "facilities"),
    ("What disciplinary measures did the prison impose on LF?", "measures"),
    ("rupbasan bandarlampung itu punya gudang apa aja sih?", "gudang"),
    ("Sebutkan kelompok-kelompok kerja warga binaan di Lapas Malang.", "kelompok"),
    ("Apa saja kriteria warga binaan yang diasesmen?", "kriteria"),
    ("What crime were the three inmates convicted of?", None),
])
def test_the_noun_a_list_question_asks_for_is_its_head_not_a_modifier(question, head):
    # "new" in "which new facilities" is no list's noun: a sentence where "baru" stands
    # before "yaitu" does not announce the facilities.
    assert _asked_head(question) == head


def test_a_word_of_time_between_capitalised_words_parts_two_names():
    # "Lowokwaru Malang saat Dispendukcapil": the office is no part of the town's name.
    labels = [c.label for c in question_concepts(
        "Berapa warga binaan Lapas Lowokwaru Malang saat Dispendukcapil merekam KTP elektronik?", "id")]
    assert "malang" in labels and "dispendukcapil" in labels and "malang dispendukcapil" not in labels


@pytest.mark.parametrize("question", [
    "What gave Ahok the idea of providing health cover for prisoners?",
    "What prompted the regional office to move the inmates?",
])
def test_asking_what_gave_or_prompted_something_asks_why(question):
    assert understand(question, []).kind == "why"


def test_during_what_hours_asks_a_time_of_day():
    assert understand("During what hours could inmates make video calls home over Eid?", []).kind == "time"


def test_a_weekday_with_a_time_of_day_before_its_date_is_the_date():
    from datetime import date

    from rag.dates import find_event_dates

    found = find_event_dates("Petugas menggelar sidak pada Kamis malam (23/2).", date(2023, 2, 27))
    assert [d.day for d in found] == [date(2023, 2, 23)]


def test_mengawal_is_escorting_not_a_beginning():
    from rag.indonesian import analyze

    assert analyze("mengawal") == analyze("dikawal") == ["kawal"]


def test_memperoleh_is_obtaining_and_a_question_keeps_it():
    # Sastrawi stems "memperoleh" to "oleh", the "by" that questions drop as a question word;
    # "memperoleh remisi" must stay a content word so "menerima remisi" can find it.
    from rag.concepts import question_concepts
    from rag.indonesian import analyze

    assert analyze("memperoleh") == analyze("diperoleh") == analyze("memperolehnya") == ["peroleh"]
    received = next(c for c in question_concepts("Mengapa napi menerima remisi?", "id") if c.label == "menerima")
    assert received.matches(frozenset(analyze("memperoleh")))


def test_chat_filler_beside_a_year_and_a_chat_because_ask_nothing_of_their_own():
    # "lebaran 2023 kemarin ... gara2 remisi": the report never says "kemarin" or "gara-gara";
    # made concepts, they would make a weak match of the report that answers.
    from rag.concepts import question_concepts
    from rag.query import standard_words

    question = standard_words("lebaran 2023 kemarin brp napi di jatim yg langsung bebas gara2 remisi?")
    assert "kemarin" not in question
    labels = [c.label for c in question_concepts(question, "id")]
    assert "gara-gara" not in labels and "remisi" in labels
    # Without a year, "kemarin" is the day before and stays.
    assert "kemarin" in standard_words("napi yg kabur kemarin brp?")


def test_chat_times_and_the_old_short_form_of_a_prison_become_standard_words():
    from rag.query import standard_words

    # "2x" is "dua kali", written as a number and an "x".
    assert standard_words("napi yg udah 2x ngamuk siapa?") == "napi yang sudah 2 kali mengamuk siapa?"
    # "LP", in capitals, is the older short form of "Lapas"; "LP/B/12" is a police report.
    assert standard_words("Ke LP mana saja napi itu dipindah?") == "Ke Lapas mana saja napi itu dipindah?"
    assert "LP/B/12" in standard_words("Nomor laporannya LP/B/12 kan?")


def test_a_verb_after_a_count_ends_its_unit():
    # "52 orang keluar melalui program pembebasan bersyarat" counts people, who left.
    quantities = find_quantities("Rinciannya, sebanyak 52 orang keluar melalui program pembebasan bersyarat.")
    assert [(q.number, q.unit) for q in quantities] == [("52", "orang")]


def test_a_root_with_kan_is_a_verb_and_a_root_with_an_a_noun():
    from rag.answer.evidence import is_verb

    assert is_verb("jalankan") and is_verb("laksanakan")
    assert not is_verb("gerakan") and not is_verb("tindakan") and not is_verb("kebijakan")


def test_an_amount_of_time_written_twice_is_one_amount():
    from rag.answer.how_many import _amounts_in

    # "remisi 3 (tiga) bulan": the number, then itself in words in brackets, then the unit.
    assert [(value, unit) for value, unit, _ in _amounts_in("32 orang remisi 3 (tiga) bulan")] == [(3, "bulan")]


def test_a_cut_asked_by_its_size_matches_only_that_cut():
    from rag.answer.how_many import _cut_asked

    cut = _cut_asked("trus yg dapet potongan sebulan ada brp orang?")
    assert cut.search("9 orang mendapat pengurangan masa tahanan 1 bulan")
    assert cut.search("1 bulan: 37 orang")
    assert not cut.search("2 orang memperoleh 1 bulan 15 hari")
    assert _cut_asked("How many got a one-month cut?") is not None
    assert _cut_asked("Berapa napi yang dapat remisi Natal 2025?") is None


def test_a_date_asked_of_a_count_is_a_when_question():
    assert understand("Data jumlah penghuni lapas itu per tanggal berapa?", []).kind == "when"
    assert understand("Berapa jumlah napi yang dapat remisi?", []).kind == "how_many"


def test_an_exact_date_asked_and_a_name_given_have_their_kinds():
    assert understand("On what exact date was the roll call at Rutan Padang held?").kind == "when"
    # "where ... is kept" is a relative clause: the name the thing was given is asked.
    assert understand("What's the electronic wallet called where the bakers' pay is kept?").kind == "what"


def test_a_bound_asked_is_no_superlative():
    from rag.query import asks_superlative
    assert not asks_superlative("How many relatives at most could visit a single inmate?")
    assert not asks_superlative("Paling banyak berapa orang yang boleh membesuk satu napi?")
    assert asks_superlative("Lapas mana yang paling banyak napinya?")
    assert asks_superlative("Which prison had the most inmates?")


def test_kinds_of_people_are_asked_as_items():
    # "Which categories of inmates were left out?" lists kinds of inmates, not persons.
    assert understand("Which categories of inmates at Lapas Cirebon were left out of the remission?").kind == "items"
    assert understand("Which inmates at Lapas Cirebon were left out of the remission?").kind != "items"


def test_points_told_by_their_ordinals_are_read_one_by_one():
    from rag.answer.what import _NUMBERED_POINT
    text = ("Butir kedua berisi komitmen untuk memelihara keamanan, ketertiban, dan kedamaian, sedangkan "
            "butir ketiga menekankan penghormatan terhadap toleransi.")
    points = [(m.group("nth"), m.group("content")) for m in _NUMBERED_POINT.finditer(text)]
    assert points == [("kedua", "komitmen untuk memelihara keamanan, ketertiban, dan kedamaian"),
                      ("ketiga", "penghormatan terhadap toleransi")]


def test_a_count_the_question_names_announces_a_list():
    from rag.answer.what import _same_count
    assert _same_count("What three points did he spell out?", "Ia merinci tiga penekanan berikut:")
    assert not _same_count("What points did he spell out?", "Ia merinci penekanan berikut:")


def test_a_place_asked_within_a_region_restricts_no_province():
    frame = understand("Where in Jakarta did the prison products festival take place?")
    assert not frame.provinces
    assert understand("Which prisons in Jakarta held the festival?").provinces


def test_an_act_after_dalam_is_no_place():
    from rag.answer.where import _PLACE_AFTER
    assert not _PLACE_AFTER.match(" dalam menekan angka kejahatan")
    assert _PLACE_AFTER.match(" di Medan") and _PLACE_AFTER.match(" di menara pengawas")


def test_a_doubled_word_is_its_root():
    from rag.indonesian import analyze
    assert analyze("lapas-lapas") == ["lapas"]


@pytest.mark.parametrize("question", [
    "Siapa yang memaparkan zona integritas Lapas Pemuda Tangerang, dan apa jabatannya waktu itu?",
    "Siapa yang memimpin rombongan DPRD ke Lapas Muara Teweh, dan apa jabatannya di dewan?",
    "Who explained the findings at Salemba, and what was his position at the time?",
])
def test_the_post_asked_after_a_name_is_one_question(question):
    # One who-answer gives the name with its post; apart, the post loses its person.
    assert split_compound(question) == [question]


@pytest.mark.parametrize(("question", "kind"), [
    # "berapa hari" counts days; "hari berapa" asks a date.
    ("Berapa hari napi itu dirawat di RSUD?", "how_many"),
    ("Hari berapa napi itu dirujuk ke RSUD?", "when"),
    # A person word hyphened to a thing asks for things, not people.
    ("Which inmate-made products did Rutan Medan sell?", "items"),
    ("What inmate-made goods were on sale at the Medan stall?", "items"),
    # A unit's possessive names whose things are asked, not units to list.
    ("Which of the Tangerang youth prison's flagship services did the assessors see?", "items"),
])
def test_question_kinds_of_days_compounds_and_possessives(question, kind):
    assert understand(question).kind == kind


def test_a_dashed_date_is_no_count():
    # "Minggu (15-12-2019)": its day and month count nothing.
    assert find_quantities("Iqbal hadir pada Minggu (15-12-2019).") == []
    assert [q.number for q in find_quantities("Ada 15-20 napi yang ikut.")] == ["15", "20"]


@pytest.mark.parametrize(("question", "kind"), [
    # "basis" and "status" end in "s" and are no plurals to enumerate.
    ("What legal basis did the Semarang prison chief cite for the parole?", "what"),
    # Chat's "thn" is "tahun": a count asked in a year.
    ("brp napi yg dapet PB thn 2021?", "how_many"),
])
def test_singular_nouns_in_s_and_chat_years(question, kind):
    assert understand(question).kind == kind


def test_a_why_after_a_stated_fact_asks_why():
    # "Singaraja prison has 215 Hindu inmates, so why ...?": the fact sets the scene.
    assert understand("Singaraja prison has 215 Hindu inmates, so why did only 138 of them get a remission?").kind == "why"


@pytest.mark.parametrize("question", [
    "Which agencies were prisons told to coordinate with for Christmas and New Year 2023/2024?",
    "Apel siaga Natal dan Tahun Baru 2023/2024 digelar kapan?",
])
def test_a_season_written_across_two_years_ends_in_the_second(question):
    # "New Year 2023/2024" is December 2023 to mid-January 2024, not the season before.
    query = parse_question_dates(question)
    assert query is not None and query.matches(date(2023, 12, 8)) and query.matches(date(2024, 1, 3))
    assert not query.matches(date(2022, 12, 8))


@pytest.mark.parametrize(("question", "kind"), [
    # "which edition of Hari Bhakti Pemasyarakatan" asks its "ke-57", a place in a sequence.
    ("The roll call was tied to which edition of Correctional Service Day?", "how_many"),
    # The body an act was done with, in a follow-up whose unit the earlier turn named.
    ("trus tes urinenya itu kerja sama bareng instansi mana?", "items"),
])
def test_an_edition_is_counted_and_a_partner_body_is_an_item(question, kind):
    assert understand(question).kind == kind


def test_a_message_asked_for_is_what_was_urged_not_a_list_of_things():
    # "pesannya apa saja?": the clause after "berpesan agar", which the what-reader quotes.
    assert understand("Lalu pesannya ke anak-anak panti apa saja?").kind == "what"
    assert understand("Barang apa saja yang disita?").kind == "items"


def test_items_of_a_text_and_list_numbers_count_no_one():
    from rag.answer.how_many import _LIST_MARK, _counts_things
    from rag.concepts import question_concepts

    staff = question_concepts("pegawai", "id")[0]
    # "Deklarasi yang memuat empat ikrar", "delapan instruksi dari pusat": no count of staff.
    assert _counts_things(staff, "ikrar") and _counts_things(staff, "instruksi")
    assert not _counts_things(staff, "pegawai")
    # "1." or "2) Menjaga ..." numbers an item of a list; "Delapan belas di antaranya ..." counts.
    assert _LIST_MARK.match("1.", 1) and _LIST_MARK.match("2) Menjaga netralitas", 1)
    assert not _LIST_MARK.match("Delapan belas di antaranya merupakan provokator.", len("Delapan belas"))


def test_a_number_word_before_an_acronym_is_a_count():
    # "delapan WBP langsung diserahterimakan": counted as surely as "delapan orang".
    assert [q.number for q in find_quantities("Setibanya di sana, delapan WBP langsung diserahterimakan.")] == ["delapan"]
    # A number word opening a title-case name is no count.
    assert find_quantities("Komunitas Tiga Serangkai datang.") == []


def test_a_venue_may_close_right_before_a_quote_ends():
    from rag.spans import venues

    text = 'Besuknya bertempat di aula lapas," katanya menutup keterangan.'
    assert [text[a:b] for a, b in venues(text)] == ["aula lapas"]


def test_a_service_s_later_sessions_are_read_with_the_first():
    from rag.answer.when import _TIME, _shown_time

    text = "Layanan dibagi dua sesi, sesi pertama pukul 09.00 sampai 12.00 WIB dan sesi kedua pukul 13.00 hingga 15.00 WIB."
    shown = _shown_time(text, _TIME.search(text))
    assert "09.00" in shown and "13.00 hingga 15.00" in shown


def test_an_illness_is_the_phrase_after_the_word_that_says_someone_has_it():
    from rag.answer.what import _ASKS_ILLNESS, _ILLNESS

    assert _ASKS_ILLNESS.search("napi yg harus dioperasi itu sakit apa sih?")
    assert _ASKS_ILLNESS.search("What was the inmate who needed surgery suffering from?")
    assert not _ASKS_ILLNESS.search("Berapa napi yang sakit?")
    found = _ILLNESS.search("Napi yang satunya lagi menderita kanker kelenjar parotis sehingga harus dioperasi.")
    assert found["illness"] == "kanker kelenjar parotis"


@pytest.mark.parametrize(("question", "class_asked", "clause", "fits"), [
    ("How many got RK I?", "RK I", "591 narapidana lain menerima remisi khusus I", True),
    ("Berapa yang dapat RK I?", "RK I", "Tujuh warga binaan memperoleh remisi khusus II", False),
    ("Berapa yang dapat RK II?", "RK II", "17 WBP penerima RU2 yang langsung bebas", False),
])
def test_the_remission_class_asked_picks_its_count(question, class_asked, clause, fits):
    from rag.answer.how_many import _remission_class_fit, _remission_classes

    assert class_asked in question
    assert (_remission_class_fit(_remission_classes(question), clause) > 0) is fits


def test_the_usual_figure_is_not_the_occasion_s_and_size_words_are_not_counted():
    from rag.answer.how_many import _SIZE_ADJECTIVES, _USUAL

    assert _USUAL.search("Bila pada hari biasa jam kunjungan cuma 15 menit")
    assert not _USUAL.search("dalam suasana Natal ini keluarga bisa bertemu selama 30 menit")
    assert "little" in _SIZE_ADJECTIVES  # "How many little packets": packets are counted


@pytest.mark.parametrize(("question", "kind"), [
    ("LPKA Palu itu ada di bawah kanwil mana?", "where"),
    ("Which regional office is LPKA Palu under?", "where"),
    ("What were the Semarang prison's reasons for sending drug dealers to Karanganyar?", "why"),
])
def test_a_unit_s_regional_office_is_a_place_and_reasons_asked_by_noun_are_why(question, kind):
    assert understand(question).kind == kind


def test_calendar_words_name_no_subject_of_a_follow_up():
    history = [Turn("How many inmates at the Tulungagung prison got a Lebaran remission in 2014?", "107")]
    frame = understand("And the one inmate who walked free right after the Eid prayer, what case was he in for?", history)
    assert frame.context.startswith("How many inmates at the Tulungagung prison")
    # "sebenernya" only stresses the question.
    assert "sebenernya" not in understand("kasus itu sebenernya terjadi di mana?").question


def test_a_doer_the_report_cannot_name_and_whom_something_was_reported_to():
    from rag.answer.who import _ASKS_ADDRESSEE, _UNKNOWN_AGENT

    assert _UNKNOWN_AGENT.search("Paket itu diduga dilempar dari luar lapas oleh oknum yang tidak bertanggung jawab.")
    assert _UNKNOWN_AGENT.search("Hingga kini pelakunya masih belum diketahui.")
    assert not _UNKNOWN_AGENT.search("Pelakunya sudah ditangkap polisi.")
    assert _ASKS_ADDRESSEE.search("Which anti-narcotics official did the head of Rutan Solo report the package to?")
    assert _ASKS_ADDRESSEE.search("Kepada siapa Karutan Solo menyampaikan temuan itu?")
    assert not _ASKS_ADDRESSEE.search("Who found the package?")


def test_what_a_term_means_presumes_no_act_and_what_was_recommended_is_no_reason():
    from rag.answer.premise import _ASKS_MEANING
    from rag.answer.what import _reason_word

    assert _ASKS_MEANING.search("remisi dasawarsa yg didapet napi itu maksudnya apa sih?")
    assert _ASKS_MEANING.search("What does RK II stand for?")
    assert _reason_word("tim memberikan rekomendasi kepada Lapas Serang agar menjaga citra") is None
    assert _reason_word("Forum ini memberi ruang bagi pengguna layanan untuk menyampaikan masukan") is not None


def test_a_rise_asked_is_a_factor_and_a_room_s_occupants_are_no_staff():
    from rag.answer.how_many import _ASKS_RISE, _FOLD, _occupants_of_staff_asked
    from rag.concepts import question_concepts

    assert _ASKS_RISE.search("How much was the guard force increased compared with a normal day?")
    assert _FOLD.match(" kali lipat dari hari-hari biasa")
    officers = question_concepts("officers", "en")[0]
    text = "Labora ditempatkan di sel isolasi yang hanya diisi satu orang."
    (quantity,) = find_quantities(text)
    assert _occupants_of_staff_asked(officers, text, quantity)
    assert not _occupants_of_staff_asked(question_concepts("inmates", "en")[0], text, quantity)


def test_a_denial_is_of_the_words_its_clause_negates():
    from rag.answer.yesno import _negated_near
    from rag.concepts import question_concepts

    smuggling = question_concepts("smuggling", "en")[0]
    # "tidak ada toleransi ..., dan setiap upaya penyelundupan ... akan ditindak": another clause.
    assert not _negated_near("Ia menyatakan tidak ada toleransi bagi narkotika di rutan maupun lapas, dan setiap "
                             "upaya penyelundupan akan ditindak tegas.", smuggling)
    # A negated predicate after its subject, and a list after a negated predicate, deny.
    assert _negated_near("Penyelundupan belum terbukti.", smuggling)
    corruption = question_concepts("corruption", "en")[0]
    assert _negated_near("Program ini tidak berlaku bagi residivis, terpidana korupsi, dan teroris.", corruption)


@pytest.mark.parametrize(("question", "kind"), [
    # A place named in passing ("tempat cuci mobil") asks nothing; "tempatnya di mana" does.
    ("Napi A yang kabur lewat tempat cuci mobil Lapas Tangerang itu divonis berapa tahun penjara?", "how_many"),
    ("Sosialisasi itu tempatnya di mana?", "where"),
    ("Sebutkan tempat-tempat yang didatangi rombongan itu.", "where"),
])
def test_a_place_word_in_passing_asks_no_place(question, kind):
    assert understand(question).kind == kind


def test_bare_regions_and_a_reason_given_for_a_count():
    from rag.answer.where import _bare_regions

    text = "Dari hasil pemeriksaan sementara, pelaku diduga kabur sampai ke wilayah Riau."
    assert [text[a:b] for a, b in _bare_regions(text)] == ["Riau"]
    assert _bare_regions("Napi itu kabur dari Lapas Kelas I Tangerang.") == []


def test_only_an_occasion_of_the_same_family_contradicts_the_asked_one():
    from rag.answer.premise import other_occasions

    asked = frozenset({"Hari Bakti Pemasyarakatan"})
    assert other_occasions("sebagai bagian dari peringatan Hari Pengayoman ke-79", asked) == {"Hari Pengayoman"}
    # A pledge for the election says nothing against a Christmas roll call.
    assert not other_occasions("ikrar netralitas menjelang Pemilu 2024", frozenset({"Natal"}))


def test_a_cleft_stresses_a_cause_and_an_aim_is_named_by_sebagai_langkah():
    from rag.answer.what import _reason_word

    cleft = "Lapas yang semestinya menampung 590 orang kini diisi 1.164 orang, dan kepadatan inilah yang membuat penyakit itu cepat menular."
    assert _reason_word(cleft).group(1) == "yang membuat"
    # Not any "yang membuat": "napi yang membuat kerajinan" makes things.
    assert _reason_word("Ada 20 napi yang membuat kerajinan rotan.") is None
    aim = "Nomor-nomor tersebut dikoordinasikan dengan BNN sebagai langkah menekan peredaran narkoba."
    assert _reason_word(aim).group(1) == "sebagai langkah"


def test_the_weekday_a_count_question_names():
    from rag.answer.how_many import _weekday_asked

    assert _weekday_asked("How many were sent home on the Saturday?") == 5
    assert _weekday_asked("Berapa napi yang dibebaskan hari Jumat?") == 4
    # "minggu lalu" is last week, no Sunday; two days name no one day.
    assert _weekday_asked("Berapa napi yang bebas minggu lalu?") is None
    assert _weekday_asked("Berapa napi dibebaskan pada Jumat dan Sabtu?") is None



def test_a_person_asked_as_the_object_of_an_act_and_people_after_a_preposition():
    from rag.answer.how_many import _OWNER_PHRASE, _POPULATION_WORD
    from rag.answer.who import _asks_object_person

    # Whose words were quoted, whom the head met: the object; "yang mengutip" asks the doer.
    assert _asks_object_person("Kalapas mengutip kata-kata siapa?")
    assert _asks_object_person("Whose words did the warden quote?")
    assert _asks_object_person("Who did the head of the regional office meet in Jakarta?")
    assert not _asks_object_person("Siapa yang mengutip kata-kata Baharudin Lopa?")
    assert not _asks_object_person("Menurut siapa razia itu berhasil?")
    assert not _asks_object_person("Who quoted Baharudin Lopa?")
    # People after a preposition say whose or where the things counted are.
    for question in ("Berapa unit ponsel yang disita dari kamar-kamar napi?",
                     "How many phones were found in the inmates' rooms?"):
        assert not _POPULATION_WORD.search(_OWNER_PHRASE.sub(" ", question)), question
    assert _POPULATION_WORD.search(_OWNER_PHRASE.sub(" ", "Berapa napi yang kabur dari Lapas Sorong?"))


def test_a_circular_or_decree_number_counts_nothing_and_a_wish_is_no_act():
    from rag.answer.how_many import _NAMES_A_RULE, _tells_act
    from rag.concepts import question_concepts

    assert _NAMES_A_RULE.search("Ia merujuk SE ")
    assert _NAMES_A_RULE.search("sesuai SK ")
    assert not _NAMES_A_RULE.search("sebanyak ")
    caught = [c for c in question_concepts("yang sudah tertangkap", "id") if c.label == "tertangkap"]
    assert caught
    assert not _tells_act("Mudah-mudahan mereka cepat tertangkap.", caught)
    assert _tells_act("Dua di antaranya sudah tertangkap di Banjarbaru.", caught)


def test_registered_is_content_and_daftar_as_written_asks_a_list():
    labels = {c.label for c in question_concepts("How many were still not registered?", "en")}
    assert "registered" in labels
    assert not any("daftar" in a for c in question_concepts("Sebutkan daftar UPT di Riau", "id") for a in c.alternatives)


def test_an_approximate_count_keeps_its_unit():
    from rag.analysis import find_quantities

    counts = find_quantities("jumlah penghuni saat ini masih sekitar 1.000-an orang, sedangkan kapasitasnya 330 orang")
    assert [(q.number, q.unit) for q in counts] == [("1.000", "orang"), ("330", "orang")]
    assert find_quantities("pada 1990-an") == []


def test_countries_are_found_in_both_languages_and_initials_are_not_countries():
    from rag.countries import ASKS_COUNTRY, find_countries

    text = "Produk itu terjual hingga Kanada, lalu dikirim ke Belanda dan Qatar; napi berinisial AS ikut membuatnya."
    assert [name for _, _, name in find_countries(text)] == ["Kanada", "Belanda", "Qatar"]
    assert [name for _, _, name in find_countries("bags shipped to Canada and the Netherlands")] == ["Canada", "Netherlands"]
    assert ASKS_COUNTRY.search("Negara mana aja yg jadi tujuan tas itu?")
    assert ASKS_COUNTRY.search("Which countries did the bags go to?")
    assert not ASKS_COUNTRY.search("Siapa kepala Rutan Negara Kelas II B Tidore?")


def test_a_decimal_number_is_found_in_either_convention():
    from rag.concepts import question_concepts

    # An English question writes "5.2 grams"; the report "5,2 gram".
    concepts = question_concepts("Why was the 5.2 grams of meth never claimed?", "en")
    number = next(c for c in concepts if c.label == "5.2")
    assert number.matches(frozenset({"5,2"}))


def test_chat_and_split_english_verbs_are_read_as_their_standard_forms():
    from rag.query import standard_words

    assert standard_words("knp sipirnya gak tau?") == "kenapa sipirnya tidak tahu?"
    assert standard_words("siapa yg jd otak kaburnya?") == "siapa yang jadi otak kaburnya?"
    assert "diserahkannya" in standard_words("remisinya diserahinnya di mana ya?")
    assert "mengadakannya" in standard_words("yg ngadainnya siapa?")
    assert standard_words("Where did he ask his family to pick him up?") == "Where did he ask his family to pick up him?"


def test_an_amount_asked_per_head_or_per_day_is_money_and_a_rate():
    from rag.answer.how_many import _rates_around, _rates_asked

    question = "Roughly how much per inmate per day did the Sorong prison have for three meals?"
    assert asked_measure(question) == "money"
    assert _rates_asked(question) == {"person", "day"}
    text = "Bila dibagi dengan jumlah napi, setiap orang rata-rata hanya dijatah Rp 17.000 untuk tiga kali makan dalam sehari."
    amount = next(q for q in find_quantities(text) if q.number == "17.000")
    assert _rates_around(text, amount) == {"person", "day"}
    assert asked_measure("How much was the Solo detention centre expecting to owe its caterer?") == "money"
    assert understand("What total value of assets was kept at the Bandung Rupbasan?", []).kind == "how_many"
    assert understand("What per-inmate daily food cost did the directorate use?", []).kind == "how_many"
    assert _rates_asked("What per-inmate daily food cost did the directorate use?") == {"person", "day"}


def test_nationalities_are_asked_as_countries():
    from rag.countries import ASKS_COUNTRY

    assert ASKS_COUNTRY.search("Which nationalities were among the foreign inmates?")
    assert ASKS_COUNTRY.search("Napi asingnya warga negara mana aja?")
    assert not ASKS_COUNTRY.search("Berapa warga negara asing yang dipindahkan?")


def test_chat_in_on_a_two_word_root_and_what_made_something_happen():
    from rag.query import standard_words

    assert standard_words("kapan gedungnya diserahterimain?") == "kapan gedungnya diserahterimakan?"
    assert "dibebastugaskan" in standard_words("kalapasnya dibebastugasin kenapa?")
    assert standard_words("yg dimain siapa") == "yang dimain siapa"  # no root of two words
    assert understand("Apa yang membuat 90 napi terancam tidak bisa memilih?", []).kind == "why"
    assert understand("Apa yang dibuat napi di bengkel kerja itu?", []).kind != "why"


def test_a_decree_number_of_a_year_is_found_as_the_report_writes_it():
    # "Decree 17/2025" is written "Keputusan Presiden Nomor 17 Tahun 2025" in the report.
    decree = next(c for c in question_concepts("When was the amnesty of Decree 17/2025 handed over?", "en")
                  if c.label == "17/2025")
    assert decree.matches(frozenset({"keputusan", "presiden", "nomor", "17", "tahun", "2025"}))
    assert not decree.matches(frozenset({"nomor", "17", "tahun", "2024"}))


def test_a_bare_name_after_and_qualifies_the_indonesian_noun_before_it():
    # "personel TNI sama Polri": Polri's personnel, not a count of "Polri".
    parts = quantity_slots("Ada berapa personel TNI sama Polri yang mengawal pemindahan napi?")
    assert len(parts) == 2 and "personel Polri" in parts[1]
    # A noun of its own after "dan" keeps its own head.
    assert "berapa tahanan" in quantity_slots("Berapa napi narkoba dan tahanan yang dites urine?")[1].lower()


def test_the_class_of_a_remission_is_no_count():
    from rag.answer.how_many import _REMISSION_CLASS_BEFORE
    text = "Sementara itu, 112 napi memperoleh remisi umum dua sehingga bisa langsung bebas."
    assert _REMISSION_CLASS_BEFORE.search(text[: text.index("dua")])
    assert not _REMISSION_CLASS_BEFORE.search("Sebanyak 112 napi memperoleh ")


def test_regions_named_bare_are_read_through_the_list_they_open():
    from rag.answer.where import _bare_regions
    text = "Mereka disebar ke beberapa lapas di Indonesia, mulai dari Jawa Timur, Jawa Tengah, hingga Belitung."
    assert [text[a:b] for a, b in _bare_regions(text)] == ["Jawa Timur", "Jawa Tengah", "Belitung"]


def test_a_weekday_a_service_keeps_is_read_undated_but_not_an_event_s_dated_day():
    from rag.answer.when import _EVERY_WEEKDAY

    kept = _EVERY_WEEKDAY.search("Sementara itu, layanan khusus untuk penitipan barang dibuka pada hari Sabtu.")
    assert kept is not None and kept.group("weekday") == "Sabtu" and kept.group("every") is None
    assert _EVERY_WEEKDAY.search("Upacara digelar pada hari Sabtu (12/3/2022) di lapangan.") is None
    assert _EVERY_WEEKDAY.search("Bimbingan diikuti tiap hari Jumat sepulang sekolah.").group("every") == "tiap"


def test_a_hiding_place_asked_in_chat_is_asked_after_respelling():
    from rag.answer.where import _ASKS_HIDDEN

    question = understand("Pengunjung Rutan Padang itu nyembunyiin hp-nya di mana?", []).question
    assert _ASKS_HIDDEN.search(question) is not None


def test_failing_at_an_act_is_no_failed_test():
    from rag.answer.how_many import _OUTCOMES

    failed_test = next(asked for asked, _ in _OUTCOMES if asked.search("How many failed the exam?"))
    assert failed_test.search("How many of his men did he fail to control? He failed to control 13.") is None
    assert failed_test.search("Berapa yang gagal mengendalikan anak buahnya?") is None
    assert failed_test.search("Berapa peserta yang gagal?") is not None


def test_a_month_tied_to_the_report_s_time_takes_the_nearest_year():
    from rag.answer.when import _year_of_month

    july_2019 = date(2019, 7, 4)
    assert _year_of_month(2, "lalu", july_2019) == 2019
    assert _year_of_month(10, "lalu", july_2019) == 2018
    assert _year_of_month(3, "mendatang", july_2019) == 2020
    assert _year_of_month(9, "mendatang", july_2019) == 2019
    assert _year_of_month(9, "tahun lalu", july_2019) == 2018


def test_the_thing_asked_as_something_s_role_and_other_things_asked_in_the_plural():
    from rag.answer.evidence import asked_thing

    assert asked_thing("What is the directorate weighing as its next legal step after that ruling?") == "step"
    assert asked_thing("What was used as a weapon?") == "weapon"
    assert understand("Apart from farming, what other vocational skills are inmates trained in?", []).kind == "items"


def test_to_be_taken_asks_where_to_past_a_clause_of_time_in_a_relative_one():
    from rag.answer.where import _ASKS_DESTINATION

    assert _ASKS_DESTINATION.search("Where was the body of the inmate who died after a fight to be taken?")
    assert not _ASKS_DESTINATION.search("Where was he held before being taken to court?")


def test_a_stretch_in_two_units_is_one_stretch():
    from rag.answer.how_many import _DURATION

    assert [m.group() for m in _DURATION.finditer("dengan potongan 1 bulan 15 hari.")] == ["1 bulan 15 hari"]
    assert [m.group() for m in _DURATION.finditer("selama 3 hari 2 orang pulang")] == ["3 hari"]


def test_a_follow_up_with_its_own_how_is_not_the_previous_who():
    history = [Turn("Who led the escape from Rutan Maesa?", "Indra.")]
    assert understand("And how exactly did the six of them get out?", history).kind == "what"
    assert understand("And at Rutan Palu?", history).kind == "who"  # no question word of its own


def test_a_body_s_name_before_a_person_noun_asks_who_but_not_past_a_verb():
    assert understand("Which Directorate General of Corrections official led the search?", []).kind == "who"
    assert understand("Which outside body helped train inmates at the prison?", []).kind != "who"
    assert understand("What did officials do with the phones confiscated in the raid?", []).kind != "items"
    assert understand("Lembaga pemasyarakatan mana di Bengkulu yang punya LPK?", []).kind == "list"
