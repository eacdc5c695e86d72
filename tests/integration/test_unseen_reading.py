"""Reading real reports the rules were not written for: the development corpus's articles
(read from ``../shared/devcorpus`` at test time), asked in our own words.

Each test is one class of question from issue 11, asserted on the answer's own line (the
quotes under it do not count, as in the strict scoring): counts scoped to the asked UPT,
one count per named place, before and after a change, superlatives, numbers the question
states itself, durations, what someone urged, a period that dates a statement, lists by
province, and questions the articles cannot answer.
"""

from __future__ import annotations

import pytest

from rag.config import PROJECT_ROOT, Settings
from rag.evaluation import answer_lead

pytestmark = pytest.mark.slow

DEVCORPUS = PROJECT_ROOT.parent / "shared" / "devcorpus" / "articles"


@pytest.fixture(scope="module")
def reader(tmp_path_factory, embedder):
    """An assistant over the development corpus, built once for this module."""
    if not DEVCORPUS.is_dir():
        pytest.skip(f"devcorpus not found at {DEVCORPUS}")
    from rag.assistant import Assistant
    from rag.indexing import build_index

    settings = Settings(corpus_dir=DEVCORPUS, index_dir=tmp_path_factory.mktemp("devindex"))
    build_index(settings, embedder=embedder, progress=False)
    return Assistant(settings, embedder=embedder)


def lead(reader, question: str, history=()) -> str:
    """The answer's own text, without its quoted evidence."""
    answer = reader.ask(question, history)
    assert not answer.abstained, answer.text
    return answer_lead(answer.text)


