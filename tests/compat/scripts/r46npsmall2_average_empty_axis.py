"""np.average of an empty array over axes whose empty extent is the kernel's last reduced block beside more than one kept value fails when read with "Shape size mismatch"; else it gives NaN."""
import mxnet as mx
mx.npx.set_np()
np = mx.np


def err(e):
    lines = [l for l in str(e).split("\n") if l.strip()]
    return "%s: %s" % (type(e).__name__, ' | '.join(lines[-2:]))


cases = [((2, 0), 1), ((3, 0), 1), ((1, 0), 1), ((2, 0, 3), 1), ((2, 3, 0), 2), ((2, 3, 0), (1, 2)), ((2, 0), (0, 1)),
         ((2, 0, 3), (0, 1)), ((0, 2, 3), 0), ((2, 0), -1), ((2, 1, 0), 2), ((1, 2, 0), 2), ((1, 1, 0), 2),
         ((1, 0, 0), (1, 2)), ((2, 0, 0), (1, 2)), ((0,), None), ((2, 0), None)]
for s, ax in cases:
    for dt in ['float32', 'float64']:
        x = np.ones(s, dtype=dt)
        try:
            y = np.average(x, axis=ax)
            print(s, ax, dt, 'called')
            print(s, ax, dt, y.dtype, y.shape, y.asnumpy().tolist())
        except Exception as e:
            print(s, ax, dt, err(e))
        try:
            mx.nd.waitall()
        except Exception as e:
            print('  waitall', err(e))
x = np.ones((2, 0), dtype='float32')
x.attach_grad()
with mx.autograd.record():
    a, w = np.average(x, axis=1, returned=True)
print('called')
try:
    print('sum of weights', w.asnumpy().tolist())
except Exception as e:
    print('sum of weights', err(e))
a.backward()
print('grad', x.grad.shape, x.grad.asnumpy().tolist())
