"""check_symbolic_forward/backward and check_numeric_gradient: requests, returned arrays and the
numpy random draws they make (later draws must match), tolerances by dtype."""
import mxnet as mx
import numpy as np
from mxnet.test_utils import (check_numeric_gradient, check_symbolic_backward, check_symbolic_forward, get_atol,
                              get_rtol, get_tolerance, get_tols, simple_forward, assert_almost_equal_with_err)

np.random.seed(7)
with mx.name.NameManager():
    x, w = mx.sym.var('x'), mx.sym.var('w')
    s = mx.sym.broadcast_mul(x, w) + mx.sym.sin(x)
    xv, wv = np.random.rand(2, 3), np.random.rand(2, 3)
    outs = check_symbolic_forward(s, [xv, wv], [xv * wv + np.sin(xv)])
    print(type(outs).__name__, outs[0].dtype, outs[0].shape)
    outs = check_symbolic_forward(s, {'x': xv, 'w': wv}, {s.list_outputs()[0]: xv * wv + np.sin(xv)}, dtype=np.float64)
    print(outs[0].dtype)
    og = np.ones((2, 3))
    grads = check_symbolic_backward(s, [xv, wv], [og], [wv + np.cos(xv), xv])
    print(sorted(grads), grads['x'].dtype, np.random.rand())
    grads = check_symbolic_backward(s, [xv, wv], [og], {'x': wv + np.cos(xv)}, grad_req={'x': 'add', 'w': 'null'})
    print(sorted(grads), np.random.rand())
    grads = check_symbolic_backward(s, [xv, wv], [og], {'w': xv}, grad_req='null')
    print(sorted(grads), np.random.rand())
    check_numeric_gradient(s, [xv, wv])
    print("numeric", np.random.rand())
    check_numeric_gradient(s, [xv, wv], grad_nodes={'x': 'add', 'w': 'null'}, numeric_eps=1e-3, rtol=1e-2, atol=1e-3)
    print("numeric dict", np.random.rand())
    check_numeric_gradient(s, {'x': xv, 'w': wv}, grad_nodes=['w'], dtype=np.float64)
    print("numeric float64", np.random.rand())
    print(simple_forward(s, x=xv, w=wv).round(4))
    try:
        check_symbolic_forward(s, [xv, wv], [xv * wv])
    except AssertionError as e:
        print("AssertionError", "EXPECTED_" in str(e), "FORWARD_" in str(e))
print(get_rtol(), get_atol(), get_rtol(None, np.dtype(np.float16)), get_atol(None, np.dtype(np.float32)), get_rtol(0.5))
a32 = np.ones(2, dtype=np.float32)
print(get_tolerance(a32, None, {np.dtype(np.float32): 3.0}), get_tolerance(a32, {np.dtype(np.float32): 7.0}, {np.dtype(np.float32): 3.0}),
      get_tolerance(a32, 0.25, None))
print(get_tols(a32, np.ones(2), None, None), get_tols(1.0, a32, None, 0.5), get_tols(np.ones(2, dtype=np.float16), a32, None, None))
assert_almost_equal_with_err(np.array([1., 2., 3., 4.]), np.array([1., 2., 3., 5.]), etol=0.3)
try:
    assert_almost_equal_with_err(np.array([1., 2., 3., 4.]), np.array([1., 2., 3., 5.]), etol=0.1)
except AssertionError:
    print("AssertionError with etol 0.1")
