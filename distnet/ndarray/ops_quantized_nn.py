"""The quantized layers of ``nd.contrib`` (``quantized_fully_connected``, ``quantized_conv``, ...) as MXNet 1.9.1
runs them with oneDNN on an AVX2 CPU.

int8 products there go through ``vpmaddubsw``: an unsigned byte times a signed byte, two neighbouring
products added into an int16 that saturates, then widened and summed in int32. A signed int8 input is
shifted by 128 into the unsigned range first and the shift taken back out afterwards. So a dot product
is exact except where such a pair overflows int16; ``pair_saturated_dot`` reproduces it. Every op takes
and returns its ranges as (1,)-shaped float32 arrays.
"""

import inspect

import numpy as np

from ..base import log_time
from ..base import MXNetError, located
from .failures import KernelError
from .quantized_symbols import declare_all, is_true
from .ops_quantize import F, INT8_RANGE, INT32_MAX, UINT8_RANGE, max_abs, one_value_ranges, quantized_op, ranges, \
    saturate, scalar, typed_inputs
from .serialize import DTYPE_TO_FLAG
from .shape_text import provided

_INT16 = (-32768, 32767)


def pair_saturated_dot(x, w):
    """``x @ w.T`` for (n, k) unsigned bytes and (m, k) signed bytes, each pair of neighbouring products in int16."""
    k = x.shape[1]
    padded = -(-k // 4) * 4                 # the kernels read k in groups of four
    xp = np.zeros((x.shape[0], padded), np.int32)
    wp = np.zeros((w.shape[0], padded), np.int32)
    xp[:, :k], wp[:, :k] = x, w
    out = np.zeros((x.shape[0], w.shape[0]), np.int64)
    for j in range(0, padded, 2):
        pair = np.outer(xp[:, j], wp[:, j]) + np.outer(xp[:, j + 1], wp[:, j + 1])
        out += np.clip(pair, *_INT16)
    return out


def int8_dot(x, w):
    """oneDNN's int8 ``x @ w.T`` (x int8 or uint8, w int8) on AVX2, as int64."""
    if x.dtype == np.uint8:
        return pair_saturated_dot(x.astype(np.int32), w)
    shifted = x.astype(np.int32) + 128
    return pair_saturated_dot(shifted, w) - 128 * w.astype(np.int64).sum(axis=1)[None, :]


_QUANTIZED = (np.int8, np.uint8)


def _int8_type_check(data, words, site):
    """A layer's type inference check that its data is int8 or uint8 (MXNet's words name the given type's flag)."""
    if data.dtype not in _QUANTIZED:
        raise located(MXNetError(f"Check failed: in_type->at(0) == mshadow: :kInt8 || in_type->at(0) == "
                                 f"mshadow::kUint8{words}, while {DTYPE_TO_FLAG[data.dtype]} is given."), site)


def _int8_kernel_check(op, data, result):
    """The oneDNN kernel's check that its data is int8 or uint8: found when the outputs (``result``) are read."""
    if data.dtype not in _QUANTIZED:
        raise located(KernelError(f"Check failed: in_data[0].dtype() == mshadow: :kUint8 || in_data[0].dtype() == "
                                  f"mshadow::kInt8: {op} op only supports uint8 and int8 as input type", result),
                      (f"../src/operator/quantization/mkldnn/mkldnn_quantized_{op.split('_')[-1]}.cc", 38))


def _passed_range(min_data, max_data):
    return np.asarray(min_data, F).reshape(1), np.asarray(max_data, F).reshape(1)


def _quantized_type_inference(*arrays):
    """The type inference of quantized_concat and quantized_elemwise_add: int8 inputs stay, any other is
    assigned uint8."""
    typed_inputs(None, ["uint8"] * len(arrays), *(a for a in arrays if a.dtype != np.int8))


def product_range(data_lo, data_hi, weight_lo, weight_hi, data_levels=127, weight_levels=127):
    """The int32 output range of an int8 product: one input step times one weight step, 2**31 - 1 steps."""
    level = F(F(max_abs(data_lo, data_hi) / F(data_levels)) * F(max_abs(weight_lo, weight_hi) / F(weight_levels)))
    top = F(level * INT32_MAX)
    return ranges(-top, top)


def _count_inputs(op, no_bias, arrays):
    """MXNet's input count check of a quantized layer (after its attributes are read): data, weight, bias and
    the ranges, 9 arrays, or 6 without a bias."""
    given = sum(a is not None for a in arrays)
    wanted = 6 if no_bias else 9
    if given != wanted:
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator "
                         f"_contrib_{op} expects {wanted} inputs, but got {given} instead.")


