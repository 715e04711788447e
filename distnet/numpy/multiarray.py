"""``mx.np.ndarray``: the NumPy-compatible array (an NDArray subclass) and its creation functions."""
from ..base import located, message_of, negative_size_text
import array as _array
import contextlib
import math
import types
import warnings
import weakref as _weakref

import numpy as _np

from ..autograd import is_recording
from ..base import MXNetError, class_text as type_text  # noqa: F401  (shared by the mx.np modules)
from ..context import current_context, gpu_operator, placed
from ..ndarray.failures import OUTSTANDING, FailedNDArray, forget_since, register_failed_kind, write_carrying
from ..ndarray.ndarray import _DATA_SLOT, NDArray, _recorded_as_copyto, _wrap, warn_complex_cast, warn_self_copy
from ..ndarray import creation
from ..ndarray.array_kinds import called_by_user, python_name
from ..ndarray.registry import IN_GRAPH_WRITE, OPS, _write_out, inferred_type_name, invoke, out_refusal
from ..ndarray.shape_text import inference_failure, with_given_attrs
from .attribute_text import attribute_value
from .operator_text import in_operator

_DTYPES = frozenset(_np.dtype(t) for t in (_np.float32, _np.float64, _np.float16, _np.uint8, _np.int8,
                                            _np.int32, _np.int64, _np.bool_))
# numpy's own dtype object for each supported type: a buffer made with a byte-order-qualified dtype holds an equal
# but distinct object, and ``x.dtype is onp.dtype('float32')`` holds for MXNet's arrays
_CANONICAL_DTYPES = {d: d for d in _DTYPES}


def _canonical_dtype(raw):
    return _CANONICAL_DTYPES.get(raw, raw)


def _is_np_shape():
    from .. import util
    return util.is_np_shape()


def as_np(res):
    """Turn the NDArray result(s) of a registry op into ``mx.np.ndarray`` (same objects, class changed)."""
    if isinstance(res, NDArray):
        if type(res) is NDArray:
            res.__class__ = ndarray
        elif type(res) is FailedNDArray:
            res.__class__ = _FailedArray
        return res
    if isinstance(res, (list, tuple)):
        for r in res:
            as_np(r)
    return res


class _Internal:
    """``with INTERNAL:`` marks steps a function takes for itself, which may pass 0-d arrays between ops."""

    depth = 0

    def __enter__(self):
        _Internal.depth += 1

    def __exit__(self, *exc):
        _Internal.depth -= 1


INTERNAL = _Internal()


def refuse_legacy_scalars(name, arrays, attrs=(), outputs=1):
    """Without NumPy shape semantics MXNet's operators take no 0-d or zero-size array (shape () and a 0 in a
    shape mean unknown); nor do they ever take a legacy NDArray."""
    refuse_legacy_arrays(name, arrays)
    refuse_unknown_shapes(name, arrays, attrs, outputs)


def _refuse_unknown_copy(a, target=None):
    """MXNet copies into ``target`` or a new array of the source's shape, which () or a zero size leaves unknown
    without NumPy shapes."""
    known = target.shape if isinstance(target, NDArray) else ()
    if not a.ndim and not known and not _is_np_shape():
        raise MXNetError("Operator _copyto inferring shapes failed.\ninput shapes:\nNone\noutput shapes:\nNone\n"
                         "operator attributes:\n\n")
    if not known or 0 in known:
        refuse_unknown_shapes("_copyto", (a,), outputs=a.shape or 1)


def refuse_unknown_shapes(name, arrays, attrs=(), outputs=1):
    """MXNet's shape inference failing, without NumPy shape semantics, on a 0-d or zero-size array; ``name`` is the
    operator's name, or a function giving it and its attributes' (key, text) pairs (called only on failure);
    ``attrs`` a dict: the attributes as the call gave them, listed in the order MXNet's attribute map holds them;
    ``outputs``: how many the operator has, the one output shape it infers, or a list of the shapes it infers."""
    if not _Internal.depth and not _is_np_shape():
        for a in arrays:
            if isinstance(a, NDArray) and (a.ndim == 0 or 0 in a.shape):
                if callable(name):
                    name, attrs = name()
                shapes = [x.shape or None for x in arrays if isinstance(x, NDArray)]
                outs = [outputs] if isinstance(outputs, tuple) else outputs if isinstance(outputs, list) else \
                    [None] * outputs
                if isinstance(attrs, dict):
                    raise with_given_attrs(inference_failure(name, shapes, outs), attrs)
                raise inference_failure(name, shapes, outs, attrs)


def refuse_unknown_sizes(arrays):
    """Without NumPy shape semantics a 0-d array has an unknown rank and an empty one unknown sizes: MXNet's
    check of a shape it has to know (to flatten or sort an array) fails."""
    if not _Internal.depth and not _is_np_shape():
        for a in arrays:
            if isinstance(a, NDArray) and a.ndim == 0:
                raise MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown.")
            if isinstance(a, NDArray) and 0 in a.shape:
                raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")


def legacy_refusal(name):
    """MXNet's TypeError when numpy operator ``name`` (its backend name, '_npi_stack') is given anything but mx.np
    arrays as inputs or outputs: its words speak of a legacy array whatever it got."""
    return TypeError(f"Operator `{name}` registered in backend is known as `{python_name(name)}` in Python. This is a "
                     "numpy operator which can only accept MXNet numpy ndarrays, while received a legacy ndarray. "
                     "Please ensure that you have activated numpy semantics by calling `npx.set_np()` in your code. If "
                     "you still see this error with numpy semantics activated, please call `as_np_ndarray()` upon the "
                     "legacy ndarray to convert it to an MXNet numpy ndarray, and then feed the converted array to this "
                     "operator.")


def refuse_legacy_arrays(name, values):
    """MXNet's TypeError for a legacy ``mx.nd.NDArray`` (or a list holding one) given to numpy operator ``name``."""
    for v in values:
        items = v if type(v) is list or type(v) is tuple else (v,)
        for item in items:
            if isinstance(item, NDArray) and not isinstance(item, ndarray):
                raise legacy_refusal(name)


