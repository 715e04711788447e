"""sum, mean, prod, nansum and nanprod over legacy data of unknown (zero) sizes into an out= array that fills them run their reduce kernel, which folds the data against the output's shape (keepdims) or the data's own and checks the data's then the output's size against the folds (failing when read), else reduces no elements into each value (0, 1, or a mean's -nan), as MXNet does."""
import zlib
import mxnet as mx
import numpy as np

nd = mx.nd


def full(shape, v=2.0):
    return nd.array(np.full(shape, v))


def show(tag, f):
    try:
        r, o = f()
    except Exception as e:
        lines = [l for l in str(e).split('\n') if l.strip()]
        print(tag, 'call ->', type(e).__name__, ' | '.join(lines[1:5])[:300] if 'inferring' in str(e) else lines[-1])
        return
    for name, a in (('result', r), ('out', o)):
        try:
            v = a.asnumpy()
            print(tag, name, v.shape, v.dtype, '%08x' % zlib.crc32(v.tobytes()))
        except Exception as e:
            print(tag, name, 'read ->', type(e).__name__, [l for l in str(e).split('\n') if l.strip()][-1])


rng = np.random.RandomState(7)
for k in range(120):
    op = ['sum', 'mean', 'prod', 'nansum', 'nanprod'][k % 5]
    ndim = rng.randint(2, 5)
    xs = [int(v) for v in rng.randint(0, 3, ndim)]
    if 0 not in xs:
        xs[rng.randint(ndim)] = 0
    axes = tuple(sorted(set(int(a) for a in rng.randint(0, ndim, rng.randint(1, 3)))))
    keep = bool(rng.randint(0, 4))
    exclude = not rng.randint(0, 5)
    reduced = [i for i in range(ndim) if (i in axes) != exclude]
    oshape = [1 if i in reduced else (v if v else int(rng.randint(1, 4))) for i, v in enumerate(xs)]
    if not keep:
        oshape = [v for i, v in enumerate(oshape) if i not in reduced] or [1]

    def call(op=op, xs=tuple(xs), axes=axes, keep=keep, exclude=exclude, oshape=tuple(oshape)):
        o = full(oshape)
        return getattr(nd, op)(full(xs), axis=axes, keepdims=keep, exclude=exclude, out=o), o
    show(f'{op} {tuple(xs)} axis={axes} keepdims={keep} exclude={exclude} out={tuple(oshape)}', call)
for op in ['sum', 'mean', 'prod', 'nansum', 'nanprod']:
    for xs, kw, oshape in [((0, 2), dict(axis=1, keepdims=True), (1, 1)), ((2, 0), dict(axis=0, keepdims=True), (1, 4)),
                           ((0, 3, 2), dict(axis=1, keepdims=True), (1, 1, 2)), ((0, 0, 1), dict(axis=0), (2, 1)),
                           ((0, 3), dict(axis=1, keepdims=True), (2, 2)), ((0, 2), dict(axis=1), (1,))]:
        show(f'{op} {xs} {kw} out={oshape}', lambda: (lambda o: (getattr(nd, op)(full(xs), out=o, **kw), o))(full(oshape)))
