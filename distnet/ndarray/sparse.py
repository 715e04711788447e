"""Sparse arrays, ``mx.nd.sparse``: CSRNDArray and RowSparseNDArray on numpy.

A sparse array keeps its compressed parts (values plus index arrays) as numpy arrays. Its ``_data``
is a read-only dense view built on first use and cached until the array changes, so every dense
operator accepts a sparse input and returns a dense result (MXNet's storage fallback). Operators
MXNet keeps sparse (same-type +,-,*, scalar * and /, zero-preserving unary functions, dot with a
csr operand, retain, add_n of row_sparse arrays) are defined here on the compressed parts.
Under autograd a sparse result is linked into the graph through the same computation on dense views
(``_recorded``), and a sparse gradient buffer keeps its storage type (``_store_gradient``).
"""
from builtins import slice as py_slice
import array as _std_array
import builtins as _builtins
import copy as _copy
import inspect as _inspect
import math as _math
import operator
import warnings

import numpy as np

from ..base import (MXNetError, NotSupportedForSparseNDArray, _Null, class_text, located, named_for, own_methods,
                   message_of)
from ..context import GPU_ALLOCATION, GPU_COPY, Context, cpu, gpu_operator, placed, resolved_id
from . import arith_functions as _arith
from . import serialize as _serialize
from .array_kinds import called_by_user
from .nan_order import combine_keeping_nan, commuted
from .ndarray import NDArray, _copy_shapes_agree, _shape_text, _wrap, warn_self_copy
from .ops_linalg import _check_forward_stype
from .param_text import KINDS, check_enums, in_operator, read_value
from .ops_select import _per_axis
from .front_end import or_operator
from .registry import (OPS, _SCALARS, Op, _refuse_out_count, _same_dtypes, _scalar_like, defop, inferred_type_name,
                       refuse_bad_out, refuse_shapeless)
from .shape_text import OperatorMessage, broadcast_refusal, incompatible, inference_failed, provided, same_shape_refusal
from .storage_report import note_copy_fallback, note_storage_fallback, stype_report


class SparseStorageError(MXNetError, ValueError):
    """Kept for callers that catch it; MXNet itself raises plain ValueError for storage requests."""


def _float_dtype(dtype, source=None):
    """``dtype`` if given, else the source's numpy dtype, else float32."""
    if dtype is not None:
        return np.dtype(dtype)
    if isinstance(source, (np.ndarray, NDArray)):
        return np.dtype(source.dtype)
    return np.dtype(np.float32)


def _numpy(x, dtype=None):
    """A numpy copy of an NDArray, numpy array or nested list (later edits of the source do not leak in)."""
    if isinstance(x, NDArray):
        x = x.asnumpy()
    return np.array(x, dtype=dtype)


def _new(cls, values, aux, shape, ctx):
    a = object.__new__(cls)
    a._values, a._aux, a._sshape, a._dense = values, tuple(aux), tuple(int(s) for s in shape), None
    a._ctx, a._node = ctx, None
    return a


def _refuse_part_assignment(self, value):
    """MXNet's NotImplementedError for ``x.data = ...`` (or indices/indptr): a sparse array's parts are read-only
    (build a new array with csr_matrix/row_sparse_array). MXNet's error has no message."""
    raise NotImplementedError()


class BaseSparseNDArray(NDArray):
    """The common part of CSRNDArray and RowSparseNDArray: compressed values, index arrays, a shape."""

    __slots__ = ("_values", "_aux", "_sshape", "_dense")
    _stype_name = None

    shape = property(lambda self: self._sshape, doc="The array's shape, a tuple.")

    @property
    def size(self):
        """Refused, as in MXNet (without a word: metrics given a sparse array fail so): the size of a sparse array is
        ambiguous, stored or logical elements (np.prod(x.shape), x.data.size)."""
        raise NotImplementedError()

    ndim = property(lambda self: len(self._sshape), doc="The number of dimensions.")
    dtype = property(lambda self: self._values.dtype.type, doc="The element type, a numpy type.")
    stype = property(lambda self: self._stype_name, doc="The storage type.")
    _num_aux = property(lambda self: len(self._aux), doc="The number of index arrays (csr 2, row_sparse 1).")
    _aux_types = property(lambda self: [a.dtype.type for a in self._aux], doc="The index arrays' numpy types.")

    def _aux_type(self, i):
        """The numpy type of index array ``i``."""
        return self._aux[i].dtype.type

    @property
    def _data(self):
        dense = self._dense
        if dense is None:
            dense = self._todense()
            dense.flags.writeable = False     # writes must go through the sparse parts
            self._dense = dense
        return dense

    @_data.setter
    def _data(self, value):
        self._set_dense(np.asarray(value))

    def _set_parts(self, values, aux):
        self._values, self._aux, self._dense = values, tuple(aux), None

    def _store_gradient(self, grad, req, rows=None):
        """Write (req 'write') or add (req 'add') the dense numpy gradient ``grad``, keeping this storage type;
        a row_sparse buffer also stores ``rows`` (the rows an op like Embedding touched), zero or not."""
        if req == "add" and getattr(self, "_pending", None) is not None:
            return      # a failed buffer: MXNet's engine keeps the error with the variable the addition reads
        if req == "add":
            grad = self._todense() + grad
            if rows is not None and self._stype_name == "row_sparse":
                rows = np.union1d(rows, self._aux[0])
        if req not in ("write", "add"):
            return
        if self._stype_name == "csr" and len(self._sshape) != 2:    # the cast into it fails; the buffer carries it
            from .failures import failed_write
            failed_write(self, f"Check failed: dns.shape_.ndim() == 2 ({len(self._sshape)} vs. 2) : ")
            return
        self._set_dense(np.asarray(grad))
        if rows is not None and self._stype_name == "row_sparse":
            rows = np.union1d(self._aux[0], rows).astype(np.int64)
            self._set_parts(np.asarray(grad, self._values.dtype)[rows], [rows])

    def _set_dense(self, dense):
        """Replace the contents with the compressed form of numpy ``dense``, keeping this array's dtype."""
        converted = _from_dense(dense.astype(self._values.dtype, copy=False), self._stype_name, self._ctx)
        self._set_parts(converted._values, converted._aux)

    # ---- conversion -----------------------------------------------------------------
    def asnumpy(self):
        """A dense numpy copy."""
        _refuse_zero_size(self._sshape, "cast_storage", stype="default")     # (made from parts whose shape has a 0)
        return self._todense()

    def tostype(self, stype):
        """A copy in storage ``stype``; csr and row_sparse do not convert into each other."""
        _check_stype(stype)
        if stype == "default":
            _refuse_zero_size(self._sshape, "cast_storage", stype="default")
            if self._values.dtype == np.bool_:      # no bool kernel: the copy fails when read
                from .sparse_failed import failed
                return failed(_wrap(np.zeros(self._sshape, np.bool_), self._ctx._op_ctx), "Unknown type enum 7",
                              ("../src/common/../operator/tensor/cast_storage-inl.h", 269))
            return _recorded(_with_temp_space(_wrap(self._todense(), self._ctx._op_ctx)),
                             lambda: Op.__call__(OPS["cast_storage"], _dense_view(self), stype="default"), (self,))
        if stype != self._stype_name:
            raise ValueError(f"cast_storage from {self._stype_name} to {stype} is not supported")
        return _with_temp_space(self.copy())

    def astype(self, dtype, copy=True):
        """A copy with values of type ``dtype`` and the same sparsity structure."""
        if not copy and self._values.dtype == np.dtype(dtype):
            return self
        dtype = np.float32 if dtype is None else dtype      # MXNet makes the copy with sparse.zeros
        return _new(type(self), self._values.astype(dtype), [a.copy() for a in self._aux], self._sshape, self._ctx)

    def copyto(self, other):
        """Copy into ``other`` (a sparse or dense array of the same shape) or onto a context."""
        if not isinstance(other, (NDArray, Context)):
            raise TypeError(f"copyto does not support type {type(other)}")
        if isinstance(other, NDArray):
            if other is self:       # MXNet warns and copies nothing, returning False
                warn_self_copy()
                return False
            if isinstance(other, BaseSparseNDArray) and other._stype_name != self._stype_name:
                raise TypeError(f"copyto does not support destination NDArray stype {other._stype_name}")
            if other.shape != self.shape:
                raise _shape_mismatch(self.shape, other.shape)
            if not isinstance(other, BaseSparseNDArray):
                note_copy_fallback(self, other)
                try:            # MXNet's storage-cast kernel checks it: raised when the target is read
                    _refuse_dtype_across_storage(self, other)
                except MXNetError as e:
                    from .sparse_failed import failed
                    return failed(other, message_of(e))
            if isinstance(other, BaseSparseNDArray):
                other._set_parts(self._values.astype(other._values.dtype), [a.copy() for a in self._aux])
            else:
                other._data[...] = self._todense()
            return other
        ctx = placed(other, GPU_COPY)
        return _new(type(self), self._values.copy(), [a.copy() for a in self._aux], self._sshape, ctx)

    def copy(self):
        """A deep copy on the same context (recorded as a copy)."""
        return _recorded(self.copyto(self._ctx), lambda: _dense_view(self).copy(), (self,))

    def detach(self):
        """The same sparse array, cut from any recorded graph."""
        return _new(type(self), self._values, self._aux, self._sshape, self._ctx)

    def wait_to_read(self):
        """Wait for the kernel writing this array: a failed one's error is raised here."""
        self._values  # noqa: B018 -- reading raises a pending kernel error

    def reshape(self, *shape, **kwargs):
        raise NotSupportedForSparseNDArray(self.reshape, None, shape)     # MXNet's wrapper shows the args tuple

    def asscalar(self):
        raise NotImplementedError()     # (MXNet's says no more)

    def __bool__(self):
        size = int(np.prod(self._sshape))
        if size == 0:
            return False
        if size == 1:
            self.asscalar()         # MXNet reads a one-element array's truth with asscalar, which refuses
        raise ValueError("The truth value of an NDArray with multiple elements is ambiguous.")

    def __len__(self):
        return self._sshape[0]

    def __repr__(self):
        return f"\n<{type(self).__name__} {'x'.join(str(s) for s in self._sshape)} @{self._ctx}>"

    __str__ = __repr__

    def __getstate__(self):
        from ..util import is_np_shape
        if is_np_shape():       # MXNet's raw bytes of numpy shape semantics hold dense arrays only
            code = 1 if self._stype_name == "row_sparse" else 2
            raise MXNetError(f"Check failed: storage_type() == kDefaultStorage ({code} vs. 0) : only allow "
                             "serializing ndarray of default storage type in np shape semantics")
        device = (self._ctx.device_typeid, self._ctx.device_id)
        return {"handle": bytearray(_serialize.record_bytes(_to_record(self, 0), device=device))}   # MXNet's raw bytes

    def __setstate__(self, state):
        made = _from_record(_serialize.read_record_bytes(state["handle"]))     # (on cpu(0): no context kept)
        self._ctx, self._node, self._sshape = made._ctx, None, made._sshape
        self._set_parts(made._values, made._aux)

    def __setitem__(self, key, value):
        if isinstance(key, (int, tuple)):         # an int or tuple key is refused before the slice check
            if self._stype_name == "row_sparse":
                raise TypeError("RowSparseNDArray only supports [:] for assignment")
            raise Exception(f"{type(self).__name__} only supports [:] for assignment")  # noqa: TRY002  (MXNet's)
        if not isinstance(key, py_slice):
            raise AssertionError        # (MXNet's bare assert on the key's type)
        if key != py_slice(None):
            # MXNet's words, its row_sparse misspelling included
            spelled = "implmented" if self._stype_name == "row_sparse" else "implemented"
            raise ValueError(f"Assignment with slice for {type(self).__name__} is not {spelled} yet.")
        if isinstance(value, _SCALARS):
            if self._stype_name == "csr":
                raise ValueError("Assigning numeric types to CSRNDArray is not implemented yet.")
            rows = np.arange(self._sshape[0], dtype=np.int64)     # a scalar fill stores every row, zeros too
            self._set_parts(np.full(self._sshape, value, self._values.dtype), [rows])
        elif isinstance(value, NDArray):
            if value is not self:       # as MXNet: ``a[:] = a`` (an in-place ``a[:] += b``) copies nothing
                value.copyto(self)      # copyto's checks: storage type, shape, then dtype (when read)
        elif isinstance(value, np.ndarray):
            warnings.warn(f"Assigning non-NDArray object to {type(self).__name__} is not efficient", RuntimeWarning,
                          stacklevel=2)       # (shown: distnet's own RuntimeWarnings are filtered as numpy noise)
            _wrap(value.astype(np.float32), self._ctx).copyto(self)     # MXNet makes a float32 NDArray of it first
        else:
            raise TypeError(f"type {class_text(value)} not supported")

    # ---- Python's operators: MXNet's functions, whose operators keep the storage or fall back to dense ----------
    def __add__(self, other):
        return add(self, other)

    def __sub__(self, other):
        return subtract(self, other)

    def __mul__(self, other):
        return multiply(self, other)

    def __div__(self, other):
        return divide(self, other)

    def __truediv__(self, other):       # (MXNet's sparse class overrides Python 2's __div__ only: nd.divide's)
        return _arith.divide(self, other)

    # an array on the left is asked second (this class is a subclass): its own operator, nd.<function>(other, self)
    def __radd__(self, other):
        return _arith.add(other, self) if isinstance(other, NDArray) else add(self, other)

    def __rsub__(self, other):
        return _arith.subtract(other, self)

    def __rmul__(self, other):
        return _arith.multiply(other, self) if isinstance(other, NDArray) else multiply(self, other)

    def __rtruediv__(self, other):
        return _arith.divide(other, self)

    def __pow__(self, other):
        return _arith.power(self, other)

    def __rpow__(self, other):
        return _arith.power(other, self)

    def __mod__(self, other):
        return _arith.modulo(self, other)

    def __rmod__(self, other):
        return _arith.modulo(other, self)

    def __gt__(self, other):
        return _arith.greater(self, other)

    def __ge__(self, other):
        return _arith.greater_equal(self, other)

    def __lt__(self, other):
        return _arith.lesser(self, other)

    def __le__(self, other):
        return _arith.lesser_equal(self, other)

    def __eq__(self, other):
        return _arith.equal(self, other)

    def __ne__(self, other):
        return _arith.not_equal(self, other)

    __hash__ = NDArray.__hash__

    def __neg__(self):
        return OPS["_mul_scalar"](self, scalar=-1.0)

    def __abs__(self):
        return OPS["abs"](self)

    def __iadd__(self, other):
        return self._assign_result(self + other)

    def __isub__(self, other):
        return self._assign_result(self - other)

    def __imul__(self, other):
        return self._assign_result(self * other)

    def __itruediv__(self, other):
        return self._assign_result(self / other)

    __idiv__ = __itruediv__

    def __imod__(self, other):      # MXNet's NDArray method: the operator with out=self (no sparse kernel)
        if isinstance(other, NDArray):
            return OPS["broadcast_mod"](self, other, out=self)
        if isinstance(other, _SCALARS):
            return OPS["_mod_scalar"](self, scalar=float(other), out=self)
        raise TypeError(f"type {class_text(other)} not supported")

    def _assign_result(self, result):
        if getattr(type(result), "_plain_class", type(result)) is not type(result):    # a failed kernel's result:
            from .failures import _poison       # self keeps its data and carries the error, as MXNet's engine
            _poison(self, result._pending)
            return self
        result.copyto(self)
        return self

    def _map(self, fn):
        """``fn`` applied to the stored values only (valid when fn(0) == 0), keeping the structure and dtype."""
        with np.errstate(all="ignore"):     # MXNet's kernels make nan and inf silently
            values = np.asarray(fn(self._values)).astype(self._values.dtype, copy=False)
        return _new(type(self), values, [a.copy() for a in self._aux], self._sshape, self._ctx._op_ctx)

    def _map_math(self, fn):
        """``_map`` as MXNet's unary math kernels write it: a csr array storing nothing comes out with an empty
        indptr too (they only zero-fill the output)."""
        out = self._map(fn)
        if self._stype_name == "csr" and not self._values.size and fn not in _COPIES:
            out._set_parts(out._values, [out._aux[0], out._aux[1][:0]])
        return out

    def clip(self, a_min=_Null, a_max=_Null, out=None):
        """Values limited to [a_min, a_max]; sparse, so zero must stay zero (inside the range)."""
        from ..symbol.enums import require_parameters
        given = {k: v for k, v in (("a_min", a_min), ("a_max", a_max)) if v is not _Null}
        if None in given.values():
            return OPS["clip"](_dense_view(self), **given)      # the parser refuses None, as MXNet's
        require_parameters("clip", **{k: given.get(k) for k in ("a_min", "a_max")})
        if not a_min <= 0 <= a_max:     # no kernel keeps this storage; MXNet infers a dense output it cannot write
            if isinstance(out, BaseSparseNDArray):      # (a sparse out= takes the dense clip, cast)
                return OPS["clip"](_dense_view(self), a_min=a_min, a_max=a_max, out=out)
            raise storage_not_implemented("clip", (self,), "default", f"a {self.stype} array is clipped only to a "
                                          "range holding 0; clip x.tostype('default') instead", given)
        if out is None:
            return _recorded(self._map(lambda v: OPS["clip"].fwd(v, a_min=a_min, a_max=a_max)),     # (keeps -0.0)
                             lambda: OPS["clip"](_dense_view(self), a_min=a_min, a_max=a_max), (self,))
        return OPS["clip"](_dense_view(self), a_min=a_min, a_max=a_max, out=out)

    def zeros_like(self, *args, **kwargs):
        """An all-zero array of the same storage type, shape and dtype (given arguments: the operator's call)."""
        if args or kwargs:
            return OPS["zeros_like"](self, *args, **kwargs)
        return zeros(self._stype_name, self._sshape, self._ctx, self._values.dtype)


