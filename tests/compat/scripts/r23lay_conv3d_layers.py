"""gluon.nn.Conv3D and Conv3DTranspose layers as MXNet runs them on an AVX2 CPU: filters and channels (a group's)
not both in 8s take oneDNN's im2col kernel, one output depth a sgemm (forward, data and weight gradients; a
3-D depthwise convolution too), imperative and hybridized. md5 of each result's bits and its first element."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

rs = np.random.RandomState(23)


def digest(a):
    a = a.asnumpy()
    return hashlib.md5(a.tobytes()).hexdigest()[:8] + " " + float(a.ravel()[0]).hex()


CASES = [(3, 4, 1, 3, 1, 0, 1, 0), (3, 4, 1, 3, 2, 1, 1, 1), (1, 5, 1, 2, 1, 1, 2, 0), (2, 3, 1, 1, 1, 0, 1, 0),
         (3, 1, 1, 3, 3, 2, 1, 1), (4, 8, 2, 2, 2, 0, 1, 0), (6, 4, 2, 3, 1, 1, 1, 0), (8, 8, 8, 3, 1, 1, 1, 0),
         (3, 2, 1, 2, 1, 0, 1, 1)]
for layer in ("Conv3D", "Conv3DTranspose"):
    for cin, filters, groups, k, s, p, d, adj in CASES:
        kw = dict(strides=s, padding=p, groups=groups, in_channels=cin)
        kw.update(dilation=d) if layer == "Conv3D" else kw.update(output_padding=adj if s > 1 else 0)
        shape = (2, cin) + ((5, 4, 5) if layer == "Conv3D" else (3, 4, 3))
        x0 = rs.uniform(-1, 1, shape).astype("float32")
        for hybrid in (False, True):
            net = getattr(gluon.nn, layer)(filters, k, **kw)
            net.initialize()
            for name, p_ in sorted(net.collect_params().items()):
                p_.set_data(nd.array(np.random.RandomState(len(name)).uniform(-1, 1, p_.shape)))
            if hybrid:
                net.hybridize()
            x = nd.array(x0)
            x.attach_grad()
            with autograd.record():
                y = net(x)
            y.backward(nd.array(np.random.RandomState(7).uniform(-1, 1, y.shape)))
            print(layer, cin, filters, groups, k, s, p, d, adj, hybrid, y.shape, digest(y), "dx", digest(x.grad),
                  "dw", digest(net.weight.grad()), "db", digest(net.bias.grad()))
