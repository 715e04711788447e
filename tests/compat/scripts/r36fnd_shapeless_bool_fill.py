"""A bool written into a 0-d legacy NDArray (x[:] = True, nd.full((), True)) fails parsing its text before shape inference."""
import numpy as np
import mxnet as mx

def attempt(label, f):
    try:
        r = f()
        print(label, r.shape, r.asnumpy())
    except mx.base.MXNetError as e:
        print(label, type(e).__name__, str(e).strip().split("\n")[-1])

def write(x, key, v):
    x[key] = v
    return x

for v in [True, False, np.bool_(True), np.bool_(False), 2.0, 3, np.float32(1.5)]:
    for dt in ["float32", "int32", "bool"]:
        for key in [slice(None), ()]:
            attempt("0-d %s [%s] = %r" % (dt, key, v), lambda: write(mx.nd.array(np.zeros((), dt), dtype=dt), key, v))
            attempt("(2,) %s [%s] = %r" % (dt, key, v), lambda: write(mx.nd.zeros((2,), dtype=dt), key, v))
    attempt("full((), %r)" % (v,), lambda: mx.nd.full((), v))
    attempt("full((), %r, int8)" % (v,), lambda: mx.nd.full((), v, dtype="int8", ctx=mx.cpu(1)))