def _dense_view(a):
    """A dense NDArray standing for sparse ``a`` in a fallback operator (in ``a``'s place in a recorded graph)."""
    view = _wrap(a._data, a._ctx)
    view._node = a._node
    return view


def _recorded(result, dense_call, args):
    """``result``, linked into the autograd graph as ``dense_call()`` (the same computation on dense views,
    recorded by the registry) when recording and an array of ``args`` takes part in the graph."""
    from .. import autograd
    if not autograd.is_recording() or result._node is not None:
        return result            # a dense fallback's result is recorded already (through _dense_view)
    if all(getattr(a, "_node", None) is None for a in args):
        return result
    node = result._node = _recording_only(dense_call)._node
    if node is not None:
        autograd.node_stypes[node[0]] = (tuple(getattr(a, "stype", "default") for a in args), result.stype)
        from .registry import _backward_reporting
        node[0].op = _backward_reporting(node[0].op, args, node[0].attrs, result.stype)
    return result


def _recording_only(dense_call):
    """``dense_call()``, run only for the node it records: MXNet runs the one (sparse) operator, so the temp space
    copies it takes are given back and the errors its kernel finds forgotten (the sparse result has its own)."""
    from .failures import COPIES_HELD, OUTSTANDING, forget_since
    mark = len(OUTSTANDING)
    with COPIES_HELD.unchanged():
        made = dense_call()
    forget_since(mark)
    return made


def _traced(method, dense_method):
    """A sparse-result method of BaseSparseNDArray, recorded for autograd as the NDArray method ``dense_method``."""
    def traced(self, *args):
        return _recorded(method(self, *args),
                         lambda: getattr(_dense_view(self), dense_method)(*[_as_dense(a) for a in args]), (self,) + args)
    traced.__name__, traced.__doc__ = method.__name__, method.__doc__
    return traced


_BINARY_KERNELS = "../src/operator/tensor/./elemwise_binary_op-inl.h"
_DOT_KERNELS = "../src/operator/tensor/./dot-inl.h"
# the type switch of each csr kernel (the copy of the add kernel MXNet links is kvstore's)
CSR_KERNEL_SITES = {"add": ("../src/kvstore/././../operator/tensor/elemwise_binary_op-inl.h", 512),
                    "sub": (_BINARY_KERNELS, 512), "mul": (_BINARY_KERNELS, 594),
                    "csr_dot": (_DOT_KERNELS, 825), "csr_t_dot": (_DOT_KERNELS, 907),
                    "dense_dot_csr": (_DOT_KERNELS, 1145)}


def _wide_float_kernel(result, *arrays, kernel):
    """MXNet's kernels for a csr array with a dense one, and every sparse dot, take float32 and float64 only: the
    kernel (a key of CSR_KERNEL_SITES) refuses other types, raised when its output (``result()`` makes a
    placeholder) is read."""
    for a in arrays:
        if isinstance(a, NDArray) and a.dtype not in (np.float32, np.float64):
            from .failures import KernelError
            error = KernelError("This operation only supports 32-bit and 64-bit floating point", result())
            raise located(error, CSR_KERNEL_SITES[kernel])


def _dense_like(a):
    """A placeholder for a failed kernel's dense output of ``a``'s shape and dtype."""
    return lambda: _wrap(np.zeros(a.shape, a.dtype), a._ctx._op_ctx)


def _combined(fn, a, b):
    """``fn(a, b)`` of two sparse arrays' values; a sum or product keeps, of two NaNs, the one MXNet's kernels
    keep."""
    return commuted(fn, a, b) if fn in (np.add, np.multiply) else fn(a, b)


def _sum_keeping_first_nan(a, b):
    """``a + b`` in place in ``a``, keeping its NaN where both are NaN (as add_n accumulates)."""
    return combine_keeping_nan(np.add, a, b)


def _one_dtype(a, b):
    """MXNet's sparse kernels, like its dense ones, need one dtype on both operands (no promotion)."""
    if np.dtype(a.dtype) != np.dtype(b.dtype):
        raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                         f"expected {np.dtype(a.dtype).name}, got {np.dtype(b.dtype).name}")


def _with_zero(fn, values, zero):
    """``fn(values, zero)`` as MXNet's kernel computes it, with the zero as given in the values' type: a stored
    -0.0 plus 0.0 is 0.0, plus -0.0 stays -0.0."""
    return fn(values, values.dtype.type(zero))


def _scalar(arr, s):
    """The scalar as MXNet's kernel sees it: cast to the array's dtype as the dense operators cast it."""
    return _scalar_like(arr._values, s) if isinstance(s, _SCALARS) else s


# MXNet's csr (+, -, *) kernel threads each row's columns on a linked list as it meets them (lhs's stored
# entries, then rhs's) and emits them from the list's head: in reverse order of first appearance
_LINKED_ROW_KERNELS = (np.add, np.subtract, np.multiply)


def _linked_row_order(keys, ka, kb, width):
    """Positions of the sorted union ``keys`` in the order MXNet's linked-list kernel emits them."""
    met = np.concatenate([ka, kb])          # the order the kernel meets the entries (stored order)
    rows = met // width
    by_row = np.argsort(rows, kind="stable")
    seen, first = np.unique(met[by_row], return_index=True)
    first_meeting = np.empty(keys.size, np.int64)
    first_meeting[np.searchsorted(keys, seen)] = first
    return np.lexsort((-first_meeting, keys // width))


def _written(shape, dtype, flat, values):
    """A dense array of ``shape`` holding ``values`` at the ``flat`` positions, as MXNet's storage kernels
    write them: a position outside the array (an index beyond its shape, kept as given) is not written."""
    out = np.zeros(_math.prod(shape), dtype)
    inside = (flat >= 0) & (flat < out.size)
    out[flat[inside]] = values[inside]
    return out.reshape(shape)


@own_methods("tostype", "copyto")
class CSRNDArray(BaseSparseNDArray):
    """A 2-D array in compressed sparse row form: ``data``, column ``indices`` and row pointers ``indptr``."""

    __slots__ = ()
    _stype_name = "csr"

    data = property(lambda self: _wrap(self._values.copy(), self._ctx), _refuse_part_assignment,
                    doc="The stored values.")
    indices = property(lambda self: _wrap(self._aux[0].copy(), self._ctx), _refuse_part_assignment,
                       doc="The column index of each value (int64).")
    indptr = property(lambda self: _wrap(self._aux[1].copy(), self._ctx), _refuse_part_assignment,
                      doc="Where each row starts in data (int64).")

    def _rows(self):
        return np.repeat(np.arange(self._sshape[0], dtype=np.int64), np.diff(self._row_pointers()))

    def _row_pointers(self):
        """indptr with one entry per row and one more: a malformed one (MXNet builds it unchecked, its
        check_format reports the shape error) is cut, or stretched by its last entry (rows holding nothing)."""
        ptr, size = self._aux[1], self._sshape[0] + 1
        if ptr.size == size:
            return ptr
        last = ptr[-1:] if ptr.size else np.zeros(1, ptr.dtype)
        return np.concatenate([ptr[:size], np.repeat(last, max(size - ptr.size, 0))])

    def _todense(self):
        _castable_storage(self._values.dtype)
        if len(self._sshape) != 2:      # MXNet's csr-to-dense kernel checks the dense shape, at every read
            raise located(MXNetError(f"Check failed: dns->shape_.ndim() == 2 ({len(self._sshape)} vs. 2) : "),
                          ("../src/common/../operator/tensor/cast_storage-inl.h", 308))
        rows, picks = self._walked_entries()
        return _written(self._sshape, self._values.dtype, rows * self._sshape[1] + self._aux[0][picks],
                        self._values[picks])

    def _walked_entries(self):
        """The row of each entry MXNet's kernels visit, walking each row from indptr[i] to indptr[i + 1] (within
        the stored values), and its position in data: every entry once for a well-formed array."""
        ptr = np.clip(self._row_pointers(), 0, self._values.size)
        counts = np.maximum(np.diff(ptr), 0)
        rows = np.repeat(np.arange(self._sshape[0], dtype=np.int64), counts)
        offsets = np.repeat(ptr[:-1] - (np.cumsum(counts) - counts), counts)
        return rows, np.arange(rows.size) + offsets

    def _keys(self):
        return self._rows() * max(self._sshape[1], 1) + self._aux[0]

    def _combine(self, other, fn):
        """``fn`` over the union of both structures; exact zeros in the result are dropped."""
        _one_dtype(self._values, other._values)
        ka, kb = self._keys(), other._keys()
        keys = np.union1d(ka, kb)
        va = np.zeros(keys.size, self._values.dtype)
        vb = np.zeros(keys.size, other._values.dtype)
        va[np.searchsorted(keys, ka)] = self._values
        vb[np.searchsorted(keys, kb)] = other._values
        values = _combined(fn, va, vb)
        if fn in _LINKED_ROW_KERNELS:
            order = _linked_row_order(keys, ka, kb, max(self._sshape[1], 1))
            keys, values = keys[order], values[order]
        keep = values != 0
        rows, cols = np.divmod(keys[keep], max(self._sshape[1], 1))
        indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=self._sshape[0]))]).astype(np.int64)
        return _new(CSRNDArray, values[keep], [cols.astype(np.int64), indptr], self._sshape, self._ctx._op_ctx)

    def _times_dense(self, dense, dense_first=False):
        """The stored values times ``dense``'s (its left operand when ``dense_first``)."""
        _one_dtype(self._values, dense)
        if np.shape(dense) == self._sshape and self._values.size:
            # the elemwise kernel (broadcasting has its own, of any type), which skips a csr storing nothing
            _wide_float_kernel(lambda: _empty_csr(self._sshape, self._values.dtype, self._ctx._op_ctx), self,
                               kernel="mul")
        rows, cols = self._rows(), self._aux[0]
        factor = np.broadcast_to(dense, self._sshape)[rows, cols]
        # (of two NaNs, the csr kernel keeps its left operand's)
        if dense_first:
            return self._map(lambda v: combine_keeping_nan(np.multiply, factor.copy(), v))
        return self._map(lambda v: combine_keeping_nan(np.multiply, v.copy(), factor))

    def __getitem__(self, key):
        if isinstance(key, bool):       # MXNet hands it to the slice operator, whose parser refuses True/False
            raise MXNetError(f"Invalid Parameter format for begin expect Shape(tuple) but value='{key}'"
                             f"{in_operator('slice', {'begin': key, 'end': key + 1})}")
        if isinstance(key, int):        # MXNet: a Python int only
            n = self._sshape[0]
            if not -n <= key < n:       # the row slice it reads is empty
                return _no_rows(self)
            key = py_slice(key % n, key % n + 1)
        if isinstance(key, tuple):
            raise ValueError("Multi-dimension indexing is not supported")
        if not isinstance(key, py_slice):
            raise ValueError(f"Undefined behaviour for {key}")
        if key.step is not None:        # MXNet refuses even a step of 1
            raise ValueError("CSRNDArray only supports continuous slicing on axis 0")
        if key.start is None and key.stop is None:
            return self         # MXNet's csr[:] is the array itself
        # MXNet reads a falsy bound as missing, so csr[0:0] is the whole array
        begin, end, _ = py_slice(key.start or 0, key.stop or self._sshape[0]).indices(self._sshape[0])
        if end <= begin:
            return _no_rows(self)
        indptr = self._aux[1]
        lo, hi = indptr[begin], indptr[end]
        parts = [self._aux[0][lo:hi].copy(), indptr[begin:end + 1] - lo]
        rows = _new(CSRNDArray, self._values[lo:hi].copy(), parts, (end - begin, self._sshape[1]), self._ctx)
        return _recorded(_with_temp_space(rows), lambda: OPS["slice"](_dense_view(self), begin=begin, end=end), (self,))

    def __iter__(self):
        """The rows, one csr array each (MXNet walks keys 0, 1, ... past the last row, which never fails there)."""
        return (self[i] for i in range(self._sshape[0]))

    def asscipy(self):
        """A scipy.sparse.csr_matrix copy (needs scipy, as in MXNet)."""
        scipy = _require_scipy()
        parts = (self._values.copy(), self._aux[0].copy(), self._aux[1].copy())
        return scipy.sparse.csr_matrix(parts, shape=self._sshape)

    def check_format(self, full_check=True):
        """Raise MXNetError unless indptr and indices describe a valid csr array (sizes only without full_check)."""
        _check_csr(self._values, self._aux[0], self._aux[1], self._sshape)
        if self._aux[1].size != self._sshape[0] + 1:
            raise MXNetError("Check failed: err != kCSRShapeErr (1 vs. 1) : Shape mismatch of this csr NDArray")
        problem = _csr_format_error(self._aux[0], self._aux[1], self._sshape) if full_check else None
        if problem:
            raise MXNetError(_CSR_FORMAT_MESSAGES[problem])


