"""Dense neural-network operators: FullyConnected, softmax family, activations, Embedding, output layers.

The ``*Output`` operators and MakeLoss follow MXNet: their backward is the gradient of the loss they
stand for and ignores the incoming gradient.
"""
import math

import numpy as np

from .. import autograd as _ag
from ..base import MXNetError, located
from . import dgemm_row, onednn
from .failures import (KernelError, backward_kernel_error, feeds_failed_head, float_only, is_failed_head,
                       real_switch_refusal, state_refusal)
from .ops_elemwise import libm_f32, libm_f64, on_vectors
from .ops_reduce import kahan_sum
from .registry import Op as _Op, defop, inferred_type_name
from .serialize import DTYPE_TO_FLAG
from .ops_select import _index32, no_bool
from .shape_text import (OperatorMessage, axis_exceeds, blob_type_mismatch, inconsistent, inference_failure,
                         inferred_dims, provided, uniform_type_refusal, zeros_are_unknown)
from .storage_report import accumulation_type, note_float16_accumulation

_F32 = np.float32


def _raw(x):
    """A numpy array from an input that may arrive as a keyword NDArray (e.g. ``length=``)."""
    return getattr(x, "_data", x)


def _shape_str(s):
    return "[" + ",".join(str(d) for d in s) + "]"


def _same_dtype(name, *arrays):
    """MXNet's type inference for ops whose inputs share one dtype: the first input's (None: absent)."""
    want = arrays[0].dtype
    for i, a in enumerate(arrays[1:], 1):
        if a is not None and getattr(a, "dtype", want) != want:
            raise MXNetError(f"{name}: Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {i}-th "
                             f"input: expected {inferred_type_name(want)}, got {inferred_type_name(a.dtype)}")


def _label_mismatch(data, label):
    """A label whose dtype is not data's, which MXNet's type inference refuses (integer labels too)."""
    return label is not None and label.dtype != data.dtype


# ---- FullyConnected ------------------------------------------------------------------
_ONEDNN_FC_NDIM = 4         # MXNet 1.9.1 hands oneDNN float32 data of 1 to 4 axes only
_NO_UNITS = "could not create a descriptor for an inner product forward propagation primitive"


def _fc_input(data, flatten):
    return data.reshape(data.shape[0], math.prod(data.shape[1:])) if flatten else data     # (an empty batch too)


@defop("FullyConnected")
def fully_connected(data, weight, bias=None, *, num_hidden, no_bias=False, flatten=True):
    """``data @ weight.T + bias``; weight has shape (num_hidden, input units)."""
    if (bias is None) != bool(no_bias):
        given, wanted = (2, 3) if bias is None else (3, 2)
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator "
                         f"FullyConnected expects {wanted} inputs, but got {given} instead.")
    # MXNet's order: shapes inferred, then dtypes, then the kernel's own checks
    if data.ndim == 0:      # (its shape inference reads the batch size, or the last axis, of a shape with none)
        raise located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {0 if flatten else -1} must be in "
                                 "range [0, 0)"), ("../include/mxnet/tuple.h", 230))
    x = _fc_input(data, flatten)
    if weight is None or weight.ndim != 2 or weight.shape[1] != x.shape[-1] or \
            (num_hidden is not None and weight.shape[0] != int(num_hidden)):
        given = getattr(weight, "shape", ())
        want = (int(num_hidden) if num_hidden is not None else "num_hidden", x.shape[-1])
        if num_hidden is not None:
            raise MXNetError(f"FullyConnected: {inconsistent(given, want)}")
        raise MXNetError(f"FullyConnected: weight has shape {_shape_str(given)} but data of shape "
                         f"{_shape_str(data.shape)} (flatten={int(bool(flatten))}) needs weight shape "
                         f"({want[0]}, {want[1]})")
    if not no_bias and bias is not None and bias.shape != (weight.shape[0],):
        raise MXNetError(f"FullyConnected: Unexpected shape for bias {_shape_str(bias.shape)}")
    _same_dtype("FullyConnected", data, weight, None if no_bias else bias)
    if _fc_kernel_refusal(data.dtype):     # the kernel fails: shown when the result is read
        raise KernelError(_fc_kernel_refusal(data.dtype), np.zeros(x.shape[:-1] + weight.shape[:1], data.dtype))
    if x.dtype == np.float64:       # MXNet's own kernel: one dgemm of the rows by the weight
        rows = x.reshape(int(np.prod(x.shape[:-1])), x.shape[-1])
        y = dgemm_row.product(rows, weight.T).reshape(x.shape[:-1] + weight.shape[:1])
    elif x.size == 0 and math.prod(x.shape[:-1]):    # rows of no units: oneDNN refuses them when the result is read
        raise KernelError(_NO_UNITS, np.zeros(x.shape[:-1] + weight.shape[:1], data.dtype))
    elif onednn.enabled() and data.ndim <= _ONEDNN_FC_NDIM:
        if not x.shape[-1]:     # no rows of no units
            raise KernelError(_NO_UNITS, np.zeros(x.shape[:-1] + weight.shape[:1], data.dtype))
        if data.ndim == 2 and not data.size:    # (oneDNN reads the empty data, which MXNet never allocated)
            raise KernelError("Check failed: delay_alloc: ", np.zeros(x.shape[:-1] + weight.shape[:1], data.dtype))
        y = onednn.inner_product(x, weight)
    else:       # a storage fallback (or data of 5+ axes) runs MXNet's own kernel: one BLAS gemm of the rows
        rows = x.reshape(int(np.prod(x.shape[:-1])), x.shape[-1])
        y = dgemm_row.blas_gemm(rows, weight.T).reshape(x.shape[:-1] + weight.shape[:1])
    if not no_bias and bias is not None:
        y = _add_bias(y, bias)
    return y


def _add_bias(y, bias):
    """``y + bias`` as MXNet's kernels add it: where both are nan, the sum keeps y's nan (numpy's broadcast add
    would take the bias's, whose sign may differ)."""
    total = y + bias
    if np.isnan(bias).any():
        np.copyto(total, y, where=np.isnan(y))
    return total


def _fc_kernel_refusal(dtype):
    """The words of MXNet's CPU kernels of FullyConnected (forward and backward) for data of ``dtype``, or None."""
    dtype = np.dtype(dtype)
    if dtype.kind != "f":
        return f"Unsupported type {DTYPE_TO_FLAG[dtype]}"
    if dtype == np.float16:
        return "float16 fully connected layer is currentlyonly supported by CuDNN version."
    return None


def _fc_backward_refusal(dtype):
    """Keep the refusal of FullyConnected's backward kernel for data of ``dtype`` with the gradients."""
    message = _fc_kernel_refusal(dtype)
    line = 457 if np.dtype(dtype) == np.float16 else 461
    backward_kernel_error(OperatorMessage(message, site=("../src/operator/nn/./fully_connected-inl.h", line)),
                          own=True)


@fully_connected.grad
def _fc_backward(dy, out, data, weight=None, bias=None, needs=(True,) * 3, **attrs):
    no_bias, flatten = attrs.get("no_bias", False), attrs.get("flatten", True)
    if type(dy) is not np.ndarray:      # autograd.grad(create_graph=True): recorded as MXNet records them
        return _recorded_fc_grads(dy, data, weight, bias, attrs, needs=needs)
    if _fc_kernel_refusal(data.dtype) and feeds_failed_head(out):
        # the backward kernel reads no output of the forward: given a gradient carrying no error, it runs even though
        # the forward failed, and fails itself before writing a gradient (the forward's error stays for waitall)
        _fc_backward_refusal(data.dtype)
        zeros = (np.zeros_like(data), np.zeros_like(weight), None if bias is None else np.zeros_like(bias))
        return tuple(z if want else None for z, want in zip(zeros, needs))
    x = _fc_input(data, flatten)
    dy2 = dy.reshape(-1, dy.shape[-1])
    # MXNet's backward asks oneDNN by the output gradient's axes: data of 5+ axes unflattened goes native
    if _plain(dy2, x) and (x.dtype == np.float64 or not onednn.enabled() or dy.ndim > _ONEDNN_FC_NDIM):
        # MXNet's own kernel (float64, or a storage fallback): gemms, the bias a Kahan sum of rows
        x2 = x.reshape(-1, x.shape[-1])
        gemm = dgemm_row.product if x.dtype == np.float64 else dgemm_row.blas_gemm
        dx = gemm(dy2, weight).reshape(data.shape) if needs[0] else None
        dw = gemm(dy2.T, x2) if needs[1] else None
        db = _compensated_sum(dy2, (0,)) if bias is not None and not no_bias and needs[2:3] != (False,) else None
        return dx, dw, db
    wants_bias = bias is not None and not no_bias and needs[2:3] != (False,) and needs[1]
    if not dy2.shape[0]:    # oneDNN's gradients over no rows: the kernel fails, raised by the first gradient read
        if x.shape[-1] or wants_bias:     # (over no units it fails only describing the bias's)
            backward_kernel_error("Check failed: delay_alloc: " if x.shape[-1] else _NO_UNITS)
        return tuple(np.zeros_like(a) if want else None for a, want in zip((data, weight), needs)) + \
            (np.zeros_like(bias) if wants_bias else None,)
    dx = onednn.data_gradient(dy2, weight).reshape(data.shape) if needs[0] else None
    dw = onednn.weight_gradient(dy2, x.reshape(dy2.shape[0], x.shape[-1])) if needs[1] else None
    # MXNet 1.9.1 (oneDNN) computes the bias gradient only together with the weight's: a frozen weight
    # leaves its bias without a gradient even when the bias asks for one
    db = onednn.bias_gradient(dy2) if wants_bias else None
    return dx, dw, db


