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


_FLOATS = (np.float16, np.float32, np.float64)


def default_rtols():
    """MXNet's default relative tolerance per dtype (0 for exact types)."""
    tols = {np.dtype(np.float16): 1e-2, np.dtype(np.float32): 1e-4, np.dtype(np.float64): 1e-5}
    tols.update({np.dtype(t): 0 for t in (np.bool_, np.int8, np.uint8, np.int32, np.uint32, np.int64, np.uint64)})
    return tols


def default_atols():
    """MXNet's default absolute tolerance per dtype (0 for exact types)."""
    tols = {np.dtype(np.float16): 1e-1, np.dtype(np.float32): 1e-3, np.dtype(np.float64): 1e-20}
    tols.update({np.dtype(t): 0 for t in (np.bool_, np.int8, np.uint8, np.int32, np.uint32, np.int64, np.uint64)})
    return tols


def default_numeric_eps():
    """The finite-difference step per float dtype."""
    return {np.dtype(np.float16): 1.0 / 2**6, np.dtype(np.float32): 1.0 / 2**9, np.dtype(np.float64): 1.0 / 2**14}


def default_dtype():
    """The dtype tests use by default."""
    return np.float32


def effective_dtype(dat):
    """The dtype the values of ``dat`` were computed in (its own dtype on the CPU)."""
    return np.dtype(dat.dtype)


def get_tolerance(dat, tol, default_tol):
    """``tol`` if given, else ``default_tol`` (a dict by dtype) for the dtype of ``dat``."""
    if tol is not None:
        return tol
    return default_tol[effective_dtype(dat)] if isinstance(default_tol, dict) else default_tol


def get_tols(x, y, rtol, atol):
    """(rtol, atol) for comparing ``x`` and ``y``: the looser dtype default wherever one is None."""
    x, y = _as_compared(x), _as_compared(y)
    rtol = max(get_tolerance(x, rtol, default_rtols()), get_tolerance(y, rtol, default_rtols()))
    atol = max(get_tolerance(x, atol, default_atols()), get_tolerance(y, atol, default_atols()))
    return rtol, atol


def get_rtol(rtol=None):
    return 1e-5 if rtol is None else rtol


def get_atol(atol=None):
    return 1e-20 if atol is None else atol


def get_etol(etol=None):
    return 0 if etol is None else etol


def _as_compared(x):
    return x if isinstance(x, (NDArray, np.ndarray, np.generic)) else np.array(x)


def almost_equal(a, b, rtol=None, atol=None, equal_nan=False, use_broadcast=True):
    """Whether ``a`` and ``b`` are elementwise close (rtol 1e-5 and atol 1e-20 by default)."""
    rtol, atol = get_rtol(rtol), get_atol(atol)
    return np.allclose(_np(a), _np(b), rtol=rtol, atol=atol, equal_nan=equal_nan)


def _violation(a, b, rtol, atol):
    # in the arrays' own dtype, so float32 inputs report the float32 error MXNet reports
    return np.abs(a - b) / (atol + rtol * np.abs(b) + 1e-20)


def _report(a, b, rtol, atol, names, equal_nan, shown):
    """Print the worst mismatches as MXNet does; return the mismatch text for the error."""
    err = np.broadcast_to(_violation(a, b, rtol, atol), np.broadcast(a, b).shape)
    bad = ~np.isclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)
    order = np.argsort(-np.nan_to_num(err, nan=np.inf), axis=None, kind="stable")
    order = [i for i in order if np.broadcast_to(bad, err.shape).flat[i]][:shown + 1]
    print(f"\n*** Maximum errors for vector of size {err.size}:  rtol={rtol}, atol={atol}\n")
    ab = np.broadcast_arrays(a, b)
    for n, flat in enumerate(order[:shown], 1):
        idx = np.unravel_index(flat, err.shape)
        print("%3d: Error %f  Location of error: %s, %s=%.8f, %s=%.8f"
              % (n, err[idx], idx, names[0], ab[0][idx], names[1], ab[1][idx]))
    pct = 100.0 * len(order) / err.size
    return f" (mismatch at least {pct:f}%)" if len(order) > shown else f" (mismatch {pct:f}%)"


