"""Testing helpers, as in ``mxnet.test_utils``: closeness checks, numerical gradients, random
(sparse) arrays and matrices, consistency and speed checks, generator tests, data set downloads."""
# MXNet's tests do `from mxnet.test_utils import *` and use the modules and names MXNet's module
# imports, so the same ones are imported here.
import bz2  # noqa: F401
import contextlib
import errno  # noqa: F401
import gzip  # noqa: F401
import json  # noqa: F401
import logging  # noqa: F401
import numbers
import os
import platform  # noqa: F401
import struct  # noqa: F401
import sys  # noqa: F401
import time  # noqa: F401
import traceback  # noqa: F401
import zipfile  # noqa: F401
from collections import OrderedDict  # noqa: F401
from contextlib import contextmanager  # noqa: F401

import numpy as np
import numpy.random as rnd  # noqa: F401
try:
    import scipy.stats as ss
except ImportError:         # as in MXNet: scipy is optional, ``ss`` is then None
    ss = None
try:
    import requests  # noqa: F401
except ImportError:         # as in MXNet: the name is simply missing without requests
    pass

import distnet as mx  # noqa: F401
from . import autograd
from .context import Context, current_context  # noqa: F401
from .ndarray import array
from .ndarray.ndarray import _STORAGE_TYPE_STR_TO_ID, NDArray, _wrap  # noqa: F401
from .runtime import Features
from .base import MXNetError, hiding as _hiding
import importlib.util as _importlib_util    # noqa: E402


def _lazy_module(name):
    """Module ``name``, imported when first read (importlib's LazyLoader): numpy.testing starts a subprocess as it
    is imported, which every ``import distnet`` would pay for a module few scripts read."""
    if name in sys.modules:
        return sys.modules[name]
    spec = _importlib_util.find_spec(name)
    spec.loader = _importlib_util.LazyLoader(spec.loader)
    module = _importlib_util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    package, _, short = name.rpartition(".")
    setattr(sys.modules[package], short, module)      # (as an import binds a submodule to its package)
    return module


npt = _lazy_module("numpy.testing")     # (MXNet's module imports it as npt)
from .symbol import Symbol
from .symbol.numpy import _Symbol as np_symbol  # noqa: F401  (MXNet's test_utils name)
from .util import get_cuda_compute_capability, getenv, setenv, use_np  # noqa: F401  (MXNet's test_utils has them)


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
    """``tol`` if a number; else its entry (or ``default_tol``'s) for the dtype of ``dat``."""
    if isinstance(tol, numbers.Number):
        return tol
    dtype = effective_dtype(dat)
    tol = {} if tol is None else tol
    return tol.get(dtype, default_tol[dtype])


def get_tols(x, y, rtol, atol):
    """(rtol, atol) for comparing ``x`` and ``y``: the looser dtype default wherever one is None."""
    x, y = _as_compared(x), _as_compared(y)
    rtol = max(get_tolerance(x, rtol, default_rtols()), get_tolerance(y, rtol, default_rtols()))
    atol = max(get_tolerance(x, atol, default_atols()), get_tolerance(y, atol, default_atols()))
    return rtol, atol


def get_rtol(rtol=None, dtype=np.dtype(np.float64)):
    """``rtol``, or the default relative tolerance of ``dtype``."""
    return default_rtols()[dtype] if rtol is None else rtol


def get_atol(atol=None, dtype=np.dtype(np.float64)):
    """``atol``, or the default absolute tolerance of ``dtype``."""
    return default_atols()[dtype] if atol is None else atol


def get_etol(etol=None):
    """The tolerance of differing elements: ``etol``, or 0."""
    return 0 if etol is None else etol


def _as_compared(x):
    """``x`` with a dtype for the tolerance lookup. (MXNet converts numbers only, so a list fails there with an
    AttributeError; distnet's own tests compare with lists, so a list is converted too.)"""
    return x if isinstance(x, (NDArray, np.ndarray, np.generic)) else np.array(x)


def _legacy(x):
    """Whether ``x`` is an ``nd`` array (not an ``np`` one, which numpy's functions accept)."""
    return isinstance(x, NDArray) and not hasattr(x, "__array_function__")


def _refuse_legacy_arrays(ufunc, *arrays):
    """numpy sees an NDArray as a sequence of objects, on which its float ufuncs fail (as in MXNet)."""
    if any(_legacy(x) for x in arrays):
        raise TypeError(f"ufunc '{ufunc}' not supported for the input types, and the inputs could not be safely "
                        "coerced to any supported types according to the casting rule ''safe''")


def almost_equal(a, b, rtol=None, atol=None, equal_nan=False, use_broadcast=True):
    """Whether ``a`` and ``b`` (numpy arrays or numbers) are elementwise close (rtol 1e-5, atol 1e-20 by default)."""
    if not use_broadcast:
        checkShapes(a, b)
    _refuse_legacy_arrays("isfinite", a, b)
    return np.allclose(_np(a), _np(b), rtol=get_rtol(rtol), atol=get_atol(atol), equal_nan=equal_nan)


def _close_arrays(a, b, rtol, atol, equal_nan):
    """(close, a, b): MXNet compares NDArrays of one dtype and device with ``contrib.allclose``, anything else
    with numpy; the arrays come back as numpy arrays (numbers stay numbers)."""
    if _legacy(a) and _legacy(b) and a.context == b.context and a.dtype == b.dtype:
        close = mx.nd.contrib.allclose(a, b, rtol, atol, equal_nan).asnumpy() == 1
        return close, a.asnumpy(), b.asnumpy()
    a, b = (x.asnumpy() if isinstance(x, NDArray) else x for x in (a, b))
    if getattr(a, "dtype", None) == np.bool_ and getattr(b, "dtype", None) == np.bool_:
        npt.assert_equal(a, b)
        return True, a, b
    return almost_equal(a, b, rtol, atol, equal_nan=equal_nan), a, b


def _mismatch_text(a, b, rtol, atol, names, equal_nan, mismatches, index, rel):
    """Print the worst mismatches one by one, as MXNet does: each found is zeroed in copies of the arrays
    until the rest compare close; returns the error text."""
    first_index, first_rel = index, rel
    print(f"\n*** Maximum errors for vector of size {a.size}:  rtol={rtol}, atol={atol}\n")
    a_left, b_left = a.copy(), b.copy()
    count = 1
    while count <= a.size:
        if count <= mismatches[0]:
            print("%3d: Error %f  %s" % (count, rel, locationError(a, b, index, names)))
        a_left[index] = b_left[index] = 0
        if almost_equal(a_left, b_left, rtol, atol, equal_nan=equal_nan):
            break
        count += 1
        if count > mismatches[1] > 0:
            break
        index, rel = _find_max_violation(a_left, b_left, rtol, atol)
    degree = "at least " if mismatches[1] > 0 and count > mismatches[1] else ""
    return "Error %f exceeds tolerance rtol=%e, atol=%e (mismatch %s%f%%).\n%s" % (
        first_rel, rtol, atol, degree, 100 * count / a.size, locationError(a, b, first_index, names, maxError=True))


def assert_almost_equal(a, b, rtol=None, atol=None, names=("a", "b"), equal_nan=False,
                        use_broadcast=True, mismatches=(10, 10)):
    """Raise AssertionError when ``a`` and ``b`` differ beyond the tolerances, listing the worst elements.

    As in MXNet, tolerances left as None take the looser default of the two dtypes (float32: rtol=1e-4,
    atol=1e-3; float64: 1e-5, 1e-20; integers: exact), the violations are measured in the arrays' own dtype
    and a report of the worst mismatches (``mismatches``: how many to print, how many to look for) is printed.
    """
    if not use_broadcast:
        checkShapes(a, b)
    rtol, atol = get_tols(a, b, rtol, atol)
    close, a, b = _close_arrays(a, b, rtol, atol, equal_nan)
    if close:
        return
    index, rel = _find_max_violation(a, b, rtol, atol)
    if index != ():
        msg = _mismatch_text(a, b, rtol, atol, names, equal_nan, mismatches, index, rel)
    else:
        msg = "Error %f exceeds tolerance rtol=%e, atol=%e.\n" % (rel, rtol, atol)
    np.set_printoptions(threshold=4, suppress=True)     # MXNet sets these globally here, and they stay set
    raise AssertionError(npt.build_err_msg([a, b], err_msg=msg))


