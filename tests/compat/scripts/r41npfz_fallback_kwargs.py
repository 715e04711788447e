"""mx.np kwargs and dtypes: bincount's weights summed one by one in their dtype, pad's constant_values parsed as a double, shuffle of a 0-d array, logistic/gumbel with a float16 parameter beside a number, and trace/svd/concatenate/reshape inference failures (given attributes, 0-d shapes as [])."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, np.ndarray):
            r = "%s %s %s" % (r.dtype, r.shape, [float(v).hex() for v in r.asnumpy().ravel()])
        print(label, "->", r)
    except Exception as e:  # noqa: BLE001
        print(label, "-> raised", type(e).__name__)
        print("   ", "\n    ".join(str(e).strip().splitlines()[-9:]))


onp.random.seed(4)
idx = onp.random.randint(0, 6, size=200)
for dt in ['float32', 'float16', 'float64', 'int32', 'int64']:
    w = np.array((onp.random.randn(200) * 3).astype(dt))
    show("bincount weights %s" % dt, lambda: np.bincount(np.array(idx, dtype='int32'), weights=w, minlength=8))
show("bincount small", lambda: np.bincount(np.array([0, 0, 2, 3, 0, 4, 4, 4], dtype='uint8'),
                                           weights=np.array([-1.3, -1.18, 1.0, -1.0, 1.0, -1.0, 0.0, 0.734])))
show("bincount empty weights", lambda: np.bincount(np.array([], dtype='int32'), weights=np.array([]), minlength=3))

a = np.array([[1, 2], [3, 4]], dtype='float32')
for cv in [0, 2.5, True, False, None, 'x', [1], np.array(2.), onp.float32(2), '1e400', ' 3']:
    for pw in [((1, 1), (0, 1)), ((1,), (2,))]:
        show("pad constant_values=%r %r" % (cv, pw), lambda: np.pad(a, pw, mode='constant', constant_values=cv))

for x in [np.array(1.0), np.array(True), np.array([], dtype='float32')]:
    show("shuffle %r" % (x,), lambda: np.random.shuffle(x))

for f in ['logistic', 'gumbel', 'normal']:
    for loc, sc in [(2.46, 'H'), ('H', 1.3), (-0.3333, 'H'), ('H', 0.7777), ('H', 'H')]:
        mx.random.seed(3)
        args = [np.array([1.647, 2.2], dtype='float16').reshape((2, 1)) if v == 'H' else v for v in (loc, sc)]
        show("%s(%s, %s)" % (f, loc, sc), lambda: getattr(np.random, f)(*args, size=(2, 3)))

s = np.array(2.)
for label, fn in [("trace 1-d", lambda: np.trace(np.ones(3))), ("trace 0-d", lambda: np.trace(s)),
                  ("trace 1-d positional", lambda: np.trace(np.ones(3), 0, 0, 1)),
                  ("trace 0-d offset=2", lambda: np.trace(s, offset=2)),
                  ("trace empty axis2=3", lambda: np.trace(np.ones((0,)), axis2=3)),
                  ("diagonal 1-d positional", lambda: np.diagonal(np.ones(3), 0, 0, 1)),
                  ("reshape 0-d None", lambda: np.reshape(s, None)),
                  ("concatenate two 0-d", lambda: np.concatenate([s, s])),
                  ("concatenate 0-d and 1-d", lambda: np.concatenate([s, np.ones(2)])),
                  ("svd 0-d", lambda: np.linalg.svd(s)), ("svd 1-d", lambda: np.linalg.svd(np.ones(3)))]:
    show(label, fn)
npx.reset_np()
show("trace 0-d without set_np", lambda: np.trace(np.array(2.)))