#: (class, question, strings the answer's own line must hold, strings it must not hold).
READING = [
    # The report gives 392 for all of Jakarta and then 14 for Rutan Pondok Bambu alone.
    ("a count for all units is not one unit's",
     ("How many staff of the Jakarta prisons, detention centres and LPKA were sworn in as "
     "polling officers?"), ["392"], ["14 "]),
    # Rutan Cipinang: 70 staff for 10 polling stations; Lapas Cipinang is another unit (84).
    ("a count for one unit comes from its clause",
     "Berapa pegawai Rutan Cipinang yang dilantik menjadi KPPS, dan untuk berapa TPS?",
     ["70", "10 TPS"], ["84"]),
    ("one count per named polling station",
     "Berapa jumlah DPT di masing-masing TPS 901 dan TPS 902 Lapas Langsa?", ["172", "166"], []),
    ("before and after a change are two counts",
     "How many convicts were on the Rajabasa prison voter list before and after it was updated?",
     ["773", "653"], []),
    ("a superlative names the unit with the largest count",
     ("Dalam daftar lapas terpadat yang dipaparkan Menkumham, lapas mana yang penghuninya paling "
     "banyak?"), ["Labuhan Ruku", "2030"], []),
    ("a superlative of the smallest",
     "In the overcrowding list Yasonna showed the DPR, which unit had the smallest capacity?",
     ["Jeneponto", "44"], []),
    ("a number the question states is not its answer",
     ("How many convicts across Indonesia were granted amnesty by the decree that released two "
     "Lapas Malang inmates?"), ["1.178"], []),
    ("how long is answered with a stated duration",
     "Berapa lama dua napi Lapas Sumedang menyiapkan pelarian mereka?", ["seminggu"], []),
    ("what the head urged comes from the sentence with the directive",
     ("What did the Banyuasin prison head ask his staff to be during the Christmas security roll "
     "call?"), ["waspada"], []),
    # The report is dated November; its figures are "berdasarkan data Oktober 2025".
    ("a period that dates a figure finds the article that states it",
     "Berapa penghuni Lapas Tabanan menurut data Oktober 2025?", ["230"], []),
    ("a list of unit kinds in a province lists every unit there",
     "Lapas, rutan, atau bapas mana saja di Sumatera Selatan yang ada beritanya?",
     ["Banyuasin", "Martapura", "Lubuklinggau", "Palembang"], []),
    ("a decree number is not cut before its year",
     "On the basis of which presidential decree were the two Lapas Malang convicts freed?",
     ["17 Tahun 2025"], []),
    # The report counts 137 inmates on the voter list who voted, and 9 staff (DPTb).
    ("a count of staff does not answer a count of inmates",
     "Berapa warga binaan Lapas Pekalongan yang mencoblos pada Pilkada 2024?", ["137"], ["9 orang"]),
    # The Serang report names Lapas Cibinong as the national venue; Serang's own was its hall.
    ("where in a named unit is not another unit",
     "Di mana remisi Idul Fitri 1446 H diserahkan kepada warga binaan Lapas Serang?", [],
     ["Cibinong"]),
    # Two reports name two successive heads of Lapas Kelas I Bandarlampung.
    ("every holder of a post is listed when several are asked",
     "Siapa saja Kalapas Kelas I Bandarlampung yang disebut dalam berita?",
     ["Maizar", "Saiful Sahri"], []),
    # A "when" clause that sets the scene does not make it a date question; the sentence
    # giving advice ("sebaiknya diganti") answers, not the one naming the topic.
    ("a scene-setting clause and advice asked",
     ("When the Central Java Kakanwil inspected the Purwokerto narcotics prison, what did he "
      "say should be done with the old wire on the wall?"), ["kawat silet"], []),
    ("which doctor asks for a person",
     "Which doctor at Lapas Tabanan told inmates how HIV harms the body's defences?",
     ["Tresnadewi"], []),
    # "Dirreskrimum ... Ade melalui Kasubdit Jatanras ... Akbar Baskoro mengatakan".
    ("the one who speaks for another is the one quoted",
     ("Which police officer told how the inmate who broke out of Lapas Serang was caught in "
      "Kendal?"), ["Baskoro"], []),
    # The post asked comes after the scene: the Kakanwil visited, the Kalapas accompanied him.
    ("the post asked is the one after the scene-setting clause",
     "Waktu Kakanwil Jateng ngecek hasil rehab Lapas Narkotika Purwokerto, kalapas yang nemenin siapa?",
     ["Riko"], ["Tejo"]),
    # Lapas Banyuasin's report: an apel siaga whose troops the Kasat Tahti inspected with the
    # Kalapas; the question names the roll call and the inspection.
    ("what was done at a roll call the question names is part of it",
     "At the Banyuasin prison's December 2025 roll call, which police officer accompanied the inspection of the troops?",
     ["Edi Sabara"], []),
    ("the leader of a regional office is its head",
     "Siapa pemimpin kantor wilayah Ditjenpas Maluku yang disebut di berita apel Lapas Tual?",
     ["Biantoro"], ["Nurchalis"]),
    ("an enumeration announced by 'yakni' is the list of items",
     "Apa saja bidang keterampilan dalam pelatihan BLK untuk warga binaan Lapas Pekalongan?",
     ["menjahit", "membatik", "las"], []),
    ("an activity 'for' something states its purpose",
     "Razia kamar hunian di Lapas Palangka Raya itu dilakukan dalam rangka apa?",
     ["deteksi dini"], []),
    # Jakarta's report: "Lapas Narkotika menyumbang 77 pegawai untuk 11 TPS".
    ("a count asked of the same subject comes from its clause",
     ("How many staff came from the Jakarta narcotics prison to serve as KPPS, and for how "
      "many polling stations?"), ["77", "11"], ["12 TPS"]),
    # "Ketua Bawaslu Parepare, Muh. Zainal Asnun": the name is not cut at "Muh."; a chair
    # of a named board is asked as a chair.
    ("the chair of an election board, named after an abbreviation",
     "Who chaired the Parepare election supervisory board that briefed the prison staff?",
     ["Zainal Asnun"], []),
    # "oleh Kalapas Kota Pekalongan, Agus Heryanto dan Kepala UPTD BLK, Sunarto Hadi".
    ("a post named after a person is the next person's",
     "Who heads the Pekalongan city job-training centre (UPTD BLK) that trained the inmates?",
     ["Sunarto"], ["Agus"]),
    ("who ran a prison asks for its head",
     "Who ran the Pekalongan prison when it trained inmates with the BLK in 2021?",
     ["Agus Heryanto"], []),
    # "Kepala Kepolisian Resor Sanggau yang diwakili AKP Sumardai".
    ("who stood in for a post holder",
     "Kapolres Sanggau diwakili oleh siapa dalam deklarasi netralitas Rutan Sanggau?",
     ["Sumardai"], []),
    # Chat Indonesian ("apa aja", "biar"); the thing asked for ("syarat") leads the reading.
    ("chat words and the thing asked for",
     "Syaratnya apa aja biar napi Jateng bisa dapat remisi Natal 2025?", ["administratif"], []),
    # "Lima di antaranya merupakan TPS Khusus yang melayani 1.110 warga binaan".
    ("a count of part of a set counts what the part is",
     "Berapa TPS khusus yang disiapkan untuk warga binaan Lapas Banjarbaru?", ["5"], ["1.110"]),
    # "Karena itu ... Kalapas menambah dua petugas" ← "momen itu bisa menjadi celah" ←
    # "waktu Salat Zuhur dan Ashar sebagai saat yang sangat rawan".
    ("a reason pointed back at twice",
     "Why did the Yogyakarta prison head add two officers to each guard team over Nataru?",
     ["Zuhur"], []),
    ("an enumeration joined by 'atau'",
     "Warga binaan DIY yang tidak masuk daftar pemilih itu golongan apa saja?",
     ["asing", "anak", "bebas"], []),
    # Undated, the Madiun report is no event of 27 November 2024 (Pilkada day).
    ("a list of a dated day leaves out undated reports",
     "Which prisons ran special polling stations for inmates on 27 November 2024?",
     ["Salemba", "Pekalongan"], ["Madiun"]),
    # The Madiun report has no date line: a February 2024 question can still be about it.
    ("an undated report is found for a month of a year it names",
     "Who was the head of Madiun prison when its inmates voted in February 2024?",
     ["Kadek Anton Budiharta"], []),
    # "Napi pertama diringkus di asrama PN ... Satu lagi ditangkap di sekitar Gedung Golkar".
    ("several places asked are each given",
     "Di mana saja kedua napi yang kabur dari Lapas Sumedang ditangkap kembali?",
     ["asrama PN", "Golkar"], []),
    ("where in a unit is asked with 'bagian mana'",
     "Deklarasi netralitas Rutan Pontianak digelar di bagian mana rutan?", ["halaman"],
     ["dihadiri"]),
    # "... ruang berkumpul WBP yang terpusat ..." ← "Dengan begitu ... pengawasan bisa lebih
    # maksimal".
    ("a reason given by 'dengan begitu' after the step",
     "Why did the Central Java Kakanwil want one central gathering place for Purwokerto inmates?",
     ["pengawasan"], []),
    ("an English name of a regional office of corrections",
     "Who headed the Banten regional corrections office at the 2025 Eid remission in Serang?",
     ["Ali Syeh Bana"], ["Gumilar"]),
    # Jakarta's report leads with voter lists; its pledge, at the roll call, comes later.
    ("a list has every article reporting the kind, not only the best retrieved",
     "Which regional offices held a staff neutrality pledge at their roll call?",
     ["Banten", "Maluku", "DKI"], []),
    # The Madiun report has no date line; it reports "Pemilu 2024".
    ("an undated report of a year's event is in that year",
     "How many inmates of Lapas Madiun voted in 2024?", ["995"], []),
    # Parepare: 600 voters, next to "Pegawai diminta tidak memilih ... pasangan calon".
    ("a word the article negates elsewhere is still stated",
     "Berapa wajib pilih di Lapas Parepare?", ["600"], []),
]


