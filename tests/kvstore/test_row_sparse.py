"""row_sparse values in the single-process kvstores, with values and storage types measured on MXNet 1.9.1."""
import re
import warnings

import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError

SHAPE = (4, 2)


def rsp(values, rows):
    return nd.sparse.row_sparse_array((values, rows), shape=SHAPE)


def stored(a):
    """(stored row indices, dense values) of a row_sparse array."""
    assert a.stype == "row_sparse"
    return a.indices.asnumpy().tolist(), a.asnumpy().tolist()


@pytest.fixture(params=["local", "device"])
def kv(request):
    kv = mx.kv.create(request.param)
    kv.init("a", rsp([[1, 2], [3, 4]], [0, 2]))
    return kv


def test_pull_skips_sparse_outputs_unless_told(kv, capsys):
    out = nd.zeros(SHAPE, stype="row_sparse")
    kv.pull("a", out=out)
    assert re.match(r"\[\d\d:\d\d:\d\d\] \.\./src/kvstore/\./kvstore_local\.h:378: Warning: non-default weights detected "
                    "during kvstore pull", capsys.readouterr().err)        # MXNet's C++ log line
    assert stored(out) == ([], np.zeros(SHAPE).tolist())
    kv.pull("a", out=out, ignore_sparse=False)
    assert stored(out) == ([0, 2], [[1, 2], [0, 0], [3, 4], [0, 0]])
    dense = nd.zeros(SHAPE)
    kv.pull("a", out=dense)             # dense outputs are always filled
    assert dense.asnumpy().tolist() == [[1, 2], [0, 0], [3, 4], [0, 0]]


def test_row_sparse_pull_stores_every_requested_row(kv):
    out = nd.zeros(SHAPE, stype="row_sparse")
    kv.row_sparse_pull("a", out=out, row_ids=nd.array([0, 1]))
    assert stored(out) == ([0, 1], [[1, 2], [0, 0], [0, 0], [0, 0]])
    kv.row_sparse_pull("a", out=out, row_ids=nd.array([3, 1, 1]))       # unique, sorted
    assert stored(out)[0] == [1, 3]
    kv.row_sparse_pull("a", out=out, row_ids=nd.array([]))
    assert stored(out)[0] == []


def test_row_sparse_pull_list_forms(kv):
    kv.push("a", [rsp([[1, 1]], [1]), rsp([[2, 2]], [2])])
    outs = [nd.zeros(SHAPE, stype="row_sparse") for _ in range(2)]
    kv.row_sparse_pull("a", out=outs, row_ids=[nd.array([1]), nd.array([2, 3])])
    assert [stored(o) for o in outs] == [([1], [[0, 0], [1, 1], [0, 0], [0, 0]]),
                                         ([2, 3], [[0, 0], [0, 0], [2, 2], [0, 0]])]
    kv.row_sparse_pull("a", out=outs, row_ids=nd.array([1, 2]))          # one row_ids for every output
    assert stored(outs[0]) == stored(outs[1]) == ([1, 2], [[0, 0], [1, 1], [2, 2], [0, 0]])


def test_row_sparse_pull_of_key_lists_and_nested_lists(kv):
    base = rsp([[1, 2], [3, 4]], [0, 2])
    kv.init(["b", "c"], [base, base * 2])
    o1, o2 = nd.zeros(SHAPE, stype="row_sparse"), nd.zeros(SHAPE, stype="row_sparse")
    kv.row_sparse_pull(["b", "c"], out=[o1, o2], row_ids=[nd.array([0]), nd.array([2])])
    assert stored(o1) == ([0], [[1, 2], [0, 0], [0, 0], [0, 0]])
    assert stored(o2) == ([2], [[0, 0], [0, 0], [6, 8], [0, 0]])
    outs = [[nd.zeros(SHAPE, stype="row_sparse") for _ in range(2)] for _ in range(2)]
    ids = [[nd.array([0]), nd.array([2])], [nd.array([0, 2]), nd.array([3])]]
    kv.row_sparse_pull(["b", "c"], out=outs, row_ids=ids)
    assert [stored(o)[1] for o in outs[0] + outs[1]] == [
        [[1, 2], [0, 0], [0, 0], [0, 0]], [[0, 0], [0, 0], [3, 4], [0, 0]],
        [[2, 4], [0, 0], [6, 8], [0, 0]], [[0, 0], [0, 0], [0, 0], [0, 0]]]
    with pytest.raises(AssertionError, match="^$"):     # MXNet's bare assert: one row_ids entry per key
        kv.row_sparse_pull(["b", "c"], out=[o1, o2], row_ids=[nd.array([0])] * 3)
    with pytest.raises(AssertionError, match="the number of row_ids doesn't match the number of values"):
        kv.row_sparse_pull(["b", "c"], out=[o1, o2], row_ids=[nd.array([0]), [nd.array([0]), nd.array([1])]])


