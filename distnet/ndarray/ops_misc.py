"""Miscellaneous operators: cumsum, moments, index helpers, histogram, im2col/col2im, Crop, SVMOutput,
storage and AMP casts, and ``nd.moveaxis``."""
import math

import numpy as np
from numpy.core.numeric import normalize_axis_tuple

from .. import autograd as _ag
from ..base import MXNetError, located, log_time, message_of, negative_size_text
from ..util import is_np_shape
from .bfloat16 import from_bfloat16, is_bfloat16, is_bfloat16_name, to_bfloat16
from .failures import KernelError, backward_kernel_error, is_failed_head, real_switch_refusal
from .ops_reduce import C_TYPE_NAMES as _C_TYPE_NAMES, c_divide, plain_kahan_sum, reduced_axes
from .ops_elemwise import c_cast
from .ops_conv import check_window_ranks
from .ops_linalg import same_dtype
from .ops_shape import no_bool
from .ndarray import NDArray, _DTYPE_NP_TO_MX
from .param_text import check_enums
from .registry import defop, inferred_type_name, OPS
from .shape_text import OperatorMessage, inference_failure, legacy_dim, uniform_type_refusal
from .storage_report import assignment_refusal, on_stored_values, stored_values


# --- reductions along an axis ---------------------------------------------------------------------

@defop("cumsum")
def cumsum(a, *, axis=None, dtype=None):
    """Cumulative sum along ``axis`` (of the flattened array when None), in ``dtype`` (default: a's)."""
    if not a.size and not is_np_shape():       # legacy: an unknown size fails shape inference, before the axis check
        if axis is None:
            raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
        return np.empty(a.shape, a.dtype)       # (the registry refuses the unknown output)
    if dtype is None and a.dtype == np.bool_:
        dtype = np.int64                # MXNet sums booleans as int64
    if axis is not None and not 0 <= axis < a.ndim:     # kernel checks: the result fails when read
        raise KernelError(cumsum_axis_refusal(axis, a.ndim), np.zeros(a.shape, dtype or a.dtype))
    x = a if dtype is None else a.astype(dtype)
    return np.cumsum(x.reshape(-1) if axis is None else x, axis=0 if axis is None else axis, dtype=x.dtype)


def cumsum_axis_refusal(axis, ndim):
    """The words of MXNet's cumsum kernel for an axis it cannot take: one out of range, or one counted from the end
    (which its kernel indexes the shape with as given)."""
    if -ndim <= axis < 0:
        return f"Check failed: i >= 0 && i < ndim(): index = {axis} must be in range [0, {ndim})"
    return ("Check failed: !axis.has_value() || ((axis.value() >= -out.shape_.ndim()) && axis.value() "
            f"< out.shape_.ndim()): axis value {axis} out of range")


cumsum.shapeless_words = lambda attrs: (None if attrs.get("axis") is not None else
                                        "Check failed: ndim_is_known(this->ndim()): Shape is unknown.")


@cumsum.grad
def _(dy, out, a, *, axis=None, dtype=None):
    if axis is not None and not 0 <= axis < a.ndim:     # the backward kernel indexes the shape with it as given
        backward_kernel_error(f"Check failed: i >= 0 && i < ndim(): index = {axis} must be in range [0, {a.ndim})",
                              own=True)
        return (np.zeros(a.shape, a.dtype),)
    ax = 0 if axis is None else axis
    g = np.flip(np.cumsum(np.flip(dy, ax), axis=ax), ax)
    return (g.reshape(a.shape).astype(a.dtype),)


EMPTY_MOMENT_AXES = ("Empty axes is not supported, if you would like to do global moments, please pass all axes to "
                     "axes argument")


def _moment_axes(data, axes):
    if isinstance(axes, (int, np.integer)):       # MXNet parses a lone axis as a one-axis shape
        axes = (axes,)
    if axes is None or len(axes) == 0:
        raise MXNetError(EMPTY_MOMENT_AXES)
    return reduced_axes(None if data is None else data.shape, axes, False)     # MXNet's checks of a reduction's axes


def _float_moments(data, ax, keepdims):
    """MXNet's steps: sums accumulated in a wider type (double for float32), rounded, then divided by n."""
    wide = np.float32 if data.dtype == np.float16 else np.float64
    n = data.dtype.type(math.prod(data.shape[a] for a in ax))
    mean = plain_kahan_sum(data.astype(wide), ax).astype(data.dtype) / n
    mean = np.expand_dims(mean, ax)
    dev = data - mean
    var = plain_kahan_sum((dev * dev).astype(wide), ax).astype(data.dtype) / n
    return mean, (np.expand_dims(var, ax) if keepdims else var)


@defop("moments")
def moments(data, *, axes=None, keepdims=False):
    """Mean and variance over ``axes``."""
    no_bool("moments", data)
    ax = _moment_axes(data, axes)
    kept = [n for a, n in enumerate(data.shape) if a not in ax]
    if not data.size and not math.prod(kept) and not is_np_shape():
        raise MXNetError(f"moments: Check failed: this->shape_.Size() == shape.Size(): Shape size mismatch: the "
                         f"input {data.shape} is empty on an axis kept; reduce every empty axis (axes={ax}) or "
                         f"turn on NumPy shape semantics")
    if data.dtype.kind == "f":
        with np.errstate(invalid="ignore"):     # an empty axis: 0 / 0 is NaN, quietly as in MXNet
            mean, var = _float_moments(data, ax, keepdims)
    else:       # MXNet sums in the integer type (wrapping) and divides as C does, truncating
        n = math.prod(data.shape[a] for a in ax)
        with np.errstate(all="ignore"):
            mean = c_divide(np.sum(data, axis=ax, keepdims=True, dtype=data.dtype), n)
            centered = data - mean
            var = c_divide(np.sum(centered * centered, axis=ax, keepdims=keepdims, dtype=data.dtype), n)
    if not keepdims:
        mean = np.squeeze(mean, axis=ax)
    if mean.ndim == 0:                             # MXNet has no 0-d arrays
        mean, var = mean.reshape(1), var.reshape(1)
    return mean.astype(data.dtype), var.astype(data.dtype)