def fully_connected_grad_onto(i, buffer, dy, data, weight, *, flatten=True, **_):
    """The gradient MXNet's own (float64) FullyConnected backward leaves in the 'add' request's ``buffer`` of the
    data (i 0) or the weight (i 1): its gemm adds the product onto the buffer (beta 1) block by block. None for
    the bias and for oneDNN's kernels (their gradient is added to the buffer once)."""
    if data.dtype != np.float64 or weight.dtype != np.float64 or i > 1 or not _plain(dy, data, weight, buffer):
        return None
    x = _fc_input(data, flatten)
    dy2, x2 = dy.reshape(-1, dy.shape[-1]), x.reshape(-1, x.shape[-1])
    onto = np.array(buffer, np.float64).reshape(x2.shape if i == 0 else weight.shape)
    grad = dgemm_row.add_products(onto, dy2, weight) if i == 0 else dgemm_row.add_products(onto, dy2.T, x2)
    return grad.reshape(buffer.shape)


# MXNet's gradient of FullyConnected's gradients: dx = dy @ w is linear in the weight, dw = dy.T @ x in the data;
# the output gradient dy gets zeros (MXNet computes no gradient for it) and the bias gradient is constant.
_FC_GRADS = _Op("_backward_FullyConnected", lambda *a: None, 0)


def _fc_grads_backward(heads, outs, dy, data, weight, **forward_attrs):
    h_dx, h_dw = heads[0], heads[1]
    units = weight.shape[1]
    dy2 = dy.reshape(-1, dy.shape[-1])
    d_data = (dy2 @ h_dw).reshape(data.shape).astype(data.dtype, copy=False)
    d_weight = (dy2.T @ h_dx.reshape(-1, units)).astype(weight.dtype, copy=False)
    return np.zeros_like(dy), d_data, d_weight


_FC_GRADS.grad(_fc_grads_backward)
_FC_GRADS.numpy_backward = True     # (MXNet's _backward_backward_FullyConnected has no gradient)


def _recorded_fc_grads(dy, data, weight, bias, attrs, needs):
    """The gradients as one recorded _backward_FullyConnected node, with the forward's attributes (MXNet's
    backward node copies them)."""
    from .ndarray import _wrap
    raw = _fc_backward(dy._data, None, data._data, weight._data, None if bias is None else bias._data,
                       needs=(True, True) + tuple(needs[2:]), **attrs)
    raw = raw if raw[2] is not None else raw[:2]
    grads = [_wrap(g) for g in raw]
    _ag._record(_FC_GRADS, (dy, data, weight), (dy._data, data._data, weight._data), dict(attrs), raw, grads)
    return tuple(g if need else None for g, need in zip(grads + [None], needs))


# ---- softmax family ------------------------------------------------------------------
def _length_mask(data, length, axis):
    """True where the position along ``axis`` is below ``length`` (one length per other index)."""
    axis = axis % data.ndim
    pos = np.arange(data.shape[axis]).reshape((-1,) + (1,) * (data.ndim - axis - 1))
    length = np.asarray(_raw(length))
    if data.ndim == 1:
        return pos < length.reshape(())     # (a vector's one length, of shape (1,))
    return pos < np.expand_dims(length, axis)


def _softmax(x, axis, mask=None):
    """Softmax as MXNet's own kernel computes it (float types), or plainly for others."""
    if x.dtype.kind == "f" and x.size:
        z, e, total = _kernel_parts(x, axis, 1.0, mask)
        return e / np.where(total == 0, total.dtype.type(1), total)
    if mask is not None:
        x = np.where(mask, x, -np.inf)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    if mask is not None:
        e = np.where(mask, e, 0)
    s = e.sum(axis=axis, keepdims=True)
    return e / np.where(s == 0, 1, s)


def _running_max(x, axis):
    """MXNet's max loop, which takes a value only when it exceeds the maximum so far: a NaN counts only as the
    first element, its bits kept (numpy's max takes any NaN, and its SIMD loops drop the sign)."""
    with np.errstate(invalid="ignore"):
        m = np.fmax.reduce(x, axis=axis, keepdims=True)
    first = np.take(x, [0], axis=axis)
    return np.where(np.isnan(first), first, m)


def _kernel_parts(x, axis, t, mask=None, acc=None):
    """MXNet's softmax steps: z = (x - max) / t, e = exp(z) from the C library, total = e summed in order.

    float16 follows its half-precision kernel: expf on the half z, the running sum rounded to half. ``acc``: the
    type softmax, log_softmax and softmin sum in (wider under MXNET_SAFE_ACCUMULATION=1).
    """
    if mask is not None:
        x = np.where(mask, x, x.dtype.type(-np.inf))
    with np.errstate(invalid="ignore", divide="ignore"):     # (a temperature of 0 makes nan, unwarned)
        z = x - _running_max(x, axis)
        if t != 1:
            z = z / z.dtype.type(t)
        if z.dtype == np.float16:
            e = libm_f32("expf", np.exp, z.astype(np.float32))
        else:
            e = libm_f32("expf", np.exp, z) if z.dtype == np.float32 else libm_f64("exp", np.exp, z)
    if mask is not None:
        e = np.where(mask, e, e.dtype.type(0))
    if acc is not None and acc != x.dtype:
        total = np.add.accumulate(e.astype(acc), axis=axis).take([e.shape[axis] - 1], axis=axis)
    elif z.dtype == np.float16:
        total = np.zeros(np.delete(e.shape, axis % e.ndim), np.float16)
        for row in np.moveaxis(e, axis, 0):
            total = (total + row).astype(np.float16)
        total = np.expand_dims(total, axis)
    else:
        n = e.shape[axis]
        total = np.add.accumulate(e, axis=axis).take([n - 1], axis=axis)   # adds strictly in order
    return z, e, total


def _in_kernel_type(result, data, total):
    """A softmax kernel's ``result`` rounded to the input's type, as MXNet's kernel rounds it before writing the
    output's, unless it summed ``total`` in a wider type (MXNET_SAFE_ACCUMULATION=1): then written directly."""
    return result.astype(data.dtype, copy=False) if total.dtype == data.dtype else result


def _kernel_log(z, total):
    """``z - log(total)`` with the C library's log in MXNet's precision."""
    if total.dtype == np.float64:
        return z - libm_f64("log", np.log, total)
    return z.astype(np.float32) - libm_f32("logf", np.log, total.astype(np.float32))


# float-only kernels whose type switch has a case for bool (refusing it in words), not an unknown type
_BOOL_CASE = frozenset({"softmax", "log_softmax", "softmin"})


def _check_float(name, data, result=None):
    """MXNet's float-only kernels refuse other dtypes when they run: given the placeholder ``result``, the error
    comes when the result is read; without, at the call."""
    if data.dtype.kind == "f":
        return
    if data.dtype == np.bool_:      # (the kernel's words name no operator)
        message = "This operation only support floating point types, not bool" if name in _BOOL_CASE \
            else "Unknown type enum 7"
    else:
        message = float_only(None, data.dtype)
    if result is None:
        raise MXNetError(message)
    raise KernelError(message, result)


def _out_dtype(data, dtype):
    return data.dtype if dtype in (None, "None") else np.dtype(dtype)


def _empty_softmax(data, dtype):
    """The softmax family's result for empty ``data``: its shape, in the output dtype."""
    return data.astype(_out_dtype(data, dtype))


def _check_dtype_attr(name, dtype):
    """The softmax family's dtype takes a float type or None, as MXNet's enumeration."""
    if dtype not in (None, "None") and np.dtype(dtype).name not in ("float16", "float32", "float64"):
        raise MXNetError(f"Invalid Input: '{np.dtype(dtype).name}', valid values are: {{None, 'float16', 'float32', "
                         f"'float64'}}, in operator {name}(name=\"\", dtype=\"{np.dtype(dtype).name}\")")


def _uses_dnnl(data, axis, temperature, dtype, use_length):
    """Whether MXNet runs this softmax on oneDNN: float32 in and out of 1 to 4 dimensions, last axis, no
    temperature or length."""
    return (data.dtype == np.float32 and data.size and 1 <= data.ndim <= 4 and axis % data.ndim == data.ndim - 1
            and temperature in (None, "None") and not use_length and _out_dtype(data, dtype) == np.float32
            and onednn.enabled())


def _onednn_backward(data, axis, temperature, dtype, use_length):
    """Whether MXNet runs this softmax's backward on oneDNN: as the forward, but not with a dtype given (the
    backward then also reads the data, and takes its own kernel). oneDNN sums in float32 whatever
    MXNET_SAFE_ACCUMULATION says."""
    return dtype in (None, "None") and _uses_dnnl(data, axis, temperature, dtype, use_length)


def _dnnl_backward(data, axis, temperature, dtype, use_length):
    """Whether that oneDNN backward is its JIT kernel (vector lanes: AVX-512), else its reference code."""
    return _onednn_backward(data, axis, temperature, dtype, use_length) and onednn.JIT_SOFTMAX_BACKWARD


def _scalar_softmax(data, axis):
    """A 0-d array under NumPy shape semantics along axis 0 or -1: MXNet's kernels take it as one value."""
    if data.ndim or int(axis) not in (0, -1):
        return False
    from ..util import is_np_shape
    return is_np_shape()


def _scalar_softmax_grad(op, dy, out, data, temperature, dtype):
    """The gradient of a one-value softmax, log_softmax or softmin ``op``: its kernel's over that one value."""
    one = lambda a: np.asarray(a).reshape(1)
    grads = op.bwd(one(dy), one(out), one(data), axis=0, temperature=_native(temperature), dtype=dtype)
    return grads[0].reshape(())


def _scalar_softmax_of_length(data, length, dtype):
    """MXNet's kernel with a length reads a 0-d array's one value at each of the first ``length`` positions (the
    first length given; shape inference checks none): its share of their sum, 0 for no position."""
    count = _first_length(length)
    if count <= 0:
        return np.zeros((), _out_dtype(data, dtype))
    x = np.asarray(data, accumulation_type(data.dtype))
    with np.errstate(invalid="ignore"):
        e = np.exp(x - x)       # (1, or nan beside a non-finite value)
        return (e / (e * x.dtype.type(count))).astype(_out_dtype(data, dtype))


