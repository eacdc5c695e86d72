"""UI: the Gradio page (chat with sources, filters, corpus browser, timeline).

``build_ui`` only wires components; everything it shows comes from the plain functions
above it (``respond``, ``format_sources``, ``corpus_table``, ...), which tests call
without a browser. Article text and questions are always shown as text: they are
HTML-escaped and their Markdown punctuation neutralised before Gradio renders them, and
Gradio's own sanitiser stays on behind that.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import quote

import gradio as gr
import pandas as pd

from rag.admin import Admin
from rag.assistant import Assistant
from rag.errors import RagError
from rag.glossary import translate_query
from rag.indonesian import STOPWORDS_ID, content_terms, stem, tokenize
from rag.records import Answer, Article, Citation, Filters, Turn
from rag.timeline import timeline_figure

if TYPE_CHECKING:  # rag.ui_admin imports this module
    from rag.ui_admin import AdminPanel

log = logging.getLogger(__name__)

EXAMPLES = [
    "UPT mana saja yang melaksanakan ikrar netralitas pada bulan Desember?",
    "Berapa jumlah penghuni Lapas/Rutan/LPKA di Babel per 21 Desember 2023?",
    "Which UPT held a neutrality pledge in December?",
    "Who led the roll call in Pati?",
]
#: Earlier turns passed to the assistant: follow-ups refer to the last few exchanges.
HISTORY_TURNS = 5
MAX_QUESTION_CHARS = 2000
SEARCHING = "_Mencari di artikel… / Searching the articles…_"
NO_ANSWER = "**Tidak ada jawaban di artikel / No answer in the articles.**"

#: Page CSS and theme. Gradio 6 takes both at mount time, so ``app.py`` passes them to
#: ``gr.mount_gradio_app(css=CSS, theme=THEME)``; the page works without them.
CSS = """
.sources mark { background: #fde68a; color: inherit; padding: 0 2px; border-radius: 3px; }
.sources blockquote { margin: 4px 0 12px; font-size: 0.95em; }
.filter-note { font-size: 0.9em; opacity: 0.85; }
"""
#: System fonts: the default theme fetches web fonts from Google, which an offline
#: deployment cannot reach (and the page falls back glyph by glyph).
_SYSTEM_SANS = ["ui-sans-serif", "system-ui", "DejaVu Sans", "Arial", "sans-serif"]
_SYSTEM_MONO = ["ui-monospace", "DejaVu Sans Mono", "Consolas", "monospace"]
THEME = gr.themes.Default(primary_hue="blue", font=_SYSTEM_SANS, font_mono=_SYSTEM_MONO)

# Characters Markdown gives meaning to; written as numeric entities they render literally.
_MARKDOWN_CHARS = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_{}[]()#+-.!|~$"})
# Runs of letters/digits joined by . , / : ' - ("2.549", "21/12", "se-Kepulauan").
_WORD = re.compile(r"\w+(?:[.,/:'’\-]\w+)*")
_EN_STOPWORDS = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "what",
     "which", "who", "whom", "when", "where", "why", "how", "did", "does", "do", "was", "were",
     "is", "are", "be", "been", "has", "have", "had", "this", "that", "these", "those", "from"}
)  # fmt: skip
# Question words say what is asked, not what to look for in a passage.
_QUESTION_WORDS = frozenset(
    {"siapa", "apa", "apakah", "kapan", "mana", "dimana", "berapa", "bagaimana", "mengapa",
     "kenapa", "saja"}
)  # fmt: skip


def escape_text(text: str) -> str:
    """Text → Markdown that displays exactly ``text``: no HTML runs, no formatting applies."""
    return html.escape(text).translate(_MARKDOWN_CHARS)


def question_terms(question: str) -> frozenset[str]:
    """Lowercase content words of a question, plus the Indonesian terms of an English one."""
    words = set(content_terms(question))
    for term in translate_query(question):
        words.update(term.lower().split())
    dropped = STOPWORDS_ID | _EN_STOPWORDS | _QUESTION_WORDS
    return frozenset(w for w in words if w not in dropped and (len(w) >= 3 or w.isdigit()))


def _matches(word: str, terms: frozenset[str], stems: frozenset[str]) -> bool:
    lower = word.lower()
    if lower in terms:
        return True
    return any(t in terms or stem(t) in stems for t in tokenize(lower))


def highlight(text: str, terms: frozenset[str]) -> str:
    """Escape ``text`` (see ``escape_text``) and wrap the words matching ``terms`` in <mark>.

    Words match on their lowercase form or their stem, so "netralitas" marks "Netralitas"
    and "melaksanakan" marks "dilaksanakan". Marks are added around already-escaped words,
    so nothing in ``text`` can open or close a tag.
    """
    stems = frozenset(stem(t) for t in terms)
    parts: list[str] = []
    last = 0
    for match in _WORD.finditer(text):
        parts.append(escape_text(text[last : match.start()]))
        word = escape_text(match.group())
        parts.append(f"<mark>{word}</mark>" if _matches(match.group(), terms, stems) else word)
        last = match.end()
    parts.append(escape_text(text[last:]))
    return "".join(parts)


def _meta_line(c: Citation) -> str:
    parts = [c.source, c.author]
    if c.published:
        parts.append(f"terbit / published {c.published.isoformat()}")
    if c.event_date:
        parts.append(f"peristiwa / event {c.event_date.isoformat()}")
    return " · ".join(escape_text(p) for p in parts if p)


def format_sources(answer: Answer | None, question: str = "") -> str:
    """The cited passages as Markdown: title, outlet, author, dates, highlighted passage.

    Args:
        answer: the assistant's answer (None before the first question).
        question: the question asked; its words are highlighted in the passages.

    Returns:
        Markdown safe to render: every piece of article text is escaped.
    """
    if answer is None:
        return "_Sumber jawaban akan tampil di sini. / The sources of each answer appear here._"
    if not answer.citations:
        return "_Tidak ada bagian artikel yang dikutip. / No passage was cited._"
    heading = (
        "#### Bagian terdekat (bukan jawaban) / Nearest passages (not an answer)"
        if answer.abstained
        else "#### Sumber / Sources"
    )
    terms = question_terms(question)
    blocks = [heading]
    for c in answer.citations:
        passage = highlight(" ".join(c.text.split()), terms)
        links = f"[artikel lengkap / full article (JSON)](/api/documents/{_url_part(c.doc_id)})"
        if c.also_in:
            links += " · juga di / also in: " + ", ".join(escape_text(d) for d in c.also_in)
        blocks.append(
            f"**[{c.n}] {escape_text(c.title)}**  \n{_meta_line(c)}\n\n> {passage}\n\n{links}"
        )
    return "\n\n".join(blocks)


def _url_part(doc_id: str) -> str:
    """A doc id as a URL path segment (ids are file stems, but never trust that)."""
    return quote(doc_id, safe="")


def answer_markdown(answer: Answer) -> str:
    """The answer for the chat: its Markdown kept, any HTML quoted from an article shown as text."""
    # Only "&" and "<": the composer's Markdown uses ">" for quotes, and without "<" no tag opens.
    text = answer.text.replace("&", "&amp;").replace("<", "&lt;")
    return f"{NO_ANSWER}\n\n{text}" if answer.abstained else text


def article_markdown(article: Article | None) -> str:
    """One article in full, with its metadata, as safe Markdown."""
    if article is None:
        return "_Pilih artikel. / Choose an article._"
    meta = [article.source, article.author, article.place]
    if article.published:
        meta.append(f"terbit / published {article.published.isoformat()}")
    days = sorted({e.day.isoformat() for e in article.event_dates})
    if days:
        meta.append("peristiwa / events " + ", ".join(days))
    lines = [f"### {escape_text(article.title)}", " · ".join(escape_text(m) for m in meta if m)]
    if article.upts:
        lines.append("UPT: " + ", ".join(escape_text(u) for u in article.upts))
    paragraphs = [p.strip() for p in article.text.split("\n") if p.strip()]
    lines.extend(escape_text(p) for p in paragraphs)
    return "\n\n".join(lines)


def _parse_day(value: str | None, label: str) -> date | None:
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{label}: “{value}” bukan tanggal YYYY-MM-DD / is not a YYYY-MM-DD date")


def build_filters(
    articles: Iterable[Article],
    date_from: str | None = None,
    date_to: str | None = None,
    upts: Sequence[str] = (),
    doc_ids: Sequence[str] = (),
) -> Filters:
    """The filters the widgets describe; a UPT stands for the articles that mention it.

    Args:
        articles: the indexed articles.
        date_from / date_to: ``YYYY-MM-DD`` (a time after the date is ignored), or empty.
        upts: chosen UPT names.
        doc_ids: chosen articles.

    Returns:
        ``Filters`` whose ``doc_ids`` are the chosen articles plus those of the chosen UPTs.

    Raises:
        ValueError: a date is not ``YYYY-MM-DD``, or the range ends before it starts.
    """
    start = _parse_day(date_from, "Dari / From")
    end = _parse_day(date_to, "Sampai / To")
    if start and end and end < start:
        raise ValueError("Tanggal akhir sebelum tanggal awal / The end date is before the start")
    chosen = set(upts or ())
    docs = list(dict.fromkeys(doc_ids or ()))
    for article in articles:
        if chosen.intersection(article.upts) and article.doc_id not in docs:
            docs.append(article.doc_id)
    return Filters(start, end, tuple(docs))


def filter_summary(
    articles: Iterable[Article],
    date_from: str | None = None,
    date_to: str | None = None,
    upts: Sequence[str] = (),
    doc_ids: Sequence[str] = (),
) -> str:
    """One line saying what the next question will search."""
    try:
        filters = build_filters(articles, date_from, date_to, upts, doc_ids)
    except ValueError as exc:
        return f"**{escape_text(str(exc))}**"
    if filters.empty:
        return "Tanpa filter: semua artikel. / No filter: all articles."
    parts = []
    if filters.doc_ids:
        parts.append(f"{len(filters.doc_ids)} artikel / articles")
    if filters.date_from or filters.date_to:
        start = filters.date_from.isoformat() if filters.date_from else "…"
        end = filters.date_to.isoformat() if filters.date_to else "…"
        parts.append(f"{start} – {end}")
    return "Pertanyaan berikutnya hanya mencari di / The next question searches only: " + (
        ", ".join(parts)
    )


def upt_choices(articles: Iterable[Article]) -> list[str]:
    """Every UPT the articles mention, sorted."""
    return sorted({u for a in articles for u in a.upts})


def article_choices(articles: Iterable[Article]) -> list[tuple[str, str]]:
    """(label, doc_id) pairs for article pickers."""
    return [(_short(a.title, 90), a.doc_id) for a in articles]


def citation_choices(answer: Answer | None) -> list[tuple[str, str]]:
    """(label, doc_id) for the articles an answer cites, first citation first."""
    if answer is None:
        return []
    seen: dict[str, str] = {}
    for c in answer.citations:
        seen.setdefault(c.doc_id, f"[{c.n}] {_short(c.title, 80)}")
    return [(label, doc_id) for doc_id, label in seen.items()]


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


CORPUS_COLUMNS = [
    "Judul / Title", "Media / Outlet", "Penulis / Author", "Terbit / Published",
    "Peristiwa / Events", "UPT",
]  # fmt: skip


def corpus_table(assistant: Assistant) -> pd.DataFrame:
    """Every indexed article with its extracted metadata, one row each."""
    rows = []
    for a in assistant.index.data.articles:
        rows.append(
            {
                "Judul / Title": a.title,
                "Media / Outlet": a.source or "",
                "Penulis / Author": a.author or "",
                "Terbit / Published": a.published.isoformat() if a.published else "",
                "Peristiwa / Events": ", ".join(sorted({e.day.isoformat() for e in a.event_dates})),
                "UPT": ", ".join(a.upts),
            }
        )
    return pd.DataFrame(rows, columns=CORPUS_COLUMNS)



def index_status(assistant: Assistant) -> str:
    """The serving index as a Markdown line (from ``Assistant.health``)."""
    h = assistant.health()
    return (
        f"**Indeks / Index:** {h['documents']} artikel / articles · {h['chunks']} bagian / chunks"
        f" · model {escape_text(str(h['model']))} · generasi / generation"
        f" {escape_text(str(h['generation']))} · dibangun / built {escape_text(str(h['built_at']))}"
    )


@dataclass(frozen=True)
class Reply:
    """What one question changes on the page."""

    messages: list[dict] = field(default_factory=list)  # the whole chat, Chatbot format
    turns: list[Turn] = field(default_factory=list)  # the exchanges, for follow-ups
    answer: Answer | None = None
    sources: str = ""


def pending(message: str, messages: list[dict]) -> list[dict]:
    """The chat while an answer is being found: the question and a "searching" note."""
    if not (message or "").strip():
        return messages
    return [*messages, _user(message), {"role": "assistant", "content": SEARCHING}]


def _user(message: str) -> dict:
    return {"role": "user", "content": escape_text(message.strip())}


def respond(
    assistant: Assistant,
    message: str,
    messages: list[dict],
    turns: list[Turn],
    date_from: str | None = None,
    date_to: str | None = None,
    upts: Sequence[str] = (),
    doc_ids: Sequence[str] = (),
) -> Reply:
    """Ask the assistant, with the earlier turns and the filters; errors become chat text.

    Args:
        assistant: the assistant.
        message: the question as typed.
        messages: the chat so far (Chatbot messages).
        turns: the earlier exchanges, oldest first.
        date_from / date_to / upts / doc_ids: the filter widgets' values.

    Returns:
        The new chat, turns, answer and sources. On an empty, too long or unanswerable
        request the chat says why and the turns are unchanged.
    """
    question = (message or "").strip()
    if not question:
        return Reply(messages, turns, None, format_sources(None))
    try:
        if len(question) > MAX_QUESTION_CHARS:
            raise ValueError(f"Pertanyaan terlalu panjang / Question too long (max {MAX_QUESTION_CHARS})")
        filters = build_filters(assistant.index.data.articles, date_from, date_to, upts, doc_ids)
        answer = assistant.ask(question, history=turns[-HISTORY_TURNS:], filters=filters)
    except (ValueError, RagError) as exc:
        return _failed(messages, turns, question, str(exc))
    except Exception:  # the UI edge, like the API's 500 handler: words, never a traceback
        log.exception("Answering %r failed", question)
        return _failed(messages, turns, question, "Terjadi galat internal / Internal error")
    shown = [*messages, _user(question), {"role": "assistant", "content": answer_markdown(answer)}]
    return Reply(shown, [*turns, Turn(question, answer.text)], answer, format_sources(answer, question))


def _failed(messages: list[dict], turns: list[Turn], question: str, reason: str) -> Reply:
    note = {"role": "assistant", "content": f"**{escape_text(reason)}**"}
    return Reply([*messages, _user(question), note], turns, None, format_sources(None))


def _article(assistant: Assistant, doc_id: str | None) -> Article | None:
    return assistant.index.articles.get(doc_id) if doc_id else None


def _chat_column() -> tuple[gr.Chatbot, gr.Textbox, gr.Button, gr.Button]:
    chatbot = gr.Chatbot(
        label="Percakapan / Conversation",
        height=460,
        buttons=["copy"],
        feedback_options=None,
        latex_delimiters=[],
        placeholder="Tanyakan sesuatu tentang berita pemasyarakatan. / "
        "Ask about the corrections-service news.",
        elem_id="chat",
    )
    question = gr.Textbox(
        label="Pertanyaan / Question",
        placeholder=EXAMPLES[0],
        max_length=MAX_QUESTION_CHARS,
        elem_id="question",
    )
    with gr.Row():
        send = gr.Button("Tanya / Ask", variant="primary", elem_id="send")
        restart = gr.Button("Mulai lagi / Start over", elem_id="restart")
    gr.Examples(EXAMPLES, inputs=question, label="Contoh / Examples")
    return chatbot, question, send, restart


def _filter_panel(articles: list[Article]) -> tuple[list, gr.Button]:
    """Date range, UPT and article pickers: ``[date_from, date_to, upts, doc_ids]``."""
    label = "Filter (pertanyaan berikutnya / next question)"
    with gr.Accordion(label, open=False, elem_id="filters"):
        date_from = gr.DateTime(
            label="Dari / From", include_time=False, type="string", elem_id="date-from"
        )
        date_to = gr.DateTime(
            label="Sampai / To", include_time=False, type="string", elem_id="date-to"
        )
        upts = gr.Dropdown(
            upt_choices(articles), value=[], multiselect=True, label="UPT", elem_id="upt-filter"
        )
        # The article pickers are filled by the page's load event (``build_ui.refresh``),
        # which sets them for every visitor anyway: three lists of every article, built
        # and put into the page's config here too, were ~2 s of a million-passage start.
        docs = gr.Dropdown(
            [], value=[], multiselect=True, label="Artikel / Articles", elem_id="doc-filter",
        )  # fmt: skip
        clear = gr.Button("Hapus filter / Clear filters", size="sm")
    return [date_from, date_to, upts, docs], clear


def _corpus_tab(
    assistant: Assistant, admin: Admin
) -> tuple[gr.Markdown, gr.Dataframe, gr.Dropdown, AdminPanel]:
    status = gr.Markdown(index_status(assistant), elem_id="index-status")
    # Filled by the page's load event (``build_ui.refresh``), which runs for every visitor
    # anyway: building it here too cost ~0.6 s of server start-up at 100k passages.
    table = gr.Dataframe(
        pd.DataFrame(columns=CORPUS_COLUMNS), interactive=False, wrap=True, datatype="str",
        elem_id="corpus-table", max_height=480,
        column_widths=["33%", "14%", "11%", "10%", "12%", "20%"],
    )  # fmt: skip
    pick = gr.Dropdown(  # filled on page load, like the article filter (``_filter_panel``)
        [], value=None, label="Baca artikel / Read an article", elem_id="read-pick",
    )  # fmt: skip
    text = gr.Markdown(article_markdown(None), elem_id="read-text")
    pick.change(lambda d: article_markdown(_article(assistant, d)), pick, text,
                api_visibility="private")  # fmt: skip
    from rag.ui_admin import admin_panel  # it imports this module's escape_text

    panel = admin_panel(admin, [])  # its picker is filled on page load too
    return status, table, pick, panel


def build_ui(assistant: Assistant, admin: Admin | None = None) -> gr.Blocks:
    """The page: chat with sources and filters, the corpus browser, and the timeline.

    Args:
        assistant: answers the chat.
        admin: corpus changes for the Artikel / Corpus tab (``rag.admin.Admin``); by
            default one configured from ``TANYA_PAS_ADMIN_TOKEN``.
    """
    from rag.ui_admin import jobs_markdown  # it imports this module's escape_text

    admin = admin or Admin.from_env(assistant.settings, assistant)
    articles = assistant.index.data.articles
    with gr.Blocks(title="tanya-pas", analytics_enabled=False) as page:
        gr.Markdown(
            "## tanya-pas · Tanya jawab berita pemasyarakatan\n"
            "Jawaban dari artikel berita, dengan rujukan [n]. / "
            "Answers from news articles on the corrections service, with [n] citations."
        )
        messages, turns = gr.State([]), gr.State([])
        with gr.Tab("Tanya / Ask", id="ask"), gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chatbot, question, send, restart = _chat_column()
            with gr.Column(scale=2):
                filters, clear_filters = _filter_panel(articles)
                filter_note = gr.Markdown(
                    filter_summary(articles), elem_classes="filter-note", elem_id="filter-note"
                )
                sources = gr.Markdown(
                    format_sources(None), elem_classes="sources", elem_id="sources", max_height=560
                )
                with gr.Accordion("Artikel lengkap / Full article", open=False, elem_id="full"):
                    cited_pick = gr.Dropdown([], label="Artikel yang dikutip / Cited article")
                    cited_text = gr.Markdown(article_markdown(None), elem_id="cited-text")
        with gr.Tab("Artikel / Corpus", id="corpus"):
            status, table, read_pick, panel = _corpus_tab(assistant, admin)
        with gr.Tab("Linimasa / Timeline", id="timeline"):
            gr.Markdown(
                "UPT menurut tanggal peristiwa, diwarnai menurut jenis kegiatan (dari kata kunci). "
                "/ UPT by event date, coloured by kind of event (from keywords)."
            )
            # Drawn on page load, like the corpus table (~0.9 s of start-up at 100k passages).
            plot = gr.Plot(None, show_label=False, elem_id="timeline-plot")

        def lock(message: str, chat: list[dict]):
            return pending(message, chat), gr.update(interactive=False), gr.update(interactive=False)

        def chat(message, chat_messages, chat_turns, day_from, day_to, upt_names, docs):
            reply = respond(
                assistant, message, chat_messages, chat_turns, day_from, day_to, upt_names, docs
            )
            cited = citation_choices(reply.answer)
            first = cited[0][1] if cited else None
            article = article_markdown(_article(assistant, first))
            picker = gr.update(choices=cited, value=first)
            return reply.messages, reply.messages, reply.turns, reply.sources, picker, article, ""

        def unlock():
            return gr.update(interactive=True), gr.update(interactive=True)

        outputs = [chatbot, messages, turns, sources, cited_pick, cited_text, question]
        gr.on(
            [question.submit, send.click], lock, [question, messages], [chatbot, question, send],
            api_visibility="private", queue=False,
        ).then(
            chat, [question, messages, turns, *filters], outputs, api_name="chat"
        ).then(unlock, None, [question, send], api_visibility="private", queue=False)  # fmt: skip

        def start_over():
            empty = gr.update(choices=[], value=None)
            return [], [], [], format_sources(None), empty, article_markdown(None), ""

        restart.click(start_over, None, outputs, api_visibility="private", queue=False)
        chatbot.clear(start_over, None, outputs, api_visibility="private", queue=False)

        def summarise(day_from, day_to, upt_names, docs):
            return filter_summary(assistant.index.data.articles, day_from, day_to, upt_names, docs)

        gr.on([f.change for f in filters], summarise, filters, filter_note,
              api_visibility="private", queue=False)  # fmt: skip
        clear_filters.click(lambda: (None, None, [], []), None, filters,
                            api_visibility="private", queue=False)  # fmt: skip
        cited_pick.change(lambda d: article_markdown(_article(assistant, d)), cited_pick,
                          cited_text, api_visibility="private")  # fmt: skip

        def refresh():
            # A rebuild swaps the index under a running server; each page load shows the new one.
            current = assistant.index.data.articles
            choices = gr.update(choices=article_choices(current))
            return (
                index_status(assistant), corpus_table(assistant), timeline_figure(current),
                gr.update(choices=upt_choices(current)), choices, choices, choices,
            )  # fmt: skip

        page.load(refresh, None,
                  [status, table, plot, filters[2], filters[3], read_pick, panel.remove_pick],
                  api_visibility="private")  # fmt: skip

        def follow_jobs(followed):
            # While a followed job runs, only its line changes; once all are finished the
            # corpus views are redrawn from the generation now serving.
            lines, finished = jobs_markdown(admin, followed)
            if not finished:
                return lines, gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
            current = article_choices(assistant.index.data.articles)
            return (lines, gr.Timer(active=False), index_status(assistant), corpus_table(assistant),
                    gr.update(choices=current), gr.update(choices=current, value=None))  # fmt: skip

        panel.timer.tick(
            follow_jobs, panel.job_ids,
            [panel.status, panel.timer, status, table, read_pick, panel.remove_pick],
            api_visibility="private", queue=False,
        )  # fmt: skip
    return page