def _moments_shapeless_words(attrs):
    """moments' shape function on a legacy 0-d input (of unknown rank): it refuses missing axes, then checks the
    axes against rank -1."""
    axes = attrs.get("axes")
    if axes in (None, (), [], "()", "[]"):
        return EMPTY_MOMENT_AXES
    try:
        _moment_axes(None, axes)
    except MXNetError as e:
        return message_of(e)
    return None


moments.shapeless_words = _moments_shapeless_words
moments.output_count = lambda attrs: 2     # (out= is counted before the axes and shapes are read)


@moments.grad
def _(dy, out, data, *, axes=None, keepdims=False):
    ax = _moment_axes(data, axes)
    n = math.prod(data.shape[a] for a in ax)
    kept = tuple(1 if a in ax else size for a, size in enumerate(data.shape))
    dmean, dvar, mean = (a.reshape(kept) for a in (dy[0], dy[1], out[0]))
    if data.dtype == np.bool_:      # (the forward failed: its error comes with the outputs this reads)
        return (np.zeros(data.shape, data.dtype),)
    count = data.dtype.type(n)      # MXNet's steps, each in the data's type: dmean / n + dvar (x - mean) 2 / n
    return (dmean / count + dvar * (data - mean) * data.dtype.type(2) / count,)


@defop("khatri_rao")
def khatri_rao(*args):
    """Column-wise Kronecker product of matrices with equal column counts."""
    rows, _ = khatri_rao_shape(args)
    same_dtype("khatri_rao", *args)
    if rows < -1:       # (the output's allocation checks its sizes after type inference)
        raise MXNetError(negative_size_text(rows))
    shape = (math.prod(a.shape[0] for a in args), args[0].shape[1])
    refusal = khatri_rao_kernel_refusal(args, shape, np.zeros(shape, args[0].dtype))
    if refusal is not None:
        raise refusal
    out = args[0]
    for a in args[1:]:
        out = (out[:, None, :] * a[None, :, :]).reshape(-1, a.shape[1])
    return out + out.dtype.type(0)      # MXNet's kernel accumulates into zeros: a -0 product reads +0


def khatri_rao_shape(args):
    """khatri_rao's shape inference: (rows, columns) from its inputs' first two axes, an unknown (legacy 0) size
    -1 in the product of the rows (C's: an even count of unknowns makes a known size)."""
    for i, a in enumerate(args):    # MXNet reads each input's column count in turn
        if a.ndim < 2 and i == 0:
            raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, {a.ndim})")
        if a.ndim < 2:
            raise MXNetError(f"{log_time()} ../include/mxnet/./tuple.h:244: Check failed: i >= 0 && i < ndim() "
                             f"index = 1 must be in range [0, {a.ndim})\n")
        if a.shape[1] != args[0].shape[1]:
            raise MXNetError(f"{log_time()} ../src/operator/contrib/krprod.cc:55: Check failed: (num_columns) == "
                             "(static_cast<int>(attr_shape[1])) \n")
    return math.prod(legacy_dim(a.shape[0]) for a in args), legacy_dim(args[0].shape[1])


def khatri_rao_kernel_refusal(args, out_shape, result):
    """The KernelError of khatri_rao's kernel over ``args`` into an output of ``out_shape`` (-1 where unknown),
    ``result`` standing in for it, or None where it runs: its type switch (without bool), its matrix checks, its
    column and row counts against the output's, then its gemm, implemented for float32 and float64 alone."""
    dtype = args[0].dtype
    if dtype == np.bool_:
        return KernelError("Unknown type enum 7", result)
    flat = next((a for a in args if a.ndim != 2), None)
    if flat is not None:
        return _kernel_rank_refusal(dtype, flat.ndim, result)
    for a in args:
        if a.shape[1] != out_shape[1]:
            return KernelError(f"{log_time()} ../src/operator/contrib/krprod.h:149: Check failed: (ncols) == "
                               "(static_cast<int>(ts.size(1))) All input and output matrices must have the same "
                               "number of columns.\n", result)
    if math.prod(a.shape[0] for a in args) != out_shape[0]:
        return KernelError(f"{log_time()} ../src/operator/contrib/krprod.h:153: Check failed: (nrows) == "
                           "(static_cast<int>(out.size(0))) \n", result)
    if dtype not in (np.float32, np.float64):
        return KernelError("Not implmented!", result)
    return None


def _kernel_rank_refusal(dtype, ndim, result):
    """The KernelError of khatri_rao's kernel check that an input is a matrix: its float16 and float64 kernels
    raise it from another include of tuple.h, its integer kernels unformatted, with the time logged."""
    if np.dtype(dtype).kind != "f":
        return KernelError(f"{log_time()} ../include/mxnet/./tuple.h:584: Check failed: (dim) == (ndim()) dimension "
                           f"do not match target dimension 2 vs {ndim}\n", result)
    error = KernelError(f"Check failed: dim == ndim() (2 vs. {ndim}) : dimension do not match target dimension 2 "
                        f"vs {ndim}", result)
    if dtype != np.float32:
        error.raised_at = ("../include/mxnet/./tuple.h", 584)
    return error


# --- index helpers ----------------------------------------------------------------------------------

def note_batch_take_deprecated():
    """MXNet's shape inference logs this for each batch_take it infers."""
    from ..io.io import core_log
    core_log("../src/operator/tensor/./indexing_op.h:1090", "batch_take is deprecated. Please use pick instead.")


@defop("batch_take")
def batch_take(a, indices):
    """``a[i, indices[i]]`` for each row i (indices clipped to the row)."""
    if not _ag._state.graph_forward:        # (a bound graph logged it when it inferred shapes)
        note_batch_take_deprecated()
    if a.ndim < 2:
        raise MXNetError(f"Check failed: (*in_attrs)[0].ndim() >= 2 ({a.ndim} vs. 2) : Data array must have at "
                         "least 2 dimensional")
    if not a.shape[-1]:
        raise MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
    if a.size // a.shape[-1] != indices.size:
        raise MXNetError(f"Check failed: (*in_attrs)[0].Size()/(*in_attrs)[0][(*in_attrs)[0].ndim()-1] == "
                         f"(*out_attrs)[0].Size() ({a.size // a.shape[-1]} vs. {indices.size}) : Index array's size "
                         f"must be the same as data array's size excluding the first dimension")
    if indices.dtype != np.int32:       # (type inference, after the shapes)
        raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(indices.dtype)}, inferred type = int32")
    no_bool("batch_take", a)
    rows = a.reshape(indices.size, -1)
    cols = np.clip(indices.reshape(-1), 0, rows.shape[1] - 1)
    return rows[np.arange(rows.shape[0]), cols].reshape(indices.shape)


