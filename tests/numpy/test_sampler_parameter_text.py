"""Scalar parameters of the np.random samplers are float attribute text to MXNet: '2' is read, True refused."""
import pytest

import distnet as mx
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


SAMPLERS = [
    lambda v: mx.np.random.normal(0, v, size=2), lambda v: mx.np.random.uniform(0, v, size=2),
    lambda v: mx.np.random.gamma(v, 1, size=2), lambda v: mx.np.random.exponential(v, size=2),
    lambda v: mx.np.random.weibull(v, size=2), lambda v: mx.np.random.lognormal(0, v, size=2),
    lambda v: mx.np.random.beta(v, 2, size=2), lambda v: mx.np.random.logistic(mx.np.ones((2, 3)), v),
]


@pytest.mark.parametrize("sample", SAMPLERS)
def test_number_text_is_read(sample):
    assert sample("2").shape in ((2,), (2, 3))
    assert sample("1e0").shape in ((2,), (2, 3))


@pytest.mark.parametrize("bad", [True, False, "abc"])
@pytest.mark.parametrize("sample", SAMPLERS)
def test_bool_or_other_text_is_mxnet_error(sample, bad):
    with pytest.raises(MXNetError):
        sample(bad)