def refuse_non_array_out(name, out):
    """MXNet's TypeError for an ``out=`` that is neither None, an mx.np array nor a sequence of them (a NumPy or
    legacy array too: MXNet's numpy operators write their own arrays only)."""
    if isinstance(out, (list, tuple)):
        out_targets(name, out)
    elif out is not None and not isinstance(out, ndarray):
        raise legacy_refusal(name)


def not_an_array(name, value, op="", given=0, expected=1):
    """MXNet's error for a non-array given as array argument ``name``: an AssertionError naming it, but for None,
    which its C API takes as a missing input of operator ``op`` (``given`` of its ``expected`` inputs)."""
    if value is None:
        return MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {expected}) : Operator "
                          f"{op or name} expects {expected} inputs, but got {given} instead.")
    return AssertionError(f"Argument {name} must have NDArray type, but got {value!s}")


def c_order_only(order):
    """MXNet's creation functions make C-ordered arrays only (and say no more than that they cannot)."""
    if order != "C":
        raise NotImplementedError


def output_count_refusal(given, outputs=1):
    """MXNet's C API refusing an out= sequence of ``given`` arrays for an operator of ``outputs`` outputs."""
    return located(MXNetError(f"Check failed: *num_outputs == infered_num_outputs || *num_outputs == "
                              f"num_visible_outputs: Operator expects {outputs} (all) or {outputs} (visible only) "
                              f"outputs, but got {given} instead."), ("../src/c_api/c_api_ndarray.cc", 74))


def out_targets(name, out):
    """The arrays of an ``out=`` sequence (the one array of a one-item sequence), checked as MXNet's front end
    reads them: None has no handle, other non-arrays are refused by operator ``name``."""
    for item in out:
        if item is None:
            raise AttributeError("'NoneType' object has no attribute 'handle'")
        if not isinstance(item, ndarray):
            raise legacy_refusal(name)
    return out[0] if len(out) == 1 else list(out)


def type_inconsistent(provided, inferred):
    """MXNet's type inference refusing dtype ``provided`` where it inferred ``inferred`` (its type names have
    none for bool)."""
    provided, inferred = (inferred_type_name(t) for t in (provided, inferred))
    return MXNetError(f"Type inconsistent, Provided = {provided}, inferred type = {inferred}")


KERNEL_MAX_DIMS = 5       # MXNet's kernels dispatch on the number of dimensions up to 5 (broadcast::MAX_DIM too)
TRANSPOSE_MAX_DIMS = 6


def too_many_dims(ndim):
    """MXNet's words when a kernel's switch over the number of dimensions meets ``ndim`` > KERNEL_MAX_DIMS."""
    return f"ndim={ndim}too large "


def transpose_dims_check(ndim):
    """MXNet's transpose check, at most TRANSPOSE_MAX_DIMS dimensions."""
    return f"Check failed: shp.ndim() <= 6 ({ndim} vs. 6) : Transpose support at most 6 dimensions"


def fails_when_read(result, message, kind=MXNetError, op=None, site=None):
    """``result`` (an mx.np array) made to raise MXNet's kernel error ``message`` (a ``kind``) when it is read;
    ``op``: the operator whose kernel fails, where its check's source line depends on it; ``site``: that line,
    where the types decide it."""
    from ..ndarray.failures import KernelError, deliver
    error = KernelError(message, result._data, kind=kind)
    error.op_name, error.raised_at = op, site
    return deliver(error, result, None)


def _no_recording(refused):
    """A scope recording nothing when ``refused``: MXNet refuses a write into the graph before it numbers the op."""
    from .. import autograd
    return autograd._scope(False, None) if refused else contextlib.nullcontext()


def invoke_np(op, args, attrs=None, out=None):
    """Run registry operator ``op`` (an Op or its name) and return its result(s) as ``mx.np.ndarray``;
    ``out`` must have the result's dtype, as in MXNet."""
    if isinstance(op, str):
        op = OPS[op]
    if op.name != "_npi_getitem":
        given = {k: v for k, v in (attrs or {}).items()      # (not a function or array it runs internally)
                 if not callable(v) and not isinstance(v, (NDArray, _np.ndarray)) and not k.startswith("_")}
        refuse_legacy_scalars(op.name, args, given)
    given = out
    if isinstance(out, (tuple, list)):      # MXNet's front end takes a sequence of outputs too, and returns it
        out = out_targets(op.name, out)
    refusal = None if out is None else out_refusal(out, args)     # (before recording enters the inputs)
    if isinstance(out, list):
        refuse_legacy_arrays(op.name, out)
        with _np.errstate(all="ignore"):
            res = as_np(invoke(op, tuple(args), attrs or {}))
        if not isinstance(res, (list, tuple)) or len(res) != len(out):
            raise output_count_refusal(len(out), len(res) if isinstance(res, (list, tuple)) else 1)
        _write_out(op, out, list(res), True, refusal)
        return given
    if out is not None:
        refuse_legacy_arrays(op.name, (out,))
        refuse_non_array_out(op.name, out)
    mark = len(OUTSTANDING)
    with _np.errstate(all="ignore"), _no_recording(refusal is IN_GRAPH_WRITE):  # (MXNet's kernels give nan/inf
        res = as_np(invoke(op, tuple(args), attrs or {}))                           # silently)
    if out is None:
        return res
    try:
        if isinstance(res, NDArray) and isinstance(out, NDArray) and res.dtype != out.dtype and \
                res.shape == out.shape:     # (a shape is inferred, and refused, before a type)
            raise type_inconsistent(out.dtype, res.dtype)
        outs, multi = (list(res), True) if isinstance(res, (list, tuple)) else ([res], False)
        written = out if not multi and write_carrying(out, res, lambda: _write_out(op, out, outs, False, refusal)) \
            else _write_out(op, out, outs, multi, refusal)      # (a failed kernel: out= fails when read too)
    except MXNetError:
        forget_since(mark)      # (MXNet refuses the out= at the call: its kernel never ran to fail)
        raise
    return given if given is not out else written


def wrap_np(data, ctx=None):
    """An ``mx.np.ndarray`` around numpy ``data`` (no copy)."""
    r = _wrap(data, ctx or current_context())
    r.__class__ = ndarray
    return r


