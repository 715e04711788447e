"""Testing helpers, as in ``mxnet.test_utils``: closeness checks and numerical gradients."""
import numpy as np

from . import autograd
from .context import current_context
from .ndarray.ndarray import NDArray, _wrap


def _np(a):
    return a.asnumpy() if isinstance(a, NDArray) else np.asarray(a)


def default_context():
    """The context tests run on."""
    return current_context()


def almost_equal(a, b, rtol=1e-5, atol=1e-20, equal_nan=False):
    """Whether ``a`` and ``b`` are elementwise close."""
    return np.allclose(_np(a), _np(b), rtol=rtol, atol=atol, equal_nan=equal_nan)


def assert_almost_equal(a, b, rtol=1e-5, atol=1e-20, names=("a", "b"), equal_nan=False):
    """Raise AssertionError naming the worst element when ``a`` and ``b`` are not close."""
    a, b = _np(a), _np(b)
    if a.shape != b.shape:
        raise AssertionError(f"shapes differ: {names[0]} {a.shape} vs {names[1]} {b.shape}")
    if np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan):
        return
    err = np.abs(a.astype(np.float64) - b) / (atol + rtol * np.abs(b))
    idx = np.unravel_index(np.nanargmax(err), err.shape) if err.size else ()
    raise AssertionError(f"not almost equal (rtol={rtol}, atol={atol}) at index {idx}: "
                         f"{names[0]}={a[idx]} {names[1]}={b[idx]}\n{names[0]}: {a}\n{names[1]}: {b}")


def same(a, b):
    """Whether ``a`` and ``b`` are exactly equal."""
    return np.array_equal(_np(a), _np(b))


def rand_shape_nd(num_dim, dim=10):
    """A random shape with ``num_dim`` axes of length 1..dim."""
    return tuple(np.random.randint(1, dim + 1, size=num_dim))


def rand_shape_2d(dim0=10, dim1=10):
    return rand_shape_nd(2, max(dim0, dim1))


def rand_ndarray(shape, stype="default", density=None, dtype=None):
    """A float32 NDArray of uniform random values in [0, 1)."""
    return _wrap(np.random.uniform(size=shape).astype(dtype or np.float32))


def numeric_grad(fn, inputs, eps=1e-4):
    """Central-difference gradients of ``sum(fn(*inputs))`` in float64."""
    inputs = [np.array(x, dtype=np.float64) for x in inputs]
    grads = []
    for x in inputs:
        g = np.zeros_like(x)
        flat, gflat = x.reshape(-1), g.reshape(-1)
        for i in range(flat.size):
            old = flat[i]
            flat[i] = old + eps
            hi = _np(fn(*[_wrap(v) for v in inputs])).astype(np.float64).sum()
            flat[i] = old - eps
            lo = _np(fn(*[_wrap(v) for v in inputs])).astype(np.float64).sum()
            flat[i] = old
            gflat[i] = (hi - lo) / (2 * eps)
        grads.append(g)
    return grads


def check_numeric_gradient(fn, location, numeric_eps=1e-4, rtol=1e-3, atol=1e-5, grad_nodes=None):
    """Compare autograd's gradients of ``fn`` at ``location`` with central differences.

    ``fn`` maps NDArrays to one NDArray; ``location`` is a list of arrays (float64 is used for the
    numerical side). A fixed random projection of the output makes every output element count.
    """
    location = [_np(x).astype(np.float64) for x in location]
    probe = _np(fn(*[_wrap(x) for x in location]))
    proj = np.random.RandomState(0).uniform(0.5, 1.5, size=probe.shape)

    def projected(*xs):
        return fn(*xs) * _wrap(proj)

    xs = [_wrap(x.copy()) for x in location]
    for x in xs:
        x.attach_grad()
    with autograd.record():
        y = projected(*xs)
    y.backward()
    expected = numeric_grad(projected, location, numeric_eps)
    for i, (x, e) in enumerate(zip(xs, expected)):
        if grad_nodes is None or i in grad_nodes:
            assert_almost_equal(x.grad, e, rtol=rtol, atol=atol, names=(f"autograd d/dx{i}", f"numeric d/dx{i}"))
