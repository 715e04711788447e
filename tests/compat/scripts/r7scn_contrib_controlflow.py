# Control flow in a HybridBlock: contrib foreach (an RNN-like scan), while_loop and cond, imperative and hybridized
import mxnet as mx
from mxnet import gluon, nd, autograd


class Scan(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super(Scan, self).__init__(**kwargs)
        with self.name_scope():
            self.w = self.params.get('w', shape=(1,), init=mx.init.Constant(0.5))

    def hybrid_forward(self, F, seq, state, w):
        def step(x, states):
            new = F.tanh(F.broadcast_mul(states[0], w) + x)
            return new, [new]
        outs, final = F.contrib.foreach(step, seq, [state])
        return outs, final[0]


seq = nd.array([[[0.1, 0.2]], [[0.3, -0.4]], [[-0.5, 0.6]], [[0.7, 0.8]]])
state = nd.zeros((1, 2))
scan = Scan(prefix='scan_')
scan.initialize()
for hyb in [False, True]:
    if hyb:
        scan.hybridize()
    with autograd.record():
        outs, last = scan(seq, state)
        total = outs.sum() + last.sum()
    total.backward()
    print(hyb, outs.asnumpy().reshape(-1).tolist(), last.asnumpy().tolist(), scan.w.grad().asnumpy().tolist())


def cond_fn(i, acc):
    return i < 5


def body_fn(i, acc):
    return [acc * 2], [i + 1, acc + i]


outs, (i_final, acc_final) = nd.contrib.while_loop(cond_fn, body_fn, [nd.array([0]), nd.array([1.0])],
                                                   max_iterations=8)
print(outs[0][:5].asnumpy().ravel().tolist(), i_final.asscalar(), acc_final.asscalar())
a, b = nd.array([3.0]), nd.array([4.0])
res = nd.contrib.cond(a > b, lambda: a * b, lambda: a - b)
print(res.asnumpy().tolist())
x = nd.array([2.0])
x.attach_grad()
with autograd.record():
    y = nd.contrib.cond(x > 1, lambda: x * x * x, lambda: -x)
y.backward()
print(y.asscalar(), x.grad.asscalar())
data = mx.sym.var('data')
out, _ = mx.sym.contrib.foreach(lambda d, s: (d * 2 + s[0], [s[0] + d]), data, [mx.sym.var('s')])
ex = out.bind(mx.cpu(), {'data': nd.array([[1.0], [2.0], [3.0]]), 's': nd.array([10.0])})
print(ex.forward()[0].asnumpy().ravel().tolist())
