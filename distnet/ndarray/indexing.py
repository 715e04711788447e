"""NDArray indexing: MXNet's rules on top of numpy's basic and advanced indexing."""
import numpy as np

from ..base import MXNetError
from .ndarray import NDArray
from .registry import defop, invoke


def _key(key):
    """Turn NDArray indices into integer numpy arrays; keep everything else as numpy takes it."""
    if isinstance(key, NDArray):
        if key._data.dtype == np.bool_:
            raise ValueError("boolean NDArray indices are not supported; use an integer index array "
                             "(e.g. from nd.contrib.boolean_mask or numpy's nonzero)")
        return key._data.astype(np.int64)
    if isinstance(key, (float, np.floating)):
        raise ValueError(f"index {key!r} is a float; NDArray indices must be integers, slices or arrays")
    if isinstance(key, np.ndarray) and key.dtype == np.bool_:
        return key.astype(np.int64)           # MXNet reads a numpy boolean index as 0/1 positions
    if isinstance(key, tuple):
        return tuple(_key(k) for k in key)
    if isinstance(key, list) and any(isinstance(k, NDArray) for k in key):
        return [int(k.asscalar()) if isinstance(k, NDArray) else k for k in key]
    return key


@defop("_index")
def index(data, key=None):
    """``data[key]``; a result with no dimensions left has shape (1,), as in MXNet."""
    r = data[key]
    if np.ndim(r) == 0:
        return r.reshape(1)
    # MXNet returns a view only when the selected elements form one contiguous block
    return r if r.flags.c_contiguous or r.base is None else r.copy()


@index.grad
def _(dy, out, x, key=None):
    g = np.zeros_like(x)
    np.add.at(g, key, dy.reshape(np.shape(x[key])))
    return g


def getitem(arr, key):
    """``arr[key]`` as a new NDArray (a view for basic slices, as in MXNet)."""
    try:
        return invoke(index, (arr,), {"key": _key(key)})
    except MXNetError as e:
        raise IndexError(f"index {key!r} is out of bounds or invalid for an NDArray of shape {arr.shape}") from e


def setitem(arr, key, value):
    """``arr[key] = value`` with broadcasting; ``value`` may be a scalar, NDArray or numpy array."""
    if isinstance(value, NDArray):
        value = value._data
    try:
        arr._data[_key(key)] = value
    except IndexError as e:
        raise IndexError(f"index {key!r} is out of bounds for an NDArray of shape {arr.shape}: {e}") from e
    except ValueError as e:
        raise ValueError(f"cannot assign a value of shape {np.shape(value)} to index {key!r} "
                         f"of an NDArray of shape {arr.shape}: {e}") from e