def _view(arr, cls):
    """A zero-copy view of ``arr`` as class ``cls``, still connected to ``arr``'s autograd graph."""
    v = _wrap(arr._data, arr._ctx)
    v._node = arr._node
    if cls is not NDArray:
        v.__class__ = cls
    if not arr.writable:
        v.writable = arr.writable       # MXNet's view takes its array's flag
    return v


def native_dtype(dtype, default=_np.float32):
    """``dtype`` (``default`` for None) as a numpy dtype in this machine's byte order: MXNet reads a type by its
    kind and size ('>f4' is float32)."""
    return _np.dtype(default if dtype is None else dtype).newbyteorder("=")


def _dtype(dtype, default=_np.float32, table=False):
    """``dtype`` as a numpy dtype MXNet supports: else MXNetError (an operator's "unknown type"), or KeyError
    when ``table`` (MXNet's Python type table, which ``np.array`` reads)."""
    dt = native_dtype(dtype, default)
    if dt not in _DTYPES:
        if table:
            raise KeyError(dt.type)
        raise MXNetError(f"unknown type {dt.name}")
    return dt


def _operator_dtype(dtype, qualified, fn, args, kwargs):
    """``dtype`` (float32 for None) as an operator's dtype attribute reads it: a type MXNet lacks is refused with
    its parser's words, naming the operator ``qualified``'s call."""
    from .operator_text import in_operator
    dt = native_dtype(dtype)
    if dt not in _DTYPES:
        names = sorted(d.name for d in _DTYPES) + ["bfloat16"]
        raise MXNetError(f"Invalid Input: '{dt.name}', valid values are: {{{', '.join(map(repr, sorted(names)))}}}"
                         f"{in_operator(qualified, fn, args, kwargs)}")
    return dt


def ffi_object_refusal(value):
    """MXNet's C API refusing ``value`` where it takes a tuple (an object handle), in its words: an array handle
    has no type code there, numbers and text have theirs."""
    if isinstance(value, NDArray):
        return MXNetError("unknown type_code=14")
    code = {float: " (2 vs. 8) ", str: " (11 vs. 8) "}.get(type(value), "")    # (the C API's type codes)
    return MXNetError(f"Check failed: type_code_ == kObjectHandle{code}: expected ObjectCell but get "
                      f"{type(value).__name__}")


def _integer_shape(shape):
    """Whether ``shape`` is an integer or a tuple or list of integers."""
    return isinstance(shape, (int, _np.integer)) or \
        isinstance(shape, (tuple, list)) and all(isinstance(s, (int, _np.integer)) for s in shape)


def _shape_of(shape, op=None, tail=None, attrs=()):
    """``shape`` as a tuple; with ``op`` (MXNet's operator name) anything but integers is MXNet's MXNetError (bools
    too, which only zeros' C API converts to integers), naming the operator's call with ``tail`` when given; a shape
    MXNet cannot infer fails its inference, listing ``attrs`` ((name, text) pairs). An array's text is parsed as the
    shape ('[2]', '3', '[]')."""
    tail = tail or f", in operator {op}"
    if op not in (None, "_npi_zeros") and isinstance(shape, NDArray):
        shape = attribute_value(str(shape.asnumpy()), "shape")
    elif op not in (None, "_npi_zeros") and isinstance(shape, str):     # (its parser reads the text)
        shape = attribute_value(shape, "shape")
    bools = isinstance(shape, bool) or isinstance(shape, (tuple, list)) and any(isinstance(s, bool) for s in shape)
    if op not in (None, "_npi_zeros") and bools:
        raise MXNetError(f"Invalid Parameter format for shape expect Shape(tuple) but value='{shape!s}'{tail}")
    if op is not None and not _integer_shape(shape):
        if op == "_npi_zeros":      # zeros goes through MXNet's C API, which converts the shape itself
            if isinstance(shape, (tuple, list)):
                leaf = shape
                while isinstance(leaf, (tuple, list)):
                    leaf = next((v for v in leaf if not isinstance(v, (int, _np.integer))), leaf[0])
                raise ValueError(f"don't know how to convert type {type(leaf)} to node")
            raise ffi_object_refusal(shape)
        raise MXNetError(f"Invalid Parameter format for shape expect Shape(tuple) but value='{shape!s}'{tail}")
    shape = (int(shape),) if isinstance(shape, (int, _np.integer)) else tuple(int(s) for s in shape)
    if any(s < -1 for s in shape):
        low = min(shape)
        raise MXNetError(negative_size_text(low))
    # MXNet's unknown size (-1), or without NumPy semantics an unknown shape or size (empty allocates any shape)
    if -1 in shape or op is not None and not _is_np_shape() and (not shape or 0 in shape):
        raise inference_failure(op, [], [shape or None], attrs)
    return shape


