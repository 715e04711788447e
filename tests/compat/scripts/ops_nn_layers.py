# FullyConnected, Activation, LeakyReLU, Dropout (predict mode), Embedding: forward, dtypes, gradients, errors.
import numpy as np
import mxnet as mx
from mxnet import nd, autograd


def show(label, f, rnd=None):
    try:
        r = f()
        v = r.asnumpy()
        print(label, r.dtype.__name__, r.shape, (np.round(v, rnd) if rnd else v).tolist())
    except Exception as e:
        print(label, "ERR", type(e).__name__)


x = nd.array([[-2.5, -0.7, -0.1, 0.0, 0.2, 0.9, 1.6, 3.0], [4.0, -4.0, 0.5, -0.5, 10.0, -10.0, 0.05, -0.05]])
for act in ["relu", "sigmoid", "tanh", "softrelu", "softsign", "log_sigmoid", "mish", "gelu", "bad"]:
    if act != "tanh":       # float32 tanh: oneDNN's own polynomial table (not reproduced)
        show("Activation " + act, lambda: nd.Activation(x, act_type=act))
        show("Activation 4d " + act, lambda: nd.Activation(x.reshape((2, 2, 2, 2)), act_type=act))
    show("Activation f64 " + act, lambda: nd.Activation(x.astype("float64"), act_type=act))
    show("Activation f16 " + act, lambda: nd.Activation(x.astype("float16"), act_type=act))
for act, kw in [("leaky", {}), ("leaky", {"slope": 0.1}), ("elu", {}), ("elu", {"slope": 0.5}), ("selu", {}),
                ("gelu", {}), ("rrelu", {}), ("rrelu", {"lower_bound": 0.1, "upper_bound": 0.3}), ("bad", {})]:
    show("LeakyReLU " + act + str(kw), lambda: nd.LeakyReLU(x, act_type=act, **kw))
    if act != "gelu":       # float64 gelu: MXNet evaluates it in float32 (not followed, see the notes)
        show("LeakyReLU f64 " + act + str(kw), lambda: nd.LeakyReLU(x.astype("float64"), act_type=act, **kw))
show("prelu", lambda: nd.LeakyReLU(x.reshape((2, 4, 2)), nd.array([0.1, 0.2, 0.3, 0.4]), act_type="prelu"))
show("prelu scalar gamma", lambda: nd.LeakyReLU(x, nd.array([0.25]), act_type="prelu"))
show("prelu no gamma", lambda: nd.LeakyReLU(x, act_type="prelu"))
show("relu", lambda: nd.relu(x))
show("sigmoid", lambda: nd.sigmoid(x))
show("tanh", lambda: nd.tanh(x))
show("softsign", lambda: nd.softsign(x))
show("hard_sigmoid", lambda: nd.hard_sigmoid(x))
show("hard_sigmoid ab", lambda: nd.hard_sigmoid(x, alpha=0.5, beta=0.2))
show("log_sigmoid", lambda: nd.log_sigmoid(x) if hasattr(nd, "log_sigmoid") else nd.zeros((1,)))
show("rrelu outputs", lambda: nd.array([len(nd.LeakyReLU(x, act_type="rrelu"))]))
for name, f in [("Activation relu", lambda p: nd.Activation(p, act_type="relu")),
                ("Activation sigmoid", lambda p: nd.Activation(p, act_type="sigmoid")),
                ("Activation tanh", lambda p: nd.Activation(p, act_type="tanh")),
                ("Activation softrelu", lambda p: nd.Activation(p, act_type="softrelu")),
                ("Activation softsign", lambda p: nd.Activation(p, act_type="softsign")),
                ("leaky", lambda p: nd.LeakyReLU(p, act_type="leaky", slope=0.2)),
                ("elu", lambda p: nd.LeakyReLU(p, act_type="elu", slope=0.7)),
                ("selu", lambda p: nd.LeakyReLU(p, act_type="selu")),
                ("gelu", lambda p: nd.LeakyReLU(p, act_type="gelu")),
                ("relu op", nd.relu), ("sigmoid op", nd.sigmoid), ("hard_sigmoid", nd.hard_sigmoid)]:
    p = x.copy(); p.attach_grad()
    with autograd.record():
        y = f(p)
    y.backward(nd.ones_like(y) * 1.5)
    print(name, "grad", np.round(p.grad.asnumpy(), 5).tolist())
p = x.reshape((2, 4, 2)).copy(); g = nd.array([0.1, 0.2, 0.3, 0.4]); p.attach_grad(); g.attach_grad()
with autograd.record():
    y = nd.LeakyReLU(p, g, act_type="prelu")
