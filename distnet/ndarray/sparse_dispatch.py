"""``nd.<op>`` on sparse inputs: the registry operators MXNet keeps sparse get a storage-aware call.

An operator listed in ``_SPARSE_IMPL`` becomes a ``_SparseAwareOp``: sparse inputs go to its
implementation on the compressed parts first (NotImplemented: the dense op on dense views), and the
result joins the autograd graph through ``sparse._recorded``. Dense calls keep the registry's path.
"""
import copy

import numpy as np

from ..base import MXNetError, _Null, located
from .nan_order import commuted
from .ndarray import NDArray, _wrap
from . import onednn
from .openblas_dot import self_dot
from .ops_select import _per_axis
from .front_end import or_operator, plain_operator
from .failures import OUTSTANDING, KernelError, deliver, with_copy_error
from .workspace import takes_copy
from .registry import (_INSTALLED, OPS, Op, _backward_reporting, _unary_call, fallback_outputs, refuse_bad_out,
                       refuse_out_mismatch)
from .storage_report import note_storage_fallback
from .sparse import (_ZERO_PRESERVING, BaseSparseNDArray, _empty_csr, _shape_str, square_sum_shape, CSRNDArray, RowSparseNDArray, _as_dense, _dense_view,
                     _dense_update, _from_dense, _lazy_update, _new, _one_dtype, _recorded, _scalar, _with_zero,
                     _refuse_lazy_update, _in_place_failure, _same_sparse, _wide_float_kernel, _dense_like, _row_sparse_sum, cast_storage,
                     _csr_slice_step, _joins_csr_rows, _concat, dot, infer_binary, retain, _slice,
                     storage_not_implemented)


def _square_sum_impl(data, axis=None, keepdims=False, exclude=False, **attrs):
    """MXNet's _square_sum: row_sparse input only; summing each row keeps the stored rows (as row_sparse)."""
    axes = _per_axis(axis) if axis is not None else ()
    if any(a >= data.ndim for a in axes):       # shape inference first
        raise MXNetError(f"Check failed: axes[axes.ndim()-1] < ishape.ndim() ({max(axes)} vs. {data.ndim}) : "
                         f"Reduction axis {max(axes)} Exceeds input dimensions {_shape_str(data.shape)}")
    if not isinstance(data, RowSparseNDArray) or not axes or axes[0] not in (0, 1):    # its storage inference
        given = {k: v for k, v in (("axis", axis), ("keepdims", keepdims), ("exclude", exclude)) if v is not None and v is not False}
        raise storage_not_implemented("_square_sum", (data,), None, "it takes a row_sparse input and axis 0 or 1; "
                                      "use nd.sum(nd.square(x)) otherwise", dict(given, **attrs))
    if data.ndim != 2:
        raise MXNetError(f"Check failed: inputs[0].shape().ndim() == 2U ({data.ndim} vs. 2) : _square_sum op only "
                         "supports 2D ndarray as input")
    if len(axes) != 1:      # the kernel's check: the (dense) result carries it to its first read
        raise KernelError(f"Check failed: axis.ndim() == 1U ({len(axes)} vs. 1) : _square_sum(row_sparse_matrix) only "
                          "supports axis=0 or 1", _wrap(np.zeros(square_sum_shape(data.shape, axes, keepdims, exclude) or (1,),
                                                                 data.dtype), data._ctx._op_ctx))
    if attrs:
        return NotImplemented
    from .ops_reduce import kahan_sum
    ax, rows = axes[0], data._aux[0]
    sums = kahan_sum(np.square(data._values), (ax,))      # over the stored rows only, compensated
    shape = square_sum_shape(data.shape, axes, keepdims, exclude)     # (the kernel sums over ax whatever exclude)
    if ax == 1 and keepdims and not exclude:            # one sum per stored row: row_sparse
        return _new(RowSparseNDArray, np.asarray(sums, data.dtype).reshape(-1, 1), [rows.copy()], shape,
                    data._ctx._op_ctx)
    if ax == 1:
        full = np.zeros(data.shape[0], data.dtype)
        full[rows] = sums
        sums = full
    return _wrap(np.asarray(sums, data.dtype).reshape(shape), data._ctx._op_ctx)


