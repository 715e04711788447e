"""nd.save / nd.load keep csr and row_sparse arrays sparse, in the records MXNet 1.9.1 writes."""
import pathlib

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

DATA = pathlib.Path(__file__).parent / "data"
# Written by MXNet 1.9.1:
#   nd.save(LIST, [csr (3, 4) data [1.5, -2, 3.25, 4] indices [0, 2, 1, 3] indptr [0, 2, 2, 4],
#                  row_sparse (5, 3) float64 rows [1, 3] data arange(6).reshape(2, 3),
#                  csr zeros (2, 3), row_sparse zeros (4, 2) int32,
#                  row_sparse (3, 2, 2) float16 row [2] of ones, dense [[1, 2]]])
#   nd.save(DICT, {'w': that row_sparse, 'x': that csr, 'b': zeros((2,), int64)})
LIST = DATA / "sparse_list_mxnet_1.9.1.nd"
DICT = DATA / "sparse_dict_mxnet_1.9.1.nd"


def test_mxnet_sparse_records_load_as_sparse_arrays():
    csr, rsp, ecsr, ersp, rsp3, dense = mx.nd.load(str(LIST))
    assert isinstance(csr, mx.nd.sparse.CSRNDArray) and csr.shape == (3, 4) and csr.dtype == np.float32
    assert csr.data.asnumpy().tolist() == [1.5, -2, 3.25, 4]
    assert csr.indices.asnumpy().tolist() == [0, 2, 1, 3] and csr.indptr.asnumpy().tolist() == [0, 2, 2, 4]
    assert csr.indices.dtype == np.int64
    assert isinstance(rsp, mx.nd.sparse.RowSparseNDArray) and rsp.dtype == np.float64
    assert rsp.indices.asnumpy().tolist() == [1, 3]
    assert rsp.asnumpy().tolist() == [[0, 0, 0], [0, 1, 2], [0, 0, 0], [3, 4, 5], [0, 0, 0]]
    assert ecsr.stype == "csr" and ecsr.shape == (2, 3) and ecsr.data.shape == (0,)
    assert ecsr.indptr.asnumpy().tolist() == [0, 0, 0]
    assert ersp.stype == "row_sparse" and ersp.dtype == np.int32 and ersp.indices.shape == (0,)
    assert rsp3.dtype == np.float16 and rsp3.shape == (3, 2, 2) and rsp3.data.shape == (1, 2, 2)
    assert rsp3.asnumpy()[2].tolist() == [[1, 1], [1, 1]] and not rsp3.asnumpy()[:2].any()
    assert dense.stype == "default" and dense.asnumpy().tolist() == [[1, 2]]


@pytest.mark.parametrize("path", [LIST, DICT], ids=["list", "dict"])
def test_saving_what_was_loaded_writes_mxnets_bytes(path, tmp_path):
    out = tmp_path / "again.nd"
    mx.nd.save(str(out), mx.nd.load(str(path)))
    assert out.read_bytes() == path.read_bytes()


def test_dict_file_keeps_names_and_storage():
    loaded = mx.nd.load(str(DICT))
    assert sorted(loaded) == ["b", "w", "x"]
    assert [loaded[k].stype for k in ("b", "w", "x")] == ["default", "row_sparse", "csr"]
    assert loaded["b"].dtype == np.int64


def test_sparse_arrays_made_here_round_trip(tmp_path):
    csr = mx.nd.array([[0, 1, 0], [2, 0, 3]]).tostype("csr")
    rsp = mx.nd.array([[0, 0], [5, 6], [0, 0]], dtype="int32").tostype("row_sparse")
    path = str(tmp_path / "x.nd")
    mx.nd.save(path, {"c": csr, "r": rsp})
    back = mx.nd.load(path)
    assert back["c"].stype == "csr" and back["c"].asnumpy().tolist() == [[0, 1, 0], [2, 0, 3]]
    assert back["c"].indptr.asnumpy().tolist() == [0, 1, 3]
    assert back["r"].stype == "row_sparse" and back["r"].dtype == np.int32
    assert back["r"].indices.asnumpy().tolist() == [1]
    assert (back["c"] + back["c"]).stype == "csr"     # a loaded array works like a made one


def test_load_frombuffer_keeps_sparse_storage():
    loaded = mx.nd.load_frombuffer(LIST.read_bytes())
    assert [a.stype for a in loaded] == ["csr", "row_sparse", "csr", "row_sparse", "row_sparse", "default"]


def test_single_sparse_array_saves_as_a_list(tmp_path):
    path = str(tmp_path / "one.nd")
    mx.nd.save(path, mx.nd.sparse.zeros("row_sparse", (2, 2)))
    one, = mx.nd.load(path)
    assert one.stype == "row_sparse" and one.shape == (2, 2)


def test_corrupt_csr_index_arrays_are_refused():
    raw = bytearray(LIST.read_bytes())
    # the csr's indptr holds int64 [0, 2, 2, 4]: make its last entry 9, beyond the 4 stored values
    at = raw.find(np.array([0, 2, 2, 4], np.int64).tobytes())
    raw[at + 24:at + 32] = np.int64(9).tobytes()
    with pytest.raises(MXNetError, match="index arrays of csr array 0"):
        mx.nd.load_frombuffer(bytes(raw))


def test_non_arrays_are_refused():
    with pytest.raises(TypeError, match="save only accept dict str->NDArray or list of NDArray"):
        mx.nd.save("unused.nd", [mx.nd.sparse.zeros("csr", (1, 1)), np.ones(2)])
