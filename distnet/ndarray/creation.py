"""Array creation: array, zeros, ones, full, empty, arange, linspace, eye."""
import math

import numpy as np

from .. import autograd as _ag
from ..base import MXNetError, class_text, located, no_attribute, negative_size_text
from ..context import GPU_ALLOCATION, current_context, gpu_operator, placed
from ..util import is_np_shape
from .ndarray import NDArray, _as_dtype, _late, _wrap, warn_complex_cast
from .array_kinds import called_by_user
from .param_text import dtype_attr_name, read_attrs, read_value
from .registry import IN_GRAPH_WRITE, KEEP_CLASS, Quiet, defop
from .serialize import BFLOAT16
from .bfloat16 import from_bfloat16, is_bfloat16_dtype, made_as_bfloat16, truncated_to_bfloat16


def _shape(shape, op="_zeros"):
    if isinstance(shape, str):          # MXNet's creation operators read the shape from its text
        shape = read_value(op, "shape", "s", shape)
    return (shape,) if isinstance(shape, (int, np.integer)) else tuple(shape)


_MX_DTYPES = frozenset(np.dtype(t) for t in (np.float32, np.float64, np.float16, np.uint8, np.int8, np.int32,
                                               np.int64, np.bool_))
_MX_TYPES = frozenset(d.type for d in _MX_DTYPES)
# The dtype names each creation operator's parameter accepts (bfloat16 too, which numpy has no type for)
_NUMBER_NAMES = ("float16", "float32", "float64", "int32", "int64", "int8", "uint8")
_VALID_DTYPE_NAMES = {"_arange": _NUMBER_NAMES + ("bfloat16",), "_linspace": _NUMBER_NAMES + ("bfloat16",),
                      "_eye": _NUMBER_NAMES}
_ANY_DTYPE_NAMES = _NUMBER_NAMES + ("bfloat16", "bool")


def _dtype_refusal(name, op, attrs=None):
    """MXNet's error for a dtype operator ``op`` does not take; ``attrs``: what the front end sent the operator,
    which the error lists."""
    from .param_text import UNNAMED_PARSERS, in_operator
    valid = ", ".join(repr(n) for n in sorted(_VALID_DTYPE_NAMES.get(op, _ANY_DTYPE_NAMES)))
    if op in UNNAMED_PARSERS:
        named = ""
    elif attrs is None:
        named = f", in operator {op}"
    else:
        named = in_operator(op, dict(attrs, dtype=name), True)
    return MXNetError(f"Invalid Input: {name!r}, valid values are: {{{valid}}}{named}")


def _dtype_of(dtype, op=None, attrs=None):
    """``dtype`` as a numpy type if MXNet has it: else MXNetError from operator ``op`` (listing ``attrs``, the
    attributes its front end sent), or KeyError (MXNet's Python type table) when no operator is named."""
    dt = np.dtype(np.float32 if dtype is None else dtype)
    if dt == BFLOAT16 and op is None:   # (MXNet's Python type table holds its stand-in)
        return dt
    if op is not None:
        dt = np.dtype(dt.name)      # an operator reads the dtype by name (np.longlong is 'int64' there)
    if dt.type not in _MX_TYPES:    # MXNet's Python table is keyed by numpy type: np.longlong is not in it
        if op is None:
            raise KeyError(dt.type)
        raise _dtype_refusal(dt.name, op, attrs)
    return dt.type


def _op_dtype(dtype):
    """The dtype of a creation function that hands it to its operator as given: MXNet's operator front end
    reads it with numpy, for which None is float64."""
    return np.float64 if dtype is None else dtype


def _numeric(dtype, op, attrs=None):
    """``dtype`` for a range operator, which MXNet does not define for bool (``attrs`` as for ``_dtype_of``)."""
    dt = _dtype_of(dtype, op, attrs)
    if dt == np.bool_:
        raise _dtype_refusal("bool", op, attrs)
    return dt


def _op_ctx(ctx):
    """A context given to a creation operator (None: the current one, chosen when the array is placed)."""
    from ..context import operator_context
    return None if ctx is None else operator_context(ctx)


