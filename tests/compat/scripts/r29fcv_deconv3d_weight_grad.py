"""float32 3-D Deconvolution (Conv3DTranspose) weight gradient bits over 8k input channels: oneDNN's direct kernel's chains, as the forward convolution's weight gradient with the roles swapped."""
# recorded on AVX2
import hashlib

import numpy as np

import mxnet as mx


def bits(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(13)
# (images, channels per group, filters per group, groups, kernel, stride, pad, adj, input size)
CASES = [(2, 8, 3, 1, 2, 2, 0, 1, 2), (3, 16, 8, 2, 1, 1, 0, 0, 5), (2, 8, 8, 1, 2, 1, 0, 0, 4),
         (1, 16, 8, 1, 3, 1, 0, 0, 3), (2, 8, 16, 1, 3, 2, 0, 0, 3), (2, 8, 8, 2, 2, 2, 0, 0, 3)]
for n, cpg, fpg, groups, k, s, p, adj, size in CASES:
    x = mx.nd.array(rs.uniform(-1, 1, (n, cpg * groups) + (size,) * 3))
    w = mx.nd.array(rs.uniform(-1, 1, (cpg * groups, fpg) + (k,) * 3))
    for a in (x, w):
        a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Deconvolution(x, w, kernel=(k,) * 3, stride=(s,) * 3, pad=(p,) * 3, adj=(adj,) * 3,
                                num_filter=fpg * groups, num_group=groups)
    y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
    print((n, cpg, fpg, groups, k, s, p, adj, size), y.shape, bits(y), bits(x.grad), bits(w.grad))
mx.random.seed(1)
net = mx.gluon.nn.Conv3DTranspose(16, 3, strides=1, in_channels=8)
net.initialize(mx.init.Xavier(rnd_type="gaussian"))
x = mx.nd.array(rs.uniform(-1, 1, (2, 8, 3, 3, 3)))
with mx.autograd.record():
    loss = (net(x) ** 2).sum()
loss.backward()
print("Conv3DTranspose", bits(net.weight.grad()), bits(net.bias.grad()))
