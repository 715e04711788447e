"""Elementwise operators: arithmetic, comparison and unary math, with their gradients."""
import ctypes
import ctypes.util
import functools
import math

import numpy as np

from .. import autograd
from ..base import MXNetError, _Null
from . import fdlibm, onednn, libm_special, libm_trig, libm_wide, ndtri
from .bfloat16 import from_bfloat16, is_bfloat16, is_bfloat16_name
from .c_loops import SILENT, any_float_arguments, c_ufunc
from .failures import KernelError, backward_kernel_error, backward_reads_no_outputs
from .nan_order import commuted, keep_nan, nan_kept
from .ndarray import NDArray
from .registry import _f32_operand, _scalar_like, defop, inferred_type_name, is_array, unbroadcast
from .ops_select import no_bool
from .shape_text import filled_shape, incompatible, inference_failure, same_shape_refusal


def _same_dtype(r, a):
    """MXNet keeps the input's dtype where numpy would promote (int / int, comparisons)."""
    dtype = getattr(a, "dtype", None)
    return r if dtype is None or r.dtype == dtype else r.astype(dtype)


def _array_side(lhs, rhs):
    """The operand whose dtype the result keeps: the array (a numpy scalar operand is a plain number to MXNet)."""
    return lhs if isinstance(lhs, np.ndarray) or not isinstance(rhs, np.ndarray) else rhs


def c_cast(y, dtype):
    """float64 ``y`` converted to ``dtype`` as x86 C code does: an integer out of range (or NaN) becomes the
    minimum of a 32-bit (64-bit for 8-byte types) integer, narrower integers keep its low bits."""
    dtype = np.dtype(dtype)
    if dtype.kind not in "iu":
        return np.asarray(y).astype(dtype)
    wide = np.int64 if dtype.itemsize == 8 else np.int32
    limit = 2.0 ** (63 if dtype.itemsize == 8 else 31)
    y = np.asarray(y, np.float64)
    inside = (y >= -limit) & (y < limit)
    with np.errstate(invalid="ignore"):
        return np.where(inside, y, -limit).astype(wide).astype(dtype)


# ---- binary arithmetic ----------------------------------------------------------------
_NDARRAY = np.ndarray
_PLAIN_SCALARS = frozenset({float, int, np.float32})     # scalar operands that no gradient goes to

@defop("broadcast_add", aliases=("add", "broadcast_plus"),
       methods=("__add__", "__radd__", "__iadd__"), ufunc=np.add)
def add(lhs, rhs):
    """Elementwise sum of ``lhs`` and ``rhs``, broadcasting their shapes."""
    return commuted(np.add, lhs, rhs)


add.plain_ufunc, add.commutes = np.add, True


@add.grad
def _(dy, out, a, b):
    if type(dy) is _NDARRAY and type(a) is _NDARRAY:      # the commonest cases first: nothing to reduce
        if type(b) in _PLAIN_SCALARS and dy.shape == a.shape:
            return dy, None
        if type(b) is _NDARRAY and a.shape == b.shape == dy.shape:
            return dy, dy
    return unbroadcast(dy, a, b), unbroadcast(dy, b, a)


@defop("broadcast_sub", aliases=("subtract", "broadcast_minus"),
       methods=("__sub__", "__isub__"), rmethods=("__rsub__",), ufunc=np.subtract)
def sub(lhs, rhs):
    """Elementwise difference ``lhs - rhs``, broadcasting their shapes."""
    return lhs - rhs


sub.plain_ufunc = np.subtract


@sub.grad
def _(dy, out, a, b):
    try:
        if type(dy) is _NDARRAY and type(a) is _NDARRAY:      # the commonest cases first: nothing to reduce
            if type(b) in _PLAIN_SCALARS and dy.shape == a.shape:
                return dy, None
            if type(b) is _NDARRAY and a.shape == b.shape == dy.shape:
                return dy, -dy
        return unbroadcast(dy, a, b), unbroadcast(-dy, b, a)
    except TypeError:       # a bool dy, which NumPy does not negate: MXNet's kernel fails (autograd_bool_kernels)
        return unbroadcast(dy, a, b), unbroadcast(dy, b, a)


@defop("broadcast_mul", aliases=("multiply",),
       methods=("__mul__", "__rmul__", "__imul__"), ufunc=np.multiply)
def mul(lhs, rhs):
    """Elementwise product of ``lhs`` and ``rhs``, broadcasting their shapes."""
    return commuted(np.multiply, lhs, rhs)


mul.plain_ufunc, mul.commutes = np.multiply, True


@mul.grad
def _(dy, out, a, b):
    if type(dy) is _NDARRAY and type(a) is _NDARRAY:      # the commonest cases first: nothing to reduce
        if type(b) in _PLAIN_SCALARS and dy.shape == a.shape:
            if dy.dtype is _FLOAT32 and dy.ndim and type(b) is not int:
                return dy * _f32_operand(b), None       # (the number as numpy rounds it, in a faster form)
            return dy * b, None
        if type(b) is _NDARRAY and a.shape == b.shape == dy.shape:
            return dy * b, dy * a
    return (unbroadcast(dy * b, a, b) if is_array(a) else None,
            unbroadcast(dy * a, b, a) if is_array(b) else None)


@defop("broadcast_div", aliases=("divide", "true_divide"),
       methods=("__truediv__", "__itruediv__", "__div__", "__idiv__"), rmethods=("__rtruediv__", "__rdiv__"),
       ufunc=np.true_divide)
def div(lhs, rhs):
    """Elementwise quotient ``lhs / rhs``, broadcasting their shapes."""
    kept = _array_side(lhs, rhs)
    if kept.dtype.kind in "iu":
        return _integer_div(lhs, rhs, kept)
    with np.errstate(divide="ignore", invalid="ignore"):     # x / 0 is inf or nan, silently, as in MXNet
        r = lhs / rhs
    if kept.dtype.kind == "b" and r.dtype.kind == "f":
        return _same_dtype(np.trunc(r), kept)
    return _same_dtype(r, kept)


def _integer_div(lhs, rhs, kept):
    """MXNet's integer division: C's truncating division of the integers; a number over an array
    (``_rdiv_scalar``) is divided in float32 and converted back."""
    if not isinstance(lhs, np.ndarray):
        with np.errstate(all="ignore"):
            q = np.float32(np.asarray(lhs, kept.dtype)) / rhs.astype(np.float32)
        return c_cast(q, kept.dtype)
    a, b = np.asarray(lhs, np.int64), np.asarray(rhs, np.int64)
    zero = b == 0
    safe = np.where(zero, 1, b)
    with np.errstate(all="ignore"):
        q = a // safe
        q += (q < 0) & (q * safe != a)              # numpy floors; C truncates towards zero
    if zero.any():      # (MXNet's process dies of SIGFPE here; numpy's answer rather than a crash)
        q = np.where(zero, 0, q)
    return q.astype(kept.dtype)


def _integer_operands(a, b):
    """Whether the arrays of a binary op are integers (MXNet computes their gradients in that type)."""
    return any(is_array(x) and x.dtype.kind in "iub" for x in (a, b))


def _truncated(grads, a, b):
    """Gradients of integer operands as MXNet's integer kernels give them: truncated to the operand's type."""
    with np.errstate(invalid="ignore"):
        return tuple(g if g is None or not is_array(x) else np.asarray(g).astype(x.dtype) for g, x in zip(grads, (a, b)))


@div.grad
def _(dy, out, a, b):
    if _integer_operands(a, b):        # each step in the integer type: 1 / 3 is 0
        with np.errstate(all="ignore"):
            if is_array(a) and not is_array(b):
                return _truncated((np.trunc(dy / b), None), a, b)
            ca, cb = _c_promoted(a), _c_promoted(b)
            return _truncated((unbroadcast(dy * np.trunc(1 / b), a, b) if is_array(a) else None,
                               unbroadcast(dy * np.trunc(-ca / (cb * cb)), b, a) if is_array(b) else None), a, b)
    return _div_grad(dy, out, a, b)


def _c_promoted(x):
    """An integer array as C's arithmetic promotes it: types narrower than int to int (-x of a uint8 is
    negative, b * b does not wrap at 8 bits)."""
    return x.astype(np.int32) if is_array(x) and x.dtype.itemsize < 4 else x


def _div_grad(dy, out, a, b):
    if is_array(a) and not is_array(b):     # _div_scalar: MXNet's gradient is dy / scalar
        with np.errstate(divide="ignore", invalid="ignore"):
            return dy / dy.dtype.type(b), None
    if not is_array(a) and type(b) is np.ndarray:   # _rdiv_scalar: the scalar in the array's type (0 / x has
        a = b.dtype.type(a)                         # gradient -0.0); a recorded backward keeps the number
    one = np.asarray(b).dtype.type(1)       # (numpy would widen a 0-d b's reciprocal to float64)
    return (unbroadcast(dy * (one / b), a, b) if is_array(a) else None,      # MXNet's order of operations
            unbroadcast(dy * _in_float(lambda a, b: -a / (b * b), a, b), b, a) if is_array(b) else None)


