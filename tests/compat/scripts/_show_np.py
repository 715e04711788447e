"""Prints an mx.np call's result (an array's dtype and values, else its repr) or its exception class."""
import mxnet as mx
from mxnet import np


def show(label, f):
    try:
        r = f()
        mx.nd.waitall()
        text = "%s %s" % (r.dtype, r.tolist()) if isinstance(r, np.ndarray) else repr(r)
    except Exception as e:  # noqa: BLE001
        text = "raised %s" % type(e).__name__
    print(label, text)
