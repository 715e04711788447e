# autograd.grad refuses a head that was not recorded before a variable that asks no gradient
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, nd
from _words import words


def head(kind, x, w):
    if kind == 'constant':
        return (nd.array([1., 2.]) * 2).sum()
    if kind == 'detached':
        return (x.detach() * 2).sum()
    if kind == 'blocked':
        return nd.BlockGrad(x * w).sum()
    return (w * 2).sum()


for kind in ['constant', 'detached', 'blocked', 'other']:
    for req in ['null', 'write', 'add', None]:
        for listed in ['x', 'w,x']:
            x = nd.array([1., 2.])
            if req is not None:
                x.attach_grad(req)
            w = nd.array([3., 4.])
            w.attach_grad()
            with autograd.record():
                out = head(kind, x, w)
            variables = [x] if listed == 'x' else [w, x]
            try:
                print(kind, req, listed, [g.asnumpy().tolist() for g in autograd.grad(out, variables)])
            except Exception as e:
                print(kind, req, listed, words(e))