def _in_float(derivative, *operands):
    """``derivative(*operands)``; for float16 operands computed in float and rounded to half once, as
    MXNet's gradient kernels do (numpy's half arithmetic would round every step)."""
    if not any(getattr(o, "dtype", None) == np.float16 for o in operands):
        return derivative(*operands)
    wide = [o.astype(np.float32) if getattr(o, "dtype", None) == np.float16 else o for o in operands]
    return np.asarray(derivative(*wide), np.float32).astype(np.float16)


@defop("broadcast_mod", aliases=("modulo",), methods=("__mod__", "__imod__"),
       rmethods=("__rmod__",), ufunc=np.mod)
def mod(lhs, rhs):
    """Elementwise remainder of ``lhs / rhs`` (the sign of ``rhs``), broadcasting their shapes."""
    # MXNet's kernel, for every dtype in double: fmod of the magnitudes, moved to the divisor's side when the
    # signs differ (adding the divisor in double), rhs == 0 -> 0; then converted to the array's dtype
    kept = _array_side(lhs, rhs)
    if kept.dtype.kind == "f" and kept.dtype.itemsize < 8:      # a number is first made the array's float type
        lhs, rhs = (np.asarray(v, kept.dtype) for v in (lhs, rhs))
    a, b = np.asarray(lhs, np.float64), np.asarray(rhs, np.float64)
    neg_a, neg_b = a < 0, b < 0
    with np.errstate(divide="ignore", invalid="ignore"):
        f = np.fmod(np.where(neg_a, -a, a), np.where(neg_b, -b, b))     # -0 % 3 keeps -0 ...
        r = np.where(neg_a, -f, f)
        differ = neg_a != neg_b
        if np.any(differ):      # ... but -0 % -3 is +0: the kernel adds the divisor or a +0; for a negative
            # lhs its compiled float code subtracts the fmod from the divisor (its half code adds), which decides
            # the sign of a NaN result
            added = _c_nan_order(np.add, r, np.where(f != 0, b, 0.0))
            moved = added if kept.dtype == np.float16 else \
                np.where(neg_a, np.where(f != 0, _c_nan_order(np.subtract, b, f), r + 0.0), added)
            r = np.where(differ, moved, r)
    zero = b == 0
    if np.any(zero):
        r = np.where(zero, 0.0, r)
    return c_cast(r, kept.dtype) if kept.dtype.kind != "b" else np.asarray(r).astype(kept.dtype)


def _c_nan_order(ufunc, x, y):
    """``ufunc(x, y)`` giving x's NaN when both are NaN, as a compiled scalar kernel does (numpy's vector loops
    may give y's, so a NaN's sign would hang on the array's length)."""
    return np.where(np.isnan(x), x, ufunc(x, y))


@mod.grad
def _(dy, out, a, b):
    if _integer_operands(a, b):       # MXNet's integer mod passes back zeros
        return tuple(np.zeros_like(x) if is_array(x) else None for x in (a, b))
    with np.errstate(divide="ignore", invalid="ignore"):      # (MXNet's negated floor: a NaN's sign flips)
        return unbroadcast(dy, a, b), unbroadcast(dy * -np.floor(a / b), b, a)


@defop("broadcast_power", aliases=("power",), methods=("__pow__",),
       rmethods=("__rpow__",), ufunc=np.power)
def power(lhs, rhs):
    """Elementwise ``lhs ** rhs``, broadcasting their shapes."""
    kept = _array_side(lhs, rhs)
    if kept.dtype.kind in "iub":     # MXNet: powf in float, C-cast back
        with np.errstate(all="ignore"):
            return _same_dtype(libm_f32("powf", np.power, lhs, rhs), kept)
    if kept.dtype == np.float64:    # MXNet: C pow
        return libm_f64("pow", np.power, np.asarray(lhs, np.float64), np.asarray(rhs, np.float64))
    if kept.dtype == np.float16:    # MXNet: powf of the halves in float, rounded to half
        return libm_f32("powf", np.power, np.asarray(lhs, np.float16), np.asarray(rhs, np.float16)).astype(np.float16)
    if type(kept) is np.ndarray and kept.dtype == np.float32:     # MXNet: powf, a number made float32 first
        return libm_f32("powf", np.power, lhs, rhs)
    r = lhs ** rhs
    if getattr(r, "dtype", None) == np.float32:
        return libm_f32("powf", np.power, lhs, rhs)
    return r


@power.grad
def _(dy, out, a, b):
    if _integer_operands(a, b):        # the partial derivatives truncated to the integer type, then times dy
        with np.errstate(all="ignore"):
            fa, fb = np.asarray(a, np.float32), np.asarray(b, np.float32)      # (powf and logf, in float)
            return _truncated((unbroadcast(dy * np.trunc(fb * fa ** (fb - 1)), a, b) if is_array(a) else None,
                               unbroadcast(dy * np.trunc(fa ** fb * np.log(fa)), b, a) if is_array(b) else None), a, b)
    return _power_grad(dy, out, a, b)


def _power_grad(dy, out, a, b):
    if not is_array(a):             # scalar ** x: the log of the scalar taken in the array's type, times the result
        a = np.asarray(a, b.dtype)
        if b.dtype == np.float16:
            return None, dy * _in_float(lambda a, y: _logf(a) * y, a, out)
        return None, dy * _log_times(a, out)
    scalar = not is_array(b)
    if scalar and type(a) is np.ndarray:
        b = a.dtype.type(b)         # MXNet casts the scalar to the array's type first
    if getattr(b, "dtype", None) == np.float16:     # MXNet: b - 1 in half, the rest in float
        ga = unbroadcast(dy * _in_float(lambda a, b, b1: _powf(a, b1) * b, a, b, b - b.dtype.type(1)), a, b)
    else:
        ga = unbroadcast(dy * _in_float(lambda a, b: _powf(a, b - 1) * b, a, b), a, b)
    if scalar:
        return ga, None
    if getattr(b, "dtype", None) == np.float16:     # MXNet's kernel recomputes the power in float
        return ga, unbroadcast(dy * _in_float(lambda a, b: _logf(a) * _powf(a, b), a, b), b, a)
    # (the power recomputed: MXNet's backward reads the inputs alone, not the output)
    return ga, unbroadcast(dy * _log_times(a, power.fwd(a, b)), b, a)


def _log_times(a, power_of_a):
    """``log(a) * power_of_a``: where both are NaN, MXNet's product keeps the log's NaN."""
    log = _logf(a)
    return keep_nan(log * power_of_a, log)


@defop("broadcast_maximum", aliases=("maximum",), ufunc=np.maximum)
def maximum(lhs, rhs):
    """Elementwise maximum of ``lhs`` and ``rhs``, broadcasting their shapes."""
    # MXNet's kernel: a NaN lhs wins, else (a > b ? a : b); so maximum(-0.0, 0.0) is 0.0 and a NaN rhs wins too
    return np.where(np.isnan(lhs) | (lhs > rhs), lhs, rhs).astype(np.result_type(lhs, rhs), copy=False)


@maximum.grad
def _(dy, out, a, b):       # a NaN on either side: neither gets the gradient
    return unbroadcast(dy * (a >= b), a, b), unbroadcast(dy * (a < b), b, a)


@defop("broadcast_minimum", aliases=("minimum",), ufunc=np.minimum)
def minimum(lhs, rhs):
    """Elementwise minimum of ``lhs`` and ``rhs``, broadcasting their shapes."""
    return np.where(np.isnan(lhs) | (lhs < rhs), lhs, rhs).astype(np.result_type(lhs, rhs), copy=False)


@minimum.grad
def _(dy, out, a, b):
    return unbroadcast(dy * (a <= b), a, b), unbroadcast(dy * (a > b), b, a)


# ---- elemwise_*: the same four without broadcasting ----------------------------------------
def _elemwise(name, aliases, binary):
    """``binary`` restricted to two arrays of one shape, as MXNet's ``elemwise_*`` operators."""
    def forward(lhs, rhs):
        refusal = same_shape_refusal(name, np.shape(lhs), np.shape(rhs))
        if refusal is not None:
            raise MXNetError(f"{name}: {refusal}")
        if np.shape(lhs) != np.shape(rhs):      # an unknown (0) size filled from the other side: none allocated
            filled = np.zeros(filled_shape(np.shape(lhs), np.shape(rhs)), np.result_type(lhs, rhs))
            if name == "elemwise_add" and filled.dtype == np.float32:      # (oneDNN's sum refuses the empty input)
                raise KernelError("Check failed: delay_alloc: ", filled)
            return filled       # (the other kernels read memory never set)
        if name != "elemwise_add":
            return binary.fwd(lhs, rhs)
        out = _onednn_sum(lhs, rhs) if lhs.dtype == np.float32 else binary.fwd(lhs, rhs)
        return onednn.join_block(out, (lhs, rhs), autograd.is_training())
    forward.__doc__ = f"``{binary.name}`` of two arrays of the same shape."
    op = defop(name, aliases=aliases)(forward)
    op.grad(binary.bwd)
    op.elementwise = op.binary = True
    return op


def _onednn_sum(lhs, rhs):
    """``lhs + rhs`` as oneDNN's float sum: the left operand's NaN where both are NaN, but in the last 1-3 floats
    (its scalar tail; all of up to 4 floats) the right one's."""
    out = nan_kept(np.add, lhs, rhs)
    tail = out.size % 4 if out.size > 4 else out.size
    if tail:
        out.reshape(-1)[-tail:] = nan_kept(np.add, rhs.reshape(-1)[-tail:], lhs.reshape(-1)[-tail:])
    return out


