"""test_utils helpers as MXNet has them: assert_exception catching its own assert, retry, bucket and csr-shuffle checks."""
import numpy as np
import mxnet as mx
from mxnet import test_utils as tu


def attempt(label, f):
    try:
        print(label, 'returned', f())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0])


for exc in [Exception, AssertionError, BaseException, ValueError, (ValueError, AssertionError)]:
    attempt('assert_exception no raise %s' % (exc,), lambda: tu.assert_exception(lambda: 1, exc))
attempt('assert_exception raises', lambda: tu.assert_exception(lambda x: 1 / x, ZeroDivisionError, 0))
attempt('assert_exception other', lambda: tu.assert_exception(lambda: [][1], KeyError))
for n in [0, -1, 1, 3]:
    attempt('retry(%d)' % n, lambda: tu.retry(n)(lambda: 'value')())
calls = []


def flaky():
    calls.append(1)
    assert len(calls) > 2, 'not yet'


attempt('retry flaky 3', lambda: (tu.retry(3)(flaky)(), len(calls)))
calls.clear()
attempt('retry flaky 2', lambda: tu.retry(2)(flaky)())
print('retry name', tu.retry(2)(flaky).__name__)
for n in [0, -2, 1, 3]:
    attempt('buckets %d' % n, lambda: tu.gen_buckets_probs_with_ppf(lambda x: 4 * x, n))


class ScipyLikeCsr:
    indptr, indices = np.array([0, 3, 3, 6]), np.array([0, 1, 2, 0, 1, 2])


csr = ScipyLikeCsr()
np.random.seed(5)
attempt('shuffle scipy-like', lambda: (tu.shuffle_csr_column_indices(csr), csr.indices.tolist()))
attempt('shuffle CSRNDArray', lambda: tu.shuffle_csr_column_indices(mx.nd.ones((2, 2)).tostype('csr')))