#: Classes found by first-sight batch 10 (asked here in other words than the batch's).
BATCH_10 = [
    # "Rumah Tahanan Negara (Rutan) Kelas I Jakarta Pusat atau Rutan Salemba": either name.
    ("a unit's other name after 'atau' in the article",
     "Siapa Kepala Rutan Salemba ketika tujuh tahanan kabur lewat gorong-gorong?", ["Agung Nurbani"], []),
    # "Lapas Kelas I Bandarlampung, yang juga dikenal sebagai Lapas Rajabasa"; "in charge of".
    ("a unit's other name after 'yang juga dikenal sebagai'",
     "Who was in charge of Lapas Rajabasa when it tightened supervision before the 2024 election?",
     ["Saiful Sahri"], []),
    # "... 995 orang warga binaan yang memberikan suara ... Dari jumlah itu, 741 orang tercatat
    # dalam DPT, sedangkan 244 orang masuk DPTb": the parts are of the 995 who voted; the
    # relative "who voted" does not make it a who-question.
    ("a count within the previous sentence's count",
     "Of the Madiun prison inmates who voted in 2024, how many were on the additional voter list (DPTb)?",
     ["244"], []),
    # "HUT ke-79": the English ordinal is found, and 79 is not the count.
    ("an English ordinal is the Indonesian 'ke-'",
     "How many inmates did Rutan Ponorogo propose for remission ahead of the 79th Independence Day?",
     ["188"], []),
    # "... melarikan diri pada Rabu (28/12/2022), akhirnya ditangkap ... Kendal, Jawa Tengah,
    # pada Kamis (2/2/2023)"; "Dalam rilis yang diterima Jumat (3/2/2023)" is when it was told.
    # "Kendal, Central Java" places the town: the Banten prison's report is not filtered out.
    ("the date of the asked act, not the sentence's first or the release's",
     "When was the escaped Serang inmate A arrested in Kendal, Central Java?", ["2 February"], []),
    # Everyday English words ("prayer times", "risky") the glossary now carries.
    ("everyday English words", "Which prayer times did the head of Yogyakarta prison call risky?",
     ["Zuhur"], []),
]

#: Classes found by first-sight batch 11 (asked here in other words than the batch's).
BATCH_11 = [
    # Chat verbs: "disaranin" is "disarankan", so advice is asked.
    ("a chat verb form", "Kawat di atas tembok Lapas Narkotika Purwokerto disaranin diganti pake apa sama Kakanwil?",
     ["kawat silet"], []),
    # "hp android 16 unit, hp non-android 7 unit"; "Android" is written as is in the report.
    ("non-X is not X; an English word the report borrows", "How many Android phones were seized in the Rutan Sigli raid?",
     ["16"], []),
    # "Sabtu (17/08)", "HUT Ke-80": no year anywhere, so no period rules the report out.
    ("a report with no year is not ruled out by a period",
     "Where was the Pemalang remission decree handed over in August 2025?", ["Alun-alun"], []),
    # "Natal 2025 dan Tahun Baru 2026" is a season: Banyuasin and Tual, not Yogyakarta 2021.
    ("Christmas and New Year with their years are a period",
     "Lapas mana saja yang menggelar apel siaga Natal 2025 dan Tahun Baru 2026?", ["Banyuasin", "Tual"], []),
    ("'which prisons' lists prisons whatever the verb's object",
     "Which prisons searched cells for contraband in 2022?", ["Palangka", "Bulak Kapal"], []),
    ("why after a leading phrase", "On election day at Lapas Langsa, why could 22 DPTb voters not vote?",
     ["surat suara"], []),
    # "Namun ia hanya menerima satu lembar surat suara ..., sehingga hanya bisa memilih Presiden".
    ("a yes/no answered by the sentence that restricts",
     "Could the head of Lapas Langsa vote for the legislature as well when he voted in February 2024?",
     ["No.", "Presiden"], []),
]

#: Classes found by first-sight batch 12 (asked here in other words than the batch's).
BATCH_12 = [
    ("an English possessive names the unit", "Who heads Malang's class I prison?", ["Teguh Pamuji"], []),
    # "sementara di Rutan Cipinang 70 pegawai untuk 10 TPS": staff are counted in "pegawai",
    # even though "polling station officers" also names the TPS.
    ("a count's own unit says what it counts",
     "How many staff of Rutan Cipinang were sworn in as polling station officers for the 2024 election?",
     ["70"], []),
]