class ndarray(NDArray):  # noqa: N801  (NumPy's name)
    """An n-dimensional array with NumPy's semantics, on a context."""

    __slots__ = ()

    def __init__(self, handle, writable=True):  # noqa: ARG002
        """MXNet's constructor takes a backend array handle only (arrays come from mx.np functions): anything
        else fails its assertion."""
        raise AssertionError

    __init__.__qualname__ = "NDArrayBase.__init__"      # (the class whose constructor Python names when misused)

    # ---- attributes and conversion --------------------------------------------------
    dtype = property(lambda self: _canonical_dtype(self._data.dtype), doc="The element type, a numpy dtype.")

    @property
    def T(self):
        """The array with its axes reversed."""
        return self.transpose()

    def _shown(self):
        """The data to print or list: an empty array's is not waited for (MXNet copies nothing out of it, so a
        failure of the operator that made it stays pending)."""
        return self.asnumpy() if self.size == 0 else self._data

    def __repr__(self):
        text = repr(self._shown())
        dt = self._data.dtype if self.size else _np.dtype(self.dtype)
        if dt == _np.float32:
            text = text.replace(", dtype=float32", "").replace(",\n      dtype=float32", "")
        elif "dtype=" not in text and dt != _np.bool_:
            text = text[:-1] + f", dtype={dt.name})"
        if self._ctx.device_type != "cpu":
            text = text[:-1] + f", ctx={self._ctx})"
        return text

    def __str__(self):
        text = str(self._shown())
        if self._ctx.device_type == "cpu" or not self.ndim:
            return text
        return f"{text.strip()} @{self._ctx}"        # MXNet names a non-plain-cpu context after the values

    @property
    def context(self):
        """Deprecated spelling of ``ctx`` (distnet itself reads ``ctx``)."""
        warnings.warn("ndarray.context has been renamed to ndarray.ctx", DeprecationWarning)
        return self.ctx

    def as_in_ctx(self, ctx):
        """This array if it is on ``ctx``, else a copy there (MXNet's legacy NDArray lacks this name)."""
        if self._ctx == ctx:
            return self
        self._refuse_copy_into(ctx)
        return self.copyto(ctx)

    def _refuse_copy_into(self, target):
        _refuse_legacy_target(target, by_user=False)

    def as_in_context(self, context):
        """Deprecated spelling of ``as_in_ctx``: a new np array object (sharing memory when on ``context``)."""
        warnings.warn("ndarray.as_in_context has been renamed to ndarray.as_in_ctx", DeprecationWarning)
        return _view(self.as_nd_ndarray().as_in_context(context), ndarray)

    def item(self, *args):
        """The element at ``args`` (the only element when none) as a Python scalar."""
        return self._data.item(*args)

    def tolist(self):
        """The data as nested Python lists."""
        return self._shown().tolist()

    def as_nd_ndarray(self):
        """A legacy ``mx.nd.NDArray`` sharing this array's memory (and autograd history)."""
        return _view(self, NDArray)

    def as_np_ndarray(self):
        """This array."""
        return self

    def astype(self, dtype, order="K", casting="unsafe", subok=True, copy=True):
        """A copy converted to ``dtype`` (this array when ``copy`` is False and nothing changes); MXNet casts
        unsafely only."""
        if order not in ("K", "C", None):
            raise ValueError("order must be either 'K' or 'C'")
        if casting != "unsafe":
            raise ValueError("casting must be equal to 'unsafe'")
        if not subok:
            raise ValueError("subok must be equal to True")
        dt = _dtype(dtype, table=True)
        raw = _DATA_SLOT.__get__(self)      # (reading it raises a kernel error the cast carries on instead)
        if not copy and raw.dtype == _np.dtype(dtype):     # numpy's reading, as MXNet's: None is float64
            return self
        if not raw.ndim or not raw.size:    # MXNet copies into a new array with _copyto, which legacy shapes refuse
            refuse_unknown_shapes("_copyto", (self,), outputs=raw.shape or 1)       # for a 0-d or empty one
        res = invoke_np("Cast", (self,), {"dtype": dt.name})
        res._ctx = self._ctx        # MXNet copies into a new array on this array's own context (cpu_pinned too)
        return _recorded_as_copyto(res)

    def copy(self, order="C"):
        """A copy on the same context."""
        if order != "C":
            raise NotImplementedError(f"ndarray.copy only supports order='C', while received {order}")
        return self.copyto(self._ctx)

    def copyto(self, other):
        """Copy into array ``other`` or to a new array on context ``other``."""
        _refuse_legacy_target(other)
        if other is self:       # (warned from here, as MXNet warns from its mx.np copyto)
            warn_self_copy()
            return False
        if not _Internal.depth:
            _refuse_unknown_copy(self, other)
        return as_np(NDArray.copyto(self, other)) if not isinstance(other, NDArray) else NDArray.copyto(self, other)

    def detach(self):
        """The same data, cut from the recorded graph."""
        return wrap_np(self._data, self._ctx)

    @property
    def grad(self):
        """The gradient buffer attached by ``attach_grad`` (a new array over it on each read), or None."""
        grad = self._grad_buffer()      # (a legacy one too, attached through a legacy view, is read as mx.np's)
        return wrap_np(grad._data, grad._ctx) if type(grad) is ndarray or type(grad) is NDArray else grad

    def attach_grad(self, grad_req="write"):
        """Allocate a zero gradient buffer (an ``mx.np.ndarray``) and mark this array as a variable."""
        if not self._data.ndim or not self._data.size:      # MXNet makes it with zeros_like: legacy shapes refuse
            refuse_unknown_shapes("_npi_full_like", (self,), [("ctx", self.ctx), ("fill_value", 0)],
                                  outputs=self.shape or 1)
        NDArray.attach_grad(self, grad_req)
        grad = self._grad_buffer()
        if grad is not None and type(grad) is NDArray:
            grad.__class__ = ndarray

    def __len__(self):
        if not self._data.ndim:
            raise TypeError("len() of unsized object")
        return self._data.shape[0]

    def __bool__(self):
        size = self.size        # known without the data: only a one-element array is read
        if size == 1:
            return bool(self._data.reshape(-1)[0])
        if size == 0:
            if not called_by_user(1):
                return False
            # MXNet resets the warning filters to 'default' here (so the warning always shows) before warning
            warnings.simplefilter("default")
            warnings.warn("The truth value of an empty array is ambiguous. Returning False, but in future this will "
                          "result in an error.", DeprecationWarning)      # (MXNet's words, from its own line)
            return False
        raise ValueError("The truth value of an ndarray with multiple elements is ambiguous.")

    def __float__(self):
        if self._data.size != 1:
            raise TypeError("only size-1 arrays can be converted to Python scalars")
        return float(self.item())

    def __int__(self):
        if self._data.size != 1:
            raise TypeError("only size-1 arrays can be converted to Python scalars")
        return int(self.item())

    def __format__(self, format_spec):
        """``format(x, spec)``: a 0-d array formats its Python value (any spec); others only an empty spec."""
        if not self._data.ndim:
            return format(self.item(), format_spec)
        if not format_spec:
            return str(self)
        raise TypeError("Cannot format mxnet.numpy.ndarray with format_spec")

    def __floor__(self):
        return self._rounded("floor")

    def __ceil__(self):
        return self._rounded("ceil")

    def __trunc__(self):
        return self._rounded("trunc")

    def _rounded(self, name):
        """``math.floor/ceil/trunc(x)``: MXNet answers with the elementwise array, not a Python int."""
        from .. import numpy as mnp
        return getattr(mnp, name)(self)

    __hash__ = object.__hash__


