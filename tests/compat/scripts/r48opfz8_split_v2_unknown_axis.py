"""split_v2 along a legacy axis of zero (unknown) size checks each cut against the size -1 (equal sections by C's integer division of it), so every cut is refused in MXNet's words, while cuts along a known axis of such data give parts of unknown size, whose reads and ops fail."""
import mxnet as mx
import numpy as np

nd = mx.nd


def message(e):
    lines = [l.strip() for l in str(e).split('\n') if l.strip() and not l.strip().startswith('[bt]')]
    lines = [l for l in lines if 'Stack trace' not in l and not l.startswith('Traceback')]
    return ' | '.join(lines)[:400]


def show(tag, f):
    try:
        ys = f()
    except Exception as e:
        print(tag, 'call ->', type(e).__name__, message(e))
        return
    try:
        print(tag, '->', [(y.shape, y.asnumpy().sum()) for y in (ys if isinstance(ys, list) else [ys])])
    except Exception as e:
        print(tag, 'read ->', type(e).__name__, message(e))


for shape, axis in [((0, 5), 0), ((5, 0), 1), ((3, 0, 2), -2), ((2, 0), -1), ((0, 5), 1), ((0, 4, 2), 1)]:
    x = nd.array(np.zeros(shape))
    for parts in [1, 2, 3, (2,), (1, 3), (0,), (0, 1)]:
        show(f'{shape} axis {axis} {parts}', lambda: nd.split_v2(x, parts, axis=axis))
    show(f'{shape} axis {axis} squeeze', lambda: nd.split_v2(x, 1, axis=axis, squeeze_axis=True))
