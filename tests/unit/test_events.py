"""Event kinds: the data file, sentences, articles (real ones too) and questions."""

from __future__ import annotations

import hashlib
import json
import re
from importlib import resources
from pathlib import Path

import pytest

from rag.corpus import read_corpus
from rag.events import (
    EVENT_KINDS,
    article_event_kinds,
    event_label,
    events_version,
    load_rules,
    question_event_kinds,
    sentence_event_kinds,
)

ROOT = Path(__file__).resolve().parents[2]
DEVCORPUS = ROOT.parent / "shared" / "devcorpus"
SHIPPED = ROOT / "corpus"

# --- the data file ------------------------------------------------------------------------


def test_data_file_lists_exactly_the_api_kinds_in_order():
    raw = json.loads(resources.files("rag").joinpath("data", "event_kinds.json").read_text())
    assert tuple(raw["kinds"]) == EVENT_KINDS


def test_events_version_is_the_hash_of_the_data_file():
    data = resources.files("rag").joinpath("data", "event_kinds.json").read_bytes()
    assert events_version() == hashlib.sha256(data).hexdigest()[:16]
    assert load_rules().version == events_version()


def test_every_cue_survives_analysis():
    # A cue made only of stopwords would analyse to nothing and never match.
    for kind in load_rules().kinds:
        for cue in (*kind.text, *kind.question_id, *kind.question_en):
            phrases = (cue.words, *cue.with_any, *cue.without)
            assert all(phrases), f"{kind.kind}: a cue or condition analyses to no tokens"


def test_every_kind_but_other_has_text_and_english_cues():
    for kind in load_rules().kinds:
        if kind.kind != "other":
            assert kind.text and kind.question_en, kind.kind


@pytest.mark.parametrize("kind", EVENT_KINDS)
def test_every_kind_has_a_label_in_both_languages(kind):
    assert event_label(kind, "id").strip()
    assert event_label(kind, "en").strip()


def test_event_label_wording():
    assert event_label("pledge", "id") == "ikrar netralitas"
    assert event_label("pledge", "en") == "neutrality pledge"
    assert event_label("roll_call", "en") == "roll call"


def test_event_label_rejects_unknown_kind_and_language():
    with pytest.raises(ValueError, match="unknown event kind"):
        event_label("parade", "en")
    with pytest.raises(ValueError, match="unknown language"):
        event_label("pledge", "fr")


# --- sentences (written for these tests) --------------------------------------------------

