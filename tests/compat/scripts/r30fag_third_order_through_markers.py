"""Zeros_like gradients passing a backward op without a second order reach the backward ops before it (smooth_l1's before dot's), and a third order through clip over dot or a product fails at the backward op whose other output gets none, as MXNet."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, autograd as ag


def clipped(v):
    return nd.clip(v, -0.5, 0.5)


cases = {'sum(transpose(dot(clip, w)), axis=1)': lambda x, w: nd.sum(nd.transpose(nd.dot(clipped(x), w)), axis=1,
                                                                    keepdims=True),
         'dot(clip, w)': lambda x, w: nd.dot(clipped(x), w), 'clip * w': lambda x, w: clipped(x) * w,
         'smooth_l1(clip)': lambda x, w: nd.smooth_l1(clipped(x)),
         'dot(smooth_l1(clip), w)': lambda x, w: nd.dot(nd.smooth_l1(clipped(x)), w)}
for order in (2, 3):
    for name, f in cases.items():
        x = nd.array([[0.3, -1.3], [0.7, 1.9]])
        w = nd.array([[0.2, 0.4], [-0.6, 1.1]])
        x.attach_grad()
        try:
            with ag.record():
                y = f(x, w)
                g = ag.grad(y, [x], create_graph=True, retain_graph=True)[0]
                if order == 3:
                    g = ag.grad(g * g, [x], create_graph=True, retain_graph=True)[0]
            print(order, name, g.asnumpy().tolist())
            g.backward()
            print("   ", x.grad.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print("   ", type(e).__name__, str(e).strip().splitlines()[-1])
