"""A legacy operator called by another of its names (nd.linalg_gemm2, nd.crop, nd._internal._plus) is one operator
with one function per name, as MXNet generates: its Python-level refusals name it as called."""
import pytest

import distnet as mx

nd = mx.nd
A, B = mx.np.ones((2, 2)), nd.ones((2, 2))


@pytest.mark.parametrize("called, fn", [
    ("linalg_gemm2", lambda: nd.linalg_gemm2(A, A)),
    ("_linalg_gemm2` registered in backend is known as `gemm2", lambda: nd.linalg.gemm2(A, A)),
    ("broadcast_plus", lambda: nd.broadcast_plus(A, A)),
    ("sum_axis", lambda: nd.sum_axis(A)),
    ("_plus", lambda: nd._internal._plus(A, A)),
    ("_contrib_box_non_maximum_suppression", lambda: nd.contrib.box_non_maximum_suppression(A)),
    ("elemwise_add` registered in backend is known as `elemwise_add` in Python. This is a legacy operator which can "
     "only write to", lambda: nd.elemwise_add(B, B, out=A)),
])
def test_mx_np_array_refused_under_the_name_called(called, fn):
    with pytest.raises(TypeError, match=f"Operator `{called}"):
        fn()


def test_python_argument_errors_name_the_function():
    with pytest.raises(TypeError, match=r"gemm2\(\) got multiple values for argument 'A'$"):
        nd.linalg.gemm2(B, B, A=B)
    with pytest.raises(TypeError, match=r"linalg_gemm2\(\) got multiple values for argument 'A'$"):
        nd.linalg_gemm2(B, B, A=B)
    with pytest.raises(TypeError, match=r"crop\(\) takes from 0 to 6 positional arguments but 8 were given$"):
        nd.crop(B, (0,), (1,), (1,), None, 1, 2, 3)


def test_an_alias_computes_and_records_as_its_operator():
    x = nd.array([[1., 2.], [3., 4.]])
    x.attach_grad()
    with mx.autograd.record():
        y = nd.linalg_gemm2(x, x)
    y.backward()
    assert y.asnumpy().tolist() == nd.linalg.gemm2(x, x).asnumpy().tolist() == [[7., 10.], [15., 22.]]
    assert x.grad.asnumpy().tolist() == [[7., 11.], [9., 13.]]     # dY/dX of X X summed: 1 X^T + X^T 1
    assert nd.linalg_gemm2.__name__ == "linalg_gemm2" and nd.linalg_gemm2.op is nd.linalg.gemm2.op


def test_an_alias_keeps_its_operators_storage_rules():
    rsp = nd.array([[0., 1.], [0., 0.]]).tostype("row_sparse")
    assert nd._internal._maximum(rsp, rsp * 2).stype == "row_sparse"
    assert nd.ElementWiseSum(rsp, rsp).stype == "row_sparse"


@pytest.mark.parametrize("call", [
    lambda: nd.nag_mom_update(A),                     # before the input count
    lambda: nd.multi_sgd_update(B, A, lrs=(0.1,), wds=(0.,)),     # before the out= it needs
    lambda: nd.all_finite(A),
])
def test_update_and_check_operators_refuse_mx_np_arrays_first(call):
    with pytest.raises(TypeError, match="This is a legacy operator which can only accept legacy ndarrays"):
        call()


def test_multi_update_asserts_positional_arrays():
    with pytest.raises(AssertionError, match="^Positional arguments must have NDArray type, but got 1$"):
        nd.multi_sgd_update(B, B, 1, lrs=(0.1,), wds=(0.,))
