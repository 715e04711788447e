"""LinearRegressionOutput, LogisticRegressionOutput and MAERegressionOutput called on NDArrays: their attributes go
unread unless autograd records the call (an input in the graph), when the backward node reads them and refuses
a bad grad_scale or an unknown attribute in its own name (node_<n>_backward), its number spent; a symbol's are
read when it is bound with gradients."""
# recorded on AVX2
import mxnet as mx
from _words import words

nd = mx.nd
x = nd.array([[0.2, 0.7], [0.4, 0.1]])
y = nd.array([[0., 1.], [1., 0.]])
OPS = ['LinearRegressionOutput', 'LogisticRegressionOutput', 'MAERegressionOutput']
KWARGS = [dict(grad_scale=None), dict(grad_scale='a'), dict(grad_scale='2'), dict(grad_scale='1e'), dict(grad_scale=''),
          dict(grad_scale=-1.5), dict(grad_scale=(1,)), dict(grad_scale=True), dict(grad_scale='a', foo=3),
          dict(foo=3, grad_scale='b'), dict(grad_scale='2', bar='x'), dict(bar=1), dict()]


def recorded(op, kw, attached):
    a = x.copy()
    if attached:
        a.attach_grad()
    with mx.autograd.record():
        out = getattr(nd, op)(a * 2, y, **kw)
    if not attached:
        return out.asnumpy().round(4).tolist()
    out.backward()
    return a.grad.asnumpy().round(4).tolist()


for op in OPS:
    for kw in KWARGS:
        for how in ['plain', 'recorded', 'recorded without variables']:
            try:
                if how == 'plain':
                    r = getattr(nd, op)(x, y, **kw).asnumpy().round(4).tolist()
                else:
                    r = recorded(op, kw, how == 'recorded')
            except Exception as e:
                r = words(e)
            print(op, kw, how, r)

# a symbol: created and bound without gradients whatever its attributes; bound with gradients, refused by the
# backward node <name>_backward
for op in OPS:
    for kw in [dict(grad_scale='a'), dict(foo=3), dict(grad_scale='a', foo=3), dict(grad_scale=2), dict()]:
        sym = getattr(mx.sym, op)(mx.sym.var('d'), mx.sym.var('l'), **kw)
        for req in ['null', 'write']:
            try:
                ex = sym.simple_bind(mx.cpu(), grad_req=req, d=(2, 2), l=(2, 2))
                ex.forward(is_train=True, d=x, l=y)
                if req == 'write':
                    ex.backward()
                    print(op, kw, req, ex.grad_dict['d'].asnumpy().round(4).tolist())
                else:
                    print(op, kw, req, ex.outputs[0].asnumpy().round(4).tolist())
            except Exception as e:
                print(op, kw, req, words(e))
