# MXNet's own (float64) Deconvolution: its batch gather with stride and dilation together, target_shape
# with any pad, the adj/stride check on target_shape's adj, 3-D refusals; float64 bias gradients.
# Inputs are small integers so every sum is exact whatever the order.
import numpy as np
from mxnet import nd, autograd
from _show_values import show


def ints(shape, dtype="float64", seed=0):
    return nd.array(np.random.RandomState(seed).randint(-3, 4, shape), dtype=dtype)


for L, k, s, d, p in [(3, 2, 2, 2, 0), (3, 3, 2, 2, 0), (3, 2, 3, 2, 0), (3, 2, 2, 3, 0), (3, 2, 2, 2, 1), (2, 3, 3, 2, 0)]:
    x = nd.array([[10.0 ** np.arange(L)]], dtype="float64")
    w = nd.array([[np.arange(1, k + 1)]], dtype="float64")
    show("deconv1d k%d s%d d%d p%d" % (k, s, d, p),
         lambda: nd.Deconvolution(x, w, kernel=(k,), stride=(s,), dilate=(d,), pad=(p,), num_filter=1))
    show("  float32", lambda: nd.Deconvolution(x.astype("float32"), w.astype("float32"), kernel=(k,), stride=(s,),
                                               dilate=(d,), pad=(p,), num_filter=1))
x2, w2 = ints((2, 2, 3, 2)), ints((2, 2, 3, 2), seed=1)
show("deconv2d s2 d2", lambda: nd.Deconvolution(x2, w2, kernel=(3, 2), stride=(2, 1), dilate=(2, 1), num_filter=2))
show("deconv2d s2 d2 groups", lambda: nd.Deconvolution(x2, w2[:, :1], kernel=(3, 2), stride=(2, 2), dilate=(2, 2),
                                                        num_filter=2, num_group=2, pad=(1, 1), adj=(1, 0)))
show("deconv2d target f64", lambda: nd.Deconvolution(ints((1, 2, 4, 2)), ints((2, 1, 3, 2)), kernel=(3, 2),
                                                      stride=(2, 1), num_filter=1, target_shape=(8, 1)))
show("deconv2d target f32", lambda: nd.Deconvolution(ints((1, 2, 4, 2), "float32"), ints((2, 1, 3, 2), "float32"),
                                                      kernel=(3, 2), stride=(2, 1), num_filter=1, target_shape=(8, 1)))
show("deconv1d target odd", lambda: nd.Deconvolution(ints((1, 2, 3)), ints((2, 2, 3)), kernel=(3,), num_filter=2,
                                                      pad=(1,), target_shape=(4,)))
show("deconv1d target f64 pad", lambda: nd.Deconvolution(ints((1, 2, 3)), ints((2, 2, 3)), kernel=(3,), num_filter=2,
                                                          stride=(2,), target_shape=(6,)))
show("deconv3d f64", lambda: nd.Deconvolution(ints((1, 2, 3, 3, 3)), ints((2, 1, 2, 2, 2)), kernel=(2, 2, 2), num_filter=1))
show("deconv3d f32", lambda: nd.Deconvolution(ints((1, 2, 2, 2, 2), "float32"), ints((2, 1, 2, 2, 2), "float32"),
                                              kernel=(2, 2, 2), num_filter=1))
show("deconv3d dilate", lambda: nd.Deconvolution(ints((1, 2, 2, 2, 2), "float32"), ints((2, 1, 2, 2, 2), "float32"),
                                                 kernel=(2, 2, 2), num_filter=1, dilate=(1, 2, 1)))
for op, w_shape, kw in [("Convolution", (3, 2, 2, 2), {}), ("Deconvolution", (2, 3, 2, 2), {"stride": (2, 2), "dilate": (2, 2)})]:
    x, w, b = ints((2, 2, 4, 3)), ints(w_shape, seed=1), ints((3,), seed=2)
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(x, w, b, kernel=(2, 2), num_filter=3, no_bias=False, **kw)
    y.backward(ints(y.shape, seed=3))
    print(op, "grads", y.asnumpy().tolist(), x.grad.asnumpy().tolist(), w.grad.asnumpy().tolist(), b.grad.asnumpy().tolist())
