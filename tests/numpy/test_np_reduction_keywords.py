"""initial= on mx.np reductions and percentile/quantile's keyword checks, as MXNet's."""
import pytest

import distnet as mx
from distnet import np

pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("name", ["sum", "prod", "max", "min", "amax", "amin"])
def test_initial_none_is_taken_and_a_value_refused(name):
    a = np.array([[1.0, 5.0], [3.0, 2.0]])
    assert getattr(np, name)(a, axis=1, initial=None).shape == (2,)
    r = getattr(np, name)(a, axis=1, initial=0)         # the kernel refuses it: raised when the result is read
    assert r.shape == (2,)
    with pytest.raises(mx.MXNetError, match="initial is not supported yet"):
        r.asnumpy()


def test_percentile_checks_its_keywords():
    a = np.array([1.0, 2.0, 4.0])
    with pytest.raises(NotImplementedError):
        np.percentile(a, 50, overwrite_input=False)
    with pytest.raises(mx.MXNetError, match="Invalid Input: 'Linear'"):
        np.quantile(a, 0.5, interpolation="Linear")
    with pytest.raises(mx.MXNetError, match=r"Shape inconsistent, Provided = \[2\], inferred shape=\[\]"):
        np.percentile(a, 50, out=np.zeros(2))
    with pytest.raises(mx.MXNetError, match="Provided = float64, inferred type = float32"):
        np.percentile(a, 50, out=np.zeros((), dtype="float64"))
    out = np.zeros(())
    assert np.percentile(a, 50, out=out) is out and out.item() == 2.0
