"""Gradients of elementwise operators at NaN, signed zeros, poles and tiny values; the is_int flag of scalar ops."""
import numpy as np
import mxnet as mx

nd = mx.nd


def grad(label, fn, *xs):
    for x in xs:
        x.attach_grad()
    with mx.autograd.record():
        y = fn(*xs)
    y.backward()
    print(label, y.dtype.__name__, [x.grad.asnumpy().tolist() for x in xs])


V = [np.nan, -0.0, 0.0, 1e-8, 5.9e-8, 6e-8, -1e-8, 1.0, -1.0, np.inf, -np.inf]
for dt in ("float16", "float32", "float64"):
    x = lambda: nd.array(V, dtype=dt)
    grad(f"relu {dt}", nd.relu, x())
    grad(f"Activation relu {dt}", lambda v: nd.Activation(v, act_type="relu"), x())
    for act in ("leaky", "elu"):
        grad(f"LeakyReLU {act} {dt}", lambda v: nd.LeakyReLU(v, act_type=act), x())
    poles = nd.array([-np.inf, -0.0, 0.0, -1.0, -2.0, -1e300, 1e-300, -0.5, np.inf], dtype=dt)
    grad(f"gammaln {dt}", nd.gammaln, poles)
    grad(f"gamma {dt}", nd.gamma, nd.array([-0.0, 0.0, -1.0, -2.5, 0.5, 3.0], dtype=dt))
    grad(f"0 / x {dt}", lambda v: 0 / v, nd.array([1.0, -2.0, 0.5], dtype=dt))
    a = nd.array([np.nan, 1.0, 2.0, -0.0, 0.0, 3.0], dtype=dt)
    b = nd.array([1.0, np.nan, 2.0, 0.0, -0.0, np.nan], dtype=dt)
    grad(f"maximum {dt}", nd.broadcast_maximum, a, b)
    grad(f"minimum {dt}", nd.broadcast_minimum, a.copy(), b.copy())
    grad(f"maximum rows {dt}", nd.broadcast_maximum, a.reshape((6, 1)).copy(), nd.array([[1, 2, np.nan]], dtype=dt))

x = nd.array([1, 2, -3], dtype="int32")
for name in ("_plus_scalar", "_mul_scalar", "_div_scalar", "_rdiv_scalar", "_mod_scalar", "_power_scalar",
             "_maximum_scalar", "_hypot_scalar", "_equal_scalar", "_logical_and_scalar"):
    for is_int in (True, False):
        r = getattr(nd._internal, name)(x, scalar=2.5, is_int=is_int)
        print(name, is_int, r.dtype.__name__, r.asnumpy().tolist())

# integer gradients: the derivative in float, converted to the integer type as C does
for dt in ("int8", "uint8", "int32", "int64"):
    v = [0, 1, -1, 3, -3, 100, 2**31 - 1, 7]
    grad(f"square {dt}", nd.square, nd.array(v, dtype=dt))
    grad(f"x ** 2 {dt}", lambda t: t ** 2, nd.array(v, dtype=dt))
    grad(f"hypot {dt}", nd.broadcast_hypot, nd.array(v, dtype=dt), nd.array([2, 0, -3, 7, 1, 5, 9, 0], dtype=dt))
