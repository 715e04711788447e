# softmax family and output layers: forward, dtype, length, temperature, gradients.
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


x = nd.array([[1.0, 2.0, 0.5, -1.0], [0.3, 0.3, 3.0, 2.0], [-2.0, 5.0, 1.0, 0.0]])
for name in ["softmax", "log_softmax", "softmin"]:
    f = getattr(nd, name)
    show(name, lambda: f(x))
    show(name + " ax0", lambda: f(x, axis=0))
    show(name + " t2", lambda: f(x, temperature=2.0))
    show(name + " t0.5 ax0", lambda: f(x, axis=0, temperature=0.5))
    show(name + " f64", lambda: f(x, dtype="float64"))
    show(name + " f16 out", lambda: f(x, dtype="float16"))
    show(name + " f64 in", lambda: f(x.astype("float64")))
    show(name + " f16 in", lambda: f(x.astype("float16")))
    show(name + " int in", lambda: f(x.astype("int32")))
    show(name + " 3d ax1", lambda: f(nd.array(np.arange(12).reshape(2, 3, 2) * 0.3), axis=1))
    show(name + " method", lambda: getattr(x, name)())
    show(name + " bad axis", lambda: f(x, axis=2))
show("softmax length", lambda: nd.softmax(x, nd.array([2, 1, 4]), use_length=True))
show("softmax length int", lambda: nd.softmax(x, nd.array([2, 0, 3], dtype="int32"), use_length=True))
show("softmax length ax0", lambda: nd.softmax(x, nd.array([1, 2, 3, 2]), axis=0, use_length=True))
show("softmax length kw", lambda: nd.softmax(data=x, length=nd.array([2, 1, 4]), use_length=True))
show("softmax inf", lambda: nd.softmax(nd.array([[1.0, np.inf, 0.0], [-np.inf, -np.inf, 0.0]])))
show("SoftmaxActivation", lambda: nd.SoftmaxActivation(x))
show("SoftmaxActivation ch", lambda: nd.SoftmaxActivation(nd.array(np.arange(12).reshape(2, 3, 2) * 0.3), mode="channel"))
show("SoftmaxActivation 1d", lambda: nd.SoftmaxActivation(nd.array([1.0, 2.0])))
for name, kw in [("softmax", {}), ("softmax", {"axis": 0, "temperature": 2.0}), ("log_softmax", {}),
                 ("log_softmax", {"temperature": 3.0}), ("softmin", {}), ("softmin", {"temperature": 0.5}),
                 ("SoftmaxActivation", {}), ("softmax", {"dtype": "float64"})]:
    p = x.copy()
    p.attach_grad()
    with autograd.record():
        y = getattr(nd, name)(p, **kw)
        z = (y.astype("float32") * nd.array([[1.0, 2.0, 3.0, 4.0]])).sum()
    z.backward()
    print(name, kw, "grad", np.round(p.grad.asnumpy(), 5).tolist())
p = x.copy(); p.attach_grad()
with autograd.record():
    y = nd.softmax(p, nd.array([2, 1, 4], dtype="int32"), use_length=True)
y.backward(nd.array([[1.0, 2.0, 3.0, 4.0]] * 3))
print("softmax length grad", np.round(p.grad.asnumpy(), 5).tolist())
# output layers
label = nd.array([1, 2, 0])
for name, kw in [("SoftmaxOutput", {}), ("SoftmaxOutput", {"grad_scale": 2.0}),
                 ("SoftmaxOutput", {"use_ignore": True, "ignore_label": 2}),
                 ("SoftmaxOutput", {"normalization": "batch"}), ("SoftmaxOutput", {"normalization": "valid", "use_ignore": True, "ignore_label": 0}),
                 ("SoftmaxOutput", {"smooth_alpha": 0.1}), ("Softmax", {}), ("SoftmaxOutput", {"out_grad": True})]:
    p = x.copy(); p.attach_grad()
    with autograd.record():
        y = getattr(nd, name)(p, label, **kw)
    y.backward(nd.ones_like(y) * 2)
    print(name, kw, np.round(y.asnumpy(), 5).tolist(), np.round(p.grad.asnumpy(), 5).tolist())
p = nd.array(np.arange(12).reshape(2, 3, 2) * 0.3); p.attach_grad()
with autograd.record():
    y = nd.SoftmaxOutput(p, nd.array([[0, 2], [1, 1]]), multi_output=True)
y.backward()
print("SoftmaxOutput multi", np.round(y.asnumpy(), 5).tolist(), np.round(p.grad.asnumpy(), 5).tolist())
p = nd.array(np.arange(12).reshape(2, 3, 2) * 0.3); p.attach_grad()
with autograd.record():
    y = nd.SoftmaxOutput(p, nd.array([[0, 1, 1], [1, 0, 0]]), preserve_shape=True)
y.backward()
print("SoftmaxOutput preserve", np.round(y.asnumpy(), 5).tolist(), np.round(p.grad.asnumpy(), 5).tolist())
p = nd.array(np.arange(12).reshape(2, 3, 2) * 0.3); p.attach_grad()
with autograd.record():
    y = nd.SoftmaxOutput(p, nd.array([[4, 1, 0], [1, 1, 0]]))
y.backward()
print("SoftmaxOutput flat", np.round(y.asnumpy(), 5).tolist(), np.round(p.grad.asnumpy(), 5).tolist())
pred = nd.array([[0.2, 0.7], [1.5, -0.3], [0.0, 0.9]])
lab = nd.array([[0.0, 1.0], [1.0, 1.0], [0.5, 0.0]])
for name, kw in [("LinearRegressionOutput", {}), ("LogisticRegressionOutput", {}), ("MAERegressionOutput", {}),
                 ("LinearRegressionOutput", {"grad_scale": 3.0}), ("LogisticRegressionOutput", {"grad_scale": 0.5})]:
    p = pred.copy(); p.attach_grad()
    with autograd.record():
        y = getattr(nd, name)(p, lab, **kw)
    y.backward(nd.ones_like(y) * 5)
    print(name, kw, np.round(y.asnumpy(), 5).tolist(), np.round(p.grad.asnumpy(), 5).tolist())
p = pred.copy(); p.attach_grad()
with autograd.record():
    y = nd.LinearRegressionOutput(p[:, :1], nd.array([1.0, 2.0, 3.0]))
y.backward()
print("LinearRegressionOutput 1d label", np.round(p.grad.asnumpy(), 5).tolist())
for kw in [{}, {"grad_scale": 2.0}, {"normalization": "batch"}, {"normalization": "valid", "valid_thresh": 0.5}]:
    p = pred.copy(); p.attach_grad()
    with autograd.record():
        y = nd.MakeLoss(p * p, **kw)
    y.backward()
    print("MakeLoss", kw, y.asnumpy().tolist(), np.round(p.grad.asnumpy(), 5).tolist())
p = pred.copy(); p.attach_grad()
with autograd.record():
    y = nd.make_loss(nd.BlockGrad(p) * p)
y.backward()
print("make_loss BlockGrad", p.grad.asnumpy().tolist())
show("SoftmaxOutput bad label", lambda: nd.SoftmaxOutput(x, nd.array([1, 2])))
show("SoftmaxOutput 3d", lambda: nd.SoftmaxOutput(nd.array(np.arange(24).reshape(2, 3, 4) * 0.1), nd.zeros((2, 3))), 5)
show("SoftmaxOutput 1d", lambda: nd.SoftmaxOutput(nd.array([1.0, 2.0, 3.0]), nd.array([1.0])))
show("LinearRegressionOutput bad", lambda: nd.LinearRegressionOutput(pred, nd.array([1.0, 2.0])))
