"""UI: the Gradio chat page. ``build_ui`` only wires components to plain functions."""

from __future__ import annotations

import html

import gradio as gr

from rag.assistant import Assistant
from rag.records import Answer, Turn

EXAMPLES = [
    "UPT mana saja yang melaksanakan ikrar netralitas pada bulan Desember?",
    "Which UPT held a neutrality pledge in December?",
    "Berapa jumlah penghuni Lapas/Rutan/LPKA di Babel per 21 Desember 2023?",
    "Who led the roll call in Pati?",
]


def format_sources(answer: Answer) -> str:
    """Cited passages as Markdown; article text is escaped so no HTML in it can run."""
    lines = []
    for c in answer.citations:
        meta = " · ".join(str(x) for x in (c.source, c.author, c.published, c.event_date) if x)
        lines.append(f"**[{c.n}] {html.escape(c.title)}**  \n_{html.escape(meta)}_  \n> {html.escape(c.text)}")
    return "\n\n".join(lines)


def chat(assistant: Assistant, message: str, turns: list[Turn]) -> tuple[Answer | None, str]:
    """Answer ``message`` given earlier ``turns``; returns the answer and an error text."""
    message = (message or "").strip()
    if not message:
        return None, "Tulis pertanyaan terlebih dahulu. / Please type a question."
    return assistant.ask(message[:2000], history=turns[-5:]), ""


def build_ui(assistant: Assistant) -> gr.Blocks:
    """The chat page: question box, conversation, and the cited sources of the last answer."""
    with gr.Blocks(title="tanya-pas") as page:
        gr.Markdown("# tanya-pas\nTanya jawab berita pemasyarakatan / Questions on corrections-service news")
        turns = gr.State([])
        chatbot = gr.Chatbot(label="Percakapan", height=420)
        question = gr.Textbox(label="Pertanyaan / Question", placeholder=EXAMPLES[0])
        gr.Examples(EXAMPLES, inputs=question)
        sources = gr.Markdown()

        def respond(message: str, history: list, turns_value: list[Turn]):
            answer, error = chat(assistant, message, turns_value)
            if answer is None:
                return history, turns_value, error, message
            history = history + [
                {"role": "user", "content": message},
                {"role": "assistant", "content": answer.text},
            ]
            return history, turns_value + [Turn(message, answer.text)], format_sources(answer), ""

        question.submit(respond, [question, chatbot, turns], [chatbot, turns, sources, question])
    return page
