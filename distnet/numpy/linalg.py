"""``mx.np.linalg``: norms, inverses, determinants, factorizations and solvers.

inv, det, slogdet, cholesky, svd, solve and norm run the registry's differentiable linalg ops; tensorinv and
tensorsolve are built from differentiable ``mx.np`` functions; eigh, eig and pinv pass a zero gradient as
MXNet's; qr, cond, lstsq, matrix_rank, matrix_power and multi_dot are NumPy's results, as MXNet 1.9.1's
fallbacks, and like them fail under autograd.record().
"""
from contextlib import nullcontext as _nullcontext

import numpy as _np
from numpy.linalg import _umath_linalg

from ..base import log_time as _log_time
from ..base import MXNetError as _MXNetError, located as _located, message_of as _message_of
from ..ndarray.shape_text import inference_failure as _inference_failure, listed_shape as _listed_shape
from ..ndarray.failures import KernelError as _KernelError, copy_taker as _copy_taker
from ..ndarray.ndarray import NDArray as _NDArray
from ..ndarray.ops_elemwise import _libm, _powf       # the C library's functions, as MXNet's kernels call them
from ..ndarray.openblas_core import core as _openblas_core
from ..ndarray import openblas_gesdd as _openblas_gesdd, openblas_gesvd as _openblas_gesvd
from ..ndarray import cblas as _cblas
from ..ndarray.dgemm_row import blas_gemm as _blas_gemm
from ..ndarray.ops_linalg import _UNBLOCKED, _getrf_slogdet, fused_gemm as _fused_gemm, getf2 as _getf2, getrs as _getrs
from ..ndarray.ops_linalg import _lu_steps, _triangular_solve, _unblocked_order
from ..ndarray.ops_linalg import _runs_prescott, prescott_gemm as _prescott_gemm
from ..ndarray.ops_linalg import det_gradient as _det_gradient
from ..ndarray.openblas_dot import fused_multiply_add as _fused_multiply_add
from ..ndarray.ops_reduce import kahan_sum as _kahan_sum
from ..ndarray.registry import OPS as _OPS, defop as _defop
from .multiarray import invoke_np as _invoke_np, wrap_np as _wrap_np
from .multiarray import _is_np_shape, refuse_unknown_shapes as _refuse_unknown_shapes
from .recorded_names import with_shown as _with_shown


def _lu_slogdet(a):
    """slogdet as MXNet's kernel computes it (the legacy operators' getrf factors and log-sum). Empty matrices
    run no kernel: their results stay zeros."""
    if a.size == 0:
        return _np.zeros(a.shape[:-2], a.dtype), _np.zeros(a.shape[:-2], a.dtype)
    return _getrf_slogdet(a)


@_defop("_npi_slogdet")
def _slogdet_op(a):
    """(sign, log|det|) of each square matrix, in the input's precision."""
    sign, logdet = _lu_slogdet(a)
    return _np.asarray(sign, a.dtype), _np.asarray(logdet, a.dtype)


@_slogdet_op.grad
def _(dy, out, a):
    scale = _np.asarray(dy[1])[..., None, None]
    return (_det_gradient(scale, a, out[1] == -_np.inf, _OPS["_linalg_inverse"].fwd).astype(a.dtype),)


@_defop("_npi_det")
def _det_op(a):
    """The determinant of each square matrix, as MXNet computes it: sign * exp(log|det|)."""
    sign, logdet = _lu_slogdet(a)
    return _np.asarray(sign * _libm("expf", _np.exp)(_np.asarray(logdet)), a.dtype)


@_det_op.grad
def _(dy, out, a):
    scale = _np.asarray(dy * out)[..., None, None]
    return (_det_gradient(scale, a, out == 0, _OPS["_linalg_inverse"].fwd).astype(a.dtype),)


_INV_SHAPE_WORDS = ("Check failed: ndim >= 2 ({n} vs. 2) : Input A's dimension must be >= 2",
                    "Check failed: in[ndim-2] == in[ndim-1] ({r} vs. {c}) : Input A's last two dimension must be equal")
_EIG_SHAPE_WORDS = ("Check failed: a_ndim >= 2 ({n} vs. 2) : Array must be at least two-dimensional",
                    "Check failed: a_shape[a_ndim - 2] == a_shape[a_ndim - 1] ({r} vs. {c}) : Input A's last two "
                    "dimension must be equal")
# each operator's words for fewer than two axes and for matrices that are not square
_SQUARE_WORDS = {
    "inv": _INV_SHAPE_WORDS, "det": _INV_SHAPE_WORDS, "slogdet": _INV_SHAPE_WORDS, "eig": _EIG_SHAPE_WORDS,
    "eigh": _EIG_SHAPE_WORDS,
    "solve": ("Check failed: in_a_ndim >= 2 ({n} vs. 2) : Array must be at least two-dimensional",
              "Check failed: in_a_shape[in_a_ndim - 2] == in_a_shape[in_a_ndim - 1] ({r} vs. {c}) : Input A's last "
              "two dimension must be equal"),
    "cholesky": ("Check failed: in_shape.ndim() >= 2 ({n} vs. 2) : Array must be at least two-dimensional",
                 "Check failed: A.size(0) == A.size(1) ({r} vs. {c}) : No square matrix as input to potrf.")}
# where a function's shape checks stand when it is not where the operator sharing its words has them:
# (source, line of the rank check, line of the square check)
_SQUARE_SITES = {"eigvals": ("../src/operator/numpy/linalg/np_eigvals.cc", 42, 44),
                 "inv": ("../src/operator/tensor/./la_op.h", 434, 435),
                 "solve": ("../src/operator/numpy/linalg/np_solve.cc", 45, 47)}
_FLOAT_WORDS = "This operation only supports 32-bit and 64-bit floating point"
_DET_FLOAT_WORDS = "Check failed: dtype == kFloat32 || dtype == kFloat64: " + _FLOAT_WORDS
_LINALG = "../src/operator/numpy/linalg/"
# where a function's kernel refuses a type other than float32 and float64, when not where inv's does
_FLOAT_SITES = {"pinv": (_LINALG + "./np_pinv-inl.h", 707), "svd": (_LINALG + "./np_gesvd-inl.h", 117)}
# where each function refuses float16
_HALF_SITES = {"solve": (_LINALG + "np_solve.cc", 75), "tensorsolve": (_LINALG + "np_tensorsolve.cc", 96),
               "tensorinv": (_LINALG + "np_tensorinv.cc", 88), "eig": (_LINALG + "np_eig.cc", 110),
               "eigh": (_LINALG + "np_eig.cc", 110), "eigvals": (_LINALG + "np_eigvals.cc", 77),
               "eigvalsh": (_LINALG + "np_eigvals.cc", 77)}
_HALF_B_SITES = {"solve": (_LINALG + "np_solve.cc", 77), "tensorsolve": (_LINALG + "np_tensorsolve.cc", 98)}
_NORM = _LINALG + "np_norm.cc"


def _failing(shape, dtype, message, ctx, site=None):
    """A result of ``shape`` whose kernel failed with ``message`` (at ``site``, where known): MXNet raises it when
    the result is read."""
    from .multiarray import fails_when_read
    return fails_when_read(_wrap_np(_np.zeros(shape, dtype), ctx), message, site=site)


def _kernel_refusal(a):
    """MXNet's LAPACK kernels' words for a type they lack (None for float32 and float64)."""
    return None if a.dtype in (_np.float32, _np.float64) else _FLOAT_WORDS


# operators whose kernel, not their type inference, refuses other types than float32 and float64
_KERNEL_TYPED = ("inv", "cholesky")


def _square(a, name, sites=None):
    """MXNet's checks of operator ``name``'s (stacks of) square matrices, in its words: the shape, then (but for
    eig and eigh, which take integers, and the operators whose kernel checks it) a float32 or float64 type.
    ``sites``: the function's entry in _SQUARE_SITES, where its checks stand elsewhere than ``name``'s."""
    if not isinstance(a, _NDArray):
        raise TypeError(f"type {type(a)} not supported")
    few, unequal = _SQUARE_WORDS.get(name, (None, None))
    path, few_line, unequal_line = _SQUARE_SITES.get(sites or name, (None, None, None))
    if a.ndim < 2 and few:      # (a 0-d array's rank is unknown, -1, without NumPy shape semantics)
        error = _MXNetError(few.format(n=a.ndim if a.ndim or _is_np_shape() else -1))
        raise _located(error, (path, few_line)) if path else error
    if a.ndim < 2 or a.shape[-1] != a.shape[-2] and name != "cholesky":      # (potrf's own check: when read)
        if unequal:
            error = _MXNetError(unequal.format(r=a.shape[-2], c=a.shape[-1]))
            raise _located(error, (path, unequal_line)) if path else error
        raise _MXNetError(f"{name}: the input must be a (stack of) square matrices, got shape {a.shape}")
    if name not in ("eig", "eigh", "solve") + _KERNEL_TYPED and (_np.dtype(a.dtype).kind != "f" or a.dtype == _np.float16):
        raise _MXNetError(_DET_FLOAT_WORDS if name in ("det", "slogdet") else _FLOAT_WORDS)


def _lapack_input(a, name, operand="a"):
    """``a`` as MXNet's LAPACK operators take it: integers (and booleans, whose refusal the callers make)
    computed in float64, float16 refused (``operand``: the input's name in the check)."""
    _refuse_half(a, name, operand)
    return a if _np.dtype(a.dtype).kind == "f" else a.astype(_np.float64)


def _refuse_half(a, name, operand="a"):
    """MXNet's refusal of a float16 operand of the LAPACK operator ``name`` (see _lapack_input)."""
    if not isinstance(a, _NDArray):
        raise TypeError(f"type {type(a)} not supported")
    if a.dtype == _np.float16:
        site = _HALF_SITES[name] if operand == "a" else _HALF_B_SITES[name]
        raise _located(_MXNetError(f"Check failed: {operand}_type != mshadow: :kFloat16 (2 vs. 2) : array type "
                                   "float16 is unsupported in linalg"), site)


def _solved_type(a, b):
    """The type a solver computes ``a`` and ``b`` (arrays or dtypes) in: integers and booleans as float64."""
    def as_float(x):
        dtype = _np.dtype(getattr(x, "dtype", x))
        return dtype if dtype.kind == "f" else _np.dtype(_np.float64)
    return _np.result_type(as_float(a), as_float(b))


def _solver_inputs(a, b):
    """``a`` and ``b`` of solve or tensorsolve as arrays (their types checked later, after their shapes, as
    MXNet's type inference runs after its shape inference)."""
    for x in (a, b):
        if not isinstance(x, _NDArray):
            raise TypeError(f"type {type(x)} not supported")


_EXACT_STEPS = 1 << 13      # reduced lengths walked exactly as MXNet's reducer; beyond, float64 rounded once


def _refuse_axes_beyond(x, axes, keepdims):
    """The norm's checks of an axis at or past the data's rank: one axis is the legacy reduction's check, which
    shape inference makes, but for a vector's norm not kept to its rank, whose shape function writes a 0-d result
    without reading the axis (the kernel then fails, when that result is read); a vector's several axes fail
    indexing its shape."""
    last = max(axes)
    if x.ndim == 1 and len(axes) > 1:
        raise _located(_MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {last} must be in range [0, 1)"),
                       ("../include/mxnet/tuple.h", 230))
    if len(axes) > 1:
        from .reductions import _axes_within
        _axes_within(x, axes)
    words = (f"Check failed: axes[axes.ndim()-1] < ishape.ndim() ({last} vs. {x.ndim}) : Reduction axis {last} "
             f"Exceeds input dimensions [{','.join(map(str, x.shape))}]")
    error = _KernelError(words, _np.zeros((), x.dtype)) if x.ndim == 1 and not keepdims else _MXNetError(words)
    raise _located(error, ("../src/operator/nn/./../tensor/broadcast_reduce_op.h", 271))


