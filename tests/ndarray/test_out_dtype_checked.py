"""An operator's out= array must have the result's dtype: MXNet's type inference refuses another one (it
does not cast), for dense and sparse targets alike. Classes and words measured on MXNet 1.9.1."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError


@pytest.mark.parametrize("call, out", [
    (lambda out: nd.elemwise_add(nd.ones(2), nd.ones(2), out=out), lambda: nd.zeros(2, dtype="float64")),
    (lambda out: nd.exp(nd.ones(2), out=out), lambda: nd.zeros(2, dtype="int32")),
    (lambda out: nd.dot(nd.ones(2), nd.ones(2), out=out), lambda: nd.zeros(1, dtype="float64")),
    (lambda out: nd.Cast(nd.ones(2), dtype="int32", out=out), lambda: nd.zeros(2, dtype="float32")),
])
def test_out_of_another_dtype_is_refused(call, out):
    target = out()
    with pytest.raises(MXNetError, match="Incompatible attr in node  at 0-th output: expected"):
        call(target)
    assert (target.asnumpy() == 0).all()


def test_out_of_the_result_dtype_is_written():
    out = nd.zeros(2, dtype="int32")
    assert nd.Cast(nd.ones(2), dtype="int32", out=out) is out
    assert out.asnumpy().tolist() == [1, 1]


def test_sparse_out_of_another_dtype_is_refused():
    with pytest.raises(MXNetError, match="expected float32, got float64"):
        nd.relu(nd.array([[-1, 3], [0, 0]]), out=nd.sparse.row_sparse_array(np.eye(2)))
