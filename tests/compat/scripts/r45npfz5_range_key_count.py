"""A key holding a range is counted against the array's axes (too many is the IndexError) before the range becomes positions, whose empty arange MXNet refuses after."""
import mxnet as mx
mx.npx.set_np()
np = mx.np
import numpy as onp
def t(desc, f):
    try:
        r = f(); print(desc, r.shape)
    except Exception as e:
        print(desc, type(e).__name__, str(e).split('\n')[-1][:200])
for shape in [(0, 3), (3, 0), (2, 3)]:
    a = np.zeros(shape)
    for key in [(range(0, 0), slice(None), slice(0, None)), (onp.array([1, 2]), range(0, 0), np.array([0, 1], dtype='int32')),
                (range(0, 0),), (range(0, 0), 0), (0, range(0, 0)), range(0, 0), (range(0, 2), 0, 0), (range(3, 0), 1, None, 2)]:
        t(f'{shape} get {key}', lambda: a[key])
        def s():
            b = a.copy(); b[key] = 1; return b
        t(f'{shape} set {key}', s)