_elemwise("elemwise_add", ("_plus", "_add", "_Plus"), add)
_elemwise("elemwise_sub", ("_minus", "_sub", "_Minus"), sub)
_elemwise("elemwise_mul", ("_mul", "_Mul"), mul)
_elemwise("elemwise_div", ("_div", "_Div"), div)


@defop("broadcast_hypot", ufunc=np.hypot)
def hypot(lhs, rhs):
    """Elementwise ``sqrt(lhs**2 + rhs**2)``, broadcasting their shapes."""
    kept = _array_side(lhs, rhs)
    if kept.dtype.kind in "iub":     # MXNet keeps the integer dtype: hypotf of the floats, converted as C does
        return c_cast(_hypotf(np.asarray(lhs, np.float32), np.asarray(rhs, np.float32)), kept.dtype)
    return np.hypot(lhs, rhs)


@hypot.grad
def _(dy, out, a, b):
    if _integer_operands(a, b):     # a / hypotf(a, b) in float, converted to the integer type, times dy
        with np.errstate(all="ignore"):
            fa, fb = np.asarray(a, np.float32), np.asarray(b, np.float32)
            h = _hypotf(fa, fb)
            return tuple(unbroadcast(dy * c_cast(f / h, x.dtype), x, y) if is_array(x) else None
                         for f, x, y in ((fa, a, b), (fb, b, a)))
    if any(getattr(o, "dtype", None) == np.float16 for o in (a, b)):     # the hypot recomputed in float
        return (unbroadcast(dy * _in_float(lambda a, b: a / np.hypot(a, b), a, b), a, b),
                unbroadcast(dy * _in_float(lambda a, b: b / np.hypot(a, b), a, b), b, a))
    h = np.hypot(a, b)      # (recomputed: MXNet's backward reads the inputs alone, not the output)
    return unbroadcast(dy * (a / h), a, b), unbroadcast(dy * (b / h), b, a)


# ---- comparisons and logic: 1/0 in the input's dtype, no gradient ---------------------------
def _compare(name, aliases, fn, methods=(), ufunc=None):
    def forward(lhs, rhs):
        return _same_dtype(fn(lhs, rhs), _array_side(lhs, rhs))
    forward.__doc__ = f"Elementwise ``{name}`` with broadcasting: 1 where true, 0 elsewhere."
    op = defop(name, aliases=aliases, methods=methods, ufunc=ufunc)(forward)
    op.grad(_zero_grads)        # MXNet back-propagates zeros through a comparison
    return op


def _zero_grads(dy, out, a, b):
    return (np.zeros(np.shape(a), dy.dtype) if is_array(a) else None,
            np.zeros(np.shape(b), dy.dtype) if is_array(b) else None)


_CMP = {}
_CMP["equal"] = _compare("broadcast_equal", ("equal",), np.equal, ("__eq__",), np.equal)
_CMP["not_equal"] = _compare("broadcast_not_equal", ("not_equal",), np.not_equal, ("__ne__",), np.not_equal)
_CMP["greater"] = _compare("broadcast_greater", ("greater",), np.greater, ("__gt__",), np.greater)
_CMP["greater_equal"] = _compare("broadcast_greater_equal", ("greater_equal",), np.greater_equal, ("__ge__",),
         np.greater_equal)
_CMP["lesser"] = _compare("broadcast_lesser", ("lesser",), np.less, ("__lt__",), np.less)
_CMP["lesser_equal"] = _compare("broadcast_lesser_equal", ("lesser_equal",), np.less_equal, ("__le__",),
         np.less_equal)
_LOGIC = (_compare("broadcast_logical_and", ("logical_and",), np.logical_and),
          _compare("broadcast_logical_or", ("logical_or",), np.logical_or),
          _compare("broadcast_logical_xor", ("logical_xor",), np.logical_xor))

# MXNet's internal spellings of these binary ops (what two symbols' operators run) take one shape, no broadcasting
for _name, _binary in (*((f"_{k}", v) for k, v in _CMP.items()), ("_logical_and", _LOGIC[0]),
                       ("_logical_or", _LOGIC[1]), ("_logical_xor", _LOGIC[2]), ("_maximum", maximum),
                       ("_minimum", minimum), ("_mod", mod), ("_power", power), ("_hypot", hypot)):
    _elemwise(_name, {"_maximum": ("_Maximum",), "_minimum": ("_Minimum",), "_power": ("_Power",)}.get(_name, ()),
              _binary)


def _bool_refused(name):
    """MXNet's legacy math kernels have no bool case (the kernel fails: the error comes when the result is read)."""
    return KernelError("Unknown type enum 7", None)


@defop("logical_not")
def logical_not(data):
    """Elementwise logical NOT of ``data``: 1 where it is zero, else 0."""
    if data.dtype == np.bool_:
        raise _bool_refused("logical_not")
    return _same_dtype(np.logical_not(data), data)


# ---- unary math -----------------------------------------------------------------------
# MXNet calls the C library's float functions (expf, tanhf, ...). Computing in float64 and rounding
# once agrees with them except near a rounding midpoint (expf) or within their own 1-2 ulp errors
# (most others), so those answers come from the same C library where that is affordable.
_LIBM_EXACT = 1 << 11       # arrays up to this size call the C function for every element (~1 ms)
# ulps from a rounding midpoint within which the C function's result can differ from the rounded float64
# value: glibc documents expf as within 0.502 ulp (so 0.002 from a midpoint; 0.0016 seen in 16M samples; exp2f:
# 0.00155 in 3M); powf differed up to 0.0021 ulp from a midpoint in 6M samples. sinf and cosf differ from numpy's sin up to
# 0.060 ulp from a midpoint, so their double comes from libm_wide's copy of glibc's steps (_WIDE), which
# agrees up to the fused multiply-adds of the polynomial (a few double ulps, ~1e-8 float ulp): no element of
# 9M samples over every range differed. (logf and log2f: near 1 numpy's value is up to 0.32 ulp from a
# midpoint away; libm_wide runs their steps, exactly.)
_MIDPOINT_SAFE = {"expf": 0.003, "exp2f": 0.003, "powf": 0.01, "sinf": 0.08, "cosf": 0.08}
_WIDE = {"sinf": libm_trig.sinf, "cosf": libm_trig.cosf}      # the C function's double, before its rounding
_WIDE_SAFE = 1e-4            # their threshold, once they have given the C library's bits on a sample
_VECTORISED = {"tanhf": fdlibm.tanhf, "expm1f": fdlibm.expm1f,     # the C library's steps, on whole arrays
               "logf": lambda x: libm_wide.logf(x).astype(np.float32),
               "log2f": lambda x: libm_wide.log2f(x).astype(np.float32),
               "log10f": libm_wide.log10f, "log1pf": libm_wide.log1pf,
               "atanf": libm_trig.atanf, "asinf": libm_trig.asinf, "acosf": libm_trig.acosf,
               "cbrtf": libm_special.cbrtf,
               "sinhf": lambda x: libm_special.sinhf(x, _expf, fdlibm.expm1f),
               "coshf": lambda x: libm_special.coshf(x, _expf, fdlibm.expm1f),
               "erff": lambda x: libm_special.erff(x, _expf), "tanf": libm_trig.tanf,
               "asinhf": libm_wide.asinhf, "acoshf": libm_wide.acoshf, "atanhf": libm_wide.atanhf,
               "lgammaf": lambda x: libm_special.lgammaf(x, _cfunc("lgammaf")),     # (C for x <= 0)
               "tgammaf": lambda x: libm_special.tgammaf(x, (_expf, _midpoint_checked("powf", np.power),
                                                          _midpoint_checked("exp2f", np.exp2), fdlibm.expm1f,
                                                          _cfunc("tgammaf")))}
_VECTORISED_FROM = 256      # elements from which they beat one C call per element (on arrays of any size)
_MIDPOINT_CHECKED = 1 << 16  # larger arrays skip the midpoint check (it costs ~20 ns an element) ...
_CHECKED_AT_ANY_SIZE = 0.01  # ... unless the threshold is this small (1-2% of elements call C: ~50 ns an element)


def _load_libm():
    try:
        return ctypes.CDLL("libm.so.6")     # glibc's, by name (find_library runs ldconfig in a subprocess)
    except OSError:
        pass
    try:
        return ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
    except OSError:
        return None


_LIBM = _load_libm()
_BELOW_F32, _HALF_F32 = (1 << 29) - 1, 1 << 28
_TINY_F32 = np.float32(2.0 ** -126)
_CFUNCS = {}
_F32_LOOPS = {}     # (name, arguments, c_float) -> the C float function's ufunc on float32 arrays
_F64_LOOPS = {}     # (name, arguments, c_double) -> the C double function's ufunc on float64 arrays


def _first_version(cname):
    """glibc's first version of ``cname``, the one MXNet's binary links (logf of a negative: +NaN, not -NaN)."""
    try:
        dlvsym = ctypes.CDLL(None).dlvsym
    except (AttributeError, OSError):
        return None
    dlvsym.restype, dlvsym.argtypes = ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    return dlvsym(_LIBM._handle, cname.encode(), b"GLIBC_2.2.5")


