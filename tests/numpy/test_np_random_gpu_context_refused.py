"""mx.np.random samplers refuse a GPU context (MXNet without GPUs: MXNetError) before drawing anything."""
import pytest

import distnet as mx
from distnet import np
from distnet.base import MXNetError


@pytest.mark.parametrize("sample", [
    lambda ctx: np.random.uniform(size=(2,), ctx=ctx),
    lambda ctx: np.random.normal(0, 1, (2,), None, ctx),          # ctx by position
    lambda ctx: np.random.randint(0, 3, size=(2,), ctx=ctx),
    lambda ctx: np.random.gamma(1.0, size=(2,), ctx=ctx),
    lambda ctx: np.random.choice(3, 2, ctx=ctx),
], ids=["uniform", "normal", "randint", "gamma", "choice"])
def test_gpu_context_refused_without_drawing(sample):
    mx.random.seed(3)
    expected = np.random.uniform(size=(2,)).asnumpy()
    mx.random.seed(3)
    with pytest.raises(MXNetError):
        sample(mx.gpu())
    assert np.random.uniform(size=(2,)).asnumpy().tolist() == expected.tolist()
    assert sample(mx.cpu(1)).ctx == mx.cpu(1)