@own_methods("tostype", "copyto")
class RowSparseNDArray(BaseSparseNDArray):
    """An array of which only the rows listed in ``indices`` are stored (in ``data``)."""

    __slots__ = ()
    _stype_name = "row_sparse"

    data = property(lambda self: _wrap(self._values.copy(), self._ctx), _refuse_part_assignment,
                    doc="The stored rows.")
    indices = property(lambda self: _wrap(self._aux[0].copy(), self._ctx), _refuse_part_assignment,
                       doc="The row index of each stored row (int64).")

    def _todense(self):
        _castable_storage(self._values.dtype)
        width = _math.prod(self._sshape[1:])
        flat = (self._aux[0][:, None] * width + np.arange(width)).ravel()
        return _written(self._sshape, self._values.dtype, flat, self._values.ravel())

    def _combine(self, other, fn):
        """``fn`` over the union of both row sets (every row of the union is kept, as MXNet does)."""
        _one_dtype(self._values, other._values)
        rows = np.union1d(self._aux[0], other._aux[0]).astype(np.int64)
        a = np.zeros((rows.size,) + self._sshape[1:], self._values.dtype)
        b = np.zeros((rows.size,) + self._sshape[1:], other._values.dtype)
        a[np.searchsorted(rows, self._aux[0])] = self._values
        b[np.searchsorted(rows, other._aux[0])] = other._values
        return _new(RowSparseNDArray, _combined(fn, a, b), [rows], self._sshape, self._ctx._op_ctx)

    def _times_dense(self, dense, dense_first=False):
        """The stored rows times ``dense``'s (its left operand when ``dense_first``), keeping MXNet's NaN."""
        _one_dtype(self._values, dense)
        factor = np.broadcast_to(dense, self._sshape)[self._aux[0]]
        if dense_first:
            return self._map(lambda v: commuted(np.multiply, factor, v))
        return self._map(lambda v: commuted(np.multiply, v, factor))

    def retain(self, *args, **kwargs):
        """MXNet 1.9.1's fluent retain, which passes its arguments (without this array) to gs_retain: it returns
        (0,). Use nd.sparse.retain(x, indices)."""
        return gs_retain(*args, **kwargs)

    def __array__(self, dtype=None):
        """Refused as in MXNet, whose arrays have no numpy conversion: numpy reads them row by row, ``x[0]``..."""
        return self[0]

    def __getitem__(self, key):
        if isinstance(key, int):        # a Python int (or bool); a numpy integer is an undefined key below
            raise Exception("__getitem__ with int key is not implemented for RowSparseNDArray yet")  # noqa: TRY002
        if isinstance(key, py_slice):
            if key != py_slice(None):
                raise Exception("RowSparseNDArray only supports [:] for __getitem__")  # noqa: TRY002  (MXNet's)
            return self
        if isinstance(key, tuple):
            raise ValueError("Multi-dimension indexing is not supported")
        raise ValueError(f"Undefined behaviour for {key}")

    def check_format(self, full_check=True):
        """Raise MXNetError unless the row indices are in range and ascending (sizes only without full_check)."""
        _check_rsp(self._values, self._aux[0], self._sshape)
        rows = self._aux[0]
        if full_check and rows.size and (rows.min() < 0 or rows.max() >= self._sshape[0] or np.any(np.diff(rows) <= 0)):
            raise MXNetError("Check failed: err != kRSPIdxErr (5 vs. 5) : Indices of row_sparse NDArray should be "
                             "non-negative, less than the size of first dimension and in ascending order")


# ---- conversions -----------------------------------------------------------------------------

def _check_stype(stype):
    check_enums("cast_storage", {"stype": stype})


def storage_not_implemented(op, inputs, out, hint, params=None):
    """MXNet's storage inference failure: ``op`` has no kernel for these inputs and ``out`` (an array, a storage
    type name, or None: the output's storage type is left unknown); ``hint`` says, to the reader of the call,
    which storage types it takes (MXNet's message does not).
    ``params``: the attributes the call gave, which MXNet's report lists (in its attribute map's order) with the
    device."""
    return MXNetError("Check failed: infer_stype_success: Operator not implemented: "
                      + stype_report(op, inputs, [out], params))


def _castable_storage(dtype):
    """MXNet's storage casts (dense <-> sparse, a sparse array's dense view) have no bool kernel."""
    if np.dtype(dtype) == np.bool_:
        raise MXNetError("Unknown type enum 7")      # (MXNet's storage kernels have no bool variant)


def _from_dense(dense, stype, ctx):
    """The compressed form of numpy ``dense`` as a CSRNDArray or RowSparseNDArray."""
    if dense.dtype == np.bool_ and (stype != "csr" or dense.ndim == 2):     # no bool kernel: fails when read
        from .sparse_failed import failed
        empty = np.zeros((0,) + (() if stype == "csr" else dense.shape[1:]), np.bool_)
        aux = [np.zeros(0, np.int64)] * (2 if stype == "csr" else 1)
        return failed(_new(CSRNDArray if stype == "csr" else RowSparseNDArray, empty, aux, dense.shape, ctx),
                      "Unknown type enum 7", ("../src/common/../operator/tensor/cast_storage-inl.h",
                                              269 if stype == "csr" else 113))
    if stype == "csr":
        if dense.ndim != 2:
            raise ValueError("To convert to a CSR, the NDArray should be 2 Dimensional. "
                                     f"Current shape is {dense.shape}")
        rows, cols = np.nonzero(dense)
        indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=dense.shape[0]))]).astype(np.int64)
        return _new(CSRNDArray, dense[rows, cols].copy(), [cols.astype(np.int64), indptr], dense.shape, ctx)
    if dense.ndim < 1:
        raise MXNetError(inference_failed("cast_storage", [None], [None]) + "stype : row_sparse\n\n")  # () unknown
    rows = np.flatnonzero(np.any(dense.reshape(dense.shape[0], int(np.prod(dense.shape[1:]))) != 0, axis=1))
    rows = rows.astype(np.int64)
    return _new(RowSparseNDArray, dense[rows].copy(), [rows], dense.shape, ctx)


def cast_storage(data, stype=_Null):
    """``data`` converted to storage type ``stype`` ('default', 'csr' or 'row_sparse')."""
    if stype is _Null:
        from ..symbol.enums import missing_parameter
        raise missing_parameter("cast_storage", "stype", {})
    OPS["cast_storage"]._refuse_numpy_arrays((data,), {}, None)      # checked before the operator's parameters
    _check_stype(stype)
    if isinstance(data, BaseSparseNDArray):
        if stype not in ("default", data.stype):     # tostype's ValueError is the Python front end's
            raise storage_not_implemented("cast_storage", (data,), None, f"a {data.stype} array converts to "
                                          f"default storage (or its own) only", {"stype": stype})
        return data.tostype(stype)
    refuse_shapeless(OPS["cast_storage"], (data,), parsed=True)
    if stype == "csr" and data.ndim != 2:       # the kernel's check (tostype's ValueError is the front end's)
        return _not_two_dimensional(_empty_csr(data.shape, data.dtype, data._ctx._op_ctx), "dns.")
    if stype != "default" and called_by_user(1):
        _refuse_zero_size(data.shape, "cast_storage", stype=stype)
    return _cast_dense(data, stype)


def _cast_dense(data, stype):
    """Dense ``data`` in storage ``stype``, a cast_storage node when recording (as MXNet records it)."""
    carried = _cast_of_failed(data, stype)
    if carried is not None:
        return carried
    if stype == "default":
        return Op.__call__(OPS["cast_storage"], data, stype="default")
    return _recorded(_with_temp_space(_from_dense(np.asarray(data._data), stype, data._ctx._op_ctx)),
                     lambda: Op.__call__(OPS["cast_storage"], data, stype="default"), (data,))


def _cast_of_failed(data, stype):
    """The cast to ``stype`` of a dense result whose kernel failed (its error not raised yet), or None: MXNet's
    engine skips the cast, whose result carries the error."""
    from .failures import _live, _poison
    failure = _live(data)
    if failure is None:
        return None
    made = _empty_like(data.shape, data.dtype, stype, data._ctx._op_ctx)
    _poison(made, failure)
    return made


def _empty_like(shape, dtype, stype, ctx):
    """An array of ``stype`` storing nothing (zeros, for default storage): a placeholder for a failed result."""
    if stype == "csr":
        return _empty_csr(shape, dtype, ctx)
    if stype == "row_sparse":
        return _new(RowSparseNDArray, np.zeros((0,) + tuple(shape[1:]), dtype), [np.zeros(0, np.int64)], shape, ctx)
    return _wrap(np.zeros(shape, dtype), ctx)


def _empty_csr(shape, dtype, ctx):
    return _new(CSRNDArray, np.zeros(0, dtype), [np.zeros(0, np.int64), np.zeros(shape[0] + 1, np.int64)], shape, ctx)


def _no_rows(csr, width=None):
    """``csr``'s slice of no rows, as MXNet makes it: a csr array of shape (0, columns) (``width`` columns when
    sliced too), which its reads refuse (a dense copy cannot infer a shape holding 0, unknown outside NumPy shapes)."""
    return _empty_csr((0, csr.shape[1] if width is None else width), csr.dtype, csr._ctx)


def _not_two_dimensional(made, source):
    """csr array ``made``, carrying the error of MXNet's dense-to-csr kernel for a shape that is not 2-D (its
    check names the dense ``source``: 'dns.')."""
    from .sparse_failed import failed
    return failed(made, f"Check failed: {source}shape_.ndim() == 2 ({made.ndim} vs. 2) : ", copies=1)


def _with_temp_space(result):
    """``result`` of a kernel run outside the registry whose MXNet operator asks for temp space (a storage cast,
    the csr slice, a sparse dot): it takes a copy, so it carries the error that copy holds, if any (see
    workspace)."""
    from .failures import with_copy_error
    return with_copy_error(result)


def _refuse_zero_size(dims_given, op, **attrs):
    """MXNet's shape inference reads a 0 in a shape as unknown outside NumPy shapes: no zero-size sparse array.
    Its report lists the shape ``dims_given`` (unknown sizes as -1; _zeros has no input) and the operator's
    ``attrs``."""
    from ..util import is_np_shape
    if 0 in dims_given and not is_np_shape():
        dims = "[" + ",".join(str(d if d else -1) for d in dims_given) + "]"
        inputs = "" if op == "_zeros" else dims + "\n"
        raise MXNetError(f"Operator {op} inferring shapes failed.\ninput shapes:\n{inputs}output shapes:\n{dims}\n"
                         "operator attributes:\n" + "".join(f"{k} : {v}\n" for k, v in attrs.items()) + "\n")


def _dense_tostype(self, stype):
    """A copy of a dense array in storage ``stype``."""
    _check_stype(stype)
    if stype == "csr" and self.ndim != 2:
        raise ValueError(f"To convert to a CSR, the NDArray should be 2 Dimensional. Current shape is {self.shape}")
    refuse_shapeless(OPS["cast_storage"], (self,), parsed=True)
    if called_by_user(1):       # distnet's own readers (LibSVMIter) make empty csr batches, as MXNet's C++ does
        _refuse_zero_size(self.shape, "cast_storage", stype=stype)
    return _cast_dense(self, stype)


# Python's argument errors name a method's class: MXNet's sparse arrays inherit these from NDArray, and each
# check_format from BaseSparseNDArray
for _name in ("copy", "detach", "wait_to_read", "asscalar"):
    setattr(BaseSparseNDArray, _name, named_for("NDArray", getattr(BaseSparseNDArray, _name)))
for _cls in (CSRNDArray, RowSparseNDArray):
    _cls.check_format = named_for("BaseSparseNDArray", _cls.check_format)

_dense_copyto = NDArray.copyto


def _refuse_dtype_across_storage(sparse, dense):
    """MXNet copies between sparse and dense storage through a temporary of the target's storage type in the
    source's dtype: the two arrays need one dtype."""
    from .ops_misc import _C_TYPE_NAMES
    if sparse.dtype != dense.dtype:
        expected, given = (_C_TYPE_NAMES.get(np.dtype(a.dtype).name, "float") for a in (sparse, dense))
        raise MXNetError("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data "
                         f"type do not match specified type.Expected: {expected} v.s. given {given}")


def _shape_mismatch(source, target):
    """MXNet's shape inference error for a copy into an array of another shape."""
    return MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                      f"expected {_shape_text(source, -1)}, got {_shape_text(target, -1)}")


def _copyto(self, other):
    """Dense ``copyto`` that also fills a sparse target (converting to its storage type)."""
    if isinstance(other, BaseSparseNDArray):
        if not _copy_shapes_agree(self.shape, other.shape) and other.shape != self.shape:
            raise _shape_mismatch(self.shape, other.shape)
        note_copy_fallback(self, other)
        try:                    # MXNet's storage-cast kernel checks these: raised when the target is read
            _castable_storage(self.dtype)
            _refuse_dtype_across_storage(other, self)
        except MXNetError as e:
            from .sparse_failed import failed
            return failed(other, message_of(e))
        other._set_dense(np.array(self._data, other._values.dtype))
        return other
    return _dense_copyto(self, other)


NDArray.tostype = _dense_tostype
NDArray.copyto = _copyto


# ---- creation --------------------------------------------------------------------------------

def _check_csr(values, indices, indptr, shape, cast=False):
    """The structural checks made when a csr array is built (sizes only, as MXNet; see check_format)."""
    if len(shape) != 2:
        raise MXNetError(f"csr_matrix: shape must be 2-D, got {shape}")
    _check_data_fits(values, indices.shape[:1], cast)


def _check_data_fits(values, stored_shape, cast=False):
    """MXNet sizes the data buffer by the index array (``stored_shape``) and copies the values into it: the sizes
    must agree (``cast``: the values were an NDArray of another dtype, copied by its cast operator)."""
    room = _math.prod(stored_shape)
    if values.size > room:
        raise MXNetError(f"Check failed: src_shape.Size() <= dst_data.shape_.Size() ({values.size} vs. {room}) : ")
    if values.size < room and cast:
        raise MXNetError("Assignment: Check failed: eshape[0] == 0 || eshape == dshape: Shape of Tensors are not "
                         f"consistent with target, eshape: ({values.size},) dshape:({room},)")
    if values.size < room:
        raise MXNetError(f"Check failed: size == to->Size() ({values.size} vs. {room}) : copying size mismatch, "
                         f"from: {values.nbytes} bytes, to: {room * values.itemsize} bytes.")


def _csr_format_error(indices, indptr, shape):
    """Which of MXNet's full csr checks fails: 'ptr', 'idx' or None."""
    # MXNet's per-row column test reads each row's range, so an indptr leaving [0, nnz] is an index error
    nnz = indices.size
    bad_ptr = indptr[0] != 0 or np.any(np.diff(indptr) < 0) or indptr[-1] != nnz
    if np.any(indptr < 0) or np.any(indptr > nnz):
        return "idx"
    for row in range(shape[0]):
        cols = indices[indptr[row]:indptr[row + 1]]
        if cols.size and (cols.min() < 0 or cols.max() >= shape[1] or np.any(np.diff(cols) <= 0)):
            return "idx"
    return "ptr" if bad_ptr else None


_CSR_FORMAT_MESSAGES = {     # (MXNet's check prints the error code on both sides)
    "ptr": "Check failed: err != kCSRIndPtrErr (2 vs. 2) : IndPtr of csr NDArray should be non-negative, in "
           "non-decreasing order, start with 0, and end with value equal with size of indices.",
    "idx": "Check failed: err != kCSRIdxErr (3 vs. 3) : Indices of csr NDArray should be non-negative, in ascending "
           "order per row  and less than the number of columns.",
}


def _check_rsp(values, indices, shape, cast=False):
    """The structural check made when a row_sparse array is built (sizes only; see check_format)."""
    if indices.ndim == 1:
        _check_data_fits(values, indices.shape + tuple(shape[1:]), cast)
    if indices.ndim != 1 or values.shape[:1] != indices.shape or values.shape[1:] != tuple(shape[1:]):
        raise MXNetError(f"row_sparse_array: data of shape {values.shape} does not fit {indices.size} row indices "
                         f"of an array of shape {tuple(shape)}")


def _part(given, dtype=np.int64):
    """A part (values, indices or indptr) given to csr_matrix/row_sparse_array, as numpy of ``dtype``."""
    if isinstance(given, (NDArray, np.ndarray)):
        return _numpy(given, dtype)
    try:
        return np.array(given, dtype=dtype)
    except (TypeError, ValueError):
        raise TypeError("values must be array like object") from None


def _is_cast(given, values):
    """Whether a part given as an NDArray changed dtype on its way in (MXNet copies it by its cast operator)."""
    return isinstance(given, NDArray) and np.dtype(given.dtype) != values.dtype


