"""Axis keyword forms and check order: broadcast_like with int lhs_axes/rhs_axes, slice_axis's begin/end checks in MXNet's order (begin < end first, then end >= 0, end <= size, begin >= 0)."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:160]
    return lines[-1][:160] if lines else ''


def show(tag, f):
    try:
        y = f()
        print(tag, '->', y.shape, y.dtype.__name__, y.asnumpy().ravel().tolist())
    except Exception as e:
        print(tag, '->', type(e).__name__, first_line(e))


a = nd.array([[1.], [2.]])
b = nd.ones((2, 3))
for la, ra in [(0, 0), (1, 1), (1, -1), (-1, 1), (1, (1,)), ((1,), 1), (0, 1), (2, 1), (1, 2), (-3, 0)]:
    show('broadcast_like lhs_axes=%r rhs_axes=%r' % (la, ra), lambda: nd.broadcast_like(a, b, lhs_axes=la, rhs_axes=ra))
x = nd.array(np.arange(6).reshape(1, 3, 2), dtype='int32')
for ax, beg, end in [(1, -5, -4), (1, -5, 7), (1, 0, 7), (1, 2, -5), (1, 4, 7), (1, -4, -5), (1, 5, -4), (-3, 2, -2),
                     (0, 2, -2), (1, 2, 1), (1, -1, 1), (1, 0, 0), (1, 5, None), (1, -5, None), (2, 1, -2), (1, -2, None),
                     (2, -1, 2), (0, -1, None)]:
    show('slice_axis axis=%d begin=%r end=%r' % (ax, beg, end), lambda: nd.slice_axis(x, axis=ax, begin=beg, end=end))
    show('  method', lambda: x.slice_axis(axis=ax, begin=beg, end=end))
