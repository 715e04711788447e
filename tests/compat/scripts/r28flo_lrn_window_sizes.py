"""LRN of any nsize: a negative one wraps around (MXNet's parameter is unsigned) to a window wider than every
channel, whose backward gives zeros; 0 divides each element's own square by 0; even sizes run on oneDNN."""
# recorded on AVX2
import mxnet as mx
from _words import words

nd = mx.nd
DATA = [nd.arange(48).reshape((1, 3, 4, 4)) / 10 - 1,
        nd.array([[[[0, 1], [2, 0]], [[3, 0], [-1, 0]], [[0, 0], [5, 1]]]]),
        nd.arange(12).reshape((2, 6)) / 5]
for nsize in [-1, -2, -3, -7, 0, 1, 2, 3, 4, 5, 6, 9, 4294967295, 2147483648]:
    for i, x in enumerate(DATA):
        for kw in [dict(), dict(beta=0.5, knorm=1.0, alpha=0.01)]:
            a = x.copy()
            a.attach_grad()
            try:
                with mx.autograd.record():
                    out = nd.LRN(a, nsize=nsize, **kw)
                out.backward(nd.ones(out.shape) / 3)
                grad = a.grad.asnumpy().ravel()[::3].round(5).tolist()
                print(nsize, i, kw, out.asnumpy().ravel()[::3].round(5).tolist(), grad)
            except Exception as e:
                print(nsize, i, kw, words(e))
    try:
        print(nsize, 'sym', mx.sym.LRN(mx.sym.var('x'), nsize=nsize).infer_shape(x=(1, 3, 4, 4))[1])
    except Exception as e:
        print(nsize, 'sym', words(e))
