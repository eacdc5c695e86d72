"""Reading the reports written for the first-sight batches 98-109 (``eval/firstsight/articles``
x351-x410: real reports retold in our own words), asked in other words than the batches
asked them. The answer's own line is asserted, as in strict scoring.

Each row is a class of reading these reports exposed: a list closed by "bahkan", a photo
caption's label taken for a list's colon, the facilities of a named unit, a chat verb, a
clause after the unit in a chat question, a province between a post and its holder, a
cause before "sehingga", a headline that dates the occasion asked, a reason stated as a
requirement not met, thousands of fish, a frequency, a place in a sequence, a partnership
asked by its noun, a unit named after the region the question names, the destinations of a
move, and the one of a group the act's clause names.

Batches 102-105 (x371-x390) add a list given one item a line after a colon, a place in
a sequence asked "keberapa", a price asked as what something sells for, "deployed" as
"dikerahkan", and whom a unit coordinated with.

Batches 106-109 (x391-x410) add the day of an act against the day a speaker told of it,
a military command's number, what a thing is from the sentence that has it as subject, a
term set in quotes, a police body asked by its kind, a body as the agent of a passive act,
"Hi." (Haji) before a name, a harvest "picked", a successor the report never names, an
occasion asked as "what occasion", a condition an act used as its reason, taking part as
no act of its own, and a province's short form borrowed by a follow-up.

Batches 110-113 (x411-x430) add an acting mark ("Plh.") before a post, a word of manner
after a post ("kalapas sendiri"), a class asked as "yang berstatus", the time of day of the
asked act's own clause, a whole given as a bound, money asked of a remission, a Ditjenpas
directorate's director, a name offered for a post's holder, the object of the asked verb,
and a size never measured.

Batches 114-117 (x431-x450) add the cause the report gives the asked act wherever it
stands, a reason a speaker announces and the next sentences give, a vague cause the next
sentence names, a result that restates the question, the opening an act used, the span and
the hour of a date, a vehicle counted by its wheels, a class's head count after its name,
a phrase set in quotes, a reason added to the one before, and bodies asked about a named
unit; an earlier index (x290-x302) holds three reports those readings were also asked of.

Batches 118-121 (x451-x470) add the list of what an act took over a list of aims, a noun
with its modifier before "apa saja", an acronym spelt out as a list, a committee chaired
besides a post, a bound negated ("tak kurang dari"), origins and destinations listed in one
sentence, a superlative whatever verb asks it, a handover "beralih dari ... kepada", a
unit's section head who did the act, a person "at" a body,
pay as money, a frequency as a count, a date whose act came "beberapa hari sebelumnya", a
one-word name the report gave once in full, a follow-up on the previous answer's figures,
a purpose hung on a noun ("peringatan supaya"), and an age bounded before its years.

Batches 122-125 (x471-x490) add a time of day given as a span, the day a speaker told of an
escape against the sentence that dates it, "Muhammad" opening a name after a post, and
inmates named rather than a clause read as a group.

Batches 126-129 (x491-x510) add a count of a thing the report weighs, a passive form the
glossary lists under another ("tertangkap"), an act whose sense a later word took, "used
as" before what was used, a post's new holder ("yang baru"), a province's police chief, a
group left out of an amnesty, two stretches of time in one question, and people counted
after a count of prisons. Batches 130-133 (x511-x530) add a venue the report denies, an
act of undergoing before what was undergone, a span whose first day is bare, "se-"
before a post's place, and a bare count "di antaranya" before an act. Batches 134-137
(x531-x550) add measures of two foods, a province the report never writes, a court's chair,
a class written "II/A", a hospital director and a spokesperson as officials (not the inmates
asked), follow-ups judged on their own words, and a post the report gives no one. Batches
138-145 (x551-x590) add who told of something (the person the report quotes on it), a unit
word before a person's, "berapa A sama B", occupants counted before "yang mendiami", an
irregular English plural, a circular's number and a level asked with "berapa", what a thing
was hidden inside, a team's chair as its leader, a place written run together, and what was
proposed as no reason. Batches 146-149 (x591-x610) add a private person named before what
they are, a photo caption's date against the story's sentence of that day, and an official
who comes to a prison as one who visits it. Batches 150-153 (x611-x630) add an official of
a named unit (no inmate), a person at a named body, a floor written "1,600-plus", being
housed said from the unit's side, a follow-up's turn that rules an event kind out, a place
with its region chain, a vague place a later sentence names, reasons "dilatarbelakangi",
"sebagai cara" and "menjadi hambatan", a count in a named part of a unit, a thing named
"berupa" after the asked noun, two things after the asked act, a duration that is no date,
and counts of an outcome the report never gives. Batches 154-157 (x631-x650) add a member of a
body a chat question names ("siapa dari pemkot"), a post's short form ("Kabinda"), an
English word for a staff ("vaccinators"), a condition suffered ("terganggu jiwanya"), a count
of the day the question names, a count proposed at first, a reason picked by the count the
question states, a two-word town ("Palangka Raya"), and crimes, scores, brands and
contractors a report never names. Batches 158-161 (x651-x670) add a regency's short form
("lobar"), a firm asked by "perusahaan apa", an age in brackets that counts no one, and the day
a thing happened against the day it was told of. Batches 242-245 (x1071-x1090, round 21) add
a prison's qualifier, a rank spelt out, chat's "ke-" passive, a date as its event's adjective,
"how crowded", a post pointing back to its unit and a police station asked by its noun.
Batches 238-241 (x1051-x1070, round 20)
add a class written without "Kelas", a unit's province asked, a religion in a section's name,
a title opening a holder's name, the side of an agreement, a numeric date in a report with no
month name, an exact date never given, and the name a thing was given; round 19's reports
add follow-ups on "the second one" and "those freed at once", and a rule's bound.

Each index holds only the reports of its batches (built in seconds): the rows assert how a report
is read, which does not depend on how many others stand beside it.
"""

from __future__ import annotations

import pytest

from rag.evaluation import answer_lead
from rag.records import Turn

pytestmark = pytest.mark.slow

#: The reports of batches 98-105, and those of batches 106-109.
FIRST_REPORT, LAST_REPORT = 351, 390
NEWEST_FIRST, NEWEST_LAST = 391, 410
LATEST_FIRST, LATEST_LAST = 411, 430
RECENT_FIRST, RECENT_LAST = 431, 450
EARLIER_FIRST, EARLIER_LAST = 290, 302
NEWER_FIRST, NEWER_LAST = 451, 470
FRESH_FIRST, FRESH_LAST = 471, 490
CURRENT_FIRST, CURRENT_LAST = 491, 510
LAST_FIRST, LAST_LAST = 511, 530
ROUND_FIRST, ROUND_LAST = 531, 550
SOURCED_FIRST, SOURCED_LAST = 551, 590
BLIND_FIRST, BLIND_LAST = 591, 610
INCIDENT_FIRST, INCIDENT_LAST = 611, 630
SERVICE_FIRST, SERVICE_LAST = 631, 650
WORK_FIRST, WORK_LAST = 651, 670
OVERSIGHT_FIRST, OVERSIGHT_LAST = 671, 690
WELFARE_FIRST, WELFARE_LAST = 691, 710
VISITS_FIRST, VISITS_LAST = 711, 730
HARVEST_FIRST, HARVEST_LAST = 731, 750
PLEDGE_FIRST, PLEDGE_LAST = 751, 770
ROUND6_FIRST, ROUND6_LAST = 771, 790
ROUND7_FIRST, ROUND7_LAST = 791, 810
ROUND8_FIRST, ROUND8_LAST = 811, 830
ROUND9_FIRST, ROUND9_LAST = 831, 850
ROUND10_FIRST, ROUND10_LAST = 851, 870
ROUND11_FIRST, ROUND11_LAST = 871, 890
ROUND12_FIRST, ROUND12_LAST = 891, 910
ROUND13_FIRST, ROUND13_LAST = 911, 930
ROUND14_FIRST, ROUND14_LAST = 931, 950
ROUND15_FIRST, ROUND15_LAST = 951, 970
ROUND16_FIRST, ROUND16_LAST = 971, 990
ROUND17_FIRST, ROUND17_LAST = 991, 1010
ROUND18_FIRST, ROUND18_LAST = 1011, 1030
ROUND19_FIRST, ROUND19_LAST = 1031, 1050
ROUND20_FIRST, ROUND20_LAST = 1051, 1070
ROUND21_FIRST, ROUND21_LAST = 1071, 1090
ROUND22_FIRST, ROUND22_LAST = 1091, 1110
ROUND23_FIRST, ROUND23_LAST = 1111, 1130
ROUND24_FIRST, ROUND24_LAST = 1131, 1150
ROUND25_FIRST, ROUND25_LAST = 1151, 1170
ROUND26_FIRST, ROUND26_LAST = 1171, 1190
ROUND27_FIRST, ROUND27_LAST = 1191, 1210
ROUND28_FIRST, ROUND28_LAST = 1211, 1230
ROUND29_FIRST, ROUND29_LAST = 1231, 1250
ROUND30_FIRST, ROUND30_LAST = 1251, 1270
ROUND31_FIRST, ROUND31_LAST = 1271, 1290
ROUND32_FIRST, ROUND32_LAST = 1291, 1310
ROUND33_FIRST, ROUND33_LAST = 1311, 1330
ROUND34_FIRST, ROUND34_LAST = 1331, 1350
ROUND35_FIRST, ROUND35_LAST = 1351, 1370
ROUND36_FIRST, ROUND36_LAST = 1371, 1390
ROUND37_FIRST, ROUND37_LAST = 1391, 1410
ROUND38_FIRST, ROUND38_LAST = 1411, 1430
ROUND39_FIRST, ROUND39_LAST = 1431, 1450
ROUND40_FIRST, ROUND40_LAST = 1451, 1470
ROUND41_FIRST, ROUND41_LAST = 1471, 1490
ROUND42_FIRST, ROUND42_LAST = 1491, 1510
ROUND43_FIRST, ROUND43_LAST = 1511, 1530
ROUND44_FIRST, ROUND44_LAST = 1531, 1550
ROUND45_FIRST, ROUND45_LAST = 1551, 1570
ROUND46_FIRST, ROUND46_LAST = 1571, 1590
ROUND47_FIRST, ROUND47_LAST = 1591, 1610
ROUND48_FIRST, ROUND48_LAST = 1611, 1630
ROUND49_FIRST, ROUND49_LAST = 1631, 1650
ROUND50_FIRST, ROUND50_LAST = 1651, 1670
ROUND51_FIRST, ROUND51_LAST = 1671, 1690
ROUND52_FIRST, ROUND52_LAST = 1691, 1710
ROUND53_FIRST, ROUND53_LAST = 1711, 1730


@pytest.fixture(scope="module")
def late(assistant_over_reports):
    """An assistant over the reports x351-x390, built once for this module."""
    return assistant_over_reports(FIRST_REPORT, LAST_REPORT)


@pytest.fixture(scope="module")
def newest(assistant_over_reports):
    """An assistant over the reports x391-x410. Their own index: over x351-x410 together,
    an undated report (x402, Lapas Kendari) passes the period filter of "Christmas 2024"
    and crowds out the dated Rutan Kendari report a row above asks about (a weakness
    recorded in the README, not hidden: this module keeps each set's rows on the index
    they were written for)."""
    return assistant_over_reports(NEWEST_FIRST, NEWEST_LAST)


@pytest.fixture(scope="module")
def latest(assistant_over_reports):
    """An assistant over the reports x411-x430 (batches 110-113), built once for this module."""
    return assistant_over_reports(LATEST_FIRST, LATEST_LAST)


#: (class, question, strings the answer's own line must hold, strings it must not hold).
READING = [
    ("'on behalf of' a unit asks its official, not the counterpart named first",
     "Who put pen to paper on behalf of Lhoknga prison in the religious guidance deal with Kemenag Aceh Besar?",
     ["Husni"], ["Saifuddin"]),
    ("the cause the report gives the asked act, though no best sentence holds it",
     "Apa alasan Solhan nekat kabur dari Rutan Bengkulu?", ["rindu"], []),
    ("a list closed by 'bahkan' is a list, to its last item",
     "Apa saja yang ditemukan polisi di kamar-kamar tahanan Rutan Lhoksukon?", ["senjata tajam", "kondom"], ["Foto"]),
    ("a photo caption's label is not a list's colon",
     "Barang-barang apa yang terbakar di Lapas Perempuan Palu?", ["kasur", "bantal"], ["Yohani"]),
    ("the facilities of a unit the question names are its report's list, not reports",
     "Which facilities did the minister inspect at the Kendal open prison?", ["kambing", "bandeng"], []),
    ("a chat verb with 'm-' for 'mem-' is the verb",
     "Yg mimpin ibadah Paskah subuh di Lapas Wahai siapa?", ["Mauren Rutumalessy"], ["Tersih"]),
    ("a chat clause after the unit is no part of its name",
     "siapa kepala rutan wates waktu napinya kabur?", ["Deny Fajariyanto"], []),
    ("a province set off by commas between a post and its holder",
     "Siapa Kalapas Balikpapan yang bicara soal penggeledahan gabungan dan tes urine?", ["Pujiono Slamet"], []),
    ("the cause before 'sehingga' answers why the result happened",
     "Mengapa penghuni Lapas Balikpapan berdesak-desakan?", ["517"], []),
    ("a headline names the year of the occasion asked; a requirement not met is a reason",
     "Why were twelve of the proposed Christian inmates at the Kendari detention centre left out of the Christmas 2024 remission?",
     ["kriteria"], []),
    ("thousands of fish are counted, not an amount of money",
     "Berapa ekor benih nila yang ditebar di Lapas Terbuka Kendal?", ["10 ribu"], ["20 ribu"]),
    ("a frequency asked as 'tiap berapa'",
     "Posbindu untuk warga binaan Rutan Makale diadakan tiap berapa bulan?", ["dua bulan"], []),
    ("a place in a sequence asked as 'ke berapa'",
     "Penyelundupan sabu dalam rendang ke Lapas Narkotika Tanjungpinang itu kasus ke berapa tahun 2024?",
     ["keempat"], []),
    ("a partnership asked by its noun names the partner",
     "Which weightlifting body is LPKA Medan exploring a partnership with?", ["PABSI"], []),
    ("a unit named after the province the question names is the venue",
     "Where were the 2025 Independence Day remission decrees for the Yogyakarta Special Region handed over?",
     ["Lapas Kelas IIA Yogyakarta"], []),
    ("the destinations of a move, every one of them",
     "Ke mana saja napi Lapas Pekalongan dipindahkan waktu banjir 2021?", ["Batang", "Pemalang"], []),
    ("the one of a group the act's clause names",
     "Which of the three death-row convicts who fled the Siak detention centre was still being hunted?",
     ["Epi Saputra"], ["Satria"]),
    ("whom a unit works with is a body, every one the report names",
     "Dengan siapa saja Lapas Narkotika Karang Intan bekerja sama untuk pelatihan kemandirian 2020?",
     ["Balai Latihan Kerja", "Noor Ramsiah"], ["Kemal"]),
    ("an 'independence training' is a skills training, not Independence Day",
     "How many inmates joined the independence training at Karang Intan narcotics prison in 2020?", ["500"], []),
    ("a weight class is counted, and the ones asked for are listed after the count",
     "Ada berapa kelas berat di lomba panco Lapas Selong, apa saja?", ["tiga", "75 kg", "55 kg"], []),
    # Batches 102-105.
    ("a list given one item a line after a colon, every line",
     "Barang apa saja yang diamankan dari Blok C Lapas Tanjung Raja?", ["handphone", "kartu remi", "paku"], []),
    ("numbered lines whose number stands alone",
     "What four kinds of skills training did the Pangkalpinang narcotics prison run in 2025?",
     ["sepeda motor", "hidroponik"], []),
    ("a place in a sequence asked 'keberapa'",
     "Penggagalan sabu dalam ayam kecap itu yang keberapa bagi Lapas Narkotika Jakarta tahun 2025?", ["kelima"], []),
    ("a price asked as what something sells for",
     "What do the batik cloths from the Yogyakarta women's prison sell for?", ["600", "800"], []),
    ("'deployed' is 'dikerahkan'", "How many officers were deployed in the Tanjung Raja prison raid?", ["22"], []),
    ("whom a unit coordinated with is a body",
     "Dengan siapa Rutan Bengkulu berkoordinasi untuk mencari tahanan yang kabur?",
     ["Polresta Bengkulu", "Teluk Segara"], []),
    ("a rank asked as where a team finished", "Where did Israel FC end up in the Papua Harmoni futsal championship?",
     ["keempat"], []),
    ("an excess over capacity is the count given as the excess",
     "By how many inmates was the Denpasar women's prison over its capacity?", ["104"], ["120"]),
    ("dates asked in the plural: both days", "Skrining TB di Lapas Pasuruan digelar tanggal berapa saja?",
     ["12/2", "13/2"], []),
]

#: Batches 106-109, on their own index.
NEWEST_READING = [
    ("the day an act is hoped for, not the day the speaker said so",
     "Kapan Dirjenpas berharap tujuh lapas dan rutan baru itu rampung?", ["31 Desember"], ["20 Oktober"]),
    ("the day a speaker told of it, after a weekday and a time of day, is not the act's",
     "On what date did the inmates escape from the Sorong prison?", ["1 April"], ["2 April"]),
    ("a military command's number counts nothing",
     "How many Babinsa personnel took part in the night raid at Kendari prison?", ["lima"], ["1417"]),
    ("what a thing is, from the sentence that has it as subject",
     "Apa sanksi bagi napi Lapas Sukamiskin yang kedapatan menyimpan barang terlarang?", ["penutupan huni"], []),
    ("a term set in quotes is glossed by the report",
     "What does 'remisi dasawarsa' mean in the report on the Gorontalo women's prison?", ["sepuluh tahun"], []),
    ("a police body asked by its kind",
     "Polsek mana yang ikut merazia Lapas Sukamiskin pada Oktober 2013?", ["Arcamanik"], []),
    ("a body as the agent of a passive act",
     "Who accompanied the residents during the drug rehabilitation at the Pematangsiantar prison?", ["Caritas"],
     ["Rudy"]),
    ("'Hi.' (Haji) before a name does not end the sentence",
     "Siapa Wakil Gubernur Maluku Utara yang menerima audiensi Bapas Ternate?", ["Sarbin Sehe"], []),
    ("a harvest 'picked' is 'dipetik'",
     "How many melons did the Balikpapan prison pick in its first harvest?", ["120"], []),
    ("an occasion asked as 'what occasion' is the one the report says it marks",
     "What occasion did the Gunung Sugih prison's March 2023 raid mark?", ["Hari Bhakti Pemasyarakatan"], []),
    ("a condition an act used ('Kondisi ini dimanfaatkan') is the reason, said the sentence before",
     "Why could the Sorong inmates break through the wall with only a spoon?", ["banjir"], []),
    ("taking part names no act: the act after it does",
     "Pihak mana saja yang ikut terlibat menjalankan program jagung Lapas Narkotika Muara Sabak?",
     ["pemerintah daerah", "TNI", "kepolisian"], []),
]


def test_a_province_short_form_borrowed_by_a_follow_up_names_the_province(newest):
    # "Sulut" in the turn before is "Sulawesi Utara" in the report: the follow-up is
    # answered from it, not abstained for a name no article writes.
    history = [Turn("Kakanwil Kemenkumham Sulut siapa waktu napi Lapas Manado kabur?", "Ronald Lumbuun.")]
    answer = newest.ask("Tim gabungan yang dibentuknya berasal dari divisi apa saja?", history)
    lead = answer_lead(answer.text)
    assert "administrasi" in lead and "pemasyarakatan" in lead, answer.text


@pytest.fixture(scope="module")
def recent(assistant_over_reports):
    """An assistant over the reports x431-x450 (batches 114-117), built once for this module."""
    return assistant_over_reports(RECENT_FIRST, RECENT_LAST)


@pytest.fixture(scope="module")
def earlier(assistant_over_reports):
    """An assistant over the reports x290-x302 (a Piru ceremony, a Mentok polling station, a
    Nunukan escape among them), built once for this module."""
    return assistant_over_reports(EARLIER_FIRST, EARLIER_LAST)


@pytest.fixture(scope="module")
def newer(assistant_over_reports):
    """An assistant over the reports x451-x470 (batches 118-121) and x208 (an earlier report on
    Lapas Selong, which ties with x465 on its capacity), built once for this module."""
    return assistant_over_reports(NEWER_FIRST, NEWER_LAST, also=(208,))


@pytest.fixture(scope="module")
def fresh(assistant_over_reports):
    """An assistant over the reports x471-x490 (batches 122-125), built once for this module."""
    return assistant_over_reports(FRESH_FIRST, FRESH_LAST)


@pytest.fixture(scope="module")
def current(assistant_over_reports):
    """An assistant over the reports x491-x510 (batches 126-129), built once for this module."""
    return assistant_over_reports(CURRENT_FIRST, CURRENT_LAST)


@pytest.fixture(scope="module")
def last(assistant_over_reports):
    """An assistant over the reports x511-x530 (batches 130-133), built once for this module."""
    return assistant_over_reports(LAST_FIRST, LAST_LAST)


@pytest.fixture(scope="module")
def rounded(assistant_over_reports):
    """An assistant over the reports x531-x550 (batches 134-137), built once for this module."""
    return assistant_over_reports(ROUND_FIRST, ROUND_LAST)


@pytest.fixture(scope="module")
def sourced(assistant_over_reports):
    """An assistant over the reports x551-x590 (batches 138-145), built once for this module."""
    return assistant_over_reports(SOURCED_FIRST, SOURCED_LAST)


@pytest.fixture(scope="module")
def blind(assistant_over_reports):
    """An assistant over the reports x591-x610 (batches 146-149), built once for this module."""
    return assistant_over_reports(BLIND_FIRST, BLIND_LAST)


@pytest.fixture(scope="module")
def incidents(assistant_over_reports):
    """An assistant over the reports x611-x630 (batches 150-153), built once for this module."""
    return assistant_over_reports(INCIDENT_FIRST, INCIDENT_LAST)


@pytest.fixture(scope="module")
def services(assistant_over_reports):
    """An assistant over the reports x631-x650 (batches 154-157), built once for this module."""
    return assistant_over_reports(SERVICE_FIRST, SERVICE_LAST)


@pytest.fixture(scope="module")
def works(assistant_over_reports):
    """An assistant over the reports x651-x670 (batches 158-161), built once for this module."""
    return assistant_over_reports(WORK_FIRST, WORK_LAST)


@pytest.fixture(scope="module")
def oversight(assistant_over_reports):
    """An assistant over the reports x671-x690 (batches 162-165), built once for this module."""
    return assistant_over_reports(OVERSIGHT_FIRST, OVERSIGHT_LAST)


@pytest.fixture(scope="module")
def welfare(assistant_over_reports):
    """An assistant over the reports x691-x710 (batches 166-169), built once for this module."""
    return assistant_over_reports(WELFARE_FIRST, WELFARE_LAST)


@pytest.fixture(scope="module")
def visits(assistant_over_reports):
    """An assistant over the reports x711-x730 (batches 170-173), built once for this module."""
    return assistant_over_reports(VISITS_FIRST, VISITS_LAST)


@pytest.fixture(scope="module")
def harvests(assistant_over_reports):
    """An assistant over the reports x731-x750 (batches 174-177), built once for this module."""
    return assistant_over_reports(HARVEST_FIRST, HARVEST_LAST)


@pytest.fixture(scope="module")
def pledges(assistant_over_reports):
    """An assistant over the reports x751-x770 (batches 178-181), built once for this module."""
    return assistant_over_reports(PLEDGE_FIRST, PLEDGE_LAST)


@pytest.fixture(scope="module")
def round6(assistant_over_reports):
    """An assistant over the reports x771-x790 (batches 182-185: remissions, voting in
    prisons, raids, pledges and roll calls), built once for this module."""
    return assistant_over_reports(ROUND6_FIRST, ROUND6_LAST)


@pytest.fixture(scope="module")
def round7(assistant_over_reports):
    """An assistant over the reports x791-x810 (batches 186-189), built once for this module."""
    return assistant_over_reports(ROUND7_FIRST, ROUND7_LAST)


@pytest.fixture(scope="module")
def round8(assistant_over_reports):
    """An assistant over the reports x811-x830 (batches 190-193: escapes, work programmes,
    visits, transfers and health), built once for this module, with two reports on Kaltim
    remissions (x734, x794) that both speak of Lapas Samarinda, and x795 (Rutan Pontianak)."""
    return assistant_over_reports(ROUND8_FIRST, ROUND8_LAST, also=(734, 794, 795))


@pytest.fixture(scope="module")
def round9(assistant_over_reports):
    """An assistant over the reports x831-x850 (batches 194-197: holiday remissions, pledges
    and roll calls, elections, searches and smuggling), built once for this module."""
    return assistant_over_reports(ROUND9_FIRST, ROUND9_LAST)


@pytest.fixture(scope="module")
def round10(assistant_over_reports):
    """An assistant over the reports x851-x870 (batches 198-201: Bapas and LPKA work,
    religious programmes, fires, floods and riots, Rupbasan and Kanwil offices), built once
    for this module."""
    return assistant_over_reports(ROUND10_FIRST, ROUND10_LAST)


@pytest.fixture(scope="module")
def round11(assistant_over_reports):
    """An assistant over the reports x871-x890 (batches 202-205: visiting services, health,
    staff misconduct, drug rehabilitation), built once for this module."""
    return assistant_over_reports(ROUND11_FIRST, ROUND11_LAST)


@pytest.fixture(scope="module")
def round12(assistant_over_reports):
    """An assistant over the reports x891-x910 (batches 206-209: neutrality pledges, alert
    roll calls, Independence Day remissions, escapes), built once for this module."""
    return assistant_over_reports(ROUND12_FIRST, ROUND12_LAST)


@pytest.fixture(scope="module")
def round13(assistant_over_reports):
    """An assistant over the reports x911-x930 (batches 210-213: voting inside units,
    religious-holiday remissions, cell raids and urine tests, inmate work programmes),
    built once for this module."""
    return assistant_over_reports(ROUND13_FIRST, ROUND13_LAST)


@pytest.fixture(scope="module")
def round14(assistant_over_reports):
    """An assistant over the reports x931-x950 (batches 214-217: zero-halinar declarations,
    Christmas remissions, transfers between prisons, inspection visits), built once for
    this module."""
    return assistant_over_reports(ROUND14_FIRST, ROUND14_LAST)


@pytest.fixture(scope="module")
def round15(assistant_over_reports):
    """An assistant over the reports x951-x970 (batches 218-221: neutrality pledges, alert
    roll calls, election day inside units, joint raids and urine tests), built once for
    this module."""
    return assistant_over_reports(ROUND15_FIRST, ROUND15_LAST)


@pytest.fixture(scope="module")
def round16(assistant_over_reports):
    """An assistant over the reports x971-x990 (batches 222-225: parole and integration
    releases, health services, riots and fires, education and religious graduations),
    built once for this module."""
    return assistant_over_reports(ROUND16_FIRST, ROUND16_LAST)


@pytest.fixture(scope="module")
def round17(assistant_over_reports):
    """An assistant over the reports x991-x1010 (batches 226-229: Independence Day
    remissions, escapes and recaptures, official visits, smuggling foiled at the gate),
    built once for this module."""
    return assistant_over_reports(ROUND17_FIRST, ROUND17_LAST)


@pytest.fixture(scope="module")
def round18(assistant_over_reports):
    """An assistant over the reports x1011-x1030 (batches 230-233: inaugurations and
    handovers, Bapas clients, overcrowding, sports, arts and blood drives), built once for
    this module."""
    return assistant_over_reports(ROUND18_FIRST, ROUND18_LAST)


@pytest.fixture(scope="module")
def round19(assistant_over_reports):
    """An assistant over the reports x1031-x1050 (batches 234-237: Christmas remissions,
    neutrality pledges and integrity pacts, cell raids and urine tests, Eid remissions and
    visits), built once for this module."""
    return assistant_over_reports(ROUND19_FIRST, ROUND19_LAST)


@pytest.fixture(scope="module")
def round20(assistant_over_reports):
    """An assistant over the reports x1051-x1070 (batches 238-241: alert roll calls, voting
    in prisons, work programmes, cooperation agreements), built once for this module."""
    return assistant_over_reports(ROUND20_FIRST, ROUND20_LAST)


@pytest.fixture(scope="module")
def round21(assistant_over_reports):
    """An assistant over the reports x1071-x1090 (batches 242-245: neutrality pledges,
    holiday remissions, searches and smuggling, escapes and transfers), built once for this
    module."""
    return assistant_over_reports(ROUND21_FIRST, ROUND21_LAST)


@pytest.fixture(scope="module")
def round22(assistant_over_reports):
    """An assistant over the reports x1091-x1110 (batches 246-249: vocational training,
    official visits, health services, integrity zones), built once for this module."""
    return assistant_over_reports(ROUND22_FIRST, ROUND22_LAST)


@pytest.fixture(scope="module")
def round23(assistant_over_reports):
    """An assistant over the reports x1111-x1130 (batches 250-253: parole and assimilation,
    overcrowding, raids and urine tests, deaths, fires and riots), built once for this module."""
    return assistant_over_reports(ROUND23_FIRST, ROUND23_LAST)


@pytest.fixture(scope="module")
def round24(assistant_over_reports):
    """An assistant over the reports x1131-x1150 (batches 254-257: neutrality pledges, alert
    roll calls, voting in prisons, holiday remissions), built once for this module."""
    return assistant_over_reports(ROUND24_FIRST, ROUND24_LAST)