def _size_after(given, index):
    """The size MXNet infers from an ``index`` read from the index array ``given`` (one more than it): an
    NDArray's index keeps the NDArray's dtype, and a float is no size (see _refuse_float_sizes)."""
    if isinstance(given, NDArray) and np.dtype(given.dtype).kind == "f":
        return np.float64(index) + 1
    return int(index) + 1


def _refuse_float_sizes(shape):
    """Python's TypeError for a shape entry that is no integer, as when MXNet passes the shape to its C API."""
    for size in shape:
        if not isinstance(size, (int, np.integer)):
            kind = type(size)
            name = kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"
            raise TypeError(f"'{name}' object cannot be interpreted as an integer")


class _Shaped(tuple):
    """A shape standing for the array it describes in _check_shape_matches."""
    shape = property(tuple)


def _check_shape_matches(made, shape):
    """MXNet's ValueError when an explicit ``shape`` disagrees with the one given by the source."""
    if shape is not None and tuple(made.shape) != tuple(shape):
        raise ValueError(f"Shape mismatch detected. {tuple(made.shape)} v.s. {tuple(shape)}")
    return made


def _require_scipy():
    """scipy (with scipy.sparse loaded), or MXNet's ImportError when it is not installed."""
    try:
        import scipy.sparse
    except ImportError as e:
        raise ImportError("scipy could not be imported. Please make sure that the scipy is installed.") from e
    return scipy


def _is_shape(arg):
    return isinstance(arg, tuple) and arg and all(isinstance(s, (int, np.integer)) for s in arg)


def _tuple_form(arg1, parts, shape=None):
    """How MXNet reads a tuple argument of csr_matrix (``parts`` 3) or row_sparse_array (``parts`` 2): 'parts' for
    the compressed parts, 'coo' for csr's (data, (row, col)), 'shape' otherwise (row_sparse: two sizes, or more
    than two entries); bad lengths and sizes raise MXNet's errors."""
    if len(arg1) < 2 or parts == 3 and len(arg1) > 3:
        raise ValueError(f"Unexpected length of input tuple: {len(arg1)}")
    if len(arg1) == parts and not (parts == 2 and _is_shape(arg1)):
        return "parts"
    if parts == 3 and isinstance(arg1[1], tuple) and len(arg1[1]) == 2:
        return "coo"
    _check_shape_matches(_Shaped(arg1), shape)      # before the sizes are read, as MXNet's front end does
    for size in arg1:
        if not isinstance(size, (int, np.integer)):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        if size < 0:
            raise OverflowError("can't convert negative value to unsigned int")
    return "shape"


def _sparse_ctx(arg1, ctx, parts):
    """The context a sparse constructor makes its array on (``ctx``, else the current one). MXNet first makes a
    dense source an NDArray on the current context, so under a GPU that allocation is refused whatever ``ctx``."""
    if not isinstance(arg1, (tuple, BaseSparseNDArray)) and not hasattr(arg1, "indptr"):
        placed(None)
        if ctx is not None and not isinstance(ctx, (Context, NDArray)):    # the dense copy's as_in_context(ctx)
            raise TypeError(f"copyto does not support type {type(ctx)}")
    return placed(ctx, _gpu_refusal(arg1, parts))


def _gpu_refusal(arg1, parts):
    """What MXNet's CPU-only build says when a sparse constructor is given a GPU: its zeros operator refuses a shape,
    or a sparse source (copied into new zeros), an allocation the compressed parts, a copy a dense source."""
    if isinstance(arg1, BaseSparseNDArray):
        return gpu_operator("_zeros")
    if not isinstance(arg1, tuple):
        return GPU_COPY
    if len(arg1) == 2 and _is_shape(arg1) or parts == 2 and len(arg1) > 2:
        return gpu_operator("_zeros")
    return GPU_ALLOCATION


def csr_matrix(arg1, shape=None, ctx=None, dtype=None):
    """A CSRNDArray from (data, indices, indptr), (data, (row, col)), a shape, or a dense/sparse source."""
    dense = None
    if not isinstance(arg1, (tuple, NDArray)) and not hasattr(arg1, "indptr"):
        dense = _dense_source(arg1, dtype)      # MXNet converts a dense source before it looks at ``ctx``
    if isinstance(arg1, RowSparseNDArray):
        raise ValueError("Unexpected input type: RowSparseNDArray")
    ctx = _sparse_ctx(arg1, ctx, 3)
    if isinstance(arg1, CSRNDArray):
        return _check_shape_matches(arg1.astype(_float_dtype(dtype, arg1)).copyto(ctx), shape)
    form = _tuple_form(arg1, 3, shape) if isinstance(arg1, tuple) else None
    if form == "shape":
        _check_shape_matches(_Shaped(arg1), shape)
        return zeros("csr", arg1, ctx, dtype)
    if form == "parts":
        if _is_shape(arg1) and shape is None:     # three sizes read as (data, indices, indptr)
            raise IndexError("tuple index out of range")
        values, indices, indptr = _part(arg1[0], _float_dtype(dtype, arg1[0])), _part(arg1[1]), _part(arg1[2])
        if shape is None:
            if not indices.shape[0]:
                raise ValueError("invalid shape")   # the column count cannot be inferred without indices
            shape = (indptr.size - 1, _size_after(arg1[1], indices.max()))
        if values.ndim != 1 or indptr.ndim != 1 or indices.ndim != 1 or not indptr.size or len(shape) != 2:
            raise ValueError("invalid shape")
        _refuse_float_sizes(shape)
        _check_csr(values, indices, indptr, tuple(shape), _is_cast(arg1[0], values))
        return _new(CSRNDArray, values, [indices, indptr], shape, ctx)
    if form == "coo":
        return _from_coo(arg1, shape, ctx, dtype)
    if all(hasattr(arg1, n) for n in ("data", "indices", "indptr", "shape")):      # scipy.sparse.csr_matrix
        if not getattr(arg1, "has_canonical_format", True):      # duplicates summed, columns sorted, as MXNet
            arg1 = arg1.copy()
            arg1.sum_duplicates()
        return csr_matrix((arg1.data, arg1.indices, arg1.indptr), tuple(arg1.shape), ctx, dtype)
    if dense is None:
        dense = _dense_source(arg1, dtype)
    _check_shape_matches(dense, shape)
    _refuse_zero_size(dense.shape, "cast_storage", stype="csr")
    if dense.ndim == 2 and _cast_recorded(arg1):
        return arg1.astype(dense.dtype, copy=False).tostype("csr")
    return _with_temp_space(_from_dense(dense, "csr", ctx._op_ctx))     # (an operator's output context)


def _cast_recorded(arg1):
    """Whether a dense NDArray source goes through its type and storage casts as autograd records them (MXNet's
    astype and tostype)."""
    from .. import autograd
    return type(arg1) is NDArray and autograd.is_recording()


def _dense_source(source, dtype):
    """A dense source as numpy; what numpy cannot convert is refused as MXNet's nd.array refuses it (an array
    source is not converted there: a bad dtype is numpy's TypeError)."""
    if isinstance(source, (np.ndarray, NDArray)):
        return _numpy(source, _float_dtype(dtype, source))
    try:
        return _numpy(source, _float_dtype(dtype, source))
    except (TypeError, ValueError):
        raise TypeError("source_array must be array like object") from None


def _from_coo(arg1, shape, ctx, dtype):
    """A CSRNDArray from scipy's (data, (row, col)) form; duplicate entries are summed. MXNet reads this form
    through scipy, so without scipy it is refused as there."""
    _require_scipy()
    dt = _float_dtype(dtype, arg1[0])
    values = _numpy(arg1[0], dt)
    rows, cols = (_numpy(i, np.int64) for i in arg1[1])
    if shape is None:
        shape = (int(rows.max()) + 1, int(cols.max()) + 1) if rows.size else (0, 0)
    dense = np.zeros(tuple(shape), dt)
    np.add.at(dense, (rows, cols), values)
    return _from_dense(dense, "csr", ctx)


def row_sparse_array(arg1, shape=None, ctx=None, dtype=None):
    """A RowSparseNDArray from (data, indices), a shape, or a dense/sparse source."""
    if isinstance(arg1, CSRNDArray):
        raise ValueError("Unexpected input type: CSRNDArray")
    ctx = _sparse_ctx(arg1, ctx, 2)
    if isinstance(arg1, RowSparseNDArray):
        return _check_shape_matches(arg1.astype(_float_dtype(dtype, arg1)).copyto(ctx), shape)
    form = _tuple_form(arg1, 2, shape) if isinstance(arg1, tuple) else None
    if form == "shape":
        _check_shape_matches(_Shaped(arg1), shape)
        return zeros("row_sparse", arg1, ctx, dtype)
    if form == "parts":
        values, indices = _part(arg1[0], _float_dtype(dtype, arg1[0])), _part(arg1[1])
        if shape is None:
            if not indices.shape[0]:
                raise ValueError("invalid shape")   # the row count cannot be inferred without indices
            shape = (_size_after(arg1[1], indices[-1]),) + values.shape[1:]    # (MXNet reads the last index)
        if values.ndim != len(shape) or indices.ndim != 1 or not _math.prod(shape[1:]):
            raise ValueError("invalid shape")
        _refuse_float_sizes(shape)
        _check_rsp(values, indices, tuple(shape), _is_cast(arg1[0], values))
        return _new(RowSparseNDArray, values, [indices], shape, ctx)     # kept as given; see check_format
    dense = _numpy(arg1, _float_dtype(dtype, arg1))
    _check_shape_matches(dense, shape)
    _refuse_zero_size(dense.shape, "cast_storage", stype="row_sparse")
    if _cast_recorded(arg1):
        return arg1.astype(dense.dtype, copy=False).tostype("row_sparse")
    return _with_temp_space(_from_dense(dense, "row_sparse", ctx._op_ctx))


def zeros(stype, shape, ctx=None, dtype=None, **kwargs):
    """An all-zero array of storage type ``stype`` (``out=`` is filled instead when given)."""
    if stype == "default":
        from .creation import zeros as dense_zeros
        return dense_zeros(shape, ctx, dtype, **kwargs)
    if stype not in ("csr", "row_sparse"):
        raise ValueError("unknown storage type" + stype)       # MXNet's wording (no space; a non-str fails here)
    from ..util import is_np_shape
    from .creation import _shape_inference_failed
    given, shape = shape, tuple(_std_array.array("I", shape))     # MXNet's allocation: sizes as unsigned ints,
    ctx = placed(resolved_id(ctx), gpu_operator("_zeros"))     # the context (given or current),
    dt = _allocated_dtype(_float_dtype(dtype))                  # then a type it has a number for
    if stype == "row_sparse" and not shape:
        raise located(MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)"),
                      ("../include/mxnet/tuple.h", 230))
    if "out" in kwargs:     # MXNet passes its new array as out= too
        raise TypeError("ndarray._zeros() got multiple values for keyword argument 'out'")
    unknown = [k for k in kwargs if k != "name" and not (k.startswith("__") and k.endswith("__"))]
    if unknown:             # the rest go to the _zeros operator, whose parser refuses them
        raise _zeros_refusal(unknown[0], dict(dtype=np.dtype(dt).name, ctx=ctx, shape=shape, **kwargs))
    if not (type(given) in (tuple, list) and all(type(d) is int for d in given)):     # the operator reads its text
        read_value("_zeros", "shape", "s", str(given), dict(dtype=np.dtype(dt).name, ctx=ctx, shape=given), True)
    if not shape or 0 in shape and not is_np_shape():
        raise _shape_inference_failed("_zeros", given, shape, dt, ctx, {})
    if stype == "csr":
        return _empty_csr(shape, dt, ctx)      # (of any rank: reading one not 2-D fails, see _todense)
    return _new(RowSparseNDArray, np.zeros((0,) + shape[1:], dt), [np.zeros(0, np.int64)], shape, ctx)


def _allocated_dtype(dtype):
    """``dtype`` if MXNet's front end has a type number for it, else its KeyError naming the numpy type."""
    if dtype not in _serialize.DTYPE_TO_FLAG:
        raise KeyError(dtype.type)
    return dtype


def _zeros_refusal(key, attrs):
    """MXNet's _zeros parser refusing the keyword ``key``."""
    from .param_docs import unknown_argument
    return MXNetError(unknown_argument("_zeros", key, in_operator("_zeros", attrs, True)))


def empty(stype, shape, ctx=None, dtype=None):
    """An array of storage type ``stype`` ('csr' or 'row_sparse') with no stored values (all zero)."""
    if stype is None:
        raise AssertionError        # (MXNet's bare assert)
    if stype not in ("csr", "row_sparse"):
        raise Exception(f"unknown stype : {stype}")  # noqa: TRY002  (MXNet's class)
    return zeros(stype, (shape,) if isinstance(shape, (int, np.integer)) else shape, ctx, dtype)


def array(source_array, ctx=None, dtype=None):
    """A sparse copy of a CSRNDArray, RowSparseNDArray or scipy.sparse.csr_matrix."""
    if isinstance(source_array, BaseSparseNDArray):
        out = source_array.astype(_float_dtype(dtype, source_array))
        return out.copyto(placed(ctx, gpu_operator("_zeros")))     # on the current context unless given one
    if all(hasattr(source_array, n) for n in ("data", "indices", "indptr", "shape")):
        return csr_matrix(source_array, ctx=ctx, dtype=dtype)
    if isinstance(source_array, NDArray):
        raise AssertionError("Please use `tostype` to create RowSparseNDArray or CSRNDArray from an NDArray")
    if isinstance(source_array, (np.ndarray, np.generic)):     # (MXNet's errors carry the type as a second part)
        raise ValueError("Please use mx.nd.array to create an NDArray with source_array of type ", type(source_array))
    raise ValueError("Unexpected source_array type: ", type(source_array))


zeros_like = OPS["zeros_like"]     # the operator (recorded; storage-aware through sparse_dispatch)


# ---- operators -------------------------------------------------------------------------------

def retain(data=None, indices=None, out=None, name=None, **kwargs):
    """Row_sparse ``data`` restricted to the rows ``indices`` (kept as given: a row absent from ``data`` is stored
    as zeros, as MXNet's sparse_retain does). The operator has no parameters; other keywords are ignored."""
    if data is None or indices is None:
        given = len([a for a in (data, indices) if a is not None])
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. 2) : Operator _sparse_retain "
                         f"expects 2 inputs, but got {given} instead.")
    for label, arg in (("data", data), ("indices", indices)):
        if not isinstance(arg, NDArray):
            raise AssertionError(f"Argument {label} must have NDArray type, but got {arg}")
    refuse_bad_out(out)
    target = _retain_target(data, out)
    if data.stype != "row_sparse" or indices.stype != "default" or target is not None and target.stype != "row_sparse":
        raise storage_not_implemented("_sparse_retain", (data, indices), target,
                                      "it takes row_sparse data, dense indices and a row_sparse out=", {})
    rows = _numpy(indices).astype(np.int64).ravel()
    if not data._aux[0].size:       # MXNet fills the output with zeros, keeping no rows, when data has none
        rows = rows[:0]
    if rows.size and rows.min() < 0:        # (MXNet's kernel reads outside its data then; a row too big is kept)
        raise MXNetError(f"retain: row indices {rows.tolist()} must not be negative")
    order = np.argsort(data._aux[0], kind="stable")
    stored = data._aux[0][order]
    values = np.zeros((rows.size,) + data._sshape[1:], data._values.dtype)
    if stored.size:
        pos = np.minimum(np.searchsorted(stored, rows), stored.size - 1)
        found = stored[pos] == rows
        values[found] = data._values[order[pos[found]]]
    made = _recorded(_new(RowSparseNDArray, values, [rows], data._sshape, data._ctx),
                     lambda: _retain_recorded(data, indices), (data,))
    if target is None:
        return made
    if target is data:      # an in-place request, which the kernel refuses: data keeps its rows
        from .failures import failed_write
        failed_write(target, OperatorMessage("Check failed: req[sr: :kOut] == kWriteTo (2 vs. 1) : sparse_retain "
                                             "only supports req='write'", None,
                                             ("../src/operator/tensor/./sparse_retain-inl.h", 335)))
        return out
    made = made.copyto(target)
    return out if isinstance(out, (list, tuple)) else made       # (MXNet hands back the out= it was given)


