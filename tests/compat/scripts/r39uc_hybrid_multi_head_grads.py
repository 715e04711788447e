"""Two-output blocks, imperative and hybridized (inlined or static), given a float32 head gradient for a float64 output or a flat one of another shape: refused by that output's step (or the sum_grad of an output read again), cut by zero-gradient steps, or accepted, as in MXNet."""
import mxnet as mx, numpy as np, re
from mxnet import nd, gluon, autograd
class Net(gluon.HybridBlock):
    def __init__(self, f):
        super(Net, self).__init__(); self.f = f
    def hybrid_forward(self, F, a, b): return self.f(F, a, b)
cases = {
 'exp_sin': lambda F, a, b: (F.exp(a), F.sin(b)),
 'exp_fix': lambda F, a, b: (F.exp(F.fix(a)), F.sin(b)),
 'mul_sq': lambda F, a, b: (a * b, F.square(b)),
 'same_in': lambda F, a, b: (F.exp(a), F.exp(a) * 2),
 'sm_relu': lambda F, a, b: (F.softmax(a), F.relu(a + b)),
 'big': lambda F, a, b: (F.tanh(F.sin(a) * b + 1), F.sigmoid(F.cos(b) - a)),
}
for shape_bad in [False, True]:
  for name, f in cases.items():
    for hyb in [False, True, 'static']:
        rs = np.random.RandomState(0)
        a = nd.array(rs.uniform(-2, 2, (2, 2)), dtype='float64'); b = nd.array(rs.uniform(-2, 2, (2, 2)), dtype='float64')
        net = Net(f)
        if hyb: net.hybridize(static_alloc=hyb == 'static')
        a.attach_grad(); b.attach_grad()
        try:
            with autograd.record():
                o1, o2 = net(a, b)
            hg = [nd.ones((2, 2)), nd.ones((2, 2), dtype='float64')] if not shape_bad else [nd.ones((2, 2), dtype='float64'), nd.ones((4,), dtype='float64')]
            try:
                autograd.backward([o1, o2], hg)
            except Exception as e:
                print(shape_bad, name, hyb, 'AT ONCE', re.sub(r'\[\d\d:\d\d:\d\d\] |\.\./src\S+ ', '', [l for l in str(e).split('\n') if l.strip() and not l.startswith('Traceback') and not l.strip().startswith('File')][0])[:200]); continue
            r = (a.grad.asnumpy().round(4).tolist(), b.grad.asnumpy().round(4).tolist())
        except Exception as e:
            r = 'ON READ ' + re.sub(r'\[\d\d:\d\d:\d\d\] ', '', [l for l in str(e).split('\n') if l.strip() and not l.startswith('Traceback') and not l.strip().startswith('File')][0])[:150]
        print(shape_bad, name, hyb, r)