@_defop("_npi_norm")
def _l2_op(x, *, axis=(), flag=-1, keepdims=False, ord=2.0):  # noqa: A002  (MXNet's attributes)
    """The ``ord``-norm (0: the count of nonzeros) over ``axis`` as MXNet's scaled reducer computes it (``flag``
    says which norm MXNet's front end asked for; the norms built here need only ``ord``): elements in
    row-major order, a running scale (the largest magnitude so far) and a sum of powers relative to it, in the
    input's type. ``axes`` None (the whole array) or several axes take MXNet's full reduction: (ssq * r) * r per
    element, and a float16 result from ``scale * sqrt(ssq)`` in float. MXNet 1.9.1's kernel refuses the
    infinite orders (raised when the result, or its gradient, is read). A graph's node of a matrix norm is
    computed as ``mx.np.linalg.norm`` computes it."""
    if _is_matrix_node(x, axis, flag):
        return _node_matrix_norm(_wrap_np(x), axis, flag, keepdims, ord)._data
    axes = axis
    if axes is not None and not all(a < x.ndim for a in axes):     # (a graph's node: MXNet wraps a negative axis)
        _refuse_axes_beyond(x, axes, bool(keepdims))
    if x.size and axes is not None and len(axes) == 1:      # (one axis's reducer; the full one gives no advice)
        from ..ndarray.storage_report import note_float16_accumulation
        note_float16_accumulation("LpNorm", _LINALG + "./../../tensor/../../common/utils.h", x.dtype)
    if ord in (_np.inf, -_np.inf):      # (an empty array's zeros: no element reaches the kernel's refusal)
        zeros = _np.zeros(_np.sum(x, axis=axes, keepdims=bool(keepdims)).shape, x.dtype)
        if not x.size:
            return zeros
        from ..ndarray.failures import KernelError
        raise KernelError(f"{'-' if ord < 0 else ''}inf norm handled in front-end.", zeros)
    if x.dtype.kind != "f":     # MXNet's reducer in integer arithmetic; a vector norm's flag (-1) keeps its order
        return _int_norm(x, ord, _all_axes(x, axis), keepdims, whole=flag != -1)
    from ..ndarray.storage_report import accumulation_type
    acc = accumulation_type(x.dtype)
    if acc != x.dtype and axes is not None and len(axes) == 1:
        # MXNET_SAFE_ACCUMULATION=1: one axis's reducer keeps its state in the wider type, rounded once (the
        # whole array's full reduction stays in the input's type)
        return _scaled_norm(x.astype(acc), axes, keepdims, ord).astype(x.dtype)
    return _scaled_norm(x, axes, keepdims, ord)


def _scaled_norm(x, axes, keepdims, ord):  # noqa: A002
    """The body of ``_l2_op``: MXNet's scaled reduction in ``x``'s type."""
    whole = axes is None or len(axes) > 1
    axes = tuple(range(x.ndim)) if axes is None else tuple(sorted(a % x.ndim for a in axes))     # MXNet sorts them
    kept = [a for a in range(x.ndim) if a not in axes]
    shape = tuple(x.shape[a] for a in kept)
    rows = _np.ascontiguousarray(_np.transpose(x, list(axes) + kept)).reshape(
        int(_np.prod([x.shape[a] for a in axes])), int(_np.prod(shape)))
    p = x.dtype.type(ord)
    if rows.size == 0:
        res = _np.zeros(rows.shape[1], x.dtype)
    elif ord == 0:
        res = _scaled_count(_np.abs(rows))
    elif rows.shape[0] > _EXACT_STEPS and ord != 2:
        res = _powf(_np.sum(_powf(_np.abs(rows.astype(_np.float64)), ord), axis=0), 1 / ord)
        res = res.astype(x.dtype)
    else:
        ssq = _np.zeros(rows.shape[1], x.dtype)
        scale = _np.zeros(rows.shape[1], x.dtype)
        with _np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            if rows.shape[0] > _EXACT_STEPS:     # (ord 2)
                for j in range(rows.shape[1]):
                    scale[j], ssq[j] = _column_ssq(rows[:, j], whole)
            for row in _np.abs(rows) if rows.shape[0] <= _EXACT_STEPS else ():
                grow = (row != 0) & (scale < row)
                keep = (row != 0) & ~grow
                ratio = scale / row
                if ord != 2:        # (a ratio of 0, underflowed or to an infinite scale, has power 0, not 0**p)
                    carried = _np.where(ssq == 0, 0, ssq * _np.where(ratio == 0, 0, _powf(ratio, p)))
                else:       # over several axes MXNet merges its elements one at a time: (ssq * r) * r
                    carried = ssq * ratio * ratio if whole else ssq * (ratio * ratio)
                ssq = _np.where(grow, carried + 1, ssq)
                rel = row / scale
                ssq = _np.where(keep, ssq + (rel * rel if ord == 2 else _np.where(rel == 0, 0, _powf(rel, p))), ssq)
                scale = _np.where(grow, row, scale)
            root = _np.sqrt(ssq) if ord == 2 else _powf(ssq.astype(_np.float64), 1.0 / ord).astype(x.dtype)
            zeros = (scale == 0) & (ssq == 0)       # all zeros: 0 for every order, negative ones too (not NaNs alone)
            root = _np.where(zeros, 0, root)
            if whole and ord == 2 and x.dtype == _np.float16:
                root = _np.where(zeros, 0, _np.sqrt(ssq.astype(_np.float32)))
                scale = scale.astype(_np.float32)
            res = (scale * root).astype(x.dtype)      # a general root taken in double, as MXNet's
    res = res.reshape(shape)
    return _np.expand_dims(res, axes) if keepdims else res


def _scaled_count(rows):
    """The 0-norm of each column of magnitudes ``rows`` as MXNet's scaled reducer counts: an element is counted by
    its ratio to the running scale being nonzero, so a new largest magnitude drops the count when the old scale
    over it underflows (0, or an infinity taking over), a NaN counts while the scale is 0, and the first number
    after such NaNs restarts the count."""
    with _np.errstate(divide="ignore", invalid="ignore"):
        finite = _np.isfinite(rows).all()
        top = rows.max(axis=0)
        low = _np.where(rows == 0, _np.inf, rows).min(axis=0)
        if finite and ((low / top != 0) | (top == 0)).all():      # no ratio underflows: every nonzero counts
            return _np.count_nonzero(rows, axis=0).astype(rows.dtype)
        count = _np.zeros(rows.shape[1], rows.dtype)
        scale = _np.zeros(rows.shape[1], rows.dtype)
        for row in rows:
            grow = (row != 0) & (scale < row)
            keep = (row != 0) & ~grow
            count = _np.where(grow, 1 + count * (scale / row != 0), count + (keep & (row / scale != 0)))
            scale = _np.where(grow, row, scale)
    return count


def _column_ssq(col, whole):
    """(scale, sum of squares relative to it) of one long column as MXNet's reducer walks it, in its type: each
    new largest magnitude rescales the sum; between those, the squares are added one at a time (numpy's
    accumulate adds in order, rounding each sum)."""
    a = _np.abs(col)
    a = a[a != 0]       # (a zero changes neither)
    scale = ssq = col.dtype.type(0)
    if not a.size:
        return scale, ssq
    running = _np.maximum.accumulate(a)
    starts = _np.flatnonzero(_np.concatenate(([True], a[1:] > running[:-1])))
    for start, stop in zip(starts, list(starts[1:]) + [a.size]):
        ratio = scale / a[start]
        ssq = (ssq * ratio * ratio if whole else ssq * (ratio * ratio)) + col.dtype.type(1)
        scale = a[start]
        rel = a[start + 1:stop] / scale
        if rel.size:
            ssq = _np.add.accumulate(_np.concatenate(([ssq], rel * rel)))[-1]
    return scale, ssq


def _is_matrix_node(x, axis, flag):
    """Whether a ``_npi_norm`` node (MXNet's front end's) asks for a matrix norm: the +/-2 (flag 0) or nuclear
    (flag 2) one, or a vector-flagged norm over the whole of an array of matrices."""
    return flag in (0, 2) or flag == -1 and axis is None and x.ndim >= 2


def _node_matrix_norm(x, axis, flag, keepdims, ord):  # noqa: A002
    return norm(x, "nuc" if flag == 2 else ord, None if axis is None else tuple(axis), bool(keepdims))


def _all_axes(x, axis):
    """A norm's axes (every axis for None), wrapped into range."""
    return tuple(range(x.ndim)) if axis is None else tuple(a % x.ndim for a in axis)


