"""np.linalg.tensorsolve's gradients (MXNet's: through the inverse) against finite differences in float64."""
import numpy as onp

from distnet import autograd, np, npx


def _solve_sum(a, b, w):
    return float((onp.linalg.tensorsolve(a, b) * w).sum())


def test_tensorsolve_gradients_match_finite_differences():
    npx.set_np()
    try:
        rng = onp.random.RandomState(3)
        a0 = rng.rand(2, 3, 6) + onp.eye(6).reshape(2, 3, 6) * 3
        b0, w = rng.rand(2, 3), rng.rand(6)
        a, b = np.array(a0, dtype="float64"), np.array(b0, dtype="float64")
        a.attach_grad()
        b.attach_grad()
        with autograd.record():
            y = (np.linalg.tensorsolve(a, b) * np.array(w, dtype="float64")).sum()
        y.backward()
        eps = 1e-6
        for arr, grad, other in ((a0, a.grad.asnumpy(), b0), (b0, b.grad.asnumpy(), a0)):
            numeric = onp.zeros_like(arr)
            for i in onp.ndindex(arr.shape):
                up, down = arr.copy(), arr.copy()
                up[i] += eps
                down[i] -= eps
                pair = ((up, other), (down, other)) if arr is a0 else ((other, up), (other, down))
                numeric[i] = (_solve_sum(*pair[0], w) - _solve_sum(*pair[1], w)) / (2 * eps)
            onp.testing.assert_allclose(grad, numeric, rtol=1e-6, atol=1e-8)
    finally:
        npx.reset_np()
