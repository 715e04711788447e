"""np.invert of a float array: MXNet makes the result (same dtype and shape) and fails when it is read."""
import pytest

from distnet import np, npx
from distnet.base import MXNetError


@pytest.fixture(autouse=True)
def _np_mode():
    npx.set_np()
    yield
    npx.reset_np()


@pytest.mark.parametrize("invert", [lambda a: ~a, np.invert, np.bitwise_not])
@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_float_invert_fails_on_reading(invert, dtype):
    res = invert(np.array([1, 0, 2], dtype=dtype))
    assert isinstance(res, np.ndarray) and res.dtype == dtype and res.shape == (3,)
    with pytest.raises(MXNetError, match=f"only support integer types, not {dtype}"):
        res.asnumpy()


def test_integer_and_bool_invert_still_compute():
    assert (~np.array([1, 0], dtype="int32")).tolist() == [-2, -1]
    assert np.invert(np.array([True, False], dtype=bool)).tolist() == [False, True]


def test_hybridized_invert_fails_on_reading_and_leaves_waitall_clean():
    from distnet.gluon import nn

    class Block(nn.HybridBlock):
        def __init__(self):
            super().__init__()
            self.dense = nn.Dense(2)                # deferred shape: inference runs the graph on probes

        def hybrid_forward(self, F, x):
            return self.dense(F.np.invert(x) + 1)

    block = Block()
    block.initialize()
    block.hybridize()
    res = block(np.array([[1, 0]], dtype="float32"))
    assert res.shape == (1, 2)
    with pytest.raises(MXNetError, match="only support integer types, not float32"):
        res.asnumpy()
    npx.waitall()                                   # MXNet 1.9.1: nothing left to raise
