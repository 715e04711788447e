"""The gradients of np.linalg.inv and tensorinv: -inv(a)^T dY inv(a)^T, each summed in MXNet's gemm order."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np
from distnet.ndarray.ops_linalg import fused_gemm


pytestmark = pytest.mark.usefixtures("np_semantics")


def _grad(fn, a, head):
    x = np.array(a)
    x.attach_grad()
    with mx.autograd.record():
        y = fn(x)
    y.backward(np.array(head, dtype=y.dtype))
    return x.grad.asnumpy()


def test_fused_gemm_adds_each_product_to_a_running_fused_sum():
    a = onp.array([[0.1, 0.7], [0.3, -0.9]], onp.float32)
    b = onp.array([[1.3, -0.2], [0.6, 0.5]], onp.float32)
    exact = a.astype(onp.float64) @ b.astype(onp.float64)
    res = fused_gemm(a, b)
    assert res.dtype == onp.float32
    onp.testing.assert_allclose(res, exact, rtol=1e-6)
    first = (a[:, :1].astype(onp.float64) * b[:1, :]).astype(onp.float32)       # one rounding per fused step
    assert (res == (first.astype(onp.float64) + a[:, 1:].astype(onp.float64) * b[1:, :]).astype(onp.float32)).all()


@pytest.mark.parametrize("fn", [np.linalg.inv, lambda x: np.linalg.tensorinv(x, ind=1)])
def test_inverse_gradient_matches_the_closed_form(fn):
    rng = onp.random.RandomState(0)
    a = rng.uniform(-1, 1, (3, 3)) + 3 * onp.eye(3)
    head = rng.uniform(-1, 1, (3, 3))
    inv = onp.linalg.inv(a)
    onp.testing.assert_allclose(_grad(fn, a.astype("float64"), head), -inv.T @ head @ inv.T, rtol=1e-10)


def test_inv_and_tensorinv_round_their_gradients_in_mxnets_orders(monkeypatch):
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "haswell")      # the kernels the recorded bits come from
    m = [[2., 1.], [1., 3.]]
    ones = onp.ones((2, 2))
    inv_grad = _grad(np.linalg.inv, m, ones)
    tensorinv_grad = _grad(lambda x: np.linalg.tensorinv(x, ind=1), m, ones)
    assert inv_grad[0, 1] == onp.float32(-0.080000006) and inv_grad[1, 0] == onp.float32(-0.08000001)
    assert tensorinv_grad[0, 1] == onp.float32(-0.08000001) and tensorinv_grad[1, 0] == onp.float32(-0.080000006)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("legacy", [False, True])
@pytest.mark.parametrize("which", ["det", "slogdet"])
def test_determinant_gradients_are_zero_for_singular_matrices(which, legacy, dtype):
    # d det(A) / dA = det(A) inv(A)^T and d log|det(A)| / dA = inv(A)^T: MXNet passes +0 for a singular matrix
    # (no inverse) and the usual gradient for the regular ones of the stack
    stack = onp.array([[[1., 2.], [2., 4.]], [[2., 1.], [1., 3.]]], dtype=dtype)
    mod = mx.nd if legacy else np
    fn = getattr(mod.linalg, which)
    x = mod.array(stack, dtype=dtype)
    x.attach_grad()
    with mx.autograd.record():
        y = fn(x)
        y = y[1] if which == "slogdet" else y
    y.backward()
    g = x.grad.asnumpy()
    assert g[0].tolist() == [[0, 0], [0, 0]] and not onp.signbit(g[0]).any()
    regular = stack[1].astype(onp.float64)
    expect = onp.linalg.inv(regular).T * (onp.linalg.det(regular) if which == "det" else 1)
    onp.testing.assert_allclose(g[1], expect, rtol=1e-5)
