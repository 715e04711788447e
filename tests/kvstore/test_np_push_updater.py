"""A local store's updater receives legacy NDArrays even for mx.np pushes, placed where MXNet places them."""
import distnet as mx
from distnet import np


def test_updater_gets_legacy_arrays_for_np_pushes():
    kv = mx.kv.create("local")
    kv.init(3, np.ones((2,)))
    seen = []

    def update(key, merged, stored):
        seen.append((key, type(merged).__name__, type(stored).__name__, str(merged.ctx), str(stored.ctx)))
        stored += merged * 2

    kv._set_updater(update)
    kv.push(3, np.ones((2,)))
    kv.push(3, [np.ones((2,), ctx=mx.cpu(1)), np.ones((2,), ctx=mx.cpu(2))])
    out = np.zeros((2,))
    kv.pull(3, out=out)
    # MXNet 1.9.1: a lone push keeps its context, several are summed in the store's pinned buffer
    assert seen == [(3, "NDArray", "NDArray", "cpu(0)", "cpu_pinned(0)"),
                    (3, "NDArray", "NDArray", "cpu_pinned(0)", "cpu_pinned(0)")]
    assert out.tolist() == [7.0, 7.0] and type(out).__name__ == "ndarray"


def test_device_store_sums_on_the_first_device():
    kv = mx.kv.create("device")
    kv.init(0, np.zeros((2,)))
    seen = []
    kv._set_updater(lambda key, merged, stored: seen.append(str(merged.ctx)))
    kv.push(0, [np.ones((2,), ctx=mx.cpu(2)), np.ones((2,), ctx=mx.cpu(1))])
    assert seen == ["cpu(2)"]