def assert_almost_equal_with_err(a, b, rtol=None, atol=None, etol=None, names=("a", "b"), equal_nan=False,
                                 mismatches=(10, 10)):
    """Like assert_almost_equal, but tolerate a fraction ``etol`` of elements that are not close (NaNs never
    are); without ``etol``, MXNet checks with the default names and mismatches."""
    etol = get_etol(etol)
    if etol <= 0:
        return assert_almost_equal(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)
    rtol, atol = get_tols(a, b, rtol, atol)
    a, b = (x.asnumpy() if isinstance(x, NDArray) else x for x in (a, b))
    close = np.isclose(a, b, rtol=rtol, atol=atol)
    if 1 - np.count_nonzero(close) / close.size > etol:
        index, rel = _find_max_violation(a, b, rtol, atol)
        msg = _mismatch_text(a, b, rtol, atol, names, equal_nan, mismatches, index, rel)
        np.set_printoptions(threshold=4, suppress=True)
        raise AssertionError(npt.build_err_msg([a, b], err_msg=msg))


def same(a, b):
    """Whether ``a`` and ``b`` are exactly equal, as ``np.array_equal`` finds. numpy reads an ``nd`` array as
    a nested sequence of NDArrays (MXNet's NDArray gives it no buffer), so one equals only another of its
    shape whose elementwise ``==`` works (same dtype, not bool) and holds throughout."""
    if _legacy(a) or _legacy(b):
        if not (_legacy(a) and _legacy(b)) or a.shape != b.shape:
            return False
        if "row_sparse" in (a.stype, b.stype):      # numpy's reading of it fails (x[0] is refused): not equal
            return False
        try:
            return bool((a == b).asnumpy().all())
        except MXNetError:      # numpy takes a failed elementwise comparison for "not equal"
            return False
    return np.array_equal(a, b)


def rand_shape_nd(num_dim, dim=10, allow_zero_size=False):
    """A random shape with ``num_dim`` axes of length 1..dim (0..dim with ``allow_zero_size``)."""
    return tuple(np.random.randint(0 if allow_zero_size else 1, dim + 1, size=num_dim))


def rand_shape_2d(dim0=10, dim1=10, allow_zero_size=False):
    """A random 2-D shape with axes of length 1..dim0 and 1..dim1."""
    low = 0 if allow_zero_size else 1
    return np.random.randint(low, dim0 + 1), np.random.randint(low, dim1 + 1)


def rand_ndarray(shape, stype="default", density=None, dtype=None, modifier_func=None,
                 shuffle_csr_indices=False, distribution=None, ctx=None):
    """A random NDArray: standard normal values when dense, else ``rand_sparse_ndarray``'s array."""
    ctx = ctx if ctx else default_context()
    if stype == "default":
        return array(random_arrays(shape), dtype=dtype, ctx=ctx)
    arr, _ = rand_sparse_ndarray(shape, stype, density=density, modifier_func=modifier_func, dtype=dtype,
                                 shuffle_csr_indices=shuffle_csr_indices, distribution=distribution, ctx=ctx)
    return arr


def numeric_grad(executor, location, aux_states=None, eps=1e-4, use_forward_train=True, dtype=np.float32):
    """Central differences of ``sum(outputs[0])`` over every float argument in ``location``.

    ``location`` maps argument names to numpy arrays; each element moves by +-eps/2 in turn and the
    bound ``executor`` runs forward, the auxiliary states restored each time. A dict of numpy arrays.
    """
    if dtype not in _FLOATS:
        raise AssertionError()
    grads = {k: np.zeros(np.shape(v), dtype=dtype) for k, v in location.items()}
    for k, v in location.items():
        executor.arg_dict[k][:] = array(v, dtype=dtype)
    location = {k: np.asarray(v, order="C") for k, v in location.items()}

    def output_at(k, v):
        executor.arg_dict[k][:] = array(v, dtype=dtype)
        for key, val in (aux_states or {}).items():
            executor.aux_dict[key][:] = array(val, dtype=dtype)
        executor.forward(is_train=use_forward_train)
        return executor.outputs[0].asnumpy()

    for k, v in location.items():
        if v.dtype.kind != "f":
            continue
        old = v.copy()
        for i in range(v.size):
            v.ravel()[i] += eps / 2.0
            plus = output_at(k, v)
            v.ravel()[i] -= eps
            minus = output_at(k, v)
            grads[k].ravel()[i] = (plus - minus).sum() / eps
            v.ravel()[i] = old.ravel()[i]
        executor.arg_dict[k][:] = array(old, dtype=dtype)
    return grads


def _function_numeric_grad(fn, inputs, eps):
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


def check_numeric_gradient(sym, location, aux_states=None, numeric_eps=None, rtol=None, atol=None,
                           grad_nodes=None, use_forward_train=True, ctx=None, grad_stype_dict=None,
                           dtype=np.float32):
    """Compare a symbol's gradients at ``location`` with central differences, as MXNet does.

    The output is multiplied by a random projection (``np.random.rand + 0.1``) and made a loss; the
    gradient buffers start from ``np.random.normal(0, 0.01)`` so that ``grad_nodes`` given as a dict
    of requests ('write', 'add', 'null') are checked as such. Everything runs in ``dtype``.
    ``sym`` may also be a function of NDArrays returning one NDArray (a distnet extension; float64).
    """
    from . import symbol as sym_mod
    if callable(sym) and not isinstance(sym, Symbol):
        return _check_function_gradient(sym, location, numeric_eps, rtol, atol, grad_nodes)
    if dtype not in _FLOATS:
        raise AssertionError()
    ctx = ctx or default_context()
    location = _parse_location(sym=sym, location=location, ctx=ctx, dtype=dtype)
    location_npy = {k: v.asnumpy() for k, v in location.items()}
    aux_states = _parse_aux_states(sym=sym, aux_states=aux_states, ctx=ctx, dtype=dtype)
    aux_npy = None if aux_states is None else {k: v.asnumpy() for k, v in aux_states.items()}
    if grad_nodes is None or isinstance(grad_nodes, (list, tuple)):
        grad_nodes = list(sym.list_arguments() if grad_nodes is None else grad_nodes)
        grad_req = {k: "write" for k in grad_nodes}
    elif isinstance(grad_nodes, dict):
        grad_req, grad_nodes = dict(grad_nodes), list(grad_nodes)
    else:
        raise ValueError()      # (MXNet's, without words: grad_nodes must be None, a list, tuple or dict)
    _, out_shape, _ = sym.infer_shape(**{k: v.shape for k, v in location.items()})
    out = sym_mod.make_loss(sym * sym_mod.Variable("__random_proj"))
    location = dict(location, __random_proj=array(np.random.rand(*out_shape[0]) + 0.1, ctx=ctx, dtype=dtype))
    grads_npy = {k: np.random.normal(0, 0.01, size=location[k].shape) for k in grad_nodes}
    grads_npy["__random_proj"] = np.random.normal(0, 0.01, size=out_shape[0])
    args_grad = {k: array(v, ctx=ctx, dtype=dtype) for k, v in grads_npy.items()}
    if grad_stype_dict is not None and not isinstance(grad_stype_dict, dict):
        raise AssertionError("grad_stype_dict must be a dict")
    for k, stype in (grad_stype_dict or {}).items():
        if k in args_grad and stype in _STORAGE_TYPE_STR_TO_ID and stype != "default":
            args_grad[k] = mx.nd.zeros(args_grad[k].shape, args_grad[k].context, args_grad[k].dtype, stype)
    executor = out.bind(ctx, grad_req=grad_req, args=location, args_grad=args_grad, aux_states=aux_states)
    if len(executor.arg_arrays) != len(location):       # (two variables sharing a name)
        raise ValueError("Executor arg_arrays and and location len do not match."
                         f"Got {len(executor.arg_arrays)} inputs and {len(location)} locations")
    if len(executor.outputs) != 1:
        raise AssertionError()
    executor.forward(is_train=True)
    eps = get_tolerance(executor.outputs[0], numeric_eps, default_numeric_eps())
    if dtype in (np.float32, np.float16) and not eps >= 1e-5:
        raise AssertionError()      # finite differences need a larger step in single or half precision
    executor.backward()
    symbolic = executor.grad_dict
    numeric = numeric_grad(executor, location_npy, aux_npy, eps=eps, use_forward_train=use_forward_train,
                           dtype=dtype)
    for name in grad_nodes:
        names = (f"NUMERICAL_{name}", f"BACKWARD_{name}")
        computed = symbolic[name].asnumpy()
        if grad_req[name] == "write":
            assert_almost_equal(numeric[name], computed, rtol, atol, names)
        elif grad_req[name] == "add":
            assert_almost_equal(numeric[name], computed - grads_npy[name], rtol, atol, names)
        elif grad_req[name] == "null":
            assert_almost_equal(grads_npy[name], computed, rtol, atol, names)
        else:
            raise ValueError(f"Invalid grad_req {grad_req[name]} for argument {name}")