def _refuse_legacy_target(other, by_user=True):
    """A copy of an mx.np array into a legacy NDArray is refused (``by_user``: a user's copy only, called from a
    copyto method; distnet's own code copies into them)."""
    if isinstance(other, NDArray) and not isinstance(other, ndarray) and (not by_user or called_by_user(2)):
        raise TypeError(f"copyto does not support type {type_text(other)}")


ndarray.__module__ = "distnet.numpy"


class _FailedArray(FailedNDArray, ndarray):
    """An ``mx.np`` result whose kernel failed: shape and dtype known, reading it raises the kernel's error."""

    __slots__ = ()
    _plain_class = ndarray
    dtype = property(lambda self: _canonical_dtype(_DATA_SLOT.__get__(self).dtype), doc="The element type, a numpy dtype.")

    def copyto(self, other):
        """The target's type is checked before the copy waits for the failed kernel."""
        _refuse_legacy_target(other)
        return FailedNDArray.copyto(self, other)


register_failed_kind(_FailedArray)


def _hidden(name):
    def refuse(self):
        raise AttributeError(f"'ndarray' object has no attribute '{name}'")
    return property(refuse)


# MXNet's refusal of a few legacy methods names another method (its own slips, kept for fidelity).
_REFUSAL_NAME = {"broadcast_axes": "broadcast_like", "cbrt": "cqrt", "rcbrt": "rcqrt"}


def as_method(func, name=None):
    """``func(a, ...)`` as the ndarray method ``name``: the same code, called ``ndarray.<name>`` in Python's
    argument errors, as MXNet's methods are."""
    name = name or func.__name__
    code = func.__code__
    if code.co_argcount and "self" not in code.co_varnames:     # (its array shows as ``self``, as MXNet's methods)
        code = code.replace(co_varnames=("self",) + code.co_varnames[1:])
    method = types.FunctionType(code, func.__globals__, name, func.__defaults__, func.__closure__)
    method.__kwdefaults__, method.__doc__ = func.__kwdefaults__, func.__doc__
    method.__qualname__ = f"ndarray.{name}"
    return method


def _legacy_only(name):
    """A method that exists (so ``hasattr`` is True, as in MXNet) but raises AttributeError when called."""
    message = f"mxnet.numpy.ndarray object has no attribute {_REFUSAL_NAME.get(name, name)}"

    def refuse(self, *args, **kwargs):
        raise AttributeError(message)

    def refuse_asscalar(self):
        raise AttributeError(message)

    def refuse_broadcast_like(self, other):
        raise AttributeError(message)

    def refuse_tostype(self, stype):
        raise AttributeError(message)

    def refuse_diag(self, k=0, **kwargs):
        raise AttributeError(message)

    method = {"asscalar": refuse_asscalar, "broadcast_like": refuse_broadcast_like, "tostype": refuse_tostype,
              "diag": refuse_diag}.get(name, refuse)
    method.__name__, method.__qualname__ = name, f"ndarray.{name}"
    method.__doc__ = f"The legacy NDArray method ``{name}``, which an mx.np array refuses (AttributeError)."
    return method


# Legacy NDArray methods that exist on mx.np.ndarray but raise AttributeError in MXNet when used.
_LEGACY_ONLY = (
    "abs", "arccos", "arccosh", "arcsin", "arcsinh", "arctan", "arctanh", "argmax_channel", "asscalar",
    "broadcast_axes", "cbrt", "ceil", "cos", "cosh", "degrees", "depth_to_space", "diag", "exp", "expand_dims",
    "expm1", "fix", "flip", "floor", "log", "log10", "log1p", "log2", "log_softmax", "nanprod", "nansum",
    "norm", "one_hot", "ones_like", "pad", "pick", "radians", "rcbrt", "reciprocal", "relu", "reshape_like",
    "rint", "rsqrt", "shape_array", "sigmoid", "sign", "sin", "sinh", "size_array", "slice", "slice_axis",
    "slice_like", "softmax", "softmin", "space_to_depth", "split", "split_v2", "sqrt", "square", "tan", "tanh",
    "tile", "topk", "trunc", "zeros_like", "broadcast_like", "tostype")
# Every public name of MXNet 1.9.1's mx.np.ndarray; other NDArray methods are hidden from it.
_NP_NAMES = frozenset(_LEGACY_ONLY + (
    "T", "all", "any", "argmax", "argmin", "argsort", "as_in_context", "as_in_ctx", "as_nd_ndarray",
    "as_np_ndarray", "asnumpy", "astype", "attach_grad", "backward", "broadcast_to", "clip", "context", "copy",
    "copyto", "ctx", "cumsum", "detach", "dot", "dtype", "flatten", "grad", "handle", "item", "max", "mean", "min",
    "ndim", "nonzero", "prod", "repeat", "reshape", "reshape_view", "round", "shape", "size", "slice_assign",
    "slice_assign_scalar", "sort", "squeeze", "std", "stype", "sum", "swapaxes", "take", "to_dlpack_for_read",
    "to_dlpack_for_write", "tolist", "tostype", "transpose", "var", "wait_to_read", "writable"))


def hide_legacy_methods():
    """Make the legacy NDArray methods MXNet's mx.np.ndarray lacks (or refuses) raise AttributeError."""
    for name in _LEGACY_ONLY:
        setattr(ndarray, name, _legacy_only(name))
    for name in dir(NDArray):
        if not name.startswith("_") and name not in _NP_NAMES and name not in ndarray.__dict__:
            setattr(ndarray, name, _hidden(name))
            _HIDDEN.add(name)


_HIDDEN = set()


def _np_dir(self):
    """The attribute names, without the legacy NDArray methods MXNet's mx.np.ndarray does not have."""
    return [n for n in object.__dir__(self) if n not in _HIDDEN]


ndarray.__dir__ = _np_dir

# Attributes a user sets on an array (MXNet's mx.np.ndarray keeps them in its __dict__; this one has slots, so
# that the class of an NDArray can be switched to it), by id(array), dropped when the array goes.
_USER_ATTRS = {}