@_l2_op.grad
def _(dy, out, x, axis=(), flag=-1, keepdims=False, ord=2.0):  # noqa: A002
    if x.dtype.kind != "f":
        from ..ndarray.failures import backward_kernel_error
        from ..ndarray.shape_text import OperatorMessage
        backward_kernel_error(OperatorMessage("Computing gradient for integer inputs is not well-undefined behavior.",
                                              site=(_LINALG + "./np_norm-inl.h", 784)))
        return (_np.zeros_like(x),)
    if ord in (_np.inf, -_np.inf) and x.size and not _is_matrix_node(x, axis, flag):
        from ..ndarray.failures import backward_kernel_error      # (its backward kernel refuses them again)
        from ..ndarray.shape_text import OperatorMessage
        backward_kernel_error(OperatorMessage(f"{'-' if ord < 0 else ''}inf norm handled in front-end.",
                                              site=(_LINALG + "./np_norm-inl.h", 311 if ord < 0 else 313)))
        return (_np.zeros_like(x),)
    if _is_matrix_node(x, axis, flag):
        from .. import autograd
        given = _wrap_np(_np.array(x))
        given.attach_grad()
        with autograd.record():
            res = _node_matrix_norm(given, axis, flag, keepdims, ord)
        res.backward(_wrap_np(_np.asarray(dy, res.dtype)))
        return (given.grad._data,)
    from .multiarray import _is_np_shape
    if flag < 0 and not _is_np_shape():     # a vector or whole-array norm: its backward's shape inference
        from ..ndarray.failures import backward_kernel_error      # meets the legacy unknown sizes
        backward_kernel_error("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
        return (_np.zeros_like(x),)
    if x.dtype == _np.float16 and axis is not None and len(axis) == 1 and ord != 1:
        from ..ndarray.failures import backward_kernel_error      # one axis's float16 backward (other than the
        from ..ndarray.shape_text import OperatorMessage         # 1-norm's) reaches a float-only kernel
        backward_kernel_error(OperatorMessage(_FLOAT_WORDS, site=(_LINALG + "./np_norm-inl.h", 383)))
        return (_np.zeros_like(x),)
    axes = _all_axes(x, axis)
    if not keepdims:
        dy, out = _np.expand_dims(dy, axes), _np.expand_dims(out, axes)
    with _np.errstate(divide="ignore", invalid="ignore"):     # a zero norm gives nan, as MXNet's x / norm
        if ord == 2:                                        # MXNet's order: (x / norm) * dy
            return ((x / out * dy).astype(x.dtype),)
        if ord == 0:                                        # a count: zero, signed as the head gradient
            return ((dy * _np.zeros_like(x)).astype(x.dtype),)
        p = x.dtype.type(ord)
        return ((dy * _np.sign(x) * _powf(_np.abs(x) / out, p - 1)).astype(x.dtype),)


def _int_norm(x, ord, axes, keepdims, whole):  # noqa: A002
    """An integer array's norm as MXNet's scaled reducer gives it in integer arithmetic: each magnitude divided
    by the largest is 0 or 1, so only the count of largest-magnitude elements survives; the Frobenius norm
    (``whole``) rounds ``largest * sqrt(count)`` down once, a vector norm rounds ``count ** (1 / ord)`` down
    before multiplying; ``ord`` 0 gives the count itself."""
    mag = _np.abs(x.astype(_np.int64))
    scale = _np.max(mag, axis=axes, keepdims=True, initial=0)
    count = _np.sum((mag == scale) & (scale != 0), axis=axes, keepdims=True)
    with _np.errstate(divide="ignore", invalid="ignore"):
        if whole:
            res = _np.trunc(scale * _np.sqrt(count))
        elif ord == 0:
            res = count
        else:
            res = scale * _np.trunc(_np.where(count == 0, 0, count.astype(_np.float64) ** (1.0 / ord)))
    res = res.astype(x.dtype)
    return res if keepdims else _np.squeeze(res, axes)


@_defop("_npi_sv_norm")
def _sv_norm_op(x, *, kind="nuc"):
    """The largest (``kind`` 2), smallest (-2) or summed ('nuc') singular values of the matrices on the last
    two axes of ``x`` (0 for empty matrices; NaN for matrices whose SVD does not converge (holding a NaN)).
    MXNet's kernel refuses float16, other types than floats and tall matrices (raised when the result, or its
    gradient, is read)."""
    if x.shape[-1] * x.shape[-2] == 0:
        return _np.zeros(x.shape[:-2], x.dtype)
    refused = _sv_norm_refusal(x)
    if refused:
        from ..ndarray.failures import KernelError
        error = KernelError(refused, _np.zeros(x.shape[:-2], x.dtype))
        error.raised_at = _SV_NORM_SITES.get(refused)
        raise error
    try:
        s = _gesvd(x)[1]
    except _KernelError as error:           # (the norm's own output is left unwritten)
        error.result = _np.zeros(x.shape[:-2], x.dtype)
        raise
    except _np.linalg.LinAlgError:
        s = _np.full(x.shape[:-2] + (min(x.shape[-2:]),), _np.nan, x.dtype)
    res = s[..., 0] if kind == "2" else s[..., -1] if kind == "-2" else _kahan_sum(s, (s.ndim - 1,))
    return _np.asarray(res, x.dtype)


_SV_NORM_HALF = "Matrix +/- 2-norm does not support float 16 due to SVD implementation."
_SV_NORM_SITES = {_SV_NORM_HALF: (_LINALG + "./np_norm-inl.h", 444), _FLOAT_WORDS: (_LINALG + "./np_norm-inl.h", 522)}


_SV_NORM_GRAD_REFUSALS = {True: (_FLOAT_WORDS, 729),
                          False: ("Computing gradient for integer inputs is not well-undefined behavior.", 784)}


def _sv_norm_refusal(x):
    """MXNet's words refusing the singular value norms of ``x``: its type first, then its shape."""
    if x.dtype == _np.float16:
        return _SV_NORM_HALF
    if _np.dtype(x.dtype).kind != "f":
        return _FLOAT_WORDS
    if x.shape[-2] > x.shape[-1]:
        return (f"Check failed: V.size(0) <= V.size(1) ({x.shape[-2]} vs. {x.shape[-1]}) : The second to last "
                "dimension of A must be less or equal to the last dimension")
    return None


@_sv_norm_op.grad
def _(dy, out, x, kind="nuc"):
    if _np.dtype(x.dtype).kind != "f" or x.dtype == _np.float16:      # (the backward kernel's own checks)
        _backward_refusal(*_SV_NORM_GRAD_REFUSALS[x.dtype == _np.float16], "_backward_npi_norm", "./np_norm-inl.h")
        return (_np.zeros_like(x),)
    ut, l, v = _signed_svd(x)
    dl = _np.zeros_like(l)
    if kind == "nuc":
        dl[...] = _np.asarray(dy, x.dtype)[..., None]
    else:       # MXNet 1.9.1 scales the largest / smallest singular value's gradient by the head gradient squared
        dl[..., 0 if kind == "2" else -1] = dy * dy
    return _svd_grad((_np.zeros_like(ut), dl, _np.zeros_like(v)), (ut, l, v), x)


def _norm_given(axis, ord, keepdims, flag):  # noqa: A002
    """A norm's attributes as MXNet's front end passes them to its operator (one axis as a tuple)."""
    return {"ord": ord, "axis": (axis,) if isinstance(axis, int) else axis, "keepdims": keepdims, "flag": flag}


@_defop("_npi_norm_squared_head")
def _squared_head_op(x):
    """``x`` itself; its gradient is the head gradient squared, as MXNet's norm operator gives it for the matrix
    norms it sums (ord 1, -1, inf, -inf and others over the last two axes, with axis=None)."""
    return x


@_squared_head_op.grad
def _(dy, out, x):
    return (dy * dy,)


def _matrix_norm(x, ord, axis, keepdims, by_kernel=False):  # noqa: A002
    """A matrix norm over the axis pair ``axis``: 1/-1 (column sums), 2/-2/'nuc' (singular values), else (inf,
    -inf and, as MXNet 1.9.1 computes them, other numbers) row sums; differentiable."""
    from . import reductions, umath
    from .shaping import moved, reshape
    rows, cols = (a % x.ndim for a in axis)
    if ord in (2, -2, "nuc"):
        kind = "nuc" if ord == "nuc" else "2" if ord > 0 else "-2"      # (2.0 and -2.0 too)
        res = _invoke_np(_sv_norm_op, (moved(x, (rows, cols), (-2, -1)),), {"kind": kind})
    elif x.size == 0:           # MXNet's reducer starts from 0: an empty matrix has norm 0
        from .multiarray import zeros
        res = zeros(tuple(n for i, n in enumerate(x.shape) if i not in (rows, cols)), dtype=x.dtype)
    else:
        summed, over = (rows, cols) if ord in (1, -1) else (cols, rows)
        pick = reductions.max if ord > 0 else reductions.min     # MXNet: 0, nan and every negative order take the min
        sums = reductions.sum(umath.absolute(x), axis=summed, keepdims=True)
        if by_kernel:
            sums = _plainly_infinite(x, sums, summed)
        res = pick(sums, axis=over, keepdims=True)
        res = reshape(res, tuple(n for i, n in enumerate(x.shape) if i not in (rows, cols)))
        if x.dtype == _np.bool_:        # (MXNet's kernel sums a bool matrix in bool)
            res = res.astype(_np.bool_)
        if by_kernel:
            res = _invoke_np(_squared_head_op, (res,))
    if keepdims:
        res = reshape(res, tuple(1 if i in (rows, cols) else n for i, n in enumerate(x.shape)))
    return res


def _plainly_infinite(x, sums, axis):
    """``sums`` of ``x``'s magnitudes over ``axis`` (kept) as MXNet's norm kernel adds them: plainly, so an
    infinite one without a NaN leaves its sum infinite, where np.sum's compensated sum gives NaN."""
    mag = _np.abs(x._data)
    infinite = _np.isinf(mag).any(axis=axis, keepdims=True) & ~_np.isnan(mag).any(axis=axis, keepdims=True)
    if not infinite.any():
        return sums
    from . import umath
    from .linear import matmul
    from .multiarray import ones
    from .selection import where
    from .shaping import expand_dims, moved
    wide = _np.float32 if x.dtype == _np.float16 else x.dtype       # (no float16 matmul on a CPU)
    plain = matmul(moved(umath.absolute(x), axis, -1).astype(wide), ones(x.shape[axis], dtype=wide, ctx=x.ctx))
    return where(_wrap_np(infinite, x.ctx), expand_dims(plain.astype(x.dtype), axis), sums)


# the norm operator's check of a negative axis: the legacy reductions' (not mx.np's own, whose words are the same)
_REDUCTION_AXIS_CHECK = ("../src/operator/nn/./../tensor/broadcast_reduce_op.h", 274)


def _legacy_scalar(res):
    """Without NumPy shape semantics a one-matrix result has shape (1,), as MXNet's linalg operators give."""
    from .multiarray import _is_np_shape
    if res.ndim == 0 and not _is_np_shape():
        from .multiarray import INTERNAL
        with INTERNAL:
            return _invoke_np("reshape", (res,), {"shape": (1,)})
    return res


def norm(x, ord=None, axis=None, keepdims=False):  # noqa: A002  (NumPy's name)
    """The Frobenius / 2-norm (default), or an ``ord``-norm of vectors along ``axis``."""
    from .multiarray import INTERNAL, refuse_legacy_arrays
    refuse_legacy_arrays("norm", (x,))
    if not isinstance(x, _NDArray) or x.ndim:       # (a 0-d array's unknown rank: see _unknown_rank_norm)
        _refuse_unknown_shapes("norm", (x,))
    with INTERNAL:
        return _norm(x, ord, axis, keepdims)


def _string_inf_norm(x, ord, axis, keepdims):  # noqa: A002
    """MXNet's front end for ord 'inf' / '-inf' (strings): over an axis pair the matrix norm (row sums' max or
    min, its axes adjusted as MXNet adjusts them), else the largest or smallest magnitude."""
    from . import reductions, umath
    pick = reductions.max if ord == "inf" else reductions.min
    if isinstance(axis, int):
        axis = (axis,)
    if axis is not None and len(axis) == 2:
        row_axis, col_axis = axis
        if not keepdims and row_axis > col_axis:
            row_axis -= 1
        return pick(reductions.sum(umath.absolute(x), axis=col_axis, keepdims=keepdims), axis=row_axis,
                    keepdims=keepdims)
    return pick(umath.absolute(x), axis=axis, keepdims=keepdims)


def _one_norm(x, ord, axis, keepdims):  # noqa: A002
    """MXNet's front end for the 1 and -1 matrix norms over an axis pair: the column sums' max or min, the
    column axis shifted as MXNet shifts it (the axes taken as given, a repeated one too)."""
    row_axis, col_axis = axis
    if not keepdims and row_axis < col_axis:
        col_axis -= 1
    summed = x.__abs__().sum(axis=row_axis, keepdims=keepdims)
    return (summed.max if ord == 1 else summed.min)(axis=col_axis, keepdims=keepdims)


def _check_operator_axes(x, ord, axis, keepdims):  # noqa: A002
    """MXNet's norm operator's checks of ``axis`` (None, one axis or a pair) in its words: a single negative axis
    gets ndim added twice, a pair's first axis out of range is named, then a bad or repeated second one as the
    axis past the last. A vector's single axis past its end passes shape inference (a 0-d result) unless kept:
    the kernel fails then, so the result is returned failing when read."""
    n, dims = x.ndim, ",".join(map(str, x.shape))
    axes = (axis,) if isinstance(axis, int) else axis
    if axes is not None and len(axes) > 2:
        raise _located(_MXNetError("Improper number of dimensions to norm."), (_NORM, 40))
    if axes is not None and not axes or ord == "nuc" and (n < 2 if axes is None else len(axes) == 1):
        raise _located(_MXNetError("Invalid norm order for inputs."), (_NORM, 51))
    if n == 0 and axes is None and ord is not None:
        raise _located(_MXNetError("Check failed: axes[0] >= 0 (-1 vs. 0) : Reduction axis [-1] Exceeds input "
                                   "dimensions []"), _REDUCTION_AXIS_CHECK)
    if axes is not None and len(axes) == 1:
        given = axes[0] + n if axes[0] < 0 else axes[0]     # MXNet's front end adds ndim to a negative axis,
        ax = given + n if given < 0 else given              # and its reduction once more
        if ax < 0:
            raise _located(_MXNetError(f"Check failed: axes[0] >= 0 ({ax} vs. 0) : Reduction axis [{given}] Exceeds "
                                       f"input dimensions [{dims}]"), _REDUCTION_AXIS_CHECK)
        if ax >= n:
            message = (f"Check failed: axes[axes.ndim()-1] < ishape.ndim() ({ax} vs. {n}) : Reduction axis {ax} "
                       f"Exceeds input dimensions [{dims}]")
            if n == 1 and not keepdims and x.size:
                return _failing((), x.dtype, message, x.ctx)
            if n == 1 and not keepdims:     # an empty vector's kernel reads no axis: it zeroes the result (no bool)
                return _failing((), x.dtype, "Unknown type enum 7", x.ctx, (_LINALG + "./np_norm-inl.h", 746)) \
                    if x.dtype == _np.bool_ else _wrap_np(_np.zeros((), x.dtype), x.ctx)
            raise _MXNetError(message)
    if axes is not None and len(axes) == 2:
        first, second = (a + n if a < 0 else a for a in axes)
        bad = 0 if n == 0 else first if not 0 <= first < n else n if not 0 <= second < n or second == first else None
        if bad is not None:     # (the first axis and the second are read at two places)
            raise _located(_MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {bad} must be in range [0, {n})"),
                           ("../include/mxnet/tuple.h", 244 if bad == first or n == 0 else 230))


def _norm_call(ord, axis, keepdims, flag=-1):  # noqa: A002
    """The end of MXNet's refusal of a norm attribute: the operator and the attributes its front end passed."""
    from ..symbol.graph import attr_to_str
    axis = (axis,) if isinstance(axis, int) else axis
    return (f', in operator _npi_norm(name="", flag="{flag}", keepdims="{bool(keepdims)}", axis="{attr_to_str(axis)}", '
            f'ord="{ord}")')


def _front_end_order(ord):  # noqa: A002
    """(flag, ord) MXNet's norm front end hands its operator for a plain ``ord``: 1 for None or Frobenius's, 2 for
    the nuclear norm (both as ord 2), else -1 and the order."""
    if ord is None or isinstance(ord, str) and ord in ("fro", "f"):
        return 1, 2
    return (2, 2) if isinstance(ord, str) and ord == "nuc" else (-1, ord)


def _ord_number(text, axis, keepdims):
    """Another text ``ord`` as MXNet's operator reads it: a number by dmlc's parser (blanks, a sign, digits, a
    fraction, an exponent, an 'f' suffix, inf or nan), refused when nothing or not all of it is read."""
    from ..ndarray.param_text import number_prefix
    number, rest = number_prefix(text)
    if not number:
        raise _MXNetError(f"Invalid Parameter format for ord expect double but value='{text!s}'"
                          f"{_norm_call(text, axis, keepdims)}")
    if rest:
        raise _MXNetError(f"Some trailing characters could not be parsed: '{rest}'{_norm_call(text, axis, keepdims)}")
    return float(number)


# the orders MXNet's front end compares ``ord`` with, in turn, before handing any other to its operator
_NAMED_ORDS = ("inf", "-inf", 2, "nuc", "fro", "f")


def _array_ord(ord, axis, keepdims):  # noqa: A002
    """An array or sequence ``ord`` as MXNet's front end takes it (other orders as given): an mx.np array fails its
    first comparison, with 'inf'; a 0-d NumPy array compares as its element; unless over an axis pair, a one-element
    one equal to an order it names is that order, a longer one has an ambiguous truth, and any other is handed to
    the operator as text, which its parser refuses unless a number."""
    from .multiarray import ndarray
    if isinstance(ord, ndarray):
        raise TypeError("type <class 'str'> not supported")
    if not isinstance(ord, (list, tuple, _np.ndarray)) or isinstance(axis, tuple) and len(axis) == 2:
        return ord
    if isinstance(ord, _np.ndarray) and ord.ndim == 0:
        return ord.item()
    if isinstance(ord, _np.ndarray) and ord.size > 1:
        raise ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
    element = ord.item() if isinstance(ord, _np.ndarray) and ord.size else None
    named = [n for n in _NAMED_ORDS if element is not None and type(element) is not bool and element == n]
    return named[0] if named else _ord_number(str(ord), axis, keepdims)


def _norm_axis(axis, ord, keepdims):  # noqa: A002
    """``axis`` as MXNet's norm takes it: None, a Python int or a tuple; its items are parsed as a shape."""
    if axis is not None and not isinstance(axis, (int, tuple)):
        raise TypeError("'axis' must be None, an integer or a tuple of integers.")
    items = (axis,) if isinstance(axis, int) else axis or ()
    if any(isinstance(a, bool) or not isinstance(a, (int, _np.integer)) for a in items):
        flag, shown = _front_end_order(ord) if not isinstance(ord, (list, tuple, _np.ndarray, _NDArray)) else (-1, ord)
        raise _MXNetError(f"Invalid Parameter format for axis expect Shape or None but value='{tuple(items)}'"
                          f"{_norm_call(shown, tuple(items), keepdims, flag)}")


def _norm(x, ord, axis, keepdims):  # noqa: A002
    _norm_axis(axis, ord, keepdims)
    ord = _array_ord(ord, axis, keepdims)  # noqa: A001
    if isinstance(ord, (bool, _np.bool_)):
        raise _MXNetError(f"Invalid Parameter format for ord expect double but value='{ord!s}'"
                          f"{_norm_call(ord, axis, keepdims)}")
    if isinstance(ord, str) and ord in ("inf", "-inf"):
        return _string_inf_norm(x, ord, axis, keepdims)
    if ord in (1, -1) and isinstance(axis, tuple) and len(axis) == 2:
        return _one_norm(x, ord, axis, keepdims)
    integer = _np.dtype(x.dtype).kind != "f"
    ord = "fro" if ord == "f" else ord  # noqa: A001  (MXNet's alias)
    if isinstance(ord, str) and ord not in ("fro", "nuc"):
        ord = _ord_number(ord, axis, keepdims)  # noqa: A001
    if x.ndim == 0 and not _is_np_shape():
        return _unknown_rank_norm(x, ord, axis, keepdims)
    failed = _check_operator_axes(x, ord, axis, keepdims)
    if failed is not None:
        return failed
    # MXNet's front end sums the 1 and -1 matrix norms of given axes itself; its operator computes the others
    by_kernel = axis is None or ord not in (1, -1)
    if axis is None and ord is not None and x.ndim > 2:    # MXNet: a stack of matrices on the last two axes
        axis = (x.ndim - 2, x.ndim - 1)
    axes = None if axis is None else tuple(a % x.ndim for a in ((axis,) if isinstance(axis, int) else axis))
    vector = len(axes) == 1 if axes is not None else x.ndim == 1
    if ord is None or ord == "fro" or (ord == 2 and vector):
        axes = tuple(range(x.ndim)) if axes is None else axes
        if integer:
            _warn_integer_norm()
            if x.dtype == _np.bool_ and x.size == 0:    # the kernel zeroing an empty input's result has no bool case
                shape = _np.sum(x._data, axis=axes, keepdims=bool(keepdims)).shape
                return _failing(shape, x.dtype, "Unknown type enum 7", x.ctx, (_LINALG + "./np_norm-inl.h", 746))
        flag = -2 if ord is None and axis is None else -1 if vector else 1     # (MXNet's front end's)
        attrs = {"axis": None if axis is None and ord != 2 else axes, "keepdims": bool(keepdims), "flag": flag}
        shown_flag = -2 if ord is None and axis is None else -1 if ord == 2 else 1
        return _invoke_np(_l2_op, (x,), _with_shown(attrs, _norm_given(axis, 2, keepdims, shown_flag)))
    if not vector and (axis is None and x.ndim == 2 or axes is not None and len(axes) == 2):
        if not (ord in (1, -1) and axis is not None):       # MXNet sums those in Python, without its operator
            if integer:
                _warn_integer_norm()
            if x.dtype == _np.bool_ and ord not in (2, -2, "nuc"):     # the kernel's type switch has no bool case
                shape = _np.sum(x._data, axis=(0, 1) if axis is None else axes, keepdims=bool(keepdims)).shape
                return _failing(shape, x.dtype, "Unknown type enum 7", x.ctx, (_LINALG + "./np_norm-inl.h", 439))
        return _matrix_norm(x, ord, (0, 1) if axis is None else axis, keepdims, by_kernel)
    if vector and isinstance(ord, str):
        raise _located(_MXNetError("Invalid norm order for inputs."), (_NORM, 51))
    if vector and isinstance(ord, (int, float, _np.number)):
        axes = (0,) if axes is None else axes
        if integer:
            _warn_integer_norm()
        attrs = {"axis": axes, "keepdims": bool(keepdims), "ord": float(ord), "flag": -1}
        return _invoke_np(_l2_op, (x,), _with_shown(attrs, _norm_given(axis, ord, keepdims, -1)))
    res = _np.linalg.norm(x._data, ord, axis, keepdims)
    return _wrap_np(_np.asarray(res, x.dtype), x.ctx)


def _unknown_rank_norm(x, ord, axis, keepdims):  # noqa: A002
    """A 0-d array's norm without NumPy shape semantics (its rank unknown): MXNet's front end takes the default
    norm of the flattened array; its operator's shape inference fails on any other (an axis pair is read first)."""
    if ord is None and axis is None:
        if keepdims:
            raise _located(_MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown."),
                           ("../include/mxnet/./tuple.h", 521))
        return _norm(x.reshape(1), None, None, False).reshape(())
    if isinstance(axis, tuple) and len(axis) == 2:
        raise _located(_MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, -1)"),
                       ("../include/mxnet/tuple.h", 230))
    flag = 2 if ord == "nuc" else 1 if ord in (None, "fro") else -1
    shown = "2" if ord in (None, "fro", "nuc") else f"{float(ord):g}"
    given = "None" if axis is None else str((axis,) if isinstance(axis, int) else axis)
    raise _inference_failure("_npi_norm", [None], [None, "[0,0,0]", "[0,0]", "[0,0,0]"],
                             [("flag", flag), ("keepdims", bool(keepdims)), ("axis", given), ("ord", shown)])


