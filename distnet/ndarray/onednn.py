"""oneDNN's float32 kernels as MXNet 1.9.1's CPU build runs them, step by step in numpy.

MXNet hands several float32 operators to oneDNN, whose vector code uses its own approximations of
exp, log, tanh, erf and log1p and its own summation orders. These replicas give the same bits; a
fused multiply-add is one float64 operation rounded once to float32.

Each replica is written twice: its plain steps (``_<name>_steps``, the readable statement of the
arithmetic, used for inputs other than float32 arrays) and a fast path for float32 arrays giving the
same bits with in-place ufuncs on few buffers, constants as stride-0 arrays of the operand's length
(numpy applies those faster than scalars), and large arrays in cache-sized blocks. Where numpy's vector
loops could order the operands of an add otherwise (seen only in the payload of a NaN), a result
holding a NaN is recomputed by the plain steps.
"""
import copy
import math
import os
import threading
import weakref

import numpy as np

from . import onednn_avx2
from ..base import flag_within

# MXNet hands a float32 softmax/log_softmax over the last axis (no temperature, no length) to oneDNN,
# whose vector kernel uses its own exp and log approximations and sums in one lane per float of the
# machine's vectors. These follow that arithmetic step by step (a fused multiply-add is one float64
# operation rounded once).
_F32 = np.float32
ISA_ENV = "DISTNET_ONEDNN_ISA"      # avx512_core or avx2: the kernels to follow, else the CPU's own


def _vector_lanes():
    """The float32 lanes of oneDNN's kernels on this CPU: 16 with AVX-512, 8 with AVX2."""
    isa = os.environ.get(ISA_ENV, "").strip().lower()
    if isa:
        if isa not in ("avx512_core", "avx2"):
            raise ValueError(f"{ISA_ENV}={isa!r}: expected avx512_core or avx2")
        return 16 if isa == "avx512_core" else 8
    try:
        with open("/proc/cpuinfo") as f:
            flags = f.read().split()
    except OSError:
        return 16
    return 16 if "avx512f" in flags else 8


_LANES = _vector_lanes()
# oneDNN's softmax backward is a vector kernel on AVX-512 only; on AVX2 it runs the reference C++ loop
# (libm's expf, one float sum in order, no fused multiply-add)
JIT_SOFTMAX_BACKWARD = _LANES == 16


# MXNet's storage fallback (an operator given sparse inputs it has no sparse kernel for) runs the operator's
# own CPU kernel on dense copies, never oneDNN's
class _FallbackFlag(threading.local):
    active = False      # (a class default: a thread that never set it reads it without a failed lookup)


_FALLBACK = _FallbackFlag()


def storage_fallback():
    """Within: operators run MXNet's own kernels instead of oneDNN's (``enabled()`` is False)."""
    return flag_within(_FALLBACK, "active")


_FALLBACK_OPS = {}


def fallback_op(op):
    """``op`` as autograd records it after a storage fallback: the same operator (its name in graphs and
    messages) whose backward runs MXNet's own kernels too, as the fallback's backward does."""
    twin = _FALLBACK_OPS.get(op.name)
    if twin is None:
        twin = _FALLBACK_OPS[op.name] = copy.copy(op)
        backward = op.bwd

        def fallback_backward(*args, **kwargs):
            with storage_fallback():
                return backward(*args, **kwargs)
        if backward is not None:        # (an operator of no gradient keeps none)
            twin.bwd = fallback_backward
    return twin


def enabled():
    """Whether MXNet would hand a float32 operator to oneDNN now (not inside a storage fallback)."""
    return not _FALLBACK.active


# Arrays MXNet would hold in oneDNN's blocked channel layout (nChw16c/nChw8c/nChw4c): a (de)convolution's output
# (conv_output_block) and what oneDNN's eltwise, pooling, LRN, sum and concat kernels make of one (keep_block,
# join_block). A consumer reading one directly (BatchNorm, pooling's backward) runs oneDNN's kernel for that
# layout, whose arithmetic differs from the plain layout's; a copy or any other op gives a plain array again.
_BLOCKED = weakref.WeakValueDictionary()     # (id of an array, its layout's tag) -> the array


def _mark(a, tag):
    """Mark ``a`` as held in the layout ``tag`` names."""
    _BLOCKED[(id(a), tag)] = a
    return a


def _marked(a, tag):
    """Whether ``a`` is marked with the layout ``tag`` names (an id reused by a new array is not)."""
    return _BLOCKED.get((id(a), tag)) is a


def mark_blocked(a, channels):
    """Mark ``a`` as held in blocks of ``channels`` (16, 8 or 4) channels."""
    return _mark(a, channels)


def channel_block(a):
    """The channel block of ``a``'s oneDNN layout (16, 8 or 4), or None for a plain array."""
    return next((block for block in (16, 8, 4) if _marked(a, block)), None)


# A depthwise convolution of 16k + 8 channels in inference writes channels-last (acdb), where BatchNorm's
# inference runs oneDNN's AVX2 kernel for that layout: fma((x - mean) * (1 / std), gamma, beta).
CHANNELS_LAST_8 = "acdb8"


def channels_last_8(a):
    """Whether ``a`` is held channels-last with 8-float vectors (see CHANNELS_LAST_8)."""
    return _marked(a, CHANNELS_LAST_8)


# Channels-last memory of 4k channels (not 8k), where BatchNorm's inference runs oneDNN's SSE4.1 kernel for that
# layout: (x - mean) * (1 / std) * gamma + beta, each step rounded (probed on channel concats).
CHANNELS_LAST_4 = "acdb4"


def channels_last_4(a):
    """Whether ``a`` is held channels-last with 4-float vectors (see CHANNELS_LAST_4)."""
    return _marked(a, CHANNELS_LAST_4)


def conv_output_block(channels, filters, groups, spatial_dims, training, transposed=False):
    """The channel block in which MXNet (AVX-512) leaves a float32 2-D (de)convolution's output, None for plain
    (probed through BatchNorm's arithmetic on it): 16 or 8 filters per block where oneDNN's blocked kernels
    take the channels per group (few channels, or a multiple of 8), a depthwise convolution's channels in 16s
    or 8s; in training, 16k filters from 16k + 8 channels beyond 16 come in blocks of 8. On AVX2 the blocks are
    of 8: 8k filters a group over 8k channels a group or fewer than 8 (4 when grouped), a transposed
    convolution's 8k over 8k, a depthwise convolution's 8k channels."""
    if spatial_dims != 2 or groups < 1 or channels % groups or filters % groups:
        return None
    per_c, per_f = channels // groups, filters // groups
    if _LANES == 8:     # AVX2: the direct kernel's output, in blocks of 8 (probed)
        if groups > 1 and per_c == per_f == 1:
            return 8 if channels % 8 == 0 else None
        if per_f % 8:
            return None
        if transposed:
            return 8 if per_c % 8 == 0 else None
        return 8 if per_c % 8 == 0 or per_c < (8 if groups == 1 else 4) else None
    if transposed:
        block = next((b for b in (16, 8) if per_c % b == 0 and per_f % b == 0 and (b == 16 or groups > 1)), None)
        return block or _grouped_quads(per_c, per_f, groups)
    if groups > 1 and per_c == per_f == 1:
        if channels % 16 and channels % 8 == 0 and not training:
            return CHANNELS_LAST_8
        return next((b for b in (16, 8) if channels % b == 0), None)
    if per_f % 16 == 0 and (per_c % 16 == 0 or (groups == 1 and (per_c <= 16 or not training))):
        return 16
    if per_f % 8 == 0 and (per_c % 8 == 0 or per_c <= (8 if groups == 1 else 3)):
        return 8
    return _grouped_quads(per_c, per_f, groups)


def _grouped_quads(per_c, per_f, groups):
    """4 where AVX-512's direct kernel takes a grouped (de)convolution of 4k channels and 4k filters a group in
    blocks of 4 channels (aBcd4b, probed with DNNL_VERBOSE), None otherwise."""
    return 4 if groups > 1 and per_c % 4 == 0 and per_f % 4 == 0 else None


# A gradient oneDNN holds with the spatial axes outermost (cdaB16b): the data gradient of a pooling whose output
# has one row, from blocked data, and the eltwise gradients computed from it. BatchNorm's blocked backward
# refuses that layout, so MXNet runs the reference kernel (the plain layout's arithmetic) on it. On AVX2 a
# gradient comes so where its positions per channel are at least its channels less 8 (probed over 8 to 512
# channels of 1 to 8x8 positions, any batch: more channels on fewer positions take BatchNorm's blocked backward).
_SPATIAL_OUTER = "spatial_outer"


def mark_spatial_outer(a):
    """Mark ``a`` as held with its spatial axes outermost (on AVX2: where it has few channels for its positions)."""
    if _LANES == 8 and a.ndim > 1 and a[:1, :1].size < a.shape[1] - 8:
        return a
    return _mark(a, _SPATIAL_OUTER)


