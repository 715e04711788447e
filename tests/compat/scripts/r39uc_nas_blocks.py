"""One-shot NAS style blocks (channel shuffle via reshape -4/-3, F.slice with None, channel masks, choice by NDArray comparison) run, refuse when hybridized, train and export as in MXNet."""
# recorded on AVX2
import os
import tempfile
TMP = tempfile.mkdtemp()
import mxnet as mx, numpy as np, random
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn
mx.random.seed(32); np.random.seed(32); random.seed(32)
def tryit(lbl, f):
    try: r = f(); print(lbl, 'ok', r)
    except Exception as e: print(lbl, type(e).__name__, str(e).split('\n')[0][:200])
class Shuffle(nn.HybridBlock):
    def __init__(self, mid):
        super(Shuffle, self).__init__(); self.mid = mid
    def hybrid_forward(self, F, x):
        d = F.reshape(x, shape=(0, -4, 2, -1, -2))
        d = F.swapaxes(d, 1, 2)
        d = F.reshape(d, shape=(0, -3, -2))
        return F.slice(d, begin=(None, None, None, None), end=(None, self.mid, None, None)), F.slice(d, begin=(None, self.mid, None, None), end=(None, None, None, None))
class Sel(nn.HybridBlock):
    def __init__(self, n):
        super(Sel, self).__init__(); self.n = n
    def hybrid_forward(self, F, x, mask):
        m = F.slice(mask, begin=(None, None), end=(None, self.n))
        m = F.reshape(m, shape=(1, self.n, 1, 1))
        return F.broadcast_mul(x, m)
class Blk(nn.HybridBlock):
    def __init__(self, c):
        super(Blk, self).__init__()
        with self.name_scope():
            self.sh = Shuffle(c // 2)
            self.c1 = nn.Conv2D(c, 1, in_channels=c // 2, use_bias=False)
            self.sel = Sel(c)
            self.bn = nn.BatchNorm(momentum=0.1, in_channels=c)
            self.dw = nn.Conv2D(c, 3, padding=1, groups=c, in_channels=c, use_bias=False)
            self.c2 = nn.Conv2D(c // 2, 1, in_channels=c, use_bias=False)
    def hybrid_forward(self, F, x, mask):
        p, y = self.sh(x)
        y = F.relu(self.bn(self.sel(self.c1(y), mask)))
        return F.concat(p, self.c2(self.dw(y)), dim=1)
class Choice(nn.HybridBlock):
    def __init__(self, c):
        super(Choice, self).__init__()
        with self.name_scope():
            self.a = Blk(c); self.b = Blk(c)
    def hybrid_forward(self, F, x, choice, mask):
        if choice == 0:
            return self.a(x, mask)
        return self.b(x, mask)
net = Choice(4); net.initialize(mx.init.MSRAPrelu())
x = nd.random.uniform(-1, 1, shape=(2, 4, 5, 5)); mask = nd.array([[1, 1, 0, 1, 1, 1]])
print(net(x, nd.array([0]), mask)[0, :, 0, 0], net(x, nd.array([1]), mask)[0, :, 0, 0])
tryit('bool eq', lambda: bool(nd.array([0]) == 0))
tryit('bool eq2', lambda: bool(nd.array([0, 1]) == 0))
tryit('if nd', lambda: 'y' if nd.array([2]) else 'n')
net.hybridize()
tryit('hyb choice', lambda: net(x, nd.array([0]), mask).shape)
tryit('sym bool', lambda: bool(mx.sym.var('a') == 0))
tryit('sym as_in_context', lambda: mx.sym.var('a').as_in_context(mx.cpu()).name)
tryit('sym context', lambda: mx.sym.var('a').context if hasattr(mx.sym.Symbol, 'context') else 'noattr')
b = Blk(4); b.initialize(mx.init.Xavier()); b.hybridize()
tr = gluon.Trainer(b.collect_params(), 'sgd', {'learning_rate': 0.1, 'momentum': 0.9, 'wd': 4e-5})
for i in range(3):
    with autograd.record():
        out = b(x, mask); l = (out ** 2).mean()
    l.backward(); tr.step(2)
    print(i, l.asscalar(), b.bn.running_mean.data().asnumpy())
print(b.c1.weight.grad()[:, 0, 0, 0])
sym = b(mx.sym.var('data'), mx.sym.var('mask'))
print(sym.list_inputs(), sym.infer_shape(data=(1, 4, 3, 3), mask=(1, 6))[1])
b.export(os.path.join(TMP, 'nas'))
sb = gluon.SymbolBlock.imports(os.path.join(TMP, 'nas-symbol.json'), ['data0', 'data1'], os.path.join(TMP, 'nas-0000.params'))
print(sb(x, mask)[0, :, 1, 1])
def flops(net, shape):
    s = net(mx.sym.var('data'), mx.sym.var('mask'))
    internals = s.get_internals()
    _, outs, _ = internals.infer_shape(data=shape, mask=(1, 6))
    return [(n, o) for n, o in zip(internals.list_outputs(), outs) if 'conv' in n and n.endswith('output')]
print(flops(b, (1, 4, 8, 8)))
