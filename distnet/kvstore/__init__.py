"""`mx.kv`: key-value stores for gradients and weights (``mx.kv.create('local')``, ``'device'``, ``'dist_sync'``)."""
from .base import KVStoreBase, KVStore, TestStore, create  # noqa: F401
from .local import LocalKVStore  # noqa: F401
from . import base, kvstore, kvstore_server  # noqa: F401
from .kvstore_server import KVStoreServer  # noqa: F401
