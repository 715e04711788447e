import mxnet as mx
import numpy as np
mx.random.seed(0)
data = mx.sym.var('data')
init = mx.sym.var('init')
w = mx.sym.var('w')
def body(x, states):
    s = states[0]
    out = mx.sym.broadcast_mul(x, w) + s
    return out * 2, [out]
outs, states = mx.sym.contrib.foreach(body, data, [init])
print(outs, states, type(outs).__name__, type(states).__name__)
g = mx.sym.Group([outs] + states)
print(g.list_arguments(), g.list_outputs(), g.list_auxiliary_states())
print(g.infer_shape(data=(3, 2, 4), init=(2, 4), w=(4,)))
print(g.infer_type(data='float32', init='float32', w='float32'))
ex = g.simple_bind(mx.cpu(), data=(3, 2, 4), init=(2, 4), w=(4,))
ex.arg_dict['data'][:] = np.arange(24).reshape(3, 2, 4) / 10
ex.arg_dict['init'][:] = 1
ex.arg_dict['w'][:] = np.array([1, 2, 3, 4])
o = ex.forward(is_train=True)
print([a.asnumpy().round(4).tolist() for a in o])
ex.backward([mx.nd.ones((3, 2, 4)), mx.nd.ones((2, 4))])
for k in ['data', 'init', 'w']:
    print(k, ex.grad_dict[k].asnumpy().round(4).tolist())
print(g.get_internals().list_outputs())
print(g.tojson())
# foreach with two data and multiple states and nested
d1 = mx.sym.var('d1'); d2 = mx.sym.var('d2'); h = mx.sym.var('h'); c = mx.sym.var('c')
def body(xs, st):
    x1, x2 = xs
    h, c = st
    nh = mx.sym.tanh(x1 + h)
    nc = c + x2 * nh
    return [nh, nc], [nh, nc]
o, st = mx.sym.contrib.foreach(body, [d1, d2], [h, c])
print(o, st)
g = mx.sym.Group(o + st)
print(g.list_arguments(), g.list_outputs())
ex = g.simple_bind(mx.cpu(), d1=(3, 2), d2=(3, 2), h=(2,), c=(2,))
ex.arg_dict['d1'][:] = np.arange(6).reshape(3, 2) / 5
ex.arg_dict['d2'][:] = 0.5
ex.arg_dict['h'][:] = 0.1
res = ex.forward(is_train=True)
print([r.asnumpy().round(4).tolist() for r in res])
ex.backward([mx.nd.ones((3, 2)), mx.nd.ones((3, 2)), mx.nd.ones((2,)), mx.nd.ones((2,))])
for k in ['d1', 'd2', 'h', 'c']:
    print(k, ex.grad_dict[k].asnumpy().round(4).tolist())
# single output/state not list
def body2(x, st):
    return x + st, x * st
o, st = mx.sym.contrib.foreach(body2, d1, h)
print(o, st, type(o).__name__, type(st).__name__)
i = mx.sym.var('i'); s = mx.sym.var('s'); w = mx.sym.var('w')
outs, states = mx.sym.contrib.while_loop(lambda i, s: i < 4, lambda i, s: ([s * w], [i + 1, s * w + 1]), [i, s], max_iterations=5)
g = mx.sym.Group(outs + states)
print(g.list_arguments(), g.list_outputs())
args = {'i': mx.nd.array([1]), 's': mx.nd.array([1, 2]), 'w': mx.nd.array([0.5, 2])}
grads = {k: mx.nd.zeros(v.shape) for k, v in args.items()}
ex = g.bind(mx.cpu(), args, args_grad=grads)
o = ex.forward(is_train=True)
print([x.shape for x in o], o[0].asnumpy()[:3].tolist(), o[1].asnumpy().tolist(), o[2].asnumpy().tolist())
ex.backward([mx.nd.ones((5, 2)), mx.nd.ones((1,)), mx.nd.ones((2,))])
for k in ['i', 's', 'w']:
    print(k, ex.grad_dict[k].asnumpy().round(4).tolist())
a = mx.sym.var('a'); b = mx.sym.var('b')
r = mx.sym.contrib.cond(mx.sym.sum(a) > mx.sym.sum(b), lambda: [a * b, a + 1], lambda: [a - b, b * 2])
g = mx.sym.Group(r)
print(g.list_arguments(), g.list_outputs())
for av, bv in [([3, 4], [1, 2]), ([1, 2], [3, 4])]:
    gr = {'a': mx.nd.zeros(2), 'b': mx.nd.zeros(2)}
    ex = g.bind(mx.cpu(), {'a': mx.nd.array(av), 'b': mx.nd.array(bv)}, args_grad=gr)
    o = ex.forward(is_train=True)
    ex.backward([mx.nd.ones((2,)), mx.nd.ones((2,)) * 3])
    print([x.asnumpy().tolist() for x in o], gr['a'].asnumpy().tolist(), gr['b'].asnumpy().tolist())
print(g.tojson().count('subgraphs'))
# nd counterparts
xs = mx.nd.arange(6).reshape((3, 2))
o, st = mx.nd.contrib.foreach(lambda x, s: (x + s[0], [x * s[0]]), xs, [mx.nd.ones(2)])
print(o.asnumpy().tolist(), st[0].asnumpy().tolist())
o, v = mx.nd.contrib.while_loop(lambda i, s: i < 3, lambda i, s: ([s * 2], [i + 1, s + 1]), [mx.nd.array([0]), mx.nd.array([1.0])], max_iterations=5)
print([x.asnumpy()[:3].tolist() for x in o], [x.asnumpy().tolist() for x in v])
print(mx.nd.contrib.cond(mx.nd.array([0]), lambda: mx.nd.ones(2), lambda: mx.nd.zeros(2)).asnumpy().tolist())
class C(mx.gluon.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.contrib.cond(x.sum() > 0, lambda: x * 2, lambda: x * -3)
for blk in [C()]:
    for hyb in [False, True]:
        if hyb: blk.hybridize()
        for xv in [[1., 2.], [-1., -2.]]:
            x = mx.nd.array(xv); x.attach_grad()
            with mx.autograd.record():
                o = blk(x)
                o = o if isinstance(o, (list, tuple)) else [o]
                l = sum(t.sum() for t in o)
            l.backward()
            print(type(blk).__name__, hyb, [t.asnumpy()[:3].tolist() for t in o], x.grad.asnumpy().tolist())
