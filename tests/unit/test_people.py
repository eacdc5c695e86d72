"""People and their posts: sentences written for these tests, then the development corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rag.chunking import split_sentences
from rag.corpus import parse_article
from rag.people import (
    AskedPost,
    PersonMention,
    find_people,
    holds,
    people_version,
    posts_in_question,
    same_kind_of_unit,
)
from rag.upt import find_upts

DEVCORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "devcorpus"

#: Words that name an institution, a section or a post: never part of a person's name.
INSTITUTION_WORDS = frozenset(
    ["lapas", "rutan", "bapas", "lpka", "rupbasan", "kanwil", "kemenkumham", "divisi", "seksi",
     "subsi", "subseksi", "keamanan", "ketertiban", "kelas", "kepala", "kalapas", "karutan",
     "kakanwil", "kadiv", "kasi", "kasubsi", "pemasyarakatan", "bimbingan", "narapidana",
     "kantor", "wilayah", "pembina", "apel", "ditjenpas"]
)  # fmt: skip


def people(text: str, places: frozenset[str] = frozenset()) -> dict[str, PersonMention]:
    return {p.name: p for p in find_people(text, places)}


# ------------------------------------------------------------------ headlines


def test_headline_words_after_a_post_are_a_verb_phrase_not_a_name():
    assert find_people("Kalapas Sumbawa Ajak Pegawai Jaga Netralitas") == []
    assert find_people("Karutan Wates Tekankan Netralitas Jelang Pilkada") == []
    assert find_people("Kalapas Sumbawa Ajak Pegawai Jaga Netralitas.") == []


def test_headline_name_stops_at_the_verb_that_follows_it():
    found = people("Kakanwil Kemenkumham Sultra Budi Prasetyo Tinjau Rutan Kendari")
    assert list(found) == ["Budi Prasetyo"]
    assert found["Budi Prasetyo"].post_kind == "head_kanwil"
    assert found["Budi Prasetyo"].org == "Kanwil Kemenkumham Sultra"


# ------------------------------------------------------------------ sections


def test_a_section_of_an_office_is_not_a_person():
    text = "Petugas Subsi Keamanan dan Ketertiban serta Seksi Bimbingan Narapidana memeriksa blok."
    assert find_people(text) == []


def test_section_head_keeps_the_section_out_of_the_name():
    found = people(
        "Kasubsi Keamanan dan Ketertiban Rutan Kelas IIB Wates, Andi Wiranata, memeriksa kamar."
    )
    assert list(found) == ["Andi Wiranata"]
    assert found["Andi Wiranata"].post_kind == "section_head"
    assert found["Andi Wiranata"].post == "Kasubsi Keamanan dan Ketertiban Rutan Kelas IIB Wates"


def test_long_section_title_with_its_abbreviation_in_brackets():
    text = "Kepala Seksi Bimbingan Narapidana (Kasi Binapi) Lapas Kelas III Sarolangun Rina Oktavia hadir."
    found = people(text)
    assert list(found) == ["Rina Oktavia"]
    assert found["Rina Oktavia"].post_kind == "section_head"


# ------------------------------------------------------------------ degrees and ranks


@pytest.mark.parametrize(
    ("text", "name", "full"),
    [
        ("Kepala Lapas Kelas IIB Sragen, Yosef Widodo, A.Md.IP, S.H., M.H., membuka kegiatan.",
         "Yosef Widodo", "Yosef Widodo, A.Md.IP, S.H., M.H."),
        ("Kalapas Kelas IIA Cilegon Hendra Kurniawan, S.Sos, M.Si menutup acara.",
         "Hendra Kurniawan", "Hendra Kurniawan, S.Sos, M.Si"),
        ("Kasubsi Registrasi Bimkemas Dedi Firmansyah, S. AP menjelaskan data pemilih.",
         "Dedi Firmansyah", "Dedi Firmansyah, S. AP"),
        ("Karutan Kelas IIB Muara Enim Arief Budiman, Amd.IP, S.Kom memantau TPS.",
         "Arief Budiman", "Arief Budiman, Amd.IP, S.Kom"),
        ("Kepala Rutan Kelas IIB Kebumen, Dr. Lukas Hartono, S.H, M.H. hadir.",
         "Lukas Hartono", "Dr. Lukas Hartono, S.H, M.H."),
    ],
)  # fmt: skip
def test_degrees_and_honorifics_stay_out_of_the_bare_name(text, name, full):
    found = people(text)
    assert list(found) == [name]
    assert found[name].full == full
    assert text[found[name].start : found[name].end] == name


def test_ranks_mark_where_a_name_starts_and_stay_out_of_it():
    text = "Hadir Kapolres Sragen AKBP Hadi Purnomo dan Dandim 0725 Letkol Inf Rizki Maulana."
    found = people(text)
    assert list(found) == ["Hadi Purnomo", "Rizki Maulana"]
    assert found["Hadi Purnomo"].rank == "AKBP"
    assert found["Hadi Purnomo"].post_kind == "police_chief"
    assert found["Rizki Maulana"].full == "Letkol Inf Rizki Maulana"
    assert found["Rizki Maulana"].upt_kind == "kodim"


def test_rank_with_corps_and_dot():
    text = "Arahan disampaikan Sekretaris Jenderal Kemenkumham, Komjen Pol. Rudi Setiawan, kepada pegawai."
    found = people(text)
    assert list(found) == ["Rudi Setiawan"]
    assert found["Rudi Setiawan"].rank == "Komjen Pol"
    assert found["Rudi Setiawan"].post_kind == "secretary_general"


def test_a_two_word_place_before_a_rank_belongs_to_the_force_not_the_name():
    text = ("Kepala Bidang Humas Polda Metro Jaya, Kombespol Rikwanto, menyebutkan korban luka ada lima orang. "
            "Kepala Kantor Kemenag Tanjungbalai, Dr H Ahmad Sofian, ikut meneken.")
    found = people(text)
    assert list(found) == ["Rikwanto", "Dr H Ahmad Sofian"]
    assert "Polda Metro Jaya" in found["Rikwanto"].post
    assert found["Dr H Ahmad Sofian"].post == "Kepala Kantor Kemenag Tanjungbalai"


def test_acting_as_leader_directly_makes_the_named_official_the_leader():
    text = ("Apel digelar di halaman Lapas Kelas IIA Cilegon, dengan Kepala Kantor Wilayah (Kanwil) Kemenkumham "
            "Banten, Tejo Harwanto, bertindak langsung sebagai pemimpin apel.")
    found = people(text)
    assert list(found) == ["Tejo Harwanto"]
    assert "leader" in found["Tejo Harwanto"].duties


def test_words_in_brackets_after_an_acronym_spell_it_out_and_are_no_name():
    text = "Dokter Lapas Kelas IIA Cilegon, Emyke, menyebut warga binaan itu menderita TB MDR (Resisten Obat)."
    assert list(people(text)) == ["Emyke"]


def test_english_words_spelling_out_an_acronym_are_no_name_even_when_the_first_is_passed_over():
    # "Addiction" is a word the name reader passes over, so the name tried starts later.
    text = ("Kepala Seksi Pelayanan Tahanan, Gaffar Waliyondi, menyebut peserta diasesmen dengan Form ASI "
            "(Addiction Severity Index) dan WHOQOL (World Health Organization Quality of Life).")
    assert list(people(text)) == ["Gaffar Waliyondi"]


def test_an_inspector_general_is_a_post_and_a_meeting_is_no_person():
    text = ("Penyerahan dilakukan oleh Inspektur Jenderal Wilayah V Inspektorat Jenderal Kemenkumham RI, "
            "Pria Wibawa, saat ia membuka Rapat Monitoring dan Evaluasi.")
    found = people(text)
    assert list(found) == ["Pria Wibawa"]
    assert found["Pria Wibawa"].post.startswith("Inspektur Jenderal")


def test_an_inspector_general_of_a_ministry_keeps_his_whole_name():
    text = ("Bambang Haryono menyerahkan jabatannya kepada Iwan Kurniawan dengan disaksikan Inspektur Jenderal "
            "Kemenkumham Aidir Amin Daud di Palu.")
    found = people(text)
    assert "Aidir Amin Daud" in found
    assert found["Aidir Amin Daud"].post == "Inspektur Jenderal Kemenkumham"
    assert "Aidir Amin Daud" in people("Acara itu turut dihadiri Irjen Kemenkumham Aidir Amin Daud.")
    # An inspector of a region keeps his apposition: the roman numeral is no name.
    assert list(people("Inspektur Wilayah II Itjen Kemenkumham, Budi Santoso, hadir.")) == ["Budi Santoso"]


def test_initials_set_off_by_a_comma_do_not_end_the_sentence():
    text = "Kepala Bapas Kelas II Gorontalo, RM. Dwi Arnanto, menyampaikan bahwa 416 klien akan didampingi. Hal ini diungkap KPK. Lalu ia pergi."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Kepala Bapas Kelas II Gorontalo, RM. Dwi Arnanto, menyampaikan bahwa 416 klien akan didampingi.",
        "Hal ini diungkap KPK.", "Lalu ia pergi."]


def test_the_head_of_a_upt_that_is_a_rutan_holds_the_rutan_head_post():
    question = "Siapa kepala Rutan Sidikalang yang mengeluhkan kekurangan pegawai?"
    text = "Kepala Unit Pelaksana Teknis (UPT) Rutan Kelas IIB Sidikalang, Japaham Sinaga, menyebut rutan penuh."
    (asked,) = posts_in_question(question, "id")
    assert holds(people(text)["Japaham Sinaga"], asked)


# ------------------------------------------------------------------ several officials


def test_several_officials_in_one_sentence_each_get_their_own_post():
    text = (
        "Kegiatan dihadiri Kakanwil Kemenkumham Jambi Agus Salim, Kadiv Pemasyarakatan Sri Lestari "
        "Widya, serta Kalapas Kelas IIA Jambi Hendra Kusuma."
    )
    found = people(text)
    assert list(found) == ["Agus Salim", "Sri Lestari Widya", "Hendra Kusuma"]
    assert [found[n].post_kind for n in found] == ["head_kanwil", "head_division", "head_upt"]
    assert found["Sri Lestari Widya"].upt_kind == "divisi_pas"
    assert found["Hendra Kusuma"].org == "Lapas Kelas IIA Jambi"


def test_regional_head_is_not_the_division_head_or_the_secretary_general():
    text = (
        "Kepala Divisi Pemasyarakatan Kanwil Kemenkumham Banten, Joko Susanto, mewakili Kepala "
        "Kanwil Kemenkumham Banten, Rina Marlina, dan Sekretaris Jenderal, Anton Wibisono."
    )
    asked = posts_in_question("Siapa Kepala Kanwil Kemenkumham Banten?", "id")[0]
    holders = [p.name for p in find_people(text) if holds(p, asked)]
    assert holders == ["Rina Marlina"]


# ------------------------------------------------------------------ role after the name, duties


def test_role_after_the_name():
    text = "Bambang Sutrisno, Kepala Rutan Kelas IIB Wonosobo yang baru dilantik, menyambut tamu."
    found = people(text)
    assert list(found) == ["Bambang Sutrisno"]
    assert found["Bambang Sutrisno"].post == "Kepala Rutan Kelas IIB Wonosobo"
    assert found["Bambang Sutrisno"].org == "Rutan Kelas IIB Wonosobo"


def test_selaku_pembina_apel_is_a_duty():
    found = people("Dewanto Prasetya selaku pembina apel menyampaikan amanat Menteri.")
    assert found["Dewanto Prasetya"].post_kind == "leader"
    asked = posts_in_question("Siapa pembina apel siaga di Lapas Kudus?", "id")
    assert holds(found["Dewanto Prasetya"], asked[0])


def test_dipimpin_oleh_gives_the_leader_duty_besides_the_post():
    found = people("Apel pagi dipimpin oleh Kepala Bapas Kelas II Pati, Heru Santosa.")
    heru = found["Heru Santosa"]
    assert (heru.post_kind, heru.upt_kind, heru.duties) == ("head_upt", "bapas", ("leader",))


def test_post_then_duty_after_the_name():
    text = "Kepala Lapas Kelas IIB Kudus Wahyu Nugraha bertindak sebagai Pembina Apel."
    wahyu = people(text)["Wahyu Nugraha"]
    assert wahyu.post_kind == "head_upt" and "leader" in wahyu.duties


def test_representative_does_not_hold_the_post_he_stands_in_for():
    text = "Komandan Kodim 0410/Bandar Lampung yang diwakili Kapten Inf Yudi Hartono turut hadir."
    yudi = people(text)["Yudi Hartono"]
    assert "representative" in yudi.duties
    assert not holds(yudi, AskedPost("military_commander", "kodim", frozenset()))
    assert holds(yudi, AskedPost("military_officer", None, frozenset()))


# ------------------------------------------------------------------ single-word names


@pytest.mark.parametrize(
    ("text", "name", "places"),
    [
        ("Kalapas Kelas IIB Blitar, Totok, memimpin apel.", "Totok", frozenset()),
        ("Kadiv Pemasyarakatan Sutrisno menandatangani pakta integritas.", "Sutrisno", frozenset()),
        ("Karutan Purworejo Sumarno menyerahkan remisi.", "Sumarno", frozenset({"purworejo"})),
        ("Kepala Kanwil Kemenkumham Bengkulu Jumadi meninjau TPS.", "Jumadi", frozenset()),
    ],
)  # fmt: skip
def test_single_word_names_next_to_a_post(text, name, places):
    assert list(people(text, places)) == [name]


def test_a_single_capitalised_word_without_a_post_is_not_a_person():
    assert find_people("Menurut Sumarno, seluruh petugas harus netral.") == []


# ------------------------------------------------------------------ questions and holds


def test_question_head_of_unit_with_org_words():
    assert posts_in_question("Siapa Kepala Rutan Kelas IIB Krui yang memimpin apel?", "id") == [
        AskedPost("head_upt", "rutan", frozenset({"krui"})),
        AskedPost("leader", None, frozenset()),
    ]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("siapa kepala lapas kelas iia salemba saat pilkada",
         AskedPost("head_upt", "lapas", frozenset({"salemba"}))),
        ("Siapa Kalapas Banjarbaru menjamin tidak ada kecurangan?",
         AskedPost("head_upt", "lapas", frozenset({"banjarbaru"}))),
        ("Siapa Kepala Kantor Wilayah Kementerian Hukum dan HAM Jawa Tengah?",
         AskedPost("head_kanwil", "kanwil", frozenset({"jawa", "tengah"}))),
        ("Siapa Dandim 1204/Sanggau?", AskedPost("military_commander", "kodim", frozenset({"sanggau"}))),
        ("Siapa Kadiv Pemasyarakatan Kanwil Banten?",
         AskedPost("head_division", "divisi_pas", frozenset({"banten"}))),
    ],
)  # fmt: skip
def test_indonesian_question_org_words_stop_at_the_clause(question, expected):
    assert posts_in_question(question, "id") == [expected]


def test_question_post_of_another_person_is_left_out():
    asked = posts_in_question("Siapa Kalapas Wates yang mendampingi Kakanwil DIY?", "id")
    assert asked == [AskedPost("head_upt", "lapas", frozenset({"wates"}))]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who is the head of the Central Java regional office?",
         AskedPost("head_kanwil", "kanwil", frozenset({"jawa", "tengah"}))),
        ("Who heads the Kudus detention centre?", AskedPost("head_upt", "rutan", frozenset({"kudus"}))),
        ("Who was the head of the Corrections Division at the regional office?",
         AskedPost("head_division", "divisi_pas", frozenset())),
        (
            "Who is the Pontianak detention center head?",
            AskedPost("head_upt", "rutan", frozenset({"pontianak"})),
        ),
        (
            "Who is the head of the Langsa Class IIB prison?",
            AskedPost("head_upt", "lapas", frozenset({"langsa"})),
        ),
        ("Who led the roll call?", AskedPost("leader", None, frozenset())),
        ("Who was the instructor of the welding course?", AskedPost("instructor", None, frozenset())),
        ("Who is the district police chief?", AskedPost("police_chief", "polres", frozenset())),
        # The ministry's English name between "head of the" and the unit is no unit's name.
        ("Who was the head of the Law and Human Rights regional office in East Nusa Tenggara?",
         AskedPost("head_kanwil", "kanwil", frozenset())),
        # A chair asked by the verb, with the body's place inside the phrase.
        ("Who chaired the Magetan election commission in 2014?", AskedPost("election_chair", "kpu", frozenset({"magetan"}))),
        # A body's short name, its place, then the post.
        ("Which Bawaslu Balikpapan commissioner was there?",
         AskedPost("election_commissioner", "bawaslu", frozenset({"balikpapan"}))),
    ],
)  # fmt: skip
def test_english_questions(question, expected):
    assert posts_in_question(question, "en")[0] == expected


@pytest.mark.parametrize(
    "question",
    ["Siapa yang kabur dari lapas?", "Who escaped from the prison?", "Siapa saja yang hadir?"],
)
def test_question_without_a_post(question):
    assert posts_in_question(question, "id" if question.startswith("Siapa") else "en") == []


def test_holds_understands_region_abbreviations():
    person = people("Kepala Kanwil Kemenkumham DIY Anwar Sadat membuka apel.")["Anwar Sadat"]
    assert holds(person, AskedPost("head_kanwil", "kanwil", frozenset({"yogyakarta"})))
    assert not holds(person, AskedPost("head_kanwil", "kanwil", frozenset({"banten"})))
    assert not holds(person, AskedPost("head_upt", "lapas", frozenset()))


def test_holds_a_post_that_names_no_unit_for_any_unit_of_its_kind():
    person = people("Kepala Lapas, Sujono, mengaku ikut mencoblos.")["Sujono"]
    assert holds(person, AskedPost("head_upt", "lapas", frozenset({"langsa"})))


def test_territorial_posts_take_their_place_before_the_name():
    found = people(
        "Wakil Bupati Kendal Windu Suko Basuki dan Bupati Pasuruan H. Irsyad Yusuf hadir."
    )
    assert list(found) == ["Windu Suko Basuki", "Irsyad Yusuf"]
    assert found["Irsyad Yusuf"].full == "H. Irsyad Yusuf"
    assert found["Windu Suko Basuki"].org == "Kendal"


def test_election_names_are_not_posts():
    text = "Menjelang Pemilihan Kepala Daerah (Pilkada) Serentak 2024, pegawai berikrar."
    assert find_people(text) == []


def test_chained_roles_after_the_name():
    text = "Budi Santoso selaku Kepala KPLP bertindak sebagai komandan apel melapor."
    budi = people(text)["Budi Santoso"]
    assert (budi.post_kind, budi.duties) == ("section_head", ("commander",))


def test_post_span_and_name_span_point_into_the_text():
    text = "Sementara itu, Kepala Rutan Kelas IIB Wates, Andi Wiranata, menjelaskan."
    andi = find_people(text)[0]
    assert text[andi.start : andi.end] == "Andi Wiranata"
    assert text[andi.role_start : andi.role_end] == andi.post == "Kepala Rutan Kelas IIB Wates"


def test_english_post_with_of_gives_org_words():
    assert posts_in_question("Who is the mayor of Pontianak?", "en") == [
        AskedPost("mayor", None, frozenset({"pontianak"}))
    ]


def test_posts_data_file_is_well_formed():
    data = json.loads((Path(__file__).resolve().parents[2] / "rag/data/posts.json").read_text())
    tails = {"upt", "region", "office", "section", "org", "territory", "apposition", "none"}
    for entry in [*data["units"], *data["posts"]]:
        assert entry["post_kind"] and entry["tail"] in tails, entry
    for unit in data["units"]:
        assert unit["words"] and unit["upt_kind"], unit
    assert all(k == k.lower() for k in data["regions"]["aliases"])


def test_people_version_names_code_and_data():
    assert re.fullmatch(r"\d+-[0-9a-f]{12}", people_version())


# ------------------------------------------------------------------ the development corpus


def _dev_articles() -> dict[str, tuple[str, str, frozenset[str]]]:
    """doc id → (title, text, place words) for every development article."""
    folder = DEVCORPUS / "articles"
    articles = {}
    for path in sorted(folder.glob("*.txt")):
        article = parse_article(path.read_text("utf-8"), path.stem.split("_")[0], path.name)
        articles[article.doc_id] = (article.title, article.text, article.place or "")
    more = folder / "more.jsonl"
    lines = more.read_text("utf-8").splitlines() if more.exists() else []
    for number, line in enumerate(filter(None, lines), 1):
        record = json.loads(line)
        articles[f"k{number:02d}"] = (record["title"], record["text"], "")
    return {
        doc: (title, text, _places(title, text, place))
        for doc, (title, text, place) in articles.items()
    }


def _places(title: str, text: str, place: str) -> frozenset[str]:
    """Place words as the index gives them: each UPT's place and the dateline."""
    words = {name.split()[-1].lower() for name in find_upts(f"{title}\n{text}")}
    return frozenset(words | set(place.lower().split()))


