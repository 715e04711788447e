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


def set_default_context(ctx):
    """Make ``ctx`` the context tests run on (distnet has the CPU only)."""
    from .context import Context
    Context._default.value = ctx


def assert_allclose(a, b, rtol=1e-07, atol=0, equal_nan=True):
    """numpy's assert_allclose on NDArrays or arrays."""
    np.testing.assert_allclose(_np(a), _np(b), rtol=rtol, atol=atol, equal_nan=equal_nan)


def assert_almost_equal_ignore_nan(a, b, rtol=None, atol=None, names=("a", "b")):
    """assert_almost_equal where NaNs in either array are ignored."""
    a, b = np.copy(_np(a)), np.copy(_np(b))
    nan = np.logical_or(np.isnan(a), np.isnan(b))
    a[nan], b[nan] = 0, 0
    assert_almost_equal(a, b, rtol=rtol or 1e-5, atol=atol or 1e-20, names=names)


def assert_exception(f, exception_type, *args, **kwargs):
    """Check that ``f(*args, **kwargs)`` raises ``exception_type``."""
    try:
        f(*args, **kwargs)
    except exception_type:
        return
    raise AssertionError(f"{getattr(f, '__name__', f)} did not raise {exception_type.__name__}")


def rand_shape_3d(dim0=10, dim1=10, dim2=10):
    """A random 3-D shape with axes of length 1..dim."""
    return tuple(int(np.random.randint(1, d + 1)) for d in (dim0, dim1, dim2))


def random_arrays(*shapes):
    """Random float32 numpy arrays (a scalar for shape ()), one per shape; one array if one shape."""
    arrays = [np.array(np.random.randn(), dtype=np.float32) if len(s) == 0
              else np.random.randn(*s).astype(np.float32) for s in shapes]
    return arrays[0] if len(arrays) == 1 else arrays


def same_array(array1, array2):
    """Whether two NDArrays share memory (writing one changes the other)."""
    return np.shares_memory(array1._data, array2._data)


def _bind(sym, location, aux_states, grad_req="write", dtype=np.float32):
    names = sym.list_arguments()
    if isinstance(location, dict):
        missing = set(names) - set(location)
        if missing:
            raise ValueError(f"symbol arguments {sorted(missing)} are missing from location")
        location = [location[n] for n in names]
    args = {n: _wrap(np.asarray(_np(v), dtype=dtype)) for n, v in zip(names, location)}
    grads = {n: _wrap(np.zeros_like(args[n]._data)) for n in names}
    auxs = None
    if aux_states is not None:
        aux_names = sym.list_auxiliary_states()
        values = [aux_states[n] for n in aux_names] if isinstance(aux_states, dict) else aux_states
        auxs = {n: _wrap(np.asarray(_np(v), dtype=dtype)) for n, v in zip(aux_names, values)}
    return sym.bind(current_context(), args, args_grad=grads, grad_req=grad_req, aux_states=auxs)


def check_symbolic_forward(sym, location, expected, rtol=1e-4, atol=None, aux_states=None, ctx=None,
                           equal_nan=False, dtype=np.float32):
    """Bind ``sym`` at ``location``, run forward and compare the outputs with ``expected``."""
    exe = _bind(sym, location, aux_states, dtype=dtype)
    outputs = exe.forward(is_train=False)
    if isinstance(expected, dict):
        expected = [expected[n] for n in sym.list_outputs()]
    for i, (out, exp) in enumerate(zip(outputs, expected)):
        assert_almost_equal(out, exp, rtol=rtol, atol=atol or 1e-20, names=(f"output {i}", "expected"),
                            equal_nan=equal_nan)
    return [o.asnumpy() for o in outputs]


def check_symbolic_backward(sym, location, out_grads, expected, rtol=1e-5, atol=None, aux_states=None,
                            grad_req="write", ctx=None, grad_stypes=None, equal_nan=False, dtype=np.float32):
    """Bind ``sym`` at ``location``, run forward and backward and compare the input gradients."""
    exe = _bind(sym, location, aux_states, grad_req, dtype)
    exe.forward(is_train=True)
    grads = [_wrap(np.asarray(_np(g), dtype=dtype)) for g in (out_grads if isinstance(out_grads, (list, tuple)) else [out_grads])]
    exe.backward(grads)
    names = sym.list_arguments()
    if not isinstance(expected, dict):
        expected = dict(zip(names, expected))
    for name, exp in expected.items():
        if exp is None:
            continue
        assert_almost_equal(exe.grad_dict[name], exp, rtol=rtol, atol=atol or 1e-20,
                            names=(f"gradient of {name}", "expected"), equal_nan=equal_nan)
    return {n: exe.grad_dict[n].asnumpy() for n in names}


def simple_forward(sym, ctx=None, is_train=False, **inputs):
    """The outputs of ``sym`` bound to ``inputs`` (numpy arrays), as numpy arrays."""
    exe = _bind(sym, {k: inputs[k] for k in sym.list_arguments()}, None)
    outputs = [o.asnumpy() for o in exe.forward(is_train=is_train)]
    return outputs[0] if len(outputs) == 1 else outputs