@defop("fill_element_0index")
def fill_element_0index(lhs, mhs, rhs):
    """``lhs`` with ``lhs[i, rhs[i]] = mhs[i]`` for each row i; a column outside the row is left alone. Its kernel
    reads a sparse input's stored values as they are."""
    if (lhs.ndim, mhs.ndim, rhs.ndim) != (2, 1, 1):
        raise MXNetError("Check failed: lshape.ndim() == 2 && mshape.ndim() == 1 && rshape.ndim() == 1: "
                         "fill_row_element only support 2D Matrix, 1D value and 1D index")
    if not lhs.shape[0] == mhs.shape[0] == rhs.shape[0]:
        raise MXNetError("Check failed: (lshape[0] == mshape[0]) && (mshape[0] == rshape[0]): choose_row_element "
                         "index vector, value vector and matrix shape mismatch")
    placeholder = np.zeros(lhs.shape, lhs.dtype)
    # MXNet's kernel, for float32 only, reads rhs's buffer first (a sparse one's stored values): it fails as it runs
    for a, dims in zip(stored_values((lhs, mhs, rhs))[::-1], (1, 1, 2)):
        if a.ndim != dims:
            raise located(KernelError(f"Check failed: dim == ndim() ({dims} vs. {a.ndim}) : dimension do not match "
                                      f"target dimension {dims} vs {a.ndim}", placeholder),
                          ("../include/mxnet/tuple.h", 584))
        if a.dtype != np.float32:
            raise KernelError("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: "
                              "data type do not match specified type.Expected: "
                              f"{_C_TYPE_NAMES.get(a.dtype.name, a.dtype.name)} v.s. given float", placeholder)
    stored_lhs, stored_mhs, stored_rhs = stored_values((lhs, mhs, rhs))
    if not stored_lhs.shape[0] == stored_mhs.shape[0] == stored_rhs.shape[0]:
        raise located(KernelError("Check failed: (shape_src[0] == shape_index[0]) && (shape_index[0] == shape_val[0]): "
                                  "mat_fill_row_element index length, val length and number of rows in matrix",
                                  placeholder), ("../include/mshadow/././extension/fill.h", 107))
    if stored_lhs.shape[0] and stored_lhs.shape != lhs.shape:
        raise located(KernelError(assignment_refusal(stored_lhs.shape, lhs.shape), placeholder),
                      ("../include/mshadow/./tensor_cpu-inl.h", 213))
    out = lhs.copy()        # (buffers that pass are the arrays themselves, or hold nothing)
    cols = np.trunc(rhs).astype(np.int64)
    rows = np.flatnonzero((cols >= 0) & (cols < lhs.shape[1]))
    out[rows, cols[rows]] = mhs[rows]
    return out


def _empty_shape_words(shape, what):
    """ravel_multi_index's and unravel_index's refusal of a missing (or empty) shape, read before their input."""
    return (f"Check failed: shape.ndim() > 0 ({0 if shape == () else -1} vs. 0) : Empty shape parameter for {what} "
            "operator.")


@defop("ravel_multi_index", aliases=("_ravel_multi_index",))
def ravel_multi_index(data, *, shape=None):
    """Flat indices of the coordinates in the columns of ``data`` (one row per dimension)."""
    if not shape:
        raise MXNetError(_empty_shape_words(shape, "ravel"))
    no_bool("ravel_multi_index", data)
    if data.ndim != 2:
        raise MXNetError(f"Check failed: (*in_attrs)[0].ndim() == 2 ({data.ndim} vs. 2) : Input to ravel operator "
                         "must be two-dimensional.")
    if data.shape[0] != len(shape):
        raise MXNetError(f"Check failed: (*in_attrs)[0][0] == shape.ndim() ({data.shape[0]} vs. {len(shape)}) : "
                         "First dimension of input of ravel operator does not match shape parameter dimension.")
    work = data.dtype if data.dtype.kind == "f" else np.int64
    flat = np.zeros(data.shape[1], np.int64)
    for size, coords in zip(shape, data):   # MXNet's kernel: an integer index times the size, plus the coordinate
        flat = np.trunc((flat * size).astype(work) + coords.astype(work)).astype(np.int64)  # in its type, truncated
    return flat.astype(data.dtype)


@defop("unravel_index", aliases=("_unravel_index",))
def unravel_index(data, *, shape=None):
    """Coordinates (one row per dimension) of flat indices; the leading coordinate is not wrapped."""
    if not shape:
        raise MXNetError(_empty_shape_words(shape, "unravel"))
    no_bool("unravel_index", data)
    if data.ndim != 1:
        raise MXNetError(f"unravel_index: the flat indices must be a 1-D array, got shape {data.shape}; "
                         "reshape them to (-1,) first")
    idx = data.astype(np.int64)
    rows = []
    for s in shape[:0:-1]:      # C's remainder and quotient: a negative index keeps its sign
        rows.append(np.fmod(idx, s))
        idx = np.trunc(idx / s).astype(np.int64) if (idx < 0).any() else idx // s
    rows.append(idx)
    return np.stack(rows[::-1]).astype(data.dtype)


def _shapeless_refusal(what):
    """The refusal of a 0-d legacy input: an empty shape parameter is refused first, else inference fails."""
    return lambda attrs: None if attrs.get("shape") else _empty_shape_words(attrs.get("shape"), what)


ravel_multi_index.shapeless_words = _shapeless_refusal("ravel")
unravel_index.shapeless_words = _shapeless_refusal("unravel")


HISTOGRAM_SITE = "../src/operator/tensor/./histogram-inl.h"


def edges_rank_refusal(rank):
    """MXNet's words for histogram edges of rank ``rank`` (-1: unknown) other than 1."""
    return f"Check failed: oshape.ndim() == 1U ({rank} vs. 1) : bins argument should be an 1D vector"