def _dev_people(title: str, text: str, places: frozenset[str]) -> list[PersonMention]:
    found = find_people(title, places)
    for start, end in split_sentences(text):
        found += find_people(text[start:end], places)
    return found


def _dev_who_questions() -> list[dict]:
    lines = (DEVCORPUS / "qa.jsonl").read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return [r for r in records if r["split"] == "dev" and r["type"] == "who"]


needs_devcorpus = pytest.mark.skipif(
    not (DEVCORPUS / "qa.jsonl").exists(), reason="development corpus not present"
)


def _answered(question: dict, articles: dict) -> bool:
    """Whether the gold name is found in a gold article holding the question's post."""
    asked = posts_in_question(question["q"], question["lang"])
    golds = [g.lower() for g in question["answer_all"][0]]
    for doc in question["gold_docs"]:
        for person in _dev_people(*articles[doc]):
            named = any(g in person.name.lower() for g in golds)
            if named and (not asked or holds(person, asked[0])):
                return True
    return False


@needs_devcorpus
def test_dev_who_questions_find_the_gold_person_holding_the_asked_post():
    articles = _dev_articles()
    questions = _dev_who_questions()
    failures = [q["id"] for q in questions if not _answered(q, articles)]
    print(f"\ndev who-questions satisfied: {len(questions) - len(failures)}/{len(questions)}")
    assert failures == []