SENTENCES = [
    ("Seluruh pegawai mengucapkan ikrar netralitas di aula rutan.", {"pledge", "neutrality"}),
    ("Para pejabat struktural menandatangani pakta integritas.", {"pledge"}),
    (
        "Rutan itu mendeklarasikan netralitas petugasnya menjelang pilkada.",
        {"pledge", "neutrality"},
    ),
    ("Kalapas meminta jajarannya tetap netral selama pilkada.", {"neutrality"}),
    ("Warga binaan menggelar Deklarasi Pemilu Damai di aula.", set()),
    ("Apel siaga digelar di halaman lapas pada pagi hari.", {"roll_call"}),
    ("Kalapas memimpin apel pagi bersama seluruh regu jaga.", {"roll_call"}),
    ("Kegiatan itu berlangsung di lapangan upacara lapas.", set()),
    ("Seusai upacara bendera, tiga napi langsung bebas karena remisi.", {"remission"}),
    ("Sebanyak 300 warga binaan menggunakan hak pilih di TPS khusus.", {"voting"}),
    ("Para napi mencoblos surat suara untuk pemilihan gubernur.", {"voting"}),
    ("Menjelang hari pemungutan suara, pegawai diingatkan agar bersikap netral.", {"neutrality"}),
    ("Sebanyak 120 narapidana menerima remisi khusus Idul Fitri.", {"remission"}),
    ("Dua narapidana dibebaskan setelah mendapat amnesti dari Presiden.", {"amnesty"}),
    ("Petugas menggeledah kamar hunian dan menyita tiga ponsel.", {"raid"}),
    ("Penggeledahan blok C dilakukan malam hari.", {"raid"}),
    ("Razia mendadak menemukan barang terlarang di lemari napi.", {"raid"}),
    ("Kalapas meminta frekuensi penggeledahan ditingkatkan selama libur.", set()),
    ("Dua tahanan kabur dengan menjebol plafon kamar mandi.", {"escape"}),
    ("Narapidana yang melarikan diri itu akhirnya ditangkap kembali.", {"escape"}),
    ("Petugas diminta waspada karena napi bisa melarikan diri saat petugas lengah.", set()),
    # An escape told without "kabur": they vanished and are hunted (not the regency Buru).
    ("Tiga narapidana yang menghilang setelah izin ke warung kini diburu petugas lapas.", {"escape"}),
    ("Lapas Namlea memanen ikan bersama Dinas Perikanan Buru.", set()),
    # Smuggling foiled at the gate, and the threat of it (no event).
    ("Petugas menggagalkan upaya pengunjung menyelundupkan sabu di dalam pembalut.", {"smuggling"}),
    ("Bola tenis berisi sabu dilempar dari luar tembok lapas.", {"smuggling"}),
    ("Kakanwil mengingatkan ancaman lemparan narkoba dari balik tembok.", set()),
    ("Empat puluh narapidana mengikuti pelatihan las bersertifikat.", {"training"}),
    ("Warga binaan membuat kerajinan tangan dari bambu.", {"training"}),
    ("Kakanwil meninjau blok hunian yang baru selesai direhabilitasi.", {"visit"}),
    ("Kepala Kantor Wilayah mengunjungi lapas itu pada Selasa.", {"visit"}),
    ("Keluarga warga binaan datang berkunjung pada jam kunjungan.", set()),
    ("Ratusan warga binaan mengikuti skrining HIV di klinik lapas.", {"health"}),
    ("Dia berpesan agar petugas menjaga kesehatan selama bertugas.", set()),
    ("Lapas itu mengalami kelebihan kapasitas hingga 300 persen.", {"overcrowding"}),
    ("Kalapas menerima tamu dari dinas pendidikan.", set()),
    ("", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_sentence_event_kinds(sentence, expected):
    assert sentence_event_kinds(sentence) == expected


@pytest.mark.parametrize("verb", ["menggeledah", "penggeledahan", "digeledah", "dirazia"])
def test_inflections_of_a_cue_match(verb):
    assert "raid" in sentence_event_kinds(f"Petugas {verb} kamar napi.")


def test_neutrality_alone_is_never_a_pledge():
    speech = "Dalam amanatnya, Kakanwil menegaskan ASN wajib netral dan menjaga netralitas."
    assert "pledge" not in sentence_event_kinds(speech)


# --- articles (written for these tests) ---------------------------------------------------

CHRISTMAS_ALERT_SPEECH = (
    "Lapas Contoh menggelar apel siaga Natal dan Tahun Baru di lapangan lapas, Senin.\n\n"
    "Dalam amanatnya, Kakanwil mengingatkan seluruh pegawai agar tetap netral selama pemilu.\n\n"
    "Ia juga meminta petugas memperketat pengawasan di pos jaga.\n\n"
    "Menurutnya, netralitas ASN adalah kewajiban."
)
ROLL_CALL_THEN_PLEDGE = (
    "Rutan Contoh menggelar apel pagi yang dilanjutkan pembacaan ikrar netralitas pegawai.\n\n"
    "Seluruh peserta apel mengucapkan ikrar bersama-sama.\n\n"
    "Kepala rutan berharap ikrar itu dijalankan."
)
RAID_WITH_PASSING_REMISSION = (
    "Petugas Lapas Contoh menggelar razia kamar hunian, Jumat malam.\n\n"
    "Dalam razia itu petugas menyita dua ponsel dan sebilah pisau.\n\n"
    "Penggeledahan berlangsung tertib.\n\n"
    "Barang sitaan akan dimusnahkan.\n\n"
    "Kalapas menyebut razia rutin sudah digelar sejak tahun lalu.\n\n"
    "Pemilik barang bisa kehilangan hak, seperti remisi tahun lalu."
)


def test_roll_call_with_neutrality_speech_is_a_roll_call_not_a_pledge():
    kinds = article_event_kinds("Lapas Contoh Gelar Apel Siaga Nataru", CHRISTMAS_ALERT_SPEECH)
    assert kinds[0] == "roll_call"
    assert "pledge" not in kinds


def test_roll_call_followed_by_pledge_has_both_kinds():
    kinds = article_event_kinds("Rutan Contoh Ucapkan Ikrar Netralitas", ROLL_CALL_THEN_PLEDGE)
    assert kinds[0] == "pledge"
    assert "roll_call" in kinds


def test_a_passing_mention_deep_in_the_text_is_not_an_article_kind():
    kinds = article_event_kinds("Razia Kamar di Lapas Contoh", RAID_WITH_PASSING_REMISSION)
    assert kinds == ("raid",)


def test_neutrality_directive_without_event_is_a_neutrality_article():
    text = "Kalapas Contoh mengingatkan jajaran agar netral.\n\nASN wajib menjaga netralitas."
    assert article_event_kinds("Kalapas Ingatkan Netralitas", text) == ("neutrality",)


@pytest.mark.parametrize(
    ("title", "text"),
    [("", ""), ("Lapas Contoh Terima Tamu", "Kalapas menerima tamu dari dinas pendidikan.")],
)
def test_article_without_cues_is_other(title, text):
    assert article_event_kinds(title, text) == ("other",)


def test_article_kinds_are_known_and_distinct():
    kinds = article_event_kinds("Rutan Contoh Ucapkan Ikrar Netralitas", ROLL_CALL_THEN_PLEDGE)
    assert set(kinds) <= set(EVENT_KINDS)
    assert len(kinds) == len(set(kinds))


# --- questions ----------------------------------------------------------------------------

QUESTIONS = [
    ("Which UPT held a neutrality pledge in December?", "en", {"pledge"}),
    ("Who signed the integrity pact at the regional office?", "en", {"pledge"}),
    ("When was the neutrality declaration at the detention centre?", "en", {"pledge"}),
    ("Who swore to stay neutral?", "en", {"pledge"}),
    ("Who led the Christmas roll call at the prison?", "en", {"roll_call"}),
    ("Who led the apel siaga at Lapas Tual?", "en", {"roll_call"}),
    ("How many inmates voted at Lapas Madiun?", "en", {"voting"}),
    ("How many voters were on the DPT at Lapas Langsa?", "en", {"voting"}),
    ("How many polling stations were set up in the prison?", "en", {"voting"}),
    ("How many inmates received remissions at Christmas?", "en", {"remission"}),
    ("Who received amnesty at Lapas Malang?", "en", {"amnesty"}),
    ("Which prisons raided cells before Eid?", "en", {"raid"}),
    ("What was seized in the search of the cells?", "en", {"raid"}),
    ("How much meth was seized from the two women visitors?", "en", {"raid", "smuggling"}),
    ("How many smuggling attempts were foiled this year?", "en", {"smuggling"}),
    ("When did the two inmates escape?", "en", {"escape"}),
    ("How did the detainees break out of the jail?", "en", {"escape"}),
    ("When was the escaped inmate recaptured?", "en", {"escape"}),
    ("Who visited the Purwokerto prison?", "en", {"visit"}),
    ("Who inspected the Purwokerto narcotics prison?", "en", {"visit"}),
    ("What was found when officers inspected the cells?", "en", {"raid"}),
    ("What handicraft do inmates make at Lapas Martapura?", "en", {"training"}),
    ("How many inmates joined the vocational training?", "en", {"training"}),
    ("How many inmates were screened for HIV?", "en", {"health"}),
    ("Which prisons are the most overcrowded?", "en", {"overcrowding"}),
    ("Who reminded staff to stay neutral?", "en", {"neutrality"}),
    ("Siapa yang memimpin ikrar netralitas di Rutan Krui?", "id", {"pledge"}),
    ("Kapan pakta integritas ditandatangani?", "id", {"pledge"}),
    ("Siapa pembina apel siaga Nataru di Lapas Yogyakarta?", "id", {"roll_call"}),
    ("Berapa warga binaan yang memilih di TPS khusus Lapas Salemba?", "id", {"voting"}),
    ("Berapa pemilih di Lapas Pekalongan?", "id", {"voting"}),
    ("Berapa narapidana yang menerima remisi Natal?", "id", {"remission"}),
    ("Siapa yang mendapat amnesti di Lapas Malang?", "id", {"amnesty"}),
    ("Kapan razia kamar di Lapas Palangka Raya?", "id", {"raid"}),
    ("Apa yang ditemukan dalam penggeledahan Rutan Medaeng?", "id", {"raid"}),
    ("Berapa napi yang kabur dari Rutan Salemba?", "id", {"escape"}),
    ("Kapan Kakanwil mengunjungi Lapas Narkotika Purwokerto?", "id", {"visit"}),
    ("Apa saja paket pelatihan di Lapas Pekalongan?", "id", {"training"}),
    ("Berapa warga binaan yang mengikuti skrining HIV?", "id", {"health"}),
    # A capacity is a number any report may give; only words of excess name overcrowding.
    ("Berapa kapasitas hunian Lapas Salemba?", "id", set()),
    ("Lapas Perempuan Yogyakarta itu daya tampungnya berapa orang?", "id", set()),
    ("What is the capacity of Boalemo prison, and how many are held there?", "en", set()),
    ("Lapas mana saja yang over kapasitas?", "id", {"overcrowding"}),
    ("Rutan mana yang penghuninya melebihi kapasitas?", "id", {"overcrowding"}),
    ("Which prisons exceed their capacity?", "en", {"overcrowding"}),
    # A promise to give something is no pledge; a promise to stay neutral is.
    ("Wagub janji mau nyumbang apa buat warga binaan Lapas Boalemo?", "id", set()),
    ("Kapan pegawai Lapas Bulukumba berjanji menjaga netralitas?", "id", {"pledge"}),
    ("Siapa Kalapas yang mengingatkan jajarannya menjaga netralitas?", "id", {"neutrality"}),
    # A roll call named with another event is its setting: the pledge is what is asked.
    ("Siapa yang memimpin apel ikrar netralitas?", "id", {"pledge"}),
    ("Which regional offices held a neutrality pledge during their own roll call?", "en",
     {"pledge"}),
    ("Siapa yang memimpin apel siaga Nataru?", "id", {"roll_call"}),
    ("Where was the inmates' Deklarasi Pemilu Damai held?", "en", set()),
    ("How many officers were sworn in as KPPS polling staff?", "en", {"voting"}),
    ("Who is the head of Lapas Tual?", "en", set()),
    ("Which prisons in Bali appear in these reports?", "en", set()),
    ("Siapa Kepala Lapas Kelas IIB Langsa?", "id", set()),
    ("Apa nama toko daring Lapas Kerobokan?", "id", set()),
    ("", "id", set()),
]


@pytest.mark.parametrize(("question", "language", "expected"), QUESTIONS)
def test_question_event_kinds(question, language, expected):
    assert question_event_kinds(question, language) == expected


def test_question_in_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="unknown language"):
        question_event_kinds("Kapan apel siaga?", "jv")


# --- real articles: the devcorpus (read at test time) and the shipped corpus --------------

#: SOURCES.md kind words that are not kind ids.
_SOURCE_KIND = {"apel": "roll_call", "neutrality-other": "neutrality"}

#: Where the main kind knowingly differs from SOURCES.md, and why.
#: d16: the headline and the three lead sentences are about DPT registration; the pledge
#: (recited at an alert roll call) comes in the fourth paragraph, so it ranks second.
KNOWN_MAIN_DIFFERENCES = {"d16": "voting"}

#: False premises the kinds must not invite ("a remission is not a vote").
MUST_NOT = {
    "d01": {"pledge"},  # Kakanwil urges neutrality at an alert roll call
    "d28": {"pledge"},  # apel pagi directive, no pledge
    "k06": {"pledge"},  # guarantee + inmates' "Deklarasi Pemilu Damai"
    "d23": {"pledge"},  # visit with a neutrality reminder
    "k04": {"pledge"},  # neutrality instruction, DPT update
    "d04": {"remission"},  # escapees lose remission rights, in passing
    "d14": {"remission"},  # sanction may revoke remission, in passing
    "d25": {"roll_call"},  # freed "after the flag ceremony"
    "k09": {"roll_call"},  # remission handed over at a ceremony
    "d18": {"escape"},  # speech warns inmates might escape
    "d05": {"voting"},
    "d10": {"voting"},
    "d03": {"voting"},  # a TPS khusus "will" exist, in passing
    "k07": {"pledge"},  # pakta signed earlier, in passing
    "d07": {"overcrowding"},  # "one of the most crowded", in passing
}


def _source_kinds() -> dict[str, str]:
    """The main kind SOURCES.md gives each devcorpus article, as a kind id."""
    kinds: dict[str, str] = {}
    for line in (DEVCORPUS / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 7 and re.fullmatch(r"[dk]\d\d", cells[0]):
            word = cells[5].split()[0]
            kinds[cells[0]] = _SOURCE_KIND.get(word, word)
    return kinds


def _short_id(doc_id: str) -> str:
    """``d01_kanwil-…`` → ``d01``; ``more-3`` (line 3 of more.jsonl) → ``k03``."""
    if doc_id.startswith("more-"):
        return f"k{int(doc_id.split('-')[1]):02d}"
    return doc_id[:3]


@pytest.fixture(scope="module")
def devcorpus_kinds() -> dict[str, tuple[str, ...]]:
    if not (DEVCORPUS / "articles").is_dir():
        pytest.skip(f"devcorpus not found at {DEVCORPUS}")
    articles, _ = read_corpus(DEVCORPUS / "articles")
    return {_short_id(a.doc_id): article_event_kinds(a.title, a.text) for a in articles}


@pytest.fixture(scope="module")
def source_kinds() -> dict[str, str]:
    if not (DEVCORPUS / "SOURCES.md").is_file():
        pytest.skip(f"devcorpus SOURCES.md not found in {DEVCORPUS}")
    return _source_kinds()


def test_devcorpus_has_fifty_labelled_articles(devcorpus_kinds, source_kinds):
    assert len(devcorpus_kinds) == 50
    assert set(devcorpus_kinds) == set(source_kinds)


def test_devcorpus_sources_kind_is_among_the_article_kinds(devcorpus_kinds, source_kinds):
    # Lists and false premises filter on membership, so every article must carry its kind.
    missing = {
        doc: (source_kinds[doc], kinds)
        for doc, kinds in devcorpus_kinds.items()
        if source_kinds[doc] not in kinds
    }
    assert missing == {}


def test_devcorpus_main_kind_matches_sources(devcorpus_kinds, source_kinds):
    differences = {
        doc: kinds[0] for doc, kinds in devcorpus_kinds.items() if kinds[0] != source_kinds[doc]
    }
    assert differences == KNOWN_MAIN_DIFFERENCES


@pytest.mark.parametrize(("doc", "forbidden"), sorted(MUST_NOT.items()))
def test_devcorpus_kinds_invite_no_false_premise(devcorpus_kinds, doc, forbidden):
    assert not forbidden & set(devcorpus_kinds[doc])


#: The shipped seed articles: three alert roll calls with a pledge recital, a pledge roll
#: call, and a neutrality briefing that also covers the inmates' TPS khusus and voter data.
SHIPPED_EXPECTED = {
    "000": ({"roll_call", "pledge"}, set()),
    "001": ({"roll_call", "pledge"}, set()),
    "002": ({"neutrality", "voting"}, {"pledge", "roll_call"}),
    "003": ({"roll_call", "pledge"}, {"raid"}),
    "004": ({"pledge", "roll_call"}, set()),
}


@pytest.fixture(scope="module")
def shipped_kinds() -> dict[str, tuple[str, ...]]:
    articles, _ = read_corpus(SHIPPED)
    return {a.doc_id[:3]: article_event_kinds(a.title, a.text) for a in articles}


@pytest.mark.parametrize(("doc", "expected"), sorted(SHIPPED_EXPECTED.items()))
def test_shipped_articles(shipped_kinds, doc, expected):
    required, forbidden = expected
    kinds = shipped_kinds[doc]
    assert required <= set(kinds)
    assert kinds[0] in required
    assert not forbidden & set(kinds)


def test_a_condition_word_far_from_its_cue_names_no_event_in_a_question():
    from rag.events import question_event_kinds

    # "inspect" names a raid with "cell" or "room" next to it, not with a meeting room
    # mentioned at the other end of the question.
    assert "raid" not in question_event_kinds(
        "Besides a meeting room, what did the head suggest when he inspected the prison?", "en")
    assert "raid" in question_event_kinds("Which prisons inspected inmates' rooms in 2022?", "en")


def test_an_official_who_comes_to_a_unit_visits_it():
    from rag.events import sentence_event_kinds

    assert "visit" in sentence_event_kinds(
        "Gubernur Bali datang ke Lapas Kerobokan dalam rangka peringatan Hari Bhakti Pemasyarakatan.")
    assert "visit" in sentence_event_kinds("Setelah upacara, Kakanwil diajak berkeliling melihat kondisi hunian.")
    assert "visit" not in sentence_event_kinds("Keluarga warga binaan datang membawa makanan.")


def test_screening_for_alcohol_or_drugs_is_no_health_service():
    assert "health" not in question_event_kinds("How many officers screened came back positive for alcohol?", "en")
    assert "health" in question_event_kinds("How many inmates were screened for TB?", "en")


def test_a_room_named_by_its_use_names_no_event():
    # "the work-training room that burned": a storeroom, not a training; but a training
    # asked as such still is one.
    assert "training" not in question_event_kinds(
        "What was kept in the work-training room that burned at Nyomplong prison?", "en")
    assert "training" not in question_event_kinds("Apa yang disimpan di ruang pelatihan yang terbakar?", "id")
    assert "training" in question_event_kinds("Who led the welding training at Rutan Blora?", "en")


def test_a_hospital_asked_for_names_no_health_service():
    # "dibawa ke rumah sakit mana?": the place asked; a hospital's patients are still health.
    assert "health" not in question_event_kinds("Jenazah napi itu divisum di rumah sakit mana?", "id")
    assert "health" in question_event_kinds("Berapa pasien rumah sakit yang dilayani klinik lapas?", "id")