@pytest.fixture(scope="module")
def round26(assistant_over_reports):
    """An assistant over the reports x1171-x1190 (batches 262-265: cell raids and urine tests,
    Independence Day remissions, voting in prisons, alert roll calls and holiday security),
    built once for this module."""
    return assistant_over_reports(ROUND26_FIRST, ROUND26_LAST)


@pytest.fixture(scope="module")
def round27(assistant_over_reports):
    """An assistant over the reports x1191-x1210 (batches 266-269: neutrality pledges,
    religious-holiday remissions, visits and inspections, skills training and
    rehabilitation), built once for this module."""
    return assistant_over_reports(ROUND27_FIRST, ROUND27_LAST)


@pytest.fixture(scope="module")
def round28(assistant_over_reports):
    """An assistant over the reports x1211-x1230 (batches 270-273: escapes, smuggling
    foiled, installations and handovers, parole and assimilation), built once for this
    module."""
    return assistant_over_reports(ROUND28_FIRST, ROUND28_LAST)


@pytest.fixture(scope="module")
def round29(assistant_over_reports):
    """An assistant over the reports x1231-x1250 (batches 274-277: neutrality pledges,
    alert roll calls, voting, holiday remissions), built once for this module."""
    return assistant_over_reports(ROUND29_FIRST, ROUND29_LAST)


@pytest.fixture(scope="module")
def round35(assistant_over_reports):
    """An assistant over the reports x1351-x1370 (batches 298-301: parole and release,
    staff and leadership, visits and family services, disasters and emergencies), built
    once for this module."""
    return assistant_over_reports(ROUND35_FIRST, ROUND35_LAST)


@pytest.fixture(scope="module")
def round40(assistant_over_reports):
    """An assistant over the reports x1451-x1470 (batches 318-321: holiday remissions,
    pledges, raids and urine tests, alert roll calls), built once for this module."""
    return assistant_over_reports(ROUND40_FIRST, ROUND40_LAST)


@pytest.fixture(scope="module")
def round41(assistant_over_reports):
    """An assistant over the reports x1471-x1490 (batches 322-325: health, inmates' work,
    early release, disturbances and disasters), built once for this module."""
    return assistant_over_reports(ROUND41_FIRST, ROUND41_LAST)


@pytest.fixture(scope="module")
def round42(assistant_over_reports):
    """An assistant over the reports x1491-x1510 (batches 326-329: visits, religion and
    education, smuggling, officials), built once for this module."""
    return assistant_over_reports(ROUND42_FIRST, ROUND42_LAST)


@pytest.fixture(scope="module")
def round43(assistant_over_reports):
    """An assistant over the reports x1511-x1530 (batches 330-333: Bapas supervision, prison
    food and budgets, Rupbasan, deaths and violence), built once for this module."""
    return assistant_over_reports(ROUND43_FIRST, ROUND43_LAST)


@pytest.fixture(scope="module")
def round44(assistant_over_reports):
    """An assistant over the reports x1531-x1550 (batches 334-337: escapes, holiday
    remissions, terrorism convicts, women and children in custody), built once for this module."""
    return assistant_over_reports(ROUND44_FIRST, ROUND44_LAST)


@pytest.fixture(scope="module")
def round45(assistant_over_reports):
    """An assistant over the reports x1551-x1570 (batches 338-341: elections in prisons,
    corruption convicts, staff discipline, buildings and capacity), built once for this module."""
    return assistant_over_reports(ROUND45_FIRST, ROUND45_LAST)


@pytest.fixture(scope="module")
def round46(assistant_over_reports):
    """An assistant over the reports x1571-x1590 (batches 342-345: drug rehabilitation,
    amnesty and clemency, celebrations, transfers of inmates), built once for this module."""
    return assistant_over_reports(ROUND46_FIRST, ROUND46_LAST)


@pytest.fixture(scope="module")
def round47(assistant_over_reports):
    """An assistant over the reports x1591-x1610 (batches 346-349: health, inmates' work and
    skills, early release, disturbances and disasters), built once for this module."""
    return assistant_over_reports(ROUND47_FIRST, ROUND47_LAST)


@pytest.fixture(scope="module")
def round48(assistant_over_reports):
    """An assistant over the reports x1611-x1630 (batches 350-353: visits, religion and
    education, smuggling, officials), built once for this module."""
    return assistant_over_reports(ROUND48_FIRST, ROUND48_LAST)


@pytest.fixture(scope="module")
def round49(assistant_over_reports):
    """An assistant over the reports x1631-x1650 (batches 354-357: community supervision,
    food and budgets, Rupbasan, deaths and violence), built once for this module."""
    return assistant_over_reports(ROUND49_FIRST, ROUND49_LAST)


@pytest.fixture(scope="module")
def round50(assistant_over_reports):
    """An assistant over the reports x1651-x1670 (batches 358-361: holiday remissions,
    escapes, inmates' work, inspections and raids), built once for this module."""
    return assistant_over_reports(ROUND50_FIRST, ROUND50_LAST)


@pytest.fixture(scope="module")
def round51(assistant_over_reports):
    """An assistant over the reports x1671-x1690 (batches 362-365: health care, new
    buildings, parole and reintegration, visits and services), built once for this module."""
    return assistant_over_reports(ROUND51_FIRST, ROUND51_LAST)


@pytest.fixture(scope="module")
def round52(assistant_over_reports):
    """An assistant over the reports x1691-x1710 (batches 366-369: drugs inside prisons,
    celebrations, corrections staff, children), built once for this module."""
    return assistant_over_reports(ROUND52_FIRST, ROUND52_LAST)


@pytest.fixture(scope="module")
def round53(assistant_over_reports):
    """An assistant over the reports x1711-x1730 (batches 370-373: riots, disasters,
    inmates' education, elections), built once for this module."""
    return assistant_over_reports(ROUND53_FIRST, ROUND53_LAST)


@pytest.fixture(scope="module")
def round39(assistant_over_reports):
    """An assistant over the reports x1431-x1450 (batches 314-317: voting, escapes,
    overcrowding and transfers, officials' directives), built once for this module."""
    return assistant_over_reports(ROUND39_FIRST, ROUND39_LAST)


@pytest.fixture(scope="module")
def round38(assistant_over_reports):
    """An assistant over the reports x1411-x1430 (batches 310-313: holiday remissions,
    pledges, raids and urine tests, alert roll calls), built once for this module."""
    return assistant_over_reports(ROUND38_FIRST, ROUND38_LAST)


@pytest.fixture(scope="module")
def round37(assistant_over_reports):
    """An assistant over the reports x1391-x1410 (batches 306-309: escapes and recaptures,
    smuggling foiled, voting in prisons, official visits and handovers), built once for this
    module."""
    return assistant_over_reports(ROUND37_FIRST, ROUND37_LAST)


@pytest.fixture(scope="module")
def round36(assistant_over_reports):
    """An assistant over the reports x1371-x1390 (batches 302-305: Bapas and children,
    raids and urine tests, holiday remissions, pledges and alert roll calls), built once
    for this module."""
    return assistant_over_reports(ROUND36_FIRST, ROUND36_LAST)


@pytest.fixture(scope="module")
def round34(assistant_over_reports):
    """An assistant over the reports x1331-x1350 (batches 294-297: foreign prisoners,
    overcrowding and transfers, food and health, arts and sports), built once for this
    module."""
    return assistant_over_reports(ROUND34_FIRST, ROUND34_LAST)


@pytest.fixture(scope="module")
def round33(assistant_over_reports):
    """An assistant over the reports x1311-x1330 (batches 290-293: escapes, voting in
    prisons, religious and education programmes, cooperation agreements), built once for
    this module."""
    return assistant_over_reports(ROUND33_FIRST, ROUND33_LAST)


@pytest.fixture(scope="module")
def round32(assistant_over_reports):
    """An assistant over the reports x1291-x1310 (batches 286-289: smuggling foiled,
    remissions and releases, farming and production, integrity awards), built once for
    this module."""
    return assistant_over_reports(ROUND32_FIRST, ROUND32_LAST)


@pytest.fixture(scope="module")
def round31(assistant_over_reports):
    """An assistant over the reports x1271-x1290 (batches 282-285: health and deaths,
    transfers, visiting and legal services, riots, fires and disasters), built once for
    this module."""
    return assistant_over_reports(ROUND31_FIRST, ROUND31_LAST)


@pytest.fixture(scope="module")
def round30(assistant_over_reports):
    """An assistant over the reports x1251-x1270 (batches 278-281: raids and urine tests,
    Hari Bhakti Pemasyarakatan, official visits, skills training), built once for this
    module."""
    return assistant_over_reports(ROUND30_FIRST, ROUND30_LAST)


@pytest.fixture(scope="module")
def round25(assistant_over_reports):
    """An assistant over the reports x1151-x1170 (batches 258-261: escapes and recaptures,
    smuggling foiled, installations and handovers, Hari Bhakti Pemasyarakatan), built once
    for this module."""
    return assistant_over_reports(ROUND25_FIRST, ROUND25_LAST)


@pytest.mark.parametrize(("history", "question", "expected"), [
    # "tes pertama digelar pada 2018, berikutnya pada Februari 2019, dan kini pada bulan
    # Oktober": the second of the times in a row, not the report's own date.
    ([Turn("Sejak 2018 sudah berapa kali Lapas Karangasem menggelar tes urine?", "Tiga kali.")],
     "Yang kedua digelar bulan apa?", "Februari 2019"),
    # "12 orang lainnya mendapat RK II dan bisa langsung bebas": the count's clause goes on
    # past "dan".
    ([Turn("Berapa napi Kristen di Jawa Tengah yang dapat remisi Natal 2023?", "447 orang.")],
     "Terus berapa yang bisa langsung bebas?", "12"),
])
def test_a_follow_up_on_a_part_of_the_answer_before(round19, history, question, expected):
    answer = round19.ask(question, history)
    assert expected in answer_lead(answer.text), answer.text


def test_a_programme_s_acronym_does_not_end_a_conversation_about_a_unit(newest):
    # "SAE" names a kind of farm every prison has: the follow-up is still about Balikpapan.
    history = [Turn("Who led the first melon harvest at Balikpapan prison in February 2026?",
                    "Endang Lintang Hardiman, head of the East Kalimantan corrections regional office.")]
    answer = newest.ask("And what did she hope the prison's SAE farm could be turned into?", history)
    assert "agrowisata" in answer_lead(answer.text).lower(), answer.text


def test_inmates_asked_are_not_counted_by_the_foundations(round20, check_abstains):
    # "menggandeng dua yayasan keagamaan": two foundations, no count of inmates enrolled.
    check_abstains(round20, "How many Lapas Pangkalan Bun inmates joined the pesantren programme?")


def test_an_exact_date_the_report_never_gives_is_not_answered(round20, check_abstains):
    # The West Sumatra roll call at Rutan Padang is reported without its day.
    check_abstains(round20, "What exact day did the West Sumatra corrections office hold its Christmas 2025 "
                            "alert roll call at Rutan Padang?")


@pytest.mark.parametrize("question", [
    # The report counts the visitors of the first three days; it never numbers a fourth.
    "Ada berapa pembesuk di Lapas Bontang pada hari keempat kunjungan Lebaran 1444 H?",
    # "sekitar 130 WBP lainnya dijadwalkan menyusul pada tahap berikutnya": no date, no "tahap kedua".
    "When is the second stage of HIV testing at Rutan Pemalang scheduled?",
])
def test_a_numbered_part_the_report_never_numbers_is_not_answered(round11, check_abstains, question):
    check_abstains(round11, question)


def test_a_numbered_part_the_report_numbers_is_answered(round11):
    answer = round11.ask("Berapa pembesuk yang datang ke Lapas Bontang pada hari kedua Lebaran 2023?", [])
    assert "1.164" in answer_lead(answer.text), answer.text


def test_things_asked_are_not_counted_by_the_people_of_another_sentence(round12, check_abstains):
    # The report counts the two officers given readiness badges; it never counts what the
    # search after the roll call seized.
    check_abstains(round12, "Berapa barang terlarang yang disita dalam razia gabungan usai apel di Lapas Muara Bulian?")


@pytest.mark.parametrize("question", [
    # Every count of the Cipinang report is of ballots or voters; none counts polling stations.
    "Berapa TPS yang ada di Rutan Cipinang saat Pemilu 2014?",
    # The report counts the 2,573 voters and numbers the TPS; it never counts the women.
    "How many of the 2,573 voters at Lapas Malang in the 2024 pilkada were women?",
])
def test_a_count_of_another_thing_or_an_unnamed_part_is_no_answer(round9, check_abstains, question):
    check_abstains(round9, question)


def test_the_official_with_the_one_the_turn_before_named_is_asked_not_him(round9):
    history = [Turn("Who led the cell search at Lapas Palopo in May 2022?", "Rahnianto of the regional office.")]
    answer = round9.ask("And which prison official was with him?", history)
    assert "Syamsul" in answer_lead(answer.text), answer.text


@pytest.mark.parametrize("question", [
    # The report names the Rutan's head, no one of BNN.
    "Which BNN officer carried out the urine tests at Rutan Pekalongan?",
    # The recipients are counted by RK I and RK II, never by how long their cut was.
    "Berapa besaran remisi terlama yang diterima napi Lapas Tarakan saat Idul Fitri 1445 H?",
])
def test_a_member_or_a_size_the_report_never_gives_is_not_answered(round6, check_abstains, question):
    check_abstains(round6, question)


def test_a_month_asked_after_a_count_picks_its_line_of_a_breakdown_by_month(pledges):
    # "40 orang pada Januari, ..., 60 orang pada Juli, dan 25 orang pada Agustus".
    history = [Turn("Berapa warga binaan Rutan Batam yang dites urine pada Agustus 2025?", "Sebanyak 25 warga binaan.")]
    answer = pledges.ask("kalo yg bulan juli brp orang?", history)
    assert "60" in answer_lead(answer.text)


def test_officers_asked_are_not_counted_by_the_inmates_the_report_counts(pledges, check_abstains):
    # "petugas pemasyarakatan" are staff: the 2,472 inmates of DIY count no one sanctioned.
    check_abstains(pledges, "How many correctional officers in Yogyakarta were sanctioned for breaching "
                            "neutrality before the 2024 election?")


def test_a_firm_the_report_never_names_is_not_answered(visits, check_abstains):
    # "mesin jahit disediakan oleh pihak ketiga": no PT or CV is named.
    check_abstains(visits, "Apa nama perusahaan pihak ketiga yang menyediakan mesin jahit untuk Rutan Solo?")


def test_a_successor_the_report_never_names_is_not_another_official(newest, check_abstains):
    # The report tells of the head's removal and names no one who took his post.
    check_abstains(newest, "Who replaced Irpan as head of the Soppeng detention centre?")


LATEST_READING = [
    ("an acting mark ('Plh.') stays on its post, and 'sendiri' names no unit",
     "Yang membuka pelatihan kemandirian di Lapas Kerobokan itu siapa, kalapas sendiri?",
     ["I Kadek Dedy Wirawan Arintama", "Plh. Kalapas"], []),
    ("a class asked as 'yang berstatus', and a bare count after 'di antaranya' weighed by its noun",
     ("Dari 155 WBP Lapas Wamena waktu Kakanwil Papua berkunjung, berapa yang berstatus narapidana "
     "dan berapa yang berstatus tahanan?"), ["105", "50"], ["lima"]),
    ("a time of day from the clause that says the asked act",
     "Pukul berapa tahanan Rutan Garut yang kabur itu ditangkap lagi?", ["12.05"], ["11.50"]),
    ("a whole the report gives as a bound is the total asked, shown with its bound",
     "Secara keseluruhan sudah berapa napi high risk yang dipindah ke Nusakambangan menurut Ditjenpas?",
     ["lebih dari 1.150"], []),
    ("an amount of money asked of a remission is no stretch of time",
     "Berapa anggaran makan yang bisa dihemat berkat remisi Idulfitri 2025?", ["80.460.405.000"], ["bulan"]),
    ("a name offered for a post's holder is checked against the holder the report names",
     "Apakah Kalapas Rangkasbitung yang hadir di panen raya SAE itu bernama Budi Ruswanto?",
     ["Tidak", "Muhamad Khapi"], []),
    ("a name offered for a post's holder, and the report names that holder",
     "Is the head of Rangkasbitung prison named Muhamad Khapi?", ["Yes", "Muhamad Khapi"], []),
    ("the object the report gives the asked verb",
     "Saat Nyepi 2025, warga binaan Hindu diminta Menteri Imipas mendalami apa?", ["Catur Brata"], []),
    ("a directorate's field words are its director's post",
     "Siapa direktur Ditjen Pas yang menyebut Lapas Pohuwato sebagai lapas ke-11 pengekspor?", ["Harun Sulianto"], []),
]


RECENT_READING = [
    ("the opening an escape used ('memanfaatkan momen ketika ...') is why no one saw it",
     "Kenapa kaburnya tahanan Rutan Bima tidak ketahuan petugas?", ["gotong royong"], []),
    ("a vehicle counted by its wheels: motorcycles are 'kendaraan roda dua'",
     "How many motorbikes are stored as evidence at Rupbasan Ternate?", ["173"], ["empat"]),
    ("and cars are 'kendaraan roda empat'", "And how many cars are kept as evidence at the Ternate Rupbasan?",
     ["9"], ["173"]),
    ("a term asked is the one the report sets in quotes",
     "Istilah apa yang dipakai Jumadi untuk tugas pokok Kemenko Kumham Imipas?", ["connecting the dots"], []),
    ("a class's head count after its name ('kelas iqra 17 orang') is a count, not a class numbered 17",
     "How many graduated from the Iqra class at Tuban prison?", ["17"], []),
    ("a date that opens a span is answered with the span",
     "When was the laundry course for Samarinda prison inmates held?", ["18", "25 October"], []),
    ("a reason added with 'Selain itu ... juga' comes with the one the sentence before gives",
     "Apa alasan 12 bandar narkoba dari Lapas Narkotika Bangli dipindah ke Nusakambangan?",
     ["memutus rantai peredaran narkoba", "gangguan keamanan"], []),
    ("bodies asked about a named unit are the ones its report names, not a list of units",
     "Barang bukti kendaraan di Rupbasan Ternate dititipkan oleh instansi mana saja?",
     ["Ditlantas Polda Maluku Utara", "Kejaksaan Negeri Ternate"], []),
    ("and in English, the agencies a report names as present",
     "Which Seram Bagian Barat agencies attended when Bapas Ambon signed the agreements?",
     ["Dinas Sosial", "Lingkungan Hidup"], []),
    ("'kapan tepatnya' asks the hour as well as the day",
     "Kapan tepatnya rombongan napi dari Bangli sampai di Dermaga Wijayapura?", ["29/12", "05.50"], []),
]

LATEST_WHY = [
    ("a vague cause ('sejumlah persoalan') is read on into the sentence that names one",
     "Apa pemicu kaburnya puluhan napi Lapas Kutacane menurut Kapolres?", ["makanan"], []),
    ("an aim stated of the raid itself wins over a 'sebab' that explains a detail of it",
     "Why did Lubuk Pakam prison raid its cells before dawn?", ["narkoba"], ["istirahat"]),
]

EARLIER_READING = [
    ("a reason the speaker announces ('mengungkapkan alasan ...') is given by the next sentences",
     "Why was Lapas Piru picked to host Maluku's Corrections Day in 2024?", ["Pulau Seram", "lapangan"], []),
    ("a cause named as such ('pemicu pelarian adalah ...') wherever it stands in the report",
     "Kenapa dua napi Lapas Nunukan kabur?", ["utang", "koperasi"], []),
    ("'Penyebabnya, ...' after a count that did not vote answers why they could not",
     "Kenapa 79 warga binaan Rutan Mentok tidak bisa mencoblos di Pilkada 2024?", ["DPTb"], ["aman, tertib"]),
]


NEWER_READING = [
    ("the list of what the act took, not the list of what the raid aimed at",
     "Barang apa saja yang disita petugas saat razia di Lapas Sampit?", ["stop kontak", "earphone"],
     ["pungutan liar"]),
    ("the noun before 'apa saja' may stand with a modifier ('barang terlarang apa saja')",
     "Barang terlarang apa saja yang disita dalam razia di Lapas Makassar?", ["ketapel", "kartu remi"], []),
    ("an acronym of several things is spelt out whole",
     "Haliba itu singkatan dari apa?", ["hape", "pungli", "narkoba"], []),
    ("a committee its chair leads besides his post ('yang sekaligus dipercaya sebagai Ketua Panitia')",
     "Who was the chair of the committee for the Padangsidimpuan prison sports week?", ["Jomboy"], []),
    ("'tak kurang dari 280' is at least 280, and seven contests count no inmates",
     "How many inmates joined the Padangsidimpuan prison sports week?", ["at least 280"], ["fewer", "tujuh"]),
    ("each of a group's origins ('A dari Nunukan, A dari Muara Jawa, ...')",
     "Where did the four children who broke out of LPKA Tenggarong come from?",
     ["Nunukan", "Muara Jawa", "Sangatta", "Berau"], []),
    ("the units a report lists as destinations besides the one the question names",
     "Which prisons took in the inmates moved out of Kualasimpang prison?",
     ["Lapas Kota Banda Aceh", "Lapas Aceh Barat", "Lapas Lhokseumawe"], ["Kualasimpang"]),
    ("a superlative compares the report's counts whatever verb asks it; origins restrict no province",
     "Lapas mana di Nusakambangan yang kebagian paling banyak dari 130 napi high risk asal Jambi, Riau dan Banten?",
     ["Karanganyar", "31"], []),
    ("a handover 'beralih dari A kepada B' names the successor",
     "Siapa pengganti Ahmad Sihabudin sebagai Kepala Lapas Selong?", ["Sudirman"], ["Krisna", "Waes"]),
    ("of a unit's officials, the section head the report says did the act",
     "Siapa pejabat Lapas Ambon yang mengoordinasikan budidaya kacang panjang itu?", ["Nober Hasanda"], ["Hendra"]),
    ("a person 'at' a body is asked, not the body",
     "Who at the corrections directorate general gave the figures on the Covid-19 releases?",
     ["Rika Aprianti"], ["Kemenkumham"]),
    ("a count of times is its own unit, not a stray measure",
     "Berapa kali seminggu kendaraan sitaan di Rupbasan Samarinda dirawat?", ["tiga kali"], []),
    ("a date whose sentence puts the act 'beberapa hari sebelumnya' is not the act's",
     "Tanggal berapa tembok Lapas Sarolangun ambruk?", ["28 Agustus 2021"], ["2 September"]),
    ("a purpose hung on a noun ('sekaligus peringatan supaya ...') keeps the noun",
     "Why did the Sulsel regional office raid Makassar prison by surprise?", ["peringatan"], []),
    ("an age bounded before its years ('batas usia paling tinggi 50 tahun')",
     "What is the age limit for the learning class at the Kupang women's prison?", ["50"], []),
]


FRESH_READING = [
    ("a time of day the report gives as a span is answered with the span",
     "Jam berapa warga binaan LP Tabanan ngelawar saat Penampahan Galungan?", ["06.00", "08.00"], []),
    ("the day a speaker told of an escape yields to the sentence that dates the escape",
     "Kapan tiga tahanan Rutan Baturaja melarikan diri?", ["29 Desember 2024"], ["6 Januari"]),
    ("'Muhammad' after a post opens its holder's name, though a village carries it",
     "Siapa Kepala Rutan Sidrap yang menyerahkan remisi HUT RI ke-80?", ["Muhammad Syahrir Aziz"], []),
    ("inmates asked for are the people named, not a clause read as a group",
     "Who were the two Wonosobo detention centre inmates who passed Kejar Paket C?",
     ["Asep Saputra", "Irwan Hidayat"], []),
]


CURRENT_READING = [
    ("a count asked of a thing the report weighs is its weight",
     "How many tomatoes and how much corn did Lapas Kalabahi pick at the big harvest?", ["200", "500"], []),
    ("'tertangkap' finds 'diamankan kembali' as 'ditangkap' does",
     "berapa napi Lapas Sorong yang kabur Januari 2024, dan berapa yang sudah tertangkap?", ["53", "enam"], []),
    ("an act whose sense a later word of the question took is still the act the report states",
     "Berapa napi se-Maluku yang diusulkan dapat remisi Lebaran 1444 H, dan berapa usulan dari Lapas Ambon?",
     ["445", "150"], []),
    ("'were used as' is no act of its own: the samples are",
     "What units were used as samples in the BPK audit of the South Sumatra Kanwil?",
     ["Lapas Kelas I Palembang", "Rupbasan"], []),
    ("the post's new holder ('Kepala Lapas ... yang baru, Sri Yuwono') succeeds",
     "Siapa yang menggantikan Destri Sjam sebagai Kalapas Muaro Padang?", ["Sri Yuwono"], ["Ansharuddin"]),
    ("a province's police chief is its Kapolda, not a district's Kapolres",
     "Who is the North Sumatra police chief quoted about the Hinai riot?", ["Agus Andrianto"], ["Doddy"]),
    ("a group the report leaves out ('yang dikecualikan') is a no",
     "Do corruption convicts get the amnesty the minister described in Medan?", ["No."], ["Yes."]),
    ("a sentence and the part served are two stretches of time",
     "berapa tahun hukuman Sudarta dan berapa lama sudah dijalani?", ["lima tahun", "dua tahun"], []),
]


LAST_READING = [
    ("a venue the report denies ('tidak digelar di ..., melainkan di ...') is not the place",
     "Where did Bapas Semarang and the Semarang regency sign their community service agreement?",
     ["Pesona Garda"], ["kantor pemerintahan"]),
    ("'yang menjalani tes urine' asks about the test, not an act of undergoing",
     "Berapa warga binaan Rutan Gresik yang menjalani tes urine waktu razia Nataru?", ["30"], []),
    ("a span whose first day is written bare ('6 hingga 30 Juni 2022')",
     "Dari tanggal berapa sampai tanggal berapa pelatihan las dan bengkel kayu di Lapas Kendari?",
     ["6–30 Juni 2022"], []),
    ("'se-' before a place keeps the place in the post",
     "Siapa Koordinator Wilayah Pemasyarakatan Nusakambangan dan Cilacap?", ["Mardi Santoso"], []),
    ("'tujuh di antaranya' before an act counts of the count before it",
     "Berapa anak binaan LPKA Blitar yang memperoleh remisi HAN 2025, dan berapa di antaranya yang langsung bebas hari itu?",
     ["120", "tujuh"], ["205"]),
]


ROUND_READING = [
    ("'how much' of two foods asks a measure of each",
     "How much tofu and tempeh does the Bangli narcotics prison turn out per day?", ["15 kilogram", "20 kilogram"], []),
    ("'Ketua Majelis Hakim' before a name is the court's chair",
     "Siapa hakim ketua yang memvonis empat petugas Lapas Tangerang?", ["Aji Suryo"], []),
    ("a class written 'Klas II/A' keeps the post",
     "Siapa nama Kalapas Gorontalo saat tradisi Walima 2021?", ["Ignatius Gunaidi"], []),
    ("a hospital director holds a post, so he is not the inmate asked",
     "Who was the detainee who died at Tegal prison in April 2022?", ["Yuni Harto"], ["Agus"]),
    ("a prison's spokesperson holds a post, so he is not one of the trusties asked",
     "Siapa nama dua tamping yang kabur dari Lapas Pematangsiantar?", ["Ebenejer Gultom", "Surya Darma Sitorus"],
     ["Hiras"]),
]


@pytest.mark.parametrize(("history", "question", "expected"), [
    # The borrowed words (the tradition, the Prophet's birthday) pick the report; the passage
    # is judged on the follow-up's own words.
    ([Turn("What tradition did Gorontalo's Class IIA prison hold for the Prophet's birthday in 2021?", "Walima.")],
     "And how long did they spend preparing for it?", ["satu minggu"]),
    # A year names no subject of its own: "di sana" is the unit of the turn before.
    ([Turn("Lapas Lubukbasung November 2022 ngelatih las berapa warga binaan?", "16 warga binaan.")],
     "trus tahun 2021 udah berapa orang yg dilatih di sana, dari brp paket?", ["96", "empat"]),
    # "kasus" is the report's "perkara".
    ([Turn("Siapa eks napi Lapas Semarang yg diwawancarai waktu pembebasan amnesti di Jateng Agustus 2025?",
           "Seorang mantan warga binaan Lapas Kelas I Semarang berinisial K.")],
     "trus dia dulu kena kasus apa?", ["Perlindungan Anak"]),
])
def test_a_follow_up_is_judged_on_its_own_words(rounded, history, question, expected):
    answer = rounded.ask(question, history)
    assert not answer.abstained, answer.text
    for wanted in expected:
        assert wanted.lower() in answer_lead(answer.text).lower(), answer.text


def test_a_report_names_the_province_of_its_town_unless_the_province_is_named_like_a_town(rounded):
    # The Bangli report never writes "Bali"; a question's "Bali" still names it. The
    # Gorontalo report is in Gorontalo province, but "Gorontalo" also names the city.
    from rag.glossary import analyze_document

    index = rounded.index
    bangli = next(d for d in index.articles if d.startswith("x538_"))
    gorontalo = next(d for d in index.articles if d.startswith("x545_"))
    assert set(analyze_document("Bali")) <= index.article_terms(bangli)
    assert not index.province_terms(gorontalo)


