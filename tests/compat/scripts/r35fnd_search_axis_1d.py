"""argmax/argmin/pick on 1-D data with an axis out of range: a (1,) result whose read fails at the kernel's check."""
# recorded on AVX2
import mxnet as mx
x = mx.nd.array([3., 1., 2.])
for kw in [{"axis": 1}, {"axis": -2}, {"axis": 1, "keepdims": True}, {"axis": 5}]:
    for f in (mx.nd.argmax, mx.nd.argmin):
        y = f(x, **kw)
        print(f.__name__, kw, y.shape, y.dtype)
        try:
            print(y.asnumpy())
        except mx.base.MXNetError as e:
            print(str(e).strip().split("\n")[1:3])
y = mx.nd.pick(x, mx.nd.array([0]), axis=1)
print(y.shape)
try:
    print(y)
except mx.base.MXNetError as e:
    print(str(e).strip().split("\n")[1:3])
x.attach_grad()
with mx.autograd.record():
    y = mx.nd.argmax(x, axis=1)
print(y.shape)
try:
    print(y.asnumpy())
except mx.base.MXNetError as e:
    print(str(e).strip().split("\n")[1:3])
x = mx.nd.array([[1., 5., 2.]])
for f in [lambda: x.argmax(axis=2), lambda: mx.nd.argmax(x, axis=2), lambda: mx.nd.argmin(x, axis=-3),
          lambda: x.argmin(axis=3), lambda: mx.nd.argmax(x[0], axis=1), lambda: mx.nd.pick(x, mx.nd.array([0]), axis=2),
          lambda: mx.nd.argmax_channel(x[0]), lambda: x.max(axis=2), lambda: mx.nd.sum(x, axis=2), lambda: mx.nd.norm(x, axis=2),
          lambda: mx.nd.argmax(mx.nd.ones((2, 3, 4)), axis=3), lambda: mx.nd.argmax(x, axis=(0, 1))]:
    try:
        print(f().asnumpy())
    except Exception as e:
        print(type(e).__name__, str(e).strip().split("\n")[1:3])
