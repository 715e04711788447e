"""Differentiating clip's recorded gradient: _backward_clip gives zeros_like nodes (a backward op without second order fed only by them gives zeros; one with an unasked output fails), signed zeros kept."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, autograd as ag


def clipped(v):
    return nd.clip(v, -0.5, 0.5)


def show(e):
    print("ERR", type(e).__name__, str(e).strip().splitlines()[-1])


cases = {'clip': clipped, 'clip*2': lambda x, w: clipped(x) * 2, 'clip**2': lambda x, w: clipped(x) ** 2,
         'dot(clip, w)': lambda x, w: nd.dot(clipped(x), w), 'clip*w': lambda x, w: clipped(x) * w,
         'erf(clip)': lambda x, w: nd.erf(clipped(x)), 'sin(clip)': lambda x, w: nd.sin(clipped(x)),
         'clip(sin)': lambda x, w: clipped(nd.sin(x)), 'exp(clip)': lambda x, w: nd.exp(clipped(x)),
         'elu(clip)': lambda x, w: nd.LeakyReLU(clipped(x), act_type='elu'),
         'gammaln(|cos(clip)|+1)': lambda x, w: nd.gammaln(nd.abs(nd.cos(clipped(x))) + 1),
         'FullyConnected(clip)': lambda x, w: nd.FullyConnected(clipped(x), w, num_hidden=2, no_bias=True),
         'clip(clip)': lambda x, w: clipped(clipped(x)), 'clip+x': lambda x, w: clipped(x) + x}
for both in (False, True):
    for name, f in cases.items():
        x = nd.array([[0.3, -1.3], [0.7, 1.9]])
        w = nd.array([[0.2, 0.4], [-0.6, 1.1]])
        x.attach_grad()
        w.attach_grad()
        try:
            with ag.record():
                y = f(x, w) if name != 'clip' else f(x)
                grads = ag.grad(y, [x, w] if both else [x], create_graph=True, retain_graph=True)
                h = grads[0] + grads[1] if both else grads[0]
            print(both, name, h.asnumpy().tolist())
            h.backward()
            print("   ", x.grad.asnumpy().tolist(), w.grad.asnumpy().tolist())
        except mx.base.MXNetError as e:
            show(e)

for name, f in {'sin': nd.sin, 'cos': nd.cos, 'gammaln(cos+1)': lambda v: nd.gammaln(nd.cos(v) + 1)}.items():
    x = nd.array([[0.3, -1.3], [0.7, 1.9]], dtype='float64')
    x.attach_grad()
    try:
        with ag.record():
            y = f(clipped(x))
            g1 = ag.grad(y, [x], create_graph=True, retain_graph=True)[0]
            g2 = ag.grad(g1, [x], create_graph=True, retain_graph=True)[0]
        print("third", name, g1.asnumpy().tolist(), g2.asnumpy().tolist())
        g2.backward()
        print("   ", x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        show(e)
