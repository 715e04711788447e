"""``mx.np`` functions computed by NumPy on the host copies of their array arguments (not differentiable),
as MXNet's own fallback runs them: array results come back as ``mx.np.ndarray`` with NumPy's dtype."""
import builtins
import functools
import inspect
import math
import re
import types
import warnings

import numpy as _np

from ..autograd import is_recording
from ..base import log_time
from ..base import MXNetError, _Null, builtin_at, class_text, located, message_of, negative_size_text
from ..ndarray.ndarray import _DTYPE_NP_TO_MX, NDArray, _shape_text as shape_text
from ..ndarray.ops_elemwise import libm_f32, libm_f64
from ..ndarray.failures import KernelError, deliver
from ..ndarray.failures import copy_taker as _copy_taker, waited_copy_taker as _waited_copy_taker
from ..ndarray.registry import defop
from ..ndarray.shape_text import inference_failure
from ..util import is_np_shape
from ..context import current_context
from .attribute_text import _number_text, attribute_value, operator_boolean, operator_context
from .creation import _range_dtype
from .multiarray import KERNEL_MAX_DIMS, TRANSPOSE_MAX_DIMS, _dtype, fails_when_read, too_many_dims, type_inconsistent
from .multiarray import INTERNAL, inferred_type_name, refuse_unknown_shapes, refuse_unknown_sizes, wrap_np
from .multiarray import refuse_legacy_arrays
from .umath import tblob_mismatch

# The functions mx.np takes straight from NumPy, as MXNet 1.9.1 does: on Python data they give NumPy's own
# results; on mx.np arrays NumPy hands them to ``ndarray.__array_function__``, which runs them on host copies.
NUMPY_FUNCTIONS = (
    "allclose", "alltrue", "apply_along_axis", "apply_over_axes", "argpartition", "argwhere", "array_equal",
    "array_equiv", "choose", "compress", "corrcoef", "correlate", "count_nonzero", "cov", "digitize", "divmod",
    "extract", "finfo", "flatnonzero", "float_power", "frexp", "heaviside", "histogram2d", "histogram_bin_edges",
    "histogramdd", "i0", "in1d", "interp", "intersect1d", "isclose", "isin", "ix_", "lexsort", "min_scalar_type",
    "modf", "msort", "nanargmax", "nanargmin", "nancumprod", "nancumsum", "nanmax", "nanmedian", "nanmin",
    "nanpercentile", "nanprod", "nanquantile", "ndim", "packbits", "partition", "piecewise", "poly", "polyadd",
    "polydiv", "polyfit", "polyint", "polymul", "polysub", "positive", "promote_types", "ptp", "real",
    "result_type", "rollaxis", "roots", "searchsorted", "select", "setdiff1d", "setxor1d", "signbit", "size",
    "spacing", "take_along_axis", "trapz", "tril_indices_from", "trim_zeros", "triu_indices_from", "union1d",
    "unpackbits", "unwrap", "vander")
for _name in NUMPY_FUNCTIONS:
    globals()[_name] = getattr(_np, _name)


def _undeprecated(name):
    """NumPy's ``name`` as NumPy 1.23 runs it: without the deprecation warning newer NumPy gives."""
    fn = getattr(_np, name)

    @functools.wraps(fn)
    def run(*args, **kwargs):
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", f"`?{name}`? is deprecated", DeprecationWarning)
            return fn(*args, **kwargs)
    return run


for _name in ("alltrue", "msort"):
    globals()[_name] = _undeprecated(_name)

# MXNet's own wrappers of NumPy functions: (name, the argument MXNet requires to be an mx.np array).
_WRAPPED = (("diag_indices_from", "data"), ("may_share_memory", "a"), ("shares_memory", "a"),
            ("resize", None), ("genfromtxt", ""))      # set_printoptions: print_options.py
_CUSTOM_OPERATORS = ("resize",)     # those MXNet runs as custom operators: NumPy's errors come out as MXNetError


def _host(x):
    if isinstance(x, NDArray):
        return x._data
    if isinstance(x, (list, tuple)):
        return type(x)(_host(v) for v in x)
    return x


def _device(x, ctx):
    """NumPy results back as ``mx.np`` arrays (copies); scalars stay NumPy's."""
    if isinstance(x, _np.ndarray):
        return wrap_np(_np.array(x), ctx)
    if isinstance(x, tuple):
        return tuple(_device(v, ctx) for v in x)
    if isinstance(x, list):
        return [_device(v, ctx) for v in x]
    return x


def python_binding_check(impl, qualname):
    """A check of a call's ``(args, kwargs)`` that refuses what Python function ``impl``'s signature does not bind
    with Python's own TypeError, naming ``qualname``."""
    stub = types.FunctionType(impl.__code__, impl.__globals__, qualname, impl.__defaults__, impl.__closure__)
    stub.__kwdefaults__, stub.__qualname__ = impl.__kwdefaults__, qualname
    signature = inspect.signature(impl)

    def check(args, kwargs):
        try:
            signature.bind(*args, **kwargs)
        except TypeError:
            stub(*args, **kwargs)       # refused on entry, in Python's words
            raise
    return check


def _memory_signature(a, b, max_work=None):  # noqa: ARG001
    """The signature of NumPy's (C) may_share_memory and shares_memory."""


def _square_check(arr, *rest, **kwargs):  # noqa: ARG001
    """MXNet's shape check of diag_indices_from's array: 2-d at least, every dimension of one length."""
    shape = arr.shape
    if not shape and not is_np_shape():       # a 0-d array's shape reads as unknown without NumPy shapes
        raise inference_failure("_npi_diag_indices_from", [None], [None], attrs=())
    if len(shape) < 2:
        raise builtin_at(ValueError, f"ValueError: Check failed: ishape.ndim() >= 2 ({len(shape)} vs. 2) : Input "
                         "array should be at least 2d", ("../src/operator/numpy/np_matrix_op.cc", 1511))
    other = next((n for n in shape if n != shape[0]), None)
    if other is not None:
        raise builtin_at(ValueError, f"ValueError: Check failed: ishape[i] == size ({other} vs. {shape[0]}) : All "
                         "dimensions of input must be of equal length", ("../src/operator/numpy/np_matrix_op.cc", 1515))


def _new_shape_check(a, new_shape, *rest, **kwargs):  # noqa: ARG001
    """MXNet's check of resize's shape, as its output's: -1 is an unknown size, below that no size at all."""
    dims = new_shape if isinstance(new_shape, (tuple, list)) else (new_shape,)
    below = next((d for d in dims if isinstance(d, (int, _np.integer)) and d < -1), None)
    if below is not None:
        raise MXNetError(negative_size_text(below))
    if -1 in dims:
        raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")


_SHAPE_CHECKS = {"diag_indices_from": _square_check, "resize": _new_shape_check}


def _wrapped(name, checked):
    fn = getattr(_np, name)
    impl = _memory_signature if name in ("may_share_memory", "shares_memory") else inspect.unwrap(fn)
    binding_check = python_binding_check(impl, name)

    @functools.wraps(fn)
    def run(*args, **kwargs):
        binding_check(args, kwargs)     # a missing argument is Python's TypeError before any check
        if checked is not None and checked != "" and args and not isinstance(args[0], NDArray):
            raise AssertionError(f"Argument {checked} must have NDArray type, but got {args[0]!s}")
        first = args[0] if args else kwargs.get("a")        # (MXNet checks every argument it hands its operator)
        if checked is None and first is not None and not isinstance(first, NDArray):
            raise AssertionError(f"Positional arguments must have NDArray type, but got {first!s}")
        if name in ("may_share_memory", "shares_memory") and len(args) > 1 and not isinstance(args[1], NDArray):
            raise AssertionError(f"Argument b must have NDArray type, but got {args[1]!s}")
        ctx = args[0].ctx if args and isinstance(args[0], NDArray) else current_context()
        if name in _SHAPE_CHECKS:
            _SHAPE_CHECKS[name](*args, **kwargs)
        try:
            res = _device(fn(*_host(args), **{k: _host(v) for k, v in kwargs.items()}), ctx)
        except (TypeError, ValueError) as err:
            if name not in _CUSTOM_OPERATORS:
                raise
            raise MXNetError(f"{name}: {message_of(err)}") from None        # raised inside MXNet's custom operator
        if name in _CUSTOM_OPERATORS and is_recording() and args and isinstance(args[0], NDArray):
            from .shaping import _rearrange
            return _rearrange(lambda data: res._data, args[0], index_fn=lambda *p: custom_backward_refused(name))
        return res

    run.__doc__ = f"NumPy's ``{name}`` run on the arrays' data (not differentiable)."
    # (NumPy's C functions have none to follow; NumPy 1.23's genfromtxt is a wrapper showing only its own)
    run.__signature__ = inspect.signature(run if name == "genfromtxt" else impl, follow_wrapped=False)
    return run