def _check_function_gradient(fn, location, numeric_eps, rtol, atol, grad_nodes):
    """check_numeric_gradient for a function of NDArrays: autograd against float64 central differences,
    through a fixed random projection of the output."""
    numeric_eps = 1e-4 if numeric_eps is None else numeric_eps
    rtol = 1e-3 if rtol is None else rtol
    atol = 1e-5 if atol is None else atol
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
    expected = _function_numeric_grad(projected, location, numeric_eps)
    for i, (x, e) in enumerate(zip(xs, expected)):
        if grad_nodes is None or i in grad_nodes:
            assert_almost_equal(x.grad, e, rtol=rtol, atol=atol, names=(f"autograd d/dx{i}", f"numeric d/dx{i}"))


def set_default_context(ctx):
    """Make ``ctx`` the context tests run on, kept as given: operators read text such as 'cpu(1)' as a
    context, an array's allocation refuses anything but a Context (as in MXNet)."""
    Context._default.value = ctx


def assert_allclose(a, b, rtol=1e-07, atol=0, equal_nan=True):
    """assert_almost_equal with numpy's default tolerances (rtol 1e-7, atol 0) and NaNs equal."""
    assert_almost_equal(a, b, rtol=rtol, atol=atol, equal_nan=equal_nan)


def assert_almost_equal_ignore_nan(a, b, rtol=None, atol=None, names=("a", "b")):
    """assert_almost_equal where NaNs in either array are ignored."""
    _refuse_legacy_arrays("isnan", a, b)
    a, b = np.copy(a), np.copy(b)
    nan = np.logical_or(np.isnan(a), np.isnan(b))
    a[nan], b[nan] = 0, 0
    assert_almost_equal(a, b, rtol, atol, names)


def assert_exception(f, exception_type, *args, **kwargs):
    """Check that ``f(*args, **kwargs)`` raises ``exception_type``."""
    try:
        f(*args, **kwargs)
        raise AssertionError()      # MXNet's bare assert, which an exception_type covering it also catches
    except exception_type:
        return


def rand_shape_3d(dim0=10, dim1=10, dim2=10, allow_zero_size=False):
    """A random 3-D shape with axes of length 1..dim (0..dim with ``allow_zero_size``)."""
    low = 0 if allow_zero_size else 1
    return np.random.randint(low, dim0 + 1), np.random.randint(low, dim1 + 1), np.random.randint(low, dim2 + 1)


def random_arrays(*shapes):
    """Random float32 numpy arrays (a scalar for shape ()), one per shape; one array if one shape."""
    arrays = [np.array(np.random.randn(), dtype=np.float32) if len(s) == 0
              else np.random.randn(*s).astype(np.float32) for s in shapes]
    return arrays[0] if len(arrays) == 1 else arrays


def same_array(array1, array2):
    """Whether two NDArrays share memory: MXNet adds 1 to ``array1`` in place (then takes it back) and
    looks whether ``array2`` changed with it."""
    array1[:] += 1
    shared = same(array1.asnumpy(), array2.asnumpy())
    array1[:] -= 1
    return shared and same(array1.asnumpy(), array2.asnumpy())


def check_symbolic_forward(sym, location, expected, rtol=None, atol=None, aux_states=None, ctx=None,
                           equal_nan=False, dtype=np.float32):
    """Bind ``sym`` at ``location``, run forward (not training) and compare each output with ``expected``
    (a list, or a dict by output name); returns the outputs. ``dtype="asnumpy"`` keeps the inputs' dtypes."""
    if dtype != "asnumpy" and dtype not in _FLOATS:
        raise AssertionError()
    ctx = ctx or default_context()
    location = _parse_location(sym=sym, location=location, ctx=ctx, dtype=dtype)
    aux_states = _parse_aux_states(sym=sym, aux_states=aux_states, ctx=ctx, dtype=dtype)
    if isinstance(expected, dict):
        expected = [expected[k] for k in sym.list_outputs()]
    grads = {k: mx.nd.empty(v.shape, ctx=ctx, dtype=v.dtype if dtype == "asnumpy" else dtype)
             for k, v in location.items()}
    executor = sym.bind(ctx=ctx, args=location, args_grad=grads, aux_states=aux_states)
    for g in executor.grad_arrays:      # zeroed as MXNet does (a 0-d buffer's write fails legacy shape inference)
        g[() if g.ndim == 0 else slice(None)] = 0
    executor.forward(is_train=False)
    for name, expect, output in zip(sym.list_outputs(), expected, executor.outputs):
        assert_almost_equal(expect, output, rtol, atol, (f"EXPECTED_{name}", f"FORWARD_{name}"), equal_nan=equal_nan)
    return executor.outputs


def check_symbolic_backward(sym, location, out_grads, expected, rtol=None, atol=None, aux_states=None,
                            grad_req="write", ctx=None, grad_stypes=None, equal_nan=False, dtype=np.float32):
    """Bind ``sym`` at ``location``, run forward and backward with ``out_grads`` and compare the gradients
    of the arguments in ``expected`` (a list, or a dict by name); returns those gradient arrays.

    As in MXNet, the gradient buffers start from ``np.random.normal`` values, so that 'add' requests are
    checked as added and 'null' ones as untouched.
    """
    if dtype != "asnumpy" and dtype not in _FLOATS:
        raise AssertionError()
    ctx = ctx or default_context()
    location = _parse_location(sym=sym, location=location, ctx=ctx, dtype=dtype)
    aux_states = _parse_aux_states(sym=sym, aux_states=aux_states, ctx=ctx, dtype=dtype)
    if isinstance(expected, (list, tuple)):
        expected = dict(zip(sym.list_arguments(), expected))
    grads_npy = {k: np.random.normal(size=v.shape) for k, v in _sorted_items(expected)}
    grads = {}
    for k, v in grads_npy.items():
        stype = (grad_stypes or {}).get(k)
        if stype is not None and stype != "default":
            grads[k] = create_sparse_array(v.shape, stype, density=0.0)
        else:
            grads[k] = array(v, ctx=ctx, dtype=np.asarray(expected[k]).dtype if dtype == "asnumpy" else dtype)
    if isinstance(grad_req, str):
        grad_req = {k: grad_req for k in sym.list_arguments()}
    elif isinstance(grad_req, (list, tuple)):
        grad_req = dict(zip(sym.list_arguments(), grad_req))
    executor = sym.bind(ctx=ctx, args=location, args_grad=grads, aux_states=aux_states, grad_req=grad_req)
    executor.forward(is_train=True)
    executor.backward(_as_out_grads(out_grads, ctx, dtype))
    for name in expected:
        names = (f"EXPECTED_{name}", f"BACKWARD_{name}")
        if grad_req[name] == "write":
            assert_almost_equal(expected[name], grads[name], rtol, atol, names, equal_nan=equal_nan)
        elif grad_req[name] == "add":
            assert_almost_equal(expected[name], _np(grads[name]) - grads_npy[name], rtol, atol, names,
                                equal_nan=equal_nan)
        elif grad_req[name] == "null":
            assert_almost_equal(grads_npy[name], grads[name], rtol, atol, names, equal_nan=equal_nan)
        else:
            raise ValueError(f"Invalid grad_req {grad_req[name]} for argument {name}")
    return grads


def _as_out_grads(out_grads, ctx, dtype):
    """Head gradients as NDArrays (numpy ones converted to ``dtype``), in the list or dict given."""
    def convert(g):
        if isinstance(g, np.ndarray):
            return array(g, ctx=ctx, dtype=g.dtype if dtype == "asnumpy" else dtype)
        return g
    if isinstance(out_grads, (tuple, list)):
        return [convert(g) for g in out_grads]
    if isinstance(out_grads, dict):
        return {k: convert(v) for k, v in out_grads.items()}
    if out_grads is not None:
        raise AssertionError()
    return None


def simple_forward(sym, ctx=None, is_train=False, **inputs):
    """The outputs of ``sym`` bound to ``inputs`` (numpy arrays), as numpy arrays (one array if one output)."""
    ctx = ctx or default_context()
    exe = sym.bind(ctx, args={k: array(v) for k, v in inputs.items()})
    exe.forward(is_train=is_train)
    outputs = [x.asnumpy() for x in exe.outputs]
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
    """Sum ``a`` down to ``shape`` (the gradient of a broadcast); as in MXNet, a shape that does not
    broadcast to ``a``'s fails a bare assert (before an empty result, for too many axes)."""
    if len(a.shape) < len(shape):
        raise AssertionError()
    if np.prod(shape) == 0 or a.size == 0:
        return np.zeros(shape, dtype=a.dtype)
    lead = a.ndim - len(shape)
    if any(s != a.shape[i + lead] and s != 1 for i, s in enumerate(shape)):
        raise AssertionError()
    axes = tuple(range(lead)) + tuple(i + lead for i, s in enumerate(shape) if s != a.shape[i + lead])
    return a.sum(axis=axes).reshape(shape)


