import mxnet as mx
import numpy as np
x = mx.sym.var('x'); w = mx.sym.var('w')
h = mx.sym.FullyConnected(x, num_hidden=4, name='fc', flatten=False)
bias = mx.sym.sum(w, axis=0, keepdims=True)
def body(d, s):
    o = mx.sym.broadcast_add(d * s[0], bias)
    return o, [o + 1]
outs, st = mx.sym.contrib.foreach(body, h, [mx.sym.zeros((2, 4)) + 1])
g = mx.sym.Group([outs, st[0]])
print(g.list_arguments(), g.list_outputs())
print(g.tojson())
print(g.infer_shape(x=(3, 2, 5), w=(6, 4)))
e = g.simple_bind(mx.cpu(), x=(3, 2, 5), w=(6, 4))
for k, v in e.arg_dict.items():
    v[:] = np.arange(v.size).reshape(v.shape) % 5 / 10
o = e.forward(is_train=True)
print([a.asnumpy().round(3).tolist() for a in o])
e.backward([mx.nd.ones((3, 2, 4)), mx.nd.ones((2, 4))])
print({k: v.asnumpy().round(3).tolist() for k, v in e.grad_dict.items()})