def _weighted_inputs(op, no_bias, bias, bounds):
    """(bias, data/weight/bias ranges) of a quantized layer; without a bias, MXNet's positional order has the
    ranges where the bias and its ranges would be."""
    if no_bias and bias is not None:
        bias, bounds = None, (bias,) + bounds[:3]
    names = ["min_data", "max_data", "min_weight", "max_weight"] + ([] if no_bias else ["min_bias", "max_bias"])
    given = bounds[:len(names)]
    if any(r is None for r in given) or (not no_bias and bias is None):
        raise MXNetError(f"{op}: give the inputs data, weight{'' if no_bias else ', bias'}, {', '.join(names)}")
    return bias, [scalar(r) for r in given]


def _shaped(a, shape):
    """MXNet's shape inference of a weight, bias or parameter input of a known shape."""
    if a is not None and a.shape != tuple(shape):
        raise MXNetError(f"Shape inconsistent, Provided = {provided(a.shape)}, inferred shape={provided(shape)}")


def _require_parameters(op, **given):
    """MXNet's error for a required attribute left out (the first by name)."""
    from ..symbol.enums import require_parameters     # (the symbol package needs every operator registered)
    require_parameters(op, **given)


@quantized_op("quantized_fully_connected")
def quantized_fully_connected(data, weight, bias=None, min_data=None, max_data=None, min_weight=None, max_weight=None,
                              min_bias=None, max_bias=None, *, num_hidden=None, no_bias=False, flatten=True):
    """int8/uint8 ``data`` times int8 ``weight`` (plus int8 ``bias`` rescaled) into int32, with the output range."""
    _require_parameters("_contrib_quantized_fully_connected", num_hidden=num_hidden)
    _count_inputs("quantized_fully_connected", is_true(no_bias), (data, weight, bias, min_data, max_data, min_weight,
                                                                 max_weight, min_bias, max_bias))
    features = int(np.prod(data.shape[1:])) if is_true(flatten) else data.shape[-1]
    _shaped(weight, (int(num_hidden), features))        # (shapes are inferred before types)
    if not is_true(no_bias):
        _shaped(bias, (int(num_hidden),))
    given = (min_data, max_data, min_weight, max_weight) + (() if is_true(no_bias) else (min_bias, max_bias))
    one_value_ranges("quantized_fully_connected", *(r for r in given if r is not None))
    _int8_type_check(data, ": QuantizedFullyConnected only supports int8/uint8 input",
                     ("../src/operator/quantization/quantized_fully_connected.cc", 97))
    typed_inputs(None, ["int8", "int8"], weight, *(() if is_true(no_bias) or bias is None else (bias,)))
    bias, (lo, hi, wlo, whi, *bias_range) = _weighted_inputs(
        "quantized_fully_connected", is_true(no_bias), bias, (min_data, max_data, min_weight, max_weight, min_bias,
                                                            max_bias))
    x = data.reshape(data.shape[0], -1) if flatten else data.reshape(-1, data.shape[-1])
    if x.shape[1] != weight.shape[1]:
        raise MXNetError(f"quantized_fully_connected: data has {x.shape[1]} features but weight is {weight.shape}")
    out = int8_dot(x, weight)
    if bias is not None:
        data_scale = (UINT8_RANGE if data.dtype == np.uint8 else INT8_RANGE) / max_abs(lo, hi)
        weight_scale = INT8_RANGE / max_abs(wlo, whi)
        rescale = F(data_scale * weight_scale) * max_abs(*bias_range) / INT8_RANGE
        out += np.trunc(bias.astype(F) * rescale).astype(np.int64)
    shape = (data.shape[0], weight.shape[0]) if flatten else data.shape[:-1] + (weight.shape[0],)
    result = out.astype(np.int32).reshape(shape)
    # MXNet's uint8 case takes the type parameters in the other order: data steps of 127, weight steps of 255
    return (result,) + product_range(lo, hi, wlo, whi, 127, 255 if data.dtype == np.uint8 else 127)


def _pair(value, default, n=2):
    value = tuple(int(v) for v in np.atleast_1d(value)) if value not in (None, ()) else ()
    return value if value else (default,) * n


def _windows(x, kernel, stride, pad, dilate):
    """(N, C, oh, ow, kh*kw) views of the padded input under each kernel position."""
    x = np.pad(x, ((0, 0), (0, 0), (pad[0], pad[0]), (pad[1], pad[1])))
    oh = (x.shape[2] - dilate[0] * (kernel[0] - 1) - 1) // stride[0] + 1
    ow = (x.shape[3] - dilate[1] * (kernel[1] - 1) - 1) // stride[1] + 1
    cols = [x[:, :, i * dilate[0]:i * dilate[0] + stride[0] * oh:stride[0],
              j * dilate[1]:j * dilate[1] + stride[1] * ow:stride[1]]
            for i in range(kernel[0]) for j in range(kernel[1])]
    return np.stack(cols, axis=-1), oh, ow


