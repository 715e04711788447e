"""The regression outputs' legacy shape inference fails on data of an unknown (zero) size and refuses a label of one, before comparing their shapes."""
import numpy as np
import mxnet as mx

nd = mx.nd


def attempt(label, fn):
    try:
        r = fn()
        nd.waitall()
        print(label, r.shape)
    except mx.base.MXNetError as e:
        print(label, "raises:", str(e))


empty = nd.array(np.ones((0, 4, 3)))
for name in ["MAERegressionOutput", "LinearRegressionOutput", "LogisticRegressionOutput"]:
    f = getattr(nd, name)
    attempt(name + " empty data and label", lambda: f(empty, empty))
    attempt(name + " empty data", lambda: f(empty, nd.ones((2, 4))))
    attempt(name + " empty label", lambda: f(nd.ones((3, 2)), nd.array(np.ones((3, 0)))))
    attempt(name + " label of another shape", lambda: f(nd.ones((2, 3)), nd.ones((3,))))
x = nd.ones((2, 4))
x.attach_grad()
with mx.autograd.record():
    attempt("recorded empty label", lambda: nd.LinearRegressionOutput(x, nd.array(np.ones((2, 0)))))
mx.npx.set_np()
attempt("numpy shapes", lambda: nd.LinearRegressionOutput(nd.array(np.ones((0, 4))), nd.array(np.ones((0, 4)))))