def _warn_integer_norm():
    """MXNet's operator logs this to stderr, not through Python's warnings, on every integer call."""
    import sys
    print(f"{_log_time()} ../src/operator/numpy/linalg/np_norm.cc:125: WARNING: Integer input to "
          "norm. This will result in integer output which is different from standard NumPy behavior and breaks "
          "gradient compute in backward. Please cast the input to floating point types first.", file=sys.stderr)


def _refuse_unknown_rank(a, op, outputs, attrs=None):
    """Without NumPy shape semantics a 0-d array's rank is unknown: MXNet's shape inference of ``op`` (with its
    hidden outputs; ``attrs``: its attributes' (key, value) pairs) fails before the matrix checks."""
    if isinstance(a, _NDArray) and not a.ndim:
        _refuse_unknown_shapes(op, (a,), {} if attrs is None else attrs, outputs=outputs)


def _refuse_unknown_vectors(a):
    """eig's and eigh's shape inference, given a 0-d array without NumPy shape semantics, checks the rank (-1,
    unknown) of the eigenvectors it has to make."""
    if isinstance(a, _NDArray) and not a.ndim and not _is_np_shape():
        raise _located(_MXNetError("Check failed: eigv_ndim >= 2 (-1 vs. 2) : Outputs V must be at least "
                                   "two-dimensional"), (_LINALG + "np_eig.cc", 87))


def inv(a):
    """The inverse of each square matrix in ``a``."""
    _refuse_unknown_rank(a, "_linalg_inverse", 1)
    _square(a, "inv")
    return _invoke_np("_linalg_inverse", (a,))      # (its kernel refuses types other than float32 and float64)


def det(a):
    """The determinant of each square matrix in ``a``."""
    _refuse_unknown_rank(a, "_linalg_det", 3)
    _square(a, "det")
    return _legacy_scalar(_invoke_np(_det_op, (a,)))


def slogdet(a):
    """(sign, log|det|) of each square matrix in ``a``."""
    _refuse_unknown_rank(a, "_linalg_slogdet", 4)
    _square(a, "slogdet")
    return [_legacy_scalar(r) for r in _invoke_np(_slogdet_op, (a,))]


def cholesky(a):
    """The lower Cholesky factor of each symmetric positive-definite matrix in ``a``."""
    _square(a, "cholesky")
    return _invoke_np("_linalg_potrf", (a,))    # (its kernel refuses types but float32 and float64, then a shape)


