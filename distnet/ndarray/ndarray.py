"""NDArray: a numpy array on a context, with MXNet's semantics."""
import collections
import ctypes
import math
import operator
import warnings
import weakref

import numpy as np

from ..base import MXNetError, integer_types, numeric_types  # noqa: F401  (MXNet's module exposes them)
from ..base import LateImports as _LateImports
from ..context import CPU0, GPU_COPY as _GPU_COPY, Context, current_context, placed

py_slice = slice        # MXNet's name for the builtin, which its tests import from this module

_new = object.__new__
_ndarray = np.ndarray
_DTYPES = {None: np.float32}
_TYPES = (np.float32, np.float64, np.float16, np.uint8, np.int8, np.int32, np.int64, np.bool_)

# MXNet's module-level codes, imported by scripts and MXNet's own tests.
_BFLOAT16 = np.dtype([("bfloat16", np.uint16)])      # MXNet's numpy stand-in for bfloat16
_DTYPE_NP_TO_MX = {None: -1, np.float32: 0, np.float64: 1, np.float16: 2, np.uint8: 3, np.int32: 4,
                   np.int8: 5, np.int64: 6, np.bool_: 7, _BFLOAT16: 12}
_DTYPE_MX_TO_NP = {code: dtype for dtype, code in _DTYPE_NP_TO_MX.items()}
_STORAGE_TYPE_STR_TO_ID = {"undefined": -1, "default": 0, "row_sparse": 1, "csr": 2}
_STORAGE_TYPE_ID_TO_STR = {code: name for name, code in _STORAGE_TYPE_STR_TO_ID.items()}
_STORAGE_TYPE_UNDEFINED, _STORAGE_TYPE_DEFAULT, _STORAGE_TYPE_ROW_SPARSE, _STORAGE_TYPE_CSR = -1, 0, 1, 2
_GRAD_REQ_MAP = {"null": 0, "write": 1, "add": 3}
# the ufuncs whose reflected NDArray methods pass the other operand as the operator's left array
_REFLECTED_ASSERTING = (np.subtract, np.true_divide, np.power, np.remainder)
# MXNet's arrays have no __array_ufunc__: with a numpy scalar, numpy defers to the array's operator method
_OPERATOR_METHODS = {np.add: ("__add__", "__radd__"), np.subtract: ("__sub__", "__rsub__"),
                     np.multiply: ("__mul__", "__rmul__"), np.true_divide: ("__truediv__", "__rtruediv__"),
                     np.power: ("__pow__", "__rpow__"), np.remainder: ("__mod__", "__rmod__")}
# numpy compares a numpy scalar with an NDArray through these ufuncs, the scalar made a 0-d array; MXNet's
# numpy defers to the NDArray's reflected comparison instead
_REFLECTED_COMPARISONS = {np.less: "__gt__", np.less_equal: "__ge__", np.greater: "__lt__",
                          np.greater_equal: "__le__", np.equal: "__eq__", np.not_equal: "__ne__"}
# Python operators an NDArray lacks: with a numpy scalar, numpy runs them on the array as an object array,
# element by element, so Python names the operand types of one element's operation
_OBJECT_LOOP_OPERATORS = {np.floor_divide: "//", np.left_shift: "<<", np.right_shift: ">>", np.bitwise_and: "&",
                          np.bitwise_or: "|", np.bitwise_xor: "^", np.divmod: "divmod()"}
# numpy's in-place operators (MXNet's NumPy, 1.23, defers them to Python, which falls back to the NDArray's
# reflected operator, or names the in-place operator when the NDArray has none)
_INPLACE_SYMBOLS = {np.add: "+", np.subtract: "-", np.multiply: "*", np.true_divide: "/", np.floor_divide: "//",
                    np.remainder: "%", np.power: "**", np.bitwise_and: "&", np.bitwise_or: "|", np.bitwise_xor: "^",
                    np.left_shift: "<<", np.right_shift: ">>"}
_SIGNED_INT32_UPPER_LIMIT = 2 ** 31 - 1
_NDARRAY_UNSUPPORTED_INDEXING, _NDARRAY_BASIC_INDEXING = -1, 0
_NDARRAY_ADVANCED_INDEXING, _NDARRAY_EMPTY_TUPLE_INDEXING = 1, 2
_NDARRAY_NO_ZERO_DIM_BOOL_ARRAY, _NDARRAY_ZERO_DIM_BOOL_ARRAY_FALSE, _NDARRAY_ZERO_DIM_BOOL_ARRAY_TRUE = -1, 0, 1


def _numpy_inplace(array, ufunc, target):
    """``target op= array`` for a numpy array ``target``, as Python runs it for MXNet's NDArray."""
    from ..numpy.umath import INPLACE_MATMUL
    if ufunc is np.matmul:
        raise TypeError(INPLACE_MATMUL)
    if ufunc in _OPERATOR_METHODS:
        return getattr(array, _OPERATOR_METHODS[ufunc][1])(target)
    if ufunc in _INPLACE_SYMBOLS:
        raise TypeError(f"unsupported operand type(s) for {_INPLACE_SYMBOLS[ufunc]}=: 'numpy.ndarray' and 'NDArray'")
    return NotImplemented


