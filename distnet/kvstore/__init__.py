"""`mx.kv`: key-value stores for gradients and weights (``mx.kv.create('local')``, ``'device'``, ``'dist_sync'``).

As MXNet's, the namespace holds the API classes only: a store's own class is reached through ``create``.
"""
from .base import KVStoreBase, KVStore, create  # noqa: F401
from . import base, kvstore, kvstore_server  # noqa: F401
from .kvstore_server import KVStoreServer  # noqa: F401