class _SparseAwareOp(Op):
    """A registry op that hands sparse inputs to a storage-aware implementation first."""

    def __call__(self, *args, out=None, name=None, **attrs):
        if out is None and not attrs and len(args) == 1 and type(args[0]) is NDArray and self.unary_fast:
            return _unary_call(self, args[0])          # a dense nd.relu(x): the commonest call
        if out is None and not self.parameterless and self.name not in _ALWAYS and self.name not in _STORAGE_BY_ATTR \
                and not self.variadic and self._takes_plainly(args, attrs):
            if attrs and not self.unlisted_inputs:      # (Op.__call__ would check the same again)
                return self._call_checked(args, attrs, None)
            return super().__call__(*args, **attrs)     # dense arrays and plain attributes: nothing sparse
        if not self.variadic:
            args, out, name = self._bind_trailing(args, out, name, self.called)
        refuse_bad_out(out)
        if self.parameterless and attrs:    # MXNet ignores keywords other than inputs given to such an operator
            attrs = {k: v for k, v in attrs.items() if isinstance(v, NDArray) or k in self.arg_names}
        sparse = self.name in _ALWAYS or (self.name in _STORAGE_BY_ATTR and (
            attrs.get("forward_stype") in ("csr", "row_sparse") or isinstance(out, BaseSparseNDArray)))
        for a in args + tuple(attrs.values()):      # array inputs may also come by keyword (bias=...)
            if type(a) is not NDArray and isinstance(a, BaseSparseNDArray):
                sparse = True
        if sparse:
            if len(args) == 2:
                infer_binary(self, *args)
            given = dict(attrs, out=out) if out is not None and self.name in _IMPL_SEES_OUT else attrs
            try:
                if self.name in _CSR_DENSE_KERNEL and len(args) == 2:      # (its checks apply to any out=)
                    check_csr_dense_kernel(*args)
                res = self.sparse_impl(*args, **given)
            except KernelError as e:        # found by the kernel: raised when the result is read
                return deliver(e, e.result, out)
            if type(out) is NDArray and self.name not in _OUT_STYPE_TAKES and type(res) is not NDArray:
                # a sparse kernel's result for a dense out=: the storage fallback, unless its kernel writes one
                res = _dense_view(res) if self.name in _SPARSE_INTO_DENSE and res is not NotImplemented \
                    else NotImplemented
            if out is not None and res is not NotImplemented:
                if isinstance(out, NDArray):
                    refuse_out_mismatch(self, out, res)     # shapes and types are inferred before storage types
                self._check_out_stype(args, out, res, attrs)
            if res is not NotImplemented:
                res = self._with_copies_taken(args, attrs, res)
            if out is None and res is not NotImplemented:
                return _recorded(res, lambda: Op.__call__(self, *[_as_dense(a) for a in args], **attrs), args)
            if res is not NotImplemented and isinstance(out, BaseSparseNDArray) and out.stype == res.stype:
                return res.copyto(out)      # the sparse kernel writes its structure (stored zeros too) into out
            if res is not NotImplemented and type(out) is NDArray and type(res) is NDArray:
                return res.copyto(out)      # a dense result the sparse kernel writes into a dense out=
            if any(isinstance(a, BaseSparseNDArray) for a in args + tuple(attrs.values())):
                with onednn.storage_fallback():     # MXNet's storage fallback: its own kernels, never oneDNN's
                    res = Op.__call__(_backward_reporting(onednn.fallback_op(self), args, attrs),
                                      *[_as_dense(a) for a in args], out=out, name=name, **attrs)
                if self.name == "add_n" or self.name.endswith("_scalar"):
                    # (add_n's fallback takes a second temp space copy; an operator of an array and a number,
                    # given its number as an attribute here, takes its one)
                    res = with_copy_error(res)
                inputs, given = self._positional_attrs(args, attrs)     # (attributes given by position)
                inputs = [a for a in inputs if a is not None]           # (an input left out, as no_bias's)
                note_storage_fallback(self.name, inputs, fallback_outputs(self, given, res),
                                      self.stated_attrs(inputs, given))
                return res
        return super().__call__(*args, out=out, name=name, **attrs)

    def _with_copies_taken(self, args, attrs, res):
        """``res`` of this op's sparse kernel, run outside the registry: it takes the temp space copy its operator
        asks for, so it carries the error that copy holds, if any (see workspace)."""
        if not OUTSTANDING or self.name in _TAKING_THEIR_OWN or \
                not takes_copy(self.name, args, attrs, with_number=self.name.endswith("_scalar")):
            return res
        return with_copy_error(res)

    def _check_out_stype(self, args, out, res, attrs):
        """MXNet's storage inference fails when ``out`` cannot take the storage type this op's kernel writes."""
        takes = _OUT_STYPE_TAKES.get(self.name)
        if takes is not None and isinstance(out, NDArray) and not takes(out, res):
            raise storage_not_implemented(self.name, [a for a in args if isinstance(a, NDArray)], out,
                                          f"its result is {res.stype}; pass an out= of that storage type", attrs)


# ops whose sparse implementations take their temp space copy themselves (a storage cast, the csr row slice)
_TAKING_THEIR_OWN = frozenset({"cast_storage", "slice"})

# ops that run MXNet's csr-dense kernel on a csr and a dense operand (see check_csr_dense_kernel)
_CSR_DENSE_KERNEL = frozenset({"broadcast_add", "broadcast_sub"})

# ops whose sparse implementation decides by the out= array given (clip falls back into a sparse one; the
# unary math kernels leave an empty csr's indptr empty unless written into an out=)
_IMPL_SEES_OUT = frozenset({"clip", "cast_storage", "broadcast_div"}) | frozenset(_ZERO_PRESERVING)

# ops whose sparse kernel also writes its result into a dense out= (no storage fallback)
_SPARSE_INTO_DENSE = frozenset({"_mul_scalar", "_div_scalar"})

# ops whose dense inputs give the storage type their forward_stype names (so only an out= of it)
_STORAGE_BY_ATTR = frozenset({"dot"})

# which out= these ops take for a sparse-kernel result: dot and cast_storage only the result's storage type;
# clip any sparse one (its fallback casts into it) but no dense one
_OUT_STYPE_TAKES = {"dot": lambda out, res: out.stype == res.stype,
                    "cast_storage": lambda out, res: out.stype == res.stype,
                    "clip": lambda out, res: out.stype != "default"}


