# 0-d arrays under npx.set_np(): unary gradients, npx.erf and npx.activation (forward and backward) computed in
# the array's dtype as MXNet's kernels do, the same bits as a one-element vector; losses of 0-d predictions
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon

mx.npx.set_np()
vals = np.random.RandomState(5).uniform(0.05, 0.95, size=6).astype("float32")


def h(a):
    return a.asnumpy().tobytes().hex()


def grads(f, dt, shift=0.0):
    out = []
    for v in vals:
        x = mx.np.array(v + shift, dtype=dt)
        x.attach_grad()
        with autograd.record():
            y = f(x) * mx.np.array(np.float32(0.77), dtype=dt)
        y.backward()
        out.append(h(x.grad) + ":" + h(y))
    return " ".join(out)


for dt in ("float32", "float64", "float16"):
    for name in ("log", "sqrt", "cbrt", "tan", "arcsin", "arctanh", "log10", "expm1", "reciprocal", "arccosh"):
        print(dt, name, grads(getattr(mx.np, name), dt, 1.0 if name == "arccosh" else 0.0))
    print(dt, "erf", grads(mx.npx.erf, dt))
    for act in ("relu", "sigmoid", "tanh", "softrelu", "softsign"):
        print(dt, act, grads(lambda x: mx.npx.activation(x, act_type=act), dt))

rs = np.random.RandomState(1)
p = mx.np.array(rs.uniform(0.05, 0.95), dtype="float32")
lab = mx.np.array(rs.uniform(0, 1), dtype="float32")
for loss in (gluon.loss.SigmoidBCELoss(from_sigmoid=True), gluon.loss.SigmoidBCELoss(), gluon.loss.L2Loss(),
             gluon.loss.L1Loss()):
    p.attach_grad()
    with autograd.record():
        out = loss(p, lab)
    out.backward()
    print(type(loss).__name__, out.shape, h(out), h(p.grad))
