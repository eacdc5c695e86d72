"""API: the JSON interface (``/api/query``, ``/api/health``, ``/api/documents``, ``/api/jobs``).

Request and response models are declared once here; validation, the OpenAPI schema and
422 messages follow from them. Internal errors become HTTP statuses with a message at this
edge; a client never sees a traceback.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Annotated, Literal

from fastapi import FastAPI, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    ValidationError,
    field_validator,
)
from starlette.datastructures import UploadFile
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rag.admin import MAX_UPLOAD_FILES, Admin, Change, NewArticle, bearer_token
from rag.assistant import Assistant
from rag.errors import (
    AdminDisabledError,
    ArticleRejectedError,
    ArticleTooLargeError,
    AuthError,
    RateLimitedError,
    UnknownDocumentError,
)
from rag.jobs import Job
from rag.records import Answer, Article, Filters, Turn

log = logging.getLogger(__name__)

#: Bodies above this are refused before parsing: a question is at most 2000 characters,
#: and even a long history fits comfortably in 1 MB.
MAX_BODY_BYTES = 1_000_000
#: ``POST /api/documents`` may carry a whole corpus file (``Settings.max_file_bytes``);
#: this much more covers the multipart envelope or the JSON quoting around it.
UPLOAD_ENVELOPE_BYTES = 100_000
#: Statuses of the errors a corpus change can meet.
_ADMIN_STATUS = {
    AdminDisabledError: 403,
    AuthError: 401,
    RateLimitedError: 429,
    ArticleRejectedError: 422,
    ArticleTooLargeError: 413,
    UnknownDocumentError: 404,
}


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


class ArticleIn(BaseModel):
    """An article to add: its headline and text, and what is known of where it came from."""

    model_config = ConfigDict(extra="forbid")
    title: StrictStr = Field(description="Headline, at most 1000 characters.")
    text: StrictStr = Field(description="The article's text (scraped headers are parsed too).")
    source: StrictStr | None = Field(None, description="Outlet, e.g. wartaalor.com.")
    author: StrictStr | None = None
    published: date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    url: StrictStr | None = None

    def article(self) -> NewArticle:
        return NewArticle(**self.model_dump())


class AddedModel(BaseModel):
    """An added article. ``job_id`` is null and ``duplicate`` true when it was already there."""

    doc_id: str
    job_id: str | None
    duplicate: bool = False


class AddedFilesModel(BaseModel):
    """Added files: every article's id in upload order; ``duplicates`` were already there."""

    doc_ids: list[str]
    job_id: str | None
    duplicates: list[str] = []


class RemovedModel(BaseModel):
    job_id: str


class JobModel(BaseModel):
    """A corpus change on its way into the serving index."""

    state: Literal["queued", "running", "done", "failed"]
    progress: float = Field(ge=0.0, le=1.0)
    generation: str | None
    message: str

    @classmethod
    def of(cls, job: Job) -> JobModel:
        return cls(state=job.state, progress=round(job.progress, 3), generation=job.generation,
                   message=job.message)  # fmt: skip


#: ``POST /api/documents`` reads its body itself (JSON or multipart), so its two forms are
#: declared here for the OpenAPI schema.
_ADD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ArticleIn.model_json_schema()},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
        },
    }
}


def create_api(assistant: Assistant, admin: Admin | None = None) -> FastAPI:
    """The FastAPI app with the JSON API; the UI is mounted on it by ``app.py``.

    Args:
        assistant: answers questions.
        admin: corpus changes; by default one for the assistant's corpus whose token is
            ``TANYA_PAS_ADMIN_TOKEN`` (unset: the write routes answer 403).
    """
    admin = admin or Admin.from_env(assistant.settings, assistant)
    api = FastAPI(
        title="tanya-pas",
        summary="Cited answers from Indonesian news about the corrections service.",
        version="0.1.0",
    )
    upload_limit = admin.settings.max_file_bytes + UPLOAD_ENVELOPE_BYTES
    _install_guards(api, {"/api/documents": upload_limit})
    _add_admin_routes(api, admin)

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
        counts = index.chunks.counts()
        return [DocumentModel.of(a, counts.get(a.doc_id, 0)) for a in index.data.articles]

    @api.get("/api/documents/{doc_id}", response_model=DocumentTextModel)
    def document(doc_id: str) -> DocumentTextModel:
        """One article with its full clean text."""
        index = assistant.index
        article = index.articles.get(doc_id)
        if article is None:
            raise HTTPException(404, f"No article with id {doc_id!r}")
        count = len(index.chunks.positions_of(doc_id))
        return DocumentTextModel(**DocumentModel.of(article, count).model_dump(), text=article.text)

    return api