for _name, _checked in _WRAPPED:
    globals()[_name] = _wrapped(_name, _checked)


def unravel_index(indices, shape, order="C"):
    """The coordinates in ``shape`` of flat ``indices``: arrays of the indices' dtype (for an int, NumPy's)."""
    if order != "C":
        raise NotImplementedError("Do not support column-major (Fortran-style) order at this moment")
    if isinstance(indices, (int, _np.integer)):
        return _np.unravel_index(indices, shape)
    if not isinstance(indices, NDArray):
        raise AssertionError(f"Positional arguments must have NDArray type, but got {indices!s}")
    from ..operator import _reported
    try:
        with _reported("forward"):      # MXNet runs NumPy's as a custom operator: a failure is its callback's
            coords = _np.unravel_index(indices._data, shape)
    except MXNetError as e:     # (its engine runs the operator later: the rows of the result raise when read)
        rows = len(shape) if isinstance(shape, (tuple, list)) else 1
        failed = fails_when_read(wrap_np(_np.zeros((rows,) + indices.shape, indices.dtype), indices.ctx),
                                 message_of(e))
        return tuple(failed[i] for i in range(rows))
    return tuple(wrap_np(_np.asarray(c, indices.dtype), indices.ctx) for c in coords)


_NUMBERS = (int, float, _np.generic)
_INDEX_NUMBERS = (int, _np.int32, _np.int64)     # the integers MXNet's insert and delete take as one index


@_copy_taker
def insert(arr, obj, values, axis=None):
    """``values`` inserted into ``arr`` before ``obj`` (an int, a slice or an int64 mx.np array) along ``axis``,
    with MXNet 1.9.1's operand rules; NumPy's result."""
    if not (isinstance(values, _NUMBERS) and isinstance(obj, (slice, NDArray) + _INDEX_NUMBERS)):
        if not isinstance(arr, NDArray):
            raise TypeError(f"'arr' can not support type {class_text(arr)}")
        if not isinstance(values, NDArray):
            raise TypeError(f"'values' can not support type {class_text(values)}")
        if not isinstance(obj, (slice, NDArray) + _INDEX_NUMBERS):
            raise TypeError(f"'obj' can not support type {class_text(obj)}")
    if not isinstance(arr, NDArray):
        raise AssertionError(f"Argument arr must have NDArray type, but got {arr!s}")
    operator = "_npi_insert_tensor" if isinstance(obj, NDArray) else "_npi_insert_slice" if isinstance(
        obj, slice) else "_npi_insert_scalar"
    refuse_legacy_arrays(operator, (arr, values, obj))
    axis = _parse_insert_attributes(operator, obj, values, axis)
    if isinstance(obj, NDArray) and obj.ndim > 1:
        raise located(MXNetError(f"Check failed: objShape.ndim() <= 1 ({obj.ndim} vs. 1) : index array argument obj to "
                                 "insert must be one dimensional or scale.\n"),
                      ("../src/operator/numpy/np_insert_op_tensor.cc", 66))
    if arr.ndim == 0 and not is_np_shape():     # (its rank unknown, -1: flattened first, or no axis in its range)
        if axis is None:
            refuse_unknown_sizes((arr,))
        raise _insert_check(operator, "Check failed: axis >= -1 * arrshape.ndim() && axis < arrshape.ndim(): Axis "
                            "should be in the range of [-r, r-1] where r is the rank of input tensor")
    if axis is not None and arr.ndim == 0:      # a 0-d array has no axis to insert along: left as it is
        _refuse_array_values_into_scalar(operator, values)
        return wrap_np(arr._data.copy(), arr.ctx)
    if axis is not None and not -arr.ndim <= axis < arr.ndim:
        raise _insert_check(operator, "Check failed: axis >= -1 * arrshape.ndim() && axis < arrshape.ndim(): Axis "
                            "should be in the range of [-r, r-1] where r is the rank of input tensor")
    inserted = _host(values)
    if isinstance(values, NDArray) and values.ndim > (1 if axis is None else arr.ndim):
        # the values' leading axes beyond the (flattened) array's must be of one element
        extra = values.ndim - (1 if axis is None else arr.ndim)
        wide = [d for d in values.shape[:extra] if d != 1]
        if wide:        # (checked from the innermost)
            raise _insert_check(operator, f"Check failed: valshape[i] == 1 ({wide[-1]} vs. 1) : index exceed limits.")
        inserted = inserted.reshape(values.shape[extra:])
    if isinstance(obj, NDArray) and obj.dtype != _np.int64:      # (type inference, after the shapes')
        raise _insert_check(operator, f"Check failed: (*in_type)[obj_pos] == mshadow: :DataType<int64_t>::kFlag "
                            f"({_DTYPE_NP_TO_MX[_np.dtype(obj.dtype).type]} vs. 6) : Index type only support int64.\n")
    given_obj = obj
    if isinstance(obj, NDArray) and obj.ndim == 0:      # one index: MXNet inserts there as at an int
        obj = int(obj._data)
    n = arr.size if axis is None else arr.shape[axis]
    # an index out of range: the kernel refuses it, the array of the inserted shape made (here at 0, never read)
    beyond = isinstance(obj, (int, _np.integer)) and not -n <= obj <= n
    obj = 0 if beyond else obj
    several = isinstance(obj, slice) and len(range(*obj.indices(n))) != 1 or isinstance(obj, NDArray) and obj.size != 1
    # one scalar at one place of a multi-dimensional array: the kernel, not the front end, refuses the 1-d values
    misread = not isinstance(values, NDArray) and axis is not None and arr.ndim > 1 and not several
    try:
        res = _np.insert(arr._data, _host(obj), inserted, axis=axis)
    except ValueError:      # values not matching the places: read as at one place, refused at several (once read)
        if not several:
            res = _insert_unchecked(arr._data, _host(obj), inserted, axis)
        else:
            places = len(range(*obj.indices(n))) if isinstance(obj, slice) else obj.size
            shape = (arr.size + places,) if axis is None else arr.shape[:axis % arr.ndim] + (n + places,) + \
                arr.shape[axis % arr.ndim + 1:]
            return fails_when_read(wrap_np(_np.zeros(shape, arr.dtype), arr.ctx),
                                   "Check failed: (values.shape_[i] == 1) || (values.shape_[i] == sz): ", op=operator)
    res = _without_gradient(operator, wrap_np(_np.asarray(res, arr.dtype), arr.ctx), arr,
                            *([values] if isinstance(values, NDArray) else []))
    if beyond:
        return fails_when_read(res, "Check failed: index >= -1 * N && index <= N: Index should be in the range of "
                                    "[-r, r-1] where r is the dim size in 'axis'", op=operator)
    if isinstance(values, NDArray) and values.dtype == _np.bool_ and arr.dtype != _np.bool_:
        # (the kernel reading the values has no bool case)
        return fails_when_read(res, "Unknown type enum 7", site=insert_kernel_site(arr, given_obj, axis))
    if misread:     # (the check's words as MXNet's kernels of two and of more dimensions print them)
        return fails_when_read(res, f"{log_time()} ../include/mxnet/./tuple.h:584: Check failed: "
                               "(dim) == (ndim()) dimension do not match target dimension 2 vs 1\n"
                               if arr.ndim == 2 else f"Check failed: dim == ndim() ({arr.ndim} vs. 1) : dimension "
                               f"do not match target dimension {arr.ndim} vs 1")
    if several and not isinstance(values, NDArray) and arr.dtype not in (_np.float64, _np.bool_):
        # the kernel inserting at several places reads the scalar, held as a double, in the array's type
        return fails_when_read(res, tblob_mismatch(arr.dtype, _np.float64))
    return res


def insert_kernel_site(arr, obj, axis):
    """The line of np.insert's kernel refusing a type: that inserting at several places, that at one place given
    by an array, or that at one given by a number (or a slice of one)."""
    n = arr.size if axis is None else arr.shape[axis]
    several = isinstance(obj, slice) and len(range(*obj.indices(n))) != 1 or isinstance(obj, NDArray) and obj.size != 1
    return "../src/operator/numpy/./np_insert_op-inl.h", 364 if several else 340 if isinstance(obj, NDArray) else 314


