"""``mx.np`` creation functions beyond array/zeros/ones/full: ranges, eye, *_like, tril, diag, meshgrid."""
import math
import re

import numpy as _np

from ..base import MXNetError, _Null, located, negative_size_text
from ..context import current_context, gpu_operator, placed
from ..ndarray import creation
from ..ndarray.ndarray import NDArray
from ..ndarray.shape_text import inference_failure
from ..ndarray.ops_elemwise import libm_f64
from ..ndarray.registry import defop
from .attribute_text import _INT_TEXT, _number_text, double_refusal, operator_context
from .operator_text import attribute_order, in_operator
from .multiarray import (_DTYPES, _dtype, _is_np_shape, c_order_only, full, invoke_np, legacy_refusal, native_dtype,
                         refuse_legacy_arrays, refuse_unknown_shapes, type_text, wrap_np)


def _made(data, ctx, op_name):
    """An mx.np array of ``data`` made by operator ``op_name``; MXNet's range and eye operators make zero-size
    arrays without NumPy shape semantics too (the operators reading them then fail)."""
    return wrap_np(data, placed(ctx, gpu_operator(op_name)))


_ARRAY_LIKE = (list, tuple, _np.ndarray, NDArray)
_RANGE_DTYPES = ("bfloat16", "float16", "float32", "float64", "int32", "int64", "int8", "uint8")


def _range_dtype(dtype, tail=""):
    """The output dtype of arange/linspace; MXNet's range kernels have no bool (``tail``: the operator's call, or
    a function of the dtype's name giving it)."""
    dt = native_dtype(dtype)        # (types MXNet lacks altogether: the same words)
    if dt.name not in _RANGE_DTYPES:
        raise MXNetError(f"Invalid Input: '{dt.name}', valid values are: "
                         "{" + ", ".join(repr(n) for n in _RANGE_DTYPES) + "}" + (tail(dt.name) if callable(tail)
                                                                                  else tail))
    return dt


def _call_text(op, *attrs):
    """``, in operator op(name="", attr="text", ...)`` as MXNet's parser ends a refusal."""
    from ..symbol.graph import attr_to_str
    return f', in operator {op}(name=""' + "".join(f', {k}="{attr_to_str(v)}"' for k, v in attrs) + ")"


# values MXNet's front ends hand their parser as text (a container's text is no number)
_TEXT_VALUES = (bool, _np.bool_, str, type(None), tuple, list, range, dict, set, frozenset)
_STREAM_DOUBLE = re.compile(r"\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")     # an optional double's text


def _read_text(name, value, kind, tail=""):
    """``value`` of attribute ``name`` as MXNet's parser reads the text its front end hands over for a bool, a
    string or None (other values as given): 'double' by its number parser (inf, nan and an 'f' suffix read, a
    partly read text refused for what is left), 'double or None' and 'int' by a C++ stream (all of it plain digits);
    a refusal ends with ``tail``."""
    if kind == "int" and isinstance(value, (int, _np.integer)) and not isinstance(value, (bool, _np.bool_)):
        return value
    if kind != "int" and not isinstance(value, _TEXT_VALUES):
        return value
    text = str(value)
    if kind == "double":
        refusal = double_refusal(name, kind, text)
        if refusal:
            raise MXNetError(refusal + tail)
        return _number_text(text)
    if kind == "double or None" and text.strip() == "None":
        return None
    pattern = _STREAM_DOUBLE if kind == "double or None" else _INT_TEXT
    if not pattern.fullmatch(text):
        raise MXNetError(f"Invalid Parameter format for {name} expect {kind} but value='{text!s}'{tail}")
    return float(text) if kind == "double or None" else int(text)


def _read_in_order(qualified, fn, call, kinds):
    """The arguments ``call`` (by name) of mx.np's ``qualified``, those ``kinds`` names (name: kind) read as MXNet's
    parser reads them (see ``_read_text``; 'dtype': a range dtype) in the order it reads them, the order its
    refusals list them in."""
    tail = in_operator(qualified, fn, (), call)
    values = dict(call)
    for name in attribute_order(qualified):
        kind = kinds.get(name)
        if kind == "dtype":
            if values[name] is not None:
                values[name] = _range_dtype(values[name], tail)
        elif kind is not None:
            values[name] = _read_text(name, values[name], kind, tail)
    return values