def list_gpus():
    """The ids of the GPUs: none, distnet has no GPU backend."""
    return range(0)


def is_cd_run():
    """Whether this is a continuous-delivery run: CD_JOB is "1"."""
    return os.environ.get("CD_JOB", 0) == "1"


def is_op_runnable():
    """Whether operators can run on the default context (always: it is the CPU)."""
    return True


def has_tvm_ops():
    """Whether TVM-generated operators are built in (never)."""
    return False


def rand_coord_2d(x_low, x_high, y_low, y_high):
    """A random integer point (numpy int64s) in [x_low, x_high) x [y_low, y_high)."""
    return np.random.randint(x_low, x_high, dtype=np.int64), np.random.randint(y_low, y_high, dtype=np.int64)


class DummyIter(mx.io.DataIter):
    """An iterator repeating the first batch of ``real_iter`` forever (for speed tests)."""

    def __init__(self, real_iter):
        super().__init__()
        self.real_iter = real_iter
        self.provide_data = real_iter.provide_data
        self.provide_label = real_iter.provide_label
        self.batch_size = real_iter.batch_size
        self.the_batch = next(iter(real_iter))

    def __iter__(self):
        return self

    def next(self):
        return self.the_batch


def random_sample(population, k):
    """``k`` items of ``population`` in a random order (numpy's RNG), shuffling a slice of it as MXNet does
    (a numpy array's slice is a view: the array itself is shuffled)."""
    if not 0 <= k <= len(population):
        raise AssertionError()
    chosen = population[:]
    np.random.shuffle(chosen)
    return chosen[:k]


def random_uniform_arrays(*shapes, **kwargs):
    """A list of uniform random numpy arrays in [low, high) of ``dtype``, one per shape (a list even for one)."""
    low, high = kwargs.pop("low", 0.0), kwargs.pop("high", 1.0)
    dtype = kwargs.pop("dtype", default_dtype())
    if kwargs:
        raise TypeError("Got unexpected argument/s : " + str(kwargs.keys()))
    return [np.random.uniform(low, high, size=s).astype(dtype) for s in shapes]


def assign_each(the_input, function):
    """``function`` applied to every element of numpy ``the_input``: a new float64 array (a copy if None)."""
    if function is None:
        return np.array(the_input)
    values = np.nditer(the_input, flags=["f_index"])
    return _filled(np.zeros(the_input.shape), function, values)


def assign_each2(input1, input2, function):
    """``function(a, b)`` over two same-shape numpy arrays: a new float64 array (a copy of input1 if None)."""
    if function is None:
        return np.array(input1)
    if input1.shape != input2.shape:
        raise AssertionError()
    values = np.nditer(input1, flags=["f_index"]), np.nditer(input2, flags=["f_index"])
    return _filled(np.zeros(input1.shape), function, *values)


def _filled(output, function, *values):
    """``output`` (C order) filled with ``function`` of the 0-d elements the iterators ``values`` hand out: each
    input read in its memory order, as MXNet's helpers pair them."""
    out = np.nditer(output, flags=["f_index"], op_flags=["writeonly"])
    while not values[0].finished:
        out[0] = function(*(it[0] for it in values))
        for it in values + (out,):
            it.iternext()
    return output


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
    if not nbuckets > 0:
        raise AssertionError()
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
    return platform.machine() == "aarch64"


def _set_environ(values):
    """Set (or, for None, unset) each variable in os.environ and in the C runtime's environment."""
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
        if getenv(name) != value:       # os.environ writes through to the C environment on POSIX
            setenv(name, value)


@contextlib.contextmanager
def environment(*args):
    """A ``with`` block (or decorator) setting environment variables: ``environment('A', '1')`` or a dict.

    A value of None unsets the variable; the previous values are put back on exit, even after an error.
    As in MXNet it is a generator context manager: arguments are checked on entry, and it is entered once.
    """
    if len(args) == 1 and isinstance(args[0], dict):
        values = args[0]
    elif len(args) == 2:
        values = {args[0]: args[1]}
    else:
        raise AssertionError("Expecting one dict arg or two args: env var name and value")
    saved = {name: os.environ.get(name) for name in values}
    _set_environ(values)
    try:
        yield
    finally:
        _set_environ(saved)


def retry(n):
    """A decorator re-running a flaky test (whose result is dropped, as in MXNet) up to ``n`` times while it
    fails an assertion."""
    if not n > 0:
        raise AssertionError()

    def decorate(fn):
        def wrapper(*args, **kwargs):
            for attempt in range(n):
                try:
                    fn(*args, **kwargs)
                    return
                except AssertionError:
                    if attempt == n - 1:
                        raise
        return wrapper
    return decorate


# ---- sparse arrays -------------------------------------------------------------------------------

def _validate_csr_generation_inputs(num_rows, num_cols, density, distribution="uniform"):
    """Raise ValueError for a density or shape no csr generator can honour."""
    total_nnz = int(num_rows * num_cols * density)
    if density < 0 or density > 1:
        raise ValueError("density has to be between 0 and 1")
    if num_rows <= 0 or num_cols <= 0:
        raise ValueError("num_rows or num_cols should be greater than 0")
    if distribution == "powerlaw" and total_nnz < 2 * num_rows:
        raise ValueError(f"not supported for this density: {density} for this shape ({num_rows}, {num_cols}) "
                         "Please keep : num_rows * num_cols * density >= 2 * num_rows")


def _get_uniform_dataset_csr(num_rows, num_cols, density=0.1, dtype=None, data_init=None,
                             shuffle_csr_indices=False):
    """A random csr array in which each entry is stored with probability ``density``.

    With scipy, ``scipy.sparse.rand`` draws it (as MXNet does); without, uniform values below
    ``density`` of an ``mx.nd.random.uniform`` draw are kept, as MXNet does without scipy (which then
    refuses ``data_init`` and ``shuffle_csr_indices``).
    """
    from .ndarray import random as ndrandom, sparse
    _validate_csr_generation_inputs(num_rows, num_cols, density, distribution="uniform")
    try:
        from scipy import sparse as spsp
    except ImportError:
        spsp = None
    if spsp is not None:
        csr = spsp.rand(num_rows, num_cols, density, dtype=dtype, format="csr")
        if data_init is not None:
            csr.data.fill(data_init)
        if shuffle_csr_indices is True:
            shuffle_csr_column_indices(csr)
        return sparse.csr_matrix((csr.data, csr.indices, csr.indptr), shape=(num_rows, num_cols), dtype=dtype)
    if data_init is not None:
        raise AssertionError("data_init option is not supported when scipy is absent")
    if shuffle_csr_indices:
        raise AssertionError("shuffle_csr_indices option is not supported when scipy is absent")
    dense = ndrandom.uniform(shape=(num_rows, num_cols), dtype=dtype)
    return (dense * (dense < density)).tostype("csr")


def _get_powerlaw_dataset_csr(num_rows, num_cols, density=0.1, dtype=None):
    """A csr array whose row i holds about 2**i values (every row at least one), ``density`` overall."""
    _validate_csr_generation_inputs(num_rows, num_cols, density, distribution="powerlaw")
    unused = int(num_rows * num_cols * density)
    out = np.zeros((num_rows, num_cols), dtype=dtype)

    def done():
        return array(out).tostype("csr")

    for row in range(num_rows):
        out[row][0] = 1 + np.random.uniform(0.001, 2)
        unused -= 1
        if unused <= 0:
            return done()
    col_max = 2
    for row in range(num_rows):
        col_limit = min(num_cols, col_max)
        if col_limit == num_cols and unused > col_limit:
            out[row] = 1 + np.random.uniform(0.001, 2)      # a full row: one value for all of it
            unused = unused - col_limit + 1
            if unused <= 0:
                return done()
            continue
        for col in range(1, col_limit):
            out[row][col] = 1 + np.random.uniform(0.001, 2)
            unused -= 1
            if unused <= 0:
                return done()
        col_max *= 2
    if unused > 0:
        raise ValueError(f"not supported for this density: {density} for this shape ({num_rows},{num_cols})")
    return done()


def shuffle_csr_column_indices(csr):
    """Shuffle, in place, the column indices of each row of a scipy csr matrix (a CSRNDArray's NDArray
    bounds fail to slice its indices, as in MXNet)."""
    for row in range(len(csr.indptr) - 1):
        begin, end = csr.indptr[row], csr.indptr[row + 1]
        part = np.array(csr.indices[begin:end])
        np.random.shuffle(part)
        csr.indices[begin:end] = part