_HANDED = weakref.WeakValueDictionary()      # handle -> array, for the arrays handed to monitor callbacks
# the latest handed arrays are kept alive, as MXNet's buffers outlive the callback: a handle kept by a callback
# reads back after the pass (up to this many bytes of them)
_KEPT, _KEPT_BYTES = collections.deque(), [0]
_KEEP_BYTES = 64 << 20


def hand_out(array):
    """The handle (an int, as MXNet's callbacks get a C pointer) of ``array``, which a callback turns back
    into an NDArray as MXNet's callbacks do: ``NDArray(ctypes.cast(handle, NDArrayHandle), writable=False)``."""
    _HANDED[id(array)] = array
    size = array.size * np.dtype(array.dtype).itemsize      # (from its shape: a failed op's output stays unread)
    _KEPT.append((array, size))
    _KEPT_BYTES[0] += size
    while len(_KEPT) > 1 and _KEPT_BYTES[0] > _KEEP_BYTES:
        _KEPT_BYTES[0] -= _KEPT.popleft()[1]
    return id(array)


def handed_array(handle):
    """The NDArray a callback was handed as ``handle`` (read-only), as MXNet's Monitor and calibration read it."""
    return NDArray(ctypes.c_void_p(handle), writable=False)


def _handed_out(handle):
    """The array a callback was handed as ``handle``."""
    array = _HANDED.get(handle.value)
    if array is None:
        raise MXNetError(f"NDArray(handle): {handle} is no handle of an array distnet handed to a callback; "
                         "distnet has no C arrays, so only those handles can be read back")
    return array


# the distnet modules hot functions of the package call, which import it
_late = _LateImports(__package__, {"autograd": "..autograd", "indexing": ".indexing", "profiler": "..profiler",
                                   "failures": ".failures"})


def _wrap(data, ctx=CPU0):
    """An NDArray around numpy ``data`` (no copy, no dtype change)."""
    if type(data) is not _ndarray:
        data = np.asarray(data)
    a = _new(NDArray)
    a._data = data
    a._ctx = ctx
    a._node = None
    return a


def _element_type(dtype):
    """An array's element type as MXNet names it: a numpy type, or bfloat16's stand-in dtype itself (the one
    structured dtype an array holds)."""
    return dtype.type if dtype.names is None else dtype


def _as_dtype(dtype):
    return np.dtype(np.float32 if dtype is None else dtype).type


# MXNet's words when an array is copied onto itself (it copies nothing and returns False)
SELF_COPY_WARNING = "You are attempting to copy an array to itself"


def warn_self_copy():
    """MXNet's RuntimeWarning for an array copied onto itself. MXNet warns from its library, so Python shows it
    once per library line: here once per line calling this (outside distnet's silenced RuntimeWarnings)."""
    import sys
    caller = sys._getframe(1)
    warnings.warn_explicit(SELF_COPY_WARNING, RuntimeWarning, caller.f_code.co_filename, caller.f_lineno,
                           registry=caller.f_globals.setdefault("__warningregistry__", {}))


# numpy's words when MXNet reads complex numbers into a real array, and where in MXNet it reads them
COMPLEX_CAST_WARNING = "Casting complex values to real discards the imaginary part"
_COMPLEX_CAST_SITES = {}


def warn_complex_cast(site):
    """numpy's ComplexWarning where MXNet reads a complex number into a real array: its copy of a numpy source
    (``"copy"``), float() of a scalar it fills in (``"fill"``) or takes as an operand (``"operand"``, ``"np
    operand"``). numpy warns from one line of MXNet's for each ``site``, so Python shows it once per site
    (raised here outside distnet's silenced RuntimeWarnings, at the line that first reached the site)."""
    import sys
    if site not in _COMPLEX_CAST_SITES:
        caller = sys._getframe(1)
        _COMPLEX_CAST_SITES[site] = (caller.f_code.co_filename, caller.f_lineno, {})
    filename, lineno, registry = _COMPLEX_CAST_SITES[site]
    warnings.warn_explicit(COMPLEX_CAST_WARNING, np.exceptions.ComplexWarning, filename, lineno, registry=registry)


class NDArrayBase:
    """The base class of the array classes (where MXNet keeps an array's C handle)."""

    __slots__ = ()