def spatial_outer(a):
    """Whether ``a`` is held with its spatial axes outermost."""
    return _marked(a, _SPATIAL_OUTER)


# A pooling's data gradient oneDNN's reference kernel writes channels last (acdb): MXNet's pooling backward to a
# single output position from plain 2-D data lays the gradient out with its larger axes outer (ties in order:
# channels, height, width; the images outermost; probed), channels last where height >= width > channels.
# BatchNorm's backward then runs oneDNN's jit kernel for channels-last memory where the channels come in fours
# (see ops_norm._bn_grad_per_image; its kernels for the other orders sum as the plain layout's); an eltwise
# kernel's gradient keeps the layout.
_POOLED_CHANNELS_LAST = "pooled_acdb"


def mark_pooled_channels_last(a):
    return _mark(a, _POOLED_CHANNELS_LAST)


def pooled_channels_last(a):
    """Whether ``a`` is a pooling's data gradient held channels last (see mark_pooled_channels_last)."""
    return _marked(a, _POOLED_CHANNELS_LAST)


# The same gradient in the other orders but the plain one (channels >= height >= width): BatchNorm's backward sums
# it as the plain layout, but a kernel reading it where it writes its own gradient reads a plain copy (probed through
# PReLU's gamma gradient in a bound executor).
_POOLED_PERMUTED = "pooled_permuted"


def mark_pooled_permuted(a):
    return _mark(a, _POOLED_PERMUTED)


def pooled_permuted(a):
    """Whether ``a`` is a pooling's data gradient held in a permuted order (see mark_pooled_permuted)."""
    return _marked(a, _POOLED_PERMUTED)


# A 3-D (or 5-D) array oneDNN holds in a layout of its own: MXNet's BatchNorm takes 3-D data as a 4-D view, and
# its backward refuses a view of such memory (probed on AVX2; on AVX-512 5-D data too): a 1-D or 3-D
# (de)convolution's output or data gradient in blocks, a 1-D pooling's data gradient from a single output position
# held channels last.
_HELD_1D = "held_1d"


def mark_blocked_1d(a, channels, filters, groups, training, transposed=False):
    """Mark ``a``, the float32 output of a 1-D or 3-D (de)convolution, where oneDNN leaves it in blocks: as a 2-D
    one's (``conv_output_block``), but for depthwise convolutions (oneDNN's depthwise kernels are 2-D)."""
    block = conv_output_block(channels, filters, groups, 2, training, transposed)
    if not (groups > 1 and channels == filters == groups) and block:
        _mark(a, _HELD_1D)
        if block == 8:
            _mark(a, _HELD_1D_IN_EIGHTS)
    return a


_HELD_1D_IN_EIGHTS = "held_1d_8"


def held_in_eights(a):
    """Whether ``a`` (see ``mark_blocked_1d``) is held in blocks of 8 channels, oneDNN's AVX2 kernels' layout."""
    return _marked(a, _HELD_1D_IN_EIGHTS)


def mark_blocked_dgrad(a, channels, filters, groups):
    """Mark ``a``, the float32 data gradient of a 1-D or 3-D convolution oneDNN's direct kernel computes, held in
    blocks (probed with DNNL_VERBOSE): 8k channels and 8k filters a group, or 4k both in a grouped one."""
    per_c, per_f = channels // groups, filters // groups
    if per_c % 8 == 0 and per_f % 8 == 0 or _grouped_quads(per_c, per_f, groups):
        _mark(a, _HELD_1D)
    return a


def mark_deconv_dgrad_1d(a, channels, filters, groups):
    """Mark ``a``, the float32 data gradient of a 1-D or 3-D deconvolution on AVX-512 (oneDNN's convolution of the
    head gradient's ``channels`` to the data's ``filters``), held in blocks (probed through BatchNorm's backward):
    16k filters over 16k or at most 16 channels; grouped, 4k filters over 4k channels a group, or 8k filters a
    group over fewer than 8 channels in all."""
    per_c, per_f = channels // groups, filters // groups
    if groups == 1:
        held = deconv_dgrad_block(channels, filters) is not None
    else:
        held = bool(_grouped_quads(per_c, per_f, groups)) or per_f % 8 == 0 and channels < 8
    if _LANES == 16 and held:
        _mark(a, _HELD_1D)
    return a


def deconv_dgrad_block(channels, filters):
    """The channel block in which AVX-512's oneDNN direct kernel leaves an ungrouped deconvolution's data gradient
    (its convolution of the head gradient's ``channels`` to the data's ``filters``; probed with DNNL_VERBOSE): 16
    for 16k filters over 16k or at most 16 channels, else None (the im2col gemm's plain layout)."""
    if _LANES == 16 and filters % 16 == 0 and (channels % 16 == 0 or channels <= 16):
        return 16
    return None


def mark_pooled_grad_1d(a):
    """Mark ``a``, the data gradient (N, C, W) of a 1-D oneDNN pooling to a single output position, where oneDNN
    holds it channels last (AVX2 and AVX-512 alike): fewer channels than positions (one channel: fewer images than
    positions, and more than one image)."""
    images, channels, positions = a.shape
    if 1 < images < positions if channels == 1 else channels < positions:
        _mark(a, _HELD_1D)
    return a


def held_1d(a):
    """Whether ``a`` is a 3-D array oneDNN holds in a layout of its own (see mark_blocked_1d, mark_pooled_grad_1d)."""
    return _marked(a, _HELD_1D)


# A 1-D or 3-D (transposed) convolution's weight oneDNN reorders in place into its blocked layout when it runs in inference:
# copying an array into it whole then fails (probed: its filters per group fill blocks of 8 as conv_output_block's;
# 2-D convolutions keep their weights plain). A number written whole gives it a plain layout again.
_REORDERED_WEIGHT = "reordered_weight"


def mark_reordered_weight(weight, channels, filters, groups, spatial_dims, transposed=False):
    """Mark ``weight``, the float32 weight of a convolution oneDNN's direct kernel ran in inference, where that
    reorders it."""
    depthwise = groups > 1 and channels == filters == groups
    if spatial_dims in (1, 3) and not depthwise and conv_output_block(channels, filters, groups, 2, False,
                                                                      transposed):
        _mark(weight, _REORDERED_WEIGHT)


def reordered_weight(a):
    """Whether ``a`` is a weight oneDNN holds in its own layout (see mark_reordered_weight)."""
    return _marked(a, _REORDERED_WEIGHT)


def forget_layout(a):
    """``a`` holds plain data again."""
    _BLOCKED.pop((id(a), _REORDERED_WEIGHT), None)


def holds_layouts():
    """Whether any live array is marked with a layout of oneDNN's own (a cheap test for the common case)."""
    return bool(_BLOCKED.data)      # (a removal pending for a dead array only makes this True for a while)


def keep_block(out, source):
    """Mark ``out`` with ``source``'s layout: a oneDNN eltwise, pooling or LRN kernel writes its output (or an
    eltwise kernel its gradient) in its input's layout."""
    if not _BLOCKED.data:
        return out
    block = channel_block(source)
    if block:
        mark_blocked(out, block)
    if _marked(source, _CHANNELS_LAST):
        mark_channels_last_of(out)
    inside = images_inside_block(source)
    if inside:
        _mark(out, _IMAGES_INSIDE[inside])
    if held_1d(source):
        _mark(out, _HELD_1D)
    if pooled_channels_last(source):
        mark_pooled_channels_last(out)
    if pooled_permuted(source):
        mark_pooled_permuted(out)
    return mark_spatial_outer(out) if spatial_outer(source) else out


def own_layout(a):
    """Whether ``a`` is held in any layout of oneDNN's own (blocked, channels last, spatial axes outermost)."""
    return bool(channel_block(a) or channels_last_8(a) or spatial_outer(a) or pooled_channels_last(a) or held_1d(a)
                or pooled_permuted(a))


def sum_block(out, parts):
    """Mark ``out``, the sum of a gradient's ``parts`` (listed as MXNet lists them): MXNet hands a sum of parts
    all in oneDNN's layouts to oneDNN's sum, which writes in its first input's layout; with a plain part it runs
    its own kernel on plain copies, and writes plain (probed: a (16, 8x8) gradient of a 4-filter and a 16-filter
    convolution's data gradients, then BatchNorm's backward)."""
    if _BLOCKED.data and all(own_layout(p) for p in parts):
        return keep_block(out, parts[0])
    return out


def join_block(out, inputs, training):
    """Mark the output of a oneDNN sum (on AVX2 also a channel concat) of ``inputs``: blocked when every blocked
    input has the same block (in inference on AVX-512 only when the first input is blocked; on AVX2 only when the
    output's channels fill whole blocks: probed, 8 + 4 channels concatenated come plain)."""
    blocks = {channel_block(a) for a in inputs}
    blocked = blocks - {None}
    if len(blocked) == 1 and (training or _LANES == 8 or channel_block(inputs[0])):
        block = blocked.pop()
        if _LANES != 8 or out.ndim < 2 or out.shape[1] % block == 0:
            mark_blocked(out, block)
    return out


