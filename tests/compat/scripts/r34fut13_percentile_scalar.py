"""np.percentile / np.quantile of a 0-d array: an axis other than 0 or -1 is refused at the call; otherwise the call returns q's shape (float64 for float64 input, else float32) and reading it raises the kernel's missing-axis check (also through onp.percentile dispatch)."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(tag, call):
    try:
        r = call()
    except Exception as e:
        print(tag, "call ERR", type(e).__name__, repr(str(e)))
        return
    print(tag, "->", r.dtype, r.shape)
    try:
        print(r)
    except Exception as e:
        print(tag, "read ERR", type(e).__name__, repr(str(e)))


for dtype in ['float32', 'float64', 'float16', 'int32']:
    x = np.array(2.5, dtype=dtype)
    for axis in [None, 0, -1, 1, (0,), (), [-1]]:
        show("percentile %s axis=%s" % (dtype, axis), lambda: np.percentile(x, 50, axis=axis))
    show("quantile %s q-array" % dtype, lambda: np.quantile(x, np.array([0.1, 0.5])))
    show("quantile %s keepdims" % dtype, lambda: np.quantile(x, 0.5, keepdims=True))
show("onp.percentile", lambda: onp.percentile(np.array(2.5), 50))
show("onp.quantile axis 0", lambda: onp.quantile(np.array(2.5), np.array([0.5]), axis=0))
show("1-element", lambda: np.percentile(np.array([2.5]), 50))
