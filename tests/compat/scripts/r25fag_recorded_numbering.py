# the numbers recorded ops take (shown in backward nodes' names): attach_grad while recording records the
# zeros_like of an array in the graph; grad(create_graph=True) refuses an unreachable variable before recording
# recorded on AVX2
import re
import mxnet as mx
from mxnet import autograd, nd
from _words import words


def probe():
    x = nd.array([1., 2.])
    x.attach_grad()
    with autograd.record():
        c = nd.exp(x)
    try:
        c.backward(nd.ones((7,)))
    except Exception as ex:
        return int(re.search(r'node_(\d+)_backward', str(ex)).group(1))


last = probe()


def step(label):
    global last
    n = probe()
    print(label, n - last - 1)
    last = n


for case in ['fresh', 'attached', 'computed', 'twice', 'paused']:
    x = nd.array([1., 2.])
    if case in ('attached', 'twice', 'paused'):
        x.attach_grad()
    with autograd.record():
        if case == 'computed':
            w = nd.array([1., 2.])
            w.attach_grad()
            x = w * 2
        if case == 'paused':
            with autograd.pause():
                x.attach_grad()
        else:
            x.attach_grad()
        if case == 'twice':
            x.attach_grad()
    step(f'attach_grad {case}')

for expr in ['(x * x).sum()', 'nd.exp(x * 2)', 'nd.sin(x) + nd.cos(x)']:
    for target in ['y', 'x', '[x, y]']:
        x = nd.array([0.5, 1.5])
        y = nd.array([2.0, 3.0])
        x.attach_grad()
        y.attach_grad()
        with autograd.record():
            out = eval(expr)
            try:
                g = autograd.grad(out, eval(target), create_graph=True, retain_graph=True)[0]
                print(expr, target, g.asnumpy().tolist())
            except Exception as e:
                print(expr, target, words(e))
        step(f'  {expr} {target}')
