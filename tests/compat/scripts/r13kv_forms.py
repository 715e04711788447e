"""kvstore keys and values in every form MXNet takes (0-d and empty arrays, iterables, nested key lists), with its check words."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        print(label, "->", words(e))


def pulled(kv, key, shape, dtype="float32"):
    out = nd.array(np.full(shape, 9), dtype=dtype)
    kv.pull(key, out=out)
    return out


for kind in ["local", "device"]:
    print("--", kind)
    kv = mx.kv.create(kind)
    for key, shape in [(0, ()), (1, (0,)), (2, (2, 0)), (3, (1, 1, 1, 1, 1, 2))]:
        data = np.arange(int(np.prod(shape))).reshape(shape) + 1.5
        value, double = nd.array(data), nd.array(data * 2)
        attempt(f"init {shape}", lambda: kv.init(key, value))
        attempt(f"pull {shape}", lambda: pulled(kv, key, shape))
        attempt(f"push list {shape}", lambda: kv.push(key, [value, double]))
        attempt(f"pull again {shape}", lambda: pulled(kv, key, shape))
        attempt(f"pushpull {shape}", lambda: kv.pushpull(key, value, out=nd.array(data)))
    kv.init(5, nd.ones((2,)))
    kv.init(6, nd.ones((3,)))
    attempt("push a float", lambda: kv.push(5, 3.0))
    attempt("push None", lambda: kv.push(5, None))
    attempt("pull into an int", lambda: kv.pull(5, out=3))
    attempt("push an iterator", lambda: kv.push(5, iter([nd.ones((2,))])))
    attempt("push an empty dict", lambda: kv.push(5, {}))
    attempt("push a tuple", lambda: kv.push(5, (nd.ones((2,)), nd.ones((2,)))))
    attempt("two keys, a float", lambda: kv.push([5, 6], 3))
    attempt("two keys, one bad entry", lambda: kv.push([5, 6], [nd.ones((2,)), 3]))
    attempt("pushpull a float", lambda: kv.pushpull(5, 3))
    attempt("broadcast into an int", lambda: kv.broadcast(9, nd.ones((2,)), out=3))
    attempt("broadcast into None", lambda: kv.broadcast(9, nd.ones((2,)), None))
    attempt("row_sparse_pull into an int", lambda: kv.row_sparse_pull(5, out=3, row_ids=nd.array([0])))
    attempt("nested keys", lambda: kv.init([7, [8, 10]], [nd.ones((2,)), [nd.ones((1,)) * 8, nd.ones((1,)) * 10]]))
    attempt("  pulled 10", lambda: pulled(kv, 10, (1,)))
    attempt("nested key, an array", lambda: kv.push([7, [8]], [nd.ones((2,)), nd.ones((2,))]))
    attempt("nested keys of two kinds", lambda: kv.push([7, ["a"]], [nd.ones((2,)), [nd.ones((2,))]]))
    attempt("pull before init", lambda: kv.pull(11, out=nd.zeros((2,))))
    attempt("init twice", lambda: kv.init(5, nd.ones((2,))))
    attempt("init twice in one list", lambda: kv.init([12, 12], [nd.ones((2,))] * 2))
    attempt("pull another shape", lambda: pulled(kv, 6, (2, 3)))
    attempt("push a list with another shape", lambda: kv.push(6, [nd.ones((3,)), nd.ones((3, 1))]))
    attempt("pushpull into another shape", lambda: kv.pushpull(6, nd.ones((3,)), out=nd.zeros((1, 3))))
    kv.init(13, nd.ones((2,), dtype="bool"))
    kv.push(13, [nd.ones((2,), dtype="bool")] * 2)
    attempt("bool list sum", lambda: pulled(kv, 13, (2,), "bool"))
    kvs = mx.kv.create(kind)
    kvs.init("w", nd.ones((2,)))
    attempt("init a str key twice", lambda: kvs.init("w", nd.ones((2,))))

for key_dtype, first in [("float16", "float32"), ("int32", "uint8"), ("float64", "int8")]:
    kv = mx.kv.create("local")
    kv.init(0, nd.ones((2,), dtype=key_dtype))
    kv.push(0, [nd.ones((2,), dtype=first), nd.ones((2,), dtype=key_dtype)])
    attempt(f"local list of {first} into {key_dtype}", lambda: pulled(kv, 0, (2,), key_dtype))
for key_dtype, pushed in [("float16", "float16"), ("float32", "float16"), ("float16", "float32"), ("uint8", "float32")]:
    kv = mx.kv.create("device")
    kv.set_gradient_compression({"type": "2bit", "threshold": 0.5})
    kv.init(0, nd.ones((2,), dtype=key_dtype))
    kv.push(0, nd.ones((2,), dtype=pushed))
    attempt(f"compressed {pushed} into {key_dtype}", lambda: pulled(kv, 0, (2,), key_dtype))
