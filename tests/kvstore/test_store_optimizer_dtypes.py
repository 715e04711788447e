"""An optimizer on a kvstore refuses integer weights when they are read, in the words of MXNet's update kernels."""
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
@pytest.mark.parametrize("dtype, words", [("uint8", "floating point types not uint8"),
                                          ("int8", "floating point types not int8"),
                                          ("int32", "floating point types, not int32"),
                                          ("int64", "floating point types, not int64")])
def test_integer_weights_fail_when_read(optimizer, dtype, words):
    kv = mx.kv.create("local")
    kv.set_optimizer(mx.optimizer.create(optimizer, learning_rate=0.1))
    kv.init(5, nd.array([1, 2, 3], dtype=dtype))
    kv.push(5, nd.array([1, 1, 1], dtype=dtype))
    out = nd.zeros((3,), dtype=dtype)
    kv.pull(5, out=out)
    with pytest.raises(MXNetError, match=f"This operation only support {words}$"):
        out.asnumpy()
    assert out.asnumpy().tolist() == [0, 0, 0]      # the copy from the failed weight was skipped