def _retain_target(data, out):
    """The array out= names (one, alone or in a list), checked as MXNet does: its shape, then its dtype, must be
    data's (before any storage check)."""
    if out is None:
        return None
    if isinstance(out, (list, tuple)):
        _refuse_out_count(OPS["_sparse_retain"], out, 1, {})
        out = out[0]
    if tuple(out.shape) != tuple(data.shape):
        raise MXNetError(f"Shape inconsistent, Provided = {provided(out.shape)}, inferred shape="
                         f"{provided(data.shape)}")
    if out.dtype != data.dtype:
        raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(out.dtype)}, inferred type = "
                         f"{inferred_type_name(data.dtype)}")
    return out


def _retain_recorded(data, indices):
    """The _sparse_retain node of the graph, on dense views (empty indices too: MXNet's sparse kernel takes them)."""
    from ..util import np_shape
    with np_shape(True):
        return Op.__call__(OPS["_sparse_retain"], _dense_view(data), _as_dense(indices))


def gs_retain(*args, **kwargs):
    """MXNet 1.9.1's nd.sparse.gs_retain, which RowSparseNDArray.retain calls: the signature-only stub of its
    generated module, which returns (0,) whatever it is given. Use nd.sparse.retain(data, indices)."""
    return (0,)


gs_retain.__signature__ = _inspect.signature(retain)      # (the stub's, as MXNet generates it)
gs_retain.__name__ = gs_retain.__qualname__ = "retain"     # (its generated function's own name)


def infer_binary(op, a, b):
    """MXNet infers a binary operator's shapes, then its dtypes, before it looks at storage types: sparse
    operands are refused as dense ones are."""
    if not (op.binary and isinstance(a, NDArray) and isinstance(b, NDArray)):
        return
    refusal = same_shape_refusal(op.name, a.shape, b.shape) if op.elementwise else \
        broadcast_refusal(op.name, [a.shape, b.shape])
    if refusal is not None:     # (an NDArray call's check names no operator)
        raise MXNetError(refusal)
    if a.dtype != b.dtype:
        _same_dtypes(op, a, b)


def _same_sparse(a, b):
    return isinstance(a, BaseSparseNDArray) and isinstance(b, BaseSparseNDArray) and a.stype == b.stype


def elemwise_add(lhs, rhs):
    """lhs + rhs; sparse when both share a sparse storage type."""
    return OPS["elemwise_add"](lhs, rhs)


def elemwise_sub(lhs, rhs):
    """lhs - rhs; sparse when both share a sparse storage type."""
    return OPS["elemwise_sub"](lhs, rhs)


def elemwise_mul(lhs, rhs):
    """lhs * rhs; sparse when lhs is sparse and rhs is the same sparse type or dense."""
    return OPS["elemwise_mul"](lhs, rhs)


def elemwise_div(lhs, rhs):
    """lhs / rhs, always dense (zero divided by zero is not zero)."""
    return OPS["elemwise_div"](lhs, rhs)


def _ufunc(lhs, rhs, elemwise, broadcast, scalar_op, python_op):
    """MXNet's sparse front end for add/subtract/multiply/divide: two numbers meet with ``python_op``; a number and
    an array through ``scalar_op``, the array always first (MXNet 1.9.1 has no reversed scalar operator here, so
    ``subtract(1, x)`` is ``x - 1``); two arrays of one shape through ``elemwise``, else ``broadcast`` (which
    refuses a left operand that is not an array)."""
    if isinstance(lhs, _NUMBERS):
        if isinstance(rhs, _NUMBERS):
            return python_op(lhs, rhs)
        lhs, rhs = rhs, lhs
    if isinstance(rhs, _NUMBERS):
        return OPS[scalar_op](lhs, scalar=float(rhs))
    if not isinstance(rhs, NDArray):
        raise TypeError(f"type {class_text(rhs)} not supported")
    if isinstance(lhs, NDArray) and lhs.shape == rhs.shape:
        return elemwise(lhs, rhs)
    return OPS[broadcast](lhs, rhs)


_NUMBERS = (int, float, np.generic)


def add(lhs, rhs):
    """lhs + rhs with broadcasting; sparse for two arrays of the same sparse type."""
    return _ufunc(lhs, rhs, elemwise_add, "broadcast_add", "_plus_scalar", operator.add)


def subtract(lhs, rhs):
    """lhs - rhs with broadcasting; sparse for two arrays of the same sparse type."""
    return _ufunc(lhs, rhs, elemwise_sub, "broadcast_sub", "_minus_scalar", operator.sub)


def multiply(lhs, rhs):
    """lhs * rhs with broadcasting; sparse when lhs is sparse (or a same-shape dense lhs meets a sparse rhs)."""
    return _ufunc(lhs, rhs, elemwise_mul, "broadcast_mul", "_mul_scalar", operator.mul)


def divide(lhs, rhs):
    """lhs / rhs with broadcasting; sparse for a sparse lhs over a scalar or a csr lhs over a broadcast vector."""
    return _ufunc(lhs, rhs, elemwise_div, "broadcast_div", "_div_scalar", operator.truediv)


def _as_dense(a):
    return _dense_view(a) if isinstance(a, BaseSparseNDArray) else a


def add_n(*args, **kwargs):
    """The sum of the arguments: row_sparse when every one is row_sparse, dense otherwise."""
    if args and all(isinstance(a, RowSparseNDArray) for a in args) and not kwargs:
        return _with_temp_space(_row_sparse_sum(args))
    return OPS["add_n"](*args, **kwargs)       # (its sparse dispatch writes an out= and falls back to dense)


def _row_sparse_sum(args):
    """The row_sparse sum of row_sparse ``args`` (add_n's kernel)."""
    out = zeros("row_sparse", args[0].shape, args[0]._ctx, args[0].dtype)    # MXNet adds each into zeros
    for i, a in enumerate(args):
        if a.shape != out.shape:
            raise MXNetError(incompatible(i, out.shape, a.shape))
        out = out._combine(a, _sum_keeping_first_nan)
    return out


def ElementWiseSum(*args, **kwargs):  # noqa: N802  (MXNet's name)
    """``add_n`` under the operator's other name."""
    return add_n(*args, **kwargs)


def _csr_dot(csr, dense, transpose_a):
    """csr @ dense (or csr.T @ dense) by scattering each stored value's row of ``dense``."""
    rows, cols = csr._rows(), csr._aux[0]
    if transpose_a:
        rows, cols = cols, rows
    n = csr._sshape[1] if transpose_a else csr._sshape[0]
    inner = csr._sshape[0] if transpose_a else csr._sshape[1]
    if dense.ndim != 2 or dense.shape[0] != inner:
        raise MXNetError(f"dot: csr{' transposed' if transpose_a else ''} of shape {csr.shape} cannot multiply "
                         f"an array of shape {dense.shape}: the inner dimensions must match and the array be 2-D")
    out = np.zeros((n, dense.shape[1]), np.result_type(csr._values.dtype, dense.dtype))
    np.add.at(out, rows, csr._values[:, None] * dense[cols])
    return out.astype(csr._values.dtype, copy=False)


def dot(lhs, rhs, transpose_a=_Null, transpose_b=_Null, forward_stype=_Null):
    """Matrix product with sparse inputs; output storage follows MXNet's rules, or ``forward_stype`` if given."""
    given = {k: v for k, v in (("transpose_a", transpose_a), ("transpose_b", transpose_b),
                               ("forward_stype", forward_stype)) if v is not _Null}
    for k, v in given.items():
        if isinstance(v, NDArray):      # MXNet passes an attribute as its text, which its parser refuses
            if k in KINDS["dot"]:
                read_value("dot", k, KINDS["dot"][k], v, given, imperative=True)
            given[k] = str(v)
    transpose_a, transpose_b = given.get("transpose_a", False), given.get("transpose_b", False)
    forward_stype = given.get("forward_stype")
    out = _dot(lhs, rhs, transpose_a, transpose_b, forward_stype, given)
    fallback = _dot_fallback(lhs, rhs, transpose_a, transpose_b, forward_stype)
    if fallback:
        note_storage_fallback("dot", (lhs, rhs), [fallback], given)
    return out


def _dot_fallback(lhs, rhs, transpose_a, transpose_b, forward_stype):
    """The storage type of the output MXNet's storage fallback writes for this dot of sparse operands, or None
    when one of its sparse kernels writes it (each its own storage type, or a dense one)."""
    if not (isinstance(lhs, BaseSparseNDArray) or isinstance(rhs, BaseSparseNDArray)):
        return forward_stype if forward_stype in ("csr", "row_sparse") else None    # (no dense kernel writes one)
    kernel = _dot_kernel(lhs, rhs, transpose_a, transpose_b)
    natural = _dot_stype(lhs, rhs, transpose_a, transpose_b)
    if kernel is None or forward_stype not in (None, "default", natural) \
            or kernel == "csr_rhs" and transpose_b and forward_stype != "default":
        return forward_stype or natural
    return None


def _dot(lhs, rhs, transpose_a, transpose_b, forward_stype, stated):
    if lhs is None or rhs is None:      # MXNet drops a None input: the operator counts one input short
        return OPS["dot"](lhs, rhs, transpose_a=transpose_a, transpose_b=transpose_b)
    for label, a in (("lhs", lhs), ("rhs", rhs)):
        if not isinstance(a, NDArray):
            raise AssertionError(f"Argument {label} must have NDArray type, but got {a!s}")
    given = dict(transpose_a=transpose_a, transpose_b=transpose_b, forward_stype=forward_stype)
    _check_forward_stype("dot", forward_stype, {k: v for k, v in given.items() if v not in (False, None)})
    if not isinstance(lhs, BaseSparseNDArray) and not isinstance(rhs, BaseSparseNDArray):
        out = OPS["dot"](lhs, rhs, transpose_a=transpose_a, transpose_b=transpose_b)    # nd.dot's rules, any rank
    elif _infer_dot(lhs, rhs, transpose_a, transpose_b) or \
            forward_stype not in (None, "default", _dot_stype(lhs, rhs, transpose_a, transpose_b)):
        # no kernel writes it (each writes its own storage type or dense): the dense product, cast; the graph records
        # the dot of the sparse operands (whose backward is MXNet's: see _recorded_dot)
        from .. import autograd
        with autograd.pause(train_mode=autograd.is_training()):
            made = _dot(_as_dense(lhs), _as_dense(rhs), transpose_a, transpose_b, None, stated)
        out = _recorded(made, lambda: Op.__call__(_recorded_dot(lhs, rhs, transpose_a, transpose_b, stated), _as_dense(lhs),
                                                  _as_dense(rhs), transpose_a=transpose_a, transpose_b=transpose_b),
                        (lhs, rhs))
        return out if forward_stype in (None, out.stype) else _in_storage(out, forward_stype)
    else:
        from .failures import KernelError, deliver
        def recorded():
            return Op.__call__(_recorded_dot(lhs, rhs, transpose_a, transpose_b, stated), _as_dense(lhs), _as_dense(rhs),
                               transpose_a=transpose_a, transpose_b=transpose_b)
        try:
            made = _kernel_dot(lhs, rhs, transpose_a, transpose_b, forward_stype == "default")
        except KernelError as e:        # (the graph still records the dot: its output carries the error)
            return _recorded(deliver(e, e.result, None), recorded, (lhs, rhs))
        out = _recorded(_with_temp_space(made), recorded, (lhs, rhs))
    if forward_stype is None or forward_stype == out.stype:
        return out
    return _in_storage(out, forward_stype)


def _in_storage(out, stype):
    """An operator's output ``out`` written in storage ``stype`` by MXNet's storage fallback: the same graph node
    (MXNet records one operator, not a cast after it)."""
    from .. import autograd
    with autograd.pause():
        cast = cast_storage(_dense_view(out) if out.stype != "default" else out, stype)
    cast._node = out._node
    return cast


def _shape_str(shape):
    return "[" + ",".join(str(d) for d in shape) + "]"


def _check_csr_dot_shapes(lhs, rhs, transpose_a, transpose_b):
    """MXNet's shape inference of a csr dot: the contracted sizes must match (any rank of rhs passes here)."""
    inner = lhs.shape[0] if transpose_a else lhs.shape[1]
    other = rhs.shape[-1] if transpose_b else rhs.shape[0]
    if inner != other:
        raise MXNetError(f"Check failed: L[!Ta].Size() == R[Tb].Size() ({inner} vs. {other}) : dot shape error: "
                         f"{_shape_str(lhs.shape)} X {_shape_str(rhs.shape)}")


def _infer_dot(lhs, rhs, transpose_a, transpose_b):
    """MXNet's shape, then type, inference of a dot with a sparse operand (before any kernel or fallback)."""
    if lhs.ndim == 2 and (rhs.ndim <= 2 or isinstance(lhs, CSRNDArray)):
        _check_csr_dot_shapes(lhs, rhs, transpose_a, transpose_b)
    _one_dtype(lhs, rhs)


def _kernel_dot(lhs, rhs, transpose_a, transpose_b, dense_out=False):
    """The sparse kernel's product (``dense_out``: forward_stype 'default' asks csr kernels for a dense one)."""
    ctx = lhs._ctx._op_ctx
    kernel = _dot_kernel(lhs, rhs, transpose_a, transpose_b)
    if kernel == "csr_lhs":
        return _csr_times(lhs, rhs, transpose_a, transpose_b, ctx, dense_out)
    if kernel == "csr_rhs":
        if dense_out and lhs.ndim == 2:
            return _dense_times_csr(lhs, rhs, transpose_b, ctx)
        if transpose_b:         # its storage fallback: the dense product, cast to csr (only non-zeros stored)
            from .. import autograd     # (dot() records the node, with MXNet's backward: see _recorded_dot)
            with autograd.pause(train_mode=autograd.is_training()):
                return _in_storage(OPS["dot"](lhs, _dense_view(rhs), transpose_b=True), "csr")
        if lhs.ndim != 2:       # types infer; the kernel refuses, raised when the result is read
            from .failures import KernelError
            raise KernelError(f"Check failed: inputs[0].shape().ndim() == 2 ({lhs.ndim} vs. 2) : sparse dot only "
                              "supports 2 dimensional lhs", _empty_csr(lhs.shape[:-1] + rhs.shape[1:], lhs.dtype, ctx))
        if rhs._values.size:        # (an empty csr: an empty product, whatever the type)
            _wide_float_kernel(lambda: _empty_csr(lhs.shape[:-1] + rhs.shape[1:], lhs.dtype, ctx), lhs, rhs,
                               kernel="dense_dot_csr")
        return _stored_columns(_csr_dot(rhs, np.asarray(lhs._data).T, True).T, np.unique(rhs._aux[0]), ctx)
    from .. import autograd     # (no kernel: the dense dot; dot() records the node, with MXNet's backward)
    with autograd.pause(train_mode=autograd.is_training()):
        return OPS["dot"](_as_dense(lhs), _as_dense(rhs), transpose_a=transpose_a, transpose_b=transpose_b)