def _unary_impl(fn):
    def impl(data, out=None, **attrs):
        if not isinstance(data, BaseSparseNDArray) or attrs:
            return NotImplemented
        return data._map(fn) if out is not None else data._map_math(fn)
    return impl


def _pair_impl(combine):
    def impl(lhs, rhs, **attrs):
        return combine(lhs, rhs) if _same_sparse(lhs, rhs) and not attrs else NotImplemented
    return impl


def _slice_impl(data, begin=None, end=None, step=(), **attrs):      # (no begin or end: slice() refuses)
    if isinstance(data, CSRNDArray) and not attrs and _csr_slice_step(step, begin, end):
        return _slice(data, begin, end, step)
    return NotImplemented


def _elemwise_mul_impl(lhs, rhs, **attrs):
    """Two arrays of one sparse type, or a sparse and a dense one (either side): the sparse one's storage; a csr
    with a row_sparse array has no kernel."""
    if attrs:
        return NotImplemented
    if _same_sparse(lhs, rhs):
        return lhs._combine(rhs, np.multiply)
    if isinstance(lhs, BaseSparseNDArray) and type(rhs) is NDArray:
        return lhs._times_dense(np.asarray(rhs._data))
    if isinstance(rhs, BaseSparseNDArray) and type(lhs) is NDArray:
        return rhs._times_dense(np.asarray(lhs._data), dense_first=True)
    return NotImplemented


def _elemwise_div_impl(lhs, rhs, **attrs):
    """MXNet's kernel writes a dense quotient unless a csr meets another sparse array (the storage fallback)."""
    stypes = {getattr(a, "stype", None) for a in (lhs, rhs)}
    if attrs or "csr" in stypes and "default" not in stypes:
        return NotImplemented
    return _dense_result("elemwise_div", (lhs, rhs), attrs)


def _broadcast_mul_impl(lhs, rhs, **attrs):
    if not (isinstance(lhs, CSRNDArray) and type(rhs) is NDArray) or attrs:
        return NotImplemented
    factor = _csr_vector_operand(lhs, rhs)
    if factor is None:      # a dense operand of lhs's shape: the elemwise kernel
        return lhs._times_dense(np.asarray(rhs._data))
    return lhs._map(lambda v: v * factor)


def _csr_vector_operand(csr, dense):
    """The value MXNet's csr-with-dense-vector kernel meets at each stored entry, or None when ``dense`` is no vector
    (1-D, one row or one column). A 2-D vector with as many rows as ``csr`` is read by row, even when it is a
    single row as long as the csr's rows (so broadcast_mul of two (1, n) arrays scales by the first element)."""
    d = np.asarray(dense._data)
    if d.ndim > 2:          # its kernel's check, raised when the result is read
        raise KernelError(_dense_rank_refusal(d.ndim),
                          _empty_csr(np.broadcast_shapes(csr.shape, d.shape), csr.dtype, csr._ctx._op_ctx))
    if d.ndim == 2 and 1 not in d.shape:
        return None
    if d.size == 1:
        return d.reshape(-1)[0]
    by_row = d.ndim == 2 and d.shape[0] == csr.shape[0]
    return d.reshape(-1)[csr._rows() if by_row else csr._aux[0]]


def _sub_dense_impl(lhs, rhs, **attrs):
    """sparse - dense as MXNet's kernel computes it: -rhs everywhere, then lhs's stored values added
    (so the unstored positions hold -0.0 where rhs is 0)."""
    if _same_sparse(lhs, rhs):
        return lhs._combine(rhs, np.subtract)
    if type(lhs) is NDArray and isinstance(rhs, BaseSparseNDArray) and lhs.shape == rhs.shape and not attrs:
        if isinstance(rhs, CSRNDArray):
            _wide_float_kernel(_dense_like(lhs), lhs, rhs, kernel="sub")     # dense - csr runs the csr kernel too
        return _dense_result("elemwise_sub", (lhs, rhs), attrs)
    if not (isinstance(lhs, BaseSparseNDArray) and type(rhs) is NDArray) or attrs or lhs.shape != rhs.shape:
        return NotImplemented
    if isinstance(lhs, CSRNDArray):
        _wide_float_kernel(_dense_like(lhs), lhs, rhs, kernel="sub")
    _one_dtype(lhs, rhs)
    out = _add_stored(np.negative(rhs._data), lhs)
    return _wrap(out.astype(lhs._values.dtype, copy=False), lhs._ctx)


def _add_dense_impl(lhs, rhs, **attrs):
    """sparse + dense of one shape (dense + csr too) as MXNet's kernel: the dense array copied, the stored values
    added in place (so an unstored position keeps the dense value as is, -0.0 too)."""
    sparse, dense = (lhs, rhs) if isinstance(lhs, BaseSparseNDArray) else (rhs, lhs)
    if not (isinstance(sparse, BaseSparseNDArray) and type(dense) is NDArray) or attrs or lhs.shape != rhs.shape:
        return NotImplemented
    if isinstance(sparse, CSRNDArray):
        _wide_float_kernel(_dense_like(sparse), sparse, dense, kernel="add")
    _one_dtype(sparse, dense)
    return _wrap(_add_stored(np.array(dense._data), sparse), sparse._ctx)