@needs_devcorpus
def test_dev_corpus_names_hold_no_institution_or_section_word():
    violations = [
        (doc, person.name)
        for doc, article in _dev_articles().items()
        for person in _dev_people(*article)
        if INSTITUTION_WORDS & {w.lower() for w in re.findall(r"\w+", person.name)}
    ]
    assert violations == []


# ------------------------------------------------------------------ first-sight batches 32-33


def test_a_place_of_two_words_after_a_post_is_one_place():
    # "Karang Intan" is a district: the person is the name after it, not "Intan".
    found = people("Kalapas Karang Intan, Edi Mulyono, menyebut kegiatan itu langkah konkret.")
    assert set(found) == {"Edi Mulyono"}
    assert found["Edi Mulyono"].post == "Kalapas Karang Intan"


@pytest.mark.parametrize(("text", "name", "post"), [
    # Wards of two words ("Merah Mata", "Pondok Bambu") are the unit's place, not a name.
    ("Kepala Lapas Merah Mata, Harun, menuturkan penyakit itu baru ketahuan.", "Harun", "Kepala Lapas Merah Mata"),
    ("Kepala Rutan Pondok Bambu, Sri Susilarti, menyambut rombongan.", "Sri Susilarti", "Kepala Rutan Pondok Bambu"),
    # The section and office of a civil registry are words of the post, not a name.
    ("Kepala Seksi Identitas Dinas Kependudukan dan Catatan Sipil (Disdukcapil) Kabupaten Cirebon, Syamsuri, "
     "mengakui kesulitan itu.", "Syamsuri",
     "Kepala Seksi Identitas Dinas Kependudukan dan Catatan Sipil (Disdukcapil) Kabupaten Cirebon"),
    # After a post, a given name that is also an ordinary word ("Hari", a day) opens a name.
    ("Kalapas Tembilahan, Hari Winarca, mengapresiasi pemberian remisi.", "Hari Winarca", "Kalapas Tembilahan"),
])
def test_a_units_place_of_two_words_is_no_part_of_the_holders_name(text, name, post):
    found = people(text)
    assert set(found) == {name}
    assert found[name].post == post


@pytest.mark.parametrize(
    "text",
    ["Ia menjabat Ketua Kelompok Panitia Pemungutan Suara (KPPS) di TPS Rutan Sawahlunto.",
     "Lima warga binaan lolos sidang Tim Pengamat Pemasyarakatan (TPP) bulan lalu."],
)
def test_words_an_acronym_spells_out_name_a_body_not_a_person(text):
    assert people(text) == {}


def test_a_body_and_its_acronym_are_the_posts_organisation():
    found = people("Kepala Badan Nasional Penanggulangan Terorisme (BNPT) Komjen Pol. Boy Rafli Amar hadir.")
    assert set(found) == {"Boy Rafli Amar"}
    assert "BNPT" in found["Boy Rafli Amar"].post


@pytest.mark.parametrize(
    "text",
    ["Di dalam lapas terdapat Pondok Pesantren AT Taubah, cabang Yayasan Ponpes Sabilur Rosyad.",
     "Dua napi diwisuda setelah menyelesaikan Tahfidz Alquran satu juz.",
     "Lancar Iqro dan Hafal Juz 30, 68 Napi Lapas Pangkalan Bun Diwisuda"],
)
def test_institutions_and_religious_studies_are_not_people(text):
    assert people(text) == {}


def test_a_post_linked_by_a_word_belongs_to_the_name_before_it():
    found = people("Ia didampingi Jaliludin selaku Kepala Seksi Pengawasan dan Penegakan Disiplin, "
                   "H. Nabil yang menjabat Kasubbag Umum, serta Purwanto sebagai Kepala Subseksi Pendidikan.")
    assert found["Jaliludin"].post == "Kepala Seksi Pengawasan dan Penegakan Disiplin"
    assert found["Nabil"].post == "Kasubbag Umum"
    assert found["Purwanto"].post == "Kepala Subseksi Pendidikan"
    assert "Disiplin" not in found


def test_a_single_name_called_an_inmate_after_a_comma_is_a_person():
    assert set(people("Lagu itu dibawakan Helmi, warga binaan yang mewakili blok G.")) == {"Helmi"}
    assert people("Di Bangli, napi menonton pertandingan.") == {}


def test_a_deputy_governor_without_a_territory_keeps_his_first_name():
    found = people("Gubernur NTT Melki Laka Lena dan Wakil Gubernur Johni Asadoma menyerahkan SK remisi.")
    assert set(found) == {"Melki Laka Lena", "Johni Asadoma"}
    assert found["Johni Asadoma"].post == "Wakil Gubernur"


def test_a_class_in_digits_is_part_of_the_unit():
    found = people("Kepala Rupbasan Klas 1 Cirebon, Fajar Nurcahyono Assyfa, menjelaskan tugasnya.")
    assert found["Fajar Nurcahyono Assyfa"].post == "Kepala Rupbasan Klas 1 Cirebon"


def test_the_post_beside_siapa_is_the_one_asked_and_a_recipient_is_not():
    asked = posts_in_question("Gubernur NTT membacakan surat menteri siapa?", "id")
    assert asked[0].post_kind == "minister"
    assert posts_in_question("Who handed the WBK title to the head of the Cikarang prison?", "en") == []


def test_the_pages_credits_name_no_one_in_the_story():
    found = people("Penulis: Andi Pausiah | Editor: M Purnomo Susanto Kain batik karya WBP dipamerkan.")
    assert not {"Andi Pausiah", "Purnomo Susanto Kain", "Purnomo Susanto"} & set(found)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [("Apresiasi datang dari Kepala Suku Dinas Pertamanan dan Hutan Kota Jakpus, Mila Ananda.", "Mila Ananda", None),
     ("Kepala Dinas Pendidikan Kota Palu, Budi Santoso, hadir.", "Budi Santoso", "Kepala Dinas Pendidikan Kota Palu"),
     ("Kepala Bidang Pembimbing Kemasyarakatan Kanwil Ditjenpas DKJ, Tarbiati, ikut memantau.", "Tarbiati",
      "Kepala Bidang Pembimbing Kemasyarakatan Kanwil Ditjenpas DKJ")],
)
def test_what_a_body_does_is_part_of_its_name_not_a_person(text, name, post):
    found = people(text)
    assert set(found) == {name}
    if post is not None:
        assert found[name].post == post


def test_an_english_head_of_a_body_named_in_brackets_asks_for_its_kepala() -> None:
    asked = posts_in_question(
        "Who heads the Pekalongan city job-training centre (UPTD BLK) that trained the inmates?",
        "en",
    )
    assert [(a.post_kind, a.org_words) for a in asked] == [("head_other", frozenset({"pekalongan"}))]
    # A bracketed Indonesian post is read as that post, not as the head of a body.
    division = posts_in_question(
        "Who is the head of the Corrections Division (Kadiv Pemasyarakatan) of Jatim?", "en"
    )
    assert [a.post_kind for a in division] == ["head_division"]


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # A body whose name holds "dan", its acronym in brackets after it.
        (("Pemerintah Kota Contoh diwakili Kepala Dinas Pemuda dan Olahraga (Dispora), Sutapa, "
          "dalam acara itu."), "Sutapa", "Kepala Dinas Pemuda dan Olahraga (Dispora)"),
        # A regional secretary, acting: "Pj" and "Sekda" are the post, not the name.
        ("Sutapa hadir mewakili Pj Sekda Tony Elfian.", "Tony Elfian", "Pj Sekda"),
    ],
)
def test_a_bodys_name_with_dan_and_a_regional_secretary_are_posts(text, name, post):
    assert (name, post) in [(p.name, p.post) for p in find_people(text)]


def test_a_unit_head_abbreviation_takes_a_town_the_gazetteer_knows_as_its_place():
    # No "Lapas Luwuk" is written in the sentence: the gazetteer says Luwuk is a town.
    found = people("Dalam kunjungan itu Kakanwil didampingi Kalapas Poso Hendra Saputra, "
                   "serta Kalapas Luwuk Muhammad Bahrun.")
    assert found["Muhammad Bahrun"].post == "Kalapas Luwuk"
    assert found["Hendra Saputra"].post == "Kalapas Poso"