def _cfunc(cname, nargs=1, ctype=ctypes.c_float):
    """The C library's function ``cname`` as a numpy ufunc calling it on every element, or None without one."""
    key = (cname, nargs, ctype)
    if key not in _CFUNCS:
        f = _first_version(cname) or getattr(_LIBM, cname, None) if _LIBM is not None else None
        if f is not None:
            address = ctypes.cast(f, ctypes.c_void_p).value
            loop = c_ufunc(cname, address, nargs, ctype)
            if loop is None:    # one ctypes call an element; PYFUNCTYPE keeps the GIL (a libm call is far
                f = np.frompyfunc(ctypes.PYFUNCTYPE(ctype, *[ctype] * nargs)(address), nargs, 1)    # shorter)
            elif ctype is ctypes.c_float:
                _F32_LOOPS[key] = loop
                f = any_float_arguments(loop)
            else:
                _F64_LOOPS[key] = f = loop
        _CFUNCS[key] = f
    return _CFUNCS[key]


def libm_f64(cname, fn, *xs):
    """float64 ``fn(*xs)`` from the C library's double ``cname``: in numpy's loop at any size (else up to _LIBM_EXACT)."""
    xs = np.broadcast_arrays(*xs) if len(xs) > 1 else xs
    key = (cname, len(xs), ctypes.c_double)
    loop = _F64_LOOPS.get(key)
    if loop is None and key not in _CFUNCS:
        _cfunc(*key)
        loop = _F64_LOOPS.get(key)
    if loop is not None:
        with np.errstate(all="ignore"):       # MXNet's C calls overflow and underflow silently
            return np.asarray(loop(*xs))
    if cname in _VECTORISED_F64 and xs[0].size > _VECTORISED_FROM and _vectorised_f64(cname) is not None:
        return _VECTORISED_F64[cname](xs[0])
    c = _cfunc(cname, len(xs), ctypes.c_double)
    with np.errstate(all="ignore"):
        if c is None or xs[0].size > _LIBM_EXACT:
            return np.asarray(fn(*xs), np.float64)
        return np.asarray(c(*xs), np.float64).reshape(xs[0].shape)


_TINY_ARRAY = 16            # (without numpy's C loop) up to this many elements, one ctypes call each is the cheapest
_CHUNK = 1 << 16            # elements computed at once: the float64 temporaries stay in cache (1.3-2.5x faster)


def libm_f32(cname, fn, *xs):
    """float32 ``fn(*xs)`` with the C library's ``cname`` bits: float64 and rounded, C calls where unsure."""
    xs = np.broadcast_arrays(*(np.asarray(v, np.float32) for v in xs)) if len(xs) > 1 else xs
    loop = _F32_LOOPS.get((cname, len(xs), ctypes.c_float))
    if loop is None and _cfunc(cname, len(xs)) is not None:
        loop = _F32_LOOPS.get((cname, len(xs), ctypes.c_float))
    if loop is not None and all(type(v) is _NDARRAY and v.dtype == _FLOAT32 for v in xs):
        return np.asarray(loop(*xs, extobj=SILENT))      # the C function on every element, in numpy's loop
    if xs[0].size > _CHUNK:
        out = np.empty(xs[0].shape, np.float32)
        flat, out_flat = [v.reshape(-1) for v in xs], out.reshape(-1)
        for start in range(0, out.size, _CHUNK):
            out_flat[start:start + _CHUNK] = libm_f32(cname, fn, *(v[start:start + _CHUNK] for v in flat))
        return out
    if xs[0].size <= _TINY_ARRAY:
        c = _cfunc(cname, len(xs))
        if c is not None:
            return np.asarray(c(*xs), np.float32).reshape(xs[0].shape)
    if xs[0].size > _VECTORISED_FROM and _vectorised(cname) is not None:
        return _vectorised(cname)(xs[0])
    wide = [v.astype(np.float64) for v in xs]
    with np.errstate(all="ignore"):       # MXNet's C calls overflow and underflow silently
        return _libm_f32(cname, fn, wide)


_CHECKED = {}


def _vectorised(cname, replicas=_VECTORISED):
    """The vectorised replica of ``cname``, once it has given this C library's bits on a test sample."""
    key = (cname, replicas is _WIDE)
    if key not in _CHECKED:
        ours = replicas.get(cname)
        c = _cfunc(cname) if ours is not None else None
        sample = np.concatenate([np.linspace(-30, 30, 4001, dtype=np.float32),
                                 np.geomspace(1e-30, 80, 2000, dtype=np.float32) * np.float32(-1) ** np.arange(2000)])
        with np.errstate(all="ignore"):
            same = ours is not None and c is not None and \
                fdlibm.matches_libm(c, lambda v: np.asarray(ours(v)).astype(np.float32), sample)
        _CHECKED[key] = ours if same else None
    return _CHECKED[key]


_VECTORISED_F64 = {"tanh": libm_special.tanh}      # double functions numpy does not give bit for bit


def _vectorised_f64(cname):
    """The vectorised double ``cname``, once it has given this C library's bits on a test sample."""
    key = (cname, "double")
    if key not in _CHECKED:
        c = _cfunc(cname, 1, ctypes.c_double)
        sample = np.concatenate([np.linspace(-30, 30, 4001), np.geomspace(1e-300, 700, 2000) * (-1.0) ** np.arange(2000)])
        with np.errstate(all="ignore"):
            same = c is not None and np.array_equal(np.asarray(c(sample), np.float64).view(np.int64),
                                                    _VECTORISED_F64[cname](sample).view(np.int64))
        _CHECKED[key] = _VECTORISED_F64[cname] if same else None
    return _CHECKED[key]


def _threshold(cname):
    """ulps from a midpoint within which the rounded double of ``cname`` may miss the C library's (None: no check)."""
    if cname in _WIDE and _vectorised(cname, _WIDE) is not None:
        return _WIDE_SAFE
    return _MIDPOINT_SAFE.get(cname)


def c_double(cname, fn):
    """``fn`` with the C library's double ``cname`` for float64 arrays and Python floats (numpy's SIMD loops
    round some of them differently on CPUs with AVX-512); anything else to ``fn``."""
    def run(*xs):
        if all(type(x) is float or getattr(x, "dtype", None) == np.float64 for x in xs):
            return libm_f64(cname, fn, *[np.asarray(x, np.float64) for x in xs])
        return fn(*xs)
    return run


def _libm(cname, fn):
    """``fn`` as MXNet's C library computes it on plain float arrays (NDArrays of a gradient graph: numpy's)."""
    def run(x):
        if type(x) is np.ndarray and x.dtype == np.float32:
            return libm_f32(cname, fn, x)
        if type(x) is np.ndarray and x.dtype == np.float64:
            return libm_f64(cname[:-1], fn, x)
        return fn(x)
    return run


def _powf(a, b):
    if type(a) is np.ndarray and a.dtype == np.float32 and not hasattr(b, "_data"):
        return libm_f32("powf", np.power, a, np.asarray(b, np.float32))
    if type(a) is np.ndarray and a.dtype == np.float64 and not hasattr(b, "_data"):
        return libm_f64("pow", np.power, a, np.asarray(b, np.float64))
    return a ** b


def _logf(a):
    return _libm("logf", np.log)(a) if type(a) is np.ndarray else np.log(a)


def _hypotf(a, b):
    if type(a) is np.ndarray and a.dtype == np.float32:
        return libm_f32("hypotf", np.hypot, a, np.asarray(b, np.float32))
    return np.hypot(a, b)


def _libm_f32(cname, fn, wide):
    c = _cfunc(cname, len(wide))
    if c is not None and cname not in _MIDPOINT_SAFE and wide[0].size <= _LIBM_EXACT:
        return np.asarray(c(*wide), np.float64).astype(np.float32).reshape(wide[0].shape)
    ours = _vectorised(cname, _WIDE) if cname in _WIDE else None
    y = np.asarray(ours(wide[0]) if ours is not None else fn(*wide), np.float64)
    r = y.astype(np.float32)
    if c is None:
        return r
    near = _threshold(cname)
    if near is not None and (y.size <= _MIDPOINT_CHECKED or near <= _CHECKED_AT_ANY_SIZE):
        _fix_midpoints(near, c, wide, y, r)
    return r


def _midpoint_checked(cname, fn):
    """The C library's ``cname`` on float32 arrays of any size: ``fn`` in float64, rounded, C calls near midpoints."""
    def run(*xs):
        wide = [np.asarray(v, np.float64) for v in xs]
        y = np.asarray(fn(*wide), np.float64)
        r = y.astype(np.float32)
        c = _cfunc(cname, len(xs))
        if c is not None and y.size:
            _fix_midpoints(_MIDPOINT_SAFE[cname], c, np.broadcast_arrays(*wide), y, r)
        return r
    return run


_expf = _midpoint_checked("expf", np.exp)


