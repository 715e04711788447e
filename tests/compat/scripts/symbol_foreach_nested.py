import mxnet as mx
import numpy as np
def step_in(in1, states):
    out = in1 * 2 + states[0]
    return (out, [out])
def step_sym(in1, states):
    out1 = mx.sym.contrib.foreach(step_in, in1, states)
    out = mx.sym.broadcast_add(out1[0], states[0])
    return (out, [mx.sym.squeeze(mx.sym.slice(out, begin=(0, 0), end=(1, 2)))])
data_sym = mx.sym.var("v1")
state_sym = mx.sym.var("v2")
out, states = mx.sym.contrib.foreach(step_sym, data_sym, [state_sym])
out = mx.sym.Group([out] + states)
print(out.list_arguments(), out.list_outputs())
js = out.tojson()
print(js == mx.sym.load_json(js).tojson())
data = mx.nd.arange(24).reshape((4, 3, 2)) / 10
state = mx.nd.array([1, 2])
grads = {'v1': mx.nd.zeros((4, 3, 2)), 'v2': mx.nd.zeros(2)}
e = out.bind(mx.cpu(), {'v1': data, 'v2': state}, args_grad=grads)
o = e.forward(is_train=True)
print([x.asnumpy().round(3).tolist() for x in o])
e.backward([mx.nd.ones((4, 3, 2)), mx.nd.ones(2)])
print(grads['v1'].asnumpy().round(3).tolist(), grads['v2'].asnumpy().round(3).tolist())
print(js[:3000])