def test_an_ordinary_word_between_two_name_words_is_part_of_the_name():
    found = people("Turut hadir Kalapas Kolonodale Bambang Hari Widodo pada Hari Senin itu.",
                   frozenset({"kolonodale"}))
    assert list(found) == ["Bambang Hari Widodo"]


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (("Permintaan itu datang dari Kepala Subdirektorat III Direktorat Reserse Narkoba Polda Aceh, "
          "Kompol Ahzan, pekan lalu."), "Ahzan", "Kepala Subdirektorat III Direktorat Reserse Narkoba Polda Aceh"),
        ("Kepala Satuan Reserse Kriminal Polres Bima, AKP Yerry Budi, membenarkan kejadian itu.",
         "Yerry Budi", "Kepala Satuan Reserse Kriminal Polres Bima"),
    ],
)  # fmt: skip
def test_police_unit_names_are_the_post_not_a_person(text, name, post):
    found = people(text)
    assert list(found) == [name]
    assert found[name].post == post


@pytest.mark.parametrize("place", ["Dermaga Wijayapura", "Terminal Purabaya", "Jembatan Ampera"])
def test_a_named_pier_terminal_or_bridge_is_no_person(place):
    assert find_people(f"Paket itu diketahui petugas saat diperiksa di {place}, Cilacap.") == []


def test_a_person_a_place_is_named_after_is_no_person_in_the_sentence():
    # "Bandara Sultan Hasanuddin": the airport, not the sultan.
    from rag.analysis import _undated_spans

    people = _undated_spans("Rombongan tiba di Bandara Sultan Hasanuddin pada Senin pagi.", frozenset())[1]
    assert people == ()


@pytest.mark.parametrize(
    ("sentence", "name", "post"),
    [
        ("Rombongan diterima oleh Kepala Seksi Intelijen Kejaksaan Negeri Maluku Tenggara, Paulus Rahakbauw.",
         "Paulus Rahakbauw", "Kepala Seksi Intelijen Kejaksaan Negeri Maluku Tenggara"),
        ("Hadir pula Kasi Pidum Kejaksaan Negeri Sampit, Rudi Hartono.", "Rudi Hartono",
         "Kasi Pidum Kejaksaan Negeri Sampit"),
    ],
)
def test_a_prosecutors_office_is_part_of_the_post_not_the_name(sentence: str, name: str, post: str) -> None:
    people = find_people(sentence)
    assert [(p.name, p.post) for p in people] == [(name, post)]


def test_an_acting_post_spelt_out_with_its_abbreviation_in_brackets() -> None:
    sentence = "Kakanwil menunjuk Yoga Pratama sebagai pelaksana tugas (Plt) Kepala Lapas Sorong."
    holder = next(p for p in find_people(sentence) if p.name == "Yoga Pratama")
    assert holder.post_kind == "head_upt" and "Kepala Lapas Sorong" in holder.post


def test_an_acting_title_before_a_unit_stands_for_its_head() -> None:
    # "Plh LPKA ..." with no "Kepala": the acting words stand in for the unit's head.
    sentence = ("Menurut Pelaksana Harian (Plh) LPKA Kelas II Karangasem, Made Wirawan, pihaknya "
                "mengundang orang tua semua anak binaan.")
    holder = next(p for p in find_people(sentence) if p.name == "Made Wirawan")
    assert holder.post_kind == "head_upt" and holder.upt_kind == "lpka"
    assert "Karangasem" in holder.org


def test_a_rank_starts_the_holder_after_a_town_of_several_words() -> None:
    # "Kapolsek Tanjung Balai Karimun AKP ...": "Karimun" is the town's last word, not a name.
    sentence = "Kapolsek Tanjung Balai Karimun AKP Rudi Santoso mengatakan pengawalan berjalan lancar."
    people = find_people(sentence)
    assert [p.name for p in people] == ["Rudi Santoso"]
    assert people[0].post_kind == "police_chief" and people[0].org == "Tanjung Balai Karimun"


def test_a_representative_of_a_body_is_any_post_in_that_body() -> None:
    from rag.people import holds, posts_in_question

    asked = posts_in_question("Siapa perwakilan Kanwil Kemenkumham Bali yang datang ke Lapas Singaraja?", "id")
    assert asked and asked[0].post_kind == "member"
    people = {p.name: p for p in find_people(
        "Turut hadir Kepala Bidang Pembinaan Kantor Wilayah Kementerian Hukum dan HAM Bali, Nyoman Mudana. "
        "Kalapas Singaraja Mut Zaini membuka acara.")}
    assert holds(people["Nyoman Mudana"], asked[0]) and not holds(people["Mut Zaini"], asked[0])


def test_who_assigned_someone_is_not_the_one_asked() -> None:
    from rag.people import posts_in_question

    # "yang ditugasi Kepala Kanwil": the Kakanwil gave the task; the official is asked.
    question = "Siapa pejabat yang ditugasi Kepala Kanwil Kemenkumham Maluku untuk memeriksa petugas?"
    assert not any(p.post_kind.startswith("head") for p in posts_in_question(question, "id"))



def _people_by_sentence(raw: str) -> dict[str, list[str]]:
    from rag.analysis import analyze_article

    sentences = analyze_article(parse_article(raw, "t1", "t1.txt")).sentences
    return {s.text.split()[0]: [p.name for p in s.people] for s in sentences}


def test_a_person_named_again_by_one_word_keeps_the_full_name() -> None:
    people = _people_by_sentence(
        "Kanwil Ajukan Blok Baru\n\nJAYAPURA - Kondisi itu dibenarkan Kepala Divisi Administrasi Kanwil "
        "Kemenkumham Papua, Henrik Pagiling. Henrik mengatakan pihaknya sudah menyusun usulan blok baru. "
        "Usulan itu dikirim ke Jakarta, kata Pagiling.\n")
    assert people["Henrik"] == ["Henrik Pagiling"] and people["Usulan"] == ["Henrik Pagiling"]


def test_a_word_two_people_share_names_neither() -> None:
    people = _people_by_sentence(
        "Panitia Natal\n\nJAYAPURA - Ketua panitia Henrik Wanma dan sekretaris Henrik Sawaki hadir. "
        "Henrik mengatakan acara berjalan lancar.\n")
    assert people["Henrik"] == []


def test_a_middle_initial_is_followed_by_the_rest_of_the_name() -> None:
    # "Jawa" names a place elsewhere; after the initial it is part of the name.
    found = people("Tanda peserta disematkan oleh Kepala Lapas Kupang, Antonius H. Jawa Gili, pagi itu.")
    assert list(found) == ["Antonius H. Jawa Gili"]
    assert found["Antonius H. Jawa Gili"].post == "Kepala Lapas Kupang"


def test_an_initial_after_a_first_name_is_no_haji_of_a_place() -> None:
    # "Bupati Pasuruan H. Irsyad": a town, then Haji; "Kalapas Budi H. Sitompul": a name.
    assert list(people("Kalapas Budi H. Sitompul mengatakan pemeriksaan rutin.")) == ["Budi H. Sitompul"]
    assert list(people("Bupati Pasuruan H. Irsyad Yusuf hadir.")) == ["Irsyad Yusuf"]


def test_a_deputy_holds_a_post_of_his_own() -> None:
    found = people("Acara dihadiri Walikota Bitung, Hengky Honandar, Wakil Walikota Randito Maringka, "
                   "dan Forkopimda.")
    assert found["Hengky Honandar"].post_kind == "mayor"
    assert found["Randito Maringka"].post_kind == "deputy_mayor"
    assert posts_in_question("Who was the deputy mayor at the ceremony?", "en")[0].post_kind == "deputy_mayor"
    assert posts_in_question("Siapa walikota yang hadir?", "id")[0].post_kind == "mayor"
    dean = people("Hadir Wakil Dekan Fakultas Hukum Universitas Jember, Ahmad Yani.")["Ahmad Yani"]
    assert dean.post_kind == "deputy_dean"


def test_a_dean_and_his_faculty() -> None:
    found = people("Dari pihak kampus datang Dekan Fakultas Syariah dan Hukum Unsiq, Dr. Herman Sujarwo, "
                   "SH, MH, bersama Ketua Program Studi Ilmu Hukum, Ika Setyorini, SH, MH.")
    assert found["Herman Sujarwo"].post == "Dekan Fakultas Syariah dan Hukum Unsiq"
    assert found["Ika Setyorini"].post == "Ketua Program Studi Ilmu Hukum"
    assert posts_in_question("Who is the dean of the Unsiq law faculty?", "en")[0].post_kind == "dean"


def test_a_post_after_menurut_name_is_what_he_reports() -> None:
    # "Menurut Marlien, Kakanwil sudah terbang": the Kakanwil flew; Marlien only says so.
    assert people("Menurut Marlien, Kakanwil sudah terbang ke Sorong sejak pagi.")["Marlien"].post == ""
    assert people("Menurut Budi Santoso, Kepala Lapas Sorong, situasi aman.")["Budi Santoso"].post == (
        "Kepala Lapas Sorong")


def test_the_ministry_name_between_head_and_office_in_english() -> None:
    asked = posts_in_question("Who is the head of the West Papua law and human rights regional office?", "en")
    assert asked[0].post_kind == "head_kanwil" and asked[0].org_words == frozenset({"papua", "barat"})


def test_a_short_title_case_line_is_read_as_a_headline() -> None:
    # "Terbang" (flies) after the post is a headline verb, not a one-word name.
    assert people("Kakanwil Hukum dan HAM Papua Barat Terbang ke Sorong") == {}


def test_a_bodys_own_name_after_its_acronym_is_no_person():
    found = people("Turut hadir Ketua Pusat Kegiatan Belajar Masyarakat (PKBM) Mulia Kasih, Marthen "
                   "Sa'pangallo, dan perwakilan Kementerian Agama.")
    assert "Mulia Kasih" not in found
    assert found["Marthen Sa'pangallo"].post == "Ketua Pusat Kegiatan Belajar Masyarakat (PKBM) Mulia Kasih"
    # A post after the comma opens the next person: the name before it is a person's.
    found = people("Hadir Kepala Badan Narkotika Nasional (BNN) Budi Santoso, Kepala Lapas Palu Ahmad Yani.")
    assert found["Budi Santoso"].post == "Kepala Badan Narkotika Nasional (BNN)"


def test_a_balinese_i_opens_a_name_and_a_field_of_law_belongs_to_the_post():
    found = people("TANGERANG – Direktur Jenderal Pemasyarakatan I Wayan D Yusak bersama Direktur Jenderal "
                   "Perundang-Perundangan Widodo Eka Tjahjana mendatangi Rupbasan Cipinang.")
    assert found["I Wayan D Yusak"].post == "Direktur Jenderal Pemasyarakatan"
    assert found["Widodo Eka Tjahjana"].post == "Direktur Jenderal Perundang-Perundangan"
    # "Subdirektorat III" still numbers a unit.
    assert "I Wayan D Yusak" in people("Kepala Subdirektorat III I Wayan D Yusak hadir.")


