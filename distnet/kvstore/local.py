"""The single-process kvstores ('local', 'device', ...): sum the pushed arrays, update or store, copy out on pull."""
import ctypes

import numpy as np

from ..context import cpu_pinned
from ..ndarray.ndarray import _wrap
from ..base import MXNetError
from .base import KVStore, check_shape

__all__ = ["LocalKVStore"]


class LocalKVStore(KVStore):
    """A kvstore in this process: values live on cpu(0); the caller's arrays are never aliased or modified."""

    def __init__(self, name="local"):
        super().__init__()
        self._type = name
        self._store = {}
        self._failed = {}    # key -> the error of its last push, raised by pulls until a push succeeds

    type = property(lambda self: self._type, doc="The name the store was created with ('local', 'device', ...).")
    rank = property(lambda self: 0, doc="Always 0: one process.")
    num_workers = property(lambda self: 1, doc="Always 1: one process.")

    def _has_key(self, key):
        return key in self._store

    def _init_key(self, key, value):
        self._store[key] = _kept(value)

    def _value(self, key):
        return self._store[key]

    def _push_key(self, key, values):
        stored = self._store[key]
        try:
            for value in values:
                check_shape(key, value, stored.shape, "push")
        except MXNetError as e:
            # MXNet runs pushes asynchronously: a bad push fails later, at the pulls of the key
            self._failed[key] = e
            return
        self._failed.pop(key, None)
        if all(_stype(v) == "row_sparse" for v in values):
            merged = values[0].astype(stored.dtype)       # row_sparse sums keep the union of the rows
            for value in values[1:]:
                merged = merged + value.astype(stored.dtype)
        else:
            # summed in the order given, into a fresh buffer: bitwise reproducible, the inputs untouched
            merged = np.array(values[0].asnumpy(), dtype=stored.dtype)
            for value in values[1:]:
                np.add(merged, value.asnumpy(), out=merged, casting="unsafe")
            merged = _wrap(merged, self._merged_context(values))
        if self._updater is not None:
            try:
                self._updater(self._updater_key(key), merged, stored)
            except Exception as error:      # MXNet drops any error of the Python updater it calls back
                _report_dropped(error)
        elif _stype(merged) == _stype(stored):
            merged.copyto(stored)
        else:                        # as MXNet: the stored value takes the storage of what was pushed
            self._store[key] = _kept(merged)

    def _merged_context(self, values):
        """Where MXNet's sum of pushed values lives (an updater sees it): a lone value stays where it is; 'local'
        sums several in its pinned buffer, 'device' on the first value's device."""
        if len(values) == 1 or self._type.startswith("device"):
            return values[0].context
        return cpu_pinned(0)

    def _pull_key(self, key, outs):
        if key in self._failed:
            raise self._failed[key]
        stored = self._store[key]
        for out in outs:
            check_shape(key, out, stored.shape, "pull")
            if _stype(out) == "default":
                np.copyto(out._data, stored.asnumpy(), casting="unsafe")
            else:
                stored.astype(out.dtype).copyto(out)


_C_CALLBACK = ctypes.CFUNCTYPE(None)


def _report_dropped(error):
    """Report ``error`` as MXNet's C++ store does when the Python updater it calls back raises: Python prints
    "Exception ignored on calling ctypes callback function" with the traceback, and the push goes on."""
    def updater_handle():
        raise error
    _C_CALLBACK(updater_handle)()


# MXNet's stores of every type are instances of one class named KVStore; type(kv).__name__ says the same here
LocalKVStore.__name__ = LocalKVStore.__qualname__ = "KVStore"
LocalKVStore.__module__ = "distnet.kvstore.kvstore"      # type(kv) prints as MXNet's mxnet.kvstore.kvstore.KVStore


def _kept(value):
    """The store's own copy of ``value``: a legacy NDArray (an updater receives it as such, also for
    ``mx.np`` pushes) in pinned CPU memory, as MXNet keeps it."""
    copy = value.copyto(cpu_pinned(0))
    return copy.as_nd_ndarray() if _stype(copy) == "default" else copy


def _stype(array):
    return getattr(array, "stype", "default")