def _scalar_softmax_grad_of_length(dy, out, length, t, data_type):
    """The kernel's gradient of a 0-d array with a length, read at each of the first ``length`` positions too."""
    count = _first_length(length)
    if count <= 0:
        return np.zeros((), data_type)
    spread = [np.full(count, v, np.asarray(v).dtype) for v in (dy, out)]
    return _kernel_grad(*spread, 0, t, data_type)[-1].reshape(())


def _first_length(length):
    return int(np.asarray(_raw(length)).ravel()[0])


def _native(temperature):
    """A temperature that keeps the computation on MXNet's own kernel (a 0-d array never reaches oneDNN)."""
    return 1.0 if temperature in (None, "None") else temperature


def _softmax_axis_error(data, axis):
    """The message of MXNet's softmax kernels for an axis ``data`` lacks (None when it has it)."""
    if not -data.ndim <= int(axis) < data.ndim and not _scalar_softmax(data, axis):
        return axis_exceeds(axis, data.ndim)
    return None


def _check_softmax_axis(data, axis, dtype):
    """MXNet's softmax kernels check the axis (so the error shows when the result is read)."""
    message = _softmax_axis_error(data, axis)
    if message is not None:
        raise KernelError(message, np.zeros(data.shape, _out_dtype(data, dtype)))


def _skipped_after_failure(data):
    """Whether the forward failed on ``data`` (no kernel of its type): the backward reads the failed output, so
    MXNet's engine skips it (the gradients keep their values, and the forward's error)."""
    return data.dtype.kind != "f"


def _softmax_grad_axis_failed(data, axis):
    """Whether the backward kernel finds the axis missing too (its error then goes with the gradients)."""
    message = _softmax_axis_error(data, axis)
    if message is not None:
        backward_kernel_error(message)
    return message is not None


def _check_length_shape(data, length, axis):
    """MXNet's shape rule for softmax's length: the data's shape without ``axis`` (-1 or non-negative only)."""
    axis = int(axis)
    if -1 <= axis < data.ndim:      # (with use_length: axis -1 or non-negative only)
        want = tuple(n for i, n in enumerate(data.shape) if i != axis % data.ndim) or (1,)     # (1-D data: one length)
    elif data.ndim > 1:
        raise located(MXNetError(f"softmax: Check failed: i >= 0 && i < ndim(): index = {data.ndim - 1} must be in "
                                 f"range [0, {data.ndim - 1})"), ("../include/mxnet/tuple.h", 230))
    else:
        want = data.shape       # (a vector's missing axis removes nothing: its kernel refuses the axis)
    if length.shape != want:
        raise MXNetError(f"softmax: Shape inconsistent, Provided = {provided(length.shape)}, inferred shape="
                         f"{provided(want)}")


_SOFTMAX_LOG_SOURCE = "../src/operator/nn/./../../common/utils.h"      # (the file MXNet's softmax kernels log from)


@defop("softmax", methods=("softmax",))
def softmax(data, length=None, *, axis=-1, temperature=None, dtype=None, use_length=False):
    """Softmax along ``axis`` (divided by ``temperature``); with use_length, positions >= length are 0."""
    wanted, given = (2 if _length_used(use_length) else 1), (1 if length is None else 2)
    if wanted != given:         # use_length sets how many inputs MXNet's softmax takes
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator softmax "
                         f"expects {wanted} inputs, but got {given} instead.")
    _check_dtype_attr("softmax", dtype)
    if use_length and data.ndim:      # (shape inference, before the kernel checks the axis; none for 0-d data)
        _check_length_shape(data, np.asarray(_raw(length)), axis)
    if not data.size:       # MXNet runs no kernel (which checks the dtype and axis) for empty data
        return _empty_softmax(data, dtype)
    _check_softmax_axis(data, axis, dtype)
    _check_float("softmax", data, np.zeros(data.shape, _out_dtype(data, dtype)))
    note_float16_accumulation("softmax", _SOFTMAX_LOG_SOURCE, data.dtype)
    if _scalar_softmax(data, axis) and not use_length:
        return softmax.fwd(data.reshape(1), axis=0, temperature=_native(temperature), dtype=dtype).reshape(())
    if _uses_dnnl(data, axis, temperature, dtype, use_length):
        return onednn.softmax(data)
    t = 1.0 if temperature in (None, "None") else float(temperature)
    mask = None
    if use_length:
        length = np.asarray(_raw(length))
        if length.dtype not in (np.int32, np.int64):    # MXNet's kernel finds it (its integer switch has no
            # int8/uint8 case): raised when the result is read
            raise KernelError(f"This operation only support integer types, not {length.dtype}",
                              np.zeros(data.shape, _out_dtype(data, dtype)))
        if _scalar_softmax(data, axis):
            return _scalar_softmax_of_length(data, length, dtype)
        mask = _length_mask(data, length, axis)
    if not data.size:
        return data.astype(_out_dtype(data, dtype))
    z, e, total = _kernel_parts(data, axis, t, mask, accumulation_type(data.dtype))
    q = _in_kernel_type(e / np.where(total == 0, total.dtype.type(1), total), data, total)
    if mask is not None:        # past the length MXNet writes 0, even beside a nan
        q = np.where(mask, q, q.dtype.type(0))
    return q.astype(_out_dtype(data, dtype))


def _ordered_sum(a, axis):
    """Sum over ``axis`` (kept) adding strictly in order from +0, as MXNet's own softmax kernels do (so -0
    terms alone sum to +0)."""
    if not a.shape[axis]:       # an empty axis sums to zeros
        return np.sum(a, axis=axis, keepdims=True)
    return np.add.accumulate(a, axis=axis).take([a.shape[axis] - 1], axis=axis) + a.dtype.type(0)


def _lane_sum_last(a):
    """oneDNN's 16-lane sum over the last axis (kept)."""
    return onednn.lane_sum(a.reshape(-1, a.shape[-1])).reshape(a.shape[:-1] + (1,))


def _plain(*arrays):
    """Whether a backward sees plain float arrays (not NDArrays of a gradient graph): then it follows
    MXNet's summation order bit for bit."""
    for a in arrays:
        if type(a) not in _PLAIN_TYPES or a.dtype.kind != "f":
            return False
    return True


_PLAIN_TYPES = frozenset({np.ndarray, np.float16, np.float32, np.float64})


def _kernel_grad(dy, out, axis, t, data_type, mask=None):
    """MXNet's own softmax backward: sum(dy * out) kept in the data's type (or the wider accumulation type), then
    out * (dy - sum), written to the data's type and divided by the temperature; +0 past the length. A step
    mixing half and another type runs in float and rounds to half (mshadow's half arithmetic)."""
    acc = accumulation_type(data_type).type      # (wider under MXNET_SAFE_ACCUMULATION=1)
    prod = dy * out
    if mask is not None:
        prod = np.where(mask, prod, prod.dtype.type(0))
    if prod.dtype == acc:
        total = _ordered_sum(prod, axis)
    else:
        total = np.zeros_like(np.take(prod, [0], axis=axis), dtype=acc)
        for i in range(prod.shape[axis]):
            total = (total + np.take(prod, [i], axis=axis)).astype(acc)     # C's +=: in the wider type
    g = _mixed(np.multiply, out, _mixed(np.subtract, dy, total)).astype(acc)
    if t != 1:      # (divided before the one rounding to the data's type)
        g = _mixed(np.divide, g, acc(t)).astype(acc)
    g = g.astype(data_type)
    return g if mask is None else np.where(mask, g, g.dtype.type(0))


def _mixed(ufunc, a, b):
    """``a op b`` as MXNet's C++ computes it: with a half operand in float, rounded to half; else promoted."""
    if np.float16 in (a.dtype, np.asarray(b).dtype):
        return ufunc(np.float32(a) if np.ndim(a) == 0 else a.astype(np.float32),
                     np.asarray(b).astype(np.float32)).astype(np.float16)
    return ufunc(a, b)


@softmax.grad
def _(dy, out, data, length=None, axis=-1, temperature=None, dtype=None, use_length=False):
    if _skipped_after_failure(data):
        return np.zeros_like(data), None
    t = 1.0 if temperature in (None, "None") else float(temperature)
    if _scalar_softmax(data, axis) and use_length:
        return _scalar_softmax_grad_of_length(dy, out, length, t, data.dtype), None
    if _scalar_softmax(data, axis):
        return _scalar_softmax_grad(softmax, dy, out, data, temperature, dtype), None
    if _softmax_grad_axis_failed(data, axis):
        return np.zeros_like(data), None
    if _plain(dy, out) and use_length:
        return _kernel_grad(dy, out, axis, t, data.dtype, _length_mask(out, length, axis)), None
    if _plain(dy, out) and not use_length:
        if _dnnl_backward(data, axis, temperature, dtype, use_length):
            g = out * (dy - _lane_sum_last(dy * out))
        elif out.dtype != data.dtype or accumulation_type(data.dtype) != data.dtype and \
                not _onednn_backward(data, axis, temperature, dtype, use_length):
            return _kernel_grad(dy, out, axis, t, data.dtype), None
        else:
            g = out * (dy - _ordered_sum(dy * out, axis))
            g = g / g.dtype.type(t) if t != 1 else g
        return g.astype(data.dtype), None
    g = out * (dy - (dy * out).sum(axis=axis, keepdims=True)) / t
    return g.astype(data.dtype), None


def _length_used(use_length):
    """Whether softmax takes a length input; MXNet reads the optional flag's value, which None has not."""
    if use_length is None or use_length == "None":     # (a C++ exception of no source line)
        raise located(MXNetError("bad optional access"), ("", 0))
    return use_length not in (False, 0, "False", "false", "0")


