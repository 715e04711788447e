"""get_symbol of a recorded hybridized mx.np block: its steps' attributes as the graph's nodes show them (slices' begin/end as given), and the backward through them."""
import json
import mxnet as mx
from mxnet import np, npx, autograd, gluon
npx.set_np()
def msg(e):
    return type(e).__name__ + ' ' + [l for l in str(e).split('\n') if l.strip()][-1][:170]
class B(gluon.HybridBlock):
    def __init__(self, k):
        super().__init__(); self.k = k
    def hybrid_forward(self, F, a):
        return a[self.k] * 2
for k in [slice(0, 2), slice(1, None), slice(None, 3, 2), 1, (1, slice(0, 2)), (slice(None), -1), [0, 2]]:
    blk = B(k); blk.hybridize()
    x = np.arange(12.).reshape(3, 4); x.attach_grad()
    try:
        with autograd.record():
            y = blk(x) + 1
        print(k, [(n['op'], n['name'], n.get('attrs')) for n in json.loads(autograd.get_symbol(y).tojson())['nodes']])
        y.backward(); print(x.grad.tolist())
    except Exception as e:
        print(k, msg(e))
class C(gluon.HybridBlock):
    def hybrid_forward(self, F, a):
        return F.np.ediff1d(a, to_begin=2.5).reshape(-1, 1) + F.np.diff(a[0:2], n=1, axis=0).sum()
blk = C(); blk.hybridize()
x = np.arange(6.).reshape(2, 3); x.attach_grad()
with autograd.record():
    y = blk(x) * 1
print([(n['op'], n['name'], n.get('attrs')) for n in json.loads(autograd.get_symbol(y).tojson())['nodes']])
y.backward(); print(y.tolist(), x.grad.tolist())
