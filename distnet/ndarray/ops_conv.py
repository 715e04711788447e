"""Convolution, transposed convolution, pooling and upsampling (1-D, 2-D, 3-D).

Convolutions copy the windows of a zero-padded batch-innermost buffer into an im2col matrix and
contract it with the weight in one matrix product per group. Gradients that scatter back into
the input loop over the kernel offsets (at most a few dozen), never over pixels.
"""
import ast
import copy
import functools
import math
import sys
import threading
import types
import weakref

import numpy as np
from numpy.lib.stride_tricks import as_strided

from .. import autograd as _ag
from ..base import log_time
from ..base import MXNetError, located, message_of, negative_size_text
from . import conv_native, onednn_avx2, onednn_brgconv, onednn_gemm_blocks
from .failures import KernelError, backward_kernel_error, is_failed_head, real_switch_refusal
from .param_text import check_pooling_kernel
from . import onednn
from .views import is_view
from .registry import attr_flag as _flag, defop
from .running_sums import running_total
from .shape_text import OperatorMessage, drop_op_name, inconsistent, inference_failure, legacy_dim, \
    uniform_type_refusal, zeros_are_unknown

_CHANNEL_LAST = {"NWC", "NHWC", "NDHWC"}
_LAYOUT_DIMS = {"NCW": 3, "NWC": 3, "NCHW": 4, "NHWC": 4, "NCDHW": 5, "NDHWC": 5}
_LAYOUT_ENUM = {"NCHW": 0, "NHWC": 1, "NCW": 8, "NWC": 9, "NCDHW": 32, "NDHWC": 33}     # mshadow's numbers
_LAYOUT_PAIRS = {1: ("kNCW", "kNWC"), 2: ("kNCHW", "kNHWC"), 3: ("kNCDHW", "kNDHWC")}
_RANK_LAYOUTS = {1: ("NCW", "NWC"), 2: ("NCHW", "NHWC"), 3: ("NCDHW", "NDHWC")}    # channels first, last
_DATA_AXES = {1: "x", 2: "y-x", 3: "depth-y-x"}


# ---- attribute parsing ------------------------------------------------------------
def shape_attr(value, n, default, what, op):
    """An MXNet Shape attribute (tuple, int, or a string like "(3, 3)") as an n-tuple of ints."""
    if isinstance(value, str):
        try:
            value = ast.literal_eval(value.strip() or "()")
        except (ValueError, SyntaxError) as e:
            raise MXNetError(f"{op}: cannot read {what}={value!r} as a shape") from e
    if value is None:
        value = ()
    if isinstance(value, (int, np.integer)):
        value = (int(value),) * n
    value = tuple(int(v) for v in value)
    if not value:
        return (default,) * n
    if len(value) != n:
        raise MXNetError(f"{op}: {what}={value} must have {n} entries to match kernel of {n} dimensions")
    return value


def _target_shape(target_shape, n):
    """Deconvolution's target_shape as MXNet's shape inference reads it: a number is one entry, only the first
    ``n`` entries are read, and a shorter one fails reading the entry it lacks."""
    value = ast.literal_eval(target_shape.strip() or "()") if isinstance(target_shape, str) else target_shape
    if isinstance(value, (int, np.integer)):
        value = (int(value),)
    value = tuple(value or ())
    if 0 < len(value) < n:
        raise located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {len(value)} must be in range "
                                 f"[0, {len(value)})"), ("../include/mxnet/tuple.h", 244))
    return shape_attr(value[:n], n, 0, "target_shape", "Deconvolution")


def _kernel(kernel, op):
    if isinstance(kernel, str):
        kernel = ast.literal_eval(kernel)
    kernel = tuple(int(k) for k in np.atleast_1d(kernel))
    if not 1 <= len(kernel) <= 3:
        raise MXNetError(f"{op}: kernel={kernel} must have 1, 2 or 3 dimensions")
    return kernel


def _to_channel_first(x, layout):
    return np.moveaxis(x, -1, 1) if layout in _CHANNEL_LAST else x


def _from_channel_first(x, layout):
    return np.ascontiguousarray(np.moveaxis(x, 1, -1)) if layout in _CHANNEL_LAST else x


# ---- window machinery -----------------------------------------------------------
# The matrix products run on batch-innermost buffers (C, *spatial, N): im2col rows are
# (channel, kernel offset), columns (position, batch), so every product is one 2-D sgemm per
# group, and the copies into and out of the im2col matrix move runs of (row width x batch)
# contiguous elements instead of single rows of a small image.
def _pad(x, before, size, fill=0, keep_tail=False):
    """``x`` placed at offset ``before`` in a buffer of spatial ``size`` filled with ``fill`` (a negative
    offset crops ``x``: buffer position i holds x[i - before], as MXNet's own kernels read it)."""
    if tuple(before) == (0,) * len(before) and tuple(size) == x.shape[2:]:
        return x
    xp = np.full(x.shape[:2] + tuple(size), fill, dtype=x.dtype)
    dst, src = _image_window(before, x.shape[2:], size, keep_tail)
    xp[dst] = x[src]
    return xp


def _image_window(before, spatial, size, keep_tail=False):
    """(buffer region, image region) that ``_pad`` copies; with a negative pad the image loses ``-pad``
    elements at the start and, unless ``keep_tail`` (MXNet's max pooling windows run to the input's end),
    at the end too (its other windows stop at ``n + pad``)."""
    dst = tuple(slice(max(b, 0), max(min(m, n + b + (0 if keep_tail else min(b, 0))), max(b, 0)))
                for b, n, m in zip(before, spatial, size))
    src = tuple(slice(d.start - b, d.stop - b) for d, b in zip(dst, before))
    return (slice(None), slice(None)) + dst, (slice(None), slice(None)) + src


def _spatial_slices(kidx, stride, dilate, out):
    """The spatial buffer positions that kernel offset ``kidx`` reads for every output position."""
    return tuple(slice(k * d, k * d + s * (o - 1) + 1, s) for k, s, d, o in zip(kidx, stride, dilate, out))


def _offset_slices(kidx, stride, dilate, out):
    """``_spatial_slices`` of an (N, C, *spatial) buffer."""
    return (slice(None), slice(None)) + _spatial_slices(kidx, stride, dilate, out)


# Temporaries that never leave an op live in per-thread buffers reused across calls: memory the
# allocator has just returned to the system costs far more to fault back in than the copy into it.
_WORKSPACE = threading.local()
_WORKSPACE_MAX = 4 << 20


def _scratch(role, shape, dtype):
    """A reusable buffer of ``shape`` for temporary ``role`` (one live buffer per role and thread)."""
    dtype = np.dtype(dtype)
    nbytes = math.prod(shape) * dtype.itemsize
    if nbytes > _WORKSPACE_MAX:
        return np.empty(shape, dtype)
    buf = getattr(_WORKSPACE, role, None)
    if buf is None or buf.nbytes < nbytes:
        buf = np.empty(max(nbytes, 4096), np.uint8)
        setattr(_WORKSPACE, role, buf)
    return buf[:nbytes].view(dtype).reshape(shape)


def _copy(src, role):
    """``src`` copied into the scratch buffer of ``role``."""
    dst = _scratch(role, src.shape, src.dtype)
    np.copyto(dst, src)
    return dst


# Moving the batch axis across a whole array in one copy strides through memory and is several times
# slower than swapping the two leading axes first, which leaves one small transpose per channel.
def _batch_last(x, before, size):
    """``x`` (N, C, *spatial) zero-padded to spatial ``size`` in a scratch (C, *size, N) buffer."""
    nd = x.ndim - 2
    xb = _scratch("pad", (x.shape[1],) + tuple(size) + (x.shape[0],), x.dtype)
    xb.fill(0)
    inner = tuple(slice(b, b + n) for b, n in zip(before, x.shape[2:]))
    xb[(slice(None),) + inner] = _copy(x.swapaxes(0, 1), "swap").transpose((0,) + tuple(range(2, nd + 2)) + (1,))
    return xb


def _batch_first(xb, before, size):
    """The region at ``before`` of spatial ``size`` of a (C, *spatial, N) buffer as a new (N, C, *size) array."""
    nd = xb.ndim - 2
    inner = tuple(slice(b, b + n) for b, n in zip(before, size))
    per_channel = _copy(xb[(slice(None),) + inner].transpose((0, nd + 1) + tuple(range(1, nd + 1))), "swap")
    return per_channel.swapaxes(0, 1).copy()


