"""sum, mean, nansum and prod along axes of a legacy zero (unknown) size assign the shape they infer into an out= array's: a conflicting one is refused in the assignment's words, one that gives the unknown sizes passes to the kernel, whose size check fails when the result is read, and one with zero sizes of its own leaves inference incomplete."""
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
        print(tag, '->', y.shape, y.asnumpy().sum())
    except Exception as e:
        print(tag, 'read ->', type(e).__name__, first_line(e))


def full(shape):
    return nd.array(np.full(shape, 1.5))


cases = [((0, 2, 4), dict(axis=1), [(1, 4), (0, 4), (2, 4), (1, 5), (4,), (1, 2, 4)]),
         ((0, 2, 4), dict(axis=2), [(3, 2), (0, 2), (3, 3)]),
         ((0, 2, 4), dict(axis=(1, 2)), [(5,), (5, 1)]),
         ((0, 2, 4), dict(axis=1, keepdims=True), [(1, 2, 4), (0, 1, 4)]),
         ((2, 0, 4), dict(axis=2), [(2, 3), (2, 5, 1), (3, 3)]),
         ((0, 2, 4), dict(axis=0, exclude=True), [(3,), (0,)]),
         ((0, 3), dict(axis=1), [(7,), (7, 1)])]
for shape, kw, outs in cases:
    for oshape in outs:
        for name in ['sum', 'mean', 'nansum', 'prod']:
            show(f'{name} {shape} {kw} out={oshape}', lambda: getattr(nd, name)(full(shape), out=full(oshape), **kw))
