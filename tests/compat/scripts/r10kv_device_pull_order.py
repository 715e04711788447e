"""A 'device' pull into several outputs fills the one at key % count first and copies it on, until a sum makes merge buffers."""
import mxnet as mx
from mxnet import nd

VALUE = [0.3, 255.7, -1.6]


def pull(kv, key, dtypes):
    outs = [nd.zeros((3,), dtype=d) for d in dtypes]
    kv.pull(key, out=outs)
    return [o.asnumpy().tolist() for o in outs]


for kind in ["local", "device", "local_allreduce_device"]:
    for keys in [[0, 1, 2], ["a", "b"]]:
        kv = mx.kv.create(kind)
        kv.init(keys, [nd.array(VALUE)] * len(keys))
        for key in keys:
            for dtypes in [["uint8", "float32"], ["float32", "uint8"], ["float16", "float64", "int32"]]:
                print(kind, repr(key), dtypes, pull(kv, key, dtypes))

for kind in ["device", "local_allreduce_device"]:
    kv = mx.kv.create(kind)
    kv.init([3, 4], [nd.array(VALUE)] * 2)
    print(kind, "before any sum", pull(kv, 3, ["float64", "uint8"]))
    kv.push(3, [nd.array([1.0, 1.0, 1.0])] * 2)
    print(kind, "after a list push to key 3, key 4:", pull(kv, 4, ["float64", "uint8"]))
    kv.init(5, nd.array(VALUE))
    print(kind, "key 5, initialised after it:", pull(kv, 5, ["float64", "uint8"]))

kv = mx.kv.create("device")
kv.set_gradient_compression({"type": "2bit", "threshold": 0.5})
kv.init([3, 4], [nd.array(VALUE)] * 2)
kv.push(3, nd.array([1.0, 1.0, 1.0]))
print("after one compressed push, key 4:", pull(kv, 4, ["float64", "uint8"]))