def _range_size(start, stop, step):
    """MXNet's count of a range: the ceiling of its span over ``step`` (none when negative); one it cannot hold in
    64 bits (nan, inf, huge) becomes the smallest int64, which its shape check refuses."""
    with _np.errstate(all="ignore"):
        count = _np.ceil((stop - start) / step)
    if not count < 2 ** 63:
        low = -2 ** 63
        raise MXNetError(negative_size_text(low))
    return int(count) if count > 0 else 0


def arange(start, stop=None, step=1, dtype=None, ctx=None):
    """Evenly spaced values in [start, stop) (float32 by default), computed as start + i * step."""
    if stop is None:
        start, stop = 0, start
    if step is not None and step == 0:      # MXNet's front end tests the step first (an array's truth: ValueError)
        raise ZeroDivisionError("step cannot be 0")
    dt = _range_dtype(dtype)        # (MXNet's front end reads the dtype, its parser then the range, then the context)
    bounds = {"start": start, "stop": stop, "step": step}
    for name in ("step", "stop", "start"):      # (the order MXNet's parser reads them in)
        value = bounds[name]
        label = "double or None" if name == "stop" else "double"
        if value is None and name == "step":        # (a step of 1)
            continue
        if isinstance(value, (NDArray, _np.ndarray)) and value.ndim == 0:
            bounds[name] = value.item()     # MXNet parses a 0-d array's text as the number it holds
        elif isinstance(value, _TEXT_VALUES):
            bounds[name] = _read_text(name, value, label)
        elif not isinstance(value, (int, float, _np.generic)) or name == "stop" and not _np.isfinite(value):
            raise MXNetError(f"Invalid Parameter format for {name} expect {label} but value='{value!s}'")
    start, stop, step = bounds["start"], bounds["stop"], bounds["step"]
    if stop is None:        # MXNet's operator reads a missing stop as the range [0, start)
        start, stop = 0, start
    if step is None:
        step = 1
    ctx = operator_context(ctx)
    start, step = creation.read_double(start), creation.read_double(step)     # (an optional stop is read exactly)
    n = _range_size(start, stop, step)
    if dt == _np.float16:               # MXNet's float16 range kernel truncates start and step to integers
        start, step = int(start), int(step)
    with _np.errstate(all="ignore"):     # MXNet computes start + i * step in the output type
        data = (_np.arange(n).astype(dt) * dt.type(step) + dt.type(start)).astype(dt)
    return _made(data, ctx, "_npi_arange")


def _check_num(num):
    """MXNet's checks of linspace's and logspace's ``num``: an int, not negative."""
    if not isinstance(num, (int, _np.integer)):
        raise MXNetError(f"Invalid Parameter format for num expect int but value='{num!s}'")
    if num < 0:
        raise MXNetError(f"Check failed: param.num >= 0 ({num} vs. 0) : Number of sequence should be non-negative, "
                         f"received {num}")


def linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, ctx=None):
    """``num`` evenly spaced values from ``start`` to ``stop``."""
    if any(isinstance(v, _ARRAY_LIKE) and not isinstance(v, tuple) for v in (start, stop)):     # (a tuple's text is
        # handed to its parser)
        raise NotImplementedError("start and stop only support int")
    if axis != 0:
        raise NotImplementedError("the function only support axis 0")
    read = _read_in_order("linspace", linspace, dict(start=start, stop=stop, num=num, endpoint=endpoint, dtype=dtype,
                                                     ctx=ctx), {"dtype": "dtype", "stop": "double", "start": "double",
                                                                "num": "int"})
    start, stop, num = read["start"], read["stop"], read["num"]
    dt = _range_dtype(dtype)
    _check_num(num)     # (its sign is checked after the attributes are parsed)
    data = creation.cast_double(creation.spaced(creation.read_double(start), creation.read_double(stop), num, endpoint),
                                dt)
    res = _made(data, ctx, "_linspace")
    if retstep:             # MXNet reports the step of the endpoint=True spacing, whatever num
        return res, (stop - start) / (num - 1)
    return res


def logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0, ctx=None):
    """``base`` to the powers of ``linspace(start, stop, num)``."""
    if isinstance(start, _ARRAY_LIKE) or isinstance(stop, _ARRAY_LIKE):
        raise NotImplementedError("start and stop only support int and float")
    if axis != 0:
        raise NotImplementedError("the function only support axis 0")
    if isinstance(base, (list, tuple)) or isinstance(base, NDArray) and base.ndim:   # (its parser reads a number)
        from ..symbol.graph import attr_to_str
        raise MXNetError(f"Invalid Parameter format for base expect double but value='{attr_to_str(base)}'"
                         f"{in_operator('logspace', logspace, (start, stop, num, endpoint, base), {'ctx': ctx})}")
    read = _read_in_order("logspace", logspace, dict(start=start, stop=stop, num=num, endpoint=endpoint, base=base,
                                                     dtype=dtype, ctx=ctx),
                          {"base": "double", "num": "int", "dtype": "dtype", "stop": "double", "start": "double"})
    start, stop, num, base = read["start"], read["stop"], read["num"], read["base"]
    dt = _range_dtype(dtype)
    _check_num(num)     # (its sign is checked after the attributes are parsed)
    exponents = creation.spaced(start, stop, num, endpoint)
    data = libm_f64("pow", _np.power, _np.float64(base), exponents)     # the C library's pow, as MXNet's kernel
    return _made(creation.cast_double(data, dt), ctx, "_npi_logspace")


def eye(N, M=None, k=0, dtype=_np.float32, **kwargs):  # noqa: N803  (NumPy's names)
    """A 2-D array with ones on the k-th diagonal (MXNet's eye has no bool); as MXNet's, ``ctx`` is a keyword and
    other keywords than ``order`` (refused) are ignored."""
    if "order" in kwargs:
        raise NotImplementedError("function eye does not support parameter order")
    tail = in_operator("eye", eye, (N, M, k, dtype), {"ctx": kwargs.get("ctx")})
    dt = _range_dtype(dtype, tail)      # (its parser reads dtype first)
    ctx = operator_context(kwargs.pop("ctx", None))
    given = {"M": M, "N": N, "k": k}
    for name, value in given.items():      # (the order MXNet's parser reads them in)
        if isinstance(value, str) and _INT_TEXT.fullmatch(value):      # (its parser reads the text of an int)
            given[name] = int(value)
        elif (value is not None or name != "M") and (isinstance(value, bool) or
                                                     not isinstance(value, (int, _np.integer))):
            label = "" if name == "M" else "long"      # (MXNet's optional M declares no type name)
            raise MXNetError(f"Invalid Parameter format for {name} expect {label} but value='{value!s}'{tail}")
    M, N, k = given["M"], given["N"], given["k"]  # noqa: N806
    for name, value in (("N", N), ("M", M)):
        if value is not None and value < 0:
            field = name if name == "M" else f"param.{name}"     # (MXNet checks M after reading it into a local)
            raise MXNetError(f"Check failed: {field} >= 0: negative dimensions are not allowed. {name} is {value}")
    return _made(_np.eye(N, M, k, dtype=dt), ctx, "_npi_eye")


