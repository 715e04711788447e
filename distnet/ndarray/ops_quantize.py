"""Quantization operators of ``nd.contrib``: quantize, quantize_v2, quantize_asym, dequantize, requantize.

They follow MXNet 1.9.1's oneDNN CPU kernels: a float32 scale ``quantized range / real range``, each
value multiplied by it in float32, rounded half to even and saturated to the integer type. The ranges
travel as (1,)-shaped float32 arrays beside the data. Their gradients are zeros (quantize_asym, quantized_act,
quantized_elemwise_add and calibrate_entropy have none, as in MXNet).
"""
import numpy as np

from ..base import MXNetError
from .registry import defop, inferred_type_name
from .serialize import DTYPE_TO_FLAG
from .shape_text import inference_failure, zeros_are_unknown

F = np.float32
INT8_RANGE, UINT8_RANGE = F(127.5), F(255.5)      # quantize_v2 and dequantize's ranges
INT32_MAX = F(2147483647)
_LIMITS = {"int8": (-128, 127), "uint8": (0, 255)}


def quantized_op(name, zero_gradient=True):
    """Register a quantization op under MXNet's ``_contrib_<name>``: its gradient is zeros for every input
    (``zero_gradient=False``: it has none, and a backward through it fails)."""
    def register(fwd):
        op = defop("_contrib_" + name)(fwd)
        if zero_gradient:
            op.grad(_zeros_for_inputs)
        else:
            op.nondifferentiable = True
        return op
    return register


def _zeros_for_inputs(dy, out, *inputs, **attrs):
    return tuple(np.zeros_like(x) for x in inputs)


def one_value_ranges(op, *arrays):
    """MXNet's shape inference: each range input holds one value, shape (1,)."""
    for a in arrays:
        if a.shape not in ((1,), ()):       # (a 0-d shape is unknown to it, and inferred as (1,))
            raise MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, a.shape))}], inferred shape=[1]")


def known_data(op, data, range_inputs=0):
    """MXNet infers shapes before types: legacy ``data`` of unknown (zero) sizes fails its inference first."""
    if data.size == 0 and zeros_are_unknown():
        raise inference_failure("_contrib_" + op, [data.shape] + [(1,)] * range_inputs, [data.shape, (1,), (1,)])


def typed_inputs(op, wanted, *arrays):
    """MXNet's type inference: each input of ``arrays`` has the dtype named beside it in ``wanted``."""
    for a, dtype in zip(arrays, wanted):
        if a.dtype != dtype:
            raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(a.dtype)}, inferred type = {dtype}")


def scalar(a):
    """The float32 value of a (1,)-shaped range array or a float attribute."""
    return F(np.asarray(a, F).reshape(-1)[0])


def max_abs(lo, hi):
    return max(abs(F(lo)), abs(F(hi)))


def saturate(values, out_type):
    """``values`` (float32) rounded half to even and clipped into ``out_type`` (int8 or uint8); NaN becomes
    127 for int8 and 0 for uint8, as oneDNN's conversion gives."""
    lo, hi = _LIMITS[out_type]
    with np.errstate(invalid="ignore"):
        out = np.clip(np.rint(values), lo, hi)
    out[np.isnan(out)] = hi if out_type == "int8" else lo
    return out.astype(out_type)


def ranges(lo, hi):
    return np.array([lo], F), np.array([hi], F)


# each operator's type inference check of its data (quantize_v2 passes int8/uint8 data through before it), as
# MXNet shows a check: its error text puts a space into the first "::"
_FLOAT_DATA_CHECKS = {
    "quantize_v2": "Check failed: in_attrs->at(0) == mshadow: :kFloat32 || in_attrs->at(0) == mshadow::kUint8 || "
                   "in_attrs->at(0) == mshadow::kInt8: ",
    "quantize_asym": "Check failed: in_attrs->at(0) == mshadow: :kFloat32 ({flag} vs. 0) : ",
}


def _float_data(op, data):
    if data.dtype != np.float32:
        check = _FLOAT_DATA_CHECKS[op].format(name=inferred_type_name(data.dtype), flag=DTYPE_TO_FLAG[data.dtype])
        raise MXNetError(check)
    return data


_OUT_TYPES = {"quantize": ("int8", "uint8"), "quantize_v2": ("auto", "int8", "uint8"),
              "requantize": ("auto", "int8", "uint8"), "dequantize": ("float32",)}


def _out_type(op, out_type, allowed):
    """``out_type`` checked against ``op``'s choices, refused in MXNet's words."""
    from .ops_vision import check_choice
    check_choice(f"_contrib_{op}", "out_type", out_type, allowed)
    return out_type


def _out_type_check(op):
    def check(attrs):
        if "out_type" in attrs:
            _out_type(op, attrs["out_type"], _OUT_TYPES[op])
    return check


@quantized_op("quantize")
def quantize(data, min_range, max_range, *, out_type="uint8"):
    """``data`` scaled by ``quantized range / max(|min_range|, |max_range|)`` into int8 or uint8, with its range."""
    one_value_ranges("quantize", min_range, max_range)
    known_data("quantize", data, range_inputs=2)
    typed_inputs("quantize", ("float32",) * 3, data, min_range, max_range)
    out_type = _out_type("quantize", out_type, _OUT_TYPES["quantize"])
    lo, hi = scalar(min_range), scalar(max_range)
    real = max_abs(lo, hi)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = saturate(data * ((F(255) if out_type == "uint8" else F(127)) / real), out_type)
    return (out,) + (ranges(lo, hi) if out_type == "uint8" else ranges(-real, real))