def _dense_times_csr(lhs, rhs, transpose_b, ctx):
    """dense @ csr (or csr.T) into a dense array, MXNet's kernel for forward_stype 'default': any float type."""
    shape = (lhs.shape[0], rhs.shape[0] if transpose_b else rhs.shape[1])
    if np.dtype(lhs.dtype).kind != "f" and rhs._values.size:
        from .failures import KernelError
        raise KernelError(f"This operation only support floating point types, not {np.dtype(lhs.dtype).name}",
                          _wrap(np.zeros(shape, lhs.dtype), ctx))
    a = np.asarray(lhs._data)
    # each output column sums its products one stored entry after another, in the csr's row-major order
    rows, cols = rhs._rows(), rhs._aux[0]
    into, source = (rows, cols) if transpose_b else (cols, rows)
    out = np.zeros(shape, np.result_type(a.dtype, rhs._values.dtype))
    rank = np.zeros(into.size, np.int64)         # how many entries of its output column come before each entry
    if into.size:
        order = np.argsort(into, kind="stable")
        starts = np.searchsorted(into[order], into[order])
        rank[order] = np.arange(into.size) - starts
    for r in range(int(rank.max(initial=-1)) + 1):
        at = rank == r
        out[:, into[at]] += a[:, source[at]] * rhs._values[at]
    return _wrap(out.astype(lhs.dtype, copy=False), ctx)


def _recorded_dot(lhs, rhs, transpose_a, transpose_b, stated):
    """The op a sparse dot records for autograd: the dense dot, whose backward MXNet dispatches as it runs, on the
    storage types of the operands and of the gradients it reads and writes (see _dot_backward_kernel)."""
    stypes = (lhs.stype, rhs.stype)
    key = (stypes, tuple(stated.items()))
    variant = _DOT_VARIANTS.get(key)
    if variant is None:
        variant = _DOT_VARIANTS[key] = _copy.copy(OPS["dot"])   # the same op ("dot" in graphs and messages),
        variant.grad(_dot_grad(stypes, stated))                 # its own backward
        variant.reports_fallback = True                         # (and its own storage report)
        variant.reads_grad_stypes = True
        variant.grad_stype = _dot_input_grad_stype
        variant.grad_rows = _csr_dot_grad_rows
    return variant


_DOT_VARIANTS = {}      # (operands' storage types, attributes given) -> dot with MXNet's sparse backward


def _dot_backward_kernel(ograd, stypes, grads, transpose_a, transpose_b):
    """Which of MXNet's sparse backward kernels of dot runs, by its storage inference, and the storage types of
    the gradient arrays then: 'rhs' (a csr lhs: the rhs gradient alone, csr.T @ dy into a row_sparse array,
    csr @ dy into a dense one), 'lhs' (dense @ csr: the lhs gradient alone), or None: its storage fallback, both
    gradients by the dense backward. ``grads``: the gradient arrays' storage types, 'undefined' for an entry the
    inference types (the first it tries, even one that then fails, or dense)."""
    lhs, rhs = stypes
    grads = list(grads)

    def assign(i, stype):
        if grads[i] == "undefined":
            grads[i] = stype
        return grads[i] == stype
    if lhs == "csr" and ograd in ("row_sparse", "default") and not transpose_b:
        if assign(1, "default" if transpose_a else "row_sparse") and assign(0, "default"):
            return "rhs", grads
    if lhs == "default" and rhs == "csr" and ograd == "default" and not transpose_a:
        if assign(0, "default") and assign(1, "default"):
            return "lhs", grads
    return None, ["default" if g == "undefined" else g for g in grads]


def _dot_input_grad_stype(pos, ograd, node):
    """Autograd hook: the storage type of the gradient a recorded sparse dot's backward writes for an input of
    a computed value (an entry its storage inference types)."""
    autograd = _autograd()
    stypes = autograd.node_stypes.get(node, (("default", "default"),))[0]
    grads = autograd._gradient_buffer_stypes(node, autograd._input_needs(node))
    return _dot_backward_kernel(ograd, stypes, grads, node.attrs.get("transpose_a", False),
                                node.attrs.get("transpose_b", False))[1][pos]


def _autograd():
    from .. import autograd
    return autograd


_last_dot_backward = [None, None]      # (lhs, kernel) of the latest dot backward: its rows hook reads it next


def _dot_grad(stypes, stated):
    """dot's backward as MXNet dispatches it on sparse operands ``stypes`` (see _dot_backward_kernel); its storage
    fallback is reported."""
    def grad(dy, out, lhs, rhs, ograd_stype="default", grad_stypes=("undefined", "undefined"), **attrs):
        transpose_a, transpose_b = attrs.get("transpose_a", False), attrs.get("transpose_b", False)
        kernel, written = _dot_backward_kernel(ograd_stype, stypes, grad_stypes, transpose_a, transpose_b)
        _last_dot_backward[:] = lhs, kernel
        if kernel is None:
            note_storage_fallback("_backward_dot", (ograd_stype,) + stypes, written, dict(stated))
            return OPS["dot"].bwd(dy, out, lhs, rhs, **attrs)
        if kernel == "lhs":     # (the other gradient's array is left as it was)
            return OPS["dot"].bwd(dy, out, lhs, rhs, **attrs)[0], None
        return None, _csr_order_rhs_grad(dy, lhs, rhs, transpose_a)
    return grad


def _csr_dot_grad_rows(position, inputs, attrs):
    """Autograd hook: csr @ rhs's backward kernel writes a row_sparse rhs gradient on the rows of the csr's stored
    columns, zero or not (its storage fallback: the dense gradient, cast)."""
    if position != 1 or attrs.get("transpose_a") or _last_dot_backward[0] is not inputs[0] or \
            _last_dot_backward[1] != "rhs":
        return None
    return np.unique(np.nonzero(np.asarray(inputs[0]))[1]).astype(np.int64)


def _leaf_grad_stype(a, asked=False):
    """The storage type of the gradient buffer of variable ``a`` (None: no variable; ``asked``: nor one whose
    grad_req is 'null')."""
    node = getattr(a, "_node", None)
    leaf = node[0] if node is not None and node[0].is_leaf else None
    if leaf is None or asked and leaf.req == "null":
        return None
    return getattr(leaf.grad, "stype", None)


def _csr_order_rhs_grad(dy, lhs, rhs, transpose_a):
    """dot's rhs gradient summed over the csr lhs's stored values in its row-major order."""
    rows, cols = np.nonzero(lhs)
    into, source = (rows, cols) if transpose_a else (cols, rows)
    dy = dy.reshape(dy.shape[0], -1)
    db = np.zeros((rhs.shape[0], dy.shape[1]), np.result_type(lhs.dtype, dy.dtype))
    np.add.at(db, into, lhs[rows, cols][:, None] * dy[source])
    return db.astype(rhs.dtype, copy=False).reshape(rhs.shape)


def _dot_kernel(lhs, rhs, transpose_a, transpose_b):
    """Which of MXNet's sparse dot kernels takes these operands: 'csr_lhs' (csr or csr.T @ a dense or row_sparse
    rhs not transposed), 'csr_rhs' (dense @ csr), or None: the dense dot of dense copies."""
    if isinstance(lhs, CSRNDArray) and isinstance(rhs, (NDArray, RowSparseNDArray)) and \
            not isinstance(rhs, CSRNDArray) and not transpose_b:
        return "csr_lhs"
    if isinstance(rhs, CSRNDArray) and type(lhs) is NDArray and not transpose_a:
        return "csr_rhs"
    return None


def _dot_stype(lhs, rhs, transpose_a, transpose_b):
    """The storage type MXNet's dot writes for these operands without a forward_stype."""
    kernel = _dot_kernel(lhs, rhs, transpose_a, transpose_b)
    if kernel == "csr_rhs":
        return "csr"
    return "row_sparse" if kernel == "csr_lhs" and transpose_a and not transpose_b else "default"


def _csr_times(lhs, rhs, transpose_a, transpose_b, ctx, dense_out=False):
    """csr @ rhs (or csr.T @ rhs) by MXNet's csr kernels: dense unless csr.T @ dense, which is row_sparse
    (dense too for ``dense_out``, which no kernel writes from csr.T @ row_sparse)."""
    sparse_out = transpose_a and not transpose_b and not dense_out

    def made():         # the kernel's output: row_sparse for csr.T @ dense, else dense
        shape = (lhs.shape[1] if transpose_a else lhs.shape[0],) + (rhs.shape[:-1] if transpose_b else rhs.shape[1:])
        if sparse_out:
            return _new(RowSparseNDArray, np.zeros((0,) + shape[1:], lhs.dtype), [np.zeros(0, np.int64)], shape, ctx)
        return _wrap(np.zeros(shape, lhs.dtype), ctx)
    from .failures import KernelError
    if rhs.ndim != 2:       # types infer; the kernel refuses, raised when the result is read
        raise KernelError(f"Check failed: inputs[1].shape().ndim() == 2 ({rhs.ndim} vs. 2) : sparse dot only "
                          "supports 2 dimensional rhs", made())
    # the kernels write zeros before their type switch when there is nothing to multiply: no stored csr entry
    # (a dense result needs a row_sparse rhs storing every row), or csr.T @ a row_sparse storing no row
    stored_rows = rhs._aux[0].size if isinstance(rhs, RowSparseNDArray) else rhs.shape[0]
    if transpose_b or not (sparse_out and (not lhs._values.size or not stored_rows) or
                           not lhs._values.size and stored_rows == rhs.shape[0]):
        _wide_float_kernel(made, lhs, rhs, kernel="csr_t_dot" if transpose_a else "csr_dot")
    if dense_out and transpose_a and isinstance(rhs, RowSparseNDArray) and lhs._values.size and \
            0 < rhs._aux[0].size < rhs.shape[0]:       # (empty operands give zeros; all rows stored: the dense kernel)
        raise KernelError("DotCsrRspDnsImpl has not implemented dot(csr.T, rsp) = dns yet", made())
    b = np.asarray(rhs._data)       # (csr @ row_sparse walks the csr values in csr @ dense's order: same sums)
    if isinstance(rhs, RowSparseNDArray) and not transpose_b:
        lhs = _meeting_rows(lhs, rhs._aux[0], transpose_a)
    out = _csr_dot(lhs, b.T if transpose_b else b, transpose_a)
    if sparse_out:     # csr.T @ dense: only rows for the stored columns can be non-zero
        empty = isinstance(rhs, RowSparseNDArray) and not rhs._aux[0].size       # (then no row is stored)
        rows = np.zeros(0, np.int64) if empty else np.unique(lhs._aux[0])
        return _new(RowSparseNDArray, out[rows], [rows.astype(np.int64)], out.shape, ctx)
    return _wrap(out, ctx)


def _meeting_rows(csr, rows, transpose_a):
    """``csr`` without the entries that meet an unstored row of a row_sparse rhs (their columns, or their rows
    for csr.T): MXNet's kernel never multiplies them, so a stored NaN or inf there leaves no trace."""
    inner = csr._rows() if transpose_a else csr._aux[0]
    keep = np.isin(inner, rows)
    if keep.all():
        return csr
    counts = np.bincount(csr._rows()[keep], minlength=csr.shape[0])
    indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return _new(CSRNDArray, csr._values[keep], [csr._aux[0][keep], indptr], csr.shape, csr._ctx)


def _stored_columns(dense, cols, ctx):
    """A csr array storing, in every row of the 2-D numpy ``dense``, the columns ``cols`` (zeros too): MXNet's
    dense @ csr output, whose columns are those the csr stores."""
    rows = dense.shape[0]
    indptr = np.arange(rows + 1, dtype=np.int64) * cols.size
    return _new(CSRNDArray, dense[:, cols].reshape(-1).copy(), [np.tile(cols.astype(np.int64), rows), indptr],
                dense.shape, ctx)


def _unary(name, fn):
    """``nd.sparse.<name>``: keeps a sparse input's storage (fn(0) == 0), dense inputs use ``nd.<name>``."""
    def op(data, out=None, **kwargs):
        if isinstance(data, BaseSparseNDArray) and out is None and not kwargs:
            return _recorded(data._map_math(fn), lambda: OPS[name](_dense_view(data)), (data,))
        return OPS[name](data, out=out, **kwargs)     # (a sparse out= takes the sparse kernel's structure)
    op.__name__ = op.__qualname__ = name
    op.__doc__ = f"Element-wise {name}; a sparse input keeps its storage type."
    return op


def _dense_kernel(name):
    """The dense operator's kernel, run on a sparse array's stored values: MXNet's sparse kernels compute the same
    (the C library's math, MXNet's float constants, the dtype rules)."""
    def run(v):
        return OPS[name].fwd(v)
    return run


_COPIES = (np.copy,)       # the identity ops' kernel: a copy keeps the structure as it is
_ZERO_PRESERVING = {
    "abs": np.abs, "sign": _dense_kernel("sign"), "round": _dense_kernel("round"), "rint": _dense_kernel("rint"),
    "ceil": np.ceil, "floor": np.floor, "trunc": np.trunc, "fix": np.trunc, "negative": np.negative,
    "stop_gradient": np.copy, "make_loss": np.copy, "_contrib_round_ste": _dense_kernel("round"),
    "_contrib_sign_ste": _dense_kernel("sign"),
}
_ZERO_PRESERVING.update((name, _dense_kernel(name)) for name in (
    "square", "sqrt", "sin", "tan", "arcsin", "arctan", "sinh", "tanh", "arcsinh", "arctanh", "expm1", "log1p",
    "degrees", "radians", "relu", "cbrt"))

def _unary_method(name, fn):
    """``x.<name>()`` of a sparse array; given arguments, it calls the operator's function as MXNet's method does
    (out=, name=, and their checks)."""
    traced = _traced((lambda self: self._map_math(fn)), name)

    def method(self, *args, **kwargs):
        if args or kwargs:
            return OPS[name](self, *args, **kwargs)
        return traced(self)
    method.__name__ = name
    return method


for _name, _fn in _ZERO_PRESERVING.items():
    globals()[_name] = _unary(_name, _fn)
    if _name not in ("negative", "stop_gradient", "make_loss") and not _name.startswith("_"):  # not NDArray methods
        setattr(BaseSparseNDArray, _name, _unary_method(_name, _fn))
del _name, _fn


def clip(data, a_min=_Null, a_max=_Null, out=None):
    """Values limited to [a_min, a_max]; a sparse input stays sparse while zero is inside the range."""
    if isinstance(data, BaseSparseNDArray):
        return data.clip(a_min, a_max, out=out)
    bounds = {k: v for k, v in (("a_min", a_min), ("a_max", a_max)) if v is not _Null}     # (left out: required)
    return OPS["clip"](data, out=out, **bounds)


def _csr_slice_step(step, begin, end):
    """Whether MXNet's csr slice kernel takes these arguments: no step, or one step of 1 for one begin (a step
    of 1 on both axes too goes to the dense kernel, as do the arguments its shape checks refuse: begin and end
    of other lengths too)."""
    step = _per_axis(step) if step not in ((), [], None) else ()
    begin, end = _per_axis(begin), _per_axis(end)
    if max(len(begin), len(end)) > 2 or len(begin) != len(end) or step and len(step) != len(begin):
        return False
    return not step or len(step) == 1 and step[0] in (None, 1)


def _slice(data, begin=None, end=None, step=()):
    """``data[begin:end]`` per axis; a csr input stays csr for the steps its kernel takes (see _csr_slice_step)."""
    from ..symbol.enums import require_parameters
    require_parameters("slice", begin=begin, end=end)
    begin, end = _per_axis(begin), _per_axis(end)
    step = _per_axis(step) if step not in ((), [], None) else ()
    if not isinstance(data, CSRNDArray) or not _csr_slice_step(step, begin, end):
        return OPS["slice"](_as_dense(data), begin=begin, end=end, step=step)
    begin, end = begin + (None,) * (2 - len(begin)), end + (None,) * (2 - len(end))      # missing axes: whole
    (r0, r1, _), (c0, c1, _) = (py_slice(b, e).indices(n) for b, e, n in zip(begin, end, data.shape))
    if r1 <= r0:
        return _no_rows(data, max(c1 - c0, 0))
    rows = data[py_slice(r0, r1)]
    cols, keep = rows._aux[0], (rows._aux[0] >= c0) & (rows._aux[0] < max(c1, c0))
    counts = np.bincount(rows._rows()[keep], minlength=rows.shape[0])
    indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return _new(CSRNDArray, rows._values[keep], [cols[keep] - c0, indptr], (rows.shape[0], max(c1 - c0, 0)), data._ctx)