def _no_length_input(name, use_length):
    """log_softmax and softmin take no length input, so MXNet's input count check fails with use_length."""
    if _length_used(use_length):
        raise located(MXNetError(f"{name}: Check failed: in_attrs->size() == softmax_use_length(attrs) ? 2U : 1U "
                                 "(1 vs. 2) : "), ("../src/operator/nn/./softmax-inl.h", 643))


@defop("log_softmax", methods=("log_softmax",))
def log_softmax(data, *, axis=-1, temperature=None, dtype=None, use_length=False):
    """Logarithm of softmax along ``axis``."""
    _no_length_input("log_softmax", use_length)
    _check_dtype_attr("log_softmax", dtype)
    if not data.size:       # MXNet runs no kernel (which checks the dtype and axis) for empty data
        return _empty_softmax(data, dtype)
    _check_softmax_axis(data, axis, dtype)
    _check_float("log_softmax", data, np.zeros(data.shape, _out_dtype(data, dtype)))
    note_float16_accumulation("softmax", _SOFTMAX_LOG_SOURCE, data.dtype)
    if _scalar_softmax(data, axis):
        return log_softmax.fwd(data.reshape(1), axis=0, temperature=_native(temperature), dtype=dtype).reshape(())
    if _uses_dnnl(data, axis, temperature, dtype, use_length):
        return onednn.softmax(data, take_log=True)
    if not data.size:
        return data.astype(_out_dtype(data, dtype))
    t = 1.0 if temperature in (None, "None") else float(temperature)
    z, e, total = _kernel_parts(data, axis, t, acc=accumulation_type(data.dtype))
    logs = _kernel_log(z, total)
    # (a half z minus the log is half arithmetic: rounded to half even where the sum was wider)
    logs = logs.astype(np.float16) if data.dtype == np.float16 else _in_kernel_type(logs, data, total)
    return logs.astype(_out_dtype(data, dtype))


@log_softmax.grad
def _(dy, out, data, axis=-1, temperature=None, dtype=None, use_length=False):
    if _skipped_after_failure(data):
        return (np.zeros_like(data),)
    if _scalar_softmax(data, axis):
        return (_scalar_softmax_grad(log_softmax, dy, out, data, temperature, dtype),)
    if _softmax_grad_axis_failed(data, axis):
        return (np.zeros_like(data),)
    t = 1.0 if temperature in (None, "None") else float(temperature)
    if _plain(dy, out) and _dnnl_backward(data, axis, temperature, dtype, use_length):
        return onednn.fma(-onednn.exp(out), _lane_sum_last(dy), dy)     # one rounding: a fused multiply-add
    if _plain(dy, out) and out.dtype == data.dtype and accumulation_type(data.dtype) != data.dtype and \
            not _onednn_backward(data, axis, temperature, dtype, use_length):
        # MXNET_SAFE_ACCUMULATION=1: the sum of dy in the wider type, dy - exp(out) * sum in it, rounded once
        acc = accumulation_type(data.dtype)
        total = np.add.accumulate(dy.astype(acc), axis=axis).take([dy.shape[axis] - 1], axis=axis)
        e = libm_f64("exp", np.exp, out) if out.dtype == np.float64 else \
            libm_f32("expf", np.exp, out.astype(np.float32))
        g = (dy.astype(acc) - e.astype(acc) * total).astype(data.dtype)
        return g if t == 1 else g / g.dtype.type(t)
    if _plain(dy, out) and out.dtype in (np.float32, np.float64):
        e = libm_f32("expf", np.exp, out) if out.dtype == np.float32 else libm_f64("exp", np.exp, out)
        if out.dtype != data.dtype:     # the sum kept in the data's type (or the wider accumulation type); a half
            acc = accumulation_type(data.dtype).type        # data rounds each step to half
            total = np.zeros_like(np.take(dy, [0], axis=axis), dtype=acc)
            for i in range(dy.shape[axis]):
                total = (total + np.take(dy, [i], axis=axis)).astype(acc)
            g = _mixed(np.subtract, dy, _mixed(np.multiply, e, total)).astype(acc)
            return g if t == 1 else _mixed(np.divide, g, acc(t)).astype(acc)
        g = dy - e * _ordered_sum(dy, axis)
        return (g if t == 1 else g / g.dtype.type(t)).astype(data.dtype, copy=False)
    if _plain(dy, out) and out.dtype == np.float16 and data.dtype != np.float16:
        # a half output of wider data: the sum of dy kept in the data's type, exp in float, the rest in the data's
        total = np.zeros_like(np.take(dy, [0], axis=axis), dtype=data.dtype)
        for i in range(dy.shape[axis]):
            total = (total.astype(np.float64) + np.take(dy, [i], axis=axis)).astype(data.dtype)
        e = libm_f32("expf", np.exp, out.astype(np.float32)).astype(data.dtype)
        g = dy.astype(data.dtype) - e * total
        return g if t == 1 else g / data.dtype.type(t)
    if _plain(dy, out) and out.dtype == np.float16:
        # the sum of dy in half; exp in float, its product with the half sum rounded to half, as each step after
        e = libm_f32("expf", np.exp, out.astype(np.float32))
        g = dy - (e * _half_sum(dy, axis).astype(np.float32)).astype(np.float16)
        return g if t == 1 else g / np.float16(t)
    g = dy - np.exp(out) * dy.sum(axis=axis, keepdims=True)
    return (g if t == 1 else g / t).astype(data.dtype, copy=False)


def _half_sum(a, axis):
    """Sum over ``axis`` (kept) of float16 terms, rounded to half after each addition."""
    total = np.zeros_like(np.take(a, [0], axis=axis))
    for i in range(a.shape[axis]):
        total = total + np.take(a, [i], axis=axis)
    return total


@defop("softmin", methods=("softmin",))
def softmin(data, *, axis=-1, temperature=None, dtype=None, use_length=False):
    """Softmax of ``-data`` along ``axis``."""
    _no_length_input("softmin", use_length)
    _check_dtype_attr("softmin", dtype)
    if not data.size:       # MXNet runs no kernel (which checks the dtype and axis) for empty data
        return _empty_softmax(data, dtype)
    _check_softmax_axis(data, axis, dtype)
    _check_float("softmin", data, np.zeros(data.shape, _out_dtype(data, dtype)))
    note_float16_accumulation("softmax", _SOFTMAX_LOG_SOURCE, data.dtype)
    if _scalar_softmax(data, axis):
        return softmin.fwd(data.reshape(1), axis=0, temperature=_native(temperature), dtype=dtype).reshape(())
    t = 1.0 if temperature in (None, "None") else float(temperature)
    z, e, total = _kernel_parts(-data, axis, t, acc=accumulation_type(data.dtype))
    return _in_kernel_type(e / total, data, total).astype(_out_dtype(data, dtype))


@softmin.grad
def _(dy, out, data, axis=-1, temperature=None, dtype=None, use_length=False):
    if _skipped_after_failure(data):
        return (np.zeros_like(data),)
    if _scalar_softmax(data, axis):
        return (_scalar_softmax_grad(softmin, dy, out, data, temperature, dtype),)
    if _softmax_grad_axis_failed(data, axis):
        return (np.zeros_like(data),)
    t = 1.0 if temperature in (None, "None") else float(temperature)
    if _plain(dy, out) and (out.dtype != data.dtype or accumulation_type(data.dtype) != data.dtype):
        return -_kernel_grad(dy, out, axis, t, data.dtype)
    if _plain(dy, out):
        g = -(out * (dy - _ordered_sum(dy * out, axis)))     # negated last: a NaN's sign flips, as in MXNet
        return (g if t == 1 else g / g.dtype.type(t)).astype(data.dtype)
    return (-out * (dy - (dy * out).sum(axis=axis, keepdims=True)) / t).astype(data.dtype)


def _activation_axis(data, mode):
    if mode == "channel":
        return 1
    if mode == "instance":
        return -1
    raise MXNetError(f"SoftmaxActivation: mode must be 'instance' or 'channel', got {mode!r}")


_BLOB_AS_3D = ("../include/mxnet/././tensor_blob.h", 255)     # a kernel reading an array as a 3-D tensor


@defop("SoftmaxActivation")
def softmax_activation(data, *, mode="instance"):
    """Softmax over the last axis (instance) or over axis 1 (channel), float32 only as in MXNet."""
    axis = _activation_axis(data, mode)
    if not data.size:       # MXNet runs no kernel (which checks the rank and type) for empty data
        return data.copy()
    # the kernel's checks, shown when the result is read
    if mode == "channel" and data.ndim < 3:
        raise KernelError(f"Check failed: in_data.ndim() >= 3 ({data.ndim} vs. 3) : Input need to have a least 3 "
                          "dimensions when mode=channel", np.zeros(data.shape, data.dtype))
    if data.dtype != np.float32:
        # instance mode reads the data flattened to 2-D, channel mode as a 3-D tensor: two lines of tensor_blob.h
        error = KernelError(blob_type_mismatch(data.dtype, "float32"), np.zeros(data.shape, data.dtype))
        raise located(error, _BLOB_AS_3D if mode == "channel" else None)
    if not data.ndim:       # (NumPy-shape mode) the kernel reads its one value as a row
        return _softmax(data.reshape(1, 1), axis).astype(data.dtype).reshape(())
    return _softmax(data, axis).astype(data.dtype)


@softmax_activation.grad
def _(dy, out, data, mode="instance"):
    # MXNet 1.9.1 sums over axis 1 in both modes, not the last axis of instance data
    if data.ndim < 2:       # the backward kernel's check (raised when the gradient is read): it reads the first
        # axis, then the second
        backward_kernel_error(f"Check failed: i >= 0 && i < ndim(): index = {min(data.ndim, 1)} must be in range "
                              f"[0, {data.ndim})")
        return np.zeros(data.shape, data.dtype)
    axis = 1
    if _plain(dy, out):
        return out * (dy - _ordered_sum(dy * out, axis))
    return out * (dy - (dy * out).sum(axis=axis, keepdims=True))