def _np_setattr(self, name, value):
    """Set ``name``; a name the class does not define is kept as the array's own attribute, as in MXNet."""
    try:
        object.__setattr__(self, name, value)
    except AttributeError:
        if name not in _HIDDEN and hasattr(type(self), name):
            raise
        _own_attrs(self)[name] = value


def _own_attrs(arr):
    """The dict of attributes the user set on ``arr`` (made on first use)."""
    attrs = _USER_ATTRS.get(id(arr))
    if attrs is None:
        attrs = _USER_ATTRS[id(arr)] = {}
        _weakref.finalize(arr, _USER_ATTRS.pop, id(arr), None)
    return attrs


def _np_getattr(self, name):
    """An attribute the user set on this array (``__dict__`` holds them all), else Python's AttributeError."""
    if name == "__dict__":
        return _own_attrs(self)
    attrs = _USER_ATTRS.get(id(self))
    if attrs is not None and name in attrs:
        return attrs[name]
    raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


def _np_delattr(self, name):
    """Delete ``name``, the array's own attribute included."""
    attrs = _USER_ATTRS.get(id(self))
    if attrs is not None and name in attrs:
        del attrs[name]
    else:
        object.__delattr__(self, name)


ndarray.__setattr__, ndarray.__getattr__, ndarray.__delattr__ = _np_setattr, _np_getattr, _np_delattr



def _as_np_ndarray(self):
    """An ``mx.np.ndarray`` sharing this array's memory (and autograd history)."""
    if self.stype != "default":
        # (MXNet's message names the type of the storage type's name)
        raise ValueError(f"cannot convert ndarray of stype {type(self.stype)} to numpy ndarray")
    return _view(self, ndarray)


# (named as MXNet's method, which a wrong call's TypeError prints)
_as_np_ndarray.__name__, _as_np_ndarray.__qualname__ = "as_np_ndarray", "NDArray.as_np_ndarray"
NDArray.as_np_ndarray = _as_np_ndarray


# ---- creation ---------------------------------------------------------------------------------
def _source_dtype(obj):
    """The dtype MXNet gives ``np.array(obj)``: a numpy or mx array keeps its own, Python data is float32."""
    if isinstance(obj, (NDArray, _np.ndarray)):
        return obj.dtype
    if isinstance(obj, _np.generic):
        return obj.dtype
    return _np.float32


def array(object, dtype=None, ctx=None):  # noqa: A002  (NumPy's name)
    """An ``mx.np.ndarray`` copied from ``object`` (float32 unless the source has a dtype or one is given)."""
    if isinstance(object, NDArray) and not isinstance(object, ndarray):
        raise ValueError("If you're trying to create a mxnet.numpy.ndarray from mx.nd.NDArray, "
                         "please use the zero-copy as_np_ndarray function.")
    if _holds_arrays(object, legacy_only=_is_np_shape()):
        # numpy reads each item by indexing, which without NumPy shape semantics never reaches a scalar; with them
        # a legacy array's 0-d items have no float() or int(): numpy reads them as bools only
        if not _is_np_shape():
            raise TypeError("setting an array element with a sequence. The requested array would exceed the "
                            "maximum number of dimension of 32.")
        if dtype is None or _np.dtype(dtype) != _np.bool_:
            raise TypeError("setting an array element with a sequence.")
        from ..ndarray.creation import sequence_items
        object = sequence_items(object, _np.dtype(_np.bool_))    # noqa: A001
    if isinstance(object, (list, tuple)) and any(isinstance(x, NDArray) for x in object):
        object = [x.asnumpy() if isinstance(x, NDArray) else x for x in object]   # noqa: A001
    src = object._data if isinstance(object, NDArray) else object
    if dtype is not None and native_dtype(dtype) not in _DTYPES and not isinstance(src, _np.ndarray):
        try:        # MXNet has NumPy read the source in that type before it looks the type up
            creation.quiet_array(src, native_dtype(dtype))
        except (ValueError, OverflowError) as e:
            raise TypeError(message_of(e)) from None
    dt = _dtype(dtype if dtype is not None else _source_dtype(object), table=True)
    if isinstance(object, NDArray):
        _refuse_unknown_copy(object)
    if isinstance(object, ndarray) and is_recording():      # MXNet assigns the array into a new one: recorded
        res = empty(object.shape, dt, ctx=ctx)
        res[()] = object
        return res
    if isinstance(src, _np.ndarray) and src.dtype.kind == "c":
        warn_complex_cast("copy")
    try:
        data = creation.quiet_array(src, dt)
    except (ValueError, OverflowError) as e:      # ragged nesting, text or out-of-range items, as MXNet
        if isinstance(src, _np.ndarray):        # MXNet copies a NumPy array into its new one: NumPy's own error
            raise
        raise TypeError(message_of(e)) from None
    return wrap_np(data, placed(ctx))       # MXNet copies zero-size data even without NumPy shape semantics


def _holds_arrays(source, legacy_only):
    """Whether a list or tuple ``source`` holds (at any depth) an array (only a legacy one with ``legacy_only``)
    of one or more dimensions."""
    if not isinstance(source, (list, tuple)):
        return False
    for x in source:
        if isinstance(x, NDArray) and x.ndim and not (legacy_only and isinstance(x, ndarray)):
            return True
        if _holds_arrays(x, legacy_only):
            return True
    return False


def empty(shape, dtype=_np.float32, order="C", ctx=None):
    """An uninitialised array (filled with zeros, so results never depend on stale memory)."""
    if order != "C":
        raise NotImplementedError(f"`empty` only supports order equal to `C`, while received {order}")
    return wrap_np(_np.zeros(_allocated_shape(shape), _dtype(dtype, table=True)), placed(ctx))


def _allocated_shape(shape):
    """The shape MXNet's allocator takes: an int, or a sequence read as C unsigned ints (with Python's errors),
    of fewer than 2**31 - 1 elements."""
    if isinstance(shape, NDArray) and not shape.ndim:
        len(shape)      # (MXNet sizes the sequence first: a 0-d array has no length, a TypeError)
    shape = tuple(_array.array("I", (shape,) if isinstance(shape, int) else shape))
    refuse_large_size(shape, "requested_shape.Size()", "CreateNDArray")
    return shape


