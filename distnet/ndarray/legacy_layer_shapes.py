"""MXNet's shape inference of FullyConnected, Convolution and Deconvolution under legacy shape semantics, which read
an input's zero size as unknown (-1): the output shape it infers (an out= array's shape assigned into it) or its
refusal, in its order and words. None where the call is left to the operators' own checks (attributes it does not
parse plainly, channel-last layouts, a Deconvolution's target_shape)."""
import math

import numpy as np

from ..base import MXNetError, located
from .shape_text import assigned, inferred, provided

UNKNOWN = -1
UNKNOWN_AS_UNSIGNED = 2 ** 64 - 1      # an unknown size (-1) read as an unsigned 64-bit integer
_PRODUCT_OF_UNKNOWN = "Check failed: dim_size_is_known(d[i]): Shape dim size must be known, while received -1"


def assign(given, wanted, text=inferred):
    """MXNet's SHAPE_ASSIGN_CHECK: ``given`` (None: unknown rank) with its unknown sizes filled from ``wanted``,
    refused at the first known size that differs (``text`` prints ``wanted`` as its shape type does)."""
    if given is None:
        return list(wanted)
    merged = assigned(given, wanted)
    if len(given) == len(wanted) and all(have == want or want == UNKNOWN for have, want in zip(merged, wanted)):
        return merged
    raise MXNetError(f"Shape inconsistent, Provided = {provided(merged)}, inferred shape={text(wanted)}")


def _ints(value, count=None):
    """A plainly given shape attribute (an int, or a tuple or list of ints) as a tuple, else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = (value,) * (count or 1)
    if not isinstance(value, (tuple, list)) or not all(isinstance(v, int) and not isinstance(v, bool)
                                                       for v in value):
        return None
    return tuple(value)


def _flag(value):
    return str(value).lower() in ("1", "true")


def fully_connected(attrs, shapes, out):
    """FullyConnected's output shape over ``shapes`` (data, weight[, bias]) with -1 where unknown, ``out`` the
    out= array's (or None); a flattened data's unknown size is refused as the product of its sizes is taken."""
    hidden = attrs.get("num_hidden")
    if not isinstance(hidden, int) or isinstance(hidden, bool) or hidden <= 0 or not shapes[0]:
        return None
    data, weight = shapes[0], shapes[1]
    flatten = _flag(attrs.get("flatten", True))
    if flatten and UNKNOWN in data[1:]:
        raise MXNetError(_PRODUCT_OF_UNKNOWN)
    units = math.prod(data[1:]) if flatten else data[-1]
    assign(weight, (hidden, units))
    if len(shapes) > 2 and tuple(shapes[2]) != (hidden,):
        return None     # (a bias of shape (num_hidden, 1) and refused biases: the operator's own checks)
    if flatten:
        return assign(out, (data[0], hidden))
    return assign(out, tuple(data[:-1]) + (hidden,), provided)     # (an mxnet::TShape)


def _window(attrs, rank, layouts):
    """(kernel, stride, dilate, pad, filters, groups) of a (de)convolution over data of ``rank`` axes, or None
    for attributes left to the operator's own checks."""
    kernel = _ints(attrs.get("kernel"))
    if kernel is None or not 1 <= len(kernel) <= 3 or rank != len(kernel) + 2 or min(kernel) <= 0 \
            or attrs.get("layout") not in (None, "None") + layouts:
        return None
    n = len(kernel)
    stride, dilate = _ints(attrs.get("stride") or (1,) * n, n), _ints(attrs.get("dilate") or (1,) * n, n)
    pad = _ints(attrs.get("pad") or (0,) * n, n)
    filters, groups = attrs.get("num_filter"), attrs.get("num_group", 1)
    if None in (stride, dilate, pad) or not len(stride) == len(dilate) == len(pad) == n \
            or min(stride + dilate) <= 0 or min(pad) < 0 or not all(isinstance(v, int) and v > 0
                                                                  for v in (filters, groups)):
        return None
    if filters % groups:
        return None
    return kernel, stride, dilate, pad, filters, groups


def _truncated(a, b):
    """C's integer division, which truncates toward zero."""
    return abs(a) // b * (1 if a >= 0 else -1)


