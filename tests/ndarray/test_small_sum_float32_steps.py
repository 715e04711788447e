"""The short float32 sum of small arrays gives the bits of MXNet's Kahan loop run in numpy float32 steps."""
import warnings

import numpy as np

import distnet as mx
from distnet.ndarray import ops_reduce


def _kahan_in_numpy_float32(lane):
    s = c = np.float32(0)
    for v in lane:
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


def _lanes():
    rng = np.random.RandomState(7)
    for i in range(600):
        n = rng.randint(0, 65)
        scale = (1.0, 1e-40, 3e37, 10.0 ** rng.randint(-45, 38, n), 1e8)[i % 5]
        yield (rng.randn(n) * scale).astype(np.float32)
    yield np.array([1e8, 1, -1e8, 3e-8, -0.0, 1], np.float32)       # cancellations: the residual matters
    yield np.array([-0.0, -0.0], np.float32)
    yield np.array([3e38, 3e38, -3e38], np.float32)                  # overflow: numpy's steps decide


def test_small_float32_sums_match_the_float32_kahan_loop():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for lane in _lanes():
            want = _kahan_in_numpy_float32(lane)
            got = ops_reduce._kahan_small(lane)
            assert type(got) is np.float32
            assert np.asarray(got).tobytes() == np.asarray(want).tobytes(), lane


def test_nd_sum_of_a_small_array_keeps_shape_and_bits():
    data = np.array([[1e8, 1], [-1e8, 3e-8]], np.float32)
    r = mx.nd.sum(mx.nd.array(data))
    assert r.shape == (1,) and r.dtype == np.float32
    assert r.asnumpy().tobytes() == np.asarray([_kahan_in_numpy_float32(data.ravel())]).tobytes()
    big = mx.nd.array(np.array([3e38, 3e38], np.float32))
    assert np.isinf(mx.nd.sum(big).asnumpy()[0])                      # MXNet's overflow rule keeps the inf
