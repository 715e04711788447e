"""nd.random samplers given out= and no shape draw out's shape (MXNet infers it from the output array), in
out's dtype; a shape other than out's is refused before anything is drawn. Values recorded from MXNet 1.9.1."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd


def test_uniform_takes_the_shape_of_out():
    mx.random.seed(2)
    out = nd.zeros((2, 3))
    res = nd.random.uniform(low=10, high=20, out=out)
    assert res is out
    np.testing.assert_allclose(out.asnumpy(), [[15.1206, 15.7680, 16.4012], [16.9382, 11.5999, 12.6467]],
                               atol=1e-4)


def test_other_samplers_take_shape_and_dtype_of_out():
    out = nd.zeros((3,), dtype="int32")
    nd.random.randint(0, 5, out=out)
    assert out.dtype == np.int32 and out.shape == (3,)
    out = nd.zeros((2,), dtype="float64")
    nd.random.randn(out=out)
    assert out.dtype == np.float64 and (out.asnumpy() != 0).all()
    out = nd.zeros((2, 2))
    nd.random.exponential(out=out)
    assert (out.asnumpy() > 0).all()


def test_a_different_shape_is_refused_before_drawing():
    mx.random.seed(5)
    expected = nd.random.uniform(shape=(2,)).asnumpy()
    mx.random.seed(5)
    with pytest.raises(mx.base.MXNetError, match=r"Shape inconsistent, Provided = \[2\], inferred shape=\[3\]"):
        nd.random.uniform(shape=(3,), out=nd.zeros((2,)))
    np.testing.assert_array_equal(nd.random.uniform(shape=(2,)).asnumpy(), expected)


def test_operators_called_directly_take_shape_and_sampler_dtype_from_out():
    mx.random.seed(1)
    out = nd.zeros((2, 2))
    assert nd._internal._random_uniform(out=out) is out
    np.testing.assert_allclose(out.asnumpy().ravel()[:3], [0.524, 0.055, 0.040], atol=1e-3)     # MXNet's draws
    wide = nd.random_normal(out=nd.zeros((2,), dtype="float64"))
    assert wide.dtype == np.float64
    assert nd._internal._zeros(out=nd.ones((2, 3))).asnumpy().tolist() == [[0, 0, 0], [0, 0, 0]]
    assert nd._internal._full(value=2, out=nd.zeros((2,))).asnumpy().tolist() == [2, 2]


def test_creation_operators_keep_their_own_dtype():
    with pytest.raises(mx.base.MXNetError, match="Type inconsistent, Provided = float64, inferred type = float32"):
        nd._internal._ones(out=nd.zeros((2,), dtype="float64"))
    with pytest.raises(mx.base.MXNetError):
        nd._internal._random_randint(low=0, high=5, out=nd.zeros((3,)))
