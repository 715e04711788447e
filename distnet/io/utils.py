"""``mx.io.utils``: the helpers NDArrayIter normalises, shuffles and slices its arrays with."""
from .io import NDArrayIter, _named_arrays


def _init_data(data, allow_empty, default_name):
    """``data`` (an array, a list or a dict of them, or None) as a name-sorted list of (name, NDArray)."""
    return _named_arrays(data, default_name, allow_empty)


def _has_instance(data, dtype):
    """Whether any array of a (name, array) list is an instance of ``dtype``."""
    return any(isinstance(arr, dtype) for _, arr in data)


def _getdata_by_idx(data, idx):
    """The (name, array) list with every array's rows taken in the order of ``idx``."""
    return [(name, NDArrayIter._take(arr, idx)) for name, arr in data]


def _slice_along_batch_axis(data, s, batch_axis):
    """``data[s]`` along ``batch_axis``."""
    return data.slice_axis(axis=batch_axis, begin=s.start, end=s.stop)



# the names MXNet's module shows, as its own imports
from collections import OrderedDict  # noqa: E402,F401
import numpy as np  # noqa: E402,F401
from ..ndarray.ndarray import NDArray  # noqa: E402,F401

from ..base import hiding as _hiding  # noqa: E402

_listed = _hiding(globals(), ("NDArrayIter", "__getattr__"))      # (distnet's own import)

# (mx.nd's, which imports this module while it is built: read when asked for)
_ND_NAMES = {"array": ("ndarray", "array"), "CSRNDArray": ("ndarray.sparse", "CSRNDArray"),
             "sparse_array": ("ndarray.sparse", "array")}


def __getattr__(name):
    if name in _ND_NAMES:
        import importlib
        module, attr = _ND_NAMES[name]
        return getattr(importlib.import_module(".." + module, __package__), attr)
    raise AttributeError(f"module 'mxnet.io.utils' has no attribute '{name}'")


def __dir__():
    return sorted(_listed() + list(_ND_NAMES))
