"""An index array past its axis is found by MXNet's gather kernel: the result has its dtype and shape, and reading
it raises the C++ IndexError, whose text carries its source line (mx.np and mx.nd alike, negatives too)."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()
a = np.arange(6.).reshape((2, 3))
keys = [('float mask-like', lambda: np.array([True, True, True])), ('int', lambda: np.array([2])),
        ('negative', lambda: np.array([-3])), ('two', lambda: np.array([0, 5])), ('2-D', lambda: np.array([[1], [4]])),
        ('list', lambda: [0, 2]), ('axis 1', lambda: (slice(None), np.array([3]))),
        ('int then array', lambda: (1, np.array([-4]))), ('pair', lambda: (np.array([0]), np.array([7])))]
for label, key in keys:
    try:
        r = a[key()]
        print(label, r.dtype, r.shape)
        print(label, r)
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines())
legacy = mx.nd.arange(6).reshape((2, 3))
for label, make in [('nd int', lambda: legacy[mx.nd.array([2])]), ('nd negative', lambda: legacy[mx.nd.array([-3])]),
                    ('gather_nd', lambda: mx.nd.gather_nd(legacy, mx.nd.array([[5], [-9]])))]:
    r = make()
    print(label, r.shape)
    try:
        r.asnumpy()
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines())
r = a[np.array([0, 9])]
try:
    mx.nd.waitall()
except Exception as e:  # noqa: BLE001
    print('waitall', type(e).__name__, str(e).splitlines())
