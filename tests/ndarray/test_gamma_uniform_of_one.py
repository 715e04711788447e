"""A float uniform that rounds up to 1.0 makes the gamma sampler's log(1 - u) C's -inf (the proposal is
taken), as in MXNet 1.9.1; Python's math.log would raise."""
import numpy as np
import pytest

import distnet as mx
from distnet.ndarray import ops_random


def test_lockstep_gamma_takes_the_proposal_when_the_uniform_is_one():
    mx.random.seed(1152)            # state 88's 1073rd number rounds to 2**32: the uniform is 1.0
    mx.nd.random.uniform(shape=(1024 * 1070,)).wait_to_read()
    a = mx.nd.random.gamma(2.0, 1.0, shape=(64 * 89,)).asnumpy()        # state 88's first sample reads it
    after = mx.nd.random.uniform(shape=(1024 * 64,)).asnumpy()
    assert float(a.astype(np.float64).sum()) == 11425.995180441067      # MXNet 1.9.1's numbers
    assert a[88 * 64] == np.float32(1.3740932)
    assert float(after.astype(np.float64).sum()) == 32750.168610967463


class _Ones:
    """A stream whose normals are 0.5 and whose uniforms are 1.0."""
    rnd = staticmethod(ops_random._f32)

    def normal(self):
        return 0.5

    def uniform(self):
        return 1.0


def test_one_at_a_time_gamma_takes_the_proposal_when_the_uniform_is_one():
    f = ops_random._f32
    d = f(2.0 - 1.0 / 3.0)
    c = f(1.0 / f(np.sqrt(9.0 * d)))
    x = f(1.0 + f(c * 0.5))
    v = f(f(x * x) * x)
    assert ops_random._gamma1(_Ones(), 2.0, 1.0) == f(f(d * v) * 1.0)     # the first proposal, taken


@pytest.mark.timeout(60)
def test_gamma_of_an_infinite_shape_is_infinite_not_an_endless_loop():
    # MXNet 1.9.1 loops for ever here (its acceptance test compares with NaN); distnet gives the limit
    nd = mx.nd
    assert np.isinf(nd.random.gamma(alpha=float("inf"), shape=(3,)).asnumpy()).all()
    assert np.isinf(nd.random.gamma(alpha=float("inf"), shape=(3000,)).asnumpy()).all()
    got = nd.sample_gamma(nd.array([float("inf"), 2.0]), nd.array([1.0, 1.0])).asnumpy()
    assert np.isinf(got[0]) and np.isfinite(got[1])