def _conv_placeholders(data, num_filter, kernel, stride, pad, dilate):
    """Stand-ins of quantized_conv's outputs: int32 (N, num_filter, *spatial) and its float32 range."""
    spatial = tuple((size + 2 * p - d * (k - 1) - 1) // s + 1 for size, k, s, p, d in
                    zip(data.shape[2:], *(_pair(v, default, data.ndim - 2) for v, default in
                                          ((kernel, 1), (stride, 1), (pad, 0), (dilate, 1)))))
    out = np.zeros((data.shape[0], int(num_filter)) + spatial, np.int32)
    return out, np.zeros(1, F), np.zeros(1, F)


@quantized_op("quantized_conv")
def quantized_conv(data, weight, bias=None, min_data=None, max_data=None, min_weight=None, max_weight=None,
                   min_bias=None, max_bias=None, *, kernel=(), stride=(), dilate=(), pad=(), num_filter=None,
                   num_group=1, workspace=1024, no_bias=False, cudnn_tune=None, cudnn_off=False, layout=None):
    """uint8 NCHW ``data`` convolved with int8 ``weight`` into int32 (the int8 bias added as is), with the range."""
    _require_parameters("_contrib_quantized_conv", kernel=kernel or None, num_filter=num_filter)
    _count_inputs("quantized_conv", is_true(no_bias), (data, weight, bias, min_data, max_data, min_weight, max_weight,
                                                       min_bias, max_bias))
    if int(num_group) != 1:
        raise located(MXNetError(f"Check failed: param.num_group == 1U ({int(num_group)} vs. 1) : quantized_conv only "
                                 "supports num_group=1 for now"), ("../src/operator/quantization/quantized_conv.cc", 38))
    if layout is not None and layout not in ("NCHW", "NCDHW"):
        raise located(MXNetError("Check failed: param.layout.value() == mshadow: :kNCHW || param.layout.value() == "
                                 "mshadow::kNCDHW: mkldnn quantized_conv now supports NCHW or NCDHW for now"),
                      ("../src/operator/quantization/quantized_conv.cc", 43))
    if data.ndim not in (4, 5):     # (shapes are inferred before types: the rank, the weight's shape)
        raise MXNetError("Check failed: data_ndims == 4U || data_ndims == 5U: mkldnn quantized_conv only supports "
                         "4d or 5d layout for now")
    if len(tuple(kernel)) == data.ndim - 2:
        _shaped(weight, (int(num_filter), data.shape[1] // int(num_group)) + tuple(int(k) for k in kernel))
    typed_inputs(None, ["int8", "int8"], weight, *(() if is_true(no_bias) or bias is None else (bias,)))
    if data.dtype != np.uint8:      # found by the kernel: the outputs exist, reading them fails
        raise KernelError("Check failed: (in_data[0].dtype()) == (mshadow: :kUint8) mkldnn_quantized_conv op only "
                          "supports uint8 as input type", _conv_placeholders(data, num_filter, kernel, stride, pad,
                                                                             dilate))
    if data.ndim != 4:
        raise MXNetError("quantized_conv: only 2-D convolutions (NCHW) are supported")
    bias, (lo, hi, wlo, whi, *_) = _weighted_inputs(
        "quantized_conv", is_true(no_bias), bias, (min_data, max_data, min_weight, max_weight, min_bias, max_bias))
    kernel = _pair(kernel, 1)
    cols, oh, ow = _windows(data, kernel, _pair(stride, 1), _pair(pad, 0), _pair(dilate, 1))
    n, c = data.shape[:2]
    o = weight.shape[0]
    if c % 4 == 0 and o % 4 == 0:       # the blocked AVX2 kernel: channel pairs saturate in int16
        x = cols.transpose(0, 2, 3, 4, 1).reshape(n * oh * ow, -1)
        out = int8_dot(x, weight.transpose(0, 2, 3, 1).reshape(o, -1))
    else:                               # oneDNN's reference kernel: exact int32 sums
        x = cols.transpose(0, 2, 3, 1, 4).reshape(n * oh * ow, -1).astype(np.int64)
        out = x @ weight.reshape(o, -1).astype(np.int64).T
    out = out.reshape(n, oh, ow, o).transpose(0, 3, 1, 2)
    if bias is not None:
        out = out + bias.astype(np.int64).reshape(1, -1, 1, 1)
    return (out.astype(np.int32),) + product_range(lo, hi, wlo, whi)


@quantized_op("quantized_pooling")
def quantized_pooling(data, min_data, max_data, *, kernel=(), pool_type="max", global_pool=False, cudnn_off=False,
                      pooling_convention="valid", stride=(), pad=(), p_value=None, count_include_pad=None,
                      layout=None):
    """Max or average pooling of int8/uint8 NCHW ``data`` (averages rounded half to even); the range passes."""
    if not kernel and not is_true(global_pool):
        raise MXNetError("Check failed: param.kernel.ndim() == 3U (0 vs. 3) : 0D pooling not supported")
    if data.ndim not in (4, 5):      # (a check logged without a source location of its own)
        raise MXNetError(f"{log_time()} ../src/operator/quantization/quantized_pooling.cc:45: Check "
                         "failed: data_ndims == 4U || data_ndims == 5U MKL-DNN QuantizedPoolingOp only supports 4D/5D "
                         "layout yet, input should be 4D in(batch, channel, y, x) or 5D in (batch, channel, d, y, x)\n")
    if data.ndim == 4:
        one_value_ranges("quantized_pooling", min_data, max_data)
    if not kernel:      # a global pool still needs a kernel of the oneDNN kernel's rank, ignored for its size
        raise MXNetError("Check failed: kernel_ndims == 2U || kernel_ndims == 3U MKL-DNN QuantizedPoolingOp only "
                         "supports 2D/3D pooling for now, saw0")
    if pool_type not in ("max", "avg"):
        raise located(MXNetError("QuantizedPoolingOp only supports pool_type=max/avg for now"),
                      ("../src/operator/quantization/quantized_pooling.cc", 149))
    if not is_true(global_pool) and len(tuple(kernel)) < data.ndim - 2:     # (a spatial axis without a kernel)
        raise located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {len(tuple(kernel))} must be in "
                                 f"range [0, {len(tuple(kernel))})"), ("../include/mxnet/tuple.h", 244))
    window = dict(kernel=kernel, pool_type=pool_type, global_pool=is_true(global_pool), stride=stride, pad=pad,
                  full=pooling_convention == "full", count_include_pad=count_include_pad)
    if data.dtype not in _QUANTIZED:    # (the kernel refuses it: outputs of the pooled shape stand in)
        stand_in = _pooled(np.zeros(data.shape, np.int8), **window).astype(data.dtype)
        _int8_kernel_check("mkldnn_quantized_pooling", data, (stand_in,) + _passed_range(min_data, max_data))
    return (_pooled(data, **window),) + _passed_range(min_data, max_data)


