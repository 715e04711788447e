"""The single-process kvstores ('local', 'device', ...): sum the pushed arrays, update or store, copy out on pull."""
import numpy as np

from ..context import cpu
from ..ndarray.ndarray import _wrap
from .base import KVStore, check_shape

__all__ = ["LocalKVStore"]


class LocalKVStore(KVStore):
    """A kvstore in this process: values live on cpu(0); the caller's arrays are never aliased or modified."""

    def __init__(self, name="local"):
        super().__init__()
        self._type = name
        self._store = {}

    type = property(lambda self: self._type, doc="The name the store was created with ('local', 'device', ...).")
    rank = property(lambda self: 0, doc="Always 0: one process.")
    num_workers = property(lambda self: 1, doc="Always 1: one process.")

    def _has_key(self, key):
        return key in self._store

    def _init_key(self, key, value):
        self._store[key] = _wrap(value.asnumpy(), cpu(0))

    def _push_key(self, key, values):
        stored = self._store[key]
        for value in values:
            check_shape(key, value, stored.shape, "push")
        # summed in the order given, into a fresh buffer: bitwise reproducible, the inputs untouched
        merged = np.array(values[0]._data, dtype=stored.dtype)
        for value in values[1:]:
            np.add(merged, value.asnumpy(), out=merged, casting="unsafe")
        if self._updater is not None:
            self._updater(self._updater_key(key), _wrap(merged, stored.context), stored)
        else:
            np.copyto(stored._data, merged)

    def _pull_key(self, key, outs):
        stored = self._store[key]
        for out in outs:
            check_shape(key, out, stored.shape, "pull")
            np.copyto(out._data, stored._data, casting="unsafe")