_INSERT_CHECK_LINES = {     # operator -> (source, line of its axis check, of its values' shape check, of its type check)
    "_npi_insert_scalar": ("np_insert_op_scalar.cc", 75, 89, None),
    "_npi_insert_slice": ("np_insert_op_slice.cc", 71, 112, None),
    "_npi_insert_tensor": ("np_insert_op_tensor.cc", 85, 101, 44),
}


_ZERO_DIM_CHECK_LINES = {"_npi_insert_scalar": ("np_insert_op_scalar.cc", 68),
                         "_npi_insert_slice": ("np_insert_op_slice.cc", 64),
                         "_npi_insert_tensor": ("np_insert_op_tensor.cc", 78)}


def _refuse_array_values_into_scalar(operator, values):
    """MXNet's insert along an axis of a 0-d array: a number passes (nothing inserted), an array value fails (a
    0-d one in its parameter reading)."""
    if not isinstance(values, NDArray):
        return
    if values.ndim == 0:
        raise located(MXNetError("bad optional access"), ("", 0))
    source, line = _ZERO_DIM_CHECK_LINES[operator]
    raise located(MXNetError(f"Check failed: valshape.ndim() == 0 ({values.ndim} vs. 0) : 'arr' is a 0-d array, "
                             "'values' can not assign to it. alueError: assignment to 0-d array."),
                  (f"../src/operator/numpy/{source}", line))


def _parse_insert_attributes(operator, obj, values, axis):
    """insert's ``axis`` as MXNet's parser reads it; the first attribute it cannot read (in the order it lists
    them) refused: a bool place (an int to its front end), the axis, a bool value."""
    parsed = attribute_value(axis, "axis")
    refused = {"int_ind": ("int or None", obj) if isinstance(obj, bool) else None,
               "axis": ("int or None", axis) if parsed is not None and (
                   isinstance(parsed, bool) or not isinstance(parsed, (int, _np.integer))) else None,
               "val": ("double or None", values) if isinstance(values, (bool, _np.bool_)) else None}
    text = _insert_call_text(operator, obj, values, axis)
    for name in re.findall(r'(\w+)="', text):
        if refused.get(name) is not None:
            label, value = refused[name]
            raise MXNetError(f"Invalid Parameter format for {name} expect {label} but value='{value!s}', in operator "
                             f"{text}")
    return parsed


def _insert_call_text(operator, obj, values, axis):
    """insert's call of ``operator`` as MXNet's parameter errors show it: the place's attributes (a slice's with its
    step filled in), the axis, and a number value (an array value is an input)."""
    if operator == "_npi_insert_scalar":      # (MXNet lists them in this order, by the call it gets)
        attrs = [("int_ind", obj), ("axis", axis)]
        attrs = attrs[::-1] if isinstance(values, NDArray) else attrs
    elif operator == "_npi_insert_slice":
        attrs = [("axis", axis), ("step", 1 if obj.step is None else obj.step), ("stop", obj.stop), ("start", obj.start)]
    else:
        attrs = [("axis", axis)]
    if not isinstance(values, NDArray):
        attrs.append(("val", values))
    return f'{operator}(name=""' + "".join(f', {k}="{v}"' for k, v in attrs) + ")"


def _insert_check(operator, message):
    """The MXNetError of insert's ``operator`` failing the check of ``message``, at that operator's line."""
    source, axis_line, values_line, type_line = _INSERT_CHECK_LINES[operator]
    line = axis_line if "arrshape" in message else values_line if "valshape" in message else type_line
    return located(MXNetError(message), (f"../src/operator/numpy/{source}", line))


