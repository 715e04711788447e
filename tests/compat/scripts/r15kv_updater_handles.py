"""What a kvstore's Python updater receives: key types, and new NDArray handles on the merged and stored arrays
each call (writes through them reach the pushed array and the stored value)."""
import mxnet as mx
from mxnet import nd

for kind in ["local", "device"]:
    for key in [3, "w"]:
        kv = mx.kv.create(kind)
        kv.init(key, nd.ones((2,)))
        calls = []

        def updater(k, grad, weight):
            calls.append((k, grad, weight))
            grad[:] = grad * 2
            weight[:] = weight + grad
        kv._set_updater(updater)
        pushed = nd.array([1, 2])
        kv.push(key, pushed)
        kv.push(key, pushed)
        kv.push(key, [nd.array([1, 1]), nd.array([2, 2], ctx=mx.cpu(1))])
        out = nd.zeros((2,))
        kv.pull(key, out=out)
        (k1, g1, w1), (k2, g2, w2), (k3, g3, w3) = calls
        print(kind, repr(key), "keys", [type(k).__name__ for k in (k1, k2, k3)], k1)
        print("  grad is pushed", g1 is pushed, g2 is pushed, "grad kept", g1 is g2)
        print("  weight kept", w1 is w2, w2 is w3, "grad is weight", g3 is w3)
        print("  types", type(g1).__name__, type(w1).__name__, g3.context, w3.context)
        print("  pushed now", pushed.asnumpy().tolist(), "pulled", out.asnumpy().tolist())
        print("  weight handle reads", w1.asnumpy().tolist())
