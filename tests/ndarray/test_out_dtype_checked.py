"""An operator's out= array must have the result's dtype: MXNet's type inference refuses another one (it
does not cast), for dense and sparse targets alike. Classes and words measured on MXNet 1.9.1."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError


@pytest.mark.parametrize("call, out, words", [
    (lambda out: nd.elemwise_add(nd.ones(2), nd.ones(2), out=out), lambda: nd.zeros(2, dtype="float64"),
     "Incompatible attr in node  at 0-th output: expected"),
    (lambda out: nd.exp(nd.ones(2), out=out), lambda: nd.zeros(2, dtype="int32"),
     "Incompatible attr in node  at 0-th output: expected"),
    (lambda out: nd.dot(nd.ones(2), nd.ones(2), out=out), lambda: nd.zeros(1, dtype="float64"),
     "Incompatible attr in node  at 0-th output: expected"),
    (lambda out: nd.Cast(nd.ones(2), dtype="int32", out=out), lambda: nd.zeros(2, dtype="float32"),
     "Type inconsistent, Provided = float32, inferred type = int32"),
    (lambda out: nd.concat(nd.ones((1, 2)), nd.ones((1, 2)), dim=0, out=out), lambda: nd.zeros((2, 2), dtype="int32"),
     "Type inconsistent, Provided output type = int32, inferred type = float32"),
])
def test_out_of_another_dtype_is_refused(call, out, words):
    target = out()
    with pytest.raises(MXNetError, match=words):
        call(target)
    assert (target.asnumpy() == 0).all()


def test_out_of_the_result_dtype_is_written():
    out = nd.zeros(2, dtype="int32")
    assert nd.Cast(nd.ones(2), dtype="int32", out=out) is out
    assert out.asnumpy().tolist() == [1, 1]


def test_sparse_out_of_another_dtype_is_refused():
    with pytest.raises(MXNetError, match="expected float32, got float64"):
        nd.relu(nd.array([[-1, 3], [0, 0]]), out=nd.sparse.row_sparse_array(np.eye(2)))


@pytest.mark.parametrize("call, words", [
    (lambda: nd.take(nd.ones((2, 3)), nd.array([0, 1]), out=nd.zeros((3,), dtype="int32")),
     "Type inconsistent, Provided = int32, inferred type = float32"),
    (lambda: nd.LeakyReLU(nd.ones((2, 3)), out=nd.zeros((3,), dtype="int32")),
     "Type inconsistent, Provided = int32, inferred type = float32"),
    (lambda: nd.concat(nd.ones((1, 3)), nd.ones((1, 3)), dim=0, out=nd.zeros((3,))),
     r"Incompatible output shape: expected \[2,3\], got \[3\]"),
    (lambda: nd.split(nd.ones((2, 3)), num_outputs=2, out=nd.zeros((3,))),
     r"Operator expects 2 \(all\) or 2 \(visible only\) outputs, but got 1 instead"),
])
def test_out_checks_run_in_mxnet_order(call, words):
    with pytest.raises(MXNetError, match=words):
        call()


@pytest.mark.parametrize("call, words", [
    (lambda: nd.exp(nd.ones((2, 3)), out=nd.zeros((2, 3), dtype="bool")), "expected float32, got unknown"),
    (lambda: nd.take(nd.ones((2, 3)), nd.array([0]), out=nd.zeros((1, 3), dtype="bool")),
     "Provided = unknown, inferred type = float32"),
    (lambda: nd.cast(nd.ones((2, 3)), dtype="bool", out=nd.zeros((2, 3))), "Provided = float32, inferred type = unknown"),
])
def test_type_inference_names_bool_unknown(call, words):
    with pytest.raises(MXNetError, match=words):
        call()
