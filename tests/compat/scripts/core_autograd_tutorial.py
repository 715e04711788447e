"""Tutorial-style autograd: record, backward, head gradients, grad_req add, higher order, pause, custom Function."""
import mxnet as mx
from mxnet import nd, autograd
x = nd.array([[1, 2], [3, 4]]); x.attach_grad()
with autograd.record():
    y = 2 * x * x
y.backward(); print(x.grad)
with autograd.record():
    y = x * x + nd.exp(x)
    z = y.sum()
z.backward(); print(x.grad)
def f(a):
    b = a * 2
    while b.norm().asscalar() < 1000:
        b = b * 2
    c = b if b.sum().asscalar() > 0 else 100 * b
    return c
a = nd.random.normal(shape=3); a.attach_grad()
with autograd.record():
    c = f(a)
c.backward(); print(a.grad == c / a)
x = nd.array([1., 2., 3.]); x.attach_grad(grad_req='add')
for _ in range(3):
    with autograd.record():
        y = x ** 3
    y.backward(nd.array([1, 0.5, 0.1]))
print(x.grad)
x = nd.array([0.5, 1.5]); x.attach_grad()
with autograd.record():
    y = nd.sin(x)
    gx = autograd.grad(y, [x], create_graph=True, retain_graph=True)[0]
    z = (gx * gx).sum()
z.backward(); print(gx, x.grad)
print(autograd.is_recording(), autograd.is_training())
with autograd.record():
    print(autograd.is_recording(), autograd.is_training())
    with autograd.pause():
        print(autograd.is_recording(), autograd.is_training())
with autograd.record(train_mode=False):
    print(autograd.is_training())
with autograd.train_mode():
    print(autograd.is_training(), nd.Dropout(nd.ones((2, 4)), p=0.0))
x = nd.array([1., 2.]); x.attach_grad()
with autograd.record():
    y = x * 2
    y2 = y.detach() * x
y2.backward(); print(x.grad)
with autograd.record():
    y = nd.BlockGrad(x * 3) + x
y.backward(); print(x.grad)
class Sig(autograd.Function):
    def forward(self, x):
        y = 1 / (1 + nd.exp(-x)); self.save_for_backward(y); return y
    def backward(self, dy):
        y, = self.saved_tensors; return dy * y * (1 - y)
x = nd.array([0., 1., -1.]); x.attach_grad()
with autograd.record():
    y = Sig()(x)
y.backward(); print(y, x.grad)
x = nd.array([1., 2.]); g = nd.zeros(2)
autograd.mark_variables([x], [g])
with autograd.record():
    y = nd.log(x)
autograd.backward([y]); print(g)
x = nd.ones((2, 2)); x.attach_grad()
with autograd.record():
    y = x * 2
y.backward(retain_graph=True); y.backward(); print(x.grad)
try:
    y.backward()
except Exception as e:
    print(type(e).__name__)
x = nd.array([1., 2.]); x.attach_grad()
with autograd.record():
    y = nd.relu(x - 1.5) * nd.sigmoid(x)
y.backward(nd.array([1., -1.])); print(x.grad)
print(x.grad.stype)
