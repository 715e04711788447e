"""Contributed operators (``nd.contrib.*``), registered under MXNet's ``_contrib_<name>`` names.

Resizing, adaptive pooling and ROIAlign are separable: each output is ``Wy @ x @ Wx.T`` with small
1-D weight matrices, so the backward is the same product transposed.
"""
import math

import numpy as np

from ..base import MXNetError, located, message_of, negative_size_text
from .ops_conv import shape_attr, _flag
from .ops_elemwise import libm_f32, libm_f64
from .ops_misc import _C_TYPE_NAMES
from .ops_reduce import c_divide as _c_divide
from .ops_linalg import _gemm as blas_gemm
from . import cblas
from .creation import range_terms
from .failures import backward_kernel_error, state_refusal
from .ops_shape import no_bool
from .ops_vision import _check_float, check_choice, check_spatial_scale, roi_shapes, roi_types
from ..io.text_float import double_attr, parse_float32
from ..util import is_np_shape
from .shape_text import OperatorMessage, inference_failure, legacy_dim, provided
from .failures import KernelError, is_failed_head, real_switch_refusal, refuse_negative_dims
from .ndarray import _DTYPE_NP_TO_MX
from .registry import OPS, defop, inferred_type_name


def _c(name):
    return "_contrib_" + name


def float_attr(value):
    """A float attribute as MXNet holds it: the text of the value read by its (not correctly rounded) parser."""
    if isinstance(value, (str, float, np.floating)):
        parsed = parse_float32(str(value))
        if parsed is not None:
            return parsed
    return np.float32(value)


# ---- masking, copying, index helpers ------------------------------------------------------
def _mask_rows(data, index, axis):
    """The rows kept; the checks of MXNet's kernel (its output shape is found as it runs, so a graph's error names
    no node)."""
    if int(axis) != 0:
        raise state_refusal(f"Check failed: axis == 0 ({int(axis)} vs. 0) : Not supported yet")
    index = np.asarray(index)
    rows = index.shape[0] if index.ndim else 1
    if rows != data.shape[0]:
        raise state_refusal(f"Check failed: data.shape()[axis] == idx.shape()[0] ({data.shape[0]} vs. {rows}) : ")
    if index.ndim != 1:
        raise state_refusal(f"Check failed: idx.shape().ndim() == 1U ({index.ndim} vs. 1) : ")
    return index != 0


@defop(_c("boolean_mask"))
def boolean_mask(data, index, *, axis=0):
    """The rows of ``data`` whose ``index`` entry is non-zero."""
    keep = _mask_rows(data, index, axis)
    if data.ndim == 1 and not keep.any():       # a legacy shape (0,) reads as unknown in MXNet
        raise MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown.")
    return data[keep]


boolean_mask.opaque_shapes = True        # its output's length depends on the mask's values: no inferred shape


def _mask_into_out(inputs, attrs, out):
    """boolean_mask given out=: inference checks out='s type only; the kernel then refuses what it refuses when the
    result is read, or writes the rows into out='s buffer from its start, whatever out='s shape."""
    data = inputs[0]
    if out.dtype != data.dtype:
        raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(out.dtype)}, inferred type = "
                         f"{inferred_type_name(data.dtype)}")
    try:
        rows = boolean_mask.fwd(*inputs, **attrs)
    except MXNetError as e:
        raise KernelError(message_of(e), out.copy()) from None
    written = out.copy()
    flat = written.reshape(-1)
    flat[:rows.size] = rows.reshape(-1)[:flat.size]
    return written


boolean_mask.into_out = _mask_into_out


@boolean_mask.grad
def _(dy, out, data, index, *, axis=0):
    g = np.zeros(data.shape, dtype=dy.dtype)
    g[_mask_rows(data, index, axis)] = dy
    return g, None


def _rows(index_vector, n):
    """The rows index_copy's kernel names (truncated to integers) and which of them lie within the ``n`` rows: MXNet
    checks none, an index outside writing (and its gradient reading) memory beyond the array."""
    idx = np.asarray(index_vector).reshape(-1).astype(np.int64)
    return idx, (idx >= 0) & (idx < n)


def _index_copy_shapes(old, index, new):
    """MXNet's shape inference of index_copy: new rows of the old tensor's shape, one per index."""
    if len(old) != len(new):
        raise MXNetError(f"Check failed: in_attrs->at(0).ndim() == in_attrs->at(2).ndim() ({len(old)} vs. "
                         f"{len(new)}) : ")
    for i, (o, n) in enumerate(zip(old, new)):
        if i == 0 and o < n:
            raise MXNetError(f"Check failed: in_attrs->at(0)[i] >= in_attrs->at(2)[i] ({o} vs. {n}) : ")
        if i > 0 and o != n:
            raise MXNetError(f"Check failed: in_attrs->at(0)[i] == in_attrs->at(2)[i] ({o} vs. {n}) : ")
    if index[0] != new[0]:
        raise MXNetError(f"Check failed: in_attrs->at(1)[0] == in_attrs->at(2)[0] ({index[0]} vs. {new[0]}) : ")


@defop(_c("index_copy"))
def index_copy(old_tensor, index_vector, new_tensor):
    """A copy of ``old_tensor`` whose rows ``index_vector`` are replaced by the rows of ``new_tensor``."""
    no_bool("index_copy", old_tensor, index_vector)     # (the index type is switched on too)
    if np.ndim(index_vector) != 1:
        raise MXNetError(f"Check failed: in_attrs->at(1).ndim() == 1 ({np.ndim(index_vector)} vs. 1) : ")
    _index_copy_shapes(old_tensor.shape, np.shape(index_vector), new_tensor.shape)
    idx, inside = _rows(index_vector, old_tensor.shape[0])
    out = old_tensor.copy()
    if new_tensor.dtype != old_tensor.dtype:      # the kernel reads new_tensor as old_tensor's type
        raise KernelError("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data "
                          f"type do not match specified type.Expected: {_c_type(new_tensor.dtype)} v.s. given "
                          f"{_c_type(old_tensor.dtype)}", out)
    out[idx[inside]] = new_tensor[inside]
    return out


@index_copy.grad
def _(dy, out, old_tensor, index_vector, new_tensor):
    idx, inside = _rows(index_vector, old_tensor.shape[0])
    g_old = np.array(dy, copy=True)
    g_old[idx[inside]] = 0
    g_new = np.zeros((len(idx),) + dy.shape[1:], dtype=dy.dtype)
    g_new[inside] = dy[idx[inside]]
    return g_old, None, g_new


@defop(_c("index_array"))
def index_array(data, *, axes=None):
    """An int64 array of shape ``data.shape + (len(axes),)`` holding each element's index."""
    ndim = data.ndim
    # MXNet wraps any axis into range (7 of 2 axes is axis 1, -5 of 4 is axis 3): it refuses none
    axes = range(ndim) if axes is None else [int(a) for a in np.atleast_1d(axes)]
    if not ndim or not axes:
        return np.zeros(data.shape + (0,), np.int64)
    grids = np.indices(data.shape, dtype=np.int64)
    return np.stack([grids[a % ndim] for a in axes], axis=-1)


def _repeat_index(n, repeat):
    """Position i's value index i / repeat, divided as C divides (truncating: a negative repeat counts down)."""
    index = np.arange(n) // abs(repeat)
    return -index if repeat < 0 else index


def _real_axis(axis, ndim):
    """``axis`` counted from the front, as MXNet's arange_like checks it."""
    real = axis + ndim if axis < 0 else axis
    if not 0 <= real < ndim:
        raise MXNetError(f"Check failed: real_axis >=0 && real_axis < (*in_attrs)[0].ndim(): cannot handle "
                         f"param.axis {axis}.")
    return real


@defop(_c("arange_like"))
def arange_like(data, *, start=0.0, step=1.0, repeat=1, ctx=None, axis=None):
    """``start, start+step, ...`` shaped like ``data`` (or of length ``data.shape[axis]``), each value ``repeat`` times."""
    n = data.size if axis is None else data.shape[_real_axis(int(axis), data.ndim)]
    if data.dtype == np.bool_:
        error = KernelError("Unknown type enum 7", None)
        error.before_sizes = True       # (its kernel's type switch comes before it sizes its output)
        raise error
    start, step = double_attr(start), double_attr(step)
    if data.dtype.kind == "f" and data.dtype != np.float16:      # in the data's type: float arithmetic for float32
        t = data.dtype.type
        values = t(start) + t(step) * _repeat_index(n, int(repeat)).astype(data.dtype)
    else:
        start_t, step_t = range_terms(start, step, data.dtype)
        values = (_repeat_index(n, int(repeat)).astype(data.dtype) * step_t + start_t).astype(data.dtype)
    return values.reshape(data.shape) if axis is None else values


# ---- elementwise --------------------------------------------------------------------------
@defop(_c("quadratic"))
def quadratic(data, *, a=0.0, b=0.0, c=0.0):
    """``a * data**2 + b * data + c``, as MXNet's kernel: Horner's form with float32 coefficients (float16
    data: each step in float32, rounded to half)."""
    no_bool("quadratic", data)
    a, b, c = float_attr(a), float_attr(b), float_attr(c)
    if data.dtype == np.float16:
        half, x = np.float16, data.astype(np.float32)
        step = (a * x).astype(half).astype(np.float32) + b
        step = (x * step.astype(half).astype(np.float32)).astype(half).astype(np.float32) + c
        return step.astype(half)
    if data.dtype.kind == "f":
        t = data.dtype.type
        return data * (t(a) * data + t(b)) + t(c)
    return (a * data * data + b * data + c).astype(data.dtype, copy=False)


@quadratic.grad
def _(dy, out, data, *, a=0.0, b=0.0, c=0.0):
    # MXNet's kernel: dy * (2a * x + b) with float 2a and b, each step in the data's type (half: via float)
    two_a, b = np.float32(2) * float_attr(a), float_attr(b)
    if data.dtype == np.float16:
        slope = (two_a * data.astype(np.float32)).astype(np.float16)
        return dy * (slope.astype(np.float32) + b).astype(np.float16)
    if data.dtype.kind == "f":
        t = data.dtype.type
        return dy * (t(two_a) * data + t(b))
    return dy * (2 * a * data + b)


@defop(_c("div_sqrt_dim"))
def div_sqrt_dim(data):
    """``data`` divided by the square root of its last dimension."""
    no_bool("div_sqrt_dim", data)
    return _divided_by_root(data, data.shape[-1])


def _divided_by_root(values, d):
    """``values`` / sqrt(d) as MXNet's kernels take it: the root in the values' type (for integers, C division by
    int(sqrt(d)))."""
    if values.dtype.kind in "iu":
        return _c_divide(values, values.dtype.type(int(np.sqrt(d))))
    return (values / np.sqrt(d)).astype(values.dtype, copy=False)


@div_sqrt_dim.grad
def _(dy, out, data):
    return _divided_by_root(dy, data.shape[-1])


@defop(_c("gradientmultiplier"))
def gradientmultiplier(data, *, scalar=1.0, is_int=True):
    """The identity forward; the backward multiplies the gradient by ``scalar``."""
    return data.copy()


@gradientmultiplier.grad
def _(dy, out, data, *, scalar=1.0, is_int=True):
    if dy.dtype == np.bool_:        # the backward kernel's type switch has no bool case
        backward_kernel_error("gradientmultiplier backward: Unknown type enum 7")
        return np.zeros(dy.shape, dy.dtype)
    return dy * dy.dtype.type(double_attr(scalar))      # the scalar in the gradient's type, as the kernel takes it


