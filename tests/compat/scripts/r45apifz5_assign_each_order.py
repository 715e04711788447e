"""test_utils.assign_each and assign_each2 read each input in its memory order (numpy nditer), hand the function 0-d arrays and fill a C-order result, and assign_each, collapse_sum_like and check_numeric_gradient fail on non-arrays where MXNet does."""
import mxnet as mx, numpy as np
from mxnet import test_utils as tu
def run(name, f):
    try:
        r = f()
        print(name, 'OK', repr(r)[:300])
    except BaseException as e:
        print(name, 'E', type(e).__name__, str(e)[:300])
a = np.arange(6).reshape(2, 3)
run('ae_T', lambda: tu.assign_each(a.T, lambda x: x * 10))
run('ae_slice', lambda: tu.assign_each(a[:, ::-1], lambda x: x + 0.5))
run('ae_type', lambda: tu.assign_each(a, lambda x: float(type(x).__name__ == 'ndarray')))
run('ae_int', lambda: tu.assign_each(1, 2))
run('ae_list', lambda: tu.assign_each([1, 2], lambda x: x))
run('ae_0d', lambda: tu.assign_each(np.array(3.0), lambda x: x * 2))
run('ae_none', lambda: tu.assign_each(a.T, None))
run('ae2_T', lambda: tu.assign_each2(a.T, a.T.copy(), lambda x, y: x * 10 + y))
run('ae2_shape', lambda: tu.assign_each2(a, a.T, lambda x, y: x))
run('ae2_int', lambda: tu.assign_each2(1, 2, 3))
run('ae2_F', lambda: tu.assign_each2(np.asfortranarray(a), a, lambda x, y: x * 10 + y))
run('csl_int', lambda: tu.collapse_sum_like(1, 2))
run('csl', lambda: tu.collapse_sum_like(np.ones((2, 3)), (3,)).tolist())
run('csl_bad', lambda: tu.collapse_sum_like(np.ones((2, 3)), (1, 2, 3)))
run('cng_int', lambda: tu.check_numeric_gradient(1, 2))
run('cng_int2', lambda: tu.check_numeric_gradient(1, [np.ones(2)]))
run('cng_str', lambda: tu.check_numeric_gradient('x', {'a': np.ones(2)}))