def test_a_post_the_report_gives_no_one_is_not_answered_by_the_people_it_does_name(rounded):
    # The report names the accused, the judge and their lawyer; no prosecutor.
    answer = rounded.ask("What are the names of the public prosecutors in the case over the Tangerang prison "
                         "fire?", [])
    assert answer.abstained and answer.abstain_reason == "post_not_held", answer.text


def test_people_counted_after_a_count_of_prisons_are_not_the_prisons(current):
    answer = current.ask("and how many people were held in them in 2023?",
                         [Turn("How many prisons and detention centres are there in Indonesia?", "526")])
    assert "269.263" in answer_lead(answer.text) or "269,263" in answer_lead(answer.text), answer.text


def test_a_follow_up_on_reports_tied_at_the_top_keeps_to_the_one_with_the_previous_figures(newer):
    # Two Selong reports: the one whose ideal capacity was 139 says "lebih dari 300" now; the
    # other (136, a year earlier) says 412 and 382.
    answer = newer.ask("sekarang dihuni berapa orang?",
                       [Turn("Berapa kapasitas Lapas Selong?", "Kapasitasnya 139 orang [1].")])
    assert "300" in answer_lead(answer.text), answer.text
    # A count within the previous sentence's figures, none of which is a count: no crash.
    answer = newer.ask("kalau yang lewat integrasi saja berapa?",
                       [Turn("Berapa napi yg bebas lewat asimilasi dan integrasi per 27 Mei 2020?", "39.876 orang")])
    assert "2.403" in answer_lead(answer.text), answer.text


def test_pay_the_report_never_states_is_not_a_count_of_sandals(newer, check_abstains):
    check_abstains(newer, "How much are Salemba prison inmates paid for each pair of hotel sandals?")
    check_abstains(newer, "Siapa nama napi Kualasimpang yang dikirim ke Lapas Lhokseumawe?")


def test_a_capacity_the_report_never_gives_is_not_answered_by_the_occupancy(recent):
    # "Rutan Kelas IIA Kendari dihuni 698 warga binaan, padahal kapasitas idealnya jauh lebih
    # kecil": how many it holds, and no figure for its capacity.
    for question in ("What is the official design capacity of the Kendari detention centre?",
                     "Berapa kapasitas resmi Rutan Kendari?"):
        answer = recent.ask(question, [])
        assert answer.abstained and answer.abstain_reason == "capacity_not_stated", answer.text


def test_an_envoy_of_an_outside_body_the_report_never_names_is_no_official_beside_them(recent):
    # "Hadir ... Kepala Lapas Kelas IIB Tuban, Siswarno, perwakilan Kementerian Agama (Kemenag)
    # Tuban, ...": the Kemenag's envoy is unnamed; the Kalapas and a graduate are not them.
    answer = recent.ask("Siapa nama perwakilan Kemenag Tuban yang hadir di wisuda santri Lapas Tuban?", [])
    assert answer.abstained and answer.abstain_reason == "post_not_held", answer.text
    assert "Siswarno" in answer.text  # said as who the report does name


def test_a_size_the_report_never_measures_is_not_answered(latest, check_abstains):
    # The Ternate report weighs the cassava and names the prison; it never measures the plot.
    check_abstains(latest, "Seberapa luas lahan tempat warga binaan Lapas Ternate menanam singkong?")


SOURCED_READING = [
    ("who told of it is the one the report quotes on it, not whoever its best sentence names",
     "Pejabat mana yang menjelaskan tujuan pelatihan keterampilan bagi warga binaan Lapas Cipinang?",
     ["Andri Yansyah"], []),
    ("a speaker named by a pronoun ('Ia menerangkan') is the one named before",
     "Who spoke for the corrections office in Central Java about the 41 high-risk inmates from Jakarta?",
     ["Mardi Santoso"], []),
    ("a unit word before a person's is the scene, and the post asked after the name is the name's",
     "Which Tarakan prison officer confirmed that the stabbed inmate had died, and what is his position?",
     ["Raditya Panji Utama", "Registrasi"], []),
    ("a speaker joined to his post by 'serta' and named with a word headlines use as a verb",
     "Siapa pejabat Lapas Ngawi yang menerangkan skrining TBC dan HIV bagi warga binaan?",
     ["Devy Puji Astuti"], []),
    ("'berapa A sama B' asks two counts",
     "Ada berapa peserta Paket A sama Paket B pada ujian kesetaraan di Lapas Perempuan Kerobokan?",
     ["14", "6"], []),
    ("people said after a count to live there are its occupants; a percentage counts no one",
     "Berapa orang yang menghuni Rutan Balikpapan pada April 2023, dan berapa daya tampungnya?",
     ["1.075", "350"], ["307", "40"]),
    ("an irregular English plural ('loaves') has its dictionary word",
     "How many loaves can the Makassar prison bakery produce in a day?", ["500"], []),
    ("a circular's number is a label, not a count",
     "Surat edaran Ditjenpas nomor berapa yang dipakai Lapas Lowokwaru untuk membuka lagi kunjungan tatap muka?",
     ["PAS-12.HH.01.02"], []),
    ("a level asked by 'level berapa' is answered by the levels written",
     "Di daerah PPKM level berapa kunjungan tatap muka ke Lapas Lowokwaru boleh digelar?", ["level 1", "level 2"], []),
    ("what a thing was hidden inside, right after the act, over the venue of another act",
     "Di mana sabu yang diselundupkan ke Lapas Luwuk disembunyikan?", ["deodoran"], ["P2U"]),
    ("a team's chair ('Ketua Tim') is the one who led it",
     "Siapa yang memimpin tim kunjungan kerja Komisi III DPR ke Lapas Abepura?", ["Benny K. Harman"], []),
    ("what was proposed ('mendukung usulan agar ...') is no reason; the sentence after gives it ('sebab ...')",
     "Kenapa Wihadi Wiyanto mendukung kenaikan anggaran lauk pauk napi di Papua?", ["lebih mahal"], []),
    ("a reason given as what a programme is 'berkaitan dengan upaya' to do",
     "Why did Kalabahi prison give 11 inmates conditional leave in April 2021?", ["Covid"], []),
    ("a place of two words matches its spelling run together ('Kulon Progo': 'Kulonprogo')",
     "Who was head of the Wates detention centre in Kulon Progo when the regent broke the fast there in June 2018?",
     ["Teguh Suroso"], []),
]


BLIND_READING = [
    ("a private person named before what they are ('Aris, sopir truk sampah tersebut')",
     "Siapa sopir truk sampah yang melapor soal paket narkoba di Lapas Cipinang?", ["Aris"], ["Tonny"]),
    ("a date in a photo caption yields to the story's sentence of that day, which has the hour",
     "On which day and at what time did the TB-stricken inmate of Kasongan narcotics prison die?",
     ["9 February 2022", "12.45"], []),
    ("an official who 'datang ke' a prison visits it, so a question set at his tour is about this report",
     "How many inmates did Kerobokan prison hold when Bali's governor toured it in April 2019?", ["1.706"], []),
]


INCIDENT_READING = [
    ("the noun asked announces its items ('gudang-gudang yang tersedia, yakni ...') and the next sentence adds one",
     "Rupbasan Bandarlampung menyimpan barang sitaannya di gudang apa saja?",
     ["terbuka", "tertutup", "berbahaya", "berharga"], []),
    ("an official of a named unit is no inmate, and a name shaped like a verb after a post is one",
     "Which Rutan Palu officer talked about what the marriage would teach the inmate?", ["Meliana"], ["Fikri"]),
    ("a person at a named body holds a post there, not the Kalapas the report also quotes",
     "Who at the Banten regional office questioned the guards on duty after the Serang inmates died?",
     ["Jalu Yuswa"], ["Fajar"]),
    ("a unit's name between 'which' and 'officer' asks for a person, not a list of units",
     "Which Lapas Rangkasbitung official accompanied the Untirta students?", ["Yogaswara"], []),
    ("'1,600-plus' is a floor the report writes 'lebih dari 1.600', not a name to find",
     "How many guards watched over the 1,600-plus inmates of Karang Intan narcotics prison?", ["14"], []),
    ("being housed is said from the unit's side ('menampung') as well as the inmates' ('menghuni')",
     "Ada berapa warga binaan yang menghuni Lapas Cibinong waktu kunjungan tatap muka dibuka lagi?", ["1.529"], []),
    ("a place keeps the regions written after it",
     "Di mana kurir RA dan AB ditangkap?", ["Bug-Bug", "Lingsar"], []),
    ("'bekerja di luar kota' is vague when a later sentence names the town; a chat 'kerja' is a verb",
     "Klien Bapas Purwokerto yang mangkir wajib lapor itu kerja di mana?", ["Semarang"], ["Kedungwringin"]),
    ("'sebagai cara' gives the reason",
     "Why does Rutan Salatiga give spiritual guidance to all its inmates without exception?", ["toleransi"], []),
    ("'X menjadi hambatan terbesar' names the main obstacle",
     "Kenapa Rupbasan Wonogiri memprihatinkan, apa kendala utamanya?", ["anggaran"], []),
    ("a count in a named part of a unit, not the total",
     "How many items are kept in the hazardous goods warehouse of Rupbasan Bandarlampung?", ["2.786"], ["5.696"]),
    ("a thing named 'berupa' right after the asked noun is the short answer, not a sentence quoted",
     "Senjata apa yang dipakai Herry saat duel dengan sesama napi di Lapas Narkotika Karang Intan?",
     ["**plat besi"], []),
    ("two things right after the asked act, not the object of another act",
     "Barang apa saja yang disimpan di gudang Rutan Makassar yang terbakar?", ["kaos", "peralatan makan"], ["merupakan"]),
    ("a stretch 'selama empat tahun ke depan' is no date",
     "Kapan kuliah napi Lapas Madiun dijadwalkan mulai?", ["Oktober 2023"], ["empat tahun"]),
]


SERVICE_READING = [
    ("a member of the body a chat question names, not the minister the report is about",
     "Siapa dari pemkot yang mendampingi Menteri PPPA di LPKA Tangerang?", ["Maryono"], ["Arifah"]),
    ("a post's short form ('Kabinda') is its long one ('Kepala BINDA')",
     "Siapa Kabinda Sumsel yang bicara soal target 40 juta dosis?", ["Armansyah"], ["Joko Widodo"]),
    ("'vaccinators' is the report's 'vaksinator'",
     "How many vaccinators worked at the booster drive at Lapas Merah Mata?", ["32"], ["82"]),
    ("the count the question states picks the sentence whose reason it asks",
     "Why could 58 inmates at Lapas Merah Mata not get the booster shot?", ["NIK"], ["berkat"]),
    ("'suffering from' is answered by those 'terganggu jiwanya'",
     "How many inmates at Lapas Rajabasa suffer from mental disorders?", ["9"], []),
    ("the count of the day the question names, not one the report dates to another day",
     "Berapa liter air yang dikirim BPBD Banjar ke Lapas Narkotika Karang Intan pada Sabtu 28 September 2024?",
     ["10 ribu"], ["12.400"]),
    ("names put forward at first, not the six approved",
     "How many names did Lapas Padang originally put forward for the amnesty?", ["484"], []),
    ("a town of two words the gazetteer writes as one ('Palangka Raya')",
     "Lapas Sampit memindahkan 15 napi ke lapas mana?", ["Palangka Raya"], []),
    ("where someone was posted is the unit of the new post, not the island alone",
     "Where was Winarso reassigned after leaving Lapas Slawi?", ["Kembang Kuning"], []),
    ("two questions after one another, each answered; the source of money asked 'dari mana duitnya'",
     "brp anggaran blok maximum security lapas cilegon? dari mana duitnya?", ["23 miliar", "APBN"], []),
]


WORK_READING = [
    ("a list of many items no word announces is given whole when items are asked for",
     "barang apa aja yg disita waktu razia lapas narkotika muara sabak oktober 2025?",
     ["handphone", "baterai", "sikat gigi"], []),
    ("a regency's short form ('lobar') and an English word for what was made ('frames', 'sets')",
     "How many sets of door and window frames were inmates at Lapas Lobar making?", ["60"], []),
    ("the day a thing happened, not the day an official told of it ('menurut keterangan ... pada')",
     "On what date did Rutan Kelas I Tangerang guards catch a visitor bringing sabu in his shoe?", ["18 March 2024"],
     ["19 March"]),
    ("a firm asked by 'perusahaan apa' is the one the report names",
     "Perusahaan apa yang memesan kusen dari warga binaan Lapas Lombok Barat?", ["Arif Gumilang"], []),
]


OVERSIGHT_READING = [
    ("a post over an acronym the report spells out ('Rektor UMMAS' of 'Universitas Muhammadiyah Asahan (UMMAS)')",
     "siapa rektor Universitas Muhammadiyah Asahan yg teken MoU sama lapas labuhan ruku?", ["Prianda"], []),
    ("chat 'makasih' is 'terima kasih'",
     "Kalapas Surabaya Jayanta ngucapin makasih ke pihak mana aja?", ["BNPT", "Lingkar Perdamaian"], []),
    ("a number after a slash in a unit's name ('Denpal VI/2 maret 2024') is no day",
     "brp personel lapas banjarbaru yg latihan nembak sama Denpal VI/2 maret 2024?", ["25"], []),
    ("an occasion after 'dalam' ('hadir dalam kegiatan ...') is no place; the venue after it is",
     "pidana kerja sosial bapas padang yg dihadiri wali kota itu tempatnya di mana?", ["Al Hakim"], []),
    ("a round count in the asked clause ('yg ratusan tahanannya kabur') is no act the report must state",
     "Komnas HAM meninjau rutan mana di Pekanbaru yang ratusan tahanannya kabur?", ["Pekanbaru"], []),
    ("a sum a count brings the number to ('jumlah ... menjadi 14 orang') answers a total",
     "How many terrorism convicts at the Surabaya prison pledged loyalty in total over 2024?", ["14"], []),
    ("a capacity written 'dirancang untuk sekitar 205 orang'",
     "Berapa kapasitas Lapas Lamongan menurut Komisi A DPRD?", ["205"], []),
]


WELFARE_READING = [
    ("kinds of things asked: the range the sentence after the thing gives ('mulai dari ..., hingga ...')",
     "What kinds of inmate products were on display at the Kerobokan iftar with families in Ramadan 2025?", ["kerajinan", "lukisan", "kuliner"], []),
    ("one of them named between commas ('Salah seorang warga binaan, Hermani, menuturkan'); telling is no act",
     "Which inmate of Lapas Muara Enim talked about how much water each prisoner needs a day?", ["Hermani"], []),
    ("'masuk DPT' is 'tercantum dalam DPT'",
     "Berapa napi Lapas Lowokwaru yang masuk DPT Pemilu 2019?", ["2.899"], []),
    ("bodies asked about a unit the question names ('lembaga apa saja ... ke Lapas Kelas I Malang')",
     "Lembaga apa saja yang menyumbang kambing ke Lapas Kelas I Malang saat Iduladha 2024?", ["Bea Cukai", "Polres"],
     []),
    ("an amount asked per unit ('per kilo') is the one the report gives per that unit",
     "Yosua dapat bayaran berapa per kilo dari napi Lapas Narkotika Langkat?", ["5 juta"], ["3 juta"]),
    ("a committee a person is trusted to chair ('yang juga dipercaya menjadi ketua panitia Natal')",
     "Who chaired the 2024 Christmas committee at Lapas Lubuk Pakam?", ["Tiopan"], []),
    ("a woman's degree before her name ('Dra. Eny') does not end the sentence of her post",
     "Siapa kepala Dispendukcapil Kota Malang yang merekam KTP warga binaan Lapas Lowokwaru?", ["Eny"], []),
    ("a unit named by two words before its town ('Rutan Pondok Bambu, Jakarta Timur')",
     "Di rutan mana Gubernur Ahok membagikan kartu BPJS bagi warga binaan?", ["Pondok Bambu"], []),
]


VISITS_READING = [
    ("a year asked 'since' is the one the report gives after 'sejak', not a regulation's",
     "Sejak tahun berapa Lapas Kerobokan bekerja sama dengan pengusaha untuk mempekerjakan napi?", ["2009"], ["1999"]),
    ("a span of hours with the part of the day after each time ('pukul 09.00 pagi sampai pukul 14.00 siang')",
     "Jam berapa saja napi Rutan Padang Panjang bisa video call saat Lebaran 2021?", ["14.00"], []),
    ("'which police and military units' asks for bodies, listed",
     "Which police and military units helped guard the Lebaran visits at Lapas Lombok Barat in 2025?",
     ["polsek", "kodim"], []),
    ("'kegiatan apa saja' of one report is its list of activities",
     "Kegiatan apa saja yang menghasilkan PNBP Lapas Kendari tahun 2020?", ["batako", "pertukangan"], []),
]


HARVEST_READING = [
    ("an amount given per day is not the total a question asks ('how much did it save')",
     "How much did the 2019 Eid remissions save Central Java on inmates' food?", ["2,9"], ["19 ribu"]),
    ("a price per kilo ('dijual brp sekilo') and the takings ('duitnya brp'), each an amount of money",
     "gabah panen lapas subang 2025 dijual brp sekilo? trus potensi duitnya brp?", ["6.900", "82,8"], []),
    ("a count of pickings beside the weight picked, two quantities",
     "How many kilograms of chili were picked at Rutan Tanah Grogot, and in how many pickings?", ["120", "lima"], []),
    ("a place that points back ('balai rehabilitasi itu') is no answer; the name is",
     "Where did Bapas Bengkulu counsellors place the child for rehabilitation in 2021?", ["Alyatama"],
     ["balai rehabilitasi itu"]),
]


PLEDGE_READING = [
    ("two things asked together ('senjata dan amunisi apa saja'): the list with the act and one of them",
     "Senjata dan amunisi apa saja yang disita dari blok-blok Lapas Kerobokan pada Desember 2015?",
     ["senjata tajam", "peluru"], []),
    ("a unit known by its ward ('Lapas Paledang') is the unit of its town the head is named for",
     "Siapa kalapas Paledang Bogor waktu petugasnya teken pakta integritas antipungli 2016?", ["Suharman"], []),
    ("'who from <office> said': the speaker of that office, not the head of the prison quoted most",
     "Who from the Cirebon civil registry office said inmates' aliases made their records hard to trace?",
     ["Syamsuri"], ["Jalu"]),
    ("a relative clause that says one thing ('yang terdaftar dalam DPT') narrows the count; the whole is not it",
     "Berapa warga binaan Lapas Kelas IIA Banyuwangi yang terdaftar dalam DPT pada Pilkada 2024?", ["887"], ["913"]),
    ("phones counted as 'unit telepon seluler'; a calibre ('kaliber 0,22') counts nothing",
     "How many mobile phones did the December 2015 sweep of Lapas Kerobokan turn up?", ["129"], ["0,22"]),
    ("'hp' in chat is a handphone", "brp hp yg dibakar pas deklarasi zero halinar lapas tangerang 2019?", ["200"], []),
    ("a reason word of its own sentence ('terjatuh sehingga gagal kabur') over a speaker's story ('Menurut dia, ...')",
     "Why did two of the five Kayuagung prison escapees in December 2024 fail to get out?", ["terjatuh"], []),
    ("a yes/no question's point asked last ('ada tes urine gak?') is shown by the clause that says it",
     "pas apel zero halinar lapas banda aceh mei 2023 ada tes urine gak?", ["Ya", "acak"], []),
    ("'diturunin' (deployed) in chat finds 'dikerahkan'",
     "brp personel yg diturunin pas penggeledahan lapas kediri april 2025?", ["140"], []),
]


ROUND6_READING = [
    ("after a post, a given name that is also an ordinary word ('Hari Winarca') is its holder's",
     "Siapa Kalapas Tembilahan yang mengapresiasi remisi Natal 2024?", ["Hari Winarca"], []),
    ("what did not happen has a cause; an aim ('supaya ... pemilu berikutnya') is another act's",
     "Mengapa ratusan napi Lapas Abepura tidak bisa mencoblos pada Pemilu 2024?", ["KTP"], ["berikutnya"]),
    ("a total asked 'ada berapa orang' is the whole the part is taken from",
     "Total penghuni Lapas Palopo pas Pemilu 2019 ada berapa orang?", ["856"], ["338"]),
    ("an area is given in its square unit", "How big is the Kendal prison compound?", ["3.780 m2"], []),
    ("a division head's short form ('Kadivmin') makes his inspection an official visit",
     "When did the Central Java Kadivmin visit Lapas Kendal?", ["28"], []),
    ("'ketiga pilar' counts three pillars", "Berapa pilar pemasyarakatan yang disebut Kalapas Singaraja?", ["tiga"], []),
    ("the units one report lists its recipients by",
     "Sebutkan lapas-lapas di Kalimantan Selatan yang napinya dapat remisi Waisak 2023", ["Banjarbaru", "Martapura"], []),
    ("the one a post was taken from, not its new holder",
     "Who was Hedian's predecessor as head of Lapas Kediri?", ["Agus Irianto"], []),
    ("where people come from, asked 'where ... from'",
     "Where are the Palopo inmates whose transfer forms came late from?", ["Luwu"], []),
    ("a hiding place under something", "Where were the phones hidden at Lapas Padang in May 2024?", ["keramik"], []),
    ("'which facility hosted' asks the venue",
     "Which facility hosted the Bengkulu Ramadan readiness roll call in February 2026?", ["Lapas Kelas IIA Bengkulu"], []),
    ("'List the ... numbers' asks for the things the report numbers, not the unit",
     "List the TPS numbers inside Lapas Palopo for the 2019 election.", ["13"], []),
    ("'what were the numbers of ...' is answered by the numbers, every one",
     "What were the numbers of the polling stations inside Palopo prison in 2019?", ["04", "13"], []),
    ("the topic of a message is the phrase after 'soal'",
     "Kadivmin Jateng berpesan tentang apa saat apel pagi di Lapas Kendal?", ["Zona Integritas"], []),
    ("every sanction the sentence names, not the items seized",
     "What sanctions await Lapas Mojokerto inmates caught with knives or phones?", ["teguran", "disiplin"], ["gunting"]),
    ("the holidays a remission marked, both of them",
     "What holidays did the Tabanan prison remissions of March 2025 mark?", ["Nyepi", "Idul Fitri"], []),
    ("names a person goes by ('alias') are one person; the first name is theirs",
     "Sebutkan dua napi terorisme Lapas Kediri yang tidak mencoblos pada Pilpres 2014", ["Yani", "Burhanudin"],
     ["Toni Harun**"]),
    ("two counts a sentence gives for the groups compared decide a yes/no",
     "Did fewer Hindu inmates than Muslim ones get the March 2025 remission at Lapas Tabanan?", ["No", "104"], []),
    ("a reason added by the next sentence ('Selain itu, ...') is part of the answer",
     "Kenapa sebagian penghuni Lapas Kedungpane tidak punya hak pilih di Pilkada 2018?", ["Jawa Tengah", "KTP"], []),
    ("one thing asked by what it could do is the sentence that says so, not the list seized",
     "Barang apa di Lapas Bekasi yang bisa dipakai menjebol tembok?", ["palu"], []),
    ("a reason the question sets aside ('selain ...') is not the one asked",
     "Selain menjaga lapas bersih dari barang terlarang, apa alasan lain razia Lapas Padang Mei 2024?", ["ganja"], []),
]


ROUND7_READING = [
    ("a weekday with a time of day ('Kamis malam (23/2)') dates the act",
     "Kapan Rutan Situbondo menggelar sidak bersama TNI dan Polri?", ["23 Februari"], []),
    ("the one standing in for the post the question names, not for another",
     "Who represented the Kodim commander at the Rutan Sanggau neutrality declaration?", ["Dulloh"], ["Sumardai"]),
    ("every decree number the sentence cites, when numbers are asked",
     "Which decree numbers did the Tanjung Balai Asahan Christmas 2023 remissions follow?", ["2134", "2133", "2136"], []),
    ("'ada berapa orang' counts the inmates a count names ('250 warga binaan ... DPTb')",
     "Yang masuk DPTb di Lapas Lubuklinggau ada berapa orang?", ["250"], ["888"]),
    ("'drug-case inmates' counts inmates, the whole tested, not the one found positive",
     "How many drug-case inmates at Rutan Solo were urine-tested?", ["173"], []),
    ("two provinces of one island written once ('East and North Kalimantan') are both asked",
     "Why did inmates in East and North Kalimantan get remission in August 2019?", ["patuh"], []),
    ("a police officer asked by his body, with a section abbreviation ('Kabag Bin Ops') in his post",
     "Which police narcotics officer explained the Rutan Solo urine test results?", ["Djoko"], ["**Bin**"]),
    ("a visitor ('pengunjung') is no official visit", "Ke polsek mana pengunjung Rutan Pekanbaru yang membawa sabu diserahkan?",
     ["Tenayan Raya"], []),
    ("what took place right after an event: the sentence that opens with it",
     "What happened after the Banyuasin prison's Nataru roll call in December 2025?", ["musnah"], []),
    ("'which outside officials' asks for the people, every one the sentence names",
     "Which outside officials witnessed the Rutan Sanggau neutrality declaration?", ["Supianto", "Dulloh", "Sumardai"],
     []),
]


ROUND8_READING = [
    ("staff named before what they are, who did the act asked ('Lukman, staf ... yang mendampingi')",
     "Staf rutan mana yang mendampingi para warga binaan Rutan Makassar saat wajib lapor ke Bapas?", ["Lukman"],
     ["Jayadikusumah"]),
    ("a resident named before what he is ('Edi, warga yang tinggal ...')",
     "Siapa warga sekitar yang melihat tahanan Rutan Krui melompat dari pos pengamanan?", ["Edi"], []),
    ("an outside commission is part of its chair's post ('Ketua Komnas HAM Nurkholis')",
     "Siapa Ketua Komnas HAM yang ikut sidak malam ke Lapas Paledang?", ["Nurkholis"], ["**Komnas**"]),
    ("the team chair of a parliament commission named after his post",
     "Who chaired the Commission III team that toured Lapas Palu in March 2016?", ["Supratman"], []),
    ("a total asked is the whole the sentence adds up, not its first part",
     "Berapa total penghuni Lapas Paledang Bogor menurut data lapas saat sidak Menkumham?", ["1.039"], ["**237"]),
    ("a part the question names by its own noun is what is asked, not the whole",
     ("How many detainees, as opposed to convicts, did Rutan Makassar hold on the day the ten freed inmates "
      "reported to Bapas?"), ["1.921"], ["**2.260"]),
    ("'yang menghuni' is answered by the count the report gives with 'dihuni'",
     "Ada berapa napi yang menghuni Lapas Muaro Sijunjung waktu 12 napi kabur?", ["309"], []),
    ("the spot inside the area where someone was found ('sebuah pondok di kawasan Desa Lemo')",
     "Where was the runaway juvenile from Lapas Muara Teweh hiding when police caught him?", ["pondok", "Lemo"], []),
    ("which side of a thing the question names ('tembok bagian samping')",
     "Napi Lapas Sarolangun kabur lewat tembok bagian mana?", ["samping"], []),
    ("the day the act happened, not the day it was told of",
     "Kapan panen raya lele di Lapas Sukamiskin dilaksanakan?", ["24 April"], ["26 April"]),
    ("the group one sentence names for the act asked, every name",
     "Siapa saja napi Muaro Sijunjung yang sudah tertangkap lagi?", ["Danil", "Ardianto", "Juanedi"], ["Bendri"]),
    ("who tipped someone off: where the report says the information came from",
     "Siapa yang memberi tahu polisi soal tempat persembunyian NH?", ["orang tua"], []),
    ("places visited one after another, listed after a verb of going",
     ("Sebutkan lokasi yang dikunjungi rombongan Ombudsman dan Komisi II DPR setelah melihat blok terpidana "
      "mati di Lapas Porong."), ["tahu", "dapur", "poliklinik"], []),
    ("an aim named as such ('punya dua sasaran: ...')",
     "Apa tujuan DPRD Kukar sidak ke Lapas Tenggarong?", ["kapasitas", "sarana"], []),
    ("how it was done: the clause after 'dengan' in the sentence with the act",
     "Bagaimana cara dua napi Lapas Banceuy meloloskan diri?", ["menyapu"], []),
    ("two counts asked come from the report that gives both for the unit, not a rough one and another count",
     "Berapa daya tampung Lapas Samarinda dan berapa jumlah penghuninya?", ["217", "922"], ["10.479"]),
    ("a cause whose own clause is the act asked explains something else ('bebas lantaran menerima RK II')",
     "Kenapa para napi Rutan Pontianak bisa memperoleh remisi Natal 2022?", ["berkelakuan baik"], ["Remisi Khusus II"]),
    ("things that can be made from a material the question names are products, not the material",
     "Which souvenirs can be made from nipa palm sticks, according to the LPKA Pangkalpinang training?", ["tas", "lampu"],
     []),
]


ROUND9_READING = [
    ("a count asked of those the act did not reach is the count whose clause denies it",
     "Berapa warga binaan Nasrani Lapas Tarakan yang tidak mendapat remisi Natal 2023?", ["32"], ["**97"]),
    ("what the counted are called ('yang disebut menjadi dasar') is no act the report must repeat",
     "Berapa regulasi yang disebut sebagai dasar netralitas ASN di berita Lapas Banyuwangi?", ["3"], []),
    ("what a thing is for ('berfungsi mencegah ...')",
     "Apa fungsi deteksi dini menurut Kadivpas Banten saat apel di Lapas Cilegon?", ["mencegah"], []),
    ("the side a report names, when which side is asked",
     "Dari sisi mana paket pil dilempar ke Lapas Tulungagung?", ["utara"], []),
    ("'di TPS mana' asks the polling station, a place",
     "Di TPS mana tiga napi teroris Lapas Malang mencoblos pada Pilkada 2024?", ["905"], []),
    ("a polling station is part of its KPPS chair's post",
     "Siapa ketua KPPS TPS 901 di Lapas Malang saat Pilkada 2024?", ["Faishol"], []),
]


