# mx.np arrays of the graph given a numpy value whole while recording: copied in by no operator, other writes refused
# recorded on AVX2
import mxnet as mx, numpy as onp
from mxnet import np, npx, autograd
npx.set_np()
a = np.ones((2, 3)); a.attach_grad()
for label, f in [('full numpy', lambda b: b.__setitem__(slice(None), onp.full((2, 3), 5.0))),
                 ('full scalar', lambda b: b.__setitem__(slice(None), 7.0)),
                 ('part numpy', lambda b: b.__setitem__(0, onp.full((3,), 5.0))),
                 ('full mx', lambda b: b.__setitem__(slice(None), np.full((2, 3), 5.0))),
                 ('ellipsis numpy', lambda b: b.__setitem__(Ellipsis, onp.full((2, 3), 5.0)))]:
    try:
        with autograd.record():
            b = a * 2
            f(b)
            c = (b * a).sum()
        c.backward()
        print(label, b.tolist(), a.grad.tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[-1][:120])
for label, v in [('bcast row', onp.full((3,), 4.0)), ('bcast 1x1', onp.full((1, 1), 4.0)), ('int numpy', onp.full((2, 3), 4, dtype='int64')), ('0-d numpy', onp.array(3.0))]:
    try:
        with autograd.record():
            b = a * 2
            b[:] = v
            c = (b * a).sum()
        c.backward()
        print(label, b.tolist(), a.grad.tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[-1][:120])