def _fix_midpoints(ulps, c, wide, y, r):
    """Replace in ``r`` (``y`` rounded) the C function's results where ``y`` is within ``ulps`` of a midpoint."""
    # The 29 float64 mantissa bits below float32's precision say how far y is from a rounding midpoint.
    near = int(ulps * (1 << 29))
    low = y.view(np.int64) & _BELOW_F32
    low -= _HALF_F32 - near
    unsure = low.view(np.uint64) < 2 * near               # within `near` of the midpoint
    rounded = np.abs(r)
    if not (rounded.min() > _TINY_F32 and rounded.max() < 3.4028e38):     # (nan: also False)
        size = np.abs(y)
        unsure |= ~(size >= _TINY_F32) & (size > 1e-46)  # subnormal results, unless far below
        unsure |= (size > 3.40282e38) & (size < 3.41e38)  # at the edge of overflow
    if unsure.any():
        r[unsure] = c(*(v[unsure] for v in wide)).astype(np.float32)


def _rounded(fn, cname=None):
    """``fn`` on float32 data as MXNet's C float function ``cname`` computes it (see libm_f32)."""
    key = (cname, 1, ctypes.c_float)

    def precise(x):
        if type(x) is _NDARRAY and x.dtype is _FLOAT32 and cname is not None:
            loop = _F32_LOOPS.get(key)       # libm_f32's first case, in short
            if loop is not None:
                return loop(x, extobj=SILENT) if x.ndim else np.asarray(loop(x, extobj=SILENT))
            if x.size <= _TINY_ARRAY:
                c = _cfunc(cname)
                if c is not None:
                    loop = _F32_LOOPS.get(key)
                    return np.asarray(c(x) if loop is None else loop(x), np.float32)
        if cname is not None and getattr(x, "dtype", None) == np.float64:
            return libm_f64(cname[:-1], fn, x)
        if getattr(x, "dtype", None) != np.float32:
            return fn(x)
        exact_upto = _LIBM_EXACT
        if cname in _VECTORISED or (_threshold(cname) or 1) <= _CHECKED_AT_ANY_SIZE:
            exact_upto = math.inf
        elif cname in _MIDPOINT_SAFE:
            exact_upto = _MIDPOINT_CHECKED
        if cname is not None and x.size <= exact_upto:
            return libm_f32(cname, fn, x)
        if x.size < 8192:
            return fn(x, dtype=np.float64).astype(np.float32)
        return fn(x, out=np.empty(x.shape, np.float32), dtype=np.float64, casting="unsafe")
    return precise


_FLOAT32, _FLOAT16 = np.dtype(np.float32), np.dtype(np.float16)    # (== a dtype: cheaper than == a type)
_EXACT_ON_INTEGERS = frozenset({"negative", "sign", "relu"})     # (abs, floor, ...: in double, as MXNet)


def _sign_of(x):
    """-1, 0 or 1; MXNet's sign of NaN is 0 (on an NDArray: the sign operator)."""
    s = np.sign(x)
    return np.nan_to_num(np.asarray(s), copy=False, nan=0.0) if isinstance(x, np.ndarray) else s   # (0-d too)


def _unary(name, fn, grad, aliases=(), methods=None, ufunc=None, rounded=False, on_integers=None):
    """Register ``name(x) = fn(x)`` with gradient ``dy * grad(x, y)`` (None: not differentiable, 0: zeros).

    ``rounded``: True, or the C float function's name, for float32 results as MXNet's C library gives.
    ``on_integers``: the float64 result for integer data, where MXNet's kernel differs from ``fn`` in double.
    """
    compute = _rounded(fn, rounded if isinstance(rounded, str) else None) if rounded else fn
    widen = name not in _EXACT_ON_INTEGERS

    def forward(data):
        if data.dtype is _FLOAT32 and data.ndim:            # the common case, kept cheap
            return compute(data)
        if not data.ndim:
            return on_vectors(forward)(data)
        kind = data.dtype.kind
        if widen and kind in "iu":            # MXNet: the double function, converted to the integer dtype as C does
            with np.errstate(all="ignore"):
                wide = on_integers(data) if on_integers is not None else compute(data.astype(np.float64))
            return c_cast(wide, data.dtype)
        if kind == "b":
            raise _bool_refused(name)
        if widen and data.dtype == np.float16:   # MXNet: the float function, rounded to half
            return compute(data.astype(np.float32)).astype(np.float16)
        r = compute(data)
        if kind in "iu" and r.dtype != data.dtype:
            r = r.astype(data.dtype)
        return r
    forward.__doc__ = f"Elementwise ``{name}``."
    methods = (name,) if methods is None else methods
    op = defop(name, aliases=aliases, methods=methods, ufunc=ufunc)(forward)
    op.elementwise = True
    if grad == 0:
        op.grad(_zero_backward)
    elif name in _BOOL_REFUSING_BACKWARDS:
        def backward(dy, out, x):
            if x.dtype == _BOOL:
                _refuse_bool_backward(name)
                return np.zeros_like(x)         # (the kernel wrote nothing)
            return _unary_backward(grad, dy, out, x)
        op.grad(backward)
    elif grad is not None:
        op.grad(functools.partial(_unary_backward, grad))
    return op


# The unary ops whose MXNet backward kernel reads the input, not the output, and has no bool case: with bool data it
# fails on its own (the forward's error stays with the output); the others' backward carries the forward's error.
_BOOL_REFUSING_BACKWARDS = frozenset(
    "abs arccos arccosh arcsin arcsinh arctan arctanh cos cosh degrees erf expm1 gamma gammaln log log10 log1p "
    "log2 negative radians rcbrt reciprocal rsqrt sign sin sinh softsign square".split())
_BOOL = np.dtype(np.bool_)


def _refuse_bool_backward(name):
    """MXNet's words for a bool input of a backward kernel that reads the input (``-x`` runs _mul_scalar's)."""
    backward_kernel_error("Unknown type enum 7" if name == "negative" else
                          f"Operator _backward_{name} does not support boolean type", own=True)


def _zero_backward(dy, out, x):
    """+0.0 everywhere, as MXNet's zero gradient (a zeros_like of the input, which reads no output)."""
    if x.dtype == _BOOL:
        backward_reads_no_outputs()
    return np.zeros_like(dy)


def on_vectors(kernel):
    """``kernel`` run on 0-d arrays as one-element vectors, its results given back as 0-d: numpy computes a 0-d
    array with a Python number in double, MXNet's kernels compute in the array's type."""
    def run(*args, **kwargs):
        arrays = [a for a in args if isinstance(a, (np.ndarray, np.generic))]      # (numpy scalars too)
        if not arrays or any(a.ndim for a in arrays):
            return kernel(*args, **kwargs)
        result = kernel(*[np.reshape(a, 1) if isinstance(a, (np.ndarray, np.generic)) else a for a in args], **kwargs)
        if isinstance(result, tuple):
            return tuple(None if r is None else np.reshape(r, ()) for r in result)
        return np.reshape(result, ())
    return run


def _unary_backward(derivative, dy, out, x):
    """``dy * derivative(x, out)``: for half data the derivative in float rounded to half once; for integer data
    the derivative converted to the integer type first (MXNet's kernel: ``dy * DType(f'(x))``)."""
    if type(x) is _NDARRAY and x.dtype is _FLOAT32 and type(dy) is _NDARRAY and x.ndim:
        return dy * derivative(x, out)          # the common case, kept short
    if isinstance(x, (np.ndarray, np.generic)) and x.ndim == 0:
        return on_vectors(_unary_backward)(derivative, dy, out, x)
    if type(x) is np.ndarray and x.dtype is not _FLOAT32:
        if x.dtype == _FLOAT16:
            return dy * _in_float(derivative, x, out)
        if x.dtype.kind in "iu":
            with np.errstate(all="ignore"):
                d = derivative(x, out)
                return dy * (d if getattr(d, "dtype", None) == x.dtype else c_cast(d, x.dtype))
    d = derivative(x, out)
    if type(d) is np.ndarray and isinstance(dy, NDArray) and type(dy) is not NDArray:
        from ..numpy.multiarray import wrap_np      # an mx.np dy (create_graph) multiplies mx.np arrays only
        d = wrap_np(d, dy.ctx)
    return dy * d


_erf64 = np.frompyfunc(math.erf, 1, 1)


def _erf(x):
    """erf in the input's dtype; float32 as the C library's erff gives it."""
    x = np.asarray(x)
    if x.dtype == np.float32:
        return libm_f32("erff", lambda v: np.asarray(_erf64(v), np.float64), x)
    # (np.asarray: frompyfunc gives a 0-d input back as a Python float)
    return np.asarray(_erf64(x.astype(np.float64)), np.float64).astype(x.dtype if x.dtype.kind == "f" else np.float32)


def _erfinv(y):
    return ndtri.erfinv(y, log=lambda v: libm_f64("log", np.log, v))


_PSI_SERIES = (8.33333333333333333333E-2, -2.10927960927960927961E-2, 7.57575757575757575758E-3,
               -4.16666666666666666667E-3, 3.96825396825396825397E-3, -8.33333333333333333333E-3,
               8.33333333333333333333E-2)
_EULER = 0.57721566490153286061