def test_an_official_of_a_body_is_asked_as_its_member():
    asked = posts_in_question("Siapa pejabat Kanwil Kemenkumham Jabar yg ngejelasin hasil razia?", "id")
    assert asked and asked[0].post_kind == "member" and "jabar" in asked[0].org_words
    # A plural English post of two words is still that post.
    assert posts_in_question("Which two director-generals came?", "en")[0].post_kind == "director_general"


def test_a_kind_of_unit_asked_tells_its_head_from_the_other_unit_s():
    asked = posts_in_question("Siapa kepala Lapas Perempuan Gorontalo?", "id")[0]
    men, women = people("Ia didampingi Kepala Lapas Gorontalo Asih Widodo dan Kalapas Perempuan Gorontalo "
                        "Nurul Afiril Utami.").values()
    assert holds(women, asked) and same_kind_of_unit(women, asked) and not same_kind_of_unit(men, asked)
    # Asked without the qualifier, either head is of "Lapas Gorontalo".
    plain = posts_in_question("Siapa Kalapas Gorontalo?", "id")[0]
    assert holds(men, plain)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # A camat and a village head are written with their area first.
        ("Wabup didampingi Plt Camat Badar, Kasman, serta warga.", "Kasman", "Plt Camat Badar"),
        ("Hadir pula Kepala Desa Purwodadi Ari Kuswanto dan Camat Laweyan Joko Santoso.", "Joko Santoso",
         "Camat Laweyan"),
        # A class written with a dot.
        ("Hadir Kepala Lapas Kelas II.B Kutacane Andi Hasim.", "Andi Hasim", "Kepala Lapas Kelas II.B Kutacane"),
    ],
)
def test_area_first_posts_and_a_dotted_class(text, name, post):
    assert people(text)[name].post == post


def test_a_village_head_with_no_name_is_no_person():
    assert "Sondakan" not in people("Hadir pula Lurah Sondakan, Ketua RW X, serta tokoh masyarakat.")


def test_dikomandoi_oleh_gives_the_leader_duty():
    text = ("Penggeledahan tersebut dikomandoi oleh Kepala Sub Seksi Keamanan dan Ketertiban (Kasubsi Kamtib), "
            "Donny D. Lekatompessy, bersama personel pengamanan lainnya.")
    assert "leader" in people(text)["Donny D. Lekatompessy"].duties


def test_initials_with_an_age_name_a_person():
    text = ("Barang itu diantarkan oleh seorang perempuan berinisial J (36) dan ditujukan kepada MR (24), "
            "narapidana di Lapas Kelas IIB Poso.")
    assert {"J (36)", "MR (24)"} <= set(people(text))
    assert "HI" in people("Napi berinisial HI tersebut masih tercatat sebagai warga binaan.")
    assert not people("Warga RT (05) ikut kerja bakti.")


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # A unit's place of two words, parted from the name by a comma.
        ("Kepala Lapas Merah Mata, Harun, membenarkan kabar itu.", "Harun", "Kepala Lapas Merah Mata"),
        # ... but a name followed by its degrees is still the name.
        ("Tamu disambut Kalapas Lhoknga Yusrizal, SH., MSi di pintu utama.", "Yusrizal", "Kalapas Lhoknga"),
        # What a provincial agency serves is part of its name, up to the province.
        ("Kepala Dinas Sosial Jawa Barat, Siska Gerfianti, membuka acara.", "Siska Gerfianti",
         "Kepala Dinas Sosial Jawa Barat"),
        (("Hadir Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, dan Keluarga Berencana (DP3AKB) "
          "Jawa Barat, Siska Gerfianti, bersama rombongan."), "Siska Gerfianti",
         "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, dan Keluarga Berencana (DP3AKB) Jawa Barat"),
        ("Kadis Sosial Jawa Barat, Siska Gerfianti, ikut meninjau.", "Siska Gerfianti", "Kadis Sosial Jawa Barat"),
        # A deputy camat is a post of its own.
        ("Wakil Camat Palmerah, Muhammad Ilham, menyatakan dukungannya.", "Muhammad Ilham", "Wakil Camat Palmerah"),
    ],
)
def test_places_of_two_words_agency_names_and_deputy_camat(text, name, post):
    assert people(text)[name].post == post


def test_english_posts_of_a_precinct_and_a_deputy_camat():
    assert posts_in_question("Which police sector chief spoke at the launch?", "en")[0].post_kind == "police_chief"
    assert posts_in_question("Which deputy sub-district head attended?", "en")[0].post_kind == "deputy_district_head"


def test_a_name_with_an_age_in_brackets_after_adalah_is_a_person():
    # An age after a name is no acronym, and a sentence closed by a full stop is prose.
    assert "Indra Adi Saputra" in people("Keduanya adalah Indra Adi Saputra (20) dan Tuo (29).")
    assert "Human Immunodeficiency Virus" not in people("Penyakit Human Immunodeficiency Virus (HIV) menular.")
    assert people("Direktur Utama Bank Sulteng, Hj. Ramiyatie, turut hadir.")["Ramiyatie"].post == (
        "Direktur Utama Bank Sulteng")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Warga bernama Tuo bin Udding (45) ditangkap polisi.", "Tuo bin Udding"),
        ("Napi atas nama Siti binti Abdullah dipindahkan ke Lapas Kendari.", "Siti binti Abdullah"),
        # Capitalised too, and "(alm)" after it says the father has died: no defined term.
        ("Yang raib dari ruang tahanan adalah Jidi Bin Sanari (alm), warga Desa Anggersek.", "Jidi Bin Sanari"),
    ],
)
def test_a_patronymic_bin_or_binti_stays_inside_the_name(text, name):
    assert name in people(text)


def test_the_intelligence_agency_in_capitals_joins_no_name():
    assert not any("BIN" in name for name in people("Anggota BIN Sulteng Agus Salim turut memantau."))


def test_a_coordinator_s_field_runs_to_the_comma_and_a_venue_names_no_person():
    found = people("Koordinator Kebutuhan Dasar pada Ditjen Pemasyarakatan, Surakhmat, mengatakan uji petik penting.")
    assert found["Surakhmat"].post == "Koordinator Kebutuhan Dasar pada Ditjen Pemasyarakatan"
    assert people("Koordinator Penyuluh Kemenag Kabupaten Tabanan, I Wayan Balik Tamba Utama, memandu latihan.")[
        "I Wayan Balik Tamba Utama"].post_kind == "coordinator"
    assert people("Warga binaan berlatih Tari Kecak di Aula Candra Prabhawa.") == {}


def test_one_word_names_by_residence_or_age_and_a_balinese_priest():
    found = people("Keduanya adalah Joni, warga Jalan H. Isa I, dan Fadli, warga Limunjan, Kecamatan Sambaliung.")
    assert {"Joni", "Fadli"} <= set(found)
    listed = people("Mereka adalah Suriadi Kabailangan (32), Efwazan (50), Nasrul (51), dan Mul Candra (41).")
    assert {"Efwazan", "Nasrul"} <= set(listed)
    assert people("Prosesi dipuput oleh Ida Pedanda Gede Putra Bajing dari Griya Tegal Jingga.")[
        "Gede Putra Bajing"].post_kind == "clergy"
    assert posts_in_question("Who was the acting head (Plh) of the Class IIB Timika prison?", "en")[0].post_kind == "head_upt"


def test_a_province_set_off_by_commas_after_the_unit_belongs_to_the_post():
    found = people("Kepala Lapas Kelas IIA Balikpapan, Kalimantan Timur, Pujiono Slamet, mengatakan razia rutin.")
    assert found["Pujiono Slamet"].post_kind == "head_upt"
    assert "Balikpapan" in found["Pujiono Slamet"].org
    assert "Kalimantan Timur" not in people("Kepala Lapas Kelas IIA Balikpapan, Kalimantan Timur, Pujiono Slamet, hadir.")


def test_a_chat_clause_after_the_unit_is_not_part_of_its_name():
    # "waktu", "yg" open a clause of the question: the unit asked is "Wates" alone.
    asked = posts_in_question("siapa kepala rutan wates waktu 5 napi kabur lewat gorong2?", "id")[0]
    assert asked.org_words == frozenset({"wates"})
    assert posts_in_question("siapa kalapas pati yg memimpin apel?", "id")[0].org_words == frozenset({"pati"})


def test_a_directorate_of_the_corrections_directorate_general_is_a_post():
    # "Direktur Pembinaan Narapidana dan Latihan Kerja Produksi Ditjen Pas, Harun Sulianto":
    # the directorate's field words belong to the post, so its holder is a director.
    text = ("Direktur Pembinaan Narapidana dan Latihan Kerja Produksi Ditjen Pas, Harun Sulianto, "
            "mengatakan hal itu.")
    [person] = find_people(text)
    assert person.name == "Harun Sulianto" and person.post_kind == "director"
    assert person.post.startswith("Direktur Pembinaan Narapidana dan Latihan Kerja Produksi")


def test_a_committee_chaired_besides_a_post_is_a_duty_not_a_second_person():
    # "Jomboy, yang sekaligus dipercaya sebagai Ketua Panitia Pekan Olahraga WBP": one person,
    # the KPLP, who also chairs; "Panitia Pekan Olahraga" is a committee, never a name.
    text = ("Kepala Kesatuan Pengamanan Lembaga Pemasyarakatan (KPLP) Lapas Padangsidimpuan, Jomboy, yang "
            "sekaligus dipercaya sebagai Ketua Panitia Pekan Olahraga WBP, menyebut perlombaan sudah dimulai.")
    [person] = find_people(text)
    assert person.name == "Jomboy" and "chair" in person.duties
    assert holds(person, posts_in_question("Siapa ketua panitia pekan olahraga WBP?", "id")[0])


def test_degrees_make_one_word_a_name_and_a_military_company_is_none():
    # "beralih dari Ahmad Sihabudin, MH kepada Sudirman, SH": the degree marks a person.
    names = [p.name for p in find_people(
        "Kepemimpinan resmi beralih dari Ahmad Sihabudin, MH kepada Sudirman, SH, dalam suasana hangat.")]
    assert names == ["Ahmad Sihabudin", "Sudirman"]
    assert not find_people("Pengamanan dibantu personel Kompi Raider dan Polres setempat.")
    assert not find_people("Ia bersembunyi di sekitar Pasar Oyehe, Siriwini, sebelum ditangkap.")