ROUND10_READING = [
    ("from whom something came: the one after 'dari tangan', not the receiver the question names",
     "Dari siapa Kakanwil Jateng Tejo Harwanto menerima piagam WBK?", ["Yasonna"], ["**Tejo"]),
    ("an Inspector General's post runs to the comma; a name may open with an ordinary word ('Pria')",
     ("Who personally handed the awards over when the first-half 2024 review meeting of South Sumatra's regional "
      "office opened?"), ["Wibawa"], []),
    ("'Kemenag' in a post is the 'Kementerian Agama' the question names",
     "Siapa pejabat Kementerian Agama yang meneken MoU pembinaan rohani dengan Lapas Tanjungbalai Asahan?",
     ["Sofian"], []),
    ("the meaning of a name is asked, not a person, though 'nama' opens the question",
     "Nama pura di Lapas Luwuk itu artinya apa?", ["persahabatan"], []),
    ("the residents of a block are people ('162 penghuni blok'), evacuated by any word for it",
     "Berapa penghuni yang diungsikan ketika Lapas Kupang terbakar?", ["162"], []),
    ("a part of a stated whole ('empat dari delapan kamar') is what the act befell",
     "Berapa kamar hunian Lapas Talu yang dindingnya retak karena gempa?", ["empat"], ["delapan"]),
    ("a place the question sets aside ('selain di LPKA') is not the answer",
     "Selain di LPKA, di mana anak binaan LPKA Medan ikut ujian Paket C?", ["Binus"], []),
    ("a bracketed day after 'siang hari ini' dates the act",
     "Kapan sertijab serentak 18 kepala UPT di Kanwil Kemenkumham Jatim digelar?", ["17 Januari"], []),
    ("a sentence opening with 'Dengan begitu' states an effect, not the cause asked; 'all at once' is 'bersamaan'",
     "Why did the East Java regional office hold the handover for the 18 new UPT heads all at once?",
     ["efisien"], []),
    ("'reporting' is 'lapor': what the reporting mechanism lets the office do",
     "According to the head of Bapas Jambi, what does the reporting mechanism let the office do?",
     ["intervensi"], []),
    ("'what did they seize' lists what the act took; a list of things asked by an act",
     "Apa saja barang bukti yang dimusnahkan Kejari Bandung di Rupbasan?", ["ganja"], []),
    ("every name of a list whose items each carry a 'yang' clause",
     "Siapa saja napi yang terluka dalam bentrokan di Lapas Pemuda Tangerang?", ["Alek", "Ace", "Renhard"], []),
    ("'Pembimbing Kemasyarakatan' is the probation officer asked",
     "Which probation officer of Bapas Magelang did the litmas at LPKA Kutoarjo?", ["Yunus"], ["Rini"]),
]


ROUND12_READING = [
    ("what was used for the act asked ('menyalakan sikat gigi plastik memakai korek api ... untuk membakar plafon')",
     "What did the detainee who escaped from Rutan Bangil use to burn the cell ceiling?", ["korek"], []),
    ("'SK' is the 'surat keputusan' a report spells out",
     "Siapa saja yang menyerahkan SK remisi kepada warga binaan Rutan Sungai Penuh pada HUT RI 2020?",
     ["Taher", "Alpian"], []),
    ("an estimate asked is answered by the estimate ('sekitar 50 orang'), not an exact count of another act",
     "Kira-kira berapa napi yang kabur dari Lapas Jambi menurut Kakanwil Jambi?", ["50"], []),
    ("to receive says little: what was received names the act asked",
     "Berapa pegawai Lapas Muara Bulian yang menerima penyematan tanda kesiapsiagaan?", ["2"], []),
]


ROUND11_READING = [
    ("'officially' does not take the sense of 'inaugurated' from it",
     "When was the Cempaka primary clinic at Lapas Perempuan Pangkalpinang officially inaugurated?", ["27"], []),
    ("a city asked is the town of the act, written without 'Kota'; said-at venues are not it",
     "Di kota mana sipir Lapas Pamekasan itu diringkus?", ["Surabaya"], ["Lapas"]),
    ("the name of a team is a thing asked, not a person",
     "What is the name of the team that watches for drugs inside Baubau prison?", ["Patnal"], []),
    ("an acronym the report spells out ('TC' = Therapeutic Community) is no missing name",
     "Apa saja isi metode TC di Lapas Banjarbaru?", ["diskusi"], []),
    ("'Dari 30 WBP ..., sebanyak 10 orang di antaranya': the part, not the whole",
     "How many of the drug-case inmates at Kalianda prison tested positive in the raid?", ["10"], ["**30"]),
    ("an officer named by initials is no inmate",
     "Which drug convict got out of Rutan Cipinang with a female officer's help?", ["Said"], []),
    ("examples after 'misalnya' are the items asked",
     "What documents must visitors bring to Lapas Suliki during the 2025 Lebaran visits?", ["SIM", "KK"], []),
]


ROUND13_READING = [
    ("'how much state money ... save' asks money, not the remission's days",
     "How much state money did East Java expect to save from the 2024 Lebaran remissions?", ["9,8"], ["hari"]),
    ("'how much was each' asks a price, not how many were bought",
     "How much was each of the carved tables the governor bought at the Merauke prison stall?", ["4 juta"], ["**dua"]),
    ("a total asked 'dijumlahkan' is the count the report breaks into parts that add up to it",
     "Ada berapa seluruh umat Buddha di Lapas Pematangsiantar kalau narapidana dan tahanan dijumlahkan?",
     ["15"], ["**13"]),
    ("advice ('perlu ... untuk menjaga') is no reason for the raid; 'sebagai tindak lanjut atas' is",
     "Apa alasan BNNP dan Kanwil Kemenkumham Maluku menggeledah Rutan Ambon pada April 2021?", ["Tomatala"], []),
    ("'chaired the <place> election commission' asks the KPU chair, a person",
     "Who chaired the Magetan election commission during the 2014 presidential vote?", ["Hendrad"], ["**KPU**"]),
    ("a regent is a 'kepala daerah'",
     "Kepala daerah siapa yang membuka Festival Multatuli 2023 di Lebak?", ["Iti Octavia"], []),
    ("a name with run-together initials ('M.Z. Muttaqien') in a photo caption; BNNP asked in English",
     "Who headed Maluku's provincial narcotics agency at the time of the Rutan Ambon raid?", ["Muttaqien"], ["Nurka"]),
    ("a place made precise after 'tepatnya'",
     "Di mana persisnya HP yang disita saat razia kamar Rutan Ponorogo 11 April disembunyikan?", ["bantal"], []),
    ("'where does it get X' is answered by the place after 'dari'",
     "Where is the wood for the Rutan Kotabumi podiums ordered from?", ["Jepara"], []),
    ("when something opened is the first day of its span ('mulai 15 hingga 18 Juni')",
     "When did the 2023 Multatuli Festival in Lebak open?", ["15"], ["18"]),
    ("bodies asked about a unit the chat question names in lower case",
     "instansi mana aja yg ikut ngerazia rutan ambon?", ["Kemenkumham", "BNN"], ["artikel"]),
    ("'TPS nomor berapa' asks the polling stations' numbers, not a document's",
     "Lapas Padang punya TPS nomor berapa saja di Pemilu 2019?", ["13", "14"], []),
    ("'hak pilihnya' is the phrase 'hak pilih'; a place between commas does not end the count's clause",
     "Berapa napi Rutan Magetan yang menyalurkan hak pilihnya dalam Pilpres 2014?", ["107"], ["**19"]),
    ("a feast named with its year picks the report of that year",
     "Siapa Kakanwil Kemenkumham Jatim saat remisi Idul Fitri 2024?", ["Heni"], []),
    ("a comma parts a unit's name from a minister's post",
     "Saat remisi Idul Fitri 1446 di Rutan Banjarnegara, Menteri Imipas memimpin acara dari lapas mana?",
     ["Cibinong"], []),
]


ROUND14_READING = [
    ("a span of months ('Februari sampai Juli 2023') is one period, not its first month",
     "Berapa kali Lapas Kelas I Madiun menggeledah kamar hunian dari Februari sampai Juli 2023?", ["24"], []),
    ("the date of a cited letter ('Nomor: ... tanggal 02 Mei 2023') dates no event",
     "On which day did Rutan Kota Agung hold its zero-halinar declaration roll call?", ["15"], ["2 May"]),
    ("'apa yang melatarbelakangi' asks why; 'sebagai jawaban atas' gives it",
     "Apa yang melatarbelakangi deklarasi Zero Halinar di Rutan Kota Agung?", ["pengaduan"], []),
    ("why one may get a remission is the condition it is given on ('diberikan apabila ...')",
     "Menurut Kalapas Tabanan, mengapa warga binaan bisa mendapat remisi?", ["tata tertib"], []),
    ("'nari' in chat is 'menari'",
     "Kakanwil DKI nyontohin WBP perempuan rutan mana yg nari di depan presiden?", ["Pondok Bambu"], []),
    ("'berapa orang PK': an acronym after the counter is what is counted",
     "Ada berapa orang PK di Bapas Palembang?", ["73"], ["4.476"]),
]


ROUND15_READING = [
    ("'dicek urinenya' is the urine check a report calls 'pemeriksaan urine'",
     "Berapa pegawai Lapas Kalabahi yang dicek urinenya sebelum kamar digeledah?", ["20"], []),
    ("'memakai hak suara' is voting; 'beneran' and 'akhirnya' say nothing of the act",
     "jadi total berapa pemilih yg beneran milih di TPS 15 Lapas Samarinda?", ["188"], []),
    ("'chaired the <province> election watchdog' asks the Bawaslu chair",
     "Who chaired the Banten election watchdog during the foreign observers' visit to Rutan Serang?",
     ["Didih"], ["Rudi"]),
    ("'anggota komisi pemilihan' is a KPU commissioner",
     "Siapa anggota komisi pemilihan Ngawi yang menjelaskan kenapa napi tak bisa memilih pada 2019?",
     ["Sasthaputra"], []),
    ("a hiding place after 'ditaruh'",
     "Where did the Batam detainee who tested positive keep his bong and pipette?", ["rak pakaian"], []),
    ("'which prison ... moved to' asks the destination, not a list of reports",
     "Which prison could those owning the Lapas Pemuda Tangerang contraband be sent to as a sanction?",
     ["Cilegon"], []),
    ("advice further back ('meminta ... agar') is not the aim of the event asked",
     "Why did Lapas Nyomplong say the pledge and neutrality briefing for its staff mattered?",
     ["politik praktis"], []),
]


#: Round 16 (batches 222-225), each mechanism asked in other words than the batch's.
ROUND16_READING = [
    ("chat '2x' is 'dua kali'",
     "napi LP Tulungagung yg udah 2x ngamuk dan rusak fasilitas namanya siapa?", ["Ibrahim"], []),
    ("a part of a breakdown named by the kind asked, not the total of another sentence",
     "Berapa WBP Lapas Siborongborong yang keluar lewat pembebasan bersyarat pada November 2022?", ["52"], ["59"]),
    ("a verb after a count ('142 orang keluar') is no unit of it",
     "Berapa orang penghuni Rutan Kraksaan yang keluar lewat program asimilasi rumah sepanjang 2022?", ["142"], ["379"]),
    ("'seorang napi' after 'setelah' in a rule counts no one",
     "How many inmates did Rutan Kuala Kapuas release on parole in September 2023?", ["4"], ["seorang"]),
    ("'still locked up' asks the occupancy ('ditempati 437 orang')",
     "How many people are still locked up at Rutan Kraksaan now?", ["437"], ["379"]),
    ("'ikut tes' is taking part in the test the report calls VCT",
     "Berapa warga binaan Lapas Cikarang yang ikut tes VCT pada November 2022?", ["100"], []),
    ("'kehilangan nyawa' is dying; 'Jawa Pos Group' is no person",
     "Who was the inmate killed in the Permisan prison clash on Nusakambangan?", ["Tumbur"], ["Pos"]),
    ("'Sekolah Menengah' is part of a post, not a name",
     "Siapa Kepala Bidang Sekolah Menengah Disdik Bangka yang bicara soal UN Paket C di LP Bukit Semut?",
     ["Rafizi"], ["Menengah**"]),
    ("'examined' is the test ('ujian') a teacher led",
     "Who examined the Makassar prison inmates on their Juz 30 memorisation?", ["Gafur"], ["Robianto"]),
    ("two items an opening word announces, parted by 'dan'",
     "What files did the Bapas Nusakambangan probation officers prepare for the new parole client?",
     ["kartu bimbingan", "kontrak bimbingan"], []),
    ("a noun announces its items past a relative clause and a speech tag",
     "Sebutkan persyaratan pembebasan bersyarat yang disebut Kalapas Siborongborong", ["dua pertiga", "kelakuan baik"],
     ["remisi, asimilasi"]),
    ("'LP Kelas II Blitar' is a prison; the unit asked about is not its own destination",
     "Ke LP mana saja enam provokator kerusuhan Lapas Tulungagung dipindahkan?", ["Blitar", "Kediri", "Malang"],
     ["Tulungagung"]),
    ("graduates asked by what they did are named, all of them",
     "Siapa saja wisudawan Kampus Kehidupan dari Lapas Pemuda Tangerang yang lulus cumlaude?",
     ["Sesario", "Dede", "Antonius"], ["Hutapea"]),
    ("'sehingga keseluruhannya berjumlah' adds up; it gives no reason",
     "Apa alasan Lapas Jailolo membebaskan 17 napi secara bersyarat pada April 2020?", ["corona"], ["Gelombang"]),
    ("a way besides the one asked ('daring ataupun dengan datang langsung') answers 'only' with no",
     "Apakah klien PB dari Rutan Kuala Kapuas hanya boleh wajib lapor dengan datang langsung ke Bapas?",
     ["Tidak", "daring"], []),
    ("a graduation is no roll call, though a ceremony",
     "How many UNIS students graduated in total at the ICE BSD ceremony with the Tangerang inmates?", ["1248"], []),
]


#: Round 17 (batches 226-229), each mechanism asked in other words than the batch's.
ROUND17_READING = [
    ("a cut written 'remisi 3 (tiga) bulan' is the cut asked as 'tiga bulan'",
     "Berapa warga binaan Lapas Tabanan yang dapat potongan tiga bulan saat remisi HUT RI 2021?", ["32"], ["101"]),
    ("the rule a sanction follows ('sanksi sesuai Permenkumham No.6 ...') is not the sanction",
     "What sanction did Lapas Banyuwangi impose on inmates AF and HP?", ["penghapusan remisi", "6"], []),
    ("chat 'temennya' and 'nyolong'", "anak LPKA Palu yg kabur itu nyolong bareng brp temennya?", ["3"], []),
    ("'which two <unit> staff' asks people, not units; 'relieved of duty' is 'dibebastugaskan'",
     "Which two Ternate prison staff were relieved of duty after the escape?", ["Sofyan"], []),
]


#: Round 17's reports, read again after the fixes of the thirty-fifth session.
ROUND17_LATER = [
    ("'Ia beralasan ...' gives the reason a person gave",
     "Apa alasan ibu rumah tangga itu menolak tasnya diperiksa di Rutan Medan?", ["petugas lain"], []),
    ("a purpose after a directive ('arahan ... supaya') is what was urged, not why the visit was",
     "Kenapa Kanwil Ditjenpas Kalteng turun melakukan monev ke Bapas Sampit?", ["administrasi"], ["integritas"]),
    ("things counted one by one with a classifier are the items found",
     "What did officers find in the visitor's bag at Rutan Medan?", ["powerbank", "charger"], []),
    ("'berapa orang' asks a head count even when a budget is named",
     "Dana rehabilitasi yang disebut Yasonna hanya cukup untuk berapa orang?", ["60"], []),
]


#: Round 18 (batches 230-233), each mechanism asked in other words than the batch's.
ROUND18_READING = [
    ("a group's head by 'Pimpinan' before a comma and the name ('Pimpinan Sanggar Kesenian Darak Badarak, Ribut')",
     "Who leads the Pariaman arts group that staged gandang tabuah with Lapas Padang inmates?", ["Ribut"], ["Darak Badarak**"]),
    ("a field asked by its noun ('lapangan apa') over the unit it is in",
     "Di lapangan apa pembukaan Porsenap Lapas Way Kanan 2022 diadakan?", ["Mini Soccer"], []),
    ("a successor is the one named after 'digantikan oleh'", "Siapa pengganti Hensah di Rutan Pakjo?",
     ["Mardan"], ["Hensah"]),
    ("a successor is the one named after 'Posisi itu sekarang dipegang'",
     "Who took over from Agus Saryono as head of the East Kalimantan regional office?", ["Yudi"], ["Agus"]),
    ("a witness is the one named after 'disaksikan'; an inspector general keeps his whole name",
     "Siapa yang menyaksikan serah terima jabatan Kakanwil Kemenkumham Sulteng di Palu?", ["Aidir Amin Daud"], []),
    ("initials set off by a comma ('RM. Dwi Arnanto') do not end the sentence",
     "Who heads Bapas Gorontalo?", ["Arnanto"], []),
    ("the head of a UPT that is a Rutan is the Rutan's head",
     "Who is the head of the Sidikalang detention centre?", ["Japaham"], []),
    ("where someone was moved is the unit of the new post", "Ibnu Chuldun dimutasi ke mana?", ["Jawa Barat"], []),
    ("'satu shift' is what the question counts in, not a count it asks",
     "Berapa petugas jaga dalam satu shift di Lapas Lowokwaru Malang?", ["13"], ["tiga"]),
    ("a hyphened phrase with a number is its words ('first-100-days')",
     "Who listed the new Tangerang block among his first-100-days priorities?", ["Tejo"], []),
    ("'menandatangani' is 'diteken'", "Berapa kelompok Pokmas Lipas yang menandatangani PKS dengan Bapas Manado?",
     ["14"], []),
    ("'hari apa' of something that recurs is the weekday after 'setiap'",
     "Klien anak Bapas Manokwari wajib lapor hari apa?", ["Jumat"], []),
    ("a question that says how many units it asks lists that many, in digits or roman classes",
     "During the Banten rotation of December 2021, officials of which two Tangerang prisons were rotated?",
     ["Kelas I Tangerang", "IIA"], []),
]


#: Round 19 (batches 234-237), each mechanism asked in other words than the batch's.
ROUND19_READING = [
    ("a count whose own clause gives the cut asked ('9 orang mendapat ... 1 bulan, 2 orang ... 1 bulan 15 hari')",
     "Berapa WBP Rutan Karimun yang dapat remisi Natal satu bulan?", ["9"], ["13"]),
    ("a one-month cut read from a list line ('1 bulan: 37 orang')",
     "How many Bintuni detainees got a one-month Eid cut in 2025?", ["37"], []),
    ("a post after the name ('yang saat ini menjabat Pelaksana Tugas (Plh) Kepala Lapas Bandanaira')",
     "Siapa Plh Kalapas Bandanaira waktu razia Januari?", ["Amier"], []),
    ("'per tanggal berapa' asks a date, though a count is named",
     "Per tanggal berapa data penghuni lapas Jateng dalam berita remisi Natal 2023?", ["20 Desember"], []),
    ("screened for alcohol is a urine test, not a health service",
     "How many Karangasem prison guards screened positive for alcohol?", ["6"], []),
    ("kinds of people asked are no people ('which categories of inmates'), 'excluded' as 'tidak kebagian'",
     "Which categories of inmates in Lapas Cirebon were excluded from the 2021 Eid remission?",
     ["mati", "seumur hidup"], []),
    ("'areas' are 'lokasi'; the items after 'yakni'",
     "What areas did officers search at Lapas Bandanaira in January 2026?", ["dapur", "ibadah"], []),
    ("a list closed by 'maupun', the object of the asked act ('melarang pengunjung membawa termos, ...')",
     "Apa saja yang dilarang dibawa pengunjung Lapas Lubuklinggau saat Lebaran 2019?", ["termos", "senjata tajam"], []),
    ("a commitment written as 'janji'",
     "What commitments does the integrity pact signed at Lapas Kayu Agung contain?", ["netral", "integritas"], []),
    ("'steer clear of' as 'menghindari', its objects listed",
     "Which social media behaviour must Rutan Bengkulu staff steer clear of before the 2024 election?",
     ["foto", "atribut"], []),
    ("'paling banyak ... boleh' asks a rule's bound, not the largest of several counts",
     "Paling banyak berapa anggota keluarga yang boleh menjenguk satu napi Lapas Padang saat Lebaran 2025?",
     ["lima"], []),
]


#: Rows on the reports of round 20 (x1051-x1070), asked in other words than its batches.
ROUND20_READING = [
    ("a class written without 'Kelas' ('Kepala Lapas IIA Serang'), the province asked where its town lies",
     "Who was the head of the Serang, Banten prison when its inmates voted at TPS 901 in 2024?", ["Fajar"], []),
    ("a religion in a section's name ('Kepala Seksi Bimbingan Masyarakat Islam Kemenag Kobar')",
     "Siapa pejabat Kemenag Kobar yang menanggapi MoU Lapas Pangkalan Bun dengan dua yayasan?", ["Subiono"], ["Islam**"]),
    ("the side of an agreement asked ('on behalf of PSDKU Undip') picks that body's signatory",
     "Who signed the Lapas Batang agreement on behalf of PSDKU Undip?", ["Redyanto"], ["Rindra", "Undip Dr"]),
    ("a date written 28/2/2025 in a report that names no month",
     "Tanggal berapa apel siaga jelang Ramadan di Rutan Baturaja tahun 2025?", ["28 Februari"], []),
    ("the name a thing was given ('yang diberi nama e-paspay')",
     "What is the e-wallet for inmates' pay at Lapas Batam called?", ["e-paspay"], []),
    ("an aim named as such ('bertujuan agar') over why something had not happened yet ('belum didirikan ... karena')",
     "Why did Lapas Mataram set up six polling stations for the 2019 election?", ["cepat"], ["menunggu"]),
    ("the bodies of the kind asked ('yayasan apa aja'), not a sentence naming more bodies of other kinds",
     "Which foundations did Lapas Pangkalan Bun sign agreements with?", ["Salibur", "Evangelical"], []),
    ("points told by their ordinals ('Butir pertama berisi ...', 'sedangkan butir ketiga ...')",
     "Sebutkan butir deklarasi apel siaga Lapas Semarang jelang Nataru 2021.", ["NKRI", "toleransi"], []),
    ("a place asked within a region ('di mana di Jakarta') is no filter on the report's province",
     "Di mana di Jakarta IPPA Fest 2025 tempat Lapas Lombok Barat memamerkan batik Gembok digelar?", ["Banteng"], []),
    ("the object of the asked verb written with '-i' where chat writes '-in' ('ngejalanin' = 'menjalani')",
     "Kalapas Pekanbaru minta petugas ngawasin napi yang lagi ngejalanin apa pas Nataru 2025?", ["cuti bersyarat"], []),
    ("the subject of the predicate asked ('apa yang menjadi syarat utama' of 'KTP merupakan persyaratan utama')",
     "Apa yang menjadi syarat utama anak binaan LPKA Tanjung Pati untuk bisa mencoblos di Pilkada 2024?", ["KTP"], []),
    ("a post linked after a staff apposition ('petugas Lapas ... yang dipercaya menjadi Ketua KPPS')",
     "Siapa ketua KPPS di TPS 17 Lapas Mataram pada Pemilu 2019?", ["Setiadin"], []),
    ("an inmate asked first and named at the end ('Napi ... itu siapa namanya?')",
     "Napi asal Malaysia yang bekerja di dapur roti Lapas Batam itu siapa namanya?", ["Alok"], ["Heri"]),
    ("every witness listed after 'disaksikan oleh', posts the reader does not know ('Chairperson of ...')",
     "Who witnessed the signing of the LPKA Muara Bulian MoU with Karunia Global School?", ["Imelda", "Lius"], []),
    ("an aim the reason only points to, named by the next sentence ('Salah satu tujuan itu ialah ...')",
     "Apa tujuan Kanwil Lampung menggelar Correctional Fair 2019?", ["reintegrasi"], []),
    ("a venue made a sentence's subject ('Halaman Rumah Tahanan Negara (Rutan) Kelas IIA Padang terlihat ...')",
     "Di mana Kanwil Ditjenpas Sumbar menggelar apel siaga Natal 2025?", ["Rutan", "Padang"], []),
    ("what an event was filled with ('diisi' as 'diwarnai tausiah dan dzikir')",
     "Penandatanganan MoU Lapas Pangkalan Bun dengan dua yayasan diisi dengan kegiatan apa?", ["tausiah", "dzikir"], []),
    ("lines set off by en dashes after 'tiga penekanan berikut:', the count asked announcing them",
     "What were the three emphases the West Sumatra Kanwil head listed at the Rutan Padang roll call?",
     ["SOP", "Humanis"], []),
]


#: Rows on the reports of round 21 (x1071-x1090), asked in other words than its batches.
ROUND21_READING = [
    ("a prison's qualifier before its town ('Lapas Pemuda Madiun')",
     "Dari lapas mana saja 61 napi high risk yang dipindah ke Nusakambangan Februari 2026?", ["Pemuda Madiun", "Pamekasan"], []),
    ("a police rank spelt out with its short form in brackets ('Komisaris Besar (Kombes) Endi Sutendi'), 'Kapolrestabes'",
     "Siapa Kapolrestabes Makassar yang membenarkan tiga napi kabur dari Lapas Makassar pada 2017?", ["Sutendi"],
     ["( Kombes )"]),
    ("chat's 'ke-' passive ('ketangkap' = 'tertangkap')",
     "Di mana dua anak binaan LPKA Mamuju yang kabur itu ketangkap?", ["Majene"], []),
    ("a whole asked 'in all', counting the batch the question names as its part",
     "How many high-risk inmates had been moved to Nusakambangan in all, counting the February 2026 batch of 61?",
     ["1.948"], []),
    ("'how crowded' asks an occupancy told as a share",
     "How crowded were Bangka Belitung's prisons when 60 inmates were sent to Nusakambangan in 2025?", ["127"], []),
    ("a post pointing back to the unit before its holder ('Kepala Rutan tersebut, Henri ...')",
     "Who headed Rutan Tarutung at Christmas 2019?", ["Henri"], []),
    ("the act done another way than asked ('keluar melalui plafon kamar mandi' for 'memanjat tembok')",
     "Apakah dua anak LPKA Mamuju kabur dengan cara memanjat tembok?", ["Tidak", "plafon"], []),
    ("a police station asked by its noun ('ke polsek mana') is a place; 'Polsekta' is a polsek",
     "Ke polsek mana Ne dan Sr diserahkan setelah ketahuan bawa sabu ke Lapas Tanjung Gusta?", ["Helvetia"], []),
]


#: Round 22's classes (x1091-x1110), each asked in other words than its batch's question.
ROUND22_READING = [
    ("a numbered deputy ('Wakil Ketua II DPRD, Acep Tion'), the post asked with the name",
     "Who headed the Barito Utara council delegation to the Muara Teweh prison, and what is his position?",
     ["Acep", "Wakil Ketua II"], []),
    ("a trade with its praise before the name ('hair stylist profesional, Arkam Zulfikar')",
     "Which hair stylist trained the Makassar detention centre's inmates in barbering?", ["Arkam"], []),
    ("a general practitioner of a prison clinic ('Dokter Umum Klinik Pratama Lapas Semarang, dr. Dhewi')",
     "Siapa dokter klinik Lapas Semarang yang menjelaskan penyakit tiga WBP yang dirujuk?", ["Dhewi"], []),
    ("an auditor named by title and one name ('Auditor Madya ... Dr. Gurning')",
     "Siapa auditor Itjen yang hadir di desk evaluasi WBBM Lapas Malang?", ["Gurning"], []),
    ("'the deputy chair' is a deputy's post, not the chair's",
     "Who is the deputy chair of Commission III who called Pekanbaru's prison the most crowded?", ["Benny"], []),
    ("an acting head stands in for the head ('Plh Kepala Rutan ..., Aris Setiawan'); 'the facility'",
     "Who represented the head of the facility when Commission XIII met Salemba detention centre?", ["Aris"], []),
    ("a date line of month and year ('Agustus 2022') dates the report's yearless days ('Senin-Selasa (8-9/8)')",
     "What score did Lapas Kelas I Malang get in the August 2022 WBBM desk evaluation?", ["92,43"], []),
    ("a whole by its own word ('Dari total 387 warga binaan yang ada, sebanyak 205 orang ...')",
     "Berapa WBP Rutan Situbondo yang ikut skrining TBC dan HIV?", ["205"], ["387"]),
    ("what a report says an act followed from ('merupakan imbas dari ...')",
     "Why did the minister make a night inspection of Porong prison in July 2018?", ["Sukamiskin"], []),
    ("what is done with a thing ('kami salurkan ke dapur')",
     "What happens to the kangkung harvested at Lapas Banjarbaru?", ["dapur"], []),
    ("the unit visited, not a room inside it",
     "Where did director Adhayani Lubis go to check services before Eid 2025?", ["Balige"], []),
    ("a part of the body ('di bagian regio occipital dan toraks anterior')",
     "Which part of his body had the tumour in the Arga Makmur inmate sent to hospital in January 2026?",
     ["occipital"], []),
    ("a stretch of days opening its sentence is said of the clause after its comma",
     "Berapa hari peserta pelatihan otomotif Lapas Bondowoso belajar teori?", ["lima hari"], []),
    ("'menyuruh' is 'memerintahkan'",
     "Tim apa saja yang disuruh dibentuk Kalapas Pematangsiantar untuk bulan Ramadan?", ["tarawih", "dapur"], []),
    ("a person word hyphened to a thing ('inmate-made goods') asks for things",
     "Which inmate-made products did Rutan Medan sell at its stall for Correctional Service Day 2022?",
     ["lampion", "asbak"], []),
]


