"""np.clip with 0-d array bounds (mx.np and NumPy, float16/32/64, int, bool): the bound is read from its text."""
import numpy as onp
from mxnet import np, npx
npx.set_np()

a = np.array([-1e39, -3.5, 0.09, 0.11, 1e-9, 3.57699, 3.577, 5., 3.5e38, 1e39], dtype='float64')


def show(label, fn):
    try:
        r = fn()
        text = "%s %s" % (r.dtype, [float(v).hex() for v in r.asnumpy().ravel().tolist()])
    except Exception as e:  # noqa: BLE001
        text = "raised %s: %s" % (type(e).__name__, str(e).strip().splitlines()[-1][:120])
    print(label, "->", text)


for v, dt in [(3.577, 'float32'), (0.1, 'float32'), (1e-8, 'float32'), (3e38, 'float32'), (float('nan'), 'float32'),
              (float('inf'), 'float32'), (3.577, 'float16'), (0.1, 'float16'), (2, 'int32'), (True, 'bool'),
              (0.1, 'float64'), (1 / 3, 'float32'), (1 / 3, 'float64'), (2.5, 'int8'), (123456789.0, 'float32')]:
    b = np.array(v, dtype=dt)
    show("min mx %s %r" % (dt, v), lambda: np.clip(a, b, None))
    show("max mx f32 %s %r" % (dt, v), lambda: np.clip(a.astype('float32'), None, b))
    show("min onp %s %r" % (dt, v), lambda: np.clip(a, onp.array(v, dtype=dt), None))
    show("method %s %r" % (dt, v), lambda: a.clip(b, b + 1 if dt != 'bool' else None))
x = a.copy()
show("out=x", lambda: np.clip(x, np.array(3.577, dtype='float32'), None, out=x))
show("1-d bound", lambda: np.clip(a, np.array([3.577, 1.2], dtype='float32'), None))
