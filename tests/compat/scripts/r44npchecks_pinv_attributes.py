"""mx.np.linalg.pinv parses hermitian then a scalar rcond (True refused, '0.5' read) before its operator checks the array's rank, as MXNet 1.9.1 does."""
import mxnet as mx
import numpy as onp
np = mx.np


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, str(e).splitlines()[-1] if str(e) else '')


v = np.array([1., 2., 3.])
x = np.array([[1., 2.], [3., 4.], [5., 6.]])
show('1-D True', lambda: np.linalg.pinv(v, rcond=True))
show('1-D positional True', lambda: np.linalg.pinv(v, True))
show('1-D False', lambda: np.linalg.pinv(v, rcond=False))
show('1-D text', lambda: np.linalg.pinv(v, rcond='x'))
show('1-D number text', lambda: np.linalg.pinv(v, rcond='0.5'))
show('1-D float', lambda: np.linalg.pinv(v, rcond=1e-3))
show('2-D True', lambda: np.linalg.pinv(x, rcond=True))
show('2-D numpy bool', lambda: np.linalg.pinv(x, rcond=onp.bool_(True)))
show('2-D number text', lambda: np.linalg.pinv(x, rcond='0.5'))
show('0-d True', lambda: np.linalg.pinv(np.array(2.), rcond=True))
show('float16 True', lambda: np.linalg.pinv(x.astype('float16'), rcond=True))
show('hermitian text, True', lambda: np.linalg.pinv(x, rcond=True, hermitian='x'))
show('hermitian text', lambda: np.linalg.pinv(x, rcond=1e-3, hermitian='x'))
show('hermitian 1', lambda: np.linalg.pinv(x, rcond=1e-3, hermitian=1))
show('hermitian text, array rcond', lambda: np.linalg.pinv(x, rcond=np.array(0.1), hermitian='x'))
show('hermitian True', lambda: np.linalg.pinv(x, rcond=True, hermitian=True))
show('legacy True', lambda: np.linalg.pinv(mx.nd.array([[1., 2.]]), rcond=True))
