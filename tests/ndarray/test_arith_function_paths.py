"""nd.add(x, y) and friends on two arrays take the path of ``x + y``: same bits, same graph, same errors."""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError
from distnet.ndarray.registry import OPS


@pytest.mark.parametrize("function, method, op", [(nd.add, "__add__", "broadcast_add"),
                                                  (nd.subtract, "__sub__", "broadcast_sub"),
                                                  (nd.multiply, "__mul__", "broadcast_mul"),
                                                  (nd.divide, "__truediv__", "broadcast_div"),
                                                  (nd.maximum, None, "broadcast_maximum"),
                                                  (nd.equal, "__eq__", "broadcast_equal")])
def test_function_of_two_arrays_matches_operator_and_records_once(function, method, op):
    rng = np.random.RandomState(3)
    x, y = nd.array(rng.randn(3, 4)), nd.array(rng.randn(1, 4) + 2)
    x.attach_grad()
    with autograd.record():
        z = function(x, y)
        loss = (z * z).sum()
    node = z._node[0]
    assert node.op is OPS[op] and node.args[0] is x and node.args[1] is y
    loss.backward()
    if method is not None:
        assert getattr(x, method)(y).asnumpy().tobytes() == z.asnumpy().tobytes()
    expected = nd.array(np.zeros((3, 4)))
    if op == "broadcast_add":
        expected = 2 * (x + y)
    if op in ("broadcast_add", "broadcast_equal"):
        assert x.grad.asnumpy().tobytes() == expected.asnumpy().tobytes()


def test_bool_subtraction_is_an_mxnet_error_either_way():
    a, b = nd.array([1, 0], dtype="bool"), nd.array([1, 1], dtype="bool")
    with pytest.raises(MXNetError, match="broadcast_sub"):      # the kernel fails: raised on reading
        (a - b).asnumpy()
    with pytest.raises(MXNetError, match="broadcast_sub"):
        nd.subtract(a, b).asnumpy()


@pytest.mark.parametrize("values, expected", [([-0.0, -0.0, -0.0], "+0"), ([1e-45, -0.0, 1.0], None),
                                              ([3e38, 3e38, -3e38], None), ([np.inf, 1.0, 2.0], None),
                                              ([0.1, 0.2, 0.3, 0.4], None)])
def test_small_float32_sum_keeps_its_steps(values, expected):
    data = np.array(values, np.float32)
    got = nd.sum(nd.array(data)).asnumpy()
    s = c = np.float32(0)
    with np.errstate(all="ignore"):
        for v in data:                       # MXNet's float32 Kahan steps, one numpy scalar at a time
            y = v - c
            t = s + y
            c = (t - s) - y
            s = t
    if np.isfinite(s):
        assert got.tobytes() == np.array([s], np.float32).tobytes()
    else:
        assert not np.isfinite(got).all()
    if expected == "+0":
        assert not np.signbit(got).any()
