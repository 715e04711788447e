"""`mx.kvstore.kvstore`: MXNet's module path of the KVStore class."""
from .base import KVStore, KVStoreBase, create  # noqa: F401