@_defop("_npi_solve")
def _solve_op(a, b):
    """``x`` with ``a @ x = b`` by LU factorization (``b`` a vector or a stack of matrices); small systems by
    OpenBLAS's unblocked steps, as MXNet's LAPACK calls solve them. Integers are solved in float64; a boolean
    system fails in the kernel's type switch, when the result (or a gradient) is read."""
    dtype = _solved_type(a, b)       # (float32 with float64: in double)
    if _bool_operands_data(a, b) and not _solves_nothing(a.shape, b.shape):
        raise _located(_KernelError("Unknown type enum 7", _np.zeros(b.shape, dtype)),
                       (_LINALG + "./np_solve-inl.h", 324))
    a, b = (v.astype(dtype, copy=False) for v in (a, b))
    res = _np.asarray(_np.linalg.solve(a, b), a.dtype)        # (refuses singular and misshapen systems)
    vector = b.ndim == a.ndim - 1
    if a.size and a.shape[-1] <= _unblocked_order("getrf", a.dtype) and (vector or b.shape[-1] == 1) and \
            res.shape[:-2 + vector] == a.shape[:-2] and _openblas_core() == "haswell":
        with _np.errstate(all="ignore"):
            for index in _np.ndindex(a.shape[:-2]):
                res[index] = _fused_getrs(*_getf2(a[index], **_lu_steps(a.dtype)), b[index])
        return res
    if a.size and a.shape[-1] <= _unblocked_order("getrf", a.dtype) and not vector and \
            res.shape[:-2] == a.shape[:-2] and _openblas_core() == "haswell":
        with _np.errstate(all="ignore"):
            for index in _np.ndindex(a.shape[:-2]):
                res[index] = _blocked_getrs(*_getf2(a[index], **_lu_steps(a.dtype)), b[index])
        return res
    if a.size and a.shape[-1] <= 2 and not vector and b.shape[-1] != 1 and res.shape[:-2] == a.shape[:-2]:
        with _np.errstate(all="ignore"):        # the Prescott kernels round each product
            for index in _np.ndindex(a.shape[:-2]):
                res[index] = _trsm_getrs(*_getf2(a[index]), b[index], False)
        return res
    if not a.size or a.shape[-1] > _UNBLOCKED or res.shape[:-2 + vector] != a.shape[:-2] or \
            not vector and b.shape[-1] != 1:      # several right-hand sides of larger systems: not emulated
        return res
    with _np.errstate(all="ignore"):
        for index in _np.ndindex(a.shape[:-2]):
            res[index] = _getrs(*_getf2(a[index]), b[index])
    return res


def _fused_getrs(lu, pivots, b):
    """getrs with one right-hand side as OpenBLAS's Haswell trsv runs it: fused axpy updates, then divisions."""
    fused = _fused_multiply_add(lu.dtype)
    x = _np.array(b, dtype=lu.dtype).reshape(len(b), -1)
    for j, p in enumerate(pivots):
        x[[j, p]] = x[[p, j]]
    n = len(x)

    def update(rows, j):        # x[rows] -= lu[rows, j] * x[j], each fused
        coef = _np.repeat(-lu[rows, j, None], x.shape[1], 1)
        x[rows] = fused(coef, _np.broadcast_to(x[j], coef.shape).copy(), x[rows])
    for j in range(n - 1):
        update(slice(j + 1, n), j)
    for j in range(n - 1, -1, -1):
        x[j] /= lu[j, j]
        if j:
            update(slice(0, j), j)
    return x.reshape(_np.shape(b))


def _blocked_getrs(lu, pivots, b):
    """getrs with several right-hand sides as OpenBLAS runs it: the pivots applied, then two trsm solves (unit
    lower, then upper) on LAPACK's column-major view, which are row-major right-side solves of b's transpose."""
    x = _np.array(b, dtype=lu.dtype)
    for j, p in enumerate(pivots):
        x[[j, p]] = x[[p, j]]
    unit_lower = _np.tril(lu, -1) + _np.eye(len(lu), dtype=lu.dtype)
    y = _triangular_solve(unit_lower.T, x.T.copy(), False, True, 1.0)
    return _triangular_solve(_np.triu(lu).T, y, True, True, 1.0).T


def _trsm_getrs(lu, pivots, b, fused_steps=True):
    """getrs with several right-hand sides of a system of order 1 or 2 as OpenBLAS's trsm kernels solve it: each
    update a fused multiply-add (Haswell; ``fused_steps=False``: the product rounded first, as Prescott's), each
    division a product with the diagonal's reciprocal."""
    fused = _fused_multiply_add(lu.dtype) if fused_steps else (lambda u, v, w: u * v + w)
    x = _np.array(b, dtype=lu.dtype)
    for j, p in enumerate(pivots):
        x[[j, p]] = x[[p, j]]
    n = len(x)
    for j in range(n):
        for i in range(j + 1, n):
            x[i] = fused(_np.full_like(x[j], -lu[i, j]), x[j], x[i])
    for j in range(n - 1, -1, -1):
        x[j] = x[j] * (lu.dtype.type(1) / lu[j, j])
        for i in range(j):
            x[i] = fused(_np.full_like(x[j], -lu[i, j]), x[j], x[i])
    return x


@_solve_op.grad
def _(dy, out, a, b):
    vector = b.ndim == a.ndim - 1
    refusal = _solve_backward_refusal(a.dtype, b.dtype)
    if refusal is None and vector and a.shape[-1] != 1:
        refusal = _vector_solve_gradient_words(a.shape)     # MXNet 1.9.1 reads a vector b of n > 1 as a 1-row matrix
    if refusal is not None:
        from ..ndarray.failures import backward_kernel_error
        backward_kernel_error(refusal)
        return _np.zeros_like(a), _np.zeros_like(b)
    dtype = _np.result_type(a, b)
    dy = _np.asarray(dy, dtype)[..., None] if vector else _np.asarray(dy, dtype)
    out = out[..., None] if vector else out
    db, da = _solve_grads(a.astype(dtype, copy=False), dy, out)
    return da.astype(a.dtype), (db[..., 0] if vector else db).astype(b.dtype)


def _solve_backward_refusal(a_type, b_type):
    """MXNet's solve backward kernel, instantiated for ``a``'s type, refuses one that is no float and then reads
    ``b``'s gradient in ``a``'s type (None: both the same float type)."""
    from ..ndarray.shape_text import OperatorMessage
    from .umath import tblob_mismatch
    if _np.dtype(a_type).kind != "f":
        return OperatorMessage(_FLOAT_WORDS, site=(_LINALG + "./np_solve-inl.h", 489))
    if a_type != b_type:
        return _located_text(tblob_mismatch(b_type, a_type))
    return None


def _located_text(text):
    """A TBlob type check's words, printed at its source line."""
    from ..ndarray.shape_text import OperatorMessage
    return OperatorMessage(text, site=("../include/mxnet/././tensor_blob.h", 255))


def _bool_operands_data(*arrays):
    """Whether any of the numpy ``arrays`` is boolean."""
    return any(x.dtype == _np.bool_ for x in arrays)


def _solve_grads(a, dy, x):
    """MXNet's backward of ``a @ x = b`` goes through the inverse: db = inv(a).T @ dy, da = -db @ x.T (by gemm)."""
    db = _gemm(_OPS["_linalg_inverse"].fwd(a), dy, transpose_a=True)
    return db, -_gemm(db, x, transpose_b=True)


def _vector_solve_gradient_words(shape):
    """MXNet's gemm check failing on solve's backward of a vector right-hand side (a single system or a stack)."""
    if int(_np.prod(shape[:-2])) == 1:
        return (f"Check failed: (tA ? A.size(1) : A.size(0)) == C.size(0) ({shape[-1]} vs. 1) : Non compatible "
                "matrix dimensions between inputs A and C for gemm")
    return (f"Check failed: A == B ({int(_np.prod(shape[:-2]))} vs. 1) : Inconsistent batch size between arguments "
            "to linear algebra operator")


def solve(a, b):
    """``x`` with ``a @ x = b`` (float64 for integer input); differentiable."""
    boolean = _bool_operands(a, b)
    _solver_inputs(a, b)
    if not a.ndim:
        _refuse_unknown_shapes("_npi_solve", (a, b), [])
    _square(a, "solve")
    _solve_shapes(a.shape, b.shape)
    _refuse_half(a, "solve"), _refuse_half(b, "solve", "b")
    if _solves_nothing(a.shape, b.shape) or boolean:    # (a boolean system's kernel fails: see _solve_op)
        return _invoke_np(_solve_op, (a, b))
    dtype = _solved_type(a, b)
    zero = _zero_pivot(a._data.astype(dtype, copy=False))
    if zero:        # LAPACK's gesv reports the first exactly zero pivot; MXNet raises it when the result is read
        return _failing(b.shape, dtype, _singular_words(dtype, zero), a.ctx)
    return _invoke_np(_solve_op, (a, b))


def _solves_nothing(a_shape, b_shape):
    """Whether solve's system has no unknown or no right side: MXNet then runs no kernel."""
    return a_shape[-1] == 0 or len(b_shape) == len(a_shape) and b_shape[-1] == 0


def _bool_operands(*arrays):
    """Whether any of ``arrays`` is boolean (MXNet's solvers check shapes before their kernel refuses the
    type): those arrays are cast to float64 in place of the refusal, the caller answers it."""
    return any(isinstance(v, _NDArray) and v.dtype == _np.bool_ for v in arrays)


def _solve_shapes(a, b):
    """MXNet's shape checks of solve: ``b`` a (stack of) vector(s) or matrices matching ``a``'s stack (the
    solved dimension checked first)."""
    if len(b) not in (len(a) - 1, len(a)):
        raise _MXNetError("A's and B's dimensions don't match")
    if len(b) == len(a) - 1 and a[-1] != b[-1]:
        raise _MXNetError(f"Check failed: in_a_shape[in_a_ndim - 1] == in_b_shape[in_b_ndim - 1] ({a[-1]} vs. "
                          f"{b[-1]}) : Input A's and B's last dimension must be equal")
    if len(b) == len(a) and a[-1] != b[-2]:
        raise _MXNetError(f"Check failed: in_a_shape[in_a_ndim - 1] == in_b_shape[in_b_ndim - 2] ({a[-1]} vs. "
                          f"{b[-2]}) : Input A's and B's last second dimension must be equal")
    for i in range(len(a) - 2):
        if a[i] != b[i]:
            raise _MXNetError(f"Check failed: in_a_shape[i] == in_b_shape[i] ({a[i]} vs. {b[i]}) : A's and B's "
                              "dimensions don't match")


def _singular_words(dtype, k):
    """LAPACK gesv's failure at the ``k``-th (1-based) pivot, in MXNet's words."""
    return (f"{'s' if dtype == _np.float32 else 'd'}gesv: Check failed: res <= 0 ({k} vs. 0) : U({k}, {k}) is exactly "
            "zero. The factorization has been completed,but the factor U is exactly singular, so the solution could "
            "not be computed.")


def _zero_pivot(a):
    """The (1-based) position of the first exactly zero pivot of the LU factors of any matrix of ``a``, or 0."""
    if not a.size or _np.all(_np.linalg.det(a.astype(_np.float64)) != 0) and _np.isfinite(a).all():
        return 0
    for index in _np.ndindex(a.shape[:-2]):
        lu, _ = _getf2(a[index])
        zeros = _np.flatnonzero(_np.diagonal(lu) == 0)
        if zeros.size:
            return int(zeros[0]) + 1
    return 0


def _numbered_as(recorded):
    """A scope numbering the nodes recorded in it as ``recorded``'s (further outputs of its operator)."""
    from .. import autograd
    return autograd._numbered_from(recorded._node[0].seq) if recorded._node is not None else _nullcontext()