def _pooled(data, kernel, pool_type, global_pool, stride, pad, full, count_include_pad):
    """Max or average pooling of int8/uint8 NC(D)HW ``data``, as oneDNN's kernel gives it."""
    spatial = data.shape[2:]
    rank = len(spatial)
    if global_pool:
        kernel, stride, pad = spatial, (1,) * rank, (0,) * rank
    else:
        kernel, stride, pad = _pair(kernel, 1, rank), _pair(stride, 1, rank), _pair(pad, 0, rank)
    extra = [((size + 2 * p - k) % s and s - (size + 2 * p - k) % s) if full else 0
             for size, k, s, p in zip(spatial, kernel, stride, pad)]
    widths = ((0, 0), (0, 0)) + tuple((p, p + e) for p, e in zip(pad, extra))
    x = np.pad(data.astype(np.int64), widths, constant_values=np.iinfo(data.dtype).min if pool_type == "max" else 0)
    cols = _pool_windows(x, kernel, stride)
    if pool_type == "max":
        out = cols.max(axis=-1)
    else:
        if count_include_pad is False:       # only the input's own cells count
            inside = np.pad(np.ones((1, 1) + spatial, np.int64), widths)
            count = _pool_windows(inside, kernel, stride).sum(axis=-1).astype(F)
        else:                                   # oneDNN divides by the whole kernel, padding and 'full' edge alike
            count = F(np.prod(kernel))
        limits = np.iinfo(data.dtype)
        out = np.clip(np.rint(cols.sum(axis=-1).astype(F) / count), limits.min, limits.max)
    return out.astype(data.dtype)


def _pool_windows(x, kernel, stride):
    """(N, C, *out, prod(kernel)) views of ``x`` (already padded) under each kernel position."""
    rank = len(kernel)
    views = np.lib.stride_tricks.sliding_window_view(x, kernel, axis=tuple(range(2, 2 + rank)))
    views = views[(slice(None), slice(None)) + tuple(slice(None, None, s) for s in stride)]
    return views.reshape(views.shape[:2 + rank] + (-1,))


_ACT_TYPES = ("relu", "sigmoid", "softrelu", "softsign", "tanh")