class NDArray(NDArrayBase):
    """An n-dimensional array on a context; operators and methods come from the op registry."""

    __slots__ = ("_data", "_ctx", "_node", "_pending", "_fed", "_writable", "__weakref__")
    __array_priority__ = 1000.0

    def __init__(self, data, ctx=None, dtype=None, writable=True):
        source = None
        if isinstance(data, ctypes.c_void_p):       # MXNet's NDArray(handle, writable) of a handle a callback got
            source = _handed_out(data)
            self._data, self._ctx = _DATA_SLOT.__get__(source), source._ctx     # unread: a view of its data
        else:
            self._data = np.array(data, dtype=_as_dtype(dtype))
            self._ctx = ctx or current_context()
        self._node = None
        if not writable:
            self._writable = False
        if source is not None:      # the view carries the error a failed kernel left with the array
            from .failures import share_failure
            share_failure(self, source)

    # ---- attributes -----------------------------------------------------------------
    shape = property(lambda self: self._data.shape, doc="The array's shape, a tuple.")
    size = property(lambda self: self._data.size, doc="The number of elements.")
    ndim = property(lambda self: self._data.ndim, doc="The number of dimensions.")
    dtype = property(lambda self: _element_type(self._data.dtype), doc="The element type, a numpy type.")
    # a new Context at each read, as MXNet's: nested ``with x.context:`` blocks each restore what they replaced
    context = property(lambda self: Context(self._ctx), doc="The context the array lives on.")
    ctx = property(context.fget, doc="The context the array lives on.")   # (its own name in a refused assignment)
    stype = property(lambda self: "default", doc="The storage type: always dense.")
    handle = _as_parameter_ = property(lambda self: ctypes.c_void_p(id(self)), doc="A void pointer standing in for "
                                       "MXNet's C handle (what ctypes.cast(array, NDArrayHandle) reads).")

    @property
    def writable(self):
        """MXNet's flag (any value, True unless set) that refuses in-place arithmetic (+=, -=, *=, /=, %=) when
        false; basic indexing's views take their array's."""
        return getattr(self, "_writable", True)

    @writable.setter
    def writable(self, value):
        self._writable = value

    @property
    def T(self):
        """The transpose of a 2-D array (reversed axes for n-D); an array of fewer dimensions itself, as MXNet's."""
        return self if len(self.shape) < 2 else self.transpose()

    @property
    def grad(self):
        """The gradient buffer attached by ``attach_grad``, or None."""
        from .registry import KEEP_CLASS
        grad = self._grad_buffer()
        if type(grad) is NDArray or type(grad) in KEEP_CLASS:   # each read a new legacy array over the same buffer,
            handle = _wrap(grad._data, grad._ctx)               # as MXNet's handles (an mx.np one's through a view)
            if _late.failures.OUTSTANDING:      # a failed write into it (a.grad[:] = failed) reaches the buffer
                from .views import note_alias
                note_alias(handle, grad)
            return handle
        return grad

    def _grad_buffer(self):
        node = self._node
        return node[0].grad if node is not None and node[0].is_leaf else None

    @property
    def _fresh_grad(self):
        """1 when backward wrote this variable's gradient since the flag was last cleared, else 0."""
        node = self._node
        return int(bool(getattr(node[0], "fresh", False))) if node is not None else 0

    @_fresh_grad.setter
    def _fresh_grad(self, state):
        node = self._node
        if node is not None and hasattr(node[0], "fresh"):
            node[0].fresh = bool(state)

    # ---- conversion -----------------------------------------------------------------
    def asnumpy(self):
        """A numpy copy of the data."""
        return self._data.copy()

    def _sync_copyfrom(self, source_array):
        """Copy array-like ``source_array`` (converted to this array's dtype, of this array's shape) into it."""
        if not isinstance(source_array, np.ndarray):
            try:
                if isinstance(source_array, NDArray):
                    raise TypeError     # MXNet's arrays do not convert to numpy arrays here
                source_array = np.array(source_array, dtype=self.dtype)
            except Exception:
                # (MXNet's message names the type of its own array function, whatever the data)
                raise TypeError("array must consist of array-like data,type <class 'function'> is not supported") \
                    from None
        source_array = np.asarray(source_array, dtype=self.dtype, order="C")
        if source_array.shape != self.shape:
            raise ValueError(f"Shape inconsistent: expected {source_array.shape} vs got {self.shape}")
        self._data[...] = source_array

    def _at(self, idx):
        """The sub-array at ``idx`` along axis 0, sharing this array's memory (of a 1-d array: shape (1,))."""
        from ..base import NotSupportedForSparseNDArray, located
        if self.stype != "default":
            raise NotSupportedForSparseNDArray(self._at, "[idx]", idx)
        if idx < 0:
            length = self.shape[0]
            idx += length
            if idx < 0:
                raise IndexError(f"index {idx - length} is out of bounds for axis 0 with size {length}")
        idx = operator.index(idx)
        if not self.ndim:
            raise located(MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)"),
                          ("../include/mxnet/tuple.h", 244))
        if idx >= self.shape[0]:
            raise located(MXNetError(f"Check failed: shape_[0] >= end ({self.shape[0]} vs. {idx + 1}) : Slice end "
                                     "index out of range"), ("../src/ndarray/ndarray.cc", 286))
        return self[idx:idx + 1].reshape(self.shape[1:] or (1,))

    def _slice(self, start, stop):
        """Rows ``start`` to ``stop`` along axis 0 (bounds read as a Python slice's), sharing this array's memory."""
        from ..base import NotSupportedForSparseNDArray, located
        if self.stype != "default":
            raise NotSupportedForSparseNDArray(self._slice, None, start, stop)
        start, stop, _ = py_slice(start, stop).indices(self.shape[0])
        if start > stop:
            raise located(MXNetError(f"Check failed: begin <= end ({start} vs. {stop}) : Invalid slicing range "
                                     f"[{start}, {stop})"), ("../src/ndarray/ndarray.cc", 284))
        return self[start:stop]

    def asscalar(self):
        """The value of a one-element array: a numpy scalar for 0-d and 1-d arrays, else (as MXNet) a numpy copy."""
        if self._data.size != 1:
            raise ValueError("The current array is not a scalar")
        if self._data.ndim == 1:
            return self._data[0]
        return self.asnumpy()[()]

    def astype(self, dtype, copy=True):
        """A copy converted to ``dtype`` (the same array when ``copy=False`` and nothing changes)."""
        dt = np.dtype(dtype)
        if dt == _BFLOAT16 or self.dtype == _BFLOAT16:     # (the dtype, read without waiting for a failed array)
            return self._bfloat16_copy(dt)
        if dt.type not in _TYPES:           # MXNet's Python type table has no entry for it
            raise KeyError(dt.type)
        if not copy and self._data.dtype == dt:
            return self
        from .registry import OPS
        if not math.prod(self.shape) or not self.shape:
            OPS["_copyto"](self)    # MXNet copies with its operator: a 0-d or empty legacy array fails its shape inference
        # MXNet copies into a new array of the type: float32 for None, in the machine's byte order
        out = OPS["Cast"](self, dtype=np.dtype(_as_dtype(dtype)).name)
        out._ctx = self._ctx         # MXNet copies into a new array on this array's own context
        return _recorded_as_copyto(out)

    def _bfloat16_copy(self, dtype):
        """A copy converted to or from bfloat16 (MXNet's copy truncates float32 to bfloat16; bfloat16 widens
        exactly to float32, and through it to other types)."""
        from .bfloat16 import from_bfloat16, truncated_to_bfloat16
        data = self._data
        if data.dtype == _BFLOAT16:
            converted = data.copy() if dtype == _BFLOAT16 else from_bfloat16(data).astype(dtype)
        else:
            converted = truncated_to_bfloat16(data.astype(np.float32))
        return _wrap(converted, self._ctx)

    def copy(self):
        """A deep copy on the same context."""
        return self.copyto(self._ctx)

    def copyto(self, other):
        """Copy into NDArray ``other`` (shapes must match) or to a new array on context ``other``."""
        from .. import autograd
        from .registry import OPS
        recorded = autograd.is_recording() and self._node is not None
        if not isinstance(other, (NDArray, Context)):
            raise TypeError(f"copyto does not support type {type(other)}")
        if isinstance(other, NDArray) and other is self:       # MXNet warns and copies nothing, returning False
            warn_self_copy()
            return False
        _refuse_numpy_source(self)
        if isinstance(other, NDArray):
            _refuse_mixed_copy(self, other)
            if not _copy_shapes_agree(self.shape, other.shape):
                OPS["_copyto"](self)    # both shapes partly unknown: MXNet's operator fails its shape inference
            if recorded and other.dtype != self.dtype:      # MXNet's _copyto converts into the target's dtype
                return _recorded_as_copyto(OPS["Cast"](self, dtype=np.dtype(other.dtype).name, out=other))
            if recorded:
                return OPS["_copyto"](self, out=other)
            if _reordered_target(other):
                return other
            other._data[...] = self._data
            if autograd.is_recording() and autograd.in_graph(other):    # (refused once copied, as MXNet's)
                from .registry import IN_GRAPH_WRITE
                raise MXNetError(IN_GRAPH_WRITE)
            return other
        if isinstance(other, Context):
            if not self._data.ndim or not self._data.size:
                OPS["_copyto"](self)    # MXNet's copy is an operator: a 0-d or empty legacy array fails its shape inference
            if recorded:                      # a recorded copy, as MXNet's _copyto: gradients pass through
                r = OPS["_copyto"](self)
                r._ctx = placed(other, _GPU_COPY)
                return r
            return _wrap(self._data.copy(), placed(other, _GPU_COPY))

    def as_in_context(self, context):
        """This array if it is on ``context``, else a copy there (or into the array ``context``, as copyto)."""
        if self._ctx == context:
            return self
        if isinstance(context, NDArray):
            self._refuse_copy_into(context)
        return self.copyto(context)

    def _refuse_copy_into(self, target):
        """The refusal of this class's copyto of a copy into array ``target`` of the other kind (legacy or mx.np)."""
        _refuse_mixed_copy(self, target, by_user=False)

    def as_nd_ndarray(self):
        """This array as a legacy NDArray: itself."""
        return self

    def tostype(self, stype):
        if stype != "default":
            raise MXNetError(f"storage type {stype!r} is not supported: distnet arrays are dense")
        return self

    def to_dlpack_for_read(self):
        """A DLPack capsule viewing this array (see ``nd.from_dlpack``)."""
        from .dlpack import to_dlpack_for_read
        return to_dlpack_for_read(self)

    def to_dlpack_for_write(self):
        """A DLPack capsule through which another framework may write this array."""
        from .dlpack import to_dlpack_for_write
        return to_dlpack_for_write(self)

    def wait_to_read(self):
        """Block until pending writes to this array are done."""
        self._data  # noqa: B018 -- reading waits for a pending write

    def __array__(self, dtype=None):
        return self._data if dtype is None else self._data.astype(dtype)

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        from .. import autograd
        from .registry import UFUNCS, invoke
        out = kwargs.get("out")
        if method == "__call__" and len(inputs) == 2 and inputs[1] is self and type(inputs[0]) is np.ndarray and \
                len(kwargs) - ("axes" in kwargs) == 1 and isinstance(out, tuple) and out[0] is inputs[0]:
            return _numpy_inplace(self, ufunc, inputs[0])
        op = UFUNCS.get(ufunc)
        if op is None or method != "__call__" or kwargs:
            if ufunc in _OBJECT_LOOP_OPERATORS and method == "__call__" and len(inputs) == 2:
                _refuse_object_loop(_OBJECT_LOOP_OPERATORS[ufunc], *inputs)
            return NotImplemented
        if ufunc in _OPERATOR_METHODS and len(inputs) == 2 and any(isinstance(a, np.generic) for a in inputs):
            method, reflected = _OPERATOR_METHODS[ufunc]
            if inputs[0] is self:
                return getattr(self, method)(inputs[1])
            return getattr(self, reflected)(inputs[0])
        if ufunc in _REFLECTED_COMPARISONS and len(inputs) == 2 and _legacy_array(inputs[1]) and \
                type(inputs[0]) is np.ndarray and not inputs[0].ndim and inputs[0].dtype != np.bool_:
            return getattr(inputs[1], _REFLECTED_COMPARISONS[ufunc])(inputs[0][()])
        if ufunc.nin == 2 and not autograd._state.differentiating and any(type(a) is np.ndarray for a in inputs):
            if type(inputs[0]) is np.ndarray and ufunc in _REFLECTED_ASSERTING:
                # MXNet's x.__rsub__(y) calls the operator with y as its left array, which asserts an NDArray
                raise AssertionError(f"Argument lhs must have NDArray type, but got {inputs[0]!s}")
            raise TypeError(f"type {np.ndarray} not supported")     # as MXNet: no numpy array operands
        return invoke(op, inputs, {})

    # ---- autograd -------------------------------------------------------------------
    def attach_grad(self, grad_req="write", stype=None):
        """Allocate a zero gradient buffer (of storage ``stype``, default dense) and mark this array as a variable."""
        autograd = _late.autograd
        if not self._data.ndim or not self._data.size:     # refused by the shape inference of the operator MXNet
            if stype is None:                               # makes the gradient with (see below)
                from .registry import OPS
                OPS["zeros_like"](self)
            else:
                from .sparse import zeros as any_zeros
                any_zeros(stype, self.shape, self._ctx, np.float32)
        # MXNet makes the buffer with zeros_like (a sparse array's is sparse alike), or, for a storage type given,
        # with zeros of that storage in the default dtype: float32 whatever this array's (backward then refuses it)
        dtype = self.dtype if stype is None else np.float32
        stype = self.stype if stype is None else stype
        if autograd.is_recording() and autograd.in_graph(self):
            autograd.reserve_sequence(1)        # (MXNet's zeros_like of an array in the graph is recorded)
        if stype != "default":
            from .sparse import zeros as sparse_zeros
            grad = sparse_zeros(stype, self.shape, self._ctx, dtype)
        else:
            grad = _wrap(np.zeros(self.shape, dtype), self._ctx._op_ctx)
        autograd.mark_variables([self], [grad], autograd.checked_req(grad_req))

    def backward(self, out_grad=None, retain_graph=False, train_mode=True):
        """Compute the gradients of this array with respect to the marked variables."""
        _late.autograd.backward([self], None if out_grad is None else [out_grad], retain_graph, train_mode)

    def detach(self):
        """The same data, cut from the recorded graph."""
        return _wrap(self._data, self._ctx)

    # ---- python protocol ------------------------------------------------------------
    def __repr__(self):
        shape = "x".join(str(s) for s in self.shape)
        return f"\n{self._data!s}\n<NDArray {shape} @{self._ctx}>"    # !s: f"{x}" prints 0-d float32 as double

    def __len__(self):
        if not self._data.ndim:
            raise IndexError("tuple index out of range")       # MXNet reads shape[0]
        return self._data.shape[0]

    # (no __iter__, as MXNet: Python iterates by indexing until IndexError)

    def __bool__(self):
        size = math.prod(self.shape)       # known without the data (sparse too): only a one-element array is read
        if size == 1:
            return bool(self.asscalar())
        if size == 0:
            return False
        raise ValueError("The truth value of an NDArray with multiple elements is ambiguous.")

    __nonzero__ = __bool__      # MXNet keeps Python 2's name too

    __hash__ = object.__hash__

    def __getstate__(self):
        from ..util import is_np_shape
        from .serialize import record_bytes
        device = (self._ctx.device_typeid, self._ctx.device_id)
        return {"handle": bytearray(record_bytes(self._data, is_np_shape(), device))}   # MXNet's raw bytes of the array

    def __setstate__(self, state):
        from .serialize import read_record_bytes
        data = read_record_bytes(state["handle"])
        if data is None:        # a legacy 0-d array: MXNet reads its shape as unknown and makes an array without storage
            self.__class__, self._ctx, self._node = _ShapelessNDArray, CPU0, None
            return
        if not data.ndim and type(self) is NDArray:
            from ..util import is_np_shape
            if not is_np_shape():       # MXNet loads through its C API, which reads () as an unknown shape
                raise MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown: a 0-d legacy "
                                 "NDArray cannot be unpickled; turn on npx.set_np() first or pickle it as shape (1,)")
        # MXNet's raw bytes carry no context: an unpickled (or copy.copy'd) array lives on cpu(0)
        self._data, self._ctx, self._node = data, CPU0, None

    def __getitem__(self, key):
        return _late.indexing.getitem(self, key)

    def __setitem__(self, key, value):
        _late.indexing.setitem(self, key, value)


