"""KVStoreBase.register as MXNet 1.9.1: lower-cased class names, a warning when a name is registered again."""
import warnings

import pytest

import distnet as mx


def make_store_class():
    class RegistryProbeStore(mx.kv.KVStoreBase):
        def __init__(self):
            self.calls = []

        def broadcast(self, key, value, out, priority=0):
            self.calls.append(("broadcast", key))

        def pushpull(self, key, value, out=None, priority=0):
            self.calls.append(("pushpull", key))

        @staticmethod
        def is_capable(capability):
            return False

    return RegistryProbeStore


def test_register_then_create_by_lowercase_name():
    klass = mx.kv.KVStoreBase.register(make_store_class())
    store = mx.kv.create("registryprobestore")
    assert type(store) is klass
    assert mx.kv.KVStoreBase.kv_registry["registryprobestore"] is klass


def test_registering_a_name_again_warns_and_replaces():
    first = mx.kv.KVStoreBase.register(make_store_class())
    second = make_store_class()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        mx.kv.KVStoreBase.register(second)
    messages = [str(w.message) for w in caught]
    assert any("is overriding existing kvstore" in m and "RegistryProbeStore" in m for m in messages), messages
    assert mx.kv.KVStoreBase.kv_registry["registryprobestore"] is second is not first
    with pytest.warns(UserWarning, match="overriding"):
        mx.kv.KVStoreBase.register(second)