def _made(data, ctx, out=None, op_name=None):
    """``data`` written into ``out``, or a new array on ``ctx`` (made by operator ``op_name``, if one made it)."""
    if out is not None:
        out._data[...] = data
        if _ag.is_recording() and _ag.in_graph(out):    # (refused once written, as MXNet's)
            raise MXNetError(IN_GRAPH_WRITE)
        return out
    return _wrap(data, placed(_op_ctx(ctx), gpu_operator(op_name) if op_name else GPU_ALLOCATION))


def _into_out(op_name, shape, ctx, dtype, attrs):
    """``op_name`` run into its out= attribute, as MXNet's front end runs it: the operator counts the arrays out=
    lists, reads an unknown shape from it and refuses one of another shape or type."""
    from .registry import OPS
    return OPS[op_name](shape=shape, ctx=current_context() if ctx is None else ctx, dtype=dtype, **attrs)


def array(source_array, ctx=None, dtype=None):
    """An NDArray copied from ``source_array``; float32 unless ``dtype`` is given or the source is an NDArray."""
    if getattr(source_array, "stype", "default") != "default" or type(source_array).__module__.startswith("scipy.sparse"):
        from . import sparse            # a sparse source stays sparse, as in MXNet
        return sparse.array(source_array, ctx=ctx, dtype=dtype)
    if isinstance(source_array, NDArray):
        dtype = _dtype_of(source_array.dtype if dtype is None else dtype)    # MXNet allocates before copying
        if type(source_array) in KEEP_CLASS and source_array.size and called_by_user(1):  # MXNet refuses an mx.np
            raise TypeError(f"{class_text(source_array.as_nd_ndarray())} does not support assignment with "  # source
                            f"non-array-like object {source_array} of type {class_text(source_array)}")  # (not empty)
        data = source_array._data
        if called_by_user(1) and source_array.size:     # MXNet copies into a new array (cast first, if need be)
            from ..profiler import record_copy
            for _ in range(1 + (np.dtype(dtype) != source_array.dtype)):
                record_copy()
    elif isinstance(source_array, np.ndarray):
        dtype = _dtype_of(dtype)
        data = source_array     # numpy's own conversion errors (ValueError for text), as MXNet's copy raises
        if data.dtype.kind == "c":
            warn_complex_cast("copy")
    else:
        data = _listed_source(source_array, dtype)
        dtype = _dtype_of(dtype)
    with Quiet():       # (a cast's overflow, which MXNet's NumPy 1.23 made silently)
        data = np.array(data, dtype=dtype, order="C")      # (rows in order, as MXNet stores them: x[0] is a view)
    if data.size and not isinstance(source_array, NDArray):
        profiler = _late.profiler
        if profiler.in_custom_operator() and called_by_user(1):
            profiler.record_host_copy()
    return _wrap(data, placed(ctx))


def quiet_array(source, dtype):
    """``np.array(source, dtype=dtype)`` made silently, as by MXNet's NumPy 1.23: later versions warn of overflows
    and invalid values, and of Python integers outside an integer type's range, which an array cast wraps
    without a word. (No warnings context: entering one makes Python forget which warnings it has shown.)"""
    with np.errstate(over="ignore", invalid="ignore"):
        if not isinstance(source, np.ndarray) and np.dtype(dtype).kind in "iub":
            read = np.array(source)
            if read.dtype.kind in "iub":        # Python ints (within int64) and bools
                return read.astype(dtype)
        return np.array(source, dtype=dtype)


def _listed_source(source_array, dtype):
    """A Python source (list, tuple, number) as a numpy array; anything numpy cannot read (NDArrays it cannot
    reach numbers of, ragged nesting, non-numeric or out-of-range items) is MXNet's TypeError."""
    dtype = np.float32 if dtype is None else dtype
    try:
        return quiet_array(sequence_items(source_array, np.dtype(dtype)), dtype)
    except (ValueError, OverflowError, TypeError):
        # raised while handling numpy's error, as MXNet's is: the traceback shows both, not one as the cause
        raise TypeError("source_array must be array like object")