def identity(n, dtype=None, ctx=None):
    """The n x n identity matrix."""
    if not isinstance(n, int):
        raise TypeError("Input 'n' should be an integer")
    if n >= 0 and native_dtype(dtype) not in _DTYPES:       # (the dtype attribute is parsed before the shape)
        names = sorted([d.name for d in _DTYPES] + ["bfloat16"])
        raise MXNetError(f"Invalid Input: '{native_dtype(dtype).name}', valid values are: "
                         f"{{{', '.join(map(repr, names))}}}"
                         + _call_text("_npi_identity", ("dtype", native_dtype(dtype).name),
                                      ("ctx", ctx or current_context()), ("shape", f"({n}, {n})")))
    if isinstance(n, bool):     # (a Python int to MXNet's front end, but the text 'True' to its shape parser)
        raise MXNetError(f"Invalid Parameter format for shape expect Shape(tuple) but value='({n}, {n})'"
                         + _call_text("_npi_identity", ("dtype", _np.dtype(_dtype(dtype)).name),
                                      ("ctx", ctx or current_context()), ("shape", f"({n}, {n})")))
    if n < 0:
        raise ValueError("Input 'n' cannot be negative")
    if not n and not _is_np_shape():
        raise inference_failure("_npi_identity", [], [(0, 0)],       # (0, 0): unknown without them
                                [("dtype", _np.dtype(_dtype(dtype)).name), ("ctx", ctx or current_context()),
                                 ("shape", (0, 0))])
    return _made(_np.eye(n, dtype=_dtype(dtype)), ctx, "_npi_identity")


def _like(a, dtype, fill, gradient_positions=None, out=None):
    """``fill`` in ``a``'s shape; recorded (with a zero gradient unless ``gradient_positions`` says otherwise), as
    MXNet records its *_like operators (whose shape inference, without NumPy semantics, knows a 0-d or empty
    ``a``'s shape only from ``out``)."""
    from ..autograd import is_recording
    if dtype is not None and native_dtype(dtype) not in _DTYPES:     # (the operator's dtype parser refuses it)
        name = native_dtype(dtype).name
        raise MXNetError(f"Invalid Input: '{name}', valid values are: {{None, 'bfloat16', 'bool', 'float16', "
                         "'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'}"
                         + _call_text("_npi_full_like", ("ctx", a.ctx), ("dtype", name), ("fill_value", fill)))
    dt = _dtype(dtype if dtype is not None else a.dtype)
    if gradient_positions is None and out is None:
        refuse_unknown_shapes("_npi_full_like", (a,), [("ctx", a.ctx), ("fill_value", fill)], outputs=a.shape or 1)
    if is_recording():
        from .shaping import _no_input_positions, _rearrange
        given = {"ctx": a.ctx, "fill_value": fill} if dtype is None else {"ctx": a.ctx, "dtype": dt.name,
                                                                          "fill_value": fill}
        return _rearrange(lambda d: creation.filled(d.shape, fill, dt), a,
                          index_fn=gradient_positions or _no_input_positions,
                          shown=None if gradient_positions else ("_npi_full_like", given))
    return wrap_np(creation.filled(a.shape, fill, dt), a.ctx._op_ctx)     # (an operator's: cpu_pinned gives cpu)


def _empty_like_gradient(*positions):
    """MXNet's empty_like is a Custom operator whose backward refuses to run."""
    from .fallback import custom_backward_refused
    return custom_backward_refused("empty_like")


def zeros_like(a, dtype=None, order="C", ctx=None, out=None):
    """Zeros with the shape (and dtype, unless given) of ``a``; as MXNet 1.9.1, a new array even given ``out``
    (which is left as it is) and a TypeError given ``ctx`` (MXNet hands the context over as the output)."""
    refuse_legacy_arrays("_npi_full_like", (a,))       # (out= is never read)
    c_order_only(order)
    if ctx is not None:
        raise legacy_refusal("_npi_full_like")
    return _like(a, dtype, 0)


def ones_like(a, dtype=None, order="C", ctx=None, out=None):  # noqa: ARG001  (ctx: the array's own)
    """Ones with the shape (and dtype, unless given) of ``a``."""
    return _filled_like(a, dtype, 1, out, order)


def _ones_like_front_end(a, dtype=None, order="C", ctx=None, out=None):  # noqa: ARG001
    c_order_only(order)     # (refused in Python, before out= reaches the operator)
    return True


ones_like.front_end = _ones_like_front_end


_EMPTY_LIKE_NAME_OF = {None: "None", _np.int8: "int8", _np.uint8: "uint8", _np.int32: "int32", _np.int64: "int64",
                       _np.float16: "float16", _np.float32: "float32", _np.float64: "float64", _np.bool_: "bool_",
                       bool: "bool", int: "int64", float: "float64"}