def _add_stored(out, sparse):
    """``out`` (a dense buffer of ``sparse``'s shape) with ``sparse``'s stored values added at their positions."""
    where = (sparse._rows(), sparse._aux[0]) if isinstance(sparse, CSRNDArray) else sparse._aux[0]
    out[where] = commuted(np.add, out[where], sparse._values)     # (of two NaNs, MXNet's kernels keep the stored
    return out                                                      # value's, or in half the dense one's)


def _dense_rank_refusal(ndim):
    """The words of MXNet's csr-with-dense kernels for a dense operand of more than 2 dimensions."""
    return (f"Check failed: inputs[1].shape().ndim() <= 2 ({ndim} vs. 2) : input dense matrix should have less than "
            "or equal to 2 dimensions")


def check_csr_dense_kernel(lhs, rhs):
    """broadcast_add/sub of a csr and a dense array run MXNet's csr-dense kernel (a dense result): when it runs
    it refuses a dense right operand of more than 2 dimensions and a csr of another shape than the result (it
    broadcasts the dense operand only), raised when the result is read. (Operands of one shape run the elemwise kernel,
    float32/float64 only: see _add_dense_impl.)"""
    if not (isinstance(lhs, CSRNDArray) and type(rhs) is NDArray
            or type(lhs) is NDArray and isinstance(rhs, CSRNDArray)):
        return
    csr, dense = (lhs, rhs) if isinstance(lhs, CSRNDArray) else (rhs, lhs)
    shape = np.broadcast_shapes(lhs.shape, rhs.shape)
    result = lambda: _wrap(np.zeros(shape, dense.dtype), csr._ctx._op_ctx)      # noqa: E731
    if rhs is dense and dense.ndim > 2:
        raise KernelError(_dense_rank_refusal(dense.ndim), result())
    for axis in (0, 1):
        if csr.shape[axis] != shape[axis]:
            raise KernelError(f"Check failed: csr.shape()[{axis}] == output.shape()[{axis}] ({csr.shape[axis]} vs. "
                              f"{shape[axis]}) : ", result())


def _broadcast_add_impl(lhs, rhs, **attrs):
    """broadcast_add runs the sparse + dense kernel for csr only (a dense operand broadcast: its csr-dense kernel);
    row_sparse adds whole dense views (0 + -0.0 is 0)."""
    if _csr_with_broadcast_dense(lhs, rhs) and not attrs:
        return _dense_result("broadcast_add", (lhs, rhs), attrs)
    if isinstance(lhs, CSRNDArray) or isinstance(rhs, CSRNDArray):
        return _add_dense_impl(lhs, rhs, **attrs)
    return NotImplemented


def _csr_with_broadcast_dense(lhs, rhs):
    return lhs.shape != rhs.shape and (isinstance(lhs, CSRNDArray) and type(rhs) is NDArray
                                       or type(lhs) is NDArray and isinstance(rhs, CSRNDArray))


def _broadcast_sub_impl(lhs, rhs, **attrs):
    """csr - a dense array of its shape runs the elemwise kernel (-0.0 where both are zero), dense - csr its checks;
    a dense vector - csr the csr-dense kernel (see _vector_minus_csr); the rest is dense."""
    if type(lhs) is NDArray and isinstance(rhs, CSRNDArray) and lhs.shape != rhs.shape and not attrs:
        return _vector_minus_csr(lhs, rhs)
    if _csr_with_broadcast_dense(lhs, rhs) and not attrs:
        return _dense_result("broadcast_sub", (lhs, rhs), attrs)
    if isinstance(lhs, CSRNDArray) and type(rhs) is NDArray or type(lhs) is NDArray and isinstance(rhs, CSRNDArray):
        return _sub_dense_impl(lhs, rhs, **attrs)
    return NotImplemented


def _vector_minus_csr(dense, csr):
    """A dense array broadcast to csr's shape (check_csr_dense_kernel made sure it is), minus the csr, as MXNet's
    kernel: the dense values added into a zeroed output (a -0.0 becomes 0.0), then the stored values subtracted."""
    out = np.zeros(csr.shape, dense.dtype)
    out += np.asarray(dense._data)
    out[csr._rows(), csr._aux[0]] -= csr._values
    return _wrap(out, dense._ctx)


def _broadcast_div_impl(lhs, rhs, out=None, **attrs):
    """csr / a broadcast dense vector stays csr; MXNet has no csr / same-shape dense kernel. An out= that is not
    csr takes the storage fallback instead."""
    if not (isinstance(lhs, CSRNDArray) and type(rhs) is NDArray) or attrs or out is not None and out.stype != "csr":
        return NotImplemented
    factor = _csr_vector_operand(lhs, rhs)
    if factor is None:      # storage inference passes; the kernel refuses (raised when read)
        raise KernelError("Check failed: supported_op: Please use elemwise_div for division between csr and dense of "
                          "the same shape",
                          _empty_csr(np.broadcast_shapes(lhs.shape, rhs.shape), lhs.dtype, lhs._ctx._op_ctx))
    return lhs._map(lambda v: v / factor)


def _concat_impl(*data, dim=1, num_args=None, **attrs):
    if _joins_csr_rows(data, dim) and not attrs:
        return _concat(*data, dim=0)
    return NotImplemented


