"""Answers on the real corpus: each question type, both languages, dates, lists,
follow-ups and abstention (issue 3). Uses the session index built from corpus/."""

from __future__ import annotations

import re

import pytest

from rag.evaluation import load_questions, run_system, summarize
from rag.records import Turn

pytestmark = pytest.mark.slow

KALABAHI = "004_ed94e31d68d34072"
BABEL = "000_0fbc2bfb2ba2f1e5"


def cited_docs(answer) -> set[str]:
    return {c.doc_id for c in answer.citations}


def markers(answer) -> set[int]:
    return {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}


def test_every_marker_points_at_a_citation(assistant):
    answer = assistant.ask("Siapa Kalapas Tanjungpandan?")
    assert markers(answer) and markers(answer) <= {c.n for c in answer.citations}


def test_who_answers_a_name_with_its_role(assistant):
    answer = assistant.ask("Who led the roll call at Lapas Pati?")
    assert answer.language == "en" and not answer.abstained
    assert "Febie Dwi Hartanto" in answer.text.split("\n")[0]
    assert "Pembina Apel" in answer.citations[0].text


def test_how_many_answers_the_number_not_a_paragraph(assistant):
    answer = assistant.ask("Berapa jumlah tahanan di Kepulauan Bangka Belitung?")
    first_line = answer.text.split("\n")[0]
    assert "556 orang" in first_line and len(first_line) < 40
    assert cited_docs(answer) == {BABEL}


def test_english_count_gives_both_number_formats(assistant):
    answer = assistant.ask("How many inmates were there in Bangka Belitung as of 21 December 2023?")
    assert "2.549" in answer.text and "2,549" in answer.text


def test_when_resolves_weekday_date_with_year(assistant):
    answer = assistant.ask("When did Lapas Kalabahi hold the neutrality pledge?")
    assert "Monday, 13 February 2023" in answer.text
    assert cited_docs(answer) == {KALABAHI}


def test_when_in_indonesian_answers_in_indonesian(assistant):
    answer = assistant.ask("Kapan apel siaga Nataru di Purwokerto dilaksanakan?")
    assert answer.language == "id" and "Selasa, 19 Desember 2023" in answer.text


def test_where_answers_the_venue(assistant):
    answer = assistant.ask("Di mana apel siaga UPT eks Karesidenan Banyumas diadakan?")
    assert "Lapangan Upacara Lapas Kelas IIA Purwokerto" in answer.text.split("\n")[0]


def test_list_gathers_every_december_pledge_and_nothing_else(assistant):
    answer = assistant.ask("Which UPT held a neutrality pledge in December?")
    lines = [line for line in answer.text.split("\n") if line.startswith("- ")]
    assert len(lines) == 3
    for place in ("Pangkalpinang", "Purbalingga", "Blora"):
        assert sum(place in line for line in lines) == 1
    assert "Kalabahi" not in answer.text  # February, outside the asked month
    assert "Tanjungpandan" not in answer.text  # a meeting, not a pledge
    assert all(re.search(r"\[\d+\]$", line) for line in lines)


def test_list_with_a_month_that_has_no_event_abstains(assistant):
    answer = assistant.ask("UPT mana yang mengadakan apel siaga pada bulan Maret?")
    assert answer.abstained and "Maret" in answer.text


def test_follow_up_resolves_against_previous_turn(assistant):
    history = [Turn("Who is the head of Lapas Kalabahi?", "Yusup Gunawan [1]")]
    answer = assistant.ask("And when was the pledge held?", history=history)
    assert "13 February 2023" in answer.text


def test_indonesian_follow_up_with_suffix_pronoun(assistant):
    history = [Turn("Kapan apel siaga Nataru di Purwokerto dilaksanakan?", "19 Desember 2023 [1]")]
    answer = assistant.ask("Siapa pembina apelnya?", history=history)
    assert "Riko Purnama Candra" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "How many inmates escaped from Lapas Pati?",
        "Siapa Kepala Lapas Cipinang?",
        "What is the 2024 budget of Rutan Blora?",
        "Who won the 2024 election?",
    ],
)
def test_unanswerable_questions_abstain_in_their_language(assistant, question):
    answer = assistant.ask(question)
    assert answer.abstained
    expected = "do not contain" if answer.language == "en" else "tidak memuat"
    assert expected in answer.text


def test_repeated_directive_in_two_articles_is_cited_once_with_its_copy(assistant):
    answer = assistant.ask("Apa yang harus dijaga petugas sebelum, selama, maupun sesudah Pemilu 2024?")
    assert not answer.abstained
    assert any(c.also_in for c in answer.citations) or "juga dimuat" in answer.text


def test_user_date_filter_excludes_articles_outside_range(assistant):
    from datetime import date

    from rag.records import Filters

    answer = assistant.ask(
        "Kapan ikrar netralitas dilaksanakan?",
        filters=Filters(date_from=date(2023, 2, 1), date_to=date(2023, 2, 28)),
    )
    assert cited_docs(answer) <= {KALABAHI} and "13 Februari 2023" in answer.text