def _joins_csr_rows(data, dim):
    """Whether MXNet's csr kernel joins ``data``: csr arrays of one dtype and width along rows (the dense op
    refuses the rest)."""
    return dim == 0 and bool(data) and all(isinstance(a, CSRNDArray) and a.dtype == data[0].dtype and
                                           a.shape[1:] == data[0].shape[1:] for a in data)


def _concat(*data, dim=1, num_args=None):
    """Join arrays along ``dim``; csr arrays joined along rows stay csr."""
    if _joins_csr_rows(data, dim):
        offsets = np.cumsum([0] + [a._values.size for a in data])
        indptr = np.concatenate([[0]] + [a._aux[1][1:] + o for a, o in zip(data, offsets)]).astype(np.int64)
        shape = (int(np.sum([a.shape[0] for a in data])), data[0].shape[1])
        return _new(CSRNDArray, np.concatenate([a._values for a in data]),
                    [np.concatenate([a._aux[0] for a in data]), indptr], shape, data[0]._ctx)
    return OPS["concat"](*[_as_dense(a) for a in data], dim=dim)


for _name in ("arccos", "arccosh", "cos", "cosh", "exp", "gamma", "gammaln", "log", "log10", "log2", "rsqrt",
              "sigmoid", "where", "Embedding",
              "LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput"):
    if _name in OPS:
        globals()[_name] = OPS[_name]       # MXNet's operator: on sparse inputs, its storage fallback


concat, slice = OPS["concat"], OPS["slice"]    # noqa: A001  (the operators: storage-aware through sparse_dispatch)
FullyConnected = OPS["FullyConnected"]       # storage-aware through sparse_dispatch (a sparse (n, 1) bias)
broadcast_mul = OPS["broadcast_mul"]         # csr times a dense array (or broadcast vector) stays csr
broadcast_div = OPS["broadcast_div"]         # csr over a broadcast vector stays csr
broadcast_sub = broadcast_minus = OPS["broadcast_sub"]     # csr - dense of its shape: -0.0 where both are 0
broadcast_add = broadcast_plus = OPS["broadcast_add"]      # csr with dense: MXNet's csr-dense kernel and its checks


def _write_rows(array, rows, values):
    """``array[rows] = values`` for a dense or a sparse array: into the stored rows of a row_sparse array that
    stores them all, as MXNet's kernels write (its structure kept, zeros too); else rebuilt from its dense form."""
    if isinstance(array, RowSparseNDArray) and np.isin(rows, array._aux[0]).all():
        order = np.argsort(array._aux[0], kind="stable")       # (indices given unsorted are kept as given)
        array._values[order[np.searchsorted(array._aux[0], rows, sorter=order)]] = values
    elif isinstance(array, BaseSparseNDArray):
        dense = array._todense()
        dense[rows] = values
        array._set_dense(dense)
    else:
        array._data[rows] = values


def _dense_update(name, weight, grad, states, out, attrs, rows=None):
    """The dense update on writable dense copies of sparse operands, results written back in their storage (only
    ``rows``, when given: a row_sparse kernel writing its stored rows in place)."""
    dense_states = [_wrap(s._todense(), s._ctx) if isinstance(s, BaseSparseNDArray) else s for s in states]
    sparse_out = isinstance(out, BaseSparseNDArray)
    res = OPS[name](_as_dense(weight), _as_dense(grad), *dense_states, out=None if sparse_out else out, **attrs)
    def write(array, dense):
        if rows is None:
            array._set_dense(dense)
        else:
            _write_rows(array, rows, dense[rows])
    for s, d in zip(states, dense_states):
        if s is not d:
            write(s, np.asarray(d._data))
    if sparse_out:
        write(out, np.asarray(res._data))
        return out
    return res


def _standard_sgd_update(weight, grad, out, attrs):
    """sgd_update of a row_sparse gradient with lazy_update=False: MXNet first decays every row by
    ``1 - lr * wd`` (computed in float32, whatever the weight's dtype), then updates the gradient's rows."""
    from ..optimizer.sgd import _sgd_rsp            # the optimizer package imports nd
    from .ops_optim import _clip, _f32
    dense = weight._todense() if isinstance(weight, BaseSparseNDArray) else np.array(weight._data)
    _sgd_rsp(dense, grad, _f32(attrs["lr"]), _f32(attrs.get("wd", 0.)), _f32(attrs.get("rescale_grad", 1.)),
             _clip(float(attrs.get("clip_gradient", -1.))), False)
    target = weight.copy() if out is None else out
    if isinstance(target, BaseSparseNDArray):
        target._set_dense(dense)
    else:
        target._data[...] = dense
    return target


# the line of each row_sparse update kernel's type switch
_ROW_SPARSE_TYPE_SWITCHES = {"sgd_update": 526, "sgd_mom_update": 843, "adam_update": 1454, "ftrl_update": 2258}
# the update operators with a row_sparse kernel, and the name its in-place check gives
_IN_PLACE_KERNELS = {"sgd_update": "sgd_mom_update", "sgd_mom_update": "sgd_mom_update", "adam_update": "adam_update",
                     "ftrl_update": "ftrl_update", "_sparse_adagrad_update": "adagrad_update"}
# where each checks it (its lazy kernel's check; the standard update's: a row_sparse weight with dense states, or
# lazy_update=False)
_OPTIMIZER_H, _OPTIMIZER_CC = "../src/operator/./optimizer_op-inl.h", "../src/operator/optimizer_op.cc"
_IN_PLACE_SITES = {"sgd_update": ((_OPTIMIZER_H, 496),) * 2,
                   "sgd_mom_update": ((_OPTIMIZER_H, 818), (_OPTIMIZER_CC, 157)),
                   "adam_update": ((_OPTIMIZER_H, 1426), (_OPTIMIZER_CC, 245)),
                   "ftrl_update": ((_OPTIMIZER_H, 2235),) * 2,
                   "_sparse_adagrad_update": ((_OPTIMIZER_H, 2574),) * 2}


# the C++ update each row_sparse kernel runs on a row_sparse weight (with row_sparse states; dense states)
_RSP_WEIGHT_UPDATES = {"sgd_update": ("SGDUpdate", "SGDUpdate"), "sgd_mom_update": ("SGDMomUpdate", "SGDMomUpdate"),
                       "adam_update": ("AdamUpdate", "AdamStdUpdate"), "ftrl_update": ("FtrlUpdate", "FtrlUpdate"),
                       "_sparse_adagrad_update": ("AdagradUpdate", "AdagradUpdate")}


def check_all_rows(update, weight):
    """MXNet's row_sparse updates of a row_sparse weight need it to store every row (an empty one too)."""
    stored, rows = weight.indices.shape[0], weight.shape[0]
    if stored != rows:
        raise MXNetError(f"Check failed: arr.storage_shape()[0] == arr.shape()[0]: {update} for RowSparse weights "
                         "is only implemented for RowSparse weights with all rows containing non-zeros. Expects "
                         f"weights.data.shape[0] ({stored}) == weights.shape[0] ({rows}).")


def _in_place_failure(name, weight, grad, states, out, lazy=True):
    """MXNet's row_sparse update kernels write the weight in place: when storage inference picks one (a row_sparse
    gradient; states of the weight's storage type, or dense states of a row_sparse weight; ftrl: all row_sparse),
    a row_sparse weight must store every row, and then ``out`` must be the weight itself. The kernel finds that:
    the call returns ``out`` (else a new array), whose first read raises (a sparse one cannot wait: raised now);
    None if all is well. ``lazy`` False: the standard (not lazy) update, whose adam kernel also needs both states
    to store rows."""
    if grad.stype != "row_sparse":
        return None
    kinds = {s.stype for s in states}
    if name == "sgd_update":
        kernel = weight.stype in ("default", "row_sparse")
    elif name == "ftrl_update":
        kernel = weight.stype == "row_sparse" and kinds == {"row_sparse"}
    else:
        kernel = kinds == {weight.stype} or weight.stype == "row_sparse" and kinds == {"default"}
    if not kernel:
        return None
    from .failures import KernelError, deliver
    standard = not lazy or weight.stype == "row_sparse" and kinds == {"default"}
    error = _rows_refusal(name, weight, standard)
    if error is None and out is not weight:
        error = located(KernelError(f"Check failed: req == kWriteInplace (1 vs. 2) : kWriteInplace is expected for "
                                    f"sparse {_IN_PLACE_KERNELS[name]}", None), _IN_PLACE_SITES[name][standard])
    if error is None and name == "adam_update" and not lazy and kinds == {"row_sparse"}:
        error = _empty_states_refusal(states)
    if error is None:
        return None
    if out is weight:       # the weight keeps its data and carries the error to its first read
        return deliver(error, weight, None)
    if weight.stype == "row_sparse":       # a new row_sparse result, of no rows
        made = _new(RowSparseNDArray, np.zeros((0,) + weight.shape[1:], weight.dtype), [np.zeros(0, np.int64)],
                    weight.shape, weight._ctx)
    elif weight.stype != "default":
        raise MXNetError(message_of(error))
    else:
        made = _wrap(np.zeros(weight.shape, weight.dtype), weight._ctx)
    deliver(error, made, out)
    return made if out is None else out


def _rows_refusal(name, weight, standard):
    """The KernelError of a row_sparse kernel given a row_sparse weight that does not store every row, or None."""
    from .failures import KernelError
    if weight.stype != "row_sparse":
        return None
    try:
        check_all_rows(_RSP_WEIGHT_UPDATES[name][standard], weight)
    except MXNetError as e:
        return KernelError(message_of(e), None)
    return None


def _empty_states_refusal(states):
    """The standard adam update's KernelError for row_sparse mean or var storing no row, or None."""
    from .failures import KernelError
    for role, state, line in zip(("mean", "var"), states, (247, 248)):
        if not state._aux[0].size:
            return located(KernelError(f"Check failed: {role}.shape_.Size() > 0 (0 vs. 0) : ", None),
                           ("../src/operator/optimizer_op.cc", line))
    return None


def _skipped_update(weight, grad, states, out):
    """The result of an update whose input carries a kernel error not raised yet, or None: MXNet's engine skips
    the kernel, and the arrays it writes keep their data and take the error."""
    from .failures import carried_error, with_error
    failure = carried_error([weight, grad, *states])
    if failure is None:
        return None
    for state in states:
        with_error(state, failure)
    target = out if out is not None else _empty_like(weight.shape, weight.dtype, weight.stype, weight._ctx)
    return with_error(target, failure)


def _lazy_update(name):
    """``nd.sparse.<name>``: with a row_sparse gradient and lazy_update, only its stored rows are updated."""
    def op(weight, grad, *states, out=None, lazy_update=True, **kwargs):
        from ..symbol.enums import require_parameters
        require_parameters(name, lr=kwargs.get("lr"))      # (attributes are parsed before storage is inferred)
        skipped = _skipped_update(weight, grad, states, out)
        if skipped is not None:
            return skipped
        failed = _in_place_failure(name, weight, grad, states, out, lazy_update)
        if failed is not None:
            return failed
        kernel = isinstance(grad, RowSparseNDArray) and len({a.stype for a in (weight,) + states}) == 1
        if kernel and not lazy_update and name == "sgd_update":
            return _standard_sgd_update(weight, grad, out, kwargs)
        if kernel:
            _fill_unstored_states(states)
        if not (kernel and lazy_update):    # MXNet's lazy kernels take weight and states of one storage type
            if name != "ftrl_update":       # (ftrl_update has no lazy_update parameter)
                kwargs = dict(kwargs, lazy_update=lazy_update)
            every_row = np.arange(weight.shape[0]) if kernel and states and states[0].stype == "row_sparse" else None
            return _dense_update(name, weight, grad, states, out, kwargs, every_row)
        if _notes_lazy_update(name, kwargs):
            from ..optimizer.optimizer import note_lazy_update      # (the optimizers import nd)
            note_lazy_update()
        rows = grad._aux[0]
        target = weight.copy() if out is None else out
        if target is not weight:
            weight.copyto(target)
        if np.dtype(weight.dtype).kind != "f":      # the row_sparse kernel's type switch refuses it
            from .failures import KernelError, deliver, real_switch_refusal
            error = KernelError(real_switch_refusal(None, weight.dtype), None)
            return deliver(located(error, (_OPTIMIZER_H, _ROW_SPARSE_TYPE_SWITCHES[name])), target, out)
        if len(rows):       # (a gradient without stored rows updates nothing)
            sub_states = [np.asarray(s._data)[rows] for s in states]          # fancy indexing: copies the rows
            new_rows = OPS[name].fwd(np.asarray(weight._data)[rows], grad._values, *sub_states, **kwargs)
            for s, sub in zip(states, sub_states):
                _write_rows(s, rows, sub)
            _write_rows(target, rows, new_rows)
        return target
    op.__name__ = op.__qualname__ = name
    op.__doc__ = f"nd.{name}; a row_sparse gradient with lazy_update=True touches only its stored rows."
    return op


def _notes_lazy_update(name, attrs):
    """Whether MXNet's lazy kernel notes that it is not the standard update: ftrl's has no standard one, and sgd's
    is the standard one without weight decay."""
    return name != "ftrl_update" and (name != "sgd_update" or float(attrs.get("wd", 0.)) != 0)


def _embedding_grad_rows(position, inputs, attrs):
    """With sparse_grad, an Embedding weight's row_sparse gradient stores every looked-up row (the autograd
    hook ``grad_rows(input position, raw inputs, attributes)``; None: no rows beyond the non-zero ones)."""
    if position != 1 or not _sparse_grad(attrs):
        return None
    rows = np.asarray(inputs[0]).astype(np.int64).ravel()
    return np.unique(np.clip(rows, 0, np.asarray(inputs[1]).shape[0] - 1))


def _sparse_grad(attrs):
    return str(attrs.get("sparse_grad", False)).lower() in ("1", "true")


def _embedding_grad_stype(position, attrs, stype, req):
    """Autograd hook: an Embedding weight's gradient buffer is row_sparse exactly when sparse_grad is set, and a
    sparse gradient is written, never added to."""
    if position != 1:
        return
    if stype != ("row_sparse" if _sparse_grad(attrs) else "default"):
        error = MXNetError(f"Cannot use sparse_grad = {int(_sparse_grad(attrs))}, while stype of gradients w.r.t "
                           f"embedding weight is {stype}")
        # found by the storage inference of the backward node, at this place of MXNet's source
        error.backward_node_check = "../src/operator/tensor/./indexing_op.h:267"
        raise error
    if stype == "row_sparse":
        _sparse_embedding_req(req)


def _sparse_embedding_req(req):
    if req != "write":
        code = {"null": 0, "write": 1, "inplace": 2, "add": 3}.get(req, req)      # MXNet's OpReqType numbers
        from .failures import backward_kernel_error     # (a kernel's check: raised when the gradient is read)
        backward_kernel_error(f"Check failed: req == kWriteTo ({code} vs. 1) : SparseEmbedding layer doesn't support "
                              "weight gradient calculation with req != write")


OPS["Embedding"].grad_rows = _embedding_grad_rows
OPS["Embedding"].check_grad_stype = _embedding_grad_stype


def _dense_gradients_only(op_name, backward_name):
    """Autograd hook: MXNet's ``backward_name`` writes dense gradients only, so a sparse gradient buffer fails the
    backward node's storage inference."""
    def check(position, attrs, stype, req):
        if stype == "default":
            return
        from ..symbol.graph import attr_to_str
        from .param_text import map_keys
        params = "".join(f'"{k}" : {attr_to_str(attrs[k])}, ' for k in map_keys(op_name, attrs, True))
        error = MXNetError(f"Operator not implemented: operator = {backward_name}\nparams = {{{params}}}\n"
                           f"context.dev_mask = cpu\nthe gradient of input {position} is written dense, not {stype}: "
                           "attach_grad(stype='default') instead")
        error.backward_node_check = "../src/executor/infer_graph_attr_pass.cc:57"     # (storage inference)
        raise error
    return check


