"""mx.np and mx.nd.np reductions given initial=: the operators take the attribute and their kernels refuse any value
of it when the result is read (None is fine)."""
import mxnet as mx


def show(label, f):
    try:
        print(label, f())
    except (mx.base.MXNetError, TypeError) as e:
        print(label, type(e).__name__, repr(str(e).split('Stack trace')[0].strip()))


a = mx.np.ones((2, 3))
for ns_name, ns in [('np', mx.np), ('nd.np', mx.nd.np)]:
    for name in ['sum', 'prod', 'max', 'min', 'amax', 'amin']:
        if not hasattr(ns, name):
            continue
        show('%s.%s initial=1' % (ns_name, name), lambda: getattr(ns, name)(a, initial=1).asnumpy())
        show('%s.%s initial=None' % (ns_name, name), lambda: getattr(ns, name)(a, initial=None).asnumpy())
        show('%s.%s axis 0, initial=2' % (ns_name, name), lambda: getattr(ns, name)(a, axis=0, initial=2).asnumpy())

mx.npx.set_np()
x = mx.sym.var('x').as_np_ndarray()
for name in ['sum', 'prod', 'max', 'min']:
    s = getattr(mx.sym.np, name)(x, initial=1, axis=0)
    print('sym', name, s.tojson().split('"attrs": ')[1].split('}')[0].replace('\n', ' '))
    show('sym %s run' % name, lambda: s.bind(mx.cpu(), {'x': mx.np.ones((2, 3))}).forward()[0].asnumpy())


class B(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, v):
        return F.np.max(v, initial=2)


b = B()
b.hybridize()
show('hybridized max initial', lambda: b(mx.np.ones((2, 2))).asnumpy())