_EMPTY_LIKE_NAMES = ("float16", "float32", "float64", "float", "uint8", "int8", "int32", "int64", "int", "bool_",
                     "None")


def _empty_like_name(dtype):
    """The dtype name np.empty_like hands to its operator: MXNet's front end takes any text, or the scalar types of
    its table (looked up as dict keys, so dtype objects miss)."""
    if isinstance(dtype, str):
        return dtype
    try:
        return _EMPTY_LIKE_NAME_OF[dtype]
    except (KeyError, TypeError, NotImplementedError):     # (an mx.np array refuses hashing so)
        raise NotImplementedError("Do not support this dtype at this moment") from None


def empty_like_dtype(name):
    """The dtype named by ``name`` (None: the prototype's), as MXNet's fallback operator reads it: a KeyError for
    names outside its table (bool among them)."""
    if name not in _EMPTY_LIKE_NAMES:
        raise KeyError(bool if name == "bool" else name)        # (MXNet reads 'bool' as Python's type first)
    return None if name == "None" else _np.dtype("float64" if name == "float" else name.rstrip("_"))


def _empty_like_type(name):
    """``empty_like_dtype``, failing as the fallback operator's Python callback does."""
    from ..operator import _reported
    with _reported("infer_type", "empty_like_fallback"):
        return empty_like_dtype(name)


def empty_like(prototype, dtype=None, order="C", subok=False, shape=None):
    """An uninitialised (zero-filled) array like ``prototype``."""
    if order != "C":
        raise NotImplementedError("Only support C-order at this moment")
    if subok:
        raise NotImplementedError("Creating array by using sub-class is not supported at this moment")
    if shape is not None:
        raise NotImplementedError("Assigning new shape is not supported at this moment")
    name = _empty_like_name(dtype)
    refuse_legacy_arrays("_npi_Custom", (prototype,))      # (MXNet makes it with a Custom fallback operator)
    return _like(prototype, _empty_like_type(name), 0, _empty_like_gradient)


def full_like(a, fill_value, dtype=None, order="C", ctx=None, out=None):  # noqa: ARG001
    """``fill_value`` with the shape (and dtype, unless given) of ``a``."""
    if isinstance(fill_value, NDArray) and fill_value.ndim == 0:      # MXNet reads a 0-d array as its number
        fill_value = fill_value.item()
    return _filled_like(a, dtype, fill_value, out, order)


def _full_like_front_end(a, fill_value, dtype=None, order="C", ctx=None, out=None):  # noqa: ARG001
    c_order_only(order)     # (refused in Python, before out= reaches the operator)
    return True


full_like.front_end = _full_like_front_end


def _filled_like(a, dtype, fill, out, order):
    refuse_legacy_arrays("_npi_full_like", (a, out))
    c_order_only(order)
    res = _like(a, dtype, fill, out=out)
    if out is None:
        return res
    if not _is_np_shape() and (a.ndim == 0 or 0 in a.shape):     # a shape unknown to MXNet: out= gives it
        out._data[...] = res._data
        return out
    from .shaping import _check_out, written_into
    _check_out(out, res, shapes="assigned")
    return written_into(out, res)


def copy(a, out=None, **kwargs):  # noqa: ARG001  (MXNet's generated operator ignores attributes it lacks)
    """A copy of ``a`` (written into ``out`` when given)."""
    if out is not None and not isinstance(out, NDArray):
        raise TypeError(f"Operator `_np_copy` takes mx.np.ndarray outputs only, but got {out!r}")
    if out is not None and isinstance(a, NDArray):      # (an elementwise assignment's inference)
        from .shaping import _check_out
        _check_out(out, a, shapes="assigned", types="assigned")
    from .recorded_names import record_as
    refuse_unknown_shapes("_np_copy", (a,), outputs=a.shape or 1)
    return record_as(invoke_np("_copy", (a,), out=out), "_np_copy", {}, a)