def concat_block(out, inputs, training):
    """Mark the output of a oneDNN channel concat of ``inputs``: a 4-D one on AVX-512 as ``_concat_layout`` lays it
    out, else as ``join_block``."""
    if _LANES == 16 and out.ndim == 4:
        return _concat_layout(out, inputs)
    return join_block(out, inputs, training)


# A 2-D convolution's output AVX-512's brgemm kernels write channels last (acdb) in inference: BatchNorm reads it as
# the channel blocks it is marked with too, but a channel concat takes it for a plain layout.
_CHANNELS_LAST = "acdb"


def mark_channels_last(a):
    return _mark(a, _CHANNELS_LAST)


def channels_last(a):
    """Whether ``a`` is held channels last (see _CHANNELS_LAST, CHANNELS_LAST_8)."""
    return _marked(a, _CHANNELS_LAST) or channels_last_8(a)


# A channel concat's output held in channel blocks with the images inside them (Bacd8b): BatchNorm reads it with
# oneDNN's reference kernel (the plain layout's arithmetic), and a later concat lays its output out after it.
_IMAGES_INSIDE = {block: f"Bacd{block}" for block in (16, 8, 4)}


def images_inside_block(a):
    """The channel block of ``a`` held with the images inside the blocks (see _IMAGES_INSIDE), or None."""
    return next((block for block, tag in _IMAGES_INSIDE.items() if _marked(a, tag)), None)


def _concat_source(a):
    """(images inside the blocks, channel block or None, channels last) of the 4-D layout ``a`` is held in."""
    if channels_last(a):
        return False, None, True
    inside = images_inside_block(a)
    return (True, inside, False) if inside else (False, channel_block(a), False)


def _concat_layout(out, inputs):
    """Mark ``out``, a 4-D channel concat of ``inputs`` on AVX-512, as oneDNN lays it out (probed with DNNL_VERBOSE,
    in training and inference): in the first blocked input's block where every input starts on a block's edge,
    the images inside the blocks where that input's order ranks them so (``_images_inside``), plain where the
    channels leave a block part empty (MXNet refuses padded memory); else in the first plain input's layout
    (channels last, see ``mark_channels_last_of``, or plain)."""
    sources = [_concat_source(a) for a in inputs]
    starts = np.cumsum([0] + [a.shape[1] for a in inputs[:-1]])
    first = next((i for i, (_, block, _) in enumerate(sources) if block), None)
    if first is not None and all(start % sources[first][1] == 0 for start in starts):
        inside, block, _ = sources[first]
        if out.shape[1] % block == 0:
            if _images_inside(inputs[first].shape, inside, block, out.shape):
                _mark(out, _IMAGES_INSIDE[block])
            else:
                mark_blocked(out, block)
        return out
    plain = next((source for source in sources if not source[1]), None)
    if plain and plain[2]:
        mark_channels_last_of(out)
    return out


def mark_channels_last_of(a):
    """Mark ``a`` held channels last, with the vectors BatchNorm's kernel for its channels reads it in (16k: as
    blocks of 16, 16k + 8: CHANNELS_LAST_8, other 4k: CHANNELS_LAST_4, else plain)."""
    channels = a.shape[1]
    tag = 16 if channels % 16 == 0 else CHANNELS_LAST_8 if channels % 8 == 0 else CHANNELS_LAST_4 \
        if channels % 4 == 0 else None
    if tag:
        _mark(a, tag)
    return mark_channels_last(a)


