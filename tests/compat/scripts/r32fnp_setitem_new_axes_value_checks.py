"""mx.np setitem through keys with None: a one-element selection takes values of shape (1,); mis-sized new axes fail in mx.np squeeze's words."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def arr(shape):
    k = onp.arange(int(onp.prod(shape)))
    return np.array((((k * 37 % 11) - 5) / 3.0).reshape(shape), dtype='float32')


def show_error(e):
    lines = str(e).splitlines()
    if lines[0].startswith("Traceback") and len(lines) > 2:
        lines = [lines[1].strip() + " | " + lines[2]]
    print("ERR", type(e).__name__, lines[0])


for key in [(0, None, 1), (0, None), (None, 0, 1), (0, 1, None), (None, 1), (slice(None), None, 1),
            (0, None, slice(0, 1)), (None, None, 0, 1), (None, slice(None), 2)]:
    for value in [arr((3,)), arr((2,)), arr((1,)), arr((1, 1)), arr((2, 3)), arr((1, 3)), 5, [1.5]]:
        a = arr((2, 3))
        try:
            a[key] = value
            print(key, getattr(value, 'shape', value), a.asnumpy().ravel().tolist())
        except Exception as e:
            print(key, getattr(value, 'shape', value), end=' ')
            show_error(e)