def rand_sparse_ndarray(shape, stype, density=None, dtype=None, distribution=None, data_init=None,
                        rsp_indices=None, modifier_func=None, shuffle_csr_indices=False, ctx=None):
    """A random sparse array and its parts: (row_sparse, (values, row indices)) or
    (csr, (indptr, indices, data)).

    ``density`` (default: drawn uniformly) is the chance a row (row_sparse) or entry (csr) is stored;
    ``distribution`` is 'uniform' or, for csr, 'powerlaw'. ``data_init`` fills the values with one
    number, ``modifier_func`` maps each value.
    """
    from .ndarray import sparse
    ctx = ctx if ctx else default_context()
    density = np.random.rand() if density is None else density
    dtype = default_dtype() if dtype is None else dtype
    distribution = "uniform" if distribution is None else distribution
    if stype == "row_sparse":
        if distribution != "uniform":
            raise AssertionError(f"Distribution {distribution} not supported for row_sparse")
        if rsp_indices is not None:
            indices = rsp_indices
            if len(indices) > shape[0]:
                raise AssertionError()
        else:
            indices = np.argwhere(np.random.rand(shape[0]) < density).flatten()
        if indices.shape[0] == 0:
            return sparse.zeros("row_sparse", shape, ctx=ctx, dtype=dtype), (np.array([], dtype=dtype), np.array([]))
        val = np.random.rand(indices.shape[0], *shape[1:]).astype(dtype)
        if data_init is not None:
            val.fill(data_init)
        if modifier_func is not None:
            val = assign_each(val, modifier_func)
        return sparse.row_sparse_array((val, indices), shape=shape, dtype=dtype, ctx=ctx), (val, indices)
    if stype == "csr":
        if len(shape) != 2:
            raise AssertionError()
        if distribution == "uniform":
            csr = _get_uniform_dataset_csr(shape[0], shape[1], density, data_init=data_init,
                                           shuffle_csr_indices=shuffle_csr_indices, dtype=dtype)
        elif distribution == "powerlaw":
            csr = _get_powerlaw_dataset_csr(shape[0], shape[1], density=density, dtype=dtype)
        else:
            raise AssertionError(f"Distribution not supported: {distribution}")
        csr = csr.as_in_context(ctx)
        return csr, (csr.indptr, csr.indices, csr.data)
    raise AssertionError("unknown storage type")


def create_sparse_array(shape, stype, data_init=None, rsp_indices=None, dtype=None, modifier_func=None,
                        density=.5, shuffle_csr_indices=False):
    """A random sparse array of ``stype`` (row_sparse row indices are sorted first)."""
    if stype == "row_sparse":
        indices = np.sort(np.asarray(rsp_indices)) if rsp_indices is not None else None
        arr, _ = rand_sparse_ndarray(shape, stype, density=density, data_init=data_init, rsp_indices=indices,
                                     dtype=dtype, modifier_func=modifier_func)
    elif stype == "csr":
        arr, _ = rand_sparse_ndarray(shape, stype, density=density, data_init=data_init, dtype=dtype,
                                     modifier_func=modifier_func, shuffle_csr_indices=shuffle_csr_indices)
    else:
        raise AssertionError("Unknown storage type: " + stype)
    return arr


def create_sparse_array_zd(shape, stype, density, data_init=None, rsp_indices=None, dtype=None,
                           modifier_func=None, shuffle_csr_indices=False):
    """``create_sparse_array``, where a row_sparse array stores only ``rsp_indices`` (none if not given)."""
    if stype == "row_sparse":
        density = 0.0
        if rsp_indices is not None and len(rsp_indices) > shape[0]:
            raise AssertionError()
    return create_sparse_array(shape, stype, data_init=data_init, rsp_indices=rsp_indices, dtype=dtype,
                               modifier_func=modifier_func, density=density,
                               shuffle_csr_indices=shuffle_csr_indices)


# ---- tensors and matrices ------------------------------------------------------------------------

def create_vector(size, dtype=np.int64):
    """``arange(size)`` as an NDArray (int64 by default: large-tensor tests)."""
    from .ndarray import arange
    return arange(0, size, dtype=dtype)


def create_2d_tensor(rows, columns, dtype=np.int64):
    """A (rows, columns) NDArray whose row i is all i."""
    from .ndarray import arange, broadcast_to
    return broadcast_to(arange(0, rows, dtype=dtype).reshape(rows, 1), shape=(rows, columns))


def get_identity_mat(size):
    """The (size, size) identity as a float32 NDArray."""
    from .ndarray import zeros
    out = zeros((size, size))
    for i in range(size):
        out[i, i] = 1
    return out


def get_identity_mat_batch(size):
    """A batch of two (size, size) identities."""
    eye = get_identity_mat(size).asnumpy()
    return array([eye, eye])


def new_orthonormal_matrix_2d(n):
    """A random n x n orthonormal matrix (float64)."""
    x = np.random.randn(n, n)
    return np.linalg.qr(np.matmul(x.T, x))[0]


def new_matrix_with_real_eigvals_2d(n):
    """A random n x n matrix with real eigenvalues in [-10, 10], similar to a diagonal one through a
    well-conditioned (cond < 3) basis."""
    eye = np.eye(n)
    while True:
        d = np.diag(np.random.uniform(-1.0, 1.0, n))
        v = np.random.uniform(-1., 1., n).reshape(n, 1)
        v = v / np.linalg.norm(v, axis=-2, keepdims=True)
        q = np.matmul(eye - 2 * np.matmul(v, v.T), d)
        if np.linalg.cond(q, 2) < 3:
            break
    d = np.diag(np.random.uniform(-10.0, 10.0, n))
    return np.matmul(np.matmul(np.linalg.inv(q), d), q)


def new_matrix_with_real_eigvals_nd(shape):
    """A stack of ``new_matrix_with_real_eigvals_2d`` matrices of ``shape`` (..., n, n)."""
    count = int(np.prod(shape[:-2])) if len(shape) > 2 else 1
    return np.array([new_matrix_with_real_eigvals_2d(shape[-1]) for _ in range(count)]).reshape(shape)


def new_sym_matrix_with_real_eigvals_2d(n):
    """A random symmetric n x n matrix with eigenvalues in [-10, 10]."""
    q = new_orthonormal_matrix_2d(n)
    d = np.diag(np.random.uniform(-10.0, 10.0, n))
    return np.matmul(np.matmul(q.T, d), q)


def new_sym_matrix_with_real_eigvals_nd(shape):
    """A stack of ``new_sym_matrix_with_real_eigvals_2d`` matrices of ``shape`` (..., n, n)."""
    count = int(np.prod(shape[:-2])) if len(shape) > 2 else 1
    return np.array([new_sym_matrix_with_real_eigvals_2d(shape[-1]) for _ in range(count)]).reshape(shape)


# ---- comparisons ---------------------------------------------------------------------------------

def checkShapes(a, b):  # noqa: N802  (MXNet's name)
    """Raise AssertionError unless ``a`` and ``b`` have the same shape (numpy's report of both)."""
    if a.shape != b.shape:
        raise AssertionError(npt.build_err_msg([a, b], err_msg=f"a.shape = {a.shape} and b.shape = {b.shape} "
                                                               "are not equal"))


def locationError(a, b, index, names, maxError=False):  # noqa: N802,N803  (MXNet's names)
    """The message naming the values of ``a`` and ``b`` at ``index``."""
    maximum = "maximum " if maxError else ""
    return f"Location of {maximum}error: {index}, {names[0]}={a[index]:.8f}, {names[1]}={b[index]:.8f}"


def _find_max_violation(a, b, rtol, atol):
    """(index, ratio): where |a - b| exceeds atol + rtol * |b| the most, and by how much."""
    absdiff = np.where(np.equal(a, b), 0, np.abs(a - b))
    violation = absdiff / (atol + rtol * np.abs(b) + 1e-20)
    return np.unravel_index(np.argmax(violation), violation.shape), np.max(violation)


def _sorted_items(d):
    """The items of ``d`` by key."""
    return sorted(d.items(), key=lambda t: t[0])


def _sorted_dict(d):
    """``d`` as an OrderedDict sorted by key."""
    import collections
    return collections.OrderedDict(_sorted_items(d))


def _parse_location(sym, location, ctx, dtype=np.float32):
    """``location`` (dict or list over ``sym``'s arguments) as a key-sorted dict of NDArrays."""
    if dtype != "asnumpy" and dtype not in _FLOATS:
        raise AssertionError()
    if isinstance(location, dict):
        if set(location) != set(sym.list_arguments()):
            raise ValueError("Symbol arguments and keys of the given location do not match."
                             f"symbol args:{set(sym.list_arguments())}, location.keys():{set(location)}")
    elif isinstance(location, (list, tuple)):
        location = dict(zip(sym.list_arguments(), location))
    else:
        raise AssertionError()
    return _sorted_dict({k: array(v, ctx=ctx, dtype=v.dtype if dtype == "asnumpy" else dtype)
                         if isinstance(v, np.ndarray) else v for k, v in location.items()})


