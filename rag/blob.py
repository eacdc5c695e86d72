"""Blob: many byte strings stored back to back in one file, read one at a time on demand.

A generation keeps its article texts (``texts.bin``) and each article's sentence analysis
(``sentence_rows.bin``) this way, with their boundaries in an ``.npy`` of offsets, instead
of inside a JSON file: a load then parses only the metadata, and a row is read through a
memory map when a question first needs it. At a million passages, parsing the two JSON
files that held them was ~5 s of a ~14 s load (bench/RESULTS.md, seventh session).
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np


def write_blob(path: Path, pieces: Iterable[bytes]) -> np.ndarray:
    """Write ``pieces`` back to back into ``path``, durably.

    Returns:
        int64 offsets, one more than the pieces: piece ``i`` is ``[offsets[i], offsets[i+1])``.
    """
    lengths = [0]
    with Path(path).open("wb") as handle:
        for piece in pieces:
            handle.write(piece)
            lengths.append(len(piece))
        handle.flush()
        os.fsync(handle.fileno())
    return np.cumsum(np.asarray(lengths, dtype=np.int64))


class Blob(Sequence[bytes]):
    """The pieces ``write_blob`` wrote, each read from a memory map when indexed."""

    def __init__(self, path: Path, offsets: np.ndarray) -> None:
        """Map ``path`` and check ``offsets`` against it.

        Raises:
            ValueError: the offsets have the wrong type or shape, are not increasing from
                0, or do not end at the file's size.
            OSError: the file cannot be read.
        """
        if offsets.dtype != np.int64 or offsets.ndim != 1 or offsets.size == 0:
            raise ValueError(f"{Path(path).name}: offsets must be a non-empty int64 vector")
        with Path(path).open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            # mmap refuses an empty file; an empty blob has nothing to read anyway.
            self._data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        if offsets[0] != 0 or offsets[-1] != size or np.any(np.diff(offsets) < 0):
            raise ValueError(f"{Path(path).name}: offsets disagree with the file")
        self._bounds = offsets.tolist()

    def __len__(self) -> int:
        return len(self._bounds) - 1

    def __getitem__(self, position):  # type: ignore[override]
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError("blob position out of range")
        return self._data[self._bounds[position]:self._bounds[position + 1]]

    def texts(self) -> list[str]:
        """Every piece decoded as UTF-8, in order (one pass over the file).

        Raises:
            UnicodeDecodeError: a piece is not UTF-8 (a ``ValueError``).
        """
        view = memoryview(self._data)
        try:
            return [str(view[a:b], "utf-8") for a, b in zip(self._bounds, self._bounds[1:])]
        finally:
            view.release()
