"""test_utils.check_numeric_gradient binds a symbol whose variables share a name and refuses it by its executor's argument count, as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet import test_utils as tu

x1, x2 = mx.sym.var('x'), mx.sym.var('x')
for sym in [mx.sym.sign(x1) * x2 ** 3, x1 + x2, x1 * mx.sym.var('y') + x2]:
    np.random.seed(0)
    try:
        tu.check_numeric_gradient(sym, [np.array([1.0, 2.0]), np.array([3.0, 4.0])])
        print('passed')
    except ValueError as e:
        print(type(e).__name__, e)
np.random.seed(0)
tu.check_numeric_gradient(x1 * mx.sym.var('y'), [np.array([1.0, 2.0]), np.array([3.0, 4.0])])
print('distinct names pass')