def _digamma(x):
    """The digamma function computed in x's float dtype: reflection, recurrence to 10, asymptotic series."""
    dt = x.dtype if getattr(x, "dtype", np.dtype(np.float64)).kind == "f" else np.dtype(np.float64)
    v = np.asarray(x, dt)
    c = lambda k: np.asarray(k, dt)       # noqa: E731  constants in the working precision
    with np.errstate(all="ignore"):
        neg = v <= 0
        frac = v - np.floor(v)
        near = np.where(frac > 0.5, v - (np.floor(v) + 1), frac)
        shift = np.where(neg & (frac != 0.5), c(np.pi) / _libm("tanf", np.tan)(c(np.pi) * near), c(0))
        s = np.where(neg, c(1) - v, v)
        w = np.zeros_like(s)
        for _ in range(10):
            low = s < 10
            step = (w.astype(np.float64) + 1.0 / s.astype(np.float64)).astype(dt)   # each sum in double
            w = np.where(low, step, w)
            s = np.where(low, s + c(1), s)
        z = c(1) / (s * s)
        poly = c(_PSI_SERIES[0])
        for a in _PSI_SERIES[1:]:
            poly = poly * z + c(a)
        if dt == np.float32:        # logf, then the last sum in double, rounded once (as MXNet's kernel)
            wide = [v.astype(np.float64) for v in (libm_f32("logf", np.log, s), s, z * poly, w)]
            y = (wide[0] - 0.5 / wide[1] - wide[2] - wide[3]).astype(dt)
        else:                       # MXNet's double kernel takes the float logf too
            y = libm_f32("logf", np.log, s.astype(np.float32)).astype(np.float64) - 0.5 / s - z * poly - w
        whole = (v == np.floor(v)) & (v > 0) & (v <= 10)
        if whole.any():       # integers up to 10: the harmonic sum minus Euler's constant
            h = np.zeros_like(v)
            for i in range(1, 10):
                h = np.where(i < v, h + c(1) / c(i), h)
            y = np.where(whole, h - c(_EULER), y)
        y = np.where(neg, y - shift, y)
        pole = c(np.finfo(np.float64).max if dt == np.float64 else np.inf)     # (MXNet's double kernel: DBL_MAX)
        y = np.where(neg & ((frac == 0) | np.isinf(v)), pole, y)
    return y


def _safe(fn, pole, overflow=math.inf):
    """``fn`` with the C library's answers where Python's math raises (poles, overflow)."""
    def run(v):
        try:
            return fn(v)
        except ValueError:
            return pole(v)
        except OverflowError:
            return overflow
    return run


_lgamma = np.frompyfunc(_safe(math.lgamma, lambda v: math.inf), 1, 1)
_gamma = np.frompyfunc(_safe(math.gamma, lambda v: math.copysign(math.inf, v) if v == 0 else math.nan), 1, 1)


def _as_float(fn, cname=None):
    def compute(x):
        x = np.asarray(x)
        if cname is not None and x.dtype == np.float32:
            return libm_f32(cname, lambda v: np.asarray(fn(v), dtype=np.float64), x)
        if cname is not None and x.dtype == np.float64:
            return libm_f64(cname[:-1], lambda v: np.asarray(fn(v), dtype=np.float64), x)
        return np.asarray(fn(x), dtype=np.float64).astype(x.dtype)
    return compute


def _rcbrt(x):
    if getattr(x, "dtype", None) == np.float32:      # MXNet: 1 / cbrtf(x) in float32
        return np.float32(1) / libm_f32("cbrtf", np.cbrt, x)
    return 1 / libm_f64("cbrt", np.cbrt, x)


def _sigmoid(x):
    if getattr(x, "dtype", None) == np.float32:      # MXNet: 1 / (1 + expf(-x)) in float32
        return np.float32(1) / (np.float32(1) + libm_f32("expf", np.exp, -x))
    return 1 / (1 + libm_f64("exp", np.exp, -x))


_unary("negative", np.negative, lambda x, y: -1, methods=(), ufunc=np.negative)


def _neg(self):
    """``-x``: MXNet's front end multiplies by -1.0 (_mul_scalar), so a NaN keeps its sign (nd.negative flips it)."""
    return self * -1.0


NDArray.__neg__ = _neg
_unary("abs", np.abs, lambda x, y: _sign_of(x if type(x) is np.ndarray else x.asnumpy()),  # (constant in x)
       methods=("abs", "__abs__"), ufunc=np.absolute)
_unary("sign", lambda x: _sign_of(x), lambda x, y: 0.0, ufunc=np.sign)   # dy * 0: MXNet keeps the sign of a zero
_unary("sqrt", np.sqrt, lambda x, y: 0.5 / y, ufunc=np.sqrt)
_unary("rsqrt", lambda x: 1 / np.sqrt(x), lambda x, y: -1 / (2 * x * np.sqrt(x)))
_unary("cbrt", np.cbrt, lambda x, y: 1 / (3 * (y * y)), ufunc=np.cbrt, rounded="cbrtf")
_unary("rcbrt", lambda x: _rcbrt(x), lambda x, y: -1 / (3 * _libm("cbrtf", np.cbrt)(x) * x))
_unary("square", np.square, lambda x, y: c_cast(2 * x.astype(np.float32), x.dtype)
       if type(x) is np.ndarray and x.dtype.kind in "iu" else 2 * x,
       ufunc=np.square,
       on_integers=lambda x: np.square(x.astype(np.float32)))      # (in float for integers)
_unary("reciprocal", np.reciprocal, lambda x, y: -1 / (x * x), ufunc=np.reciprocal)
_EXP = _unary("exp", np.exp, lambda x, y: y, ufunc=np.exp, rounded="expf")
_exp_backward = _EXP.bwd


@_EXP.grad
def _(dy, out, x):
    if isinstance(dy, NDArray) and type(out) is type(dy) and dy.dtype == out.dtype:     # (mx.np arrays too)
        # recorded (create_graph): MXNet's gradient node of exp is _mul(dy, out), an elemwise_mul
        from .registry import OPS, invoke
        return invoke(OPS["elemwise_mul"], (dy, out), {})
    return _exp_backward(dy, out, x)


_unary("expm1", np.expm1, lambda x, y: _libm("expf", np.exp)(x), ufunc=np.expm1, rounded="expm1f")
_unary("log", np.log, lambda x, y: 1 / x, ufunc=np.log, rounded="logf")
_LOG2E, _LOG10E = float(np.float32(1 / math.log(2))), float(np.float32(1 / math.log(10)))   # MXNet's float constants
_LOG2E_64, _LOG10E_64 = math.log2(math.e), math.log10(math.e)     # its double ones (1 / log(10) is an ulp lower)
_unary("log2", np.log2, lambda x, y: _LOG2E_64 / x if x.dtype == np.float64 else _LOG2E / x, ufunc=np.log2,
       rounded="log2f")
_unary("log10", np.log10, lambda x, y: _LOG10E_64 / x if x.dtype == np.float64 else _LOG10E / x,
       ufunc=np.log10, rounded="log10f")
_unary("log1p", np.log1p, lambda x, y: 1 / (1 + x), ufunc=np.log1p, rounded="log1pf")
_unary("sin", np.sin, lambda x, y: _libm("cosf", np.cos)(x), ufunc=np.sin, rounded="sinf")
_unary("cos", np.cos, lambda x, y: -_libm("sinf", np.sin)(x), ufunc=np.cos, rounded="cosf")
_unary("tan", np.tan, lambda x, y: 1 + y * y, ufunc=np.tan, rounded="tanf")
_unary("arcsin", np.arcsin, lambda x, y: 1 / np.sqrt(1 - x * x), ufunc=np.arcsin, rounded="asinf")
_unary("arccos", np.arccos, lambda x, y: -1 / np.sqrt(1 - x * x), ufunc=np.arccos, rounded="acosf")
_unary("arctan", np.arctan, lambda x, y: 1 / (1 + x * x), ufunc=np.arctan, rounded="atanf")
_unary("sinh", np.sinh, lambda x, y: _libm("coshf", np.cosh)(x), ufunc=np.sinh, rounded="sinhf")
_unary("cosh", np.cosh, lambda x, y: _libm("sinhf", np.sinh)(x), ufunc=np.cosh, rounded="coshf")
_ONE_F32 = np.array(1, np.float32)      # 1 as numpy takes it fastest with a float32 array (same result)
_ONE_F32.flags.writeable = False
_unary("tanh", np.tanh, lambda x, y: (_ONE_F32 if y.dtype is _FLOAT32 and y.ndim else 1) - y * y, ufunc=np.tanh,
       rounded="tanhf")
_unary("arcsinh", np.arcsinh, lambda x, y: 1 / _hypotf(x, 1), ufunc=np.arcsinh, rounded="asinhf")
_unary("arccosh", np.arccosh, lambda x, y: 1 / np.sqrt(x * x - 1), ufunc=np.arccosh, rounded="acoshf")
_unary("arctanh", np.arctanh, lambda x, y: 1 / (1 - x * x), ufunc=np.arctanh, rounded="atanhf")
_DEG = 57.2957763671875       # MXNet multiplies by this float constant, even for float64
_unary("degrees", lambda x: x * np.asarray(_DEG, x.dtype) if x.dtype == np.float32 else x * _DEG,
       lambda x, y: _DEG, ufunc=np.degrees, on_integers=lambda x: x.astype(np.float32) * np.float32(_DEG))
