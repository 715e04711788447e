import mxnet as mx
import numpy as np
v0, v1, v2 = mx.sym.var('v0'), mx.sym.var('v1'), mx.sym.var('v2')
def step(x, s):
    return [x * s[0] + v2 * 3, x], [s[0] * 2 + x]
res, st = mx.sym.contrib.foreach(step, v0, [v1])
out = mx.sym.Group([res[0] * 2, res[1], st[0]])
js1 = out.tojson()
out2 = mx.sym.load_json(js1)
print(js1 == out2.tojson(), out2.list_arguments(), out2.list_outputs())
args = {'v0': mx.nd.arange(6).reshape((3, 2)), 'v1': mx.nd.ones(2), 'v2': mx.nd.array([0.5, -1])}
for sym in [out, out2]:
    grads = {k: mx.nd.zeros(a.shape) for k, a in args.items()}
    e = sym.bind(mx.cpu(), args, args_grad=grads)
    o = e.forward(is_train=True)
    e.backward([mx.nd.ones(x.shape) for x in o])
    print([x.asnumpy().tolist() for x in o], {k: g.asnumpy().tolist() for k, g in grads.items()})
i, s = mx.sym.var('i'), mx.sym.var('s')
outs, states = mx.sym.contrib.while_loop(lambda i, s: i < 3, lambda i, s: ([s * v2], [i + 1, s * 2]), [i, s], max_iterations=4)
w = mx.sym.Group(outs + states)
js1 = w.tojson(); w2 = mx.sym.load_json(js1)
print(js1 == w2.tojson(), w2.list_arguments(), w2.list_outputs())
print(js1)
args = {'i': mx.nd.array([0]), 's': mx.nd.array([1, 2]), 'v2': mx.nd.array([3, 4])}
for sym in [w, w2]:
    grads = {k: mx.nd.zeros(a.shape) for k, a in args.items()}
    e = sym.bind(mx.cpu(), args, args_grad=grads)
    o = e.forward(is_train=True)
    e.backward([mx.nd.ones(x.shape) for x in o])
    print([x.asnumpy()[:3].tolist() for x in o], {k: g.asnumpy().tolist() for k, g in grads.items()})
c = mx.sym.contrib.cond(v0.sum() > 2, lambda: [v1 * v0, v2], lambda: [v1 - v0, v2 * 2])
c = mx.sym.Group(c)
js1 = c.tojson(); c2 = mx.sym.load_json(js1)
print(js1 == c2.tojson(), c2.list_arguments(), c2.list_outputs())
print(js1)
args = {'v0': mx.nd.array([1, 2]), 'v1': mx.nd.array([3, 4]), 'v2': mx.nd.array([5, 6])}
for sym in [c, c2]:
    grads = {k: mx.nd.zeros(a.shape) for k, a in args.items()}
    e = sym.bind(mx.cpu(), args, args_grad=grads)
    o = e.forward(is_train=True)
    e.backward([mx.nd.ones(x.shape) for x in o])
    print([x.asnumpy().tolist() for x in o], {k: g.asnumpy().tolist() for k, g in grads.items()})
