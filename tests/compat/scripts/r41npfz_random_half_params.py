"""np.random.gamma with a float16 parameter array beside a number (made half too) and its refusal of an integer dtype listing out= shape as its size, and multivariate_normal refusing a list size in its Custom operator's shape callback (drawing nothing from its own generator)."""
import contextlib
import io
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def H(v):
    return np.array(v, dtype='float16')


for args in [(0.63, H([2.1, 2.02, 1.4])), (H([2.1, 0.63, 1.4]), 1.3), (H([2.1, 0.63, 1.4]), H([0.7, 1.1, 3.3])),
             (1.7, H([0.33, 1.1, 3.3])), (H([0.37, 0.63, 1.4]), 0.77), (0.37, H([2.1, 2.02, 1.4]))]:
    mx.random.seed(3)
    r = np.random.gamma(*args)
    print("gamma", [float(v).hex() for v in r.asnumpy().ravel()])
mx.random.seed(5)
print("gamma size", [float(v).hex() for v in np.random.gamma(2.2, H([2.1]), size=(2, 3)).asnumpy().ravel()])

mean, cov = np.array([1., 2.]), np.array([[1., 0.5], [0.5, 2.]])
for size in [[2, 2], [3], (1,), None, 2]:
    try:
        with contextlib.redirect_stdout(io.StringIO()):     # (MXNet prints its callback's traceback)
            r = np.random.multivariate_normal(mean, cov, size=size)
        print("mvn", size, r.shape, [round(float(v), 4) for v in r.asnumpy().ravel()])
    except Exception as e:  # noqa: BLE001
        print("mvn", size, "raised", type(e).__name__, str(e).strip().splitlines()[-1][:120])

o = np.zeros((2, 3))        # gamma's refusal of an integer dtype lists out='s shape as its size
for f, args in [('gamma', (1.64, 1)), ('uniform', (0, 1)), ('gamma', (1.64,))]:
    for kw in [dict(dtype='int32', out=o), dict(dtype='int32', size=(4,), out=o), dict(dtype='int32', size=())]:
        try:
            getattr(np.random, f)(*args, **kw)
        except Exception as e:  # noqa: BLE001
            print(f, type(e).__name__, str(e).strip().splitlines()[-1][:250])
