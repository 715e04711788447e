# Control flow operators: an Elman RNN written with nd.contrib.foreach, while_loop iterations, cond, their gradients
import mxnet as mx
from mxnet import nd, autograd

mx.random.seed(2)
T, N, I, H = 5, 2, 3, 4
xs = nd.random.normal(shape=(T, N, I))
Wx = nd.random.normal(scale=0.5, shape=(I, H))
Wh = nd.random.normal(scale=0.5, shape=(H, H))
for p in (Wx, Wh):
    p.attach_grad()


def step(x, states):
    h = nd.tanh(nd.dot(x, Wx) + nd.dot(states[0], Wh))
    return h, [h]


with autograd.record():
    outs, final = nd.contrib.foreach(step, xs, [nd.zeros((N, H))])
    loss = (outs ** 2).sum() + final[0].sum()
loss.backward()
print(outs.shape, len(final), repr(loss.asscalar()))
print(final[0].asnumpy().tolist())
print(Wx.grad.asnumpy().tolist())
print(Wh.grad[0].asnumpy().tolist())


def cum_step(x, states):
    s = states[0] + x
    return [s, s * 2], [s]


(running, doubled), last = nd.contrib.foreach(cum_step, nd.arange(6).reshape((3, 2)), [nd.zeros((2,))])
print(running.asnumpy().tolist(), doubled.asnumpy().tolist(), last[0].asnumpy().tolist())

# Newton iterations for sqrt(a) until converged, with a cap on the steps
a = nd.array([2.0, 9.0, 0.25])
cond = lambda i, x: nd.logical_and(i < 20, nd.max(nd.abs(x * x - a)) > 1e-6)
func = lambda i, x: ([x], [i + 1, 0.5 * (x + a / x)])
steps, (i, root) = nd.contrib.while_loop(cond, func, [nd.array([0]), nd.ones((3,))], max_iterations=25)
print(i.asscalar(), root.asnumpy().tolist(), steps[0].shape, steps[0][:int(i.asscalar())].asnumpy().tolist())

x = nd.array([3.0])
x.attach_grad()
for v in (3.0, -3.0):
    x[:] = v
    with autograd.record():
        y = nd.contrib.cond(x.sum() > 0, lambda: x * x * x, lambda: nd.exp(x))
    y.backward()
    print(v, y.asnumpy().tolist(), x.grad.asnumpy().tolist())
outs, _ = nd.contrib.while_loop(lambda s: s < 10, lambda s: (s, s * 3), [nd.array([1.0])], max_iterations=5)
print(outs.shape, outs[:3].asnumpy().ravel().tolist())
