"""float16 and float64 values through local and device kvstores: init, push (one array or a list, of the
stored dtype or another), pull and pushpull into outputs of any dtype, and server-side optimizers."""
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

warnings.simplefilter("ignore")


def show(a):
    a = a.asnumpy()
    if a.dtype == np.float16:
        return "float16 " + " ".join("%04x" % b for b in a.view(np.uint16).ravel())
    return f"{a.dtype} {np.round(a.astype('float64'), 6).ravel().tolist()}"


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def value(dtype, shift=0.0):
    return nd.array(np.sin(np.arange(6) * 1.3 + shift).reshape(2, 3) * 1.7, dtype=dtype)


for kind in ["local", "device"]:
    for dtype in ["float16", "float64"]:
        for other in ["float32", "float16", "float64"]:
            def pushed(kind=kind, dtype=dtype, other=other):
                kv = mx.kv.create(kind)
                kv.init(3, nd.ones((2, 3), dtype=dtype))
                kv.push(3, [value(dtype), value(other, 1.0)])
                out = nd.zeros((2, 3), dtype=dtype)
                kv.pull(3, out=out)
                return show(out)
            attempt(f"{kind} {dtype} push [{dtype}, {other}]", pushed)

            def pulled(kind=kind, dtype=dtype, other=other):
                kv = mx.kv.create(kind)
                kv.init(4, value(dtype))
                out = nd.zeros((2, 3), dtype=other)
                kv.pull(4, out=out)
                return show(out)
            attempt(f"{kind} {dtype} pull into {other}", pulled)

            def pushpulled(kind=kind, dtype=dtype, other=other):
                kv = mx.kv.create(kind)
                kv.init(5, nd.ones((2, 3), dtype=dtype))
                out = nd.zeros((2, 3), dtype=other)
                kv.pushpull(5, value(dtype, 2.0), out=out)
                return show(out)
            attempt(f"{kind} {dtype} pushpull out {other}", pushpulled)
        for opt, kwargs in [("sgd", {"momentum": 0.9}), ("sgd", {"momentum": 0.9, "multi_precision": True}),
                            ("adam", {"multi_precision": True}), ("rmsprop", {"multi_precision": True})]:
            def optimized(kind=kind, dtype=dtype, opt=opt, kwargs=kwargs):
                kv = mx.kv.create(kind)
                kv.set_optimizer(mx.optimizer.create(opt, learning_rate=0.1, **kwargs))
                kv.init(7, value(dtype))
                steps = []
                for i in range(3):
                    kv.push(7, value(dtype, i))
                    out = nd.zeros((2, 3), dtype=dtype)
                    kv.pull(7, out=out)
                    steps.append(show(out))
                return " | ".join(steps)
            attempt(f"{kind} {dtype} {opt} {kwargs}", optimized)