@quantized_op("quantized_act", zero_gradient=False)     # (MXNet registers no gradient for it)
def quantized_act(data, min_data, max_data, *, act_type):
    """relu of int8 ``data`` (uint8 data comes back as its bytes read as int8, as MXNet does); the range passes."""
    _check_act_type({"act_type": act_type})
    if act_type != "relu":
        raise MXNetError("_contrib_quantized_act only supports act_type=relu for now")
    one_value_ranges("quantized_act", min_data, max_data)
    _int8_kernel_check("_contrib_quantized_act", data, (np.zeros(data.shape, data.dtype),)
                       + _passed_range(min_data, max_data))
    out = np.maximum(data, 0) if data.dtype == np.int8 else data.view(np.int8)
    return out.copy(), np.asarray(min_data, F).reshape(1), np.asarray(max_data, F).reshape(1)


@quantized_op("quantized_flatten")
def quantized_flatten(data, min_data, max_data):
    """``data`` as (N, -1); the range passes."""
    one_value_ranges("quantized_flatten", min_data, max_data)
    return data.reshape(data.shape[0], -1), np.asarray(min_data, F).reshape(1), np.asarray(max_data, F).reshape(1)


@quantized_op("quantized_concat")
def quantized_concat(*data, num_args=None, dim=1):
    """Concatenate int8/uint8 arrays, each rescaled into the widest range: (arrays..., min_0, max_0, min_1, ...)."""
    n = int(num_args) if num_args is not None else len(data)     # (as MXNet's front end counts: every input)
    if n < 1:
        from .param_text import in_operator
        raise MXNetError(f"value {n} for Parameter num_args should be greater equal to 1\nnum_args: "
                         f"{quantized_concat.counted_inputs[1]}"
                         f"{in_operator('_contrib_quantized_concat', {**({} if dim == 1 else {'dim': dim}), 'num_args': n}, True)}")
    if len(data) != 3 * n:
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({len(data)} vs. {3 * n}) : Operator "
                         f"_contrib_quantized_concat expects {3 * n} inputs, but got {len(data)} instead.")
    arrays, bounds = data[:n], [scalar(b) for b in data[n:]]
    _concat_shapes(arrays, int(dim))
    _quantized_type_inference(*arrays)
    lo, hi = min([F(0)] + bounds[0::2]), max([F(0)] + bounds[1::2])     # (the range always holds 0)
    top = max_abs(lo, hi)
    out_type = "int8" if any(a.dtype == np.int8 for a in arrays) else "uint8"
    parts = []
    for i, a in enumerate(arrays):
        own = max_abs(bounds[2 * i], bounds[2 * i + 1])
        if a.dtype == out_type and own == top:
            parts.append(a)
        elif a.dtype == out_type:
            parts.append(saturate(a.astype(F) * (own / top), out_type))
        else:       # uint8 into int8: 255 steps of its range to 127 of the output's
            parts.append(saturate(a.astype(F) * F(F(own / UINT8_STEPS) * F(INT8_STEPS / top)), out_type))
    return (np.concatenate(parts, axis=int(dim)),) + ranges(lo, hi)


UINT8_STEPS, INT8_STEPS = F(255), F(127)


def _concat_shapes(arrays, dim):
    """MXNet's shape inference of quantized_concat: every input has the first one's shape but along ``dim``."""
    expected = list(arrays[0].shape)
    if -len(expected) <= dim < len(expected):
        expected[dim] = -1
    for a in arrays[1:]:
        if len(a.shape) != len(expected) or any(e not in (-1, s) for e, s in zip(expected, a.shape)):
            raise located(MXNetError(f"Check failed: shape_assign(&(*in_shape)[i], dshape): Incompatible input "
                                     f"shape: expected [{','.join(map(str, expected))}], got {provided(a.shape)}"),
                          ("../src/operator/quantization/quantized_concat.cc", 60))


quantized_concat.counted_inputs = (1, "Number of inputs to be concated.")     # (MXNet's bound and its words)


def _levels(dtype):
    return UINT8_RANGE if dtype == np.uint8 else INT8_RANGE