def sequence_items(source, dtype):
    """A list or tuple as numpy reads it item by item into ``dtype``: an NDArray in it is a 0-d one's number, or
    (only under NumPy shape semantics, where indexing reaches numbers) its items; else numpy never reaches a
    number: TypeError. A legacy NDArray's number is read only as a bool (it has no float() or int())."""
    if isinstance(source, NDArray):
        if source.ndim and not is_np_shape() or not hasattr(source, "__float__") and dtype != np.bool_:
            raise TypeError("source_array must be array like object")
        return source._data.tolist()
    if isinstance(source, (list, tuple)):
        return [sequence_items(x, dtype) for x in source]
    return source


def _known(shape, op, dtype=None, ctx=None, attrs=None):
    """``shape`` as a tuple, read from its text as MXNet's operator reads it (an int is one size); MXNet reads
    None, an empty shape or a 0 in it as unknown, and rejects negatives. ``dtype``, ``ctx`` and ``attrs`` (hidden
    ``__attr__`` keywords) are the other attributes MXNet's error lists."""
    given = shape
    plain = shape is None or type(shape) is int or type(shape) in (tuple, list) and all(type(d) is int for d in shape)
    if not plain:       # the text MXNet's front end sends, beside the context and type it always adds
        shape = read_value(op, "shape", "s", str(shape), _front_end_attrs(shape, dtype, ctx, attrs or {}), True)
    shape = (shape,) if type(shape) is int else tuple(shape) if shape is not None else None
    if shape is None:
        raise _shape_inference_failed(op, given, (), dtype, ctx, attrs or {})
    # MXNet reads the sizes in order: a -1 (unknown) first makes inference fail, a lower size first its parser
    first = next((d for d in shape if d < 0), -1)
    if first < -1:
        raise MXNetError(negative_size_text(first))
    if is_np_shape():               # NumPy shape semantics: () is a scalar's shape, 0 a real size
        if -1 in shape:
            raise _shape_inference_failed(op, given, shape, dtype, ctx, attrs or {})
        return shape
    if not shape or any(d <= 0 for d in shape):
        raise _shape_inference_failed(op, given, shape, dtype, ctx, attrs or {})
    return shape


def _sent_type_and_context(dtype, ctx):
    """The type and context MXNet's nd.zeros/ones send their operator: the defaults filled in."""
    try:
        return (dtype_attr_name(dtype) if dtype is not None else "float32"), (_op_ctx(ctx) or current_context())
    except (TypeError, MXNetError):
        return dtype, ctx


def _sent_type_and_ctx(dtype, ctx):
    """The ``ctx`` and ``dtype`` attributes (as text) MXNet's linspace and eye send their operator: a dtype numpy
    cannot read fails in the front end."""
    return {"ctx": str(_op_ctx(ctx) or current_context()), "dtype": dtype_attr_name(dtype)}


def _front_end_attrs(shape, dtype, ctx, attrs):
    """The attributes MXNet's nd.zeros/ones send their operator, in its generated function's order: the hidden
    ``__attr__`` keywords, then shape, the context and type."""
    dtype, ctx = _sent_type_and_context(dtype, ctx)
    hidden = {k: v for k, v in attrs.items() if k.startswith("__") and k.endswith("__")}
    return dict(hidden, shape=str(shape), ctx=str(ctx), dtype=str(dtype))


def _shape_inference_failed(op, given, shape, dtype, ctx, attrs):
    """MXNet's report of a creation operator whose shape is unknown (a 0 size) or negative: the output shape
    with unknown sizes as -1, then the operator's attributes."""
    dtype, ctx = _sent_type_and_context(dtype, ctx)
    out = "[" + ",".join(str(d if d else -1) for d in shape) + "]" if shape else "None"
    hidden = [f"{k} : {v}" for k, v in attrs.items() if k.startswith("__") and k.endswith("__")]
    lines = [f"Operator {op} inferring shapes failed.", "input shapes:", "output shapes:", out, "operator attributes:",
             f"dtype : {dtype}", f"ctx : {ctx}", f"shape : {given}"] + hidden
    return MXNetError("\n".join(lines) + "\n\n")