def _reordered_target(arr):
    """Whether ``arr`` is a weight oneDNN holds in its own layout (see onednn.mark_reordered_weight), where MXNet's
    copy into it fails when it runs: ``arr`` then keeps its data and carries that error."""
    from . import onednn
    if not (onednn.holds_layouts() and onednn.reordered_weight(arr._data)):
        return False
    from .failures import failed_write
    from .shape_text import OperatorMessage
    failed_write(arr, OperatorMessage("Check failed: to.IsDefaultData(): ", None, ("../src/ndarray/ndarray.cc", 1146)))
    return True


def _recorded_as_copyto(arr):
    """``arr``, a conversion's result; when recorded, its node becomes the _copyto MXNet's copies record (without
    attributes; its gradient converts the output gradient back to the input's dtype)."""
    if arr._node is not None and not arr._node[0].is_leaf:
        from .registry import OPS
        node = arr._node[0]
        node.op, node.attrs = OPS["_copyto"], {}
    return arr


def _legacy_array(value):
    """Whether ``value`` is a legacy (mx.nd) array, dense or sparse, rather than an mx.np one."""
    return type(value) is NDArray or getattr(value, "stype", "default") != "default"


_REAL_NUMPY = (np.integer, np.floating, np.bool_)


def _real_numpy(value):
    """A real numpy scalar, or a non-empty numpy array of real numbers."""
    return isinstance(value, _REAL_NUMPY) or type(value) is np.ndarray and value.size and value.dtype.kind in "biuf"