def _forward_only(fn, *arrays, **kwargs):
    from ..autograd import is_recording
    if is_recording() and len(arrays) == 1:         # recorded with MXNet's zero gradient
        from .shaping import zero_gradient
        res = fn(arrays[0]._data, **kwargs)
        if isinstance(res, tuple):      # the outputs of MXNet's one operator: one node number
            first = zero_gradient(lambda d: _np.asarray(fn(d, **kwargs)[0], d.dtype), arrays[0])
            with _numbered_as(first):
                return (first,) + tuple(zero_gradient(lambda d, k=k: _np.asarray(fn(d, **kwargs)[k], d.dtype),
                                                      arrays[0]) for k in range(1, len(res)))
        return zero_gradient(lambda d: _np.asarray(fn(d, **kwargs), d.dtype), arrays[0])
    res = fn(*[a._data for a in arrays], **kwargs)
    ctx = arrays[0].ctx
    if isinstance(res, tuple):
        return tuple(_wrap_np(_np.asarray(r, arrays[0].dtype), ctx) for r in res)
    return _wrap_np(_np.asarray(res, arrays[0].dtype), ctx)


@_defop("_npi_svd")
def _svd_op(a):
    """(ut, l, v) with ``a = ut @ diag(l) @ v``, each row of ``v`` signed so that its first largest-magnitude
    element is positive (MXNet's convention)."""
    if a.size and _kernel_refusal(a):      # (every output carries the error; the first one read raises it)
        error = _KernelError(_FLOAT_WORDS, _unwritten_svd(a))
        error.raised_at = _FLOAT_SITES["svd"]
        raise error
    return _signed_svd(a)


def _unwritten_svd(a):
    m = a.shape[-2]
    return _np.zeros(a.shape[:-1] + (m,), a.dtype), _np.zeros(a.shape[:-1], a.dtype), _np.zeros(a.shape, a.dtype)


def _signed_svd(a):
    """The SVD of ``a`` with MXNet's choice of the signs (of any type: a refused kernel's gradient still reads it)."""
    if a.size == 0:
        return _unwritten_svd(a)
    ut, l, v = _gesvd(a)
    magnitude = _np.abs(v)          # MXNet's scan keeps the first largest, passing NaNs over (a first NaN stays)
    first = _np.where(_np.isnan(magnitude[..., :1]), 0, _np.argmax(_np.where(_np.isnan(magnitude), -1, magnitude),
                                                                 axis=-1)[..., None])
    big = _np.take_along_axis(v, first, axis=-1)[..., 0]
    flip = _np.where(big < 0, -1, 1).astype(v.dtype)
    v = v * flip[..., :, None]
    ut = ut * flip[..., None, :]
    return tuple(_np.ascontiguousarray(r, a.dtype) for r in (ut, l, v))


def _gesvd(a):
    """(ut, l, v) of each matrix of ``a`` (no more rows than columns) as MXNet's LAPACK ?gesvd computes them
    (replayed where openblas_gesvd can; NumPy's elsewhere), before MXNet's choice of the signs."""
    if a.shape[-2] > a.shape[-1]:       # (a refused kernel's gradient still reads it)
        return _np.linalg.svd(a, full_matrices=False)
    ut = _np.zeros(a.shape[:-1] + (a.shape[-2],), a.dtype)
    l, v = _np.zeros(a.shape[:-1], a.dtype), _np.zeros(a.shape, a.dtype)
    count = int(_np.prod(a.shape[:-2]))
    for i in _np.ndindex(*a.shape[:-2]):
        if _openblas_gesvd.replays(a[i], count):
            ut[i], l[i], v[i], info = _openblas_gesvd.gesvd(a[i])
            if info:        # MXNet's check fails, leaving the outputs as LAPACK left them
                error = _KernelError(f"Check failed: ret == 0 ({info} vs. 0) : {'s' if a.dtype == _np.float32 else 'd'}"
                                    "gesvd failed in lapack on cpu.", (ut, l, v))
                error.raised_at = (_LINALG + "./../../tensor/../linalg_impl.h", 1325 if a.dtype == _np.float32 else 1326)
                raise error
        else:
            ut[i], l[i], v[i] = _np.linalg.svd(a[i], full_matrices=False)
    return ut, l, v


@_svd_op.grad
def _(dy, out, a):
    if _kernel_refusal(a):
        _backward_refusal(_FLOAT_WORDS, 304, "_backward_npi_svd", "./np_gesvd-inl.h")
        return (_np.zeros_like(a),)
    return _svd_grad(dy, out, a)


def _backward_refusal(words, line, op, source):
    """A backward kernel's refusal of its input's type, raised when a gradient is read."""
    from ..ndarray.failures import backward_kernel_error
    from ..ndarray.shape_text import OperatorMessage
    backward_kernel_error(OperatorMessage(words, op, (_LINALG + source, line)))


def _svd_grad(dy, out, a):
    """The gradient of ``a`` from those of its SVD ``out``."""
    if not a.size:
        return (_np.zeros_like(a),)
    # MXNet's steps for the rectangular-SVD adjoint (Seeger et al., "Auto-differentiating linear algebra"):
    # singular values and their gaps floored at a tiny eps instead of dividing by zero, the products by gemm.
    dut, dl, dv = (_np.asarray(d, a.dtype) for d in dy)
    ut, l, v = out
    eps = a.dtype.type(1e-30 if a.dtype == _np.float32 else 1e-100)
    da = dv / _np.maximum(l, eps)[..., :, None]
    t = _gemm(da, v, transpose_b=True)
    diag = _np.diagonal(t, axis1=-2, axis2=-1).copy()
    t = _gemm(dut, ut, t * l[..., None, :], transpose_a=True)
    li, lj = l[..., :, None], l[..., None, :]
    elem = (t - _np.swapaxes(t, -1, -2)) / _np.maximum(li - lj, eps) / _np.maximum(li + lj, eps)
    upper = _np.triu(_np.ones(t.shape[-2:], bool), 1)
    elem = _np.where(upper, elem, 0)
    t = (elem + _np.swapaxes(elem, -1, -2)) * lj       # both (i, j) and (j, i) scaled by the column's value
    m = l.shape[-1]
    t[..., _np.arange(m), _np.arange(m)] = dl - diag
    da = _gemm(t, v, da)
    if ut.shape[-2] != m:           # (a tall matrix's, whose kernel refused it: only the shape counts)
        return (_gemm(ut, da).astype(a.dtype),)
    for start in range(0, da.shape[-1], m):             # MXNet's blocks of m columns
        da[..., start:start + m] = _gemm(ut, da[..., start:start + m])
    return (da.astype(a.dtype),)


def _gemm(a, b, c=None, transpose_a=False, transpose_b=False):
    """``op(a) @ op(b) (+ c)`` for stacks, as MXNet's gemm calls hand them to BLAS (a and b in their layouts,
    with the flags)."""
    a, b = _np.ascontiguousarray(a), _np.ascontiguousarray(b)
    if _cblas.runs_mxnet_kernels(a, b):
        return _cblas.gemm(a, b, 1.0, c, 0.0 if c is None else 1.0, transpose_a, transpose_b)
    product = _np.matmul(_np.swapaxes(a, -1, -2) if transpose_a else a, _np.swapaxes(b, -1, -2) if transpose_b else b)
    return product if c is None else c + product


def svd(a):
    """(ut, l, v) with ``a = ut @ diag(l) @ v`` for each matrix of ``a`` with no more rows than columns;
    differentiable."""
    if not isinstance(a, _NDArray):
        raise TypeError(f"type {type(a)} not supported")
    if a.ndim < 2:
        raise _inference_failure("_npi_svd", [_listed_shape(a.shape)], [None] * 3, [])
    if a.shape[-2] > a.shape[-1]:
        raise _MXNetError(f"Check failed: in_a[ndim - 2] <= in_a[ndim - 1] ({a.shape[-2]} vs. {a.shape[-1]}) : "
                          "Input A shape wrong: The second to last dimension must be less than orequal to the last "
                          "dimension")
    return tuple(_invoke_np(_svd_op, (a,)))


def qr(a, mode="reduced"):
    """(q, r) with ``a = q @ r`` (float64 for integer input, float16 refused by NumPy as MXNet's fallback)."""
    _refuse_recording()
    from .multiarray import ndarray
    if isinstance(a, _NDArray) and not isinstance(a, ndarray):      # NumPy's error on MXNet's legacy array
        raise ValueError("setting an array element with a sequence.")
    if isinstance(a, _NDArray) and _np.dtype(a.dtype).kind in "iub":
        a = a.astype(_np.float64)
    return _forward_only(_np.linalg.qr, a, mode=mode)


def _triangle_read(a, uplo, op):
    """``a``, or its transpose when MXNet reads the upper triangle (``UPLO`` 'U'; another single character
    reads the lower one)."""
    if not _reads_upper(uplo, op):
        return a
    from .shaping import swapaxes
    return swapaxes(a, -1, -2)


def _reads_upper(uplo, op):
    """Whether ``UPLO`` asks for the upper triangle (refused unless one character)."""
    uplo = str(uplo)
    if len(uplo) != 1:
        raise _MXNetError(f"Invalid Parameter format for UPLO expect  but value='{uplo!s}', in operator "
                          f"{op}(name=\"\", UPLO=\"{uplo}\")")
    return uplo == "U"


def eigh(a, UPLO="L"):  # noqa: N803  (NumPy's name)
    """(eigenvalues, eigenvectors as columns) of each symmetric matrix in ``a``, from its lower (``UPLO`` 'L')
    or upper ('U') triangle; differentiable."""
    return _eigh(a, UPLO, "_npi_eigh")


def _eigh(a, uplo, op):
    _reads_upper(uplo, op)      # (the operator parses its UPLO attribute before it reads any shape)
    if op == "_npi_eigvalsh":
        _refuse_unknown_rank(a, op, 1, [("UPLO", uplo)])
    else:
        _refuse_unknown_vectors(a)
    _square(a, "eigh", "eigvals" if op == "_npi_eigvalsh" else None)
    if a.dtype == _np.bool_ and a.size == 0:       # MXNet runs no kernel
        return _wrap_np(_np.zeros(a.shape[:-1]), a.ctx), _wrap_np(_np.zeros(a.shape), a.ctx)
    if a.dtype == _np.bool_:        # the kernel's type switch fails, leaving both outputs unwritten
        return _failing_pair(a, (_LINALG + "././np_eigvals-inl.h", 345))
    a = _lapack_input(a, "eigvalsh" if op == "_npi_eigvalsh" else "eigh")
    from ..autograd import is_recording
    if is_recording():      # MXNet's eigh and eigvalsh are one operator passing no gradient
        upper = _reads_upper(uplo, op)
        parts = (lambda d: _eigh_parts(_np.swapaxes(d, -1, -2))) if upper else _eigh_parts
        return (_forward_only(lambda d: parts(d)[0], a),) if op == "_npi_eigvalsh" else _forward_only(parts, a)
    a = _triangle_read(a, uplo, op)
    if a.size == 0:
        return (_wrap_np(_np.zeros(a.shape[:-1], a.dtype), a.ctx), _wrap_np(_np.zeros(a.shape, a.dtype), a.ctx))
    from .shaping import swapaxes
    u, lam = _invoke_np("_linalg_syevd", (a,))
    return lam, swapaxes(u, -1, -2)


def _eigh_parts(a):
    if a.size == 0:
        return _np.zeros(a.shape[:-1], a.dtype), _np.zeros(a.shape, a.dtype)
    u, lam = _OPS["_linalg_syevd"].fwd(a)
    return lam, _np.swapaxes(u, -1, -2)


def eigvalsh(a, UPLO="L"):  # noqa: N803
    """The eigenvalues of each symmetric matrix in ``a`` (from its lower or upper triangle, as ``UPLO`` says)."""
    return _eigh(a, UPLO, "_npi_eigvalsh")[0]


def eig(a):
    """(eigenvalues, eigenvectors) of each square matrix in ``a``, refused when any is complex (MXNet's real
    eig); not differentiable."""
    return _eig(a, "eig")


