"""Chunking: split an article into sentence-aligned, overlapping passages with offsets."""

from __future__ import annotations

import re

from rag.chunk_table import chunk_id
from rag.records import Article, Chunk

# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and an
# upper-case letter, digit or opening quote. Abbreviations common in these articles
# ("Kep.", "S.Sos", "A.Md.IP", "Komjen Pol.") are protected below so they do not split.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
#: Bump when sentence or passage boundaries change: stored passages and their vectors are
#: then not reused (``Settings.build_params``).
CHUNKER_VERSION = 11
_NO_SPLIT_BEFORE = re.compile(
    # "Muh. Zainal Asnun", "Moh. Ali", "Prof. Dr.", "Hi. Sarbin Sehe" (Haji, as written in
    # Maluku): a name goes on after its abbreviation.
    r"(?:\b(?:Kep|Pol|Komjen|Kab|Kec|No|H[ij]?|Dr|dr|drg|Dra|Drh|Ir|Drs|Sos|Md|IP|Si|AP|SH|MH|St|Jl|Ka|dkk|RI|"
    r"Muh|Moh|Mhd|Muhd|Moch|Mochd|Mohd|Abd|Prof|Pdt|Tgk|Ust|Ns|Apt|"
    # "Kasubsi. Perawatan Ilhamsyah", "Kasi. Adm. Kamtib Muslihul Hayat": a post's short
    # form goes on to its section and the holder's name.
    r"Kasi|Kasie|Kasub|Kasubsi|Kasubsie|Kasubag|Kasubbag|Kabag|Kabid|Kasat|Kaur|Adm|Bpk|Sdr|Sdri|"
    # "dibuka oleh Plh. Kalapas Kelas IIA Kerobokan, I Kadek ...": an acting mark goes on
    # to the post it marks.
    r"Plh|Plt|Pj|"
    # "di rumah dinas Kepala Bapas Garut di Jalan KH. Hasan Arief", "Jln. Sudirman", "Gg.
    # Melati", "Kel. Sukasenang", "Ny. Ratna": a title or a place word goes on to its name.
    r"KH|Jln|Gg|Kel|Ds|Ny|"
    # "Kapolres Lampung Tengah AKBP. Popon Ardianto": a rank written with a dot goes on to
    # its holder's name.
    r"AKBP|AKP|Kompol|Kombes|Brigjen|Irjen|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Briptu|Bripda|"
    r"Kapten|Mayor|Letkol|Kolonel|Lettu|Letda|Serka|Serma|Sertu|Pelda|Peltu)"
    # "Kepala Bapas Kelas II Gorontalo, RM. Dwi Arnanto, ...", "Kasi Bimnadik dan Giatja,
    # IGAP. Mahendra": initials opening a name set off by a comma.
    r"|\b[A-Z]|,\s+[A-Z]{2,4})\.[\"'”’)]*$"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text``; paragraph breaks always end a sentence.

    Args:
        text: clean article text, paragraphs separated by blank lines.

    Returns:
        Non-overlapping spans covering every non-blank sentence, in order.
    """
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        start = para.start()
        for boundary in _SENTENCE_END.finditer(para.group()):
            end = para.start() + boundary.start()
            if _NO_SPLIT_BEFORE.search(text[start:end]):
                continue
            spans.append((start, end))
            start = para.start() + boundary.end()
        if start < para.end():
            spans.append((start, para.end()))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def chunk_article(article: Article, chunk_chars: int = 500, overlap_sentences: int = 1) -> list[Chunk]:
    """Greedily pack whole sentences into passages of about ``chunk_chars`` characters.

    A passage never starts mid-sentence and consecutive passages share
    ``overlap_sentences`` sentences. The title is not part of any passage: it is
    indexed with every passage by the lexical stage instead.

    Args:
        article: the parsed article.
        chunk_chars: target passage length; a single longer sentence forms its own passage.
        overlap_sentences: sentences carried over into the next passage.

    Returns:
        The article's passages in order, with stable ids ``{doc_id}#{ordinal:03d}``. Each
        carries the article's main event date: news articles report one event, and dates
        inside a passage are as often references (a circular's date) as events.
    """
    sentences = split_sentences(article.text)
    groups = _pack(sentences, chunk_chars, overlap_sentences)
    chunks = []
    for ordinal, (first, last) in enumerate(groups):
        start, end = sentences[first][0], sentences[last][1]
        chunks.append(
            Chunk(
                chunk_id=chunk_id(article.doc_id, ordinal),
                doc_id=article.doc_id,
                ordinal=ordinal,
                text=article.text[start:end],
                start=start,
                end=end,
                event_date=article.main_event_date,
            )
        )
    return chunks


def _pack(sentences: list[tuple[int, int]], limit: int, overlap: int) -> list[tuple[int, int]]:
    """Group sentence indexes into ``(first, last)`` runs of about ``limit`` characters."""
    groups: list[tuple[int, int]] = []
    first = 0
    while first < len(sentences):
        last = first
        while last + 1 < len(sentences) and sentences[last + 1][1] - sentences[first][0] <= limit:
            last += 1
        groups.append((first, last))
        if last + 1 >= len(sentences):
            break
        first = max(last + 1 - overlap, first + 1)
    return groups

