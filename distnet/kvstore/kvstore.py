"""`mx.kvstore.kvstore`: MXNet's module path of the KVStore class."""
from .base import KVStore, KVStoreBase, create  # noqa: F401

KVStore.__module__ = __name__       # MXNet defines it here: mx.kv.KVStore prints mxnet.kvstore.kvstore.KVStore
