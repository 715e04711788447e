"""contrib.foreach/while_loop/cond: results with autograd, and the Python-level errors of empty or odd inputs."""
import mxnet as mx
import numpy as np
from mxnet import autograd, nd


def show(label, fn):
    try:
        out = fn()
        outs = out if isinstance(out, (list, tuple)) else [out]
        flat = []
        for o in outs:
            flat.extend(o if isinstance(o, (list, tuple)) else [o])
        print(label, [(o.dtype.__name__, o.asnumpy().tolist()) for o in flat])
    except Exception as e:
        lines = str(e).strip().split('\n')
        text = lines[2] if lines[0].startswith('Traceback') else lines[0]
        print(label, type(e).__name__, text.replace('MXNetError: ', ''))


x = nd.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
show('foreach empty list', lambda: nd.contrib.foreach(lambda d, s: (d, s), [], [nd.zeros((2,))]))
show('foreach no steps', lambda: nd.contrib.foreach(lambda d, s: (d, s), nd.array(np.zeros((0, 2))), [nd.zeros((2,))]))
show('foreach', lambda: nd.contrib.foreach(lambda d, s: (d * s[0], [s[0] + d]), x, [nd.ones((2,))]))


def foreach_grad():
    data, state = x.copy(), nd.array([0.5, -1.0])
    data.attach_grad()
    state.attach_grad()
    with autograd.record():
        out, last = nd.contrib.foreach(lambda d, s: (d * s[0] + 1, [s[0] * 2 + d]), data, [state])
        total = out.sum() + last[0].sum() * 3
    total.backward()
    return [out, last[0], data.grad, state.grad]


def while_grad():
    a = nd.array([1.5])
    a.attach_grad()
    with autograd.record():
        out, state = nd.contrib.while_loop(lambda i, s: i < 3, lambda i, s: (s * a, [i + 1, s * a]),
                                           [nd.array([0]), nd.array([1.0])], max_iterations=3)
        total = out.sum() + state[1].sum()
    total.backward()
    return [out, state[1], a.grad]


def cond_grad():
    a = nd.array([2.0, 3.0])
    a.attach_grad()
    with autograd.record():
        y = nd.contrib.cond(a.sum() > 4, lambda: a * a, lambda: a * 3)
    y.backward()
    return [y, a.grad]


show('foreach grad', foreach_grad)
show('while_loop grad', while_grad)
show('cond grad', cond_grad)
show('cond two predicates', lambda: nd.contrib.cond(nd.array([1, 0]), lambda: nd.ones((2,)), lambda: nd.zeros((2,))))
