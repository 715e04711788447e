# Autograd tricks: detach, retain_graph, head grads, second order, pause, grad_req add, training scopes
import mxnet as mx
from mxnet import nd, autograd

x = nd.array([[1.0, 2.0], [3.0, 4.0]])
x.attach_grad()
with autograd.record():
    y = x * x
    u = y.detach()
    z = u * x
z.backward()
print('detach', x.grad.asnumpy().tolist())

with autograd.record():
    y = nd.sin(x) * 3
y.backward(retain_graph=True)
g1 = x.grad.copy()
y.backward(out_grad=nd.array([[1, 0], [0, 2]]))
print('retain', g1.asnumpy().tolist(), x.grad.asnumpy().tolist())

w = nd.array([0.5, -1.5, 2.0])
w.attach_grad()
with autograd.record():
    f = nd.sin(w)
    dfdw = autograd.grad(f, [w], create_graph=True, retain_graph=True)[0]
    g = nd.elemwise_mul(dfdw, dfdw)
g.backward()
print('second order', dfdw.asnumpy().tolist(), w.grad.asnumpy().tolist())

v = nd.array([1.0, 2.0, 3.0])
v.attach_grad(grad_req='add')
for i in range(3):
    with autograd.record():
        out = (v * (i + 1)).sum()
    out.backward()
print('accumulated', v.grad.asnumpy().tolist())

a = nd.array([2.0, 3.0])
a.attach_grad()
with autograd.record():
    b = a * 2
    with autograd.pause():
        c = b * 10
        print('paused recording', autograd.is_recording(), autograd.is_training())
    d = b * c
d.backward()
print('pause', a.grad.asnumpy().tolist())

with autograd.record(train_mode=False):
    print('train_mode False', autograd.is_training())
with autograd.train_mode():
    print('train_mode scope', autograd.is_training(), autograd.is_recording())

p = nd.array([1.0, -2.0, 0.0, 3.0])
p.attach_grad()
with autograd.record():
    q = nd.where(p > 0, p * p, -p)
    r = nd.norm(q)
r.backward()
print('where/norm', r.asscalar(), p.grad.asnumpy().tolist())

xs = nd.array([0.1, 0.2, 0.3])
xs.attach_grad()
with autograd.record():
    ys = nd.softmax(xs)
ys.backward(nd.array([1.0, 0.0, 0.0]))
print('softmax head', ys.asnumpy().tolist(), xs.grad.asnumpy().tolist())

ma = nd.array([1.0, 2.0])
gb = nd.zeros(2)
autograd.mark_variables([ma], [gb])
with autograd.record():
    mo = nd.exp(ma).sum()
mo.backward()
print('mark_variables', gb.asnumpy().tolist())