@quantized_op("quantized_elemwise_add", zero_gradient=False)
def quantized_elemwise_add(lhs, rhs, lhs_min, lhs_max, rhs_min, rhs_max, *, min_calib_range=None,
                           max_calib_range=None):
    """The sum of two quantized arrays: int32 over the summed ranges, or int8/uint8 over the calibrated range."""
    if lhs.shape != rhs.shape:
        raise located(MXNetError(f"Check failed: (*in_shape)[0] == (*in_shape)[1] ({provided(lhs.shape)} vs. "
                                 f"{provided(rhs.shape)}) : "),
                      ("../src/operator/quantization/quantized_elemwise_add.cc", 37))
    one_value_ranges("quantized_elemwise_add", lhs_min, lhs_max, rhs_min, rhs_max)
    _quantized_type_inference(lhs, rhs)
    a, b = max_abs(scalar(lhs_min), scalar(lhs_max)), max_abs(scalar(rhs_min), scalar(rhs_max))
    if lhs.dtype != rhs.dtype:
        return _mixed_type_sum(lhs, rhs, a, b, min_calib_range, max_calib_range)
    step_a, step_b = a / _levels(lhs.dtype), b / _levels(rhs.dtype)
    if min_calib_range is None or max_calib_range is None:
        top = a + b
        scale_a = (a * INT32_MAX) / (_levels(lhs.dtype) * top)       # MXNet's float rounding order
        scale_b = (b * INT32_MAX) / (_levels(rhs.dtype) * top)
        out = np.rint(lhs.astype(F) * scale_a + rhs.astype(F) * scale_b)
        return (np.clip(out, -2147483648.0, 2147483647.0).astype(np.int32),) + ranges(-top, top)
    out_type = "uint8" if lhs.dtype == rhs.dtype == np.uint8 else "int8"
    levels = _levels(np.dtype(out_type))
    to_out = levels / max_abs(min_calib_range, max_calib_range)
    out = lhs.astype(F) * F(step_a * to_out) + rhs.astype(F) * F(step_b * to_out)
    return (saturate(out, out_type),) + ranges(F(min_calib_range), F(max_calib_range))


def _mixed_type_sum(lhs, rhs, a, b, min_calib_range, max_calib_range):
    """MXNet's sum of an int8 and a uint8 array (absolute ranges ``a`` and ``b``): the uint8 one is first converted
    to int8 at its scale into the output's, saturating (into int32, any value above 0 becomes 127), then added to
    the int8 one scaled into the output (int32 over the summed ranges, else int8 over the calibrated range)."""
    (s8, r8), (u8, r8u) = ((lhs, a), (rhs, b)) if lhs.dtype == np.int8 else ((rhs, b), (lhs, a))
    if min_calib_range is None or max_calib_range is None:
        top = a + b
        scale_s8 = (r8 * INT32_MAX) / (INT8_RANGE * top)       # (the float rounding order of the same-type sum)
        scale_u8 = (r8u * INT32_MAX) / (UINT8_RANGE * top)
        converted = saturate(u8.astype(F) * scale_u8, "int8").astype(F)
        out = np.rint(s8.astype(F) * scale_s8 + converted)
        return (np.clip(out, -2147483648.0, 2147483647.0).astype(np.int32),) + ranges(-top, top)
    to_out = INT8_RANGE / max_abs(min_calib_range, max_calib_range)
    converted = saturate(u8.astype(F) * F(r8u / UINT8_RANGE * to_out), "int8").astype(F)
    out = s8.astype(F) * F(r8 / INT8_RANGE * to_out) + converted
    return (saturate(out, "int8"),) + ranges(F(min_calib_range), F(max_calib_range))


@quantized_op("quantized_elemwise_mul")
def quantized_elemwise_mul(lhs, rhs, lhs_min, lhs_max, rhs_min, rhs_max, *, min_calib_range=None,
                           max_calib_range=None, enable_float_output=False):
    """MXNet 1.9.1's CPU build fails this op (its output count check); refused the same way."""
    if lhs.shape == rhs.shape:      # (its shape inference, before the failing output count)
        one_value_ranges("quantized_elemwise_mul", lhs_min, lhs_max, rhs_min, rhs_max)
    outputs = 1 if is_true(enable_float_output) else 3
    raise MXNetError(f"Check failed: out_shapes.size() == outputs.size() (0 vs. {outputs}) : \n"
                     "(quantized_elemwise_mul: MXNet 1.9.1 cannot run this operator on CPU)")


@quantized_op("quantized_embedding")
def quantized_embedding(data, weight, min_weight, max_weight, *, input_dim=None, output_dim=None,
                        dtype="float32", sparse_grad=False):
    """Rows of the int8 ``weight`` picked by the (clipped) indices in ``data``; the weight's range passes."""
    _require_parameters("_contrib_quantized_embedding", input_dim=input_dim, output_dim=output_dim)
    if weight.shape != (int(input_dim), int(output_dim)):       # (Embedding's words for its weight)
        raise MXNetError(f"Shape inconsistent, Provided = {provided(weight.shape)}, inferred shape="
                         f"({int(input_dim)},{int(output_dim)})")
    one_value_ranges("quantized_embedding", min_weight, max_weight)
    typed_inputs(None, ["int8"], weight)
    rows = np.clip(data, 0, weight.shape[0] - 1).astype(np.int64)
    return weight[rows], np.asarray(min_weight, F).reshape(1), np.asarray(max_weight, F).reshape(1)