y.backward()
print("prelu grad", np.round(p.grad.asnumpy(), 5).tolist(), np.round(g.grad.asnumpy(), 5).tolist())
# FullyConnected
data = nd.array(np.arange(24).reshape(2, 3, 4) * 0.1 - 1)
w = nd.array(np.arange(60).reshape(5, 12) * 0.01 - 0.3)
b = nd.array([0.1, -0.2, 0.3, 0.0, 1.0])
show("FC", lambda: nd.FullyConnected(data, w, b, num_hidden=5), 5)
show("FC no_bias", lambda: nd.FullyConnected(data, w, num_hidden=5, no_bias=True), 5)
show("FC flatten0", lambda: nd.FullyConnected(data, w[:, :4], b, num_hidden=5, flatten=False), 5)
show("FC bad weight", lambda: nd.FullyConnected(data, w[:, :4], b, num_hidden=5))
show("FC bad num_hidden", lambda: nd.FullyConnected(data, w, b, num_hidden=4))
show("FC bad bias", lambda: nd.FullyConnected(data, w, b[:3], num_hidden=5))
show("FC missing bias", lambda: nd.FullyConnected(data, w, num_hidden=5))
show("FC f64", lambda: nd.FullyConnected(data.astype("float64"), w.astype("float64"), b.astype("float64"), num_hidden=5), 5)
show("FC int", lambda: nd.FullyConnected(data.astype("int32"), w.astype("int32"), b.astype("int32"), num_hidden=5))
show("FC kw", lambda: nd.FullyConnected(data=data, weight=w, bias=b, num_hidden=5), 5)
show("FC 1d", lambda: nd.FullyConnected(nd.array([1.0, 2.0]), nd.ones((3, 2)), nd.zeros((3,)), num_hidden=3))
for kw in [{}, {"no_bias": True}, {"flatten": False}]:
    p = data.copy(); ww = (w if kw.get("flatten", True) else w[:, :4]).copy(); bb = b.copy()
    for a in (p, ww, bb):
        a.attach_grad()
    with autograd.record():
        y = nd.FullyConnected(p, ww, None if kw.get("no_bias") else bb, num_hidden=5, **kw)
    y.backward(nd.ones_like(y) * 0.5)
    print("FC grad", kw, np.round(p.grad.asnumpy(), 5).tolist(), np.round(ww.grad.asnumpy(), 5).tolist(),
          np.round(bb.grad.asnumpy(), 5).tolist())
# Dropout in predict mode and training
show("Dropout predict", lambda: nd.Dropout(x, p=0.5))
show("Dropout axes predict", lambda: nd.Dropout(x, p=0.5, axes=(0,)))
show("Dropout always p0", lambda: nd.Dropout(x, p=0.0, mode="always"))
show("Dropout always p1", lambda: nd.Dropout(x, p=1.0, mode="always"))
with autograd.record(train_mode=False):
    show("Dropout record predict", lambda: nd.Dropout(x, p=0.5))
with autograd.train_mode():
    show("Dropout train p0", lambda: nd.Dropout(x, p=0.0))
p = x.copy(); p.attach_grad()
with autograd.record(train_mode=False):
    y = nd.Dropout(p, p=0.3)
y.backward()
print("Dropout predict grad", p.grad.asnumpy().tolist())
# Embedding
wt = nd.array(np.arange(15).reshape(5, 3) * 0.5)
show("Embedding", lambda: nd.Embedding(nd.array([[0, 4], [2, 2]]), wt, input_dim=5, output_dim=3))
show("Embedding oob", lambda: nd.Embedding(nd.array([-1, 5, 7]), wt, input_dim=5, output_dim=3))
show("Embedding frac", lambda: nd.Embedding(nd.array([0.6, 1.5, 3.99]), wt, input_dim=5, output_dim=3))
show("Embedding int", lambda: nd.Embedding(nd.array([1, 3], dtype="int32"), wt, input_dim=5, output_dim=3))
show("Embedding dtype", lambda: nd.Embedding(nd.array([1, 3]), wt.astype("float64"), input_dim=5, output_dim=3, dtype="float64"))
show("Embedding bad dim", lambda: nd.Embedding(nd.array([1, 3]), wt, input_dim=4, output_dim=3))
show("Embedding bad out", lambda: nd.Embedding(nd.array([1, 3]), wt, input_dim=5, output_dim=2))
i = nd.array([[0, 4], [2, 2]]); ww = wt.copy(); ww.attach_grad()
with autograd.record():
    y = nd.Embedding(i, ww, input_dim=5, output_dim=3)
y.backward(nd.array(np.arange(12).reshape(2, 2, 3)))
print("Embedding grad", ww.grad.asnumpy().tolist())