def _im2col(xb, kernel, stride, dilate, out, groups):
    """Windows of a (C, *spatial, N) buffer as a scratch (groups, C/groups * prod(kernel), prod(out) * N) matrix."""
    st = xb.strides
    sp = st[1:-1]
    shape = (xb.shape[0],) + tuple(kernel) + tuple(out) + (xb.shape[-1],)
    strides = ((st[0],) + tuple(s * d for s, d in zip(sp, dilate)) + tuple(s * t for s, t in zip(sp, stride))
               + (st[-1],))
    win = as_strided(xb, shape, strides, writeable=False)                # C, *K, *out, N
    return _copy(win, "cols").reshape(groups, xb.shape[0] // groups * math.prod(kernel), -1)


def _batch_inner(a, groups, role="dyb"):
    """(N, C, *out) -> a scratch (groups, C/groups, prod(out) * N) matrix."""
    n, c = a.shape[:2]
    per_channel = _copy(a.reshape(n, c, -1).swapaxes(0, 1), "swap")
    return _copy(per_channel.swapaxes(1, 2), role).reshape(groups, c // groups, -1)


def _matmul(a, b, role):
    """``a @ b`` written into the scratch buffer of ``role``."""
    out = _scratch(role, np.broadcast_shapes(a.shape[:-2], b.shape[:-2]) + (a.shape[-2], b.shape[-1]),
                   np.result_type(a, b))
    return np.matmul(a, b, out=out)


def _correlate(xb, w, stride, dilate, out, groups, bias=None):
    """Cross-correlation of a (C, *spatial, N) buffer with ``w`` (F, C/groups, *K) -> (N, F, *out)."""
    n, f = xb.shape[-1], w.shape[0]
    cols = _im2col(xb, w.shape[2:], stride, dilate, out, groups)
    y = _matmul(w.reshape(groups, f // groups, -1), cols, "prod")        # G, F/G, prod(out) * N
    y = _copy(y.reshape(f, -1, n).swapaxes(1, 2), "swap").swapaxes(0, 1)
    res = np.empty((n, f) + tuple(out), dtype=y.dtype)
    if bias is None:
        res.reshape(n, f, -1)[...] = y
    else:                                                                # the bias rides on the layout copy
        np.add(y, bias.reshape(-1, 1).astype(y.dtype, copy=False), out=res.reshape(n, f, -1))
    return res


def _correlate_wgrad(xb, dyb, out, kernel, stride, dilate, groups):
    """Gradient of ``_correlate`` with respect to the weight, from ``dyb = _batch_inner(dy)``: (F, C/groups, *K)."""
    cols = _im2col(xb, kernel, stride, dilate, out, groups)
    dw = np.matmul(dyb, cols.swapaxes(1, 2))                             # G, F/G, C/G * prod(K)
    return dw.reshape((groups * dyb.shape[1], xb.shape[0] // groups) + tuple(kernel))


# Up to this many filters per group, a float32 data gradient adds its filters' products one by one, each a fused
# multiply-add, as MXNet's kernel does; BLAS libraries differ there from one CPU to the next.
_FMA_CHAIN_FILTERS = 16


def _fma_chain(a, b):
    """``a @ b`` for float32 stacks of matrices: the products of each output added in order of the shared axis,
    one rounding per fused multiply-add."""
    out = np.zeros(np.broadcast_shapes(a.shape[:-2], b.shape[:-2]) + (a.shape[-2], b.shape[-1]), np.float32)
    for k in range(a.shape[-1]):
        out = onednn.fused_add_f32(out.astype(np.float64), a[..., :, k:k + 1].astype(np.float64) * b[..., k:k + 1, :])
    return out


def _correlate_dgrad(dyb, w, out, size, stride, dilate, groups):
    """Gradient of ``_correlate`` with respect to its padded input, from ``dyb = _batch_inner(dy)``: (C, *size, N)."""
    kernel = w.shape[2:]
    n = dyb.shape[-1] // max(math.prod(out), 1)
    wm = w.reshape(groups, w.shape[0] // groups, -1).swapaxes(1, 2)     # G, C/G * prod(K), F/G
    if wm.dtype == np.float32 and wm.shape[-1] <= _FMA_CHAIN_FILTERS:
        cols = _fma_chain(wm, dyb)
    else:
        cols = _matmul(wm, dyb, "cols")                                  # G, C/G * prod(K), prod(out) * N
    cols = cols.reshape((groups * w.shape[1],) + tuple(kernel) + tuple(out) + (n,))
    dxb = _scratch("pad", (groups * w.shape[1],) + tuple(size) + (n,), cols.dtype)
    dxb.fill(0)
    for kidx in np.ndindex(*kernel):
        dxb[(slice(None),) + _spatial_slices(kidx, stride, dilate, out)] += cols[(slice(None),) + kidx]
    return dxb


def _crop(xp, before, size, keep_tail=False):
    """The image part of a ``_pad`` buffer; elements a negative pad cut off get zeros."""
    if min(before) >= 0:
        return xp[(slice(None), slice(None)) + tuple(slice(b, b + n) for b, n in zip(before, size))]
    out = np.zeros(xp.shape[:2] + tuple(size), xp.dtype)
    dst, src = _image_window(before, size, xp.shape[2:], keep_tail)
    out[src] = xp[dst]
    return out


# ---- Convolution ------------------------------------------------------------------
class _ConvGeom:
    """Kernel, stride, dilation, padding and group count of one (de)convolution call."""

    def __init__(self, op, data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout):
        self.kernel = _kernel(kernel, op)
        n = len(self.kernel)
        if data.ndim != n + 2 and n in _DATA_AXES:
            name = "dshp" if op == "Convolution" else "dshape"
            raise MXNetError(f"Check failed: {name}.ndim() == {n + 2}U ({data.ndim} vs. {n + 2}) : Input data should "
                             f"be {n + 2}D in batch-num_filter-{_DATA_AXES[n]}")
        self.stride = shape_attr(stride, n, 1, "stride", op)
        self.dilate = shape_attr(dilate, n, 1, "dilate", op)
        self.pad = shape_attr(pad, n, 0, "pad", op)
        self.groups = int(num_group)
        if self.groups < 1:
            raise MXNetError(f"{op}: num_group must be at least 1, got {self.groups} (for UpSampling's bilinear "
                             f"kernel: num_filter, the channel count)")
        self.layout = layout
        if layout is not None and layout not in _LAYOUT_DIMS:
            raise MXNetError(f"{op}: unknown layout {layout!r}")
        if layout is not None and _LAYOUT_DIMS[layout] != data.ndim:
            raise MXNetError(f"Invalid layout for {data.ndim}d shape {_LAYOUT_ENUM[layout]}")
        for name in ("stride", "dilate"):
            refusal = _window_size_refusal(name, getattr(self, name))
            if refusal is not None:
                raise MXNetError(refusal)
        self.dkernel = tuple(d * (k - 1) + 1 for k, d in zip(self.kernel, self.dilate))


_UNKNOWN_SIZE = "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"


def _refuse_unmade_shape(given, inferred):
    """MXNet's words for an inferred weight shape of a filter count below -1 (it cannot be made), or of an unknown
    size (-1, which fits any given size, then fails when the sizes are counted)."""
    refusal = _window_size_refusal("shape", tuple(v for v in inferred[:2] if v < -1))
    if refusal is not None:
        raise MXNetError(refusal)
    if given != inferred and len(given) == len(inferred) and all(i in (s, -1) for s, i in zip(given, inferred)):
        raise MXNetError(_UNKNOWN_SIZE)


def _window_size_refusal(name, value):
    """MXNet's words for a (de)convolution window of a negative or zero size: its shape checks the sizes are
    known (-1 is unknown, below that invalid), then that their product is positive; None if it passes."""
    invalid = next((v for v in value if v < -1), None)
    if invalid is not None:
        return negative_size_text(invalid)
    if -1 in value:
        return _UNKNOWN_SIZE
    if 0 in value:
        sizes = ",".join(map(str, value))
        return f"Check failed: param_.{name}.Size() > 0U (0 vs. 0) : incorrect {name} size: [{sizes}]"
    return None


def _refuse_channel_last(op, layout, batch, num_filter, out, dtype):
    """MXNet's CPU primitives have no channel-last convolution: shapes are inferred, the error shows on
    reading (a placeholder of the channel-last output stands in until then)."""
    if layout in _CHANNEL_LAST:
        raise KernelError(f"could not create a descriptor for a dilated {op.lower()} forward propagation primitive",
                          np.zeros((batch,) + tuple(out) + (int(num_filter),), dtype))


def _check_tune(op, cudnn_tune):
    if cudnn_tune not in (None, "None", "fastest", "limited_workspace", "off"):
        raise MXNetError(f"Invalid Input: '{cudnn_tune}', valid values are: {{None, 'fastest', 'limited_workspace', "
                         f"'off'}}, in operator {op} (cudnn_tune)")


def _refuse_half(op, data, result):
    """MXNet's CPU build has no float16 gemm for its convolutions: the kernel fails, and the error shows
    when the result is read (``result`` stands in for it until then)."""
    if data.dtype == np.float16:
        raise KernelError("FP16 gemm on cpu not implemented!", np.zeros(result.shape, np.float16))


def _check_uniform_type(op, data, weight, bias):
    """MXNet's type inference: the weight and bias share the data's type."""
    for name, arr in (("weight", weight), ("bias", bias)):
        if arr is not None and arr.dtype != data.dtype:
            raise MXNetError(f"{op}: {uniform_type_refusal(data.dtype, arr.dtype, name)}")


def _check_bias(op, bias, no_bias, num_filter):
    """MXNet's input count check: a bias exactly when no_bias is false."""
    if (bias is None) != _flag(no_bias):
        given, wanted = (3, 2) if bias is not None else (2, 3)
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator {op} "
                         f"expects {wanted} inputs, but got {given} instead.")
    return None if _flag(no_bias) else bias


def _check_bias_shape(op, bias, num_filter):
    if bias is not None and bias.shape != (num_filter,):
        raise MXNetError(f"{op}: {inconsistent(bias.shape, (num_filter,))}")


# (source file, {rank: line}) of a (de)convolution's input-channel group check; its filter check is 2 lines below
_GROUP_CHECKS = {"Convolution": ("../src/operator/nn/convolution.cc", {1: 118, 2: 169, 3: 229}),
                 "Deconvolution": ("../src/operator/nn/deconvolution.cc", {1: 147, 2: 201, 3: 268})}


def group_refusal(op, rank, channels, num_filter, groups):
    """(source line, MXNet's words) refusing a grouped ``rank``-D (de)convolution's input channels, then its
    filters, split into ``groups``; or None."""
    path, lines = _GROUP_CHECKS[op]
    line = lines.get(rank, lines[2])
    data_name = "dshape" if op == "Convolution" else DECONV_DATA_NAMES.get(rank + 2, "dshape")
    if channels % groups:
        return (path, line), (f"Check failed: {data_name}[1] % param_.num_group == 0U ({channels % groups} vs. 0) : "
                              "input num_filter must divide group size")
    if num_filter % groups:
        return (path, line + 2), (f"Check failed: param_.num_filter % param_.num_group == 0U ({num_filter % groups} "
                                  "vs. 0) : output num_filter must divide group size")
    return None


def _conv_setup(data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout, bias=None):
    """MXNet's shape checks in its order: the weight (filters counted per group), the bias, then the groups."""
    g = _ConvGeom("Convolution", data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout)
    x = _to_channel_first(data, layout)
    w = _to_channel_first(weight, layout)
    c = x.shape[1]
    want = (num_filter // g.groups * g.groups, c // g.groups) + g.kernel
    _refuse_unmade_shape(w.shape, want)
    if w.shape != want:
        expected = want[:1] + want[2:] + want[1:2] if layout in _CHANNEL_LAST else want   # the weight's layout
        raise MXNetError(f"Convolution: {inconsistent(weight.shape, expected)}")
    _check_bias_shape("Convolution", bias, num_filter)
    refused = group_refusal("Convolution", len(g.kernel), c, num_filter, g.groups)
    if refused is not None:
        raise located(MXNetError(f"Convolution: {refused[1]}"), refused[0])
    size = tuple(n + 2 * p for n, p in zip(x.shape[2:], g.pad))
    for i, (dk, s) in enumerate(zip(g.dkernel, size)):
        if dk > s:
            axis = "dyx"[3 - len(size) + i]
            raise MXNetError(f"Check failed: dilated_ksize_{axis} <= AddPad(dshape[{i + 2}], param_.pad[{i}]) ({dk} vs. "
                             f"{s}) : kernel size exceed input")
    out = tuple((s - dk) // st + 1 for s, dk, st in zip(size, g.dkernel, g.stride))
    g.size, g.out = size, out
    return g, x, w, size, out


_NATIVE_CHANNEL_LAST = ("Check failed: param_.layout.value() == mshadow: :kNCW || param_.layout.value() == "
                        "mshadow::kNCHW || param_.layout.value() == mshadow::kNCDHW: Only support NCW, NCHW and NCDHW "
                        "layout")


@defop("Convolution", aliases=("convolution",))
def convolution(data, weight, bias=None, *, kernel, stride=(), dilate=(), pad=(), num_filter, num_group=1,
                workspace=1024, no_bias=False, cudnn_tune=None, cudnn_off=False, layout=None):
    """N-D convolution (cross-correlation) of ``data`` with ``weight`` plus ``bias``."""
    _conv_parser_checks(dict(kernel=kernel, stride=stride, dilate=dilate, pad=pad))
    _check_tune("Convolution", cudnn_tune)
    bias = _check_bias("Convolution", bias, no_bias, num_filter)
    if layout == "NWC":
        raise MXNetError("Invalid Input: 'NWC', valid values are: {None, 'NCDHW', 'NCHW', 'NCW', 'NDHWC', 'NHWC'}, "
                         "in operator Convolution (layout)")
    g, x, w, size, out = _conv_setup(data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout, bias)
    _check_uniform_type("Convolution", data, weight, bias)      # (types are inferred after shapes)
    if layout in _CHANNEL_LAST and data.dtype in (np.float64, np.float16):     # MXNet's own kernel refuses them
        raise KernelError(_NATIVE_CHANNEL_LAST, np.zeros((x.shape[0],) + tuple(out) + (int(num_filter),), data.dtype))
    if layout in _CHANNEL_LAST:
        return _channel_last_as_channel_first(data, weight, bias, g, out, num_filter)
    if min(g.pad) < 0 and data.dtype != np.float64:     # float64 runs MXNet's own kernel, which crops
        raise KernelError("could not create a descriptor for a dilated convolution forward propagation primitive",
                          np.zeros((x.shape[0], int(num_filter)) + tuple(out), data.dtype))
    if data.dtype.kind != "f":
        return _integer_convolution(x, w, bias, g, out)
    if not x.shape[0]:      # an empty batch (NumPy shape semantics; legacy ones refuse it first)
        empty = _from_channel_first(np.zeros((0, int(num_filter)) + tuple(out), data.dtype), layout)
        _refuse_half("Convolution", data, empty)
        return empty
    if data.dtype == np.float64:
        y = conv_native.conv_forward(x, w, bias, g.kernel, g.stride, g.dilate, g.pad, out, g.groups)
        return _from_channel_first(y, layout)
    if data.dtype == np.float16:
        x, w, bias = (None if a is None else a.astype(np.float32) for a in (x, w, bias))
    y = _correlate_in_order(x, w, g, size, out, bias)
    _refuse_half("Convolution", data, y)
    block = onednn.conv_output_block(x.shape[1], int(num_filter), g.groups, len(g.kernel), _ag.is_training())
    # a convolution padded past its kernel runs the im2col gemm too, but in inference over 16k filters (AVX-512's
    # brgconv kernel, which writes channels last, read by BatchNorm's inference as a blocked layout; probed)
    plain = onednn._LANES == 8 and _avx2_forward_order(x.shape[1], int(num_filter), g) is None \
        or _pads_past_dilated_kernel(g) and (_ag.is_training() or block != 16) \
        or _runs_plain_gemm(x, int(num_filter), g, out)
    if plain:
        block = None        # the im2col sgemm leaves its output plain
    elif block == 16 and _runs_avx2_kernel(x.shape[1], int(num_filter), g, x.shape[0] * math.prod(out)):
        block = 8
    if data.dtype == np.float32 and block:
        onednn.mark_blocked(y, block)
    if data.dtype == np.float32 and block == 16 and _runs_brgemm(x.shape[1], int(num_filter), g, y[:, 0].size):
        onednn.mark_channels_last(y)
    if data.dtype == np.float32 and len(g.kernel) in (1, 3) and not plain and layout not in _CHANNEL_LAST:
        onednn.mark_blocked_1d(y, x.shape[1], int(num_filter), g.groups, _ag.is_training())
    if data.dtype == np.float32 and not plain and not _ag.is_training() and layout not in _CHANNEL_LAST:
        onednn.mark_reordered_weight(weight, x.shape[1], int(num_filter), g.groups, len(g.kernel))
    if data.dtype == np.float32 and len(out) == 2 and layout not in _CHANNEL_LAST and \
            _runs_reference(x, w, g, out, _onednn_order(x.shape[1], w.shape[0], g, x.shape[0] * math.prod(out))):
        onednn.mark_channels_last_of(y)     # (the reference kernel's layout)
    return _from_channel_first(y, layout)


def _runs_brgemm(channels, filters, g, positions):
    """Whether AVX-512's oneDNN runs an ungrouped float32 2-D convolution of 16k filters in inference by its brgemm
    kernels (channels-last output; probed with DNNL_VERBOSE): the 1x1 one where unpadded, else the KxK one, where
    their blocking leaves no partial filter block."""
    if onednn._LANES != 16 or _ag.is_training() or g.groups != 1 or len(g.kernel) != 2 or filters % 16:
        return False
    if math.prod(g.kernel) == 1 and not any(g.pad):
        return not _brgemm_1x1_refuses(channels, filters, g, positions)
    return not _brgconv_refuses(channels, filters, g, positions)


def _runs_avx2_kernel(channels, filters, g, positions):
    """Whether AVX-512's oneDNN leaves an ungrouped float32 convolution of 16k + 8 channels beyond 16 to its AVX2
    direct kernel (blocks of 8 channels in and out; probed with DNNL_VERBOSE where the brgemm kernel refuses it in
    inference)."""
    if onednn._LANES != 16 or g.groups != 1:
        return False
    order = _onednn_order(channels, filters, g, positions)
    return order is not None and order[:3] == (True, True, 8)


def _runs_plain_gemm(x, filters, g, out):
    """Whether AVX-512's oneDNN runs an ungrouped float32 convolution of ``x`` by its im2col gemm (``_onednn_order``),
    whose output is plain."""
    if onednn._LANES != 16 or g.groups != 1:
        return False
    order = _onednn_order(x.shape[1], filters, g, x.shape[0] * math.prod(out))
    return order is not None and not order[0]


def _correlate_in_order(x, w, g, size, out, bias):
    """A float32 convolution of channel-first ``x`` (padded to ``size``) as MXNet's oneDNN kernels sum it, where
    probed (else as one product per output)."""
    order = _onednn_order(x.shape[1], w.shape[0], g, x.shape[0] * math.prod(out))
    with np.errstate(over="ignore", invalid="ignore"):      # float32 sums overflow to inf silently, as MXNet's
        if order is not None and any(g.pad) and not np.isfinite(w).all():
            return _skipping_padding_taps(x, w, g, size, out, bias)
        if _runs_reference(x, w, g, out, order):
            return _reference_correlate(_pad(x, g.pad, size), w, g, out, bias)
        if order is not None and not order[0] and math.prod(out) == 1 and w.shape[0] > g.groups:
            return _single_position_correlate(_pad(x, g.pad, size), w, g, out, bias)
        if order is not None:
            y = _ordered_correlate(_pad(x, g.pad, size), w, g, out, bias, *order)
            if not order[0] and order[2] is None and _last_sgemm_takes_one_position(x, w, g, out):
                _correlate_last_position(y, _pad(x, g.pad, size), w, g, out, bias)
            return y
        y = _avx2_gemm_correlate(x, w, g, out, bias) if onednn._LANES == 8 and \
            _avx2_forward_order(x.shape[1], w.shape[0], g) is None else None
        return _correlate(_batch_last(x, g.pad, size), w, g.stride, g.dilate, out, g.groups, bias) if y is None else y


def _last_sgemm_takes_one_position(x, w, g, out):
    """Whether AVX-512's im2col gemm (all channels a sgemm) leaves the last of an image's 1-D or 2-D output positions
    alone to a sgemm of its own, one position more than a multiple of its position block (oneDNN's gemv kernel
    then sums it, as _single_position_correlate; probed: a 7x7 kernel over 41x41 images, 240 positions a block)."""
    if onednn._LANES != 16 or len(out) > 2 or w.shape[0] == g.groups:
        return False
    positions, block = math.prod(out), _gemm_position_block(x, w, g, out)
    return 1 < block < positions and positions % block == 1


def _correlate_last_position(y, xp, w, g, out, bias):
    """Overwrite each image's last output position in ``y`` with the sum oneDNN's gemv kernel gives it."""
    last = np.unravel_index(math.prod(out) - 1, out)
    corner = tuple(slice(i * s, None) for i, s in zip(last, g.stride))
    one = _single_position_correlate(xp[(slice(None), slice(None)) + corner], w, g, (1,) * len(out), bias)
    y[(slice(None), slice(None)) + last] = one.reshape(y.shape[:2])


def _runs_reference(x, w, g, out, order):
    """Whether MXNet's oneDNN runs the float32 convolution of ``x`` with ``w`` (``_onednn_order``'s ``order``) by its
    reference kernel: the im2col gemm's, refusing its windows (``_gemm_refuses_windows``)."""
    return _runs_gemm_order(order, x.shape[1], w.shape[0], g) and _gemm_refuses_windows(x, w, g, out)


def _runs_gemm_order(order, channels, filters, g):
    """Whether ``_onednn_order``'s ``order`` (of ``channels`` and ``filters``) is oneDNN's im2col gemm's."""
    if onednn._LANES == 8:
        return order is None and _avx2_forward_order(channels, filters, g) is None
    return order is not None and not order[0]


# oneDNN's im2col gemm convolution refuses to book a window buffer beyond 15 times the bytes of its data, weight and
# output (its guard against huge scratchpads), each booking padded by its alignment
_WINDOWS_PER_TENSOR_BYTE = 15
_BOOKING_ALIGNMENT = 128


def _gemm_refuses_windows(x, w, g, out):
    """Whether oneDNN's im2col gemm convolution (one thread) refuses the forward of ``x`` with ``w`` for its
    window buffer (one image's block of positions and channels, a 3-D one's depth slice) outgrowing that guard, as
    for a single large image under a kernel of many offsets (probed): MXNet then runs oneDNN's reference kernel."""
    offsets = math.prod(g.kernel)
    if tuple(out) == x.shape[2:] and offsets == 1 and max(g.stride) == 1:
        return False        # (no windows copied)
    if len(out) == 3:
        positions, channels = math.prod(out[1:]), w.shape[1]
    else:
        positions, channels = _gemm_position_block(x, w, g, out), _gemm_channel_block(x, w, g, out)
    windows = 4 * channels * offsets * positions
    return windows + _BOOKING_ALIGNMENT > _WINDOWS_PER_TENSOR_BYTE * _tensor_bytes(x.shape, w.shape, out)


_GUARD_SLACK = 64      # bytes the guard counts beyond the tensors' floats (probed: 61 to 65)


def _tensor_bytes(data_shape, weight_shape, out):
    """The bytes of a float32 convolution's data, weight and output as oneDNN's scratchpad guard counts them."""
    floats = math.prod(data_shape) + math.prod(weight_shape) + data_shape[0] * weight_shape[0] * math.prod(out)
    return 4 * floats + _GUARD_SLACK


def _backward_position_block(data_shape, weight_shape, g, out, weight_gradient):
    """How many output positions of an image (a 3-D one's depth slice) oneDNN's im2col gemm takes at once in a
    backward pass of one thread: all of them, but where its window buffer outgrows the guard of
    ``_gemm_refuses_windows`` (unaligned), a block of what fits the room left (the weight gradient's after its
    reduction buffer, the weight's bytes booked as floats), a 10th of it for the data gradient, a 20th for the
    weight's, at least a vector's floats (probed)."""
    positions, offsets = math.prod(out[-2:]), math.prod(g.kernel)
    if tuple(out) == tuple(data_shape[2:]) and offsets == 1 and max(g.stride) == 1:
        return positions        # (no windows copied)
    per_position = 4 * weight_shape[1] * offsets
    room = _WINDOWS_PER_TENSOR_BYTE * _tensor_bytes(data_shape, weight_shape, out)
    if weight_gradient:
        room -= 16 * math.prod(weight_shape) + _BOOKING_ALIGNMENT
    if room >= per_position * positions:
        return positions
    share = np.float32(0.05 if weight_gradient else 0.1)
    return max(onednn._LANES, int(np.float32(room // per_position) * share))


def _dgrad_refuses_windows(data_shape, weight_shape, g, out):
    """Whether oneDNN's im2col gemm refuses a data gradient whose window buffer, taking all of an image's positions
    (``_backward_position_block``), fits the guard of ``_gemm_refuses_windows`` but not with its booking's
    alignment (probed): MXNet then runs oneDNN's reference kernel (``_reference_dgrad``)."""
    if len(out) == 3 or tuple(out) == tuple(data_shape[2:]) and math.prod(g.kernel) == 1 and max(g.stride) == 1:
        return False
    windows = 4 * weight_shape[1] * math.prod(g.kernel) * math.prod(out)
    room = _WINDOWS_PER_TENSOR_BYTE * _tensor_bytes(data_shape, weight_shape, out)
    return windows <= room < windows + _BOOKING_ALIGNMENT


def _reference_dgrad(dy, w, g, size, channels_last):
    """The padded data gradient (N, C, *size) as oneDNN's reference kernel sums it (probed): each input's products
    rounded and added in turn from zero, the filters outer, but over ``channels_last`` memory (a convolution's
    backward after that kernel's forward; a Deconvolution's is plain) the kernel offsets outer where there are
    more filters than the kernel has columns, as its forward (``_reference_correlate``)."""
    filters, out = dy.shape[1], dy.shape[2:]
    offsets = list(np.ndindex(*g.kernel))
    steps = [(k, f) for k in offsets for f in range(filters)] if channels_last and filters > g.kernel[-1] else \
        [(k, f) for f in range(filters) for k in offsets]
    dxp = np.zeros(dy.shape[:1] + (w.shape[1],) + tuple(size), np.float32)
    lift = (1,) * len(out)
    for kidx, f in steps:
        dxp[_offset_slices(kidx, g.stride, g.dilate, out)] += dy[:, f:f + 1] * w[(f, slice(None)) + kidx].reshape(
            (1, -1) + lift)
    return dxp


def _reference_correlate(xp, w, g, out, bias, addend=None):
    """Cross-correlation of the padded ``xp`` with ``w`` as oneDNN's reference kernel sums it over channels-last
    data (probed): each output's products rounded and added in turn from zero, the kernel offsets outer and the
    channels inner where a group has more channels than the kernel has columns (else the channels outer), then
    the bias and a fused sum's ``addend``."""
    n, f, per_c = xp.shape[0], w.shape[0], w.shape[1]
    offsets = list(np.ndindex(*g.kernel))
    steps = [(k, c) for k in offsets for c in range(per_c)] if per_c > g.kernel[-1] else \
        [(k, c) for c in range(per_c) for k in offsets]
    acc = np.zeros((n, f) + tuple(out), np.float32)
    lift = (1,) * len(out)
    for gi, filters in enumerate(_group_filters(f, g.groups)):
        for kidx, c in steps:
            window = xp[(slice(None), gi * per_c + c) + _spatial_slices(kidx, g.stride, g.dilate, out)]
            acc[:, filters] += window[:, None] * w[(filters, c) + kidx].reshape((1, -1) + lift)
    if bias is not None:
        acc += bias.reshape((1, -1) + lift)
    return acc if addend is None else acc + addend


def _skipping_padding_taps(x, w, g, size, out, bias):
    """``_correlate_in_order`` of weights holding inf or nan, where oneDNN's direct kernels skip the taps on the
    padding (no 0 * inf there; probed): the finite products' sums in order, then the infinite or undefined
    products of the taps inside the image (their sum does not depend on the order)."""
    finite_x, finite_w = np.isfinite(x), np.isfinite(w)
    y = _correlate_in_order(np.where(finite_x, x, 0).astype(x.dtype), np.where(finite_w, w, 0).astype(w.dtype),
                            g, size, out, bias)

    def reached(data_mask, weight_mask):       # outputs with a tap inside the image pairing the two masks
        counts = _correlate(_batch_last(data_mask.astype(np.float32), g.pad, size), weight_mask.astype(np.float32),
                            g.stride, g.dilate, out, g.groups)
        return counts > 0
    x_inf, w_inf = np.isinf(x), np.isinf(w)
    x_up, x_down, w_up, w_down = x > 0, x < 0, w > 0, w < 0
    undefined = (reached(np.isnan(x), np.ones_like(finite_w)) | reached(np.ones_like(finite_x), np.isnan(w))
                 | reached(x_inf, w == 0) | reached(x == 0, w_inf))
    plus = (reached(x_inf & x_up, w_up) | reached(x_inf & x_down, w_down)
            | reached(x_up, w_inf & w_up) | reached(x_down, w_inf & w_down))
    minus = (reached(x_inf & x_up, w_down) | reached(x_inf & x_down, w_up)
             | reached(x_up, w_inf & w_down) | reached(x_down, w_inf & w_up))
    special = np.where(undefined, np.nan, 0) + np.where(plus, np.inf, 0) + np.where(minus, -np.inf, 0)
    return np.where(undefined | plus | minus, y + special.astype(y.dtype), y)


# multiply-adds replayed in oneDNN's order at most (beyond: one matrix product): a network at 224x224 or
# 299x299, two images through VGG-11 at 224x224 (the AVX2 kernels: onednn_avx2._EXACT_MACS)
_ORDERED_MACS = 1 << 32


def _onednn_order(channels, filters, g, positions):
    """How MXNet's oneDNN float32 convolution (AVX-512) adds each output's products, where it was probed:
    (kernel_outer, bias_first, channel_block, blocks_apart). Its direct kernel (filters in multiples of 16; 8
    filters more than a multiple of 16 with at most 8 channels, the bias first) takes the kernel offsets outer
    and the channels inner; in inference with padding on each side of at least half the kernel's reach, one
    chain per kernel column, the bias last; in training, beyond 16 channels (in inference too for 48 filters
    of 1-D or dilated kernels), in blocks of 16 channels, each block's sum apart (the first's with the bias)
    and the blocks' sums added in turn, or for 8k channels in blocks of 8 in one chain with the bias first, as
    16k + 8 filters over 8k channels always do. Its im2col gemm (other filters, padding as wide as the kernel)
    takes the channels outer, more than 384 terms in the inner product's blocks, each block's sum apart (a single
    filter's terms in one chain). Its inference brgemm kernels (1x1 and KxK) sum blocks of channels (KxK: and of
    kernel rows) apart as their cost model picks them, the bias after them all (``bias_first`` None; see
    ``_brgemm_1x1_blocks``, ``_brgconv_order``). Each product is one fused multiply-add."""
    terms = channels // g.groups * math.prod(g.kernel)
    if filters * positions * terms > _ORDERED_MACS:
        return None
    if onednn._LANES == 8:
        order = _avx2_forward_order(channels, filters, g)
        if order and math.prod(g.kernel) == 1 and channels // g.groups > 128 and _strides_divide(g):
            return True, True, 128, True        # the 1x1 kernel: chains of 128 channels apart (probed)
        return order
    gemm = _gemm_order(channels, filters, g, positions)
    if g.groups > 1:
        return _grouped_order(channels // g.groups, filters // g.groups, g) or gemm
    if filters % 16 == 0 and not _ag.is_training() and _splits_columns(g) and \
            not _brgconv_refuses(channels, filters, g, positions):
        return _brgconv_order(channels, filters, g, positions) or (True, False, "columns", True)
    if _pads_past_dilated_kernel(g) or _ag.is_training() and _pads_past_output_row(g):
        return gemm
    order = _direct_order(channels, filters, g, positions)
    if order and (order[:3] != (True, True, 8) or _avx2_direct_fits(g)):     # (AVX2's kernel: as it takes padding)
        return order
    if filters % 16 == 0 and (channels <= 16 or not _ag.is_training()):
        if math.prod(g.kernel) == 1 and not any(g.pad):
            chunk = _brgemm_1x1_blocks(channels, filters, g, positions)[0]
            if chunk < channels:
                return True, None, chunk, True
        if channels > 16 and math.prod(g.kernel) > 1 and _brgconv_refuses(channels, filters, g, positions):
            return gemm     # (channels the direct kernels' blocks do not take: probed with DNNL_VERBOSE)
        brgconv = None if _ag.is_training() else _brgconv_order(channels, filters, g, positions)
        return brgconv or (True, False, None, False)
    if filters % 16 == 8 and channels <= 8:     # (AVX2's kernel, padding as it takes it: probed)
        return (True, True, None, False) if _avx2_direct_fits(g) else gemm
    return gemm


def _gemm_order(channels, filters, g, positions):
    """``_onednn_order`` of AVX-512's im2col gemm: each block of channels (``onednn_gemm_blocks.channel_block``,
    all of them but for large images) one sgemm onto the sums so far, its terms in the inner product's blocks
    apart; a single filter a group (a gemv, adding into its output) sums all its terms in one chain."""
    per_c, per_f = channels // g.groups, filters // g.groups
    images, offsets = positions // math.prod(g.out), math.prod(g.kernel)
    spatial = tuple(n - 2 * p for n, p in zip(g.size, g.pad))
    im2col = tuple(g.out) != spatial or offsets > 1 or max(g.stride) > 1
    block = per_c if len(g.kernel) == 3 else onednn_gemm_blocks.channel_block(
        images * g.groups, per_f, per_c, math.prod(spatial), math.prod(g.out), offsets,
        (1,) * (2 - len(g.out)) + tuple(g.stride), im2col, onednn._LANES)
    return False, False, block if block < per_c else None, (per_c * offsets > 384 or block < per_c) and per_f > 1


_SGEMM_IMAGES = 256         # images whose im2col sgemms are replayed one by one at most (beyond: one BLAS product)
_WINDOWS_AT_ONCE = 1 << 22  # window-matrix elements of the images whose sgemms are replayed together at most


def _images_at_once(per_image):
    """How many images' window matrices (``per_image`` elements each) to take together."""
    return max(1, _WINDOWS_AT_ONCE // max(1, per_image))


def _brgconv_order(channels, filters, g, positions):
    """``_onednn_order`` of oneDNN's AVX-512 brgemm convolution (inference, 1-D and 2-D kernels beyond 1x1, see
    onednn_brgconv): each call sums a block of channels over some kernel offsets (``_brgconv_calls``), offsets
    outer and channels inner, from zero; the calls' sums are added in turn, channel blocks outer, and the bias
    last. None where the model does not apply."""
    if len(g.kernel) > 2 or math.prod(g.kernel) == 1:
        return None
    flat = _as_2d(g)
    found = _brgconv_blocks(channels, filters, flat, positions)
    if found is None or filters % found.oc_block:
        return None
    calls = _brgconv_calls(found, flat)
    if calls is None:
        return None
    return True, None, (found.ic_block, tuple(tuple(k[2 - len(g.kernel):] for k in call) for call in calls)), True


def _as_2d(g):
    """A 1-D convolution's geometry ``g`` as a 2-D one's of a single row (2-D geometries as they are)."""
    if len(g.kernel) == 2:
        return g
    return types.SimpleNamespace(kernel=(1,) + tuple(g.kernel), stride=(1,) + tuple(g.stride),
                                 dilate=(1,) + tuple(g.dilate), pad=(0,) + tuple(g.pad), size=(1,) + tuple(g.size),
                                 out=(1,) + tuple(g.out))


def _brgconv_calls(found, g):
    """The kernel offsets of each of the brgemm calls an output sums, in order, for the blocking ``found``: blocks
    of kernel rows, all columns at once where the kernel skips the padding itself ("vpad"); else the columns no
    output of a row block pads in blocks, those some output pads one a call (before and after them, with all
    rows a call only where the columns' blocks are as wide as the kernel is high). None where the output rows
    split in blocks of other columns (not modelled)."""
    (kh, kw), (pw, sw, dw), ow = g.kernel, (g.pad[1], g.stride[1], g.dilate[1]), g.out[1]
    def rows(block):
        return [range(r, min(kh, r + block)) for r in range(0, kh, block)]
    if found.exec_type == "vpad":
        return tuple(tuple((i, j) for i in r for j in range(kw)) for r in rows(found.kh_block))
    if found.ow_block != ow:
        return None
    width = g.size[1] - 2 * pw
    valid = [sum(0 <= j * sw - pw + k * dw < width for j in range(ow)) for k in range(kw)]
    full = [k for k in range(kw) if valid[k] == ow]
    left = [k for k in range(kw) if valid[k] and (not full or k < full[0])]
    right = [k for k in range(kw) if valid[k] and full and k > full[-1]]
    pad_rows, step = (kh if found.kw_block >= kh else 1), found.kw_block
    calls = [tuple((i, k) for i in r) for r in rows(pad_rows) for k in left]
    calls += [tuple((i, k) for i in r for k in full[b:b + step]) for r in rows(found.kh_block)
              for b in range(0, len(full), step)]
    calls += [tuple((i, k) for i in r) for r in rows(pad_rows) for k in right]
    return tuple(calls)


def _brgconv_refuses(channels, filters, g, positions):
    """Whether oneDNN's AVX-512 brgemm convolution (inference, 1-D and 2-D) leaves the convolution to the jit
    direct kernel: the filter block its cost model picks leaves a partial last block (32 for 48 filters over a
    small input, for 80)."""
    if len(g.kernel) > 2:
        return False
    found = _brgconv_blocks(channels, filters, g, positions)
    return found is not None and filters % found.oc_block != 0


def _brgconv_blocks(channels, filters, g, positions):
    """onednn_brgconv.blocks of a 1-D or 2-D convolution (unpadded input size, padding on the top and left)."""
    g = _as_2d(g)
    size = [n - 2 * p for n, p in zip(g.size, g.pad)]
    return onednn_brgconv.blocks(positions // math.prod(g.out), channels, filters, *size, *g.kernel, *g.stride,
                                 *g.pad, *g.dilate)


def _avx2_direct_order(channels, filters, groups=1):
    """``_onednn_order`` on AVX2 (probed), ``channels`` and ``filters`` a group's: the direct kernel (8k filters
    over 8k channels, or over fewer than 8 channels in all groups; depthwise over 8k channels) adds each output's
    products kernel offsets outer and channels in blocks of 8 inner, in one chain from the bias; None for the
    im2col sgemm (``_avx2_gemm_correlate``)."""
    if channels == filters == 1:
        return (True, True, 8, False) if groups % 8 == 0 else None
    if filters % 8 == 0 and (channels * groups < 8 or channels % 8 == 0):
        return True, True, 8, False
    return None


def _avx2_forward_order(channels, filters, g):
    """``_avx2_direct_order`` of a forward convolution (``channels`` and ``filters`` in all, geometry ``g``): None
    also where the direct kernel refuses the geometry (see ``_avx2_direct_fits``)."""
    depthwise = channels == filters == g.groups
    if not depthwise and not _avx2_direct_fits(g) or depthwise and not _avx2_depthwise_fits(g):
        return None
    return _avx2_direct_order(channels // g.groups, filters // g.groups, g.groups)


def _avx2_depthwise_fits(g):
    """Whether oneDNN's AVX2 depthwise forward kernel takes geometry ``g`` (2-D only; else the im2col sgemm does):
    no side's padding as wide as the dilated kernel, and the padding before and after the rows' blocks of
    4 output columns at most one such block wide."""
    if len(g.kernel) != 2:
        return False
    block = min(4, g.out[1])
    for axis in (0, 1):
        reach, before, n = g.dkernel[axis], g.pad[axis], g.size[axis] - 2 * g.pad[axis]
        after = (g.out[axis] - 1) * g.stride[axis] + reach - (n + before)
        if reach <= before or reach <= after:
            return False
    columns = g.out[1] - g.out[1] % block
    after_blocks = (columns - 1) * g.stride[1] + g.dkernel[1] - (g.size[1] - g.pad[1])
    return g.pad[1] <= block and after_blocks <= block


def _avx2_direct_fits(g):
    """Whether oneDNN's AVX2 direct forward kernel takes geometry ``g`` (probed; else the im2col sgemm does):
    it covers a padding before the last axis of at most 3 columns (fewer when the output is narrower) and
    narrower than the dilated kernel, and a kernel wider than 7 columns only unpadded or at unit strides."""
    if g.pad[-1] > min(3, g.out[-1]) or _pads_past_dilated_kernel(g):
        return False
    return g.kernel[-1] <= 7 or not any(g.pad) or all(s == 1 for s in g.stride)


def _one_group(g):
    """The geometry ``g`` (of ``_conv_setup``) of one group of a grouped convolution, run as a convolution of its
    own."""
    return types.SimpleNamespace(kernel=g.kernel, stride=g.stride, dilate=g.dilate, pad=g.pad, groups=1, size=g.size,
                                 out=g.out)


def _pads_past_dilated_kernel(g):
    """Padding as wide as the dilated kernel on some axis: oneDNN's AVX2 direct kernels then leave the geometry to
    the im2col sgemm (probed)."""
    return any(p >= d * (k - 1) + 1 for p, k, d in zip(g.pad, g.kernel, g.dilate))


def _pads_past_output_row(g):
    """Padding before the last axis wider than the output's rows (``g`` of ``_conv_setup``): oneDNN's AVX-512
    direct kernel leaves the forward in training to the im2col gemm (probed)."""
    return g.pad[-1] > g.out[-1]


def _dgrad_overflows_row(g):
    """Whether the kernel's reach beyond the padding before or after an input row, in whole strides, outgrows the
    row (``g`` of ``_conv_setup``): oneDNN's AVX-512 direct data-gradient kernel then leaves it to the im2col gemm
    (probed)."""
    width, before, stride = g.size[-1] - 2 * g.pad[-1], g.pad[-1], g.stride[-1]
    reach = g.dilate[-1] * (g.kernel[-1] - 1) + 1
    after = (g.out[-1] - 1) * stride + reach - width - before
    overflow = max((reach - 1 - before) // stride, (reach - 1 - max(0, after)) // stride, 0)
    return overflow * stride > width


def _strides_divide(g):
    """Whether every stride divides its input's size (oneDNN's 1x1 kernels take other inputs through a copy)."""
    return all(n % s == 0 for n, s in zip(g.size, g.stride))


def _pads_past_kernel(g):
    """Padding as wide as the kernel on some axis: oneDNN's AVX2 convolutions then run the im2col sgemm."""
    return any(p >= k for p, k in zip(g.pad, g.kernel))


def _unpadded(g):
    """``g`` (a convolution's geometry) for an input padded already."""
    return types.SimpleNamespace(kernel=g.kernel, stride=g.stride, dilate=g.dilate, pad=(0,) * len(g.pad),
                                 groups=g.groups)


def _avx2_gemm_correlate(x, w, g, out, bias, addend=None):
    """Cross-correlation of ``x`` (N, C, *spatial) as oneDNN's AVX2 im2col convolution sums it (probed): each
    image's and group's window matrix (channels outer, kernel offsets inner) times the group's filters in one
    sgemm, the bias added after; None where that product is not replayed. ``addend``: the array a sum post-op
    adds, which the sgemm starts from (beta 1)."""
    n, f = x.shape[0], w.shape[0]
    per_c, per_f = w.shape[1], f // g.groups
    if n > _SGEMM_IMAGES or n * math.prod(out) * f * w[0].size > _ORDERED_MACS:
        return None
    positions = math.prod(out)
    y = np.empty((n, f, positions), np.float32)
    block = _gemm_position_block(x, w, g, out)
    channels = _gemm_channel_block(x, w, g, out)
    term_blocks = [slice(c * w[0, 0].size, (c + channels) * w[0, 0].size) for c in range(0, per_c, channels)]
    step = _images_at_once(w[0].size * positions)
    for i in range(0, n, step):
        images = slice(i, i + step)
        for gi in range(g.groups):
            filters = slice(gi * per_f, (gi + 1) * per_f)
            cols = _im2col_images(x[images, gi * per_c:(gi + 1) * per_c], g, out)
            into = None if addend is None else addend[images, filters].reshape(-1, per_f, positions)
            for start in range(0, positions, block):
                stop = start + block
                part = None if into is None else into[:, :, start:stop]
                for terms in term_blocks:       # each block's sgemm onto the sums so far (beta 1)
                    part = onednn_avx2.convolution_gemm(w[filters].reshape(per_f, -1)[:, terms],
                                                        cols[:, terms, start:stop], part)
                    if part is None:
                        return None
                y[images, filters, start:stop] = part
    y = y.reshape((n, f) + tuple(out))
    return y if bias is None else y + bias.reshape((1, -1) + (1,) * len(out))


def _gemm_position_block(x, w, g, out):
    """How many output positions of an image oneDNN's AVX2 im2col convolution takes in one sgemm: one output
    depth of a 3-D convolution; else as onednn_gemm_blocks picks, a grouped convolution's as an ungrouped one's
    of a group's filters and channels over images times groups (probed)."""
    if len(out) == 3:
        return math.prod(out[1:])
    im2col = tuple(out) != x.shape[2:] or w[0, 0].size > 1 or max(g.stride) > 1
    return onednn_gemm_blocks.position_block(x.shape[0] * g.groups, w.shape[0] // g.groups, w.shape[1],
                                             math.prod(x.shape[2:]), math.prod(out), w[0, 0].size,
                                             (1,) * (2 - len(out)) + tuple(g.stride), im2col, onednn._LANES)


def _gemm_channel_block(x, w, g, out):
    """How many channels each of ``_gemm_position_block``'s sgemms takes (onednn_gemm_blocks.channel_block):
    fewer than all where the windows outgrow the cache."""
    if len(out) == 3:
        return w.shape[1]
    im2col = tuple(out) != x.shape[2:] or w[0, 0].size > 1 or max(g.stride) > 1
    return onednn_gemm_blocks.channel_block(x.shape[0] * g.groups, w.shape[0] // g.groups, w.shape[1],
                                            math.prod(x.shape[2:]), math.prod(out), w[0, 0].size,
                                            (1,) * (2 - len(out)) + tuple(g.stride), im2col, onednn._LANES)


def _deconv_dgrad_order(channels, filters, g, positions):
    """``_onednn_order`` of the convolution oneDNN runs for a Deconvolution's data gradient (the output gradient
    its input, ``channels`` the deconvolution's filters; probed): the direct kernel for 16k filters over at most
    16 channels or (per group) 16k channels, these in blocks of 16 apart; else (1x1 kernels, padding as wide as
    the kernel too) the im2col gemm, a single filter's terms never split in blocks."""
    per_group = channels // g.groups
    terms = per_group * math.prod(g.kernel)
    if filters * positions * terms > _ORDERED_MACS:
        return None
    if onednn._LANES == 16 and g.groups == 1 and terms == channels and not any(g.pad) and filters % 16 == 0:
        # the unpadded 1x1 kernel over 16k filters: the forward convolution's direct kernel in training (probed)
        order = _direct_order(channels, filters, g, positions, training=True)
        if order is not None:
            return order
    if onednn._LANES == 8:      # (padding as wide as the kernel: the im2col sgemm, as a forward convolution's)
        return None if _pads_past_kernel(g) else _avx2_direct_order(per_group, filters // g.groups)
    direct = math.prod(g.kernel) > 1 and not any(p >= k for p, k in zip(g.pad, g.kernel))
    if direct and filters // g.groups % 16 == 0 and per_group % 16 == 0 and (g.groups > 1 or per_group > 16):
        return True, False, 16, True
    if direct and filters % 16 == 0 and g.groups == 1 and per_group <= 16:
        return True, False, None, False
    return _gemm_order(channels, filters, g, positions)


def _splits_columns(g):
    """Whether oneDNN's inference kernel sums each kernel column apart: padding of at least half the kernel's
    reach that the last window along the last axis runs into."""
    reach = g.dilate[-1] * (g.kernel[-1] - 1) + min(g.stride[-1], 2)
    last = (g.out[-1] - 1) * g.stride[-1] + g.dilate[-1] * (g.kernel[-1] - 1)      # in the padded row
    return 2 * g.pad[-1] >= reach and last >= g.size[-1] - g.pad[-1]


def _grouped_order(channels, filters, g):
    """``_onednn_order`` of a grouped convolution's direct kernel (``channels`` and ``filters`` per group, probed:
    1, 4, 8 or 16k channels and 8k filters; 4 or 8 channels and 4k filters; up to 3 channels and 8k filters when
    all groups' channels are fewer than 8, where AVX2's kernel fits), or None for the im2col gemm (also for padding
    as wide as the dilated kernel). One channel (fewer than 8 in all), 2 or 3 channels, and 16k + 8 filters over
    16k channels start from the bias. Over 16k channels beyond 16, 16k filters (in inference: 32k + 16 beyond 16,
    beyond a 1x1 kernel) sum blocks of 16 channels apart."""
    if channels == filters == 1 and g.groups % 8 == 0:
        # the depthwise kernel (2-D only; 1-D and 3-D ones run the gemm, as do pads as wide as the dilated kernel):
        # offsets in turn from the bias; in inference over 16k channels undilated (its brgemm kernel, whatever the
        # padding: probed) from zero, the bias after
        brgemm = g.groups % 16 == 0 and not _ag.is_training() and all(d == 1 for d in g.dilate)
        if len(g.kernel) != 2 or not brgemm and _pads_past_dilated_kernel(g):
            return None
        return True, not brgemm, None, False
    if _pads_past_dilated_kernel(g):
        return None
    if channels <= 3 and channels * g.groups < 8:   # few channels in all: AVX2's direct kernel, the bias first
        return (True, True, None, False) if filters % 8 == 0 and _avx2_direct_fits(g) else None
    if channels in (2, 3):
        return None
    if channels > 8 and _grouped_block(channels, filters):    # blocks of 8 or 4 channels apart (strided and dilated too)
        blocked = filters > 16 and filters % 32 == 16 and math.prod(g.kernel) > 1
        if not _ag.is_training() and channels % 8 == 0 and filters % 16 == 0 and not blocked:
            return True, False, None, False     # (in inference 16k filters over 8k channels, not 32k + 16: one chain)
        return True, False, _grouped_block(channels, filters), True
    if not (channels in (1, 4, 8) or channels % 16 == 0):
        return None
    if channels in (4, 8) and filters % 4 == 0:     # 8 channels to 4k filters not 8k: in blocks of 4 apart
        return True, False, _grouped_block(channels, filters), True
    if filters % 8:
        return None
    if channels > 16 and filters % 16 == 0 and (_ag.is_training() or filters > 16 and filters % 32 == 16
                                                and math.prod(g.kernel) > 1):
        return True, False, 16, True        # blocks of 16 channels apart (probed)
    return True, channels * g.groups < 8 if channels == 1 else filters % 16 == 8, None, False


def _direct_order(channels, filters, g, positions, training=None):
    """``_onednn_order`` of the direct kernel's channel-blocked forms (8k channels beyond 8; 16 or more channels in
    training for 1x1 kernels; for 16k + 8 filters of a 1x1 kernel whose strides divide the input, in training
    and inference alike, blocks of 128 channels apart; in inference where the brgemm kernel refuses), or None.
    ``training``: the propagation kind oneDNN was given (None: autograd's mode)."""
    if channels % 8 or channels < 8 or filters % 8:
        return None
    one_by_one = math.prod(g.kernel) == 1
    training = _ag.is_training() if training is None else training
    if filters % 16 == 8:
        if channels > 8 and one_by_one and all(n % s == 0 for n, s in zip(g.size, g.stride)):
            return True, True, 128, True        # the 1x1 kernel: blocks of 128 channels apart, the bias first
        return (True, True, 8, False) if channels > 8 else None
    if channels > 8 and _jit_1x1_takes(g) and (training or _brgemm_1x1_refuses(channels, filters, g, positions)):
        chain = _avx512_1x1_chain(channels, filters, g.out)
        return (True, True, chain, True) if chain < channels else (True, True, None, False)
    if one_by_one and training and max(g.stride) > 1 and channels % 16 == 0:
        return True, False, 16, True        # (strides that leave part of the input out: the direct kernel)
    if one_by_one and training and channels > 8:     # (8 channels: the plain-source kernel, the bias last)
        return True, True, None, False
    if channels <= 16 or not training and (one_by_one or (
            not _brgconv_refuses(channels, filters, g, positions) if len(g.kernel) < 3 else filters != 48)):
        return None
    return (True, False, 16, True) if channels % 16 == 0 else (True, True, 8, False)


def _jit_1x1_takes(g):
    """Whether oneDNN's AVX-512 1x1 kernel can take geometry ``g``: a 1x1 kernel, unpadded, its strides dividing
    the input (strided 3-D ones go to the direct kernel)."""
    return (math.prod(g.kernel) == 1 and not any(g.pad) and _strides_divide(g)
            and (max(g.stride) == 1 or len(g.kernel) < 3))


def _brgemm_1x1_refuses(channels, filters, g, positions):
    """Whether oneDNN's AVX-512 brgemm 1x1 forward (the inference kernel; training takes the jit 1x1 kernel) leaves
    the convolution to the jit 1x1 kernel: its blocking's filter block leaves a partial last block."""
    return filters % _brgemm_1x1_blocks(channels, filters, g, positions)[1] != 0


def _brgemm_1x1_blocks(channels, filters, g, positions):
    """(channel block, filter block) of oneDNN's AVX-512 brgemm 1x1 forward (onednn_brgconv.blocks_1x1): each call
    sums a channel block, the blocks' sums added in turn, the bias after them all. A 3-D input's depth counts
    as more rows (unit strides: positions in blocks over all rows alike) or more images (else)."""
    images, size, stride = positions // math.prod(g.out), list(g.size), list(g.stride)
    if len(size) == 1:
        size, stride = [1] + size, [1] + stride
    if len(size) == 3 and stride[0] == stride[1] == 1:
        size, stride = [size[0] * size[1], size[2]], stride[1:]
    elif len(size) == 3:
        images, size, stride = images * g.out[0], size[1:], stride[1:]
    return onednn_brgconv.blocks_1x1(images, channels, filters, *size, *stride)


def _avx512_1x1_chain(reduce, load, out):
    """How many of ``reduce`` terms oneDNN's AVX-512 1x1 kernel (jit_1x1:avx512_common, see ``_jit_1x1_takes``)
    adds in one chain before adding the chain's sum to the output: the channels of a forward, the filters of a data
    gradient, with ``load`` outputs a position (filters, channels) and ``out`` the output's spatial shape. Its
    reduction blocks (with no more than 8 threads an image): 80 terms for at most 256 outputs over 11 to 27 rows (depths
    times rows), else 512 over more than 10 rows, else 256; cut where the block's source rows would take 7 hits
    of one 64 KiB cache way within a unit of positions."""
    reduce, load = -(-reduce // 16) * 16, -(-load // 16) * 16
    rows, positions = math.prod(out[:-1]), math.prod(out)
    if load <= 256 and 10 < rows < 28:
        chain = min(reduce, 80)
    else:
        chain = min(reduce, 512 if rows > 10 else 256)
    unit = _avx512_1x1_unit(load, rows, positions)
    way, hits_allowed = 1024, 7         # a 64 KiB way in 16-float vectors; oneDNN's "about half the ways"
    if positions * chain > way * 16 * hits_allowed:
        end = positions * (chain // 16)
        for start in range(unit):
            hits = 0
            for off in range(start, end, way):
                if off % positions >= unit:
                    continue
                hits += 1
                if hits >= hits_allowed:
                    chain = min(chain, 16 * max(1, (off + way) // positions))
                    break
    return chain


def _avx512_1x1_unit(load, rows, positions):
    """The positions oneDNN's AVX-512 1x1 kernel computes at once (its register blocking ``ur``)."""
    most, least = (6, 5) if 128 < load < 256 and 10 < rows < 28 else (9, 6)
    for unit in range(most, least - 1, -1):
        if (rows if rows >= 14 else positions) % unit == 0:
            return unit
    unit, tail = min(most, positions), positions % most
    for size in range(most, least - 1, -1):
        if positions % size > tail or positions % size == 0:
            unit, tail = size, positions % size
            if tail == 0:
                break
    return unit


def _ordered_correlate(xp, w, g, out, bias, kernel_outer, bias_first, block, apart, addend=None,
                       addend_after_first=False):
    """Cross-correlation of the padded (N, C, *spatial) ``xp`` with ``w`` (F, C/groups, *K), each output's
    products added one at a time in the order ``_onednn_order`` gives, rounded once each. ``addend``: an array
    the result is summed into, as oneDNN's sum post-op does (probed): the kernels that start from the bias, and
    the gemm of one filter a group, start their chain from it; the gemm of several filters a group adds each
    block's sum to it in turn; the other kernels add it last; ``addend_after_first``: the jit 1x1 kernel's way
    and the grouped direct kernels' with the bias last, adding it to the first block's sum (before a bias not
    yet in), the other blocks after."""
    after_first = addend if addend_after_first else None
    addend = None if addend_after_first else addend
    n, f = xp.shape[0], w.shape[0]
    block = block or w.shape[1]
    chains = _correlate_chains(tuple(g.kernel), w.shape[1], kernel_outer, block, apart)
    y = np.empty((n, f) + tuple(out), np.float32)
    lift = (1,) * len(out)
    starts_from_addend = addend is not None and (bias_first or (not kernel_outer and f == g.groups))
    bias_at_end = not kernel_outer or block == "columns" or bias_first is None
    total = addend if addend is not None and not kernel_outer and f > g.groups else None
    for i, (chain, runs) in enumerate(chains):
        start = bias if bias is not None and bias_first and i == 0 else None
        if starts_from_addend and i == 0 or xp.dtype != np.float32:
            acc = np.concatenate([_emulated_chain(
                xp, w[filters].astype(np.float64), gi, chain, g, out,
                addend[:, filters] if starts_from_addend and i == 0 else None,
                None if start is None else start[filters]) for gi, filters in enumerate(_group_filters(f, g.groups))],
                axis=1)
        else:
            acc = _chain_correlate(xp, w, chain, runs, g, out, start)
        if i == 0 and after_first is not None:
            acc = acc + after_first
        if bias is not None and not bias_first and i == 0 and not bias_at_end:
            acc = acc + bias.reshape((1, -1) + lift)
        total = acc if total is None else total + acc
    if bias is not None and bias_at_end:
        total = total + bias.reshape((1, -1) + lift)
    if addend is not None and kernel_outer and not bias_first:
        total = total + addend
    y[...] = total
    return y


def _group_filters(filters, groups):
    """The slice of each group's filters."""
    per_group = filters // groups
    return [slice(gi * per_group, (gi + 1) * per_group) for gi in range(groups)]


@functools.lru_cache(maxsize=64)
def _correlate_chains(kernel, channels, kernel_outer, block, apart):
    """The chains of (kernel offset, channel) steps ``_ordered_correlate`` sums, in order, for ``channels`` a group,
    each with its ``_chain_runs``."""
    offsets = list(np.ndindex(*kernel))
    if block == "columns":      # one chain per kernel column, the kernel rows outer and the channels inner
        chains = [[(k, c) for k in offsets if k[-1] == column for c in range(channels)]
                  for column in range(kernel[-1])]
    elif kernel_outer:
        chains = _kernel_outer_chains(offsets, channels, block if isinstance(block, tuple) else (block,))
    else:       # the gemm: each block of channels' blocks of terms apart (as the inner product's units), the bias
        chains = []     # after them all
        for first in range(0, channels, block):
            steps = [(k, c) for c in range(first, min(first + block, channels)) for k in offsets]
            chains += [steps[start:stop] for start, stop in onednn.unit_blocks(len(steps))]
    if not apart:
        chains = [[step for chain in chains for step in chain]]
    return tuple((tuple(chain), _chain_runs(chain) if chain else None) for chain in chains)


def _kernel_outer_chains(offsets, channels, blocks):
    """The chains of ``_ordered_correlate``'s kernel-outer forms, ``blocks`` (a channel block[, the kernel offsets
    of each call]; by default all offsets in one): channel blocks outer, then the calls; in each chain the kernel
    offsets outer and the channels inner."""
    chunk, *calls = blocks
    calls = calls[0] if calls else (tuple(offsets),)
    return [[(k, c) for k in call for c in range(first, min(first + chunk, channels))]
            for first in range(0, channels, chunk) for call in calls]


def _chain_correlate(xp, w, chain, runs, g, out, start=None):
    """(N, F, *out) float32 sums of one chain of ``_ordered_correlate`` (its (kernel offset, channel) steps over each
    group of the padded ``xp``, the filters ``w``; ``runs`` its ``_chain_runs``), one fused multiply-add a step from
    zero or from ``start`` (per filter), as BLAS products (onednn_avx2.fused_chains), all groups at once."""
    n, f, groups = xp.shape[0], w.shape[0], g.groups
    positions = n * math.prod(out)
    cols = np.empty((groups, positions, len(chain) + 1), np.float32)     # the steps innermost: BLAS's layout
    weights = np.empty((groups, len(chain) + 1, f // groups), np.float32)
    cols[..., 0] = 1        # the start: one product, exact
    weights[:, 0] = 0 if start is None else start.reshape(groups, -1)
    if chain:
        first, last, block, runs = runs
        windows = _box_windows(xp, first, last, block, g, out)
        kernel = _box_weights(w, first, last, block, groups)
        if len(runs) == 1 and runs[0][2] == kernel.shape[-1]:      # (the whole box in order: one copy, no temporary)
            _split(cols[..., 1:], windows.shape[1:2 + len(out)], windows.shape[2 + len(out):])[...] = windows
        else:
            windows = windows.reshape(groups, positions, -1)
            for step, at, length in runs:
                cols[..., step + 1:step + 1 + length] = windows[..., at:at + length]
        for step, at, length in runs:
            weights[:, step + 1:step + 1 + length] = kernel[..., at:at + length].swapaxes(-1, -2)
    sums = onednn_avx2.fused_chains(cols.swapaxes(-1, -2), weights)      # (groups, positions, F / groups)
    return np.ascontiguousarray(sums.reshape(groups, n, -1, f // groups).transpose(1, 0, 3, 2)).reshape(
        (n, f) + tuple(out))


def _split(m, lead, inner):
    """A view of the stack of matrices ``m`` (..., rows, cols), its rows split as ``lead`` and its columns as
    ``inner`` (both C order)."""
    shape = m.shape[:-2] + tuple(lead) + tuple(inner)
    row_strides = tuple(m.strides[-2] * math.prod(lead[i + 1:]) for i in range(len(lead)))
    col_strides = tuple(m.strides[-1] * math.prod(inner[i + 1:]) for i in range(len(inner)))
    return as_strided(m, shape, m.strides[:-2] + row_strides + col_strides)


def _chain_runs(chain):
    """Where a chain's (kernel offset, channel) steps lie in the smallest box of channels and kernel offsets that
    holds them all, laid out in blocks of B channels, each block's kernel offsets outer and its channels inner,
    for the B (1, all the box's channels, or the length of the chain's first run of channels) that leaves the
    fewest runs of consecutive steps (the smallest on a tie): the box's first and last (channel, *offset), B,
    and the runs as (first step, place in the box, length)."""
    steps = np.array([(c,) + tuple(kidx) for kidx, c in chain]).reshape(len(chain), -1)
    first, last = steps.min(axis=0), steps.max(axis=0)
    extent = last - first + 1
    rel = steps - first
    offset = np.ravel_multi_index(tuple(rel[:, 1:].T), tuple(extent[1:]))
    first_run = next((j for j in range(1, len(chain)) if rel[j, 0] != rel[0, 0] + j or offset[j] != offset[0]),
                     len(chain))
    best = None
    for block in sorted({1, first_run, int(extent[0])}):
        if extent[0] % block:
            continue
        places = (rel[:, 0] // block * math.prod(extent[1:]) + offset) * block + rel[:, 0] % block
        starts = np.flatnonzero(np.diff(places, prepend=-2) != 1)
        if best is None or len(starts) < len(best[1]):
            best = block, starts, places
    block, starts, places = best
    lengths = np.diff(starts, append=len(chain))
    runs = tuple((int(s), int(places[s]), int(m)) for s, m in zip(starts, lengths))
    return tuple(first.tolist()), tuple(last.tolist()), block, runs


def _box_weights(w, first, last, block, groups):
    """(groups, F / groups, box) filters ``w`` (F, C/groups, *K) over ``_chain_runs``' box, laid out as its."""
    box = w[(slice(None),) + tuple(slice(lo, hi + 1) for lo, hi in zip(first, last))]
    f, extent, kernel = box.shape[0], box.shape[1], box.shape[2:]
    blocked = box.reshape((groups, f // groups, extent // block, block) + kernel)
    return np.moveaxis(blocked, 3, -1).reshape(groups, f // groups, -1)


def _box_windows(xp, first, last, block, g, out):
    """(groups, N, *out, *box) windows of each group of the padded (N, C, *spatial) ``xp`` over ``_chain_runs``'
    box of channels and kernel offsets, laid out as its (blocks of ``block`` channels, kernel offsets, channels)."""
    (c0, *k0), (c1, *k1) = first, last
    n, groups = xp.shape[0], g.groups
    grouped = xp.reshape((n, groups, -1) + xp.shape[2:])
    src = grouped[(slice(None), slice(None), slice(c0, c1 + 1)) +
                  tuple(slice(k * d, None) for k, d in zip(k0, g.dilate))]
    if block > 1:       # (copied channels innermost: the windows' copy then reads runs of channels)
        src = np.moveaxis(src, 2, -1).copy()
        channel_stride, spatial = src.strides[-1], src.strides[2:-1]
    else:
        channel_stride, spatial = src.strides[2], src.strides[3:]
    box = tuple(hi - lo + 1 for lo, hi in zip(k0, k1))
    shape = (groups, n) + tuple(out) + ((c1 - c0 + 1) // block,) + box + (block,)
    strides = ((src.strides[1], src.strides[0]) + tuple(s * t for s, t in zip(spatial, g.stride)) +
               (channel_stride * block,) + tuple(s * d for s, d in zip(spatial, g.dilate)) + (channel_stride,))
    return as_strided(src, shape, strides, writeable=False)


def _emulated_chain(xp, weights, group, chain, g, out, addend, start):
    """``_chain_correlate`` in float64 steps (``weights`` float64), from ``addend`` (then ``start``) if given."""
    n, f = xp.shape[0], weights.shape[0]
    lift = (1,) * len(out)
    acc = np.zeros((n, f) + tuple(out))
    if addend is not None:
        acc += addend
    if start is not None:
        acc = (acc.astype(np.float32) + start.reshape((1, -1) + lift)).astype(np.float64)
    for kidx, c in chain:
        window = xp[(slice(None), group * weights.shape[1] + c) + _spatial_slices(kidx, g.stride, g.dilate, out)]
        acc += window[:, None].astype(np.float64) * weights[(slice(None), c) + kidx].reshape((1, -1) + lift)
        acc = acc.astype(np.float32).astype(np.float64)
    return acc.astype(np.float32)


def _single_position_correlate(xp, w, g, out, bias, addend=None):
    """``_ordered_correlate`` where the im2col gemm has one output position and several filters a group: each
    image's window (channels outer, kernel offsets inner) times each group's filters is oneDNN's one-row inner
    product (probed), the bias added after. A fused sum's ``addend`` takes the gemv's block sums in turn (AVX-512,
    probed)."""
    n, per_group_c = xp.shape[0], w.shape[1]
    per_group_f = w.shape[0] // g.groups
    window = (slice(None),) + tuple(slice(0, (k - 1) * d + 1, d) for k, d in zip(g.kernel, g.dilate))
    y = np.empty((n, w.shape[0]), np.float32)
    for gi in range(g.groups):
        cols = xp[(slice(None), slice(gi * per_group_c, (gi + 1) * per_group_c)) + window[1:]].reshape(n, -1)
        filters = slice(gi * per_group_f, (gi + 1) * per_group_f)
        weights = w[filters].reshape(per_group_f, -1)
        if addend is None:
            y[:, filters] = np.concatenate([onednn.inner_product(cols[i:i + 1], weights) for i in range(n)])
            continue
        for i in range(n):
            y[i, filters] = functools.reduce(np.add, onednn.gemv_parts(cols[i], weights),
                                             addend[i, filters].reshape(-1))
    if bias is not None:
        y = y + bias
    return y.reshape((n, w.shape[0]) + tuple(out))


def convolution_with_sum(data, weight, bias, addend, *, kernel, stride=(), dilate=(), pad=(), num_filter,
                         num_group=1, no_bias=False, layout=None, **ignored):
    """``Convolution(data, weight, bias) + addend`` as MXNet's MKLDNN subgraph backend fuses it (the sum
    post-op of ``_ordered_correlate``); float32 channel-first convolutions of one group or a grouped gemm, else
    apart."""
    attrs = dict(kernel=kernel, stride=stride, dilate=dilate, pad=pad, num_filter=num_filter, num_group=num_group,
                 no_bias=no_bias, layout=layout, **ignored)
    if data.dtype != np.float32 or layout in _CHANNEL_LAST or min(pad or (0,)) < 0:
        return convolution.fwd(data, weight, bias, **attrs) + addend
    bias = _check_bias("Convolution", bias, no_bias, num_filter)
    g, x, w, size, out = _conv_setup(data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout, bias)
    order = _onednn_order(x.shape[1], int(num_filter), g, x.shape[0] * math.prod(out))
    if _runs_reference(x, w, g, out, order):
        y = _reference_correlate(_pad(x, g.pad, size), w, g, out, bias, np.asarray(addend, np.float32))
        return onednn.mark_channels_last_of(y) if len(out) == 2 else y      # (the reference kernel's layout)
    if order is None and onednn._LANES == 8:        # AVX2's im2col sgemm from the addend, grouped or not (probed)
        y = _avx2_gemm_correlate(x, w, g, out, bias, np.asarray(addend, np.float32))
        if y is not None:
            return y
        if int(num_group) != 1 and bias is not None:    # (not replayed: the products' sum, the addend, the bias)
            products = convolution.fwd(data, weight, None, **dict(attrs, no_bias=True))
            return (products + addend) + bias.reshape((1, -1) + (1,) * len(g.kernel))
    if int(num_group) != 1 and (order is None or _grouped_sum_last(order, w, g)):
        return convolution.fwd(data, weight, bias, **attrs) + addend
    if order is None:
        return convolution.fwd(data, weight, bias, **attrs) + addend
    if not order[0] and math.prod(out) == 1 and w.shape[0] > g.groups and np.isfinite(w).all():
        y = _single_position_correlate(_pad(x, g.pad, size), w, g, out, bias, np.asarray(addend, np.float32))
    else:
        after_first = _sums_after_1x1(x.shape[1], int(num_filter), g, x.shape[0] * math.prod(out)) or \
            int(num_group) != 1 and order[0] and order[1] is False  # (grouped direct kernels, the bias last: probed)
        y = _ordered_correlate(_pad(x, g.pad, size), w, g, out, bias, *order, addend=addend,
                               addend_after_first=after_first)
    block = onednn.conv_output_block(x.shape[1], int(num_filter), g.groups, len(g.kernel), _ag.is_training())
    if block:
        onednn.mark_blocked(y, block)
    return y


def _grouped_sum_last(order, w, g):
    """Whether a grouped convolution's kernel (``_onednn_order``) adds a fused sum's operand to its result with
    the bias in (probed): the depthwise brgemm kernel, and the direct kernel over one chain of more than 16
    channels a group, the bias last. (Its other kernels with the bias last add it to the first block's sum.)"""
    if not order[0] or order[1] is not False:
        return False
    return w.shape[1] == 1 and w.shape[0] == g.groups or order[2] is None and w.shape[1] > 16


def _sums_after_1x1(channels, filters, g, positions):
    """Whether oneDNN's AVX-512 jit 1x1 kernel takes the convolution (8k channels and 16k + 8 filters, or beyond
    8 channels 16k filters the brgemm kernel refuses) and so adds a fused sum's operand to its first block's sum
    (probed) rather than starting from it."""
    if onednn._LANES != 16 or channels % 8 or g.groups != 1 or not _jit_1x1_takes(g):
        return False
    return filters % 16 == 8 or (filters % 16 == 0 and channels > 8
                                 and _brgemm_1x1_refuses(channels, filters, g, positions))


def runs_gemm(data, weight, *, kernel, stride=(), dilate=(), pad=(), num_filter, num_group=1, layout=None,
              **ignored):
    """Whether oneDNN convolves float32 ``data`` with ``weight`` by its im2col gemm (whose fused activation
    is the reference kernel's scalar arithmetic) rather than a direct kernel."""
    if data.dtype != np.float32 or layout in _CHANNEL_LAST or min(pad or (0,)) < 0:
        return False
    g, x, _, _, out = _conv_setup(data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout)
    order = _onednn_order(x.shape[1], int(num_filter), g, x.shape[0] * math.prod(out))
    return order is None or not order[0]


def _grouped_dgrad_block(channels, filters, g):
    """The filter block of oneDNN's AVX-512 data-gradient kernel for a grouped float32 convolution of ``channels``
    and ``filters`` a group (probed): each block of 8 (8k both) or 4 (4k both) filters sums its kernel offsets
    outer and filters inner in a chain of its own; None where the blocked kernels (16k both) or others (strided and
    dilated, or padded past the kernel) take it."""
    if g.groups == 1 or not _grouped_direct_dgrad(g):
        return None
    return _grouped_block(channels, filters)


def _grouped_block(channels, filters):
    """The filter (forward: channel) block of oneDNN's AVX-512 direct kernels for a group of ``channels`` and
    ``filters`` (probed): 8 for 8k both, 4 for 4k both; None for 16k both (its blocked kernels) or others."""
    if channels % 16 == 0 and filters % 16 == 0:
        return None
    return next((b for b in (8, 4) if channels % b == 0 and filters % b == 0), None)


def _grouped_direct_dgrad(g):
    """Whether oneDNN's AVX-512 direct kernels take a grouped convolution's data gradient (probed): not strided and
    dilated at once, nor padded past the kernel (the im2col gemm then does)."""
    return not (max(g.dilate) > 1 and max(g.stride) > 1 or _pads_past_dilated_kernel(g))


def _dgrad_block(channels, filters, g, layout):
    """The channel block in which oneDNN leaves a float32 2-D convolution's data gradient, None for plain: its
    direct kernels' source layout (probed with DNNL_VERBOSE). On AVX-512, 8k channels and 8k filters take them,
    in blocks of 16 where both fill blocks of 16 (AVX-512's kernel), else of 8 (AVX2's), counted a group in a
    grouped convolution (probed by the batch norm before it), where 4k both come in blocks of 4; on AVX2, the direct kernel's over 8k channels, in
    blocks of 8. AVX-512's depthwise kernel writes it as its forward output."""
    if onednn._LANES == 16 and g.groups == channels == filters > 1 and len(g.kernel) == 2 \
            and layout not in _CHANNEL_LAST:
        return onednn.conv_output_block(channels, filters, g.groups, 2, True)
    if g.groups != 1 and onednn._LANES == 16 and len(g.kernel) == 2 and layout not in _CHANNEL_LAST:
        if not _grouped_direct_dgrad(g):
            return None
        per_group = (channels // g.groups, filters // g.groups)
        return next((b for b in (16, 8, 4) if per_group[0] % b == 0 and per_group[1] % b == 0), None)
    if g.groups != 1 or len(g.kernel) != 2 or layout in _CHANNEL_LAST or channels % 8:
        return None
    if onednn._LANES == 8:
        return 8 if _avx2_direct_order(channels, filters) is not None else None
    if filters % 8 or _pads_past_dilated_kernel(g):     # (the im2col gemm's, padded as wide as the kernel: plain)
        return None
    return 16 if channels % 16 == 0 and filters % 16 == 0 else 8


def _channel_last_as_channel_first(data, weight, bias, g, out, num_filter):
    """MXNet's oneDNN convolution reads channel-last arrays as channel-first ones: it runs when their raw
    shapes happen to form a valid channel-first convolution onto the inferred output shape (1x1 kernels on
    data with single-element leading spatial axes), else fails when the result is read."""
    y_shape = (data.shape[0],) + tuple(out) + (int(num_filter),)
    fits = (data.dtype in (np.float32, np.int8) and data.shape[1] == g.groups * weight.shape[1] and
            y_shape[1] == weight.shape[0] and
            all((n + 2 * p - d * (k - 1) - 1) // s + 1 == o for n, p, d, k, s, o in
                zip(data.shape[2:], g.pad, g.dilate, weight.shape[2:], g.stride, y_shape[2:])))
    if not fits:
        _refuse_channel_last("Convolution", g.layout, data.shape[0], num_filter, out, data.dtype)
    raw_kernel = tuple(weight.shape[2:])
    as_f64 = (None if a is None else a.astype(np.float64) for a in (data, weight, bias))
    y = conv_native.conv_forward(*as_f64, raw_kernel, g.stride, g.dilate, g.pad, y_shape[2:], g.groups)
    if data.dtype == np.int8:
        return np.clip(y, -128, 127).astype(np.int8)
    y = y.astype(data.dtype)
    _refuse_half("Convolution", data, y)
    return y


def _integer_convolution(x, w, bias, g, out):
    """MXNet's CPU kernels on integer data: oneDNN's int8 convolution sums exactly and saturates to int8;
    other integer types fail in the kernel (the error shows when the result is read)."""
    if x.dtype != np.int8:
        message = ("could not create a descriptor for a dilated convolution forward propagation primitive"
                   if x.dtype == np.uint8 else real_switch_refusal(None, x.dtype))
        raise KernelError(message,
                          np.zeros((x.shape[0], w.shape[0]) + tuple(out), x.dtype))
    as_f64 = (None if a is None else a.astype(np.float64) for a in (x, w, bias))
    y = conv_native.conv_forward(*as_f64, g.kernel, g.stride, g.dilate, g.pad, out, g.groups)
    return np.clip(y, -128, 127).astype(np.int8)


def _forward_refusal(op, *inputs, **attrs):
    """The words of ``op``'s forward kernel refusing ``inputs`` (None where it runs): oneDNN's backward kernel asks
    for the same forward primitive first, and MXNet's own reads the arrays the same way."""
    try:
        op.fwd(*inputs, **attrs)
    except KernelError as e:
        return message_of(e)
    return None


def _integer_conv_backward_refusal(dtype):
    """The words of Convolution's backward kernels on integer data whose forward failed (not int8's)."""
    if np.dtype(dtype) == np.uint8:      # oneDNN's backward asks first for the forward primitive it refused
        return "could not create a descriptor for a dilated convolution forward propagation primitive"
    return OperatorMessage(real_switch_refusal(None, dtype), site=("../src/operator/nn/./convolution-inl.h", 424))


@convolution.grad
def _(dy, out, data, weight, bias=None, *, kernel, stride=(), dilate=(), pad=(), num_filter, num_group=1,
      workspace=1024, no_bias=False, cudnn_tune=None, cudnn_off=False, layout=None, needs=(True,) * 3):
    if data.dtype.kind != "f" or layout in _CHANNEL_LAST and data.dtype in (np.float64, np.float16):
        native = data.dtype.kind == "f"
        if not native and is_failed_head(out):      # (the kernel, given the head gradient, fails on its own)
            backward_kernel_error(_integer_conv_backward_refusal(data.dtype), own=True)
        else:
            backward_kernel_error(_NATIVE_CHANNEL_LAST if native else
                                  "could not create a descriptor for a dilated convolution weights gradient primitive")
        return tuple(np.zeros(a.shape, a.dtype) if a is not None else None for a in (data, weight, bias))
    if data.dtype == np.float16:    # MXNet's own kernel's first gemm fails: no gradient (a failed head's own error)
        backward_kernel_error(OperatorMessage("FP16 gemm on cpu not implemented!", "Convolution"),
                              own=is_failed_head(out))
        return tuple(np.zeros(a.shape, a.dtype) if a is not None else None for a in (data, weight, bias))
    if not data.shape[0]:       # an empty batch: nothing flows back
        return tuple(np.zeros(a.shape, a.dtype) if a is not None else None for a in (data, weight, bias))
    refused = layout in _CHANNEL_LAST and _forward_refusal(
        convolution, data, weight, bias, kernel=kernel, stride=stride, dilate=dilate, pad=pad, num_filter=num_filter,
        num_group=num_group, no_bias=no_bias, layout=layout)
    if refused:
        backward_kernel_error(refused, own=is_failed_head(out))
        return tuple(np.zeros(a.shape, a.dtype) if a is not None else None for a in (data, weight, bias))
    g, x, w, size, _ = _conv_setup(data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout)
    dy = _to_channel_first(dy, layout)
    if data.dtype == np.float64:
        dx, dw, db = conv_native.conv_backward(dy, x, w, g.kernel, g.stride, g.dilate, g.pad, g.groups, needs)
        db = None if bias is None else np.zeros_like(bias) if _flag(no_bias) else db
        return _from_channel_first(dx, layout), _from_channel_first(dw, layout), db
    dyb, out = _batch_inner(dy, g.groups), dy.shape[2:]
    dx = dw = db = None
    c, f = x.shape[1], w.shape[0]
    if onednn._LANES == 8 and dy.dtype == np.float32:
        dx, dw = (_avx2_gemm_grads_3d if len(g.kernel) == 3 else _avx2_grads)(dy, x, w, g, size, needs)
        if dx is None and needs[0] and len(g.kernel) == 3:
            dx = _avx2_direct_dgrad_3d(dy, w, g, size)
        if dw is None and needs[1] and len(g.kernel) == 3:
            dw = _avx2_direct_wgrad_3d(dy, x, w, g, size)
        dx = None if dx is None else _from_channel_first(_crop(dx, g.pad, x.shape[2:]), layout)
        dw = None if dw is None else _from_channel_first(dw, layout)
        needs = (needs[0] and dx is None, needs[1] and dw is None) + tuple(needs[2:])
    if onednn._LANES == 16 and dy.dtype == np.float32 and g.groups == c == f > 1 and len(g.kernel) == 2 \
            and dy.size * w[0].size <= _ORDERED_MACS:      # the depthwise kernels sum as AVX2's (probed)
        dx, dw = _avx2_depthwise_grads(dy, x, w, g, size, needs)
        dx = None if dx is None else _from_channel_first(_crop(dx, g.pad, x.shape[2:]), layout)
        dw = None if dw is None else _from_channel_first(dw, layout)
        needs = (needs[0] and dx is None, needs[1] and dw is None) + tuple(needs[2:])
    if onednn._LANES == 16 and dy.dtype == np.float32 and g.groups == c == f and needs[0] \
            and _avx2_gemm_3d(dy, w, g, "data"):      # 3-D depthwise: the im2col gemm's data gradient as AVX2's (probed)
        dx = _from_channel_first(_crop(_avx2_gemm_grads_3d(dy, x, w, g, size, (True, False))[0], g.pad, x.shape[2:]),
                                 layout)
        needs = (False,) + tuple(needs[1:])
    replay = _replays_wgrad(dy, w, g)
    ordered_dgrad = replay and g.groups == 1
    dgrad_block = _dgrad_block(c, f, g, layout)
    padded_dx = None
    if needs[0] and ordered_dgrad:
        padded_dx = _padded_dgrad(dy, w, g, size)
    elif needs[0] and replay and _grouped_dgrad_block(c // g.groups, f // g.groups, g):
        block = _grouped_dgrad_block(c // g.groups, f // g.groups, g)
        one = _one_group(g)
        pf = f // g.groups
        padded_dx = np.concatenate([_ordered_dgrad(dy[:, i * pf:(i + 1) * pf], w[i * pf:(i + 1) * pf], one, size,
                                                   False, blocks=(block, block)) for i in range(g.groups)], axis=1)
    elif needs[0] and replay and len(g.kernel) < 3 and (c // g.groups) % 8 == 0 and (f // g.groups) % 8 == 0:
        # each group as a convolution of its own (probed: 8k channels and filters a group)
        one = _one_group(g)
        pf = f // g.groups
        padded_dx = np.concatenate([_padded_dgrad(dy[:, i * pf:(i + 1) * pf], w[i * pf:(i + 1) * pf], one, size)
                                    for i in range(g.groups)], axis=1)
    elif needs[0] and replay and len(g.kernel) == 3 and g.groups > 1:
        # each group as a convolution of its own: 16k channels and filters a group as ungrouped, others through the
        # im2col gemm (probed)
        one = _one_group(g)
        pf = f // g.groups
        group_dgrad = functools.partial(_dgrad_3d, grouped=True) if (c // g.groups) % 16 == 0 and pf % 16 == 0 \
            else _gemm_dgrad_3d
        padded_dx = np.concatenate([group_dgrad(dy[:, i * pf:(i + 1) * pf], w[i * pf:(i + 1) * pf], one, size)
                                    for i in range(g.groups)], axis=1)
    if padded_dx is not None:
        dx = _from_channel_first(_crop(padded_dx, g.pad, x.shape[2:]), layout)
    elif needs[0]:
        dx = _from_channel_first(_batch_first(_correlate_dgrad(dyb, w, out, size, g.stride, g.dilate, g.groups),
                                              g.pad, x.shape[2:]), layout)
    if dx is not None and dgrad_block:
        onednn.mark_blocked(dx, dgrad_block)
    elif dx is not None and dy.dtype == np.float32 and len(g.kernel) in (1, 3) and onednn._LANES == 16 \
            and layout not in _CHANNEL_LAST and _grouped_direct_dgrad(g):
        onednn.mark_blocked_dgrad(dx, c, f, g.groups)
    order = (_uneven_strided_1x1_order(c, f, g, size) or _wgrad_order(c // g.groups, f // g.groups, g)) if replay \
        else None
    if needs[1] and order:
        dw = _from_channel_first(_ordered_wgrad(dy, _pad(x, g.pad, size), g, w.shape, order), layout)
    elif needs[1]:
        dw = _from_channel_first(_correlate_wgrad(_batch_last(x, g.pad, size), dyb, out, g.kernel, g.stride,
                                                  g.dilate, g.groups), layout)
    if bias is not None:
        db = _bias_grad_in_order(dy) if not _flag(no_bias) else np.zeros_like(bias)
    return dx, dw, db


def convolution_grad_onto(i, buffer, dy, data, weight, *, kernel, stride=(), dilate=(), pad=(), num_filter,
                          num_group=1, layout=None, **_):
    """The gradient MXNet's own (float64) Convolution backward leaves in the 'add' request's ``buffer`` of input
    ``i``: its col2im adds each window's share of the data gradient into the buffer in turn, its gemm adds each
    image's weight product onto it (beta 1) block by block. None for the bias and for oneDNN's kernels (their
    gradient is added to the buffer once). A 1x1 kernel at unit strides, unpadded, has its data gradient's gemm
    write the buffer whatever the request."""
    if data.dtype != np.float64 or weight.dtype != np.float64 or i > 1 or layout in _CHANNEL_LAST:
        return None
    g, x, w, _, _ = _conv_setup(data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout)
    needs = (i == 0, i == 1)
    one_by_one = math.prod(g.kernel) == 1 and max(g.stride) == 1 and not any(g.pad)
    onto = (None if one_by_one else buffer, None) if i == 0 else (None, buffer)
    grads = conv_native.conv_backward(dy, x, w, g.kernel, g.stride, g.dilate, g.pad, g.groups, needs, onto)
    return grads[i]


def _avx2_grads(dy, x, w, g, size, needs, groups=1):
    """(padded data gradient, weight gradient) of a float32 convolution of one group as MXNet's oneDNN kernels
    sum them on AVX2 (probed), each None where not replayed or not needed. The im2col sgemm's (other filters;
    the data's of the direct kernel over fewer than 8 channels or of a strided 1-D one, the weight's of a dilated
    one, over other than 3 or 8k channels or of a 2-D kernel taller than the input); the direct kernel's data
    gradient adds the filters in blocks of 8 with the kernel offsets outer, in chains of 32 filters, of 16 for
    output rows of 15 or more, of 8 for rows of 40 or more (a 1x1 kernel: of 64), its weight gradient one chain
    over every image's positions (over 8k channels where _wgrad_per_image says so: chains per image as
    _reduce_blocks splits its positions, added in turn). 1-D and 2-D only; the sgemms of more than _SGEMM_IMAGES images are left to BLAS.
    A 1x1 kernel over one channel (a group's): its weight gradient a gemv per image onto the previous images' sum.
    ``groups``: how many groups the convolution has (a grouped one's 1x1 weight gradients: one chain; 3 channels a
    group: the sgemm's)."""
    c, f = x.shape[1], w.shape[0]
    if len(g.kernel) > 2 or not dy.size or dy.size * w[0].size > _ORDERED_MACS:
        return None, None
    if g.groups == c == f > 1:
        return _avx2_depthwise_grads(dy, x, w, g, size, needs)
    if g.groups > 1:        # each group as a convolution of its own (probed)
        one = types.SimpleNamespace(kernel=g.kernel, stride=g.stride, dilate=g.dilate, pad=g.pad, groups=1)
        pc, pf = c // g.groups, f // g.groups
        parts = [_avx2_grads(dy[:, i * pf:(i + 1) * pf], x[:, i * pc:(i + 1) * pc], w[i * pf:(i + 1) * pf], one, size,
                             needs, g.groups) for i in range(g.groups)]
        return tuple(None if any(p[j] is None for p in parts) else np.concatenate([p[j] for p in parts], axis=1 - j)
                     for j in (0, 1))
    direct = _avx2_direct_order(c, f) is not None and not _pads_past_kernel(g)
    dx = _avx2_dgrad(dy, w, g, size, groups > 1) if needs[0] else None
    dw = None
    taller = len(g.kernel) == 2 and x.shape[2] < g.kernel[0]      # (the direct kernel does not take it)
    grouped_1x1 = groups > 1 and math.prod(g.kernel) == 1
    if needs[1] and math.prod(g.kernel) == 1 and c == 1:   # a gemv per image onto the sum (padded too)
        window = _pad(x, g.pad, size)[_offset_slices((0,) * len(g.kernel), g.stride, g.dilate, dy.shape[2:])]
        dys = dy.reshape(dy.shape[0], f, -1).astype(np.float64)
        xs = np.broadcast_to(window.reshape(x.shape[0], 1, -1), dys.shape).astype(np.float64)
        for i in range(x.shape[0]):
            dw = onednn_avx2.gemv_dots(xs[i], dys[i], dw)
        return dx, dw.reshape(w.shape)
    # (a dilated 1x1 kernel over 8k channels whose strides divide the input, one group: the 1x1 kernel's form, as
    # undilated; a group of several takes the im2col sgemm)
    divides = all(n % s == 0 for n, s in zip(size, g.stride))
    dilated = max(g.dilate) > 1 and not (math.prod(g.kernel) == 1 and c % 8 == 0 and divides and groups == 1)
    if needs[1] and (not direct or dilated or c % 8 and (c != 3 or groups > 1) or taller):
        dw = _avx2_gemm_wgrad(dy, x, w, g) if x.shape[0] <= _SGEMM_IMAGES else None
    elif needs[1]:
        dw = _direct_wgrad(dy, x, w, g, size, c % 8 == 0 and not grouped_1x1 and _wgrad_per_image(x.shape[2:], g))
    return dx, dw


def _direct_wgrad(dy, x, w, g, size, per_image):
    """The weight gradient of one group as oneDNN's AVX2 direct kernel sums it: one chain over every image's
    positions, or (``per_image``) chains per image of 128 positions or so (_reduce_blocks), added in turn."""
    positions = math.prod(dy.shape[2:])
    xp = _pad(x, g.pad, size)
    windows = [xp[_offset_slices(k, g.stride, g.dilate, dy.shape[2:])] for k in np.ndindex(*g.kernel)]
    cols = np.stack(windows, axis=2).reshape(x.shape[0], -1, positions)      # N, C*K, P
    dys = dy.reshape(dy.shape[0], w.shape[0], -1)
    if per_image:
        blocks = [_fma_chains(cols[:, :, a:b], dys[:, :, a:b]) for a, b in _reduce_blocks(positions)]
        dw = None
        for i in range(x.shape[0]):
            for sums in blocks:
                dw = sums[i] if dw is None else dw + sums[i]
    else:
        dw = _chain_sums(cols, dys, per_image=False)
    return np.ascontiguousarray(dw.T).reshape(w.shape)


def _avx2_direct_wgrad_3d(dy, x, w, g, size):
    """The weight gradient of a float32 3-D convolution of 8k filters over 8k channels a group (or 3, one group),
    unpadded and undilated, as oneDNN's AVX2 direct kernel sums it (probed; padded ones take the im2col sgemm, see
    ``_avx2_gemm_3d``): as ``_direct_wgrad``; a grouped one's each group apart, in one chain over every image's
    positions. None elsewhere."""
    c, f = w.shape[1], w.shape[0] // g.groups
    if f % 8 or c % 8 and (c != 3 or g.groups > 1) or max(g.dilate) > 1 or any(g.pad) \
            or dy.size * w[0].size > _ORDERED_MACS:
        return None
    if g.groups > 1:
        one = types.SimpleNamespace(kernel=g.kernel, stride=g.stride, dilate=g.dilate, pad=g.pad, groups=1)
        return np.concatenate([_direct_wgrad(dy[:, i * f:(i + 1) * f], x[:, i * c:(i + 1) * c], w[i * f:(i + 1) * f],
                                             one, size, False) for i in range(g.groups)])
    per_image = c % 8 == 0 and _wgrad_per_image(x.shape[2:], g) and max(g.stride) == 1
    return _direct_wgrad(dy, x, w, g, size, per_image)


def _avx2_gemm_grads_3d(dy, x, w, g, size, needs):
    """``_avx2_grads`` of a 3-D convolution (probed): oneDNN's AVX2 im2col kernel, where ``_avx2_gemm_3d`` says it
    runs the gradient, runs each group as a convolution of its own, image by image and one output depth at a
    time (see ``_avx2_gemm_dgrad_3d``, ``_avx2_gemm_wgrad_3d``). None elsewhere."""
    one = types.SimpleNamespace(kernel=g.kernel, stride=g.stride, dilate=g.dilate, pad=g.pad, groups=1)
    c, f = w.shape[1], w.shape[0] // g.groups
    dx = dw = None
    if needs[0] and _avx2_gemm_3d(dy, w, g, "data"):
        dx = np.concatenate([_avx2_gemm_dgrad_3d(dy[:, i * f:(i + 1) * f], w[i * f:(i + 1) * f], one, size)
                             for i in range(g.groups)], axis=1)
    if needs[1] and _avx2_gemm_3d(dy, w, g, "weight"):
        dw = np.concatenate([_avx2_gemm_wgrad_3d(dy[:, i * f:(i + 1) * f], x[:, i * c:(i + 1) * c],
                                                 w[i * f:(i + 1) * f], one) for i in range(g.groups)])
    return dx, dw


def _avx2_gemm_3d(dy, w, g, gradient=None):
    """Whether oneDNN's AVX2 im2col kernel runs a 3-D convolution with output gradient ``dy`` and its sums are
    replayed: its direct kernel takes 8k filters over 8k channels a group, forward also over fewer than 8
    channels in all; of the ``gradient`` ("data" or "weight") over 8k channels a group only, the weight's over 3
    channels of one group too, unpadded and undilated only, the data's at unit strides, padded narrower than the
    dilated kernel, only (probed)."""
    c, f = w.shape[1], w.shape[0] // g.groups
    if gradient is None:
        direct = _avx2_direct_order(c, f) is not None
    elif gradient == "data":
        direct = f % 8 == 0 and c % 8 == 0 and max(g.stride) == 1 and not _pads_past_dilated_kernel(g)
    else:
        direct = f % 8 == 0 and (c % 8 == 0 or c == 3 and g.groups == 1) and not any(g.pad) and max(g.dilate) == 1
    return (len(g.kernel) == 3 and not direct and dy.size > 0 and dy.shape[0] <= _SGEMM_IMAGES
            and dy.size * w[0].size <= _ORDERED_MACS)


def _avx2_direct_dgrad_3d(dy, w, g, size):
    """The padded data gradient of a float32 3-D convolution of 8k filters over 8k channels (a group's) as oneDNN's
    AVX2 direct kernel sums it (probed, dilated too): each group apart, its filters in blocks of 8, each block one
    chain with the kernel offsets outer (a 1x1x1 kernel: chains of 64 filters), the chains' sums added in turn
    (unit strides: see ``_avx2_gemm_3d``). None elsewhere."""
    f = w.shape[0] // g.groups
    if f % 8 or w.shape[1] % 8 or max(g.stride) > 1 or _pads_past_dilated_kernel(g) \
            or dy.size * w[0].size > _ORDERED_MACS:
        return None
    one = types.SimpleNamespace(kernel=g.kernel, stride=g.stride, dilate=g.dilate, pad=g.pad, groups=1)
    chain = 64 if math.prod(g.kernel) == 1 and g.groups == 1 else 8
    return np.concatenate([_ordered_dgrad(dy[:, i * f:(i + 1) * f], w[i * f:(i + 1) * f], one, size, False,
                                          blocks=(8, chain)) for i in range(g.groups)], axis=1)


def _dgrad_3d(dy, w, g, size, deconvolution=False, grouped=False):
    """The padded data gradient of a float32 3-D convolution of one group as oneDNN sums it on AVX-512 (probed):
    16k channels and filters its direct kernel's (``_ordered_dgrad``; not a ``_dilated_gemm_1x1``), 8k its AVX2
    direct kernel's where that takes them (``_avx2_direct_dgrad_3d``; not for a Deconvolution's output), else the
    im2col gemm's (``_gemm_dgrad_3d``; the direct kernel's too where it dilates and strides one axis).
    ``grouped``: one group of a grouped convolution, which oneDNN's 1x1 kernel does not take."""
    c, f = w.shape[1], w.shape[0]
    if c % 16 == 0 and f % 16 == 0 and not _dilated_gemm_1x1(c, g) and not _direct_dgrad_refuses_dilation(c, f, g) \
            and not _pads_past_kernel(g):
        chain = _avx512_1x1_chain(f, c, dy.shape[2:]) if _jit_1x1_takes(g) and not grouped else None
        return _ordered_dgrad(dy, w, g, size, False, blocks=chain and (chain, chain))
    direct = _avx2_direct_dgrad_3d(dy, w, g, size) if c % 8 == 0 and f % 8 == 0 and not deconvolution else None
    return _gemm_dgrad_3d(dy, w, g, size) if direct is None else direct


def _gemm_dgrad_3d(dy, w, g, size):
    """The padded data gradient of a 3-D convolution of one group as oneDNN's im2col gemm sums it on AVX-512: each
    window gradient one chain over the filters, added into the image output depth by output depth, kernel depth
    by kernel depth, then the output rows and columns in order (so an element takes its kernel rows and columns
    last to first)."""
    n, f, depth = dy.shape[0], w.shape[0], dy.shape[2]
    plane = dy.shape[3:]
    units = np.ascontiguousarray(np.moveaxis(dy, 1, -1).reshape(-1, f).T)        # (F, N * D * rows * columns)
    cols = onednn_avx2.fused_chains(units, np.ascontiguousarray(w.reshape(f, -1)))
    cols = cols.reshape((n, depth) + tuple(plane) + (w.shape[1],) + tuple(g.kernel))
    offsets = sorted(np.ndindex(*g.kernel), key=lambda k: (k[0], -k[1], -k[2]))
    dx = np.zeros((n, w.shape[1]) + tuple(size), np.float32)
    for d in range(depth):
        for k in offsets:
            rows_cols = _spatial_slices(k[1:], g.stride[1:], g.dilate[1:], plane)
            share = np.moveaxis(cols[(slice(None), d, Ellipsis, slice(None)) + k], -1, 1)
            dx[(slice(None), slice(None), d * g.stride[0] + k[0] * g.dilate[0]) + rows_cols] += share
    return dx


def _avx2_gemm_dgrad_3d(dy, w, g, size):
    """The padded data gradient of a 3-D convolution of one group as oneDNN's AVX2 im2col kernel sums it: each
    output depth's window gradients one sgemm, added into the image kernel depth by kernel depth, and for each
    the output rows and columns in order (so an element takes its kernel rows and columns last to first)."""
    n, f, depth = dy.shape[0], w.shape[0], dy.shape[2]
    weights = np.ascontiguousarray(w.reshape(f, -1).T)
    plane = dy.shape[3:]
    offsets = sorted(np.ndindex(*g.kernel), key=lambda k: (k[0], -k[1], -k[2]))
    dx = np.zeros((n, w.shape[1]) + tuple(size), np.float32)
    for i in range(n):
        for d in range(depth):
            cols = onednn_avx2.convolution_gradient_gemm(weights, np.ascontiguousarray(dy[i, :, d].reshape(f, -1).T),
                                                         units=onednn_avx2.DGRAD_UNITS)
            cols = cols.reshape((w.shape[1],) + tuple(g.kernel) + tuple(plane))
            for k in offsets:
                rows_cols = _spatial_slices(k[1:], g.stride[1:], g.dilate[1:], plane)
                dx[(i, slice(None), d * g.stride[0] + k[0] * g.dilate[0]) + rows_cols] += cols[(slice(None),) + k]
    return dx


def _avx2_gemm_wgrad_3d(dy, x, w, g):
    """The weight gradient of a 3-D convolution of one group as oneDNN's AVX2 im2col kernel sums it: each image's
    output depths in turn, each one sgemm onto the sums so far (one filter or one term: a gemv)."""
    n, f, depth = dy.shape[0], w.shape[0], dy.shape[2]
    dys = dy.reshape(n, f, depth, -1)
    dw = None
    for i in range(n):
        cols = conv_native._im2col(x[i], g.kernel, g.stride, g.dilate, g.pad, dy.shape[2:]).reshape(-1, depth,
                                                                                                   dys.shape[3])
        for d in range(depth):
            if f == 1 or w[0].size == 1:
                dw = onednn_avx2.gemv_dots(cols[:, d].astype(np.float64), dys[i, :, d].astype(np.float64), dw)
            else:
                dw = onednn_avx2.convolution_gradient_gemm(np.ascontiguousarray(dys[i, :, d]),
                                                           np.ascontiguousarray(cols[:, d]), dw, onednn_avx2.WGRAD_ROWS)
    return dw.reshape(w.shape)


def _reduce_blocks(positions, block=128, most=192):
    """(start, stop) of the chains oneDNN's 1x1 weight gradient splits an image's ``positions`` in (AVX2's by
    default): ``block`` at a time while ``most`` or more remain, the rest in one."""
    spans, start = [], 0
    while start < positions:
        stop = positions if positions - start < most else start + block
        spans.append((start, stop))
        start = stop
    return spans


def _wgrad_per_image(size, g):
    """Whether the direct kernel's weight gradient over 8k channels sums each image apart (probed): 1x1 kernels
    but for strides that do not divide the input (larger kernels chain every image's positions, a single one
    too)."""
    return math.prod(g.kernel) == 1 and all(n % s == 0 for n, s in zip(size, g.stride))


def _avx2_depthwise_grads(dy, x, w, g, size, needs):
    """``_avx2_grads`` of a depthwise convolution (probed). oneDNN's depthwise kernel (8k channels, 2-D, undilated):
    each data gradient one chain over the kernel offsets; each weight gradient, where the kernel takes it (see
    _depthwise_kernel_fits), one chain over every image's positions in the kernel's order (_depthwise_wgrad_order).
    Its gemm convolution (other channel counts, 1-D or dilated kernels, and weight gradients the depthwise kernel
    does not take): weight gradients a gemv per image onto the previous images' sum; data gradients (undilated:
    None) each kernel offset's rounded products added into the image in turn."""
    n, c, out = x.shape[0], x.shape[1], dy.shape[2:]
    offsets = list(np.ndindex(*g.kernel))
    gemm = _depthwise_gemm(c, g)
    dx = _depthwise_dgrad(dy, w, g, size) if needs[0] else None
    dw = None
    if needs[1]:
        fused = not gemm and _depthwise_kernel_fits(x.shape[2:], g, out)
        xp = _pad(x, g.pad, size)
        windows = np.stack([xp[_offset_slices(k, g.stride, g.dilate, out)] for k in offsets], axis=2)  # N, C, K, *out
        windows, grads = windows.reshape(n, c, len(offsets), -1), dy.reshape(n, c, -1)
        order = _depthwise_wgrad_order(out, g, x.shape[-1]) if fused else None
        if order is not None and np.any(order[1:] < order[:-1]):
            windows, grads = windows[..., order], grads[..., order]
        terms = np.moveaxis(windows, 0, 2).reshape(c * len(offsets), -1)         # (C * K, N * positions)
        grads = np.repeat(np.moveaxis(grads, 0, 1).reshape(c, -1), len(offsets), axis=0)
        if fused:
            dw = onednn_avx2.fused_dots(terms, grads).reshape(w.shape)
        else:
            terms, grads = (v.reshape(c * len(offsets), n, -1).astype(np.float64) for v in (terms, grads))
            for i in range(n):
                dw = onednn_avx2.gemv_dots(terms[:, i], grads[:, i], dw)
            dw = dw.reshape(w.shape)
    return dx, dw


_DW_ROWS_A_CALL = 15        # output rows oneDNN's depthwise weight gradient hands its kernel a call
_DW_COLUMNS_A_BLOCK = 15    # the kernel's column blocks, where a row is wider than _DW_COLUMNS_UNBLOCKED
_DW_COLUMNS_UNBLOCKED = 30


def _depthwise_wgrad_order(out, g, width):
    """The flat output positions of one image in the order oneDNN's depthwise weight-gradient kernel adds them
    (probed on 3x3 to 7x3 kernels, strides 1 and 2, both ISAs): calls of _DW_ROWS_A_CALL rows, within a call
    column blocks, within a block row by row. ``width``: the unpadded input width."""
    rows, cols = out
    positions = np.arange(rows * cols).reshape(rows, cols)
    past_right = max(0, (cols - 1) * g.stride[1] + g.kernel[1] - (width + g.pad[1]))
    blocks = _depthwise_column_blocks(cols, past_right)
    return np.concatenate([positions[top:top + _DW_ROWS_A_CALL, start:stop].ravel()
                           for top in range(0, rows, _DW_ROWS_A_CALL) for start, stop in blocks])


def _depthwise_column_blocks(cols, past_right):
    """(start, stop) column blocks of the depthwise weight-gradient kernel: blocks of _DW_COLUMNS_A_BLOCK and the
    rest, the last full block joining a rest no wider than the right padding (``past_right`` columns)."""
    if cols <= _DW_COLUMNS_UNBLOCKED:
        return [(0, cols)]
    full, rest = divmod(cols, _DW_COLUMNS_A_BLOCK)
    if past_right and past_right >= rest:
        full -= 1
    edges = [i * _DW_COLUMNS_A_BLOCK for i in range(full + 1)]
    edges += [cols] if edges[-1] < cols else []
    return list(zip(edges, edges[1:]))


def _depthwise_gemm(channels, g):
    """Whether oneDNN runs a depthwise convolution of ``channels`` by its gemm kernel (on AVX2; see
    ``_avx2_depthwise_grads``)."""
    return channels % 8 or len(g.kernel) == 1 or max(g.dilate) > 1


def _depthwise_dgrad(dy, w, g, size):
    """The padded data gradient of a depthwise convolution as ``_avx2_depthwise_grads`` sums it (None where not
    replayed: the gemm kernel's undilated ones)."""
    c, out = dy.shape[1], dy.shape[2:]
    gemm = _depthwise_gemm(c, g)
    if gemm and max(g.dilate) == 1:
        return None
    dx = np.zeros(dy.shape[:2] + tuple(size), np.float32)
    for k in np.ndindex(*g.kernel):
        where = _offset_slices(k, g.stride, g.dilate, out)
        weight = w[(slice(None), 0) + k].reshape((1, c) + (1,) * len(out))
        dx[where] = dx[where] + dy * weight if gemm else onednn.fma(dy, weight, dx[where])
    return dx


def _depthwise_kernel_fits(size, g, out):
    """Whether oneDNN's AVX2 depthwise kernel computes a 2-D undilated weight gradient (probed): kernels up to 3
    columns wide striding at most their width; paddings of at most half the kernel on every side, top and bottom
    ones past 1 row a multiple of the vertical stride; an input at least as tall as the kernel plus the first
    row's offset into the stride (its boundary rules, probed on 3x3 to 7x3 kernels)."""
    if g.kernel[-1] > 3 or g.stride[-1] > g.kernel[-1]:
        return False
    far = [(o - 1) * s + k - 1 - (n + p - 1) for o, s, k, n, p in zip(out, g.stride, g.kernel, size, g.pad)]
    return (all(p <= k // 2 and e <= k // 2 for p, e, k in zip(g.pad, far, g.kernel))
            and all(p <= 1 or p % g.stride[0] == 0 for p in (g.pad[0], far[0]))
            and size[0] >= g.kernel[0] + (-g.pad[0]) % g.stride[0])


def _avx2_dgrad(dy, w, g, size, grouped=False, channels_last=True):
    """The padded data gradient of a float32 convolution of one group as oneDNN's AVX2 kernels sum it (see
    ``_avx2_grads``), None where not probed. ``grouped``: the group is one of several (oneDNN's 1x1 kernel
    takes no grouped convolution: the direct kernel's rules hold, else the im2col sgemm's)."""
    direct = _avx2_direct_dgrad(dy, w, g, size, grouped)
    if direct is None:
        return _avx2_gemm_dgrad(dy, w, g, size, channels_last) if dy.shape[0] <= _SGEMM_IMAGES else None
    return direct


def _padded_dgrad(dy, w, g, size):
    """The padded data gradient of a float32 convolution of one group as oneDNN sums it on AVX-512 (probed): AVX2's
    direct kernel over 8k channels and filters not both 16k (2-D), ``_dgrad_3d`` (3-D), else ``_ordered_dgrad``'s
    direct kernel over 8k channels and filters or its im2col gemm."""
    c, f = w.shape[1], w.shape[0]
    if len(g.kernel) == 3:
        return _dgrad_3d(dy, w, g, size)
    if len(g.kernel) == 2 and _dgrad_block(c, f, g, None) == 8 or len(g.kernel) == 1 and _avx2_dgrad_1d(c, f):
        padded = _avx2_direct_dgrad(dy, w, g, size)
        if padded is not None:
            return padded
    direct = c % 8 == 0 and f % 8 == 0 and not _direct_dgrad_refuses_dilation(c, f, g)
    if c % 16 == 0 and f % 16 == 0 and _jit_1x1_takes(g):
        chain = _avx512_1x1_chain(f, c, dy.shape[2:])      # the jit 1x1 kernel's chains of filters
        return _ordered_dgrad(dy, w, g, size, False, blocks=(chain, chain))
    return _ordered_dgrad(dy, w, g, size, not direct or _dgrad_takes_gemm(c, f, g) or _dgrad_overflows_row(g))


def _avx2_dgrad_1d(channels, filters):
    """Whether a 1-D convolution's data gradient is AVX2's direct kernel's on AVX-512 (probed): 8k channels and
    filters, not both 16k, as in 2-D."""
    return channels % 8 == 0 and filters % 8 == 0 and bool(channels % 16 or filters % 16)


def _avx2_direct_dgrad(dy, w, g, size, grouped=False):
    """The padded data gradient of a float32 convolution of one group as oneDNN's AVX2 direct (or 1x1) kernel sums
    it (see ``_avx2_grads``), None where that kernel does not take it."""
    c, f = w.shape[1], w.shape[0]
    one_by_one = math.prod(g.kernel) == 1 and not any(g.pad) and all(n % s == 0 for n, s in zip(size, g.stride)) \
        and not grouped
    if not (c % 8 == 0 and _avx2_direct_order(c, f)) or not one_by_one and not _dgrad_direct_fits(g, size, c):
        return None
    width = dy.shape[-1]
    chain = 64 if one_by_one else 8 if width >= 40 else 16 if width >= 15 else 32
    return _ordered_dgrad(dy, w, g, size, False, blocks=(8, chain))


def _dgrad_direct_fits(g, size, channels):
    """Whether oneDNN's AVX2 direct data-gradient kernel takes geometry ``g`` over a padded input of ``size`` and
    ``channels`` (probed, and as its blocking rules read; else the im2col sgemm does): undilated or unit strides,
    the same stride along rows and columns (1-D: unit strides), padding narrower than the dilated kernel, and a
    row split in blocks of output columns whose first and last block take all of the kernel's overflow."""
    if max(g.dilate) > 1 and max(g.stride) > 1 or _pads_past_dilated_kernel(g):
        return False
    if (g.stride[-2] if len(g.kernel) > 1 else 1) != g.stride[-1]:
        return False
    stride, before = g.stride[-1], g.pad[-1]
    reach = g.dilate[-1] * (g.kernel[-1] - 1) + 1
    width = size[-1] - 2 * before
    after = ((size[-1] - reach) // stride) * stride + reach - width - before
    overflow = max(0, (reach - 1 - before) // stride)
    block = _dgrad_column_block(width, stride, overflow, -(-channels // 8))
    if block is None:
        return False
    tail = width % block
    tail_overflow = max(0, int((reach - 1 - after - tail) / stride))
    return not (tail_overflow * stride > block or width > block and (block % stride or after + tail < 0))


def _dgrad_column_block(width, stride, overflow, channel_blocks, registers=15):
    """How many input columns oneDNN's AVX2 direct data-gradient kernel computes at once: the most multiply-adds
    per pass that ``registers`` accumulators allow (columns times channel blocks, 1 to 4 of them, plus the output
    columns they read), the first block taking all of the left ``overflow``; None if no block fits."""
    best, block = 0, 1
    for blocks in range(1, 5):
        if channel_blocks % blocks:
            continue
        for u in range(stride, width + stride, stride):
            if u * blocks + u // stride > registers:
                break
            columns = min(u, width)
            if overflow * stride > columns and columns != width:
                continue
            fmas = -(-columns // stride) * blocks
            if fmas > best or fmas == best and block < columns:
                best, block = fmas, columns
    return block if best else None


def _avx2_gemm_dgrad(dy, w, g, size, channels_last=True):
    """The padded data gradient as oneDNN's AVX2 im2col convolution sums it: each image's window gradients (the
    filters summed in its sgemm), added into the image kernel offset by kernel offset (in blocks of positions
    where its window buffer outgrows the guard: ``_backward_position_block``; ``channels_last`` as
    ``_ordered_dgrad``'s)."""
    n, f, out = dy.shape[0], w.shape[0], dy.shape[2:]
    weights = np.ascontiguousarray(w.reshape(f, -1).T)
    data_shape = (n, w.shape[1]) + tuple(s - 2 * p for s, p in zip(size, g.pad))
    if _dgrad_refuses_windows(data_shape, w.shape, g, out):
        return _reference_dgrad(dy, w, g, size, channels_last)
    block = _backward_position_block(data_shape, w.shape, g, out, False)
    if len(out) < 3 and block < math.prod(out):
        return _avx2_gemm_dgrad_blocks(dy, weights, g, size, block)
    dxp = np.empty((n, w.shape[1]) + tuple(size), np.float32)
    step = _images_at_once(weights.shape[0] * math.prod(out))
    for i in range(0, n, step):
        grads = np.ascontiguousarray(dy[i:i + step].reshape(-1, f, math.prod(out)).transpose(0, 2, 1))
        cols = onednn_avx2.convolution_gradient_gemm(weights, grads, units=onednn_avx2.DGRAD_UNITS)
        dxp[i:i + step] = _col2im_images(cols, w.shape[1], size, g, out)
    return dxp


def _avx2_gemm_dgrad_blocks(dy, weights, g, size, block):
    """``_avx2_gemm_dgrad`` taking each image ``block`` output positions at a time: each block's window gradients
    in an sgemm of their own, added into the image kernel offset by kernel offset before the next block's."""
    n, f, out = dy.shape[0], dy.shape[1], dy.shape[2:]
    offsets, channels = math.prod(g.kernel), weights.shape[0] // math.prod(g.kernel)
    dxp = np.zeros((n, channels) + tuple(size), np.float32)
    reads = np.arange(math.prod(size)).reshape(size)
    targets = [reads[_offset_slices(kidx, g.stride, g.dilate, out)[2:]].reshape(-1) for kidx in np.ndindex(*g.kernel)]
    for image, flat in zip(dy.reshape(n, f, -1), dxp.reshape(n, channels, -1)):
        grads = image.T
        for start, stop in _position_spans(grads.shape[0], block):
            shares = onednn_avx2.convolution_gradient_gemm(weights, np.ascontiguousarray(grads[start:stop]),
                                                           units=onednn_avx2.DGRAD_UNITS)
            shares = shares.reshape(channels, offsets, stop - start)
            for i, where in enumerate(targets):
                flat[:, where[start:stop]] += shares[:, i]
    return dxp


def _col2im_images(cols, channels, size, g, out):
    """Each image's window gradients (N, C * prod(kernel), prod(out)) added into zeros (N, C, *size), kernel
    offsets in order (conv_native._col2im of every image at once)."""
    dxp = np.zeros((len(cols), channels) + tuple(size), cols.dtype)
    windows = cols.reshape((len(cols), channels) + tuple(g.kernel) + tuple(out))
    for kidx in np.ndindex(*g.kernel):
        dxp[_offset_slices(kidx, g.stride, g.dilate, out)] += windows[(slice(None), slice(None)) + kidx]
    return dxp


def _im2col_images(x, g, out):
    """Every image's windows (N, C * prod(kernel), prod(out)) of ``x`` (N, C, *spatial) padded by ``g.pad``
    (conv_native._im2col of every image at once)."""
    n, c, spatial = x.shape[0], x.shape[1], x.shape[2:]
    xp = np.zeros((n, c) + tuple(s + 2 * p for s, p in zip(spatial, g.pad)), x.dtype)
    dst, src = conv_native._overlap(g.pad, spatial)
    xp[(slice(None), slice(None)) + dst] = x[(slice(None), slice(None)) + src]
    st = xp.strides
    strides = st[:2] + tuple(s * d for s, d in zip(st[2:], g.dilate)) + tuple(s * t for s, t in zip(st[2:], g.stride))
    windows = as_strided(xp, (n, c) + tuple(g.kernel) + tuple(out), strides, writeable=False)
    return np.ascontiguousarray(windows).reshape(n, c * math.prod(g.kernel), -1)


def _avx2_gemm_wgrad(dy, x, w, g):
    """The weight gradient as oneDNN's AVX2 im2col convolution sums it: each image's in its sgemm (the positions
    summed in blocks), every block's sum added in turn, image after image (an image's blocks of positions
    apart where its window buffer outgrows the guard: ``_backward_position_block``)."""
    f, out = w.shape[0], dy.shape[2:]
    cols = _im2col_images(x, g, out)
    dys = dy.reshape(dy.shape[0], f, -1)
    block = _backward_position_block(x.shape, w.shape, g, out, True)
    if len(out) < 3 and block < math.prod(out):     # each block's sgemm (gemv) onto the sum so far
        spans = _position_spans(math.prod(out), block)
        cols = [np.ascontiguousarray(cols[i, :, a:b]) for i in range(len(cols)) for a, b in spans]
        dys = [np.ascontiguousarray(dys[i, :, a:b]) for i in range(len(dys)) for a, b in spans]
        dw = None
        for part_dy, part_cols in zip(dys, cols):
            dw = onednn_avx2.gemv_dots(part_cols.astype(np.float64), part_dy.astype(np.float64), dw) \
                if f == 1 and w[0].size > 1 else onednn_avx2.convolution_weight_sums(part_dy[None], part_cols[None], dw)
        return dw.reshape(w.shape)
    if f == 1 and w[0].size > 1:      # one filter: a gemv per image onto the previous images' sum
        dw = None
        for i in range(x.shape[0]):
            dw = onednn_avx2.gemv_dots(cols[i].astype(np.float64), dys[i].astype(np.float64), dw)
        return dw.reshape(w.shape)
    dw = onednn_avx2.convolution_gradient_sums(dys, cols)      # in one BLAS call where it can
    if dw is None:
        dw = onednn_avx2.convolution_weight_sums(np.ascontiguousarray(dys), cols)
    return dw.reshape(w.shape)


def _fused(acc, a, b):
    """float32 ``acc + a * b`` with one rounding (the operands are float32: their product is exact in float64)."""
    return (acc.astype(np.float64) + a.astype(np.float64) * b.astype(np.float64)).astype(np.float32)


def _dgrad_takes_gemm(channels, filters, g):
    """Whether oneDNN's data gradient of 8k channels and filters leaves its direct kernel for the im2col gemm
    (probed): padding as wide as the kernel, unit-stride 1x1 kernels, and but for 16k channels and filters
    strided 1x1 and 1-D kernels."""
    if any(p >= d * (k - 1) + 1 for p, k, d in zip(g.pad, g.kernel, g.dilate)):     # (a padded 1x1 kernel too)
        return True
    strided = max(g.stride) > 1
    if math.prod(g.kernel) == 1 and not strided:
        return True
    return (math.prod(g.kernel) == 1 or len(g.kernel) == 1) and strided and (channels % 16 or filters % 16)


def _ordered_dgrad(dy, w, g, size, gemm, blocks=None, channels_last=True):
    """The padded data gradient (N, C, *size) as MXNet's oneDNN kernels sum it (float32, probed shapes): its
    im2col gemm sums each kernel offset's share over the filters, then adds the shares into the image in
    kernel order; its direct kernel adds every product in turn, within a block of filters the kernel offsets
    outer and the filters inner: for 16k channels and filters blocks of 16, each in its own chain, else
    blocks of 8 in chains of 32 filters; the chains' sums added in turn. ``blocks``: (block, chain) given;
    ``channels_last``: the layout a reference kernel taking the gemm's place reads (``_reference_dgrad``)."""
    out = dy.shape[2:]
    lift = (1,) * len(out)
    filters = w.shape[0]
    block, chain = blocks or ((filters, filters) if gemm else (16, 16) if filters % 16 == w.shape[1] % 16 == 0
                              else (8, 32))
    total = None
    if not gemm and dy.dtype == w.dtype == np.float32:       # each chain's steps as BLAS products
        for steps, runs in _dgrad_chains(tuple(g.kernel), filters, block, chain):
            part = _chain_dgrad(dy, w, g, size, steps, runs)
            total = part if total is None else total + part
        return total
    if gemm and blocks is None and dy.dtype == w.dtype == np.float32:
        data_shape = dy.shape[:1] + w.shape[1:2] + tuple(n - 2 * p for n, p in zip(size, g.pad))
        if _dgrad_refuses_windows(data_shape, w.shape, g, out):
            return _reference_dgrad(dy, w, g, size, channels_last)
        padded = _gemm_dgrad_shares(dy, w, g, size, _backward_position_block(data_shape, w.shape, g, out, False))
        if padded is not None:
            return padded
    dxp = np.zeros(dy.shape[:1] + (w.shape[1],) + tuple(size), np.float32)
    for first in range(0, filters, block):
        for kidx in np.ndindex(*g.kernel):
            where = _offset_slices(kidx, g.stride, g.dilate, out)
            share = np.zeros(dy.shape[:1] + (w.shape[1],) + tuple(out), np.float32) if gemm else dxp[where]
            for f in range(first, min(first + block, filters)):
                share = _fused(share, dy[:, f:f + 1], w[(f, slice(None)) + kidx].reshape((1, -1) + lift))
            if gemm:
                dxp[where] += share
            else:
                dxp[where] = share
        if (first + block) % chain == 0 or first + block >= filters:
            total = dxp if total is None else total + dxp
            dxp = np.zeros_like(dxp)
    return total


def _gemm_dgrad_shares(dy, w, g, size, block):
    """``_ordered_dgrad``'s im2col gemm: every kernel offset's share (one chain over the filters from zero) in one
    set of BLAS products, the shares then added into the image in kernel order, ``block`` output positions at a
    time (an image's, a 3-D one's depth slice's, in order); None where a share holds a NaN (its payload as the
    steps leave it)."""
    n, filters, out = dy.shape[0], dy.shape[1], dy.shape[2:]
    c = w.shape[1]
    offsets = list(np.ndindex(*g.kernel))
    grads = np.ascontiguousarray(dy.reshape(n, filters, -1).transpose(1, 0, 2)).reshape(filters, -1)
    weights = np.ascontiguousarray(w.reshape(filters, c, -1).transpose(0, 2, 1)).reshape(filters, -1)
    shares = onednn_avx2.fused_chains(grads, weights)        # (N * positions, offsets * C)
    if np.isnan(shares).any():
        return None
    shares = np.moveaxis(shares.reshape((n,) + tuple(out) + (len(offsets), c)), -1, 1)    # (N, C, *out, offsets)
    dxp = np.zeros((n, c) + tuple(size), np.float32)
    if block >= math.prod(out[-2:]):
        for i, kidx in enumerate(offsets):
            dxp[_offset_slices(kidx, g.stride, g.dilate, out)] += shares[..., i]
        return dxp
    flat, shares = dxp.reshape(n, c, -1), shares.reshape(n, c, -1, len(offsets))
    reads = np.arange(math.prod(size)).reshape(size)
    plane = math.prod(out[-2:])
    spans = [(first + start, first + min(start + block, plane)) for first in range(0, math.prod(out), plane)
             for start in range(0, plane, block)]
    for start, stop in spans:
        for i, kidx in enumerate(offsets):
            where = reads[_offset_slices(kidx, g.stride, g.dilate, out)[2:]].reshape(-1)[start:stop]
            flat[..., where] += shares[:, :, start:stop, i]
    return dxp


@functools.lru_cache(maxsize=64)
def _dgrad_chains(kernel, filters, block, chain):
    """(steps, ``_filter_runs``) of each chain of ``_ordered_dgrad``'s direct kernel: ``chain`` filters a chain, in
    blocks of ``block``, each block's kernel offsets outer and its filters inner."""
    offsets = list(np.ndindex(*kernel))
    chains = []
    for start in range(0, filters, chain):
        steps = [(f, kidx) for first in range(start, min(start + chain, filters), block) for kidx in offsets
                 for f in range(first, min(first + block, filters))]
        chains.append((len(steps), tuple(map(tuple, _filter_runs(steps)))))
    return tuple(chains)


def _chain_dgrad(dy, w, g, size, steps, runs):
    """The padded data gradient (N, C, *size) of one chain of ``steps`` (filter, kernel offset) steps of
    ``_ordered_dgrad``'s direct kernel (their ``_filter_runs`` ``runs``), one fused multiply-add a step from zero, as
    BLAS products (a position a step does not reach adds a zero product)."""
    n, c, out = dy.shape[0], w.shape[1], dy.shape[2:]
    cols = np.zeros((n,) + tuple(size) + (steps,), np.float32)      # each step's dy, placed
    spatial_last = np.ascontiguousarray(np.moveaxis(dy, 1, -1))     # (the runs below then read whole filter runs)
    weights = np.empty((steps, c), w.dtype)
    for at, filters, placed, taps in _dgrad_copies(runs, tuple(g.stride), tuple(g.dilate), tuple(out)):
        cols[at] = spatial_last[..., filters]
        weights[placed] = w[taps]
    cols = cols.reshape(-1, steps)         # (N * size, steps)
    sums = onednn_avx2.fused_chains(cols.T, weights)      # (N * size, C)
    return np.ascontiguousarray(sums.reshape(n, -1, c).transpose(0, 2, 1)).reshape((n, c) + tuple(size))


@functools.lru_cache(maxsize=64)
def _dgrad_copies(runs, stride, dilate, out):
    """What ``_chain_dgrad`` copies for each of its ``runs``: (the window positions and steps it fills, the filters
    of dy read there, the steps of the weights it fills, the filters' taps read there)."""
    return tuple(((slice(None),) + _spatial_slices(kidx, stride, dilate, out) + (slice(first, stop),),
                  slice(f, f + stop - first), slice(first, stop), (slice(f, f + stop - first), slice(None)) + kidx)
                 for first, stop, kidx, f in runs)


def _filter_runs(steps):
    """The (first step, stop, kernel offset, first filter) of each run of consecutive filters at one kernel offset
    in ``steps`` ((filter, kernel offset) pairs)."""
    runs = []
    for j, (f, kidx) in enumerate(steps):
        if runs and runs[-1][2] == kidx and runs[-1][3] + j - runs[-1][0] == f:
            runs[-1][1] = j + 1
        else:
            runs.append([j, j + 1, kidx, f])
    return runs


def _replays_wgrad(dy, w, g):
    """Whether a float32 weight gradient (of ``dy``, the convolution's output gradient) is small enough to replay
    in oneDNN's order."""
    return (dy.dtype == np.float32 and onednn._LANES == 16 and dy.size > 0
            and dy.size * w[0].size <= _ORDERED_MACS)


def _wgrad_order(channels, filters, g):
    """How MXNet's oneDNN float32 1-D or 2-D convolution (AVX-512) sums the weight gradient, where it was
    probed (each weight's terms: the images' output positions), or None. One filter is a gemv per image; the
    direct kernel (16k filters; 8 undilated filters with 3 or 8k channels) adds the terms one by one, in one
    chain for all images ("all": up to 3 channels, or 8k channels with a kernel larger than 1x1) or in chains
    per image ("image": each image's positions in the inner product's blocks, the blocks' sums added in turn);
    16k + 8 filters beyond 8 take one chain for 3 or 8k channels, else chains per image; the im2col gemm (other
    filters) sums each image's positions in 16 lanes folded in halves ("lanes", fewer than 16 filters) or in
    chains ("image"). Each group (``channels`` and ``filters`` per group) runs the direct kernel (a 1x1 kernel
    too) where ``_grouped_direct_wgrad``, else the im2col gemm's lanes or chains per image; 3x3 depthwise
    convolutions of 8k channels take one chain."""
    dilated, area = _dilation_counts(g), math.prod(g.kernel)
    if filters == channels == 1 and g.groups % 8 == 0 and g.kernel == (3, 3) and not dilated:
        return "all"        # the depthwise kernel: one chain
    if g.groups == 1 and channels == 1 and area == 1 and filters % 16 == 8 and filters > 8:
        return "gemv_filters"       # (probed: 16k + 8 filters over one channel take the gemm's gemv)
    if (g.groups == 1 or len(g.kernel) == 3) and _padded_gemm(channels, filters, g):
        if channels == 1 and filters >= 16 and area == 1:
            return "gemv_filters"       # the gemm of one channel row is a gemv over the filters
        return "lanes" if filters < 16 else "image"
    if filters == 1:
        return "gemv"
    if g.groups > 1 and not _grouped_direct_wgrad(channels, filters, g):
        return "lanes" if filters < 16 else "image"
    # (oneDNN's 1x1 kernel takes no grouped convolution, nor a strided 3-D one)
    spread = area > 1 or g.groups > 1 or len(g.kernel) == 3 and max(g.stride) > 1
    direct = filters % 16 == 0 or (filters == 8 and not dilated and (channels % 8 == 0 or channels == 3 and
                                                                      max(g.dilate) == 1))
    if filters % 16 == 8 and filters > 8:
        if channels == 3 and area == 1 and max(g.dilate) > 1:
            return "image"      # (probed: a dilated 1x1 kernel over 3 channels chains each image apart)
        all_chain = channels == 3 or (spread and channels % 8 == 0)
        if dilated and (all_chain or channels % 8 == 0):
            return "image"
        chained = channels * area > 1
    elif not direct:
        if filters < 16:
            return "lanes"
        all_chain, chained = False, filters % 8 and channels * area > 1
    else:
        all_chain = channels <= 3 or (spread and (channels % 16 == 0 or (channels % 8 == 0 and not dilated)))
        if all_chain and _rows_strided_and_dilated(g):
            return "image"
        chained = True
    if not all_chain and chained and area == 1 and g.groups == 1 and channels % 8 == 0 and filters % 8 == 0:
        return _one_by_one_chains(channels, filters)
    return "all" if all_chain else "image" if chained else None


def _uneven_strided_1x1_order(channels, filters, g, size):
    """``_wgrad_order`` of an unpadded 1-D or 2-D 1x1 kernel over 8k channels, strided past its end (a size the
    stride does not divide), which oneDNN's 1x1 kernel leaves to others (probed): undilated, the direct kernel's
    one chain over 8k filters; given a dilation, the im2col gemm's lanes over 8 filters, one chain over 16k
    channels and filters with unstrided rows (1-D too); else None."""
    if len(g.kernel) == 3 or math.prod(g.kernel) > 1 or g.groups > 1 or channels % 8 or any(g.pad):
        return None
    if all(n % s == 0 for n, s in zip(size, g.stride)):
        return None
    if max(g.dilate) == 1:
        return "all" if filters % 8 == 0 else None
    if filters == 8:
        return "lanes"
    rows_unstrided = len(g.kernel) == 1 or g.stride[0] == 1
    return "all" if rows_unstrided and channels % 16 == 0 and filters % 16 == 0 else None


def _dilation_counts(g):
    """Whether a dilation changes oneDNN's weight gradient kernel (probed): not a 1x1 kernel's, but for a strided
    3-D one."""
    if max(g.dilate) == 1:
        return False
    return math.prod(g.kernel) > 1 or (len(g.kernel) == 3 and max(g.stride) > 1)


def _rows_strided_and_dilated(g):
    """Whether a 2-D kernel both strides and dilates its rows, where oneDNN's direct weight gradient chains each
    image apart rather than all images in one chain (probed)."""
    return len(g.kernel) == 2 and g.stride[0] > 1 and g.dilate[0] > 1


def _grouped_direct_wgrad(channels, filters, g):
    """Whether a group of ``channels`` and ``filters`` takes the direct kernel's weight gradient order (probed): 8k
    channels with 8k filters where not padded as wide as the dilated kernel; with 16k filters where not padded as
    wide as the kernel (dilated or not), over 16k channels where the padding leaves it to the direct kernel."""
    if channels % 8 or filters % 8:
        return False
    if filters % 16:
        return not _pads_past_dilated_kernel(g)
    return not (_pads_refused_by_direct_wgrad(g) if channels % 16 == 0 else _pads_past_kernel(g))


def _one_by_one_chains(channels, filters):
    """The weight gradient's chains of oneDNN's 1x1 kernel over 8k channels and 8k filters (probed): AVX-512's
    (16k of both) chains each image's positions in blocks (``_avx512_1x1_wgrad_spans``), AVX2's as ``_reduce_blocks``
    ("image_128")."""
    return "image_1x1" if channels % 16 == 0 and filters % 16 == 0 else "image_128"


def _deconv_wgrad_order(channels, filters, g):
    """``_wgrad_order`` of the convolution oneDNN runs for a Deconvolution's weight gradient (its input the
    output gradient, ``channels`` the deconvolution's filters; probed): 8k filters chain all images for up to 3,
    8 or 16k channels (a 1x1 kernel only strided; 16k + 8 filters only up to 8 channels), else each image
    apart, as dilated strided kernels do; 8 filters take the im2col gemm's lanes but over 8 channels."""
    if filters == 1 or filters % 8 or _as_convolution_wgrad(filters, g):
        return _wgrad_order(channels, filters, g)
    if len(g.kernel) == 3 and filters > 8 and (channels % 16 or filters % 16) and (channels != 8 or (
            math.prod(g.kernel) == 1 and max(g.stride) == 1)):
        return "image_gemm"     # (probed: the im2col gemm's chains per image and output depth)
    dilated, spread = max(g.dilate) > 1, math.prod(g.kernel) > 1 or max(g.stride) > 1
    direct = not _jit_1x1_takes(g)
    if filters == 8 and not (channels == 8 and direct and not dilated):
        return "lanes"
    few = channels <= 3 or (channels == 8 and spread)
    chained = few or (channels % 16 == 0 and spread)
    if (dilated and max(g.stride) > 1) or not chained or (filters % 16 == 8 and not few):
        return "image"
    return "all"


def _as_convolution_wgrad(filters, g):
    """Whether a Deconvolution's weight gradient sums as that of the convolution oneDNN runs for it (probed): a 1x1
    kernel padded, or (1-D and 2-D) over more than 8 filters (the deconvolution's channels) its strides divide; a
    3-D kernel padded in depth; an undilated 2-D kernel with rows padded past half of it."""
    if len(g.kernel) == 3 and g.pad[0] > 0:
        return True
    if len(g.kernel) == 2 and max(g.dilate) == 1 and g.pad[0] > g.kernel[0] // 2:
        return True
    return math.prod(g.kernel) == 1 and (any(g.pad) or filters > 8 and len(g.kernel) < 3 and _jit_1x1_takes(g))


def _grouped_deconv_wgrad_order(channels, filters, g):
    """``_deconv_wgrad_order`` of a grouped Deconvolution (``channels`` and ``filters`` per group; probed): one
    filter a gemv per image; 8 filters over 8k channels, undilated, one chain for all images, other filters below
    16 the im2col gemm's lanes; 16k filters over 8k channels one chain unless dilated and strided, 16k + 8 unless
    dilated, else (fewer or other channels) chains per image. None where no order was found (one channel of a
    1x1 kernel) or probed (more than 16 filters, not a multiple of 8)."""
    dilated, aligned = max(g.dilate) > 1, channels % 8 == 0
    if filters == 1:
        return "gemv"
    if len(g.kernel) == 3 and g.pad[0] > 0:     # (a depth-padded 3-D kernel: the convolution's, probed)
        return _wgrad_order(channels, filters, g)
    if filters == 8:
        return "all" if aligned and not dilated else "lanes"
    if filters < 16:
        return "lanes"
    if filters % 8 or (channels == 1 and math.prod(g.kernel) == 1):
        return None
    if not aligned:
        return "image"
    if filters % 16 == 8:
        return "image" if dilated else "all"
    return "image" if dilated and max(g.stride) > 1 else "all"


def _ordered_wgrad(dy, xp, g, shape, order):
    """The weight gradient (F, C/groups, *K) from the padded input, its sums in the order ``_wgrad_order`` gave (the
    im2col gemm's in blocks of ``_backward_position_block``)."""
    data_shape = xp.shape[:2] + tuple(n - 2 * p for n, p in zip(xp.shape[2:], g.pad))
    block = _backward_position_block(data_shape, shape, g, dy.shape[2:], True) \
        if _gemm_wgrad(order, shape[1], shape[0] // g.groups, g) else None
    if g.groups == 1:
        return _group_wgrad(dy, xp, g, shape, order, block)
    f, c = shape[0] // g.groups, shape[1]       # each group is a convolution of its own
    return np.concatenate([_group_wgrad(dy[:, i * f:(i + 1) * f], xp[:, i * c:(i + 1) * c], g,
                                        (f,) + tuple(shape[1:]), order, block) for i in range(g.groups)])


def _gemm_wgrad(order, channels, filters, g):
    """Whether the weight gradient of ``order`` (``_wgrad_order``'s, of a group's ``channels`` and ``filters``) is
    oneDNN's im2col gemm, which takes a 3-D convolution one output depth slice at a time (probed: chains per image
    over channels other than 8k or up to 3, and padded 3-D kernels the direct ones refuse; a group of a 3-D kernel
    over channels other than 8k; "image_gemm" always)."""
    grouped_3d = g.groups > 1 and len(g.kernel) == 3 and channels % 8 != 0
    return order in ("gemv", "gemv_filters", "lanes", "image_gemm") or order == "image" and (
        channels % 8 and channels > 3 or filters % 8 or grouped_3d or _padded_gemm(channels, filters, g))


def _padded_gemm(channels, filters, g):
    """Whether oneDNN's direct kernels (AVX-512, probed) leave a padded convolution's weight gradient to the im2col
    gemm: padding as wide as the kernel, a ``_dilated_gemm_1x1``; in 2-D, AVX2's kernel (8k filters over 8k or up to
    3 channels, not both 16k) padded rows over fewer input rows than the kernel's; in 3-D, AVX2's kernel any depth
    padding or dilation of a kernel beyond 1x1x1, AVX-512's such a kernel dilated in depth, or in rows it also
    strides."""
    if filters % 8 or channels % 8 and channels > 3:
        return False
    if _pads_refused_by_direct_wgrad(g) or _dilated_gemm_1x1(channels, g):
        return True
    avx2_kernel = not (filters % 16 == 0 and (channels % 16 == 0 or channels <= 3))
    if len(g.kernel) == 2:      # (AVX2's kernel: padded rows over fewer input rows than the kernel's, probed)
        size = getattr(g, "size", None)
        return avx2_kernel and size is not None and g.pad[0] > 0 and g.kernel[0] > size[0] - 2 * g.pad[0]
    if len(g.kernel) != 3:
        return False
    rows_dilated_and_strided = g.dilate[1] > 1 and g.stride[1] > 1
    if math.prod(g.kernel) > 1 and max(g.dilate) > 1 and (avx2_kernel or g.dilate[0] > 1 or rows_dilated_and_strided):
        return True
    return avx2_kernel and g.pad[0] > 0


def _pads_refused_by_direct_wgrad(g):
    """Whether the padding leaves a weight gradient to oneDNN's im2col gemm (probed): padding as wide as the kernel,
    but for a dilated 1-D or 2-D kernel columns padded as wide as the dilated kernel, or in 2-D rows padded past
    half of it or an input of fewer rows than it spans (probed on Convolution, whose geometry knows its size; a
    Deconvolution's padding is not its weight gradient convolution's)."""
    size = getattr(g, "size", None)
    if len(g.kernel) == 3 and size is not None and math.prod(g.kernel) > 1:
        return _pads_refused_in_3d(g)
    if len(g.kernel) == 3 or math.prod(g.kernel) == 1 or size is None:
        return any(p >= k for p, k in zip(g.pad, g.kernel))
    if max(g.dilate) == 1:      # (in 2-D also rows padded past half the kernel over fewer rows than it spans)
        rows = len(g.kernel) == 2 and g.pad[0] > g.kernel[0] // 2 and g.kernel[0] > size[0] - 2 * g.pad[0]
        return rows or any(p >= k for p, k in zip(g.pad, g.kernel))
    reach = [d * (k - 1) + 1 for k, d in zip(g.kernel, g.dilate)]
    rows = len(g.kernel) == 2 and (g.pad[0] > reach[0] // 2 or reach[0] > size[0] - 2 * g.pad[0])
    return rows or g.pad[-1] >= reach[-1]


def _pads_refused_in_3d(g):
    """``_pads_refused_by_direct_wgrad`` of a 3-D kernel beyond 1x1x1 (probed): padding (before, or after as the
    last window reaches) as wide as the dilated kernel, or a padded depth with rows padded past half the kernel or
    an input depth that with the padding before it does not outgrow the kernel's."""
    reach = [d * (k - 1) + 1 for k, d in zip(g.kernel, g.dilate)]
    inputs = [n - 2 * p for n, p in zip(g.size, g.pad)]
    after = [(o - 1) * s + r - n - p for o, s, r, n, p in zip(g.out, g.stride, reach, inputs, g.pad)]
    if any(p >= r or a >= r for p, a, r in zip(g.pad, after, reach)):
        return True
    return 0 < g.pad[0] and (g.pad[1] > reach[1] // 2 or g.kernel[0] >= inputs[0] + g.pad[0])


def _direct_dgrad_refuses_dilation(channels, filters, g):
    """Whether oneDNN's direct data gradient kernels leave a dilated kernel to the im2col gemm (probed): AVX-512's
    (16k channels and filters) where one axis both dilates and strides, AVX2's where the kernel dilates and strides
    at all."""
    if channels % 16 == 0 and filters % 16 == 0:
        return any(d > 1 and s > 1 for d, s in zip(g.dilate, g.stride))
    return max(g.dilate) > 1 and max(g.stride) > 1


def _dilated_gemm_1x1(channels, g):
    """Whether a 1x1 kernel given a dilation is one oneDNN's direct kernels refuse (probed): a 3-D one over up to 3
    channels, or strided; a strided 2-D one over one channel."""
    if math.prod(g.kernel) > 1 or max(g.dilate) == 1:
        return False
    strided = max(g.stride) > 1
    return len(g.kernel) == 3 and (channels <= 3 or strided) or len(g.kernel) == 2 and channels == 1 and strided


def _depth_slices_as_images(a, depth):
    """(N, R, D*P) terms of 3-D positions as (N*D, R, P): each image's output depth slices apart."""
    n, rows, positions = a.shape
    return a.reshape(n, rows, depth, positions // depth).transpose(0, 2, 1, 3).reshape(n * depth, rows, -1)


def _group_wgrad(dy, xp, g, shape, order, block=None):
    """``_ordered_wgrad`` of one group, the im2col gemm's sgemms ``block`` positions of an image at a time (None:
    all)."""
    windows = [xp[(slice(None), slice(None)) + _spatial_slices(k, g.stride, g.dilate, dy.shape[2:])]
               for k in np.ndindex(*g.kernel)]
    n, f = dy.shape[:2]
    cols = np.stack(windows, axis=2).reshape(n, -1, math.prod(dy.shape[2:]))     # N, C*K, P
    dys = dy.reshape(n, f, -1)
    out = dy.shape[2:]
    if len(g.kernel) == 3 and _gemm_wgrad(order, shape[1], shape[0], g):
        cols, dys = _depth_slices_as_images(cols, dy.shape[2]), _depth_slices_as_images(dys, dy.shape[2])
        n, out = cols.shape[0], out[1:]
    if order == "gemv" and block:
        spans = _position_spans(cols.shape[2], block)
        dw = _gemv_sums([dys[i, 0, a:b] for i in range(n) for a, b in spans],
                        [cols[i, :, a:b] for i in range(n) for a, b in spans])[:, None]
    elif order == "gemv":
        dw = _gemv_sums(dys[:, 0], cols)[:, None]
    elif order == "gemv_filters":
        dw = _gemv_sums(cols[:, 0], dys)[None]
    elif order == "lanes":
        dw = _lane_sums(cols, dys, _position_spans(cols.shape[2], block))
    else:
        spans = _CHAIN_BLOCKS[order](out) if order in _CHAIN_BLOCKS else None
        if order in ("image", "image_gemm") and _gemm_wgrad(order, shape[1], shape[0], g):    # the sgemm's blocks
            spans = [(start + a, start + b) for start, stop in _position_spans(cols.shape[2], block)
                     for a, b in onednn.forward_blocks(shape[0], stop - start, cols.shape[1])]
        dw = _chain_sums(cols, dys, per_image=order.startswith("image"), spans=spans)
    return np.ascontiguousarray(dw.T).reshape(shape)


def _gemv_sums(vectors, matrices):
    """The sum of each image's gemv ``matrices[i] @ vectors[i]``, their block sums added in turn."""
    parts = [part for vector, matrix in zip(vectors, matrices) for part in onednn.gemv_parts(vector, matrix)]
    total = parts[0]
    for part in parts[1:]:
        total = total + part
    return total


def _position_spans(positions, block):
    """(start, stop) of an image's blocks of ``block`` positions (None: one block)."""
    block = block or positions
    return [(start, min(start + block, positions)) for start in range(0, positions, block)]


def _lane_sums(cols, dys, spans=None):
    """Each image's (C*K, F) sums over positions in 16 lanes (position p in lane p % 16, one fused multiply-add
    each), folded in halves; then the images' sums added in turn. ``spans``: blocks of positions each summed so
    apart, added in turn within an image."""
    if spans is not None and len(spans) > 1:
        parts = [_lane_sums(cols[i:i + 1, :, a:b], dys[i:i + 1, :, a:b]) for i in range(cols.shape[0])
                 for a, b in spans]
        return running_total(np.stack(parts))
    n, rows, positions = cols.shape
    blocks = -(-positions // 16)
    c = np.zeros((n, rows, 1, blocks * 16))
    c[..., :positions] = cols[:, :, None]
    d = np.zeros((n, 1, dys.shape[1], blocks * 16))
    d[..., :positions] = dys[:, None]
    acc = np.zeros((n, rows, dys.shape[1], 16), np.float32)
    for j in range(0, blocks * 16, 16):
        acc = onednn.fused_add_f32(acc, c[..., j:j + 16] * d[..., j:j + 16])
    lanes = np.moveaxis(acc, -1, 0)
    while len(lanes) > 1:
        lanes = lanes[:len(lanes) // 2] + lanes[len(lanes) // 2:]
    return running_total(lanes[0])


def _best_divider(value, least, most, largest):
    """oneDNN's best_divider: the block size in [least, most] that pads ``value`` least (the largest such block,
    or with ``largest`` False the smallest)."""
    most = max(1, min(most, value))
    least = max(1, min(least, most))
    best, best_loss = most, np.float32(np.inf)
    for size in range(most, least - 1, -1):
        padded = -(-value // size) * size
        loss = np.float32(padded - value) / np.float32(padded)
        if loss < best_loss or (not largest and loss == best_loss):
            best, best_loss = size, loss
    return best


def _avx512_1x1_wgrad_spans(out):
    """(start, stop) of the chains oneDNN's AVX-512 1x1 weight gradient splits an image's positions in (``out``
    its spatial shape): its reduction unit is the positions' best divider in 7..16 (else one of the row's), its
    block the best divider between a row (the longer of a row and a column) and the positions an L1 cache holds
    for its 8 (16 with units above 19) positions a step, cut to whole units; a last block up to half again as
    long is taken whole."""
    positions, width, height = math.prod(out), out[-1], (out[-2] if len(out) > 1 else 1)
    unit = _best_divider(positions, 7, 16, True)
    if positions % unit:
        unit = _best_divider(width, 4, width, False)
    unit = 1 if unit > 256 else unit
    held = onednn_gemm_blocks.cache_bytes(1) // 4 // (8 if unit <= 19 else 16)
    block = _best_divider(positions, min(held, max(width, height)), min(held, positions), True)
    block = max(block - block % unit, unit)
    return _reduce_blocks(positions, block, max(unit, (block * 3 // 2) // unit * unit))


# how each image's positions split in chains, by per-image order (default: onednn.unit_blocks)
_CHAIN_BLOCKS = {"image_1x1": lambda out: _avx512_1x1_wgrad_spans(out),
                 "image_128": lambda out: _reduce_blocks(math.prod(out))}


def _chain_sums(cols, dys, per_image, spans=None):
    """(C*K, F) sums of one fused multiply-add per term, the images' positions in order: one chain, or one per
    image and block of positions (``spans``, (start, stop) pairs, by default ``onednn.unit_blocks``; the images'
    chains side by side) with the chains' sums added in turn, image by image."""
    n, rows, positions = cols.shape
    if not per_image:
        chain = cols.transpose(1, 0, 2).reshape(1, rows, -1), dys.transpose(1, 0, 2).reshape(1, -1, n * positions)
        return _fma_chains(*chain)[0]
    sums = [_fma_chains(cols[:, :, a:b], dys[:, :, a:b]) for a, b in (spans or onednn.unit_blocks(positions))]
    total = None
    for i in range(n):
        for block in sums:
            total = block[i] if total is None else total + block[i]
    return total


_PRODUCTS = 1 << 16         # exact float64 products a chain step block holds at once


def _fma_chains(c, d):
    """(L, R, F) float32 chains side by side: each adds the exact products c[l, r, s] * d[l, f, s] in turn over s,
    rounding once per step (a fused multiply-add: the float32 operands' product is exact in float64)."""
    lanes, rows, steps = c.shape
    if lanes and c.dtype == d.dtype == np.float32:
        if onednn_avx2.blas_sums_in_chains():       # every lane's chains in one set of BLAS products
            return onednn_avx2.fused_chains(c.transpose(0, 2, 1), d.transpose(0, 2, 1))
        return np.stack([onednn_avx2.fused_chains(c[lane].T, d[lane].T) for lane in range(lanes)])
    acc = np.zeros((lanes, rows, d.shape[1]), np.float32)
    chunk = max(1, _PRODUCTS // acc.size)
    for start in range(0, steps, chunk):
        cs = np.moveaxis(c[:, :, start:start + chunk], -1, 0).astype(np.float64)     # S, L, R
        ds = np.moveaxis(d[:, :, start:start + chunk], -1, 0).astype(np.float64)     # S, L, F
        for product in cs[..., None] * ds[:, :, None, :]:
            np.add(acc, product, out=acc, casting="unsafe")
    return acc


def _bias_grad_in_order(dy):
    """The bias gradient of (N, F, *out) as oneDNN sums it: per channel, one running sum over the images and
    within each its positions in order, from +0 (so all -0 terms give +0)."""
    n, channels = dy.shape[:2]
    if dy.size == 0:
        return np.zeros(channels, dy.dtype)
    terms = np.ascontiguousarray(dy.reshape(n, channels, -1).swapaxes(1, 2)).reshape(-1, channels)   # in order
    return running_total(terms) + dy.dtype.type(0)


# ---- Deconvolution ----------------------------------------------------------------
DECONV_DATA_NAMES = {3: "dshape_ncw", 4: "dshape_nchw", 5: "dshape_ncdhw"}


# the source line of the check of a rank's first adj; those of its other axes follow it
_ADJ_CHECK_LINES = {1: 158, 2: 212, 3: 281}


def adj_refusal(adj, stride):
    """(source line, MXNet's check words) when an output padding (adj) is not smaller than its stride, or None."""
    axes = ("d", "y", "x")[-len(adj):] if adj else ()      # MXNet's names of the spatial axes, in order
    for i, (a, s, axis) in enumerate(zip(adj, stride, axes)):
        if a >= s:
            site = ("../src/operator/nn/deconvolution.cc", _ADJ_CHECK_LINES.get(len(adj), 212) + i)
            return site, (f"Check failed: param_.stride[{i}]-1 >= o_adj[{i}] ({s - 1} vs. {a}) : adj({axis}) must "
                          f"be samller than stride[{i}]")
    return None


def _unknown_size_refusal(dtype, n, shape):
    """MXNet's shape inference reads an output size of -1 as unknown: a graph leaves it open (``open_shapes``), a
    call's kernel fails on it, each in its own words."""
    if dtype.kind != "f":
        words = real_switch_refusal(None, dtype)
    elif dtype == np.float32:
        words = "could not construct a memory descriptor using a format tag"
    elif n == 3:
        words = ("Only 1D or 2D Deconvolution is natively supported. Fallback to native implementation (if "
                 "occurred) is therefore impossible for 3D Deconvolution.")
    elif dtype == np.float16 and n == 2:
        words = "FP16 gemm on cpu not implemented!"
    else:
        words = "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"
    error = MXNetError(words)
    error.open_shapes = [tuple(max(d, 0) for d in shape)]
    error.unnamed_in_graph = True       # (the kernel's words, not its shape inference's)
    return error


def _output_inside_kernel(dy, g):
    """Whether an unstrided, ungrouped 2-D Deconvolution's output (``dy``'s shape) is smaller than its kernel in some
    axis: oneDNN then leaves the weight gradient's convolution (over 16k + 8 filters) to the im2col gemm (probed)."""
    return (len(g.kernel) == 2 and g.groups == 1 and max(g.stride) == 1
            and any(size < k for size, k in zip(dy.shape[2:], g.kernel)))


def _deconv_setup(data, weight, kernel, stride, dilate, pad, adj, target_shape, num_filter, num_group, layout,
                  bias=None):
    g = _ConvGeom("Deconvolution", data, weight, kernel, stride, dilate, pad, num_filter, num_group, layout)
    n = len(g.kernel)
    x = _to_channel_first(data, layout)
    w = _to_channel_first(weight, layout)
    c = x.shape[1]
    want = (c, num_filter // g.groups) + g.kernel
    _refuse_unmade_shape(w.shape, want)
    if w.shape != want:
        shown = want[:1] + want[2:] + want[1:2] if layout in _CHANNEL_LAST else want     # in the layout's order
        raise MXNetError(f"Deconvolution: {inconsistent(weight.shape, shown)}")
    _check_bias_shape("Deconvolution", bias, num_filter)
    adj = shape_attr(adj, n, 0, "adj", "Deconvolution")
    target = _target_shape(target_shape, n)
    full = tuple((i - 1) * s + dk for i, s, dk in zip(x.shape[2:], g.stride, g.dkernel))
    total = [f - t for f, t in zip(full, target)]
    if any(target) and min(total) < 0:      # (the output's size is inferred before the groups are checked)
        i = next(i for i, t in enumerate(total) if t < 0)
        raise MXNetError(f"Check failed: o_pad[i] >= target_shape[i] ({full[i]} vs. {target[i]}) : too big "
                         "target shape")
    refused = group_refusal("Deconvolution", n, c, num_filter, g.groups)
    if refused is not None:
        raise located(MXNetError(f"Deconvolution: {refused[1]}"), refused[0])
    if n == 3 and math.prod(g.dilate) != 1:
        raise MXNetError(f"Deconvolution: Check failed: param_.dilate.Size() == 1U ({math.prod(g.dilate)} vs. 1) : "
                         "Dilate is not supported in 3d deconvolution")
    if any(target):
        # target_shape overrides pad and adj: crop the full output around its centre
        pads, adj = tuple((t + 1) // 2 for t in total), tuple(t % 2 for t in total)
    else:
        pads = g.pad
    refused = adj_refusal(adj, g.stride)
    if refused is not None:
        raise located(MXNetError(f"Deconvolution: {refused[1]}"), refused[0])
    out = tuple(f - 2 * p + a for f, p, a in zip(full, pads, adj))
    if min(out) < -1:       # MXNet's shape assignment takes -1 (unknown) and up
        low = next(o for o in out if o < -1)
        raise MXNetError(negative_size_text(low))
    if min(out) < 0:
        shape = (x.shape[0], num_filter) + out
        raise _unknown_size_refusal(x.dtype, n, shape[:1] + shape[2:] + shape[1:2] if layout in _CHANNEL_LAST else shape)
    # MXNet's kernels refuse these when they run (its shapes infer fine): the error shows when the result is read
    placeholder = _from_channel_first(np.zeros((x.shape[0], num_filter) + out, x.dtype), layout)
    if min(pads) < 0:
        raise KernelError("could not create a descriptor for a dilated deconvolution forward propagation primitive",
                          placeholder)
    if x.dtype != np.float32 and n == 3:
        raise KernelError("Only 1D or 2D Deconvolution is natively supported. Fallback to native implementation (if "
                          "occurred) is therefore impossible for 3D Deconvolution.", placeholder)
    if any(target) and x.dtype == np.float32 and pads != tuple(g.pad):
        # MXNet 1.9.1's oneDNN kernel (float32) keeps the pad attribute and fails to fit (its shapes infer
        # fine: the error shows when the result is read); its own kernel fits
        raise KernelError("could not create a descriptor for a dilated deconvolution forward propagation primitive",
                          placeholder)
    size = tuple(max(o + 2 * p, f) for o, p, f in zip(out, pads, full))
    g.size, g.out = size, x.shape[2:]      # of the convolution of the output onto the data, as oneDNN runs it
    return g, x, w, pads, out, size


# A window parameter's words in MXNet's check that it has the kernel's number of entries.
_WINDOW_WORDS = {"stride": ("Stride", "stride"), "dilate": ("Dilate", "dilate"), "pad": ("Padding", "padding"),
                 "adj": ("Adjustment", "adjustment")}


def check_kernel_rank(op_name, attrs, noun="convolution", ranks=(1, 2, 3)):
    """MXNet's parser check that the kernel has one of the numbers of dimensions ``ranks``."""
    from .param_text import read_value
    if "kernel" not in attrs:
        return
    kernel = read_value(op_name, "kernel", "s", attrs["kernel"])
    k = -1 if kernel is None else len(kernel)       # (MXNet reads a shape of None as one of unknown rank)
    if k not in ranks:
        error = MXNetError(f"Check failed: param_.kernel.ndim() == 3U ({k} vs. 3) : {k}D {noun} not supported")
        error.op_name = op_name     # (each operator's parser holds its own copy of this check)
        raise error


def check_window_ranks(op_name, attrs, keys=("stride", "dilate", "pad")):
    """MXNet's parser check that the window parameters ``keys``, when given, have as many entries as the kernel
    (made when a symbol is created and before an NDArray call runs)."""
    from .param_text import read_value
    kernel = read_value(op_name, "kernel", "s", attrs["kernel"]) if "kernel" in attrs else None
    if kernel is None:
        return
    for key in keys:
        given = read_value(op_name, key, "s", attrs[key]) if key in attrs else ()
        if given is None or given and len(given) != len(kernel):    # (None: a shape of unknown rank)
            word, named = _WINDOW_WORDS[key]
            shown = f"[{','.join(map(str, given))}]" if given is not None else "None"
            error = MXNetError(f"Check failed: param_.kernel.ndim() == param_.{key}.ndim() ({len(kernel)} vs. "
                               f"{-1 if given is None else len(given)}) : {word} must have the same number of "
                               f"dimensions with kernel_size,but kernel_size is set to "
                               f"[{','.join(map(str, kernel))}] while {named} is {shown}")
            error.op_name = op_name     # (each operator's parser holds its own copy of this check)
            raise error


def _conv_parser_checks(attrs):
    key = _window_key(attrs)
    if key is not None and key in _PASSED_WINDOWS:      # (the checks read nothing but these values)
        return
    check_kernel_rank("Convolution", attrs)
    check_window_ranks("Convolution", attrs)
    if key is not None:
        if len(_PASSED_WINDOWS) >= 1024:
            _PASSED_WINDOWS.clear()
        _PASSED_WINDOWS.add(key)


_PASSED_WINDOWS = set()     # window attributes Convolution's parser checks passed: every forward repeats them


def _window_key(attrs):
    """``attrs`` as a key of ``_PASSED_WINDOWS`` where every value is a tuple of ints (as read), else None."""
    for value in attrs.values():
        if type(value) is not tuple:
            return None
        for v in value:
            if type(v) is not int:
                return None
    return tuple(attrs.items())


convolution.attr_check(_conv_parser_checks)


@defop("Deconvolution", aliases=("deconvolution",))
def deconvolution(data, weight, bias=None, *, kernel, stride=(), dilate=(), pad=(), adj=(), target_shape=(),
                  num_filter, num_group=1, workspace=512, no_bias=True, cudnn_tune=None, cudnn_off=False,
                  layout=None):
    """Transposed convolution: the gradient of Convolution with respect to its data."""
    _deconv_parser_checks(dict(kernel=kernel, stride=stride, dilate=dilate, pad=pad, adj=adj))
    _check_tune("Deconvolution", cudnn_tune)
    checked_bias = _check_bias("Deconvolution", bias, no_bias, num_filter)
    try:
        g, x, w, pads, out, size = _deconv_setup(data, weight, kernel, stride, dilate, pad, adj, target_shape,
                                                 num_filter, num_group, layout, checked_bias)
    except KernelError:     # types are inferred after shapes, before any kernel runs
        _check_uniform_type("Deconvolution", data, weight, bias)
        raise
    _check_uniform_type("Deconvolution", data, weight, bias)
    if layout in _CHANNEL_LAST and data.dtype in (np.float64, np.float16) and g.groups == 1 and len(g.kernel) < 3:
        # MXNet's own kernel reads the weight as if the data were channel-first
        read = data.shape[1] * (int(num_filter) // g.groups) * math.prod(g.kernel)
        raise KernelError(f"TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>"
                          f"(shape.Size()) ({weight.size} vs. {read}) : new and old shape do not match total elements",
                          np.zeros((x.shape[0],) + tuple(out) + (int(num_filter),), data.dtype))
    _refuse_channel_last("Deconvolution", layout, x.shape[0], num_filter, out, data.dtype)
    if data.dtype.kind != "f":      # MXNet's CPU kernels take no integer data: the shapes infer, reading fails
        raise KernelError(real_switch_refusal(None, data.dtype),
                          np.zeros((x.shape[0], int(num_filter)) + out, data.dtype))
    if 0 in out or not x.shape[0]:      # (an empty batch: NumPy shape semantics; legacy ones refuse it first)
        empty = _from_channel_first(np.zeros((x.shape[0], int(num_filter)) + out, data.dtype), layout)
        _refuse_half("Deconvolution", data, empty)
        return empty
    if data.dtype == np.float64:
        y = conv_native.deconv_forward(x, w, None if _flag(no_bias) else bias, g.kernel, g.stride, g.dilate, pads,
                                       out, g.groups)
        return _from_channel_first(y, layout)
    if data.dtype == np.float16:
        x, w = x.astype(np.float32), w.astype(np.float32)
    y = None
    if data.dtype == np.float32 and len(g.kernel) < 3 and x.size * w[0].size <= _ORDERED_MACS:
        y = _deconv_in_order(x, w, g, size)
    elif (onednn._LANES == 8 or g.groups == x.shape[1] == w.shape[0] and w.shape[1] == 1) \
            and data.dtype == np.float32 and _avx2_gemm_3d(x, w, g, "data"):    # (3-D depthwise on AVX-512 too)
        y = _avx2_gemm_grads_3d(x, None, w, g, size, (True, False))[0]
    elif onednn._LANES == 8 and data.dtype == np.float32 and len(g.kernel) == 3:
        y = _avx2_direct_dgrad_3d(x, w, g, size)
    elif onednn._LANES == 16 and data.dtype == np.float32 and g.groups == 1 and x.size * w[0].size <= _ORDERED_MACS:
        y = _dgrad_3d(x, w, g, size, deconvolution=True)      # (3-D, AVX-512: a convolution's data gradient)
    elif onednn._LANES == 16 and data.dtype == np.float32 and x.size * w[0].size <= _ORDERED_MACS:
        y = _grouped_deconv_3d(x, w, g, size)
    if y is None:
        y = _batch_first(_correlate_dgrad(_batch_inner(x, g.groups), w, x.shape[2:], size, g.stride, g.dilate,
                                          g.groups), pads, out)
    else:
        y = np.ascontiguousarray(_crop(y, pads, out))
    if bias is not None and not _flag(no_bias):
        y += bias.reshape((1, -1) + (1,) * len(out)).astype(y.dtype, copy=False)
    y = _from_channel_first(y, layout)
    _refuse_half("Deconvolution", data, y)
    block = onednn.conv_output_block(x.shape[1], int(num_filter), g.groups, len(g.kernel), _ag.is_training(),
                                     transposed=True)
    if _pads_past_dilated_kernel(g):
        return y        # (the im2col gemm's plain layout, probed with DNNL_VERBOSE)
    if data.dtype == np.float32 and len(g.kernel) == 1 and layout not in _CHANNEL_LAST:
        onednn.mark_blocked_1d(y, x.shape[1], int(num_filter), g.groups, _ag.is_training(), transposed=True)
    if data.dtype == np.float32 and not _ag.is_training() and layout not in _CHANNEL_LAST:
        onednn.mark_reordered_weight(weight, x.shape[1], int(num_filter), g.groups, len(g.kernel), transposed=True)
    return onednn.mark_blocked(y, block) if data.dtype == np.float32 and block else y


def _deconv_in_order(x, w, g, size):
    """The padded float32 Deconvolution of 1-D or 2-D data as oneDNN sums it (a convolution's data gradient, in that
    gradient's order), None where not replayed. On AVX2 each group runs as a Deconvolution of its own (probed)."""
    if g.groups > 1:
        depthwise = x.shape[1] == w.shape[0] == g.groups and w.shape[1] == 1 \
            and (onednn._LANES == 8 or _avx512_depthwise_deconv(x, g))
        y = _depthwise_dgrad(x, w, g, size) if depthwise else None     # (its own kernel, probed)
        one, part = copy.copy(g), x.shape[1] // g.groups
        one.groups = 1
        block = _grouped_dgrad_block(w.shape[1], part, g)
        if y is None and onednn._LANES == 16 and block:     # a grouped convolution's data gradient (probed)
            return np.concatenate([_ordered_dgrad(x[:, i * part:(i + 1) * part], w[i * part:(i + 1) * part], one,
                                                  size, False, blocks=(block, block)) for i in range(g.groups)], axis=1)
        if y is not None or onednn._LANES != 8:
            return y
        parts = [_deconv_in_order(x[:, i * part:(i + 1) * part], w[i * part:(i + 1) * part], one, size)
                 for i in range(g.groups)]
        return None if any(p is None for p in parts) else np.concatenate(parts, axis=1)
    if onednn._LANES == 8:
        return _avx2_dgrad(x, w, g, size, channels_last=False)
    c_in, c_out = x.shape[1], w.shape[1]
    if min(c_in, c_out) < 16 or c_in == c_out == 16 and max(g.stride + g.dilate) == 1:
        return _ordered_dgrad(x, w, g, size, gemm=min(c_in, c_out) < 16 or _pads_past_dilated_kernel(g),
                              channels_last=False)
    if c_in % 16 == 0 and c_out % 16 == 0 and _jit_1x1_takes(g):
        chain = _avx512_1x1_chain(c_in, c_out, x.shape[2:])      # the jit 1x1 kernel's chains (probed)
        return _ordered_dgrad(x, w, g, size, False, blocks=(chain, chain))
    # AVX-512's direct kernel for 16k of both (dilated too), else the im2col gemm (probed)
    direct = c_in % 16 == 0 and c_out % 16 == 0 and not (max(g.dilate) > 1 and max(g.stride) > 1)
    return _ordered_dgrad(x, w, g, size, not direct or _dgrad_takes_gemm(c_out, c_in, g), channels_last=False)


def _grouped_deconv_3d(x, w, g, size):
    """A grouped float32 3-D Deconvolution as AVX-512's oneDNN sums it (probed with DNNL_VERBOSE): each group a
    convolution's data gradient, by the direct kernel in blocks of 16, 8 or 4 where its filters and channels a
    group fill them, else by the im2col gemm."""
    part, one = x.shape[1] // g.groups, copy.copy(g)
    one.groups = 1
    per_f = w.shape[1]
    block = None if part % 16 == 0 and per_f % 16 == 0 else _grouped_block(per_f, part)
    direct = (block is not None or part % 16 == 0 and per_f % 16 == 0) and _grouped_direct_dgrad(g)
    parts = []
    for i in range(g.groups):
        xi, wi = x[:, i * part:(i + 1) * part], w[i * part:(i + 1) * part]
        parts.append(_ordered_dgrad(xi, wi, one, size, False, blocks=block and (block, block)) if direct
                     else _gemm_dgrad_3d(xi, wi, one, size))
    return np.concatenate(parts, axis=1)


def _grouped_as_convolution(dy, w, g):
    """Whether a grouped float32 Deconvolution's data gradient on AVX-512 sums as the grouped Convolution of its
    output gradient ``dy`` with its weight ``w`` does (probed, 1-D to 3-D; not depthwise, nor 16k channels and
    filters a group, which ``_deconv_dgrad_order`` replays)."""
    blocked = (w.shape[0] // g.groups) % 16 == 0 and w.shape[1] % 16 == 0
    return (onednn._LANES == 16 and dy.dtype == np.float32 and g.groups > 1
            and not (w.shape[0] == g.groups and w.shape[1] == 1) and not blocked)


def _avx512_depthwise_deconv(x, g):
    """Whether oneDNN runs a depthwise Deconvolution of ``x`` on AVX-512 by its depthwise kernel (probed): 2-D,
    undilated, over 16k channels (others: the im2col gemm)."""
    return len(g.kernel) == 2 and max(g.dilate) == 1 and x.shape[1] % 16 == 0


def _refuses_one_filter_dgrad(x, w, g):
    """Whether MXNet's oneDNN fails a float32 Deconvolution's data gradient (probed, 1-D to 3-D): one filter
    (output channel) a group, fewer than 8 in all, over input channels in 8s a group (AVX-512: 16k channels when
    ungrouped), whose weights its direct kernel cannot reorder (where that convolution's geometry leaves AVX2's
    direct kernel, the im2col sgemm runs)."""
    if onednn._LANES == 16:
        per_group = x.shape[1] // g.groups
        return x.dtype == np.float32 and w.shape[1] == 1 and g.groups < 8 \
            and per_group % (16 if g.groups == 1 else 8) == 0
    if not (x.dtype == np.float32 and w.shape[1] == 1 and g.groups < 8 and x.shape[1] // g.groups % 8 == 0):
        return False
    forward = copy.copy(g)      # the convolution of the output gradient onto the data
    forward.out = x.shape[2:]
    return _avx2_direct_fits(forward)


def _one_window_dgrad(dy, w, g, pads):
    """The data gradient (N, 1, 1...) of a float32 Deconvolution of one channel to one filter over a single input
    position, padded by at most 1, as MXNet's AVX2 oneDNN sums it (probed): each kernel offset's product rounded,
    added in kernel order from zero."""
    total = np.zeros(dy.shape[:1], np.float32)
    for kidx in np.ndindex(*g.kernel):
        where = tuple(k * d - p for k, d, p in zip(kidx, g.dilate, pads))
        if all(0 <= i < n for i, n in zip(where, dy.shape[2:])):
            total = total + dy[(slice(None), 0) + where] * w[(0, 0) + kidx]
    return total.reshape((dy.shape[0], 1) + (1,) * len(g.kernel))


def deconvolution_grad_onto(i, buffer, dy, data, weight, *, kernel, stride=(), dilate=(), pad=(), adj=(),
                            target_shape=(), num_filter, num_group=1, workspace=512, layout=None, **_):
    """The weight gradient MXNet's own (float64) Deconvolution backward leaves in the 'add' request's ``buffer``:
    its gemm adds each batch step's product onto it (beta 1) block by block. None for the data and the bias and
    for oneDNN's kernels (their gradients are added to the buffer once)."""
    if i != 1 or data.dtype != np.float64 or weight.dtype != np.float64 or layout in _CHANNEL_LAST:
        return None
    g, x, w, pads, _, _ = _deconv_setup(data, weight, kernel, stride, dilate, pad, adj, target_shape, num_filter,
                                        num_group, layout)
    return conv_native.deconv_backward(dy, x, w, g.kernel, g.stride, g.dilate, pads, g.groups, int(workspace),
                                       weight_onto=buffer)[1]


def _deconv_parser_checks(attrs):
    check_kernel_rank("Deconvolution", attrs, "deconvolution")
    check_window_ranks("Deconvolution", attrs, ("stride", "dilate", "pad", "adj"))


deconvolution.attr_check(_deconv_parser_checks)


@deconvolution.grad
def _(dy, out, data, weight, bias=None, *, kernel, stride=(), dilate=(), pad=(), adj=(), target_shape=(),
      num_filter, num_group=1, workspace=512, no_bias=True, cudnn_tune=None, cudnn_off=False, layout=None,
      needs=(True,) * 3):
    try:
        g, x, w, pads, _, size = _deconv_setup(data, weight, kernel, stride, dilate, pad, adj, target_shape,
                                               num_filter, num_group, layout)
    except KernelError as e:        # the forward's kernel refused: the backward's does too (kept with the gradients)
        if data.ndim == 5 and message_of(e).startswith("Only 1D or 2D"):
            # its own 3-D backward (not float32) first reads the data as 3-D: a check of its own
            backward_kernel_error("TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>"
                                  f"(shape.Size()) ({data.size} vs. {math.prod(data.shape[:3])}) : new and old shape "
                                  "do not match total elements", own=True)
        else:
            backward_kernel_error(message_of(e))
        return np.zeros_like(data), np.zeros_like(weight), None if bias is None else np.zeros_like(bias)
    if data.dtype.kind != "f":      # the kernel's type switch: given the head gradient, it fails on its own
        backward_kernel_error(OperatorMessage(real_switch_refusal(None, data.dtype),
                                              site=("../src/operator/nn/./deconvolution-inl.h", 530)),
                              own=is_failed_head(out))
        return np.zeros_like(data), np.zeros_like(weight), None if bias is None else np.zeros_like(bias)
    refused = layout in _CHANNEL_LAST and _forward_refusal(
        deconvolution, data, weight, bias, kernel=kernel, stride=stride, dilate=dilate, pad=pad, adj=adj,
        target_shape=target_shape, num_filter=num_filter, num_group=num_group, no_bias=no_bias, layout=layout)
    if refused:
        backward_kernel_error(refused, own=is_failed_head(out))
        return np.zeros_like(data), np.zeros_like(weight), None if bias is None else np.zeros_like(bias)
    if dy.size == 0:        # an empty result: MXNet's float64 kernel passes zeros back, oneDNN's (float32) fails
        if data.dtype != np.float64:
            raise MXNetError("Check failed: delay_alloc: ")
        return np.zeros_like(data), np.zeros_like(weight), None if bias is None else np.zeros_like(bias)
    if data.dtype == np.float16:    # MXNet's own kernel's first gemm fails: no gradient (a failed head's own error)
        backward_kernel_error(OperatorMessage("FP16 gemm on cpu not implemented!", "Deconvolution"),
                              own=is_failed_head(out))
        return np.zeros_like(data), np.zeros_like(weight), None if bias is None else np.zeros_like(bias)
    dy = _to_channel_first(dy, layout)
    if data.dtype == np.float64:
        dx, dw, db = conv_native.deconv_backward(dy, x, w, g.kernel, g.stride, g.dilate, pads, g.groups)
        db = None if bias is None else np.zeros_like(bias) if _flag(no_bias) else db
        return _from_channel_first(dx, layout), _from_channel_first(dw, layout), db
    if needs[0] and _refuses_one_filter_dgrad(x, w, g):
        # (oneDNN's AVX2 kernel has no weight layout for the data gradient of one filter over 8k input channels)
        backward_kernel_error("could not create a primitive descriptor for a reorder primitive")
        return np.zeros_like(data), np.zeros_like(weight), None if bias is None else np.zeros_like(bias)
    dyp = _batch_last(dy, pads, size)
    # oneDNN runs the data gradient as a convolution of dy with the weight, in that convolution's order
    order = _deconv_dgrad_order(w.shape[1] * g.groups, w.shape[0], g, x.shape[0] * math.prod(x.shape[2:]))
    one_window = w.shape[:2] == (1, 1) and math.prod(x.shape[2:]) == 1 and max(pads) < 2
    if onednn._LANES == 8 and dy.dtype == np.float32 and one_window:
        dx = _one_window_dgrad(dy, w, g, pads)
    elif onednn._LANES == 8 and dy.dtype == np.float32:
        forward = copy.copy(g)      # as the forward Convolution of dy sums it (probed)
        forward.pad, forward.out = pads, x.shape[2:]
        forward.size = tuple(n + 2 * p for n, p in zip(dy.shape[2:], pads))
        dx = _correlate_in_order(dy, w, forward, forward.size, forward.out, None)
    elif order is not None and not order[0] and math.prod(x.shape[2:]) == 1 and w.shape[0] > g.groups:
        # the im2col gemm of one window: each image's one-row inner product, as a forward convolution's (probed)
        dx = _single_position_correlate(_pad(dy, pads, size), w, g, x.shape[2:], None)
    elif _grouped_as_convolution(dy, w, g):     # the grouped Convolution of dy it runs (probed)
        cg, cx, cw, csize, cout = _conv_setup(dy, w, g.kernel, g.stride, g.dilate, pads, w.shape[0], g.groups, None)
        dx = _correlate_in_order(cx, cw, cg, csize, cout, None)
    elif order is not None and not order[0] and _gemm_refuses_windows(dy, w, g, x.shape[2:]):
        dx = _reference_correlate(_pad(dy, pads, size), w, g, x.shape[2:], None)
    elif order is not None:
        dx = _ordered_correlate(_pad(dy, pads, size), w, g, x.shape[2:], None, *order)
    else:
        dx = _avx2_gemm_correlate(_pad(dy, pads, size), w, _unpadded(g), x.shape[2:], None) \
            if onednn._LANES == 8 and dy.dtype == np.float32 and (len(g.kernel) < 3 or _avx2_gemm_3d(x, w, g)) else None
        if dx is None:
            dx = _correlate(dyp, w, g.stride, g.dilate, x.shape[2:], g.groups)
    if dy.dtype == np.float32 and len(g.kernel) in (1, 3) and layout not in _CHANNEL_LAST:
        onednn.mark_deconv_dgrad_1d(dx, w.shape[1] * g.groups, w.shape[0], g.groups)
    elif dy.dtype == np.float32 and g.groups == 1 and layout not in _CHANNEL_LAST and not _pads_past_kernel(g) \
            and onednn.deconv_dgrad_block(w.shape[1], w.shape[0]):     # (else the im2col gemm's plain layout)
        onednn.mark_blocked(dx, onednn.deconv_dgrad_block(w.shape[1], w.shape[0]))
    # and the weight gradient as that convolution's weight gradient: dy is its input, the data its output gradient
    wgrad_order = _deconv_wgrad_order if g.groups == 1 else _grouped_deconv_wgrad_order
    order = wgrad_order(w.shape[1], w.shape[0] // g.groups, g) if _replays_wgrad(x, w, g) else None
    if order and w.shape[1] % 16 == 8 and _output_inside_kernel(dy, g):
        order = "lanes" if w.shape[0] < 16 else "image"
    dw = None
    if onednn._LANES == 8 and dy.dtype == np.float32:
        padded = types.SimpleNamespace(kernel=g.kernel, stride=g.stride, dilate=g.dilate, pad=pads, groups=g.groups)
        dw = (_avx2_gemm_grads_3d if len(g.kernel) == 3 else _avx2_grads)(x, dy, w, padded, size, (False, True))[1]
        if dw is None and len(g.kernel) == 3:
            dw = _avx2_direct_wgrad_3d(x, dy, w, padded, size)
    elif dy.dtype == np.float32 and g.groups == w.shape[0] == x.shape[1] and w.shape[1] == 1 \
            and _avx512_depthwise_deconv(x, g) and x.size * w[0].size <= _ORDERED_MACS:    # summed as on AVX2 (probed)
        padded = types.SimpleNamespace(kernel=g.kernel, stride=g.stride, dilate=g.dilate, pad=pads, groups=g.groups)
        dw = _avx2_depthwise_grads(x, dy, w, padded, size, (False, True))[1]
    if dw is None and order:
        dw = _ordered_wgrad(x, _pad(dy, pads, size), g, w.shape, order)
    elif dw is None:
        dw = _correlate_wgrad(dyp, _batch_inner(x, g.groups), x.shape[2:], g.kernel, g.stride, g.dilate, g.groups)
    db = None
    if bias is not None:
        db = np.zeros_like(bias) if _flag(no_bias) else _bias_grad_in_order(dy)
    return _from_channel_first(dx, layout), _from_channel_first(dw, layout), db


# ---- Pooling ----------------------------------------------------------------------
def _leading(value, n):
    """A stride or pad longer than the kernel: MXNet's Pooling reads only its first ``n`` entries."""
    if isinstance(value, str) and value.strip("()[] "):
        value = ast.literal_eval(value)
    return tuple(value)[:n] if isinstance(value, (tuple, list)) and len(value) > n else value


def _check_entries(value, n):
    """A Pooling stride or pad must have the n entries MXNet's shape inference reads: None is a shape of
    unknown rank, a shorter one fails at its end (an empty one stands for the default)."""
    if isinstance(value, str):
        value = None if value.strip() == "None" else ast.literal_eval(value.strip() or "()")
    size = -1 if value is None else len(value) if isinstance(value, (tuple, list)) else n
    if size < n and size != 0:
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {max(size, 0)} must be in range [0, {size})")


POOLED_RANKS = {3: "3D in (batch, channel, x)", 4: "4D in (batch, channel, y, x)", 5: "5D in (batch, channel, d, y, x)"}


def pool_rank_refusal(check, wanted):
    """Pooling's refusal of the data's rank, in MXNet's words: its check names the operator in its own text (an
    NDArray call shows that name first)."""
    return MXNetError(f"Pooling: Check failed: {check} : Pooling: Input data should be {wanted}")


def _check_kernel_rank(kernel, ndim):
    """MXNet checks the data's rank against the kernel's before the layout."""
    rank = len(kernel) + 2
    if rank != ndim and rank in POOLED_RANKS:
        raise pool_rank_refusal(f"dshape.ndim() == {rank}U ({ndim} vs. {rank})", POOLED_RANKS[rank])


def pool_kernel_words(i, kernel, dim, pad, n, shown=None):
    """MXNet's check words for a pooling window larger than its padded input (``dim`` -1: not yet known); its 1-D
    check shows the data's size at axis 2 as given (``shown``: the channels of NWC data)."""
    if n == 3:
        return (f"Check failed: param.kernel[{i}] <= dshape_ncdhw[{i + 2}] + 2 * param.pad[{i}] "
                f"({kernel} vs. {dim + 2 * pad}) : kernel size exceeds input")
    layout = "dshape_ncw" if n == 1 else "dshape_nchw"
    return (f"Check failed: param.kernel[{i}] <= {layout}[{i + 2}] + 2 * param.pad[{i}]: kernel size "
            f"({kernel}) exceeds input ({dim if shown is None or n != 1 else shown} padded to {dim + 2 * pad})")


class _PoolGeom:
    """Window, padding and output size of one Pooling call (channel-first spatial shape)."""

    def __init__(self, spatial, kernel, stride, pad, global_pool, convention, given_dims=None):
        n = len(spatial)
        if global_pool:
            self.kernel, self.stride, self.pad = tuple(spatial), (1,) * n, (0,) * n
            self.out = (1,) * n
            self.given = _given_window(kernel, stride, pad, n)
        else:
            self.kernel = _kernel(kernel, "Pooling") if kernel not in ((), None, "", "()") else None
            if self.kernel is not None:
                _check_kernel_rank(self.kernel, n + 2)
            if self.kernel is None or len(self.kernel) != n:
                raise MXNetError(f"Pooling: kernel {kernel} does not match data with {n} spatial dimensions "
                                 f"{tuple(spatial)}")
            for value in (pad, stride):     # MXNet's shape inference reads the pad's entries, then the stride's
                _check_entries(value, n)
            self.stride = shape_attr(_leading(stride, n), n, 1, "stride", "Pooling")
            if min(self.stride) < 1:
                raise MXNetError(f"Pooling: value {list(self.stride)} for Parameter stride is invalid, the input "
                                 f"shape must be nonzero in all dimensions (strides must be positive)")
            if convention == "same":        # ceil(n / stride) outputs, the padding split around the input
                self.out = tuple(-(-s // st) for s, st in zip(spatial, self.stride))
                self.pad = tuple(max((o - 1) * st + k - s, 0) // 2
                                 for o, st, k, s in zip(self.out, self.stride, self.kernel, spatial))
            else:
                self.pad = shape_attr(_leading(pad, n), n, 0, "pad", "Pooling")
                self.out = self._out_size(spatial, convention, given_dims or spatial)
        # the buffer must hold every window, also those that run past the padded input ('full')
        self.size = tuple(max(s + 2 * p, (o - 1) * st + k)
                          for s, p, o, st, k in zip(spatial, self.pad, self.out, self.stride, self.kernel))

    def _out_size(self, spatial, convention, given_dims):
        out = []
        for i, (s, k, st, p) in enumerate(zip(spatial, self.kernel, self.stride, self.pad)):
            if k > legacy_dim(s) + 2 * p:       # (legacy shapes: an empty axis is unknown, -1)
                raise MXNetError("Pooling: " + pool_kernel_words(i, k, legacy_dim(s), p, len(spatial),
                                                                 legacy_dim(given_dims[i])))
            if convention == "valid":
                out.append((s + 2 * p - k) // st + 1)
            elif convention == "full":
                out.append(-(-(s + 2 * p - k) // st) + 1)
            else:
                raise MXNetError(f"Pooling: pooling_convention must be 'valid', 'full' or 'same', got {convention!r}")
        return tuple(out)

    def tiles(self, spatial):
        """Whether the windows tile the unpadded 2-D input exactly (a 2x2/2 pool, a global pool)."""
        return len(spatial) == 2 and not any(self.pad) and all(
            o * k == s and (o == 1 or st == k) for s, k, st, o in zip(spatial, self.kernel, self.stride, self.out))

    def onednn_grad(self, out_grad, layout):
        """Whether MXNet's CPU backward runs oneDNN's kernel: it tests its conditions on the output gradient's
        shape (not the data's), so a 'full' pooling whose windows overhang the input may take it."""
        return out_grad.dtype == np.float32 and layout in (None, "NCW", "NCHW", "NCDHW") and all(
            (o + 2 * p - k) % st == 0 for o, k, st, p in zip(self.out, self.kernel, self.stride, self.pad))

    def onednn_pass(self, dtype, layout, pool_type, convention, spatial):
        """Whether a pass of MXNet's CPU Pooling runs oneDNN: float32, channel-first, max or avg; an avg 'full'
        pooling only when its windows fit ``spatial`` evenly (the forward tests the data's spatial shape, the
        backward the output gradient's)."""
        if dtype != np.float32 or layout not in (None, "NCW", "NCHW", "NCDHW") or pool_type not in ("max", "avg"):
            return False
        if getattr(self, "given", True) is None:
            return False        # a global pool given no kernel: MXNet's oneDNN test fails
        if convention != "full" or pool_type == "max":
            return True
        kernel, stride, pad = getattr(self, "given", None) or (self.kernel, self.stride, self.pad)
        return all((n + 2 * p - k) % st == 0 for n, k, st, p in zip(spatial, kernel, stride, pad))

    def onednn_refuses_exclusion(self, spatial):
        """oneDNN cannot average without padding when a window may lie wholly in the (left or extended right) pad."""
        for s, k, st, p in zip(spatial, self.kernel, self.stride, self.pad):
            over = (s + 2 * p - k) % st
            if p >= k or (p + st - over if over else p) >= k:
                return True
        return False

    def counts(self, spatial, include_pad):
        """Elements averaged by each window (broadcastable to the output): as MXNet's kernel, the product of
        per-axis counts that are zero or negative for a 'full' window past the input (0/0 is then nan)."""
        total = np.ones(self.out)
        for i, (s, k, st, p, o) in enumerate(zip(spatial, self.kernel, self.stride, self.pad, self.out)):
            start = np.arange(o) * st - p
            if include_pad:
                n = np.minimum(start + k, s + p) - start
            else:
                n = np.minimum(start + k, s) - np.maximum(start, 0)
            total = total * n.reshape((-1,) + (1,) * (len(spatial) - 1 - i))
        return total


def _given_window(kernel, stride, pad, n):
    """(kernel, stride, pad) as given to a global Pooling (stride 1 and pad 0 by default), or None without a
    kernel of ``n`` entries (or with one that does not read as a shape)."""
    try:
        kernel = _kernel(kernel, "Pooling") if kernel not in ((), None, "", "()") else None
        if kernel is None or len(kernel) != n:
            return None
        stride = shape_attr(_leading(stride, n), n, 1, "stride", "Pooling")
        return (kernel, stride, shape_attr(_leading(pad, n), n, 0, "pad", "Pooling")) if min(stride) > 0 else None
    except (MXNetError, ValueError, TypeError):
        return None


def _pool_setup(data, kernel, pool_type, global_pool, pooling_convention, stride, pad, layout, p_value,
                backward=False):
    if pool_type not in ("max", "avg", "sum", "lp"):
        raise MXNetError(f"Pooling: pool_type must be one of max, avg, sum, lp; got {pool_type!r}")
    check_pooling_kernel("Pooling", kernel, global_pool, layout)
    # MXNet's shape inference checks lp's p_value, then 'same''s 1-D data, then the data's rank
    if pool_type == "lp" and p_value in (None, "None"):
        raise MXNetError("Pooling: Check failed: param.p_value.has_value(): ")
    if pooling_convention == "same" and data.ndim != 3:
        raise pool_rank_refusal(f"dshape.ndim() == 3U ({data.ndim} vs. 3)", "3D in (batch, channel, x). Currently "
                                "'same' supports Max Pooling 1-D")
    if not 3 <= data.ndim <= 5:
        check = f"dshape.ndim() >= 3 ({data.ndim} vs. 3)" if data.ndim < 3 else f"dshape.ndim() <= 5 ({data.ndim} vs. 5)"
        raise pool_rank_refusal(check, " 3D in (batch, channel, x) Or 4D in (batch, channel, y, x)  Or 5D in (batch, "
                                "channel, d, y, x)")
    if pooling_convention == "same":
        check_same_pad(pad, len(tuple(kernel or ())))
    if not _flag(global_pool) and kernel not in ((), None, "", "()"):
        _check_kernel_rank(_kernel(kernel, "Pooling"), data.ndim)
    if layout is not None and _LAYOUT_DIMS.get(layout) != data.ndim:
        first, second = _LAYOUT_PAIRS[data.ndim - 2]
        if _flag(global_pool):
            raise MXNetError(f"Unsupported layout, expecting {first} or {second}, saw: {_LAYOUT_ENUM[layout]}")
        raise MXNetError(f"Check failed: layout == mshadow: :{first} || layout == mshadow::{second}: Need "
                         f"{data.ndim - 2}D layout")
    if pool_type == "lp" and int(p_value) not in (1, 2, 3):
        raise MXNetError(f"p value of {int(p_value)} is not supported yet...")
    x = _to_channel_first(data, layout)
    g = _PoolGeom(x.shape[2:], kernel, stride, pad, _flag(global_pool), pooling_convention, data.shape[2:])
    if data.dtype.kind != "f":     # the shapes infer; the kernel's type switch fails, shown when the result is read
        raise KernelError(real_switch_refusal(None, data.dtype),
                          _from_channel_first(np.zeros(x.shape[:2] + g.out, data.dtype), layout))
    if pooling_convention == "same" and not _flag(global_pool) and (g.kernel, g.stride) != ((1,), (1,)):
        # MXNet 1.9.1 infers the shape, but oneDNN refuses the window when the result is computed
        raise KernelError("could not create a descriptor for a pooling forward propagation primitive",
                          np.zeros(x.shape[:2] + g.out, data.dtype))
    g.onednn = g.onednn_pass(data.dtype, layout, pool_type, pooling_convention, g.out if backward else x.shape[2:])
    if not backward and g.onednn and is_view(data):
        g.onednn = False        # MXNet's Pooling runs its own kernel on a view (x.reshape(...), x[i])
    if g.onednn and not x.size:     # oneDNN reads the input's memory, never allocated for no elements, first
        if backward:
            return x, g             # (the forward's error reaches the gradients)
        raise KernelError("Check failed: delay_alloc: ", np.zeros(x.shape[:2] + g.out, data.dtype))
    if g.onednn and min(g.kernel) < 0:     # the shapes infer with a negative window; oneDNN's kernel refuses it
        message = _negative_window_words(g.kernel)
        if backward:
            backward_kernel_error(message)
        else:
            raise located(KernelError(message, np.zeros(x.shape[:2] + g.out, data.dtype)), message.site)
    if g.onednn and min(g.pad) < 0:
        message = "could not create a descriptor for a pooling forward propagation primitive"
        if backward:
            backward_kernel_error(message)
        else:
            raise KernelError(message, np.zeros(x.shape[:2] + g.out, data.dtype))
    if g.onednn:
        # oneDNN's own check, which a 3-D window padded along its height only passes (probed); MXNet's kernel
        # (float64, channel-last, sum, lp) pads freely
        checked = len(g.kernel) != 3 or g.pad[0] or g.pad[2]
        for i, (p, k) in enumerate(zip(g.pad, g.kernel)):
            if p >= k and checked:
                message = f"Check failed: pad_l[{i}] < kernel[{i}] ({p} vs. {k}) : "
                if backward:        # kept with the gradients, read later
                    backward_kernel_error(message)
                    break
                # found when the kernel runs: MXNet raises it when the result is read
                raise KernelError(message, np.zeros(x.shape[:2] + g.out, data.dtype))
    return x, g


# where oneDNN's pooling checks each axis's window, by the window's rank
_NEGATIVE_WINDOW_LINES = {1: (153,), 2: (180, 181), 3: (215, 216, 217)}


def _negative_window_words(kernel):
    """oneDNN's pooling check of the first negative window size, at its source line."""
    i = next(i for i, k in enumerate(kernel) if k < 0)
    return OperatorMessage(f"Check failed: kernel[{i}] > 0 ({kernel[i]} vs. 0) : Filter dimensions cannot be zero.",
                           "Pooling", ("../src/operator/nn/mkldnn/mkldnn_pooling.cc",
                                       _NEGATIVE_WINDOW_LINES[len(kernel)][i]))


def check_same_pad(pad, kernel_rank):
    """MXNet's check that 'same' pooling has pad (0, 0, 0): it reads three entries of a pad of any length (one 0 per
    kernel axis when not given, three without a kernel)."""
    if isinstance(pad, str):
        pad = ast.literal_eval(pad.strip() or "()")
    pads = (int(pad),) if isinstance(pad, (int, np.integer)) else tuple(int(p) for p in pad or ()) or \
        (0,) * (kernel_rank or 3)
    for i in range(3):
        if i >= len(pads):
            raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {i} must be in range [0, {len(pads)})")
        if pads[i]:
            raise MXNetError("Check failed: param.pad[0] == 0 && param.pad[1] == 0 && param.pad[2] == 0: Same "
                             "pooling convention disables the use of pad parameter.")


def _pool_fill(x, pool_type):
    if pool_type != "max":
        return 0
    if x.dtype.kind != "f":
        return np.iinfo(x.dtype).min
    # a window with no input element (or only nan and -inf): the lowest float, in MXNet's and oneDNN's kernels
    return np.finfo(x.dtype).min


def _lp_power(v, p):
    """v ** p as repeated products (MXNet's kernels multiply for p = 2 and 3)."""
    if p == 2:
        return v * v
    if p == 3:
        return v * v * v
    return v ** p


def _lp_root(s, p):
    if p == 1:
        return s
    if p == 2:
        return np.sqrt(s)
    if p == 3:
        from .ops_elemwise import libm_f32, libm_f64      # the C library's cbrt, as MXNet calls it
        if s.dtype == np.float32:
            return libm_f32("cbrtf", np.cbrt, s)
        return libm_f64("cbrt", np.cbrt, s) if s.dtype == np.float64 else np.cbrt(s)
    return np.sign(s) * np.abs(s) ** (1.0 / p)


def _lp_grad(dy, v, y, p):
    """A window element's share of an Lp pooling gradient as MXNet's kernel computes it: dy times the
    ratio to the output p - 1 times, multiplied left to right (+0 where the output is 0)."""
    if p == 1:
        return dy
    ratio = np.divide(v, y, out=np.zeros_like(y), where=y != 0)
    share = dy * ratio if p in (2, 3) else dy * _lp_power(ratio, p - 1)
    if p == 3:
        share = share * ratio
    return np.where(y == 0, y.dtype.type(0), share)


def _offsets(g, xp):
    """(buffer region, view of ``xp``) read by each kernel offset of the pooling windows, in order."""
    ones = (1,) * len(g.kernel)
    for kidx in np.ndindex(*g.kernel):
        where = _offset_slices(kidx, g.stride, ones, g.out)
        yield where, xp[where]


def _tiled_max(x, kernel, fill):
    """Max over non-overlapping (kh, kw) tiles of ``x`` (N, C, H, W): rows first, then columns."""
    (kh, kw), (n, c, h, w) = kernel, x.shape
    rows = x.reshape(-1, kh, w)
    y = np.full(rows[:, 0].shape, fill, x.dtype)
    for i in range(kh):
        _keep_greater(y, rows[:, i])
    cols = np.full(y[:, 0::kw].shape, fill, x.dtype)
    for j in range(kw):
        _keep_greater(cols, y[:, j::kw])
    return cols.reshape(n, c, h // kh, w // kw)


def _keep_greater(y, v):
    """MXNet's max step: ``v`` replaces ``y`` only if greater, so a nan never wins and of equal values (+0, -0)
    the first stays; a window of nan and -inf keeps the start value (``y``, from a fill, holds no nan). numpy's
    fmax(v, y) is that step where it passes over a nan and gives its second operand of two equal zeros (as x86's
    max instruction does: probed once per dtype), at a fifth of the select's cost."""
    fmax = _FMAX_STEPS.get(y.dtype)
    if fmax is None:
        fmax = _FMAX_STEPS[y.dtype] = _fmax_keeps_second(y.dtype)
    if fmax:
        np.fmax(v, y, out=y)
    else:
        np.copyto(y, v, where=v > y)


_FMAX_STEPS = {}        # dtype -> whether np.fmax is _keep_greater's step in it


def _fmax_keeps_second(dtype):
    """Whether numpy's fmax in ``dtype`` gives its second operand of two equal zeros and the other one beside a nan,
    in its scalar, vector and strided loops (integers: a plain maximum)."""
    if dtype.kind in "iu":
        return True
    if dtype not in (np.float32, np.float64):
        return False
    for n in (1, 17, 64):
        neg, pos = np.full(2 * n, -0.0, dtype), np.zeros(2 * n, dtype)
        for a, b in ((neg, pos), (pos, neg), (neg[::2], pos[::2]), (pos[::2], neg[::2])):
            if not np.array_equal(np.signbit(np.fmax(a, b)), np.signbit(b)):
                return False
        if not np.array_equal(np.fmax(np.full(n, np.nan, dtype), pos[:n]), pos[:n]):
            return False
    return True


def _tile_upsample(a, kh, kw):
    """Each element of ``a`` (N, C, H, W) repeated over a (kh, kw) tile."""
    n, c, h, w = a.shape
    cols = np.empty((n, c, h, w, kw), a.dtype)
    for j in range(kw):                     # strided copies run faster than repeat's per-element copies
        cols[..., j] = a
    return cols.reshape(n, c, h, w * kw).repeat(kh, axis=2)


def _tiled_max_grad(dy, y, x, kernel):
    """Gradient of ``_tiled_max``: the first maximum of each tile (row-major) takes the tile's gradient."""
    (kh, kw), w = kernel, x.shape[3]
    hit = np.ascontiguousarray(x) == _tile_upsample(y, kh, kw)      # C order: ``hit`` is indexed flat
    cells = hit.view(np.uint8).reshape(-1, kw)              # one tile row per line
    per_row = cells[:, 0].copy()
    for j in range(1, kw):
        per_row += cells[:, j]
    per_row = per_row.reshape(-1, kh, w // kw)
    per_tile = per_row[:, 0].copy()
    for i in range(1, kh):
        per_tile += per_row[:, i]
    tied = np.flatnonzero(per_tile > 1)
    if tied.size:                           # keep only the first hit of tiles with equal maxima
        offsets = (np.arange(kh)[:, None] * w + np.arange(kw)).ravel()
        o2 = w // kw
        idx = ((tied // o2) * (kh * w) + (tied % o2) * kw)[:, None] + offsets
        flat = hit.reshape(-1)
        first = idx[np.arange(len(idx)), flat[idx].argmax(axis=1)]
        flat[idx] = False
        flat[first] = True
    zero = dy.dtype.type(0)     # the kernel adds each gradient into zeros: +0 off the maxima, and for a -0 too
    return np.where(hit, _tile_upsample(dy, kh, kw) + zero, zero)


def _global_pool_reading(data, kernel, pool_type, convention, layout):
    """The layout a global Pooling's kernel reads ``data`` in, and the words it refuses it in (None: it runs).

    MXNet takes the layout given, else the one of the kernel's rank (of the data's without a kernel), and reads
    the channels last in a channel-last one. oneDNN's kernel (float32 max or avg over a channel-first layout, a
    kernel given) pools over a kernel of the data's rank whatever the layout; MXNet's own kernel needs a layout
    of the data's rank."""
    check_pooling_kernel("Pooling", kernel, True, layout)
    spatial = data.ndim - 2
    k = None if kernel in ((), None, "", "()") else np.size(ast.literal_eval(kernel) if isinstance(kernel, str)
                                                             else kernel)
    named = layout if layout is not None else _RANK_LAYOUTS[k or spatial][0]     # (the parser refuses k > 3)
    read = _RANK_LAYOUTS[spatial][named in _CHANNEL_LAST]
    if k is not None and k <= 3 and data.dtype == np.float32 and read not in _CHANNEL_LAST and \
            pool_type in ("max", "avg"):
        if k < spatial and pool_type == "avg" and convention == "full":     # its test of the windows' fit
            return read, f"Check failed: i >= 0 && i < ndim(): index = {spatial - 1} must be in range [0, {k})"
        if k != spatial and not data.size:     # (as _pool_setup's: the input's memory is read first)
            return read, "Check failed: delay_alloc: "
        if k > spatial:
            return read, f"Check failed: kernel[{spatial}] > 0 (0 vs. 0) : Filter dimensions cannot be zero."
        return read, "dimensions are invalid" if k < spatial else None
    if _LAYOUT_DIMS[named] != data.ndim:
        first, second = _LAYOUT_PAIRS[spatial]
        return read, f"Unsupported layout, expecting {first} or {second}, saw: {_LAYOUT_ENUM[named]}"
    return read, None


@defop("Pooling", aliases=("pooling",))
def pooling(data, *, kernel=(), pool_type="max", global_pool=False, cudnn_off=False, pooling_convention="valid",
            stride=(), pad=(), p_value=None, count_include_pad=None, layout=None):
    """Max, average, sum or Lp pooling over windows of the spatial axes."""
    refusal = None
    if _flag(global_pool) and data.ndim in (3, 4, 5):
        layout, refusal = _global_pool_reading(data, kernel, pool_type, pooling_convention, layout)
    x, g = _pool_setup(data, kernel, pool_type, global_pool, pooling_convention, stride, pad, layout, p_value)
    if refusal is not None:         # (its shapes infer: shown when the result is read)
        raise KernelError(refusal, _pooled(np.zeros(x.shape[:2] + g.out, data.dtype), data, g, layout))
    if g.onednn and pool_type == "avg" and not (count_include_pad is None or _flag(count_include_pad)) \
            and _ag.is_training():
        _note_scoring_in_training(data, g, (pooling_convention, _flag(global_pool), _flag(cudnn_off),
                                            None if p_value is None else int(p_value)))
    dtype = x.dtype
    if dtype == np.float16 and pool_type != "max":      # MXNet's own kernel (never oneDNN) sums half inputs in float
        x = x.astype(np.float32)
    fill = _pool_fill(x, pool_type)
    if min(g.kernel) < 0 or min(g.kernel) == 0 and not x.size:      # MXNet's own kernel: every window is empty
        return _pooled(np.full(x.shape[:2] + g.out, fill, dtype), data, g, layout)
    if pool_type == "max" and g.tiles(x.shape[2:]):
        return _keep_workspace(_pooled(_tiled_max(x, g.kernel, fill), data, g, layout), x, g)
    xp = _pad(x, g.pad, g.size, fill, keep_tail=pool_type == "max")
    count = g.counts(x.shape[2:], count_include_pad is None or _flag(count_include_pad)) if pool_type == "avg" else None
    each = pool_type == "avg" and not g.onednn     # MXNet's own kernel: each value divided by its count, summed
    with np.errstate(over="ignore", invalid="ignore"):      # sums and powers overflow silently, as MXNet's
        y = None
        for _, v in _offsets(g, xp):          # one vectorised step per kernel offset
            if pool_type == "lp":
                v = _lp_power(v, int(p_value))
            elif each:
                with np.errstate(divide="ignore", invalid="ignore"):
                    v = v / count.astype(x.dtype)
            if y is None and pool_type == "max":      # MXNet's kernels: a max starts at the fill
                y = np.full(v.shape, fill, v.dtype)
            if pool_type == "max":
                _keep_greater(y, v)
            elif y is None:     # a sum starts at +0: a lone -0 comes out +0
                y = v + v.dtype.type(0)
            else:
                y += v
        if pool_type == "lp":
            y = _lp_root(y, int(p_value))
    if each:        # (average pooling only)
        if x.ndim == 5:     # MXNet's 3-D kernel: its own positive nan for a window counting 0, +0 if negative
            y = np.where(count == 0, x.dtype.type(np.nan), y + 0.0)
        else:
            y = np.where(count > 0, y, 0.0)
    elif pool_type == "avg":
        if x.ndim == 5:         # MXNet's 3-D kernel: nan for a window counting 0, +0 for a negative count
            with np.errstate(invalid="ignore"):
                y = y / count + 0.0
        else:                   # its 1-D and 2-D kernels: 0 for a window counting 0 or less
            y = np.divide(y, count, out=np.zeros(y.shape), where=count > 0)
    out = _pooled(y.astype(dtype, copy=False), data, g, layout)
    return _keep_workspace(out, x, g) if pool_type == "max" else out


# oneDNN's max pooling forward in training writes a workspace, where each window's maximum lies, and its backward
# reads that instead of the data: writing into the data or the output in between changes no gradient
_WORKSPACES = {}        # id of a max pooling's output -> (a weak reference to it, the data and output its forward saw)


def _keep_workspace(out, x, g):
    """``out``, with the data ``x`` and itself as they are now kept for its backward where oneDNN's max pooling
    writes a workspace (float32 channel-first data, in training while recording)."""
    if g.onednn and _ag.is_recording() and _ag.is_training():
        key = id(out)

        def forget(ref):
            if _WORKSPACES.get(key, (None,))[0] is ref:
                del _WORKSPACES[key]
        _WORKSPACES[key] = (weakref.ref(out, forget), x.copy(), out.copy())
    return out


def _workspace(out, x):
    """The data and output the backward of the max pooling that gave ``out`` reads: those its forward saw where it
    kept a workspace (_keep_workspace), else ``x`` and ``out`` as they are now."""
    kept = _WORKSPACES.get(id(out))
    return (x, out) if kept is None or kept[0]() is not out else kept[1:]


_SCORING_NOTED = set()


def _note_scoring_in_training(data, g, given):
    """MXNet's note as it creates a oneDNN average pooling without padding for training (oneDNN has no training
    form of it): once per primitive, which it keeps per shape, window and layout, and per value of the ``given``
    attributes its key also holds (convention, global_pool, cudnn_off, p_value)."""
    key = (data.shape, onednn.channel_block(data), g.kernel, g.stride, g.pad, g.out, given)
    if key not in _SCORING_NOTED:
        _SCORING_NOTED.add(key)
        print(f"{log_time()} ../src/operator/nn/mkldnn/mkldnn_pooling.cc:58: MKLDNN Pooling: "
              "training with prop_kind is forward_scoring", file=sys.stderr, flush=True)


def _pooled(y, data, g, layout):
    """The channel-first pooled ``y`` in ``layout``; oneDNN's kernel keeps its input's blocked layout."""
    return _from_channel_first(onednn.keep_block(y, data) if g.onednn else y, layout)


@pooling.grad
def _(dy, out, data, **attrs):
    return _pooling_backward(dy, out, data, None, **attrs)


def pooling_grad_onto(buffer, dy, out, data, **attrs):
    """The data gradient MXNet's own Pooling backward leaves in an 'add' request's ``buffer``: its kernel adds
    each window's share into the buffer in turn (rounding each time) rather than adding the whole gradient once;
    None where oneDNN's kernel runs (its gradient is added to the buffer after)."""
    return _pooling_backward(dy, out, data, buffer, **attrs) if data.dtype.kind == "f" else None


def _pooling_backward(dy, out, data, start, *, kernel=(), pool_type="max", global_pool=False, cudnn_off=False,
                      pooling_convention="valid", stride=(), pad=(), p_value=None, count_include_pad=None, layout=None):
    """Pooling's data gradient; ``start``: the buffer MXNet's own kernel adds into (None: zeros)."""
    if data.dtype.kind != "f":          # the backward kernel's type switch: kept with the gradients
        backward_kernel_error(real_switch_refusal(None, data.dtype))
        return np.zeros(data.shape, data.dtype)
    if _flag(global_pool) and data.ndim in (3, 4, 5):
        layout, refusal = _global_pool_reading(data, kernel, pool_type, pooling_convention, layout)
        if refusal is not None:
            if start is None:
                backward_kernel_error(refusal)
            return None if start is not None else np.zeros(data.shape, data.dtype)
    x, g = _pool_setup(data, kernel, pool_type, global_pool, pooling_convention, stride, pad, layout, p_value,
                       backward=True)
    if start is not None and (g.onednn or min(g.pad) < 0):
        return None
    if min(g.kernel) < 0 or min(g.kernel) == 0 and not x.size:     # empty windows: nothing flows back
        return None if start is not None else np.zeros(data.shape, dy.dtype)
    dy, y = _to_channel_first(dy, layout), _to_channel_first(out, layout)
    if pool_type == "max" and g.onednn:     # (channel-first data: ``out`` is ``y``)
        x, y = _workspace(out, x)
    if start is None and pool_type == "max" and g.tiles(x.shape[2:]) \
            and not (g.onednn and (y == _pool_fill(x, "max")).any()):
        return _pool_grad(_tiled_max_grad(dy, y, x, g.kernel).astype(dy.dtype, copy=False), data, g, layout)
    xp = _pad(x, g.pad, g.size, _pool_fill(x, pool_type), keep_tail=pool_type == "max")
    if start is None:
        dxp = np.zeros(x.shape[:2] + g.size, dtype=dy.dtype)
    else:
        dxp = np.array(_pad(_to_channel_first(start, layout).astype(dy.dtype), g.pad, g.size, 0,
                            keep_tail=pool_type == "max"))
    if pool_type == "avg":
        include = count_include_pad is None or _flag(count_include_pad)
        onednn = pooling_convention == "full" and not _flag(global_pool) and g.onednn_grad(dy, layout)
        if onednn and start is not None:
            return None
        if onednn and not include and g.onednn_refuses_exclusion(x.shape[2:]):
            # found by the kernel (oneDNN cannot average excluding padding when a 'full' window lies wholly in
            # the padding): MXNet raises it when the gradient is read
            backward_kernel_error("could not create a descriptor for a pooling forward propagation primitive")
            return np.zeros_like(data)
        if onednn and include:      # oneDNN divides every window by the whole kernel, overhanging ones too
            count = np.full(g.out, float(np.prod(g.kernel)))
        else:
            count = g.counts(x.shape[2:], include)
        dy = np.divide(dy, count, out=np.zeros_like(dy), where=count > 0)
    offsets = list(_offsets(g, xp))
    if pool_type == "max":      # the first maximum of each window (kernel offsets in order) takes the gradient
        terms = [np.where(hit, dy, dy.dtype.type(0)) for hit in _max_hits(x, y, g, offsets)]   # (a nan stays in)
        _add_window_terms(dxp, terms, g, _jit_pool_lanes(data, g) if y.ndim > 3 and dy.dtype == np.float32 else None,
                          "max")
        return _pool_grad(np.ascontiguousarray(_crop(dxp, g.pad, x.shape[2:], keep_tail=True)), data, g, layout)
    terms = [_lp_grad(dy, v, y, int(p_value)) if pool_type == "lp" else dy for _, v in offsets]
    jit = y.ndim > 3 and dy.dtype == np.float32 and pool_type == "avg"
    _add_window_terms(dxp, terms, g, _jit_pool_lanes(data, g) if jit else None, "avg")
    return _pool_grad(np.ascontiguousarray(_crop(dxp, g.pad, x.shape[2:])), data, g, layout)


def _max_hits(x, y, g, offsets):
    """For each kernel offset (see _offsets), where it holds its window's maximum ``y`` first. oneDNN's kernel takes
    only a value above its start, and a window with no winner (nan, -inf) at its first offset."""
    taken, hits = np.zeros(y.shape, dtype=bool), []
    start = _pool_fill(x, "max") if g.onednn else None
    for _, v in offsets:
        hit = (v == y) & ~taken if start is None else (v == y) & (v != start) & ~taken
        taken |= hit
        hits.append(hit)
    if g.onednn:
        hits[0] |= ~taken
    return hits


def _pooling_into_workspace(args, attrs, out):
    """Max Pooling over channel-first data given out=[output, workspace]: MXNet checks each array's shape, then its
    type (the workspace int32 of the output's shape), and oneDNN's kernel in training writes into the workspace's
    first bytes each window's kernel offset holding its maximum: a byte each, four under 256 offsets or more; in
    the output's layout (its input's channel blocks). Its own kernels (other types) write nothing there."""
    from .registry import invoke, refuse_out_mismatch
    with _ag.pause(train_mode=_ag.is_training()):
        result = invoke(pooling, args, attrs)
    for i, (target, inferred) in enumerate(zip(out, (result, np.empty(result.shape, np.int32)))):
        refuse_out_mismatch(pooling, target, inferred, attrs, i)
    y, workspace = out
    invoke(pooling, args, attrs, out=y)
    if _ag.is_training():
        offsets = _workspace_offsets(args[0]._data, result._data, **attrs)
        if offsets is not None:
            written = workspace._data.copy()
            raw = written.reshape(-1).view(np.uint8)
            raw[:offsets.nbytes] = offsets.reshape(-1).view(np.uint8)
            workspace._data[...] = written
    return out


def _workspace_offsets(data, y, *, kernel=(), pool_type="max", global_pool=False, cudnn_off=False,
                       pooling_convention="valid", stride=(), pad=(), p_value=None, count_include_pad=None,
                       layout=None):
    """The workspace oneDNN's max pooling writes (see _pooling_into_workspace), None where its kernel does not run."""
    x, g = _pool_setup(data, kernel, pool_type, global_pool, pooling_convention, stride, pad, layout, p_value)
    if not g.onednn:
        return None
    count = math.prod(g.kernel)
    offsets = np.zeros(y.shape, np.uint8 if count < 256 else np.int32)
    xp = _pad(x, g.pad, g.size, _pool_fill(x, "max"), keep_tail=True)
    for i, hit in enumerate(_max_hits(x, y, g, list(_offsets(g, xp)))):
        offsets[hit] = i
    block = onednn.channel_block(data)
    if data.ndim == 4 and block in (8, 16) and data.shape[1] % block == 0:      # (n, C/block, h, w, block)
        n, c, h, w = offsets.shape
        offsets = offsets.reshape(n, c // block, block, h, w).transpose(0, 1, 3, 4, 2)
    return np.ascontiguousarray(offsets)


pooling.workspace_out = _pooling_into_workspace


def _one_row_from_blocked(data, g):
    """Whether oneDNN's pooling backward from blocked 2-D data runs its reference kernel, the data gradient held
    out of the blocked layout (spatial axes outer): on AVX2 where the output has one row; on AVX-512 where the
    layout oneDNN derives for the gradient is not the blocked one (see _derived_grad_blocked)."""
    block = onednn.channel_block(data)
    if not (g.onednn and block in (8, 16) and data.ndim == 4):
        return False
    if onednn._LANES == 8:
        return g.out[0] == 1 < data.shape[2]
    return not _derived_grad_blocked(data.shape, block, g.out)


def _derived_grad_blocked(shape, block, out):
    """Whether oneDNN gives the data gradient the blocked layout: it orders the gradient's axes by the output
    gradient's strides (largest first), ties by the gradient's outer extents (larger first, else in order),
    and runs its vector kernel only when that order is the blocked one (images, channel blocks, rows, columns)."""
    images, channels, height, width = shape
    blocks = -(-channels // block)
    strides = (blocks * block * out[0] * out[1], block * out[0] * out[1], block * out[1], block)
    extents = (images, blocks, height, width)
    order = sorted(range(4), key=lambda axis: (-strides[axis], -extents[axis]))
    return order == [0, 1, 2, 3]


def _jit_pool_lanes(data, g):
    """The vector lanes of the oneDNN kernel MXNet's pooling backward runs (8-channel blocks take the AVX2
    kernel), None for its reference kernel (plain data on AVX2, 4-channel blocks, blocks with the images inside
    them; probed) or none of oneDNN's."""
    if not g.onednn or _one_row_from_blocked(data, g) or onednn.images_inside_block(data):
        return None
    block = onednn.channel_block(data)
    if block == 4 or onednn._LANES == 8 and block is None:
        return None
    return 8 if block == 8 or data.ndim == 5 and onednn.held_in_eights(data) else onednn._LANES


def _pool_grad(dx, data, g, layout):
    """The channel-first data gradient ``dx`` in ``layout``, marked as oneDNN holds it."""
    if _one_row_from_blocked(data, g):
        onednn.mark_spatial_outer(dx)
    elif g.onednn and data.ndim == 4 and onednn.channel_block(data):
        onednn.mark_blocked(dx, onednn.channel_block(data))
    elif g.onednn and data.ndim == 4 and g.out == (1, 1) and layout not in _CHANNEL_LAST and \
            onednn.channel_block(data) is None:
        channels, height, width = data.shape[1:]
        if height >= width > channels:
            onednn.mark_pooled_channels_last(dx)
        elif not channels >= height >= width:
            onednn.mark_pooled_permuted(dx)
    if g.onednn and dx.ndim == 3 and g.out == (1,) and layout not in _CHANNEL_LAST:
        onednn.mark_pooled_grad_1d(dx)
    return _from_channel_first(dx, layout)


def _add_window_terms(dxp, terms, g, lanes, pool_type):
    """Add each kernel offset's gradient term (an output-shaped array) into the windows' inputs of ``dxp``.

    MXNet's own kernels and oneDNN's reference kernel (``lanes`` None) add into each input in output order (the
    last kernel offset first). oneDNN's 2-D/3-D vector kernels (of ``lanes`` floats) walk the output rows in
    order and each row in blocks of a few outputs (6 for max, 12 for avg with 16 lanes; 3 and 6 with 8), adding
    within a block by kernel column, so the outputs of a block arrive right to left. Its 3-D backward of
    overlapping depth windows runs the depth offsets outermost, counted from the first depth a window reads
    inside the input.
    """
    kernel = g.kernel
    index = {kidx: i for i, kidx in enumerate(np.ndindex(*kernel))}
    if not lanes or 0 in g.out:
        for kidx in reversed(list(index)):
            dxp[_offset_slices(kidx, g.stride, (1,) * len(kernel), g.out)] += terms[index[kidx]]
        return
    block = {"max": 6, "avg": 12}[pool_type] // (1 if lanes == 16 else 2)
    depth = [(None, ())] if len(kernel) == 2 else _depth_steps(g)
    for kd, depth_rows in depth:
        for kh in reversed(range(kernel[-2])):
            for start in range(0, g.out[-1], block):
                for kw in range(kernel[-1]):
                    kidx = (kh, kw) if kd is None else (kd, kh, kw)
                    region = depth_rows + (slice(0, g.out[-2]), slice(start, min(start + block, g.out[-1])))
                    _add_term(dxp, terms[index[kidx]], kidx, region, g.stride)


def _add_term(dxp, term, kidx, region, stride):
    """Add ``term`` over the output ``region`` (slices with bounds) into the inputs kernel offset ``kidx`` reads."""
    dst = tuple(slice(k + r.start * s, k + (r.stop - 1) * s + 1, s) for k, r, s in zip(kidx, region, stride))
    dxp[(slice(None), slice(None)) + dst] += term[(slice(None), slice(None)) + region]


def _depth_steps(g):
    """(depth kernel offset, output depth slice) of oneDNN's 3-D pooling backward, in its order."""
    k, s, p = g.kernel[0], g.stride[0], g.pad[0]
    steps = []
    for step in range(k):
        for od in range(g.out[0]):
            kd = step + max(od * s - p, 0) - (od * s - p)
            if kd < k:
                steps.append((kd, (slice(od, od + 1),)))
    return steps


# ---- UpSampling -------------------------------------------------------------------
def _bilinear_attrs(scale, num_filter):
    kernel = 2 * scale - scale % 2
    return dict(kernel=(kernel, kernel), stride=(scale, scale), pad=((scale - 1 + 1) // 2,) * 2,
                num_filter=num_filter, num_group=num_filter, no_bias=True)


def _bilinear_geometry(data, weight, scale, num_filter):
    """(geometry, output size) of bilinear upsampling's Deconvolution, its shapes checked."""
    attrs = _bilinear_attrs(scale, num_filter)
    try:
        setup = _deconv_setup(data, weight, attrs["kernel"], attrs["stride"], (), attrs["pad"], (), (), num_filter,
                              attrs["num_group"], None)
    except MXNetError as e:     # (its checks' words name no operator)
        raise drop_op_name(e, "Deconvolution")
    return setup[0], setup[4]


def _own_bilinear(data, weight):
    """Whether MXNet's own Deconvolution kernel (which bilinear upsampling always runs) is replayed here."""
    return data.dtype == weight.dtype == np.float32 and data.size and weight.size


def _bilinear_upsampling(data, weight, scale, num_filter, workspace):
    """Bilinear upsampling: a Deconvolution of one channel a group."""
    if not _own_bilinear(data, weight):
        try:
            return deconvolution.fwd(data, weight, **_bilinear_attrs(scale, num_filter))
        except MXNetError as e:     # (its checks' words name no operator)
            raise drop_op_name(e, "Deconvolution")
    g, out = _bilinear_geometry(data, weight, scale, num_filter)
    return conv_native.deconv_forward(data, weight, None, g.kernel, g.stride, g.dilate, g.pad, out, g.groups,
                                      workspace)


def _nearest_shape(data, scale, multi_input_mode):
    """The output shape of nearest upsampling, checked input by input as MXNet's shape function does: each
    input's height and width must divide the first input's scaled ones; "sum" needs one channel count."""
    channels = 0
    for d in data:
        if d.ndim != 4:
            raise MXNetError(f"UpSamplingNearest: Check failed: shape.ndim() == 4U ({d.ndim} vs. 4) : Input data "
                             "should be 4D in (batch, channel, y, x)")
        h, w = legacy_dim(data[0].shape[2]) * scale, legacy_dim(data[0].shape[3]) * scale
        for axis, name, size in ((2, "height", h), (3, "width", w)):
            remainder = int(math.fmod(size, legacy_dim(d.shape[axis])))      # (C's: an unknown size scales below 0)
            if remainder:
                raise MXNetError(f"UpSamplingNearest: Check failed: o{name[0]}%shape[{axis}] == 0U "
                                 f"({remainder} vs. 0) : input {name} of {d.shape[axis]}does not divide "
                                 f"output {name} of {size}")
        if multi_input_mode == "concat":
            channels += d.shape[1]
        elif channels not in (0, d.shape[1]):
            raise MXNetError("Check failed: oshape[1] == 0 || oshape[1] == shape[1]: Number of "
                             "channels must be the same when multi_input_mode==sum")
        else:
            channels = d.shape[1]
    if 0 in data[0].shape[2:] and zeros_are_unknown():
        _refuse_unknown_size(data[0].shape, scale)
    return data[0].shape[0], channels, h, w


def _refuse_unknown_size(shape, scale):
    """Legacy shapes read a zero height or width as unknown (-1): scaled, it is no size; unscaled, the kernel's
    assignment finds the input's shape other than the output's."""
    if scale > 1:
        raise MXNetError(negative_size_text(-scale))
    raise MXNetError("Assignment: Check failed: eshape[0] == 0 || eshape == dshape: Shape of Tensors are not "
                     f"consistent with target, eshape: ({','.join(map(str, shape))}) dshape:"
                     f"({','.join(str(legacy_dim(d)) for d in shape)})")


def _nearest_misfit(data, out_shape, multi_input_mode):
    """MXNet's kernel scales each input by its height's factor into its part of the output: the refusal of the
    first input that does not fill its part so (another batch size, or a width factor of its own; the part's
    unknown sizes print as -1), else None."""
    n, _, h, w = out_shape
    for d in data:
        factor = h // d.shape[2]
        scaled = (d.shape[0], d.shape[1], h, d.shape[3] * factor)
        target = tuple(map(legacy_dim, (n, d.shape[1] if multi_input_mode == "concat" else out_shape[1], h, w)))
        if scaled[0] and scaled != target:
            return ("Assignment: Check failed: eshape[0] == 0 || eshape == dshape: Shape of Tensors are not "
                    f"consistent with target, eshape: ({','.join(map(str, scaled))}) dshape:"
                    f"({','.join(str(legacy_dim(d)) for d in target)})")
    return None


@defop("UpSampling", aliases=("upsampling",))
def upsampling(*data, scale, num_filter=0, sample_type, multi_input_mode="concat", num_args=None, workspace=512):
    """Nearest-neighbour (any number of inputs) or bilinear (data, weight) upsampling by ``scale``."""
    scale = int(scale)
    if scale < 1:
        raise MXNetError(f"UpSampling: scale: Up sampling scale must be at least 1, got {scale}")
    if multi_input_mode not in ("concat", "sum"):
        raise MXNetError(f"Invalid Input: '{multi_input_mode}', valid values are: {{'concat', 'sum'}}, in operator "
                         f"UpSampling (multi_input_mode)")
    # the count of inputs (data and weight for bilinear, else num_args as stated), before their shapes
    wanted = 2 if sample_type == "bilinear" else None if num_args is None else int(num_args)
    if wanted is not None and len(data) != wanted:
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({len(data)} vs. {wanted}) : Operator "
                         f"UpSampling expects {wanted} inputs, but got {len(data)} instead.")
    if sample_type == "bilinear" and data[0].ndim != 4:       # (shape inference, before the types)
        raise MXNetError(f"UpSamplingBilinear: Check failed: dshape.ndim() == 4U ({data[0].ndim} vs. 4) : Input data "
                         "should be 4D in (batch, channel, y, x)")
    if sample_type == "bilinear" and -1 in map(legacy_dim, data[0].shape):     # (its inference stops there)
        raise inference_failure("UpSampling", [d.shape for d in data], [None])
    out_shape = _nearest_shape(data, scale, multi_input_mode) if sample_type == "nearest" else None
    if any(d.dtype.kind != "f" for d in data):       # the kernel's type switch: shown when the result is read
        shape = out_shape or upsampling.fwd(*(d.astype(np.float32) for d in data), scale=scale, num_filter=num_filter,
                                            sample_type=sample_type, multi_input_mode=multi_input_mode,
                                            num_args=num_args).shape
        raise KernelError(real_switch_refusal(None, data[0].dtype), np.zeros(shape, data[0].dtype))
    if sample_type == "bilinear":
        return _bilinear_upsampling(data[0], data[1], scale, int(num_filter), workspace)
    if sample_type != "nearest":
        raise MXNetError(f"UpSampling: sample_type must be 'nearest' or 'bilinear', got {sample_type!r}")
    misfit = _nearest_misfit(data, out_shape, multi_input_mode)
    if misfit:
        raise KernelError(misfit, np.zeros(out_shape, data[0].dtype))
    ups = [d.repeat(scale * data[0].shape[2] // d.shape[2], axis=2) for d in data]
    ups = [u.repeat(u.shape[2] // d.shape[2], axis=3) for u, d in zip(ups, data)]
    if multi_input_mode == "sum":
        return sum(ups[1:], ups[0])
    return ups[0] if len(ups) == 1 else np.concatenate(ups, axis=1)


@upsampling.grad
def _(dy, out, *data, scale, num_filter=0, sample_type, multi_input_mode="concat", num_args=None, workspace=512):
    scale = int(scale)
    if sample_type == "bilinear":
        if _own_bilinear(data[0], data[1]):
            g = _bilinear_geometry(data[0], data[1], scale, int(num_filter))[0]
            return conv_native.deconv_backward(dy, data[0], data[1], g.kernel, g.stride, g.dilate, g.pad, g.groups,
                                               workspace)[:2]
        return deconvolution.bwd(dy, out, data[0], data[1], **_bilinear_attrs(scale, int(num_filter)))[:2]
    if any(d.dtype.kind != "f" for d in data):      # the kernel's type switch: given the head gradient, it fails
        backward_kernel_error(OperatorMessage(real_switch_refusal(None, data[0].dtype),      # on its own
                                              site=("../src/operator/nn/./upsampling-inl.h", 219)),
                              own=is_failed_head(out))
        return tuple(np.zeros_like(d) for d in data)
    grads, start = [], 0
    for d in data:
        part = dy if multi_input_mode == "sum" else dy[:, start:start + d.shape[1]]
        start += d.shape[1]
        n, c, h, w = part.shape
        f = h // d.shape[2]
        blocks = part.reshape(n, c, h // f, f, w // f, f)
        total = np.zeros((n, c, h // f, w // f), part.dtype)
        for i in range(f):             # MXNet sums each block in order, row by row
            for j in range(f):
                total += blocks[:, :, :, i, :, j]
        grads.append(total)
    return tuple(grads)