def _take_impl(a, indices, axis=0, mode="clip", **attrs):
    """Rows of a csr array, as csr (MXNet's take keeps csr storage along axis 0)."""
    if not isinstance(a, CSRNDArray) or axis != 0 or attrs:
        return NotImplemented
    picked = Op.__call__(OPS["take"], _dense_view(a), _as_dense(indices), axis=0, mode=mode)
    return _from_dense(np.asarray(picked._data), "csr", a._ctx)


def _embedding_impl(data, weight, **attrs):
    if isinstance(weight, CSRNDArray):
        raise storage_not_implemented("Embedding", (data, weight), None, "it takes a dense or row_sparse weight",
                                      attrs)
    if type(data) is NDArray and isinstance(weight, RowSparseNDArray):     # its row_sparse-weight kernel
        return _dense_result("Embedding", (data, weight), attrs)
    return NotImplemented


def _where_impl(condition, x, y, **attrs):
    """A csr condition choosing between dense arrays: MXNet's kernel for it (a dense result)."""
    if isinstance(condition, CSRNDArray) and type(x) is NDArray and type(y) is NDArray and not attrs:
        return _dense_result("where", (condition, x, y), attrs)
    return NotImplemented


def _scalar_impl(fn, keeps_zero=lambda fn, scalar: True):
    """A sparse array with a number (``_mul_scalar``, ``_div_scalar``, the comparisons): MXNet's kernel on the
    stored values, while ``keeps_zero``; otherwise it has none (the storage fallback)."""
    def impl(data, scalar=0.0, **attrs):
        if not isinstance(data, BaseSparseNDArray) or attrs or not keeps_zero(fn, float(scalar)):
            return NotImplemented
        with np.errstate(all="ignore"):
            return data._map(lambda v: fn(v, _scalar(data, float(scalar))))
    return impl


def _false_at_zero(fn, scalar):
    """A comparison keeps the storage when zero compares False with the number."""
    return not fn(0, scalar)


def _zero_scalar_impl(name, fn):
    def impl(data, scalar=0.0, **attrs):
        """``_plus_scalar``/``_minus_scalar``: by zero a sparse input keeps its storage; by another number MXNet's
        kernel writes a dense result (no storage fallback)."""
        if not isinstance(data, BaseSparseNDArray) or attrs:
            return NotImplemented
        if float(scalar) == 0:
            return data._map(lambda v: _with_zero(fn, v, float(scalar)))
        return _dense_result(name, (data,), {"scalar": scalar})
    return impl


def _dense_result(name, args, attrs):
    """The dense output of MXNet's kernel for sparse inputs that writes one, as the operator computes it on dense
    views (no storage fallback, so nothing logged)."""
    with onednn.storage_fallback():
        return Op.__call__(onednn.fallback_op(OPS[name]), *[_as_dense(a) for a in args], **attrs)


def _fully_connected_impl(data, weight, bias=None, **attrs):
    """With sparse inputs MXNet runs FullyConnected on dense copies and its shape check there also takes a
    (num_hidden, 1) bias; a dense (num_hidden, 1) bias stays an error (the dense path's check)."""
    if isinstance(bias, BaseSparseNDArray) and bias.ndim == 2 and bias.shape[1] == 1:
        flat = _wrap(np.asarray(bias._data).reshape(-1), bias._ctx)
        return Op.__call__(OPS["FullyConnected"], _as_dense(data), _as_dense(weight), flat, **attrs)
    return NotImplemented


def _batch_norm_impl(*args, **attrs):
    """BatchNorm with a sparse input runs the storage fallback, refused with a fixed gamma (the default)."""
    from ..symbol.storage import batch_norm_refusal
    refusal = batch_norm_refusal([getattr(a, "stype", "default") for a in args + tuple(attrs.values())], attrs)
    if refusal:
        raise MXNetError(refusal)
    return NotImplemented


def _retain_impl(data, indices, **attrs):
    return retain(data, indices) if isinstance(data, RowSparseNDArray) and not attrs else NotImplemented


def _clip_impl(data, a_min=_Null, a_max=_Null, out=None, **attrs):
    if not isinstance(data, BaseSparseNDArray) or attrs:
        return NotImplemented
    if isinstance(out, BaseSparseNDArray) and None not in (a_min, a_max) and _Null not in (a_min, a_max) \
            and not a_min <= 0 <= a_max:
        return NotImplemented       # no sparse kernel for this range: the dense clip, cast into the sparse out=
    return data.clip(a_min, a_max)


def _add_n_impl(*args, **attrs):
    if args and all(isinstance(a, RowSparseNDArray) for a in args):
        return _row_sparse_sum(args)
    if len(args) == 3 and not attrs and [type(a) for a in args] == [NDArray, CSRNDArray, NDArray] and \
            len({(a.shape, np.dtype(a.dtype)) for a in args}) == 1:
        return _dense_csr_dense_sum(*args)
    return NotImplemented


def _dense_csr_dense_sum(first, csr, last):
    """add_n(dense, csr, dense) by MXNet's kernel for these storage types: the two dense arrays summed first, then
    the csr's stored values added (other mixes add in order, on dense views)."""
    out = np.asarray(first._data) + np.asarray(last._data)
    out[csr._rows(), csr._aux[0]] += csr._values
    return _wrap(out, first._ctx)