#: Classes first seen in batches 13 to 19 (fifth session), asked in other words.
BATCH_13_19 = [
    # Pontianak pledged on 21 November, Sanggau on 20 November; the vote was on the 27th.
    ("the run-up to an election a date names",
     "Which detention centres declared staff neutrality ahead of the 27 November 2024 regional elections?",
     ["Pontianak", "Sanggau"], []),
    ("a place inside the asked unit, not the unit itself",
     "Where inside Salemba prison did its inmates vote in the November 2024 regional election?",
     ["lapangan"], []),
    ("the reason follows the sentence stating the asked change",
     "Why did the Rajabasa prison's list of inmate voters shrink from 773 to 653?",
     ["dipindahkan"], []),
    # "Lapas Salemba 49 pegawai" is the other Salemba unit.
    ("a unit the question sets aside is not the one counted",
     "Berapa pegawai Rutan Salemba, bukan Lapas Salemba, yang dilantik jadi KPPS Pemilu 2024?",
     ["84"], ["49"]),
    ("a count attached to the one before is the one right after it",
     "How many staff did Rutan Salemba provide as polling officers in 2024, and for how many polling stations?",
     ["84", "12"], ["77", "11 "]),
    # "di kamar hunian Blok D yang dihuni 134 WBP": a count of inmates, not of phones.
    ("a count with a unit of its own does not count another noun",
     "How many mobile phones were seized when Block D of the Tangerang youth prison was searched?",
     ["27"], ["134"]),
    ("two counts: one of a noun, one within it",
     "At Madiun's class I prison in the 2024 election, how many inmates voted, and how many of them were DPTb voters?",
     ["995", "244"], []),
    ("chat names of the 17 August holiday",
     "Siapa yg nyerahin SK remisi 17-an ke perwakilan napi Rutan Pemalang?", ["Anom"], []),
    ("a leading 'kok' asks why",
     "Kok ada pos jaga Lapas Sumedang yang kosong waktu dua napi kabur?", ["sakit"], []),
    ("English household words in a why-question",
     "Why was cookware confiscated during the Bulak Kapal prison raid in Bekasi?", ["kebakaran"], []),
    # Batch 15. The report writes "Bagan Siapi Api" and "Bagan Siapi-Api".
    ("a name written run together, and a count said of the same unit by a pronoun",
     "What was the capacity of the Bagansiapiapi prison in the minister's slides, and how many inmates did it hold?",
     ["98", "927"], []),
    ("a province after a town only locates it",
     "Berapa warga binaan yang dilayani TPS khusus Lapas Banjarbaru, Kalsel, pada Pemilu 2024?",
     ["1.110"], []),
    # "Sebanyak 435 narapidana dan anak binaan", then "terdiri atas 434 narapidana dan satu
    # orang anak binaan"; another report (Pemalang, 177) shares the words but not the occasion.
    ("a total, not one part of its breakdown, nor another report's count",
     "Berapa napi di Jawa Tengah yang mendapat remisi Natal 2025?", ["435"], ["434", "177"]),
    ("English verbs of escaping in a list",
     "Which prisons saw inmates flee or attempt to flee in 2022?", ["Lubuklinggau", "Serang"], []),
    # Batch 16.
    ("journalists in the scene do not make it a question about the article's writer",
     "Siapa Kalapas Rajabasa yang main futsal lawan wartawan pada Desember 2023?", ["Saiful"], []),
    # "tembok yang kini hanya 6 meter akan ditinggikan menjadi 8 meter"
    ("the figure a change comes to",
     "Tembok Lapas Sumedang akan ditinggikan menjadi berapa meter?", ["8 meter"], ["6 meter"]),
    ("which side is a where-question, answered by a side",
     "On which side of the Salemba detention centre does the detainees' drain come out?", ["timur"], []),
    # "Produk tersebut dipasarkan sampai ke luar Pulau Sumatra, misalnya Jakarta dan Bali"
    ("a question's 'only' against a report of more",
     "Are the Martapura prison inmates' crafts sold only around East OKU?", ["No.", "Jakarta"], []),
    # Batch 17. "Pilkada 2024 yang digelar 27 November 2024" dates the election; the roll
    # call was "Senin (11/11)".
    ("the date of the act, not of the election it comes before",
     "When did the West Lombok prison head hold the morning roll call about neutrality before the 2024 Pilkada?",
     ["11 November"], ["27 November"]),
    ("a block and a room are where-answers even without 'di'",
     "Dari blok dan kamar mana tujuh tahanan Rutan Salemba itu kabur?", ["Blok S"], []),
    # "Kepala Lapas, Sujatmiko, mengaku ikut memberikan suara ... Namun ia hanya menerima
    # satu lembar surat suara ..., sehingga hanya bisa memilih Presiden"
    ("a restriction said of the person by a pronoun",
     "Apakah Kalapas Langsa bisa mencoblos semua jenis pemilihan pada Pemilu 2024?",
     ["Tidak.", "Presiden"], []),
    ("a relative 'when' and a far-off 'room' neither ask a date nor name a raid",
     "What gathering place did the regional head suggest for inmates when he visited the Purwokerto narcotics prison?",
     ["taman"], []),
    ("a reason for what did not happen",
     "Why were some DPTb voters at Langsa prison unable to vote in 2024?", ["kekurangan surat suara"], []),
    # Batch 18. "Dari total 305 warga binaan di Rutan Ponorogo, 188 orang diusulkan ..."
    ("a pronoun part is said of the unit, not of the other part's act",
     "How many Rutan Ponorogo inmates were proposed for the 2024 Independence Day remission, and how many inmates did it have in total?",
     ["188", "305"], []),
    ("a span asked from when to when",
     "Pelatihan meubel napi Lapas Binjai tahun 2021 berlangsung dari tanggal berapa sampai tanggal berapa?",
     ["23 September", "21 Oktober"], []),
    ("a plural noun up front is an enumeration, not a list of units",
     "Tema-tema TPS khusus Lapas Madiun pada Pemilu 2024 apa saja?", ["valentine", "budaya"], []),
    # "Sisanya dipastikan tidak bisa mencoblos karena memiliki KTP luar DKI"
    ("the rest of a count, and a reason denied as the question denies",
     "Why could some Lapas Salemba inmates not vote in the November 2024 Pilkada?", ["KTP"], []),
    # "Krismono memastikan seluruh hasil tes urine narkotika negatif."
    # Batch 19.
    ("a question that itself says nobody did it is no false premise",
     "Who heads Lapas Nyomplong, the one who said none of his staff were affiliated with a party?",
     ["Gatot"], []),
    ("'di mana saja' asks for places, not for a list of units",
     "Dua napi Lapas Sumedang yang kabur itu ditangkap di mana saja?", ["Golkar", "asrama"], []),
    # "Adapun 143 orang sisanya tidak tercantum dalam daftar pemilih ..."
    ("the rest of a count is counted as what the question counts",
     "Berapa warga binaan di DIY yang tidak tercantum dalam daftar pemilih Pemilu 2024?", ["143"], ["1.015"]),
    ("'which of the ministry's regional offices' lists offices",
     "Which of the law ministry's regional offices held a neutrality pledge ahead of the 2024 election?",
     ["Banten", "Maluku"], []),
    ("the opposite outcome answers no",
     "Was anyone at Rutan Medaeng positive in the urine tests during the October 2021 search?",
     ["No, negative.", "negatif"], []),
    # Fourteenth session.
    ("a representative named after 'yang diwakili' and a rank",
     "Siapa yang mewakili Dandim 1204/Sanggau menyaksikan deklarasi netralitas di Rutan Sanggau?",
     ["Dulloh"], ["Iis Supianto"]),
    ("a speaker named by one word is the full name given before, not an official for an inmate",
     "Siapa gembong narkoba yang termasuk tujuh tahanan kabur dari Rutan Salemba?", ["Murtala Ilyas"], ["Agung"]),
]