def edges_count_refusal(count):
    """MXNet's words for histogram edges fewer than two (``count`` of them)."""
    return f"Check failed: oshape.Size() >= 2U ({count} vs. 2) : number of bounds should be >= 2"


@defop("histogram", aliases=("_histogram",))
def histogram(data, bins=None, *, bin_cnt=None, range=None):     # noqa: A002  (MXNet's parameter name)
    """MXNet's _histogram: int64 counts and the bin edges, from an array of edges (``bins``) or from
    ``bin_cnt`` equal bins over ``range`` (users call nd.histogram, the Python function in histogram.py)."""
    no_bool("histogram", data)
    if bins is not None:
        if bins.ndim != 1:
            raise MXNetError(edges_rank_refusal(bins.ndim))
        if bins.size < 2:
            raise located(MXNetError(edges_count_refusal(bins.size)), (HISTOGRAM_SITE, 98))
        if bins.dtype != data.dtype:        # the kernel reads the edges in the data's type: it fails when it runs
            raise KernelError("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: "
                              "data type do not match specified type.Expected: "
                              f"{_C_TYPE_NAMES[bins.dtype.name]} v.s. given {_C_TYPE_NAMES[data.dtype.name]}",
                              (np.zeros(bins.size - 1, np.int64), bins.copy()))
        return _counts(_edge_bins(data.reshape(-1), bins), bins.size - 1), bins.copy()
    if bin_cnt is None or range is None:
        raise MXNetError("_histogram: give an array of bin edges (bins), or bin_cnt together with range")
    lo, hi = (float(v) for v in range)
    if lo > hi:
        raise MXNetError(f"Check failed: param.range.value()[0] <= param.range.value()[1]: left hand side of "
                         f"range({lo:g})should be less than or equal to right hand side({hi:g})")
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    bin_cnt = int(bin_cnt)
    steps = np.arange(bin_cnt + 1, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):        # no bins: the one edge is 0/0
        edges = c_cast((hi * steps + (bin_cnt - steps) * lo) / bin_cnt, data.dtype)
    return _counts(_uniform_bins(data.reshape(-1), edges, lo, hi), bin_cnt), edges


def _uniform_bins(x, edges, lo, hi):
    """MXNet's bin of each element of ``x`` among equal bins over [lo, hi] (-1: outside): the bin its offset
    gives, moved by one where it falls outside that bin's ``edges`` (compared in ``x``'s dtype)."""
    bin_cnt = edges.size - 1
    where = np.full(x.shape, -1, np.int64)
    inside = (x >= lo) & (x <= hi)      # (compared as doubles)
    if not bin_cnt or not inside.any():
        return where
    xi = x[inside]
    t = np.minimum(bin_cnt - 1, ((xi.astype(np.float64) - lo) * bin_cnt / (hi - lo)).astype(np.int64))
    t -= xi < edges[t]
    t += (xi >= edges[t + 1]) & (t != bin_cnt - 1)
    where[inside] = t
    return where


def _edge_bins(x, bins):
    """MXNet's bin of each element of ``x`` between the given edges (-1: outside the first and last): one less
    than the number of edges it reaches scanning from the first, at most the last bin."""
    where = np.full(x.shape, -1, np.int64)
    inside = (x >= bins[0]) & (x <= bins[-1])
    reached = np.cumprod(x[inside, None] >= bins[None, :], axis=1).sum(axis=1)
    where[inside] = np.minimum(reached - 1, bins.size - 2)
    return where


def _counts(where, bin_cnt):
    """How many elements fall in each of ``bin_cnt`` bins (int64, as MXNet's counts)."""
    return np.bincount(where[where >= 0], minlength=bin_cnt)[:bin_cnt].astype(np.int64)


# --- im2col / col2im ----------------------------------------------------------------------------------

def _check_window_params(kernel, stride, dilate, pad):
    """MXNet's checks of im2col/col2im's parameters: one length for all, and no zero size."""
    check_window_ranks("im2col", dict(kernel=kernel, stride=stride, dilate=dilate, pad=pad))
    for given, name in ((kernel, "kernel"), (stride, "stride"), (dilate, "dilate")):
        if given and not math.prod(given):
            raise MXNetError(f"Check failed: param.{name}.Size() > 0U (0 vs. 0) : incorrect {name} size: "
                             f"[{','.join(map(str, given))}]")


def _geometry(spatial, kernel, stride, dilate, pad, image_rank=None):
    """(stride, dilate, pad, windows per axis); ``image_rank``: im2col's data rank, whose sizes MXNet's shape
    function reads axis by axis, checking each window fits."""
    _check_window_params(kernel, stride, dilate, pad)
    nsp = len(kernel)
    stride, dilate, pad = (tuple(v) if v else d for v, d in ((stride, (1,) * nsp), (dilate, (1,) * nsp),
                                                              (pad, (0,) * nsp)))
    if image_rank is not None:
        _im2col_windows_fit(image_rank, spatial, kernel, dilate, pad)
    out = tuple((n + 2 * p - d * (k - 1) - 1) // s + 1
                for n, k, s, d, p in zip(spatial, kernel, stride, dilate, pad))
    if any(o <= 0 for o in out):
        raise MXNetError(f"im2col/col2im: kernel {tuple(kernel)} (dilate {dilate}) does not fit the padded input "
                         f"{tuple(spatial)} with pad {pad}")
    return stride, dilate, pad, out


def _im2col_windows_fit(rank, spatial, kernel, dilate, pad):
    """MXNet's im2col shape checks: each spatial size read and checked in turn, then the channel axis read."""
    for axis in [i + 2 for i in range(len(kernel))] + [1]:
        if axis >= rank:
            raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {axis} must be in range [0, {rank})")
        if axis > 1:
            i = axis - 2
            reach, size = dilate[i] * (kernel[i] - 1) + 1, spatial[i] + 2 * pad[i]
            if reach > size:
                raise MXNetError(f"Check failed: dilated_kernel_size <= pad_size ({reach} vs. {size}) : kernel size "
                                 "exceed input")


def _windows(kernel, stride, dilate, out):
    """For each kernel offset, the strided slices of the padded input it reads."""
    for offs in np.ndindex(*kernel):
        yield tuple(slice(o * d, o * d + s * (n - 1) + 1, s) for o, d, s, n in zip(offs, dilate, stride, out))