def _refuse_object_loop(symbol, lhs, rhs):
    """The TypeError of a Python operator an NDArray lacks, with a real numpy scalar or array on one side: on the
    left Python names both operands; on the right numpy's object loop meets its elements as Python numbers."""
    if isinstance(lhs, NDArray) and _real_numpy(rhs):
        if symbol == "divmod()":
            raise TypeError("ufunc 'divmod' not supported for the input types, and the inputs could not be safely "
                            "coerced to any supported types according to the casting rule ''safe''")
        raise TypeError(f"unsupported operand type(s) for {symbol}: '{type(lhs).__name__}' and "
                        f"'{type(np.ravel(rhs)[0].item()).__name__}'")
    if isinstance(rhs, NDArray) and _real_numpy(lhs):
        raise TypeError(f"unsupported operand type(s) for {symbol}: 'numpy.{type(lhs).__name__}' and "
                        f"'{type(rhs).__name__}'")


def _shape_text(shape, unknown=0):
    """A shape as MXNet's checks print it: [2,3], unknown sizes as ``unknown``."""
    return "[" + ",".join(str(d if d else unknown) for d in shape) + "]"


def _copy_shapes_agree(src, dst):
    """Whether MXNet's copy of shape ``src`` into ``dst`` passes: False when its shape inference cannot tell (legacy
    shapes read a 0-d shape and 0 sizes as unknown), MXNet's error where the shapes disagree."""
    from ..util import is_np_shape
    if is_np_shape():
        if src != dst:
            raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                             f"expected {_shape_text(src)}, got {_shape_text(dst)}")
        return True
    if src and dst and (len(src) != len(dst) or any(a and b and a != b for a, b in zip(src, dst))):
        from .shape_text import assigned, legacy_dim, provided      # (src's unknown sizes filled up to a conflict)
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                         f"expected {provided(assigned(src, [legacy_dim(d) for d in dst]))}, "
                         f"got {_shape_text(dst, -1)}")
    merged = tuple(a or b for a, b in zip(src, dst)) if src and dst else src or dst
    if not merged or 0 in merged:
        return False
    if merged != dst:
        raise MXNetError(f"Check failed: outputs[i]->shape() == out_shapes[i] ({_shape_text(dst)} vs. "
                         f"{_shape_text(merged)}) : 0-th output has invalid shape. Expecting {_shape_text(merged)} "
                         f"got {_shape_text(dst)} in operator _copyto")
    if src != dst:
        raise MXNetError("Check failed: from.shape() == to.shape(): operands shape mismatch "
                         f"from.shape = {_shape_text(src)} to.shape={_shape_text(dst)}")
    return True