def refuse_large_size(shape, check, site):
    """MXNet's ``check`` (at ``site``) refusing a tensor of ``shape`` of 2**31 - 1 elements or more (its 32-bit
    tensor sizes)."""
    size = math.prod(shape)
    if size >= 2**31 - 1:
        raise MXNetError(f"Check failed: {check} < (int64_t{{1}} << 31) - 1 ({size} vs. 2147483647) : [{site}] Size of "
                         "tensor you are trying to allocate is larger than 2^31 elements. Please build with flag "
                         "USE_INT64_TENSOR_SIZE=1")


def zeros(shape, dtype=None, order="C", ctx=None):
    """An array of zeros (float32 by default); a dtype string must be one of MXNet's type names ('float32', ...),
    as MXNet hands it to its backend unconverted."""
    c_order_only(order)
    if not isinstance(dtype, str):      # (a string goes to MXNet's backend, which checks it below)
        _np.dtype(dtype)                # NumPy's TypeError for what is no dtype, before the shape is read
    if not _integer_shape(shape):
        _shape_of(shape, "_npi_zeros")      # (its C API converts the shape before it reads a type's name)
    if isinstance(dtype, str) and dtype not in {d.name for d in _DTYPES}:
        raise located(MXNetError(f"unknown type {dtype}"),       # zeros' C API reads the name itself
                      ("../include/mxnet/runtime/packed_func.h", 885))
    shape = _shape_of(shape, "_npi_zeros", attrs=[("ctx", ctx or current_context())])
    return wrap_np(_np.zeros(shape, _dtype(dtype)), placed(ctx, gpu_operator("_npi_zeros")))


def ones(shape, dtype=_np.float32, order="C", ctx=None):
    """An array of ones (float32 by default)."""
    c_order_only(order)
    call = ((shape,), {"dtype": dtype, "ctx": ctx})
    dt = _operator_dtype(dtype, "ones", ones, *call)
    data = _np.ones(_shape_of(shape, "_npi_ones", in_operator("ones", ones, *call),
                              [("dtype", _np.dtype(dt).name), ("ctx", ctx or current_context()), ("shape", shape)]), dt)
    return wrap_np(data, placed(ctx, gpu_operator("_npi_ones")))


def check_broadcastable(ishape, shape, given=None):
    """MXNet's checks of its broadcast_to from ``ishape`` to ``shape``, in its order and words: no more axes than the
    target, each trailing-aligned size equal or 1, and a target of known sizes (no -1). ``given``: the target as
    the caller wrote it, when that differs (see with_copied_sizes)."""
    def text(dims):
        return "[" + ",".join(map(str, dims)) + "]"
    given = shape if given is None else given
    if len(ishape) > len(shape):
        raise MXNetError(f"Check failed: ishape.ndim() <= param.shape.ndim() ({len(ishape)} vs. {len(shape)}) : "
                         f"shape {text(ishape)} is not broadcastable to {text(given)}")
    for i in range(len(shape) - 1, len(shape) - len(ishape) - 1, -1):
        have, want = ishape[i - len(shape) + len(ishape)], shape[i]
        if have != want and have != 1:      # (shown with the copied sizes of the axes checked before, from the last)
            shown = tuple(given[:i + 1]) + tuple(shape[i + 1:])
            raise MXNetError(f"Check failed: ishape[j] == pshape[i] || ishape[j] == 1: shape {text(ishape)} is not "
                             f"broadcastable to {text(shown)}")
    if -1 in shape:
        raise MXNetError("Check failed: mxnet: :shape_is_known(pshape): the objective shape for broadcasting array "
                         "must be known")


def with_copied_sizes(ishape, shape):
    """A broadcast_to target with each -2 read as npx's "the input's size here" (trailing-aligned), checked as
    MXNet checks it: a -2 with no input axis under it is an invalid size."""
    shape = tuple(shape)
    if -2 not in shape:
        return shape
    lead = len(shape) - len(ishape)
    sizes = tuple(ishape[i - lead] if size == -2 and i >= lead else size for i, size in enumerate(shape))
    check_broadcastable(ishape, sizes, given=shape)
    if -2 in sizes:
        raise located(MXNetError(negative_size_text(-2)), ("../include/mxnet/./tuple.h", 420))
    return sizes


def check_reshape(size, newshape):
    """MXNet's checks, in its order and words, that ``size`` elements fill ``newshape`` (at most one -1, inferred)."""
    text = "[" + ",".join(map(str, newshape)) + "]"
    unknown = False
    for d in newshape:
        if d < 0:
            if d != -1:
                raise MXNetError(f"Check failed: param.newshape[i] == -1 ({d} vs. -1) : The shape dimension size to "
                                 "inferred must be -1")
            if unknown:
                raise MXNetError("Check failed: !has_unknown_dim_size: Can only specify one unknown dimension")
            unknown = True
    known = int(_np.prod([d for d in newshape if d != -1]))
    if unknown and not known:
        raise MXNetError(f"Check failed: known_dim_size_prod != 0 (0 vs. 0) : Cannot reshape array of size {size} "
                         f"into shape {text}")
    if unknown and size % known:
        raise MXNetError(f"Check failed: src.Size() % known_dim_size_prod == 0 ({size % known} vs. 0) : Cannot "
                         f"reshape array of size {size} into shape {text}")
    if not unknown and known != size:
        raise MXNetError(f"Check failed: src.Size() == dst->Size() ({size} vs. {known}) : Cannot reshape array of "
                         f"size {size} into shape {text}")


def _full_front_end(shape, fill_value, dtype=None, order="C", ctx=None, out=None):  # noqa: ARG001
    """MXNet's front end of full, before it hands ``out=`` to its operator: an array fill is broadcast by an
    operator of its own (``out`` unread)."""
    c_order_only(order)
    refuse_legacy_arrays("_npi_broadcast_to", (fill_value,))     # MXNet broadcasts an array fill with _npi_broadcast_to
    return not isinstance(fill_value, NDArray)