def meshgrid(*xi, **kwargs):
    """Coordinate matrices from coordinate vectors (``indexing`` 'xy' or 'ij'), differentiable; each input is
    reshaped by its own ``reshape`` method (flattened along its axis), as MXNet's."""
    from .shaping import broadcast_arrays
    if not kwargs.pop("copy", True):
        raise NotImplementedError("copy=False is not implemented")      # MXNet's words
    if kwargs.pop("sparse", False):
        raise NotImplementedError("sparse=False is not implemented")      # MXNet's words
    indexing = kwargs.pop("indexing", "xy")
    if kwargs:
        raise TypeError(f"meshgrid() got an unexpected keyword argument '{next(iter(kwargs))}'")
    if indexing not in ("xy", "ij"):
        raise ValueError("Valid values for `indexing` are 'xy' and 'ij'.")
    n = len(xi)
    ones = (1,) * n
    out = [x.reshape(ones[:i] + (-1,) + ones[i + 1:]) for i, x in enumerate(xi)]
    if indexing == "xy" and n > 1:      # the first two axes swap
        out[0] = out[0].reshape(1, -1, *ones[2:])
        out[1] = out[1].reshape(-1, 1, *ones[2:])
    return broadcast_arrays(*out)


@defop("_npi_tril")
def tril_op(data, *, k=0, lower=True):
    """The lower (or upper) triangle of the last two axes of ``data``; the rest zeroed. MXNet's kernel reads a
    second axis of a 0-d array (a bool one: its type first), failing when the result is read."""
    if data.ndim == 0:
        from ..ndarray.failures import KernelError
        raise located(KernelError(_tril_scalar_words(data, 1), _np.zeros((), data.dtype)), _tril_scalar_site(data))
    return _np.tril(data, k) if lower else _np.triu(data, k)


def _tril_scalar_words(data, axis):
    """MXNet's words for tril's kernel (forward: ``axis`` 1; backward: 0) on a 0-d ``data``."""
    if data.dtype == _np.bool_:
        return "Unknown type enum 7"
    return f"Check failed: i >= 0 && i < ndim(): index = {axis} must be in range [0, 0)"


def _tril_scalar_site(data):
    from .missing_kernels import tril_kernel_site
    return tril_kernel_site(0) if data.dtype == _np.bool_ else None


@tril_op.grad
def _(dy, out, x, k=0, lower=True):
    if x.ndim == 0 and x.dtype != _np.bool_:     # (its kernel reads no output: it runs, and fails, all the same)
        from ..ndarray.failures import backward_kernel_error
        backward_kernel_error(_tril_scalar_words(x, 0), own=True)
    if x.ndim == 0:
        return (_np.zeros((), x.dtype),)
    g = _np.tril(dy, k) if lower else _np.triu(dy, k)
    return (g.sum(axis=0) if x.ndim == 1 else g,)      # a vector was repeated along the rows


def tril(m, k=0):
    """The lower triangle of ``m`` (below the k-th diagonal)."""
    if not isinstance(k, (int, _np.integer)):
        raise MXNetError(f"Invalid Parameter format for k expect int but value='{k!s}', in operator _npi_tril")
    _no_unknown_diagonal(m)
    if isinstance(m, NDArray) and m.ndim == 0:     # MXNet's kernel reads a second axis (a bool: its type first)
        refuse_unknown_shapes("_npi_tril", (m,), {"k": k})        # (an unknown rank, without NumPy semantics)
    return invoke_np(tril_op, (m,), {"k": int(k)})


@defop("_npi_diag")
def diag_op(data, *, k=0):
    """The k-th diagonal of a 2-D array, or a 2-D array with a 1-D array on it."""
    return _np.diag(data, k)


@diag_op.grad
def _(dy, out, x, k=0):
    if x.ndim == 1:
        return (_np.diag(dy, k).copy(),)
    g = _np.zeros(x.shape, dy.dtype)
    idx = _np.arange(dy.shape[0])
    g[idx + max(-k, 0), idx + max(k, 0)] = dy
    return (g,)


@defop("_npi_diagflat")
def diagflat_op(data, *, k=0):
    """A 2-D array with the flattened ``data`` on its k-th diagonal."""
    if data.ndim > 1 and data.size == 0:    # (MXNet's shape function multiplies the sizes it knows: 0 is unknown)
        data = _np.zeros(math.prod(n for n in data.shape if n), data.dtype)
    return _np.diagflat(data, k)


