# make_loss (any dtype, gradient ones whatever the head gradient) beside MakeLoss (float only, scaled)
import mxnet as mx

for f in ("make_loss", "MakeLoss"):
    for dt in ("int8", "uint8", "int32", "int64", "float16", "float64", "bool"):
        try:
            y = getattr(mx.nd, f)(mx.nd.array([1, 2], dtype=dt))
            print(f, dt, y.dtype.__name__, y.asnumpy().tolist())
        except mx.base.MXNetError:
            print(f, dt, "MXNetError")
x = mx.nd.array([1, 2, 3])
x.attach_grad()
for kw in ({}, {"grad_scale": 2.0}):
    for f in ("make_loss", "MakeLoss"):
        with mx.autograd.record():
            y = getattr(mx.nd, f)(x * 2, **kw)
        y.backward(mx.nd.array([5, 6, 7]))
        print(f, kw, x.grad.asnumpy().tolist(), y.asnumpy().tolist())
xi = mx.nd.array([1, 2, 3], dtype="int32")
xi.attach_grad()
with mx.autograd.record():
    y = mx.nd.make_loss(xi)
y.backward()
print(xi.grad.asnumpy().tolist(), xi.grad.dtype.__name__)
z = mx.nd.zeros((2,), dtype="int8")
mx.nd.make_loss(mx.nd.array([3, 4], dtype="int8"), out=z)
print(z.asnumpy().tolist())