#: Round 23's classes (x1111-x1130), each asked in other words than its batch's question.
ROUND23_READING = [
    ("a regency the question names holds the unit's town though the report never names it",
     "Berapa WBP Rutan Tanjung Redeb, Berau, yang menerima PB dan CB pada November 2025?", ["26"], []),
    ("a weekday's full date written with dashes ('Minggu (15-12-2019)')",
     "When did the head of Rutan Kotaagung talk about the surprise room raid?", ["15", "December"], []),
    ("a section named by its short form ('Kepala Seksi Kamtibmas Lapas Merauke, Bekti Utomo'), not a person",
     "Siapa Kepala Seksi Kamtibmas Lapas Merauke yang menjelaskan soal pembebasan bersyarat?", ["Bekti"], []),
    ("a post's place after its head word ('division head at the Jakarta regional office')",
     "Who was the corrections division head at the Jakarta office in August 2017?", ["Arpan"], []),
    ("a region asked of a unit, from a sentence the question's words did not pick",
     "Di kabupaten mana Lapas Lhoksukon berada?", ["Aceh Utara"], []),
    ("the year a prison was founded ('berdiri sejak tahun 1948')",
     "In what year was Lapas Balikpapan established?", ["1948"], []),
    ("where someone must report, up to 'sampai'",
     "Where do parolees from Rutan Tanjung Redeb have to report?", ["Balai Pemasyarakatan"], ["sampai seluruh"]),
    ("two regulations joined by 'dan' are both named",
     "Which Permenkumham did the South Sumatra regional office apply to ease overcrowding?",
     ["43 Tahun 2021", "7 Tahun 2022"], []),
    ("a legal basis asked is a regulation, with its article",
     "Apa landasan hukum pembebasan bersyarat 52 napi Lapas Semarang?", ["Pasal 10", "Nomor 22"], []),
    ("a tally over a span is the total asked, not the latest batch",
     "What was the total number of Lhoksukon inmates given assimilation from April to August 2020?", ["154"], []),
    ("the largest group ('didominasi ... yang berjumlah') is a part, not the residents",
     "Berapa jumlah penghuni lapas dan rutan di Sumsel pada November 2023?", ["15.781"], ["9.912"]),
]


#: Round 24's classes (x1131-x1150), each asked in other words than its batch's question.
ROUND24_READING = [
    ("a watchdog's chair written 'Ketua Komisioner Badan Pengawas Pemilu (Bawaslu) ..., A. Warits'",
     "Siapa Ketua Bawaslu Jatim yang menyaksikan ikrar netralitas ASN Kanwil Kemenkumham Jatim 2022?", ["Warits"], []),
    ("a section's short form after the name ('Agus Rusdianto, Kasi Bimnadik Lapas ...')",
     "Siapa Kasi Bimnadik Lapas Kendari yang jadi KPPS di Pemilu 2024?", ["Rusdianto"], []),
    ("an acronym spelt out before its bracket ('handphone, pungutan liar, dan narkoba (HALINAR)')",
     "What is HALINAR short for at LPKA Palangka Raya?", ["pungutan liar", "narkoba"], []),
    ("a Saka year is no period ('Nyepi Caka 1945')",
     "Tanggal berapa remisi Nyepi Caka 1945 diserahkan di Lapas Singaraja?", ["24", "Maret"], []),
    ("'namanya' names no unit of the post asked",
     "Kalapas Tanjungbalai Asahan namanya siapa?", ["Sangapta"], []),
    ("why only some got it: the report's reason for the rest ('sisanya ... karena ...')",
     "Why did only 138 Hindu inmates at Singaraja get Nyepi remissions in 2023?", ["subsider"], []),
    ("an order not to do something is an act with its reason ('diminta tidak meninggalkan ... karena pandemi')",
     "Kenapa jajaran pemasyarakatan Kalbar diminta tidak meninggalkan tempat kerja menjelang Ramadan 2021?", ["pandemi"], []),
    ("'Kegiatannya ... karena' gives the reason of the sentence before",
     "Mengapa perekaman e-KTP warga binaan Rutan Salemba akan terus berjalan sampai menjelang Pemilu 2024?",
     ["pemindahan"], []),
    ("'which edition' asks the occasion's ordinal ('Hari Bhakti Pemasyarakatan ke-57')",
     "Which edition of Hari Bhakti Pemasyarakatan was the Pontianak prison's alert roll call held for?", ["57"], []),
]


#: Round 25 (x1151-x1170): each row asks, in other words, what a first-sight question of
#: batches 258-261 found missing.
ROUND25_READING = [
    ("an escape told as 'menghilang ... diburu' is an escape report, not another event",
     "Siapa saja napi Lapas Lubuk Basung yang kabur setelah minta izin ke warung?",
     ["Yulisman", "Tofik", "Roni"], ["Bulyajir"]),
    ("a smuggling report answers 'disita', and the report's own sum ('Secara keseluruhan, ... 32,7 gram')",
     "Berapa total sabu yang disita dari dua pengunjung wanita Lapas Narkotika Jakarta?", ["32,7"], ["9,2"]),
    ("a stand-in whose sentence opens 'Mewakili Bupati Kukar, Asisten II ...'",
     "Siapa yang mewakili Bupati Kukar pada serah terima jabatan Kepala LPKA Tenggarong?", ["Ahyani"], []),
    ("'on behalf of' asks the stand-in",
     "Who gave remarks on behalf of the Kutai Kartanegara regent at the Tenggarong juvenile facility's handover?",
     ["Ahyani"], ["Aulia"]),
    ("'diwakili oleh Ka. KPLP, Bapak Lamarta': the post between the word and the name",
     "Siapa yang menyampaikan sambutan mewakili pimpinan Lapas Kelas I Medan saat bakti sosial HBP ke-57?",
     ["Lamarta"], []),
    ("the date of the asked act, not of the clause that says who ('yang kabur ... ditangkap kembali')",
     "Tanggal berapa napi Rutan Ruteng yang kabur itu ditangkap kembali?", ["20"], ["18"]),
    ("one name set off by commas after 'Satu napi lainnya,'",
     "Siapa napi Rutan Ruteng yang sudah ditangkap lagi?", ["Masrin"], []),
    ("a number the question states of inmates does not hide the same number of officers",
     "Berapa petugas keamanan Rutan Landak yang mengikuti prajabatan ketika 5 napi kabur?", ["lima"], []),
    ("a whole before 'enam di antaranya ... dan satu paket'",
     "Berapa paket diduga sabu yang ditemukan di perut ikan mujaer di Rutan Medaeng?", ["tujuh"], ["satu"]),
    ("'sepanjang 2025' asks the year's tally",
     "Sepanjang 2025, berapa kali Lapas Narkotika Jakarta menggagalkan penyelundupan narkoba?", ["tujuh"], ["dua"]),
    ("branches listed in plain words are counted",
     "Ada berapa cabang yang dipertandingkan dalam Liga HBP Rutan Ponorogo 2025?", ["5"], []),
    ("the cause before 'yang mendorongnya'",
     "Mengapa Amar keluar dari area Lapas Permisan?", ["rindu"], []),
    ("a direction ('ke arah belakang') yields to the place named later",
     "Ke mana kelima napi Rutan Landak diduga kabur?", ["Sanggau"], []),
    ("a street address ('beralamat di Jl. Kelambir V')",
     "Di jalan apa alamat panti asuhan pertama yang dikunjungi Lapas Medan saat HBP ke-57?", ["Kelambir"], []),
    ("of several units' handovers, the asked unit's ('ke Karutan baru Redy Agian')",
     "Who is the new head of the Salatiga detention centre?", ["Agian"], ["Mujiarto", "Roni"]),
    ("one name after 'yang baru,' ('Kalapas Ambarawa yang baru, Mujiarto,')",
     "Siapa Kalapas Ambarawa yang baru?", ["Mujiarto"], ["Roni"]),
    ("a programme asked by name ('program Madrasah Pengabdian Generasi (MPG)')",
     "Which programme did the East Java corrections chief say prisons were ready to support at the Malang handover?",
     ["Madrasah Pengabdian Generasi"], []),
    ("the heaviest sanction is what follows 'Sanksi maksimal ... berupa'",
     "Sanksi terberat apa yang bisa dijatuhkan kepada petugas pengawal napi Rutan Kolaka yang kabur?",
     ["pangkat"], ["tegas"]),
    ("places listed after a unit share its word ('Kepala Lapas Cipinang, Semarang, ..., dan Medan')",
     "Kepala lapas mana saja yang ikut dirotasi pada Agustus 2013?", ["Semarang", "Medan"], []),
]


#: Round 26 (x1171-x1190): each row asks, in other words, what a first-sight question of
#: batches 262-265 found missing.
ROUND26_READING = [
    ("a rank written with a dot ('AKBP. Popon') does not end the sentence before its holder",
     "Siapa Kapolres Lampung Tengah yang memantau TPS Lapas Gunung Sugih saat Pilkada 2020?", ["Popon"], []),
    ("'semula' asks the first figure, not the one approved ('semula 1.008 ..., namun ... hanya 1.003')",
     "Berapa warga binaan yang semula diajukan Lapas Lubuklinggau untuk remisi 17 Agustus 2023?", ["1.008"], ["1.003"]),
    ("a kind of thing asked ('what risks') need not be a word of the passage that lists them",
     "What risks did the East Java corrections chief ask staff to guard against during Lebaran 2022?",
     ["kecelakaan", "COVID"], []),
    ("'what reasons did ... give for ... missing out' asks why they could not",
     "What reasons did the head of Lapas Gunung Sugih give for 61 inmates missing out on the 2020 vote?",
     ["bebas bersyarat"], []),
    ("'razia sebelumnya' is dated by the earlier raid ('hasil razia sebelumnya pada 28 Januari 2017')",
     "Kapan razia sebelumnya di Rutan Karimun yang mengumpulkan 48 handphone?", ["28 Januari"], ["27"]),
    ("'didampingi siapa' asks the companions, and a corps in brackets ('Mayor (Inf) Suratno')",
     "Kepala Rutan Siak didampingi siapa saja dari polisi dan TNI saat razia 2021?", ["Marto", "Suratno"], ["Tonggo"]),
    ("a theme quoted after 'tema ... adalah'",
     "Apa tema peringatan kemerdekaan 2017 yang disebut Wagub Sulut saat penyerahan remisi?", ["bekerja bersama"], []),
    ("'remisi 17-an' is the Independence Day remission, no name an article must hold",
     "Siapa Karutan Cilodong Depok saat remisi 17-an pada 2018?", ["Sohibur"], []),
    ("a count for each polling station the question does not name ('TPS 28 melayani 179 ..., TPS 29 ... 167')",
     "Berapa pemilih di masing-masing TPS Rutan Salemba pada putaran pertama Pilkada DKI 2017?", ["179", "167"], []),
    ("'Pileg' is the legislative election the report spells out ('Pemilu Legislatif 2014')",
     "Di mana TPS khusus Lapas Kerobokan didirikan pada Pileg 2014?", ["aula"], []),
    ("a province the question names in English with a possessive is no venue",
     "Where did Southeast Sulawesi's governor hand over the 2019 remissions?", ["Kendari"], ["Tenggara"]),
    ("'di bagian mana' asks a spot within the unit, never the town it stands in",
     "TPS untuk warga binaan LP Kerobokan pada Pemilu Legislatif 2014 diletakkan di bagian mana?", ["aula"],
     ["Badung", "Dewata"]),
    ("a count asked of those from one unit takes the count whose clause names it ('Enam di antaranya berasal dari')",
     "Berapa napi dari Rutan Kendari yang langsung bebas pada 17 Agustus 2019 di Sultra?", ["Enam"], ["tujuh"]),
    ("days asked that no count answers are a stretch of time ('berlibur selama sepuluh hari')",
     "For how many days could people take a break over Lebaran 2022, per the East Java prisons report?",
     ["sepuluh"], []),
    ("'-in' said with 'e' for 'a' ('didatengin') is the standard verb",
     "Lapas mana aja yang udah didatengin Kakanwil Sumsel buat ngecek pengamanan pemilu sebelum ke Banyuasin?",
     ["Lubuklinggau", "Lahat"], ["Foto"]),
    ("'and on whose behalf' adds whom the person stood in for",
     "Who was the ceremony inspector at Pancur Batu prison in December 2023, and on whose behalf?",
     ["Firman", "Haposan"], []),
    ("a cause only supposed ('diduga dilemparkan dari luar') answers why when none is stated",
     "Mengapa ponsel bisa berada di atap Rutan Karimun saat razia Februari 2017?", ["dilempar"], []),
    ("bodies that helped, named after 'diperkuat oleh', answer who else",
     "Selain sipir, siapa yang membantu menjaga LP Kerobokan saat Nyepi 2012?", ["pecalang"], []),
]


ROUND27_READING = [
    ("bodies named after 'turut dihadiri' answer who attended, when no person is named",
     "Selain pegawai lapas, siapa yang hadir di apel ikrar netralitas Lapas Wahai?", ["Kejaksaan", "Koramil"], []),
    ("places listed right after the act of hiding ('disembunyikan antara lain di taman, di pot bunga')",
     "Where were the phones found outside the cells at Lambaro prison hidden?", ["taman", "pot bunga"], ["Lambaro**"]),
    ("a politician's party, as the report writes it ('Politikus Partai Gerindra itu')",
     "Desmond J Mahesa itu dari partai apa?", ["Gerindra"], []),
    ("'untuk apa saja ... digunakan' asks what a thing is used for ('dipakai untuk ...')",
     "Untuk apa saja kacang panjang hasil panen Lapas Kotabaru digunakan?", ["internal", "mitra"], []),
    ("'how much ... knocked off' asks the length of a remission",
     "How much time did each child at LPKA Banda Aceh have knocked off in 2019?", ["satu bulan"], ["18"]),
    ("a purpose after 'digelar untuk' answers why, though the best sentence repeats more names",
     "Apa alasan Kanwil Aceh menyidak LP Banda Aceh pada Juli 2018?", ["instruksi"], []),
    ("bodies a named prison signed with, though other reports name other units",
     "Which institutions did the Cirebon prison sign its 2020 training MoU with?", ["Pertanian", "Balai Latihan Kerja"],
     []),
    ("the doer of an act the sentence names by a pronoun ('katanya ketika membuka') is the one named before",
     "Pesantren kilat di Lapas Muara Sabak tahun 2017 dibuka oleh siapa?", ["Robby"], ["Roni"]),
    ("why a thing is judged so: the judging sentence, though it has no reason word",
     "Why is the Kotabaru prison's long bean harvest considered in line with the government's agenda?",
     ["Swasembada Pangan"], []),
    ("why not all got it: what the rest are ('Selebihnya masih berstatus tahanan, ...')",
     "Mengapa tidak seluruh napi beragama Buddha di Lapas Narkotika Rumbai mendapat remisi Waisak?",
     ["tahanan", "seumur hidup"], []),
    ("'berdiskusi' is read as 'diskusi', not a discus",
     "Apa kata Kalapas Lombok Barat soal pegawai yang sekadar berdiskusi tentang pilihan di pilkada?", ["silakan"], []),
]


#: Round 28 (x1211-x1230): each row a class the round's first sight found, asked in other
#: words than the batch's.
ROUND28_READING = [
    ("capitals in an English question may be a person's initials ('MP'), not only a word",
     "Which village is MP, the visitor held at the Muara Enim prison with sabu, from?", ["Karang Raja"], []),
    ("'removed from office' is 'dicopot'",
     "Why was the Batu Nusakambangan warden removed from office in 2017?", ["ekstasi"], []),
    ("a farewell-and-welcome ceremony is no roll call ('pisah sambut')",
     "Where did the 2017 farewell and welcome ceremony of the Bengkulu Kakanwil take place?", ["Balai Semarak"], []),
    ("'satu sama lain' (each other) counts no one",
     "Berapa napi Lapas Bondowoso yang menjalani asimilasi di rumah pada 2021?", ["97"], ["satu sama"]),
    ("an inmate asked is one the report calls an inmate, not the courier named with no role",
     "Which convict was the sabu in the snack package meant for at Lapas Bangko?", ["Adi Wijaya"], ["Nur"]),
    ("a name with 'Bin' and '(alm)' after it is a person",
     "Siapa napi Lapas Porong yang kabur pada Juni 2018?", ["Jidi"], ["Ishadi"]),
    ("chat 'dipake' is 'dipakai'",
     "brp helai sarung yg dipake napi rutan padang buat kabur?", ["10"], []),
    ("what a thing was hidden in is the thing right after the act of hiding",
     "Sabu yang dibawa istri napi ke Lapas Muara Enim disembunyikan di dalam apa?", ["hati ayam"], []),
    ("'Where is the office?' asks where it lies ('yang berada di Kabupaten Jember')",
     "Where is the Bapas that the Bondowoso assimilation inmates report to?", ["Jember"], []),
    ("'dari instansi mana' asks the body the report names doing the act, not a list of units",
     "Verifikasi berkas 23 napi Lapas Singaraja itu ditunggu dari instansi mana?", ["Denpasar"], []),
    ("a room broken through is a room of the act ('merusak ruang Kepala Rutan')",
     "Through which room did the 11 Rutan Baloi detainees break out?", ["Kepala Rutan"], ["memakai"]),
    ("a count placed in the province asked, not the national total",
     "Berapa formasi CPNS Kemenkumham untuk Provinsi Bengkulu tahun 2017?", ["263"], ["19.210"]),
    ("'how many more' is answered by a count with 'lagi' after it",
     "How many more Singaraja inmates were still due to get parole or conditional leave in April 2020?", ["23"], []),
    ("'X, jadi Y': why Y is X ('tidak pernah memesan kaleng itu, jadi ... tidak memegang bukti')",
     "Why did Lapas Sampit say it lacked proof against S over the paint can?", ["memesan"], []),
    ("what someone was asked to do is read from its 'agar' on",
     "What did Aris, for the Kanwil, ask the new Pematangsiantar warden to do?", ["Kalapas yang lama"], []),
    ("'tricks' are the ways ('Cara yang dipakai ... mulai dari ...')",
     "Which tricks were used to smuggle phones into Rutan Kelas I Medan?", ["kaki", "nasi"], []),
    ("a kind of unit asked ('Bapas mana') is one of that kind the report names, not its own Lapas",
     "Berkas napi Lapas Singaraja yang belum tuntas itu menunggu verifikasi Bapas mana?", ["Denpasar"], []),
    ("a reason word inside a clause that opens with an act made a noun ('tertangkapnya ... karena')",
     ("During the 2018 handover at Lapas Sampit, why did the Kanwil's corrections head tell the new warden to keep "
      "a closer eye on his own staff?"),
     ["Komandan Jaga", "narkoba"], []),
    ("'most important' asks a quality the report states ('tugas terpenting'), not the largest count",
     "What did the new head of Lapas Kelas I Malang call the most important job of his staff in 2023?", ["narkoba"], []),
    ("the one a post is filled by ('kini diisi P. Siregar') took it over",
     "Who became the new head of the Pematangsiantar prison in 2018?", ["Siregar"], ["Rantau"]),
]


#: Round 29 (x1231-x1250): classes its first sight found, asked in other words.
ROUND29_READING = [
    ("a duty named before the holder's post and 'adalah' ('Bertindak sebagai pemimpin apel adalah ...')",
     "Siapa yang memimpin apel pasukan Operasi Lilin Candi 2022 di Cilacap?", ["Eko Widiantoro"], ["Bertindak"]),
    ("'Nataru 2024' is written of the season ending in January 2024 too",
     "Siapa KPLP Lapas Siantar yang menjelaskan pengamanan Nataru 2024?", ["Erwin"], []),
    ("'Christmas and New Year 2025' is written of the season starting in December 2025 too",
     "How many rooms of Blok Charlie at Lapas Narkotika Muara Sabak were searched ahead of Christmas and New Year 2025?",
     ["13"], []),
    ("'Atas dasar itu' points to the sentence before for the reason",
     "Why must Lebaran visitors and their bags be strictly checked, according to the Sultra Ditjenpas regional head?",
     ["lonjakan", "nyelundup"], []),
    ("a list asked for by 'meminta agar ..., mencakup ...' is no aim of the list",
     "Apa saja yang harus diperiksa berkala dalam sistem keamanan lapas dan rutan menurut Kakanwil Ditjenpas Sultra?",
     ["tembok", "jeruji", "CCTV"], []),
    ("a count after ', sementara' takes the words of its own clause, not the count's before it",
     "How many Kalianda inmates received the general remission in 2015?", ["302"], ["378"]),
    ("a count still to be done is the one whose clause names the act ('yang perlu diverifikasi')",
     "How many of the Magetan prison's inmates still needed to be verified, by Bawaslu's count?", ["82"], ["222"]),
    ("the reason is of the act asked, not of the scene its closing clause sets ('as it tightens ...')",
     "Why are goods at the Pematangsiantar prison checked by hand, as the prison tightens its Nataru security?",
     ["x-ray"], []),
    ("a legal basis names the decree ('berlandaskan Keppres nomor 120 tahun 1955')",
     "What did the Kalianda warden give as the legal basis of the 2015 decennial remission?", ["120", "1955"], []),
    ("a venue in a town square ('bertempat di alun-alun Kabupaten Cilacap')",
     "Where did the Operation Lilin Candi 2022 troop roll call in Cilacap take place?", ["alun-alun"], []),
    ("the organiser asked by the act is its agent, not a post among the guests",
     "Who organised the neutrality briefing the Idi prison's security chief attended in East Aceh?", ["Panwaslih"], ["Arif"]),
    ("the organiser asked by the act's noun ('penyelenggara') is its agent",
     "Sosialisasi netralitas yang didatangi KPLP Lapas Idi itu siapa penyelenggaranya?", ["Panwaslih"], ["Arif"]),
    ("'any' is answered by one counted instance, whatever a kind defined by 'yang tidak' denies",
     "Was any Surulangun Rawas inmate freed outright by the Eid 2022 remission?", ["Yes"], []),
    ("'apakah ada ... yang' is answered by one counted instance",
     "Apakah ada warga binaan Lapas Surulangun Rawas yang langsung bebas saat Idul Fitri 2022?", ["Ya"], []),
    ("a group asked by what it is made of ('terdiri dari siapa saja') is its parts, not names",
     "Tiap TPS di Lapas Narkotika Karang Intan dijaga petugas yang terdiri dari siapa saja?", ["KPPS", "keamanan"], []),
]


#: Round 30's reports (x1251-x1270), each row a class found on its first-sight failures,
#: asked in other words than the batch.
ROUND30_READING = [
    ("a capacity given as what the unit is meant for ('diperuntukkan bagi 350 orang')",
     "How many inmates did the Lubuk Pakam prison hold in 2017, and how many was it meant for?", ["1.509", "350"],
     ["sumur"]),
    ("a number in an address ('Kavling 4') counts nothing",
     "On the day the KPK detention branch turned the Ombudsman away, how many sites did the Ombudsman team target?",
     ["7"], ["**4"]),
    ("a venue's name of capitals keeps its 'dan' ('Sarana Asimilasi dan Edukasi (SAE) Cah Angon')",
     "Where does Lapas Narkotika Jakarta raise its egg-laying chickens?", ["Cah Angon"], []),
    ("where some were set apart is the place they were moved to, not the unit they live in",
     "Di mana puluhan napi Lapas Parigi yang positif narkoba itu dikarantina?", ["blok khusus"], []),
    ("'berkaitan dengan' gives the cause the speaker supposes",
     "Menurut Plh Kalapas Parigi, kenapa banyak warga binaan kedapatan memakai narkoba?", ["longgar"], []),
    ("why nothing else was held is the negated clause's reason, not the occasion of what was",
     "Why was nothing else on the programme after the Kendari prison's HBP 58 flower-sowing?", ["Ramadhan"], []),
    ("'kasus kemarin' says which case by when; the crime is the case named after it",
     "Kasus apa yang dijadikan Habib Aboe pelajaran soal integritas petugas?", ["kabur"], ["**kemarin"]),
    ("the organisation's address ('yang beralamat di Jalan ...') is where it is located",
     "Where is the KPK detention branch the Ombudsman team could not enter located?", ["Kuningan"], []),
    ("who received something given to groups is the groups ('diserahkan kepada anak-anak yatim ...')",
     "Who got the 100 aid packages handed out at the HBP 61 charity drive joined by Rutan Gresik?",
     ["yatim", "keluarga"], ["Yuliawan"]),
    ("every use of the money a sentence lists, not only the first",
     "And what happens to the money they make from selling the eggs at Lapas Narkotika Jakarta?",
     ["operasional", "PNBP", "premi"], []),
    ("what was not found is the denied things, however few of the question's words their sentence holds",
     "Which items did the Kanwil NTT team fail to find when they searched Rutan Kupang?", ["handphone", "narkoba"], []),
    ("whether an event was held at a named place is answered by the venue the report gives",
     "Was the HBP 61 charity event that Rutan Gresik joined held at Rutan Gresik itself?", ["No", "Surabaya"], []),
    ("'what does he reckon made them break down' asks a cause",
     "What does Nanan reckon made the South Sumatra prisons' X-ray machines break down?", ["perawatan"], []),
    ("a place of the kind asked and the region asked after it are both answered",
     "Lapas Kendari menabur bunga HBP ke-58 di TMP mana, letaknya di kecamatan apa?", ["Watubangga", "Baruga"], []),
    ("'warden' asks the head of the prison the question names later",
     "Who was the warden that welcomed the minister's special staffer at the Lubuk Pakam prison?", ["Prayer Manik"], []),
]


#: Round 31's reports (x1271-x1290), each row a class found on its first-sight failures,
#: asked in other words than the batch.
ROUND31_READING = [
    ("two counted things after the question's act ('menyediakan 8 unit ponsel android dan 3 komputer') over a quote",
     "What devices did the Bontang prison provide for free video calls at Eid 2022?", ["ponsel"], ["batasan"]),
    ("a disaster named by its region ('gempa Lombok') does not restrict to that province",
     "At what time did the Lombok earthquake that panicked the Tabanan prison's inmates strike?", ["19.46"], []),
    ("the same, for a cause ('dipicu kondisi setiap kamar yang kelebihan kapasitas')",
     "Apa yang memicu kepanikan warga binaan Lapas Tabanan saat gempa Lombok 2018?", ["kapasitas"], []),
    ("where people were evacuated to ('dievakuasi ke halaman blok')",
     "Ke mana penghuni Lapas Tabanan dievakuasi setelah pintu kamar dibuka?", ["halaman"], []),
    ("'pada siang hari ini' is the day the report came out",
     "On what date did Lapas Sorong and Puskesmas Malanu vaccinate inmates against Covid-19?", ["22 September 2021"], []),
    ("a date the speaker was reached on ('saat dihubungi VIVA.co.id pada Sabtu') dates the telling",
     "On what day were the 90 Tanjung Gusta convicts sent off to other units?", ["12 May 2017"], ["13 May"]),
    ("where someone is held for now ('menjadi penghuni sementara Lapas Kelas I Tangerang')",
     "Where are Hendrikus Yoseph and Cimeng being held for now, before Nusakambangan?", ["Tangerang"], []),
    ("a doctor asked is one whose name bears the physician's title ('dr. I Gede ...')",
     "Which doctor from RSJ Mutiara Sukma explained the HIV screening at Lapas Lombok Barat?", ["Sutadana"], ["Fadli"]),
    ("English names of legal services ('legal counselling', 'legal aid firm') find the report's LBH",
     "Who heads the legal aid firm that held legal counselling for Lapas Kalianda inmates in 2025?", ["Prabowo"], []),
    ("how many tested positive, when every test came back negative, is none",
     "Berapa tahanan baru Lapas Lombok Barat yang reaktif HIV?", ["Tidak ada"], []),
    # Found on round 31's failures, fixed before round 32 was read.
    ("a service open in two sessions is open at both ('sesi pertama ... dan sesi kedua ...')",
     "Jam berapa saja keluarga bisa menitipkan makanan lewat drive thru Rutan Depok saat Lebaran 2022?",
     ["09.00", "13.00"], []),
    ("an illness asked is the phrase after 'menderita'",
     "Napi Lapas Narkotika Pamekasan yang harus dioperasi itu menderita penyakit apa?", ["parotis"], []),
    ("the same, asked in English",
     "What illness did the inmate who needed surgery at the Pamekasan narcotics prison have?", ["parotis"], []),
    ("a reason given as 'also' comes with the report's earlier reason",
     "What were the Semarang prison's reasons for sending drug dealers to Karanganyar in January 2022?",
     ["kapasitas", "memutus"], []),
    ("a count named beside the asked unit earlier in its sentence is that unit's ('di Lapas Semarang, ... regu jaga hanya 17 orang')",
     "How many officers are there on one guard shift at the Semarang prison?", ["17"], ["1.706"]),
    ("a number word before an acronym counts it ('delapan WBP')",
     "After arriving at Lapas Banjarbaru, how many of the Kalteng inmates were handed over on the spot?", ["8"], []),
]

