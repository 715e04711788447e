# Softmax-family and activation gradients printed in full (float32 tanh: oneDNN's table, left out).
import mxnet as mx, numpy as np
nd = mx.nd
x = nd.array(np.sin(np.arange(40)).reshape(2, 20) * 3)
w = nd.array(np.cos(np.arange(40)).reshape(2, 20))
for name, kw in [("softmax", {}), ("log_softmax", {}), ("softmax", {"axis": 0}), ("softmax", {"temperature": 2.0}), ("softmin", {}), ("SoftmaxActivation", {}),
                 ("log_softmax", {"axis": 0})]:
    p = x.copy(); p.attach_grad()
    with mx.autograd.record():
        y = getattr(nd, name)(p, **kw)
    y.backward(w)
    print(name, kw, p.grad.asnumpy().ravel()[:6].tolist())
for act in ["sigmoid", "softrelu", "relu", "softsign"]:
    p = x.copy(); p.attach_grad()
    with mx.autograd.record():
        y = nd.Activation(p, act_type=act)
    y.backward(w)
    print(act, p.grad.asnumpy().ravel()[:6].tolist())
for act in ["elu", "selu", "leaky"]:
    p = x.copy(); p.attach_grad()
    with mx.autograd.record():
        y = nd.LeakyReLU(p, act_type=act)
    y.backward(w)
    print(act, p.grad.asnumpy().ravel()[:6].tolist())
p = x.copy(); p.attach_grad()
with mx.autograd.record():
    y = nd.SoftmaxOutput(p, nd.array([3, 7]))
y.backward()
print("SoftmaxOutput", p.grad.asnumpy().ravel()[:6].tolist())