def _failing_pair(a, site):
    """(eigenvalues, eigenvectors) of a boolean ``a`` whose kernel's type switch fails at ``site``: the first of
    them read raises the error, once."""
    from ..ndarray.failures import KernelError, deliver
    pair = _wrap_np(_np.zeros(a.shape[:-1]), a.ctx), _wrap_np(_np.zeros(a.shape), a.ctx)
    error = KernelError("Unknown type enum 7", None)
    error.op_name, error.raised_at = None, site
    return deliver(error, pair, None)


def _eig(a, called):
    from .multiarray import refuse_legacy_arrays
    refuse_legacy_arrays("eig", (a,))
    if called == "eigvals":
        _refuse_unknown_rank(a, "_npi_eigvals", 1)
    else:
        _refuse_unknown_vectors(a)
    _square(a, "eig", called)
    if a.dtype == _np.bool_:        # the kernel's type switch fails; the vectors are left unwritten
        site = (_LINALG + "./np_eig-inl.h", 208) if called == "eig" else (_LINALG + "./np_eigvals-inl.h", 304)
        return _failing_pair(a, site)
    a = _lapack_input(a, called)
    complex_part = _complex_part(a._data)
    if complex_part is not None:        # the kernel fails writing the eigenvalues; the vectors stay zeros
        words = (f"Check failed: fabs(wi_ptr[i]) <= 1e-15 ({complex_part:g} vs. 1e-15) : Complex eigvals is "
                 "unsupported in linalg temporary.")
        site = (_LINALG + "./np_eig-inl.h", 137) if called == "eig" else (_LINALG + "./np_eigvals-inl.h", 243)
        return _failing(a.shape[:-1], a.dtype, words, a.ctx, site), _wrap_np(_np.zeros(a.shape, a.dtype), a.ctx)
    return _forward_only(lambda d: tuple(_np.real(r) for r in _geev(d)), a)


def _geev(data):
    """(eigenvalues, eigenvectors) by LAPACK's geev in the data's own precision, as MXNet's kernel runs it
    (NumPy's eig works in double for float32: its eigenvectors may come out with other signs)."""
    if not data.size:
        return _np.linalg.eig(data)
    return _umath_linalg.eig(data, signature="f->FF" if data.dtype == _np.float32 else "d->DD")


def _complex_part(data):
    """The first eigenvalue's imaginary magnitude beyond MXNet's bound (1e-15), in LAPACK's order, or None when
    every eigenvalue is real (a NaN one, of an input with infinities, fails the bound too; what LAPACK makes of a
    NaN input differs from MXNet's build, left as NumPy's gives it)."""
    if not data.size:
        return None
    imag = _np.abs(_np.imag(_geev(data)[0])).astype(data.dtype).ravel()
    beyond = _np.flatnonzero(imag > 1e-15 if _np.isnan(data).any() else ~(imag <= 1e-15))
    return float(imag[beyond[0]]) if beyond.size else None


def eigvals(a):
    """The eigenvalues of each square matrix in ``a`` (real parts)."""
    return _eig(a, "eigvals")[0]


def lstsq(a, b, rcond="warn"):
    """(x, residuals, rank, singular values) of the least-squares solution of ``a @ x = b``: NumPy's on the
    arrays' data, as MXNet takes it from NumPy 1.23 (whose default ``rcond`` warns of its coming change)."""
    from .umath import _as_mx_result
    _refuse_recording()
    ctx = next(v.ctx for v in (a, b) if isinstance(v, _NDArray))
    rcond = rcond.asnumpy() if isinstance(rcond, _NDArray) else rcond       # (as MXNet's fallback hands it on)
    x, res, rank, sv = _np.linalg.lstsq(getattr(a, "_data", a), getattr(b, "_data", b), rcond=rcond)
    return _as_mx_result((x, res, rank, sv), ctx)


def matrix_power(a, n):
    """``a`` multiplied by itself ``n`` times (the inverse's powers for negative ``n``): NumPy's, by repeated
    squaring, as MXNet's fallback."""
    return _numpy_fallback(_np.linalg.matrix_power, a, n)


def multi_dot(arrays, *, out=None):
    """The chained dot product of ``arrays`` in NumPy's cheapest order, as MXNet's fallback, which hands ``out`` to
    NumPy: an mx.np array as a copy (it must have the result's dtype and shape, and is left unwritten), a NumPy
    array as it is (written), anything else for NumPy to refuse."""
    arrays = list(arrays) if len(arrays) else []       # (a 0-d array has no length: MXNet's TypeError)
    if out is not None:
        from .multiarray import ndarray
        host = out.asnumpy() if isinstance(out, ndarray) else out
        return _numpy_fallback(lambda data: _np.linalg.multi_dot(data, out=host), arrays)
    return _numpy_fallback(_np.linalg.multi_dot, arrays)


def cond(x, p=None):
    """The condition number of ``x`` (a NumPy scalar for one matrix, of NumPy's type, as MXNet's fallback)."""
    _refuse_recording()
    res = _np.linalg.cond(x._data, p)
    return res if _np.ndim(res) == 0 else _wrap_np(_np.asarray(res), x.ctx)


_SCALAR_RCOND = "_npi_pinv_scalar_rcond"


@_copy_taker
def pinv(a, rcond=1e-15, hermitian=False):
    """The Moore-Penrose pseudo-inverse of each matrix in ``a``."""
    from .multiarray import refuse_legacy_arrays
    if hermitian is True:
        raise NotImplementedError("hermitian is not supported yet...")
    op = _SCALAR_RCOND if _np.isscalar(rcond) else "_npi_pinv"
    refuse_legacy_arrays(op, (a, rcond))
    rcond = _parsed_pinv_attributes(op, rcond, hermitian)
    if not _np.isscalar(rcond):     # MXNet's operator then takes rcond as its second input array
        _check_rcond_array(rcond)
    if isinstance(a, _NDArray) and a.ndim == 0:     # (its rank unknown without NumPy shape semantics)
        _refuse_unknown_shapes(op, (a, rcond) if op == "_npi_pinv" else (a,),
                               [("hermitian", hermitian)] + [("rcond", rcond)] * (op != "_npi_pinv"))
    if isinstance(a, _NDArray) and a.ndim < 2:
        raise _located(_MXNetError(f"Check failed: a_ndim >= 2 ({a.ndim} vs. 2) : Array must be at least "
                                  "two-dimensional"), ("../src/operator/numpy/linalg/np_pinv.cc", 127))
    if isinstance(rcond, _NDArray) and isinstance(a, _NDArray):     # (shapes are inferred before types)
        _check_rcond_shape(rcond.shape, a.shape[:-2], min(a.shape[-2:]))
    inverse_shape = a.shape[:-2] + (a.shape[-1], a.shape[-2]) if isinstance(a, _NDArray) else None
    if isinstance(a, _NDArray) and a.dtype == _np.float16:
        site = (_LINALG + "np_pinv.cc", 163 if op == _SCALAR_RCOND else 83)
        raise _located(_MXNetError("Check failed: a_type != mshadow: :kFloat16 (2 vs. 2) : array type float16 is "
                                   "unsupported in linalg."), site)
    runs = isinstance(a, _NDArray) and a.size > 0       # (MXNet runs no kernel on an empty array)
    if not _np.isscalar(rcond):
        _check_rcond_type(rcond)
        if runs and _np.dtype(a.dtype).kind in "biu":      # (a float64 result, never written)
            return _failing(inverse_shape, _np.float64, _FLOAT_WORDS, a.ctx, (_LINALG + "./np_pinv-inl.h", 568))
        if runs and a.dtype != rcond.dtype:
            return _rcond_type_failure(a, rcond)
    if isinstance(a, _NDArray) and _kernel_refusal(a):     # (a float64 result, never written)
        if not runs:
            return _wrap_np(_np.zeros(inverse_shape, _np.float64), a.ctx)
        return _failing(inverse_shape, _np.float64, _FLOAT_WORDS, a.ctx, _FLOAT_SITES["pinv"])
    try:
        return _forward_only(_pinv_kernel, a, rcond=rcond.asnumpy() if isinstance(rcond, _NDArray) else rcond)
    except _KernelError as error:       # raised when the result is read
        from ..ndarray.failures import deliver
        return deliver(error, _wrap_np(error.result, a.ctx), None)
    except ValueError as e:     # an rcond array widening the stack: MXNet's kernel words it as NumPy, shapes in []
        import re
        text = re.sub(r"\(([\d,]*?),?\)", r"[\1]", _message_of(e))
        raise _MXNetError(f"Error: {text}") from None


def _parsed_pinv_attributes(op, rcond, hermitian):
    """``rcond`` as MXNet's parser reads pinv's attributes from their text: ``hermitian`` a boolean, then a scalar
    ``rcond`` a double (True is refused, '0.5' read); a refusal names the operator's call."""
    from .attribute_text import _number_text, double_refusal
    from .creation import _call_text
    scalar = op == _SCALAR_RCOND
    tail = _call_text(op, ("hermitian", hermitian), *[("rcond", rcond)] * scalar)
    if str(hermitian).lower() not in ("true", "false", "1", "0"):
        raise _MXNetError(f"Invalid Parameter format for hermitian expect boolean but value='{hermitian!s}'{tail}")
    if not scalar or isinstance(rcond, (int, float)) and not isinstance(rcond, bool):
        return rcond
    text = str(bool(rcond)) if isinstance(rcond, (bool, _np.bool_)) else str(rcond)
    refusal = double_refusal("rcond", "double", text)
    if refusal:
        raise _MXNetError(f"{refusal}{tail}")
    return _number_text(text) if isinstance(rcond, str) else rcond


def _pinv_kernel(a, rcond):
    """MXNet's pinv of each float matrix of ``a``: its SVD by ?gesdd (replayed where openblas_gesdd can;
    NumPy's elsewhere), the singular values not above ``rcond`` times the largest dropped, the others inverted,
    and V S^-1 U^T multiplied by gemm. A scalar ``rcond`` is compared in double, an array one in ``a``'s type."""
    if a.size == 0 or a.dtype not in (_np.float32, _np.float64):
        return _np.linalg.pinv(a, rcond=rcond)
    rows, cols = a.shape[-2:]
    batch = a.shape[:-2]
    cutoffs = _np.broadcast_to(rcond, batch) if _np.ndim(rcond) else None
    out = _np.empty(batch + (cols, rows), a.dtype)
    count = int(_np.prod(batch))
    for i in _np.ndindex(*batch):
        seen = a[i].T if rows <= cols else a[i]         # LAPACK's column-major matrix, no wider than tall
        if _openblas_gesdd.replays(seen, count):
            u, s, vt, info = _openblas_gesdd.gesdd(seen)
            if info:        # MXNet's check fails; the result is left unwritten
                error = _KernelError(f"Check failed: res <= 0 ({info} vs. 0) : {'s' if a.dtype == _np.float32 else 'd'}"
                                     "gesdd did not converge, updating process failed.", _np.zeros_like(out))
                error.raised_at = (_LINALG + "./np_pinv-inl.h", 145 if a.dtype == _np.float32 else 146)
                raise error
            left, right = (u, vt) if rows <= cols else (vt.T, u.T)
        else:
            u, s, vh = _np.linalg.svd(a[i], full_matrices=False)
            left, right = vh.T, u.T
        smax = s[0]
        for value in s[1:]:
            smax = value if value > smax else smax
        if cutoffs is None:
            kept = s.astype(_np.float64) > float(rcond) * _np.float64(smax)
        else:
            kept = s > cutoffs[i].astype(a.dtype) * smax
        with _np.errstate(divide="ignore"):
            inverted = _np.where(kept, a.dtype.type(1) / s, a.dtype.type(0)).astype(a.dtype)
        out[i] = _blas_gemm(_np.ascontiguousarray(left), _np.ascontiguousarray(inverted[:, None] * right))
    return out


