"""row_sparse_pull: 'local' copies the retained rows into the output, 'device' retains them straight into it."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError, message_of


def _store(kind):
    kv = mx.kv.create(kind)
    kv.init("w", nd.array(np.arange(8).reshape(4, 2) * 1.5).tostype("row_sparse"))
    return kv


def test_device_keeps_the_outputs_own_rows_and_local_checks_the_shape():
    out = nd.zeros((5, 2)).tostype("row_sparse")
    _store("device").row_sparse_pull("w", out=out, row_ids=nd.array([1]))
    assert out.shape == (5, 2) and out.asnumpy()[1].tolist() == [3.0, 4.5] and out.indices.asnumpy().tolist() == [1]
    with pytest.raises(MXNetError, match=r"from.shape = \[4,2\] to.shape=\[5,2\]"):
        _store("local").row_sparse_pull("w", out=nd.zeros((5, 2)).tostype("row_sparse"), row_ids=nd.array([1]))


def test_device_needs_the_keys_dtype_and_fails_when_the_output_is_read():
    out = nd.zeros((4, 2), dtype="float16").tostype("row_sparse")
    _store("device").row_sparse_pull("w", out=out, row_ids=nd.array([1]))
    with pytest.raises(MXNetError, match="Expected: float v.s. given half"):
        out.asnumpy()
    assert out.asnumpy().tolist() == [[0, 0]] * 4 and out.indices.asnumpy().size == 0
    converted = nd.zeros((4, 2), dtype="float16").tostype("row_sparse")
    _store("local").row_sparse_pull("w", out=converted, row_ids=nd.array([1]))
    assert converted.asnumpy()[1].tolist() == [3.0, 4.5] and converted.dtype == np.float16


@pytest.mark.parametrize("kind", ["local", "device"])
def test_a_negative_row_id_pulls_no_row(kind):
    out = nd.zeros((4, 2)).tostype("row_sparse")
    _store(kind).row_sparse_pull("w", out=out, row_ids=nd.array([-1, 2]))
    assert out.asnumpy().tolist() == [[0, 0], [0, 0], [6.0, 7.5], [0, 0]]


@pytest.mark.parametrize("threshold", [True, None, "x"])
def test_a_compression_threshold_is_read_from_its_text(threshold):
    with pytest.raises(MXNetError, match=f"expect float but value='{threshold}'"):
        mx.kv.create("device").set_gradient_compression({"type": "2bit", "threshold": threshold})
    mx.kv.create("device").set_gradient_compression({"type": "2bit", "threshold": "0.25"})


def test_a_key_list_takes_exactly_one_row_ids_entry_per_key():
    kv = mx.kv.create("local")
    kv.init([0, 1], [nd.ones((4, 2)).tostype("row_sparse")] * 2)
    outs = [nd.zeros((4, 2)).tostype("row_sparse") for _ in range(2)]
    with pytest.raises(AssertionError) as e:        # MXNet's bare assert on the key list, before its count check
        kv.row_sparse_pull([0, 1], out=outs, row_ids=[nd.array([0]), nd.array([1]), nd.array([2])])
    assert message_of(e.value) == ""
    kv.row_sparse_pull([0, 1], out=outs, row_ids=[nd.array([0]), nd.array([1, 3])])
    assert [o.indices.asnumpy().tolist() for o in outs] == [[0], [1, 3]]


def test_an_optimizer_refusing_a_stored_weight_missing_rows_fails_its_pulls():
    kv = mx.kv.create("local")
    kv.init(0, nd.array([[0, 0], [0, 0], [3, 3]]).tostype("row_sparse"))       # one stored row of three
    kv.set_optimizer(mx.optimizer.SGD(learning_rate=0.5))
    kv.push(0, nd.array([[1, 1], [0, 0], [0, 0]]).tostype("row_sparse"))
    out = nd.zeros((3, 2))
    with pytest.raises(MXNetError, match="SGDUpdate for RowSparse weights is only implemented for RowSparse weights "
                                         "with all rows containing non-zeros"):
        kv.pull(0, out=out, ignore_sparse=False)
        out.asnumpy()


@pytest.mark.parametrize("shape, data", [((4, 1), [[1], [1]]), ((4, 2, 1), [[[1], [1]], [[3], [3]]]),
                                         ((2, 2), [[1, 1], [3, 3]]), ((4,), [1, 1])])
def test_device_retains_into_an_output_of_another_row_shape_in_memory_order(shape, data):
    kv = mx.kv.create("device")
    kv.init(0, nd.array([[1, 1], [0, 0], [3, 3], [0, 0]]).tostype("row_sparse"))
    out = nd.zeros(shape).tostype("row_sparse")
    kv.row_sparse_pull(0, out=out, row_ids=nd.array([0, 2]))
    assert out.shape == shape and out.indices.asnumpy().tolist() == [0, 2] and out.data.asnumpy().tolist() == data
