"""np.roll with an empty axis tuple fails reading its last axis (unless the shift's length differs first), np.trace of fewer than 2 axes lists the shape of out= in its failed inference, np.var/np.std refuse an unknown dtype before a 0-d array's axes, and squeezing a 0-d array by an empty axis tuple is refused as more than one axis, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(name, fn):
    try:
        r = fn()
        print(name, r.shape, r.dtype)
    except mx.base.MXNetError as e:
        print(name, ' | '.join(str(e).strip().splitlines()))


for shape in [(2,), (2, 3), ()]:
    for shift in [1, (1,), (1, 2), ()]:
        show('roll %s %s' % (shape, shift), lambda: np.roll(np.ones(shape), shift, axis=()))
show('roll list axis', lambda: np.roll(np.ones((2, 2)), 1, axis=[]))
for shape, out in [((2,), (3, 4)), ((), ()), ((0,), (1,)), ((2,), None)]:
    show('trace %s %s' % (shape, out), lambda: np.trace(np.ones(shape), out=None if out is None else np.zeros(out)))
for fn in ('var', 'std'):
    for shape in [(), (2, 3)]:
        for kw in [dict(axis=(0, 1), dtype='uint8'), dict(axis=1, dtype='bool', keepdims=True), dict(axis=0, dtype='int8')]:
            show('%s %s %s' % (fn, shape, sorted(kw.items())), lambda: getattr(np, fn)(np.ones(shape), **kw))
for axis in [(), [], (0, 0), (0,)]:
    show('squeeze 0-d %s' % (axis,), lambda: np.squeeze(np.ones(()), axis=axis))
    show('squeeze 0-d method %s' % (axis,), lambda: np.ones(()).squeeze(axis=axis))