def _zeros_like_impl(data, **attrs):
    return data.zeros_like() if isinstance(data, BaseSparseNDArray) and not attrs else NotImplemented


def _cast_storage_impl(data, stype=_Null, out=None, **attrs):
    if attrs:
        return NotImplemented           # the dense op refuses unknown parameters
    if out is not None and stype is not _Null:      # shapes and types are inferred before storage types
        refuse_out_mismatch(OPS["cast_storage"], out, data)
    if type(data) is NDArray and type(stype) is str and stype == "default":      # (any other value: the dense op's)
        if isinstance(out, BaseSparseNDArray):
            raise storage_not_implemented("cast_storage", (data,), out, "stype='default' writes a dense array",
                                          {"stype": stype})
        return NotImplemented           # the dense op, recorded for autograd
    return cast_storage(data, stype)


def _stored_norm(data, keepdims):
    """MXNet's L2 norm of all of a sparse array: the square root of BLAS's dot of the stored values with
    themselves."""
    values = data._values.ravel()
    r = np.sqrt(np.array([self_dot(values)], values.dtype)).astype(values.dtype, copy=False)  # (int: none stored)
    return _wrap(r.reshape((1,) * data.ndim) if keepdims else r, data._ctx)


def _comma(dtype):
    """MXNet's two type switches word this refusal apart: a comma for wide integers, none for 8-bit ones."""
    return "," if np.dtype(dtype).itemsize > 1 else ""


# the type switches of MXNet's sparse norm kernels: over all stored values (True), along an axis of a csr array
# (False), and BLAS's refusal of float16 (which only the first reaches)
_NORM_KERNEL_SITES = {True: ("../src/operator/tensor/./broadcast_reduce_op.h", 1438),
                      False: ("../src/operator/tensor/./broadcast_reduce_op.h", 1451),
                      "blas": ("../include/mshadow/./././dot_engine-inl.h", 130)}


def _csr_norm_impl(data, ord=2, axis=None, keepdims=False, out_dtype=None, **attrs):
    """L2 norm of a 2-D csr array along one axis as MXNet's csr kernel: a compensated sum over the stored
    squares only (unstored zeros take no part), then the square root."""
    axes = _per_axis(axis) if axis is not None else ()
    stored = not axes and ord == 2 and out_dtype is None and not attrs and isinstance(data, BaseSparseNDArray)
    # the csr kernel takes axis 0 or 1 as given (a negative axis, or keepdims, goes to the dense kernel, any dtype)
    by_rows = (isinstance(data, CSRNDArray) and data.ndim == 2 and ord == 2 and out_dtype is None and len(axes) == 1
               and axes[0] in (0, 1) and not keepdims and not attrs)
    if (stored and data._values.size and data.dtype not in (np.float32, np.float64) or     # (none stored: 0)
            by_rows and data.dtype not in (np.float16, np.float32, np.float64)):    # raised when the result is read
        shape = ((1,) * data.ndim if keepdims else (1,)) if stored else (data.shape[1 - axes[0]],)
        error = KernelError("Not implmented!" if data.dtype == np.float16      # (BLAS's words for float16)
                            else f"This operation only support floating point types{_comma(data.dtype)} not "
                            f"{data.dtype.__name__}", _wrap(np.zeros(shape, data.dtype), data._ctx))
        raise located(error, _NORM_KERNEL_SITES["blas" if data.dtype == np.float16 else stored])
    if stored:
        return _stored_norm(data, keepdims)
    if not by_rows:
        return NotImplemented
    with np.errstate(invalid="ignore"):
        r = np.sqrt(_stored_sum(data, np.square(data._values), axes[0], infinite_stays=False))
    return _wrap(r, data._ctx)


def _stored_sum(csr, values, ax, infinite_stays=True):
    """The sums along ``ax`` of a 2-D csr array's stored ``values`` as MXNet's csr kernels sum them: compensated
    (Kahan), in stored order, over the stored entries only (unstored zeros take no part). The sum kernel keeps an
    infinite sum infinite; the norm kernel's compensation turns it into NaN (``infinite_stays`` False)."""
    groups = csr._rows() if ax == 1 else csr._aux[0]         # the output each stored value adds to
    order = np.argsort(groups, kind="stable")                 # each output's values in stored order
    counts = np.bincount(groups, minlength=csr.shape[1 - ax])
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    dt = values.dtype.type
    total, residual = np.zeros(counts.size, values.dtype), np.zeros(counts.size, values.dtype)
    with np.errstate(invalid="ignore", over="ignore"):
        for k in range(int(counts.max(initial=0))):
            live = np.flatnonzero(counts > k)
            y = values[order[starts[live] + k]] - residual[live]
            t = (total[live] + y).astype(dt)
            residual[live] = (t - total[live]) - y
            if infinite_stays:
                residual[live[np.isinf(t)]] = 0
            total[live] = t
    return total


