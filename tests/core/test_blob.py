"""Byte strings stored back to back (``rag.blob``) read back one at a time as they were."""

from __future__ import annotations

import numpy as np
import pytest

from rag.blob import Blob, write_blob

PIECES = ["Kalapas Serang meninjau blok hunian.", "", "Rp 1,5 juta — “netralitas” ASN", "x"]


def test_pieces_read_back_one_at_a_time_and_all_at_once(tmp_path):
    offsets = write_blob(tmp_path / "t.bin", (p.encode() for p in PIECES))
    blob = Blob(tmp_path / "t.bin", offsets)
    assert len(blob) == len(PIECES)
    assert [blob[i].decode() for i in range(len(PIECES))] == PIECES
    assert blob[-1] == b"x" and blob[1:3] == [b"", PIECES[2].encode()]
    assert blob.texts() == PIECES
    with pytest.raises(IndexError):
        blob[len(PIECES)]


def test_an_empty_blob_holds_nothing(tmp_path):
    offsets = write_blob(tmp_path / "t.bin", [])
    assert list(offsets) == [0]
    assert len(Blob(tmp_path / "t.bin", offsets)) == 0 and Blob(tmp_path / "t.bin", offsets).texts() == []


@pytest.mark.parametrize("offsets", [
    np.array([0, 5], dtype=np.int64),  # does not end at the file's size
    np.array([1, 3], dtype=np.int64),  # does not start at 0
    np.array([0, 3, 2, 4], dtype=np.int64),  # decreasing
    np.array([0, 4], dtype=np.int32),  # wrong type
    np.array([], dtype=np.int64),
])
def test_offsets_that_disagree_with_the_file_are_refused(tmp_path, offsets):
    (tmp_path / "t.bin").write_bytes(b"abcd")
    with pytest.raises(ValueError):
        Blob(tmp_path / "t.bin", offsets)


def test_a_piece_that_is_not_utf8_is_refused_when_decoded(tmp_path):
    offsets = write_blob(tmp_path / "t.bin", [b"ok", b"\xff\xfe"])
    with pytest.raises(ValueError):
        Blob(tmp_path / "t.bin", offsets).texts()
