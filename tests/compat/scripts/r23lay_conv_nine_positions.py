"""gluon.nn convolutions whose images have 9 output positions (a 3x3 map, or 9 wide) as MXNet runs them on an
AVX2 CPU: oneDNN's im2col convolution of a batch (ungrouped, filters and channels not both in 8s) may take the
positions as 8 + 1, the last one in its matrix-vector kernel; its transposed convolutions' data gradients
too. One image, and grouped convolutions, keep the 9 together. md5 of each result's bits and its first element."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

rs = np.random.RandomState(9)


def digest(a):
    a = a.asnumpy()
    return hashlib.md5(a.tobytes()).hexdigest()[:8] + " " + float(a.ravel()[0]).hex()


CASES = [("Conv2D", 4, 3, 2, 3, 1, 0, 1, (5, 5)), ("Conv2D", 4, 3, 2, 3, 2, 1, 1, (5, 5)),
         ("Conv2D", 5, 1, 3, 3, 2, 1, 1, (5, 5)), ("Conv2D", 2, 4, 2, 2, 1, 0, 1, (4, 4)),
         ("Conv2D", 3, 2, 2, 3, 1, 1, 2, (5, 5)), ("Conv2D", 1, 3, 2, 3, 1, 0, 1, (5, 5)),
         ("Conv2D", 4, 3, 1, 3, 1, 0, 1, (5, 5)), ("Conv2D", 12, 3, 2, 3, 1, 0, 1, (5, 5)),
         ("Conv1D", 4, 8, 2, 3, 1, 0, 1, (11,)), ("Conv1D", 4, 4, 3, 5, 1, 0, 1, (13,)),
         ("Conv1D", 3, 2, 2, 3, 1, 0, 1, (11,)), ("Conv1D", 4, 3, 2, 3, 1, 0, 1, (11,)),
         ("Conv2DTranspose", 3, 4, 2, 3, 1, 0, 1, (3, 3)), ("Conv2DTranspose", 2, 5, 2, 2, 2, 0, 1, (3, 3)),
         ("Conv1DTranspose", 3, 4, 2, 3, 1, 0, 1, (9,)), ("Conv1DTranspose", 1, 6, 3, 3, 2, 1, 1, (9,))]
for layer, filters, cin, batch, k, s, p, d, size in CASES:
    x0 = rs.uniform(-1, 1, (batch, cin) + size).astype("float32")
    for hybrid in (False, True):
        kw = dict(strides=s, padding=p, in_channels=cin)
        if "Transpose" not in layer:
            kw.update(dilation=d)
        net = getattr(gluon.nn, layer)(filters, k, **kw)
        net.initialize()
        for name, param in sorted(net.collect_params().items()):
            param.set_data(nd.array(np.random.RandomState(len(name)).uniform(-1, 1, param.shape)))
        if hybrid:
            net.hybridize()
        x = nd.array(x0)
        x.attach_grad()
        with autograd.record():
            y = net(x)
        y.backward(nd.array(np.random.RandomState(5).uniform(-1, 1, y.shape)))
        print(layer, filters, cin, batch, k, s, p, d, size, hybrid, y.shape, digest(y), "dx", digest(x.grad),
              "dw", digest(net.weight.grad()), "db", digest(net.bias.grad()))