def _float_only(data, result_shape):
    """The im2col/col2im kernels' type switch: other types than floats fail when the result is read."""
    if data.dtype.kind != "f":
        raise KernelError(real_switch_refusal(None, data.dtype), np.zeros(result_shape, data.dtype))


def _four_d_image_only(image_shape, result_shape, dtype):
    """MXNet's CPU im2col/col2im kernels view the image as 4-D (N, C, H, W): a 3-D image fails reading its fourth
    axis, a larger one the view's size check (both raised when the result is read)."""
    if len(image_shape) == 3:
        raise located(KernelError("Check failed: i >= 0 && i < ndim(): index = 3 must be in range [0, 3)",
                                  np.zeros(result_shape, dtype)), ("../include/mxnet/tuple.h", 244))
    if len(image_shape) > 4:
        raise KernelError(f"TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>(shape.Size()) "
                          f"({math.prod(image_shape)} vs. {math.prod(image_shape[:4])}) : new and old shape do not "
                          "match total elements", np.zeros(result_shape, dtype))


def _kernel_view(image, kernel):
    """The image as MXNet's CPU kernels read it: with a 1-D kernel, each sample's first C*H values as C rows of H
    (its channel stride is H, not H*W); a view, so writes reach ``image``."""
    if len(kernel) == 1 and image.ndim == 4:
        n, c, h = image.shape[:3]
        return image.reshape(n, -1)[:, :c * h].reshape(n, c, h)
    return image


@defop("im2col")
def im2col(data, *, kernel, stride=(), dilate=(), pad=()):
    """Sliding windows as columns: (N, C * prod(kernel), number of windows)."""
    stride, dilate, pad, out = _geometry(data.shape[2:], kernel, stride, dilate, pad, image_rank=data.ndim)
    n, c = data.shape[:2]
    _float_only(data, (n, c * math.prod(kernel), math.prod(out)))
    _four_d_image_only(data.shape, (n, c * math.prod(kernel), math.prod(out)), data.dtype)
    xp = np.pad(_kernel_view(data, kernel), [(0, 0), (0, 0)] + [(p, p) for p in pad])
    cols = np.empty((n, c, math.prod(kernel), math.prod(out)), data.dtype)
    for k, window in enumerate(_windows(kernel, stride, dilate, out)):
        cols[:, :, k] = xp[(slice(None), slice(None)) + window].reshape(n, c, -1)
    return cols.reshape(n, -1, cols.shape[-1])


def _refused_backward(data, out, line):
    """Whether im2col's or col2im's backward kernel (its type switch, at ``line`` of im2col-inl.h) refuses
    ``data``'s type: given the head gradient it fails on its own, writing no gradient."""
    if data.dtype.kind == "f":
        return False
    backward_kernel_error(OperatorMessage(real_switch_refusal(None, data.dtype),
                                          site=("../src/operator/nn/./im2col-inl.h", line)), own=is_failed_head(out))
    return True


@im2col.grad
def _(dy, out, data, *, kernel, stride=(), dilate=(), pad=()):
    if _refused_backward(data, out, 142):
        return (np.zeros_like(data),)
    if len(kernel) == 1 and data.ndim == 4:     # MXNet's kernel adds the columns back into the rows it read
        return (columns_into(np.zeros_like(data), dy, kernel, stride, dilate, pad),)
    return (col2im.fwd(dy, output_size=data.shape[2:], kernel=kernel, stride=stride, dilate=dilate, pad=pad),)


@defop("col2im")
def col2im(data, *, output_size, kernel, stride=(), dilate=(), pad=()):
    """Sum columns of sliding windows back into an image (the adjoint of im2col)."""
    check_window_ranks("col2im", dict(kernel=kernel, stride=stride, dilate=dilate, pad=pad))   # (the parser's)
    output_size = tuple(output_size)
    if len(kernel) != len(output_size):
        raise MXNetError(f"Check failed: param.kernel.ndim() == param.output_size.ndim() ({len(kernel)} vs. "
                         f"{len(output_size)}) : Output size must have the same number of dimensions with kernel_size,"
                         f"but kernel_size is set to [{','.join(map(str, kernel))}] while output size is "
                         f"[{','.join(map(str, output_size))}]")
    for k, d, n, p in zip(kernel, tuple(dilate) or (1,) * len(kernel), output_size, tuple(pad) or (0,) * len(kernel)):
        if d * (k - 1) + 1 > n + 2 * p:     # (its shape inference checks the output's windows first)
            raise MXNetError(f"Check failed: dilated_kernel_size <= pad_size ({d * (k - 1) + 1} vs. {n + 2 * p}) : "
                             "kernel size exceed output size")
    stride, dilate, pad, out = _geometry(output_size, kernel, stride, dilate, pad)
    ksize = math.prod(kernel)
    if data.ndim < 3:       # (its shape inference reads the third axis unchecked)
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = 2 must be in range [0, {data.ndim})")
    if data.shape[1] % ksize:
        raise MXNetError(f"Check failed: dshape[1] % param.kernel.Size() == 0 ({data.shape[1] % ksize} vs. 0) : the "
                         "second dim of input shape should be multiples of kernel size")
    if data.shape[2] != math.prod(out):
        raise MXNetError(f"Check failed: dshape[2] == out_dim ({data.shape[2]} vs. {math.prod(out)}) : output size "
                         "does not match convolution parameters")
    if data.shape[1] % ksize or data.shape[2] != math.prod(out):
        raise MXNetError(f"col2im: columns of shape {data.shape} do not match kernel {tuple(kernel)} and "
                         f"{math.prod(out)} windows of output_size {output_size}")
    n, c = data.shape[0], data.shape[1] // ksize
    _float_only(data, (n, c) + output_size)
    _four_d_image_only((n, c) + output_size, (n, c) + output_size, data.dtype)
    return columns_onto(np.zeros((n, c) + output_size, data.dtype), data, kernel, stride, dilate, pad, out)


