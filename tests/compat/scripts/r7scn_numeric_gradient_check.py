# Checking a custom symbol's gradients with mx.test_utils: check_numeric_gradient, check_symbolic_forward/backward
import numpy as np
import mxnet as mx
from mxnet.test_utils import (check_numeric_gradient, check_symbolic_forward, check_symbolic_backward,
                              assert_almost_equal, same)

np.random.seed(0)
x = mx.sym.var('x')
w = mx.sym.var('w')
y = mx.sym.sum(mx.sym.tanh(mx.sym.dot(x, w)) * 2, axis=1)
loc = {'x': np.random.uniform(-1, 1, (3, 4)), 'w': np.random.uniform(-1, 1, (4, 2))}
check_numeric_gradient(y, loc, numeric_eps=1e-3, rtol=1e-2, atol=1e-3)
print('numeric gradient ok')
expected = (np.tanh(loc['x'] @ loc['w']) * 2).sum(axis=1)
check_symbolic_forward(y, loc, [expected], rtol=1e-5, atol=1e-6)
print('forward ok')
t = np.tanh(loc['x'] @ loc['w'])
head = np.ones((3,))
gx = ((1 - t * t) * 2) @ loc['w'].T
gw = loc['x'].T @ ((1 - t * t) * 2)
check_symbolic_backward(y, loc, [head], {'x': gx, 'w': gw}, rtol=1e-4, atol=1e-5)
print('backward ok')
try:
    check_symbolic_forward(y, loc, [expected + 1.0])
except AssertionError as e:
    print('AssertionError raised')
assert_almost_equal(np.array([1.0, 2.0]), np.array([1.0, 2.0 + 1e-9]))
print(same(np.array([1, 2]), np.array([1, 2])), same(np.array([1, 2]), np.array([1, 3])))
try:
    assert_almost_equal(np.array([1.0]), np.array([1.1]), rtol=1e-3, atol=1e-3)
except AssertionError:
    print('mismatch detected')
print(mx.test_utils.default_context(), mx.test_utils.np_reduce(np.arange(6.0).reshape(2, 3), 1, False, np.sum))