@defop(_c("backward_gradientmultiplier"))
def backward_gradientmultiplier(data, *, scalar=1.0, is_int=True):
    """gradientmultiplier's backward, public as in MXNet: ``_mul_scalar`` itself (its types, ``is_int`` and all)."""
    return OPS["_mul_scalar"].fwd(data, scalar=scalar, is_int=is_int)


backward_gradientmultiplier.nondifferentiable = True     # MXNet registers no gradient: a backward through it fails


def _c_type(dtype):
    return _C_TYPE_NAMES.get(dtype.name, "float" if dtype == np.float32 else dtype.name)


@defop(_c("allclose"))
def allclose(a, b, *, rtol=1e-5, atol=1e-8, equal_nan=True):
    """A 0-d uint8 array: 1 when ``|a - b| <= atol + rtol * |b|`` everywhere."""
    if a.shape != b.shape:
        raise inference_failure(_c("allclose"), (a.shape, b.shape), [()])
    if a.dtype == np.bool_:     # (no bool kernel: its uint8 result fails when read)
        raise KernelError("Unknown type enum 7", np.zeros((), np.uint8))
    if b.dtype != a.dtype:      # MXNet's kernel reads b as a's type
        raise KernelError("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data "
                          f"type do not match specified type.Expected: {_c_type(b.dtype)} v.s. given {_c_type(a.dtype)}",
                          np.zeros((), np.uint8))
    # MXNet's kernel: the difference in the arrays' type (C ints for integers), the tolerance from float
    # rtol/atol in float (double for float64); equal values (infinities too) are close; a NaN is close only
    # to a NaN, and only with equal_nan
    wide = np.float64 if a.dtype == np.float64 else np.float32
    if a.dtype.kind in "iub":
        a, b = a.astype(np.int64), b.astype(np.int64)
    with np.errstate(all="ignore"):
        diff = np.where(a > b, a - b, b - a).astype(wide)
        tol = wide(np.float32(atol)) + wide(np.float32(rtol)) * np.abs(b.astype(wide))
        close = (a == b) | (diff <= tol)
    if a.dtype.kind == "f":
        nan_a, nan_b = np.isnan(a), np.isnan(b)
        close = np.where(nan_a | nan_b, _flag(equal_nan) & (nan_a == nan_b), close)
    return np.array(int(close.all()), dtype=np.uint8)


# ---- resizing and pooling -----------------------------------------------------------------
def _bilinear_axis(n_in, n_out, align_corners):
    """MXNet's kernel along one axis: each output's low source index, the step to the high one (0 at the
    edge) and the high one's weight; positions in float (align_corners=False: the centre offset in double)."""
    f = np.float32
    if align_corners:
        scale = f(n_in - 1) / f(n_out - 1) if n_out > 1 else f(0)
        src = scale * np.arange(n_out, dtype=f)
    else:       # a single output reads the first source (MXNet's scale is 0 then)
        scale = f(n_in) / f(n_out) if n_out > 1 else f(0)
        src = np.maximum(float(scale) * (np.arange(n_out) + 0.5) - 0.5, 0).astype(f)
    low = src.astype(np.int64)
    return low, (low < n_in - 1).astype(np.int64), src - low.astype(f)


def _spatial_axes(shape):
    """MXNet's shape inference of NCHW operators reads axes 2 and 3: data with fewer fails its index check."""
    if len(shape) < 4:
        index = 2 if len(shape) <= 2 else 3
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {index} must be in range [0, {len(shape)})")


def _float_only(data, *results):
    """A kernel's type switch taking floats only: for other types the call gives placeholders ``results`` whose
    reading raises its refusal."""
    if data.dtype.kind != "f":
        raise KernelError(real_switch_refusal(None, data.dtype), results if len(results) > 1 else results[0])


def _float_kernel(data, out_hw):
    """The type switch of MXNet's NCHW resizing kernels (before their 4-D check)."""
    _float_only(data, np.zeros(data.shape[:2] + tuple(out_hw) + data.shape[4:], data.dtype))


def _refused_backward(data, out, header, line, bool_line):
    """Whether a resizing backward kernel refuses ``data``: its type switch (at ``line`` of contrib's ``header``;
    bool meets an outer switch at ``bool_line``, with no bool case), then its 4-D read. Given the head gradient it
    fails on its own, writing no gradient."""
    if data.dtype.kind == "f" and data.ndim == 4:
        return False
    if data.dtype.kind != "f":
        site = ("../src/operator/contrib/" + header, bool_line if data.dtype == np.bool_ else line)
        message = OperatorMessage(real_switch_refusal(None, data.dtype), site=site)
    else:
        message = (f"Check failed: dim == ndim() (4 vs. {data.ndim}) : dimension do not match target dimension 4 vs "
                   f"{data.ndim}")
    backward_kernel_error(message, own=is_failed_head(out))
    return True


def _four_axes(data, out_hw):
    """The check of MXNet's NCHW kernels, which take their data as 4-D tensors. Their shape inference passes
    more axes on (only axes 2 and 3 become ``out_hw``), so the check fails in the kernel, when read."""
    if data.ndim != 4:
        result = np.zeros(data.shape[:2] + tuple(out_hw) + data.shape[4:], data.dtype)
        raise KernelError(f"Check failed: dim == ndim() (4 vs. {data.ndim}) : dimension do not match target "
                          f"dimension 4 vs {data.ndim}", result)


def _resize_inputs(data, like, mode):
    """BilinearResize2D's input checks in MXNet's order: the count for the mode, then known shapes and axes."""
    if (like is not None) != (mode == "like"):
        given, wanted = (2, 1) if like is not None else (1, 2)
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator "
                         f"_contrib_BilinearResize2D expects {wanted} inputs, but got {given} instead.")
    if legacy_unknown(data.shape):
        raise inference_failure(_c("BilinearResize2D"), (data.shape,), [None])
    _spatial_axes(data.shape)


def _resize_dims(data, like, height, width, scale_height, scale_width, mode):
    h, w = data.shape[2:4]
    if mode in ("size", "odd_scale") and (scale_height is not None or mode == "odd_scale") and None in (
            scale_height, scale_width):     # MXNet reads both scales once it reads one (or in odd_scale)
        raise located(MXNetError("bad optional access"), ("", 0))     # (a C++ exception of no source line)
    if mode == "size":      # (a scale_width without scale_height is ignored, as in MXNet)
        return (int(h * scale_height), int(w * scale_width)) if scale_height is not None else (int(height),
                                                                                             int(width))
    if mode == "like":
        _spatial_axes(like.shape)
        return like.shape[2:4]
    if mode == "odd_scale":
        return tuple(int((n - 1) * s + 1) if n % 2 else int(n * s)
                     for n, s in ((h, scale_height), (w, scale_width)))
    step = {"to_even_down": lambda n: n - n % 2, "to_even_up": lambda n: n + n % 2,
            "to_odd_down": lambda n: n if n % 2 else n - 1, "to_odd_up": lambda n: n if n % 2 else n + 1}
    if mode not in step:
        raise MXNetError(f"BilinearResize2D: unknown mode {mode!r}; use one of size, like, odd_scale, "
                         f"{', '.join(step)}")
    return step[mode](h), step[mode](w)


def _resize_plan(data, like, height, width, scale_height, scale_width, mode, align_corners):
    oh, ow = _resize_dims(data, like, height, width, scale_height, scale_width, mode)
    refuse_negative_dims((oh, ow), np.zeros(data.shape[:2] + (max(oh, 0), max(ow, 0)), data.dtype))
    ac = _flag(align_corners)
    return _bilinear_axis(data.shape[2], oh, ac), _bilinear_axis(data.shape[3], ow, ac)


def _corner_weights(ys, xs, dtype):
    """The four neighbours' weights (h0 w0, h0 w1, h1 w0, h1 w1 parts) in the data's type."""
    t = np.dtype(dtype).type
    h1, w1 = ys[2].astype(dtype)[:, None], xs[2].astype(dtype)[None, :]
    return t(1) - h1, h1, t(1) - w1, w1


@defop(_c("BilinearResize2D"))
def bilinear_resize(data, like=None, *, height=1, width=1, scale_height=None, scale_width=None, mode="size",
                    align_corners=True):
    """Resize NCHW ``data`` by bilinear interpolation (corners aligned by default), as MXNet's kernel:
    h0 (w0 p00 + w1 p01) + h1 (w0 p10 + w1 p11) in the data's type."""
    _resize_inputs(data, like, mode)
    ys, xs = _resize_plan(data, like, height, width, scale_height, scale_width, mode, align_corners)
    _float_kernel(data, (len(ys[0]), len(xs[0])))
    _four_axes(data, (len(ys[0]), len(xs[0])))
    if (len(ys[0]), len(xs[0])) == data.shape[2:]:
        return data.copy()
    (r, dr, _), (c, dc, _) = ys, xs
    r, dr, c, dc = r[:, None], dr[:, None], c[None, :], dc[None, :]
    h0, h1, w0, w1 = _corner_weights(ys, xs, data.dtype)
    return (h0 * (w0 * data[:, :, r, c] + w1 * data[:, :, r, c + dc])
            + h1 * (w0 * data[:, :, r + dr, c] + w1 * data[:, :, r + dr, c + dc]))


@bilinear_resize.grad
def _(dy, out, data, like=None, *, height=1, width=1, scale_height=None, scale_width=None, mode="size",
      align_corners=True, onto=(None, None)):
    if _refused_backward(data, out, "bilinear_resize-inl.h", 235, 230):
        return np.zeros_like(data), None if like is None else np.zeros_like(like)
    ys, xs = _resize_plan(data, like, height, width, scale_height, scale_width, mode, align_corners)
    start = onto[0]         # an 'add' buffer the kernel adds into (see autograd's _added_by_the_kernel)
    if dy.shape[2:] == data.shape[2:]:     # (a copy: like's buffer is left as it was)
        return (dy.copy() if start is None else start + dy), None
    (r, dr, _), (c, dc, _) = ys, xs
    h0, h1, w0, w1 = _corner_weights(ys, xs, dy.dtype)
    w = data.shape[3]
    base = (r[:, None] * w + c[None, :])[..., None]
    # MXNet adds each output's four shares in output order: the ordered indices keep that order per pixel
    where = np.concatenate([base, base + dc[None, :, None], base + (dr * w)[:, None, None],
                            base + (dr * w)[:, None, None] + dc[None, :, None]], axis=-1).reshape(-1)
    weights = np.stack([h0 * w0, h0 * w1, h1 * w0, h1 * w1], axis=-1)
    shares = (weights[None, None] * dy[..., None]).reshape(dy.shape[0] * dy.shape[1], -1)
    g = np.zeros((shares.shape[0], data.shape[2] * w), dy.dtype) if start is None else \
        np.array(start, dy.dtype).reshape(shares.shape[0], -1)
    np.add.at(g, (slice(None), where), shares)
    # the kernel zeroes like's gradient, whatever the request (see autograd's _ADD_REQUESTS)
    return g.reshape(data.shape), None if like is None else np.zeros_like(like)


bilinear_resize.out_type_unchecked = True