def _insert_unchecked(data, obj, values, axis):
    """``values`` inserted at the one place ``obj`` as MXNet's kernel does without checking their shape: each
    inserted element reads the values' buffer through their strides (a one-element axis broadcast), past its
    end a zero. A plain int index takes the values' first axis to ``axis``, as NumPy does."""
    if axis is None:
        data, axis = data.reshape(-1), 0
    axis %= data.ndim
    values = _np.asarray(values, data.dtype)
    values = values.reshape((1,) * (data.ndim - values.ndim) + values.shape)
    laid = _np.moveaxis(values, 0, axis) if _np.ndim(obj) == 0 else values
    pos = int(_np.reshape(obj, -1)[0])
    pos += data.shape[axis] if pos < 0 else 0
    shape = data.shape[:axis] + (laid.shape[axis],) + data.shape[axis + 1:]
    flat = _np.zeros(shape, _np.int64)
    for d, (size, length, stride) in enumerate(zip(shape, laid.shape, laid.strides)):
        steps = _np.arange(size) * (0 if length == 1 else stride // values.itemsize)
        flat = flat + steps.reshape([-1 if e == d else 1 for e in range(len(shape))])
    buffer = _np.append(values.reshape(-1), _np.zeros(1, data.dtype))
    block = buffer[_np.minimum(flat, values.size)]
    return _np.concatenate([data.take(range(pos), axis), block, data.take(range(pos, data.shape[axis]), axis)], axis)


def _without_gradient(operator, res, *arrays):
    """``res`` recorded as the output of MXNet's ``operator``, which registers no gradient: a backward through it
    fails, naming it."""
    if not is_recording():
        return res

    def refused(*positions):
        raise MXNetError(f"Operator {operator} is non-differentiable because it didn't register FGradient attribute.")
    from .shaping import _rearrange
    return _rearrange(lambda *data: res._data, *arrays, index_fn=refused)


def custom_backward_refused(name):
    """The backward of ``name``, which MXNet runs as a Custom operator whose backward raises NotImplementedError:
    the traceback printed, the error kept for the gradients (the backward itself goes on)."""
    from ..ndarray.failures import backward_kernel_error
    from ..operator import _reported
    try:
        with _reported("backward"):
            raise NotImplementedError(f"Operator {name} does not support gradient computation")
    except MXNetError as e:
        backward_kernel_error(message_of(e))
    return _np.array(-1)        # (no input position: the gradient written is zero)


def _expired(name):
    def removed(*args, **kwds):
        raise RuntimeError(f"In accordance with NEP 32, the function {name} was removed from NumPy version 1.20.  A "
                           "replacement for this function is available in the numpy_financial library: "
                           "https://pypi.org/project/numpy-financial")
    removed.__name__, removed.__qualname__ = "_expired", "__getattr__.<locals>._expired"     # (NumPy 1.23's names)
    removed.__doc__ = f"NumPy 1.23's placeholder for the removed financial function ``{name}``: raises RuntimeError."
    return removed


_EXPIRED = ("mirr", "npv", "ppmt", "pv", "rate")      # the ones mx.np 1.9.1 lists
for _name in _EXPIRED:
    globals()[_name] = _expired(_name)
pmt = _expired("pmt")       # (MXNet's module holds it too, but mx.np does not list it)


def shape(a):
    """The shape of mx.np array ``a`` (MXNet reads ``a.shape``: other objects raise AttributeError)."""
    return a.shape


_NAMES = NUMPY_FUNCTIONS + tuple(n for n, _ in _WRAPPED) + ("shape", "insert", "unravel_index") + _EXPIRED


# ---- functions MXNet computes natively, with its own dtypes and checks -------------------------
def _window(name, terms):
    def window(M, dtype=_np.float32, ctx=None):
        def tail(type_name):
            return f', in operator _npi_{name}(name="", dtype="{type_name}", ctx="{ctx or current_context()}", M="{M}")'
        # (NumPy reads the dtype first, then MXNet's parser the dtype, M and ctx; its operator checks M is given)
        dt = _range_dtype(dtype, tail)
        if M is not None:
            M = attribute_value(M, "int")       # (its parser reads text: '3' is 3)
            if isinstance(M, bool) or not isinstance(M, (int, _np.integer)):
                raise MXNetError(f"Invalid Parameter format for M expect  but value='{M!s}'{tail(dt.name)}")
        ctx = operator_context(ctx)
        if M is None:       # MXNet's front end passes no M: its operator's own check
            raise MXNetError("Check failed: param.M.has_value(): missing 1 required positional argument: 'M'")
        if M == 1:
            res = _np.ones(1, dt)
        else:       # the angle k * 2 * PI * i / (M - 1) in float arithmetic (MXNet's PI is a float constant)
            i = _np.arange(max(M, 0)).astype(_np.float32)
            res = _np.full(i.size, terms[0], dt)
            for k, coef in enumerate(terms[1:], 1):
                angle = _np.float32(2 * k * _np.pi) * i / _np.float32(M - 1)
                res = res + _np.asarray(coef, dt) * _window_cos(angle, dt)
        return wrap_np(res, ctx or current_context())
    window.__name__ = window.__qualname__ = name
    window.__doc__ = f"The {name} window of ``M`` points, computed in its dtype as MXNet does."
    return window


def _window_cos(angle, dt):
    """cos of the float ``angle`` cast to ``dt``, as MXNet's kernel: cosf for float and half, cos for double."""
    if dt == _np.float64:
        return libm_f64("cos", _np.cos, angle.astype(dt))
    if dt.kind == "f":
        return libm_f32("cosf", _np.cos, angle.astype(dt).astype(_np.float32)).astype(dt)
    return _np.cos(angle.astype(dt)).astype(dt)


hanning = _window("hanning", (0.5, -0.5))
hamming = _window("hamming", (0.54, -0.46))
blackman = _window("blackman", (0.42, -0.5, 0.08))


_INTERPOLATIONS = ("higher", "linear", "lower", "midpoint", "nearest")


def _quantile_like(fn):
    def front_end(a, q, axis=None, out=None, overwrite_input=None, *args, **kwargs):  # noqa: ARG001
        """MXNet's checks before it hands ``out=`` to its operator (which finds a None ``q`` missing)."""
        if overwrite_input is not None:
            raise NotImplementedError("overwrite_input is not supported yet")
        # MXNet scales q before its operator reads it (a None fails there)
        given = q * 100 if fn is _np.quantile and not isinstance(q, NDArray) else q
        if q is not None and not isinstance(q, (NDArray, int, float, _np.generic)):
            raise AssertionError(f"Argument q must have NDArray type, but got {given!s}")
        refuse_legacy_arrays("_npi_percentile", (q,))
        return True

    def run(a, q, axis=None, out=None, overwrite_input=None, interpolation="linear", keepdims=False):
        front_end(a, q, axis, out, overwrite_input)
        if q is None:
            raise MXNetError("Check failed: num_inputs == infered_num_inputs (1 vs. 2) : Operator _npi_percentile "
                             "expects 2 inputs, but got 1 instead.")
        if interpolation not in _INTERPOLATIONS:
            from .operator_text import in_operator
            tail = in_operator(fn.__name__, run, (a, q), {"axis": axis, "interpolation": interpolation,
                                                          "keepdims": keepdims})
            raise MXNetError(f"Invalid Input: '{interpolation}', valid values are: "
                             f"{{{', '.join(map(repr, _INTERPOLATIONS))}}}{tail or ', in operator _npi_percentile'}")
        if isinstance(q, bool) and fn is _np.percentile:        # (its parser reads q's text as a double)
            raise MXNetError(f"Invalid Parameter format for q_scalar expect double or None but value='{q}', in "
                             f'operator _npi_percentile(name="", q_scalar="{q}", keepdims="{keepdims}", '
                             f'interpolation="{interpolation}", axis="{axis}")')
        if not is_np_shape():
            _refuse_unknown_ranks(a, q, fn is _np.quantile, [("keepdims", keepdims),
                                                             ("interpolation", interpolation), ("axis", axis)])
        if isinstance(q, NDArray) and q.ndim > 1:
            raise MXNetError(f"Check failed: qshape.ndim() <= 1U ({q.ndim} vs. 1) : ")
        if a.ndim == 0:
            return _scalar_percentile(a, q, axis)
        axes = _percentile_axes(a, axis)
        shape = _percentile_shape(a.shape, axes, _np.shape(_host(q)), keepdims)
        percents = _np.asarray(_host(q), _np.float64) * (100 if fn is _np.quantile else 1)
        invalid = ((percents < 0) | (percents > 100)).any()      # the kernel's check: raised when read

        def compute(data):
            if data.dtype.kind != "f":      # MXNet computes integers in float32
                data = data.astype(_np.float32)
            if data.size == 0:      # nothing to rank: MXNet leaves its zero-filled output
                return _np.zeros(shape, _np.float32 if data.dtype == _np.float16 else data.dtype)
            qs = _host(q) * (100 if fn is _np.quantile else 1)
            if invalid:
                return _np.zeros(shape, data.dtype)
            return _percentile_kernel(data, qs, axis, interpolation, keepdims)
        if out is None and is_recording():      # recorded with MXNet's zero gradient
            from .shaping import zero_gradient
            return zero_gradient(compute, a)
        listed = axis if isinstance(axis, (tuple, list)) else (axis,)
        given = axes if axis is None else tuple(ax % a.ndim for ax in listed)
        res = wrap_np(compute(a._data), a.ctx._op_ctx)
        # the kernel refuses a bool array first (missing_kernels.py), then percentiles out of range, then shapes
        if a.dtype == _np.bool_:
            pass
        elif invalid:
            res = fails_when_read(res, "ValueError: Check failed: is_valid: percentile exceeds the valid range",
                                  ValueError)     # (an error of MXNet's C++ side names its type in its words)
        else:
            res = _partial_reduction_dims(res, a.ndim, given)
        if out is not None:
            if out.shape != res.shape:
                raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, out.shape))}], inferred "
                                 f"shape=[{','.join(map(str, res.shape))}]")
            if out.dtype != res.dtype:
                raise type_inconsistent(out.dtype, res.dtype)
            out._data[...] = res._data
            return out
        return res
    run.__name__ = run.__qualname__ = fn.__name__
    run.__doc__ = f"NumPy's ``{fn.__name__}`` as an ``mx.np`` array (float64 input: float64; others float32)."
    run = _copy_taker(run)
    run.front_end = front_end
    return run


def _refuse_unknown_ranks(a, q, scaled, attrs):
    """Without NumPy shape semantics a 0-d array's rank is unknown (-1): MXNet scales a quantile's ``q`` by an
    operator of its own, then its percentile's shape inference fails on a 0-d ``a``, then its check of ``q``'s
    rank reads -1 as unsigned."""
    arrayed = isinstance(q, NDArray)
    if scaled and arrayed and q.ndim == 0:
        refuse_unknown_shapes("_npi_multiply_scalar", (q,), [("scalar", 100.0)])
    if isinstance(a, NDArray) and a.ndim == 0:
        refuse_unknown_shapes("_npi_percentile", (a, q) if arrayed else (a,),
                              [("q_scalar", None if arrayed else q * 100 if scaled else q), *attrs])
    if arrayed and q.ndim == 0:
        raise located(MXNetError("Check failed: qshape.ndim() <= 1U (-1 vs. 1) : "),
                      ("../src/operator/numpy/np_percentile_op.cc", 53))


def _partial_reduction_dims(res, ndim, axes):
    """``res``, failing when read where MXNet's percentile kernel, reducing ``axes`` (as given) of ``ndim``, first
    moves them last unless they are the last in order (a transpose: at most 6 dimensions), then switches over the
    number of dimensions, the reduced ones counting as one (at most 5)."""
    trailing = axes == tuple(range(ndim - len(axes), ndim))
    if not trailing and ndim > TRANSPOSE_MAX_DIMS:
        return fails_when_read(res, "Transpose support at most 6 dimensions",
                               site=("../src/operator/numpy/linalg/./../../tensor/matrix_op-inl.h", 417))
    folded = ndim - len(axes) + 1
    if folded <= KERNEL_MAX_DIMS:
        return res
    return fails_when_read(res, too_many_dims(folded), site=("../src/operator/numpy/np_percentile_op-inl.h", 282))


def _scalar_percentile(a, q, axis):
    """The percentile of a 0-d ``a``: MXNet's shape check refuses an axis other than 0 and -1; otherwise its result
    (``q``'s shape; float64 for a float64 input, else float32) fails when read, its kernel finding no axis to
    rank along."""
    listed = tuple(axis) if isinstance(axis, (tuple, list)) else (axis,)
    first = listed[0] if listed else None
    if len(listed) > 1:
        raise MXNetError(f"Check failed: axes.ndim() == 1 ({len(listed)} vs. 1) : ")
    if first is not None and first not in (0, -1):
        raise MXNetError("Check failed: axes[0] == 0 || axes[0] == -1: ")
    dtype = _np.float64 if a.dtype == _np.float64 else _np.float32
    res = wrap_np(_np.zeros(_np.shape(_host(q)), dtype), a.ctx._op_ctx)
    if first is None and a.dtype == _np.bool_:      # (its kernel's type switch, before its sort reads the axis)
        return fails_when_read(res, "Unknown type enum 7")
    if first is None:
        return fails_when_read(res, "Check failed: *axis >= 0 && *axis < static_cast<int>(src_shape.ndim()): Invalid "
                               "axis! axis should be between 0 and 0, found axis=-1",
                               site=("../src/operator/numpy/../tensor/ordering_op-inl.h", 156))
    return fails_when_read(res, f"Check failed: i >= 0 && i < ndim(): index = {first} must be in range [0, 0)",
                           site=("../include/mxnet/./tuple.h", 244))