_RAD = float(np.float32(math.pi / 180))      # likewise a float constant for float64 inputs
_unary("radians", lambda x: x * _RAD if x.dtype == np.float64 else np.radians(x),
       lambda x, y: _RAD if x.dtype == np.float64 else math.pi / 180,
       ufunc=np.radians, on_integers=lambda x: x.astype(np.float32) * np.float32(_RAD))
_unary("sigmoid", _sigmoid, lambda x, y: y * (1 - y),
       on_integers=lambda x: 1 / (1 + np.exp((-(x if x.dtype.itemsize >= 4 else x.astype(np.int32))).astype(
           np.float64))))     # -x in C's int (or wider): -(-2**31) wraps
def _relu(x):
    """max(x, 0), NaN kept, and MXNet's +0.0 for -0.0: numpy's float32/float64 maximum gives the tie's +0.0
    itself (tests/ndarray/test_relu_signed_zero.py); other types add +0 after it."""
    zero = x.dtype.type(0)
    r = np.maximum(x, zero)
    if x.dtype is not _FLOAT32 and x.dtype != np.float64:
        r += zero
    return r


_unary("relu", _relu,
       lambda x, y: np.where(np.isnan(y), y, y > 0) if type(y) is np.ndarray else x > 0)    # (NaN in, NaN out)
_unary("softsign", lambda x: x / (1 + np.abs(x)), lambda x, y: 1 / ((1 + np.abs(x)) ** 2), methods=())
_SQRT_PI = float(np.float32(math.sqrt(math.pi)))
erf = _unary("erf", _erf, lambda x, y: 2 * _libm("expf", np.exp)(-(x * x)) / _SQRT_PI, methods=())


@erf.grad
@on_vectors
def _(dy, out, x):
    if type(x) is not np.ndarray or x.dtype == np.float32:
        return dy * (2 * _libm("expf", np.exp)(-(x * x)) / _SQRT_PI)
    if x.dtype == _BOOL:
        _refuse_bool_backward("erf")
        return np.zeros_like(x)
    if x.dtype == np.float16:       # MXNet: the square in half, exp in float, the derivative rounded to half
        square = (x * x).astype(np.float32)
        return dy * (2 * _libm("expf", np.exp)(-square) / _SQRT_PI).astype(np.float16)
    return dy * (2 / _SQRT_PI * _libm("expf", np.exp)(-(x * x)))      # double: 2 / sqrtf(pi) first


_HALF_SQRT_PI = float(np.float32(0.5 * math.sqrt(math.pi)))       # a float constant, for float64 too
_unary("erfinv", _as_float(_erfinv), lambda x, y: _HALF_SQRT_PI * _libm("expf", np.exp)(y * y), methods=(),
       on_integers=lambda x: np.nan_to_num(_erfinv(x.astype(np.float64)), nan=0.0, posinf=np.inf, neginf=-np.inf))
_unary("gamma", _as_float(_gamma, "tgammaf"), lambda x, y: _as_float(_gamma, "tgammaf")(x) * _digamma(x),
       methods=())
def _gammaln_derivative(x, y):
    """digamma; MXNet's integer kernel gives its type's largest value at the poles (0 and the negative integers)."""
    if x.dtype.kind not in "iu":
        return _digamma(x)
    return np.where(x <= 0, np.iinfo(x.dtype).max, c_cast(_digamma(x), x.dtype)).astype(x.dtype)


_unary("gammaln", _as_float(_lgamma, "lgammaf"), _gammaln_derivative, methods=())
def _round_half_away(x):
    """C's round(): halves go away from zero (numpy's round goes to even)."""
    r = np.round(x)
    half = np.abs(x - np.trunc(x)) == 0.5
    return np.where(half, np.trunc(x) + np.sign(x), r) if half.any() else r


def _mxnet_rint(x):
    """MXNet's rint: floor when the fraction is at most one half, else ceil (1.5 -> 1, -1.5 -> -2)."""
    f = np.floor(x)
    if getattr(x, "dtype", None) == np.float16:      # half arithmetic runs in float
        return np.where(x.astype(np.float32) - f.astype(np.float32) <= 0.5, f, np.ceil(x))
    return np.where(x - f <= 0.5, f, np.ceil(x))


for _name, _fn, _uf in (("floor", np.floor, np.floor), ("ceil", np.ceil, np.ceil), ("round", _round_half_away, None),
                        ("rint", _mxnet_rint, np.rint), ("fix", np.fix, None), ("trunc", np.trunc, np.trunc)):
    _unary(_name, _fn, 0, ufunc=_uf)


@defop("clip", methods=("clip",))
def clip(data, a_min=_Null, a_max=_Null):
    """Clip values into [a_min, a_max] (above a_max first, as MXNet, when a_min > a_max)."""
    given = {k: v for k, v in (("a_min", a_min), ("a_max", a_max)) if v is not _Null}
    if len(given) < 2:
        from ..symbol.enums import missing_parameter
        raise missing_parameter("clip", min({"a_min", "a_max"} - set(given)), given)
    if a_min is None or a_max is None:
        from .param_text import read_attrs      # None is no number: MXNet's parser refuses its text
        read_attrs("clip", given)
    if data.dtype == np.bool_:
        raise _bool_refused("clip")
    # MXNet's kernel: float (float32) bounds, compared with the data as C compares them (integers and halves as
    # floats); a clipped element becomes the bound cast to the data type.
    lo, hi = _clip_bounds(a_min, a_max)
    seen = _clip_compared(data)
    with np.errstate(invalid="ignore"):
        lo_t, hi_t = np.asarray(lo).astype(data.dtype), np.asarray(hi).astype(data.dtype)
    return np.where(seen > hi, hi_t, np.where(seen < lo, lo_t, data))


def _clip_bounds(a_min, a_max):
    """clip's bounds as the float32 numbers MXNet's kernel holds, read from their text."""
    if any(type(v) is not int and (type(v) is not float or not 1e-30 < abs(v) < 1e30 and v != 0)
           or type(v) is int and not -2 ** 64 < v < 2 ** 64 for v in (a_max, a_min)):
        # bounds given by position, read as MXNet reads their text: a float's range checked, integer digits
        # wrapped past 64 bits, a number of another kind (a numpy complex) refused
        from .param_text import read_attrs
        read = read_attrs("clip", {"a_min": a_min, "a_max": a_max}, True)
        a_min, a_max = read["a_min"], read["a_max"]
    from .param_text import float_from_text
    a_min, a_max = (float(str(v)) if isinstance(v, np.floating) else v for v in (a_min, a_max))
    return tuple(np.float32(float_from_text(v) if type(v) is float else v) for v in (a_min, a_max))


def _clip_compared(data):
    """The data as clip's kernel compares it with its float bounds (numpy would compare halves as halves)."""
    return data.astype(np.float32) if data.dtype.kind in "iub" or data.dtype == np.float16 else data


@clip.grad
def _(dy, out, x, a_min, a_max):
    # blocked only above a_max or below a_min (float32 bounds, as the forward compares): a NaN element or bound
    # lets the gradient through, as in MXNet; a blocked element's gradient is +0 (even for an inf or nan dy), a
    # passed one dy itself (a -0.0 too)
    lo, hi = _clip_bounds(a_min, a_max)
    seen = _clip_compared(x)
    return np.where((seen > hi) | (seen < lo), dy.dtype.type(0), dy)


def _where_condition(condition, x, y):
    """``condition`` as a mask over ``x``: of x's shape, or 1-D picking x's rows (MXNet's shape rule)."""
    shapes = (condition.shape, x.shape, y.shape)
    if x.shape != y.shape:
        raise inference_failure("where", shapes, (None,))
    if condition.shape == x.shape:
        return condition != 0
    if condition.ndim != 1 or x.ndim < 2:      # (a vector condition beside vectors is one of another size)
        raise inference_failure("where", shapes, (x.shape,))
    if condition.size != x.shape[0]:
        raise MXNetError(f"where: Check failed: (*in_attrs)[0].Size() == static_cast<size_t>(tshape[0]) "
                         f"({condition.size} vs. {x.shape[0]}) : ")
    return (condition != 0).reshape((-1,) + (1,) * (x.ndim - 1))