def _sized(shape, dtype):
    """``shape`` as a tuple of sizes and ``dtype`` as a numpy type, read in the order MXNet's allocation reads
    them: the sizes multiplied first (a text shape fails there), then the dtype, then each size as an unsigned
    int (ctypes reads True as 1)."""
    shape = (shape,) if isinstance(shape, int) else shape
    size = 1
    for d in shape:
        size = size * d
    if size > 2**31 - 1:
        raise Exception("[_new_alloc_handle] Size of tensor you are trying to allocate is larger than 2^31 "
                        "elements. Please build with flag USE_INT64_TENSOR_SIZE=1")
    dt = _dtype_of(dtype)
    shape = tuple(int(d) if isinstance(d, bool) else d for d in _shape(shape))
    if any(d < 0 for d in shape):
        raise OverflowError("can't convert negative value to unsigned int")
    return shape, dt


def _sparse(stype):
    """Whether ``stype`` asks for a sparse array ('csr', 'row_sparse' or an unknown name for sparse.zeros to refuse)."""
    return stype is not None and stype != "default"


def _refuse_unknown(op_name, kwargs, **declared):
    """MXNet's refusal of the first keyword (in the order its attribute map holds them) that creation operator
    ``op_name`` does not declare; hidden ``__attr__`` keywords pass (RNN cells' begin_state gives __layout__)."""
    if any(k not in ("out", "name") and not (k.startswith("__") and k.endswith("__")) for k in kwargs):
        from .param_docs import unknown_argument
        from .param_text import in_operator, map_keys, refuse_first_read
        given = {k: v for k, v in dict(declared, **kwargs).items() if k not in ("out", "name")}
        given.update(ctx=str(given["ctx"] or current_context()), dtype=np.dtype(given["dtype"] or np.float32).name)
        order = map_keys(op_name, given, True)
        key = next(k for k in order if k not in declared and not k.startswith("__"))
        refuse_first_read(op_name, given, True, until=key)     # (its parser reads the fields before it first)
        raise MXNetError(unknown_argument(op_name, key, in_operator(op_name, given, True)))


def zeros(shape, ctx=None, dtype=None, stype=None, **kwargs):
    """An array of zeros (a CSRNDArray or RowSparseNDArray for ``stype`` 'csr' or 'row_sparse')."""
    if _sparse(stype):
        from . import sparse
        return sparse.zeros(stype, shape, _op_ctx(ctx), dtype, **kwargs)
    _refuse_unknown("_zeros", kwargs, shape=shape, ctx=ctx, dtype=dtype)
    np.dtype(dtype)                 # MXNet's front end reads the dtype's name before the operator runs
    if np.dtype(np.float32 if dtype is None else dtype) == BFLOAT16:     # (a bfloat16 parameter's gradient)
        return _made(np.zeros(_known(shape, "_zeros", dtype, ctx, kwargs), BFLOAT16), _op_ctx(ctx),
                     kwargs.get("out"), "_zeros")
    dt = _dtype_of(dtype, "_zeros", _front_end_attrs(shape, dtype, ctx, kwargs))     # (its parser reads it first)
    if kwargs.get("out") is not None:
        return _into_out("_zeros", shape, ctx, dt, kwargs)
    return _made(np.zeros(_known(shape, "_zeros", dtype, ctx, kwargs), dt), _op_ctx(ctx),
                 kwargs.get("out"), "_zeros")


def ones(shape, ctx=None, dtype=None, **kwargs):
    """An array of ones."""
    # MXNet takes hidden __attr__ keywords (RNN cells' begin_state passes __layout__)
    _refuse_unknown("_ones", kwargs, shape=shape, ctx=ctx, dtype=dtype)     # e.g. stype: no sparse ones
    np.dtype(dtype)                 # MXNet's front end reads the dtype's name before the operator runs
    dt = _dtype_of(dtype, "_ones", _front_end_attrs(shape, dtype, ctx, kwargs))     # (its parser reads it first)
    if kwargs.get("out") is not None:
        return _into_out("_ones", shape, ctx, dt, kwargs)
    return _made(np.ones(_known(shape, "_ones", dtype, ctx, kwargs), dt), _op_ctx(ctx),
                 kwargs.get("out"), "_ones")


