"""PReLU's gamma gradient when its input also feeds a sum: hybridized graphs and bound executors (whose planner lets the data gradient overwrite the output gradient gamma's gradient then reads) against imperative calls."""
# recorded on AVX2
import mxnet as mx
from mxnet import gluon, autograd, nd

CASES = {
    'plus_sum': lambda F, a, x: F.broadcast_add(a(x), x.sum()),
    'plus_reshaped_sum': lambda F, a, x: F.broadcast_add(a(x), x.reshape((-1,)).sum()),
    'plus_x': lambda F, a, x: a(x) + x,
    'times_x': lambda F, a, x: a(x) * x,
    'chain': lambda F, a, x: (a(x) * 2) * 3,
    'chain_plus_sum': lambda F, a, x: F.broadcast_add((a(x) * 2) * 3, x.sum()),
    'doubled_in': lambda F, a, x: F.broadcast_add(a(x * 2), x.sum()),
    'blocked_sum': lambda F, a, x: F.broadcast_add(a(x), F.BlockGrad(x).sum()) * 2,
    'exp_plus': lambda F, a, x: a(x) + F.exp(x),
    'two_outputs': lambda F, a, x: [a(x) * 2, x * 3],
    'add_n': lambda F, a, x: F.add_n(a(x), x, x * 2) * 2,
    'add_n_doubled': lambda F, a, x: F.add_n(a(x * 2), x * 2) * 2,
    'residual_doubled': lambda F, a, x: a(x * 2) + x * 2,
    'add_n_head': lambda F, a, x: F.add_n(a(x), x),
    'add_n_head_doubled': lambda F, a, x: F.add_n(a(x * 2), x * 2),
    'add_n_head_blocked': lambda F, a, x: F.add_n(a(x * 2), F.BlockGrad(x)),
}


class Net(gluon.HybridBlock):
    def __init__(self, fn, **kw):
        super().__init__(**kw)
        self.fn = fn
        with self.name_scope():
            self.act = gluon.nn.PReLU()

    def hybrid_forward(self, F, x):
        return self.fn(F, self.act, x)


def data():
    return nd.array([[-1., 2., -3.], [4., -5., 6.]])


for name, fn in CASES.items():
    for x_grad in (True, False):
        for mode in ('imperative', 'hybrid', 'static'):
            net = Net(fn)
            net.initialize()
            if mode != 'imperative':
                net.hybridize(static_alloc=mode == 'static', static_shape=mode == 'static')
            x = data()
            if x_grad:
                x.attach_grad()
            with autograd.record():
                y = net(x)
            autograd.backward(y if isinstance(y, list) else [y])
            print(name, x_grad, mode, net.act.alpha.grad().asnumpy().tolist(),
                  x.grad.asnumpy().tolist() if x_grad else '-')

x, g = mx.sym.var('x'), mx.sym.var('g')
for name, fn in CASES.items():
    out = fn(mx.sym, lambda d: mx.sym.LeakyReLU(d, gamma=g, act_type='prelu'), x)
    out = mx.sym.Group(out) if isinstance(out, list) else out
    for req in ('write', 'add', 'null'):
        ex = out.simple_bind(mx.cpu(), x=(2, 3), g=(1,), grad_req={'x': req, 'g': 'write'})
        ex.arg_dict['x'][:] = data()
        ex.arg_dict['g'][:] = 0.25
        ex.forward(is_train=True)
        ex.backward([nd.ones_like(o) for o in ex.outputs])
        print('bound', name, req, ex.grad_dict['g'].asnumpy().tolist(),
              ex.grad_dict['x'].asnumpy().tolist() if req != 'null' else '-')
