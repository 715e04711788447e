"""pick's refusal of a legacy index of another shape prints it as MXNet's shape assignment leaves it: zero (unknown) sizes filled from the inferred shape up to the first differing size, the rest -1."""
import sys
import mxnet as mx
import numpy as np


def show(label, fn):
    try:
        r = fn()
        print(label, r.shape, r.asnumpy().tolist())
    except Exception as e:
        lines = [l for l in str(e).splitlines() if l.strip()]
        print(label, type(e).__name__, next((l for l in lines if 'MXNetError' in l or 'Check' in l), lines[-1]))


def legacy(shape):
    return mx.nd.array(np.zeros(shape))


x = mx.nd.array(np.arange(60).reshape(5, 3, 4))
cases = [
    ('(0,2)', lambda: mx.nd.pick(x, legacy((0, 2)))),
    ('(0,2,1) keepdims', lambda: mx.nd.pick(x, legacy((0, 2, 1)), keepdims=True)),
    ('(2,0)', lambda: mx.nd.pick(x, legacy((2, 0)))),
    ('(0,3,2) keepdims', lambda: mx.nd.pick(x, legacy((0, 3, 2)), keepdims=True)),
    ('(0,)', lambda: mx.nd.pick(x, legacy((0,)))),
    ('(0,3) axis 1', lambda: mx.nd.pick(x, legacy((0, 3)), axis=1)),
    ('(0,4,1) axis 1', lambda: mx.nd.pick(x, legacy((0, 4, 1)), axis=1)),
    ('(0,3,0) axis 1', lambda: mx.nd.pick(x, legacy((0, 3, 0)), axis=1)),
    ('data (0,3,4) (0,2)', lambda: mx.nd.pick(legacy((0, 3, 4)), legacy((0, 2)))),
    ('data (5,0,4) (2,3)', lambda: mx.nd.pick(legacy((5, 0, 4)), mx.nd.ones((2, 3)))),
    ('data (5,0,4) (0,2) axis 1', lambda: mx.nd.pick(legacy((5, 0, 4)), legacy((0, 2)), axis=1)),
    ('known', lambda: mx.nd.pick(x, mx.nd.array([[0, 1, 2], [3, 2, 1], [0, 0, 0], [1, 1, 1], [3, 3, 3]]))),
]
for c in cases if len(sys.argv) < 2 else [cases[int(sys.argv[1])]]:
    show(*c)
