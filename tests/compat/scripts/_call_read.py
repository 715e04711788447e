"""Calls an op over legacy arrays, then reads its result, printing each step's outcome or MXNet's words."""
import numpy as np
import mxnet as mx
from _words import words


def arr(shape, dtype='float32'):
    return mx.nd.array(np.ones(shape), dtype=dtype)


def show(tag, fn):
    try:
        y = fn()
    except mx.base.MXNetError as e:
        print(tag, 'call', words(e))
        return
    print(tag, 'call ok', y.shape, y.dtype.__name__)
    try:
        print(tag, 'read', y.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(tag, 'read', words(e))
