"""A 'device' kvstore's first pull of a key into several outputs fills the output at key mod count first (a negative key
taken as unsigned 64-bit), the others from it; 'local' copies the value into each."""
import mxnet as mx

DTYPES = ["float16", "float32", "int32", "float64", "uint8"]
for t in ["device", "local"]:
    for key in [-1, -2, -3, -4, -7, 4, 5, 2**31 - 1, -2**31]:
        row = []
        for count in [2, 3, 4, 5]:
            kv = mx.kv.create(t)
            kv.init(key, mx.nd.array([1.0009765625, 2.5, 200.1]))
            outs = [mx.nd.zeros((3,), dtype=d) for d in DTYPES[:count]]
            kv.pull(key, out=outs)
            row.append([o.asnumpy().tolist() for o in outs])
        print(t, key, row)
