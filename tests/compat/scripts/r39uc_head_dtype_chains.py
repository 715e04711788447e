"""Random chains of elementwise and binary F ops, imperative and hybridized, with float32 and float64 inputs under a float32 head gradient: outputs, gradients and the backward refusals (node names included) match MXNet."""
# recorded on AVX2
import mxnet as mx, numpy as np, random, re
from mxnet import nd, gluon, autograd
U = ['relu', 'sigmoid', 'tanh', 'softsign', 'exp', 'log1p_abs', 'sqrt_abs', 'square', 'sin', 'cos', 'arctan', 'erf', 'gamma_s', 'gammaln_s', 'rsqrt_abs', 'cbrt', 'expm1', 'log_softmax', 'softmax', 'abs', 'floor', 'round', 'sign', 'reciprocal_s', 'norm_l2', 'cumsum_like', 'smooth_l1', 'hard_sigmoid', 'erfinv_s', 'arcsinh', 'sinh_s', 'degrees', 'fix', 'trunc', 'logsig']
B = ['add', 'sub', 'mul', 'div_s', 'max', 'min', 'pow_s', 'mod_s', 'bmul_row', 'dot_t', 'concat_slice', 'where']
def un(F, n, x):
    if n == 'log1p_abs': return F.log1p(F.abs(x))
    if n == 'sqrt_abs': return F.sqrt(F.abs(x) + 0.1)
    if n == 'gamma_s': return F.gamma(F.abs(x) + 0.5)
    if n == 'gammaln_s': return F.gammaln(F.abs(x) + 0.5)
    if n == 'rsqrt_abs': return F.rsqrt(F.abs(x) + 0.5)
    if n == 'log_softmax': return F.log_softmax(x, axis=-1)
    if n == 'softmax': return F.softmax(x, axis=0)
    if n == 'reciprocal_s': return F.reciprocal(F.abs(x) + 0.5)
    if n == 'norm_l2': return F.broadcast_div(x, F.norm(x, axis=1, keepdims=True) + 1e-3)
    if n == 'cumsum_like': return F.broadcast_add(x, F.mean(x, axis=0, keepdims=True))
    if n == 'erfinv_s': return F.erfinv(F.tanh(x) * 0.9)
    if n == 'sinh_s': return F.sinh(F.tanh(x))
    if n == 'logsig': return F.log(F.sigmoid(x))
    if n == 'exp': return F.exp(F.tanh(x))
    if n == 'expm1': return F.expm1(F.tanh(x))
    if n == 'smooth_l1': return F.smooth_l1(x, scalar=1.5)
    if n == 'hard_sigmoid': return F.hard_sigmoid(x)
    return getattr(F, n)(x)
def bi(F, n, a, b):
    if n == 'add': return a + b
    if n == 'sub': return a - b
    if n == 'mul': return a * b
    if n == 'div_s': return a / (F.abs(b) + 0.5)
    if n == 'max': return F.maximum(a, b)
    if n == 'min': return F.minimum(a, b)
    if n == 'pow_s': return F.power(F.abs(a) + 0.1, F.tanh(b))
    if n == 'hypot': return F.hypot(a, b)
    if n == 'mod_s': return F.broadcast_mod(a, F.abs(b) + 0.7)
    if n == 'bmul_row': return F.broadcast_mul(a, F.sum(b, axis=0, keepdims=True))
    if n == 'dot_t': return F.dot(a, b, transpose_b=True)[:, :4] if False else F.dot(a, F.transpose(b)[:, :4] if False else F.slice_axis(F.dot(a, b, transpose_b=True), axis=1, begin=0, end=4))
    if n == 'concat_slice': return F.slice_axis(F.concat(a, b, dim=1), axis=1, begin=2, end=6)
    if n == 'where': return F.where(a > b, a, b * 0.5)
class Net(gluon.HybridBlock):
    def __init__(self, prog):
        super(Net, self).__init__(); self.prog = prog
    def hybrid_forward(self, F, a, b):
        x, y = a, b
        for kind, n in self.prog:
            if kind == 'u': x = un(F, n, x)
            else: x, y = bi(F, n, x, y), x
        return x
rng = random.Random(11)
for trial in range(40):
    prog = [('u', rng.choice(U)) if rng.random() < 0.6 else ('b', rng.choice(B)) for _ in range(rng.randint(3, 8))]
    rs = np.random.RandomState(trial)
    dt = 'float64' if trial % 3 == 0 else 'float32'; a = nd.array(rs.uniform(-2, 2, (4, 4)), dtype=dt); b = nd.array(rs.uniform(-2, 2, (4, 4)), dtype=dt)
    outs = []
    for hyb in [False, True]:
        net = Net(prog)
        if hyb: net.hybridize()
        a.attach_grad(); b.attach_grad()
        try:
            with autograd.record():
                o = net(a, b)
            o.backward(nd.array(rs.uniform(-1, 1, o.shape)) if False else nd.ones(o.shape))
            outs.append((o.asnumpy().sum(), a.grad.asnumpy().sum(), b.grad.asnumpy().sum(), o.asnumpy()[0, :2].tolist(), a.grad.asnumpy()[1, :2].tolist()))
        except Exception as e:
            outs.append((type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e).split('\n')[0])[:100]))
    print(trial, [p[1] for p in prog], outs[0], outs[1] == outs[0] if len(outs[1]) == 5 else outs[1])