def assert_almost_equal(a, b, rtol=None, atol=None, names=("a", "b"), equal_nan=False,
                        use_broadcast=True, mismatches=(10, 10)):
    """Raise AssertionError when ``a`` and ``b`` differ beyond the tolerances, listing the worst elements.

    As in MXNet, tolerances left as None take the looser default of the two dtypes (float32: rtol=1e-4,
    atol=1e-3; float64: 1e-5, 1e-20; integers: exact) and a report of the worst mismatches is printed.
    """
    rtol, atol = get_tols(a, b, rtol, atol)
    shown = [x if isinstance(x, (float, int, np.generic)) else _np(x) for x in (a, b)]
    a, b = _np(a), _np(b)
    if not use_broadcast and a.shape != b.shape:
        raise AssertionError(f"shapes differ: {names[0]} {a.shape} vs {names[1]} {b.shape}")
    if np.allclose(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan):
        return
    err = np.broadcast_to(_violation(a, b, rtol, atol), np.broadcast(a, b).shape)
    flat = int(np.argmax(err)) if err.size else 0
    rel = err.flat[flat] if err.size else 0.0
    if err.ndim:
        mismatch = _report(a, b, rtol, atol, names, equal_nan, mismatches[0])
        idx = np.unravel_index(flat, err.shape)
        ab = np.broadcast_arrays(a, b)
        where = "Location of maximum error: %s, %s=%.8f, %s=%.8f" % (idx, names[0], ab[0][idx], names[1], ab[1][idx])
    else:
        mismatch, where = "", ""
    msg = "Error %f exceeds tolerance rtol=%e, atol=%e%s.\n%s" % (rel, rtol, atol, mismatch, where)
    raise AssertionError(np.testing.build_err_msg(shown, err_msg=msg, names=("ACTUAL", "DESIRED")))


def assert_almost_equal_with_err(a, b, rtol=None, atol=None, etol=None, names=("a", "b"), equal_nan=False,
                                 use_broadcast=True, mismatches=(10, 10)):
    """Like assert_almost_equal, but tolerate a fraction ``etol`` of mismatching elements."""
    etol = get_etol(etol)
    if etol <= 0:
        return assert_almost_equal(a, b, rtol, atol, names, equal_nan, use_broadcast, mismatches)
    rtol, atol = get_tols(a, b, rtol, atol)
    an, bn = _np(a), _np(b)
    bad = ~np.isclose(an, bn, rtol=rtol, atol=atol, equal_nan=equal_nan)
    if bad.size and bad.mean() > etol:
        assert_almost_equal(a, b, rtol, atol, names, equal_nan, use_broadcast, mismatches)


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


def check_numeric_gradient(fn, location, aux_states=None, numeric_eps=None, rtol=None, atol=None,
                           grad_nodes=None, use_forward_train=True, ctx=None, grad_stype_dict=None, dtype=None):
    """Compare the gradients of ``fn`` at ``location`` with central differences.

    ``fn`` is a Symbol (as in MXNet; ``location`` a list or dict of its arguments) or a function of
    NDArrays returning one NDArray (``location`` a list). A fixed random projection of the output
    makes every output element count; the numerical side runs in float64.
    """
    numeric_eps = 1e-4 if numeric_eps is None else numeric_eps
    rtol = 1e-3 if rtol is None else rtol
    atol = 1e-5 if atol is None else atol
    if not callable(fn) or hasattr(fn, "list_arguments"):
        return _check_symbol_gradient(fn, location, aux_states, numeric_eps, rtol, atol, grad_nodes,
                                      use_forward_train)
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


