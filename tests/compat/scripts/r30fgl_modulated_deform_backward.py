"""ModulatedDeformableConvolution's CPU backward refusal (layer, hybridized, graph executor) prints the source line of MXNet's GPU-only check; the forward's values."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import contrib


def shown(e):
    return type(e).__name__ + ": " + " | ".join(line.strip() for line in str(e).splitlines() if line.strip())


for hybridize in (False, True):
    net = contrib.cnn.ModulatedDeformableConvolution(2, kernel_size=(3, 3), padding=(1, 1))
    net.initialize(mx.init.Constant(0.25))
    if hybridize:
        net.hybridize()
    x = nd.arange(16).reshape((1, 1, 4, 4)) / 10
    x.attach_grad()
    with autograd.record():
        y = net(x)
    y.backward()
    print("hybridized", hybridize, "y", y.asnumpy().round(4).ravel()[:6].tolist())
    try:
        print("dx", x.grad.asnumpy().sum())
    except mx.MXNetError as e:
        print("dx ->", shown(e))

sym = mx.sym.contrib.ModulatedDeformableConvolution(mx.sym.var("x"), mx.sym.var("offset"), mx.sym.var("mask"),
                                                    mx.sym.var("w"), kernel=(1, 1), num_filter=1, no_bias=True)
exe = sym.simple_bind(mx.cpu(), x=(1, 1, 2, 2), offset=(1, 2, 2, 2), mask=(1, 1, 2, 2), w=(1, 1, 1, 1))
exe.forward(is_train=True)
exe.backward(nd.ones((1, 1, 2, 2)))
try:
    print("executor dx", exe.grad_dict["x"].asnumpy().sum())
except mx.MXNetError as e:
    print("executor dx ->", shown(e))