def columns_onto(image, data, kernel, stride, dilate, pad, out):
    """``image`` with the columns ``data`` added back in as MXNet's col2im adds them: kernel offset by kernel
    offset, each into the pixels its windows read."""
    n, c = image.shape[:2]
    cols = data.reshape(n, c, math.prod(kernel), *out)
    inner = (slice(None), slice(None)) + tuple(slice(p, p + s) for p, s in zip(pad, image.shape[2:]))
    img = np.zeros((n, c) + tuple(s + 2 * p for s, p in zip(image.shape[2:], pad)), image.dtype)
    img[inner] = image
    for k, window in enumerate(_windows(kernel, stride, dilate, out)):
        img[(slice(None), slice(None)) + window] += cols[:, :, k]
    return img[inner].copy()


def columns_into(image, dy, kernel, stride, dilate, pad):
    """``image`` with im2col's column gradient ``dy`` added back where its kernel read the image (_kernel_view)."""
    view = _kernel_view(image, kernel)
    stride, dilate, pad, out = _geometry(view.shape[2:], kernel, stride, dilate, pad)
    image = image.copy()
    _kernel_view(image, kernel)[...] = columns_onto(view, dy, kernel, stride, dilate, pad, out)
    return image


@col2im.grad
def _(dy, out, data, *, output_size, kernel, stride=(), dilate=(), pad=()):
    if _refused_backward(data, out, 252):
        return (np.zeros_like(data),)
    return (im2col.fwd(dy, kernel=kernel, stride=stride, dilate=dilate, pad=pad),)


im2col.attr_check(lambda attrs: check_window_ranks("im2col", attrs))
col2im.attr_check(lambda attrs: check_window_ranks("col2im", attrs))


# --- Crop, SVMOutput ---------------------------------------------------------------------------------

def _check_crop_rank(data_shape):
    if data_shape is None or len(data_shape) != 4:
        raise MXNetError(f"Crop: Check failed: data_shape.ndim() == 4U ({-1 if data_shape is None else len(data_shape)} "
                         "vs. 4) : Input data should be 4D in batch-num_filter-y-x")


def crop_size(data_shape, h_w, like_shape=None, cropped_like=False):
    """Crop's window (height, width) with the checks of MXNet's shape inference: from ``h_w``, or, when
    ``cropped_like``, from the second input's shape (None: a rank unknown, -1 to C++, as legacy unknown sizes)."""
    _check_crop_rank(data_shape)
    if cropped_like:
        ndim = -1 if like_shape is None else len(like_shape)
        if ndim < 4:
            raise located(MXNetError(f"Crop: Check failed: i >= 0 && i < ndim(): index = {max(ndim, 2)} must be in "
                                     f"range [0, {ndim})"), ("../include/mxnet/tuple.h", 230))
        return tuple(like_shape[2:4])
    size = _first_two("Crop: ", h_w)
    for i, axis in enumerate(("height", "width")):
        n = data_shape[i + 2] or -1
        if isinstance(size[i], str):        # h_w read one entry at a time: a short one fails at the first missing
            raise MXNetError(size[i])
        if size[i] < 1:
            raise MXNetError(f"Crop: Check failed: static_cast<int>(param_.h_w[{i}]) >= 1 ({size[i]} vs. 1) : the "
                             f"crop {axis}(h_w[{i}]) should be larger than 1")
        if size[i] > n:
            raise MXNetError(f"Crop: Check failed: static_cast<int>(param_.h_w[{i}]) <= static_cast<int>(data_shape"
                             f"[{i + 2}]) ({size[i]} vs. {n}) : the crop {axis}(h_w[{i}]) should be less than the "
                             f"input data's {axis}")
    return size


def _first_two(prefix, values):
    """The first two entries of a tuple parameter as ints; in place of a missing one (a short or unknown tuple,
    None) MXNet's words for reading it."""
    n = -1 if values is None else len(values)
    return tuple(int(values[i]) if i < n else
                 f"{prefix}Check failed: i >= 0 && i < ndim(): index = {i} must be in range [0, {n})" for i in range(2))


def _crop_window_error(data, size, offset, center_crop, from_like):
    """The message of MXNet's Crop kernel for a window that does not fit (None when it fits)."""
    if from_like:
        for i, word in ((2, "height"), (3, "weight")):      # (sic)
            if data.shape[i] < size[i - 2]:
                return (f"Check failed: data_shape[{i}] >= out_shape[{i}] ({data.shape[i]} vs. {size[i - 2]}) "
                        f": data_shape'{word} should be larger than that of out_shape")
    if center_crop:
        return None
    offset = _first_two("", offset)
    for i, axis in enumerate(("height", "width")):
        room = data.shape[i + 2] - size[i]
        if isinstance(offset[i], str):
            return offset[i]
        if int(offset[i]) < 0:
            return (f"Check failed: static_cast<int>(param_.offset[{i}]) >= 0 ({int(offset[i])} vs. 0) : "
                    f"offset[{i}] should be larger than 0")
        if int(offset[i]) > room:
            return (f"Check failed: param_.offset[{i}] <= data_shape[{i + 2}]-out_shape[{i + 2}] "
                    f"({int(offset[i])} vs. {room}) : offset[{i}] should be less than the residual space of {axis}")
    return None


def _crop_window(data, size, offset, center_crop):
    h, w = size
    top, left = ((data.shape[2] - h) // 2, (data.shape[3] - w) // 2) if center_crop else _first_two("", offset)
    return (slice(None), slice(None), slice(top, top + h), slice(left, left + w))


@defop("Crop")
def crop(*data, offset=(0, 0), h_w=(0, 0), center_crop=False, num_args=1):
    """Crop the last two axes of ``data[0]`` to ``h_w`` (or to the size of ``data[1]``)."""
    if len(data) != int(num_args):
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({len(data)} vs. {int(num_args)}) : Operator "
                         f"Crop expects {int(num_args)} inputs, but got {len(data)} instead.")
    if len(data) > 2:       # MXNet's shape function checks the data's rank, then knows one or two inputs only
        _check_crop_rank(data[0].shape)
        raise inference_failure("Crop", [d.shape for d in data], [None])
    if not data[0].ndim:    # (NumPy-shape mode) its shape function reads 0-d data as of unknown shape
        raise inference_failure("Crop", [d.shape for d in data], [None])
    like = data[1] if len(data) > 1 else None
    size = crop_size(data[0].shape, h_w, like_shape=getattr(like, "shape", None), cropped_like=like is not None)
    # (shapes first, then types, then the kernel's checks)
    for d in data:      # a legacy operator with float32 kernels only
        if d.dtype != np.float32:
            raise MXNetError("Check failed: in_type->at(i) == mshadow: :default_type_flag || in_type->at(i) == -1: "
                             f"Unsupported data type {_DTYPE_NP_TO_MX.get(d.dtype.type, d.dtype.name)}")
    message = _crop_window_error(data[0], size, offset, center_crop, like is not None)
    if message is not None:     # shown when the result is read
        raise KernelError(message, np.zeros(data[0].shape[:2] + tuple(size), data[0].dtype))
    return data[0][_crop_window(data[0], size, offset, center_crop)].copy()