def read_double(value):
    """A float handed to a double attribute as MXNet's parser reads its text: np.float32(0.1) as 0.1, and
    3.14159265 an ulp off (see ``double_attr``); other values as given."""
    if isinstance(value, (float, np.floating)):
        from ..io.text_float import double_attr
        return double_attr(value)
    return value


def unread_doubles(given, **values):
    """The double attributes ``values`` as MXNet reads them, from ``given`` (what ``read_attrs`` made of them):
    a Python float it passed on untouched is read from its text here."""
    return [read_double(value) if type(value) is float else given[name] for name, value in values.items()]


def fill_value(val):
    """The number MXNet's ``full`` writes: a zero value fills with zeros (+0, for a -0 too); a float is read
    from its text, as MXNet's attribute parser reads it."""
    val = read_double(val)
    return 0.0 if isinstance(val, float) and val == 0 else val


def filled(shape, val, dt):
    """``shape`` filled with ``val`` as MXNet's full kernels write it: the value read as a double, then C-cast."""
    return cast_double(np.full(shape, np.float64(fill_value(val))), np.dtype(dt))


def full(shape, val, ctx=None, dtype=np.float32, out=None):
    """An array filled with ``val``: a new one of ``shape`` (as ``empty`` makes it), or ``out`` (then ``shape``,
    ``ctx`` and ``dtype`` are not read), written as ``out[:] = val`` writes it."""
    out = empty(shape, ctx, dtype) if out is None else out
    out[:] = val
    return out


def _allocation_ctx(ctx):
    """The context of an array MXNet allocates through its C API (empty, full): a Context, not its text."""
    from ..context import Context
    if ctx is not None and not isinstance(ctx, Context):
        raise no_attribute(ctx, "device_typeid")
    return ctx


def empty(shape, ctx=None, dtype=None, stype=None):
    """An uninitialised array (zeros here, so results never depend on stale memory); sparse for a sparse ``stype``."""
    if _sparse(stype):
        from . import sparse
        return sparse.empty(stype, shape, _op_ctx(ctx), dtype)
    shape, dt = _sized(shape, dtype)
    return _made(np.zeros(shape, dt), _allocation_ctx(ctx))


def range_terms(start, step, dtype):
    """``start`` and ``step`` as MXNet's range kernels take them: cast to the output type first (then
    ``start + i * step`` is computed in it); an integer or float16 output truncates them to integers."""
    dt = np.dtype(dtype)
    if dt.kind != "f" or dt == np.float16:
        start, step = np.trunc(start), np.trunc(step)
    return np.array(start).astype(dt)[()], np.array(step).astype(dt)[()]


def arange(start, stop=None, step=1.0, repeat=1, infer_range=None, ctx=None, dtype=np.float32):
    """Evenly spaced values in [start, stop), each repeated ``repeat`` times (``infer_range`` is ignored, as
    MXNet's front end ignores it)."""
    as_bfloat16 = is_bfloat16_dtype(dtype)
    dt = np.float32 if as_bfloat16 else _numeric(_op_dtype(dtype), "_arange")     # MXNet reads the dtype first
    given = read_attrs("_arange", {"start": start, "stop": stop, "step": step, "repeat": repeat})
    start, step = unread_doubles(given, start=start, step=step)      # (an optional stop is read exactly)
    stop, repeat = given["stop"], given["repeat"]
    if stop is None:
        start, stop = 0, start
    n = _range_size(start, stop, step, repeat)
    if as_bfloat16:     # (MXNet's kernel takes start and step as integers cut to bfloat16, and cuts its values)
        start, step = (from_bfloat16(truncated_to_bfloat16(np.trunc(term)))[()] for term in (start, step))
    start_t, step_t = range_terms(start, step, dt)
    data = (np.arange(n).astype(dt) * step_t + start_t).astype(dt)
    if as_bfloat16:
        data = truncated_to_bfloat16(data)
    if repeat != 1:
        data = np.repeat(data, repeat)
    return _wrap(data, placed(_op_ctx(ctx), gpu_operator("_arange")))