ROUND35_READING = [
    ("'sebagai langkah' and a verb give an aim",
     "Kenapa nomor HP layanan video call Rutan Tidore dikoordinasikan dengan jaksa, polres dan BNN?", ["narkoba"], []),
    ("'Rutan Negara' is a unit's name in a post",
     "Who was the head of Rutan Tidore when it replaced visits with video calls in 2020?", ["Hidayat"], []),
    ("a company's unit names are the post's body ('Manager Unit Layanan Pelanggan PLN Bengkalis')",
     "Siapa Manager Unit Layanan Pelanggan PLN Bengkalis yang berkunjung ke Lapas Bengkalis?", ["alany"],
     ["Layanan Pelanggan**"]),
    ("where a speaker said it ('ujar Tri di Palangka Raya')",
     "In which city did the Central Kalimantan corrections chief speak about suspending the Sampit warden?",
     ["Palangka Raya"], []),
    ("a transformer is the report's 'travo'",
     "Where was the broken transformer that caused the blackout at Lapas Bengkalis?", ["Disdik"], []),
    ("in a breakdown by day, the count whose own clause names the weekday asked ('lima orang ... pada Jumat')",
     "Berapa napi Lapas Lembata yang dibebaskan hari Jumat lewat asimilasi?", ["lima"], ["20"]),
    ("a chat 'kilo' is a kilogram, and last week's arrest is the story told",
     "Berapa kilo sabu yang disimpan dua pegawai Lapas Palu sebelum mereka dipecat?", ["4 kilogram"], []),
    ("a restriction ('hanya mampu') answers no before a mere 'tetap', and a cut quote keeps a number's unit",
     "Apakah genset Lapas Bengkalis bisa menyala semalaman ketika listrik PLN padam?", ["Tidak.", "2 jam"], []),
    ("'Bisakah ...?' asks yes or no",
     "Bisakah genset Lapas Bengkalis hidup terus sehari penuh?", ["Tidak."], []),
    ("a limit says what is allowed, and 'jumlah maksimal X' counts X, people of no population",
     "Pengunjung Lapas Pati saat Lebaran boleh bawa maksimal berapa orang pengikut?", ["lima"], []),
    ("the total a sentence adds its parts up to, when the question names no part",
     "Berapa tahanan KPK yang menerima kunjungan pada Natal 2023?", ["44"], ["31"]),
    ("the part of a breakdown whose own words the question says ('13 tahanan secara online')",
     "Berapa tahanan KPK yang dikunjungi lewat online waktu Natal 2023?", ["13"], ["44"]),
    ("a reason of the act asked ('yang membuat penyakit itu cepat menular') before the aim of another act",
     "Kenapa penyakit kulit scabies cepat menular di kalangan warga binaan Lapas Karawang?", ["kepadatan"], ["membasmi"]),
]

ROUND40_READING = [
    ("being included names no act ('tes urine juga diberlakukan bagi 57 pegawai')",
     "How many employees of the Kupang children's facility were included in the urine test of September 2021?",
     ["57"], []),
    ("'juvenile detention facility' is an LPKA, whose acting head is asked ('Plt Kepala LPKA Kelas II Kendari')",
     "Who was acting head of the juvenile detention facility in Kendari during the urine tests of July 2025?",
     ["Mustar"], []),
]

ROUND41_READING = [
    ("where buyers are ('customers on Java') is no region filter on a unit elsewhere (Tenggarong)",
     "Which product of the Tenggarong prison's furniture workshop did customers on Java order most often in 2021?",
     ["kursi lipat"], []),
    ("a room named by its use ('work-training storeroom') names no event to match",
     "What was stored in the work-training storeroom that caught fire at the Nyomplong prison?", ["perca"], []),
    ("'police chief' is any police chief ('Kepala Polsek Warudoyong')",
     "Which police chief told how the fire at the Sukabumi prison was first noticed?", ["Kuswaha"], []),
    ("'security head' holds 'Kepala Keamanan'",
     "Who was the security head with the Palopo warden when the riot broke out?", ["Luter"], ["Pamudji"]),
    ("a tie of blood asked of a named person ('adik kandung Helmi')",
     "Siapa adik kandung Helmi yang bicara soal kondisi kesehatannya?", ["Riswan"], ["Emi"]),
    ("an official named bare where the report tells the act holds the post another sentence gives",
     "Pejabat Lapas Tenggarong mana yang mengakui ruang produksinya tidak representatif?", ["Zairin"], ["Jumari"]),
    ("the countries a report names, over two sentences",
     "Which countries are the Semarang women's prison's embroidered bags exported to?", ["Kanada", "Belanda", "Qatar"], []),
    ("a district written bare before its regency ('di daerah Padarincang, Kabupaten Serang')",
     "Perkara dua napi Rutan Serang yang bebas bersyarat itu terjadi di wilayah mana?", ["Padarincang"], []),
    ("units listed with their kind word left out, the list closed by a unit of its own word",
     "Ke lapas mana saja 110 napi Blok C Kerobokan diboyong?", ["Karangasem", "Klungkung"], ["Kerobokan"]),
    ("a start told by 'mulai' and the act ('air mulai masuk ke Lapas Lhoksukon pada ...')",
     "When did water first get into the Lhoksukon prison during the floods?", ["2 January"], ["30 December"]),
    ("a start told by 'pertama kali dirintis pada awal Maret 2018'",
     "Sejak kapan dapur roti Lapas Cikarang dirintis?", ["Maret"], ["Agustus"]),
    ("chat 'brapa' is 'berapa'", "brapa jumlah seluruh warga binaan Lapas Purwodadi?", ["263"], []),
    ("a target ('target PNBP ... ditetapkan sebesar') is not what was deposited",
     "How much PNBP had the Tenggarong prison workshop actually deposited by August 2021?", ["12.480.600"], ["25.000.000"]),
    ("'sekitar 1.000-an orang' counts people",
     "Setelah pembebasan itu, berapa penghuni yang masih ada di Lapas Sibolga?", ["1.000"], []),
    ("'buried' is 'dikebumikan', a time may stand between, and 'tanpa' ends the place",
     "Where was the Tebing Tinggi inmate Helmi buried?", ["Desa Tebing Tinggi"], ["tanpa"]),
    ("a decision pointed back to ('Kebijakan itu diambil untuk ...') says why nobody was collected",
     "Why did no family members collect the freed Salemba inmates?", ["kerumunan"], ["dua per tiga"]),
    ("restitution is 'uang pengganti'",
     "What restitution in dollars did the court order Setya Novanto to pay?", ["7,3"], []),
]

ROUND42_READING = [
    ("'Wakapolres Metro Jaktim' is a deputy police chief's post ('Metro' opens the territory)",
     "Which deputy police chief of East Jakarta explained how the Cipinang gate guard was caught?", ["Abrar"], []),
    ("a cabinet member names no furniture training",
     "Which cabinet member confirmed the transfer of Tanjung Raja prison officer Robby Adriansyah?", ["Agus Andrianto"], []),
    ("the crimes a case lists up to 'ataupun'",
     "Perkara apa saja yang menjerat sebagian besar peserta ujian Paket B di Lapas Ngawi?",
     ["pencurian", "kekerasan", "asusila"], []),
    ("two days of one month asked in the plural ('26 dan 27 Desember 2022')",
     "Tanggal berapa saja Rutan Salatiga membuka kunjungan khusus Natal 2022?", ["26", "27 Desember"], []),
    ("'where exactly ... held' asks the place of the act, not where the venue lies",
     "Where exactly did Lapas Cipinang hold its Juz 30 graduation?", ["Baiturrahman"], ["kompleks"]),
    ("a class written without 'Kelas' ('Lapas II B Ngawi') ends no post",
     "Siapa kepala PKBM Pengayoman di Lapas Ngawi?", ["Indra Prawoto"], []),
]

ROUND43_READING = [
    ("a hospital asked by 'rumah sakit mana' is the place asked, no health service to report",
     "Di rumah sakit mana jenazah Abdul Gafur divisum?", ["RSUD Hamba"], []),
    ("chat 'Jakbar' is 'Jakarta Barat'",
     "Berapa personel pemadam yang dikerahkan saat menara pengawas Rupbasan Jakbar-Tangerang terbakar?", ["25"], []),
    ("an amount asked per inmate per day: 'setiap orang ... Rp 17.000 ... dalam sehari', not the year's budget",
     "How much did the Sorong prison have for each prisoner per day for meals in 2016?", ["17.000"], ["1,4"]),
    ("'the total value of' asks an amount of money",
     "What was the total value of the goods kept at Rupbasan Bandung in 2021?", ["67"], []),
    ("how many did not qualify: the count whose own clause denies the act ('40 kasus sisanya tidak memenuhi')",
     "How many of the Kendari Bapas juvenile cases in 2021 did not meet the requirements for diversion?", ["40"], ["82"]),
    ("a cause told of 'kejadian itu' ('dipicu isu ... informan'), not the aim of the police's patrols",
     "Apa pemicu pengeroyokan Indra Pratama oleh 16 napi di Lapas Narkotika Bangli?", ["informan"], ["patroli"]),
    ("'Penyebabnya, ...' right after the fact asked is its cause",
     "Kenapa dana bahan makanan warga binaan Rutan Bangli sudah habis pada September 2023?", ["daya tampung"], []),
    ("the denial asked, told as a result ('..., sehingga petugas sama sekali tidak mengetahui')",
     "Why did the Tulungagung prison's security head say his guards did not know about the beating?", ["melaporkan"], []),
]

ROUND44_READING = [
    ("of a breakdown by unit, the part whose clause names the unit asked ('13 orang lainnya ... Kembang Kuning')",
     "How many of the 38 terrorism convicts at the Bela Negara Day pledge came from Lapas Kembang Kuning?", ["13"], ["25"]),
    ("a breakdown by unit read past the place the whole story is set in ('Nusakambangan')",
     "How many of the Cikeas terrorism convicts went to Lapas Pasir Putih in November 2023?", ["18"], ["30"]),
    ("a count the question states ('40 high-risk prisoners') is not what it asks",
     "Of the 40 high-risk inmates Banten sent to Nusakambangan in 2024, how many were foreigners?", ["sembilan"], []),
    ("a count for the whole country ('1.115 ... secara nasional') is not the region's",
     "How many Hindu inmates in Bali got the Nyepi 2021 remission?", ["746"], ["1.115"]),
    ("'school teams': the last noun of an English compound is counted",
     "How many school teams will play in the LPKA Maros Futsal Cup 2025?", ["32"], []),
    ("a daily food cost per inmate is a rate: 'biaya makan per orang per hari sebesar Rp 14.700'",
     "What daily meal cost per inmate did Ditjenpas use for the 2018 Waisak remission savings?", ["14.700"], ["377"]),
    ("'ada brp orang?' counts people of any kind ('enam pengunjung')",
     "Ada berapa orang pengguna kunjungan online LPKA Palu pada hari pertama Lebaran 2024?", ["enam"], ["30"]),
    ("a restaurant asked by its kind, named by the report ('Rumah Makan Bebek Pak Wito')",
     "Di rumah makan apa Fahrul Fadli kabur saat dikawal petugas Lapas Tanjung Gusta?", ["Bebek Pak Wito"], []),
    ("the stretch of the act asked ('menjalani perawatan selama dua hari'), not the prison term",
     "Berapa lama Fahrul Fadli menjalani perawatan di RS Bina Kasih sebelum kabur?", ["dua hari"], ["14 tahun"]),
    ("the place right after the act asked ('meminta dijemput di Ngalau'), with 'pick him up' read as one phrase",
     "Where did the LPKA Tanjung Pati runaway RS ask to be picked up by his family?", ["Ngalau"], ["Boncah"]),
    ("'why did they break out': not 'buronan karena kabur', which gives the escape as a cause",
     "Why did the three Malabero inmates in the isolation room escape in January 2011?", ["keributan"], []),
    ("'diserahinnya' is chat for 'diserahkannya'",
     "remisi kemerdekaan napi lapas tuban 2022 diserahinnya sama bupati di mana?", ["Alun-alun"], []),
    ("'WNI' is 'warga negara Indonesia'",
     "Siapa kalapas Kerobokan yang menilai napi asing lebih merepotkan daripada napi WNI pada 2013?", ["Wiratna"], []),
    ("'delivering' twins is giving birth; 'premature' is 'prematur'",
     "Which Blitar prison officer described the premature twins the inmate IM was delivering in 2025?", ["Yoffi"], []),
    ("nationalities asked are countries the report names ('warga negara Iran dan Nigeria')",
     "What nationalities were among the foreign inmates moved from Banten to Nusakambangan in November 2024?",
     ["Iran", "Nigeria"], []),
    ("a role asked ('otak'), answered by the name the report gives it in apposition ('Acil, yang diduga sebagai otak')",
     "Siapa yang diduga menjadi otak pelarian tiga napi Lapas Malabero?", ["Acil"], ["Fajar"]),
]

ROUND45_READING = [
    ("'bisa memuat berapa orang' asks the capacity, which the report gives as 'daya tampung'",
     "Gedung baru Lapas Perempuan Samarinda di Tenggarong bisa memuat berapa orang?", ["252"], ["21"]),
    ("a sum in a sentence opening with 'Sebelumnya' tells the story's background when no time is asked",
     "Berapa uang yang disebut diminta untuk mengurus pembebasan bersyarat di Lapas Takalar?", ["15 juta"], []),
    ("hospitals asked in the plural: every hospital the report names, each once",
     "Rumah sakit apa saja yang merawat tahanan Lapas Cipinang di luar lapas pada Februari 2011?",
     ["Polri", "Pertamina", "Abdi Waluyo"], []),
    ("'from what date' asks the start ('sejak 14 Maret 2018'), not the date the question gives",
     "From what date had Wahid Husen headed Sukamiskin prison?", ["14", "March"], ["July"]),
    ("chat '-in' on a root of two words: 'dibebastugasin' is 'dibebastugaskan'",
     "Lapas mana saja di Sulsel yang kepalanya dibebastugasin karena pungli pada Agustus 2022?", ["Takalar", "Parepare"], []),
    ("'Persoalannya, ...' gives the problem behind the fact told before",
     "Apa yang membuat sekitar 90 warga binaan Rutan Trenggalek terancam tidak bisa memilih pada Pemilu 2024?",
     ["KTP"], []),
    ("'election bodies' are KPU and Bawaslu, not bodies of the dead",
     "Which election bodies went to Lapas Cilegon in October 2018 to check the voter data?", ["KPU", "Bawaslu"], []),
    ("'Anggota Satgas' is a post; 'Menkumham' is the Minister of Law and Human Rights",
     "Siapa anggota Satgas Mafia Hukum yang menghubungi Menkumham soal perawatan Syahril Djohan?", ["Santosa"], []),
    ("'TV' is 'televisi'",
     "Where did the TVs and fans in Lhokseumawe prison's rooms come from, according to its head?", ["Wali Kota"], []),
]

ROUND46_READING = [
    ("of counts given one per item ('Tenis Meja diikuti 28 peserta'), the one whose clause names the item asked",
     "Berapa peserta tenis meja di pekan olahraga dan seni Lapas Kotaagung menjelang HBP ke-55?", ["28"], ["80"]),
    ("the same, for another item of the breakdown", "How many inmates entered the chess contest at Kotaagung prison?",
     ["14"], ["80"]),
    ("'remisi umum dua' names the class of remission (RU II), no count of two",
     "Berapa napi di Banten yang langsung bebas karena remisi 17 Agustus 2016?", ["112"], ["dua"]),
    ("a year asked about a figure the question states: the year of that figure's own clause",
     "In which year did the South Sumatra regional office rehabilitate 870 drug-case inmates?", ["2021"], ["2023"]),
    ("a decree written 'N/YYYY' is the report's 'Nomor N Tahun YYYY'",
     "When did Metro prison's inmates receive the amnesty of Keppres 17/2025?", ["2", "August"], []),
    ("the subject a post and name set off by commas, its verb after 'kemudian'",
     "Siapa pejabat yang membuka secara resmi asesmen rehabilitasi di Rutan Depok pada September 2025?", ["Gaffar"], []),
    ("regions named bare in a list after 'mulai dari': every one", "Ke daerah mana saja napi Lapas Kerobokan disebar pada Agustus 2017?",
     ["Jawa Timur", "Jawa Tengah", "Belitung"], []),
    ("two names right after the noun asked ('program Pembebasan Bersyarat dan Cuti Bersyarat')",
     "Through which programmes had five of the eight Metro amnesty recipients already left prison?",
     ["Pembebasan Bersyarat", "Cuti Bersyarat"], []),
    ("two things an opening word announces after the noun asked ('dua rekor, yakni ... dan ...')",
     "Apa saja dua rekor MURI yang diikuti penghuni Lapas Wanita Malang pada Agustus 2016?",
     ["Terompah", "Hari Merdeka"], []),
    ("'alasan pembagian tersebut:' gives the reason of the act told before, after the colon",
     "Apa alasan rehabilitasi narkotika di Rutan Salemba tahun 2021 dibagi menjadi dua tahap?", ["ruang"], []),
    ("a stretch said of some ('sebagian') and the others' stretch after it: both",
     "Berapa tahun sisa hukuman para napi Tanjung Gusta setelah grasi 2019?", ["lima", "enam"], []),
    ("a regional office asked with a word inside its name ('regional corrections office')",
     "Which regional corrections office is the Class IIA prison in Ambon under?", ["Maluku"], []),
    ("'at which facility was it centred' asks where, and 'dipusatkan di' answers",
     "At which prison was the nationwide MURI record event of August 2016 centred?", ["Jakarta"], []),
    ("'expected to reach' asks the time foreseen ('dijadwalkan tiba'), and 'reach' is 'tiba'",
     "When was the convoy of Kerobokan inmates expected to reach Nusakambangan?", ["26"], ["25"]),
    ("assessment 'tools' are the report's 'instrumen'",
     "What tools did the Depok detention centre use to assess its rehabilitation participants?", ["ASI", "WHOQOL"], []),
    ("a 'race' of games is a 'lomba', and what made it 'tricky' is why it was 'sulit'",
     "What made the 2018 cracker race at the Bangli narcotics prison difficult?", ["kaki"], []),
    ("what is yet to be done ('nantinya', 'akan kami kirim'), before what is done now",
     "Napi Sulteng yang hasil asesmennya high risk nantinya akan dikemanakan?", ["Nusakambangan"], []),
    ("the consequence a 'Bila ...' sentence states of the condition asked, and the one chained to it",
     "Menurut Plh Dirjen PAS, apa yang bakal terjadi kalau para provokator itu dibiarkan di Lapas Tanjung Gusta?",
     ["kuasai", "lumpuh"], []),
]

ROUND47_READING = [
    ("'turned out to have' asks those found with it ('ditemukan 1.034 orang yang mengidap kudis'), not those screened",
     "How many West Java inmates were found to have scabies in the Jawara Sehat screening?", ["1.034"], ["26"]),
    ("'di 33 Unit Pelaksana Teknis' counts units, and 'Salah seorang warga binaan' counts no one",
     "Berapa warga binaan Jawa Barat yang mengidap kudis menurut skrining Jawara Sehat?", ["1.034"], ["33"]),
    ("'untuk sementara' is no contrast: the words after the count say what it counts",
     "How many Malabero detainees were evacuated for the time being to Bentiring prison after the 2016 fire?", ["252"], []),
    ("a block named by a word ('blok maksimum')",
     "Di blok apa HJP ditempatkan di Lapas Palangka Raya sebelum dikeroyok?", ["maksimum"], []),
    ("a room numbered in words, in a block named by what it holds",
     "Di kamar mana lima tahanan yang tewas dalam kebakaran Rutan Malabero 2016 ditahan?", ["tujuh"], []),
    ("'menindaklanjuti instruksi Menteri ..., Agus Andrianto': whose instruction, by name",
     "On whose instruction were 28 Bontang prison inmates paroled in November 2024?", ["Agus Andrianto"], ["Suranto"]),
    ("the time of the act the question dates ('mencapai puncaknya sekitar pukul 13.00'), not the first time",
     "What time did the flood at Tuminting prison in Manado peak on 27 January 2023?", ["13.00"], ["06.30"]),
    ("a target asked ('hoping to') is the count the report gives as one ('menargetkan ... 55 narapidana')",
     "How many inmates did Kedungpane prison aim to parole by 31 March 2020?", ["55"], ["28"]),
    ("'Klinik Pratama' grades a clinic; the name after the post and its unit is the person",
     "Who is the head of care at the Semarang prison's primary clinic?", ["Bachtiar"], []),
    ("'Badan Diklat Industri' is a body; the name after it is the one who opened the event",
     "Siapa yang membuka penandatanganan nota kesepahaman pelatihan jahit di Lapas Madiun?", ["Zya Labiba"], []),
]

ROUND48_READING = [
    ("'yang berumur 54 tahun' is an age", "How old was SLB, the Jambi prison guard who carried cannabis in?", ["54"], []),
    ("'Kementerian Agama' is a body after a post, not a name",
     "Who came from the Barito Timur religious affairs office to the opening of the Tamiang Layang pesantren?",
     ["Ahmadi"], []),
    ("the rule a rule amended ('perubahan atas Permenkumham Nomor 6 Tahun 2013')",
     "Which earlier regulation did Permenkumham 29/2017 amend?", ["6 Tahun 2013"], ["29 Tahun"]),
    ("a span written with weekdays and a comma ('mulai Jumat, 15 Juni, hingga Ahad, 17 Juni 2018')",
     "From which date to which date was Cikarang prison's Lebaran 2018 visiting service open?", ["15", "17"], []),
    ("a total over a stretch is the count tallied over it ('Sepanjang masa Lebaran 2018, sebanyak 3.417 orang')",
     "Berapa total pembesuk Lapas Cikarang selama tiga hari besuk Lebaran 2018?", ["3.417"], ["631"]),
    ("a size written by its sides ('berukuran 6 x 6 m2'), whole",
     "Gedung perpustakaan Lapas Namlea luasnya berapa?", ["6 x 6"], []),
    ("a hiding place asked in chat reaches the where reader respelled ('nyembunyiin' as 'menyembunyikan')",
     "Pengunjung perempuan Rutan Padang nyembunyiin hp-nya di mana?", ["pakaian dalam"], []),
    ("'kena' before an act is its passive ('yg kena mutasi' are those 'dipindahtugaskan')",
     "Total ada brp pegawai yg kena mutasi di SK Kakanwil NTT Mei 2024?", ["48"], []),
    ("a weekday a service keeps, written undated ('dibuka pada hari Sabtu'), not another service's",
     "Titip barang dan makanan buat napi di Lapas Banyuwangi bisanya hari apa?", ["Sabtu"], ["Senin"]),
    ("'come across' is a finding ('ditemukan ... ketika berpatroli di lapangan blok B')",
     "Where did the guards come across the meth package thrown into Purwakarta prison?", ["blok B"], []),
]

ROUND49_READING = [
    ("a post in lower case after 'Menurut <name>,' runs on to its comma ('penanggung jawab gudang terbuka')",
     "Siapa penanggung jawab gudang terbuka di Rupbasan Bandung?", ["Yuliono"], ["Fortuner"]),
    ("a single name after a physician's title holds the post before it ('dokter forensik dr. Putu')",
     "Siapa dokter forensik yang mengautopsi jenazah Mikael Manoh?", ["Putu"], []),
    ("of one sentence's times, the one whose clause names the thing asked ('makan malam pukul 16.00')",
     "Jam berapa napi Lapas Amuntai dapat makan malam?", ["16.00"], ["07.30"]),
    ("a move written 'mengangkut ... ke' answers where they were taken",
     "Where were the sick detainees of Singaraja prison taken after the Siwaratri meal?", ["Buleleng"], []),
    ("a destination ends before a time clause ('ke kampung halaman korban di Pasaman begitu proses otopsi rampung')",
     "Jenazah Arni Siregar mau dibawa pulang ke mana?", ["Pasaman"], ["otopsi"]),
    ("'since what year' of goods kept at a storehouse ('sudah berada di sana sejak 2012')",
     "Since which year have the two Elnusa case cars been kept at the Bandung storehouse?", ["2012"], []),
    ("a month tied to the report's time ('diteken pada Februari lalu' in a July 2019 report) is given its year",
     "Kapan nota kesepahaman Bapas Surakarta dengan BNK Solo ditandatangani?", ["Februari 2019"], []),
    ("a weekday and the time of day right after it ('pada Sabtu sekitar pukul 17.00')",
     "What day and what time was Miftahul Rohman's body returned to his family?", ["Saturday", "17.00"], []),
    ("an origin written after a word for region ('berasal dari wilayah Kabupaten Keerom serta Lereh')",
     "Where did the timber kept at Rupbasan Jayapura come from?", ["Keerom", "Lereh"], []),
    ("an article of a regulation down to its letter ('Pasal 136 ayat 2 huruf e Permenkumham Nomor 3 Tahun 2018')",
     "Under which regulation was Bahar bin Smith's assimilation condition judged breached?", ["136", "2018"], []),
    ("the thing asked 'as its next step' ('langkah hukum lanjutan berupa pengajuan banding')",
     "What did Ditjenpas consider as its next legal step on the PTUN ruling?", ["banding"], []),
    ("those an act is done for ('memasak untuk 456 warga binaan'), not those who do it",
     "Sepuluh napi juru masak Lapas Amuntai memasak untuk berapa warga binaan?", ["456"], []),
    ("an activist's post after the name ('Abd Basid, pegiat antikorupsi dari LSM ...')",
     "Who was the anti-corruption campaigner quoted about the Pamekasan prison meal budget?", ["Basid"], []),
    ("a destination after a word of going home ('akan dibawa pulang ke kampung halaman korban di Pasaman')",
     "Where was Arni Siregar's body to be taken once the autopsy was finished?", ["Pasaman"], []),
    ("a response asked of a post the report quotes is its holder's words ('Kalapas Kelas III Banjarbaru, Akhmad Herriansyah, membenarkan ...')",
     "Apa tanggapan Kalapas Banjarbaru soal anggaran makan yang cuma 13 ribu?", ["Herriansyah"], []),
]

ROUND50_READING = [
    ("a unit's location after its place belongs to its head's post ('Kalapas Kelas I Surabaya di Porong, Prasetyo')",
     "Siapa Kalapas Porong yang menemani delegasi asing pada Agustus 2016?", ["Prasetyo"], []),
    ("an acronym of a section's field inside a post ('Kasubag Humas PPTHI Kemenkum HAM Jawa Tengah, Hasmi Safei')",
     "Siapa Kasubag Humas Kemenkumham Jawa Tengah yang menyampaikan data remisi Waisak 2021?", ["Hasmi"], []),
    ("the role a relative clause gives a person ('Marsum Jepri alias Ujang yang menjadi otak pelarian')",
     "Siapa yang menjadi otak kaburnya 17 tahanan Rutan Pakjo Palembang?", ["Marsum"], []),
    ("a classifier asked picks its count ('sarung yang dirangkai itu berjumlah lima lembar')",
     "Berapa lembar sarung yang dirangkai tahanan Rutan Karimun untuk kabur?", ["lima"], []),
    ("'what daily pay' asks an amount ('imbalan Rp 13.500 per hari')",
     "What daily pay did Porong prison inmates get for making furniture and boats?", ["13.500"], []),
    ("an official named by a body of four words before the person noun ('Direktur Keamanan dan Ketertiban, Abdul Aris')",
     "Which Directorate General of Corrections official headed the October 2021 inspection at Tangerang prison?",
     ["Abdul Aris"], []),
    ("the items of a list the asked phrases stand in, whole ('di Blok A1, A Pengasingan, Blok D2, dan D Pengasingan')",
     "Di blok mana saja tim Ditjen PAS menggeledah kamar hunian Lapas Tangerang pada Oktober 2021?", ["A1", "D Pengasingan"], []),
    ("what was done with things, past an act denied ('tidak disimpan, melainkan segera dimusnahkan ... direndam di dalam air garam')",
     "What did the raid team do with the phones seized at Lapas Padang in April 2021?", ["air garam"], ["disimpan"]),
    ("'lembaga pemasyarakatan mana' asks a unit, which a sentence names as 'Lapas ini'",
     "Lembaga pemasyarakatan mana yang punya LPK Bina Arma Mandiri?", ["Arga Makmur"], []),
    ("a chat 'no' before a closing place asks yes or no ('nemu narkoba gak di dalam sel?')",
     "Tim razia Lapas Padang nemu narkoba gak di dalam sel?", ["Tidak"], []),
    ("the months a report lists right after a best sentence ('pada Januari dan April, dan kini pada Oktober')",
     "Bulan apa saja Rutan Ponorogo mengadakan tes urine mendadak untuk pegawainya pada 2019?",
     ["Januari", "April", "Oktober"], []),
]