def convolution(attrs, shapes, out):
    """Convolution's output shape over ``shapes`` (data, weight[, bias]) with -1 where unknown, ``out`` the out=
    array's (or None). Its inference fills in the data's batch (and, at unit stride, its spatial sizes) from the
    output, then checks the kernel fits the sizes it knows."""
    data = shapes[0]
    window = _window(attrs, len(data), ("NCW", "NCHW", "NCDHW"))
    if window is None:
        return None
    kernel, stride, dilate, pad, filters, groups = window
    per_group = UNKNOWN if data[1] == UNKNOWN else _truncated(data[1] + groups - 1, groups)    # (div_round)
    assign(shapes[1], (filters // groups * groups, per_group) + kernel)
    if len(shapes) > 2:
        assign(shapes[2], (filters,))
    if data[1] != UNKNOWN and data[1] % groups:
        return None
    reach = [d * (k - 1) + 1 for k, d in zip(kernel, dilate)]
    spatial = [_truncated(x + 2 * p - r, s) + 1 if x != UNKNOWN else UNKNOWN
               for x, r, s, p in zip(data[2:], reach, stride, pad)]
    result = assign(out, (data[0], filters) + tuple(spatial))
    filled = [result[0], data[1]] + [o + r - 1 - 2 * p if o != UNKNOWN and s == 1 else x
                                     for x, o, r, s, p in zip(data[2:], result[2:], reach, stride, pad)]
    filled = assign(data, filled)
    for i, (x, r, p) in enumerate(zip(filled[2:], reach, pad)):
        if x != UNKNOWN and r > x + 2 * p:
            axis = "dyx"[3 - len(kernel) + i]
            raise MXNetError(f"Check failed: dilated_ksize_{axis} <= AddPad(dshape[{i + 2}], param_.pad[{i}]) ({r} vs. "
                             f"{x + 2 * p}) : kernel size exceed input")
    return result


def _refuse_groups(name, rank, channels, filters, groups):
    from .ops_conv import group_refusal
    refused = group_refusal(name, rank, channels, filters, groups)
    if refused is not None:
        raise located(MXNetError(refused[1]), refused[0])


def deconvolution(attrs, shapes, out):
    """Deconvolution's output shape over ``shapes`` (data, weight[, bias]) with -1 where unknown, ``out`` the out=
    array's (or None): an unknown spatial size leaves the output's unknown."""
    data = shapes[0]
    window = _window(attrs, len(data), ("NCW", "NCHW", "NCDHW"))
    if window is None or attrs.get("target_shape") not in (None, (), [], "()", "[]"):
        return None
    kernel, stride, dilate, pad, filters, groups = window
    adj = _ints(attrs.get("adj") or (0,) * len(kernel), len(kernel))
    if adj is None or len(adj) != len(kernel):
        return None
    assign(shapes[1], (data[1], filters // groups) + kernel)
    if len(shapes) > 2:
        assign(shapes[2], (filters,))
    if data[1] == UNKNOWN:      # its group check reads the unknown size as unsigned
        _refuse_groups("Deconvolution", len(kernel), UNKNOWN_AS_UNSIGNED, filters, groups)
    elif data[1] % groups:
        return None
    spatial = [s * (x - 1) + d * (k - 1) + 1 - 2 * p + a if x != UNKNOWN else UNKNOWN
               for x, k, s, d, p, a in zip(data[2:], kernel, stride, dilate, pad, adj)]
    return assign(out, (data[0], filters) + tuple(spatial))


INFERENCES = {"FullyConnected": fully_connected, "Convolution": convolution, "Deconvolution": deconvolution}
# the oneDNN primitive that refuses a float32 layer over inputs whose shapes do not fit the output inferred
DESCRIPTOR_REFUSALS = {
    "FullyConnected": "could not create a descriptor for an inner product forward propagation primitive",
    "Convolution": "could not create a descriptor for a dilated convolution forward propagation primitive",
    "Deconvolution": "could not create a descriptor for a dilated deconvolution forward propagation primitive"}


_SIZE_OF_UNKNOWN = ("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1",
                    ("../include/mxnet/./tuple.h", 525))
_PRODUCT_SITE = ("../include/mxnet/./tuple.h", 543)
_NATIVE_3D_ONLY = ("Only 1D or 2D Deconvolution is natively supported. Fallback to native implementation (if "
                   "occurred) is therefore impossible for 3D Deconvolution.")


def on_onednn(name, dtype):
    """Whether MXNet runs the layer over data of ``dtype`` with oneDNN (int8 and uint8 Convolution too)."""
    return dtype == np.float32 or name == "Convolution" and dtype in (np.int8, np.uint8)


def native_refusal(name, attrs, shapes, result, dtype):
    """How MXNet's own kernel of a layer (not oneDNN's, which takes float32) fails over data of unknown sizes whose
    output shape it inferred as ``result``: (words, site, at_call), site None where MXNet's table gives it, or None
    where it runs over no rows, leaving the output as it was. An output of unknown size fails at the call."""
    unknown = UNKNOWN in result
    words = _type_refusal(name, len(shapes[0]), dtype)
    if words is not None:
        return words, None, unknown
    if unknown:
        return _unknown_output_refusal(name, attrs, result)
    data, weight = shapes[0], shapes[1]
    if name == "FullyConnected":
        return _gemm_refusal(attrs, data, weight, result)
    if data[1] == UNKNOWN:      # its weight read as (group, filters per group, channels per group * kernel)
        return _blob_refusal(math.prod(weight)), ("../include/mxnet/././tensor_blob.h", 310), False
    if name == "Convolution" and data[0] == UNKNOWN:    # its output read at the data's (empty) batch
        return _blob_refusal(math.prod(result)), ("../include/mxnet/././tensor_blob.h", 310), False
    return None


def _type_refusal(name, rank, dtype):
    """The words of a layer's own kernel for data of ``dtype`` it takes no data of, or None."""
    if name == "FullyConnected":
        from .ops_nn import _fc_kernel_refusal
        return _fc_kernel_refusal(dtype)
    if dtype.kind != "f":
        from .failures import real_switch_refusal
        return real_switch_refusal(None, dtype)
    if name == "Deconvolution" and rank == 5:
        return _NATIVE_3D_ONLY
    return None


def _unknown_output_refusal(name, attrs, result):
    """A layer's own kernel meeting an output of unknown size: the product of its sizes past the batch (past the
    channels for a (de)convolution), or else the size of the whole. A 2-D Deconvolution fails when read."""
    past = 1 if name == "FullyConnected" and _flag(attrs.get("flatten", True)) else 2
    if name == "FullyConnected" and past == 2:
        return _PRODUCT_OF_UNKNOWN, _PRODUCT_SITE, True     # (its rows: all sizes but the last)
    if UNKNOWN in result[past:]:
        return _PRODUCT_OF_UNKNOWN, _PRODUCT_SITE, True
    return _SIZE_OF_UNKNOWN[0], _SIZE_OF_UNKNOWN[1], not (name == "Deconvolution" and len(result) == 4)


def _gemm_refusal(attrs, data, weight, result):
    """FullyConnected's own kernel over data of unknown (no) rows or columns into an output of known size."""
    flatten = _flag(attrs.get("flatten", True))
    columns = data[1:] if flatten else data[-1:]
    if UNKNOWN in columns:
        return (f"Check failed: data.shape_[1] == wmat.shape_[1] (0 vs. {weight[1]}) : Incomplete weight tensor "
                "detected: weight.data().shape[1] != prod(data.data().shape[1:]). This is not supported by FCForward. "
                "If weight is in row_sparse format, please make sure all row ids are present."), \
            ("../src/operator/nn/./fully_connected-inl.h", 202), False
    rows = result[0] if flatten else math.prod(result[:-1])
    return (f"Check failed: (tA ? A.size(1) : A.size(0)) == C.size(0) (0 vs. {rows}) : Non compatible matrix "
            "dimensions between inputs A and C for gemm"), ("../src/operator/nn/./../linalg_impl.h", 52), False


def _blob_refusal(size):
    return ("TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>(shape.Size()) "
            f"({size} vs. 0) : new and old shape do not match total elements")


def refuse_mixed_types(name, inputs):
    """The layer's type inference, after its shapes: its weight and bias take the data's type."""
    if name == "FullyConnected":
        from .ops_nn import _same_dtype
        _same_dtype(name, *inputs)
    else:
        from .ops_conv import _check_uniform_type
        _check_uniform_type(name, *inputs, *[None] * (3 - len(inputs)))