def test_a_section_joined_by_dan_stays_in_the_post_and_for_names_an_english_post_s_place():
    [person] = find_people("ujar Kepala Bagian Humas dan Protokol Direktorat Jenderal Pemasyarakatan, "
                           "Rika Aprianti, lewat keterangan tertulis.")
    assert person.post == "Kepala Bagian Humas dan Protokol Direktorat Jenderal Pemasyarakatan"
    [asked] = posts_in_question("Who is the corrections regional coordinator for Nusakambangan and Cilacap?", "en")
    assert asked.post_kind == "coordinator" and asked.org_words == frozenset({"nusakambangan", "cilacap"})


def test_a_one_word_name_the_report_made_a_person_is_known_later() -> None:
    # "serta Zainudin (29), warga ..." makes him a person; "Adapun Zainudin dipenjara ..." is
    # then him, though one capitalised word alone names no one.
    people = _people_by_sentence(
        "Dua Napi Kabur\n\nTUBAN - Kedua napi itu adalah Dzulkifli bin Firdaus (22), warga Lamongan, serta "
        "Zainudin (29), warga Rembang. Adapun Zainudin dipenjara karena mencuri di kantor KUA.\n")
    assert people["Adapun"] == ["Zainudin"]


def test_a_common_first_name_after_a_post_opens_the_name_and_a_counted_group_names_its_members():
    # A village may be called "Muhammad"; after "Kepala Rutan" it is the holder's first name.
    [person] = find_people("Dalam laporannya, Kepala Rutan Muhammad Syahrir Aziz, SE., SH., M.Si., menyampaikan "
                           "bahwa rutan itu dihuni 397 warga binaan.")
    assert person.name == "Muhammad Syahrir Aziz" and person.post == "Kepala Rutan"
    # "dua petugas pengawas ..., yakni Firman dan Hamka": one word each names a person; "dua
    # kota, yakni ..." names places, not people.
    names = [p.name for p in find_people("Ujian diawasi oleh dua petugas pengawas dari Balai Penjaminan Mutu "
                                         "Pendidikan (BPMP) Provinsi Kepulauan Bangka Belitung, yakni Firman dan Hamka.")]
    assert names == ["Firman", "Hamka"]
    assert not find_people("Peserta berasal dari dua kota, yakni Jakarta dan Bandung.")


def test_a_post_keeps_its_new_holder_across_yang_baru():
    found = people("Ansharuddin meminta Kepala Lapas Muaro Padang yang baru, Sri Yuwono, menjalankan amanah.")
    assert found["Sri Yuwono"].post == "Kepala Lapas Muaro Padang"


def test_an_english_police_chief_of_a_province_heads_its_polda():
    from rag.people import posts_in_question

    (asked,) = posts_in_question("Who was the North Sumatra police chief who urged the escapees to return?", "en")
    assert (asked.post_kind, asked.upt_kind) == ("police_chief", "polda")
    (asked,) = posts_in_question("Who is the police chief?", "en")
    assert asked.upt_kind == "polres"


def test_a_court_chair_a_spokesperson_a_hospital_director_and_a_class_with_a_slash_hold_posts():
    assert people("Ketua Majelis Hakim Aji Suryo menegaskan hal itu.")["Aji Suryo"].post_kind == "chair"
    found = people("Humas Lapas Pematangsiantar, Hiras Silalahi, pada Jumat mengungkapkan bahwa kedua napi itu kabur.")
    assert found["Hiras Silalahi"].post_kind == "spokesperson"
    found = people("Direktur RSUD Kardinah Kota Tegal, Agus Dwi Sulistyantono, menyimpulkan bahwa ia meninggal.")
    assert found["Agus Dwi Sulistyantono"].post_kind == "director"
    found = people("Kepala Lapas Klas II/A Kota Gorontalo, Ignatius Gunaidi, menuturkan bahwa acara digelar.")
    assert found["Ignatius Gunaidi"].post == "Kepala Lapas Klas II/A Kota Gorontalo"


def test_a_list_after_the_people_a_post_acts_on_names_them_not_its_holders():
    found = people("Pada persidangan sebelumnya, jaksa menuntut keempat terdakwa, yaitu Panahatan Butar-Butar, "
                   "Suparto, Rusmanto, dan Yoga Wido Nugroho, dengan hukuman 2 tahun.")
    assert all(not p.post for p in found.values()), found
    found = people("Pelatihan diisi tiga instruktur dari BLK Agam, masing-masing Choirul Soleh, Susianto, dan Endik.")
    assert found["Susianto"].post_kind == "instructor"


def test_a_capitalised_word_a_headline_reads_as_a_verb_continues_a_name_in_running_text():
    # "Puji" is "praise" in a headline; between two name words in running text it is a name,
    # and a section joined by "serta" stays one post.
    found = people("Kepala Seksi Pembinaan Narapidana dan Anak Didik serta Kegiatan Kerja (Kasi Binadik & Giatja) "
                   "Lapas Ngawi, Devy Puji Astuti, menyebut pemeriksaan ini penting.")
    assert found["Devy Puji Astuti"].post.startswith("Kepala Seksi Pembinaan Narapidana dan Anak Didik serta")
    assert "Budi Santoso" in people("Kalapas, Budi Santoso Tinjau Dapur dan Puji Petugas.")


def test_the_chair_of_a_team_led_it_and_a_council_chair_did_not():
    from rag.people import holds, posts_in_question

    (leader,) = posts_in_question("Who led the visiting team?", "en")
    assert holds(people("Ketua Tim Kunjungan Kerja, Benny K. Harman, menyatakan hal itu.")["Benny K. Harman"], leader)
    assert not holds(people("Ketua DPRD Berau, Madri Pani, prihatin.")["Madri Pani"], leader)


def test_a_private_person_is_named_before_what_they_are_but_a_town_is_no_person():
    assert "Aris" in people("Aris, sopir truk sampah tersebut, mengaku merasa dibuntuti.")
    assert "Sekar Ayu" in people("Desi bisa mempersunting Sekar Ayu, perempuan yang sudah dipacarinya dua tahun.")
    assert not people("Kota Serang, pelaku ditangkap warga.")


def test_a_name_shaped_like_a_verb_after_a_post_is_its_holder():
    found = find_people("Sementara itu, Kepala Subseksi (Kasubsie) Pengelolaan Rutan Palu, Meliana, memandang "
                        "momen pernikahan itu sebagai bahan pembelajaran.")
    assert [(p.name, p.post) for p in found] == [("Meliana", "Kepala Subseksi (Kasubsie) Pengelolaan Rutan Palu")]
    # A headline's verb after a post is still no name.
    assert find_people("Kalapas Sumbawa Ajak Pegawai Jaga Netralitas") == []


def test_a_mentor_a_manager_and_a_regional_intelligence_head_hold_posts():
    found = find_people("Salah satu mentor, Suhardi Usman, menuturkan bahwa materinya masih dasar.")
    assert [(p.name, p.post) for p in found] == [("Suhardi Usman", "mentor")]
    found = find_people("Sementara itu, Kepala BINDA Sumsel, Brigjen Armansyah, menuturkan target vaksinasi.")
    assert [(p.name, p.post) for p in found] == [("Armansyah", "Kepala BINDA Sumsel")]
    found = find_people("Ia menerima pesan dari Manager Area Prima PLN Batam, Arif Sumarna, soal pemutusan.")
    assert "Arif Sumarna" in [p.name for p in found]


def test_an_acronym_right_after_an_organisations_post_is_the_organisation():
    # "Rektor UMMAS Prianda Pebri": the university's acronym, then the rector's name.
    people = find_people("Dari pihak kampus, Rektor UMMAS Prianda Pebri, S.Pd., M.Pd., datang bersama jajaran.")
    assert [(p.name, p.post_kind, p.org) for p in people] == [("Prianda Pebri", "rector", "UMMAS")]


def test_one_of_a_group_named_between_commas_is_a_person_however_short_the_name():
    # "Salah seorang warga binaan, Hermani, menuturkan ...": a one-word name.
    people = find_people("Salah seorang warga binaan, Hermani, menuturkan bahwa kebutuhan air minimal 20 liter.")
    assert [p.name for p in people] == ["Hermani"]
    # A place set off by commas after a person's noun is no name.
    assert find_people("Seorang petugas, Jakarta, hadir.") == []


def test_a_committee_a_person_is_trusted_to_chair_is_a_duty_besides_the_post():
    # "Tiopan Situmorang, yang juga dipercaya menjadi ketua panitia Natal": he chairs it.
    people = find_people("Pandangan serupa disampaikan Kasi Adm Kamtib, Tiopan Situmorang, yang juga dipercaya "
                         "menjadi ketua panitia Natal Lapas tahun 2024.")
    assert [(p.name, p.post_kind, "chair" in p.duties) for p in people] == [("Tiopan Situmorang", "section_head", True)]


def test_one_singled_out_by_salah_satu_and_named_between_commas_is_a_person():
    # "Salah satu instruktur dari BDI, Suheni, mengaku ...": the instructor, by one name.
    people = find_people("Salah satu instruktur dari BDI, Suheni, mengaku sudah empat tahun menekuni profesi itu.")
    assert [p.name for p in people] == ["Suheni"]


def test_staff_and_a_resident_named_before_what_they_are_are_people_but_a_connective_is_none():
    # "Lukman, staf ...", "Edi, warga yang tinggal ...": no post, but a person.
    assert [p.name for p in find_people("Lukman, staf Sub Seksi Administrasi dan Perawatan yang mendampingi para "
                                        "warga binaan itu, menyatakan langkah tersebut sesuai prosedur.")] == ["Lukman"]
    assert [p.name for p in find_people("Sebelumnya, Edi, warga yang tinggal di sekitar Rutan Kelas IIB Krui, "
                                        "menyaksikan seorang tahanan meloncat.")] == ["Edi"]
    # A sentence opening with a connective before "petugas" names no one.
    assert find_people("Selanjutnya, petugas rutan menangkap. Akibatnya, petugas terluka.") == []


