"""``nd.save``/``nd.load``: NDArrays in MXNet's binary file format (csr and row_sparse arrays stay sparse)."""
import ctypes

from ..base import NDArrayHandle, c_array, c_handle_array, c_str, c_str_array, check_call  # noqa: F401  (MXNet's
from ..base import hiding as _hiding, mx_uint, no_attribute, py_str, string_types  # noqa: F401  names)
from .creation import array, empty, zeros  # noqa: F401  (MXNet's module offers them too)
from .ndarray import NDArray
from .serialize import load_arrays, load_arrays_from_buffer, save_arrays
from .sparse import _from_records, _to_record
from ..util import is_np_shape


def save(fname, data):
    """Save an NDArray, a list of NDArrays or a dict str -> NDArray to ``fname`` (MXNet's format)."""
    if isinstance(data, NDArray):
        data = [data]
    if isinstance(data, dict):
        _check_items(list(data), list(data.values()))
        arrays = {k.split("\0", 1)[0]: _to_record(v, k) for k, v in data.items()}    # (names go to C as C strings)
    elif isinstance(data, list):
        _check_items([], data)
        arrays = [_to_record(v, i) for i, v in enumerate(data)]
    else:
        raise ValueError("data needs to either be a NDArray, dict of str, NDArray pairs or a list of NDarrays.")
    from ..numpy.multiarray import ndarray as np_ndarray
    if any(isinstance(v, np_ndarray) for v in (data.values() if isinstance(data, dict) else data)):
        raise TypeError("cannot save mxnet.numpy.ndarray using mxnet.ndarray.save; use mxnet.numpy.save instead.")
    if not isinstance(fname, str):      # MXNet encodes the name for its C call: str only (no pathlib.Path)
        raise no_attribute(fname, "encode")
    fname = fname.split("\0", 1)[0]     # (a C string: the name ends at its first NUL)
    values = data.values() if isinstance(data, dict) else data
    devices = [(v.ctx.device_typeid, v.ctx.device_id) for v in values]     # MXNet writes each context
    save_arrays(fname, arrays, np_shape=is_np_shape(), devices=devices)     # marked if saved under NumPy shapes


def _check_items(names, values):
    """MXNet's TypeError for a name that is not a str or a value that is not an NDArray."""
    if not all(isinstance(k, str) for k in names) or not all(isinstance(v, NDArray) for v in values):
        raise TypeError("save only accept dict str->NDArray or list of NDArray")


def load(fname):
    """Load what ``save`` wrote (or MXNet wrote): a list of NDArrays, or a dict when named."""
    if not isinstance(fname, str):
        raise TypeError("fname required to be a string")
    return _from_records(load_arrays(fname.split("\0", 1)[0], keep_sparse=True))


def load_frombuffer(buf):
    """Like ``load``, from the file's bytes. MXNet hands a str to C as a wide-character string with the str's
    length as the size in bytes: the first ``len(buf)`` bytes of its UTF-32 code units are read."""
    if isinstance(buf, str):
        if "\0" in buf:
            raise ctypes.ArgumentError("argument 1: ValueError: embedded null character")
        buf = buf.encode("utf-32-le")[:len(buf)]
    elif not isinstance(buf, bytes):
        raise TypeError("buf required to be a string or bytes")
    return _from_records(load_arrays_from_buffer(buf, keep_sparse=True))


__dir__ = _hiding(globals(), "is_np_shape load_arrays load_arrays_from_buffer no_attribute save_arrays".split())
