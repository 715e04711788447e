"""Integer indices with an Ellipsis that leave no axis: MXNet's (1,) result, writes and gradients."""
import mxnet as mx

a = mx.nd.array([1, 2, 3])
b = mx.nd.arange(6).reshape((2, 3))
for name, arr, key in [("a[..., 0]", a, (Ellipsis, 0)), ("a[0, ...]", a, (0, Ellipsis)), ("a[..., -1]", a, (Ellipsis, -1)),
                       ("b[..., 0, 1]", b, (Ellipsis, 0, 1)), ("b[1, ..., 2]", b, (1, Ellipsis, 2)),
                       ("b[..., 0]", b, (Ellipsis, 0)), ("a[None, ..., 1]", a, (None, Ellipsis, 1))]:
    r = arr[key]
    print(name, r.shape, r.asnumpy().tolist())
c = mx.nd.array([1, 2, 3])
c[..., 1] = 7
print("c[..., 1] = 7", c.asnumpy().tolist())
x = mx.nd.array([[1, 2], [3, 4]])
x.attach_grad()
with mx.autograd.record():
    y = x[..., 1, 0] * 3
y.backward()
print("grad", y.asnumpy().tolist(), x.grad.asnumpy().tolist())
