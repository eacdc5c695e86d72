"""Chunking: sentence-aligned passages with overlap and exact offsets."""

from rag.chunking import chunk_article, split_sentences
from rag.records import Article

TEXT = (
    "Kepala Divisi Pemasyarakatan Kanwil Kemenkumham Kep. Babel, Kunrat Kasmiri selaku pemimpin "
    "apel, menyampaikan pesan Kepala Kanwil. Apel dilaksanakan di lapangan Lapas.\n\n"
    "Jumlah penghuni berjumlah 2.549 orang. Kasus didominasi narkoba sebanyak 1.384 orang."
)


def test_sentences_do_not_split_on_abbreviations():
    sentences = [TEXT[s:e] for s, e in split_sentences(TEXT)]
    assert sentences[0].startswith("Kepala Divisi") and sentences[0].endswith("Kepala Kanwil.")
    assert "Jumlah penghuni berjumlah 2.549 orang." in sentences


def test_paragraph_break_ends_a_sentence():
    text = "Satu dua\n\nTiga empat."
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == ["Satu dua", "Tiga empat."]


def test_chunks_cover_text_with_offsets_and_overlap():
    article = Article(doc_id="d", path="d.txt", title="T", text=TEXT)
    chunks = chunk_article(article, chunk_chars=200, overlap_sentences=1)
    assert len(chunks) >= 2
    for chunk in chunks:
        assert TEXT[chunk.start : chunk.end] == chunk.text
    assert chunks[1].start < chunks[0].end  # one sentence shared
    assert [c.chunk_id for c in chunks] == [f"d#{i:03d}" for i in range(len(chunks))]


def test_chunk_ids_are_stable_across_runs():
    article = Article(doc_id="d", path="d.txt", title="T", text=TEXT)
    assert chunk_article(article) == chunk_article(article)


def test_empty_article_has_no_chunks():
    assert chunk_article(Article(doc_id="e", path="e.txt", title="T", text="")) == []


def test_a_name_goes_on_after_its_abbreviated_first_word():
    text = "Ketua Bawaslu Parepare, Muh. Zainal Asnun, memaparkan aturan. Ia menambahkan hal lain."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Ketua Bawaslu Parepare, Muh. Zainal Asnun, memaparkan aturan.",
        "Ia menambahkan hal lain.",
    ]


def test_haji_written_hi_goes_on_to_the_name():
    # Maluku reports write Haji "Hi.": "Wakil Gubernur Maluku Utara, Hi. Sarbin Sehe, ..."
    # is one sentence, so the deputy governor keeps his name.
    text = "Wakil Gubernur Maluku Utara, Hi. Sarbin Sehe, menerima rombongan. Pertemuan berlangsung di Sofifi."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Wakil Gubernur Maluku Utara, Hi. Sarbin Sehe, menerima rombongan.",
        "Pertemuan berlangsung di Sofifi.",
    ]


def test_a_post_short_form_with_a_dot_goes_on_to_its_holder():
    # "dikerjakan oleh Kasubsi. Perawatan Ilhamsyah": one sentence, so the holder stays
    # beside the act.
    text = "Pemeriksaan urine sendiri dikerjakan oleh Kasubsi. Perawatan Ilhamsyah bersama dokter Lapas. Selesai."
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences[0] == "Pemeriksaan urine sendiri dikerjakan oleh Kasubsi. Perawatan Ilhamsyah bersama dokter Lapas."


def test_an_acting_mark_goes_on_to_the_post_it_marks():
    # "dibuka oleh Plh. Kalapas ...": split after "Plh." the post would lose its acting
    # mark and the opener's sentence would lose its post.
    text = "Kegiatan dibuka oleh Plh. Kalapas Kelas IIA Kerobokan, I Kadek Dedy. Peserta hadir."
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences[0] == "Kegiatan dibuka oleh Plh. Kalapas Kelas IIA Kerobokan, I Kadek Dedy."


def test_a_womans_degree_before_her_name_goes_on_to_the_name():
    # "Dra. Eny Hari Sutiarny": the degree, not a sentence's end, so the post before it
    # stays with its holder.
    text = "Kepala Dispendukcapil Kota Malang, Dra. Eny Hari Sutiarny, MM, menuturkan hal itu. Kalimat lain."
    assert [text[s:e] for s, e in split_sentences(text)][0].endswith("menuturkan hal itu.")