# ---- SoftmaxOutput ---------------------------------------------------------------------
def _so_layout(data, multi_output, preserve_shape):
    """(axis of the classes, 2-D-or-3-D view of data) for SoftmaxOutput's three layouts."""
    if multi_output:
        return 1, data.reshape(data.shape[0], data.shape[1], -1)
    if preserve_shape:
        return -1, data.reshape(-1, data.shape[-1])
    return -1, data.reshape(data.shape[0], -1)


def multi_output_labels(shape):
    """The label shapes SoftmaxOutput(multi_output=True) takes for data of ``shape`` (N, C, ...): one row of labels
    per sample (N, prod(...)), MXNet's default, or one label per position (N, ...)."""
    return (shape[0], int(np.prod(shape[2:]))), (shape[0],) + tuple(shape[2:])


@defop("SoftmaxOutput", aliases=("Softmax",))
def softmax_output(data, label, *, grad_scale=1.0, ignore_label=-1.0, multi_output=False, use_ignore=False,
                   preserve_shape=False, normalization="null", out_grad=False, smooth_alpha=0.0):
    """Softmax of ``data`` (over axis 1 with multi_output, the last axis with preserve_shape, else
    over all but the batch axis); its backward is the cross-entropy gradient against ``label``."""
    if normalization not in ("null", "batch", "valid"):
        raise MXNetError(f"Invalid Input: '{normalization}', valid values are: {{'batch', 'null', 'valid'}}, in "
                         f"operator SoftmaxOutput(name=\"\", normalization=\"{normalization}\")")
    if label is not None and multi_output and data.ndim < 2:    # MXNet's shape function reads the class axis
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = 1 must be in range [0, {data.ndim})")
    if label is None or label.shape == data.shape or data.ndim == 0:
        pass        # (a label of the data's shape holds probabilities; a 0-d data's label shape has no rank)
    elif multi_output:
        rows, positions = multi_output_labels(data.shape)
        if label.shape not in (rows, positions, data.shape[:1] + (1,) + data.shape[2:]):
            raise MXNetError(f"Expecting {_shape_str(rows)} or {_shape_str(positions)}. But got "
                             f"{_shape_str(label.shape)}")
    elif label.shape != data.shape[:-1]:
        raise MXNetError(f"SoftmaxOutput: Shape inconsistent, Provided = {inferred_dims(label.shape)}, "
                         f"inferred shape={inferred_dims(data.shape[:-1])}")
    if _label_mismatch(data, label):
        raise MXNetError(uniform_type_refusal(data.dtype, label.dtype, "label"))
    _check_float("SoftmaxOutput", data, np.zeros(data.shape, data.dtype))
    axis, view = _so_layout(data, multi_output, preserve_shape)
    if data.dtype == np.float32 and not multi_output and data.size and not _ag.is_training() \
            and data.ndim in (1, 2, 4):
        # oneDNN (predict), which MXNet gives 1-, 2- and 4-D data only: it normalises the last axis in any layout
        return onednn.softmax(data.reshape(-1, data.shape[-1])).reshape(data.shape)
    return _class_softmax(view, axis).reshape(data.shape).astype(data.dtype)


def _class_softmax(x, axis):
    """The loss layers' softmax (MXNet's mshadow kernel): for float16 every step rounds to half, the
    exponentials taken in float and the total summed in half."""
    if x.dtype != np.float16 or not x.size:
        return _softmax(x, axis)
    z = (x - x.max(axis=axis, keepdims=True)).astype(np.float16)
    e = libm_f32("expf", np.exp, z.astype(np.float32)).astype(np.float16)
    total = np.zeros_like(np.take(e, [0], axis=axis))
    for i in range(e.shape[axis]):
        total = total + np.take(e, [i], axis=axis)
    return e / total


def _onehot(label, k, axis, ndim):
    """One-hot of integer-valued ``label`` with the classes on ``axis``; out-of-range labels give zeros."""
    lab = np.expand_dims(label, axis)
    shape = [1] * ndim
    shape[axis] = k
    return (np.arange(k).reshape(shape) == lab).astype(np.float64)


@softmax_output.grad
def _(dy, out, data, label=None, grad_scale=1.0, ignore_label=-1.0, multi_output=False, use_ignore=False,
      preserve_shape=False, normalization="null", out_grad=False, smooth_alpha=0.0):
    if data.dtype == np.bool_:      # the forward failed (no bool kernel): its error stays with the outputs
        return np.zeros(data.shape, data.dtype), None
    axis, p = _so_layout(out, multi_output, preserve_shape)
    k = p.shape[axis]
    if label.shape == data.shape:       # probabilities given as the label: scaled, never normalised or ignored
        g = (p - label.reshape(p.shape)) * p.dtype.type(np.float32(grad_scale))
        if out_grad:
            g = g * out.reshape(g.shape)
        return g.reshape(data.shape).astype(data.dtype), None
    label = np.trunc(label)          # MXNet's kernel reads a class label as an int (0.9 is class 0)
    ignore_label = np.trunc(np.float32(ignore_label))
    if multi_output:
        lab = label.reshape(p.shape[0], -1)
        g = p - _onehot(lab, k, 1, 3).astype(p.dtype)
    else:
        lab = label.reshape(-1)[:p.shape[0]]
        hot = _onehot(lab, k, 1, 2).astype(bool)
        g = p - hot.astype(p.dtype)
        if smooth_alpha:
            g = _smooth_grad(p, g, hot, smooth_alpha)
    if use_ignore:
        g = np.where(np.expand_dims(lab != ignore_label, 1), g, 0)
    if normalization == "batch":
        count = data.shape[0] if multi_output else label.size
    elif normalization == "valid":      # every label counts, beyond the rows a flattened label covers
        count = max(int((label != ignore_label).sum()), 1)
    else:
        count = 1
    # MXNet divides its float grad_scale in float, then scales in the data's type
    scale = np.float32(grad_scale)
    if multi_output and normalization != "valid":
        scale = scale / np.float32(p.shape[2])
    g = g * p.dtype.type(scale / np.float32(count))
    if out_grad:        # MXNet 1.9.1 scales by its own output here, not by the incoming gradient
        g = g * out.reshape(g.shape)
    return g.reshape(data.shape).astype(data.dtype), None


def _smooth_grad(p, g, hot, alpha):
    """Label smoothing as MXNet's kernel: (p - 1) + alpha at the label, p - alpha / (k - 1) elsewhere, with
    alpha a float and each step rounded to the data's type."""
    work = np.float64 if p.dtype == np.float64 else np.float32
    alpha = np.float32(alpha)
    share = work(alpha / np.float32(p.shape[1] - 1))
    at_label = (g.astype(work) + work(alpha)).astype(p.dtype)
    elsewhere = (p.astype(work) - share).astype(p.dtype)
    return np.where(hot, at_label, elsewhere)


@defop("softmax_cross_entropy")
def softmax_cross_entropy(data, label):
    """Cross-entropy of softmax(data) against class-index labels (of data's dtype), summed over the batch: shape (1,)."""
    if data.ndim != 2:          # (shapes are inferred before types)
        raise MXNetError(f"Check failed: (*in_attrs)[0].ndim() == 2U ({data.ndim} vs. 2) : SoftmaxCrossEntropy only "
                         "accept 2D data")
    if label.ndim != 1:
        raise MXNetError(f"Check failed: (*in_attrs)[1].ndim() == 1U ({label.ndim} vs. 1) : SoftmaxCrossEntropy only "
                         "accept 1D label")
    if label.shape[0] != data.shape[0]:
        raise MXNetError(f"SoftmaxCrossEntropy: Check failed: (*in_attrs)[0][0] == (*in_attrs)[1][0] ({data.shape[0]} "
                         f"vs. {label.shape[0]}) : data label shape mismatch")
    _same_dtype("softmax_cross_entropy", data, label)
    _check_float("softmax_cross_entropy", data, np.zeros((1,), data.dtype))
    # MXNet's steps in the data's type: softmax, the picked probability's log, a sum in order
    picked = _class_softmax(data, -1)[np.arange(data.shape[0]), label.astype(np.int64)]
    if data.dtype == np.float64:
        logs = libm_f64("log", np.log, picked)
    else:
        logs = libm_f32("logf", np.log, picked.astype(np.float32)).astype(data.dtype)
    total = data.dtype.type(0)
    for term in -logs:
        total = total + term
    return np.array([total], dtype=data.dtype)


softmax_cross_entropy.shows_add_requests = True
softmax_cross_entropy.keeps_failed_buffers = (1,)      # the label's, when its check refuses a label gradient


@softmax_cross_entropy.grad
def _(dy, out, data, label, needs=(True, False), adds_into=()):
    if data.dtype == np.bool_:      # the forward failed (no bool kernel): its error stays with the outputs
        return np.zeros(data.shape, data.dtype), None
    if needs[1]:        # the backward kernel's check (naming an 'add' request 3): the gradients carry it
        request = 3 if len(adds_into) > 1 and adds_into[1] else 1
        backward_kernel_error(f"SoftmaxCrossEntropy: Check failed: req[1] == kNullOp ({request} vs. 0) : Cannot take "
                              "gradient wrt label")
        return np.zeros(data.shape, data.dtype), None       # (the label's buffer keeps its data)
    p = _class_softmax(data, -1)
    return ((p - _onehot(label, data.shape[1], 1, 2).astype(p.dtype)) * dy.reshape(())).astype(data.dtype), None


# ---- activations ----------------------------------------------------------------------
def _exp64(x):
    return libm_f64("exp", np.exp, x)


def _softrelu64(x):
    with np.errstate(over="ignore"):
        return np.where(x > 20, x, libm_f64("log1p", np.log1p, _exp64(x)))