def _images_inside(shape, inside, block, out_shape):
    """Whether oneDNN orders a concat's output, laid out after a source of ``shape`` held in ``block``s (the images
    inside them where ``inside``), with the images inside the blocks: it ranks the axes by the source's strides,
    ties by the output's outer sizes (more first, else in order)."""
    images, blocks = shape[0], -(-shape[1] // block)
    position = math.prod(shape[2:]) * block
    strides = (position, images * position) if inside else (blocks * position, position)
    outer = (out_shape[0], -(-out_shape[1] // block))
    return (strides[1], outer[1]) > (strides[0], outer[0])


def bits_f32(*words):
    return np.array(words, np.uint32).view(np.float32)


_EXP_POLY = bits_f32(0x3f7ffffb, 0x3efffee3, 0x3e2aad40, 0x3d2b9d0d, 0x3c07cfce)   # degree 1..5
_LOG_POLY = bits_f32(0xbf000000, 0x3eaaaaab, 0xbe8004ab, 0x3e4cc8a3)               # degree 2..5
_LN2, _LOG2E = _F32(0.693147182), _F32(1.44269502)
_EXP_LO, _EXP_HI = bits_f32(0xc2aeac50, 0x42b17218)          # log(FLT_MIN), log(FLT_MAX)
_i = np.arange(32)
# 1/m for the midpoint of each 1/32 of the mantissa (the upper half is taken as m/2 in [0.75, 1))
_LOG_R = np.where(_i < 16, np.round(32 / (1 + (_i + 0.5) / 32)) / 32,
                  np.round(16 / (0.5 + (_i + 0.5) / 64)) / 16).astype(np.float32)
_LOG_T = (-np.log(_LOG_R.astype(np.float64)) - 127 * np.log(2)).astype(np.float32)


def _fma_steps(a, b, c):
    """float32 a * b + c rounded once (every operand widened: numpy would keep a lone scalar narrow)."""
    return (np.asarray(a, np.float64) * np.asarray(b, np.float64) + np.asarray(c, np.float64)).astype(np.float32)


_EXP_POLY64 = [float(c) for c in _EXP_POLY[::-1]] + [1.0]       # Horner order, widened once
_LOG_POLY64 = [float(c) for c in _LOG_POLY[::-1]] + [1.0]


def horner(first, coefficients, x64):
    """A polynomial in float32 with a fused multiply-add per step (x64: the argument widened)."""
    y = np.float32(first)
    for c in coefficients:
        y = (y * x64 + c).astype(np.float32)
    return y


def _exp_steps(x):
    """oneDNN's vector expf: 2^n times a degree-5 polynomial of the reduced argument."""
    under = x < _EXP_LO
    x = clamp_exp_arg(x)
    n = np.floor(x * _LOG2E + _F32(0.5))
    r = (x - n.astype(np.float64) * float(_LN2)).astype(np.float32)     # fma(-n, ln2, x)
    # 2^(n-1), the product doubled after (n may be 128): n = -126 scales by +0.0, a subnormal product rounds
    scale = (np.maximum(n.astype(np.int32) + 126, 0) << 23).view(np.float32)
    if under.any():
        scale[under] = 0
    return horner(_EXP_POLY64[0], _EXP_POLY64[1:], r.astype(np.float64)) * scale * _F32(2)


def _log_steps(x):
    """oneDNN's vector logf: exponent * ln2 minus a table log(r) plus a polynomial of m * r - 1."""
    bits = x.view(np.int32)
    i = (bits >> 18) & 31
    upper = i >> 4
    e = ((bits >> 23) + upper).astype(np.float32)
    m = ((bits & 0x7fffff) | ((127 ^ upper) << 23)).astype(np.int32).view(np.float32)
    z = (m.astype(np.float64) * _LOG_R[i] - 1.0).astype(np.float32)
    p = horner(_LOG_POLY64[0], _LOG_POLY64[1:], z.astype(np.float64)) * z
    pres = (e.astype(np.float64) * float(_LN2) + _LOG_T[i]).astype(np.float32)
    hi = p + pres
    r = hi + ((hi - pres) - p)
    if not (x > 0).all():
        r[x == 0] = -np.inf
        r[x < 0] = np.nan
    return r


def _lane_sum_steps(rows):
    """Row sums as oneDNN adds them: running lanes over the row, then halves folded together."""
    n = rows.shape[1]
    blocks = -(-n // _LANES)
    if blocks * _LANES != n:
        padded = np.zeros((rows.shape[0], blocks * _LANES), np.float32)
        padded[:, :n] = rows
        rows = padded
    acc = rows[:, :_LANES].copy()
    for b in range(1, blocks):
        acc += rows[:, b * _LANES:(b + 1) * _LANES]
    width = _LANES
    while width > 1:
        width //= 2
        acc = acc[:, :width] + acc[:, width:2 * width]
    return acc[:, 0]


def _softmax_steps(data, take_log=False):
    """oneDNN's float32 softmax (or log_softmax) over the last axis."""
    rows = data.reshape(-1, data.shape[-1])
    with np.errstate(invalid="ignore", over="ignore"):
        z = rows - np.fmax.reduce(rows, axis=1, keepdims=True)     # x86 max: a NaN loses
        e = exp(z)
        total = lane_sum(e)[:, None]
        r = z - log(total) if take_log else e * (_F32(1) / total)
    return r.reshape(data.shape)


def clamp_exp_arg(x):
    """x86 min/max against exp's range: a NaN takes the bound."""
    x = np.where(x < _EXP_HI, x, _EXP_HI)
    return np.where(x > _EXP_LO, x, _EXP_LO)


def _logistic_steps(x):
    """oneDNN's sigmoid: exp of -|x|, e / (e + 1), mirrored for positive x."""
    e = exp(-np.abs(x))
    y = e / (e + _F32(1))
    return np.where(np.signbit(x), y, _F32(1) - y)


def _elu_steps(x, alpha):
    return np.where(x > 0, x, (exp(x) - _F32(1)) * _F32(alpha))


_SOFTRELU_POLY = bits_f32(0xb2b4637d, 0x3f7fff8e, 0xbf001759, 0x3ea70608, 0xbea3d7bf, 0xbe361d04,
                           0xbfa8f1e6, 0xbfe1e812, 0xbfc4d30e)     # log1p on [-0.5, 0), degree 0..8


def _soft_relu_steps(x):
    """oneDNN's log(1 + exp(x)): exp as 2^n p, then log of (p + 2^-n) by exponent and polynomial."""
    xc = clamp_exp_arg(x)
    n = np.floor(xc * _LOG2E + _F32(0.5))
    n_ln2 = n * _LN2
    r = xc - n_ln2
    p = _EXP_POLY[4]
    for c in (_EXP_POLY[3], _EXP_POLY[2], _EXP_POLY[1], _EXP_POLY[0], _F32(1)):
        p = fma(p, r, c)
    t = p + ((127 - n.astype(np.int32)) << 23).view(np.float32)
    bits = t.view(np.int32)
    k = (bits >> 23).astype(np.float32) - _F32(126)
    m = ((bits & np.int32(-0x7f800001)) | np.int32(0x3f000000)).view(np.float32) - _F32(1)
    q = _SOFTRELU_POLY[8]
    for c in _SOFTRELU_POLY[7::-1]:
        q = fma(q, m, c)
    return np.where((x > _EXP_HI) | (n >= 128), x, (k * _LN2 + q) + n_ln2)     # (2^-n below float: the answer is x)


_GELU_P = bits_f32(0x3ea7ba05)[0]
_GELU_POLY = bits_f32(0x3e827906, 0xbe91a98e, 0x3fb5f0e3, 0xbfba00e3, 0x3f87dc22)
_INV_SQRT2, _INV_SQRTPI = bits_f32(0x3f3504f3, 0x3f106eba)


def _gelu_grad_steps(s):
    """oneDNN's derivative of the erf-based gelu: 0.5 (1 + erf(r)) + r exp(-r^2) / sqrt(pi), r = s / sqrt 2."""
    r = s * _INV_SQRT2
    q = exp(-(r * r))
    t = r * _INV_SQRTPI * q
    w = _F32(1) / fma(_GELU_P, np.abs(r), _F32(1))
    qw = -q * w
    poly = _GELU_POLY[4]
    for c in _GELU_POLY[3::-1]:
        poly = fma(poly, w, c)
    erf = fma(qw, poly, _F32(1))
    erf = np.where(np.signbit(r), -erf, erf)
    return fma(erf, _F32(0.5), t + _F32(0.5))


def _gelu_steps(s):
    """oneDNN's erf-based gelu: erf by Abramowitz and Stegun 7.1.26 around its own exp."""
    x = s * _INV_SQRT2
    e = -exp(-(x * x))
    t = _F32(1) / fma(_GELU_P, np.abs(x), _F32(1))
    e = e * t
    r = _GELU_POLY[4]
    for c in _GELU_POLY[3::-1]:
        r = fma(r, t, c)
    erf = fma(e, r, _F32(1))
    erf = np.where(np.signbit(x), -erf, erf)
    half_s = x * _INV_SQRT2
    return fma(erf, half_s, half_s)



# MXNet's float32 FullyConnected is oneDNN's inner product. Its AVX-512 kernels are known (its AVX2 ones,
# ordered otherwise, are in onednn_avx2.py): fewer than 16 rows accumulate each output in 16 lanes (input
# unit t in lane t % 16, one fused multiply-add each) folded pairwise at the end; 16 rows or more accumulate
# the units in order, one fused multiply-add each, in blocks (``forward_blocks``); one row or one output is a
# gemv (``gemv_parts``). Replaying them costs a Python loop (a step per 16 units, or per unit), so only
# products up to these sizes take this path; the rest use BLAS, whose last bits may differ.
_LANES_EXACT = 1 << 28      # multiply-adds replayed at most, fewer than 16 rows (~1.2 s; VGG's first Dense)
_ROWS_EXACT = 1 << 30       # the same, 16 rows or more (chains as BLAS products)


def _inner_product_steps(x, weight):
    rows, units = x.reshape(-1, x.shape[-1]).shape
    outs = weight.shape[0]
    macs = rows * outs * units
    small = macs <= (_LANES_EXACT if rows < 16 else _ROWS_EXACT)
    if x.dtype != np.float32 or weight.dtype != np.float32 or rows < 2 or not units or not small:
        return x @ weight.T
    a = x.reshape(rows, units).astype(np.float64)
    w = weight.astype(np.float64)
    if rows >= 16:
        acc = None
        for start, stop in forward_blocks(rows, units, outs):
            part = np.zeros((rows, outs), np.float32)
            for t in range(start, stop):
                part = (part + np.multiply.outer(a[:, t], w[:, t])).astype(np.float32)
            acc = part if acc is None else acc + part
    else:
        blocks = -(-units // 16)
        a16 = np.zeros((rows, 1, blocks * 16))
        a16[:, 0, :units] = a
        w16 = np.zeros((1, outs, blocks * 16))
        w16[0, :, :units] = w
        acc = np.zeros((rows, outs, 16), np.float32)
        for j in range(0, blocks * 16, 16):
            acc = (acc + a16[:, :, j:j + 16] * w16[:, :, j:j + 16]).astype(np.float32)
        width = 16
        while width > 1:
            width //= 2
            acc = acc[..., :width] + acc[..., width:2 * width]
        acc = acc[..., 0]
    return acc.reshape(x.shape[:-1] + (outs,))



# oneDNN's tanh: odd, so computed on |x|. Below 0x1.bb67aep-12 it is x, from 0x1.205966p3 it is 1; in
# between a degree-6 polynomial in the offset from the start of the half binade holding |x|, one per
# half binade from 2^-12 to 8 (the table's columns), evaluated with a fused multiply-add per step.
_TANH_COEFFS = bits_f32(*(int(w, 16) for w in """
    00000000 39bfffff 39ffffff 3a3ffffe 3a7ffffb 3abffff7 3affffeb 3b3fffdc 3b7fffab 3bbfff70 3bfffeab
    3c3ffdc0 3c7ffaab 3cbff701 3cffeaad 3d3fdc08 3d7faacd 3dbf7081 3dfeacc9 3e3dc7fd 3e7acbf5 3eb77a9f
    3eec9a9f 3f22991f 3f42f7d6 3f67b7cc 3f76ca83 3f7ebbe9 3f7fd40c 3f7fff32 3f7ffffc 3f800000
    3f800000 3f800018 3f7fffe8 3f7fffda 3f7fffdc 3f7fffdc 3f7fffac 3f7fff70 3f7ffeec 3f7ffdc0 3f7ffbed
    3f7ff704 3f7feff5 3f7fdbca 3f7fbfff 3f7f7041 3f7f009b 3f7dc36c 3f7c0aa8 3f7734b8 3f70a4de 3f5f1fd8
    3f495493 3f18b9ec 3ed706cb 3e390b06 3d90b11f 3c21a053 3aaf7fdb 37ccc1a3 355c6733 00000000
    00000000 be4e0ff1 3d25b1b1 3d6b6dab 3c9fb1d5 babff06f 3c07b3f6 bb3fc1bc 3a9f5921 bbbf06f2 bbb0f402
    bc47db9e bc73d5e7 bca25bda bcfca780 bd40e07c bd7dab03 bdbe4a0f bdfb14a5 be36cc8d be6bd102 be9fe7c5
    beba0f10 bec206a8 bea3c388 be277d62 bd8b7960 bc209f49 baad44ca b7c6eeac b663aa41 00000000
    00000000 45b3ae96 c414eb20 c450e02e c3152b4e bead2f56 c2162e02 beb4bd5a c11a59a4 bed2f507 c020d32c
    3dd0f506 bf2a75e2 bff950e3 bed47334 be809b8c beb64532 be961a5b be9b63ac bea0d4b2 be828a77 be378612
    bdc20908 3d2d3957 3dd46e89 3db3f629 3d2c5e7b 3bd20403 3a59dfae 3770af45 372cc014 00000000
    00000000 cc981a1b 4a7edd3d 4ab1007c 48fedd9c 41a557b5 477ee32a 422557f5 45ff3ce4 42a55641 446e0867
    c33dc19a 42915214 43af4fad 4110fe88 c1099b75 3fc8a8dc bfbeaef5 be365aad 3f4d9652 3ddfa08f 3e34e9b8
    3e2d07a6 3dc63567 3cdaeb78 bcd17537 bc92829c bb43ab99 b9b471dd b6baad5a b78bafc7 00000000
    00000000 52f688d5 d0505c72 d08f98e3 ce505cc9 c7162b8a cc5061d6 c7162bdf ca50b37f c7162a3a c8422086
    471a714e c5ece1f1 c70e3d90 c3eba94a 43e0c424 c21f4552 42217cc8 405e7dc4 c10dd401 3e96b602 bd1a6d2f
    bd393883 bd674682 bd310016 b961e269 3ba32495 3a7680d5 38b3173c 35a9deea 375c3f2a 00000000
    00000000 d8995ed1 558285ea 55b2cd69 53028625 4bc9991f 5082898a 4b4999b3 4e02c07c 4ac99764 4b72c822
    ca40c0e1 489413e4 49b12224 46134c4e c60c2d57 43c83910 c3c872d1 c186bc9e 42325bc3 bf2ffa4a 3d9a203c
    bc545a43 bae08fee 3c80225d 3b1fd1df ba36b9d1 b91de544 b71f100f b408e2ed b685fec8 00000000
    """.split())).reshape(7, 32).astype(np.float64)       # row d: the degree-d coefficient of each piece
_TANH_LINEAR, _TANH_SATURATED = bits_f32(0x39ddb3d7, 0x41102cb3)


def _tanh_steps(x):
    """oneDNN's float32 tanh, bit for bit (NaN passes through unchanged)."""
    bits = x.reshape(-1).view(np.uint32)
    mag = bits & np.uint32(0x7fffffff)
    piece = (((mag - np.uint32(0x39800000)) >> np.uint32(22)) & np.uint32(31)).astype(np.intp)
    ax = mag.view(np.float32)
    with np.errstate(invalid="ignore", over="ignore"):
        r = (ax - (mag & np.uint32(0xffc00000)).view(np.float32)).astype(np.float64)
        p = _TANH_COEFFS[6].take(piece)             # float64 holding float32 values
        p32 = np.empty(r.shape, np.float32)
        for d in range(5, -1, -1):                  # p = fma(p, r, c_d), rounded to float32
            np.multiply(p, r, out=p)
            np.add(p, _TANH_COEFFS[d].take(piece), out=p)
            np.copyto(p32, p, casting="same_kind")
            np.copyto(p, p32)
        y = np.where(ax < _TANH_SATURATED, p32, _F32(1))
        y = np.where(ax < _TANH_LINEAR, ax, y)
    y = y.view(np.uint32) | (bits & np.uint32(0x80000000))
    y = np.where(mag > np.uint32(0x7f800000), bits, y)
    return y.view(np.float32).reshape(x.shape)


# ---- fast paths for float32 arrays: the same bits ------------------------------------------------
_F64, _I32, _U32 = np.float64, np.int32, np.uint32
_BLOCK = 1 << 15        # elements per block of a large array: its temporaries stay in the L2 cache
_SCALARS = {            # name: (dtype, value or values) of the constants the kernels apply
    "one32": (_F32, 1), "half32": (_F32, 0.5), "lo": (_F32, _EXP_LO), "hi": (_F32, _EXP_HI),
    "log2e": (_F32, _LOG2E), "ln2_32": (_F32, _LN2), "inv_sqrt2": (_F32, _INV_SQRT2),
    "inv_sqrtpi": (_F32, _INV_SQRTPI), "f126": (_F32, 126),
    "ln2_64": (_F64, _LN2), "one64": (_F64, 1), "half64": (_F64, 0.5), "gelu_p": (_F64, _GELU_P),
    "exp_c": (_F64, _EXP_POLY64), "log_c": (_F64, _LOG_POLY64),
    "softrelu_c": (_F64, _SOFTRELU_POLY[::-1]), "gelu_c": (_F64, _GELU_POLY[::-1]),    # Horner order
    "i127": (_I32, 127), "i126": (_I32, 126), "i23": (_I32, 23), "two32": (_F32, 2),
    "mantissa": (_I32, 0x7fffff), "not_exponent": (_I32, -0x7f800001), "half_exponent": (_I32, 0x3f000000),
    "magnitude": (_U32, 0x7fffffff), "sign": (_U32, 0x80000000),
    "half_binade": (_U32, 0xffc00000), "u22": (_U32, 22), "u18": (_U32, 18),
}
_LOG_R64 = _LOG_R.astype(_F64)
_TANH_LINEAR_BITS, _TANH_SATURATED_BITS = (int(v.view(_U32)) for v in (_TANH_LINEAR, _TANH_SATURATED))
_BROADCASTS = {}
# tanh's coefficients by the top 10 bits of x (sign, exponent, first mantissa bit): piece
# ((|x| - 2^-12) >> 22) & 31 is (bits >> 22) - 230 modulo 32
_TANH_BY_TOP = np.ascontiguousarray(_TANH_COEFFS[:, (np.arange(1024) - 230) % 32].T)    # (1024, 7)


class _Constants:
    """The kernels' constants as read-only stride-0 arrays of one length: numpy applies those faster than
    scalars or 0-d arrays (no value-based casting, no broadcasting), and they keep the operand dtype."""

    def __init__(self, n):
        for name, (dtype, value) in _SCALARS.items():
            if np.ndim(value):
                setattr(self, name, [np.broadcast_to(np.array(float(v), dtype), (n,)) for v in value])
            else:
                setattr(self, name, np.broadcast_to(np.array(value, dtype), (n,)))


def _constants(n):
    k = _BROADCASTS.get(n)
    if k is None:
        if len(_BROADCASTS) >= 256:
            _BROADCASTS.clear()
        k = _BROADCASTS[n] = _Constants(n)
    return k


def _fast(x):
    """Whether ``x`` takes the fast path: a float32 ndarray of at least one dimension and element."""
    return type(x) is np.ndarray and x.dtype == _F32 and x.ndim and x.size


def _blockwise(kernel, x, *args):
    """``kernel(flat, constants, *args)`` (flat float32 in and out) over ``x``, in blocks when large."""
    flat = x.reshape(-1)
    n = flat.size
    if n <= 2 * _BLOCK:
        return kernel(flat, _constants(n), *args).reshape(x.shape)
    out = np.empty(n, _F32)
    k = _constants(_BLOCK)
    for start in range(0, n, _BLOCK):
        stop = min(start + _BLOCK, n)
        out[start:stop] = kernel(flat[start:stop], k if stop - start == _BLOCK else _constants(stop - start), *args)
    return out.reshape(x.shape)


def _horner(x64, coefficients):
    """float32 Horner steps with one fused multiply-add each (x64: the argument widened; coefficients
    float64 from the leading one); returns the float32 result."""
    p = np.multiply(x64, coefficients[0])
    np.add(p, coefficients[1], p)
    p32 = p.astype(_F32)
    for c in coefficients[2:]:
        p[...] = p32
        np.multiply(p, x64, p)
        np.add(p, c, p)
        p32[...] = p
    return p32


def _float_operand(v):
    return type(v) in (float, int, _F32, _F64) or (type(v) is np.ndarray and v.dtype.kind == "f")


def fma(a, b, c):
    """float32 a * b + c rounded once (every operand widened: numpy would keep a lone scalar narrow)."""
    if (type(a) is np.ndarray and a.size > 2 * _BLOCK and a.dtype.kind == "f" and _float_operand(b)
            and _float_operand(c)):
        shape = np.broadcast_shapes(a.shape, np.shape(b), np.shape(c))
        if len(shape) and shape[0] > 1:
            return _fma_blocks(a, b, c, shape)
    return _fma_steps(a, b, c)      # the fastest way for small operands


def _fma_blocks(a, b, c, shape):
    """fma of large operands in blocks of the leading axis, its float64 temporaries kept in cache."""
    out = np.empty(shape, _F32)
    step = max(1, _BLOCK // max(1, int(np.prod(shape[1:]))))
    buffer = np.empty((min(step, shape[0]),) + shape[1:])

    def part(v, i, j):
        return v[i:j] if np.ndim(v) == len(shape) and v.shape[0] > 1 else v
    for i in range(0, shape[0], step):
        j = min(i + step, shape[0])
        total = buffer[:j - i]
        np.add(np.multiply(part(a, i, j), part(b, i, j), dtype=_F64), part(c, i, j), total)
        out[i:j] = total
    return out


def _clamp(x, k):
    """(clamp_exp_arg(x), whether x may hold NaN or values at or below exp's lower bound)."""
    xc = np.minimum(x, k.hi)
    np.maximum(xc, k.lo, xc)
    rare = not np.minimum.reduce(xc) > _EXP_LO      # a NaN makes the minimum NaN
    if rare:
        xc[np.isnan(xc)] = _EXP_HI                  # x86 min/max: a NaN takes the bound
    return xc, rare


def _exp_kernel(x, k):
    xc, rare = _clamp(x, k)
    n = np.multiply(xc, k.log2e)
    np.add(n, k.half32, n)
    np.floor(n, n)
    r = n.astype(_F64)
    np.multiply(r, k.ln2_64, r)
    np.subtract(xc.astype(_F64), r, r)          # fma(-n, ln2, x)
    r[...] = r.astype(_F32)
    scale = n.astype(_I32)      # 2^(n-1), the product doubled after, as oneDNN (see _exp_steps)
    np.add(scale, k.i126, scale)
    np.maximum(scale, 0, scale)
    np.left_shift(scale, k.i23, scale)
    if rare:
        scale[x < _EXP_LO] = 0
    p = _horner(r, k.exp_c)
    np.multiply(p, scale.view(_F32), p)
    if np.maximum.reduce(xc) < _EXP_NO_OVERFLOW:
        np.multiply(p, k.two32, p)
    else:
        with np.errstate(over="ignore"):        # past the largest float the product is inf, silently as in oneDNN
            np.multiply(p, k.two32, p)
    return p


_EXP_NO_OVERFLOW = 88.0     # below it exp's last doubling stays finite (numpy's overflow state costs ~5 us a call)


def exp(x):
    """oneDNN's vector expf: 2^n times a degree-5 polynomial of the reduced argument."""
    if not _fast(x):
        return _exp_steps(x)
    return _blockwise(_exp_kernel, x)


def _log_tables():
    """log's per-element table values by the top 14 bits of x (sign, exponent, 5 mantissa bits): the
    exponent of m, 1/m's table value r and the rounded e * ln2 - log(r), computed as the steps do."""
    top = np.arange(1 << 14, dtype=_I32)
    i = top & 31
    upper = i >> 4
    e = (((top << 18) >> 23) + upper).astype(_F32)         # bits >> 23 of a word with these top bits
    pres = (e.astype(_F64) * float(_LN2) + _LOG_T[i]).astype(_F32)
    return ((127 ^ upper) << 23).astype(_I32), _LOG_R64[i], pres


_LOG_M_EXPONENT, _LOG_R_BY_TOP, _LOG_PRES_BY_TOP = _log_tables()


def _log_kernel(x, k):
    bits = x.view(_I32)
    top = np.right_shift(x.view(_U32), k.u18).astype(np.intp)
    m = np.bitwise_and(bits, k.mantissa)
    np.bitwise_or(m, _LOG_M_EXPONENT.take(top), m)
    z = m.view(_F32).astype(_F64)
    np.multiply(z, _LOG_R_BY_TOP.take(top), z)
    np.subtract(z, k.one64, z)
    z32 = z.astype(_F32)
    z[...] = z32
    p = _horner(z, k.log_c)
    np.multiply(p, z32, p)
    pres = _LOG_PRES_BY_TOP.take(top)
    hi = np.add(p, pres)
    r = np.subtract(hi, pres)
    np.subtract(r, p, r)
    np.add(hi, r, r)
    if not np.minimum.reduce(x) > 0:
        r[x == 0] = -np.inf
        r[x < 0] = np.nan
    return r


def log(x):
    """oneDNN's vector logf: exponent * ln2 minus a table log(r) plus a polynomial of m * r - 1."""
    if not _fast(x):
        return _log_steps(x)
    return _blockwise(_log_kernel, x)


def lane_sum(rows):
    """Row sums as oneDNN adds them: running lanes over the row, then halves folded together."""
    if not (type(rows) is np.ndarray and rows.dtype == _F32 and rows.ndim == 2 and rows.shape[1]):
        return _lane_sum_steps(rows)
    count, n = rows.shape
    if count >= 256 and n > 8 * _LANES:     # many long rows: the plain steps' loop over blocks is as fast
        return _lane_sum_steps(rows)
    if rows.size <= 2 * _BLOCK or count == 1:
        total = _lane_sums(rows)
    else:
        step = max(1, _BLOCK // n)      # rows at a time, their temporaries kept in cache
        total = np.concatenate([_lane_sums(rows[i:i + step]) for i in range(0, count, step)])
    # numpy's vector loops may take the operands of an add in another order, which only shows in the
    # payload of a NaN: sums holding one are added again step by step
    if np.isnan(total).any():
        return _lane_sum_steps(rows)
    return total


def _lane_sums(rows):
    """lane_sum of a few rows, NaN payloads aside."""
    count, n = rows.shape
    blocks = -(-n // _LANES)
    lanes = np.zeros((blocks * _LANES, count), _F32)   # lane-major: lane t of block b of each row in row LANES * b + t
    lanes[:n] = rows.T
    if blocks > 1:      # blocks outermost and contiguous: numpy adds them in order, elementwise
        lanes = np.add.reduce(lanes.reshape(blocks, _LANES, count), axis=0)
    return _fold_lanes(lanes)


def _fold_lanes(lanes):
    """The lanes (rows) of each column folded in halves."""
    while len(lanes) > 2:
        half = len(lanes) // 2
        lanes = lanes[:half] + lanes[half:]
    return lanes[0] + lanes[1]


def softmax(data, take_log=False):
    """oneDNN's float32 softmax (or log_softmax) over the last axis."""
    if not _fast(data):
        return _softmax_steps(data, take_log)
    rows = data.reshape(-1, data.shape[-1])
    top = np.maximum.reduce(rows, axis=1, keepdims=True)
    if np.isfinite(top).all():      # no infinity or NaN: nothing to warn about
        return _softmax_rows(rows, top, take_log).reshape(data.shape)
    if np.isnan(top).any():
        top = _lane_max(rows)
    with np.errstate(invalid="ignore", over="ignore"):
        return _softmax_rows(rows, top, take_log).reshape(data.shape)


def _lane_max(rows):
    """Per element, the row maximum as oneDNN's vector max leaves it in the element's lane: x86 max (a > b ?
    a : b) takes the second operand beside a NaN, lanes run over the row from the lowest float (the tail
    filled with it), then halves of the vector are folded together. With a NaN, lanes may disagree."""
    count, n = rows.shape
    blocks = -(-n // _LANES)
    padded = np.full((count, blocks * _LANES), np.finfo(_F32).min, _F32)
    padded[:, :n] = rows
    v = np.full((count, _LANES), np.finfo(_F32).min, _F32)
    for b in range(blocks):
        src = padded[:, b * _LANES:(b + 1) * _LANES]
        v = np.where(v > src, v, src)
    lanes = np.arange(_LANES)
    half = _LANES // 2
    while half:
        other = v[:, lanes ^ half]
        v = np.where(v > other, v, other)
        half //= 2
    return np.tile(v, blocks)[:, :n]


def _softmax_rows(rows, top, take_log):
    z = rows - top
    e = exp(z)
    total = lane_sum(e)
    if take_log:
        np.subtract(z, log(total)[:, None], z)
        return z
    np.divide(_F32(1), total, total)
    np.multiply(e, total[:, None], e)
    return e


def _logistic_kernel(x, k):
    e = np.abs(x)
    np.negative(e, e)
    e = _exp_kernel(e, k)
    y = np.add(e, k.one32)
    np.divide(e, y, y)
    out = np.subtract(k.one32, y)
    np.copyto(out, y, where=np.signbit(x))
    return out


def logistic(x):
    """oneDNN's sigmoid: exp of -|x|, e / (e + 1), mirrored for positive x."""
    if not _fast(x):
        return _logistic_steps(x)
    return _blockwise(_logistic_kernel, x)


def _elu_kernel(x, k, alpha):
    y = _exp_kernel(x, k)
    np.subtract(y, k.one32, y)
    np.multiply(y, alpha, y)
    np.copyto(y, x, where=x > 0)
    return y


def elu(x, alpha):
    if not _fast(x):
        return _nan_kept(x, _elu_steps(x, alpha))
    return _nan_kept(x, _blockwise(_elu_kernel, x, _F32(alpha)))


def _nan_kept(x, y):
    """``y`` with x's NaNs (bits and all) where x has them: oneDNN's kernel passes a NaN input through."""
    nan = np.isnan(x)
    if nan.any():
        np.copyto(y, x, where=nan)
    return y


def _soft_relu_kernel(x, k):
    xc = _clamp(x, k)[0]
    n = np.multiply(xc, k.log2e)
    np.add(n, k.half32, n)
    np.floor(n, n)
    n_ln2 = np.multiply(n, k.ln2_32)
    r = np.subtract(xc, n_ln2)
    p = _horner(r.astype(_F64), k.exp_c)
    scale = n.astype(_I32)
    np.subtract(k.i127, scale, scale)
    np.left_shift(scale, k.i23, scale)
    np.add(p, scale.view(_F32), p)
    bits = p.view(_I32)
    e = np.right_shift(bits, k.i23).astype(_F32)
    np.subtract(e, k.f126, e)
    np.bitwise_and(bits, k.not_exponent, bits)
    np.bitwise_or(bits, k.half_exponent, bits)
    np.subtract(p, k.one32, p)      # the mantissa in [0.5, 1), minus 1
    q = _horner(p.astype(_F64), k.softrelu_c)
    np.multiply(e, k.ln2_32, e)
    np.add(e, q, e)
    np.add(e, n_ln2, e)
    np.copyto(e, x, where=(x > k.hi) | (n >= 128))      # 2^-n below float (x > 88.376): the answer is x
    return e


def soft_relu(x):
    """oneDNN's log(1 + exp(x)): exp as 2^n p, then log of (p + 2^-n) by exponent and polynomial."""
    if not _fast(x):
        return _nan_kept(x, _soft_relu_steps(x))
    return _nan_kept(x, _blockwise(_soft_relu_kernel, x))


def _erf_parts(x, k):
    """(exp(-x^2), w = 1 / fma(p, |x|, 1), the A&S polynomial of w) of oneDNN's erf, all float32."""
    q = np.multiply(x, x)
    np.negative(q, q)
    q = _exp_kernel(q, k)
    w = np.abs(x).astype(_F64)
    np.multiply(w, k.gelu_p, w)
    np.add(w, k.one64, w)
    w = np.divide(k.one32, w.astype(_F32))
    poly = _horner(w.astype(_F64), k.gelu_c)
    return q, w, poly


def _signed_fma_one(a, b, x, k):
    """fma(a, b, 1) with the sign of x."""
    t = a.astype(_F64)
    np.multiply(t, b, t)
    np.add(t, k.one64, t)
    erf = t.astype(_F32)
    np.negative(erf, out=erf, where=np.signbit(x))
    return erf


def _gelu_grad_kernel(s, k):
    r = np.multiply(s, k.inv_sqrt2)
    q, w, poly = _erf_parts(r, k)
    t = np.multiply(r, k.inv_sqrtpi)
    np.multiply(t, q, t)
    np.negative(q, q)
    np.multiply(q, w, q)
    erf = _signed_fma_one(q, poly, r, k)
    np.add(t, k.half32, t)
    out = erf.astype(_F64)
    np.multiply(out, k.half64, out)
    np.add(out, t, out)
    return out.astype(_F32)


def gelu_grad(s):
    """oneDNN's derivative of the erf-based gelu: 0.5 (1 + erf(r)) + r exp(-r^2) / sqrt(pi), r = s / sqrt 2."""
    if not _fast(s):
        return _gelu_grad_steps(s)
    return _blockwise(_gelu_grad_kernel, s)


def _gelu_kernel(s, k):
    x = np.multiply(s, k.inv_sqrt2)
    q, t, poly = _erf_parts(x, k)
    np.negative(q, q)
    np.multiply(q, t, q)
    erf = _signed_fma_one(q, poly, x, k)
    half_s = np.multiply(x, k.inv_sqrt2).astype(_F64)
    out = erf.astype(_F64)
    np.multiply(out, half_s, out)
    np.add(out, half_s, out)
    return out.astype(_F32)


def gelu(s):
    """oneDNN's erf-based gelu: erf by Abramowitz and Stegun 7.1.26 around its own exp."""
    if not _fast(s):
        return _gelu_steps(s)
    return _blockwise(_gelu_kernel, s)


def _tanh_kernel(x, k):
    bits = x.view(_U32)
    mag = np.bitwise_and(bits, k.magnitude)
    low, top = np.minimum.reduce(mag), np.maximum.reduce(mag)
    if top < _TANH_SATURATED_BITS:
        return _tanh_pieces(bits, mag, low, top, k)
    with np.errstate(invalid="ignore", over="ignore"):      # pieces of saturated, infinite or NaN x
        return _tanh_pieces(bits, mag, low, top, k)


def _tanh_pieces(bits, mag, low, top, k):
    c = _TANH_BY_TOP.take(np.right_shift(bits, k.u22), axis=0).T     # (7, n): each element's piece
    ax = mag.view(_F32)
    r = np.subtract(ax, np.bitwise_and(mag, k.half_binade).view(_F32))
    p32 = _horner(r.astype(_F64), c[::-1])
    if top >= _TANH_SATURATED_BITS:
        p32[mag >= _TANH_SATURATED_BITS] = 1     # NaN is restored below
    if low < _TANH_LINEAR_BITS:
        np.copyto(p32, ax, where=mag < _TANH_LINEAR_BITS)
    y = p32.view(_U32)
    np.bitwise_or(y, np.bitwise_and(bits, k.sign), y)
    if top > 0x7f800000:
        np.copyto(y, bits, where=mag > 0x7f800000)
    return p32


def tanh(x):
    """oneDNN's float32 tanh, bit for bit (NaN passes through unchanged)."""
    if not _fast(x):
        return _tanh_steps(x)
    return _blockwise(_tanh_kernel, x)


def unit_blocks(units):
    """oneDNN's blocks of the units summed apart: 384 at a time while more than 768 remain, the rest in two
    halves (the first rounded up) if more than 384 remain."""
    start = 0
    while units - start > 768:
        yield start, start + 384
        start += 384
    if units - start > 384:
        half = start + (units - start + 1) // 2
        yield start, half
        start = half
    yield start, units


def copy_blocks(units, block=384):
    """The blocks of units oneDNN's copy-based sgemm sums apart: one size for all, picked from the whole length
    (384 from 768 units on, else two halves, the first rounded up, above 384)."""
    size = block if units >= 2 * block else (units + 1) // 2 if units > block else units
    return [(start, min(start + size, units)) for start in range(0, units, size)]


def _bad_ld(ld):
    return ld % 256 == 0


def copies_operands(rows, units, outs):
    """Whether oneDNN's one-thread sgemm of an inner product's forward (weights transposed: m = outs, n = rows,
    k = units) takes its copy-based path, whose blocks of units are ``copy_blocks``, rather than the no-copy one
    (``unit_blocks``), by its AVX-512 checker's rules."""
    m, n, k = outs, rows, units
    if m > 100 and ((m < 1200 and n < 200 and k < 1200) or _bad_ld(units)):
        return True
    if 1.0 / m + 1.0 / n >= 0.00196:       # the copies would cost too much
        return False
    if (_bad_ld(units) or _bad_ld(outs)) and m >= 32 and n >= 16:
        return True
    if m <= 378 and n <= 378 and k >= 378 or m >= 378 and k >= 378:
        return True
    return not (m <= 28 or n <= 28 or k <= 1)


def weight_gradient_copies(rows, units, outs):
    """Whether oneDNN's one-thread sgemm of an inner product's weight gradient (m = units, n = outs, k = rows, the
    data's leading dimension m, the gradient's n) takes its copy-based path, by its AVX-512 checker's rules: a
    leading dimension of data a multiple of 1024 overrides the cheap-copy threshold."""
    m, n, k = units, outs, rows
    if 1.0 / m + 1.0 / n >= 0.00196 and units % 1024:
        return False
    if (_bad_ld(units) or _bad_ld(outs)) and m >= 32 and (n > 16 or n == 16 and (k >= 6400 or m == 4096)):
        return True
    if m <= 378 and n <= 378 and k >= 378 or m >= 378 and k >= 378:
        return True
    return not (m <= 28 and m >= n or n <= 28 or k <= 1)


def forward_blocks(rows, units, outs):
    """The blocks of units the forward of 16 rows or more sums apart."""
    return copy_blocks(units) if copies_operands(rows, units, outs) else list(unit_blocks(units))


def _unit_chains(a, w):
    """(rows, outs) sums of 16 rows or more (float32 ``a`` (rows, units), ``w`` (outs, units)): each block of units
    (``unit_blocks``, or ``copy_blocks`` where the sgemm copies its operands) in order, one fused multiply-add per
    unit, the blocks' sums added in turn."""
    at, wt = a.T, w.T       # (views: the BLAS chains copy what their products need)
    total = None
    for start, stop in forward_blocks(*a.shape, len(w)):
        acc = onednn_avx2.fused_chains(at[start:stop], wt[start:stop])
        total = acc if total is None else total + acc
    return total


def _fold8(p):
    """Eight lanes added as a horizontal add of a vector and then of its halves does."""
    return ((p[0] + p[1]) + (p[4] + p[5])) + ((p[2] + p[3]) + (p[6] + p[7]))


def _fold4(p):
    return (p[0] + p[1]) + (p[2] + p[3])


def fused_add_f32(acc, product):
    """float32(acc + product) rounded once (``product``, of two float32s, exact in float64)."""
    total = acc + product
    midpoints = (total.view(np.int64) & _LOW29) == _HALF29
    out = total.astype(_F32)
    if midpoints.any():         # a float32 midpoint: rounding twice could err there (and below float32's normals)
        _round_once_at(out, acc, product, total, midpoints)
    return out


def _round_once_at(out, acc, product, total, midpoints):
    """Set ``out`` (float32 ``total``) to _fused_add's single rounding where rounding twice may differ from it: the
    float32 midpoints and the sums below float32's normal range."""
    redo = midpoints | ((np.abs(total) < _F32_NORMAL) & (total != 0))
    acc, product = np.broadcast_arrays(acc, product)
    out[redo] = _fused_add(acc[redo].astype(np.float64), product[redo])


def _one_row(x, weight):
    """One row: oneDNN's gemv, its block sums (``gemv_parts``) added in order."""
    parts = gemv_parts(x.reshape(-1), weight)
    total = parts[0]
    for part in parts[1:]:
        total = total + part
    return total.reshape(x.shape[:-1] + (weight.shape[0],))


def gemv_parts(x, weight):
    """The block sums of oneDNN's gemv ``weight @ x``: whole blocks of 16 units go to 8 lanes (unit t in lane
    t % 8, one fused multiply-add each), folded; the remaining units go in blocks of 8, 4, 2 and 1, each its
    rounded products folded."""
    xs = x.reshape(-1, 1).astype(np.float64)
    wt = weight.T
    units = len(xs)
    main = units // 16 * 16
    parts = []
    if main:
        acc = (xs[:8] * wt[:8]).astype(_F32)
        for k in range(8, main, 8):
            acc = fused_add_f32(acc, xs[k:k + 8] * wt[k:k + 8])
        parts.append(_fold8(acc))
    k = main
    for width, fold in ((8, _fold8), (4, _fold4), (2, lambda p: p[0] + p[1]), (1, lambda p: p[0])):
        if units - k >= width:
            parts.append(fold((xs[k:k + width] * wt[k:k + width]).astype(_F32)))
            k += width
    return parts


def inner_product(x, weight):
    if _LANES == 8:     # the AVX2 kernels order the sums otherwise
        return onednn_avx2.inner_product(x, weight)
    rows, units = math.prod(x.shape[:-1]), x.shape[-1]     # (-1 cannot size the rows of empty data)
    outs = weight.shape[0]
    if rows == 1 and units and x.dtype == weight.dtype == np.float32:
        with np.errstate(over="ignore", invalid="ignore"):
            return _one_row(x, weight)
    macs = rows * outs * units
    small = macs <= (_LANES_EXACT if rows < 16 else _ROWS_EXACT)
    if x.dtype != np.float32 or weight.dtype != np.float32 or rows < 2 or not units or not small:
        return x @ weight.T
    if rows >= 16 and outs == 1:       # a gemv along the rows
        with np.errstate(over="ignore", invalid="ignore"):
            return _one_row(weight, x.reshape(rows, units)).reshape(x.shape[:-1] + (1,))
    if rows >= 16:
        acc = _unit_chains(x.reshape(rows, units), weight)
    else:
        # blocks of 16 units in 16 lanes, a (row, output, lane) product per block
        blocks = -(-units // 16)
        a16 = np.zeros((rows, blocks * 16))
        a16[:, :units] = x.reshape(rows, units)
        w16 = np.zeros((outs, blocks * 16), np.float32)
        w16[:, :units] = weight
        a16, w16 = a16.reshape(rows, 1, blocks, 16), w16.reshape(1, outs, blocks, 16)
        acc = np.zeros((rows, outs, 16), np.float32)
        product = np.empty(acc.shape)
        for block in range(blocks):
            np.multiply(a16[:, :, block], w16[:, :, block], out=product)
            np.add(acc, product, out=acc, casting="unsafe")   # a fused multiply-add: one float64 add rounded
        acc = _fold_lanes(np.moveaxis(acc, 2, 0))
    if np.isnan(acc).any():     # numpy's loops here may order a NaN's operands otherwise: the plain steps
        return _inner_product_steps(x, weight)
    return acc.reshape(x.shape[:-1] + (outs,))


# The AVX-512 backward of the inner product: the weight gradient sums the rows in order, one fused multiply-add
# each; the data gradient sums the outputs in order, except for one-unit data, which few rows sum as the forward
# does; both in the forward's blocks (``unit_blocks``). Larger products use BLAS, whose last bits may differ.
_GRAD_EXACT = 1 << 30       # multiply-adds replayed at most


def _fused_add(acc, product):
    """float32(acc + product) rounded once, as a fused multiply-add rounds (``product``, of two float32s, is exact
    in float64): the float64 sum is rounded to odd (its error, found exactly, sets the last bit) so that its
    rounding to float32 is not a second rounding."""
    total = acc + product
    part = total - acc
    error = (acc - (total - part)) + (product - part)
    inexact = (error != 0) & np.isfinite(total) & (total.view(np.int64) & 1 == 0)
    total[inexact] = np.nextafter(total[inexact], np.copysign(np.inf, error[inexact]))
    return total.astype(np.float32)


_LOW29, _HALF29 = (1 << 29) - 1, 1 << 28    # the float64 bits below a float32's; a float32 midpoint's pattern
_F32_NORMAL = 2.0 ** -126


def _ordered_sum(a, b, blocks=None):
    """``a.T @ b``: the outer products of the rows of ``a`` and ``b`` added in order, one fused multiply-add each,
    in oneDNN's blocks of rows (``blocks``, by default ``unit_blocks``), the blocks' sums added in turn."""
    total = None
    for start, stop in blocks or unit_blocks(a.shape[0]):
        part = _ordered_block_sum(a[start:stop], b[start:stop])
        total = part if total is None else total + part
    return total


def _ordered_block_sum(a, b):
    """``a.T @ b`` in one chain (``_chain_steps``, as BLAS products)."""
    total = onednn_avx2.fused_chains(a, b)      # (it copies what its BLAS products need)
    if np.isnan(total).any():       # (a NaN's payload as the steps leave it)
        return _chain_steps(a, b)
    return total


def _chain_steps(a, b):
    """``a.T @ b`` in one chain, step by step.

    The float64 sum of the float32 sum so far and an (exact) product rounds once more to float32; that is the fused
    multiply-add's single rounding unless the float64 sum itself was rounded onto a float32 midpoint, which the
    steps where it happens redo exactly (_fused_add)."""
    a64, b64 = a.astype(np.float64), b.astype(np.float64)
    shape = (a.shape[1], b.shape[1])
    acc, product, total = np.zeros(shape), np.empty(shape), np.empty(shape)
    acc32 = np.zeros(shape, np.float32)
    bits = total.view(np.int64)
    for k in range(a.shape[0]):
        np.multiply.outer(a64[k], b64[k], out=product)
        np.add(acc, product, out=total)
        midpoints = (bits & _LOW29) == _HALF29
        acc32[...] = total
        if midpoints.any():
            _round_once_at(acc32, acc, product, total, midpoints)
        acc[...] = acc32
    return acc32


def _replayable(a, b, macs):
    return a.dtype == np.float32 and b.dtype == np.float32 and 0 < macs <= _GRAD_EXACT


def weight_gradient(dy, x):
    """``dy.T @ x`` (outputs, units) for ``dy`` (rows, outputs) and ``x`` (rows, units), as oneDNN sums it."""
    if _LANES == 8:
        return onednn_avx2.weight_gradient(dy, x)
    if not _replayable(dy, x, dy.size * x.shape[1]):
        return dy.T @ x
    rows, units = x.shape
    copies = weight_gradient_copies(rows, units, dy.shape[1])
    return _ordered_sum(dy, x, copy_blocks(rows) if copies else None)


def data_gradient(dy, weight):
    """``dy @ weight`` (rows, units) for ``dy`` (rows, outputs) and ``weight`` (outputs, units), as oneDNN sums it."""
    if _LANES == 8:
        return onednn_avx2.data_gradient(dy, weight)
    rows, outs = dy.shape
    if not _replayable(dy, weight, dy.size * weight.shape[1]):
        return dy @ weight
    if weight.shape[1] == 1:        # (its sums start from zero: a -0 product reads +0)
        dx = inner_product(dy, weight.T)
        return dx + dx.dtype.type(0)
    if rows == 1:       # one row: its outputs in one chain (probed up to 1,000 outputs)
        return _ordered_block_sum(dy.T, weight)
    return _ordered_sum(dy.T, weight, _data_gradient_blocks(rows, outs, weight.shape[1]))


_COPIED_DATA_ROWS = 100     # more rows than this take the copy-based sgemm on a "very bad" leading dimension


def _data_gradient_blocks(rows, outs, units):
    """The blocks of outputs the data gradient sums apart: the copy-based sgemm's (``copy_blocks``) for more than
    100 rows of units a multiple of 1024, the leading dimension oneDNN's sgemm checker calls very bad (probed over
    16 to 300 rows, 256 to 4096 units), else the no-copy kernel's (``unit_blocks``)."""
    if rows > _COPIED_DATA_ROWS and units % 1024 == 0:
        return copy_blocks(outs)
    return list(unit_blocks(outs))


def bias_gradient(dy):
    """``dy`` (rows, outputs) summed over the rows one after another: both ISAs' kernels run the same loop."""
    return onednn_avx2.bias_gradient(dy)