def _parse_aux_states(sym, aux_states, ctx, dtype=np.float32):
    """``aux_states`` (dict or list over ``sym``'s auxiliary states) as a dict of NDArrays, or None."""
    if aux_states is None:
        return None
    if isinstance(aux_states, dict):
        if set(aux_states) != set(sym.list_auxiliary_states()):
            raise ValueError("Symbol aux_states names and given aux_states do not match."
                             f"symbol aux_names:{set(sym.list_auxiliary_states())}, "
                             f"aux_states.keys:{set(aux_states)}")
    else:
        aux_states = dict(zip(sym.list_auxiliary_states(), aux_states))
    return {k: array(v, ctx=ctx, dtype=v.dtype if dtype == "asnumpy" else dtype) for k, v in aux_states.items()}


def same_symbol_structure(sym1, sym2):
    """Whether the two symbols' graphs list the same operators node by node."""
    nodes1, nodes2 = json.loads(sym1.tojson())["nodes"], json.loads(sym2.tojson())["nodes"]
    return all(n1["op"] == n2["op"] for n1, n2 in zip(nodes1, nodes2))


def _smaller_dtype(dt1, dt2):
    return dt1 if dt2 is None or np.dtype(dt1).itemsize < np.dtype(dt2).itemsize else dt2


def check_consistency(sym, ctx_list, scale=1.0, grad_req="write", arg_params=None, aux_params=None, rtol=None,
                      atol=None, raise_on_err=True, ground_truth=None, equal_nan=False, use_uniform=False,
                      rand_type=np.float64):
    """Run ``sym`` (or one symbol per entry) bound as each ``ctx_list`` entry describes (a dict of
    ``ctx``, input shapes and ``type_dict``) on the same random inputs; compare outputs and gradients
    with those of the most precise binding. Returns that ground truth (name -> NDArray)."""
    if len(ctx_list) <= 1:
        raise AssertionError()
    syms = [sym] * len(ctx_list) if not isinstance(sym, (list, tuple)) else list(sym)
    if len(syms) != len(ctx_list):
        raise AssertionError()
    output_names, arg_names = syms[0].list_outputs(), syms[0].list_arguments()
    exes = []
    for s, spec in zip(syms, ctx_list):
        if s.list_arguments() != arg_names or s.list_outputs() != output_names:
            raise AssertionError()
        exes.append(s.simple_bind(grad_req=grad_req, **spec))
    arg_params = {} if arg_params is None else arg_params
    aux_params = {} if aux_params is None else aux_params
    for name, arr in _sorted_items(exes[0].arg_dict):
        if name not in arg_params:
            if use_uniform:
                value = np.random.uniform(low=-0.92 * scale, high=0.92 * scale, size=arr.shape)
            else:
                value = np.random.normal(size=arr.shape, scale=scale)
            arg_params[name] = value.astype(rand_type)
    for name in exes[0].aux_dict:
        aux_params.setdefault(name, 0)
    for exe in exes:
        for name, arr in exe.arg_dict.items():
            arr[:] = arg_params[name]
        for name, arr in exe.aux_dict.items():
            arr[:] = aux_params[name]
        if grad_req == "add":
            for arr in exe.grad_arrays:
                if arr is not None:
                    arr[:] = 0
    dtypes = [np.dtype(exe.outputs[0].dtype) for exe in exes]
    gt_idx = int(np.argmax(dtypes))

    def truth():
        if ground_truth is not None:
            return ground_truth
        gt = dict(zip(output_names, exes[gt_idx].outputs))
        if grad_req != "null":
            gt.update(exes[gt_idx].grad_dict)
        return gt

    def compare(arr, gtarr, rt, at, what):
        try:
            assert_almost_equal(arr, gtarr, rtol=rt, atol=at, equal_nan=equal_nan)
        except AssertionError as e:
            print(what)
            traceback.print_exc()
            if raise_on_err:
                raise e
            print(str(e))

    for exe in exes:
        exe.forward(is_train=False)
    gt = truth()
    for i, exe in enumerate(exes):
        if i != gt_idx:
            for name, arr in zip(output_names, exe.outputs):
                compare(arr, gt[name], rtol, atol, f"Predict Err: ctx {i} vs ctx {gt_idx} at {name}")
    if grad_req == "null":
        return gt
    for exe in exes:
        exe.forward(is_train=True)
    least_precise = [out.dtype for out in exes[0].outputs]
    for exe in exes:
        least_precise = [_smaller_dtype(out.dtype, dt) for out, dt in zip(exe.outputs, least_precise)]
    golden = [out.astype(dt).asnumpy() for out, dt in zip(exes[0].outputs, least_precise)]
    for exe in exes:
        exe.backward([array(g, ctx=out.context, dtype=out.dtype) for g, out in zip(golden, exe.outputs)])
    gt = truth()
    for i, exe in enumerate(exes):
        if i == gt_idx:
            continue
        for name, arr in zip(output_names + arg_names, list(exe.outputs) + [exe.grad_dict.get(n) for n in arg_names]):
            if gt.get(name) is None:
                if arr is not None:
                    raise AssertionError()
                continue
            gtarr = gt[name]
            rt, at = rtol, atol
            small_arr, small_gt = _smaller_dtype(arr.dtype, dtypes[i]), _smaller_dtype(gtarr.dtype, dtypes[gt_idx])
            if small_arr != arr.dtype or small_gt != gtarr.dtype:
                rt, at = get_tols(arr.astype(small_arr), gtarr.astype(small_gt), rtol, atol)
            compare(arr, gtarr, rt, at, f"Train Err: {np.dtype(arr.dtype).name} {arr.context} ctx {i} vs "
                                        f"{np.dtype(gtarr.dtype).name} {gtarr.context} ctx {gt_idx} at {name}")
    return gt


def check_gluon_hybridize_consistency(net_builder, data_l, numpy_func=None, test_grad=True, rtol=1E-4, atol=1E-4):
    """Build the net four ways (imperative/hybridized, with/without autograd) from the same parameters
    and check that outputs (and input gradients) agree, and with ``numpy_func`` when given."""
    from . import initializer

    class _FromNumpy(initializer.Initializer):
        def __init__(self, values):
            super().__init__()
            self._values = values

        def _init_weight(self, name, arr):
            arr[()] = self._values[name]

    saved_out = saved_grads = params_init = None
    for hybridize in (False, True):
        for use_autograd in ([False, True] if test_grad else [False]):
            net = net_builder(prefix="net_")
            net.initialize(params_init) if params_init is not None else net.initialize()
            if hybridize:
                net.hybridize()
            inputs = [x.copy() for x in data_l]
            if use_autograd:
                for x in inputs:
                    x.attach_grad()
                with autograd.record():
                    out = net(*inputs)
                out.backward(out)
            else:
                out = net(*inputs)
            if params_init is None:
                params_init = _FromNumpy({k: v.data().asnumpy() for k, v in net.collect_params().items()})
            if saved_out is None:
                saved_out = out.asnumpy()
            else:
                assert_almost_equal(out.asnumpy(), saved_out, rtol=rtol, atol=atol)
            if use_autograd:
                if saved_grads is None:
                    saved_grads = [x.grad.asnumpy() for x in inputs]
                else:
                    for x, grad in zip(inputs, saved_grads):
                        assert_almost_equal(x.grad.asnumpy(), grad, rtol=rtol, atol=atol)
    if numpy_func is not None:
        assert_almost_equal(saved_out, numpy_func(*[x.asnumpy() for x in data_l]), rtol=rtol, atol=atol)


def check_speed(sym, location=None, ctx=None, N=20, grad_req=None, typ="whole", **kwargs):
    """Seconds per forward+backward (``typ='whole'``) or per forward (``'forward'``) of ``sym``,
    averaged over ``N`` runs after one warm-up; inputs are ``location`` or standard normal values."""
    from .ndarray import waitall
    ctx = default_context() if ctx is None else ctx
    grad_req = "write" if grad_req is None else grad_req
    if location is None:
        exe = sym.simple_bind(grad_req=grad_req, ctx=ctx, **kwargs)
        location = {k: np.random.normal(size=arr.shape, scale=1.0) for k, arr in exe.arg_dict.items()}
    else:
        if not isinstance(location, dict):
            raise AssertionError(f'Expect dict, get "location"={location}')
        exe = sym.simple_bind(grad_req=grad_req, ctx=ctx, **{k: v.shape for k, v in location.items()})
    for name, value in location.items():
        exe.arg_dict[name][:] = value.astype(exe.arg_dict[name].dtype)
    if typ == "whole":
        def run():
            exe.forward(is_train=True)
            exe.backward(out_grads=exe.outputs)
    elif typ == "forward":
        def run():
            exe.forward(is_train=False)
    else:
        raise ValueError('typ can only be "whole" or "forward".')
    run()
    for output in exe.outputs:
        output.wait_to_read()
    tic = time.time()
    for _ in range(N):
        run()
    waitall()
    return (time.time() - tic) / N