def _adaptive_bins(n_in, n_out):
    """Each adaptive pooling bin's first index and length along one axis (bins may overlap)."""
    lo = np.arange(n_out) * n_in // n_out
    hi = -(-(np.arange(1, n_out + 1) * n_in) // n_out)
    return lo, hi - lo


def _adaptive_grid(data, output_size):
    if -1 in map(legacy_dim, data.shape):       # (its inference stops there, before reading the rank)
        raise inference_failure("_contrib_AdaptiveAvgPooling2D", [data.shape], [None])
    _spatial_axes(data.shape)
    size = output_size
    if isinstance(size, (tuple, list)) and len(size) == 1:
        size = size[0]
    elif isinstance(size, (tuple, list)) and len(size) > 2:       # MXNet pools globally then
        size = ()
    oh, ow = shape_attr(size, 2, 1, "output_size", "AdaptiveAvgPooling2D")
    refuse_negative_dims((oh, ow), np.zeros(data.shape[:2] + (max(oh, 0), max(ow, 0)), data.dtype))
    return _adaptive_bins(data.shape[2], oh), _adaptive_bins(data.shape[3], ow)


@defop(_c("AdaptiveAvgPooling2D"))
def adaptive_avg_pool(data, *, output_size=()):
    """Average NCHW ``data`` over ``output_size`` bins (default 1x1: global average pooling), as MXNet's
    kernel: each bin summed in row-major order, then divided by its width, then by its height."""
    (h0, kh), (w0, kw) = _adaptive_grid(data, output_size)
    _float_kernel(data, (len(h0), len(w0)))
    _four_axes(data, (len(h0), len(w0)))
    out = np.empty(data.shape[:2] + (len(h0), len(w0)), data.dtype)
    t = data.dtype.type
    for bh in np.unique(kh):            # bins of one size at a time, all offsets of the window in order
        for bw in np.unique(kw):
            rows, cols = np.flatnonzero(kh == bh), np.flatnonzero(kw == bw)
            ii = h0[rows][:, None, None] + np.repeat(np.arange(bh), bw)       # (bins, bins, window) indices
            jj = w0[cols][None, :, None] + np.tile(np.arange(bw), bh)
            total = np.cumsum(data[:, :, ii, jj], axis=-1)[..., -1]          # a running sum: in order
            out[:, :, rows[:, None], cols[None, :]] = total / t(bw) / t(bh)
    return out


@adaptive_avg_pool.grad
def _(dy, out, data, *, output_size=(), onto=(None,)):
    if _refused_backward(data, out, "adaptive_avg_pooling-inl.h", 115, 111):
        return np.zeros_like(data)
    (h0, kh), (w0, kw) = _adaptive_grid(data, output_size)
    # the backward divides by the bin's height first (the forward by its width first)
    share = dy / kh.astype(dy.dtype)[None, None, :, None] / kw.astype(dy.dtype)[None, None, None, :]
    start = onto[0]         # an 'add' buffer the kernel adds into (see autograd's _added_by_the_kernel)
    if not (len(h0) and len(w0)):      # an empty output: no bin reads the data
        return (np.zeros(data.shape, dy.dtype) if start is None else np.array(start, dy.dtype),)
    if start is None and data.shape[2] % len(h0) == 0 and data.shape[3] % len(w0) == 0:     # bins do not overlap
        return (np.repeat(np.repeat(share, kh[0], axis=2), kw[0], axis=3),)
    g = np.zeros(data.shape, dy.dtype) if start is None else np.array(start, dy.dtype)
    for i, (r, nr) in enumerate(zip(h0, kh)):       # MXNet adds the bins' shares in row-major bin order
        for j, (c, nc) in enumerate(zip(w0, kw)):
            g[:, :, r:r + nr, c:c + nc] += share[:, :, i:i + 1, j:j + 1]
    return (g,)


adaptive_avg_pool.out_type_unchecked = True


# ---- ROIAlign ---------------------------------------------------------------------------------
def _roi_axis(start, bin_len, pooled, grid, size, f):
    """Sample coordinates along one axis in MXNet's float order, (pooled, grid) each: whether inside
    [-1, size], the low and high pixel, and the weights of the high and low pixel."""
    pos = (start + np.arange(pooled, dtype=f)[:, None] * bin_len) \
        + (np.arange(grid, dtype=f)[None, :] + f(0.5)) * bin_len / f(grid)
    inside = (pos >= -1.0) & (pos <= size)
    pos = np.maximum(pos, f(0))
    low = np.floor(pos).astype(np.int64)
    edge = low >= size - 1
    low = np.where(edge, size - 1, low)
    high = np.where(edge, size - 1, low + 1)
    pos = np.where(edge, low.astype(f), pos)
    frac = (pos - low.astype(f)).astype(f)
    return inside, low, high, frac, (f(1) - frac).astype(f)


def _roi_samples(roi, shape, pooled_size, spatial_scale, sample_ratio, aligned):
    """One ROI's bilinear samples as MXNet's kernel takes them: flat pixel positions and float weights of
    the four neighbours, each (ph, pw, grid_h, grid_w), the validity mask and the sample count."""
    ph, pw = shape_attr(pooled_size, 2, 1, "pooled_size", "ROIAlign")
    f = roi.dtype.type
    offset = f(0.5) if _flag(aligned) else f(0)
    scale = f(float_attr(spatial_scale))
    x1, y1, x2, y2 = (v * scale - offset for v in roi[1:5])
    rw, rh = x2 - x1, y2 - y1
    if not _flag(aligned):
        rw, rh = max(rw, f(1)), max(rh, f(1))
    gh = int(sample_ratio) if sample_ratio > 0 else int(np.ceil(rh / f(ph)))
    gw = int(sample_ratio) if sample_ratio > 0 else int(np.ceil(rw / f(pw)))
    height, width = shape[2:]
    iy, ylo, yhi, ly, hy = (a[:, None, :, None] for a in _roi_axis(y1, rh / f(ph), ph, max(gh, 0), height, f))
    ix, xlo, xhi, lx, hx = (a[None, :, None, :] for a in _roi_axis(x1, rw / f(pw), pw, max(gw, 0), width, f))
    valid = iy & ix
    pos = [np.where(valid, r * width + c, 0) for r, c in ((ylo, xlo), (ylo, xhi), (yhi, xlo), (yhi, xhi))]
    weights = [np.where(valid, a * b, f(0)) for a, b in ((hy, hx), (hy, lx), (ly, hx), (ly, lx))]
    return pos, weights, valid, f(gh * gw)


def _roi_each(data, rois, attrs):
    """Yield ``(k, batch, samples)`` for every ROI with a valid batch index."""
    for k, roi in enumerate(rois.astype(data.dtype, copy=False)):
        b = int(roi[0])
        if b < 0:
            continue
        if b >= data.shape[0]:
            raise MXNetError(f"ROIAlign: roi {k} names batch {b} but data has {data.shape[0]} images")
        yield k, b, _roi_samples(roi, data.shape, **attrs)


def _ps_channels(c, ph, pw):
    """For position-sensitive pooling: the input channel behind each (out channel, bin)."""
    co = c // (ph * pw)
    return (np.arange(co)[:, None, None] * ph * pw + np.arange(ph)[None, :, None] * pw
            + np.arange(pw)[None, None, :]), co


def _roi_channels(c, pooled_size, position_sensitive):
    """The input channel of every (out channel, bin), (C_out, ph, pw) or (C, 1, 1), and C_out."""
    ph, pw = shape_attr(pooled_size, 2, 1, "pooled_size", "ROIAlign")
    if _flag(position_sensitive):
        left = int(math.fmod(legacy_dim(c), ph * pw))     # (C's remainder: -1 for legacy shapes' unknown 0)
        if left:
            raise MXNetError(f"Check failed: dshape[1] % (param.pooled_size[0]*param.pooled_size[1]) == 0 "
                             f"({left} vs. 0) : Input channels should be divided by "
                             "pooled_size[0]*pooled_size[1]when position_sensitive is true.")
        return _ps_channels(c, ph, pw)
    return np.arange(c)[:, None, None], c


def _roi_align_attrs(attrs):
    """ROIAlign's parameter checks: spatial_scale within [0, 1] (its pooled_size's are param_text's)."""
    if "spatial_scale" in attrs:
        check_spatial_scale("_contrib_ROIAlign", attrs["spatial_scale"])


@defop(_c("ROIAlign"))
def roi_align(data, rois, *, pooled_size, spatial_scale, sample_ratio=-1, position_sensitive=False,
              aligned=False):
    """Bilinearly sampled average of each ROI over a ``pooled_size`` grid of bins."""
    _roi_align_attrs(dict(spatial_scale=spatial_scale, pooled_size=pooled_size))
    refuse_negative_dims(shape_attr(pooled_size, 2, 1, "pooled_size", "ROIAlign"))
    roi_shapes(data.shape, rois.shape, unsigned=False)
    chans, co = _roi_channels(data.shape[1], pooled_size, position_sensitive)
    roi_types(data, rois)
    attrs = dict(pooled_size=pooled_size, spatial_scale=spatial_scale, sample_ratio=sample_ratio, aligned=aligned)
    ph, pw = shape_attr(pooled_size, 2, 1, "pooled_size", "ROIAlign")
    if data.dtype.kind != "f":      # the kernel's type switch: shown when the result is read
        raise KernelError(real_switch_refusal(None, data.dtype), np.zeros((rois.shape[0], co, ph, pw), data.dtype))
    out = np.zeros((rois.shape[0], co, ph, pw), dtype=data.dtype)
    for k, b, (pos, weights, _, count) in _roi_each(data, rois, attrs):
        flat = data[b].reshape(data.shape[1], data.shape[2] * data.shape[3])
        acc = np.zeros((co, ph, pw), dtype=data.dtype)
        for i in range(pos[0].shape[2]):          # MXNet's order: samples row by row, the four neighbours
            for j in range(pos[0].shape[3]):      # summed left to right before joining the bin's total
                term = None
                for p, w in zip(pos, weights):
                    part = w[None, :, :, i, j] * flat[chans, p[None, :, :, i, j]]
                    term = part if term is None else term + part
                acc = acc + term
        out[k] = acc / count
    # MXNet's kernel skips an ROI of a negative batch index after zeroing the output at the ROI's own index
    # counted over the whole output (an element of an earlier ROI's bins), leaving its bins unwritten
    skipped = [k for k, roi in enumerate(rois.astype(data.dtype, copy=False)) if int(roi[0]) < 0]
    out.reshape(-1)[skipped] = 0
    return out


@roi_align.grad
def _(dy, out, data, rois, *, pooled_size, spatial_scale, sample_ratio=-1, position_sensitive=False,
      aligned=False, onto=(None, None)):
    if data.dtype.kind != "f":      # the backward kernel's type switch: given the head gradient, it fails itself
        backward_kernel_error(OperatorMessage(real_switch_refusal(None, data.dtype),
                                              site=("../src/operator/contrib/roi_align.cc", 533)),
                              own=is_failed_head(out))
        return np.zeros_like(data), None
    attrs = dict(pooled_size=pooled_size, spatial_scale=spatial_scale, sample_ratio=sample_ratio, aligned=aligned)
    chans, co = _roi_channels(data.shape[1], pooled_size, position_sensitive)
    g = np.zeros(data.shape, dtype=dy.dtype) if onto[0] is None else np.array(onto[0], dy.dtype)
    flat = g.reshape(-1)
    plane = data.shape[2] * data.shape[3]
    for k, b, (pos, weights, valid, count) in _roi_each(data, rois, attrs):
        top = dy[k][..., None, None]                                  # (C, ph, pw, 1, 1)
        chan = np.broadcast_to(chans[..., None, None], top.shape)
        base = (b * data.shape[1] + chan) * plane
        # MXNet adds (top * w) / count for each bin, sample and neighbour in turn: np.add.at keeps that order
        vals = np.stack([np.broadcast_to((top * w) / count, (co,) + valid.shape) for w in weights], -1)
        idx = np.stack([np.broadcast_to(base + p, (co,) + valid.shape) for p in pos], -1)
        keep = np.broadcast_to(valid[None, ..., None], idx.shape)
        np.add.at(flat, idx[keep], vals[keep].astype(dy.dtype, copy=False))
    return g, None


# ---- boxes ------------------------------------------------------------------------------------
_FORMATS = ("corner", "center")


def legacy_unknown(*shapes):
    """Whether an input shape has a 0 dimension, which MXNet's legacy shape semantics read as unknown: its shape
    inference then fails before any check of types or values."""
    return not is_np_shape() and any(0 in shape for shape in shapes)


def _same_types(*arrays):
    """MXNet's type inference for inputs of one type (ElemwiseType): each must have the first's."""
    want = arrays[0].dtype
    for i, a in enumerate(arrays[1:], 1):
        if a.dtype != want:
            raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {i}-th input: "
                             f"expected {want.name}, got {a.dtype.name}")


