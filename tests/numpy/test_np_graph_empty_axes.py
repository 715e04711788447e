"""NumPy shapes inside hybridized blocks: empty axes (tile by 0, empty arange, split of an empty axis,
broadcast to a 0), 0-d squeeze and cumsum's dtype give what the imperative functions give, as MXNet 1.9.1
(values measured there)."""
import json

import numpy as onp
import pytest

import distnet as mx
from distnet import autograd, gluon, np


class _Call(gluon.HybridBlock):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def hybrid_forward(self, F, x):
        return self.fn(F, x)


def _run(fn, x, hybridize):
    """The outputs (shape, dtype, values) and the input gradient of ``fn`` in a block."""
    net = _Call(fn)
    if hybridize:
        net.hybridize()
    x.attach_grad()
    with autograd.record():
        y = net(x)
    ys = y if isinstance(y, list) else [y]
    autograd.backward(ys)
    return [(v.shape, str(v.dtype), v.asnumpy().tolist()) for v in ys], x.grad.asnumpy().tolist()


CASES = [
    ("tile by 0", lambda F, a: F.np.tile(a, reps=(2, 0)), lambda: np.array([[1., 2.], [3., 4.]]),
     [((4, 0), "float32", [[], [], [], []])], [[0.0, 0.0], [0.0, 0.0]]),
    ("0-d tile", lambda F, a: F.np.tile(a, reps=0), lambda: np.array(2.), [((0,), "float32", [])], 0.0),
    ("split empty axis", lambda F, a: F.np.split(a, (1, 2), axis=0), lambda: np.ones((0, 3)),
     [((0, 3), "float32", [])] * 3, []),
    ("0-d squeeze", lambda F, a: F.np.squeeze(a, axis=-1), lambda: np.array(0.5), [((), "float32", 0.5)], 1.0),
    ("squeeze to 0-d", lambda F, a: F.np.squeeze(a), lambda: np.ones((1, 1, 1)), [((), "float32", 1.0)],
     [[[1.0]]]),
    ("broadcast to 0", lambda F, a: F.np.broadcast_to(a, (2, 4, 0)), lambda: np.ones((1, 1)),
     [((2, 4, 0), "float32", [[[], [], [], []], [[], [], [], []]])], [[0.0]]),
    ("cumsum dtype", lambda F, a: F.np.cumsum(a, dtype="float32"), lambda: np.array([0.1, 0.2, 0.3], dtype="float16"),
     [((3,), "float32", [0.0999755859375, 0.2999267578125, 0.5999755859375])], [3.0, 2.0, 1.0]),
]


@pytest.mark.parametrize("hybridize", [False, True])
@pytest.mark.parametrize("label,fn,make,outputs,grad", CASES, ids=[c[0] for c in CASES])
def test_block_result_and_gradient(label, fn, make, outputs, grad, hybridize):
    with mx.util.np_shape(True), mx.util.np_array(True):
        assert _run(fn, make(), hybridize) == (outputs, grad)


def test_empty_arange_and_default_step():
    with mx.util.np_shape(True), mx.util.np_array(True):
        for hybridize in (False, True):
            (shape, dtype, values), = _run(lambda F, a: a.sum() + F.np.arange(1, -10, 4), np.array(1.), hybridize)[0]
            assert (shape, dtype, values) == ((0,), "float32", [])
            out = _run(lambda F, a: a + F.np.arange(0, 3, None, dtype="int32"), np.array(1, dtype="int32"),
                       hybridize)[0]
            assert out == [((3,), "int32", [1, 2, 3])]


def test_graph_nodes_keep_arange_step_and_cumsum_dtype():
    with mx.util.np_shape(True), mx.util.np_array(True):
        x = mx.sym.var("x").as_np_ndarray()
        nodes = [[(n["op"], n.get("attrs")) for n in json.loads(s.tojson())["nodes"] if n["op"] != "null"]
                 for s in (mx.sym.np.arange(0, 5, None, dtype="int32"), mx.sym.np.cumsum(x, dtype="float64"),
                           x.cumsum(0, "int32"))]
    assert nodes == [[("_npi_arange", {"ctx": "cpu(0)", "dtype": "int32", "start": "0", "step": "1", "stop": "5"})],
                     [("_np_cumsum", {"dtype": "float64"})],
                     [("_np_cumsum", {"axis": "0", "dtype": "int32"})]]


def test_empty_contractions_and_splits_imperative():
    with mx.util.np_shape(True), mx.util.np_array(True):
        assert np.tensordot(np.zeros((3, 0)), np.zeros((0, 2)), 1).asnumpy().tolist() == [[0.0, 0.0]] * 3
        assert np.dot(np.zeros((2, 0)), np.zeros((0, 2))).asnumpy().tolist() == [[0.0, 0.0]] * 2
        assert [p.shape for p in np.split(np.ones((0, 3)), (1, 2))] == [(0, 3)] * 3
    assert mx.nd.dot(mx.nd.ones((2, 3)), mx.nd.ones((3, 2))).asnumpy().tolist() == [[3.0, 3.0]] * 2
    assert onp.array_equal(mx.nd.tile(mx.nd.ones((1, 2)), reps=(2, 1)).asnumpy(), onp.ones((2, 2)))
    with pytest.raises(mx.base.MXNetError):      # outside NumPy shapes a 0 rep has no meaning
        mx.nd.tile(mx.nd.ones((1, 2)), reps=(2, 0))
