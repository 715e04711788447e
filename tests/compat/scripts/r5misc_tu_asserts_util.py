import mxnet as mx
import numpy as np
from mxnet import test_utils as tu


def attempt(label, f):
    try:
        print(label, 'returned', f())
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)[:60]))


x = mx.sym.var('x')
y = mx.sym.sin(x)
loc = [np.array([0.1, 0.5, 1.0])]
attempt('numeric_eps 0', lambda: tu.check_numeric_gradient(y, loc, numeric_eps=0))
attempt('numeric_eps 1e-6', lambda: tu.check_numeric_gradient(y, loc, numeric_eps=1e-6))
attempt('forward int dtype', lambda: tu.check_symbolic_forward(y, loc, [np.sin(loc[0])], dtype=np.int32))
attempt('backward int dtype', lambda: tu.check_symbolic_backward(y, loc, [np.ones(3)], [np.cos(loc[0])], dtype='int8'))
attempt('location type', lambda: tu.check_symbolic_forward(y, 5, [np.sin(loc[0])]))
attempt('consistency one ctx', lambda: tu.check_consistency(y, [{'ctx': mx.cpu(), 'x': (2,)}]))
attempt('assign_each2 shapes', lambda: tu.assign_each2(np.ones(2), np.ones(3), lambda a, b: a + b))
mx.util.set_np(shape=1, array=1)
print('set_np(1, 1)', repr(mx.util.is_np_array()), repr(mx.util.is_np_shape()))
mx.util.reset_np()
print('reset', repr(mx.util.is_np_array()), repr(mx.util.is_np_shape()))
attempt('setenv int value', lambda: mx.util.setenv('R5MISC_VALUE', 5))
attempt('setenv int name', lambda: mx.util.setenv(5, 'x'))
mx.util.setenv('R5MISC_VALUE', '7')
print('getenv', mx.util.getenv('R5MISC_VALUE'))