def _percentile_axes(a, axis):
    """The reduced axes (sorted, non-negative), checked as MXNet's percentile checks them."""
    from .reductions import _axes_within, _refuse_duplicate_axes
    if axis is None:
        return tuple(range(a.ndim))
    axes = tuple(axis) if isinstance(axis, (tuple, list)) else (axis,)
    _refuse_duplicate_axes(tuple(sorted(ax + a.ndim if ax < 0 else ax for ax in axes)))     # (before the range)
    _axes_within(a, axes)
    return tuple(sorted(ax % a.ndim for ax in axes))


def _percentile_shape(shape, axes, q_shape, keepdims):
    """The result's shape: ``q``'s shape, then ``shape`` without (or, keepdims, with ones at) ``axes``."""
    kept = [1 if i in axes else n for i, n in enumerate(shape) if keepdims or i not in axes]
    return tuple(q_shape) + tuple(kept)


def _percentile_kernel(data, q, axis, method, keepdims):
    """MXNet's percentile kernel: the reduced axes moved last and sorted, a float32 position per percentile,
    linear (and midpoint) results as the weighted neighbours summed in the data's type; no NaN check (NaNs stay
    where MXNet's C++ sort leaves them)."""
    from .cpp_sort import sort_rows_like_cpp
    axes = tuple(range(data.ndim)) if axis is None else tuple(
        a % data.ndim for a in (axis if isinstance(axis, (tuple, list)) else (axis,)))
    kept = [i for i in range(data.ndim) if i not in axes]
    moved = _np.transpose(data, kept + list(axes))
    ordered = sort_rows_like_cpp(moved.reshape(moved.shape[:len(kept)] + (-1,)))
    # half data: each weighted neighbour taken in float and rounded to half, the two then added as floats
    sum_type = _np.float32 if data.dtype == _np.float16 else data.dtype
    n, t = ordered.shape[-1], _np.dtype(sum_type).type
    results = []
    for qv in _np.ravel(q):
        idx = _percentile_position(qv, _np.asarray(q).dtype, n)
        if method in ("lower", "higher", "nearest"):
            pick = {"lower": _np.floor(idx), "higher": _np.ceil(idx),
                    "nearest": _np.sign(idx) * _np.floor(abs(idx) + 0.5)}[method]     # C's round: half away
            results.append(ordered[..., int(pick)].astype(sum_type))
            continue
        if method == "midpoint":
            idx = _np.float32((_np.floor(idx) + _np.ceil(idx)) / 2)
        below = int(_np.floor(idx))
        above = builtins.min(below + 1, n - 1)
        w_above = _np.float32(idx - below)
        w_below = _np.float32(1) - w_above
        with _np.errstate(invalid="ignore", over="ignore"):
            results.append((ordered[..., below].astype(sum_type) * t(w_below)).astype(data.dtype).astype(sum_type) +
                           (ordered[..., above].astype(sum_type) * t(w_above)).astype(data.dtype).astype(sum_type))
    res = _np.stack(results) if _np.ndim(q) else results[0]
    if keepdims:
        lead = _np.ndim(q) > 0
        res = _np.expand_dims(res, tuple(a + lead for a in sorted(axes)))
    return _np.asarray(res, sum_type)


def _percentile_position(percent, q_type, n):
    """The float32 position of ``percent`` among ``n`` sorted values as MXNet's kernel computes it: the percent
    times ``n - 1`` in ``q``'s own type (C's arithmetic: float32 stays float32, half stays half), then divided
    by 100 in double (half: in half again)."""
    if q_type == _np.float16:
        scaled = _np.float16(_np.float32(percent) * _np.float32(n - 1))
        return _np.float32(_np.float16(_np.float32(scaled) / _np.float32(100)))
    if q_type.kind == "f":
        scaled = q_type.type(q_type.type(percent) * q_type.type(n - 1))
    else:
        scaled = int(percent) * (n - 1)
    return _np.float32(_np.float64(scaled) / 100.0)


percentile = _quantile_like(_np.percentile)
quantile = _quantile_like(_np.quantile)


def sometrue(a, axis=_Null, keepdims=_Null, out=None, name=None, **kwargs):
    """Whether any element along ``axis`` is true (other keywords go to ``any``, which refuses them)."""
    from .reductions import any as _any
    return _any(a, axis=axis, out=out, keepdims=keepdims, name=name, **kwargs)


def product(a, axis=_Null, dtype=_Null, keepdims=_Null, initial=_Null, out=None, name=None, **kwargs):
    """``prod`` under its other name (other keywords go to ``prod``, which refuses them)."""
    from .reductions import prod
    return prod(a, axis=axis, dtype=dtype, keepdims=keepdims, initial=initial, out=out, name=name, **kwargs)


@_waited_copy_taker
def bincount(x, weights=None, minlength=0):
    """Occurrences of each value of the non-negative integers ``x`` (in ``x``'s dtype without weights, else in
    the weights' dtype)."""
    if minlength < 0:
        raise ValueError("Minlength value should greater than 0")
    if weights is not None and not isinstance(weights, NDArray):
        raise AssertionError(f"Argument weights must have NDArray type, but got {weights!s}")
    if x.ndim > 1:      # (its shape is checked before its type)
        raise MXNetError(f"Check failed: data.shape().ndim() <= 1U ({x.ndim} vs. 1) : Input only accept 1d array")
    if x.dtype.kind == "f":
        raise MXNetError("Check failed: !common: :is_float(data.dtype()): Input data should be int type")
    if weights is not None and weights.shape != x.shape and x.size:     # (an empty x runs no kernel)
        raise MXNetError(f"Check failed: data.shape() == weights.shape() ({shape_text(x.shape)} vs. "
                         f"{shape_text(weights.shape)}) : weights should has same size as input")
    if x.dtype == _np.bool_ or weights is not None and weights.dtype == _np.bool_:
        # (the kernel's type switches have no bool case)
        raise located(MXNetError("Unknown type enum 7"), ("../src/operator/numpy/np_bincount_op.cc", 41))
    negative = x._data.ravel()[x._data.ravel() < 0]
    if negative.size:       # the kernel's check names the first
        _refuse_negative_count(negative[0])
    data = _np.atleast_1d(x._data)
    if weights is None:
        return wrap_np(_np.bincount(data, None, minlength).astype(x.dtype), x.ctx._op_ctx)
    # the kernel adds each weight in turn in the weights' dtype (NumPy's bincount sums in float64)
    res = _np.zeros(max(minlength, int(data.max()) + 1 if data.size else 0), weights.dtype)
    if data.size:       # (an empty x adds nothing, whatever the weights' size)
        _np.add.at(res, data, _np.atleast_1d(weights._data))
    return wrap_np(res, x.ctx._op_ctx)


def _refuse_negative_count(value):
    """bincount's check of a negative ``value``: C++ streams an int8 as a character, a byte MXNet's Python then
    fails to decode as UTF-8 (Python's UnicodeDecodeError instead of the MXNetError)."""
    text = "Check failed: data_ptr[i] >= 0 ({} vs. 0) : input should be nonnegative number"
    if value.dtype == _np.int8:
        head, tail = text.split("{}")
        raw = ("MXNetError: " + head).encode() + bytes([int(value) & 0xFF]) + tail.encode()
        raw.decode("utf-8")     # (raises: a negative int8 is a byte above 0x7f, never valid UTF-8 here)
    raise MXNetError(text.format(value))