def compare_optimizer(opt1, opt2, shape, dtype, w_stype="default", g_stype="default", rtol=1e-4, atol=1e-5,
                      compare_states=True, ntensors=1):
    """Update the same random weight(s) with both optimizers and check that states and weights agree.

    With a list of shapes, ``opt2`` updates all ``ntensors`` in one aggregated call while ``opt1``
    updates them one at a time.
    """
    import copy
    from . import random as mxrandom
    ctx = default_context()
    if not isinstance(shape, list):
        if ntensors != 1:
            raise AssertionError()
        w2 = _random_storage(shape, w_stype, dtype, ctx, density=1)
        w1 = w2.copyto(ctx).tostype("default")
        g2 = _random_storage(shape, g_stype, dtype, ctx)
        g1 = g2.copyto(ctx).tostype("default")
        state1 = opt1.create_state_multi_precision(0, w1)
        state2 = opt2.create_state_multi_precision(0, w2)
        if compare_states:
            compare_ndarray_tuple(state1, state2)
        opt1.update_multi_precision(0, w1, g1, state1)
        opt2.update_multi_precision(0, w2, g2, state2)
        if compare_states:
            compare_ndarray_tuple(state1, state2, rtol=rtol, atol=atol)
        assert_almost_equal(w1, w2, rtol=rtol, atol=atol)
        return
    w1, g1 = [], []
    for s in shape:
        w1.append(mxrandom.uniform(shape=s, ctx=ctx, dtype=dtype))
        g1.append(mxrandom.uniform(shape=s, ctx=ctx, dtype=dtype))
    w1, g1 = tuple(w1), tuple(g1)
    w2, g2 = copy.deepcopy(w1), copy.deepcopy(g1)
    state2 = [opt2.create_state_multi_precision(0, w2[i]) for i in range(ntensors)]
    opt2.update_multi_precision(list(range(ntensors)), w2, g2, state2)
    for i in range(ntensors):
        state1 = opt1.create_state_multi_precision(i, w1[i])
        opt1.update_multi_precision(i, w1[i], g1[i], state1)
        if compare_states:
            compare_ndarray_tuple(state1, state2[i], rtol, atol)
        compare_ndarray_tuple(w1[i], w2[i], rtol, atol)


def _random_storage(shape, stype, dtype, ctx, density=None):
    """A uniform random dense array, or ``rand_ndarray``'s sparse one, for compare_optimizer."""
    from . import random as mxrandom
    if stype == "default":
        return mxrandom.uniform(shape=shape, ctx=ctx, dtype=dtype)
    if stype in ("row_sparse", "csr"):
        return rand_ndarray(shape, stype, density=density, dtype=dtype)
    raise Exception("type not supported yet")  # noqa: TRY002  (MXNet's exception type)


# ---- random generators ---------------------------------------------------------------------------

def chi_square_check(generator, buckets, probs, nsamples=1000000):
    """Pearson's chi-square test of ``generator(nsamples)`` against bucket probabilities.

    ``buckets`` lists discrete values, or (low, high) ranges for a continuous distribution.
    Returns (p value, observed counts, expected counts). As in MXNet, the test is scipy's: without scipy
    this raises ImportError.
    """
    if ss is None:
        raise ImportError("scipy is not available. Please check if the scipy python bindings are installed.")
    if not isinstance(buckets, list):
        raise AssertionError()
    if len(probs) != len(buckets):
        raise AssertionError()
    samples = generator(nsamples)
    continuous = isinstance(buckets[0], (list, tuple))
    expected = (nsamples * np.array(probs, dtype=np.float32)).astype(np.int32)
    if continuous:
        edges = np.zeros(len(buckets) * 2, dtype=np.float32)
        for i, (low, high) in enumerate(buckets):
            if low > high or (i + 1 < len(buckets) and high > buckets[i + 1][0]):
                raise AssertionError()
            edges[2 * i], edges[2 * i + 1] = low, high
        ids = np.searchsorted(edges, samples, side="right") // 2
        observed = np.array([(ids == i).sum() for i in range(len(buckets))], dtype=np.int64)
    else:
        ids = np.array(samples)
        observed = np.array([(ids == b).sum() for b in buckets], dtype=np.int64)
    _, p = ss.chisquare(f_obs=observed, f_exp=expected)
    return p, observed, expected


def verify_generator(generator, buckets, probs, nsamples=1000000, nrepeat=5, success_rate=0.2, alpha=0.05):
    """Run ``chi_square_check`` ``nrepeat`` times; fail unless at least ``success_rate`` of the p values
    exceed ``alpha``. Returns the p values."""
    results = [chi_square_check(generator=generator, buckets=buckets, probs=probs, nsamples=nsamples)
               for _ in range(nrepeat)]
    p_values = [r[0] for r in results]
    if (np.array(p_values) > alpha).sum() < nrepeat * success_rate:
        raise AssertionError(f"Generator test fails, Chi-square p={p_values}, obs_freq={[r[1] for r in results]}, "
                             f"expected_freq={[r[2] for r in results]}.\nbuckets={buckets}, probs={probs}")
    return p_values


# ---- process and environment helpers -------------------------------------------------------------

@contextlib.contextmanager
def discard_stderr():
    """A ``with`` block sending stderr (descriptor 2, and sys.stderr's own descriptor) to /dev/null."""
    import os
    fds = {2}
    try:
        fds.add(sys.stderr.fileno())
    except (AttributeError, ValueError, OSError):
        pass                          # sys.stderr was replaced by an object without a descriptor
    with open(os.devnull, "w") as bit_bucket:
        saved = {fd: os.dup(fd) for fd in fds}
        try:
            sys.stderr.flush()
            for fd in fds:
                os.dup2(bit_bucket.fileno(), fd)
            yield
        finally:
            sys.stderr.flush()
            for fd, copy in saved.items():
                os.dup2(copy, fd)
                os.close(copy)


def get_im2rec_path(home_env="MXNET_HOME"):
    """The path of tools/im2rec.py under $MXNET_HOME (or the package); IOError when there is none."""
    import os
    root = os.environ.get(home_env) or os.path.dirname(os.path.abspath(__file__))
    for path in (os.path.join(root, "tools", "im2rec.py"), os.path.join(root, "..", "..", "tools", "im2rec.py")):
        if os.path.isfile(path):
            return path
    raise IOError("Could not find path to tools/im2rec.py")


# ---- data sets -------------------------------------------------------------------------------------

class MissingSchema(ValueError, OSError):
    """A URL without a scheme (the name of requests' error, which MXNet's download raises)."""


class InvalidSchema(ValueError, OSError):
    """A URL of a scheme other than http(s) (the name of requests' error, which MXNet's download raises)."""


class InvalidURL(ValueError, OSError):
    """An http(s) URL without a host (the name of requests' error, which MXNet's download raises)."""


def _check_scheme(url):
    """requests' refusals of ``url`` before any connection: a URL with a colon not starting 'http' is not parsed
    and no adapter takes it; others must have a scheme, a host, and be http(s)."""
    import urllib.parse
    if ":" in url and not url.lower().startswith("http"):
        raise InvalidSchema(f"No connection adapters were found for {url!r}")
    parts = urllib.parse.urlsplit(url)
    if not parts.scheme:
        raise MissingSchema(f"Invalid URL {url!r}: No scheme supplied. Perhaps you meant https://{url}?")
    if not parts.hostname:
        raise InvalidURL(f"Invalid URL {url!r}: No host supplied")
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidSchema(f"No connection adapters were found for {url!r}")
    host_port = parts.netloc.rpartition("@")[2]
    port = host_port.rpartition("]")[2].partition(":")[2]      # after an IPv6 address's brackets
    if port and not port.isdigit():
        raise InvalidURL(f"Failed to parse: {host_port!r} is not a valid host or port")
    if port and int(port) > 65535:
        raise InvalidURL(f"Failed to parse: {url}")


