"""``mx.executor``: the Executor a bound Symbol returns (``sym.bind``, ``sym.simple_bind``)."""
import copy  # noqa: F401  (names MXNet's module shows, as its own imports)
import ctypes  # noqa: F401
from array import array as py_array  # noqa: F401

import numpy as np  # noqa: F401

from . import ndarray  # noqa: F401
from .base import _LIB, ExecutorHandle, NDArrayHandle, SymbolHandle, c_array_buf, c_handle_array  # noqa: F401
from .base import c_str_array, check_call, mx_int, mx_uint, py_str  # noqa: F401
from .ndarray.ndarray import NDArray  # noqa: F401  (MXNet's module exposes it too)
from .symbol.executor import Executor

__all__ = ["Executor"]

Executor.__module__ = "distnet.executor"     # where MXNet defines it (an executor's repr names the module)


def _split_input_slice(batch_size, work_load_list):
    """Split ``range(batch_size)`` into one slice per device, sized in proportion to ``work_load_list``."""
    total = sum(work_load_list)
    sizes = [round(w * batch_size / total) for w in work_load_list]
    slices, end = [], 0
    for i, size in enumerate(sizes):
        begin, end = end, min(end + size, batch_size) if i < len(sizes) - 1 else batch_size
        if begin >= end:
            raise ValueError("Too many slices. Some splits are empty.")
        slices.append(slice(begin, end))
    return slices