def _csr_sum_impl(mean):
    def impl(data, axis=None, keepdims=False, exclude=False, **attrs):
        """sum/mean of a 2-D csr array along axis 0 or 1 (as given) by MXNet's csr kernel; else the dense one."""
        axes = _per_axis(axis) if axis is not None else ()
        if not (isinstance(data, CSRNDArray) and data.ndim == 2 and len(axes) == 1 and axes[0] in (0, 1)
                and not keepdims and not exclude and not attrs):
            return NotImplemented
        r = _stored_sum(data, data._values, axes[0])
        if mean:
            r = (r / data._values.dtype.type(data.shape[axes[0]])).astype(r.dtype)
        return _wrap(r, data._ctx)
    return impl


def _quadratic_impl(data, a=0.0, b=0.0, c=0.0, **attrs):
    """quadratic keeps csr storage when c is 0 (the unstored zeros stay zero)."""
    if isinstance(data, CSRNDArray) and c == 0 and not attrs:
        forward = OPS["_contrib_quadratic"].fwd
        return data._map(lambda values: forward(values, a=a, b=b, c=c))
    return NotImplemented


def _gradientmultiplier_impl(data, scalar=1.0, is_int=True, **attrs):
    """gradientmultiplier's identity forward keeps csr and row_sparse storage (its scalar acts backward only)."""
    return data._map(np.copy) if isinstance(data, BaseSparseNDArray) and not attrs else NotImplemented


def _dense_only_impl(*args, **attrs):
    """boolean_mask's storage inference takes dense arrays only (MXNet has no fallback for it)."""
    raise MXNetError(f"Check failed: attr == kDefaultStorage ({_STYPE_CODES[_first_sparse(args).stype]} vs. 0) : "
                     "Only default storage is supported")


def _first_sparse(args):
    return next(a for a in args if isinstance(a, BaseSparseNDArray))


_STYPE_CODES = {"row_sparse": 1, "csr": 2}


_SPARSE_IMPL = {name: _unary_impl(fn) for name, fn in dict(_ZERO_PRESERVING, identity=np.copy, _copy=np.copy).items()}
_SPARSE_IMPL.update({
    "dot": dot, "broadcast_add": _broadcast_add_impl,
    "elemwise_add": lambda lhs, rhs, **attrs: (lhs._combine(rhs, np.add) if _same_sparse(lhs, rhs) and not attrs
                                               else _add_dense_impl(lhs, rhs, **attrs)),
    "elemwise_sub": _sub_dense_impl, "broadcast_div": _broadcast_div_impl, "broadcast_sub": _broadcast_sub_impl,
    "Concat": _concat_impl,
    "take": _take_impl, "Embedding": _embedding_impl, "where": _where_impl, "_square_sum": _square_sum_impl,
    "_mul_scalar": _scalar_impl(np.multiply), "_plus_scalar": _zero_scalar_impl("_plus_scalar", np.add),
    "_minus_scalar": _zero_scalar_impl("_minus_scalar", np.subtract), "_div_scalar": _scalar_impl(np.true_divide),
    "_greater_scalar": _scalar_impl(np.greater, _false_at_zero),
    "_greater_equal_scalar": _scalar_impl(np.greater_equal, _false_at_zero),
    "_lesser_scalar": _scalar_impl(np.less, _false_at_zero),
    "_lesser_equal_scalar": _scalar_impl(np.less_equal, _false_at_zero),
    "_equal_scalar": _scalar_impl(np.equal, _false_at_zero),
    "_not_equal_scalar": _scalar_impl(np.not_equal, _false_at_zero),
    "_sparse_retain": _retain_impl,
    "elemwise_mul": _elemwise_mul_impl, "elemwise_div": _elemwise_div_impl,
    "broadcast_mul": _broadcast_mul_impl, "clip": _clip_impl, "add_n": _add_n_impl, "ElementWiseSum": _add_n_impl,
    "FullyConnected": _fully_connected_impl, "zeros_like": _zeros_like_impl, "cast_storage": _cast_storage_impl, "slice": _slice_impl,
    "norm": _csr_norm_impl, "sum": _csr_sum_impl(False), "mean": _csr_sum_impl(True), "_contrib_quadratic": _quadratic_impl,
    "_contrib_gradientmultiplier": _gradientmultiplier_impl, "BatchNorm": _batch_norm_impl,
    "_contrib_boolean_mask": _dense_only_impl,
})
for _name, _impl in _SPARSE_IMPL.items():
    if _name in OPS and type(OPS[_name]) is Op:
        OPS[_name].__class__ = _SparseAwareOp
        OPS[_name].sparse_impl = or_operator(_name, plain_operator)(_impl)
_ALWAYS = frozenset({OPS["cast_storage"].name, "_square_sum"})
for _name in _SPARSE_IMPL:
    if _name in OPS:
        OPS[_name].unary_fast = not OPS[_name].hidden and OPS[_name].name not in _ALWAYS
del _name, _impl


# ---- MXNet operators that keep sparse storage while the broadcasting op distnet folds them into does not ----
def _same_shape_pair(fn):
    def impl(lhs, rhs, **attrs):
        if _same_sparse(lhs, rhs) and lhs.shape == rhs.shape and not attrs:
            return lhs._combine(rhs, fn)
        return NotImplemented
    return impl