def full(shape, fill_value, dtype=None, order="C", ctx=None, out=None):
    """An array filled with ``fill_value`` (float32 for a Python number; an array value keeps its dtype)."""
    if not _full_front_end(shape, fill_value, dtype, order):   # MXNet broadcasts the value, then casts it
        from .. import numpy as mxnp
        native_dtype(dtype)     # (its front end reads the dtype, broadcasts, then casts: a type it lacks is a KeyError)
        filled = mxnp.broadcast_to(fill_value, shape)
        dt = _dtype(dtype if dtype is not None else fill_value.dtype, table=True)
        if is_recording() and fill_value._node is not None:
            return filled if filled.dtype == dt else filled.astype(dt)
        return wrap_np(filled._data.astype(dt), fill_value.ctx)     # a new array where the value is (``ctx`` and
        # ``out`` unread)
    from .attribute_text import double_refusal, number_text, _number_text, operator_context
    if isinstance(fill_value, bool):        # MXNet's front end hands on its int, of type bool unless one is given
        fill_value, dtype = int(fill_value), _np.bool_ if dtype is None else dtype
    call = ((shape, fill_value), {"dtype": dtype, "ctx": ctx})
    # MXNet's parser reads the dtype, the value, then the context
    dt = _operator_dtype(dtype, "full", full, *call)
    text = number_text(fill_value) if not _np.ndim(fill_value) else f"{fill_value}"
    if text is None and not isinstance(fill_value, (int, float, _np.generic, _np.ndarray)):
        text = f"{fill_value}"
    if text is not None:        # (handed to MXNet's parser as text)
        refusal = double_refusal("value", "double", text)
        if refusal:
            raise MXNetError(f"{refusal}{in_operator('full', full, *call)}")
        fill_value = _number_text(text)
    refuse_legacy_arrays("_npi_full", (out,))
    ctx = operator_context(ctx)
    if shape is None and out is not None:      # inferred from out
        shape = out.shape
    attrs = [("dtype", _np.dtype(dt).name), ("value", fill_value if text is None else text),
             ("ctx", ctx or current_context()), ("shape", shape)]
    if shape is None:       # (no shape to infer)
        raise inference_failure("_full", [], [None], attrs)
    data = creation.filled(_shape_of(shape, "_full", in_operator("full", full, *call), attrs), fill_value, dt)
    if out is not None:
        if out.shape != data.shape:
            raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, out.shape))}], inferred shape="
                             f"[{','.join(map(str, data.shape))}]")
        if out.dtype != data.dtype:
            raise type_inconsistent(out.dtype, data.dtype)
        out._data[...] = data
        return out
    return wrap_np(data, placed(ctx, gpu_operator("_full")))


full.front_end = _full_front_end


# the names MXNet's module shows, as its own imports
import ctypes  # noqa: E402,F401
import sys as _sys  # noqa: E402
from array import array as native_array  # noqa: E402,F401

from ..base import NDArrayHandle, c_array, c_array_buf, check_call, integer_types, mx_real_t, mx_uint  # noqa: E402,F401
from ..base import hiding as _hiding, numeric_types  # noqa: E402,F401
from ..context import Context  # noqa: E402,F401
from ..util import set_module, wrap_np_binary_func, wrap_np_unary_func  # noqa: E402,F401

py_slice = slice

# the checks and helpers distnet's mx.np modules share are no names of MXNet's module
_shown = _hiding(globals(), """
    FailedNDArray INTERNAL IN_GRAPH_WRITE KERNEL_MAX_DIMS MXNetError OPS OUTSTANDING TRANSPOSE_MAX_DIMS as_method
    as_np attribute_value c_order_only called_by_user check_broadcastable check_reshape contextlib creation
    fails_when_read ffi_object_refusal forget_since gpu_operator hide_legacy_methods in_operator inference_failure
    inferred_type_name invoke invoke_np legacy_refusal located math message_of native_dtype negative_size_text
    not_an_array out_refusal out_targets output_count_refusal placed python_name refuse_large_size refuse_legacy_arrays
    refuse_legacy_scalars refuse_non_array_out refuse_unknown_shapes refuse_unknown_sizes register_failed_kind
    too_many_dims transpose_dims_check type_inconsistent type_text types warn_complex_cast warn_self_copy
    with_copied_sizes with_given_attrs wrap_np write_carrying __getattr__""".split())

# MXNet defines mx.np's functions in this module, all but those of its generated operator module and of its other
# modules; those and the nd helpers it imports are read when asked for (mx.np and mx.nd are built on this module)
_ELSEWHERE = frozenset("""all amax amin any atleast_1d atleast_2d atleast_3d broadcast_arrays copy cumsum diag diagflat
    diagonal dot genfromtxt max meshgrid min moveaxis prod product repeat reshape roll set_printoptions sometrue squeeze
    sum trace transpose""".split())
_ND_HELPERS = ("from_numpy", "get_indexing_dispatch_code", "get_oshape_of_gather_nd_op",
               "indexing_key_expand_implicit_axes")


def _is_np_function(name):
    """Whether mx.np's ``name`` is one of the functions MXNet defines in this module."""
    np_names, dtypes = vars(_sys.modules["distnet.numpy"]), _sys.modules["distnet.numpy.utils"].__all__
    return not name.startswith("_") and name not in _ELSEWHERE and name not in dtypes and name in np_names \
        and not isinstance(np_names[name], types.ModuleType)


def _np_functions():
    return set(filter(_is_np_function, vars(_sys.modules["distnet.numpy"])))


def __getattr__(name):
    # (asked for each ``from .multiarray import x``, as __path__: one name is looked up, not the whole listing)
    if name in _ND_HELPERS:
        return getattr(_sys.modules["distnet.ndarray"], name)
    if name == "fallback":
        return _sys.modules["distnet.numpy.fallback"]
    if "distnet.numpy.utils" in _sys.modules and _is_np_function(name):
        return getattr(_sys.modules["distnet.numpy"], name)
    raise AttributeError(f"module 'mxnet.numpy.multiarray' has no attribute '{name}'")


def __dir__():
    return sorted(set(_shown()) | _np_functions() | set(_ND_HELPERS) | {"fallback"})