def _crop_of_unknown_ranks(ranks, attrs):
    """Crop's shape function over a legacy 0-d input (rank -1): it checks the data's rank, then reads the second
    input's height (the words, or the error where it stands elsewhere)."""
    if ranks[0] != 4:
        return (f"Check failed: data_shape.ndim() == 4U ({ranks[0]} vs. 4) : Input data should be 4D in "
                "batch-num_filter-y-x")
    return located(MXNetError("Check failed: i >= 0 && i < ndim(): index = 2 must be in range [0, -1)"),
                   ("../include/mxnet/tuple.h", 230))


crop.shapeless_ranks = _crop_of_unknown_ranks


@crop.grad
def _(dy, out, *data, offset=(0, 0), h_w=(0, 0), center_crop=False, num_args=1):
    size = crop_size(data[0].shape, h_w, like_shape=data[1].shape if len(data) > 1 else None,
                     cropped_like=len(data) > 1)
    g = np.zeros_like(data[0])
    message = _crop_window_error(data[0], size, offset, center_crop, len(data) > 1)
    if message is not None:     # the backward kernel checks too: its gradients carry the error
        backward_kernel_error(message)
        return (g,) + tuple(np.zeros_like(d) for d in data[1:])
    g[_crop_window(data[0], size, offset, center_crop)] = dy
    return (g,) + tuple(np.zeros_like(d) for d in data[1:])


@defop("SVMOutput")
def svm_output(data, label, *, margin=1., regularization_coefficient=1., use_linear=False):
    """Identity forward; the backward is the gradient of a (squared) hinge loss on ``label``, ignoring dy."""
    given, rows = [legacy_dim(d) for d in label.shape], [legacy_dim(d) for d in data.shape[:-1]]
    if len(given) != len(rows) or any(-1 not in pair and pair[0] != pair[1] for pair in zip(given, rows)):
        # one class label per row of the last axis (legacy shapes: an empty axis is unknown, -1, and fits any)
        raise MXNetError(f"SVMOutput: Shape inconsistent, Provided = [{','.join(map(str, given))}], inferred "
                         f"shape=[{','.join(map(str, rows))}]")
    if label.dtype != data.dtype:
        raise MXNetError(uniform_type_refusal(data.dtype, label.dtype, "label"))
    if data.dtype.kind != "f":      # (MXNet's words name no operator)
        raise MXNetError(real_switch_refusal(None, data.dtype))
    return data.copy()


@svm_output.grad
def _(dy, out, data, label, *, margin=1., regularization_coefficient=1., use_linear=False):
    x = data.reshape(-1, data.shape[-1])
    is_label = np.arange(x.shape[1])[None, :] == label.reshape(-1, 1).astype(np.int64)
    s = np.where(is_label, x, -x)                  # hinge on x for the label's class, on -x for the others
    active = (margin > s).astype(x.dtype)
    slope = active if use_linear else 2 * active * (margin - s)
    g = np.where(is_label, -slope, slope) * x.dtype.type(regularization_coefficient)
    if not use_linear:      # MXNet's squared hinge leaves -0.0 where the margin is met, for either class
        g = np.where(active > 0, g, x.dtype.type(-0.0))
    return g.reshape(data.shape).astype(data.dtype), None


# --- storage and AMP casts ------------------------------------------------------------------------------

@defop("cast_storage")
def cast_storage(data, *, stype):
    """Storage conversion; on dense values it is a copy (sparse results come from ndarray/sparse_dispatch.py)."""
    check_enums("cast_storage", {"stype": stype})
    return data.copy()


@cast_storage.grad
def _(dy, out, data, *, stype):
    return (dy,)


cast_storage.same_shape_output = True     # an out= of another shape is an attribute mismatch, in MXNet's words


_AMP_TYPES = ("bfloat16", "float16", "float32", "float64", "int32", "int64", "int8", "uint8")
# MXNet's CPU amp_cast hands float32, float64 and int64 inputs to oneDNN, which has no float64 (MXNet's type
# flag 1) or int64 (flag 6) and rounds to the nearest even integer, saturating (NaN: the bound named here).
_ONEDNN_SOURCES = (np.float32, np.float64, np.int64, np.bool_)
_ONEDNN_FLAGS = {np.dtype(np.float64): 1, np.dtype(np.int64): 6, np.dtype(np.bool_): 7}
_AMP_CAST_ONEDNN_SITE = ("../src/operator/tensor/./.././../common/../operator/nn/mkldnn/mkldnn_base-inl.h", 229)
_ONEDNN_INT_RANGE = {np.dtype(np.int32): (-2147483648.0, 2147483520.0, 2147483520.0),
                     np.dtype(np.int8): (-128.0, 127.0, 127.0), np.dtype(np.uint8): (0.0, 255.0, 0.0)}


