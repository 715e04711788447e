"""FullyConnected on float16/integer data (CPU): the backward of a failed head runs its own kernel, which refuses it at its own source line (the forward's error stays for waitall); a failed output's reshape is a view that does not read it."""
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


def show(tag, f):
    try:
        print(tag, 'OK', f())
    except Exception as e:
        print(tag, type(e).__name__, str(e).replace('\n', ' | '))


for dt in ['float16', 'int32', 'uint8', 'int8', 'int64']:
    for no_bias in [True, False]:
        x = nd.ones((2, 3), dtype=dt)
        w = nd.ones((4, 3), dtype=dt)
        b = nd.ones((4,), dtype=dt)
        for a in (x, w, b):
            a.attach_grad()
        with autograd.record():
            z = nd.FullyConnected(x, w, None if no_bias else b, num_hidden=4, no_bias=no_bias)
        tag = (dt, no_bias)
        show(tag + ('backward',), lambda: z.backward())
        show(tag + ('w.grad',), lambda: w.grad.asnumpy().tolist())
        show(tag + ('x.grad',), lambda: x.grad.asnumpy().tolist())
        if not no_bias:
            show(tag + ('b.grad',), lambda: b.grad.asnumpy().tolist())
        show(tag + ('out',), lambda: z.asnumpy().tolist())
        show(tag + ('waitall',), lambda: nd.waitall())

# only the data asks for a gradient; autograd.grad
x = nd.ones((2, 3), dtype='float16')
w = nd.ones((4, 3), dtype='float16')
x.attach_grad()
with autograd.record():
    z = nd.FullyConnected(x, w, num_hidden=4, no_bias=True)
z.backward()
show('data only', lambda: x.grad.asnumpy().tolist())
show('data only waitall', lambda: nd.waitall())
w.attach_grad()
with autograd.record():
    z = nd.FullyConnected(x, w, num_hidden=4, no_bias=True)
show('autograd.grad', lambda: [g.asnumpy().tolist() for g in autograd.grad(z, [x, w])])
show('autograd.grad waitall', lambda: nd.waitall())

# a Dense cast to float16/int32, imperative and hybridized, with a Trainer step
for hybrid in [False, True]:
    for dt in ['float16', 'int32']:
        d = nn.Dense(2, in_units=3)
        d.initialize(mx.init.One())
        d.cast(dt)
        if hybrid:
            d.hybridize()
        x = nd.ones((2, 3), dtype=dt)
        x.attach_grad()
        with autograd.record():
            y = d(x)
        tag = (hybrid, dt)
        show(tag + ('backward',), lambda: y.backward())
        show(tag + ('weight.grad',), lambda: d.weight.grad().asnumpy().tolist())
        show(tag + ('bias.grad',), lambda: d.bias.grad().asnumpy().tolist())
        show(tag + ('x.grad',), lambda: x.grad.asnumpy().tolist())
        show(tag + ('waitall',), lambda: nd.waitall())
        trainer = gluon.Trainer(d.collect_params(), 'sgd', {'learning_rate': 0.1})
        with autograd.record():
            y = d(x)
        y.backward()
        show(tag + ('step',), lambda: trainer.step(1))
        show(tag + ('weight',), lambda: d.weight.data().asnumpy().tolist())
        show(tag + ('waitall 2',), lambda: nd.waitall())

# the reshape method of a failed output is a view: no read, the error stays pending
x = nd.ones((2, 3), dtype='float16')
w = nd.ones((4, 3), dtype='float16')
z = nd.FullyConnected(x, w, num_hidden=4, no_bias=True)
show('reshape', lambda: z.reshape(-1).shape)
show('reshape kw', lambda: z.reshape(shape=(4, 2)).shape)
show('reshape waitall', lambda: nd.waitall())
with autograd.record():
    z = nd.FullyConnected(x, w, num_hidden=4, no_bias=True)
    show('recorded reshape', lambda: z.reshape((2, 2, 2)).shape)
show('recorded reshape waitall', lambda: nd.waitall())
