"""mx.sym.np.insert / hybridized np.insert with slice, symbol or int obj (MXNet's nodes), and its type refusals."""
# recorded on AVX2
import json
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()


class Insert(HybridBlock):
    def __init__(self, obj, values=None, axis=None):
        super(Insert, self).__init__()
        self.obj, self.values, self.axis = obj, values, axis

    def hybrid_forward(self, F, a, *rest):
        values = rest[0] if self.values is None else self.values
        obj = rest[-1] if isinstance(self.obj, str) else self.obj
        return F.np.insert(a, obj, values, axis=self.axis)


a = np.array(onp.arange(6).reshape(3, 2), dtype='float32')
v = np.array([[10.], [20.], [30.]], dtype='float32')
cases = [(slice(0, 3), None, 1), (slice(None, None, -1), None, 1), (slice(1, 2), 7.5, 0), (slice(0, 4, 2), 5, None),
         (1, None, 1), (2, 9, 0), ('tensor', None, 1), ('tensor', 4.5, None), (2.5, None, 0), ((1, 2), None, 0)]
for obj, values, axis in cases:
    net = Insert(obj, values, axis)
    net.hybridize()
    inputs = [a] + ([v] if values is None else []) + ([np.array([0, 2], dtype='int64')] if obj == 'tensor' else [])
    try:
        out = net(*inputs)
        print(obj, values, axis, out.dtype, out.shape, out.asnumpy().ravel().tolist())
    except Exception as e:
        print(obj, values, axis, 'ERR', type(e).__name__, [l for l in str(e).split('\n') if l.strip() and not l.startswith(' ') and not l.startswith('Traceback')][0].split('] ')[-1])
x, y, i = (mx.sym.var(n).as_np_ndarray() for n in 'xyi')
feeds = {'x': mx.nd.array(onp.arange(6).reshape(3, 2)), 'y': mx.nd.array([[10.], [20.], [30.]]),
         'i': mx.nd.array([0, 2], dtype='int64')}
for sym in [mx.sym.np.insert(x, slice(1, None), y, axis=1), mx.sym.np.insert(x, i, y, axis=1),
            mx.sym.np.insert(x, 1, y, axis=1), mx.sym.np.insert(x, slice(0, 6, 3), 7.5),
            mx.sym.np.insert(x, 2, 9, axis=0)]:
    node = [n for n in json.loads(sym.tojson())['nodes'] if n['op'] != 'null'][0]
    print(node['op'], node['name'], sorted(node.get('attrs', {}).items()), len(node['inputs']))
    args = {n: feeds[n] for n in sym.list_arguments()}
    ex = sym.as_nd_ndarray().bind(mx.cpu(), args, grad_req='null')
    out = ex.forward()[0]
    try:
        print(' ', out.shape, out.asnumpy().ravel().tolist())
    except Exception as e:
        print(' ', out.shape, 'ERR', type(e).__name__, str(e).strip().split('\n')[-1].split('] ')[-1])
for bad in [(x, [1], y), (x, 1, [1.0]), (x, 1, 'a'), (x, i, 3.0)]:
    try:
        mx.sym.np.insert(*bad)
    except Exception as e:
        print('ERR', type(e).__name__, str(e).split('\n')[0].split('] ')[-1])
