"""reshape to () of a legacy array: oneDNN's copy (float32, uint8, int8 of at most 4 axes) refuses a 0-d target when the result is read, the other types and ranks give a 0-d array of a one-element input (refusing other sizes by their count)."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:200]
    return lines[-1][:200] if lines else ''


def show(tag, f):
    try:
        y = f()
    except Exception as e:
        print(tag, 'call ->', type(e).__name__, first_line(e))
        return
    try:
        print(tag, '->', y.shape, y.dtype.__name__, y.asnumpy().tolist())
    except Exception as e:
        print(tag, 'read ->', type(e).__name__, first_line(e))


for dtype in ['float32', 'float64', 'float16', 'int64', 'int32', 'uint8', 'int8', 'bool']:
    for shape in [(1,), (1, 1), (2,), (1, 1, 1, 1, 1)]:
        x = nd.array(np.ones(shape), dtype=dtype)
        show(f'{dtype} {shape} reshape(shape=())', lambda: nd.reshape(x, shape=()))
        show(f'{dtype} {shape} Reshape()', lambda: nd.Reshape(x))