def _check_symbol_gradient(sym, location, aux_states, eps, rtol, atol, grad_nodes, is_train):
    """check_numeric_gradient for a Symbol: executor gradients against float64 central differences."""
    names = sym.list_arguments()
    values = [location[n] for n in names] if isinstance(location, dict) else list(location)
    values = [_np(v).astype(np.float64) for v in values]
    exe = _bind(sym, values, aux_states, dtype=np.float64)
    out = exe.forward(is_train=True)[0]
    proj = np.random.RandomState(0).uniform(0.5, 1.5, size=out.shape)
    exe.backward([_wrap(proj)])

    def projected():
        return float((exe.forward(is_train=is_train)[0].asnumpy() * proj).sum())

    for name in (grad_nodes if grad_nodes is not None else names):
        arg = exe.arg_dict[name]
        numeric = np.zeros(arg.shape)
        for i in range(arg.size):
            old = arg._data.flat[i]
            arg._data.flat[i] = old + eps
            hi = projected()
            arg._data.flat[i] = old - eps
            lo = projected()
            arg._data.flat[i] = old
            numeric.flat[i] = (hi - lo) / (2 * eps)
        assert_almost_equal(exe.grad_dict[name], numeric, rtol=rtol, atol=atol,
                            names=(f"symbolic gradient of {name}", "numeric"))


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
    return list(outputs)


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
    return {n: exe.grad_dict[n] for n in names}


def simple_forward(sym, ctx=None, is_train=False, **inputs):
    """The outputs of ``sym`` bound to ``inputs`` (numpy arrays), as numpy arrays."""
    exe = _bind(sym, {k: inputs[k] for k in sym.list_arguments()}, None)
    outputs = [o.asnumpy() for o in exe.forward(is_train=is_train)]
    return outputs[0] if len(outputs) == 1 else outputs


def np_reduce(dat, axis, keepdims, numpy_reduce_func):
    """Reduce numpy ``dat`` over ``axis`` (an int, a tuple or None) with ``numpy_reduce_func``."""
    if isinstance(axis, int):
        axis = [axis]
    else:
        axis = list(axis) if axis is not None else range(len(dat.shape))
    ret = dat
    for i in reversed(sorted(axis)):
        ret = numpy_reduce_func(ret, axis=i)
    if keepdims:
        shape = list(dat.shape)
        for i in axis:
            shape[i] = 1
        ret = ret.reshape(tuple(shape))
    return ret


def collapse_sum_like(a, shape):
    """Sum ``a`` down to ``shape`` (the gradient of a broadcast)."""
    lead = a.ndim - len(shape)
    axes = tuple(range(lead)) + tuple(i + lead for i, s in enumerate(shape) if s == 1 and a.shape[i + lead] != 1)
    return a.sum(axis=axes, keepdims=True).reshape(shape) if axes else a.reshape(shape)


def list_gpus():
    """The ids of the GPUs: none, distnet has no GPU backend."""
    return range(0)


def is_cd_run():
    """Whether this is a continuous-delivery run (never here)."""
    return False


def is_op_runnable():
    """Whether operators can run on the default context (always: it is the CPU)."""
    return True


def has_tvm_ops():
    """Whether TVM-generated operators are built in (never)."""
    return False


def rand_coord_2d(x_low, x_high, y_low, y_high):
    """A random integer point in [x_low, x_high] x [y_low, y_high]."""
    return np.random.randint(x_low, x_high + 1), np.random.randint(y_low, y_high + 1)


class DummyIter:
    """An iterator repeating the first batch of ``real_iter`` forever (for speed tests)."""

    def __init__(self, real_iter):
        self.real_iter = real_iter
        self.provide_data = real_iter.provide_data
        self.provide_label = real_iter.provide_label
        self.batch_size = real_iter.batch_size
        self.the_batch = next(iter(real_iter))

    def __iter__(self):
        return self

    def next(self):
        return self.the_batch

    __next__ = next


def random_sample(population, k):
    """``k`` items of ``population`` in a random order (numpy's RNG)."""
    population = list(population)
    np.random.shuffle(population)
    return population[:k]