BATCH_20 = [
    # "Kepala UPTD BLK Kota Pekalongan, H. Sunarto Hadi, SIP.MM" beside the Kalapas.
    ("the head of an office that is no UPT is asked by that post",
     "Siapa kepala UPTD BLK Kota Pekalongan yang hadir di pelatihan kemandirian napi Lapas Pekalongan?",
     ["Sunarto"], ["Agus"]),
    # "jumlah penghuni Rutan Pemalang hari itu 264 orang"; "177 narapidana ... memperoleh Remisi".
    ("a clause saying when a count holds does not say what it counts",
     ("When Rutan Pemalang gave out its Independence Day remissions, how many residents did it hold "
     "and what is its capacity?"), ["264", "120"], ["177"]),
    ("a side is told with the landmark beside it",
     "Di bagian mana plafon Lapas Lubuklinggau dijebol dua napi yang mencoba kabur?", ["Dispora"], []),
    ("an English verb of moving finds the passive Indonesian one",
     "Why was TPS 902 at Langsa prison relocated on election day?", ["bocor"], []),
    ("'only X' is answered No by a partner the report names beside X",
     "Was the Tabanan prison HIV screening carried out solely by the prison's medics?",
     ["No", "Puskesmas"], []),
]


BATCH_21 = [
    # "dengan harga Rp100.000 hingga Rp600.000 per buah"; "50 buah kerajinan" is a count.
    ("a price is answered by money, a range from either end",
     "Berapa harga kerajinan napi Lapas Martapura per buahnya?", ["Rp100.000", "Rp600.000"], ["50 buah"]),
    # "65 orang tidak memilih; 64 orang di antaranya sudah bebas".
    ("a leading clause gives what is known; the count is asked after it",
     ("Di TPS 901 Lapas Langsa ada pemilih DPT yang tidak memilih, berapa orang di antara mereka "
     "yang ternyata sudah bebas?"), ["64"], ["172"]),
    # "Semuanya disembunyikan di bunker, lemari, kasur, dan tempat lain".
    ("the place after the asked act, every place listed; the block the question names is given",
     "Where did the Tangerang youth prison inmates in Block D hide the seized items?",
     ["bunker", "lemari", "kasur"], ["Blok D"]),
]