def _refuse_numpy_source(source):
    """MXNet's refusal of an mx.np array given to the legacy copyto by a user (NDArray.copyto(x, ...)): its
    legacy _copyto operator accepts legacy arrays only."""
    from .registry import KEEP_CLASS
    from .array_kinds import called_by_user, refuse_numpy_input
    if type(source) in KEEP_CLASS and called_by_user(2):
        refuse_numpy_input("_copyto")


def _refuse_mixed_copy(source, target, by_user=True):
    """MXNet's TypeError for a copyto between a legacy NDArray and an mx.np array (``by_user``: called by a
    user's copyto only; distnet's own code copies between them)."""
    from .registry import KEEP_CLASS
    from .array_kinds import called_by_user, refuse_numpy_input
    if (type(source) in KEEP_CLASS) != (type(target) in KEEP_CLASS) and (not by_user or called_by_user(2)):
        if type(target) in KEEP_CLASS:
            refuse_numpy_input("_copyto", writes=True)
        raise TypeError(f"copyto does not support type {type(target)}: convert it with as_np_ndarray() first")


_DATA_SLOT = NDArray.__dict__["_data"]


class _PendingNDArray(NDArray):
    """An NDArray whose data a background writer is still filling; reading it waits."""

    __slots__ = ()

    def _settle(self):
        wait = self._pending
        self._pending = None
        if wait is not None:
            wait()
        self.__class__ = NDArray

    @property
    def _data(self):
        self._settle()
        return _DATA_SLOT.__get__(self)

    @_data.setter
    def _data(self, value):
        self._settle()
        _DATA_SLOT.__set__(self, value)