def test_an_outside_commission_and_a_team_of_a_parliament_commission_are_part_of_the_post():
    # "Ketua Komnas HAM Nurkholis": the commission is the chair's body, not a person.
    found = find_people("Menteri Hukum dan HAM Yasonna Laoly datang malam itu, ditemani Ketua Komnas HAM Nurkholis.")
    assert ("Nurkholis", "Ketua Komnas HAM") in [(p.name, p.post) for p in found]
    assert "Komnas" not in [p.name for p in found]
    # "ketua tim rombongan Komisi III DPR RI, Supratman Andi Agtas": the body ends the post.
    found = find_people("Atas dasar itu, ketua tim rombongan Komisi III DPR RI, Supratman Andi Agtas, meminta menteri "
                        "menambah lapas.")
    assert [(p.name, p.post) for p in found] == [("Supratman Andi Agtas", "ketua tim rombongan Komisi III DPR RI")]


def test_a_group_equated_with_a_list_of_names_names_each_one_word_names_too():
    found = find_people("Mereka yang sudah tertangkap kembali ialah Danil Darmianto, Abdul Dasril, Ya'riful, Ardianto, "
                        "Eki Nofriana, dan Juanedi.")
    assert [p.name for p in found] == ["Danil Darmianto", "Abdul Dasril", "Ya'riful", "Ardianto", "Eki Nofriana",
                                       "Juanedi"]
    found = find_people("Adapun enam narapidana yang masih dalam pengejaran adalah Bendri Doni, Suhendri, dan Tahegeli.")
    assert [p.name for p in found] == ["Bendri Doni", "Suhendri", "Tahegeli"]


def test_a_polling_station_after_a_kpps_chair_is_part_of_the_post():
    found = find_people("Ketua KPPS TPS Khusus 901, Mohammad Faishol Nur, menuturkan bahwa pemungutan lancar.")
    assert [(p.name, p.post) for p in found] == [("Mohammad Faishol Nur", "Ketua KPPS TPS Khusus 901")]


def test_a_heading_of_reduplicated_ordinary_words_is_no_name():
    # "Izin Bersih-bersih Jadi Celah" is a subheading run into the next sentence.
    assert find_people("Izin Bersih-bersih Jadi Celah Sebagaimana diberitakan sebelumnya, dua napi kabur.") == []
    assert [p.name for p in find_people("Kepala Lapas, Abdul Al-Amin, hadir.")] == ["Abdul Al-Amin"]


def test_a_post_s_known_place_with_no_name_after_it_is_no_holder():
    # "Minahasa" is the regency of the prosecutor's office, not the name of its head.
    found = people("Hadir Kepala BNN Provinsi Sulut Pitra Ratulangi, Kepala Kejaksaan Negeri Minahasa, serta "
                   "Komandan Rayon Militer Tondano Eris.")
    assert set(found) == {"Pitra Ratulangi", "Eris"}


def test_an_event_s_name_after_its_noun_is_no_person():
    assert people('Lapas Tondano menggelar apel deklarasi "Zero Halinar", singkatan dari Handphone, Pungli, Narkoba.') == {}


def test_initials_run_together_open_a_name():
    found = people("Foto: Kepala BNNP Maluku, Brigjen Pol M.Z. Muttaqien, saat memberi keterangan.")
    assert found["M.Z. Muttaqien"].post == "Kepala BNNP Maluku"


def test_a_commissioner_of_the_regional_election_commission_holds_that_post():
    found = people("Ahmad Kundhori, Komisioner KPUD Bojonegoro, menjelaskan tujuan coklit.")
    assert found["Ahmad Kundhori"].post_kind == "election_commissioner"
    assert holds(found["Ahmad Kundhori"], posts_in_question("Siapa komisioner KPU Bojonegoro?", "id")[0])


def test_a_regent_is_a_regional_head():
    found = people("Festival dibuka oleh Bupati Lebak, Iti Octavia Jayabaya.")
    assert holds(found["Iti Octavia Jayabaya"], posts_in_question("Siapa kepala daerah yang membuka festival?", "id")[0])


def test_a_media_group_a_school_level_and_a_nurse_are_read_as_such():
    # "Radar Banyumas (Jawa Pos Group)": an outlet's group, no person.
    outlet = find_people("Saat dihubungi Radar Banyumas (Jawa Pos Group), Huda menuturkan situasi aman.")
    assert not any("Pos" in p.name or "Group" in p.name for p in outlet)
    # "Kepala Bidang Sekolah Menengah": the school level is part of the post.
    head = find_people("Kepala Bidang Sekolah Menengah Dinas Pendidikan Kabupaten Bangka, Rafizi, mengakui hal itu.")
    assert [p.name for p in head] == ["Rafizi"]
    # A nurse holds a post: no inmate, whatever the sentence says of inmates.
    nurse = find_people("Jhon Heri, perawat di Lapas Sekayu, menerangkan bahwa pemeriksaan ini penting.")
    assert [(p.name, p.post_kind) for p in nurse] == [("Jhon Heri", "health_worker")]


def test_a_title_opens_the_holder_s_name_after_a_body_s_short_name():
    # "Ketua PSDKU Undip Dr. Redyanto Noor": "Undip" ends the body's name, "Dr." opens his.
    signed = find_people("MoU diteken Kepala Lapas Batang Rindra Wardhana bersama Ketua PSDKU Undip "
                         "Dr. Redyanto Noor di aula Lapas Batang.")
    assert [(p.name, p.post) for p in signed] == [("Rindra Wardhana", "Kepala Lapas Batang"),
                                                    ("Redyanto Noor", "Ketua PSDKU Undip")]
    # Without a post before it, the words before a title are no first name either.
    bare = find_people("Di sisi lain, Pimpinan PSDKU Undip Dr. Redyanto Noor menyebut lapas itu yang pertama.")
    assert [p.name for p in bare] == ["Redyanto Noor"]
    # "H." may be a middle initial: it opens no name.
    assert [p.name for p in find_people("Kalapas Budi H. Sitompul hadir.")] == ["Budi H. Sitompul"]


def test_a_religion_in_a_section_s_name_is_no_person():
    # "Kepala Seksi Bimbingan Masyarakat Islam": Bimas Islam is the section, not a name.
    found = find_people("Menanggapi hal itu, Kepala Seksi Bimbingan Masyarakat Islam Kemenag Kobar, "
                        "Subiono Fatih, menyambut baik MoU tersebut.")
    assert [(p.name, p.post) for p in found] == [
        ("Subiono Fatih", "Kepala Seksi Bimbingan Masyarakat Islam Kemenag Kobar")]


def test_a_unit_s_province_asked_is_where_its_town_lies():
    head = find_people("Kepala Lapas IIA Serang, Fajar Nurcahyo, menjelaskan bahwa pemilihnya laki-laki.")[0]
    in_banten = posts_in_question("Who heads the Class IIA prison in Serang, Banten?", "en")[0]
    elsewhere = posts_in_question("Who heads the prison in Serang, Jawa Timur?", "en")[0]
    assert holds(head, in_banten)
    assert not holds(head, elsewhere)


def test_a_post_linked_after_a_staff_apposition_is_the_name_s():
    found = find_people("Sementara itu, Muhammad Setiadin, petugas Lapas Kelas IIA Mataram yang dipercaya menjadi "
                        "Ketua Kelompok Penyelenggara Pemungutan Suara (KPPS) di TPS 17, mengungkapkan hal itu.")
    assert [(p.name, p.post_kind) for p in found] == [("Muhammad Setiadin", "chair")]


def test_a_company_post_runs_to_the_comma_before_its_holder():
    found = find_people("Penandatanganan itu disaksikan oleh Chairperson of Perkumpulan Sekolah SPK Indonesia, "
                        "Imelda Triana Sahelangi, Direktur Operasional Karunia Global School, Lius Iman Santoso "
                        "Ciputera, serta seluruh kepala sekolah.")
    assert [(p.name, p.post) for p in found] == [
        ("Imelda Triana Sahelangi", "Chairperson of Perkumpulan Sekolah SPK Indonesia"),
        ("Lius Iman Santoso Ciputera", "Direktur Operasional Karunia Global School")]


def test_a_rank_spelt_out_with_its_short_form_and_a_post_pointing_back():
    chief = find_people("Kepala Polrestabes Makassar Komisaris Besar (Kombes) Endi Sutendi mengonfirmasi hal itu.")
    assert [(p.name, p.rank, p.post_kind) for p in chief] == [("Endi Sutendi", "Komisaris Besar (Kombes)", "police_chief")]
    head = find_people("Remisi itu disampaikan Kepala Rutan tersebut, Henri Alfa Edison Damanik, pada Rabu.")
    assert [(p.name, p.post) for p in head] == [("Henri Alfa Edison Damanik", "Kepala Rutan")]


def test_numbered_deputies_clinic_doctors_auditors_and_trades_hold_posts():
    # "Wakil Ketua II DPRD": the number of the deputy is part of the post.
    deputy = find_people("Kunjungan tersebut dipimpin Wakil Ketua II DPRD, Acep Tion.")
    assert [(p.name, p.post, p.post_kind) for p in deputy] == [("Acep Tion", "Wakil Ketua II DPRD", "deputy_chair")]
    # A general practitioner of a prison's clinic, the clinic's name before the unit.
    doctor = find_people("Menurut Dokter Umum Klinik Pratama Lapas Semarang, dr. Dhewi Sukowati, dua WBP mengidap TBC.")
    assert [(p.name, p.post_kind) for p in doctor] == [("Dhewi Sukowati", "doctor")]
    # An auditor named by title and one name.
    auditor = find_people("Kegiatan itu dihadiri Auditor Madya Inspektorat Jenderal Kemenkumham RI Dr. Gurning "
                          "beserta lima auditor lainnya.")
    assert [(p.name, p.post_kind) for p in auditor] == [("Gurning", "auditor")]
    # A trade praised before its holder's name.
    trade = find_people("Pelatihan ini menghadirkan seorang hair stylist profesional, Arkam Zulfikar.")
    assert [(p.name, p.post_kind) for p in trade] == [("Arkam Zulfikar", "tradesperson")]
    # A commission numbered past ten ("Komisi XIII").
    chair = find_people("Ketua Komisi XIII DPR RI, Willy Aditya, mengaku pihaknya memperoleh laporan.")
    assert [(p.name, p.post) for p in chair] == [("Willy Aditya", "Ketua Komisi XIII DPR RI")]
    # A Balinese name after a post is still no numbered post.
    bali = find_people("Hadir pula Ketua I Made Sudarma dalam acara itu.")
    assert all(p.name != "Made Sudarma" or p.post != "Ketua I" for p in bali)