@diagflat_op.grad
def _(dy, out, x, k=0):
    if x.size == 0:
        return (_np.zeros(x.shape, dy.dtype),)
    return (_np.diagonal(dy, k).reshape(x.shape).copy(),)


def _no_unknown_diagonal(a):
    """Without NumPy shape semantics an empty array's sizes are unknown: MXNet's diagonal shape check finds none."""
    if isinstance(a, NDArray) and a.ndim and 0 in a.shape and not _is_np_shape():
        raise MXNetError("Diagonal does not exist.")


def diag(array, k=_Null):
    """The k-th diagonal of a 2-D ``array``, or a 2-D array with 1-D ``array`` on its k-th diagonal."""
    shown, k = ({} if k is _Null else {"k": k}), 0 if k is _Null else k
    if not isinstance(array, NDArray):
        raise TypeError(f"type {type_text(array)} not supported")
    if array.ndim > 2:
        raise MXNetError(f"Check failed: ishape.ndim() <= 2 ({array.ndim} vs. 2) : Input must be 1- or 2-d")
    _no_unknown_diagonal(array)
    if array.ndim == 0:
        refuse_unknown_shapes("_np_diag", (array,))        # (an unknown rank, without NumPy semantics)
        raise located(MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)"),
                      ("../include/mxnet/./tuple.h", 244))
    from .recorded_names import with_shown
    return invoke_np(diag_op, (array,), with_shown({"k": int(k)}, shown, "_np_diag"))


def diagflat(array, k=_Null):
    """A 2-D array with the flattened ``array`` on its k-th diagonal (one _np_diagflat step, as MXNet records)."""
    shown, k = ({} if k is _Null else {"k": k}), 0 if k is _Null else k
    if isinstance(array, NDArray) and array.ndim == 0:
        refuse_unknown_shapes("_np_diagflat", (array,))        # (an unknown rank, without NumPy semantics)
        raise located(MXNetError("Diagonal does not exist."), ("../src/operator/numpy/./np_matrix_op-inl.h", 1421))
    _no_unknown_diagonal(array)
    if not isinstance(array, NDArray):
        raise TypeError(f"type {type_text(array)} not supported")
    from .recorded_names import with_shown
    return invoke_np(diagflat_op, (array,), with_shown({"k": int(k)}, shown, "_np_diagflat"))


def indices(dimensions, dtype=_np.int32, ctx=None):
    """An array of index grids for ``dimensions`` (int32 by default, as MXNet's)."""
    if not isinstance(dimensions, (tuple, list)):
        raise ValueError("The dimensions must be sequence of ints")
    if not all(isinstance(d, (int, _np.integer)) for d in dimensions):
        raise MXNetError(f"Invalid Parameter format for dimensions expect Shape(tuple) but value='{dimensions!s}'"
                         + _call_text("_npi_indices", ("dtype", _np.dtype(_np.int32 if dtype is None else dtype).name),
                                      ("ctx", ctx or current_context()), ("dimensions", dimensions)))
    if any(d < -1 for d in dimensions):
        low = min(dimensions)
        raise MXNetError(negative_size_text(low))
    if -1 in dimensions:        # -1 is MXNet's unknown size: its check of the dimensions fails
        raise inference_failure("_npi_indices", [], [None], [
            ("dtype", _np.dtype(_np.int32 if dtype is None else dtype).name), ("ctx", ctx or current_context()),
            ("dimensions", dimensions)])
    dt = _range_dtype(_np.int32 if dtype is None else dtype, lambda name: _call_text(
        "_npi_indices", ("dtype", name), ("ctx", ctx or current_context()), ("dimensions", dimensions)))
    return _made(_np.indices(tuple(dimensions), dtype=dt), ctx, "_npi_indices")


__all__ = ["arange", "linspace", "logspace", "eye", "identity", "zeros_like", "ones_like", "empty_like",
           "full_like", "copy", "meshgrid", "tril", "diag", "diagflat", "indices", "full"]