def _channel_axis(data, axis):
    """quantized_batch_norm's channel axis in ``data``, as MXNet's shape inference checks it."""
    channel = axis + data.ndim if axis < 0 else axis
    if channel >= data.ndim:
        raise located(MXNetError(f"Check failed: (channelAxis) < (dshape.ndim()) Channel axis out of range: {axis}"),
                      ("../src/operator/quantization/quantized_batch_norm.cc", 47))
    if channel < 0:
        raise located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {channel} must be in range "
                                 f"[0, {data.ndim})"), ("../include/mxnet/tuple.h", 244))
    return channel


@quantized_op("quantized_batch_norm")
def quantized_batch_norm(data, gamma, beta, moving_mean, moving_var, min_data, max_data, *, eps=1e-3,
                         momentum=0.9, fix_gamma=True, use_global_stats=False, output_mean_var=False, axis=1,
                         cudnn_off=False, min_calib_range=None, max_calib_range=None):
    """Inference BatchNorm of int8 ``data`` into int8 over the calibrated range (gamma is always used, as MXNet)."""
    channels = data.shape[_channel_axis(data, int(axis))]
    for p in (gamma, beta, moving_mean, moving_var):        # (shapes are inferred first)
        _shaped(p, (channels,))
    one_value_ranges("quantized_batch_norm", min_data, max_data)
    _int8_type_check(data, " QuantizedBatchNorm with MKLDNN backend only supports int8/uint8 input",
                     ("../src/operator/quantization/quantized_batch_norm.cc", 70))
    if min_calib_range is None or max_calib_range is None:      # (the kernel's check)
        raise located(KernelError("min_calib_range or max_calib_range is not available. Quantized BN currently "
                                  "don't support calib_mode=None", (np.zeros(data.shape, np.int8),)
                                  + _passed_range(min_data, max_data)),
                      ("../src/operator/quantization/mkldnn/mkldnn_quantized_batch_norm.cc", 78))
    out_top = float(max_abs(min_calib_range, max_calib_range))
    invstd = 1.0 / np.sqrt(moving_var.astype(np.float64) + float(eps))
    gamma64 = gamma.astype(np.float64)
    scale = (gamma64 * invstd * float(max_abs(scalar(min_data), scalar(max_data))) / out_top).astype(F)
    shift = ((beta - moving_mean * gamma64 * invstd) * float(INT8_RANGE) / out_top).astype(F)
    shape = [1] * data.ndim
    shape[int(axis)] = -1
    # oneDNN normalises with mean 0 and variance 1, keeping eps: one more 1 / sqrt(1 + eps)
    if data.dtype == np.uint8:      # oneDNN takes uint8 data to int8 steps by dropping its lowest bit
        data = data >> 1
    out = data.astype(F) * scale.reshape(shape) / np.sqrt(F(1) + F(eps)) + shift.reshape(shape)
    return (saturate(out, "int8"),) + ranges(F(min_calib_range), F(max_calib_range))


_RNN_REQUIRED = {"mode": "int", "num_layers": "int (non-negative)", "state_size": "int (non-negative)"}
_RNN_DEFAULTS = {"bidirectional": False, "p": 0., "state_outputs": False, "lstm_state_clip_nan": False,
                 "use_sequence_length": False}


def _refuse_missing_rnn_parameters(attrs, buckets=None):
    """MXNet's parser error for quantized_rnn's first missing required parameter (by name); its attribute map
    (of ``buckets``, by default those an imperative call reserves) holds the given attributes (in declared
    order) and then the ``quantized`` flag its operator adds."""
    missing = sorted(k for k in _RNN_REQUIRED if attrs[k] is None)
    if not missing:
        return
    from ..symbol.attr_order import iteration_order, reserved_buckets
    from ..symbol.graph import attr_to_str
    given = {k: v for k, v in attrs.items() if v is not None and not (k in _RNN_DEFAULTS and v is _RNN_DEFAULTS[k])}
    given["quantized"] = "true"
    order = iteration_order(list(given), buckets or reserved_buckets(len(given)))
    listed = "".join(f', {k}="{attr_to_str(given[k])}"' for k in order)
    raise MXNetError(f"Required parameter {missing[0]} of {_RNN_REQUIRED[missing[0]]} is not presented, in operator "
                     f"_contrib_quantized_rnn(name=\"\"{listed})")


