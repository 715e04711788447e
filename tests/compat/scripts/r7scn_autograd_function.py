# A custom differentiable function with autograd.Function (stable sigmoid, a straight-through sign) in a model
import mxnet as mx
from mxnet import nd, autograd, gluon


class StableSigmoid(autograd.Function):
    def forward(self, x):
        y = 1 / (1 + nd.exp(-x))
        self.save_for_backward(y)
        return y

    def backward(self, dy):
        y, = self.saved_tensors
        return dy * y * (1 - y)


class SignSTE(autograd.Function):
    def forward(self, x):
        return nd.sign(x)

    def backward(self, dy):
        return dy


x = nd.array([[-3.0, -0.5, 0.0, 0.5, 3.0]])
x.attach_grad()
with autograd.record():
    y = StableSigmoid()(x)
    z = (y * nd.array([[1, 2, 3, 4, 5]])).sum()
z.backward()
print(y.asnumpy().tolist(), x.grad.asnumpy().tolist())
with autograd.record():
    s = SignSTE()(x * 2)
    t = (s * x).sum()
t.backward()
print(s.asnumpy().tolist(), x.grad.asnumpy().tolist())

w = gluon.Parameter('w', shape=(5, 2), init=mx.init.Constant(0.1))
w.initialize()
trainer = gluon.Trainer([w], 'sgd', {'learning_rate': 0.5})
target = nd.array([[1.0, 0.0]])
for i in range(3):
    with autograd.record():
        h = nd.dot(x, w.data())
        p = StableSigmoid()(h)
        loss = ((p - target) ** 2).sum()
    loss.backward()
    trainer.step(1)
    print(i, repr(loss.asscalar()), w.data()[:, 0].asnumpy().tolist())


class TwoOut(autograd.Function):
    def forward(self, a, b):
        return a * b, a + b

    def backward(self, d1, d2):
        return d1 + d2, d1 * 2 + d2


a, b = nd.array([1.0, 2.0]), nd.array([3.0, 4.0])
a.attach_grad()
b.attach_grad()
with autograd.record():
    o1, o2 = TwoOut()(a, b)
    (o1 + o2 * 3).sum().backward()
print(o1.asnumpy().tolist(), o2.asnumpy().tolist(), a.grad.asnumpy().tolist(), b.grad.asnumpy().tolist())