BATCH_22 = [
    # "dengan harga Rp10 ribu sampai 150 ribu tergantung jenis produknya".
    ("'what do they cost' asks a price", "What do the handicrafts sold in Kerobokan prison's online shop cost?",
     ["10 ribu", "150 ribu"], []),
    # "5 narapidana (napi) diusulkan bebas tepat pada 17 Agustus ... seusai upacara bendera".
    ("a ceremony that only dates the act is not the event asked about; a bare count counts the asked noun",
     "How many inmates of the Ponorogo remand centre were to be freed on 17 August 2024, right after the ceremony?",
     ["5 inmates"], []),
    ("where people come from", "Where did most of the detainees who escaped from Salemba come from?", ["Aceh"], []),
    ("a room asked is a room named", "Di ruangan mana pelatihan kemandirian napi Lapas Pekalongan dengan BLK digelar?",
     ["Aula"], []),
    ("a later sentence's 'emang' only stresses",
     "Kalapas Lubuklinggau bilang personelnya terbatas. Emang petugasnya harus ngawasin berapa napi?", ["1.000"], []),
]


BATCH_23 = [
    # "Komisi Independen Pemilihan (KIP) Kota Langsa menyiapkan 2 TPS di dalam Lapas".
    ("an organisation that did the asked act answers who",
     "Siapa yang menyiapkan TPS di dalam Lapas Langsa untuk Pemilu 2024?", ["KIP"], ["Sujatmiko"]),
    # "Kadek mengatakan pihaknya dibantu aparat TNI dan Polri".
    ("the agent after a passive act answers who", "Who helped Madiun prison secure the February 2024 vote?",
     ["TNI", "Polri"], ["Kadek"]),
    # "Dirreskrimum Polda Banten Kombes Pol Ade Rahmat Idnal melalui Kasubdit Jatanras ...".
    ("of two holders of a kind of post, the one whose title the question uses",
     "Siapa Dirreskrimum Polda Banten yang mengumumkan penangkapan napi Lapas Serang?", ["Ade Rahmat"], ["Akbar"]),
    ("'warga mana' asks where people are from", "Kedua napi Lapas Sumedang yang kabur itu warga mana?",
     ["Tasik", "Ciherang"], []),
    # "123 napi mendapat Remisi Umum I ..., dengan rincian 41 napi remisi 1 bulan, ...".
    ("the parts of a breakdown in the same sentence lose to its total",
     "Berapa napi Rutan Ponorogo yang mendapat Remisi Umum I kategori normal pada 2024?", ["123"], ["41"]),
    # "... tercatat 2.472 orang ..." then "Dari total itu, 1.015 orang sudah masuk DPT".
    ("a count within 'dari total itu' is never the total asked",
     "Berapa total warga binaan di DIY pada pertengahan Desember 2023?", ["2.472"], ["1.015"]),
]


BATCH_24_25 = [
    # "Setiap hari, sebanyak 30 WBP mampu menghasilkan 50 buah kerajinan tangan".
    ("'berapa orang napi' counts inmates, and 'WBP' are inmates",
     "Berapa orang napi Lapas Martapura yang tiap hari membuat kerajinan?", ["30"], ["50"]),
    ("a regulation asked is answered by its name and number",
     "Under which presidential decree were the two Malang inmates given amnesty?", ["Nomor 17 Tahun 2025"], []),
    # "741 orang tercatat dalam daftar pemilih tetap (dpt), sedangkan 244 orang masuk ... DPTb".
    # "Bersama Kepala Lapas Kelas IIA Serang Fajar Nur Cahyono, tim bergerak ke Kendal ...".
    ("a post holder who joined is asked by the post, not answered by who attended",
     "Kalapas Serang yang ikut bareng polisi ke Kendal itu siapa?", ["Fajar"], []),
    # "Kepala Rutan Surabaya, Wahyu Hendrajati" and "Kepala Pengamanan ... Krismono".
    ("a post the question sets aside is not the post asked",
     ("Besides the detention centre's head, which official spoke about the urine tests in the October 2021 "
     "Medaeng search?"), ["Krismono"], ["Wahyu"]),
    # "Lapas Kelas II B Teluk Kuantan / Jumlah penghuni 339 orang / Kapasitas 53 orang".
    ("a table row belongs to the unit heading its block, even one read into its first row",
     "Lapas Teluk Kuantan kapasitasnya berapa dan dihuni berapa orang menurut paparan Menkumham Maret 2023?",
     ["53", "339"], ["927"]),
    ("'(bukan DPTb)' sets a count aside",
     "Berapa napi Lapas Madiun yang memilih di Pemilu 2024 tercatat di DPT (bukan DPTb)?", ["741"], ["244"]),
]


BATCH_26_27 = [
    # "Razia dijalankan secara humanis dengan melibatkan ketua kamar sebagai saksi."
    ("who served in the asked role ('sebagai saksi')",
     "Who acted as witnesses during the September 2022 cell search at Palangka Raya prison?", ["ketua kamar"], []),
    # "... dipamerkan ... Pembelinya antara lain keluarga warga binaan ... dan petugas lapas."
    ("the doers of the act by its agent noun, in the sentence after the one matched",
     "Siapa saja yang membeli karya napi yang dipamerkan di Lapas Kerobokan saat Hari Bakti Pemasyarakatan?",
     ["keluarga", "petugas"], ["Pramella"]),
    # "anggota KPPS di TPS Khusus itu diisi ASN yang merupakan pegawai lapas sendiri".
    ("a role as the agent of a passive act", "Siapa yang mengisi KPPS di TPS Khusus Lapas Banjarbaru?", ["ASN"], []),
]


#: Every class, those of the issue and those the first-sight batches found.
CLASSES = (READING + BATCH_10 + BATCH_11 + BATCH_12 + BATCH_13_19 + BATCH_20 + BATCH_21 + BATCH_22
           + BATCH_23 + BATCH_24_25 + BATCH_26_27)


