"""softmax / log_softmax of a 0-d array: refused by the legacy operators; under NumPy semantics along axis 0 or -1
one value (softmax 1, log_softmax 0, gradient 0), another axis refused."""
import mxnet as mx
y = mx.nd.array([0.7]).reshape(())
for f in [lambda: mx.nd.softmax(y), lambda: mx.nd.log_softmax(y), lambda: mx.nd.softmin(y), lambda: mx.nd.softmax(y, axis=0)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
mx.npx.set_np()
x = mx.np.array(0.7)
for f in [lambda: mx.npx.softmax(x, axis=0), lambda: mx.npx.softmax(x, axis=1), lambda: mx.npx.log_softmax(x, axis=0), lambda: mx.npx.softmax(x, temperature=2.0)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
x.attach_grad()
with mx.autograd.record():
    r = mx.npx.softmax(x)
r.backward()
print(x.grad)
