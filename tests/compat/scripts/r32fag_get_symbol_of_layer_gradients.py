"""get_symbol of create_graph gradients through FullyConnected and Activation/LeakyReLU/softmax: backward nodes with the forward's attributes and the arrays MXNet's backward reads (output gradient, outputs, inputs); values and second-order gradients."""
# recorded on AVX2
import json

import mxnet as mx
from mxnet import autograd as ag


def show(title, fn, with_bias=True, **kwargs):
    print("==", title, kwargs)
    w = mx.nd.array([[1., 2., 3.], [0.5, -1., 2.]])
    b = mx.nd.array([0.1, 0.2])
    x = mx.nd.array([[1., -1., 0.5]])
    for a in (w, b, x):
        a.attach_grad()
    try:
        with ag.record():
            h = mx.nd.FullyConnected(*((x, w, b) if with_bias else (x, w)), **kwargs)
            g = ag.grad(fn(h), [x], create_graph=True)[0]
        for node in json.loads(ag.get_symbol(g).tojson())["nodes"]:
            print("  ", node["op"], node["name"], node.get("attrs", {}), node["inputs"])
        print("   grad", g.asnumpy().tolist())
        g.backward()
        print("   second", w.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print("   ERR", str(e).strip().splitlines()[-1][:110])


show("sigmoid, no bias", mx.nd.sigmoid, with_bias=False, num_hidden=2, no_bias=True)
show("sigmoid", mx.nd.sigmoid, num_hidden=2)
show("tanh, unflattened", mx.nd.tanh, num_hidden=2, flatten=False, no_bias=False)
show("Activation tanh", lambda h: mx.nd.Activation(h, act_type="tanh"), num_hidden=2)
show("Activation softrelu", lambda h: mx.nd.Activation(h, act_type="softrelu"), num_hidden=2)
show("LeakyReLU elu", lambda h: mx.nd.LeakyReLU(h, act_type="elu", slope=0.3), num_hidden=2)
show("softmax", lambda h: mx.nd.softmax(h, axis=-1), num_hidden=2)
net = mx.gluon.nn.Dense(2, in_units=3, activation="tanh")
net.initialize(mx.init.One())
x = mx.nd.array([[1., -1., 0.5]])
x.attach_grad()
with ag.record():
    g = ag.grad(net(x), [x], create_graph=True)[0]
print("== gluon Dense(tanh)")
for node in json.loads(ag.get_symbol(g).tojson())["nodes"]:
    print("  ", node["op"], node["name"], node.get("attrs", {}), node["inputs"])
