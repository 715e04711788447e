"""``npx.save`` / ``npx.load``: MXNet's NDArray file format, written under NumPy shape semantics."""
import ctypes  # noqa: F401  (names MXNet's module shows, as its own imports)

from ..base import NDArrayHandle, c_handle_array, c_str, c_str_array, check_call, mx_uint, py_str  # noqa: F401
from ..base import _LIB, hiding as _hiding, string_types  # noqa: F401
from ..context import current_context
from ..ndarray.serialize import load_arrays, save_arrays
from ..numpy.multiarray import ndarray, wrap_np
from ..util import is_np_array, is_np_shape


def _require_np_mode(what):
    if not (is_np_shape() and is_np_array()):
        raise ValueError(f"Cannot {what} `mxnet.numpy.ndarray` in legacy mode. Please activate numpy semantics by "
                         "calling `npx.set_np()` in the global scope before calling this function.")


def save(file, arr):
    """Save an ``mx.np`` array, a list of them or a dict str -> array to ``file`` (MXNet's format)."""
    _require_np_mode("save")
    if isinstance(arr, ndarray):
        arr = [arr]
    if isinstance(arr, dict):
        if any(not isinstance(k, str) for k in arr) or any(not isinstance(v, ndarray) for v in arr.values()):
            raise TypeError("Only accepts dict str->ndarray or list of ndarrays")
        data = {k: v.asnumpy() for k, v in arr.items()}
    elif isinstance(arr, list):
        if any(not isinstance(v, ndarray) for v in arr):
            raise TypeError("Only accepts dict str->ndarray or list of ndarrays")
        data = [v.asnumpy() for v in arr]
    else:
        raise ValueError("data needs to either be a ndarray, dict of (str, ndarray) pairs or a list of ndarrays.")
    if not isinstance(file, str):       # MXNet encodes the name for its C call: a path object, bytes or a number
        file = file.encode("utf-8").decode("utf-8")     # fails in Python's words (never names a file descriptor)
    file = file.split("\0", 1)[0]       # (a C string: the name ends at its first NUL)
    values = arr.values() if isinstance(arr, dict) else arr
    devices = [(v.ctx.device_typeid, v.ctx.device_id) for v in values]     # MXNet writes each context
    save_arrays(file, data, np_shape=True, devices=devices)


def load(file):
    """The arrays saved in ``file``, as ``mx.np`` arrays: a list, or a dict when the file names them."""
    _require_np_mode("load")
    if not isinstance(file, str):
        raise TypeError("file required to be a string")
    data = load_arrays(file.split("\0", 1)[0])
    ctx = current_context()
    if isinstance(data, dict):
        return {k: wrap_np(v, ctx) for k, v in data.items()}
    return [wrap_np(v, ctx) for v in data]


__dir__ = _hiding(globals(), "current_context load_arrays save_arrays wrap_np".split())   # (distnet's helpers)