def _check_rnn_inputs(data, parameters, state, state_cell, data_scale, data_shift, mode, state_size, num_layers,
                      bidirectional, projection_size):
    """MXNet's checks of quantized_rnn's inputs: their count, then shapes (the states by ``state_size``, before the
    parameters), then types (uint8 data, float32 others)."""
    from .ops_rnn import parameter_size
    from .shape_text import inconsistent
    inputs = (data, parameters, state, state_cell, data_scale, data_shift)
    given = sum(x is not None for x in inputs)
    if given != 6:
        raise located(MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. 6) : Operator "
                                 f"_contrib_quantized_rnn expects 6 inputs, but got {given} instead."),
                      ("../src/api/operator/numpy/../../../imperative/imperative_utils.h", 371))
    if data.ndim != 3:
        raise located(MXNetError(f"Check failed: dshape.ndim() == 3U ({data.ndim} vs. 3) : Input data of RNN operator "
                                 "should be 3-rank tensor of dim [steps, batch, input size]"),
                      ("../src/operator/quantization/quantized_rnn.cc", 94))
    dirs = 2 if is_true(bidirectional) else 1
    states = (int(num_layers) * dirs, data.shape[1], int(state_size))
    size = parameter_size(mode, int(num_layers), dirs, data.shape[2], int(state_size),
                          None if projection_size is None else int(projection_size))
    for x, want in ((state, states), (state_cell, states), (parameters, (size,)), (data_scale, (1,)),
                    (data_shift, (1,))):
        if x.shape != want:
            raise MXNetError(inconsistent(x.shape, want))
    if data.dtype != np.uint8:
        flag = DTYPE_TO_FLAG[data.dtype]
        raise located(MXNetError(f"Check failed: in_type->at(quantized_rnn: :kData) == mshadow::kUint8 ({flag} vs. 3) "
                                 f": Quantized RNN operator only supports uint8 input, while {flag} is given."),
                      ("../src/operator/quantization/quantized_rnn.cc", 134))
    for x in inputs[1:]:
        if x.dtype != np.float32:
            raise MXNetError(f"Type inconsistent, Provided = {x.dtype.name}, inferred type = float32")


@quantized_op("quantized_rnn")
def quantized_rnn(data, parameters=None, state=None, state_cell=None, data_scale=None, data_shift=None, *,
                  state_size=None, num_layers=None, bidirectional=False, mode=None, p=0., state_outputs=False, projection_size=None,
                  lstm_state_clip_min=None, lstm_state_clip_max=None, lstm_state_clip_nan=False,
                  use_sequence_length=False):
    """MXNet's int8 LSTM (oneDNN's kernel, with its own activation approximations); not built in distnet. Its
    inputs are counted once its parameters are read."""
    _refuse_missing_rnn_parameters(dict(
        state_size=state_size, num_layers=num_layers, bidirectional=bidirectional, mode=mode, p=p,
        state_outputs=state_outputs, projection_size=projection_size, lstm_state_clip_min=lstm_state_clip_min,
        lstm_state_clip_max=lstm_state_clip_max, lstm_state_clip_nan=lstm_state_clip_nan,
        use_sequence_length=use_sequence_length))
    _refuse_rnn_mode(mode, 43)      # (checked before anything else of the kernel)
    _check_rnn_inputs(data, parameters, state, state_cell, data_scale, data_shift, mode, state_size, num_layers,
                      bidirectional, projection_size)
    raise MXNetError("quantized_rnn: distnet does not implement MXNet's oneDNN int8 LSTM; dequantize the data "
                     "(nd.contrib.dequantize) and run the float nd.RNN instead")


def _refuse_rnn_mode(mode, line):
    """MXNet's quantized RNN is an LSTM only: its check of the mode stands at ``line`` of quantized_rnn.cc."""
    modes = {"rnn_relu": 0, "rnn_tanh": 1, "lstm": 2, "gru": 3}
    if mode in modes and mode != "lstm":
        raise located(MXNetError(f"Check failed: param.mode == rnn_enum: :kLstm ({modes[mode]} vs. 2) : Quantized "
                                 "recurrent neural network only supports LSTM operator on CPU."),
                      ("../src/operator/quantization/quantized_rnn.cc", line))


@quantized_rnn.attr_check
def _check_rnn_parameters(attrs):
    """A quantized_rnn symbol is refused at creation too when a required parameter is missing, or its mode is
    not an LSTM's (the check naming its inputs)."""
    declared = [p.name for p in inspect.signature(quantized_rnn.fwd).parameters.values() if p.kind is p.KEYWORD_ONLY]
    _refuse_missing_rnn_parameters({k: attrs.get(k) for k in declared}, buckets=11)    # (a default map's)
    _refuse_rnn_mode(attrs.get("mode"), 51)


@quantized_act.attr_check
def _check_act_type(attrs):
    if "act_type" in attrs:
        from .ops_vision import check_choice
        check_choice("_contrib_quantized_act", "act_type", attrs["act_type"], _ACT_TYPES)


@quantized_pooling.attr_check
def _check_pooling_kernel(attrs):
    """MXNet's pooling parameter parser: a kernel unless the pooling is global."""
    if not attrs.get("kernel") and not is_true(attrs.get("global_pool", False)):
        raise MXNetError("Check failed: param.kernel.ndim() == 3U (0 vs. 3) : 0D pooling not supported")


declare_all()       # the symbol names, shapes and dtypes of every quantization op registered by now