def test_project_question_set_meets_its_targets(assistant):
    results = summarize(run_system(assistant, load_questions()))
    # Scored by the devcorpus's strict rule since issue 12 (the answer's own lines, at most
    # 40 words for one asked thing): 0.825 / 0.802 with the old reader, whose "what" answers
    # ran past 40 words; 0.946 / 0.934 with the reader of issue 11; 0.988 / 1.0 after its
    # third session (issue 11's target is 0.98), 166/166 since. At 0.98 two questions could
    # be lost unnoticed (the forty-seventh session lost "drug offenders" and the Kalabahi
    # "why" to rules the loop over the other sets never exercised): one at most may go.
    assert results["all"]["answer_accuracy"] >= 0.99
    assert results["en"]["answer_accuracy"] >= 0.95
    assert results["all"]["evidence_recall@3"] >= 0.95
    assert results["all"]["abstention_accuracy"] == 1.0


def test_compound_question_answers_both_parts_with_shared_citations(assistant):
    answer = assistant.ask("Who led the roll call in Pati and when was it held?")
    assert "Febie Dwi Hartanto" in answer.text and "20 December 2023" in answer.text
    assert markers(answer) <= {c.n for c in answer.citations}
    assert len({c.chunk_id for c in answer.citations}) == len(answer.citations)


def test_person_is_chosen_by_the_role_the_question_names(assistant):
    answer = assistant.ask("Who is the Sekjen of Kemenkumham?")
    assert "Andap Budhi Revianto" in answer.text.split("\n")[0]


def test_author_question_is_answered_from_the_byline(assistant):
    answer = assistant.ask("Who wrote the article about Rutan Blora?")
    assert "Dheny Window" in answer.text and "blora.ngo.web.id" in answer.text


def test_author_missing_from_the_article_abstains(assistant):
    assert assistant.ask("Who wrote the article about Lapas Kalabahi?").abstained


def test_summary_gives_headline_and_lead_with_citations(assistant):
    answer = assistant.ask("Ringkas berita tentang Rutan Blora")
    assert answer.text.startswith("**Tingkatkan Kewaspadaan Nataru")
    assert len(markers(answer)) >= 1 and answer.text.count("\n- ") >= 2


def test_yes_no_says_yes_only_when_a_passage_holds_everything(assistant):
    yes = assistant.ask("Did Rutan Blora hold a neutrality pledge?")
    assert yes.text.startswith("Yes.")
    partial = assistant.ask("Apakah Lapas Kalabahi mengadakan apel siaga Nataru?")
    assert not partial.text.startswith("Ya") and "tidak menyebut" in partial.text.lower()


def test_question_about_a_name_only_still_answers(assistant):
    answer = assistant.ask("Who is Yusup Gunawan?")
    assert not answer.abstained and "Kalabahi" in answer.text


def test_question_with_only_a_name_in_common_abstains(assistant):
    assert assistant.ask("What is the capital of Indonesia?").abstained


def test_elliptical_follow_up_keeps_the_previous_question_type(assistant):
    history = [Turn("Berapa jumlah tahanan di Babel?", "556 orang [1]")]
    answer = assistant.ask("Kalau narapidana?", history=history)
    assert answer.text.startswith("**1.993 orang**")


def test_follow_up_naming_a_new_subject_drops_the_old_one(assistant):
    history = [Turn("Who is the head of Lapas Kalabahi?", "Yusup Gunawan [1]")]
    answer = assistant.ask("And Rutan Blora?", history=history)
    assert "Budi Hardiono" in answer.text and "Yusup" not in answer.text


def test_region_question_answers_the_administrative_region(assistant):
    answer = assistant.ask("In which province is Lapas Kalabahi?")
    assert "Nusa Tenggara Timur" in answer.text.split("\n")[0]


def test_several_people_are_listed_with_their_roles(assistant):
    answer = assistant.ask("Siapa saja pejabat Kemenkumham yang disebut dalam berita Kalabahi?")
    lines = [line for line in answer.text.split("\n") if line.startswith("- ")]
    assert any("Andap Budhi Revianto" in line for line in lines)
    assert any("Marciana D. Jone" in line for line in lines)
    assert not any("Hak Asasi" in line for line in lines)


def test_purpose_question_quotes_the_purpose_clause(assistant):
    answer = assistant.ask("Apa tujuan apel siaga Nataru di Purwokerto?")
    assert answer.text.startswith("“Dalam rangka persiapan Natal 2023")


def test_what_happened_on_a_day_quotes_what_is_written_before_the_date(assistant):
    # "... secara khusus dalam rapat internalisasi Senin (04/12)": the event comes last.
    answer = assistant.ask("What happened at Lapas Tanjungpandan on 4 December 2023?")
    assert "internalisasi" in answer.text.split("\n")[0]


def test_items_are_not_the_commas_between_degrees(assistant):
    # The lead names "Gowim Halai, A.Md.IP, S.Sos, M.Si": no list of prohibitions.
    answer = assistant.ask("Apa saja yang dilarang bagi ASN terkait kampanye menurut Kalapas Tanjungpandan?")
    assert "kampanye" in answer.text.split("\n")[0]


def test_organisations_asked_are_the_enumerated_agencies(assistant):
    answer = assistant.ask("Which organisations sent representatives to the Pangkalpinang alert roll call?")
    first = answer.text.split("\n")[0]
    assert "Bawaslu" in first and "BNN" in first


def test_the_post_whose_message_was_delivered_is_not_the_one_asked(assistant):
    # "Kunrat Kasmiri selaku pemimpin apel, menyampaikan pesan Kepala Kanwil, Harun Sulianto".
    answer = assistant.ask("Siapa yang menyampaikan amanat Kakanwil dalam apel di Pangkalpinang?")
    first = answer.text.split("\n")[0]
    assert "Kunrat Kasmiri" in first and "Harun" not in first
