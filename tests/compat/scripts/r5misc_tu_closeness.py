import mxnet as mx
import numpy as np
from mxnet import test_utils as tu


def attempt(label, f, *args, **kwargs):
    try:
        print(label, 'returned', f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace('\n', ' | '))


a32 = np.array([1.0, 2.0, 5.0, 7.0], dtype='float32')
b32 = np.array([1.0, 2.5, 5.0, 9.0], dtype='float32')
attempt('bool', tu.assert_almost_equal, np.array([True, False]), np.array([True, True]))
attempt('bool same', tu.assert_almost_equal, np.array([True, False]), np.array([True, False]))
attempt('f16 tiny tols', tu.assert_almost_equal, np.array([1.0, 2.0], dtype='float16'),
        np.array([1.0, 2.001], dtype='float16'), rtol=1e-10, atol=1e-10)
attempt('mismatches (1, 1)', tu.assert_almost_equal, a32, b32, mismatches=(1, 1))
attempt('mismatches (1, 0)', tu.assert_almost_equal, a32, b32, mismatches=(1, 0))
attempt('names', tu.assert_almost_equal, a32, b32, names=('p', 'q'))
attempt('nd same dtype', tu.assert_almost_equal, mx.nd.array(a32), mx.nd.array(b32))
attempt('nd mixed dtype', tu.assert_almost_equal, mx.nd.array(a32), mx.nd.array(b32, dtype='float64'))
attempt('scalars', tu.assert_almost_equal, 1.0, 1.5)
attempt('almost_equal nd', tu.almost_equal, mx.nd.array(a32), mx.nd.array(a32))
attempt('almost_equal np', tu.almost_equal, a32, b32, atol=3)
attempt('ignore_nan int', tu.assert_almost_equal_ignore_nan, np.array([1, 2], dtype='int32'),
        np.array([1, 3], dtype='int32'))
attempt('ignore_nan f16', tu.assert_almost_equal_ignore_nan, np.array([1.0, np.nan], dtype='float16'),
        np.array([np.nan, 2.001], dtype='float16'))
attempt('ignore_nan nd', tu.assert_almost_equal_ignore_nan, mx.nd.array(a32), a32)
attempt('with_err pass', tu.assert_almost_equal_with_err, a32, b32, etol=0.6)
attempt('with_err fail', tu.assert_almost_equal_with_err, a32, b32, etol=0.2, names=('u', 'v'))
attempt('with_err no etol', tu.assert_almost_equal_with_err, a32, b32, names=('u', 'v'))
np.random.seed(3)
print('rand_coord_2d', [(type(v).__name__, int(v)) for v in tu.rand_coord_2d(0, 5, 10, 12)])
x = mx.nd.ones((2, 2))
print('same_array', tu.same_array(x, x), tu.same_array(x, x.copy()), tu.same_array(x, x[0:1]))
attempt('same_array number', tu.same_array, 1.0, 1.0)