def test_a_deputy_asked_in_english_is_no_chair_and_an_abbreviated_body_is_its_long_form():
    deputy = posts_in_question("Who was the deputy chair speaking for the DPR team?", "en")
    assert [a.post_kind for a in deputy] == ["deputy_chair"]
    auditor = find_people("Hadir Auditor Madya Inspektorat Jenderal Kemenkumham RI Dr. Gurning.")[0]
    assert holds(auditor, posts_in_question("Siapa auditor Itjen yang hadir?", "id")[0])
    # "the facility" is the unit the question names elsewhere.
    head = posts_in_question("After seven inmates broke out of Salemba detention centre, who was the head of "
                             "the facility?", "en")
    assert [(a.post_kind, a.upt_kind) for a in head] == [("head_upt", "rutan")]


def test_one_name_after_another_of_a_group_a_holder_s_standing_and_an_assistant_s_field():
    # "Satu napi lainnya, Masrin, ...": one more of those told, named by one word.
    inmate = find_people("Satu napi lainnya, Masrin, yang tersangkut perkara bom ikan, telah berhasil ditangkap.")
    assert [p.name for p in inmate] == ["Masrin"]
    # "Kalapas Ambarawa yang baru, Mujiarto,": the holder's standing between post and name.
    new_head = find_people("Kalapas Ambarawa yang baru, Mujiarto, menyatakan akan meneruskan program.")
    assert [(p.name, p.post) for p in new_head] == [("Mujiarto", "Kalapas Ambarawa")]
    # "Karutan lama Andri Lesmano ke Karutan baru Redy Agian": no comma needed.
    handover = find_people("Tongkat kepemimpinan berpindah dari Karutan lama Andri Lesmano ke Karutan baru Redy Agian.")
    assert [(p.name, p.post) for p in handover] == [("Andri Lesmano", "Karutan"), ("Redy Agian", "Karutan")]
    # A regional assistant's field is part of the post, not of the name.
    assistant = find_people("Mewakili Bupati Kukar, Asisten II Bidang Perekonomian dan Pembangunan Ahyani "
                            "Fadianur Diani menyampaikan apresiasi.")
    assert [(p.name, p.post) for p in assistant] == [
        ("Ahyani Fadianur Diani", "Asisten II Bidang Perekonomian dan Pembangunan")]


def test_a_dotted_rank_a_bracketed_corps_and_the_end_of_a_place_name():
    # "AKBP." goes on to its holder's name: the sentence does not end there.
    text = "Kapolres Lampung Tengah AKBP. Popon Ardianto Sunggoro, S.I.K., SH. mengatakan jajarannya memantau."
    assert len(split_sentences(text)) == 1
    assert [(p.name, p.post) for p in find_people(text)] == [("Popon Ardianto Sunggoro", "Kapolres Lampung Tengah")]
    # "Mayor (Inf) Suratno": the corps in brackets is part of the rank.
    companions = find_people("Karutan didampingi Kapolsek Siak Kompol Marto Harahap dan Danramil 03/Siak Mayor (Inf) "
                             "Suratno, menegaskan hal itu.")
    assert [p.name for p in companions] == ["Marto Harahap", "Suratno"]
    # "Forkopimda Tanah Datar, Sekretaris Daerah ...": "Datar" ends the regency's name.
    guests = find_people("Acara dihadiri Forkopimda Tanah Datar, Sekretaris Daerah Iqbal Ramadi Payana, para asisten.")
    assert [p.name for p in guests] == ["Iqbal Ramadi Payana"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An initial and a surname, with no post beside it, names a person.
        ("Posisi yang ditinggalkannya kini diisi P. Siregar, yang sebelumnya menjabat di Padang Sidempuan.",
         "P. Siregar"),
    ],
)
def test_an_initial_and_a_surname_is_a_person(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "M Sukardi Sianturi dimutasi menjadi Kalapas di Rantau Parapat, Kabupaten Labuhan Batu.",
    "Acara berlangsung di Lapas Pematangsiantar, Jalan Asahan, Nagori Lestari Indah, Kecamatan Siantar.",
])
def test_places_after_di_or_a_village_word_are_no_people(text):
    assert not any(name in {"Rantau Parapat", "Nagori Lestari Indah", "Lestari Indah"} for name in people(text))


def test_a_class_numeral_and_a_town_are_no_initial_and_surname():
    assert people("Kepala Rumah Penyimpanan Benda Sitaan Negara (Rupbasan) Kelas I Pekanbaru, Riau tersebut hadir.") == {}


def test_a_warden_asked_apart_from_the_prison_heads_that_prison():
    from rag.people import posts_in_question

    asked = posts_in_question("Who was the warden that hosted the minister's staffer at the Lubuk Pakam prison?", "en")
    assert asked[0].post_kind == "head_upt" and asked[0].upt_kind == "lapas"
    assert asked[0].org_words == frozenset({"lubuk", "pakam"})


def test_a_regency_of_two_words_after_di_is_no_person():
    from rag.people import find_people

    # "Musi Rawas" is a regency of South Sumatra; a person needs more than its name there.
    assert find_people('"Yang saya tahu hanya kondisi X-Ray di Lubuk Linggau dan Musi Rawas.') == []
    head = find_people("Kepala Lapas Musi Rawas, Budi Santoso, hadir.")
    assert [(p.name, p.post) for p in head] == [("Budi Santoso", "Kepala Lapas Musi Rawas")]


def test_a_physician_title_holds_the_doctor_post_asked():
    from rag.people import find_people, holds, posts_in_question

    asked = posts_in_question("Siapa dokter yang ikut skrining HIV?", "id")[0]
    doctor = find_people("dr. I Gede Mahatryke Sutadana dari tim medis RSJ Mutiara Sukma menerangkan skrining.")[0]
    assert holds(doctor, asked)
    graduate = find_people("Dra. Siti Aminah dari Dinas Sosial menerangkan skrining.")
    assert not any(holds(p, asked) for p in graduate)


def test_a_directorate_head_s_post_holds_its_section_words():
    from rag.people import find_people

    # "Direktur Bina Keamanan dan Ketertiban": "Bina" opens the directorate, no name.
    found = find_people("Pencanangan dilakukan oleh Dirjen yang diwakili Direktur Bina Keamanan dan Ketertiban "
                        "Ditjen PAS, Wibowo Joko Harjono.")
    assert [(p.name, p.post) for p in found] == [
        ("Wibowo Joko Harjono", "Direktur Bina Keamanan dan Ketertiban Ditjen PAS")]


def test_a_regency_right_after_a_unit_belongs_to_the_post():
    from rag.people import find_people

    found = find_people("Plt. Kepala Rutan Olaya Parigi Moutong, Agustinus, pada Senin mengungkapkan hal itu.")
    assert [(p.name, p.post) for p in found] == [("Agustinus", "Plt. Kepala Rutan Olaya Parigi Moutong")]


def test_a_scout_body_after_a_post_is_no_name_and_a_units_other_name_is_part_of_the_post():
    from rag.people import find_people

    text = ("Kepala Lapas (Kalapas) Narkotika Kelas II A Tanjungpinang atau Lapas Batu 18 Gunung Kijang, Misbahudin, "
            "dilantik menjadi Ketua Gugus Depan (Gudep) 02-033 oleh Ketua Kwartir Cabang (Kwarcab) Gerakan Pramuka "
            "Bintan, Dalmasri Syam, pada Senin (5/8/2019).")
    assert [p.name for p in find_people(text)] == ["Misbahudin", "Dalmasri Syam"]
    assert find_people(text)[1].post == "Ketua Kwartir Cabang (Kwarcab) Gerakan Pramuka Bintan"


def test_a_cup_named_after_a_post_names_no_one():
    from rag.people import find_people

    found = find_people("Balon Kalapas Cup dilepas ke udara, lalu Kalapas Priyo Tri Laksono melakukan tendangan pertama.")
    assert [p.name for p in found] == ["Priyo Tri Laksono"]


def test_a_class_written_without_kelas_and_a_metro_territory_keep_the_post():
    # "Lapas II B Ngawi", "Wakapolres Metro Jaktim": the post runs to the unit's town.
    found = find_people("Hal itu disampaikan Kepala PKBM Pengayoman Lapas II B Ngawi, Indra Prawoto.")
    assert [(p.name, p.post) for p in found] == [("Indra Prawoto", "Kepala PKBM Pengayoman Lapas II B Ngawi")]
    found = find_people("Wakapolres Metro Jaktim Muhammad Abrar Tuntalanai mengatakan, tersangka tertangkap.")
    assert [(p.name, p.post) for p in found] == [("Muhammad Abrar Tuntalanai", "Wakapolres Metro Jaktim")]
    # A force named by its officers goes after the post named beside it.
    asked = posts_in_question("Which police officer, serving as deputy chief, spoke about the arrest?", "en")
    assert asked[0].post_kind == "deputy_police_chief"


def test_a_post_written_in_lower_case_after_menurut_and_a_name_is_the_speaker_s():
    # "Menurut F Yuliono, penanggung jawab gudang ..., kedua mobil ...": the post's words run
    # on to a comma with no verb, so they describe him; "Kakanwil sudah terbang" reports.
    from rag.people import find_people

    found = find_people("Menurut F Yuliono, penanggung jawab gudang terbuka Rubpasan Kelas I Bandung, kedua mobil "
                        "itu sudah berada di sana sejak 2012.")
    assert [(p.name, p.post) for p in found] == [("F Yuliono", "penanggung jawab")]
    found = find_people("Menurut Marlien, Kakanwil sudah terbang ke Sorong untuk memantau.")
    assert [(p.name, p.post) for p in found] == [("Marlien", "")]


def test_a_car_s_make_and_a_word_for_one_thing_are_no_person():
    from rag.people import find_people

    assert find_people("Sebuah Hummer, Bentley, Toyota Fortuner, serta puluhan mobil lain tersimpan di sana.") == []


def test_a_single_name_after_a_physician_s_title_holds_the_post_before_it():
    from rag.people import find_people

    found = find_people("Pemeriksaan dilakukan dokter forensik dr. Putu bersama penyidik reskrim.")
    assert [(p.name, p.post) for p in found] == [("Putu", "dokter forensik")]