OPS["FullyConnected"].check_grad_stype = _dense_gradients_only("FullyConnected", "_backward_FullyConnected")


def _backward_writes(name, stype_of_input, inputs, outputs):
    """Autograd hook: MXNet's ``name`` backward writes input ``i``'s gradient only in storage
    ``stype_of_input[i]`` (None: any); another gradient buffer fails the storage inference of the backward node,
    which reports the storage types of its ``inputs`` and ``outputs`` (None: unknown)."""
    def check(position, attrs, stype, req):
        wanted = stype_of_input.get(position)
        if wanted is not None and stype != wanted:
            from .storage_report import stype_report
            error = MXNetError("Operator not implemented: " + stype_report(name, inputs, outputs, dict(attrs)))
            error.backward_node_check = "../src/executor/infer_graph_attr_pass.cc:57"
            raise error
    return check


for _name in ("sgd_update", "sgd_mom_update", "adam_update"):
    globals()[_name] = OPS[_name]       # the operators: sparse operands reach _lazy_update through sparse_dispatch
del _name

# ---- ops MXNet defines for sparse storage only; here they run on dense (views of sparse) arrays ----
@defop("_sparse_retain")
def _retain_rows(data, indices):
    """The rows of ``data`` listed in ``indices``; every other row is zero (``sym.sparse.retain``)."""
    out = np.zeros_like(data)
    rows = np.asarray(indices).astype(np.int64).ravel()
    if rows.size and (rows.min() < 0 or rows.max() >= data.shape[0]):
        raise MXNetError(f"retain: row indices {rows.tolist()} are out of range for data of shape {data.shape}")
    out[rows] = data[rows]
    return out


@_retain_rows.grad
def _(dy, out, data, indices):
    keep = np.zeros(data.shape[0], bool)
    keep[np.asarray(indices).astype(np.int64).ravel()] = True
    return np.where(keep.reshape((-1,) + (1,) * (data.ndim - 1)), dy, 0).astype(dy.dtype, copy=False), None


@defop("_square_sum")
def _square_sum(data, *, axis=None, keepdims=False, exclude=False):
    """The sum of squares over ``axis`` (MXNet runs it on row_sparse inputs only). MXNet's kernel sums over
    ``axis`` as given; only its shape inference reads ``exclude``, so the sums take the shape it infers."""
    axes = None if axis is None else tuple(np.atleast_1d(axis) % data.ndim)
    out = np.sum(np.square(data), axis=axes, keepdims=keepdims, dtype=data.dtype)      # in the input's type
    return out.reshape(square_sum_shape(data.shape, axes, keepdims, exclude)) if axes is not None else out


def square_sum_shape(shape, axes, keepdims, exclude):
    """The shape _square_sum's shape inference gives (``exclude`` reduces the other axes)."""
    reduced = [i not in axes if exclude else i in axes for i in range(len(shape))]
    return tuple(1 if r else n for r, n in zip(reduced, shape)) if keepdims else \
        tuple(n for r, n in zip(reduced, shape) if not r)


@_square_sum.grad
def _(dy, out, data, *, axis=None, keepdims=False, exclude=False):
    if not keepdims and axis is not None and not exclude:
        dy = np.expand_dims(dy, tuple(np.atleast_1d(axis) % data.ndim))
    return 2 * data * dy


_retain_rows.check_grad_stype = _backward_writes("_backward_sparse_retain", {0: "row_sparse"}, ["default"] * 2,
                                                  ["default", None])
_square_sum.check_grad_stype = _backward_writes("_backward_square_sum", {0: "row_sparse"},
                                                ["default", "row_sparse"], ["default"])
# what MXNet's backward kernels that write a sparse gradient say when asked to add it (see autograd's rule)
_WRITE_ONLY = "Check failed: req == kWriteTo (3 vs. 1) : "
_retain_rows.sparse_add_refusal = lambda attrs: "Check failed: req[sr: :kArr] == kWriteTo (3 vs. 1) : "
_square_sum.sparse_add_refusal = lambda attrs: _WRITE_ONLY
OPS["dot"].sparse_add_refusal = lambda attrs: None if attrs.get("transpose_a") else _WRITE_ONLY     # csr.T @ dy


@defop("_sparse_adagrad_update")
def _adagrad_rows(weight, grad, history, *, lr, epsilon=1e-7, wd=0., rescale_grad=1., clip_gradient=-1.):
    """AdaGrad: ``history += g**2``; returns ``weight - lr * g / sqrt(history + epsilon)`` with
    ``g = clip(rescale_grad * grad)``. Rows whose gradient is zero (absent from a row_sparse
    gradient) keep weight and history, as MXNet's sparse update does."""
    if wd != 0:
        raise MXNetError(f"adagrad_update: weight decay is not supported by sparse AdaGrad, got wd={wd}; "
                         "use wd=0 (or the AdaGrad optimizer, which applies wd to the gradient)")
    # the kernel's float attributes are cast to the weight's dtype; it clips whenever clip_gradient >= 0
    t = weight.dtype.type
    lr, epsilon, rescale, clip = (t(np.float32(v)) for v in (lr, epsilon, rescale_grad, clip_gradient))
    g = grad * rescale
    if clip_gradient >= 0:
        g = np.clip(g, -clip, clip)
    history += np.square(g)
    return (weight - (g / np.sqrt(history + epsilon)) * lr).astype(weight.dtype, copy=False)


def adagrad_update(weight=None, grad=None, history=None, lr=_Null, epsilon=_Null, wd=_Null, rescale_grad=_Null,
                   clip_gradient=_Null, out=None, name=None, **kwargs):
    """AdaGrad step (``history`` updated in place); with a row_sparse ``grad`` only its rows change."""
    given = {k: v for k, v in (("lr", lr), ("epsilon", epsilon), ("wd", wd), ("rescale_grad", rescale_grad),
                               ("clip_gradient", clip_gradient)) if v is not _Null}
    if kwargs:
        from .registry import unknown_argument
        raise unknown_argument(OPS["_sparse_adagrad_update"], next(iter(kwargs)), dict(given, **kwargs),
                               imperative=True)
    from ..symbol.enums import require_parameters
    require_parameters("_sparse_adagrad_update", lr=given.get("lr"))
    from .param_text import read_attrs
    read_attrs("_sparse_adagrad_update", given, imperative=True)     # (its parser's refusals)
    for i, a in enumerate((grad, history), 1):          # shapes are inferred first, then types, then storage types
        if a.shape != weight.shape:
            raise MXNetError(incompatible(i, weight.shape, a.shape))
    for i, a in enumerate((grad, history), 1):
        if a.dtype != weight.dtype:
            raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {i}-th input: "
                             f"expected {np.dtype(weight.dtype).name}, got {np.dtype(a.dtype).name}")
    kinds = [a.stype for a in (weight, grad, history)]
    if kinds not in (["default", "row_sparse", "default"], ["row_sparse"] * 3):     # MXNet's only two kernels
        raise storage_not_implemented("_sparse_adagrad_update", (weight, grad, history), out, "it takes a "
                                      "row_sparse gradient, with weight and history both dense or both row_sparse",
                                      given)
    if float(given.get("wd", 0)) != 0:
        raise storage_not_implemented("_sparse_adagrad_update", (weight, grad, history), out,
                                      f"its row_sparse kernel takes no weight decay, got wd={wd}", given)
    failed = _in_place_failure("_sparse_adagrad_update", weight, grad, (history,), out)
    if failed is not None:
        return failed
    kernel_rows = grad._aux[0] if kinds[0] == "row_sparse" else None     # (its row_sparse kernel writes in place)
    if kernel_rows is not None:
        _fill_unstored_states((history,))
    return _dense_update("_sparse_adagrad_update", weight, grad, (history,), out, given, kernel_rows)


def _fill_unstored_states(states):
    """MXNet's row_sparse update kernels first make a row_sparse state that stores no row store every row, zero."""
    for s in states:
        if isinstance(s, RowSparseNDArray) and not s._aux[0].size:
            s._set_parts(np.zeros(s.shape, s.dtype), [np.arange(s.shape[0], dtype=np.int64)])


def _refuse_lazy_update(name, attrs):
    """ftrl_update and _sparse_adagrad_update have no lazy_update parameter (their sparse kernels are lazy)."""
    if "lazy_update" in attrs:
        from .registry import unknown_argument        # (its sparse kernel is always lazy)
        raise unknown_argument(OPS[name], "lazy_update", attrs, imperative=True)


ftrl_update = OPS["ftrl_update"]       # lazy for row_sparse weight, gradient and states (see sparse_dispatch)


sum = OPS["sum"]          # noqa: A001  (MXNet's name; storage-aware through sparse_dispatch)
mean = OPS["mean"]
norm = OPS["norm"]                     # storage-aware through sparse_dispatch (csr along an axis)


# ---- what nd.save / nd.load (ndarray/utils.py) write and read for sparse arrays ------------------
def _to_record(value, where):
    """What nd.save writes for one item: a SparseRecord for a sparse array, else the dense numpy array."""
    if isinstance(value, CSRNDArray):
        return _serialize.SparseRecord("csr", value.shape, value._values, (value._aux[1], value._aux[0]))
    if isinstance(value, RowSparseNDArray):
        return _serialize.SparseRecord("row_sparse", value.shape, value._values, value._aux)
    if not isinstance(value, NDArray):
        raise TypeError(f"save only accepts dict str->NDArray or list of NDArray; item {where!r} is a "
                        f"{type(value).__name__}")
    if value.stype == "undefined":      # an array without storage (an unpickled legacy 0-d one)
        raise MXNetError("Unknown storage type-1")
    return value._data          # waits for a pending write


def _from_record(item):
    """The NDArray for one loaded item (sparse for a SparseRecord)."""
    if item is None:        # an array of unknown shape: MXNet's Python front end cannot wrap its storage
        raise Exception("unknown storage type: -1")
    if isinstance(item, _serialize.SparseRecord):
        if item.stype == "csr":
            indptr, indices = item.aux
            return _new(CSRNDArray, item.values, [indices, indptr], item.shape, cpu(0))
        return _new(RowSparseNDArray, item.values, item.aux, item.shape, cpu(0))
    return _wrap(item)


def _from_records(data):
    """The NDArrays of loaded items, as a list or a dict like ``data``."""
    if isinstance(data, dict):
        return {k: _from_record(v) for k, v in data.items()}
    return [_from_record(v) for v in data]


from . import sparse_dispatch  # noqa: E402  (nd.<op> keeps sparse storage: installed last)
del sparse_dispatch
from . import _internal  # noqa: E402,F401  (MXNet's nd.sparse module exposes nd._internal as well)

# MXNet's public names of nd.sparse (``from mxnet.ndarray.sparse import *``); zeros, empty and array are not among them.
# Most operators among them are installed into this module at import, hence the names as text.
__all__ = """csr_matrix row_sparse_array BaseSparseNDArray CSRNDArray RowSparseNDArray add subtract multiply divide
           ElementWiseSum Embedding FullyConnected LinearRegressionOutput LogisticRegressionOutput
           MAERegressionOutput _contrib_round_ste _contrib_sign_ste abs adagrad_update adam_update add_n arccos
           arccosh arcsin arcsinh arctan arctanh broadcast_add broadcast_div broadcast_minus broadcast_mul
           broadcast_plus broadcast_sub cast_storage cbrt ceil clip concat cos cosh degrees dot elemwise_add
           elemwise_div elemwise_mul elemwise_sub exp expm1 fix floor ftrl_update gamma gammaln log log10 log1p
           log2 make_loss mean negative norm radians relu retain rint round rsqrt sgd_mom_update sgd_update sigmoid
           sign sin sinh slice sqrt square stop_gradient sum tan tanh trunc where zeros_like""".split()

# called with arguments their signatures cannot bind, the hand-written functions fail as MXNet's operators do
# (add, subtract, multiply and divide are plain Python functions in MXNet too, which take numbers)
for _name in __all__:
    if _inspect.isfunction(globals().get(_name)) and _name in OPS and _name not in ("add", "subtract", "multiply",
                                                                                    "divide"):
        globals()[_name] = or_operator(_name)(globals()[_name])
BaseSparseNDArray.clip = or_operator("clip")(BaseSparseNDArray.clip)
BaseSparseNDArray.clip.__signature__ = _inspect.signature(lambda self, *args, **kwargs: None)     # (MXNet's method's)


def _own_function(name):
    """MXNet's function of its own in nd.sparse for operator ``name`` (not nd's object): it calls the operator,
    storage-aware through sparse_dispatch, as it is when called."""
    def function(*args, **kwargs):
        return OPS[name](*args, **kwargs)
    function.__name__ = function.__qualname__ = name
    function.__doc__ = OPS[name].__doc__
    function.__signature__ = OPS[name].mxnet_signature(("out", "name"))
    return function


for _name in __all__:
    if globals()[_name] is OPS.get(_name):
        globals()[_name] = _own_function(_name)
del _name

# the module-level names of MXNet's nd.sparse besides its operators and __all__, those this module has listed by dir()
from .. import base as _base  # noqa: E402
from . import ndarray as _dense  # noqa: E402
ctypes, NDArrayHandle, _LIB, c_array_buf, check_call = \
    _base._ctypes, _base.NDArrayHandle, _base._LIB, _base.c_array_buf, _base.check_call
integer_types, numeric_types, mx_real_t = _base.integer_types, _base.numeric_types, _base.mx_real_t
_DTYPE_MX_TO_NP, _DTYPE_NP_TO_MX, current_context = _dense._DTYPE_MX_TO_NP, _dense._DTYPE_NP_TO_MX, _dense.current_context
_STORAGE_TYPE_CSR, _STORAGE_TYPE_DEFAULT, _STORAGE_TYPE_ROW_SPARSE, _STORAGE_TYPE_UNDEFINED, _STORAGE_TYPE_STR_TO_ID = \
    _dense._STORAGE_TYPE_CSR, _dense._STORAGE_TYPE_DEFAULT, _dense._STORAGE_TYPE_ROW_SPARSE, \
    _dense._STORAGE_TYPE_UNDEFINED, _dense._STORAGE_TYPE_STR_TO_ID
from . import op  # noqa: E402,F401
py_sum = _builtins.sum        # (Python's, as in MXNet's module)
native_array = _std_array.array
_STORAGE_AUX_TYPES = {"row_sparse": [np.int64], "csr": [np.int64, np.int64]}     # (the index arrays' types)
try:
    import scipy.sparse as spsp     # (MXNet's module name for it; None without scipy)
except ImportError:
    spsp = None

_MXNET_NAMES = frozenset("""Context NDArray NDArrayHandle NotSupportedForSparseNDArray _DTYPE_MX_TO_NP _DTYPE_NP_TO_MX
    _LIB _STORAGE_AUX_TYPES _STORAGE_TYPE_CSR _STORAGE_TYPE_DEFAULT _STORAGE_TYPE_ROW_SPARSE _STORAGE_TYPE_STR_TO_ID
    _STORAGE_TYPE_UNDEFINED _internal array c_array_buf check_call ctypes current_context empty gs_retain
    integer_types mx_real_t native_array np numeric_types op operator py_slice py_sum spsp warnings zeros""".split())


def __dir__():
    """MXNet's listing: its operators, public names and helper modules, not this module's own helpers."""
    return sorted(n for n in globals() if n in _MXNET_NAMES or n in __all__ or n in OPS and n[0] != "_"
                  or n[:2] == "__" == n[-2:] and n != "__dir__")