def _where_condition_in_graph(condition, x, y):
    """The mask of a graph's where, whose shape inference passes a condition of any shape beside x's and y's:
    the kernel gives each of the condition's elements, in order, an equal run of x's (a (N, 1) or (1, N)
    condition picks rows as a 1-D one does). A condition whose size does not divide x's is refused still (MXNet's
    kernel reads past it, or divides by zero)."""
    if condition.shape != x.shape and x.shape == y.shape and 0 < condition.size <= x.size \
            and x.size % condition.size == 0:
        return np.repeat(condition.reshape(-1) != 0, x.size // condition.size).reshape(x.shape)
    return _where_condition(condition, x, y)


def _where_picked(mask, condition, x, y):
    if getattr(x, "dtype", None) != getattr(y, "dtype", None):    # MXNet infers shapes, then dtypes; its kernel
        raise MXNetError("where: Check failed: infer_type_success: Operator where is missing FInferType attribute")
    if any(getattr(v, "dtype", None) == np.bool_ for v in (condition, x, y)):       # checks bool
        raise KernelError("Unknown type enum 7", np.zeros(np.shape(x), x.dtype))       # (typed as x)
    return np.where(mask, x, y)


def _where_gradients(dy, mask, condition):
    zero = dy.dtype.type(0)         # +0 where blocked (even for an inf or nan dy), dy itself where passed
    return np.zeros(condition.shape, dy.dtype), np.where(mask, dy, zero), np.where(mask, zero, dy)


@defop("where")
def where(condition, x, y):
    """Elements of ``x`` where ``condition`` is non-zero, else of ``y``."""
    return _where_picked(_where_condition(condition, x, y), condition, x, y)


@where.grad
def _(dy, out, condition, x, y):
    return _where_gradients(dy, _where_condition(condition, x, y), condition)


def _where_in_graph(condition, x, y):
    """Elements of ``x`` where ``condition`` is non-zero, else of ``y``."""
    return _where_picked(_where_condition_in_graph(condition, x, y), condition, x, y)


def _where_in_graph_grad(dy, out, condition, x, y):
    return _where_gradients(dy, _where_condition_in_graph(condition, x, y), condition)


where.graph_copy(_where_in_graph, _where_in_graph_grad)


@defop("smooth_l1")
def smooth_l1(data, scalar=1.0):
    """Smooth L1: 0.5 (sigma x)^2 for |x| < 1/sigma^2, |x| - 0.5/sigma^2 elsewhere."""
    if data.dtype == np.bool_:
        raise _bool_refused("smooth_l1")
    x, sq, inv = _smooth_l1_terms(data, scalar)
    half = x.dtype.type(0.5)
    with np.errstate(all="ignore"):
        r = np.where(x > inv, x - half * inv, np.where(x < -inv, -x - half * inv, half * x * x * sq))
    return c_cast(r, data.dtype) if data.dtype.kind in "iu" else r.astype(data.dtype)


@smooth_l1.grad
def _(dy, out, data, scalar=1.0):
    x, sq, inv = _smooth_l1_terms(data, scalar)
    return dy * np.where(x > inv, 1, np.where(x < -inv, -1, sq * x)).astype(data.dtype)


def _smooth_l1_terms(data, sigma):
    """MXNet's kernel terms in its working precision (float for half and integers): x, sigma^2 and 1 / sigma^2.

    sigma is first made the data's type: 0.5 is 0 for integers (1 / 0: every element takes the middle branch)."""
    work = np.dtype(np.float64) if data.dtype == np.float64 else np.dtype(np.float32)
    with np.errstate(all="ignore"):
        if data.dtype.kind in "iu":
            s = work.type(c_cast(float(sigma), data.dtype))
        elif data.dtype == np.float16:
            s = work.type(np.float16(sigma))
        else:
            s = work.type(_double_scalar(data, sigma))
        sq = s * s
        return data.astype(work, copy=False), sq, work.type(1) / sq


@defop("add_n", aliases=("ElementWiseSum", "elemwise_sum"))
def add_n(*args):
    """The sum of all the inputs, added in MXNet's order."""
    for i, a in enumerate(args[1:], 1):     # MXNet infers every shape, then the types
        if a.shape != args[0].shape:
            raise MXNetError(f"add_n: {incompatible(i, args[0].shape, a.shape)}")
    for i, a in enumerate(args[1:], 1):
        if a.dtype != args[0].dtype:
            raise MXNetError(f"add_n: Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {i}-th "
                             f"input: expected {inferred_type_name(args[0].dtype)}, got {inferred_type_name(a.dtype)}")
    no_bool("add_n", args[0])
    if len(args) in (3, 4):
        return _added_from_the_right(args)
    out = args[0].copy()
    for a in args[1:]:
        out = nan_kept(np.add, out, a)       # (the first NaN of the inputs, where several are NaN)
    return onednn.join_block(out, args, autograd.is_training())


def _added_from_the_right(args):
    """MXNet's fixed-arity sums a + (b + (c + d)): the innermost keeps its left NaN, the others the right one's
    (in half precision the left one's)."""
    out = nan_kept(np.add, args[-2], args[-1])
    for a in reversed(args[:-2]):
        out = nan_kept(np.add, a, out) if a.dtype == np.float16 else nan_kept(np.add, out, a)
    return out


@add_n.grad
def _(dy, out, *args):
    return tuple(dy for _ in args)


@defop("Cast", aliases=("cast",))
def cast(data, dtype=None):
    """The input converted to ``dtype`` (required, as in MXNet)."""
    if dtype is None:
        raise MXNetError('Required parameter dtype of int is not presented, in operator Cast(name="")')
    if is_bfloat16(data) and not is_bfloat16_name(dtype):      # (bfloat16 widens exactly to float32)
        return from_bfloat16(data).astype(dtype)
    name = np.dtype(dtype).name
    if name not in _CAST_TYPES:
        raise MXNetError(f"Invalid Input: '{name}', valid values are: {{{', '.join(map(repr, sorted(_CAST_TYPES)))}}}"
                         f", in operator Cast(name=\"\", dtype=\"{name}\")")
    if data.dtype.kind == "f" and name[0] in "ibu":      # nan and out-of-range values convert without a warning
        with np.errstate(invalid="ignore"):
            return data.astype(name)
    return data.astype(name)        # MXNet's arrays are in the machine's byte order ('>f4' is float32)


_CAST_TYPES = frozenset({"bfloat16", "bool", "float16", "float32", "float64", "int32", "int64", "int8", "uint8"})


@cast.grad
def _(dy, out, x, dtype="float32"):
    return dy.astype(x.dtype)


@defop("BlockGrad", aliases=("stop_gradient",))
def block_grad(data):
    """The input, with no gradient flowing back through it."""
    return data


@defop("identity", aliases=("_copy",))
def identity(data):
    """A copy of the input."""
    return data.copy()


@identity.grad
def _(dy, out, x):
    return dy


@defop("zeros_like", methods=("zeros_like",))
def zeros_like(data):
    """Zeros of the input's shape and dtype."""
    return np.zeros_like(data)


@defop("ones_like", methods=("ones_like",))
def ones_like(data):
    """Ones of the input's shape and dtype."""
    return np.ones_like(data)


# ---- MXNet's scalar variants (``_mul_scalar`` ...), made from the binary ops above ----------
def _double_scalar(data, scalar):
    """The scalar as MXNet holds it: a double read from its text (an ulp off at times), for float64 data."""
    from ..io.text_float import double_attr
    return double_attr(scalar) if data.dtype == np.float64 else float(scalar)


def _scalar_variant(name, binary, reverse=False):
    """``name(data, scalar)`` = ``binary(data, scalar)`` (or ``binary(scalar, data)`` if reversed)."""
    def forward(data, scalar=1.0, is_int=True):
        if is_int in (False, 0, "False", "false", "0") and data.dtype.kind in "iub":
            data = data.astype(np.float64)      # a number marked not integral: integers and bools computed in double
        elif data.dtype == np.bool_:
            data = data.astype(np.int64)        # MXNet: a bool array with a number is computed in int64
        s = _scalar_like(data, float(scalar))
        return binary.fwd(s, data) if reverse else binary.fwd(data, s)
    forward.__doc__ = f"``{binary.name}`` of an array and a scalar{' (scalar first)' if reverse else ''}."
    op = defop(name)(forward)
    op.elementwise = True
    if binary.bwd is not None:
        @op.grad
        def _(dy, out, x, scalar=1.0, is_int=True):
            s = np.float16(scalar) if x.dtype == np.float16 else _double_scalar(x, scalar)   # MXNet: a half scalar
            return binary.bwd(dy, out, s, x)[1] if reverse else binary.bwd(dy, out, x, s)[0]
    return op


for _name, _binary, _reverse in (
        ("_plus_scalar", add, False), ("_minus_scalar", sub, False), ("_rminus_scalar", sub, True),
        ("_mul_scalar", mul, False), ("_div_scalar", div, False), ("_rdiv_scalar", div, True),
        ("_mod_scalar", mod, False), ("_rmod_scalar", mod, True), ("_power_scalar", power, False),
        ("_rpower_scalar", power, True), ("_maximum_scalar", maximum, False),
        ("_minimum_scalar", minimum, False), ("_hypot_scalar", hypot, False),
        *((f"_{k}_scalar", v, False) for k, v in _CMP.items())):
    _scalar_variant(_name, _binary, _reverse)
    _binary.scalar_names = {**_binary.scalar_names, _reverse: _name}
# a number first turns a comparison round (2 > x runs _lesser_scalar); a logical op with a number runs its own
for _name, _flipped in (("greater", "lesser"), ("greater_equal", "lesser_equal"), ("lesser", "greater"),
                        ("lesser_equal", "greater_equal")):
    _CMP[_name].scalar_names = {**_CMP[_name].scalar_names, True: f"_{_flipped}_scalar"}
for _op in _LOGIC:
    _op.scalar_names = {False: f"_{_op.name[len('broadcast_'):]}_scalar"}


# MXNet's binary operators take one dtype on both sides and cast a scalar to the array's dtype.
for _op in (add, sub, mul, div, mod, power, maximum, minimum, hypot, *_CMP.values(), *_LOGIC):
    _op.binary = True


from . import unary_grad_graphs  # noqa: E402  (after the operators it gives recorded gradients)
unary_grad_graphs.install()