ROUND51_READING = [
    ("those a thing is for, after 'untuk' ('kamar hunian khusus untuk penyandang cacat, orang tua, dan anak-anak')",
     "Kamar hunian khusus di Lapas Binjai diperuntukkan bagi siapa?", ["cacat", "anak"], []),
    ("'meant for' asks those it is for, not a person's name",
     "Who are the special cells at Binjai prison set aside for?", ["cacat", "orang tua"], ["Siburian"]),
    ("how many times, from the occasion a report numbers ('merupakan kali ketiga')",
     "How many times has Lapas Binjai won the human-rights-based public service award?", ["3"], []),
    ("the years a sentence lists, each ('pada tahun 2019, 2020, dan 2021')",
     "Pada tahun berapa saja Lapas Binjai meraih penghargaan pelayanan publik berbasis HAM?", ["2019", "2020", "2021"], []),
    ("the days a service keeps, as a stretch ('setiap hari mulai Senin hingga Jumat')",
     "Which days of the week can inmates at Rutan Batam use the video call service?", ["Monday", "Friday"], []),
    ("a post after the unit a person leads ('memimpin Bapas Garut sebagai Plt. Kepala Balai Pemasyarakatan')",
     "Siapa Plt Kepala Bapas Garut saat inovasi kerupuk SIBAGEUR dimulai?", ["Zaki"], []),
    ("the first of its kind had none before it ('merupakan yang pertama terbentuk di lingkungan Kemenkumham Kanwil Kaltim')",
     "Apakah ada Bapas lain di Kaltim yang lebih dulu membentuk Griya Abhipraya sebelum Bapas Tarakan?", ["Tidak"], []),
    ("a list of the others keeps the first told before it ('Sementara tiga pelatihan lainnya, yakni ...')",
     "Apa saja jenis pelatihan keterampilan klien Bapas Purwokerto tahun 2021?", ["kasur", "pangkas"], []),
    ("what stands in the way of what has not happened ('jika saja gunung itu tidak ada')",
     "Kenapa gedung Lapas Perempuan Manokwari belum juga berdiri pada September 2019?", ["gunung"], []),
    ("a place told by what it lies beside ('letaknya bersebelahan dengan Rutan Salatiga')",
     "Where is the former Salatiga district court building that was handed to Rutan Salatiga located?",
     ["bersebelahan"], []),
    ("stages are no place ('Pemeriksaan berjalan dalam enam tahap'); the laboratory is",
     "Di mana sampel dahak warga binaan Rutan Boyolali yang terduga TBC akan diperiksa dengan TCM?", ["Pandan Arang"], []),
    ("an appositive describing the unit asks no capacity ('..., a facility meant for a few dozen')",
     "How many prisoners were being held at Lapas Tabanan in January 2023, a facility meant for a few dozen?",
     ["184"], []),
    ("'equip ... with' reads 'membekali ... dengan'",
     "What were the escorting officers equipped with when Rutan Makassar moved 25 inmates to Lapas Makassar?",
     ["senjata api"], []),
    ("a chat question of two parts with their own question words ('kasus apa, dan vonisnya brp lama')",
     "SR warga binaan Lapas Jember itu terjerat kasus apa, dan hukumannya berapa lama?", ["obat", "6 tahun"], []),
    ("a business unit is no UPT ('tiga unit usaha ... peternakan ayam pedaging, budidaya lele, dan tanaman hidroponik')",
     "Which business units of Griya Abhipraya Tarakan were harvested in April 2023?", ["ayam", "lele", "hidroponik"], []),
    ("an aim is not followed by a measure added after it ('Selain itu, setiap rombongan ... dibatasi')",
     "Why were families visiting Lapas Perempuan Pangkalpinang at Eid 2024 told to register through SITAWA first?",
     ["lonjakan"], ["rombongan"]),
]

ROUND52_READING = [
    ("a province after the unit's place belongs to its head's post ('Kepala LPKA Kutoarjo Jawa Tengah, Herastini')",
     "Siapa Kepala LPKA Kutoarjo yang memulangkan enam anak didik untuk asimilasi pada April 2020?", ["Herastini"], []),
    ("clergy asked by 'which pastor' are people ('dipimpin oleh Pendeta Jerry Ch Sanger, STh.')",
     "Which pastor led the Christmas service at the Abigail church in Rutan Manado in December 2022?", ["Sanger"], ["Ibadah"]),
    ("a police unit's acronym in a post ('Kanit PPA Polres Pontianak'); what was led is no agent",
     "Who acted as facilitator of the diversion meeting at Polres Pontianak in September 2019?", ["Inayatun"],
     ["jalannya"]),
    ("'jam berapa' is no word to look for ('mulai pukul 23.00 WIB')",
     "Takbiran di Lapas Narkotika Jakarta pada malam Lebaran 2021 dimulai jam berapa?", ["23.00"], []),
    ("outside institutions are bodies, not UPTs ('menggandeng Kantor Pos ..., Ombudsman ..., serta dua universitas lokal')",
     "Which outside institutions did the Bengkulu regional office team up with for its 2017 recruitment of guards?",
     ["Ombudsman", "Kantor Pos"], []),
    ("'run by' reads 'dikendalikan' ('dari total 18 kasus itu, sebanyak 15 kasus dikendalikan napi')",
     "How many of BNNP Central Java's 2017 drug cases were run by inmates from inside prisons?", ["15"], []),
    ("an aim after 'dengan tujuan' ('dengan tujuan menggelar pesta sabu pada malam tahun baru')",
     "Why did the two Banyuwangi prison inmates try to get meth smuggled in inside chips in December 2022?",
     ["tahun baru"], []),
    ("a pretext after 'dalihnya' ('dalihnya akan dicuci di jasa laundry di luar lapas')",
     "Kenapa pakaian kotor berisi sabu itu mau dibawa napi keluar dari Lapas Tarakan?", ["laundry"], []),
    ("what a thing was made into ('Pohon Natal ... bahkan diubah menjadi pohon angpao')",
     "Pohon Natal di ruang kunjungan Lapas Semarang diubah jadi apa saat Imlek 2023?", ["angpao"], []),
    ("a title in quotes after 'dengan judul'",
     "Apa judul tausiyah dalam buka puasa bersama di Lapas Perempuan Malang pada Maret 2025?",
     ["Kunci Kebahagiaan"], []),
    ("the platform after 'melalui' ('digelar serentak ... melalui Zoom Meeting')",
     "Through which platform did Lapas Pasir Pengaraian join the nationwide HBP thanksgiving in April 2025?",
     ["Zoom"], []),
    ("'central' reads 'pusat' ('23 kursi sisanya merupakan formasi sarjana yang proses seleksinya ditangani oleh pusat')",
     "How many of Bengkulu's 2017 CPNS places were for graduates whose selection the central office ran?", ["23"], []),
]

ROUND53_READING = [
    ("a sentence about one room counts one room's people ('Satu sel ... sekarang terpaksa diisi 30 narapidana')",
     "Berapa narapidana yang sebenarnya ditampung Lapas Cipinang ketika terjadi penusukan pada April 2013?", ["2.783"],
     []),
    ("a director's section joined by 'dan' ('Direktur Pembinaan Narapidana dan Anak Binaan Ditjenpas, Erwedi Supriyatno')",
     "Which director from the corrections directorate general opened the Kampus Pembangunan programme at Lapas Purwokerto?",
     ["Erwedi"], []),
    ("a university's own name runs to the comma ('Rektor Universitas Perwira Purbalingga, Eming Sudiana')",
     "Siapa rektor Universitas Perwira Purbalingga yang hadir saat Kampus Pembangunan di Lapas Purwokerto diresmikan?",
     ["Eming"], ["Perwira Purbalingga**"]),
]

ROUND39_READING = [
    ("the cause the escape's own sentence gives ('ia kabur karena kangen'), not 'dilarikan ke RSU ... lantaran'",
     "Apa alasan napi Lapas Narkotika Bangli melarikan diri dari rumah sakit?", ["kakek"], ["sesak"]),
    ("'Lapastik' is 'Lapas Narkotika', in an English question too",
     "Where was the Lapastik Bangli inmate who ran off from the hospital found again?", ["Siladan"], []),
    ("'tusi' is 'tugas dan fungsi', 'pertemuan' the report's 'rapat', and heads met are not the one asked",
     "Siapa yang memimpin pertemuan kepala UPT se-Riau soal penguatan tusi kanwil pada Februari 2026?",
     ["Maizar"], []),
    ("a closing reason names no post; the one right after 'disambut oleh' welcomed ('IGAP. Mahendra', one sentence)",
     "Who greeted the KPU and Bawaslu visitors at Lapas Tabanan, since its head was not there?", ["Mahendra"], ["Narta"]),
    ("'actually' and 'registered' said by the report itself ('sebenarnya memiliki hak pilih namun belum terdaftar')",
     "How many inmates of the Karimun detention centre actually held the right to vote yet were still not registered in 2019?",
     ["170"], []),
    ("the youngest of those a report lists with their ages ('Riskiansyah (16)')",
     "Who was the youngest of the inmates who broke out of the Martapura juvenile prison?", ["Riskiansyah"], []),
    ("a ward and a town written bare after the venue ('Gedung Kakanwil Kemenkumham, Cawang, Jakarta')",
     "Where did the Jakarta Kakanwil speak about cleaning drugs out of prisons in April 2016?", ["Cawang"], []),
    ("the partners an office coordinates with, to a list closed by 'sampai' ('..., Pemda, sampai TNI')",
     "Which agencies was the DKI regional office coordinating with against drugs in prisons in 2016?",
     ["BNNP", "TNI"], []),
    ("'which other inmate' asks an inmate ('seorang narapidana lain bernama Narudi')",
     "Apart from Saleh, which other inmate did Central Kalimantan move to Nusakambangan in November 2024?",
     ["Narudi"], []),
]

ROUND38_READING = [
    ("a preacher's duty ('Bertindak sebagai khotib adalah Ustadz ...'), and 'Selepas Salat Id' is no name",
     "Siapa penceramah atau khotib Salat Idul Fitri di Rutan Magetan tahun 2025?", ["Tarmidi"], ["Ari Rahmanto"]),
    ("what a text holds ('dimuat SE') asks no capacity",
     "Berapa poin yang dimuat SE Dirjenpas yang disampaikan Kadivpas Sumsel pada apel siaga Nataru 2024?", ["13"], []),
    ("a roll call is no place ('hadir dalam apel Serpas'), and no 'dan' ends one",
     "Di mana apel pengamanan TPS yang diikuti Kalapas Permisan pada hari pemungutan suara 2024 digelar?",
     ["Alun Alun Kabupaten Cilacap"], ["Cilacap dan"]),
    ("the penalty threatened ('akan dikenai sanksi sesuai peraturan yang berlaku') answers 'konsekuensinya apa'",
     "Apa konsekuensinya bagi ASN Rutan Krui yang tidak netral pada Pemilu 2024?", ["sanksi"], []),
    ("'what ... warn would happen to' asks the penalty threatened ('akan dikenai sanksi tegas')",
     "What did the Cilacap acting regent warn would happen to police or soldiers who are not neutral on election day?",
     ["sanksi tegas"], []),
    ("'tetap' keeps something unless after a concession: no contrast to a yes",
     "Apakah Rutan Krui akan punya TPS khusus pada Pemilu 2024?", ["Ya."], []),
    ("where from, after the act asked ('mendatangkan imam dari luar lapas'), not another act's 'dari'",
     "Where was the imam for the Eid prayer at Singaraja prison brought in from?", ["luar lapas"], ["Kementerian"]),
    ("whose words were quoted: the person after the act ('mengutip kata-kata Prof. Dr. Baharudin Lopa')",
     "Kalapas Sumbawa Besar mengutip ucapan siapa saat deklarasi Zero Halinar?", ["Lopa"], ["Fadli"]),
    ("helping says who shared the act ('ikut membantu'); 'instansi' stands for the bodies a report names",
     "Instansi apa saja yang ikut membantu razia kamar hunian di Lapas Kelas IA Malang tahun 2021?",
     ["BNN", "Polresta", "Kodim"], []),
]

ROUND37_READING = [
    ("a town's nickname no report writes is the city the alias file names ('Solo' = Surakarta)",
     "How old is the inspector general who went round the Solo detention centre in March 2024?", ["58"], []),
    ("the head of a unit the report says it is led by ('rutan yang dipimpin Urip Dharma Yoga')",
     "Siapa kepala Rutan Surakarta saat dikunjungi Irjen Razilu pada Maret 2024?", ["Urip"], ["Razilu"]),
    ("'at which university' asks a place of that kind ('dari Universitas Gajah Mada')",
     "At which university does the deputy law minister who visited Lapas Banda Aceh teach criminal law?",
     ["Gajah Mada"], []),
    ("the regions written after a place are part of where it is ('..., Kelurahan Dunggala, Kecamatan ...')",
     "Di kelurahan mana TPS khusus 901 Lapas Gorontalo berada?", ["Dunggala"], []),
    ("a law's articles asked ('which articles of the law'), every 'Pasal' the sentence cites",
     "Which articles of the law were the three Tanjung Raja inmates charged under in May 2025?",
     ["114", "112", "132"], []),
    ("what a thing contained ('memuat tiga paket kecil sabu, ..., serta dua buah korek api')",
     "What did the package thrown over the Serang prison wall contain?", ["gorila", "korek"], []),
    ("hidden by being stuck to the body ('ditempelkan di kaki memakai lakban')",
     "Di bagian tubuh mana pengunjung Lapas Madiun menyembunyikan ponsel selundupan?", ["kaki"], []),
    ("a prosecutor's post ('Asisten Pidana Umum (Aspidum) Kejati Jatim') is no name",
     "Who is the Aspidum of the East Java prosecutor's office who commented on the Medaeng escape?",
     ["Andi M Taufik"], ["**Pidana"]),
    ("a speech verb in other words ('menerangkan' for 'menjelaskan'), chat 'kasi' and 'jabatannya'",
     "siapa kasi yg jelasin kenapa DPT WBP Rutan Pekanbaru berkurang pas pilkada 2024? jabatannya apa?",
     ["Heru", "Pelayanan Tahanan"], []),
    ("people listed each by the post asked count ('didampingi Direktur ..., Direktur ..., dan Direktur ...')",
     "Berapa direktur yang mendampingi Dirjenpas Mashudi saat meninjau Rutan Medan pascabanjir?", ["3"], []),
    ("a span of opening hours whose closing names what closes ('... dan pemungutan suara ditutup pukul 13.00')",
     "TPS khusus Lapas Gorontalo buka jam berapa sampai jam berapa waktu Pilkada 2024?", ["07.00", "13.00"], []),
]

ROUND36_READING = [
    ("a duty of the roll call after the name ('..., Tetra Destorie Imantoro, bertindak sebagai perwira apel')",
     "Siapa perwira apel pada apel siaga Idul Fitri 1445 H di LPKA Palembang?", ["Tetra"], ["Mulyadi"]),
    (("a duty of the roll call before the post and the name ('Bertindak sebagai Pembina Apel, Wakil Menteri "
      "Koordinator ..., Otto Hasibuan')"),
     "Who was the pembina apel of the joint roll call the Kalsel corrections office followed virtually in September 2025?",
     ["Otto Hasibuan"], []),
    ("the agent of an act named in a later sentence of the act ('diserahkan secara simbolis oleh ..., Angki Setyo A')",
     "Siapa yang menyerahkan SK remisi Waisak secara simbolis di Lapas Cipinang tahun 2023?", ["Angki"], ["Lapas yang"]),
    ("a name spelled with a doubled letter the report writes once ('Buddha' / 'Budha')",
     "Di vihara mana napi beragama Buddha Lapas Cipinang menerima remisi Waisak 2023?", ["Ariyasacca"], []),
    (("taking part remotely answers no to 'in person' ('mengikuti secara virtual'), 'Kemenko' is 'Kementerian "
      "Koordinator'"),
     "Was the Kalsel corrections office at the Kemenko Kumham Imipas joint roll call in person?", ["No."], []),
    ("the number of the kind of document asked ('SK ... Nomor PAS-626'), not the law cited first",
     "Nomor SK Kemenkumham yang menjadi dasar remisi Idul Fitri 2022 di Rutan Padang Panjang berapa?", ["PAS-626"],
     ["12 Tahun 1995"]),
    ("an English compass regency is the gazetteer's ('Central Lombok' = 'Lombok Tengah')",
     "In which room did the Central Lombok LPKA hold its TPP session in November 2025?", ["ruang pembinaan"], []),
    ("'atas instruksi siapa' is answered by the post that gave the order when no one is named",
     "Atas instruksi siapa Lapas Luwuk menggelar razia serentak menjelang Natal 2019?", ["Irjen"], ["Soetopo"]),
    ("'where ... before the samples were taken' asks no destination, and 'each employee' one place",
     "At the Lubuklinggau urine test, where was each employee checked by BNN before the samples were taken?",
     ["kamar mandi"], ["Aula"]),
    (("of a breakdown of a whole stated before ('Keenamnya terdiri atas 3 usulan PB ...'), the part asked; PB is "
      "pembebasan bersyarat"),
     "How many children did LPKA Kutoarjo propose for parole at its first TPP session of 2023?", ["3"], ["6"]),
    ("the act counted after the unit in English ('of Lapas Tanjung Raja went free'), and the report's own total",
     "How many inmates of Lapas Tanjung Raja went free on 17 August 2025?", ["12"], ["664"]),
    ("a reason the question itself gives ('yang bebas karena remisi') is no answer to why",
     "Mengapa Bupati Ogan Ilir ingin kepala desa menjemput napi yang bebas karena remisi?", ["diterima"], []),
    ("what was done with the thing asked is the act it is the object of ('mencium bendera')",
     "At the LPKA Palu roll call, what did everyone do with the red and white flag?", ["mencium"], []),
    ("units are counted in 'unit pelaksana teknis', and '3+1' counts nothing",
     "How many correctional units in South Sumatra did the regional office secure for Eid 2024?", ["20"], ["**3"]),
    ("'jumlah ... kapan?' asks when",
     "Data jumlah 236 anak itu disampaikan Kabapas Bengkulu kapan?", ["12 Agustus"], []),
]

ROUND34_READING = [
    ("an origin enumerated after 'berasal dari' is every place of it",
     "Dari negara mana saja keenam WNA bekas napi yang menunggu deportasi di Rudenim Makassar?",
     ["Bulgaria", "Papua Nugini"], []),
    ("of two recurring days in one sentence, the one in the clause of the thing asked ('sementara ... Jepang')",
     "On which day of the week is the Japanese class held at Lapas Cipinang?", ["Wednesday"], ["Monday"]),
    ("a yes/no question after a leading phrase, 'written by' of a song asks no author",
     "During the final, did the Tarutung detention centre's band perform a song written by a prisoner?", ["Yes"], []),
    ("a parade of teams is no roll call",
     "How many teams marched in the parade that opened the Kalapas Cup futsal tournament in Bengkalis?", ["10"], []),
    ("a unit's other name after 'atau' belongs to the post ('... Tanjungpinang atau Lapas Batu 18 Gunung Kijang')",
     "Siapa Kalapas Narkotika Tanjungpinang yang dilantik menjadi Ketua Gudep 02-033 pada Agustus 2019?",
     ["Misbahudin"], []),
    ("a tournament named after a post ('Kalapas Cup') names no one",
     "Siapa yang menendang bola pertama pada pembukaan Kalapas Cup di Lapas Bengkalis?", ["Priyo"], ["Cup**"]),
    ("a count given with a verb of living there answers 'yang menghuni', however little else its clause shares",
     "How many convicts lived in Rutan Bagansiapiapi in September 2019?", ["824"], []),
    ("'berapa jumlah warga binaan' asks a head count though the question names money",
     "Berapa jumlah warga binaan Lapas Bontang waktu kalapas menerangkan biaya makan napi pada 2022?", ["1.325"], []),
    ("'over kapasitas' asks no capacity",
     "Berapa orang yang dipindahkan dari Lapas Siantar ke dua lapas di Langkat untuk mengurai over kapasitas?",
     ["250"], []),
    ("'diperuntukkan' is a word of its own, and 'jenis apa' names the kind asked",
     "Lapas Super Maximum Security Karanganyar diperuntukkan bagi napi jenis apa?", ["bandar narkoba"], []),
    ("a 'facility' is the unit, and 'apart' is 'dibedakan'",
     "Why can't the facility in Bagansiapiapi keep its prisoners apart by case?", ["satu blok"], []),
    ("a speaker's 'beralasan' gives the reason; a purpose that is the asked act itself gives none",
     "Kenapa Kanwil Sulsel belum memulangkan enam WNA bekas napi pada Juni 2020?", ["pandemi"], []),
    ("'what lies behind' asks a cause, given in the sentence after the best ('Ia menduga hal itu berkaitan dengan')",
     "What does the Kerobokan official suspect lies behind the growing number of foreign inmates?", ["wisata"], []),
    ("'games' are the report's 'lomba'",
     "What games did WBP at Lapas Suliki compete in for HUT RI ke-79?", ["takraw"], []),
    ("the state someone was found in ('didapati dalam posisi duduk ... tidak sadarkan diri')",
     "Dalam keadaan apa napi kasus Sipoa ditemukan di Blok E?", ["tidak sadarkan diri"], []),
    ("another reason asked ('selain ..., apa alasan lain') is the one the report gives with 'juga', wherever it stands",
     "Selain over kapasitas, apa alasan lain pemindahan 250 warga binaan Lapas Siantar ke Langkat?", ["blok hunian"], []),
    ("a town named alone where the event will be held is its venue ('perkemahan ... se-Kepri di Batam')",
     "Di mana perkemahan warga binaan se-Kepri yang akan datang digelar?", ["Batam"], []),
    ("a report with no date of its own dates the act by its year ('pada awal tahun 2024')",
     "Kapan dapur Lapas Merah Mata memperoleh sertifikat halal?", ["2024"], []),
]

ROUND33_READING = [
    ("a regency right after a unit's name belongs to the post ('Plt. Kepala Rutan Olaya Parigi Moutong, Agustinus')",
     "Siapa Plt. Kepala Rutan Olaya yang menjelaskan kaburnya tahanan pada Desember 2019?", ["Agustinus"], ["Moutong**"]),
    ("a year only the page's date line gives is no missing name",
     "Tanggal berapa KPU Purbalingga memberi sosialisasi kepada napi Rutan Purbalingga jelang Pemilu 2014?",
     ["20 Februari"], []),
    ("of the question's acts, the move is the one whose place is the destination asked",
     "Napi Rutan Tanjungpinang yang batal mencoblos di Pilkada Kepri 2020 dipindahkan ke mana?", ["Batu 18"], []),
    ("a room's building after a comma ('Ruang Sidang, Graha Rektorat Lantai 8')",
     "Di mana penandatanganan MoU antara UM dan Lapas Kelas I Malang berlangsung?", ["Graha Rektorat"], []),
    ("a region asked with no level is found bare ('kabur sampai ke wilayah Riau')",
     "Ke daerah mana napi narkoba yang kabur dari Lapas Tangerang pada Desember 2021 diduga melarikan diri?",
     ["Riau"], []),
    ("a whole asked as the second part ('and out of how many in total?')",
     "How many inmates escaped in the Banjarbaru prison riot of December 2016, and out of how many inmates in total?",
     ["32", "296"], []),
    ("a reason the question gives picks the count of that reason ('karena masih anak-anak')",
     "Berapa napi Lapas Luwuk yang tidak bisa memilih karena masih anak-anak?", ["3 orang"], ["50"]),
    ("English words of the report's terms ('memorisers', 'female', 'online', 'briefing', 'team up')",
     "How many female Quran memorisers graduated at the women's prison in Pondok Bambu in 2018?", ["100"], []),
    ("the same, a purpose ('dijalin dalam rangka memberdayakan narapidana')",
     "Why did BBPLK Medan team up with the Medan Class I prison in 2018?", ["memberdayakan"], []),
    ("a sentence's capitalised first word opens no agent ('Sebanyak 20 orang ...')",
     "Who was the head of the city's religious affairs office at the Pematangsiantar prison's tahfidz graduation?",
     ["Maranaik"], ["Sebanyak"]),
    ("two things as the object of the question's act ('menyerahkan alat tulis serta perlengkapan salat') over a list",
     "Apa yang diserahkan Kalapas Semarang secara simbolis kepada peserta pesantren kilat Ramadan 2022?",
     ["alat tulis"], ["salat dhuha"]),
    ("activities asked of one report's scene are what it enumerates, not the report's unit",
     "Which activities will inmates nearing release join under the Bungo regency's MoU with the Muara Bungo prison?",
     ["kerja bakti"], []),
    ("a link written 'Baca: ...' is no part of the sentence after it, whose reason follows ('Penyebabnya, ...')",
     "Why did many inmates at the Pontianak prison not know the candidates in the 2018 regional election?",
     ["kampanye"], ["Jeruk"]),
    ("'merupakan salah satu wujud' gives a reason",
     "Mengapa Lapas Banjarbaru memfasilitasi ibadah Jumat Agung dan Paskah 2025 bagi warga binaan?", ["pemenuhan hak"], []),
]

ROUND32_READING = [
    ("the thing asked 'used to hide' the drug is what it was put inside ('memasukkan sabu-sabu ke dalam gagang sapu')",
     "What object was used to hide the sabu sent to inmate A at Lapas Kendari?", ["sapu"], []),
    ("a city's short name ('Siantar') is the gazetteer's 'Pematangsiantar'",
     "How many packets of sabu did officers find in the parcel sent to the Siantar narcotics prison?", ["10"], []),
    ("units written with a bare class ('Lapas II-A Metro') and the women's prison 'LPP' are listed",
     "Lapas dan rutan mana saja yang lolos verifikasi WBK tahun 2018?",
     ["Metro", "Cibinong", "Salemba", "Cirebon", "Malang"], []),
    ("the regency of a prison known by its old name ('Lapas Banceuy', Bandung) is no missing word",
     "Who is the head of the Banceuy prison in Bandung?", ["Tri Saptono"], []),
    ("a yes/no question on the occasion is answered by the report's own occasion",
     "Apakah pameran produk Lapas Narkotika Pangkalpinang digelar dalam rangka Idul Fitri?", ["Tidak", "Pengayoman"], []),
    ("a directorate head's post ('Direktur Bina Keamanan dan Ketertiban') is no name",
     "Who represented the Director General at the launch of Bali's flagship programmes during the Karangasem catfish harvest?",
     ["Wibowo"], ["Bina**"]),
    ("the regional office a unit comes under ('di bawah kanwil mana')",
     "Under which regional office does LPKA Palu fall?", ["Sulawesi Tengah"], []),
    ("what was recommended ('rekomendasi ... agar menjaga citra') is not why",
     "Why was Lapas Serang told to look after its image while building the integrity zone?", ["pemberitaan"], []),
    ("'call in ... to follow up' finds 'menghubungi ... untuk ditindaklanjuti'; the police include the Polda",
     "Which police directorate did the Banceuy prison call in to follow up the thrown package?", ["Polda Jawa Barat"], []),
    ("the Eid prayer is 'Salat Idul Fitri'",
     "What case was the Tulungagung inmate who walked free right after the Eid prayer in 2014 convicted in?",
     ["perjudian"], []),
    ("the usual figure ('pada hari biasa ... 15 menit') is not the occasion's",
     "Berapa lama waktu kunjungan keluarga di Lapas Pati saat Natal 2022?", ["30"], ["15"]),
    ("the remission class asked ('RK I') picks its count",
     "How many Kerobokan inmates received RK I at Idul Fitri 2025?", ["591"], []),
    ("to whom something was reported is the person after 'kepada'",
     "Kepada siapa Karutan Solo menyampaikan temuan jeruk berisi sabu?", ["Kurniawansyah"], []),
    ("what a term means is asked, not an act presumed ('remisi dasawarsa yang diterima napi itu artinya apa')",
     "Remisi dasawarsa yang diterima napi Lapas Pangkalan Bun itu artinya apa?", ["10 tahun"], []),
    ("what a forum is for ('memberi ruang bagi pengguna layanan untuk ...')",
     "What was the purpose of the public hearing at the Kupang women's prison?", ["masukan"], []),
    ("a venue right before a closing quote ('bertempat di aula lapas,\" katanya')",
     "Di mana keluarga membesuk napi Lapas Tulungagung saat Lebaran 2014?", ["aula"], []),
]


#: Rows on reports of earlier rounds, read again after round 16's changes.
ROUND16_EARLIER = [
    ("round13", "'Mereka ialah' opens the list of those it points to",
     "Dari negara mana saja napi asing Lapas Kerobokan yang diusulkan remisi Nyepi 2017?",
     ["Belanda", "Malaysia", "Rusia"], []),
]


#: Rows on reports of earlier rounds, read again after round 13's changes.
ROUND13_EARLIER = [
    ("round11", "an English compound counts its last noun ('prison nurses')",
     "How many prison nurses handled the urine tests in the Muara Beliti rehab programme?", ["perawat"], ["semester"]),
    ("round11", "'how many took the test' counts those tested, not those found positive",
     "How many Sidikalang prison employees underwent the Dairi police urine test?", ["23"], ["**dua"]),
    ("round12", "'joint personnel' counts the personnel, not the adjective",
     "About how many joint personnel backed the Banyuwangi prison search before Eid 2024?", ["100"], ["kamar"]),
]