def _to_corner(boxes, fmt, op):
    """Boxes (..., 4) as [xmin, ymin, xmax, ymax]."""
    if fmt not in _FORMATS:
        raise MXNetError(f"{op}: unknown box format {fmt!r}; use 'corner' or 'center'")
    if fmt == "corner":
        return boxes
    x, y, w, h = np.moveaxis(boxes, -1, 0)
    return np.stack([x - w / 2, y - h / 2, x + w / 2, y + h / 2], axis=-1)


def _to_center(boxes):
    x1, y1, x2, y2 = np.moveaxis(boxes, -1, 0)
    return np.stack([(x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1], axis=-1)


def _iou(a, b):
    """IoU of every corner box in ``a`` (..., 4) with every one in ``b`` (..., 4) as MXNet's kernel takes it: edges
    by C's ternaries (a NaN edge loses to the other box's), no overlap 0, an inverted box's area 0."""
    a = a.reshape(a.shape[:-1] + (1,) * (b.ndim - 1) + (4,))

    def overlap(i):
        left = np.where(a[..., i] > b[..., i], a[..., i], b[..., i])
        right = np.where(a[..., i + 2] < b[..., i + 2], a[..., i + 2], b[..., i + 2])
        return np.where(right - left > 0, right - left, 0).astype(a.dtype)

    def area(box):
        w, h = box[..., 2] - box[..., 0], box[..., 3] - box[..., 1]
        return np.where((w < 0) | (h < 0), 0, w * h).astype(a.dtype)

    inter = overlap(0) * overlap(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(inter <= 0, 0, inter / (area(a) + area(b) - inter))


def check_box_iou_shapes(lhs, rhs):
    """box_iou's checks of each side's rank, then its width (an unknown size is -1; a side None is not checked)."""
    for side, shape in (("lhs", lhs), ("rhs", rhs) if rhs is not None else ("lhs", lhs)):
        if len(shape) < 2:
            raise MXNetError(f"Check failed: {side[0]}shape.ndim() >= 2 ({len(shape)} vs. 2) : {side} must have "
                             f"dim >= 2 {len(shape)} provided")
        width = legacy_dim(shape[-1])
        if width != 4:
            raise MXNetError(f"Check failed: {side[0]}dim == 4 ({width} vs. 4) : last dimension of {side} must "
                             f"be 4 {width} provided")


@defop(_c("box_iou"))
def box_iou(lhs, rhs, *, format="corner"):
    """Intersection-over-union of every box in ``lhs`` with every box in ``rhs``: shape lhs[:-1] + rhs[:-1]."""
    box_iou.check_attrs(dict(format=format))
    check_box_iou_shapes(lhs.shape, rhs.shape)
    if legacy_unknown(lhs.shape, rhs.shape):
        return _iou(lhs, rhs)       # empty: refused after the call, as MXNet's shape inference refuses it first
    _same_types(lhs, rhs)
    _float_only(lhs, np.zeros(lhs.shape[:-1] + rhs.shape[:-1], lhs.dtype))
    if format == "center":
        return _center_iou(lhs, rhs).astype(lhs.dtype)
    return _iou(_to_corner(lhs, format, "box_iou"), _to_corner(rhs, format, "box_iou")).astype(lhs.dtype)


def _center_iou(a, b):
    """IoU of every centre-format box in ``a`` with every one in ``b`` as MXNet's kernel rounds it: the edges
    as x -/+ w / 2, the areas straight from the stored widths and heights."""
    a = a.reshape(a.shape[:-1] + (1,) * (b.ndim - 1) + (4,))
    two = a.dtype.type(2)

    def overlap(i):     # C's ternaries in MXNet's operand order: a NaN edge loses to the other box's edge
        ah, bh = a[..., i + 2] / two, b[..., i + 2] / two
        al, ar, bl, br = a[..., i] - ah, a[..., i] + ah, b[..., i] - bh, b[..., i] + bh
        side = np.where(br < ar, br, ar) - np.where(bl > al, bl, al)
        return np.where(side > 0, side, 0).astype(a.dtype)

    def area(box):
        return np.where((box[..., 2] < 0) | (box[..., 3] < 0), 0, box[..., 2] * box[..., 3]).astype(a.dtype)

    inter = overlap(0) * overlap(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(inter <= 0, 0, inter / (area(a) + area(b) - inter))


# the backward kernel writes zeros into the rois' gradient (a 'write' request)
roi_align.zeroes_constants = True


def _box_backward_float_only(data, out, line):
    """The type switch of a box op's backward kernel (at ``line`` of its header): given the head gradient, it
    fails itself."""
    if data.dtype.kind != "f":
        outs = out if isinstance(out, tuple) else (out,)
        backward_kernel_error(OperatorMessage(real_switch_refusal(None, data.dtype),
                                              site=("../src/operator/contrib/./bounding_box-inl.h", line)),
                              own=any(map(is_failed_head, outs)))


@box_iou.grad
def _(dy, out, lhs, rhs, *, format="corner"):
    _box_backward_float_only(lhs, out, 641)
    # MXNet treats IoU as a constant: its gradient is zero, not the derivative of the overlap
    return np.zeros(lhs.shape, dtype=dy.dtype), np.zeros(rhs.shape, dtype=dy.dtype)


def _nms_overlaps(first, boxes, fmt):
    """IoU of boxes ``first`` (N, 4) against ``boxes`` (M, 4), in their own format, as MXNet's NMS kernel computes
    it: degenerate boxes have area 0 and two empty boxes overlap by 0/0 = NaN, which never suppresses."""
    a, b = first[:, None, :], boxes[None, :, :]
    two = boxes.dtype.type(2)

    def side(i):        # C's ternaries in MXNet's operand order: a NaN edge loses to the other box's edge
        if fmt == "corner":
            al, ar, bl, br = a[..., i], a[..., i + 2], b[..., i], b[..., i + 2]
            left, right = np.where(al > bl, al, bl), np.where(ar < br, ar, br)
        else:
            ah, bh = a[..., i + 2] / two, b[..., i + 2] / two
            al, ar, bl, br = a[..., i] - ah, a[..., i] + ah, b[..., i] - bh, b[..., i] + bh
            left, right = np.where(bl > al, bl, al), np.where(br < ar, br, ar)
        w = right - left
        return np.where(w > 0, w, 0).astype(boxes.dtype)

    def area(x):
        w, h = (x[:, 2] - x[:, 0], x[:, 3] - x[:, 1]) if fmt == "corner" else (x[:, 2], x[:, 3])
        return np.where((w < 0) | (h < 0), 0, w * h).astype(boxes.dtype)

    inter = side(0) * side(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return inter / (area(first)[:, None] + area(boxes)[None, :] - inter)


def _nms_keep(rows, *, overlap_thresh, valid_thresh, topk, coord_start, score_index, id_index, background_id,
              force_suppress, in_format):
    """Indices of the rows (N, K) that survive, best score first."""
    scores = rows[:, score_index]
    valid = scores > valid_thresh
    if id_index >= 0:
        valid &= rows[:, id_index] != background_id
    order = np.flatnonzero(valid)
    order = order[np.argsort(-scores[order], kind="stable")]
    if topk > 0:
        order = order[:topk]
    boxes = rows[order, coord_start:coord_start + 4]
    by_class = id_index >= 0 and not _flag(force_suppress)
    ids = _c_int_cast(rows[order, id_index])    # MXNet compares classes as ints: 1.2 and 1.7 are one class

    def hits(heads, cols):
        return _nms_overlaps(boxes[heads], boxes[cols], in_format) > overlap_thresh

    return order[_per_class_suppression(ids, hits) if by_class else _greedy_suppression(order.size, hits)]


def _c_int_cast(values):
    """C's (int) cast of floats on x86: truncation toward zero, NaN and out-of-range values INT_MIN."""
    v = np.asarray(values, np.float64)
    inside = (v > -2.0 ** 31 - 1) & (v < 2.0 ** 31)         # False for NaN too
    return np.where(inside, np.trunc(np.where(inside, v, 0)), -2.0 ** 31).astype(np.int64)


def _greedy_suppression(count, hits, block=256):
    """Greedy NMS over ``count`` candidates ranked best first: each one still alive removes the later alive ones
    ``hits(heads, cols)`` flags (a bool matrix for two index arrays); returns the survivors' mask. The overlaps are
    taken a block of heads at a time against the then-alive candidates only: the full matrix of thousands of
    boxes would not fit, and one row at a time is slow."""
    alive = np.ones(count, dtype=bool)
    for start in range(0, count, block):
        heads = start + np.flatnonzero(alive[start:start + block])
        if heads.size == 0:
            continue
        cols = start + np.flatnonzero(alive[start:])
        flagged = hits(heads, cols)
        for row, i in enumerate(heads):
            if alive[i]:
                alive[cols[flagged[row] & (cols > i)]] = False
    return alive


def _per_class_suppression(ids, hits):
    """``_greedy_suppression`` within each class of ``ids`` (boxes of two classes never meet)."""
    alive = np.ones(ids.size, dtype=bool)
    for c in np.unique(ids):
        members = np.flatnonzero(ids == c)
        alive[members] = _greedy_suppression(members.size, lambda heads, cols: hits(members[heads], members[cols]))
    return alive


def _format_check(op, *keys):
    """The attribute check of box formats (MXNet's enum 'center'/'corner'), for ``op``'s ``keys``."""
    def check(attrs):
        for key in keys:
            if key in attrs:
                check_choice(op, key, attrs[key], _FORMATS)
    return check


def _nms_check(shape, coord_start, score_index, id_index, in_format, out_format):
    """MXNet's attribute and shape checks of box_nms, in its order and words."""
    _format_check("_contrib_box_nms", "in_format", "out_format")(dict(in_format=in_format, out_format=out_format))
    if len(shape) < 2:
        raise MXNetError("Check failed: indim >= 2: input must have dim >= 2 the last two dimensions are num_box and "
                         f"box_width {provided(shape)} provided")
    if legacy_unknown(shape):
        return      # MXNet's shape inference fails before its attribute checks
    width, expected = shape[-1], 6 if id_index >= 0 else 5
    coord_end = coord_start + 3
    if width < expected:
        raise MXNetError(f"Check failed: width_elem >= expected ({width} vs. {expected}) : the last dimension must "
                         f"have at least 5 elements namely (score, coordinates x 4) {width} provided, "
                         f"{expected} expected.")
    if not 0 <= score_index < width:
        raise MXNetError(f"score_index: Check failed: score_index >= 0 && score_index < width_elem: "
                         f"{score_index} out of range: (0, {width})")
    if coord_start <= score_index <= coord_end:
        raise MXNetError(f"score_index: Check failed: score_index < coord_start || score_index > coord_end: "
                         f"{score_index} conflict with coordinates: ({coord_start}, {coord_end}).")
    if coord_start < 0 or coord_end >= width:
        raise MXNetError(f"coordinates: Check failed: coord_start >= 0 && coord_end < width_elem: "
                         f"({coord_start}, {coord_end}) out of range:: (0, {width})")
    if id_index >= 0:
        if id_index >= width:
            raise MXNetError(f"id_index: Check failed: id_index >= 0 && id_index < width_elem: "
                             f"{id_index} out of range: (0, {width})")
        if coord_start <= id_index <= coord_end:
            raise MXNetError(f"id_index: Check failed: id_index < coord_start || id_index > coord_end: "
                             f"{id_index} conflict with coordinates: ({coord_start}, {coord_end}).")
        if id_index == score_index:
            raise MXNetError(f"id_index: Check failed: id_index != score_index ({id_index} vs. {score_index}) : "
                             f"{id_index} conflict with score_index: {score_index}")


@defop(_c("box_nms"), aliases=(_c("box_non_maximum_suppression"),), hidden=1)
def box_nms(data, *, overlap_thresh=0.5, valid_thresh=0.0, topk=-1, coord_start=2, score_index=1, id_index=-1,
            background_id=-1, force_suppress=False, in_format="corner", out_format="corner"):
    """Non-maximum suppression: kept boxes first by descending score, every other row -1 (topk=0: unchanged)."""
    cs, score_index, id_index, topk = int(coord_start), int(score_index), int(id_index), int(topk)
    _nms_check(data.shape, cs, score_index, id_index, in_format, out_format)
    flat = data.reshape((int(np.prod(data.shape[:-2])),) + data.shape[-2:])
    if not legacy_unknown(data.shape):
        _float_only(data, np.zeros(data.shape, data.dtype), np.zeros(flat.shape[:2], np.int64))
    if topk == 0 or legacy_unknown(data.shape):      # (an empty input is refused after the call)                                   # MXNet copies the input through, rows in place
        return data.copy(), np.broadcast_to(np.arange(flat.shape[1]), flat.shape[:2]).copy()
    out = np.full(flat.shape, -1, dtype=data.dtype)
    source = np.full(flat.shape[:2], -1, dtype=np.int64)
    opts = dict(overlap_thresh=overlap_thresh, valid_thresh=valid_thresh, topk=topk, coord_start=cs,
                score_index=score_index, id_index=id_index, background_id=background_id,
                force_suppress=force_suppress, in_format=in_format)
    for b, rows in enumerate(flat):
        keep = _nms_keep(rows, **opts)
        out[b, :keep.size] = rows[keep]
        source[b, :keep.size] = keep
        if in_format != out_format:
            corner = _to_corner(rows[keep, cs:cs + 4], in_format, "box_nms")
            out[b, :keep.size, cs:cs + 4] = corner if out_format == "corner" else _to_center(corner)
    return out.reshape(data.shape), source


@box_nms.grad
def _(dy, out, data, **attrs):
    source = out[1]
    flat_dy = dy.reshape(source.shape + dy.shape[-1:])
    g = np.zeros(flat_dy.shape, dtype=dy.dtype)
    for b in range(source.shape[0]):
        kept = source[b] >= 0
        g[b, source[b][kept]] = flat_dy[b, kept]
    return g.reshape(data.shape)


@defop(_c("bipartite_matching"))
def bipartite_matching(data, *, is_ascend=False, threshold, topk=-1):
    """Greedy matching of rows to columns by score: (row -> column, column -> row), -1 when unmatched."""
    if data.ndim < 2:
        raise MXNetError(f"Check failed: dshape.ndim() >= 2 ({data.ndim} vs. 2) : score matrix must have dim >= 2 "
                         f"{data.ndim} provided")
    n, m = data.shape[-2:]
    _float_only(data, np.zeros(data.shape[:-1], data.dtype), np.zeros(data.shape[:-2] + (m,), data.dtype))
    flat = data.reshape(-1, n * m)
    row_match = np.full((flat.shape[0], n), -1, dtype=data.dtype)
    col_match = np.full((flat.shape[0], m), -1, dtype=data.dtype)
    ascend = _flag(is_ascend)
    threshold = np.float32(threshold)       # a float parameter: 0.1 stops a float32 score of 0.1
    orders = _batch_orders(flat, ascend)
    for b, scores in enumerate(flat):
        order = orders[b]
        count = 0
        for k in order:
            i, j = divmod(int(k), m)
            if row_match[b, i] >= 0 or col_match[b, j] >= 0:    # (taken pairs are passed before the score is read)
                continue
            s = scores[k]
            if not ((s < threshold) if ascend else (s > threshold)):     # (a NaN score or threshold stops it)
                break
            row_match[b, i], col_match[b, j] = j, i
            count += 1
            if 0 < topk < count:          # MXNet stops once more than topk pairs are matched
                break
    return row_match.reshape(data.shape[:-1]), col_match.reshape(data.shape[:-2] + (m,))


def _batch_orders(flat, ascend):
    """Each batch's score positions in MXNet's order: all batches' scores sorted at once by ``std::stable_sort``,
    then (stably) by batch; only NaNs, left where its merges put them, make this differ from sorting each alone."""
    if not np.isnan(flat).any():
        return [np.argsort(scores if ascend else -scores, kind="stable") for scores in flat]
    from ..numpy.cpp_sort import cpp_stable_sort     # (distnet.numpy imports the ndarray package)
    scores = flat.reshape(-1)
    before = (lambda i, j: scores[i] < scores[j]) if ascend else (lambda i, j: scores[i] > scores[j])
    order = np.array(cpp_stable_sort(range(len(scores)), before), dtype=np.int64)
    size = flat.shape[1]
    return [order[order // size == b] - b * size for b in range(len(flat))]


@bipartite_matching.grad
def _(dy, out, data, **attrs):
    _box_backward_float_only(data, out, 787)
    return np.zeros(data.shape, dtype=data.dtype)


def _center(boxes):
    """Corner boxes (..., 4) as four arrays: centre x, centre y, width, height."""
    x1, y1, x2, y2 = np.moveaxis(boxes, -1, 0)
    return (x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1


def _corner_center(boxes):
    """Corner boxes (..., 4) as centre x, centre y, width, height in MXNet's kernel order: ``x1 + w * 0.5``."""
    x1, y1, x2, y2 = np.moveaxis(boxes, -1, 0)
    w, h = x2 - x1, y2 - y1
    half = boxes.dtype.type(0.5)
    return x1 + w * half, y1 + h * half, w, h


@defop(_c("box_encode"))
def box_encode(samples, matches, anchors, refs, means, stds):
    """Regression targets of positive anchors toward their matched boxes, and the (B, N, 4) mask."""
    samples, matches, refs = _encode_inputs(samples, matches, anchors, refs, means, stds)
    _same_types(samples, matches, anchors, refs, means, stds)
    _check_float("box_encode", samples)
    idx = np.asarray(matches).astype(np.int64)
    matched = np.take_along_axis(refs, np.clip(idx, 0, refs.shape[1] - 1)[..., None], axis=1)
    gx, gy, gw, gh = _corner_center(matched)
    ax, ay, aw, ah = _corner_center(anchors)
    with np.errstate(divide="ignore", invalid="ignore"):
        xy = (np.stack([(gx - ax) / aw, (gy - ay) / ah], axis=-1) - means[:2]) / stds[:2]
        # MXNet's kernel takes the log, and the scaling after it, in double precision
        wh = libm_f64("log", np.log, np.stack([gw / aw, gh / ah], axis=-1).astype(np.float64))
        if anchors.dtype == np.float16:     # half arithmetic takes the double log as a float, rounds each step
            wh = (wh.astype(np.float32) - means[2:]).astype(np.float16) / stds[2:]
        else:
            wh = (wh - means[2:].astype(np.float64)) / stds[2:].astype(np.float64)
    positive = (np.asarray(samples) > 0.5)[..., None]
    t = np.concatenate([xy.astype(anchors.dtype), wh.astype(anchors.dtype)], axis=-1)
    targets = np.where(positive, t, 0).astype(anchors.dtype)
    return targets, np.broadcast_to(positive, targets.shape).astype(anchors.dtype)


def _encode_inputs(samples, matches, anchors, refs, means, stds):
    """box_encode's samples, matches (B, N) and refs (B, M, 4) after MXNet's checks, for anchors (B, N, 4):
    its shape inference reads only ranks and last axes, its kernel any arrays of the right sizes."""
    checks = ((samples.ndim == 2, f"sshape.ndim() == 2 ({samples.ndim} vs. 2) : samples shape must have dim == 2, "
                                  f"{samples.ndim} provided"),
              (matches.ndim >= 2, f"mshape.ndim() >= 2 ({matches.ndim} vs. 2) : matches shape must have dim == 2, "
                                  f"{matches.ndim} provided"),
              # (MXNet's messages for anchors and refs name the wrong array, and refs' the wrong rank)
              (anchors.ndim >= 3, f"ashape.ndim() >= 3 ({anchors.ndim} vs. 3) : matches shape must have dim == 3, "
                                  f"{anchors.ndim} provided"),
              (anchors.shape[-1] == 4, f"ldim == 4 ({anchors.shape[-1]} vs. 4) : last dimension of anchors must be 4, "
                                       f"{anchors.shape[-1]} provided"),
              (refs.ndim >= 3, f"rshape.ndim() >= 3 ({refs.ndim} vs. 3) : refs shape must have dim == 3, 3 provided"),
              (refs.shape[-1] == 4, f"ldim == 4 ({refs.shape[-1]} vs. 4) : last dimension of anchors must be 4, "
                                    f"{refs.shape[-1]} provided"))
    for ok, check in checks:
        if not ok:
            raise MXNetError(f"Check failed: {check}")
    for stat in (means, stds):
        if stat.shape != (4,):
            raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, stat.shape))}], "
                             "inferred shape=(4,)")
    batch, count = anchors.shape[:2]
    placeholder = (np.zeros(anchors.shape, anchors.dtype),) * 2
    for array, shape in ((samples, (batch, count)), (matches, (batch, count)), (refs, (batch, refs.shape[1], 4))):
        if array.size != np.prod(shape):
            raise KernelError("TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>"
                              f"(shape.Size()) ({array.size} vs. {np.prod(shape)}) : new and old shape do not match "
                              "total elements", placeholder)
    return samples.reshape(batch, count), matches.reshape(batch, count), refs.reshape(batch, refs.shape[1], 4)


def _decode_anchors(data, anchors):
    """box_decode's anchors as (1, N, 4) after MXNet's shape checks: its kernel reads any N * 4 anchor values."""
    checks = ((data.ndim == 3, f"dshape.ndim() == 3 ({data.ndim} vs. 3) : data shape must have dim == 3", data.ndim),
              (data.shape[-1] == 4, f"ldim == 4 ({data.shape[-1]} vs. 4) : last dimension of data must be 4",
               data.shape[-1]),
              (anchors.ndim >= 3, f"ashape.ndim() >= 3 ({anchors.ndim} vs. 3) : anchors shape must have dim == 3",
               anchors.ndim),
              (anchors.shape[-1] == 4, f"ldim == 4 ({anchors.shape[-1]} vs. 4) : last dimension of anchors must be 4",
               anchors.shape[-1]))
    for ok, check, given in checks:
        if not ok:
            raise MXNetError(f"Check failed: {check}, {given} provided")
    if anchors.size != data.shape[1] * 4:
        raise KernelError("TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>"
                          f"(shape.Size()) ({anchors.size} vs. {data.shape[1] * 4}) : new and old shape do not match "
                          "total elements",
                          np.zeros(data.shape, data.dtype))
    return anchors.reshape(1, data.shape[1], 4)


@defop(_c("box_decode"))
def box_decode(data, anchors, *, std0=1.0, std1=1.0, std2=1.0, std3=1.0, clip=-1.0, format="center"):
    """Corner boxes from predicted offsets ``data`` (B, N, 4) relative to ``anchors`` (1, N, 4)."""
    box_decode.check_attrs(dict(format=format))
    anchors = _decode_anchors(data, anchors)
    _same_types(data, anchors)
    _check_float("box_decode", data)
    if format == "center":
        ax, ay, aw, ah = np.moveaxis(anchors, -1, 0)
    else:
        ax, ay, aw, ah = _corner_center(_to_corner(anchors, format, "box_decode"))
    dt = data.dtype.type
    # the stds and clip are float attributes, taken into the data type from their float values
    dx, dy, dw, dh = (data[..., i] * dt(float_attr(s)) for i, s in enumerate((std0, std1, std2, std3)))
    clip = float_attr(clip)
    if clip > 0:
        dw, dh = np.minimum(dw, dt(clip)), np.minimum(dh, dt(clip))
    ox, oy = dx * aw + ax, dy * ah + ay
    ew, eh = (libm_f64("exp", np.exp, d.astype(np.float64)).astype(data.dtype) for d in (dw, dh))  # double, as MXNet
    hw, hh = ew * aw * dt(0.5), eh * ah * dt(0.5)
    return np.stack([ox - hw, oy - hh, ox + hw, oy + hh], axis=-1).astype(data.dtype)


def _check_prior_shape(data):
    """MXNet's shape and type inference of MultiBoxPrior: NCHW or more axes, known height and width, float32."""
    if data.ndim < 4:
        raise MXNetError(f"Check failed: dshape.ndim() >= 4 ({data.ndim} vs. 4) : Input data should be 4D: "
                         "batch-channel-y-x")
    for size, name in zip(data.shape[2:4], ("height", "width")):     # (an empty batch or channel axis is fine)
        if not size:
            raise MXNetError(f"Check failed: in_{name} > 0 (-1 vs. 0) : Input {name} should > 0")
    if data.dtype != np.float32:
        raise MXNetError("Check failed: in_type->at(i) == mshadow: :default_type_flag || in_type->at(i) == -1: "
                         f"Unsupported data type {_DTYPE_NP_TO_MX[data.dtype.type]}")


def _check_prior_attrs(sizes, ratios, steps, offsets):
    """MXNet's checks when it creates the operator, after shape and type inference, in its order."""
    f = np.float32
    checks = ((len(sizes) > 0, f"sizes_.size() > 0 ({len(sizes)} vs. 0) : "),
              (len(ratios) > 0, f"ratios_.size() > 0 ({len(ratios)} vs. 0) : "),
              (len(steps) == 2, f"param_.steps.ndim() == 2 ({len(steps)} vs. 2) : Step ndim must be 2: (step_y, "
                                "step_x)"),
              (len(steps) != 2 or f(steps[0]) * f(steps[1]) >= 0,
               lambda: f"steps_[0] * steps_[1] >= 0 ({f(steps[0]) * f(steps[1]):g} vs. 0) : Must specify both step_y "
                       "and step_x"),
              (len(offsets) == 2, f"offsets_.size() == 2 ({len(offsets)} vs. 2) : "))
    for ok, text in checks:
        if not ok:
            raise MXNetError("Check failed: " + (text() if callable(text) else text))
    for i, v in enumerate(offsets):
        if not v >= 0:
            raise MXNetError(f"Check failed: offsets_[{i}] >= 0.f ({v:g} vs. 0) : ")
        if not v <= 1:
            raise MXNetError(f"Check failed: offsets_[{i}] <= 1.f ({v:g} vs. 1) : ")


def _check_unknown_tuples(data, sizes, ratios, steps, offsets):
    """MultiBoxPrior given None for a tuple, which MXNet reads as one of unknown length (-1): its shape inference's
    check of the steps, the anchor count it makes of the sizes and ratios, then its operator's vectors."""
    if steps is None:
        raise MXNetError("Check failed: param_.steps.ndim() == 2 (-1 vs. 2) : Step ndim must be 2: (step_y, step_x)")
    known = lambda v: -1 if v is None else len(np.atleast_1d(v))     # noqa: E731
    anchors = data.shape[2] * data.shape[3] * (known(sizes) - 1 + known(ratios))
    if anchors < -1:
        raise MXNetError(negative_size_text(anchors))
    if None in (sizes, ratios, offsets):        # (a vector of -1 elements)
        raise MXNetError("std: :bad_alloc")


@defop(_c("MultiBoxPrior"))
def multibox_prior(data, *, sizes=(1.0,), ratios=(1.0,), clip=False, steps=(-1.0, -1.0), offsets=(0.5, 0.5)):
    """Anchor boxes (1, H*W*(len(sizes)+len(ratios)-1), 4) centred on every pixel of NCHW ``data`` (axes past
    the fourth are ignored, as MXNet's)."""
    _check_prior_shape(data)
    _check_unknown_tuples(data, sizes, ratios, steps, offsets)
    sizes, ratios, steps, offsets = (tuple(np.atleast_1d(v)) for v in (sizes, ratios, steps, offsets))
    _check_prior_attrs(sizes, ratios, steps, offsets)
    f = np.float32         # MXNet's kernel computes every step in float
    sizes, ratios = [f(s) for s in np.atleast_1d(sizes)], [f(r) for r in np.atleast_1d(ratios)]
    h, w = data.shape[2:4]
    step_y = f(steps[0]) if steps[0] > 0 else f(1) / f(h)
    step_x = f(steps[1]) if steps[1] > 0 else f(1) / f(w)
    # half extents: every size with the first ratio, then the first size with the other ratios
    roots = [np.sqrt(r) for r in ratios]
    shapes = [(s, roots[0]) for s in sizes] + [(sizes[0], r) for r in roots[1:]]
    half = np.array([(s * f(h) / f(w) * r / f(2), s / r / f(2)) for s, r in shapes], np.float32)
    cy = (np.arange(h, dtype=np.float32) + f(offsets[0])) * step_y
    cx = (np.arange(w, dtype=np.float32) + f(offsets[1])) * step_x
    cyx = np.stack(np.meshgrid(cy, cx, indexing="ij"), axis=-1).reshape(-1, 1, 2)
    boxes = np.stack([cyx[..., 1] - half[:, 0], cyx[..., 0] - half[:, 1],
                      cyx[..., 1] + half[:, 0], cyx[..., 0] + half[:, 1]], axis=-1).reshape(1, -1, 4)
    if _flag(clip):
        boxes = np.clip(boxes, 0.0, 1.0)
    return boxes.astype(np.float32)


@multibox_prior.grad
def _(dy, out, data, **attrs):
    return np.zeros(data.shape, dtype=data.dtype)


def _corner_iou(a, b):
    """IoU of corner boxes a (N, 4) against b (M, 4), (N, M)."""
    w = np.maximum(0, np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0]))
    h = np.maximum(0, np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1]))
    inter = w * h
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    union = area_a[:, None] + area_b[None, :] - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(union > 0, inter / union, 0).astype(np.float32)


