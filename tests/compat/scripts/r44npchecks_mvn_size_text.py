"""mx.np.random.multivariate_normal reads size as its Custom operator does, from its text as a Python literal ('2', '(2,3)', 'None', True), as MXNet 1.9.1 does."""
import mxnet as mx
import numpy as onp
np = mx.np


def show(label, fn):
    try:
        print(label, fn().shape)
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__)


m = np.array([0., 1.])
c = np.array([[1., 0.2], [0.2, 1.]])
show('text 2', lambda: np.random.multivariate_normal(m, c, size='2'))
show('text tuple', lambda: np.random.multivariate_normal(m, c, size='(2,3)'))
show('text None', lambda: np.random.multivariate_normal(m, c, size='None'))
show('True', lambda: np.random.multivariate_normal(m, c, size=True))
show('numpy int', lambda: np.random.multivariate_normal(m, c, size=onp.int64(2)))
show('tuple', lambda: np.random.multivariate_normal(m, c, size=(2, 1)))
show('int', lambda: np.random.multivariate_normal(m, c, size=3))
show('empty tuple', lambda: np.random.multivariate_normal(m, c, size=()))
show('None', lambda: np.random.multivariate_normal(m, c))
