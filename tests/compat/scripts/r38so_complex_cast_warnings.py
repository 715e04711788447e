"""Complex numbers read into real arrays warn as numpy does inside MXNet: a ComplexWarning once per MXNet site (the
copy of a numpy array by nd.array, np.array and setitem; a complex scalar filled in by setitem; a complex scalar
operand of an nd and of an np operator), with the values' real parts kept."""
import warnings

import numpy as np

import mxnet as mx

warnings.showwarning = lambda message, category, *args, **kwargs: print('  warning:', category.__name__, message)
a = np.array([1 + 1j, 2], dtype=np.complex64)


def show(label, f):
    try:
        r = f()
        print(label, r.asnumpy().tolist() if hasattr(r, 'asnumpy') else r)
    except Exception as e:
        print(label, type(e).__name__, str(e).split('Stack trace')[0].strip()[-200:])


def written(x, key, value):
    x[key] = value
    return x


show('nd.array(complex, int32)', lambda: mx.nd.array(a, dtype='int32'))
show('nd.array(complex)', lambda: mx.nd.array(a))
show('np.array(complex, float32)', lambda: mx.np.array(a, dtype='float32'))
show('nd x[:] = complex array', lambda: written(mx.nd.zeros(2), slice(None), a))
show('nd x[1:] = complex array', lambda: written(mx.nd.zeros(2), slice(1, None), a[:1]))
show('np x[:] = complex array', lambda: written(mx.np.zeros(2), slice(None), a))
show('nd fancy = complex array', lambda: written(mx.nd.zeros((2, 2)), ([0, 1], [0, 1]), a))
show('np x[0] = complex scalar', lambda: written(mx.np.zeros(2), 0, np.complex64(1j)))
show('nd x[0] = complex scalar', lambda: written(mx.nd.zeros(2), 0, np.complex64(3 + 1j)))
show('nd x[:] = complex scalar', lambda: written(mx.nd.zeros(2), slice(None), np.complex128(2 + 1j)))
show('nd x[:] = python complex', lambda: written(mx.nd.zeros(2), slice(None), 1j))
show('np + complex scalar', lambda: mx.np.ones(2) + np.complex64(1))
show('np maximum complex scalar', lambda: mx.np.maximum(mx.np.ones(2), np.complex64(3)))
show('nd + complex scalar', lambda: mx.nd.ones(2) + np.complex64(1))
show('complex scalar + nd', lambda: np.complex64(1) + mx.nd.ones(2))
show('nd - complex scalar', lambda: mx.nd.ones(2) - np.complex128(3 + 2j))
show('nd.maximum complex scalar', lambda: mx.nd.maximum(mx.nd.ones(2), np.complex64(3)))
show('nd.array python complex', lambda: mx.nd.array([1 + 1j]))
show('nd.full complex', lambda: mx.nd.full((2,), 1j))
