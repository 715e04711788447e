# autograd scopes, backward variants, grad_req, errors
import mxnet as mx
from mxnet import autograd, nd
import numpy as np

print(autograd.is_recording(), autograd.is_training())
with autograd.record():
    print(autograd.is_recording(), autograd.is_training())
    with autograd.pause():
        print(autograd.is_recording(), autograd.is_training())
        with autograd.train_mode():
            print(autograd.is_recording(), autograd.is_training())
    with autograd.predict_mode():
        print(autograd.is_recording(), autograd.is_training())
    with autograd.pause(train_mode=True):
        print(autograd.is_recording(), autograd.is_training())
with autograd.record(train_mode=False):
    print(autograd.is_recording(), autograd.is_training())
    with autograd.record():
        print(autograd.is_recording(), autograd.is_training())
    print(autograd.is_recording(), autograd.is_training())
print(autograd.is_recording(), autograd.is_training())
print(autograd.set_recording(True), autograd.set_recording(False))
print(autograd.set_training(True), autograd.set_training(False))
print(autograd.set_training(0), autograd.set_recording(0))

x = nd.array([1., 2., 3.])
x.attach_grad()
with autograd.record():
    y = x * x
y.backward(nd.array([1., 10., 100.]))
print(x.grad)
with autograd.record():
    y = x * x
    z = y + 1
z.backward(retain_graph=True)
print(x.grad)
z.backward()
print(x.grad)
try:
    z.backward()
    print("no error", x.grad)
except Exception as e:
    print(type(e).__name__)

# grad_req add
w = nd.array([1., 2.])
w.attach_grad(grad_req='add')
for i in range(3):
    with autograd.record():
        l = (w * w * (i + 1)).sum()
    l.backward()
    print(w.grad)
w.grad[:] = 0
print(w.grad)

# backward on non-recorded array
q = nd.array([1., 2.])
try:
    q.backward()
except Exception as e:
    print(type(e).__name__)
q.attach_grad()
try:
    q.backward()
    print(q.grad)
except Exception as e:
    print(type(e).__name__)

# multiple heads
a = nd.array([1., 2.])
a.attach_grad()
with autograd.record():
    b = a * 2
    c = a * a
autograd.backward([b, c])
print(a.grad)
with autograd.record():
    b = a * 2
    c = a * a
autograd.backward([b, c], head_grads=[nd.array([1., 1.]), nd.array([0.5, 0.5])])
print(a.grad)

# train_mode arg of backward
with autograd.record():
    d = nd.Dropout(a, p=0.5) * 0 + a
d.backward(train_mode=False)
print(a.grad)

# grad
x = nd.array([1., 2., 3.])
x.attach_grad()
for f in (nd.sin, nd.cos, nd.log, nd.tanh, nd.sigmoid, nd.relu, nd.square, nd.reciprocal, nd.abs):
    x.grad[:] = 0
    with autograd.record():
        y = f(x)
        g = autograd.grad(y, [x], create_graph=True)[0]
    g.backward()
    print(f.__name__, np.round(g.asnumpy(), 5).tolist(), np.round(x.grad.asnumpy(), 5).tolist())
with autograd.record():
    y = nd.sin(x) * nd.exp(x)
g = autograd.grad(y, x, create_graph=True)
print(type(g).__name__, len(g) if isinstance(g, list) else '')
print(np.round(g[0].asnumpy(), 5).tolist())
with autograd.record():
    y = x * 2
g = autograd.grad(y, [x], head_grads=nd.array([1., 2., 3.]))
print(g)
print(x.grad)
# detach / stop_gradient
with autograd.record():
    y = x * x
    z = y.detach() * x
z.backward()
print(x.grad)
with autograd.record():
    y = x * x
    z = nd.stop_gradient(y) * x + nd.BlockGrad(x)
z.backward()
print(x.grad)
# mark_variables
v = nd.array([2., 3.])
gv = nd.zeros(2)
autograd.mark_variables([v], [gv])
with autograd.record():
    u = v * v * v
u.backward()
print(gv, v.grad)
v2 = nd.array([1., 1.])
gv2 = nd.ones(2)
autograd.mark_variables(v2, gv2, 'add')
with autograd.record():
    u = v2 * 3
u.backward()
print(gv2)
print(x.grad.stype, x.grad.dtype, x.grad.context)
x.attach_grad(stype='default')
print(x.grad)
x16 = nd.array([1, 2], dtype='float16')
x16.attach_grad()
with autograd.record():
    y = x16 * x16
y.backward()
print(x16.grad)
