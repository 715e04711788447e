"""A hybridized HybridBlock called, or optimize_for given, inputs on several contexts refuses with MXNet's ValueError (its 'Find'/'Found' words and the set of contexts)."""
import mxnet as mx
from mxnet import gluon


def show(label, fn):
    try:
        print(label, '|', fn())
    except Exception as e:
        print(label, '| EXC', type(e).__name__, str(e))


class Add(gluon.HybridBlock):
    def hybrid_forward(self, F, x, y=None):
        return x if y is None else x + y[0] if isinstance(y, (list, tuple)) else x + y


def block(hybridize):
    b = Add()
    b.initialize()
    if hybridize:
        b.hybridize()
    return b


one, other, third = mx.nd.ones(2), mx.nd.ones(2, ctx=mx.cpu(1)), mx.nd.ones(2, ctx=mx.cpu(2))
for hyb in [False, True]:
    show(f'call cpu(0)+cpu(1) hybridized={hyb}', lambda: block(hyb)(one, other).context)
    show(f'call cpu(0)+[cpu(1)] hybridized={hyb}', lambda: block(hyb)(one, [other]).context)
    show(f'call cpu(1)+cpu(1) hybridized={hyb}', lambda: block(hyb)(other, other).context)
show('call three contexts', lambda: block(True)(one, [other, third]))
for backend in ['MKLDNN', 'zz']:
    show(f'optimize_for {backend} cpu(0)+cpu(1)', lambda: block(False).optimize_for(one, other, backend=backend))
    show(f'optimize_for {backend} cpu(1)+[cpu(0)]', lambda: block(False).optimize_for(other, [one], backend=backend))
    show(f'optimize_for {backend} one context', lambda: block(False).optimize_for(one, one, backend=backend))
show('optimize_for no array', lambda: block(False).optimize_for(3, backend='MKLDNN'))
show('optimize_for no backend', lambda: block(False).optimize_for(one, other))
