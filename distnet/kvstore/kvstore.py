"""`mx.kvstore.kvstore`: MXNet's module path of the KVStore class."""
from .base import KVStore, KVStoreBase, create  # noqa: F401

KVStore.__module__ = __name__       # MXNet defines it here: mx.kv.KVStore prints mxnet.kvstore.kvstore.KVStore


# the names MXNet's module shows, as its own imports
import ctypes  # noqa: E402,F401
import os  # noqa: E402,F401
import pickle  # noqa: E402,F401
from .. import optimizer as opt  # noqa: E402,F401
from ..base import KVStoreHandle, NDArrayHandle, c_str, check_call, mx_uint, py_str  # noqa: E402,F401
from ..ndarray import NDArray  # noqa: E402,F401

from ..base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """create""".split())