def _softrelu_plain32(x):
    with np.errstate(over="ignore"):
        return np.where(x > 20, x, libm_f32("log1pf", np.log1p, libm_f32("expf", np.exp, x)))


def _sigmoid_plain32(x):
    return _F32(1) / (_F32(1) + libm_f32("expf", np.exp, -x))


def _softsign(x):
    if x.dtype == np.float16:
        x32 = x.astype(np.float32)
        return (x32 / (1 + np.abs(x32))).astype(np.float16)
    return x / (1 + np.abs(x))


def _tanh_plain(x):
    return libm_f64("tanh", np.tanh, x) if x.dtype == np.float64 else libm_f32("tanhf", np.tanh, x)


def _expm1_plain(x):
    return libm_f64("expm1", np.expm1, x) if x.dtype == np.float64 else libm_f32("expm1f", np.expm1, x)


# act_type -> (forward of MXNet's own kernel, its derivative from (x, y)) for float32 and float64;
# float16 runs both in float32 and rounds each to half.
_PLAIN_ACTS = {
    "relu": (lambda x: np.maximum(x, x.dtype.type(0)), lambda x, y: np.where(np.isnan(y), y, y > 0).astype(y.dtype)),
    "sigmoid": (lambda x: _sigmoid_plain32(x) if x.dtype == np.float32 else 1 / (1 + _exp64(-x)),
                lambda x, y: y * (1 - y)),
    "tanh": (_tanh_plain, lambda x, y: 1 - y * y),
    "softrelu": (lambda x: _softrelu_plain32(x) if x.dtype == np.float32 else _softrelu64(x),
                 lambda x, y: -_expm1_plain(-y)),
    "softsign": (_softsign, lambda x, y: 1 / (1 + np.abs(x)) ** 2),
}


def _dnnl_relu(x):
    """oneDNN's relu: x where positive, else +0.0 (a NaN too): fmax passes over a NaN, and + 0 makes a -0.0 +0.0
    (twice as fast as a select on x > 0)."""
    y = np.fmax(x, _F32(0))
    y += _F32(0)
    return y


def _logistic_slope(y):
    return y * (_F32(1) - y)


def _tanh_slope(y):
    return np.where(np.isnan(y), y, onednn.fma(-y, y, _F32(1)))     # a NaN keeps its sign


# oneDNN's eltwise kernels (float32, 1 to 5 dimensions): forward, derivative from (x, y)
# (oneDNN's relu backward reads the output, the others the data: their output is recomputed from it)
_DNNL_ACTS = {
    "relu": (_dnnl_relu, lambda x, y: (y > 0).astype(np.float32)),    # NaN -> 0
    "sigmoid": (onednn.logistic, lambda x, y: _logistic_slope(onednn.logistic(x))),
    "tanh": (onednn.tanh, lambda x, y: _tanh_slope(onednn.tanh(x))),
    "softrelu": (onednn.soft_relu, lambda x, y: onednn.logistic(x)),
}
ACTIVATIONS = tuple(_PLAIN_ACTS)


def _act(act_type, data):
    """(forward, derivative) MXNet runs for ``act_type`` on ``data``."""
    if act_type is None:
        raise MXNetError('Required parameter act_type of int is not presented, in operator Activation(name="")')
    if act_type not in _PLAIN_ACTS:
        raise MXNetError(f"Activation: unknown act_type {act_type!r}; expected one of {sorted(_PLAIN_ACTS)}")
    if data.dtype == np.float32 and 1 <= data.ndim <= 5 and act_type in _DNNL_ACTS and onednn.enabled():
        return _DNNL_ACTS[act_type]
    return _PLAIN_ACTS[act_type]


@defop("Activation")
def activation(data, *, act_type=None):
    """Elementwise activation: relu, sigmoid, tanh, softrelu or softsign."""
    forward = on_vectors(_act(act_type, data)[0])
    if data.dtype == np.float16:
        return forward(data.astype(np.float32)).astype(np.float16)
    if data.dtype.kind != "f":          # the kernel's type switch: shown when the result is read
        if not data.size:
            return np.zeros(data.shape, data.dtype)     # (no kernel runs for no element)
        raise KernelError(real_switch_refusal(None, data.dtype), np.zeros(data.shape, data.dtype))
    out = forward(data).astype(data.dtype, copy=False)
    return onednn.keep_block(out, data) if act_type in _DNNL_ACTS else out


@activation.grad
def _(dy, out, data, act_type=None):
    if data.dtype.kind != "f":          # the backward kernel's type switch: kept with the gradients
        backward_kernel_error(real_switch_refusal(None, data.dtype))
        return np.zeros(data.shape, data.dtype)
    if not _plain(dy, out, data):
        raise TypeError("Activation: MXNet has no gradient of this gradient")    # autograd: non-differentiable
    derivative = on_vectors(_act(act_type, data)[1])
    if data.dtype == np.float16:
        return dy * derivative(data.astype(np.float32), out.astype(np.float32)).astype(np.float16)
    return onednn.keep_block(dy * derivative(data, out), dy)


activation.elementwise = True


@defop("hard_sigmoid")
def hard_sigmoid(data, *, alpha=0.2, beta=0.5):
    """``clip(alpha * x + beta, 0, 1)``."""
    _check_float("hard_sigmoid", data, np.zeros(data.shape, data.dtype))
    return np.clip(_hard_sigmoid_line(data, alpha, beta), 0, 1).astype(data.dtype)


def _float_attr(value, like):
    """A float attribute as MXNet holds it (a C float), as an operand of ``like``'s type (float for float16,
    whose operations MXNet rounds after each step)."""
    return np.float32(value) if like.dtype == np.float16 else like.dtype.type(np.float32(value))


def _hard_sigmoid_line(data, alpha, beta):
    if data.dtype == np.float16:
        scaled = (np.float32(alpha) * data.astype(np.float32)).astype(np.float16)
        return (scaled.astype(np.float32) + np.float32(beta)).astype(np.float16)
    return _float_attr(alpha, data) * data + _float_attr(beta, data)


@hard_sigmoid.grad
def _(dy, out, data, alpha=0.2, beta=0.5):
    if data.dtype.kind != "f":      # the backward kernel's type switch: given the head gradient, it fails itself
        backward_kernel_error(OperatorMessage(real_switch_refusal(None, data.dtype),
                                              site=("../src/operator/tensor/elemwise_unary_op.h", 566)),
                              own=is_failed_head(out))
        return np.zeros_like(data)
    z = _hard_sigmoid_line(data, alpha, beta)
    slope = (dy.astype(np.float32) * np.float32(np.float16(alpha))).astype(np.float16) if data.dtype == np.float16 \
        else dy * _float_attr(alpha, data)
    return np.where((z > 0) & (z < 1), slope, 0).astype(data.dtype)     # +0 outside the slope, dy * alpha inside


hard_sigmoid.elementwise = True

# ---- LeakyReLU -------------------------------------------------------------------------
_SELU_ALPHA, _SELU_LAMBDA = 1.6732632423543772848170429916717, 1.0507009873554804934193349852946
_SQRT2 = math.sqrt(2.0)


def _gamma_view(gamma, data):
    """``gamma`` aligned to ``data`` as MXNet does: its trailing axes match data's axes 1 and 0 (equal or 1);
    None when it cannot be (see _gamma_refusal)."""
    if data.ndim == 0:
        return gamma.reshape(())
    shape, s = [1] * data.ndim, gamma.ndim - 1
    for i in range(data.ndim - 1, -1, -1):
        if s >= 0 and i <= 1 and gamma.shape[s] in (data.shape[i], 1):
            shape[i], s = gamma.shape[s], s - 1
    return gamma.reshape(shape) if s == -1 else None


def _gamma_refusal(gamma, data):
    """The kernel's words for a ``gamma`` that _gamma_view cannot align (shown when the result is read)."""
    return (f"Check failed: s == -1: Cannot broadcast gamma to data. gamma: [{','.join(map(str, gamma.shape))}], "
            f"data: [{','.join(map(str, data.shape))}]")


def _rrelu_slopes(data, lower_bound, upper_bound):
    from .ops_random import _uniforms
    u = _uniforms(data.size).reshape(data.shape)
    return (lower_bound + (upper_bound - lower_bound) * u).astype(data.dtype)


_SQRT2_F32, _PI_F32 = _F32(_SQRT2), _F32(math.pi)


def _gelu_plain(x):
    """MXNet's own gelu kernel: 0.5 x (1 + erf(x / sqrt 2)) in float32."""
    x32 = x.astype(np.float32)
    erf = libm_f32("erff", math.erf, x32 / _SQRT2_F32)
    return (_F32(0.5) * x32 * (_F32(1) + erf)).astype(x.dtype)


def _gelu_grad_plain(x):
    """MXNet's own gelu derivative in float32; erf's derivative takes a double step (2.0 / sqrt(pi))."""
    x32 = x.astype(np.float32)
    r = x32 / _SQRT2_F32
    d_erf = (2.0 / float(np.sqrt(_PI_F32)) * libm_f32("expf", np.exp, -(r * r)).astype(np.float64)).astype(np.float32)
    g = _F32(0.5) * (_F32(1) + libm_f32("erff", math.erf, r) + x32 * d_erf / _SQRT2_F32)
    return np.where(np.isnan(x32), x32, g).astype(x.dtype)       # a NaN keeps its sign, as in MXNet's kernel


def _nonpositive(data):
    """``data`` with its positive values replaced by 0, -0 kept (numpy's minimum may return +0 for it)."""
    return np.where(data > 0, data.dtype.type(0), data)


def _selu_half(data):
    """float16 selu as MXNet's kernel: a half lambda times x, or times half(alpha * expm1f(x)) (float alpha)."""
    lam = np.float16(_F32(_SELU_LAMBDA))
    neg = (_F32(_SELU_ALPHA) * libm_f32("expm1f", np.expm1, _nonpositive(data).astype(np.float32)))
    return np.where(data > 0, lam * data, lam * neg.astype(np.float16))