@_waited_copy_taker
def delete(arr, obj, axis=None):
    """``arr`` without the entries ``obj`` (an int, slice or integer array; MXNet refuses lists)."""
    if not isinstance(arr, NDArray):
        raise TypeError(f"'arr' can not support type {class_text(arr)}")
    if not isinstance(obj, (slice, NDArray) + _INDEX_NUMBERS):
        raise TypeError(f"'obj' can not support type {class_text(obj)}")
    refuse_legacy_arrays("_npi_delete", (arr, obj))
    if isinstance(obj, bool):       # (an int to MXNet's front end, whose text its parser refuses)
        from .operator_text import in_operator
        raise MXNetError(f"Invalid Parameter format for int_ind expect int or None but value='{obj}'"
                         f"{in_operator('delete', delete, (arr, obj), {'axis': axis})}")
    if axis is None and arr.ndim == 0:      # (flattened first: without NumPy shape semantics its rank is unknown)
        refuse_unknown_sizes((arr,))
    if axis is not None and arr.ndim == 0:      # a 0-d array has nothing to delete along any axis
        return wrap_np(arr._data.copy(), arr.ctx)
    if axis is not None and not -arr.ndim <= axis < arr.ndim:
        raise located(MXNetError(f"Check failed: axis < ndim && axis >= -ndim: axis {axis} exceeds the input "
                                 f"dimension of {arr.ndim}"),
                      ("../src/operator/numpy/./../tensor/broadcast_reduce_op.h", 181))
    n = arr.size if axis is None else arr.shape[axis]
    if isinstance(obj, NDArray):        # MXNet skips the negative and out-of-range entries of an index array
        with _np.errstate(invalid="ignore"):        # (MXNet casts nan and inf positions silently)
            obj = obj._data.astype(_np.int64).ravel()
        obj = obj[(obj >= 0) & (obj < n)]
    elif isinstance(obj, (int, _np.integer)) and not -n <= obj < n:
        raise MXNetError(f"Check failed: (index >= -1 * N) && (index < N): index {obj} is out of bounds for axis "
                         f"{0 if axis is None else axis % arr.ndim} with size {n}\n")
    return _without_gradient("_npi_delete", wrap_np(_np.delete(arr._data, obj, axis), arr.ctx), arr)


@defop("_npi_polyval")
def polyval_op(p, x, *, constant_p=False):
    """The polynomial with coefficients ``p`` at ``x`` by Horner's rule, in ``x``'s dtype."""
    return _np.asarray(_np.polyval(p, x), x.dtype)


@polyval_op.grad
def _(dy, out, p, x, constant_p=False):
    """MXNet 1.9.1's backward writes x's gradient only along with p's: zero when p takes none."""
    dp = _polyval_p_grad(len(p), x, dy, p.dtype)
    dx = dy * _np.polyval(_np.polyder(p), x) if len(p) > 1 and not constant_p else _np.zeros_like(x)
    return dp.astype(p.dtype), _np.asarray(dx, x.dtype)


_IN_ORDER_TERMS = 1 << 16


def _polyval_p_grad(n, x, dy, dtype):
    """MXNet's gradient of the coefficients: for each, the terms pow(x, k) * dy in double added to a ``dtype``
    sum from the last element of ``x`` to the first (NumPy's pairwise sum beyond a cap)."""
    exps = _np.arange(n - 1, -1, -1, dtype=_np.float64)
    terms = _np.power(x.reshape(1, -1).astype(_np.float64), exps[:, None]) * _np.asarray(dy, _np.float64).reshape(1, -1)
    if terms.shape[1] > _IN_ORDER_TERMS:
        return terms.sum(axis=1).astype(dtype)
    acc = _np.zeros(n, dtype)
    for j in range(terms.shape[1] - 1, -1, -1):
        acc = (acc.astype(_np.float64) + terms[:, j]).astype(dtype)
    return acc


def polyval(p, x):
    """The polynomial with coefficients ``p`` evaluated at ``x`` (both arrays, as MXNet requires;
    differentiable in both; NumPy's result when neither is an array)."""
    if not isinstance(p, NDArray) and not isinstance(x, NDArray):
        return _np.polyval(p, x)
    if not isinstance(p, NDArray) or not isinstance(x, NDArray):
        raise TypeError("type not supported")
    if p.ndim != 1:     # (a 0-d array's rank is unknown, -1, without NumPy shape semantics)
        ndim = p.ndim if p.ndim or is_np_shape() else -1
        raise builtin_at(ValueError, f"ValueError: Check failed: p_shape.ndim() == 1U ({ndim} vs. 1) : p has to be "
                         "an 1-D array.", ("../src/operator/numpy/np_polynomial_op-inl.h", 49))
    refuse_unknown_shapes("_npi_polyval", (p, x), [])
    if p.dtype != x.dtype:
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                         f"expected {inferred_type_name(p.dtype)}, got {inferred_type_name(x.dtype)}")
    from .multiarray import invoke_np
    takes_gradient = p._node is not None and (not p._node[0].is_leaf or p._node[0].grad is not None)
    return invoke_np(polyval_op, (p, x), {"constant_p": not takes_gradient})


def histogram(a, bins=10, range=None, normed=None, weights=None, density=None):  # noqa: A002
    """(counts, bin edges) of ``a``; with a number of bins MXNet needs ``range`` (and takes no weights,
    density or normed)."""
    for name, given in (("normed", normed is True), ("weights", weights is not None), ("density", density is True)):
        if given:
            raise NotImplementedError(f"{name} is not supported yet...")
    if isinstance(bins, str):
        raise NotImplementedError("string bins is not supported yet...")
    if isinstance(bins, (list, tuple, _np.ndarray)):
        raise NotImplementedError("array_like bins is not supported yet...")
    if bins is None:        # (MXNet's front end shows its arguments)
        raise ValueError("np.histogram fails with", {"a": a, "bins": bins, "range": range, "normed": normed,
                                                     "weights": weights, "density": density})
    if not isinstance(bins, NDArray) and range is None:       # a number of bins (of any type) needs a range
        raise NotImplementedError("automatic range is not supported yet...")
    refuse_legacy_arrays("_npi_histogram", (a, bins))       # (by its operator, once the front end's checks pass)
    if not isinstance(bins, (NDArray, int, _np.integer)) or isinstance(bins, bool):
        from ..symbol.graph import attr_to_str
        raise MXNetError(f"Invalid Parameter format for bin_cnt expect int or None but value='{bins!s}', in operator "
                         f'_histogram(name="", range="{attr_to_str(range)}", bin_cnt="{bins}")')
    if not isinstance(a, NDArray):        # (the front end's check of the data, once bins and range are read)
        raise AssertionError(f"Argument data must have NDArray type, but got {a!s}")
    if isinstance(bins, NDArray) and bins.ndim != 1:
        raise MXNetError(f"Check failed: oshape.ndim() == 1U ({bins.ndim} vs. 1) : bins argument should be an 1D "
                         "vector")
    counted = isinstance(bins, (int, _np.integer))     # (array bins: the range is not read)
    if counted and bins < 0:
        _refuse_bin_count(a, bins, range)
    if counted and range[0] > range[1]:      # MXNet's kernel refuses it: the results fail when read
        results = [wrap_np(_np.zeros(bins, _np.int64), a.ctx), wrap_np(_np.zeros(bins + 1, a.dtype), a.ctx)]
        message = (f"Check failed: param.range.value()[0] <= param.range.value()[1]: left hand side of range("
                   f"{range[0]:g})should be less than or equal to right hand side({range[1]:g})")
        return deliver(KernelError(message, None), results, None)
    if counted and bins == 0:       # no bins: the one edge is MXNet's formula's 0 / 0
        return [wrap_np(_np.zeros(0, _np.int64), a.ctx), wrap_np(_np.full(1, _np.nan, a.dtype), a.ctx)]
    if counted:        # MXNet's edges: (high * i + low * (bins - i)) / bins, in double
        low, high = float(range[0]), float(range[1])
        if low == high:                             # an empty range widened by NumPy's rule
            low, high = low - 0.5, high + 0.5
        float_edges = _np.array([(high * i + (bins - i) * low) / bins for i in builtins.range(bins + 1)])
        edges = float_edges.astype(a.dtype)
        counts = _equal_bin_counts(a._data, low, high, edges)
        return [wrap_np(counts, a.ctx), wrap_np(edges, a.ctx)]
    if bins.dtype == a.dtype:
        from .multiarray import invoke_np
        # the edges as given (unsorted ones too, which MXNet's kernel scans from the first)
        return list(invoke_np("_histogram", (a, bins)))       # a list, as MXNet's
    # (edges of another type: the data's type for the results, refused when read, see missing_kernels)
    counts, float_edges = _np.histogram(a._data, _host(bins))
    return [wrap_np(counts, a.ctx), wrap_np(float_edges.astype(a.dtype), a.ctx)]


