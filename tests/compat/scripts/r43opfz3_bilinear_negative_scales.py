"""nd.contrib.BilinearResize2D refuses a negative scale's output size (-1 as unknown, when the result is read; below it as invalid, at the call) instead of resizing to nothing, as MXNet does."""
import mxnet as mx
import numpy as np

nd = mx.nd
x = nd.array(np.arange(2 * 3 * 4 * 5).reshape(2, 3, 4, 5))


def show(name, fn):
    try:
        r = fn()
        print(name, r.shape, r.asnumpy().sum())
    except mx.base.MXNetError as e:
        print(name, "MXNetError:", "\n".join(str(e).split("\n")[:3]))


for kw in [dict(scale_height=-0.3, scale_width=2.0), dict(scale_height=1.0, scale_width=-0.5),
           dict(scale_height=1.0, scale_width=-0.2), dict(scale_height=0.1, scale_width=-0.5),
           dict(scale_height=0.1, scale_width=1.0), dict(scale_height=1.0, scale_width=0.1),
           dict(scale_height=-0.5, scale_width=0.1), dict(scale_height=-0.5, scale_width=-1.0),
           dict(scale_height=-1.0, scale_width=-1.0), dict(mode="odd_scale", scale_height=-1.0, scale_width=2.0),
           dict(mode="odd_scale", scale_height=-0.1, scale_width=2.0),
           dict(mode="odd_scale", scale_height=2.0, scale_width=-2.0), dict(scale_height=-1.0, scale_width=0.1)]:
    show(f"read {kw}", lambda: nd.contrib.BilinearResize2D(x, **kw))
    try:
        nd.contrib.BilinearResize2D(x, **kw)
        print("called", kw)
    except mx.base.MXNetError as e:
        print("refused at the call", kw, str(e).split("\n")[-1])
x.attach_grad()
for kw in [dict(scale_height=0.1, scale_width=1.0), dict(scale_height=-0.5, scale_width=-1.0),
           dict(mode="odd_scale", scale_height=2.0, scale_width=-2.0)]:
    try:
        with mx.autograd.record():
            y = nd.contrib.BilinearResize2D(x, **kw)
        y.backward()
        print("grad", kw, y.shape, x.grad.asnumpy().sum())
    except mx.base.MXNetError as e:
        print("recorded", kw, str(e).split("\n")[-1])
mx.nd.waitall()