def _leaky_dnnl(data, act_type):
    """Whether MXNet runs this LeakyReLU on oneDNN: leaky, elu or gelu on float32 of 1 to 5 dimensions."""
    return act_type in ("leaky", "elu", "gelu") and data.dtype == np.float32 and 1 <= data.ndim <= 5 and \
        onednn.enabled()


_KAHAN_STEPS = 4096     # compensated sums replayed up to this many terms per output; numpy's sum beyond


def _compensated_sum(a, axes):
    """Sum over ``axes`` as MXNet's reductions do: Kahan-compensated, the terms in memory order."""
    if not axes:        # nothing to add up: the products as they are, -0 kept
        return a
    keep = [i for i in range(a.ndim) if i not in axes]
    count = math.prod(a.shape[i] for i in axes)
    terms = np.transpose(a, list(axes) + keep).reshape((count,) + tuple(a.shape[i] for i in keep))
    if a.dtype.kind != "f":
        return a.sum(axis=axes)
    if len(terms) > _KAHAN_STEPS:       # (as the reductions sum many terms: closer than numpy's pairwise sum)
        return np.asarray(kahan_sum(a, tuple(axes)))
    total = np.zeros(terms.shape[1:], a.dtype)
    carry = np.zeros_like(total)
    for term in terms:
        y = term - carry
        t = total + y
        carry = (t - total) - y
        total = t
    return total


def _leaky_relu_placeholders(data, act_type):
    """The outputs LeakyReLU leaves unwritten when its kernel fails: the result and its mask (rrelu shows its mask
    too)."""
    extra = (data.shape, data.shape) if act_type == "rrelu" else ((1,),)
    return (np.zeros(data.shape, data.dtype),) + tuple(np.zeros(s, data.dtype) for s in extra)


@defop("LeakyReLU", hidden=1)
def leaky_relu(data, gamma=None, *, act_type="leaky", slope=0.25, lower_bound=0.125, upper_bound=0.334):
    """Leaky ReLU family: leaky, prelu (learned ``gamma`` per channel), rrelu, elu, selu, gelu."""
    if gamma is not None and act_type != "prelu":
        raise MXNetError("Check failed: num_inputs == infered_num_inputs (2 vs. 1) : Operator LeakyReLU expects 1 "
                         "inputs, but got 2 instead.")
    if act_type == "prelu" and gamma is None:
        raise MXNetError("Check failed: num_inputs == infered_num_inputs (1 vs. 2) : Operator LeakyReLU expects 2 "
                         "inputs, but got 1 instead.")
    if act_type == "prelu" and gamma.dtype != data.dtype:
        raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(gamma.dtype)}, inferred type = "
                         f"{inferred_type_name(data.dtype)}")
    if data.dtype.kind != "f" and data.size:     # the kernel's type switch (no kernel runs for no element): shown
        # when the result is read
        raise KernelError(real_switch_refusal(None, data.dtype), _leaky_relu_placeholders(data, act_type))
    if not data.ndim:       # (the kernel reads the first dimension, after its type switch)
        raise KernelError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)",
                          _leaky_relu_placeholders(data, act_type))
    slope32 = _F32(slope)       # MXNet keeps the slope as a float
    dnnl = _leaky_dnnl(data, act_type)
    if data.dtype == np.float16:
        slope32 = _F32(np.float16(slope32))     # float16 takes the slope as a half scalar
    if act_type == "leaky" and dnnl and slope32 == 0:   # oneDNN's relu with alpha 0 is max(x, 0): -0 and NaN give +0
        y = np.where(data > 0, data, np.float32(0))
    elif act_type == "leaky":
        neg = slope32 * data.astype(np.float32)     # MXNet: the float product, any dtype
        y = np.where(data > 0, data, neg.astype(data.dtype))
    elif act_type == "prelu":
        g = _gamma_view(gamma, data)
        if g is None:
            raise KernelError(_gamma_refusal(gamma, data), (np.zeros(data.shape, data.dtype),
                                                            np.zeros((1,), data.dtype)))
        neg = g.astype(np.float32) * data.astype(np.float32)    # MXNet: in float
        y = np.where(data > 0, data, neg.astype(data.dtype))
    elif act_type == "rrelu":
        if _ag.is_training():
            slopes = _rrelu_slopes(data, lower_bound, upper_bound)
            return np.where(data > 0, data, slopes * data).astype(data.dtype), slopes, slopes
        # outside training MXNet takes the mean of the float bounds, in the data's type, and multiplies in float;
        # it returns the mask as a second visible output, left unset; its backward reads the output where the
        # mask would be, so a gradient below zero is dy times the output
        mean = (_F32(lower_bound) + _F32(upper_bound)) / _F32(2)
        mean = _F32(data.dtype.type(mean))      # the kernel's scalar is in the data's type (a half rounds)
        neg = (mean * data.astype(np.float32)).astype(data.dtype)
        y = np.where(data > 0, data, neg)
        return y, np.zeros_like(data), y
    elif act_type == "elu" and dnnl:
        y = onednn.elu(data, slope)
    elif act_type == "elu":
        y = np.where(data > 0, data, slope32 * _expm1_plain(_nonpositive(data)))
    elif act_type == "selu" and data.dtype == np.float32:     # MXNet: lambda * (alpha * expm1f(x))
        lam, alpha = np.float32(_SELU_LAMBDA), np.float32(_SELU_ALPHA)
        neg = lam * (alpha * libm_f32("expm1f", np.expm1, np.where(data > 0, 0, data)))     # -0 stays -0
        y = np.where(data > 0, lam * data, neg)
    elif act_type == "selu" and data.dtype == np.float16:
        y = _selu_half(data)
    elif act_type == "selu":        # the float constants, in double
        lam, alpha = float(np.float32(_SELU_LAMBDA)), float(np.float32(_SELU_ALPHA))
        y = np.where(data > 0, lam * data, lam * (alpha * libm_f64("expm1", np.expm1, _nonpositive(data))))
    elif act_type == "gelu":        # float32 arithmetic for every dtype, as MXNet's own kernel
        y = onednn.gelu(data) if dnnl else _gelu_plain(data)
    else:
        raise MXNetError(f"LeakyReLU: unknown act_type {act_type!r}; expected one of "
                         "['elu', 'gelu', 'leaky', 'prelu', 'rrelu', 'selu']")
    y = y.astype(data.dtype, copy=False)
    return onednn.keep_block(y, data) if dnnl else y, np.zeros((1,), dtype=data.dtype)


# rrelu's mask is drawn in training only: elsewhere its kernel leaves the array unset
leaky_relu.visible_written = lambda attrs: (True, attrs.get("act_type") != "rrelu" or _ag.is_training())


@leaky_relu.grad
def _(dy, out, data, gamma=None, act_type="leaky", slope=0.25, lower_bound=0.125, upper_bound=0.334,
      grad_over_dy=False):
    if data.dtype.kind != "f":          # the backward kernel's type switch: kept with the gradients
        backward_kernel_error(real_switch_refusal(None, data.dtype))
        return (np.zeros(data.shape, data.dtype),) + ((np.zeros(gamma.shape, gamma.dtype),) if gamma is not None
                                                      else ())
    y, hidden = out[0], out[-1]
    dy = dy[0] if isinstance(dy, tuple) else dy
    pos = data > 0
    if act_type in ("leaky", "elu") and _leaky_dnnl(data, act_type):    # oneDNN's test: NaN goes the positive way,
        pos = ~(data <= 0) if act_type == "leaky" else ~(onednn.exp(data) <= 1)    # and elu's is exp(x) > 1
    elif act_type == "leaky":       # MXNet's own kernel tests the output: a negative slope gives y > 0 below zero
        pos = y > 0
    if not _plain(dy, data):
        raise TypeError("LeakyReLU: MXNet has no gradient of this gradient")     # autograd: non-differentiable
    one, slope_t = data.dtype.type(1), data.dtype.type(_F32(slope))     # the float slope, in the dtype
    if act_type == "leaky":
        return (onednn.keep_block(dy * np.where(pos, one, slope_t), dy),) + ((None,) if gamma is not None else ())
    if act_type == "prelu":
        g = _gamma_view(gamma, data)
        if g is None:
            backward_kernel_error(_gamma_refusal(gamma, data))
            return np.zeros(data.shape, data.dtype), np.zeros(gamma.shape, gamma.dtype)
        # MXNet's reduction copies when it would add up one term per channel: a -0 product stays -0
        axes = tuple(i for i in range(data.ndim) if (g.shape[i] == 1 or g.ndim == 0) and data.shape[i] != 1)
        # MXNet's data gradient comes out of a broadcast kernel that adds to +0: a -0 product gives +0
        ddata = dy * np.where(pos, 1, g) + data.dtype.type(0)
        # written first: where it took dy's buffer (grad_over_dy), gamma's gradient reads it in dy's place,
        # unless dy is held in a oneDNN layout of its own: the kernel reads a plain copy of it then, and its
        # data gradient is copied back into dy's buffer, in dy's layout
        copied_back = grad_over_dy and onednn.own_layout(dy)
        read = ddata if grad_over_dy and not copied_back else dy
        dgamma = _compensated_sum(read * np.where(pos, 0, data), axes)
        return (onednn.keep_block(ddata, dy) if copied_back else ddata), dgamma.reshape(gamma.shape)
    if act_type == "rrelu":     # MXNet's kernel tests the output, not the data
        d = dy * np.where(y > 0, 1, hidden)
    elif act_type == "elu" and _leaky_dnnl(data, act_type):     # oneDNN: exp(x) * alpha
        d = dy * np.where(pos, _F32(1), onednn.exp(np.minimum(data, 0)) * _F32(slope))
    elif act_type == "elu":     # MXNet's own kernel tests the output: with a negative alpha, y > 0 below zero too
        d = dy * np.where(y > 0, one, y + slope_t)
    elif act_type == "selu" and data.dtype == np.float16:
        # lambda is a half scalar, alpha a float: y + alpha and the product round to half
        lam = np.float16(_F32(_SELU_LAMBDA))
        d = dy * np.where(y > 0, lam, lam * (y.astype(np.float32) + _F32(_SELU_ALPHA)).astype(np.float16))
    elif act_type == "selu":
        # MXNet 1.9.1 uses lambda * (y + alpha) below zero (y already scaled by lambda), in float constants; its
        # kernel reads the output alone
        lam, alpha = data.dtype.type(_F32(_SELU_LAMBDA)), data.dtype.type(_F32(_SELU_ALPHA))
        d = dy * np.where(y > 0, lam, lam * (y + alpha))
    elif _leaky_dnnl(data, act_type):      # gelu through oneDNN
        d = dy * onednn.gelu_grad(data)
    else:
        d = dy * _gelu_grad_plain(data)
    return (onednn.keep_block(d, dy),) + ((None,) if gamma is not None else ())