class _ShapelessNDArray(NDArray):
    """MXNet's NDArray without storage, which unpickling (or copying) a legacy 0-d array makes: its shape reads as
    () and its dtype as None, reading its data fails, and so does naming its context (MXNet has no device type 0)."""

    __slots__ = ()
    shape = property(lambda self: (), doc="()")
    size = property(lambda self: 1, doc="1, the size of shape ()")
    ndim = property(lambda self: 0, doc="0")
    dtype = property(lambda self: None, doc="None: no type")
    stype = property(lambda self: "undefined", doc="'undefined': no storage")
    context = ctx = property(lambda self: _no_device(), doc="Refused: no device")

    @property
    def _data(self):
        raise MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown.")

    @_data.setter
    def _data(self, value):
        _DATA_SLOT.__set__(self, value)

    def wait_to_read(self):
        """Nothing to wait for."""

    def __getstate__(self):
        raise MXNetError("Unknown storage type-1")

    def __len__(self):
        return self.shape[0]

    def __getitem__(self, key):
        return self.shape[0]        # (MXNet sizes the first axis first: IndexError)

    def copy(self, *args, **kwargs):
        """Refused (as astype and assignment): the copy is made on the array's context."""
        return self.context

    astype = __setitem__ = copy

    def reshape(self, *args, **kwargs):
        """Refused: there is no array to reshape."""
        raise MXNetError("Check failed: !is_none(): NDArray is not initialized")


_ShapelessNDArray.__name__ = _ShapelessNDArray.__qualname__ = "NDArray"      # (as type(array) shows it)


def shapeless_array():
    """A new NDArray without storage (of unknown shape, type and device)."""
    a = _new(_ShapelessNDArray)
    a._ctx, a._node = CPU0, None
    return a


def _no_device():
    raise KeyError(0)       # MXNet's name lookup of device type 0


_PENDING = weakref.WeakValueDictionary()      # id -> array with a background write in flight
_WAITALL_HOOKS = []     # waits for background work no array shows (a dist kvstore's pushes)


def wait_at_waitall(wait):
    """Have ``waitall`` call ``wait()`` too: it waits for work whose end no array marks."""
    if wait not in _WAITALL_HOOKS:
        _WAITALL_HOOKS.append(wait)