#: Each row with the fixture of the index it was written for.
ROWS_BY_INDEX = ([("late", *row) for row in READING] + [("newest", *row) for row in NEWEST_READING]
                 + [("latest", *row) for row in LATEST_READING + LATEST_WHY]
                 + [("recent", *row) for row in RECENT_READING] + [("earlier", *row) for row in EARLIER_READING]
                 + [("newer", *row) for row in NEWER_READING] + [("fresh", *row) for row in FRESH_READING]
                 + [("current", *row) for row in CURRENT_READING] + [("last", *row) for row in LAST_READING]
                 + [("rounded", *row) for row in ROUND_READING]
                 + [("sourced", *row) for row in SOURCED_READING] + [("blind", *row) for row in BLIND_READING]
                 + [("incidents", *row) for row in INCIDENT_READING]
                 + [("services", *row) for row in SERVICE_READING] + [("works", *row) for row in WORK_READING]
                 + [("oversight", *row) for row in OVERSIGHT_READING]
                 + [("welfare", *row) for row in WELFARE_READING]
                 + [("visits", *row) for row in VISITS_READING]
                 + [("harvests", *row) for row in HARVEST_READING]
                 + [("pledges", *row) for row in PLEDGE_READING] + [("round6", *row) for row in ROUND6_READING]
                 + [("round7", *row) for row in ROUND7_READING] + [("round8", *row) for row in ROUND8_READING]
                 + [("round9", *row) for row in ROUND9_READING] + [("round10", *row) for row in ROUND10_READING]
                 + [("round11", *row) for row in ROUND11_READING]
                 + [("round12", *row) for row in ROUND12_READING]
                 + [("round13", *row) for row in ROUND13_READING] + ROUND13_EARLIER
                 + [("round14", *row) for row in ROUND14_READING]
                 + [("round15", *row) for row in ROUND15_READING]
                 + [("round16", *row) for row in ROUND16_READING] + ROUND16_EARLIER
                 + [("round17", *row) for row in ROUND17_READING + ROUND17_LATER]
                 + [("round18", *row) for row in ROUND18_READING]
                 + [("round19", *row) for row in ROUND19_READING] + [("round20", *row) for row in ROUND20_READING]
                 + [("round21", *row) for row in ROUND21_READING] + [("round22", *row) for row in ROUND22_READING]
                 + [("round23", *row) for row in ROUND23_READING] + [("round24", *row) for row in ROUND24_READING]
                 + [("round25", *row) for row in ROUND25_READING] + [("round26", *row) for row in ROUND26_READING]
                 + [("round27", *row) for row in ROUND27_READING]
                 + [("round28", *row) for row in ROUND28_READING]
                 + [("round29", *row) for row in ROUND29_READING]
                 + [("round30", *row) for row in ROUND30_READING]
                 + [("round31", *row) for row in ROUND31_READING]
                 + [("round32", *row) for row in ROUND32_READING]
                 + [("round33", *row) for row in ROUND33_READING]
                 + [("round34", *row) for row in ROUND34_READING]
                 + [("round35", *row) for row in ROUND35_READING]
                 + [("round36", *row) for row in ROUND36_READING]
                 + [("round37", *row) for row in ROUND37_READING]
                 + [("round38", *row) for row in ROUND38_READING]
                 + [("round39", *row) for row in ROUND39_READING]
                 + [("round40", *row) for row in ROUND40_READING]
                 + [("round41", *row) for row in ROUND41_READING]
                 + [("round42", *row) for row in ROUND42_READING]
                 + [("round43", *row) for row in ROUND43_READING]
                 + [("round44", *row) for row in ROUND44_READING]
                 + [("round45", *row) for row in ROUND45_READING]
                 + [("round46", *row) for row in ROUND46_READING]
                 + [("round47", *row) for row in ROUND47_READING]
                 + [("round48", *row) for row in ROUND48_READING]
                 + [("round49", *row) for row in ROUND49_READING]
                 + [("round50", *row) for row in ROUND50_READING]
                 + [("round51", *row) for row in ROUND51_READING]
                 + [("round52", *row) for row in ROUND52_READING]
                 + [("round53", *row) for row in ROUND53_READING])


@pytest.mark.parametrize(("reports", "kind", "question", "present", "absent"), ROWS_BY_INDEX,
                         ids=[r[1] for r in ROWS_BY_INDEX])
def test_reading_late_reports(request, check_reading, reports, kind, question, present, absent):
    check_reading(request.getfixturevalue(reports), kind, question, present, absent)


def test_a_remission_cut_is_read_from_the_clause_of_the_condition_asked(late):
    # "0 sampai 6 bulan memperoleh potongan 15 hari, sedangkan ... lebih dari satu tahun
    # mendapat potongan satu bulan": the condition picks the clause.
    history = [Turn("Berapa napi Rutan Kendari yang dapat remisi Natal 2024?",
                    "Sembilan napi Rutan Kelas IIA Kendari.")]
    answer = late.ask("Kalau yang sudah menjalani lebih dari setahun, potongannya berapa lama?", history)
    assert "satu bulan" in answer_lead(answer.text) or "30 hari" in answer_lead(answer.text), answer.text


@pytest.mark.parametrize("question", [
    # "Rutan Batam" and "Lapas Pontianak" are the senders the question names: the reports
    # name no destination, and the sender is no answer.
    "Ke lapas mana 50 warga binaan Rutan Batam dipindahkan pada Juni 2022?",
    "Which prison on Nusakambangan exactly took in the 15 drug convicts sent by Lapas Pontianak?",
    # "Mudah-mudahan mereka cepat tertangkap": a wish, no recapture to count.
    "Berapa dari lima napi Lapas Anak Martapura yang kabur itu yang sudah tertangkap kembali?",
    "Udah berapa orang dari kelima penghuni Lapas Anak Martapura itu yang ditangkap lagi?",
])
def test_what_the_round39_reports_do_not_say_is_not_answered(round39, check_abstains, question):
    check_abstains(round39, question)


@pytest.mark.parametrize("question", [
    # "pada 2021 ... 870 WBP", "Pada 2024, ... 17 kabupaten": figures of other years than the one asked.
    "Dari 520 napi yang direhabilitasi di Sumsel sepanjang 2023, berapa yang menjalani rehabilitasi medis?",
    # "Dari total 118 napi, sebanyak 100 orang dipindahkan": inmates, no escort of police or soldiers.
    "Berapa personel TNI dan Polri yang mengawal pemindahan napi Lapas Tanjung Gusta pada 2013?",
    # No count of the report is of drug convicts among the 3,730.
    "Of the 3,730 Banten inmates given Independence Day remission in 2016, how many were serving drug sentences?",
    # "memberi tambahan kapasitas sebanyak 250 orang": what the new prison can hold, not who is in it.
    "How many prisoners was the new Cilegon prison holding in January 2022?",
    # "tiap tim mewakili satu blok": the report names no block, so none won.
    "Which block of the Malang women's prison won the long clog race in August 2016?",
])
def test_what_the_round46_reports_do_not_say_is_not_answered(round46, check_abstains, question):
    check_abstains(round46, question)


@pytest.mark.parametrize("question", [
    # "dibantarkan ke rumah sakit jiwa": no hospital named, so none is the one asked.
    "Nama rumah sakit jiwa tempat Budi Bewok dibantarkan apa?",
])
def test_what_the_round47_reports_do_not_say_is_not_answered(round47, check_abstains, question):
    check_abstains(round47, question)


@pytest.mark.parametrize("question", [
    # Arni Siregar is the one beaten; the report names none of those who beat him.
    "Siapa nama napi yang memukuli Arni Siregar sampai meninggal?",
    "Siapa napi yang menganiaya Arni Siregar di Lapas Pangururan?",
])
def test_the_person_a_doer_question_names_is_not_its_doer(round49, check_abstains, question):
    check_abstains(round49, question)


@pytest.mark.parametrize("question", [
    # The Pamekasan report quotes a former inmate and an activist; no head of the prison.
    "Bagaimana tanggapan Kalapas Pamekasan atas tudingan soal menu nasi putih dan ikan asin?",
    "How did the head of Pamekasan prison respond to the former inmate's claims about the food?",
])
def test_a_response_of_a_post_the_report_never_names_is_not_stated(round49, check_abstains, question):
    check_abstains(round49, question)


def test_a_capacity_never_counts_staff(round50, check_abstains):
    # "berkapasitas 111 orang": what the centre was built to hold, not its guards.
    check_abstains(round50, "How many officers were guarding Rutan Takengon when the 11 inmates escaped?")


def test_a_stretch_the_question_states_is_not_the_stretch_it_asks(round49, check_abstains):
    # "menjalani hukuman 10 tahun penjara": the term is given; the report never says how
    # much of it he had served.
    check_abstains(round49, "How long had Sirajudin served of his 10-year term before he died?")


def test_a_conjunction_opening_a_sentence_is_no_person_named(round48, check_abstains):
    # "Karena itu, kalapas dan jajarannya ...": "Karena" is no name, and the report names
    # no convict behind the arson.
    check_abstains(round48, "Who was the drug convict said to have ordered the arson, according to the director "
                            "general's 2018 visit to Makassar prison?")


def test_a_penalty_a_report_says_staff_could_get_is_no_count_of_those_punished(round40, check_abstains):
    # "ASN yang melanggar ... dapat dijatuhi hukuman disiplin": a possibility, no one
    # punished; "15 Lapas" counts units.
    check_abstains(round40, "Berapa ASN lapas dan rutan di Sumbar yang sudah dijatuhi hukuman disiplin karena kampanye?")


@pytest.mark.parametrize("question", [
    # The report gives no count of women among the 250 let out.
    "Berapa napi perempuan yang dibebaskan Lapas Sibolga lewat asimilasi?",
    # "Harapan kami tentu tidak ada yang positif": a hope, no result.
    "How many of the Purwodadi inmates tested positive for HIV?",
    # "menyetorkan PNBP senilai Rp12.480.600" is a sum paid in, no price of a chair.
    "Berapa harga satu kursi lipat buatan Lapas Tenggarong?",
])
def test_what_the_round41_reports_do_not_say_is_not_answered(round41, check_abstains, question):
    check_abstains(round41, question)


def test_things_counted_are_not_the_inmates_whose_rooms_held_them(round38, check_abstains):
    # "menemukan beberapa ponsel": no number of phones; "dihuni 888 napi, yakni 868
    # laki-laki" counts the inmates the question names only as whose rooms were searched.
    check_abstains(round38, "How many phones were found in the inmates' rooms during the Tanjung Raja joint raid?")


def test_a_follow_up_on_the_crime_of_those_counted(round35):
    # "Seluruhnya merupakan warga binaan dengan latar belakang tindak pidana perlindungan
    # anak": "keduanya" points back and names nothing; "kasus" is the report's "pidana".
    history = [Turn("Siapa saja yang bebas dengan PB dari Lapas Namlea bulan Juli 2025?", "Tiga warga binaan.")]
    answer = round35.ask("Keduanya terjerat kasus apa?", history)
    assert "perlindungan anak" in answer_lead(answer.text), answer.text


def test_a_follow_up_subset_of_a_whole_counts_the_subset(round36):
    # "dari 83 litmas diversi itu sebanyak 72 dinyatakan berhasil": the whole a subset is
    # taken from is not the count of those asked.
    history = [Turn("Berapa litmas diversi yang ditangani Bapas Polewali pada 2022?", "83 litmas diversi.")]
    answer = round36.ask("Yang berhasil berapa?", history)
    assert "72" in answer_lead(answer.text), answer.text


def test_chat_follow_ups_ask_what_was_ordered_and_why(round36):
    # "menyuruh jajarannya ngapain": what they were told to do ("memberi arahan ... agar
    # meningkatkan pengawasan"); "menurut beliau kenapa": why, in his view.
    told = round36.ask("Lalu dia menyuruh jajarannya ngapain menjelang Natal?",
                       [Turn("Siapa Kepala LPKA Palu saat apel Desember 2022?", "Revanda Bangun.")])
    assert "pengawasan" in answer_lead(told.text), told.text
    why = round36.ask("Terus menurut beliau kenapa operasinya malam hari?",
                      [Turn("Siapa yang menjelaskan operasi gabungan di Rutan Praya Maret 2023?", "IPTU Amrozi Humaidi.")])
    assert "kamar masing-masing" in answer_lead(why.text), why.text


def test_a_function_word_sense_denies_nothing(round38):
    # "situation" is also "keadaan" (stem "ada"): "tidak ada" elsewhere in the report is no
    # denial of the measures it lists.
    answer = round38.ask("What has Lapas Sumbawa Besar already done to keep conditions in the blocks under control?", [])
    assert not answer.abstained and "penggeledahan" in answer_lead(answer.text), answer.text


def test_how_long_is_not_answered_by_a_head_count(round36, check_abstains):
    # "Remisi Dasawarsa I berjumlah 659 orang": the report never gives the length of the
    # largest cut; comparing head counts does not answer "berapa lama".
    check_abstains(round36, "Berapa lama potongan remisi dasawarsa terbesar di Lapas Tanjung Raja tahun 2025?")


def test_a_number_inside_a_name_counts_no_one(round34, check_abstains):
    # "Lapas Batu 18 Gunung Kijang", "Gudep 02-033": the report never says how many children
    # the scout troop has.
    check_abstains(round34, "How many child inmates belong to scout troop 02-033 at the Tanjungpinang narcotics prison?")


def test_who_swore_him_in_reads_the_agent_after_oleh(round34):
    # "... Misbahudin, dilantik menjadi Ketua Gugus Depan (Gudep) 02-033 oleh Ketua Kwartir
    # Cabang (Kwarcab) Gerakan Pramuka Bintan, Dalmasri Syam": the phrasal verb parted by its
    # pronoun ("swore him in") is the glossary's "swore in", and the post's body words are
    # no name ("Gerakan", "Gugus Depan").
    history = [Turn("Who was installed as head of the scout troop at the narcotics prison in Tanjungpinang?",
                    "Misbahudin, head of the narcotics prison.")]
    answer = round34.ask("And who swore him in?", history)
    assert "Dalmasri" in answer_lead(answer.text), answer.text


@pytest.mark.parametrize("question", [
    # "Paket itu diduga dilempar dari luar lapas oleh oknum yang tidak bertanggung jawab":
    # the head quoted next did not throw it.
    "Who threw the package of pills and ganja into Lapas Banceuy?",
    "Siapa orang yang melempar paket obat terlarang ke Lapas Banceuy?",
])
def test_a_doer_the_report_cannot_name_is_not_answered_by_someone_else(round32, check_abstains, question):
    check_abstains(round32, question)


@pytest.mark.parametrize("question", [
    # The report tells of two earlier fires' large losses, and of no sum for this one.
    "How much money was lost in the 2021 fire at the Kotapinang prison's official residence?",
    "Berapa nilai kerugian akibat kebakaran rumah dinas Lapas Kotapinang 2021?",
])
def test_a_sum_the_report_never_gives_is_not_answered_by_another_count(round31, check_abstains, question):
    check_abstains(round31, question)


@pytest.mark.parametrize("question", [
    "In which temple was the 2024 Vesak remission at Rutan Cipinang handed over?",
    "Di vihara mana remisi Waisak Rutan Cipinang 2024 diserahkan?",
])
def test_a_kind_of_place_the_report_never_names_is_not_answered(round29, check_abstains, question):
    # The report says where the head handed the remission over to whom, and names no
    # temple: another place of it is no temple.
    check_abstains(round29, question)


@pytest.mark.parametrize("question", [
    # "pesta demokrasi lima tahunan" counts nothing.
    "Berapa petugas tambahan yang disiagakan Lapas Lahat untuk hari pemungutan suara 2024?",
    # "Brimob Kompi 2": a company's number, no count of those tested.
    "Berapa tepatnya warga binaan Rutan Tanah Grogot yang dites urine oleh BNNK Paser?",
    # The regent who handed over the papers is no inmate; the report names none.
    "Siapa nama empat napi yang menerima remisi secara simbolis dari Bupati Tanah Datar pada 2024?",
])
def test_round26_questions_the_reports_do_not_answer(round26, check_abstains, question):
    check_abstains(round26, question)


@pytest.mark.parametrize("question", [
    # The report says the rutan will have its own TPS khusus and never numbers it.
    "Nomor berapa TPS khusus Rutan Putussibau pada Pemilu 2019?",
    "What number was the Putussibau detention centre's polling station given in 2019?",
])
def test_a_number_the_report_never_gives_a_thing_is_not_answered(round26, check_abstains, question):
    check_abstains(round26, question)


def test_a_message_asked_in_a_follow_up_is_what_was_urged(round25):
    # "ia berpesan agar mereka tetap bersemangat, ...": not the aid the report lists.
    history = [Turn("Siapa yang memberi sambutan mewakili pimpinan Lapas Kelas I Medan saat baksos HBP ke-57?",
                    "Lamarta Surbakti, Ka. KPLP")]
    lead = answer_lead(round25.ask("Lalu pesannya ke anak-anak panti apa saja?", history).text)
    assert "bersemangat" in lead and "sembako" not in lead, lead


@pytest.mark.parametrize("question", [
    # The report gives no term for Bujang Sapi; "hanya berlangsung beberapa menit" is how
    # long the escape took.
    "Berapa lama hukuman Bujang Sapi yang kabur dari Rutan Landak?",
    # "Apabila ditemukan unsur kesengajaan, ... akan dijatuhi sanksi": none imposed yet.
    "Sanksi apa yang sudah dijatuhkan kepada tiga petugas jaga Lapas Lubuk Basung?",
])
def test_a_term_or_sanction_the_report_never_gives_is_not_answered(round25, check_abstains, question):
    check_abstains(round25, question)


@pytest.mark.parametrize("question", [
    # The 30 screened are not those found ill; the report names no one found ill.
    "Berapa napi Rutan Makale yang terdiagnosis TBC saat Posbindu?",
    # Thousands of fish are no budget.
    "Berapa rupiah anggaran untuk mengolah lahan idle Lapas Terbuka Kendal?",
])
def test_a_count_the_report_never_gives_is_not_answered_by_another(late, check_abstains, question):
    check_abstains(late, question)


@pytest.mark.parametrize("question", [
    # The report counts the 80 trained, never any who failed.
    "How many Lapas Metro trainees failed the certification in September 2025?",
    # The report counts the 1,270 supervised, never any whose parole was revoked.
    "How many Bapas Kendari clients had their parole revoked in 2024?",
])
def test_a_count_of_an_outcome_the_report_never_gives_is_not_answered(incidents, check_abstains, question):
    check_abstains(incidents, question)


@pytest.mark.parametrize(("history", "question", "expected"), [
    # The turn before is about family visits: "each visit" is no official's visit.
    ([Turn("What registration hours did Lapas Cibinong set for family visits in July 2022?",
           "Two sessions: 09.00-11.00 and 13.30-14.30 WIB.")], "And how long could each visit last?", "30 menit"),
    # "stopped showing up" is "mangkir"; "dilatarbelakangi" gives the cause.
    ([Turn("Why did a probation officer from Bapas Purwokerto visit a client's home in Banyumas?",
           "The client had missed reporting three months in a row.")], "So why had the client stopped showing up?",
     "ekonomi"),
])
def test_a_follow_up_reads_its_turn_for_the_event_and_the_act(incidents, history, question, expected):
    answer = incidents.ask(question, history)
    assert expected in answer_lead(answer.text), answer.text


@pytest.mark.parametrize("question", [
    # No crime is named for the five released.
    "What crimes had the five Rutan Donggala inmates been convicted of?",
    # No score, brand or contractor is named.
    "What scores did the Gunungkidul LPKA juveniles get in the 2017 national exam?",
    "Which vaccine brand was used at Lapas Merah Mata in April 2022?",
    "Kontraktor apa yang membangun blok maximum security Lapas Cilegon?",
])
def test_a_kind_of_thing_the_report_never_names_is_not_answered(services, check_abstains, question):
    check_abstains(services, question)


@pytest.mark.parametrize("question", [
    # "jika aliran listrik hanya terputus selama tiga sampai empat jam": supposed, the power
    # was never cut.
    "How many hours was Lapas Barelang without power after PLN cut it in November 2018?",
])
def test_a_stretch_a_report_only_supposes_is_not_answered(services, check_abstains, question):
    check_abstains(services, question)


def test_an_age_in_brackets_answers_no_head_count(works, check_abstains):
    # "Mukhlisin (19)" is the defendant's age; the report never counts the escort.
    check_abstains(works, "How many police officers escorted the two Lhoksukon defendants back from court?")


@pytest.mark.parametrize("question", [
    # The report gives the 136 who got the Christmas remission as Kristen and Katolik together.
    "Of the 136 Bontang prison inmates granted the Christmas 2025 remission, how many were Catholics?",
    # Phones were smashed, but the report never counts them; "4 blok" is where the raid went.
    "How many mobile phones were seized in the April 2021 joint raid at Lapas Banjarmasin?",
])
def test_a_part_or_a_thing_the_report_never_counts_is_not_answered(round13, check_abstains, question):
    check_abstains(round13, question)


@pytest.mark.parametrize(("history", "question", "expected"), [
    # The turn before restricts to East Java; Lapas Serang (Banten) shares the words.
    ([Turn("Berapa warga binaan Jatim yang dapat remisi Lebaran 2024?", "16.691 warga binaan dan anak.")],
     "trus yg bebas hari itu juga brp?", ["133"]),
    # "from smallest to largest" asks the range, not a superlative; its top in two units.
    # A follow-up naming nothing of its own leans on the turn before, without "and".
    ([Turn("How many Rutan Banjarnegara inmates got the Eid 1446 H remission?", "70 inmates.")],
     "How long were their cuts, from the shortest to the longest?", ["15 hari", "satu bulan 15 hari"]),
    # "dari brp penghuni": the residents, "149 penghuni rutan", whose unit follows them.
    ([Turn("Waktu pileg 2014 ada TPS khusus di rutan magetan?", "Tidak, TPS di rutan ikut TPS sekitarnya.")],
     "terus waktu itu yg akhirnya bisa nyoblos ada brp orang, dari brp penghuni?", ["34", "149"]),
    # "..., bukan?" asks yes or no.
    ([Turn("Siapa saja yang ikut razia Rutan Ponorogo April 2022?", "Petugas rutan, Polres dan Subdenpom.")],
     "obat2an yg ditemukan itu narkoba bukan?", ["Tidak"]),
])
def test_a_follow_up_keeps_the_turn_s_province_and_reads_its_own_form(round13, history, question, expected):
    answer = round13.ask(question, history)
    lead = answer_lead(answer.text)
    assert all(part in lead for part in expected), answer.text


@pytest.mark.parametrize("question", [
    # The report gives the cuts only as a range ("paling sedikit 15 hari dan paling banyak 2
    # bulan"); it counts no one by the length of their cut.
    "Berapa narapidana Jawa Timur yang mendapat potongan dua bulan pada remisi Natal 2022?",
])
def test_a_count_of_one_cut_the_report_never_gives_is_not_the_total(round14, check_abstains, question):
    check_abstains(round14, question)


def test_a_follow_up_on_how_many_live_there_is_the_occupancy(round14):
    # "diisi 981 orang" is who live there; the 27 moved out are not.
    history = [Turn("Why did Lapas Kediri move 27 inmates to Madiun in August 2025?", "It was far over capacity.")]
    answer = round14.ask("How many people did it actually house then?", history)
    assert "981" in answer_lead(answer.text), answer.text


@pytest.mark.parametrize("question", [
    # The report counts only the 23 children who voted; none is said to have been left out.
    "How many LPKA Martapura children could not vote in 2024 for lack of an e-KTP?",
    # All inmates were tested, the report says, but it counts only the eight positive.
    "How many Kendal prison inmates were urine-tested in total in the 2015 police raid?",
    # The report names no one from Bawaslu at the Balikpapan signing.
    "Which Bawaslu Balikpapan commissioner witnessed the Lapas Balikpapan neutrality pledge?",
    # The owners "bisa dipindahkan" to Lapas Cilegon; no count of those actually moved.
    "Setelah razia Blok D Lapas Pemuda Tangerang, berapa napi yang akhirnya benar-benar dipindah ke Lapas Cilegon?",
])
def test_a_count_or_a_person_the_report_never_gives_is_not_another(round15, check_abstains, question):
    check_abstains(round15, question)


@pytest.mark.parametrize("question", [
    # "Jhon Heri, perawat di Lapas Sekayu" has a post; the inmate examined is never named.
    "Siapa nama napi Lapas Sekayu yang diperiksa kejiwaannya pada Agustus 2025?",
    # "Sementara sisanya mendapatkan layanan CB, CMB, serta PB": the rest is given no number.
    "How many Kraksaan detention centre inmates got parole during 2022?",
    "Berapa napi Rutan Kraksaan yang memperoleh pembebasan bersyarat selama 2022?",
])
def test_a_nurse_or_an_uncounted_rest_is_not_what_was_asked(round16, check_abstains, question):
    check_abstains(round16, question)


@pytest.mark.parametrize("question", [
    # "Asep Sutandar, yang sebelumnya bertugas sebagai Kalapas Kelas I Madiun" is an official;
    # the escapee is never named.
    "What was the name of the prisoner whose escape led to the rotation of Banten officials?",
])
def test_an_official_whose_post_follows_his_name_is_no_inmate(round18, check_abstains, question):
    check_abstains(round18, question)


def test_an_act_that_only_sets_the_time_is_not_the_stretch_asked(round16):
    # "sebelum meninggal": "sudah tiga jam meninggal dunia" is how long he had been dead,
    # not how much of his sentence he served ("menjalani masa pidana lebih dari 1 tahun").
    history = [Turn("Napi Lapas Siantar yang meninggal karena TBC itu meninggal kapan?",
                    "Hendra meninggal 10 September 2018.")]
    answer = round16.ask("sebelum meninggal, udah brp lama dia jalanin pidananya?", history)
    assert "1 tahun" in answer_lead(answer.text), answer.text


@pytest.mark.parametrize("question", [
    # The report says he was brought back after the examination; no days in hospital.
    "Berapa hari napi Lapas Arga Makmur yang mengidap tumor itu dirawat di RSUD?",
])
def test_a_number_of_days_the_report_never_gives_is_not_answered(round22, check_abstains, question):
    check_abstains(round22, question)


@pytest.mark.parametrize("question", [
    # "35 hektar" is the open prison's land; no capacity in inmates is given.
    "Lapas terbuka Ciangir kelak mampu menampung berapa orang napi?",
    # "Minggu (15-12-2019)" is a date, not a count of those tested.
    "Berapa WBP Rutan Kotaagung yang dites urine dalam razia jelang tahun baru 2020?",
])
def test_an_area_or_a_date_is_no_count_of_people(round23, check_abstains, question):
    check_abstains(round23, question)


def test_a_count_of_those_who_did_something_else_is_no_answer(round27):
    # "13 anak binaan dan 3 pegawai yang akan memberikan suara": no count of signers.
    answer = round27.ask("How many LPKA Palu staff signed the neutrality pact at the November 2024 assembly?", [])
    assert answer.abstained, answer.text
    assert "memberikan suara" in answer.text, answer.text


def test_a_kind_of_unit_the_report_never_names_is_not_answered_by_its_own(round28):
    # "di bawah pengawasan balai pemasyarakatan (bapas) terkait": no Bapas is named, and
    # the women's prison the report is about is no Bapas.
    answer = round28.ask("Which Bapas oversees the six women sent home on assimilation from Semarang's women's prison?", [])
    assert answer.abstained, answer.text


def test_a_breakdown_after_yakni_is_parts_of_the_count_before_it(round50):
    # "lima narapidana lainnya langsung menghirup udara bebas, yakni dua orang ... dan tiga
    # orang ...": asked how many walked free, the five, not the first part.
    history = [Turn("Berapa napi Hindu yang dapat remisi Nyepi 2018 secara nasional?", "811 orang.")]
    answer = round50.ask("trus yg langsung bebas ada brp orang?", history)
    assert "lima" in answer_lead(answer.text), answer.text


def test_a_bare_counter_counts_the_noun_a_chat_question_puts_up_front(round51):
    # "dokternya cuma ada brp orang?": the doctors ("hanya ada 2 dokter"), not the inmates.
    history = [Turn("Berapa kapasitas Lapasustik Cirebon pada 2013, dan diisi berapa napi?",
                    "Kapasitasnya 460 napi, tetapi dihuni 920 napi.")]
    answer = round51.ask("trus dokternya ada brp orang?", history)
    assert "2 dokter" in answer_lead(answer.text), answer.text


def test_a_follow_up_on_a_follow_up_stays_with_the_first_report(round51):
    # "trus sisanya brp org, kasusnya apa?": the rest ("18 orang lainnya") and their cases,
    # from the Makassar report the first question named, in two parts.
    history = [Turn("Dari 25 napi yang dipindah Rutan Makassar ke Lapas Makassar pada Oktober 2023, berapa yang "
                    "kasus narkotika?", "Tujuh orang.")]
    answer = round51.ask("trus sisanya brp org, kasusnya apa?", history)
    lead = answer_lead(answer.text)
    assert "18" in lead and "pidana umum" in lead, answer.text


def test_out_of_how_many_reads_the_whole_after_the_part(round51):
    # "ada 325 WBP yang dikunjungi keluarganya dari total 1.145 WBP": the whole the part was
    # taken from; the 1,660 visitors a day the answer before gave are known already.
    history = [Turn("Which South Sumatra prison had the most Eid 2024 visitors a day?",
                    "Lapas Muara Enim, with about 1,660 visitors a day.")]
    answer = round51.ask("How many of its inmates got a visit, out of how many held there?", history)
    lead = answer_lead(answer.text)
    assert "325" in lead and "1.145" in lead, answer.text


@pytest.mark.parametrize("question", [
    # "menderita demam tinggi": a symptom; the report says only the hospital knows the illness.
    "What disease did the hospital diagnose as the cause of death of SR, the Jember prison inmate, in 2021?",
    # The Tabanan report counts the two parolees but names neither; the officer it names is no inmate.
    "What are the names of the two Lapas Tabanan inmates who went home on parole in January 2023?",
])
def test_what_the_round51_reports_do_not_say_is_not_answered(round51, check_abstains, question):
    check_abstains(round51, question)


@pytest.mark.parametrize("question", [
    # "dihuni anak-anak": the report never counts the facility's population; the six sent
    # home are those the act took in.
    "Berapa total penghuni LPKA Kutoarjo saat enam anak didik dipulangkan untuk asimilasi pada April 2020?",
])
def test_what_the_round52_reports_do_not_say_is_not_answered(round52, check_abstains, question):
    check_abstains(round52, question)