def _scatter_div_impl(lhs, rhs, **attrs):
    """row_sparse / any array: computed on the stored rows of lhs only, the rest stays unstored."""
    if not isinstance(lhs, RowSparseNDArray) or lhs.shape != rhs.shape or attrs:
        return NotImplemented
    rows = lhs._aux[0]
    with np.errstate(divide="ignore", invalid="ignore"):
        values = (lhs._values / np.asarray(rhs._data)[rows]).astype(lhs._values.dtype, copy=False)
    return _new(RowSparseNDArray, values, [rows.copy()], lhs.shape, lhs._ctx)


def _scatter_scalar_impl(sign):
    def impl(data, scalar=0.0, **attrs):
        """A scalar added to the stored values only (MXNet's _scatter_*_scalar)."""
        if not isinstance(data, BaseSparseNDArray) or attrs:
            return NotImplemented
        return data._map(lambda v: v + sign * data._values.dtype.type(float(scalar)))
    return impl


from . import ops_internal  # noqa: E402,F401  (defines the _scatter_* aliases given their own ops below)


def _own_op(alias, impl):
    """Give ``alias`` its own sparse-aware copy of the operator it shares with a broadcasting op."""
    op = copy.copy(OPS[alias])
    op.__class__, op.sparse_impl, op.unary_fast = _SparseAwareOp, impl, False
    OPS[alias] = op
    for namespace, _ in _INSTALLED:
        if alias in namespace:
            namespace[alias] = op


for _alias, _impl in {"_maximum": _same_shape_pair(np.maximum), "_minimum": _same_shape_pair(np.minimum),
                      "_hypot": _same_shape_pair(np.hypot), "_scatter_elemwise_div": _scatter_div_impl,
                      "_scatter_plus_scalar": _scatter_scalar_impl(1), "_scatter_minus_scalar": _scatter_scalar_impl(-1),
                      }.items():
    if _alias in OPS:
        _own_op(_alias, _impl)
del _alias, _impl


# ---- optimizer updates: nd.sgd_update(weight, row_sparse grad, ..., out=weight) is MXNet's sparse update ----
class _SparseUpdateOp(Op):
    """An update op that hands sparse operands (and its ``out``) to the storage-aware update."""

    def __call__(self, *args, out=None, name=None, **attrs):
        refuse_bad_out(out)
        if any(isinstance(a, BaseSparseNDArray) for a in args + (out,)):
            res = self.sparse_update(*args, out=out, **attrs)
            if res is not NotImplemented:
                return res
            args = [_as_dense(a) for a in args]
        return super().__call__(*args, out=out, name=name, **attrs)


def _ftrl_sparse(weight, grad, *states, out=None, **attrs):
    """ftrl_update updates only a row_sparse gradient's rows when weight and states are row_sparse too;
    other storage combinations take the dense update (MXNet's storage fallback)."""
    _refuse_lazy_update("ftrl_update", attrs)
    failed = _in_place_failure("ftrl_update", weight, grad, states, out)
    if failed is not None:
        return failed
    if all(isinstance(a, RowSparseNDArray) for a in (weight, grad) + states):
        return _lazy_update("ftrl_update")(weight, grad, *states, out=out, **attrs)
    return _fallback_update("ftrl_update")(weight, grad, *states, out=out, **attrs)


def _fallback_update(name):
    """An update op MXNet has no sparse kernel for: the storage fallback runs it on dense copies (never in place,
    so a state reads the old weight even with out=weight) and writes weight and states back in their storage."""
    def update(weight, grad, *states, out=None, **attrs):
        res = _dense_update(name, weight, grad, states, out, attrs)
        note_storage_fallback(name, (weight, grad) + states, [weight if out is None else out], attrs)
        return res
    return update


_UPDATES = {"sgd_update": _lazy_update("sgd_update"), "sgd_mom_update": _lazy_update("sgd_mom_update"),
            "adam_update": _lazy_update("adam_update"), "ftrl_update": _ftrl_sparse}
for _name in ("nag_mom_update", "rmsprop_update", "rmspropalex_update", "signsgd_update", "signum_update",
              "ftml_update", "mp_sgd_update", "mp_sgd_mom_update", "mp_nag_mom_update"):
    _UPDATES[_name] = _fallback_update(_name)
for _name, _impl in _UPDATES.items():
    if _name in OPS and isinstance(OPS[_name], Op):
        if type(OPS[_name]) is Op:
            OPS[_name].__class__ = _SparseUpdateOp
        OPS[_name].sparse_update = _impl    # ops_optim's update ops (own class) hand sparse operands over too
del _name, _impl


# ---- a dense array updated in place by a csr one ----------------------------------------------------------
def _csr_in_place_check(kernel):
    """The check of ``x += c`` / ``x -= c`` (MXNet: the broadcast op with out=x) for a csr ``c``: MXNet's csr-dense
    kernel writes no broadcast result in place, and its elemwise ``kernel`` takes float32/float64 only (raised when
    x is read)."""
    def check(self, other):
        if type(self) is NDArray and isinstance(other, CSRNDArray):
            if other.shape != self.shape:
                raise KernelError("Check failed: req == kWriteTo: Only kWriteTo supported for broadcast(csr, dns) = "
                                  "dns", self)
            _wide_float_kernel(lambda: self, self, other, kernel=kernel)
    return check


for _name in _CSR_DENSE_KERNEL:
    OPS[_name].in_place_check = _csr_in_place_check(_name[len("broadcast_"):])
del _name