def _match_anchors(overlaps, threshold):
    """MXNet's greedy bipartite matching, then every other anchor's best overlap above ``threshold``."""
    num_anchors, num_gt = overlaps.shape
    flags = np.full(num_anchors, -1, np.int64)
    best = np.full(num_anchors, -1.0, np.float32)
    index = np.full(num_anchors, -1, np.int64)
    work = overlaps.copy()
    for _ in range(num_gt):
        j, k = np.unravel_index(np.argmax(work), work.shape)
        if not work[j, k] > 1e-6:
            break
        flags[j], best[j], index[j] = 1, work[j, k], k
        work[j, :] = -1
        work[:, k] = -1
    rest = np.flatnonzero(flags != 1)
    k = np.argmax(overlaps[rest], axis=1)
    best[rest], index[rest] = overlaps[rest, k], k
    if threshold > 0:
        flags[rest[overlaps[rest, k] > threshold]] = 1
    return flags, best, index


def _logf(x):
    """The C library's logf, which MXNet's multibox kernels call, on a float32 array (numpy's can be an ulp off)."""
    return libm_f32("logf", np.log, np.asarray(x, np.float32))


def _expf(x):
    """The C library's expf, which MXNet's multibox kernels call, on a float32 array."""
    return libm_f32("expf", np.exp, np.asarray(x, np.float32))