def download(url, fname=None, dirname=None, overwrite=False, retries=5):
    """Fetch ``url`` into ``fname`` (default: the URL's last part, under ``dirname``) and return the path.

    An existing file is kept unless ``overwrite``. A failed fetch is tried ``retries`` more times, then
    raises the last error as MXNet does: a ConnectionError (an OSError) naming the URL when it cannot be reached
    (this machine may have no network: put the file there yourself), MissingSchema or InvalidSchema for a URL
    that is not http(s), an AssertionError for an HTTP error status.
    """
    import os
    if retries < 0:
        raise AssertionError("Number of retries should be at least 0")
    fname = url.split("/")[-1] if fname is None else fname
    if dirname is None:
        dirname = os.path.dirname(fname)
    else:
        fname = os.path.join(dirname, fname)
    if dirname and not os.path.exists(dirname):
        logging.info("create directory %s", dirname)
        os.makedirs(dirname, exist_ok=True)
    if not overwrite and os.path.exists(fname):
        logging.info("%s exists, skipping download", fname)
        return fname
    while True:
        try:
            _check_scheme(url)
            from .gluon.utils import _body_chunks, _requested
            response = _requested(url)      # (fetched as requests fetches, and failing in its words)
            if response is None or response.status != 200:     # another 2xx too, as MXNet's check of its status
                if response is not None:
                    response.close()
                raise AssertionError(f"failed to open {url}")
            with open(fname, "wb") as f:
                for chunk in _body_chunks(response):
                    f.write(chunk)
            break
        except (OSError, ValueError, AssertionError):
            retries -= 1
            if retries <= 0:        # what is at fname stays: a file kept under overwrite=True, a partial body
                raise
            print(f"download failed, retrying, {retries} attempt{'s' if retries > 1 else ''} left")
    logging.info("downloaded %s into %s successfully", url, fname)
    return fname


_MNIST_URL = "http://data.mxnet.io/data/mnist/"


def _read_mnist(label_url, image_url):
    with gzip.open(download(label_url)) as flbl:
        struct.unpack(">II", flbl.read(8))
        label = np.frombuffer(flbl.read(), dtype=np.int8)
    with gzip.open(download(image_url), "rb") as fimg:
        _, _, rows, cols = struct.unpack(">IIII", fimg.read(16))
        image = np.frombuffer(fimg.read(), dtype=np.uint8).reshape(len(label), rows, cols)
    return label, image.reshape(image.shape[0], 1, 28, 28).astype(np.float32) / 255


def get_mnist():
    """MNIST as numpy arrays (images (N, 1, 28, 28) float32 in [0, 1], labels int8), from the four
    ``*-idx?-ubyte.gz`` files in the working directory, downloaded when missing."""
    train_lbl, train_img = _read_mnist(_MNIST_URL + "train-labels-idx1-ubyte.gz",
                                       _MNIST_URL + "train-images-idx3-ubyte.gz")
    test_lbl, test_img = _read_mnist(_MNIST_URL + "t10k-labels-idx1-ubyte.gz",
                                     _MNIST_URL + "t10k-images-idx3-ubyte.gz")
    return {"train_data": train_img, "train_label": train_lbl, "test_data": test_img, "test_label": test_lbl}


def _get_zip_into_data(url, needed):
    """Unpack the zip at ``url`` into ./data unless every path of ``needed`` exists there."""
    import os
    os.makedirs("data", exist_ok=True)
    if not all(os.path.exists(os.path.join("data", p)) for p in needed):
        with zipfile.ZipFile(download(url, dirname="data")) as zf:
            zf.extractall("data")


def get_mnist_pkl():
    """Make sure data/mnist.pkl.gz exists (downloading it when missing)."""
    import os
    os.makedirs("data", exist_ok=True)
    if not os.path.exists("data/mnist.pkl.gz"):
        download("http://deeplearning.net/data/mnist/mnist.pkl.gz", dirname="data")


def get_mnist_ubyte():
    """Make sure data/ holds the four uncompressed MNIST ubyte files (from mnist.zip when missing)."""
    _get_zip_into_data("http://data.mxnet.io/mxnet/data/mnist.zip",
                       ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
                        "t10k-labels-idx1-ubyte"])


def get_cifar10():
    """Make sure data/cifar holds train/test .rec and .lst (from cifar10.zip when missing)."""
    _get_zip_into_data("http://data.mxnet.io/mxnet/data/cifar10.zip",
                       ["cifar/train.rec", "cifar/test.rec", "cifar/train.lst", "cifar/test.lst"])


def get_mnist_iterator(batch_size, input_shape, num_parts=1, part_index=0):
    """(train, val) MNISTIter over data/*-ubyte (flat images unless ``input_shape`` is 3-D)."""
    from . import io
    if not hasattr(io, "MNISTIter"):
        raise MXNetError("get_mnist_iterator needs mx.io.MNISTIter, which this distnet does not have; "
                         "read the arrays with get_mnist() and wrap them in mx.io.NDArrayIter")
    get_mnist_ubyte()
    flat = len(input_shape) != 3
    common = dict(input_shape=input_shape, batch_size=batch_size, flat=flat, num_parts=num_parts,
                  part_index=part_index)
    train = io.MNISTIter(image="data/train-images-idx3-ubyte", label="data/train-labels-idx1-ubyte",
                         shuffle=True, **common)
    val = io.MNISTIter(image="data/t10k-images-idx3-ubyte", label="data/t10k-labels-idx1-ubyte", **common)
    return train, val


def get_zip_data(data_dir, url, data_origin_name):
    """Download the zip at ``url`` into ``data_dir`` and unpack it there, unless ``data_origin_name`` exists."""
    import os
    origin = os.path.join(data_dir, data_origin_name)
    if not os.path.exists(origin):
        download(url, dirname=data_dir, overwrite=False)
        with zipfile.ZipFile(origin) as zf:
            zf.extractall(path=data_dir)


def get_bz2_data(data_dir, data_name, url, data_origin_name):
    """Make ``data_dir/data_name`` by downloading the .bz2 ``data_origin_name`` from ``url`` and unpacking it."""
    import os
    import shutil
    target = os.path.join(data_dir, data_name)
    origin = os.path.join(data_dir, data_origin_name)
    if not os.path.exists(target):
        download(url, fname=origin, dirname=data_dir, overwrite=False)
        with bz2.BZ2File(origin, "rb") as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        os.remove(origin)


_MODEL_URL = "http://data.mxnet.io/models/"
_MODELS = {"imagenet1k-inception-bn": ("imagenet/inception-bn/Inception-BN-symbol.json",
                                       "imagenet/inception-bn/Inception-BN-0126.params")}
_MODELS.update({name: (path + "-symbol.json", path + "-0000.params") for name, path in [
    ("imagenet1k-resnet-18", "imagenet/resnet/18-layers/resnet-18"),
    ("imagenet1k-resnet-34", "imagenet/resnet/34-layers/resnet-34"),
    ("imagenet1k-resnet-50", "imagenet/resnet/50-layers/resnet-50"),
    ("imagenet1k-resnet-101", "imagenet/resnet/101-layers/resnet-101"),
    ("imagenet1k-resnet-152", "imagenet/resnet/152-layers/resnet-152"),
    ("imagenet1k-resnext-50", "imagenet/resnext/50-layers/resnext-50"),
    ("imagenet1k-resnext-101", "imagenet/resnext/101-layers/resnext-101"),
    ("imagenet1k-resnext-101-64x4d", "imagenet/resnext/101-layers/resnext-101-64x4d"),
    ("imagenet11k-resnet-152", "imagenet-11k/resnet-152/resnet-152"),
    ("imagenet11k-place365ch-resnet-152", "imagenet-11k-place365-ch/resnet-152"),
    ("imagenet11k-place365ch-resnet-50", "imagenet-11k-place365-ch/resnet-50")]})


def download_model(model_name, dst_dir="./", meta_info=None):
    """Fetch a pretrained checkpoint (``name-symbol.json``, ``name-0000.params``) into ``dst_dir``.

    Returns (prefix, 0) for ``mx.model.load_checkpoint``, or (None, 0) for an unknown name.
    """
    import os
    if meta_info is None:
        meta_info = {n: {"symbol": _MODEL_URL + sym, "params": _MODEL_URL + params}
                     for n, (sym, params) in _MODELS.items()}
    meta_info = dict(meta_info)
    if model_name not in meta_info:
        return None, 0
    if not os.path.isdir(dst_dir):
        os.mkdir(dst_dir)
    meta = dict(meta_info[model_name])
    prefix = os.path.join(dst_dir, model_name)
    if "symbol" not in meta:
        raise AssertionError("missing symbol url")
    download(meta["symbol"], prefix + "-symbol.json")
    if "params" not in meta:
        raise AssertionError("mssing parameter file url")
    download(meta["params"], prefix + "-0000.params")
    return prefix, 0


_features = Features()


# requests' refusals distnet raises itself and the helpers of its own checks are no names of MXNet's module
__dir__ = _hiding(globals(), "InvalidSchema InvalidURL MXNetError MissingSchema NDArray autograd contextlib "
                  "_importlib_util _lazy_module".split())