def _refuse_bin_count(a, bins, range):  # noqa: A002
    """A negative number of bins as the counts' shape: -1 is unknown to MXNet's shape inference, less is invalid."""
    from ..symbol.graph import attr_to_str
    if bins < -1:
        raise MXNetError(negative_size_text(bins))
    raise MXNetError(f"Operator _histogram inferring shapes failed.\ninput shapes:\n[{','.join(map(str, a.shape))}]\n"
                     f"output shapes:\n[-1]\n[0]\noperator attributes:\nrange : {attr_to_str(range)}\n"
                     f"bin_cnt : {bins}\n")


def _equal_bin_counts(data, low, high, edges):
    """MXNet's counts into equal bins over [low, high], compared in double: each value's bin from the double
    formula, then moved by one against the bin edges in the array's type (``edges``)."""
    bins = len(edges) - 1
    x = data.ravel().astype(_np.float64)
    x = x[(x >= low) & (x <= high)]
    target = _np.minimum(bins - 1, ((x - low) * bins / (high - low)).astype(_np.int64))
    bounds = edges.astype(_np.float64)
    target -= x < bounds[target]
    target += (x >= bounds[target + 1]) & (target != bins - 1)
    return _np.bincount(target, minlength=bins).astype(_np.int64)


# What mx.np takes from this module; ``__all__`` is MXNet's list of its NumPy-run functions (``mx.np.fallback``).
EXPORTS = list(_NAMES) + ["hanning", "hamming", "blackman", "percentile", "quantile", "sometrue", "bincount",
                          "polyval", "histogram", "product", "diff", "ediff1d", "nan_to_num", "delete"]
_MXNET_FALLBACK_NAMES = (
    "allclose", "alltrue", "apply_along_axis", "apply_over_axes", "argpartition", "argwhere", "array_equal",
    "array_equiv", "choose", "compress", "corrcoef", "correlate", "count_nonzero", "cov", "digitize", "divmod",
    "extract", "flatnonzero", "float_power", "frexp", "heaviside", "histogram2d", "histogram_bin_edges",
    "histogramdd", "i0", "in1d", "interp", "intersect1d", "isclose", "isin", "ix_", "lexsort", "min_scalar_type",
    "mirr", "modf", "msort", "nanargmax", "nanargmin", "nancumprod", "nancumsum", "nanmax", "nanmedian", "nanmin",
    "nanpercentile", "nanprod", "nanquantile", "ndim", "npv", "partition", "piecewise", "packbits", "poly",
    "polyadd", "polydiv", "polyfit", "polyint", "polymul", "polysub", "positive", "ppmt", "promote_types", "ptp",
    "pv", "rate", "real", "result_type", "rollaxis", "roots", "searchsorted", "select", "setdiff1d", "setxor1d",
    "signbit", "size", "spacing", "take_along_axis", "trapz", "tril_indices_from", "trim_zeros",
    "triu_indices_from", "union1d", "unpackbits", "unwrap", "vander")
__all__ = list(_MXNET_FALLBACK_NAMES)


# ---- differentiable ones -----------------------------------------------------------------------
def diff(a, n=1, axis=-1, prepend=None, append=None):
    """The ``n``-th discrete difference along ``axis``, differentiable (its float sums start from +0.0, as MXNet's
    kernel: a -0.0 difference comes out +0.0)."""
    from ..base import MXNetError
    if prepend or append:       # MXNet tests their truth (an array of several elements raises ValueError)
        raise NotImplementedError("prepend and append options are not supported yet")
    refuse_unknown_shapes("_npi_diff", (a,), {"n": n, "axis": axis})
    if n < 0:
        raise MXNetError(f"Check failed: n >= 0 ({n} vs. 0) : ")
    if a.ndim == 0 and axis in (0, -1):
        raise MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)")
    if a.ndim == 0:
        raise located(MXNetError(f"Check failed: axis == 0 || axis == -1: axis {axis} is out of bounds for "
                                 "0-dimension tensor"), ("../src/operator/numpy/./../tensor/broadcast_reduce_op.h", 177))
    if not -a.ndim <= axis < a.ndim:
        raise located(MXNetError(f"Check failed: axis < ndim && axis >= -ndim: axis {axis} exceeds the input "
                                 f"dimension of {a.ndim}"),
                      ("../src/operator/numpy/./../tensor/broadcast_reduce_op.h", 181))
    if a.dtype == _np.bool_:       # MXNet's kernel has no bool case; it runs unless n empties the axis
        shape = list(a.shape)
        shape[axis % a.ndim] = builtins.max(shape[axis % a.ndim] - n, 0)
        res = wrap_np(_np.zeros(shape, _np.bool_), a.ctx)
        return res if a.shape[axis % a.ndim] <= n else fails_when_read(res, "Unknown type enum 7",
                                                      site=("../src/operator/numpy/./np_diff-inl.h", 117))
    from .multiarray import invoke_np
    from .recorded_names import with_shown
    res = invoke_np(diff_op, (a,), with_shown({"n": n, "axis": axis}, {"n": n, "axis": axis}, "_npi_diff"))
    if a.ndim > KERNEL_MAX_DIMS:
        return fails_when_read(res, too_many_dims(a.ndim), site=("../src/operator/numpy/./np_diff-inl.h", 117))
    return res


def _binomial_terms(n, dtype):
    """(k, (-1)^(n-k) C(n, k) in ``dtype``) from k = n down, the order MXNet's kernels sum them in."""
    return [(k, _np.asarray((-1) ** (n - k) * math.comb(n, k)).astype(dtype)) for k in range(n, -1, -1)]


@defop("_npi_diff_kernel")
def diff_op(a, *, n=1, axis=-1):
    """MXNet's _npi_diff: out[i] = sum over k of (-1)^(n-k) C(n, k) a[i + k] along ``axis``, summed from +0."""
    a = _np.moveaxis(a, axis, -1)
    m = builtins.max(a.shape[-1] - n, 0)
    out = _np.zeros(a.shape[:-1] + (m,), a.dtype)
    with _np.errstate(over="ignore", invalid="ignore"):
        for k, c in _binomial_terms(n, a.dtype):
            out = out + a[..., k:k + m] * c
    return _np.ascontiguousarray(_np.moveaxis(out, -1, axis))


@diff_op.grad
def _(dy, out, a, n=1, axis=-1):
    """da[j] = sum over k of (-1)^(n-k) C(n, k) dy[j - k], summed from +0 into the input's dtype; a head gradient
    of another dtype is taken, each step adding in its dtype."""
    if not isinstance(dy, _np.ndarray):
        raise TypeError("_backward_npi_diff is not differentiable")
    dy = _np.moveaxis(dy, axis, -1)
    m = dy.shape[-1]
    g = _np.zeros(dy.shape[:-1] + (a.shape[axis],), a.dtype)
    with _np.errstate(over="ignore", invalid="ignore"):
        for k, c in _binomial_terms(n, dy.dtype):
            g[..., k:k + m] = g[..., k:k + m].astype(dy.dtype) + dy * c
    return (_np.ascontiguousarray(_np.moveaxis(g, -1, axis)),)


def _scalar_text(value):
    """An ediff1d bound as its operator's scalar attribute shows it (an array bound is passed as an input)."""
    return None if isinstance(value, NDArray) else value