@defop(_c("MultiBoxTarget"))
def multibox_target(anchor, label, cls_pred, *, overlap_threshold=0.5, ignore_label=-1.0, negative_mining_ratio=-1.0,
                    negative_mining_thresh=0.5, minimum_negative_samples=0, variances=(0.1, 0.1, 0.2, 0.2)):
    """SSD training targets: (box offsets (B, A*4), their mask (B, A*4), class targets (B, A))."""
    _check_target_shapes(_dims(anchor), _dims(label), _dims(cls_pred))
    _float32_only(anchor, label, cls_pred)
    _check_variances(variances, "")
    anchors = anchor.reshape(-1, 4).astype(np.float32)
    batch, num_anchors = label.shape[0], anchors.shape[0]     # (MXNet reads cls_pred's batch as the label's)
    vx, vy, vw, vh = (np.float32(v) for v in variances)
    loc = np.zeros((batch, num_anchors, 4), np.float32)
    mask = np.zeros((batch, num_anchors, 4), np.float32)
    cls = np.full((batch, num_anchors), np.float32(ignore_label), np.float32)
    ax, ay, aw, ah = _center(anchors)
    for b in range(batch):
        rows = label[b]
        valid = 0
        while valid < rows.shape[0] and rows[valid, 0] != -1:
            valid += 1
        for k in range(1, 5) if valid < rows.shape[0] else ():   # MXNet's kernel checks the first padding row only
            if rows[valid, k] != -1:
                raise KernelError(f"Check failed: static_cast<float>(*(p_label + i * label_width + {k})) == -1.0f "
                                  f"({float(rows[valid, k]):g} vs. -1) : ",    # the first padding row must be all -1
                                  (loc.reshape(batch, -1), mask.reshape(batch, -1), cls))
        if valid == 0:
            continue
        gt = rows[:valid].astype(np.float32)
        flags, best, index = _match_anchors(_corner_iou(anchors, gt[:, 1:5]), overlap_threshold)
        positive = flags == 1
        if negative_mining_ratio > 0:
            num_pos = int(positive.sum())
            # MXNet 1.9.1's CPU kernel takes ratio x positives; minimum_negative_samples has no effect there
            num_neg = min(int(num_pos * negative_mining_ratio), num_anchors - num_pos)
            candidates = np.flatnonzero(~positive & (best < negative_mining_thresh))
            if candidates.size < num_neg:
                raise KernelError(f"Check failed: temp.size() >= num_negative ({candidates.size} vs. {num_neg}) : ",
                                  (loc.reshape(batch, -1), mask.reshape(batch, -1), cls))
            logits = cls_pred[b][:, candidates].astype(np.float32)
            prob = _expf(logits - logits.max(axis=0))
            background = prob[0] / prob.sum(axis=0)
            hardest = candidates[np.argsort(background, kind="stable")[:num_neg]]
            cls[b, hardest] = 0
        else:
            cls[b, ~positive] = 0
        pos = np.flatnonzero(positive)
        g = gt[index[pos]]
        gx, gy, gw, gh = _center(g[:, 1:5])
        with np.errstate(divide="ignore", invalid="ignore"):
            loc[b, pos] = np.stack([(gx - ax[pos]) / aw[pos] / vx, (gy - ay[pos]) / ah[pos] / vy,
                                    _logf(gw / aw[pos]) / vw, _logf(gh / ah[pos]) / vh], axis=-1)
        mask[b, pos] = 1
        cls[b, pos] = g[:, 0] + 1
    return loc.reshape(batch, -1), mask.reshape(batch, -1), cls


