"""A sparse variable whose gradient buffer has another dtype fails backward in MXNet's words, naming the reader."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

sp = mx.nd.sparse


def _variable(kind="csr", dtype="float64"):
    x = mx.nd.array(np.array([[0, 1], [2, 0]]), dtype=dtype).tostype(kind)
    x.attach_grad(stype="default")          # a float32 buffer, as MXNet's attach_grad makes it
    assert x.grad.dtype == np.float32
    return x


@pytest.mark.parametrize("kind", ["csr", "row_sparse"])
def test_a_unary_reader_fails_its_type_check(kind):
    x = _variable(kind)
    with mx.autograd.record():
        y = sp.square(x)
    with pytest.raises(MXNetError, match=r"Error in operator node_\d+_backward: \[\d\d:\d\d:\d\d\] \S+:\d+: "
                       r"Check failed: assign\(&dattr, "
                       r"vec.at\(i\)\): Incompatible attr in node node_\d+_backward at 0-th output: expected "
                       r"float64, got float32"):
        y.backward()


def test_two_readers_fail_in_the_summing_node():
    x = _variable(dtype="int32")
    with mx.autograd.record():
        y = sp.square(x) + sp.abs(x)
    with pytest.raises(MXNetError, match="Error in operator sum_grad: .* at 0-th output: expected int32, got float32"):
        y.backward()


def test_other_readers_fail_the_shape_check():
    x = _variable()
    with mx.autograd.record():
        y = x * 3
    with pytest.raises(MXNetError, match="Backward shape inconsistent with the forward shape"):
        y.backward()


@pytest.mark.parametrize("kind", ["csr", "row_sparse"])
def test_copy_and_clip_of_a_sparse_variable_are_differentiated(kind):
    a = np.array([[0, 1, 0], [2, 0, 3]], dtype=np.float32)
    x = mx.nd.array(a).tostype(kind)
    x.attach_grad(stype="default")
    with mx.autograd.record():
        y = x.copy() * 2 + sp.clip(x, 0, 1)
    y.backward()
    inside = (a >= 0) & (a <= 1)            # clip's gradient passes inside the range only
    np.testing.assert_array_equal(x.grad.asnumpy(), 2 + inside)