def mark_pending(arr, wait):
    """Make reads of ``arr`` call ``wait()`` first (a background writer is filling it)."""
    _PENDING[id(arr)] = arr
    if type(arr) is _PendingNDArray:
        previous = arr._pending

        def wait_both():
            if previous is not None:
                previous()
            wait()
        arr._pending = wait_both
    else:
        arr.__class__ = _PendingNDArray
        arr._pending = wait


def raw_data(arr):
    """The numpy buffer of ``arr`` without waiting for pending writes (for the writer itself)."""
    return _DATA_SLOT.__get__(arr)


def set_raw_data(arr, data):
    """Give ``arr`` the numpy buffer ``data`` without waiting for pending writes (for the writer itself)."""
    _DATA_SLOT.__set__(arr, data)


def waitall():
    """Wait until every pending background write has finished; raise a kernel error not raised yet."""
    from .failures import raise_outstanding
    for arr in list(_PENDING.values()):
        arr.wait_to_read()
    for wait in _WAITALL_HOOKS:
        wait()
    raise_outstanding()


def name_methods(cls):
    """Name the functions attached to ``cls`` from other modules as methods of ``cls`` (``NDArray.reshape``),
    as MXNet's are: Python shows that name in argument errors and in bound methods' reprs."""
    for name, attr in list(vars(cls).items()):
        func = getattr(attr, "__func__", attr)
        if not callable(func) or not hasattr(func, "__code__"):
            continue
        qualname = f"{cls.__name__}.{name}"
        if name.startswith("__"):       # an operator made by a factory or a lambda (others may be shared aliases)
            plain = "." not in func.__qualname__ and func.__name__.strip("_") in name      # (getitem, _array_ufunc)
            if "<" in func.__qualname__ or plain:
                func.__name__, func.__qualname__ = name, qualname
            continue
        if func.__qualname__ != qualname:
            func.__name__, func.__qualname__ = name, qualname
        # a lambda or private helper behind a wrapping method is the function that refuses a wrong argument:
        # Python's TypeError names it, so it takes the method's name too
        inner = getattr(func, "__wrapped__", None)
        while inner is not None:
            if inner.__name__.startswith(("<", "_")):
                inner.__name__, inner.__qualname__ = name, qualname
            inner = getattr(inner, "__wrapped__", None)


def check_boolean_array_dimension(array_shape, axis, bool_shape):
    """IndexError unless a boolean index of ``bool_shape`` fits ``array_shape`` from ``axis`` on, dimension by
    dimension (the array's size past its last axis is read first: a tuple IndexError)."""
    for i, n in enumerate(bool_shape):
        if array_shape[axis + i] != n:
            raise IndexError(f"boolean index did not match indexed array along axis {axis + i}; size is "
                             f"{array_shape[axis + i]} but corresponding boolean size is {n}")


# MXNet defines these functions in this module too; the package ``mx.nd`` is where they live here
_PACKAGE_FUNCTIONS = frozenset((
    "add", "arange", "array", "concatenate", "divide", "empty", "equal", "eye", "from_dlpack", "from_numpy", "full",
    "get_indexing_dispatch_code", "get_oshape_of_gather_nd_op", "greater", "greater_equal", "histogram", "imdecode",
    "indexing_key_expand_implicit_axes", "lesser", "lesser_equal", "linspace", "logical_and", "logical_or",
    "logical_xor", "maximum", "minimum", "modulo", "moveaxis", "multiply", "not_equal", "onehot_encode", "ones",
    "power", "split_v2", "subtract", "to_dlpack_for_read", "to_dlpack_for_write", "true_divide", "zeros"))


def __getattr__(name):
    if name in _PACKAGE_FUNCTIONS:
        from .. import ndarray
        return getattr(ndarray, name)
    raise AttributeError(f"module 'mxnet{__name__[len('distnet'):]}' has no attribute {name!r}")


# the C-API and DLPack names MXNet's module shows (its imports and ctypes types), on distnet's own ones
import functools as _functools  # noqa: E402
from array import array as native_array  # noqa: E402,F401

from ..base import NDArrayHandle, DLPackHandle, c_array, c_array_buf, c_handle_array, c_str, check_call  # noqa: E402,F401
from ..base import ctypes2buffer, hiding as _hiding, mx_int, mx_int64, mx_real_t, mx_uint  # noqa: E402,F401
from ..runtime import Features  # noqa: E402,F401
from ..util import is_np_array  # noqa: E402,F401

from .dlpack import DLContext, DLDataType, DLManagedTensor, DLTensor, DeleterFunc  # noqa: E402,F401
from .dlpack import dl_managed_tensor_deleter  # noqa: E402,F401

reduce = _functools.reduce
PyCapsuleDestructor = ctypes.CFUNCTYPE(None, ctypes.c_void_p)

__dir__ = _hiding(globals(), """COMPLEX_CAST_WARNING CPU0 MXNetError SELF_COPY_WARNING collections hand_out handed_array
    mark_pending math name_methods placed raw_data set_raw_data shapeless_array wait_at_waitall warn_complex_cast
    warn_self_copy weakref""".split())