@multibox_target.grad
def _(dy, out, anchor, label, cls_pred, **attrs):
    # MXNet's kernel zeroes the class predictions' gradient (whatever the request: see autograd's _ADD_REQUESTS)
    # and leaves the anchors' and the labels' buffers as they were
    return None, None, np.zeros(cls_pred.shape, cls_pred.dtype)


# its kernel never writes the anchors' and the labels' gradients: a variable's buffer keeps its data, an inner
# input's reads as zeros to the ops before (MultiBoxPrior's backward then adds its zeros into the data's sum)
multibox_target.keeps_failed_buffers = (0, 1)


def _dims(a):
    """An input's shape as MXNet's shape checks see it: legacy unknown (0) dimensions are -1."""
    return a.shape if is_np_shape() else tuple(d or -1 for d in a.shape)


def _check_target_shapes(a, lab, p):
    """MXNet's shape inference of MultiBoxTarget: anchors (1, A, 4), labels (B, L, >=5), predictions (B, C, A)."""
    checks = ((len(a) == 3, f"ashape.ndim() == 3 ({len(a)} vs. 3) : Anchor should be batch shared N*4 tensor"),
              (lambda: a[0] == 1, lambda: f"ashape[0] == 1 ({a[0]} vs. 1) : Anchors are shared across batches, first "
                                          "dimension should be 1"),
              (lambda: a[2] == 4, lambda: f"ashape[2] == 4 ({a[2]} vs. 4) : Box dimension should be 4: [xmin, ymin, "
                                          "xmax, ymax]"),
              (lambda: a[1] > 0, lambda: f"ashape[1] > 0 ({a[1]} vs. 0) : Number boxes should be greater than 0"),
              (len(lab) == 3, f"lshape.ndim() == 3 ({len(lab)} vs. 3) : Label should be [batch, num_labels, "
                              "label_width] tensor"),
              (lambda: lab[1] > 0, lambda: f"lshape[1] > 0 ({lab[1]} vs. 0) : Padded label should be greater than 0"),
              (lambda: lab[2] >= 5, lambda: f"lshape[2] >= 5 ({lab[2]} vs. 5) : Label width should be greater than or "
                                            "equal to 5"),
              (len(p) == 3, f"Prediction: Check failed: pshape.ndim() == 3 ({len(p)} vs. 3) : [batch, num_classes, "
                            "num_anchors]"),
              (lambda: p[2] == a[1], lambda: f"pshape[2] == ashape[1] ({p[2]} vs. {a[1]}) : Number of anchors "
                                             "mismatch"))
    _first_failure(checks)


def _check_detection_shapes(c, lo, a):
    """MXNet's shape inference of MultiBoxDetection: probabilities (B, C, A), offsets (B, A*4), anchors (1, A, 4)."""
    checks = ((len(c) == 3, f"Provided: Check failed: cshape.ndim() == 3U ({len(c)} vs. 3) : {provided(c)}"),
              (len(lo) == 2, f"Provided: Check failed: lshape.ndim() == 2U ({len(lo)} vs. 2) : {provided(lo)}"),
              (len(a) == 3, f"Provided: Check failed: ashape.ndim() == 3U ({len(a)} vs. 3) : {provided(a)}"),
              (lambda: c[2] == a[1], lambda: f"cshape[2] == ashape[1] ({c[2]} vs. {a[1]}) : Number of anchors "
                                             "mismatch"),
              (lambda: c[2] * 4 == lo[1], lambda: f"cshape[2] * 4 == lshape[1] ({c[2] * 4} vs. {lo[1]}) : # anchors "
                                                  "mismatch with # loc"),
              (lambda: a[1] > 0, lambda: f"ashape[1] > 0U ({a[1]} vs. 0) : Number of anchors must > 0"),
              (lambda: a[2] == 4, lambda: f"ashape[2] == 4U ({a[2]} vs. 4) : "))
    _first_failure(checks)


def _first_failure(checks):
    """Raise the first failed (ok, text) check in MXNet's words (either may be a callable read only when reached)."""
    for ok, text in checks:
        if not (ok() if callable(ok) else ok):
            text = text() if callable(text) else text
            raise MXNetError(text if text.startswith(("Provided: ", "Prediction: ")) else "Check failed: " + text)


def _check_variances(variances, note):
    if len(variances) != 4:
        raise MXNetError(f"Check failed: variances.ndim() == 4 ({len(variances)} vs. 4) : {note}")


def _float32_only(*arrays):
    """The legacy operators' type check: every input float32, the first other one named by MXNet's type code."""
    for a in arrays:
        if a.dtype != np.float32:
            raise MXNetError("Check failed: in_type->at(i) == mshadow: :default_type_flag || in_type->at(i) == -1: "
                             f"Unsupported data type {_DTYPE_NP_TO_MX.get(a.dtype.type, a.dtype.name)}")


@defop(_c("MultiBoxDetection"))
def multibox_detection(cls_prob, loc_pred, anchor, *, clip=True, threshold=0.01, background_id=0,
                       nms_threshold=0.5, force_suppress=False, variances=(0.1, 0.1, 0.2, 0.2), nms_topk=-1):
    """SSD detections (B, A, 6): class id, score and corner box per anchor, by descending score; -1 ids dropped."""
    _check_detection_shapes(_dims(cls_prob), _dims(loc_pred), _dims(anchor))
    _float32_only(cls_prob, loc_pred, anchor)
    _check_variances(variances, "Variance size must be 4")
    batch, num_classes, num_anchors = cls_prob.shape
    if anchor.size != num_anchors * 4:      # its kernel reads the anchors as (A, 4), whatever their batch
        raise KernelError("TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>"
                          f"(shape.Size()) ({anchor.size} vs. {num_anchors * 4}) : new and old shape do not match "
                          "total elements", np.full((batch, num_anchors, 6), -1, np.float32))
    anchors = anchor.reshape(-1, 4).astype(np.float32)
    vx, vy, vw, vh = (np.float32(v) for v in variances)
    ax, ay, aw, ah = _center(anchors)
    out = np.full((batch, num_anchors, 6), -1, np.float32)
    for b in range(batch):
        probs = cls_prob[b].astype(np.float32)
        # MXNet 1.9.1's CPU kernel always treats class 0 as the background, whatever background_id says, and
        # takes the first class whose probability beats -1 and those before it (a NaN never does)
        if num_classes < 2:         # the background alone: no detections
            continue
        scan = np.where(np.isnan(probs[1:]), -np.inf, probs[1:])
        pick = 1 + np.argmax(scan, axis=0)
        score = probs[pick, np.arange(num_anchors)]
        ids = (pick - 1).astype(np.float32)
        keep = (scan.max(axis=0) > -1) & (score >= threshold)
        p = loc_pred[b].reshape(-1, 4).astype(np.float32)
        ox, oy = p[:, 0] * vx * aw + ax, p[:, 1] * vy * ah + ay
        ow, oh = _expf(p[:, 2] * vw) * aw / 2, _expf(p[:, 3] * vh) * ah / 2
        boxes = np.stack([ox - ow, oy - oh, ox + ow, oy + oh], axis=-1)
        if _flag(clip):
            boxes = np.clip(boxes, 0, 1)
        valid = np.flatnonzero(keep)
        if not 0 < nms_threshold <= 1:      # MXNet then skips sorting and NMS: the valid anchors in order
            out[b, :valid.size] = np.concatenate([ids[valid, None], score[valid, None], boxes[valid]], axis=1)
            continue
        order = valid[np.argsort(-score[valid], kind="stable")]
        rows = np.concatenate([ids[order, None], score[order, None], boxes[order]], axis=1)
        topk = int(nms_topk) if 0 < nms_topk < rows.shape[0] else rows.shape[0]
        rows = rows[:topk]

        def hits(heads, cols):
            return _corner_iou(rows[heads, 2:6], rows[cols, 2:6]) >= nms_threshold

        alive = _greedy_suppression(rows.shape[0], hits) if _flag(force_suppress) else \
            _per_class_suppression(rows[:, 0].copy(), hits)
        rows[~alive, 0] = -1
        out[b, :rows.shape[0]] = rows
        if topk < valid.size:       # MXNet leaves the rows past the top k as the valid anchors in anchor order,
            rest = valid[topk:]     # marked -1
            out[b, topk:valid.size, 1] = score[rest]
            out[b, topk:valid.size, 2:] = boxes[rest]
    return out


@multibox_detection.grad
def _(dy, out, cls_prob, loc_pred, anchor, **attrs):
    # zeros, which MXNet's kernel assigns whatever the request (see autograd's _ADD_REQUESTS)
    return tuple(np.zeros(a.shape, a.dtype) for a in (cls_prob, loc_pred, anchor))


# ---- interleaved attention --------------------------------------------------------------------
def _fp32_refusal(x):
    """The words of MXNet's CPU attention kernels (forward and backward) for data other than float32."""
    return (f"Check failed: inputs[0].type_flag_ == mshadow: :kFloat32 "
            f"({_DTYPE_NP_TO_MX.get(x.dtype.type, x.dtype.name)} vs. 0) : Only FP32 is supported on CPU at the moment")


def _fp32_kernel(x, result):
    """``result``, or for data other than float32 the failure of MXNet's CPU kernel, raised when it is read."""
    if x.dtype != np.float32:
        raise KernelError(_fp32_refusal(x), np.zeros(result.shape, x.dtype))
    return result


def _fp32_backward(x, line):
    """A backward kernel's own failure on data other than float32 (kept with the gradients), at ``line`` of
    MXNet's transformer.cc."""
    if x.dtype != np.float32:
        backward_kernel_error(OperatorMessage(_fp32_refusal(x), site=("../src/operator/contrib/transformer.cc", line)),
                              own=True)


def _split_heads(x, heads, parts):
    """(L, B, heads*parts*D) -> ``parts`` arrays of shape (B*heads, L, D). A last axis that is no multiple of
    heads*parts is read as MXNet's kernel reads it: rows of B*heads*parts*D elements, D rounded down."""
    length, batch, width = x.shape
    d = width // parts // heads if heads else 0
    x = x.reshape(-1)[:length * batch * heads * parts * d].reshape(length, batch, heads, parts, d)
    return [p.reshape(batch * heads, length, d) for p in x.transpose(3, 1, 2, 0, 4)]


def _rank3(var, shape, words):
    """MXNet's check that an attention input has 3 axes, ``words`` ending where it names the rank."""
    return len(shape) == 3, f"{var}.ndim() == 3U ({len(shape)} vs. 3) : {words}{len(shape)}D"