def _range_size(start, stop, step, repeat):
    """How many distinct values arange makes, refused as MXNet's shape inference refuses them."""
    if step == 0:
        raise MXNetError(f"Check failed: param.step != 0 ({step:g} vs. 0) : Range does not support step=0, "
                         f"received {step:g}")
    if repeat <= 0:
        raise MXNetError(f"Check failed: param.repeat > 0: Range only supports repeat > 0, received {repeat}")
    terms = f"({start:g},{stop:g},{step:g})"        # as C++ streams print doubles
    if step > 0 and not start < stop:                # (a nan anywhere fails too)
        raise MXNetError(f"Check failed: param.start < param.stop.value(): Invalid range (start, stop, step) = {terms}")
    if not step > 0 and not start > stop:
        raise MXNetError(f"Check failed: param.start > param.stop.value(): Invalid range (start, stop, step)= {terms}")
    n = math.ceil((stop - start) / step) if math.isfinite((stop - start) / step) else None
    if n is None or n * repeat >= 2 ** 63:
        raise MXNetError("Check failed: dim_size >= -1 (-9223372036854775808 vs. -1) : shape dim size must be "
                         ">= -1, while received -9223372036854775808 (arange would make more values than an int64 "
                         "counts)")
    return n


def linspace(start, stop, num, endpoint=True, ctx=None, dtype=np.float32):
    """``num`` evenly spaced values from start to stop."""
    given = read_attrs("_linspace", dict(start=start, stop=stop, num=num, endpoint=endpoint,
                                         **_sent_type_and_ctx(_op_dtype(dtype), ctx)), True)
    start, stop = unread_doubles(given, start=start, stop=stop)
    num, endpoint = given["num"], given["endpoint"]
    dt = _numeric(_op_dtype(dtype), "_linspace")
    if num < 0:
        raise MXNetError(f"Check failed: param.num >= 0 ({num} vs. 0) : Number of sequence should be non-negative, "
                         f"received {num}")
    return _wrap(cast_double(spaced(start, stop, num, endpoint), dt), placed(_op_ctx(ctx), gpu_operator("_linspace")))


def spaced(start, stop, num, endpoint):
    """MXNet's evenly spaced doubles: start + i * step (the last one is not forced to ``stop``)."""
    step = (stop - start) / (num - 1 if endpoint and num > 1 else max(num, 1))
    return float(start) + step * np.arange(max(num, 0), dtype=np.float64)


def cast_double(data, dt):
    """Doubles cast to ``dt`` as a C++ static_cast (half through float)."""
    with np.errstate(invalid="ignore"):
        return (data.astype(np.float32) if dt == np.float16 else data).astype(dt)


def eye(N, M=0, k=0, ctx=None, dtype=None, **kwargs):
    """A 2-D array with ones on the k-th diagonal (M <= 0 means M = N; float32 unless ``dtype`` is given)."""
    dtype = np.float32 if dtype is None else dtype
    out = kwargs.pop("out", None)
    kwargs.pop("name", None)
    _refuse_unknown("_eye", kwargs, N=N, M=M, k=k, ctx=ctx, dtype=dtype)
    given = read_attrs("_eye", dict(kwargs, N=N, M=M, k=k, **_sent_type_and_ctx(dtype, ctx)), True)
    N, M, k = given["N"], given["M"], given["k"]
    dt = _numeric(dtype, "_eye")
    if N == -1:         # MXNet's unknown size
        raise MXNetError(f"Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value {N}")
    if N < 0:
        raise MXNetError(negative_size_text(N))
    return _made(np.eye(N, M if M > 0 else None, k, dtype=dt), ctx, out, "_eye")


# The dtypes MXNet shares with numpy through DLPack; others it refuses by name (ValueError) or, for uint32
# and uint64 (known to DLPack, not to MXNet), fails to read (MXNetError)
_SHARED_DTYPES = frozenset(np.dtype(t) for t in ("bool", "uint8", "int32", "int64", "float16", "float32", "float64"))


