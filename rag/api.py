"""API: the JSON interface (``/api/query``, ``/api/health``, ``/api/documents``).

Request and response models are declared once here; validation, the OpenAPI schema and
422 messages follow from them. Internal errors become HTTP statuses with a message at this
edge; a client never sees a traceback.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Annotated, Literal

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, field_validator
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rag.assistant import Assistant
from rag.records import Answer, Article, Filters, Turn

log = logging.getLogger(__name__)

#: Bodies above this are refused before parsing: a question is at most 2000 characters,
#: and even a long history fits comfortably in 1 MB.
MAX_BODY_BYTES = 1_000_000


def _clean_text(value: str) -> str:
    """Strip NULs and whitespace; refuse lone surrogates, which cannot be encoded back."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text contains invalid Unicode (a lone surrogate)") from exc
    return value.replace("\x00", "").strip()


class HistoryTurn(BaseModel):
    """One earlier exchange."""

    model_config = ConfigDict(extra="forbid")
    question: Annotated[StrictStr, Field(max_length=2000)]
    answer: Annotated[StrictStr, Field(max_length=20000)]

    _clean = field_validator("question", "answer")(classmethod(lambda cls, v: _clean_text(v)))


class FilterSpec(BaseModel):
    """Restrictions applied to retrieval."""

    model_config = ConfigDict(extra="forbid")
    date_from: date | None = None
    date_to: date | None = None
    doc_ids: Annotated[list[StrictStr], Field(max_length=1000)] = []


class QueryRequest(BaseModel):
    """A question, with optional conversation history and filters."""

    model_config = ConfigDict(extra="forbid")
    question: StrictStr = Field(description="1 to 2000 characters after trimming.")
    top_k: StrictInt = Field(5, ge=1, le=20)
    history: Annotated[list[HistoryTurn], Field(max_length=50)] = []
    filters: FilterSpec | None = None

    @field_validator("question")
    @classmethod
    def _question_length(cls, value: str) -> str:
        value = _clean_text(value)
        if not value:
            raise ValueError("question must not be empty")
        if len(value) > 2000:
            raise ValueError("question must be at most 2000 characters")
        return value


class CitationModel(BaseModel):
    n: int
    chunk_id: str
    doc_id: str
    title: str
    source: str | None
    author: str | None
    published: date | None
    event_date: date | None
    text: str
    score: float
    also_in: list[str] = []


class AnswerModel(BaseModel):
    answer: str
    abstained: bool
    language: Literal["id", "en"]
    citations: list[CitationModel]
    generation: str
    timings_ms: dict[str, float]
    abstain_reason: str | None = None

    @classmethod
    def of(cls, answer: Answer) -> AnswerModel:
        return cls(
            answer=answer.text,
            abstained=answer.abstained,
            language=answer.language,  # type: ignore[arg-type]
            citations=[
                CitationModel(**{**c.__dict__, "also_in": list(c.also_in)}) for c in answer.citations
            ],
            generation=answer.generation,
            timings_ms=answer.timings_ms,
            abstain_reason=answer.abstain_reason,
        )


class HealthModel(BaseModel):
    status: str
    documents: int
    chunks: int
    model: str
    embedding_engine: str
    embedding_backend: str
    generation: str
    built_at: str


class DocumentModel(BaseModel):
    doc_id: str
    path: str
    title: str
    source: str | None
    author: str | None
    published: date | None
    place: str | None
    url: str | None
    event_dates: list[date]
    upts: list[str]
    chunks: int

    @classmethod
    def of(cls, article: Article, chunks: int) -> DocumentModel:
        return cls(
            **{k: getattr(article, k) for k in ("doc_id", "path", "title", "source", "author")},
            published=article.published,
            place=article.place,
            url=article.url,
            event_dates=sorted({e.day for e in article.event_dates}),
            upts=list(article.upts),
            chunks=chunks,
        )


class DocumentTextModel(DocumentModel):
    text: str


def create_api(assistant: Assistant) -> FastAPI:
    """The FastAPI app with the JSON API; the UI is mounted on it by ``app.py``."""
    api = FastAPI(
        title="tanya-pas",
        summary="Cited answers from Indonesian news about the corrections service.",
        version="0.1.0",
    )
    _install_guards(api)

    @api.post("/api/query", response_model=AnswerModel)
    def query(request: QueryRequest) -> AnswerModel:
        """Answer a question with citations, or abstain when the articles do not say."""
        spec = request.filters or FilterSpec()
        filters = Filters(spec.date_from, spec.date_to, tuple(spec.doc_ids))
        history = [Turn(t.question, t.answer) for t in request.history]
        return AnswerModel.of(assistant.ask(request.question, history, filters, request.top_k))

    # ``async``: it does no I/O, so it runs on the event loop and answers even while every
    # worker thread of the query pool is busy encoding.
    @api.get("/api/health", response_model=HealthModel)
    async def health() -> dict[str, object]:
        """Index status: counts, model and the generation serving."""
        return assistant.health()

    @api.get("/api/documents", response_model=list[DocumentModel])
    def documents() -> list[DocumentModel]:
        """Every indexed article with its extracted metadata."""
        index = assistant.index
        counts = _chunk_counts(index.chunks)
        return [DocumentModel.of(a, counts.get(a.doc_id, 0)) for a in index.data.articles]

    @api.get("/api/documents/{doc_id}", response_model=DocumentTextModel)
    def document(doc_id: str) -> DocumentTextModel:
        """One article with its full clean text."""
        index = assistant.index
        article = index.articles.get(doc_id)
        if article is None:
            raise HTTPException(404, f"No article with id {doc_id!r}")
        count = _chunk_counts(index.chunks).get(doc_id, 0)
        return DocumentTextModel(**DocumentModel.of(article, count).model_dump(), text=article.text)

    return api


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, before any route parses them.

    A pure ASGI middleware, because a limit on ``Content-Length`` alone is bypassed by a
    chunked body that declares no length: this one counts the bytes as they stream in and
    stops reading at the limit, so memory stays bounded whatever the client sends.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client left before sending it all
                return
            body.extend(message.get("body", b""))
            if len(body) > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(bytes(body), receive), send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = f"{self.max_bytes / 1_000_000:g} MB"
        response = JSONResponse({"detail": f"Request body too large (limit {limit})."}, 413)
        await response(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the buffered body over once, then waits for disconnect."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _chunk_counts(chunks) -> dict[str, int]:
    counts: dict[str, int] = {}
    for chunk in chunks:
        counts[chunk.doc_id] = counts.get(chunk.doc_id, 0) + 1
    return counts


def _install_guards(api: FastAPI) -> None:
    """Body-size limit, same-origin CORS and error handlers that never show a traceback."""
    api.add_middleware(BodyLimitMiddleware, max_bytes=MAX_BODY_BYTES)
    # No origin is allowed: the UI is served from the same origin and needs no CORS. Declaring
    # the middleware also stops Gradio's own CORS layer, which echoes any Origin back (with
    # credentials) whenever the Host header is not localhost, e.g. behind a reverse proxy.
    api.add_middleware(CORSMiddleware, allow_origins=[], allow_credentials=False)

    @api.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        messages = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
            messages.append(f"{where}: {error.get('msg', 'invalid')}")
        return JSONResponse({"detail": "; ".join(messages) or "invalid request"}, status_code=422)

    @api.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("Unhandled error on %s", request.url.path)
        return JSONResponse({"detail": "Internal error; the server log has details."}, status_code=500)
