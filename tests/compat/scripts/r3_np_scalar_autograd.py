"""Gradients of 0-d mx.np arrays used more than once (the summed gradient parts are numpy scalars)."""
import mxnet as mx

mx.npx.set_np()
x = mx.np.array(3.)
x.attach_grad()
with mx.autograd.record():
    y = x * x
y.backward()
print(x.grad, x.grad.shape, y)
with mx.autograd.record():
    z = x * x * x + 2 * x
z.backward()
print(x.grad, z)
w = mx.np.array(0.5, dtype="float64")
w.attach_grad()
with mx.autograd.record():
    v = mx.np.exp(w) * w + mx.np.sin(w) * w
v.backward()
print(round(float(w.grad), 12), w.grad.dtype)