def _add_admin_routes(api: FastAPI, admin: Admin) -> None:
    """``POST /api/documents``, ``DELETE /api/documents/{doc_id}``, ``GET /api/jobs/{job_id}``."""

    @api.post(
        "/api/documents",
        status_code=202,
        response_model=AddedModel | AddedFilesModel,
        openapi_extra=_ADD_BODY,
        responses={200: {"description": "Already in the corpus: nothing queued."}},
    )
    async def add_documents(request: Request) -> JSONResponse:
        """Add an article (JSON) or article files (multipart ``file``) and queue a rebuild.

        Needs ``Authorization: Bearer <token>``. Answers 202 with the new ids and the job;
        200 with the existing id(s) and no job when the content is already in the corpus.
        """
        _authorize(admin, request)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "multipart/form-data":
            change = await run_in_threadpool(admin.add_files, await _uploads(request))
            found = AddedFilesModel(doc_ids=list(change.doc_ids), job_id=_job_id(change),
                                    duplicates=[d for d in change.doc_ids if d not in change.new])
        elif kind == "application/json":
            try:
                article = ArticleIn.model_validate_json(await request.body())
            except ValidationError as exc:
                return JSONResponse({"detail": _validation_message(exc.errors())}, 422)
            change = await run_in_threadpool(admin.add_article, article.article())
            found = AddedModel(doc_id=change.doc_ids[0], job_id=_job_id(change),
                               duplicate=not change.new)
        else:
            raise HTTPException(415, "Send a JSON article or multipart/form-data with a 'file'.")
        return JSONResponse(found.model_dump(), status_code=202 if change.job else 200)

    @api.delete("/api/documents/{doc_id}", status_code=202, response_model=RemovedModel)
    def remove_document(doc_id: str, request: Request) -> RemovedModel:
        """Move an article to the trash beside the corpus and queue a rebuild (token needed)."""
        _authorize(admin, request)
        change = admin.remove(doc_id)
        return RemovedModel(job_id=_job_id(change))

    @api.get("/api/jobs/{job_id}", response_model=JobModel)
    async def job(job_id: str) -> JobModel:
        """How far a corpus change is: queued, running (with progress), done or failed."""
        found = admin.job(job_id)
        if found is None:
            raise HTTPException(404, f"No job with id {job_id!r}")
        return JobModel.of(found)

    for error, status in _ADMIN_STATUS.items():
        api.add_exception_handler(error, _admin_error(status))


def _authorize(admin: Admin, request: Request) -> None:
    client = request.client.host if request.client else "unknown"
    admin.authorize(client, bearer_token(request.headers.get("authorization")))


async def _uploads(request: Request) -> list[tuple[str, bytes]]:
    """The ``file`` parts of a multipart body as (name, bytes)."""
    form = await request.form(max_files=MAX_UPLOAD_FILES, max_fields=MAX_UPLOAD_FILES)
    try:
        parts = [p for p in form.getlist("file") if isinstance(p, UploadFile)]
        if not parts:
            raise ArticleRejectedError("no file: send the article file in a 'file' field")
        return [(p.filename or "", await p.read()) for p in parts]
    finally:
        await form.close()


def _job_id(change: Change) -> str | None:
    return change.job.job_id if change.job else None


def _admin_error(status: int):
    async def handle(request: Request, exc: Exception) -> JSONResponse:
        headers = {}
        if status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        if isinstance(exc, RateLimitedError):
            headers["Retry-After"] = str(exc.retry_after)
        return JSONResponse({"detail": str(exc)}, status_code=status, headers=headers)

    return handle


def _validation_message(errors) -> str:
    """Pydantic errors as one line: ``field: what is wrong; ...``."""
    messages = []
    for error in errors:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        messages.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(messages) or "invalid request"


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, before any route parses them.

    A pure ASGI middleware, because a limit on ``Content-Length`` alone is bypassed by a
    chunked body that declares no length: this one counts the bytes as they stream in and
    stops reading at the limit, so memory stays bounded whatever the client sends.
    ``larger`` names paths allowed more (the corpus upload route).
    """

    def __init__(
        self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES, larger: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.larger = larger or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.larger.get(scope.get("path", ""), self.max_bytes)
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await self._refuse(limit, scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client left before sending it all
                return
            body.extend(message.get("body", b""))
            if len(body) > limit:
                await self._refuse(limit, scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(bytes(body), receive), send)

    async def _refuse(self, limit: int, scope: Scope, receive: Receive, send: Send) -> None:
        shown = f"{limit / 1_000_000:g} MB"
        response = JSONResponse({"detail": f"Request body too large (limit {shown})."}, 413)
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


def _install_guards(api: FastAPI, larger: dict[str, int] | None = None) -> None:
    """Body-size limit, same-origin CORS and error handlers that never show a traceback."""
    api.add_middleware(BodyLimitMiddleware, max_bytes=MAX_BODY_BYTES, larger=larger)
    # No origin is allowed: the UI is served from the same origin and needs no CORS. Declaring
    # the middleware also stops Gradio's own CORS layer, which echoes any Origin back (with
    # credentials) whenever the Host header is not localhost, e.g. behind a reverse proxy.
    api.add_middleware(CORSMiddleware, allow_origins=[], allow_credentials=False)

    @api.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _validation_message(exc.errors())}, status_code=422)

    @api.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("Unhandled error on %s", request.url.path)
        return JSONResponse({"detail": "Internal error; the server log has details."}, status_code=500)