def test_row_sparse_pull_needs_row_sparse_on_both_sides(kv):
    with pytest.raises(MXNetError, match="row_sparse"):
        kv.row_sparse_pull("a", out=nd.zeros(SHAPE), row_ids=nd.array([0]))
    kv.init("dense", nd.ones(SHAPE))
    with pytest.raises(MXNetError, match="row_sparse"):
        kv.row_sparse_pull("dense", out=nd.zeros(SHAPE, stype="row_sparse"), row_ids=nd.array([0]))


def test_updates_of_a_row_sparse_weight_touch_only_the_pushed_rows():
    kv = mx.kv.create("local")
    kv.set_optimizer(mx.optimizer.SGD(learning_rate=0.1, momentum=0.9, wd=0.01))
    kv.init(3, nd.ones(SHAPE).tostype("row_sparse"))
    out = nd.zeros(SHAPE, stype="row_sparse")
    for row in (1, 2):
        kv.push(3, rsp([[1, 2]], [row]))
    kv.row_sparse_pull(3, out=out, row_ids=nd.arange(4))
    np.testing.assert_allclose(out.asnumpy(), [[1, 1], [0.899, 0.799], [0.899, 0.799], [1, 1]], rtol=1e-6)
    kv.init(4, nd.ones(SHAPE))                 # a dense weight with a row_sparse gradient
    kv.push(4, rsp([[1, 2]], [2]))
    dense = nd.zeros(SHAPE)
    kv.pull(4, out=dense)
    np.testing.assert_allclose(dense.asnumpy(), [[1, 1], [1, 1], [0.899, 0.799], [1, 1]], rtol=1e-6)


def test_custom_updater_and_sparse_sums_across_devices():
    kv = mx.kv.create()
    kv.init("a", nd.zeros((4, 4), stype="row_sparse"))

    def add(key, recv, local):
        local += recv

    kv._set_updater(add)
    devs = [mx.cpu(i) for i in range(3)]
    vals = [nd.sparse.row_sparse_array(([[i + 1.] * 4], [i]), shape=(4, 4), ctx=d) for i, d in enumerate(devs)]
    kv.push("a", vals)
    kv.push("a", vals)
    outs = [nd.zeros((4, 4), stype="row_sparse", ctx=d) for d in devs]
    kv.row_sparse_pull("a", out=outs, row_ids=[nd.arange(4, dtype="int64")] * 3)
    for o, d in zip(outs, devs):
        assert o.context == d
        assert stored(o) == ([0, 1, 2, 3], [[2] * 4, [4] * 4, [6] * 4, [0] * 4])


def test_retain_keeps_requested_rows_as_given():
    a = rsp([[1, 2], [3, 4]], [0, 2])
    cases = {(0, 1, 3): [[1, 2], [0, 0], [0, 0]], (2,): [[3, 4]], (0, 0, 2): [[1, 2], [1, 2], [3, 4]]}
    for ids, data in cases.items():
        r = nd.sparse.retain(a, nd.array(ids))
        assert r.indices.asnumpy().tolist() == list(ids) and r.data.asnumpy().tolist() == data
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert nd.sparse.retain(a, nd.array([])).indices.shape == (0,)


def test_row_sparse_pull_refuses_sparse_row_ids():
    kv = mx.kv.create("device")
    kv.init(0, mx.nd.sparse.row_sparse_array((mx.nd.ones((2, 2)), mx.nd.array([0, 2])), shape=(4, 2)))
    ids = mx.nd.sparse.row_sparse_array((mx.nd.array([[1]]), mx.nd.array([0])), shape=(3, 1))
    with pytest.raises(MXNetError, match=r"\(1 vs. 0\) : Expected default storage type for row_sparse_pull rowids, "
                                         "but detected storage type 1"):
        kv.row_sparse_pull(0, out=mx.nd.sparse.zeros("row_sparse", (4, 2)), row_ids=ids)
