"""SequenceLast and SequenceMask over a legacy 0-d array check their time axis is 0 or 1 before they read the batch axis of the unknown shape."""
import numpy as np
import mxnet as mx
from _words import words


def show(tag, fn):
    try:
        y = fn()
        print(tag, 'call ok', y.shape)
    except mx.base.MXNetError as e:
        print(tag, 'call', words(e))


for op in ['SequenceLast', 'SequenceMask']:
    f = getattr(mx.nd, op)
    for dt in ['float32', 'int32', 'bool']:
        for axis in [0, 1, 2, -1, 5]:
            show(f'{op} {dt} axis {axis}', lambda: f(mx.nd.array(np.ones(()), dtype=dt), axis=axis))
    for shape in [(2, 3, 4), (3,)]:
        for axis in [2, -1]:
            show(f'{op} {shape} axis {axis}', lambda: f(mx.nd.ones(shape), axis=axis))
