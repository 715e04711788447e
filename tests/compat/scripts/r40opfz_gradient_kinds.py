"""Ops' gradient kinds and dtype rules: backward_gradientmultiplier (as _mul_scalar, no gradient), quantize's zero gradients, unrecorded samplers, potrf/potri on one number."""
import mxnet as mx
import numpy as np


def last_line(e):
    return type(e).__name__ + ": " + [line for line in str(e).split("\n") if line.strip()][-1][:110]


print("backward_gradientmultiplier vs _mul_scalar (dtype, values)")
for dt in ["bool", "uint8", "int8", "int32", "int64", "float16", "float32", "float64"]:
    x = mx.nd.array([1, 0, 3], dtype=dt)
    for s in [2.0, 2.5, -1.5]:
        for is_int in [True, False]:
            row = []
            for f in [mx.nd.contrib.backward_gradientmultiplier, mx.nd._internal._mul_scalar]:
                y = f(x, scalar=s, is_int=is_int)
                row.append("%s %s" % (np.dtype(y.dtype).name, y.asnumpy().tolist()))
            print(" ", dt, s, is_int, " | ".join(row))


def backward_of(make_inputs, call, req="write"):
    args = make_inputs()
    for a in args:
        if a.dtype == np.float32:
            a.attach_grad(grad_req=req)
            a.grad[:] = 5
    try:
        with mx.autograd.record():
            outs = call(*args)
        outs = outs if isinstance(outs, (list, tuple)) else [outs]
        mx.autograd.backward(outs, [mx.nd.ones(o.shape, dtype=o.dtype) for o in outs])
        return [a.grad.asnumpy().ravel().tolist() for a in args if a.dtype == np.float32]
    except mx.base.MXNetError as e:
        return last_line(e)


def one(v):
    return mx.nd.array([v])


def data():
    return mx.nd.array([0.3, 0.1, -0.2])


print("gradients through quantization and gradientmultiplier ops")
cases = [
    ("backward_gradientmultiplier", lambda: [data()], lambda x: mx.nd.contrib.backward_gradientmultiplier(x, scalar=2.0)),
    ("gradientmultiplier", lambda: [data()], lambda x: mx.nd.contrib.gradientmultiplier(x, scalar=2.0)),
    ("quantize", lambda: [data(), one(-1.0), one(1.0)], mx.nd.contrib.quantize),
    ("quantize_v2", lambda: [data()], mx.nd.contrib.quantize_v2),
    ("quantize_v2 int8 calib", lambda: [data()],
     lambda x: mx.nd.contrib.quantize_v2(x, out_type="int8", min_calib_range=0.0, max_calib_range=0.5)),
    ("dequantize", lambda: [mx.nd.array([3, 1, -2], dtype="int8"), one(-1.0), one(1.0)], mx.nd.contrib.dequantize),
    ("requantize", lambda: [mx.nd.array([3, 1, -2], dtype="int32"), one(-1.0), one(1.0)], mx.nd.contrib.requantize),
]
for name, make, call in cases:
    for req in ["write", "add"]:
        print(" ", name, req, backward_of(make, call, req))

print("a backward from what a sampler or creation function made while recording")
makers = [
    ("nd.uniform", lambda: mx.nd.uniform(shape=(2, 2))),
    ("random.uniform", lambda: mx.nd.random.uniform(shape=(2, 2))),
    ("random.normal", lambda: mx.nd.random.normal(shape=(2,))),
    ("random.randint", lambda: mx.nd.random.randint(0, 3, shape=(2,))),
    ("random.exponential", lambda: mx.nd.random.exponential(shape=(2,))),
    ("random.gamma", lambda: mx.nd.random.gamma(shape=(2,))),
    ("random.poisson", lambda: mx.nd.random.poisson(shape=(2,))),
    ("uniform * 2", lambda: mx.nd.uniform(shape=(2, 2)) * 2),
    ("zeros", lambda: mx.nd.zeros((2, 2))),
    ("arange", lambda: mx.nd.arange(3)),
]
mx.random.seed(3)
for name, make in makers:
    try:
        with mx.autograd.record():
            y = make()
        y.backward(mx.nd.ones(y.shape, dtype=y.dtype))
        print(" ", name, "ok")
    except mx.base.MXNetError as e:
        print(" ", name, last_line(e))
x = mx.nd.array([1.0, 2.0])
x.attach_grad()
with mx.autograd.record():
    y = x * mx.nd.random.uniform(shape=(2,))
y.backward()
print("  x * uniform: grad", x.grad.asnumpy().tolist())

print("potrf and potri read a one-element vector as a 1x1 matrix")
for f in ["potrf", "potri"]:
    for lower in [True, False]:
        for v in [[4.0], [0.25], [-1.0], [0.0]]:
            for dt in ["float32", "float64"]:
                x = mx.nd.array(v, dtype=dt)
                x.attach_grad()
                try:
                    with mx.autograd.record():
                        y = getattr(mx.nd.linalg, f)(x, lower=lower)
                    y.backward(mx.nd.array([1.5], dtype=dt))
                    print(" ", f, lower, v, dt, y.shape, y.asnumpy().tolist(), x.grad.asnumpy().tolist())
                except mx.base.MXNetError as e:
                    print(" ", f, lower, v, dt, last_line(e))
    for shape in [(2,), (3, 1)]:
        try:
            getattr(mx.nd.linalg, f)(mx.nd.ones(shape)).asnumpy()
        except mx.base.MXNetError as e:
            print(" ", f, shape, last_line(e))