@defop("amp_cast")
def amp_cast(data, *, dtype):
    """Cast a floating-point array to ``dtype``; other arrays pass through unchanged."""
    if is_bfloat16(data) or is_bfloat16_name(dtype):
        return _bfloat16_cast(data, dtype)
    name = np.dtype(dtype).name
    if name not in _AMP_TYPES:
        raise MXNetError(f"Invalid Input: '{name}', valid values are: {{{', '.join(map(repr, _AMP_TYPES))}}}, "
                         f"in operator amp_cast(name=\"\", dtype=\"{name}\")")
    # MXNet's type rule: float16/float32 data takes the target type, any other keeps its own
    target = np.dtype(dtype) if data.dtype in (np.float16, np.float32) else data.dtype
    if data.dtype in _ONEDNN_SOURCES:
        if data.dtype in _ONEDNN_FLAGS:     # (the input's oneDNN memory, which NDArray's code makes)
            raise KernelError(f"unknown type for MKLDNN :{_ONEDNN_FLAGS[data.dtype]}", np.zeros(data.shape, target))
        if np.dtype(dtype) in _ONEDNN_FLAGS:        # (the output's, which the operator's own code makes)
            raise located(KernelError(f"unknown type for MKLDNN :{_ONEDNN_FLAGS[np.dtype(dtype)]}",
                                      np.zeros(data.shape, target)), _AMP_CAST_ONEDNN_SITE)
        if target in _ONEDNN_INT_RANGE:
            lo, hi, nan = _ONEDNN_INT_RANGE[target]
            out = np.where(np.isnan(data), nan, np.clip(np.rint(data), lo, hi)).astype(target)
            if target == np.int32 and data.size % 4 == 0:
                # oneDNN's vector loop (taken when the size is whole 4-float vectors) converts to int32 without
                # saturating: out-of-range and NaN elements become the CPU's integer-overflow value
                out[~(np.abs(data) < 2.0 ** 31)] = np.iinfo(np.int32).min
            return out
    if data.dtype.kind != "f":
        return data.copy()
    with np.errstate(invalid="ignore"):     # NaN or infinity to an integer: the C cast's value, no warning
        return data.astype(target)


def _bfloat16_cast(data, dtype):
    """amp_cast to or from bfloat16 inside a graph: float16/float32 data rounds to bfloat16, bfloat16 data
    widens to float32 or float16; other data passes through."""
    if is_bfloat16(data):
        return data.copy() if is_bfloat16_name(dtype) else from_bfloat16(data).astype(dtype)
    return to_bfloat16(data) if data.dtype in (np.float16, np.float32) else data.copy()


@amp_cast.grad
def _(dy, out, data, *, dtype):
    # the backward hands a gradient of these types to oneDNN too, which fails on a type it lacks (reading no
    # output of the forward, it runs, and fails, even when the forward failed)
    if data.dtype in _ONEDNN_SOURCES:
        for t in (dy.dtype, data.dtype):
            if t in _ONEDNN_FLAGS:
                backward_kernel_error(f"unknown type for MKLDNN :{_ONEDNN_FLAGS[t]}", own=True)
                return (np.zeros(data.shape, data.dtype),)
    return (dy.astype(data.dtype),)


def cast_by_multicast(dtype):
    """Whether amp_multicast casts an input of ``dtype``: float16, bfloat16 and float32 ones (the others keep it)."""
    return dtype in (np.float16, np.float32) or dtype.names == ("bfloat16",)


def multicast_target(dtypes, cast_narrow):
    """The type amp_multicast casts its float16/bfloat16/float32 inputs to, as MXNet's type rule has it: float32 if
    one input is float32, else the first input's type (with ``cast_narrow``: the last float16/bfloat16 one, else
    float32)."""
    dtypes = [np.dtype(t) for t in dtypes]
    if cast_narrow:
        return next((t for t in reversed(dtypes) if cast_by_multicast(t) and t != np.float32), np.dtype(np.float32))
    return np.dtype(np.float32) if np.float32 in dtypes else dtypes[0]


def multicast_output(dtype, target):
    """The type amp_multicast gives an input of ``dtype`` casting to ``target``."""
    dtype = np.dtype(dtype)
    return target if cast_by_multicast(dtype) else dtype


@defop("amp_multicast")
def amp_multicast(*data, num_outputs, cast_narrow=False):
    """Cast the float16/float32 inputs to one type (see multicast_target)."""
    if len(data) != num_outputs:
        raise MXNetError(f"amp_multicast: Check failed: num_inputs == infered_num_inputs ({len(data)} vs. "
                         f"{num_outputs}) : Operator amp_multicast expects {num_outputs} inputs, but got {len(data)} "
                         "instead.")
    target = multicast_target([d.dtype for d in data], cast_narrow)
    result = tuple(d.astype(multicast_output(d.dtype, target)) for d in data)
    if len(result) == 1:        # one output: an array, not a list, as every one-output op
        result = result[0]
    # MXNet's CPU kernel hands the copy to oneDNN, which has no float16, float64, int64 or bool type
    unsupported = [d.dtype for d in data if d.dtype in (np.float16, np.float64, np.int64, np.bool_)]
    if unsupported:
        raise KernelError(f"unknown type for MKLDNN :{_DTYPE_NP_TO_MX[unsupported[0].type]}", result)
    return result


@amp_multicast.grad
def _(dy, out, *data, num_outputs, cast_narrow=False):
    dys = dy if isinstance(dy, tuple) else (dy,)
    return tuple(g.astype(d.dtype) for g, d in zip(dys, data))


# --- nd.moveaxis (a function in MXNet's nd namespace, not an operator) --------------------------------

def moveaxis(tensor, source, destination):
    """Move axes ``source`` of ``tensor`` to positions ``destination``, keeping the order of the others."""
    if not isinstance(tensor, NDArray):     # MXNet's transpose asserts its input type
        raise AssertionError(f"Argument data must have NDArray type, but got {tensor!s}")
    ndim = tensor.ndim
    # MXNet reports an axis out of range as a ValueError with these (odd) arguments
    try:
        src = [int(a) for a in normalize_axis_tuple(source, ndim)]
    except IndexError:
        raise ValueError('Source should verify 0 <= source < tensor.ndimGot %d' % source) from None
    try:
        dst = [int(a) for a in normalize_axis_tuple(destination, ndim)]
    except IndexError:
        raise ValueError('Destination should verify 0 <= destination < tensor.ndim (%d).' % ndim,
                         'Got %d' % destination) from None
    if len(src) != len(dst):
        raise ValueError('`source` and `destination` arguments must have the same number of elements')
    order = [a for a in range(ndim) if a not in src]
    for d, s in sorted(zip(dst, src)):
        order.insert(d, s)
    return OPS["transpose"](tensor, axes=tuple(order))



# MXNet registers no gradient for these: a backward through one of them fails
khatri_rao.nondifferentiable = True
fill_element_0index.nondifferentiable = True
fill_element_0index.runs_sparse_inputs = on_stored_values
batch_take.nondifferentiable = True
histogram.nondifferentiable = True