def data_range(data, min_calib_range, max_calib_range):
    """The calibrated range when both ends are given, else the data's own minimum and maximum."""
    if min_calib_range is not None and max_calib_range is not None:
        return F(min_calib_range), F(max_calib_range)
    if data.size == 0:
        return F(0), F(0)
    # MXNet's reduction starts from +-FLT_MAX and its comparisons skip NaN
    values = data[~np.isnan(data)]
    largest = np.finfo(F).max
    return (F(values.min()), F(values.max())) if values.size else (largest, -largest)


@quantized_op("quantize_v2")
def quantize_v2(data, *, out_type="int8", min_calib_range=None, max_calib_range=None):
    """quantize with the range from calibration (or the data); ``auto`` picks uint8 for a non-negative range."""
    out_type = _out_type("quantize_v2", out_type, _OUT_TYPES["quantize_v2"])
    known_data("quantize_v2", data)
    if out_type == "auto":
        out_type = "uint8" if min_calib_range is not None and F(min_calib_range) >= 0 else "int8"
    if data.dtype in (np.int8, np.uint8):       # already quantized: the bytes pass, with their range
        calibrated = min_calib_range is not None and max_calib_range is not None
        lo, hi = (F(min_calib_range), F(max_calib_range)) if calibrated else \
            ((-INT8_RANGE, INT8_RANGE) if data.dtype == np.int8 else (F(0), UINT8_RANGE))
        return (data.view(out_type).copy(),) + ranges(lo, hi)
    _float_data("quantize_v2", data)
    lo, hi = data_range(data, min_calib_range, max_calib_range)
    real = max_abs(lo, hi)
    with np.errstate(divide="ignore", invalid="ignore"):
        if out_type == "int8":
            return (saturate(data * (INT8_RANGE / real), "int8"),) + ranges(-real, real)
        return (saturate(data * (UINT8_RANGE / real), "uint8"),) + ranges(lo, hi)


@quantized_op("quantize_asym", zero_gradient=False)     # (MXNet: a backward through it crashes)
def quantize_asym(data, *, min_calib_range=None, max_calib_range=None):
    """uint8 ``data * scale + shift`` with ``scale = 255 / (max - min)`` and ``shift = 255 - max * scale``."""
    known_data("quantize_asym", data)
    _float_data("quantize_asym", data)
    lo, hi = data_range(data, min_calib_range, max_calib_range)
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = F(255) / (hi - lo)
        shift = F(255) - hi * scale
        return saturate(data * scale + shift, "uint8"), np.array([scale], F), np.array([shift], F)


@quantized_op("dequantize")
def dequantize(data, min_range, max_range, *, out_type="float32"):
    """int8/uint8 ``data`` back to float32: ``data * max(|min_range|, |max_range|) / (127.5 or 255.5)``."""
    _out_type("dequantize", out_type, _OUT_TYPES["dequantize"])
    one_value_ranges("dequantize", min_range, max_range)
    if data.dtype not in (np.int8, np.uint8):
        raise MXNetError("Check failed: in_attrs->at(0) == mshadow: :kUint8 || in_attrs->at(0) == mshadow::kInt8: the "
                         "input data type of dequantize op must be provided, either uint8 or int8")
    typed_inputs("dequantize", ("float32", "float32"), min_range, max_range)
    real = max_abs(scalar(min_range), scalar(max_range))
    return data.astype(F) * (real / (INT8_RANGE if data.dtype == np.int8 else UINT8_RANGE))


def _int32_of_float(value):
    """A float converted to int32 as the x86 instruction does: out-of-range values become INT32_MIN."""
    value = float(value)
    return int(value) if -2147483648.0 <= value < 2147483648.0 else -2147483648


@quantized_op("requantize")
def requantize(data, min_range, max_range, *, out_type="int8", min_calib_range=None, max_calib_range=None):
    """int32 ``data`` (of range ``min_range..max_range``) into int8/uint8 of the calibrated or the data's range."""
    one_value_ranges("requantize", min_range, max_range)
    typed_inputs("requantize", ("int32", "float32", "float32"), data, min_range, max_range)
    out_type = _out_type("requantize", out_type, _OUT_TYPES["requantize"])
    if out_type == "auto":
        out_type = "uint8" if min_calib_range is not None and F(min_calib_range) >= 0 else "int8"
    level = max_abs(scalar(min_range), scalar(max_range)) / INT32_MAX    # the float value of one int32 step
    if min_calib_range is not None and max_calib_range is not None:
        real = max_abs(min_calib_range, max_calib_range)
    else:       # MXNet keeps the data's largest magnitude in an int32 (2**31 wraps to negative)
        largest = max_abs(data.min(), data.max()) if data.size else F(0)
        real = F(_int32_of_float(largest)) * level
    scale = level * ((F(127) if out_type == "int8" else F(255)) / real)
    out = saturate(data.astype(F) * scale, out_type)
    return (out,) + (ranges(-real, real) if out_type == "int8" else ranges(F(0), real))


for _op in (quantize, quantize_v2, requantize, dequantize):
    _op.attr_check(_out_type_check(_op.name[len("_contrib_"):]))
del _op