def ediff1d(ary, to_end=None, to_begin=None):
    """The differences between consecutive elements of the flattened ``ary``, with ``to_begin``/``to_end``
    (cast to its dtype) around them; differentiable."""
    for extra, label in ((to_end, "to_end"), (to_begin, "to_begin")):      # (MXNet's parser reads to_end first)
        if extra is not None and (isinstance(extra, (bool, _np.bool_))
                                  or not isinstance(extra, (NDArray, int, float, _np.generic))):
            raise MXNetError(f"Invalid Parameter format for {label}_scalar expect double or None but value="
                             f"'{extra}', in operator _npi_ediff1d(name=\"\", to_end_scalar="
                             f"\"{_scalar_text(to_end)}\", to_begin_scalar=\"{_scalar_text(to_begin)}\", "
                             f"to_end_arr_given=\"{isinstance(to_end, NDArray)}\", "
                             f"to_begin_arr_given=\"{isinstance(to_begin, NDArray)}\")")
    refuse_unknown_shapes("_npi_ediff1d", (ary,))
    refuse_unknown_sizes((to_begin, to_end))
    for extra in (to_begin, to_end):        # (type inference runs before the kernel's type switch)
        if isinstance(extra, NDArray) and extra.dtype != ary.dtype:
            raise type_inconsistent(ary.dtype, extra.dtype)
    arrays = tuple(x for x in (to_begin, to_end) if isinstance(x, NDArray))
    attrs = {"to_begin_arr_given": isinstance(to_begin, NDArray), "to_end_arr_given": isinstance(to_end, NDArray),
             "to_begin_scalar": _scalar_text(to_begin), "to_end_scalar": _scalar_text(to_end)}
    if ary.dtype == _np.bool_:      # MXNet's kernel has no bool case: raised when read
        res = ediff1d_op.fwd(ary._data.view(_np.uint8), *[x._data.view(_np.uint8) for x in arrays], **attrs)
        return fails_when_read(wrap_np(res.astype(_np.bool_), ary.ctx), "Unknown type enum 7",
                               site=("../src/operator/numpy/./np_ediff1d_op-inl.h", 149))
    from .multiarray import invoke_np
    from .recorded_names import with_shown
    return invoke_np(ediff1d_op, (ary,) + arrays, with_shown(attrs, attrs, "_npi_ediff1d"))


def _ediff1d_bound(array, scalar, dtype):
    """An ediff1d bound as the kernel writes it: an array's elements, or a scalar converted through a double."""
    if array is not None:
        return array.ravel()
    if scalar is None:
        return _np.empty(0, dtype)
    with _np.errstate(invalid="ignore", over="ignore"):
        return _np.asarray([float(scalar)]).astype(dtype)


@defop("_npi_ediff1d_kernel")
def ediff1d_op(ary, *arrays, to_begin_arr_given=False, to_end_arr_given=False, to_begin_scalar=None,
               to_end_scalar=None):
    """MXNet's _npi_ediff1d: the bound before, the differences of the flattened ``ary``, the bound after (the
    bounds given as arrays are its inputs after ``ary``)."""
    arrays = list(arrays)
    begin = arrays.pop(0) if to_begin_arr_given else None
    end = arrays.pop(0) if to_end_arr_given else None
    flat = ary.ravel()
    return _np.concatenate([_ediff1d_bound(begin, to_begin_scalar, ary.dtype), flat[1:] - flat[:-1],
                            _ediff1d_bound(end, to_end_scalar, ary.dtype)])


@ediff1d_op.grad
def _(dy, out, ary, *arrays, to_begin_arr_given=False, to_end_arr_given=False, to_begin_scalar=None,
      to_end_scalar=None):
    """The head gradient's parts: copied to the bounds given as arrays, differenced for ``ary`` (a float-only
    kernel, typed by the head gradient, which it reads as flat memory)."""
    if not isinstance(dy, _np.ndarray):
        raise TypeError("_npi_backward_ediff1d is not differentiable")
    if ary.size and dy.dtype.kind != "f":
        from ..ndarray.failures import backward_kernel_error, real_switch_refusal
        from ..ndarray.shape_text import OperatorMessage
        backward_kernel_error(OperatorMessage(real_switch_refusal(None, dy.dtype), site=EDIFF1D_BACKWARD_SITE))
        return (_np.zeros_like(ary),) + tuple(_np.zeros_like(x) for x in arrays)
    flat = dy.ravel()
    arrays = list(arrays)
    grads, start = [], 0
    if to_begin_arr_given:
        begin = arrays.pop(0)
        grads.append(flat[:begin.size].reshape(begin.shape))
        start = begin.size
    elif to_begin_scalar is not None:
        start = 1
    n = ary.size
    if to_end_arr_given:
        end = arrays[0]
        at = start + builtins.max(n - 1, 0)
        grads.append(flat[at:at + end.size].reshape(end.shape))
    return (_differences_grad(flat[start:start + n - 1], n).reshape(ary.shape).astype(ary.dtype),) + tuple(grads)


EDIFF1D_BACKWARD_SITE = ("../src/operator/numpy/./np_ediff1d_op-inl.h", 222)


def _differences_grad(d, n):
    """The gradient of ``n`` elements from that of their ``n - 1`` differences ``d``: -d[0], d[i-1] - d[i], d[-1]
    (one element's is zero)."""
    g = _np.zeros(n, d.dtype)
    if n > 1:
        g[0] = -d[0]
        g[1:-1] = d[:-1] - d[1:]
        g[-1] = d[-1]
    return g


@defop("_npi_nan_to_num")
def nan_to_num_op(data, *, nan=0.0, posinf=None, neginf=None):
    """``data`` with nan, inf and -inf replaced by finite numbers."""
    return _np.nan_to_num(data, nan=nan, posinf=posinf, neginf=neginf)


@nan_to_num_op.grad
def _(dy, out, x, nan=0.0, posinf=None, neginf=None):
    if x.dtype == _np.bool_:        # (MXNet's backward kernel checks for a float, and lets integers pass)
        from ..ndarray.failures import backward_kernel_error
        from ..ndarray.shape_text import OperatorMessage
        words = "Check failed: common: :is_float(in_data.type_flag_) == true (0 vs. 1) : "
        backward_kernel_error(OperatorMessage(words, site=("../src/operator/numpy/../tensor/elemwise_unary_op.h", 797)),
                              own=True)
        return (_np.zeros_like(x),)
    return (_np.where(_np.isfinite(x), dy, 0).astype(dy.dtype),)


def nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None, **kwargs):  # noqa: ARG001
    """``x`` with nan, inf and -inf replaced by ``nan``, ``posinf``, ``neginf`` (the dtype's extremes by
    default); the gradient passes at the finite elements; ``copy=False`` writes into ``x``. Other keywords
    (``out=`` too) are ignored, as MXNet does."""
    if not isinstance(x, NDArray):
        return _np.nan_to_num(x, copy=copy, nan=nan, posinf=posinf, neginf=neginf)
    if x.dtype.kind in "iu":        # MXNet hands integer arrays back as they are, before it reads copy
        return x
    bool(copy)      # MXNet tests copy in Python first: an array of several elements has no truth value
    numbers = _nan_to_num_numbers(copy, nan, posinf, neginf)
    try:
        copy = operator_boolean("copy", copy)
    except MXNetError as e:
        raise MXNetError(f"{message_of(e)}, in operator {_nan_to_num_call(copy, nan, posinf, neginf)}") from None
    from .multiarray import invoke_np, refuse_unknown_shapes
    from .recorded_names import with_shown
    refuse_unknown_shapes("_npi_nan_to_num", (x,), dict(numbers, copy=copy), outputs=x.shape or 1)
    return invoke_np(nan_to_num_op, (x,), with_shown(numbers, dict(numbers, copy=copy)), out=None if copy else x)


def _nan_to_num_numbers(copy, nan, posinf, neginf):
    """nan, posinf and neginf as MXNet's parser reads their text ('2' or a 0-d array is a number; only posinf and
    neginf may be None), refused in its words."""
    from ..symbol.graph import attr_to_str
    given = {"nan": nan, "posinf": posinf, "neginf": neginf}
    numbers = {}
    for name, value in given.items():
        optional = name != "nan"
        numbers[name] = None if value is None and optional else _number_text(attr_to_str(value))
        if numbers[name] is None and (value is not None or not optional):
            raise MXNetError(f"Invalid Parameter format for {name} expect double{' or None' if optional else ''} but "
                             f"value='{attr_to_str(value)}', in operator {_nan_to_num_call(copy, nan, posinf, neginf)}")
    return numbers


def _nan_to_num_call(copy, nan, posinf, neginf):
    """The operator call MXNet's parser names when it refuses one of nan_to_num's attributes."""
    from ..symbol.graph import attr_to_str
    attrs = ", ".join(f'{k}="{attr_to_str(v)}"' for k, v in
                      (("posinf", posinf), ("neginf", neginf), ("nan", nan), ("copy", copy)))
    return f'_npi_nan_to_num(name="", {attrs})'


# the names MXNet's module shows besides its functions: NumPy's own nan-reductions, which mx.np does not list
import numpy as onp  # noqa: E402,F401
from numpy import nanstd, nansum, nanvar  # noqa: E402,F401

from ..base import hiding as _hiding  # noqa: E402

# distnet's own (differentiable and kernel-checked) functions and helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), [n for n in globals() if not n.startswith("_") and n not in __all__
                              and n not in ("onp", "nanstd", "nansum", "nanvar", "pmt")])