def _selfatt_qk_shapes(qkv):
    _first_failure([_rank3("qkv_shape", qkv, "Input queries_keys_values should be 3D in seq_length-batch-proj_dim, "
                                             "currently is: ")])


def _selfatt_valatt_shapes(qkv, att):
    _first_failure([
        _rank3("qkv_shape", qkv, "Input queries_keys_values should be 3D in seq_length-batch-3*proj_dim, "
                                 "currently is: "),
        _rank3("att_shape", att, "Input attention should be 3D in batch-seq_length-seq_length, currently is: "),
        (lambda: qkv[0] == att[1], lambda: f"qkv_shape[0] == att_shape[1] ({qkv[0]} vs. {att[1]}) : "
                                           "queries_keys_values.shape[0] and attention.shape[1] should be the same, "
                                           f"currently are {qkv[0]} and {att[1]}"),
        (lambda: qkv[0] == att[2], lambda: f"qkv_shape[0] == att_shape[2] ({qkv[0]} vs. {att[2]}) : "
                                           "queries_keys_values.shape[0] and attention.shape[2] should be the same, "
                                           f"currently are {qkv[0]} and {att[2]}"),
        (lambda: qkv[2] % 3 == 0, lambda: f"qkv_shape[2] % 3 == 0 ({qkv[2] % 3} vs. 0) : queries_keys_values.shape[2] "
                                          f"should be a multiple of 3, currently is {qkv[2]}")])


def _encdec_qk_shapes(q, kv):
    _first_failure([
        _rank3("q_shape", q, "Input queries should be 3D in seq_length-batch-proj_dim, currently is "),
        _rank3("kv_shape", kv, "Input queries should be 3D in seq_length-batch-2*proj_dim, currently is "),
        (lambda: q[2] * 2 == kv[2], lambda: f"q_shape[2] * 2 == kv_shape[2] ({q[2] * 2} vs. {kv[2]}) : keys_values."
                                            "shape[2] should be equal to queries.shape[2] * 2, currently are: "
                                            f"{kv[2]} and {q[2]}"),
        (lambda: q[1] == kv[1], lambda: f"q_shape[1] == kv_shape[1] ({q[1]} vs. {kv[1]}) : queries.shape[1] should "
                                        f"be equal to keys_values.shape[1], currently are: {q[1]} and {kv[1]}")])


def _encdec_valatt_shapes(kv, att, heads):
    _first_failure([
        _rank3("kv_shape", kv, "Input keys_values should be 3D in seq_length-batch-2*proj_dim, currently is "),
        _rank3("att_shape", att, "Input attention should be 3D in batch-seq_length-seq_length, currently is "),
        (lambda: kv[0] == att[2], lambda: f"kv_shape[0] == att_shape[2] ({kv[0]} vs. {att[2]}) : keys_values."
                                          "shape[0] should be equal to attention.shape[2], currently are "
                                          f"{kv[0]} and {att[2]}"),
        # (MXNet's words name attention.shape[2] where they mean shape[0])
        (lambda: kv[1] * heads == att[0], lambda: f"kv_shape[1] * params.heads == att_shape[0] ({kv[1] * heads} vs. "
                                                  f"{att[0]}) : attention.shape[0] should be equal to keys_values."
                                                  f"shape[1] * heads, currently are: {att[2]} and {kv[1]}")])


def _join_heads(parts, heads):
    """The inverse of ``_split_heads``."""
    bh, length, d = parts[0].shape
    x = np.stack(parts).reshape(len(parts), bh // heads, heads, length, d).transpose(3, 1, 2, 0, 4)
    return x.reshape(length, bh // heads, heads * len(parts) * d)


@defop(_c("interleaved_matmul_selfatt_qk"))
def selfatt_qk(queries_keys_values, *, heads):
    """Scaled ``Q @ K.T`` per head from interleaved (L, B, heads*3*D) projections: (B*heads, L, L)."""
    _selfatt_qk_shapes(queries_keys_values.shape)
    q, k, _ = _split_heads(queries_keys_values, heads, 3)
    return _fp32_kernel(queries_keys_values, _scaled_scores(q, k))


def _scaled_gemm(a, b, scale, onto):
    """``scale a @ b`` as MXNet's gemm (alpha ``scale``) computes it; ``onto``: the part of an 'add' buffer the
    gemm adds it to (beta 1: the scaled sum and the buffer rounded once, where numpy's OpenBLAS runs MXNet's
    kernels)."""
    if onto is None:
        return blas_gemm(a, b) * scale
    if cblas.runs_mxnet_kernels(a, b, onto):
        return cblas.gemm(a, b, scale, onto, 1.0)
    return onto + blas_gemm(a, b) * scale


@selfatt_qk.grad
def _(dy, out, queries_keys_values, *, heads, onto=(None,)):
    _fp32_backward(queries_keys_values, 231)
    q, k, v = _split_heads(queries_keys_values, heads, 3)
    scale = 1 / np.sqrt(q.shape[-1])
    added = [None] * 3 if onto[0] is None else _split_heads(np.asarray(onto[0], dy.dtype), heads, 3)
    return (_join_heads([_scaled_gemm(dy, k, scale, added[0]), _scaled_gemm(dy.transpose(0, 2, 1), q, scale, added[1]),
                         np.zeros_like(v) if added[2] is None else added[2]], heads),)


@defop(_c("interleaved_matmul_selfatt_valatt"))
def selfatt_valatt(queries_keys_values, attention, *, heads):
    """``attention @ V`` per head, heads joined back: (L, B, heads*D)."""
    _selfatt_valatt_shapes(queries_keys_values.shape, attention.shape)
    v = _split_heads(queries_keys_values, heads, 3)[2]
    return _fp32_kernel(queries_keys_values, _join_heads([blas_gemm(attention, v)], heads))


@selfatt_valatt.grad
def _(dy, out, queries_keys_values, attention, *, heads):
    _fp32_backward(queries_keys_values, 344)
    q, k, v = _split_heads(queries_keys_values, heads, 3)
    dout = _split_heads(dy, heads, 1)[0]
    dv = blas_gemm(attention.transpose(0, 2, 1), dout)
    return _join_heads([np.zeros_like(q), np.zeros_like(k), dv], heads), blas_gemm(dout, v.transpose(0, 2, 1))


@defop(_c("interleaved_matmul_encdec_qk"))
def encdec_qk(queries, keys_values, *, heads):
    """Scaled ``Q @ K.T`` per head; queries (Lq, B, heads*D), interleaved keys/values (Lk, B, heads*2*D)."""
    _encdec_qk_shapes(queries.shape, keys_values.shape)
    q = _split_heads(queries, heads, 1)[0]
    k = _split_heads(keys_values, heads, 2)[0]
    return _fp32_kernel(queries, _scaled_scores(q, k))


def _scaled_scores(q, k):
    """``Q @ K.T`` scaled by 1 / sqrt(D) after the product, as MXNet's gemm (its alpha) does: a product of no
    terms (heads that leave D = 0) is 0 whatever the scale."""
    if not q.shape[-1]:
        return np.zeros(q.shape[:2] + k.shape[1:2], q.dtype)
    return blas_gemm(q, k.transpose(0, 2, 1)) * q.dtype.type(1 / np.sqrt(q.shape[-1]))


@encdec_qk.grad
def _(dy, out, queries, keys_values, *, heads, onto=(None, None)):
    _fp32_backward(queries, 466)
    q = _split_heads(queries, heads, 1)[0]
    k, v = _split_heads(keys_values, heads, 2)
    scale = 1 / np.sqrt(q.shape[-1])
    added_q = None if onto[0] is None else _split_heads(np.asarray(onto[0], dy.dtype), heads, 1)[0]
    added_kv = (None, None) if onto[1] is None else _split_heads(np.asarray(onto[1], dy.dtype), heads, 2)
    dq = _join_heads([_scaled_gemm(dy, k, scale, added_q)], heads)
    return dq, _join_heads([_scaled_gemm(dy.transpose(0, 2, 1), q, scale, added_kv[0]),
                            np.zeros_like(v) if added_kv[1] is None else added_kv[1]], heads)


@defop(_c("interleaved_matmul_encdec_valatt"))
def encdec_valatt(keys_values, attention, *, heads):
    """``attention @ V`` per head from interleaved keys/values, heads joined back: (Lq, B, heads*D)."""
    _encdec_valatt_shapes(keys_values.shape, attention.shape, heads)
    v = _split_heads(keys_values, heads, 2)[1]
    return _fp32_kernel(keys_values, _join_heads([blas_gemm(attention, v)], heads))


@encdec_valatt.grad
def _(dy, out, keys_values, attention, *, heads):
    _fp32_backward(keys_values, 585)
    k, v = _split_heads(keys_values, heads, 2)
    dout = _split_heads(dy, heads, 1)[0]
    dv = blas_gemm(attention.transpose(0, 2, 1), dout)
    return _join_heads([np.zeros_like(k), dv], heads), blas_gemm(dout, v.transpose(0, 2, 1))


# ---- graph and sparse helpers (computed on the dense view of a csr input) -----------------------


# MXNet's refusals of the operators it computes on GPUs only, when it creates them (at the call, at bind)
GPU_ONLY = {"_contrib_fft": "fft is only available for GPU.", "_contrib_ifft": "ifft is only available for GPU.",
            "_contrib_count_sketch": "CountSketch is only available for GPU."}


def _gpu_only(name, width, other_ranks):
    """fft and ifft: shapes inferred for 2-D and 4-D data (the last axis resized by ``width``), other ranks
    refused with ``other_ranks``'s words; MXNet computes them on GPUs only, so on CPU they raise MXNetError."""
    def op(data, *, compute_size=128):
        if legacy_unknown(data.shape):
            raise inference_failure(_c(name), (data.shape,), [None])
        if data.ndim not in (2, 4):
            raise other_ranks(data.shape)
        raise state_refusal(GPU_ONLY[_c(name)])
    op.__doc__ = f"``{name}``: MXNet computes it on GPUs only; on CPU it raises MXNetError."
    registered = defop(_c(name))(op)

    def infer_shapes(shapes, attrs):
        """Symbols still infer shapes as MXNet: (..., d) data of 2 or 4 axes gives (..., width(d)), its type."""
        if shapes[0] is None or len(shapes[0]) not in (2, 4):
            return None
        return [tuple(shapes[0])], [(tuple(shapes[0][:-1]) + (width(shapes[0][-1]),), None)]
    registered.infer_shapes = infer_shapes

    def out_shapes(shapes, attrs):
        """An out= array is checked against the shape inferred before the GPU-only refusal."""
        data = shapes[0]
        if legacy_unknown(data) or len(data) not in (2, 4):
            return None
        return [data[:-1] + (width(data[-1]),)]
    registered.out_shape_first = out_shapes
    registered.out_checked_after = True
    return registered


# (MXNet's fft infers no output for other ranks, which its imperative call then finds missing)
fft = _gpu_only("fft", lambda d: 2 * d,
                lambda shape: MXNetError("Check failed: out_shapes.size() == outputs.size() (0 vs. 1) : "))
ifft = _gpu_only("ifft", lambda d: d // 2, lambda shape: inference_failure(_c("ifft"), (shape,), []))

allclose.nondifferentiable = True            # MXNet registers no gradient: a backward through it fails


roi_align.attr_check(_roi_align_attrs)
box_nms.attr_check(_format_check("_contrib_box_nms", "in_format", "out_format"))
box_iou.attr_check(_format_check("_contrib_box_iou", "format"))
box_decode.attr_check(_format_check("_contrib_box_decode", "format"))