# ---- Embedding -------------------------------------------------------------------------
def _rows(data, input_dim, index32=False):
    """MXNet's index rule: truncate to an integer, then clip into [0, input_dim - 1]. The forward converts to 64
    bits, the dense gradient's kernel to 32 (``index32``); a NaN or an index beyond the width turns into its lowest
    value, as x86's conversion gives (so row 0)."""
    if index32:
        pos = _index32(data)
    elif data.dtype.kind == "f":
        whole = np.trunc(data.astype(np.float64))
        pos = np.where((whole >= -2.0 ** 63) & (whole < 2.0 ** 63), whole, -2.0 ** 63).astype(np.int64)
    else:
        pos = data.astype(np.int64)
    return np.clip(pos, 0, int(input_dim) - 1)


@defop("Embedding")
def embedding(data, weight, *, input_dim, output_dim, dtype="float32", sparse_grad=False):
    """Rows of ``weight`` (input_dim, output_dim) picked by the (float) indices in ``data``; the result keeps the
    weight's type whatever ``dtype`` names."""
    if weight is None or weight.ndim != 2 or (input_dim is not None and output_dim is not None and
                                               weight.shape != (int(input_dim), int(output_dim))):
        given = getattr(weight, "shape", ())
        if input_dim is not None and output_dim is not None:
            raise MXNetError(f"Embedding: {inconsistent(given, (input_dim, output_dim))}")
        raise MXNetError(f"Embedding: weight has shape {_shape_str(given)}, expected (input_dim, output_dim) = "
                         f"({input_dim}, {output_dim})")
    no_bool("Embedding", data, weight)     # (bool indices too: the kernel's index type switch)
    return weight[_rows(data, weight.shape[0])]


def refuse_data_gradient(layer, adds_into, site):
    """An embedding kernel's refusal of a data gradient, naming the request: 3 (kAddTo) when the backward was
    handed an 'add' variable's own buffer (``adds_into``, per input), else 1 (kWriteTo)."""
    request = 3 if adds_into and adds_into[0] else 1
    backward_kernel_error(OperatorMessage(f"Check failed: req[embedding: :kData] == kNullOp ({request} vs. 0) : "
                                          f"{layer} layer doesn't support calculate data gradient", layer, site))


embedding.shows_add_requests = True
embedding.keeps_failed_buffers = (0, 1)     # the data's and weight's, when its check refuses a data gradient


@embedding.grad
def _(dy, out, data, weight=None, input_dim=None, output_dim=None, dtype="float32", sparse_grad=False,
      needs=(False, True), adds_into=()):
    g = np.zeros(weight.shape, dtype=dy.dtype)
    sparse = str(sparse_grad).lower() in ("1", "true")
    if needs[0]:        # the kernel's check: the backward returns, the gradients carry the error
        # the row_sparse gradient's kernel checks it at a line of its own
        site = ("../src/operator/tensor/./indexing_op.h", 618) if sparse else None
        refuse_data_gradient("Embedding", adds_into, site)
        return None, None       # (both buffers keep their data)
    if sparse:
        if np.any((np.trunc(data) < 0) | (data >= weight.shape[0])):
            # (no clip; the row_sparse gradient's kernel checks the indices at a line of its own)
            backward_kernel_error(OperatorMessage("Check failed: is_valid: Embedding input contains data out of bound",
                                                  "Embedding", ("../src/operator/tensor/indexing_op.cc", 434)))
        if weight.dtype == np.float16:      # MXNet's row_sparse gradient kernel has no half-precision version:
            # its type switch fails before it writes anything
            backward_kernel_error(OperatorMessage("This operation only supports 32-bit and 64-bit floating point",
                                                  "Embedding", ("../src/operator/tensor/indexing_op.cc", 434)))
            return None, g
    np.add.at(g, _rows(data, weight.shape[0], index32=not sparse).reshape(-1), dy.reshape(-1, weight.shape[1]))
    return None, g


# ---- regression outputs and MakeLoss ----------------------------------------------------------
_RESIDUALS = {}


def regression_residual(name, out, label):
    """The residual of regression output ``name``'s backward: its gradient before the scale."""
    return _RESIDUALS[name](out, label.reshape(out.shape))


def _regression(name, forward, residual):
    """Register ``name(data, label, grad_scale)``: forward(data); backward residual(out, label) * scale."""
    _RESIDUALS[name] = residual
    def fwd(data, label, *, grad_scale=1.0, **_unread):
        # (MXNet's parser of these operators lets attributes it does not know pass)
        # MXNet's order: shape inference, type inference, then the kernel's float check
        if data.ndim == 0:      # (its shape function reads the batch size of the 0-d data)
            raise located(MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)"),
                          ("../include/mxnet/tuple.h", 230))
        if zeros_are_unknown() and 0 in data.shape:     # (legacy shapes: its shape function needs known sizes)
            raise inference_failure(name, [data.shape, None if label is None else label.shape], [None])
        if zeros_are_unknown() and label is not None and 0 in label.shape:
            raise located(MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative "
                                     "value -1"), ("../include/mxnet/./tuple.h", 525))
        if label is not None and label.shape != data.shape and (
                label.size != data.size or label.shape[:1] != data.shape[:1]):
            raise MXNetError(f"{name}: Shape inconsistent, Provided={_shape_str(label.shape)}, "
                             f"inferred shape={_shape_str(data.shape)}")
        if _label_mismatch(data, label):
            _same_dtype(name, data, label)
        if data.size:       # (no kernel, so no float check, runs on empty data)
            _check_float(name, data, np.zeros(data.shape, data.dtype))
        return forward(data).astype(data.dtype, copy=False)
    fwd.__doc__ = f"``{name}``: the prediction; its backward is the loss gradient against ``label``."
    op = defop(name)(fwd)

    @op.grad
    def _(dy, out, data, label=None, grad_scale=1.0, **_unread):
        if data.dtype == np.bool_:      # the forward failed (no bool kernel): its error stays with the outputs
            return np.zeros(data.shape, data.dtype), None
        per_sample = label.size // label.shape[0] if label.ndim else 1
        scale = _F32(grad_scale) / _F32(per_sample)        # MXNet: a float scale, whatever the dtype
        g = residual(out, label.reshape(out.shape)) * data.dtype.type(scale)
        return g.astype(data.dtype), None
    return op


_regression("LinearRegressionOutput", lambda x: x.copy(), lambda y, t: y - t)
_regression("LogisticRegressionOutput", lambda x: _PLAIN_ACTS["sigmoid"][0](x) if x.dtype != np.float16 else
            _sigmoid_plain32(x.astype(np.float32)).astype(np.float16), lambda y, t: y - t)   # MXNet's own kernel
# MXNet's sign of the residual: 1 above zero, else -1 (for 0 and nan too)
_regression("MAERegressionOutput", lambda x: x.copy(),
            lambda y, t: np.where(y - t > 0, y.dtype.type(1), y.dtype.type(-1)))


@defop("make_loss")
def make_loss_plain(data):
    """``data`` as a loss, of any dtype: its gradient is ones, whatever the head gradient (no scaling)."""
    return data.copy()


@make_loss_plain.grad
def _(dy, out, data):
    return np.ones_like(data)


@defop("MakeLoss")
def make_loss(data, *, grad_scale=1.0, valid_thresh=0.0, normalization="null"):
    """``data`` as a loss: its gradient is ``grad_scale`` (normalized by batch or valid count)."""
    if normalization not in ("null", "batch", "valid"):
        raise MXNetError(f"Invalid Input: '{normalization}', valid values are: {{'batch', 'null', 'valid'}}, in "
                         f"operator MakeLoss(name=\"\", normalization=\"{normalization}\")")
    if not data.ndim:       # its shape function reads a 0-d shape as unknown, in NumPy-shape mode too
        raise inference_failure("MakeLoss", [()], [None])
    if data.dtype.kind != "f":      # (its type switch runs as MXNet creates the operator, after the out= checks)
        raise state_refusal(real_switch_refusal(None, data.dtype), [data])
    return data.copy()


@make_loss.grad
def _(dy, out, data, grad_scale=1.0, valid_thresh=0.0, normalization="null"):
    if normalization == "batch":    # MXNet's batch: the leading size of the data flattened to 2-D
        count = int(np.prod(data.shape[:-1]))
    elif normalization == "valid":
        count = max(int((data > valid_thresh).sum()), 1)
    else:
        count = 1
    # MXNet divides its float grad_scale in float; by the valid count in the data's type (half: in float, rounded)
    scale = np.float32(grad_scale) / np.float32(count)
    if normalization == "valid":
        scale = np.float32(grad_scale).astype(data.dtype)
        scale = np.float32(scale) / np.float32(count) if data.dtype == np.float16 else scale / data.dtype.type(count)
    return np.full(data.shape, scale, dtype=data.dtype)
