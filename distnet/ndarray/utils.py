"""``nd.save``/``nd.load``: NDArrays in MXNet's binary file format."""
from .ndarray import NDArray, _wrap
from .serialize import load_arrays, load_arrays_from_buffer, save_arrays


def save(fname, data):
    """Save an NDArray, a list of NDArrays or a dict str -> NDArray to ``fname`` (MXNet's format)."""
    if isinstance(data, NDArray):
        data = [data]
    if isinstance(data, dict):
        arrays = {k: _raw(v, k) for k, v in data.items()}
    elif isinstance(data, list):
        arrays = [_raw(v, i) for i, v in enumerate(data)]
    else:
        raise ValueError(f"save only accepts dict str->NDArray or list of NDArray, got {type(data).__name__}")
    save_arrays(fname, arrays)


def _raw(value, where):
    if not isinstance(value, NDArray):
        raise TypeError(f"save only accepts dict str->NDArray or list of NDArray; item {where!r} is a "
                        f"{type(value).__name__}")
    return value._data          # waits for a pending write


def load(fname):
    """Load what ``save`` wrote (or MXNet wrote): a list of NDArrays, or a dict when named."""
    return _wrap_all(load_arrays(fname))


def load_frombuffer(buf):
    """Like ``load``, from the file's bytes."""
    return _wrap_all(load_arrays_from_buffer(buf))


def _wrap_all(data):
    if isinstance(data, dict):
        return {k: _wrap(v) for k, v in data.items()}
    return [_wrap(v) for v in data]