def _check_rcond_shape(rcond, batch, k):
    """MXNet's checks that an array ``rcond`` broadcasts against the stack of matrices (each shape read with a
    trailing 1), then that it does not widen the stack of their ``k`` singular values (in NumPy's words)."""
    def dims(shape):
        return "[" + ",".join(map(str, shape)) + "]"
    try:
        _np.broadcast_shapes(rcond, batch)
    except ValueError:
        raise _MXNetError(f"Check failed: l == 1 || r == 1: operands could not be broadcast together with shapes "
                          f"{dims(rcond + (1,))} {dims(batch + (1,))}") from None   # (MXNet's kernel never reads hermitian)
    values = batch + (k,)
    widened = _np.broadcast_shapes(rcond + (1,), values)
    if widened != values:
        raise _located(_MXNetError(f"Error: non-broadcastable output operand with shape {dims(values)} doesn't match "
                                   f"the broadcast shape {dims(widened)}"),
                       ("../src/operator/numpy/linalg/./np_pinv-inl.h", 334))


def _check_rcond_array(rcond):
    """MXNet's checks of an array ``rcond`` of pinv: given, an mx.np array."""
    if rcond is None:
        raise _MXNetError("Check failed: num_inputs == infered_num_inputs (1 vs. 2) : Operator _npi_pinv expects 2 "
                          "inputs, but got 1 instead.")
    if not isinstance(rcond, _NDArray):
        raise AssertionError(f"Argument rcond must have NDArray type, but got {rcond!s}")


def _check_rcond_type(rcond):
    """MXNet's check of an array ``rcond``'s type (float32 or float64)."""
    if rcond.dtype not in (_np.float32, _np.float64):
        raise _located(_MXNetError("Check failed: rcond_type == mshadow: :kFloat32 || rcond_type == mshadow::kFloat64: "
                                   "rcond type should be float32 or float64."),
                       ("../src/operator/numpy/linalg/np_pinv.cc", 85))


def _rcond_type_failure(a, rcond):
    """pinv's result when ``rcond`` has another float type than ``a``: MXNet's kernel, instantiated for
    ``rcond``'s type, fails on reading ``a`` (the error surfaces when the result is read)."""
    from ..ndarray.failures import KernelError, deliver
    from .umath import _C_TYPES
    message = ("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do not "
               f"match specified type.Expected: {_C_TYPES[rcond.dtype.name]} v.s. given "
               f"{_C_TYPES[_np.dtype(a.dtype).name]}")
    placeholder = _np.zeros(a.shape[:-2] + (a.shape[-1], a.shape[-2]), a.dtype)
    return deliver(KernelError(message, placeholder), _wrap_np(placeholder, a.ctx), None)


def tensorinv(a, ind=2):
    """The inverse of ``a`` seen as a linear map by ``tensordot`` over ``ind`` axes; differentiable."""
    from .shaping import reshape
    from .multiarray import refuse_legacy_arrays
    refuse_legacy_arrays("tensorinv", (a,))
    _refuse_unknown_rank(a, "_npi_tensorinv", 1, [("ind", ind)])
    if a.ndim == 0:
        raise _MXNetError("Check failed: inv_a_shape.ndim() != 0 (0 vs. 0) : can not reshape array")
    if ind <= 0:
        raise _MXNetError(f"Check failed: ind > 0 ({ind} vs. 0) : Invalid ind argument.")
    rows, cols = a.shape[:ind], a.shape[ind:]
    if not int(_np.prod(cols)):
        raise _located(_MXNetError(f"Check failed: prod_back > 0 ({int(_np.prod(cols))} vs. 0) : can not reshape "
                                   "array of size 0 into shape"), (_LINALG + "np_tensorinv.cc", 68))
    if int(_np.prod(rows)) != int(_np.prod(cols)):
        raise _MXNetError(f"Check failed: prod_front == prod_back ({int(_np.prod(rows))} vs. {int(_np.prod(cols))}) "
                          ": a shape must be square, i. e., prod(a.shape[:ind]) == prod(a.shape[ind:]).")
    if a.dtype == _np.float16:
        _lapack_input(a, "tensorinv")
    if _np.dtype(a.dtype).kind != "f":      # a float64 result the kernel refuses to write from another type
        from ..ndarray.ndarray import _DTYPE_NP_TO_MX
        words = (f"Check failed: inv_a_tblob.type_flag_ == a_tblob.type_flag_ (1 vs. {_DTYPE_NP_TO_MX[a.dtype.type]}) "
                 ": Binary function only support input/output with the same type.")
        return _failing(cols + rows, _np.float64, words, a.ctx, (_LINALG + "./np_tensorinv-inl.h", 62))
    square = reshape(a, (int(_np.prod(rows)), -1))
    _square(square, "inv")
    square_inverse = _invoke_np(_tensorinv_op, (square,))
    from ..ndarray.failures import FailedNDArray
    if isinstance(square_inverse, FailedNDArray):   # a singular map: MXNet's one operator fails, not a reshape
        return _failing(cols + rows, a.dtype, square_inverse._pending.message, a.ctx, _TENSORINV_SINGULAR)
    return reshape(square_inverse, cols + rows)


_TENSORINV_SINGULAR = (_LINALG + "./../../tensor/../linalg_impl.h", 1431)


@_defop("_tensorinv_matrix")
def _tensorinv_op(a):
    """The inverse of a square matrix, as inv computes it; its gradient is MXNet's tensorinv's."""
    return _OPS["_linalg_inverse"].fwd(a)


@_tensorinv_op.grad
def _(dy, out, a):
    """MXNet's tensorinv backward: da = -(inv(a)^T dy) inv(a)^T, its gemm calls in that order."""
    out_t, dy = _np.swapaxes(out, -1, -2), _np.asarray(dy, out.dtype)
    if _openblas_core() == "haswell":
        return (-_fused_gemm(_fused_gemm(out_t, dy), out_t),)
    if _runs_prescott(out_t, dy):
        return (-_prescott_gemm(_prescott_gemm(out_t, dy), out_t),)
    return (-((out_t @ dy) @ out_t),)


def tensorsolve(a, b, axes=None):
    """``x`` with ``tensordot(a, x, x.ndim) = b``; differentiable in ``a`` and ``b``."""
    from .shaping import moved, reshape
    boolean = _bool_operands(a, b)
    _solver_inputs(a, b)
    if not a.ndim:
        _refuse_unknown_shapes("_npi_tensorsolve", (a, b), [("a_axes", axes)])
    if axes is not None:
        a = moved(a, axes, tuple(range(a.ndim - len(axes), a.ndim)))
    if b.ndim == 0 and a.size != 1:     # (a number's system: a must be one number too)
        raise _located(_MXNetError(f"Check failed: a_shape.Size() == 1U ({a.size} vs. 1) : a's and b's dimensions "
                                   "don't match"), ("../src/operator/numpy/linalg/np_tensorsolve.cc", 54))
    xshape = a.shape[-(a.ndim - b.ndim):]     # NumPy's rule: equal ranks give x a's whole shape
    split = a.ndim - len(xshape)        # (b's part of a's shape, then x's)
    front, back = (int(_np.prod(part)) for part in (a.shape[:split], a.shape[split:]))
    if front != back:
        raise _MXNetError(f"Check failed: prod_front == prod_back ({front} vs. {back}) : a shape must be square.")
    if back != b.size:
        raise _located(_MXNetError(f"Check failed: prod_back == b_shape.Size() ({back} vs. {b.size}) : a's and b's "
                                   "dimensions don't match"), ("../src/operator/numpy/linalg/np_tensorsolve.cc", 81))
    _refuse_half(a, "tensorsolve"), _refuse_half(b, "tensorsolve", "b")
    if b.size == 0:     # nothing to solve: MXNet runs no kernel
        return _wrap_np(_np.zeros(xshape, _solved_type(a, b)), a.ctx)
    matrix = reshape(a, (b.size, -1))
    zero = 0 if boolean else _zero_pivot(matrix._data)
    if zero:
        dtype = _solved_type(a, b)
        return _failing(xshape, dtype, _singular_words(dtype, zero), a.ctx)
    x = _invoke_np(_tensorsolve_op, (matrix, reshape(b, (-1,))))
    return reshape(x, xshape)


@_defop("_tensorsolve_matrix")
def _tensorsolve_op(a, b):
    """``x`` with ``a @ x = b`` for a square matrix ``a`` and a vector ``b``, by LU factorization as solve (a
    boolean system fails in the kernel's type switch, when the result or a gradient is read)."""
    if _bool_operands_data(a, b):
        raise _located(_KernelError("Unknown type enum 7", _np.zeros(b.shape, _np.float64)),
                       (_LINALG + "./np_tensorsolve-inl.h", 289))
    return _solve_op.fwd(a, b)


@_tensorsolve_op.grad
def _(dy, out, a, b):
    """As solve's, with vectors ``b`` and ``x``. MXNet's kernel, of the result's type, reads ``b``'s gradient
    and then ``a``'s in that type: one of another type fails there, when a gradient is read (``b``'s then
    written only when of the result's type)."""
    if _bool_operands_data(a, b):       # (the forward failed: its error reaches the gradients)
        return _np.zeros_like(a), _np.zeros_like(b)
    db, da = _solve_grads(a.astype(out.dtype, copy=False), _np.asarray(dy, out.dtype)[:, None], out[:, None])
    db = db[:, 0]
    other = next((x.dtype for x in (b, a) if x.dtype != out.dtype), None)
    if other is not None:
        from ..ndarray.failures import backward_kernel_error
        from .umath import tblob_mismatch
        backward_kernel_error(_located_text(tblob_mismatch(other, out.dtype)))
        return _np.zeros_like(a), db if b.dtype == out.dtype else _np.zeros_like(b)
    return da, db


def _refuse_recording():
    """MXNet's NumPy fallbacks fail under autograd.record(): it means a ValueError but formats the exception
    object instead of its text."""
    from ..autograd import is_recording
    if is_recording():
        raise AttributeError("'ValueError' object has no attribute 'format'")


def _numpy_fallback(fn, *args):
    """NumPy's ``fn`` on the arrays' data, its result an ``mx.np`` array of NumPy's type."""
    _refuse_recording()
    first = args[0]
    ctx = next(v.ctx for v in first if isinstance(v, _NDArray)) if isinstance(first, list) else first.ctx
    data = [[getattr(v, "_data", v) for v in x] if isinstance(x, list) else getattr(x, "_data", x) for x in args]
    res = fn(*data)
    if isinstance(res, _np.ndarray) and res.dtype == _np.int8:     # MXNet's conversion back has no int8
        raise ValueError("int8 is not supported.")
    return _wrap_np(res, ctx) if isinstance(res, _np.ndarray) else res     # NumPy's scalars stay scalars


def matrix_rank(A, tol=None, hermitian=False):  # noqa: N803  (MXNet's name)
    """The rank of each matrix in ``A`` (an int64 NumPy scalar for one matrix)."""
    _refuse_recording()
    res = _np.linalg.matrix_rank(A._data, tol, hermitian)
    if A.ndim < 2:
        return res                                      # NumPy's Python int, as MXNet's fallback
    return _np.int64(res) if _np.ndim(res) == 0 else _wrap_np(_np.asarray(res, _np.int64), A.ctx)


__all__ = ["norm", "inv", "det", "slogdet", "cholesky", "solve", "svd", "qr", "eigh", "eigvalsh", "pinv",
           "tensorinv", "tensorsolve", "matrix_rank", "eig", "eigvals", "lstsq", "matrix_power", "multi_dot", "cond"]


from . import fallback_linalg  # noqa: E402,F401  (MXNet's np.linalg names its module of NumPy-run functions)

from ..base import public_listing as _public_listing  # noqa: E402
__dir__ = _public_listing(globals(), ("_mx_nd_np",))     # (_mx_nd_np: bound by mx.np's package)
