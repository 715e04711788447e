"""Dense operators given csr or row_sparse inputs run MXNet's storage fallback (its own kernels on dense copies,
backward too): results and gradients through a sparse dot or of a sparse product; BatchNorm refuses a sparse
input while gamma is fixed (its default)."""
# recorded on AVX2
import numpy as np
from mxnet import autograd, nd
from _sparse_show import show
from _words import words

rs = np.random.RandomState(0)
X = rs.rand(6, 8).astype("float32") - 0.3
X[X < 0.2] = 0
OPS = [("sigmoid", lambda x: nd.Activation(x, act_type="sigmoid")),
       ("tanh", lambda x: nd.Activation(x, act_type="tanh")),
       ("softrelu", lambda x: nd.Activation(x, act_type="softrelu")),
       ("relu", lambda x: nd.Activation(x, act_type="relu")),
       ("softmax", lambda x: nd.softmax(x)), ("log_softmax", lambda x: nd.log_softmax(x)), ("exp", nd.exp),
       ("leaky", lambda x: nd.LeakyReLU(x, act_type="leaky", slope=0.1)), ("sum", lambda x: nd.sum(x, axis=1)),
       ("square", nd.square), ("norm", nd.norm), ("mean", nd.mean), ("L2Normalization", nd.L2Normalization),
       ("transpose", nd.transpose), ("expand_dims", lambda x: nd.expand_dims(x, 0))]


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


for stype in ["csr", "row_sparse"]:
    x = nd.array(X).tostype(stype)
    for name, op in OPS:
        attempt(f"{name} {stype}", lambda: op(x))
        w = nd.array(rs.rand(8, 8).astype("float32"))
        w.attach_grad()

        def gradient():
            with autograd.record():
                y = op(nd.dot(x, w))
                loss = (y * y).sum()
            loss.backward()
            return w.grad
        attempt(f"{name} {stype} through dot, weight gradient", gradient)
        if name in ("norm", "expand_dims"):
            continue
        scale = nd.array(rs.rand(8).astype("float32"))
        scale.attach_grad()

        def scale_gradient():       # the op given the sparse product itself
            with autograd.record():
                y = op(nd.broadcast_mul(x, scale.reshape((1, 8))))
                loss = (y.tostype("default") ** 2).sum()
            loss.backward()
            return scale.grad
        attempt(f"{name} {stype} of a sparse product, scale gradient", scale_gradient)
    gamma, beta, mean, var = nd.ones(8), nd.zeros(8), nd.zeros(8), nd.ones(8)
    for kwargs in [{}, {"fix_gamma": True}, {"fix_gamma": False}, {"fix_gamma": "False"}, {"fix_gamma": 0}]:
        attempt(f"BatchNorm {stype} {kwargs}", lambda: nd.BatchNorm(x, gamma, beta, mean, var, **kwargs))
    attempt(f"BatchNorm {stype} by keyword", lambda: nd.BatchNorm(data=x, gamma=gamma, beta=beta, moving_mean=mean,
                                                                 moving_var=var))
    attempt(f"BatchNorm sparse gamma ({stype})", lambda: nd.BatchNorm(nd.ones((2, 8)), nd.ones((1, 8)).tostype(stype)[0]
                                                                      if stype == "csr" else gamma.tostype(stype),
                                                                      beta, mean, var))
