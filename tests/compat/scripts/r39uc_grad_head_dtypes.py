"""autograd.grad with a float32 head gradient for float64 block outputs, imperative and hybridized: an unreachable variable is refused first, copies hand the gradient to the op before, steps refuse at once or kernels on read, as MXNet does."""
import mxnet as mx, numpy as np, re
from mxnet import nd, gluon, autograd
class Net(gluon.HybridBlock):
    def __init__(self, f):
        super(Net, self).__init__(); self.f = f
    def hybrid_forward(self, F, a, b): return self.f(F, a, b)
cases = {
 'tanh_fix': lambda F, a, b: F.tanh(F.fix(a)),
 'log_sig_fix': lambda F, a, b: F.log(F.sigmoid(F.fix(a * b))),
 'relu_round': lambda F, a, b: F.relu(F.round(a) * F.floor(b)),
 'sigmoid_blockgrad': lambda F, a, b: F.sigmoid(F.BlockGrad(a) * 2),
 'mul_fix': lambda F, a, b: F.fix(a) * F.fix(b),
 'softmax': lambda F, a, b: F.softmax(a * b),
 'softmax_big': lambda F, a, b: F.softmax(F.sin(a) * F.cos(b)),
 'sum': lambda F, a, b: F.sum(F.exp(a)),
 'erf_const': lambda F, a, b: F.erf(F.ones_like(a)),
 'square_add_var': lambda F, a, b: F.square(F.slice_axis(F.concat(a, b, dim=1), axis=1, begin=1, end=3)) + a,
 'add_big': lambda F, a, b: F.sin(a) * F.cos(b) + F.exp(b),
 'mul': lambda F, a, b: a * b, 'mul_s': lambda F, a, b: a * 2, 'square': lambda F, a, b: F.square(a),
 'relu': lambda F, a, b: F.relu(a), 'sigmoid': lambda F, a, b: F.sigmoid(a), 'abs': lambda F, a, b: F.abs(a), 'cbrt': lambda F, a, b: F.cbrt(a),
 'exp': lambda F, a, b: F.exp(a), 'relu_add': lambda F, a, b: F.relu(a + b), 'exp_add': lambda F, a, b: F.exp(a + b), 'sin_add': lambda F, a, b: F.sin(a + b),
 'sin_mul': lambda F, a, b: F.sin(a * b), 'tanh_mul': lambda F, a, b: F.tanh(a * b), 'sig_mul': lambda F, a, b: F.sigmoid(a * b), 'relu_mul': lambda F, a, b: F.relu(a * b),
 'relu_relu': lambda F, a, b: F.relu(F.relu(a)), 'relu_round_b': lambda F, a, b: F.relu(F.round(a) + b), 'relu_round_b2': lambda F, a, b: F.relu(b + F.round(a)),
 'exp_round_b': lambda F, a, b: F.exp(F.round(a) + b), 'neg': lambda F, a, b: -a, 'plus_s': lambda F, a, b: a + 1, 'plus_s_exp': lambda F, a, b: F.exp(a) + 1, 'neg_exp': lambda F, a, b: -F.exp(a), 'plus_s_mul': lambda F, a, b: a * b + 1, 'sqrt': lambda F, a, b: F.sqrt(F.abs(a)),
}
for name, f in cases.items():
    for hyb in [False, True, 'static']:
        rs = np.random.RandomState(0)
        a = nd.array(rs.uniform(-2, 2, (2, 2)), dtype='float64'); b = nd.array(rs.uniform(-2, 2, (2, 2)), dtype='float64')
        net = Net(f)
        if hyb: net.hybridize(static_alloc=hyb == 'static')
        a.attach_grad(); b.attach_grad()
        try:
            with autograd.record():
                o = net(a, b)
            try:
                ga = autograd.grad(o, [a, b], head_grads=nd.ones(o.shape), retain_graph=True)
            except Exception as e:
                print(name, hyb, 'AT ONCE', re.sub(r'\[\d\d:\d\d:\d\d\] |\.\./src\S+ ', '', [l for l in str(e).split('\n') if l.strip() and not l.startswith('Traceback') and not l.strip().startswith('File')][0])[:200]); continue
            r = (ga[0].asnumpy().round(4).tolist(), ga[1].asnumpy().round(4).tolist(), ga[0].dtype)
        except Exception as e:
            r = 'ON READ ' + re.sub(r'\[\d\d:\d\d:\d\d\] ', '', [l for l in str(e).split('\n') if l.strip() and not l.startswith('Traceback') and not l.strip().startswith('File')][0])[:100]
        print(name, hyb, r)
