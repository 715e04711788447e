"""A numpy scalar beside an NDArray runs the array's own (reflected) operator, as with MXNet's arrays."""
import numpy as np
import pytest

from distnet import autograd as ag, nd


@pytest.mark.parametrize("stype", ["csr", "row_sparse"])
def test_numpy_scalar_times_a_sparse_array_keeps_its_storage(stype):
    a = nd.array([[0, 1], [2, 0]]).tostype(stype)
    for r in (np.float32(2) * a, a * np.float32(2)):
        assert r.stype == stype
        np.testing.assert_array_equal(r.asnumpy(), [[0, 2], [4, 0]])
    assert (np.float32(2) == a).stype == stype


def test_numpy_scalars_are_recorded_as_scalar_operators():
    x = nd.array([1., 2.])
    x.attach_grad()
    with ag.record():
        y = np.float32(3) * x - np.float64(1)
        names = ag.get_symbol(y).get_internals().list_outputs()
    y.backward()
    assert len(names) == 3       # the variable and two scalar operators
    np.testing.assert_array_equal(x.grad.asnumpy(), [3., 3.])


def test_numpy_scalar_dtype_rules_match_the_python_number():
    a = nd.array([1, 2], dtype="float16")
    assert (np.float64(2.5) * a).dtype == (a * 2.5).dtype
    np.testing.assert_array_equal((np.int64(3) - a).asnumpy(), (3 - a).asnumpy())
