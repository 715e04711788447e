"""NDArray iterates as MXNet's: no __iter__, so Python indexes it until IndexError."""
import collections.abc

import numpy as np
import pytest

from distnet import nd


def test_ndarray_has_no_iter_method_and_is_no_iterable():
    a = nd.ones(2)
    assert not hasattr(a, "__iter__")
    assert not isinstance(a, collections.abc.Iterable)
    assert type(iter(a)).__name__ == "iterator"


def test_iteration_yields_the_rows():
    rows = list(nd.array([[1, 2], [3, 4]]))
    assert [r.asnumpy().tolist() for r in rows] == [[1, 2], [3, 4]]
    assert list(nd.array(np.zeros((0, 2)))) == []
    assert sorted(float(v.asscalar()) for v in nd.array([3, 1, 2])) == [1., 2., 3.]


def test_a_0d_array_fails_its_length_as_mxnet():
    with pytest.raises(IndexError, match="tuple index out of range"):
        list(nd.array([5.]).reshape(()))
