"""A 'local' store sums a pushed list through copy buffers typed by the first array of the key's first summed push: one of another dtype than the key's fails the sum in its kernel (tensor_blob.h line 214), raised at the pulled output's first read, for that push and every later list; a 'device' store converts each array."""
# recorded on AMD AVX2
import numpy as np
import mxnet as mx

x = np.array([0.1, 1 / 3, 1000.7], dtype="float32")
for name in ["local", "device"]:
    kv = mx.kv.create(name)
    kv.init(["a", "b"], [mx.nd.array(x)] * 2)
    for key, dtypes in [("a", ["float16", "float16"]), ("a", ["float32", "float32"]), ("b", ["float32", "float16"]),
                        ("b", ["float16", "float32"])]:
        kv.push(key, [mx.nd.array(x, dtype=d) for d in dtypes])
        out = mx.nd.ones((3,))
        kv.pull(key, out=out)
        try:
            print(name, key, dtypes, out.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(name, key, dtypes, repr(str(e)))
            print(out.asnumpy().tolist())
    kv.push("a", mx.nd.array(x))
    out = mx.nd.ones((3,))
    kv.pull("a", out=out)
    print(name, "one array", out.asnumpy().tolist())