@pytest.mark.parametrize(("kind", "question", "present", "absent"), CLASSES,
                         ids=[row[0] for row in CLASSES])
def test_reading_real_reports(reader, kind, question, present, absent):
    text = lead(reader, question)
    for expected in present:
        assert expected.lower() in text.lower(), f"{kind}: {expected!r} not in {text!r}"
    for wrong in absent:
        assert wrong not in text, f"{kind}: {wrong!r} in {text!r}"


def test_a_price_does_not_answer_a_count_of_inmates(reader):
    answer = reader.ask("Berapa jumlah penghuni Lapas Kerobokan ketika toko daringnya diluncurkan?")
    assert answer.abstained, answer.text


@pytest.mark.parametrize("question", [
    "Which candidate did the head of Rutan Pontianak support in the 2024 Pilkada?",
    "Pasangan calon mana yang didukung petugas Rutan Pontianak pada Pilkada 2024?",
])
def test_an_act_the_article_only_denies_is_a_false_premise(reader, question):
    # Rutan Pontianak's staff pledged "tidak mendukung calon tertentu".
    answer = reader.ask(question)
    assert answer.abstained, answer.text
    assert answer.abstain_reason == "premise_denied"
    assert "tidak mendukung" in answer.text


def test_a_count_asked_as_done_is_not_one_given_as_planned(reader):
    # Published the day before the vote: the TPS "melayani 1.110 warga binaan".
    answer = reader.ask("How many inmates actually voted at Lapas Banjarbaru on 14 February 2024?")
    assert answer.abstained, answer.text
    assert answer.abstain_reason == "not_realised"
    assert "1.110" in answer.text


def test_the_model_reads_a_question_whose_words_the_glossary_lacks(reader):
    # "spot", "atop", "ramparts": in neither the glossary nor the lexicon; the model finds
    # "kawat pengaman di atas tembok".
    answer = reader.ask("What did the Kakanwil spot first atop the Purwokerto prison's ramparts?")
    assert "meaning" in answer.timings_ms
    assert "kawat pengaman" in answer_lead(answer.text)


def test_a_remission_for_another_occasion_is_a_false_premise(reader):
    # Lapas Karangasem's report is of an Idul Fitri remission; it mentions Nyepi in passing.
    answer = reader.ask("Berapa napi Lapas Karangasem yang diusulkan dapat remisi Nyepi?")
    assert answer.abstained, answer.text
    assert answer.abstain_reason == "event_mismatch"
    assert "Idul Fitri" in answer.text


def test_what_a_question_sets_aside_is_not_matched(reader):
    from rag.answer.evidence import QuestionConcepts
    from rag.query import understand

    frame = understand("How many inmates were on the supplementary list rather than the main register?")
    labels = [c.label for c in QuestionConcepts(frame, reader.index).concepts]
    assert "supplementary list" in labels or "supplementary" in labels
    assert not any("register" in label for label in labels)


@pytest.mark.parametrize(
    ("turns", "followup", "expected"),
    [
        # Two turns back: the roll call is Lapas Tual's, not Lapas Banjarbaru's.
        (["Siapa Kalapas Tual?", "Berapa TPS khusus di Lapas Banjarbaru?"],
         "Kapan apel siaganya digelar?", "23 Desember"),
        (["Who heads Rutan Pontianak?", "How many inmates of Lapas Madiun voted in 2024?"],
         "And when did the detention centre hold its neutrality declaration?", "21 November"),
        # A pronoun alone means the last turn.
        (["Siapa Kalapas Tual?", "Berapa TPS khusus di Lapas Banjarbaru?"],
         "Siapa kalapasnya?", "Wayan"),
        # A follow-up with its own "apa" or "mana" asks what, not the previous turn's kind.
        (["Siapa Kalapas Binjai?"], "Pelatihan apa yang digelar lapas itu?", "pembinaan kemandirian"),
        (["Berapa warga binaan Lapas Tabanan yang ikut skrining HIV?"],
         "Terus petugas dari puskesmas mana yang dilibatkan?", "Tabanan III"),
    ],
)
def test_a_followup_is_about_the_turn_its_words_name(reader, turns, followup, expected):
    from rag.records import Turn

    history = [Turn(question, reader.ask(question).text) for question in turns]
    assert expected in lead(reader, followup, history)


def test_a_who_answer_quotes_its_person_not_the_others_in_the_sentence(reader):
    # "Donni menyebut ... disaksikan langsung oleh Ketua KPU Kabupaten Sanggau Iis Supianto,
    # Komandan Kodim ... yang diwakili Mayor Arm Dulloh, serta ... AKP Sumardai."
    answer = reader.ask("Siapa Ketua KPU yang menyaksikan deklarasi netralitas di Rutan Sanggau?")
    assert "Iis Supianto" in answer.text
    for other in ("Donni", "Dulloh", "Sumardai"):
        assert other not in answer.text


def test_a_superlative_with_nothing_to_compare_abstains(reader):
    answer = reader.ask("Which presidential ticket won the most votes at the Madiun prison polling stations?")
    assert answer.abstained, answer.text


