"""A float16 FullyConnected's backward kernel, given a gradient from the head or one op after it, fails with its own error (its source line) while further down the gradient carries the forward's, as MXNet does."""
import mxnet as mx
from mxnet import gluon, nd, autograd


def show(name, f):
    try:
        r = f()
        print(name, 'ok' if r is None else r.asnumpy().ravel()[:4].tolist())
    except mx.base.MXNetError as e:
        print(name, ' '.join(line.strip() for line in str(e).strip().splitlines()[1:]))


after = {
    'head': lambda v: v,
    'sum': lambda v: v.sum(),
    'mean': lambda v: v.mean(),
    'times 2': lambda v: v * 2,
    'doubled': lambda v: v + v,
    'times 2, sum': lambda v: (v * 2).sum(),
    'sum, times 2': lambda v: v.sum() * 2,
    'negated twice': lambda v: -(-v),
    'plus 1, sum': lambda v: (v + 1).sum(),
    'times 2, mean': lambda v: (v * 2).mean(),
    'exp': lambda v: nd.exp(v),
}
for name, tail in after.items():
    w = nd.ones((2, 3), dtype='float16')
    w.attach_grad()
    with autograd.record():
        y = tail(nd.FullyConnected(nd.ones((2, 3), dtype='float16'), w, no_bias=True, num_hidden=2))
    y.backward()
    show(name + ': weight grad', lambda: w.grad)
    show(name + ': waitall', lambda: nd.waitall())

dense = gluon.nn.Dense(2, in_units=3)
dense.initialize(mx.init.One())
dense.cast('float16')
x = nd.ones((4, 3), dtype='float16')
for name, loss_of in [('sum', lambda o: o.sum()), ('L2Loss', lambda o: gluon.loss.L2Loss()(o, nd.zeros_like(o)))]:
    with autograd.record():
        loss = loss_of(dense(x))
    loss.backward()
    show('Dense ' + name + ': weight grad', lambda: dense.weight.grad())
    show('Dense ' + name + ': bias grad', lambda: dense.bias.grad())
    show('Dense ' + name + ': waitall', lambda: nd.waitall())
