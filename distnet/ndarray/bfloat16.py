"""bfloat16 values inside a graph: stored in MXNet's numpy stand-in dtype, computed on in float32.

MXNet's Python front end cannot hold a bfloat16 array, but a graph converted by AMP passes them between its
steps. Its CPU kernels (oneDNN) read bfloat16 operands exactly as float32, compute in float32 and round each
bfloat16 result to nearest even; a step here does the same around the operator's float32 kernel.
"""
import numpy as np

from .serialize import BFLOAT16

# the steps that decide their own output types (the others give a bfloat16 output for bfloat16 data)
_OWN_TYPES = frozenset({"amp_cast", "amp_multicast", "Cast", "cast"})


def is_bfloat16(a):
    """Whether ``a`` is an array of bfloat16 values (MXNet's stand-in dtype)."""
    return getattr(a, "dtype", None) == BFLOAT16


def is_bfloat16_name(dtype):
    """Whether ``dtype`` (a name or a dtype) is bfloat16."""
    return dtype == "bfloat16" or dtype == BFLOAT16


def to_bfloat16(values):
    """``values`` rounded to the nearest bfloat16 (ties to even; NaN stays a quiet NaN)."""
    bits = np.ascontiguousarray(values, dtype=np.float32).view(np.uint32)
    rounded = (bits + (0x7FFF + ((bits >> 16) & 1))) >> 16
    rounded = np.where(np.isnan(bits.view(np.float32)), (bits >> 16) | 0x40, rounded)
    return rounded.astype(np.uint16).view(BFLOAT16)


def truncated_to_bfloat16(values):
    """float32 ``values`` cut to bfloat16 (the low 16 bits dropped), as MXNet's copy between types does."""
    return (np.ascontiguousarray(values, dtype=np.float32).view(np.uint32) >> 16).astype(np.uint16).view(BFLOAT16)


def from_bfloat16(a):
    """The float32 values of a bfloat16 array (exact)."""
    return (a.view(np.uint16).astype(np.uint32) << 16).view(np.float32)


def run_step(fwd, op_name, args, attrs):
    """Run a graph step's kernel on float32 copies of its bfloat16 inputs, rounding its float32 outputs back to
    bfloat16 when its data is bfloat16 (BatchNorm's float32 statistics stay float32)."""
    if op_name in _OWN_TYPES or not any(is_bfloat16(a) for a in args):
        return fwd(*args, **attrs)
    data_is_bf16 = is_bfloat16(args[0])
    if not data_is_bf16:        # float data beside bfloat16 parameters: the operator's type check refuses them
        return fwd(*args, **attrs)
    res = fwd(*[from_bfloat16(a) if is_bfloat16(a) else a for a in args], **attrs)
    if not data_is_bf16:
        return res
    if type(res) is not tuple:
        return _rounded(res)
    if op_name == "BatchNorm":
        return (_rounded(res[0]),) + res[1:]
    return tuple(_rounded(r) for r in res)


def _rounded(r):
    """A float32 result as bfloat16; results of other types as they are."""
    return to_bfloat16(r) if getattr(r, "dtype", None) == np.float32 else r


def runs_on_bfloat16(op_name, args, attrs):
    """Whether an executor's step (on NDArrays ``args``) reads or makes bfloat16 values."""
    return any(_holds_bfloat16(a) for a in args) or (op_name == "amp_cast" and is_bfloat16_name(attrs.get("dtype")))


def _holds_bfloat16(array):
    """Whether an NDArray holds bfloat16 values, found without reading it (which would raise a failed array's
    error, or wait for a pending one)."""
    from .ndarray import _DATA_SLOT
    try:
        return is_bfloat16(_DATA_SLOT.__get__(array))
    except (AttributeError, TypeError):
        return False


def call_on_arrays(call, op, args, attrs):
    """An executor's step on NDArrays holding bfloat16 values: ``call(args)`` runs the operator on NDArrays
    (see run_step)."""
    from .ndarray import _wrap
    ctx = args[0].ctx

    def fwd(*raws, **_):
        if op.name in _OWN_TYPES:
            return op.fwd(*raws, **attrs)
        res = call([_wrap(r, ctx) for r in raws])
        return tuple(r._data for r in res) if isinstance(res, (list, tuple)) else res._data

    res = run_step(fwd, op.name, [a._data for a in args], attrs)
    return [_wrap(r, ctx) for r in res] if type(res) is tuple else _wrap(res, ctx)