def random_uniform_arrays(*shapes, **kwargs):
    """A list of uniform random numpy arrays in [low, high) of ``dtype``, one per shape (a list even for one)."""
    low, high = kwargs.pop("low", 0.0), kwargs.pop("high", 1.0)
    dtype = kwargs.pop("dtype", default_dtype())
    arrays = [np.random.uniform(low, high, size=s).astype(dtype) if len(s) else
              np.array(np.random.uniform(low, high)).astype(dtype) for s in shapes]
    return arrays


def assign_each(the_input, function):
    """``function`` applied to every element of numpy ``the_input`` (a new array)."""
    return np.vectorize(function)(the_input) if function is not None else np.copy(the_input)


def assign_each2(input1, input2, function):
    """``function(a, b)`` applied elementwise over two same-shape numpy arrays."""
    return np.vectorize(function)(input1, input2) if function is not None else np.copy(input1)


def compare_ndarray_tuple(t1, t2, rtol=None, atol=None):
    """assert_almost_equal over (nested tuples of) arrays; nothing to compare when either is None."""
    if t1 is None or t2 is None:
        return
    if isinstance(t1, tuple):
        for s1, s2 in zip(t1, t2):
            compare_ndarray_tuple(s1, s2, rtol, atol)
    else:
        assert_almost_equal(t1, t2, rtol=rtol, atol=atol)


def gen_buckets_probs_with_ppf(ppf, nbuckets):
    """``nbuckets`` equal-probability buckets from an inverse CDF, and their probabilities."""
    edges = [ppf(i / float(nbuckets)) for i in range(nbuckets + 1)]
    return list(zip(edges[:-1], edges[1:])), [1.0 / nbuckets] * nbuckets


def mean_check(generator, mu, sigma, nsamples=1000000):
    """Whether the mean of ``generator(nsamples)`` is within 3 standard errors of ``mu``."""
    mean = np.array(generator(nsamples)).mean()
    bound = 3 * sigma / np.sqrt(nsamples)
    return (mean > mu - bound) and (mean < mu + bound)


def var_check(generator, sigma, nsamples=1000000):
    """Whether the variance of ``generator(nsamples)`` is within 3 standard errors of ``sigma**2``."""
    var = np.array(generator(nsamples)).var(ddof=1)
    bound = 3 * np.sqrt(2 * sigma ** 4 / (nsamples - 1))
    return (var > sigma ** 2 - bound) and (var < sigma ** 2 + bound)


def is_aarch64_run():
    """Whether this runs on an aarch64 machine."""
    import platform
    return platform.machine() == "aarch64"


def getenv(name):
    """The value of environment variable ``name``, or None."""
    import os
    return os.environ.get(name)


def setenv(name, value):
    """Set (or with None, unset) environment variable ``name``; return its previous value."""
    import os
    old = os.environ.get(name)
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = str(value)
    return old


class environment:  # noqa: N801 -- MXNet's name
    """A ``with`` block (or decorator) setting environment variables: ``environment('A', '1')`` or a dict."""

    def __init__(self, *args):
        self._vars = dict(args[0]) if len(args) == 1 and isinstance(args[0], dict) else {args[0]: args[1]}
        self._saved = {}

    def __enter__(self):
        self._saved = {name: setenv(name, value) for name, value in self._vars.items()}
        return self

    def __exit__(self, *exc):
        for name, value in self._saved.items():
            setenv(name, value)

    def __call__(self, fn):
        import functools

        @functools.wraps(fn)
        def wrapped(*args, **kwargs):
            with environment(self._vars):
                return fn(*args, **kwargs)
        return wrapped


def retry(n):
    """A decorator re-running a flaky test up to ``n`` times while it fails an assertion."""
    import functools

    def decorate(fn):
        @functools.wraps(fn)
        def wrapped(*args, **kwargs):
            for attempt in range(n):
                try:
                    return fn(*args, **kwargs)
                except AssertionError:
                    if attempt == n - 1:
                        raise
        return wrapped
    return decorate
