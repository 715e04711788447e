"""A dense NDArray refuses a sparse array as an assigned value, with MXNet 1.9.1's TypeError."""
import pytest

import distnet as mx


@pytest.mark.parametrize("stype", ["csr", "row_sparse"])
def test_dense_setitem_refuses_a_sparse_value(stype):
    dense = mx.nd.zeros((2, 4))
    value = mx.nd.ones((2, 4)).tostype(stype)
    with pytest.raises(TypeError, match="does not support assignment with non-array-like object"):
        dense[:] = value
    assert dense.asnumpy().sum() == 0


def test_sparse_values_still_go_through_tostype_and_copyto():
    dense = mx.nd.zeros((2, 4))
    dense[:] = mx.nd.ones((2, 4)).tostype("csr").tostype("default")
    mx.nd.ones((2, 4)).tostype("row_sparse").copyto(dense)
    assert dense.asnumpy().sum() == 8
