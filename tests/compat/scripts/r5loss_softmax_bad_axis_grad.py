# softmax / log_softmax over an axis the data lacks: the call, the backward and shape reads pass, reading the
# output or the gradient raises MXNetError (the kernels' error); KLDivLoss(from_logits=False) on 1-D data
import mxnet as mx
from mxnet import autograd, nd, gluon


def read(tag, x):
    try:
        print(tag, x.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(tag, type(e).__name__, "exceeds the input dimension" in str(e))


for f in (nd.log_softmax, nd.softmax):
    for dt in ("float64", "float32", "float16"):
        x = nd.array([1.0, 2.0, 3.0], dtype=dt)
        x.attach_grad()
        with autograd.record():
            y = f(x, axis=1)
        y.backward()
        print(f.__name__, dt, y.shape, x.grad.shape)
        read("  grad", x.grad)
        read("  grad again", x.grad)
        mx.nd.waitall()

for dt in ("float64", "float32", "float16"):
    p = nd.array([0.2, 0.3, 0.5], dtype=dt)
    lab = nd.array([0.1, 0.6, 0.3], dtype=dt)
    p.attach_grad()
    loss = gluon.loss.KLDivLoss(from_logits=False, axis=1)
    with autograd.record():
        out = loss(p, lab)
    out.backward()
    print("KLDivLoss", dt, out.shape)
    read("  out", out)
    read("  grad", p.grad)
    mx.nd.waitall()