@pytest.mark.parametrize("question", [
    "Which official spoke the most at the Madiun prison polling stations?",
    "Which prison guard was the most senior at the Langsa polling station?",
])
def test_a_superlative_of_something_never_counted_is_answered_not_a_crash(reader, question):
    # Neither report counts speeches or seniority: the superlative reader finds no count of
    # the compared word at all (it raised IndexError, a 500 through the API).
    answer = reader.ask(question)
    assert answer.abstained, answer.text


def test_another_election_is_a_false_premise(reader):
    # The Madiun report is of the February 2024 general election, not the November Pilkada.
    answer = reader.ask("How many Madiun prison inmates voted in the 2024 regional elections (Pilkada)?")
    assert answer.abstained and "Pemilu" in answer.text, answer.text


def test_a_count_of_something_the_article_never_says_abstains(reader):
    # Lapas Karangasem proposed 64 of its 80 Muslim inmates for remission; no one is said
    # to be freed at once, so neither number counts those freed.
    answer = reader.ask("Berapa napi Lapas Karangasem yang langsung bebas karena remisi Idul Fitri?")
    assert answer.abstained and "langsung bebas" in answer.text, answer.text
    assert "64" in lead(reader, "Berapa napi Lapas Karangasem yang diusulkan remisi Idul Fitri?")


def test_an_act_nobody_did_is_a_false_premise(reader):
    # "tidak ada satu pun karyawan lapas yang berafiliasi dengan partai politik"
    answer = reader.ask("Which political party were the staff of Lapas Nyomplong in Sukabumi affiliated "
                        "with before the 2024 election?")
    assert answer.abstained and "tidak ada satu pun" in answer.text, answer.text


def test_a_private_person_is_not_answered_by_an_official(reader):
    # The report names only the Kalapas (once misspelt without his post), no resident.
    answer = reader.ask("Who was the resident who caught the Lubuklinggau escapee at the motorcycle taxi stand?")
    assert answer.abstained and "Prihadi" not in answer_lead(answer.text), answer.text


def test_an_act_no_article_states_abstains(reader):
    # The Pekalongan report trains 60 inmates with the BLK but says nothing of who passed.
    answer = reader.ask("Berapa napi Lapas Pekalongan yang lulus pelatihan BLK 2021?")
    assert answer.abstained and "lulus" in answer.text, answer.text
    # A report of napi kabur: "diberitakan mengalami" is how it is put, not the act.
    listed = lead(reader, "Rutan atau lapas mana saja di Pulau Jawa yang dilaporkan mengalami tahanan kabur?")
    assert all(unit in listed for unit in ("Sumedang", "Serang", "Salemba")), listed



def test_a_part_of_a_stated_whole_is_counted_where_the_whole_is(reader):
    # "Sebanyak 103 warga binaan mengikuti skrining": no count of positives; the capacity
    # (62) elsewhere in the report is no part of the 103.
    answer = reader.ask("How many of the 103 Tabanan inmates screened for HIV in November 2025 were positive?")
    assert answer.abstained, answer.text


def test_the_person_a_question_names_is_not_its_answer(reader):
    # The Salemba reports name Agung Nurbani as the head; none names who came after him.
    answer = reader.ask("Who replaced Agung Nurbani as head of Rutan Salemba after the escape?")
    assert answer.abstained, answer.text
    # Asked about him by name, he is the answer.
    assert "Agung Nurbani" in lead(reader, "Who is Agung Nurbani?")


def test_an_age_asked_in_a_followup_is_answered_in_years(reader):
    from rag.records import Turn

    earlier = [Turn("Napi Lapas Serang yang kabur Desember 2022 ditangkap di mana?", "Di Kecamatan Cepiring, Kendal")]
    assert "29 tahun" in lead(reader, "Emang umurnya brp sih napi itu?", earlier)


def test_an_unnamed_inmate_is_not_answered_by_the_head_of_the_unit(reader):
    answer = reader.ask("What is the name of the Medaeng detention centre inmate who hid a phone inside a book?")
    assert answer.abstained, answer.text


def test_a_count_of_the_other_population_does_not_answer(reader):
    # The Tenggarong report counts the officers on duty ("30 petugas"), not the inmates.
    answer = reader.ask("How many inmates were held at Tenggarong prison over the 2025/2026 year-end holidays?")
    assert answer.abstained, answer.text


def test_the_doer_of_a_passive_act_is_not_what_is_counted(reader):
    # The Yogyakarta search report adds two officers to each guard shift but counts no
    # phones: "dua petugas" does the seizing, it is not the number of phones seized.
    answer = reader.ask("Waktu wisma Lapas Yogyakarta digeledah usai apel siaga Nataru 2021, berapa unit HP "
                        "yang disita petugas?")
    assert answer.abstained or "petugas" not in answer_lead(answer.text), answer.text


def test_a_count_of_an_outcome_the_report_never_states_abstains(reader):
    # The Tabanan report counts the inmates screened for HIV, not any found positive.
    answer = reader.ask("Berapa napi Lapas Tabanan yang hasil tes HIV-nya positif pada skrining November 2025?")
    assert answer.abstained and "positif" in answer.text, answer.text



def test_the_place_after_an_act_may_follow_who_did_it(reader):
    # "Napi lainnya diamankan petugas bersama warga di areal persawahan": the doers stand
    # between the act and its place; the venue of the break-out is another sentence's.
    assert "persawahan" in lead(reader, "Di mana napi kedua yang mencoba kabur dari Lapas Lubuklinggau "
                                        "pada Juni 2022 diamankan?")