def from_numpy(ndarray, zero_copy=True, array_cls=NDArray):
    """An NDArray (or an ``array_cls`` such as mx.np.ndarray) sharing memory with a numpy array (a copy of class
    NDArray when ``zero_copy`` is False).

    As in MXNet, sharing needs a C-contiguous array and leaves the numpy array read-only (the NDArray owns it).
    """
    if not zero_copy:
        return array(ndarray, dtype=ndarray.dtype)
    if not ndarray.flags["C_CONTIGUOUS"]:
        raise ValueError("Only c-contiguous arrays are supported for zero-copy")
    shared = ndarray.view()               # taken first: it stays writable for the NDArray
    ndarray.flags.writeable = False       # (before the dtype is checked, as in MXNet)
    if ndarray.dtype not in _SHARED_DTYPES:
        if ndarray.dtype in (np.uint32, np.uint64):     # (MXNet prints the type's code and bits as characters)
            raise MXNetError(f"Unknown DLDataType{{\x01, {chr(ndarray.dtype.itemsize * 8)}, 1}}")
        raise ValueError(f"{ndarray.dtype} is not supported.")       # (a byte order other than the machine's shown)
    result = _wrap(shared)
    return result if array_cls is NDArray else result.as_np_ndarray()


# ---- the same, as registry operators without inputs (what mx.sym.zeros & co. build); their attributes in
# the order of MXNet's parameters (ctx before dtype) ----------
@defop("_zeros")
def _zeros_op(*, shape=(), ctx=None, dtype="float32"):
    """Zeros of ``shape``."""
    return np.zeros(_known(shape, "_zeros", dtype, ctx), _as_dtype(dtype))


@defop("_ones")
def _ones_op(*, shape=(), ctx=None, dtype="float32"):
    """Ones of ``shape``."""
    return np.ones(_known(shape, "_ones", dtype, ctx), _as_dtype(dtype))


@defop("_zeros_without_dtype")
def _zeros_without_dtype_op(*, shape=None, ctx=None, dtype=-1):
    """Zeros of ``shape`` in the dtype the graph around them gives: a symbol's type inference fills ``dtype`` in,
    and an NDArray call's out= array (MXNet's front end passes no dtype it could give)."""
    if shape is None:
        given = [] if ctx is None else [f"ctx : {ctx}"]
        raise MXNetError("\n".join(["Operator _zeros_without_dtype inferring shapes failed.", "input shapes:",
                                    "output shapes:", "None", "operator attributes:", *given]) + "\n\n")
    shape = _known(shape, "_zeros_without_dtype", None if _no_dtype(dtype) else dtype, ctx)
    if _no_dtype(dtype):
        raise located(MXNetError("Unknown type enum -1"), ("../include/mshadow/./base.h", 1481))
    return np.zeros(shape, _as_dtype(dtype))


def _no_dtype(dtype):
    return dtype is None or str(dtype) == "-1"


_zeros_without_dtype_op.dtype_from_out = \
    lambda dtype, out_dtype: np.dtype(out_dtype).name if _no_dtype(dtype) else dtype


@defop("_full")
def _full_op(*, shape=(), ctx=None, dtype="float32", value=0.0):
    """``value`` everywhere in ``shape``."""
    return np.full(_known(shape, "_full", dtype, ctx), fill_value(value), _as_dtype(dtype))


@defop("_arange")
def _arange_op(*, start=0.0, stop=None, step=1.0, repeat=1, infer_range=False, ctx=None, dtype="float32"):
    """Evenly spaced values in [start, stop), each repeated ``repeat`` times."""
    return arange(start, stop, step, repeat, dtype=dtype)._data


@defop("_linspace")
def _linspace_op(*, start, stop, num, endpoint=True, dtype="float32", ctx=None):
    """``num`` evenly spaced values from start to stop."""
    return linspace(start, stop, num, endpoint, dtype=dtype)._data


@defop("_eye")
def _eye_op(*, N=1, M=0, k=0, ctx=None, dtype="float32"):
    """Ones on the k-th diagonal of an N x M matrix."""
    return np.eye(N, M or None, k, dtype=_as_dtype(dtype))


# MXNet's creation kernels make bfloat16 values by cutting their float32 ones
ones, full, linspace = (made_as_bfloat16(make, dtype_at) for make, dtype_at in ((ones, 2), (full, 3), (linspace, 5)))
