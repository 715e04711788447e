"""Hybridized calls users reported: unknown and string hybridize flags, scalar/list/None arguments against the cached format, unused inputs and parameters, identity and repeated outputs, a returned parameter, tied weights and Constants in the graph."""
import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd

mx.random.seed(1)
np.random.seed(1)


def t(name, f):
    try:
        r = f()
        if isinstance(r, nd.NDArray):
            print(name, r.shape, r.dtype.__name__, r.context, np.array2string(r.asnumpy().ravel()[:6], precision=6))
        elif isinstance(r, (list, tuple)) and r and all(isinstance(a, nd.NDArray) for a in r):
            print(name, [(a.shape, a.dtype.__name__, a.asnumpy().ravel()[:3].tolist()) for a in r])
        else:
            print(name, r)
    except Exception as e:
        print(name, type(e).__name__, ':', str(e).split('\n')[0][:300])


# hybridize flags: unknown names are ignored, a flag's value must parse
for flags in (dict(unsupported_keyword_argument=True), dict(static_alloc=True, foo=1),
              dict(inline_limit=0, forward_bulk_size=2, backward_bulk_size=3), dict(static_alloc='yes')):
    m = gluon.nn.Dense(3)
    m.initialize()
    m.hybridize(**flags)
    t('flags %s' % sorted(flags), lambda: m(nd.ones((1, 4))).shape)


class Add(gluon.HybridBlock):
    def hybrid_forward(self, F, a, b):
        if isinstance(a, (list, tuple)):
            a = sum(a)
        if isinstance(b, (list, tuple)):
            b = sum(b)
        return a + b


f = Add()
t('scalar', lambda: f(nd.ones((2,)), 1))
t('list', lambda: f([nd.ones((2,)), nd.ones((2,))], nd.ones((2,))))
f.hybridize()
t('h_scalar', lambda: f(nd.ones((2,)), 1))
t('h_nd', lambda: f(nd.ones((2,)), nd.ones((2,))))
t('h_none', lambda: f(nd.ones((2,)), None))
t('h_list', lambda: f([nd.ones((2,)), nd.ones((2,))], nd.ones((2,))))
t('h_kwargs', lambda: f(nd.ones((2,)), b=nd.ones((2,))))
t('h_first_str', lambda: f('a', nd.ones((2,))))
f2 = Add()
f2.hybridize()
t('h_list_first', lambda: f2([nd.ones((2,)), nd.ones((2,))], nd.ones((2,))))
t('h_list_then_nd', lambda: f2(nd.ones((2,)), nd.ones((2,))))


class UnusedInput(gluon.HybridBlock):
    def __init__(self, use):
        super().__init__()
        self.use = use
        with self.name_scope():
            self.d = gluon.nn.Dense(2)

    def hybrid_forward(self, F, x, y):
        return self.d(x if self.use == 0 else y)


for use in (0, 1):
    u = UnusedInput(use)
    u.initialize()
    u.hybridize()
    t('unused_input%d' % use, lambda: u(nd.ones((2, 3)), nd.ones((2, 5))).shape)


class UnusedParam(gluon.HybridBlock):
    def __init__(self):
        super().__init__()
        with self.name_scope():
            self.w = self.params.get('w', shape=(2,))
            self.v = self.params.get('v', shape=(2,))

    def hybrid_forward(self, F, x, w, v):
        return x * w


u = UnusedParam()
u.initialize(mx.init.One())
u.hybridize()
with autograd.record():
    y = u(nd.ones(2))
y.backward()
t('unused_param', lambda: (y, u.v.grad()))


class Ident(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return x


class Twice(gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        y = x * 2
        return y, y


class RetParam(gluon.HybridBlock):
    def __init__(self):
        super().__init__()
        with self.name_scope():
            self.w = self.params.get('w', shape=(2,), init=mx.init.One())

    def hybrid_forward(self, F, x, w):
        return x + 1, w


for flags in (None, dict(static_alloc=True), dict(static_alloc=True, static_shape=True)):
    for cls in (Ident, Twice, RetParam):
        m = cls()
        m.initialize()
        if flags is not None:
            m.hybridize(**flags)
        x = nd.array([1., 2.])
        x.attach_grad()

        def run():
            with autograd.record():
                out = m(x)
                outs = out if isinstance(out, (list, tuple)) else [out]
                loss = sum(o.sum() for o in outs)
            loss.backward()
            return list(outs) + [x.grad]
        t('%s %s' % (flags, cls.__name__), run)
        t('%s %s is_input' % (flags, cls.__name__), lambda: m(x) is x)
        t('%s %s int' % (flags, cls.__name__), lambda: m(nd.array([1, 2], dtype='int32')))
    r = RetParam()
    r.initialize(ctx=mx.cpu(0))
    if flags is not None:
        r.hybridize(**flags)
    t('%s ctx_mismatch' % flags, lambda: r(nd.ones(2, ctx=mx.cpu(1))))


class Tied(gluon.HybridBlock):
    def __init__(self, how):
        super().__init__()
        with self.name_scope():
            self.emb = gluon.nn.Embedding(10, 4)
            if how == 'params':
                self.out = gluon.nn.Dense(10, in_units=4, flatten=False, params=self.emb.params)
            else:
                self.out = gluon.nn.Dense(10, in_units=4, flatten=False)
                self.out.weight = self.emb.weight

    def hybrid_forward(self, F, x):
        return self.out(self.emb(x))


for how in ('params', 'attr'):
    for hyb in (False, True):
        try:
            m = Tied(how)
            m.initialize(mx.init.Xavier())
            if hyb:
                m.hybridize()
            with autograd.record():
                y = m(nd.array([[1, 2], [3, 4]]))
            y.backward()
            print(how, hyb, sorted(m.collect_params().keys()))
            t(' y', lambda: y)
            t(' g', lambda: m.emb.weight.grad())
        except Exception as e:
            print(how, hyb, type(e).__name__, str(e).split('\n')[0][:250])


class Const(gluon.HybridBlock):
    def __init__(self):
        super().__init__()
        with self.name_scope():
            self.c = self.params.get_constant('c', nd.array([1., 2.]))

    def hybrid_forward(self, F, x, c):
        return x * c


c = Const()
c.initialize()
c.hybridize()
xx = nd.ones(2)
xx.attach_grad()
with autograd.record():
    y = c(xx)
y.backward()
t('const', lambda: (y, xx.grad))
t('const_grad', lambda: c.c.grad())
t('const_set', lambda: (c.c.set_data(nd.array([5., 6.])), c(nd.ones(2)))[1])

# a flag value the CachedOp refuses fails after the parameters' deferred init: the weights and the random stream
# afterwards are MXNet's
mx.random.seed(3)
data = mx.sym.var('data')
fc = mx.sym.FullyConnected(data, num_hidden=3, name='fc')
for flags in (dict(static_alloc='yes'), dict(static_shape=2), dict(inline_limit='x'), dict(forward_bulk_size='a')):
    sb = gluon.SymbolBlock(fc, data)
    sb.initialize()
    sb.hybridize(**flags)
    t('symbolblock %s' % flags, lambda: sb(nd.ones((1, 4))))
    t(' weight', lambda: sb.collect_params()['fc_weight'].data())
    dense = gluon.nn.Dense(2)
    dense.initialize()
    dense.hybridize(**flags)
    t('dense %s' % flags, lambda: dense(nd.ones((1, 4))))
    t(' weight', lambda: dense.weight.data())
    t(' again', lambda: dense(nd.ones((1, 4))))
    t(' next draw', lambda: nd.random.uniform(shape=(2,)))
