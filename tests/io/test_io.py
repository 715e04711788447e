"""mx.io iterators: MXNet 1.9.1's batching, padding and roll-over rules."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

DATA = np.arange(20).reshape(10, 2)
LABEL = np.arange(10)


def epochs(handle, n=2):
    it = mx.io.NDArrayIter(DATA, LABEL, batch_size=4, last_batch_handle=handle)
    out = []
    for _ in range(n):
        out.append([(b.data[0].asnumpy()[:, 0].tolist(), b.label[0].asnumpy().tolist(), b.pad) for b in it])
        it.reset()
    return out


def test_pad_wraps_around_and_reports_padding():
    first, second = epochs("pad")
    assert first == second
    assert first[-1] == ([16, 18, 0, 2], [8, 9, 0, 1], 2)
    assert len(first) == 3


def test_discard_drops_the_short_batch():
    assert [len(e) for e in epochs("discard")] == [2, 2]


def test_roll_over_carries_leftover_into_next_epoch():
    first, second = epochs("roll_over")
    assert [b[0] for b in first] == [[0, 2, 4, 6], [8, 10, 12, 14]]
    assert second == [([16, 18, 0, 2], [8, 9, 0, 1], 2), ([4, 6, 8, 10], [2, 3, 4, 5], 0),
                      ([12, 14, 16, 18], [6, 7, 8, 9], 0)]


def test_provide_data_and_label_descriptions():
    it = mx.io.NDArrayIter(DATA, LABEL, batch_size=4)
    assert repr(it.provide_data) == "[DataDesc[data,(4, 2),<class 'numpy.float32'>,NCHW]]"
    assert it.provide_label[0].name == "softmax_label" and it.provide_label[0].shape == (4,)
    it = mx.io.NDArrayIter({"a": DATA, "b": DATA}, {"l": LABEL}, batch_size=5)
    assert [d.name for d in it.provide_data] == ["a", "b"]
    assert mx.io.NDArrayIter(DATA, batch_size=3).provide_label == []
    assert str(next(iter(mx.io.NDArrayIter(DATA, LABEL, batch_size=4)))) == \
        "DataBatch: data shapes: [(4, 2)] label shapes: [(4,)]"


def test_shuffle_keeps_pairs_together():
    np.random.seed(0)
    it = mx.io.NDArrayIter(DATA, LABEL, batch_size=5, shuffle=True)
    for b in it:
        d, lb = b.data[0].asnumpy(), b.label[0].asnumpy()
        assert (d[:, 0] == 2 * lb).all()


def test_bad_input_raises_mxnets_error_classes():
    with pytest.raises(AssertionError):
        mx.io.NDArrayIter(None)
    with pytest.raises(TypeError, match="Input must be"):
        mx.io.NDArrayIter("abc")


def test_unchecked_arguments_behave_as_in_mxnet():
    # MXNet checks neither the label count nor last_batch_handle: an unknown handle drops the
    # short last batch, and a short label source makes the last slice fail
    it = mx.io.NDArrayIter(DATA, LABEL, batch_size=3, last_batch_handle="wrap")
    assert [b.pad for b in it] == [0, 0, 0]
    it = mx.io.NDArrayIter(DATA, LABEL[:9], batch_size=3)
    with pytest.raises(MXNetError, match=r"Invalid begin, end, get begin=9, end=9"):
        list(it)


def test_resize_iter_yields_fixed_batches():
    it = mx.io.ResizeIter(mx.io.NDArrayIter(DATA, LABEL, batch_size=4), 5)
    assert len(list(it)) == 5


def test_prefetching_iter_matches_the_wrapped_iterator():
    plain = [b.data[0].asnumpy() for b in mx.io.NDArrayIter(DATA, LABEL, batch_size=3)]
    pre = mx.io.PrefetchingIter(mx.io.NDArrayIter(DATA, LABEL, batch_size=3))
    for _ in range(2):
        got = [b.data[0].asnumpy() for b in pre]
        assert len(got) == len(plain) and all((a == b).all() for a, b in zip(got, plain))
        pre.reset()


def test_csv_iter(tmp_path):
    np.savetxt(tmp_path / "d.csv", DATA, delimiter=",")
    np.savetxt(tmp_path / "l.csv", LABEL, delimiter=",")
    it = mx.io.CSVIter(data_csv=str(tmp_path / "d.csv"), data_shape=(2,), label_csv=str(tmp_path / "l.csv"),
                       batch_size=5)
    batches = list(it)
    assert len(batches) == 2 and batches[1].label[0].asnumpy().tolist() == [5, 6, 7, 8, 9]


def test_layout_moves_the_batch_axis():
    # as MXNet, the sample count is read from axis 0 whatever the layout
    it = mx.io.NDArrayIter(np.arange(24).reshape(2, 6, 2), batch_size=4, layout="TNC")
    assert it.provide_data[0].shape == (2, 4, 2) and it.provide_data[0].layout == "TNC"
    assert [(b.data[0].shape, b.pad) for b in it] == [((2, 4, 2), 2)]


def test_csv_iter_is_an_mxdataiter_serving_its_first_batch(tmp_path):
    path = str(tmp_path / "d.csv")
    np.savetxt(path, np.arange(21).reshape(7, 3), delimiter=",")
    it = mx.io.CSVIter(data_csv=path, data_shape=(3,), batch_size=3)
    assert type(it).__name__ == "MXDataIter"
    assert it.iter_next() is True and it.getindex().tolist() == [0, 1, 2]
    assert it.next().index.tolist() == [0, 1, 2]          # the first batch, read at creation
    assert it.next().index.tolist() == [3, 4, 5]
    assert it.iter_next() == 1 and it.getpad() == 2 and it.getindex().dtype == np.uint64
    it.reset()
    assert it.next().index.tolist() == [2, 3, 4]          # round_batch: after the samples that filled the pad


def test_csv_iter_arguments_as_mxnet(tmp_path):
    path = str(tmp_path / "d.csv")
    np.savetxt(path, np.arange(6).reshape(2, 3), delimiter=",")
    with pytest.raises(MXNetError, match="Required parameter batch_size"):
        mx.io.CSVIter(data_csv=path, data_shape=(3,))
    with pytest.raises(MXNetError, match=r"row.length == shape.Size\(\) \(3 vs. 2\)"):
        mx.io.CSVIter(data_csv=path, data_shape=(2,), batch_size=1)
    with pytest.raises(MXNetError, match="float64 is not supported"):
        mx.io.CSVIter(data_csv=path, data_shape=(3,), batch_size=1, dtype="float64")
    it = mx.io.CSVIter(data_csv=path, data_shape=(3,), batch_size=1, dtype="int64", data_name="x")
    assert it.provide_data[0].name == "x" and it.provide_data[0].dtype is np.int64
    with pytest.raises(MXNetError, match="Invalid Input: 'bogus', valid values are: {None, 'bfloat16'"):
        mx.io.CSVIter(data_csv=path, data_shape=(3,), batch_size=1, dtype="bogus")


def test_libsvm_iter_makes_float32_batches_only(tmp_path):
    path = tmp_path / "d.libsvm"
    path.write_text("1 0:1.5\n0 2:2\n")
    it = mx.io.LibSVMIter(data_libsvm=str(path), data_shape=(3,), batch_size=2, dtype="float32")
    assert it.next().data[0].asnumpy().tolist() == [[1.5, 0.0, 0.0], [0.0, 0.0, 2.0]]
    for dtype in ("float64", "int32", "uint8"):
        with pytest.raises(MXNetError, match="data type do not match"):
            mx.io.LibSVMIter(data_libsvm=str(path), data_shape=(3,), batch_size=2, dtype=dtype)
    with pytest.raises(MXNetError, match="Invalid Input: 'f32'"):
        mx.io.LibSVMIter(data_libsvm=str(path), data_shape=(3,), batch_size=2, dtype="f32")


def test_prefetching_iter_fetches_exactly_one_batch_ahead():
    base = mx.io.NDArrayIter(DATA, LABEL, batch_size=4, last_batch_handle="roll_over")
    pre = mx.io.PrefetchingIter(base)
    assert pre.next().data[0].asnumpy()[:, 0].tolist() == [0, 2, 4, 6]
    pre.reset()               # waits for the batch fetched ahead, then resets the wrapped iterator
    assert base.cursor == -4
    with pytest.raises(KeyError):
        mx.io.PrefetchingIter(mx.io.NDArrayIter(DATA, batch_size=2), rename_data=[{}]).provide_data


def test_csv_iter_reads_integer_dtypes_as_integers(tmp_path):
    # MXNet 1.9.1: int32/int64 fields are parsed as integers (no float32 rounding), leading digits only,
    # and 2**31 wraps in int32; float32 rounds 200000001 to 200000000.
    path = tmp_path / "c.csv"
    path.write_text("200000001,2147483648,3.7,-2.5\n" * 3)
    got = {}
    for dtype in ("int32", "int64", "float32"):
        it = mx.io.CSVIter(data_csv=str(path), data_shape=(4,), batch_size=2, dtype=dtype)
        got[dtype] = it.next().data[0].asnumpy()[0].tolist()
    assert got["int32"] == [200000001, -2147483648, 3, -2]
    assert got["int64"] == [200000001, 2147483648, 3, -2]
    assert got["float32"] == [200000000.0, 2147483648.0, np.float32(3.7).item(), -2.5]


def test_libsvm_iter_refuses_a_negative_feature_index(tmp_path):
    path = tmp_path / "d.t"
    path.write_text("1.0 0:0.5 2:1.2\n-3.0 -1:0.6 1:2.4\n")
    with pytest.raises(MXNetError):
        mx.io.LibSVMIter(data_libsvm=str(path), data_shape=(3,), batch_size=2)


def test_databatch_str_without_data_fails_as_mxnet():
    assert str(mx.io.DataBatch([mx.nd.ones((2, 3))])) == "DataBatch: data shapes: [(2, 3)] label shapes: None"
    with pytest.raises(TypeError):
        str(mx.io.DataBatch(None))


def test_databatch_refuses_a_lone_array_with_mxnets_message():
    with pytest.raises(AssertionError, match="^Data must be list of NDArrays$"):
        mx.io.DataBatch(mx.nd.ones(2))
    with pytest.raises(AssertionError, match="^Label must be list of NDArrays$"):
        mx.io.DataBatch([mx.nd.ones(2)], label=mx.nd.ones(2))


def test_mxdataiter_is_named_by_mxnets_io_module(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("1,2\n")
    it = mx.io.CSVIter(data_csv=str(path), data_shape=(2,), batch_size=1)
    assert repr(it).startswith("<distnet.io.io.MXDataIter object at 0x")
    assert mx.io.io.MXDataIter is mx.io.MXDataIter


def test_io_utils_helpers_as_mxnet():
    from distnet.io import utils
    named = utils._init_data([np.ones((2,)), mx.nd.zeros((2,))], False, "data")
    assert [(k, type(v).__name__, v.dtype) for k, v in named] == [("_0_data", "NDArray", np.float32),
                                                                  ("_1_data", "NDArray", np.float32)]
    assert [k for k, _ in mx.io._init_data({"b": np.ones(2), "a": np.zeros(2)}, False, "x")] == ["a", "b"]
    assert utils._init_data(None, True, "label") == []
    pairs = [("a", mx.nd.ones(2)), ("b", mx.nd.ones((2, 2)).tostype("csr"))]
    csr = mx.nd.sparse.CSRNDArray
    assert utils._has_instance(pairs, csr) and not utils._has_instance(pairs[:1], csr)
    taken = utils._getdata_by_idx([("a", mx.nd.arange(6).reshape((3, 2)))], np.array([2, 0]))
    assert [(k, v.asnumpy().tolist()) for k, v in taken] == [("a", [[4.0, 5.0], [0.0, 1.0]])]
    assert utils._slice_along_batch_axis(mx.nd.arange(6).reshape((3, 2)), slice(1, 3), 0).asnumpy().tolist() == \
        [[2.0, 3.0], [4.0, 5.0]]


def test_built_in_iterators_are_in_the_io_io_module_too():
    from distnet.io.io import CSVIter, ImageRecordIter, MNISTIter
    assert (CSVIter, ImageRecordIter, MNISTIter) == (mx.io.CSVIter, mx.io.ImageRecordIter, mx.io.MNISTIter)


def test_csv_iter_fails_at_the_batch_that_runs_out_of_labels(tmp_path):
    (tmp_path / "d.csv").write_text("1,2\n3,4\n5,6\n7,8\n9,10\n")
    (tmp_path / "l.csv").write_text("0\n1\n2\n")
    it = mx.io.CSVIter(data_csv=str(tmp_path / "d.csv"), data_shape=(2,), label_csv=str(tmp_path / "l.csv"),
                       batch_size=2)
    assert it.next().label[0].asnumpy().tolist() == [0.0, 1.0]      # MXNet hands out the first batch
    with pytest.raises(MXNetError, match="Data CSV's row is smaller"):
        it.next()
    with pytest.raises(MXNetError):         # the failure stays, as MXNet's prefetcher keeps it
        it.reset()


def test_resize_iter_reads_the_wrapped_iterators_descriptions_first():
    with pytest.raises(AttributeError, match="'list' object has no attribute 'provide_data'"):
        mx.io.ResizeIter([1, 2], 2)
    inner = mx.io.NDArrayIter(np.zeros((4, 2)), batch_size=2)
    inner.default_bucket_key = 7
    it = mx.io.ResizeIter(inner, 3)
    assert (it.batch_size, it.default_bucket_key, len(list(it))) == (2, 7, 3)


def test_file_iterators_live_in_the_io_io_module():
    import pickle
    for make in (mx.io.CSVIter, mx.io.LibSVMIter, mx.io.MNISTIter, mx.io.ImageRecordIter):
        assert make.__module__ == mx.io.MXDataIter.__module__ == "distnet.io.io"
        assert make.__qualname__ == "_make_io_iterator.<locals>.creator"
        with pytest.raises(AttributeError, match="Can't pickle local object"):     # as MXNet's closures
            pickle.dumps(make)
